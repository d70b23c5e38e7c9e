"""Remote stores: any SPARQL 1.1 endpoint named by URL (Oxigraph server, Fuseki, GraphDB, Virtuoso).

`RemoteStore(url)` has the methods of store.Store and speaks only the SPARQL 1.1 Protocol over
HTTP with the standard library (no client dependency):

- reads go to the Query endpoint and come back as pyoxigraph results (SPARQL JSON results parsed
  with `pyoxigraph.parse_query_results`, CONSTRUCT as N-Triples), so query.py and chain.py treat
  both stores alike; answers are untrusted input, capped in size and read with XML entities
  forbidden (answer.py);
- writes are SPARQL Update, `DROP SILENT GRAPH <g> ; INSERT DATA { GRAPH <g> { ... } }` per
  document, many documents per request: one request is one transaction on Oxigraph, Fuseki and
  GraphDB, so a document lands whole or not at all. Pending writes are sent when BATCH_BYTES
  are queued, before any read, and on flush()/close().

Queries must see the union of all named graphs (as the embedded store does). Which way a server
offers that is found out on the first read that has data to look at (see `_union_params`).
"""

from __future__ import annotations

import re
import urllib.parse
from collections.abc import Iterable, Iterator
from typing import cast

import pyoxigraph as ox

from ..errors import QueryError, StoreError
from ..vocab.iris import PREFIXES
from .answer import MAX_ANSWER_BYTES, parse_results, parse_triples
from .http import HttpClient, endpoints
from .sparql import tokens
from .writer import GraphWriter

__all__ = ["BATCH_BYTES", "RemoteStore", "RemoteTriples", "bind_values", "endpoints"]

# Pending update text that triggers a request. Larger batches load faster until the server's
# parser dominates (tests/benchmarks/bench_remote_store.py); a few MB keep one request well
# under any server's body limit.
BATCH_BYTES = 4_000_000
READ_TIMEOUT = 60.0  # seconds a read may wait for the server, unless the caller says otherwise
WRITE_TIMEOUT = 600.0  # one batched update of several MB on a busy server
_ACCEPT = (
    "application/sparql-results+json, application/sparql-results+xml;q=0.9, "
    "application/n-triples;q=0.8, text/turtle;q=0.7"
)
_RESULT_FORMATS = {
    "application/sparql-results+json": ox.QueryResultsFormat.JSON,
    "application/json": ox.QueryResultsFormat.JSON,
    "application/sparql-results+xml": ox.QueryResultsFormat.XML,
    "text/tab-separated-values": ox.QueryResultsFormat.TSV,
}
_GRAPH_FORMATS = {
    "application/n-triples": ox.RdfFormat.N_TRIPLES,
    "text/plain": ox.RdfFormat.N_TRIPLES,
    "text/turtle": ox.RdfFormat.TURTLE,
    "application/rdf+xml": ox.RdfFormat.RDF_XML,
}
# Ways to make the default graph the union of the named graphs, tried in this order:
# the server already does (GraphDB, Virtuoso, Oxigraph --union-default-graph, Fuseki with
# tdb2:unionDefaultGraph); Oxigraph's per-request switch; Jena's union graph name.
_UNION_CANDIDATES: tuple[tuple[tuple[str, str], ...], ...] = (
    (),
    (("union-default-graph", ""),),
    (("default-graph-uri", "urn:x-arq:UnionGraph"),),
)
# Declared before every query, so mg:, dct:, ... work without PREFIX lines, as in run_query.
_PROLOGUE = "".join(f"PREFIX {p}: <{iri}>\n" for p, iri in PREFIXES.items())


class RemoteTriples:
    """CONSTRUCT/DESCRIBE results from a server: an iterator of Triple, like ox.QueryTriples."""

    def __init__(self, triples: Iterable[ox.Triple]):
        self._it = iter(triples)

    def __iter__(self) -> RemoteTriples:
        return self

    def __next__(self) -> ox.Triple:
        return next(self._it)

    def serialize(self, output=None, format: ox.RdfFormat = ox.RdfFormat.N_TRIPLES):
        return ox.serialize(self._it, output, format=format)


class RemoteStore:
    """A SPARQL 1.1 endpoint with one named graph per source document (see store.Store)."""

    remote = True
    max_answer_bytes = MAX_ANSWER_BYTES  # an answer to one query; larger ones are refused

    def __init__(
        self,
        url: str,
        *,
        read_only: bool = False,
        batch_bytes: int = BATCH_BYTES,
        timeout: float = READ_TIMEOUT,
    ):
        self.http = HttpClient(url)
        self.endpoints = self.http.endpoints
        self.location = self.http.location
        self.read_only = read_only
        self.batch_bytes = batch_bytes
        self.timeout = timeout
        self._pending: list[str] = []
        self._pending_bytes = 0
        self._pending_graphs: dict[str, bool] = {}  # graph -> present once the batch is sent
        self._union: tuple[tuple[str, str], ...] | None = None

    # -- writing -------------------------------------------------------------------------
    def replace_graph(self, graph: str, quads: Iterable[ox.Quad]) -> None:
        """Replace named graph `graph` by `quads`; sent with the next batch, as one unit."""
        self._writable()
        g = ox.NamedNode(graph)
        body = ox.serialize(
            (ox.Triple(q.subject, q.predicate, q.object) for q in quads),
            format=ox.RdfFormat.N_TRIPLES,
        )
        op = f"DROP SILENT GRAPH {g}"
        if body:
            op += f" ;\nINSERT DATA {{ GRAPH {g} {{\n{body.decode('utf-8')}}} }}"
        self._queue(op, graph, bool(body))

    def replace_graphs(self, graphs: Iterable[tuple[str, Iterable[ox.Quad]]]) -> None:
        """Replace many named graphs, each queued as by replace_graph."""
        for graph, quads in graphs:
            self.replace_graph(graph, quads)

    def writer(self, batch_quads: int | None = 1):
        """A context writing through replace_graph (which already sends batches), as Store's."""
        return GraphWriter(self, batch_quads)

    def remove_graph(self, graph: str) -> bool:
        """Delete one named graph; False when it was not there."""
        self._writable()
        if not self.has_graph(graph):
            return False
        self._queue(f"DROP SILENT GRAPH {ox.NamedNode(graph)}", graph, False)
        return True

    def update(self, sparql: str) -> None:
        """Run a SPARQL Update now (after the pending batch, so order is kept)."""
        self._writable()
        self.flush()
        self._send_update(sparql)

    def _queue(self, op: str, graph: str, present: bool) -> None:
        self._pending.append(op)
        self._pending_bytes += len(op)
        self._pending_graphs[graph] = present
        if self._pending_bytes >= self.batch_bytes:
            self.flush()

    def flush(self) -> None:
        """Send the pending writes as one update request (one transaction)."""
        if not self._pending:
            return
        text = " ;\n".join(self._pending)
        self._pending, self._pending_bytes, self._pending_graphs = [], 0, {}
        self._send_update(text)

    def _send_update(self, sparql: str) -> None:
        data = sparql.encode("utf-8")
        headers = {"Content-Type": "application/sparql-update; charset=utf-8"}
        self.http.fetch(self.endpoints.update, data, headers, WRITE_TIMEOUT, "update")

    def _writable(self) -> None:
        if self.read_only:
            raise StoreError(
                f"the store at {self.location} was opened read-only: "
                "this command does not write; use build or remove to change it"
            )

    # -- reading -------------------------------------------------------------------------
    def query(
        self, sparql: str, *, substitutions: dict | None = None, timeout: float | None = None
    ):
        """Run SPARQL over the union of all graphs; returns pyoxigraph results.

        SELECT gives ox.QuerySolutions, ASK ox.QueryBoolean, CONSTRUCT/DESCRIBE RemoteTriples.
        `substitutions` ({Variable: term}) are bound as VALUES at the top of the WHERE clause.
        The prefixes of graph.vocab.iris (mg:, dct:, ...) need no declaration, as in run_query.
        """
        self.flush()
        if substitutions:
            sparql = bind_values(sparql, substitutions)
        # A query with FROM names its own default graph; the server must not override it.
        own_dataset = any(k == "word" and t.upper() == "FROM" for k, t in tokens(sparql))
        params = () if own_dataset else self._union_params()
        return self._query(_PROLOGUE + sparql, params, timeout)

    def _query(self, sparql: str, params: tuple[tuple[str, str], ...], timeout: float | None):
        form = urllib.parse.urlencode((("query", sparql), *params)).encode("ascii")
        headers = {"Content-Type": "application/x-www-form-urlencoded", "Accept": _ACCEPT}
        limit = timeout or self.timeout
        ctype, body = self.http.fetch(
            self.endpoints.query, form, headers, limit, "query", self.max_answer_bytes
        )
        if ctype in _RESULT_FORMATS:
            return parse_results(body, _RESULT_FORMATS[ctype], ctype, self.location)
        if ctype in _GRAPH_FORMATS:
            return RemoteTriples(parse_triples(body, _GRAPH_FORMATS[ctype], ctype, self.location))
        raise StoreError(
            f"the SPARQL endpoint at {self.location} answered with {ctype}, "
            "not SPARQL results: check that --store names a SPARQL endpoint"
        )

    def _select(self, sparql: str) -> list[ox.QuerySolution]:
        return list(self._query(sparql, (), None))

    def _union_params(self) -> tuple[tuple[str, str], ...]:
        """The request parameters that make this server query the union of its named graphs.

        Probes with one triple taken from a named graph: the first way under which the default
        graph holds it wins and is kept. An empty store is probed again on the next read.
        """
        if self._union is not None:
            return self._union
        rows = self._select(
            "SELECT ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } FILTER(isIRI(?s) && isIRI(?o)) } LIMIT 1"
        )
        if not rows:
            return ()
        s, p, o = rows[0]["s"], rows[0]["p"], rows[0]["o"]
        for params in _UNION_CANDIDATES:
            try:
                found = bool(self._query(f"ASK {{ {s} {p} {o} }}", params, None))
            except (StoreError, QueryError):
                found = False  # a server that refuses this parameter does not offer it
            if found:
                self._union = params
                return params
        raise StoreError(
            f"the SPARQL endpoint at {self.location} does not query the union of its named graphs: "
            "enable its union default graph (Oxigraph: serve --union-default-graph; Fuseki: "
            "tdb2:unionDefaultGraph true), see the README section on remote stores"
        )

    def graphs(self) -> list[str]:
        self.flush()
        # `GRAPH ?g {}` lists graph names from an index on Oxigraph and Jena; the others are
        # asked the portable (slower) way.
        pattern = "{}" if self.endpoints.kind in ("oxigraph", "dataset") else "{ ?s ?p ?o }"
        rows = self._select(f"SELECT DISTINCT ?g WHERE {{ GRAPH ?g {pattern} }}")
        return sorted(r["g"].value for r in rows if isinstance(r["g"], ox.NamedNode))

    def has_graph(self, graph: str) -> bool:
        if graph in self._pending_graphs:
            return self._pending_graphs[graph]
        return bool(self._query(f"ASK {{ GRAPH {ox.NamedNode(graph)} {{ ?s ?p ?o }} }}", (), None))

    def quads(self, subject=None, predicate=None, obj=None, graph=None) -> Iterator[ox.Quad]:
        """Quads matching a pattern (None matches anything) across all named graphs.

        A pattern with a subject or object is answered on the kept connection (a few rows);
        wider ones are streamed as they arrive, the whole dataset as N-Quads where the server
        offers it (Oxigraph: twice as fast as SPARQL results).
        """
        self.flush()
        if isinstance(graph, ox.DefaultGraph):
            return iter(())  # nothing is ever written outside a named graph
        terms = (subject, predicate, obj, graph)
        s, p, o, g = (
            str(t) if t is not None else f"?{n}" for t, n in zip(terms, "spog", strict=True)
        )
        where = f"GRAPH {g} {{ {s} {p} {o} }}"
        free = [f"?{n}" for t, n in zip(terms, "spog", strict=True) if t is None]
        if not free:
            hit = bool(self._query(f"ASK {{ {where} }}", (), None))
            return iter([ox.Quad(subject, predicate, obj, graph)] if hit else [])
        sparql = f"SELECT {' '.join(free)} WHERE {{ {where} }}"
        if subject is not None or obj is not None:
            return _fill(self._query(sparql, (), None), terms)
        if len(free) == 4 and self.endpoints.dump:
            return self._stream_dump(self.endpoints.dump)
        return self._stream_quads(sparql, terms)

    def _stream_dump(self, url: str) -> Iterator[ox.Quad]:
        headers = {"Accept": "application/n-quads"}
        with self.http.stream(url, None, headers, self.timeout, "query") as resp:
            try:
                for quad in ox.parse(resp, format=ox.RdfFormat.N_QUADS):
                    if not isinstance(quad.graph_name, ox.DefaultGraph):  # as the SELECT above
                        yield quad
            except (OSError, SyntaxError) as exc:
                raise StoreError(
                    f"reading quads from {self.location} failed midway ({exc}): "
                    "check the server and run the command again"
                ) from exc

    def _stream_quads(self, sparql: str, terms: tuple) -> Iterator[ox.Quad]:
        form = urllib.parse.urlencode({"query": sparql}).encode("ascii")
        headers = {
            "Content-Type": "application/x-www-form-urlencoded",
            "Accept": "application/sparql-results+json",
        }
        with self.http.stream(self.endpoints.query, form, headers, self.timeout, "query") as resp:
            try:
                rows = ox.parse_query_results(resp, ox.QueryResultsFormat.JSON)
                yield from _fill(cast(ox.QuerySolutions, rows), terms)
            except (OSError, SyntaxError) as exc:
                raise StoreError(
                    f"reading quads from {self.location} failed midway ({exc}): "
                    "check the server and run the command again"
                ) from exc

    def __len__(self) -> int:
        self.flush()
        rows = self._select("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }")
        return int(rows[0]["n"].value) if rows else 0

    def close(self) -> None:
        try:
            self.flush()
        finally:
            self.http.close()

    def __enter__(self) -> RemoteStore:
        return self

    def __exit__(self, exc_type, exc, tb) -> None:
        if exc_type is None:
            self.close()
            return
        # Pending writes are whole documents: send them even when the caller failed later,
        # but never let that hide the caller's own error.
        if not issubclass(exc_type, KeyboardInterrupt | StoreError):
            try:
                self.close()
            except StoreError:
                pass


def _fill(rows: Iterable[ox.QuerySolution], terms: tuple) -> Iterator[ox.Quad]:
    """Quads from solutions binding the pattern's free positions (?s ?p ?o ?g)."""
    for row in rows:
        yield ox.Quad(*(t if t is not None else row[n] for t, n in zip(terms, "spog", strict=True)))


# -- binding parameters as values ------------------------------------------------------------
# Tokens that may hold "{" or "WHERE" without being them: strings, IRIs and comments.
# e.g. """long "quoted" text""", 'it''s', <https://undocs.org/A/RES/70/1>, # a comment
_SKIP = re.compile(
    r'"""(?:[^"\\]|\\.|"(?!""))*"""|\'\'\'(?:[^\'\\]|\\.|\'(?!\'\'))*\'\'\''
    r'|"(?:[^"\\\n]|\\.)*"|\'(?:[^\'\\\n]|\\.)*\''
    r'|<[^<>"{}|^`\\\x00-\x20]*>|#[^\n]*'
)
# The keyword that opens a query pattern, e.g. "WHERE {"
_WHERE = re.compile(r"\bWHERE\b", re.IGNORECASE)
# A query form keyword with a template before its WHERE, e.g. "CONSTRUCT {"
_TEMPLATE_FORM = re.compile(r"\b(?:CONSTRUCT|DESCRIBE)\b", re.IGNORECASE)


def bind_values(sparql: str, substitutions: dict) -> str:
    """`sparql` with `VALUES (?a ...) { (term ...) }` first in its WHERE clause.

    Values are serialized RDF terms, so text from a user stays a literal, never query syntax.
    """
    names = " ".join(f"?{v.value if isinstance(v, ox.Variable) else v}" for v in substitutions)
    terms = " ".join(str(t) for t in substitutions.values())
    where = _where_brace(sparql)
    if where is None:
        raise QueryError("parameters need a WHERE { ... } clause in the query: add one")
    return f"{sparql[: where + 1]} VALUES ({names}) {{ ({terms}) }} {sparql[where + 1 :]}"


def _where_brace(sparql: str) -> int | None:
    """Index of the "{" that opens the top-level WHERE clause, outside strings and IRIs."""
    needs_where = False
    seen_where = False
    pos = 0
    while pos < len(sparql):
        skip = _SKIP.match(sparql, pos)
        if skip:
            pos = skip.end()
            continue
        if _keyword_at(_TEMPLATE_FORM, sparql, pos):
            needs_where = True
        if _keyword_at(_WHERE, sparql, pos):
            seen_where = True
        if sparql[pos] == "{" and (seen_where or not needs_where):
            return pos
        if sparql[pos] == "{":  # a CONSTRUCT template: jump past it
            depth = 0
            while pos < len(sparql):
                skip = _SKIP.match(sparql, pos)
                if skip:
                    pos = skip.end()
                    continue
                depth += {"{": 1, "}": -1}.get(sparql[pos], 0)
                pos += 1
                if depth == 0:
                    break
            continue
        pos += 1
    return None


def _keyword_at(keyword: re.Pattern, sparql: str, pos: int) -> bool:
    """A keyword starts at `pos` (not the tail of a name, a ?variable or a prefixed:name)."""
    before = sparql[pos - 1] if pos else " "
    return not (before.isalnum() or before in "?$:_-.") and keyword.match(sparql, pos) is not None
