"""What the mandate passes share: an act named in the text, a subject, the statements found so
far, and adding one statement (offsets mapped back to the text as given)."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from ..model import Mandate

if TYPE_CHECKING:  # pragma: no cover
    from .state import Run

ACT_KINDS = ("resolution", "decision")  # reference kinds a statement can rest on
STOP = re.compile(r"[.;؛。；]")  # no cue reaches over these
_SPACES = re.compile(r"\s+")
_ARTICLE = re.compile(
    r"^(?:the|a|an|its|their|this|that|le|la|les|l'|el|los|las|un|une|una)\s+", re.IGNORECASE
)


@dataclass(frozen=True, slots=True)
class Subject:
    """The subject of a statement: kind, key, scan span, the rule that found it."""

    kind: str
    key: str | None
    start: int
    end: int
    rule: str
    confidence: float

    def phrase(self, scan: str) -> str:
        """The subject's words, lower case, article dropped: the memory key of a body."""
        return _ARTICLE.sub("", _SPACES.sub(" ", scan[self.start : self.end]).strip().lower())


@dataclass(frozen=True, slots=True)
class ActMention:
    """An act named in the text: a reference, or a short form resolved to one."""

    key: str | None  # None: the citing document (no key)
    start: int  # scan offsets
    end: int
    rule: str = ""  # "" for a reference; "short" for a resolved short form
    confidence: float = 1.0


@dataclass(slots=True)
class Found:
    """Statements found so far, and what later cases need from earlier ones."""

    statements: list[tuple[Mandate, int, int]]  # with the scan span of the act mention
    basis: list[tuple[ActMention, str, int]]  # unattached basis cues: (act, relation, cue start)
    memory: dict[str, str]  # noun phrase (lower case) -> subject key, from establishments
    last: tuple[Subject, int] | None = None  # last subject and the scan end of its act


def emit(
    run: Run,
    found: Found,
    subject: Subject,
    relation: str,
    act: ActMention,
    rule: str,
    confidence: float,
    *,
    paragraph: str | None,
    until: str | None = None,
    target: str | None = None,
    forward: bool = False,
) -> None:
    """Add one statement (offsets mapped back to the text as given)."""
    st = run.st
    if subject.kind == "body" and subject.key is None and act.key and not forward:
        if relation != "establishedBy":
            return  # "decided to extend the mandate of the Group of Experts": an unnamed body
            # an act extends or tasks is not the body that act established, and stays unkeyed
        # a body the scheme does not list, established by a named act: known by that act
        # ("the Committee established by resolution 724 (1991)")
        subject = replace(subject, key=f"body:{act.key}")
    s0, s1 = subject.start, subject.end
    while s1 > s0 and run.scan[s1 - 1] in " \t\r\n,":
        s1 -= 1
    a, b = st.span(s0, s1)
    if forward:
        act_a = act_b = None
    else:
        act_a, act_b = st.span(act.start, act.end)
    lo = min(subject.start, act.start) if not forward else subject.start
    hi = max(subject.end, act.end) if not forward else subject.end
    if act.rule:
        rule = f"{rule}-{act.rule}"
    statement = Mandate(
        subject_kind=subject.kind,
        subject=subject.key,
        relation=relation,
        act=act.key,
        evidence=run.sentences.evidence(lo, hi),
        rule=rule,
        confidence=round(min(confidence, 0.99), 2),
        subject_text=run.doc.text[a:b],
        subject_start=a,
        subject_end=b,
        act_start=act_a,
        act_end=act_b,
        paragraph=paragraph,
        until=until,
        target=target,
    )
    found.statements.append((statement, act.start, act.end))
    found.last = (subject, act.end)
    if relation == "establishedBy" and subject.kind == "body" and subject.key:
        found.memory[subject.phrase(run.scan)] = subject.key
