"""Look-alike letters leave a trace: a symbol written with Cyrillic or Greek letters gets its Latin
key, and the Reference, its JSON and the graph say which scripts were folded, so that a reviewer
can list such citations (the named query `confusables`).

Rows: (language, text, key, scripts folded or None).
"""

from __future__ import annotations

import pytest
from graph_helpers import make_store, record

from graph.extract import extract_references
from graph.model import Document
from graph.query.run import named_queries, run_query

# fmt: off
ROWS = [
    ("ru", "(СТОС/СОР/WG.2/2013/5)", "CTOC/COP/WG.2/2013/5", "Cyrillic"),
    ("ru", "* СТОС/COP/2014/1.", "CTOC/COP/2014/1", "Cyrillic"),
    ("en", "see the report А/69/767 of", "A/69/767", "Cyrillic"),
    ("en", "see the report Α/69/767 of", "A/69/767", "Greek"),
    ("en", "see СΤΟС/COP/2014/1 now", "CTOC/COP/2014/1", "Cyrillic, Greek"),
    ("en", "OCR: document $/26627 cf", "S/26627", "$"),
    ("en", "see CTOC/COP/WG.2/2013/5", "CTOC/COP/WG.2/2013/5", None),
    ("en", "the report (A/69/767)", "A/69/767", None),
    # fullwidth letters are typographic variants, not look-alikes
    ("zh", "见ＣＴＯＣ／ＣＯＰ／２０１４／１号文件", "CTOC/COP/2014/1", None),
]
# fmt: on


def _found(text: str, language: str):
    return {r.key: r for r in extract_references(Document(text, language=language))}


@pytest.mark.parametrize(("language", "text", "key", "scripts"), ROWS)
def test_folded_symbols_say_which_scripts(language, text, key, scripts):
    found = _found(text, language)
    assert key in found, found
    ref = found[key]
    assert ref.confusables == scripts
    assert ("confusables" in ref.to_json()) == (scripts is not None)
    if scripts:
        assert ref.to_json()["confusables"] == scripts


def test_russian_words_around_a_latin_key_are_not_flagged():
    text = "ссылаясь на свою резолюцию 70/1 и документ A/69/767,"
    found = _found(text, "ru")
    assert "A/69/767" in found
    assert all(r.confusables is None for r in found.values())


def test_the_graph_records_folding_and_the_named_query_lists_it():
    refs = list(_found("См. документ СТОС/СОР/WG.2/2013/5 и A/69/767.", "ru").values())
    store = make_store([record("A/HRC/1/1", refs, language="ru")])
    query = named_queries()["confusables"]
    result = run_query(store, query.text)
    assert [(row[0], row[1]) for row in result.rows] == [("CTOC/COP/WG.2/2013/5", "Cyrillic")]
    assert result.rows[0][5] == "СТОС/СОР/WG.2/2013/5"
