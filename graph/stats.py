"""Analytics over the whole store (networkx): what is in it, what is cited most, what is missing,
and the shape of its mandate chains (longest chains, cycles)."""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from dataclasses import asdict, dataclass, field
from typing import TYPE_CHECKING

import networkx as nx
import pyoxigraph as ox

from .chain.longest import longest_mandate_chain as longest_mandate_chain
from .chain.longest import longest_paths as _longest_paths
from .errors import UsageError
from .model import STATEMENT_RELATIONS
from .vocab import terms
from .vocab.iris import DCT, MG

if TYPE_CHECKING:
    from .store.protocol import GraphStore

TOP = 10  # rows of each ranking in the report
_MANDATE = frozenset(STATEMENT_RELATIONS)
_ACT_KINDS = ("resolution", "decision", "document")


@dataclass(slots=True)
class Stats:
    """Counts and rankings; every list is (key, number...) rows, best first."""

    documents: int = 0
    documents_by_kind: dict[str, int] = field(default_factory=dict)
    documents_by_body: dict[str, int] = field(default_factory=dict)
    documents_by_language: dict[str, int] = field(default_factory=dict)
    documents_by_year: dict[str, int] = field(default_factory=dict)
    references: int = 0
    references_by_kind: dict[str, int] = field(default_factory=dict)
    references_by_relation: dict[str, int] = field(default_factory=dict)
    most_cited: list[tuple[str, str, int]] = field(default_factory=list)  # key, kind, documents
    not_in_store: list[tuple[str, str, int]] = field(default_factory=list)  # key, kind, documents
    not_in_store_total: int = 0
    never_cited: list[str] = field(default_factory=list)
    never_cited_total: int = 0
    longest_chains: list[list[str]] = field(default_factory=list)  # keys, mandated -> mandator
    cycles: list[list[str]] = field(default_factory=list)
    bodies_by_mandates: list[tuple[str, int]] = field(default_factory=list)  # body, mandates given


def compute_stats(store: GraphStore, *, top: int = TOP) -> Stats:
    """Everything `mandate-graph stats` prints, from one pass over the store."""
    from .network.whole import to_networkx

    g = to_networkx(store)
    s = Stats()
    ingested = [n for n, a in g.nodes(data=True) if a["ingested"]]
    s.documents = len(ingested)
    kinds = _values(store, MG + "documentKind")
    languages = _languages(store)
    s.documents_by_kind = _count(kinds.get(n, "unknown") for n in ingested)
    s.documents_by_body = _count(g.nodes[n]["body"] or "unknown" for n in ingested)
    s.documents_by_language = _count(
        lang for n in ingested for lang in languages.get(n, {"unknown"})
    )
    s.documents_by_year = dict(
        sorted(_count(g.nodes[n]["date"][:4] or "undated" for n in ingested).items())
    )

    edges = list(g.edges(data=True))
    s.references = len(edges)
    s.references_by_kind = _count(g.nodes[t]["kind"] for _, t, _ in edges)
    s.references_by_relation = _count(a["relation"] for _, _, a in edges)

    citing: dict[str, set[str]] = defaultdict(set)
    for _, target, a in edges:
        citing[target].add(a["source"])
    ranked = sorted(
        (n for n in citing if g.nodes[n]["kind"] in _ACT_KINDS),
        key=lambda n: (-len(citing[n]), g.nodes[n]["key"]),
    )
    s.most_cited = [(g.nodes[n]["key"], g.nodes[n]["kind"], len(citing[n])) for n in ranked[:top]]
    missing = [n for n in ranked if not g.nodes[n]["ingested"]]
    s.not_in_store_total = len(missing)
    s.not_in_store = [
        (g.nodes[n]["key"], g.nodes[n]["kind"], len(citing[n])) for n in missing[:top]
    ]
    never = sorted(g.nodes[n]["key"] for n in ingested if n not in citing)
    s.never_cited_total, s.never_cited = len(never), never[:top]

    mandates = _mandate_graph(g)
    s.longest_chains = [
        [g.nodes[n]["key"] for n in path] for path in longest_paths(mandates, top=min(top, 5))
    ]
    s.cycles = [[g.nodes[n]["key"] for n in cycle] for cycle in _cycles(mandates)[:top]]
    given = Counter(g.nodes[t]["body"] or "unknown" for _, t in mandates.edges)
    s.bodies_by_mandates = sorted(given.items(), key=lambda t: (-t[1], t[0]))[:top]
    return s


def _count(values) -> dict[str, int]:
    return dict(sorted(Counter(values).items(), key=lambda t: (-t[1], t[0])))


def _values(store: GraphStore, predicate: str) -> dict[str, str]:
    return {
        q.subject.value: q.object.value for q in store.quads(None, ox.NamedNode(predicate), None)
    }


def _languages(store: GraphStore) -> dict[str, set[str]]:
    """Work IRI -> languages of its versions in the store."""
    lang = _values(store, DCT + "language")
    out: dict[str, set[str]] = defaultdict(set)
    for q in store.quads(None, terms.EXPRESSION_OF, None):
        if q.subject.value in lang:
            out[q.object.value].add(lang[q.subject.value])
    return out


def _mandate_graph(g: nx.MultiDiGraph) -> nx.DiGraph:
    """Mandate links only, subject -> target (from the mandated to the mandating act)."""
    d = nx.DiGraph()
    d.add_edges_from((u, v) for u, v, a in g.edges(data=True) if a["relation"] in _MANDATE)
    return d


def longest_paths(d: nx.DiGraph, *, top: int = 1) -> list[list[str]]:
    """The longest chains (as node lists, mandated first), at most one per starting node;
    cycles collapsed (graph/chain/longest.py)."""
    return _longest_paths(d.edges(), top=top)


def _cycles(d: nx.DiGraph) -> list[list[str]]:
    """One cycle through each strongly connected group of acts, as a closed list of nodes."""
    out = []
    for group in nx.strongly_connected_components(d):
        if len(group) == 1:
            node = next(iter(group))
            if d.has_edge(node, node):
                out.append([node, node])
            continue
        sub = d.subgraph(group)
        cycle = nx.find_cycle(sub, source=min(group))
        out.append([u for u, _ in cycle] + [cycle[0][0]])
    return sorted(out, key=lambda c: (-len(c), c))


def format_stats(stats: Stats, fmt: str = "table") -> str:
    """The statistics as readable tables, or as JSON."""
    if fmt == "json":
        return json.dumps(asdict(stats), ensure_ascii=False, indent=2)
    if fmt not in ("table", "text"):
        raise UsageError(f"unknown stats format {fmt!r}: use table or json")
    from .console.table import format_table

    def counts(title: str, data: dict[str, int], what: str, unit: str) -> str:
        rows = list(data.items())
        return f"{title}\n" + (format_table((what, unit), rows) if rows else "  (none)")

    def ranking(title: str, rows: list, headers: tuple[str, ...], total: int | None = None) -> str:
        more = f" ({total} in all)" if total is not None and total > len(rows) else ""
        return f"{title}{more}\n" + (format_table(headers, rows) if rows else "  (none)")

    from .console.summary import chain_ends

    # Long chains by their ends (a 48,300-link chain is 800 KB): `chain KEY` prints them whole
    chains = [(len(c) - 1, chain_ends(c, " → ")) for c in stats.longest_chains]
    cycles = [(len(c) - 1, " → ".join(c)) for c in stats.cycles]
    parts = [
        f"documents: {stats.documents}   references: {stats.references}",
        counts("documents by kind", stats.documents_by_kind, "kind", "documents"),
        counts("documents by body", stats.documents_by_body, "body", "documents"),
        counts("documents by language", stats.documents_by_language, "language", "documents"),
        counts("documents by year", stats.documents_by_year, "year", "documents"),
        counts("references by kind of target", stats.references_by_kind, "kind", "references"),
        counts("references by relation", stats.references_by_relation, "relation", "references"),
        ranking("most-cited acts", stats.most_cited, ("key", "kind", "citing documents")),
        ranking(
            "cited but not in the store (what to ingest next)",
            stats.not_in_store,
            ("key", "kind", "citing documents"),
            stats.not_in_store_total,
        ),
        ranking(
            "documents in the store that nothing cites",
            [(k,) for k in stats.never_cited],
            ("key",),
            stats.never_cited_total,
        ),
        ranking("longest mandate chains", chains, ("links", "chain (mandated → mandating)")),
        ranking("cycles in mandate chains", cycles, ("links", "cycle")),
        ranking("bodies by mandates given", stats.bodies_by_mandates, ("body", "mandates")),
    ]
    return "\n\n".join(parts)
