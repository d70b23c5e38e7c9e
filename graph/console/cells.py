"""CSV cells a spreadsheet will not run: text from documents that starts like a formula.

An evidence sentence, a title or a query result can begin with `=`, `+`, `-`, `@`, a tab or a
carriage return; Excel, LibreOffice and Google Sheets read such a cell as a formula
(`=HYPERLINK(...)`, `@SUM(...)`, `-2+3`), which can leak data or run commands. As the OWASP
guidance on CSV injection says, such a cell gets a single quote in front, which spreadsheets show
as text. A plain number ("-5", "+1.5e3") is left alone: it cannot be a formula.
"""

from __future__ import annotations

import re

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_NUMBER = re.compile(r"[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?")


def safe_cell(value: object) -> object:
    """`value` as a CSV cell no spreadsheet reads as a formula (non-text values unchanged)."""
    if isinstance(value, str) and value.startswith(_FORMULA_START) and not _NUMBER.fullmatch(value):
        return "'" + value
    return value


def safe_row(values) -> list:
    """Every cell of a row through `safe_cell`."""
    return [safe_cell(v) for v in values]
