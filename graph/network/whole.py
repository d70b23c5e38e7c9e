"""The store as a networkx graph: one node per act, document, session, meeting or body, one edge per
stated reference. Used by draw, stats and the GraphML/GEXF/CSV exports, so its attributes are a
contract:

- node attributes: key, kind, label, title, date, body, iri (str), cited (int: how many citations
  in the whole store point at it), ingested (int: 1 when the document itself was read);
- edge attributes: relation, evidence, source (key of the citing document), date (that document's
  date); edges run from the subject of the relation to its target, i.e. from the mandated to the
  mandating act (`CTOC/COP/WG.2 --establishedBy--> CTOC/COP decision 2/6`).

Mandate edges come from the mg:MandateStatement nodes (subject --relation--> act, stated in a
document), citation edges from the mg:Citation nodes (citing document --relation--> cited; a
citation whose cue is a mandate word, "pursuant to", is drawn as `cites`: a reference alone is no
mandate). One edge per (subject, relation, target, stating document), so every edge has its
evidence. Every value is a plain str or int, which GraphML and GEXF can write.
"""

from __future__ import annotations

import ctypes
from collections import defaultdict
from collections.abc import Iterable
from pathlib import PurePath
from typing import TYPE_CHECKING

import networkx as nx
import pyoxigraph as ox

from ..model import CITATION_RELATIONS, RELATIONS, STATEMENT_RELATIONS
from ..vocab.iris import CITO, DCT, MG, PROV, SKOS
from .facts import BODY_LINKS, KINDS, PREDICATES, Edge, Facts, citation_relation

if TYPE_CHECKING:
    from ..store.protocol import GraphStore

_LABEL_LIMIT = 60
# Relation names a caller may ask for.
_KNOWN = tuple(dict.fromkeys(STATEMENT_RELATIONS + RELATIONS))


def expand_relations(relations: Iterable[str] | None) -> frozenset[str] | None:
    """Relation names to follow; "mandatedBy" and "cites" stand for their sub-relations.

    Raises UsageError for a name that is not a relation.
    """
    if relations is None:
        return None
    from ..errors import UsageError

    out: set[str] = set()
    for name in relations:
        if name == "mandatedBy":
            out.update(STATEMENT_RELATIONS)
        elif name == "cites":
            out.update(CITATION_RELATIONS)
        elif name in _KNOWN:
            out.add(name)
        else:
            raise UsageError(
                f"unknown relation {name!r}: use mandatedBy, cites or one of {', '.join(_KNOWN)}"
            )
    return frozenset(out)


def to_networkx(
    store: GraphStore,
    *,
    key: str | None = None,
    radius: int | None = None,
    down: bool = True,
    relations: Iterable[str] | None = None,
    bodies: Iterable[str] | None = None,
    since: int | None = None,
) -> nx.MultiDiGraph:
    """The graph of the whole store, or of KEY's neighbourhood and mandate chains.

    key: only nodes within `radius` links of KEY (default 1, either direction), plus KEY's whole
    mandate chain upward and, with `down`, downward. relations: only edges of these relations.
    bodies: only acts of these bodies (a code also takes its subsidiaries: "CTOC/COP" takes
    "CTOC/COP/WG.2"). since: only references stated in documents dated in that year or later.
    """
    wanted = expand_relations(relations)
    focus = None
    if key is not None:
        from ..query.resolve import resolve_key
        from .local import local_edges, node_facts

        focus = resolve_key(store, key)
        edges = local_edges(store, focus, 1 if radius is None else max(radius, 0), down, wanted)
        facts = node_facts(
            store,
            {e.subject for e in edges}
            | {e.target for e in edges}
            | {e.citing for e in edges}
            | {focus},
        )
        nodes = {focus} | {e.subject for e in edges} | {e.target for e in edges}
    else:
        edges = list(_all_edges(store))
        facts = _all_facts(store)
        nodes = {e.subject for e in edges} | {e.target for e in edges} | facts.ingested
    return _assemble(nodes, edges, facts, focus, wanted, body_filter(bodies), since)


# -- reading edges --------------------------------------------------------------------------
# Whole-store reads are SPARQL, not pattern scans: the engine joins on encoded terms and decodes
# only the columns asked for. Each property is read by its own subquery and the subqueries are
# joined by hashing (a plain pattern join would look each citation up on disk, one at a time:
# 4-8x slower at 100,000 documents).
def _column(pred: str, var: str) -> str:
    return f"{{ SELECT ?c ?{var} WHERE {{ ?c <{pred}> ?{var} }} }}"


_EDGES = (
    "SELECT ?t ?s ?rel ?doc ?ev WHERE { "
    + _column(CITO + "hasCitedEntity", "t")
    + _column(MG + "relation", "rel")
    + _column(CITO + "hasCitingEntity", "doc")
    + " BIND(?doc AS ?s)"
    + " OPTIONAL "
    + _column(MG + "evidence", "ev")
    + " }"
)
_STATEMENT_EDGES = (
    "SELECT ?t ?s ?rel ?doc ?ev WHERE { "
    + _column(MG + "mandatingAct", "t")
    + _column(MG + "statementRelation", "rel")
    + _column(MG + "statementSubject", "s")
    + _column(MG + "statedIn", "doc")
    + " OPTIONAL "
    + _column(MG + "evidence", "ev")
    + " }"
)


def _all_edges(store: GraphStore) -> list[Edge]:
    """Every citation and mandate statement in the store, one Edge per (subject, relation,
    target, stating document); of two saying one thing in one document, the evidence that sorts
    first."""
    found: dict[tuple[str, str, str, str], str] = {}
    names: dict[str, str] = {}  # one str object per distinct IRI or relation name
    name = names.setdefault
    rows = [(row, False) for row in store.query(_EDGES)]
    rows += [(row, True) for row in store.query(_STATEMENT_EDGES)]
    for (t, s, rel, doc, ev), stated in rows:
        target, citing = t.value, doc.value
        subject = s.value if s is not None else citing
        if subject == target or not rel.value.startswith(MG):
            continue
        relation = rel.value[len(MG) :]
        if not stated:
            relation = citation_relation(relation)
        ident = (
            name(subject, subject),
            name(relation, relation),
            name(target, target),
            name(citing, citing),
        )
        text = ev.value if ev is not None else ""
        old = found.get(ident)
        if old is None or (text == "", text) < (old == "", old):
            found[ident] = text
    _give_back_memory()
    return [Edge(s, t, rel, ev, doc) for (s, rel, t, doc), ev in found.items()]


def _give_back_memory() -> None:
    """Return to the system the memory the store's hash joins freed: the C allocator keeps it
    otherwise, and the graph built next would come on top (at 100,000 documents, 1.2 GB)."""
    try:
        ctypes.CDLL("libc.so.6").malloc_trim(0)
    except (OSError, AttributeError):  # not glibc: nothing to do
        pass


# -- reading node facts ---------------------------------------------------------------------
# Every fact of every node in one aggregate, so that each node is decoded once. MIN needs a value
# in every row: strings are prefixed "0" and rows without the fact give "1", which sorts after.
_FACT_ROWS = " UNION ".join(
    [
        *(f'{{ ?n <{MG}{p}> ?v BIND(CONCAT("0", STR(?v)) AS ?key) }}' for p in ("key", "code")),
        *(f"{{ ?n a <{MG}{cls}> BIND({rank} AS ?rank) }}" for rank, (cls, _) in enumerate(KINDS)),
        f'{{ ?n <{DCT}date> ?v BIND(CONCAT("0", STR(?v)) AS ?date) }}',
        *(f'{{ ?n <{p}> ?v BIND(CONCAT("0", STR(?v)) AS ?body) }}' for p in BODY_LINKS),
        # English first, then by language and text (as best_title)
        *(
            f'{{ ?n <{p}> ?v BIND(CONCAT("0", IF(LANG(?v) = "en", "0", "1"), LANG(?v), "\\t", '
            f"STR(?v)) AS ?title) }}"
            for p in (DCT + "title", SKOS + "prefLabel")
        ),
        f"{{ ?c <{CITO}hasCitedEntity> ?n BIND(1 AS ?cite) }}",
        f"{{ ?n <{PROV}wasDerivedFrom> ?v BIND(1 AS ?read) }}",
    ]
)
_FACTS = (
    'SELECT ?n (MIN(COALESCE(?key, "1")) AS ?k) (MIN(COALESCE(?rank, 9)) AS ?r) '
    '(MIN(COALESCE(?date, "1")) AS ?d) (MIN(COALESCE(?body, "1")) AS ?b) '
    '(MIN(COALESCE(?title, "1")) AS ?t) (COUNT(?cite) AS ?c) (MAX(COALESCE(?read, 0)) AS ?i) '
    f"WHERE {{ {_FACT_ROWS} }} GROUP BY ?n"
)


def _all_facts(store: GraphStore) -> Facts:
    """Display facts of every node, from one query."""
    f = Facts({}, {}, {}, {}, {}, {}, defaultdict(int), set())
    for n, k, r, d, b, t, c, i in store.query(_FACTS):
        if not isinstance(n, ox.NamedNode):
            continue
        node = n.value
        if k.value != "1":
            f.keys[node] = k.value[1:]
        if int(r.value) < len(KINDS):
            f.kinds[node] = KINDS[int(r.value)][1]
        if d.value != "1":
            f.dates[node] = d.value[1:]
        if b.value != "1":
            f.bodies[node] = b.value[1:]
        if t.value != "1":
            f.titles[node] = t.value.split("\t", 1)[1]
        if c.value != "0":
            f.cited[node] = int(c.value)
        if i.value == "1":
            f.ingested.add(node)
            if node.endswith("/doc/" + f.keys.get(node, "")):  # labelled by its file's name
                f.paths[node] = _source_path(store, n)
    return f


def _source_path(store: GraphStore, node: ox.NamedNode) -> str:
    paths = [
        q.object.value
        for d in store.quads(node, PREDICATES["derived"], None)
        for q in store.quads(d.object, PREDICATES["path"], None)
    ]
    return min(paths, default="")


# -- assembling --------------------------------------------------------------------------------
def body_filter(bodies: Iterable[str] | None):
    """A test of a body key against the codes asked for (a code also takes its subsidiaries:
    "CTOC/COP" takes "CTOC/COP/WG.2"), or None when no body was asked for."""
    if bodies is None:
        return None
    codes = tuple(b.strip() for b in bodies if b.strip())
    return lambda body: any(body == c or body.startswith(c + "/") for c in codes)


def _year(date: str) -> int | None:
    return int(date[:4]) if len(date) >= 4 and date[:4].isdigit() else None


def _assemble(
    nodes: set[str],
    edges: list[Edge],
    facts: Facts,
    focus: str | None,
    wanted: frozenset[str] | None,
    body_ok,
    since: int | None,
) -> nx.MultiDiGraph:
    def key_of(node: str) -> str:
        return facts.keys.get(node) or node.rsplit("/", 1)[-1]

    def body_of(node: str) -> str:
        if facts.kinds.get(node) == "body":
            return key_of(node)
        body = facts.bodies.get(node)
        return key_of(body) if body else ""

    def node_ok(node: str) -> bool:
        if body_ok is not None and not body_ok(body_of(node)):
            return False
        year = _year(facts.dates.get(node, ""))
        return since is None or (year is not None and year >= since)

    def edge_ok(e: Edge) -> bool:
        if wanted is not None and e.relation not in wanted:
            return False
        if body_ok is not None and not (body_ok(body_of(e.subject)) and body_ok(body_of(e.target))):
            return False
        year = _year(facts.dates.get(e.citing, ""))
        return since is None or (year is not None and year >= since)

    kept = [e for e in edges if edge_ok(e)]
    keep_nodes = {e.subject for e in kept} | {e.target for e in kept}
    if wanted is None:
        keep_nodes |= {n for n in nodes if node_ok(n)}
    if focus is not None:
        keep_nodes.add(focus)
    keys = {node: key_of(node) for node in keep_nodes}
    keys.update((e.citing, key_of(e.citing)) for e in kept if e.citing not in keys)
    g = nx.MultiDiGraph()
    g.add_nodes_from(
        (
            node,
            {
                "key": keys[node],
                "kind": facts.kinds.get(node, "document"),
                "label": _label(
                    keys[node],
                    facts.titles.get(node, ""),
                    facts.paths.get(node),
                    node in facts.ingested,
                    node,
                ),
                "title": facts.titles.get(node, ""),
                "date": facts.dates.get(node, ""),
                "body": body_of(node),
                "iri": node,
                "cited": int(facts.cited.get(node, 0)),
                "ingested": int(node in facts.ingested),
            },
        )
        for node in sorted(keep_nodes, key=lambda n: (keys[n], n))
    )
    kept.sort(
        key=lambda e: (
            keys[e.subject],
            e.relation,
            keys[e.target],
            keys[e.citing],
            e.subject,
            e.target,
            e.citing,
        )
    )
    g.add_edges_from(
        (
            e.subject,
            e.target,
            f"{e.relation}|{keys[e.citing]}",
            {
                "relation": e.relation,
                "evidence": e.evidence,
                "source": keys[e.citing],
                "date": facts.dates.get(e.citing, ""),
            },
        )
        for e in kept
    )
    return g


def _label(key: str, title: str, path: str | None, ingested: bool, iri: str) -> str:
    """What a drawing writes on the node: the key, or for a document without a symbol its file."""
    if ingested and iri.endswith("/doc/" + key):
        text = PurePath(path).name if path else (title or key)
    else:
        text = key
    return text if len(text) <= _LABEL_LIMIT else text[: _LABEL_LIMIT - 1] + "…"
