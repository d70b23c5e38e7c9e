"""What the page draws: vis-network nodes, edges and options built (with pyvis) from the graph.

The networkx graph comes from `graph.network.to_networkx`: nodes carry key, kind, label, title,
date, body, iri and cited; edges (subject -> target, i.e. from the mandated to the mandating act)
carry relation, evidence, source and date. Text from documents goes into each item's `mg` field,
which vis-network ignores: the page shows it through its own text-only tooltips, never through
vis-network's `title` (which may be rendered as HTML).
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from urllib.parse import urlsplit

import networkx as nx
from pyvis.edge import Edge
from pyvis.network import Network

from ..vocab.labels import body_names
from .groups import group_graph
from .layout import initial_positions
from .overview import OVERVIEW_AT, overview
from .search import search_form, search_names
from .style import (
    CHAIN_RELATIONS,
    KIND_STYLES,
    kind_style,
    node_size,
    relation_style,
    relation_words,
)

# Above this many nodes the page groups acts by body instead of drawing each one: vis-network
# draws and settles 5,000 nodes in a few seconds, 50,000 would freeze the tab.
MAX_NODES = 5000
# Above this many nodes: solid straight edges, edges hidden while dragging.
LARGE = 1000
# Up to this many nodes vis-network's own start layout is good and quick; above, Python's.
SMALL = 150
# How long the page may polish the layout with physics before it stops it (milliseconds):
# less for bigger views, whose Python start layout needs it less and whose steps cost more.
LAYOUT_BUDGET_MS = ((LARGE, 3000), (3 * LARGE, 2000), (None, 1000))
_TEXT_LIMIT = 600  # characters of a title or evidence sentence kept for a tooltip
_LABEL_LIMIT = 48  # characters of a node label drawn on the canvas
_EVIDENCE_PER_EDGE = 3


@dataclass(slots=True)
class View:
    """The page's data: vis-network items and options, and what was left out."""

    nodes: list[dict]
    edges: list[dict]
    options: dict
    kinds: list[str]
    relations: list[str]
    clustered: bool = False
    total_nodes: int = 0
    total_edges: int = 0
    focus: int | None = None
    keys: list[str] = field(default_factory=list)
    large: bool = False  # big view: solid edges, and a click selects the chain without dimming
    layout_budget_ms: int = 3000
    groups: list[dict] = field(default_factory=list)  # the overview's groups (see overview.py)


def build_view(
    graph: nx.MultiDiGraph,
    *,
    focus_key: str | None = None,
    max_nodes: int = MAX_NODES,
    grouped: tuple[int, int] | None = None,
) -> View:
    """Turn `graph` into vis-network data; above `max_nodes` nodes, one node per body.

    grouped: `graph` is already grouped by body (see groups.grouped_graph) and stands for this
    many (nodes, edges).
    """
    if grouped is not None:
        (total_nodes, total_edges), clustered = grouped, True
    else:
        total_nodes, total_edges = graph.number_of_nodes(), graph.number_of_edges()
        clustered = total_nodes > max_nodes
        if clustered:
            graph = cluster_by_body(graph, max_nodes)
    ids = {node: i for i, node in enumerate(graph.nodes)}
    focus = _find_focus(graph, focus_key, ids)
    evidence = _node_evidence(graph)
    body_names = _body_names(graph)
    groups, member = (
        overview(graph, body_names)
        if not clustered and graph.number_of_nodes() > OVERVIEW_AT
        else ([], {})
    )
    positions = initial_positions(graph) if graph.number_of_nodes() > SMALL else {}
    large = graph.number_of_nodes() > LARGE or graph.number_of_edges() > 3 * LARGE

    net = Network(directed=True, height="100%", width="100%")
    kinds: Counter[str] = Counter()
    for node, attrs in graph.nodes(data=True):
        kind = str(attrs.get("kind") or "unresolved")
        kinds[kind] += 1
        style = kind_style(kind)
        is_focus = ids[node] == focus
        members = int(attrs.get("members") or 0)
        xy = dict(zip(("x", "y"), positions[node], strict=True)) if positions else {}
        info = _node_info(node, attrs, kind, evidence.get(node), is_focus, body_names)
        if member:
            info["g"] = member[node]
        net.add_node(
            ids[node],
            label=_clip(_label(node, attrs), _LABEL_LIMIT) or " ",
            shape=style.shape,
            color={
                "background": style.colour,
                "border": "#1f3a5f" if is_focus else "#3a3a3a",
                "highlight": {"background": style.colour, "border": "#000000"},
                "hover": {"background": style.colour, "border": "#000000"},
            },
            size=_group_size(members) if clustered else node_size(int(attrs.get("cited") or 0)),
            borderWidth=3 if is_focus else 1,
            mg=info,
            **xy,
        )

    relations: Counter[str] = Counter()
    pair_count: Counter[tuple[int, int]] = Counter()
    for (u, v, relation), items in _merged_edges(graph).items():
        iu, iv = ids[u], ids[v]
        relations[relation] += 1
        rstyle = relation_style(relation)
        parallel = pair_count[(iu, iv)]
        pair_count[(iu, iv)] += 1
        count = sum(int(d.get("count") or 1) for d in items)
        options: dict = {
            "label": _edge_label(relation, count, clustered),
            "color": {"color": rstyle.colour, "highlight": rstyle.colour, "hover": rstyle.colour},
            "width": min(1 + math.log2(count) / 2, 6) if clustered else rstyle.width,
            # Dashed lines cost canvas most of its drawing time (0.9 s against 0.17 s a frame
            # at 5,000 nodes), so big views draw them solid: colour tells relations apart.
            "dashes": list(rstyle.dashes) if rstyle.dashes and not large else False,
            "mg": _edge_info(relation, items, count),
        }
        if parallel:  # a second relation between the same two acts: bend it so both show
            options["smooth"] = {"enabled": True, "type": "curvedCW", "roundness": 0.2 * parallel}
        # Edge() directly rather than Network.add_edge, whose node check is a list scan per
        # edge (quadratic at thousands of nodes).
        net.edges.append(Edge(iu, iv, directed=True, **options).options)

    net.options = _options(graph.number_of_nodes(), large)
    nodes, edges, _heading, _height, _width, _options_json = net.get_network_data()
    for i, edge in enumerate(edges):
        edge["id"] = i
    return View(
        nodes=nodes,
        edges=edges,
        options=net.options,
        kinds=[k for k in KIND_STYLES if k in kinds] + sorted(set(kinds) - set(KIND_STYLES)),
        relations=sorted(relations, key=lambda r: (_GROUP_ORDER[relation_style(r).group], r)),
        clustered=clustered,
        total_nodes=total_nodes,
        total_edges=total_edges,
        focus=focus,
        keys=sorted({n["mg"]["key"] for n in nodes}),
        layout_budget_ms=next(
            ms for limit, ms in LAYOUT_BUDGET_MS if limit is None or len(nodes) <= limit
        ),
        large=large,
        groups=groups,
    )


_GROUP_ORDER = {"mandate": 0, "citation": 1, "structure": 2}


def _group_size(members: int) -> float:
    return min(10 + 4 * math.log2(1 + members), 50)


def _edge_label(relation: str, count: int, clustered: bool) -> str:
    if clustered:
        return f"{count:,}"
    words = relation_words(relation)
    return words if count == 1 else f"{words} ×{count:,}"


def _options(n_nodes: int, large: bool) -> dict:
    """vis-network options: physics only until the layout settles (the page then stops it)."""
    return {
        "autoResize": True,
        "nodes": {
            "font": {
                "size": 13,
                "face": "system-ui, sans-serif",
                "strokeWidth": 3,
                "strokeColor": "#ffffff",
            },
            "scaling": {"label": {"drawThreshold": 7}},
        },
        "edges": {
            "arrows": {"to": {"enabled": True, "scaleFactor": 0.5}},
            "smooth": False if large else {"enabled": True, "type": "continuous", "roundness": 0.3},
            "font": {
                "size": 10,
                "align": "middle",
                "color": "#444444",
                "strokeWidth": 3,
                "strokeColor": "#ffffff",
            },
            "selectionWidth": 1.5,
            "hoverWidth": 0.8,
        },
        "physics": {
            "enabled": True,
            "solver": "forceAtlas2Based",
            "forceAtlas2Based": {
                "gravitationalConstant": -60,
                "springLength": 110,
                "springConstant": 0.06,
                "avoidOverlap": 0.3,
            },
            # The page stops stabilising after layout_budget_ms, whichever comes first.
            "stabilization": {
                "enabled": True,
                "iterations": 1000,
                "updateInterval": 2 if large else 25,  # check the time budget often
                "fit": True,
            },
        },
        "interaction": {
            "hover": True,
            "hideEdgesOnDrag": large,
            "hideEdgesOnZoom": large,
            "keyboard": {"enabled": True, "bindToWindow": False},
            "multiselect": False,
        },
        # vis-network's improved layout runs Kamada-Kawai, far too slow for big graphs.
        "layout": {"improvedLayout": n_nodes <= SMALL, "randomSeed": 7},
    }


def _label(node, attrs: dict) -> str:
    return str(attrs.get("label") or attrs.get("key") or node)


def _clip(text: str | None, limit: int) -> str:
    text = " ".join(str(text or "").split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def undocs_link(iri: str | None) -> str | None:
    """`iri` when it is a plain https://undocs.org/ address, else None (no other links)."""
    if not iri or not iri.startswith("https://undocs.org/"):
        return None
    if any(c.isspace() or ord(c) < 32 or c in "\"'<>\\`" for c in iri):
        return None
    parts = urlsplit(iri)
    if parts.scheme != "https" or parts.netloc != "undocs.org" or parts.username:
        return None
    return iri


def _body_names(graph: nx.MultiDiGraph) -> dict[str, str]:
    """Body key -> its English name: from the body list (ontology/bodies.ttl), else the title
    of the body's node in the graph."""
    index = body_names()
    names = {
        str(attrs.get("key")): str(attrs.get("title") or "")
        for _node, attrs in graph.nodes(data=True)
        if attrs.get("kind") == "body" and attrs.get("key") and attrs.get("title")
    }
    named = {str(attrs.get("body") or "") for _n, attrs in graph.nodes(data=True)}
    named |= {
        str(attrs.get("key") or "")
        for _n, attrs in graph.nodes(data=True)
        if attrs.get("kind") == "cluster"
    }
    for body in named - {""}:
        if body in index:
            names[body] = index[body][0]
    return names


def _node_info(
    node, attrs: dict, kind: str, evidence: dict | None, focus: bool, body_names: dict[str, str]
) -> dict:
    key = str(attrs.get("key") or node)
    label = _clip(_label(node, attrs), 200)
    body = str(attrs.get("body") or "")
    info: dict[str, object] = {
        "key": key,
        "label": label,
        # Folded names the search box matches exactly (see search.py): key first.
        "find": [search_form(key), *search_names(key, label, kind)],
        "bodyName": body_names.get(key if kind == "cluster" else body, "") if body != key else "",
        "kind": kind,
        "title": _clip(attrs.get("title"), _TEXT_LIMIT),
        "date": str(attrs.get("date") or ""),
        "body": body,
        "iri": str(attrs.get("iri") or ""),
        "link": undocs_link(attrs.get("iri")),
        "cited": int(attrs.get("cited") or 0),
    }
    if evidence:
        info["evidence"] = evidence
    if "members" in attrs:
        info["members"] = int(attrs["members"])
        info["kinds"] = dict(attrs.get("kinds") or {})
    if focus:
        info["focus"] = True
    return {k: v for k, v in info.items() if v not in ("", None)}


def _node_evidence(graph: nx.MultiDiGraph) -> dict:
    """For each node, one sentence showing how it is cited (a mandate sentence if there is one)."""
    best: dict = {}
    for _u, v, data in graph.edges(data=True):
        text = data.get("evidence")
        if not text:
            continue
        rank = 0 if data.get("relation") in CHAIN_RELATIONS else 1
        if v not in best or rank < best[v][0]:
            best[v] = (
                rank,
                {
                    "text": _clip(text, _TEXT_LIMIT),
                    "relation": str(data.get("relation") or ""),
                    "source": _clip(data.get("source"), 200),
                },
            )
    return {node: info for node, (_rank, info) in best.items()}


def _merged_edges(graph: nx.MultiDiGraph) -> dict[tuple, list[dict]]:
    """Edges grouped by (subject, target, relation): one drawn line per relation and pair."""
    merged: dict[tuple, list[dict]] = defaultdict(list)
    for u, v, data in graph.edges(data=True):
        merged[(u, v, str(data.get("relation") or "cites"))].append(data)
    return merged


def _edge_info(relation: str, items: list[dict], count: int) -> dict:
    quotes: list[dict[str, str]] = []
    seen: set[str] = set()
    for data in items:
        text = _clip(data.get("evidence"), _TEXT_LIMIT)
        if text and text not in seen and len(quotes) < _EVIDENCE_PER_EDGE:
            seen.add(text)
            quotes.append(
                {
                    "text": text,
                    "source": _clip(data.get("source"), 200),
                    "date": str(data.get("date") or ""),
                }
            )
    info = {
        "relation": relation,
        "words": relation_words(relation),
        "group": relation_style(relation).group,
        "count": count,
    }
    breakdown: Counter[str] = Counter()
    for data in items:
        breakdown.update(data.get("breakdown") or {})
    if breakdown:
        info["breakdown"] = [[r, n] for r, n in breakdown.most_common()]
    if quotes:
        info["evidence"] = quotes
    return info


def _find_focus(graph: nx.MultiDiGraph, key: str | None, ids: dict) -> int | None:
    """The node the page is centred on: matched by key, IRI or label, case aside."""
    if not key:
        return None
    wanted = key.strip().casefold()
    for field_name in ("key", "iri", "label"):
        for node, attrs in graph.nodes(data=True):
            if str(attrs.get(field_name) or "").casefold() == wanted:
                return ids[node]
    return ids[key] if key in ids else None


def cluster_by_body(graph: nx.MultiDiGraph, limit: int = MAX_NODES) -> nx.MultiDiGraph:
    """One node per issuing body (acts without one grouped by kind), edges counted per relation.

    Keeps the `limit` biggest groups when even the groups are too many.
    """
    group_of: dict = {}
    members: Counter[str] = Counter()
    cited: Counter[str] = Counter()
    kinds: dict[str, Counter[str]] = defaultdict(Counter)
    for node, attrs in graph.nodes(data=True):
        kind = str(attrs.get("kind") or "unresolved")
        if kind == "body":
            group = str(attrs.get("key") or node)
        else:
            group = str(attrs.get("body") or f"({kind}, no body)")
        group_of[node] = group
        members[group] += 1
        cited[group] += int(attrs.get("cited") or 0)
        kinds[group][kind] += 1
    links: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    for u, v, data in graph.edges(data=True):
        links[(group_of[u], group_of[v])][str(data.get("relation") or "cites")] += 1
    return group_graph(members, cited, kinds, links, limit)
