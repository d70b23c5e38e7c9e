"""Nothing lost, nothing half-done: hostile files, hung parsers, SIGKILL, two builds at once."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
import zlib
from pathlib import Path

import pyoxigraph as ox
import pytest
from file_factory import (
    docx_bytes,
    docx_zip_bomb,
    encrypted_pdf,
    pdf_bomb,
    pdf_bytes,
)
from un_documents import DOCUMENTS, expected_quads, write_documents, write_many

import graph
from graph.build import bodies_graph, graph_iri
from graph.ingest import ingest_paths
from graph.read import Limits
from graph.store import open_store
from graph.store.embedded import PENDING

# Where the `graph` under test lives, so that subprocesses import the same one.
PACKAGE_ROOT = str(Path(graph.__file__).resolve().parents[1])
ENV = dict(os.environ, PYTHONPATH=PACKAGE_ROOT)
# A build as a plain API call: ingest only, no export or drawing, so kills land in the load.
DRIVER = """
import sys
from graph.ingest import ingest_paths
from graph.store import open_store
with open_store(sys.argv[1]) as store:
    report = ingest_paths([sys.argv[2]], store, jobs=int(sys.argv[3]), progress=False)
print(report.read, report.skipped, len(report.failed))
"""

# The same build in small bulk batches, saying on stdout when each bulk write starts, so that
# a kill can be aimed inside one.
BATCH_DRIVER = """
import sys
import graph.store.writer
from graph.ingest import ingest_paths
from graph.store import open_store

graph.store.writer.BATCH_QUADS = int(sys.argv[4])


class Announcing:
    def __init__(self, inner):
        self._inner = inner

    def bulk_extend(self, quads):
        print("bulk", flush=True)
        return self._inner.bulk_extend(quads)

    def __getattr__(self, name):
        return getattr(self._inner, name)


with open_store(sys.argv[1]) as store:
    store.inner = Announcing(store.inner)
    report = ingest_paths([sys.argv[2]], store, jobs=int(sys.argv[3]), progress=False,
                          force=sys.argv[5] == "force")
print(report.read, report.skipped, len(report.failed))
"""

BAD_FILES = {
    "corrupt.pdf": (b"%PDF-1.7\n1 0 obj <<\n" + bytes(range(256)) * 16, "corrupt PDF"),
    "encrypted.pdf": (None, "encrypted PDF"),
    "not_a_zip.docx": (b"This was never a Word file.", "not a ZIP archive"),
    "zip_bomb.docx": (None, "a zip bomb?"),
    "stream_bomb.pdf": (None, "decompression bomb?"),
    "external_entity.docx": (None, "external entities are refused"),
    "empty.txt": (b"", "empty file"),
    "noise.txt": (bytes(range(256)) * 64, "binary content"),
}


def write_bad_files(folder: Path) -> dict[str, str]:
    """Every kind of bad file, generated here; returns name -> expected reason."""
    made = {
        "encrypted.pdf": encrypted_pdf("The General Assembly recalls its resolution 60/1."),
        "zip_bomb.docx": docx_zip_bomb(600 << 20),  # 600 MiB inflated, over the 512 MiB default
        "stream_bomb.pdf": pdf_bomb(1 << 30),  # 1 GiB inflated
        "external_entity.docx": docx_bytes(
            ["&xxe;"], doctype='<!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
        ),
    }
    folder.mkdir(parents=True, exist_ok=True)
    for name, (data, _) in BAD_FILES.items():
        (folder / name).write_bytes(made.get(name, data))
    return {name: reason for name, (_, reason) in BAD_FILES.items()}


def good_graphs(folder: Path) -> dict[str, set]:
    """Graph IRI -> the quads a clean build gives, for the documents of `write_documents`."""
    return {
        graph_iri(str((folder / name).resolve())): expected_quads(folder / name)
        for name in DOCUMENTS
    }


def graph_quads(store) -> dict[str, set]:
    bodies = bodies_graph()[0]
    return {
        g: set(store.quads(None, None, None, ox.NamedNode(g)))
        for g in store.graphs()
        if g != bodies
    }


def test_every_bad_file_is_named_with_its_reason_and_the_others_load_whole(tmp_path):
    folder = write_documents(tmp_path / "docs")
    reasons = write_bad_files(folder / "bad")
    with open_store(tmp_path / "db") as store:
        report = ingest_paths([folder], store, jobs=2, progress=False)
        assert {Path(p).name: r for p, r in report.failed}.keys() == reasons.keys()
        for path, reason in report.failed:
            assert reasons[Path(path).name] in reason, (path, reason)
            assert "Traceback" not in reason and "\n" not in reason
        expected = good_graphs(folder)
        assert report.read == len(expected)
        assert graph_quads(store) == expected  # whole documents, and nothing of the bad ones


def test_a_parser_that_hangs_is_stopped_at_the_time_limit_and_the_run_goes_on(tmp_path):
    folder = write_documents(tmp_path / "docs")
    # 300 pages of 3,000 text operators each: PDFium needs half a minute, far over the limit.
    page = zlib.compress(
        b"BT /F1 10 Tf 12 TL 56 800 Td\n" + b"(resolution 1/1) Tj T*\n" * 3000 + b"ET"
    )
    (folder / "slow.pdf").write_bytes(pdf_bytes([""], raw_streams=[page] * 300))
    # The limit leaves small files ample time on a loaded machine; the slow file needs far more.
    with open_store(tmp_path / "db") as store:
        report = ingest_paths([folder], store, jobs=2, progress=False, limits=Limits(timeout_s=8.0))
        assert [(Path(p).name, r.split(" (")[0]) for p, r in report.failed] == [
            ("slow.pdf", "reading took longer than 8 s")
        ]
        assert graph_quads(store) == good_graphs(folder)


def test_a_file_over_the_memory_limit_stops_its_worker_not_the_run(tmp_path):
    folder = write_documents(tmp_path / "docs")
    (folder / "huge.txt").write_bytes(b"Recalling resolution 60/1. " * (4 << 20))  # 108 MiB
    with open_store(tmp_path / "db") as store:
        report = ingest_paths(
            [folder], store, jobs=1, progress=False, limits=Limits(max_memory_mb=160)
        )
        (failure,) = report.failed
        assert Path(failure[0]).name == "huge.txt"
        assert "memory" in failure[1] and "--max-memory-mb" in failure[1]
        assert graph_quads(store) == good_graphs(folder)


def _run(*args: str, **options) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, *args], capture_output=True, text=True, env=ENV, timeout=300, **options
    )


def test_the_command_line_names_bad_files_exits_1_and_never_prints_a_traceback(tmp_path):
    folder = write_documents(tmp_path / "docs")
    reasons = write_bad_files(folder / "bad")
    (tmp_path / "blob.dat").write_bytes(b"\x7fELF" + bytes(200))
    done = _run(
        "-m",
        "graph",
        "build",
        str(folder),
        str(tmp_path / "blob.dat"),
        "--store",
        str(tmp_path / "db"),
        "--out",
        str(tmp_path / "out"),
        "--jobs",
        "2",
        cwd=tmp_path,
    )
    assert done.returncode == 1, done.stderr
    assert "Traceback" not in done.stderr + done.stdout
    for name, reason in {**reasons, "blob.dat": "a program (ELF)"}.items():
        assert any(name in line and reason in line for line in done.stderr.splitlines()), name
    extracted = _run("-m", "graph", "extract", str(folder / "bad"), "--jobs", "2", cwd=tmp_path)
    assert extracted.returncode == 1 and "Traceback" not in extracted.stderr
    assert len([line for line in extracted.stderr.splitlines() if "bad/" in line]) == len(reasons)


def _stored(path: Path, writable: bool = False) -> tuple[dict[str, set], set]:
    """Per-graph quads and all quads of the store at `path` (closed again on return)."""
    store = open_store(path, read_only=not writable)  # writable: it must also take the lock
    try:
        return graph_quads(store), set(store.quads())
    finally:
        store.close()
        del store  # the embedded database closes with its last reference


def test_sigkill_at_any_moment_leaves_whole_documents_and_the_next_build_completes(tmp_path):
    folder = write_many(tmp_path / "docs", 240)
    start = time.monotonic()
    done = _run("-c", DRIVER, str(tmp_path / "clean"), str(folder), "2")
    assert done.returncode == 0, done.stderr
    duration = time.monotonic() - start
    clean, clean_all = _stored(tmp_path / "clean")
    assert len(clean) == len(list(folder.rglob("*.txt")))
    store_path = tmp_path / "db"
    for fraction in (0.05, 0.35, 0.6, 0.85):
        proc = subprocess.Popen(
            [sys.executable, "-c", DRIVER, str(store_path), str(folder), "2"],
            env=ENV,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        time.sleep(duration * fraction)
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        if not store_path.exists():
            continue  # killed before the store was created
        graphs, _ = _stored(store_path, writable=True)
        for graph_name, quads in graphs.items():
            assert quads == clean[graph_name], f"half a document in {graph_name}"
    done = _run("-c", DRIVER, str(store_path), str(folder), "2")
    assert done.returncode == 0, done.stderr
    assert _stored(store_path)[1] == clean_all


def test_sigkill_inside_a_bulk_batch_leaves_whole_documents_and_the_next_build_repairs(tmp_path):
    folder = write_many(tmp_path / "docs", 240)  # about 17,000 quads: 4 batches of 5,000
    done = _run("-c", DRIVER, str(tmp_path / "clean"), str(folder), "2")
    assert done.returncode == 0, done.stderr
    clean, clean_all = _stored(tmp_path / "clean")
    store_path = tmp_path / "db"
    # (new documents or a forced rebuild that drops and reloads them, which batch, delay)
    kills = [("new", 1, 0.0), ("new", 2, 0.02), (None, 0, 0), ("force", 1, 0.0), ("force", 3, 0.01)]
    interrupted = 0
    for mode, nth, delay in kills:
        args = [sys.executable, "-c", BATCH_DRIVER, str(store_path), str(folder), "2", "5000"]
        if mode is None:  # a whole build, so that the next kills hit changed documents
            done = subprocess.run([*args, "new"], env=ENV, capture_output=True, timeout=300)
            assert done.returncode == 0, done.stderr
            continue
        proc = subprocess.Popen(
            [*args, mode], env=ENV, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True
        )
        seen = 0
        for line in proc.stdout:
            seen += line.strip() == "bulk"
            if seen == nth:
                time.sleep(delay)
                proc.send_signal(signal.SIGKILL)
                break
        proc.wait()
        proc.stdout.close()
        assert seen == nth, "the build ended before the batch to interrupt"
        pending = store_path / PENDING
        listed = pending.read_text("utf-8").split() if pending.exists() else []
        interrupted += bool(listed)
        # A reader (which never repairs) sees each document whole or not at all ...
        graphs, _ = _stored(store_path)
        for graph_name, quads in graphs.items():
            assert quads == clean[graph_name], f"half a document in {graph_name}"
        # ... and the next writer drops what the interrupted batch may have left.
        with open_store(store_path) as store:
            assert store.repaired == listed
            assert not any(store.has_graph(g) for g in listed)
        assert not pending.exists() and not list(store_path.glob("bulk-*.sst"))
    assert interrupted >= 2, "no kill landed inside a batch"
    done = _run("-c", DRIVER, str(store_path), str(folder), "2")
    assert done.returncode == 0, done.stderr
    assert _stored(store_path)[1] == clean_all


def test_two_builds_at_once_one_waits_its_turn_or_stops_and_the_store_is_clean(tmp_path):
    folder = write_many(tmp_path / "docs", 120)
    store_path = tmp_path / "db"
    command = [
        sys.executable,
        "-m",
        "graph",
        "build",
        str(folder),
        "--store",
        str(store_path),
        "--jobs",
        "1",
    ]
    procs = [
        subprocess.Popen(
            [*command, "--out", str(tmp_path / f"out{i}")],
            env=ENV,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            cwd=tmp_path,
        )
        for i in range(2)
    ]
    results = [(p.wait(timeout=300), p.stderr.read()) for p in procs]
    for p in procs:
        p.stdout.close()
        p.stderr.close()
    codes = sorted(code for code, _ in results)
    assert codes in ([0, 0], [0, 1]), results
    if codes == [0, 1]:
        (locked,) = [err for code, err in results if code == 1]
        assert "store is locked" in locked and "Traceback" not in locked
    clean = open_store(":memory:")
    ingest_paths([folder], clean, progress=False)
    with open_store(store_path, read_only=True) as store:
        assert set(store.quads()) == set(clean.quads())


@pytest.mark.parametrize("kind", ["pdf", "docx"])
def test_limits_can_be_raised_for_a_genuine_large_file(tmp_path, kind):
    if kind == "pdf":  # one page whose text stream inflates to about 700 KB
        page = b"BT /F1 10 Tf 12 TL 56 800 Td\n" + b"(resolution 1/1) Tj T*\n" * 30000 + b"ET"
        data = pdf_bytes([""], raw_streams=[zlib.compress(page)])
    else:
        data = docx_zip_bomb(8 << 20)
    path = tmp_path / f"big.{kind}"
    path.write_bytes(data)
    with open_store(":memory:") as store:
        low = ingest_paths(
            [path], store, limits=Limits(max_inflated_bytes=256 << 10), progress=False
        )
        assert "raise --max-inflated-bytes" in low.failed[0][1]
        raised = ingest_paths(
            [path], store, limits=Limits(max_inflated_bytes=16 << 20), progress=False
        )
        assert (raised.read, raised.failed) == (1, [])
