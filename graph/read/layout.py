"""UN layout clean-up: from the pages of a printed document to one clean text with regions.

What is removed: running headers and footers (the document symbol, page counters such as
"2/7", job numbers such as "22-02898 (E) 020322", "V.14-03728 (R)" or "GE.15-01234", bar codes,
"Please recycle", and running titles repeated at the edge of many pages). What is repaired: words
hyphenated across lines, PDF ligatures, the masthead a PDF stores after the body. Footnotes are
kept, moved after the body (so a sentence running across a page break stays whole) and marked as
Region("footnote"). All offsets point into the returned text.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence

from ..model import Region

# Pieces of a page edge that are never content ---------------------------------------------
# Job number with optional language letter and print dates: "22-02898 (E) 020322",
# "V.14-03728 (R)", "GE.15-01234".
_JOB = r"(?:[A-Z]{1,3}\.)?\d{2}-\d{5}(?!\d)(?:\s*\([A-Z]\))?(?:\s++\d{6}(?!\d))*"
# Page counter "2/7" or "10/10" (only ever removed together with other edge furniture).
_PAGE_COUNTER = r"\d{1,3}\s*/\s*\d{1,3}(?![\d/])"
# A bare page number, optionally dashed or prefixed: "3", "- 3 -", "Page 3". A longer run of
# digits alone at a page edge ("1750", a chart's axis) is furniture too; possessive, so that
# the run is taken whole and never split into "page numbers" in exponentially many ways.
_PAGE_NUMBER = r"(?:[-–]\s*)?(?:[Pp]age\s+|[Pp]\.\s*)?\d++(?:\s*[-–])?"
# Bar code as printed or as its digits: "*2202898*".
_BARCODE = r"\*\d{5,}\*"
# "Please recycle" in the six languages, with the recycling sign if the font maps it (U+2672).
RECYCLE_NOTES = (
    "Please recycle",
    "Prière de recycler",
    "Por favor, recicle",
    "Por favor recicle",
    "Просьба отправить на вторичную переработку",
    "يرجى إعادة الاستعمال",
    "请回收",
)
_RECYCLE = "(?:" + "|".join(re.escape(n) for n in RECYCLE_NOTES) + r")\s*[♲♻]?"
# A UN document symbol: "A/HRC/14/15/Add.1", "S/2022/158", "CTOC/COP/WG.2/2013/5",
# "S/RES/687 (1991)".
_SYMBOL = re.compile(
    r"(?<![\w/])[A-Z][A-Z0-9]*(?:\.\d+)?(?:/[A-Za-z0-9][A-Za-z0-9.\-]*+)+(?:\s\(\d{4}\))?"
)
# Names that open a masthead line ("United Nations  A/RES/73/3"), in the six languages.
MASTHEAD_NAMES = (
    "United Nations",
    "Nations Unies",
    "Naciones Unidas",
    "Организация Объединенных Наций",
    "الأمم المتحدة",
    "联合国",
)
_MASTHEAD = re.compile(
    r"^\s*(?:" + "|".join(map(re.escape, MASTHEAD_NAMES)) + r")(?:\s+(\S+/\S+.*))?\s*$"
)
# The last masthead line: "Original: English", "Original : français", "Язык оригинала: английский".
_ORIGINAL = re.compile(
    r"^\s*(?:Original\s?:|Язык оригинала|Подлинный текст|الأصل\s?:|原文\s?[:：])"
)
# A footnote separator: a rule of underscores, "__________________".
_FOOTNOTE_RULE = re.compile(r"^\s*_{5,}\s*$")
# The start of a footnote: "1 Resolution 70/1.", "* Reissued for technical reasons.", "12 See ...".
_FOOTNOTE_START = re.compile(r"^\s*(?:\d{1,3}|\*{1,3})\s+\S")
# Ligatures that PDF fonts emit as one character ("ﬁnancial" -> "financial").
_LIGATURES = str.maketrans(
    {"ﬀ": "ff", "ﬁ": "fi", "ﬂ": "fl", "ﬃ": "ffi", "ﬄ": "ffl", "ﬅ": "st", "ﬆ": "st"}
)
_LIGATURE_CHARS = re.compile("[\ufb00-\ufb06]")
# Private-use characters: glyphs of symbol and bar-code fonts ("\uf02a\uf031..."), never text.
_PRIVATE_USE = re.compile("[\ue000-\uf8ff]")
# A word broken at a line end: "implemen-\ntation", "tuberculosis\ufffeassociated" (PDFium marks
# a line-end hyphen with U+FFFE), "Houthi -\ncontrolled", "soft\u00ad\nhyphen"; \f is a page break.
_BREAK = re.compile(
    r"(?<![^\W\d_])(?P<l>[^\W\d_]++)"
    r"(?P<h>[-‐\u00ad](?=[ \t]{0,80}[\n\f])|\ufffe|\u00ad| -)[ \t]*(?P<br>[\n\f][ \t]*)?"
    r"(?P<r>[^\W\d_]+)"
)
_WORD = re.compile(r"[^\W\d_]++")
# A hyphenated compound: "high-level", "Secretary-General".
_COMPOUND = re.compile(r"(?<![^\W\d_-])[^\W\d_]++(?:-[^\W\d_]++)+")
# Two or more spaces inside a line: "in conformity with      all relevant provisions".
_RUN_OF_SPACES = re.compile(r" {2,}")
_EDGE_LINES = 5  # lines at the top and the bottom of a page where running heads live


def clean_pages(
    pages: Sequence[str], footnotes: Sequence[str] = ()
) -> tuple[str, tuple[Region, ...]]:
    """The clean text of a paged document and its regions (footnotes, page breaks).

    `footnotes` are notes already known as such (DOCX footnotes.xml); notes found at the foot of
    PDF or text pages are added to them.
    """
    page_lines = [_normalize(p).split("\n") for p in pages]
    if page_lines:
        page_lines[0] = _masthead_first(page_lines[0])
    symbol = _document_symbol(page_lines)
    repeated = _repeated_edge_keys(page_lines, symbol)
    bodies: list[str] = []
    notes: list[str] = [_normalize(n).strip() for n in footnotes if n.strip()]
    for number, lines in enumerate(page_lines):
        kept = _drop_edges(lines, number, len(page_lines), symbol, repeated)
        body, page_notes = _split_footnotes(kept)
        notes.extend(page_notes)
        # Indentation and column padding are layout, not text (pdftotext -layout pads lines).
        text = _RUN_OF_SPACES.sub(" ", _trim_line_edges("\n".join(body))).strip(" \t\n")
        if text.strip():
            bodies.append(text)
    joined = "\f".join(bodies)
    everything = joined + "\n" + "\n".join(notes)
    vocabulary = (
        _vocabulary(everything) if _BREAK.search(everything) else (frozenset(), frozenset())
    )
    text = _dehyphenate(joined, vocabulary)
    regions = [Region("page-break", m.start(), m.end()) for m in re.finditer("\f", text)]
    parts, length = [text.replace("\f", "\n")], len(text)
    for note in notes:
        note = _RUN_OF_SPACES.sub(" ", _trim_line_edges(_dehyphenate(note, vocabulary)))
        parts.append(f"\n\n{note}")
        regions.append(Region("footnote", length + 2, length + 2 + len(note)))
        length += 2 + len(note)
    text = "".join(parts)
    return text, tuple(regions)


def _trim_line_edges(text: str) -> str:
    """Drop spaces and tabs at each line end and the next line start ("review, \n  having").

    Split and strip rather than a regex like "[ \\t]*\\n[ \\t]*", which a search restarts at every
    position of a long run of spaces (quadratic).
    """
    lines = text.split("\n")
    if len(lines) == 1:
        return text
    last = len(lines) - 1
    return "\n".join(
        line.rstrip(" \t") if i == 0 else line.lstrip(" \t") if i == last else line.strip(" \t")
        for i, line in enumerate(lines)
    )


def _normalize(text: str) -> str:
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if _LIGATURE_CHARS.search(text):
        text = text.translate(_LIGATURES)
    return _PRIVATE_USE.sub("", text)


def _masthead_first(lines: list[str]) -> list[str]:
    """Move a masthead stored after the body ("United Nations A/HRC/DEC/28/111 ...") to the top."""
    content = [i for i, line in enumerate(lines) if line.strip()]
    heads = [i for i in content if _MASTHEAD.match(lines[i])]
    if not heads or heads[0] in content[:3]:
        return lines
    start = heads[0]
    end = next((i for i in content if start <= i <= start + 8 and _ORIGINAL.match(lines[i])), None)
    if end is None:
        if len([i for i in content if i > start]) > 6:
            return lines  # a "United Nations ..." line inside the body, not a masthead
        end = len(lines) - 1
    return lines[start : end + 1] + lines[:start] + lines[end + 1 :]


def _document_symbol(page_lines: list[list[str]]) -> str | None:
    """The symbol printed in the masthead, else the one repeated at the top of later pages."""
    for line in page_lines[0][:40] if page_lines else ():
        m = _MASTHEAD.match(line)
        if m and m.group(1):
            found = _SYMBOL.search(m.group(1))
            if found:
                return found.group(0)
    counts: Counter[str] = Counter()
    for lines in page_lines[1:]:
        counts.update({s.group(0) for i in _edge(lines) for s in _SYMBOL.finditer(lines[i])})
    common = counts.most_common(1)
    return common[0][0] if common and common[0][1] >= 2 else None


def _edge(lines: list[str]) -> list[int]:
    content = [i for i, line in enumerate(lines) if line.strip()]
    if len(content) <= 2 * _EDGE_LINES:
        return content
    return content[:_EDGE_LINES] + content[-_EDGE_LINES:]


# A line made only of page furniture once the document symbol is taken out:
# "2/7 22-02898", "*2202898*", "- 3 -", "" (the symbol alone). Each piece is an atomic group, so
# a run of digits cannot be split into "page numbers" in exponentially many ways.
_FURNITURE = re.compile(
    r"^\s*(?>(?:" + "|".join((_JOB, _PAGE_COUNTER, _BARCODE, _RECYCLE, _PAGE_NUMBER)) + r")\s*)*$"
)


def _is_furniture(line: str, symbol: str | None) -> bool:
    """A whole line of page furniture (job numbers, counters, bar codes, the symbol)."""
    return bool(_FURNITURE.match(line.replace(symbol, " ") if symbol else line))


# Furniture that can only be furniture, wherever it stands on the page: "22-02898 (E) 020322".
_STRONG = re.compile(f"{_JOB}|{_BARCODE}|{_RECYCLE}")


# What differs from page to page in a running head: "22-02898 (E) 020322", "2/7".
_PAGE_PARTS = re.compile(f"{_JOB}|{_PAGE_COUNTER}")


def _key(line: str, symbol: str | None) -> str:
    """A line with its page-specific parts removed, for spotting running titles."""
    if symbol:
        line = line.replace(symbol, " ")
    return " ".join(_PAGE_PARTS.sub(" ", line).split()).casefold()


def _repeated_edge_keys(page_lines: list[list[str]], symbol: str | None) -> frozenset[str]:
    """Lines at the edge of at least 40% of the pages (odd and even pages carry different heads)."""
    n = len(page_lines)
    if n < 2:
        return frozenset()
    counts: Counter[str] = Counter()
    for lines in page_lines:
        counts.update({_key(lines[i], symbol) for i in _edge(lines)})
    threshold = max(2, math.ceil(0.4 * (n - 1)))
    return frozenset(
        k
        for k, c in counts.items()
        if c >= threshold and len(_WORD.findall(k)) and sum(len(w) for w in _WORD.findall(k)) >= 3
    )


def _drop_edges(
    lines: list[str], number: int, pages: int, symbol: str | None, repeated: frozenset[str]
) -> list[str]:
    edge = set(_edge(lines))
    drop: set[int] = set()
    for i, line in enumerate(lines):
        if not line.strip():
            continue
        if _is_furniture(line, symbol):
            if _STRONG.search(line):
                drop.add(i)  # a job number or bar code line, wherever it is
            elif i not in edge:
                continue
            # Page 1 keeps its masthead symbol; a lone number there is only a page number
            # when there are more pages.
            elif number == 0 and (
                (symbol and symbol in line) or (pages == 1 and line.strip().isdigit())
            ):
                continue
            else:
                drop.add(i)
        elif (
            repeated
            and i in edge
            and _key(line, symbol) in repeated
            and not (number == 0 and _MASTHEAD.match(line))
        ):
            drop.add(i)
    return [line for i, line in enumerate(lines) if i not in drop]


def _split_footnotes(lines: list[str]) -> tuple[list[str], list[str]]:
    """Body lines and the footnotes under the last rule of underscores on the page."""
    rules = [i for i, line in enumerate(lines) if _FOOTNOTE_RULE.match(line)]
    if not rules:
        return lines, []
    rule = rules[-1]
    after = [line for line in lines[rule + 1 :] if line.strip()]
    if not after:
        return lines[:rule] + lines[rule + 1 :], []  # an end-of-text rule: decoration
    if not _FOOTNOTE_START.match(after[0]):
        return lines, []
    notes: list[list[str]] = []
    for line in after:
        if _FOOTNOTE_START.match(line) or not notes:
            notes.append([line.strip()])
        else:
            notes[-1].append(line.strip())
    return lines[:rule], ["\n".join(note) for note in notes]


def _vocabulary(text: str) -> tuple[frozenset[str], frozenset[str]]:
    """The words and hyphenated compounds of a text, the halves of broken words left out."""
    plain = _BREAK.sub(" ", text)
    return (
        frozenset(w.casefold() for w in _WORD.findall(plain)),
        frozenset(w.casefold() for w in _COMPOUND.findall(plain)),
    )


def _dehyphenate(text: str, vocabulary: tuple[frozenset[str], frozenset[str]]) -> str:
    """Join words broken across lines; keep the hyphen of compounds ("high-level")."""
    words, compounds = vocabulary

    def join(m: re.Match[str]) -> str:
        left, hyphen, right = m.group("l", "h", "r")
        compound = f"{left}-{right}"
        if hyphen == " -":
            return compound if compound.casefold() in compounds else m.group(0)
        if hyphen == "\u00ad":
            return left + right
        if right[0].isupper() or compound.casefold() in compounds:
            return compound
        if (left + right).casefold() in words:
            return left + right
        if len(left) > 1 and len(right) > 1 and {left.casefold(), right.casefold()} <= words:
            return compound
        return left + right

    return _BREAK.sub(join, text)
