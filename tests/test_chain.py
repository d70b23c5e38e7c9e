"""Mandate chains: up and down, shared ancestors shown once, cycles, depth, relations, deep chains,
key resolution, and every output format."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys

import pytest
from conftest import REPO, SEED, need_shared
from graph_helpers import (
    linear_chain,
    make_store,
    mandate,
    mandate_records,
    record,
    ref,
    sample_records,
)

from graph.chain import format_chain, trace_chain
from graph.errors import NotFoundError, UsageError
from graph.query.resolve import resolve_key
from graph.vocab.keys import iri_for


@pytest.fixture(scope="module")
def store():
    return make_store(sample_records())


def _links(chain):
    return [(link.parent, link.relation, link.key) for link in chain.links]


def test_chain_up_shows_each_link_with_relation_evidence_source_and_date(store):
    chain = trace_chain(store, "CTOC/COP/WG.2")
    assert chain.root.key == "CTOC/COP/WG.2"
    assert _links(chain)[0] == ("CTOC/COP/WG.2", "establishedBy", "CTOC/COP decision 2/6")
    first = chain.links[0]
    assert first.evidence == "The Working Group was established pursuant to decision 2/6."
    assert (first.source, first.date, first.depth) == ("CTOC/COP/2014/1", "2014-06-12", 1)
    assert ("CTOC/COP/WG.2", "extendedBy", "CTOC/COP decision 4/3") in _links(chain)
    assert chain.nodes["CTOC/COP decision 2/6"].date == "2010-10-22"
    assert chain.nodes["CTOC/COP decision 2/6"].kind == "decision"


def test_act_reached_by_two_paths_is_shown_once_and_marked(store):
    chain = trace_chain(store, "CTOC/COP/WG.2")
    to_res = [link for link in chain.links if link.key == "A/RES/55/25"]
    assert len(to_res) == 2
    assert [link.repeat for link in to_res] == [False, True]
    assert len(chain.nodes) == 4  # WG.2, 2/6, 4/3, 55/25: no duplicate node
    text = format_chain(chain, "tree")
    assert "also reached by another path" in text
    assert "1 reached by more than one path" in text


def test_cycle_is_reported_and_not_followed(store):
    chain = trace_chain(store, "E/CN.15/2014/5")
    assert _links(chain) == [
        ("E/CN.15/2014/5", "requestedBy", "E/RES/2013/40"),
        ("E/RES/2013/40", "inAccordanceWith", "E/CN.15/2014/5"),
    ]
    assert chain.links[-1].cycle
    assert chain.cycles == [("E/CN.15/2014/5", "E/RES/2013/40", "E/CN.15/2014/5")]
    assert "cycle E/CN.15/2014/5 → E/RES/2013/40 → E/CN.15/2014/5" in format_chain(chain)


def test_chain_down_lists_what_an_act_set_in_motion(store):
    chain = trace_chain(store, "A/RES/55/25", down=True)
    assert set(_links(chain)) == {
        ("A/RES/55/25", "pursuantTo", "CTOC/COP decision 2/6"),
        ("A/RES/55/25", "pursuantTo", "CTOC/COP decision 4/3"),
        ("CTOC/COP decision 2/6", "establishedBy", "CTOC/COP/WG.2"),
        ("CTOC/COP decision 4/3", "extendedBy", "CTOC/COP/WG.2"),
    }
    assert sum(link.repeat for link in chain.links) == 1
    assert "what it mandated" in format_chain(chain)


def test_depth_limits_the_walk_and_says_there_is_more(store):
    chain = trace_chain(store, "CTOC/COP/WG.2", depth=1)
    assert {link.depth for link in chain.links} == {1}
    assert all(link.more for link in chain.links)
    assert "raise --depth" in format_chain(chain)
    assert trace_chain(store, "CTOC/COP/WG.2", depth=0).links == []
    with pytest.raises(UsageError):
        trace_chain(store, "CTOC/COP/WG.2", depth=-1)


def test_relations_filter(store):
    chain = trace_chain(store, "CTOC/COP/WG.2", relations=["establishedBy", "pursuantTo"])
    assert "CTOC/COP decision 4/3" not in chain.nodes
    assert [link.key for link in chain.links] == ["CTOC/COP decision 2/6", "A/RES/55/25"]
    cites = trace_chain(store, "A/RES/70/1", relations=["cites"])
    assert _links(cites) == [("A/RES/70/1", "recalls", "A/RES/55/25")]
    assert trace_chain(store, "A/RES/70/1").links == []  # recalling is no mandate
    with pytest.raises(UsageError, match="unknown relation"):
        trace_chain(store, "A/RES/70/1", relations=["mandates"])


def test_a_chain_thousands_of_links_deep_needs_no_recursion():
    store = make_store(linear_chain(3000))
    chain = trace_chain(store, "D/1")
    assert len(chain.links) == 3000
    assert chain.links[-1].key == "D/3001"
    tree = format_chain(chain, "tree")
    widest = max(len(line) for line in tree.splitlines())
    assert widest < 400  # indentation stops growing; the depth is written instead
    assert "[3000]" in tree
    assert len(json.loads(format_chain(chain, "json"))["nodes"]) == 3001
    down = trace_chain(store, "D/3001", down=True)
    assert len(down.links) == 3000


def test_json_lists_every_node_with_its_key(store):
    data = json.loads(format_chain(trace_chain(store, "CTOC/COP/WG.2"), "json"))
    assert data["root"] == "CTOC/COP/WG.2"
    assert data["direction"] == "up"
    keys = {n["key"] for n in data["nodes"]}
    assert keys == {
        "CTOC/COP/WG.2",
        "CTOC/COP decision 2/6",
        "CTOC/COP decision 4/3",
        "A/RES/55/25",
    }
    assert {(lk["from"], lk["relation"], lk["to"]) for lk in data["links"]} >= {
        ("CTOC/COP/WG.2", "establishedBy", "CTOC/COP decision 2/6")
    }
    assert all(lk["to"] in keys and lk["from"] in keys for lk in data["links"])


def test_csv_has_one_row_per_link(store):
    rows = list(
        csv.DictReader(io.StringIO(format_chain(trace_chain(store, "CTOC/COP/WG.2"), "csv")))
    )
    assert len(rows) == 4
    assert rows[0]["relation"] == "establishedBy"
    assert rows[0]["evidence"].startswith("The Working Group was established")
    assert sorted(r["note"] for r in rows) == ["", "", "", "repeat"]


def test_mermaid_is_a_flowchart_with_escaped_labels():
    store = make_store(
        [
            record(
                'Q/"1"',
                [ref("document", "Q/<2>", "requestedBy")],
                mandates=[mandate("requestedBy", "Q/<2>")],
            )
        ]
    )
    text = format_chain(trace_chain(store, 'Q/"1"'), "mermaid")
    assert text.startswith("flowchart BT")
    assert '"Q/#quot;1#quot;"' in text and "Q/#lt;2#gt;" in text
    assert "-->|requestedBy|" in text
    with pytest.raises(UsageError):
        format_chain(trace_chain(store, 'Q/"1"'), "dot")


def test_an_act_with_no_mandate_says_so(store):
    text = format_chain(trace_chain(store, "A/70/100"))
    assert "nothing" in text and "A/70/100" in text


@pytest.mark.parametrize(
    ("typed", "key"),
    [
        ("CTOC/COP/WG.2", "CTOC/COP/WG.2"),
        ("СТОС/СОР/2014/1", "CTOC/COP/2014/1"),  # Cyrillic look-alike letters
        ("  E / CN.15 / 2014 / 5 ", "E/CN.15/2014/5"),
        ("ctoc/cop decision 2/6", "CTOC/COP decision 2/6"),
        ("https://undocs.org/A/RES/70/1", "A/RES/70/1"),
    ],
)
def test_resolve_key_accepts_the_spellings_people_type(store, typed, key):
    assert trace_chain(store, typed).root.key == key
    assert resolve_key(store, typed).startswith("https://")


def test_unknown_key_names_the_nearest_keys(store):
    with pytest.raises(NotFoundError) as info:
        resolve_key(store, "CTOC/COP/WG.3")
    assert "CTOC/COP/WG.2" in str(info.value)
    assert "\n" not in str(info.value)
    with pytest.raises(NotFoundError, match="empty"):
        resolve_key(make_store([]), "A/RES/70/1")
    with pytest.raises(UsageError):
        resolve_key(store, "  ")


def test_namespaces_agree_with_the_vocabulary_module():
    from graph.vocab import iris as namespaces
    from graph.vocab import mg as vocab

    assert namespaces.MG == vocab.MG_NS
    assert namespaces.DEFAULT_BASE == vocab.DEFAULT_BASE
    assert namespaces.UNDOCS == vocab.UNDOCS


def test_the_chain_path_imports_no_heavy_library(tmp_path):
    location = tmp_path / "store"
    make_store(sample_records(), str(location)).close()
    code = (
        "import sys\n"
        "from graph.chain import format_chain, trace_chain\n"
        "from graph.store import open_store\n"
        f"st = open_store({str(location)!r}, read_only=True)\n"
        "print(format_chain(trace_chain(st, 'CTOC/COP/WG.2')))\n"
        "heavy = [m for m in ('rdflib', 'pyvis', 'pyshacl', 'networkx') if m in sys.modules]\n"
        "assert not heavy, heavy\n"
    )
    done = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert "established by → CTOC/COP decision 2/6" in done.stdout


def test_chain_command_prints_the_tree_without_importing_rdflib(tmp_path):
    location = tmp_path / "store"
    make_store(sample_records(), str(location)).close()
    done = subprocess.run(
        [
            sys.executable,
            "-X",
            "importtime",
            "-m",
            "graph",
            "chain",
            "--store",
            str(location),
            "CTOC/COP/WG.2",
        ],
        cwd=REPO,
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert "established by → CTOC/COP decision 2/6" in done.stdout
    imported = {
        line.split("|")[-1].strip()
        for line in done.stderr.splitlines()
        if line.startswith("import time:")
    }
    assert not imported & {"rdflib", "pyvis", "pyshacl", "networkx"}


def test_seed_chain_shows_decisions_2_6_and_4_3():
    need_shared(SEED)
    try:
        from graph.extract import extract_record
        from graph.read import read_document
    except ImportError as exc:
        pytest.skip(f"the extractor is not available yet: {exc}")
    from graph.build import build_graph

    rec = extract_record(read_document(SEED))
    if not rec.mandates:
        pytest.skip("the extractor does not report mandate statements yet")
    store = make_store([])
    store.replace_graph(*build_graph(rec))
    chain = trace_chain(store, "CTOC/COP/WG.2")
    found = {(link.relation, link.key) for link in chain.links}
    assert ("establishedBy", "CTOC/COP decision 2/6") in found
    # each first link is a statement of the record about the Working Group, nothing else
    first = {(link.relation, link.key) for link in chain.links if link.depth == 1}
    assert first <= {(m.relation, m.act) for m in rec.mandates if m.subject == "CTOC/COP/WG.2"}
    assert all(link.evidence for link in chain.links)


def test_a_document_without_a_symbol_is_named_by_its_file(store):
    chain = trace_chain(store, "CTOC/COP session 7", down=True, relations=["mentions"])
    (link,) = chain.links
    assert (link.relation, link.source, link.date) == (
        "mentions",
        "meeting notes.txt",
        "2014-09-01",
    )


class _Counting:
    """A store that counts the statements read about one node, by predicate."""

    def __init__(self, inner, node: str):
        self.inner, self.node, self.read = inner, node, {}

    def quads(self, subject=None, predicate=None, obj=None, graph=None):
        for q in self.inner.quads(subject, predicate, obj, graph):
            if subject is not None and subject.value == self.node and predicate is not None:
                name = predicate.value.rsplit("/", 1)[-1].rsplit("#", 1)[-1]
                self.read[name] = self.read.get(name, 0) + 1
            yield q

    def query(self, sparql, **kwargs):
        return self.inner.query(sparql, **kwargs)


def test_an_act_cited_by_many_documents_is_read_without_every_statement():
    """Every citing document types the act again and may date it: its kind and earliest date
    come from a bounded number of statements, not one per citing document."""
    dates = [f"{2000 + i % 17}-0{1 + i % 9}-1{i % 10}" for i in range(40)]
    docs = [
        record(
            f"A/C.{i}/1",
            [ref("resolution", "A/RES/70/1", "recalls", date=d)],
            body="A",
            date="2020-01-01",
        )
        for i, d in enumerate(dates)
    ]
    docs.append(record("A/C.99/1", [ref("document", "A/RES/70/1", "cites")], body="A"))
    inner = make_store(docs)
    counted = _Counting(inner, iri_for("resolution", "A/RES/70/1"))
    chain = trace_chain(counted, "A/RES/70/1", down=True, relations=["recalls"])
    assert (chain.root.kind, chain.root.date) == ("resolution", min(dates))
    assert len(chain.links) == len(dates)
    assert counted.read["type"] <= 10 and counted.read["date"] <= 20  # not 41 and 40
    assert format_chain(chain, "json") == format_chain(
        trace_chain(inner, "A/RES/70/1", down=True, relations=["recalls"]), "json"
    )


# -- chains of mandate statements --------------------------------------------------------------
@pytest.fixture(scope="module")
def mandates():
    return make_store(mandate_records())


def test_a_report_leads_to_the_act_and_paragraph_that_requested_it(mandates):
    chain = trace_chain(mandates, "A/78/100")
    (link,) = chain.links
    assert (link.parent, link.relation, link.key) == ("A/78/100", "requestedBy", "A/RES/77/260")
    assert (link.paragraph, link.confidence, link.weak) == ("5", 0.95, False)
    assert link.mandated == "The present report"
    assert link.evidence.startswith("The present report is submitted pursuant to paragraph 5")
    assert (link.source, link.also_in) == ("A/78/100", 1)  # A/RES/77/260 says it too
    # the report's "Recalling resolution 70/1" is no link of its chain
    assert "A/RES/70/1" not in chain.nodes


def test_a_document_mandated_in_its_own_words_is_named_by_its_key(mandates):
    # "The present report" (or a frame verb such as "Acting") names the document itself: the
    # tree says which document, up and down, and the JSON keeps the words and the kind.
    link = trace_chain(mandates, "A/78/100").links[0]
    assert link.subject_kind == "self"
    assert "mandated: A/78/100 itself" in format_chain(trace_chain(mandates, "A/78/100"))
    down = format_chain(trace_chain(mandates, "A/RES/77/260", down=True))
    assert "mandated: A/78/100 itself" in down and "“The present report”" not in down
    data = json.loads(format_chain(trace_chain(mandates, "A/78/100"), "json"))
    assert (data["links"][0]["mandated"], data["links"][0]["subject_kind"]) == (
        "The present report",
        "self",
    )


def test_a_body_leads_to_the_acts_that_established_and_extended_it(mandates):
    chain = trace_chain(mandates, "body:A/RES/76/245")
    got = {(link.relation, link.key, link.paragraph, link.until) for link in chain.links}
    assert got == {
        ("establishedBy", "A/RES/76/245", "1", ""),
        ("extendedBy", "A/RES/77/260", "3", "2024-12-31"),
    }
    assert chain.root.kind == "body" and chain.root.title  # named by the words of the text
    assert [link.relation for link in chain.links] == ["establishedBy", "extendedBy"]


def test_an_act_leads_down_to_everything_it_mandated(mandates):
    chain = trace_chain(mandates, "A/RES/77/260", down=True)
    got = {(link.relation, link.key, link.paragraph) for link in chain.links}
    activity = next(k for k in chain.nodes if k.startswith("activity:"))
    assert got == {
        ("extendedBy", "body:A/RES/76/245", "3"),
        ("requestedBy", "A/78/100", "5"),
        ("requestedBy", activity, "5"),
    }
    assert chain.nodes[activity].kind == "activity"
    assert chain.nodes[activity].title == "to submit a report on the work of the working group"
    assert "to submit a report on the work" in format_chain(chain)


def test_weak_links_are_marked_and_min_confidence_drops_them(mandates):
    chain = trace_chain(mandates, "UNISFA")
    weak = {link.key: link.weak for link in chain.links}
    assert weak == {"S/RES/2445(2018)": False, "S/RES/1990(2011)": True}
    until = {link.key: link.until for link in chain.links}
    assert until["S/RES/2445(2018)"] == "2019-05-15"
    text = format_chain(chain)
    assert "confidence 0.5 ⚠ weak" in text and "1 weak link" in text
    kept = trace_chain(mandates, "UNISFA", min_confidence=0.6)
    assert [link.key for link in kept.links] == ["S/RES/2445(2018)"]
    assert "links below confidence 0.6 left out" in format_chain(kept)
    assert trace_chain(mandates, "UNISFA", min_confidence=0.96).links == []
    with pytest.raises(UsageError, match="min-confidence"):
        trace_chain(mandates, "UNISFA", min_confidence=2)


def test_context_is_shown_marked_and_never_followed(mandates):
    plain = trace_chain(mandates, "A/78/100")
    chain = trace_chain(mandates, "A/78/100", context=True)
    context = {(link.parent, link.relation, link.key) for link in chain.links if link.context}
    assert context == {
        ("A/78/100", "recalls", "A/RES/70/1"),
        ("A/RES/77/260", "recalls", "A/RES/76/245"),
        ("A/RES/77/260", "extends", "body:A/RES/76/245"),
    }
    assert [lk for lk in chain.links if not lk.context] == plain.links
    text = format_chain(chain)
    assert text.count("(context, not a mandate)") == 3 and "3 context lines" in text
    # a context node is a leaf: the working group's own establishment is not walked
    assert not any(link.parent == "body:A/RES/76/245" for link in chain.links)


def test_json_and_csv_gain_the_statement_fields(mandates):
    data = json.loads(format_chain(trace_chain(mandates, "UNISFA", min_confidence=0.1), "json"))
    assert data["min_confidence"] == 0.1
    (ext,) = [lk for lk in data["links"] if lk["to"] == "S/RES/2445(2018)"]
    assert {
        k: ext[k]
        for k in ("relation", "paragraph", "until", "confidence", "weak", "context", "mandated")
    } == {
        "relation": "extendedBy",
        "paragraph": "1",
        "until": "2019-05-15",
        "confidence": 0.95,
        "weak": False,
        "context": False,
        "mandated": "UNISFA",
    }
    for old in (
        "from",
        "to",
        "relation",
        "depth",
        "evidence",
        "source",
        "date",
        "also_in",
        "repeat",
        "cycle",
        "more",
    ):
        assert old in ext
    rows = list(csv.DictReader(io.StringIO(format_chain(trace_chain(mandates, "UNISFA"), "csv"))))
    assert {(r["to"], r["until"], r["weak"]) for r in rows} == {
        ("S/RES/2445(2018)", "2019-05-15", "0"),
        ("S/RES/1990(2011)", "", "1"),
    }


def test_chain_command_takes_min_confidence_and_context(tmp_path, capsys):
    from graph_helpers import run_cli

    location = str(tmp_path / "store")
    make_store(mandate_records(), location).close()
    code, out, _ = run_cli(
        ["chain", "--store", location, "UNISFA", "--min-confidence", "0.6", "--format", "json"],
        capsys,
    )
    assert code == 0
    assert [lk["to"] for lk in json.loads(out)["links"]] == ["S/RES/2445(2018)"]
    code, out, _ = run_cli(["chain", "--store", location, "A/78/100", "--context"], capsys)
    assert code == 0 and "(context, not a mandate) recalls → A/RES/70/1" in out
    code, _, err = run_cli(
        ["chain", "--store", location, "UNISFA", "--min-confidence", "3"], capsys
    )
    assert code == 2 and "min-confidence" in err and "Traceback" not in err


def test_a_statement_read_through_ocr_is_marked_weak_and_scanned():
    from dataclasses import replace

    scanned = replace(
        record(
            "S/RES/2445(2018)",
            [],
            body="S",
            doc_kind="resolution",
            mandates=[
                mandate(
                    "extendedBy", "S/RES/2445(2018)", kind="body", subject="UNISFA", confidence=0.95
                )
            ],
        ),
        ocr="tesseract 5.3.0 eng",
    )
    (link,) = trace_chain(make_store([scanned]), "UNISFA").links
    assert (link.ocr, link.weak, link.confidence) == (True, True, 0.95)
    assert "read by OCR from a scan" in format_chain(trace_chain(make_store([scanned]), "UNISFA"))
    (clean,) = trace_chain(make_store([replace(scanned, ocr=None)]), "UNISFA").links
    assert (clean.ocr, clean.weak) == (False, False)
