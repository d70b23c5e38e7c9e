"""Validate: built graphs conform; hand-broken graphs fail with a readable report and exit 1."""

from __future__ import annotations

import pytest
from graph_helpers import run_cli
from test_build import record

from graph.build import bodies_graph, build_graph
from graph.store import open_store
from graph.validate.shacl import validate_store
from graph.vocab.mg import MG_NS

PREFIXES = f"""
PREFIX mg: <{MG_NS}>
PREFIX cito: <http://purl.org/spar/cito/>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX dcterms: <http://purl.org/dc/terms/>
PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
"""
# One citation, picked by its matched text, in the graph that holds it.
ONE_CITATION = '?c mg:matchedText "решения 2/6" .'


def good_store(location: str = ":memory:"):
    store = open_store(location)
    store.replace_graph(*bodies_graph())
    store.replace_graph(*build_graph(record()))
    store.replace_graph(*build_graph(record(source="notes/b.txt", symbol="CTOC/COP/2014/2")))
    return store


def broken(update: str):
    store = good_store()
    store.update(PREFIXES + update)
    return validate_store(store)


def test_a_built_graph_conforms():
    report = validate_store(good_store())
    assert report.conforms, report.text
    assert report.violations == 0
    assert report.text.startswith("Conforms:")


def test_an_empty_store_conforms():
    assert validate_store(open_store(":memory:")).conforms


BREAKAGES = {
    "no citing entity": (
        f"DELETE {{ GRAPH ?g {{ ?c cito:hasCitingEntity ?d }} }} "
        f"WHERE {{ GRAPH ?g {{ {ONE_CITATION} ?c cito:hasCitingEntity ?d }} }}",
        "exactly one citing document",
    ),
    "two cited entities": (
        f"INSERT {{ GRAPH ?g {{ ?c cito:hasCitedEntity <https://undocs.org/A/RES/70/1> }} }} "
        f"WHERE {{ GRAPH ?g {{ {ONE_CITATION} }} }}",
        "exactly one cited entity",
    ),
    "start after end": (
        f"DELETE {{ GRAPH ?g {{ ?c mg:startOffset ?s }} }} "
        f"INSERT {{ GRAPH ?g {{ ?c mg:startOffset 100000 }} }} "
        f"WHERE {{ GRAPH ?g {{ {ONE_CITATION} ?c mg:startOffset ?s }} }}",
        "below its end offset",
    ),
    "offset not an integer": (
        f"DELETE {{ GRAPH ?g {{ ?c mg:endOffset ?e }} }} "
        f'INSERT {{ GRAPH ?g {{ ?c mg:endOffset "ten" }} }} '
        f"WHERE {{ GRAPH ?g {{ {ONE_CITATION} ?c mg:endOffset ?e }} }}",
        "end offset",
    ),
    "no evidence": (
        f"DELETE {{ GRAPH ?g {{ ?c mg:evidence ?e }} }} "
        f"WHERE {{ GRAPH ?g {{ {ONE_CITATION} ?c mg:evidence ?e }} }}",
        "evidence sentence",
    ),
    "relation not in the ontology": (
        f"DELETE {{ GRAPH ?g {{ ?c mg:relation ?r }} }} "
        f"INSERT {{ GRAPH ?g {{ ?c mg:relation mg:establishdBy }} }} "
        f"WHERE {{ GRAPH ?g {{ {ONE_CITATION} ?c mg:relation ?r }} }}",
        "a sub-property of mg:mandatedBy or mg:cites",
    ),
    "mandatedBy not materialized": (
        "DELETE WHERE { GRAPH ?g { ?s mg:mandatedBy ?o } }",
        "the statement's edges",
    ),
    "edge lost": (
        "DELETE WHERE { GRAPH ?g { ?s mg:establishedBy ?o } }",
        "are missing from the graph",
    ),
    "citation edge lost": (
        "DELETE WHERE { GRAPH ?g { ?s mg:recalls ?o } }",
        "is missing from the graph",
    ),
    "mandate without evidence": (
        'INSERT DATA { GRAPH <urn:x:g> { <https://undocs.org/X/1> mg:key "X/1" ; '
        "mg:mandatedBy <https://undocs.org/A/RES/70/1> . "
        '<https://undocs.org/A/RES/70/1> mg:key "A/RES/70/1" } }',
        "has no mg:MandateStatement saying so",
    ),
    "mandate from a reference": (
        "INSERT { GRAPH ?g { ?d mg:recalls ?t } } WHERE { GRAPH ?g { ?d mg:recalls ?t } } ; "
        "INSERT { GRAPH ?g { ?d mg:pursuantTo ?t } } WHERE { GRAPH ?g { ?d mg:recalls ?t } }",
        "has no mg:MandateStatement saying so",
    ),
    "citation edge without a citation": (
        'INSERT DATA { GRAPH <urn:x:g> { <https://undocs.org/X/1> mg:key "X/1" ; '
        "mg:cites <https://undocs.org/A/RES/70/1> . "
        '<https://undocs.org/A/RES/70/1> mg:key "A/RES/70/1" } }',
        "has no mg:Citation giving its evidence",
    ),
    "statement without its act": (
        "DELETE WHERE { GRAPH ?g { ?s mg:mandatingAct ?o } }",
        "exactly one mandating act",
    ),
    "statement relation not a mandate": (
        "DELETE { GRAPH ?g { ?s mg:statementRelation ?r } } "
        "INSERT { GRAPH ?g { ?s mg:statementRelation mg:recalls } } "
        "WHERE { GRAPH ?g { ?s mg:statementRelation ?r } }",
        "a sub-property of mg:mandatedBy",
    ),
    "until not a date": (
        'INSERT { GRAPH ?g { ?s mg:until "soon" } } '
        "WHERE { GRAPH ?g { ?s a mg:MandateStatement } }",
        "mg:until",
    ),
    "subject kind unknown": (
        "DELETE { GRAPH ?g { ?s mg:subjectKind ?k } } "
        'INSERT { GRAPH ?g { ?s mg:subjectKind "person" } } '
        "WHERE { GRAPH ?g { ?s mg:subjectKind ?k } }",
        "self, body, document or activity",
    ),
    "two keys": (
        'INSERT DATA { GRAPH <urn:x:g> { <https://undocs.org/CTOC/COP/2014/1> mg:key "other" } }',
        "exactly one canonical key",
    ),
    "blank node with a key": (
        'INSERT DATA { GRAPH <urn:x:g> { [] mg:key "anonymous" } }',
        "Violation",
    ),
    "date that is not an xsd:date": (
        "INSERT DATA { GRAPH <urn:x:g> { <https://undocs.org/CTOC/COP/2014/1> "
        'dcterms:date "12 June 2014" } }',
        "must be an xsd:date",
    ),
    "confidence above 1": (
        f"DELETE {{ GRAPH ?g {{ ?c mg:confidence ?x }} }} "
        f"INSERT {{ GRAPH ?g {{ ?c mg:confidence 1.5 }} }} "
        f"WHERE {{ GRAPH ?g {{ {ONE_CITATION} ?c mg:confidence ?x }} }}",
        "confidence",
    ),
    "issued by a non-body": (
        "INSERT DATA { GRAPH <urn:x:g> { <https://undocs.org/CTOC/COP/2014/1> "
        "mg:issuedBy <https://undocs.org/A/RES/70/1> } }",
        "must point at a body",
    ),
    "establishing act that is no act key": (
        "INSERT DATA { GRAPH <urn:x:g> { <https://w3id.org/mandate-graph/id/body/UNISFA> "
        'mg:establishingAct "resolution 1990 (2011)" } }',
        "establishing act",
    ),
    "two terminating acts": (
        "INSERT DATA { GRAPH <urn:x:g> { <https://w3id.org/mandate-graph/id/body/S/AC.25> "
        'mg:terminatingAct "S/RES/1484(2003)" } }',
        "terminating act",
    ),
    "bad sha256": (
        'DELETE { GRAPH ?g { ?s mg:sha256 ?h } } INSERT { GRAPH ?g { ?s mg:sha256 "xyz" } } '
        "WHERE { GRAPH ?g { ?s mg:sha256 ?h } }",
        "SHA-256",
    ),
}


@pytest.mark.parametrize("name", sorted(BREAKAGES))
def test_a_broken_graph_fails_with_a_readable_report(name):
    update, expected = BREAKAGES[name]
    report = broken(update)
    assert not report.conforms
    assert report.violations >= 1
    assert report.text.startswith("Does not conform:")
    assert expected in report.text, report.text
    assert "Traceback" not in report.text


def test_report_names_the_node_by_its_key():
    report = broken(BREAKAGES["date that is not an xsd:date"][0])
    assert "(CTOC/COP/2014/1)" in report.text
    (result,) = [
        r for r in report.results if r.path == "dcterms:date" and r.severity == "Violation"
    ]
    assert result.key == "CTOC/COP/2014/1" and result.shape == "mgsh:DocumentShape"
    assert result.value == '"12 June 2014"'


def test_two_dates_for_one_act_is_a_warning_not_a_failure():
    report = broken(
        "INSERT DATA { GRAPH <urn:x:g> { <https://undocs.org/CTOC/COP/2014/1> "
        'dcterms:date "2014-06-13"^^xsd:date } }'
    )
    assert report.conforms, report.text
    assert report.warnings == 1
    assert "Warning: the documents in the store state more than one date" in report.text


def _run_cli(args, capsys):
    code, out, err = run_cli(args, capsys)
    return code, out + err


def test_cli_validate_exit_codes(tmp_path, capsys):
    good = tmp_path / "good.db"
    good_store(str(good)).close()
    code, out = _run_cli(["validate", "--store", str(good)], capsys)
    assert code == 0, out
    assert "Conforms:" in out

    bad = tmp_path / "bad.db"
    store = good_store(str(bad))
    store.update(PREFIXES + BREAKAGES["start after end"][0])
    store.close()
    code, out = _run_cli(["validate", "--store", str(bad)], capsys)
    assert code == 1
    assert "Does not conform: 2 violations" in out  # the two documents share the broken text
    assert "below its end offset" in out
    assert "Traceback" not in out


def test_graphs_built_from_real_documents_conform():
    """The examples and the seed, read and extracted for real, build a graph that conforms."""
    from conftest import EXAMPLES, SEED

    from graph.extract import extract_record
    from graph.read import find_documents, read_document

    paths = find_documents([EXAMPLES])
    if SEED.exists():
        paths.append(SEED)
    store = open_store(":memory:")
    store.replace_graph(*bodies_graph())
    for path in paths:
        store.replace_graph(*build_graph(extract_record(read_document(path))))
    report = validate_store(store)
    assert report.conforms, report.text
    assert report.triples > 1000


def test_sparql_constraints_give_what_pyshacl_gives():
    """Oxigraph, asked once per constraint, finds exactly what pySHACL finds node by node."""
    import pyshacl
    import rdflib

    from graph.store.canonical import local_dataset, union_lines
    from graph.validate.shacl import load_rdflib, short_name, validate_lines

    store = good_store()
    for name in (
        "mandatedBy not materialized",
        "edge lost",
        "mandate without evidence",
        "citation edge lost",
        "citation edge without a citation",
    ):
        store.update(PREFIXES + BREAKAGES[name][0])
    lines = union_lines(local_dataset(store))
    ours = {
        (r.focus, r.shape, r.message.split(" ")[1])
        for r in validate_lines(lines).results
        if r.shape
        in ("mgsh:CitationShape", "mgsh:EvidencedEdgeShape", "mgsh:MandateStatementShape")
        and r.path is None
    }
    data = rdflib.Graph().parse(data=b"\n".join(lines).decode(), format="nt")
    _, results, _ = pyshacl.validate(
        data,
        shacl_graph=load_rdflib("shapes.ttl"),
        ont_graph=load_rdflib("mandate.ttl"),
        inplace=True,
    )
    sh = rdflib.Namespace("http://www.w3.org/ns/shacl#")
    theirs = {
        (
            str(results.value(r, sh.focusNode)),
            short_name(str(results.value(r, sh.sourceShape))),
            str(results.value(r, sh.resultMessage)).split(" ")[1],
        )
        for r in results.subjects(rdflib.RDF.type, sh.ValidationResult)
        if results.value(r, sh.sourceConstraintComponent) == sh.SPARQLConstraintComponent
    }
    assert len(ours) >= 4
    assert ours == theirs


def test_validation_never_reaches_the_network(monkeypatch):
    import socket

    def refuse(*args, **kwargs):
        raise AssertionError("validation tried to reach the network")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    assert validate_store(good_store()).conforms


def _files_per_call(monkeypatch) -> list[int]:
    """How many documents each pySHACL call gets (filled as validate_store runs)."""
    import pyshacl
    import rdflib

    files_per_call: list[int] = []
    real = pyshacl.validate

    def counting(data, **kwargs):
        citing = rdflib.URIRef("http://purl.org/spar/cito/hasCitingEntity")
        files_per_call.append(len(set(data.objects(None, citing))))
        return real(data, **kwargs)

    monkeypatch.setattr(pyshacl, "validate", counting)
    return files_per_call


def _many_documents():
    store = good_store()
    for n in range(3, 7):
        store.replace_graph(
            *build_graph(record(source=f"notes/{n}.txt", symbol=f"CTOC/COP/2014/{n}"))
        )
    return store


def test_a_conforming_store_never_reaches_pyshacl(monkeypatch):
    """The screen passes every node of a store that conforms: pySHACL is not called at all
    (it used to get every graph and every shared node, in batches)."""
    files_per_call = _files_per_call(monkeypatch)
    report = validate_store(_many_documents())
    assert report.conforms, report.text
    assert files_per_call == []


def test_pyshacl_gets_only_the_nodes_that_fail(monkeypatch):
    """One broken citation: pySHACL sees that node with the keys and types it points at, not
    its document nor the nodes several documents state."""
    import pyshacl

    sizes: list[int] = []
    real = pyshacl.validate

    def counting(data, **kwargs):
        sizes.append(len(data))
        return real(data, **kwargs)

    monkeypatch.setattr(pyshacl, "validate", counting)
    store = _many_documents()
    store.update(
        PREFIXES + f"DELETE {{ GRAPH ?g {{ ?c mg:endOffset ?e }} }} "
        f'INSERT {{ GRAPH ?g {{ ?c mg:endOffset "ten" }} }} '
        f"WHERE {{ GRAPH ?g {{ {ONE_CITATION} ?c mg:endOffset ?e }} }}"
    )
    report = validate_store(store)
    assert not report.conforms
    assert len(sizes) == 1
    assert sizes[0] < report.triples / 5  # the broken citations (one per document), not the store


@pytest.mark.parametrize("name", sorted(BREAKAGES))
def test_the_report_is_the_same_whatever_the_batch_size(monkeypatch, name):
    from graph.validate import batches

    reports = []
    store = _many_documents()
    store.update(PREFIXES + BREAKAGES[name][0])
    for size in (1, 250, 1_000_000):
        monkeypatch.setattr(batches, "BATCH_TRIPLES", size)
        reports.append(validate_store(store))
    assert not reports[0].conforms
    assert reports[0] == reports[1] == reports[2]


# More breakages, for the comparison with pySHACL on the whole store: values the screen cannot
# vouch for (some of which pySHACL accepts), on every kind of node.
DOC = "<https://undocs.org/CTOC/COP/2014/1>"
SESSION = "<https://w3id.org/mandate-graph/id/CTOC/COP_session_7>"
BODY = "<https://w3id.org/mandate-graph/id/body/UNISFA>"
DECISION = "https://w3id.org/mandate-graph/id/CTOC/COP_decision_2/6"
KEY, OTHER = '"CTOC/COP decision 2/6"', '"other"'
MORE = {
    "title not text": f"INSERT DATA {{ GRAPH <urn:x:g> {{ {DOC} dcterms:title 12 }} }}",
    "two body codes": f'INSERT DATA {{ GRAPH <urn:x:g> {{ {BODY} mg:code "X", "Y" }} }}',
    "two names in one language": (
        f"INSERT DATA {{ GRAPH <urn:x:g> {{ {BODY} "
        '<http://www.w3.org/2004/02/skos/core#prefLabel> "Other"@en, "Autre"@en } }'
    ),
    "session number zero": f"INSERT DATA {{ GRAPH <urn:x:g> {{ {SESSION} mg:sessionNumber 0 }} }}",
    "held from after held to": (
        f"INSERT DATA {{ GRAPH <urn:x:g> {{ {SESSION} "
        'mg:heldFrom "2014-06-13"^^xsd:date ; mg:heldTo "2014-06-12"^^xsd:date } }'
    ),
    "held dates in order": (
        f"INSERT DATA {{ GRAPH <urn:x:g> {{ {SESSION} "
        'mg:heldFrom "2014-06-12"^^xsd:date ; mg:heldTo "2014-06-12"^^xsd:date } }'
    ),
    "adopted at a document": f"INSERT DATA {{ GRAPH <urn:x:g> {{ {DOC} mg:adoptedAt {DOC} }} }}",
    "symbol with a space": f'INSERT DATA {{ GRAPH <urn:x:g> {{ {DOC} mg:symbol "A B" }} }}',
    "date with a time zone": (
        f'INSERT DATA {{ GRAPH <urn:x:g> {{ {DOC} dcterms:date "2014-06-12Z"^^xsd:date }} }}'
    ),
    "date that does not exist": (
        f'INSERT DATA {{ GRAPH <urn:x:g> {{ {DOC} dcterms:date "2014-02-30"^^xsd:date }} }}'
    ),
    "integer with a plus sign": (
        f"DELETE {{ GRAPH ?g {{ ?c mg:startOffset ?s }} }} "
        f'INSERT {{ GRAPH ?g {{ ?c mg:startOffset "+5"^^xsd:integer }} }} '
        f"WHERE {{ GRAPH ?g {{ {ONE_CITATION} ?c mg:startOffset ?s }} }}"
    ),
    "confidence as text": (
        f"DELETE {{ GRAPH ?g {{ ?c mg:confidence ?x }} }} "
        f'INSERT {{ GRAPH ?g {{ ?c mg:confidence "high" }} }} '
        f"WHERE {{ GRAPH ?g {{ {ONE_CITATION} ?c mg:confidence ?x }} }}"
    ),
    "confidence as an integer": (
        f"DELETE {{ GRAPH ?g {{ ?c mg:confidence ?x }} }} "
        f"INSERT {{ GRAPH ?g {{ ?c mg:confidence 1 }} }} "
        f"WHERE {{ GRAPH ?g {{ {ONE_CITATION} ?c mg:confidence ?x }} }}"
    ),
    "empty matched text": (
        f"DELETE {{ GRAPH ?g {{ ?c mg:matchedText ?x }} }} "
        f'INSERT {{ GRAPH ?g {{ ?c mg:matchedText "" }} }} '
        f"WHERE {{ GRAPH ?g {{ {ONE_CITATION} ?c mg:matchedText ?x }} }}"
    ),
    "matched text with a language": (
        f"DELETE {{ GRAPH ?g {{ ?c mg:matchedText ?x }} }} "
        f'INSERT {{ GRAPH ?g {{ ?c mg:matchedText "x"@en }} }} '
        f"WHERE {{ GRAPH ?g {{ {ONE_CITATION} ?c mg:matchedText ?x }} }}"
    ),
    "cited entity without a key": (
        f"DELETE {{ GRAPH ?g {{ ?c cito:hasCitedEntity ?t }} }} "
        f"INSERT {{ GRAPH ?g {{ ?c cito:hasCitedEntity <https://undocs.org/NO/KEY> }} }} "
        f"WHERE {{ GRAPH ?g {{ {ONE_CITATION} ?c cito:hasCitedEntity ?t }} }}"
    ),
    "cited entity keyed in another graph only": (
        f"DELETE {{ GRAPH ?g {{ ?c cito:hasCitedEntity ?t }} }} "
        f"INSERT {{ GRAPH ?g {{ ?c cito:hasCitedEntity <https://undocs.org/ELSE/1> }} "
        f'GRAPH <urn:x:g> {{ <https://undocs.org/ELSE/1> mg:key "ELSE/1" }} }} '
        f"WHERE {{ GRAPH ?g {{ {ONE_CITATION} ?c cito:hasCitedEntity ?t }} }}"
    ),
    "source file without a path": "DELETE WHERE { GRAPH ?g { ?s mg:sourcePath ?p } }",
    "ingest without its file": "DELETE WHERE { GRAPH ?g { ?s prov:used ?f } }",
    "expression without a language": "DELETE WHERE { GRAPH ?g { ?s dcterms:language ?l } }",
    "issued by a literal": (
        f'INSERT DATA {{ GRAPH <urn:x:g> {{ {DOC} mg:issuedBy "the Conference" }} }}'
    ),
    "key as a number": "INSERT DATA { GRAPH <urn:x:g> { <https://undocs.org/Z/1> mg:key 7 } }",
    # More copies than the screen reads one by one (graph/validate/screen.py, _COPIES)
    "cited entity keyed twice, stated by many graphs": "INSERT DATA { "
    + " ".join(
        f"GRAPH <urn:x:g{n}> {{ <{DECISION}> mg:key {OTHER if n == 0 else KEY} }}"
        for n in range(80)
    )
    + " }",
    "activity without a key": (
        "INSERT DATA { GRAPH <urn:x:g> { <https://undocs.org/ACT/1> a mg:Activity } }"
    ),
}


@pytest.mark.parametrize("name", sorted(BREAKAGES) + sorted(MORE))
def test_the_report_is_pyshacl_s_on_the_whole_store(name):
    """pySHACL on every triple at once (and the SPARQL constraints) is the reference: the
    screened, streamed check reports the same nodes, paths, values, messages and severities."""
    from graph.store.canonical import local_dataset, union_lines
    from graph.validate.shacl import validate_lines

    store = _many_documents()
    store.update(PREFIXES + (BREAKAGES[name][0] if name in BREAKAGES else MORE[name]))
    ours = validate_store(store)
    reference = validate_lines(union_lines(local_dataset(store)))
    assert ours.results == reference.results
    assert ours.conforms == reference.conforms
    # The count of triples may differ by the ones rdflib folds together ("2014-06-12Z" and
    # "2014-06-12" are one date there); the report is otherwise the same text.
    assert abs(ours.triples - reference.triples) <= 1
    assert ours.text.replace(str(ours.triples), "N") == reference.text.replace(
        str(reference.triples), "N"
    )
