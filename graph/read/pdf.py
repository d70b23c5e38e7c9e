"""PDF text with PDFium (pypdfium2): the UN's own PDFs, page by page.

Chosen by measurement over the real UN PDFs (see README, "Reading documents"): PDFium read
them about 20 times faster than pypdf with the same words, and marks line-end hyphens (U+FFFE)
so that layout clean-up can tell them apart. Before PDFium sees a file, its compressed streams
are inflated once with a budget, so a PDF that inflates to gigabytes is refused by name instead
of exhausting memory.
"""

from __future__ import annotations

import re
import zlib

from ..errors import InputError
from .limits import Limits, describe
from .ocr import DEFAULT_OCR, OcrOptions, engine, needs_ocr, ocr_pages

# Start of a stream body: "stream" then CRLF or LF (PDF 32000-1, 7.3.8.1).
_STREAM = re.compile(rb"stream\r?\n")
_CHUNK = 1 << 20


def check_inflation(data: bytes, limit: int) -> int:
    """Total size of the Flate streams once inflated; InputError as soon as it passes `limit`."""
    view = memoryview(data)
    total = 0
    for m in _STREAM.finditer(data):
        start = m.end()
        if not _zlib_header(data[start : start + 2]):
            continue  # images (DCT, JBIG2) and encrypted streams: no blow-up in PDFium
        inflater = zlib.decompressobj()
        offset = start
        try:
            while offset < len(data) and not inflater.eof:
                pending: bytes | memoryview = view[offset : offset + _CHUNK]
                offset += len(pending)
                while pending and total <= limit:
                    total += len(inflater.decompress(pending, _CHUNK))
                    pending = inflater.unconsumed_tail
                if total > limit:
                    raise InputError(
                        f"PDF streams inflate to more than {describe(limit)} (a decompression "
                        "bomb?): raise --max-inflated-bytes if the file is genuine"
                    )
        except zlib.error:
            continue
    return total


def _zlib_header(head: bytes) -> bool:
    # RFC 1950: compression method 8 and a header that is a multiple of 31 ("x\x9c", "x\xda").
    return len(head) == 2 and head[0] & 0x0F == 8 and (head[0] << 8 | head[1]) % 31 == 0


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
