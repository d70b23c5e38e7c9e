"""Benchmark: mandate-chain and SPARQL query latency on stores built from generated documents.

Generates (once, then reuses) the UN-style corpus of tests/benchmarks/generate.py, whose acts
say "Acting pursuant to resolution …" and "Requests the Secretary-General to submit a report
(A/80/151) …" and whose reports open "The present report is submitted pursuant to resolution …",
so that extraction finds mandate statements and chains run from report to act to act, dozens of
links deep; builds it with `mandate-graph build` (the real extraction and graph), then prints
median and p95 latency of:

- trace_chain up and down, in-process, each against one SPARQL query that returns the same
  links with their edges (the statement nodes reached by `mg:mandatedBy*`: what was mandated,
  the relation, the act, the stating document and the evidence); target <= 3x;
- format_chain as a tree;
- run_query with the named query chain-up, with a timeout (forked worker) and without;
- the `mandate-graph chain KEY` command, start-up included (target: < 1 s).

    .venv/bin/python tests/benchmarks/bench_chain.py [--sizes 10000] [--keys 50] [--no-cli]
    .venv/bin/python tests/benchmarks/bench_chain.py --sizes 10000 --store STORE  # built already

The store's files are read once first (`--no-preload` skips it), as on a machine where the store
is in use: the figures then measure the product, not the disk.
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path[:0] = [str(REPO), str(Path(__file__).resolve().parent)]

from generate import plan_corpus, write_corpus  # noqa: E402

MG = "https://w3id.org/mandate-graph/ontology#"
# The links of a chain in one query: every statement about a node reached by mandatedBy*
# (upward: whose subject it is; downward: whose act it is), with both ends' keys. ?k is the
# node of the key, looked up first (a query that looks it up itself is three times slower).
_LINKS = (
    "SELECT ?from ?rel ?to ?doc ?ev WHERE {{ {path} . "
    "?st <{mg}statementSubject> ?s ; <{mg}statementRelation> ?rel ; <{mg}mandatingAct> ?a ; "
    "<{mg}statedIn> ?doc . ?s <{mg}key> ?from . ?a <{mg}key> ?to . "
    "OPTIONAL {{ ?st <{mg}evidence> ?ev }} }}"
)
UP = _LINKS.format(mg=MG, path=f"?k <{MG}mandatedBy>* ?s")
DOWN = _LINKS.format(mg=MG, path=f"?a <{MG}mandatedBy>* ?k")


def ensure_store(folder: Path, n_docs: int) -> Path:
    """The store of the generated corpus of n_docs documents, built by `mandate-graph build`."""
    path = folder / f"store-gen-{n_docs}"
    done = path / "BENCH_COMPLETE"
    if done.exists():
        return path
    corpus = folder / f"corpus-gen-{n_docs}"
    if not corpus.exists():
        write_corpus(corpus, n_docs, truth=False)
    print(f"building {path} from {corpus} ...", flush=True)
    t = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "graph", "build", str(corpus), "--store", str(path)]
        + ["--no-outputs", "--jobs", "2"],
        cwd=REPO,
        check=True,
        stdout=subprocess.DEVNULL,
    )
    done.write_text("ok\n")
    print(f"  built in {time.perf_counter() - t:.0f} s", flush=True)
    return path


def figures(
    name: str, seconds: list[float], extra: str = "", baseline: list[float] | None = None
) -> None:
    ms = sorted(s * 1000 for s in seconds)
    p95 = ms[min(len(ms) - 1, int(len(ms) * 0.95))]
    print(
        f"  {name:42} median {statistics.median(ms):8.2f} ms   p95 {p95:8.2f} ms   "
        f"max {ms[-1]:8.2f} ms  (n={len(ms)}) {extra}",
        flush=True,
    )
    if baseline:
        base = sorted(s * 1000 for s in baseline)
        bp95 = base[min(len(base) - 1, int(len(base) * 0.95))]
        print(
            f"  {'  baseline: SPARQL, same keys':42} median {statistics.median(base):8.2f} ms   "
            f"p95 {bp95:8.2f} ms   (trace_chain / SPARQL: median "
            f"{statistics.median(ms) / max(statistics.median(base), 1e-9):.1f}x, p95 "
            f"{p95 / max(bp95, 1e-9):.1f}x)",
            flush=True,
        )


def preload(path: Path) -> None:
    """Read every file of the store once, so that the OS holds it in memory."""
    t, size = time.perf_counter(), 0
    for f in sorted(path.iterdir()):
        if f.is_file():
            with f.open("rb") as data:
                while chunk := data.read(1 << 24):
                    size += len(chunk)
    print(f"  read the store's files once: {size / 1e9:.2f} GB in {time.perf_counter() - t:.1f} s")


def sparql_times(store, keys: list[str], down: bool) -> tuple[list[float], list[int]]:
    """The same links asked in one SPARQL query per key (after one lookup of the key's node):
    wall seconds (CPU seconds go to CPU) and the distinct links found."""
    import pyoxigraph as ox

    out, found = [], []
    CPU.clear()
    for key in keys:
        c, t = time.process_time(), time.perf_counter()
        lookup = f"SELECT ?k WHERE {{ ?k <{MG}key> {ox.Literal(key)} }} LIMIT 1"
        node = next(iter(store.inner.query(lookup, use_default_graph_as_union=True)))["k"]
        query = (DOWN if down else UP).replace("?k ", f"{node} ")
        rows = store.inner.query(query, use_default_graph_as_union=True)
        links = {(r["from"].value, r["rel"].value, r["to"].value) for r in rows}
        out.append(time.perf_counter() - t)
        CPU.append(time.process_time() - c)
        found.append(len(links))
    return out, found


def _same(chains, found: list[int]) -> int:
    """How many chains have as many distinct links (not repeats, not cycles) as the query found."""
    return sum(
        len({(link.parent, link.relation, link.key) for link in c.links}) == n
        for c, n in zip(chains, found, strict=True)
    )


CPU: list[float] = []  # CPU seconds of the last timed() run, one per call


def timed(fn, args_list) -> tuple[list[float], list]:
    """Wall seconds and results of fn(*args) for each args; CPU seconds go to CPU (on a shared
    machine the wall time includes waiting for a core, the CPU time does not)."""
    times, outs = [], []
    CPU.clear()
    for args in args_list:
        c = time.process_time()
        t = time.perf_counter()
        outs.append(fn(*args))
        times.append(time.perf_counter() - t)
        CPU.append(time.process_time() - c)
    return times, outs


def bench(path: Path, n_docs: int, n_keys: int, load: bool = True, queries: bool = True) -> None:
    from graph.chain import format_chain, trace_chain
    from graph.errors import QueryTimeoutError
    from graph.query.run import named_queries, run_query
    from graph.store import open_store

    plan = plan_corpus(n_docs)
    rng = random.Random(3)
    # deep: the reports at the end of the longest planned chains; heads: acts that open a
    # thread (their chains go down); short: any document
    deep = [e.key for e in plan.deepest(n_keys)]
    acts = [e for e in plan.entries if e.kind in ("resolution", "decision")]
    heads = [e.key for e in rng.sample([e for e in acts if e.depth == 0], n_keys)]
    short = [e.key for e in plan.sample(n_keys, seed=3)]
    print(
        f"\n{n_docs:,} generated documents, planned chains up to {plan.max_depth} links "
        f"({path}); load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores"
    )
    if load:
        preload(path)
    t = time.perf_counter()
    store = open_store(str(path), read_only=True)
    print(f"  open read-only: {(time.perf_counter() - t) * 1000:.1f} ms, {len(store):,} quads")
    trace_chain(store, deep[0])  # warm the block cache once, as any second command would
    base_up, found = sparql_times(store, deep, down=False)
    base_cpu = list(CPU)
    times, chains_up = timed(lambda k: trace_chain(store, k), [(k,) for k in deep])
    links = statistics.median(len(c.links) for c in chains_up)
    print(f"  same links: {_same(chains_up, found)} of {len(deep)} chains")
    figures("trace_chain up (in-process)", times, f"median {links:.0f} links", base_up)
    figures("  the same, CPU time", CPU, "", base_cpu)
    per_link = [t / max(1, len(c.links)) for t, c in zip(CPU, chains_up, strict=True)]
    figures("  CPU time per link", per_link)
    base_down, found = sparql_times(store, heads, down=True)
    base_cpu = list(CPU)
    times, chains_down = timed(lambda k: trace_chain(store, k, down=True), [(k,) for k in heads])
    links = statistics.median(len(c.links) for c in chains_down)
    print(f"  same links: {_same(chains_down, found)} of {len(heads)} chains")
    figures(
        "trace_chain --down from near a chain head", times, f"median {links:.0f} links", base_down
    )
    figures("  the same, CPU time", CPU, "", base_cpu)
    times, chains_short = timed(lambda k: trace_chain(store, k), [(k,) for k in short])
    links = statistics.median(len(c.links) for c in chains_short)
    figures("trace_chain up, a typical short chain", times, f"median {links:.0f} links")
    times, _ = timed(lambda k: trace_chain(store, k, depth=10), [(k,) for k in deep])
    figures("trace_chain up --depth 10", times)
    times, _ = timed(lambda c: format_chain(c, "tree"), [(c,) for c in chains_up])
    figures("format_chain tree", times)

    if not queries:
        store.close()
        return
    text = named_queries()["chain-up"].text
    few = deep[: max(10, n_keys // 10)]
    times, results = timed(lambda k: run_query(store, text, params={"key": k}), [(k,) for k in few])
    figures(
        "run_query chain-up (timeout: forked worker)",
        times,
        f"median {statistics.median(len(r.rows) for r in results):.0f} rows",
    )
    times, _ = timed(
        lambda k: run_query(store, text, params={"key": k}, timeout=None), [(k,) for k in few]
    )
    figures("run_query chain-up (no timeout, in-process)", times)
    small = "SELECT ?key ?d WHERE { ?n mg:key ?key ; dct:date ?d }"
    times, _ = timed(lambda k: run_query(store, small, params={"key": k}), [(k,) for k in few])
    figures("run_query one-row lookup (forked worker)", times)
    times, _ = timed(
        lambda k: run_query(store, small, params={"key": k}, timeout=None), [(k,) for k in few]
    )
    figures("run_query one-row lookup (in-process)", times)
    for q in named_queries().values():
        params = {"key": deep[0], "body": "CTOC/COP"}
        if q.name in ("chain-down", "cited-by", "mentions"):
            params["key"] = heads[0]
        if q.name == "session":
            params["key"] = "A session 1"
        t = time.perf_counter()
        try:
            result = run_query(
                store, q.text, params={n: params[n] for n, _ in q.params}, limit=1000, timeout=120
            )
            note = f"{len(result.rows)} rows"
        except QueryTimeoutError:
            note = "timed out after 120 s"
        figures(f"named query {q.name}", [time.perf_counter() - t], note)
    store.close()

    cli = [sys.executable, "-m", "graph", "chain", "--store", str(path)]
    runs, cpu = [], []
    for key in deep[:10]:
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        t = time.perf_counter()
        subprocess.run([*cli, key], cwd=REPO, check=True, capture_output=True)
        runs.append(time.perf_counter() - t)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu.append(after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime)
    figures("`mandate-graph chain KEY` incl. start-up", runs)
    figures("  the same, CPU time (user + system)", cpu)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000])
    parser.add_argument("--keys", type=int, default=50)
    parser.add_argument("--store", type=Path, help="a store of the generated corpus, built")
    parser.add_argument("--dir", type=Path, default=Path("/tmp/mandate-graph-bench"))
    parser.add_argument(
        "--no-preload",
        action="store_true",
        help="do not read the store's files first (measure a cold disk)",
    )
    parser.add_argument("--no-cli", action="store_true", help="skip the CLI and named queries")
    args = parser.parse_args()
    args.dir.mkdir(parents=True, exist_ok=True)
    for n in args.sizes:
        path = args.store or ensure_store(args.dir, n)
        bench(path, n, args.keys, not args.no_preload, not args.no_cli)


if __name__ == "__main__":
    main()
