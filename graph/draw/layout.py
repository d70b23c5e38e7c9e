"""Starting positions for big views, computed in Python in linear time.

vis-network's own start (random points, or Kamada-Kawai under `improvedLayout`) needs hundreds of
physics steps at thousands of nodes, at 60 ms or more each in a browser. A radial tree per
connected component (its best-connected node in the middle, rings of neighbours around it) is
already readable; the page then polishes it with physics for a bounded time and stops.
"""

from __future__ import annotations

import math
from collections.abc import Hashable

import networkx as nx

SPACING = 90.0  # pixels between rings and between neighbours on a ring


def initial_positions(graph: nx.MultiDiGraph, spacing: float = SPACING) -> dict:
    """Node -> (x, y): one radial tree per weakly connected component, packed in rows."""
    neighbours: dict[Hashable, set] = {n: set() for n in graph.nodes}
    for u, v in graph.edges():
        if u != v:
            neighbours[u].add(v)
            neighbours[v].add(u)
    order = {n: i for i, n in enumerate(graph.nodes)}  # stable tie-break, whatever the node type
    components = sorted(
        nx.weakly_connected_components(graph), key=lambda c: (-len(c), min(order[n] for n in c))
    )
    laid_out = [_radial(c, neighbours, order, spacing) for c in components]
    return _pack(laid_out, spacing)


def _radial(component: set, neighbours: dict, order: dict, spacing: float) -> tuple[dict, float]:
    """Positions around (0, 0) and the radius they occupy.

    Rings by breadth-first distance from the best-connected node; each ring spread evenly around
    the circle in the order of its nodes' parents, so that children sit near their parent.
    """
    root = min(component, key=lambda n: (-len(neighbours[n]), order[n]))
    parent = {root: root}
    rings = [[root]]
    while True:
        ring = []
        for node in rings[-1]:
            unplaced = (n for n in neighbours[node] if n not in parent)
            for nxt in sorted(unplaced, key=order.__getitem__):
                parent[nxt] = node
                ring.append(nxt)
        if not ring:
            break
        rings.append(ring)

    positions = {root: (0.0, 0.0)}
    angle = {root: 0.0}
    radius = 0.0
    for ring in rings[1:]:
        # Each ring is wide enough for its nodes to sit `spacing` apart.
        radius = max(radius + spacing, len(ring) * spacing / (2 * math.pi))
        ring.sort(key=lambda n: (angle[parent[n]], order[n]))
        for i, node in enumerate(ring):
            a = 2 * math.pi * (i + 0.5) / len(ring)
            angle[node] = a
            positions[node] = (radius * math.cos(a), radius * math.sin(a))
    return positions, radius + spacing / 2


def _pack(laid_out: list[tuple[dict, float]], spacing: float) -> dict:
    """Place components left to right in rows (biggest first) about as wide as they are tall."""
    area = sum((2 * r) ** 2 for _p, r in laid_out)
    width = max(math.sqrt(area) * 1.1, max((2 * r for _p, r in laid_out), default=0.0))
    out: dict = {}
    x = y = row_height = 0.0
    for positions, r in laid_out:
        if x > 0 and x + 2 * r > width:
            x, y, row_height = 0.0, y + row_height + spacing / 2, 0.0
        cx, cy = x + r, y + r
        for node, (px, py) in positions.items():
            out[node] = (round(cx + px, 1), round(cy + py, 1))
        x += 2 * r + spacing / 2
        row_height = max(row_height, 2 * r)
    return out
