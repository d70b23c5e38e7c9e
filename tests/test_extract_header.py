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

    record = extract_record(Document("resolution 70/1", language="en", source="x.txt"))
    assert (record.language, record.source, record.extractor_version) == (
        "en",
        "x.txt",
        graph.__version__,
    )
