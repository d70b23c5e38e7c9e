"""Case 3 of mandates.py: a cue after the act with its subject after it ("resolution 76/245,
by which it established an ad hoc working group"; "In its resolution 853 (1993), the Council
... and demanded ..."), and the further verbs of the same clause."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from .mandate_cues import NEVER, MandateCues
from .mandate_found import ACT_KINDS, STOP, ActMention, Found, Subject, emit
from .mandate_subjects import noun_phrase_after

if TYPE_CHECKING:  # pragma: no cover
    from .state import Run

AFTER_REACH = 70  # a cue after an act starts at most this far after it
COORDINATED_REACH = 700  # the verbs of one clause after an act: "...; and requested ..."
# What an act named by a short form heads: "本决议第18段所设专家小组" (the present act established
# the Panel); "At its twelfth session the Forum requested ..." (a request made at that session)
_HEADS = {"present": "establishedBy", "session": "requestedBy"}
_SENTENCE_END = re.compile(r"[.。](?=\s|$)|\n[ \t]*\n")
# What a demand quotes, a few words (its addressee) after the verb: 'demanded "immediate ...
# withdrawal ..."', "потребовал от государств-членов <<обеспечить ...>>", 'وطالب "بانسحاب ..."'
_QUOTED = re.compile(r'[^"“«<>;.]{0,60}?(?:"|“|«|<<)\s*(?P<a>[^"”»<>]{3,200})')
# What a demand names when it is neither an action nor a report nor quoted: "exigió la retirada
# inmediata, completa ...", "exigé qu'il soit mis fin ..." (up to the clause's next mark)
_DEMANDED = re.compile(r'\s*(?P<a>\w[^,;:.،؛。，；\n"“”«»<>]{2,118})')


def after_statements(run: Run, cm: MandateCues, act: ActMention, found: Found) -> None:
    """Case 3: "resolution 76/245, by which it established an ad hoc working group";
    a cue may hold its subject (group "s"): "第77/260号决议决定将工作组的任务期限延长"."""
    from .mandate_forward import until_of

    scan = run.scan
    if act.rule not in ("", "present", "session"):
        return  # a short form ("the same resolution ...") heads no clause of its own
    if not act.rule and _told_before(run, cm, act, found):
        return
    limit = min(len(scan), act.end + AFTER_REACH + 80)
    opener = act.rule == "session" or (  # before the act, or its own first words ("بقراره 2055")
        not act.rule
        and (
            cm.after_opener.search(scan, max(0, act.start - 60), act.start) is not None
            or cm.after_opener.match(scan, act.start, act.end) is not None
        )
    )
    if not cm.after_verbs.search(scan, act.end, limit):
        if opener:  # "By its resolution 2055 (2012), the Council emphasized ... and requested"
            _coordinated(run, cm, act, act.end, found)
        return
    for relation, rx in cm.after:
        if act.rule and relation != _HEADS.get(act.rule):
            continue  # "本决议第18段所设专家小组": the present act heads only an establishment
        m = rx.search(scan, act.end, limit)
        if m is None or m.start() - act.end > AFTER_REACH or STOP.search(scan, act.end, m.start()):
            continue
        paragraph = _paragraph_between(cm, scan, act.end, m.start())
        if act.rule == "present" and paragraph is None and scan[act.end : m.start()].strip():
            continue  # the present act's cue follows it at once, or after its paragraph only
        stop = STOP.search(scan, m.end(), min(len(scan), m.end() + 400))
        clause_end = _next_verb(cm, scan, m.end(), stop.start() if stop else len(scan), 400)
        if relation == "requestedBy":
            subject = _requested(run, cm, m.end(), clause_end)
        elif "s" in rx.groupindex and m.group("s"):
            subject = noun_phrase_after(
                run, cm, m.start("s"), relation, act.key, found, limit=m.end("s")
            )
        else:
            subject = noun_phrase_after(
                run, cm, m.end(), relation, act.key, found, limit=clause_end
            )
        if subject is None:
            return
        if relation == "establishedBy":
            subject = _same_body(run, found, subject)
        until, target = until_of(run, cm, max(m.end(), subject.end), clause_end)
        if relation == "requestedBy":
            from .mandate_requests import target_of

            target = target_of(cm, scan, m.end(), clause_end)
        emit(
            run,
            found,
            subject,
            relation,
            act,
            f"after-{relation}",
            subject.confidence * act.confidence * 0.95,
            paragraph=paragraph,
            until=until,
            target=target,
        )
        if act.rule != "present":
            _coordinated(run, cm, act, m.end(), found)
        return
    if opener:
        _coordinated(run, cm, act, act.end, found)


def _told_before(run: Run, cm: MandateCues, act: ActMention, found: Found) -> bool:
    """A request told before its act, the verb first: "طلب مجلس الأمن إلى الأمانة العامة، في
    قراره 2085 (2012)، ... أن تجري تقييما" (what was asked follows the act)."""
    scan = run.scan
    if cm.requested_before.search(scan, max(0, act.start - 90), act.start) is None:
        return False
    stop = STOP.search(scan, act.end, min(len(scan), act.end + 400))
    end = stop.start() if stop else min(len(scan), act.end + 400)
    subject = _requested(run, cm, act.end, end)
    if subject is None:
        return False
    conf = subject.confidence * act.confidence * 0.9
    emit(run, found, subject, "requestedBy", act, "before-requestedBy", conf, paragraph=None)
    return True


def session_statements(
    run: Run, cm: MandateCues, refs, to_scan, found: Found, bounds: tuple[int, int] | None
) -> None:
    """ "At its twelfth session the Forum ... requested that WHO conduct a study": requests a
    body made at a session its document names, keyed by that session ("E/C.19 session 12").
    A session whose body is not known has no key and no reference: nothing is guessed; a
    session named after a request of the text itself is its reporting target, no act."""
    if cm.session_opener is NEVER:
        return
    scan = run.scan
    for r in refs:
        if r.kind != "session" or not r.key:
            continue
        a, b = to_scan(r.start), to_scan(r.end)
        if bounds is not None and not bounds[0] <= a < bounds[1]:
            continue
        if cm.session_opener.search(scan, max(0, a - 40), a) is None:
            continue
        s0 = run.sentences.bounds(a, b)[0]
        if cm.forward_start.search(scan, s0, a) is not None:
            continue  # "Requests … to report at its seventieth session": a reporting target
        after_statements(run, cm, ActMention(r.key, a, b, "session", 0.8), found)


def _paragraph_between(cm: MandateCues, scan: str, a: int, b: int) -> str | None:
    """The act's paragraph when it alone stands between the act and its cue: "本决议第18段所设"."""
    p = cm.paragraph_after.match(scan, a, b)
    return " ".join(p.group("p").split()) if p and not scan[p.end() : b].strip() else None


def _same_body(run: Run, found: Found, subject: Subject) -> Subject:
    """A body an earlier act of the same list established keeps that act's key: "第1267(1999)和
    第1989(2011)号决议所设委员会" is one committee, known by 1267 (1999), as in English."""
    if subject.kind != "body" or not (subject.key or "").startswith("body:"):
        return subject
    start = run.st.span(subject.start, subject.end)[0]
    for s, _, _ in reversed(found.statements):
        if s.relation == "establishedBy" and s.subject_start == start and s.subject:
            return replace(subject, key=s.subject)
    return subject


def _requested(run: Run, cm: MandateCues, pos: int, end: int) -> Subject | None:
    """What an act asked for: "requested that I report to the Council on ...", else what
    a request of the act's own paragraphs would be ("requested me to report on ...")."""
    from .mandate_requests import requested

    m = cm.after_that.match(run.scan, pos, end)
    if m is None:
        subject = requested(run, cm, pos, end)
        quoted = _QUOTED.match(run.scan, pos, end)
        if subject is not None and (quoted is None or subject.start < quoted.start("a")):
            return subject
        m = quoted or _DEMANDED.match(run.scan, pos, end)
    if m is not None:
        a, b = m.span("a")
        while b > a and run.scan[b - 1] in " \t\r\n,":
            b -= 1
        return Subject("activity", None, a, b, "after-that", 0.75)
    return None


def _next_verb(cm: MandateCues, scan: str, pos: int, end: int, reach: int | None = None) -> int:
    """Where the clause that starts at `pos` ends: at `end` (or `reach` characters on), or
    before a further verb of the same sentence ("decided to establish UNMIK | and requested
    that I report"), which heads a statement of its own."""
    if reach is not None:
        end = min(end, pos + reach)
    for _relation, rx in cm.after_more:
        m = rx.search(scan, pos, end)
        if m is not None:
            end = m.start()
    return end


def _coordinated(run: Run, cm: MandateCues, act: ActMention, pos: int, found: Found) -> None:
    """Further verbs of the same clause about the act: "by which the Council decided to close
    MINUSTAH ...; established MINUJUSTH ...; and requested that I report ..."."""
    from .mandate_forward import until_of

    scan = run.scan
    stop = _SENTENCE_END.search(scan, pos, min(len(scan), pos + COORDINATED_REACH))
    end = stop.start() if stop else min(len(scan), pos + COORDINATED_REACH)
    for _ in range(6):
        best = None
        for relation, rx in cm.after_more:
            m = rx.search(scan, pos, end)
            if m is not None and (best is None or m.start() < best[1].start()):
                best = (relation, m)
        if best is None or any(pos <= r.start < best[1].start() for r in _acts_between(run, pos)):
            return
        relation, m = best
        stop = STOP.search(scan, m.end(), end)
        clause_end = _next_verb(cm, scan, m.end(), stop.start() if stop else end)
        if relation == "requestedBy":
            subject = _requested(run, cm, m.end(), clause_end)
        else:
            subject = noun_phrase_after(
                run, cm, m.end(), relation, act.key, found, limit=clause_end
            )
        pos = m.end()
        if subject is None:
            continue
        until, _target = until_of(run, cm, max(m.end(), subject.end), clause_end)
        emit(
            run,
            found,
            subject,
            relation,
            act,
            f"after-and-{relation}",
            subject.confidence * act.confidence * 0.9,
            paragraph=None,
            until=until if relation != "requestedBy" else None,
        )
        pos = max(pos, subject.end)


def _acts_between(run: Run, pos: int) -> list[ActMention]:
    """Act references starting after ``pos`` (scan offsets): a later act heads its own clause."""
    out = []
    for r in run.refs:
        if r.kind in ACT_KINDS:
            a = run.to_scan(r.start)
            if a >= pos:
                out.append(ActMention(r.key, a, run.to_scan(r.end)))
    return out
