"""`mandate-graph serve`: a read-only SPARQL 1.1 Protocol endpoint over the store.

- `GET /query?query=...`, `POST /query` with `application/sparql-query` or a form: results as
  SPARQL JSON (default), XML, CSV or TSV by the Accept header (or `&format=json|xml|csv|tsv`);
  CONSTRUCT/DESCRIBE as N-Triples. `GET /` is a query page for a browser.
- Every query goes through graph.query.run_query: SPARQL Update, LOAD, SERVICE and FROM <file:>
  are refused (HTTP 400; an update request is 403), each query is stopped at `timeout` (its
  forked process is killed) and capped at `limit` rows.
- At most `workers` queries run at once; a query that finds no free slot within a second gets
  503 with Retry-After, and connections beyond MAX_CONNECTIONS get 503 at once, so a flood of
  slow queries never takes the endpoint down.
- Bound to 127.0.0.1 unless `host` says otherwise. It answers only requests whose Host names it
  exactly (and whose Origin, when sent, is its own), so a web page cannot read it by DNS
  rebinding or a cross-site request (see hosts.py).
- The embedded store is opened read-only (no writer lock): `build` can write meanwhile. The
  endpoint answers from the state it opened and reopens the store once its files have been
  quiet for QUIET seconds, so a finished build shows up without a restart.
"""

from __future__ import annotations

import os
import signal
import sys
import threading
import time
import urllib.parse
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from ..errors import MandateGraphError, QueryError, QueryTimeoutError, UsageError
from ..query.run import QueryResult, run_query
from ..store import MEMORY, open_store
from .hosts import AllowedHosts, HostRefused, allowed_hosts, is_loopback
from .page import CSP, PAGE, named_json, node_page, static_file
from .results import HttpError as _HttpError
from .results import render

MAX_CONNECTIONS = 64  # open connections; more get 503 without being read
MAX_BODY = 1 << 20  # bytes of a POSTed query
IDLE = 10.0  # seconds a connection may take to send its request
SLOT_WAIT = 1.0  # seconds a query waits for a free slot before 503
QUIET = 2.0  # seconds the store's files must be unchanged before the endpoint reopens it
_FORMAT_PARAM = {
    "json": "application/sparql-results+json",
    "xml": "application/sparql-results+xml",
    "csv": "text/csv",
    "tsv": "text/tab-separated-values",
    "nt": "application/n-triples",
    "ntriples": "application/n-triples",
    "ttl": "text/turtle",
    "turtle": "text/turtle",
}


class Endpoint:
    """The shared state of a running endpoint: the store, the query slots, the limits."""

    def __init__(self, location: str, *, timeout: float, limit: int, workers: int):
        self.location, self.timeout, self.limit = location, timeout, limit
        self.workers = workers
        self.slots = threading.BoundedSemaphore(workers)
        self._lock = threading.Lock()
        self._store = open_store(location, read_only=True)
        self._path = (
            None if location == MEMORY or getattr(self._store, "remote", False) else Path(location)
        )
        self._seen = _signature(self._path)
        self._checked = time.monotonic()

    def store(self, *, force: bool = False):
        """The store to query: reopened once a writer has finished changing its files
        (`force`: at once, if they changed at all)."""
        if self._path is None:
            return self._store
        with self._lock:
            now = time.monotonic()
            if now - self._checked < 0.5 and not force:
                return self._store
            self._checked = now
            sig = _signature(self._path)
            newest = max((mtime for _, _, mtime in sig), default=0) / 1e9
            # Still being written (a build is running): keep the consistent state already open.
            if sig != self._seen and (force or time.time() - newest >= QUIET):
                try:
                    self._store = open_store(self.location, read_only=True)
                    self._seen = sig
                except MandateGraphError:
                    pass  # keep answering from the state already open
            return self._store

    def run(self, sparql: str) -> QueryResult:
        if not self.slots.acquire(timeout=SLOT_WAIT):
            raise _HttpError(
                503,
                f"busy: {self.workers} queries are running; try again shortly",
                {"Retry-After": "1"},
            )
        try:
            try:
                return run_query(self.store(), sparql, timeout=self.timeout, limit=self.limit)
            except QueryError as exc:
                if isinstance(exc, QueryTimeoutError) or not self._changed():
                    raise
                # A writer may have compacted away files the open state was reading (pyoxigraph
                # calls reading next to a writer undefined): once more, on the current state.
                return run_query(
                    self.store(force=True), sparql, timeout=self.timeout, limit=self.limit
                )
        finally:
            self.slots.release()

    def _changed(self) -> bool:
        return self._path is not None and _signature(self._path) != self._seen


def _signature(path: Path | None) -> tuple:
    """Names, sizes and times of the store's files: it changes whenever a writer writes."""
    if path is None:
        return ()
    try:
        return tuple(
            sorted((e.name, e.stat().st_size, e.stat().st_mtime_ns) for e in os.scandir(path))
        )
    except OSError:
        return ()


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = MAX_CONNECTIONS

    def __init__(self, address, endpoint: Endpoint, allow_hosts: tuple[str, ...] = ()):
        super().__init__(address, _Handler)
        self.endpoint = endpoint
        self.connections = threading.BoundedSemaphore(MAX_CONNECTIONS)
        self.loopback = is_loopback(address[0])
        self.allowed: AllowedHosts = allowed_hosts(address[0], self.server_address[1], allow_hosts)

    def process_request(self, request, client_address):
        if not self.connections.acquire(blocking=False):
            try:
                request.sendall(
                    b"HTTP/1.0 503 Service Unavailable\r\nRetry-After: 1\r\n"
                    b"Content-Type: text/plain\r\nContent-Length: 36\r\n\r\n"
                    b"busy: too many connections, retry\r\n"
                )
            except OSError:
                pass
            self.shutdown_request(request)
            return
        super().process_request(request, client_address)

    def process_request_thread(self, request, client_address):
        try:
            super().process_request_thread(request, client_address)
        finally:
            self.connections.release()


class _Handler(BaseHTTPRequestHandler):
    server: _Server
    timeout = IDLE  # an idle or slow-sending connection is dropped

    def version_string(self) -> str:
        return "mandate-graph"

    def do_GET(self) -> None:
        self._handle("GET")

    def do_POST(self) -> None:
        self._handle("POST")

    def do_HEAD(self) -> None:
        self._handle("HEAD")

    def do_OPTIONS(self) -> None:
        self._handle("OPTIONS")

    def _handle(self, method: str) -> None:
        try:
            self._check_host()
            if method == "OPTIONS":  # a CORS preflight: no other origin may call this endpoint
                raise _HttpError(
                    403,
                    "cross-origin requests are refused: use the query page "
                    "this endpoint serves at /",
                )
            path, _, query_string = self.path.partition("?")
            if path == "/" and method in ("GET", "HEAD"):
                self._send(200, PAGE, "text/html; charset=utf-8", {"Content-Security-Policy": CSP})
            elif path == "/query":
                self._query(method, urllib.parse.parse_qs(query_string, keep_blank_values=True))
            elif path.startswith("/static/") and method in ("GET", "HEAD"):
                found = static_file(urllib.parse.unquote(path[len("/static/") :]))
                if found is None:
                    raise _HttpError(404, f"not found: {path}")
                self._send(200, found[0], found[1])
            elif path == "/named-queries" and method in ("GET", "HEAD"):
                self._send(200, named_json(), "application/json; charset=utf-8")
            elif path == "/node" and method in ("GET", "HEAD"):
                self._node(urllib.parse.parse_qs(query_string))
            elif path in ("/update", "/store", "/data"):
                raise _HttpError(
                    403,
                    "this endpoint is read-only: change the store with "
                    "'mandate-graph build' or 'mandate-graph remove'",
                )
            else:
                raise _HttpError(404, "not found: the SPARQL endpoint is /query, the query page /")
        except _HttpError as exc:
            self._send(
                exc.status, (exc.message + "\n").encode(), "text/plain; charset=utf-8", exc.headers
            )

    def _node(self, params: dict[str, list[str]]) -> None:
        """The graph page of one node and its neighbours (the page carries its own CSP)."""
        iri = (params.get("iri") or [""])[0]
        if not iri:
            raise _HttpError(400, "give the node: /node?iri=IRI")
        try:
            body = node_page(self.server.endpoint.store(), iri)
        except MandateGraphError as exc:
            raise _HttpError(404, str(exc)) from None
        self._send(200, body, "text/html; charset=utf-8")

    def _check_host(self) -> None:
        """Answer only requests that name this endpoint, from no page but its own."""
        try:
            self.server.allowed.check_host(self.headers.get("Host"))
            self.server.allowed.check_origin(self.headers.get("Origin"))
        except HostRefused as exc:
            raise _HttpError(exc.status, exc.message) from None

    def _query(self, method: str, params: dict[str, list[str]]) -> None:
        if method == "POST":
            params = self._post_params(params)
        if "update" in params:
            raise _HttpError(403, "this endpoint is read-only: SPARQL Update is refused")
        if "default-graph-uri" in params or "named-graph-uri" in params:
            raise _HttpError(
                400,
                "default-graph-uri and named-graph-uri are not supported: "
                "queries read the union of all graphs (use GRAPH in the query)",
            )
        queries = params.get("query") or []
        if len(queries) != 1 or not queries[0].strip():
            raise _HttpError(
                400,
                "give one SPARQL query: GET /query?query=... or POST it as "
                "application/sparql-query",
            )
        try:
            result = self.server.endpoint.run(queries[0])
        except QueryTimeoutError as exc:
            raise _HttpError(503, str(exc)) from None
        except QueryError as exc:
            raise _HttpError(400, str(exc)) from None
        except MandateGraphError as exc:
            raise _HttpError(500, str(exc)) from None
        fmt = (params.get("format") or [""])[0].lower()
        media = _FORMAT_PARAM.get(fmt) or self.headers.get("Accept") or ""
        body, ctype = render(result, media)
        extra = {"X-Rows-Truncated": "true"} if result.truncated else {}
        self._send(200, body if method != "HEAD" else b"", ctype, extra, len(body))

    def _post_params(self, params: dict[str, list[str]]) -> dict[str, list[str]]:
        try:
            length = int(self.headers.get("Content-Length", ""))
        except ValueError:
            raise _HttpError(411, "send a Content-Length with the query") from None
        if length > MAX_BODY:
            raise _HttpError(413, f"the query is over {MAX_BODY} bytes: shorten it")
        body = self.rfile.read(length).decode("utf-8", "replace")
        ctype = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
        if ctype == "application/sparql-query":
            return {**params, "query": [body]}
        if ctype == "application/x-www-form-urlencoded":
            form = urllib.parse.parse_qs(body, keep_blank_values=True)
            return {**params, **form}
        if ctype == "application/sparql-update":
            raise _HttpError(403, "this endpoint is read-only: SPARQL Update is refused")
        raise _HttpError(
            415,
            "POST the query as application/sparql-query or as a form "
            "(application/x-www-form-urlencoded) with query=...",
        )

    def _send(
        self,
        status: int,
        body: bytes,
        ctype: str,
        headers: dict | None = None,
        length: int | None = None,
    ) -> None:
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body) if length is None else length))
        self.send_header("X-Content-Type-Options", "nosniff")
        self.send_header("Cache-Control", "no-store")
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def log_message(self, format: str, *args) -> None:  # noqa: A002 - the stdlib's name
        sys.stderr.write(f"{self.address_string()} {format % args}\n")


def make_server(
    location: str,
    *,
    host: str = "127.0.0.1",
    port: int = 7878,
    timeout: float = 30.0,
    limit: int = 10000,
    workers: int | None = None,
    allow_hosts: tuple[str, ...] = (),
) -> ThreadingHTTPServer:
    """The endpoint's HTTP server, bound but not yet serving (see `serve`)."""
    if timeout <= 0:
        raise UsageError(f"--timeout {timeout:g}: give a number of seconds above 0")
    if limit < 1:
        raise UsageError(f"--limit {limit}: give at least 1 row")
    endpoint = Endpoint(
        str(location), timeout=timeout, limit=limit, workers=workers or max(2, os.cpu_count() or 2)
    )
    try:
        server = _Server((host, port), endpoint, tuple(allow_hosts))
    except ValueError as exc:  # a malformed --allow-host
        raise UsageError(str(exc)) from None
    except OSError as exc:
        raise UsageError(
            f"cannot listen on {host}:{port} ({exc.strerror or exc}): "
            "choose another --port or --host"
        ) from None
    return server


def serve(
    location: str,
    *,
    host: str = "127.0.0.1",
    port: int = 7878,
    timeout: float = 30.0,
    limit: int = 10000,
    workers: int | None = None,
    allow_hosts: tuple[str, ...] = (),
) -> None:
    """Serve the store at `location` read-only at http://HOST:PORT/query until interrupted."""
    server = make_server(
        location,
        host=host,
        port=port,
        timeout=timeout,
        limit=limit,
        workers=workers,
        allow_hosts=allow_hosts,
    )
    bound_host, bound_port = (str(part) for part in server.server_address[:2])
    shown = f"[{bound_host}]" if ":" in bound_host else bound_host
    print(
        f"mandate-graph: serving {location} read-only at http://{shown}:{bound_port}/query "
        f"(query page http://{shown}:{bound_port}/ ; Ctrl-C stops)",
        file=sys.stderr,
        flush=True,
    )
    if not server.loopback:  # type: ignore[attr-defined]
        names = ", ".join(sorted(f"{n}:{p}" for n, p in server.allowed.pairs))  # type: ignore
        print(
            f"mandate-graph: listening on {host}: anyone who can reach this address can "
            f"query the store (under the names {names}; add more with --allow-host)",
            file=sys.stderr,
            flush=True,
        )

    def stop(signum, frame):
        raise KeyboardInterrupt

    previous = signal.signal(signal.SIGTERM, stop)
    try:
        server.serve_forever(poll_interval=0.5)
    except KeyboardInterrupt:
        pass
    finally:
        signal.signal(signal.SIGTERM, previous)
        server.server_close()
        _kill_children()


def _kill_children() -> None:
    """Stop query processes still running (forked by run_query) when the server stops."""
    me = str(os.getpid())
    try:
        entries = os.listdir("/proc")
    except OSError:
        return  # no /proc: each child is killed at its own timeout anyway
    for entry in entries:
        if not entry.isdigit():
            continue
        try:
            stat = Path("/proc", entry, "stat").read_text()
        except OSError:
            continue
        if stat.rsplit(")", 1)[-1].split()[1] == me:  # field 4 of /proc/PID/stat: the parent
            try:
                os.kill(int(entry), signal.SIGKILL)
            except OSError:
                pass
