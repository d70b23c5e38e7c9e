"""Remote stores against a real Oxigraph server on 127.0.0.1: what a build writes, queries,
chains and removes there equals the same work in an embedded store.

The server is the `oxigraph` binary from the pip package of that name (the `test` extra);
the tests skip with the reason when it is missing.
"""

from __future__ import annotations

import dataclasses
import json
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pyoxigraph as ox
import pytest
from conftest import EXAMPLES, REPO
from graph_helpers import mandate, record, ref, sample_records, stop_process

from graph.build import bodies_graph, build_graph
from graph.chain import format_chain, trace_chain
from graph.errors import NotFoundError, QueryError, StoreError
from graph.query.run import run_query
from graph.store import open_store
from graph.store.remote import RemoteStore, bind_values, endpoints

needs_server = pytest.mark.server  # starts a real Oxigraph server on 127.0.0.1


def _oxigraph() -> str:
    found = shutil.which("oxigraph") or str(Path(sys.executable).parent / "oxigraph")
    if not Path(found).exists():
        pytest.skip("no oxigraph server binary: pip install oxigraph (the 'test' extra)")
    return found


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class OxigraphServer:
    """`oxigraph serve` on 127.0.0.1 with its data in a temporary folder."""

    def __init__(self, location: Path, *extra: str):
        self.location, self.extra = location, extra
        self.proc: subprocess.Popen | None = None
        self.url = ""

    def start(self) -> OxigraphServer:
        binary = _oxigraph()
        for _ in range(3):  # a free port can be taken between choosing and binding it
            port = _free_port()
            self.proc = subprocess.Popen(
                [
                    binary,
                    "serve",
                    "--location",
                    str(self.location),
                    "--bind",
                    f"127.0.0.1:{port}",
                    *self.extra,
                ],
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )
            self.url = f"http://127.0.0.1:{port}"
            deadline = time.monotonic() + 15
            while time.monotonic() < deadline and self.proc.poll() is None:
                try:
                    urllib.request.urlopen(self.url + "/query?query=ASK%7B%7D", timeout=2).read()
                    return self
                except OSError:
                    time.sleep(0.1)
            self.stop()
        raise RuntimeError("the oxigraph server did not start within 15 s")

    def stop(self) -> None:
        stop_process(self.proc)


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    srv = OxigraphServer(tmp_path_factory.mktemp("oxigraph") / "db").start()
    yield srv
    srv.stop()


@pytest.fixture
def remote(server):
    """An empty remote store (the shared server is cleared before each test)."""
    store = RemoteStore(server.url)
    store.update("DROP SILENT ALL")
    return store


def _load(store, records) -> None:
    store.replace_graph(*bodies_graph())
    for rec in records:
        store.replace_graph(*build_graph(rec))
    store.flush()


def _dataset(store) -> set[ox.Quad]:
    return set(store.quads())


# -- the same graph, the same answers ------------------------------------------------------------
@needs_server
def test_remote_holds_exactly_what_the_embedded_store_holds(remote):
    embedded = open_store(":memory:")
    _load(embedded, sample_records())
    _load(remote, sample_records())
    assert _dataset(remote) == _dataset(embedded)
    assert len(remote) == len(embedded)
    assert remote.graphs() == embedded.graphs()


@needs_server
def test_queries_and_chains_agree_with_the_embedded_store(remote):
    embedded = open_store(":memory:")
    _load(embedded, sample_records())
    _load(remote, sample_records())
    sparql = (
        "SELECT ?doc ?key WHERE { ?doc mg:mandatedBy+ ?act . ?act mg:key ?key } ORDER BY ?doc ?key"
    )
    assert run_query(remote, sparql).rows == run_query(embedded, sparql).rows
    assert run_query(remote, sparql).rows  # the chain is there at all
    ask = "ASK { ?x mg:establishedBy ?y }"
    assert run_query(remote, ask).boolean is run_query(embedded, ask).boolean is True
    construct = "CONSTRUCT { ?a mg:mandatedBy ?b } WHERE { ?a mg:mandatedBy ?b }"
    assert sorted(run_query(remote, construct).rows) == sorted(run_query(embedded, construct).rows)
    for key, down in (("CTOC/COP/WG.2", False), ("A/RES/55/25", True)):
        up_remote = format_chain(trace_chain(remote, key, down=down), "json")
        assert up_remote == format_chain(trace_chain(embedded, key, down=down), "json")
        assert len(json.loads(up_remote)["nodes"]) >= 3


@needs_server
def test_parameters_stay_literals(remote):
    """A value with a quote or || is bound as a value on the server too, never pasted."""
    hostile = 'x" } ; DROP ALL ; SELECT * { "'
    rec = record("A/1", [ref("document", "A/2", "cites")], title=hostile)
    for store in (remote, open_store(":memory:")):
        _load(store, [rec])
        query = "SELECT ?doc ?t WHERE { ?doc dct:title ?t }"
        result = run_query(store, query, params={"t": ox.Literal(hostile, language="en")})
        assert result.rows == [("https://undocs.org/A/1",)]
        result = run_query(store, query, params={"t": ox.Literal("a || b", language="en")})
        assert result.rows == []
    assert len(remote) > 0  # nothing was dropped


@needs_server
def test_replacing_a_document_leaves_no_stale_edges_and_twice_changes_nothing(remote):
    first = record(
        "A/1",
        [ref("resolution", "A/RES/1/1", "requestedBy")],
        mandates=[mandate("requestedBy", "A/RES/1/1")],
    )
    corrected = record(
        "A/1",
        [ref("resolution", "A/RES/2/1", "requestedBy")],
        mandates=[mandate("requestedBy", "A/RES/2/1")],
    )
    _load(remote, [first])
    before = _dataset(remote)
    _load(remote, [first])
    assert _dataset(remote) == before
    _load(remote, [corrected])
    keys = run_query(remote, "SELECT ?k WHERE { ?d mg:requestedBy ?t . ?t mg:key ?k }").rows
    assert keys == [("A/RES/2/1",)]


@needs_server
def test_many_documents_go_in_few_requests_each_whole(server, remote):
    small = RemoteStore(server.url, batch_bytes=20_000)  # several batches for 40 documents
    records = [record(f"A/{i}", [ref("document", f"A/{i + 1}", "requestedBy")]) for i in range(40)]
    sent = []
    send = small._send_update
    small._send_update = lambda text: (sent.append(text), send(text))  # count the requests
    for rec in records:
        small.replace_graph(*build_graph(rec))
        assert small.has_graph(build_graph(rec)[0])  # pending writes count as written
    small.flush()
    assert 1 < len(sent) < 40
    assert len(small.graphs()) == 40
    embedded = open_store(":memory:")
    for rec in records:
        embedded.replace_graph(*build_graph(rec))
    assert _dataset(small) == _dataset(embedded)


@needs_server
def test_remove_graph(remote):
    graph, quads = build_graph(record("A/1", [ref("document", "A/2")]))
    remote.replace_graph(graph, quads)
    assert remote.remove_graph(graph) is True
    remote.flush()
    assert not remote.has_graph(graph)
    assert remote.remove_graph(graph) is False
    assert len(remote) == 0


@needs_server
def test_quads_pattern_and_graph(remote):
    _load(remote, sample_records())
    embedded = open_store(":memory:")
    _load(embedded, sample_records())
    mg = "https://w3id.org/mandate-graph/ontology#"
    p = ox.NamedNode(mg + "establishedBy")
    assert set(remote.quads(None, p, None)) == set(embedded.quads(None, p, None))
    g = ox.NamedNode(remote.graphs()[0])
    assert set(remote.quads(None, None, None, g)) == set(embedded.quads(None, None, None, g))
    one = next(iter(remote.quads(None, p, None)))
    assert list(remote.quads(one.subject, one.predicate, one.object, one.graph_name)) == [one]
    # The whole dataset comes as an N-Quads dump from Oxigraph, as SPARQL results elsewhere.
    assert remote.endpoints.dump
    remote.endpoints = dataclasses.replace(remote.endpoints, dump=None)
    assert _dataset(remote) == _dataset(embedded)


# -- union default graph -------------------------------------------------------------------------
@needs_server
def test_union_on_a_server_started_with_the_switch(tmp_path):
    """Started with --union-default-graph, the server is asked plain queries."""
    with_switch = OxigraphServer(tmp_path / "union", "--union-default-graph").start()
    try:
        store = RemoteStore(with_switch.url)
        _load(store, sample_records())
        assert run_query(store, "ASK { ?x mg:establishedBy ?y }").boolean is True
        assert store._union == ()  # the server already queries the union
    finally:
        with_switch.stop()


@needs_server
def test_union_probe_on_the_plain_server(remote):
    _load(remote, sample_records())
    assert run_query(remote, "ASK { ?x mg:establishedBy ?y }").boolean is True
    assert remote._union == (("union-default-graph", ""),)


# -- failures: one clear line -------------------------------------------------------------------
def test_unreachable_endpoint_is_a_store_error():
    store = RemoteStore(f"http://127.0.0.1:{_free_port()}")
    with pytest.raises(StoreError, match=r"cannot reach .* start the server or check --store"):
        store.graphs()


@needs_server
def test_unknown_dataset_is_a_store_error(server):
    with pytest.raises(StoreError, match="HTTP 404.*check the dataset name"):
        RemoteStore(server.url + "/no-such-dataset").graphs()


@needs_server
def test_bad_query_is_a_query_error(remote):
    with pytest.raises(QueryError):
        remote.query("SELECT ?x WHERE { ?x ")


@needs_server
def test_read_only_store_refuses_writes(server):
    store = open_store(server.url, read_only=True)
    with pytest.raises(StoreError, match="read-only"):
        store.replace_graph("https://example.org/g", [])


@needs_server
def test_credentials_go_into_a_header_and_never_into_messages(server):
    store = RemoteStore(server.url.replace("http://", "http://me:s%40cret@"))
    assert "cret" not in store.location and "me" not in store.location.split("//")[1]
    assert store.http.headers["Authorization"] == "Basic bWU6c0BjcmV0"  # me:s@cret
    assert isinstance(store.graphs(), list)


def test_not_a_url():
    with pytest.raises(StoreError, match="not an http"):
        RemoteStore("http://")


# -- endpoints and parameter binding (no server needed) ----------------------------------------
@pytest.mark.parametrize(
    ("url", "query", "update"),
    [
        ("http://127.0.0.1:7878", "http://127.0.0.1:7878/query", "http://127.0.0.1:7878/update"),
        ("http://h:3030/mandates", "http://h:3030/mandates/query", "http://h:3030/mandates/update"),
        (
            "http://h:3030/mandates/query",
            "http://h:3030/mandates/query",
            "http://h:3030/mandates/update",
        ),
        ("http://h:8890/sparql", "http://h:8890/sparql", "http://h:8890/sparql"),
        (
            "http://h:7200/repositories/mg",
            "http://h:7200/repositories/mg",
            "http://h:7200/repositories/mg/statements",
        ),
        ("http://u:p@h:3030/ds/", "http://h:3030/ds/query", "http://h:3030/ds/update"),
    ],
)
def test_endpoints_from_url(url, query, update):
    found = endpoints(url)
    assert (found.query, found.update) == (query, update)


@pytest.mark.parametrize(
    "sparql",
    [
        "SELECT ?d WHERE { ?d mg:key ?key }",
        "PREFIX x: <http://x/#WHERE>\nSELECT * { ?d mg:key ?key } # WHERE {",
        'CONSTRUCT { ?d mg:key ?key } WHERE { ?d mg:key ?key FILTER(?d != "{") }',
        "SELECT ?where WHERE { ?where mg:key ?key }",
    ],
)
def test_bind_values_goes_into_the_where_clause(sparql):
    bound = bind_values(sparql, {ox.Variable("key"): ox.Literal('a"b')})
    store = ox.Store()
    store.add(
        ox.Quad(
            ox.NamedNode("http://d"),
            ox.NamedNode("https://w3id.org/mandate-graph/ontology#key"),
            ox.Literal('a"b'),
        )
    )
    store.add(
        ox.Quad(
            ox.NamedNode("http://e"),
            ox.NamedNode("https://w3id.org/mandate-graph/ontology#key"),
            ox.Literal("other"),
        )
    )
    results = list(store.query(bound, prefixes={"mg": "https://w3id.org/mandate-graph/ontology#"}))
    assert len(results) == 1


# -- the whole product against the server: API and command line --------------------------------
def _cli(*args: str) -> subprocess.CompletedProcess:
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join(filter(None, [str(REPO), os.environ.get("PYTHONPATH")])),
    }
    return subprocess.run(
        [sys.executable, "-m", "graph", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
        cwd=REPO,
    )


def _ingest(store):
    from graph.ingest import ingest_paths

    report = ingest_paths([EXAMPLES], store, progress=False, jobs=1)
    store.flush()
    return report


@needs_server
def test_build_into_remote_equals_build_into_embedded(remote, tmp_path):
    report = _ingest(remote)
    assert report.documents >= 5 and not report.failed, report.failed
    embedded = open_store(tmp_path / "db")
    _ingest(embedded)
    assert _dataset(remote) == _dataset(embedded)
    again = _ingest(remote)  # unchanged files: nothing read, nothing changed
    assert again.read == 0 and again.skipped == report.documents


@needs_server
def test_cli_build_query_chain_remove_against_the_server(remote, tmp_path):
    url = remote.location
    built = _cli(
        "build", str(EXAMPLES), "--store", url, "--out", str(tmp_path / "out"), "--jobs", "1"
    )
    assert built.returncode == 0, built.stderr
    assert (tmp_path / "out" / "graph.ttl").stat().st_size > 0

    local = tmp_path / "db"
    assert (
        _cli(
            "build",
            str(EXAMPLES),
            "--store",
            str(local),
            "--out",
            str(tmp_path / "o2"),
            "--jobs",
            "1",
        ).returncode
        == 0
    )
    for args in (
        [
            "query",
            "SELECT ?k WHERE { ?a mg:mandatedBy ?b . ?b mg:key ?k } ORDER BY ?k",
            "--format",
            "csv",
        ],
        ["stats", "--format", "json"],
    ):
        on_server, embedded = _cli(*args, "--store", url), _cli(*args, "--store", str(local))
        assert on_server.returncode == embedded.returncode == 0, on_server.stderr
        assert on_server.stdout == embedded.stdout

    # a mandated node (from statements), or any citing document while the extractor reports none
    keys = run_query(
        remote, "SELECT DISTINCT ?k WHERE { ?a mg:mandatedBy|mg:cites ?b . ?a mg:key ?k }"
    )
    key = sorted(r[0] for r in keys.rows)[0]
    chain_remote = _cli("chain", key, "--store", url, "--format", "json")
    assert chain_remote.returncode == 0, chain_remote.stderr
    chain_local = _cli("chain", key, "--store", str(local), "--format", "json")
    assert chain_remote.stdout == chain_local.stdout

    source = sorted(p for p in EXAMPLES.rglob("*.txt"))[0]
    before = len(remote.graphs())
    removed = _cli("remove", str(source), "--store", url)
    assert removed.returncode == 0, removed.stderr
    assert len(RemoteStore(url).graphs()) == before - 1
    with pytest.raises(NotFoundError):
        from graph.ingest import remove_document

        remove_document(RemoteStore(url), str(source))


def test_cli_reports_an_unreachable_server_in_one_line():
    done = _cli("query", "ASK {}", "--store", f"http://127.0.0.1:{_free_port()}")
    assert done.returncode == 1
    assert done.stderr.count("\n") == 1 and "cannot reach" in done.stderr
    assert "Traceback" not in done.stderr
