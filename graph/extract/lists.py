"""Numbers of resolutions and decisions, alone or in lists, with the dates given with them.

"resolutions 5/1 of 22 October 2010, 5/5 of 22 October 2010, 6/1 of 19 October 2012 and 7/1"
is parsed item by item: each item keeps its own span and date; separators and
conjunctions come from the language's data file.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .dates import Date, match_date
from .languages import Lang
from .numbers import roman_to_int, int_to_roman

# One item, without groups, for embedding in a larger pattern:
# "1/CP.21", "S-26/2", "1373 (2001)", "2758 (XXVI)", "973 (د-10)", "70/1", "637 1989", "2118"
ITEM_NONCAP = (
    r"(?:\d{1,3}\s?[/.]\s?(?:CP|CMP|CMA)\s?[./]?\s?\d{1,2}"
    r"|E?S-\d{1,2}/\d{1,3}"
    r"|\d{1,4}(?:\s?[A-Z](?=\s*\())?\s*\(\s*(?:[IVXLC]{1,8}|(?:19|20)\d\d|د\s*-\s*\d{1,3})\s*\)"
    r"|\d{1,4}/\d{1,4}(?![/\d]|\.\d)"
    r"|\d{1,4})"
)

# One item, with named parts (see acts.toml for the forms):
ITEM = re.compile(
    r"(?:(?P<cop_n>\d{1,3})\s?[/.]\s?(?P<cop>CP|CMP|CMA)\s?[./]?\s?(?P<cop_s>\d{1,2})(?![\d/])"  # 1/CP.21
    r"|(?P<sp>E?S)-(?P<sp_s>\d{1,2})/(?P<sp_n>\d{1,3})(?![\d/])"  # S-26/2, ES-10/19
    r"|(?P<p_n>\d{1,4})(?:\s?(?P<p_letter>[A-Z])(?=\s*\())?\s*\(\s*"  # 1373 (2001), 217 A (III)
    r"(?:(?P<p_roman>[IVXLC]{1,8})|(?P<p_year>\d{4})|د\s*-\s*(?P<p_ar>\d{1,3}))\s*\)"
    r"|(?P<s_s>\d{1,4})/(?P<s_n>\d{1,4})(?![/\d]|\.\d|\s*-\s*\d{4})"  # 70/1, 2013/40
    r"|(?P<o_n>\d{1,4})\s+(?P<o_year>19[4-9]\d|20[0-4]\d)(?![\d/(]|\s*\()"  # 637 1989 (OCR)
    r"|(?P<b_n>\d{1,4})(?!\d)(?![/.,]\d|\s*\())"  # 2118
)
# A footnote mark glued to an item: "resolution 6/1,1 of" -> the ",1" is a footnote
FOOTNOTE_GLUE = re.compile(r",?\d{1,3}(?=[\s,;.)]|$)")


@dataclass(frozen=True, slots=True)
class Item:
    """One number in a list, with its form (see acts.toml) and parts."""

    start: int
    end: int
    form: str  # session | yearslash | year | bare | roman | special | unfccc | ocr
    n: str
    s: str = ""  # session or year before the slash, or the UNFCCC session
    year: str = ""
    roman: str = ""
    sp: str = ""  # S or ES
    cop: str = ""  # CP | CMP | CMA
    date: Date | None = None


def parse_item(m: re.Match[str]) -> Item:
    """The Item for a match of ITEM."""
    g = m.groupdict()
    start, end = m.span()
    if g["cop_n"]:
        return Item(start, end, "unfccc", g["cop_n"], s=g["cop_s"], cop=g["cop"])
    if g["sp"]:
        return Item(start, end, "special", g["sp_n"], s=g["sp_s"], sp=g["sp"])
    if g["p_n"]:
        if g["p_year"]:
            return Item(start, end, "year", g["p_n"], year=g["p_year"])
        roman = g["p_roman"] or int_to_roman(int(g["p_ar"]))
        if roman_to_int(roman) is None:
            return Item(start, end, "bad", g["p_n"])
        return Item(start, end, "roman", g["p_n"], roman=roman)
    if g["s_s"]:
        first = int(g["s_s"])
        form = "yearslash" if 1946 <= first <= 2100 else "session"
        if first == 0 or int(g["s_n"]) == 0 or (first > 200 and form == "session"):
            return Item(start, end, "bad", g["s_n"])
        return Item(start, end, form, g["s_n"], s=g["s_s"])
    if g["o_n"]:
        return Item(start, end, "ocr", g["o_n"], year=g["o_year"])
    return Item(start, end, "bare", g["b_n"])


@dataclass(frozen=True, slots=True)
class ActList:
    """The items that follow one keyword, and where the list ends."""

    items: tuple[Item, ...]
    end: int


def parse_list(scan: str, pos: int, lang: Lang, limit: int) -> ActList:
    """Parse items starting at ``pos`` (just after the keyword) up to ``limit``.

    The first item decides which shapes may follow: after "70/1" only slashed
    numbers, after "1267 (1999)" numbers with a year (or bare), so that stray numbers
    ("paragraph 5", footnote marks) do not join the list.
    """
    items: list[Item] = []
    end = pos
    while pos < limit and len(items) < 10000:
        m = ITEM.match(scan, pos, limit)
        if m is None:
            break
        item = parse_item(m)
        if item.form == "bad" or (items and not _compatible(items[0].form, item.form)):
            break
        if item.form == "bare" and items and items[0].form != "bare":
            break  # "resolution 2216 (2015);\n\n5. Decides": a paragraph number, not an item
        after = m.end()
        glue = FOOTNOTE_GLUE.match(scan, after, limit) if item.form != "bare" else None
        if glue and glue.group().startswith(",") and _next_is_item(scan, glue.end(), limit):
            glue = None  # "1267 (1999),1333 (2000)": a list without spaces, not a footnote
        if glue:
            after = glue.end()
        date, after = _attached_date(scan, after, lang, limit)
        if date is not None:
            item = _with_date(item, date)
        title = lang.title_connector.match(scan, after, limit)
        if title:
            after = title.end()
        items.append(item)
        end = after
        sep = lang.separator.match(scan, after, limit)
        if sep is None or "\n\n" in sep.group() or "\n\r\n" in sep.group():
            break
        pos = sep.end()
        if lang.item_prefix:
            prefix = re.match(lang.item_prefix, scan[pos : pos + 3])
            if prefix:
                pos += prefix.end()
    if items:
        end = max(end, items[-1].end)
    return ActList(tuple(items), end)


def _compatible(first: str, other: str) -> bool:
    groups = ({"session", "yearslash", "special"}, {"year", "bare", "ocr"}, {"roman", "year"},
              {"unfccc"})
    return any(first in g and other in g for g in groups)


def _next_is_item(scan: str, pos: int, limit: int) -> bool:
    m = ITEM.match(scan, pos, limit)
    return m is not None and parse_item(m).form not in ("bare", "bad")


def _attached_date(scan: str, pos: int, lang: Lang, limit: int) -> tuple[Date | None, int]:
    conn = lang.date_connector.match(scan, pos, limit)
    if conn is None:
        return None, pos
    date = match_date(lang, scan, conn.end(), limit)
    if date is None:
        return None, pos
    return date, date.end


def _with_date(item: Item, date: Date) -> Item:
    return Item(
        item.start, item.end, item.form, item.n, item.s, item.year, item.roman, item.sp,
        item.cop, date,
    )
