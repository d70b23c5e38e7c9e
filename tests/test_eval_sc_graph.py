"""Security Council citations against a third-party citation graph.

../shared/corpus/ground/DERIVED_SC_edges_for_corpus_docs.tsv lists, for ten Security Council
resolutions of 1993-1994 in the corpus, the earlier resolutions each one cites, as extracted by
another project. Our resolution keys carry the year ("S/RES/864(1993)"), theirs do not: the year
is dropped before comparing. Skips when ../shared is missing.
"""

from __future__ import annotations

import csv
import re
from collections import defaultdict

from conftest import need_shared

from graph import extract_references, read_document

_YEAR = re.compile(r"\(\d{4}\)$")  # "S/RES/864(1993)" -> "S/RES/864"


def test_security_council_edges_match_the_third_party_graph():
    corpus = need_shared() / "corpus"
    table = need_shared(corpus / "ground" / "DERIVED_SC_edges_for_corpus_docs.tsv")
    expected: dict[str, set[str]] = defaultdict(set)
    with table.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle, delimiter="\t"):
            expected[row["corpus_file"]].add(row["target_resolution"])
    assert len(expected) >= 10
    for name, cited in sorted(expected.items()):
        refs = extract_references(read_document(corpus / name))
        found = {_YEAR.sub("", r.key) for r in refs if r.key.startswith("S/RES/")}
        missed, extra = sorted(cited - found), sorted(found - cited)
        assert found == cited, f"{name}: missed {missed}, extra {extra}"
