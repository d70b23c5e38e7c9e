"""Requests inside an operative paragraph, after its opening verb, and coordinated actions.

    "126. Notes the aim of the project, and requests the Secretary-General to continue to
    report on its achievements;"  -> activity "to continue to report ..." requestedBy
    "52. ... requests the Secretary-General to develop policies ..., and to report thereon"
        -> two activities: "to develop policies ..." and "to report thereon"

And what a request asks for (``requested``): a report, a document with its symbol, or the
action, past the segments before it ("在本决议通过15天内，报告…" gives "报告…").

The cue words are data: ``[mandates.requests]`` of each language file, ``mid`` (a request
verb after a comma or a conjunction: "and requests", "et prie", "并请"), ``conclusion`` (a
body's request in its own report: "The SBI requested"), ``coordinated`` (a second requested
action joined to the first, its words in group ``a``: ", and to report thereon", "et de lui
faire rapport", "并向大会报告") and ``purpose`` ("so as to": what is joined after it is no
second request).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from .languages import load_data
from .mandate_cues import MandateCues
from .mandate_found import Subject
from .sieve import sieved

if TYPE_CHECKING:  # pragma: no cover
    from .state import Run

NEVER = re.compile(r"(?!)")
ANCHOR_BEFORE = 24  # a cue starts at most this far before its literal piece ("the SBI")


@dataclass(frozen=True, slots=True)
class RequestCues:
    """The compiled ``[mandates.requests]`` table of one language."""

    mid: re.Pattern[str]
    coordinated: re.Pattern[str]
    paragraph_end: re.Pattern[str]
    stop: re.Pattern[str]  # a verb of another kind ends a request: ", and urges States to"
    conclusion: re.Pattern[str]  # a body's request in its report: "The SBI requested"
    joined: re.Pattern[str]  # before a decision inside a paragraph: ", and" (ends at the cue)
    conclusion_anchor: re.Pattern[str]  # literal pieces of the conclusions, searched first
    decision_anchor: re.Pattern[str]  # literal pieces of the decisions inside a paragraph
    purpose: re.Pattern[str]  # "so as to": an action joined after it is part of the purpose
    nested: re.Pattern[str]  # "les possibilités d'harmoniser": an infinitive inside the action
    likewise: re.Pattern[str]  # "to do likewise": the actions already asked, no new one
    narrative: re.Pattern[str]  # "At its twelfth session the Forum ...": a paragraph that narrates


@cache
def request_cues(code: str) -> RequestCues:
    """The request cues of language ``code`` (none when the data has no table)."""
    try:
        table = load_data(code).get("mandates", {}).get("requests", {})
    except (OSError, ValueError, KeyError):  # pragma: no cover - a language without data
        table = {}

    def rx(key: str) -> re.Pattern[str]:
        frag = table.get(key)
        return sieved(re.compile(frag, re.IGNORECASE)) if frag else NEVER

    return RequestCues(
        rx("mid"),
        rx("coordinated"),
        rx("paragraph_end"),
        rx("stop"),
        rx("conclusion"),
        rx("joined"),
        _literals(table.get("conclusion_anchors", [])),
        _literals(table.get("decision_anchors", [])),
        rx("purpose"),
        rx("nested"),
        rx("likewise"),
        rx("narrative"),
    )


def _literals(words: list[str]) -> re.Pattern[str]:
    """A case-sensitive alternation of literal words (the engine finds these fast)."""
    return re.compile("|".join(map(re.escape, words))) if words else NEVER


def mid_requests(scan: str, rc: RequestCues, pos: int, end: int) -> list[tuple[int, int]]:
    """(cue start, cue end) of every request verb after a comma or a conjunction in
    ``scan[pos:end]``."""
    return [(m.start(), m.end()) for m in rc.mid.finditer(scan, pos, end)]


def conclusions(scan: str, rc: RequestCues, pos: int, end: int) -> list[tuple[int, int]]:
    """(cue start, cue end) of every request a body records in its own report ("The SBI
    requested the secretariat to ...") in ``scan[pos:end]``."""
    out: list[tuple[int, int]] = []
    for a in rc.conclusion_anchor.finditer(scan, pos, end):
        if out and a.start() < out[-1][1]:
            continue
        m = rc.conclusion.search(scan, max(pos, a.start() - ANCHOR_BEFORE), min(end, a.end() + 200))
        if m is not None and m.start() <= a.start() < m.end():
            out.append((m.start(), m.end()))
    return out


def paragraph_end(scan: str, rc: RequestCues, pos: int, end: int) -> int:
    """Where the paragraph at ``pos`` ends: a blank line, else ``end``."""
    m = rc.paragraph_end.search(scan, pos, end)
    return m.start() if m else end


def request_end(scan: str, rc: RequestCues, pos: int, end: int) -> int:
    """Where a request that starts at ``pos`` ends: before a verb of another kind."""
    m = rc.stop.search(scan, pos, end)
    return m.start() if m else end


def coordinated_start(scan: str, rc: RequestCues, pos: int, end: int) -> int:
    """Where a second requested action is joined to the first (``end`` when none is)."""
    end = request_end(scan, rc, pos, end)
    m = rc.coordinated.search(scan, pos, end)
    while m is not None and _nested(scan, rc, pos, m.start()):
        m = rc.coordinated.search(scan, m.start() + 1, end)
    return m.start() if m else end


def _nested(scan: str, rc: RequestCues, start: int, join: int) -> bool:
    """True when a join at ``join`` has no comma and follows an infinitive that a noun of the
    action (from ``start``) governs: it is that infinitive's, no action of its own."""
    return scan[join] not in ",;，、" and rc.nested.search(scan, start, join) is not None


def coordinated(
    run: Run, rc: RequestCues, pos: int, end: int, first: int | None = None
) -> list[Subject]:
    """The actions joined after a first requested one (that starts at ``first``): ", and to
    report thereon". A join without a comma after an infinitive that a noun of the action
    governs is that infinitive's ("d'envisager les possibilités d'harmoniser ... et de
    mutualiser"), no action of its own."""
    scan = run.scan
    end = request_end(scan, rc, pos, end)
    out: list[Subject] = []
    last = pos if first is None else first
    while pos < end:
        j = rc.coordinated.search(scan, pos, end)
        if j is None:
            break
        if _nested(scan, rc, last, j.start()):
            pos = j.start() + 1
            continue
        a, b = j.span("a")
        after = rc.coordinated.search(scan, a + 1, end)  # "and to ensure … and to keep it informed"
        b = min(b, end, after.start() if after else end)
        while b > a and scan[b - 1] in " \t\r\n,，、":
            b -= 1
        if b > a:
            out.append(Subject("activity", None, a, b, "forward-coordinated", 0.7))
        pos, last = max(b, a + 1), a
    return out


def skip_space(scan: str, pos: int) -> int:
    """The first position at or after ``pos`` that is no space."""
    while pos < len(scan) and scan[pos] in " \t\r\n":
        pos += 1
    return pos


def requested(run: Run, cm: MandateCues, pos: int, end: int) -> Subject | None:
    """What a request asks for: a document with its symbol, a report to come, an action."""
    scan = run.scan
    that = cm.action_that.match(scan, skip_space(scan, pos), end)
    if that is not None:  # "requests that the Secretary-General ... suspend arrest actions"
        a, b = that.span("a")
        while b > a and scan[b - 1] in " \t\r\n,":
            b -= 1
        return Subject("activity", None, a, b, "forward-that", 0.7)
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
    a, b = _past_leads(cm, scan, *action.span("a"), end)
    if request_cues(cm.code).likewise.match(scan, a):
        return None  # "invites the specialized agencies to do likewise": asked already
    while b > a and scan[b - 1] in " \t\r\n,":
        b -= 1
    return Subject("activity", None, a, b, "forward-action", 0.7)


SEGMENT_END = re.compile(r"[,;:，；：、،؛]")
COMMAS = ",，、،"
MAX_LEADS = 3


def _past_leads(cm: MandateCues, scan: str, a: int, b: int, end: int) -> tuple[int, int]:
    """The action once the segments before it are passed: "秘书长在本决议通过15天内，报告…"
    gives "报告…"; "continuer, sous réserve des ressources, à organiser" keeps its verb
    (group ``v`` of the lead) and runs on to "à organiser"; without a lead, (a, b) as given."""
    keep: int | None = None
    for _ in range(MAX_LEADS):
        k = b
        while k < end and scan[k] in " \t\r\n":
            k += 1
        if k >= end or scan[k] not in COMMAS:
            break
        lead = cm.lead.fullmatch(scan, a, k)
        if lead is None:
            break
        if keep is None and lead.groupdict().get("v") is not None:
            keep = a
        k += 1
        while k < end and scan[k] in " \t\r\n":
            k += 1
        stop = SEGMENT_END.search(scan, k, min(end, k + 160))
        a, b = k, stop.start() if stop else min(end, k + 160)
        if b <= a:
            break
    return (a if keep is None else keep), b


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
