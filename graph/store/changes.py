"""What a build changed in the store: enough to patch its outputs instead of redrawing them.

`StoreChanges` follows one build. It starts from the source files the store holds (graph IRI
-> SHA-256 and extractor version, what the build compares files against) and notes every graph
the build replaces or removes, with the subjects that graph stated before and after: only the
statements about those subjects can have changed (graph/export/patch.py uses that).

`state()` names the store's content: a digest of its source graphs (each with its file's hash
and the extractor version, which together decide its quads) and of the body list's graph.
graph.ttl and graph.html carry the state they were drawn from (draw/outputs.py); a build whose
store was in that state before it ran may patch them, and one whose store is still in it
leaves them alone. Anything that changes the store otherwise (`remove`, a build without
outputs, a run stopped half-way) changes the state, and the outputs are then drawn whole.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable

TYPE_CHECKING = False  # (as typing.TYPE_CHECKING, without importing typing: see graph/launch.py)
if TYPE_CHECKING:
    import pyoxigraph as ox

    from .protocol import GraphStore

# Beyond this many subjects, patching costs more than drawing anew: stop noting them.
MAX_SUBJECTS = 200_000
# Beyond this many nodes in one write, probing them costs about as much as counting all.
MAX_PROBED = 20_000

Source = tuple[str | None, str | None]  # SHA-256 of the file, extractor version


class StoreChanges:
    """The store's source graphs, and the graphs and subjects a build changed."""

    def __init__(
        self,
        sources: dict[str, Source],
        bodies: Iterable[ox.Quad],
        track: bool,
        probe: Callable[[GraphStore, set[str]], object] | None = None,
    ):
        self.sources = dict(sources)
        self.bodies = _digest(sorted(str(q) for q in bodies))
        # None: not followed (a remote store, too many changes): the outputs are drawn whole
        self.subjects: set[str] | None = set() if track else None
        self.graphs: set[str] = set()
        self.also: list[str] = []
        self.before = self.state()
        # What `probe` says of the nodes each write touches, before and after it (None: not
        # probed, e.g. too many at once); and the nodes of the graphs noted since the last write
        self.probes: list[tuple[object, object]] | None = [] if track and probe else None
        self._probe = probe
        self._nodes: set[str] = set()

    def state(self) -> str:
        """A digest of the store's content: its source graphs and the body list (and
        `also`, e.g. the quad count of a store that others may write to)."""
        rows = sorted(
            f"{g}\t{sha or ''}\t{version or ''}" for g, (sha, version) in self.sources.items()
        )
        return _digest([self.bodies, *rows, *self.also])

    def replacing(
        self, store: GraphStore, graph: str, quads: list[ox.Quad], source: Source
    ) -> None:
        """Note that `graph` is about to be replaced by `quads` (built from `source`)."""
        self._note(store, graph, quads)
        self.sources[graph] = source

    def removing(self, store: GraphStore, graph: str) -> None:
        """Note that `graph` is about to be removed."""
        self._note(store, graph, ())
        self.sources.pop(graph, None)

    def stop_following(self) -> None:
        """Outputs are drawn whole after this build (e.g. the body list changed)."""
        self.subjects = self.probes = None

    def write(self, store: GraphStore, write: Callable[[], object]) -> None:
        """Run `write` (of the graphs noted since the last one), probed before and after."""
        nodes, self._nodes = self._nodes, set()
        if self.probes is None or self._probe is None or not nodes:
            write()
            return
        if len(nodes) > MAX_PROBED:
            self.probes = None
            write()
            return
        before = self._probe(store, nodes)
        write()
        self.probes.append((before, self._probe(store, nodes)))

    def _note(self, store: GraphStore, graph: str, quads: Iterable[ox.Quad]) -> None:
        self.graphs.add(graph)
        if self.subjects is None:
            return
        import pyoxigraph as ox

        said = [list(quads)]
        if graph in self.sources:  # what it stated before
            said.append(list(store.quads(None, None, None, ox.NamedNode(graph))))
        for stated in said:
            self.subjects.update(str(q.subject) for q in stated)
            if self.probes is not None:
                self._nodes.update(str(q.subject) for q in stated)
                self._nodes.update(
                    str(q.object) for q in stated if isinstance(q.object, ox.NamedNode)
                )
        if len(self.subjects) > MAX_SUBJECTS:
            self.subjects = self.probes = None


class WatchedStore:
    """The store as a graph writer sees it: each batch written through `changes.write`."""

    def __init__(self, store: GraphStore, changes: StoreChanges):
        self.store, self.changes = store, changes

    def replace_graphs(self, graphs) -> None:
        batch = list(graphs)
        self.changes.write(self.store, lambda: self.store.replace_graphs(batch))

    def flush(self) -> None:
        self.store.flush()


def _digest(lines: list[str]) -> str:
    digest = hashlib.sha256()
    for line in lines:
        digest.update(line.encode("utf-8", "surrogatepass"))
        digest.update(b"\n")
    return digest.hexdigest()
