"""GraphStore: what every store offers, the embedded one (embedded.py) and a SPARQL endpoint
(remote.py) alike. Stages take a GraphStore and never ask which one they hold, except for the
`remote` flag where the two differ in cost (time limits, streaming)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any, Protocol, Self

if TYPE_CHECKING:
    import pyoxigraph as ox

    from .writer import GraphWriter


class GraphStore(Protocol):
    """A quad store with one named graph per source document."""

    location: str
    read_only: bool
    remote: bool

    def writer(self, batch_quads: int | None = ...) -> GraphWriter:
        """A context that collects replaced graphs and writes them in batches."""
        ...

    def replace_graphs(self, graphs: Iterable[tuple[str, Iterable[ox.Quad]]]) -> None:
        """Replace many named graphs; each is whole or absent."""
        ...

    def replace_graph(self, graph: str, quads: Iterable[ox.Quad]) -> None:
        """Replace one named graph by `quads`."""
        ...

    def remove_graph(self, graph: str) -> bool:
        """Delete one named graph; False when it was not there."""
        ...

    def update(self, sparql: str) -> None:
        """Run a SPARQL update."""
        ...

    def query(self, sparql: str, *, substitutions: dict | None = None) -> Any:
        """Run SPARQL over the union of all graphs; pyoxigraph-shaped results."""
        ...

    def graphs(self) -> list[str]:
        """The named graphs, sorted."""
        ...

    def has_graph(self, graph: str) -> bool:
        """Whether named graph `graph` is in the store."""
        ...

    def quads(
        self, subject: Any = None, predicate: Any = None, obj: Any = None, graph: Any = None
    ) -> Iterator[Any]:
        """pyoxigraph Quads matching a pattern (None matches anything), across all graphs.

        Typed loosely: a quad's terms are unions that each caller narrows by the pattern it
        asked for (the object of mg:key is a Literal), which the type checker cannot know."""
        ...

    def __len__(self) -> int: ...

    def flush(self) -> None:
        """Make what was written durable."""
        ...

    def close(self) -> None:
        """Flush and release the store."""
        ...

    def __enter__(self) -> Self: ...

    def __exit__(self, exc_type: Any, exc: Any, tb: Any, /) -> None: ...
