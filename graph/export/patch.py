"""Patch graph.ttl in place of a whole export, when a build changed a few documents.

The Turtle export (rdf.py) writes the sorted union of the store as one block per subject:

    <prefixes> "\\n" block " .\\n" "\\n" block " .\\n" ... block " .\\n"

Blocks follow each other in the order of their subject's N-Triples form followed by a space
(every line of a block starts with it, and the lines are sorted), and a block holds every
distinct triple of its subject, whichever graphs state it. A raw newline never occurs inside
a term (N-Triples escapes it), so the empty line between blocks is only ever a separator.

So when a build replaced or removed some graphs, only the blocks of the subjects those graphs
stated, before or after, can differ. Each is found in the old file by bisection, rebuilt from
the store (every quad of that subject, sorted as the export sorts), and the new file is the old
one with those blocks swapped: the same bytes as a whole export of the same store
(tests/test_export_patch.py compares them). Written through a temporary file and a rename.
"""

from __future__ import annotations

import io
import mmap
import os
from collections.abc import Iterable
from pathlib import Path
from typing import IO

import pyoxigraph as ox

from ..atomic import write_atomic
from ..vocab.iris import EXPORT_PREFIXES
from .rdf import _prefix_header, _Turtle

_SEPARATOR = b"\n\n"


def patch_turtle(dataset: ox.Store, path: str | os.PathLike, subjects: Iterable[str]) -> int:
    """Rewrite the Turtle export at `path` for the blocks of `subjects` (N-Triples IRIs,
    "<...>") from `dataset`; the other blocks are copied. Returns how many blocks changed.
    ValueError when the file is not the export's shape (the caller then writes it whole)."""
    wanted = sorted({s.encode("utf-8") + b" " for s in subjects})
    with open(path, "rb") as f, _mapped(f) as old:
        first = len(_prefix_header()) + 1
        if old[: first - 1] != _prefix_header() or (len(old) > first - 1 and old[first - 1] != 10):
            raise ValueError(f"{path} does not start with the export's prefixes")
        turtle = _Turtle()
        edits: list[tuple[int, int, bytes]] = []  # (start, end of the old block, new block)
        for key in wanted:
            start = _find(old, first, key)
            end = start
            if start < len(old) and _key(old, start) == key:
                end = _next_start(old, first, start + 1)
            block = _block(dataset, turtle, key)
            if end == start and not block:
                continue
            edits.append((start, end, block))
        changed = sum(1 for s, e, b in edits if _stretch(old, s, e) != b)
        if changed:
            write_atomic(Path(path), lambda out: _splice(old, first, edits, out))
        return changed


class _mapped:
    """The file's bytes, mapped (an empty file is b"")."""

    def __init__(self, f: IO[bytes]):
        self.f = f
        self.map: mmap.mmap | None = None

    def __enter__(self):
        if os.fstat(self.f.fileno()).st_size == 0:
            return b""
        self.map = mmap.mmap(self.f.fileno(), 0, access=mmap.ACCESS_READ)
        return self.map

    def __exit__(self, *exc) -> None:
        if self.map is not None:
            self.map.close()


def _next_start(data, first: int, pos: int) -> int:
    """The first block start at or after `pos` (len(data) when none)."""
    if pos <= first:
        return min(first, len(data))
    found = data.find(_SEPARATOR, pos - 2)
    return len(data) if found == -1 else found + 2


def _key(data, start: int) -> bytes:
    """The N-Triples form of the subject of the block at `start`, and a space."""
    line = data[start : data.find(b"\n", start)]
    return _expand(bytes(line)) + b" "


def _find(data, first: int, key: bytes) -> int:
    """The start of the first block whose key is `key` or after it (len(data) when none)."""
    lo, hi, best = first, len(data), len(data)
    while lo < hi:
        mid = (lo + hi) // 2
        start = _next_start(data, first, mid)
        if start >= hi:
            hi = mid
        elif _key(data, start) < key:
            lo = start + 1
        else:
            best = hi = start
    return best


def _expand(subject: bytes) -> bytes:
    """`mg:key` -> `<https://...ontology#key>`; a full IRI stays as it is."""
    if subject.startswith(b"<"):
        return subject
    prefix, _, local = subject.partition(b":")
    namespace = EXPORT_PREFIXES.get(prefix.decode("utf-8"))
    if namespace is None:
        raise ValueError(f"unknown prefix in a subject: {subject[:80]!r}")
    return b"<" + namespace.encode("utf-8") + local + b">"


def _block(dataset: ox.Store, turtle: _Turtle, key: bytes) -> bytes:
    """The block of one subject as the export writes it (with its " .\\n"), b"" when the
    store states nothing about it."""
    subject = ox.NamedNode(key[1:-2].decode("utf-8"))
    triples = [
        ox.Triple(q.subject, q.predicate, q.object)
        for q in dataset.quads_for_pattern(subject, None, None, None)
    ]
    if not triples:
        return b""
    data = ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES) or b""
    lines = sorted(set(data.splitlines(keepends=True)))
    out = io.BytesIO()
    turtle.body((lines,), out)
    return out.getvalue()


def _stretch(data, start: int, end: int) -> bytes:
    """The blocks from `start` to `end` without the empty line after the last one."""
    return bytes(data[start : end - 1 if end < len(data) else end])


def _splice(old, first: int, edits: list[tuple[int, int, bytes]], out: IO[bytes]) -> None:
    """The old file with each edit's stretch replaced by its block, blocks joined by an empty
    line."""
    out.write(_prefix_header() + b"\n")
    pieces: list = []
    pos = first
    for start, end, block in edits:
        if start > pos:  # (without the empty line before the next block)
            pieces.append(memoryview(old)[pos : start - 1 if start < len(old) else start])
        if block:
            pieces.append(block)
        pos = end
    if pos < len(old):
        pieces.append(memoryview(old)[pos:])
    for i, piece in enumerate(pieces):
        if i:
            out.write(b"\n")
        out.write(piece)
