"""The mandate-statement gold set fits its texts, and the scorer's matching rules hold."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from conftest import need_shared

sys.path.insert(0, str(Path(__file__).resolve().parent / "eval" / "mandates"))

import evaluate  # noqa: E402
from score import (  # noqa: E402
    FAMILIES,
    GoldError,
    Passage,
    check_statement,
    gold_paths,
    load_gold,
    score_passage,
    statement_matches,
    summarize,
)

TEXT = "UNISFA, established by resolution 1990 (2011). Recalling its resolution 2179 (2014)."


def statement(**kw) -> dict:
    base = {
        "subject_kind": "body",
        "subject": "UNISFA",
        "established_by": None,
        "subject_text": "UNISFA",
        "subject_start": 0,
        "subject_end": 6,
        "relation": "establishedBy",
        "act": "S/RES/1990(2011)",
        "act_text": "1990 (2011)",
        "act_start": 34,
        "act_end": 45,
        "paragraph": None,
        "until": None,
        "target": None,
        "forward": False,
    }
    return base | kw


def passage(gold: list[dict], negatives: list[dict] = ()) -> Passage:
    return Passage("x.txt", None, "en", "report", "S/2020/1", None, gold, list(negatives), [], TEXT)


@pytest.mark.parametrize("which", ["docs", "unpc"])
@pytest.mark.parametrize("holdout", [False, True])
def test_gold_files_fit_their_texts(which, holdout):
    shared = need_shared()
    paths = [p for p in gold_paths(which, holdout) if p.is_file()]
    if not paths:
        pytest.skip(f"no {which} gold file yet")
    passages = load_gold(shared, paths)  # raises GoldError on any bad span, key or hash
    assert passages
    for p in passages:
        assert p.language in ("ar", "en", "es", "fr", "ru", "zh")
        for n in p.negatives:
            assert n["why"] and n["act"]


def test_docs_files_are_what_the_annotations_say(tmp_path):
    """docs*.jsonl are what annotations_docs.py generates (an edit to one alone fails)."""
    need_shared()
    import importlib

    import annotations

    annotations.DOCS.clear()
    sys.modules.pop("annotations_docs", None)
    importlib.import_module("annotations_docs")  # each annotation call runs and is checked here
    annotations.write(tmp_path)
    here = Path(annotations.HERE)
    for name in ("docs.jsonl", "docs_holdout.jsonl"):
        assert (tmp_path / name).read_text(encoding="utf-8") == (here / name).read_text(
            encoding="utf-8"
        )


def test_held_out_documents_are_every_fourth_planned_one():
    import json

    import annotations

    here = Path(annotations.HERE)
    for name, expected in (("docs.jsonl", False), ("docs_holdout.jsonl", True)):
        for raw in (here / name).read_text(encoding="utf-8").splitlines():
            assert annotations.is_holdout(json.loads(raw)["file"]) is expected


def test_docs_set_meets_its_size():
    shared = need_shared()
    passages = load_gold(shared, gold_paths("docs", False) + gold_paths("docs", True))
    statements = [m for p in passages for m in p.gold]
    assert len(statements) >= 250
    assert sum(len(p.negatives) for p in passages) >= 120
    assert {FAMILIES[m["relation"]] for m in statements} >= {
        "establish",
        "extend",
        "request",
        "basis",
    }
    assert any(m["forward"] for m in statements) and any(
        m["subject_kind"] == "self" for m in statements
    )


@pytest.mark.parametrize(
    "bad, message",
    [
        ({"relation": "recalls"}, "relation"),
        ({"act": "resolution 1990"}, "act key"),
        ({"subject_text": "UNISFA,"}, "subject span"),
        ({"act_start": 33}, "act span"),
        ({"until": "15 May 2019"}, "ISO date"),
        ({"subject_kind": "self"}, "self statement"),
    ],
)
def test_malformed_statements_are_refused(bad, message):
    with pytest.raises(GoldError, match=message):
        check_statement(statement(**bad), TEXT, "row")


def test_body_key_matches_through_established_by():
    gold = statement(established_by="S/RES/1990(2011)")
    assert statement_matches(gold, statement(subject="body:S/RES/1990(2011)"), "S/2020/1", {})
    assert not statement_matches(gold, statement(subject="body:S/RES/1996(2011)"), "S/2020/1", {})
    assert not statement_matches(
        statement(), statement(subject="body:S/RES/1990(2011)"), "S/2020/1", {}
    )


def test_body_key_matches_through_the_ontology_alias():
    gold = statement(subject="body:S/RES/1990(2011)")
    assert statement_matches(gold, statement(), "S/2020/1", {"body:S/RES/1990(2011)": {"UNISFA"}})
    assert not statement_matches(gold, statement(), "S/2020/1", {})


def test_a_body_named_by_its_act_matches_any_body_that_act_established():
    # resolution 2127 (2013) set up a sanctions committee and a panel of experts
    aliases = {"body:S/RES/2127(2013)": {"Committee-2127", "PoE-2127"}}
    gold = statement(subject="body:S/RES/2127(2013)")
    for code in ("Committee-2127", "PoE-2127"):
        assert statement_matches(gold, statement(subject=code), "S/2020/1", aliases)
    assert not statement_matches(gold, statement(subject="UNISFA"), "S/2020/1", aliases)
    # a gold body named by its code is not matched by its sibling
    sibling = statement(subject="PoE-2127", established_by="S/RES/2127(2013)")
    assert not statement_matches(sibling, statement(subject="Committee-2127"), "S/2020/1", aliases)


def test_mission_codes_compare_with_spaces_as_hyphens():
    gold = statement(subject="UNOSOM-II")
    assert statement_matches(gold, statement(subject="UNOSOM II"), "S/2020/1", {})
    assert not statement_matches(gold, statement(subject="UNOSOM"), "S/2020/1", {})


def test_forward_prediction_without_act_is_the_citing_document():
    gold = statement(
        subject_kind="activity",
        subject=None,
        act="S/2020/1",
        forward=True,
        act_start=None,
        act_end=None,
        relation="requestedBy",
    )
    pred = gold | {"act": None, "subject_start": 3, "subject_end": 9}
    assert statement_matches(gold, pred, "S/2020/1", {})
    assert not statement_matches(
        gold, pred | {"subject_start": 7, "subject_end": 9}, "S/2020/1", {}
    )


def test_a_body_the_present_act_establishes_is_keyed_by_the_citing_document():
    gold = statement(subject="body:S/2020/1", act="S/2020/1", forward=True, act_start=None)
    pred = gold | {"subject": None, "act": None}
    assert statement_matches(gold, pred, "S/2020/1", {})
    assert not statement_matches(gold, pred | {"relation": "extendedBy"}, "S/2020/1", {})
    assert not statement_matches(gold, pred, "S/2020/2", {})


def test_relation_families_and_self_subjects():
    gold = statement(relation="extendedBy")
    assert not statement_matches(gold, statement(), "S/2020/1", {})
    basis = statement(subject_kind="self", subject=None, relation="pursuantTo")
    assert statement_matches(basis, basis | {"relation": "inAccordanceWith"}, "S/2020/1", {})
    assert not statement_matches(basis, statement(relation="pursuantTo"), "S/2020/1", {})


def test_citation_read_as_mandate_of_the_document_is_counted():
    neg = {
        "act": "S/RES/2179(2014)",
        "text": "2179 (2014)",
        "start": 71,
        "end": 82,
        "why": "recalling",
    }
    wrong = statement(
        subject_kind="self",
        subject=None,
        relation="pursuantTo",
        act="S/RES/2179(2014)",
        act_start=71,
        act_end=82,
    )
    outcome = score_passage(passage([statement()], [neg]), [statement(), wrong], {})
    assert len(outcome.tp) == 1 and outcome.fp == [wrong] and outcome.wrong_self == [wrong]
    figures = summarize([outcome])
    assert figures["citations_as_mandates"] == 1
    assert figures["citations_as_mandates_on_negatives"] == 1
    assert figures["overall"]["precision"] == 0.5 and figures["overall"]["recall"] == 1.0


def test_scorer_runs_the_extractor_on_the_gold_set(capsys):
    need_shared()
    assert evaluate.main(["--set", "docs", "--misses", "1"]) == 0
    out = capsys.readouterr().out
    assert "Mandate statements: precision" in out and "Forward statements recall" in out


# What the extractor reached on each part when these floors were set (docs/mandate-evaluation.md
# has the tables), less a small margin: a change that loses ground fails here. The targets the
# product aims at are higher (precision 0.95, recall 0.90); raise the floors as it gets there.
FLOORS = {False: (0.99, 0.92, 0), True: (0.82, 0.64, 1)}  # holdout: (precision, recall, misread)


@pytest.mark.parametrize("holdout", [False, True], ids=["development", "held-out"])
def test_mandate_statements_hold_their_floor(holdout):
    shared = need_shared()
    passages = load_gold(shared, gold_paths("all", holdout))
    figures = summarize(evaluate.run(passages, shared))
    precision, recall, misread = FLOORS[holdout]
    assert not figures["errors"]
    assert figures["overall"]["precision"] >= precision, figures["overall"]
    assert figures["overall"]["recall"] >= recall, figures["overall"]
    assert figures["citations_as_mandates"] <= misread
