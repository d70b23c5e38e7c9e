"""Roman numerals (old General Assembly and ECOSOC numbering: "2758 (XXVI)")."""

from __future__ import annotations

import re

# A well-formed Roman numeral up to 399: "XXVI", "L", "CCCXC"
_ROMAN = re.compile(r"^C{0,3}(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})$")
_VALUES = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}
_ORDER = (
    (100, "C"),
    (90, "XC"),
    (50, "L"),
    (40, "XL"),
    (10, "X"),
    (9, "IX"),
    (5, "V"),
    (4, "IV"),
    (1, "I"),
)


def roman_to_int(text: str) -> int | None:
    """The value of a Roman numeral, or None when it is not well formed.

    >>> roman_to_int("XXVI"), roman_to_int("L"), roman_to_int("IIII")
    (26, 50, None)
    """
    if not text or not _ROMAN.match(text):
        return None
    total = 0
    for i, ch in enumerate(text):
        value = _VALUES[ch]
        nxt = _VALUES[text[i + 1]] if i + 1 < len(text) else 0
        total += -value if value < nxt else value
    return total


def int_to_roman(value: int) -> str:
    """The Roman numeral of 1..399 ("" outside): 35 -> "XXXV"."""
    if not 0 < value < 400:
        return ""
    out = []
    for amount, letters in _ORDER:
        while value >= amount:
            out.append(letters)
            value -= amount
    return "".join(out)
