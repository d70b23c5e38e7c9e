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
from .mandate_cues import MAX_INTERJECTION, OPENING_WINDOW, MandateCues, interjected_cue
from .mandate_found import ActMention, Found, Subject, emit
from .mandate_requests import (
    COMMAS,
    SEGMENT_END,
    conclusions,
    coordinated,
    coordinated_start,
    mid_requests,
    paragraph_end,
    request_cues,
    requested,
    skip_space,
    target_of,
)
from .mandate_subjects import _head_kind, noun_phrase_after
from .sieve import sieved

if TYPE_CHECKING:  # pragma: no cover
    from .state import Run

# "3. Requests", "1 - يطلب", "12) Decides": the number of an operative paragraph at a line start
# (each pattern opens on a line break, a literal the engine finds fast; the text's first line is
# tried on its own)
_NUMBER = r"[ \t*]*(?P<n>\d{1,3})[ \t]*[.)\-–][ \t]*(?:[~—][~—-]*[ \t]*)?(?=\S)"  # "24. ~— " (OCR)
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
    whole = run.doc_kind in ACT_KINDS or own is None  # the text is an act (or a quote of one)
    if whole or run.headings:  # quoted paragraphs, one a line; lines of the decisions it holds
        lines = [
            m.end()
            for m in _line_openers(cm).finditer(scan, lo, hi)
            if whole or _heading_act(run, m.end())
        ]
        if first:
            at = skip_space(scan, lo)
            if cm.forward_start.match(scan, at) or (own is None and head is None):
                lines.insert(0, at)  # a line of its own: its requests after the first verb
        paragraphs += [(p, None) for p in lines if p not in starts]
        paragraphs += _lettered(scan, numbered, lo, hi, starts)
    paragraphs.sort()
    if not paragraphs:
        return
    ends = [s for s, _, _ in numbered]
    rc = request_cues(cm.code)
    # requests after the first verb: in an act's paragraphs, and a body's conclusions in a
    # report ("The SBI requested the secretariat to ...")
    cues = sorted(
        (mid_requests(scan, rc, lo, hi) if whole or run.headings else [])
        + conclusions(scan, rc, lo, hi)
    )
    cue_starts = [a for a, _ in cues]
    decisions = _mid_decisions(cm, rc, scan, lo, hi) if whole or run.headings else []
    decision_starts = [f.start for f in decisions]
    for k, (pos, number) in enumerate(paragraphs):
        at = bisect_right(ends, pos)
        stop = ends[at] if at < len(ends) else len(scan)
        end = min(stop, pos + MAX_PARAGRAPH)
        act_key = _heading_act(run, pos) or own
        act = ActMention(act_key, pos, pos)
        after = paragraphs[k + 1][0] if k + 1 < len(paragraphs) else end
        last = min(paragraph_end(scan, rc, pos, end), after)
        mids = cues[bisect_left(cue_starts, pos) : bisect_left(cue_starts, last)]
        if not whole and act_key == own:  # a report's paragraph: only a body's conclusions
            mids = [c for c in mids if rc.conclusion.match(scan, c[0])]
        if rc.narrative.match(scan, skip_space(scan, pos)):
            continue  # "At its twelfth session the Forum ... requested": what a body did then
        first_end = mids[0][0] if mids else end
        if cm.forward_start.match(scan, pos):
            _opening(run, cm, rc, pos, first_end, act, number, found)
        elif (cue := interjected_cue(cm, scan, pos, first_end)) is not None:
            _statement_of(run, cm, rc, cue, first_end, act, number, found)
        else:
            _decided(run, cm, pos, first_end, act, number, found)
        for i, (_, cue_end) in enumerate(mids):
            seg_end = mids[i + 1][0] if i + 1 < len(mids) else end
            _request(run, cm, rc, cue_end, seg_end, act, number, found, "forward-mid")
        if whole or act_key != own:
            k0, k1 = bisect_right(decision_starts, pos), bisect_left(decision_starts, last)
            for cue in decisions[k0:k1]:
                _decision(run, cm, cue, end, act, number, found, "forward-mid")


_LETTERED = re.compile(r"\n[ \t]*\((?P<l>[a-z]{1,4})\)[ \t]+(?=\S)")


def _lettered(scan: str, numbered, lo: int, hi: int, taken: set[int]) -> list[tuple[int, str]]:
    """Lettered sub-paragraphs of an act, each a paragraph of its own labelled with its
    paragraph's number: "(e) Requesting the Peacebuilding Commission to ..." -> "1 (e)"."""
    starts = [s for s, _, _ in numbered]
    out = []
    for m in _LETTERED.finditer(scan, lo, hi):
        if m.end() in taken:
            continue
        k = bisect_right(starts, m.start())
        letter = f"({m.group('l')})"
        out.append((m.end(), f"{numbered[k - 1][2]} {letter}" if k else letter))
    return out


def _opening(run: Run, cm: MandateCues, rc, pos: int, end: int, act, number, found) -> None:
    """The statement of a paragraph's opening verb: "Requests …", "Decides to extend …"."""
    scan = run.scan
    window = min(len(scan), pos + OPENING_WINDOW)
    cues = cm.forward.find_at(scan, pos, window)
    if not cues:
        return
    _statement_of(run, cm, rc, max(cues, key=lambda f: f.end), end, act, number, found)


def _statement_of(run: Run, cm: MandateCues, rc, cue, end: int, act, number, found) -> None:
    """The statement an opening cue makes: a request, or an establishment, extension or end."""
    if cue.relation == "requestedBy":
        _request(run, cm, rc, cue.end, end, act, number, found, f"forward-{cue.relation}")
        return
    _decision(run, cm, cue, end, act, number, found, "forward")


def _mid_decisions(cm: MandateCues, rc, scan: str, pos: int, end: int) -> list:
    """Cues of an establishment, extension or end after a conjunction inside a paragraph:
    "Welcomes the report ..., and decides to extend the existing mandate of ..."."""
    out: list = []
    for a in rc.decision_anchor.finditer(scan, pos, end):
        if (out and a.start() < out[-1].end) or not rc.joined.search(
            scan, max(pos, a.start() - 24), a.start()
        ):
            continue  # most anchors ("established by") follow no conjunction
        cues = [
            f
            for f in cm.forward.find(scan, max(pos, a.start() - 24), min(end, a.end() + 90))
            if f.start <= a.start() < f.end and f.relation != "requestedBy"
        ]
        if not cues:
            continue
        f = max(cues, key=lambda c: (c.end - c.start, -c.start))
        if rc.joined.search(scan, max(pos, f.start - 12), f.start) is not None:
            out.append(f)
    return out


def _decision(run: Run, cm: MandateCues, cue, end: int, act, number, found, rule: str) -> None:
    """The statement a cue of an establishment, extension or end makes: "Decides to extend …"."""
    statement = _statement(run, cm, cue.relation, cue.end, end, act.key, found)
    if statement is None:
        return
    subject, until, target, conf = statement
    if until is None:  # "决定于2030年6月15日终止…": the date stands inside the cue
        until = _until_in_cue(run, cm, cue.start, cue.end)
    emit(
        run,
        found,
        subject,
        cue.relation,
        act,
        f"{rule}-{cue.relation}",
        conf,
        paragraph=number,
        until=until,
        target=target,
        forward=True,
    )
    _attach_basis(run, found, subject, cue.end, subject.start, number)


def _until_in_cue(run: Run, cm: MandateCues, start: int, end: int) -> str | None:
    """ISO date of an effective date inside the cue ("决定于2030年12月31日关闭"), else None."""
    u = cm.effective.search(run.scan, start, end)
    if u is None:
        return None
    date = match_date(run.lg, run.scan, u.end(), end)
    return date.iso if date is not None else None


def _decided(run: Run, cm: MandateCues, pos: int, end: int, act, number, found) -> None:
    """A paragraph that decides what shall be done: "Decides that the special session shall be
    convened ..." -> activity "the special session shall be convened ..." requestedBy."""
    scan = run.scan
    m = cm.decided.match(scan, pos, end)
    if m is None:
        return
    a, b = m.span("a")
    while b > a and scan[b - 1] in " \t\r\n,":
        b -= 1
    subject = Subject("activity", None, a, b, "forward-decided", 0.65)
    emit(
        run,
        found,
        subject,
        "requestedBy",
        act,
        "forward-decided",
        subject.confidence,
        paragraph=number,
        forward=True,
    )


def _request(run: Run, cm: MandateCues, rc, pos: int, end: int, act, number, found, rule) -> None:
    """A request from ``pos`` to its clause end, and the actions coordinated with it."""
    scan = run.scan
    clause = _CLAUSE_END.search(scan, pos, end)
    clause_end = clause.start() if clause else end
    subject = requested(run, cm, pos, clause_end)
    if subject is None:
        return
    joined = coordinated_start(scan, rc, subject.start, clause_end)
    if rc.purpose.search(scan, subject.start, joined) is not None or _bare_verb(
        cm, scan, subject.start, joined
    ):
        joined = clause_end  # "so as to increase ... and to seek": the purpose goes on
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
    for more in coordinated(run, rc, max(subject.end, joined), clause_end, subject.start):
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


def _bare_verb(cm: MandateCues, scan: str, start: int, joined: int) -> bool:
    """The first action is one word, a verb that shares what the joined one governs:
    "поддерживать и направлять этот процесс" is one action (written with spaces only)."""
    words = scan[start:joined].split()
    return cm.word_boundary and len(words) == 1


_OPENERS: dict[str, re.Pattern[str]] = {}


def _line_openers(cm: MandateCues) -> re.Pattern[str]:
    """A line break, then an operative verb: "\nRequests the Secretary-General"."""
    rx = _OPENERS.get(cm.code)
    if rx is None:
        verbs = cm.forward_start.pattern
        rx = _OPENERS[cm.code] = sieved(re.compile(rf"\n[ \t*]*(?=(?:{verbs}))", re.IGNORECASE))
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
    u = cm.until.match(scan, skip_space(scan, pos))
    if u is not None:  # "Decides to extend until 15 May 2019 the mandate of UNISFA"
        early = match_date(run.lg, scan, u.end(), min(len(scan), u.end() + 60))
        if early is not None:
            pos = early.end
    pos = _past_interjection(scan, pos, clause_end)
    p = cm.period.match(scan, pos)
    if p is not None and early is None:  # "proroger pour une période de trois ans le mandat du"
        pos = p.end()
    m = cm.mandate_of.match(scan, skip_space(scan, pos))
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


def _past_interjection(scan: str, pos: int, end: int) -> int:
    """After words set off by commas right after the verb: "Decides to renew, for the period
    specified in paragraph 1 above, the measures" -> before "the measures"."""
    k = skip_space(scan, pos)
    if k >= end or scan[k] not in COMMAS:
        return pos
    close = SEGMENT_END.search(scan, k + 1, min(end, k + 1 + MAX_INTERJECTION))
    if close is None or scan[close.start()] not in COMMAS:
        return pos
    return close.end()


def _head_or_article(cm: MandateCues, scan: str, start: int, end: int) -> bool:
    """The phrase names a thing: a head word of the data, after an article."""
    return scan[start : start + 1].isalpha() and _head_kind(cm, scan, start, end) is not None


def until_of(run: Run, cm: MandateCues, pos: int, end: int) -> tuple[str | None, str | None]:
    """(ISO date, None) of "until 15 May 2019", or of an effective date right after the subject
    ("on 15 June 2030"); (None, its words) of "until the end of the seventy-eighth session";
    (None, None) when no end is stated."""
    scan = run.scan
    e = cm.effective.match(scan, skip_space(scan, pos), end)
    if e is not None:  # "Decides to close the Office on 31 December 2030"
        date = match_date(run.lg, scan, e.end(), min(len(scan), e.end() + 60))
        if date is not None:
            return date.iso, None
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


def _attach_basis(run: Run, found: Found, subject: Subject, lo: int, hi: int, number) -> None:
    """ "Requests the Secretary-General, pursuant to its resolution 40/4, to submit a report
    (A/40/105)": the report rests on 40/4 too."""
    for act, relation, cs in list(found.basis):
        if lo <= cs and act.end <= hi:
            emit(
                run, found, subject, relation, act, f"forward-basis-{relation}", 0.6, paragraph=None
            )
