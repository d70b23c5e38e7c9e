"""JSON-LD export: compact JSON-LD with the terms of ontology/context.jsonld, written graph by
graph from sorted N-Triples lines, so memory holds one graph at a time.

The output is one JSON object: the context as we ship it, then "@graph" with one object per
named graph ({"@id": graph, "@graph": [nodes]}), graphs sorted by IRI; inside a graph one node
per subject, in canonical order. A property is written with its term from the context
("establishedBy"), a value as a bare string when the term's type coercion says what it is
("citedEntity": "undocs:A/RES/70/1", "date": "2015-09-25"), else as a value object
({"@value": "Report", "@language": "en"}). IRIs are shortened with the context's prefixes
("mgid:body/A"). Literals are copied byte for byte: Oxigraph's N-Triples escapes are all JSON
escapes too, so nothing is decoded.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from typing import IO

import pyoxigraph as ox

from ..errors import ExportError
from ..vocab.ontology import ontology_file

_RDF_TYPE = b"<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>"
_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
_GEN_DELIMS = ("/", "#", ":", "?", "[", "]", "@")  # a term naming such an IRI is a prefix
_ID = "@id"


@cache
def _context_text() -> str:
    return ontology_file("context.jsonld").read_text(encoding="utf-8")


def load_context() -> dict:
    """The JSON-LD context of our exports (ontology/context.jsonld), read from the package."""
    return json.loads(_context_text())["@context"]


@dataclass(frozen=True)
class _Terms:
    """What the context offers for compaction, keyed by IRI (as bytes, without <>)."""

    prefixes: tuple[tuple[bytes, bytes], ...]  # (namespace, b"name:"), longest namespace first
    properties: dict[bytes, tuple[bytes, str | None]]  # IRI -> (quoted term, "@id"|datatype|None)
    classes: dict[bytes, bytes]  # IRI -> quoted term ("Resolution")
    names: frozenset[str]  # every term: an IRI whose scheme is one cannot be written


@cache
def _terms() -> _Terms:
    context = load_context()

    def expand(value: str) -> str:
        head, _, tail = value.partition(":")
        defined = context.get(head)
        return defined + tail if isinstance(defined, str) and tail else value

    prefixes: list = []
    properties: dict = {}
    classes: dict = {}
    for term, definition in context.items():
        if isinstance(definition, str):
            iri, coercion = expand(definition), None
            if ":" not in term and iri.endswith(_GEN_DELIMS):
                prefixes.append((iri.encode(), term.encode() + b":"))
            classes.setdefault(iri.encode(), _quoted(term))
        elif isinstance(definition, dict) and set(definition) <= {"@id", "@type"}:
            iri = expand(definition["@id"])
            coercion = definition.get("@type")
            coercion = coercion if coercion in (None, _ID) else expand(coercion)
        else:  # a container, a language, a reverse property: not used for compaction
            continue
        properties.setdefault(iri.encode(), (_quoted(term), coercion))
    prefixes.sort(key=lambda pair: -len(pair[0]))
    return _Terms(tuple(prefixes), properties, classes, frozenset(context))


def _quoted(text: str) -> bytes:
    return json.dumps(text, ensure_ascii=False).encode("utf-8")


def _compact(iri: bytes, terms: _Terms) -> bytes:
    """`https://undocs.org/A/RES/70/1` -> `undocs:A/RES/70/1` (unquoted); IRIs hold no character
    JSON must escape (", \\ and controls are not allowed in an IRI)."""
    for ns, prefix in terms.prefixes:
        if iri.startswith(ns):
            local = iri[len(ns) :]
            if local and not local.startswith(b"//"):
                return prefix + local
            break
    scheme = iri.partition(b":")[0].decode("utf-8", "replace")
    if scheme in terms.names:  # "key:x" would read as the term "key" used as a prefix
        raise ExportError(
            f"JSON-LD cannot carry the IRI <{iri.decode('utf-8', 'replace')}> with "
            "our context: export as turtle, nquads or trig instead"
        )
    return iri


def write_jsonld(graphs: Iterable[tuple[ox.NamedNode | None, list[bytes]]], out: IO[bytes]) -> None:
    """Write (graph, sorted N-Triples lines) pairs as one compact JSON-LD document."""
    terms = _terms()
    context = json.dumps(load_context(), ensure_ascii=False, indent=1).replace("\n", "\n ")
    out.write(b'{\n "@context": ' + context.encode("utf-8") + b',\n "@graph": [')
    writer = _NodeWriter(terms)
    first = True
    for g, lines in graphs:
        if g is None:  # the default graph: its nodes stand at the top
            if writer.nodes(lines, out, b"\n  ", first):
                first = False
            continue
        head = b'{"@id": "' + _compact(g.value.encode("utf-8"), terms) + b'", "@graph": ['
        out.write((b"\n  " if first else b",\n  ") + head)
        first = False
        writer.nodes(lines, out, b"\n   ", True)
        out.write(b"\n  ]}" if lines else b"]}")
    out.write(b"\n ]\n}\n")


class _NodeWriter:
    """Turns sorted N-Triples lines into node objects, one per subject, one per output line.
    Its caches (compact IRIs, values per property) last for the whole export."""

    def __init__(self, terms: _Terms):
        self.terms = terms
        self.ids: dict[bytes, bytes] = {}  # "<iri>" -> quoted compact IRI
        # "<p>" -> ('"key": ', coercion, {object as in the line: JSON value})
        self.properties: dict[bytes, tuple[bytes, str | None, dict[bytes, bytes]]] = {}
        self.room = 100_000  # values the per-property caches may still take

    def quoted_id(self, term: bytes) -> bytes:
        hit = self.ids.get(term)
        if hit is None:
            if term[0] == 60:  # "<iri>"
                hit = b'"' + _compact(term[1:-1], self.terms) + b'"'
            elif term.startswith(b"_:"):
                hit = b'"' + term + b'"'
            else:
                raise ExportError(
                    f"JSON-LD cannot carry the term {term[:80]!r}: "
                    "export as turtle, nquads or trig instead"
                )
            if len(self.ids) < 100_000:
                self.ids[term] = hit
        return hit

    def property(self, predicate: bytes) -> tuple[bytes, str | None, dict[bytes, bytes]]:
        hit = self.properties.get(predicate)
        if hit is None:
            key, coercion = self.terms.properties.get(predicate[1:-1]) or (
                self.quoted_id(predicate),
                None,
            )
            hit = self.properties[predicate] = (key + b": ", coercion, {})
        return hit

    def nodes(self, lines: list[bytes], out: IO[bytes], sep: bytes, first: bool) -> bool:
        """Write the node objects of `lines`, each after `sep` (and a comma unless `first`);
        True when any was written. One pass, one split per line; values that repeat (IRIs,
        typed literals) come from a cache per property."""
        parts: list[bytes] = []
        put = parts.append
        comma_sep = b"," + sep
        prev_s = prev_p = None
        members: list[bytes] = []  # '"key": value' of this subject
        types: list[bytes] = []
        values: list[bytes] = []
        cache: dict = {}
        key, coercion, is_type = b"", None, False
        properties = self.properties
        for line in lines:
            s, p, o = line.split(b" ", 2)
            o = o[:-3]  # " .\n"
            if s != prev_s:
                if prev_s is not None:
                    if values:
                        members.append(
                            key
                            + (values[0] if len(values) == 1 else b"[" + b", ".join(values) + b"]")
                        )
                    self._put(put, sep if first else comma_sep, prev_s, types, members)
                    first = False
                prev_s, prev_p, members, types, values = s, None, [], [], []
            if p != prev_p:
                if values:
                    members.append(
                        key + (values[0] if len(values) == 1 else b"[" + b", ".join(values) + b"]")
                    )
                    values = []
                prev_p = p
                key, coercion, cache = properties.get(p) or self.property(p)
                is_type = p == _RDF_TYPE
            if o[-1] == 62:  # ">": an IRI or a typed literal, likely to repeat
                if is_type and o[0] == 60:
                    types.append(self.class_name(o))
                    continue
                value = cache.get(o)
                if value is None:
                    value = self.value(o, coercion)
                    if self.room > 0:
                        self.room -= 1
                        cache[o] = value
                values.append(value)
            elif is_type and o[0] != 34:  # a blank node as a type
                types.append(self.quoted_id(o))
            else:
                values.append(self.value(o, coercion))
        if prev_s is not None:
            if values:
                members.append(
                    key + (values[0] if len(values) == 1 else b"[" + b", ".join(values) + b"]")
                )
            self._put(put, sep if first else comma_sep, prev_s, types, members)
        out.write(b"".join(parts))
        return prev_s is not None

    def _put(self, put, sep: bytes, s: bytes, types: list[bytes], members: list[bytes]) -> None:
        put(sep)
        put(b'{"@id": ')
        put(self.quoted_id(s))
        if types:
            put(b', "@type": ')
            put(types[0] if len(types) == 1 else b"[" + b", ".join(types) + b"]")
        for member in members:
            put(b", ")
            put(member)
        put(b"}")

    def class_name(self, o: bytes) -> bytes:
        term = self.terms.classes.get(o[1:-1])
        return term if term is not None else self.quoted_id(o)

    def value(self, o: bytes, coercion: str | None) -> bytes:
        """The JSON value of the object `o` (an N-Triples term) under a property whose context
        term coerces values to `coercion` ("@id", a datatype IRI or None)."""
        if o[0] != 34:  # an IRI or a blank node
            quoted = self.quoted_id(o)
            return quoted if coercion == _ID else b'{"@id": ' + quoted + b"}"
        end = o.rindex(b'"') + 1
        lexical, tail = o[:end], o[end:]
        if b"\\U" in lexical or b"\\'" in lexical:  # N-Triples escapes JSON does not have
            lexical = _quoted(_decode(lexical))
        if not tail:
            return lexical if coercion is None else b'{"@value": ' + lexical + b"}"
        if tail[0] == 64:  # "@en"
            return b'{"@value": ' + lexical + b', "@language": "' + tail[1:] + b'"}'
        datatype = tail[3:-1]  # ^^<...>
        if coercion is not None and coercion.encode("utf-8") == datatype:
            return lexical
        if datatype == _XSD_STRING.encode():
            return lexical if coercion is None else b'{"@value": ' + lexical + b"}"
        return (
            b'{"@value": '
            + lexical
            + b', "@type": '
            + self.quoted_id(b"<" + datatype + b">")
            + b"}"
        )


def _decode(lexical: bytes) -> str:
    """The string an N-Triples quoted literal stands for (the rare escapes JSON lacks)."""
    triple = next(
        iter(ox.parse(b"<x:s> <x:p> " + lexical + b" .\n", format=ox.RdfFormat.N_TRIPLES))
    )
    return triple.object.value
