"""The UN bodies of ontology/bodies.ttl, and finding their names in text.

Full names and acronyms (skos:prefLabel, skos:altLabel) identify a body on their
own. Generic short names (skos:hiddenLabel: "the Working Group", "the Council",
"Рабочая группа") are resolved in context: to the last body of that kind named in
full (the citing body itself wins over one named in an earlier paragraph), else to
the citing body, an ancestor of it, or the one body of that kind beside it under an
ancestor; never to a body under the citing one (one of many of its kind).
Russian names are matched by word stems, so inflected forms ("Рабочей группы",
"Конференции участников") are found; Arabic names with their prefixed clitics.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import cast

import pyoxigraph as ox

from ..vocab.ontology import ontology_file
from .languages import LANGUAGES, load_data
from .patterns import lazy, literal_atoms, trie_regex

_SKOS = "http://www.w3.org/2004/02/skos/core#"
_MG = "https://w3id.org/mandate-graph/ontology#"
_QUERY = f"""
SELECT ?code ?parent ?prop ?label WHERE {{
  ?b <{_MG}code> ?code .
  OPTIONAL {{ ?b <{_SKOS}broader>/<{_MG}code> ?parent }}
  ?b ?prop ?label .
  FILTER(?prop IN (<{_SKOS}prefLabel>, <{_SKOS}altLabel>, <{_SKOS}hiddenLabel>,
                   <{_MG}establishingAct>, <{_MG}terminatingAct>))
}}"""


@dataclass(slots=True)
class Body:
    """One body: code, parent code, labels by language."""

    code: str
    parent: str | None = None
    pref: dict[str, str] = field(default_factory=dict)
    alt: dict[str, list[str]] = field(default_factory=dict)
    hidden: dict[str, list[str]] = field(default_factory=dict)
    established_by: str | None = None  # key of the establishing act ("S/RES/661(1990)")
    terminated_by: str | None = None


@dataclass(frozen=True, slots=True)
class BodyIndex:
    """All bodies by code."""

    bodies: dict[str, Body]

    def ancestors(self, code: str | None) -> list[str]:
        """The code itself, then its parent, grandparent ... (cycles cut)."""
        out: list[str] = []
        while code and code not in out:
            out.append(code)
            body = self.bodies.get(code)
            code = body.parent if body else None
        return out

    def code_for_symbol(self, symbol: str) -> str | None:
        """The body whose code is the longest prefix of a symbol, by whole components.

        "CTOC/COP/WG.2/2013/5" -> "CTOC/COP/WG.2"; "A/HRC/14/15" -> "A/HRC"; "A/69/767" -> "A".
        """
        parts = symbol.split("/")
        for n in range(len(parts), 0, -1):
            code = "/".join(parts[:n])
            if code in self.bodies:
                return code
        return None

    def established_by(self, act: str) -> tuple[str, ...]:
        """Bodies an act established: "S/RES/751(1992)" -> the 751 Committee and UNOSOM."""
        return tuple(c for c, b in self.bodies.items() if b.established_by == act)

    def label(self, code: str, lang: str = "en") -> str:
        body = self.bodies.get(code)
        if body is None:
            return code
        return body.pref.get(lang) or body.pref.get("en") or code


@cache
def body_index() -> BodyIndex:
    """Read ontology/bodies.ttl (once per process)."""
    return read_scheme(ontology_file("bodies.ttl"))


def read_scheme(path: Path) -> BodyIndex:
    """The bodies of one SKOS scheme file (an empty index when there is no such file)."""
    store = ox.Store()
    bodies: dict[str, Body] = {}
    if path.exists():
        store.load(path=str(path), format=ox.RdfFormat.TURTLE)
        for row in cast(ox.QuerySolutions, store.query(_QUERY)):
            code = row["code"].value
            body = bodies.setdefault(code, Body(code))
            if row["parent"] is not None:
                body.parent = row["parent"].value
            label = row["label"]
            lang = getattr(label, "language", None) or "en"
            prop = row["prop"].value.rsplit("#", 1)[1]
            if prop == "establishingAct":
                body.established_by = label.value
            elif prop == "terminatingAct":
                body.terminated_by = label.value
            elif prop == "prefLabel":
                body.pref[lang] = label.value
            elif prop == "altLabel":
                body.alt.setdefault(lang, []).append(label.value)
            else:
                body.hidden.setdefault(lang, []).append(label.value)
    return BodyIndex(bodies)


@dataclass(frozen=True, slots=True)
class Mention:
    """A body name found in the scan text."""

    start: int
    end: int
    code: str | None  # the body, for a full name; None for a generic short name
    short: str | None = None  # key of the short name ("working group")
    candidates: tuple[str, ...] = ()  # bodies a short name may stand for


class BodyMatcher:
    """Finds body names of one language in text."""

    def __init__(self, lang: str):
        data = load_data(lang)
        labels = data["labels"]
        self.lang = lang
        self.endings = tuple(sorted(labels.get("inflection_endings", []), key=len, reverse=True))
        self.ending = labels.get("ending", "")
        self.min_stem = int(labels.get("min_stem", 3))
        self.stem_vowels = labels.get("stem_vowels", "")
        # Letters that may be glued before a name ("و", "ب", "ل" ...): up to two are allowed
        self.clitics = labels.get("first_word_clitics", "")
        self.conjunctions = labels.get("conjunction_clitics", "")
        # "of the United Nations" written inside a name: "Комиссия Организации Объединенных
        # Наций по народонаселению" is the "Комиссия по народонаселению"
        infix = labels.get("un_infix", "")
        self.infix_atom = f"(?:{infix})?" if infix else ""
        self.infix = re.compile(infix) if infix else None
        self.article = labels.get("article", "")
        self.full: dict[str, str] = {}
        self.short: dict[str, list[str]] = {}
        names: list[list[str]] = []
        index = body_index()
        for body in index.bodies.values():
            fulls = [body.pref.get(lang), *body.alt.get(lang, [])]
            if lang != "en":  # Latin acronyms are written in every language: "UNODC", "CMA"
                fulls += [a for a in body.alt.get("en", []) if a.isupper() and a.isascii()]
            hidden = {self.key(h) for h in body.hidden.get(lang, [])}
            for label in filter(None, fulls):
                if self.key(label) in hidden:
                    continue  # a short name even if official ("大会"): resolved in context
                self.full.setdefault(self.key(label), body.code)
                names.append(self.atoms(label, flexible=True))
            for label in body.hidden.get(lang, []):
                codes = self.short.setdefault(self.key(label), [])
                if body.code not in codes:
                    codes.append(body.code)
                names.append(self.atoms(label))
        self.short_before_not = lazy(labels.get("short_before_not") or "(?!)")
        self.short_after_not = lazy(labels.get("short_after_not") or "(?!)")
        bound = labels.get("word_boundary", True)
        self.fragment = trie_regex(names)
        # Not inside a symbol or a number: "CMA" in "6/CMA.4" is no mention of the CMA.
        # The left edge is checked in find(): a leading look-behind would make the
        # engine try the whole trie at every position instead of only at first letters.
        self.bound = bool(bound)
        self.regex = lazy(self.fragment + (r"(?![\w/]|\.\d)" if bound else r"(?![/A-Za-z]|\.\d)"))
        self._classified: dict[str, Mention | None] = {}

    def stem(self, word: str) -> str:
        """The part of a word its inflections share: "Ассамблеей" -> "Ассамбл".

        An acronym in capitals is whole: "МООНСИ" and "МООНСА" are two missions.
        """
        if len(word) > 1 and word.isupper():
            return word
        low = word.lower()
        for ending in self.endings:
            if low.endswith(ending) and len(low) - len(ending) >= self.min_stem:
                word, low = word[: -len(ending)], low[: -len(ending)]
                break
        while len(low) > self.min_stem and low[-1] in self.stem_vowels:
            word, low = word[:-1], low[:-1]
        return word

    def atoms(self, label: str, flexible: bool = False) -> list[str]:
        """Regex atoms of a label: stems with endings (ru), clitics (ar), flexible spaces.

        ``flexible``: words after the first may start in either case, as titles are
        written both ways ("meeting of the Parties", "Meeting of the Parties").
        """
        out: list[str] = []
        words = re.split(r"(\s+|\s*[-–‑]\s*)", label)
        for i, word in enumerate(words):
            if i % 2:
                out += literal_atoms(" " if word.isspace() else "-")
                continue
            stem = self.stem(word) if self.endings else word
            atoms = literal_atoms(stem)
            if flexible and i and atoms and stem[:1].lower() != stem[:1].upper():
                atoms[0] = f"[{stem[0].upper()}{stem[0].lower()}]"
            if (
                self.endings
                and len(stem) < len(word)
                or (self.endings and len(word) > self.min_stem)
            ):
                atoms.append(self.ending)
            if i == 0 and self.clitics and self.article and word.startswith(self.article):
                # "للجمعية العامة" (li- + al-): the match starts at the second lām
                rest = literal_atoms(word[len(self.article) :])
                atoms = [f"(?:{self.article}|(?<=ل)ل)", *rest]
            out += atoms
            if i == 0 and flexible and self.infix_atom and len(words) > 1:
                if self.infix is not None and not self.infix.search(label):
                    out.append(self.infix_atom)
        return out

    def key(self, text: str) -> str:
        """The lookup key of a label or of matched text: spaces, case, endings ignored."""
        if self.infix is not None:
            text = self.infix.sub("", text)
        text = re.sub(r"\s*[-–‑]\s*", "-", text.replace("’", "'"))
        words = re.split(r"\s+|(?<=-)|(?=-)", text.strip())
        if self.endings:
            words = [self.stem(w) for w in words]
        return " ".join(w.lower() for w in words if w)

    def keys(self, text: str) -> list[str]:
        """Candidate keys of matched text (Arabic "لجمعية العامة" is "الجمعية العامة")."""
        key = self.key(text)
        if self.article and key.startswith("ل") and not key.startswith(self.article):
            return [key, self.article[0] + key]
        return [key]

    def find(self, scan: str) -> list[Mention]:
        """Every body name in the text, left to right."""
        out: list[Mention] = []
        for m in self.regex.finditer(scan):
            start = m.start()
            if start and not self._starts_word(scan, start):
                continue
            mention = self.classify(m.group(), start, m.end())
            if mention is None:
                continue
            if mention.code is None and (
                self.short_before_not.search(scan, max(0, start - 40), start)
                or self.short_after_not.match(scan[m.end() : m.end() + 60])
            ):
                mention = Mention(start, m.end(), None)  # part of an unknown longer name
            out.append(mention)
        return out

    def _starts_word(self, scan: str, start: int) -> bool:
        """Nothing glued before the name but up to two clitics ("وال", "لل")."""
        j = start
        if self.clitics:
            while j > 0 and start - j < 2 and scan[j - 1] in self.clitics:
                j -= 1
            if j < start and j > 0 and scan[j - 1].isalnum():
                j = start  # the letters belong to the previous word after all
        if j == 0:
            return True
        before = scan[j - 1]
        if before == "/" or (before == "-" and j > 1 and scan[j - 2].isalnum()):
            return False  # part of a symbol or a compound: "OP-CRC-SC" is no Security Council
        return not before.isalnum() if self.bound else not (before.isascii() and before.isalpha())

    def classify(self, text: str, start: int, end: int) -> Mention | None:
        """The mention a matched name makes (None: not a known name after all)."""
        if text not in self._classified:
            found = None
            for key in self.keys(text):
                code = self.full.get(key)
                if code:
                    found = Mention(0, 0, code)
                    break
                codes = self.short.get(key)
                if codes:
                    found = Mention(0, 0, None, key, tuple(codes))
                    break
            if len(self._classified) < 100000:
                self._classified[text] = found
        found = self._classified.get(text) if text in self._classified else None
        if found is None:
            return None
        return Mention(start, end, found.code, found.short, found.candidates)


@cache
def matcher(lang: str) -> BodyMatcher:
    """The body-name matcher of a language (built once per machine and version of the code
    and data: graph/read/compiled.py)."""
    from ..read.compiled import kept
    from ..version import extractor_version

    code = lang if lang in LANGUAGES else "en"
    return kept(f"bodies-{code}", extractor_version(), lambda: BodyMatcher(code))


class BodyContext:
    """Body mentions of one document, and the memory of the last body named in full."""

    def __init__(
        self,
        mentions: list[Mention],
        citing: str | None,
        clitics: str = "",
        conjunctions: str = "",
        scan: str = "",
    ):
        self.mentions = mentions
        self.scan = scan  # the text the mentions are in (paragraph breaks between them)
        self.clitics = clitics  # letters glued before a name ("لل"), from the language data
        self.conjunctions = conjunctions  # clitics meaning "and" ("و", "ف")
        self.starts = [m.start for m in mentions]
        self.citing = citing
        self.index = body_index()
        # For each mention: the body it stands for (short names resolved in order).
        self.resolved: list[str | None] = []
        # Indices of short names resolved by a guess (the one relative, the one candidate),
        # not by a name given in full or by the citing body
        self.guessed: set[int] = set()
        last: dict[str, tuple[str, int]] = {}  # short name -> (body, end of its full name)
        for i, m in enumerate(mentions):
            if m.code:
                self.resolved.append(m.code)
                for k in _short_keys(m.code):
                    last[k] = (m.code, m.end)
            else:
                code, guessed = self._resolve_short(m, last)
                self.resolved.append(code)
                if guessed:
                    self.guessed.add(i)

    def resolve_short(self, m: Mention, last: dict[str, tuple[str, int]]) -> str | None:
        """A short name: the last body of its kind named in full, else by relation."""
        return self._resolve_short(m, last)[0]

    def _resolve_short(
        self, m: Mention, last: dict[str, tuple[str, int]]
    ) -> tuple[str | None, bool]:
        own = self.citing if self.citing in m.candidates else None
        named = last.get(m.short) if m.short else None
        if named and named[0] in m.candidates:
            # "Human Rights Council resolution 49/1 ...\n\nThe Council, by its resolution
            # 1540 (2004)" in a Security Council letter: a new paragraph speaks of the
            # citing body again; within one it still means the body just named in full
            if own is None or not _PARAGRAPH_BREAK.search(self.scan, named[1], m.start):
                return named[0], False
        family = self.index.ancestors(self.citing)
        for code in family:  # the citing body or an ancestor: "the Council" in an HRC report
            if code in m.candidates:
                return code, False
        if self.citing:  # the one relative: "the Conference of the Parties" in a CMA text
            # Beside the citing body under one of its ancestors, never under the citing body
            # itself ("the Working Group" in an Assembly text is one of many working groups)
            roots = set(family[1:])
            relatives = [
                c
                for c in m.candidates
                if roots & set(self.index.ancestors(c)[1:])
                and self.citing not in self.index.ancestors(c)
            ]
            if len(relatives) == 1:
                return relatives[0], True
        return (m.candidates[0], True) if len(m.candidates) == 1 else (None, False)

    def mention_at(self, scan: str, pos: int) -> int | None:
        """Index of the mention starting at ``pos`` (or after clitics there: "للجنة"); not
        after a conjunction ("ولجنة" is "and the Committee", a body of its own)."""
        j = self.at(pos)
        if j < len(self.mentions):
            start = self.mentions[j].start
            glued = scan[pos:start]
            if start == pos or (
                start - pos <= 2
                and all(c in self.clitics for c in glued)
                and not any(c in self.conjunctions for c in glued)
            ):
                return j
        return None

    def at(self, pos: int) -> int:
        """Index of the first mention starting at or after ``pos``."""
        return bisect_left(self.starts, pos)


# A paragraph break: an empty line, or a line opening a numbered paragraph ("\n2. ")
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\r?\n|\n[ \t]*\d{1,3}\.[ \t]")


@cache
def _short_keys(code: str) -> tuple[str, ...]:
    """Keys of every short name of a body, in every language."""
    body = body_index().bodies.get(code)
    if body is None:
        return ()
    return tuple(matcher(lang).key(h) for lang in LANGUAGES for h in body.hidden.get(lang, []))
