"""Sieved search: a pattern's ``search`` in a short window, skipped when the window lacks
every string a match must hold.

A case-insensitive alternation of words ("established|created|set up") costs Python's
regex engine every word at every position: tens of microseconds in a window of 150
characters, though most windows hold none of them. The strings every match must hold are
worked out once from the parsed pattern; a window is then folded (lower case, white space
" ") and tested for them with plain substring searches. Where the fold could hide a match
(letters the engine takes as one when ignoring case, such as "ſ" and "s"), the pattern
searches as usual; the answer is always the pattern's own.
"""

from __future__ import annotations

import re
import sys
from functools import cache
from re import _constants as sre_c  # type: ignore[attr-defined]  # the parser's own opcodes
from typing import cast

from .cues import charset_chars
from .prefix import CANON as _CANON
from .prefix import parsed, starts

# Longer windows are searched directly (the sieve would copy them; lower-casing text outside
# ASCII costs more)
SIEVE_WINDOW = 8000
SIEVE_WINDOW_UNICODE = 1000
# White space as the engine's \s sees it in ASCII text (and _WHITE in any text): " "
_ASCII_SPACES = "\t\n\r\x0b\x0c\x1c\x1d\x1e\x1f"
_WHITE = re.compile(r"\s")


# A lower-cased window holding one of these is searched directly
_UNCOMMON_CHARS = tuple(sorted(c for c, m in _CANON.items() if c != m))
_UNCOMMON = re.compile("[" + "".join(_UNCOMMON_CHARS) + "]")


def _uncommon(low: str) -> bool:
    """``low`` holds a letter of _UNCOMMON (a plain search for each: several times faster
    than the class over a long text)."""
    return any(c in low for c in _UNCOMMON_CHARS)


# The last texts folded: [(text, lower-cased, lower-cased with white space " ")]; two, so
# that a search in a short string between searches in a document keeps the document's
_FOLDS: list[tuple[str, str | None, str | None | bool]] = []


def _fold_entry(text: str) -> tuple[str, str | None, str | None | bool]:
    for entry in _FOLDS:
        if entry[0] is text:
            return entry
    low: str | None = text.lower()
    if not text.isascii() and (len(low) != len(text) or _uncommon(low)):  # type: ignore[arg-type]
        low = None
    entry = (text, low, False)
    _FOLDS[:] = [entry, *_FOLDS[:1]]
    return entry


def folded_text(text: str) -> str | None:
    """``text`` lower-cased, of the same length and holding no letter the engine takes as one
    with a lesser one ("ſ", "ı"); None when that cannot be had. The last two texts' are kept
    (the searches of one document ask for it many times)."""
    return _fold_entry(text)[1]


def spaced_text(text: str) -> str | None:
    """folded_text(text) with white space written " " (as _folded writes a window)."""
    entry = _fold_entry(text)
    if entry[2] is False:
        low = entry[1]
        if low is not None:
            low = _ascii_spaced(low) if text.isascii() else _WHITE.sub(" ", low)
        entry = (text, entry[1], low)
        _FOLDS[:] = [entry, *(e for e in _FOLDS if e[0] is not text)][:2]
    return entry[2]  # type: ignore[return-value]


@cache
def needles(pattern: re.Pattern[str]) -> tuple[str, ...] | None:
    """Strings one of which every match of ``pattern`` holds once folded (lower case, white
    space " "); None when they cannot be told (nothing of two characters or more that every
    match must hold).

    >>> needles(re.compile(r"(?:by\\s+which\\s+)?it\\s+(?:established|set\\s+up)", re.I))
    ('established', 'set')
    """
    tree = parsed(pattern)
    if tree is None:
        return None
    found = _required(list(tree))
    if not found or min(map(len, found)) < 2 or len(found) > 200:
        return None
    folded = set()
    for text in found:
        chars = []
        for c in text:
            low = c.lower()
            if len(low) != 1:  # "İ": the engine's lower case is one letter, str.lower's two
                return None
            chars.append(" " if low.isspace() else _CANON.get(low, low))
        folded.add("".join(chars))
    return tuple(sorted(folded))


def _required(items: list) -> set[str] | None:
    """Strings one of which every match of the sequence ``items`` holds (the most telling
    of its parts: a run of literals, a group, a repeated part), or None."""
    best: set[str] | None = None

    def better(found: set[str] | None) -> None:
        nonlocal best
        if found and (
            best is None or (min(map(len, found)), -len(found)) > (min(map(len, best)), -len(best))
        ):
            best = found

    run = ""
    for op, av in items:
        if op is sre_c.LITERAL:
            run += chr(av)
            continue
        if run:
            better({run})
            run = ""
        better(_required_item(op, av))
    if run:
        better({run})
    return best


def _required_item(op, av) -> set[str] | None:
    if op is sre_c.IN:
        return charset_chars(av)
    if op is sre_c.BRANCH:
        out: set[str] = set()
        for alternative in av[1]:
            sub = _required(list(alternative))
            if sub is None:
                return None
            out |= sub
        return out
    if op is sre_c.SUBPATTERN:
        return _required(list(av[-1]))
    if op is sre_c.ATOMIC_GROUP:
        return _required(list(av))
    if op in (sre_c.MAX_REPEAT, sre_c.MIN_REPEAT, sre_c.POSSESSIVE_REPEAT) and av[0] >= 1:
        return _required(list(av[2]))
    return None  # assertions look outside the match; other items hold no known string


def _ascii_spaced(text: str) -> str:
    for space in _ASCII_SPACES:
        if space in text:
            text = text.replace(space, " ")
    return text


def _folded(window: str, spaces: bool) -> str | None:
    """``window`` in lower case (white space " " when ``spaces``), when that keeps every
    character the engine could match to a needle's (None otherwise: "İ", a long "ſ" ...)."""
    if window.isascii():
        low = window.lower()
        return _ascii_spaced(low) if spaces else low
    if len(window) > SIEVE_WINDOW_UNICODE:
        return None
    low = window.lower()
    if len(low) != len(window) or _UNCOMMON.search(low):
        return None
    return _WHITE.sub(" ", low) if spaces else low


class Sieved:
    """A compiled pattern whose ``search`` in a short window first looks for the needles of
    the pattern (plain substrings, fast) and returns None at once when none is there;
    otherwise, and for every other method, the pattern itself answers.

    A case-insensitive alternation of words costs the engine every word at every position
    (tens of microseconds in a window of 150 characters); most windows hold none of them.
    Needles without a letter that has a case (Chinese) are not used: the engine itself
    skips to where such a pattern can start.
    """

    def __init__(self, compiled: re.Pattern[str]):
        self._compiled = compiled
        self._ready = False  # the needles are worked out on the first search
        self._needles: tuple[str, ...] | None = None
        self._spaces = False
        self._any: re.Pattern[str] | None = None
        self._starts: re.Pattern[str] | None | bool = False  # worked out on first finditer

    def _prepare(self) -> None:
        found = needles(self._compiled)
        if found is not None and not any(c.upper() != c for n in found for c in n):
            found = None
        self._needles = found
        self._spaces = found is not None and any(" " in n for n in found)
        many = found is not None and len(found) > 4
        self._any = re.compile("|".join(map(re.escape, found))) if found and many else None
        self._ready = True

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize):
        """``pattern.search(text, pos, endpos)``."""
        if not self._ready:
            self._prepare()
        if self._needles is None or not 0 <= pos <= endpos:
            return self._compiled.search(text, pos, endpos)
        whole: str | None = None
        if type(text) is str:  # the whole text folded once: no window copied and lowered
            last = _FOLDS[0] if _FOLDS else None
            if last is not None and last[0] is text and (not self._spaces or last[2] is not False):
                whole = cast("str | None", last[2] if self._spaces else last[1])
            else:
                whole = spaced_text(text) if self._spaces else folded_text(text)
        if whole is not None:
            end = min(endpos, len(text))
            if self._any is not None:
                if self._any.search(whole, pos, end) is None:
                    return None
            else:
                for needle in self._needles:
                    if whole.find(needle, pos, end) >= 0:
                        break
                else:
                    return None
        elif endpos - pos <= SIEVE_WINDOW:
            window = _folded(text[pos:endpos], self._spaces)
            if window is not None:
                if self._any is not None:
                    if self._any.search(window) is None:
                        return None
                elif not any(n in window for n in self._needles):
                    return None
        return self._compiled.search(text, pos, endpos)

    def finditer(self, text: str, pos: int = 0, endpos: int = sys.maxsize):
        """``pattern.finditer(text, pos, endpos)``: the pattern runs only where its loose
        prefix (prefix.starts) matches in the lower-cased text."""
        folded = None
        if self._starts is False:
            self._starts = starts(self._compiled)
        if self._starts is not None and type(text) is str and 0 <= pos <= endpos:
            folded = folded_text(text)
        if folded is None:
            return self._compiled.finditer(text, pos, endpos)
        return self._scan(text, folded, pos, min(endpos, len(text)))

    def _scan(self, text: str, folded: str, pos: int, end: int):
        search, match = self._starts.search, self._compiled.match  # type: ignore[union-attr]
        while True:
            at = search(folded, pos, end)
            if at is None:
                return
            m = match(text, at.start(), end)
            if m is None:
                pos = at.start() + 1
                continue
            yield m
            pos = m.end()  # never empty: the loose prefix holds characters

    def __getattr__(self, name: str):
        """Every other attribute (match, finditer, pattern, groupindex ...) of the pattern."""
        value = getattr(self._compiled, name)
        self.__dict__[name] = value
        return value

    def __repr__(self) -> str:
        return f"Sieved({self._compiled!r})"


def sieved(compiled: re.Pattern[str]) -> re.Pattern[str]:
    """``compiled``, its ``search`` sieved (see Sieved)."""
    return Sieved(compiled)  # type: ignore[return-value]
