"""Export: every RDF format re-parses (rdflib and rapper) to the graph in the store, output is
deterministic, writes are atomic, and literals a format cannot carry are refused clearly."""

from __future__ import annotations

import csv
import json
import os
import shutil
import socket
import subprocess
from pathlib import Path

import pyoxigraph as ox
import pytest
import rdflib
from rdflib.compare import isomorphic
from test_build import REFS, record

from graph.build import bodies_graph, build_graph
from graph.errors import ExportError, UsageError
from graph.export.rdf import EXPORT_FORMATS, RDF_FORMATS, export_graph
from graph.model import Reference
from graph.store import open_store
from graph.vocab.iris import EXPORT_PREFIXES as PREFIXES
from graph.vocab.keys import iri_for

TRIPLE_FORMATS = ("turtle", "ntriples", "rdfxml")
DATASET_FORMATS = ("nquads", "trig", "jsonld")
RAPPER_NAMES = {
    "turtle": "turtle",
    "ntriples": "ntriples",
    "nquads": "nquads",
    "trig": "trig",
    "rdfxml": "rdfxml",
}
RDFLIB_NAMES = {
    "turtle": "turtle",
    "ntriples": "nt",
    "nquads": "nquads",
    "trig": "trig",
    "rdfxml": "xml",
    "jsonld": "json-ld",
}
TRICKY = (
    'quotes " and \\ backslash, """triple""", <https://undocs.org/A/RES/70/1> in text, '
    "tab\tnew\nline\rreturn, ар عربي 中文 𝔘 \u00a0\u200b"
)
CONTROL = "control \x00 \x01 \x08 \x0b \x0c \x1f \x7f end"


def tricky_ref(evidence: str, key: str = "A/69/767", start: int = 0) -> Reference:
    return Reference(
        kind="document",
        key=key,
        iri=iri_for("document", key),
        relation="cites",
        text=key,
        start=start,
        end=start + len(key),
        evidence=evidence,
        rule="x",
    )


def records(extra_evidence: tuple[str, ...] = (TRICKY,)):
    refs = REFS + tuple(tricky_ref(e, start=1000 + 100 * i) for i, e in enumerate(extra_evidence))
    return [
        record(references=refs),
        record(
            source="notes/b.txt",
            symbol="CTOC/COP/2014/2",
            language="en",
            title="Report of the meeting",
        ),
    ]


def make_store(recs, location=":memory:", reverse=False):
    store = open_store(location)
    items = [bodies_graph(), *(build_graph(r) for r in recs)]
    for graph, quads in reversed(items) if reverse else items:
        store.replace_graph(graph, list(reversed(quads)) if reverse else quads)
    return store


def canonical(quads, *, union: bool) -> set[str]:
    """Canonical N-Triples / N-Quads lines of some pyoxigraph triples or quads."""
    out = set()
    for q in quads:
        if union or not isinstance(q, ox.Quad) or isinstance(q.graph_name, ox.DefaultGraph):
            out.add(f"{q.subject} {q.predicate} {q.object} .")
        else:
            out.add(f"{q.subject} {q.predicate} {q.object} {q.graph_name} .")
    return out


def expected(store, fmt: str) -> set[str]:
    return canonical(store.quads(), union=fmt in TRIPLE_FORMATS)


def from_rdflib(path: Path, fmt: str) -> set[str]:
    """Parse with rdflib, hand back canonical lines (via N-Quads, re-read by pyoxigraph)."""
    if fmt in TRIPLE_FORMATS:
        g = rdflib.Graph().parse(path, format=RDFLIB_NAMES[fmt])
        data = g.serialize(format="nt", encoding="utf-8")
        return canonical(ox.parse(data, format=ox.RdfFormat.N_TRIPLES), union=True)
    ds = rdflib.Dataset()
    ds.parse(path, format=RDFLIB_NAMES[fmt])
    data = ds.serialize(format="nquads", encoding="utf-8")
    return canonical(ox.parse(data, format=ox.RdfFormat.N_QUADS), union=False)


@pytest.fixture(scope="module")
def store():
    return make_store(records())


@pytest.fixture(scope="module")
def rapper() -> str:
    path = shutil.which("rapper")
    if path is None:
        pytest.skip("rapper is not installed (Debian: apt-get install raptor2-utils)")
    return path


def test_format_list():
    assert EXPORT_FORMATS == (
        "turtle",
        "ntriples",
        "nquads",
        "trig",
        "jsonld",
        "rdfxml",
        "graphml",
        "gexf",
        "csv-edges",
    )


@pytest.mark.parametrize("fmt", RDF_FORMATS)
def test_rdflib_reads_back_the_same_graph(store, tmp_path, fmt):
    path = tmp_path / f"graph.{fmt}"
    count = export_graph(store, path, fmt)
    want = expected(store, fmt)
    assert count == len(want)
    assert from_rdflib(path, fmt) == want


@pytest.mark.parametrize("fmt", TRIPLE_FORMATS)
def test_rdflib_isomorphism(store, tmp_path, fmt):
    path = tmp_path / f"graph.{fmt}"
    export_graph(store, path, fmt)
    want = rdflib.Graph().parse(data="\n".join(expected(store, fmt)), format="nt")
    assert isomorphic(rdflib.Graph().parse(path, format=RDFLIB_NAMES[fmt]), want)


@pytest.mark.parametrize("fmt", sorted(RAPPER_NAMES))
def test_rapper_reads_back_the_same_graph(store, tmp_path, rapper, fmt):
    path = tmp_path / f"graph.{fmt}"
    export_graph(store, path, fmt)
    out_fmt = "ntriples" if fmt in TRIPLE_FORMATS else "nquads"
    done = subprocess.run(
        [rapper, "-q", "-i", RAPPER_NAMES[fmt], "-o", out_fmt, str(path)],
        capture_output=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr.decode()
    rdf_format = ox.RdfFormat.N_TRIPLES if out_fmt == "ntriples" else ox.RdfFormat.N_QUADS
    got = canonical(ox.parse(done.stdout, format=rdf_format), union=fmt in TRIPLE_FORMATS)
    assert got == expected(store, fmt)


def test_jsonld_reads_back_with_pyoxigraph_and_uses_our_context(store, tmp_path):
    path = tmp_path / "graph.jsonld"
    export_graph(store, path, "jsonld")
    got = canonical(ox.parse(path=str(path), format=ox.RdfFormat.JSON_LD), union=False)
    assert got == expected(store, "jsonld")
    doc = json.loads(path.read_text(encoding="utf-8"))
    shipped = json.loads((Path(__file__).parents[1] / "ontology/context.jsonld").read_text())
    assert doc["@context"] == shipped["@context"]
    text = path.read_text(encoding="utf-8")
    assert '"establishedBy"' in text and '"citedEntity"' in text


def test_no_network_is_touched(store, tmp_path, monkeypatch):
    def refuse(*args, **kwargs):
        raise AssertionError("export tried to reach the network")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    for fmt in RDF_FORMATS:
        export_graph(store, tmp_path / f"g.{fmt}", fmt)
    assert from_rdflib(tmp_path / "g.jsonld", "jsonld") == expected(store, "jsonld")


@pytest.mark.parametrize("fmt", RDF_FORMATS)
def test_output_is_deterministic_whatever_the_store_and_load_order(tmp_path, fmt):
    a = make_store(records())
    b = make_store(records(), location=str(tmp_path / "db"), reverse=True)
    export_graph(a, tmp_path / "a", fmt)
    export_graph(b, tmp_path / "b", fmt)
    assert (tmp_path / "a").read_bytes() == (tmp_path / "b").read_bytes()
    b.close()


def test_turtle_is_sorted_with_stable_prefixes(store, tmp_path):
    path = tmp_path / "graph.ttl"
    export_graph(store, path, "turtle")
    text = path.read_text(encoding="utf-8")
    assert text.startswith("@prefix mg: <https://w3id.org/mandate-graph/ontology#> .\n")
    subjects = [
        line
        for line in text.splitlines()
        if line and not line[0].isspace() and not line.startswith("@prefix")
    ]
    full = [
        f"<{PREFIXES[s.split(':')[0]]}{s.split(':', 1)[1]}>" if not s.startswith("<") else s
        for s in subjects
    ]
    assert full == sorted(full) and len(set(full)) == len(full)
    lines = tmp_path / "graph.nt"
    export_graph(store, lines, "ntriples")
    nt = lines.read_bytes().splitlines()
    assert nt == sorted(set(nt))
    assert "    a mg:" in text and "mg:establishedBy" in text


def test_control_characters_round_trip_except_in_rdfxml(tmp_path, rapper):
    store = make_store(records((TRICKY, CONTROL)))
    for fmt in ("turtle", "ntriples", "nquads", "trig", "jsonld"):
        path = tmp_path / f"c.{fmt}"
        export_graph(store, path, fmt)
        assert from_rdflib(path, fmt) == expected(store, fmt), fmt
    with pytest.raises(ExportError, match="RDF/XML cannot carry the control character U\\+0000"):
        export_graph(store, tmp_path / "c.rdf", "rdfxml")
    # rapper (C strings) cuts a literal at U+0000, so it checks the other control characters
    store = make_store(records((TRICKY, CONTROL.replace("\x00", ""))))
    for fmt in ("turtle", "ntriples", "nquads", "trig"):
        path = tmp_path / f"r.{fmt}"
        export_graph(store, path, fmt)
        done = subprocess.run(
            [rapper, "-q", "-i", fmt, "-o", "nquads", str(path)], capture_output=True, timeout=60
        )
        got = canonical(
            ox.parse(done.stdout, format=ox.RdfFormat.N_QUADS), union=fmt in TRIPLE_FORMATS
        )
        assert got == expected(store, fmt), fmt


def test_lone_surrogates_are_written_as_replacement_characters(tmp_path):
    store = make_store(records(("broken \udc80 text",)))
    for fmt in RDF_FORMATS:
        path = tmp_path / f"s.{fmt}"
        export_graph(store, path, fmt)
        assert from_rdflib(path, fmt) == expected(store, fmt)
    assert "broken \ufffd text" in (tmp_path / "s.turtle").read_text(encoding="utf-8")


def test_two_megabytes_of_text(tmp_path, rapper):
    big = ('Рабочая группа "A" <b> & ' * 80_000)[:2_000_000]
    store = make_store(records((big,)))
    for fmt in RDF_FORMATS:
        path = tmp_path / f"big.{fmt}"
        export_graph(store, path, fmt)
        assert path.stat().st_size > 2_000_000
        if fmt in ("turtle", "trig", "jsonld"):
            assert from_rdflib(path, fmt) == expected(store, fmt), fmt
        else:  # rdflib takes minutes on a 2 MB literal in these syntaxes; pyoxigraph and rapper
            want = expected(store, fmt)
            rdf_format = {
                "ntriples": ox.RdfFormat.N_TRIPLES,
                "nquads": ox.RdfFormat.N_QUADS,
                "rdfxml": ox.RdfFormat.RDF_XML,
            }[fmt]
            assert (
                canonical(ox.parse(path=str(path), format=rdf_format), union=fmt in TRIPLE_FORMATS)
                == want
            ), fmt
    # (rapper's N-Triples reader needs seconds per MB of one line: ntriples and nquads are
    # checked by rapper in the tests above, and here by pyoxigraph)
    for fmt in ("turtle", "trig", "rdfxml"):
        path = tmp_path / f"big.{fmt}"
        done = subprocess.run(
            [rapper, "-q", "-i", fmt, "-o", "nquads", str(path)], capture_output=True, timeout=120
        )
        assert done.returncode == 0, done.stderr.decode()
        got = canonical(
            ox.parse(done.stdout, format=ox.RdfFormat.N_QUADS), union=fmt in TRIPLE_FORMATS
        )
        assert got == expected(store, fmt), fmt


# -- writing files ----------------------------------------------------------------------------
def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".tmp"))


def test_failed_export_keeps_the_previous_file_and_no_temp_file(tmp_path):
    target = tmp_path / "graph.rdf"
    target.write_text("previous", encoding="utf-8")
    with pytest.raises(ExportError):
        export_graph(make_store(records((CONTROL,))), target, "rdfxml")
    assert target.read_text(encoding="utf-8") == "previous"
    assert leftovers(tmp_path) == []


def test_interrupted_write_keeps_the_previous_file(tmp_path, monkeypatch, store):
    import graph.export.rdf as export

    target = tmp_path / "graph.ttl"
    target.write_text("previous", encoding="utf-8")

    def half(lines, out):
        out.write(b"@prefix half")
        raise KeyboardInterrupt

    monkeypatch.setattr(export, "_write_turtle", half)
    with pytest.raises(KeyboardInterrupt):
        export_graph(store, target, "turtle")
    assert target.read_text(encoding="utf-8") == "previous"
    assert leftovers(tmp_path) == []


def test_failed_rename_is_a_clear_error(tmp_path, monkeypatch, store):
    def no_space(src, dst):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", no_space)
    with pytest.raises(ExportError, match="No space left on device"):
        export_graph(store, tmp_path / "graph.ttl", "turtle")
    assert leftovers(tmp_path) == []


def test_mode_of_the_replaced_file_is_kept(tmp_path, store):
    target = tmp_path / "graph.nt"
    target.write_text("x")
    target.chmod(0o640)
    export_graph(store, target, "ntriples")
    assert target.stat().st_mode & 0o777 == 0o640


def test_bad_arguments(tmp_path, store):
    with pytest.raises(UsageError, match="unknown export format 'yaml'"):
        export_graph(store, tmp_path / "x", "yaml")
    with pytest.raises(ExportError, match="is a folder"):
        export_graph(store, tmp_path, "turtle")
    (tmp_path / "file").write_text("")
    with pytest.raises(ExportError, match="cannot write"):
        export_graph(store, tmp_path / "file" / "graph.ttl", "turtle")


class StreamingStore:
    """A store known only by its quads() (as a remote SPARQL store is)."""

    location = "http://127.0.0.1:1/"

    def __init__(self, inner: ox.Store):
        self._inner = inner

    def quads(self, subject=None, predicate=None, obj=None, graph=None):
        return iter(list(self._inner.quads_for_pattern(subject, predicate, obj, graph)))


@pytest.mark.parametrize("fmt", RDF_FORMATS)
def test_a_store_without_a_local_copy_exports_the_same_bytes(store, tmp_path, fmt):
    export_graph(store, tmp_path / "local", fmt)
    export_graph(StreamingStore(store.inner), tmp_path / "remote", fmt)
    assert (tmp_path / "local").read_bytes() == (tmp_path / "remote").read_bytes()


@pytest.mark.parametrize("fmt", RDF_FORMATS)
def test_a_large_store_spilled_to_temporary_files_exports_the_same_bytes(
    store, tmp_path, monkeypatch, fmt
):
    """Past RUN_BYTES the union is sorted in runs on disk; past MEMORY_QUADS a remote store is
    copied to a temporary store on disk: same bytes, and nothing left beside the target."""
    from graph.store import canonical as order

    export_graph(store, tmp_path / "memory", fmt)
    monkeypatch.setattr(order, "RUN_BYTES", 3_000)
    monkeypatch.setattr(order, "MEMORY_QUADS", 50)
    out = tmp_path / "out"
    export_graph(store, out / "runs", fmt)
    export_graph(StreamingStore(store.inner), out / "remote", fmt)
    for name in ("runs", "remote"):
        assert (out / name).read_bytes() == (tmp_path / "memory").read_bytes(), name
    assert sorted(p.name for p in out.iterdir()) == ["remote", "runs"]


@pytest.mark.parametrize("fmt", RDF_FORMATS)
def test_an_empty_store_exports_an_empty_graph(tmp_path, fmt):
    path = tmp_path / f"empty.{fmt}"
    assert export_graph(open_store(":memory:"), path, fmt) == 0
    assert from_rdflib(path, fmt) == set()


def test_rdfxml_refuses_only_what_xml_cannot_carry(tmp_path, monkeypatch):
    from graph.store import canonical as order

    texts = ("C:\\bin\\file", "\\u0001 written out", "del \x7f tab \t", "\\f\\b")
    store = make_store(records(texts))
    path = tmp_path / "ok.rdf"
    export_graph(store, path, "rdfxml")
    assert canonical(ox.parse(path=str(path), format=ox.RdfFormat.RDF_XML), union=True) == expected(
        store, "rdfxml"
    )
    monkeypatch.setattr(order, "RUN_BYTES", 3_000)  # refused while merging runs: no leftovers
    for bad, code in (("\uffff", "FFFF"), ("\ufffe", "FFFE"), ("\x0c", "000C"), ("\x08", "0008")):
        with pytest.raises(ExportError, match=f"control character U\\+{code} in a literal of <"):
            export_graph(make_store(records((f"a {bad} b",))), tmp_path / "bad.rdf", "rdfxml")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["ok.rdf"]


# -- network formats ----------------------------------------------------------------------------
def test_graphml_and_gexf_read_back(store, tmp_path):
    import networkx as nx

    from graph.network.whole import to_networkx

    g = to_networkx(store)
    assert g.number_of_edges() >= len(REFS)
    for fmt, read in (("graphml", nx.read_graphml), ("gexf", nx.read_gexf)):
        path = tmp_path / f"graph.{fmt}"
        assert export_graph(store, path, fmt) == g.number_of_edges()
        back = read(path)
        assert back.number_of_nodes() == g.number_of_nodes()
        assert back.number_of_edges() == g.number_of_edges()
        relations = sorted(d["relation"] for _, _, d in back.edges(data=True))
        assert relations == sorted(d["relation"] for _, _, d in g.edges(data=True))
        again = tmp_path / f"again.{fmt}"
        export_graph(store, again, fmt)
        assert again.read_bytes() == path.read_bytes()
        assert b"lastmodifieddate" not in path.read_bytes()


def test_gexf_reads_back_as_networkx_own_writer_does(tmp_path):
    """Streamed GEXF: networkx reads it back to the same nodes, edges and attributes as the file
    its own (in-memory) writer makes, tricky text included."""
    import networkx as nx

    from graph.network.whole import to_networkx

    store = make_store(records((TRICKY, "ampersand & <tag> \"quoted\" 'single'")))
    ours = tmp_path / "ours.gexf"
    export_graph(store, ours, "gexf")
    theirs = tmp_path / "theirs.gexf"
    nx.write_gexf(to_networkx(store), theirs)
    a, b = nx.read_gexf(ours), nx.read_gexf(theirs)
    assert sorted(a.nodes(data=True)) == sorted(b.nodes(data=True))
    edges = [sorted((u, v, sorted(d.items())) for u, v, d in g.edges(data=True)) for g in (a, b)]
    assert edges[0] == edges[1] and len(edges[0]) > 10


def test_csv_edges(store, tmp_path):
    path = tmp_path / "edges.csv"
    count = export_graph(store, path, "csv-edges")
    with path.open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    assert len(rows) == count >= len(REFS)
    assert list(rows[0]) == [
        "source",
        "target",
        "relation",
        "document",
        "date",
        "evidence",
        "source_iri",
        "target_iri",
    ]
    assert {
        "source": "CTOC/COP/WG.2",
        "target": "CTOC/COP decision 2/6",
        "relation": "establishedBy",
    }.items() <= next(r for r in rows if r["relation"] == "establishedBy").items()
    assert any("\n" in r["evidence"] for r in rows)  # multi-line text survives quoting


def test_xml_network_formats_refuse_control_characters(tmp_path):
    store = make_store(records((CONTROL,)))
    for fmt in ("graphml", "gexf"):
        with pytest.raises(ExportError, match="control characters"):
            export_graph(store, tmp_path / f"g.{fmt}", fmt)
    assert export_graph(store, tmp_path / "g.csv", "csv-edges") > 0
    assert leftovers(tmp_path) == []


@pytest.mark.server
def test_a_remote_store_exports_and_validates_like_the_embedded_one(tmp_path, store):
    """Against a real Oxigraph server on 127.0.0.1 (skips without the `oxigraph` binary)."""
    from test_store_remote import OxigraphServer

    from graph.store.remote import RemoteStore
    from graph.validate.shacl import validate_store

    server = OxigraphServer(tmp_path / "server").start()
    try:
        remote = RemoteStore(server.url)
        remote.replace_graph(*bodies_graph())
        for rec in records():
            remote.replace_graph(*build_graph(rec))
        remote.flush()
        for fmt in RDF_FORMATS:
            export_graph(store, tmp_path / f"local.{fmt}", fmt)
            export_graph(remote, tmp_path / f"remote.{fmt}", fmt)
            assert (tmp_path / f"remote.{fmt}").read_bytes() == (
                tmp_path / f"local.{fmt}"
            ).read_bytes(), fmt
        assert validate_store(remote).text == validate_store(store).text
    finally:
        server.stop()
