"""Evidence sentences: where a sentence starts and ends around a reference.

Rows: (language, text, expected evidence of the first reference). A heading line above the
sentence ("Summary", "Résumé", "摘要") is not part of it; a sentence wrapped over lines is whole.
"""

from __future__ import annotations

import pytest

from graph.extract import extract_references
from graph.model import Document

# fmt: off
ROWS = [
    ("en", "Summary\nThe present report is submitted pursuant to General Assembly resolution 70/1.",
     "The present report is submitted pursuant to General Assembly resolution 70/1."),
    ("en", "\n\nI. Introduction\nThe Council recalls resolution 1373 (2001) on terrorism.",
     "The Council recalls resolution 1373 (2001) on terrorism."),
    ("en", "A. Mandate\r\nBy its resolution 60/251, the General Assembly established the Council.",
     "By its resolution 60/251, the General Assembly established the Council."),
    ("en", "Note by the Secretariat\n\n\tThe Commission, in its resolution 2013/40, requested "
     "a report.", "The Commission, in its resolution 2013/40, requested a report."),
    ("fr", "Résumé\nLe présent rapport est soumis en application de la résolution 70/1.",
     "Le présent rapport est soumis en application de la résolution 70/1."),
    ("es", "Resumen\nEl presente informe se presenta en cumplimiento de la resolución 70/1.",
     "El presente informe se presenta en cumplimiento de la resolución 70/1."),
    ("ru", "Резюме\nНастоящий доклад представляется во исполнение резолюции 70/1.",
     "Настоящий доклад представляется во исполнение резолюции 70/1."),
    ("ar", "موجز\nيقدم هذا التقرير عملا بقرار الجمعية العامة 70/1.",
     "يقدم هذا التقرير عملا بقرار الجمعية العامة 70/1."),
    ("zh", "摘要\n本报告是根据大会第70/1号决议提交的。", "本报告是根据大会第70/1号决议提交的。"),
    # a sentence wrapped over several lines stays whole
    ("en", "Noting the text of resolution 3212 (XXIX) adopted by the General Assembly at its\n"
     "2275th plenary meeting,", "Noting the text of resolution 3212 (XXIX) adopted by the "
     "General Assembly at its 2275th plenary meeting,"),
    ("en", "Recalling also the relevant\nprovisions of the Charter and\nresolution 1373 (2001),",
     "Recalling also the relevant provisions of the Charter and resolution 1373 (2001),"),
    ("en", "The report of the Secretary-General\non the work of the Organization (A/70/1) was "
     "noted.", "The report of the Secretary-General on the work of the Organization (A/70/1) "
     "was noted."),
]
# fmt: on


@pytest.mark.parametrize(("language", "text", "evidence"), ROWS, ids=[r[1][:30] for r in ROWS])
def test_evidence_sentence(language, text, evidence):
    refs = extract_references(Document(text, language=language))
    first = next(r for r in refs if r.kind in ("resolution", "decision", "document"))
    assert first.evidence == evidence
