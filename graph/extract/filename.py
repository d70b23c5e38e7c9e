"""A document's symbol from its file name, for texts that do not state their own.

Files saved from the Official Document System are named by their symbol, with "/" written as
"_" or "-" and a language tag or job number added: "S_2022_158-EN.pdf" (S/2022/158),
"A_HRC_DEC_28_111_g1510722.pdf" (A/HRC/DEC/28/111); collections add a prefix of their own:
"SC_draft_S-2020-110.txt" (S/2020/110), "HRC_A-HRC-WG.6-7-SVN-2-Corr.1.txt".
A name is taken only when what is left reads as a whole symbol of a known series.
"""

from __future__ import annotations

import re
from pathlib import PurePath

from .symbols import SYMBOL, read_symbol

# A language tag at the end of the name: "-EN", "_fr", ".ru" (the six official languages)
_LANGUAGE_TAG = re.compile(r"[-_.](?:AR|ZH|EN|FR|RU|ES)$", re.IGNORECASE)
# An ODS job number at the end: "_g1510722", "-N2231234"
_JOB_NUMBER = re.compile(r"[-_][GNV]\d{7}$", re.IGNORECASE)
_SEPARATOR = re.compile(r"[-_]")
_WHOLE_SYMBOL = re.compile(SYMBOL)


def symbol_from_filename(path: str) -> str | None:
    """The symbol a file name spells ("S_2022_158-EN.pdf" -> "S/2022/158"), else None.

    Leading words that are not part of a symbol ("SC_draft_", "UNMIK_") are passed over: the
    shortest ending of the name that is a whole symbol of a known series wins.
    """
    stem = _JOB_NUMBER.sub("", _LANGUAGE_TAG.sub("", PurePath(path).stem))
    tokens = [t for t in _SEPARATOR.split(stem) if t]
    for start in reversed(range(len(tokens))):
        candidate = "/".join(tokens[start:])
        if not _WHOLE_SYMBOL.fullmatch(candidate):
            continue
        symbol = read_symbol(candidate, None)
        if symbol and symbol.kind != "unresolved" and symbol.key == candidate:
            return symbol.key
    return None
