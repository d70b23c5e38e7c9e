"""Finding cue words fast: an index from the first letters of each cue to its pattern.

One big alternation of a language's cue patterns costs the regex engine every
alternative at every position (hundreds of microseconds per sentence). Instead each
pattern's possible first three characters are worked out once from its parsed form;
a window of text is then read word start by word start, and only the patterns whose
prefix matches are tried there.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from re import _constants as sre_c  # type: ignore[attr-defined]  # the parser's own opcodes
from re import _parser as sre_parse  # type: ignore[attr-defined]

PREFIX = 3  # characters of a cue used as its index key
# A cue in a language that spaces its words ends at a word end: "under" is not in
# "understanding", "en virtud de" is not in "en virtud del" (a pattern with more forms may
# still match there, by backtracking: "(?:de|del)")
_WORD_END = r"(?:(?<!\w)|(?!\w))"
_MAX_CLASS = 80  # a character class wider than this makes a pattern unindexable
# White space that counts as " " in an index key (str.replace per character is several times
# faster than str.translate, which looks every character up in a table)
_SPACES = "\t\n\r\x0b\x0c\xa0\u2009\u202f\u3000"


@dataclass(frozen=True, slots=True)
class Found:
    relation: str
    start: int
    end: int


def prefixes(pattern: str, n: int = PREFIX) -> set[str] | None:
    """Every string of up to ``n`` characters a match of ``pattern`` can start with.

    Whitespace classes count as " ". None when the pattern can start with too many
    different characters to index.

    >>> sorted(prefixes(r"recall(?:ing|s)?|bearing\\s+in"))
    ['bea', 'rec']
    """
    try:
        tree = sre_parse.parse(pattern)
    except (re.error, RecursionError, OverflowError):
        return None
    found = _sequence(list(tree), n)
    return {p.lower() for p in found} if found is not None else None


def _sequence(items: list, n: int) -> set[str] | None:
    acc = {""}
    for op, av in items:
        todo = {p for p in acc if len(p) < n}
        if not todo:
            break
        options = _item(op, av, n)
        if options is None:
            return None
        acc = {p for p in acc if len(p) >= n} | {(p + o)[:n] for p in todo for o in options}
        if len(acc) > 5000:
            return None
    return acc


def _item(op, av, n: int) -> set[str] | None:
    if op is sre_c.LITERAL:
        return {chr(av)}
    if op is sre_c.IN:
        return charset_chars(av)
    if op is sre_c.BRANCH:
        out: set[str] = set()
        for alternative in av[1]:
            sub = _sequence(list(alternative), n)
            if sub is None:
                return None
            out |= sub
        return out
    if op is sre_c.SUBPATTERN:
        return _sequence(list(av[-1]), n)
    if op in (sre_c.MAX_REPEAT, sre_c.MIN_REPEAT, getattr(sre_c, "POSSESSIVE_REPEAT", None)):
        low, high, sub_pattern = av
        sub = _sequence(list(sub_pattern), n)
        if sub is None:
            return None
        out = {""} if low == 0 else set()
        current = {""}
        for count in range(1, min(high, n + 1) + 1):
            current = {(a + b)[:n] for a in current for b in sub}
            if count >= low:
                out |= current
        return out
    if op in (sre_c.AT, sre_c.ASSERT, sre_c.ASSERT_NOT):
        return {""}
    return None


def charset_chars(items) -> set[str] | None:
    """The characters of a parsed character class, white space as " " (None: too many)."""
    chars: set[str] = set()
    for op, av in items:
        if op is sre_c.LITERAL:
            chars.add(chr(av))
        elif op is sre_c.RANGE:
            if av[1] - av[0] > _MAX_CLASS:
                return None
            chars.update(chr(c) for c in range(av[0], av[1] + 1))
        elif op is sre_c.CATEGORY and av is sre_c.CATEGORY_SPACE:
            chars.add(" ")
        elif op is sre_c.CATEGORY and av is sre_c.CATEGORY_DIGIT:
            chars.update("0123456789")
        else:
            return None
    return chars if len(chars) <= _MAX_CLASS else None


class CueIndex:
    """Cue patterns of one kind (before or after a reference) of one language."""

    def __init__(self, cues: list[tuple[str, str]], word_starts: bool):
        self.word_starts = word_starts
        self.by_prefix: dict[str, list[tuple[str, re.Pattern[str]]]] = {}
        self.always: list[tuple[str, re.Pattern[str]]] = []
        for relation, fragment in cues:
            whole = f"(?:{fragment}){_WORD_END}" if word_starts else fragment
            compiled = re.compile(whole, re.IGNORECASE)
            keys = prefixes(fragment)
            if keys is None or "" in keys:
                self.always.append((relation, compiled))
                continue
            for key in keys:
                self.by_prefix.setdefault(key, []).append((relation, compiled))
        self.lengths = sorted({len(k) for k in self.by_prefix})
        # Only positions where a key starts are looked at (at a word start in a language
        # that spaces its words)
        head = r"\b" if word_starts else ""
        starts = "|".join(map(re.escape, sorted(self.by_prefix, key=lambda k: (-len(k), k))))
        self.keyed = re.compile(head + (f"(?=(?:{starts}))" if starts else "(?!)"))

    def find(self, text: str, start: int, end: int) -> list[Found]:
        """Cues in text[start:end], in order of their start."""
        lowered, keyed = _folded(text[start:end])
        out: list[Found] = []
        by_prefix, lengths = self.by_prefix, self.lengths
        for start_match in self.keyed.finditer(keyed):
            pos = start_match.start()
            for size in lengths:
                candidates = by_prefix.get(keyed[pos : pos + size])
                if candidates is None:
                    continue
                for relation, pattern in candidates:
                    m = pattern.match(lowered, pos)
                    if m and m.end() > pos:
                        out.append(Found(relation, start + pos, start + m.end()))
        for relation, pattern in self.always:
            for m in pattern.finditer(lowered):
                if m.end() > m.start():
                    out.append(Found(relation, start + m.start(), start + m.end()))
        out.sort(key=lambda f: (f.start, -f.end))
        return out

    def find_at(self, text: str, start: int, end: int) -> list[Found]:
        """The cues that start at ``start`` (read within text[start:end]): what ``find`` gives
        there, without looking at any other position (a paragraph's opening verb)."""
        lowered, keyed = _folded(text[start:end])
        out: list[Found] = []
        if self.keyed.match(keyed):
            for size in self.lengths:
                for relation, pattern in self.by_prefix.get(keyed[:size], ()):
                    m = pattern.match(lowered)
                    if m and m.end() > 0:
                        out.append(Found(relation, start, start + m.end()))
        for relation, pattern in self.always:
            m = pattern.match(lowered)
            if m and m.end() > 0:
                out.append(Found(relation, start, start + m.end()))
        return out


def _folded(window: str) -> tuple[str, str]:
    """The window lower-cased with its length kept (a letter whose lower case is longer, "İ",
    stays as it is), and that with every space character written " " (what keys are read in)."""
    lowered = window.lower()
    if len(lowered) != len(window):
        lowered = "".join(c if len(c.lower()) != 1 else c.lower() for c in window)
    return lowered, _spaced(lowered)


def _spaced(text: str) -> str:
    """``text`` with every character of _SPACES written " "."""
    for space in _SPACES:
        if space in text:
            text = text.replace(space, " ")
    return text


@cache
def cue_index(code: str, section: str) -> CueIndex:
    """The index of a language's cues: section "relations" (before) or "relations_after"."""
    from .languages import RELATIONS_ORDER, load_data

    data = load_data(code)
    table = data.get(section, {})
    cues = [(rel, frag) for rel in RELATIONS_ORDER for frag in table.get(rel, [])]
    return CueIndex(cues, word_starts=data["labels"].get("word_boundary", True))


@cache
def match_chars(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """Every character a match of ``pattern`` can consume, white space aside (any white space
    may be consumed too); None when that cannot be told (".", negated classes, ...).

    Assertions (look-ahead, look-behind) consume nothing and are skipped.
    """
    try:
        tree = sre_parse.parse(pattern.pattern, pattern.flags)
    except (re.error, RecursionError, OverflowError):
        return None
    chars: set[str] = set()
    if not _consumed(list(tree), chars) or pattern.flags & re.IGNORECASE:
        return None
    return frozenset(chars)


def _consumed(items: list, chars: set[str]) -> bool:
    for op, av in items:
        if op is sre_c.LITERAL:
            chars.add(chr(av))
        elif op is sre_c.IN:
            for cop, cav in av:
                if cop is sre_c.LITERAL:
                    chars.add(chr(cav))
                elif cop is sre_c.RANGE:
                    if cav[1] - cav[0] > 1000:
                        return False
                    chars.update(chr(c) for c in range(cav[0], cav[1] + 1))
                elif cop is sre_c.CATEGORY and cav is sre_c.CATEGORY_SPACE:
                    pass  # white space is always allowed
                elif cop is sre_c.CATEGORY and cav is sre_c.CATEGORY_DIGIT:
                    return False  # every Unicode digit: too wide to list
                else:
                    return False
        elif op in (sre_c.MAX_REPEAT, sre_c.MIN_REPEAT, sre_c.POSSESSIVE_REPEAT):
            if not _consumed(list(av[2]), chars):
                return False
        elif op is sre_c.SUBPATTERN:
            if not _consumed(list(av[3]), chars):
                return False
        elif op is sre_c.BRANCH:
            if not all(_consumed(list(branch), chars) for branch in av[1]):
                return False
        elif op is sre_c.ATOMIC_GROUP:
            if not _consumed(list(av), chars):
                return False
        elif op in (sre_c.ASSERT, sre_c.ASSERT_NOT, sre_c.AT):
            continue
        else:
            return False
    return True
