"""The state of one extraction pass (Run): the document, its scan text, what was found so far.

The scanners (actscan, sessions, meetings) take a Run and add references to it; core.py makes
one per document and drives them. A module of its own, so that the scanners need not import
the module that calls them.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache

from ..model import Document, Reference
from ..vocab.keys import iri_for
from .bodies import BodyContext
from .languages import Lang
from .normalize import ScanText
from .sentences import Footnotes, Sentences


@dataclass
class Run:
    """State of one extraction."""

    doc: Document
    st: ScanText
    lg: Lang
    base: str
    symbol: str | None
    citing: str | None
    start: int  # scan offset where references may start (after front matter)
    header_end: int
    ctx: BodyContext
    sentences: Sentences
    footnotes: Footnotes
    refs: list[Reference] = field(default_factory=list)
    used_mentions: set[int] = field(default_factory=set)  # starts of mentions used by acts
    consumed: list[tuple[int, int]] = field(default_factory=list)  # date spans used
    last_document: tuple[int, str] = (-1, "")  # (end, key) of the last document symbol
    body_after_end: int = -1  # end of a body named after the last act list
    last_act: tuple[int, str | None] = (-1, None)  # end and explicit body of the last act list
    last_cue: tuple[int, object] = (-1, None)  # end of the last act list and its relation cue
    doc_kind: str | None = None  # the header's kind of document (resolution, report ...)
    headings: list[tuple[int, str]] = field(default_factory=list)  # act headings: (start, key)
    adopted_at: str | None = None  # key of the meeting the document itself was adopted at
    to_scan: Callable[[int], int] = int  # original offset -> scan offset

    @property
    def scan(self) -> str:
        return self.st.scan

    def add(
        self,
        kind: str,
        key: str,
        start: int,
        end: int,
        rule: str,
        *,
        relation: str = "cites",
        doc_relation: str | None = None,
        confidence: float = 1.0,
        body: str | None = None,
        subject: str | None = None,
        date: str | None = None,
        head: int | None = None,
        confusables: str | None = None,
    ) -> None:
        a, b = self.st.span(start, end)
        text = self.doc.text[a:b]
        ev = self.sentences.evidence(start if head is None else head, end)
        if self.footnotes.contains(start) and len(ev) < 60:
            # A bare note ("1 A/78/312."): the sentence that calls it says what is cited
            call = self.sentences.footnote_call(start)
            if call is not None:
                ev = self.sentences.evidence(call, call)
        self.refs.append(
            Reference(
                kind=kind,
                key=key,
                iri=_iri(kind if kind != "unresolved" else "document", key, self.base),
                relation=relation,
                doc_relation=doc_relation,
                text=text,
                start=a,
                end=b,
                evidence=ev,
                rule=rule,
                confidence=round(confidence, 2),
                body=body,
                subject=subject,
                date=date,
                in_footnote=self.footnotes.contains(start),
                confusables=confusables,
            )
        )


_iri = lru_cache(maxsize=1 << 16)(iri_for)  # the same keys recur across a corpus
