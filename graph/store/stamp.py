"""`.graph-stamp`, beside graph.ttl and graph.html: what they show (see draw/outputs.py).

Kept apart from the writers so that a build with nothing to redraw loads none of them.
"""

from __future__ import annotations

import os
from pathlib import Path

from ..version import __version__

STAMP = ".graph-stamp"
COUNTS = ".graph-page.json"  # the counts of a grouped page (draw/regroup.py)
TURTLE, PAGE = "graph.ttl", "graph.html"


def stamp(where: str, state: str, out: Path) -> str:
    """The stamp of the outputs in `out` drawn from the store at `where` in `state`: also the
    size and modification time of both files ("" when one is missing)."""
    marks = []
    for name in (TURTLE, PAGE):
        try:
            info = (out / name).stat()
        except OSError:
            return ""
        marks.append(f"{info.st_size}:{info.st_mtime_ns}")
    return "\t".join([where, __version__, state, *marks]) + "\n"


def stamp_in(out: Path) -> str | None:
    """The stamp in `out`, None when there is none."""
    try:
        return (out / STAMP).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return None


def outputs_current(out: Path, where: str, state: str) -> bool:
    """Both outputs in `out` exist, untouched, and show the store at `where` in `state`."""
    old = stamp_in(out)
    return bool(old) and old == stamp(where, state, out)


def forget(out: Path) -> None:
    """The outputs in `out` no longer show the store (a build without outputs changed it)."""
    try:
        os.unlink(out / STAMP)
    except FileNotFoundError:
        pass
