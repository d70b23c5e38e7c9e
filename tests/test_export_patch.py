"""graph.ttl patched block by block equals a whole export of the same store, byte for byte."""

from __future__ import annotations

import random
from pathlib import Path

import pyoxigraph as ox
import pytest

from graph.export.patch import patch_turtle
from graph.export.rdf import export_graph
from graph.store import open_store
from graph.vocab.iris import DEFAULT_BASE, MG

# Subjects the export shortens (mg:, mgid:) and ones it writes whole, sorting before and after
SUBJECTS = [
    f"{MG}a",
    f"{MG}b",
    f"{MG}ab",
    f"{DEFAULT_BASE}x",
    f"{DEFAULT_BASE}citation/1",
    "https://undocs.org/A/RES/1",
    "https://undocs.org/A/RES/1/x",
    "https://undocs.org/A/RES/10",
    "http://example.org/0",
    "urn:z",
]
PREDICATES = [f"{MG}key", f"{MG}cites", "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"]
OBJECTS = [
    ox.Literal("k"),
    ox.Literal("t\nwo lines", language="en"),
    ox.Literal("7", datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#integer")),
    *(ox.NamedNode(s) for s in SUBJECTS[:4]),
]


def _graph(rng: random.Random, name: str) -> list[ox.Quad]:
    g = ox.NamedNode(f"{DEFAULT_BASE}graph/{name}")
    return [
        ox.Quad(
            ox.NamedNode(rng.choice(SUBJECTS)),
            ox.NamedNode(rng.choice(PREDICATES)),
            rng.choice(OBJECTS),
            g,
        )
        for _ in range(rng.randint(0, 6))
    ]


def _subjects(quads) -> set[str]:
    return {str(q.subject) for q in quads}


@pytest.mark.parametrize("seed", range(40))
def test_patched_turtle_equals_a_whole_export(tmp_path: Path, seed: int) -> None:
    rng = random.Random(seed)
    with open_store(tmp_path / "store") as st:
        for name in range(rng.randint(0, 5)):
            graph = _graph(rng, str(name))
            if graph:
                st.replace_graph(graph[0].graph_name.value, graph)
        out = tmp_path / "graph.ttl"
        export_graph(st, out, "turtle")
        touched: set[str] = set()
        for name in rng.sample(range(7), rng.randint(1, 3)):
            iri = f"{DEFAULT_BASE}graph/{name}"
            touched |= _subjects(st.quads(None, None, None, ox.NamedNode(iri)))
            graph = _graph(rng, str(name))
            if graph and rng.random() < 0.8:
                st.replace_graph(iri, graph)
                touched |= _subjects(graph)
            else:
                st.remove_graph(iri)
        patch_turtle(st.inner, out, touched)
        export_graph(st, tmp_path / "whole.ttl", "turtle")
        assert out.read_bytes() == (tmp_path / "whole.ttl").read_bytes()


def test_a_file_of_another_shape_is_refused(tmp_path: Path) -> None:
    out = tmp_path / "graph.ttl"
    out.write_bytes(b"@prefix x: <urn:x> .\n")
    with open_store(":memory:") as st, pytest.raises(ValueError):
        patch_turtle(st.inner, out, {f"<{MG}a>"})
