"""The extraction pass over one document: literal anchors, then full patterns where they are.

Order of work: normalise (only when needed), read the front matter and header, find
body names, then one scan for symbols, act keywords and session nouns, then meetings,
then the body mentions left over. Every reference's offsets are mapped back to the text
as given.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field
from functools import cache, lru_cache

from .. import __version__
from ..keys import iri_for
from ..model import Document, DocumentRecord, Reference
from ..vocab import DEFAULT_BASE
from .acts import act_key, adopting_body, form_default, templates, uses_form
from .bodies import BodyContext, matcher
from .dates import date_before, find_dates
from .header import detect_language, front_matter, parse_header
from .languages import Lang, lang, load_data
from .lists import ITEM, Item, parse_item, parse_list
from .normalize import ScanText, scan_text
from .relations import Cue, read_cue, subject_of
from .sentences import Footnotes, Sentences
from .symbols import SUFFIX_LIST, SYMBOL, read_symbol

# UNFCCC decision numbers standing alone: "1/CP.21", "3/CMA.1" (in tables, or after "and")
UNFCCC = re.compile(r"\d{1,3}/(?:CP|CMP|CMA)\.\d{1,2}(?![\w/])")
# A heading line holding only an act keyword and one number: "Decision 1/CMA.1"
_HEADING_TAIL = re.compile(r"[ \t]*\.?[ \t]*\r?(?:\n|$)")
_SLASH = re.compile("/")
_SYMBOL = re.compile(SYMBOL)
# Characters a symbol's first components are made of, read backwards from a slash
_SYMBOL_CHARS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789.-")
_SYMBOL_CHARS |= frozenset(load_data("symbols")["lookalikes"])


@dataclass(frozen=True)
class Scanners:
    """The compiled patterns of one language for the scan, and their literal anchors."""

    act: re.Pattern[str] | None
    zh: re.Pattern[str] | None
    session: re.Pattern[str]
    act_anchors: tuple[re.Pattern[str], ...]
    session_anchors: tuple[re.Pattern[str], ...]


@cache
def scanners(code: str) -> Scanners:
    """Patterns of a language: full forms, and the literal pieces searched first.

    Python's regex engine finds a literal ("esolution") hundreds of times faster than
    an alternation; the full pattern is tried only where a literal is found.
    """
    lg = lang(code)
    literals = lambda xs: tuple(re.compile(re.escape(x)) for x in xs)  # noqa: E731
    return Scanners(
        act=None if lg.zh_list else re.compile(lg.act_head),
        zh=re.compile(lg.zh_list) if lg.zh_list else None,
        session=re.compile(lg.session_anchor),
        act_anchors=literals(lg.data["acts"].get("anchors", [])),
        session_anchors=literals(lg.data["sessions"].get("anchors", [])),
    )


def _word_start(scan: str, pos: int, floor: int) -> int:
    """Back from ``pos`` over letters (a keyword's first letters, Arabic clitics)."""
    limit = max(floor, pos - 8)
    while pos > limit and scan[pos - 1].isalpha():
        pos -= 1
    return pos


def _events(run: Run) -> list[tuple[int, str, object]]:
    """Where the scan must look, in text order: symbols, act keywords, session nouns."""
    scan, start = run.scan, run.start
    sc = scanners(run.lg.code)
    events: list[tuple[int, str, object]] = []
    covered = -1
    for m in _SLASH.finditer(scan, start):
        slash = m.start()
        if slash < covered or slash == start or scan[slash - 1] not in _SYMBOL_CHARS:
            continue  # inside the last symbol; or "حزيران/يونيه", "and/or"
        j, floor = slash, max(start, slash - 24)
        while j > floor and scan[j - 1] in _SYMBOL_CHARS:
            j -= 1
        while j < slash and not (scan[j].isupper() or scan[j].isdigit()):
            j += 1
        if j == slash or (j > 0 and (scan[j - 1].isalnum() or scan[j - 1] == "/")):
            continue
        if scan[j].isdigit():
            cop = UNFCCC.match(scan, j)
            if cop:
                events.append((j, "cop", cop))
            continue
        sm = _SYMBOL.match(scan, j)
        if sm:
            events.append((j, "sym", sm))
            covered = sm.end()
    if sc.act is not None:
        for anchor in sc.act_anchors:
            for m in anchor.finditer(scan, start):
                ws = _word_start(scan, m.start(), start)
                am = sc.act.match(scan, ws)
                if am:
                    events.append((ws, "act", am))
    if sc.zh is not None:
        for anchor in sc.act_anchors:
            for m in anchor.finditer(scan, start):
                zm = _zh_list_before(sc.zh, scan, m, start)
                if zm:
                    events.append((zm.start(), "zh", zm))
    for anchor in sc.session_anchors:
        for m in anchor.finditer(scan, start):
            ws = _word_start(scan, m.start(), start)
            sm = sc.session.match(scan, ws) or sc.session.match(scan, m.start())
            if sm:
                events.append((sm.start(), "sess", sm))
    events.sort(key=lambda e: (e[0], e[1]))
    return events


def _zh_list_before(pattern: re.Pattern[str], scan: str, anchor: re.Match[str], floor: int):
    """The numbered list ending at a Chinese keyword ("第1267(1999)和第1333(2000)号决议")."""
    lo = max(floor, anchor.start() - 600)
    best = None
    for m in pattern.finditer(scan, lo, anchor.end() + 2):
        if m.start() <= anchor.start() < m.end():
            best = m
            break
    return best


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

    @property
    def scan(self) -> str:
        return self.st.scan

    def add(
        self, kind: str, key: str, start: int, end: int, rule: str, *, relation: str = "cites",
        confidence: float = 1.0, body: str | None = None, subject: str | None = None,
        date: str | None = None, head: int | None = None,
    ) -> None:
        a, b = self.st.span(start, end)
        text = self.doc.text[a:b]
        ev = self.sentences.evidence(start if head is None else head, end)
        self.refs.append(
            Reference(
                kind=kind, key=key, iri=_iri(kind if kind != "unresolved" else "document", key,
                                             self.base),
                relation=relation, text=text, start=a, end=b, evidence=ev, rule=rule,
                confidence=round(confidence, 2), body=body, subject=subject, date=date,
                in_footnote=self.footnotes.contains(start),
            )
        )


_iri = lru_cache(maxsize=1 << 16)(iri_for)  # the same keys recur across a corpus


def extract(document: Document, base: str = DEFAULT_BASE) -> DocumentRecord:
    """Extract the record of one document (see graph.extract.extract_record)."""
    st = scan_text(document.text)
    scan = st.scan
    fm, start = front_matter(scan)
    language = document.language or detect_language(scan[start:])
    lg = lang(language)
    header = parse_header(scan, lg, fm, start)
    mentions = matcher(lg.code).find(scan)
    ctx = BodyContext(mentions, header.body)
    to_scan = _to_scan(st)
    run = Run(
        doc=document, st=st, lg=lg, base=base, symbol=header.symbol, citing=header.body,
        start=start, header_end=header.end, ctx=ctx, sentences=Sentences(scan, lg),
        footnotes=Footnotes(scan, document.regions, to_scan),
    )
    _scan_master(run)
    _meetings(run)
    _body_mentions(run)
    refs = sorted(set(run.refs), key=lambda r: (r.start, r.end, r.kind, r.key))
    return DocumentRecord(
        source=document.source, language=lg.code if document.language is None else language,
        symbol=header.symbol, body=header.body, date=header.date, title=header.title,
        doc_kind=header.doc_kind, session=header.session, agenda_item=header.agenda_item,
        original_language=header.original_language, sha256=document.sha256,
        encoding=document.encoding, media_type=document.media_type,
        extractor_version=__version__, references=tuple(refs),
    )


def ctx_ancestors(code: str | None) -> list[str]:
    from .bodies import body_index

    return body_index().ancestors(code)


def _to_scan(st: ScanText):
    """Original offset -> scan offset (for regions given by the reader), or None."""
    if not st.deleted_at:
        return None
    from bisect import bisect_left

    removed = [d + n for n, d in enumerate(st.deleted_at)]  # original indices
    return lambda i: i - bisect_left(removed, i)


def _scan_master(run: Run) -> None:
    skip_until = run.start
    last_symbol_end = -1
    for pos, kind, m in _events(run):
        if pos < skip_until:
            continue
        if kind == "sym":
            sm = m
            joint = pos == last_symbol_end + 1 and run.scan[pos - 1] == "-"
            end = _symbol(run, sm, joint)
            last_symbol_end = end
            skip_until = end
        elif kind == "act":
            skip_until = max(skip_until, _act(run, m))
        elif kind == "zh":
            skip_until = max(skip_until, _zh_act(run, m))
        elif kind == "sess":
            skip_until = max(skip_until, _session(run, m))
        elif kind == "cop":
            skip_until = max(skip_until, _unfccc_alone(run, m))


# ----------------------------------------------------------------- symbols


def _symbol(run: Run, m: re.Match[str], joint: bool) -> int:
    sym = read_symbol(m.group("sym"), m.group("paren"))
    end = m.end() - (sym.end_trim if sym else 0)
    if sym is None:
        return m.end("sym")
    if sym.key == run.symbol:
        return end  # the document's own symbol (running header, front matter)
    rule = "symbol-joint" if joint else "symbol"
    sentence = run.sentences.bounds(m.start(), end)
    cue = read_cue(run.scan, run.lg, sentence, m.start(), end)
    relation = cue.relation if cue else "cites"
    run.add(sym.kind, sym.key, m.start(), end, rule, relation=relation,
            confidence=sym.confidence, body=sym.body)
    if sym.kind == "document":
        run.last_document = (end, sym.key)
    pos = end
    if sym.kind == "document":
        base = re.sub(r"/(?:Add|Corr|Rev|Amend)\.\d+$", "", sym.key)
        while True:
            more = SUFFIX_LIST.match(run.scan, pos)
            if more is None:
                break
            a, b = int(more.group("a")), int(more.group("b") or more.group("a"))
            name = more.group("part").split(".")[0]
            for n in range(a, min(b, a + 20) + 1):
                run.add("document", f"{base}/{name}.{n}", more.start("part"), more.end("part"),
                        "symbol-suffix", relation=relation, body=sym.body)
            pos = more.end()
    return pos


# ----------------------------------------------------------------- acts


def _act(run: Run, m: re.Match[str]) -> int:
    scan, lg = run.scan, run.lg
    kind = "resolution" if m.group("res") is not None else "decision"
    ks, ke = m.start(), m.end()
    acts = parse_list(scan, ke, lg, min(len(scan), ke + 50000))
    if not acts.items:
        return ke
    if _is_heading(scan, ks, acts.end, m.group("res") or m.group("dec")):
        return acts.end
    if acts.items[0].form == "bare" and "\n" in scan[ks:acts.items[0].start]:
        return ke  # "funding decisions\n\t\t8. These arrangements": a paragraph number
    explicit, skip = _explicit_body(run, m, acts.end)
    if explicit is None:
        explicit = _series_before(run, ks)
    possessive = bool(lg.possessive_before.search(scan, max(0, ks - 60), ks)) or bool(
        lg.possessive_in_keyword.search(m.group("res") or m.group("dec") or "")
    )
    _emit_acts(run, kind, acts.items, ks, acts.end, explicit, possessive, skip, "act-list")
    return acts.end


def _zh_act(run: Run, m: re.Match[str]) -> int:
    scan, lg = run.scan, run.lg
    kind = "resolution" if m.group("zres") is not None else "decision"
    kw_start = m.start("zres") if m.group("zres") is not None else m.start("zdec")
    items = []
    pos = m.start()
    while pos < kw_start:
        im = ITEM.search(scan, pos, kw_start)
        if im is None:
            break
        item = parse_item(im)
        if item.form != "bad":
            items.append(item)
        pos = im.end()
    if not items:
        return m.end()
    head = m.start()
    date = date_before(lg, scan, head)
    if date:
        items[0] = Item(*[getattr(items[0], f) for f in
                          ("start", "end", "form", "n", "s", "year", "roman", "sp", "cop")],
                        date=date)
        head = date.start
    explicit, skip = _explicit_body(run, m, m.end(), before=head)
    possessive = bool(lg.possessive_before.search(scan, max(0, head - 60), head))
    items[-1] = Item(items[-1].start, m.end(), *[getattr(items[-1], f) for f in
                     ("form", "n", "s", "year", "roman", "sp", "cop", "date")])
    _emit_acts(run, kind, tuple(items), m.start(), m.end(), explicit, possessive, skip, "act-list")
    return m.end()


def _unfccc_alone(run: Run, m: re.Match[str]) -> int:
    """"1/CMA.1" without a keyword: a decision, unless it heads a table row."""
    line_start = run.scan.rfind("\n", 0, m.start()) + 1
    if run.scan[line_start : m.start()].strip() == "" and re.match(r"[ \t]*\t|[ \t]{2,}", run.scan[m.end():m.end() + 3]):
        return m.end()  # a table-of-contents row: "\t1/CMA.1\tMatters relating to ..."
    im = ITEM.match(run.scan, m.start())
    if im is None:
        return m.end()
    item = parse_item(im)
    _emit_acts(run, "decision", (item,), m.start(), m.end(), None, False, set(), "unfccc-number")
    return m.end()


def _is_heading(scan: str, ks: int, end: int, keyword: str) -> bool:
    """"Decision 1/CMA.1" alone on its line heads the act itself: not a reference."""
    line_start = scan.rfind("\n", 0, ks) + 1
    if scan[line_start:ks].strip() or not keyword[:1].isupper():
        return False
    if "\n" in scan[ks:end].split(keyword, 1)[-1][:8]:
        return True  # a table of contents: "Resolution\n\t1/CP.24\tExpression of gratitude"
    return bool(_HEADING_TAIL.match(scan, end)) and "," not in scan[ks:end] and " and " not in scan[ks:end]


def _explicit_body(run: Run, m: re.Match[str], end: int, before: int | None = None):
    """A body named right before the keyword, between keyword and number, or after the list."""
    ctx, scan, lg = run.ctx, run.scan, run.lg
    head = m.start() if before is None else before
    skip: set[int] = set()
    between = m.groupdict().get("between")
    if between:
        i = ctx.at(m.start("between"))
        if i < len(ctx.mentions) and ctx.mentions[i].start == m.start("between"):
            skip.add(ctx.mentions[i].start)
            return ctx.resolved[i] or "?", skip
    i = ctx.at(head) - 1
    if i >= 0:
        mention = ctx.mentions[i]
        if mention.end <= head and lg.body_before_gap.fullmatch(scan, mention.end, head):
            skip.add(mention.start)
            return ctx.resolved[i] or "?", skip
    conn = lg.body_after_connector.match(scan, end)
    if conn is not None:
        j = ctx.at(conn.end())
        if j < len(ctx.mentions) and ctx.mentions[j].start == conn.end():
            skip.add(ctx.mentions[j].start)
            return ctx.resolved[j] or "?", skip
    return None, skip


# Between a document symbol and an act it contains: "document CBD/COP/15/17, decision 15/4"
_SYMBOL_ACT_GAP = re.compile(r"\)?\s*,\s*(?:chap\.\s*[IVX]+\s*,\s*)?")


def _series_before(run: Run, ks: int) -> str | None:
    """The series of a document cited just before the keyword: its acts are that body's."""
    end, key = run.last_document
    if end < 0 or not _SYMBOL_ACT_GAP.fullmatch(run.scan, end, ks):
        return None
    parts = []
    for part in key.split("/"):
        if part[:1].isdigit():
            break
        parts.append(part)
    series = "/".join(parts)
    return series if series and series not in ("A", "S", "E", "ST") else None


def _subject_body(run: Run, ks: int, sentence: tuple[int, int]) -> str | None:
    """The body a possessive ("its resolution") points to: nearest named in the sentence."""
    ctx = run.ctx
    i = ctx.at(ks) - 1
    while i >= 0 and ctx.mentions[i].start >= sentence[0]:
        if ctx.resolved[i]:
            return ctx.resolved[i]
        i -= 1
    j = ctx.at(ks)
    while j < len(ctx.mentions) and ctx.mentions[j].start < sentence[1]:
        if ctx.resolved[j]:
            return ctx.resolved[j]
        j += 1
    return None


def _emit_acts(run, kind, items, head, tail, explicit, possessive, skip, rule) -> None:
    scan = run.scan
    sentence = run.sentences.bounds(head, tail)
    cue = read_cue(scan, run.lg, sentence, head, tail)
    relation = cue.relation if cue else "cites"
    run.used_mentions |= skip
    subject_body = _subject_body(run, head, sentence) if possessive else None
    citing = adopting_body(run.citing, ctx_ancestors(run.citing))
    for idx, item in enumerate(items):
        key = _key_for(kind, item, explicit, subject_body, citing)
        if key.key == run.symbol:
            continue
        start = head if idx == 0 else item.start
        subject = subject_of(run.ctx, cue, sentence, head, tail, key.body, skip)
        run.add(
            key.kind, key.key, start, item.end, rule, relation=relation, confidence=key.confidence,
            body=key.body, subject=subject, date=item.date.iso if item.date else None, head=head,
        )
        if item.date:
            run.consumed.append((item.date.start, item.date.end))


def _key_for(kind: str, item: Item, explicit, subject_body, citing):
    """Attribute one number to a body (see module docstring of acts.py) and key it."""
    if item.form == "unfccc":
        return act_key(kind, item, None, 1.0)
    if explicit and explicit != "?":
        if item.form in templates(explicit, kind) or explicit not in ("A", "S", "E", "A/HRC"):
            return act_key(kind, item, explicit, 1.0)
    elif explicit == "?":  # a short name we could not resolve ("the Committee resolution")
        default = form_default(kind, item.form)
        if default and item.form in ("year", "bare", "ocr"):
            return act_key(kind, item, default, 0.6)
        return act_key(kind, item, None, 0.4)
    for body, conf in ((subject_body, 0.9), (citing, 0.85)):
        if body and uses_form(body, kind, _form(item)):
            return act_key(kind, item, body, conf)
    default = form_default(kind, _form(item))
    if item.form == "bare" and int(item.n) < 100:
        default = None  # "resolution 1" of some conference, not Security Council resolution 1
    return act_key(kind, item, default, 0.75)


def _form(item: Item) -> str:
    return "year" if item.form == "ocr" else item.form


# ----------------------------------------------------------------- sessions


def _session(run: Run, m: re.Match[str]) -> int:
    from .sessions import session_refs

    return session_refs(run, m)


def _meetings(run: Run) -> None:
    from .sessions import meeting_refs

    meeting_refs(run)


def _body_mentions(run: Run) -> None:
    ctx = run.ctx
    spans = sorted((r.start, r.end) for r in run.refs)
    starts = [a for a, _ in spans]
    reach = []  # furthest end among spans[0..i]: an overlap test in one bisect
    far = -1
    for _, e in spans:
        far = max(far, e)
        reach.append(far)
    for i, mention in enumerate(ctx.mentions):
        if mention.code is None or mention.start < run.header_end:
            continue
        if mention.start in run.used_mentions or mention.code == run.citing:
            continue
        a, b = run.st.span(mention.start, mention.end)
        k = bisect_left(starts, b) - 1
        if k >= 0 and reach[k] > a:
            continue  # inside a reference already made
        sentence = run.sentences.bounds(mention.start, mention.end)
        relation = "mentions"
        if run.lg.submitted.search(run.scan, max(sentence[0], mention.start - 80), mention.start):
            relation = "submittedTo"
        run.add("body", mention.code, mention.start, mention.end, "body-name",
                relation=relation, confidence=0.9, body=mention.code)


__all__ = ["extract", "Cue"]
