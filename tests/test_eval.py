"""Measured accuracy of extraction against the hand-annotated gold set (tests/eval/).

The gold set annotates real UN texts in ../shared; these tests skip when that folder is
missing. The targets are hard assertions: a change that lowers precision, recall or
cross-language agreement below them fails here. ``python tests/eval/evaluate.py`` prints
the full tables and the misses.
"""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import pytest
from conftest import SHARED, need_shared

EVAL_DIR = Path(__file__).resolve().parent / "eval"
sys.path.insert(0, str(EVAL_DIR))  # the evaluation scripts are plain files, not a package
LANGUAGES = ("ar", "en", "es", "fr", "ru", "zh")

pytestmark = pytest.mark.shared


def _load_evaluate():
    spec = importlib.util.spec_from_file_location("mg_evaluate", EVAL_DIR / "evaluate.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while being built
    spec.loader.exec_module(module)
    return module


ev = _load_evaluate()
annotate = importlib.import_module("annotate")


# The development set (its misses are shown to whoever tunes the extractor) and a smaller
# held-out set from other documents and lines, which measures how well the rules generalize.
GOLD_SETS = {"dev": EVAL_DIR / "gold.jsonl", "holdout": EVAL_DIR / "gold_holdout.jsonl"}


@pytest.fixture(scope="module")
def gold():
    need_shared(SHARED / "corpus")
    return ev.load_gold(SHARED)


@pytest.fixture(scope="module")
def holdout():
    need_shared(SHARED / "corpus")
    return ev.load_gold(SHARED, GOLD_SETS["holdout"])


@pytest.fixture(scope="module", params=sorted(GOLD_SETS))
def summary(request):
    need_shared(SHARED / "corpus")
    outcomes = ev.run_extractor(ev.load_gold(SHARED, GOLD_SETS[request.param]))
    return ev.summarize(outcomes)


# --- the yardstick itself -------------------------------------------------------------


def test_gold_offsets_point_at_their_surface_text(gold):
    # load_gold raises on any mismatch; here we also check the spans are real text
    spans = [r for p in gold for r in p.gold]
    assert spans and all(p.text[r["start"] : r["end"]] == r["text"] for p in gold for r in p.gold)


def test_annotation_helper_finds_every_gold_span(gold):
    # the offset helper and the stored offsets agree: each span is one of the occurrences
    for p in gold:
        for r in p.gold:
            hits = annotate.locate(p.text, r["text"])
            assert {"start": r["start"], "end": r["end"], "text": r["text"]} in hits, r


def test_gold_set_is_large_and_varied(gold):
    refs = [r for p in gold for r in p.gold]
    languages = {p.language for p in gold if p.gold}
    kinds = {r["kind"] for r in refs}
    documents = {p.file for p in gold if p.line is None}
    assert len(refs) >= 300
    assert len(gold) >= 30 and len(documents) >= 20
    assert len(languages) >= 4
    assert {"resolution", "decision", "document", "session"} <= kinds


def test_gold_keys_use_canonical_forms(gold):
    for p in gold:
        for r in p.gold:
            assert r["key"].isascii() and r["key"] == r["key"].strip(), r
            if r["kind"] in ("resolution", "decision", "document") and " " not in r["key"]:
                assert r["key"].count("/") >= 1, r


def test_holdout_shares_no_passage_with_the_development_set(gold, holdout):
    dev = {(p.file, p.line) for p in gold}
    assert holdout and not dev & {(p.file, p.line) for p in holdout}
    assert sum(len(p.gold) for p in holdout) >= 200


def test_gold_parallel_lines_cover_all_six_languages(gold, holdout):
    lines: dict[int, set[str]] = {}
    for p in gold + holdout:
        if p.line is not None:
            lines.setdefault(p.line, set()).add(p.language)
    assert lines and all(langs == set(LANGUAGES) for langs in lines.values())


def test_scoring_rules_on_a_toy_passage():
    from graph.model import Reference

    p = ev.Passage(
        file="toy",
        line=None,
        language="en",
        scope=frozenset({"resolution"}),
        gold=[{"kind": "resolution", "key": "S/RES/1(1946)", "start": 0, "end": 8, "text": ""}],
        negatives=[{"start": 20, "end": 22, "text": "", "why": "noise"}],
        ignore=[{"start": 30, "end": 35, "text": "", "why": "x", "forbid": ["S/RES/9(1946)"]}],
        regions=None,
        text="x" * 40,
    )

    def ref(kind, key, s, e, rel="cites"):
        return Reference(kind, key, "", rel, "", s, e, "")

    out = ev.score_passage(
        p,
        [
            ref("resolution", "S/RES/1(1946)", 2, 6),  # overlaps gold: match
            ref("resolution", "S/RES/1(1946)", 2, 6, "recalls"),  # same mention again: counted once
            ref("resolution", "S/RES/2(1946)", 20, 22),  # noise: false alarm
            ref("resolution", "S/RES/8(1946)", 31, 33),  # ignored span: not scored
            # a forbidden key inside an ignored span: false alarm
            ref("resolution", "S/RES/9(1946)", 31, 33),
            ref("body", "S", 10, 11),  # kind not in scope: not scored
            ref("unresolved", "X/1", 12, 14),  # unresolved is always scored: false alarm
        ],
    )
    assert len(out.tp) == 1 and not out.fn
    assert sorted(r.key for r in out.fp) == ["S/RES/2(1946)", "S/RES/9(1946)", "X/1"]
    assert len(out.negatives_hit) == 1


# --- the targets ----------------------------------------------------------------------


def test_extractor_never_raises_on_the_gold_texts(summary):
    assert summary["errors"] == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_precision_meets_target(summary, language):
    m = summary["per_language"][language]
    assert m["precision"] >= ev.TARGET_PRECISION, json.dumps(m)


@pytest.mark.parametrize("language", LANGUAGES)
def test_recall_meets_target(summary, language):
    m = summary["per_language"][language]
    assert m["recall"] >= ev.TARGET_RECALL, json.dumps(m)


def test_cross_language_key_agreement_meets_target(summary):
    a = summary["cross_language"]
    assert a["lines"] >= 40
    assert a["agreement"] >= ev.TARGET_AGREEMENT, json.dumps(a["disagreements"][:10])


def test_no_annotated_noise_is_extracted_as_a_reference(summary):
    # the negatives are the noise forms issue 3 names (dates, bienniums, footnote digits,
    # job numbers, the document's own symbol...); a few misfires stay within the precision
    # target, but more than 2% of them means a noise rule broke
    n = summary["negatives"]
    assert n["extracted"] <= 0.02 * n["annotated"], n
