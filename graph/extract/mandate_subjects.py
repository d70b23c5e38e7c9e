"""What a mandate statement is about: the subject named next to its cue, and its key.

Kinds (model.SUBJECT_KINDS): ``self`` (the citing document, only when the text says so),
``body`` (a listed body: its code; an unlisted one established by a named act:
"body:<act key>", or the code of the body ontology/bodies.ttl says that act established),
``document`` (its symbol when one is given), ``activity`` (no key).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .mandate_cues import MandateCues, body_key
from .mandate_found import _ARTICLE, _SPACES, Subject
from .relations import _PARAGRAPH_BREAK, _opens_paragraph

if TYPE_CHECKING:  # pragma: no cover
    from .bodies import Mention
    from .mandate_found import ActMention, Found
    from .state import Run

_POSSESSIVE = ("'s", "’s")
# "UNOMIG's mandate until 31 January": the body's own mandate is the body (its extension)
_OWN_MANDATE = re.compile(
    r"\s+(?:mandates?|term)\b(?=\s*(?:[,;:.()]|$|\s+(?:until|for|to|as|by|in|and|which|that)\b))"
)
# Relations under which a body named by a short name is the one its act established
_BY_ITS_ACT = ("establishedBy", "pursuantTo")
SUBJECT_WINDOW = 220  # characters before a participle searched for its subject
# From one act to the next participle about the same subject: "1990 (2011) del Consejo de
# Seguridad, de 27 de junio de 2011, y cuyo mandato se prorrogó en"
CHAIN_REACH = 100
_CLAUSE = re.compile(r"[.;:؛。；：!?]|\n[ \t]*\r?\n|\n[ \t]*\d{1,3}[ \t]*[.)\-][ \t]")


def clause_start(run: Run, pos: int) -> int:
    """Where the clause holding ``pos`` starts (sentence, paragraph or ";" before it)."""
    s0, _ = run.sentences.bounds(pos, pos)
    lo = max(s0, pos - 1500)
    last = None
    for last in _CLAUSE.finditer(run.scan, lo, pos):  # noqa: B007 - the last clause mark wins
        pass
    start = s0
    if last is not None:
        end = last.end()
        if last.group().startswith("\n"):  # a numbered line: the clause starts at its number
            end = last.start() + len(last.group()) - len(last.group().lstrip())
        start = max(s0, end)
    # ",\nHaving conducted the review": a preambular paragraph of its own
    for m in _PARAGRAPH_BREAK.finditer(run.scan, max(start, pos - 600), pos):
        if _opens_paragraph(run.scan, m.end()):
            start = m.end()
    return start


def subject_before(
    run: Run, cm: MandateCues, cs: int, relation: str, act: ActMention, found: Found
) -> Subject | None:
    """The subject of a participle starting at scan offset ``cs``, or None."""
    scan = run.scan
    c0 = clause_start(run, cs)
    lo = max(c0, cs - SUBJECT_WINDOW)
    m = cm.self_subject.search(scan, max(c0, cs - 120), cs)
    if m is not None:
        return Subject("self", None, *m.span("np"), "self", 0.95)
    if found.last is not None:
        previous, end = found.last
        connector = run.lg.date_connector.match(scan, end)
        if connector:
            end = next((e for s, e in run.consumed if s == connector.end()), end)
        if 0 <= cs - end <= CHAIN_REACH and cm.chain.fullmatch(scan, end, cs):
            return Subject(previous.kind, previous.key, previous.start, previous.end, "chain", 0.9)
    body = _body_before(run, cm, cs, lo, relation, act)
    if body is not None:
        return body
    return _phrase_before(run, cm, cs, lo, relation, act, found)


def _body_before(
    run: Run, cm: MandateCues, cs: int, lo: int, relation: str, act: ActMention
) -> Subject | None:
    """A body name right before the participle: "UNISFA, as extended by"."""
    ctx = run.ctx
    i = ctx.at(cs) - 1
    while i >= 0 and ctx.mentions[i].start >= lo:
        mention = ctx.mentions[i]
        if mention.end <= cs and cm.gap.fullmatch(run.scan, mention.end, cs):
            if cm.of_before.search(run.scan, max(0, mention.start - 12), mention.start):
                return None  # "the Committee of the Security Council": the phrase's head
            code = ctx.resolved[i]
            if code and mention.code is None and i in ctx.guessed:
                code = None  # "the Committee" guessed to a listed body: the act says more
            if code is None:
                phrase = run.scan[mention.start : mention.end]
                # "the Committee established by / pursuant to resolution 1267 (1999)"
                code = body_key(act.key, phrase) if relation in _BY_ITS_ACT else None
                rule = "body-short"
            else:
                rule = "body-name"
            if code == run.citing and relation == "establishedBy" and mention.code is None:
                code = body_key(act.key, run.scan[mention.start : mention.end])
            start = mention.start
            if mention.code is None:  # "the Security Council Committee": the whole phrase
                np = _phrase_before(run, cm, cs, lo, relation, act, None)
                if np is not None and np.kind == "body" and np.start < start:
                    start = np.start
            return Subject("body", code, start, mention.end, rule, 0.95)
        if mention.end <= cs - 200:
            break
        i -= 1
    return None


def _phrase_before(
    run: Run, cm: MandateCues, cs: int, lo: int, relation: str, act: ActMention, found: Found | None
) -> Subject | None:
    """A noun phrase ending at the participle: "the Security Council Committee"."""
    scan = run.scan
    best = None
    for kind, rx in cm.heads:
        m = rx.search(scan, lo, cs) if cm.longest else _rightmost(rx, scan, lo, cs)
        if m is not None and (best is None or m.start("np") > best[1].start("np")):
            best = (kind, m)
    if best is None:
        return None
    kind, m = best
    if not cm.longest and cm.of_before.search(scan, max(lo, m.start("np") - 12), m.start("np")):
        # "the Committee of the Security Council": the phrase the complement belongs to
        longer = rx_of(cm, kind).search(scan, lo, cs)
        if longer is not None and longer.start("np") < m.start("np"):
            m = longer
    start, end = m.span("np")
    text = _SPACES.sub(" ", scan[start:end]).strip().lower()
    phrase = _ARTICLE.sub("", text)
    if kind == "body":
        if relation == "establishedBy":
            key = body_key(act.key, scan[start:end])
        else:
            key = recall(found, phrase) if found is not None else None
        return Subject("body", key, start, end, "body-phrase", 0.9)
    if kind == "document":
        key = _symbol_in(run, start, cs)
        return Subject("document", key, start, end, "document-phrase", 0.85)
    return Subject("activity", None, start, end, "activity-phrase", 0.8)


def rx_of(cm: MandateCues, kind: str) -> re.Pattern[str]:
    """The noun-phrase pattern of one kind of subject."""
    return next(rx for k, rx in cm.heads if k == kind)


def _rightmost(rx: re.Pattern[str], scan: str, lo: int, hi: int) -> re.Match[str] | None:
    """The match ending at ``hi`` that starts last: the shortest phrase ("le Comité", not
    "la Commission ... et le Comité"); a few tries over a short window."""
    m = rx.search(scan, lo, hi)
    for _ in range(12):
        if m is None:
            break
        later = rx.search(scan, m.start() + 1, hi)
        if later is None:
            break
        m = later
    return m


def _symbol_in(run: Run, start: int, end: int) -> str | None:
    """The key of a document symbol cited inside [start, end): "the report (A/40/105)"."""
    for r in run.refs:
        if r.kind == "document":
            a = run.to_scan(r.start)
            if start <= a < end:
                return r.key
    return None


def noun_phrase_after(
    run: Run,
    cm: MandateCues,
    pos: int,
    relation: str,
    act_key: str | None,
    found: Found,
    *,
    limit: int | None = None,
    default: str | None = None,
) -> Subject | None:
    """The subject named after a cue at scan offset ``pos``: "an ad hoc working group on ..."."""
    scan = run.scan
    while pos < len(scan) and scan[pos] in " \t\r\n":
        pos += 1
    end_limit = min(len(scan), limit if limit is not None else pos + 220)
    stop = cm.subject_end.search(scan, pos + 1, end_limit)
    end = stop.start() if stop else end_limit
    while end > pos and scan[end - 1] in " \t\r\n,":
        end -= 1
    if end - pos < 2:
        return None
    ctx = run.ctx
    j = ctx.mention_at(scan, pos)
    if j is None:  # "the mandate of the Special Rapporteur": a name a few words in
        k = ctx.at(pos)
        if k < len(ctx.mentions) and ctx.mentions[k].start - pos <= 6:
            j = k
    if (
        j is not None
        and scan[ctx.mentions[j].end : ctx.mentions[j].end + 2] in _POSSESSIVE
        and not _OWN_MANDATE.match(scan, ctx.mentions[j].end + 2)
    ):
        j = None  # "UNISFA's mandate modification": something of the body, not the body
    if j is not None and _name_fits(ctx.mentions[j], end, end_limit) and ctx.resolved[j]:
        mention = ctx.mentions[j]
        if mention.code is not None or j not in ctx.guessed:
            return Subject("body", ctx.resolved[j], pos, max(end, mention.end), "body-name", 0.9)
    phrase = _ARTICLE.sub("", _SPACES.sub(" ", scan[pos:end]).strip().lower())
    head = _head_kind(cm, scan, pos, end) or default
    if head == "body":
        if relation == "establishedBy":
            key = body_key(act_key, scan[pos:end])
        else:
            key = recall(found, phrase) or _established_here(found, pos, end)
        return Subject("body", key, pos, end, "body-phrase", 0.85)
    if head == "document":
        return Subject("document", _symbol_in(run, pos, end + 12), pos, end, "document-phrase", 0.8)
    key = _established_here(found, pos, end) if relation != "establishedBy" else None
    if key:
        return Subject("body", key, pos, end, "body-phrase", 0.85)
    return Subject("activity", None, pos, end, "activity-phrase", 0.75)


def _name_fits(mention: Mention, end: int, end_limit: int) -> bool:
    """The body name ends with the phrase, or is a listed name that runs on past a word that
    ends other phrases ("the Special Rapporteur on the right to food": "to" ends "the group
    to review ...", not a name of the scheme)."""
    return mention.end <= end + 1 or (mention.code is not None and mention.end <= end_limit)


def recall(found: Found, phrase: str) -> str | None:
    """The key of a body established earlier in the document under this name, or a longer
    one ("the working group" after "an ad hoc open-ended working group to review ...")."""
    key = found.memory.get(phrase)
    if key is None and len(phrase) > 1:
        keys = {k for p, k in found.memory.items() if phrase in p}
        key = keys.pop() if len(keys) == 1 else None
    return key


def _established_here(found: Found, start: int, end: int) -> str | None:
    """The key of a body whose establishment was read just after this phrase ("the group
    established by resolution 76/245": extended, and 76/245 established it)."""
    for statement, a, _ in reversed(found.statements):
        if statement.relation == "establishedBy" and statement.subject and start <= a <= end + 60:
            return statement.subject
    return None


def _head_kind(cm: MandateCues, scan: str, start: int, end: int) -> str | None:
    """The kind of subject a phrase names: that of its first head word ("a working group on
    the review of mandates" is a body, "a report on the working group" a document)."""
    best = None
    for kind, rx in cm.head_words:
        m = rx.search(scan, start, end)
        if m is not None and (best is None or m.start() < best[1]):
            best = (kind, m.start())
    return best[0] if best else None
