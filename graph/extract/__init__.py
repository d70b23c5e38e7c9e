"""The extract stage: references and metadata of one UN document, in six languages.

    >>> from graph.model import Document
    >>> doc = Document("Recalling its resolution 70/1 of 25 September 2015,", language="en")
    >>> [(r.kind, r.key, r.relation) for r in extract_references(doc)]
    [('resolution', 'A/RES/70/1', 'recalls')]

Modules, in the order the work is done: normalize (the text patterns scan), header
(front matter, metadata, language; headsession: the document's own session), bodies
(names from ontology/bodies.ttl), core (the master scan), anchors (where the scan looks),
symbols, lists and acts (resolutions and decisions), sessions (by ordinal or by year),
meetings (meetings with their dates, an act's adoption line), relations (cue words,
subject), sentences (evidence, footnotes).
Patterns, cue words and number words live in data/<lang>.toml.
"""

from __future__ import annotations

from ..model import Document, DocumentRecord, Reference
from ..vocab.mg import DEFAULT_BASE

__all__ = ["extract_record", "extract_references"]


def extract_record(document: Document, base: str = DEFAULT_BASE) -> DocumentRecord:
    """The document's own metadata (symbol, body, date, session, ...) and its references.

    Never raises on any text; uncertain symbol-like strings come back as kind "unresolved".
    """
    from .core import extract

    try:
        record = extract(document, base)
    except RecursionError:  # pragma: no cover - defensive: pathological input
        return DocumentRecord(source=document.source, language=document.language)
    if record.symbol is None:
        record = _symbol_from_name(record)
    return _split(document, record, base)


def _symbol_from_name(record: DocumentRecord) -> DocumentRecord:
    """A record without a symbol takes the one its file name spells, marked as such.

    Its mandate statements whose act is the citing document (act None) take that symbol too,
    as they would have had the text stated it.
    """
    from dataclasses import replace

    from .bodies import body_index
    from .filename import symbol_from_filename
    from .symbols import read_symbol

    symbol = symbol_from_filename(record.source)
    if symbol is None:
        return record
    found = read_symbol(symbol, None)
    kind = found.kind if found is not None else None
    return replace(
        record,
        symbol=symbol,
        symbol_source="filename",
        body=record.body or body_index().code_for_symbol(symbol),
        doc_kind=record.doc_kind or (kind if kind in ("resolution", "decision") else None),
        mandates=tuple(m if m.act else replace(m, act=symbol) for m in record.mandates),
    )


def _split(document: Document, record: DocumentRecord, base: str) -> DocumentRecord:
    """A compilation's acts as records of their own (compilation.py); others unchanged."""
    from .compilation import extract_parts, may_hold_acts, split_compilation
    from .normalize import scan_text
    from .ocrfix import repair_scan

    if not document.ocr and not may_hold_acts(document.text, record.language or "en"):
        return record
    st = scan_text(document.text)
    if document.ocr:
        st = repair_scan(st, record.language)
    parts = split_compilation(st, record.language or "en")
    return extract_parts(document, record, parts, base) if parts else record


def extract_references(document: Document, base: str = DEFAULT_BASE) -> list[Reference]:
    """The references of one document, in text order (see extract_record)."""
    return list(extract_record(document, base).references)
