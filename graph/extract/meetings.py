"""Meetings: the closing line of an act ("48th plenary meeting\n24 November 2025") and
meetings named in running text with their dates ("held in Vienna from 28 to 30 October
2013" -> "CTOC/COP/WG.2 meeting 2013-10-28"), with the body holding them.
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from .dates import find_dates, match_date
from .languages import Lang
from .sessions import in_aside, session_anchor_re, structure_relation

if TYPE_CHECKING:  # pragma: no cover
    from .state import Run

MAX_MEETING_GAP = 220  # a meeting noun this far before a date makes the date a meeting's


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


# What may stand between the adoption cue and its date on the closing line of an act:
# punctuation, a line break, the meeting's number (Arabic "الجلسة العامة 48\n24 ...",
# Spanish "Sesión plenaria 48ª\n24 ...")
_CUE_DATE_GAP = re.compile(r"[ \t,.:;،-]*(?:[0-9]{1,4}[ªº°]?[ \t,.،]*(?=\r?\n))?\r?\n?[ \t,.:;،-]*")
# The meeting's number before the cue: "48th", "48e", "48ª", "48-е", "第48次"
_CUE_PREFIX = re.compile(r"\s*(?:第\s*)?[0-9]{1,4}\S{0,3}\s*")
# Ends of a sentence or a block that may come right before an act's closing line
_BLOCK_END = frozenset('.;:!?)»”"。；！？')
# A footnote mark after the end of a sentence: "Working Group. 2"
_NOTE_MARK = re.compile(r"(?<=[.;:)”\"])[ \t]*[0-9]{1,3}\Z")
# An empty line at the end of a text: "...\n\n\t"
_BLANK_END = re.compile(r"\n[ \t\r]*\n[ \t\r]*\Z")


def _adoption_date(run: Run, lg: Lang, cue: re.Match[str]):
    """The date of an act's closing line ("48th plenary meeting\n24 November 2025"), or None
    when the cue is part of a sentence ("adopted at its 2275th plenary meeting on ...").

    The line holds only the meeting's number and the cue; the date follows it (on the same
    line or the next) or, in Chinese, stands on the line before it.
    """
    scan = run.scan
    line_start = scan.rfind("\n", 0, cue.start()) + 1
    if scan[line_start : cue.start()].strip() and not _CUE_PREFIX.fullmatch(
        scan, line_start, cue.start()
    ):
        return None
    gap = _CUE_DATE_GAP.match(scan, cue.end())
    block = line_start
    d = match_date(lg, scan, gap.end(), min(len(scan), gap.end() + 60)) if gap else None
    if d is not None:
        if not _line_ends(scan, d.end):
            return None
    else:  # the date on the line before: "2025年11月24日\n第48次全体会议"
        if not _line_ends(scan, cue.end()) or line_start < 2:
            return None
        prev = scan.rfind("\n", 0, line_start - 1) + 1
        text = scan[prev : line_start - 1]
        lead = len(text) - len(text.lstrip())
        d = match_date(lg, scan, prev + lead, line_start)
        if d is None or scan[d.end : line_start].strip(" \t\r\n,.。"):
            return None
        block = prev
    before = scan[max(run.header_end, block - 400) : block]
    last = _NOTE_MARK.sub("", before.rstrip())  # "... in the Working Group. 2": a footnote mark
    if before.strip() and not _BLANK_END.search(before) and last[-1:] not in _BLOCK_END:
        return None  # the line goes on a sentence: "... by the General Assembly at its\n"
    return d


def _line_ends(scan: str, pos: int) -> bool:
    """Only punctuation and spaces between ``pos`` and the end of its line."""
    end = scan.find("\n", pos)
    return not scan[pos : len(scan) if end < 0 else end].strip(" \t\r,.;。")


@cache
def _meeting_anchors(code: str) -> tuple[re.Pattern[str], ...]:
    from .grammar import lang

    return tuple(re.compile(re.escape(a)) for a in lang(code).data["meetings"].get("anchors", []))


def meeting_refs(run: Run) -> None:
    """Meetings: dates in a sentence after a meeting noun, with the body they belong to."""
    scan, lg = run.scan, run.lg
    done: set[int] = set()
    for cue in _adoptions(run, lg):
        d = _adoption_date(run, lg, cue)
        if d is None or run.citing is None or _used(run, d.start, d.end):
            continue  # a plenary meeting named in a sentence: a meeting like any other
        subject = next((k for pos, k in reversed(run.headings) if pos < cue.start()), None)
        if subject is None and run.doc_kind not in (None, "resolution", "decision"):
            continue  # a report's list of meetings, not the closing line of an act
        run.consumed.append((d.start, d.end))
        key = f"{run.citing} meeting {d.iso}"
        if subject is None and run.adopted_at in (None, key):
            run.adopted_at = key  # the closing line of the document's own act: metadata
            continue
        run.add(
            "meeting",
            key,
            d.start,
            d.end,
            "meeting-adoption",
            relation="adoptedAt",
            confidence=0.8,
            body=run.citing,
            subject=subject,
            date=d.iso,
        )
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
    scan, ctx = run.scan, run.ctx
    i = ctx.at(sentence[0])
    while i < len(ctx.mentions) and ctx.mentions[i].start < sentence[1]:
        if ctx.resolved[i]:
            break
        i += 1
    else:
        return  # no body named in the sentence: a meeting needs one (see _named_body)
    nouns = [
        n.end()
        for n in lg.meeting_noun.finditer(scan, *sentence)
        if not _inside_body_name(run, n.start())
    ]
    sessions = [n.end() for n in session_anchor_re(lg.code).finditer(scan, *sentence)]
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
            relation=structure_relation(run, sentence, d.start),
            confidence=0.8,
            body=body,
            date=d.iso,
        )


def _named_body(run: Run, pos: int, sentence: tuple[int, int]) -> str | None:
    """The body named nearest before ``pos`` in the sentence (a meeting needs one), not one
    named in an aside ("The Working Group, established by the Conference in its decision 4/4,
    met from 2 to 4 July 2025")."""
    ctx = run.ctx
    i = ctx.at(pos) - 1
    while i >= 0 and ctx.mentions[i].start >= sentence[0]:
        if ctx.resolved[i] and not in_aside(run.scan, sentence[0], ctx, i, pos):
            return ctx.resolved[i]
        i -= 1
    return None


def _inside_body_name(run: Run, pos: int) -> bool:
    i = run.ctx.at(pos + 1) - 1
    return i >= 0 and run.ctx.mentions[i].start <= pos < run.ctx.mentions[i].end


def _used(run: Run, start: int, end: int) -> bool:
    return any(a < end and start < b for a, b in run.consumed)
