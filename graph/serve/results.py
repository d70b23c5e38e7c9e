"""How the endpoint answers a query in the media type asked for: SPARQL results JSON, XML, CSV or
TSV for SELECT and ASK, N-Triples for CONSTRUCT and DESCRIBE; 406 when the Accept header names
only types the query cannot be given in (a SELECT asked for as Turtle)."""

from __future__ import annotations

import re
from xml.sax.saxutils import escape, quoteattr

from ..query.run import QueryResult, format_result

_RESULTS = {  # media type -> format_result name, for SELECT and ASK
    "application/sparql-results+json": "json",
    "application/json": "json",
    "application/sparql-results+xml": "xml",
    "application/xml": "xml",
    "text/csv": "csv",
    "text/tab-separated-values": "tsv",
}
_GRAPH = ("application/n-triples", "text/turtle", "text/plain")  # N-Triples is valid Turtle
# Characters XML 1.0 cannot carry, e.g. "\x01" in a literal
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


class HttpError(Exception):
    """An answer other than 200: its status, one line of text, and extra headers."""

    def __init__(self, status: int, message: str, headers: dict | None = None):
        super().__init__(message)
        self.status, self.message, self.headers = status, message, headers or {}


def render(result: QueryResult, accept: str) -> tuple[bytes, str]:
    """The result serialized in the media type `accept` prefers, and that media type."""
    if result.kind == "graph":
        media = negotiate(accept, _GRAPH, "a CONSTRUCT or DESCRIBE query")
        lines = (
            f"{s.ntriples()} {p.ntriples()} {o.ntriples()} .\n"  # type: ignore[union-attr]
            for s, p, o in result.terms
        )  # graph results have no unbound terms
        return "".join(lines).encode(), f"{media}; charset=utf-8"
    media = negotiate(accept, tuple(_RESULTS), f"a {result.kind.upper()} query")
    fmt = _RESULTS[media]
    text = _xml(result) if fmt == "xml" else format_result(result, fmt)
    if fmt in ("csv", "tsv") and result.kind == "select":
        text += "\r\n" if fmt == "csv" else "\n"
    return text.encode(), f"{media}; charset=utf-8"


def negotiate(accept: str, offers: tuple[str, ...], what: str = "this query") -> str:
    """The offer the Accept header ranks highest (`*/*` and `type/*` take the first offer of
    their kind); the first offer when the header names no type. Raises HttpError 406 when it
    names types and none of them is offered: a SELECT asked for as Turtle gets no JSON."""
    ranked = []
    for order, part in enumerate(accept.split(",")):
        media, *options = (p.strip() for p in part.split(";"))
        q = 1.0
        for option in options:
            name, _, value = option.partition("=")
            if name.strip() == "q":
                try:
                    q = float(value)
                except ValueError:
                    q = 0.0
        if media:
            ranked.append((-q, order, media.lower()))
    for neg_q, _, media in sorted(ranked):
        if neg_q >= 0:
            continue
        if media in offers or media == "*/*":
            return media if media in offers else offers[0]
        if media.endswith("/*"):
            kind = next((o for o in offers if o.startswith(media[:-1])), None)
            if kind:
                return kind
    if not ranked:
        return offers[0]
    raise HttpError(
        406,
        f"{what} cannot answer as {accept.strip()}: ask for one of "
        f"{', '.join(offers)} (Accept header, or &format=)",
    )


def _xml(result: QueryResult) -> str:
    """SPARQL 1.1 Query Results XML."""
    if any(_NOT_XML.search(t.value) for row in result.terms for t in row if t):
        raise HttpError(
            406,
            "the results hold control characters that XML cannot carry: "
            "ask for JSON (Accept: application/sparql-results+json)",
        )
    out = [
        '<?xml version="1.0" encoding="utf-8"?>',
        '<sparql xmlns="http://www.w3.org/2005/sparql-results#">',
        "<head>",
    ]
    out += [f"<variable name={quoteattr(v)}/>" for v in result.variables]
    out.append("</head>")
    if result.kind == "ask":
        out.append(f"<boolean>{'true' if result.boolean else 'false'}</boolean>")
    else:
        out.append("<results>")
        for row in result.terms:
            out.append("<result>")
            for name, term in zip(result.variables, row, strict=True):
                if term is not None:
                    out.append(f"<binding name={quoteattr(name)}>{_xml_term(term)}</binding>")
            out.append("</result>")
        out.append("</results>")
    out.append("</sparql>")
    return "\n".join(out) + "\n"


def _xml_term(term) -> str:
    if term.kind == "uri":
        return f"<uri>{escape(term.value)}</uri>"
    if term.kind == "bnode":
        return f"<bnode>{escape(term.value)}</bnode>"
    attrs = ""
    if term.language:
        attrs = f" xml:lang={quoteattr(term.language)}"
    elif term.datatype and term.kind == "literal":
        attrs = f" datatype={quoteattr(term.datatype)}"
    return f"<literal{attrs}>{escape(term.value)}</literal>"
