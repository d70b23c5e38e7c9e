"""The grouped view of a whole store (one node per body), counted by the store itself.

A page of a store too big to draw act by act shows one node per issuing body. Building the
networkx graph of every act first and grouping it in Python reads and decodes every node and
edge (at 100,000 documents: 100,000 nodes and up to 860,000 edges with their evidence, one to two
minutes and 1.4 GB) to draw a few dozen groups. Here two SPARQL aggregates do the grouping inside
the store, on its encoded terms, and only the group rows are decoded.

The groups are the ones `view.cluster_by_body` makes from `to_networkx`
(tests/test_draw_groups.py checks that they agree): a node's group is its body's key (a body's
own key for a body), or "(kind, no body)"; edges are counted per pair of groups and relation,
one per stated reference and citing document.

Edges are read from the relation statements of each document graph (an index scan), not from the
citation nodes (a lookup per citation): the build writes `subject mg:<relation> target` for every
reference it records with relation R and never otherwise, except for `cites` (also written for
recalls, welcomes...; see _cites), `issuedBy` and `adoptedAt` (also header facts: counted from
their citation nodes).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from typing import TYPE_CHECKING

import networkx as nx
import pyoxigraph as ox

from ..model import CITATION_RELATIONS, MANDATE_RELATIONS, RELATIONS, STATEMENT_RELATIONS
from ..vocab.iris import CITO, MG, PROV, RDF_TYPE
from .style import relation_style

if TYPE_CHECKING:
    from ..store.protocol import GraphStore

# The classes that decide a node's kind, strongest first (as graph.network does).
_KINDS = ("resolution", "decision", "session", "meeting", "body", "document")
_BODY_RANK = _KINDS.index("body")
_DOCUMENT_RANK = _KINDS.index("document")
_BODY_LINKS = ("issuedBy", "sessionOf", "meetingOf")
# Relations the build also states outside references: counted from their citation nodes.
_STATED_ELSEWHERE = frozenset({"cites", "issuedBy", "adoptedAt"})
# Every relation an edge can have: mandate statements' first.
_ALL_RELATIONS = tuple(dict.fromkeys(STATEMENT_RELATIONS + RELATIONS))
# A citation's relation counted as `cites`: plain citing, or a mandate cue (a reference alone is
# no mandate; graph.network draws it the same way).
_AS_CITES = " ".join(
    f"<{MG}{r}>" for r in dict.fromkeys(("cites",) + MANDATE_RELATIONS + STATEMENT_RELATIONS)
)


# Every join below is between subqueries, which the store answers by hashing both sides; a
# pattern joined to a pattern may instead be looked up once per row (a disk read each at 100,000
# documents, minutes instead of seconds).
def _edges(relations: Iterable[str]) -> str:
    """A subquery binding ?s ?rel ?t ?doc: every stated reference of these relations, once per
    citing document (two language versions of one document state it once)."""
    direct = [r for r in relations if r not in _STATED_ELSEWHERE]
    cited = [r for r in relations if r in _STATED_ELSEWHERE and r != "cites"]
    branches = []
    if direct or "cites" in relations:
        statements = " UNION ".join(
            [f"{{ GRAPH ?g {{ ?s <{MG}{r}> ?t }} BIND(<{MG}{r}> AS ?rel) }}" for r in direct]
            + ([_cites()] if "cites" in relations else [])
        )
        branches.append(
            f"{{ {{ SELECT ?g ?s ?rel ?t WHERE {{ {statements} }} }} "
            f"{{ SELECT ?g ?doc WHERE {{ GRAPH ?g {{ ?doc <{PROV}wasDerivedFrom> ?src }} }} }} }}"
        )
    for r in cited:
        branches.append(_cited(r))
    if not branches:
        return "{ SELECT ?s ?rel ?t ?doc WHERE { FILTER(false) } }"
    return f"{{ SELECT DISTINCT ?s ?rel ?t ?doc WHERE {{ {' UNION '.join(branches)} }} }}"


def _cites() -> str:
    """The `cites` references as ?s ?t ?g (with ?rel): a `cites` statement is one when its
    document states no other citation relation between the two acts (the build writes `cites`
    for each of them too); when it does, a `cites` citation node must say so."""
    others = "|".join(f"<{MG}{r}>" for r in CITATION_RELATIONS if r != "cites")
    return (
        f"{{ {{ GRAPH ?g {{ ?s <{MG}cites> ?t }} MINUS {{ GRAPH ?g {{ ?s {others} ?t }} }} }} "
        f"UNION {{ SELECT DISTINCT ?s ?t ?g WHERE {{ GRAPH ?g {{ ?s {others} ?t }} "
        f"FILTER EXISTS {{ GRAPH ?g {{ ?c <{CITO}hasCitedEntity> ?t ; <{MG}relation> ?cue ; "
        f"<{MG}citationSubject> ?s VALUES ?cue {{ {_AS_CITES} }} }} }} }} }} "
        f"BIND(<{MG}cites> AS ?rel) }}"
    )


def _cited(relation: str) -> str:
    """The references of a relation the build also writes outside references, read from their
    citation nodes: by hashing whole columns for `cites` (a third of all citations), by looking
    up the few citations of the others."""
    rel = f"<{MG}{relation}>"
    if relation == "cites":
        return (
            f"{{ {{ SELECT ?c WHERE {{ ?c <{MG}relation> ?cue VALUES ?cue {{ {_AS_CITES} }} }} }} "
            f"{{ SELECT ?c ?t WHERE {{ ?c <{CITO}hasCitedEntity> ?t }} }} "
            f"{{ SELECT ?c ?doc WHERE {{ ?c <{CITO}hasCitingEntity> ?doc }} }} "
            f"{{ SELECT ?c ?s WHERE {{ ?c <{MG}citationSubject> ?s }} }} "
            f"BIND({rel} AS ?rel) FILTER(?s != ?t) }}"
        )
    return (
        f"{{ ?c <{MG}relation> {rel} ; <{CITO}hasCitedEntity> ?t ; "
        f"<{CITO}hasCitingEntity> ?doc ; <{MG}citationSubject> ?s "
        f"BIND({rel} AS ?rel) FILTER(?s != ?t) }}"
    )


def _ends(relations: tuple[str, ...]) -> str:
    """A subquery binding ?n to each end of every edge of these relations (more cheaply than
    _edges: which document states an edge does not matter here)."""
    direct = [r for r in relations if r not in _STATED_ELSEWHERE]
    cited = [r for r in relations if r in _STATED_ELSEWHERE]
    if "cites" in cited and set(CITATION_RELATIONS) <= set(relations):
        # `cites` is written for every citation relation: with all of them asked for, its
        # statements have exactly the ends of the citation edges.
        cited.remove("cites")
        direct.append("cites")
    branches = [f"{{ ?n <{MG}{r}> ?x }} UNION {{ ?x <{MG}{r}> ?n }}" for r in direct]
    branches += [
        f"{{ SELECT ?n WHERE {{ {_cited(r)} VALUES ?end {{ 0 1 }} "
        "BIND(IF(?end = 0, ?s, ?t) AS ?n) } }"
        for r in cited
    ]
    return " UNION ".join(branches) if branches else "{ FILTER(false) }"


def _node_info(node: str, suffix: str) -> str:
    """A subquery binding ?r{suffix} (kind rank) and ?b{suffix} (group IRI) for every typed node
    ?{node}: its strongest class, and its body (a body's group is itself)."""
    ranks = " UNION ".join(
        f"{{ ?{node} <{RDF_TYPE}> <{MG}{kind.capitalize()}> BIND({i} AS ?k) }}"
        for i, kind in enumerate(_KINDS)
    )
    bodies = " UNION ".join(f"{{ ?{node} <{MG}{p}> ?l }}" for p in _BODY_LINKS)
    return (
        f"{{ SELECT ?{node} ?r{suffix} ?b{suffix} WHERE {{ "
        f"{{ SELECT ?{node} (MIN(?k) AS ?r{suffix}) WHERE {{ {ranks} }} GROUP BY ?{node} }} "
        f"OPTIONAL {{ SELECT ?{node} (MIN(STR(?l)) AS ?l{suffix}) WHERE {{ {bodies} }} "
        f"GROUP BY ?{node} }} "
        f"BIND(IF(?r{suffix} = {_BODY_RANK}, STR(?{node}), ?l{suffix}) AS ?b{suffix}) }} }}"
    )


def _group_of(node: str, suffix: str) -> str:
    """Binds ?r{suffix} and ?b{suffix} for ?{node}; an untyped node counts as a document."""
    return (
        f"OPTIONAL {_node_info(node, suffix + '0')} "
        f"BIND(COALESCE(?r{suffix}0, {_DOCUMENT_RANK}) AS ?r{suffix}) "
        f"BIND(?b{suffix}0 AS ?b{suffix})"
    )


def _nodes_query(relations: tuple[str, ...], with_documents: bool) -> str:
    """Members and citations per (kind rank, group IRI) over the nodes `to_networkx` draws: the
    ends of every edge, and every document read when no relation filter is given.

    One aggregate over the union of every node's facts (membership, classes, bodies, citations),
    grouped by node: no join at all.
    """
    ends = f"{{ SELECT ?n (1 AS ?in) WHERE {{ {_ends(relations)} }} }}"
    if with_documents:
        ends += f" UNION {{ ?n <{PROV}wasDerivedFrom> ?src BIND(1 AS ?in) }}"
    facts = " UNION ".join(
        [ends]
        + [
            f"{{ ?n <{RDF_TYPE}> <{MG}{kind.capitalize()}> BIND({i} AS ?k) }}"
            for i, kind in enumerate(_KINDS)
        ]
        + [f"{{ ?n <{MG}{p}> ?link BIND(STR(?link) AS ?l) }}" for p in _BODY_LINKS]
        + [f"{{ ?x <{CITO}hasCitedEntity> ?n BIND(1 AS ?cite) }}"]
    )
    return (
        # An unbound value would make MIN an error: each fact row fills the others with a value
        # that loses (no class: rank 6, no body: "~", after every IRI).
        "SELECT ?r ?b (COUNT(?n) AS ?members) (SUM(?c) AS ?cited) WHERE { "
        "{ SELECT ?n (MAX(COALESCE(?in, 0)) AS ?drawn) (MIN(COALESCE(?k, 6)) AS ?k0) "
        '(MIN(COALESCE(?l, "~")) AS ?l0) (COUNT(?cite) AS ?c) '
        f"WHERE {{ {facts} }} GROUP BY ?n }} "
        f"FILTER(?drawn = 1) BIND(IF(?k0 = 6, {_DOCUMENT_RANK}, ?k0) AS ?r) "
        f'BIND(IF(?r = {_BODY_RANK}, STR(?n), IF(?l0 = "~", ?none, ?l0)) AS ?b) }} GROUP BY ?r ?b'
    )


def _links_query(relations: tuple[str, ...]) -> str:
    """Edges per (group of subject, group of target, relation)."""
    return (
        "SELECT ?rs ?bs ?rt ?bt ?rel (COUNT(*) AS ?count) WHERE { "
        f"{_edges(relations)} {_group_of('s', 's')} {_group_of('t', 't')} "
        "} GROUP BY ?rs ?bs ?rt ?bt ?rel"
    )


class _Keys:
    """Group IRI -> key (its mg:key or code, else the end of the IRI), looked up once each."""

    def __init__(self, store: GraphStore):
        self.store = store
        self.cache: dict[str, str] = {}

    def group(self, rank, iri) -> str:
        kind = _KINDS[int(rank.value)] if rank is not None else "document"
        if iri is None:
            return f"({kind}, no body)"
        key = self.cache.get(iri.value)
        if key is None:
            n = ox.NamedNode(iri.value)
            found = [
                q.object.value
                for p in ("key", "code")
                for q in self.store.quads(n, ox.NamedNode(MG + p), None)
            ]
            key = min(found) if found else iri.value.rsplit("/", 1)[-1]
            self.cache[iri.value] = key
        return key


def grouped_graph(
    store: GraphStore,
    relations: Iterable[str] | None,
    limit: int,
    *,
    bodies: Iterable[str] | None = None,
    at_least: int | None = None,
) -> tuple[nx.MultiDiGraph, int, int] | None:
    """The grouped graph of the whole store (as `cluster_by_body` makes it from `to_networkx`),
    with the numbers of nodes and edges it stands for; None when those nodes are `at_least` or
    fewer (draw them one by one instead).

    relations: only edges of these relation names (already expanded), and only their ends.
    bodies: only acts of these bodies and their subsidiaries (not together with relations: an
    act's place then depends on its neighbours, which groups do not tell).
    """
    from ..network.whole import body_filter

    if relations is not None and bodies is not None:
        raise ValueError("grouped_graph takes relations or bodies, not both")
    wanted = (
        _ALL_RELATIONS
        if relations is None
        else tuple(r for r in _ALL_RELATIONS if r in set(relations))
    )
    body_ok = body_filter(bodies)
    keys = _Keys(store)

    def shown(rank, iri) -> str | None:
        group = keys.group(rank, iri)
        if body_ok is not None and (iri is None or not body_ok(group)):
            return None
        return group

    members: Counter[str] = Counter()
    cited: Counter[str] = Counter()
    kinds: dict[str, Counter[str]] = defaultdict(Counter)
    for rank, iri, count, cites in store.query(_nodes_query(wanted, relations is None)):
        group = shown(rank, iri)
        if group is None:
            continue
        n = int(count.value)
        members[group] += n
        cited[group] += int(cites.value) if cites is not None else 0
        kinds[group][_KINDS[int(rank.value)]] += n
    total_nodes = sum(members.values())
    if at_least is not None and total_nodes <= at_least:
        return None
    links: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    total_edges = 0
    for rs, bs, rt, bt, rel, count in store.query(_links_query(wanted)):
        gu, gv = shown(rs, bs), shown(rt, bt)
        if gu is None or gv is None:
            continue
        n = int(count.value)
        total_edges += n
        links[(gu, gv)][rel.value[len(MG) :]] += n
    return group_graph(members, cited, kinds, links, limit), total_nodes, total_edges


def group_graph(
    members: Counter[str],
    cited: Counter[str],
    kinds: dict[str, Counter[str]],
    links: dict[tuple[str, str], Counter[str]],
    limit: int,
) -> nx.MultiDiGraph:
    """One node per group (the `limit` biggest), one edge per linked pair named by its strongest
    kind of link, so that a click still follows mandates; its tooltip lists every relation."""
    kept = {g for g, _n in sorted(members.items(), key=lambda t: (-t[1], t[0]))[:limit]}
    out = nx.MultiDiGraph()
    for group in sorted(kept):
        out.add_node(
            group,
            key=group,
            kind="cluster",
            label=f"{group} ({members[group]:,})",
            title=f"{members[group]:,} nodes",
            cited=cited[group],
            members=members[group],
            kinds=_ranked(kinds[group]),
        )
    for (gu, gv), counts in sorted(links.items()):
        if gu == gv or gu not in kept or gv not in kept:
            continue
        groups = {relation_style(r).group for r in counts}
        relation = (
            "mandatedBy" if "mandate" in groups else "cites" if "citation" in groups else "mentions"
        )
        out.add_edge(gu, gv, relation=relation, count=counts.total(), breakdown=_ranked(counts))
    return out


def _ranked(counts: Counter[str]) -> dict[str, int]:
    """Most first, ties by name (a stable order whatever order they were counted in)."""
    return dict(sorted(counts.items(), key=lambda t: (-t[1], t[0])))
