"""Requests inside an operative paragraph, after its opening verb, and coordinated actions.

    "126. Notes the aim of the project, and requests the Secretary-General to continue to
    report on its achievements;"  -> activity "to continue to report ..." requestedBy
    "52. ... requests the Secretary-General to develop policies ..., and to report thereon"
        -> two activities: "to develop policies ..." and "to report thereon"

The cue words are data: ``[mandates.requests]`` of each language file, ``mid`` (a request
verb after a comma or a conjunction: "and requests", "et prie", "并请") and ``coordinated``
(a second requested action joined to the first, its words in group ``a``: ", and to
report thereon", "et de lui faire rapport", "并向大会报告").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from .languages import load_data
from .mandate_found import Subject

if TYPE_CHECKING:  # pragma: no cover
    from .state import Run

NEVER = re.compile(r"(?!)")


@dataclass(frozen=True, slots=True)
class RequestCues:
    """The compiled ``[mandates.requests]`` table of one language."""

    mid: re.Pattern[str]
    coordinated: re.Pattern[str]
    paragraph_end: re.Pattern[str]
    stop: re.Pattern[str]  # a verb of another kind ends a request: ", and urges States to"
    conclusion: re.Pattern[str]  # a body's request in its report: "The SBI requested"


@cache
def request_cues(code: str) -> RequestCues:
    """The request cues of language ``code`` (none when the data has no table)."""
    try:
        table = load_data(code).get("mandates", {}).get("requests", {})
    except (OSError, ValueError, KeyError):  # pragma: no cover - a language without data
        table = {}

    def rx(key: str) -> re.Pattern[str]:
        frag = table.get(key)
        return re.compile(frag, re.IGNORECASE) if frag else NEVER

    return RequestCues(
        rx("mid"), rx("coordinated"), rx("paragraph_end"), rx("stop"), rx("conclusion")
    )


def mid_requests(scan: str, rc: RequestCues, pos: int, end: int) -> list[tuple[int, int]]:
    """(cue start, cue end) of every request verb after a comma or a conjunction in
    ``scan[pos:end]``."""
    return [(m.start(), m.end()) for m in rc.mid.finditer(scan, pos, end)]


def conclusions(scan: str, rc: RequestCues, pos: int, end: int) -> list[tuple[int, int]]:
    """(cue start, cue end) of every request a body records in its own report ("The SBI
    requested the secretariat to ...") in ``scan[pos:end]``."""
    return [(m.start(), m.end()) for m in rc.conclusion.finditer(scan, pos, end)]


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
    return m.start() if m else end


def coordinated(run: Run, rc: RequestCues, pos: int, end: int) -> list[Subject]:
    """The actions joined after a first requested one: ", and to report thereon"."""
    scan = run.scan
    end = request_end(scan, rc, pos, end)
    out: list[Subject] = []
    while pos < end:
        j = rc.coordinated.search(scan, pos, end)
        if j is None:
            break
        a, b = j.span("a")
        after = rc.coordinated.search(scan, a + 1, end)  # "and to ensure … and to keep it informed"
        b = min(b, end, after.start() if after else end)
        while b > a and scan[b - 1] in " \t\r\n,，、":
            b -= 1
        if b > a:
            out.append(Subject("activity", None, a, b, "forward-coordinated", 0.7))
        pos = max(b, a + 1)
    return out
