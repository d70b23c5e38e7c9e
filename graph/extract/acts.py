"""Canonical keys of resolutions and decisions (docs/extraction.md), from a number and a body.

The templates per body and the body each number form belongs to by default are
data (data/acts.toml); the Security Council number -> year table too (data/sc_years.toml).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import cache

from .languages import load_data
from .lists import Item

_ACTS = load_data("acts")
_SC = load_data("sc_years")
_TEMPLATES: dict = _ACTS["templates"]
_NON_ADOPTING = re.compile(_ACTS["implicit"]["non_adopting"])


@cache
def _sc_table() -> tuple[list[int], list[int]]:
    rows = sorted((int(first), int(year)) for year, first in _SC["first_of_year"].items())
    return [r[0] for r in rows], [r[1] for r in rows]


def sc_year(number: int) -> str | None:
    """The year of Security Council resolution ``number``: 2118 -> "2013"."""
    firsts, years = _sc_table()
    if number < 1 or number > int(_SC["last_known"]):
        return None
    i = bisect_right(firsts, number) - 1
    return str(years[i]) if i >= 0 else None


@dataclass(frozen=True, slots=True)
class ActKey:
    """The key of one act and how sure we are of it."""

    kind: str  # resolution | decision | unresolved
    key: str
    body: str | None
    confidence: float


def templates(body: str | None, kind: str) -> dict[str, str]:
    """The key templates of a body for a kind (the default ones for unlisted bodies)."""
    if body in _TEMPLATES and kind in _TEMPLATES[body]:
        return _TEMPLATES[body][kind]
    if body in _TEMPLATES:
        return {}
    return _TEMPLATES["default"].get(kind, {})


def uses_form(body: str | None, kind: str, form: str) -> bool:
    """True when ``body`` numbers its acts of ``kind`` in ``form`` (implicit attribution)."""
    if body is None:
        return False
    if body in _TEMPLATES:
        return form in _TEMPLATES[body].get(kind, {})
    return form in ("session", "roman", "special")  # other bodies: "6/1", old "12 (IV)"


def numbers_its_own(body: str | None, kind: str, form: str) -> bool:
    """True when ``body`` has key templates of its own (data/acts.toml) for ``kind`` in
    ``form``, other than the principal organs': the Compensation Commission's "decision 267
    (2009)" is its Governing Council's in a document of the Commission."""
    return body not in (None, "default", "A", "S", "E", "A/HRC") and form in _TEMPLATES.get(
        body, {}
    ).get(kind, {})


def adopting_body(code: str | None, ancestors: list[str]) -> str | None:
    """The body that adopts acts for a citing body: a working group's parent."""
    for candidate in ancestors or ([code] if code else []):
        if not _NON_ADOPTING.search(candidate):
            return candidate
    return None


def unfccc_body(cop: str) -> str | None:
    return _ACTS["unfccc_bodies"].get(cop)


def form_default(kind: str, form: str) -> str | None:
    return _ACTS["form_default"].get(kind, {}).get(form)


def act_key(kind: str, item: Item, body: str | None, confidence: float) -> ActKey:
    """Build the key of ``item`` as an act of ``body``; unresolved when no template fits."""
    form = item.form
    year = item.year
    if form == "unfccc":
        body = unfccc_body(item.cop) or body
    if form in ("bare", "ocr"):
        known = sc_year(int(item.n))
        if form == "ocr":
            # "resolution 637 1989": only when 637 really is a 1989 resolution
            if known != item.year:
                return ActKey("unresolved", f"{kind} {item.n} {item.year}", None, 0.3)
            form = "year"
        else:
            year = known or ""
    if form == "year" and body == "S" and not 1946 <= int(year or 0) <= 2100:
        year = sc_year(int(item.n)) or year  # "resolution 2140 (2140)": a typing slip
        confidence = min(confidence, 0.7)
    table = templates(body, kind) if body else {}
    template = table.get(form)
    if template is None or (form == "bare" and not year):
        text = _number_text(item)
        return ActKey("unresolved", f"{body + ' ' if body else ''}{kind} {text}", body, 0.4)
    # Lettered resolutions keep the letter: "49/75 E" -> A/RES/49/75E, "217 A (III)" ->
    # A/RES/217A(III)
    n = item.n + item.letter if form == "roman" else item.n
    key = template.format(
        body=body, s=item.s, n=n, year=year, roman=item.roman, sp=item.sp, cop=item.cop
    )
    if item.letter and form == "session":
        key += item.letter
    if form == "year" and body == "S":
        known = sc_year(int(item.n))
        if known and known != item.year:
            confidence = min(confidence, 0.7)  # the text's year disagrees with the table
    if form == "bare":
        confidence = min(confidence, 0.85)
    return ActKey(kind, key, body, confidence)


def _number_text(item: Item) -> str:
    if item.form in ("session", "yearslash"):
        return f"{item.s}/{item.n}{item.letter}"
    if item.form == "year":
        return f"{item.n}({item.year})"
    if item.form == "roman":
        return f"{item.n}{item.letter}({item.roman})"
    if item.form == "special":
        return f"{item.sp}-{item.s}/{item.n}"
    if item.form == "unfccc":
        return f"{item.n}/{item.cop}.{item.s}"
    return item.n
