"""Stores: where the graph lives between commands.

`open_store(location)` gives one interface over an embedded on-disk Oxigraph store (the default),
an in-memory store (":memory:") and, in store_remote.py, any SPARQL 1.1 endpoint named by URL.
Each source document is one named graph, replaced as a whole in one transaction.
"""

from __future__ import annotations

import fcntl
import os
from collections.abc import Iterable, Iterator
from pathlib import Path

import pyoxigraph as ox

from .errors import NotFoundError, StoreError, StoreLockedError

DEFAULT_STORE = "mandate-graph.db"
ENV_STORE = "MANDATE_GRAPH_STORE"
MEMORY = ":memory:"


def default_location() -> str:
    """The store named by $MANDATE_GRAPH_STORE, else ./mandate-graph.db."""
    return os.environ.get(ENV_STORE) or DEFAULT_STORE


def open_store(
    location: str | os.PathLike | None = None, *, read_only: bool = False, create: bool = True
) -> Store:
    """Open (and with `create`, make) the store at `location`.

    `location` is a folder for the embedded store, ":memory:", or an http(s) URL of a SPARQL
    endpoint. A read-only store never takes the writer lock, so queries run during a build.
    """
    loc = str(location) if location is not None else default_location()
    if loc == MEMORY:
        return Store(ox.Store(), MEMORY)
    if loc.startswith(("http://", "https://")):
        from .store_remote import RemoteStore

        return RemoteStore(loc, read_only=read_only)
    path = Path(loc)
    if read_only or not create:
        if not (path / "CURRENT").exists():
            raise NotFoundError(
                f"no store at {loc}: run 'mandate-graph build PATH' first, or pass --store"
            )
    if read_only:
        try:
            return Store(ox.Store.read_only(str(path)), loc)
        except OSError as exc:
            raise StoreError(f"cannot open the store at {loc} read-only: {exc}") from exc
    if path.exists() and not path.is_dir():
        raise StoreError(f"{loc} is a file, not a store folder: pass another --store")
    lock = _take_lock(path)
    try:
        inner = ox.Store(str(path))
    except OSError as exc:
        os.close(lock)
        raise StoreError(f"cannot open the store at {loc}: {exc}") from exc
    return Store(inner, loc, lock_fd=lock)


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

    def __init__(self, inner: ox.Store, location: str, lock_fd: int | None = None):
        self.inner = inner
        self.location = location
        self._lock_fd = lock_fd

    # -- writing -------------------------------------------------------------------------
    def replace_graph(self, graph: str, quads: Iterable[ox.Quad]) -> None:
        """Replace named graph `graph` by `quads` in one transaction (all or nothing)."""
        g = ox.NamedNode(graph)
        quads = [
            q if q.graph_name == g else ox.Quad(q.subject, q.predicate, q.object, g) for q in quads
        ]
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
        self.inner = _Closed(self.location)
        if self._lock_fd is not None:
            os.close(self._lock_fd)
            self._lock_fd = None

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc) -> None:
        self.close()


class _Closed:
    """Stands in for the database after close(): any use says so in one line."""

    def __init__(self, location: str):
        self.location = location

    def __getattr__(self, name: str):
        raise StoreError(f"the store at {self.location} is closed: open it again with open_store")
