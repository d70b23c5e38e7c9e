"""The language of each block of a text, where it differs from the document's.

A French resolution may carry an English annex or quotation; a text with more English
than French is read as English, and its French paragraphs would lose their references.
Blocks (paragraphs between blank lines, or lines when a text has none) are told apart
cheaply: by script, then by frequent words (data/<lang>.toml ``stopwords``) in the first
characters of each block. Only blocks with clear evidence get a language of their own;
neighbouring blocks of one language are joined into one segment.
"""

from __future__ import annotations

import re
from functools import cache

from .header import _LATIN_WORD, _SCRIPTS
from .languages import load_data

_BLANK = re.compile(r"\n[ \t\r]*\n")
_LINE = re.compile(r"\n")
SAMPLE = 400  # characters of a block looked at
MIN_BLOCK = 80  # shorter blocks keep the language around them
MIN_WORDS = 4  # frequent words a Latin-script block needs to be told apart
MIN_SCRIPT = 20  # letters of a non-Latin script a block needs


@cache
def _stopwords() -> dict[str, frozenset[str]]:
    return {code: frozenset(load_data(code)["stopwords"]) for code in ("en", "fr", "es")}


def block_language(text: str) -> str | None:
    """The language a block is clearly written in, else None."""
    sample = text[:SAMPLE]
    latin_words = _LATIN_WORD.findall(sample)
    if not sample.isascii():
        for code, rx in _SCRIPTS:
            letters = sum(map(len, rx.findall(sample)))
            weight = 3 if code == "zh" else 1
            if letters >= MIN_SCRIPT and letters * weight > sum(map(len, latin_words)):
                return code
    words = [w.lower() for w in latin_words]
    scores = sorted(
        ((sum(map(stop.__contains__, words)), code) for code, stop in _stopwords().items()),
        reverse=True,
    )
    (top, code), (second, _) = scores[0], scores[1]
    return code if top >= MIN_WORDS and top >= 2 * second else None


def other_segments(scan: str, start: int, main: str) -> list[tuple[int, int, str]]:
    """Segments [a, b) of ``scan`` after ``start`` written in another language than ``main``."""
    splitter = _BLANK if scan.count("\n\n", start) >= 3 else _LINE
    out: list[tuple[int, int, str]] = []
    pos = start
    for m in splitter.finditer(scan, start):
        _add(scan, pos, m.start(), main, out)
        pos = m.end()
    _add(scan, pos, len(scan), main, out)
    return out


def _add(scan: str, a: int, b: int, main: str, out: list[tuple[int, int, str]]) -> None:
    if b - a < MIN_BLOCK:
        return
    code = block_language(scan[a:b])
    if code is None or code == main:
        return
    if out and out[-1][2] == code and not scan[out[-1][1] : a].strip():
        out[-1] = (out[-1][0], b, code)
    elif out and out[-1][2] == code and _only_short_between(scan, out[-1][1], a, main):
        out[-1] = (out[-1][0], b, code)
    else:
        out.append((a, b, code))


def _only_short_between(scan: str, a: int, b: int, main: str) -> bool:
    """Nothing but short blocks (headings, numbers) of no clear language between two segments."""
    between = scan[a:b]
    return len(between) < 200 and block_language(between) is None
