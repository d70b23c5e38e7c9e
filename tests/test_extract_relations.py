"""Relations read from cue words (data per language), and the subject of a mandate."""

from __future__ import annotations

import pytest

from graph.extract import extract_references
from graph.extract.cues import prefixes
from graph.model import Document


def first_act(text: str, language: str):
    refs = [
        r
        for r in extract_references(Document(text, language=language))
        if r.kind in ("resolution", "decision", "document")
    ]
    assert refs, text
    return refs[0]


# fmt: off
ROWS = [
    ("en", "the Committee established pursuant to resolution 1267 (1999)", "establishedBy"),
    ("en", "UNISFA, established by Security Council resolution 1990 (2011)", "establishedBy"),
    ("en", "as requested by the Council in resolution 2167 (2014)", "requestedBy"),
    ("en", "the report prepared pursuant to resolution 68/1", "requestedBy"),
    ("en", "measures imposed pursuant to resolution 1718 (2006)", "pursuantTo"),
    ("en", "in accordance with its resolution 973 (X)", "inAccordanceWith"),
    ("en", "Decides, in the light of decision 1/CP.21, to", "cites"),
    ("en", "resolution 2055 (2012), by which it decided to increase the size", "decides"),
    ("en", "In its resolution 77/260, the Assembly decided to extend the mandate", "extends"),
    ("en", "By its resolution 76/245, the General Assembly established a working group",
     "establishedBy"),
    ("en", "the mandate most recently extended by resolution 2179 (2014)", "extends"),
    ("en", "Recalling its resolutions 1267 (1999), 1333 (2000) and 1390 (2002),", "recalls"),
    ("en", "Reaffirming its resolution 808 (1993),", "reaffirms"),
    ("en", "Takes note of decision 13/CMA.1,", "takesNoteOf"),
    ("en", "Welcomes the report of the Secretary-General (A/69/767);", "welcomes"),
    ("en", "Endorses decision 2/CP.17;", "endorses"),
    ("fr", "le Comité du Conseil de sécurité créé par la résolution 2127 (2013)", "establishedBy"),
    ("fr", "Rappelant sa résolution 1970 (2011),", "recalls"),
    ("fr", "conformément à sa résolution 973 (X)", "inAccordanceWith"),
    ("fr", "Prend note de la décision 13/CMA.1,", "takesNoteOf"),
    ("es", "establecido en virtud de la resolución 2127 (2013)", "establishedBy"),
    ("es", "Recordando su resolución 1970 (2011),", "recalls"),
    ("es", "de conformidad con su resolución 973 (X)", "inAccordanceWith"),
    ("ru", "была учреждена во исполнение решения 2/6", "establishedBy"),
    ("ru", "Комитетом Совета Безопасности, учрежденным резолюцией 2127 (2013)", "establishedBy"),
    ("ru", "ссылаясь на свою резолюцию 1970 (2011),", "recalls"),
    ("ru", "в соответствии с положениями своей резолюции 973 (X)", "inAccordanceWith"),
    ("ru", "в соответствии с просьбой, высказанной Советом Безопасности в резолюции 2167 (2014)",
     "requestedBy"),
    ("ru", "принимает к сведению резолюцию 689 (XXXV)", "takesNoteOf"),
    ("ar", "لجنة مجلس الأمن المنشأة عملا بالقرار 2127 (2013)", "establishedBy"),
    ("ar", "إذ يشير إلى قراره 1970 (2011)", "recalls"),
    ("ar", "ووفقا لقرار الجمعية العامة 1696 (د-16)", "inAccordanceWith"),
    ("zh", "第2127(2013)号决议所设委员会", "establishedBy"),
    ("zh", "回顾其关于利比亚的第1970(2011)号决议", "recalls"),
    ("zh", "按照安理会在第2167(2014)号决议中的要求", "requestedBy"),
    ("zh", "依照大会第1696(XVI)号决议", "inAccordanceWith"),
]
# fmt: on


@pytest.mark.parametrize(("language", "text", "relation"), ROWS, ids=[r[1][:40] for r in ROWS])
def test_relation_cues(language, text, relation):
    assert first_act(text, language).relation == relation


def test_subject_of_a_mandate_is_the_body_it_is_about():
    text = (
        "Рабочая группа правительственных экспертов по технической помощи была учреждена во "
        "исполнение решения 2/6 Конференции участников Конвенции Организации Объединенных "
        "Наций против транснациональной организованной преступности."
    )
    ref = first_act(text, "ru")
    assert (ref.key, ref.relation, ref.subject) == (
        "CTOC/COP decision 2/6",
        "establishedBy",
        "CTOC/COP/WG.2",
    )


def test_citation_relations_have_no_subject():
    ref = first_act("The Council, recalling its resolution 1970 (2011), decides", "en")
    assert ref.subject is None


def test_cue_prefixes_are_read_from_the_pattern():
    assert prefixes(r"establish(?:ed|es)\s+by") == {"est"}
    assert prefixes(r"(?:in\s+)?accordance") == {"in ", "acc"}
    assert prefixes(r"\w+ly") is None  # too open to index: tried everywhere instead
