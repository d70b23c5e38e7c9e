"""Which files found in a folder are not documents, and why.

A folder build takes every file with a document suffix; some of those are not documents:
repository notes (README.md, LICENSE.txt) and lists (file names, ids, one entry a line). Files
named on the command line are always read; so is everything with `--include-all` or a matching
`--include`. A third rule needs the extracted text and lives in ingest.py: a file with neither
a symbol nor a reference (no UN-document signal).
"""

from __future__ import annotations

import re
from pathlib import Path

# Notes that ship with a collection, by file name (any suffix, any case): README.md, LICENSE
NOTE_NAMES = (
    "readme",
    "changelog",
    "changes",
    "license",
    "licence",
    "copying",
    "contributing",
    "authors",
    "notice",
    "install",
    "history",
    "manifest",
)
# Suffixes of plain text, whose first lines are looked at for the list rule
_TEXT_SUFFIXES = (".txt", ".text", ".md", ".markdown")
_SAMPLE_BYTES = 16_384
# Characters no text holds (NUL, other C0 controls but tab, line ends and form feed)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f]")
_SAMPLE_LINES = 200
# A line of prose: three words of three letters or more ("The Organization was to be ...")
_PROSE = re.compile(r"(?:\b[^\W\d_]{3,}\b\W+){2}\b[^\W\d_]{3,}\b")
# Below this share of prose lines a text file is a list (of file names, ids, numbers)
_PROSE_SHARE = 0.1
# Least number of lines that make a list (a short note may well have no sentence)
_LIST_LINES = 20


def not_a_document(path: Path) -> str | None:
    """Why `path` (a file found in a folder) is not a document, or None when it may be one."""
    name = path.name.split(".")[0].lower()
    if name in NOTE_NAMES:
        return f"a {path.name.split('.')[0]} note, not a document"
    if path.suffix.lower() in _TEXT_SUFFIXES:
        return _list_reason(path)
    return None


def _list_reason(path: Path) -> str | None:
    try:
        with path.open("rb") as handle:
            data = handle.read(_SAMPLE_BYTES)
        # (a cut at the end of the sample may split one character)
        sample = data.decode("utf-8", "strict" if len(data) < _SAMPLE_BYTES else "ignore")
    except (OSError, UnicodeDecodeError):
        return None  # not plain UTF-8 text: the reader says what it is
    if _CONTROL.search(sample):
        return None  # binary content: the reader names it
    lines = [line for line in sample.splitlines() if line.strip()][:_SAMPLE_LINES]
    if len(lines) < _LIST_LINES:
        return None
    prose = sum(1 for line in lines if _PROSE.search(line))
    if prose / len(lines) < _PROSE_SHARE:
        return f"a list, not a text ({prose} of its first {len(lines)} lines are sentences)"
    return None
