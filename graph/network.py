"""The store as a networkx graph: one node per act, document, session, meeting or body, one edge per
stated reference. Used by draw, stats and the GraphML/GEXF/CSV exports, so its attributes are a
contract:

- node attributes: key, kind, label, title, date, body, iri (str), cited (int: how many citations
  in the whole store point at it), ingested (int: 1 when the document itself was read);
- edge attributes: relation, evidence, source (key of the citing document), date (that document's
  date); edges run from the subject of the relation to its target, i.e. from the mandated to the
  mandating act (`CTOC/COP/WG.2 --establishedBy--> CTOC/COP decision 2/6`).

Edges come from the mg:Citation nodes, one per (subject, relation, target, citing document), so
every edge has its evidence. Every value is a plain str or int, which GraphML and GEXF can write.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import PurePath

import networkx as nx
import pyoxigraph as ox

from .model import CITATION_RELATIONS, MANDATE_RELATIONS, RELATIONS
from .namespaces import CITO, DCT, MG, PROV, RDF_TYPE, SKOS

# Classes in the order that decides a node's kind (an ingested resolution is also a Document).
_KINDS = (
    ("Resolution", "resolution"),
    ("Decision", "decision"),
    ("Session", "session"),
    ("Meeting", "meeting"),
    ("Body", "body"),
    ("Document", "document"),
)
_KIND_OF = {MG + cls: kind for cls, kind in _KINDS}
_BODY_LINKS = (MG + "issuedBy", MG + "sessionOf", MG + "meetingOf")
_P = {
    name: ox.NamedNode(iri)
    for name, iri in {
        "key": MG + "key",
        "code": MG + "code",
        "relation": MG + "relation",
        "subject": MG + "citationSubject",
        "evidence": MG + "evidence",
        "cited": CITO + "hasCitedEntity",
        "citing": CITO + "hasCitingEntity",
        "title": DCT + "title",
        "date": DCT + "date",
        "derived": PROV + "wasDerivedFrom",
        "path": MG + "sourcePath",
        "pref": SKOS + "prefLabel",
        "type": RDF_TYPE,
    }.items()
}
_LABEL_LIMIT = 60


@dataclass(frozen=True, slots=True)
class Edge:
    """One stated reference: `subject --relation--> target`, said in document `source`."""

    subject: str  # IRI
    target: str  # IRI
    relation: str
    evidence: str
    citing: str  # IRI of the citing document


def expand_relations(relations: Iterable[str] | None) -> frozenset[str] | None:
    """Relation names to follow; "mandatedBy" and "cites" stand for their sub-relations.

    Raises UsageError for a name that is not a relation.
    """
    if relations is None:
        return None
    from .errors import UsageError

    out: set[str] = set()
    for name in relations:
        if name == "mandatedBy":
            out.update(MANDATE_RELATIONS)
        elif name == "cites":
            out.update(CITATION_RELATIONS)
        elif name in RELATIONS:
            out.add(name)
        else:
            raise UsageError(
                f"unknown relation {name!r}: use mandatedBy, cites or one of {', '.join(RELATIONS)}"
            )
    return frozenset(out)


def to_networkx(
    store,
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
        from .chain import resolve_key

        focus = resolve_key(store, key)
        edges = _local_edges(store, focus, 1 if radius is None else max(radius, 0), down, wanted)
        facts = _node_facts(store, {e.subject for e in edges} | {e.target for e in edges}
                            | {e.citing for e in edges} | {focus})
        nodes = {focus} | {e.subject for e in edges} | {e.target for e in edges}
    else:
        edges = list(_all_edges(store))
        facts = _all_facts(store)
        nodes = {e.subject for e in edges} | {e.target for e in edges} | facts.ingested
    return _assemble(nodes, edges, facts, focus, wanted, _body_filter(bodies), since)


# -- reading edges --------------------------------------------------------------------------
# Whole-store reads are SPARQL, not pattern scans: the engine joins and deduplicates on encoded
# terms and decodes each distinct row once (a fact repeated in every citing graph, like the key of
# a popular resolution, is decoded once instead of thousands of times): 5-10x faster at 10k docs.
_EDGES = f"""SELECT ?c ?t ?s ?rel ?doc ?ev WHERE {{
  ?c <{CITO}hasCitedEntity> ?t ; <{MG}relation> ?rel ; <{CITO}hasCitingEntity> ?doc .
  OPTIONAL {{ ?c <{MG}citationSubject> ?s }}
  OPTIONAL {{ ?c <{MG}evidence> ?ev }}
}}"""


def _all_edges(store) -> Iterator[Edge]:
    """Every citation in the store, one Edge per (subject, relation, target, citing document)."""
    seen: set[tuple[str, str, str, str]] = set()
    for row in store.query(_EDGES):
        cols = {
            name: {row[0].value: row[i].value}
            for i, name in enumerate(("cit", "cited", "subject", "relation", "citing", "evidence"))
            if i and row[i] is not None
        }
        edge = _edge(row[0].value, row[1].value, cols)
        if edge is not None and (ident := (edge.subject, edge.relation, edge.target, edge.citing)) \
                not in seen:
            seen.add(ident)
            yield edge


def _edge(cit: str, target: str, cols: dict[str, dict[str, str]]) -> Edge | None:
    subject = cols["subject"].get(cit) or cols["citing"].get(cit)
    relation = cols["relation"].get(cit, "")
    if not subject or subject == target or not relation.startswith(MG):
        return None
    return Edge(subject, target, relation[len(MG):], cols["evidence"].get(cit, ""),
                cols["citing"].get(cit, ""))


_ROLES = {"subject": "subject", "target": "cited", "citing": "citing"}


def citations_at(store, node: str, role: str) -> list[Edge]:
    """The edges whose `role` is `node`: "subject" (edges leaving it), "target" (arriving at it)
    or "citing" (stated in the document `node`)."""
    out: dict[tuple, Edge] = {}
    for q in store.quads(None, _P[_ROLES[role]], ox.NamedNode(node)):
        cols: dict[str, dict[str, str]] = {}
        cit = q.subject
        for fact in store.quads(cit, None, None, q.graph_name):
            name = _CIT_FIELDS.get(fact.predicate.value)
            if name:
                cols.setdefault(name, {})[cit.value] = fact.object.value
        target = cols.get("cited", {}).get(cit.value)
        edge = _edge(cit.value, target, cols) if target else None
        if edge is not None:
            out.setdefault((edge.subject, edge.relation, edge.target, edge.citing), edge)
    return list(out.values())


_CIT_FIELDS = {_P[n].value: n for n in ("subject", "cited", "relation", "evidence", "citing")}


def _local_edges(
    store, focus: str, radius: int, down: bool, wanted: frozenset[str] | None
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
    mandate = frozenset(MANDATE_RELATIONS) if wanted is None else wanted & set(MANDATE_RELATIONS)
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


# -- reading node facts ---------------------------------------------------------------------
@dataclass(slots=True)
class _Facts:
    keys: dict[str, str]
    kinds: dict[str, str]
    titles: dict[str, str]
    dates: dict[str, str]
    bodies: dict[str, str]
    paths: dict[str, str]
    cited: dict[str, int]
    ingested: set[str]


_FACTS = {
    "keys": f"SELECT DISTINCT ?n ?v WHERE {{ {{ ?n <{MG}key> ?v }} UNION {{ ?n <{MG}code> ?v }} }}",
    "kinds": "SELECT DISTINCT ?n ?v WHERE { " + " UNION ".join(
        f"{{ ?n a <{MG}{cls}> BIND ({rank} AS ?v) }}" for rank, (cls, _) in enumerate(_KINDS)
    ) + " }",
    "titles": f"SELECT DISTINCT ?n ?v WHERE {{ {{ ?n <{DCT}title> ?v }} UNION "
              f"{{ ?n <{SKOS}prefLabel> ?v }} }}",
    "dates": f"SELECT ?n (MIN(?d) AS ?v) WHERE {{ ?n <{DCT}date> ?d }} GROUP BY ?n",
    "bodies": "SELECT DISTINCT ?n ?v WHERE { "
              + " UNION ".join(f"{{ ?n <{p}> ?v }}" for p in _BODY_LINKS) + " }",
    "paths": f"SELECT DISTINCT ?n ?v WHERE {{ ?n <{PROV}wasDerivedFrom> ?s . "
             f"OPTIONAL {{ ?s <{MG}sourcePath> ?v }} }}",
    "cited": f"SELECT ?n (COUNT(?c) AS ?v) WHERE {{ ?c <{CITO}hasCitedEntity> ?n }} GROUP BY ?n",
}


def _all_facts(store) -> _Facts:
    """Display facts of every node, one query each."""
    f = _Facts({}, {}, {}, {}, {}, {}, defaultdict(int), set())

    def rows(name: str):
        return ((r[0].value, r[1]) for r in store.query(_FACTS[name]) if r[0] is not None)

    for n, v in rows("keys"):
        f.keys.setdefault(n, v.value)
    ranks: dict[str, int] = {}
    for n, v in rows("kinds"):
        ranks[n] = min(ranks.get(n, len(_KINDS)), int(v.value))
    f.kinds = {n: _KINDS[r][1] for n, r in ranks.items()}
    titles: dict[str, list[ox.Literal]] = defaultdict(list)
    for n, v in rows("titles"):
        titles[n].append(v)
    f.titles = {n: _best_title(lits) for n, lits in titles.items()}
    f.dates = {n: v.value for n, v in rows("dates") if v is not None}
    for n, v in rows("bodies"):
        f.bodies.setdefault(n, v.value)
    for n, v in rows("paths"):
        f.ingested.add(n)
        if v is not None:
            f.paths[n] = v.value
    for n, v in rows("cited"):
        f.cited[n] = int(v.value)
    return f


def _node_facts(store, nodes: Iterable[str]) -> _Facts:
    """Display facts of some nodes, by one pattern lookup per node."""
    f = _Facts({}, {}, {}, {}, {}, {}, defaultdict(int), set())
    for node in nodes:
        n = ox.NamedNode(node)
        titles: list[ox.Literal] = []
        kind_rank = len(_KINDS)
        for q in store.quads(n, None, None):
            p, o = q.predicate.value, q.object
            if p in (_P["key"].value, _P["code"].value):
                f.keys.setdefault(node, o.value)
            elif p == RDF_TYPE and o.value in _KIND_OF:
                rank = [c for c, _ in _KINDS].index(o.value[len(MG):])
                if rank < kind_rank:
                    kind_rank, f.kinds[node] = rank, _KIND_OF[o.value]
            elif p in (_P["title"].value, _P["pref"].value):
                titles.append(o)
            elif p == _P["date"].value:
                if node not in f.dates or o.value < f.dates[node]:
                    f.dates[node] = o.value
            elif p in _BODY_LINKS:
                f.bodies.setdefault(node, o.value)
            elif p == _P["derived"].value:
                f.ingested.add(node)
                for s in store.quads(o, _P["path"], None):
                    f.paths[node] = s.object.value
        if titles:
            f.titles[node] = _best_title(titles)
        f.cited[node] = sum(1 for _ in store.quads(None, _P["cited"], n))
    for body in set(f.bodies.values()) - set(f.keys):
        for q in store.quads(ox.NamedNode(body), _P["key"], None):
            f.keys[body] = q.object.value
    return f


def _best_title(literals: list[ox.Literal]) -> str:
    """English if there is one, else the first in a stable order."""
    best = min(literals, key=lambda lit: (lit.language != "en", lit.language or "", lit.value))
    return best.value


# -- assembling --------------------------------------------------------------------------------
def _body_filter(bodies: Iterable[str] | None):
    if bodies is None:
        return None
    codes = tuple(b.strip() for b in bodies if b.strip())
    return lambda body: any(body == c or body.startswith(c + "/") for c in codes)


def _year(date: str) -> int | None:
    return int(date[:4]) if len(date) >= 4 and date[:4].isdigit() else None


def _assemble(
    nodes: set[str], edges: list[Edge], facts: _Facts, focus: str | None,
    wanted: frozenset[str] | None, body_ok, since: int | None,
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
    g = nx.MultiDiGraph()
    for node in sorted(keep_nodes, key=key_of):
        key = key_of(node)
        title = facts.titles.get(node, "")
        g.add_node(
            node,
            key=key,
            kind=facts.kinds.get(node, "document"),
            label=_label(key, title, facts.paths.get(node), node in facts.ingested, node),
            title=title,
            date=facts.dates.get(node, ""),
            body=body_of(node),
            iri=node,
            cited=int(facts.cited.get(node, 0)),
            ingested=int(node in facts.ingested),
        )
    for e in sorted(kept, key=lambda e: (key_of(e.subject), e.relation, key_of(e.target),
                                         key_of(e.citing))):
        source = key_of(e.citing) if e.citing else ""
        g.add_edge(
            e.subject, e.target, key=f"{e.relation}|{source}",
            relation=e.relation, evidence=e.evidence, source=source,
            date=facts.dates.get(e.citing, ""),
        )
    return g


def _label(key: str, title: str, path: str | None, ingested: bool, iri: str) -> str:
    """What a drawing writes on the node: the key, or for a document without a symbol its file."""
    if ingested and iri.endswith("/doc/" + key):
        text = PurePath(path).name if path else (title or key)
    else:
        text = key
    return text if len(text) <= _LABEL_LIMIT else text[: _LABEL_LIMIT - 1] + "…"
