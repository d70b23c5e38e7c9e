"""Evidence is a whole sentence or clause of body text; a title spans the lines it wraps onto.

Rows are texts we write ourselves, one per form.
"""

from __future__ import annotations

import pytest

from graph.extract import extract_record, extract_references
from graph.model import Document

LONG_PREAMBLE = (
    "Recalling its resolutions 5/1 and 5/2 of 18 June 2007 and 16/21 of 25 March 2011, "
    + "and all its previous resolutions and decisions on the institution-building of the "
    "Council, on the universal periodic review mechanism and on the special procedures, "
    * 4
    + "taking note of decision 59/112 of the Council on the outcome of the review, and "
    + "further recalling the relevant provisions of the Charter of the United Nations, " * 4
    + "decides to adopt the outcome."
)

FOOTNOTED = (
    "The General Assembly,\n\nHaving considered the report of the Secretary-General,1\n\n"
    "1. Takes note of the report.\n\n__________________\n1 A/78/312.\n"
)


def _first(text: str, key: str):
    return next(r for r in extract_references(Document(text, language="en")) if r.key == key)


def test_evidence_of_a_long_sentence_is_a_clause_of_whole_words():
    refs = extract_references(Document(LONG_PREAMBLE, language="en"))
    assert len(refs) >= 3
    words = {w.strip(",.") for w in LONG_PREAMBLE.split()}
    for ref in refs:
        assert ref.text in ref.evidence
        assert len(ref.evidence) <= 620
        at = LONG_PREAMBLE.index(ref.evidence)
        # starts a sentence or a clause, ends a clause or the sentence: no word cut in two
        assert at == 0 or LONG_PREAMBLE[at - 2] in ",;:", ref.evidence[:40]
        assert {w.strip(",.") for w in ref.evidence.split()} <= words


def test_a_bare_footnote_gives_the_sentence_that_calls_it_as_evidence():
    ref = _first(FOOTNOTED, "A/78/312")
    assert ref.in_footnote
    assert ref.evidence == "Having considered the report of the Secretary-General,1"


# (header text, title)
TITLES = [
    (
        "United Nations A/HRC/14/15/Add.1\n\nGeneral Assembly Distr.: General\n1 June 2010\n\n"
        "Human Rights Council\nFourteenth session\n\n"
        "              Report of the Working Group on the Universal Periodic\n"
        "              Review*\n\n              Slovenia\n\n",
        "Report of the Working Group on the Universal Periodic Review",
    ),
    (
        "United Nations FCCC/SBSTA/2018/9\n\nDistr.: General\n1 December 2018\n\n"
        "Report of the Subsidiary Body for Scientific and\nTechnological Advice on its "
        "forty-eighth session\n\nContents\n",
        "Report of the Subsidiary Body for Scientific and Technological Advice on its "
        "forty-eighth session",
    ),
    (
        "United Nations A/70/100\n\nDistr.: General\n1 June 2015\n\n"
        "Report of the Special Committee on Peacekeeping Operations\n\nSummary\n",
        "Report of the Special Committee on Peacekeeping Operations",
    ),
    (  # a PDF text layer: no blank line before the first heading; a qualifier before "report"
        "United Nations S/2031/698\nSecurity Council Distr.: General\n30 August 2031\n"
        "Original: English\nInterim report of the Secretary-General on the\nUnited Nations "
        "Mission in Erewhon\nI. Introduction\n1. By its resolution 9542 (2031) of 30 April\n",
        "Interim report of the Secretary-General on the United Nations Mission in Erewhon",
    ),
    (
        "Организация Объединенных Наций S/2031/698\nСовет Безопасности Distr.: General\n"
        "30 August 2031\nRussian\nOriginal: English\nПромежуточный доклад Генерального "
        "секретаря о Миссии\nОрганизации Объединенных Наций в Эревоне\nI. Введение\n"
        "1. В своей резолюции 9542 (2031)\n",
        "Промежуточный доклад Генерального секретаря о Миссии Организации Объединенных Наций "
        "в Эревоне",
    ),
]


@pytest.mark.parametrize(
    ("text", "title"),
    TITLES,
    ids=["wrapped", "two-lines", "one-line", "pdf-heading-qualified", "ru-qualified"],
)
def test_a_title_spans_its_lines(text, title):
    language = "ru" if "Организация" in text else "en"
    assert extract_record(Document(text, language=language)).title == title
