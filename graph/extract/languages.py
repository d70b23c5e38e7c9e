"""Per-language data (graph/extract/data/<lang>.toml) compiled into ready patterns.

Everything that differs between English, French, Spanish, Russian, Arabic and Chinese
lives in the data files; this module only turns them into regexes, once per language.
Adding a language is adding a data file (and its test rows).
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from .patterns import alternation, fill, literal_atoms, trie_regex

DATA_DIR = Path(__file__).resolve().parent / "data"
LANGUAGES = ("en", "fr", "es", "ru", "ar", "zh")
_DIGITS = re.compile(r"[0-9]+")  # "7" in "7th"
_SPACES = re.compile(r"\s+")
_SLASH_SPACES = re.compile(r"\s*/\s*")  # "تشرين الأول / أكتوبر"
RELATIONS_ORDER = (
    "establishedBy",
    "requestedBy",
    "extends",
    "decides",
    "pursuantTo",
    "inAccordanceWith",
    "recalls",
    "reaffirms",
    "takesNoteOf",
    "welcomes",
    "endorses",
)
# Mandate cues that say more than a generic "pursuant to" a few words nearer.
SPECIFIC_RELATIONS = frozenset({"establishedBy", "requestedBy", "extends", "decides"})
# Citation cues that also apply from the head of a sentence ("Recalling ..., 1333 (2000)").
HEAD_RELATIONS = frozenset({"recalls", "reaffirms", "takesNoteOf", "welcomes", "endorses"})


@cache
def load_data(name: str) -> dict:
    """One TOML data file of graph/extract/data/, parsed."""
    with open(DATA_DIR / f"{name}.toml", "rb") as handle:
        return tomllib.load(handle)


@dataclass(frozen=True, slots=True)
class Ordinals:
    """Ordinal words of one language and how to read their value."""

    regex: str  # fragment for one ordinal (possibly compound): "sixty-ninth"
    token: re.Pattern[str]  # one word of an ordinal
    values: dict[str, int]  # word (lower case) or stem -> value
    stems: tuple[str, ...]  # stems, longest first (Russian); empty otherwise
    numerals: dict[str, int]  # Chinese numeral characters -> value

    def value(self, text: str) -> int | None:
        """The number an ordinal stands for: "sixty-ninth" -> 69, "седьмой" -> 7, "七" -> 7."""
        digits = _DIGITS.match(text)
        if digits:
            return int(digits.group())
        if self.numerals:
            return _chinese_number(text, self.numerals)
        parts = []
        for tok in self.token.finditer(text):
            word = tok.group().lower()
            value = self.values.get(word)
            if value is None:
                value = next((self.values[s] for s in self.stems if word.startswith(s)), None)
            if value is not None:
                parts.append(value)
        # A compound has tens and at most one unit: "sixty-ninth" (60, 9), "الحادية عشرة"
        # (1, 10); "fourteenth and fifteenth" (14, 15) is two ordinals, not one.
        if not parts or sum(1 for p in parts if p % 10) > 1:
            return None
        total = sum(parts)
        return total if 0 < total < 1000 else None


def _chinese_number(text: str, numerals: dict[str, int]) -> int | None:
    """Read a Chinese numeral: "六十九" -> 69, "十一" -> 11, "一百" -> 100."""
    total, current = 0, 0
    for ch in text:
        value = numerals.get(ch)
        if value is None:
            continue
        if value >= 10:
            total += (current or 1) * value
            current = 0
        else:
            current = current * 10 + value if current and value == 0 else value
    total += current
    return total or None


@dataclass(frozen=True, slots=True)
class Lang:
    """Compiled patterns of one language."""

    code: str
    data: dict
    act_head: str  # master-regex fragment: keyword before the number(s)
    zh_list: str  # master-regex fragment: number(s) before the keyword (Chinese)
    session_anchor: str  # master-regex fragment: the session noun
    possessive_before: re.Pattern[str]
    possessive_in_keyword: re.Pattern[str]
    separator: re.Pattern[str]
    date_connector: re.Pattern[str]
    title_connector: re.Pattern[str]
    body_before_gap: re.Pattern[str]
    # A body named before the keyword that adopted the act: "the Commission adopted resolution"
    adopter_gap: re.Pattern[str]
    body_after_connector: re.Pattern[str]
    not_number: re.Pattern[str]
    ordinals: Ordinals
    session: re.Pattern[str]
    session_header: re.Pattern[str]
    # Any literal every session match holds ("ession"), in any case; None: no such literal
    session_literal: re.Pattern[str] | None
    meeting_noun: re.Pattern[str]
    meeting_adoption: re.Pattern[str]
    dates: tuple[re.Pattern[str], ...]
    partial_dates: tuple[re.Pattern[str], ...]
    date_ranges: tuple[re.Pattern[str], ...]
    # Every year of every full date and range comes after white space ("October 2010", not
    # "2010年"): a year written after anything else is no date's (a fast test)
    year_after_space: bool
    months: dict[str, int]
    abbreviations: frozenset[str]
    header: dict
    kinds: tuple[tuple[re.Pattern[str], str], ...]
    agenda_item: re.Pattern[str]
    original: re.Pattern[str]
    submitted: re.Pattern[str]  # before a body: "submitted to the Conference"
    # Before a session, any verb of submission, any mood: "to submit a report at its
    # eighty-second session", "que le presente en su octogésimo período de sesiones"
    submitted_session: re.Pattern[str]
    # After a session (verb-final languages): "在大会第八十二届会议上提交"
    submitted_after: re.Pattern[str]
    range_words: str  # between the ends of a range: "Add.1-3", "Add.1 to 3"
    item_prefix: str
    date_before: bool


def _rx(fragment: str, flags: int = 0) -> re.Pattern[str]:
    return re.compile(fragment or "(?!)", flags)


def _ordinals(data: dict) -> Ordinals:
    sessions = data.get("sessions", {})
    endings = sessions.get("ordinal_endings", "")
    stems = data.get("ordinals", {})
    plain = data.get("ordinals_plain", {})
    numerals = {k: int(v) for k, v in data.get("numerals", {}).items()}
    boundary = r"(?!\w)" if data["labels"].get("word_boundary", True) else ""
    words = [literal_atoms(w) + ([endings] if endings else []) + [boundary] for w in stems]
    words += [literal_atoms(w) + [boundary] for w in plain]
    if numerals:
        word = "[" + "".join(numerals) + "]+"
    else:
        word = trie_regex(words)
    numeric = sessions.get("numeric_ordinal", "(?!)")
    joiner = sessions.get("ordinal_joiner", "(?!)")
    regex = f"(?:{numeric}|{word}(?:(?:{joiner}){word}){{0,2}})"
    token = re.compile(word if not numerals else "(?!)", re.IGNORECASE)
    values = {k.lower(): int(v) for k, v in {**stems, **plain}.items()}
    stem_list = tuple(sorted((k.lower() for k in stems), key=len, reverse=True))
    return Ordinals(regex, token, values, stem_list, numerals)


def _date_patterns(data: dict, key: str, months_re: str) -> tuple[re.Pattern[str], ...]:
    dates = data.get("dates", {})
    day = r"(?P<{name}>\d{{1,2}})" + dates.get("ordinal_day", "")
    year = r"(?P<{name}>(?:1[89]|20)\d\d)"
    out = []
    for template in dates.get(key, []):
        filled = fill(
            template,
            d=day.format(name="d"),
            d2=day.format(name="d2"),
            m=f"(?P<m>{months_re})",
            m2=f"(?P<m2>{months_re})",
            y=year.format(name="y"),
            y2=year.format(name="y2"),
        )
        out.append(re.compile(r"(?<!\d)" + filled + r"(?!\d)", re.IGNORECASE))
    return tuple(out)


def _session_pattern(code: str, template: str, ordinals: Ordinals) -> str:
    """The session pattern: {ORD} an ordinal, {BODY} a body name (Arabic "دورة الجمعية العامة
    السادسة والستين" names the body between the noun and the ordinal)."""
    if "{BODY}" in template:
        from .bodies import matcher  # bodies.py imports this module; import late

        template = fill(template, BODY=matcher(code).fragment)
    return fill(template, ORD=ordinals.regex)


def _year_after_space(data: dict) -> bool:
    """True when "{y}" and "{y2}" follow a required white space in every date template."""
    dates = data.get("dates", {})
    templates = [*dates.get("patterns", []), *dates.get("ranges", [])]
    for template in templates:
        for name in ("{y}", "{y2}"):
            at = template.find(name)
            while at >= 0:
                if not template[:at].endswith(r"\s+"):
                    return False
                at = template.find(name, at + 1)
    return bool(templates)


@cache
def lang(code: str) -> Lang:
    """The compiled patterns of language ``code`` (one of LANGUAGES; others read as English)."""
    if code not in LANGUAGES:
        code = "en"
    data = load_data(code)
    acts = data["acts"]
    sessions = data["sessions"]
    meetings = data["meetings"]

    res_kw, dec_kw = acts.get("resolution", "(?!)"), acts.get("decision", "(?!)")
    between = ""
    if acts.get("body_between"):
        from .bodies import matcher  # bodies.py imports this module; import late

        connector = acts.get("body_between_connector", "")
        tail = acts.get("body_between_tail", "")
        unknown = acts.get("body_between_unknown", "")
        between = rf"(?:\s+{connector}(?P<between>{matcher(code).fragment}){tail}"
        if acts.get("body_between_skip"):  # "قرار الأمم المتحدة 1325": no body of its own
            between += rf"|{acts['body_between_skip']}"
        if unknown:
            between += rf"|(?P<between_unknown>{unknown})"
        between += ")?"
    gap = acts.get("list_gap", "")
    gap = rf"(?P<gap>{gap})?" if gap else ""
    from .lists import special_alternatives

    act_head = (
        rf"(?:(?P<res>{res_kw})|(?P<dec>{dec_kw})){between}{gap}\s*{acts.get('number_sign', '')}"
        rf"(?=[0-9]|(?:E?S{special_alternatives(acts)})\s?-\s?[0-9])"
    )
    zh_list = ""
    if acts.get("resolution_after"):
        from .lists import ITEM_NONCAP

        prefix = acts.get("item_prefix", "")
        if acts.get("item_date"):  # "第66/288号和2012年12月21日第67/203号决议"
            prefix = rf"(?:{acts['item_date']}\s*)?(?:{prefix})"
        sep = acts.get("separator", "(?!)")
        zh_list = (
            rf"(?:{prefix})?{ITEM_NONCAP}(?:(?:{sep})(?:{prefix})?{ITEM_NONCAP}){{0,200}}"
            rf"\s*(?:(?P<zres>{acts['resolution_after']})|(?P<zdec>{acts['decision_after']}))"
        )

    ordinals = _ordinals(data)
    months = {k.lower(): int(v) for k, v in data.get("months", {}).items()}
    months_re = alternation(
        [r"\s*/\s*".join(re.escape(p) for p in m.split("/")) for m in data.get("months", {})]
    )
    months_re = months_re.replace(r"\ ", r"\s+")

    sentences = data.get("sentences", {})
    return Lang(
        code=code,
        data=data,
        act_head=act_head,
        zh_list=zh_list,
        session_anchor=sessions.get("anchor", "(?!)"),
        possessive_before=_rx(acts.get("possessive_before", ""), re.IGNORECASE),
        possessive_in_keyword=_rx(acts.get("possessive_in_keyword", "")),
        separator=_rx(acts.get("separator", "")),
        date_connector=_rx(acts.get("date_connector", ""), re.IGNORECASE),
        title_connector=_rx(acts.get("title_connector", ""), re.IGNORECASE),
        body_before_gap=_rx(acts.get("body_before_gap", "")),
        adopter_gap=_rx(acts.get("adopter_gap", "")),
        body_after_connector=_rx(acts.get("body_after_connector", "")),
        not_number=_rx(acts.get("not_number", "")),
        ordinals=ordinals,
        session=_rx(_session_pattern(code, sessions.get("pattern", ""), ordinals), re.IGNORECASE),
        session_header=_rx(
            fill(sessions.get("header", ""), ORD=ordinals.regex), re.IGNORECASE | re.MULTILINE
        ),
        session_literal=(
            re.compile("|".join(map(re.escape, sessions["anchors"])), re.IGNORECASE)
            if sessions.get("anchors")
            else None
        ),
        meeting_noun=_rx(meetings.get("noun", ""), re.IGNORECASE),
        meeting_adoption=_rx(meetings.get("adoption", ""), re.IGNORECASE),
        dates=_date_patterns(data, "patterns", months_re),
        partial_dates=_date_patterns(data, "partial", months_re),
        date_ranges=_date_patterns(data, "ranges", months_re),
        year_after_space=_year_after_space(data),
        months=months,
        abbreviations=frozenset(sentences.get("abbreviations", [])),
        header=data.get("header", {}),
        kinds=tuple((re.compile(k), v) for k, v in data.get("header", {}).get("kinds", [])),
        submitted=_rx(data.get("header", {}).get("submitted", "")),
        submitted_session=_rx(  # either pattern before a session
            "|".join(
                f"(?:{data['header'][k]})"
                for k in ("submitted_session", "submitted")
                if data.get("header", {}).get(k)
            )
        ),
        submitted_after=_rx(data.get("header", {}).get("submitted_after", "")),
        agenda_item=_rx(data.get("header", {}).get("agenda_item", "")),
        original=_rx(data.get("header", {}).get("original", "")),
        range_words=acts.get("range", "-"),
        item_prefix=acts.get("item_prefix", ""),
        date_before=bool(acts.get("date_before")),
    )


def month_number(lang_: Lang, name: str) -> int | None:
    """The month a month name stands for, spacing and case ignored."""
    key = _SLASH_SPACES.sub("/", _SPACES.sub(" ", name.strip())).lower()
    return lang_.months.get(key)
