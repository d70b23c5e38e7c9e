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
from dataclasses import dataclass, field
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
def _edges(relations: Iterable[str], values: str = "") -> str:
    """A subquery binding ?s ?rel ?t ?doc: every stated reference of these relations, once per
    citing document (two language versions of one document state it once). `values`: a VALUES
    clause on ?s or ?t that keeps only the references of those nodes (regroup.py)."""
    direct = [r for r in relations if r not in _STATED_ELSEWHERE]
    cited = [r for r in relations if r in _STATED_ELSEWHERE and r != "cites"]
    branches = []
    # The citing document of each statement's graph: for a few statements (`values`) looked up
    # graph by graph, for all of them joined with the list of every graph's documents.
    docs = f"GRAPH ?g {{ ?doc <{PROV}wasDerivedFrom> ?src }}"
    if not values:
        docs = f"{{ SELECT ?g ?doc WHERE {{ {docs} }} }}"
    if direct or "cites" in relations:
        statements = " UNION ".join(
            [
                f"{{ {values} GRAPH ?g {{ ?s <{MG}{r}> ?t }} BIND(<{MG}{r}> AS ?rel) }}"
                for r in direct
            ]
            + ([_cites(values)] if "cites" in relations else [])
        )
        branches.append(f"{{ {{ SELECT ?g ?s ?rel ?t WHERE {{ {statements} }} }} {docs} }}")
    for r in cited:
        branches.append(_cited(r, values))
    if not branches:
        return "{ SELECT ?s ?rel ?t ?doc WHERE { FILTER(false) } }"
    return f"{{ SELECT DISTINCT ?s ?rel ?t ?doc WHERE {{ {' UNION '.join(branches)} }} }}"


def _cites(values: str = "") -> str:
    """The `cites` references as ?s ?t ?g (with ?rel): a `cites` statement is one when its
    document states no other citation relation between the two acts (the build writes `cites`
    for each of them too); when it does, a `cites` citation node must say so."""
    others = "|".join(f"<{MG}{r}>" for r in CITATION_RELATIONS if r != "cites")
    return (
        f"{{ {{ {values} GRAPH ?g {{ ?s <{MG}cites> ?t }} "
        f"MINUS {{ {values} GRAPH ?g {{ ?s {others} ?t }} }} }} "
        f"UNION {{ SELECT DISTINCT ?s ?t ?g WHERE {{ {values} GRAPH ?g {{ ?s {others} ?t }} "
        f"FILTER EXISTS {{ GRAPH ?g {{ ?c <{CITO}hasCitedEntity> ?t ; <{MG}relation> ?cue ; "
        f"<{MG}citationSubject> ?s VALUES ?cue {{ {_AS_CITES} }} }} }} }} }} "
        f"BIND(<{MG}cites> AS ?rel) }}"
    )


def _cited(relation: str, values: str = "") -> str:
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
        f"{{ {values} ?c <{MG}relation> {rel} ; <{CITO}hasCitedEntity> ?t ; "
        f"<{CITO}hasCitingEntity> ?doc ; <{MG}citationSubject> ?s "
        f"BIND({rel} AS ?rel) FILTER(?s != ?t) }}"
    )


def _ends(relations: tuple[str, ...], values: str = "") -> str:
    """A subquery binding ?n to each end of every edge of these relations (more cheaply than
    _edges: which document states an edge does not matter here)."""
    direct = [r for r in relations if r not in _STATED_ELSEWHERE]
    cited = [r for r in relations if r in _STATED_ELSEWHERE]
    if "cites" in cited and set(CITATION_RELATIONS) <= set(relations):
        # `cites` is written for every citation relation: with all of them asked for, its
        # statements have exactly the ends of the citation edges.
        cited.remove("cites")
        direct.append("cites")
    branches = [
        f"{{ {values} ?n <{MG}{r}> ?x }} UNION {{ {values} ?x <{MG}{r}> ?n }}" for r in direct
    ]
    branches += [
        f"{{ SELECT ?n WHERE {{ {_cited(r)} VALUES ?end {{ 0 1 }} "
        f"BIND(IF(?end = 0, ?s, ?t) AS ?n) {values} }} }}"
        for r in cited
    ]
    return " UNION ".join(branches) if branches else "{ FILTER(false) }"


def _node_info(node: str, suffix: str, values: str = "") -> str:
    """A subquery binding ?r{suffix} (kind rank) and ?b{suffix} (group IRI) for every typed node
    ?{node} (`values`: of those nodes only): its strongest class, and its body (a body's group is
    itself)."""
    ranks = " UNION ".join(
        f"{{ {values} ?{node} <{RDF_TYPE}> <{MG}{kind.capitalize()}> BIND({i} AS ?k) }}"
        for i, kind in enumerate(_KINDS)
    )
    bodies = " UNION ".join(f"{{ {values} ?{node} <{MG}{p}> ?l }}" for p in _BODY_LINKS)
    return (
        f"{{ SELECT ?{node} ?r{suffix} ?b{suffix} WHERE {{ "
        f"{{ SELECT ?{node} (MIN(?k) AS ?r{suffix}) WHERE {{ {ranks} }} GROUP BY ?{node} }} "
        f"OPTIONAL {{ SELECT ?{node} (MIN(STR(?l)) AS ?l{suffix}) WHERE {{ {bodies} }} "
        f"GROUP BY ?{node} }} "
        f"BIND(IF(?r{suffix} = {_BODY_RANK}, STR(?{node}), ?l{suffix}) AS ?b{suffix}) }} }}"
    )


def _group_of(node: str, suffix: str, values: str = "") -> str:
    """Binds ?r{suffix} and ?b{suffix} for ?{node}; an untyped node counts as a document."""
    return (
        f"OPTIONAL {_node_info(node, suffix + '0', values)} "
        f"BIND(COALESCE(?r{suffix}0, {_DOCUMENT_RANK}) AS ?r{suffix}) "
        f"BIND(?b{suffix}0 AS ?b{suffix})"
    )


def _nodes_query(
    relations: tuple[str, ...], with_documents: bool, values: str = "", by_node: bool = False
) -> str:
    """Members and citations per (kind rank, group IRI) over the nodes `to_networkx` draws: the
    ends of every edge, and every document read when no relation filter is given.

    One aggregate over the union of every node's facts (membership, classes, bodies, citations),
    grouped by node: no join at all. `values` (a VALUES clause on ?n) and `by_node`: the rank,
    group and citations of each of those nodes that is drawn, one row each (regroup.py).
    """
    ends = f"{{ SELECT ?n (1 AS ?in) WHERE {{ {_ends(relations, values)} }} }}"
    if with_documents:
        ends += f" UNION {{ {values} ?n <{PROV}wasDerivedFrom> ?src BIND(1 AS ?in) }}"
    facts = " UNION ".join(
        [ends]
        + [
            f"{{ {values} ?n <{RDF_TYPE}> <{MG}{kind.capitalize()}> BIND({i} AS ?k) }}"
            for i, kind in enumerate(_KINDS)
        ]
        + [f"{{ {values} ?n <{MG}{p}> ?link BIND(STR(?link) AS ?l) }}" for p in _BODY_LINKS]
        + [f"{{ {values} ?x <{CITO}hasCitedEntity> ?n BIND(1 AS ?cite) }}"]
    )
    select = (
        "SELECT ?n ?r ?b ?c WHERE { "
        if by_node
        else ("SELECT ?r ?b (COUNT(?n) AS ?members) (SUM(?c) AS ?cited) WHERE { ")
    )
    return (
        # An unbound value would make MIN an error: each fact row fills the others with a value
        # that loses (no class: rank 6, no body: "~", after every IRI).
        select + "{ SELECT ?n (MAX(COALESCE(?in, 0)) AS ?drawn) (MIN(COALESCE(?k, 6)) AS ?k0) "
        '(MIN(COALESCE(?l, "~")) AS ?l0) (COUNT(?cite) AS ?c) '
        f"WHERE {{ {facts} }} GROUP BY ?n }} "
        f"FILTER(?drawn = 1) BIND(IF(?k0 = 6, {_DOCUMENT_RANK}, ?k0) AS ?r) "
        f'BIND(IF(?r = {_BODY_RANK}, STR(?n), IF(?l0 = "~", ?none, ?l0)) AS ?b) }}'
        + ("" if by_node else " GROUP BY ?r ?b")
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

    def group(self, rank: int | None, iri: str | None) -> str:
        kind = _KINDS[rank] if rank is not None else "document"
        if iri is None:
            return f"({kind}, no body)"
        key = self.cache.get(iri)
        if key is None:
            n = ox.NamedNode(iri)
            found = [
                q.object.value
                for p in ("key", "code")
                for q in self.store.quads(n, ox.NamedNode(MG + p), None)
            ]
            key = min(found) if found else iri.rsplit("/", 1)[-1]
            self.cache[iri] = key
        return key


Group = tuple[int, str | None]  # (kind rank, group IRI)
Link = tuple[int, str | None, int, str | None, str]  # two groups and a relation's name


@dataclass(slots=True)
class Counts:
    """The grouped page's counts by group IRI (before keys): drawn nodes and their citations
    per group, edges per pair of groups and relation. regroup.py keeps them up to date."""

    members: Counter[Group] = field(default_factory=Counter)
    cited: Counter[Group] = field(default_factory=Counter)
    links: Counter[Link] = field(default_factory=Counter)

    def add(self, other: Counts, sign: int = 1) -> None:
        """Add (or with sign -1, take away) `other`; counts that reach zero go."""
        for mine, theirs in (
            (self.members, other.members),
            (self.cited, other.cited),
            (self.links, other.links),
        ):
            for item, n in theirs.items():
                mine[item] += sign * n  # type: ignore[index]
                if not mine[item]:  # type: ignore[index]
                    del mine[item]  # type: ignore[arg-type]


def _term(term) -> str | None:
    return None if term is None else term.value


def node_counts(rows) -> Counts:
    """Counts of the rows of `_nodes_query`."""
    counts = Counts()
    for rank, iri, count, cites in rows:
        group = (int(rank.value), _term(iri))
        counts.members[group] += int(count.value)
        counts.cited[group] += int(cites.value) if cites is not None else 0
    return counts


def link_counts(rows, counts: Counts) -> Counts:
    """`counts` with the rows of `_links_query`."""
    for rs, bs, rt, bt, rel, count in rows:
        link = (int(rs.value), _term(bs), int(rt.value), _term(bt), rel.value[len(MG) :])
        counts.links[link] += int(count.value)
    return counts


def grouped_graph(
    store: GraphStore,
    relations: Iterable[str] | None,
    limit: int,
    *,
    bodies: Iterable[str] | None = None,
    at_least: int | None = None,
    counted: list[Counts] | None = None,
) -> tuple[nx.MultiDiGraph, int, int] | None:
    """The grouped graph of the whole store (as `cluster_by_body` makes it from `to_networkx`),
    with the numbers of nodes and edges it stands for; None when those nodes are `at_least` or
    fewer (draw them one by one instead).

    relations: only edges of these relation names (already expanded), and only their ends.
    bodies: only acts of these bodies and their subsidiaries (not together with relations: an
    act's place then depends on its neighbours, which groups do not tell).
    counted: a list that gets the counts the graph was made of.
    """
    if relations is not None and bodies is not None:
        raise ValueError("grouped_graph takes relations or bodies, not both")
    wanted = (
        _ALL_RELATIONS
        if relations is None
        else tuple(r for r in _ALL_RELATIONS if r in set(relations))
    )
    counts = node_counts(store.query(_nodes_query(wanted, relations is None)))
    grouper = Grouper(store, bodies)
    if at_least is not None and grouper.nodes(counts) <= at_least:
        return None
    link_counts(store.query(_links_query(wanted)), counts)
    if counted is not None:
        counted.append(counts)
    return grouper.graph(counts, limit)


class Grouper:
    """Counts by group IRI -> the grouped graph, by group key (bodies: only these bodies')."""

    def __init__(self, store: GraphStore, bodies: Iterable[str] | None = None):
        from ..network.whole import body_filter

        self.keys = _Keys(store)
        self.body_ok = body_filter(bodies)

    def shown(self, rank: int | None, iri: str | None) -> str | None:
        group = self.keys.group(rank, iri)
        if self.body_ok is not None and (iri is None or not self.body_ok(group)):
            return None
        return group

    def nodes(self, counts: Counts) -> int:
        """How many nodes the groups shown hold."""
        return sum(n for (rank, iri), n in counts.members.items() if self.shown(rank, iri))

    def graph(self, counts: Counts, limit: int) -> tuple[nx.MultiDiGraph, int, int]:
        """The grouped graph, and the numbers of nodes and edges it stands for."""
        members: Counter[str] = Counter()
        cited: Counter[str] = Counter()
        kinds: dict[str, Counter[str]] = defaultdict(Counter)
        for (rank, iri), n in counts.members.items():
            group = self.shown(rank, iri)
            if group is None:
                continue
            members[group] += n
            cited[group] += counts.cited[(rank, iri)]
            kinds[group][_KINDS[rank]] += n
        links: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
        total_edges = 0
        for (rs, bs, rt, bt, rel), n in counts.links.items():
            gu, gv = self.shown(rs, bs), self.shown(rt, bt)
            if gu is None or gv is None:
                continue
            total_edges += n
            links[(gu, gv)][rel] += n
        total_nodes = sum(members.values())
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
