"""Rebuilds trust a file's size and modification time only as far as the store agrees.

store/seen.py keeps, in the store folder, the size, modification time and SHA-256 of each file
a build hashed; a rebuild does not read a file whose size and time are unchanged, and reads
(hashes) every other one. These tests count the files hashed.
"""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest
from un_documents import write_documents

import graph.ingest as ingest
from graph.ingest import ingest_paths, remove_document
from graph.store import open_store
from graph.store.seen import NAME

HOUR_NS = 3600 * 10**9


@pytest.fixture
def folder(tmp_path) -> Path:
    """The sample documents, last modified an hour ago (a fresh file is never noted)."""
    docs = write_documents(tmp_path / "docs")
    for path in docs.rglob("*.txt"):
        _age(path)
    return docs


def _age(path: Path, by_ns: int = HOUR_NS) -> None:
    then = time.time_ns() - by_ns
    os.utime(path, ns=(then, then))


@pytest.fixture
def hashed(monkeypatch) -> list[int]:
    """Counts the files ingest hashes (one entry per file)."""
    calls: list[int] = []
    digest = ingest._file_sha256

    def counting(path):
        calls.append(1)
        return digest(path)

    monkeypatch.setattr(ingest, "_file_sha256", counting)
    return calls


def _build(folder: Path, store_dir: Path, **kw):
    with open_store(str(store_dir)) as store:
        return ingest_paths([folder], store, jobs=1, progress=False, **kw)


def test_a_rebuild_reads_no_unchanged_file(folder, tmp_path, hashed):
    first = _build(folder, tmp_path / "store")
    assert len(hashed) == first.found and (tmp_path / "store" / NAME).is_file()
    hashed.clear()
    again = _build(folder, tmp_path / "store")
    assert (again.read, again.skipped, len(hashed)) == (0, again.found, 0)
    assert again.sources == first.sources and again.documents == first.documents


def test_a_changed_file_of_the_same_size_is_read_again(folder, tmp_path, hashed):
    _build(folder, tmp_path / "store")
    target = folder / "en" / "report_a_61_100.txt"
    text = target.read_text(encoding="utf-8")
    target.write_text(text.replace("60/1", "60/2"), encoding="utf-8")  # same size, new time
    hashed.clear()
    report = _build(folder, tmp_path / "store")
    assert (report.read, len(hashed)) == (1, 1)


def test_a_touched_file_is_hashed_and_found_unchanged(folder, tmp_path, hashed):
    _build(folder, tmp_path / "store")
    _age(folder / "en" / "report_a_61_100.txt", HOUR_NS // 2)
    hashed.clear()
    report = _build(folder, tmp_path / "store")
    assert (report.read, report.skipped, len(hashed)) == (0, report.found, 1)


def test_the_store_decides_a_removed_document_is_read_again(folder, tmp_path, hashed):
    _build(folder, tmp_path / "store")
    target = folder / "en" / "report_a_61_100.txt"
    with open_store(str(tmp_path / "store")) as store:
        remove_document(store, target)
    hashed.clear()
    report = _build(folder, tmp_path / "store")
    assert (report.read, len(hashed)) == (1, 1)


def test_a_damaged_or_missing_list_means_every_file_is_hashed(folder, tmp_path, hashed):
    first = _build(folder, tmp_path / "store")
    (tmp_path / "store" / NAME).write_text("{not json", encoding="utf-8")
    hashed.clear()
    report = _build(folder, tmp_path / "store")
    assert (report.read, report.skipped, len(hashed)) == (0, first.found, first.found)
    (tmp_path / "store" / NAME).unlink()
    hashed.clear()
    report = _build(folder, tmp_path / "store")
    assert (report.read, len(hashed)) == (0, first.found)


def test_a_file_modified_just_now_is_not_noted(folder, tmp_path, hashed):
    target = folder / "en" / "report_a_61_100.txt"
    target.touch()  # now: its next change could keep the same time on a coarse clock
    first = _build(folder, tmp_path / "store")
    hashed.clear()
    _build(folder, tmp_path / "store")
    assert len(hashed) == 1
    assert first.read == first.found


def test_force_reads_every_file_and_the_summary_counts_stay_those_of_the_store(
    folder, tmp_path, hashed
):
    first = _build(folder, tmp_path / "store")
    forced = _build(folder, tmp_path / "store", force=True)
    assert forced.read == forced.found
    assert (forced.sources, forced.documents) == (first.sources, first.documents)


def test_an_unchanged_file_taken_as_a_document_is_not_triaged_again(folder, tmp_path, monkeypatch):
    import graph.read.triage as triage

    looked: list[Path] = []
    verdict = triage.not_a_document

    def counting(path):
        looked.append(path)
        return verdict(path)

    monkeypatch.setattr(triage, "not_a_document", counting)
    target = folder / "en" / "report_a_61_100.txt"
    with open_store(str(tmp_path / "store")) as store:  # named: read without triage
        ingest_paths([target], store, jobs=1, progress=False)
    first = _build(folder, tmp_path / "store")
    assert target in looked and len(looked) == first.found
    looked.clear()
    again = _build(folder, tmp_path / "store")
    assert looked == [] and again.skipped == again.found
