"""Limits that every parser runs under, so that one hostile file cannot stall or sink a run.

Size, page and inflation limits are checked by the readers themselves; the time and memory
limits are enforced by the worker processes that `graph.ingest` runs (see isolation.py), which
kill a reader that overruns them and go on with the next file.
"""

from __future__ import annotations

from dataclasses import dataclass, fields

MB = 1024 * 1024


@dataclass(frozen=True, slots=True)
class Limits:
    """What one input file may cost. Every field can be raised (CLI: --max-bytes, ...)."""

    max_bytes: int = 256 * MB  # size of the file on disk
    max_pages: int = 5000  # pages of a PDF
    max_inflated_bytes: int = 512 * MB  # bytes after decompression (PDF streams, DOCX parts)
    timeout_s: float = 120.0  # wall-clock seconds to read and extract one file
    max_memory_mb: int = 2048  # address space of one worker process

    def __post_init__(self) -> None:
        from ..errors import UsageError

        for f in fields(self):
            value = getattr(self, f.name)
            if not isinstance(value, int | float) or isinstance(value, bool) or value <= 0:
                raise UsageError(f"limit {f.name} must be a positive number, not {value!r}")


DEFAULT_LIMITS = Limits()


def describe(n_bytes: int) -> str:
    """A byte count for messages: '512 MB', '3.2 KB'."""
    if n_bytes >= MB:
        return f"{n_bytes / MB:.0f} MB"
    if n_bytes >= 1024:
        return f"{n_bytes / 1024:.1f} KB"
    return f"{n_bytes} bytes"
