"""Analytics: counts, rankings, missing targets, longest chains and cycles."""

from __future__ import annotations

import json

import pytest
from graph_helpers import linear_chain, make_store, sample_records

from graph.errors import UsageError
from graph.stats import compute_stats, format_stats, longest_mandate_chain


@pytest.fixture(scope="module")
def stats():
    return compute_stats(make_store(sample_records()))


def test_documents_by_kind_body_language_and_year(stats):
    assert stats.documents == 7
    assert stats.documents_by_kind == {"report": 3, "resolution": 2, "note": 1, "unknown": 1}
    assert stats.documents_by_body["CTOC/COP"] == 2 and stats.documents_by_body["unknown"] == 1
    assert stats.documents_by_language == {"en": 5, "ru": 1, "unknown": 1}  # no symbol, no version
    assert stats.documents_by_year == {"2010": 1, "2013": 1, "2014": 3, "2015": 1, "2016": 1}


def test_references_by_kind_and_relation(stats):
    # 11 citations (a document citing one act twice counts once) and 6 mandate statements
    assert stats.references == 17
    assert stats.references_by_kind == {"resolution": 8, "decision": 5, "document": 3, "session": 1}
    assert stats.references_by_relation["pursuantTo"] == 2  # from statements only
    assert stats.references_by_relation["establishedBy"] == 1
    assert stats.references_by_relation["cites"] == 8  # mandate cues of references included


def test_most_cited_and_what_to_ingest_next(stats):
    assert stats.most_cited[:2] == [
        ("A/RES/55/25", "resolution", 2),
        ("CTOC/COP decision 2/6", "decision", 2),
    ]
    missing = {key for key, _, _ in stats.not_in_store}
    assert missing == {
        "A/RES/55/25",
        "CTOC/COP decision 2/6",
        "CTOC/COP decision 4/3",
        "CTOC/COP resolution 6/1",
    }
    assert stats.not_in_store_total == 4
    assert "A/RES/70/1" not in missing  # it was read
    assert "A/70/100" in stats.never_cited and "CTOC/COP/2014/1" not in stats.never_cited


def test_longest_chains_cycles_and_bodies(stats):
    assert stats.longest_chains[0] in (
        ["CTOC/COP/WG.2", "CTOC/COP decision 2/6", "A/RES/55/25"],
        ["CTOC/COP/WG.2", "CTOC/COP decision 4/3", "A/RES/55/25"],
    )
    assert stats.cycles == [
        ["E/CN.15/2014/5", "E/RES/2013/40", "E/CN.15/2014/5"]
    ] or stats.cycles == [["E/RES/2013/40", "E/CN.15/2014/5", "E/RES/2013/40"]]
    assert dict(stats.bodies_by_mandates)["CTOC/COP"] == 2


def test_longest_mandate_chain_for_the_build_summary():
    store = make_store(sample_records())
    assert longest_mandate_chain(store)[0] == "CTOC/COP/WG.2"
    assert len(longest_mandate_chain(store)) == 3
    assert longest_mandate_chain(make_store([])) == []


def test_a_chain_thousands_deep_and_a_cycle_do_not_break_the_analysis():
    records = linear_chain(2500)
    store = make_store(records)
    chain = longest_mandate_chain(store)
    assert len(chain) == 2501 and chain[0] == "D/1" and chain[-1] == "D/2501"
    assert compute_stats(store).longest_chains[0][-1] == "D/2501"


def test_format_table_and_json(stats):
    text = format_stats(stats, "table")
    for heading in (
        "documents by language",
        "most-cited acts",
        "what to ingest next",
        "longest mandate chains",
        "cycles in mandate chains",
        "bodies by mandates",
    ):
        assert heading in text
    assert "CTOC/COP/WG.2 → CTOC/COP decision" in text
    data = json.loads(format_stats(stats, "json"))
    assert data["documents"] == 7 and data["most_cited"][0][0] == "A/RES/55/25"
    with pytest.raises(UsageError):
        format_stats(stats, "xml")


def test_an_empty_store_has_empty_stats():
    empty = compute_stats(make_store([]))
    assert empty.documents == 0 and empty.longest_chains == [] and empty.cycles == []
    assert "(none)" in format_stats(empty)


def _networkx_longest(edges, top):
    """The networkx reading of the longest chains (condensation, then the longest path from
    each source), with the same tie-breaks: what graph/chain/longest.py must agree with."""
    import networkx as nx

    d = nx.DiGraph(edges)
    if d.number_of_edges() == 0:
        return []
    c = nx.condensation(d)
    members = {n: sorted(c.nodes[n]["members"]) for n in c}
    best, nxt = {}, {}
    for n in reversed(list(nx.topological_sort(c))):
        succ = sorted(c.successors(n), key=lambda m: (-best[m], members[m][0]))
        best[n] = 1 + (best[succ[0]] if succ else 0)
        nxt[n] = succ[0] if succ else None
    starts = sorted((n for n in c if c.in_degree(n) == 0), key=lambda n: (-best[n], members[n][0]))
    paths = []
    for start in starts[:top]:
        path, n = [], start
        while n is not None:
            path.append(members[n][0])
            n = nxt[n]
        if len(path) > 1:
            paths.append(path)
    return paths


@pytest.mark.parametrize("seed", range(40))
def test_longest_paths_without_networkx_agree_with_the_networkx_reading(seed):
    import random

    from graph.chain.longest import longest_paths

    rng = random.Random(seed)
    nodes = [f"n{i:02}" for i in range(rng.randint(2, 30))]
    edges = [(rng.choice(nodes), rng.choice(nodes)) for _ in range(rng.randint(1, 60))]
    for top in (1, 5):
        assert longest_paths(edges, top=top) == _networkx_longest(edges, top)
        assert longest_paths(list(reversed(edges)), top=top) == _networkx_longest(edges, top)
