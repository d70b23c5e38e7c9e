"""`export` to standard output: `-o -` and no `-o` stream the graph; a closed pipe ends quietly."""

from __future__ import annotations

import subprocess
import sys

import pytest
from graph_helpers import run_cli
from test_reliability import ENV
from un_documents import write_many

from graph.export.rdf import EXPORT_FORMATS


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> str:
    tmp = tmp_path_factory.mktemp("export-stdout")
    folder = write_many(tmp / "docs", 150)  # more than a pipe holds, in every format
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "graph",
            "build",
            str(folder),
            "--store",
            str(tmp / "db"),
            "--out",
            str(tmp / "out"),
            "--jobs",
            "1",
        ],
        env=ENV,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert done.returncode == 0, done.stderr
    return str(tmp / "db")


@pytest.mark.parametrize("target", [["-o", "-"], ["--output", "-"], []])
def test_export_without_a_file_writes_standard_output(built, target, tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    code, out, err = run_cli(["export", "--store", built, "--format", "ntriples", *target], capsys)
    assert code == 0, err
    assert not list(tmp_path.iterdir()), "no file is written"
    file_code, _, _ = run_cli(
        ["export", "--store", built, "--format", "ntriples", "-o", str(tmp_path / "g.nt")], capsys
    )
    assert file_code == 0
    assert out == (tmp_path / "g.nt").read_text(encoding="utf-8")
    assert out.count(" .\n") > 100


@pytest.mark.parametrize("fmt", EXPORT_FORMATS)
def test_a_closed_pipe_ends_the_export_quietly(built, fmt):
    proc = subprocess.Popen(
        [sys.executable, "-m", "graph", "export", "--store", built, "--format", fmt],
        env=ENV,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    proc.stdout.readline()  # `| head -1`
    proc.stdout.close()
    err = proc.stderr.read().decode()
    proc.wait(60)
    assert err == ""
    assert proc.returncode == 0
