"""Hostile web pages and text encodings: hidden text never becomes citable text, weak encoding
guesses are said out loud."""

from __future__ import annotations

import pytest

from graph.read import read_bytes

VISIBLE = "The Council recalls its resolution 1244 (1999)."
HIDDEN = "resolution 9999 (2099)"


def _page(style: str, body: str) -> bytes:
    return (
        f"<!DOCTYPE html><html><head><style>{style}</style></head>"
        f"<body><p>{VISIBLE}</p>{body}</body></html>"
    ).encode()


@pytest.mark.parametrize(
    ("style", "body"),
    [
        ("", f'<p style="display: none">{HIDDEN}</p>'),
        ("", f'<p style="visibility:hidden">{HIDDEN}</p>'),
        (".x { display: none }", f'<p class="x">{HIDDEN}</p>'),
        (".a.b{display:none!important}", f'<p class="a b">{HIDDEN}</p>'),
        ("#secret { visibility: hidden; color: red }", f'<div id="secret"><p>{HIDDEN}</p></div>'),
        ("aside { display:none }", f"<aside>{HIDDEN}</aside>"),
        ("div.box span { display: none }", f'<div class="box"><p><span>{HIDDEN}</span></p></div>'),
        ("p, .y { color: red } .y { DISPLAY: NONE }", f'<span class="y">{HIDDEN}</span>'),
    ],
)
def test_text_hidden_inline_or_by_the_pages_style_sheet_is_not_read(style, body):
    text = read_bytes(_page(style, body), source="page.html").text
    assert VISIBLE in text
    assert HIDDEN not in text


@pytest.mark.parametrize(
    ("style", "body"),
    [
        ("@media print { .x { display: none } }", f'<p class="x">{HIDDEN}</p>'),
        (".x { display: block }", f'<p class="x">{HIDDEN}</p>'),
        (".x:hover { display: none }", f'<p class="x">{HIDDEN}</p>'),
        ("{{{ not css", f"<p>{HIDDEN}</p>"),
    ],
)
def test_text_the_style_sheet_does_not_hide_on_screen_is_read(style, body):
    assert HIDDEN in read_bytes(_page(style, body), source="page.html").text
