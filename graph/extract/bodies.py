"""The UN bodies of ontology/bodies.ttl, and finding their names in text.

Full names and acronyms (skos:prefLabel, skos:altLabel) identify a body on their
own. Generic short names (skos:hiddenLabel: "the Working Group", "the Council",
"Рабочая группа") are resolved in context: to the last body of that kind named in
full, else to the citing document's body or a relative of it.
Russian names are matched by word stems, so inflected forms ("Рабочей группы",
"Конференции участников") are found; Arabic names with their prefixed clitics.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field
from functools import cache

import pyoxigraph as ox

from ..paths import ontology_file
from .languages import LANGUAGES, load_data
from .patterns import literal_atoms, trie_regex

_SKOS = "http://www.w3.org/2004/02/skos/core#"
_MG = "https://w3id.org/mandate-graph/ontology#"
_QUERY = f"""
SELECT ?code ?parent ?prop ?label WHERE {{
  ?b <{_MG}code> ?code .
  OPTIONAL {{ ?b <{_SKOS}broader>/<{_MG}code> ?parent }}
  ?b ?prop ?label .
  FILTER(?prop IN (<{_SKOS}prefLabel>, <{_SKOS}altLabel>, <{_SKOS}hiddenLabel>))
}}"""


@dataclass(slots=True)
class Body:
    """One body: code, parent code, labels by language."""

    code: str
    parent: str | None = None
    pref: dict[str, str] = field(default_factory=dict)
    alt: dict[str, list[str]] = field(default_factory=dict)
    hidden: dict[str, list[str]] = field(default_factory=dict)


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

    def label(self, code: str, lang: str = "en") -> str:
        body = self.bodies.get(code)
        if body is None:
            return code
        return body.pref.get(lang) or body.pref.get("en") or code


@cache
def body_index() -> BodyIndex:
    """Read ontology/bodies.ttl (once per process)."""
    store = ox.Store()
    path = ontology_file("bodies.ttl")
    bodies: dict[str, Body] = {}
    if path.exists():
        store.load(path=str(path), format=ox.RdfFormat.TURTLE)
        for row in store.query(_QUERY):
            code = row["code"].value
            body = bodies.setdefault(code, Body(code))
            if row["parent"] is not None:
                body.parent = row["parent"].value
            label = row["label"]
            lang = getattr(label, "language", None) or "en"
            prop = row["prop"].value.rsplit("#", 1)[1]
            if prop == "prefLabel":
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
        self.clitics = labels.get("first_word_clitics", "")
        self.article = labels.get("article", "")
        self.article_after_li = labels.get("article_after_li", "")
        self.full: dict[str, str] = {}
        self.short: dict[str, list[str]] = {}
        names: list[list[str]] = []
        index = body_index()
        for body in index.bodies.values():
            fulls = [body.pref.get(lang), *body.alt.get(lang, [])]
            if lang != "en":  # Latin acronyms are written in every language: "UNODC", "CMA"
                fulls += [a for a in body.alt.get("en", []) if a.isupper() and a.isascii()]
            for label in filter(None, fulls):
                self.full.setdefault(self.key(label), body.code)
                names.append(self.atoms(label, flexible=True))
            for label in body.hidden.get(lang, []):
                codes = self.short.setdefault(self.key(label), [])
                if body.code not in codes:
                    codes.append(body.code)
                names.append(self.atoms(label))
        bound = labels.get("word_boundary", True)
        self.fragment = trie_regex(names)
        self.regex = re.compile(
            (r"(?<!\w)" if bound else "") + self.fragment + (r"(?!\w)" if bound else "")
        )

    def stem(self, word: str) -> str:
        for ending in self.endings:
            if word.endswith(ending) and len(word) - len(ending) >= self.min_stem:
                return word[: -len(ending)]
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
            if self.endings and len(word) > self.min_stem and word[-1].isalpha():
                atoms.append(self.ending)
            if i == 0 and self.clitics:
                if self.article and word.startswith(self.article):
                    rest = literal_atoms(word[len(self.article) :])
                    first = f"(?:{self.clitics}{self.article}|{self.article_after_li})"
                    atoms = [first, *rest]
                else:
                    atoms = [self.clitics, *atoms]
            out += atoms
        return out

    def key(self, text: str) -> str:
        """The lookup key of a label or of matched text: spaces, case, endings ignored."""
        text = re.sub(r"\s*[-–‑]\s*", "-", text.replace("’", "'"))
        words = re.split(r"\s+|(?<=-)|(?=-)", text.strip())
        if self.endings:
            words = [self.stem(w.lower()) for w in words]
        return " ".join(w.lower() for w in words if w)

    def keys(self, text: str) -> list[str]:
        """Candidate keys of matched text (Arabic: with and without clitics)."""
        key = self.key(text)
        if not self.clitics:
            return [key]
        first, _, rest = key.partition(" ")
        out = [key]
        for n in (1, 2):
            head = first[:n]
            if len(first) > n + 1 and all(ch in "وفبلك" for ch in head):
                out.append((first[n:] + " " + rest).strip())
                if first[n:].startswith("ل") and self.article:
                    out.append((self.article + first[n + 1 :] + " " + rest).strip())
        return out

    def find(self, scan: str) -> list[Mention]:
        """Every body name in the text, left to right."""
        out: list[Mention] = []
        for m in self.regex.finditer(scan):
            mention = self.classify(m.group(), m.start(), m.end())
            if mention is not None:
                out.append(mention)
        return out

    def classify(self, text: str, start: int, end: int) -> Mention | None:
        for key in self.keys(text):
            code = self.full.get(key)
            if code:
                return Mention(start, end, code)
            codes = self.short.get(key)
            if codes:
                return Mention(start, end, None, key, tuple(codes))
        return None


@cache
def matcher(lang: str) -> BodyMatcher:
    """The body-name matcher of a language (built once)."""
    return BodyMatcher(lang if lang in LANGUAGES else "en")


class BodyContext:
    """Body mentions of one document, and the memory of the last body named in full."""

    def __init__(self, mentions: list[Mention], citing: str | None):
        self.mentions = mentions
        self.starts = [m.start for m in mentions]
        self.citing = citing
        self.index = body_index()
        # For each mention: the body it stands for (short names resolved in order).
        self.resolved: list[str | None] = []
        last: dict[str, str] = {}
        for m in mentions:
            if m.code:
                self.resolved.append(m.code)
                for k in _short_keys(m.code):
                    last[k] = m.code
            else:
                self.resolved.append(self.resolve_short(m, last))

    def resolve_short(self, m: Mention, last: dict[str, str]) -> str | None:
        """A short name: the last body of its kind named in full, else by relation."""
        if m.short in last and last[m.short] in m.candidates:
            return last[m.short]
        family = self.index.ancestors(self.citing)
        for code in family:  # the citing body or an ancestor: "the Council" in an HRC report
            if code in m.candidates:
                return code
        if self.citing:  # the one relative: "the Conference of the Parties" in a CMA text
            roots = set(family)
            relatives = [c for c in m.candidates if roots & set(self.index.ancestors(c)[1:])]
            if len(relatives) == 1:
                return relatives[0]
        return m.candidates[0] if len(m.candidates) == 1 else None

    def at(self, pos: int) -> int:
        """Index of the first mention starting at or after ``pos``."""
        return bisect_left(self.starts, pos)


@cache
def _short_keys(code: str) -> tuple[str, ...]:
    """Keys of every short name of a body, in every language."""
    body = body_index().bodies.get(code)
    if body is None:
        return ()
    return tuple(matcher(lang).key(h) for lang in LANGUAGES for h in body.hidden.get(lang, []))
