"""How the citing text uses a reference: its relation, read from cue words, and its subject.

The nearest cue before the reference wins ("established pursuant to decision 2/6");
a cue at the head of the sentence applies to every reference in it ("Recalling its
resolutions 1267 (1999), 1333 (2000) and 1390 (2002)"); a cue after the reference applies
when nothing before says more ("In its decision 4/3 the Conference decided that ...").
The subject is the body the mandate is about when it is not the citing document
(the Working Group "established pursuant to decision 2/6").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from ..model import CITATION_RELATIONS
from .bodies import BodyContext
from .cues import cue_index
from .languages import HEAD_RELATIONS, SPECIFIC_RELATIONS, Lang

MAX_GAP = 60  # characters between a cue and the reference it governs
SPECIFIC_GAP = 90  # a specific cue may be this far when a generic one is nearer
NEAR_AFTER = 40  # an after-cue this close says more than a citation cue before the reference
HEAD_SPAN = 40  # a head cue starts within this many characters of the sentence start
PARAGRAPH_REACH = 400  # a cue heading a line or clause governs references this far after it
_NUMBERING = re.compile(r"[\s\d.()a-z]{0,8}?(?=\S)")  # "3. " "(a) " before a head cue
_CLAUSE_END = re.compile(r"[.;؛。；]")  # an after-cue stays in the reference's clause
_DIGIT = re.compile(r"[0-9]")
# A comma between a reference and a verb after it: the verb opens the next clause
# ("根据…第2015/236号决定，决定将其转交": in accordance with the decision, decides to transmit)
_COMMA = re.compile(r"[,，、]")  # "resolution 60/251 of 15 March 2006": a number
# Only numbering between a line break and a cue: "\nRecalling", "\n2. Takes note"
_LINE_HEAD = re.compile(r"\n[ \t]*(?:[0-9]{1,3}\.[ \t]+|\([a-z]{1,4}\)[ \t]+)?$")
# A paragraph that ends in a comma, semicolon or colon before the next one opens on its own line:
# ",\nHaving conducted the review" (preambular paragraphs are one grammatical sentence, but
# each names its own subjects); not a wrapped line (",\nestablished pursuant to")
_PARAGRAPH_BREAK = re.compile(r"[,;:،؛，；：][ \t]*\r?\n(?=[ \t]*(?:[0-9]{1,3}\.[ \t]+)?[^\W\d_])")


# Mandates that say what the cited act did to something else: "the working group established by
# resolution 76/245", "resolution 77/260, by which it extended ...". Without a named subject they
# are not about the citing document, so the reference falls back to the cue that is.
NEEDS_SUBJECT = frozenset({"establishedBy", "extends", "decides"})


@dataclass(frozen=True, slots=True)
class Cue:
    relation: str
    start: int  # scan offsets of the cue words
    end: int
    fallback: str = "cites"  # the relation to use when the cue needs a subject and has none
    after: bool = False  # the cue follows the reference


def settle(cue: Cue | None, subject: str | None) -> str:
    """The relation of a reference, given its cue and the subject found for it."""
    if cue is None:
        return "cites"
    if subject is None and (
        cue.relation == "establishedBy" or (cue.after and cue.relation in NEEDS_SUBJECT)
    ):
        return cue.fallback
    return cue.relation


def _with_fallback(cue: Cue | None, found: list[Cue], after: bool) -> Cue | None:
    """Attach to `cue` the nearest earlier cue that is about the citing document itself."""
    if cue is None:
        return None
    own = [
        c
        for c in found
        if c.relation != "establishedBy"
        and c.end <= cue.start
        and not (c.relation in NEEDS_SUBJECT and c is cue)
    ]
    fallback = own[-1].relation if own else "cites"
    return Cue(cue.relation, cue.start, cue.end, fallback, after)


def read_cue(
    scan: str,
    lang: Lang,
    sentence: tuple[int, int],
    head: int,
    tail: int,
    ctx: BodyContext | None = None,
    *,
    after: bool = True,
) -> Cue | None:
    """The relation cue of a reference spanning [head, tail) in ``sentence``.

    ``ctx`` (the body names of the text): a name between a cue and the reference counts as
    one word, not as its length ("established by the Conference of the Parties to the United
    Nations Convention against Transnational Organized Crime in its decision 2/6").
    ``after``: False when no cue after the reference can be about it ("the Commission
    adopted resolution 58/3 and decided to transmit it").
    """
    found: list[Cue] = []
    cue, after = _read_cue(scan, lang, sentence, head, tail, found, ctx, after)
    return _with_fallback(cue, sorted(found, key=lambda c: c.start), after)


def _names(ctx: BodyContext | None, a: int, b: int, scan: str = "") -> int:
    """Characters of the body names that lie wholly inside [a, b); none when a number stands
    between (another act or a date: the cue is that one's)."""
    if ctx is None or (scan and _DIGIT.search(scan, a, b)):
        return 0
    total = 0
    i = ctx.at(a)
    while i < len(ctx.mentions) and ctx.mentions[i].start < b:
        if ctx.mentions[i].end <= b:
            total += ctx.mentions[i].end - ctx.mentions[i].start
        i += 1
    return total


def _read_cue(
    scan: str,
    lang: Lang,
    sentence: tuple[int, int],
    head: int,
    tail: int,
    seen: list[Cue],
    ctx: BodyContext | None = None,
    use_after: bool = True,
) -> tuple[Cue | None, bool]:
    s0, s1 = sentence
    see = lang.data["acts"].get("see_before")
    if see and _rx(see).search(scan, max(s0, head - 80), head):
        return None, False  # "(see A/70/84)": a pointer, not what the verb before it governs
    before = cue_index(lang.code, "relations")
    lo = max(s0, head - SPECIFIC_GAP - 60)
    lo = max(s0, lo - _names(ctx, lo, head))  # look further back past body names
    found = [Cue(f.relation, f.start, f.end) for f in before.find(scan, lo, head)]
    if lo > s0:  # the head of the sentence too: "Recalling ... , 1333 (2000)"
        head_cues = _head_cues(before, scan, s0, min(lo, s0 + HEAD_SPAN + 60))
        found = [Cue(f.relation, f.start, f.end) for f in head_cues] + found
    found = [c for c in found if c.end <= head]
    seen.extend(found)
    gap = {c: head - c.end - _names(ctx, c.end, head, scan) for c in found}
    best: Cue | None = None
    near = [c for c in found if gap[c] <= MAX_GAP]
    if near:
        best = min(near, key=lambda c: (gap[c], -(c.end - c.start)))
        if best.relation not in SPECIFIC_RELATIONS:
            specific = [
                c for c in found if c.relation in SPECIFIC_RELATIONS and gap[c] <= SPECIFIC_GAP
            ]
            if specific and best.relation in ("pursuantTo", "inAccordanceWith"):
                best = max(specific, key=lambda c: c.end)
    if best is None:
        lead = _NUMBERING.match(scan, s0, head)
        first = lead.end() if lead else s0
        heads = [c for c in found if c.relation in HEAD_RELATIONS and c.start - first <= HEAD_SPAN]
        clause_and = lang.data["acts"].get("clause_and")
        # A cue opening a line ("The Security Council,\nRecalling ...") or a later clause
        # (", and recalling all its previous resolutions ..., including ...") heads the rest
        # of its paragraph; a paragraph is seldom longer than PARAGRAPH_REACH
        reach = max(s0, head - PARAGRAPH_REACH)
        extra = [Cue(f.relation, f.start, f.end) for f in before.find(scan, reach, lo)]
        later = [
            c
            for c in sorted({*found, *extra}, key=lambda c: c.start)
            if c.relation in HEAD_RELATIONS
            and c.start >= reach
            and c.start - first > HEAD_SPAN
            and (
                _LINE_HEAD.search(scan, max(s0, c.start - 12), c.start)
                or (clause_and and _rx(clause_and).search(scan, max(s0, c.start - 12), c.start))
            )
        ]
        if later:
            best = later[-1]
        elif heads:
            best = heads[0]
    after_first = lang.data["acts"].get("after_first")
    if best is not None and not after_first and best.relation not in CITATION_RELATIONS:
        return best, False  # a mandate cue before the reference: nothing after can say more
    after = _after(scan, lang, tail, s1) if use_after else None
    if after and after_first and not (best is not None and _COMMA.search(scan, tail, after.start)):
        return after, False  # verb-final languages: "第2127(2013)号决议所设委员会"
    if after and (
        best is None
        or (
            after.relation in ("establishedBy", "extends")
            and best.relation in CITATION_RELATIONS
            and after.start - tail <= NEAR_AFTER  # "Recalling resolution 60/251, by which it ..."
        )
    ):
        return after, True
    return best, False


@cache
def _rx(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.IGNORECASE)


_HEAD_CACHE: dict[str, list] = {}


def _head_cues(index, scan: str, start: int, end: int) -> list:
    """Cues at the head of a sentence, once per sentence text (many references share one)."""
    window = scan[start:end]
    found = _HEAD_CACHE.get(window)
    if found is None:
        if len(_HEAD_CACHE) > 4096:
            _HEAD_CACHE.clear()
        found = _HEAD_CACHE[window] = index.find(window, 0, len(window))
    return [type(f)(f.relation, f.start + start, f.end + start) for f in found]


def _after(scan: str, lang: Lang, tail: int, end: int) -> Cue | None:
    """The first cue after the reference in the same clause ("..., the Conference decided")."""
    acts = lang.data["acts"]
    window = int(acts.get("cue_after_window", 160))
    # How far after the reference the cue may start: Chinese puts the verb right after the act
    # ("第2022/9号决议决定将...延长"), though the cue itself may run on
    reach = int(acts.get("cue_after_reach", window))
    limit = min(end, tail + window)
    clause = _CLAUSE_END.search(scan, tail, limit)
    if clause:
        limit = clause.start()
    found = [
        f
        for f in cue_index(lang.code, "relations_after").find(scan, tail, limit)
        if f.start - tail <= reach
    ]
    return Cue(found[0].relation, found[0].start, found[0].end) if found else None


def _paragraph(scan: str, s0: int, s1: int, anchor: int, tail: int) -> tuple[int, int]:
    """The part of a sentence in the paragraph holding the cue and the reference."""
    for m in _PARAGRAPH_BREAK.finditer(scan, s0, anchor):
        if _opens_paragraph(scan, m.end()):
            s0 = m.end()
    for m in _PARAGRAPH_BREAK.finditer(scan, tail, s1):
        if _opens_paragraph(scan, m.end()):
            return s0, m.start() + 1
    return s0, s1


def _opens_paragraph(scan: str, pos: int) -> bool:
    """The line at ``pos`` starts with a capital (or a letter of a script without case)."""
    k = pos
    while k < len(scan) and scan[k] in " \t0123456789.":
        k += 1
    return k < len(scan) and not scan[k].islower()


def subject_of(
    ctx: BodyContext,
    cue: Cue | None,
    sentence: tuple[int, int],
    head: int,
    tail: int,
    issuer: str | None,
    skip: set[int],
) -> str | None:
    """The body a mandate is about, when the sentence names one other than the issuer.

    ``skip`` holds the start offsets of mentions used to attribute the act itself.
    """
    if cue is None or cue.relation in CITATION_RELATIONS:
        return None
    s0, s1 = sentence
    anchor = cue.start if cue.end <= head else head
    s0, s1 = _paragraph(ctx.scan, s0, s1, anchor, tail)
    i = ctx.at(s0)
    before: list[str] = []
    after: list[str] = []
    while i < len(ctx.mentions) and ctx.mentions[i].start < s1:
        m = ctx.mentions[i]
        code = ctx.resolved[i]
        if code and code != issuer and m.start not in skip and not (head <= m.start < tail):
            if m.end <= anchor:
                before.append(code)
            elif m.start >= tail:
                after.append(code)
        i += 1
    if cue.relation in ("decides", "requestedBy"):
        return after[0] if after else (before[-1] if before else None)
    return before[-1] if before else None
