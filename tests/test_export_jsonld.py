"""JSON-LD export: values are bare only where the context's coercion says what they are, and
everything else (odd datatypes, IRIs under plain terms, blank nodes, the default graph) reads back
the same with rdflib and pyoxigraph; the other formats are checked on the same odd graph."""

from __future__ import annotations

import json

import pyoxigraph as ox
import pytest
import rdflib
from rdflib.compare import isomorphic
from test_export import CONTROL, RDF_FORMATS, RDFLIB_NAMES, TRICKY, canonical, from_rdflib

from graph.errors import ExportError
from graph.export.rdf import export_graph
from graph.store.embedded import Store

MG = "https://w3id.org/mandate-graph/ontology#"
ID = "https://w3id.org/mandate-graph/id/"
XSD = "http://www.w3.org/2001/XMLSchema#"
DCT = "http://purl.org/dc/terms/"
RDF_TYPE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")


def n(iri: str) -> ox.NamedNode:
    return ox.NamedNode(iri)


def typed(value: str, datatype: str) -> ox.Literal:
    return ox.Literal(value, datatype=n(datatype))


def odd_store(extra: tuple[str, ...] = (TRICKY,)) -> Store:
    doc, act = n("https://undocs.org/A/RES/70/1"), n(f"{ID}A_session_70")
    rows = [
        (doc, RDF_TYPE, n(f"{MG}Resolution")),  # a class with a term
        (doc, RDF_TYPE, n("http://purl.org/spar/cito/Citation")),  # a class without one
        (doc, n(f"{MG}relation"), ox.Literal("not an IRI")),  # literal under an @id term
        (doc, n(f"{MG}key"), n("https://undocs.org/A/RES/70/1")),  # IRI under a plain term
        (doc, n(f"{MG}key"), ox.Literal("A/RES/70/1")),
        (doc, n(f"{DCT}date"), typed("2015-09-25", f"{XSD}date")),  # the coerced datatype
        (doc, n(f"{DCT}date"), ox.Literal("25 September 2015")),  # a string under xsd:date
        (doc, n(f"{DCT}date"), typed("2015", f"{XSD}gYear")),  # another datatype
        (doc, n(f"{MG}startOffset"), typed("12", f"{XSD}integer")),
        (doc, n(f"{MG}evidence"), typed("5", f"{XSD}integer")),  # datatype under a plain term
        (doc, n(f"{DCT}title"), ox.Literal("Transforming our world", language="en-GB")),
        (doc, n("http://example.org/vocab/p"), ox.Literal("no term")),
        (doc, n("http://example.org/vocab/q"), n("https://undocs.org///three")),
        (doc, n("http://example.org/vocab/q"), n("https://undocs.org/")),
        (doc, n(f"{MG}adoptedAt"), act),
        (act, n(f"{MG}sessionNumber"), typed("70", f"{XSD}integer")),
        *((doc, n(f"{MG}evidence"), ox.Literal(text)) for text in extra),
    ]
    inner = ox.Store()
    graph = n(f"{ID}graph/odd")
    inner.extend(ox.Quad(s, p, o, graph) for s, p, o in rows)
    inner.add(ox.Quad(doc, n(f"{MG}symbol"), ox.Literal("A/RES/70/1")))  # the default graph
    inner.add(ox.Quad(doc, n(f"{MG}symbol"), ox.Literal("A/RES/70/1"), n(f"{ID}graph/other")))
    return Store(inner, ":memory:")


def want(store: Store, fmt: str) -> set[str]:
    return canonical(store.quads(), union=fmt in ("turtle", "ntriples", "rdfxml"))


@pytest.mark.parametrize("fmt", RDF_FORMATS)
def test_odd_graph_reads_back_in_every_format(tmp_path, fmt):
    store = odd_store()
    path = tmp_path / f"odd.{fmt}"
    count = export_graph(store, path, fmt)
    assert from_rdflib(path, fmt) == want(store, fmt)
    assert count == len(want(store, fmt))


def test_jsonld_values_are_bare_only_where_the_context_types_them(tmp_path):
    store = odd_store((TRICKY, CONTROL))
    path = tmp_path / "odd.jsonld"
    export_graph(store, path, "jsonld")
    got = canonical(ox.parse(path=str(path), format=ox.RdfFormat.JSON_LD), union=False)
    assert got == want(store, "jsonld")
    assert from_rdflib(path, "jsonld") == want(store, "jsonld")
    doc = json.loads(path.read_text(encoding="utf-8"))
    top = {node["@id"]: node for node in doc["@graph"]}
    assert top["undocs:A/RES/70/1"] == {"@id": "undocs:A/RES/70/1", "symbol": "A/RES/70/1"}
    node = top["mgid:graph/odd"]["@graph"][0]
    assert node["@type"] == ["cito:Citation", "Resolution"]
    assert node["date"] == [
        {"@value": "2015", "@type": "xsd:gYear"},
        "2015-09-25",
        {"@value": "25 September 2015"},
    ]
    assert node["relation"] == {"@value": "not an IRI"}
    assert node["key"] == ["A/RES/70/1", {"@id": "undocs:A/RES/70/1"}]
    assert node["startOffset"] == "12" and node["adoptedAt"] == "mgid:A_session_70"
    assert node["title"] == {"@value": "Transforming our world", "@language": "en-gb"}
    # "undocs://x" would read as an absolute IRI, "undocs:" as nothing
    assert node["http://example.org/vocab/q"] == [
        {"@id": "https://undocs.org///three"},
        {"@id": "https://undocs.org/"},
    ]
    assert CONTROL in node["evidence"] and TRICKY in node["evidence"]


def test_blank_nodes_keep_their_shape(tmp_path):
    inner = ox.Store()
    b1, b2, g = ox.BlankNode(), ox.BlankNode(), n(f"{ID}graph/b")
    inner.extend(
        [
            ox.Quad(n("https://undocs.org/A/1"), n(f"{MG}cites"), b1, g),
            ox.Quad(b1, n(f"{MG}key"), ox.Literal("x"), g),
            ox.Quad(b1, n(f"{MG}mentions"), b2, g),
            ox.Quad(b2, RDF_TYPE, n(f"{MG}Act"), g),
        ]
    )
    want_graph = rdflib.Graph().parse(
        data="\n".join(f"{q.subject} {q.predicate} {q.object} ." for q in inner), format="nt"
    )
    for fmt in RDF_FORMATS:
        path = tmp_path / f"b.{fmt}"
        export_graph(Store(inner, ":memory:"), path, fmt)
        if fmt in ("turtle", "ntriples", "rdfxml"):
            got = rdflib.Graph().parse(path, format=RDFLIB_NAMES[fmt])
        else:
            ds = rdflib.Dataset()
            ds.parse(path, format=RDFLIB_NAMES[fmt])
            got = ds.graph(rdflib.URIRef(g.value))
        assert isomorphic(got, want_graph), fmt


def test_an_iri_the_context_would_misread_is_refused(tmp_path):
    inner = ox.Store()
    inner.add(ox.Quad(n("key:x"), n(f"{MG}key"), ox.Literal("x"), n(f"{ID}graph/k")))
    with pytest.raises(ExportError, match="JSON-LD cannot carry the IRI <key:x>"):
        export_graph(Store(inner, ":memory:"), tmp_path / "k.jsonld", "jsonld")
    assert list(tmp_path.iterdir()) == []
    export_graph(Store(inner, ":memory:"), tmp_path / "k.ttl", "turtle")
