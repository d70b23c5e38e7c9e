"""Gather each node of a store with all its triples, and batch the nodes pySHACL must check.

The store is read once in its own order (graph by graph, subject by subject); each node is
taken, with its triples from every named graph, by the one graph holding its first quad in
subject order, so a node stated by many documents (an act cited by thousands) is read once.
The screen (graph/validate/screen.py) passes the nodes that certainly conform; the others go
to pySHACL in pieces of about BATCH_TRIPLES triples, each node with all its triples.
Each piece also carries, from the whole store, the mg:key triples of the nodes its triples point
at (sh:node mgsh:KeyedNodeShape reads them) and the rdf:type triples of the nodes reached by a
property whose shape has sh:class (`class_paths`), so value constraints see what the whole store
says. Results are kept only for the nodes a piece owns: a node that is only context there is
checked where it is owned.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from itertools import chain
from typing import cast

import pyoxigraph as ox

from ..store.canonical import to_rdflib
from ..vocab.mg import MG_NS

SH = "http://www.w3.org/ns/shacl#"
RDF_TYPE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
MG_KEY = ox.NamedNode(MG_NS + "key")
_SUBJECTS = "SELECT DISTINCT ?s WHERE { ?s ?p ?o }"  # in one graph (the query's default graph)
BATCH_TRIPLES = 20_000  # triples of the flagged nodes checked together (~40 MB in rdflib)


@dataclass(frozen=True, slots=True)
class Piece:
    """One rdflib graph to check and the nodes whose results it decides."""

    data: object  # rdflib.Graph
    owned: frozenset  # rdflib subjects


@dataclass(slots=True)
class Tally:
    """What a pass over the store counted: distinct triples, nodes, nodes sent to pySHACL."""

    triples: int = 0
    nodes: int = 0
    flagged: int = 0


def nodes(dataset: ox.Store) -> Iterator[tuple[ox.NamedNode | ox.BlankNode, dict]]:
    """Every subject of `dataset` once, with its triples from all graphs (predicate -> set of
    objects), streamed: one graph's subjects and one node's triples in memory at a time. A
    node stated in several graphs is taken by the graph of its first quad."""
    for graph in chain([ox.DefaultGraph()], dataset.named_graphs()):
        # One graph's subjects at a time (a document's), found by Oxigraph: the store's order
        # does not group them in every backend, and no other term needs to reach Python.
        rows = cast(
            ox.QuerySolutions,
            dataset.query(
                _SUBJECTS,
                default_graph=graph,
            ),
        )
        for subject in sorted((row[0] for row in rows), key=str):
            quads = dataset.quads_for_pattern(subject, None, None, None)
            first = next(quads)
            if first.graph_name != graph:
                continue  # taken by another graph
            triples: dict[ox.NamedNode, set] = {first.predicate: {first.object}}
            for other in quads:
                triples.setdefault(other.predicate, set()).add(other.object)
            yield cast(ox.NamedNode | ox.BlankNode, subject), triples


def class_paths(shapes) -> frozenset[str]:
    """The properties (IRIs) whose property shapes say sh:class, directly or inside sh:or."""
    from rdflib import BNode, URIRef

    sh_path, sh_class = URIRef(SH + "path"), URIRef(SH + "class")
    out = set()
    for shape, path in shapes.subject_objects(sh_path):
        seen, todo = set(), [shape]
        while todo:  # the shape and the blank nodes it holds (sh:or lists)
            node = todo.pop()
            seen.add(node)
            if (node, sh_class, None) in shapes and isinstance(path, URIRef):
                out.add(str(path))
            todo += [
                o
                for _, o in shapes.predicate_objects(node)
                if isinstance(o, BNode) and o not in seen
            ]
    return frozenset(out)


def pieces(
    dataset: ox.Store,
    passes: Callable[[object, dict], bool],
    typed: frozenset[str],
    tally: Tally,
    batch_triples: int | None = None,
) -> Iterator[Piece]:
    """Pieces of the nodes that `passes` (the screen) does not pass, each with all its triples,
    about `batch_triples` (default BATCH_TRIPLES) triples each; `typed`: the properties whose
    values need their types (class_paths); `tally` counts as the store is read."""
    limit = BATCH_TRIPLES if batch_triples is None else batch_triples
    batch: list[ox.Quad] = []
    for node, triples in nodes(dataset):
        tally.nodes += 1
        tally.triples += sum(len(objects) for objects in triples.values())
        if passes(node, triples):
            continue
        tally.flagged += 1
        batch += [ox.Quad(node, p, o) for p, objects in triples.items() for o in objects]
        if len(batch) >= limit:
            yield _piece(dataset, batch, typed)
            batch = []
    if batch:
        yield _piece(dataset, batch, typed)


def _piece(dataset: ox.Store, quads: list[ox.Quad], typed: frozenset[str]) -> Piece:
    """The rdflib graph of `quads`, with the keys (and where needed types) of what they point at."""
    import rdflib

    data = rdflib.Graph()
    data.addN(
        (to_rdflib(q.subject), to_rdflib(q.predicate), to_rdflib(q.object), data) for q in quads
    )
    owned = frozenset(to_rdflib(q.subject) for q in quads)
    context: dict[ox.NamedNode | ox.BlankNode, bool] = {}  # node -> needs its types
    for q in quads:
        if isinstance(q.object, ox.NamedNode | ox.BlankNode):
            context[q.object] = context.get(q.object, False) or q.predicate.value in typed
    data.addN(
        (to_rdflib(c.subject), to_rdflib(c.predicate), to_rdflib(c.object), data)
        for node, types in context.items()
        for p in ((RDF_TYPE, MG_KEY) if types else (MG_KEY,))
        for c in dataset.quads_for_pattern(node, p, None, None)
    )
    return Piece(data, owned)
