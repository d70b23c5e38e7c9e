"""Build stage: turn one DocumentRecord into the quads of its own named graph.

The shape of what is written (see ontology/mandate.ttl and shapes.ttl):
- the document as an FRBR work (its undocs.org IRI, or one minted from its hash) and, when the
  language is known, its language version (expression);
- for every reference, a citation (cito-style): `document --mg:cites--> target` (and the
  citation relation itself, `mg:recalls` ..., or the structure relation, `mg:submittedTo` ...),
  and a `mg:Citation` node (also a cito:Citation) with cito:hasCitingEntity / cito:hasCitedEntity,
  the citing relation (`mg:relation`, the cue: a "pursuant to" cue is kept there) and its
  provenance (source file, offsets, language-tagged evidence, rule, confidence, the ingest
  activity). A reference never makes a mandate edge by itself;
- for every mandate statement, a `mg:MandateStatement` node (subject, relation, act, paragraph,
  until, reporting target, evidence, rule, confidence, spans, provenance) and the edges
  `subject --mg:{relation}--> act` and `subject --mg:mandatedBy--> act`: the only source of
  mg:mandatedBy, so that `mg:mandatedBy+` traces chains without a reasoner;
- `mg:key` on every document, act, session, meeting, body and activity; `mg:issuedBy` links acts
  to bodies;
- the source file (path, SHA-256, encoding) and the ingest activity (PROV-O).

Every node has an IRI (no blank nodes) computed from content only, and nothing depends on the
clock, so building the same record twice gives the same quads in the same order.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterator
from datetime import date
from functools import cache, lru_cache
from typing import cast

import pyoxigraph as ox

from .model import CITATION_RELATIONS, MANDATE_RELATIONS, DocumentRecord, Mandate, Reference
from .version import __version__
from .vocab.iris import DEFAULT_BASE
from .vocab.iris import MG as MG_NS
from .vocab.keys import BODY_BY, expression_iri, iri_for
from .vocab.ontology import ontology_file

XSD = "http://www.w3.org/2001/XMLSchema#"
DCT = "http://purl.org/dc/terms/"
PROV = "http://www.w3.org/ns/prov#"
CITO = "http://purl.org/spar/cito/"
RDFS_LABEL = "http://www.w3.org/2000/01/rdf-schema#label"
RDF_TYPE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")

_KIND_CLASS = {
    "resolution": "Resolution",
    "decision": "Decision",
    "document": "Document",
    "session": "Session",
    "meeting": "Meeting",
    "body": "Body",
    "unresolved": "Unresolved",
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
# A session key: "CTOC/COP session 7" -> body "CTOC/COP", number 7
_SESSION_KEY = re.compile(r"^(?P<body>\S+) session (?P<number>\d+)$")
# "A meeting 2025-11-24"
_MEETING_KEY = re.compile(r"^(?P<body>\S+) meeting (?P<date>\d{4}-\d\d-\d\d)$")
# A BCP 47 language tag as RDF accepts it: "ru", "zh-Hans"
_LANG_TAG = re.compile(r"^[A-Za-z]{1,8}(?:-[A-Za-z0-9]{1,8})*$")
# UTF-16 surrogate code points: a Python str may hold them, RDF text cannot ("\udc80")
_SURROGATE = re.compile("[\ud800-\udfff]")


@cache
def _mg(term: str) -> ox.NamedNode:
    return ox.NamedNode(MG_NS + term)


# Bounded: the vocabulary, bodies and the acts a corpus cites recur, and stay; an unbounded cache
# kept every IRI a build ever made (each citation's and statement's own: ~0.5 KB apiece, 500 MB
# at 100,000 documents). The IRIs minted for one document or statement are not cached at all.
@lru_cache(maxsize=1 << 14)
def _iri(iri: str) -> ox.NamedNode:
    return ox.NamedNode(iri)


def _clean(value: str) -> str:
    """Text RDF can carry: each lone surrogate becomes U+FFFD (one code point for one, so the
    offsets of a reference still fit its matched text)."""
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return _SURROGATE.sub("\ufffd", value)
    return value


def _lit(value: str | int | bool, lang: str | None = None) -> ox.Literal:
    if isinstance(value, bool):
        return ox.Literal("true" if value else "false", datatype=_iri(XSD + "boolean"))
    if isinstance(value, int):
        return ox.Literal(str(value), datatype=_iri(XSD + "integer"))
    text = _clean(value)
    return ox.Literal(text, language=lang) if lang else ox.Literal(text)


def _decimal(value: float) -> ox.Literal:
    """A confidence as xsd:decimal in [0, 1], in the canonical form a store keeps ("0.95", "1"),
    so that the quads built equal the quads stored."""
    clamped = min(max(float(value), 0.0), 1.0)
    text = f"{clamped:.4f}".rstrip("0").rstrip(".")
    return ox.Literal(text or "0", datatype=_iri(XSD + "decimal"))


def _date(value: str | None) -> ox.Literal | None:
    """An xsd:date for a valid ISO date ("2014-06-12"); None for anything else, never a guess."""
    if not value:
        return None
    try:
        return ox.Literal(date.fromisoformat(value).isoformat(), datatype=_iri(XSD + "date"))
    except ValueError:
        return None


def _lang(language: str | None) -> str | None:
    return language if language and _LANG_TAG.match(language) else None


def _digest(*parts: str) -> str:
    return hashlib.sha256("\x1f".join(parts).encode("utf-8", "surrogatepass")).hexdigest()[:24]


def graph_iri(source: str, base: str = DEFAULT_BASE) -> str:
    """The named graph that holds everything learned from one source file."""
    return f"{base}graph/{_digest(source)}"


def document_iri(record: DocumentRecord, base: str = DEFAULT_BASE) -> str:
    """The work IRI of the citing document: its symbol's undocs.org address, else a minted one."""
    if record.symbol:
        kind = record.doc_kind if record.doc_kind in ("resolution", "decision") else "document"
        return iri_for(kind, record.symbol, base)
    return f"{base}doc/{record.sha256[:24] or _digest(record.source)}"


def build_graph(record: DocumentRecord, base: str = DEFAULT_BASE) -> tuple[str, list[ox.Quad]]:
    """The named graph IRI for `record` and all its quads (no duplicates, in a stable order)."""
    g = ox.NamedNode(graph_iri(record.source, base))
    triples = dict.fromkeys(_triples(record, base))  # keeps the first of each, in order
    return g.value, [ox.Quad(s, p, o, g) for s, p, o in triples]


def _triples(record: DocumentRecord, base: str) -> Iterator[tuple]:
    work = _iri(document_iri(record, base))
    lang = _lang(record.language)
    yield work, RDF_TYPE, _mg("Document")
    if record.doc_kind in _DOC_KIND_CLASS:
        yield work, RDF_TYPE, _mg(_DOC_KIND_CLASS[record.doc_kind])
    yield work, _mg("key"), _lit(record.symbol or work.value.rsplit("/", 1)[-1])
    if record.symbol:
        yield work, _mg("symbol"), _lit(record.symbol)
    if record.title:
        yield work, _iri(DCT + "title"), _lit(record.title, lang)
    # An act's date is its adoption (what citing texts give: "resolution 76/245 of 24 December
    # 2021"); the header's distribution date is dcterms:issued.
    if (when := _date(record.adopted or record.date)) is not None:
        yield work, _iri(DCT + "date"), when
    if record.adopted and (issued := _date(record.date)) is not None:
        yield work, _iri(DCT + "issued"), issued
    if record.doc_kind:
        yield work, _mg("documentKind"), _lit(record.doc_kind)
    if record.body:
        body = _iri(iri_for("body", record.body, base))
        yield work, _mg("issuedBy"), body
        yield from _node(body, "body", record.body, base)
    if record.session:
        session = _iri(iri_for("session", record.session, base))
        yield work, _mg("adoptedAt"), session
        yield from _node(session, "session", record.session, base)
    if record.meeting:  # the plenary meeting an act was adopted at (its closing line)
        meeting = _iri(iri_for("meeting", record.meeting, base))
        yield work, _mg("adoptedAt"), meeting
        yield from _node(meeting, "meeting", record.meeting, base)
    if record.agenda_item:
        yield work, _mg("agendaItem"), _lit(record.agenda_item)
    if record.original_language:
        yield work, _mg("originalLanguage"), _lit(record.original_language)
    if record.symbol and lang:
        expr = _iri(expression_iri(record.symbol, lang))
        yield expr, RDF_TYPE, _mg("Expression")
        yield expr, _mg("expressionOf"), work
        yield work, _mg("hasExpression"), expr
        yield expr, _iri(DCT + "language"), _lit(lang)

    source = ox.NamedNode(f"{base}source/{record.sha256 or _digest(record.source)}")
    version = record.extractor_version or __version__
    activity = ox.NamedNode(f"{base}ingest/{_digest(record.source, record.sha256, version)}")
    yield source, RDF_TYPE, _mg("SourceFile")
    yield source, RDF_TYPE, _iri(PROV + "Entity")
    yield source, _mg("sourcePath"), _lit(record.source)
    if record.sha256:
        yield source, _mg("sha256"), _lit(record.sha256)
    if record.encoding:
        yield source, _mg("encoding"), _lit(record.encoding)
    yield source, _iri(DCT + "format"), _lit(record.media_type)
    yield work, _iri(PROV + "wasDerivedFrom"), source
    yield activity, RDF_TYPE, _mg("Ingest")
    yield activity, RDF_TYPE, _iri(PROV + "Activity")
    yield activity, _iri(PROV + "used"), source
    yield activity, _mg("extractorVersion"), _lit(version)
    if record.symbol_source:  # the symbol is not in the text: say where it came from
        yield activity, _mg("symbolSource"), _lit(record.symbol_source)

    if record.ocr:  # the text was read through OCR: by what, and the text itself (offsets)
        yield activity, _mg("ocrEngine"), _lit(record.ocr)
        if record.ocr_text is not None:
            yield source, _mg("ocrText"), _lit(record.ocr_text)
    for ref in record.references:
        yield from _reference(ref, work, source, activity, lang, base, record.source)
    for mandate in record.mandates:
        yield from _statement(mandate, record, work, source, activity, lang, base)
    for part in record.parts:  # the acts of a compilation, each its own act from this source
        yield from _triples(part, base)
        yield _iri(document_iri(part, base)), _iri(DCT + "isPartOf"), work


def _node(node: ox.NamedNode, kind: str, key: str, base: str) -> Iterator[tuple]:
    """The type and key of a thing named by a key; a session also gets its body and number."""
    yield node, RDF_TYPE, _mg(_KIND_CLASS.get(kind, "Unresolved"))
    yield node, _mg("key"), _lit(key)
    if kind == "session" and (m := _SESSION_KEY.match(key)):
        body = _iri(iri_for("body", m["body"], base))
        yield node, _mg("sessionOf"), body
        yield node, _mg("sessionNumber"), _lit(int(m["number"]))
        yield body, RDF_TYPE, _mg("Body")
        yield body, _mg("key"), _lit(m["body"])
    if kind == "meeting" and (m := _MEETING_KEY.match(key)):
        body = _iri(iri_for("body", m["body"], base))
        yield node, _mg("meetingOf"), body
        if (when := _date(m["date"])) is not None:
            yield node, _iri(DCT + "date"), when
        yield body, RDF_TYPE, _mg("Body")
        yield body, _mg("key"), _lit(m["body"])


def _reference(
    ref: Reference,
    work: ox.NamedNode,
    source: ox.NamedNode,
    activity: ox.NamedNode,
    lang: str | None,
    base: str,
    path: str,
) -> Iterator[tuple]:
    target = _iri(ref.iri)
    yield from _node(target, ref.kind, ref.key, base)
    if ref.body and ref.kind in ("resolution", "decision", "session", "meeting"):
        body = _iri(iri_for("body", ref.body, base))
        yield from _node(body, "body", ref.body, base)
        link = {"session": "sessionOf", "meeting": "meetingOf"}.get(ref.kind, "issuedBy")
        yield target, _mg(link), body
    if ref.kind in ("resolution", "decision", "meeting") and (when := _date(ref.date)) is not None:
        yield target, _iri(DCT + "date"), when
    # The citing document's own relation to the target (see Reference.doc_relation). A mandate
    # cue stays on the citation as its characterization; the mandate itself is a statement's.
    relation = ref.doc_relation or ref.relation
    if work != target:
        if relation in _CITATION:
            yield work, _mg(relation), target
            yield work, _mg("cites"), target
        elif relation in _MANDATE:
            yield work, _mg("cites"), target
        else:  # a structure relation: submittedTo, reportOf, mentions ...
            yield work, _mg(relation), target
    cit = ox.NamedNode(
        f"{base}citation/"
        + _digest(path, str(ref.start), str(ref.end), ref.key, ref.relation, ref.subject or "")
    )
    yield cit, RDF_TYPE, _mg("Citation")
    yield cit, RDF_TYPE, _iri(CITO + "Citation")
    yield cit, _iri(CITO + "hasCitingEntity"), work
    yield cit, _iri(CITO + "hasCitedEntity"), target
    yield cit, _mg("citationSubject"), work
    yield cit, _mg("relation"), _mg(relation)
    yield cit, _mg("matchedText"), _lit(ref.text)
    yield cit, _mg("evidence"), _lit(ref.evidence or ref.text, lang)
    yield cit, _mg("startOffset"), _lit(ref.start)
    yield cit, _mg("endOffset"), _lit(ref.end)
    if ref.rule:
        yield cit, _mg("rule"), _lit(ref.rule)
    yield cit, _mg("confidence"), _decimal(ref.confidence)
    yield cit, _mg("inFootnote"), _lit(ref.in_footnote)
    if ref.ocr:
        yield cit, _mg("fromOcr"), _lit(True)
    if ref.confusables:
        yield cit, _mg("confusables"), _lit(ref.confusables)
    yield cit, _mg("sourceFile"), source
    yield cit, _iri(PROV + "wasGeneratedBy"), activity


def _statement(
    m: Mandate,
    record: DocumentRecord,
    work: ox.NamedNode,
    source: ox.NamedNode,
    activity: ox.NamedNode,
    lang: str | None,
    base: str,
) -> Iterator[tuple]:
    """A mandate statement: its node in the citing document's graph, the mandated thing, the
    act, and the two edges (the specific relation and mg:mandatedBy) it is the source of."""
    subject = yield from _mandated(m, record, work, lang, base)
    if m.act is None:  # a forward statement of a document without a key: the document itself
        act = work
    else:
        kind = subject_kind(m.act)
        act = _iri(iri_for(kind, m.act, base))
        yield from _node(act, kind, m.act, base)
    st = ox.NamedNode(
        f"{base}statement/"
        + _digest(
            record.source,
            m.subject_kind,
            m.subject or "",
            str(m.subject_start),
            str(m.subject_end),
            m.relation,
            m.act or "",
            str(m.act_start),
            str(m.act_end),
            m.paragraph or "",
        )
    )
    yield st, RDF_TYPE, _mg("MandateStatement")
    yield st, RDF_TYPE, _iri(PROV + "Entity")
    yield st, _mg("statementSubject"), subject
    yield st, _mg("statementRelation"), _mg(m.relation)
    yield st, _mg("mandatingAct"), act
    yield st, _mg("statedIn"), work
    yield st, _mg("subjectKind"), _lit(m.subject_kind)
    if m.subject_text:
        yield st, _mg("subjectText"), _lit(m.subject_text, lang)
    for name, value in (
        ("subjectStart", m.subject_start),
        ("subjectEnd", m.subject_end),
        ("actStart", m.act_start),
        ("actEnd", m.act_end),
    ):
        if value is not None:
            yield st, _mg(name), _lit(int(value))
    if m.paragraph:
        yield st, _mg("paragraph"), _lit(m.paragraph)
    if (until := _date(m.until)) is not None:
        yield st, _mg("until"), until
    if m.target:
        yield st, _mg("reportingTarget"), _lit(m.target)
    yield st, _mg("evidence"), _lit(m.evidence or m.subject_text or m.relation, lang)
    if m.rule:
        yield st, _mg("rule"), _lit(m.rule)
    yield st, _mg("confidence"), _decimal(m.confidence)
    yield st, _mg("sourceFile"), source
    yield st, _iri(PROV + "wasGeneratedBy"), activity
    if subject != act:
        yield subject, _mg(m.relation), act
        yield subject, _mg("mandatedBy"), act


def _mandated(m: Mandate, record: DocumentRecord, work: ox.NamedNode, lang: str | None, base: str):
    """Yield the triples of the mandated thing's node; return the node.

    self: the citing document's work; body: the body of that code (or "body:<act key>");
    document: the work of that symbol; activity (or a body or document the text names without a
    key): a node minted from the citing document and the span, labelled with the words.
    """
    if m.subject_kind == "self":
        return work
    if m.subject and m.subject_kind in ("body", "document"):
        kind = "body" if m.subject_kind == "body" else subject_kind(m.subject)
        node = _iri(iri_for(kind, m.subject, base))
        yield from _node(node, kind, m.subject, base)
        if kind == "body" and m.subject_text and m.subject.startswith(BODY_BY):
            yield node, _iri(RDFS_LABEL), _lit(m.subject_text, lang)
        return node
    doc_key = record.symbol or work.value.rsplit("/", 1)[-1]
    span = f"{m.subject_start}-{m.subject_end}"
    folder = {"body": "body/stated", "document": "doc/stated"}.get(m.subject_kind, "activity")
    node = ox.NamedNode(f"{base}{folder}/{_digest(work.value, span)}")
    cls = {"body": "Body", "document": "Document"}.get(m.subject_kind, "Activity")
    yield node, RDF_TYPE, _mg(cls)
    yield node, _mg("key"), _lit(f"{m.subject_kind}:{doc_key}@{span}")
    if m.subject_text:
        yield node, _iri(RDFS_LABEL), _lit(m.subject_text, lang)
    return node


def subject_kind(key: str) -> str:
    """The kind of a relation's subject from its key: an act key has a space or /RES/ or /DEC/,
    a bare code from the body list is a body, anything else a document symbol."""
    if " " in key:
        for kind in ("decision", "resolution", "session", "meeting"):
            if f" {kind} " in key or key.startswith(f"{kind} "):  # "decision 12/CP.24"
                return kind
        return "unresolved"
    if "/RES/" in key:
        return "resolution"
    if "/DEC/" in key:
        return "decision"
    return "body" if key in known_body_codes() else "document"


@cache
def known_body_codes() -> frozenset[str]:
    """Codes of the bodies in ontology/bodies.ttl: the body list decides what is a body."""
    code = _mg("code")
    return frozenset(
        cast(ox.Literal, q.object).value for q in bodies_graph()[1] if q.predicate == code
    )


def bodies_graph(base: str = DEFAULT_BASE) -> tuple[str, list[ox.Quad]]:
    """The SKOS body scheme from ontology/bodies.ttl, as its own named graph.

    Each body also gets `mg:key` (its code), like every other node of the graph.
    """
    g = _iri(f"{base}graph/bodies")
    path = ontology_file("bodies.ttl")
    if not path.exists():
        return g.value, []
    triples = list(ox.parse(path=str(path), format=ox.RdfFormat.TURTLE))
    code, key = _mg("code"), _mg("key")
    keyed = {t.subject for t in triples if t.predicate == key}
    triples += [
        ox.Triple(t.subject, key, t.object)
        for t in triples
        if t.predicate == code and t.subject not in keyed
    ]
    return g.value, [ox.Quad(t.subject, t.predicate, t.object, g) for t in triples]
