"""PDF text with PDFium (pypdfium2): the UN's own PDFs, page by page.

Chosen by measurement over the real UN PDFs (see README, "Reading documents"): PDFium read
them about 20 times faster than pypdf with the same words, and marks line-end hyphens (U+FFFE)
so that layout clean-up can tell them apart. Before PDFium sees a file, the streams it would
decode for text are bounded and, where the bounds do not fit the byte budget, decoded by qpdf
(pikepdf) through their whole filter chain under that budget, so a PDF that inflates to
gigabytes is refused by name instead of exhausting memory (see docs/security.md).
"""

from __future__ import annotations

import io
import re
from typing import Any

from ..errors import InputError
from .limits import Limits, describe
from .ocr import DEFAULT_OCR, OcrOptions, engine, needs_ocr, ocr_pages

# Streams PDFium never decodes when it extracts text: image data (checked by building a PDF
# whose image XObject inflates to 1 GB: the text came out and memory did not grow).
_SKIPPED_SUBTYPES = frozenset({"/Image"})
# Keys not followed from a page: back links, the structure tree, thumbnails, metadata,
# annotations and their actions (PDFium's text page holds the page content only), and arrays
# of numbers or names that PDFium never reads as streams (glyph widths, boxes).
_SKIPPED_KEYS = frozenset(
    {
        "/Parent",
        "/P",
        "/Annots",
        "/A",
        "/AA",
        "/Group",
        "/StructTreeRoot",
        "/Metadata",
        "/Thumb",
        "/B",
        "/Widths",
        "/W",
        "/W2",
        "/Differences",
        "/ProcSet",
        "/FontBBox",
        "/BBox",
        "/Matrix",
        "/MediaBox",
        "/CropBox",
        "/BleedBox",
        "/TrimBox",
        "/ArtBox",
        "/Rect",
        "/Type",
        "/Subtype",
        "/BaseFont",
        "/FontName",
        "/Length",
        "/Filter",
        "/DecodeParms",
    }
)
# The most bytes one input byte can become through each filter: Deflate's 258-byte match in
# two bits (1032), an LZW code of at least 9 bits for a string of at most 3,839 bytes, a
# run-length pair that repeats a byte 128 times, "z" for four zeros in ASCII85. Image codecs end
# the chain in PDFium's text path (factor 1), and so does a filter it does not know.
_EXPANSION = {
    "/FlateDecode": 1032,
    "/Fl": 1032,
    "/LZWDecode": 3413,
    "/LZW": 3413,
    "/RunLengthDecode": 64,
    "/RL": 64,
    "/ASCII85Decode": 4,
    "/A85": 4,
    "/ASCIIHexDecode": 1,
    "/AHx": 1,
    "/Crypt": 1,
    "/DCTDecode": 1,
    "/JPXDecode": 1,
    "/JBIG2Decode": 1,
    "/CCITTFaxDecode": 1,
}
# LZW is the one filter qpdf cannot bound: its output goes through pypdf's LZW limit instead.
_LZW = frozenset({"/LZWDecode", "/LZW"})
# qpdf's memory limits: per filter of one stream; 0 would mean "no limit", hence max(1, ...).
_QPDF_LIMITS = ("flate_max_memory", "run_length_max_memory", "png_max_memory", "tiff_max_memory")


def check_inflation(data: bytes, limit: int) -> int:
    """Bytes the text reader may inflate from the PDF's streams; InputError past `limit`.

    The streams PDFium decodes for text (those reachable from the pages, images left out) are
    first bounded by their raw size times the largest expansion of each filter; when those
    bounds add up to more than `limit`, streams are decoded by qpdf (pikepdf), largest bound
    first, through their whole filter chain under the budget left, until the decoded sizes plus
    the bounds of the rest fit. The cost is linear in the file size plus the budget, with no
    loop that depends on the decoder. A file whose streams qpdf cannot list (too damaged, or an
    object stream past the budget) is refused: it could hide a bomb that PDFium would inflate.
    """
    import pikepdf
    from pikepdf import settings

    previous = settings.get_qpdf_limits()
    _cap_qpdf(limit + 1)  # cross-reference and object streams are decoded while opening
    try:
        try:
            pdf = pikepdf.open(io.BytesIO(data))
        except pikepdf.PasswordError:
            return 0  # PDFium names it; without the password it decodes nothing
        # (qpdf's own runtime errors on a damaged file, "/Count is wrong after flattening
        # pages tree", are RuntimeErrors, not PdfErrors)
        except (pikepdf.PdfError, RuntimeError, TypeError, ValueError) as exc:
            raise _unchecked(exc, limit) from None
        with pdf:
            try:
                streams = sorted(_bounded_streams(pdf), key=lambda item: -item[0])
            except (pikepdf.PdfError, RuntimeError, TypeError, ValueError, KeyError) as exc:
                raise _unchecked(exc, limit) from None
            if any("limit exceeded" in w for w in pdf.get_warnings()):
                raise _bomb(limit)
            return min(_within_budget(data, streams, limit), limit)
    finally:
        restore: dict[str, Any] = {name: previous[name] for name in _QPDF_LIMITS}
        settings.set_qpdf_limits(**restore)


def _within_budget(data: bytes, streams: list, limit: int) -> int:
    """Decode the largest bounds until decoded sizes plus the other bounds fit in `limit`."""
    rest = sum(bound for bound, _ in streams)
    decoded = 0
    lzw_reader: list = []  # pypdf's view of the file, made once if an LZW stream needs it
    for bound, stream in streams:
        if decoded + rest <= limit:
            break
        rest -= bound
        decoded += _decoded_size(data, stream, bound, limit - decoded, lzw_reader)
        if decoded > limit:
            raise _bomb(limit)
    return decoded + rest


def _bounded_streams(pdf) -> list:
    """(bound on the decoded size, stream) for each filtered stream PDFium decodes for text.

    A walk from the pages over dictionaries, arrays and streams, each object visited once.
    """
    from pikepdf import Array, Dictionary, Stream

    containers = (Dictionary, Array, Stream)
    seen: set[tuple[int, int]] = set()
    stack = [page.obj for page in pdf.pages]
    found = []
    while stack:
        obj = stack.pop()
        key = obj.objgen
        if key != (0, 0):  # an indirect object: visit it once
            if key in seen:
                continue
            seen.add(key)
        if isinstance(obj, Array):
            stack.extend(value for value in obj if isinstance(value, containers))
            continue
        if isinstance(obj, Stream):
            if str(obj.get("/Subtype", "")) in _SKIPPED_SUBTYPES:
                continue
            if "/Filter" in obj:
                found.append((_bound(obj), obj))
        stack.extend(_children(obj, containers))
    return found


def _children(obj, containers: tuple) -> list:
    """The dictionaries, arrays and streams under the keys of `obj` that are followed."""
    from pikepdf import Stream

    try:
        values = [obj.get(name) for name in obj.keys() - _SKIPPED_KEYS]
    except TypeError:  # a name qpdf cannot give back as text ("/Bad#80"): take the pairs
        pairs = obj.stream_dict.items() if isinstance(obj, Stream) else obj.items()
        values = [value for name, value in pairs if name not in _SKIPPED_KEYS]
    return [value for value in values if isinstance(value, containers)]


def _bound(stream) -> int:
    """The most bytes a stream's filter chain can produce from its raw bytes."""
    size = len(stream.get_raw_stream_buffer())
    for name in _filters(stream):
        factor = _EXPANSION.get(name)
        if factor is None:
            break  # a filter PDFium does not know ends its decoding there
        size *= factor
    return size


def _filters(stream) -> list[str]:
    import pikepdf

    value = stream.get("/Filter")
    if isinstance(value, pikepdf.Array):
        return [str(f) for f in value]
    return [str(value)]


def _cap_qpdf(budget: int) -> None:
    from pikepdf import settings

    bounds: dict[str, Any] = dict.fromkeys(_QPDF_LIMITS, max(1, min(budget, 2**32 - 1)))
    settings.set_qpdf_limits(**bounds)


def _decoded_size(data: bytes, stream, bound: int, left: int, lzw_reader: list) -> int:
    """The decoded size of one stream, decoding at most `left` + 1 bytes per filter.

    A stream qpdf cannot decode (damaged data, an image codec in the chain) counts as its
    bound, up to the budget: PDFium may still inflate part of it.
    """
    import pikepdf

    budget = max(1, left + 1)
    if _LZW.intersection(_filters(stream)):
        return _decoded_size_lzw(data, stream.objgen[0], budget, bound, lzw_reader)
    _cap_qpdf(budget)
    try:
        return len(stream.get_stream_buffer(decode_level=pikepdf.StreamDecodeLevel.generalized))
    except (pikepdf.PdfError, RuntimeError) as exc:
        return budget if "limit exceeded" in str(exc) else min(bound, budget)


def _decoded_size_lzw(data: bytes, number: int, budget: int, bound: int, lzw_reader: list) -> int:
    """A stream with an LZW filter, decoded by pypdf under its output limits."""
    import pypdf
    from pypdf.errors import LimitReachedError, PdfReadError

    limits: dict[str, Any] = dict.fromkeys(
        (
            "lzw_maximum_output_length",
            "zlib_maximum_output_length",
            "run_length_maximum_output_length",
            "array_based_stream_maximum_output_length",
        ),
        budget,
    )
    # pypdf's "decoding work" adds up the input of every filter of the chain (16 at most).
    limits["stream_decoding_work_maximum_length"] = 17 * budget + len(data)
    try:
        with pypdf.apply_configuration(**limits):
            if not lzw_reader:
                lzw_reader.append(pypdf.PdfReader(io.BytesIO(data)))
            return len(lzw_reader[0].get_object(number).get_data())
    except LimitReachedError:
        return budget
    except (PdfReadError, NotImplementedError, ValueError, KeyError, AttributeError):
        return min(bound, budget)


def _unchecked(exc: Exception, limit: int) -> InputError:
    """A PDF whose streams cannot be listed: damaged, or an object stream past the budget hides
    the objects qpdf needs. Refused either way: it could hide a bomb that PDFium would inflate."""
    message = str(exc)
    if "limit exceeded" in message:
        return _bomb(limit)
    reason = message.rsplit(": ", 1)[-1].strip().rstrip(".") or "unreadable"
    return InputError(
        f"corrupt PDF ({reason}), or one whose streams hide a decompression bomb: they cannot "
        f"be counted within {describe(limit)}; get a fresh copy, or raise --max-inflated-bytes"
    )


def _bomb(limit: int) -> InputError:
    return InputError(
        f"PDF streams inflate to more than {describe(limit)} (a decompression bomb?): "
        "raise --max-inflated-bytes if the file is genuine"
    )


def read_pdf(
    data: bytes, limits: Limits, ocr: OcrOptions = DEFAULT_OCR
) -> tuple[list[str], list[int], str]:
    """The text of every page of a PDF, the pages read through OCR and the OCR model used."""
    import pypdfium2 as pdfium

    check_inflation(data, limits.max_inflated_bytes)
    try:
        pdf = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        message = str(exc)
        if "password" in message.lower():
            raise InputError(
                "encrypted PDF (password required): remove the password and read the copy"
            ) from None
        raise InputError(
            f"corrupt PDF ({_reason(message)}): get a fresh copy of the file"
        ) from None
    try:
        count = len(pdf)
        if count > limits.max_pages:
            raise InputError(
                f"PDF has {count} pages, over the limit of {limits.max_pages}: "
                "raise --max-pages if the file is genuine"
            )
        pages = []
        for index in range(count):
            page = pdf[index]
            textpage = page.get_textpage()
            pages.append(textpage.get_text_range())
            textpage.close()
            page.close()
        # A page without a text layer (a scan) is read through OCR; see ocr.py.
        ocred, model = needs_ocr(pages, ocr), ""
        if ocred and (ocr.mode == "always" or not any(p.strip() for p in pages) or engine()):
            texts, model = ocr_pages(pdf, ocred, ocr)
            pages, ocred = [texts.get(i, text) for i, text in enumerate(pages)], sorted(texts)
    except pdfium.PdfiumError as exc:
        raise InputError(
            f"corrupt PDF ({_reason(str(exc))}): get a fresh copy of the file"
        ) from None
    finally:
        pdf.close()
    if not any(p.strip() for p in pages):
        if model:
            raise InputError(
                f"scanned PDF: OCR ({model}) found no text on its {len(pages)} page(s); "
                "check the scan, or give --language if the language is not detected"
            )
        raise InputError(
            "PDF has no text layer (a scanned image?): read it with --ocr auto, "
            "or run OCR on it first (e.g. ocrmypdf) and read the result"
        )
    return pages, ocred if model else [], model


def _reason(message: str) -> str:
    # "Failed to load document (PDFium: Data format error)." -> "Data format error"
    m = re.search(r"PDFium: ([^)]*)", message)
    return (m.group(1) if m else message).strip().rstrip(".") or "unreadable"
