"""The store's content in one canonical order, for export and validate, in bounded memory.

Sorting the canonical N-Triples form of every triple gives the same order whatever the store
(an embedded store lists quads by hash, an in-memory one by insertion) and whatever order the
documents were loaded in. Lines are bytes as Oxigraph writes them ("<s> <p> <o> .\n"): every
newline inside a literal is escaped, so a line is one triple and byte order is canonical order.

The union of all graphs is sorted like an external sort: graphs are read one at a time, their
lines gathered up to `run_bytes`, sorted, and written to a temporary run file when more follow;
the runs are then merged block by block. Nothing here writes anything the user sees.
"""

from __future__ import annotations

import os
import tempfile
from bisect import bisect_right
from collections.abc import Callable, Iterable, Iterator
from contextlib import ExitStack, contextmanager
from itertools import compress, islice
from operator import ne
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

import pyoxigraph as ox

from ..errors import StoreError

if TYPE_CHECKING:
    from .protocol import GraphStore

XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
# Lines of text held in memory before they are sorted into a run file. As objects, with the sort,
# they take about three times their bytes: 256 MB made graph.ttl the peak of a whole build (+390 MB
# at 10k documents); 32 MB holds it near +110 MB at any size, for the same CPU (the union of a 10k
# store, ~120 MB, is then four runs; a 100k one ~40, merged in blocks of 1 MB each).
RUN_BYTES = 32 << 20
CHUNK_LINES = 65536  # lines handed to a writer at a time
MERGE_BLOCK = (1 << 20, 16 << 20)  # bytes read from each run at a time while merging: least, most
# A remote store is copied into memory up to this many quads (~300 MB), beyond into a temporary
# store on disk.
MEMORY_QUADS = 1_000_000


def local_dataset(store: GraphStore) -> ox.Store:
    """A pyoxigraph store holding the whole dataset: the store itself when it is one, else a copy
    in memory of what a remote store streams (its quads() reads every named graph)."""
    inner = getattr(store, "inner", None)
    if isinstance(inner, ox.Store):
        return inner
    copy = ox.Store()
    try:
        copy.extend(store.quads())
    except OSError as exc:
        raise StoreError(f"cannot read the store at {store.location}: {exc}") from exc
    return copy


@contextmanager
def open_dataset(
    store: GraphStore, *, workdir: str | os.PathLike | None = None, memory_quads: int | None = None
) -> Iterator[ox.Store]:
    """Like local_dataset, but a remote store of more than `memory_quads` (default MEMORY_QUADS)
    quads is copied into a temporary on-disk store in `workdir` (removed on exit), so memory
    stays bounded whatever the store's size."""
    inner = getattr(store, "inner", None)
    if isinstance(inner, ox.Store):
        yield inner
        return
    with ExitStack() as stack:
        try:
            copy = _copy(iter(store.quads()), memory_quads or MEMORY_QUADS, stack, workdir)
        except OSError as exc:
            raise StoreError(
                f"cannot copy the store at {store.location} to export it: {exc}; "
                "check the server, and the free space beside the output"
            ) from exc
        yield copy


def _copy(quads: Iterator[ox.Quad], memory_quads: int, stack: ExitStack, workdir) -> ox.Store:
    copy = ox.Store()
    batch = min(100_000, memory_quads)
    while True:
        quads_read = list(islice(quads, batch))
        copy.extend(quads_read)
        if len(quads_read) < batch:
            return copy
        if len(copy) >= memory_quads:
            break
    # (cleanup errors ignored: the store may still be open when the folder goes)
    disk = ox.Store(
        stack.enter_context(
            tempfile.TemporaryDirectory(
                prefix=".mandate-graph-copy.", dir=workdir, ignore_cleanup_errors=True
            )
        )
    )
    disk.bulk_extend(copy.quads_for_pattern(None, None, None, None))
    del copy
    disk.bulk_extend(quads)
    disk.flush()
    return disk


def _dump(dataset: ox.Store, graph) -> bytes:
    try:
        return cast(bytes, dataset.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=graph))
    except OSError as exc:
        raise StoreError(f"cannot read the store: {exc}") from exc


def graph_names(dataset: ox.Store) -> list[ox.NamedNode]:
    return sorted(
        (g for g in dataset.named_graphs() if isinstance(g, ox.NamedNode)), key=lambda g: g.value
    )


def _all_graphs(dataset: ox.Store) -> list:
    return [ox.DefaultGraph(), *graph_names(dataset)]


def graph_lines(dataset: ox.Store) -> Iterator[tuple[ox.NamedNode | None, list[bytes]]]:
    """(graph, sorted N-Triples lines, each ending in "\n") for the default graph (None; only
    when not empty) and every named graph, sorted by IRI: one graph in memory at a time."""
    for g in _all_graphs(dataset):
        lines = _dump(dataset, g).splitlines(keepends=True)
        if lines or not isinstance(g, ox.DefaultGraph):
            lines.sort()
            yield (None if isinstance(g, ox.DefaultGraph) else g), lines


def graph_statements(dataset: ox.Store) -> Iterator[tuple[ox.NamedNode | None, list[bytes]]]:
    """Like graph_lines, but each line without its " .\n" end (so a writer can put its own end
    on every line with one join): the same order, since what follows a whole statement in a
    longer one ("@en", "^^<…>", more of a blank node label) sorts after " ."."""
    for g in _all_graphs(dataset):
        statements = _dump(dataset, g).split(b" .\n")
        statements.pop()  # (what follows the last end: nothing)
        if statements or not isinstance(g, ox.DefaultGraph):
            statements.sort()
            yield (None if isinstance(g, ox.DefaultGraph) else g), statements


def union_chunks(
    dataset: ox.Store, *, run_bytes: int | None = None, workdir: str | os.PathLike | None = None
) -> Iterator[list[bytes]]:
    """Every distinct triple of all graphs as canonical N-Triples lines (each ending in "\n"),
    sorted, in lists of at most about CHUNK_LINES lines; no line repeats, within or across lists.

    Memory stays near three times `run_bytes` (default RUN_BYTES: the lines as objects, the sort)
    whatever the store's size: beyond it, sorted runs go to a temporary folder in `workdir`
    (default: the system's), removed when the iteration ends.
    """
    run_bytes = run_bytes or RUN_BYTES
    with ExitStack() as stack:
        runs: list = []
        lines: list[bytes] = []
        size = 0
        for g in _all_graphs(dataset):
            data = _dump(dataset, g)
            size += len(data)
            lines += data.splitlines(keepends=True)
            del data
            if size >= run_bytes:
                if not runs:
                    folder = stack.enter_context(
                        tempfile.TemporaryDirectory(prefix=".mandate-graph-sort.", dir=workdir)
                    )
                lines.sort()
                runs.append(_write_run(Path(folder) / f"run{len(runs)}", lines, stack))
                lines, size = [], 0
        lines.sort()
        if not runs:
            prev = None
            for start in range(0, len(lines), CHUNK_LINES):
                chunk = _unique(lines[start : start + CHUNK_LINES], prev)
                if chunk:
                    prev = chunk[-1]
                    yield chunk
            return
        low, high = MERGE_BLOCK
        block = max(low, min(high, run_bytes // (2 * len(runs) + 2)))
        readers = [_file_reader(f, block) for f in runs]
        if lines:  # the last run stays in memory: no need to write and read it back
            lines = _unique(lines, None)
            readers.append(_list_reader(lines, max(1, block * len(lines) // max(1, size))))
        yield from _merge(readers)


def _write_run(path: Path, lines: list[bytes], stack: ExitStack):
    try:
        lines = _unique(lines, None)  # a tenth of the lines are repeats: less to write and read
        with open(path, "wb") as f:
            for start in range(0, len(lines), CHUNK_LINES):  # (writelines: a call per line)
                f.write(b"".join(lines[start : start + CHUNK_LINES]))
        return stack.enter_context(open(path, "rb"))
    except OSError as exc:
        raise StoreError(
            f"cannot write the temporary sort file {path}: {exc.strerror or exc}; "
            "free some space in that folder"
        ) from exc


def _file_reader(f, block: int) -> Callable[[], list[bytes]]:
    return lambda: f.readlines(block)


def _list_reader(lines: list[bytes], count: int) -> Callable[[], list[bytes]]:
    starts = iter(range(0, len(lines), count))

    def read() -> list[bytes]:
        start = next(starts, None)
        return [] if start is None else lines[start : start + count]

    return read


def _merge(readers: list[Callable[[], list[bytes]]]) -> Iterator[list[bytes]]:
    """Merge sorted runs block by block (each reader gives its run's next block, [] at the end):
    of each run's current block, every line up to the smallest of the blocks' last lines can go
    out now; those lines are sorted together (C-speed merging of sorted stretches) rather than
    merged one line at a time in Python."""
    heads: list[list[Any]] = []  # [lines, position, reader]
    for read in readers:
        lines = read()
        if lines:
            heads.append([lines, 0, read])
    prev = None
    while heads:
        bound = min(h[0][-1] for h in heads)
        out: list[bytes] = []
        for h in heads:
            lines, pos = h[0], h[1]
            if lines[-1] <= bound:
                out += lines[pos:] if pos else lines
                h[0], h[1] = h[2](), 0
            else:
                end = bisect_right(lines, bound, pos)
                out += lines[pos:end]
                h[1] = end
        heads = [h for h in heads if h[0]]
        out.sort()
        for start in range(0, len(out), CHUNK_LINES):
            chunk = _unique(out[start : start + CHUNK_LINES], prev)
            if chunk:
                prev = chunk[-1]
                yield chunk


def _unique(lines: list[bytes], prev: bytes | None) -> list[bytes]:
    """Sorted `lines` without repeats and without a leading `prev` (all in C: no Python loop)."""
    if not lines:
        return lines
    return list(compress(lines, map(ne, lines, [prev, *lines[:-1]])))


def union_lines(dataset: ox.Store) -> list[bytes]:
    """Every distinct triple of all graphs as canonical N-Triples lines (no newline), sorted."""
    return [line for chunk in union_chunks(dataset) for line in b"".join(chunk).splitlines()]


def parse_lines(lines: list[bytes]) -> Iterable[ox.Triple]:
    """pyoxigraph triples of N-Triples lines (in the same order; with or without newlines)."""
    if not lines:
        return []
    return ox.parse(b"\n".join(lines) + b"\n", format=ox.RdfFormat.N_TRIPLES)


def to_rdflib(term):
    """The rdflib term for a pyoxigraph term.

    rdflib's own N-Triples parser slows to minutes on a literal of a few megabytes; pyoxigraph
    parses, this only wraps. A plain string stays a plain literal (xsd:string would be spelled
    out in JSON-LD otherwise).
    """
    from rdflib import BNode, Literal, URIRef

    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return Literal(term.value, lang=term.language)
        if term.datatype.value == XSD_STRING:
            return Literal(term.value)
        return Literal(term.value, datatype=URIRef(term.datatype.value))
    raise ValueError(f"cannot convert {term!r} to rdflib")


def fill_rdflib(graph, lines: list[bytes]) -> None:
    """Add the triples of N-Triples `lines` to an rdflib Graph."""
    graph.addN(
        (to_rdflib(t.subject), to_rdflib(t.predicate), to_rdflib(t.object), graph)
        for t in parse_lines(lines)
    )
