"""Hostile texts for extraction: UN-like atoms glued into shapes that make a backtracking
regex engine crawl (long digit runs, soft hyphens and zero-width spaces inside symbols,
lists with no end, keywords with no number).

Used by tests/test_extract_properties.py (growth: time for 4n characters against time for
n) and tests/benchmarks/fuzz_extract.py (--growth). Deterministic for a given seed.
"""

from __future__ import annotations

import random

# fmt: off
ATOMS = (
    "\u00ad", "A/RES/", "décision ", "1373 (2001)", "9" * 400, "٠١٢٣٤٥٦٧٨٩", "\u200b",
    "A/", "S/", "/", " ", "-", "résolution ", "resolution ", "resolutions ", "(", ")", ", ",
    " and ", "\n", "of ", "session ", "1", "99", ".", "第", "号决议", "和", "القرار ", "و",
    "резолюции ", "decision ", "Rev.", "Add.", "\u00a0", "General Assembly ", "E/CN.", "/L.",
    "1/CP.", "(XXVI)", "at its ", "seventh ", "meeting ", "on 25 September 2015", "\t",
)
# fmt: on

# Shapes built from one or two atoms repeated: the classic ways to blow up a pattern.
SHAPES: dict[str, str] = {
    "nines": "9" * 400 + " ",
    "nines-slash": "9" * 400 + "/",
    "symbol-prefix": "A/RES/",
    "symbol-shy": "A/\u00adRES/\u00ad",
    "symbol-zwsp": "A\u200b/RES\u200b/1373\u200b",
    "keyword-nines": "resolution " + "9" * 400 + " ",
    "decision-fr": "décision ",
    "list": "1373 (2001), ",
    "list-and": "1373 (2001) and ",
    "arabic-digits": "القرار ٠١٢٣٤٥٦٧٨٩ ",
    "arabic-slash": "٠١٢٣٤٥٦٧٨٩/",
    "zh-list": "第1373(2001)号决议和",
    "zh-keyword": "\u00a0号决议",
    "session": "session ",
    "spaces": " \u00a0\t",
    "ordinal-session": "at its seventh session ",
    "paren": "(2001) ",
}


def shape(name: str, size: int) -> str:
    """SHAPES[name] repeated to about ``size`` characters."""
    unit = SHAPES[name]
    return unit * max(1, size // len(unit))


def mixed(seed: int, size: int, atoms: int = 4) -> str:
    """A few atoms drawn by ``seed``, glued at random to about ``size`` characters."""
    rng = random.Random(seed)
    pool = rng.sample(ATOMS, atoms)
    out, n = [], 0
    while n < size:
        piece = rng.choice(pool)
        out.append(piece)
        n += len(piece)
    return "".join(out)
