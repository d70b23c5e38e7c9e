"""A rebuild patches graph.ttl to the bytes a whole write gives, and drops the documents of
files gone from a folder it reads again."""

from __future__ import annotations

import shutil
from pathlib import Path

import pyoxigraph as ox
import pytest
from conftest import EXAMPLES
from graph_helpers import run_cli

import graph.draw.outputs as outputs
from graph.ingest import ingest_paths
from graph.store import open_store
from graph.store.stamp import COUNTS, STAMP
from graph.vocab.iris import MG

EDIT = "\nRecalling its resolution 70/1 and decision 12/CP.24,\n"


def _folder(tmp_path: Path) -> Path:
    """A copy of examples/ (documents only) that the test may change."""
    docs = tmp_path / "docs"
    for lang in ("ar", "en", "es", "fr", "ru", "zh"):
        shutil.copytree(EXAMPLES / lang, docs / lang)
    return docs


def _build(tmp_path: Path, capsys, *paths: Path, extra: tuple[str, ...] = ()) -> str:
    args = ["build", *map(str, paths), "--store", str(tmp_path / "db"), "--out"]
    code, out, err = run_cli([*args, str(tmp_path / "out"), "--jobs", "1", *extra], capsys)
    assert code == 0, err
    return out


def _outputs(tmp_path: Path) -> tuple[bytes, bytes]:
    out = tmp_path / "out"
    return (out / "graph.ttl").read_bytes(), (out / "graph.html").read_bytes()


def _whole(tmp_path: Path, capsys, *paths: Path) -> tuple[bytes, bytes]:
    """The outputs written whole from the same store: with no stamp, a build that reads
    nothing writes both files anew."""
    (tmp_path / "out" / STAMP).unlink()
    out = _build(tmp_path, capsys, *paths)
    assert "read 0," in out and "wrote" in out
    return _outputs(tmp_path)


def _no_whole_export(monkeypatch) -> None:
    def refuse(*args, **kw):
        raise AssertionError("graph.ttl was exported whole")

    monkeypatch.setattr(outputs, "export_graph", refuse)


def test_a_changed_file_patches_graph_ttl_to_the_whole_exports_bytes(tmp_path, capsys, monkeypatch):
    docs = _folder(tmp_path)
    _build(tmp_path, capsys, docs)
    first = _outputs(tmp_path)
    changed = docs / "en" / "A_RES_78_275.txt"
    changed.write_text(changed.read_text(encoding="utf-8") + EDIT, encoding="utf-8")
    with monkeypatch.context() as m:
        _no_whole_export(m)
        out = _build(tmp_path, capsys, docs)
    assert "read 1, unchanged 7" in out and "wrote" in out
    patched = _outputs(tmp_path)
    assert patched[0] != first[0]
    assert patched == _whole(tmp_path, capsys, docs)


def test_outputs_edited_by_hand_or_another_version_are_written_whole(tmp_path, capsys, monkeypatch):
    docs = _folder(tmp_path)
    _build(tmp_path, capsys, docs)
    ttl = tmp_path / "out" / "graph.ttl"
    ttl.write_bytes(ttl.read_bytes().replace(b"mg:", b"mg: ", 1))  # edited: stamp no longer fits
    changed = docs / "fr" / "A_RES_76_245.txt"
    changed.write_text(changed.read_text(encoding="utf-8") + EDIT, encoding="utf-8")
    with monkeypatch.context() as m:
        _no_whole_export(m)
        with pytest.raises(AssertionError, match="exported whole"):
            _build(tmp_path, capsys, docs)
    _build(tmp_path, capsys, docs)  # (the failed run left no stamp: written whole)
    stamp = tmp_path / "out" / STAMP
    fields = stamp.read_text(encoding="utf-8").split("\t")
    fields[1] = "0.0.1"
    stamp.write_text("\t".join(fields), encoding="utf-8")
    changed.write_text(changed.read_text(encoding="utf-8") + EDIT, encoding="utf-8")
    with monkeypatch.context() as m:
        _no_whole_export(m)
        with pytest.raises(AssertionError, match="exported whole"):
            _build(tmp_path, capsys, docs)


def test_files_gone_from_a_folder_read_again_leave_the_store(tmp_path, capsys, monkeypatch):
    docs = _folder(tmp_path)
    elsewhere = tmp_path / "elsewhere"
    shutil.copytree(EXAMPLES / "es", elsewhere)
    _build(tmp_path, capsys, docs, elsewhere)
    gone = docs / "fr" / "CTOC_COP_2016_3.txt"
    gone.unlink()
    shutil.rmtree(elsewhere)  # not a folder of the next run: its document stays
    with monkeypatch.context() as m:
        _no_whole_export(m)
        out = _build(tmp_path, capsys, docs)
    assert "read 0, unchanged 7, failed 0, removed 1 (files gone) of 7 files found" in out
    assert str(gone) in out
    assert "documents in store: 7 (from 8 source files)" in out  # (es twice: one document)
    with open_store(tmp_path / "db", read_only=True) as st:
        quads = st.quads(None, ox.NamedNode(MG + "sourcePath"), None, None)
        paths = {q.object.value for q in quads}
    assert str(gone) not in paths
    assert any(p.startswith(str(elsewhere)) for p in paths)
    assert _outputs(tmp_path) == _whole(tmp_path, capsys, docs)
    out = _build(tmp_path, capsys, docs / "en")  # another folder: nothing else is removed
    assert "removed" not in out


def test_files_left_out_this_time_stay(tmp_path, capsys):
    docs = _folder(tmp_path)
    _build(tmp_path, capsys, docs)
    out = _build(tmp_path, capsys, docs, extra=("--exclude", "fr/*"))
    assert "of 6 files found" in out  # (the two in fr/ left out)
    assert "removed" not in out and "documents in store: 8" in out


def test_the_state_a_build_leaves_is_the_state_the_next_one_finds(tmp_path):
    docs = _folder(tmp_path)
    with open_store(tmp_path / "db") as st:
        first = ingest_paths([docs], st, jobs=1, progress=False)
        changed = docs / "ar" / "A_HRC_DEC_58_101.txt"
        changed.write_text(changed.read_text(encoding="utf-8") + EDIT, encoding="utf-8")
        (docs / "en" / "A_78_312.txt").unlink()
        second = ingest_paths([docs], st, jobs=1, progress=False)
        third = ingest_paths([docs], st, jobs=1, progress=False)
    assert first.changes and second.changes and third.changes
    assert second.changes.before == first.changes.state()
    assert second.read == 1 and len(second.removed) == 1
    assert third.changes.before == second.changes.state() != first.changes.state()
    assert third.changes.graphs == set()


def test_a_grouped_page_is_moved_by_its_counts_to_the_whole_counts_bytes(
    tmp_path, capsys, monkeypatch
):
    import graph.draw as draw

    monkeypatch.setattr(outputs, "MAX_NODES", 12)  # examples/ is then a grouped page
    docs = _folder(tmp_path)
    elsewhere = tmp_path / "elsewhere"
    shutil.copytree(EXAMPLES / "en", elsewhere)
    _build(tmp_path, capsys, docs, elsewhere)
    assert (tmp_path / "out" / COUNTS).is_file()
    assert b'"clustered":true' in _outputs(tmp_path)[1]
    first = _outputs(tmp_path)
    changed = docs / "fr" / "A_RES_76_245.txt"
    changed.write_text(changed.read_text(encoding="utf-8") + EDIT, encoding="utf-8")
    (docs / "en" / "A_78_312.txt").unlink()
    with monkeypatch.context() as m:
        _no_whole_export(m)

        def refuse(*args, **kw):
            raise AssertionError("the page was counted whole")

        m.setattr(draw, "grouped_graph", refuse)
        out = _build(tmp_path, capsys, docs)
    assert "read 1, unchanged 6, failed 0, removed 1 (files gone)" in out
    patched = _outputs(tmp_path)
    assert patched[1] != first[1]
    assert patched == _whole(tmp_path, capsys, docs)
