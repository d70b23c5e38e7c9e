"""The citing document's own metadata: header block, front matter, language."""

from __future__ import annotations

import pytest

from graph.extract import extract_record
from graph.extract.header import detect_language
from graph.model import Document

UPR = """              United Nations                                     A/HRC/DEC/28/111
              General Assembly                                   Distr.: General
                                                                 28 May 2015

                                                                 Original: English




Human Rights Council
Twenty-eighth session
Agenda item 6
Universal periodic review

            Decision adopted by the Human Rights Council


            28/111.
            Outcome of the universal periodic review: Slovenia

                   The Human Rights Council,
                   Acting in compliance with the mandate entrusted to it by the General Assembly in
            its resolution 60/251 of 15 March 2006,
"""

FRONT_MATTER = """---
symbol: A/RES/80/9
title: "2025 Political Declaration on Trafficking in Persons :"
date: "2025-11-25"
---

United Nations

General Assembly Distr.: General 25 November 2025

Eightieth session Agenda item 107 Crime prevention and criminal justice

Resolution adopted by the General Assembly on 24 November 2025

[without reference to a Main Committee (A/80/L.8)]

80/9. 2025 Political Declaration

The General Assembly,

Recalling its resolution 64/293 of 30 July 2010,
"""

RUSSIAN = """**Конференция участников
Конвенции Организации
Объединенных Наций
против транснациональной
организованной преступности**

Distr.: General
12 June 2014
Russian
Original: English

Седьмая сессия

Вена, 6-10 октября 2014 года

Пункт 5 предварительной повестки дня*

Техническая помощь

**Доклад о работе совещания Рабочей группы
правительственных экспертов по технической помощи**

Записка Секретариата

1. Рабочая группа была учреждена во исполнение решения 2/6.
"""

FRENCH = """Nations Unies                                            E/CN.7/2015/1
Conseil économique et social                             Distr. générale
                                                         5 décembre 2014
                                                         Français
                                                         Original : anglais

Commission des stupéfiants
Cinquante-huitième session
Point 2 de l'ordre du jour provisoire

Ordre du jour provisoire

1. Élection du Bureau.
"""


ARABIC = """الأمم المتحدة                                                    A/HRC/DEC/61/102

الجمعية العامة                                                   Distr.: General
                                                                 14 April 2026
                                                                 Arabic
                                                                 Original: English

مجلس حقوق الإنسان
الدورة الحادية والستون
23 شباط/فبراير - 2 نيسان/أبريل 2026
البند 6 من جدول الأعمال

مقرر اعتمده مجلس حقوق الإنسان في 2 نيسان/أبريل 2026

61/102. نتائج الاستعراض الدوري الشامل: بلد ما

إن مجلس حقوق الإنسان،

إذ يتصرف وفقاً لقرار الجمعية العامة 60/251 المؤرخ 15 آذار/مارس 2006،

يقرر أن يعتمد نتائج الاستعراض.

الجلسة 40
2 نيسان/أبريل 2026
"""

CHINESE = """联合国                                                          A/81/77

大会                                                            Distr.: General
                                                                2026年5月4日
                                                                Chinese
                                                                Original: English

第八十一届会议
临时议程*项目118
审查授权任务

审查大会授权的任务

秘书长的报告

1. 本报告是根据大会第80/17号决议提交的。
"""


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            ARABIC,
            {
                "symbol": "A/HRC/DEC/61/102",
                "body": "A/HRC",
                "doc_kind": "decision",
                "session": "A/HRC session 61",  # the nominative "الحادية والستون" in a header
                "agenda_item": "6",
                "meeting": "A/HRC meeting 2026-04-02",  # "الجلسة 40" closing the decision
                "language": "ar",
            },
        ),
        (
            CHINESE,
            {
                "symbol": "A/81/77",
                "body": "A",
                "date": "2026-05-04",
                "session": "A session 81",
                "agenda_item": "118",  # "临时议程*项目118": a footnote mark after "议程"
                "title": "审查大会授权的任务",  # the line before the author line
                "language": "zh",
            },
        ),
        (
            UPR,
            {
                "symbol": "A/HRC/DEC/28/111",
                "body": "A/HRC",
                "date": "2015-05-28",
                "doc_kind": "decision",
                "session": "A/HRC session 28",
                "agenda_item": "6",
                "original_language": "en",
                "title": "Outcome of the universal periodic review: Slovenia",
            },
        ),
        (
            FRONT_MATTER,
            {
                "symbol": "A/RES/80/9",
                "body": "A",
                "date": "2025-11-25",
                "doc_kind": "resolution",
                "session": "A session 80",
                "agenda_item": "107",
                "title": "2025 Political Declaration on Trafficking in Persons",
            },
        ),
        (
            RUSSIAN,
            {
                "symbol": None,
                "body": "CTOC/COP",
                "date": "2014-06-12",
                "doc_kind": "note",
                "session": "CTOC/COP session 7",
                "agenda_item": "5",
                "original_language": "en",
                "language": "ru",
            },
        ),
        (
            FRENCH,
            {
                "symbol": "E/CN.7/2015/1",
                "body": "E/CN.7",
                "session": "E/CN.7 session 58",
                "agenda_item": "2",
                "original_language": "en",
                "doc_kind": "agenda",
                "language": "fr",
            },
        ),
    ],
    ids=[
        "arabic-decision",
        "chinese-report",
        "upr-decision",
        "front-matter",
        "russian-note",
        "french-agenda",
    ],
)
def test_header_metadata(text, expected):
    record = extract_record(Document(text))
    for field, value in expected.items():
        assert getattr(record, field) == value, field


def test_header_is_metadata_not_references():
    record = extract_record(Document(FRONT_MATTER))
    keys = [r.key for r in record.references]
    assert "A/RES/80/9" not in keys and "A session 80" not in keys
    assert keys[:2] == ["A/80/L.8", "A/RES/64/293"]  # the draft cited in the header is kept
    record = extract_record(Document(UPR))
    assert [r.key for r in record.references if r.kind != "body"] == ["A/RES/60/251"]


@pytest.mark.parametrize(
    ("text", "code"),
    [
        (
            "The General Assembly recalls its resolution and the report of the Secretary-General.",
            "en",
        ),
        ("L'Assemblée générale rappelle sa résolution et le rapport du Secrétaire général.", "fr"),
        ("La Asamblea General recuerda su resolución y el informe del Secretario General.", "es"),
        (
            "Генеральная Ассамблея ссылается на свою резолюцию и доклад Генерального секретаря.",
            "ru",
        ),
        ("إن الجمعية العامة، إذ تشير إلى قرارها وإلى تقرير الأمين العام،", "ar"),
        ("大会回顾其决议和秘书长的报告，并注意到所取得的进展。", "zh"),
    ],
)
def test_language_detection(text, code):
    assert detect_language(text) == code
    assert extract_record(Document(text)).language == code


def test_given_language_is_kept_and_extractor_version_set():
    import graph
    from graph.version import extractor_version

    record = extract_record(Document("resolution 70/1", language="en", source="x.txt"))
    assert (record.language, record.source, record.extractor_version) == (
        "en",
        "x.txt",
        extractor_version(),
    )
    # the package version and a fingerprint of the rules: "0.1.0+3f2a9c41d07e"
    version, _, fingerprint = record.extractor_version.partition("+")
    assert version == graph.__version__ and len(fingerprint) == 12


# fmt: off
ECOSOC_HEADS = {
    "en": ("United Nations E/2025/61\nEconomic and Social Council Distr.: General\n2 April 2025\n"
           "Original: English\n\n2025 session\n27 July 2024-23 July 2025\nAgenda item 18 (b)\n\n"
           "Report of the Committee for Development Policy on its twenty-seventh session\n\n"
           "Note by the Secretary-General\n\n1. The Secretary-General transmits the report.\n"),
    "fr": ("Nations Unies E/2025/61\nConseil économique et social Distr. générale\n2 avril 2025\n"
           "Français\nOriginal : anglais\n\nSession de 2025\n27 juillet 2024-23 juillet 2025\n"
           "Point 18 b) de l'ordre du jour\n\nRapport du Comité d'experts de l'administration "
           "publique sur les travaux de sa vingt-quatrième session\n\n"
           "Note du Secrétaire général\n\n"
           "1. Le Secrétaire général a l'honneur de transmettre le rapport.\n"),
    "es": ("Naciones Unidas E/2025/61\nConsejo Económico y Social Distr. general\n2 de abril de "
           "2025\nEspañol\nOriginal: inglés\n\nPeríodo de sesiones de 2025\n27 de julio de 2024 a "
           "23 de julio de 2025\nTema 18 b) del programa\n\nInforme del Comité de Expertos en "
           "Administración Pública sobre su 24º período de sesiones\n\n"
           "Nota del Secretario General\n\n1. El Secretario General tiene el honor de transmitir "
           "el informe.\n"),
    "ru": ("Организация Объединенных Наций E/2025/61\nЭкономический и Социальный Совет "
           "Distr.: General\n2 April 2025\nRussian\nOriginal: English\n\nСессия 2025 года\n"
           "27 июля 2024 года — 23 июля 2025 года\nПункт 18(b) повестки дня\n\nДоклад Комитета "
           "экспертов по государственному управлению о работе его двадцать четвертой сессии\n\n"
           "Записка Генерального секретаря\n\n1. Генеральный секретарь имеет честь препроводить "
           "доклад.\n"),
    "ar": ("الأمم المتحدة E/2025/61\nالمجلس الاقتصادي والاجتماعي Distr.: General\n2 April 2025\n"
           "Arabic\nOriginal: English\n\nدورة عام 2025\n27 تموز/يوليه 2024 - 23 تموز/يوليه 2025\n"
           "البند 18 (ب) من جدول الأعمال\n\nتقرير لجنة الخبراء المعنية بالإدارة العامة عن دورتها "
           "الرابعة والعشرين\n\nمذكرة من الأمين العام\n\n"
           "1 - يتشرف الأمين العام بأن يحيل التقرير.\n"),
    "zh": ("联合国 E/2025/61\n经济及社会理事会 Distr.: General\n2025年4月2日\nChinese\n"
           "Original: English\n\n2025年届会\n2024年7月27日至2025年7月23日\n议程项目18(b)\n\n"
           "公共行政专家委员会第二十四届会议的报告\n\n秘书长的说明\n\n1. 秘书长谨转递该报告。\n"),
}
# fmt: on


@pytest.mark.parametrize("language", sorted(ECOSOC_HEADS))
def test_a_session_named_by_its_year_is_the_documents_not_the_title_bodys(language):
    """The Council names its sessions by year; the title's session is the Committee's."""
    record = extract_record(Document(ECOSOC_HEADS[language], language=language))
    assert (record.body, record.session) == ("E", "E session 2025")


def test_a_session_of_another_body_in_the_title_is_not_the_documents():
    text = ECOSOC_HEADS["en"].replace("2025 session\n", "")
    record = extract_record(Document(text, language="en"))
    assert record.session is None


# fmt: off
ADOPTED = [
    # the Security Council's adoption line, its date on the next line
    ("en", "United Nations S/RES/2801 (2026)\nSecurity Council Distr.: General\n14 January 2026\n\n"
           "Resolution 2801 (2026)\n\nAdopted by the Security Council at its 10012th meeting,\n"
           "on 13 January 2026\n\nThe Security Council,\n\nRecalling its resolution 2719 (2023),\n",
     {"symbol": "S/RES/2801(2026)", "adopted": "2026-01-13", "doc_kind": "resolution",
      "meeting": "S meeting 2026-01-13"}),
    # an old resolution without a header: its heading line, OCR damage in the meeting number
    ("en", "Resolution 2802 (2026)\n\nAdopted by the Security Council at its 1OO13th meeting,\n"
           "on 20 January 2026\n\nThe Security Council,\n\nRecalling its resolution 2719 (2023),\n",
     {"symbol": "S/RES/2802(2026)", "adopted": "2026-01-20", "meeting": "S meeting 2026-01-20"}),
    # the date given on the heading line
    ("en", "Resolution 2803 (2026) of 21 January 2026\n\nThe Security Council,\n\n"
           "Recalling its resolution 2719 (2023),\n\nDecides to remain seized of the matter.\n",
     {"symbol": "S/RES/2803(2026)", "adopted": "2026-01-21", "doc_kind": "resolution"}),
    ("ru", "Организация Объединенных Наций S/RES/2801 (2026)\nСовет Безопасности Distr.: General\n"
           "14 January 2026\n\nРезолюция 2801 (2026),\n\nпринятая Советом Безопасности на его "
           "10012-м заседании 13 января 2026 года\n\nСовет Безопасности,\n\n"
           "ссылаясь на свою резолюцию 2719 (2023),\n",
     {"symbol": "S/RES/2801(2026)", "adopted": "2026-01-13"}),
    # Arabic: "اعتمده" (adopted by), the act's number and title joined by a dash
    ("ar", "الأمم المتحدة A/HRC/DEC/61/104\nالجمعية العامة Distr.: General\n10 April 2026\n\n"
           "مجلس حقوق الإنسان\nالدورة الحادية والستون\n\nمقرر اعتمده مجلس حقوق الإنسان في "
           "2 نيسان/أبريل 2026\n\n61/104- نتائج الاستعراض الدوري الشامل: شيلي\n\n"
           "إن مجلس حقوق الإنسان،\n\nإذ يتصرف وفقاً لقرار الجمعية العامة 60/251،\n",
     {"doc_kind": "decision", "adopted": "2026-04-02",
      "title": "نتائج الاستعراض الدوري الشامل: شيلي"}),
    ("ar", "الأمم المتحدة A/RES/81/12\nالجمعية العامة Distr.: General\n3 November 2026\n\n"
           "الدورة الحادية والثمانون\n\nقرار اتخذته الجمعية العامة في 30 تشرين الأول/أكتوبر 2026"
           "\n\n81/12 - السنة الدولية للتعاونيات\n\nإن الجمعية العامة،\n\nإذ تشير إلى قرارها "
           "80/175،\n",
     {"adopted": "2026-10-30", "title": "السنة الدولية للتعاونيات"}),
]
# fmt: on


@pytest.mark.parametrize(
    ("language", "text", "expected"), ADOPTED, ids=[f"{a[0]}-{i}" for i, a in enumerate(ADOPTED)]
)
def test_adoption_date_and_title_of_an_act(language, text, expected):
    record = extract_record(Document(text, language=language))
    for field, value in expected.items():
        assert getattr(record, field) == value, field


@pytest.mark.parametrize(
    ("text", "symbol", "body"),
    [
        (
            "Decision 99/101. Outcome of the review: Freedonia\nThe Human Rights Council,\n"
            "Acting in compliance with its resolution 5/1,\nAdopts the outcome.\n",
            "A/HRC/DEC/99/101",
            "A/HRC",
        ),
        (
            "Resolution 99/7. Promoting something\nThe General Assembly,\n"
            "Recalling its resolution 70/1,\nDecides to act.\n",
            "A/RES/99/7",
            "A",
        ),
    ],
)
def test_an_act_without_a_header_is_named_by_its_heading_and_preamble(text, symbol, body):
    record = extract_record(Document(text, language="en"))
    assert (record.symbol, record.body) == (symbol, body)
    assert symbol not in [r.key for r in record.references]
