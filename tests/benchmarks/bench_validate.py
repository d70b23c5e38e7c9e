"""Benchmark: `mandate-graph validate` CPU time and peak memory, against another checkout.

    .venv/bin/python tests/benchmarks/bench_validate.py --store STORE [--code OLD_DIR] [--repeat 1]
    .venv/bin/python tests/benchmarks/bench_validate.py --store STORE --stages

Each run is a fresh process (`python -m graph validate --store STORE`); its CPU time (user +
system) and peak resident memory (ru_maxrss) are those of that process. `--code DIR` also runs
the `graph` package found in DIR (an older checkout, e.g. `git archive <commit> graph ontology`
unpacked there), one after the other, so both are measured under the same load; the ratio is
ours over theirs (below 1: faster, smaller). `--stages` runs this checkout's two stages in one
process and prints the CPU seconds and peak memory after each: reading and screening every node
(with pySHACL on the flagged ones), then the SPARQL constraints.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def run(store: str, code: Path) -> tuple[float, float, str]:
    env = {**os.environ, "PYTHONPATH": str(code)}
    proc = subprocess.Popen(
        [sys.executable, "-m", "graph", "validate", "--store", store],
        cwd=code,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
    )
    assert proc.stdout is not None
    first = proc.stdout.readline().decode(errors="replace").strip()
    proc.stdout.read()
    _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode not in (0, 1):
        raise SystemExit(f"validate failed ({proc.returncode}) with {code}")
    return usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024, first


STAGES = """
import resource, sys
import pyoxigraph as ox
from graph.validate.batches import Tally, class_paths, pieces
from graph.validate.screen import Screen
from graph.validate.shacl import (
    _core_results, _ontology_store, _store_sparql_results, load_rdflib, rdflib_names,
)
from graph.validate.sparql import split_shapes

def mark(what):
    r = resource.getrusage(resource.RUSAGE_SELF)
    cpu, peak = r.ru_utime + r.ru_stime, r.ru_maxrss / 1024
    print(f"{what:36} {cpu:8.1f} CPU-s  peak {peak:6.0f} MB", flush=True)

dataset = ox.Store.read_only(sys.argv[1])
shapes = load_rdflib("shapes.ttl")
core, constraints = split_shapes(shapes)
ontology = load_rdflib("mandate.ttl")
mark("start")
screen, tally, found = Screen(core, _ontology_store(), dataset), Tally(), 0
for piece in pieces(dataset, screen.passes, class_paths(shapes), tally):
    found += sum(f in piece.owned for _, f in _core_results(piece.data, core, shapes, ontology))
mark(f"nodes ({tally.nodes:,}, {tally.flagged:,} to pySHACL)")
found += len(_store_sparql_results(dataset, constraints, rdflib_names()))
mark(f"SPARQL constraints ({found:,} results)")
print(f"{tally.triples:,} triples")
"""


def stages(store: str) -> None:
    subprocess.run([sys.executable, "-c", STAGES, store], cwd=REPO, check=True)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--store", required=True)
    ap.add_argument("--code", type=Path, help="folder holding an older graph package")
    ap.add_argument("--repeat", type=int, default=1)
    ap.add_argument("--stages", action="store_true", help="time each stage of this checkout")
    args = ap.parse_args()
    if args.stages:
        stages(args.store)
        return
    codes = [REPO] + ([args.code.resolve()] if args.code else [])
    best: dict[Path, tuple[float, float, str]] = {}
    for _ in range(args.repeat):
        for code in codes:
            cpu, peak, first = run(args.store, code)
            old = best.get(code)
            best[code] = (
                min(cpu, old[0]) if old else cpu,
                max(peak, old[1]) if old else peak,
                first,
            )
    for code, (cpu, peak, first) in best.items():
        print(f"{str(code):40} {cpu:8.2f} CPU-s  peak {peak:7.0f} MB  {first[:70]}")
    if args.code:
        (a, am, _), (b, bm, _) = best[REPO], best[args.code.resolve()]
        print(f"this checkout / the other: time {a / b:.2f}x, peak memory {am / bm:.2f}x")


if __name__ == "__main__":
    main()
