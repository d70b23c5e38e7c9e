"""Sessions ("at its seventh session" -> "CTOC/COP session 7") and meetings with their
dates ("held in Vienna from 28 to 30 October 2013" -> "CTOC/COP/WG.2 meeting 2013-10-28").

The ordinal words are data (one table per language); the body of a session or meeting
is the one named next to it, else the one the sentence is about, else the citing body.
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from .dates import find_dates
from .languages import Lang, load_data

if TYPE_CHECKING:  # pragma: no cover
    from .core import Run

MAX_DATE_GAP = 70  # "session, held in London from 13 to 17 October 2014": the session's dates
MAX_MEETING_GAP = 220  # a meeting noun this far before a date makes the date a meeting's
AFTER_GAP = 40  # a body named this soon after a session is the one holding it
# Bodies that hold no sessions of their own (the Secretariat, a bureau, a court)
_NO_SESSIONS = frozenset(load_data("acts").get("sessions", {}).get("no_sessions", []))
_DIGIT = re.compile(r"\d")


@cache
def _ordinal_re(code: str) -> re.Pattern[str]:
    from .languages import lang

    return re.compile(lang(code).ordinals.regex, re.IGNORECASE)


@cache
def _session_re(code: str) -> re.Pattern[str]:
    from .languages import lang

    lg = lang(code)
    bound = r"(?<![\w-])" if lg.data["labels"].get("word_boundary", True) else ""
    return re.compile(bound + lg.session.pattern, lg.session.flags)


def session_refs(run: Run, m: re.Match[str]) -> int:
    """References for the session expression around the session noun ``m``."""
    scan, lg = run.scan, run.lg
    if m.start() < run.header_end:
        return m.end()
    lo, hi = max(run.start, m.start() - 160), min(len(scan), m.end() + 60)
    best = None
    for sm in _session_re(lg.code).finditer(scan, lo, hi):
        if sm.start() <= m.start() and sm.end() >= m.end():
            best = sm
            break
        if sm.start() > m.start():
            break
    if best is None:
        return m.end()
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
    relation = _structure_relation(run, sentence, best.start())
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


def _adoptions(run: Run, lg: Lang) -> list[re.Match[str]]:
    """ "48th plenary meeting" lines, found from a literal anchor ("lenary")."""
    out = []
    for anchor in lg.data["meetings"].get("adoption_anchors", []):
        pos = run.scan.find(anchor, run.header_end)
        while pos >= 0:
            m = lg.meeting_adoption.search(run.scan, max(0, pos - 12), pos + 60)
            if m:
                out.append(m)
            pos = run.scan.find(anchor, pos + 1)
    return out


@cache
def _session_anchor_re(code: str) -> re.Pattern[str]:
    from .languages import lang

    return re.compile(lang(code).session_anchor)


@cache
def _meeting_anchors(code: str) -> tuple[re.Pattern[str], ...]:
    from .languages import lang

    return tuple(re.compile(re.escape(a)) for a in lang(code).data["meetings"].get("anchors", []))


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
    if i >= 0 and ctx.mentions[i].end <= start:
        mention = ctx.mentions[i]
        if lg.body_before_gap.fullmatch(scan, mention.end, start):
            run.used_mentions.add(mention.start)
            return ctx.resolved[i], True
        while (
            i > 0 and ctx.resolved[i] in _NO_SESSIONS and ctx.mentions[i - 1].start >= sentence[0]
        ):
            i -= 1  # "the General Assembly, on the recommendation of the General Committee, ..."
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


def _structure_relation(run: Run, sentence: tuple[int, int], start: int) -> str:
    if run.lg.submitted.search(run.scan, max(sentence[0], start - 120), start):
        return "submittedTo"
    return "mentions"


def meeting_refs(run: Run) -> None:
    """Meetings: dates in a sentence after a meeting noun, with the body they belong to."""
    scan, lg = run.scan, run.lg
    done: set[int] = set()
    for cue in _adoptions(run, lg):
        for d in find_dates(lg, scan, cue.end(), min(len(scan), cue.end() + 40)):
            if run.citing and not _used(run, d.start, d.end):
                run.add(
                    "meeting",
                    f"{run.citing} meeting {d.iso}",
                    d.start,
                    d.end,
                    "meeting-adoption",
                    relation="adoptedAt",
                    confidence=0.8,
                    body=run.citing,
                    date=d.iso,
                )
                run.consumed.append((d.start, d.end))
            break
    for anchor in _meeting_anchors(lg.code):
        for hit in anchor.finditer(scan, run.header_end):
            if _inside_body_name(run, hit.start()):
                continue  # "the meeting of the Parties to the Paris Agreement" names a body
            sentence = run.sentences.bounds(hit.start(), hit.end())
            if sentence[0] in done:
                continue
            done.add(sentence[0])
            _meetings_in(run, lg, sentence)


def _meetings_in(run: Run, lg: Lang, sentence: tuple[int, int]) -> None:
    scan = run.scan
    nouns = [
        n.end()
        for n in lg.meeting_noun.finditer(scan, *sentence)
        if not _inside_body_name(run, n.start())
    ]
    sessions = [n.end() for n in _session_anchor_re(lg.code).finditer(scan, *sentence)]
    seen: set[str] = set()
    for d in find_dates(lg, scan, sentence[0], sentence[1]):
        if _used(run, d.start, d.end):
            continue
        noun = max((n for n in nouns if n <= d.start), default=None)
        if noun is None and lg.data["meetings"].get("noun_after_date"):
            noun = min((n for n in nouns if n > d.end), default=None)
            if noun is not None and noun - d.end > 40:
                noun = None
        elif noun is not None and d.start - noun > MAX_MEETING_GAP:
            noun = None
        if noun is None:
            continue
        if any(noun < s <= d.start for s in sessions):
            continue  # "meeting of its eleventh session, to be held on 4 May": the session's
        body = _named_body(run, d.start, sentence)
        if body is None:
            continue
        key = f"{body} meeting {d.iso}"
        if key in seen:
            continue
        seen.add(key)
        run.add(
            "meeting",
            key,
            d.start,
            d.end,
            "meeting-date",
            relation=_structure_relation(run, sentence, d.start),
            confidence=0.8,
            body=body,
            date=d.iso,
        )


def _named_body(run: Run, pos: int, sentence: tuple[int, int]) -> str | None:
    """The body named nearest before ``pos`` in the sentence (a meeting needs one)."""
    ctx = run.ctx
    i = ctx.at(pos) - 1
    while i >= 0 and ctx.mentions[i].start >= sentence[0]:
        if ctx.resolved[i]:
            return ctx.resolved[i]
        i -= 1
    return None


def _inside_body_name(run: Run, pos: int) -> bool:
    i = run.ctx.at(pos + 1) - 1
    return i >= 0 and run.ctx.mentions[i].start <= pos < run.ctx.mentions[i].end


def _used(run: Run, start: int, end: int) -> bool:
    return any(a < end and start < b for a, b in run.consumed)
