"""The read-only guard against every way of writing SERVICE, LOAD, FROM <file:> or an update
that the SPARQL grammar allows: line ends that close a comment (LF, CR, CRLF), comment marks
inside IRIs and strings, codepoint escapes in keywords, any case, nested groups, SERVICE SILENT,
SERVICE ?var. Each refusal is checked on the text alone and through run_query, with a socket
listening where the query points: it must never receive a connection.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys

import pyoxigraph as ox
import pytest
from conftest import REPO
from graph_helpers import make_store, sample_records

from graph.errors import QueryError
from graph.query.check import canonical, check_query
from graph.query.run import leave_network, run_query

# {url} is the listening socket's address, e.g. http://127.0.0.1:41234/sparql
SERVICE_FORMS = [
    "SELECT * WHERE { SERVICE <{url}> { ?s ?p ?o } }",
    "select * where { service <{url}> { ?s ?p ?o } }",
    "SELECT * WHERE { SeRvIcE <{url}> { ?s ?p ?o } }",
    "SELECT * WHERE { SERVICE SILENT <{url}> { ?s ?p ?o } }",
    "SELECT * WHERE { VALUES ?e { <{url}> } SERVICE ?e { ?s ?p ?o } }",
    "SELECT * WHERE { { { { SERVICE <{url}> { ?s ?p ?o } } } } }",
    "SELECT * WHERE { ?a ?b ?c OPTIONAL { SERVICE <{url}> { ?s ?p ?o } } }",
    "SELECT * WHERE { { ?a ?b ?c } UNION { SERVICE <{url}> { ?s ?p ?o } } }",
    "SELECT * WHERE { ?a ?b ?c MINUS { SERVICE <{url}> { ?s ?p ?o } } }",
    "ASK { FILTER EXISTS { SERVICE <{url}> { ?s ?p ?o } } }",
    "SELECT * WHERE { { SELECT ?s WHERE { SERVICE <{url}> { ?s ?p ?o } } } }",
    "CONSTRUCT { ?s ?p ?o } WHERE { SERVICE <{url}> { ?s ?p ?o } }",
    "DESCRIBE ?s WHERE { SERVICE <{url}> { ?s ?p ?o } }",
    "SELECT * WHERE { GRAPH ?g { SERVICE <{url}> { ?s ?p ?o } } }",
    # a comment ended by each line end the grammar allows
    "SELECT * WHERE { # a note\nSERVICE <{url}> { ?s ?p ?o } }",
    "SELECT * WHERE { # a note\rSERVICE <{url}> { ?s ?p ?o } }",
    "SELECT * WHERE { # a note\r\nSERVICE <{url}> { ?s ?p ?o } }",
    "SELECT * WHERE { # a note\r\rSERVICE <{url}> { ?s ?p ?o } }",
    "SELECT * WHERE {#\rSERVICE#\r<{url}>#\r{ ?s ?p ?o } }",
    # comment marks inside IRIs and strings are not comments
    "SELECT * WHERE { ?s <http://a/#p> ?o SERVICE <{url}> { ?s ?p ?o } }",
    'SELECT * WHERE { FILTER(?o != "#") SERVICE <{url}> { ?s ?p ?o } }',
    "SELECT * WHERE { FILTER(?o != '#') SERVICE <{url}> { ?s ?p ?o } }",
    'SELECT * WHERE { FILTER(?o != """#\n""") SERVICE <{url}> { ?s ?p ?o } }',
    'SELECT * WHERE { FILTER(?o != "\\"#") SERVICE <{url}> { ?s ?p ?o } }',
    # codepoint escapes, processed before parsing
    "SELECT * WHERE { \\u0053ERVICE <{url}> { ?s ?p ?o } }",
    "SELECT * WHERE { \\U00000053ERVICE <{url}> { ?s ?p ?o } }",
    "SELECT * WHERE { \\u0073\\u0065rvice <{url}> { ?s ?p ?o } }",
    "SELECT * WHERE { # note\\u000ASERVICE <{url}> { ?s ?p ?o } }",
    "SELECT * WHERE { # note\\u000DSERVICE <{url}> { ?s ?p ?o } }",
    # the words in strings, IRIs and comments next to the keyword itself, in any case
    'SELECT * WHERE { ?s ?p "SERVICE" . service <{url}> { ?s ?p ?o } }',
    "SELECT * WHERE { ?s <http://a/SERVICE> ?o sErViCe <{url}> { ?s ?p ?o } }",
    "SELECT ?service WHERE { # from SERVICE\n Service ?service { ?s ?p ?o } "
    "VALUES ?service { <{url}> } }",
    # other whitespace between the keyword and its IRI
    "SELECT * WHERE { SERVICE\t<{url}>\t{ ?s ?p ?o } }",
    "SELECT * WHERE { SERVICE\r<{url}>\r{ ?s ?p ?o } }",
]

OTHER_REFUSALS = [
    ("SELECT * FROM <file:///etc/passwd> WHERE { ?s ?p ?o }", "files"),
    ("SELECT * # x\rFROM <file:///etc/passwd> WHERE { ?s ?p ?o }", "files"),
    ("SELECT * # x\rFROM NAMED <file:///etc/passwd> WHERE { ?s ?p ?o }", "files"),
    ("SELECT * \\u0046ROM <file:///etc/passwd> WHERE { ?s ?p ?o }", "files"),
    ("SELECT * FROM <{url}> WHERE { ?s ?p ?o }", "no graph of this store"),
    ("# x\rLOAD <{url}>", "read-only"),
    ("\\u004cOAD <{url}>", "read-only"),
    ("load <{url}>", "read-only"),
    ("# x\rINSERT DATA { <http://a> <http://b> <http://c> }", "read-only"),
    ("SELECT * WHERE { ?s ?p ?o } ;\rLOAD <{url}>", "read-only"),
    ("SELECT * WHERE { \\u005Cu0053ERVICE <{url}> { } }", "escape"),
    ("SELECT * WHERE {" + " {" * 400 + " }" * 400 + " }", "nests"),
    ("SELECT * WHERE { ?s ?p ?o }" + " " * 100_001, "over the limit"),
]


@pytest.fixture(scope="module")
def store():
    return make_store(sample_records())


@pytest.fixture
def listener():
    """A socket listening on 127.0.0.1; `.url` points at it, `.contacted()` says whether anything
    connected (the kernel completes connections into the backlog without accept)."""
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    sock.listen(8)
    sock.setblocking(False)

    class Listener:
        url = f"http://127.0.0.1:{sock.getsockname()[1]}/sparql"

        @staticmethod
        def contacted() -> bool:
            try:
                conn, _ = sock.accept()
            except BlockingIOError:
                return False
            conn.close()
            return True

    yield Listener
    sock.close()


@pytest.mark.parametrize("form", SERVICE_FORMS)
def test_service_in_any_form_is_refused_and_nothing_connects(store, listener, form):
    sparql = form.replace("{url}", listener.url)
    with pytest.raises(QueryError, match="SERVICE is refused") as info:
        check_query(canonical(sparql), store.has_graph)
    with pytest.raises(QueryError, match="SERVICE is refused"):
        run_query(store, sparql, timeout=10)
    assert "\n" not in str(info.value)
    assert not listener.contacted()


@pytest.mark.parametrize(("form", "reason"), OTHER_REFUSALS)
def test_from_load_update_in_any_form_are_refused(store, listener, form, reason):
    sparql = form.replace("{url}", listener.url)
    before = len(store)
    with pytest.raises(QueryError, match=reason) as info:
        run_query(store, sparql, timeout=10)
    assert "\n" not in str(info.value)
    assert len(store) == before
    assert not listener.contacted()


@pytest.mark.parametrize(
    "sparql",
    [
        "SELECT ?service WHERE { BIND('SERVICE <http://x/> {}' AS ?service) }",
        "SELECT ?s WHERE { ?s ?p ?o } # SERVICE <http://x/> { }\r\n",
        "SELECT ?s WHERE {\r\n  ?s a mg:Resolution\r\n}\r\n",
        'SELECT ?s WHERE { ?s mg:key "A/RES/\\u00370/1" }',
        "PREFIX ex: <http://example.org/SERVICE/>\nSELECT ?s WHERE { ?s ex:LOAD ?o }",
        'SELECT ?s WHERE { ?s ?p "SERVICE" }',
        "SELECT ?s WHERE { ?s ?p 'from <file:///etc/passwd>' }",
        "SELECT ?s WHERE { ?s <http://example.org/FROM/service> ?o }",
        "SELECT ?s WHERE { ?s ?p ?o } # FROM <file:///etc/passwd> SERVICE <http://x/>",
        "SELECT ?from ?named WHERE { ?from ?named ?o }",
    ],
)
def test_reads_that_only_look_alike_still_run(store, sparql):
    run_query(store, sparql, timeout=10)


@pytest.mark.parametrize(
    "sparql",
    [
        "SELECT ?s WHERE { ?s ?p ?o } LIMIT 1",
        "PREFIX ex: <http://example.org/> SELECT ?s WHERE { ?s ex:p ?o FILTER(?o > 2) }",
        "ASK { ?s a mg:Resolution }",
        "SELECT ?from WHERE { ?from mg:key 'A/RES/70/1' } # key of a resolution",
    ],
)
def test_plain_reads_are_decided_on_their_tokens(store, monkeypatch, sparql):
    """No parser for a query whose tokens name nothing to inspect (rdflib costs 0.3 s)."""
    from graph.query import check

    def no_parse(text):
        raise AssertionError("parsed")

    monkeypatch.setattr(check, "_parsed", no_parse)
    shape = check_query(canonical(sparql), store.has_graph)
    assert shape.form == ("ask" if sparql.startswith("ASK") else "select")


@pytest.mark.parametrize(
    "sparql",
    [
        'SELECT ?s WHERE { ?s ?p "service" }',  # the word inside a string
        "SELECT ?s WHERE { ?s <http://a/From> ?o }",  # ... an IRI
        "SELECT ?s WHERE { ?s ?p ?o } # load",  # ... a comment
        "SELECT ?s WHERE { ?s ?p 'x }",  # a quote the tokenizer cannot close
        "SELECT ?s WHERE { ?s ?p ?o ",  # a bracket left open
        "SELECT ?s WHERE {" + " {" * 40 + " }" * 40 + " }",  # nesting past the plain depth
        "HELLO ?s WHERE { ?s ?p ?o }",  # no query form first
    ],
)
def test_anything_else_goes_to_the_parser(store, monkeypatch, sparql):
    from graph.query import check

    seen = []

    def parse(text):
        seen.append(text)
        raise QueryError("parsed")

    monkeypatch.setattr(check, "_parsed", parse)
    with pytest.raises(QueryError, match="parsed"):
        check_query(canonical(sparql), store.has_graph)
    assert seen


def test_the_query_process_has_no_network(listener):
    """The second guard: once a process has left the network (as every forked query process
    does), even a SERVICE the check never saw cannot connect."""
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:  # pragma: no cover - reports through the pipe
        status = b"skip"
        if leave_network():
            try:
                sparql = f"SELECT * WHERE {{ SERVICE <{listener.url}> {{ ?s ?p ?o }} }}"
                list(ox.Store().query(sparql))
                status = b"ran"
            except Exception:  # noqa: BLE001 - any failure to connect is the point
                status = b"refused"
        os.write(write, status)
        os._exit(0)
    os.close(write)
    os.waitpid(pid, 0)
    status = os.read(read, 16)
    os.close(read)
    if status == b"skip":
        pytest.skip("this system gives unprivileged processes no network namespace")
    assert status == b"refused"
    assert not listener.contacted()


def test_cli_query_refuses_service_hidden_after_a_carriage_return(tmp_path, listener):
    sparql = f"SELECT * WHERE {{ # note\rSERVICE <{listener.url}> {{ ?s ?p ?o }} }}"
    done = subprocess.run(
        [sys.executable, "-m", "graph", "query", sparql, "--store", ":memory:"],
        capture_output=True,
        text=True,
        cwd=REPO,
        timeout=120,
        env={**os.environ, "PYTHONPATH": str(REPO)},
    )
    assert done.returncode == 2, done.stderr
    assert "SERVICE is refused" in done.stderr and len(done.stderr.strip().splitlines()) == 1
    assert not listener.contacted()
