"""Split a store into the pieces pySHACL checks one at a time, so memory stays bounded.

Every node is checked in exactly one piece, the piece that holds all its triples:
- a node whose triples all sit in one named graph (a citation, a mandate statement, the source
  file of one document) is checked with that graph;
- a node stated in several graphs (a document cited by others, a body) is checked once, in one
  of the last pieces, which hold every triple of such nodes, whichever graph states them.
Each piece also carries, from the whole store, the mg:key triples of the nodes its triples point
at (sh:node mgsh:KeyedNodeShape reads them) and the rdf:type triples of the nodes reached by a
property whose shape has sh:class (`class_paths`), so value constraints see what the whole store
says. Types are added only there: a typed node is a target, and checking every cited document
again in each citing document's piece would cost more than checking the store at once.
Results are kept only for the nodes a piece owns: a node that is only context there is checked
in its own piece.

Graphs are checked in batches of about BATCH_TRIPLES triples (several small documents, or one
large one, per piece): each pySHACL call mixes the whole ontology into its data and sets up its
shapes again, which costs more than checking a small document, so one call per document was
slower than checking the store at once. A batch holds its graphs' own triples, so a node is
still owned by exactly one piece, and memory follows the batch, not the store.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import cast

import pyoxigraph as ox

from ..store.canonical import to_rdflib
from ..vocab.mg import MG_NS

SH = "http://www.w3.org/ns/shacl#"
RDF_TYPE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
MG_KEY = ox.NamedNode(MG_NS + "key")
# Subjects stated in more than one graph (the default graph counts as one).
_SHARED = """
SELECT ?s WHERE {
    { SELECT DISTINCT ?s ?g WHERE {
        { GRAPH ?g { ?s ?p ?o } } UNION { ?s ?p ?o BIND(<urn:x-mandate-graph:default> AS ?g) }
    } }
} GROUP BY ?s HAVING (COUNT(?g) > 1)
"""
BATCH_TRIPLES = 20_000  # triples of the graphs checked together (memory: ~40 MB in rdflib)
_COUNT = """
SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?s ?p ?o WHERE {
    { GRAPH ?g { ?s ?p ?o } } UNION { ?s ?p ?o }
} }
"""


@dataclass(frozen=True, slots=True)
class Piece:
    """One rdflib graph to check and the nodes whose results it decides."""

    data: object  # rdflib.Graph
    owned: frozenset  # rdflib subjects


def shared_subjects(dataset: ox.Store) -> set[ox.NamedNode | ox.BlankNode]:
    """The subjects stated in more than one graph of `dataset`."""
    rows = cast(ox.QuerySolutions, dataset.query(_SHARED))
    return {cast(ox.NamedNode | ox.BlankNode, row["s"]) for row in rows}


def count_triples(dataset: ox.Store) -> int:
    """How many distinct triples all graphs of `dataset` hold together."""
    for row in cast(ox.QuerySolutions, dataset.query(_COUNT)):
        return int(cast(ox.Literal, row["n"]).value)
    return 0


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
    dataset: ox.Store, typed: frozenset[str], batch_triples: int | None = None
) -> Iterator[Piece]:
    """Pieces of whole graphs (their nodes stated nowhere else), about `batch_triples` (default
    BATCH_TRIPLES) triples each, then pieces of the shared nodes with all their triples;
    `typed`: the properties whose values need their types (class_paths)."""
    limit = BATCH_TRIPLES if batch_triples is None else batch_triples
    shared = shared_subjects(dataset)
    batch: list[ox.Quad] = []
    for g in [ox.DefaultGraph(), *sorted(dataset.named_graphs(), key=str)]:
        batch += [
            q for q in dataset.quads_for_pattern(None, None, None, g) if q.subject not in shared
        ]
        if batch and len(batch) >= limit:
            yield _piece(dataset, batch, typed)
            batch = []
    if batch:
        yield _piece(dataset, batch, typed)
        batch = []
    # The shared nodes in batches too, each node with all its triples from every graph (an act
    # cited by thousands of documents is typed and dated by each of them).
    for s in sorted(shared, key=str):
        batch += dataset.quads_for_pattern(s, None, None, None)
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
