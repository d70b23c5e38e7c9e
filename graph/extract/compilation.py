"""One file, many acts: the Official Records compilations of adopted resolutions.

Most acts adopted before 1993 survive in the supplements "Resolutions adopted by the General
Assembly at its ... session", one page holding several resolutions, each opening with its number
and title ("2758 (XXVI). Restoration of the lawful rights ...", "31/1. Title") and closing with
its adoption line ("1976th plenary meeting, 25 October 1971"). `split_compilation` finds those
acts; `extract_parts` extracts each as a record of its own (key, title, meeting, date, its
references), with offsets into the text of the whole file, so a highlighted span stays exact.
What lies between acts (footnotes, running heads) stays with the file's own record.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache

from ..model import Document, DocumentRecord, Region
from .languages import load_data

# An act's heading at the start of a line, on the scan text (OCR damage already read back):
# "2758 (XXVI). Восстановление законных прав ...", "31/1. Title", "2200 A (XXI). Title".
# The title runs on for at most three lines, up to a blank line or the preamble's first line
# (which ends with a comma: "The General Assembly,", "Генеральная Ассамблея,").
_HEADING = re.compile(
    r"(?m)^[ \t]*(?:(?P<n>\d{1,4})(?:\s?(?P<letter>[A-D]))?\s*\((?P<roman>[IVXLC]{1,7})\)[.,]?"
    r"|(?P<s>\d{2})/(?P<m>\d{1,3})[.,])[ \t]+(?P<title>\S[^\n]*"
    r"(?:\n(?![ \t]*\n)(?![^\n]*,[ \t]*$)[^\n]+){0,3})"
)
_YEAR = re.compile(r"(?:1[89]|20)\d\d")  # the year that ends an adoption line's date
# A word hyphenated across lines of a title: "Ки-\nтайской" -> "Китайской"
_HYPHEN = re.compile(r"(\w)-\s*\n\s*(?=[a-zà-ÿа-я])")
MIN_ACTS = 2  # fewer headings than this: an ordinary document that quotes one


@dataclass(frozen=True, slots=True)
class Part:
    """One act of a compilation: its key, its span and its title's span (in the OCR text)."""

    key: str
    start: int
    end: int
    title_start: int
    title_end: int
    adoption: int | None = None  # start of its adoption line ("1976th plenary meeting"), if any


def may_hold_acts(text: str, language: str) -> bool:
    """A cheap first look: the adoption words ("plenary meeting") at least twice. Most
    documents stop here; OCR text, where the words may be damaged, is always looked at."""
    words = load_data("ocr")["words"].get(language)
    if not words:
        return False
    anchor = words[0][1:]  # "lenary": a literal search, whatever the case of the first letter
    first = text.find(anchor)
    return first >= 0 and text.find(anchor, first + 1) >= 0


def split_compilation(st, language: str) -> list[Part]:
    """The acts of a compilation page, in text order; [] for a text that is not one.

    `st` is the scan text of the document (normalize.ScanText or ocrfix.RepairedScan).
    """
    scan = st.scan
    heads = list(_HEADING.finditer(scan))
    if len(heads) < MIN_ACTS:
        return []
    parts, closed = [], 0
    for i, m in enumerate(heads):
        limit = heads[i + 1].start() if i + 1 < len(heads) else len(scan)
        end, cue = _adoption_end(scan, m.end(), limit, language)
        closed += end < limit or _adoption_end(scan, m.end(), len(scan), language)[0] == limit
        a, b = st.span(m.start(), end)
        ta, tb = st.span(m.start("title"), m.end("title"))
        parts.append(Part(_key(m), a, b, ta, tb, None if cue is None else st.span(cue, cue)[0]))
    # A compilation's acts close with their adoption lines; a list of titles does not.
    return parts if closed >= MIN_ACTS else []


def _key(m: re.Match[str]) -> str:
    if m.group("s"):
        return f"A/RES/{int(m.group('s'))}/{int(m.group('m'))}"
    return f"A/RES/{int(m.group('n'))}{m.group('letter') or ''}({m.group('roman')})"


def _adoption_end(scan: str, start: int, limit: int, language: str) -> tuple[int, int | None]:
    """End of the act's adoption line (meeting, then the date with its year), else `limit`;
    and where the line's meeting words start (None without one)."""
    pattern = _adoption(language)
    m = pattern.search(scan, start, limit) if pattern else None
    if m is None:
        return limit, None
    year = _YEAR.search(scan, m.end(), min(limit, m.end() + 80))
    if year is None:
        return limit, None
    line_end = scan.find("\n", year.end(), limit)
    return (limit if line_end < 0 else line_end), m.start()


@cache
def _adoption(language: str) -> re.Pattern[str] | None:
    """The adoption words of data/ocr.toml ("1976-е пленарное заседание", "plenary meeting")."""
    words = load_data("ocr")["words"].get(language)
    if not words:
        return None
    first, second = (re.escape(w) for w in words[:2])
    return re.compile(rf"(?:{first}\s+{second}|{second}\s+{first})", re.IGNORECASE)


def extract_parts(document: Document, record: DocumentRecord, parts: list[Part], base: str):
    """The file's record with one record per act in `parts` (DocumentRecord.parts); each act's
    references are its own, the file's keep only what lies outside every act."""
    from .core import extract

    out = []
    for part in parts:
        sub = Document(
            text=document.text[part.start : part.end],
            source=document.source,
            language=record.language,
            sha256=document.sha256,
            media_type=document.media_type,
            encoding=document.encoding,
            regions=_clip(document.regions, part.start, part.end),
            ocr=document.ocr,
        )
        found = extract(sub, base)
        if found.meeting is None and part.adoption is not None:
            found = _closing_line(found, document.text, part, record.body or "A")
        title = _HYPHEN.sub(r"\1", document.text[part.title_start : part.title_end])
        title = " ".join(title.split())
        heading = part.title_start - part.start  # the act's own number is not a reference
        refs = tuple(
            _shift(r, part.start)
            for r in found.references
            if r.key != part.key and r.start >= heading
        )
        out.append(
            replace(
                found,
                symbol=part.key,
                doc_kind="resolution",
                body=record.body or "A",
                title=title,
                session=record.session or _session(part.key, document),
                adopted=found.adopted or _meeting_date(found.meeting),
                references=refs,
                ocr_text=None,  # the file's record keeps the text
                part=part.key,
                part_start=part.start,
                part_end=part.end,
            )
        )
    outside = tuple(
        r for r in record.references if not any(p.start <= r.start < p.end for p in parts)
    )
    # The file is a compilation, not an act: the adoption lines are its acts', not its own.
    return replace(record, references=outside, parts=tuple(out), meeting=None, adopted=None)


def _shift(ref, offset: int):
    return replace(ref, start=ref.start + offset, end=ref.end + offset)


def _closing_line(found: DocumentRecord, text: str, part: Part, body: str) -> DocumentRecord:
    """The meeting and date of the act's adoption line, found by the split, when the extractor
    did not read them (an OCR'd preamble such as "Генеральная Ассамблея." can hide them)."""
    from .dates import match_date
    from .grammar import lang

    if part.adoption is None:
        return found
    date = match_date(lang(found.language or "en"), text, part.adoption, part.end)
    if date is None:
        for start in range(part.adoption, part.end):  # the date opens the next line
            if text[start - 1] == "\n":
                date = match_date(lang(found.language or "en"), text, start, part.end)
                if date is not None:
                    break
    if date is None or date.iso_end:
        return found
    return replace(found, meeting=f"{body} meeting {date.iso}", adopted=date.iso)


def _shift_mandate(mandate, offset: int):
    """A mandate statement with its spans moved from the act's text to the file's."""
    spans = ("subject_start", "subject_end", "act_start", "act_end")
    moved = {k: getattr(mandate, k) + offset for k in spans if getattr(mandate, k) is not None}
    return replace(mandate, **moved)


def _clip(regions: tuple[Region, ...], start: int, end: int) -> tuple[Region, ...]:
    return tuple(
        Region(r.kind, max(r.start, start) - start, min(r.end, end) - start)
        for r in regions
        if r.start < end and start < r.end
    )


def _meeting_date(meeting: str | None) -> str | None:
    """The date of a meeting key: "A meeting 1971-10-25" -> "1971-10-25"."""
    return meeting.rsplit(" ", 1)[-1] if meeting else None


def _session(key: str, document: Document) -> str | None:
    """The General Assembly session of an act key: "A/RES/2758(XXVI)" -> "A session 26"."""
    from .numbers import roman_to_int

    m = re.search(r"\(([IVXLC]+)\)$", key) or re.match(r"A/RES/(\d+)/", key)
    if not m:
        return None
    value = m.group(1)
    number = int(value) if value.isdigit() else roman_to_int(value)
    return f"A session {number}" if number else None
