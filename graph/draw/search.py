"""What the page's search box matches: each node's names in the folded form the CLI compares.

The CLI resolves a key typed in any spelling (graph/query/resolve.py): look-alike letters, spaces
around slashes, case, and the way a text cites an act ("resolution 687 (1991)"). The page cannot
run Python, so the spellings are worked out here, at draw time, with the CLI's own rules:
- every name is stored as `search_form(name)` (normalised, no spaces, no case); the page folds
  what is typed the same way, with the look-alike table shipped from resolve.py as data;
- an act also answers to the way texts cite it: its kind and number ("resolution 687(1991)",
  "decision 2/6") and its number alone, the part of its key after the last lettered segment;
- the page drops leading words of the query one by one ("Security Council resolution ...")
  until what is left names a node exactly.
"""

from __future__ import annotations

import re

from ..query.resolve import lookalike_table, search_form

# Kinds cited by their number in running text ("resolution 70/1", "decision 2/6").
NUMBERED_KINDS = ("resolution", "decision")
_LETTER = re.compile(r"[^\W\d_]")


def act_number(key: str) -> str:
    """The part of a key after its last segment with a letter: "S/RES/687(1991)" -> "687(1991)",
    "A/RES/70/1" -> "70/1"; "" when the key ends in letters ("CTOC/COP/WG.2")."""
    parts = key.split("/")
    for i in range(len(parts) - 1, -1, -1):
        if _LETTER.search(parts[i]):
            return "/".join(parts[i + 1 :])
    return ""


def search_names(key: str, label: str, kind: str) -> list[str]:
    """The folded names a node answers to besides its key (which the page folds itself):
    its label, and for numbered acts "<kind><number>" and the number alone."""
    folded_key = search_form(key)
    names = [search_form(label)]
    number = act_number(key) if kind in NUMBERED_KINDS else ""
    if number:
        names += [search_form(kind + number), search_form(number)]
    return [n for n in dict.fromkeys(names) if n and n != folded_key]


def fold_table() -> dict[str, str]:
    """What the page needs to fold a query as search_form does: the look-alike letters."""
    source, target = lookalike_table()
    return {"from": source, "to": target}
