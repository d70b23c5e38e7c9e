"""Canonical order: the union of all graphs sorted and without repeats whether it is sorted in
memory or spilled to run files and merged; temporary files never stay behind."""

from __future__ import annotations

import random

import pyoxigraph as ox
import pytest

from graph.store import canonical
from graph.store.canonical import graph_lines, open_dataset, union_chunks, union_lines

EX = "http://example.org/"


def overlapping_store(graphs: int = 40, seed: int = 7) -> tuple[ox.Store, list[bytes]]:
    """Graphs sharing many triples (as documents typing the same acts), and the expected union."""
    rng = random.Random(seed)
    pool = [
        ox.Triple(
            ox.NamedNode(f"{EX}s{rng.randrange(60)}"),
            ox.NamedNode(f"{EX}p{rng.randrange(5)}"),
            ox.Literal(f"value {i} " + "é" * rng.randrange(40))
            if i % 3
            else ox.NamedNode(f"{EX}o{i}"),
        )
        for i in range(400)
    ]
    store = ox.Store()
    for g in range(graphs):
        name = ox.NamedNode(f"{EX}graph/{g}")
        store.extend(ox.Quad(t.subject, t.predicate, t.object, name) for t in rng.sample(pool, 60))
    store.add(ox.Quad(pool[0].subject, pool[0].predicate, pool[0].object))  # default graph too
    want = sorted(
        {f"{t.subject} {t.predicate} {t.object} .\n".encode() for q in store for t in [q.triple]}
    )
    return store, want


@pytest.mark.parametrize("run_bytes", [1, 700, 5_000, 40_000, None])
def test_union_is_sorted_and_unique_however_it_is_split(tmp_path, run_bytes):
    store, want = overlapping_store()
    chunks = list(union_chunks(store, run_bytes=run_bytes, workdir=tmp_path))
    got = [line for chunk in chunks for line in chunk]
    assert got == want
    assert all(chunks)
    assert list(tmp_path.iterdir()) == []


def test_runs_are_really_merged_and_removed(tmp_path, monkeypatch):
    store, want = overlapping_store()
    merged = []
    real = canonical._merge

    def spy(readers):
        merged.append(len(readers))
        return real(readers)

    monkeypatch.setattr(canonical, "_merge", spy)
    monkeypatch.setattr(canonical, "MERGE_BLOCK", (64, 64))  # many rounds of the block merge
    assert [
        line for c in union_chunks(store, run_bytes=3_000, workdir=tmp_path) for line in c
    ] == want
    assert merged and merged[0] > 5
    assert list(tmp_path.iterdir()) == []


def test_runs_are_removed_when_the_reader_stops_early(tmp_path):
    store, _ = overlapping_store()
    chunks = union_chunks(store, run_bytes=2_000, workdir=tmp_path)
    next(chunks)
    assert len(list(tmp_path.iterdir())) == 1  # the folder of runs, while reading
    chunks.close()
    assert list(tmp_path.iterdir()) == []


def test_repeats_across_chunks_are_dropped(monkeypatch):
    store = ox.Store()
    for g in range(5):  # the same 300 triples in five graphs
        store.extend(
            ox.Quad(
                ox.NamedNode(f"{EX}s{i:03}"),
                ox.NamedNode(f"{EX}p"),
                ox.Literal("x"),
                ox.NamedNode(f"{EX}g{g}"),
            )
            for i in range(300)
        )
    monkeypatch.setattr(canonical, "CHUNK_LINES", 7)
    for run_bytes in (None, 500):
        lines = [line for c in union_chunks(store, run_bytes=run_bytes) for line in c]
        assert len(lines) == len(set(lines)) == 300 and lines == sorted(lines)


def test_union_lines_keeps_its_shape_for_validate():
    store, want = overlapping_store()
    assert union_lines(store) == [line[:-1] for line in want]


def test_graph_lines_one_graph_at_a_time_sorted():
    store, _ = overlapping_store(graphs=3)
    pairs = list(graph_lines(store))
    assert [g for g, _ in pairs] == [
        None,
        *sorted((g for g in store.named_graphs()), key=lambda g: g.value),
    ]
    for g, lines in pairs:
        assert lines == sorted(lines) and all(line.endswith(b" .\n") for line in lines)
        assert len(lines) == len(
            list(store.quads_for_pattern(None, None, None, g or ox.DefaultGraph()))
        )


class Streamed:
    """A store known only by its quads() (as a remote one)."""

    location = "http://127.0.0.1:1/"

    def __init__(self, inner: ox.Store):
        self._inner = inner

    def quads(self):
        return iter(list(self._inner.quads_for_pattern(None, None, None, None)))


@pytest.mark.parametrize("memory_quads", [5, None])
def test_a_streamed_store_is_copied_in_memory_or_on_disk(tmp_path, memory_quads):
    store, want = overlapping_store()
    with open_dataset(Streamed(store), workdir=tmp_path, memory_quads=memory_quads) as copy:
        assert len(copy) == len(store)
        assert [line for c in union_chunks(copy) for line in c] == want
        assert len(list(tmp_path.iterdir())) == (1 if memory_quads else 0)
    assert list(tmp_path.iterdir()) == []
