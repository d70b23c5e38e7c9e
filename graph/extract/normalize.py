"""The text the patterns scan, and the way back to offsets in the text as given.

Most UN texts need nothing: the scan text *is* the document text. When a text holds
typographic variants, they are folded character for character (same length, so
offsets do not move): fullwidth forms, en dashes and non-breaking hyphens, division
and fraction slashes, Arabic-Indic digits. Only invisible characters (zero-width
spaces and joiners, soft hyphens, byte-order marks) are deleted; then an offset map
takes a span of the scan text back to the text as given. Each step is paid for only
when such characters are present.

Cyrillic and Greek look-alike letters are *not* folded here (that would break the
Russian and Greek words the cue patterns look for); symbols fold them themselves.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

# Same-length folds: one character in, one character out.
_FOLD: dict[int, str] = {}
for _cp in range(0xFF01, 0xFF5F):  # fullwidth ASCII: "Ａ／ＲＥＳ／７０／１" -> "A/RES/70/1"
    _FOLD[_cp] = chr(_cp - 0xFEE0)
_FOLD[0x3000] = " "  # ideographic space
for _cp in (0x2010, 0x2011, 0x2012, 0x2013, 0x2212, 0xFE63):  # hyphens, en dash, minus
    _FOLD[_cp] = "-"
for _cp in (0x2215, 0x2044, 0x29F8):  # division slash, fraction slash, big solidus
    _FOLD[_cp] = "/"
for _i in range(10):  # Arabic-Indic and Eastern Arabic-Indic digits: "١٢" -> "12"
    _FOLD[0x0660 + _i] = str(_i)
    _FOLD[0x06F0 + _i] = str(_i)

# Characters that are invisible and simply removed: "A/69/\u200b767" -> "A/69/767";
# Arabic vowel marks and the tatweel stretch, so that "المؤرَّخ" reads as "المؤرخ".
_DELETE_CHARS = "\u00ad\u200b\u200c\u200d\u2060\ufeff\u0640\u064b-\u0652\u0670"

# Any character of the fold table: "Ｓ／２０１５" (fullwidth), "28–30" (en dash)
_FOLD_RE = re.compile("[" + "".join(re.escape(chr(c)) for c in sorted(_FOLD)) + "]")
# Any invisible character to delete: "reso\u00adlution"
_DELETE_RE = re.compile("[" + _DELETE_CHARS + "]")
# Lone surrogates cannot be encoded anywhere downstream: "\ud800"
_SURROGATE_RE = re.compile("[\ud800-\udfff]")
# Frequent same-length folds, done with str.replace: en dash, hyphens, minus, slashes
_COMMON = tuple(
    (chr(c), _FOLD[c]) for c in (0x2013, 0x2010, 0x2011, 0x2012, 0x2212, 0x2215, 0x2044)
)
# Any other character that needs work (one pass decides whether to pay for the others):
# ranges rather than a long list keep the engine's character test cheap.
_RARE_RE = re.compile(
    "[\uff01-\uff5e\u3000\ufe63\u29f8\u0660-\u0669\u06f0-\u06f9" + _DELETE_CHARS + "\ud800-\udfff]"
)


@dataclass(frozen=True, slots=True)
class ScanText:
    """The text patterns run over, and how its offsets map back to the original."""

    original: str
    scan: str
    # For each deleted character j (in order): its index in ``scan`` coordinates,
    # i.e. original index minus the number of characters deleted before it.
    deleted_at: tuple[int, ...] = ()

    def to_original(self, index: int) -> int:
        """The original offset of scan offset ``index`` (a start position)."""
        if not self.deleted_at:
            return index
        return index + bisect_right(self.deleted_at, index)

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Original (start, end) of the scan span [start, end)."""
        if not self.deleted_at:
            return start, end
        if end <= start:
            begin = self.to_original(start)
            return begin, begin
        return self.to_original(start), self.to_original(end - 1) + 1


# The last text prepared and its scan text: extraction and the compilation splitter ask
# for the same text one after the other (the text is held, so identity means the same text)
_LAST: list = [None, None]


def scan_text(text: str) -> ScanText:
    """Prepare ``text`` for scanning (see module docstring)."""
    if _LAST[0] is text:
        return _LAST[1]
    st = _prepare(text)
    _LAST[:] = [text, st]
    return st


def _prepare(text: str) -> ScanText:
    if text.isascii():
        return ScanText(text, text)
    scan = text
    for char, repl in _COMMON:  # str.replace runs at memory speed: the usual dashes first
        if char in scan:
            scan = scan.replace(char, repl)
    if _RARE_RE.search(scan) is None:
        return ScanText(text, scan)
    if _SURROGATE_RE.search(scan):
        scan = _SURROGATE_RE.sub("\ufffd", scan)  # same length
    if _FOLD_RE.search(scan):
        scan = _FOLD_RE.sub(_fold_one, scan)
    if not _DELETE_RE.search(scan):
        return ScanText(text, scan)
    deleted: list[int] = []
    pieces: list[str] = []
    last = 0
    for m in _DELETE_RE.finditer(scan):
        pieces.append(scan[last : m.start()])
        deleted.append(m.start() - len(deleted))
        last = m.end()
    pieces.append(scan[last:])
    return ScanText(text, "".join(pieces), tuple(deleted))


def _fold_one(m: re.Match[str]) -> str:
    return _FOLD[ord(m.group())]
