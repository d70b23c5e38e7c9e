"""The citing document's own metadata: front matter, header block, language.

A UN document starts with a header (symbol, distribution date, session, agenda item,
body, title, "Note by the Secretariat" ...). It is metadata, not references; where it
ends is found by its look (the first numbered paragraph, a preamble line such as
"The General Assembly,", or a long running line).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from .bodies import BodyMatcher, body_index, matcher
from .dates import find_dates
from .grammar import lang
from .headless import headless_act, preamble_body
from .headsession import own_session
from .languages import LANGUAGES, Lang, load_data
from .symbols import SYMBOL, read_symbol

# YAML front matter some pipelines add: "---\nsymbol: A/RES/80/9\ntitle: ...\n---"
FRONT_MATTER = re.compile(r"\A\ufeff?---[ \t]*\r?\n(?P<body>.*?)\r?\n---[ \t]*(?:\r?\n|\Z)", re.S)
# One "key: value" line of front matter: 'title: "2025 Political Declaration"'
_FM_LINE = re.compile(r"^(?P<k>[A-Za-z_][\w-]*)\s*:\s*(?P<v>.*?)\s*$", re.M)
# A numbered paragraph opens the body of the text: "1. The Working Group ...", "\t\t1.\tWelcomes"
_PARAGRAPH = re.compile(r"^[ \t]*\d{1,3}\.[ \t]+\S", re.M)
# "Distr.: General" (every language version keeps it in English)
_DISTR = re.compile(r"Distr\.?\s*:?\s*(?:General|Limited|Restricted|GENERAL|LIMITED)", re.I)
# A number heading of an adopted act: "80/9. 2025 Political Declaration", "28/111."
# (Arabic joins number and title with a dash: "80/185 - التعاون الدولي", "61/104- نتائج")
_ACT_HEADING = re.compile(
    r"^[ \t]*(?P<s>\d{1,4})/(?P<n>\d{1,4})(?:\.|[ \t]*-(?!\d))[ \t]*(?P<title>[^\n]*)$", re.M
)
# The heading of a Security Council resolution: "RESOLUTION 820 (1993)"
# (with its date: "Resolution 892 (1993) of 22 December 1993")
_SC_HEADING = re.compile(
    r"^\s*RESOLUTION\s+(\d{1,4})\s*\((\d{4})\)(?:[ \t]+of[ \t]+[^\n]{3,20}?(?:19|20)\d\d)?\s*$",
    re.M | re.I,
)
# A bold block in Markdown-like text: "**Доклад о работе совещания ...**"
_BOLD = re.compile(r"\*\*(?P<t>[^*]{3,400}?)\*\*", re.S)
_SYMBOL_RE = re.compile(SYMBOL)
# Runs of letters of a script: their total length counts the script's letters
_SCRIPTS = (
    ("ru", re.compile(r"[\u0400-\u04ff]+")),
    ("ar", re.compile(r"[\u0600-\u06ff]+")),
    ("zh", re.compile(r"[\u4e00-\u9fff]+")),
)
_LATIN_WORD = re.compile(r"[A-Za-zÀ-ÿ]+")
MAX_HEADER_CHARS = 4000
MAX_HEADER_LINES = 60


@dataclass(frozen=True, slots=True)
class Header:
    """What the header says about the document, and where it ends (scan offsets)."""

    start: int  # after the front matter
    end: int  # first character of the body of the text
    symbol: str | None = None
    body: str | None = None
    date: str | None = None
    adopted: str | None = None  # an act's adoption date, from its "adopted by ... on" line
    # the adoption line names the meeting: "Adopted by the Security Council at its 2248th meeting"
    adopted_at_meeting: bool = False
    title: str | None = None
    doc_kind: str | None = None
    session: str | None = None
    agenda_item: str | None = None
    original_language: str | None = None


def front_matter(scan: str) -> tuple[dict[str, str], int]:
    """The key/value pairs of a leading front-matter block, and where the text resumes."""
    m = FRONT_MATTER.match(scan)
    if not m:
        return {}, 0
    values = {}
    for line in _FM_LINE.finditer(m.group("body")):
        values[line.group("k").lower()] = line.group("v").strip().strip("\"'").strip()
    return values, m.end()


def detect_language(scan: str) -> str:
    """ISO 639-1 code by script, then by frequent words for Latin-script texts."""
    sample = scan[:2000]
    if not sample.isascii():
        counts = {code: sum(map(len, rx.findall(sample))) for code, rx in _SCRIPTS}
        best = max(counts, key=counts.__getitem__)
        latin = len(_LATIN_WORD.findall(sample))
        if counts[best] > 20 and counts[best] * (3 if best == "zh" else 1) > latin:
            return best
    words = _LATIN_WORD.findall(sample.lower())
    scores = {code: sum(map(stop.__contains__, words)) for code, stop in _stopwords().items()}
    return max(scores, key=scores.__getitem__) if any(scores.values()) else "en"


@cache
def _stopwords() -> dict[str, frozenset[str]]:
    return {code: frozenset(load_data(code)["stopwords"]) for code in ("en", "fr", "es")}


@cache
def _header_patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """Header marks, report title lines and author lines of every language (data: [header])."""
    heads = [load_data(code)["header"] for code in LANGUAGES]
    names = "|".join(re.escape(h["organization"]) for h in heads if h.get("organization"))
    # What only a document header has: "Distr.: General", the organization's name or a
    # symbol alone on a line (or the two together: "United Nations FCCC/SBSTA/2023/4"),
    # "RESOLUTION 820 (1993)", "Original: English", a bold block
    mark = re.compile(
        rf"Distr\.|^[ \t|]*(?:{names})[ \t|]*$|^[ \t|]*(?:(?:{names})[ \t|]+)?"
        r"[A-Z]{1,8}(?:/[\w.()-]+){2,}[ \t|]*$"
        r"|^\s*RESOLUTION\s+\d+|Original\s*:|^\s*\*\*",
        re.M | re.I,
    )
    words = "|".join(
        rf"(?:(?:{'|'.join(map(re.escape, h.get('report_qualifiers', [])))})[ \t]+)?"
        rf"(?i:{re.escape(h['report_word'])})"
        if h.get("report_qualifiers")
        else re.escape(h["report_word"])
        for h in heads
        if h.get("report_word")
    )
    # A report's title line: "Report of the Working Group on the Universal Periodic Review",
    # "Interim report of the Secretary-General on ..." (a qualifier before the word)
    report = re.compile(rf"^[ \t]*((?:{words})\b[^\n]{{10,300}})$", re.M)
    authors = "|".join(re.escape(a) for h in heads for a in h.get("author_lines", []))
    # A line naming the author, not the subject: "Report of the Secretary-General"
    author = re.compile(rf"^[ \t]*(?:{authors})[ \t*]*$", re.M)
    return mark, report, author


@cache
def _preamble(code: str) -> re.Pattern[str]:
    """The preamble line of a language's acts ("The General Assembly,"), multiline."""
    return re.compile(lang(code).header.get("preamble", "(?!)"), re.M)


def header_end(scan: str, start: int, lang_: Lang) -> int:
    """Where the header block ends (see module docstring); ``start`` when there is none."""
    head = scan[start : start + 1500]
    if not _header_patterns()[0].search(head) or head.count("\n") < 3:
        return start  # a passage, a sentence: no header to skip
    preamble = _preamble(lang_.code)
    agenda = lang_.agenda_item
    kinds = [k for k, _ in lang_.kinds] + [k for k, _ in lang("en").kinds]
    pos = start
    for count, line in enumerate(scan[start : start + MAX_HEADER_CHARS].splitlines(True)):
        stripped = line.strip()
        if count >= MAX_HEADER_LINES:
            break
        long = len(stripped) >= 160 and not (
            _DISTR.search(line) or agenda.search(line) or any(k.match(line) for k in kinds)
        )
        if long or _PARAGRAPH.match(line) or preamble.match(line):
            return pos
        pos += len(line)
    return min(pos, start + MAX_HEADER_CHARS, len(scan))


def parse_header(scan: str, lang_: Lang, fm: dict[str, str], start: int) -> Header:
    """Metadata from the front matter and the header block."""
    end = header_end(scan, start, lang_)
    text = scan[start:end]
    langs = [lang_] + [lang(c) for c in LANGUAGES if c != lang_.code]
    symbol = _own_symbol(fm, text)
    index = body_index()
    body = index.code_for_symbol(symbol) if symbol else None
    mat = matcher(lang_.code)
    session_no, session_pos = own_session(text, langs, mat, body)
    if body is None:
        body = _header_body(mat, text, session_pos)
    if body is None:
        body = preamble_body(scan, start, lang_, mat)
    doc_kind = _kind(symbol, text, [lang_, lang("en")])
    if symbol is None:
        symbol, doc_kind, body = headless_act(scan, start, lang_, mat) or (None, doc_kind, body)
    if symbol is None:
        symbol = _symbol_from_heading(text, doc_kind, body)
        if symbol and body is None:
            body = index.code_for_symbol(symbol.split("(")[0])
    session = f"{body} session {session_no}" if body and session_no else None
    adopted = _adoption_date(scan, start, end, [lang_, lang("en")], doc_kind)
    return Header(
        start=start,
        end=end,
        symbol=symbol,
        body=body,
        date=_date(fm, scan, start, end, langs, lang_),
        adopted=adopted[0] if adopted else None,
        adopted_at_meeting=bool(adopted and adopted[1]),
        title=_title(fm, text, mat),
        doc_kind=doc_kind,
        session=session,
        agenda_item=_agenda(text, langs),
        original_language=_original(text, langs),
    )


def _own_symbol(fm: dict[str, str], text: str) -> str | None:
    if fm.get("symbol"):
        sym = read_symbol(fm["symbol"].replace(" ", ""), None)
        if sym:
            return sym.key
    for m in _SYMBOL_RE.finditer(text[:1500]):
        before = text[max(0, m.start() - 2) : m.start()]
        if "(" in before or "[" in before or text[: m.start()].count("\n") > 15:
            continue  # "(A/80/L.8)": a symbol cited in the header, not the document's own
        sym = read_symbol(m.group("sym"), m.group("paren"))
        if sym and sym.kind != "unresolved":
            return sym.key
    return None


def _header_body(mat: BodyMatcher, text: str, session_pos: int) -> str | None:
    mentions = [m for m in mat.find(text) if m.code]
    if not mentions:
        return None
    if session_pos >= 0:
        before = [m for m in mentions if m.end <= session_pos]
        if before:
            return before[-1].code
    return mentions[0].code


def _kind(symbol: str | None, text: str, langs: list[Lang]) -> str | None:
    if symbol:
        parts = symbol.replace("(", "/").split("/")
        table = load_data("symbols")["kind_components"]
        for part in reversed(parts):
            head = part.split(".")[0]
            if head in table and (head != "L" or "." in part):
                return table[head]
    found: str | None = None
    kinds = [k for lg in langs for k in lg.kinds]
    any_kind = _any_kind(tuple(lg.code for lg in langs))
    for line in text.splitlines():  # the last kind line of the header wins
        if len(line.strip()) < 4 or not any_kind.search(line):
            continue  # (one search says whether any of the patterns matches the line)
        for pattern, kind in kinds:
            if pattern.search(line):
                found = kind
                break
    return found


@cache
def _any_kind(codes: tuple[str, ...]) -> re.Pattern[str]:
    """One pattern matching where any kind line pattern of these languages matches."""
    patterns = [p.pattern for code in codes for p, _ in lang(code).kinds]
    return re.compile("|".join(f"(?:{p})" for p in patterns) or "(?!)")


def _symbol_from_heading(text: str, kind: str | None, body: str | None) -> str | None:
    """ "RESOLUTION 820 (1993)" heading an SC resolution -> S/RES/820(1993)."""
    m = _SC_HEADING.search(text)
    if m:
        return f"S/RES/{m.group(1)}({m.group(2)})"
    h = _ACT_HEADING.search(text)
    if h and kind in ("resolution", "decision") and body:
        from .acts import act_key
        from .lists import Item

        form = "yearslash" if int(h.group("s")) >= 1946 else "session"
        key = act_key(kind, Item(0, 0, form, h.group("n"), s=h.group("s")), body, 1.0)
        if key.kind != "unresolved" and " " not in key.key:
            return key.key
    return None


def _adoption_date(
    scan: str, start: int, end: int, langs: list[Lang], doc_kind: str | None
) -> tuple[str, bool] | None:
    """An act's date is the day it was adopted, not the day it was distributed:
    "Resolution adopted by the General Assembly on 24 December 2021"; and whether the line
    names the meeting ("Adopted by the Security Council at its 3200th meeting, on ...")."""
    if doc_kind not in ("resolution", "decision"):
        return None
    kinds = [p for lg in langs for p, k in lg.kinds if k == doc_kind]
    pos = start
    lines = scan[start:end].splitlines(True)
    for n, line in enumerate(lines):
        if any(p.search(line) for p in kinds):
            # the date on the line, or on the next ("... at its 4683rd meeting,\non 30 ...")
            nxt = lines[n + 1] if n + 1 < len(lines) else ""
            for lg in langs:
                found = find_dates(lg, scan, pos, pos + len(line) + len(nxt))
                if found:
                    noun = lg.meeting_noun.search(scan, pos, found[0].start)
                    return found[0].iso, noun is not None
        pos += len(line)
    return None


def _date(fm, scan: str, start: int, end: int, langs: list[Lang], lang_: Lang) -> str | None:
    distr = _DISTR.search(scan, start, end)
    if distr:
        window = (distr.end(), min(end, distr.end() + 300))
        found = [
            d
            for lg in {lang_.code: lang_, "en": lang("en")}.values()
            for d in find_dates(lg, scan, *window)
        ]
        if found:
            return min(found, key=lambda d: d.start).iso
    if fm.get("date") and re.match(r"\d{4}-\d\d-\d\d", fm["date"]):
        return fm["date"][:10]
    for lg in langs[:2]:
        dates = find_dates(lg, scan, start, end)
        if dates:
            return dates[0].iso
    return None


def _title(fm: dict[str, str], text: str, mat: BodyMatcher) -> str | None:
    if fm.get("title"):
        return fm["title"].rstrip(" :")
    for m in _BOLD.finditer(text):
        title = " ".join(m.group("t").split())
        found = mat.find(title)
        if found and found[0].start == 0 and found[0].end >= len(title) - 1:
            continue  # the issuing body's name in bold
        return title
    h = _ACT_HEADING.search(text)
    if h:
        title = h.group("title").strip()
        if not title:
            rest = text[h.end() :].lstrip("\n").split("\n", 1)[0]
            title = rest.strip()
        return title or None
    _, report_line, author_line = _header_patterns()
    report = report_line.search(text)
    if report and not author_line.match(report.group(1)):
        return _wrapped_title(report.group(1), text, report.end(), author_line)
    author = author_line.search(text)
    if author:  # "Review of mandates ...\n\nReport of the Secretary-General": the line before
        before = [ln.strip() for ln in text[: author.start()].splitlines() if ln.strip()]
        if before and _width(before[-1]) > 12 and not _DISTR.search(before[-1]):
            return before[-1].strip(" *")
    return None


_TITLE_LINES = 4  # most lines a wrapped title spans
# A line that opens the body rather than continuing a title: "I. Introduction", "1. By its",
# "A. Political developments" (a PDF's text layer often has no blank line before it)
_BODY_START = re.compile(r"[ \t]*(?:[IVX]{1,5}|\d{1,3}|[A-H])[ \t]*[.)][ \t]+\S")


def _wrapped_title(first: str, text: str, end: int, author_line: re.Pattern[str]) -> str:
    """A title with the lines it wraps onto: "Report of the Working Group on the Universal
    Periodic\nReview*" is one title. It ends at a blank line, an author line ("Report of the
    Secretary-General"), a heading or numbered paragraph ("I. Introduction") or the end of the
    header."""
    lines = [first]
    for line in text[end:].lstrip("\r").split("\n")[1:_TITLE_LINES]:
        if (
            not line.strip()
            or author_line.match(line)
            or _DISTR.search(line)
            or _BODY_START.match(line)
        ):
            break
        lines.append(line)
    return " ".join(" ".join(lines).split()).strip(" *\r")


def _width(line: str) -> int:
    """Display width of a line: Chinese characters count twice ("审查大会授权的任务" is 18)."""
    return len(line) + len(_CJK.findall(line))


# A Chinese character
_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")


def _agenda(text: str, langs: list[Lang]) -> str | None:
    for lg in langs:
        m = lg.agenda_item.search(text)
        if m:
            item = m.groupdict().get("item") or m.groupdict().get("item2") or ""
            item = re.sub(r"\s+", " ", item).strip(" *")
            item = re.sub(r"\s*\(\s*", "(", item).replace(" )", ")")
            if item:
                return item
    return None


@cache
def _language_names() -> dict[str, str]:
    """Language names of every language ("English", "anglais", "英文") -> code."""
    names: dict[str, str] = {}
    for code in LANGUAGES:
        names.update({k.lower(): v for k, v in load_data(code)["language_names"].items()})
    return names


def _original(text: str, langs: list[Lang]) -> str | None:
    names = _language_names()
    for lg in langs:
        m = lg.original.search(text)
        if m:
            code = names.get(m.group("lang").lower().strip("."))
            if code:
                return code
    return None
