"""The mandate cues of one language (data/<lang>.toml, section [mandates]) compiled, and the
body keys a statement's subject may take (ontology/bodies.ttl).

Every pattern is data; this module only compiles it, once per language.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache
from typing import cast

from .cues import CueIndex, Found
from .languages import LANGUAGES, load_data
from .sieve import sieved

_MG = "https://w3id.org/mandate-graph/ontology#"
NEVER = re.compile("(?!)")


@dataclass(frozen=True, slots=True)
class MandateCues:
    """Compiled [mandates] patterns of one language."""

    code: str
    # Cues before an act, in one index: "participle:establishedBy" ("established by": the subject
    # stands before the cue), "basis:pursuantTo" ("pursuant to": a statement only in a frame
    # that names who acts)
    before: CueIndex
    after: tuple[tuple[str, re.Pattern[str]], ...]  # ", by which it established": subject after
    after_verbs: re.Pattern[str]  # the verbs of the after cues (a fast test first)
    after_more: tuple[tuple[str, re.Pattern[str]], ...]  # "...; and requested": more verbs
    after_that: re.Pattern[str]  # "requested that I report ...": the action asked for
    after_opener: re.Pattern[str]  # "By its resolution": the sentence is about what the act did
    session_opener: re.Pattern[str]  # "At its twelfth session": what the body did there
    requested_before: re.Pattern[str]  # "طلب مجلس الأمن إلى الأمانة العامة، في": a request first
    self_subject: re.Pattern[str]
    self_frame: re.Pattern[str]
    self_verb: re.Pattern[str]
    not_basis: re.Pattern[str]  # ends where a basis cue that gives no statement starts
    entrusted: re.Pattern[str]  # after a basis cue: "the mandate entrusted to it by"
    establishing_verb: re.Pattern[str]  # ends where a body named before a basis cue starts
    requested_report: re.Pattern[str]  # the report a request cue after it is about
    creation: re.Pattern[str]  # ends where a basis cue after "the creation," starts
    not_requested: re.Pattern[str]  # an activity no act requests: the measures it imposed
    creation_of: re.Pattern[str]  # after that act: "of" before what was created
    gap: re.Pattern[str]
    chain: re.Pattern[str]
    list_join: re.Pattern[str]  # between two acts of one list: ", and with X resolutions"
    heads: tuple[tuple[str, re.Pattern[str]], ...]  # (subject kind, NP ending at a position)
    head_words: tuple[tuple[str, re.Pattern[str]], ...]  # (subject kind, its head words)
    act_gap: re.Pattern[str]
    of_before: re.Pattern[str]  # a body name in a complement: "the Committee of the Council"
    paragraph_before: re.Pattern[str]
    paragraph_after: re.Pattern[str]
    short_same: re.Pattern[str]
    short_present: re.Pattern[str]
    short_dated: re.Pattern[str]
    thereof: re.Pattern[str]
    short_anchor: re.Pattern[str]  # a literal piece of the keywords of short forms
    forward_start: re.Pattern[str]  # any operative verb, matched at a paragraph's start
    forward: CueIndex
    mandate_of: re.Pattern[str]
    subject_end: re.Pattern[str]
    report: re.Pattern[str]
    action: re.Pattern[str]
    action_that: re.Pattern[str]  # "requests that he continue ...": group a, the action
    decided: re.Pattern[str]  # "Decides that the session shall be convened": group a, the action
    opening_rest: re.Pattern[str]  # after a sentence-opening basis and its act, no comma: group a
    lead: re.Pattern[str]  # a segment before the action: "在本决议通过15天内，", "continuer,"
    until: re.Pattern[str]
    effective: re.Pattern[str]  # an effective date right after the subject: "on 15 June 2030"
    period: re.Pattern[str]  # "for a period of three years" put before the subject
    until_stop: re.Pattern[str]  # "with a view to subsequently extending ... until": not ours
    targets: tuple[re.Pattern[str], ...]
    opening_report: re.Pattern[str]  # a requested action that is reporting ("report on ...")
    opening_present: re.Pattern[str]  # the document naming itself ("The present report")
    opening_as_requested: re.Pattern[str]  # "As requested by the Council, the present report"
    longest: bool  # take the longest noun phrase (no articles to start one)
    subject_after: bool  # the subject follows its participle (Chinese: "…号决议设立的委员会")
    word_boundary: bool


def _rx(fragment: str | None, flags: int = re.IGNORECASE) -> re.Pattern[str]:
    """The compiled fragment (its searches in short windows sieved: cues.Sieved)."""
    return sieved(re.compile(fragment, flags)) if fragment else NEVER


def _index(table: dict, word_starts: bool) -> CueIndex:
    cues = [(rel, frag) for rel, frags in table.items() for frag in frags]
    return CueIndex(cues, word_starts=word_starts)


@cache
def mandate_cues(code: str) -> MandateCues:
    """The compiled mandate cues of language ``code`` (others read as English)."""
    if code not in LANGUAGES:
        code = "en"
    data = load_data(code)
    table = data.get("mandates", {})
    words = data["labels"].get("word_boundary", True)
    subjects = table.get("subjects", {})
    paragraphs = table.get("paragraphs", {})
    short = table.get("short", {})
    forward = table.get("forward", {})
    opening = table.get("opening", {})
    gap = subjects.get("gap", r"\s*")
    det = subjects.get("determiner", "")
    mod = subjects.get("modifier", r"\w+")
    max_mod = int(subjects.get("max_modifiers", 6))
    heads, words_of = [], []
    for kind in ("body", "document", "activity"):
        head = subjects.get(kind)
        if head:
            words_of.append((kind, re.compile(head, re.IGNORECASE)))
            # A noun phrase that ends where its participle starts: "the Security Council
            # Committee" + gap; found by searching the window before the cue
            np = rf"(?P<np>{det}(?:{mod}\s+){{0,{max_mod}}}?(?:{head})){gap}$"
            heads.append((kind, re.compile(np, re.IGNORECASE)))
    after = tuple(
        (rel, _rx(frag))
        for rel, frags in table.get("after", {}).items()
        if isinstance(frags, list)
        for frag in frags
    )
    return MandateCues(
        code=code,
        before=CueIndex(
            [
                (f"{kind}:{rel}", frag)
                for kind in ("participle", "basis")
                for rel, frags in table.get(
                    "participles" if kind == "participle" else "basis", {}
                ).items()
                if isinstance(frags, list)
                for frag in frags
            ],
            word_starts=words,
        ),
        after=after,
        after_verbs=_rx(table.get("after", {}).get("verbs")),
        after_more=tuple(
            (rel, _rx(frag)) for rel, frag in table.get("after", {}).get("more", {}).items()
        ),
        after_that=_rx(table.get("after", {}).get("that")),
        after_opener=_rx(table.get("after", {}).get("opener")),
        session_opener=_rx(table.get("after", {}).get("session_opener")),
        requested_before=_rx(table.get("after", {}).get("requested_before")),
        self_subject=_rx(subjects.get("self")),
        self_frame=_rx(subjects.get("self_frame")),
        self_verb=_rx(subjects.get("self_verb")),
        not_basis=_rx(subjects.get("not_basis")),
        entrusted=_rx(subjects.get("entrusted")),
        establishing_verb=_rx(subjects.get("establishing_verb")),
        requested_report=_rx(subjects.get("requested_report")),
        creation=_rx(subjects.get("creation")),
        not_requested=_rx(subjects.get("not_requested")),
        creation_of=_rx(subjects.get("creation_of")),
        gap=_rx(gap),
        chain=_rx(subjects.get("chain")),
        list_join=_rx(subjects.get("list_join"), 0),
        heads=tuple(heads),
        head_words=tuple(words_of),
        act_gap=_rx(subjects.get("act_gap", r"\s*"), 0),
        of_before=_rx(subjects.get("of_before")),
        paragraph_before=_rx(paragraphs.get("before")),
        paragraph_after=_rx(paragraphs.get("after")),
        short_same=_rx(short.get("same")),
        short_present=_rx(short.get("present")),
        short_dated=_rx(short.get("dated")),
        thereof=_rx(short.get("thereof")),
        short_anchor=_rx("|".join(map(re.escape, short.get("anchors", []))), 0),
        forward_start=_rx(
            "|".join(
                f"(?:{frag})"
                for k, v in forward.items()
                if isinstance(v, list) and k != "targets"
                for frag in v
            )
        ),
        forward=_index(
            {k: v for k, v in forward.items() if isinstance(v, list) and k != "targets"}, words
        ),
        mandate_of=_rx(forward.get("mandate_of")),
        subject_end=_rx(forward.get("subject_end")),
        report=_rx(forward.get("report")),
        action=_rx(forward.get("action")),
        lead=_rx(forward.get("lead")),
        decided=_rx(forward.get("decided")),
        opening_rest=_rx(table.get("basis", {}).get("opening_rest")),
        action_that=_rx(forward.get("action_that")),
        until=_rx(forward.get("until")),
        effective=_rx(forward.get("effective")),
        period=_rx(forward.get("period")),
        until_stop=_rx(forward.get("until_stop")),
        targets=tuple(_rx(t) for t in forward.get("targets", [])),
        opening_report=_rx(opening.get("report")),
        opening_present=_rx(opening.get("present")),
        opening_as_requested=_rx(opening.get("as_requested")),
        longest=bool(subjects.get("longest")),
        subject_after=bool(subjects.get("subject_after")),
        word_boundary=words,
    )


@cache
def establishing_acts() -> dict[str, tuple[str, ...]]:
    """Act key -> codes of the bodies that act established (mg:establishingAct in bodies.ttl).

    Empty when the scheme has none: the subject then keys as "body:<act key>".
    """
    import pyoxigraph as ox

    from ..vocab.ontology import ontology_file

    path = ontology_file("bodies.ttl")
    if not path.exists():
        return {}
    store = ox.Store()
    try:
        store.load(path=str(path), format=ox.RdfFormat.TURTLE)
        rows = store.query(
            f"SELECT ?code ?act WHERE {{ ?b <{_MG}code> ?code ; <{_MG}establishingAct> ?act }}"
        )
        out: dict[str, list[str]] = {}
        for row in cast(ox.QuerySolutions, rows):
            out.setdefault(row["act"].value, []).append(row["code"].value)
        return {act: tuple(sorted(codes)) for act, codes in out.items()}
    except (OSError, SyntaxError, ValueError):  # pragma: no cover - a broken scheme file
        return {}


_WORD = re.compile(r"\w+")
_CJK = re.compile(r"[\u4e00-\u9fff]")


def body_key(act: str | None, phrase: str = "") -> str | None:
    """The key of the body an act established: the code of the body the scheme says that act
    established and whose names share a word with ``phrase`` ("the Committee", not "the
    Panel", for resolution 1990 (2011) that established UNISFA); else "body:<act key>"."""
    if act is None:
        return None
    codes = establishing_acts().get(act, ())
    fitting = [c for c in codes if not phrase or _shares_a_word(c, phrase)]
    return fitting[0] if len(fitting) == 1 else f"body:{act}"


@cache
def _label_words(code: str) -> tuple[frozenset[str], str]:
    """Word stems (five letters) of every name of a body, and its names joined (for CJK)."""
    from .bodies import body_index

    body = body_index().bodies.get(code)
    if body is None:
        return frozenset(), ""
    names = [
        *body.pref.values(),
        *(n for ns in body.alt.values() for n in ns),
        *(n for ns in body.hidden.values() for n in ns),
    ]
    joined = " ".join(names).lower()
    return frozenset(_stem(w) for w in _WORD.findall(joined) if len(w) >= 4), joined


_ARABIC_ARTICLE = re.compile(r"^(?:[وفبل]?ال|لل)(?=\w\w\w)")


def _stem(word: str) -> str:
    """Five letters of a word, an Arabic article dropped ("اللجنة" and "لجنة" agree)."""
    return _ARABIC_ARTICLE.sub("", word)[:5]


def _shares_a_word(code: str, phrase: str) -> bool:
    stems, joined = _label_words(code)
    text = phrase.lower()
    if _CJK.search(text):  # "委员会" in "安全理事会第1718(2006)号决议所设委员会"
        tail = "".join(_CJK.findall(text))[-3:]
        return bool(tail) and tail in joined
    words = {_stem(w) for w in _WORD.findall(text) if len(w) >= 4}
    return bool(words & stems)


# "Decides, acting under Chapter VII of the Charter, to extend": the opening verb (one word), then
# words set off by commas ("،" in Arabic), then the rest of the cue
MAX_INTERJECTION = 160  # words set off by commas after a verb
# text read after a paragraph's opening for its cue: a cue may look ahead past a long name
# ("Decide que el mandato de la Misión de Observadores ... finalizará el")
OPENING_WINDOW = 220
_INTERJECTION = re.compile(
    r"(?P<head>[^\W\d_][\w-]{2,20})\s*[,،]\s*"
    rf"[^,;:،؛\n]{{1,{MAX_INTERJECTION}}}?\s*[,،]\s*"
)


def interjected_cue(cm: MandateCues, scan: str, pos: int, end: int) -> Found | None:
    """The forward cue of a paragraph whose opening verb is followed by words set off by
    commas ("Decides, acting under Chapter VII ..., to extend", "Requests, in this regard, the
    Secretary-General to", "постановляет, действуя …, продлить", "يقرر، متصرفا …، تمديد"): the
    cue read as if those words were not there, its end mapped back into ``scan``; else None."""
    m = _INTERJECTION.match(scan, pos, end)
    if m is None:
        return None
    head = m.group("head")
    rest = scan[m.end() : min(len(scan), m.end() + OPENING_WINDOW)]
    joined = f"{head} {rest}"
    cues = cm.forward.find_at(joined, 0, len(joined))
    if not cues:
        return None
    cue = max(cues, key=lambda f: f.end)
    return replace(cue, start=pos, end=m.end() + max(0, cue.end - len(head) - 1))
