"""What a basis cue before an act is about (case 2 of mandates.py): "pursuant to", "in
accordance with", "as requested by" name no subject of their own, so the words around them do.

    "The present report is submitted pursuant to resolution 77/260"   -> the document itself
    "the Committee pursuant to resolutions 1267 (1999) and 1989 (2011)" -> that committee
    "the creation, pursuant to paragraph 26 of resolution 1874, of a Panel" -> the panel
    "my report on ..., to be issued ..., as requested by the Council in"   -> that report
    "Decides that, in accordance with resolution 973 (X), there shall be"  -> the action decided
    "Having conducted the review of X in conformity with resolution 5/1"   -> the review
A cue with none of these only places the text in context (Found.basis).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .mandate_cues import MandateCues, body_key
from .mandate_found import ActMention, Found, Subject, emit
from .mandate_subjects import clause_start, noun_phrase_after

if TYPE_CHECKING:  # pragma: no cover
    from .state import Run

FRAME_REACH = 260  # a self frame opens the clause at most this far before the cue
# After a basis cue's act (its date read), what an operative verb decided: ", there shall be
# set off ...", "的规定，从…减除" (the act's own words and dates skipped, up to the next mark)
_DECIDED = re.compile(r"[^,;:.،؛。，；\n]{0,40}?[,،，]\s*(?P<a>\w[^,;:.،؛。，；\n]{2,158})")


def basis_statement(
    run: Run,
    cm: MandateCues,
    act: ActMention,
    relation: str,
    cue: tuple[int, int],
    paragraph: str | None,
    found: Found,
) -> None:
    """The statement a basis cue (scan span ``cue``) before ``act`` makes, if any."""
    cs, ce = cue
    if cm.not_basis.search(run.scan, max(0, cs - 80), cs):
        return  # "activities in line with its mandate under resolutions ...": context only
    said = _about(run, cm, act, relation, cs, ce, paragraph, found)
    if said is None:
        found.basis.append((act, relation, cs))
        return
    subject, relation, rule, confidence = said
    emit(run, found, subject, relation, act, rule, confidence * act.confidence, paragraph=paragraph)


def _about(
    run: Run,
    cm: MandateCues,
    act: ActMention,
    relation: str,
    cs: int,
    ce: int,
    paragraph: str | None,
    found: Found,
) -> tuple[Subject, str, str, float] | None:
    """(subject, relation, rule, confidence) of a basis cue's statement, or None."""
    created = _created(run, cm, cs, act, found)
    if created is not None:
        return created, "establishedBy", "creation-establishedBy", 0.8
    named = _named_basis(run, cm, cs, act)
    # "information provided to the Committee in accordance with paragraph 5 of": the body is
    # only where the act is, not a name that holds it
    if named is not None and (named[1] or (relation == "pursuantTo" and paragraph is None)):
        subject, verb = named
        relation = verb or relation
        return subject, relation, f"{subject.rule}-{relation}", 0.85
    frame = _self_frame(run, cm, cs)
    if frame and frame[2] == "verb" and relation == "inAccordanceWith":
        # "Decides that, in accordance with its resolution 973 (X), there shall be set off
        # ...": the rules the decided action follows, not the decision's own basis
        decided = _decided_before(run, cm, cs) or _decided(run, act)
        return (decided, relation, "decided-" + relation, 0.75) if decided else None
    if frame is not None and frame[2] == "done" and (done := _done(run, frame[1], cs)):
        # "Having conducted the review of Slovenia ... in conformity with": the review
        return done, relation, "done-" + relation, 0.8
    if frame is not None:
        start, end, _ = frame
        subject = _entrusted_body(run, cm, end, cs, ce) or Subject(
            "self", None, start, end, "self-frame", 0.85
        )
        return subject, relation, "self-frame-" + relation, 0.85
    if (
        relation != "requestedBy"
        and (_opens_sentence(run, cs) or _opens_its_clause(run, cs))
        and not cm.after_opener.search(run.scan, max(0, act.start - 60), act.start)
    ):
        # "Pursuant to paragraph 3 of resolution 1894 (LVII), the Committee will have before it
        # the draft provisional agenda": the main clause is what rests on the act (not "By its
        # resolution X, the Council emphasized", which tells what the act did)
        decided = _decided(run, act, min_chars=12, rest=cm.opening_rest)
        if decided is not None:
            decided = _past_the_acts_organ(run, act, decided)
        if decided is not None:
            return decided, relation, "opening-" + relation, 0.7
    report = _report_requested(run, cm, cs, relation)
    return (report, relation, "report-requested", 0.8) if report else None


_LEAD = re.compile(r"[\W\d_]*")  # a paragraph's number and marks before its first word
_CLAUSE_LEAD = re.compile(r"[\s\d.()\-–]*")


def _opens_sentence(run: Run, cs: int) -> bool:
    """The cue is the first word of its sentence (a paragraph number aside)."""
    s0, _ = run.sentences.bounds(cs, cs)
    return _LEAD.fullmatch(run.scan, s0, cs) is not None


def _opens_its_clause(run: Run, cs: int) -> bool:
    """Whether a cue opens its clause or numbered paragraph ("12. Pursuant to ...")."""
    c0 = clause_start(run, cs)
    return c0 <= cs and _CLAUSE_LEAD.fullmatch(run.scan, c0, cs) is not None


def _past_the_acts_organ(run: Run, act: ActMention, decided: Subject) -> Subject | None:
    """The main clause after a basis that opens its sentence, or None when a principal organ
    opens it after a comma: "En virtud de la resolución 2055 (2012), el Consejo de Seguridad
    puso de relieve" tells what the act said (by its act, not under it). An organ right after
    the act, with no mark between, is the act's own ("резолюции 1894 (LVII) Экономического и
    Социального Совета Комитет будет …") and is left out of the clause."""
    from .bodies import body_index

    ctx = run.ctx
    i = ctx.at(decided.start)
    if i >= len(ctx.mentions) or ctx.mentions[i].start - decided.start > 6:
        return decided
    code = ctx.resolved[i]
    if code is None or not _principal(body_index(), code):
        return decided
    if run.scan[act.end : decided.start].strip():
        return None
    start = ctx.mentions[i].end
    while start < decided.end and run.scan[start].isspace():
        start += 1
    if decided.end - start < 12:
        return None
    return Subject(decided.kind, decided.key, start, decided.end, decided.rule, decided.confidence)


def name_holding(run: Run, cs: int, act: ActMention) -> Subject | None:
    """A listed body whose name holds the cue and the act: "Security Council Committee
    established pursuant to resolution 2140 (2014)" as a title, with no article to start it."""
    ctx = run.ctx
    i = ctx.at(cs) - 1
    while i >= 0 and ctx.mentions[i].start >= cs - 200:
        mention, code = ctx.mentions[i], ctx.resolved[i]
        if mention.start < cs and mention.end >= act.end and code:
            return Subject("body", code, mention.start, cs, "body-name-holding", 0.9)
        i -= 1
    return None


def _named_basis(
    run: Run, cm: MandateCues, cs: int, act: ActMention
) -> tuple[Subject, str | None] | None:
    """A subsidiary body whose name runs into the basis cue: "the Committee pursuant to
    resolutions 1267 (1999) and 1989 (2011)"; a principal organ ("submitted to the Council
    pursuant to") or a name set off by a comma is no such name. With an establishing verb
    before the name ("established the Commission under its resolution 9 (I)") the relation
    is establishedBy, else (None) the cue's own."""
    from .bodies import body_index

    ctx = run.ctx
    i = ctx.at(cs) - 1
    if i < 0 or i >= len(ctx.mentions):
        return None
    mention = ctx.mentions[i]
    if mention.end > cs or run.scan[mention.end : cs].strip():
        return None
    code = ctx.resolved[i]
    if code and (code == run.citing or _principal(body_index(), code)):
        return None
    if code is None or (mention.code is None and i in ctx.guessed):
        code = body_key(act.key, run.scan[mention.start : mention.end])
    verb = cm.establishing_verb.search(run.scan, max(0, mention.start - 40), mention.start)
    subject = Subject("body", code, mention.start, mention.end, "body-basis", 0.85)
    return (subject, "establishedBy") if verb else (subject, None)


def _principal(index, code: str) -> bool:
    """Whether a body is one of the principal organs (no parent body in the scheme)."""
    body = index.bodies.get(code)
    return body is not None and body.parent is None


def _created(run: Run, cm: MandateCues, cs: int, act: ActMention, found: Found) -> Subject | None:
    """What "the creation, pursuant to paragraph 26 of resolution 1874 (2009), of a Panel of
    Experts" created: the noun phrase after the act ("о создании в соответствии с ...
    Группы экспертов")."""
    scan = run.scan
    if not cm.creation.search(scan, max(0, cs - 40), cs):
        return None
    end = act.end
    connector = run.lg.date_connector.match(scan, end)
    if connector:
        end = next((e for s, e in run.consumed if s == connector.end()), end)
    of = cm.creation_of.match(scan, end)
    if of is None:
        return None
    return noun_phrase_after(run, cm, of.end(), "establishedBy", act.key, found, default="body")


def _report_requested(run: Run, cm: MandateCues, cs: int, relation: str) -> Subject | None:
    """The report a request cue is about, named earlier in its clause: "my report on the
    partnership ..., to be issued by 31 March 2015, as requested by the Council in"."""
    if relation != "requestedBy":
        return None
    lo = max(clause_start(run, cs), cs - 300)
    last = None
    for last in cm.requested_report.finditer(run.scan, lo, cs):  # noqa: B007 - the last one
        pass
    if last is None:
        return None
    return Subject("activity", None, last.start(), last.end(), "report-requested", 0.8)


def _entrusted_body(run: Run, cm: MandateCues, lo: int, cs: int, ce: int) -> Subject | None:
    """ "The present report gives an account of UNIKOM ... carried out in accordance with the
    mandate entrusted to it by": the body named between the frame and the cue, not the report."""
    if not cm.entrusted.match(run.scan, ce):
        return None
    ctx = run.ctx
    i = ctx.at(cs) - 1
    while i >= 0 and ctx.mentions[i].start >= lo:
        mention, code = ctx.mentions[i], ctx.resolved[i]
        if mention.end <= cs and code:
            return Subject("body", code, mention.start, mention.end, "body-entrusted", 0.85)
        i -= 1
    return None


def _self_frame(run: Run, cm: MandateCues, cs: int) -> tuple[int, int, str] | None:
    """(start, end, kind) of the words that say the document or its author acts on a basis,
    else None; kind "document" ("The present report"), "frame" ("Acting under") or "verb"
    (the author's operative verb: "Decides, pursuant to")."""
    scan = run.scan
    c0 = clause_start(run, cs)
    m = cm.self_subject.search(scan, max(c0, cs - 120), cs)
    if m is not None:
        return (*m.span("np"), "document")
    if cs - c0 <= FRAME_REACH:
        f = cm.self_frame.match(scan, c0, cs)
        if f is not None:
            lead = len(f.group()) - len(f.group().lstrip("\n\t 0123456789.()-"))
            done = "done" in cm.self_frame.groupindex and f.group("done")
            return c0 + lead, f.end(), "done" if done else "frame"
    line = scan.rfind("\n", 0, cs) + 1
    v = cm.self_verb.search(scan, max(line, cs - 60), cs)
    if v is not None:
        text = v.group()
        lead = len(text) - len(text.lstrip("\n\t 0123456789.()-"))
        return v.start() + lead, v.start() + len(text.rstrip(" ,،，\t\n")), "verb"
    return None


def _done(run: Run, pos: int, cs: int) -> Subject | None:
    """What "Having conducted ..." names before its basis cue: "the review of Slovenia on
    16 February 2010" (None when nothing stands there)."""
    scan = run.scan
    while pos < cs and scan[pos] in " \t\r\n":
        pos += 1
    end = cs
    while end > pos and scan[end - 1] in " \t\r\n,،，":
        end -= 1
    return Subject("activity", None, pos, end, "done", 0.8) if end - pos >= 2 else None


def _decided_before(run: Run, cm: MandateCues, cs: int) -> Subject | None:
    """The action decided before the basis cue, where the language puts it there (group ``a`` of
    its ``self_verb``): "تقرر أن تخصم، وفقا لأحكام قرارها 973 (د-10)" -> "تخصم"."""
    if "a" not in cm.self_verb.groupindex:
        return None
    scan = run.scan
    line = scan.rfind("\n", 0, cs) + 1
    v = cm.self_verb.search(scan, max(line, cs - 60), cs)
    if v is None or v.group("a") is None:
        return None
    return Subject("activity", None, *v.span("a"), "decided", 0.75)


def _decided(
    run: Run, act: ActMention, min_chars: int = 0, rest: re.Pattern[str] | None = None
) -> Subject | None:
    """The action decided after a basis cue and its act: "... 973 (X) of 15 December 1955,
    there shall be set off against the apportionment" (up to the clause's next mark); a
    segment shorter than ``min_chars`` ("in 2015,") gives way to the next one; without a comma,
    the language's ``rest`` pattern ("… (LVII) Экономического и Социального Совета Комитет …")."""
    scan = run.scan
    end = act.end
    connector = run.lg.date_connector.match(scan, end)
    if connector:  # "of 15 December 1955"
        end = next((e for s, e in run.consumed if s == connector.end()), end)
    m = _DECIDED.match(scan, end, min(len(scan), end + 260))
    if m is not None and len(m.group("a").strip()) < min_chars:
        m = _DECIDED.match(scan, m.end(), min(len(scan), m.end() + 260))
    if m is None and rest is not None:
        m = rest.match(scan, end, min(len(scan), end + 260))
    if m is None:
        return None
    a, b = m.span("a")
    return Subject("activity", None, a, b, "decided", 0.75)
