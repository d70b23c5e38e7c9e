"""Writing one planned document as text, and noting every reference written (generate.py).

A document is a header, then paragraphs made of sentences; a sentence made from a template
carries the span of the reference phrase in it, which becomes a `TruthRef` with absolute offsets.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from random import Random
from typing import TYPE_CHECKING

import corpus_lang as L
import corpus_phrases as P

if TYPE_CHECKING:  # pragma: no cover
    from generate import CorpusPlan, Planned

LANG_WEIGHTS = {"en": 0.35, "fr": 0.15, "es": 0.15, "ru": 0.13, "ar": 0.11, "zh": 0.11}
# Working groups: the act of the parent body that established them (key parts), and the act that
# made them permanent.
WG_ESTABLISHED = {
    "CTOC/COP/WG.2": ("CTOC/COP", "decision", "2/6", "4/3"),
    "CTOC/COP/WG.3": ("CTOC/COP", "decision", "3/2", "5/8"),
    "CAC/COSP/WG.2": ("CAC/COSP", "resolution", "1/4", "2/3"),
}
# Acts of subsidiary bodies: which noun they use, and whose acts a body's documents cite.
SUB_ACT_KIND = {
    "E/CN.15": "resolution",
    "E/CN.7": "resolution",
    "CAC/COSP": "resolution",
    "CTOC/COP": "decision",
    "FCCC/CP": "decision",
    "FCCC/PA/CMA": "decision",
}
SUB_ACT_OWNER = {
    "CTOC/COP/WG.2": "CTOC/COP",
    "CTOC/COP/WG.3": "CTOC/COP",
    "CAC/COSP/WG.2": "CAC/COSP",
    "FCCC/SBSTA": "FCCC/CP",
}
_GENEVA = ("A/HRC", "FCCC/")
_VIENNA = ("E/CN.15", "E/CN.7", "CTOC/", "CAC/")


@dataclass(frozen=True, slots=True)
class TruthRef:
    """A reference the generator wrote: what an ideal extractor reports."""

    kind: str
    key: str
    relation: str
    text: str
    start: int
    end: int
    evidence: str
    subject: str | None = None
    body: str | None = None
    in_footnote: bool = False


@dataclass(frozen=True, slots=True)
class GeneratedDoc:
    """One generated document, with its metadata and the references written into it."""

    index: int
    name: str  # relative path: "{lang}/{symbol with _}.txt"
    text: str
    language: str
    symbol: str
    key: str  # the canonical key of the document itself (its symbol, or the act's key)
    kind: str  # resolution, decision, report, note
    body: str
    date: str
    title: str
    session: str | None
    agenda_item: str | None
    depth: int  # mandate links upward from this document, as generated
    references: tuple[TruthRef, ...]

    @property
    def nbytes(self) -> int:
        return len(self.text.encode("utf-8"))


@dataclass(slots=True)
class Sentence:
    text: str
    refs: list[tuple[int, int, dict]] = field(default_factory=list)


class _Writer:
    """Accumulates text and the absolute offsets of the references in it."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.pos = 0
        self.refs: list = []

    def line(self, text: str = "") -> None:
        self.parts.append(text + "\n")
        self.pos += len(text) + 1

    def paragraph(
        self, sentences: list[Sentence], prefix: str = "", footnote: bool = False, sep: str = " "
    ) -> None:
        pos = self.pos + len(prefix)
        for s in sentences:
            for start, end, meta in s.refs:
                self.refs.append(
                    TruthRef(
                        text=s.text[start:end],
                        start=pos + start,
                        end=pos + end,
                        evidence=s.text,
                        in_footnote=footnote,
                        **meta,
                    )
                )
            pos += len(s.text) + len(sep)
        self.line(prefix + sep.join(s.text for s in sentences))
        self.line()

    def text(self) -> str:
        return "".join(self.parts)


def fill(
    template: str | tuple[str, str], marker: str, phrase: str, meta: dict, **slots: str
) -> Sentence:
    """The template with `phrase` at `marker` ("{R}" or "{D}") and the other slots filled."""
    text = template[0] if isinstance(template, tuple) else template
    for name, value in slots.items():
        text = text.replace("{" + name + "}", value)
    at = text.index(marker)
    return Sentence(text[:at] + phrase + text[at + len(marker) :], [(at, at + len(phrase), meta)])


def ru_case(template: str | tuple[str, str]) -> str:
    return template[1] if isinstance(template, tuple) else "gen"


def _noise(lang: str, d: date, rng: Random) -> Sentence:
    y = d.year - rng.randint(0, 3)
    d1 = date.fromordinal(d.toordinal() - rng.randint(30, 400))
    d2 = date.fromordinal(d1.toordinal() + rng.randint(1, 4))
    values = dict(
        place=rng.choice(L.PLACES[lang]),
        d1=L.format_date(lang, d1),
        d2=L.format_date(lang, d2),
        n=str(rng.randint(3, 190)),
        n2=str(rng.randint(20, 2000)),
        n3=str(rng.randint(2, 90)),
        y=str(y),
        y1=str(y + 1),
        yy=f"{(y + 1) % 100:02d}",
        money=f"{rng.uniform(1, 900):.1f}",
        pct=str(rng.randint(2, 98)),
        p=str(rng.randint(2, 40)),
        p2=str(rng.randint(41, 90)),
        numdate=f"{rng.randint(1, 28)}/{rng.randint(1, 12)}/{y}",
        isbn=f"978-92-1-{rng.randint(100000, 999999)}-{rng.randint(0, 9)}",
        sales=f"{L.JOB_LETTER[lang]}.{y % 100:02d}.{rng.choice(('IV', 'XI', 'II.A'))}."
        f"{rng.randint(1, 20)}",
    )
    return Sentence(rng.choice(L.FILLERS[lang]).format(**values))


def _op(lang: str, n: int) -> str:
    return f"{n} - " if lang == "ar" else f"{n}. "


def _job(body: str, lang: str, d: date, rng: Random) -> tuple[str, str]:
    yy, num, letter = d.year % 100, rng.randint(0, 99999), L.JOB_LETTER[lang]
    if body.startswith(_GENEVA):
        job = f"GE.{yy:02d}-{num:05d}({letter})"
    elif body.startswith(_VIENNA):
        job = f"V.{yy:02d}-{num:05d} ({letter})"
    else:
        job = f"{yy:02d}-{num:05d} ({letter})"
    return job, f"*{yy:02d}{num:05d}*"


def _body_name(code: str, lang: str) -> str:
    if code in P.BODIES:
        return P.BODIES[code][lang][0]
    return P.HEADER_ONLY.get(code, P.WORKING_GROUPS.get(code, {})).get(lang, code)


def _act_ref(
    plan: CorpusPlan,
    lang: str,
    act: Planned,
    citing_body: str,
    template,
    relation: str,
    marker: str = "{R}",
    own: bool | None = None,
    **slots,
) -> Sentence:
    """A sentence citing one of the plan's act documents."""
    own = act.body == citing_body if own is None else own
    phrase = P.act_phrase(lang, act.kind, act.number, act.body, own, ru_case(template[lang]))
    meta = dict(kind=act.kind, key=act.key, relation=relation, body=act.body)
    return fill(template[lang], marker, phrase, meta, **slots)


def _doc_ref(lang: str, doc: Planned, template: str, relation: str | None = None) -> Sentence:
    """A sentence citing one of the plan's documents by symbol (relation: the template's own
    name unless given)."""
    meta = dict(kind="document", key=doc.key, relation=relation or template, body=doc.body)
    return fill(P.DOC_TEMPLATES[template][lang], "{D}", doc.symbol, meta)


def _header(w: _Writer, e: Planned, lang: str, d: date, agenda: int | None) -> None:
    pad = 64
    left = L.UNITED_NATIONS[lang]
    w.line(f"{left}{' ' * max(2, pad - len(left))}{e.symbol}")
    w.line()
    name = _body_name(e.body, lang)
    w.line(f"{name}{' ' * max(2, pad - len(name))}{L.DISTR[lang]}")
    w.line(" " * pad + L.format_date(lang, d))
    for text in L.ORIGINAL[lang]:
        w.line(" " * pad + text)
    w.line()
    if e.body == "E":
        w.line(L.year_session_heading(lang, d.year))
    elif e.session:
        w.line(L.session_heading(lang, e.session))
    if agenda:
        w.line(
            (L.AGENDA_ITEM if e.kind in ("report", "note") else L.AGENDA_ITEM_FINAL)[lang].format(
                n=agenda
            )
        )
    w.line()


def render_document(plan: CorpusPlan, e: Planned, rng: Random) -> GeneratedDoc:
    lang, d = e.lang, date.fromordinal(e.day)
    title = rng.choice(L.TITLES[lang])
    agenda = (
        rng.randint(3, 180)
        if e.body not in ("S",) and not e.body.endswith(("WG.2", "WG.3"))
        else None
    )
    w = _Writer()
    act = e.family in ("GA", "SC", "ECOSOC", "HRC") and e.kind != "report"
    if not (act and e.body == "S"):  # a Security Council resolution has its own heading
        _header(w, e, lang, d, agenda)
    if e.family in ("GA", "SC", "ECOSOC", "HRC") and e.kind != "report":
        _act_body(plan, w, e, lang, d, title, rng)
    else:
        _report_body(plan, w, e, lang, d, title, agenda, rng)
    job, barcode = _job(e.body, lang, d, rng)
    w.line(f"{job}    {d:%d%m%y}")
    w.line(barcode)
    if L.RECYCLE[lang]:
        w.line(L.RECYCLE[lang])
    name = e.symbol.replace(" ", "").replace("(", "_").replace(")", "").replace("/", "_")
    return GeneratedDoc(
        index=e.index,
        name=f"{lang}/{name}.txt",
        text=w.text(),
        language=lang,
        symbol=e.symbol,
        key=e.key,
        kind=e.kind,
        body=e.body,
        date=d.isoformat(),
        title=title,
        session=f"{e.body} session {e.session}" if e.session and e.body != "E" else None,
        agenda_item=str(agenda) if agenda else None,
        depth=e.depth,
        references=tuple(w.refs),
    )


def _act_body(
    plan: CorpusPlan, w: _Writer, e: Planned, lang: str, d: date, title: str, rng: Random
) -> None:
    """A resolution or decision: adoption line, preamble, numbered operative paragraphs."""
    name, _of, by = P.BODIES[e.body][lang][:3]
    if e.body == "S":
        left = L.UNITED_NATIONS[lang]
        w.line(f"{left}{' ' * max(2, 64 - len(left))}{e.symbol}")
        w.line()
        w.line(f"{name}{' ' * max(2, 64 - len(name))}{L.DISTR[lang]}")
        w.line(" " * 64 + L.format_date(lang, d))
        w.line()
        w.line(f"{L.WORD_RESOLUTION[lang]} {e.number}")
        w.line(L.SC_ADOPTED[lang].format(m=4000 + e.index % 6000, date=L.format_date(lang, d)))
    else:
        adopted = L.DECISION_ADOPTED if e.kind == "decision" else L.RESOLUTION_ADOPTED
        line = adopted[lang].format(
            name=name, le_name=by, la_name=by, ins_name=by, date=L.format_date(lang, d)
        )
        if lang == "ar" and e.body in P.AR_FEMININE:  # "اتخذته الجمعية": adopted by her
            line = line.replace("اتخذه ", "اتخذته ")
        w.line(line)
        w.line()
        w.line(f"{e.number}. {title}")
    w.line()
    opening = {"en": f"The {name},", "ru": f"{name},", "ar": f"إن {name}،", "zh": f"{name}，"}
    w.line(opening.get(lang, by[0].upper() + by[1:] + ","))
    w.line()
    pre: list[Sentence] = []
    if e.parent >= 0:
        pre.append(
            _act_ref(
                plan, lang, plan.entries[e.parent], e.body, P.ACT_TEMPLATES["recalls"], "recalls"
            )
        )
        pre.append(
            _act_ref(
                plan,
                lang,
                plan.entries[e.parent],
                e.body,
                P.ACT_TEMPLATES["actingPursuantTo"],
                "pursuantTo",
            )
        )
    seen = {e.parent}
    for _ in range(rng.randint(1, 4)):
        family = e.family if rng.random() < 0.7 else rng.choice(list(plan.acts_by_family))
        other = plan.earlier(plan.acts_by_family[family], e.index, rng)
        if other is not None and other not in seen:
            seen.add(other)
            rel = rng.choice(("recalls", "reaffirms"))
            pre.append(_act_ref(plan, lang, plan.entries[other], e.body, P.ACT_TEMPLATES[rel], rel))
    report = plan.earlier(plan.reports, e.index, rng)
    if report is not None and rng.random() < 0.4:
        pre.append(_doc_ref(lang, plan.entries[report], "welcomes"))
    pre.extend(Sentence(t) for t in rng.sample(L.PREAMBLE_FILLERS[lang], rng.randint(1, 2)))
    for s in pre:
        w.paragraph([s])
    ops: list[Sentence] = []
    if e.prev_report >= 0:
        ops.append(_doc_ref(lang, plan.entries[e.prev_report], "takesNoteOf"))
    if e.parent >= 0:
        rel = (
            "extends"
            if e.body == "S" and rng.random() < 0.7
            else rng.choice(("inAccordanceWith", "pursuantTo", "extends"))
        )
        ops.append(_act_ref(plan, lang, plan.entries[e.parent], e.body, P.ACT_TEMPLATES[rel], rel))
    if report is not None and rng.random() < 0.3:
        ops.append(_doc_ref(lang, plan.entries[report], "endorses"))
    if e.report >= 0:
        # (a citation of the report; the extractor makes the statement from the request)
        ops.append(_doc_ref(lang, plan.entries[e.report], "requests", "cites"))
    ops.append(_noise(lang, d, rng))
    ops.extend(Sentence(t) for t in L.OPERATIVE_FILLERS[lang][: rng.randint(1, 2)])
    if e.body == "S":
        ops.append(Sentence(L.OPERATIVE_FILLERS[lang][2]))
    for n, s in enumerate(ops, 1):
        w.paragraph([s], prefix=_op(lang, n))
    if e.body != "S":
        w.line(L.PLENARY[lang].format(m=rng.randint(40, 110)))
        w.line(L.format_date(lang, d))
        w.line()


def _report_body(
    plan: CorpusPlan,
    w: _Writer,
    e: Planned,
    lang: str,
    d: date,
    title: str,
    agenda: int | None,
    rng: Random,
) -> None:
    """A report or note: mandate paragraphs first, then running text with citations and noise."""
    w.line(title)
    w.line()
    w.line((L.NOTE_BY_SECRETARIAT if e.kind == "note" else L.REPORT_OF_SG)[lang])
    w.line()
    w.line(L.INTRODUCTION[lang])
    w.line()
    paras: list[list[Sentence]] = []
    if e.parent >= 0:
        parent = plan.entries[e.parent]
        own = parent.body == e.body and rng.random() < 0.3
        paras.append(
            [
                _act_ref(
                    plan,
                    lang,
                    parent,
                    e.body,
                    P.REPORT_TEMPLATES["pursuantTo"],
                    "pursuantTo",
                    own=own,
                )
            ]
        )
        if e.family in ("GA", "SC", "ECOSOC", "HRC"):
            paras[-1].append(
                _act_ref(
                    plan,
                    lang,
                    parent,
                    e.body,
                    P.REPORT_TEMPLATES["requestedBy"],
                    "requestedBy",
                    own=True,
                    S=P.BODIES[parent.body][lang][3],
                )
            )
    if e.family not in ("GA", "SC", "ECOSOC", "HRC"):
        paras.extend(_subsidiary_mandates(lang, e, d, rng))
    for _ in range(rng.randint(5, 12)):
        para = [_noise(lang, d, rng) for _ in range(rng.randint(1, 4))]
        roll = rng.random()
        pool = (
            plan.reports
            if roll < 0.5 or e.family in ("GA", "SC", "ECOSOC", "HRC")
            else plan.subs_by_body[e.family]
        )
        if roll < 0.7 and (doc := plan.earlier(pool, e.index, rng)) is not None:
            para.insert(rng.randint(0, len(para)), _doc_ref(lang, plan.entries[doc], "cites"))
        elif (
            roll < 0.85
            and (
                act := plan.earlier(
                    plan.acts_by_family[rng.choice(list(plan.acts_by_family))], e.index, rng
                )
            )
            is not None
        ):
            para.insert(
                0,
                _act_ref(
                    plan,
                    lang,
                    plan.entries[act],
                    e.body,
                    P.REPORT_TEMPLATES["cites"],
                    "cites",
                    own=False,
                ),
            )
        paras.append(para)
    if e.session and e.body != "E" and e.session < 98:
        at = L.at_session(lang, e.session + 1, e.body in P.AR_FEMININE or e.body == "A/HRC")
        meta = dict(
            kind="session",
            key=f"{e.body} session {e.session + 1}",
            relation="mentions",
            body=e.body,
        )
        paras[-1].append(fill(P.SESSION_TEMPLATE[lang], "{AT}", at, meta))
    split = rng.randint(2, max(2, len(paras) - 2))
    sep = "" if lang == "zh" else " "
    for n, para in enumerate(paras[:split], 1):
        w.paragraph(para, prefix=_op(lang, n), sep=sep)
    if agenda:  # the footnote to "provisional agenda*" and a page break with a running header
        scope = e.session if e.body in ("A", "A/HRC") else d.year
        symbol = f"{e.body}/{scope}/1" if e.body != "A" else f"A/{scope}/150"
        meta = dict(kind="document", key=symbol, relation="cites", body=e.body)
        w.paragraph([Sentence(f"* {symbol}.", [(2, 2 + len(symbol), meta)])], footnote=True)
        job, _ = _job(e.body, lang, d, rng)
        w.line(job)
        w.line()
        w.line(e.symbol)
        w.line()
    w.line(L.CONCLUSIONS[lang])
    w.line()
    for n, para in enumerate(paras[split:], split + 1):
        w.paragraph(para, prefix=_op(lang, n), sep=sep)


def _subsidiary_mandates(lang: str, e: Planned, d: date, rng: Random) -> list[list[Sentence]]:
    """What a subsidiary body's document cites of its own body: acts by number, working groups."""
    paras: list[list[Sentence]] = []
    owner = SUB_ACT_OWNER.get(e.body, e.body)
    if e.body in WG_ESTABLISHED or (owner in ("CTOC/COP", "CAC/COSP") and rng.random() < 0.3):
        wg = (
            e.body
            if e.body in WG_ESTABLISHED
            else rng.choice([g for g, v in WG_ESTABLISHED.items() if v[0] == owner])
        )
        parent, kind, established, permanent = WG_ESTABLISHED[wg]
        # "its decision 2/6" would read as the working group's: the parent body is named.
        own = False
        for number, relation in ((established, "establishedBy"), (permanent, "decides")):
            key = f"{parent} {kind} {number}"
            tpl = P.REPORT_TEMPLATES[relation]
            phrase = P.act_phrase(lang, kind, number, parent, own, ru_case(tpl[lang]))
            meta = dict(kind=kind, key=key, relation=relation, body=parent, subject=wg)
            paras.append(
                [
                    fill(
                        tpl[lang],
                        "{R}",
                        phrase,
                        meta,
                        W=P.WORKING_GROUPS[wg][lang],
                        S=P.BODIES[parent][lang][4],
                    )
                ]
            )
    if owner in SUB_ACT_KIND:
        session = max(1, (e.session or 2) - rng.randint(0, 3))
        if e.body in WG_ESTABLISHED or e.body == "FCCC/SBSTA":
            session = max(1, (d.year - 2004) // 2) if owner == "CTOC/COP" else max(1, d.year - 2006)
        kind = SUB_ACT_KIND[owner]
        k = rng.randint(1, 12)
        if owner.startswith("FCCC/"):
            suffix = "CMA" if owner == "FCCC/PA/CMA" else "CP"
            number, key = f"{k}/{suffix}.{session}", f"decision {k}/{suffix}.{session}"
        else:
            number, key = f"{session}/{k}", f"{owner} {kind} {session}/{k}"
        tpl = P.REPORT_TEMPLATES["requestedBy"]
        phrase = P.act_phrase(lang, kind, number, owner, e.body == owner, ru_case(tpl[lang]))
        meta = dict(kind=kind, key=key, relation="requestedBy", body=owner)
        speaker = P.BODIES.get(owner, P.BODIES["FCCC/CP"])[lang][3]
        paras.append([fill(tpl[lang], "{R}", phrase, meta, S=speaker)])
    return paras
