"""The store lookups a chain walk makes: the display facts of a node, its links (from mandate
statements, or from citations when citation relations are asked for) and what states them.

Split from graph/chain/trace.py (the walk itself and the chain's shape); see its notes on cost.
"""

from __future__ import annotations

import os.path
from dataclasses import dataclass

import pyoxigraph as ox

from ..relations import CITATION_RELATIONS, MANDATE_RELATIONS, RELATIONS, STATEMENT_RELATIONS
from ..vocab.iris import CITO, DCT, MG, PROV, RDF_TYPE, RDFS, SKOS
from .statements import FORWARD, STATED_IN, Statement, best_first, statements_at

_KEY = ox.NamedNode(MG + "key")
_CODE = ox.NamedNode(MG + "code")
_CITED = ox.NamedNode(CITO + "hasCitedEntity")
_CITING = ox.NamedNode(CITO + "hasCitingEntity")
_SUBJECT = ox.NamedNode(MG + "citationSubject")
_RELATION = ox.NamedNode(MG + "relation")
_EVIDENCE = ox.NamedNode(MG + "evidence")
_DERIVED = ox.NamedNode(PROV + "wasDerivedFrom")
_SOURCE_PATH = ox.NamedNode(MG + "sourcePath")
_TYPE = ox.NamedNode(RDF_TYPE)
_DATE = ox.NamedNode(DCT + "date")
_TITLES = (ox.NamedNode(DCT + "title"), ox.NamedNode(SKOS + "prefLabel"))
_LABEL = ox.NamedNode(RDFS + "label")  # a body named by its act, an activity: the words used
_CONFIDENCE = ox.NamedNode(MG + "confidence")
# Provenance of text read through OCR: on the ingest that read a statement, on a citation.
_OCR_ENGINE = ox.NamedNode(MG + "ocrEngine")
_FROM_OCR = ox.NamedNode(MG + "fromOcr")
_ISSUED_BY = ox.NamedNode(MG + "issuedBy")
_BODY_LINK = {"session": ox.NamedNode(MG + "sessionOf"), "meeting": ox.NamedNode(MG + "meetingOf")}
# The mandate relations a statement can state (the deprecated cues decides/extends included, so
# that naming them is no error; no statement states them).
_STATED = tuple(dict.fromkeys(STATEMENT_RELATIONS + MANDATE_RELATIONS))
# The materialized super-properties: followed when a store has no sub-property for a link.
_SUPER = {"mandatedBy": _STATED, "cites": CITATION_RELATIONS}
_KIND_ORDER = ("Resolution", "Decision", "Session", "Meeting", "Body", "Activity", "Document")
# A link whose confidence is below this is marked weak (the extractor was unsure).
WEAK_BELOW = 0.6
_KINDS = {MG + cls: (rank, cls.lower()) for rank, cls in enumerate(_KIND_ORDER)}
_CLASSES = tuple(ox.NamedNode(MG + cls) for cls in _KIND_ORDER)
# Dates of a node read one by one before asking the store for the earliest (a query costs about
# as much as a dozen reads).
_FEW_DATES = 16
_MIN_DATE = "SELECT (MIN(STR(?d)) AS ?v) WHERE {{ {node} <" + DCT + "date> ?d }}"
# Siblings in a tree come in this order: the strongest mandate first (establishedBy, requestedBy…).
_RANK = {
    name: i
    for i, name in enumerate(
        dict.fromkeys(STATEMENT_RELATIONS + RELATIONS + tuple(_SUPER) + tuple(FORWARD.values()))
    )
}


@dataclass(frozen=True, slots=True)
class ChainNode:
    """An act, document, session or body in a chain."""

    key: str
    iri: str
    kind: str = "document"
    title: str = ""
    date: str = ""
    body: str = ""


@dataclass(frozen=True, slots=True)
class _Step:
    """One link from a node before it is placed in the walk: its relation, the other end, and
    the statements (mandates) or citations (graph, citation node) that say it."""

    relation: str
    other: str
    statements: tuple[Statement, ...] = ()
    cited: tuple[tuple[ox.NamedNode, ox.NamedNode | None], ...] = ()
    context: bool = False


class _Walker:
    """Targeted pattern lookups with small caches.

    What a lookup costs is mostly the terms it decodes (each quad returned decodes its four
    terms, and on a big store each new term is a disk read), not the lookup itself (a few µs).
    So a link costs one lookup for its statements plus one per statement for its facts, and the
    reached node's key, kind, date, title and body. Facts that many graphs repeat (the type and
    date of an act cited by thousands of documents) are read by bounded lookups, never by
    scanning every graph.
    """

    def __init__(
        self,
        store,
        stated: set[str],
        follow: dict[str, str],
        down: bool,
        min_confidence: float | None = None,
    ):
        self.store = store
        self.stated = stated
        self.follow = follow
        self.down = down
        self.min_confidence = min_confidence
        self.nodes: dict[str, ChainNode] = {}
        self.docs: dict[str, tuple[str, str]] = {}  # graph IRI -> (citing key, date)
        self.keys: dict[str, str] = {}  # body IRI -> code
        self.linked: dict[str, list[_Step]] = {}  # node IRI -> its links (see links())
        self.scanned: dict[str, bool] = {}  # ingest IRI -> it read the text through OCR
        # Predicates to look up: the materialized super-property when every sub-property
        # under it is followed (one lookup instead of six), else each relation itself.
        preds = [
            p
            for p in follow
            if follow[p] in _SUPER and all(MG + sub in follow for sub in _SUPER[follow[p]])
        ]
        covered = {MG + sub for p in preds for sub in _SUPER[follow[p]]}
        self.lookups = [ox.NamedNode(p) for p in preds] + [
            ox.NamedNode(p) for p in follow if p not in covered and p not in preds
        ]

    def _first(self, iri: ox.NamedNode, pred: ox.NamedNode, graph=None) -> str:
        for q in self.store.quads(iri, pred, None, graph):
            return q.object.value
        return ""

    def scan(self, iri: str) -> ChainNode:
        """The display facts of one node (cached): key, kind, date, title, body."""
        node = self.nodes.get(iri)
        if node is not None:
            return node
        n = ox.NamedNode(iri)
        key = self._first(n, _KEY) or self._first(n, _CODE) or iri.rsplit("/", 1)[-1]
        kind = self._kind(n)
        date = self._date(n)
        # A body's name is its SKOS label, anything else's its dct:title: one lookup, not two;
        # a body named by its act and an activity have only the words of the text (rdfs:label).
        titles = [q.object for q in self.store.quads(n, _TITLES[kind == "body"], None)]
        if not titles and (kind == "activity" or key.startswith("body:")):
            titles = [q.object for q in self.store.quads(n, _LABEL, None)]
        title = ""
        if titles:  # English if there is one, else the first in a stable order
            title = min(titles, key=lambda t: (t.language != "en", t.language or "", t.value)).value
        if kind == "body":
            body = key
        else:
            found_body = self._first(n, _BODY_LINK.get(kind, _ISSUED_BY))
            body = self._body_key(found_body) if found_body else ""
        node = ChainNode(key, iri, kind, title, date, body)
        self.nodes[iri] = node
        return node

    def _kind(self, n: ox.NamedNode) -> str:
        """The strongest class of a node, asked class by class, strongest first: every graph
        that cites an act types it again, and a lookup that finds nothing costs less than
        reading one statement."""
        for cls in _CLASSES:
            if next(self.store.quads(n, _TYPE, cls), None) is not None:
                return _KINDS[cls.value][1]
        return "document"

    def _date(self, n: ox.NamedNode) -> str:
        """The earliest date stated for a node; past a few statements the store takes the minimum
        (an act's date is repeated by every document that cites it with its date)."""
        dates: list[str] = []
        for q in self.store.quads(n, _DATE, None):
            if len(dates) == _FEW_DATES:
                rows = self.store.query(_MIN_DATE.format(node=n))
                return next((row[0].value for row in rows if row[0] is not None), min(dates))
            dates.append(q.object.value)
        return min(dates, default="")

    def _body_key(self, iri: str) -> str:
        key = self.keys.get(iri)
        if key is None:
            n = ox.NamedNode(iri)
            key = self._first(n, _KEY) or self._first(n, _CODE) or iri.rsplit("/", 1)[-1]
            self.keys[iri] = key
        return key

    def _confident(self, confidence: float) -> bool:
        return self.min_confidence is None or confidence >= self.min_confidence

    def links(self, iri: str) -> list[_Step]:
        """Every link of a node, strongest relation first (cached: a node at the depth limit is
        asked whether it has links, then maybe again)."""
        found = self.linked.get(iri)
        if found is not None:
            return found
        out = self._mandates(iri) + self._citations(iri)
        out.sort(key=lambda s: (_RANK.get(s.relation, len(_RANK)), self.scan(s.other).key))
        self.linked[iri] = out
        return out

    def _mandates(self, iri: str) -> list[_Step]:
        """Links from statements: up, those whose subject is `iri`; down, whose act is."""
        if not self.stated:
            return []
        grouped: dict[tuple[str, str], list[Statement]] = {}
        for st in statements_at(self.store, iri, as_act=self.down):
            other = st.subject if self.down else st.act
            if st.relation not in self.stated or other == iri or not self._confident(st.confidence):
                continue
            grouped.setdefault((st.relation, other), []).append(st)
        return [_Step(rel, other, tuple(sts)) for (rel, other), sts in grouped.items()]

    def _citations(self, iri: str) -> list[_Step]:
        """Links from citations (only when citation or structure relations are asked for)."""
        n = ox.NamedNode(iri)
        grouped: dict[tuple[str, str], list[tuple[ox.NamedNode, ox.NamedNode | None]]] = {}
        seen: set[tuple[str, str]] = set()
        for pred in self.lookups:
            pattern = (None, pred, n) if self.down else (n, pred, None)
            for q in self.store.quads(*pattern):
                other = q.subject if self.down else q.object
                if not isinstance(other, ox.NamedNode) or other.value == iri:
                    continue
                graph = q.graph_name
                if (other.value, graph.value) in seen:
                    continue  # one graph says it once, even if two predicates carry it
                seen.add((other.value, graph.value))
                subject, target = (other, n) if self.down else (n, other)
                rel, cit = self._citation(subject, target, graph, self.follow[pred.value])
                if cit is not None and self.min_confidence is not None:
                    conf = self._first(cit, _CONFIDENCE, graph)
                    if conf and not self._confident(float(conf)):
                        continue
                grouped.setdefault((rel, other.value), []).append((graph, cit))
        specific = {other for (rel, other) in grouped if rel not in _SUPER}
        return [
            _Step(rel, other, cited=tuple(stated))
            for (rel, other), stated in grouped.items()
            if rel not in _SUPER or other not in specific  # the super-property only as fallback
        ]

    def context(self, iri: str) -> list[_Step]:
        """What an act acted on (the bodies it established, extended or terminated) and what it
        cites with a citation relation ("Recalling …"): shown as context, never followed."""
        out: list[_Step] = []
        grouped: dict[tuple[str, str], list[Statement]] = {}
        for st in statements_at(self.store, iri, as_act=True):
            if (
                st.relation in ("establishedBy", "extendedBy", "terminatedBy")
                and st.subject != iri
                and self._confident(st.confidence)
            ):
                grouped.setdefault((FORWARD[st.relation], st.subject), []).append(st)
        out += [
            _Step(rel, other, tuple(sts), context=True) for (rel, other), sts in grouped.items()
        ]
        cited: dict[tuple[str, str], list] = {}
        for q in self.store.quads(None, _CITING, ox.NamedNode(iri)):
            cit, graph = q.subject, q.graph_name
            rel = self._first(cit, _RELATION, graph)
            name = rel[len(MG) :] if rel.startswith(MG) else ""
            target = self._first(cit, _CITED, graph)
            if name in CITATION_RELATIONS and name != "cites" and target and target != iri:
                cited.setdefault((name, target), []).append((graph, cit))
        out += [
            _Step(rel, other, cited=tuple(c), context=True) for (rel, other), c in cited.items()
        ]
        out.sort(key=lambda s: (_RANK.get(s.relation, len(_RANK)), self.scan(s.other).key))
        return out

    def _citation(
        self, subject: ox.NamedNode, target: ox.NamedNode, graph: ox.NamedNode, fallback: str
    ) -> tuple[str, ox.NamedNode | None]:
        """The relation a graph states between subject and target, and the citation saying so."""
        cits = [q.subject for q in self.store.quads(None, _CITED, target, graph)]
        for cit in cits:
            if len(cits) > 1 and self._first(cit, _SUBJECT, graph) not in ("", subject.value):
                continue
            rel = self._first(cit, _RELATION, graph)
            name = rel[len(MG) :] if rel.startswith(MG) else ""
            if MG + name in self.follow and name not in _SUPER:
                return name, cit
        return fallback, (cits[0] if cits else None)

    def describe(self, step: _Step) -> dict:
        """The ChainLink fields of a step: evidence, stating document and date, how many other
        documents state it, and for a statement its paragraph, until, confidence and words."""
        if step.statements:
            order = lambda s: self._stated_order(s.graph, s.node, STATED_IN)  # noqa: E731
            best = best_first(list(step.statements), order)[0]
            key, date = self._doc(best.graph, best.node, STATED_IN)
            graphs = {s.graph.value for s in step.statements}
            ocr = self._ocr(best.activity)
            return dict(
                evidence=best.evidence,
                source=key,
                date=date,
                also_in=len(graphs) - 1,
                paragraph=best.paragraph,
                until=best.until,
                confidence=best.confidence,
                weak=best.confidence < WEAK_BELOW or ocr,
                mandated=best.subject_text,
                subject_kind=best.subject_kind,
                rule=best.rule,
                context=step.context,
                ocr=ocr,
            )
        stated = list(step.cited)
        if len(stated) > 1:
            stated = sorted(
                {g.value: (g, c) for g, c in stated}.values(),
                key=lambda gc: self._stated_order(gc[0], gc[1], _CITING),
            )
        graph, cit = stated[0]
        key, date = self._doc(graph, cit, _CITING)
        text = self._first(cit, _EVIDENCE, graph) if cit is not None else ""
        ocr = cit is not None and self._first(cit, _FROM_OCR, graph) == "true"
        return dict(
            evidence=" ".join(text.split()),
            source=key,
            date=date,
            also_in=len(stated) - 1,
            context=step.context,
            ocr=ocr,
            weak=ocr,
        )

    def _ocr(self, activity: str) -> bool:
        """Whether the ingest that read a statement read its text through OCR (provenance)."""
        if not activity:
            return False
        found = self.scanned.get(activity)
        if found is None:
            found = bool(self._first(ox.NamedNode(activity), _OCR_ENGINE))
            self.scanned[activity] = found
        return found

    def _stated_order(self, graph: ox.NamedNode, node: ox.NamedNode | None, pred) -> tuple:
        key, date = self._doc(graph, node, pred)
        return date == "", date, key  # earliest first, undated last

    def _doc(self, graph: ox.NamedNode, node: ox.NamedNode | None, pred) -> tuple[str, str]:
        """(key, date) of the document a named graph was built from; for a document without a
        symbol (its key is a hash) the name of its file instead.

        The citation or statement names its document (the graph's document) right beside the
        facts already read about it; the graph's own provenance is read only without one.
        """
        found = self.docs.get(graph.value)
        if found is not None:
            return found
        doc = self._first(node, pred, graph) if node is not None else ""
        if not doc:
            for q in self.store.quads(None, _DERIVED, None, graph):
                doc = q.subject.value
                break
        found = ("", "")
        if doc:
            scanned = self.scan(doc)
            name = scanned.key
            if scanned.iri.endswith("/doc/" + scanned.key):
                for q in self.store.quads(ox.NamedNode(doc), _DERIVED, None, graph):
                    path = self._first(q.object, _SOURCE_PATH, graph)
                    name = os.path.basename(path.rstrip("/")) if path else name
                    break
            found = (name, scanned.date)
        self.docs[graph.value] = found
        return found
