"""OCR benchmark: pages per second and character error rate (CER) against a known text.

Two kinds of pages whose text is known:
- pages of corpus PDFs that have a text layer (../shared/corpus/binary), rendered to images
  and read through OCR; the reference is PDFium's text of the same page;
- short pages generated here in the six languages (drawn with a system font into an image-only
  PDF), the reference being the text drawn.
CER = edit distance / reference length, on texts with white space collapsed. Speed is printed
as pages per second and as a ratio to reading the same pages' text layer (the baseline).

    .venv/bin/python tests/benchmarks/bench_ocr.py [--pages N]
"""

from __future__ import annotations

import argparse
import io
import sys
import time
from pathlib import Path

import pypdfium2 as pdfium

from graph.read.ocr import MODELS, engine, installed_models, read_image, render_page

CORPUS = Path(__file__).resolve().parents[3] / "shared" / "corpus" / "binary"
FONTS = {
    "latin": "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf",
    "ar": "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
    "zh": "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf",
}
# Short UN-style sentences we wrote, one per language (the text drawn is the reference).
SAMPLES = {
    "en": "Recalling its resolution 2758 (XXVI) of 25 October 1971 and the report "
    "of the Secretary-General (A/8320), decides to remain seized of the matter.",
    "fr": "Rappelant sa résolution 2758 (XXVI) du 25 octobre 1971 et le rapport "
    "du Secrétaire général (A/8320), décide de rester saisie de la question.",
    "es": "Recordando su resolución 2758 (XXVI), de 25 de octubre de 1971, y el informe "
    "del Secretario General (A/8320), decide seguir ocupándose de la cuestión.",
    "ru": "Ссылаясь на свою резолюцию 2758 (XXVI) от 25 октября 1971 года и на доклад "
    "Генерального секретаря (A/8320), постановляет продолжать заниматься этим вопросом.",
    "ar": "إذ تشير إلى قرارها 2758 المؤرخ 25 تشرين الأول 1971 وإلى تقرير الأمين العام",
    "zh": "回顾其1971年10月25日第2758号决议和秘书长的报告，决定继续处理此案。",
}


def cer(reference: str, hypothesis: str, spaced: bool = True) -> float:
    """Character error rate: Levenshtein distance over the reference's length, white space
    collapsed (removed when not `spaced`: Chinese, where Tesseract puts spaces between some
    characters)."""
    glue = " " if spaced else ""
    ref, hyp = glue.join(reference.split()), glue.join(hypothesis.split())
    previous = list(range(len(hyp) + 1))
    for i, a in enumerate(ref, 1):
        current = [i]
        for j, b in enumerate(hyp, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a != b)))
        previous = current
    return previous[-1] / max(1, len(ref))


def _wrap(text: str, width: int) -> list[str]:
    if " " not in text:  # Chinese: by characters
        return [text[i : i + width // 2] for i in range(0, len(text), width // 2)]
    lines, line = [], ""
    for word in text.split():
        if len(line) + len(word) + 1 > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}".strip()
    return lines + [line]


def generated_page(language: str) -> tuple[bytes, str] | None:
    """An image-only one-page PDF of the language's sample, and the sample."""
    from PIL import Image, ImageDraw, ImageFont

    font = FONTS.get(language, FONTS["latin"])
    if not Path(font).exists() or not Path(FONTS["latin"]).exists():
        return None
    image = Image.new("L", (2480, 1000), 255)
    draw = ImageDraw.Draw(image)
    face = ImageFont.truetype(font, 48)
    latin = ImageFont.truetype(FONTS["latin"], 48)
    for i, line in enumerate(_wrap(SAMPLES[language], 60)):
        if language != "zh":
            draw.text((150, 150 + i * 90), line, font=face, fill=0)
            continue
        x = 150  # the CJK font has no Latin digits: draw those with the Latin one
        for char in line:
            use = latin if char.isascii() else face
            draw.text((x, 150 + i * 90), char, font=use, fill=0)
            x += draw.textlength(char, font=use)
    out = io.BytesIO()
    image.save(out, "PDF", resolution=300)
    return out.getvalue(), SAMPLES[language]


def corpus_pages(limit: int) -> list[tuple[str, int]]:
    """(file, page index) of the first `limit` pages with a text layer, across corpus PDFs."""
    out = []
    for path in sorted(CORPUS.glob("**/*.pdf")):
        pdf = pdfium.PdfDocument(str(path))
        for index in range(len(pdf)):
            page = pdf[index]
            textpage = page.get_textpage()
            if len(textpage.get_text_range().strip()) > 200:
                out.append((str(path), index))
            textpage.close()
            page.close()
            if len([p for p in out if p[0] == str(path)]) >= 2:
                break
        pdf.close()
        if len(out) >= limit:
            break
    return out[:limit]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=4, help="corpus pages to OCR")
    args = parser.parse_args()
    if engine() is None:
        print("Tesseract is not installed: see docs/ocr.md", file=sys.stderr)
        return 1
    models = installed_models()
    print(f"tesseract {engine()}, models: {' '.join(sorted(models))}")
    rows = []
    if CORPUS.exists():
        for path, index in corpus_pages(args.pages):
            pdf = pdfium.PdfDocument(path)
            t0 = time.perf_counter()
            textpage = pdf[index].get_textpage()
            reference = textpage.get_text_range()
            textpage.close()
            t1 = time.perf_counter()
            text = read_image(render_page(pdf[index]), "eng")
            t2 = time.perf_counter()
            pdf.close()
            rows.append(
                (f"{Path(path).name} p{index + 1}", "en", cer(reference, text), t2 - t1, t1 - t0)
            )
    else:
        print(f"{CORPUS} missing: corpus pages skipped")
    scan = CORPUS / "A_RES_2758_XXVI_1971_ru.pdf"
    if scan.exists() and "rus" in models:  # the real scan: no known text, speed only
        pdf = pdfium.PdfDocument(str(scan))
        t1 = time.perf_counter()
        read_image(render_page(pdf[0]), "rus")
        rows.append((scan.name, "ru", None, time.perf_counter() - t1, None))
        pdf.close()
    for language, model in MODELS.items():
        page = generated_page(language)
        if page is None or model not in models:
            print(f"{language}: skipped (font or model {model} missing)")
            continue
        data, reference = page
        pdf = pdfium.PdfDocument(data)
        t1 = time.perf_counter()
        text = read_image(render_page(pdf[0]), model)
        t2 = time.perf_counter()
        pdf.close()
        rate = cer(reference, text, spaced=language != "zh")
        rows.append((f"generated {language}", language, rate, t2 - t1, None))
    print(f"{'page':40} {'lang':4} {'CER':>6} {'OCR s':>7} {'x text layer':>13}")
    for name, language, rate, seconds, base in rows:
        ratio = f"{seconds / base:,.0f}" if base else "-"
        shown = "-" if rate is None else f"{rate:.1%}"
        print(f"{name[:40]:40} {language:4} {shown:>6} {seconds:7.2f} {ratio:>13}")
    total = sum(r[3] for r in rows)
    print(f"pages: {len(rows)}, OCR pages per second: {len(rows) / total:.2f} (one thread)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
