"""The README's tour, run for real: every command on examples/ in a temporary folder.

Each tour block in README.md is an HTML comment naming the block, then a fenced block:

    <!-- tour: mandate-graph stats -->
    ```
    $ mandate-graph stats | sed -n '/^longest/,$p'
    ...
    ```

`run_tour()` runs every step (a copy of examples/, the default store ./mandate-graph.db, the
command through the same Python as this script) and returns the blocks' text; volatile parts
(the temporary folder, the port, timings, the version) are normalised. Usage:

    python tests/tour.py            # exit 1 and show the blocks that differ from the README
    python tests/tour.py --write    # rewrite the README's tour blocks in place

`tests/test_readme_tour.py` runs the same check in the test suite.
"""

from __future__ import annotations

import argparse
import difflib
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import urllib.parse
import urllib.request
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
README = REPO / "README.md"
SHOWN_PORT = 7878  # the port the README shows; the tour serves on a free one

MARKER = re.compile(
    r"^<!-- tour: (?P<label>[^>]+?) -->\n```(?P<fence>[a-z]*)\n(?P<text>.*?)\n?```$",
    re.MULTILINE | re.DOTALL,
)
PROGRESS = re.compile(r"^reading \d+/\d+: .*\n?", re.MULTILINE)
TIMING = re.compile(r"\d+(?:\.\d+)?(?= ?(?:ms|s|docs/s|MB/s)\b)")


@dataclass(frozen=True)
class Block:
    """One fenced block of the tour: its label, the fence's language and its text."""

    label: str
    fence: str
    text: str


@dataclass(frozen=True)
class Context:
    """Where the tour runs: the temporary folder, the environment and the port to serve on."""

    folder: Path
    env: dict[str, str]
    port: int


def shell(label: str, *commands: str) -> Callable[[Context], list[Block]]:
    """A step that runs each command in bash and shows it as `$ command` and its output."""

    def step(ctx: Context) -> list[Block]:
        parts = []
        for command in commands:
            done = subprocess.run(
                ["bash", "-c", command.replace(str(SHOWN_PORT), str(ctx.port))],
                cwd=ctx.folder,
                env=ctx.env,
                stdout=subprocess.PIPE,
                stderr=subprocess.STDOUT,
                text=True,
                timeout=900,
                check=False,
            )
            parts.append(f"$ {command}\n{PROGRESS.sub('', done.stdout).rstrip()}")
        return [Block(label, "", "\n".join(p.rstrip() for p in parts))]

    return step


SERVE_QUERY = (
    "SELECT DISTINCT ?act ?mandate WHERE { ?a mg:mandatedBy ?m . ?a mg:key ?act . "
    "?m mg:key ?mandate } ORDER BY ?act ?mandate LIMIT 4"
)


def serve(ctx: Context) -> list[Block]:
    """`serve` in the background, one query over HTTP (shown as curl), then Ctrl-C."""
    command = f"mandate-graph serve --port {SHOWN_PORT} &"
    process = subprocess.Popen(
        ["bash", "-c", f"exec mandate-graph serve --port {ctx.port}"],
        cwd=ctx.folder,
        env=ctx.env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    try:
        assert process.stdout is not None
        started = process.stdout.readline()
        data = urllib.parse.urlencode({"query": SERVE_QUERY}).encode()
        request = urllib.request.Request(
            f"http://127.0.0.1:{ctx.port}/query", data=data, headers={"Accept": "text/csv"}
        )
        with urllib.request.urlopen(request, timeout=120) as response:
            answer = response.read().decode("utf-8").replace("\r\n", "\n")
    finally:
        process.send_signal(signal.SIGINT)  # Ctrl-C
        try:
            process.communicate(timeout=60)
        except subprocess.TimeoutExpired:
            process.kill()
            process.communicate()
    curl = (
        f"curl -s http://127.0.0.1:{SHOWN_PORT}/query -H 'Accept: text/csv' "
        f"--data-urlencode 'query={SERVE_QUERY}'"
    )
    return [Block("mandate-graph serve", "", f"$ {command}\n{started}$ {curl}\n{answer}".rstrip())]


PYTHON_API = """\
import graph

store = graph.open_store("mandate-graph.db", read_only=True)

record = graph.extract_record(graph.read_document("examples/fr/CTOC_COP_2016_3.txt"))
print(record.symbol, record.language, len(record.references), "references")

chain = graph.trace_chain(store, "A/78/312")
for link in chain.links:
    print(link.depth, link.parent, link.relation, link.key, link.date)

result = graph.run_query(
    store,
    "SELECT DISTINCT ?key ?citing ?date WHERE { ?c cito:hasCitedEntity ?act ; "
    "cito:hasCitingEntity ?d . ?act mg:key ?key . ?d mg:key ?citing ; dct:date ?date } "
    "ORDER BY ?date",
    params={"key": "A/RES/76/245"},
)
print(result.variables, result.rows)     # the bound ?key is left out of the results

g = graph.to_networkx(store, key="A/RES/77/260", radius=1)   # a networkx.MultiDiGraph
print(g.number_of_nodes(), "nodes,", g.number_of_edges(), "edges")
"""


def python_api(ctx: Context) -> list[Block]:
    """The Python API example, run as a script in the tour folder."""
    script = ctx.folder / "api_example.py"
    script.write_text(PYTHON_API, encoding="utf-8")
    done = subprocess.run(
        [sys.executable, str(script)],
        cwd=ctx.folder,
        env=ctx.env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        timeout=300,
        check=False,
    )
    if done.returncode:
        raise RuntimeError(f"the Python API example failed:\n{done.stdout}")
    return [
        Block("python api", "python", PYTHON_API.rstrip()),
        Block("python api output", "", done.stdout.rstrip()),
    ]


ERRORS = (
    'mandate-graph extract no/such/file.txt; echo "exit $?"',
    'mandate-graph export --format yaml; echo "exit $?"',
    'mandate-graph chain A/RES/77/26; echo "exit $?"',
)

# In order: the store is built first and a document is removed last.
STEPS: tuple[Callable[[Context], list[Block]], ...] = (
    shell("mandate-graph build", "mandate-graph build examples/", "mandate-graph build examples/"),
    shell("mandate-graph extract", "mandate-graph extract examples/fr/CTOC_COP_2016_3.txt"),
    shell("mandate-graph chain", "mandate-graph chain A/78/312"),
    shell(
        "mandate-graph query",
        "mandate-graph query --name chain-up --param key=A/78/312",
        'mandate-graph query "SELECT DISTINCT ?report WHERE { ?r mg:mandatedBy+ '
        '<https://undocs.org/A/DEC/75/552> ; mg:key ?report }"',
    ),
    shell("mandate-graph show", "mandate-graph show A/RES/77/260 -o chain.html"),
    shell("mandate-graph export", "mandate-graph export --format turtle -o graph.ttl"),
    shell(
        "mandate-graph validate, stats",
        "mandate-graph validate",
        "mandate-graph stats | sed -n '/^longest/,/^$/p'",
    ),
    python_api,
    serve,
    shell("mandate-graph remove", "mandate-graph remove examples/en/A_RES_78_275.txt"),
    shell("errors", *ERRORS),
)


def normalise(text: str, ctx: Context | None = None) -> str:
    """The text with its volatile parts made fixed: folder, port, timings, version."""
    if ctx is not None:
        for folder in {str(ctx.folder.resolve()), str(ctx.folder)}:
            text = text.replace(folder + "/", "").replace(folder, ".")
        text = text.replace(f"127.0.0.1:{ctx.port}", f"127.0.0.1:{SHOWN_PORT}")
    from graph.version import __version__

    text = re.sub(rf"(?<![\w.]){re.escape(__version__)}(?![\w.])", "<version>", text)
    return TIMING.sub("…", text)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _shim(folder: Path) -> Path:
    """A `mandate-graph` on PATH that runs this interpreter's package (installed or not)."""
    bin_dir = folder / ".tour-bin"
    bin_dir.mkdir()
    shim = bin_dir / "mandate-graph"
    shim.write_text(f'#!/bin/sh\nexec "{sys.executable}" -m graph "$@"\n', encoding="utf-8")
    shim.chmod(0o755)
    return bin_dir


def run_tour() -> list[Block]:
    """Run every step in a fresh temporary folder; the blocks, normalised, in README order."""
    with tempfile.TemporaryDirectory(prefix="mandate-graph-tour-") as tmp:
        folder = Path(tmp)
        shutil.copytree(REPO / "examples", folder / "examples")
        env = {k: v for k, v in os.environ.items() if k != "MANDATE_GRAPH_STORE"}
        env["PATH"] = f"{_shim(folder)}{os.pathsep}{env.get('PATH', '')}"
        env["PYTHONUNBUFFERED"] = "1"
        env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO), env.get("PYTHONPATH")]))
        env["COLUMNS"] = "100"
        ctx = Context(folder=folder, env=env, port=_free_port())
        blocks = [block for step in STEPS for block in step(ctx)]
        return [Block(b.label, b.fence, normalise(b.text, ctx)) for b in blocks]


def readme_blocks(readme: str) -> dict[str, Block]:
    """The tour blocks of a README, by label."""
    return {m["label"]: Block(m["label"], m["fence"], m["text"]) for m in MARKER.finditer(readme)}


def differences(readme: str, blocks: list[Block]) -> Iterator[str]:
    """One message per tour block that the README lacks or shows differently."""
    shown = readme_blocks(readme)
    wanted = {b.label: b for b in blocks}
    for label in shown.keys() - wanted.keys():
        yield f"README block {label!r} is not a step of tests/tour.py"
    for block in blocks:
        old = shown.get(block.label)
        if old is None:
            yield f"README has no block <!-- tour: {block.label} -->"
        elif normalise(old.text) != block.text or old.fence != block.fence:
            diff = difflib.unified_diff(
                normalise(old.text).splitlines(),
                block.text.splitlines(),
                "README.md",
                "real output",
                lineterm="",
            )
            yield f"block {block.label!r} differs:\n" + "\n".join(diff)


def rewrite(readme: str, blocks: list[Block]) -> str:
    """The README with every tour block replaced by the real output."""
    wanted = {b.label: b for b in blocks}

    def replace(m: re.Match[str]) -> str:
        block = wanted.get(m["label"])
        if block is None:
            return m[0]
        return f"<!-- tour: {block.label} -->\n```{block.fence}\n{block.text}\n```"

    return MARKER.sub(replace, readme)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--write", action="store_true", help="rewrite README.md's tour blocks")
    args = parser.parse_args(argv)
    readme = README.read_text(encoding="utf-8")
    blocks = run_tour()
    if args.write:
        new = rewrite(readme, blocks)
        tmp = README.with_suffix(".md.tmp")
        tmp.write_text(new, encoding="utf-8")
        tmp.replace(README)
        missing = [b.label for b in blocks if b.label not in readme_blocks(new)]
        print(
            f"rewrote {sum(b.label in readme_blocks(new) for b in blocks)} tour blocks in "
            f"{README.name}" + (f"; no marker for: {', '.join(missing)}" if missing else "")
        )
        return 1 if missing else 0
    problems = list(differences(readme, blocks))
    for problem in problems:
        print(problem)
    if problems:
        print("run: python tests/tour.py --write")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
