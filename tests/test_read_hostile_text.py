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


# -- encodings ------------------------------------------------------------------------------

RU_LONG = (
    "Рабочая группа учреждена во исполнение решения 2/6 Конференции участников Конвенции. " * 3
)
EN = "The Security Council, recalling its resolution 1244 (1999), decides to extend the mandate."


def test_a_short_legacy_text_gets_a_weak_guess_warning_naming_the_option(tmp_path):
    data = "ПОСТАНОВЛЯЕТ продлить".encode("koi8-r")[:20]
    document = read_bytes(data, source="short.txt")
    assert document.encoding_warning and "--encoding" in document.encoding_warning
    assert "weak guess" in document.encoding_warning


def test_a_long_legacy_text_is_detected_without_a_warning():
    for codec in ("cp1251", "koi8-r"):
        document = read_bytes(RU_LONG.encode(codec), source="long.txt")
        assert document.text == RU_LONG.strip()
        assert document.encoding_warning is None, codec


def test_the_cli_warns_about_a_weak_guess_on_one_line_and_still_reads(tmp_path):
    from typer.testing import CliRunner

    from graph.cli import app

    path = tmp_path / "short.txt"
    path.write_bytes("резолюция 70/1 ООН".encode("koi8-r"))
    result = CliRunner().invoke(app, ["extract", str(path), "--jobs", "1"])
    assert result.exit_code == 0, result.output
    warnings = [line for line in result.stderr.splitlines() if "warning" in line]
    assert len(warnings) == 1 and "--encoding" in warnings[0] and str(path) in warnings[0]


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
@pytest.mark.parametrize("text", [EN, RU_LONG.strip()])
def test_utf16_without_a_byte_order_mark_is_read(text, codec):
    document = read_bytes(text.encode(codec), source="doc.txt")
    assert document.text == text
    assert document.encoding == codec


def test_a_page_nested_past_the_parser_limit_is_refused_by_that_reason():
    from graph.errors import InputError

    page = (
        "<!DOCTYPE html><html><body>" + "<div>" * 300 + VISIBLE + "</div>" * 300 + "</body></html>"
    )
    with pytest.raises(InputError, match="nested deeper than"):
        read_bytes(page.encode(), source="deep.html")
