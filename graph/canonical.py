"""The store's content in one canonical order, for export and validate.

Sorting the canonical N-Triples form of every triple gives the same order whatever the store
(an embedded store lists quads by hash, an in-memory one by insertion) and whatever order the
documents were loaded in. Nothing here writes anything.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

import pyoxigraph as ox

from .errors import StoreError

XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"


def local_dataset(store) -> ox.Store:
    """A pyoxigraph store holding the whole dataset: the store itself when it is one, else a copy
    in memory of what a remote store streams (its quads() reads every named graph)."""
    inner = getattr(store, "inner", None)
    if isinstance(inner, ox.Store):
        return inner
    copy = ox.Store()
    try:
        copy.extend(store.quads())
    except OSError as exc:
        raise StoreError(f"cannot read the store at {store.location}: {exc}") from exc
    return copy


def _dump(dataset: ox.Store, graph, *, sort: bool = True) -> list[bytes]:
    """One graph as canonical N-Triples lines ("<s> <p> <o> ."), sorted."""
    try:
        data = dataset.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=graph)
    except OSError as exc:
        raise StoreError(f"cannot read the store: {exc}") from exc
    if not data:
        return []
    lines = data.splitlines()
    return sorted(lines) if sort else lines


def graph_names(dataset: ox.Store) -> list[ox.NamedNode]:
    return sorted((g for g in dataset.named_graphs() if isinstance(g, ox.NamedNode)),
                  key=lambda g: g.value)


def graph_lines(dataset: ox.Store) -> Iterator[tuple[ox.NamedNode | None, list[bytes]]]:
    """(graph, sorted N-Triples lines) for the default graph (None; only when not empty) and
    every named graph, sorted by IRI: one graph in memory at a time."""
    default = _dump(dataset, ox.DefaultGraph())
    if default:
        yield None, default
    for g in graph_names(dataset):
        yield g, _dump(dataset, g)


def union_lines(dataset: ox.Store) -> list[bytes]:
    """Every distinct triple of all graphs as canonical N-Triples lines, sorted."""
    lines: set[bytes] = set(_dump(dataset, ox.DefaultGraph(), sort=False))
    for g in graph_names(dataset):
        lines.update(_dump(dataset, g, sort=False))
    return sorted(lines)


def parse_lines(lines: list[bytes]) -> Iterable[ox.Triple]:
    """pyoxigraph triples of N-Triples lines (in the same order)."""
    if not lines:
        return []
    return ox.parse(b"\n".join(lines) + b"\n", format=ox.RdfFormat.N_TRIPLES)


def to_rdflib(term):
    """The rdflib term for a pyoxigraph term.

    rdflib's own N-Triples parser slows to minutes on a literal of a few megabytes; pyoxigraph
    parses, this only wraps. A plain string stays a plain literal (xsd:string would be spelled
    out in JSON-LD otherwise).
    """
    from rdflib import BNode, Literal, URIRef

    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return Literal(term.value, lang=term.language)
        if term.datatype.value == XSD_STRING:
            return Literal(term.value)
        return Literal(term.value, datatype=URIRef(term.datatype.value))
    raise ValueError(f"cannot convert {term!r} to rdflib")


def fill_rdflib(graph, lines: list[bytes]) -> None:
    """Add the triples of N-Triples `lines` to an rdflib Graph."""
    graph.addN((to_rdflib(t.subject), to_rdflib(t.predicate), to_rdflib(t.object), graph)
               for t in parse_lines(lines))
