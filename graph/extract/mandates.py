"""Mandate statements: what is mandated, how, and by which act (DESIGN.md "Mandate statements").

A reference is a mention; a statement says that something exists or acts because of an act:
    "the Committee established by resolution 661 (1990)"  -> body  establishedBy S/RES/661(1990)
    "The present report is submitted pursuant to ..."      -> self  requestedBy  the act
    "3. Requests the Secretary-General to submit a report" -> activity requestedBy the present act
Cases, in order: (1) an act mention with a cue before it and the subject before the cue
("participles"); (2) a basis cue ("pursuant to") in a frame that names the document or its
author; (3) a cue after the act with the subject after it ("resolution 76/245, by which it
established ..."); (4) forward statements of operative paragraphs (mandate_forward.py).
A reference keeps a mandate relation only when a self statement rests on it; every other
reference gets the citing relation of its sentence, its cue words kept in ``Reference.cue``.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache
from typing import TYPE_CHECKING

from ..model import CITATION_RELATIONS, MANDATE_RELATIONS, Mandate, Reference
from .mandate_after import after_statements, session_statements
from .mandate_basis import basis_statement, name_holding
from .mandate_cues import MandateCues, body_key, establishing_acts, mandate_cues
from .mandate_found import ACT_KINDS, STOP, ActMention, Found, emit
from .mandate_subjects import clause_start, subject_before

if TYPE_CHECKING:  # pragma: no cover
    from .state import Run

WINDOW = 160  # characters before an act searched for its cue
SHORT_REACH = 2000  # "the same resolution" refers to an act named at most this far before
# A statement's relation as the relation of the reference it rests on
_AS_REFERENCE = {"extendedBy": "extends", "terminatedBy": "pursuantTo"}
# "resolution 1373", "resolutions 5/1"; not "本决议第18段" (a paragraph of the present resolution:
# a Chinese act's number stands before its keyword)
_NUMBER_NEXT = re.compile(r"[^\W\d_\u3400-\u9fff]*\s{0,3}(?:No\.?\s*)?\d")


def extract_mandates(
    run: Run, refs: list[Reference], to_scan, bounds: tuple[int, int] | None = None
) -> tuple[list[Mandate], list[Reference]]:
    """The statements of one document (or of the scan span ``bounds``, a block in another
    language), and its references with citing relations settled."""
    cm = mandate_cues(run.lg.code)
    own = _own_key(run)
    mentions = _act_mentions(run, cm, refs, to_scan, own, bounds)
    found = Found([], [], {})
    for i, act in enumerate(mentions):
        _backward(run, cm, act, mentions[i - 1] if i else None, found)
        following = mentions[i + 1] if i + 1 < len(mentions) else None
        if following is None or not _joined(run, cm, act, following):
            after_statements(run, cm, act, found)  # in a list, what follows is the last item's
    session_statements(run, cm, refs, to_scan, found, bounds)
    from .mandate_forward import forward_statements

    forward_statements(run, cm, own, found, bounds)
    from .mandate_opening import opening_statements

    opening_statements(run, cm, mentions, found, bounds)
    statements = [s for s in _dedup(found.statements) if _agrees_with_the_scheme(run, cm, s)]
    return statements, _settle_references(refs, statements, run)


def _own_key(run: Run) -> str | None:
    return run.symbol


def _act_mentions(run: Run, cm: MandateCues, refs, to_scan, own, bounds) -> list[ActMention]:
    """Act references (scan offsets) and short forms resolved to them, in text order."""
    acts = [
        ActMention(r.key, to_scan(r.start), to_scan(r.end))
        for r in refs
        if (r.kind in ACT_KINDS or _statement_symbol(r)) and r.rule != "heading"
    ]
    acts += _short_forms(run, cm, acts, own, bounds)
    return sorted(acts, key=lambda a: (a.start, a.end))


def _statement_symbol(r: Reference) -> bool:
    """A presidential statement cited by its symbol ("A/HRC/PRST/8/1"): an act a text can be
    mandated by, though its symbol is a document's."""
    return r.kind == "document" and "/PRST/" in r.key


def _short_forms(
    run: Run, cm: MandateCues, acts: list[ActMention], own, bounds
) -> list[ActMention]:
    """ "the same resolution", "that decision", "the present resolution": resolved or dropped."""
    scan, out = run.scan, []
    lo, hi = bounds if bounds else (run.header_end, len(scan))
    lo = max(lo, run.header_end)
    seen = -1
    for p in _unnumbered_keywords(cm, scan, lo, hi):
        if p < seen:
            continue
        for rx, form, after in (
            (cm.short_same, "short", 16),
            (cm.short_present, "present", 16),
            (cm.short_dated, "short-dated", 70),
        ):
            m = _holding(rx, scan, p, lo, hi, after)
            if m is None:
                continue
            seen = m.end()
            act = _short_act(run, acts, m, form, own)
            if act is not None:
                out.append(act)
            break
    return out


def _short_act(run: Run, acts: list[ActMention], m: re.Match[str], form: str, own):
    """The act a short form stands for, or None when it cannot be told."""
    if form == "present":
        if run.doc_kind in ("resolution", "decision") or own is None:
            return ActMention(own, m.start(), m.end(), "present", 0.85)
        return None
    if form == "short-dated":
        key = _dated(run, acts, m)
        return ActMention(key, m.start(), m.end(), form, 0.7) if key else None
    kind = "resolution" if m.group("res") else "decision"
    earlier = [
        a
        for a in acts
        if a.end <= m.start() and m.start() - a.end <= SHORT_REACH and _kind_of(a.key) == kind
    ]
    return ActMention(earlier[-1].key, m.start(), m.end(), "short", 0.75) if earlier else None


def _unnumbered_keywords(cm: MandateCues, scan: str, lo: int, hi: int) -> list[int]:
    """Where a keyword stands without a number: a literal search ("esolution"), numbered acts
    ("resolution 1373 (2001)", "第2118号决议") dropped; short forms can only be there."""
    return [
        a.start()
        for a in cm.short_anchor.finditer(scan, lo, hi)
        if not _NUMBER_NEXT.match(scan, a.end()) and scan[a.start() - 1 : a.start()] != "号"
    ]


def _holding(
    rx: re.Pattern[str], scan: str, p: int, lo: int, hi: int, after: int
) -> re.Match[str] | None:
    """A match of ``rx`` that holds position ``p`` (searched in a short window around it)."""
    m = rx.search(scan, max(lo, p - 50), min(hi, p + after))
    while m is not None and m.end() <= p:
        m = rx.search(scan, m.end(), min(hi, p + after))
    return m if m is not None and m.start() <= p < m.end() else None


def _kind_of(key: str | None) -> str:
    if key and ("decision" in key or "/DEC/" in key):
        return "decision"
    return "resolution"


def _dated(run: Run, acts: list[ActMention], m: re.Match[str]) -> str | None:
    """ "резолюция ... от 12 июня": the one earlier act of that day, else unresolved."""
    from .languages import month_number

    month = month_number(run.lg, m.group("m"))
    if month is None:
        return None
    day = f"-{month:02d}-{int(m.group('d')):02d}"
    keys = {r.key for r in run.refs if r.date and r.date.endswith(day) and r.kind in ACT_KINDS}
    return keys.pop() if len(keys) == 1 else None


def _cue_before(run: Run, cm: MandateCues, act: ActMention):
    """The cue whose act this is: (kind, relation, start, end) or None."""
    scan = run.scan
    best = None
    c0 = None  # the clause's start, worked out only when a cue is near (most acts have none)
    cues = cm.before.find(scan, max(0, act.start - WINDOW), act.start)
    for f in cues:
        if f.end > act.start or not _act_gap(run, cm, f.end, act.start):
            continue
        if c0 is None:
            c0 = clause_start(run, act.start)
        if f.start < c0:
            continue
        kind, relation = f.relation.split(":", 1)
        # a participle whose act follows it wins over a basis cue inside its gap: "creada por
        # el Consejo en virtud de su resolución 9 (I)" is an establishment; one that ends a
        # basis cue is part of it ("requested by" in "as requested by")
        inside = kind == "participle" and any(
            g.relation.startswith("basis:") and g.start < f.start and g.end == f.end for g in cues
        )
        rank = (kind == "participle" and not inside, f.end, -f.start)
        if best is None or rank > best[0]:
            best = (rank, (kind, relation, f.start, f.end))
    return best[1] if best else None


def _act_gap(run: Run, cm: MandateCues, a: int, b: int) -> bool:
    """Only the act's issuer, a possessive or its paragraph between a cue and the act."""
    if b - a > 120 or STOP.search(run.scan, a, b):
        return False
    p = cm.paragraph_before.search(run.scan, a, b)
    if p is not None:
        b = p.start()
    gap = _masked(run, a, b)
    return len(gap) <= 70 and cm.act_gap.fullmatch(gap) is not None


def _masked(run: Run, a: int, b: int) -> str:
    """scan[a:b] with each body name in it written " X " (a name counts as one word)."""
    ctx = run.ctx
    text, i, pos = [], ctx.at(a), a
    while i < len(ctx.mentions) and ctx.mentions[i].start < b:
        m = ctx.mentions[i]
        if m.end <= b and m.start >= pos:
            text.append(run.scan[pos : m.start])
            text.append(" X ")
            pos = m.end
        i += 1
    text.append(run.scan[pos:b])
    return "".join(text)


def _paragraph(run: Run, cm: MandateCues, act: ActMention, lo: int) -> str | None:
    """The act's operative paragraph named with it: "paragraph 2 of", ", paragraph 22"."""
    scan = run.scan
    m = cm.paragraph_before.search(scan, max(lo, act.start - 80), act.start)
    if m is None:
        end = act.end
        connector = run.lg.date_connector.match(scan, end)
        if connector:  # "resolution 5/1 of 18 June 2007, paragraph 3"
            end = next((e for s, e in run.consumed if s == connector.end()), end)
        m = cm.paragraph_after.match(scan, end) or cm.thereof.match(scan, end)
    return " ".join(m.group("p").split()) if m else None


def _backward(run: Run, cm: MandateCues, act: ActMention, previous, found: Found) -> None:
    """Cases 1 and 2: the cue before the act, and what it is about. An act that continues a
    list ("resolutions 1267 (1999), 1333 (2000) and 1390 (2002)") shares its head's."""
    if _joined(run, cm, previous, act):
        if found.last is not None and found.statements[-1][2] == previous.end:
            last = found.statements[-1][0]
            emit(
                run,
                found,
                found.last[0],
                last.relation,
                act,
                last.rule,
                last.confidence,
                paragraph=_paragraph(run, cm, act, act.start - 80),
            )
        return
    cue = _cue_before(run, cm, act)
    if cue is None:
        return
    kind, relation, cs, ce = cue
    paragraph = _paragraph(run, cm, act, ce)
    if kind == "participle":
        subject = subject_before(run, cm, cs, relation, act, found) or name_holding(run, cs, act)
        if (
            subject is not None
            and subject.kind == "activity"
            and relation == "requestedBy"
            and cm.not_requested.match(run.scan, subject.start, subject.end)
        ):
            return  # "мер, предусмотренных в резолюции": measures an act imposed, a citation
        if subject is not None:
            conf = subject.confidence * act.confidence
            emit(
                run,
                found,
                subject,
                relation,
                act,
                f"{subject.rule}-{relation}",
                conf,
                paragraph=paragraph,
            )
        return
    basis_statement(run, cm, act, relation, (cs, ce), paragraph, found)


def _joined(run: Run, cm: MandateCues, previous: ActMention | None, act: ActMention) -> bool | None:
    """True when ``act`` continues the list that ``previous`` is in ("1990 (2011) and 2046")."""
    if previous is None or act.start - previous.end > 60:
        return None
    scan, pos = run.scan, previous.end
    connector = run.lg.date_connector.match(scan, pos)
    if connector:
        pos = next((e for s, e in run.consumed if s == connector.end()), pos)
    if not scan[pos : act.start].strip() or run.lg.separator.fullmatch(scan, pos, act.start):
        return True
    return True if cm.list_join.fullmatch(_masked(run, pos, act.start)) else None


def _agrees_with_the_scheme(run: Run, cm: MandateCues, statement: Mandate) -> bool:
    """False for "the mandate of X as established in A, B, ..." where the body scheme says X was
    established by another act: "reaffirms the mandate of the Panel as established in
    resolutions 1591 (2005), 1779 (2007), ..." lists the acts that shaped the Panel's mandate,
    not ten establishments. Where the text itself says X was established by an act, it stays."""
    if statement.relation != "establishedBy" or statement.subject_kind != "body":
        return True
    known = _established_by().get(statement.subject or "")
    if known is None or statement.act in known or statement.subject_start is None:
        return True
    at = run.to_scan(statement.subject_start)
    window = max(0, at - 60)
    return not any(m.end() == at for m in cm.mandate_of.finditer(run.scan, window, at))


@cache
def _established_by() -> dict[str, frozenset[str]]:
    """Body code -> the acts the scheme says established it (mg:establishingAct)."""
    codes: dict[str, set[str]] = {}
    for act, established in establishing_acts().items():
        for code in established:
            codes.setdefault(code, set()).add(act)
    return {c: frozenset(a) for c, a in codes.items()}


def _dedup(statements: list[tuple[Mandate, int, int]]) -> list[Mandate]:
    """One statement per subject and act; a request that a cited act made ("第2055(2012)号
    决议…请我…", "resolution 2085 (2012), which requested") is not the present act's too."""
    seen, out = set(), []
    cited = {(s.subject_start, s.relation) for s, _, _ in statements if s.rule.startswith("after-")}
    for s, _, _ in statements:
        key = (s.subject_kind, s.subject, s.subject_start, s.relation, s.act, s.act_start)
        if s.act_start is None and (s.subject_start, s.relation) in cited:
            continue
        if key not in seen:
            seen.add(key)
            out.append(s)
    return sorted(
        out,
        key=lambda s: (
            s.act_start if s.act_start is not None else s.subject_start or 0,
            s.subject_start or 0,
        ),
    )


def _settle_references(
    refs: list[Reference], statements: list[Mandate], run: Run
) -> list[Reference]:
    """A mandate relation only where a self statement rests on the reference."""
    own = {(s.act_start, s.act_end): s.relation for s in statements if s.subject_kind == "self"}
    # "as approved by the Committee established by resolution 724 (1991)": the verb before is
    # about the Committee; the document only cites the act that established it
    about_other = {
        (s.act_start, s.act_end): s.relation
        for s in statements
        if s.subject_kind != "self" and s.act_start is not None and not s.rule.startswith("after-")
    }
    out = []
    for r in refs:
        relation = own.get((r.start, r.end))
        other = about_other.get((r.start, r.end))
        if relation is None and other is not None and r.kind in ACT_KINDS:
            cue = r.cue or (r.relation if r.relation != "cites" else None)
            out.append(
                replace(
                    r,
                    relation="cites",
                    cue=cue or _AS_REFERENCE.get(other, other),
                    subject=None,
                    doc_relation=None,
                )
            )
            continue
        if relation is not None and r.kind in ACT_KINDS:
            new = _AS_REFERENCE.get(relation, relation)
            if new != r.relation or r.subject or r.doc_relation:
                r = replace(
                    r,
                    relation=new,
                    cue=r.relation if r.relation != new else r.cue,
                    subject=None,
                    doc_relation=None,
                )
        elif r.relation in MANDATE_RELATIONS:
            citing = r.doc_relation if r.doc_relation in CITATION_RELATIONS else "cites"
            r = replace(r, relation=citing, cue=r.relation, subject=None, doc_relation=None)
        out.append(r)
    return out


__all__ = ["extract_mandates", "body_key"]
