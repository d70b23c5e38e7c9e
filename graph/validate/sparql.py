"""The SHACL-SPARQL constraints (sh:sparql) of a shapes graph, evaluated with Oxigraph.

pySHACL evaluates a SPARQL-based constraint once per focus node with rdflib's SPARQL engine: on
the 60 real documents of the test corpus (4,000 citations) that took minutes. Asking each
constraint once, for all the focus nodes of its shape at the same time, gives the same results:
SHACL pre-binds `$this` to each focus node, and for the queries SHACL allows (no MINUS, VALUES or
sub-select that would see `$this` unbound) that equals joining the query with the target nodes.
pySHACL still checks every SHACL Core constraint; graph/validate/shacl.py merges both.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import cast

import pyoxigraph as ox

from ..errors import ValidationFailed

SH = "http://www.w3.org/ns/shacl#"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
RDFS_SUBCLASS = "http://www.w3.org/2000/01/rdf-schema#subClassOf"
# Pre-bound variables other than $this that SHACL defines; we refuse rather than guess.
# ("$PATH", "$shapesGraph", "$currentShape")
_UNSUPPORTED = re.compile(r"\$(?:PATH|shapesGraph|currentShape)\b")
# "$this" in a query ("SELECT $this ?x WHERE { $this mg:key ?x }")
_THIS = re.compile(r"\$this\b")
# The opening brace of the WHERE clause ("WHERE {")
_WHERE = re.compile(r"\bWHERE\s*\{", re.IGNORECASE)
# A variable in a message: "{?subject}", "{$this}"
_MESSAGE_VAR = re.compile(r"\{[?$]([A-Za-z_][A-Za-z0-9_]*)\}")


@dataclass(frozen=True, slots=True)
class SparqlConstraint:
    shape: str  # IRI of the node shape
    severity: str  # "Violation" | "Warning" | "Info"
    message: str
    query: str  # the rewritten SELECT, for all focus nodes at once


@dataclass(frozen=True, slots=True)
class SparqlResult:
    constraint: SparqlConstraint
    focus: ox.NamedNode | ox.BlankNode
    value: ox.NamedNode | ox.BlankNode | ox.Literal | None
    message: str


def split_shapes(shapes):
    """(the shapes graph without its SPARQL constraints, those constraints) — rdflib Graphs in,
    a new rdflib Graph and a list of SparqlConstraint out."""
    import rdflib
    from rdflib import URIRef

    sh = {
        n: URIRef(SH + n)
        for n in (
            "sparql",
            "select",
            "message",
            "prefixes",
            "declare",
            "prefix",
            "namespace",
            "severity",
            "deactivated",
            "targetClass",
            "targetSubjectsOf",
            "targetObjectsOf",
            "targetNode",
            "target",
        )
    }
    core = rdflib.Graph()
    core += shapes
    constraints = []
    for shape, node in sorted(shapes.subject_objects(sh["sparql"])):
        core.remove((shape, sh["sparql"], node))
        core.remove((node, None, None))
        if shapes.value(node, sh["deactivated"]) == rdflib.Literal(True):
            continue
        if shapes.value(shape, sh["target"]) is not None:
            raise ValidationFailed(
                f"shape {shape} uses a SPARQL-based target, which this "
                "validator does not evaluate: use a core target"
            )
        select = str(shapes.value(node, sh["select"]) or "")
        if _UNSUPPORTED.search(select):
            raise ValidationFailed(
                f"the SPARQL constraint of {shape} uses "
                f"{_UNSUPPORTED.search(select)[0]}, which is not supported"
            )
        targets = _targets(shapes, shape, sh)
        if not targets:
            continue  # a shape without targets checks nothing on its own
        prefixes = "".join(
            f"PREFIX {shapes.value(d, sh['prefix'])}: <{shapes.value(d, sh['namespace'])}>\n"
            for holder in shapes.objects(node, sh["prefixes"])
            for d in sorted(shapes.objects(holder, sh["declare"]))
        )
        where = _WHERE.search(select)
        if where is None:
            raise ValidationFailed(f"the SPARQL constraint of {shape} has no WHERE clause")
        query = (
            prefixes
            + _THIS.sub("?this", select[: where.end()])
            + " "
            + targets
            + " "
            + _THIS.sub("?this", select[where.end() :])
        )
        severity = shapes.value(shape, sh["severity"])
        constraints.append(
            SparqlConstraint(
                shape=str(shape),
                severity=str(severity).rsplit("#", 1)[-1] if severity is not None else "Violation",
                message=str(
                    shapes.value(node, sh["message"])
                    or shapes.value(shape, sh["message"])
                    or "does not conform"
                ),
                query=query,
            )
        )
    return core, constraints


def _targets(shapes, shape, sh) -> str:
    """A SPARQL group binding ?this to every focus node of `shape`."""
    parts = []
    for cls in sorted(shapes.objects(shape, sh["targetClass"])):
        parts.append(f"{{ ?this <{RDF_TYPE}>/<{RDFS_SUBCLASS}>* <{cls}> }}")
    for prop in sorted(shapes.objects(shape, sh["targetSubjectsOf"])):
        parts.append(f"{{ ?this <{prop}> ?this_target_object }}")
    for prop in sorted(shapes.objects(shape, sh["targetObjectsOf"])):
        parts.append(f"{{ ?this_target_subject <{prop}> ?this }}")
    for node in sorted(shapes.objects(shape, sh["targetNode"])):
        parts.append(f"{{ BIND({node.n3()} AS ?this) }}")
    if not parts:
        return ""
    # DISTINCT: a node that is the subject of two triples of a target property is one focus node
    return f"{{ SELECT DISTINCT ?this WHERE {{ {' UNION '.join(parts)} }} }}"


def evaluate(
    dataset: ox.Store, constraints: list[SparqlConstraint], show: Callable[[object], str] = str
) -> list[SparqlResult]:
    """Run every constraint over `dataset` (its default graph: the data with the ontology).

    `show` writes a term into a message ("{?subject}" -> "<https://undocs.org/A/78/312>").
    """
    results = []
    for c in constraints:
        try:
            solutions = cast(ox.QuerySolutions, dataset.query(c.query))  # a SELECT
        except SyntaxError as exc:
            raise ValidationFailed(
                f"the SPARQL constraint of {c.shape} does not parse: {exc}"
            ) from exc
        for row in solutions:
            bound = {v.value: row[v] for v in solutions.variables if row[v] is not None}
            focus = bound.get("this")
            if focus is None:
                continue
            message = _MESSAGE_VAR.sub(
                lambda m, b=bound: show(b[m[1]]) if m[1] in b else m[0],  # type: ignore[misc]
                c.message,
            )
            results.append(SparqlResult(c, focus, bound.get("value"), message))
    return results
