"""What a legal officer asks of `chain`, on the thirteen original Secretary-General reports in
../shared/corpus/binary/sg-reports/: the opening of each states the act behind it.

Expected links come from reading the openings (not from the extractor): "The present report is
submitted pursuant to Security Council resolution 1244 (1999)" is pursuantTo 1244; "By its
resolution 1892 (2009), the Security Council ... requested me to report on its implementation
... The present report covers ..." is requestedBy 1892. The UNIKOM report (S/2003/393) states
no act behind the report itself, only the mandate its Mission acts under.
"""

from __future__ import annotations

import pytest
from conftest import CORPUS, need_shared

import graph

SG = CORPUS / "binary" / "sg-reports"

# report -> (relation, act) of its first link up
REPORTS = {
    "S/2018/241": ("pursuantTo", "S/RES/2350(2017)"),
    "S/2004/698": ("requestedBy", "S/RES/1542(2004)"),
    "S/2006/592": ("requestedBy", "S/RES/1658(2006)"),
    "S/2010/446": ("requestedBy", "S/RES/1892(2009)"),
    "S/2013/139": ("requestedBy", "S/RES/2070(2012)"),
    "S/2016/753": ("pursuantTo", "S/RES/2243(2015)"),
    "S/2003/421": ("pursuantTo", "S/RES/1244(1999)"),
    "S/2010/5": ("pursuantTo", "S/RES/1244(1999)"),
    "S/2015/303": ("pursuantTo", "S/RES/1244(1999)"),
    "S/2004/669": ("pursuantTo", "S/RES/1543(2004)"),
    "S/2009/504": ("pursuantTo", "S/RES/1867(2009)"),
    "S/2004/822": ("pursuantTo", "S/RES/1554(2004)"),
}

# body -> {(relation, act, until)} the openings state about the missions
BODIES = {
    "MINUSTAH": {
        ("establishedBy", "S/RES/1542(2004)", ""),
        ("extendedBy", "S/RES/1658(2006)", "2006-08-15"),
        ("extendedBy", "S/RES/1892(2009)", "2010-10-15"),
        ("extendedBy", "S/RES/2070(2012)", "2013-10-15"),
        ("extendedBy", "S/RES/2243(2015)", "2016-10-15"),
        ("terminatedBy", "S/RES/2350(2017)", ""),
    },
    "MINUJUSTH": {("establishedBy", "S/RES/2350(2017)", "")},
    "UNMIK": {("establishedBy", "S/RES/1244(1999)", "")},
    "UNMIT": {("extendedBy", "S/RES/1867(2009)", "2010-02-26")},
    # "for a period of six months, with a view to subsequently extending ... until 20 May 2005":
    # the date is of a later extension, not of this one
    "UNMISET": {("extendedBy", "S/RES/1543(2004)", "")},
    "UNOMIG": {("extendedBy", "S/RES/1554(2004)", "2005-01-31")},
}


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    need_shared(SG)
    path = tmp_path_factory.mktemp("sg") / "store"
    store = graph.open_store(str(path))
    graph.ingest_paths([SG], store)
    return store


@pytest.mark.parametrize(("report", "expected"), sorted(REPORTS.items()))
def test_chain_of_a_report_reaches_the_act_its_opening_names(store, report, expected):
    chain = graph.trace_chain(store, report, depth=1)
    assert [(link.relation, link.key) for link in chain.links] == [expected]
    (link,) = chain.links
    assert link.source == report and link.evidence and not link.context


def test_a_report_that_names_no_act_behind_itself_has_no_chain(store):
    assert graph.trace_chain(store, "S/2003/393", depth=1).links == []


@pytest.mark.parametrize(("body", "expected"), sorted(BODIES.items()))
def test_chain_of_a_mission_lists_the_acts_that_established_extended_and_ended_it(
    store, body, expected
):
    chain = graph.trace_chain(store, body, depth=1)
    found = {(link.relation, link.key, link.until) for link in chain.links if not link.context}
    assert found == expected
