"""Build: the graph shape query/chain/draw rely on, provenance, stable IRIs, determinism."""

from __future__ import annotations

import pyoxigraph as ox
import pytest
from conftest import SEED, need_shared

from graph.build import (
    bodies_graph,
    build_graph,
    document_iri,
    graph_iri,
    subject_kind,
)
from graph.model import DocumentRecord, Mandate, Reference
from graph.store import open_store
from graph.vocab.keys import expression_iri, iri_for
from graph.vocab.mg import MG_NS

RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
CITO = "http://purl.org/spar/cito/"
PROV = "http://www.w3.org/ns/prov#"
DCT = "http://purl.org/dc/terms/"
XSD = "http://www.w3.org/2001/XMLSchema#"
SHA = "ab" * 32

# A short note in the style of a UN document, written for these tests.
TEXT = (
    "Рабочая группа по технической помощи учреждена во исполнение решения 2/6 Конференции. "
    "В своем решении 4/3 Конференция постановила, что Рабочая группа является постоянным "
    "элементом. Ссылаясь на свою резолюцию 6/1, Конференция рассмотрит доклад "
    "CTOC/COP/WG.2/2013/5 на своей седьмой сессии."
)
SENTENCES = [s + "." for s in TEXT.rstrip(".").split(". ")]


def ref(kind, key, relation, needle, *, subject=None, body="CTOC/COP", date=None, **extra):
    start = TEXT.index(needle)
    sentence = next(s for s in SENTENCES if needle in s)
    return Reference(
        kind=kind,
        key=key,
        iri=iri_for(kind, key),
        relation=relation,
        text=needle,
        start=start,
        end=start + len(needle),
        evidence=sentence,
        rule="test-rule",
        confidence=0.9,
        body=body,
        subject=subject,
        date=date,
        **extra,
    )


REFS = (
    ref(
        "decision",
        "CTOC/COP decision 2/6",
        "establishedBy",
        "решения 2/6",
        subject="CTOC/COP/WG.2",
        date="2004-10-15",
    ),
    ref("decision", "CTOC/COP decision 4/3", "decides", "решении 4/3", subject="CTOC/COP/WG.2"),
    ref("resolution", "CTOC/COP resolution 6/1", "recalls", "резолюцию 6/1"),
    ref("document", "CTOC/COP/WG.2/2013/5", "cites", "CTOC/COP/WG.2/2013/5", body=None),
    ref("session", "CTOC/COP session 7", "submittedTo", "седьмой сессии"),
)


def statement(relation, act, needle, *, subject="CTOC/COP/WG.2", kind="body", **extra):
    """A mandate statement about the Working Group, its act named at `needle`."""
    start = TEXT.index(needle)
    sentence = next(s for s in SENTENCES if needle in s)
    return Mandate(
        subject_kind=kind,
        subject=subject,
        relation=relation,
        act=act,
        evidence=sentence,
        rule="test-rule",
        confidence=0.9,
        subject_text="Рабочая группа",
        subject_start=0,
        subject_end=14,
        act_start=start,
        act_end=start + len(needle),
        **extra,
    )


MANDATES = (
    statement("establishedBy", "CTOC/COP decision 2/6", "решения 2/6"),
    statement("extendedBy", "CTOC/COP decision 4/3", "решении 4/3", paragraph="2"),
)


def record(**changes) -> DocumentRecord:
    values = dict(
        source="notes/CTOC_COP_2014_1.ru.txt",
        language="ru",
        symbol="CTOC/COP/2014/1",
        body="CTOC/COP",
        date="2014-06-12",
        title="Доклад о работе совещания",
        doc_kind="note",
        session="CTOC/COP session 7",
        agenda_item="5",
        original_language="en",
        sha256=SHA,
        encoding="utf-8",
        extractor_version="0.1.0",
        references=REFS,
        mandates=MANDATES,
    )
    values.update(changes)
    return DocumentRecord(**values)


def triples(quads) -> set[tuple[str, str, str]]:
    return {(q.subject.value, q.predicate.value, q.object.value) for q in quads}


def objects(quads, subject: str, predicate: str) -> list:
    return [
        q.object for q in quads if q.subject.value == subject and q.predicate.value == predicate
    ]


def citations(quads) -> list[str]:
    return sorted(
        {
            q.subject.value
            for q in quads
            if q.predicate.value == RDF_TYPE and q.object.value == MG_NS + "Citation"
        }
    )


def test_references_offsets_fit_the_text():
    for r in REFS:
        assert TEXT[r.start : r.end] == r.text


def test_named_graph_per_source_file():
    g, quads = build_graph(record())
    assert g == graph_iri("notes/CTOC_COP_2014_1.ru.txt")
    assert {q.graph_name.value for q in quads} == {g}
    assert graph_iri("other.txt") != g


def test_edges_and_materialized_super_properties():
    _, quads = build_graph(record())
    t = triples(quads)
    wg = iri_for("body", "CTOC/COP/WG.2")
    doc = "https://undocs.org/CTOC/COP/2014/1"
    d26 = iri_for("decision", "CTOC/COP decision 2/6")
    d43 = iri_for("decision", "CTOC/COP decision 4/3")
    r61 = iri_for("resolution", "CTOC/COP resolution 6/1")
    assert (wg, MG_NS + "establishedBy", d26) in t
    assert (wg, MG_NS + "mandatedBy", d26) in t
    assert (wg, MG_NS + "extendedBy", d43) in t
    assert (wg, MG_NS + "mandatedBy", d43) in t
    # the references' cues ("decides", "establishedBy") make no mandate edge of their own
    assert (wg, MG_NS + "decides", d43) not in t
    assert (doc, MG_NS + "establishedBy", d26) not in t
    assert (doc, MG_NS + "cites", d26) in t and (doc, MG_NS + "cites", d43) in t
    assert (doc, MG_NS + "recalls", r61) in t
    assert (doc, MG_NS + "cites", r61) in t
    assert (doc, MG_NS + "cites", "https://undocs.org/CTOC/COP/WG.2/2013/5") in t
    # a structure relation is stated, never turned into a mandate or a citation
    s7 = iri_for("session", "CTOC/COP session 7")
    assert (doc, MG_NS + "submittedTo", s7) in t
    assert not any(p in (MG_NS + "mandatedBy", MG_NS + "cites") and o == s7 for _, p, o in t)
    # acts are issued by their body; the citing document too
    assert (d26, MG_NS + "issuedBy", iri_for("body", "CTOC/COP")) in t
    assert (doc, MG_NS + "issuedBy", iri_for("body", "CTOC/COP")) in t
    assert (d26, DCT + "date", "2004-10-15") in t


def test_document_work_and_language_version():
    _, quads = build_graph(record())
    t = triples(quads)
    doc = document_iri(record())
    expr = expression_iri("CTOC/COP/2014/1", "ru")
    assert doc == "https://undocs.org/CTOC/COP/2014/1"
    assert (doc, RDF_TYPE, MG_NS + "Document") in t and (doc, RDF_TYPE, MG_NS + "Note") in t
    assert (expr, MG_NS + "expressionOf", doc) in t and (doc, MG_NS + "hasExpression", expr) in t
    assert (doc, MG_NS + "symbol", "CTOC/COP/2014/1") in t
    (date,) = objects(quads, doc, DCT + "date")
    assert date.datatype.value == XSD + "date" and date.value == "2014-06-12"
    (title,) = objects(quads, doc, DCT + "title")
    assert title.language == "ru"


def test_a_document_without_symbol_gets_a_stable_minted_iri():
    rec = record(symbol=None)
    assert document_iri(rec) == document_iri(record(symbol=None))
    assert document_iri(rec).startswith("https://w3id.org/mandate-graph/id/doc/")


def test_every_reference_has_a_citation_with_its_provenance():
    _, quads = build_graph(record())
    cits = citations(quads)
    assert len(cits) == len(REFS)
    doc = document_iri(record())
    for cit in cits:
        one = {
            p: objects(quads, cit, p)
            for p in {q.predicate.value for q in quads if q.subject.value == cit}
        }
        assert [o.value for o in one[CITO + "hasCitingEntity"]] == [doc]
        (target,) = one[CITO + "hasCitedEntity"]
        (relation,) = one[MG_NS + "relation"]
        (start,), (end,) = one[MG_NS + "startOffset"], one[MG_NS + "endOffset"]
        assert start.datatype.value == XSD + "integer" and end.datatype.value == XSD + "integer"
        (text,) = one[MG_NS + "matchedText"]
        assert TEXT[int(start.value) : int(end.value)] == text.value
        (evidence,) = one[MG_NS + "evidence"]
        assert evidence.language == "ru" and text.value in evidence.value
        assert [o.value for o in one[MG_NS + "rule"]] == ["test-rule"]
        (conf,) = one[MG_NS + "confidence"]
        assert conf.datatype.value == XSD + "decimal" and float(conf.value) == 0.9
        (source,) = one[MG_NS + "sourceFile"]
        assert [o.value for o in objects(quads, source.value, MG_NS + "sha256")] == [SHA]
        assert [o.value for o in objects(quads, source.value, MG_NS + "sourcePath")] == [
            "notes/CTOC_COP_2014_1.ru.txt"
        ]
        (activity,) = one[PROV + "wasGeneratedBy"]
        assert MG_NS + "Ingest" in [o.value for o in objects(quads, activity.value, RDF_TYPE)]
        assert [o.value for o in objects(quads, activity.value, MG_NS + "extractorVersion")] == [
            "0.1.0"
        ]
        assert source in objects(quads, activity.value, PROV + "used")
        assert relation.value.startswith(MG_NS) and target.value


def test_every_node_has_exactly_one_key():
    _, quads = build_graph(record())
    keyed = {
        "Document",
        "Resolution",
        "Decision",
        "Note",
        "Session",
        "Body",
        "Meeting",
        "Unresolved",
    }
    nodes = {
        q.subject.value
        for q in quads
        if q.predicate.value == RDF_TYPE and q.object.value[len(MG_NS) :] in keyed
    }
    assert len(nodes) >= 8
    for node in nodes:
        assert len(objects(quads, node, MG_NS + "key")) == 1, node
    key = {q.subject.value: q.object.value for q in quads if q.predicate.value == MG_NS + "key"}
    assert key[iri_for("body", "CTOC/COP/WG.2")] == "CTOC/COP/WG.2"
    assert key[iri_for("decision", "CTOC/COP decision 2/6")] == "CTOC/COP decision 2/6"


def test_session_key_gives_its_body_and_number():
    _, quads = build_graph(record())
    s7 = iri_for("session", "CTOC/COP session 7")
    assert [o.value for o in objects(quads, s7, MG_NS + "sessionOf")] == [
        iri_for("body", "CTOC/COP")
    ]
    (number,) = objects(quads, s7, MG_NS + "sessionNumber")
    assert number.value == "7" and number.datatype.value == XSD + "integer"


def test_no_blank_nodes_and_no_clock():
    _, quads = build_graph(record())
    for q in quads:
        assert not isinstance(q.subject, ox.BlankNode) and not isinstance(q.object, ox.BlankNode)
        if isinstance(q.object, ox.Literal):
            assert q.object.datatype.value != XSD + "dateTime"


def test_build_is_deterministic():
    first = build_graph(record())
    assert build_graph(record()) == first
    assert len(first[1]) == len(set(first[1]))  # no duplicate quads
    shuffled = build_graph(record(references=tuple(reversed(REFS))))
    assert set(shuffled[1]) == set(first[1])


def test_loading_twice_changes_nothing():
    store = open_store(":memory:")
    g, quads = build_graph(record())
    store.replace_graph(g, quads)
    before = store.inner.dump(format=ox.RdfFormat.N_QUADS)
    store.replace_graph(*build_graph(record()))
    assert len(store) == len(set(quads))
    assert sorted(store.inner.dump(format=ox.RdfFormat.N_QUADS).splitlines()) == sorted(
        before.splitlines()
    )


def test_lone_surrogates_become_replacement_characters():
    bad = Reference(
        kind="document",
        key="A/69/767",
        iri=iri_for("document", "A/69/767"),
        relation="cites",
        text="A/69/767",
        start=0,
        end=8,
        evidence="A/69/767 \udc80 and \ud800.",
        rule="x",
    )
    _, quads = build_graph(record(references=(bad,), title="Title \udcff"))
    (cit,) = citations(quads)
    (evidence,) = objects(quads, cit, MG_NS + "evidence")
    assert evidence.value == "A/69/767 \ufffd and \ufffd."
    store = open_store(":memory:")
    store.replace_graph(*build_graph(record(references=(bad,))))  # the store accepts it


def test_invalid_dates_are_left_out_and_bad_language_tags_dropped():
    _, quads = build_graph(record(date="2014-02-30", language="not a tag"))
    doc = document_iri(record())
    assert objects(quads, doc, DCT + "date") == []
    (title,) = objects(quads, doc, DCT + "title")
    assert title.language is None


@pytest.mark.parametrize(
    ("key", "kind"),
    [
        ("CTOC/COP decision 2/6", "decision"),
        ("CAC/COSP resolution 3/1", "resolution"),
        ("CTOC/COP session 7", "session"),
        ("A/RES/70/1", "resolution"),
        ("E/DEC/2013/240", "decision"),
        ("CTOC/COP/WG.2/2013/5", "document"),
        ("something odd here", "unresolved"),
    ],
)
def test_subject_kind(key, kind):
    assert subject_kind(key) == kind


def test_built_graph_validates():
    from graph.validate.shacl import validate_store

    store = open_store(":memory:")
    store.replace_graph(*build_graph(record()))
    store.replace_graph(*build_graph(record(source="notes/other.txt", symbol="CTOC/COP/2014/2")))
    report = validate_store(store)
    assert report.conforms, report.text


def test_bodies_graph_gives_every_body_a_key():
    g, quads = bodies_graph()
    if not quads:
        pytest.skip("ontology/bodies.ttl is not written yet")
    codes = {q.subject.value: q.object.value for q in quads if q.predicate.value == MG_NS + "code"}
    keys = {q.subject.value: q.object.value for q in quads if q.predicate.value == MG_NS + "key"}
    assert codes and all(keys[s] == code for s, code in codes.items())
    assert {q.graph_name.value for q in quads} == {g}


def test_the_seed_builds_into_a_valid_graph_with_its_mandate_chain():
    need_shared(SEED)
    try:
        from graph.extract import extract_record
        from graph.read import read_document
    except ImportError as exc:
        pytest.skip(f"the extraction stage is not importable yet: {exc}")
    from graph.validate.shacl import validate_store

    rec = extract_record(read_document(SEED))
    if not rec.mandates:
        pytest.skip("the extractor does not report mandate statements yet")
    store = open_store(":memory:")
    store.replace_graph(*build_graph(rec))
    report = validate_store(store)
    assert report.conforms, report.text
    wg = ox.NamedNode(iri_for("body", "CTOC/COP/WG.2"))
    mandates = {q.object.value for q in store.quads(wg, ox.NamedNode(MG_NS + "mandatedBy"), None)}
    assert iri_for("decision", "CTOC/COP decision 2/6") in mandates
    # every mandate edge is one of the record's statements (decision 4/3 is one only if the
    # extractor reads "decided that the Working Group would be a constant element" as one)
    stated = {
        build_iri
        for m in rec.mandates
        if m.subject == "CTOC/COP/WG.2"
        for build_iri in [iri_for(subject_kind(m.act), m.act)]
    }
    assert mandates == stated


def test_an_act_is_dated_by_its_adoption_and_issued_by_its_header():
    _, quads = build_graph(record(doc_kind="decision", adopted="2014-06-01"))
    doc = document_iri(record())
    assert [o.value for o in objects(quads, doc, DCT + "date")] == ["2014-06-01"]
    assert [o.value for o in objects(quads, doc, DCT + "issued")] == ["2014-06-12"]


def test_a_relation_about_an_unnamed_subject_leaves_the_document_citing():
    unnamed = Reference(
        kind="resolution",
        key="S/RES/1591(2005)",
        iri=iri_for("resolution", "S/RES/1591(2005)"),
        relation="establishedBy",
        text="resolution 1591 (2005)",
        start=0,
        end=22,
        doc_relation="cites",
        evidence="the committee established by resolution 1591 (2005)",
    )
    _, quads = build_graph(record(references=(unnamed,), mandates=()))
    t = triples(quads)
    doc, target = document_iri(record()), iri_for("resolution", "S/RES/1591(2005)")
    assert (doc, MG_NS + "cites", target) in t
    assert not any(p in (MG_NS + "establishedBy", MG_NS + "mandatedBy") for _, p, _ in t)
    (cit,) = citations(quads)
    assert [o.value for o in objects(quads, cit, MG_NS + "relation")] == [MG_NS + "cites"]


# -- mandate statements ------------------------------------------------------------------------
def _statements(quads) -> list[str]:
    return sorted(
        {
            q.subject.value
            for q in quads
            if q.predicate.value == RDF_TYPE and q.object.value == MG_NS + "MandateStatement"
        }
    )


def _one(quads, subject: str, predicate: str):
    (value,) = objects(quads, subject, predicate)
    return value


def _mandate_graph(symbol: str):
    from graph_helpers import mandate_records

    rec = next(r for r in mandate_records() if r.symbol == symbol)
    return rec, build_graph(rec)


def test_build_writes_exactly_the_statements_of_the_record():
    from graph_helpers import mandate_records

    for rec in [*mandate_records(), record()]:
        g, quads = build_graph(rec)
        assert len(_statements(quads)) == len(rec.mandates), rec.symbol
        for st in _statements(quads):  # each in the citing document's own graph
            assert {q.graph_name.value for q in quads if q.subject.value == st} == {g}
            assert _one(quads, st, MG_NS + "statedIn").value == document_iri(rec)


def test_a_statement_carries_subject_relation_act_paragraph_until_and_provenance():
    rec, (_, quads) = _mandate_graph("A/RES/77/260")
    wg = iri_for("body", "body:A/RES/76/245")
    own = "https://undocs.org/A/RES/77/260"
    (st,) = [
        s
        for s in _statements(quads)
        if _one(quads, s, MG_NS + "statementRelation").value == MG_NS + "extendedBy"
    ]
    assert _one(quads, st, MG_NS + "statementSubject").value == wg
    assert _one(quads, st, MG_NS + "mandatingAct").value == own
    assert _one(quads, st, MG_NS + "paragraph").value == "3"
    until = _one(quads, st, MG_NS + "until")
    assert until.value == "2024-12-31" and until.datatype.value == XSD + "date"
    assert _one(quads, st, MG_NS + "subjectKind").value == "body"
    text = _one(quads, st, MG_NS + "subjectText")
    assert text.value.startswith("the working group") and text.language == "en"
    assert int(_one(quads, st, MG_NS + "subjectStart").value) == 160
    evidence = _one(quads, st, MG_NS + "evidence")
    assert "Decides to extend" in evidence.value and evidence.language == "en"
    assert float(_one(quads, st, MG_NS + "confidence").value) == 0.9
    assert _one(quads, st, MG_NS + "rule").value == "test"
    source = _one(quads, st, MG_NS + "sourceFile").value
    assert objects(quads, source, MG_NS + "sourcePath")[0].value == rec.source
    assert _one(quads, st, PROV + "wasGeneratedBy").value.startswith(
        "https://w3id.org/mandate-graph/id/ingest/"
    )
    t = triples(quads)
    assert (wg, MG_NS + "extendedBy", own) in t and (wg, MG_NS + "mandatedBy", own) in t
    (target,) = {
        o.value for s in _statements(quads) for o in objects(quads, s, MG_NS + "reportingTarget")
    }
    assert target == "at its seventy-eighth session"


def test_mandated_by_comes_only_from_statements():
    from graph_helpers import mandate_records

    for rec in mandate_records():
        _, quads = build_graph(rec)
        stated = {
            (
                _one(quads, s, MG_NS + "statementSubject").value,
                _one(quads, s, MG_NS + "mandatingAct").value,
            )
            for s in _statements(quads)
        }
        edges = {(s, o) for s, p, o in triples(quads) if p == MG_NS + "mandatedBy"}
        assert edges == {(s, o) for s, o in stated if s != o}, rec.symbol
        # the same record without its statements: its references make no mandate edge
        _, bare = build_graph(
            DocumentRecord(
                **{**{f: getattr(rec, f) for f in rec.__dataclass_fields__}, "mandates": ()}
            )
        )
        mandate_props = {
            MG_NS + r
            for r in (
                "mandatedBy",
                "establishedBy",
                "extendedBy",
                "requestedBy",
                "pursuantTo",
                "inAccordanceWith",
                "terminatedBy",
                "decides",
                "extends",
            )
        }
        assert not [x for x in triples(bare) if x[1] in mandate_props], rec.symbol


def test_a_recalling_reference_is_a_citation_never_a_mandate():
    rec, (_, quads) = _mandate_graph("A/78/100")
    doc, r70 = document_iri(rec), "https://undocs.org/A/RES/70/1"
    t = triples(quads)
    assert (doc, MG_NS + "recalls", r70) in t and (doc, MG_NS + "cites", r70) in t
    assert not [x for x in t if x[2] == r70 and x[1] == MG_NS + "mandatedBy"]
    # the report's "pursuant to" cue is the citation's characterization; its mandate is the
    # statement's (subject: the report itself, paragraph 5)
    r77 = "https://undocs.org/A/RES/77/260"
    cue = {
        o.value
        for c in citations(quads)
        if objects(quads, c, CITO + "hasCitedEntity")[0].value == r77
        for o in objects(quads, c, MG_NS + "relation")
    }
    assert cue == {MG_NS + "pursuantTo"}
    assert (doc, MG_NS + "pursuantTo", r77) not in t
    assert (doc, MG_NS + "requestedBy", r77) in t and (doc, MG_NS + "mandatedBy", r77) in t


def test_subjects_become_nodes_of_their_kind():
    rec, (_, quads) = _mandate_graph("A/RES/77/260")
    t = triples(quads)
    wg = iri_for("body", "body:A/RES/76/245")
    assert wg == "https://w3id.org/mandate-graph/id/body/by/A/RES/76/245"
    assert (wg, RDF_TYPE, MG_NS + "Body") in t and (wg, MG_NS + "key", "body:A/RES/76/245") in t
    assert (
        wg,
        "http://www.w3.org/2000/01/rdf-schema#label",
        "the working group established by resolution 76/245",
    ) in t
    report = "https://undocs.org/A/78/100"  # a document subject is the document's work
    assert (report, MG_NS + "requestedBy", "https://undocs.org/A/RES/77/260") in t
    assert (report, MG_NS + "key", "A/78/100") in t
    (activity,) = {s for s, p, o in t if p == RDF_TYPE and o == MG_NS + "Activity"}
    assert activity.startswith("https://w3id.org/mandate-graph/id/activity/")
    assert (
        activity,
        "http://www.w3.org/2000/01/rdf-schema#label",
        "to submit a report on the work of the working group",
    ) in t
    assert (activity, MG_NS + "key", "activity:A/RES/77/260@300-351") in t
    assert (activity, MG_NS + "requestedBy", "https://undocs.org/A/RES/77/260") in t
    _, (_, sc) = _mandate_graph("S/RES/2445(2018)")
    unisfa = iri_for("body", "UNISFA")
    assert (unisfa, MG_NS + "extendedBy", "https://undocs.org/S/RES/2445(2018)") in triples(sc)
    # the same activity built again gets the same IRI; another span, another one
    again = {
        s for s, p, o in triples(build_graph(rec)[1]) if p == RDF_TYPE and o == MG_NS + "Activity"
    }
    assert again == {activity}


def test_graphs_with_statements_validate():
    import hashlib
    from dataclasses import replace

    from graph_helpers import mandate_records

    from graph.validate import validate_store

    store = open_store(":memory:")
    for rec in mandate_records():
        store.replace_graph(
            *build_graph(replace(rec, sha256=hashlib.sha256(rec.source.encode()).hexdigest()))
        )
    report = validate_store(store)
    assert report.conforms, report.text


def test_building_keeps_no_iri_minted_for_one_document():
    """A build's memory must not grow with the store: the IRIs minted for one source, its
    citations and its statements are not cached, and the cache of recurring IRIs is bounded."""
    from graph import build

    info = build._iri.cache_info()
    assert info.maxsize is not None
    for n in range(200):  # warm: the vocabulary, bodies and acts these records share
        build_graph(record(source=f"notes/warm-{n}.ru.txt", sha256=f"{n:064x}"))
    before = build._iri.cache_info().currsize
    documents = 300
    for n in range(documents):
        build_graph(record(source=f"notes/more-{n}.ru.txt", sha256=f"{n + 1000:064x}"))
    # only what recurs may stay (here the work IRI is the same symbol for every record)
    assert build._iri.cache_info().currsize - before < documents
