"""The extraction pass over one document: one master regex, dispatched by match kind.

Order of work: normalise (only when needed), read the front matter and header, find
body names, then one scan for symbols, act keywords and session nouns, then meetings,
then the body mentions left over. Every reference's offsets are mapped back to the text
as given.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from .. import __version__
from ..keys import iri_for
from ..model import Document, DocumentRecord, Reference
from ..vocab import DEFAULT_BASE
from .acts import act_key, adopting_body, form_default, templates, uses_form
from .bodies import BodyContext, matcher
from .dates import date_before, find_dates
from .header import detect_language, front_matter, parse_header
from .languages import Lang, lang
from .lists import ITEM, Item, parse_item, parse_list
from .normalize import ScanText, scan_text
from .relations import Cue, read_cue, subject_of
from .sentences import Footnotes, Sentences
from .symbols import SUFFIX_LIST, SYMBOL, read_symbol

# UNFCCC decision numbers standing alone: "1/CP.21", "3/CMA.1" (in tables, or after "and")
UNFCCC = r"(?P<cop>(?<![\w/.])\d{1,3}/(?:CP|CMP|CMA)\.\d{1,2}(?![\w/]))"
# A heading line holding only an act keyword and one number: "Decision 1/CMA.1"
_HEADING_TAIL = re.compile(r"[ \t]*\.?[ \t]*\r?(?:\n|$)")


@cache
def master(code: str) -> re.Pattern[str]:
    """The one scanning regex of a language (symbols, act keywords, session nouns)."""
    lg = lang(code)
    parts = [SYMBOL, f"(?P<act>{lg.act_head})", f"(?P<sess>{lg.session_anchor})", UNFCCC]
    if lg.zh_list:
        parts.insert(1, f"(?P<zh>{lg.zh_list})")
    return re.compile("|".join(parts))


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
                kind=kind, key=key, iri=iri_for(kind if kind != "unresolved" else "document", key,
                                                self.base),
                relation=relation, text=text, start=a, end=b, evidence=ev, rule=rule,
                confidence=round(confidence, 2), body=body, subject=subject, date=date,
                in_footnote=self.footnotes.contains(start),
            )
        )


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
    scan = run.scan
    skip_until = run.start
    last_symbol_end = -1
    for m in master(run.lg.code).finditer(scan, run.start):
        if m.start() < skip_until:
            continue
        group = m.lastgroup
        if m.group("sym") is not None:
            end = _symbol(run, m, joint=m.start() == last_symbol_end + 1 and
                          scan[m.start() - 1] == "-")
            last_symbol_end = end
            skip_until = end
        elif group == "act" or m.group("act") is not None:
            skip_until = max(skip_until, _act(run, m))
        elif m.groupdict().get("zh") is not None:
            skip_until = max(skip_until, _zh_act(run, m))
        elif m.group("sess") is not None:
            skip_until = max(skip_until, _session(run, m))
        elif m.group("cop") is not None:
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
    explicit, skip = _explicit_body(run, m, acts.end)
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
    item = parse_item(ITEM.match(run.scan, m.start()))
    _emit_acts(run, "decision", (item,), m.start(), m.end(), None, False, set(), "unfccc-number")
    return m.end()


def _is_heading(scan: str, ks: int, end: int, keyword: str) -> bool:
    """"Decision 1/CMA.1" alone on its line heads the act itself: not a reference."""
    line_start = scan.rfind("\n", 0, ks) + 1
    if scan[line_start:ks].strip() or not keyword[:1].isupper():
        return False
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
    for i, mention in enumerate(ctx.mentions):
        if mention.code is None or mention.start < run.header_end:
            continue
        if mention.start in run.used_mentions or mention.code == run.citing:
            continue
        a, b = run.st.span(mention.start, mention.end)
        if any(s < b and a < e for s, e in spans):
            continue
        sentence = run.sentences.bounds(mention.start, mention.end)
        relation = "mentions"
        sub = run.lg.header.get("submitted")
        if sub and re.search(sub, run.scan[max(sentence[0], mention.start - 80) : mention.start]):
            relation = "submittedTo"
        run.add("body", mention.code, mention.start, mention.end, "body-name",
                relation=relation, confidence=0.9, body=mention.code)


__all__ = ["extract", "Cue"]
