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
