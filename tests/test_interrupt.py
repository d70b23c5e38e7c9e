"""Ctrl-C or SIGTERM during `build`: what was read is in the store, whole, and the user is told."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import zlib
from pathlib import Path

import pytest
from file_factory import pdf_bytes
from test_reliability import ENV, _stored
from un_documents import expected_quads, write_many

from graph.build import graph_iri

# A progress line of a run under way: "reading 51/56: read 50, ..." (done < total)
READ = re.compile(r"reading (\d+)/(\d+): read (\d+),")


def _folder(tmp_path: Path) -> Path:
    """Many short documents and one PDF that takes half a minute to read, so that the build
    is still under way when it first reports progress, however fast the machine."""
    folder = write_many(tmp_path / "docs", 400)
    page = zlib.compress(
        b"BT /F1 10 Tf 12 TL 56 800 Td\n" + b"(resolution 1/1) Tj T*\n" * 3000 + b"ET"
    )
    (folder / "slow.pdf").write_bytes(pdf_bytes([""], raw_streams=[page] * 300))
    return folder


def _build_args(folder: Path, store: Path, tmp_path: Path) -> list[str]:
    return [
        sys.executable,
        "-m",
        "graph",
        "build",
        str(folder),
        "--store",
        str(store),
        "--out",
        str(tmp_path / "out"),
        "--jobs",
        "2",
    ]


def _start_build(folder: Path, store: Path, tmp_path: Path) -> subprocess.Popen:
    # A progress line per file: the test sees the run under way however fast the machine is.
    env = {**ENV, "MANDATE_GRAPH_PROGRESS_SECONDS": "0"}
    return subprocess.Popen(
        _build_args(folder, store, tmp_path),
        env=env,
        cwd=tmp_path,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def _interrupt_after_progress(proc: subprocess.Popen, signum: int) -> tuple[int, list[str]]:
    """Send `signum` once the build reports documents read; (last count reported, stderr)."""
    lines, reported = [], 0
    for line in proc.stderr:
        lines.append(line)
        match = READ.search(line)
        if match and 0 < int(match[1]) < int(match[2]):
            reported = int(match[3])
            proc.send_signal(signum)
            break
    lines += proc.stderr.read().splitlines(keepends=True)
    proc.wait(120)
    return reported, lines


@pytest.mark.parametrize("signum", [signal.SIGINT, signal.SIGTERM])
def test_an_interrupted_build_keeps_every_document_it_reported_read(tmp_path, signum):
    folder = _folder(tmp_path)
    store = tmp_path / "db"
    proc = _start_build(folder, store, tmp_path)
    reported, stderr = _interrupt_after_progress(proc, signum)
    text = "".join(stderr)
    assert reported, f"the build ended before it reported progress under way: {text}"
    assert proc.returncode == 128 + signum, text
    assert "Traceback" not in text
    match = re.search(
        r"interrupted \(SIG\w+\): (\d+) documents? read in this run are in the "
        r"store, whole \((\d+) in all\); run the same command again",
        text,
    )
    assert match, text
    graphs, _ = _stored(store)
    documents = {g: q for g, q in graphs.items() if q}
    assert len(documents) >= reported
    assert int(match[2]) == len(documents) and int(match[1]) == len(documents)
    for file in folder.rglob("*.txt"):
        graph_name = graph_iri(str(file.resolve()))
        if graph_name in documents:
            assert documents[graph_name] == expected_quads(file), f"half of {file}"
    # Running it again continues: what is in the store is not read again.
    # (without the slow PDF, which the interrupt stopped and which would take minutes)
    done = subprocess.run(
        [*_build_args(folder, store, tmp_path), "--exclude", "slow.pdf"],
        env=ENV,
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert done.returncode == 0, done.stderr
    assert f"unchanged {len(documents)}," in done.stdout


def test_a_second_interrupt_stops_at_once_and_the_store_stays_consistent(tmp_path):
    folder = _folder(tmp_path)
    store = tmp_path / "db"
    proc = _start_build(folder, store, tmp_path)
    for line in proc.stderr:
        if (match := READ.search(line)) and 0 < int(match[1]) < int(match[2]):
            proc.send_signal(signal.SIGINT)
            break
    for line in proc.stderr:
        if line.startswith("interrupted: writing"):
            proc.send_signal(signal.SIGINT)  # while the documents read go in
            break
    proc.wait(60)
    proc.stderr.close()
    proc.stdout.close()
    assert proc.returncode in (-signal.SIGINT, 130)
    # A writer opening the store repairs what a stop mid-batch left; each document is whole.
    graphs, _ = _stored(store, writable=True)
    for file in folder.rglob("*.txt"):
        quads = graphs.get(graph_iri(str(file.resolve())))
        if quads:
            assert quads == expected_quads(file), f"half of {file}"
    # (without the slow PDF, which the interrupt stopped and which would take minutes)
    done = subprocess.run(
        [*_build_args(folder, store, tmp_path), "--exclude", "slow.pdf"],
        env=ENV,
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert done.returncode == 0, done.stderr
    assert os.path.exists(tmp_path / "out" / "graph.ttl")


def test_the_handlers_of_the_caller_come_back_after_a_run():
    from graph.console.interrupt import StopOnSignal

    before = signal.getsignal(signal.SIGINT)
    with StopOnSignal() as stop:
        os.kill(os.getpid(), signal.SIGINT)
        assert stop.requested == signal.SIGINT
        assert signal.getsignal(signal.SIGINT) == signal.SIG_DFL  # a second one stops at once
    assert signal.getsignal(signal.SIGINT) is before
