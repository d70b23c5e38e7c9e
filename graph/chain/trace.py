"""Mandate chains: what mandated an act, and what mandated that, back to the founding text
(or, downward, everything an act set in motion).

The walk reads the store by pattern lookups (about ten per link, each returning one statement),
never the whole graph, so its cost grows with the chain, not with the store; facts that every
citing document repeats (an act's classes and dates) are read by bounded lookups. It is iterative
(chains thousands of links deep need no recursion), shows an act reached by two paths once, and
reports cycles instead of following them. Imports stay light (no rdflib, no networkx): the `chain`
command must start fast.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from pathlib import PurePath
from typing import TYPE_CHECKING

import pyoxigraph as ox

from ..errors import UsageError
from ..model import CITATION_RELATIONS, MANDATE_RELATIONS, RELATIONS
from ..query.resolve import resolve_key
from ..vocab import terms
from ..vocab.iris import DCT, MG

if TYPE_CHECKING:
    from ..store.protocol import GraphStore

__all__ = ["Chain", "ChainLink", "ChainNode", "trace_chain"]

_KEY, _CODE, _TYPE, _DATE = terms.KEY, terms.CODE, terms.TYPE, terms.DATE
_ISSUED_BY = terms.ISSUED_BY
_CITED, _CITING, _SUBJECT = terms.CITED, terms.CITING, terms.SUBJECT
_RELATION, _EVIDENCE = terms.RELATION, terms.EVIDENCE
_DERIVED, _SOURCE_PATH = terms.DERIVED, terms.SOURCE_PATH
_TITLES = (terms.TITLE, terms.PREF_LABEL)
_BODY_LINK = {"session": terms.SESSION_OF, "meeting": terms.MEETING_OF}
_FROM_OCR = ox.NamedNode(MG + "fromOcr")
# The materialized super-properties: followed when a store has no sub-property for a link.
_SUPER = {"mandatedBy": MANDATE_RELATIONS, "cites": CITATION_RELATIONS}
_KINDS = {MG + cls: (rank, cls.lower()) for rank, cls in enumerate(terms.KIND_ORDER)}
_CLASSES = terms.KIND_CLASSES
# Dates of a node read one by one before asking the store for the earliest (a query costs about
# as much as a dozen reads).
_FEW_DATES = 16
_MIN_DATE = "SELECT (MIN(STR(?d)) AS ?v) WHERE {{ {node} <" + DCT + "date> ?d }}"
# Siblings in a tree come in this order: the strongest mandate first (establishedBy, requestedBy…).
_RANK = {name: i for i, name in enumerate(RELATIONS + tuple(_SUPER))}


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
class ChainLink:
    """One step of the walk: `parent` reaches `key` by `relation`.

    Upward, `parent --relation--> key` (the parent was mandated by key); downward,
    `key --relation--> parent` (key was mandated by the parent). `source` is the document that
    states the link, `date` that document's date, `also_in` how many other documents state it.
    """

    parent: str
    key: str
    relation: str
    depth: int
    evidence: str = ""
    source: str = ""
    date: str = ""
    also_in: int = 0
    repeat: bool = False  # key was already reached by another path: shown once, not expanded
    cycle: bool = False  # key is on the path from the root to here: not followed
    more: bool = False  # key has further links beyond the depth limit
    ocr: bool = False  # the evidence was read through OCR from a scan (lower confidence)


@dataclass(slots=True)
class Chain:
    """A traced chain: the root, every node by key, and the links in tree (depth-first) order."""

    root: ChainNode
    down: bool
    relations: tuple[str, ...]
    depth: int | None
    nodes: dict[str, ChainNode] = field(default_factory=dict)
    links: list[ChainLink] = field(default_factory=list)
    cycles: list[tuple[str, ...]] = field(default_factory=list)

    @property
    def repeats(self) -> list[ChainLink]:
        return [link for link in self.links if link.repeat]

    @property
    def truncated(self) -> bool:
        return any(link.more for link in self.links)


# -- walking ----------------------------------------------------------------------------------
def _relation_iris(relations: Iterable[str] | None) -> tuple[tuple[str, ...], dict[str, str]]:
    """The relation names asked for and {predicate IRI: name} to follow, super-properties included
    (a link stated only as mg:mandatedBy is still a link)."""
    names: tuple[str, ...]
    if relations is None:
        names = ("mandatedBy",)
    else:
        names = tuple(dict.fromkeys(r.strip() for r in relations if r.strip()))
        bad = [r for r in names if r not in RELATIONS and r not in _SUPER]
        if bad or not names:
            raise UsageError(
                f"unknown relation {', '.join(bad) or '(none)'}: use mandatedBy, cites or one of "
                + ", ".join(RELATIONS)
            )
    follow: dict[str, str] = {}
    for name in names:
        for sub in _SUPER.get(name, (name,)):
            follow[MG + sub] = sub
        if name in _SUPER:
            follow[MG + name] = name
    return names, follow


class _Walker:
    """Targeted pattern lookups with small caches.

    What a lookup costs is mostly the terms it decodes (each quad returned decodes its four
    terms, and on a big store each new term is a disk read), not the lookup itself (a few µs).
    So a link costs one lookup per fact it needs, each returning one quad: its edge, the
    citation stating it (relation, evidence, citing document) and the reached act's key, kind,
    date, title and body. Facts that many graphs repeat (the type and date of an act cited by
    thousands of documents) are read by bounded lookups, never by scanning every graph.
    """

    def __init__(self, store: GraphStore, follow: dict[str, str], down: bool):
        self.store = store
        self.follow = follow
        self.down = down
        self.nodes: dict[str, ChainNode] = {}
        self.docs: dict[str, tuple[str, str]] = {}  # graph IRI -> (citing key, date)
        self.keys: dict[str, str] = {}  # body IRI -> code
        self.linked: dict[str, list] = {}  # node IRI -> its links (see links())
        # Predicates to look up: the materialized super-properties when every sub-property
        # under them is followed (one lookup instead of six), else each relation itself.
        preds = [p for p in follow if follow[p] in _SUPER
                 and all(MG + sub in follow for sub in _SUPER[follow[p]])]
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
        # A body's name is its SKOS label, anything else's its dct:title: one lookup, not two.
        titles = [q.object for q in self.store.quads(n, _TITLES[kind == "body"], None)]
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

    def links(
        self, iri: str
    ) -> list[tuple[str, str, list[tuple[ox.NamedNode, ox.NamedNode | None]]]]:
        """(relation, other node, [(graph, citation)]) of every link, strongest relation first
        (cached: a node at the depth limit is asked whether it has links, then maybe again)."""
        found = self.linked.get(iri)
        if found is not None:
            return found
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
                grouped.setdefault((rel, other.value), []).append((graph, cit))
        specific = {other for (rel, other) in grouped if rel not in _SUPER}
        out = [
            (rel, other, stated)
            for (rel, other), stated in grouped.items()
            if rel not in _SUPER or other not in specific  # the super-property only as fallback
        ]
        out.sort(key=lambda t: (_RANK.get(t[0], len(_RANK)), self.scan(t[1]).key))
        self.linked[iri] = out
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
            name = rel[len(MG):] if rel.startswith(MG) else ""
            if MG + name in self.follow and name not in _SUPER:
                return name, cit
        return fallback, (cits[0] if cits else None)

    def evidence(self, stated: list[tuple[ox.NamedNode, ox.NamedNode | None]]):
        """(evidence, citing key, date, also_in, from OCR) from the earliest document stating a
        link."""
        if len(stated) > 1:
            stated = sorted({g.value: (g, c) for g, c in stated}.values(),
                            key=lambda gc: self._stated_order(*gc))
        graph, cit = stated[0]
        key, date = self._doc(graph, cit)
        text = self._first(cit, _EVIDENCE, graph) if cit is not None else ""
        ocr = cit is not None and self._first(cit, _FROM_OCR, graph) == "true"
        return " ".join(text.split()), key, date, len(stated) - 1, ocr

    def _stated_order(self, graph: ox.NamedNode, cit: ox.NamedNode | None) -> tuple:
        key, date = self._doc(graph, cit)
        return date == "", date, key  # earliest first, undated last

    def _doc(self, graph: ox.NamedNode, cit: ox.NamedNode | None) -> tuple[str, str]:
        """(key, date) of the document a named graph was built from; for a document without a
        symbol (its key is a hash) the name of its file instead.

        The citation names its citing document (the graph's document) right beside the facts
        already read about it; the graph's own provenance is read only without a citation.
        """
        found = self.docs.get(graph.value)
        if found is not None:
            return found
        doc = self._first(cit, _CITING, graph) if cit is not None else ""
        if not doc:
            for q in self.store.quads(None, _DERIVED, None, graph):
                doc = q.subject.value
                break
        found = ("", "")
        if doc:
            node = self.scan(doc)
            name = node.key
            if node.iri.endswith("/doc/" + node.key):
                for q in self.store.quads(ox.NamedNode(doc), _DERIVED, None, graph):
                    path = self._first(q.object, _SOURCE_PATH, graph)
                    name = PurePath(path).name if path else name
                    break
            found = (name, node.date)
        self.docs[graph.value] = found
        return found


def trace_chain(
    store: GraphStore,
    key: str,
    *,
    down: bool = False,
    depth: int | None = None,
    relations: Iterable[str] | None = None,
) -> Chain:
    """What mandated `key`, and what mandated that (or, with `down`, what it mandated).

    depth: follow at most that many links. relations: follow only these (default: every mandate
    relation, i.e. the sub-properties of mg:mandatedBy; "cites" follows citations instead).
    """
    if depth is not None and depth < 0:
        raise UsageError(f"--depth {depth}: give 0 or more links")
    names, follow = _relation_iris(relations)
    walker = _Walker(store, follow, down)
    root_iri = resolve_key(store, key)
    root = walker.scan(root_iri)
    chain = Chain(root, down, names, depth, nodes={root.key: root})
    path = [root_iri]  # the acts from the root to the one being expanded
    on_path = {root_iri}
    expanded = {root_iri}
    stack = [(root_iri, iter(walker.links(root_iri)))] if depth != 0 else []
    while stack:  # depth-first, iterative: no recursion limit on long chains
        iri, pending = stack[-1]
        step = next(pending, None)
        if step is None:
            stack.pop()
            on_path.discard(path.pop())
            continue
        rel, other, stated = step
        node = walker.scan(other)
        chain.nodes.setdefault(node.key, node)
        evidence, source, date, also_in, ocr = walker.evidence(stated)
        level = len(path)
        parent_key = walker.scan(iri).key
        link = ChainLink(
            parent_key, node.key, rel, level, evidence, source, date, also_in, ocr=ocr
        )
        if other in on_path:
            cycle_from = path.index(other)
            chain.cycles.append(tuple(walker.scan(p).key for p in path[cycle_from:]) + (node.key,))
            chain.links.append(replace(link, cycle=True))
        elif other in expanded:
            chain.links.append(replace(link, repeat=True))
        elif depth is not None and level >= depth:
            expanded.add(other)
            chain.links.append(replace(link, more=bool(walker.links(other))))
        else:
            expanded.add(other)
            chain.links.append(link)
            path.append(other)
            on_path.add(other)
            stack.append((other, iter(walker.links(other))))
    return chain
