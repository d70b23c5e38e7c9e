"""The values that flow between stages: documents as read, references as extracted.

Every extracted thing is a frozen dataclass carrying the character span it came from,
so equal content compares equal and sets/dedup just work.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field

# The model's words (kinds, relations, subject kinds), kept where `chain` can read them cheaply.
from .relations import (  # noqa: F401 (re-exported)
    CITATION_RELATIONS,
    KINDS,
    MANDATE_RELATIONS,
    RELATIONS,
    STATEMENT_FAMILIES,
    STATEMENT_RELATIONS,
    STRUCTURE_RELATIONS,
    SUBJECT_KINDS,
)


@dataclass(frozen=True, slots=True)
class Region:
    """A span of the text with a layout role (footnote, running header, ...)."""

    kind: str  # "footnote" | "header" | "footer" | "page-break"
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Document:
    """A source document as read: its text and where it came from.

    Offsets of every reference point into ``text`` exactly as stored here.
    """

    text: str
    source: str = "<string>"
    language: str | None = None  # ISO 639-1: ar, en, es, fr, ru, zh (None: detect)
    sha256: str = ""  # of the source bytes; "" for text given in memory
    media_type: str = "text/plain"
    encoding: str | None = None  # the encoding the bytes were decoded with
    regions: tuple[Region, ...] = ()
    pages: int | None = None
    # Why `encoding` may be wrong (a guess from few bytes, or one that another encoding matches)
    encoding_warning: str | None = None
    # The OCR engine and model when some pages were read through OCR ("tesseract 5.3.0 rus");
    # Region("ocr") spans say which text came from it.
    ocr: str | None = None


@dataclass(frozen=True, slots=True)
class Reference:
    """One mention, in one document, of another act, document, session, meeting or body."""

    kind: str  # one of KINDS
    key: str  # canonical key, see docs/extraction.md ("CTOC/COP decision 2/6", "A/RES/70/1")
    iri: str
    relation: str  # one of RELATIONS
    text: str  # document.text[start:end]
    start: int
    end: int
    evidence: str  # the sentence around the mention
    rule: str = ""  # name of the pattern that produced it
    confidence: float = 1.0
    body: str | None = None  # code of the body that issued the cited act
    subject: str | None = None  # key of what the relation is about; None: the citing document
    # How the citing document itself relates to the target when `relation` is about a subject the
    # text does not name ("the committee established by resolution 1591 (2005)": the citing
    # document only cites 1591). None: `relation` holds for the citing document.
    doc_relation: str | None = None
    date: str | None = None  # ISO date given with the mention ("of 22 October 2010")
    in_footnote: bool = False
    # The relation the cue words next to the mention name, when it is not the reference's own:
    # "the Committee established by resolution 661 (1990)" cites 661 (relation "cites") with the
    # cue "establishedBy"; what 661 did is a mandate statement (DocumentRecord.mandates)
    cue: str | None = None
    ocr: bool = False  # found in text read through OCR (confidence lowered accordingly)
    # Scripts of look-alike letters folded to Latin to make the key ("Cyrillic" for a symbol
    # written "СТОС/СОР/..."); None when the text already spelled the key.
    confusables: str | None = None

    def to_json(self) -> dict:
        out = {k: v for k, v in asdict(self).items() if v is not None}
        if not self.ocr:
            del out["ocr"]  # only marked where it holds
        return out


@dataclass(frozen=True, slots=True)
class Mandate:
    """One mandate statement: what is mandated, how, and by which act (and paragraph).

    Spans are offsets into the document text as read, like a Reference's. A forward statement
    ("Requests the Secretary-General to submit a report") has the citing document's own key
    as ``act``; a statement about the citing document itself has ``subject_kind == "self"``.
    """

    subject_kind: str  # one of SUBJECT_KINDS
    subject: str | None  # key of the mandated thing; None when it has none or is "self"
    relation: str  # one of STATEMENT_RELATIONS
    act: str | None  # key of the mandating act; None: the citing document, which has no key
    evidence: str  # the sentence or clause that says it
    rule: str  # name of the rule that produced it
    confidence: float
    subject_text: str | None = None  # document.text[subject_start:subject_end]
    subject_start: int | None = None
    subject_end: int | None = None
    act_start: int | None = None  # the act's mention; None for a forward statement
    act_end: int | None = None
    paragraph: str | None = None  # operative paragraph of the act, when stated ("22", "5 (a)")
    until: str | None = None  # ISO date a mandate is extended or established until
    target: str | None = None  # reporting target when stated ("at its seventy-eighth session")

    def to_json(self) -> dict:
        """The `mandates` item of `extract --format jsonl` (every field, None as null)."""
        return asdict(self)


@dataclass(frozen=True, slots=True)
class DocumentRecord:
    """What extraction learned about one document: its own metadata and its references."""

    source: str
    language: str | None
    symbol: str | None = None
    # Where the symbol came from when the text does not state it: "filename" (its file name).
    symbol_source: str | None = None
    body: str | None = None
    date: str | None = None  # the header's date (distribution date of a UN document)
    adopted: str | None = None  # for a resolution or decision: the day it was adopted
    title: str | None = None
    doc_kind: str | None = None  # resolution, decision, report, note, agenda, letter, draft, ...
    session: str | None = None  # key of the session it belongs to ("CTOC/COP session 7")
    # For an adopted act: key of the meeting it was adopted at, from its closing line
    # ("48th plenary meeting, 24 November 2025" -> "A meeting 2025-11-24")
    meeting: str | None = None
    agenda_item: str | None = None
    original_language: str | None = None
    sha256: str = ""
    encoding: str | None = None
    media_type: str = "text/plain"
    extractor_version: str = ""
    references: tuple[Reference, ...] = field(default_factory=tuple)
    mandates: tuple[Mandate, ...] = field(default_factory=tuple)
    warnings: tuple[str, ...] = ()  # what the reader doubts (e.g. a weak encoding guess)
    # The OCR engine and model when the text (or part of it) was read through OCR, and that
    # text (kept in the store, since the offsets point into it and a new OCR run may differ).
    ocr: str | None = None
    ocr_text: str | None = None
    # One act of a compilation (a file holding several acts): the act's key, and its span in
    # the text of the file; every offset of the record's references points into that same text.
    part: str | None = None
    part_start: int | None = None
    part_end: int | None = None
    # A compilation's acts, each its own record; the file's record keeps what lies outside them.
    parts: tuple[DocumentRecord, ...] = field(default_factory=tuple)

    def to_json(self) -> dict:
        """The `extract --format jsonl` object (a contract: fields are only ever added)."""
        out: dict[str, object] = {
            "source": self.source,
            "symbol": self.symbol,
            "symbol_source": self.symbol_source or ("text" if self.symbol else None),
            "language": self.language,
            "body": self.body,
            "date": self.date,
            "adopted": self.adopted,
            "title": self.title,
            "kind": self.doc_kind,
            "session": self.session,
            "meeting": self.meeting,
            "agenda_item": self.agenda_item,
            "original_language": self.original_language,
            "sha256": self.sha256,
            "extractor_version": self.extractor_version,
            "references": [r.to_json() for r in self.references],
            "mandates": [m.to_json() for m in self.mandates],
            "ocr": self.ocr is not None,
        }
        if self.ocr:
            out["ocr_engine"] = self.ocr
        if self.part:
            out["part"] = self.part
            out["part_start"] = self.part_start
            out["part_end"] = self.part_end
        if self.warnings:
            out["warnings"] = list(self.warnings)
        return out
