"""Forward statements: what an act's operative paragraphs request, establish, extend or end.

    "3. Requests the Secretary-General to submit ... a report on ..." (A/RES/78/275)
        -> activity "a report on ..." requestedBy A/RES/78/275, paragraph "3"
    "1. Decides to extend the mandate of UNISFA until 15 May 2019"
        -> UNISFA extendedBy the present act, paragraph "1", until 2019-05-15

The act is the citing document's own key (None when it has none), or the act a heading
inside the document opens ("Decision 1/CP.24"). Operative paragraphs are the numbered ones;
a line that opens with an operative verb counts too (a paragraph quoted without its number).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import replace
from typing import TYPE_CHECKING

from .dates import match_date
from .mandate_cues import MandateCues
from .mandate_found import ActMention, Found, Subject, emit
from .mandate_requests import (
    coordinated,
    coordinated_start,
    mid_requests,
    paragraph_end,
    request_cues,
)
from .mandate_subjects import _head_kind, noun_phrase_after

if TYPE_CHECKING:  # pragma: no cover
    from .state import Run

# "3. Requests", "1 - يطلب", "12) Decides": the number of an operative paragraph at a line start
# (each pattern opens on a line break, a literal the engine finds fast; the text's first line is
# tried on its own)
_NUMBER = r"[ \t*]*(?P<n>\d{1,3})[ \t]*[.)\-–][ \t]*(?=\S)"
_NUMBERED = re.compile(r"\n" + _NUMBER)
_NUMBER_AT = re.compile(_NUMBER)
_LINE = re.compile(r"\n[ \t*]*(?=\S)")
_CLAUSE_END = re.compile(r"[;؛；。]|\.(?:\s|$)")
MAX_PARAGRAPH = 3000
ACT_KINDS = ("resolution", "decision", "draft")


def forward_statements(
    run: Run, cm: MandateCues, own: str | None, found: Found, bounds: tuple[int, int] | None = None
) -> None:
    """Case 4 of mandates.py: statements whose act is the present one (or a heading's)."""
    scan = run.scan
    lo, hi = bounds if bounds else (run.header_end, len(scan))
    lo = max(lo, run.header_end)
    first = lo == 0 or scan[lo - 1] == "\n"
    numbered = [(m.start(), m.end(), m.group("n")) for m in _NUMBERED.finditer(scan, lo, hi)]
    head = _NUMBER_AT.match(scan, lo, hi) if first else None
    if head is not None:
        numbered.insert(0, (head.start(), head.end(), head.group("n")))
    starts = {e for _, e, _ in numbered}
    paragraphs = [(e, n) for _, e, n in numbered]
    if run.doc_kind in ACT_KINDS or own is None:  # quoted paragraphs, one a line
        lines = [m.end() for m in _line_openers(cm).finditer(scan, lo, hi)]
        if first:
            at = _skip_space(scan, lo)
            if cm.forward_start.match(scan, at) or (own is None and head is None):
                lines.insert(0, at)  # a line of its own: its requests after the first verb
        paragraphs += [(p, None) for p in lines if p not in starts]
    paragraphs.sort()
    if not paragraphs:
        return
    ends = [s for s, _, _ in numbered]
    rc = request_cues(cm.code)
    inside = run.doc_kind in ACT_KINDS or own is None  # requests after the first verb
    cues = mid_requests(scan, rc, lo, hi) if inside else []
    cue_starts = [a for a, _ in cues]
    for k, (pos, number) in enumerate(paragraphs):
        at = bisect_right(ends, pos)
        stop = ends[at] if at < len(ends) else len(scan)
        end = min(stop, pos + MAX_PARAGRAPH)
        act_key = _heading_act(run, pos) or own
        act = ActMention(act_key, pos, pos)
        after = paragraphs[k + 1][0] if k + 1 < len(paragraphs) else end
        last = min(paragraph_end(scan, rc, pos, end), after)
        mids = cues[bisect_right(cue_starts, pos) : bisect_left(cue_starts, last)]
        first_end = mids[0][0] if mids else end
        if cm.forward_start.match(scan, pos):
            _opening(run, cm, rc, pos, first_end, act, number, found)
        for i, (_, cue_end) in enumerate(mids):
            seg_end = mids[i + 1][0] if i + 1 < len(mids) else end
            _request(run, cm, rc, cue_end, seg_end, act, number, found, "forward-mid")


def _opening(run: Run, cm: MandateCues, rc, pos: int, end: int, act, number, found) -> None:
    """The statement of a paragraph's opening verb: "Requests …", "Decides to extend …"."""
    scan = run.scan
    cues = [f for f in cm.forward.find(scan, pos, min(len(scan), pos + 90)) if f.start == pos]
    if not cues:
        return
    cue = max(cues, key=lambda f: f.end)
    if cue.relation == "requestedBy":
        _request(run, cm, rc, cue.end, end, act, number, found, f"forward-{cue.relation}")
        return
    statement = _statement(run, cm, cue.relation, cue.end, end, act.key, found)
    if statement is None:
        return
    subject, until, target, conf = statement
    emit(
        run,
        found,
        subject,
        cue.relation,
        act,
        f"forward-{cue.relation}",
        conf,
        paragraph=number,
        until=until,
        target=target,
        forward=True,
    )
    _attach_basis(run, found, subject, cue.end, subject.start, number)


def _request(run: Run, cm: MandateCues, rc, pos: int, end: int, act, number, found, rule) -> None:
    """A request from ``pos`` to its clause end, and the actions coordinated with it."""
    scan = run.scan
    clause = _CLAUSE_END.search(scan, pos, end)
    clause_end = clause.start() if clause else end
    subject = requested(run, cm, pos, clause_end)
    if subject is None:
        return
    joined = coordinated_start(scan, rc, subject.start, clause_end)
    if subject.kind == "activity" and subject.start < joined < subject.end:
        subject = replace(subject, end=joined)  # "to develop policies" | "and to report thereon"
    target = target_of(cm, scan, pos, clause_end)
    emit(
        run,
        found,
        subject,
        "requestedBy",
        act,
        rule,
        subject.confidence,
        paragraph=number,
        target=target,
        forward=True,
    )
    _attach_basis(run, found, subject, pos, subject.start, number)
    for more in coordinated(run, rc, subject.end, clause_end):
        emit(
            run,
            found,
            more,
            "requestedBy",
            act,
            "forward-coordinated",
            more.confidence,
            paragraph=number,
            target=target_of(cm, scan, more.start, clause_end),
            forward=True,
        )


_OPENERS: dict[str, re.Pattern[str]] = {}


def _line_openers(cm: MandateCues) -> re.Pattern[str]:
    """A line break, then an operative verb: "\nRequests the Secretary-General"."""
    rx = _OPENERS.get(cm.code)
    if rx is None:
        verbs = cm.forward_start.pattern
        rx = _OPENERS[cm.code] = re.compile(rf"\n[ \t*]*(?=(?:{verbs}))", re.IGNORECASE)
    return rx


def _heading_act(run: Run, pos: int) -> str | None:
    """The act a heading before ``pos`` opens ("Decision 1/CP.24"), else None."""
    key = None
    for start, k in run.headings:
        if start > pos:
            break
        key = k
    return key


def _statement(run: Run, cm: MandateCues, relation: str, pos: int, end: int, act_key, found):
    """(subject, until, target, confidence) of one operative paragraph, or None."""
    scan = run.scan
    clause = _CLAUSE_END.search(scan, pos, end)
    clause_end = clause.start() if clause else end
    if relation == "requestedBy":
        subject = requested(run, cm, pos, clause_end)
        if subject is None:
            return None
        return subject, None, target_of(cm, scan, pos, clause_end), subject.confidence
    early = None
    u = cm.until.match(scan, _skip_space(scan, pos))
    if u is not None:  # "Decides to extend until 15 May 2019 the mandate of UNISFA"
        early = match_date(run.lg, scan, u.end(), min(len(scan), u.end() + 60))
        if early is not None:
            pos = early.end
    m = cm.mandate_of.match(scan, _skip_space(scan, pos))
    start = m.end() if m else pos
    subject = noun_phrase_after(
        run, cm, start, relation, act_key, found, limit=clause_end, default="body" if m else None
    )
    if subject is None or (
        m is None
        and subject.rule == "activity-phrase"
        and not _head_or_article(cm, scan, subject.start, subject.end)
    ):
        return None  # ", within existing resources", "its call upon": no thing named
    until, target = until_of(run, cm, subject.end, clause_end)
    if early is not None:
        until, target = early.iso, None
    return subject, until, target, subject.confidence


def _skip_space(scan: str, pos: int) -> int:
    while pos < len(scan) and scan[pos] in " \t\r\n":
        pos += 1
    return pos


def _head_or_article(cm: MandateCues, scan: str, start: int, end: int) -> bool:
    """The phrase names a thing: a head word of the data, after an article."""
    return scan[start : start + 1].isalpha() and _head_kind(cm, scan, start, end) is not None


def until_of(run: Run, cm: MandateCues, pos: int, end: int) -> tuple[str | None, str | None]:
    """(ISO date, None) of "until 15 May 2019"; (None, its words) of "until the end of the
    seventy-eighth session"; (None, None) when no end is stated."""
    scan = run.scan
    stop = cm.until_stop.search(scan, pos, end)
    u = cm.until.search(scan, pos, stop.start() if stop else end)
    if u is None:
        return None, None
    date = match_date(run.lg, scan, u.end(), min(len(scan), u.end() + 60))
    if date is None and run.lg.date_before:  # "至2019年5月15日": the date follows the verb
        date = match_date(run.lg, scan, u.end(), min(len(scan), u.end() + 60))
    if date is not None:
        return date.iso, None
    words = " ".join(scan[u.start() : min(end, u.start() + 100)].split())
    return None, words or None


def requested(run: Run, cm: MandateCues, pos: int, end: int) -> Subject | None:
    """What a request asks for: a document with its symbol, a report to come, an action."""
    scan = run.scan
    report = cm.report.search(scan, pos, end)
    action = cm.action.search(scan, pos, end)
    if (
        report is not None
        and coordinated_start(scan, request_cues(cm.code), pos, end) < report.start()
    ):
        report = None  # "to keep under review ..., and to comment in its future reports"
    if report is not None:
        symbol = _symbol_after(run, report.end(), end)
        if symbol is not None:
            key, a, b = symbol
            return Subject("document", key, a, b, "forward-document", 0.85)
        return Subject("activity", None, report.start(), report.end(), "forward-report", 0.8)
    if action is None:
        return None
    a, b = action.span("a")
    while b > a and scan[b - 1] in " \t\r\n,":
        b -= 1
    return Subject("activity", None, a, b, "forward-action", 0.7)


def _symbol_after(run: Run, pos: int, end: int) -> tuple[str, int, int] | None:
    """A symbol in brackets right after a report: "a report (A/40/105)"."""
    scan = run.scan
    k = pos
    while k < end and scan[k] in " \t\r\n":
        k += 1
    if k >= end or scan[k] not in "(（":
        return None
    for r in run.refs:
        if r.kind == "document":
            a = run.to_scan(r.start)
            if k < a <= k + 4:
                return r.key, a, run.to_scan(r.end)
    return None


def target_of(cm: MandateCues, scan: str, pos: int, end: int) -> str | None:
    """The reporting target named in a request: "at its eightieth session", "biennially"."""
    best = None
    for rx in cm.targets:
        m = rx.search(scan, pos, end)
        if m is not None and (best is None or m.start() < best.start()):
            best = m
    return " ".join(best.group().split()) if best else None


def _attach_basis(run: Run, found: Found, subject: Subject, lo: int, hi: int, number) -> None:
    """ "Requests the Secretary-General, pursuant to its resolution 40/4, to submit a report
    (A/40/105)": the report rests on 40/4 too."""
    for act, relation, cs in list(found.basis):
        if lo <= cs and act.end <= hi:
            emit(
                run, found, subject, relation, act, f"forward-basis-{relation}", 0.6, paragraph=None
            )
