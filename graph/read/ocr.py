"""OCR of PDF pages that have no text layer: pages rendered by PDFium, read by Tesseract.

Pages are rendered with pypdfium2 (already the PDF reader) and read by the Tesseract engine
through pytesseract, which runs the `tesseract` program installed by the system's package
manager with its per-language models (see docs/ocr.md for the install line and for why this
path rather than OCRmyPDF or tesserocr). The language is the one given (`--language`), else the
script Tesseract detects on the first page picks the model; a Latin-script page is read with the
English, French and Spanish models together and the language then told by the extractor's own
detection, which picks the model for the pages after it.

Everything here runs inside the reader worker processes (isolation.py), under their time and
memory limits; nothing here catches those.
"""

from __future__ import annotations

import os
import re
import shutil
from dataclasses import dataclass
from functools import cache

from ..errors import InputError, UsageError
from ..model import Region

OCR_MODES = ("auto", "never", "always")
# Tesseract's model for each of the six languages (apt: tesseract-ocr-<model with - for _>).
MODELS = {"ar": "ara", "zh": "chi_sim", "en": "eng", "fr": "fra", "ru": "rus", "es": "spa"}
# The script Tesseract's orientation and script detection reports -> the models to try.
SCRIPT_MODELS = {
    "Cyrillic": "rus",
    "Arabic": "ara",
    "Han": "chi_sim",
    "HanS": "chi_sim",
    "HanT": "chi_sim",
    "Latin": "eng+fra+spa",
}
DPI = 300  # UN scans are stored at 300 dpi; more makes Tesseract slower, not better
# Tesseract uses every core for one page unless told otherwise; the worker pool already runs
# one reader per core, and measured on a 2-core machine one thread per page was 3 times faster.
_ENV = {"OMP_THREAD_LIMIT": "1"}


@dataclass(frozen=True, slots=True)
class OcrOptions:
    """How PDF pages are read: `mode` auto (OCR pages without text when Tesseract is
    installed), never, or always (OCR every page, for a bad text layer); `language` (ISO 639-1)
    picks the model instead of detecting the script."""

    mode: str = "auto"
    language: str | None = None
    # Set by graph.ingest to spread the pages of a scan over its worker pool (see ocr_tasks):
    # `defer` reads the first page only and raises OcrDeferred with the rest; `model` and
    # `texts` (page index, text) hand the pages read elsewhere back to the reader.
    defer: bool = False
    model: str | None = None
    texts: tuple[tuple[int, str], ...] = ()

    def __post_init__(self) -> None:
        if self.mode not in OCR_MODES:
            raise UsageError(f"unknown --ocr {self.mode!r}: use one of {', '.join(OCR_MODES)}")
        if self.language is not None and self.language not in MODELS:
            raise UsageError(
                f"unknown --language {self.language!r}: use one of {', '.join(MODELS)}"
            )


DEFAULT_OCR = OcrOptions()


class OcrDeferred(Exception):
    """A scan whose pages are left for the worker pool: the first page read here (it fixes the
    model), the indices of the pages still to read, and the model to read them with."""

    def __init__(self, first: dict[int, str], todo: list[int], model: str):
        super().__init__(f"{len(todo)} page(s) left for OCR")
        self.first, self.todo, self.model = first, todo, model


@cache
def engine() -> str | None:
    """The Tesseract version installed ("5.3.0"), or None when OCR cannot run here."""
    if shutil.which("tesseract") is None:
        return None
    try:
        import pytesseract
    except ImportError:
        return None
    try:
        return str(pytesseract.get_tesseract_version())
    except (pytesseract.TesseractNotFoundError, OSError):
        return None


@cache
def installed_models() -> frozenset[str]:
    """The Tesseract models installed ("eng", "rus", ...); empty without Tesseract."""
    if engine() is None:
        return frozenset()
    import pytesseract

    return frozenset(pytesseract.get_languages(config=""))


def needs_ocr(pages: list[str], options: OcrOptions) -> list[int]:
    """Indices of the pages to read through OCR: those without text (auto), or all (always)."""
    if options.mode == "never":
        return []
    if options.mode == "always":
        return list(range(len(pages)))
    return [i for i, text in enumerate(pages) if not text.strip()]


def ocr_pages(pdf, indices: list[int], options: OcrOptions) -> tuple[dict[int, str], str]:
    """The OCR text of the pages `indices` of an open pypdfium2 document, and the model used.

    InputError when the engine or the language's model is missing.
    """
    if engine() is None:
        raise InputError(
            "PDF has no text layer (a scanned image?) and Tesseract is not installed: "
            "install it (see docs/ocr.md) or run ocrmypdf on the file first"
        )
    model = options.model or (MODELS[options.language] if options.language else None)
    given = dict(options.texts)
    texts: dict[int, str] = {}
    for n, index in enumerate(indices):
        if index in given:
            texts[index] = given[index]
            continue
        if options.defer and texts and model:
            todo = [i for i in indices[n:] if options.mode != "auto" or _page_has_image(pdf, i)]
            if todo:
                raise OcrDeferred(texts, todo, model)
            break
        page = pdf[index]
        if options.mode == "auto" and not _has_image(page):
            page.close()
            continue  # a blank page of a born-digital file: nothing to read
        image = render_page(page)
        if model is None:
            model = _script_model(image)
            texts[index] = read_image(image, model)
            if "+" in model:  # Latin script: the text tells the language, and the next model
                model = MODELS[_language_of(texts[index])]
            continue
        texts[index] = read_image(image, model)
    return texts, (model or "") if texts else ""


def _page_has_image(pdf, index: int) -> bool:
    page = pdf[index]
    try:
        return _has_image(page)
    finally:
        page.close()


def _has_image(page) -> bool:
    """Whether a page draws any image (a scan does; a blank page does not)."""
    import pypdfium2.raw as pdfium_c

    return any(True for _ in page.get_objects(filter=(pdfium_c.FPDF_PAGEOBJ_IMAGE,)))


def render_page(page, dpi: int = DPI):
    """A PIL greyscale image of one pypdfium2 page at `dpi`."""
    bitmap = page.render(scale=dpi / 72, grayscale=True)
    try:
        return bitmap.to_pil()
    finally:
        bitmap.close()
        page.close()


def read_image(image, model: str, dpi: int = DPI) -> str:
    """Tesseract's text of one page image with the model(s) `model` ("rus", "eng+fra")."""
    import pytesseract

    _check_models(model)
    with _environment():
        try:
            return pytesseract.image_to_string(image, lang=model, config=f"--dpi {dpi}")
        except pytesseract.TesseractError as exc:
            raise InputError(f"OCR failed ({_first_line(exc.message)})") from None


def _script_model(image) -> str:
    """The model(s) for the script Tesseract sees on a page; the Latin models if it cannot tell."""
    import pytesseract

    with _environment():
        try:
            osd = pytesseract.image_to_osd(image, output_type=pytesseract.Output.DICT)
        except pytesseract.TesseractError:
            return SCRIPT_MODELS["Latin"]  # too little text to tell: the commonest script
    return SCRIPT_MODELS.get(str(osd.get("script")), SCRIPT_MODELS["Latin"])


# Words frequent in one Latin-script language and rare in the other two: enough to pick the
# Tesseract model for the pages after the first ("the Council decides" / "le Conseil décide").
_LATIN_MARKERS = {
    "en": frozenset({"the", "of", "and", "to", "that", "is", "with", "by"}),
    "fr": frozenset({"le", "les", "des", "et", "du", "au", "aux", "une", "est"}),
    "es": frozenset({"el", "los", "las", "del", "y", "una", "por", "con"}),
}
_WORD = re.compile(r"[^\W\d_]+")


def _language_of(text: str) -> str:
    """en, fr or es: the language of a page read with the three Latin models together."""
    words = _WORD.findall(text[:4000].lower())
    scores = {code: sum(map(marks.__contains__, words)) for code, marks in _LATIN_MARKERS.items()}
    best = max(scores, key=scores.__getitem__)
    return best if scores[best] else "en"


def _check_models(model: str) -> None:
    missing = [m for m in model.split("+") if m not in installed_models()]
    if missing:
        package = " ".join(f"tesseract-ocr-{m.replace('_', '-')}" for m in missing)
        raise InputError(
            f"the OCR model {'+'.join(missing)} is not installed: apt-get install {package}"
        )


class _environment:
    """Set Tesseract's thread limit for the duration of one call (restored after)."""

    def __enter__(self) -> None:
        self.saved = {k: os.environ.get(k) for k in _ENV}
        os.environ.update(_ENV)

    def __exit__(self, *exc) -> None:
        for key, value in self.saved.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value


def _first_line(message: object) -> str:
    text = message.decode("utf-8", "replace") if isinstance(message, bytes) else str(message)
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    return lines[-1] if lines else "Tesseract error"


def ocr_regions(
    text: str, regions: tuple[Region, ...], ocred: list[int], pages: int
) -> tuple[Region, ...]:
    """Region("ocr") spans of the clean text that came from OCR pages.

    All pages read through OCR (a scan): the whole text. Otherwise the body of each such page,
    between the page breaks the layout clean-up marks (footnotes moved to the end stay out).
    """
    if len(ocred) == pages:
        return (Region("ocr", 0, len(text)),)
    breaks = [r for r in regions if r.kind == "page-break"]
    notes = [r.start for r in regions if r.kind == "footnote"]
    body_end = min(notes) if notes else len(text)
    edges = [0] + [r.end for r in breaks] + [body_end]
    return tuple(Region("ocr", edges[i], edges[i + 1]) for i in ocred if i + 1 < len(edges))
