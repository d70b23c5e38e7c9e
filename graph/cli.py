"""The `mandate-graph` command line: each command parses, calls the public API, prints.

Exit codes come from one table, EXIT_CODES, read by `main()`: 0 success; 1 the command ran but
failed (some inputs could not be read, the graph does not conform, a key is not in the store, the
store cannot be opened or written, a query ran out of time, an export cannot carry the graph);
2 the command cannot run as given (usage error, a malformed query, an input path that cannot be
read at all). 70 is an internal error, 130 an interruption. No traceback reaches the user.
"""

from __future__ import annotations

import gc
import json
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated, cast

import typer

from .console.help import OutputClosed, PlainCommand
from .errors import (
    ExportError,
    InputError,
    MandateGraphError,
    NotFoundError,
    QueryError,
    QueryTimeoutError,
    StoreError,
    UsageError,
    ValidationFailed,
)
from .version import __version__

EXIT_OK = 0
EXIT_FAILED = 1  # the command ran, and some of it failed
EXIT_USAGE = 2  # the command cannot run as given
EXIT_INTERNAL = 70
EXIT_INTERRUPTED = 130

# Library exceptions -> exit codes; the first class an error is an instance of wins, so
# subclasses come before their bases.
EXIT_CODES: tuple[tuple[type[MandateGraphError], int], ...] = (
    (UsageError, EXIT_USAGE),
    (InputError, EXIT_USAGE),
    (QueryTimeoutError, EXIT_FAILED),
    (QueryError, EXIT_USAGE),
    (NotFoundError, EXIT_FAILED),
    (StoreError, EXIT_FAILED),
    (ValidationFailed, EXIT_FAILED),
    (ExportError, EXIT_FAILED),
    (MandateGraphError, EXIT_USAGE),
)


def exit_code(error: MandateGraphError) -> int:
    """The exit code of a library error (EXIT_CODES)."""
    return next(code for cls, code in EXIT_CODES if isinstance(error, cls))


app = typer.Typer(
    name="mandate-graph",
    help="Trace mandates through United Nations documents.",
    add_completion=False,
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)

StoreOpt = Annotated[
    str | None,
    typer.Option(
        "--store",
        metavar="PATH|URL",
        help="Store: a folder, :memory:, or a SPARQL endpoint URL "
        "[default: $MANDATE_GRAPH_STORE or ./mandate-graph.db]",
    ),
]


IncludeOpt = Annotated[
    list[str] | None,
    typer.Option(metavar="GLOB", help="Only files matching this glob (repeatable)"),
]
ExcludeOpt = Annotated[
    list[str] | None,
    typer.Option(metavar="GLOB", help="Skip files matching this glob (repeatable)"),
]
MaxBytesOpt = Annotated[
    int | None,
    typer.Option(
        "--max-bytes", metavar="BYTES", help="Largest input file, in bytes [default: 256 MiB]"
    ),
]
MaxPagesOpt = Annotated[
    int | None,
    typer.Option("--max-pages", metavar="N", help="Most pages in one PDF [default: 5000]"),
]
MaxInflatedOpt = Annotated[
    int | None,
    typer.Option(
        "--max-inflated-bytes",
        metavar="BYTES",
        help="Most bytes after decompression (PDF streams, DOCX parts) [default: 512 MiB]",
    ),
]
MaxSecondsOpt = Annotated[
    float | None,
    typer.Option(
        "--max-seconds",
        metavar="SECONDS",
        help="Time to read one file before it is stopped [default: 120]",
    ),
]
MaxMemoryOpt = Annotated[
    int | None,
    typer.Option(
        "--max-memory-mb", metavar="MB", help="Memory of one reader process, in MB [default: 2048]"
    ),
]


OcrOpt = Annotated[
    str,
    typer.Option(
        "--ocr",
        metavar="MODE",
        help="Read PDF pages without text through OCR: auto (when Tesseract is installed), "
        "never, or always (also redo a bad text layer)",
    ),
]
LanguageOpt = Annotated[
    str | None,
    typer.Option(
        "--language",
        metavar="CODE",
        help="Language of the documents (ar, en, es, fr, ru, zh) [default: detect]",
    ),
]


def _ocr(mode: str, language: str | None):
    """The OCR options from the command line (UsageError for an unknown mode or language)."""
    from .read.ocr import OcrOptions

    return OcrOptions(mode=mode, language=language)


def _limits(
    max_bytes: int | None,
    max_pages: int | None,
    max_inflated: int | None,
    max_seconds: float | None,
    max_memory: int | None,
):
    """The reading limits, with the ones given on the command line raised or lowered."""
    from dataclasses import replace

    from .read.limits import DEFAULT_LIMITS

    given = {
        "max_bytes": max_bytes,
        "max_pages": max_pages,
        "max_inflated_bytes": max_inflated,
        "timeout_s": max_seconds,
        "max_memory_mb": max_memory,
    }
    return replace(DEFAULT_LIMITS, **{k: v for k, v in given.items() if v is not None})  # type: ignore[arg-type]


def _choice(value: str, choices: tuple[str, ...], option: str) -> str:
    if value not in choices:
        raise UsageError(f"unknown {option} {value!r}: use one of {', '.join(choices)}")
    return value


def _csv_list(value: str | None) -> list[str] | None:
    return [v.strip() for v in value.split(",") if v.strip()] if value else None


def _echo(text: str) -> None:
    typer.echo(text)


def _fail(text: str) -> None:
    typer.echo(f"mandate-graph: {text}", err=True)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"mandate-graph {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: Annotated[
        bool,
        typer.Option(
            "--version", callback=_version, is_eager=True, help="Print the version and exit."
        ),
    ] = False,
) -> None:
    """Trace mandates through United Nations documents."""


@app.command(cls=PlainCommand)
def extract(
    files: Annotated[list[Path], typer.Argument(metavar="PATH", help="Files or folders to read.")],
    fmt: Annotated[
        str, typer.Option("--format", metavar="FORMAT", help="table, jsonl or nquads")
    ] = "table",
    out: Annotated[
        Path | None,
        typer.Option(metavar="DIR", help="Folder for --format nquads (one file per document)"),
    ] = None,
    encoding: Annotated[
        str | None, typer.Option(metavar="NAME", help="Text encoding, instead of detecting it")
    ] = None,
    jobs: Annotated[
        int | None, typer.Option(metavar="N", help="Worker processes [default: cores]")
    ] = None,
    include: IncludeOpt = None,
    exclude: ExcludeOpt = None,
    max_bytes: MaxBytesOpt = None,
    max_pages: MaxPagesOpt = None,
    max_inflated_bytes: MaxInflatedOpt = None,
    max_seconds: MaxSecondsOpt = None,
    max_memory_mb: MaxMemoryOpt = None,
    ocr: OcrOpt = "auto",
    language: LanguageOpt = None,
) -> None:
    """Print the references found in each document."""
    from .console.summary import format_record
    from .ingest import extract_paths

    _choice(fmt, ("table", "jsonl", "nquads"), "--format")
    if fmt == "nquads" and out is None:
        raise UsageError("--format nquads writes one file per document: give --out DIR")
    out_dir = out or Path(".")  # used only with --format nquads, where --out is required
    limits = _limits(max_bytes, max_pages, max_inflated_bytes, max_seconds, max_memory_mb)
    if fmt == "nquads":
        from .ingest import write_bodies_nquads

        write_bodies_nquads(out_dir)
    failed = 0
    for result in extract_paths(
        files,
        include=include or (),
        exclude=exclude or (),
        encoding=encoding,
        jobs=jobs,
        limits=limits,
        ocr=_ocr(ocr, language),
    ):
        if result.error or result.record is None:
            failed += 1
            _fail(f"{result.path}: {result.error}")
            continue
        for warning in result.record.warnings:
            _fail(f"{result.path}: warning: {warning}")
        if fmt == "jsonl":
            for record in _records(_as_given(result)):
                _echo(json.dumps(record.to_json(), ensure_ascii=False))
        elif fmt == "nquads":
            from .ingest import write_nquads

            _echo(str(write_nquads(result.record, out_dir)))
        else:
            _echo("\n".join(format_record(r) for r in _records(_as_given(result))))
    if failed:
        raise typer.Exit(EXIT_FAILED)


def _records(record):
    """A file's record, then the records of the acts it holds (a compilation's)."""
    from dataclasses import replace

    return [record, *(replace(p, source=record.source) for p in record.parts)]


def _as_given(result):
    """The record with its source named as the user named it (the store keeps the absolute path)."""
    from dataclasses import replace

    return replace(result.record, source=str(result.path))


@app.command(cls=PlainCommand)
def build(
    paths: Annotated[
        list[Path], typer.Argument(metavar="PATH", help="Files or folders to ingest.")
    ],
    store: StoreOpt = None,
    out: Annotated[
        Path, typer.Option(metavar="DIR", help="Folder for graph.ttl and graph.html")
    ] = Path("mandate-graph-out"),
    include: IncludeOpt = None,
    exclude: ExcludeOpt = None,
    jobs: Annotated[
        int | None, typer.Option(metavar="N", help="Worker processes [default: cores]")
    ] = None,
    encoding: Annotated[
        str | None, typer.Option(metavar="NAME", help="Text encoding, instead of detecting it")
    ] = None,
    force: Annotated[bool, typer.Option(help="Re-read files even when unchanged")] = False,
    outputs: Annotated[
        bool, typer.Option(help="Write graph.ttl and graph.html (when the store changed)")
    ] = True,
    include_all: Annotated[
        bool,
        typer.Option(
            "--include-all",
            help="Also read files found in folders that do not look like documents "
            "(README, lists of file names, texts with no symbol or reference)",
        ),
    ] = False,
    max_bytes: MaxBytesOpt = None,
    max_pages: MaxPagesOpt = None,
    max_inflated_bytes: MaxInflatedOpt = None,
    max_seconds: MaxSecondsOpt = None,
    max_memory_mb: MaxMemoryOpt = None,
    ocr: OcrOpt = "auto",
    language: LanguageOpt = None,
) -> None:
    """Ingest documents into the store; write graph.ttl and graph.html."""
    from .chain.longest import chain_titles, longest_mandate_chain
    from .console.interrupt import EXIT_BASE
    from .console.summary import format_build_summary, format_interrupted
    from .ingest import ingest_paths
    from .store import open_store

    options = _ocr(ocr, language)
    with _settled(), open_store(store) as st:
        report = ingest_paths(
            paths,
            st,
            include=include or (),
            exclude=exclude or (),
            jobs=jobs,
            encoding=encoding,
            force=force,
            include_all=include_all,
            progress=True,
            ocr=options,
            limits=_limits(max_bytes, max_pages, max_inflated_bytes, max_seconds, max_memory_mb),
            follow=outputs and _drawn(out),
            probe=_probe if outputs and _page_counted(out) else None,
        )
        if report.interrupted:
            _fail(format_interrupted(report))
            raise typer.Exit(EXIT_BASE + report.interrupted)
        from .store.stamp import forget, outputs_current

        changes, where = report.changes, _where(store)
        if changes is not None and where.startswith(("http://", "https://")):
            changes.also.append(str(len(st)))  # a server's store: others may write to it
        wrote = False
        if outputs and changes is not None:
            if force or not outputs_current(out, where, changes.state()):
                from .draw.outputs import write_outputs  # (networkx, pyvis: only to draw)

                wrote = write_outputs(st, out, where, changes, force=force)
        elif report.read or report.removed:  # the files, if any, no longer show the store
            forget(out)
        chain = longest_mandate_chain(st)
        titles = chain_titles(st, chain)
        summary = format_build_summary(report, chain, out, wrote=wrote, titles=titles)
        _echo(summary if outputs else summary.rsplit("\n", 1)[0])
    for path, reason in report.failed:
        _fail(f"{path}: {reason}")
    if report.failed:
        raise typer.Exit(EXIT_FAILED)


def _drawn(out: Path) -> bool:
    """Outputs in `out` say what they show: a build may patch them (draw/outputs.py)."""
    from .store.stamp import STAMP

    return (out / STAMP).is_file()


def _page_counted(out: Path) -> bool:
    """The page in `out` was drawn from counts kept beside it (draw/regroup.py)."""
    from .store.stamp import COUNTS

    return (out / COUNTS).is_file()


def _probe(st, nodes: set[str]):
    """The grouped page's counts of `nodes` (draw/regroup.py), loaded only when called."""
    from .draw.regroup import probe

    return probe(st, nodes)


def _where(location: Path | str | None) -> str:
    """The store's location as the outputs' stamp names it (draw/outputs.py)."""
    from .store.open import default_location

    where = str(location) if location is not None else default_location()
    if not where.startswith(("http://", "https://", ":memory:")):
        where = str(Path(where).resolve())
    return where


@contextmanager
def _settled() -> Iterator[None]:
    """Leave what is loaded so far (modules, the CLI's own objects) out of the garbage
    collector's full passes while the build runs: a build makes millions of objects, and
    every full pass used to walk all of these again (gc.freeze; let go at the end, for a
    process that goes on after the command)."""
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()


@app.command(cls=PlainCommand)
def remove(
    items: Annotated[
        list[str],
        typer.Argument(metavar="FILE|SYMBOL", help="Source files or document symbols to remove."),
    ],
    store: StoreOpt = None,
) -> None:
    """Delete the graphs of source files (or of documents with a symbol) from the store."""
    from .ingest import remove_document
    from .store import open_store

    with open_store(store, create=False) as st:
        for item in items:
            _echo(f"removed {remove_document(st, item)} graph(s) for {item}")


@app.command(cls=PlainCommand)
def chain(
    key: Annotated[
        str, typer.Argument(metavar="KEY", help="A canonical key, document symbol or body code.")
    ],
    store: StoreOpt = None,
    down: Annotated[
        bool, typer.Option("--down", help="What it mandated, instead of what mandated it")
    ] = False,
    depth: Annotated[int | None, typer.Option(metavar="N", help="Follow at most N links")] = None,
    relation: Annotated[
        str | None, typer.Option(metavar="LIST", help="Only these relations, comma-separated")
    ] = None,
    fmt: Annotated[
        str, typer.Option("--format", metavar="FORMAT", help="tree, json, csv or mermaid")
    ] = "tree",
    min_confidence: Annotated[
        float | None,
        typer.Option(
            "--min-confidence",
            metavar="SCORE",
            help="Leave out links stated with less confidence (0-1)",
        ),
    ] = None,
    context: Annotated[
        bool, typer.Option("--context", help="Also show what each act acted on and recalls")
    ] = False,
) -> None:
    """Print the mandate chain of KEY: what mandated it, and what mandated that."""
    from .chain import format_chain, trace_chain
    from .store import open_store

    _choice(fmt, ("tree", "json", "csv", "mermaid"), "--format")
    with open_store(store, read_only=True) as st:
        result = trace_chain(
            st,
            key,
            down=down,
            depth=depth,
            relations=_csv_list(relation),
            min_confidence=min_confidence,
            context=context,
        )
        _echo(format_chain(result, fmt))


@app.command(cls=PlainCommand)
def query(
    sparql: Annotated[
        str | None, typer.Argument(metavar="SPARQL", help="SPARQL text, or @file.rq")
    ] = None,
    store: StoreOpt = None,
    name: Annotated[
        str | None, typer.Option(metavar="NAME", help="Run a named query (see --list)")
    ] = None,
    param: Annotated[
        list[str] | None, typer.Option(metavar="NAME=VALUE", help="Bind a parameter: name=value")
    ] = None,
    list_: Annotated[bool, typer.Option("--list", help="List the named queries")] = False,
    fmt: Annotated[
        str, typer.Option("--format", metavar="FORMAT", help="table, csv, tsv or json")
    ] = "table",
    timeout: Annotated[
        float, typer.Option(metavar="SECONDS", help="Stop the query after this many seconds")
    ] = 30.0,
    limit: Annotated[
        int | None, typer.Option(metavar="N", help="Return at most this many rows")
    ] = None,
) -> None:
    """Run a read-only SPARQL query over the store."""
    from .query.run import format_result, named_queries, run_query
    from .store import open_store

    if list_:
        queries = named_queries().values()
        _echo("\n".join(f"{q.name:27} {q.usage:7} {q.description}" for q in queries))
        return
    _choice(fmt, ("table", "csv", "tsv", "json"), "--format")
    text = _query_text(sparql, name, named_queries)
    params: dict[str, object] = dict(_split_param(p) for p in param or ())
    if name:
        named_queries()[name].check(params)  # every declared --param given, no other
    with open_store(store, read_only=True) as st:
        result = run_query(st, text, params=params, timeout=timeout, limit=limit)
        _echo(format_result(result, fmt))


def _query_text(sparql: str | None, name: str | None, named_queries) -> str:
    if name:
        queries = named_queries()
        if name not in queries:
            raise UsageError(f"no named query {name!r}: 'mandate-graph query --list' shows them")
        return queries[name].text
    if not sparql:
        raise UsageError("give a SPARQL query, @file.rq, or --name NAME")
    if sparql.startswith("@"):
        path = Path(sparql[1:])
        if not path.is_file():
            raise UsageError(f"no query file {path}: check the path after @")
        return path.read_text(encoding="utf-8")
    return sparql


def _split_param(text: str) -> tuple[str, str]:
    name, sep, value = text.partition("=")
    if not sep or not name:
        raise UsageError(f"--param {text!r} is not name=value")
    return name.strip(), value


@app.command(cls=PlainCommand)
def show(
    key: Annotated[
        str | None,
        typer.Argument(metavar="KEY", help="Focus on this key with its chain up and down"),
    ] = None,
    output: Annotated[
        Path, typer.Option("-o", "--output", metavar="FILE", help="HTML file to write")
    ] = Path("graph.html"),
    store: StoreOpt = None,
    radius: Annotated[
        int | None, typer.Option(metavar="N", help="Neighbourhood of KEY, N links out")
    ] = None,
    relation: Annotated[
        str | None, typer.Option(metavar="LIST", help="Only these relations, comma-separated")
    ] = None,
    body: Annotated[
        str | None, typer.Option(metavar="LIST", help="Only acts of these bodies, comma-separated")
    ] = None,
    since: Annotated[
        int | None, typer.Option(metavar="YEAR", help="Only acts dated this year or later")
    ] = None,
) -> None:
    """Draw the graph (or KEY's neighbourhood) as one self-contained HTML page."""
    from .draw import draw_html
    from .store import open_store

    with open_store(store, read_only=True) as st:
        report = draw_html(
            st,
            output,
            key=key,
            radius=radius,
            relations=_csv_list(relation),
            bodies=_csv_list(body),
            since=since,
        )
    _echo(report.summary(output))


@app.command(cls=PlainCommand)
def export(
    fmt: Annotated[
        str,
        typer.Option(
            "--format",
            metavar="FORMAT",
            help="turtle, ntriples, nquads, trig, jsonld, rdfxml, graphml, gexf or csv-edges",
        ),
    ] = "turtle",
    output: Annotated[
        str | None,
        typer.Option(
            "-o",
            "--output",
            metavar="FILE",
            help="File to write; - or none: standard output",
        ),
    ] = None,
    store: StoreOpt = None,
) -> None:
    """Write the whole graph to a file, or to standard output."""
    from .export.rdf import EXPORT_FORMATS, export_graph
    from .store import open_store

    _choice(fmt, EXPORT_FORMATS, "--format")
    to_stdout = output in (None, "-")
    with open_store(store, read_only=True) as st:
        if to_stdout:
            sys.stdout.flush()
            export_graph(st, sys.stdout.buffer, fmt)
            return
        count = export_graph(st, cast(str, output), fmt)
    _echo(f"wrote {output} ({count} statements, {fmt})")


@app.command(cls=PlainCommand)
def validate(store: StoreOpt = None) -> None:
    """Check the store against the SHACL shapes in ontology/shapes.ttl."""
    from .store import open_store
    from .validate.shacl import validate_store

    with open_store(store, read_only=True) as st:
        report = validate_store(st)
    _echo(report.text)
    if not report.conforms:
        raise typer.Exit(EXIT_FAILED)


@app.command(cls=PlainCommand)
def stats(
    store: StoreOpt = None,
    fmt: Annotated[str, typer.Option("--format", metavar="FORMAT", help="table or json")] = "table",
) -> None:
    """Counts, most-cited acts, missing targets, longest chains, cycles."""
    from .stats import compute_stats, format_stats
    from .store import open_store

    _choice(fmt, ("table", "json"), "--format")
    with open_store(store, read_only=True) as st:
        _echo(format_stats(compute_stats(st), fmt))


@app.command(cls=PlainCommand)
def serve(
    store: StoreOpt = None,
    host: Annotated[str, typer.Option(metavar="HOST", help="Address to listen on")] = "127.0.0.1",
    port: Annotated[int, typer.Option(metavar="PORT", help="Port to listen on")] = 7878,
    timeout: Annotated[
        float, typer.Option(metavar="SECONDS", help="Per-query time limit in seconds")
    ] = 30.0,
    limit: Annotated[int, typer.Option(metavar="N", help="Per-query row cap")] = 10000,
    allow_host: Annotated[
        list[str] | None,
        typer.Option(
            "--allow-host",
            metavar="HOST",
            help="Another name (or name:port) requests may use for "
            "this endpoint; repeat for more. 127.0.0.1, localhost and [::1] are always allowed on "
            "loopback",
        ),
    ] = None,
) -> None:
    """Serve the store as a read-only SPARQL endpoint at http://HOST:PORT/query."""
    from .serve.server import serve as run_server
    from .store import default_location

    run_server(
        store or default_location(),
        host=host,
        port=port,
        timeout=timeout,
        limit=limit,
        allow_hosts=tuple(allow_host or ()),
    )


def main(argv: list[str] | None = None) -> None:
    """Entry point: run the app and turn every user error into one line and an exit code."""
    try:
        # Without standalone mode, `raise typer.Exit(code)` in a command comes back as a value.
        code = app(args=argv, prog_name="mandate-graph", standalone_mode=False)
        if isinstance(code, int) and code:
            sys.exit(code)
    except MandateGraphError as exc:
        _fail(f"error: {exc}")
        sys.exit(exit_code(exc))
    except typer.Exit as exc:
        if isinstance(exc.__cause__, KeyboardInterrupt):  # Ctrl-C, turned into exit 130
            _fail("interrupted")
        sys.exit(exc.exit_code)
    except typer.Abort:
        _fail("aborted")
        sys.exit(EXIT_INTERRUPTED)
    except typer.TyperException as exc:
        # Usage errors from argument parsing: one line, and where to read more.
        ctx = getattr(exc, "ctx", None)
        message = exc.format_message()
        if ctx is not None and message.startswith("Usage:"):  # no arguments: show the help
            typer.echo(message)
            sys.exit(EXIT_USAGE)
        hint = f" (see '{ctx.command_path} --help')" if ctx is not None else ""
        _fail(f"error: {' '.join(message.split())}{hint}")
        sys.exit(getattr(exc, "exit_code", EXIT_USAGE))
    except KeyboardInterrupt:
        _fail("interrupted")
        sys.exit(EXIT_INTERRUPTED)
    except (BrokenPipeError, OutputClosed):
        # The reader of our output went away (e.g. `| head`): not an error worth a message.
        # Exit at once: flushing what is left of stdout would fail again.
        os._exit(0)
    except Exception as exc:  # a bug, not a user error: one line, traceback on request
        if os.environ.get("MANDATE_GRAPH_DEBUG"):
            raise
        _fail(
            f"internal error: {type(exc).__name__}: {exc} "
            "(set MANDATE_GRAPH_DEBUG=1 for the traceback and please report it)"
        )
        sys.exit(EXIT_INTERNAL)
