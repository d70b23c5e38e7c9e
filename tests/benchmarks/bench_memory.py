"""Resident memory of a build, stage by stage, in the main process (Linux).

    .venv/bin/python tests/benchmarks/bench_memory.py CORPUS [--work DIR] [--jobs 2]

Runs what `mandate-graph build` runs (ingest, the outputs' stamp, graph.ttl, graph.html, the
longest chain of the summary) in this process and prints, after each stage, the resident memory
kept and the stage's own peak (VmHWM, reset before each stage through /proc/self/clear_refs),
then the peak of the reader processes. Then it opens the finished store in a fresh process and
reads all of it: the memory the store engine itself takes for a store of that size (its tables'
indexes and filters), which no stage of the build can give back.
"""

from __future__ import annotations

import argparse
import gc
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE.parents[1])]

_READ_ALL = """
import sys, pyoxigraph as ox
st = ox.Store(sys.argv[1])
sum(1 for _ in st.quads_for_pattern(None, None, None, None))
print([int(l.split()[1]) // 1024 for l in open("/proc/self/status") if l.startswith("VmHWM")][0])
"""


def status() -> dict[str, int]:
    """VmRSS and VmHWM of this process, in MB."""
    with open("/proc/self/status") as f:
        return {
            k: int(v.split()[0]) // 1024
            for k, v in (line.split(":", 1) for line in f)
            if k in ("VmRSS", "VmHWM")
        }


def reset_peak() -> None:
    with open("/proc/self/clear_refs", "w") as f:
        f.write("5")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("corpus", type=Path)
    ap.add_argument("--work", type=Path, help="folder for the store and outputs (default: temp)")
    ap.add_argument("--jobs", type=int, default=2)
    args = ap.parse_args()
    work = args.work or Path(tempfile.mkdtemp(prefix="bench-memory."))
    store_dir, out = work / "store", work / "out"

    from graph import cli
    from graph.chain.longest import longest_mandate_chain
    from graph.draw import draw_html
    from graph.export.rdf import export_graph
    from graph.ingest import ingest_paths
    from graph.store import open_store

    start = time.process_time()
    peaks: list[int] = []

    def stage(name: str) -> None:
        m = status()
        peaks.append(m["VmHWM"])
        cpu = time.process_time() - start
        print(f"{name:11s} kept {m['VmRSS']:5d} MB  stage peak {m['VmHWM']:5d} MB  cpu {cpu:6.1f}")
        reset_peak()

    stage("start")
    with cli._settled(), open_store(store_dir) as st:
        report = ingest_paths([args.corpus], st, jobs=args.jobs, progress=False)
        stage("ingest")
        cli._outputs_stamp(st, store_dir)
        stage("stamp")
        out.mkdir(parents=True, exist_ok=True)
        gc.freeze()
        export_graph(st, out / "graph.ttl", "turtle")
        stage("graph.ttl")
        draw_html(st, out / "graph.html")
        stage("graph.html")
        longest_mandate_chain(st)
        stage("chain")
    readers = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss // 1024
    engine = subprocess.run(
        [sys.executable, "-c", _READ_ALL, str(store_dir)], capture_output=True, text=True
    ).stdout.strip()
    print(f"documents read {report.read}; main process peak {max(peaks)} MB; readers {readers} MB")
    print(f"a fresh process reading the whole store: {engine} MB")


if __name__ == "__main__":
    main()
