"""Benchmark of loading documents into the embedded on-disk store: per document, in batches, and
pyoxigraph's own bulk loader over the same quads (the backend's ceiling).

    .venv/bin/python tests/benchmarks/bench_store.py                  # 1k and 10k documents
    .venv/bin/python tests/benchmarks/bench_store.py --docs 100k --batch 100000 200000

Each corpus is generated (tests/benchmarks/generate.py), built from the references the generator
wrote (`truth_record` -> `build_graph`) and written once as N-Quads, one document after the
other. Each way of loading then runs in a fresh process over that file, streamed back one
document at a time, into a new store:

- per document: `Store.replace_graph` per document, one transaction each, a flush every 500
  documents (the build before batching);
- batched: `Store.writer()` (`replace_graphs`: bulk batches of --batch quads, each batch with
  its pending list, drops and flush), as `build` does now;
- bulk_load: `pyoxigraph.Store.bulk_load` of the whole N-Quads file (parsing included), the
  fastest way the backend has to fill a store.

Figures are quads per CPU second spent in the store (the main thread's time in store calls plus
every other thread of the process: the loader's and the database's flushes and compactions,
waited for after the load), and per wall-clock second of the same calls; then the peak memory
of the process (which also holds the document being parsed) and the store's size after reopening.
"""

from __future__ import annotations

import argparse
import itertools
import json
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
sys.path[:0] = [str(REPO), str(HERE)]

import measure as M  # noqa: E402

PER_DOCUMENT_FLUSH = 500  # documents between flushes on the per-document path (as before)


def write_quads(n: str, seed: int, path: Path) -> tuple[int, int]:
    """Generate `n` documents and write their graphs as N-Quads; returns (documents, quads)."""
    import pyoxigraph as ox
    from generate import plan_corpus, truth_record

    from graph.build import build_graph

    plan, quads = plan_corpus(n, seed), 0
    with path.open("wb") as out:
        for i in range(len(plan)):
            graph, built = build_graph(truth_record(plan.render(i)))
            g = ox.NamedNode(graph)
            built = [ox.Quad(q.subject, q.predicate, q.object, g) for q in built]
            ox.serialize(built, out, format=ox.RdfFormat.N_QUADS)
            quads += len(built)
    return len(plan), quads


def documents(path: Path):
    """(graph IRI, quads) per document of the N-Quads file, streamed in file order."""
    import pyoxigraph as ox

    quads = ox.parse(path=str(path), format=ox.RdfFormat.N_QUADS)
    for graph, group in itertools.groupby(quads, key=lambda q: q.graph_name.value):
        yield graph, list(group)


def child(way: str, nquads: Path, location: Path, batch: int) -> dict:
    """One way of loading, in this (fresh) process; returns its figures."""
    import gc

    import pyoxigraph as ox

    from graph.store import open_store

    clock = M.Stopwatch("store")
    clock.start()
    quads = 0
    if way == "bulk_load":
        inner = ox.Store(str(location))
        clock.stop("other")
        inner.bulk_load(path=str(nquads), format=ox.RdfFormat.N_QUADS)
        inner.flush()
        clock.stop("store")
        quads = len(inner)
        del inner
    else:
        with open_store(location) as store:
            clock.stop("other")
            if way == "per-document":
                for i, (graph, group) in enumerate(documents(nquads)):
                    clock.stop("other")
                    store.replace_graph(graph, group)
                    if (i + 1) % PER_DOCUMENT_FLUSH == 0:
                        store.flush()
                    clock.stop("store")
                    quads += len(group)
            else:
                with store.writer(batch) as writer:
                    for graph, group in documents(nquads):
                        clock.stop("other")
                        writer.replace_graph(graph, group)
                        clock.stop("store")
                        quads += len(group)
                    clock.stop("other")
            store.flush()
            clock.stop("store")
        del store
    gc.collect()
    _settle()
    clock.stop("other")
    background = clock.settle()
    reopened = open_store(location)  # a writer's open purges the obsolete write-ahead log
    stored = len(reopened)
    reopened.close()
    del reopened
    return {
        "quads": quads,
        "stored": stored,
        "cpu": clock.cpu["store"],
        "wall": clock.wall["store"],
        "background": background,
        "peak_mb": M.peak_rss_mb(),
        "size_mb": M.folder_mb(location),
    }


def _settle(quiet: float = 1.0, limit: float = 30.0) -> None:
    """Wait until the database's background threads stop using CPU (flushes, compactions)."""
    start = time.monotonic()
    last = time.process_time()
    while time.monotonic() - start < limit:
        time.sleep(quiet)
        now = time.process_time()
        if now - last < 0.02 * quiet:
            return
        last = now


def run(way: str, nquads: Path, work: Path, batch: int) -> dict:
    location = work / f"db-{way}-{batch}"
    shutil.rmtree(location, ignore_errors=True)
    command = [sys.executable, __file__, "--child", way, str(nquads), str(location), str(batch)]
    done = subprocess.run(command, capture_output=True, text=True)
    shutil.rmtree(location, ignore_errors=True)
    Path(str(location) + ".lock").unlink(missing_ok=True)
    if done.returncode:
        raise RuntimeError(done.stderr.strip().splitlines()[-1])
    return json.loads(done.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--docs", nargs="+", default=["1k", "10k"])
    parser.add_argument(
        "--batch",
        type=int,
        nargs="+",
        default=None,
        help="quads per batch for the batched path [default: store.BATCH_QUADS]",
    )
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--work", type=Path, help="folder for the N-Quads and stores [temp]")
    parser.add_argument("--child", nargs=4, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        way, nquads, location, batch = args.child
        print(json.dumps(child(way, Path(nquads), Path(location), int(batch))))
        return
    from graph.store.writer import BATCH_QUADS

    batches = args.batch or [BATCH_QUADS]
    work = args.work or Path(tempfile.mkdtemp(prefix="bench-store-"))
    work.mkdir(parents=True, exist_ok=True)
    try:
        for n in args.docs:
            nquads = work / f"corpus-{n}.nq"
            docs, quads = write_quads(n, args.seed, nquads)
            print(
                f"\n{docs:,} documents, {quads:,} quads ({nquads.stat().st_size / 1e6:.0f} MB "
                "of N-Quads); quads/s per CPU second (all threads) and per wall second"
            )
            ways = [("bulk_load", 0), ("per-document", 0)] + [("batched", b) for b in batches]
            results = {}
            for way, batch in ways:
                try:
                    results[(way, batch)] = run(way, nquads, work, batch)
                except RuntimeError as exc:
                    print(f"  {way}: failed: {exc}")
            ceiling = results.get(("bulk_load", 0))
            for (way, batch), r in results.items():
                rate, wall = r["quads"] / r["cpu"], r["quads"] / r["wall"]
                label = f"{way} ({batch:,} quads)" if batch else way
                ratio = f"{rate / (ceiling['quads'] / ceiling['cpu']):.2f}x" if ceiling else "-"
                wall_ratio = (
                    f"{wall / (ceiling['quads'] / ceiling['wall']):.2f}x" if ceiling else "-"
                )
                print(
                    f"  {label:28} {M.human(rate, 'quads/s'):>16} CPU ({ratio} bulk_load)"
                    f" {M.human(wall, 'quads/s'):>16} wall ({wall_ratio})"
                    f"  {r['cpu']:6.1f} s CPU ({r['background']:.1f} s other threads)"
                    f"  peak {r['peak_mb']:5.0f} MB  store {r['size_mb']:6.0f} MB"
                    + ("" if r["stored"] == r["quads"] else f"  STORED {r['stored']:,}!")
                )
            nquads.unlink()
    finally:
        if not args.work:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
