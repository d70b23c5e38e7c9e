"""`mandate-graph query … LIMIT 1` and `mandate-graph chain KEY` against a fresh python that
imports pyoxigraph and asks the same store the same question, each in a fresh process.

    .venv/bin/python tests/benchmarks/bench_startup.py --store STORE [--key KEY] [--repeat 5]

Start-up dominates both, so each figure is the best of `--repeat` runs (after one run that
is not counted, which also writes the bytecode caches an installed package has), in CPU
seconds of the process (user + system) and in wall seconds. The ceiling for `chain` is the
SPARQL property path over the statement nodes that returns the same links (`mg:mandatedBy*`
to the statements whose subject is each node reached). Target: each command <= 2x its ceiling.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
QUERY = "SELECT ?s WHERE { ?s ?p ?o } LIMIT 1"
MG = "https://w3id.org/mandate-graph/ontology#"
# The links of an upward chain: every statement about a node reached from KEY by mandatedBy*.
# Bytecode caches are written (as pip does on install), whatever the shell says.
ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
CHAIN = (
    "SELECT ?a ?rel ?m ?ev WHERE {{ ?k <{mg}key> {key} . ?k <{mg}mandatedBy>* ?a . "
    "?st <{mg}statementSubject> ?a ; <{mg}statementRelation> ?rel ; <{mg}mandatingAct> ?m . "
    "OPTIONAL {{ ?st <{mg}evidence> ?ev }} }}"
)


def run(args: list[str]) -> tuple[float, float]:
    """CPU seconds (user + system) and wall seconds of one command in a fresh process."""
    start = time.perf_counter()
    proc = subprocess.Popen(
        args, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, cwd=REPO, env=ENV
    )
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status):
        err = proc.stderr.read().decode(errors="replace") if proc.stderr else ""
        raise SystemExit(f"{' '.join(args[:5])} failed: {err[-400:]}")
    return usage.ru_utime + usage.ru_stime, wall


def best(args: list[str], repeat: int) -> tuple[float, float]:
    run(args)  # not counted: the first run compiles and caches the bytecode
    runs = [run(args) for _ in range(repeat)]
    return min(r[0] for r in runs), min(r[1] for r in runs)


def fresh(store: str, sparql: str) -> list[str]:
    code = (
        f"import pyoxigraph as ox; s = ox.Store.read_only({store!r}); "
        f"print(list(s.query({sparql!r}, use_default_graph_as_union=True)))"
    )
    return [sys.executable, "-c", code]


def cli(*args: str) -> list[str]:
    return [
        sys.executable,
        "-c",
        "import sys; from graph.launch import main; main(sys.argv[1:])",
    ] + [*args]


def line(label: str, ours: tuple[float, float], ceiling: tuple[float, float]) -> None:
    for i, unit in ((0, "CPU-s"), (1, "wall s")):
        print(
            f"{label:36} {ours[i]:6.3f} {unit:6}  ceiling {ceiling[i]:6.3f}  "
            f"{ours[i] / ceiling[i]:5.2f}x the ceiling (target <= 2x)",
            flush=True,
        )


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--store", required=True)
    ap.add_argument("--key", help="a key to trace (default: skip chain)")
    ap.add_argument("--repeat", type=int, default=5)
    args = ap.parse_args()
    ours = best(cli("query", QUERY, "--store", args.store), args.repeat)
    line("mandate-graph query ... LIMIT 1", ours, best(fresh(args.store, QUERY), args.repeat))
    if args.key:
        literal = '"' + args.key.replace("\\", "\\\\").replace('"', '\\"') + '"'
        ceiling = best(fresh(args.store, CHAIN.format(mg=MG, key=literal)), args.repeat)
        ours = best(cli("chain", args.key, "--store", args.store), args.repeat)
        line(f"mandate-graph chain {args.key}", ours, ceiling)


if __name__ == "__main__":
    main()
