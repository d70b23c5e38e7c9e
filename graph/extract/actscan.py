"""Resolutions and decisions found in the scan: lists after a keyword, Chinese lists before
it, UNFCCC numbers standing alone; the body each number belongs to; their references.

Attribution, in order: the body named next to the keyword (before, between, after), the
series of a document cited just before ("CBD/COP/15/17, decision 15/4"), the body the
sentence is about ("its resolution"), the citing document's body, then the body the number
form belongs to by default (acts.toml).
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from .acts import (
    act_key,
    adopting_body,
    form_default,
    numbers_its_own,
    sc_year,
    templates,
    uses_form,
)
from .bodies import body_index
from .dates import date_before, find_dates
from .lists import Item, attached_date, item_re, parse_item, parse_list, with_fields
from .relations import read_cue, settle, subject_of

if TYPE_CHECKING:  # pragma: no cover
    from .state import Run

# A heading line holding only an act keyword and one number: "Decision 1/CMA.1"
_HEADING_TAIL = re.compile(r"[ \t]*\.?[ \t]*\r?(?:\n|$)")


def act_refs(run: Run, m: re.Match[str]) -> int:
    """References for the act list after the keyword ``m``; returns where the list ends."""
    scan, lg = run.scan, run.lg
    kind = "resolution" if m.group("res") is not None else "decision"
    ks, ke = m.start(), m.end()
    acts = parse_list(scan, ke, lg, len(scan))
    if not acts.items:
        return ke
    keyword = m.group("res") or m.group("dec")
    if (
        len(acts.items) == 1
        and (keyword[:1].isupper() or not m.groupdict().get("between"))
        and _is_heading(scan, ks, acts.end, keyword)
    ):
        _heading(run, kind, acts.items[0], ks)
        return acts.end
    if m.groupdict().get("between_unknown") and acts.items[0].form == "bare":
        return ke  # "القرار المؤرخ 5 ...": a stray number after unknown words
    if m.groupdict().get("gap") and acts.items[0].form == "bare":
        return ke  # "resolutions on X, including 5 ...": only numbers that look like acts
    if m.groupdict().get("between") and acts.items[0].form == "bare":
        i = run.ctx.at(m.start("between"))
        if i >= len(run.ctx.resolved) or run.ctx.resolved[i] != "S":
            return ke  # "resolution of the General Assembly 10 years ago"

    if acts.items[0].form == "bare" and "\n" in scan[ks : acts.items[0].start]:
        return ke  # "funding decisions\n\t\t8. These arrangements": a paragraph number
    run.body_after_end = -1
    explicit, skip = _explicit_body(run, m, acts.end)
    items = acts.items
    if run.body_after_end > 0 and items[-1].date is None:
        # "резолюцию 263 Африканской комиссии ... от 5 ноября 2013 года": the date after the body
        date, _ = attached_date(
            scan, run.body_after_end, lg, min(len(scan), run.body_after_end + 200)
        )
        if date is not None:
            items = (*items[:-1], with_fields(items[-1], date=date))
    if explicit is None:
        explicit = _series_before(run, ks)
    if explicit is None:
        explicit = _coordinated(run, ks)
    if explicit is None and _unknown_name_before(run, ks):
        explicit = ()  # "African Commission on Human and Peoples' Rights resolution 263"
    possessive = bool(lg.possessive_before.search(scan, max(0, ks - 60), ks)) or bool(
        lg.possessive_in_keyword.search(m.group("res") or m.group("dec") or "")
    )
    i = run.ctx.at(ks) - 1
    # "the Commission adopted resolution 58/3 and decided to ...": what the body did next is
    # not what the act says
    before = run.ctx.mentions[i] if i >= 0 else None
    adopted = before is not None and before.end <= ks and _adopter(lg, scan, before, ks)
    _emit_acts(
        run, kind, items, ks, acts.end, explicit, possessive, skip, "act-list", after=not adopted
    )
    run.last_act = (acts.end, explicit if isinstance(explicit, str) else None)
    return acts.end


def zh_act_refs(run: Run, m: re.Match[str]) -> int:
    """References for a Chinese list ending in its keyword ("第1267(1999)号决议")."""
    scan, lg = run.scan, run.lg
    kind = "resolution" if m.group("zres") is not None else "decision"
    kw_start = m.start("zres") if m.group("zres") is not None else m.start("zdec")
    items = []
    pos = m.start()
    # Dates written before the items: "2012年7月27日第66/288号和2012年12月21日第67/203号决议"
    dates = find_dates(lg, scan, m.start(), kw_start) if lg.date_before else []
    pending = None
    while pos < kw_start:
        im = item_re(lg.code).search(scan, pos, kw_start)
        if im is None:
            break
        date = next((d for d in dates if d.start <= im.start() < d.end), None)
        if date is not None:  # the digits of a date, not an item: the next item's date
            pending, pos = date, date.end
            continue
        item = parse_item(im)
        if item.form != "bad":
            items.append(item if pending is None else with_fields(item, date=pending))
            pending = None
        pos = im.end()
    if not items:
        return m.end()
    if len(items) == 1 and _alone_on_line(scan, m.start(), m.end()):
        _heading(run, kind, items[0], m.start())  # "第2203(2015)号决议" heading the act
        return m.end()
    head = start = m.start()
    first_date = items[0].date
    if first_date is not None and first_date.start == head:  # the span starts at "第"
        start = (
            first_date.end
            + len(scan[first_date.end : items[0].start])
            - len(scan[first_date.end : items[0].start].lstrip())
        )
    date = date_before(lg, scan, head) if lg.date_before and first_date is None else None
    if date:
        items[0] = with_fields(items[0], date=date)
        head = date.start
    explicit, skip = _explicit_body(run, m, m.end(), before=head)
    possessive = bool(lg.possessive_before.search(scan, max(0, head - 60), head))
    items[-1] = with_fields(items[-1], end=m.end())
    _emit_acts(run, kind, tuple(items), start, m.end(), explicit, possessive, skip, "act-list")
    return m.end()


def unfccc_refs(run: Run, m: re.Match[str]) -> int:
    """ "1/CMA.1" without a keyword: a decision, unless it heads a table row."""
    line_start = run.scan.rfind("\n", 0, m.start()) + 1
    if run.scan[line_start : m.start()].strip() == "" and re.match(
        r"[ \t]*\t|[ \t]{2,}", run.scan[m.end() : m.end() + 3]
    ):
        return m.end()  # a table-of-contents row: "\t1/CMA.1\tMatters relating to ..."
    im = item_re(run.lg.code).match(run.scan, m.start())
    if im is None:
        return m.end()
    item = parse_item(im)
    _emit_acts(run, "decision", (item,), m.start(), m.end(), None, False, set(), "unfccc-number")
    return m.end()


def _heading(run: Run, kind: str, item: Item, ks: int) -> None:
    """Remember the act a heading opens: the adoption line that closes it is about that act."""
    citing = adopting_body(run.citing, body_index().ancestors(run.citing))
    key = _key_for(kind, item, None, None, citing)
    if key.kind != "unresolved" and key.key != run.symbol:
        run.headings.append((ks, key.key))


def _alone_on_line(scan: str, start: int, end: int) -> bool:
    line_start = scan.rfind("\n", 0, start) + 1
    return not scan[line_start:start].strip() and bool(_HEADING_TAIL.match(scan, end))


def _is_heading(scan: str, ks: int, end: int, keyword: str) -> bool:
    """ "Decision 1/CMA.1" alone on its line heads the act itself: not a reference."""
    line_start = scan.rfind("\n", 0, ks) + 1
    if scan[line_start:ks].strip() or keyword[:1].islower():
        return False  # (Arabic and Chinese have no capitals: a line of its own is enough)
    if "\n" in scan[ks:end].split(keyword, 1)[-1][:8]:
        return True  # a table of contents: "Resolution\n\t1/CP.24\tExpression of gratitude"
    return (
        bool(_HEADING_TAIL.match(scan, end))
        and "," not in scan[ks:end]
        and " and " not in scan[ks:end]
    )


def _explicit_body(run: Run, m: re.Match[str], end: int, before: int | None = None):
    """A body named right before the keyword, between keyword and number, or after the list."""
    ctx, scan, lg = run.ctx, run.scan, run.lg
    head = m.start() if before is None else before
    skip: set[int] = set()
    if m.groupdict().get("between_unknown"):
        return (), skip  # an unlisted body: "لمقرر مجلس الإدارة 267 (2009)"
    between = m.groupdict().get("between")
    if between:
        i = ctx.at(m.start("between"))
        if i < len(ctx.mentions) and ctx.mentions[i].start == m.start("between"):
            skip.add(ctx.mentions[i].start)
            return ctx.resolved[i] or ctx.mentions[i].candidates, skip
    i = ctx.at(head) - 1
    if i >= 0:
        mention = ctx.mentions[i]
        window = int(lg.data["acts"].get("body_before_window", 0))
        near = (
            window
            and head - mention.end <= window
            and not _CLAUSE.search(scan, mention.end, head)
            and not _AND_AFTER.match(scan, mention.end, head)
            and (ctx.resolved[i] or not mention.candidates)  # not a vague "委员会"
        )
        adjacent = lg.body_before_gap.fullmatch(scan, mention.end, head)
        if mention.end <= head and ctx.resolved[i] and _adopter(lg, scan, mention, head):
            return ctx.resolved[i], skip  # "the Commission ... adopted resolution 58/3"
        if mention.end <= head and (near or adjacent):
            if adjacent:
                skip.add(mention.start)
            return ctx.resolved[i] or mention.candidates, skip
    conn = lg.body_after_connector.match(scan, end)
    if conn is not None:
        j = ctx.mention_at(scan, conn.end())
        # a name on a line of its own after the act's line is a heading, not its adopter
        if (
            j is not None
            and "\n" in conn.group()
            and _HEADING_TAIL.match(scan, ctx.mentions[j].end)
        ):
            j = None
        if j is not None:
            skip.add(ctx.mentions[j].start)
            run.body_after_end = ctx.mentions[j].end
            return ctx.resolved[j] or ctx.mentions[j].candidates, skip
    return None, skip


def _adopter(lg, scan: str, mention, head: int) -> bool:
    """The body named just before the keyword is the subject of an adopting verb: "the
    Commission on Narcotic Drugs adopted resolution 58/3", "اعتمدت لجنة المخدرات القرار 58/3"."""
    if not lg.adopter_gap.fullmatch(scan, mention.end, head):
        return False
    verb_before = lg.data["acts"].get("adopter_before")  # the verb before the name (VSO)
    if not verb_before:
        return True
    return _cached(verb_before).search(scan, max(0, mention.start - 30), mention.start) is not None


# A clause boundary: a body named before it does not qualify an act after it
_CLAUSE = re.compile(r"[,;，；。、:：]")
# A conjunction right after a body name: the body is an item of its own
# ("消除对妇女歧视委员会和联合国第1325号决议": the Committee, and the resolution)
_AND_AFTER = re.compile(r"\s*[和及与]")
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


def _coordinated(run: Run, ks: int) -> str | None:
    """The body of an act list just before, joined to this one by a conjunction:
    "Human Rights Council resolutions 16/21 and 5/1 and decision 6/102"."""
    end, body = run.last_act
    if body is None or end < 0 or ks - end > 24:
        return None
    joined = run.lg.separator.fullmatch(run.scan, end, ks) or not run.scan[end:ks].strip()
    return body if joined else None


def _unknown_name_before(run: Run, ks: int) -> bool:
    pattern = run.lg.data["acts"].get("unknown_body_before")
    if not pattern:
        return False
    line_start = max(run.scan.rfind("\n", 0, ks) + 1, ks - 80)
    m = _cached(pattern).search(run.scan, line_start, ks)
    if m is None:
        return False
    name, known = m.group().strip(" ("), run.lg.data["acts"].get("not_bodies", [])
    # "... Women and United Nations Resolution 1325": the United Nations', not a body's
    return name not in known and not any(" " in k and name.endswith(" " + k) for k in known)


@cache
def _cached(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern)


def _subject_body(run: Run, ks: int, sentence: tuple[int, int], form: str = "") -> str | None:
    """The body a possessive ("its resolution") points to: named in the sentence before it,
    a body numbering its acts in this form first ("the Economic and Social Council
    established the Commission by its resolution 9 (I)"), else the nearest."""
    ctx = run.ctx
    i = ctx.at(ks) - 1
    nearest = None
    if i >= 0 and ctx.mentions[i].start >= sentence[0] and ctx.resolved[i] is None:
        if not ctx.mentions[i].candidates:
            return "?"  # "the Conference of the Parties to <an unlisted treaty>, in its resolution"
    while i >= 0 and ctx.mentions[i].start >= sentence[0]:
        code = ctx.resolved[i]
        if (
            code
            and form
            and code in ("A", "S", "E", "A/HRC")
            and uses_form(code, "resolution", form)
        ):
            return code
        if code and nearest is None:
            nearest = code
        i -= 1
    if nearest:
        return nearest
    j = ctx.at(ks)
    while j < len(ctx.mentions) and ctx.mentions[j].start < sentence[1]:
        if ctx.resolved[j]:
            return ctx.resolved[j]
        j += 1
    return None


def _emit_acts(
    run, kind, items, head, tail, explicit, possessive, skip, rule, *, after: bool = True
) -> None:
    scan = run.scan
    sentence = run.sentences.bounds(head, tail)
    cue = read_cue(scan, run.lg, sentence, head, tail, run.ctx, after=after)
    end, previous = run.last_cue
    # the body named before the keyword is part of the item: "60/251 and Council resolution 5/1"
    lead = min([s for s in skip if end <= s < head], default=head)
    joined = 0 <= lead - end <= 24 and run.lg.separator.fullmatch(scan, end, lead)
    if previous is not None and joined:
        cue = previous  # "in accordance with resolution 1990 (2011) and resolution 2046 (2012)"
    # a date given with the last act is part of the list ("60/251 of 15 March 2006 and ...")
    run.last_cue = (max([tail] + [i.date.end for i in items if i.date]), cue)
    relation = cue.relation if cue else "cites"
    run.used_mentions |= skip
    form = _form(items[0])
    subject_body = _subject_body(run, head, sentence, form) if possessive else None
    if subject_body is None and form in ("roman", "yearslash") and not isinstance(explicit, str):
        # "经社理事会已在 ... 1576 (L)号决议": an organ named in the sentence that numbers so
        organ = _subject_body(run, head, sentence, form)
        if organ in ("A", "E"):
            subject_body = organ
    citing = adopting_body(run.citing, body_index().ancestors(run.citing))
    subjects: dict[str | None, str | None] = {}
    for idx, item in enumerate(items):
        key = _key_for(kind, item, explicit, subject_body, citing)
        if key.key == run.symbol:
            continue
        start = head if idx == 0 else item.start
        if key.body not in subjects:
            subjects[key.body] = subject_of(run.ctx, cue, sentence, head, tail, key.body, skip)
        subject = subjects[key.body]
        run.add(
            key.kind,
            key.key,
            start,
            item.end,
            rule,
            relation=relation,
            doc_relation=_own(relation, settle(cue, subject)),
            confidence=key.confidence,
            body=key.body,
            subject=subject,
            date=item.date.iso if item.date else None,
            head=head,
        )
        if item.date:
            run.consumed.append((item.date.start, item.date.end))


def _own(relation: str, settled: str) -> str | None:
    """The citing document's own relation, where the cue's is about an unnamed subject."""
    return settled if settled != relation else None


def _key_for(kind: str, item: Item, explicit, subject_body, citing):
    """Attribute one number to a body (see module docstring of acts.py) and key it."""
    if item.form == "unfccc":
        return act_key(kind, item, None, 1.0)
    if item.form == "bare" and item.date and sc_year(int(item.n)) != item.date.iso[:4]:
        subject_body = citing = None  # "resolution 263 of 5 November 2013": not SC 263 (1969)
        if not isinstance(explicit, str):
            return act_key(kind, item, None, 0.4)
    if isinstance(explicit, str):
        if item.form in templates(explicit, kind) or explicit not in ("A", "S", "E", "A/HRC"):
            return act_key(kind, item, explicit, 1.0)
    elif explicit is not None:  # a short name we could not resolve: "du Conseil", candidates
        fitting = [
            c for c in explicit if uses_form(c, kind, _form(item)) and c in ("A", "S", "E", "A/HRC")
        ]
        if len(fitting) == 1:
            return act_key(kind, item, fitting[0], 0.8)
        if numbers_its_own(citing, kind, _form(item)):  # an organ of the citing body's own
            return act_key(kind, item, citing, 0.7)
        default = form_default(kind, _form(item))
        if default and default in explicit:
            return act_key(kind, item, default, 0.6)
        return act_key(kind, item, None, 0.4)
    if subject_body == "?":
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
