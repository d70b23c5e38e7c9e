"""The page's search box in a real browser: it takes every spelling the CLI takes (the same
folding, and the names worked out at draw time), ranks exact keys first, and finds titles and
body names."""

from __future__ import annotations

from pathlib import Path

import pytest
from graph_helpers import make_store, record, ref
from test_draw_browser import browser, open_page  # noqa: F401  (fixtures)

from graph.draw import draw_html
from graph.draw.search import act_number
from graph.network import to_networkx
from graph.query.resolve import resolve_key, search_form

pytestmark = pytest.mark.browser

# Spellings of keys as people type them or texts print them, with the key each names.
SPELLINGS = (
    ("S/RES/687(1991)", "S/RES/687(1991)"),
    ("S/RES/687 (1991)", "S/RES/687(1991)"),  # as every Security Council text writes it
    ("s/res/687 (1991)", "S/RES/687(1991)"),
    ("resolution 687 (1991)", "S/RES/687(1991)"),
    ("Security Council resolution 687 (1991)", "S/RES/687(1991)"),
    ("S / RES / 687 (1991)", "S/RES/687(1991)"),
    ("S/26872", "S/26872"),
    ("A/RES/70/1", "A/RES/70/1"),
    ("A / RES / 70 / 1", "A/RES/70/1"),
    ("resolution 70/1", "A/RES/70/1"),
    ("General Assembly resolution 70/1", "A/RES/70/1"),
    ("a/res/70/1", "A/RES/70/1"),
    ("\uff21/\uff32\uff25\uff33/70/1", "A/RES/70/1"),  # full-width letters
    ("A/RES/70\u200b/1", "A/RES/70/1"),  # a zero-width space
    ("СТОС/СОР/WG.2", "CTOC/COP/WG.2"),  # Cyrillic look-alikes
    ("ctoc/cop/wg.2", "CTOC/COP/WG.2"),
)


def _records():
    return [
        record(
            "S/2003/10",
            [
                ref(
                    "resolution",
                    "S/RES/687(1991)",
                    "recalls",
                    evidence="Recalling its resolution 687 (1991).",
                ),
                ref("document", "S/26872", "cites", evidence="the letter S/26872"),
                ref(
                    "resolution",
                    "A/RES/70/1",
                    "recalls",
                    evidence="Recalling General Assembly resolution 70/1.",
                ),
                ref("document", "CTOC/COP/WG.2", "cites", evidence="the Working Group"),
            ],
            body="S",
            date="2003-01-10",
            title="Letter on the Commission of Experts",
        )
    ]


@pytest.fixture
def searched(open_page, tmp_path: Path):  # noqa: F811
    store = make_store(_records())
    draw_html(store, tmp_path / "g.html")
    opened = open_page(tmp_path / "g.html")
    ids = opened.js("Object.fromEntries(mandateGraph.nodes.get().map(n => [n.mg.key, n.id]))")
    iris = {a["key"]: n for n, a in to_networkx(store).nodes(data=True)}
    return store, opened, ids, iris


def test_the_page_folds_a_query_as_the_cli_does(searched) -> None:
    _store, opened, _ids, _iris = searched
    spellings = [s for s, _key in SPELLINGS] + ["ÉCOSOC", "Straße", "A/RES/ 70 /1", "  "]
    folded = opened.js("qs => qs.map(q => mandateGraph.fold(q))", spellings)
    assert folded == [search_form(s) for s in spellings]


@pytest.mark.parametrize(("spelling", "key"), SPELLINGS)
def test_search_takes_every_spelling_the_cli_takes(searched, spelling: str, key: str) -> None:
    store, opened, ids, iris = searched
    assert resolve_key(store, spelling) == iris[key]  # the CLI takes it...
    found = opened.js("q => mandateGraph.matches(q)", spelling)
    assert found and found[0] == ids[key]  # ...and the page ranks it first


def test_a_number_finds_the_act_before_symbols_that_contain_it(searched) -> None:
    _store, opened, ids, _iris = searched
    found = opened.js("q => mandateGraph.matches(q)", "687")
    assert found[0] == ids["S/RES/687(1991)"]
    assert ids["S/26872"] in found[1:]


def test_search_finds_titles_and_body_names(searched) -> None:
    _store, opened, ids, _iris = searched
    assert opened.js("q => mandateGraph.matches(q)", "commission of experts") == [ids["S/2003/10"]]
    by_body = opened.js("q => mandateGraph.matches(q)", "Security Council")
    assert ids["S/2003/10"] in by_body
    opened.assert_clean()


@pytest.mark.parametrize(
    ("key", "number"),
    [
        ("S/RES/687(1991)", "687(1991)"),
        ("A/RES/70/1", "70/1"),
        ("CTOC/COP/WG.2", ""),
        ("A/HRC/RES/31/1", "31/1"),
        ("E/RES/2013/40", "2013/40"),
    ],
)
def test_act_number(key: str, number: str) -> None:
    assert act_number(key) == number
