"""`serve` against a hostile web page: DNS rebinding (Host), cross-site requests (Origin, CORS),
and queries that try to reach the network or the file system past the read-only guard.

The server runs as a real process on 127.0.0.1 (as in test_serve.py).
"""

from __future__ import annotations

import http.client
import socket
import urllib.parse

import pytest
from test_serve import Served, _write_store, query

from graph.serve.hosts import allowed_hosts


@pytest.fixture(scope="module")
def served(tmp_path_factory):
    location = tmp_path_factory.mktemp("serve-safety") / "db"
    _write_store(location)
    server = Served(
        location, tmp_path_factory.mktemp("log") / "serve.log", "--allow-host", "mandates.example"
    )
    yield server
    server.stop()


def _port(served) -> int:
    return urllib.parse.urlsplit(served.url).port


def raw(served, method: str, path: str, headers: dict[str, str], body: bytes | None = None):
    """(status, headers) of one request sent with exactly these headers (Host too)."""
    conn = http.client.HTTPConnection("127.0.0.1", _port(served), timeout=30)
    try:
        conn.putrequest(method, path, skip_host=True, skip_accept_encoding=True)
        for name, value in headers.items():
            conn.putheader(name, value)
        if body is not None:
            conn.putheader("Content-Length", str(len(body)))
        conn.endheaders(body)
        resp = conn.getresponse()
        resp.read()
        return resp.status, {k.lower(): v for k, v in resp.getheaders()}
    finally:
        conn.close()


# -- Host: exactly the endpoint's names, parsed, never by prefix ---------------------------------
@pytest.mark.parametrize(
    "host",
    [
        "127.evil.example",
        "127.0.0.1.evil.example",
        "127.0.0.1.evil.example:{port}",
        "localhost.evil.example:{port}",
        "attacker.example:{port}",
        "127.0.0.1:1",  # another port: another origin
        "127.0.0.2:{port}",
        "127.0.0.1:{port}@evil.example",
        "",
        None,  # no Host header at all
    ],
)
def test_host_not_naming_the_endpoint_is_refused(served, host):
    headers = {} if host is None else {"Host": host.format(port=_port(served))}
    for path in ("/", "/query?query=ASK%7B%7D"):
        status, _ = raw(served, "GET", path, headers)
        assert status == 421, (host, path)


@pytest.mark.parametrize(
    "host",
    [
        "127.0.0.1:{port}",
        "localhost:{port}",
        "LocalHost:{port}",
        "[::1]:{port}",
        "mandates.example:{port}",
    ],
)
def test_host_naming_the_endpoint_is_answered(served, host):
    status, _ = raw(
        served, "GET", "/query?query=ASK%7B%7D", {"Host": host.format(port=_port(served))}
    )
    assert status == 200, host


# -- Origin and CORS -----------------------------------------------------------------------------
@pytest.mark.parametrize(
    "origin",
    [
        "http://evil.example",
        "https://evil.example",
        "null",
        "http://127.0.0.1.evil.example:{port}",
        "http://127.0.0.1:1",
        "https://127.0.0.1:{port}",
        "file://",
    ],
)
def test_cross_origin_requests_are_refused(served, origin):
    origin = origin.format(port=_port(served))
    host = {"Host": f"127.0.0.1:{_port(served)}", "Origin": origin}
    status, headers = raw(served, "GET", "/query?query=ASK%7B%7D", host)
    assert status == 403, origin
    body = b"query=ASK%7B%7D"
    status, headers = raw(
        served,
        "POST",
        "/query",
        {**host, "Content-Type": "application/x-www-form-urlencoded"},
        body,
    )
    assert status == 403, origin
    assert not [h for h in headers if h.startswith("access-control-")]


def test_own_origin_is_answered(served):
    port = _port(served)
    for origin in (f"http://127.0.0.1:{port}", f"http://localhost:{port}"):
        status, _ = raw(
            served,
            "POST",
            "/query",
            {
                "Host": f"127.0.0.1:{port}",
                "Origin": origin,
                "Content-Type": "application/sparql-query",
            },
            b"ASK {}",
        )
        assert status == 200, origin


def test_no_cors_headers_and_preflight_refused(served):
    port = _port(served)
    status, headers = raw(
        served,
        "OPTIONS",
        "/query",
        {
            "Host": f"127.0.0.1:{port}",
            "Origin": "http://evil.example",
            "Access-Control-Request-Method": "POST",
        },
    )
    assert status == 403
    assert not [h for h in headers if h.startswith("access-control-")]
    status, headers, _ = query(served, "ASK { ?s ?p ?o }")
    assert status == 200
    assert not [h for h in headers if h.lower().startswith("access-control-")]


def test_allowed_hosts_unit():
    allowed = allowed_hosts("127.0.0.1", 7878, ("Mandates.Example", "10.0.0.5:80"))
    assert ("localhost", 7878) in allowed.pairs and ("[::1]", 7878) in allowed.pairs
    assert ("mandates.example", 7878) in allowed.pairs and ("10.0.0.5", 80) in allowed.pairs
    wide = allowed_hosts("0.0.0.0", 80)
    assert ("0.0.0.0", 80) not in wide.pairs and ("127.0.0.1", 80) in wide.pairs
    lan = allowed_hosts("192.168.1.20", 7878)
    assert lan.pairs == {("192.168.1.20", 7878)}
    with pytest.raises(ValueError, match="--allow-host"):
        allowed_hosts("127.0.0.1", 7878, ("evil.example/path",))


# -- the read-only guard over HTTP ---------------------------------------------------------------
@pytest.mark.parametrize(
    "form",
    [
        "SELECT * WHERE { # note\rSERVICE <{url}> { ?s ?p ?o } }",
        "SELECT * WHERE { \\u0053ERVICE <{url}> { ?s ?p ?o } }",
        "SELECT * # note\rFROM <file:///etc/passwd> WHERE { ?s ?p ?o }",
        "# note\rLOAD <{url}>",
    ],
)
def test_hidden_service_from_and_load_are_refused_and_nothing_connects(served, form):
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    sock.listen(8)
    sock.setblocking(False)
    try:
        sparql = form.replace("{url}", f"http://127.0.0.1:{sock.getsockname()[1]}/sparql")
        for method in ("GET", "POST"):
            status, _, body = query(served, sparql, method=method)
            assert status == 400, body
            assert b"\n" not in body.strip()
        with pytest.raises(BlockingIOError):
            sock.accept()
    finally:
        sock.close()
