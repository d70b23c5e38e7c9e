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
# The word before a full stop: "No" in "No." "para" in "para." (not sentence ends)
_WORD_END = re.compile(r"[\w.-]+$")
# A footnote line: "* СТОС/COP/2014/1.", "12 Official Records of the General Assembly ..."
FOOTNOTE_LINE = re.compile(r"\n[ \t]*(?:\*{1,3}|\d{1,3}|\[\^\w{1,6}\]:)[ \t]+(?=\S)[^\n]*")
# A numbered footnote looks like one: a capital, a symbol or "See" after the number
_NUMBERED_NOTE = re.compile(r"^[ \t]*\d{1,3}[ \t]+(?:[A-Z]{1,6}/|[\"“«]?[^\W\d_])")
# What follows a footnote block on a page: a page break, a page number, a job number
_PAGE_END = re.compile(
    r"\f|^[ \t]*(?:\d{1,4}|[A-Z]{1,2}\.?\d{2}-\d{4,6}(?:\s*\([A-Z]\))?|[A-Z]{1,8}/[\w./-]+)[ \t]*$",
    re.MULTILINE,
)
_WS = re.compile(r"\s+")
# The number that opens a footnote line: "1 A/78/312.", "12 Official Records ..."
_NOTE_NUMBER = re.compile(r"[ \t]*(\d{1,3})[ \t]+\S")
# A footnote call in the body: its number right after a word or a closing mark, not inside a
# number or a symbol ("Secretary-General,1" but not "70/1" or "2011")
_CALL = r"(?<=[^\W\d_]|[,;:)\]”’\"]){}(?![\w/.]\w)"
_CALL_WINDOW = 20_000  # characters before a note searched for its call (a page or two)
# Where a clause may begin or end inside a long sentence: after ", " "; " ": "
_CLAUSE = re.compile(r"[,;:]\s")
# A rule that opens the footnotes of a page: "__________________" on its own line
_RULE_BEFORE = re.compile(r"(?:^|\n)[ \t]*_{5,}[ \t]*\r?\n$")
MAX_SENTENCE = 1500  # characters looked at on each side of a reference


class Sentences:
    """Sentence bounds and evidence text over one scan text."""

    def __init__(self, scan: str, lang: Lang, header_end: int = 0):
        self.scan = scan
        self.lang = lang
        # Header lines are items of their own ("Human Rights Council", "Forty-sixth session"):
        # before this offset a line ends a sentence unless it ends in a lower-case word
        self.header_end = header_end
        self._cache: tuple[int, int] = (-1, -1)
        self._evidence: dict[tuple[int, int], str] = {}

    def bounds(self, start: int, end: int | None = None) -> tuple[int, int]:
        """(start, end) of the sentence holding scan[start:end]."""
        end = start if end is None else end
        c0, c1 = self._cache
        if c0 <= start and end <= c1:
            return self._cache
        s = self._start(start)
        e = self._end(max(end, start))
        if start < self.header_end:
            s, e = max(s, self._line_start(start)), min(e, self._line_end(end))
        self._cache = (s, e)
        return s, e

    def _line_start(self, pos: int) -> int:
        """Start of a header line, with the lines above it that run on into it."""
        scan = self.scan
        s = scan.rfind("\n", 0, pos) + 1
        while s > 0 and _runs_on(scan[scan.rfind("\n", 0, s - 1) + 1 : s - 1], scan, s):
            s = scan.rfind("\n", 0, s - 1) + 1
        return s

    def _line_end(self, pos: int) -> int:
        """End of a header line, with the lines below it that it runs on into."""
        scan = self.scan
        e = scan.find("\n", pos)
        while e >= 0 and _runs_on(scan[scan.rfind("\n", 0, e) + 1 : e], scan, e + 1):
            e = scan.find("\n", e + 1)
        return len(scan) if e < 0 else e

    def _is_end(self, m: re.Match[str]) -> bool:
        if m.group() != ".":
            return True
        i = m.start()
        w = _WORD_END.search(self.scan, max(0, i - 12), i)
        if w is None:
            return True
        word = w.group()
        if word in self.lang.abbreviations or word.split(".")[-1] in self.lang.abbreviations:
            return False
        if len(word) == 1 and word.isupper():  # initials, "S." in a symbol-like "A. B."
            return False
        return True

    def _start(self, pos: int) -> int:
        """Start of the sentence: searched backwards in growing steps (most are short)."""
        floor = max(0, pos - MAX_SENTENCE)
        hi = pos
        step = 240
        while hi > floor:
            lo = max(floor, hi - step)
            # The last true end in [lo, hi): test the candidates from the right
            for m in reversed(list(BOUNDARY.finditer(self.scan, lo, hi))):
                if self._is_end(m):
                    return m.end()
            hi = lo
            step *= 2
        return floor

    def _end(self, pos: int) -> int:
        hi = min(len(self.scan), pos + MAX_SENTENCE)
        for m in BOUNDARY.finditer(self.scan, pos, hi):
            if self._is_end(m):
                return m.end() if m.group() in ".!?;。！？；" else m.start()
        return hi

    def evidence(self, start: int, end: int) -> str:
        """The sentence text, whitespace collapsed (at most ~600 characters around the span)."""
        s, e = self.bounds(start, end)
        s = self._after_headings(s, start)
        if e - s > 600:  # a long sentence: the clause around the span, whole words
            s, e = (
                _clause_start(self.scan, max(s, start - 300), start),
                _clause_end(self.scan, end, min(e, end + 300)),
            )
        text = self._evidence.get((s, e))
        if text is None:
            text = " ".join(self.scan[s:e].split()).lstrip("*").strip()
            self._evidence[(s, e)] = text
        return text

    def footnote_call(self, pos: int) -> int | None:
        """Where the body calls the footnote holding `pos` ("Secretary-General,1" for the note
        "1 A/78/312."): the last call of its number before the note; None when not found."""
        line = self.scan.rfind("\n", 0, pos) + 1
        number = _NOTE_NUMBER.match(self.scan, line)
        if number is None:
            return None
        call = re.compile(_CALL.format(re.escape(number.group(1))))
        calls = list(call.finditer(self.scan, max(0, line - _CALL_WINDOW), line))
        return calls[-1].start() if calls else None

    def _after_headings(self, s: int, pos: int) -> int:
        """Skip heading lines at the start of a sentence: "Summary\nThe present report ..."."""
        scan = self.scan
        while s == 0 or scan[s - 1] == "\n" or not scan[scan.rfind("\n", 0, s) + 1 : s].strip():
            nl = scan.find("\n", s, pos)
            if nl < 0 or not _is_heading(scan[s:nl], scan, nl + 1):
                return s
            s = nl + 1
        return s


def _clause_start(scan: str, lo: int, pos: int) -> int:
    """Where the clause holding `pos` starts, at `lo` or after: after the first clause mark
    in [lo, pos), else at the first whole word from `lo`."""
    if lo == 0 or scan[lo - 1].isspace():
        return lo
    m = _CLAUSE.search(scan, lo, pos)
    if m:
        return m.end()
    space = re.compile(r"\s").search(scan, lo, pos)
    return space.end() if space else lo


def _clause_end(scan: str, pos: int, hi: int) -> int:
    """Where the clause holding `pos` ends, at `hi` or before: at the last clause mark in
    (pos, hi], else at the end of the last whole word."""
    if hi >= len(scan) or scan[hi].isspace() or scan[hi - 1] in ".;。":
        return hi
    marks = list(_CLAUSE.finditer(scan, pos, hi))
    if marks:
        return marks[-1].start() + 1
    cut = max(scan.rfind(" ", pos, hi), scan.rfind("\n", pos, hi))
    return cut if cut > pos else hi


def _runs_on(line: str, scan: str, after: int) -> bool:
    """A header line that goes on in the next one (which starts at ``after``): it ends in a
    lower-case word or a comma ("Report of the Secretary-General submitted pursuant to"), the
    next one opens in lower case ("Human Rights Council\nresolution 5/1"), or the script has
    no letter case (a wrap cannot be told there)."""
    words = line.split()
    if not words:
        return False
    m = _NEXT_LINE.match(scan, after)
    if m and m.group(1).islower():
        return True
    nl = scan.find("\n", after)
    following = scan[after : len(scan) if nl < 0 else nl]
    if line.isupper() and following.isupper():
        return True  # a title in capitals: "... FOR\nHUMAN RIGHTS, IN ACCORDANCE WITH"
    last = words[-1]
    first = last[0]
    return last[-1] in ",(-" or first.islower() or (first.isalpha() and not first.isupper())


def _is_heading(line: str, scan: str, after: int) -> bool:
    """A short title line ("Summary", "I. Introduction", "摘要") before a line opening a
    sentence; not the first line of a wrapped sentence ("Recalling also the relevant")."""
    line = line.strip()
    if not line or len(line) > 60 or line[-1] in ",;:-(":
        return False
    words = line.split()
    if len(words) > 6 or (" " not in line and len(line) > 30 and not line.isascii()):
        return False
    if words[-1].islower() and len(words[-1]) <= 3 and len(words) > 1:
        return False  # "Reaffirming the" goes on
    first = line[0]
    if first.isalpha() and first.islower():
        return False
    m = _NEXT_LINE.match(scan, after)
    nxt = m.group(1) if m else ""
    return nxt.isalpha() and not nxt.islower()


# The first character of a line, after indentation
_NEXT_LINE = re.compile(r"[ \t\r]*(\S)")


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
    for found in FOOTNOTE_LINE.finditer("\n" + scan):
        a, b = found.start(), found.end() - 1  # offsets in scan (the "\n" prefix absorbed)
        line = scan[a:b]
        m = _Span(a, b)
        blank_before = a == 0 or scan[max(0, a - 4) : a].replace("\r", "").endswith("\n\n")
        blank_before = blank_before or bool(_RULE_BEFORE.search(scan, max(0, a - 80), a))
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


class _Span:
    __slots__ = ("a", "b")

    def __init__(self, a: int, b: int):
        self.a, self.b = a, b

    def start(self) -> int:
        return self.a

    def end(self) -> int:
        return self.b


def _page_end_follows(scan: str, pos: int) -> bool:
    """A page break, page number or job number within the next few lines."""
    window = scan[pos : pos + 1200]
    return bool(_PAGE_END.search(window)) or pos >= len(scan) - 2
