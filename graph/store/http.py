"""HTTP for remote stores: which endpoints a store URL names, and one client that talks to them.

Standard library only (http.client). One HTTP/1.1 connection is kept open and reused between
requests: a chain walk sends hundreds of small queries, and on this machine a request took
0.14 ms on a kept connection against 0.5 ms on a new one. Connections go straight to the server
(an http_proxy from the environment is not used). Every failure becomes a StoreError or
QueryError whose one line says what to do.
"""

from __future__ import annotations

import base64
import http.client
import re
import ssl
import time
import urllib.parse
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from ..errors import QueryError, QueryTimeoutError, StoreError
from .answer import too_large

# /repositories/REPO, e.g. http://localhost:7200/repositories/mandates (GraphDB, RDF4J)
_RDF4J_PATH = re.compile(r"/repositories/[^/]+$")


@dataclass(frozen=True, slots=True)
class Endpoints:
    """Where a server takes queries and updates."""

    query: str
    update: str
    kind: str  # oxigraph | dataset (Fuseki) | rdf4j (GraphDB) | sparql (Virtuoso) | query
    dump: str | None = None  # GET here gives the whole dataset as N-Quads (Oxigraph's /store)


def endpoints(url: str) -> Endpoints:
    """The Query and Update endpoints for a store URL.

    - `http://host:7878` (no path): Oxigraph server, `/query` and `/update`;
    - `.../query` (any server): that URL, and `.../update` beside it;
    - `.../sparql`: one endpoint for both (Virtuoso);
    - `.../repositories/REPO`: GraphDB and RDF4J, updates at `.../statements`;
    - any other path is a Fuseki dataset: `DATASET/query` and `DATASET/update`.
    """
    parts = urllib.parse.urlsplit(url)
    path = parts.path.rstrip("/")

    def at(p: str) -> str:
        return urllib.parse.urlunsplit((parts.scheme, host_port(parts), p, "", ""))

    if not path:
        return Endpoints(at("/query"), at("/update"), "oxigraph", at("/store"))
    if path.endswith("/query"):
        return Endpoints(at(path), at(path[: -len("/query")] + "/update"), "query")
    if path.endswith("/sparql"):
        return Endpoints(at(path), at(path), "sparql")
    if _RDF4J_PATH.search(path):
        return Endpoints(at(path), at(path + "/statements"), "rdf4j")
    return Endpoints(at(path + "/query"), at(path + "/update"), "dataset")


def host_port(parts: urllib.parse.SplitResult) -> str:
    """host[:port] without user:password (they go into an Authorization header instead)."""
    host = parts.hostname or ""
    if ":" in host:
        host = f"[{host}]"
    return f"{host}:{parts.port}" if parts.port else host


class HttpClient:
    """POSTs to one SPARQL server, reusing a kept-alive connection."""

    def __init__(self, url: str):
        parts = urllib.parse.urlsplit(url)
        try:
            parts.port  # noqa: B018 - raises ValueError on a port that is not a number
        except ValueError:
            parts = urllib.parse.urlsplit("")
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise StoreError(f"{url!r} is not an http(s) URL of a SPARQL endpoint: check --store")
        self.endpoints = endpoints(url)
        # The URL as shown in messages: never with a password in it.
        self.location = urllib.parse.urlunsplit(
            (parts.scheme, host_port(parts), parts.path, "", "")
        )
        self._https = parts.scheme == "https"
        self._host, self._port = parts.hostname, parts.port
        self.headers = {"User-Agent": "mandate-graph"}
        if parts.username is not None:
            user = urllib.parse.unquote(parts.username)
            token = f"{user}:{urllib.parse.unquote(parts.password or '')}"
            self.headers["Authorization"] = "Basic " + base64.b64encode(token.encode()).decode()
        self._idle: list[http.client.HTTPConnection] = []

    def fetch(
        self,
        url: str,
        data: bytes,
        headers: dict,
        timeout: float,
        what: str,
        max_bytes: int | None = None,
    ) -> tuple[str, bytes]:
        """POST `data`; the answer's media type and whole body, read within `timeout` s
        (and refused once it passes `max_bytes`, counted as it arrives)."""
        for attempt in (0, 1):
            reused = bool(self._idle)
            conn = self._idle.pop() if reused else self._connect(timeout)
            conn.timeout = timeout
            if conn.sock is not None:
                conn.sock.settimeout(timeout)
            try:
                resp = self._exchange(conn, url, data, headers, what)
                body = _read_all(resp, timeout, max_bytes, self.location)
            except ConnectionError as exc:
                conn.close()
                if reused and attempt == 0:
                    continue  # the server closed the kept connection: once more on a new one
                raise self._unreachable(exc) from None
            except TimeoutError:
                conn.close()
                raise self._timeout(timeout, what) from None
            except (http.client.HTTPException, OSError) as exc:
                conn.close()
                raise self._unreachable(exc) from None
            except BaseException:
                conn.close()
                raise
            if resp.will_close:
                conn.close()
            else:
                self._idle.append(conn)
            return resp.headers.get_content_type(), body
        raise AssertionError("unreachable")  # pragma: no cover

    @contextmanager
    def stream(
        self, url: str, data: bytes | None, headers: dict, timeout: float, what: str
    ) -> Iterator[http.client.HTTPResponse]:
        """POST `data` (GET without it); the open response to read, on a connection of its own."""
        conn = self._connect(timeout)
        try:
            try:
                resp = self._exchange(conn, url, data, headers, what)
            except TimeoutError:
                raise self._timeout(timeout, what) from None
            except (http.client.HTTPException, OSError) as exc:
                raise self._unreachable(exc) from None
            yield resp
        finally:
            conn.close()

    def close(self) -> None:
        while self._idle:
            self._idle.pop().close()

    def _connect(self, timeout: float) -> http.client.HTTPConnection:
        if self._https:
            return http.client.HTTPSConnection(
                self._host, self._port, timeout=timeout, context=ssl.create_default_context()
            )
        return http.client.HTTPConnection(self._host, self._port, timeout=timeout)

    def _exchange(self, conn, url: str, data: bytes | None, headers: dict, what: str):
        target = urllib.parse.urlsplit(url)
        path = target.path + (f"?{target.query}" if target.query else "")
        conn.request(
            "GET" if data is None else "POST", path, body=data, headers={**self.headers, **headers}
        )
        resp = conn.getresponse()
        if resp.status >= 300:
            detail = resp.read(2000).decode("utf-8", "replace")
            conn.close()
            raise self._http_error(
                resp.status, resp.reason, detail, url, what, resp.getheader("Location")
            )
        return resp

    def _unreachable(self, reason) -> StoreError:
        text = (
            "connection refused"
            if isinstance(reason, ConnectionRefusedError)
            else str(getattr(reason, "strerror", None) or reason or type(reason).__name__)
        )
        return StoreError(
            f"cannot reach the SPARQL endpoint at {self.location} ({text}): "
            "start the server or check --store"
        )

    def _timeout(self, timeout: float, what: str) -> StoreError | QueryTimeoutError:
        if what == "query":
            return QueryTimeoutError(
                f"the SPARQL endpoint at {self.location} did not answer "
                f"within {timeout:g} s: simplify the query or raise --timeout"
            )
        return StoreError(
            f"the SPARQL endpoint at {self.location} did not finish the {what} "
            f"within {timeout:g} s: check the server, then run the command again"
        )

    def _http_error(
        self, status: int, reason: str, detail: str, where: str, what: str, location: str | None
    ) -> Exception:
        line = " ".join(detail.split())[:300] or reason
        if 300 <= status < 400:
            return StoreError(
                f"the SPARQL endpoint {where} redirects to {location} (HTTP "
                f"{status}): give the address it names as --store"
            )
        if status in (401, 403):
            return StoreError(
                f"the SPARQL endpoint {where} refused the {what} (HTTP {status}): "
                "give credentials as http://USER:PASSWORD@host/... "
                "or check its rights"
            )
        if status in (404, 405):
            hint = " and that the server allows updates" if what == "update" else ""
            return StoreError(
                f"no SPARQL {what} service at {where} (HTTP {status}): check the "
                f"dataset name in --store{hint}"
            )
        if status == 400 and what == "query":
            return QueryError(f"the SPARQL endpoint rejected the query: {line}")
        if status in (503, 504) and what == "query":
            return QueryTimeoutError(
                f"the SPARQL endpoint at {self.location} gave up (HTTP "
                f"{status}: {line}): simplify the query or try again later"
            )
        return StoreError(
            f"the SPARQL endpoint at {where} failed the {what} (HTTP {status}: "
            f"{line}): check the server log"
        )


def _read_all(
    resp: http.client.HTTPResponse, timeout: float, max_bytes: int | None, location: str
) -> bytes:
    """The whole body within `timeout` seconds overall (the socket's timeout is per read),
    refused as soon as it passes `max_bytes` (or announces more in its Content-Length)."""
    deadline = time.monotonic() + timeout
    announced = resp.getheader("Content-Length") or ""
    if max_bytes is not None and announced.isdigit() and int(announced) > max_bytes:
        raise too_large(location, max_bytes)
    chunks, size = [], 0
    while chunk := resp.read(1 << 16):
        chunks.append(chunk)
        size += len(chunk)
        if max_bytes is not None and size > max_bytes:
            raise too_large(location, max_bytes)
        if time.monotonic() > deadline:
            raise TimeoutError
    return b"".join(chunks)
