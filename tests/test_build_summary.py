"""The build summary: totals agree with `stats`, say what they count, and stay short."""

from __future__ import annotations

import shutil

from conftest import EXAMPLES
from graph_helpers import run_cli

from graph.console.summary import format_chain_line

RESOLUTION = EXAMPLES / "en" / "A_RES_78_275.txt"


def test_build_and_stats_count_the_same_documents(tmp_path, capsys):
    docs = tmp_path / "docs"
    docs.mkdir()
    for name in ("A_RES_78_275.txt", "A_RES_78_275-copy.txt"):  # one document, two files
        shutil.copy(EXAMPLES / "en" / "A_RES_78_275.txt", docs / name)
    shutil.copy(EXAMPLES / "en" / "A_78_312.txt", docs / "A_78_312.txt")
    store = str(tmp_path / "db")
    code, out, err = run_cli(
        ["build", str(docs), "--store", store, "--out", str(tmp_path / "out"), "--jobs", "1"],
        capsys,
    )
    assert code == 0, err
    assert "documents in store: 2 (from 3 source files)" in out
    assert "this run: read 3, unchanged 0, failed 0 of 3 files found" in out
    assert "references in the 3 files read in this run: " in out
    code, stats, _ = run_cli(["stats", "--store", store], capsys)
    assert stats.startswith("documents: 2 ")
    # An incremental run reads nothing: the references line, which counts only what a run
    # read, is left out; the totals still come from the store, less the file gone from the
    # folder.
    (docs / "A_RES_78_275-copy.txt").unlink()
    code, out, err = run_cli(
        ["build", str(docs), "--store", store, "--out", str(tmp_path / "out"), "--jobs", "1"],
        capsys,
    )
    assert "documents in store: 2 (from 2 source files)" in out
    assert "this run: read 0, unchanged 2, failed 0, removed 1 (files gone) of 2 files found" in out
    assert "references in" not in out


def test_a_long_chain_shows_its_two_ends_and_how_to_print_it():
    chain = [f"A/RES/{n}/1" for n in range(48_301, 0, -1)]
    line = format_chain_line(chain)
    assert line == (
        "longest mandate chain (48300 links): A/RES/48301/1 -> … -> A/RES/1/1 "
        "(all of it: mandate-graph chain A/RES/48301/1)"
    )


def test_a_short_chain_is_shown_whole_and_keys_with_spaces_are_quoted():
    assert format_chain_line(["CTOC/COP/WG.2", "CTOC/COP decision 2/6"]) == (
        "longest mandate chain (1 link): CTOC/COP/WG.2 -> CTOC/COP decision 2/6"
    )
    line = format_chain_line(["CTOC/COP decision 9/1", "b", "c", "d", "e", "f"])
    assert line.endswith("(all of it: mandate-graph chain 'CTOC/COP decision 9/1')")


def test_an_activity_is_shown_by_its_words_with_the_command_that_traces_it():
    key = "activity:A/RES/76/245@816-870"
    words = "un rapport sur l'application de la présente résolution"
    line = format_chain_line([key, "A/RES/76/245", "A/DEC/75/552"], {key: words})
    assert line == (
        f"longest mandate chain (2 links): “{words}” -> A/RES/76/245 -> A/DEC/75/552 "
        f"(all of it: mandate-graph chain {key})"
    )
    long = format_chain_line([key, "b", "c", "d", "e", "f"], {key: "x " * 80})
    assert long.startswith("longest mandate chain (5 links): “x x ") and "…” -> … -> f" in long


def test_the_build_summary_shows_the_examples_chain_in_words(tmp_path, capsys):
    store, out_dir = str(tmp_path / "db"), str(tmp_path / "out")
    code, out, err = run_cli(
        ["build", str(EXAMPLES), "--store", store, "--out", out_dir, "--jobs", "1"], capsys
    )
    assert code == 0, err
    (line,) = [ln for ln in out.splitlines() if ln.startswith("longest mandate chain")]
    assert "“" in line and "-> activity:" not in line and "chain activity:" in line


def test_stats_shows_a_long_chain_by_its_ends():
    from graph.stats import Stats, format_stats

    chain = [f"A/RES/{n}/1" for n in range(300, 0, -1)]
    text = format_stats(Stats(longest_chains=[chain, chain[:3]]))
    assert "A/RES/300/1 → … → A/RES/1/1" in text
    assert "A/RES/300/1 → A/RES/299/1 → A/RES/298/1" in text
    assert "A/RES/150/1" not in text
