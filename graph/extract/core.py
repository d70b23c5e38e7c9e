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
from .actscan import act_refs, unfccc_refs, zh_act_refs
from .bodies import BodyContext, matcher
from .header import detect_language, front_matter, parse_header
from .languages import Lang, lang, load_data
from .normalize import ScanText, scan_text
from .relations import read_cue, settle
from .sentences import Footnotes, Sentences
from .symbols import SYMBOL, read_symbol, suffix_list

# UNFCCC decision numbers standing alone: "1/CP.21", "3/CMA.1" (in tables, or after "and")
UNFCCC = re.compile(r"[0-9]{1,3}/(?:CP|CMP|CMA)\.[0-9]{1,2}(?![\w/])")
_SLASH = re.compile("/")
_SYMBOL = re.compile(SYMBOL)
# Characters a symbol's first components are made of, read backwards from a slash
_SYMBOL_CHARS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789.-")
_SYMBOL_CHARS |= frozenset(load_data("symbols")["lookalikes"])
_LOOKALIKE_UP = frozenset(k for k, v in load_data("symbols")["lookalikes"].items() if v.isupper())


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
        if scan[j].isdigit() and (j == 0 or not (scan[j - 1].isalnum() or scan[j - 1] == "/")):
            cop = UNFCCC.match(scan, j)
            if cop:
                events.append((j, "cop", cop))
            continue
        for p in range(j, slash):  # "A/67/828-S/2013/210": the second symbol starts at "S"
            if not (scan[p].isupper() or scan[p] in _LOOKALIKE_UP) or (
                p and (scan[p - 1].isalnum() or scan[p - 1] == "/")
            ):
                continue
            sm = _SYMBOL.match(scan, p)
            if sm and sm.end() > slash:
                events.append((p, "sym", sm))
                covered = sm.end()
                break
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
    body_after_end: int = -1  # end of a body named after the last act list
    last_act: tuple[int, str | None] = (-1, None)  # end and explicit body of the last act list

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
    ) -> None:
        a, b = self.st.span(start, end)
        text = self.doc.text[a:b]
        ev = self.sentences.evidence(start if head is None else head, end)
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
    ctx = BodyContext(mentions, header.body, matcher(lg.code).clitics)
    to_scan = _to_scan(st)
    run = Run(
        doc=document,
        st=st,
        lg=lg,
        base=base,
        symbol=header.symbol,
        citing=header.body,
        start=start,
        header_end=header.end,
        ctx=ctx,
        sentences=Sentences(scan, lg),
        footnotes=Footnotes(scan, document.regions, to_scan),
    )
    _scan_master(run)
    _meetings(run)
    _body_mentions(run)
    refs = sorted(set(run.refs), key=lambda r: (r.start, r.end, r.kind, r.key))
    return DocumentRecord(
        source=document.source,
        language=lg.code if document.language is None else language,
        symbol=header.symbol,
        body=header.body,
        date=header.date,
        adopted=header.adopted,
        title=header.title,
        doc_kind=header.doc_kind,
        session=header.session,
        agenda_item=header.agenda_item,
        original_language=header.original_language,
        sha256=document.sha256,
        encoding=document.encoding,
        media_type=document.media_type,
        extractor_version=__version__,
        references=tuple(refs),
    )


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
            skip_until = max(skip_until, act_refs(run, m))
        elif kind == "zh":
            skip_until = max(skip_until, zh_act_refs(run, m))
        elif kind == "sess":
            skip_until = max(skip_until, _session(run, m))
        elif kind == "cop":
            skip_until = max(skip_until, unfccc_refs(run, m))


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
    settled = settle(cue, None)
    run.add(
        sym.kind,
        sym.key,
        m.start(),
        end,
        rule,
        relation=relation,
        doc_relation=settled if settled != relation else None,
        confidence=sym.confidence,
        body=sym.body,
    )
    if sym.kind == "document":
        run.last_document = (end, sym.key)
    pos = end
    if sym.kind == "document":
        base = re.sub(r"/(?:Add|Corr|Rev|Amend)\.\d+$", "", sym.key)
        while True:
            more = suffix_list(run.lg.code).match(run.scan, pos)
            if more is None:
                break
            a, b = int(more.group("a")), int(more.group("b") or more.group("a"))
            name = more.group("part").split(".")[0]
            for n in range(a, min(b, a + 20) + 1):
                run.add(
                    "document",
                    f"{base}/{name}.{n}",
                    more.start("part"),
                    more.end("part"),
                    "symbol-suffix",
                    relation=relation,
                    body=sym.body,
                )
            pos = more.end()
    return pos


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
    for mention in ctx.mentions:
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
        run.add(
            "body",
            mention.code,
            mention.start,
            mention.end,
            "body-name",
            relation=relation,
            confidence=0.9,
            body=mention.code,
        )


__all__ = ["extract"]
