"""Mandate chains: what mandated a document, body or act, and what mandated that, back to the
founding text (or, downward, everything an act set in motion).

A mandate link is a mandate statement (graph/chain/statements.py): "the report was requested by
resolution 77/260, paragraph 5", "the working group was extended by resolution 77/260,
paragraph 3, until 31 December 2024". References are never mandate links; asked for, they are
followed as citations (`relations=["cites"]`) or shown as context. docs/chain.md gives the walk.

The walk reads the store by pattern lookups (a few per link), never the whole graph, so its cost
grows with the chain, not with the store; facts that every citing document repeats (an act's
classes and dates) are read by bounded lookups. It is iterative (chains thousands of links deep
need no recursion), shows an act reached by two paths once, and reports cycles instead of
following them. Imports stay light (no rdflib, no networkx): the `chain` command must start fast.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, replace

from ..errors import UsageError
from ..query.resolve import resolve_key
from ..relations import RELATIONS, STATEMENT_RELATIONS
from ..vocab.iris import MG
from .walk import _STATED, _SUPER, ChainNode, _Walker

TYPE_CHECKING = False  # (as typing.TYPE_CHECKING, without importing typing: see graph/launch.py)
if TYPE_CHECKING:
    from ..store.protocol import GraphStore

__all__ = ["Chain", "ChainLink", "ChainNode", "trace_chain"]


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
    paragraph: str = ""  # the act's operative paragraph that gives the mandate
    until: str = ""  # the date the mandate runs until (ISO)
    confidence: float | None = None  # the extractor's confidence in the statement
    weak: bool = False  # confidence below the weak threshold
    context: bool = False  # not a mandate: what the act acted on, or what it recalls
    mandated: str = ""  # what was mandated, in the words of the text ("The present report")
    subject_kind: str = ""  # what kind of thing was mandated: self, body, document or activity
    rule: str = ""  # the extraction rule that made the statement
    ocr: bool = False  # the evidence was read through OCR from a scan (lower confidence)


@dataclass(slots=True)
class Chain:
    """A traced chain: the root, every node by key, and the links in tree (depth-first) order."""

    root: ChainNode
    down: bool
    relations: tuple[str, ...]
    depth: int | None
    min_confidence: float | None = None
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
def _relation_iris(relations: Iterable[str] | None) -> tuple[tuple[str, ...], set[str], dict]:
    """The relation names asked for, the statement relations to follow and {predicate IRI: name}
    of the citation or structure relations to follow (super-properties included)."""
    names: tuple[str, ...]
    if relations is None:
        names = ("mandatedBy",)
    else:
        names = tuple(dict.fromkeys(r.strip() for r in relations if r.strip()))
        bad = [r for r in names if r not in RELATIONS and r not in _SUPER and r not in _STATED]
        if bad or not names:
            raise UsageError(
                f"unknown relation {', '.join(bad) or '(none)'}: use mandatedBy, cites or one of "
                + ", ".join(dict.fromkeys(STATEMENT_RELATIONS + RELATIONS))
            )
    stated: set[str] = set()
    follow: dict[str, str] = {}
    for name in names:
        if name == "mandatedBy" or name in _STATED:
            stated.update(_SUPER["mandatedBy"] if name == "mandatedBy" else (name,))
            continue
        for sub in _SUPER.get(name, (name,)):
            follow[MG + sub] = sub
        if name in _SUPER:
            follow[MG + name] = name
    return names, stated, follow


def trace_chain(
    store: GraphStore,
    key: str,
    *,
    down: bool = False,
    depth: int | None = None,
    relations: Iterable[str] | None = None,
    min_confidence: float | None = None,
    context: bool = False,
) -> Chain:
    """What mandated `key`, and what mandated that (or, with `down`, what it mandated).

    depth: follow at most that many links. relations: follow only these (default: every mandate
    relation of the statements, i.e. the sub-properties of mg:mandatedBy; "cites" follows
    citations instead). min_confidence: leave out links stated with less confidence.
    context: upward, also show (never follow) what each act acted on and what it recalls.
    """
    if depth is not None and depth < 0:
        raise UsageError(f"--depth {depth}: give 0 or more links")
    if min_confidence is not None and not 0 <= min_confidence <= 1:
        raise UsageError(f"--min-confidence {min_confidence}: give a number from 0 to 1")
    names, stated, follow = _relation_iris(relations)
    walker = _Walker(store, stated, follow, down, min_confidence)
    root_iri = resolve_key(store, key)
    root = walker.scan(root_iri)
    chain = Chain(root, down, names, depth, min_confidence, nodes={root.key: root})
    path = [root_iri]  # the nodes from the root to the one being expanded
    on_path = {root_iri}
    expanded = {root_iri}

    def steps(iri: str):
        found = walker.links(iri)
        return iter(found + walker.context(iri)) if context and not down else iter(found)

    stack = [(root_iri, steps(root_iri))] if depth != 0 else []
    while stack:  # depth-first, iterative: no recursion limit on long chains
        iri, pending = stack[-1]
        step = next(pending, None)
        if step is None:
            stack.pop()
            on_path.discard(path.pop())
            continue
        node = walker.scan(step.other)
        chain.nodes.setdefault(node.key, node)
        level = len(path)
        parent_key = walker.scan(iri).key
        link = ChainLink(parent_key, node.key, step.relation, level, **walker.describe(step))
        other = step.other
        if step.context:  # shown, never followed
            chain.links.append(link)
        elif other in on_path:
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
            stack.append((other, steps(other)))
    return chain
