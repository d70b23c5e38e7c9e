"""SPARQL over the store: read-only, time-limited, with parameters bound as values.

`run_query(store, sparql, params={"key": "A/RES/70/1"})` binds ?key to the literal "A/RES/70/1"
through pyoxigraph's substitutions (SEP-0007), never by pasting text into the query, so a value
holding `"` or `||` stays a literal. Bound parameters must be projected by a SELECT (SEP-0007
asks it); their columns are left out of the results, since their value is the one given.

pyoxigraph has no query timeout and a Python thread cannot be stopped, so a query with a timeout
runs in a forked child process that the parent kills when time is up (fork costs a few ms:
tests/benchmarks/bench_chain.py). On a store open for writing, and without fork (Windows), it
runs in a thread that is abandoned at the timeout. The forked child also leaves the network
before it evaluates anything (see leave_network), so SERVICE could not connect even if a query
carrying it got past check_query. A process that has left the network itself (the command line
does, before it opens a local store: graph/launch.py) needs no child for that, and its queries
run in a thread: the command ends at the timeout, and the thread with it.
"""

from __future__ import annotations

import marshal
import os
import re
import select
import signal
import threading
import time
import warnings
from itertools import islice
from typing import TYPE_CHECKING, cast

import pyoxigraph as ox

from ..errors import QueryError, QueryTimeoutError, UsageError
from ..vocab.iris import PREFIXES
from .check import canonical, check_params, check_query
from .result import QueryResult, Term, format_result, term_of

if TYPE_CHECKING:
    from ..store.protocol import GraphStore
    from ..store.remote import RemoteStore
    from .named import NamedQuery, named_queries

__all__ = ["NamedQuery", "QueryResult", "Term", "format_result", "named_queries", "run_query"]


def __getattr__(name: str):
    """NamedQuery and named_queries, imported on first use: a plain query needs neither (and
    reading the query files' folder costs more than answering a small query)."""
    if name in ("NamedQuery", "named_queries"):
        from . import named

        return getattr(named, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


DEFAULT_TIMEOUT = 30.0
_OFFLINE = 0  # the id of this process once it has left the network (leave_network), else 0
_CLONE_NEWUSER, _CLONE_NEWNET = 0x10000000, 0x40000000  # from <sched.h>


def run_query(
    store: GraphStore,
    sparql: str,
    *,
    params: dict[str, object] | None = None,
    timeout: float | None = DEFAULT_TIMEOUT,
    limit: int | None = None,
) -> QueryResult:
    """Run a read-only SPARQL query over the union of the store's graphs.

    params: {variable name: value}; a str is a plain literal, "<...>" an IRI, an int/float/bool a
    typed literal, a pyoxigraph term itself. timeout: seconds (None: no limit). limit: row cap.
    Raises QueryError (refused or malformed query) and QueryTimeoutError.
    """
    if timeout is not None and timeout <= 0:
        raise UsageError(f"--timeout {timeout:g}: give a number of seconds above 0")
    if limit is not None and limit < 0:
        raise UsageError(f"--limit {limit}: give 0 or more rows")
    sparql = canonical(sparql)  # what the check reads is exactly what the engine runs
    shape = check_query(sparql, store.has_graph)
    params = dict(params or {})
    check_params(params, shape)
    subs = {ox.Variable(name): _term(value) for name, value in params.items()}
    job = _Job(store, sparql, subs, limit, union=not shape.from_graphs)
    if getattr(store, "remote", False):  # the server enforces the time limit over HTTP
        payload = job.run_remote(timeout)
    elif timeout is None:
        payload = job.run(_inner(store))
    elif hasattr(os, "fork") and not _writer(store) and _OFFLINE != os.getpid():
        payload = _in_child(job, timeout)
    else:
        payload = _in_thread(job, timeout)
    return _result(payload, set(params), timeout)


def _term(value: object):
    if isinstance(value, ox.NamedNode | ox.Literal | ox.BlankNode):
        return value
    if isinstance(value, bool):
        return ox.Literal(str(value).lower(), datatype=ox.NamedNode(PREFIXES["xsd"] + "boolean"))
    if isinstance(value, int):
        return ox.Literal(str(value), datatype=ox.NamedNode(PREFIXES["xsd"] + "integer"))
    if isinstance(value, float):
        return ox.Literal(repr(value), datatype=ox.NamedNode(PREFIXES["xsd"] + "double"))
    text = str(value)
    if len(text) > 2 and text.startswith("<") and text.endswith(">"):
        try:
            return ox.NamedNode(text[1:-1])
        except ValueError as exc:
            raise QueryError(f"parameter value {text}: not a valid IRI ({exc})") from None
    return ox.Literal(text)


class _Job:
    """One query evaluation, producing a marshal-able payload (plain tuples and strings)."""

    def __init__(self, store: GraphStore, sparql: str, subs: dict, limit: int | None, union: bool):
        self.store, self.sparql, self.subs = store, sparql, subs
        self.limit, self.union = limit, union

    def run(self, inner: ox.Store) -> tuple:
        try:
            results = inner.query(
                self.sparql,
                use_default_graph_as_union=self.union,
                prefixes=PREFIXES,
                substitutions=self.subs or None,
            )
            return self._collect(results)
        except SyntaxError as exc:
            return ("error", syntax_message(exc))
        except (RuntimeError, ValueError) as exc:  # e.g. a parameter missing from SELECT
            return ("error", _explain(str(exc)))
        except OSError as exc:
            return ("error", f"the store could not be read: {exc}")

    def run_remote(self, timeout: float | None) -> tuple:
        try:
            remote = cast("RemoteStore", self.store)
            results = remote.query(self.sparql, substitutions=self.subs or None, timeout=timeout)
        except SyntaxError as exc:
            raise QueryError(syntax_message(exc)) from None
        return self._collect(results)

    def _collect(self, results) -> tuple:
        if isinstance(results, ox.QueryBoolean) or isinstance(results, bool):
            return ("ask", (), [], bool(results), False)
        cap = None if self.limit is None else self.limit + 1
        if isinstance(results, ox.QuerySolutions):
            names = tuple(v.value for v in results.variables)
            rows = [tuple(term_of(s[n]) for n in names) for s in islice(results, cap)]
            kind = "select"
        else:  # CONSTRUCT / DESCRIBE
            names = ("subject", "predicate", "object")
            rows = [
                (term_of(t.subject), term_of(t.predicate), term_of(t.object))
                for t in islice(results, cap)
            ]
            kind = "graph"
        truncated = self.limit is not None and len(rows) > self.limit
        return (kind, names, rows[: self.limit] if truncated else rows, None, truncated)


# A character class in the parser's list of what it expected: "['A' ..= 'Z' | 'a' ..= 'z']".
_CHAR_CLASS = re.compile(r"\[(?:'(?:[^'\\]|\\.)*'|[^\]'])*\]")


def syntax_message(exc: Exception) -> str:
    """The parser's error on one line, without the Unicode ranges it lists as expected."""
    text = " ".join(str(exc).split())
    head, found, expected = text.partition("expected one of ")
    if found:
        items = [i.strip() for i in _CHAR_CLASS.sub("", expected).split(",")]
        items = [i for i in items if i and i != "Prefix not found"]
        expected = ", ".join(items[:12]) + (", …" if len(items) > 12 else "")
        text = head + (f"expected one of {expected}" if items else "unexpected text here")
    return f"SPARQL syntax error: {text}"


def _explain(message: str) -> str:
    if "SELECT projection" in message:
        return (
            f"{message}: a bound parameter must be listed after SELECT (its column is "
            "left out of the results)"
        )
    return message


def _in_child(job: _Job, timeout: float) -> tuple:
    read_end, write_end = os.pipe()
    with warnings.catch_warnings():
        # Python 3.12+ warns about fork in a threaded process. The child reads the store it
        # inherited (its memory holds every write, flushed or not), evaluates the query in Rust,
        # writes with os.write and leaves with os._exit, taking no Python lock. Reopening the
        # store read-only in the child instead races with the writer's compactions.
        warnings.simplefilter("ignore", DeprecationWarning)
        pid = os.fork()
    if pid == 0:  # pragma: no cover - runs in the child, reported through the pipe
        os.close(read_end)
        code = 0
        try:
            signal.signal(signal.SIGINT, signal.SIG_DFL)
            leave_network()
            payload = job.run(_inner(job.store))
        except BaseException as exc:  # noqa: BLE001 - everything goes back to the parent
            payload, code = ("error", f"{type(exc).__name__}: {exc}"), 1
        try:
            data = marshal.dumps(payload)
            view = memoryview(data)
            while view:
                view = view[os.write(write_end, view) :]
        finally:
            os._exit(code)
    os.close(write_end)
    return _read_child(pid, read_end, timeout)


def leave_network() -> bool:
    """Leave the network (Linux): the calling process moves into a network namespace of its
    own, with no interface but a loopback that is down, so nothing it runs can open a
    connection, whatever the query says. A second guard behind check_query; False (and nothing
    changed) where the system does not allow it (no unprivileged user namespaces, not Linux).
    Only for a single-threaded process, such as a freshly forked child."""
    global _OFFLINE
    import ctypes

    try:
        libc = ctypes.CDLL(None, use_errno=True)
        if libc.unshare(_CLONE_NEWUSER | _CLONE_NEWNET) != 0:
            return False
    except (OSError, AttributeError):
        return False
    _OFFLINE = os.getpid()  # (a child forked later has another id: it leaves on its own)
    return True


def _read_child(pid: int, fd: int, timeout: float) -> tuple:
    deadline = time.monotonic() + timeout
    chunks: list[bytes] = []
    done = False
    try:
        while True:
            left = deadline - time.monotonic()
            if left <= 0:
                break
            ready, _, _ = select.select([fd], [], [], left)
            if not ready:
                continue
            chunk = os.read(fd, 1 << 20)
            if not chunk:
                done = True
                break
            chunks.append(chunk)
    finally:
        os.close(fd)
        if not done:
            _kill(pid)
        else:
            os.waitpid(pid, 0)
    if not done:
        raise QueryTimeoutError(_stopped(timeout))
    try:
        return marshal.loads(b"".join(chunks))
    except (EOFError, ValueError, TypeError):
        raise QueryError("the query process ended without an answer (out of memory?)") from None


def _kill(pid: int) -> None:
    try:
        os.kill(pid, signal.SIGKILL)
    except ProcessLookupError:
        pass
    os.waitpid(pid, 0)


def _inner(store: GraphStore) -> ox.Store:
    """The pyoxigraph database of an embedded store (a remote one never gets here)."""
    return store.inner  # type: ignore[attr-defined]


def _writer(store: GraphStore) -> bool:
    """A store open for writing: its background threads (flushes, compactions) may hold locks
    at the moment of a fork, and a forked child would then wait on them forever (seen in
    tests). Reopening it read-only in the child races with those compactions instead."""
    return getattr(store, "_lock_fd", None) is not None


def _in_thread(job: _Job, timeout: float) -> tuple:
    """Evaluate in a thread (pyoxigraph releases the GIL meanwhile) and stop waiting at the
    timeout; the thread cannot be killed and finishes in the background."""
    box: list[tuple] = []
    worker = threading.Thread(target=lambda: box.append(job.run(_inner(job.store))), daemon=True)
    worker.start()
    worker.join(timeout)
    if not box:
        if not _writer(job.store):  # (the command line: it ends now, and the thread with it)
            raise QueryTimeoutError(_stopped(timeout))
        raise QueryTimeoutError(
            f"query stopped after {timeout:g} s: narrow it or raise --timeout (on a store open "
            "for writing it finishes in the background; read-only stores stop it at once)"
        )
    return box[0]


def _stopped(timeout: float) -> str:
    return (
        f"query stopped after {timeout:g} s: narrow it (a LIMIT, fewer OPTIONALs, a bound "
        "key) or raise --timeout"
    )


def _result(payload: tuple, bound: set[str], timeout: float | None) -> QueryResult:
    if payload[0] == "error":
        raise QueryError(payload[1])
    kind, names, rows, boolean, truncated = payload
    keep = [i for i, n in enumerate(names) if n not in bound] if kind == "select" else None
    if keep is not None and len(keep) < len(names):
        names = tuple(names[i] for i in keep)
        rows = [tuple(row[i] for i in keep) for row in rows]
    terms = tuple(tuple(Term(*t) if t else None for t in row) for row in rows)
    return QueryResult(kind, tuple(names), terms, boolean, truncated)
