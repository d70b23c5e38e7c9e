"""Where a case-insensitive pattern can start a match: a looser pattern over the lower-cased
text that the regex engine scans fast.

Python's engine skips ahead to a pattern's possible first characters only when it knows
them, which it never does for a pattern that ignores case and starts with a letter ("as
requested", ", and requests"): it tries the whole pattern at every position (about 35 MB/s
for the mandate cues). ``starts(pattern)`` writes the first few items of the pattern as a
case-sensitive pattern over the lower-cased text: its literals lower-cased, its
look-arounds and word boundaries dropped, its classes widened. It matches at every position
where the pattern matches (and at some where it does not), and the engine skips to its
first characters. A search then runs the pattern itself only where it matched
(sieve.Sieved.finditer): the answer is always the pattern's own.
"""

from __future__ import annotations

import re
from functools import cache
from re import _compiler as sre_compile  # type: ignore[attr-defined]  # the compiler's own tests
from re import _constants as sre_c  # type: ignore[attr-defined]  # the parser's own opcodes
from re import _parser as sre_parse  # type: ignore[attr-defined]

ENOUGH = 8  # characters every match of the loose pattern holds before it stops
MIN_WIDTH = 2  # a loose pattern shorter than this is not worth a second pass
_ANY = "(?s:.)"
_LITERALS = re.compile(r"\[(?:[^\\\]]|\\[^0-9A-Za-z]){1,8}\]")  # a class of a few characters
_LITERAL = re.compile(r"[^\\]|\\[^0-9A-Za-z]", re.DOTALL)  # one character, as re.escape writes it
_REPEAT_OPS = (sre_c.MAX_REPEAT, sre_c.MIN_REPEAT, getattr(sre_c, "POSSESSIVE_REPEAT", None))
_CATEGORIES = {
    sre_c.CATEGORY_SPACE: r"\s",
    sre_c.CATEGORY_DIGIT: r"\d",
    sre_c.CATEGORY_WORD: r"\w",
}


def _case_classes() -> dict[str, str]:
    """Lower-case letters the engine takes as one when ignoring case ("s" and long "ſ",
    "в" and "ᲀ") -> the least of each class."""
    from re._casefix import _EXTRA_CASES  # type: ignore[import-not-found]

    out: dict[str, str] = {}
    for key, extra in _EXTRA_CASES.items():
        members = [chr(key), *map(chr, extra)]
        for member in members:
            out[member] = min(members + [out.get(member, member)])
    return out


# Lower-case letter -> the least of those the engine takes as one with it when ignoring case
CANON = _case_classes()


def canonical(low: str) -> str:
    """The least of the lower-case letters the engine takes as one with ``low`` ("s" for
    "ſ"), else ``low``."""
    return CANON.get(low, low)


class _Unusable(Exception):
    """A character whose lower case the engine and ``str.lower`` tell apart ("İ")."""


MAX_PATHS = 512  # alternatives of the loose pattern, each starting with a literal


@cache
def starts(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    """A case-sensitive pattern matching, in the text lower-cased with ``str.lower`` (its
    letters that the engine takes as one when ignoring case written as the least of them),
    at every position where ``pattern`` matches; None when there is none worth its pass
    (the engine skips ahead by itself, ``pattern`` can match empty, it starts with a class
    of any letter ...).

    >>> starts(re.compile(r"\\b(?:as\\s+requested|pursuant\\s+to)\\s*,", re.I)).pattern
    'as\\\\s{1,}reque|pursuant'
    """
    if not pattern.flags & re.IGNORECASE:
        return None  # the engine skips ahead by itself
    tree = parsed(pattern)
    try:
        if tree is None or tree.getwidth()[0] == 0:
            return None
        known = _known_start(tree, pattern.flags)  # what the engine skips ahead to by itself
        if known > 1:
            return None
        paths = _sequence(list(tree))
    except (_Unusable, re.error, RecursionError, OverflowError):
        return None
    # Past one character the engine skips to ("\n"), worth it only when it holds more
    least = min((m for _, m, _ in paths), default=0)
    if least < (MIN_WIDTH if known == 0 else ENOUGH // 2):
        return None
    # The engine skips ahead to the first characters of an alternation only when each
    # alternative starts with a literal
    if not all(tokens and _LITERAL.fullmatch(tokens[0]) for tokens, _, _ in paths):
        return None
    return re.compile(_trie(sorted({tokens for tokens, _, _ in paths})))


@cache
def parsed(pattern: re.Pattern[str]):
    """The parsed form of ``pattern`` (None when it cannot be parsed again)."""
    try:
        return sre_parse.parse(pattern.pattern, pattern.flags)
    except (re.error, RecursionError, OverflowError):
        return None


def _known_start(parsed, flags: int) -> int:
    """What the engine knows of the first characters of ``parsed``: the length of its
    literal prefix, 2 for a set of first characters (it skips ahead to those as fast), 0
    when it knows nothing."""
    try:
        prefix, _, _ = sre_compile._get_literal_prefix(parsed, flags)
        if prefix:
            return len(prefix)
        return 2 if sre_compile._get_charset_prefix(parsed, flags) else 0
    except Exception:  # noqa: BLE001 - the compiler's private helpers changed: no fast path
        return 2


# Loose alternatives: (source tokens, characters every match holds, whether the parsed
# items after them may still be joined on: False once the path holds ENOUGH characters or
# met an item it cannot write)
Paths = list[tuple[tuple[str, ...], int, bool]]


def _sequence(items: list) -> Paths:
    """The loose alternatives of a parsed sequence, each starting with a literal."""
    paths: Paths = [((), 0, True)]
    for k, (op, av) in enumerate(items):
        if not any(go for _, _, go in paths):
            break
        if op is sre_c.ASSERT and av[0] == 1 and k == len(items) - 1:
            # A look-ahead that ends the sequence: what it looks for stands right there, so
            # the loose pattern may hold it ("\n(?=Requests|Decides)"); nothing follows it
            options = [(a, m, False) for a, m, _ in _sequence(list(av[1]))]
        else:
            options = _item(op, av)
        joined = [p for p in paths if not p[2]] + [
            (a + b, m + n, go and m + n < ENOUGH)
            for a, m, open_ in paths
            if open_
            for b, n, go in options
        ]
        if len(joined) > MAX_PATHS:
            return [(a, m, False) for a, m, _ in paths]
        paths = joined
    return paths


def _item(op, av) -> Paths:
    """The loose alternatives of one parsed item."""
    if op is sre_c.LITERAL:
        return [((re.escape(_fold(chr(av))),), 1, True)]
    if op in (sre_c.NOT_LITERAL, sre_c.ANY):
        return [((_ANY,), 1, True)]
    if op is sre_c.IN:
        chars = _charset(av)
        if isinstance(chars, list) and len(chars) <= 8:
            return [((c,), 1, True) for c in chars]  # each alternative opens with a literal
        return [((_class(chars),), 1, True)]
    if op in (sre_c.AT, sre_c.ASSERT, sre_c.ASSERT_NOT):
        return [((), 0, True)]  # a look-around consumes nothing: dropped, the pattern tests it
    if op is sre_c.BRANCH:
        return [path for alternative in av[1] for path in _sequence(list(alternative))]
    if op is sre_c.SUBPATTERN:
        return _sequence(list(av[-1]))
    if op is getattr(sre_c, "ATOMIC_GROUP", None):
        return _sequence(list(av))
    if op in _REPEAT_OPS:
        low, high, sub = av
        return _repeat(low, high, sub)
    return [((), 0, False)]  # a back reference, a conditional: the loose pattern ends here


def _repeat(low: int, high: int, sub) -> Paths:
    items = list(sub)
    if len(items) == 1 and items[0][0] in (sre_c.LITERAL, sre_c.IN, sre_c.NOT_LITERAL):
        one = _class([tokens[0] for tokens, _, _ in _item(*items[0])])
        top = "" if high == sre_c.MAXREPEAT else str(high)
        if one in (r"\s", re.escape(" ")) or high <= 3 or _LITERALS.fullmatch(one):
            # white space, a short run, a run of a few characters ("[ \t*]*")
            if low == 0 and high == 1:
                return [((), 0, True), ((one,), 1, True)]
            return [((f"{one}{{{low},{top}}}",), low, True)]
        return [((f"{one}{{{low}}}",), low, False)] if low else [((), 0, False)]
    if low == 0:
        if high == 1:  # "(?:in this regard,)?": with or without it
            return [((), 0, True), *_sequence(items)]
        return [((), 0, False)]
    return [(a, m, False) for a, m, _ in _sequence(items)]  # once: the rest is left out


def _charset(items) -> list[str] | str:
    """The characters (escaped) of a class as the lower-cased text holds them, or the source
    of a class matching them (any character when it is negated or names a category of
    another kind)."""
    parts: set[str] = set()
    categories: set[str] = set()
    for op, av in items:
        if op is sre_c.LITERAL:
            parts.add(re.escape(_fold(chr(av))))
        elif op is sre_c.RANGE:
            low, high = av
            if high - low > 500:
                return _ANY
            parts.update(re.escape(_fold(chr(c))) for c in range(low, high + 1))
        elif op is sre_c.CATEGORY and av in _CATEGORIES:
            categories.add(_CATEGORIES[av])
        else:  # NEGATE, CHARSET, BIGCHARSET, a negated category ...
            return _ANY
    if not categories:
        return sorted(parts)
    if not parts and len(categories) == 1:
        return categories.pop()
    return "[" + "".join(sorted(parts | categories)) + "]"


def _trie(paths: list[tuple[str, ...]]) -> str:
    """One pattern for sorted token sequences, their common first tokens written once."""
    if any(not p for p in paths):
        return ""  # the empty one matches wherever the longer ones do
    out = []
    k = 0
    while k < len(paths):
        first = paths[k][0]
        j = k
        while j < len(paths) and paths[j][0] == first:
            j += 1
        rest = _trie([p[1:] for p in paths[k:j]])
        out.append(first + (f"(?:{rest})" if "|" in rest else rest))
        k = j
    return "|".join(out)


def _class(chars: list[str] | str) -> str:
    if isinstance(chars, str):
        return chars
    return chars[0] if len(chars) == 1 else "[" + "".join(chars) + "]"


def _fold(char: str) -> str:
    """``char`` as the lower-cased text holds it (see sieve.folded_text)."""
    low = char.lower()
    if len(low) != 1:
        raise _Unusable(char)
    return canonical(low)
