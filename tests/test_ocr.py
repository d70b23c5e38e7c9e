"""OCR: scans read through Tesseract, OCR damage read back, compilations split into acts.

The damaged forms in the tables are real Tesseract readings: of the 1971 scan in ../shared
(Russian model, rendered at 200, 300 and 400 dpi) and of pages rendered by these tests.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from conftest import CORPUS, need_shared

from graph.extract import extract_record
from graph.model import Document, Region

SCAN = CORPUS / "binary" / "A_RES_2758_XXVI_1971_ru.pdf"


def _ocr_doc(text: str, language: str | None = None) -> Document:
    """A document as the reader makes it from a scan: all of its text from OCR."""
    return Document(
        text,
        source="scan.pdf",
        language=language,
        ocr="tesseract rus",
        regions=(Region("ocr", 0, len(text)),),
    )


def need_tesseract(models: tuple[str, ...] = ("rus",)) -> None:
    from graph.read.ocr import engine, installed_models

    if engine() is None:
        pytest.skip("Tesseract is not installed: apt-get install tesseract-ocr (docs/ocr.md)")
    missing = [m for m in models if m not in installed_models()]
    if missing:
        pytest.skip(f"Tesseract model(s) {', '.join(missing)} not installed (docs/ocr.md)")


# (OCR text, language, expected key, its matched text) — one row per form of damage.
REPAIRS = [
    # Session numerals: the number's place in the old series leaves one session.
    ("Ссылаясь на резолюцию 2758 (ХХУ!) Ассамблеи,", "ru", "A/RES/2758(XXVI)", "2758 (ХХУ!)"),
    ("Ссылаясь на резолюцию 2752 (ХХУЮ Ассамблеи,", "ru", "A/RES/2752(XXVI)", "2752 (ХХУЮ"),
    ("Ссылаясь на резолюцию 2751 (ХХУГ) Ассамблеи,", "ru", "A/RES/2751(XXVI)", "2751 (ХХУГ)"),
    ("Ссылаясь на резолюцию 2754 (ХХУ\\У!) Ассамблеи,", "ru", "A/RES/2754(XXVI)", "2754 (ХХУ\\У!)"),
    ("Ссылаясь на резолюцию 2758 (ХХУП) Ассамблеи,", "ru", "A/RES/2758(XXVI)", "2758 (ХХУП)"),
    # "l" for "I" in a Latin numeral; a number broken over two lines
    (
        "Recalling its resolution 2758 (XXVl) of 25 October 1971,",
        "en",
        "A/RES/2758(XXVI)",
        "2758 (XXVl)",
    ),
    (
        "Rappelant sa résolution 2758\n(XXVl) du 25 octobre 1971,",
        "fr",
        "A/RES/2758(XXVI)",
        "2758\n(XXVl)",
    ),
    # The compilation's own session settles a number the series alone does not.
    (
        "Генеральная Ассамблея — Двадцать шестая сессия\n\nСсылаясь на резолюцию 2763 (ХХУИ. и",
        "ru",
        "A/RES/2763(XXVI)",
        "2763 (ХХУИ.",
    ),
    # Symbols whose letter or slash OCR damaged
    ("документ $10050.", "ru", "S/10050", "$10050"),
    ("(\\/8320)", "ru", "A/8320", "\\/8320"),
    ("документ ^/8273.", "ru", "A/8273", "^/8273"),
    ("мент А;8859.", "ru", "A/8859", "А;8859"),
    ("*А!8358. Текст", "ru", "A/8358", "А!8358"),
    ("секретаря (Л/8384).", "ru", "A/8384", "Л/8384"),
    # "O" for "0" and "l" for "1" in a symbol's number
    ("document S/1OO5O of 1971", "en", "S/10050", "S/1OO5O"),
    ("document A/83l5 of 1971", "en", "A/8315", "A/83l5"),
]


@pytest.mark.parametrize(("text", "language", "key", "surface"), REPAIRS)
def test_ocr_damage_is_read_back(text, language, key, surface):
    record = extract_record(_ocr_doc(text, language))
    found = {r.key: r for r in record.references}
    assert key in found, [r.key for r in record.references]
    ref = found[key]
    assert text[ref.start : ref.end] == ref.text  # offsets into the OCR text
    assert ref.text.endswith(surface)  # "резолюцию 2758 (ХХУ!)": an act keeps its keyword
    assert ref.ocr and ref.confidence <= 0.7


def test_ambiguous_numeral_is_marked_uncertain_not_guessed():
    # 2763 lies between 2758 (XXVI) and 3281 (XXIX), and nothing names the session.
    text = "Ссылаясь на резолюцию 2763 (ХХУИ. Ассамблеи,"
    record = extract_record(_ocr_doc(text, "ru"))
    keys = {r.key: r for r in record.references}
    assert not any(k.startswith("A/RES/2763(XXV") and "|" not in k for k in keys)
    ref = keys["A/RES/2763(XXVI|XXVII|XXVIII)"]
    assert ref.kind == "unresolved" and ref.rule == "ocr-uncertain" and ref.confidence < 0.5


def test_the_same_text_not_from_ocr_is_left_alone():
    text = "Ссылаясь на резолюцию 2758 (ХХУ!) и на документ $10050,"
    record = extract_record(Document(text, language="ru"))
    assert "A/RES/2758(XXVI)" not in {r.key for r in record.references}
    assert not any(r.ocr for r in record.references)


# (OCR adoption line, language, meeting key): words one letter off, a bracket for a 1.
ADOPTION_LINES = [
    ("1934-е паенарное заседание,\n21 сентября 1971 года.", "ru", "A meeting 1971-09-21"),
    ("1976-е пленирное заседание,\n25 октября 1971 сода.", "ru", "A meeting 1971-10-25"),
    ("1957-е пленарное заседание,\n7 октября [971 года.", "ru", "A meeting 1971-10-07"),
]


@pytest.mark.parametrize(("line", "language", "meeting"), ADOPTION_LINES)
def test_damaged_adoption_line_gives_the_meeting(line, language, meeting):
    text = (
        "Генеральная Ассамблея,\n\nпостановляет принять Оман в члены Организации "
        f"Объединенных Наций.\n\n{line}\n"
    )
    assert extract_record(_ocr_doc(text, language)).meeting == meeting


COMPILATION_EN = """General Assembly — Twenty-sixth session

2751 (XXVI). Admission of Bhutan to membership in the
United Nations

The General Assembly,

Having received the recommendation of the Security Council of 10 February 1971,

Decides to admit Bhutan to membership in the United Nations.

1934th plenary meeting,
21 September 1971.

2758 (XXVI). Restoration of the lawful rights of the People's
Republic of China in the United Nations

The General Assembly,

Recalling the principles of the Charter of the United Nations,

Decides to restore all its rights to the People's Republic of China.

1976th plenary meeting,
25 October 1971.

1 Official Records of the General Assembly, document A/8273.
"""


def test_compilation_text_gives_one_record_per_act_with_exact_offsets():
    doc = Document(COMPILATION_EN, source="or26.txt")
    record = extract_record(doc)
    assert [p.part for p in record.parts] == ["A/RES/2751(XXVI)", "A/RES/2758(XXVI)"]
    bhutan, china = record.parts
    assert bhutan.title == "Admission of Bhutan to membership in the United Nations"
    assert china.meeting == "A meeting 1971-10-25" and china.adopted == "1971-10-25"
    assert china.session == "A session 26" and china.symbol == "A/RES/2758(XXVI)"
    assert COMPILATION_EN[china.part_start : china.part_end].startswith("2758 (XXVI).")
    for part in record.parts:
        for ref in part.references:
            assert part.part_start <= ref.start < ref.end <= part.part_end
            assert COMPILATION_EN[ref.start : ref.end] == ref.text
    # The footnote after the last act stays with the file, which itself was adopted nowhere
    assert "A/8273" in {r.key for r in record.references}
    assert record.meeting is None and record.adopted is None
    assert not any(r.key == "A/8273" for p in record.parts for r in p.references)


def test_a_document_quoting_one_heading_is_not_split():
    text = "Report\n\n2758 (XXVI). Restoration of the lawful rights\n\nThe report follows.\n"
    assert extract_record(Document(text, language="en")).parts == ()


def test_ocr_and_parts_reach_the_graph():
    from graph.build import build_graph

    text = COMPILATION_EN.replace("(XXVI). Adm", "(XXVl). Adm")
    record = extract_record(_ocr_doc(text, "en"))
    _, quads = build_graph(record)
    predicates = {q.predicate.value.rsplit("#", 1)[-1] for q in quads}
    assert {"fromOcr", "ocrEngine", "ocrText"} <= predicates
    parts = {q.subject.value for q in quads if q.predicate.value.endswith("/isPartOf")}
    assert parts == {"https://undocs.org/A/RES/2751(XXVI)", "https://undocs.org/A/RES/2758(XXVI)"}
    stored = next(q.object.value for q in quads if q.predicate.value.endswith("#ocrText"))
    assert stored == text  # the offsets point into the text the store keeps


def test_jsonl_marks_ocr_on_records_and_references():
    record = extract_record(_ocr_doc("Ссылаясь на резолюцию 2758 (ХХУ!) Ассамблеи,", "ru"))
    out = json.loads(json.dumps(record.to_json()))
    assert out["ocr"] is True and out["ocr_engine"] == "tesseract rus"
    assert all(r["ocr"] is True for r in out["references"])
    plain = extract_record(Document("Recalling resolution 70/1,", language="en")).to_json()
    assert plain["ocr"] is False and "ocr" not in plain["references"][0]


def test_unknown_ocr_mode_or_language_is_a_usage_error():
    from graph.errors import UsageError
    from graph.read.ocr import OcrOptions

    with pytest.raises(UsageError, match="--ocr"):
        OcrOptions(mode="sometimes")
    with pytest.raises(UsageError, match="--language"):
        OcrOptions(language="de")


def _scan_pdf(tmp_path: Path, lines: list[str], font: str) -> Path:
    """A one-page image-only PDF (a scan) of `lines`, drawn with `font` at 300 dpi."""
    from PIL import Image, ImageDraw, ImageFont

    image = Image.new("L", (2480, 1200), 255)
    draw = ImageDraw.Draw(image)
    face = ImageFont.truetype(font, 44)
    for i, line in enumerate(lines):
        draw.text((150, 150 + i * 80), line, font=face, fill=0)
    path = tmp_path / "scan.pdf"
    image.save(path, "PDF", resolution=300)
    return path


DEJAVU = "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"


@pytest.mark.parametrize(
    ("language", "model", "lines"),
    [
        (
            "en",
            "eng",
            [
                "Recalling its resolution 2758 (XXVI) of 25 October 1971,",
                "and the report of the Secretary-General (A/8320),",
            ],
        ),
        (
            "ru",
            "rus",
            [
                "Ссылаясь на свою резолюцию 2758 (XXVI) от 25 октября 1971 года",
                "и на доклад Генерального секретаря (A/8320),",
            ],
        ),
    ],
)
def test_a_scan_we_render_is_read_through_ocr(tmp_path, language, model, lines):
    need_tesseract((model, "osd"))
    if not Path(DEJAVU).exists():
        pytest.skip(f"font {DEJAVU} missing (apt-get install fonts-dejavu-core)")
    from graph.read import read_document

    doc = read_document(_scan_pdf(tmp_path, lines, DEJAVU))
    assert doc.ocr and model in doc.ocr
    record = extract_record(doc)
    assert record.language == language and record.ocr
    keys = {r.key for r in record.references if r.ocr}
    assert {"A/RES/2758(XXVI)", "A/8320"} <= keys


@pytest.fixture(scope="module")
def scan_record():
    need_shared(SCAN)
    need_tesseract(("rus", "osd"))
    from graph.read import read_document

    document = read_document(SCAN)
    return document, extract_record(document)


def test_the_1971_scan_gives_its_six_resolutions(scan_record):
    document, record = scan_record
    assert record.language == "ru" and record.ocr.startswith("tesseract")
    parts = {p.part: p for p in record.parts}
    assert list(parts) == [
        "A/RES/2751(XXVI)",
        "A/RES/2752(XXVI)",
        "A/RES/2753(XXVI)",
        "A/RES/2754(XXVI)",
        "A/RES/2758(XXVI)",
        "A/RES/2763(XXVI)",
    ]
    for key, country in [
        ("A/RES/2751(XXVI)", "Бутана"),
        ("A/RES/2752(XXVI)", "Бахрейна"),
        ("A/RES/2753(XXVI)", "Катара"),
        ("A/RES/2754(XXVI)", "Омана"),
    ]:
        assert country in parts[key].title
        assert parts[key].language == "ru" and parts[key].session == "A session 26"
    assert "Китайской Народной Республики" in parts["A/RES/2758(XXVI)"].title
    assert "атомной энергии" in parts["A/RES/2763(XXVI)"].title
    assert parts["A/RES/2751(XXVI)"].meeting == "A meeting 1971-09-21"
    assert parts["A/RES/2753(XXVI)"].adopted == "1971-09-21"
    assert parts["A/RES/2758(XXVI)"].meeting == "A meeting 1971-10-25"
    assert parts["A/RES/2758(XXVI)"].adopted == "1971-10-25"
    for part in record.parts:
        for ref in part.references:
            assert document.text[ref.start : ref.end] == ref.text and ref.ocr


def test_extract_ocr_never_on_the_scan_is_one_line_and_exit_1(tmp_path):
    need_shared(SCAN)
    from typer.testing import CliRunner

    from graph.cli import app

    result = CliRunner().invoke(app, ["extract", str(SCAN), "--ocr", "never", "--jobs", "1"])
    assert result.exit_code == 1
    lines = [line for line in result.output.splitlines() if line.strip()]
    assert len(lines) == 1 and "no text layer" in lines[0]


def test_a_scan_with_no_readable_text_is_one_clear_error(tmp_path):
    need_tesseract(("eng", "osd"))
    from PIL import Image

    from graph.errors import InputError
    from graph.read import read_document
    from graph.read.ocr import OcrOptions

    path = tmp_path / "blank.pdf"
    Image.new("L", (1240, 1754), 255).save(path, "PDF", resolution=150)
    with pytest.raises(InputError, match="OCR .* found no text"):
        read_document(path, ocr=OcrOptions(language="en"))
    assert shutil.which("tesseract")


def test_chain_shows_a_link_read_through_ocr():
    from graph_helpers import make_store

    from graph.chain import format_chain, trace_chain

    text = (
        "Report of the Secretary-General\n\nThe present report is submitted pursuant to "
        "General Assembly resolution 2758 (XXVl) of 25 October 1971.\n"
    )
    record = extract_record(_ocr_doc(text, "en"))
    assert any(r.relation == "pursuantTo" and r.ocr for r in record.references)
    if not record.mandates:  # chains are made of statements: the one this sentence makes
        from dataclasses import replace

        from graph.model import Mandate

        record = replace(
            record,
            mandates=(
                Mandate(
                    "self",
                    None,
                    "pursuantTo",
                    "A/RES/2758(XXVI)",
                    text.split("\n\n")[1].strip(),
                    "test",
                    0.9,
                ),
            ),
        )
    chain = trace_chain(make_store([record]), "A/RES/2758(XXVI)", down=True)
    assert chain.links and all(link.ocr for link in chain.links)
    assert "read by OCR" in format_chain(chain, "tree")
    assert json.loads(format_chain(chain, "json"))["links"][0]["ocr"] is True


def test_extract_jsonl_of_the_scan_prints_the_file_then_its_acts():
    need_shared(SCAN)
    need_tesseract(("rus", "osd"))
    from typer.testing import CliRunner

    from graph.cli import app

    result = CliRunner().invoke(app, ["extract", str(SCAN), "--format", "jsonl", "--jobs", "1"])
    assert result.exit_code == 0, result.output
    lines = [json.loads(line) for line in result.output.splitlines() if line.startswith("{")]
    assert lines[0]["ocr"] is True and "part" not in lines[0]
    acts = {line["part"]: line for line in lines[1:]}
    assert len(acts) == 6 and all(a["source"] == str(SCAN) for a in acts.values())
    china = acts["A/RES/2758(XXVI)"]
    assert china["symbol"] == "A/RES/2758(XXVI)" and china["language"] == "ru"
    assert china["adopted"] == "1971-10-25" and china["ocr"] is True
    assert china["part_start"] < china["part_end"]


def _mixed_pdf(tmp_path: Path) -> Path:
    """Page 1 with a text layer, page 2 a scan (an image only)."""
    import io

    import pypdf
    from file_factory import pdf_bytes

    text_page = pdf_bytes(["Recalling its resolution 2625 (XXV) of 24 October 1970,"])
    scan = _scan_pdf(tmp_path, ["Recalling its resolution 2758 (XXVI) of 25 October 1971,"], DEJAVU)
    writer = pypdf.PdfWriter()
    for data in (text_page, scan.read_bytes()):
        writer.append(pypdf.PdfReader(io.BytesIO(data)))
    path = tmp_path / "mixed.pdf"
    with path.open("wb") as handle:
        writer.write(handle)
    return path


def test_only_the_scanned_page_of_a_mixed_pdf_is_ocr_text(tmp_path):
    need_tesseract(("eng",))
    from graph.read import read_document
    from graph.read.ocr import OcrOptions

    doc = read_document(_mixed_pdf(tmp_path), ocr=OcrOptions(language="en"))
    assert doc.ocr and "eng" in doc.ocr
    refs = {r.key: r for r in extract_record(doc).references}
    text_ref, scan_ref = refs["A/RES/2625(XXV)"], refs["A/RES/2758(XXVI)"]
    assert not text_ref.ocr and scan_ref.ocr
    assert scan_ref.confidence < text_ref.confidence  # the same form, lowered for OCR
    # --ocr always reads the text page through OCR too
    again = read_document(_mixed_pdf(tmp_path), ocr=OcrOptions(mode="always", language="en"))
    assert [r.kind for r in again.regions if r.kind == "ocr"] == ["ocr"]
    assert all(r.ocr for r in extract_record(again).references)


def test_a_blank_page_of_a_born_digital_pdf_is_not_sent_to_ocr(tmp_path):
    from file_factory import pdf_bytes

    from graph.read import read_bytes

    doc = read_bytes(pdf_bytes(["Recalling resolution 70/1,", ""]), source="two.pdf")
    assert doc.ocr is None and not any(r.kind == "ocr" for r in doc.regions)


def test_pages_of_a_long_scan_are_read_across_the_pool_and_come_back_in_order(tmp_path):
    need_tesseract(("eng", "osd"))
    from PIL import Image, ImageDraw, ImageFont
    from typer.testing import CliRunner

    from graph.cli import app

    face = ImageFont.truetype(DEJAVU, 44)
    pages = []
    for n in (2625, 2758, 3281):
        image = Image.new("L", (2480, 800), 255)
        ImageDraw.Draw(image).text(
            (150, 150), f"Recalling its resolution {n} of the General Assembly,", font=face
        )
        pages.append(image)
    scan = tmp_path / "long-scan.pdf"
    pages[0].save(scan, "PDF", resolution=300, save_all=True, append_images=pages[1:])
    (tmp_path / "note.txt").write_text("Recalling resolution 70/1,", encoding="utf-8")
    args = ["extract", str(scan), str(tmp_path / "note.txt"), "--format", "jsonl", "--jobs", "2"]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 0, result.output
    lines = [json.loads(line) for line in result.output.splitlines() if line.startswith("{")]
    assert [Path(line["source"]).name for line in lines] == ["long-scan.pdf", "note.txt"]
    texts = [r["text"] for r in lines[0]["references"]]
    assert [t for t in texts if t[-4:].isdigit()] == [
        "resolution 2625",
        "resolution 2758",
        "resolution 3281",
    ]
    assert lines[0]["ocr"] is True and lines[1]["ocr"] is False
    # The worker that opens the scan reads its first page and leaves the others to the pool
    from graph.ingest import read_and_extract
    from graph.read.limits import DEFAULT_LIMITS
    from graph.read.ocr import OcrOptions
    from graph.read.ocr_pool import PendingScan
    from graph.vocab.mg import DEFAULT_BASE

    task = (str(scan), str(scan), None, DEFAULT_LIMITS, DEFAULT_BASE, OcrOptions(defer=True))
    pending = read_and_extract(task)
    assert isinstance(pending, PendingScan) and pending.todo == (1, 2)
    assert "2625" in dict(pending.first)[0] and pending.model == "eng"


@pytest.mark.parametrize(
    ("language", "head"),
    [
        ("en", "General Assembly — Twenty-sixth session"),
        ("fr", "Assemblée générale — Vingt-sixième session"),
        ("es", "Asamblea General — Vigésimo sexto período de sesiones"),
        ("ru", "Генеральная Ассамблея — Двадцать шестая сессия"),
        ("ar", "الجمعية العامة — الدورة السادسة والعشرون"),
        ("zh", "大会 — 第二十六届会议"),
    ],
)
def test_the_running_head_of_a_compilation_names_its_session(language, head):
    from graph.extract.ocrfix import compilation_session

    assert compilation_session(f"{head}\n\n2763 (XXVI). ...", language) == 26


def test_a_born_digital_compilation_pdf_is_split_too():
    from file_factory import pdf_bytes

    from graph.read import read_bytes

    doc = read_bytes(pdf_bytes([COMPILATION_EN.replace("—", "-")]), source="or26.pdf")
    record = extract_record(doc)
    assert [p.part for p in record.parts] == ["A/RES/2751(XXVI)", "A/RES/2758(XXVI)"]
    assert record.parts[1].meeting == "A meeting 1971-10-25" and not record.ocr


# Two acts as Tesseract read them at 200 dpi: the preamble's comma read as a period.
COMPILATION_RU_OCR = """2753 (ХХУ\\У!). Прием Катара в члены
Организации Объединенных Наций

Генеральная Ассамблея,

постановляет принять Катар в члены Организации Объединенных Наций.

1934-е пленарное заседание,
21 сентября 1971 года.

2754 (ХХУ!). Прием Омана в члены
Организации Объединенных Наций

Генеральная Ассамблея.

постановляет принять Оман в члены Организа
ции Объединенных Наций.

1957-е пленарное заседание,
7 октября 1971 года.
"""


def test_the_split_reads_an_adoption_line_the_preamble_hid():
    record = extract_record(_ocr_doc(COMPILATION_RU_OCR, "ru"))
    parts = {p.part: p for p in record.parts}
    assert list(parts) == ["A/RES/2753(XXVI)", "A/RES/2754(XXVI)"]
    assert parts["A/RES/2754(XXVI)"].meeting == "A meeting 1971-10-07"
    assert parts["A/RES/2754(XXVI)"].adopted == "1971-10-07"
