"""The embedded store: an on-disk Oxigraph database (the default) or one in memory (":memory:").

store/open.py picks this store or, in store/remote.py, any SPARQL 1.1 endpoint named by URL; both
follow the GraphStore protocol (store/protocol.py). Each source document is one named graph,
always in the store whole or not at all:

- `replace_graph` replaces one graph in one transaction;
- `replace_graphs` (and `writer()`, which collects graphs into batches: store/writer.py)
  writes many graphs with the bulk loader, two to three times faster. The loader adds its files
  to the database in one atomic step, and before it starts the batch's graph names are written
  to a pending list in the store folder, removed once the batch is flushed: a writer that
  opens the store after a process died mid-batch drops those graphs, and the next build loads
  them again. So a kill at any moment leaves each document whole or absent.
"""

from __future__ import annotations

import fcntl
import itertools
import os
from collections.abc import Iterable, Iterator

import pyoxigraph as ox

from ..errors import NotFoundError, StoreError, StoreLockedError
from .writer import GraphWriter, drain

TYPE_CHECKING = False  # (as typing.TYPE_CHECKING, without importing typing: see graph/launch.py)
if TYPE_CHECKING:
    from pathlib import Path

MEMORY = ":memory:"
# Below this many quads a batch goes in as one transaction per graph: as fast (the loader costs
# about 10 ms a batch) and it adds no small files to the database.
SMALL_BATCH = 1_000
# Inside the store folder: the graphs of the bulk batch being written, one IRI a line.
PENDING = "mandate-graph.pending"
# Inside the store folder: the files builds hashed (store/seen.py).
SEEN = "mandate-graph.files"


def open_embedded(loc: str, *, read_only: bool = False, create: bool = True) -> Store:
    """Open (and with `create`, make) the embedded store in folder `loc`, or ":memory:".

    A read-only store never takes the writer lock, so queries run during a build.
    """
    if loc == MEMORY:
        return Store(ox.Store(), MEMORY)
    if read_only or not create:
        if not os.path.exists(os.path.join(loc, "CURRENT")):
            raise NotFoundError(
                f"no store at {loc}: run 'mandate-graph build PATH' first, or pass --store"
            )
    if read_only:
        try:
            return Store(ox.Store.read_only(loc), loc, read_only=True)
        except OSError as exc:
            raise StoreError(f"cannot open the store at {loc} read-only: {exc}") from exc
    from pathlib import Path  # (here: read-only commands such as `query` never load it)

    path = Path(loc)
    if path.exists() and not path.is_dir():
        raise StoreError(f"{loc} is a file, not a store folder: pass another --store")
    lock = _take_lock(path)
    try:
        inner = ox.Store(str(path))
        repaired = _finish_interrupted_batch(inner, path)
    except OSError as exc:
        os.close(lock)
        raise StoreError(f"cannot open the store at {loc}: {exc}") from exc
    store = Store(inner, loc, lock_fd=lock)
    store.repaired = repaired
    return store


def _finish_interrupted_batch(inner: ox.Store, path: Path) -> list[str]:
    """Drop the graphs of a bulk batch whose writer died before finishing it; returns them.

    Runs with the writer lock and the database open, so no other writer can be mid-batch.
    """
    # The bulk loader's own temporary files (bulk-<random>.sst), left by a process that died
    # before they were added to the database: garbage the database never reads.
    for leftover in path.glob("bulk-*.sst"):
        leftover.unlink(missing_ok=True)
    journal = path / PENDING
    for name in (PENDING, SEEN):  # a list never renamed into place
        for leftover in path.glob(f".{name}.*.tmp"):
            leftover.unlink(missing_ok=True)
    path.joinpath(PENDING + ".tmp").unlink(missing_ok=True)  # the name earlier versions used
    if not journal.exists():
        return []
    graphs = [line.strip() for line in journal.read_text("utf-8").splitlines() if line.strip()]
    drops = []
    for graph in graphs:
        try:
            drops.append(f"DROP SILENT GRAPH {ox.NamedNode(graph)}")
        except ValueError:
            continue  # not an IRI: nothing of it can be in the store
    if drops:
        inner.update(" ;\n".join(drops))
        inner.flush()
    from ..atomic import sync_directory

    journal.unlink()
    sync_directory(path)
    return graphs


def _take_lock(path: Path) -> int:
    """One writer at a time: an advisory lock on <store>.lock, released when the process ends."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(str(path) + ".lock", os.O_RDWR | os.O_CREAT, 0o644)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        # The holder wrote its process id into the lock file: name it, so the user can find it.
        holder = os.read(fd, 32).decode("ascii", "replace").strip()
        os.close(fd)
        who = f" (pid {holder})" if holder.isdigit() else ""
        raise StoreLockedError(
            f"store is locked: another mandate-graph process{who} is writing to {path}; "
            "wait for it to finish, or use another --store"
        ) from None
    os.ftruncate(fd, 0)
    os.pwrite(fd, f"{os.getpid()}\n".encode("ascii"), 0)
    return fd


class Store:
    """An Oxigraph store (embedded or in memory) with one named graph per source document."""

    remote = False

    def __init__(
        self, inner: ox.Store, location: str, lock_fd: int | None = None, read_only: bool = False
    ):
        self.inner = inner
        self.location = location
        self.read_only = read_only
        self._lock_fd = lock_fd
        self.repaired: list[str] = []  # graphs of an interrupted batch dropped on opening

    # -- writing -------------------------------------------------------------------------
    def writer(self, batch_quads: int | None = None) -> GraphWriter:
        """A context that collects replaced graphs and writes them `batch_quads` at a time."""
        return GraphWriter(self, batch_quads)

    def replace_graphs(self, graphs: Iterable[tuple[str, Iterable[ox.Quad]]]) -> None:
        """Replace many named graphs as one batch; each is whole or absent whatever happens.

        Graphs already present are dropped first (one transaction), then every quad of the
        batch goes in with the bulk loader, whose files the database adds in one atomic step.
        The batch's graph names are written to the pending list before the store changes and
        removed once the batch is flushed, so a writer opening the store after a crash drops
        whatever the batch left (see open_store). A later graph of the same name wins.
        """
        names, batch = {}, {}
        for graph, quads in graphs:
            names[graph] = ox.NamedNode(graph)
            batch[graph] = _in_graph(names[graph], quads)
        if sum(map(len, batch.values())) < SMALL_BATCH:
            for graph, quads in batch.items():
                self._replace_one(names[graph], quads)
            return
        if self.read_only:
            raise StoreError(
                f"the store at {self.location} was opened read-only: this "
                "command does not write; use build or remove to change it"
            )
        from pathlib import Path

        journal = None if self.location == MEMORY else Path(self.location) / PENDING
        try:
            if journal is not None:
                # A batch that failed earlier in this process: repaired first, as on opening.
                self.repaired += _finish_interrupted_batch(self.inner, journal.parent)
                text = "".join(f"{graph}\n" for graph in batch).encode("utf-8")
                from ..atomic import write_atomic  # (tempfile: not loaded by read-only commands)

                write_atomic(journal, lambda out: out.write(text), sync_folder=True)
            present = [g for g in names.values() if self.inner.contains_named_graph(g)]
            if present:
                self.inner.update(" ;\n".join(f"DROP SILENT GRAPH {g}" for g in present))
            empty = [names[graph] for graph, quads in batch.items() if not quads]
            # Each document's quads are let go as the loader takes them: it keeps its own copy.
            self.inner.bulk_extend(itertools.chain.from_iterable(drain(batch)))
            for g in empty:
                self.inner.add_graph(g)
            # Durable before the list goes: the drops sit in the write-ahead log until then.
            self.flush()
            if journal is not None:
                from ..atomic import sync_directory

                journal.unlink()
                sync_directory(journal.parent)
        except OSError as exc:
            raise StoreError(f"cannot write to the store at {self.location}: {exc}") from exc

    def replace_graph(self, graph: str, quads: Iterable[ox.Quad]) -> None:
        """Replace named graph `graph` by `quads` in one transaction (all or nothing)."""
        g = ox.NamedNode(graph)
        self._replace_one(g, _in_graph(g, quads))

    def _replace_one(self, g: ox.NamedNode, quads: list[ox.Quad]) -> None:
        if not self.inner.contains_named_graph(g):
            # A new document: one `extend` is one transaction, and about twice as fast as
            # going through a SPARQL update.
            try:
                self.inner.extend(quads)
                self.inner.add_graph(g)
            except OSError as exc:
                raise StoreError(f"cannot write to the store at {self.location}: {exc}") from exc
            return
        # A changed document: drop and insert in one update, so no reader ever sees it half-done.
        body = ox.serialize(
            (ox.Triple(q.subject, q.predicate, q.object) for q in quads),
            format=ox.RdfFormat.N_TRIPLES,
        )
        text = body.decode("utf-8") if body else ""
        self.update(f"DROP SILENT GRAPH {g} ;\nINSERT DATA {{ GRAPH {g} {{\n{text}}} }}")

    def remove_graph(self, graph: str) -> bool:
        """Delete one named graph; False when it was not there."""
        g = ox.NamedNode(graph)
        if not self.inner.contains_named_graph(g):
            return False
        self.update(f"DROP GRAPH {g}")
        return True

    def update(self, sparql: str) -> None:
        try:
            self.inner.update(sparql)
        except OSError as exc:
            raise StoreError(f"cannot write to the store at {self.location}: {exc}") from exc

    # -- reading -------------------------------------------------------------------------
    def query(self, sparql: str, *, substitutions: dict | None = None):
        """Run SPARQL over the union of all graphs; returns pyoxigraph results."""
        return self.inner.query(
            sparql, use_default_graph_as_union=True, substitutions=substitutions
        )

    def graphs(self) -> list[str]:
        return sorted(g.value for g in self.inner.named_graphs() if isinstance(g, ox.NamedNode))

    def has_graph(self, graph: str) -> bool:
        return self.inner.contains_named_graph(ox.NamedNode(graph))

    def quads(self, subject=None, predicate=None, obj=None, graph=None) -> Iterator[ox.Quad]:
        """Quads matching a pattern (None matches anything), across all graphs."""
        return self.inner.quads_for_pattern(subject, predicate, obj, graph)

    def __len__(self) -> int:
        return len(self.inner)

    def flush(self) -> None:
        if self.location != MEMORY:
            self.inner.flush()

    def close(self) -> None:
        """Flush, release the database (so it can be opened again), then the writer lock."""
        if self._lock_fd is not None:
            self.flush()
        self.inner = _Closed(self.location)  # type: ignore[assignment]  # fails on any use
        if self._lock_fd is not None:
            os.close(self._lock_fd)
            self._lock_fd = None

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def _in_graph(g: ox.NamedNode, quads: Iterable[ox.Quad]) -> list[ox.Quad]:
    """`quads` moved into graph `g`."""
    return [q if q.graph_name == g else ox.Quad(q.subject, q.predicate, q.object, g) for q in quads]


class _Closed:
    """Stands in for the database after close(): any use says so in one line."""

    def __init__(self, location: str):
        self.location = location

    def __getattr__(self, name: str):
        raise StoreError(f"the store at {self.location} is closed: open it again with open_store")
