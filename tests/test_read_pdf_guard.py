"""The PDF decompression guard: streams that end before the bytes after them, bombs through any
filter chain, and every real PDF of the corpus read (or refused by name)."""

from __future__ import annotations

import binascii
import zlib

import pytest
from conftest import CORPUS, need_shared
from file_factory import (
    deflate_bomb,
    docx_bytes,
    docx_understated_bomb,
    lzw_zeros,
    pdf_bytes,
    pdf_with_filters,
)
from hypothesis import example, given, settings
from hypothesis import strategies as st

from graph.errors import InputError
from graph.read import Limits, read_bytes
from graph.read.pdf import check_inflation

MB = 1 << 20
WORDS = "The Security Council decides to extend the mandate until 31 December 2015."


def _long_content() -> bytes:
    """A content stream of 2 MB: the words, then comment lines PDFium skips."""
    text = b"BT /F1 10 Tf 12 TL 56 800 Td (" + WORDS.encode() + b") Tj ET\n"
    padding = b"".join(b"%% padding line %08d\n" % i for i in range(2 * MB // 24))
    return text + padding


def test_a_flate_stream_that_ends_before_the_bytes_after_it_is_read():
    # The shape of the UN PDFs that hung the reader: a Flate stream of more than 1 MB whose
    # compressed data ends (zlib's end of stream) while bytes follow before "endstream".
    content = _long_content()
    raw = zlib.compress(content) + b"\r\n" + bytes(range(256)) * 64
    data = pdf_with_filters(raw, ["FlateDecode"])
    assert b"%PDF" in data[:8]
    assert WORDS in read_bytes(data, source="long.pdf").text
    # Bounded work: with a budget over the stream's size but under its static bound, the guard
    # decodes the stream and counts exactly its bytes, once.
    limit = len(content) + 1000
    assert check_inflation(data, limit) == len(content)


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("flate", pdf_with_filters(deflate_bomb(64 * MB), ["FlateDecode"])),
        (
            "hex then flate",
            pdf_with_filters(
                binascii.hexlify(deflate_bomb(64 * MB)) + b">", ["ASCIIHexDecode", "FlateDecode"]
            ),
        ),
        (
            "flate twice",
            pdf_with_filters(zlib.compress(deflate_bomb(64 * MB)), ["FlateDecode", "FlateDecode"]),
        ),
        ("lzw", pdf_with_filters(lzw_zeros(40_000), ["LZWDecode"])),
        (
            "flate then lzw",
            pdf_with_filters(zlib.compress(lzw_zeros(40_000)), ["FlateDecode", "LZWDecode"]),
        ),
    ],
)
def test_bombs_are_refused_through_every_filter_chain(name, data):
    limits = Limits(max_inflated_bytes=16 * MB)
    with pytest.raises(InputError, match="decompression bomb") as caught:
        read_bytes(data, source="bomb.pdf", limits=limits)
    assert "\n" not in str(caught.value)


def test_a_bomb_in_a_font_program_is_refused():
    # Streams reached through the page resources (here an embedded font file) count too.
    data = pdf_bytes(["resolution 70/1"])
    bomb = deflate_bomb(64 * MB)
    font = b"<< /Type /Font /Subtype /TrueType /BaseFont /Bomb /FontDescriptor 99 0 R >>"
    data = data.replace(
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>", font
    )
    extra = (
        b"99 0 obj\n<< /Type /FontDescriptor /FontName /Bomb /FontFile2 100 0 R >>\nendobj\n"
        b"100 0 obj\n<< /Length %d /Filter /FlateDecode >>\nstream\n"
        % len(bomb)
        + bomb
        + b"\nendstream\nendobj\n"
    )
    data = data.replace(b"xref\n", extra + b"xref\n", 1)  # qpdf finds them by reconstruction
    with pytest.raises(InputError, match="decompression bomb"):
        check_inflation(data, 16 * MB)


def test_a_large_image_does_not_count_pdfium_never_decodes_it_for_text():
    content = b"q 10 0 0 10 0 0 cm /Im1 Do Q BT /F1 10 Tf 56 800 Td (" + WORDS.encode() + b") Tj ET"
    data = pdf_bytes([""], raw_streams=[zlib.compress(content)])
    bomb = deflate_bomb(64 * MB)
    data = data.replace(
        b"/Font << /F1 3 0 R >>", b"/Font << /F1 3 0 R >> /XObject << /Im1 99 0 R >>"
    )
    image = (
        b"99 0 obj\n<< /Type /XObject /Subtype /Image /Width 8192 /Height 8192 /ColorSpace"
        b" /DeviceGray /BitsPerComponent 8 /Length %d /Filter /FlateDecode >>\nstream\n"
        % len(bomb)
        + bomb
        + b"\nendstream\nendobj\n"
    )
    data = data.replace(b"xref\n", image + b"xref\n", 1)
    assert WORDS in read_bytes(data, source="image.pdf", limits=Limits(max_inflated_bytes=MB)).text


def _corpus_pdfs() -> list:
    root = CORPUS / "binary"
    return sorted(root.rglob("*.pdf")) if root.is_dir() else []


@pytest.mark.parametrize("path", _corpus_pdfs() or [None], ids=lambda p: p.name if p else "none")
def test_every_corpus_pdf_is_read_or_refused_for_want_of_a_text_layer(path):
    need_shared(CORPUS / "binary")
    if path is None:
        pytest.skip("no PDF in ../shared/corpus/binary")
    try:
        document = read_bytes(path.read_bytes(), source=str(path))
    except InputError as exc:
        # A scan without a text layer (A_RES_2758_XXVI_1971_ru.pdf): refused by name unless an
        # OCR step gives it text.
        assert "no text layer" in str(exc) and "OCR" in str(exc), (path.name, str(exc))
        return
    assert len(document.text.split()) > 50, path.name
    assert document.pages and document.pages >= 1


# -- DOCX: the bytes inflated are counted, not the sizes the ZIP headers claim ---------------


def test_a_docx_whose_zip_headers_understate_a_part_is_refused():
    data = docx_understated_bomb(64 * MB)
    with pytest.raises(InputError, match=r"zip bomb\?|ZIP header says") as caught:
        read_bytes(data, source="understated.docx", limits=Limits(max_inflated_bytes=16 * MB))
    assert "\n" not in str(caught.value)


def test_a_docx_whose_headers_understate_a_small_part_is_refused_as_hostile():
    data = docx_understated_bomb(4 * MB)
    with pytest.raises(InputError, match="ZIP header says 1000 bytes"):
        read_bytes(data, source="understated.docx", limits=Limits(max_inflated_bytes=16 * MB))


def test_an_honest_docx_is_still_read():
    data = docx_bytes(["The General Assembly recalls its resolution 70/1."], footnotes=["A note."])
    assert "resolution 70/1" in read_bytes(data, source="honest.docx").text


def test_lzw_streams_are_decoded_under_the_budget_with_one_pypdf_reader(monkeypatch):
    import pypdf
    from pypdf._codecs._codecs import LzwCodec

    raw = lzw_zeros(200)
    size = len(LzwCodec().decode(raw))
    data = pdf_bytes(["", "", ""], raw_streams=[raw, raw, raw]).replace(
        b"/Filter /FlateDecode", b"/Filter /LZWDecode"
    )
    made = []
    real = pypdf.PdfReader

    def counting(*args, **kwargs):
        made.append(1)
        return real(*args, **kwargs)

    monkeypatch.setattr(pypdf, "PdfReader", counting)
    # Each stream's bound (raw size x 3,413) is over the budget: all three are decoded, once.
    assert check_inflation(data, 3 * size + 100) == 3 * size
    assert len(made) == 1


def test_a_filter_pdfium_does_not_know_ends_the_chain_and_the_bound():
    raw = zlib.compress(b"BT ET")
    assert check_inflation(pdf_with_filters(raw, ["NoSuchDecode", "FlateDecode"]), MB) == len(raw)


def test_a_bomb_in_an_object_stream_is_refused():
    # The page's own objects sit in an object stream that inflates past the budget: qpdf cannot
    # list them within it, PDFium would inflate it whole.
    import io

    import pikepdf

    pdf = pikepdf.open(io.BytesIO(pdf_bytes(["resolution 70/1"])))
    junk = pdf.make_indirect(pikepdf.Dictionary(Junk=pikepdf.String(b"0" * (32 * MB))))
    pdf.pages[0].obj.Resources.Extra = junk
    out = io.BytesIO()
    pdf.save(out, object_stream_mode=pikepdf.ObjectStreamMode.generate)
    with pytest.raises(InputError, match="decompression bomb") as caught:
        read_bytes(out.getvalue(), source="objstm.pdf", limits=Limits(max_inflated_bytes=8 * MB))
    assert "\n" not in str(caught.value)


_SAMPLE = pdf_bytes(["The Council decides to remain seized of the matter.", "Page two"])


@settings(max_examples=100, deadline=None)
@given(st.lists(st.tuples(st.integers(0, len(_SAMPLE) - 1), st.integers(0, 255)), max_size=20))
# qpdf raised its own RuntimeError here ("/Count is wrong after flattening pages tree")
@example(flips=[(108, 0), (504, 0)])
def test_a_damaged_pdf_is_counted_or_refused_in_one_line(flips):
    data = bytearray(_SAMPLE)
    for at, value in flips:
        data[at] = value
    try:
        total = check_inflation(bytes(data), MB)
    except InputError as exc:
        assert "\n" not in str(exc)
    else:
        assert 0 <= total <= MB
