"""The citing document's own session, read from its header.

A header line names it by ordinal ("Seventh session", "Шестьдесят седьмая сессия",
"الدورة الثامنة والخمسون") or by year ("2026 session", "Session de 2026", "2026年届会");
a session named elsewhere in the header counts only when it is not another body's (the
title "Rapport du Comité d'experts ... sur les travaux de sa vingt-troisième session" of a
Council note names the Committee's session, not the Council's).
"""

from __future__ import annotations

import re
from functools import cache

from .bodies import BodyMatcher, body_index
from .languages import Lang, load_data


def own_session(
    text: str, langs: list[Lang], mat: BodyMatcher, body: str | None
) -> tuple[str | None, int]:
    """The document's own session: a header line ("Seventh session", "2026 session"), else
    a session named elsewhere in the header that is not another body's (a title's "Report
    of the Committee ... on its twenty-third session")."""
    for lg in langs:
        if lg.session_literal is not None and lg.session_literal.search(text) is None:
            continue  # every session pattern holds the literal: none can match (fast path)
        found = []
        m = at_line_start(lg.session_header, text)
        if m and _own_session(text, m, lg, mat, body):
            found.append((m.start(), _ordinal_value(m, lg)))
        y = at_line_start(_year_header(lg.code), text)
        if y:
            found.append((y.start(), next(v for k, v in y.groupdict().items() if v)))
        found = [f for f in found if f[1]]
        if found:
            pos, value = min(found)
            return value, pos
        for m in lg.session.finditer(text):
            value = _ordinal_value(m, lg)
            if value and _own_session(text, m, lg, mat, body):
                return value, m.start()
    return None, -1


def _ordinal_value(m: re.Match[str], lg: Lang) -> str | None:
    groups = m.groupdict()
    where = groups.get("ords") or groups.get("ords2") or m.group()  # not in a body name
    ords = re.search(lg.ordinals.regex, where, re.I)
    value = lg.ordinals.value(ords.group()) if ords else None
    if not value:
        return None
    return f"S-{value}" if groups.get("special") else str(value)


def _own_session(text: str, m: re.Match[str], lg: Lang, mat: BodyMatcher, body: str | None) -> bool:
    """False for a session that belongs to another body: the line (or, for a title wrapped
    before the session, the line above) names another body before it ("Rapport du Comité
    d'experts ... sur les travaux de sa vingt-troisième session" in a Council note), or a
    possessive points to a body not named ("Report of the Committee for Development
    Policy on its twenty-seventh session"). "Report of the Subsidiary Body for
    Implementation on its forty-eighth session" in that body's report is its own."""
    line_start = text.rfind("\n", 0, m.start()) + 1
    if line_start > 1:  # the line above too: a name wrapped over two lines
        line_start = text.rfind("\n", 0, line_start - 1) + 1
    named = [x for x in mat.find(text[line_start : m.start()]) if x.code or x.candidates]
    if named and body is not None:
        family = body_index().ancestors(body)
        last = named[-1]  # a short name ("Report of the Conference of the Parties on its")
        return last.code in family if last.code else any(c in family for c in last.candidates)
    words = m.group().split()
    return not (
        lg.possessive_before.search(text, max(0, m.start() - 40), m.start())
        or (words and lg.possessive_in_keyword.search(words[0]))  # Arabic "دورتها"
    )


@cache
def _year_header(code: str) -> re.Pattern[str]:
    """A header line naming the session by its year (data: [sessions] header_year)."""
    return re.compile(load_data(code)["sessions"].get("header_year") or "(?!)", re.M | re.I)


def at_line_start(pattern: re.Pattern[str], text: str) -> re.Match[str] | None:
    """``pattern.search(text)`` for a pattern that starts with "^" (multiline): tried only
    where a line starts."""
    if not _starts_with_caret(pattern):
        return pattern.search(text)
    pos = 0
    while pos <= len(text):
        m = pattern.match(text, pos)
        if m:
            return m
        nl = text.find("\n", pos)
        if nl < 0:
            return None
        pos = nl + 1
    return None


@cache
def _starts_with_caret(pattern: re.Pattern[str]) -> bool:
    """True when every match of a multiline pattern starts at a line start."""
    from re import _constants as c  # type: ignore[attr-defined]  # the parser's own opcodes
    from re import _parser  # type: ignore[attr-defined]

    if not pattern.flags & re.MULTILINE:
        return False
    parsed = _parser.parse(pattern.pattern, pattern.flags)
    return bool(len(parsed)) and parsed[0] == (c.AT, c.AT_BEGINNING)
