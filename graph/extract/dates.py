"""Dates and date ranges written in words, in each language, as ISO dates.

"22 October 2010", "22 октября 2010 года", "22 de octubre de 2010",
"22 تشرين الأول/أكتوبر 2010", "2010年10月22日"; ranges such as "28-30 October 2013".
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from itertools import chain

from .languages import Lang, month_number


@dataclass(frozen=True, slots=True)
class Date:
    """A date (or the first day of a range) found at [start, end) of the scan text."""

    start: int
    end: int
    iso: str
    iso_end: str | None = None  # last day of a range


def _iso(year: str, month: int | None, day: str) -> str | None:
    if month is None:
        return None
    try:
        return dt.date(int(year), month, int(day)).isoformat()
    except ValueError:
        return None


def _from_match(lang: Lang, m: re.Match[str]) -> Date | None:
    g = m.groupdict()
    month = month_number(lang, g["m"])
    month2 = month_number(lang, g["m2"]) if g.get("m2") else None
    year2 = g.get("y2")
    if g.get("d2"):
        # In "28-30 October 2013" the month and year written once belong to both days;
        # in "30 November to 12 December 2015" the year written once belongs to both.
        if g.get("m2") is None:
            start = _iso(g["y"], month, g["d"])
            end = _iso(g["y"], month, g["d2"])
        else:
            start = _iso(g["y"], month, g["d"])
            end = _iso(year2 or g["y"], month2, g["d2"])
        if start is None:
            return None
        return Date(m.start(), m.end(), start, end)
    iso = _iso(g["y"], month, g["d"])
    return Date(m.start(), m.end(), iso) if iso else None


def match_date(lang: Lang, text: str, pos: int, limit: int) -> Date | None:
    """A date or range starting exactly at ``pos`` (longest form wins)."""
    for pattern in (*lang.date_ranges, *lang.dates):
        m = pattern.match(text, pos, limit)
        if m:
            date = _from_match(lang, m)
            if date:
                return date
    return None


# A year, the anchor of every date form: "2013" in "28-30 October 2013", "2010年10月22日"
_YEAR = re.compile(r"(?:1[89]|20)\d\d(?!\d)")


def find_dates(lang: Lang, text: str, start: int, end: int) -> list[Date]:
    """All dates and ranges in text[start:end], left to right, ranges preferred.

    The date patterns run only around years (every form holds one), not over the text.
    """
    found: list[Date] = []
    covered = -1
    spaced = lang.year_after_space
    for year in _YEAR.finditer(text, start, end):
        y = year.start()
        if y < covered or (y and text[y - 1].isdigit()):
            continue
        if spaced and (y == 0 or not text[y - 1].isspace()):
            continue  # "S/2015/10", "(2015)": no date pattern puts a year there
        lo, hi = max(start, y - 70), min(end, y + 44)
        if lo == y - 70 and hi == y + 44:  # the window cuts nothing: the same for every caller
            memo = _memo(text, lang.code)
            best = memo.get(y, _NONE)
            if best is _NONE:
                best = memo[y] = _date_at(lang, text, y, lo, hi)
        else:
            best = _date_at(lang, text, y, lo, hi)
        if best and not any(d.start < best.end and best.start < d.end for d in found):
            found.append(best)
            covered = best.end
    found.sort(key=lambda d: d.start)
    return found


def _date_at(lang: Lang, text: str, y: int, lo: int, hi: int) -> Date | None:
    """The longest date or range in text[lo:hi] that holds the year at ``y``."""
    best: Date | None = None
    for pattern in (*lang.date_ranges, *lang.dates):
        first = pattern.search(text, lo, hi)  # sieved: None at once without a month name
        if first is None:
            continue
        # (date patterns match no empty string: the scan goes on where the first match ends)
        for m in chain((first,), pattern.finditer(text, first.end(), hi)):
            if m.start() <= y < m.end():
                date = _from_match(lang, m)
                if date and (best is None or date.end - date.start > best.end - best.start):
                    best = date
                break
    return best


_NONE = object()
# The dates found around each year of the last text looked at: (text, language, {year: date})
_MEMO: list = [None, None, {}]


def _memo(text: str, code: str) -> dict:
    """Per-text memory of dates by year position (meetings, sessions and the header all look
    at the same years); the text itself is held, so identity means the same text."""
    if _MEMO[0] is not text or _MEMO[1] != code:
        _MEMO[:] = [text, code, {}]
    return _MEMO[2]


def date_before(lang: Lang, text: str, pos: int) -> Date | None:
    """A date that ends right before ``pos`` ("2011年6月27日第1990(2011)号决议")."""
    window = max(0, pos - 30)
    best = None
    for pattern in lang.dates:
        for m in pattern.finditer(text, window, pos):
            if text[m.end() : pos].strip() == "":
                date = _from_match(lang, m)
                if date:
                    best = date
    return best
