"""Query results as text: an aligned table for people, and the W3C SPARQL 1.1 results formats
(CSV, TSV, JSON) for tools."""

from __future__ import annotations

from typing import NamedTuple

import pyoxigraph as ox

from ..console.cells import safe_row
from ..errors import UsageError
from ..vocab.iris import PREFIXES, XSD

FORMATS = ("table", "csv", "tsv", "json")
_XSD_STRING = XSD + "string"
_LANG_STRING = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"
# Longest namespace first, so that "dcterms" and "dct" shorten the same way every time.
_SHORT = sorted(
    ((iri, p) for p, iri in PREFIXES.items() if p != "dcterms"), key=lambda t: -len(t[0])
)


class Term(NamedTuple):
    """One RDF term of a result: kind uri | literal | bnode | triple."""

    kind: str
    value: str
    datatype: str | None = None
    language: str | None = None

    def ntriples(self) -> str:
        """The term as N-Triples/Turtle text (the SPARQL TSV form)."""
        if self.kind == "uri":
            return f"<{self.value}>"
        if self.kind == "bnode":
            return f"_:{self.value}"
        if self.kind == "triple":
            return self.value
        text = '"' + _escape(self.value) + '"'
        if self.language:
            return f"{text}@{self.language}"
        if self.datatype and self.datatype != _XSD_STRING:
            return f"{text}^^<{self.datatype}>"
        return text

    def json(self) -> dict:
        if self.kind == "literal":
            out = {"type": "literal", "value": self.value}
            if self.language:
                out["xml:lang"] = self.language
            elif self.datatype and self.datatype != _XSD_STRING:
                out["datatype"] = self.datatype
            return out
        return {"type": self.kind, "value": self.value}

    def short(self) -> str:
        """For a table: IRIs of known vocabularies as prefixed names, literals as their text."""
        if self.kind == "uri":
            for iri, prefix in _SHORT:
                if self.value.startswith(iri) and len(self.value) > len(iri):
                    return f"{prefix}:{self.value[len(iri) :]}"
            return self.value
        return f"_:{self.value}" if self.kind == "bnode" else self.value


class QueryResult(NamedTuple):
    """Rows of a SELECT (one tuple per solution), the answer of an ASK, or the triples of a
    CONSTRUCT/DESCRIBE (as subject, predicate, object rows). Immutable and compared by content,
    like a frozen dataclass (a named tuple: `query` loads no dataclasses)."""

    kind: str  # select | ask | graph
    variables: tuple[str, ...] = ()
    terms: tuple[tuple[Term | None, ...], ...] = ()
    boolean: bool | None = None
    truncated: bool = False  # the row cap stopped the results: there are more

    @property
    def rows(self) -> list[tuple[str | None, ...]]:
        """The rows as plain values (an IRI's text, a literal's lexical form), None if unbound."""
        return [tuple(t.value if t else None for t in row) for row in self.terms]


def _escape(text: str) -> str:
    return (
        text.replace("\\", "\\\\")
        .replace('"', '\\"')
        .replace("\n", "\\n")
        .replace("\r", "\\r")
        .replace("\t", "\\t")
    )


def term_of(term) -> tuple | None:
    """A pyoxigraph term as a plain tuple (it crosses a process boundary with marshal)."""
    if term is None:
        return None
    if isinstance(term, ox.NamedNode):
        return ("uri", term.value, None, None)
    if isinstance(term, ox.BlankNode):
        return ("bnode", term.value, None, None)
    if isinstance(term, ox.Literal):
        lang = term.language
        return ("literal", term.value, None if lang else term.datatype.value, lang)
    return ("triple", str(term), None, None)


def format_result(result: QueryResult, fmt: str = "table") -> str:
    """`result` as an aligned table, or as W3C SPARQL 1.1 CSV, TSV or JSON results."""
    if fmt not in FORMATS:
        raise UsageError(f"unknown result format {fmt!r}: use {', '.join(FORMATS)}")
    if result.kind == "ask":
        if fmt == "json":
            import json

            return json.dumps({"head": {}, "boolean": bool(result.boolean)})
        return "true" if result.boolean else "false"
    return {"table": _table, "csv": _csv, "tsv": _tsv, "json": _json}[fmt](result)


def _table(result: QueryResult) -> str:
    from ..console.table import format_table

    rows = [tuple(t.short() if t else "" for t in row) for row in result.terms]
    n = len(rows)
    note = f"({n} row{'s' * (n != 1)}"
    note += "; more rows exist: raise --limit)" if result.truncated else ")"
    if not result.variables:
        return note
    return format_table(result.variables, rows, limit=80) + "\n" + note


def _csv(result: QueryResult) -> str:
    # SPARQL 1.1 CSV: plain values, CRLF line ends, blank nodes as _:id.
    import csv
    import io

    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\r\n")
    writer.writerow(safe_row(result.variables))
    for row in result.terms:  # a value that starts like a formula is quoted (console/cells.py)
        writer.writerow(
            safe_row(
                "" if t is None else f"_:{t.value}" if t.kind == "bnode" else t.value for t in row
            )
        )
    return buf.getvalue().rstrip("\r\n")


def _tsv(result: QueryResult) -> str:
    # SPARQL 1.1 TSV: ?-prefixed header, terms in Turtle/N-Triples form, tabs and newlines escaped.
    lines = ["\t".join(f"?{v}" for v in result.variables)]
    lines += ["\t".join(t.ntriples() if t else "" for t in row) for row in result.terms]
    return "\n".join(lines)


def _json(result: QueryResult) -> str:
    import json

    names = result.variables
    bindings = [
        {name: t.json() for name, t in zip(names, row, strict=True) if t is not None}
        for row in result.terms
    ]
    return json.dumps(
        {"head": {"vars": list(names)}, "results": {"bindings": bindings}},
        ensure_ascii=False,
        indent=1,
    )
