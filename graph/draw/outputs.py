"""The outputs of `build`: graph.ttl and graph.html, written whole, patched, or left alone.

Beside them, `.graph-stamp` says what they show: the store's location, the package version,
the state of the store's content (store/changes.py) and the size and modification time of
both files. A build then

- leaves both files alone when they still show the store (nothing changed since);
- patches graph.ttl (export/patch.py: only the blocks of the subjects the changed graphs
  state) and moves the counts of a grouped page (regroup.py) when the files show the store as
  it was before this build, untouched since;
- writes both whole otherwise: no stamp, a stamp of another store, state or version, a file
  edited or replaced, a remote store, `--force`, or too many changes to follow.

The stamp goes before either file is replaced and comes back after both are written, so a
build stopped in between leaves no stamp, and the next one writes them whole. Each file is
written through a temporary file and a rename.
"""

from __future__ import annotations

import gc
from pathlib import Path
from typing import cast

import pyoxigraph as ox

from ..atomic import write_atomic
from ..export.patch import patch_turtle
from ..export.rdf import export_graph
from ..store.stamp import PAGE, STAMP, TURTLE, stamp, stamp_in
from . import MAX_NODES, Selection, draw_html, regroup, write_page
from .groups import Counts, Grouper

TYPE_CHECKING = False
if TYPE_CHECKING:
    from ..store.changes import StoreChanges
    from ..store.protocol import GraphStore


def _draw(store: GraphStore, path: Path, counts: Counts | None) -> Counts | None:
    """Draw the page of the whole store: grouped from `counts` when it still is a grouped
    page, else from the store. Returns the counts of a grouped page (None: not grouped)."""
    if counts is not None:
        grouper = Grouper(store)
        if grouper.nodes(counts) > MAX_NODES:
            graph, nodes, edges = grouper.graph(counts, MAX_NODES)
            selection = Selection(store=str(getattr(store, "location", "") or ""))
            write_page(
                graph, path, selection=selection, max_nodes=MAX_NODES, grouped=(nodes, edges)
            )
            return counts
    counted: list[Counts] = []
    draw_html(store, path, max_nodes=MAX_NODES, counted=counted)
    return counted[0] if counted else None


def _patched(store: ox.Store, path: Path, changes: StoreChanges) -> bool:
    """Patch graph.ttl for the subjects `changes` noted; False when the file is not the
    export's shape or cannot be read (it is then written whole)."""
    try:
        patch_turtle(store, path, changes.subjects or ())
    except (ValueError, OSError):
        return False
    return True


def write_outputs(
    store: GraphStore, out: Path, where: str, changes: StoreChanges, *, force: bool = False
) -> bool:
    """Bring graph.ttl and graph.html in `out` up to date with `store` (at `where`) after a
    build that made `changes`; False when they already were (nothing written)."""
    old = stamp_in(out)
    after = changes.state()
    if not force and old and old == stamp(where, after, out):
        return False
    inner = getattr(store, "inner", None)
    local = inner if isinstance(inner, ox.Store) else None
    patch = (
        not force
        and changes.subjects is not None
        and local is not None
        and bool(old)
        and old == stamp(where, changes.before, out)
    )
    gc.freeze()  # (the outputs' modules too; build lets all go at its end)
    out.mkdir(parents=True, exist_ok=True)
    (out / STAMP).unlink(missing_ok=True)  # until both files are written again
    if not (patch and local is not None and _patched(local, out / TURTLE, changes)):
        export_graph(store, out / TURTLE, "turtle")
    counts = None
    if patch and changes.probes is not None:
        counts = regroup.load(out, changes.before)
        if counts is not None:
            counts = regroup.moved(counts, cast(list, changes.probes))
    regroup.save(out, after, _draw(store, out / PAGE, counts))
    text = stamp(where, after, out)
    write_atomic(out / STAMP, lambda f: f.write(text.encode("utf-8")))
    return True
