"""Reading OCR damage back: symbols, session numerals and adoption words that Tesseract garbled.

Runs only on text read through OCR (Document.ocr). It rewrites the scan text, where a reading is
unambiguous, into what the page says ("2751 (ХХУЮ." -> "2751 (XXVI)", "\\/8320" -> "A/8320"),
with a map from every scan character back to the OCR text, so the offsets of every reference
still point into the text as read. A reading that is not unambiguous is left as it is and listed
as uncertain; the extractor reports it as an `unresolved` reference rather than guessing.
The tables (look-alike characters per script, anchors of the old resolution numbering, damaged
symbol prefixes, adoption words) are data: data/ocr.toml.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field, replace
from functools import cache

from ..model import Reference, Region
from .languages import load_data
from .normalize import ScanText
from .numbers import int_to_roman, roman_to_int

OCR_CONFIDENCE = 0.8  # factor on the confidence of every reference found in OCR text
REPAIRED_CONFIDENCE = 0.7  # cap for a reference whose text was read back from OCR damage


@dataclass(frozen=True, slots=True)
class Uncertain:
    """An OCR reading that could be several things: its span (scan text) and its candidates."""

    start: int
    end: int
    number: str
    candidates: tuple[str, ...]  # Roman numerals it could be ("XXVI", "XXVII", "XXVIII")


@dataclass(frozen=True, slots=True)
class RepairedScan:
    """A scan text with OCR damage read back, and the way to the offsets of the OCR text.

    Same interface as normalize.ScanText (`scan`, `span`, `to_original`), for any change of
    length: `origin[i]` is the OCR-text offset of scan character i (one past the end last).
    """

    original: str
    scan: str
    origin: tuple[int, ...]
    repaired: tuple[tuple[int, int], ...] = ()  # OCR-text spans that were read back
    uncertain: tuple[Uncertain, ...] = ()
    session: int | None = None  # the compilation's session, when the page names it
    deleted_at: tuple[int, ...] = field(default=())  # never used: the origin map says it all

    def to_original(self, index: int) -> int:
        return self.origin[min(max(index, 0), len(self.origin) - 1)]

    def span(self, start: int, end: int) -> tuple[int, int]:
        if end <= start:
            begin = self.to_original(start)
            return begin, begin
        return self.to_original(start), self.to_original(end - 1) + 1

    def to_scan(self, index: int) -> int:
        """The scan offset of OCR-text offset `index` (a region's start or end)."""
        return bisect_left(self.origin, index)

    def was_repaired(self, start: int, end: int) -> bool:
        """Whether an OCR-text span overlaps a reading that was repaired."""
        return any(a < end and start < b for a, b in self.repaired)


# A symbol's number with letters OCR read for digits: "A/8O20", "S/1OO5O", "A/RES/27l8"
_SYMBOL_DIGITS = re.compile(r"(?<![\w/])[ASEАЕ]/(?:RES/)?(?P<d>[0-9OoОоlI|З]{3,5})(?![\w/])")


@cache
def _tables() -> dict:
    data = load_data("ocr")
    roman = {**data["roman"]["latin"], **data["roman"]["cyrillic"]}
    letters = "".join(re.escape(c) for c in roman)
    tail = re.escape(data["roman"]["tail"])
    return {
        # "2751 (ХХУЮ.", "2758 (XXVl)", "2754 (ХХУ\У!)": a number, then a damaged numeral
        "numeral": re.compile(
            rf"(?<!\d)(?P<n>\d{{1,4}})(?P<gap>\s*\()(?P<r>[{letters}]{{1,7}})"
            rf"(?P<t>[{tail}]{{0,3}})(?P<close>[).]|(?=[\s,;]))"
        ),
        "roman": roman,
        "anchors": [tuple(a) for a in data["anchors"]],
        "symbols": [(re.compile(s["pattern"]), s["prefix"]) for s in data["symbols"]],
        "digits": str.maketrans(data["digits"]),
        "words": {code: tuple(words) for code, words in data["words"].items()},
        "after_year": {code: tuple(words) for code, words in data["after_year"].items()},
        "year": re.compile(data["years"]["pattern"]),
    }


def repair_scan(st: ScanText, language: str | None = None, session: int | None = None):
    """`st` with the OCR damage read back (a RepairedScan), or `st` itself when none was found.

    `session`: the session of the compilation the text belongs to, when known (it settles a
    numeral the resolution number alone cannot).
    """
    tables = _tables()
    scan = st.scan
    session = session or compilation_session(scan, language)
    edits: list[tuple[int, int, str]] = []  # (start, end, replacement) in scan offsets
    uncertain: list[Uncertain] = []
    for m in tables["numeral"].finditer(scan):
        raw = m.group("r") + m.group("t")
        if re.fullmatch(r"[IVXLC]+", raw) and m.group("close") == ")":
            continue  # nothing damaged
        if not set("XVLC") & {tables["roman"][c] for c in m.group("r")}:
            continue  # "3 (i)" is a list item; only numerals with X, V, L or C are read
        readings = numeral_readings(int(m.group("n")), m.group("r"), m.group("t"), session)
        if len(readings) == 1:
            edits.append((m.start("r"), m.end(), readings[0] + ")"))
        elif readings:
            uncertain.append(Uncertain(m.start(), m.end(), m.group("n"), tuple(readings)))
    for pattern, prefix in tables["symbols"]:
        for m in pattern.finditer(scan):
            edits.append((m.start(), m.end(), prefix + m.group("d")))
    for m in _SYMBOL_DIGITS.finditer(scan):  # "A/8O20" -> "A/8020": letters read for digits
        if re.search(r"\d", m.group("d")) and re.search(r"\D", m.group("d")):
            edits.append((m.start("d"), m.end("d"), m.group("d").translate(tables["digits"])))
    edits += _word_edits(scan, tables["words"].get(language or "", ()))
    edits += _word_edits(scan, tables["after_year"].get(language or "", ()), r"\d{4}\s+")
    edits += [(m.start(), m.end(), "1" + m.group("d")) for m in tables["year"].finditer(scan)]
    if not edits and not uncertain:
        return st
    return _apply(st, edits, uncertain, session)


def numeral_readings(number: int, letters: str, tail: str, session: int | None) -> list[str]:
    """The Roman session numerals an OCR reading of resolution `number` can stand for.

    `letters` are read through the look-alike table; an unreadable `tail` stands for one or
    more I's. Candidates outside the sessions the number's place in the old series allows, or
    other than the compilation's `session`, are dropped.
    """
    tables = _tables()
    prefix = "".join(tables["roman"][c] for c in letters)
    low, high = session_range(number)
    out = []
    for s in range(low, high + 1):
        roman = int_to_roman(s)
        if tail and roman.startswith(prefix) and len(roman) > len(prefix):
            if set(roman[len(prefix) :]) == {"I"}:
                out.append(roman)
        elif not tail and roman == prefix:
            out.append(roman)
    if session is not None:
        out = [r for r in out if roman_to_int(r) == session]
    return out


def session_range(number: int) -> tuple[int, int]:
    """The sessions a General Assembly resolution numbered `number` (before 1976) can be of."""
    anchors = _tables()["anchors"]
    low = max((s for n, s in anchors if n <= number), default=1)
    high = min((s for n, s in anchors if n >= number), default=30)
    return low, high


def compilation_session(scan: str, language: str | None) -> int | None:
    """The session a compilation page names in its running head ("Двадцать шестая сессия")."""
    if not language:
        return None
    from .grammar import lang

    lg = lang(language)
    head = scan[:300]
    pattern = _session_head(language)
    m = pattern.search(head) if pattern else None
    return lg.ordinals.value(m.group(1)) if m else None


@cache
def _session_head(language: str) -> re.Pattern[str] | None:
    """The running head naming a session, from data/ocr.toml: "Двадцать шестая сессия"."""
    from .grammar import lang

    template = load_data("ocr")["session_heads"].get(language)
    if template is None:
        return None
    return re.compile(template.replace("{ordinal}", f"({lang(language).ordinals.regex})"), re.I)


def _word_edits(scan: str, words: tuple[str, ...], before: str = "") -> list[tuple[int, int, str]]:
    """Adoption words one letter off ("паенарное" -> "пленарное"), same length; with `before`,
    only right after it (any letter may be wrong: "1971 сода" -> "1971 года")."""
    edits = []
    for word in words:
        for m in re.finditer(
            rf"(?<=[\d\[|lI]\d{{3}}\s)\w{{{len(word)}}}(?!\w)"
            if before
            else rf"(?<!\w)\w{{{len(word)}}}(?!\w)",
            scan,
        ):
            got = m.group().lower()
            if got != word and sum(a != b for a, b in zip(got, word, strict=True)) == 1:
                if before or got[0] == word[0]:  # first letter right: a damaged word
                    edits.append((m.start(), m.end(), word))
    return edits


def _apply(st, edits, uncertain, session) -> RepairedScan:
    scan, pieces, repaired = st.scan, [], []
    origin: list[int] = []
    last = 0
    for start, end, text in sorted(edits):
        if start < last:
            continue  # overlapping readings: the first wins
        pieces.append(scan[last:start])
        origin.extend(st.to_original(i) for i in range(last, start))
        a, b = st.span(start, end)
        pieces.append(text)
        # Each new character maps into the span it replaces (the last ones onto its end).
        origin.extend(min(a + k, b - 1) for k in range(len(text) - 1))
        origin.append(b - 1)  # the last one onto the end, so a span ending here keeps it all
        repaired.append((a, b))
        last = end
    pieces.append(scan[last:])
    origin.extend(st.to_original(i) for i in range(last, len(scan)))
    origin.append(len(st.original))
    return RepairedScan(
        original=st.original,
        scan="".join(pieces),
        origin=tuple(origin),
        repaired=tuple(repaired),
        uncertain=tuple(uncertain),
        session=session,
    )


def mark_ocr(refs: list[Reference], regions: tuple[Region, ...], st) -> list[Reference]:
    """References in OCR text marked so, with lower confidence (lower still when read back)."""
    spans = sorted((r.start, r.end) for r in regions if r.kind == "ocr")
    if not spans:
        return refs
    starts = [a for a, _ in spans]
    out = []
    for ref in refs:
        k = bisect_right(starts, ref.start) - 1
        if k < 0 or ref.start >= spans[k][1]:
            out.append(ref)
            continue
        confidence = ref.confidence * OCR_CONFIDENCE
        if isinstance(st, RepairedScan) and st.was_repaired(ref.start, ref.end):
            confidence = min(confidence, REPAIRED_CONFIDENCE)
        out.append(replace(ref, ocr=True, confidence=round(confidence, 2)))
    return out


def uncertain_refs(run) -> None:
    """Numerals the OCR text does not settle, as `unresolved` references of low confidence
    ("2763 (ХХУИ" on a page of no known session: A/RES/2763(XXVI|XXVII|XXVIII))."""
    st = run.st
    if not isinstance(st, RepairedScan):
        return
    for item in st.uncertain:
        key = f"A/RES/{item.number}({'|'.join(item.candidates)})"
        run.add("unresolved", key, item.start, item.end, "ocr-uncertain", confidence=0.3, body="A")
