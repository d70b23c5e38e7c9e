"""Where the extraction pass must look: symbols (found from their slashes), act keywords and
session nouns (found from literal pieces of them), in text order.

Python's regex engine finds a literal ("esolution", "/") far faster than it tries a
pattern at every position; the full patterns are tried only where a literal is found.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from .cues import match_chars
from .grammar import lang
from .languages import Lang, load_data
from .symbols import SYMBOL

# UNFCCC decision numbers standing alone: "1/CP.21", "3/CMA.1" (in tables, or after "and")
UNFCCC = re.compile(r"[0-9]{1,3}/(?:CP|CMP|CMA)\.[0-9]{1,2}(?![\w/])")
_SLASH = re.compile("/")
_SYMBOL = re.compile(SYMBOL)
# Characters a symbol's first components are made of, read backwards from a slash
_SYMBOL_CHARS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789.-")
_SYMBOL_CHARS |= frozenset(load_data("symbols")["lookalikes"])
_LOOKALIKE_UP = frozenset(k for k, v in load_data("symbols")["lookalikes"].items() if v.isupper())


@dataclass(frozen=True)
class Scanners:
    """The compiled patterns of one language for the scan, and their literal anchors."""

    act: re.Pattern[str] | None
    zh: re.Pattern[str] | None
    session: re.Pattern[str]
    act_anchors: tuple[re.Pattern[str], ...]
    session_anchors: tuple[re.Pattern[str], ...]


@cache
def scanners(code: str) -> Scanners:
    """Patterns of a language: full forms, and the literal pieces searched first.

    Python's regex engine finds a literal ("esolution") hundreds of times faster than
    an alternation; the full pattern is tried only where a literal is found.
    """
    lg = lang(code)
    literals = lambda xs: tuple(re.compile(re.escape(x)) for x in xs)  # noqa: E731
    return Scanners(
        act=None if lg.zh_list else re.compile(lg.act_head),
        zh=re.compile(lg.zh_list) if lg.zh_list else None,
        session=re.compile(lg.session_anchor),
        act_anchors=literals(lg.data["acts"].get("anchors", [])),
        session_anchors=literals(lg.data["sessions"].get("anchors", [])),
    )


def _word_start(scan: str, pos: int, floor: int) -> int:
    """Back from ``pos`` over letters (a keyword's first letters, Arabic clitics)."""
    limit = max(floor, pos - 8)
    while pos > limit and scan[pos - 1].isalpha():
        pos -= 1
    return pos


def _glued(before: str) -> bool:
    """True when ``before`` makes a symbol-like string part of a longer word ("XA/1", "1/2/3").

    Scripts written with spaces between words (Latin, Greek, Cyrillic) glue; Chinese and
    Japanese write symbols straight after a character ("载于A/33/155号文件"), and Arabic
    clitics may be glued too ("وA/69/767"), so those letters do not.
    """
    return before == "/" or (before.isalnum() and before < "\u0590")


# How far before its literal an event may start: a Chinese list before its keyword (the longest
# reach), a symbol before its slash, a keyword's first letters before its literal piece.
ZH_WINDOW = 600
REACH = ZH_WINDOW + 64


def events(
    scan: str, start: int, lg: Lang, end: int | None = None
) -> list[tuple[int, str, re.Match[str]]]:
    """Where the scan must look, in text order: symbols, act keywords, session nouns.

    ``end``: only events that start before it are needed (literals are looked for up to
    ``end + REACH``), so scanning a block of a long text costs the block, not the text.
    """
    sc = scanners(lg.code)
    stop = len(scan) if end is None else min(len(scan), end + REACH)
    events: list[tuple[int, str, re.Match[str]]] = []
    covered = -1
    for m in _SLASH.finditer(scan, start, stop):
        slash = m.start()
        if slash < covered or slash == start or scan[slash - 1] not in _SYMBOL_CHARS:
            continue  # inside the last symbol; or "حزيران/يونيه", "and/or"
        j, floor = slash, max(start, slash - 24)
        while j > floor and scan[j - 1] in _SYMBOL_CHARS:
            j -= 1
        if scan[j].isdigit() and (j == 0 or not _glued(scan[j - 1])):
            cop = UNFCCC.match(scan, j)
            if cop:
                events.append((j, "cop", cop))
            continue
        for p in range(j, slash):  # "A/67/828-S/2013/210": the second symbol starts at "S"
            if not (scan[p].isupper() or scan[p] in _LOOKALIKE_UP) or (p and _glued(scan[p - 1])):
                continue
            sm = _SYMBOL.match(scan, p)
            if sm and sm.end() > slash:
                events.append((p, "sym", sm))
                covered = sm.end()
                break
    if sc.act is not None:
        for anchor in sc.act_anchors:
            for m in anchor.finditer(scan, start, stop):
                ws = _word_start(scan, m.start(), start)
                am = sc.act.match(scan, ws)
                if am:
                    events.append((ws, "act", am))
    if sc.zh is not None:
        # A list ends at its keyword and holds no other: the one before a keyword starts after
        # the keyword before it, so no character is tried for two lists (linear time).
        found = sorted(
            (m for a in sc.act_anchors for m in a.finditer(scan, start, stop)),
            key=lambda m: m.start(),
        )
        floor = start
        for m in found:
            zm = _zh_list_before(sc.zh, scan, m, floor)
            floor = max(floor, m.end())
            if zm:
                events.append((zm.start(), "zh", zm))
    for anchor in sc.session_anchors:
        for m in anchor.finditer(scan, start, stop):
            ws = _word_start(scan, m.start(), start)
            sm = sc.session.match(scan, ws) or sc.session.match(scan, m.start())
            if sm:
                events.append((sm.start(), "sess", sm))
    events.sort(key=lambda e: (e[0], e[1]))
    return events


def _zh_list_before(pattern: re.Pattern[str], scan: str, anchor: re.Match[str], floor: int):
    """The numbered list ending at a Chinese keyword ("第1267(1999)和第1333(2000)号决议")."""
    lo = max(floor, anchor.start() - ZH_WINDOW)
    chars = match_chars(pattern)
    if chars is not None:  # no match holds a character outside ``chars``: start after one
        begin = anchor.start()
        while begin > lo and (scan[begin - 1] in chars or scan[begin - 1].isspace()):
            begin -= 1
        lo = begin
    best = None
    for m in pattern.finditer(scan, lo, anchor.end() + 2):
        if m.start() <= anchor.start() < m.end():
            best = m
            break
    return best
