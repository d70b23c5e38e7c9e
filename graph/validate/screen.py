"""Screen the store node by node: which nodes certainly pass the SHACL Core shapes.

pySHACL is exact but slow (each value checked against `sh:node mgsh:KeyedNodeShape` is a fresh
shape evaluation); on a store that conforms nearly every node passes. This reads the core
shapes into plain checks and runs them on each node with all its triples (from every named
graph, with the ontology mixed in, as pySHACL sees them), looking up what the values point at
(their keys, their types) in the store. A check only ever says "certainly passes": anything it
does not know for sure (a constraint it does not read, an unusual literal, a value it cannot
compare) flags the node, and graph/validate/shacl.py hands the flagged nodes to pySHACL, which
writes every result. So the report is pySHACL's, and pySHACL only sees the nodes that fail.

Nodes are visited graph by graph (the store's own order), each once: a node stated in several
graphs belongs to the graph of its first quad in subject order. Memory holds one node's
triples and bounded caches, whatever the store's size.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from itertools import islice
from typing import cast

import pyoxigraph as ox

from ..errors import ValidationFailed

SH = "http://www.w3.org/ns/shacl#"
RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
RDFS = "http://www.w3.org/2000/01/rdf-schema#"
XSD = "http://www.w3.org/2001/XMLSchema#"
RDF_TYPE = ox.NamedNode(RDF + "type")
SUBCLASS = ox.NamedNode(RDFS + "subClassOf")
# A node's values are read in Python up to _COPIES quads (one per graph stating them), past
# that by one query that drops the copies in Oxigraph (an act cited by thousands of documents).
_COPIES = 64
_S, _P = ox.Variable("s"), ox.Variable("p")
_DISTINCT = "SELECT DISTINCT ?s ?p ?o WHERE { { ?s ?p ?o } UNION { GRAPH ?g { ?s ?p ?o } } }"
_CACHE = 65_536  # nodes whose checks are remembered (bounded: the store may be any size)
# Lexical forms that rdflib reads as the value pySHACL expects; anything else is flagged.
_INTEGER = re.compile(r"-?[0-9]+")
_DECIMAL = re.compile(r"-?[0-9]+(\.[0-9]+)?")
_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
# Parameters that do not constrain (or are read with the parameter they go with).
_PASSIVE = {
    RDF + "type",
    RDFS + "label",
    RDFS + "comment",
    *(
        SH + n
        for n in (
            "message",
            "severity",
            "name",
            "description",
            "order",
            "group",
            "path",
            "property",
            "targetClass",
            "targetSubjectsOf",
            "qualifiedMinCount",
            "deactivated",
        )
    ),
}

Values = frozenset  # of pyoxigraph terms
Getter = Callable[[ox.NamedNode], Values]  # the values of a predicate on one node
Check = Callable[[object, Getter, "Screen"], bool]  # (node, its getter, screen) -> passes


@dataclass(frozen=True, slots=True, eq=False)  # eq=False: hashed by identity (cache keys)
class Shape:
    """A node shape read for screening: its targets and its checks."""

    iri: str
    classes: frozenset[str]
    subjects_of: frozenset[ox.NamedNode]
    checks: tuple[Check, ...]


class Screen:
    """The shapes and ontology, with the store the values are looked up in."""

    def __init__(self, shapes, ontology: ox.Store, store: ox.Store):
        self.store = store
        # The ontology's few triples by subject: looked up for every node, faster than a query
        self.ontology: dict[object, dict[ox.NamedNode, frozenset]] = {}
        for q in ontology:
            held = self.ontology.setdefault(q.subject, {})
            held[q.predicate] = held.get(q.predicate, frozenset()) | {q.object}
        self._shapes_graph = shapes
        self.supers = _closure(ontology, store, SUBCLASS)
        self._read: dict[object, Shape] = {}
        self.targeted = [self.shape(s) for s in _targeted(shapes)]
        self.conforms = lru_cache(maxsize=_CACHE)(self._conforms)
        self.types = lru_cache(maxsize=_CACHE)(self._types)

    def shape(self, node) -> Shape:
        """The shape at `node` (an rdflib term of the shapes graph), read once."""
        if node not in self._read:
            self._read[node] = _read_shape(self._shapes_graph, node, self)
        return self._read[node]

    def objects(self, node, predicate: ox.NamedNode) -> Values:
        """The distinct values of `predicate` on `node` in the store and the ontology."""
        if isinstance(node, ox.Literal):
            return frozenset()
        found = set()
        quads = self.store.quads_for_pattern(node, predicate, None, None)
        for q in islice(quads, _COPIES):
            found.add(q.object)
        if next(quads, None) is not None:  # stated by many graphs: Oxigraph drops the copies
            rows = self.store.query(_DISTINCT, substitutions={_S: node, _P: predicate})
            found = {row["o"] for row in cast(ox.QuerySolutions, rows)}
        return frozenset(found) | self.ontology.get(node, {}).get(predicate, frozenset())

    def getter(self, node) -> Getter:
        return lambda p: self.objects(node, p)

    def _conforms(self, shape: Shape, node) -> bool:
        get = self.getter(node)
        return all(check(node, get, self) for check in shape.checks)

    def _types(self, node) -> frozenset[str]:
        """Every class `node` is an instance of (its types and their super-classes)."""
        return frozenset(
            c for t in self.objects(node, RDF_TYPE) for c in self.supers.get(_name(t), (_name(t),))
        )

    def passes(self, node, triples: dict[ox.NamedNode, set]) -> bool:
        """Whether `node`, with all its `triples` (predicate -> values), certainly passes every
        shape that targets it."""
        own = {p: frozenset(v) for p, v in triples.items()}
        for p, objects in self.ontology.get(node, {}).items():
            own[p] = own.get(p, frozenset()) | objects
        empty: Values = frozenset()

        def get(p: ox.NamedNode) -> Values:
            return own.get(p, empty)

        types = {c for t in get(RDF_TYPE) for c in self.supers.get(_name(t), (_name(t),))}
        for shape in self.targeted:
            if not (shape.classes & types or any(p in own for p in shape.subjects_of)):
                continue
            if not all(check(node, get, self) for check in shape.checks):
                return False
        return True


def _targeted(shapes) -> list:
    from rdflib import URIRef

    targets = {URIRef(SH + "targetClass"), URIRef(SH + "targetSubjectsOf")}
    other = [URIRef(SH + n) for n in ("targetNode", "targetObjectsOf", "target")]
    if any((None, p, None) in shapes for p in other):
        raise ValidationFailed(
            "a shape in ontology/shapes.ttl uses a target other than sh:targetClass or "
            "sh:targetSubjectsOf, which this validator does not evaluate"
        )
    return sorted({s for p in targets for s in shapes.subjects(p, None)})


def _closure(ontology: ox.Store, store: ox.Store, relation: ox.NamedNode) -> dict[str, tuple]:
    """Each class (or property) -> itself and everything above it by `relation`."""
    up: dict[str, set[str]] = {}
    for source in (
        ontology.quads_for_pattern(None, relation, None),
        store.quads_for_pattern(None, relation, None, None),
    ):
        for q in source:
            up.setdefault(_name(q.subject), set()).add(_name(q.object))
    out = {}
    for start in up:
        seen, todo = {start}, [start]
        while todo:
            for nxt in up.get(todo.pop(), ()):
                if nxt not in seen:
                    seen.add(nxt)
                    todo.append(nxt)
        out[start] = tuple(seen)
    return out


def _name(term) -> str:
    """An IRI's text; any other term as N-Triples ("_:b0"), which no IRI equals."""
    return term.value if isinstance(term, ox.NamedNode) else str(term)


def _read_shape(g, node, screen: Screen) -> Shape:
    """The checks of the node shape at `node`: its own constraints on the node itself, and one
    per property shape on the values of its path."""
    from rdflib import Literal, URIRef

    deactivated = g.value(node, URIRef(SH + "deactivated"))
    if deactivated == Literal(True):
        return Shape(str(node), frozenset(), frozenset(), ())
    checks = list(_node_checks(g, node, screen))
    for prop in g.objects(node, URIRef(SH + "property")):
        if g.value(prop, URIRef(SH + "deactivated")) == Literal(True):
            continue
        path = _path(g, g.value(prop, URIRef(SH + "path")))
        checks += [_on_path(path, c) for c in _value_checks(g, prop, screen)]
    return Shape(
        str(node),
        frozenset(str(c) for c in g.objects(node, URIRef(SH + "targetClass"))),
        frozenset(ox.NamedNode(str(p)) for p in g.objects(node, URIRef(SH + "targetSubjectsOf"))),
        tuple(checks),
    )


def _node_checks(g, node, screen: Screen) -> Iterator[Check]:
    """The node shape's own constraints, each applied to the node as its only value."""
    for c in _value_checks(g, node, screen, own=True):
        yield _on_itself(c)


def _on_itself(c: ValueCheck) -> Check:
    def check(node, get: Getter, screen: Screen) -> bool:
        return c(frozenset([node]), node, get, screen)

    return check


ValueCheck = Callable[[Values, object, Getter, Screen], bool]  # (values, node, getter, screen)


def _on_path(path, c: ValueCheck) -> Check:
    def check(node, get: Getter, screen: Screen) -> bool:
        return c(path(node, get, screen), node, get, screen)

    return check


def _path(g, path):
    """A function (node, getter, screen) -> the values of `path` (a predicate, or zero/one or
    more of one)."""
    from rdflib import BNode, URIRef

    if isinstance(path, URIRef):
        p = ox.NamedNode(str(path))
        return lambda node, get, screen: get(p)
    if isinstance(path, BNode):
        for kind, include in (("zeroOrMorePath", True), ("oneOrMorePath", False)):
            inner = g.value(path, URIRef(SH + kind))
            if isinstance(inner, URIRef) and len(list(g.predicate_objects(path))) == 1:
                return _repeated(ox.NamedNode(str(inner)), include)
    return lambda node, get, screen: None  # unknown path: never certain


def _repeated(p: ox.NamedNode, include_start: bool):
    def values(node, get: Getter, screen: Screen) -> Values:
        seen: set = set()
        todo = list(get(p))
        while todo:
            n = todo.pop()
            if n not in seen:
                seen.add(n)
                todo += screen.objects(n, p)
        return frozenset(seen | ({node} if include_start else set()))

    return values


def _value_checks(g, node, screen: Screen, own: bool = False) -> Iterator[ValueCheck]:
    """One check per constraint parameter of the shape at `node`."""
    from rdflib import URIRef

    for p, o in sorted(set(g.predicate_objects(node))):
        name = str(p)
        if name in _PASSIVE or (own and name == SH + "property"):
            continue
        if name == SH + "sparql":
            continue  # run by graph/validate/sparql.py
        if name == SH + "qualifiedValueShape":
            least = g.value(node, URIRef(SH + "qualifiedMinCount"))
            extra = {URIRef(SH + "qualifiedMaxCount"), URIRef(SH + "qualifiedValueShapesDisjoint")}
            if least is None or any((node, x, None) in g for x in extra):
                yield _never
            else:
                yield _qualified(screen.shape(o), int(least))
            continue
        yield _constraint(g, name, o, screen)


def _never(*_) -> bool:
    return False


def _constraint(g, name: str, o, screen: Screen) -> ValueCheck:
    """The check for one parameter `name` with value `o` (rdflib); _never if not read."""
    from rdflib import Literal
    from rdflib.collection import Collection

    local = name.removeprefix(SH)
    value = o.toPython() if isinstance(o, Literal) else None
    if local == "nodeKind":
        kind = str(o).removeprefix(SH)
        return lambda vs, *_: vs is not None and all(kind in _kind(v).split() for v in vs)
    if local in ("minCount", "maxCount") and isinstance(value, int):
        if local == "minCount":
            return lambda vs, *_: vs is not None and len(vs) >= value
        return lambda vs, *_: vs is not None and len(vs) <= value
    if local == "datatype":
        dt = str(o)
        return lambda vs, *_: vs is not None and all(_datatype_ok(v, dt) for v in vs)
    if local == "minLength" and isinstance(value, int):
        return lambda vs, *_: (
            vs is not None and all(_stringish(v) and len(v.value) >= value for v in vs)
        )
    if local == "pattern":
        return _pattern(str(o), g, o)
    if local == "class":
        cls = str(o)
        return lambda vs, n, get, s: (
            vs is not None and all(not isinstance(v, ox.Literal) and cls in s.types(v) for v in vs)
        )
    if local == "uniqueLang":
        if value is not True:
            return lambda *_: value is False
        return lambda vs, *_: vs is not None and _unique_langs(vs)
    if local in ("minInclusive", "maxInclusive") and isinstance(value, int | Decimal):
        bound = Decimal(value)
        if local == "minInclusive":
            return lambda vs, *_: (
                vs is not None and all((x := _number(v)) is not None and x >= bound for v in vs)
            )
        return lambda vs, *_: (
            vs is not None and all((x := _number(v)) is not None and x <= bound for v in vs)
        )
    if local in ("lessThan", "lessThanOrEquals"):
        other = ox.NamedNode(str(o))
        strict = local == "lessThan"
        return lambda vs, n, get, s: (
            vs is not None and all(_ordered(v, w, strict) for v in vs for w in get(other))
        )
    if local == "node":
        inner = screen.shape(o)
        return lambda vs, n, get, s: vs is not None and all(s.conforms(inner, v) for v in vs)
    if local == "or":
        options = [screen.shape(x) for x in Collection(g, o)]
        return lambda vs, n, get, s: (
            vs is not None and all(any(s.conforms(opt, v) for opt in options) for v in vs)
        )
    if local == "in":
        allowed = frozenset(_ox(x) for x in Collection(g, o))
        return lambda vs, *_: vs is not None and vs <= allowed
    if local == "hasValue":
        wanted = _ox(o)
        return lambda vs, *_: vs is not None and wanted in vs
    return _never


def _qualified(inner: Shape, least: int) -> ValueCheck:
    def check(vs, node, get, screen: Screen) -> bool:
        return vs is not None and sum(screen.conforms(inner, v) for v in vs) >= least

    return check


def _pattern(pattern: str, g, o) -> ValueCheck:
    from rdflib import URIRef

    holders = list(g.subjects(URIRef(SH + "pattern"), o))
    if any((h, URIRef(SH + "flags"), None) in g for h in holders):
        return _never
    compiled = re.compile(pattern)
    return lambda vs, *_: (
        vs is not None and all(_stringish(v) and compiled.search(v.value) is not None for v in vs)
    )


def _ox(term):
    """The pyoxigraph term for an rdflib term of the shapes graph."""
    from rdflib import BNode, Literal, URIRef

    if isinstance(term, URIRef):
        return ox.NamedNode(str(term))
    if isinstance(term, BNode):
        return ox.BlankNode(str(term))
    assert isinstance(term, Literal)
    if term.language:
        return ox.Literal(str(term), language=term.language)
    return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype or XSD + "string")))


def _kind(v) -> str:
    """The SHACL node kinds `v` matches, separated by spaces."""
    if isinstance(v, ox.NamedNode):
        return "IRI IRIOrLiteral BlankNodeOrIRI"
    if isinstance(v, ox.BlankNode):
        return "BlankNode BlankNodeOrIRI BlankNodeOrLiteral"
    return "Literal BlankNodeOrLiteral IRIOrLiteral"


def _stringish(v) -> bool:
    """An IRI or a string literal: pySHACL reads its text as it is written."""
    if isinstance(v, ox.NamedNode):
        return True
    return isinstance(v, ox.Literal) and (
        v.language is not None or v.datatype.value == XSD + "string"
    )


def _datatype_ok(v, dt: str) -> bool:
    """Whether literal `v` certainly has datatype `dt` and a value rdflib reads."""
    if not isinstance(v, ox.Literal):
        return False
    if dt == RDF + "langString":
        return v.language is not None
    if v.language is not None or v.datatype.value != dt:
        return False
    text = v.value
    if dt == XSD + "string":
        return True
    if dt == XSD + "integer":
        return _INTEGER.fullmatch(text) is not None
    if dt == XSD + "decimal":
        return _DECIMAL.fullmatch(text) is not None
    if dt == XSD + "boolean":
        return text in ("true", "false")
    if dt == XSD + "date":
        return _date(text) is not None
    return False


def _date(text: str) -> datetime.date | None:
    if _DATE.fullmatch(text) is None:
        return None
    try:
        return datetime.date.fromisoformat(text)
    except ValueError:
        return None


def _number(v) -> Decimal | None:
    """The value of an xsd:integer or xsd:decimal literal written plainly, else None."""
    if not isinstance(v, ox.Literal) or v.language is not None:
        return None
    dt = v.datatype.value
    if (dt == XSD + "integer" and _INTEGER.fullmatch(v.value)) or (
        dt == XSD + "decimal" and _DECIMAL.fullmatch(v.value)
    ):
        try:
            return Decimal(v.value)
        except InvalidOperation:
            return None
    return None


def _ordered(v, w, strict: bool) -> bool:
    """Whether v < w (or v <= w) certainly: two plain numbers, or two xsd:dates."""
    a, b = _number(v), _number(w)
    if a is None or b is None:
        if not (
            isinstance(v, ox.Literal)
            and isinstance(w, ox.Literal)
            and v.datatype.value == w.datatype.value == XSD + "date"
        ):
            return False
        a, b = _date(v.value), _date(w.value)  # type: ignore[assignment]
        if a is None or b is None:
            return False
    return a < b if strict else a <= b


def _unique_langs(vs: Values) -> bool:
    langs = [v.language for v in vs if isinstance(v, ox.Literal) and v.language]
    return len(langs) == len(set(langs))
