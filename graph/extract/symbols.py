"""UN document symbols: recognise, normalise, and tell documents from acts.

"A/69/767", "E/CN.15/2014/5", "CTOC/COP/WG.2/2013/5" are documents; "A/RES/70/1" and
"S/RES/1373 (2001)" are the resolutions themselves; "СТОС/СОР/WG.2/2013/5" written with
Cyrillic look-alike letters folds to its Latin key. Joint symbols ("A/67/828-S/2013/210")
are two matches; "A/69/767 and Corr.1" adds the corrigendum.
"""

from __future__ import annotations

import dataclasses
import re
import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache

from .acts import sc_year
from .bodies import body_index
from .languages import load_data
from .numbers import roman_to_int

_DATA = load_data("symbols")
_LOOKALIKES: dict[str, str] = _DATA["lookalikes"]
_FOLD = str.maketrans(_LOOKALIKES)
_UP = "A-Z" + "".join(re.escape(k) for k, v in _LOOKALIKES.items() if v.isupper())
_LOW = "a-z" + "".join(k for k, v in _LOOKALIKES.items() if v.islower())

# A slash, possibly followed by a line break (a symbol broken across lines): "A/69/\n767"
_SLASH = r"/(?:[ \t]*\r?\n[ \t]*)?"
# One component after a slash: "69", "CN.15", "WG.2", "Add.1", "L.8", "ES-10", "5-6", "RES",
# a roman number after the dot ("WG.III" in A/CN.9/WG.III/WP.149, "C.I" in TD/B/C.I/MEM.4/2),
# a session in brackets ("COP(13)" in ICCD/COP(13)/21, "EX(68)" in TD/B/EX(68)/2)
_COMPONENT = (
    rf"(?:E?S-[0-9]{{1,3}}"
    rf"|[0-9]{{1,5}}(?:\.[0-9]{{1,3}})?(?:-[0-9]{{1,3}}(?![0-9]))?"
    rf"|[{_UP}][{_UP}{_LOW}]{{0,11}}(?:\.(?:[0-9]{{1,4}}[a-z]?|[IVX]{{1,5}}(?![A-Za-z])))?"
    rf"(?:\([0-9]{{1,3}}\)(?=/))?)"
)
# A symbol: uppercase series, optional ".n" or "-XX", then at least one component, then a
# year or an old session (with the letter of a lettered resolution before it):
# "A/69/767", "E/CN.15/2014/5", "ICC-ASP/13/20", "S/RES/1373 (2001)", "A/RES/217 A (III)"
SYMBOL = (
    rf"(?P<sym>[{_UP}]{{1,8}}(?:\.[0-9]{{1,3}})?(?:-[{_UP}]{{2,6}})?(?:{_SLASH}{_COMPONENT}){{1,9}})"
    rf"(?P<paren>(?:\s?[A-Z](?=\s?\(\s?[IVXLC]))?\s?\(\s?(?:(?:19|20)[0-9][0-9]|[IVXLC]{{1,8}})\s?\))?"
)
# The parts of the bracket after a symbol: " A (III)" -> ("A", "III")
_PAREN = re.compile(r"\s?(?:([A-Z])\s?)?\(\s?([0-9IVXLC]+)\s?\)")
# Addenda and corrigenda listed after a symbol: "A/69/767 and Corr.1", "and Add.1-3"; the
# separator and the range word are the language's (data: acts.separator, acts.range).
_SUFFIX = (
    r"(?P<part>(?:Add|Corr|Rev|Amend)\.(?P<a>[0-9]{{1,3}})"
    r"(?:\s*(?:{range})\s*(?P<b>[0-9]{{1,3}}))?)(?![\w/])"
)


@cache
def suffix_list(code: str) -> re.Pattern[str]:
    """The pattern of one more addendum or corrigendum after a symbol, in a language."""
    from .grammar import lang

    lg = lang(code)
    return re.compile(f"(?:{lg.separator.pattern})" + _SUFFIX.format(range=lg.range_words))


_WS = re.compile(r"\s+")
_RES = set(_DATA["resolution_components"])
_DEC = set(_DATA["decision_components"])


@dataclass(frozen=True, slots=True)
class Symbol:
    """What a symbol match stands for."""

    kind: str  # document | resolution | decision | unresolved
    key: str
    body: str | None
    confidence: float
    end_trim: int = 0  # characters of the match that are not part of it (a paren)
    confusables: str | None = None  # scripts of look-alike letters folded into the key


def confusables(raw: str) -> str | None:
    """The scripts of the look-alike characters in `raw` that fold() replaces, e.g. "Cyrillic"
    for "СТОС/СОР/WG.2/2013/5" ("Cyrillic, Greek" for both; "$" for OCR damage); None when
    every character was already the key's own."""
    found = {_script(ch) for ch in raw if ch in _LOOKALIKES}
    return ", ".join(sorted(found)) or None


def _script(ch: str) -> str:
    name = unicodedata.name(ch, "")
    return name.split()[0].title() if ch.isalpha() and name else ch


def fold(text: str) -> str:
    """Latin letters for look-alikes, no whitespace: "СТОС/СОР/\\n2014" -> "CTOC/COP/2014"."""
    return _WS.sub("", text.translate(_FOLD))


@cache
def _known_series() -> frozenset[str]:
    series = set(_DATA["series"])
    for code in body_index().bodies:
        series.add(code.split("/")[0].split(".")[0])
    return frozenset(series)


def completed(sym: Symbol, citing: str | None) -> Symbol:
    """An unresolved symbol written without its series, completed with the citing body's code
    where the data allows it ("PRST/8/1" in a Human Rights Council text: A/HRC/PRST/8/1)."""
    bodies = _DATA.get("abbreviated", {}).get(sym.key.split("/")[0], ())
    if sym.kind != "unresolved" or not citing or citing not in bodies:
        return sym
    full = read_symbol(f"{citing}/{sym.key}", None)
    return full if full is not None and full.kind != "unresolved" else sym


@lru_cache(maxsize=1 << 16)  # the same symbols recur across a corpus; Symbol is immutable
def read_symbol(raw: str, paren: str | None) -> Symbol | None:
    """Classify one symbol match; None when it is not a symbol at all ("HIV/AIDS")."""
    sym = _classify(raw, paren)
    folded = confusables(raw)
    return dataclasses.replace(sym, confusables=folded) if sym is not None and folded else sym


def _classify(raw: str, paren: str | None) -> Symbol | None:
    key = fold(raw)
    if not any(ch.isdigit() for ch in key):
        return None
    parts = key.split("/")
    first = parts[0].split(".")[0]
    latin = raw.replace("$", "").isascii()
    known = first in _known_series() or first.split("-")[0] in _known_series()
    if not known:
        if not latin or len(parts) < 2:
            return None  # Russian or Greek capitals before a slash: not a symbol
        return Symbol("unresolved", key, None, 0.5, len(paren or ""))
    body = body_index().code_for_symbol(key)
    heads = [p.split(".")[0] for p in parts]  # "Res" in "UNEP/EA.5/Res.1"
    if any(h in _RES for h in heads):
        return _act_symbol("resolution", key, parts, paren, body)
    if any(h in _DEC for h in heads):
        return _act_symbol("decision", key, parts, paren, body)
    return Symbol("document", key, body, 1.0, len(paren or ""))


def _act_symbol(kind: str, key: str, parts: list[str], paren: str | None, body: str | None):
    """A/RES/70/1 -> resolution A/RES/70/1; S/RES/1373 (2001) -> S/RES/1373(2001)."""
    pm = _PAREN.match(paren) if paren else None
    letter, inner = (pm.group(1) or "", pm.group(2)) if pm else ("", "")
    if parts[0] == "S" and len(parts) == 3 and parts[2].isdigit():
        year = inner if inner.isdigit() else sc_year(int(parts[2]))
        if year is None:
            return Symbol(kind, key, "S", 0.7, len(paren or ""))
        return Symbol(kind, f"{key}({year})", "S", 1.0 if inner else 0.9)
    if inner and roman_to_int(inner) and parts[-1].isdigit():
        return Symbol(kind, f"{key}{letter}({inner})", body, 1.0)
    return Symbol(kind, key, body, 1.0, len(paren or ""))
