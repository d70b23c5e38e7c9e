"""No named query shows a row twice, even when one document is in the store
from two files (the union of the named graphs states its facts once per file)."""

from __future__ import annotations

import shutil
from collections import Counter

import pytest
from conftest import EXAMPLES

from graph.ingest import ingest_paths
from graph.query.run import named_queries, run_query
from graph.store import open_store

PARAMS = {"key": "A/78/312", "body": "A", "session": "A session 78"}
PREFIXES = (
    "PREFIX mg: <https://w3id.org/mandate-graph/ontology#>\n"
    "PREFIX dct: <http://purl.org/dc/terms/>\n"
)


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    docs = tmp_path_factory.mktemp("twice")
    shutil.copytree(EXAMPLES / "en", docs / "en")
    for name in ("A_78_312.txt", "A_RES_78_275.txt"):  # the same documents again
        shutil.copy(EXAMPLES / "en" / name, docs / f"copy-{name}")
    st = open_store(":memory:")
    ingest_paths([docs], st, jobs=1, progress=False)
    return st


QUERIES = {q.name: q for q in named_queries().values()}


@pytest.mark.parametrize("name", sorted(QUERIES))
def test_named_queries_show_no_row_twice(store, name):
    query = QUERIES[name]
    params = {n: PARAMS.get(n, "A/78/312") for n, _ in query.params}
    rows = run_query(store, query.text, params=params).rows
    twice = [row for row, n in Counter(rows).items() if n > 1]
    assert not twice, twice[:3]


def _page_default_query() -> str:
    """The query the serve page opens with, as written in its script."""
    import json
    import re
    from pathlib import Path

    import graph

    script = Path(graph.__file__).parent / "serve" / "static" / "page.js"
    block = re.search(r"Yasqe\.defaults\.value = \[(.*?)\]\.join", script.read_text(), re.S)
    assert block, "the page's default query moved"
    return "\n".join(json.loads(f"[{block[1]}]"))


def test_the_page_opens_with_a_query_that_shows_no_row_twice_and_plain_titles(store):
    rows = run_query(store, _page_default_query()).rows
    assert rows
    twice = [row for row, n in Counter(rows).items() if n > 1]
    assert not twice, twice[:3]
    assert all(not str(value).endswith("@en") for row in rows for value in row)
