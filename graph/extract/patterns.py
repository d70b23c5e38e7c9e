"""Regex building blocks: word lists compiled as tries, templates filled from data.

A plain alternation of hundreds of names makes Python's regex engine try every
alternative at every position; a trie shares prefixes so each position costs one
path. Body names, ordinal words and cue words are all compiled this way.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence

# An atom is a regex fragment standing for one "character" of a name: an escaped
# literal, or a special piece such as r"\s+" (a space in a name) or an inflection.
Atoms = Sequence[str]

_END = ""  # key marking "a name may end here" in a trie node


def literal_atoms(text: str) -> list[str]:
    """Atoms for a literal name: each character escaped, spaces flexible.

    >>> literal_atoms("WG 2")
    ['W', 'G', '\\\\s+', '2']
    """
    atoms: list[str] = []
    for ch in text:
        if ch.isspace():
            if not atoms or atoms[-1] != r"\s+":
                atoms.append(r"\s+")
        elif ch in "'’":
            atoms.append("['’]")
        elif ch in "-–‑":
            atoms.append(r"\s*[-–‑]\s*")
        else:
            atoms.append(re.escape(ch))
    return atoms


def trie_regex(names: Iterable[Atoms]) -> str:
    """One regex (no groups) matching any of the atom sequences, longest first.

    >>> trie_regex([literal_atoms("ab"), literal_atoms("abc"), literal_atoms("b")])
    '(?:abc?|b)'
    """
    root: dict = {}
    for atoms in names:
        if not atoms:
            continue
        node = root
        for atom in atoms:
            node = node.setdefault(atom, {})
        node[_END] = {}
    if not root:
        return "(?!)"
    return _emit(root)


def _emit(node: dict) -> str:
    ends_here = _END in node
    branches = []
    # Longer atoms first, so that r"\s+" and multi-char fragments are tried before
    # their one-char prefixes; alphabetical for a stable output.
    for atom in sorted((a for a in node if a != _END), key=lambda a: (-len(a), a)):
        child = node[atom]
        if list(child) == [_END]:
            branches.append(atom)
        else:
            branches.append(atom + _emit(child))
    if not branches:
        return ""
    if len(branches) == 1 and not ends_here:
        return branches[0]
    if len(branches) == 1 and ends_here:
        single = branches[0]
        return (single if _is_single(single) else f"(?:{single})") + "?"
    body = "|".join(branches)
    return f"(?:{body})" + ("?" if ends_here else "")


def _is_single(fragment: str) -> bool:
    """True when a fragment is one atom a quantifier can follow directly."""
    return len(fragment) == 1 or (len(fragment) == 2 and fragment[0] == "\\")


def fill(template: str, **parts: str) -> str:
    """Replace ``{NAME}`` placeholders in a data template with regex fragments.

    Only the given names are replaced, so regex counts like ``{1,3}`` stay intact.

    >>> fill("{ORD} session", ORD="(?:first|second)")
    '(?:first|second) session'
    """
    for name, value in parts.items():
        template = template.replace("{" + name + "}", value)
    return template


def alternation(fragments: Iterable[str]) -> str:
    """Non-capturing alternation of regex fragments, longest first (none: never matches)."""
    items = sorted({f for f in fragments if f}, key=lambda f: (-len(f), f))
    if not items:
        return "(?!)"
    return "(?:" + "|".join(items) + ")"


def finditer_guarded(
    pattern: re.Pattern[str], guard: re.Pattern[str], text: str, pos: int = 0
) -> Iterator[re.Match[str]]:
    """The matches of ``guard`` + ``pattern`` over ``text[pos:]``, where ``guard`` is a
    zero-width look-behind ("(?<![\\w/])"): the same matches as one compiled pattern would
    give, found faster.

    A leading look-behind makes the engine try the whole pattern at every position; without
    it the engine skips to the first characters the pattern can start with, and the guard
    is tested only there. ``pattern`` must not match the empty string.
    """
    while True:
        m = pattern.search(text, pos)
        if m is None:
            return
        if guard.match(text, m.start()) is not None:
            yield m
            pos = m.end()
        else:
            pos = m.start() + 1  # the match could still start one character on


class LazyPattern:
    """A regex compiled on first use, then used like the ``re.Pattern`` it holds.

    A language's data holds hundreds of patterns; a process that reads only English
    documents should not compile the Russian ones. Header reading looks at every language,
    but only at a few patterns of each: those are the only ones compiled.

    >>> p = LazyPattern("a+")
    >>> p.match("aa").group()
    'aa'
    """

    def __init__(self, source: str, flags: int = 0, sieve: bool = False):
        self._source = source
        self._flags = flags
        self._sieve = sieve
        self._compiled: re.Pattern[str] | None = None

    def __getattr__(self, name: str):
        """Called only for names not yet here: compile, then keep the attribute (a bound
        method such as ``search``) on the instance, so the next call costs a plain lookup."""
        compiled = self._compiled
        if compiled is None:
            compiled = self._compiled = re.compile(self._source, self._flags)
        if name == "search" and self._sieve:
            from .sieve import sieved

            value = sieved(compiled).search
        else:
            value = getattr(compiled, name)
        self.__dict__[name] = value
        return value

    def __repr__(self) -> str:
        return f"LazyPattern({self._source[:40]!r})"

    def __reduce__(self):
        """Pickled as its source: compiled again on first use after loading."""
        return (LazyPattern, (self._source, self._flags, self._sieve))


def lazy(source: str, flags: int = 0, sieve: bool = False) -> re.Pattern[str]:
    """``re.compile(source, flags)``, put off until the pattern is first used; ``sieve``: its
    searches in short windows sieved (sieve.py)."""
    return LazyPattern(source, flags, sieve)  # type: ignore[return-value]
