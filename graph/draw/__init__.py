"""Draw stage: an interactive, offline, self-contained HTML page of the graph.

    report = draw_html(store, "graph.html", key="CTOC/COP/WG.2", radius=2)

The page (vis-network, inlined from pyvis's copy) shows nodes by kind, sized by how often they
are cited, edges by relation with arrows from the mandated to the mandating act, a legend, text-only
tooltips with the evidence sentence, a search box, and the mandate chain of a clicked node.
It loads nothing from the network and runs no text from documents (see page.py).
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import networkx as nx

from ..atomic import write_atomic
from ..errors import ExportError, UsageError
from .groups import grouped_graph
from .page import Selection, render_page
from .view import MAX_NODES, build_view

if TYPE_CHECKING:
    from ..store.protocol import GraphStore

__all__ = ["MAX_NODES", "DrawReport", "Selection", "draw_html", "write_page"]


@dataclass(frozen=True, slots=True)
class DrawReport:
    """What was drawn: node and edge counts on the page, where, and whether acts were grouped."""

    nodes: int
    edges: int
    path: Path
    clustered: bool
    total_nodes: int = 0  # nodes in the selection before grouping (= nodes when not clustered)
    total_edges: int = 0
    bytes: int = 0

    def summary(self, output: object) -> str:
        """The line `show` prints: "wrote graph.html (12 nodes, 15 edges)"."""
        grouped = (
            (
                f"; {self.total_nodes} nodes grouped by body: narrow with --radius, --relation, "
                "--body or --since"
            )
            if self.clustered
            else ""
        )
        return f"wrote {output} ({self.nodes} nodes, {self.edges} edges{grouped})"


def draw_html(
    store: GraphStore,
    path: str | os.PathLike,
    *,
    key: str | None = None,
    radius: int | None = None,
    relations: Iterable[str] | None = None,
    bodies: Iterable[str] | None = None,
    since: int | None = None,
    max_nodes: int = MAX_NODES,
    counted: list | None = None,
) -> DrawReport:
    """Write the page for the store's graph (or KEY's neighbourhood, filtered) to `path`.

    A whole store with more than `max_nodes` nodes is grouped by body inside the store (see
    groups.py): its acts are never loaded one by one just to be counted. `counted`: a list that
    gets the counts a grouped page was drawn from (regroup.py).
    """
    from ..network.whole import expand_relations, to_networkx

    if radius is not None and radius < 0:
        raise UsageError(f"--radius must be 0 or more, not {radius}")
    if max_nodes < 1:
        raise UsageError(f"max_nodes must be 1 or more, not {max_nodes}")
    relations = tuple(relations) if relations else None
    bodies = tuple(bodies) if bodies else None
    selection = Selection(
        store=str(getattr(store, "location", "") or ""),
        key=key,
        radius=radius,
        relations=relations or (),
        bodies=bodies or (),
        since=since,
    )
    wanted = expand_relations(relations)
    if key is None and since is None and not (bodies and relations):
        found = grouped_graph(
            store, wanted, max_nodes, bodies=bodies, at_least=max_nodes, counted=counted
        )
        if found is not None:
            graph, total_nodes, total_edges = found
            return write_page(
                graph,
                path,
                selection=selection,
                max_nodes=max_nodes,
                grouped=(total_nodes, total_edges),
            )
    graph = to_networkx(
        store, key=key, radius=radius, relations=relations, bodies=bodies, since=since
    )
    return write_page(graph, path, selection=selection, max_nodes=max_nodes)


def write_page(
    graph: nx.MultiDiGraph,
    path: str | os.PathLike,
    *,
    selection: Selection | None = None,
    max_nodes: int = MAX_NODES,
    grouped: tuple[int, int] | None = None,
) -> DrawReport:
    """Write the page for a networkx graph shaped like `to_networkx`'s output to `path`
    (or, with `grouped`, like `grouped_graph`'s, standing for that many nodes and edges)."""
    selection = selection or Selection()
    if max_nodes < 1:
        raise UsageError(f"max_nodes must be 1 or more, not {max_nodes}")
    view = build_view(graph, focus_key=selection.key, max_nodes=max_nodes, grouped=grouped)
    data = render_page(view, selection).encode("utf-8", errors="replace")
    target = Path(path)
    _write_page(target, data)
    return DrawReport(
        nodes=len(view.nodes),
        edges=len(view.edges),
        path=target,
        clustered=view.clustered,
        total_nodes=view.total_nodes,
        total_edges=view.total_edges,
        bytes=len(data),
    )


def _write_page(target: Path, data: bytes) -> None:
    """Write `data` to a temp file beside `target`, then rename it over `target`.

    A failed or interrupted write leaves the previous file as it was and no temp file behind.
    """
    if target.is_dir():
        raise UsageError(f"{target} is a folder: give a file name such as {target / 'graph.html'}")
    try:
        write_atomic(target, lambda out: out.write(data), mode=0o644)  # a page is for sharing
    except OSError as exc:
        raise _write_error(target, exc) from exc


def _write_error(target: Path, exc: OSError) -> ExportError:
    return ExportError(f"cannot write {target}: {exc.strerror or exc}; choose another path")
