"""Build stage: turn one DocumentRecord into the quads of its own named graph.

The shape of what is written (see ontology/mandate.ttl and shapes.ttl):
- the document as an FRBR work (its undocs.org IRI, or one minted from its hash) and, when the
  language is known, its language version (expression);
- for every reference, the edge `subject --mg:{relation}--> target`, the materialized
  super-property (mg:mandatedBy or mg:cites) so that `mg:mandatedBy+` traces chains without a
  reasoner, and a `mg:Citation` node with its provenance (offsets, evidence, rule, confidence);
- the source file (path, SHA-256, encoding) and the ingest activity (PROV-O).
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from functools import cache

import pyoxigraph as ox

from . import __version__
from .keys import expression_iri, iri_for
from .model import CITATION_RELATIONS, MANDATE_RELATIONS, DocumentRecord, Reference
from .paths import ontology_file
from .vocab import DEFAULT_BASE, MG_NS

RDF_TYPE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
XSD = "http://www.w3.org/2001/XMLSchema#"
DCT = "http://purl.org/dc/terms/"
PROV = "http://www.w3.org/ns/prov#"
CITO = "http://purl.org/spar/cito/"
RDFS_LABEL = ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#label")

_KIND_CLASS = {
    "resolution": "Resolution",
    "decision": "Decision",
    "document": "Document",
    "session": "Session",
    "meeting": "Meeting",
    "body": "Body",
    "unresolved": "Document",
}
_DOC_KIND_CLASS = {
    "resolution": "Resolution",
    "decision": "Decision",
    "report": "Report",
    "note": "Note",
    "agenda": "Agenda",
    "letter": "Letter",
    "draft": "Draft",
}
_MANDATE = frozenset(MANDATE_RELATIONS)
_CITATION = frozenset(CITATION_RELATIONS)


@cache
def _mg(term: str) -> ox.NamedNode:
    return ox.NamedNode(MG_NS + term)


def _lit(value: str | int | float | bool, lang: str | None = None) -> ox.Literal:
    if isinstance(value, bool):
        return ox.Literal("true" if value else "false", datatype=ox.NamedNode(XSD + "boolean"))
    if isinstance(value, int):
        return ox.Literal(str(value), datatype=ox.NamedNode(XSD + "integer"))
    if isinstance(value, float):
        return ox.Literal(repr(value), datatype=ox.NamedNode(XSD + "decimal"))
    return ox.Literal(value, language=lang) if lang else ox.Literal(value)


def _date(value: str) -> ox.Literal:
    return ox.Literal(value, datatype=ox.NamedNode(XSD + "date"))


def _digest(*parts: str) -> str:
    return hashlib.sha256("\x1f".join(parts).encode("utf-8", "surrogatepass")).hexdigest()[:24]


def graph_iri(source: str, base: str = DEFAULT_BASE) -> str:
    """The named graph that holds everything learned from one source file."""
    return f"{base}graph/{_digest(source)}"


def document_iri(record: DocumentRecord, base: str = DEFAULT_BASE) -> str:
    """The work IRI of the citing document: its symbol's undocs.org address, else a minted one."""
    if record.symbol:
        return iri_for(record.doc_kind if record.doc_kind in ("resolution", "decision") else "document",
                       record.symbol, base)
    return f"{base}doc/{record.sha256[:24] or _digest(record.source)}"


def build_graph(record: DocumentRecord, base: str = DEFAULT_BASE) -> tuple[str, list[ox.Quad]]:
    """The named graph IRI for `record` and all its quads."""
    g = ox.NamedNode(graph_iri(record.source, base))
    quads = [ox.Quad(s, p, o, g) for s, p, o in _triples(record, base)]
    return g.value, quads


def _triples(record: DocumentRecord, base: str) -> Iterator[tuple]:
    work = ox.NamedNode(document_iri(record, base))
    lang = record.language
    yield work, RDF_TYPE, _mg("Document")
    if record.doc_kind in _DOC_KIND_CLASS:
        yield work, RDF_TYPE, _mg(_DOC_KIND_CLASS[record.doc_kind])
    yield work, _mg("key"), _lit(record.symbol or work.value.rsplit("/", 1)[-1])
    if record.symbol:
        yield work, _mg("symbol"), _lit(record.symbol)
    if record.title:
        yield work, ox.NamedNode(DCT + "title"), _lit(record.title, lang)
    if record.date:
        yield work, ox.NamedNode(DCT + "date"), _date(record.date)
    if record.doc_kind:
        yield work, _mg("documentKind"), _lit(record.doc_kind)
    if record.body:
        body = ox.NamedNode(iri_for("body", record.body, base))
        yield work, _mg("issuedBy"), body
        yield from _node(body, "body", record.body)
    if record.session:
        session = ox.NamedNode(iri_for("session", record.session, base))
        yield work, _mg("adoptedAt"), session
        yield from _node(session, "session", record.session)
    if record.agenda_item:
        yield work, _mg("agendaItem"), _lit(record.agenda_item)
    if record.original_language:
        yield work, _mg("originalLanguage"), _lit(record.original_language)
    if record.symbol and lang:
        expr = ox.NamedNode(expression_iri(record.symbol, lang))
        yield expr, RDF_TYPE, _mg("Expression")
        yield expr, _mg("expressionOf"), work
        yield work, _mg("hasExpression"), expr
        yield expr, ox.NamedNode(DCT + "language"), _lit(lang)

    source = ox.NamedNode(f"{base}source/{record.sha256 or _digest(record.source)}")
    activity = ox.NamedNode(f"{base}ingest/{_digest(record.source, record.sha256, __version__)}")
    yield source, RDF_TYPE, _mg("SourceFile")
    yield source, _mg("sourcePath"), _lit(record.source)
    if record.sha256:
        yield source, _mg("sha256"), _lit(record.sha256)
    if record.encoding:
        yield source, _mg("encoding"), _lit(record.encoding)
    yield source, ox.NamedNode(DCT + "format"), _lit(record.media_type)
    yield work, ox.NamedNode(PROV + "wasDerivedFrom"), source
    yield activity, RDF_TYPE, _mg("Ingest")
    yield activity, ox.NamedNode(PROV + "used"), source
    yield activity, _mg("extractorVersion"), _lit(record.extractor_version or __version__)

    for ref in record.references:
        yield from _reference(ref, work, activity, lang, base, record)


def _node(node: ox.NamedNode, kind: str, key: str) -> Iterator[tuple]:
    yield node, RDF_TYPE, _mg(_KIND_CLASS.get(kind, "Document"))
    yield node, _mg("key"), _lit(key)


def _reference(
    ref: Reference, work: ox.NamedNode, activity: ox.NamedNode, lang: str | None, base: str,
    record: DocumentRecord,
) -> Iterator[tuple]:
    target = ox.NamedNode(ref.iri)
    yield from _node(target, ref.kind, ref.key)
    if ref.body and ref.kind in ("resolution", "decision", "session", "meeting"):
        body = ox.NamedNode(iri_for("body", ref.body, base))
        yield from _node(body, "body", ref.body)
        yield target, _mg("sessionOf" if ref.kind == "session" else
                          "meetingOf" if ref.kind == "meeting" else "issuedBy"), body
    if ref.date and ref.kind in ("resolution", "decision", "meeting"):
        yield target, ox.NamedNode(DCT + "date"), _date(ref.date)
    if ref.subject:
        subject = ox.NamedNode(iri_for(_subject_kind(ref.subject), ref.subject, base))
        yield from _node(subject, _subject_kind(ref.subject), ref.subject)
    else:
        subject = work
    if subject != target:
        yield subject, _mg(ref.relation), target
        if ref.relation in _MANDATE:
            yield subject, _mg("mandatedBy"), target
        elif ref.relation in _CITATION and ref.relation != "cites":
            yield subject, _mg("cites"), target
    cit = ox.NamedNode(
        f"{base}citation/{_digest(record.source, str(ref.start), str(ref.end), ref.key, ref.relation)}"
    )
    yield cit, RDF_TYPE, _mg("Citation")
    yield cit, ox.NamedNode(CITO + "hasCitingEntity"), work
    yield cit, ox.NamedNode(CITO + "hasCitedEntity"), target
    yield cit, _mg("citationSubject"), subject
    yield cit, _mg("relation"), _mg(ref.relation)
    yield cit, _mg("matchedText"), _lit(ref.text)
    yield cit, _mg("evidence"), _lit(ref.evidence, lang)
    yield cit, _mg("startOffset"), _lit(ref.start)
    yield cit, _mg("endOffset"), _lit(ref.end)
    if ref.rule:
        yield cit, _mg("rule"), _lit(ref.rule)
    yield cit, _mg("confidence"), _lit(float(ref.confidence))
    yield cit, _mg("inFootnote"), _lit(ref.in_footnote)
    yield cit, ox.NamedNode(PROV + "wasGeneratedBy"), activity


def _subject_kind(key: str) -> str:
    """Subjects are bodies (a bare body code) or documents; an act key has a space or /RES/."""
    if " " in key:
        return "decision" if " decision " in key else "resolution" if " resolution " in key else "session"
    if "/RES/" in key:
        return "resolution"
    return "body" if key in known_body_codes() else "document"


@cache
def known_body_codes() -> frozenset[str]:
    """Codes of the bodies in ontology/bodies.ttl: the body list decides what is a body."""
    code = _mg("code")
    return frozenset(q.object.value for q in bodies_graph()[1] if q.predicate == code)


def bodies_graph(base: str = DEFAULT_BASE) -> tuple[str, list[ox.Quad]]:
    """The SKOS body scheme from ontology/bodies.ttl, as its own named graph."""
    g = ox.NamedNode(f"{base}graph/bodies")
    path = ontology_file("bodies.ttl")
    if not path.exists():
        return g.value, []
    triples = ox.parse(path=str(path), format=ox.RdfFormat.TURTLE)
    return g.value, [ox.Quad(t.subject, t.predicate, t.object, g) for t in triples]
