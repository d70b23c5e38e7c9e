"""Batched writes into the embedded store: the same graph as one transaction per document, each
document whole or absent, and an interrupted batch repaired by the next writer."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest
from un_documents import built_quads, expected_quads, write_documents

import graph.store.embedded
import graph.store.writer
from graph.build import bodies_graph, graph_iri
from graph.errors import StoreError
from graph.ingest import ingest_paths
from graph.store import open_store
from graph.store.embedded import PENDING


@pytest.fixture
def folder(tmp_path) -> Path:
    return write_documents(tmp_path / "docs")


@pytest.fixture
def small_batches(monkeypatch):
    """Two or three documents a batch, every batch through the bulk loader."""
    monkeypatch.setattr(graph.store.writer, "BATCH_QUADS", 150)
    monkeypatch.setattr(graph.store.embedded, "SMALL_BATCH", 0)


def graph_of(file: Path) -> str:
    return graph_iri(str(file.resolve()))


def per_graph(store) -> dict[str, set]:
    return {g: set(store.quads(None, None, None, ox.NamedNode(g))) for g in store.graphs()}


def test_batches_give_the_graph_of_one_transaction_per_document(folder, tmp_path, small_batches):
    files = sorted(folder.rglob("*.txt"))
    reference = open_store(":memory:")
    reference.replace_graph(*bodies_graph())
    for file in files:
        reference.replace_graph(graph_of(file), built_quads(file))
    with open_store(tmp_path / "db") as store:
        report = ingest_paths([folder], store, jobs=2, progress=False)
        assert report.read == len(files)
        assert per_graph(store) == per_graph(reference)
        for file in files:
            assert set(store.quads(None, None, None, ox.NamedNode(graph_of(file)))) == (
                expected_quads(file)
            )
        before = set(store.quads())
        again = ingest_paths([folder], store, progress=False)  # unchanged: skipped
        assert (again.read, again.skipped) == (0, len(files))
        forced = ingest_paths([folder], store, progress=False, force=True)  # drop + bulk
        assert forced.read == len(files)
        assert set(store.quads()) == before
    assert not (tmp_path / "db" / PENDING).exists()
    assert not list((tmp_path / "db").glob("bulk-*.sst"))


def test_a_corrected_file_in_a_batch_leaves_no_stale_edge(folder, tmp_path, small_batches):
    target = folder / "en" / "report_a_61_100.txt"
    with open_store(tmp_path / "db") as store:
        ingest_paths([folder], store, progress=False)
        target.write_text(
            target.read_text(encoding="utf-8").replace("60/1", "59/250"), encoding="utf-8"
        )
        (folder / "en" / "new_copy.txt").write_text(target.read_text("utf-8"), "utf-8")
        with store.writer(batch_quads=10**6) as writer:  # the changed and the new, one batch
            for file in (target, folder / "en" / "new_copy.txt"):
                writer.replace_graph(graph_of(file), built_quads(file))
        for file in (target, folder / "en" / "new_copy.txt"):
            assert set(store.quads(None, None, None, ox.NamedNode(graph_of(file)))) == (
                expected_quads(file)
            )


def test_a_writer_opening_the_store_drops_the_documents_of_an_interrupted_batch(folder, tmp_path):
    path = tmp_path / "db"
    files = sorted(folder.rglob("*.txt"))
    with open_store(path) as store:
        ingest_paths([folder], store, progress=False)
        clean = per_graph(store)
    whole, half = graph_of(files[0]), graph_of(files[1])
    with open_store(path) as store:
        # What a process killed in the middle of a batch leaves behind (were the loader not
        # atomic): the pending list, half of one document, and a loader file never added.
        store.remove_graph(half)
        quads = built_quads(files[1])
        g = ox.NamedNode(half)
        store.inner.extend(ox.Quad(q.subject, q.predicate, q.object, g) for q in quads[::2])
        (path / PENDING).write_text(f"{whole}\n{half}\nnot an IRI\n", encoding="utf-8")
        (path / "bulk-1234.sst").write_bytes(b"unfinished")
    with open_store(path, read_only=True) as reader:
        assert reader.repaired == []  # a reader never writes
    with open_store(path) as store:
        assert store.repaired == [whole, half, "not an IRI"]
        assert not store.has_graph(whole) and not store.has_graph(half)
        assert not (path / PENDING).exists() and not list(path.glob("bulk-*.sst"))
        assert {g: q for g, q in clean.items() if g not in (whole, half)} == per_graph(store)
        report = ingest_paths([folder], store, progress=False)  # the next build loads them again
        assert (report.read, report.skipped) == (2, len(files) - 2)
        assert per_graph(store) == clean


def test_the_writer_keeps_the_last_version_and_drops_pending_graphs_on_error(small_batches):
    store = open_store(":memory:")
    q = ox.Quad(ox.NamedNode("https://e.org/s"), ox.NamedNode("https://e.org/p"), ox.Literal("1"))
    r = ox.Quad(ox.NamedNode("https://e.org/s"), ox.NamedNode("https://e.org/p"), ox.Literal("2"))
    with store.writer() as writer:
        writer.replace_graph("https://e.org/a", [q])
        writer.replace_graph("https://e.org/a", [r])  # a later version replaces the queued one
        writer.replace_graph("https://e.org/empty", [])
    a = ox.NamedNode("https://e.org/a")
    assert set(store.quads()) == {ox.Quad(r.subject, r.predicate, r.object, a)}
    assert store.graphs() == ["https://e.org/a", "https://e.org/empty"]
    with pytest.raises(KeyError), store.writer() as writer:
        writer.replace_graph("https://e.org/b", [q])
        raise KeyError("stop")
    assert not store.has_graph("https://e.org/b")  # absent, never half-written


def test_a_read_only_store_refuses_a_batch_and_leaves_no_pending_list(folder, tmp_path):
    path = tmp_path / "db"
    with open_store(path) as store:
        ingest_paths([folder], store, progress=False)
    file = sorted(folder.rglob("*.txt"))[0]
    with open_store(path, read_only=True) as reader:
        with pytest.raises(StoreError, match="read-only"):
            reader.replace_graphs([(graph_of(file), built_quads(file) * 30)])
    assert not (path / PENDING).exists()
