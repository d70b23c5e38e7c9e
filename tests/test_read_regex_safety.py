"""The read stage's regular expressions cannot backtrack badly, on any input.

A structural check over every compiled pattern of graph/read/ (deterministic: no clock), then
hostile shapes and generated text through the layout clean-up, whose results are checked.
"""

from __future__ import annotations

import re
import re._constants as sre
import re._parser as sre_parse

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from graph.read import docx, html, layout, ocr, pdf, text
from graph.read.layout import clean_pages

_REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT)
_SAFE = (sre.POSSESSIVE_REPEAT, sre.ATOMIC_GROUP)


def _is_quantifier(op, av) -> bool:
    """A repeat that can match in more than one way: not a fixed count like {6}."""
    return op in _REPEATS and av[0] != av[1]


def _unbounded(op, av) -> bool:
    return op in _REPEATS + (sre.POSSESSIVE_REPEAT,) and av[1] == sre.MAXREPEAT


def _children(op, av):
    """The sub-patterns of one parsed node."""
    if op in _REPEATS + (sre.POSSESSIVE_REPEAT,):
        yield av[2]
    elif op == sre.SUBPATTERN:
        yield av[3]
    elif op in (sre.ATOMIC_GROUP,):
        yield av
    elif op == sre.BRANCH:
        yield from av[1]
    elif op in (sre.ASSERT, sre.ASSERT_NOT):
        yield av[1]
    elif op == sre.GROUPREF_EXISTS:
        yield from (p for p in av[1:] if p is not None)


def _has_quantifier(seq) -> bool:
    """True when `seq` holds a quantifier that may backtrack (not inside an atomic group)."""
    for op, av in seq:
        if op in _SAFE:
            continue
        if _is_quantifier(op, av):
            return True
        if any(_has_quantifier(child) for child in _children(op, av)):
            return True
    return False


def backtracking_risks(pattern: re.Pattern) -> list[str]:
    """Shapes that can make a backtracking engine exponential or quadratic in the input."""
    risks: list[str] = []

    def walk(seq, in_lookaround: bool) -> None:
        for op, av in seq:
            if _unbounded(op, av) and op != sre.POSSESSIVE_REPEAT and _has_quantifier(av[2]):
                risks.append("nested quantifiers under an unbounded repeat")
            if in_lookaround and _unbounded(op, av):
                risks.append("an unbounded repeat inside a lookaround")
            look = op in (sre.ASSERT, sre.ASSERT_NOT)
            for child in _children(op, av):
                walk(child, in_lookaround or look)

    parsed = sre_parse.parse(pattern.pattern, pattern.flags)
    walk(list(parsed), False)
    risks.extend(_leading_scan(list(parsed)))
    return risks


def _leading_scan(seq) -> list[str]:
    """A search that starts with an unbounded repeat and then needs more, e.g. "[ \\t]*\\n":
    tried from every position of a long run, it rescans the run each time (quadratic)."""
    if not seq:
        return []
    op, av = seq[0]
    if op == sre.BRANCH:
        return [r for branch in av[1] for r in _leading_scan(list(branch))]
    if op == sre.SUBPATTERN and len(seq) == 1:
        return _leading_scan(list(av[3]))
    if _unbounded(op, av) and len(seq) > 1:
        return ["a search that starts with an unbounded repeat followed by more"]
    return []


def _read_patterns() -> list[tuple[str, re.Pattern]]:
    found = []
    for module in (layout, html, text, pdf, docx, ocr):
        for name, value in vars(module).items():
            if isinstance(value, re.Pattern):
                found.append((f"{module.__name__.rsplit('.', 1)[-1]}.{name}", value))
    return found


@pytest.mark.parametrize(
    ("name", "pattern"), _read_patterns(), ids=lambda v: v if isinstance(v, str) else ""
)
def test_no_read_pattern_can_backtrack_badly(name, pattern):
    assert backtracking_risks(pattern) == [], name


@pytest.mark.parametrize(
    ("pattern", "risky"),
    [
        (r"^\s*(?:\d{1,3}\s*)*$", True),  # the old page-furniture shape
        (r"[ \t]*\n[ \t]*", True),  # the old line-edge shape
        (r"(?=[ \t]*\n)", True),
        (r"(a+)+b", True),
        (r"^\s*(?>\d{1,3}(?!\d)\s*)*$", False),
        (r"(?<![\w/])[A-Z]+(?:/[A-Z0-9][A-Z0-9.]*+)+", False),
        (r" {2,}", False),
        (r"\d{2}-\d{5}(?:\s++\d{6})*", False),
    ],
)
def test_the_structural_check_tells_risky_shapes(pattern, risky):
    assert bool(backtracking_risks(re.compile(pattern))) is risky


# -- hostile shapes through the layout clean-up -------------------------------------------------

HOSTILE_LINES = [
    "1234567890123456789012345678901/",  # the 31-byte line that took 19 s
    "9" * 400,
    "9" * 400 + "/",
    "1/" * 200 + "x",
    "- 1 - 2 - 3 - 4 - 5 - 6 - 7 - 8 - 9 - 10 - 11 - 12 - 13 - 14 - 15 - 16 - 17 /",
    "22-02898 (E) " + "020322 " * 100 + "/",
    "*" + "1" * 400,
    "\u00ad" * 400 + "a",
    "a\u00ad" * 200,
    "\u200b" * 400 + "1/",
    " " * 100_000 + "x",
    "\t " * 50_000 + "-",
    "word-" + " " * 100_000,
    "A/" * 400,
    "United Nations " + "A/" * 400 + " " * 400 + "x",
]


@pytest.mark.parametrize("line", HOSTILE_LINES, ids=range(len(HOSTILE_LINES)))
def test_hostile_lines_are_cleaned(line):
    pages = [f"First page\n{line}\nresolution 70/1", f"{line}\nSecond page"]
    cleaned, regions = clean_pages(pages)
    assert "resolution 70/1" in cleaned and "Second page" in cleaned
    assert all(0 <= r.start <= r.end <= len(cleaned) for r in regions)


@pytest.mark.parametrize(
    ("edge", "kept"),
    [
        ("1234567890123456789012345678901/", True),  # a run of digits and a slash: text
        ("9" * 400 + "/", True),
        ("2/7 22-02898", False),  # page counter and job number: furniture
        ("- 3 -", False),
        ("22-02898 (E) 020322 *2202898*", False),
    ],
)
def test_page_furniture_at_a_page_edge_is_told_from_digit_runs(edge, kept):
    pages = ["First page\nThe Council decides.", f"{edge}\nSecond page text", "Third page"]
    cleaned, _ = clean_pages(pages)
    assert (edge in cleaned) is kept


_ALPHABET = st.sampled_from(
    [
        "1",
        "9",
        "/",
        "-",
        " ",
        "\t",
        "\n",
        "\f",
        "\u00ad",
        "\u200b",
        "\ufffe",
        "a",
        "A",
        "é",
        "*",
        "(E)",
        "_",
    ]
)


@settings(max_examples=200, deadline=None)
@given(st.lists(_ALPHABET, max_size=300).map("".join))
def test_generated_text_is_cleaned_with_offsets_in_range(raw):
    cleaned, regions = clean_pages(raw.split("\f"))
    assert isinstance(cleaned, str)
    assert all(0 <= r.start <= r.end <= len(cleaned) for r in regions)
