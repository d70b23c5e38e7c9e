"""Self statements of a report's opening: the report is what an act it cites asked for.

    "By its resolution 1892 (2009), the Security Council extended the mandate of MINUSTAH ...
     and requested me to report on its implementation semi-annually ... The present report
     covers major developments ..."           -> self requestedBy S/RES/1892(2009)
    "By its resolution 1542 (2004) ... As requested by the Council, the present report
     describes ..."                           -> self requestedBy S/RES/1542(2004)

Both need their two halves in one paragraph: a request to report (a requestedBy statement
already found, whose action is reporting) or "as requested", and the document naming itself
("the present report"). The words are data: [mandates.opening] of each language.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .mandate_cues import NEVER, MandateCues
from .mandate_found import ActMention, Found, Subject, emit

if TYPE_CHECKING:  # pragma: no cover
    from .state import Run

# A paragraph ends at a blank line or where a numbered paragraph or a heading starts
_BREAK = re.compile(r"\n[ \t]*(?:\n|\d{1,3}[ \t]*[.)\-][ \t]|[IVX]{1,5}\.[ \t]|[A-H]\.[ \t])")
REACH = 1200  # how far after the act the document may name itself (characters)
CONFIDENCE = 0.8


def opening_statements(
    run: Run,
    cm: MandateCues,
    mentions: list[ActMention],
    found: Found,
    bounds: tuple[int, int] | None = None,
) -> None:
    """Add ``self requestedBy <act>`` where a paragraph reports what an act asked for and then
    names the present document as the answer."""
    if cm.opening_present is NEVER:  # the language has no [mandates.opening]
        return
    scan = run.scan
    lo, hi = bounds if bounds else (run.header_end, len(scan))
    done = {s.act for s, _, _ in found.statements if s.subject_kind == "self"}
    _after_a_request(run, cm, found, done, hi)
    _as_requested(run, cm, mentions, found, done, max(lo, run.header_end), hi)


def _after_a_request(run: Run, cm: MandateCues, found: Found, done: set, hi: int) -> None:
    """ "... requested me to report on ... The present report covers ...": the request's act."""
    scan = run.scan
    for statement, a0, a1 in list(found.statements):
        if (
            statement.relation != "requestedBy"
            or statement.subject_kind != "activity"
            or statement.act_start is None  # a forward statement: the document's own act
            or statement.act in (None, run.symbol)
            or statement.act in done
            or not cm.opening_report.match((statement.subject_text or "").strip())
        ):
            continue
        end = _paragraph_end(scan, a1, min(hi, a1 + REACH))
        named = cm.opening_present.search(scan, a1, end)
        if named is None:
            continue
        subject = Subject("self", None, named.start(), named.end(), "self-opening", CONFIDENCE)
        act = ActMention(statement.act, a0, a1)
        emit(run, found, subject, "requestedBy", act, "self-opening", CONFIDENCE, paragraph=None)
        done.add(statement.act)


def _as_requested(
    run: Run,
    cm: MandateCues,
    mentions: list[ActMention],
    found: Found,
    done: set,
    lo: int,
    hi: int,
) -> None:
    """ "As requested by the Council, the present report describes ...": the act named last
    before it in the same paragraph."""
    scan = run.scan
    for m in cm.opening_as_requested.finditer(scan, lo, hi):
        start = _paragraph_start(scan, m.start(), lo)
        before = [
            a
            for a in mentions
            if start <= a.start and a.end <= m.start() and a.key not in (None, run.symbol)
        ]
        if not before or before[-1].key in done:
            continue
        act = before[-1]
        np0, np1 = m.span("np")
        subject = Subject("self", None, np0, np1, "self-as-requested", CONFIDENCE)
        rule = "self-as-requested"
        emit(run, found, subject, "requestedBy", act, rule, CONFIDENCE, paragraph=None)
        done.add(act.key)


def _paragraph_end(scan: str, pos: int, end: int) -> int:
    m = _BREAK.search(scan, pos, end)
    return m.start() if m else end


def _paragraph_start(scan: str, pos: int, lo: int) -> int:
    """The start of the paragraph holding ``pos`` (searched back at most REACH characters)."""
    start = max(lo, pos - REACH)
    last = start
    for m in _BREAK.finditer(scan, start, pos):
        last = m.end()
    return last
