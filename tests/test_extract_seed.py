"""The seed document and the real corpus (read from ../shared; skipped when it is absent)."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import CORPUS, SEED, need_shared

from graph.extract import extract_record
from graph.model import Document


@pytest.fixture(scope="module")
def seed_record():
    path = need_shared(SEED)
    return extract_record(Document(path.read_text(encoding="utf-8"), source=str(path)))


def test_seed_metadata(seed_record):
    r = seed_record
    assert (
        r.language,
        r.symbol,
        r.body,
        r.date,
        r.session,
        r.agenda_item,
        r.original_language,
        r.doc_kind,
    ) == ("ru", None, "CTOC/COP", "2014-06-12", "CTOC/COP session 7", "5", "en", "note")
    assert r.title.startswith("Доклад о работе совещания Рабочей группы")


def test_seed_outcomes(seed_record):
    found = {(x.kind, x.key): x for x in seed_record.references}
    expected = [
        ("decision", "CTOC/COP decision 2/6"),
        ("decision", "CTOC/COP decision 4/3"),
        ("resolution", "CTOC/COP resolution 6/1"),
        ("resolution", "CTOC/COP resolution 6/4"),
        ("document", "CTOC/COP/2014/1"),
        ("document", "CTOC/COP/WG.2/2013/5"),
        ("session", "CTOC/COP session 7"),
        ("body", "CTOC/COP/WG.2"),
        ("meeting", "CTOC/COP/WG.2 meeting 2013-10-28"),
    ]
    for item in expected:
        assert item in found, item
    # the note cites 2/6 and 4/3; what they did to the Working Group is a mandate statement
    d26 = found[("decision", "CTOC/COP decision 2/6")]
    assert (d26.relation, d26.cue, d26.subject) == ("cites", "establishedBy", None)
    d43 = found[("decision", "CTOC/COP decision 4/3")]
    assert (d43.relation, d43.cue, d43.subject) == ("cites", "decides", None)
    statements = {(m.subject_kind, m.subject, m.relation, m.act) for m in seed_record.mandates}
    assert ("body", "CTOC/COP/WG.2", "establishedBy", "CTOC/COP decision 2/6") in statements
    assert found[("document", "CTOC/COP/2014/1")].in_footnote
    assert found[("document", "CTOC/COP/WG.2/2013/5")].text == "СТОС/СОР/WG.2/2013/5"


def test_seed_has_no_reference_from_its_header(seed_record, seed_path: Path):
    text = seed_path.read_text(encoding="utf-8")
    body_start = text.index("1. Рабочая группа")
    header_refs = [r for r in seed_record.references if r.start < body_start]
    assert header_refs == []  # "Седьмая сессия", the title's meeting: metadata only


def test_corpus_extracts_with_exact_spans():
    need_shared(CORPUS)
    for path in sorted(CORPUS.glob("*/*.txt")):
        text = path.read_text(encoding="utf-8")
        record = extract_record(Document(text, source=str(path)))
        for r in record.references:
            assert text[r.start : r.end] == r.text, (path, r)
