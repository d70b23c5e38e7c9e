"""Plain-text tables for the terminal, shared by every command that prints rows."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Sequence


def _width(text: str) -> int:
    # East Asian wide characters take two columns in a terminal.
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def one_line(value: object, limit: int) -> str:
    """`value` as text on one line, cut to `limit` characters (with "…")."""
    text = "" if value is None else str(value)
    text = " ".join(text.split())  # a cell is one line
    if len(text) > limit:
        text = text[: limit - 1] + "…"
    return text


def format_table(headers: Sequence[str], rows: Iterable[Sequence[object]], limit: int = 60) -> str:
    """Align `rows` under `headers`; long cells are cut to `limit` characters."""
    body = [[one_line(v, limit) for v in row] for row in rows]
    head = [str(h) for h in headers]
    widths = [_width(h) for h in head]
    for row in body:
        for i, cell in enumerate(row):
            widths[i] = max(widths[i], _width(cell))

    def line(cells: Sequence[str]) -> str:
        padded = (c + " " * (w - _width(c)) for c, w in zip(cells, widths, strict=False))
        return "  ".join(padded).rstrip()

    out = [line(head), line(["-" * w for w in widths])]
    out.extend(line(row) for row in body)
    return "\n".join(out)
