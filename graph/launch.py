"""The mandate-graph script: `query`, `chain` and `export` in their plain forms start without
the CLI framework; everything else (and every error) goes through graph.cli.

Importing the framework costs more than answering a small query (with the pydantic it brings,
0.2-0.3 s), and scripts call `query` and `chain` in loops. The plain forms are one positional
argument (none for `export`, which takes this path only when it writes to a file) and the
options listed in _FAST; any other option, --help, or a missing argument is handed to
graph.cli, which parses it as before. On an error the command is handed over too (the three
only read the store and write through a temporary file), so messages and exit codes come
from the one table in graph.cli: a library error prints its one line and that table's exit
code; anything else reruns through graph.cli.

What these commands import is kept small: a plain query loads no dataclasses and no pathlib,
and neither command loads typing (modules on their path write `TYPE_CHECKING = False`, which
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
}
_POSITIONAL = {"query": 1, "chain": 1, "export": 0}
_FORMATS = {
    "query": ("table", "csv", "tsv", "json"),
    "chain": ("tree", "json", "csv", "mermaid"),
    "export": ("turtle", "ntriples", "nquads", "trig", "jsonld", "rdfxml"),
}


def main(argv: list[str] | None = None) -> None:
    """Entry point of the mandate-graph script."""
    args = sys.argv[1:] if argv is None else list(argv)
    fast = _parse(args)
    if fast is not None:
        command, positional, options = fast
        try:
            text = _RUN[command](positional, options)
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
    if (
        len(positional) != _POSITIONAL[command]
        or options.get("--format", _FORMATS[command][0]) not in _FORMATS[command]
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


_RUN: dict[str, Callable[[str, dict[str, str | bool]], str | None]] = {
    "query": _query,
    "chain": _chain,
    "export": _export,
}
