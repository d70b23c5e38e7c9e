"""Per-language data (graph/extract/data/<lang>.toml) and the shape of its compiled form (Lang).

Everything that differs between English, French, Spanish, Russian, Arabic and Chinese
lives in the data files; this module reads them, and grammar.py turns them into regexes,
once per language. Adding a language is adding a data file (and its test rows).
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cache
from pathlib import Path

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


def month_number(lang_: Lang, name: str) -> int | None:
    """The month a month name stands for, spacing and case ignored."""
    key = _SLASH_SPACES.sub("/", _SPACES.sub(" ", name.strip())).lower()
    return lang_.months.get(key)
