"""Export stage: write the whole store to one file, in an RDF format or a network format.

Every RDF format is written in one canonical order, so the same store content gives the same
bytes whatever the store (embedded, in memory, remote) and whatever order documents were loaded in:

- triple formats (turtle, ntriples, rdfxml) hold the union of all named graphs: every distinct
  triple once, sorted by its canonical N-Triples form (subject, then predicate, then object);
- dataset formats (nquads, trig, jsonld) keep one named graph per source document: graphs sorted
  by IRI, triples sorted inside each graph;
- prefixes are a fixed list (vocab.iris.EXPORT_PREFIXES), written whether used or not.

Memory stays bounded whatever the store's size: dataset formats hold one graph at a time, triple
formats sort the union in runs spilled to a temporary folder beside the target (canonical.py).
Writers work on N-Triples lines as bytes: a term in N-Triples is also a Turtle term and its
quoted literal a JSON string, so nothing is parsed but for RDF/XML.

The network formats (graphml, gexf, csv-edges) write graph.network.to_networkx(store): one node
per act, document, session, meeting or body, one edge per stated reference (export_network.py).

Output goes to a temporary file in the target folder that replaces the target only when complete
(os.replace): a failed write leaves the previous file as it was and no temporary file behind.
An open stream (standard output) is written as the export goes.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Iterable, Iterator
from functools import cache
from pathlib import Path
from typing import IO, TYPE_CHECKING, cast

import pyoxigraph as ox

from ..atomic import write_atomic
from ..errors import ExportError, UsageError
from ..store.canonical import graph_lines, graph_statements, open_dataset, union_chunks
from ..vocab.iris import EXPORT_PREFIXES
from .jsonld import load_context, write_jsonld
from .network import NOT_XML, check_xml_text, write_csv_edges, write_gexf

if TYPE_CHECKING:
    from ..store.protocol import GraphStore

__all__ = ["EXPORT_FORMATS", "NETWORK_FORMATS", "RDF_FORMATS", "export_graph", "load_context"]

RDF_FORMATS = ("turtle", "ntriples", "nquads", "trig", "jsonld", "rdfxml")
NETWORK_FORMATS = ("graphml", "gexf", "csv-edges")
EXPORT_FORMATS = RDF_FORMATS + NETWORK_FORMATS
TRIPLE_FORMATS = ("turtle", "ntriples", "rdfxml")

_RDF_TYPE = b"<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>"
# How N-Triples writes the characters XML cannot carry (NOT_XML), after an even number of
# backslashes: "\u0001", "\b", "\f", "\u001F", "\uFFFE" (not "\\b": an escaped backslash, a b)
_NOT_XML_ESCAPED = re.compile(rb"(?<!\\)(?:\\\\)*\\(?:[bf]|u00[01]|uFFF[EF])")


def export_graph(store: GraphStore, path: str | os.PathLike | IO[bytes], fmt: str) -> int:
    """Write the whole store to `path` in format `fmt` (one of EXPORT_FORMATS).

    `path` is a file name, or an open binary stream (e.g. `sys.stdout.buffer`), which is written
    as the export goes and left open. Returns the number of statements written (triples or
    quads; edges for network formats). Raises UsageError for an unknown format, ExportError when
    the file cannot be written or the format cannot carry the graph (e.g. control characters in
    RDF/XML).
    """
    if fmt not in EXPORT_FORMATS:
        raise UsageError(f"unknown export format {fmt!r}: use one of {', '.join(EXPORT_FORMATS)}")
    stream: IO[bytes] | None = None
    target = Path()
    if hasattr(path, "write"):
        stream, workdir = cast(IO[bytes], path), None  # temporary files: the system's folder
    else:
        target = Path(cast(str, path))
        workdir = target.parent
        if target.is_dir():
            raise ExportError(
                f"{target} is a folder: give a file name, e.g. {target / 'graph.ttl'}"
            )

    def output(write: Callable[[IO[bytes]], None]) -> None:
        if stream is None:
            _atomic_write(target, write)
        else:
            write(stream)
            stream.flush()

    if fmt in NETWORK_FORMATS:
        return _export_network(store, output, fmt)
    written = 0

    def counted(items: Iterable, size: Callable) -> Iterator:
        nonlocal written
        for item in items:
            written += size(item)
            yield item

    def write(out: IO[bytes]) -> None:
        # temporary sort runs and copies go beside the target: where the output has room
        with open_dataset(store, workdir=workdir) as dataset:
            if fmt in TRIPLE_FORMATS:
                write_triples = {
                    "turtle": _write_turtle,
                    "ntriples": _write_ntriples,
                    "rdfxml": _write_rdfxml,
                }[fmt]
                write_triples(counted(union_chunks(dataset, workdir=workdir), len), out)
            elif fmt == "nquads":
                _write_nquads(counted(graph_statements(dataset), lambda pair: len(pair[1])), out)
            else:
                write_graphs = {
                    "trig": _write_trig,
                    "jsonld": write_jsonld,
                }[fmt]
                write_graphs(counted(graph_lines(dataset), lambda pair: len(pair[1])), out)

    output(write)
    return written


# -- writers: each takes sorted N-Triples lines ("<s> <p> <o> .\n") ---------------------------
def _write_ntriples(chunks: Iterable[list[bytes]], out: IO[bytes]) -> None:
    for chunk in chunks:
        out.write(b"".join(chunk))


def _write_nquads(graphs, out: IO[bytes]) -> None:
    """Statements without their ends (graph_statements): each graph's name and " .\n" are put
    after every one of them by a single join."""
    for g, statements in graphs:
        if statements:
            end = b" .\n" if g is None else b" " + str(g).encode() + b" .\n"
            out.write(end.join(statements))
            out.write(end)


def _prefix_header() -> bytes:
    return "".join(f"@prefix {p}: <{ns}> .\n" for p, ns in EXPORT_PREFIXES.items()).encode()


@cache
def _shortener() -> tuple[re.Pattern[bytes], dict[bytes, bytes]]:
    """One pattern for every prefix: `<namespace` + a plain local name + `>`, namespaces longest
    first (a shorter namespace of ours never fits where a longer one failed: what follows the
    longer one in its IRI holds its "/" or "#"); and prefix by namespace."""
    spaces = sorted(
        ((ns.encode(), p.encode() + b":") for p, ns in EXPORT_PREFIXES.items()),
        key=lambda pair: -len(pair[0]),
    )
    pattern = re.compile(
        b"<(" + b"|".join(re.escape(ns) for ns, _ in spaces) + rb")([A-Za-z_][A-Za-z0-9_-]*)>"
    )
    return pattern, dict(spaces)


def _shorten(iri: bytes) -> bytes:
    """`<https://...ontology#key>` -> `mg:key` when the local part is a plain name."""
    pattern, prefixes = _shortener()
    match = pattern.fullmatch(iri)
    return prefixes[match[1]] + match[2] if match else iri


def _short_object(o: bytes) -> bytes:
    """An object as Turtle: an IRI shortened, a typed literal with its datatype shortened."""
    if o[0] == 60:  # "<"
        return _shorten(o)
    cut = o.rfind(b'"^^<') + 3
    return o[:cut] + _shorten(o[cut:])


class _Turtle:
    """Turtle statements for sorted N-Triples lines, grouping by subject and predicate; its
    caches of shortened IRIs last for the whole export (TriG writes thousands of graphs).

    An N-Triples term is also a Turtle term, so terms are copied as they are, only IRIs shortened.
    This loop is the whole Python cost of a Turtle export: it keeps to one split per line, bytes
    comparisons and dict lookups.
    """

    def __init__(self) -> None:
        self.verbs: dict[bytes, bytes] = {_RDF_TYPE: b"a "}  # with the space after the verb
        self.short: dict[bytes, bytes] = {}  # objects ending in ">" (IRIs, typed literals)

    def body(self, chunks: Iterable[list[bytes]], out: IO[bytes], indent: bytes = b"") -> None:
        verbs, short = self.verbs, self.short
        new_subject, new_verb = indent + b"    ", b" ;\n" + indent + b"    "
        same_verb = b" ,\n" + indent + b"        "
        end_subject = b" .\n\n" + indent
        prev_s = prev_p = None
        for chunk in chunks:
            parts: list[bytes] = []
            put = parts.append
            for line in chunk:
                # "<s> <p> object .\n": subjects and predicates never contain a space
                s, p, o = line.split(b" ", 2)
                if s == prev_s:
                    if p == prev_p:
                        put(same_verb)
                    else:
                        put(new_verb)
                        verb = verbs.get(p)
                        if verb is None:
                            verb = verbs[p] = _shorten(p) + b" "
                        put(verb)
                        prev_p = p
                else:
                    put(end_subject if prev_s is not None else indent)
                    put(_shorten(s))
                    put(b"\n")
                    put(new_subject)
                    verb = verbs.get(p)
                    if verb is None:
                        verb = verbs[p] = _shorten(p) + b" "
                    put(verb)
                    prev_s, prev_p = s, p
                if o[-4] == 62:  # ">": an IRI or a typed literal, worth shortening and caching
                    hit = short.get(o)
                    if hit is None:
                        hit = _short_object(o[:-3])
                        if len(short) < 100_000:  # (the frequent ones come early)
                            short[o] = hit
                    put(hit)
                else:
                    put(o[:-3])
            out.write(b"".join(parts))
        if prev_s is not None:
            out.write(b" .\n")


def _write_turtle(chunks: Iterable[list[bytes]], out: IO[bytes]) -> None:
    out.write(_prefix_header() + b"\n")
    _Turtle().body(chunks, out)


def _write_trig(graphs, out: IO[bytes]) -> None:
    out.write(_prefix_header())
    turtle = _Turtle()
    for g, lines in graphs:
        out.write(b"\n")
        if g is None:
            turtle.body((lines,), out)
            continue
        out.write(str(g).encode() + b" {\n")
        turtle.body((lines,), out, indent=b"    ")
        out.write(b"}\n")


def _write_rdfxml(chunks: Iterable[list[bytes]], out: IO[bytes]) -> None:
    def triples() -> Iterator[ox.Triple]:
        for chunk in chunks:
            data = b"".join(chunk)
            _check_xml_literals(data)
            yield from ox.parse(data, format=ox.RdfFormat.N_TRIPLES)

    try:
        ox.serialize(
            triples(),
            _CarriageReturns(out),  # type: ignore[arg-type]  # file-like
            format=ox.RdfFormat.RDF_XML,
            prefixes=EXPORT_PREFIXES,
        )
    except (ValueError, SyntaxError) as exc:  # e.g. a predicate IRI XML cannot split
        raise ExportError(
            f"RDF/XML cannot carry this graph ({exc}): export as turtle or nquads"
        ) from exc


def _check_xml_literals(data: bytes) -> None:
    """Refuse N-Triples lines whose literals hold a character XML cannot carry. Fast path: a
    few substring searches over the whole block; the lines they point at are parsed to be sure."""
    if not (b"\\u00" in data or b"\\b" in data or b"\\f" in data or b"\\uFFF" in data):
        return
    for match in _NOT_XML_ESCAPED.finditer(data):
        start = data.rfind(b"\n", 0, match.start()) + 1
        line = data[start : data.index(b"\n", match.end())]
        for t in ox.parse(line, format=ox.RdfFormat.N_TRIPLES):
            for term in (t.subject, t.object):
                bad = NOT_XML.search(term.value) if isinstance(term, ox.Literal) else None
                if bad:
                    raise ExportError(
                        f"RDF/XML cannot carry the control character U+{ord(bad[0]):04X} in a "
                        f"literal of {t.subject}: export as turtle, ntriples, nquads, trig or "
                        "jsonld instead"
                    )


class _CarriageReturns:
    """Writes XML with every carriage return as `&#13;`: XML parsers turn a raw CR into LF, so
    a literal holding "\r" would not read back the same. (In UTF-8 the byte 0x0D is only ever CR,
    and the RDF/XML writer puts none in its markup.)"""

    def __init__(self, out: IO[bytes]):
        self._out = out

    def write(self, data: bytes) -> int:
        self._out.write(bytes(data).replace(b"\r", b"&#13;"))
        return len(data)

    def flush(self) -> None:
        self._out.flush()


# -- network formats -------------------------------------------------------------------------------
def _export_network(
    store: GraphStore, output: Callable[[Callable[[IO[bytes]], None]], None], fmt: str
) -> int:
    import networkx as nx

    from ..network.whole import to_networkx

    graph = to_networkx(store)
    if fmt == "csv-edges":
        output(lambda out: write_csv_edges(graph, out))
        return graph.number_of_edges()
    check_xml_text(graph, fmt)
    write = nx.write_graphml if fmt == "graphml" else write_gexf
    try:
        output(lambda out: write(graph, out))
    except (ValueError, TypeError, nx.NetworkXError) as exc:
        raise ExportError(f"{fmt} cannot carry this graph ({exc}): export as csv-edges") from exc
    return graph.number_of_edges()


# -- writing files -------------------------------------------------------------------------------
def _atomic_write(target: Path, write: Callable[[IO[bytes]], None]) -> None:
    """Run `write` on a temporary file beside `target`, then rename it over `target`."""
    try:
        write_atomic(target, write)
    except OSError as exc:
        raise ExportError(
            f"cannot write {target}: {exc.strerror or exc}; check the free space "
            "and permissions, or choose another output path"
        ) from exc
