"""The mandate-graph script: `query`, `chain`, `export`, `stats`, `validate` and `show` in their
plain forms start without the CLI framework; everything else (and every error) goes through
graph.cli.

Importing the framework costs more than answering a small query (with the pydantic it brings,
0.2-0.3 s), and scripts call `query` and `chain` in loops. The plain forms are one positional
argument (none for `export`, which takes this path only when it writes to a file, `stats` and
`validate`; none or one for `show`) and the options listed in _FAST; any other option, --help,
or a missing argument is handed to graph.cli, which parses it as before. On an error the command
is handed over too (these commands only read the store, and `export` and `show` write through a
temporary file), so messages and exit codes come from the one table in graph.cli: a library
error prints its one line and that table's exit code; anything else reruns through graph.cli.

What these commands import is kept small: a plain query loads no dataclasses and no pathlib,
and neither it nor `chain` loads typing (modules on their path write `TYPE_CHECKING = False`, which
type checkers read as typing.TYPE_CHECKING). `query` leaves the network in this process, before
the store starts its threads, so the query runs here rather than in a forked child
(graph/query/run.py). tests/benchmarks/bench_startup.py measures both against a fresh python.
"""

from __future__ import annotations

import sys
from collections.abc import Callable

from .errors import MandateGraphError

# Options of the fast forms: name -> whether it takes a value.
_FAST: dict[str, dict[str, bool]] = {
    "query": {"--store": True, "--format": True, "--timeout": True, "--limit": True},
    "chain": {"--store": True, "--format": True, "--down": False, "--depth": True},
    "export": {"--store": True, "--format": True, "-o": True, "--output": True},
    "stats": {"--store": True, "--format": True},
    "validate": {"--store": True},
    "show": {
        "--store": True,
        "-o": True,
        "--output": True,
        "--radius": True,
        "--relation": True,
        "--body": True,
        "--since": True,
    },
}
# How many positional arguments each fast form takes.
_POSITIONAL = {
    "query": (1,),
    "chain": (1,),
    "export": (0,),
    "stats": (0,),
    "validate": (0,),
    "show": (0, 1),
}
_FORMATS = {
    "query": ("table", "csv", "tsv", "json"),
    "chain": ("tree", "json", "csv", "mermaid"),
    "export": ("turtle", "ntriples", "nquads", "trig", "jsonld", "rdfxml"),
    "stats": ("table", "json"),
}


def main(argv: list[str] | None = None) -> None:
    """Entry point of the mandate-graph script."""
    args = sys.argv[1:] if argv is None else list(argv)
    fast = _parse(args)
    if fast is not None:
        command, positional, options = fast
        code = 0
        try:
            text = _RUN[command](positional, options)
            if isinstance(text, tuple):  # (what to print, the exit code)
                text, code = text
        except MandateGraphError as exc:  # one line, the exit code from the CLI's table
            from .cli import exit_code

            sys.stderr.write(f"mandate-graph: error: {exc}\n")
            sys.exit(exit_code(exc))
        except KeyboardInterrupt:
            from .cli import EXIT_INTERRUPTED

            sys.stderr.write("mandate-graph: interrupted\n")
            sys.exit(EXIT_INTERRUPTED)
        except Exception:  # anything else: the full CLI runs the command and reports it
            text = None
        if text is not None:
            _print(text)
            if code:
                sys.exit(code)
            return
    from .cli import main as full

    full(args)


def _parse(args: list[str]) -> tuple[str, str, dict[str, str | bool]] | None:
    """(command, its one positional argument, options) for a fast form, else None."""
    if not args or args[0] not in _FAST:
        return None
    command, known = args[0], _FAST[args[0]]
    positional: list[str] = []
    options: dict[str, str | bool] = {}
    rest = iter(args[1:])
    for arg in rest:
        name, eq, value = arg.partition("=")
        if name in known:
            if not known[name]:
                if eq:
                    return None
                options[name] = True
                continue
            if not eq:
                value = next(rest, None)  # type: ignore[assignment]
                if value is None:
                    return None
            options[name] = value
        elif arg.startswith("-") and arg != "-":
            return None  # --help, --name, --param, --list, ...: the full CLI
        else:
            positional.append(arg)
    formats = _FORMATS.get(command, ())
    if len(positional) not in _POSITIONAL[command] or (
        formats and options.get("--format", formats[0]) not in formats
    ):
        return None
    return command, (positional or [""])[0], options


def _query(sparql: str, options: dict[str, str | bool]) -> str | None:
    if sparql.startswith("@"):
        return None  # a query file: the full CLI reads it
    from .query.run import format_result, leave_network, run_query
    from .store import default_location, open_store

    location = _str(options.get("--store")) or default_location()
    if not location.startswith(("http://", "https://")):
        # The whole process leaves the network before the store starts its threads: the
        # query then runs here, with no child process to fork (run_query, _OFFLINE).
        leave_network()
    limit = options.get("--limit")
    with open_store(location, read_only=True) as st:
        result = run_query(
            st,
            sparql,
            params={},
            timeout=float(options.get("--timeout", 30.0)),
            limit=int(limit) if isinstance(limit, str) else None,
        )
        return format_result(result, str(options.get("--format", "table")))


def _chain(key: str, options: dict[str, str | bool]) -> str | None:
    from .chain import format_chain, trace_chain
    from .store import open_store

    depth = options.get("--depth")
    with open_store(_str(options.get("--store")), read_only=True) as st:
        result = trace_chain(
            st,
            key,
            down=bool(options.get("--down")),
            depth=int(depth) if isinstance(depth, str) else None,
            relations=None,
        )
        return format_chain(result, str(options.get("--format", "tree")))


def _export(_: str, options: dict[str, str | bool]) -> str | None:
    """An RDF export to a file (to standard output, or in a network format: the full CLI)."""
    output = _str(options.get("-o", options.get("--output")))
    if output is None or output == "-" or "-o" in options and "--output" in options:
        return None
    from .export.rdf import export_graph
    from .store import open_store

    fmt = str(options.get("--format", "turtle"))
    with open_store(_str(options.get("--store")), read_only=True) as st:
        count = export_graph(st, output, fmt)
    return f"wrote {output} ({count} statements, {fmt})"


def _stats(_: str, options: dict[str, str | bool]) -> str | None:
    from .stats import compute_stats, format_stats
    from .store import open_store

    with open_store(_str(options.get("--store")), read_only=True) as st:
        return format_stats(compute_stats(st), str(options.get("--format", "table")))


def _validate(_: str, options: dict[str, str | bool]) -> tuple[str, int]:
    from .store import open_store
    from .validate.shacl import validate_store

    with open_store(_str(options.get("--store")), read_only=True) as st:
        report = validate_store(st)
    return report.text, 0 if report.conforms else _EXIT_FAILED


def _show(key: str, options: dict[str, str | bool]) -> str | None:
    from pathlib import Path

    from .draw import draw_html
    from .store import open_store

    if "-o" in options and "--output" in options:
        return None
    radius, since = _int(options.get("--radius")), _int(options.get("--since"))
    output = Path(_str(options.get("-o", options.get("--output"))) or "graph.html")
    with open_store(_str(options.get("--store")), read_only=True) as st:
        report = draw_html(
            st,
            output,
            key=key or None,
            radius=radius,
            relations=_list(options.get("--relation")),
            bodies=_list(options.get("--body")),
            since=since,
        )
    return report.summary(output)


def _int(value: str | bool | None) -> int | None:
    """An integer option as click reads it (int()); a bad one raises, and the full CLI says why."""
    return int(value) if isinstance(value, str) else None


def _list(value: str | bool | None) -> list[str] | None:
    """A comma-separated option as graph.cli reads it."""
    return [v.strip() for v in value.split(",") if v.strip()] if isinstance(value, str) else None


def _str(value: str | bool | None) -> str | None:
    return value if isinstance(value, str) else None


def _print(text: str) -> None:
    """Print like the CLI does; a reader that went away (`| head`) is no error."""
    import os

    try:
        sys.stdout.write(text + "\n")
        sys.stdout.flush()
    except BrokenPipeError:
        os._exit(0)


_EXIT_FAILED = 1  # graph.cli.EXIT_FAILED: validate found shapes the store breaks
_RUN: dict[str, Callable[[str, dict[str, str | bool]], str | tuple[str, int] | None]] = {
    "query": _query,
    "chain": _chain,
    "export": _export,
    "stats": _stats,
    "validate": _validate,
    "show": _show,
}
