"""The extraction pass over one document: literal anchors, then full patterns where they are.

Order of work: normalise (only when needed), read the front matter and header, find
body names, then one scan for symbols, act keywords and session nouns, then meetings,
then the body mentions left over. Every reference's offsets are mapped back to the text
as given.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import replace

from ..model import Document, DocumentRecord
from ..version import extractor_version
from ..vocab.iris import DEFAULT_BASE
from .actscan import act_refs, unfccc_refs, zh_act_refs
from .anchors import events
from .blocks import other_segments
from .bodies import BodyContext, matcher
from .grammar import lang
from .header import detect_language, front_matter, parse_header
from .mandates import extract_mandates
from .normalize import ScanText, scan_text
from .ocrfix import mark_ocr, repair_scan, uncertain_refs
from .relations import read_cue, settle
from .sentences import Footnotes, Sentences
from .state import Run
from .symbols import completed, read_symbol, suffix_list


def extract(document: Document, base: str = DEFAULT_BASE) -> DocumentRecord:
    """Extract the record of one document (see graph.extract.extract_record)."""
    st = scan_text(document.text)
    if document.ocr:  # OCR damage read back where unambiguous (ocrfix.py)
        st = repair_scan(st, document.language or detect_language(st.scan))
    scan = st.scan
    fm, start = front_matter(scan)
    language = document.language or detect_language(scan[start:])
    lg = lang(language)
    header = parse_header(scan, lg, fm, start)
    mentions = matcher(lg.code).find(scan)
    mat = matcher(lg.code)
    ctx = BodyContext(mentions, header.body, mat.clitics, mat.conjunctions, scan)
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
        doc_kind=header.doc_kind,
        ctx=ctx,
        sentences=Sentences(scan, lg, header.end),
        footnotes=Footnotes(scan, document.regions, to_scan),
        to_scan=to_scan or _same,
    )
    _scan_master(run)
    _meetings(run)
    _abbreviated_sessions(run)
    if run.adopted_at is None and header.adopted_at_meeting and header.body:
        run.adopted_at = f"{header.body} meeting {header.adopted}"  # its adoption line's
    _body_mentions(run)
    uncertain_refs(run)
    segments = other_segments(scan, header.end, lg.code)
    subs = [_segment(run, a, b, code) for a, b, code in segments]
    if subs:
        # In a block of another language its own patterns win; what the document's language
        # found there and they did not (an English citation in a block judged Chinese) stays.
        inside = _inside(run, segments)
        taken = _Spans((r.start, r.end) for s in subs for r in s.refs)
        run.refs = [
            r for r in run.refs if not inside(r.start) or not taken.overlaps(r.start, r.end)
        ]
    refs = sorted(set(run.refs), key=lambda r: (r.start, r.end, r.kind, r.key))
    refs = mark_ocr(refs, document.regions, st)
    mandates, refs = extract_mandates(run, refs, run.to_scan)
    for sub, (a, b, _) in zip(subs, segments, strict=True):
        sub_refs = sorted(set(sub.refs), key=lambda r: (r.start, r.end, r.kind, r.key))
        sub_refs = mark_ocr(sub_refs, document.regions, st)
        more, sub_refs = extract_mandates(sub, sub_refs, run.to_scan, bounds=(a, b))
        mandates += more
        refs += sub_refs
    if subs:
        refs.sort(key=lambda r: (r.start, r.end, r.kind, r.key))
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
        meeting=run.adopted_at,
        agenda_item=header.agenda_item,
        original_language=header.original_language,
        sha256=document.sha256,
        encoding=document.encoding,
        media_type=document.media_type,
        extractor_version=extractor_version(),
        references=tuple(refs),
        mandates=tuple(mandates),
        ocr=document.ocr,
        ocr_text=document.text if document.ocr else None,
    )


class _Spans:
    """Merged character spans, asked whether they overlap [a, b)."""

    def __init__(self, spans) -> None:
        merged: list[list[int]] = []
        for a, b in sorted(spans):
            if merged and a <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], b)
            else:
                merged.append([a, b])
        self.starts = [a for a, _ in merged]
        self.ends = [b for _, b in merged]

    def overlaps(self, a: int, b: int) -> bool:
        i = bisect_left(self.starts, b) - 1  # the last span starting before b
        return i >= 0 and self.ends[i] > a


def _to_scan(st: ScanText):
    """Original offset -> scan offset (for regions given by the reader), or None."""
    if hasattr(st, "to_scan"):
        return st.to_scan
    if not st.deleted_at:
        return None
    from bisect import bisect_left

    removed = [d + n for n, d in enumerate(st.deleted_at)]  # original indices
    return lambda i: i - bisect_left(removed, i)


def _segment(run: Run, a: int, b: int, code: str) -> Run:
    """Extract the references of scan[a:b], a block in another language than the document's."""
    lg = lang(code)
    mat = matcher(code)
    found = [replace(m, start=m.start + a, end=m.end + a) for m in mat.find(run.scan[a:b])]
    ctx = BodyContext(found, run.citing, mat.clitics, mat.conjunctions, run.scan)
    sub = replace(
        run,
        lg=lg,
        ctx=ctx,
        sentences=Sentences(run.scan, lg, run.header_end),
        refs=[],
        used_mentions=set(),
        consumed=[],
        last_document=(-1, ""),
        body_after_end=-1,
        last_act=(-1, None),
        last_cue=(-1, None),
    )
    _scan_master(sub, a, b)
    _body_mentions(sub)
    run.consumed.extend(sub.consumed)
    return sub


def _inside(run: Run, segments: list[tuple[int, int, str]]):
    """Original offset -> True when it lies in one of the (scan) segments."""
    spans = [run.st.span(a, b) for a, b, _ in segments]
    return lambda pos: any(a <= pos < b for a, b in spans)


def _same(i: int) -> int:
    return i


def _scan_master(run: Run, lo: int | None = None, hi: int | None = None) -> None:
    """One pass over the literal anchors of the scan text (or of scan[lo:hi])."""
    skip_until = run.start if lo is None else max(run.start, lo)
    last_symbol_end = -1
    for pos, kind, m in events(run.scan, skip_until, run.lg, hi):
        if hi is not None and pos >= hi:
            break
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
    sym = completed(sym, run.citing)
    if sym.key == run.symbol:
        return end  # the document's own symbol (running header, front matter)
    rule = "symbol-joint" if joint else "symbol"
    sentence = run.sentences.bounds(m.start(), end)
    cue = read_cue(run.scan, run.lg, sentence, m.start(), end, run.ctx)
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
        confusables=sym.confusables,
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


def _abbreviated_sessions(run: Run) -> None:
    from .sessions import abbreviated_sessions

    abbreviated_sessions(run)


def _meetings(run: Run) -> None:
    from .meetings import meeting_refs

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
        before, k = bisect_left(starts, a) - 1, bisect_left(starts, b) - 1
        if (before >= 0 and reach[before] > a) or (k >= 0 and reach[k] > b):
            continue  # inside or across a reference already made; a name may hold one whole
            # ("the Committee established pursuant to resolution 1533 (2004) concerning ...")
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
