"""The batch writer: collects replaced graphs and hands them to a store in batches.

Both stores give one through `store.writer()`; the embedded store bulk-loads each batch, the
remote one sends it as one update.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

TYPE_CHECKING = False  # (as typing.TYPE_CHECKING, without importing typing: see graph/launch.py)
if TYPE_CHECKING:
    from typing import Protocol

    import pyoxigraph as ox

# Quads per bulk batch: bounds a build's memory (the batch as Python objects, then the loader's
# sorted copy: about 1 KB a quad) while keeping the loader's fixed cost per batch small.
BATCH_QUADS = 100_000


if TYPE_CHECKING:

    class GraphSink(Protocol):
        """What the writer needs of a store (every GraphStore is one)."""

        def replace_graphs(self, graphs: Iterable[tuple[str, Iterable[ox.Quad]]]) -> None: ...

        def flush(self) -> None: ...


class GraphWriter:
    """Collects replaced graphs and writes them in batches of about `batch_quads` quads.

    Used as a context: the last batch is written on leaving it normally; after an exception
    the graphs not yet written are left out (absent, so the next build loads them).
    """

    def __init__(self, store: GraphSink, batch_quads: int | None = None):
        self.store = store
        self.batch_quads = batch_quads or BATCH_QUADS
        self._pending: dict[str, list[ox.Quad]] = {}
        self._quads = 0

    def replace_graph(self, graph: str, quads: Iterable[ox.Quad]) -> None:
        """Queue `graph` to be replaced by `quads` (a later call for the same graph wins)."""
        quads = list(quads)
        self._quads += len(quads) - len(self._pending.pop(graph, ()))
        self._pending[graph] = quads
        if self._quads >= self.batch_quads:
            self.flush()

    def flush(self) -> None:
        """Write the queued graphs now."""
        pending, self._pending, self._quads = self._pending, {}, 0
        if pending:
            self.store.replace_graphs(drain(pending, items=True))

    def __enter__(self) -> GraphWriter:
        return self

    def __exit__(self, exc_type, exc, tb) -> None:
        if exc_type is None:
            self.flush()
            self.store.flush()
        else:
            self._pending, self._quads = {}, 0


def drain(batch: dict, *, items: bool = False) -> Iterator:
    """The values (or items) of `batch`, each removed from it as it is handed out."""
    while batch:
        graph, quads = batch.popitem()
        yield (graph, quads) if items else quads
