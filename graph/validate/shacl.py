"""Validate stage: check the store against the SHACL shapes in ontology/shapes.ttl (pySHACL).

The data is the union of all named graphs; the ontology (mandate.ttl) is mixed in, so class and
property hierarchies come from there (a resolution is a document; establishedBy is a mandate).
The store is read once, node by node, each node with all its triples (graph/validate/batches.py);
a screen passes the nodes that certainly meet the SHACL Core shapes (graph/validate/screen.py),
and pySHACL checks the others, in bounded batches, and writes every result, so memory follows one
node and a batch, not the store. The SPARQL-based constraints, which join nodes of different
documents, run in Oxigraph over all graphs, once each for all their focus nodes
(graph/validate/sparql.py).
Warnings (sh:Warning, e.g. two documents stating different dates for one act) are reported but
do not make the store fail.
"""

from __future__ import annotations

import tempfile
from collections import defaultdict
from dataclasses import dataclass
from functools import cache
from itertools import chain
from typing import TYPE_CHECKING, cast

import pyoxigraph as ox

from ..errors import ValidationFailed
from ..store.canonical import fill_rdflib, open_dataset, to_rdflib
from ..vocab.iris import EXPORT_PREFIXES
from ..vocab.mg import MG_NS
from ..vocab.ontology import ontology_file
from .batches import Tally, class_paths, pieces
from .screen import Screen
from .sparql import evaluate, split_shapes

if TYPE_CHECKING:
    from ..store.protocol import GraphStore

SH = "http://www.w3.org/ns/shacl#"
_SHOWN = 10  # focus nodes listed per problem; the rest are counted


_COPY_BYTES = 16 << 20  # N-Triples per bulk load of the SPARQL constraints' copy


@dataclass(frozen=True, slots=True)
class ValidationResult:
    """One failed constraint on one node."""

    severity: str  # "Violation" | "Warning" | "Info"
    focus: str  # IRI of the node that fails
    path: str | None  # the property checked, shortened ("mg:startOffset")
    value: str | None  # the offending value, as N-Triples
    message: str
    shape: str  # the shape that failed, shortened ("mgsh:CitationShape")
    key: str | None = None  # the focus node's canonical key, when it has one


@dataclass(frozen=True, slots=True)
class ValidationReport:
    """The outcome of `validate_store`: `conforms`, a readable `text`, and every result."""

    conforms: bool
    text: str
    results: tuple[ValidationResult, ...]
    triples: int

    @property
    def violations(self) -> int:
        return sum(r.severity == "Violation" for r in self.results)

    @property
    def warnings(self) -> int:
        return sum(r.severity == "Warning" for r in self.results)


def validate_store(store: GraphStore) -> ValidationReport:
    """Check every graph in `store` against ontology/shapes.ttl, one document at a time."""
    shapes = load_rdflib("shapes.ttl")
    core_shapes, constraints = split_shapes(shapes)
    ontology = load_rdflib("mandate.ttl")
    results: list[ValidationResult] = []
    with open_dataset(store) as dataset:  # a large remote store goes to a temporary folder
        screen = Screen(core_shapes, _ontology_store(), dataset)
        tally = Tally()
        for piece in pieces(dataset, screen.passes, class_paths(shapes), tally):
            results += [
                r
                for r, focus in _core_results(piece.data, core_shapes, shapes, ontology)
                if focus in piece.owned
            ]
        results += _store_sparql_results(dataset, constraints, rdflib_names())
        return _report(results, tally.triples)


def _ontology_store() -> ox.Store:
    """mandate.ttl in an in-memory pyoxigraph store (the screen looks terms up there)."""
    out = ox.Store()
    out.load(_ontology_text("mandate.ttl").encode("utf-8"), format=ox.RdfFormat.TURTLE)
    return out


def rdflib_names():
    """The namespace manager values are written with (the one pySHACL leaves on its data)."""
    import rdflib

    return rdflib.Graph().namespace_manager


def _core_results(data, core_shapes, shapes, ontology) -> list[tuple[ValidationResult, object]]:
    """pySHACL's results on `data` (changed in place: the ontology is mixed in), each with its
    focus node."""
    import pyshacl

    _, results_graph, _ = pyshacl.validate(
        data,
        shacl_graph=core_shapes,
        ont_graph=ontology,
        inference="none",
        allow_warnings=True,
        inplace=True,
        advanced=False,
    )
    if not hasattr(results_graph, "subjects"):  # pySHACL could not use the shapes at all
        raise ValidationFailed(
            f"the shapes in {ontology_file('shapes.ttl')} cannot be used: "
            f"{results_graph}; reinstall mandate-graph"
        )
    return _focused_results(results_graph, shapes, data)


def _store_sparql_results(dataset: ox.Store, constraints, names) -> list[ValidationResult]:
    """The SPARQL constraints over all graphs of `dataset` with the ontology: Oxigraph on a
    temporary on-disk copy holding their distinct triples (the store itself is never written),
    so memory stays bounded."""
    if not constraints:
        return []
    # ignore_cleanup_errors: the store's background compaction may still be writing files there
    with tempfile.TemporaryDirectory(
        prefix=".mandate-graph-validate.", ignore_cleanup_errors=True
    ) as folder:
        copy = ox.Store(folder)
        # Each graph written out as N-Triples by Oxigraph and bulk-loaded as one default graph
        # (a set: a triple several documents state is there once), a chunk at a time: no term
        # passes through Python, and one bulk load of a whole large store would buffer it all.
        chunk: list[bytes] = []
        size = 0
        for graph in chain([ox.DefaultGraph()], dataset.named_graphs()):
            text = cast(bytes, dataset.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=graph))
            chunk.append(text)
            size += len(text)
            if size >= _COPY_BYTES:
                copy.bulk_load(b"".join(chunk), format=ox.RdfFormat.N_TRIPLES)
                chunk, size = [], 0
        if chunk:
            copy.bulk_load(b"".join(chunk), format=ox.RdfFormat.N_TRIPLES)
        copy.bulk_load(_ontology_text("mandate.ttl").encode("utf-8"), format=ox.RdfFormat.TURTLE)
        found = evaluate(copy, constraints, _show)
        out = []
        for r in found:
            focus = to_rdflib(r.focus)
            value = None if r.value is None or r.value == r.focus else to_rdflib(r.value).n3(names)
            keys = [
                cast(ox.Literal, q.object).value
                for q in dataset.quads_for_pattern(r.focus, ox.NamedNode(MG_NS + "key"), None, None)
            ]
            out.append(
                ValidationResult(
                    severity=r.constraint.severity,
                    focus=str(focus),
                    path=None,
                    value=value,
                    message=r.message,
                    shape=short_name(r.constraint.shape),
                    key=min(keys) if keys else None,
                )
            )
        del copy, found
    return out


def _show(term) -> str:
    return short_name(term.value) if isinstance(term, ox.NamedNode) else str(term)


def _report(results: list[ValidationResult], triples: int) -> ValidationReport:
    ordered = tuple(
        sorted(
            results,
            key=lambda r: (
                r.severity != "Violation",
                r.message,
                r.focus,
                r.path or "",
                r.value or "",
                r.shape,
            ),
        )
    )
    conforms = not any(r.severity == "Violation" for r in ordered)
    return ValidationReport(conforms, _text(conforms, ordered, triples), ordered, triples)


def validate_lines(lines: list[bytes]) -> ValidationReport:
    """Check a graph given as N-Triples lines, all in memory at once: SHACL Core by pySHACL,
    SHACL-SPARQL constraints by Oxigraph (graph/validate/sparql.py says why), both with
    mandate.ttl mixed into the data."""
    import rdflib

    shapes = load_rdflib("shapes.ttl")
    core_shapes, constraints = split_shapes(shapes)
    data = rdflib.Graph()
    fill_rdflib(data, lines)
    triples = len(data)
    core = _core_results(data, core_shapes, shapes, load_rdflib("mandate.ttl"))
    found = [r for r, _ in core]
    return _report(found + list(_sparql_results(lines, constraints, data)), triples)


def _sparql_results(lines: list[bytes], constraints, data) -> tuple[ValidationResult, ...]:
    dataset = ox.Store()
    if lines:
        dataset.load(b"\n".join(lines) + b"\n", format=ox.RdfFormat.N_TRIPLES)
    dataset.load(_ontology_text("mandate.ttl").encode("utf-8"), format=ox.RdfFormat.TURTLE)
    out = []

    def show(term) -> str:
        return short_name(term.value) if isinstance(term, ox.NamedNode) else str(term)

    for r in evaluate(dataset, constraints, show):
        focus = to_rdflib(r.focus)
        value = (
            None
            if r.value is None or r.value == r.focus
            else to_rdflib(r.value).n3(data.namespace_manager)
        )
        out.append(
            ValidationResult(
                severity=r.constraint.severity,
                focus=str(focus),
                path=None,
                value=value,
                message=r.message,
                shape=short_name(r.constraint.shape),
                key=_key(data, focus),
            )
        )
    return tuple(out)


@cache
def _ontology_text(name: str) -> str:
    path = ontology_file(name)
    if not path.exists():
        raise ValidationFailed(f"{path} is missing: reinstall mandate-graph")
    return path.read_text(encoding="utf-8")


def load_rdflib(name: str):
    """Ontology file `name` (shapes.ttl, mandate.ttl) as an rdflib graph."""
    import rdflib

    return rdflib.Graph().parse(data=_ontology_text(name), format="turtle")


def _focused_results(results_graph, shapes, data) -> list[tuple[ValidationResult, object]]:
    """The top-level results (nested sh:detail results explain them and are left out), each
    with its focus node as an rdflib term."""
    from rdflib import URIRef
    from rdflib.namespace import RDF

    sh = {
        name: URIRef(SH + name)
        for name in (
            "ValidationResult",
            "focusNode",
            "resultPath",
            "value",
            "resultMessage",
            "resultSeverity",
            "sourceShape",
            "detail",
            "property",
        )
    }
    details = set(results_graph.objects(None, sh["detail"]))
    out = []
    for node in results_graph.subjects(RDF.type, sh["ValidationResult"]):
        if node in details:
            continue

        def one(name: str, node=node):
            return results_graph.value(node, sh[name])

        severity, path, value, shape = (
            one("resultSeverity"),
            one("resultPath"),
            one("value"),
            one("sourceShape"),
        )
        focus = one("focusNode")
        if not isinstance(shape, URIRef):  # a property shape: name the node shape holding it
            shape = shapes.value(None, sh["property"], shape) or shape
        out.append(
            (
                ValidationResult(
                    severity=str(severity).rsplit("#", 1)[-1] if severity else "Violation",
                    focus=str(focus),
                    path=short_name(str(path)) if isinstance(path, URIRef) else None,
                    value=None
                    if value is None or value == focus
                    else value.n3(data.namespace_manager),
                    message=str(one("resultMessage") or "does not conform"),
                    shape=short_name(str(shape))
                    if isinstance(shape, URIRef)
                    else "(anonymous shape)",
                    key=_key(data, focus),
                ),
                focus,
            )
        )
    return out


def _key(data, node) -> str | None:
    from rdflib import URIRef

    keys = (
        [str(k) for k in data.objects(node, URIRef(MG_NS + "key"))]
        if isinstance(node, URIRef)
        else []
    )
    return min(keys) if keys else None  # two keys (a violation): the same one every run


_SHORT = {**EXPORT_PREFIXES, "mgsh": "https://w3id.org/mandate-graph/shapes#"}


def short_name(iri: str) -> str:
    """`iri` as prefix:name when a known namespace holds it, else whole."""
    for prefix, ns in sorted(_SHORT.items(), key=lambda kv: -len(kv[1])):
        if iri.startswith(ns) and "/" not in iri[len(ns) :]:
            return f"{prefix}:{iri[len(ns) :]}"
    return f"<{iri}>"


def _text(conforms: bool, results: tuple[ValidationResult, ...], triples: int) -> str:
    """A report a person reads: one block per problem, the nodes that have it underneath."""
    counts: defaultdict[str, int] = defaultdict(int)
    for r in results:
        counts[r.severity] += 1
    tally = ", ".join(
        f"{n} {sev.lower()}{'s' if n != 1 else ''}"
        for sev, n in sorted(counts.items(), key=lambda kv: kv[0] != "Violation")
    )
    head = (
        f"Conforms: {triples} triples checked against the shapes in ontology/shapes.ttl"
        if conforms
        else f"Does not conform: {tally} in {triples} triples (ontology/shapes.ttl)"
    )
    if conforms and results:
        head += f" ({tally})"
    lines = [head]
    groups: dict[tuple[str, str, str | None], list[ValidationResult]] = defaultdict(list)
    for r in results:
        groups[(r.severity, r.message, r.path)].append(r)
    for (severity, message, path), group in groups.items():
        where = f" [{path}]" if path else ""
        lines.append(f"\n{severity}: {message}{where} — {len(group)} node(s), {group[0].shape}")
        for r in group[:_SHOWN]:
            key = f" ({r.key})" if r.key else ""
            value = f"  value {r.value}" if r.value is not None else ""
            lines.append(f"  - {short_name(r.focus)}{key}{value}")
        if len(group) > _SHOWN:
            lines.append(f"  … and {len(group) - _SHOWN} more")
    if not conforms:
        lines.append(
            "\nFix the extraction or the data that produced these nodes, rebuild, "
            "and run 'mandate-graph validate' again."
        )
    return "\n".join(lines)
