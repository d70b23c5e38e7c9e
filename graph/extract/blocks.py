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
MIN_WORDS = 3  # frequent words a Latin-script block needs to be told apart
MIN_SCRIPT = 20  # letters of a non-Latin script a block needs


@cache
def _stopwords() -> dict[str, frozenset[str]]:
    """Frequent words of three letters or more that only one Latin-script language has
    ("les", "los", "the"): short ones ("la", "en", "que", "se") are shared too often."""
    lists = {code: frozenset(load_data(code)["stopwords"]) for code in ("en", "fr", "es")}
    return {
        code: frozenset(
            w
            for w in words
            if len(w) >= 3 and not any(w in other for c, other in lists.items() if c != code)
        )
        for code, words in lists.items()
    }


def block_language(text: str) -> str | None:
    """The language a block is clearly written in, else None."""
    sample = text[:SAMPLE]
    if not sample.isascii():
        latin = sum(map(len, _LATIN_WORD.findall(sample)))
        for code, rx in _SCRIPTS:
            letters = sum(map(len, rx.findall(sample)))
            weight = 3 if code == "zh" else 1
            if letters >= MIN_SCRIPT and letters * weight > latin:
                return code
    spaced = f" {_PUNCT.sub(' ', sample.lower())} "
    scores = sorted(
        (
            (sum(spaced.count(f" {w} ") for w in words), code)
            for code, words in _stopwords().items()
        ),
        reverse=True,
    )
    (top, code), (second, _) = scores[0], scores[1]
    return code if top >= MIN_WORDS and top >= 2 * second else None


_PUNCT = re.compile(r"[\s,;:.()«»“”\"']+")


@cache
def _markers(main: str) -> dict[str, tuple[str, ...]]:
    """Frequent words (three letters or more) of each other Latin-script language that
    ``main`` does not use, spaced: " les ", " the "."""
    own = _stopwords().get(main, frozenset())
    return {
        code: tuple(f" {w} " for w in sorted(words - own))
        for code, words in _stopwords().items()
        if code != main
    }


_OTHER_SCRIPT = re.compile(r"[\u0400-\u04ff\u0600-\u06ff\u4e00-\u9fff]{3}")
FOREIGN_HITS = 4  # evidence a text needs before its blocks are looked at one by one
FOREIGN_PER_CHAR = 1 / 20000  # ... and more in a long text (names, titles, quotations)


SAMPLE_WINDOWS = 24  # a long text is judged by this many evenly spread windows ...
SAMPLE_WINDOW = 1500  # ... of this many characters (a foreign annex or page is hit)


def _sample(scan: str, start: int) -> str:
    """The text after ``start``, or evenly spread windows of it when it is long."""
    size = len(scan) - start
    if size <= SAMPLE_WINDOWS * SAMPLE_WINDOW:
        return scan[start:]
    step = size // SAMPLE_WINDOWS
    return " ".join(
        scan[start + i * step : start + i * step + SAMPLE_WINDOW] for i in range(SAMPLE_WINDOWS)
    )


def mixed(scan: str, start: int, main: str) -> bool:
    """Whether a text may hold blocks of another language: one cheap pass (str.count runs at
    memory speed), and most texts do not."""
    sample = _sample(scan, start)
    text = sample.lower() if main in ("en", "fr", "es") or not sample.isascii() else ""
    if main in ("en", "fr", "es") and not sample.isascii():
        hits = 0
        for _ in _OTHER_SCRIPT.finditer(sample):
            hits += 1
            if hits >= FOREIGN_HITS:
                return True
    if not text:
        return False
    need = max(FOREIGN_HITS, int(len(text) * FOREIGN_PER_CHAR))
    return any(sum(text.count(w) for w in words) >= need for words in _markers(main).values())


def other_segments(scan: str, start: int, main: str) -> list[tuple[int, int, str]]:
    """Segments [a, b) of ``scan`` after ``start`` written in another language than ``main``."""
    if not mixed(scan, start, main):
        return []
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
