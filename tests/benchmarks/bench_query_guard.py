"""Benchmark: what the read-only guard adds to one query.

Prints, as ratios to a baseline measured in the same run:

- the check (canonical text + rdflib parse + walk) against the query's own evaluation in a
  forked child, for each named query (cold: the first check of a text; warm: cached);
- a forked child that leaves the network (a user and network namespace) against a plain fork.

    .venv/bin/python tests/benchmarks/bench_query_guard.py [--repeat 20]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "tests"))

from graph_helpers import make_store, sample_records  # noqa: E402

from graph.query import check as check_mod  # noqa: E402
from graph.query.run import leave_network, named_queries, run_query  # noqa: E402


def _median_ms(fn, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times) * 1000


def _cold_check(text: str, store) -> None:
    check_mod._parsed.cache_clear()  # the first check of a text
    check_mod.check_query(text, store.has_graph)


def _fork(cut: bool) -> None:
    pid = os.fork()
    if pid == 0:
        if cut:
            leave_network()
        os._exit(0)
    os.waitpid(pid, 0)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=20)
    args = parser.parse_args()
    store = make_store(sample_records())
    print(f"{'named query':28} {'query ms':>9} {'check cold':>11} {'check warm':>11}")
    for name, q in named_queries().items():
        params = {p: "A/RES/70/1" for p, _ in q.params}
        text = check_mod.canonical(q.text)
        run_ms = _median_ms(partial(run_query, store, q.text, params=params), args.repeat)
        cold_ms = _median_ms(partial(_cold_check, text, store), args.repeat)
        warm_ms = _median_ms(partial(check_mod.check_query, text, store.has_graph), args.repeat)
        print(f"{name:28} {run_ms:9.1f} {cold_ms / run_ms:10.2f}x {warm_ms / run_ms:10.3f}x")
    plain = _median_ms(lambda: _fork(False), args.repeat)
    cut = _median_ms(lambda: _fork(True), args.repeat)
    print(f"fork + leave the network: {cut / plain:.2f}x a plain fork ({plain:.1f} ms)")


if __name__ == "__main__":
    main()
