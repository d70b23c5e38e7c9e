"""Export stage: write the whole store to one file, in an RDF format or a network format.

Every RDF format is written in one canonical order, so the same store content gives the same
bytes whatever the store (embedded, in memory, remote) and whatever order documents were loaded in:

- triple formats (turtle, ntriples, rdfxml) hold the union of all named graphs: every distinct
  triple once, sorted by its canonical N-Triples form (subject, then predicate, then object);
- dataset formats (nquads, trig, jsonld) keep one named graph per source document: graphs sorted
  by IRI, triples sorted inside each graph;
- prefixes are a fixed list (PREFIXES), written whether used or not.

The network formats (graphml, gexf, csv-edges) write graph.network.to_networkx(store): one node
per act, document, session, meeting or body, one edge per stated reference.

Output goes to a temporary file in the target folder that replaces the target only when complete
(os.replace): a failed write leaves the previous file as it was and no temporary file behind.
"""

from __future__ import annotations

import csv
import io
import json
import os
import re
import tempfile
from collections.abc import Callable, Iterable, Iterator
from functools import cache
from pathlib import Path
from typing import IO

import pyoxigraph as ox

from .canonical import fill_rdflib, graph_lines, local_dataset, parse_lines, union_lines
from .errors import ExportError, UsageError
from .paths import ontology_file
from .vocab import DEFAULT_BASE, MG_NS

RDF_FORMATS = ("turtle", "ntriples", "nquads", "trig", "jsonld", "rdfxml")
NETWORK_FORMATS = ("graphml", "gexf", "csv-edges")
EXPORT_FORMATS = RDF_FORMATS + NETWORK_FORMATS

# Prefixes of every Turtle and TriG export, in this order. Only IRIs whose local part is a plain
# name are shortened (mg:key, xsd:date); document IRIs such as https://undocs.org/A/RES/70/1 stay
# whole, because "A/RES/70/1" would need escapes that some Turtle parsers reject.
PREFIXES = {
    "mg": MG_NS,
    "mgid": DEFAULT_BASE,
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "owl": "http://www.w3.org/2002/07/owl#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "dcterms": "http://purl.org/dc/terms/",
    "cito": "http://purl.org/spar/cito/",
    "prov": "http://www.w3.org/ns/prov#",
}
# A local name every Turtle parser accepts after a prefix: "key", "hasCitedEntity", "A_session_7"
_PLAIN_LOCAL = re.compile(r"^[A-Za-z_][A-Za-z0-9_-]*$")
_RDF_TYPE = b"<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>"
# Characters XML 1.0 cannot carry, even escaped: C0 controls but tab, LF and CR; U+FFFE, U+FFFF.
# RDF/XML, GraphML and GEXF are XML. ("\x01", "\x0b", "\uffff")
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def export_graph(store, path: str | os.PathLike, fmt: str) -> int:
    """Write the whole store to `path` in format `fmt` (one of EXPORT_FORMATS).

    Returns the number of statements written (triples or quads; edges for network formats).
    Raises UsageError for an unknown format, ExportError when the file cannot be written or the
    format cannot carry the graph (e.g. control characters in RDF/XML).
    """
    if fmt not in EXPORT_FORMATS:
        raise UsageError(f"unknown export format {fmt!r}: use one of {', '.join(EXPORT_FORMATS)}")
    target = Path(path)
    if target.is_dir():
        raise ExportError(f"{target} is a folder: give a file name, e.g. {target / 'graph.ttl'}")
    if fmt in NETWORK_FORMATS:
        return _export_network(store, target, fmt)
    dataset = local_dataset(store)
    if fmt in ("turtle", "ntriples", "rdfxml"):
        lines = union_lines(dataset)
        writer = {"turtle": _write_turtle, "ntriples": _write_lines, "rdfxml": _write_rdfxml}[fmt]
        _atomic_write(target, lambda out: writer(lines, out))
        return len(lines)
    written = 0

    def graphs():  # one graph at a time, counted on the way
        nonlocal written
        for graph, lines in graph_lines(dataset):
            written += len(lines)
            yield graph, lines

    writer = {"nquads": _write_nquads, "trig": _write_trig, "jsonld": _write_jsonld}[fmt]
    _atomic_write(target, lambda out: writer(graphs(), out))
    return written


# -- writers -----------------------------------------------------------------------------------
def _write_lines(lines: list[bytes], out: IO[bytes]) -> None:
    for start in range(0, len(lines), 65536):
        out.write(b"\n".join(lines[start:start + 65536]) + b"\n")


def _write_nquads(graphs, out: IO[bytes]) -> None:
    for g, lines in graphs:
        if g is None:
            _write_lines(lines, out)
            continue
        suffix = str(g).encode() + b" ."
        # "<s> <p> <o> ." -> "<s> <p> <o> <g> ."
        _write_lines([line[:-1] + suffix for line in lines], out)


def _prefix_header() -> bytes:
    return "".join(f"@prefix {p}: <{ns}> .\n" for p, ns in PREFIXES.items()).encode()


@cache
def _namespaces() -> tuple[tuple[bytes, bytes], ...]:
    # longest namespace first, so mgid: never shortens what a longer namespace would
    pairs = [(b"<" + ns.encode(), p.encode() + b":") for p, ns in PREFIXES.items()]
    return tuple(sorted(pairs, key=lambda pair: -len(pair[0])))


def _shorten(iri: bytes) -> bytes:
    """`<https://...ontology#key>` -> `mg:key` when the local part is a plain name."""
    for ns, prefix in _namespaces():
        if iri.startswith(ns):
            local = iri[len(ns):-1]
            if _PLAIN_LOCAL.match(local.decode("utf-8", "replace")):
                return prefix + local
            return iri
    return iri


def _turtle_body(lines: Iterable[bytes], out: IO[bytes], indent: bytes = b"") -> None:
    """Turtle statements for sorted N-Triples lines, grouping by subject and predicate.

    An N-Triples term is also a Turtle term, so terms are copied as they are, only IRIs shortened.
    This loop is the whole cost of a Turtle export: it keeps to bytes slicing and dict lookups.
    """
    verbs: dict[bytes, bytes] = {_RDF_TYPE: b"a"}
    short: dict[bytes, bytes] = {}  # object IRIs and datatypes; subjects are not worth caching
    new_subject, new_verb = indent + b"    ", b" ;\n" + indent + b"    "
    same_verb = b" ,\n" + indent + b"        "
    parts: list[bytes] = []
    put = parts.append
    prev_s = prev_p = None
    for line in lines:
        # "<s> <p> object ." : subjects and predicates never contain a space
        i = line.index(b" ")
        j = line.index(b" ", i + 1)
        s, p, o = line[:i], line[i + 1:j], line[j + 1:-2]
        first = o[0]
        if first == 60:  # "<": an IRI
            hit = short.get(o)
            if hit is None:
                hit = _shorten(o)
                if len(short) < 1_000_000:
                    short[o] = hit
            o = hit
        elif first == 34 and o[-1] == 62:  # '"..."^^<datatype>'
            cut = o.rfind(b'"^^<') + 3
            datatype = o[cut:]
            hit = short.get(datatype)
            if hit is None:
                hit = short[datatype] = _shorten(datatype)
            o = o[:cut] + hit
        if s == prev_s:
            if p == prev_p:
                put(same_verb)
                put(o)
                continue
            put(new_verb)
        else:
            if prev_s is not None:
                put(b" .\n\n")
                if len(parts) >= 65536:
                    out.write(b"".join(parts))
                    parts.clear()
            put(indent)
            put(_shorten(s))
            put(b"\n")
            put(new_subject)
            prev_s = s
        verb = verbs.get(p)
        if verb is None:
            verb = verbs[p] = _shorten(p)
        put(verb)
        put(b" ")
        put(o)
        prev_p = p
    if prev_s is not None:
        put(b" .\n")
    out.write(b"".join(parts))


def _write_turtle(lines: list[bytes], out: IO[bytes]) -> None:
    out.write(_prefix_header() + b"\n")
    _turtle_body(lines, out)


def _write_trig(graphs, out: IO[bytes]) -> None:
    out.write(_prefix_header())
    for g, lines in graphs:
        out.write(b"\n")
        if g is None:
            _turtle_body(lines, out)
            continue
        out.write(str(g).encode() + b" {\n")
        _turtle_body(lines, out, indent=b"    ")
        out.write(b"}\n")


def _write_rdfxml(lines: list[bytes], out: IO[bytes]) -> None:
    triples = parse_lines(lines)

    def checked() -> Iterator[ox.Triple]:
        for t in triples:
            for term in (t.subject, t.object):
                if isinstance(term, ox.Literal) and _NOT_XML.search(term.value):
                    raise ExportError(
                        f"RDF/XML cannot carry the control character "
                        f"U+{ord(_NOT_XML.search(term.value)[0]):04X} in a literal of {t.subject}: "
                        "export as turtle, ntriples, nquads, trig or jsonld instead"
                    )
            yield t

    try:
        ox.serialize(checked(), _CarriageReturns(out), format=ox.RdfFormat.RDF_XML,
                     prefixes=PREFIXES)
    except (ValueError, SyntaxError) as exc:  # e.g. a predicate IRI XML cannot split
        raise ExportError(f"RDF/XML cannot carry this graph ({exc}): export as turtle or nquads") \
            from exc


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


def _write_jsonld(graphs, out: IO[bytes]) -> None:
    """JSON-LD compacted with ontology/context.jsonld, embedded (nothing is fetched)."""
    import rdflib

    context = load_context()
    ds = rdflib.Dataset()
    for g, lines in graphs:
        if not lines:
            continue
        target = ds.default_graph if g is None else ds.graph(rdflib.URIRef(g.value))
        fill_rdflib(target, lines)
    text = ds.serialize(format="json-ld", context=context, auto_compact=True)
    doc = json.loads(text)
    doc["@context"] = context  # the context itself, as we ship it
    out.write(json.dumps(_canonical_json(doc), ensure_ascii=False, indent=1,
                         sort_keys=True).encode("utf-8"))
    out.write(b"\n")


@cache
def _context_text() -> str:
    return ontology_file("context.jsonld").read_text(encoding="utf-8")


def load_context() -> dict:
    """The JSON-LD context of our exports (ontology/context.jsonld), read from the package."""
    return json.loads(_context_text())["@context"]


def _canonical_json(value):
    """JSON-LD with every unordered array sorted, so output does not follow hash order.

    Arrays are sets in JSON-LD except in @list and @context, which keep their order.
    """
    if isinstance(value, dict):
        return {k: v if k in ("@context", "@list") else _canonical_json(v)
                for k, v in value.items()}
    if isinstance(value, list):
        items = [_canonical_json(v) for v in value]
        return sorted(items, key=lambda v: json.dumps(v, sort_keys=True, ensure_ascii=False))
    return value


# -- network formats -------------------------------------------------------------------------------
_CSV_COLUMNS = ("source", "target", "relation", "document", "date", "evidence",
                "source_iri", "target_iri")


def _export_network(store, target: Path, fmt: str) -> int:
    import networkx as nx

    from .network import to_networkx

    graph = to_networkx(store)
    if fmt == "csv-edges":
        _atomic_write(target, lambda out: _write_csv_edges(graph, out))
        return graph.number_of_edges()
    _check_xml_text(graph, fmt)
    write = nx.write_graphml if fmt == "graphml" else _write_gexf
    try:
        _atomic_write(target, lambda out: write(graph, out))
    except (ValueError, TypeError, nx.NetworkXError) as exc:
        raise ExportError(f"{fmt} cannot carry this graph ({exc}): export as csv-edges") from exc
    return graph.number_of_edges()


def _write_gexf(graph, out: IO[bytes]) -> None:
    """GEXF without the date of writing networkx puts in <meta> (it would make exports differ)."""
    from networkx.readwrite.gexf import GEXFWriter

    writer = GEXFWriter()
    writer.xml.find("meta").attrib.pop("lastmodifieddate", None)
    writer.add_graph(graph)
    writer.write(out)


def _check_xml_text(graph, fmt: str) -> None:
    for node, attrs in graph.nodes(data=True):
        for value in (node, *attrs.values()):
            if isinstance(value, str) and _NOT_XML.search(value):
                raise ExportError(f"{fmt} (XML) cannot carry the control characters in {node}: "
                                  "export as csv-edges instead")
    for _, _, attrs in graph.edges(data=True):
        for value in attrs.values():
            if isinstance(value, str) and _NOT_XML.search(value):
                raise ExportError(f"{fmt} (XML) cannot carry the control characters in the "
                                  f"evidence {value[:60]!r}: export as csv-edges instead")


def _write_csv_edges(graph, out: IO[bytes]) -> None:
    text = io.TextIOWrapper(out, encoding="utf-8", newline="")
    writer = csv.writer(text)
    writer.writerow(_CSV_COLUMNS)
    nodes = graph.nodes
    for u, v, attrs in graph.edges(data=True):
        writer.writerow((
            nodes[u].get("key", u), nodes[v].get("key", v), attrs.get("relation", ""),
            attrs.get("source", ""), attrs.get("date", ""), attrs.get("evidence", ""), u, v,
        ))
    text.flush()
    text.detach()


# -- writing files -------------------------------------------------------------------------------
def _atomic_write(target: Path, write: Callable[[IO[bytes]], None]) -> None:
    """Run `write` on a temporary file beside `target`, then rename it over `target`."""
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    except OSError as exc:
        raise ExportError(f"cannot write {target}: {exc.strerror or exc}; "
                          "choose another output path") from exc
    try:
        with os.fdopen(fd, "wb") as out:
            write(out)
            out.flush()
            os.fsync(out.fileno())
        os.chmod(tmp, _file_mode(target))
        os.replace(tmp, target)
    except BaseException as exc:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
        if isinstance(exc, OSError):
            raise ExportError(f"cannot write {target}: {exc.strerror or exc}; "
                              "check the free space and permissions") from exc
        raise


def _file_mode(target: Path) -> int:
    """Keep the mode of the file we replace; a new file gets the usual 0666 less the umask."""
    try:
        return target.stat().st_mode & 0o7777
    except FileNotFoundError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask
