"""Sessions: named by ordinal ("at its seventh session" -> "CTOC/COP session 7") or by
year ("at its 2026 session", "Session de 2026" -> "E session 2026").

The ordinal words are data (one table per language); the body of a session (or of a
meeting, see meetings.py) is the one named next to it, else the one the sentence is
about, else the citing body.
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from .dates import find_dates
from .languages import load_data
from .patterns import finditer_guarded

if TYPE_CHECKING:  # pragma: no cover
    from .state import Run

MAX_DATE_GAP = 70  # "session, held in London from 13 to 17 October 2014": the session's dates
AFTER_GAP = 40  # a body named this soon after a session is the one holding it
# Bodies that hold no sessions of their own (the Secretariat, a bureau, a court)
_NO_SESSIONS = frozenset(load_data("acts").get("sessions", {}).get("no_sessions", []))
_DIGIT = re.compile(r"\d")


@cache
def _ordinal_re(code: str) -> re.Pattern[str]:
    from .grammar import lang

    return re.compile(lang(code).ordinals.regex, re.IGNORECASE)


@cache
def _year_re(code: str) -> re.Pattern[str]:
    """A session named by its year (data: [sessions] year): "the 2026 session"."""
    return re.compile(load_data(code)["sessions"].get("year") or "(?!)", re.IGNORECASE)


@cache
def _until_re(code: str) -> re.Pattern[str]:
    """What ends a mandate at a session, right before it: "until its", "延长至" (data)."""
    return re.compile(load_data(code)["sessions"].get("until") or "(?!)", re.IGNORECASE)


@cache
def _session_re(code: str) -> re.Pattern[str]:
    from .grammar import lang

    lg = lang(code)
    bound = r"(?<![\w-])" if lg.data["labels"].get("word_boundary", True) else ""
    return re.compile(bound + lg.session.pattern, lg.session.flags)


def session_refs(run: Run, m: re.Match[str]) -> int:
    """References for the session expression around the session noun ``m``."""
    scan, lg = run.scan, run.lg
    if m.start() < run.header_end:
        return m.end()
    lo, hi = max(run.start, m.start() - 160), min(len(scan), m.end() + 160)
    best = _covering(_session_re(lg.code), scan, lo, hi, m)
    if best is None:
        by_year = _covering(_year_re(lg.code), scan, lo, hi, m)
        return _year_session(run, by_year) if by_year else m.end()
    not_after = lg.data["sessions"].get("not_after")
    if not_after and re.search(not_after, scan[max(0, best.start() - 120) : best.start()]):
        return best.end()  # "Official Records of the General Assembly, Sixty-fourth Session"
    groups = best.groupdict()
    prefix = "ES-" if groups.get("emergency") else "S-" if groups.get("special") else ""
    group = "ords" if best.group("ords") is not None else "ords2"
    ords = [
        (o.start(), o.end(), lg.ordinals.value(o.group()))
        for o in _ordinal_re(lg.code).finditer(scan, best.start(group), best.end(group))
    ]
    ords = [o for o in ords if o[2]]
    if not ords:
        return best.end()
    sentence = run.sentences.bounds(best.start(), best.end())
    possessive = bool(lg.possessive_before.search(scan, max(0, best.start() - 40), best.start()))
    possessive = possessive or bool(lg.possessive_in_keyword.search(m.group()))
    body, explicit = _between_body(run, best)
    if body is None:
        body, explicit = _session_body(run, best.start(), best.end(), sentence, possessive)
    if body is None:
        return best.end()
    date = None
    for d in find_dates(lg, scan, best.end(), min(len(scan), best.end() + MAX_DATE_GAP + 40)):
        gap = scan[best.end() : d.start]
        if len(gap) <= MAX_DATE_GAP and not _DIGIT.search(gap):
            date = d
            run.consumed.append((d.start, d.end))
        break
    relation = structure_relation(run, sentence, best.start(), best.end())
    for i, (a, b, value) in enumerate(ords):
        start = best.start() if len(ords) == 1 else a
        end = best.end() if len(ords) == 1 or i == len(ords) - 1 else b
        run.add(
            "session",
            f"{body} session {prefix}{value}",
            start,
            end,
            "session",
            relation=relation,
            confidence=0.95 if explicit else 0.8,
            body=body,
            date=date.iso if date else None,
        )
    return best.end()


@cache
def _abbreviation_re(names: tuple[str, ...]) -> re.Pattern[str]:
    # "SBSTA 59", "CMA6"; not "1/CMA.6" (a decision) nor "CMP 18/2" or "COP 28.1"
    alternatives = "|".join(sorted(names, key=len, reverse=True))
    # (the left edge, not after a letter, a slash, a dot or a dash, is _ABBREVIATION_GUARD)
    return re.compile(rf"(?P<abbr>{alternatives})[ \u00a0]?(?P<n>[0-9]{{1,2}})(?![\w/]|[.,][0-9])")


_ABBREVIATION_GUARD = re.compile(r"(?<![\w/.-])")


def abbreviated_sessions(run: Run) -> None:
    """UNFCCC sessions written as the body's abbreviation and number ("SBSTA 59", "CMP 18")."""
    table = load_data("acts")["sessions"]
    names = dict(table.get("abbreviations", {}))
    if run.citing and run.citing.startswith("FCCC"):
        names |= table.get("abbreviations_unfccc", {})
    if not names:
        return
    scan = run.scan
    taken = [(r.start, r.end) for r in run.refs]
    abbreviations = _abbreviation_re(tuple(names))
    for m in finditer_guarded(abbreviations, _ABBREVIATION_GUARD, scan, run.header_end):
        a, b = run.st.span(m.start(), m.end())
        if any(x < b and a < y for x, y in taken):
            continue  # part of a reference already made
        body = names[m.group("abbr")]
        sentence = run.sentences.bounds(m.start(), m.end())
        run.add(
            "session",
            f"{body} session {int(m.group('n'))}",
            m.start(),
            m.end(),
            "session-abbreviation",
            relation=structure_relation(run, sentence, m.start(), m.end()),
            confidence=0.85,
            body=body,
        )


@cache
def session_anchor_re(code: str) -> re.Pattern[str]:
    from .grammar import lang

    return re.compile(lang(code).session_anchor)


def _covering(pattern: re.Pattern[str], scan: str, lo: int, hi: int, m: re.Match[str]):
    """The match of ``pattern`` in scan[lo:hi] that holds the session noun ``m``, or None."""
    for sm in pattern.finditer(scan, lo, hi):
        if sm.start() <= m.start() and sm.end() >= m.end():
            return sm
        if sm.start() > m.start():
            break
    return None


def _year_session(run: Run, best: re.Match[str]) -> int:
    """A session named by its year: "at its 2026 session" -> "E session 2026"."""
    scan, lg = run.scan, run.lg
    year = next(v for k, v in best.groupdict().items() if k.startswith("year") and v)
    sentence = run.sentences.bounds(best.start(), best.end())
    possessive = bool(lg.possessive_before.search(scan, max(0, best.start() - 40), best.start()))
    body, explicit = _session_body(run, best.start(), best.end(), sentence, possessive)
    if body is not None and body not in _NO_SESSIONS:
        run.add(
            "session",
            f"{body} session {year}",
            best.start(),
            best.end(),
            "session-year",
            relation=structure_relation(run, sentence, best.start(), best.end()),
            confidence=0.95 if explicit else 0.8,
            body=body,
        )
    return best.end()


def _between_body(run: Run, m: re.Match[str]) -> tuple[str | None, bool]:
    """The body named between the session noun and its ordinal ("دورة الجمعية العامة ...")."""
    groups = m.groupdict()
    for name in ("between", "between2"):
        if groups.get(name):
            j = run.ctx.at(m.start(name))
            if j < len(run.ctx.mentions) and run.ctx.mentions[j].start == m.start(name):
                run.used_mentions.add(run.ctx.mentions[j].start)
                return run.ctx.resolved[j], True
    return None, False


def _session_body(run: Run, start: int, end: int, sentence: tuple[int, int], possessive=False):
    """(body, named next to it?) for a session or meeting at [start, end)."""
    ctx, scan, lg = run.ctx, run.scan, run.lg
    conn = lg.body_after_connector.match(scan, end)
    if conn is not None:
        j = ctx.mention_at(scan, conn.end())
        if j is not None:
            run.used_mentions.add(ctx.mentions[j].start)
            return ctx.resolved[j], True
    i = ctx.at(start) - 1
    if _until_re(lg.code).search(scan, max(sentence[0], start - 60), start):
        # "extend the mandate of the Working Group until its eighty-third session": a mandate
        # runs until a session of the body acting, not of a body it could only guess
        while (
            i >= 0
            and ctx.mentions[i].start >= sentence[0]
            and (ctx.resolved[i] is None or i in ctx.guessed)
        ):
            i -= 1
        if i < 0 or ctx.mentions[i].start < sentence[0]:
            return run.citing, False
    if i >= 0 and ctx.mentions[i].end <= start:
        mention = ctx.mentions[i]
        if lg.body_before_gap.fullmatch(scan, mention.end, start):
            run.used_mentions.add(mention.start)
            return ctx.resolved[i], True
        while (
            i > 0
            and ctx.mentions[i - 1].start >= sentence[0]
            and (
                ctx.resolved[i] in _NO_SESSIONS
                or (not possessive and _guessed_under(ctx, i, sentence[0]))
                or quoted(scan, sentence[0], ctx.mentions[i].start, ctx.mentions[i].end, start)
                or in_aside(scan, sentence[0], ctx, i, start)
            )
        ):
            # "the General Assembly, on the recommendation of the General Committee, ...";
            # "the item entitled "Financing of the African Union ..." in its session";
            # "大会...决议决定将工作组的任务期限延长至第七十八届会议": a working group guessed
            i -= 1
        if ctx.mentions[i].start >= sentence[0]:
            return ctx.resolved[i], False  # the sentence's body ("the Committee at its ...")
    j = ctx.at(end)
    if (
        not possessive
        and j < len(ctx.mentions)
        and ctx.mentions[j].start < min(sentence[1], end + AFTER_GAP)
    ):
        return ctx.resolved[j], False  # "At its seventieth session, the General Assembly ..."
    return run.citing, False


# Commas that set off an aside: Latin, Arabic, Chinese
_COMMAS = (",", "،", "，")
_DIGIT_RE = re.compile(r"[0-9]")


def in_aside(scan: str, lo: int, ctx, i: int, pos: int) -> bool:
    """True when mention ``i`` stands in an aside set off by commas, closed before ``pos``,
    that names an act or a date, after a body named earlier in the sentence: "The Working
    Group, established by the Conference in its decision 2/6, held its seventh session"
    (the session is the Working Group's)."""
    m = ctx.mentions[i]
    opening = max(scan.rfind(c, lo, m.start) for c in _COMMAS)
    if opening < 0:
        return False
    closing = min((k for k in (scan.find(c, m.end, pos) for c in _COMMAS) if k >= 0), default=-1)
    if closing < 0 or not _DIGIT_RE.search(scan, opening, closing):
        return False
    j = i - 1
    return (
        j >= 0
        and lo <= ctx.mentions[j].start
        and ctx.mentions[j].end <= opening
        and ctx.resolved[j] is not None
    )


def _guessed_under(ctx, i: int, lo: int) -> bool:
    """True when mention ``i`` is a short name only guessed ("the working group") and a body
    above it is named earlier in the sentence (the Assembly extending a working group's
    mandate "until the seventy-eighth session" speaks of its own session; "at its session"
    would be the nearest body's)."""
    if i not in ctx.guessed:
        return False
    above = set(ctx.index.ancestors(ctx.resolved[i])[1:])
    j = i - 1
    while j >= 0 and ctx.mentions[j].start >= lo:
        if ctx.resolved[j] in above:
            return True
        j -= 1
    return False


# Quotation marks around a title: (opening, closing)
_QUOTES = (("“", "”"), ("«", "»"), ("<<", ">>"), ("「", "」"), ("《", "》"))


def quoted(scan: str, lo: int, a: int, b: int, pos: int) -> bool:
    """True when the name at [a, b) stands inside a quoted title that closes before ``pos``
    (a body named in the title of an agenda item is not the one acting)."""
    before, between = scan[lo:a], scan[b:pos]
    if before.count('"') % 2 and '"' in between:
        return True
    return any(
        closing in between and before.rfind(opening) > before.rfind(closing)
        for opening, closing in _QUOTES
    )


def structure_relation(
    run: Run, sentence: tuple[int, int], start: int, end: int | None = None
) -> str:
    """submittedTo when a verb of submission governs the session, else mentions."""
    lg = run.lg
    if lg.submitted_session.search(run.scan, max(sentence[0], start - 120), start):
        return "submittedTo"
    if end is not None and lg.submitted_after.match(run.scan, end, sentence[1]):
        return "submittedTo"
    return "mentions"
