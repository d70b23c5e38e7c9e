"""The scan text and the way back to offsets in the text as given; footnotes; odd input."""

from __future__ import annotations

import pytest

from graph.extract import extract_record, extract_references
from graph.extract.normalize import scan_text
from graph.model import Document, Region


def test_plain_text_is_scanned_as_is():
    st = scan_text("resolution 70/1")
    assert st.scan is st.original and st.deleted_at == ()


@pytest.mark.parametrize(
    ("text", "scan"),
    [
        ("Ａ／ＲＥＳ／７０／１", "A/RES/70/1"),  # fullwidth forms
        ("28\u201330 October", "28-30 October"),  # en dash
        ("A\u2215RES\u2215", "A/RES/"),  # division slash
        ("القرار ١٢٣", "القرار 123"),  # Arabic-Indic digits
    ],
)
def test_same_length_folds(text, scan):
    st = scan_text(text)
    assert st.scan == scan and len(st.scan) == len(text) and st.deleted_at == ()


def test_deleted_characters_map_back():
    text = "a\u200bb\u00adc\ufeffd"
    st = scan_text(text)
    assert st.scan == "abcd"
    assert [st.to_original(i) for i in range(4)] == [0, 2, 4, 6]
    assert st.span(1, 3) == (2, 5)  # "b\u00adc"


def test_reader_regions_mark_footnotes():
    text = "Body cites A/69/767.\n\n1 See resolution 70/1."
    regions = (Region("footnote", text.index("1 See"), len(text)),)
    refs = extract_references(Document(text, language="en", regions=regions))
    assert [(r.key, r.in_footnote) for r in refs] == [("A/69/767", False), ("A/RES/70/1", True)]


def test_footnotes_found_by_their_look():
    text = (
        "1. The Conference decided as follows.\n\n* СТОС/COP/2014/1.\n\n"
        "[^2]: See resolution 70/1.\n"
    )
    refs = extract_references(Document(text, language="en"))
    assert [(r.key, r.in_footnote) for r in refs] == [
        ("CTOC/COP/2014/1", True),
        ("A/RES/70/1", True),
    ]


def test_evidence_is_the_sentence():
    text = "First sentence. The Council recalls resolution 1373 (2001) on terrorism. Last one."
    (ref,) = extract_references(Document(text, language="en"))
    assert ref.evidence == "The Council recalls resolution 1373 (2001) on terrorism."
    assert ref.rule == "act-list" and 0 < ref.confidence <= 1


@pytest.mark.parametrize(
    "text",
    [
        "",
        "\x00" * 50,
        "\ud800resolution 70/1\udfff",
        "/" * 1000,
        "resolution " * 500,
        "A/" * 500 + "1",
        "第" * 300 + "号决议",
        "session " * 300,
        "(" * 500 + "2001)" * 200,
        "Distr.: General\n" * 200,
        "---\n" + "x: y\n" * 100,
        "\n" * 10000,
    ],
)
def test_odd_input_never_raises(text):
    for language in (None, "en", "ru", "ar", "zh", "xx"):
        record = extract_record(Document(text, language=language))
        for r in record.references:
            assert text[r.start : r.end] == r.text
