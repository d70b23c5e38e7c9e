"""Sentences (the evidence of a reference, the window its cue words are read from) and
footnotes.

Sentence bounds are found around each reference on demand, not for the whole text:
most text holds no reference and is never split.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from ..model import Region
from .languages import Lang

# A possible sentence end: ". " "; " "? " "。" or a blank line, or a line break before a
# numbered paragraph ("\n2. "), a preambular "Recalling", or a footnote line ("\n* ").
BOUNDARY = re.compile(
    r"[.!?;](?=[\s\"”’»)]*(?:\s|$))|[。！？；]|\n[ \t]*\n|\n(?=[ \t]*(?:\d{1,3}\.|\*)[ \t])"
)
# The word before a full stop: "No." "para." "Add." (not sentence ends)
_WORD_BEFORE = re.compile(r"([\w.-]+)\.$")
# A footnote line: "* СТОС/COP/2014/1.", "12 Official Records of the General Assembly ..."
FOOTNOTE_LINE = re.compile(
    r"^[ \t]*(?:\*{1,3}|\d{1,3}|\[\^\w{1,6}\]:)[ \t]+(?=\S)[^\n]*", re.MULTILINE
)
# A numbered footnote looks like one: a capital, a symbol or "See" after the number
_NUMBERED_NOTE = re.compile(r"^[ \t]*\d{1,3}[ \t]+(?:See\b|Ibid|Official Records|[A-Z]{1,6}/|[\"“«]?[A-ZА-ЯЁ])")
# What follows a footnote block on a page: a page break, a page number, a job number
_PAGE_END = re.compile(
    r"\f|^[ \t]*(?:\d{1,4}|[A-Z]{1,2}\.?\d{2}-\d{4,6}(?:\s*\([A-Z]\))?|[A-Z]{1,8}/[\w./-]+)[ \t]*$",
    re.MULTILINE,
)
_WS = re.compile(r"\s+")
MAX_SENTENCE = 1500  # characters looked at on each side of a reference


class Sentences:
    """Sentence bounds and evidence text over one scan text."""

    def __init__(self, scan: str, lang: Lang):
        self.scan = scan
        self.lang = lang
        self._cache: tuple[int, int] = (-1, -1)

    def bounds(self, start: int, end: int | None = None) -> tuple[int, int]:
        """(start, end) of the sentence holding scan[start:end]."""
        end = start if end is None else end
        c0, c1 = self._cache
        if c0 <= start and end <= c1:
            return self._cache
        s = self._start(start)
        e = self._end(max(end, start))
        self._cache = (s, e)
        return s, e

    def _is_end(self, m: re.Match[str]) -> bool:
        if m.group() != ".":
            return True
        w = _WORD_BEFORE.search(self.scan, max(0, m.start() - 12), m.end())
        if w is None:
            return True
        word = w.group(1)
        if word in self.lang.abbreviations or word.split(".")[-1] in self.lang.abbreviations:
            return False
        if len(word) == 1 and word.isupper():  # initials, "S." in a symbol-like "A. B."
            return False
        return True

    def _start(self, pos: int) -> int:
        lo = max(0, pos - MAX_SENTENCE)
        best = lo
        for m in BOUNDARY.finditer(self.scan, lo, pos):
            if self._is_end(m):
                best = m.end()
        return best

    def _end(self, pos: int) -> int:
        hi = min(len(self.scan), pos + MAX_SENTENCE)
        for m in BOUNDARY.finditer(self.scan, pos, hi):
            if self._is_end(m):
                return m.end() if m.group() in ".!?;。！？；" else m.start()
        return hi

    def evidence(self, start: int, end: int) -> str:
        """The sentence text, whitespace collapsed (at most ~600 characters around the span)."""
        s, e = self.bounds(start, end)
        if e - s > 600:
            s = max(s, start - 300)
            e = min(e, end + 300)
        return _WS.sub(" ", self.scan[s:e]).strip().lstrip("*").strip()


class Footnotes:
    """Where footnotes are: from the reader's regions, else found by their look."""

    def __init__(self, scan: str, regions: tuple[Region, ...], to_scan=None):
        spans = [(r.start, r.end) for r in regions if r.kind == "footnote"]
        if spans and to_scan is not None:
            spans = [(to_scan(a), to_scan(b)) for a, b in spans]
        if not spans and not any(r.kind == "footnote" for r in regions):
            spans = _detect(scan)
        spans.sort()
        self.starts = [a for a, _ in spans]
        self.spans = spans

    def contains(self, pos: int) -> bool:
        i = bisect_right(self.starts, pos) - 1
        return i >= 0 and self.spans[i][0] <= pos < self.spans[i][1]


def _detect(scan: str) -> list[tuple[int, int]]:
    """Footnote lines: "* ..." anywhere a line starts; numbered ones only above a page end."""
    if "\n" not in scan:
        return []
    spans: list[tuple[int, int]] = []
    prev_end = -10
    for m in FOOTNOTE_LINE.finditer(scan):
        line = m.group()
        before = scan[max(0, m.start() - 2) : m.start()]
        blank_before = m.start() == 0 or before.endswith("\n\n") or before == "\n\n"
        starred = line.lstrip().startswith(("*", "[^"))
        if starred:
            ok = blank_before or prev_end >= m.start() - 2
        else:
            ok = (blank_before or prev_end >= m.start() - 2) and bool(_NUMBERED_NOTE.match(line))
            ok = ok and _page_end_follows(scan, m.end())
        if ok:
            spans.append((m.start(), m.end()))
            prev_end = m.end()
    return spans


def _page_end_follows(scan: str, pos: int) -> bool:
    """A page break, page number or job number within the next few lines."""
    window = scan[pos : pos + 1200]
    return bool(_PAGE_END.search(window)) or pos >= len(scan) - 2
