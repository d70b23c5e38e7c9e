"""Numbers of resolutions and decisions, alone or in lists, with the dates given with them.

"resolutions 5/1 of 22 October 2010, 5/5 of 22 October 2010, 6/1 of 19 October 2012 and 7/1"
is parsed item by item: each item keeps its own span and date; separators and
conjunctions come from the language's data file.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from .dates import Date, match_date
from .languages import Lang, load_data
from .numbers import int_to_roman, roman_to_int

# One item, without groups, for embedding in a larger pattern (the Chinese list):
# "1/CP.21", "S-26/2", "1373 (2001)", "2758 (XXVI)", "217 A(III)", "70/1", "49/75 E", "2118"
ITEM_NONCAP = (
    r"(?:[0-9]{1,3}\s?[/.]\s?(?:CP|CMP|CMA)\s?[./]?\s?[0-9]{1,2}"
    r"|E?S-[0-9]{1,2}/[0-9]{1,3}"
    r"|[0-9]{1,4}(?:\s?[A-Z](?=\s*\())?\s*\(\s*(?:[IVXLC]{1,8}|(?:19|20)[0-9][0-9]"
    r"|[1lI]9[0-9lIOo]{2}|2[0O][0-9lIOo]{2})\s*\)"
    r"|[0-9]{1,4}/[0-9]{1,4}(?![/0-9]|\.[0-9])(?:[ \u00a0]?[A-Z](?![0-9/.\-A-Za-z]))?"
    r"|[0-9]{1,4})"
)

# One item, with named parts (see acts.toml for the forms); {ALT} is a language's other way
# of writing an old session number (data: acts.roman_alt, Arabic "973 (د-10)" = 973 (X)).
ITEM_TEMPLATE = (
    # 1/CP.21, and typed slips such as "2.CMA/3", "6/CMA4"
    # (and a language's own abbreviation of the body: Arabic "1/م أ-21" = 1/CP.21)
    r"(?:(?P<cop_n>[0-9]{1,3})\s?[/.]\s?(?P<cop>CP|CMP|CMA{COP})"
    r"\s?[./-]?\s?(?P<cop_s>[0-9]{1,2})(?![0-9/])"
    # S-26/2, ES-10/19 (and a language's own abbreviation: Arabic "دإ-30/1" = S-30/1)
    r"|(?P<sp>E?S{SP})\s?-\s?(?P<sp_s>[0-9]{1,2})/(?P<sp_n>[0-9]{1,3})(?![0-9/])"
    # 1373 (2001), 217 A (III)
    r"|(?P<p_n>[0-9]{1,4})(?:\s?(?P<p_letter>{LETTER})(?=\s*\())?\s*\(\s*"
    r"(?:(?P<p_roman>[IVXLC]{1,8})|(?P<p_year>[0-9]{4})|{ALT}"
    # OCR damage of the year: "588 (l986)", "660 (199O)" (l, I for 1; O, o for 0)
    r"|(?P<p_ocr>[1lI]9[0-9lIOo]{2}|2[0O][0-9lIOo]{2}))\s*\)"
    r"|(?P<s_s>[0-9]{1,4})/(?P<s_n>[0-9]{1,4})(?![/0-9]|\.[0-9]|\s*-\s*[0-9]{4})"  # 70/1, 2013/40
    # lettered: "49/75 E", "49/75 E号决议", "49/75 هاء" (never across a line break)
    r"(?:[ \u00a0]?(?P<s_letter>{LETTER})(?![0-9/.\-A-Za-z\u00c0-\u024f\u0370-\u06ff]))?"
    # 637 1989 (OCR damage of "637 (1989)")
    r"|(?P<o_n>[0-9]{1,4})\s+(?P<o_year>19[4-9][0-9]|20[0-4][0-9])(?![0-9/(]|\s*\()"
    r"|(?P<b_n>[0-9]{1,4})(?![0-9])(?![/.,][0-9]|\s*\())"  # 2118
)


@cache
def item_re(code: str) -> re.Pattern[str]:
    """The item pattern of a language (with its other writing of old session numbers)."""
    acts = load_data(code)["acts"] if code in _LANGS else {}
    alt = acts.get("roman_alt")
    if not alt or "(?P<p_ar>" not in alt:
        alt = "(?P<p_ar>(?!))"
    letter = acts.get("letter", "[A-Z]")
    cops = "".join("|" + re.escape(k).replace(r"\ ", r"\s?") for k in acts.get("cop_names", {}))
    sps = special_alternatives(acts)
    return re.compile(
        ITEM_TEMPLATE.replace("{ALT}", alt)
        .replace("{LETTER}", letter)
        .replace("{COP}", cops)
        .replace("{SP}", sps)
    )


def special_alternatives(acts: dict) -> str:
    """ "|دإط|دإ ...": a language's abbreviations of a special session, longest first."""
    names = sorted(acts.get("special_names", {}), key=len, reverse=True)
    return "".join("|" + re.escape(k).replace(r"\ ", r"\s?") for k in names)


@cache
def _letters() -> dict[str, str]:
    """Latin letter of a lettered resolution's letter as written: Cyrillic "А", Arabic "ألف"."""
    table = {k: v for k, v in load_data("symbols")["lookalikes"].items() if v.isupper()}
    for code in _LANGS:
        table.update(load_data(code)["acts"].get("letter_names", {}))
    return table


@cache
def _special_names() -> dict[str, str]:
    """Special-session abbreviations as written in a language, spaces removed: "دإ" -> "S"."""
    table: dict[str, str] = {}
    for code in _LANGS:
        for name, sp in load_data(code)["acts"].get("special_names", {}).items():
            table[name.replace(" ", "")] = sp
    return table


@cache
def _cop_names() -> dict[str, str]:
    """UNFCCC body abbreviations as written in a language, spaces removed: "مأ" -> "CP"."""
    table: dict[str, str] = {}
    for code in _LANGS:
        for name, cop in load_data(code)["acts"].get("cop_names", {}).items():
            table[name.replace(" ", "")] = cop
    return table


_LANGS = ("en", "fr", "es", "ru", "ar", "zh")
ITEM = item_re("en")  # the forms every language shares

# Only a space between two numbers with years: a list whose comma was lost
_SPACE_BETWEEN_YEARS = re.compile(r"[ \t]+(?=[0-9]{1,4}\s?\((?:19|20)[0-9]{2}\))")
# What follows an operative paragraph's number: "2. Requests", "3.\tDecides"
_PARAGRAPH_AFTER = re.compile(r"\.[ \t\u00a0]+\S")
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
    letter: str = ""  # the letter of a lettered resolution: "49/75 E"


def parse_item(m: re.Match[str]) -> Item:
    """The Item for a match of ITEM."""
    g = m.groupdict()
    start, end = m.span()
    if g["cop_n"]:
        cop = g["cop"] if g["cop"].isascii() else _cop_names().get("".join(g["cop"].split()), "")
        return Item(start, end, "unfccc", g["cop_n"], s=g["cop_s"], cop=cop)
    if g["sp"]:
        sp = g["sp"] if g["sp"].isascii() else _special_names().get("".join(g["sp"].split()), "S")
        return Item(start, end, "special", g["sp_n"], s=g["sp_s"], sp=sp)
    if g["p_n"]:
        if g["p_year"]:
            return Item(start, end, "year", g["p_n"], year=g["p_year"])
        if g["p_ocr"]:  # kept only when the act really is of that year (acts.act_key)
            return Item(start, end, "ocr", g["p_n"], year=g["p_ocr"].translate(_OCR_DIGITS))
        roman = g["p_roman"] or int_to_roman(int(g["p_ar"] or 0))
        if roman_to_int(roman) is None:
            return Item(start, end, "bad", g["p_n"])
        return Item(start, end, "roman", g["p_n"], roman=roman, letter=_letter(g["p_letter"]))
    if g["s_s"]:
        first = int(g["s_s"])
        form = "yearslash" if 1946 <= first <= 2100 else "session"
        if first == 0 or int(g["s_n"]) == 0 or (first > 200 and form == "session"):
            return Item(start, end, "bad", g["s_n"])
        return Item(start, end, form, g["s_n"], s=g["s_s"], letter=_letter(g["s_letter"]))
    if g["o_n"]:
        return Item(start, end, "ocr", g["o_n"], year=g["o_year"])
    return Item(start, end, "bare", g["b_n"])


_OCR_DIGITS = str.maketrans("lIOo", "1100")  # letters OCR reads for digits


def _letter(text: str | None) -> str:
    if not text:
        return ""
    return text if text.isascii() else _letters().get(text, "")


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
    last_sep = ""
    while pos < limit and len(items) < 10000:
        m = item_re(lang.code).match(scan, pos, limit)
        if m is None:
            break
        item = parse_item(m)
        if item.form == "bare" and lang.not_number.match(scan, m.end(), limit):
            break  # "резолюции 1995 года": the resolution of 1995, no number
        if item.form == "bad" or (items and not _compatible(items[0].form, item.form)):
            break
        if item.form == "bare" and items and items[0].form != "bare":
            break  # "resolution 2216 (2015);\n\n5. Decides": a paragraph number, not an item
        if item.form == "bare" and items and _PARAGRAPH_AFTER.match(scan, m.end(), limit):
            if ";" in last_sep or "\n" in last_sep:
                break  # "resolution 2420;\n2. Requests": the next paragraph's number
        after = m.end()
        glue = FOOTNOTE_GLUE.match(scan, after, limit) if item.form != "bare" else None
        if glue and glue.group().startswith(",") and _next_is_item(scan, glue.end(), limit):
            glue = None  # "1267 (1999),1333 (2000)": a list without spaces, not a footnote
        if glue:
            after = glue.end()
        date, after = attached_date(scan, after, lang, limit)
        if date is not None:
            item = _with_date(item, date)
        title = lang.title_connector.match(scan, after, limit)
        if title:
            after = title.end()
        items.append(item)
        end = after
        sep = lang.separator.match(scan, after, limit)
        if sep is None and item.form == "year":  # "2204 (2015) 2216 (2015)": a comma lost
            sep = _SPACE_BETWEEN_YEARS.match(scan, after, limit)
        if sep is None or "\n\n" in sep.group() or "\n\r\n" in sep.group():
            break
        pos = sep.end()
        last_sep = sep.group()
        if lang.item_prefix:
            prefix = _prefix_re(lang.item_prefix).match(scan, pos)
            if prefix:
                pos += prefix.end()
    if items:
        end = max(end, items[-1].end)
    return ActList(tuple(items), end)


@cache
def _prefix_re(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern)


def _compatible(first: str, other: str) -> bool:
    groups = (
        {"session", "yearslash", "special"},
        {"year", "bare", "ocr"},
        {"roman", "year"},
        {"unfccc"},
    )
    return any(first in g and other in g for g in groups)


def _next_is_item(scan: str, pos: int, limit: int) -> bool:
    m = ITEM.match(scan, pos, limit)  # a second number: any language's shared forms
    return m is not None and parse_item(m).form not in ("bare", "bad")


def attached_date(scan: str, pos: int, lang: Lang, limit: int) -> tuple[Date | None, int]:
    conn = lang.date_connector.match(scan, pos, limit)
    if conn is None:
        return None, pos
    date = match_date(lang, scan, conn.end(), limit)
    if date is not None:
        return date, date.end
    for pattern in lang.partial_dates:  # "186 (1964) of 4 March": skipped, no ISO date
        m = pattern.match(scan, conn.end(), limit)
        if m and not (m.end() < limit and scan[m.end()].isalnum()):
            return None, m.end()
    return None, pos


def _with_date(item: Item, date: Date) -> Item:
    return with_fields(item, date=date)


def with_fields(item: Item, **changes) -> Item:
    """A copy of ``item`` with some fields changed (dataclasses.replace, without its cost)."""
    values = {f: getattr(item, f) for f in Item.__slots__}
    values.update(changes)
    return Item(**values)
