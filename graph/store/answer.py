"""Answers from a remote SPARQL endpoint, read as untrusted input.

An endpoint named by --store may be anyone's server. What it sends back is checked before the
RDF parsers see it:

- its size is counted while the body streams in, and the read stops at MAX_ANSWER_BYTES (a
  Content-Length over it is refused before reading);
- XML answers (SPARQL results XML, RDF/XML) are first read by defusedxml with entity
  declarations and external references forbidden, so an entity bomb ("billion laughs") or an
  external entity (`SYSTEM "file:///etc/passwd"`) is refused before it can expand;
- an answer the parser rejects is a StoreError naming the endpoint, never a crash.

Every refusal is one line; the CLI exits with 1.
"""

from __future__ import annotations

import xml.sax
import xml.sax.handler

import defusedxml
import defusedxml.sax
import pyoxigraph as ox

from ..errors import StoreError

MAX_ANSWER_BYTES = 256 * 1024 * 1024  # one answer to a query; larger ones are refused
_XML_TYPES = (
    "application/sparql-results+xml",
    "application/xml",
    "application/rdf+xml",
    "text/xml",
)


def too_large(location: str, limit: int) -> StoreError:
    """The refusal of an answer over `limit` bytes."""
    return StoreError(
        f"the SPARQL endpoint at {location} sent an answer over {_mb(limit)}: "
        "refused (narrow the query, e.g. with LIMIT)"
    )


def check_xml(body: bytes, ctype: str, location: str) -> None:
    """Refuse an XML answer that declares entities or refers to external ones."""
    if ctype not in _XML_TYPES:
        return
    try:
        defusedxml.sax.parseString(
            body,
            xml.sax.handler.ContentHandler(),
            forbid_dtd=False,
            forbid_entities=True,
            forbid_external=True,
        )
    except defusedxml.DefusedXmlException as exc:
        raise StoreError(
            f"the SPARQL endpoint at {location} sent XML that declares entities "
            f"({type(exc).__name__}): refused, an answer never needs them"
        ) from None
    except xml.sax.SAXException as exc:
        raise malformed(location, ctype, exc) from None


def parse_results(body: bytes, fmt: ox.QueryResultsFormat, ctype: str, location: str):
    """SPARQL results (solutions or a boolean), checked whole before they are handed out."""
    check_xml(body, ctype, location)
    try:
        results = ox.parse_query_results(body, fmt)
        if isinstance(results, ox.QuerySolutions):
            for _ in results:  # a lazy parser: find a malformed row now, not midway later
                pass
            results = ox.parse_query_results(body, fmt)
    except (SyntaxError, ValueError, OSError) as exc:
        raise malformed(location, ctype, exc) from None
    return results


def parse_triples(body: bytes, fmt: ox.RdfFormat, ctype: str, location: str) -> list[ox.Triple]:
    """The triples of a CONSTRUCT/DESCRIBE answer."""
    check_xml(body, ctype, location)
    try:
        return [ox.Triple(q.subject, q.predicate, q.object) for q in ox.parse(body, format=fmt)]
    except (SyntaxError, ValueError, OSError) as exc:
        raise malformed(location, ctype, exc) from None


def malformed(location: str, ctype: str, exc: Exception) -> StoreError:
    reason = " ".join(str(exc).split())[:200]
    return StoreError(
        f"the SPARQL endpoint at {location} sent a malformed {ctype} answer "
        f"({reason}): check the server"
    )


def _mb(n: int) -> str:
    return f"{n / (1024 * 1024):g} MB" if n >= 1024 * 1024 else f"{n} bytes"
