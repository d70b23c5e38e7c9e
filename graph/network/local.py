"""The neighbourhood of one node as edges and display facts, read by pattern lookups around it
(`to_networkx(store, key=...)`): its cost grows with the neighbourhood, not with the store."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from typing import TYPE_CHECKING

import pyoxigraph as ox

from ..model import STATEMENT_RELATIONS
from ..vocab.iris import MG, RDF_TYPE
from .facts import (
    BODY_LINKS,
    KIND_OF,
    KINDS,
    PREDICATES,
    Edge,
    Facts,
    best_title,
    citation_relation,
)

if TYPE_CHECKING:
    from ..store.protocol import GraphStore


def _edge(cols: dict[str, str], stated: bool) -> Edge | None:
    """The edge one citation (from its citing document) or one statement (from its subject)
    draws, from the facts read about it."""
    subject = cols.get("subject") if stated else cols.get("citing")
    target, relation = cols.get("cited"), cols.get("relation", "")
    if not subject or not target or subject == target or not relation.startswith(MG):
        return None
    relation = relation[len(MG) :]
    return Edge(
        subject,
        target,
        relation if stated else citation_relation(relation),
        cols.get("evidence", ""),
        cols.get("citing", ""),
    )


# The property naming each role, in a citation and in a mandate statement.
_ROLES = {
    "subject": ("citing", MG + "statementSubject"),
    "target": ("cited", MG + "mandatingAct"),
    "citing": ("citing", MG + "statedIn"),
}
_CIT_FIELDS = {PREDICATES[n].value: n for n in ("cited", "relation", "evidence", "citing")}
_STATEMENT_FIELDS = {
    MG + "statementSubject": "subject",
    MG + "mandatingAct": "cited",
    MG + "statementRelation": "relation",
    MG + "evidence": "evidence",
    MG + "statedIn": "citing",
}


def citations_at(store: GraphStore, node: str, role: str) -> list[Edge]:
    """The edges whose `role` is `node`: "subject" (edges leaving it), "target" (arriving at it)
    or "citing" (stated in the document `node`), from citations and mandate statements."""
    out: dict[tuple, Edge] = {}
    cited_pred, statement_pred = _ROLES[role]
    for pred, fields, stated in (
        (PREDICATES[cited_pred], _CIT_FIELDS, False),
        (ox.NamedNode(statement_pred), _STATEMENT_FIELDS, True),
    ):
        for q in store.quads(None, pred, ox.NamedNode(node)):
            cols: dict[str, str] = {}
            for fact in store.quads(q.subject, None, None, q.graph_name):
                name = fields.get(fact.predicate.value)
                if name:
                    cols[name] = fact.object.value
            edge = _edge(cols, stated)
            if edge is not None:
                out.setdefault((edge.subject, edge.relation, edge.target, edge.citing), edge)
    return list(out.values())


def local_edges(
    store: GraphStore, focus: str, radius: int, down: bool, wanted: frozenset[str] | None
) -> list[Edge]:
    """Edges within `radius` of `focus`, plus its whole mandate chain up (and down)."""
    edges: dict[tuple, Edge] = {}

    def keep(e: Edge) -> bool:
        return wanted is None or e.relation in wanted

    frontier, seen = {focus}, {focus}
    for _ in range(radius):
        nxt: set[str] = set()
        for node in frontier:
            for role in _ROLES:
                for e in citations_at(store, node, role):
                    if not keep(e):
                        continue
                    edges[(e.subject, e.relation, e.target, e.citing)] = e
                    for other in (e.subject, e.target):
                        if other not in seen:
                            seen.add(other)
                            nxt.add(other)
        frontier = nxt
    mandate = (
        frozenset(STATEMENT_RELATIONS) if wanted is None else wanted & set(STATEMENT_RELATIONS)
    )
    for outgoing in (True, False) if down else (True,):
        stack, visited = [focus], {focus}
        while stack:  # iterative: chains thousands of links deep
            node = stack.pop()
            for e in citations_at(store, node, "subject" if outgoing else "target"):
                if e.relation in mandate:
                    edges[(e.subject, e.relation, e.target, e.citing)] = e
                    other = e.target if outgoing else e.subject
                    if other not in visited:
                        visited.add(other)
                        stack.append(other)
    return list(edges.values())


def node_facts(store: GraphStore, nodes: Iterable[str]) -> Facts:
    """Display facts of some nodes, by one pattern lookup per node."""
    f = Facts({}, {}, {}, {}, {}, {}, defaultdict(int), set())
    for node in nodes:
        n = ox.NamedNode(node)
        titles: list[ox.Literal] = []
        kind_rank = len(KINDS)
        for q in store.quads(n, None, None):
            p, o = q.predicate.value, q.object
            if p in (PREDICATES["key"].value, PREDICATES["code"].value):
                if node not in f.keys or o.value < f.keys[node]:
                    f.keys[node] = o.value
            elif p == RDF_TYPE and o.value in KIND_OF:
                rank = [c for c, _ in KINDS].index(o.value[len(MG) :])
                if rank < kind_rank:
                    kind_rank, f.kinds[node] = rank, KIND_OF[o.value]
            elif p in (PREDICATES["title"].value, PREDICATES["pref"].value):
                titles.append(o)
            elif p == PREDICATES["date"].value:
                if node not in f.dates or o.value < f.dates[node]:
                    f.dates[node] = o.value
            elif p in BODY_LINKS:
                if node not in f.bodies or o.value < f.bodies[node]:
                    f.bodies[node] = o.value
            elif p == PREDICATES["derived"].value:
                f.ingested.add(node)
                for s in store.quads(o, PREDICATES["path"], None):
                    f.paths[node] = s.object.value
        if titles:
            f.titles[node] = best_title(titles)
        f.cited[node] = sum(1 for _ in store.quads(None, PREDICATES["cited"], n))
    for body in set(f.bodies.values()) - set(f.keys):
        found = [
            q.object.value
            for p in ("key", "code")
            for q in store.quads(ox.NamedNode(body), PREDICATES[p], None)
        ]
        if found:
            f.keys[body] = min(found)
    return f
