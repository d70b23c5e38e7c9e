"""The command line: every command exists, is documented, and fails with one clear line."""

from __future__ import annotations

import ast
import subprocess
import sys

import pytest
from conftest import EXAMPLES, REPO
from graph_helpers import run_cli

from graph import errors
from graph.cli import EXIT_CODES, app, exit_code

COMMANDS = sorted(c.name or c.callback.__name__ for c in app.registered_commands)


run = run_cli  # every test below runs the CLI in-process


def test_every_command_is_in_the_readme():
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    assert len(COMMANDS) >= 10
    missing = [c for c in COMMANDS if f"mandate-graph {c}" not in readme]
    assert not missing, f"README does not show: {missing}"


def test_python_dash_m_works_like_the_script():
    done = subprocess.run(
        [sys.executable, "-m", "graph", "--help"],
        capture_output=True,
        text=True,
        cwd=REPO,
        timeout=60,
    )
    assert done.returncode == 0
    for command in COMMANDS:
        assert command in done.stdout


def build_examples(tmp_path, capsys) -> tuple[int, str, str]:
    """`mandate-graph build examples/` into a store and output folder under tmp_path."""
    args = ["build", str(EXAMPLES), "--store", str(tmp_path / "db"), "--out", str(tmp_path / "out")]
    return run([*args, "--jobs", "1"], capsys)


@pytest.fixture
def built_store(tmp_path, capsys):
    code, out, err = build_examples(tmp_path, capsys)
    assert code == 0, err
    return tmp_path / "db"


def test_build_prints_a_summary_and_writes_outputs(tmp_path, capsys):
    code, out, err = build_examples(tmp_path, capsys)
    assert code == 0, err
    assert "documents in store: 8 (from 8 source files)" in out
    assert (tmp_path / "out" / "graph.ttl").stat().st_size > 0
    assert (tmp_path / "out" / "graph.html").stat().st_size > 0
    code, out, err = build_examples(tmp_path, capsys)  # again: nothing changes
    assert code == 0, err
    assert "this run: read 0, unchanged 8, failed 0 of 8 files found" in out


def test_build_leaves_outputs_alone_when_the_store_did_not_change(tmp_path, capsys):
    code, out, err = build_examples(tmp_path, capsys)
    assert code == 0, err
    ttl, html = tmp_path / "out" / "graph.ttl", tmp_path / "out" / "graph.html"
    first = (ttl.stat().st_mtime_ns, ttl.stat().st_ino, html.stat().st_ino)
    code, out, err = build_examples(tmp_path, capsys)  # nothing read: nothing rewritten
    assert code == 0, err
    assert f"unchanged: {ttl} and {html}" in out
    assert (ttl.stat().st_mtime_ns, ttl.stat().st_ino, html.stat().st_ino) == first
    # Another store drawn into the same folder: the files no longer show it, so they are redone.
    other = [
        "build",
        str(EXAMPLES / "fr"),
        "--store",
        str(tmp_path / "db2"),
        "--out",
        str(tmp_path / "out"),
        "--jobs",
        "1",
    ]
    assert run(other, capsys)[0] == 0
    code, out, err = run([*other[:3], str(tmp_path / "db"), *other[4:]], capsys)
    assert code == 0, err
    assert f"wrote {ttl} and {html}" in out
    html.unlink()  # a missing output is written again
    code, out, err = build_examples(tmp_path, capsys)
    assert f"wrote {ttl} and {html}" in out and html.stat().st_size > 0


def test_build_without_outputs_writes_none_and_they_are_redone_later(tmp_path, capsys):
    args = [
        "build",
        str(EXAMPLES / "fr"),
        "--store",
        str(tmp_path / "db"),
        "--out",
        str(tmp_path / "out"),
        "--jobs",
        "1",
    ]
    assert run(args, capsys)[0] == 0
    code, out, err = run([*args[:2], str(EXAMPLES / "en"), *args[2:], "--no-outputs"], capsys)
    assert code == 0, err
    assert "graph.ttl" not in out
    code, out, err = run(args, capsys)  # nothing read now, but the files are out of date
    assert code == 0, err
    assert f"wrote {tmp_path / 'out' / 'graph.ttl'}" in out


def _statements_of(path) -> list:
    """The mandate statements the extractor reads in one example (chains are made of them)."""
    from graph.extract import extract_record
    from graph.read import read_document

    return list(extract_record(read_document(path)).mandates)


def test_build_summary_names_the_longest_chain_of_statements(tmp_path, capsys):
    report = EXAMPLES / "en" / "A_78_312.txt"  # "submitted pursuant to resolution 77/260"
    if not _statements_of(report):
        pytest.skip("the extractor does not report mandate statements yet")
    code, out, err = run(
        [
            "build",
            str(report),
            "--store",
            str(tmp_path / "db"),
            "--out",
            str(tmp_path / "out"),
            "--jobs",
            "1",
        ],
        capsys,
    )
    assert code == 0, err
    # one link, in the singular; a "Recalling ..." of the report is never a link
    assert "longest mandate chain (1 link): A/78/312 -> A/RES/77/260" in out


def test_example_chain_follows_statements_with_context(built_store, capsys):
    if not _statements_of(EXAMPLES / "en" / "A_78_312.txt"):
        pytest.skip("the extractor does not report mandate statements yet")
    code, out, err = run(
        ["chain", "A/78/312", "--store", str(built_store), "--format", "json", "--context"],
        capsys,
    )
    assert code == 0, err
    import json

    links = json.loads(out)["links"]
    mandates = {(lk["from"], lk["relation"], lk["to"]) for lk in links if not lk["context"]}
    # "The present report is submitted pursuant to resolution 77/260": the report rests on it
    assert ("A/78/312", "pursuantTo", "A/RES/77/260") in mandates
    # what 77/260 recalls is context, never a link of the chain
    assert ("A/RES/77/260", "recalls", "A/RES/76/245") in {
        (lk["from"], lk["relation"], lk["to"]) for lk in links if lk["context"]
    }


@pytest.mark.parametrize(
    ("args", "code", "words"),
    [
        (["extract", "no/such/file.txt"], 2, "no/such/file.txt"),
        (["extract", str(EXAMPLES), "--format", "yaml"], 2, "--format"),
        (["export", "--format", "docx", "--store", ":memory:"], 2, "--format"),
        (["query", "--store", ":memory:"], 2, "SPARQL"),
        (["query", "@no/such.rq", "--store", ":memory:"], 2, "no/such.rq"),
        (["query", "--name", "nope", "--store", ":memory:"], 2, "--list"),
        (["chain", "A/RES/70/1", "--store", "no/such/store"], 1, "build"),
        (["frobnicate"], 2, "frobnicate"),
    ],
)
def test_bad_input_gives_one_line_and_an_exit_code(args, code, words, capsys):
    got, out, err = run(args, capsys)
    assert got == code, (out, err)
    lines = [line for line in err.splitlines() if line.strip()]
    assert len(lines) == 1, err
    assert words in lines[0]
    assert "Traceback" not in err


def test_unknown_key_suggests_the_nearest(built_store, capsys):
    code, out, err = run(["chain", "A/RES/76/246", "--store", str(built_store)], capsys)
    assert code == 1
    assert "A/RES/76/245" in err


def test_empty_and_binary_files_fail_by_name(tmp_path, capsys):
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "blob.bin").write_bytes(bytes(range(256)) * 10)
    (tmp_path / "good.txt").write_text(
        "Recalling General Assembly resolution 70/1.", encoding="utf-8"
    )
    files = [str(tmp_path / n) for n in ("empty.txt", "blob.bin", "good.txt")]
    code, out, err = run(
        [
            "build",
            *files,
            "--store",
            str(tmp_path / "db"),
            "--out",
            str(tmp_path / "out"),
            "--jobs",
            "1",
        ],
        capsys,
    )
    assert code == 1
    assert "empty.txt" in err and "blob.bin" in err
    assert "Traceback" not in err


@pytest.mark.parametrize(
    ("error", "code"),
    [
        (errors.UsageError, 2),
        (errors.InputError, 2),
        (errors.QueryError, 2),
        (errors.MandateGraphError, 2),
        (errors.QueryTimeoutError, 1),
        (errors.NotFoundError, 1),
        (errors.StoreError, 1),
        (errors.StoreLockedError, 1),
        (errors.ValidationFailed, 1),
        (errors.ExportError, 1),
    ],
)
def test_one_table_maps_errors_to_exit_codes(error, code):
    assert exit_code(error("x")) == code


def test_every_library_error_has_an_exit_code():
    classes = [
        c
        for c in vars(errors).values()
        if isinstance(c, type) and issubclass(c, errors.MandateGraphError)
    ]
    listed = {cls for cls, _ in EXIT_CODES}
    assert all(any(issubclass(c, cls) for cls in listed) for c in classes)
    assert not any(hasattr(c, "exit_code") for c in classes)  # the table is the only source


def _script(args: list[str], *, probe: bool = False) -> subprocess.CompletedProcess:
    """The mandate-graph script's entry point in a fresh python (optionally listing the
    heavy modules it imported, after its output)."""
    code = "import sys\nfrom graph.launch import main\ntry:\n    main(sys.argv[1:])\nfinally:\n"
    code += (
        "    heavy = {'typer', 'rdflib', 'networkx'}\n"
        "    print(sorted({m.split('.')[0] for m in sys.modules} & heavy))"
        if probe
        else "    pass"
    )
    done = subprocess.run(
        [sys.executable, "-c", code, *args], capture_output=True, cwd=REPO, timeout=120
    )  # bytes: CSV ends its lines in CRLF, kept as written
    return subprocess.CompletedProcess(
        done.args, done.returncode, done.stdout.decode(), done.stderr.decode()
    )


@pytest.mark.parametrize(
    "args",
    [
        ["query", "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }", "--format", "csv"],
        ["query", "SELECT ?s WHERE { ?s ?p ?o } ORDER BY ?s", "--limit=2", "--timeout", "9"],
        ["chain", "A/78/312", "--format", "json"],
        ["chain", "A/RES/76/245", "--down", "--depth", "1"],
    ],
)
def test_plain_query_and_chain_start_without_the_cli_framework(built_store, capsys, args):
    full = run([*args, "--store", str(built_store)], capsys)
    done = _script([*args, "--store", str(built_store)], probe=True)
    assert done.returncode == 0, done.stderr
    *output, modules = done.stdout.rstrip("\n").split("\n")
    # (a plain query is checked on its tokens; rdflib's parser only reads the others)
    assert modules == "[]"
    assert "\n".join(output) == full[1].rstrip("\n")


_PROBE = """import os, sys
forks = []
fork = os.fork
os.fork = lambda: forks.append(1) or fork()
from graph.launch import main
try:
    main(sys.argv[1:])
finally:
    loaded = sorted({'dataclasses', 'pathlib', 'typing', 'inspect'} & set(sys.modules))
    run = sys.modules.get('graph.query.run')
    print(loaded, bool(run and run._OFFLINE), len(forks))
"""


@pytest.mark.parametrize(
    "args, absent",
    [
        (["query", "SELECT ?s WHERE { ?s ?p ?o } LIMIT 1"], {"dataclasses", "inspect", "pathlib"}),
        (["query", "ASK { ?s ?p ?o }", "--timeout", "9"], {"dataclasses", "inspect", "pathlib"}),
        (["chain", "A/78/312"], {"pathlib", "typing"}),
    ],
)
def test_plain_query_and_chain_load_little_and_query_forks_nothing(built_store, args, absent):
    """What start-up costs (tests/benchmarks/bench_startup.py): the standard modules a plain
    query or chain needs, and for a query a forked child, which it does not need once the
    process itself has left the network."""
    done = subprocess.run(
        [sys.executable, "-c", _PROBE, *args, "--store", str(built_store)],
        capture_output=True,
        text=True,
        cwd=REPO,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    loaded, offline, forks = done.stdout.rstrip("\n").rsplit("\n", 1)[-1].rsplit(" ", 2)
    assert not set(ast.literal_eval(loaded)) & absent
    if args[0] == "query" and offline == "True":
        assert forks == "0"


@pytest.mark.parametrize(
    "args",
    [
        ["query", "SELECT * WHERE {"],  # a syntax error
        ["query", "SELECT * WHERE { ?s ?p ?o }", "--format", "xml"],  # the full CLI says why
        ["chain", "NO/SUCH/KEY"],
        ["query", "--list"],
    ],
)
def test_the_script_reports_like_the_cli(built_store, capsys, args):
    code, out, err = run([*args, "--store", str(built_store)], capsys)
    done = _script([*args, "--store", str(built_store)])
    assert (done.returncode, done.stdout, done.stderr) == (code, out, err)


@pytest.mark.parametrize(
    "args",
    [
        ["stats"],
        ["stats", "--format", "json"],
        ["validate"],
        ["show", "-o", "{out}"],
        ["show", "A/78/312", "--radius=1", "--output", "{out}", "--relation", "pursuantTo,cites"],
        ["show", "NO/SUCH/KEY", "-o", "{out}"],  # an error: the full CLI's message and code
        ["show", "A/78/312", "--radius", "x", "-o", "{out}"],  # a bad number: the full CLI says
    ],
)
def test_stats_validate_and_show_start_without_the_cli_framework(
    built_store, capsys, tmp_path, args
):
    """The commands people run most skip typer (and the pydantic it loads) when their options
    are plain: same output, same file, same exit code as the full CLI."""
    full = [a.replace("{out}", str(tmp_path / "a.html")) for a in args]
    code, out, err = run([*full, "--store", str(built_store)], capsys)
    done = _script(
        [*(a.replace("{out}", str(tmp_path / "b.html")) for a in args), "--store", str(built_store)]
    )
    out, err = (
        text.replace(str(tmp_path / "a.html"), str(tmp_path / "b.html")) for text in (out, err)
    )
    assert (done.returncode, done.stdout, done.stderr) == (code, out, err)
    if code == 0 and "{out}" in args:
        assert (tmp_path / "a.html").read_bytes() == (tmp_path / "b.html").read_bytes()
    if code == 0:
        out_c = [a.replace("{out}", str(tmp_path / "c.html")) for a in args]
        probe = _script([*out_c, "--store", str(built_store)], probe=True)
        assert "typer" not in probe.stdout.rstrip("\n").rsplit("\n", 1)[-1]


@pytest.mark.parametrize("fmt", ["nquads", "turtle", "jsonld"])
def test_export_to_a_file_starts_without_the_cli_framework(built_store, capsys, tmp_path, fmt):
    """`export -o FILE` in an RDF format skips typer (and the pydantic it loads): same file,
    same message as the full CLI."""
    full = run(
        ["export", "--format", fmt, "-o", str(tmp_path / "a"), "--store", str(built_store)], capsys
    )
    done = _script(
        ["export", "--format", fmt, "--output", str(tmp_path / "b"), "--store", str(built_store)],
        probe=True,
    )
    assert done.returncode == 0, done.stderr
    *output, modules = done.stdout.rstrip("\n").split("\n")
    assert modules == "[]"
    assert "\n".join(output) == full[1].rstrip("\n").replace(
        str(tmp_path / "a"), str(tmp_path / "b")
    )
    assert (tmp_path / "a").read_bytes() == (tmp_path / "b").read_bytes()


@pytest.mark.parametrize(
    "args",
    [
        ["export", "--format", "graphml", "-o", "{tmp}/g.graphml"],  # a network format
        ["export", "--format", "docx", "-o", "{tmp}/g.docx"],  # an unknown format: its message
        ["export", "--format", "nquads"],  # standard output
    ],
)
def test_other_exports_go_through_the_cli(built_store, capsys, tmp_path, args):
    args = [a.replace("{tmp}", str(tmp_path)) for a in args] + ["--store", str(built_store)]
    code, out, err = run(args, capsys)
    done = _script(args)
    assert (done.returncode, done.stdout, done.stderr) == (code, out, err)
