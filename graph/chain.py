"""Mandate chains: what mandated an act, and what mandated that, back to the founding text
(or, downward, everything an act set in motion).

The walk reads the store by pattern lookups only (about ten per link), never the whole graph, so
its cost grows with the chain, not with the store. It is iterative
(chains thousands of links deep need no recursion), shows an act reached by two paths once, and
reports cycles instead of following them. Imports stay light (no rdflib, no networkx): the `chain`
command must start fast.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from pathlib import PurePath

import pyoxigraph as ox

from .errors import UsageError
from .model import CITATION_RELATIONS, MANDATE_RELATIONS, RELATIONS
from .namespaces import CITO, DCT, MG, PROV, RDF_TYPE, SKOS
from .resolve import resolve_key

__all__ = ["Chain", "ChainLink", "ChainNode", "format_chain", "resolve_key", "trace_chain"]

_KEY = ox.NamedNode(MG + "key")
_CODE = ox.NamedNode(MG + "code")
_CITED = ox.NamedNode(CITO + "hasCitedEntity")
_SUBJECT = ox.NamedNode(MG + "citationSubject")
_RELATION = ox.NamedNode(MG + "relation")
_EVIDENCE = ox.NamedNode(MG + "evidence")
_DERIVED = ox.NamedNode(PROV + "wasDerivedFrom")
_SOURCE_PATH = ox.NamedNode(MG + "sourcePath")
_TYPE = ox.NamedNode(RDF_TYPE)
_DATE = ox.NamedNode(DCT + "date")
_TITLES = (ox.NamedNode(DCT + "title"), ox.NamedNode(SKOS + "prefLabel"))
_ISSUED_BY = ox.NamedNode(MG + "issuedBy")
_BODY_LINK = {"session": ox.NamedNode(MG + "sessionOf"), "meeting": ox.NamedNode(MG + "meetingOf")}
# The materialized super-properties: followed when a store has no sub-property for a link.
_SUPER = {"mandatedBy": MANDATE_RELATIONS, "cites": CITATION_RELATIONS}
_KIND_ORDER = ("Resolution", "Decision", "Session", "Meeting", "Body", "Document")
_KINDS = {MG + cls: (rank, cls.lower()) for rank, cls in enumerate(_KIND_ORDER)}
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

    Each lookup costs about 10 µs on an embedded store whatever it returns (decoding terms
    dominates), so a link costs about ten: its edge, the citation giving its relation and
    evidence, the citing document, and the reached act's key, kind, date, title and body.
    """

    def __init__(self, store, follow: dict[str, str], down: bool):
        self.store = store
        self.follow = follow
        self.down = down
        self.nodes: dict[str, ChainNode] = {}
        self.docs: dict[str, tuple[str, str]] = {}  # graph IRI -> (citing key, date)
        self.keys: dict[str, str] = {}  # body IRI -> code
        # Predicates to look up: the materialized super-properties when every sub-property
        # under them is followed (one lookup instead of six), else each relation itself.
        preds = [p for p in follow if follow[p] in _SUPER
                 and all(MG + sub in follow for sub in _SUPER[follow[p]])]
        covered = {MG + sub for p in preds for sub in _SUPER[follow[p]]}
        self.lookups = [ox.NamedNode(p) for p in preds] + [
            ox.NamedNode(p) for p in follow if p not in covered and p not in preds
        ]

    def _first(self, iri: ox.NamedNode, pred: ox.NamedNode) -> str:
        for q in self.store.quads(iri, pred, None):
            return q.object.value
        return ""

    def scan(self, iri: str) -> ChainNode:
        """The display facts of one node (cached): key, kind, date, title, body."""
        node = self.nodes.get(iri)
        if node is not None:
            return node
        n = ox.NamedNode(iri)
        key = self._first(n, _KEY) or self._first(n, _CODE) or iri.rsplit("/", 1)[-1]
        rank, kind = len(_KIND_ORDER), "document"
        for q in self.store.quads(n, _TYPE, None):
            found = _KINDS.get(q.object.value)
            if found and found[0] < rank:
                rank, kind = found
        date = min((q.object.value for q in self.store.quads(n, _DATE, None)), default="")
        # A body's name is its SKOS label, anything else's its dct:title: one lookup, not two.
        titles = list(self.store.quads(n, _TITLES[kind == "body"], None))
        title = ""
        if titles:  # English if there is one, else the first in a stable order
            title = min((q.object for q in titles),
                        key=lambda t: (t.language != "en", t.language or "", t.value)).value
        if kind == "body":
            body = key
        else:
            found_body = self._first(n, _BODY_LINK.get(kind, _ISSUED_BY))
            body = self._body_key(found_body) if found_body else ""
        node = ChainNode(key, iri, kind, title, date, body)
        self.nodes[iri] = node
        return node

    def _body_key(self, iri: str) -> str:
        key = self.keys.get(iri)
        if key is None:
            n = ox.NamedNode(iri)
            key = self._first(n, _KEY) or self._first(n, _CODE) or iri.rsplit("/", 1)[-1]
            self.keys[iri] = key
        return key

    def links(self, iri: str) -> list[tuple[str, str, list[tuple[ox.NamedNode, ox.NamedNode]]]]:
        """(relation, other node, [(graph, citation)]) of every link, strongest relation first."""
        n = ox.NamedNode(iri)
        grouped: dict[tuple[str, str], list[tuple[ox.NamedNode, ox.NamedNode | None]]] = {}
        seen: set[tuple[str, str]] = set()
        for pred in self.lookups:
            pattern = (None, pred, n) if self.down else (n, pred, None)
            for q in self.store.quads(*pattern):
                other = q.subject if self.down else q.object
                if not isinstance(other, ox.NamedNode) or other.value == iri:
                    continue
                if (other.value, q.graph_name.value) in seen:
                    continue  # one graph says it once, even if two predicates carry it
                seen.add((other.value, q.graph_name.value))
                subject, target = (other, n) if self.down else (n, other)
                rel, cit = self._citation(subject, target, q.graph_name, self.follow[pred.value])
                grouped.setdefault((rel, other.value), []).append((q.graph_name, cit))
        specific = {other for (rel, other) in grouped if rel not in _SUPER}
        out = [
            (rel, other, stated)
            for (rel, other), stated in grouped.items()
            if rel not in _SUPER or other not in specific  # the super-property only as fallback
        ]
        out.sort(key=lambda t: (_RANK.get(t[0], len(_RANK)), self.scan(t[1]).key))
        return out

    def _citation(
        self, subject: ox.NamedNode, target: ox.NamedNode, graph: ox.NamedNode, fallback: str
    ) -> tuple[str, ox.NamedNode | None]:
        """The relation a graph states between subject and target, and the citation saying so."""
        cits = [q.subject for q in self.store.quads(None, _CITED, target, graph)]
        for cit in cits:
            if len(cits) > 1 and self._first_in(cit, _SUBJECT, graph) not in ("", subject.value):
                continue
            rel = self._first_in(cit, _RELATION, graph)
            name = rel[len(MG):] if rel.startswith(MG) else ""
            if MG + name in self.follow and name not in _SUPER:
                return name, cit
        return fallback, (cits[0] if cits else None)

    def _first_in(self, node: ox.NamedNode, pred: ox.NamedNode, graph: ox.NamedNode) -> str:
        for q in self.store.quads(node, pred, None, graph):
            return q.object.value
        return ""

    def evidence(self, stated: list[tuple[ox.NamedNode, ox.NamedNode | None]]):
        """(evidence, citing key, date, also_in) from the earliest document stating a link."""
        stated = sorted({g.value: (g, c) for g, c in stated}.values(),
                        key=lambda gc: self._stated_order(gc[0]))
        graph, cit = stated[0]
        key, date = self._doc(graph)
        text = self._first_in(cit, _EVIDENCE, graph) if cit is not None else ""
        return " ".join(text.split()), key, date, len(stated) - 1

    def _stated_order(self, graph: ox.NamedNode) -> tuple[bool, str, str]:
        key, date = self._doc(graph)
        return date == "", date, key  # earliest first, undated last

    def _doc(self, graph: ox.NamedNode) -> tuple[str, str]:
        """(key, date) of the document a named graph was built from; for a document without a
        symbol (its key is a hash) the name of its file instead."""
        found = self.docs.get(graph.value)
        if found is None:
            found = ("", "")
            for q in self.store.quads(None, _DERIVED, None, graph):
                node = self.scan(q.subject.value)
                name = node.key
                if node.iri.endswith("/doc/" + node.key):
                    path = self._first_in(q.object, _SOURCE_PATH, graph)
                    name = PurePath(path).name if path else name
                found = (name, node.date)
                break
            self.docs[graph.value] = found
        return found


def trace_chain(
    store,
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
        evidence, source, date, also_in = walker.evidence(stated)
        level = len(path)
        parent_key = walker.scan(iri).key
        link = ChainLink(parent_key, node.key, rel, level, evidence, source, date, also_in)
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


def format_chain(chain: Chain, fmt: str = "tree") -> str:
    """The chain as a tree (Unicode, for people), json, csv or mermaid."""
    from . import chain_format

    formatters = {
        "tree": chain_format.tree,
        "json": chain_format.as_json,
        "csv": chain_format.as_csv,
        "mermaid": chain_format.mermaid,
    }
    if fmt not in formatters:
        raise UsageError(f"unknown chain format {fmt!r}: use tree, json, csv or mermaid")
    return formatters[fmt](chain)
