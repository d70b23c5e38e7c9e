"""The benchmark corpus generator (tests/benchmarks/generate.py): deterministic, offsets exact,
keys in the canonical forms of docs/extraction.md, mandate chains as deep as planned."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent / "benchmarks"))

import generate  # noqa: E402

# Canonical keys the generator writes (docs/extraction.md): symbols, act keys, body acts, sessions.
KEY_FORMS = re.compile(
    r"^(A/RES/\d+/\d+|A/DEC/\d+/\d+|S/RES/\d+\(\d{4}\)|E/RES/\d{4}/\d+|A/HRC/(RES|DEC)/\d+/\d+"
    r"|decision \d+/(CP|CMA)\.\d+|[A-Z][A-Z./0-9]* (resolution|decision) \d+/\d+"
    r"|[A-Z][A-Z./0-9]* session \d+|[A-Z][A-Z.]*(/[A-Z0-9.]+)*/\d{4}/\d+|A(/HRC)?/\d+/\d+)$"
)


@pytest.fixture(scope="module")
def docs() -> list[generate.GeneratedDoc]:
    return list(generate.generate_corpus(400, seed=5))


def test_same_seed_same_corpus_other_seed_other_corpus(docs):
    again = list(generate.generate_corpus(400, seed=5))
    other = list(generate.generate_corpus(400, seed=6))
    assert [d.text for d in again] == [d.text for d in docs]
    assert [d.text for d in other] != [d.text for d in docs]


def test_every_reference_span_is_exact(docs):
    for doc in docs:
        for ref in doc.references:
            assert doc.text[ref.start : ref.end] == ref.text, (doc.name, ref)
            assert ref.text in ref.evidence


def test_keys_take_canonical_forms(docs):
    bad = {r.key for d in docs for r in d.references if not KEY_FORMS.match(r.key)}
    assert not bad


def test_all_six_languages_and_a_header(docs):
    assert {d.language for d in docs} == set(generate.LANGUAGES)
    for doc in docs:
        head = doc.text[:600]
        assert doc.symbol in head and ("Distr" in head), doc.name


def test_citations_point_back_in_time(docs):
    """...all but the report an act requests by its symbol, which comes after it."""
    plan = generate.plan_corpus(400, seed=5)
    requested = {(plan.entries[e.report].key, e.key) for e in plan.entries if e.report >= 0}
    by_key = {d.key: d for d in docs}
    for doc in docs:
        for ref in doc.references:
            cited = by_key.get(ref.key)
            if cited is not None and (ref.key, doc.key) in requested:
                assert cited.index > doc.index and cited.date >= doc.date, (doc.name, ref.key)
            elif cited is not None:
                assert cited.index < doc.index and cited.date <= doc.date, (doc.name, ref.key)


def test_chains_are_as_deep_as_planned():
    plan = generate.plan_corpus("2k", max_chain=150)
    assert plan.max_depth >= 150
    tip = plan.deepest(1)[0]
    depth, entry = 0, tip
    while entry.parent >= 0:  # walk the generated mandate links back to the first act
        entry, depth = plan.entries[entry.parent], depth + 1
    assert depth == tip.depth


def test_write_corpus_writes_files_and_truth(tmp_path):
    counts = generate.write_corpus(tmp_path / "corpus", 60, seed=1)
    files = list((tmp_path / "corpus").rglob("*.txt"))
    assert counts["documents"] == len(files) == 60
    truth = (tmp_path / "corpus.truth.jsonl").read_text(encoding="utf-8").splitlines()
    assert len(truth) == 60


def test_truth_record_builds_a_graph(docs):
    from graph.build import build_graph

    record = generate.truth_record(docs[-1])
    graph, quads = build_graph(record)
    assert graph and len(quads) > 10
    assert record.symbol == docs[-1].key
