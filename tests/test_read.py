"""The read stage: formats, encodings, UN layout clean-up, limits, and the files a run takes."""

from __future__ import annotations

import re

import pytest
from conftest import CORPUS, need_shared
from file_factory import docx_bytes, pdf_bytes

from graph.errors import InputError, UsageError
from graph.read import Limits, find_documents, read_document
from graph.read.layout import clean_pages

RU = "Рабочая группа учреждена во исполнение решения 2/6 Конференции участников Конвенции."
AR = "إن الجمعية العامة، إذ تشير إلى قرارها 70/1 المؤرخ 25 أيلول/سبتمبر 2015، وإذ تؤكد من جديد"
ZH_S = "大会，回顾其2015年9月25日第70/1号决议，重申联合国宪章的宗旨和原则"
ZH_T = "大會，回顧其2015年9月25日第70/1號決議，重申聯合國憲章的宗旨和原則"
FR = "L'Assemblée générale, rappelant sa résolution 55/25 du 15 novembre 2000, prie le Secrétaire"


# -- encodings ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "codec", "expected"),
    [
        (RU, "utf-8", "utf-8"),
        (RU, "utf-8-sig", "utf-8-sig"),
        (RU, "utf-16", "utf-16"),
        (FR, "utf-16-le", "utf-16-le"),
        (FR, "utf-16-be", "utf-16-be"),
        (RU, "cp1251", "cp1251"),
        (RU, "koi8-r", "koi8-r"),
        (AR, "cp1256", "cp1256"),
        (ZH_S, "gb18030", "gb18030"),
        (ZH_T, "big5", "big5"),
        (FR, "cp1252", "cp1252"),
    ],
)
def test_text_encodings_are_detected_and_recorded(tmp_path, text, codec, expected):
    path = tmp_path / "doc.txt"
    path.write_bytes((text * 3).encode(codec))  # a few sentences, as in a real file
    document = read_document(path)
    assert document.text == text * 3
    assert document.encoding == expected
    assert document.media_type == "text/plain"
    assert len(document.sha256) == 64


def test_encoding_override_wins_and_is_recorded(tmp_path):
    path = tmp_path / "doc.txt"
    path.write_bytes(RU.encode("cp1251"))
    forced = read_document(path, encoding="koi8-r")
    assert forced.encoding == "koi8-r"
    assert forced.text != RU  # decoded as told, not as detected
    assert read_document(path, encoding="windows-1251").text == RU


def test_unknown_encoding_is_a_usage_error(tmp_path):
    path = tmp_path / "doc.txt"
    path.write_text("resolution 70/1", encoding="utf-8")
    with pytest.raises(UsageError, match="unknown encoding"):
        read_document(path, encoding="no-such-codec")


def test_wrong_override_says_what_to_do(tmp_path):
    path = tmp_path / "doc.txt"
    path.write_bytes(RU.encode("utf-16"))
    with pytest.raises(InputError, match="cannot decode as ascii"):
        read_document(path, encoding="ascii")


# -- layout clean-up ------------------------------------------------------------------------

UN_PAGES = [
    "United Nations A/70/100\nGeneral Assembly Distr.: General\n1 May 2015\nOriginal: English\n"
    "15-12345 (E) 010515\n*1512345*\nThe General Assembly,\nRecalling its resolution 60/1,\n"
    "Please recycle",
    "A/70/100\nReport of the Working Group\n2/3 15-12345\nwelcomes the implemen-\ntation of "
    "decision 2/6,1\nand the high-\nlevel meeting\n__________________\n1 See resolution 55/2.",
    "Report of the Working Group A/70/100\n15-12345 3/3\ntakes note of A/69/1 and the high-level "
    "forum.\n__________________\n2 See also A/68/1.",
]


def test_running_heads_job_numbers_and_bar_codes_are_removed():
    text, _ = clean_pages(UN_PAGES)
    for furniture in ("15-12345", "*1512345*", "2/3", "3/3", "Please recycle", "Working Group"):
        assert furniture not in text
    assert text.startswith("United Nations A/70/100\n")  # the masthead is kept whole
    assert text.count("A/70/100") == 1
    assert "Recalling its resolution 60/1,\nwelcomes" in text  # the page break does not split


def test_hyphenation_is_joined_but_compounds_keep_their_hyphen():
    text, _ = clean_pages(UN_PAGES)
    assert "implementation of" in text
    assert "high-level meeting" in text  # "high-level" appears elsewhere: a compound


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("the implemen-\ntation plan", "the implementation plan"),
        (
            "a high-\nlevel meeting, another high-level one",
            "a high-level meeting, another high-level one",
        ),
        ("the Secretary-\nGeneral", "the Secretary-General"),
        (
            "tuberculosis\ufffeassociated deaths; associated tuberculosis",
            "tuberculosis-associated deaths; associated tuberculosis",
        ),
        ("organiza\ufffetion", "organization"),
        (
            "Houthi -\ncontrolled areas, Houthi-controlled ports",
            "Houthi-controlled areas, Houthi-controlled ports",
        ),
        ("the period 2014-\n2015", "the period 2014-\n2015"),
        ("A/67/828-\nS/2013/210", "A/67/828-\nS/2013/210"),
        ("soft\u00ad\nhyphen", "softhyphen"),
        ("ﬁnancial eﬀect of the ﬂow", "financial effect of the flow"),
    ],
)
def test_dehyphenation_and_ligatures(raw, expected):
    assert clean_pages([raw])[0] == expected


def test_footnotes_are_kept_marked_and_offsets_point_into_the_text():
    text, regions = clean_pages(UN_PAGES)
    notes = [r for r in regions if r.kind == "footnote"]
    assert [text[r.start : r.end] for r in notes] == [
        "1 See resolution 55/2.",
        "2 See also A/68/1.",
    ]
    assert text.index("See resolution 55/2") > text.index("takes note of A/69/1")  # after the body
    breaks = [r for r in regions if r.kind == "page-break"]
    assert len(breaks) == 2 and all(text[r.start : r.end] == "\n" for r in breaks)


def test_a_masthead_stored_after_the_body_is_moved_to_the_top():
    page = (
        "GE.15-10722 (E)\n\uf02a\uf031\uf035\uf02a\nHuman Rights Council\nDecision 28/111\n"
        "The Council, recalling resolution 5/1,\nUnited Nations A/HRC/DEC/28/111\n"
        "General Assembly Distr.: General\n28 May 2015\nOriginal: English"
    )
    text, _ = clean_pages([page])
    assert text.splitlines()[:4] == [
        "United Nations A/HRC/DEC/28/111",
        "General Assembly Distr.: General",
        "28 May 2015",
        "Original: English",
    ]
    assert "GE.15" not in text and "\uf02a" not in text


def test_an_end_of_text_rule_is_decoration_not_a_footnote_separator():
    text, regions = clean_pages(["Adopted at the 41st meeting.\n__________\n"])
    assert text == "Adopted at the 41st meeting." and not regions


def test_a_plain_text_without_pages_is_left_alone():
    raw = "Recalling resolution 5/1,\n1.\nDecides to act;\n2015\n"
    assert clean_pages([raw])[0] == raw.rstrip("\n")


# -- formats --------------------------------------------------------------------------------


def test_pdf_is_read_page_by_page_and_cleaned(tmp_path):
    path = tmp_path / "doc.pdf"
    path.write_bytes(pdf_bytes(UN_PAGES))
    document = read_document(path)
    assert document.media_type == "application/pdf" and document.pages == 3
    assert "15-12345" not in document.text and "implementation of" in document.text
    assert any(document.text[r.start : r.end] == "2 See also A/68/1." for r in document.regions)


def test_docx_body_tables_and_footnotes(tmp_path):
    path = tmp_path / "doc.docx"
    path.write_bytes(
        docx_bytes(
            ["The Council recalls resolution 5/1.", "Second paragraph."],
            footnotes=["See A/HRC/28/15."],
            table=[["A/70/1", "adopted"]],
        )
    )
    document = read_document(path)
    assert document.text.startswith(
        "The Council recalls resolution 5/1.\nSecond paragraph.\nA/70/1\tadopted"
    )
    (note,) = [r for r in document.regions if r.kind == "footnote"]
    assert document.text[note.start : note.end] == "1 See A/HRC/28/15."


HTML = """<!DOCTYPE html><html><head><title>Not body text</title>
<style>p { color: red }</style><script>var x = "resolution 1/1";</script></head>
<body><!-- resolution 2/2 in a comment -->
<h1>Decision 28/111</h1><p>The Council recalls <b>resolution 5/1</b> and&nbsp;16/21.</p>
<div hidden>resolution 3/3</div><p style="display: none">resolution 4/4</p>
<span aria-hidden="true">resolution 6/6</span><noscript>resolution 7/7</noscript>
<table><tr><td>A/70/1</td><td>adopted</td></tr></table>
<template><p>resolution 8/8</p></template><input type="hidden" value="x">
</body></html>"""


def test_html_keeps_only_visible_body_text(tmp_path):
    path = tmp_path / "page.html"
    path.write_text(HTML, encoding="utf-8")
    document = read_document(path)
    assert document.media_type == "text/html" and document.encoding == "utf-8"
    assert "Decision 28/111" in document.text
    assert "The Council recalls resolution 5/1 and 16/21." in document.text
    assert "A/70/1\tadopted" in document.text
    hidden = re.findall(r"resolution [1-46-8]/[1-46-8]|Not body text|color", document.text)
    assert hidden == []


def test_html_declared_charset_is_used(tmp_path):
    page = f'<html><head><meta charset="windows-1251"></head><body><p>{RU}</p></body></html>'
    path = tmp_path / "page.htm"
    path.write_bytes(page.encode("cp1251"))
    document = read_document(path)
    assert document.text == RU and document.encoding == "cp1251"


# -- refused files --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "data", "reason"),
    [
        ("empty.txt", b"", "empty file"),
        ("blank.txt", b" \n\t\n", "only white space"),
        ("noise.bin", bytes(range(256)) * 8, "binary content"),
        ("photo.txt", b"\x89PNG\r\n\x1a\n" + bytes(64), "PNG image"),
        ("old.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(64), "legacy Office"),
        ("broken.pdf", b"%PDF-1.7\n" + bytes(range(256)) * 4, "corrupt PDF"),
        ("renamed.pdf", b"plain words, not a PDF", "no %PDF header"),
        ("renamed.docx", b"plain words, not a zip", "not a ZIP archive"),
        ("other.docx", b"PK\x03\x04" + bytes(40), "damaged ZIP"),
    ],
)
def test_bad_files_are_refused_with_a_reason(tmp_path, name, data, reason):
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(InputError, match=re.escape(reason)):
        read_document(path)


def test_limits_on_size_and_pages(tmp_path):
    path = tmp_path / "doc.pdf"
    path.write_bytes(pdf_bytes(["page one", "page two", "page three"]))
    with pytest.raises(InputError, match="3 pages, over the limit of 2: raise --max-pages"):
        read_document(path, limits=Limits(max_pages=2))
    with pytest.raises(InputError, match="over the limit of 100 bytes: raise --max-bytes"):
        read_document(path, limits=Limits(max_bytes=100))
    assert read_document(path, limits=Limits(max_pages=3)).pages == 3


def test_limits_must_be_positive():
    with pytest.raises(UsageError, match="timeout_s must be a positive number"):
        Limits(timeout_s=0)


# -- which files ----------------------------------------------------------------------------


def test_find_documents_walks_folders_with_globs(tmp_path):
    for rel in (
        "a.txt",
        "b.PDF",
        "notes.csv",
        "sub/c.md",
        "sub/drafts/d.txt",
        ".hidden/e.txt",
        "sub/.f.txt",
        "2015/x/y.html",
    ):
        (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / rel).write_text("resolution 70/1", encoding="utf-8")
    names = lambda files: sorted(p.relative_to(tmp_path).as_posix() for p in files)  # noqa: E731
    assert names(find_documents([tmp_path])) == [
        "2015/x/y.html",
        "a.txt",
        "b.PDF",
        "sub/c.md",
        "sub/drafts/d.txt",
    ]
    assert names(find_documents([tmp_path], exclude=["drafts"])) == [
        "2015/x/y.html",
        "a.txt",
        "b.PDF",
        "sub/c.md",
    ]
    assert names(find_documents([tmp_path], include=["*.txt", "*.csv"])) == [
        "a.txt",
        "notes.csv",
        "sub/drafts/d.txt",
    ]
    assert names(find_documents([tmp_path], include=["2015/**/*.html"])) == ["2015/x/y.html"]
    # a named file is taken whatever its suffix, and a file named twice is read once
    assert names(
        find_documents([tmp_path / "notes.csv", tmp_path / "a.txt", tmp_path], include=["a.txt"])
    ) == ["a.txt", "notes.csv"]


def test_find_documents_errors(tmp_path):
    with pytest.raises(InputError, match="no such file or folder"):
        find_documents([tmp_path / "missing"])
    (tmp_path / "empty").mkdir()
    with pytest.raises(InputError, match="no documents .* in the folder"):
        find_documents([tmp_path / "empty"])


# -- the real UN files ----------------------------------------------------------------------


def _words(text: str) -> list[str]:
    return re.findall(r"\w+", text.casefold())


def test_real_un_pdf_layout(corpus_dir):
    document = read_document(corpus_dir / "binary" / "A_RES_73_3-EN.pdf")
    text = document.text
    assert document.pages == 10
    assert text.startswith("United Nations A/RES/73/3\n")
    assert text.count("A/RES/73/3") == 1  # the running head of pages 2-10 is gone
    assert "18-16895" not in text and "*1816895*" not in text and "\ufffe" not in text
    assert (
        text.count("Political declaration of the high-level meeting of the") == 2
    )  # title, heading
    notes = [text[r.start : r.end] for r in document.regions if r.kind == "footnote"]
    assert notes[0] == "1 Resolution 70/1." and "6 See resolution 55/2." in notes
    assert "tuberculosis-associated deaths" in text and "high-level meeting in 2023" in text


@pytest.mark.parametrize(
    ("binary", "twin"),
    [
        ("S_2022_158-EN.pdf", "SC_draft_S-2022-158.txt"),
        ("A_HRC_DEC_28_111_g1510722.pdf", "HRC_A-HRC-DEC-28-111.txt"),
        (
            "Art_6.2_SBSTA_13a_DD_1stIteration_241114_published.docx",
            "UNFCCC_draft-decision_Art6.2_SBSTA_13a_DD_1stIteration_241114.txt",
        ),
    ],
)
def test_real_binary_and_its_text_twin_read_the_same_words(corpus_dir, binary, twin):
    from collections import Counter

    ours = Counter(_words(read_document(corpus_dir / "binary" / binary).text))
    theirs = Counter(_words(read_document(corpus_dir / "en" / twin).text))
    recall = sum((ours & theirs).values()) / sum(theirs.values())
    assert recall >= 0.97, f"{binary}: only {recall:.3f} of the twin's words"


def test_scanned_pdf_without_text_is_refused_by_name_when_ocr_is_off(corpus_dir):
    from graph.read.ocr import OcrOptions

    with pytest.raises(InputError, match="no text layer"):
        read_document(
            corpus_dir / "binary" / "A_RES_2758_XXVI_1971_ru.pdf", ocr=OcrOptions(mode="never")
        )


def test_pdftotext_pages_in_a_text_file_are_cleaned():
    path = need_shared(CORPUS / "en" / "HRC_A-HRC-14-15-Add.1.txt")
    text = read_document(path).text
    assert text.count("A/HRC/14/15/Add.1") == 1  # masthead only, not the head of pages 2-9
    assert "GE.10-12465" not in text
    assert re.search(r"^\s*[2-9]\s*$", text, re.MULTILINE) is None  # page numbers


# Text twins in ../shared/corpus/en of the binaries: what they lack that the binary has.
# S/2022/158's twin starts at "The Security Council," (no masthead: it cannot know its own body);
# the DOCX twin was saved without the footnotes and endnotes.
TWINS = [
    pytest.param(
        "S_2022_158-EN.pdf",
        "SC_draft_S-2022-158.txt",
        marks=pytest.mark.xfail(
            strict=True,
            reason=(
                "extraction: in the twin (one preambular paragraph per line) the head cue "
                "'Recalling' of the first paragraph reaches resolutions 2532 (2020) and "
                "2565 (2021) in a later one ('recalls'); the PDF's wrapped lines give 'cites'"
            ),
        ),
    ),
    ("A_HRC_DEC_28_111_g1510722.pdf", "HRC_A-HRC-DEC-28-111.txt"),
    (
        "Art_6.2_SBSTA_13a_DD_1stIteration_241114_published.docx",
        "UNFCCC_draft-decision_Art6.2_SBSTA_13a_DD_1stIteration_241114.txt",
    ),
]


@pytest.mark.parametrize(("binary", "twin"), TWINS)
def test_a_document_read_as_pdf_or_docx_and_as_text_yields_the_same_references(
    corpus_dir, binary, twin
):
    from graph.extract import extract_record

    document = read_document(corpus_dir / "binary" / binary)
    ours = extract_record(document)
    theirs = extract_record(read_document(corpus_dir / "en" / twin))
    notes = [r for r in document.regions if r.kind == "footnote"]
    in_notes = lambda ref: any(n.start <= ref.start < n.end for n in notes)  # noqa: E731
    twin_has_notes = any(r.in_footnote for r in theirs.references)
    got = {
        (r.kind, r.key, r.relation) for r in ours.references if twin_has_notes or not in_notes(r)
    }
    want = {
        (r.kind, r.key, r.relation)
        for r in theirs.references
        if theirs.symbol or not (r.kind == "body" and r.key == ours.body)
    }
    assert got == want
