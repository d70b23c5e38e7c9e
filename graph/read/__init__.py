"""Read stage: files in, Documents out. The only stage that touches input files.

`read_document(path)` tells the format by its first bytes (then by its suffix), reads it with
the module for that format (pdf, docx, html, text), cleans the UN page layout (layout.py) and
returns a Document whose offsets all point into its clean text. Every failure is an InputError
with a one-line reason; `Limits` bound what one file may cost.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

from ..errors import InputError
from ..model import Document
from .find import DOCUMENT_SUFFIXES, find_documents
from .limits import DEFAULT_LIMITS, Limits, describe
from .ocr import DEFAULT_OCR, OcrOptions, engine, ocr_regions

__all__ = [
    "DOCUMENT_SUFFIXES",
    "Limits",
    "OcrOptions",
    "find_documents",
    "read_document",
    "read_bytes",
]

MEDIA_TYPES = {
    "pdf": "application/pdf",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "html": "text/html",
    "markdown": "text/markdown",
    "text": "text/plain",
}
# First bytes of formats we do not read, so the message can name them: b"\x89PNG...".
_FOREIGN = (
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"II*\x00", "a TIFF image"),
    (b"MM\x00*", "a TIFF image"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"7z\xbc\xaf", "a 7-Zip archive"),
    (b"Rar!", "a RAR archive"),
    (b"\x7fELF", "a program (ELF)"),
    (b"MZ", "a Windows program"),
    (b"\xd0\xcf\x11\xe0", "a legacy Office file (.doc/.xls): save it as .docx or PDF"),
    (b"{\\rtf", "an RTF file: save it as .docx or PDF"),
    (b"SQLite format 3", "an SQLite database"),
)


def read_document(
    path: str | os.PathLike,
    *,
    encoding: str | None = None,
    limits: Limits | None = None,
    ocr: OcrOptions | None = None,
) -> Document:
    """Read one file into a Document (clean text, regions, encoding, SHA-256 of the bytes).

    `encoding` overrides detection for text and HTML files. `limits` bounds size, pages and
    inflated size here; time and memory are bounded by the worker processes of graph.ingest.
    `ocr` says when PDF pages are read through OCR and in which language (see ocr.py); its
    language, when given, is the Document's language whatever the format.
    """
    limits = limits or DEFAULT_LIMITS
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > limits.max_bytes:
            raise InputError(
                f"file is {describe(size)}, over the limit of "
                f"{describe(limits.max_bytes)}: raise --max-bytes if it is genuine"
            )
        data = path.read_bytes()
    except FileNotFoundError:
        raise InputError("no such file") from None
    except IsADirectoryError:
        raise InputError("is a folder, not a file") from None
    except PermissionError:
        raise InputError("permission denied: cannot read the file") from None
    except OSError as exc:
        raise InputError(f"cannot read the file: {exc.strerror or exc}") from None
    return read_bytes(data, source=str(path), encoding=encoding, limits=limits, ocr=ocr)


def read_bytes(
    data: bytes,
    *,
    source: str = "<bytes>",
    encoding: str | None = None,
    limits: Limits | None = None,
    ocr: OcrOptions | None = None,
) -> Document:
    """Like read_document, for bytes already in memory; `source` names them (its suffix counts)."""
    from .layout import clean_pages

    limits = limits or DEFAULT_LIMITS
    ocr = ocr or DEFAULT_OCR
    if len(data) > limits.max_bytes:
        raise InputError(
            f"file is {describe(len(data))}, over the limit of "
            f"{describe(limits.max_bytes)}: raise --max-bytes if it is genuine"
        )
    if not data or data.isspace():
        raise InputError("empty file" if not data else "no text in this file (only white space)")
    kind = sniff(data, source)
    pages_count = None
    notes: list[str] = []
    warning = None
    ocred: list[int] = []
    model = ""
    if kind == "pdf":
        from .pdf import read_pdf

        pages, ocred, model = read_pdf(data, limits, ocr)
        pages_count, used = len(pages), None
    elif kind == "docx":
        from .docx import read_docx

        body, notes = read_docx(data, limits)
        pages, used = [body], None
    elif kind == "html":
        from .html import read_html

        body, used, warning = read_html(data, encoding)
        pages = [body]
    else:
        from .text import read_text

        pages, used, warning = read_text(data, encoding)
        if len(pages) > limits.max_pages:
            raise InputError(
                f"text has {len(pages)} pages (form feeds), over the limit of "
                f"{limits.max_pages}: raise --max-pages if it is genuine"
            )
    text, regions = clean_pages(pages, notes)
    if len(text) > limits.max_inflated_bytes:
        raise InputError(
            f"the text read is {describe(len(text))}, over the limit of "
            f"{describe(limits.max_inflated_bytes)}: raise --max-inflated-bytes"
        )
    if not text.strip():
        raise InputError("no text in this file")
    if ocred:
        regions += ocr_regions(text, regions, ocred, len(pages))
    return Document(
        text=text,
        source=source,
        sha256=hashlib.sha256(data).hexdigest(),
        media_type=MEDIA_TYPES[kind],
        encoding=used,
        encoding_warning=warning,
        regions=regions,
        pages=pages_count,
        language=ocr.language,
        ocr=f"tesseract {engine()} {model}" if ocred else None,
    )


def sniff(data: bytes, source: str) -> str:
    """The format of `data`: pdf, docx, html, markdown or text; InputError for anything else."""
    from .html import looks_like_html

    suffix = Path(source).suffix.lower()
    if b"%PDF-" in data[:1024]:
        return "pdf"
    if suffix == ".pdf":
        raise InputError(
            "not a PDF file: no %PDF header (damaged, or another format renamed .pdf?)"
        )
    if data.startswith(b"PK\x03\x04") or suffix == ".docx":
        return "docx"  # docx.py tells a DOCX from other ZIPs and from damaged files
    for magic, what in _FOREIGN:
        if data.startswith(magic):
            raise InputError(f"unsupported file type: {what} (PDF, DOCX, HTML and text are read)")
    if suffix in (".html", ".htm", ".xhtml") or looks_like_html(data):
        return "html"
    return "markdown" if suffix in (".md", ".markdown") else "text"
