"""The command line against its ceilings, each ratio measured in the same run.

    .venv/bin/python tests/benchmarks/bench_cli.py --docs 1k          # generates the corpus
    .venv/bin/python tests/benchmarks/bench_cli.py --corpus /tmp/c10k --jobs 2

Every command runs in a fresh process; its CPU time is that of the process and of the
workers it waited for (os.wait4), so other load on the machine does not count. Ceilings:

- build: one pyoxigraph ``Store.bulk_load`` of the N-Quads of the store the build made;
- rebuild, nothing changed / one file changed (with and without --no-outputs): the full build
  (each rebuild the best of --repeat runs, 3 by default);
- store on disk: the folder of that bulk_load;
- export nquads / turtle: ``Store.dump`` of the same store in the same format;
- query ... LIMIT 1: a fresh python that imports pyoxigraph and runs the same query.

A ratio >= 1 means as fast as the ceiling (for sizes: as small); the target follows it.
Rebuilds print their cost as a share of the full build instead (smaller is better).
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
sys.path[:0] = [str(REPO), str(HERE)]

QUERY = "SELECT ?s WHERE { ?s ?p ?o } LIMIT 1"


def run(args: list[str], **kw) -> tuple[float, float, float]:
    """CPU seconds, wall seconds and peak resident MB of one command (and its waited workers)."""
    start = time.perf_counter()
    proc = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, **kw)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode:
        err = proc.stderr.read().decode(errors="replace") if proc.stderr else ""
        raise SystemExit(f"{' '.join(args[:4])}... failed ({proc.returncode}): {err[-500:]}")
    return usage.ru_utime + usage.ru_stime, wall, usage.ru_maxrss / 1024


def cli(*args: str) -> list[str]:
    """The mandate-graph script (graph.launch), as installed."""
    return [
        sys.executable,
        "-c",
        "import sys; from graph.launch import main; main(sys.argv[1:])",
        *args,
    ]


def py(code: str) -> list[str]:
    return [sys.executable, "-c", code]


def size_mb(folder: Path) -> float:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file()) / 1e6


def line(label: str, cpu: float, ceiling: float, target: str, extra: str = "") -> None:
    """ratio = ceiling / ours (>= 1: as fast as the ceiling)."""
    ratio = ceiling / cpu if cpu else float("inf")
    print(
        f"{label:44} {cpu:8.2f} CPU-s  ceiling {ceiling:8.2f}  ratio {ratio:6.2f}x  "
        f"(target {target}){extra}",
        flush=True,
    )


def share(label: str, cpu: float, full: float, target: str) -> None:
    """cost = ours / the full build (<= target: good)."""
    print(
        f"{label:44} {cpu:8.2f} CPU-s  full build {full:6.2f}  cost {cpu / full:6.3f}x  "
        f"(target {target})",
        flush=True,
    )


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--docs", default="1k", help="documents to generate (1k, 10k, 100k)")
    ap.add_argument("--corpus", type=Path, help="use this folder instead of generating one")
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--work", type=Path, help="folder for stores and outputs (default: temp)")
    ap.add_argument("--repeat", type=int, default=3, help="runs of each rebuild (the best counts)")
    args = ap.parse_args(argv)

    work = Path(args.work or tempfile.mkdtemp(prefix="bench-cli-"))
    work.mkdir(parents=True, exist_ok=True)
    corpus = args.corpus
    if corpus is None:
        from generate import write_corpus

        corpus = work / "corpus"
        if not corpus.exists():
            write_corpus(corpus, args.docs, truth=False)
    files = sorted(p for p in corpus.rglob("*") if p.is_file())
    mb = sum(p.stat().st_size for p in files) / 1e6
    print(
        f"corpus: {len(files):,} files, {mb:.1f} MB; --jobs {args.jobs}; {os.cpu_count()} cores",
        flush=True,
    )
    store, out, bulk = work / "store", work / "out", work / "bulk"
    for p in (store, out, bulk):
        shutil.rmtree(p, ignore_errors=True)
    build = cli(
        "build", str(corpus), "--store", str(store), "--out", str(out), "--jobs", str(args.jobs)
    )

    full, wall, peak = run(build)
    nq = work / "store.nq"
    dump_nq, _, _ = run(
        py(
            f"import pyoxigraph as ox; s = ox.Store.read_only({str(store)!r}); "
            f"s.dump({str(nq)!r}, ox.RdfFormat.N_QUADS)"
        )
    )
    load, _, _ = run(
        py(
            f"import pyoxigraph as ox; ox.Store({str(bulk)!r}).bulk_load("
            f"path={str(nq)!r}, format=ox.RdfFormat.N_QUADS)"
        )
    )
    line("build (CLI, full)", full, load, ">= 0.5x", f"  wall {wall:.1f} s, peak {peak:.0f} MB")
    # Rebuilds take a second or a few: the best of --repeat runs, each changing the file anew.
    again = min(run(build)[0] for _ in range(args.repeat))
    share("rebuild, nothing changed", again, full, "small")
    changed = files[len(files) // 2]
    original = changed.read_bytes()
    edits = iter(range(1, 2 * args.repeat + 1))

    def rebuild_one(*extra: str) -> float:
        changed.write_bytes(original + f"\nRecalling its resolution 70/{next(edits)},\n".encode())
        return run([*build, *extra])[0]

    try:
        one = min(rebuild_one() for _ in range(args.repeat))
        share("rebuild, one file changed (writes outputs)", one, full, "<= 0.05x")
        lean = min(rebuild_one("--no-outputs") for _ in range(args.repeat))
        share("rebuild, one file changed, --no-outputs", lean, full, "<= 0.05x")
    finally:
        changed.write_bytes(original)
    ours, theirs = size_mb(store), size_mb(bulk)
    print(
        f"{'store on disk':44} {ours:8.1f} MB     bulk_load {theirs:8.1f} MB  "
        f"ratio {ours / theirs:6.2f}x  (target <= 1.2x)",
        flush=True,
    )

    # Turtle holds one graph (the export writes the union); the store's dump of all its
    # graphs in the nearest format, TriG, is the ceiling.
    for fmt, ox_fmt, suffix in (("nquads", "N_QUADS", "nq"), ("turtle", "TRIG", "trig")):
        target = work / f"export.{suffix}"
        ours_cpu, _, _ = run(
            cli("export", "--format", fmt, "-o", str(target), "--store", str(store))
        )
        dump = (
            f"import pyoxigraph as ox; s = ox.Store.read_only({str(store)!r}); "
            f"s.dump({str(work / ('dump.' + suffix))!r}, ox.RdfFormat.{ox_fmt})"
        )
        theirs_cpu, _, _ = run(py(dump))
        line(f"export {fmt}", ours_cpu, theirs_cpu, ">= 0.9x")

    # Start-up dominates: the best of five, in CPU seconds and in wall seconds.
    fresh_code = (
        f"import pyoxigraph as ox; s = ox.Store.read_only({str(store)!r}); "
        f"print(list(s.query({QUERY!r})))"
    )
    ours_runs = [run(cli("query", QUERY, "--store", str(store)))[:2] for _ in range(5)]
    fresh_runs = [run(py(fresh_code))[:2] for _ in range(5)]
    for i, unit in ((0, "CPU"), (1, "wall")):
        ours_q, fresh = min(r[i] for r in ours_runs), min(r[i] for r in fresh_runs)
        line(f"mandate-graph query ... LIMIT 1 ({unit})", ours_q, fresh, ">= 0.5x")
    if args.work is None:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
