"""Benchmark: mandate-chain and SPARQL query latency on generated stores.

Builds (once, then reuses) embedded stores of 10,000 and 100,000 generated documents whose
mandate chains run hundreds of links deep (with second paths to the same act and a few cycles),
then prints median and p95 latency of:

- trace_chain up and down, in-process (target: < 50 ms at 100k documents), each against the
  same question asked directly in SPARQL (`mg:mandatedBy+`, which lists the acts but none of
  what a chain shows: relations, evidence, sources, dates);
- format_chain as a tree;
- run_query with the named query chain-up, with a timeout (forked worker) and without;
- the `mandate-graph chain KEY` command, start-up included (target: < 1 s).

    .venv/bin/python tests/benchmarks/bench_chain.py [--sizes 10000 100000] [--keys 200]

The store's files are read once first (`--no-preload` skips it), as on a machine where the store
is in use: the figures then measure the product, not the disk. At 100k documents a first chain
on a cold disk costs several times more (each link reads a few blocks of a 2.6 GB store).
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
sys.path.insert(0, str(REPO))

from graph.build import build_graph  # noqa: E402
from graph.model import DocumentRecord, Reference  # noqa: E402
from graph.vocab.keys import iri_for  # noqa: E402

BODIES = ("A", "E", "A/HRC", "CTOC/COP", "E/CN.15", "E/CN.7", "CAC/COSP", "S")
MANDATES = ("requestedBy", "pursuantTo", "establishedBy", "inAccordanceWith", "extends", "decides")
POPULAR = [f"A/RES/{s}/{n}" for s in range(50, 80) for n in range(1, 31)]


def _ref(kind, key, relation, start, subject=None) -> Reference:
    evidence = f"In its resolution {key} the body decided, as {relation}, to continue this work."
    return Reference(
        kind,
        key,
        iri_for(kind, key),
        relation,
        key,
        start,
        start + len(key),
        evidence,
        "bench",
        subject=subject,
    )


def symbol(chain: int, pos: int) -> str:
    body = BODIES[chain % len(BODIES)]
    return f"{body}/{2000 + pos // 40}/{chain}.{pos}"


def generate(n_docs: int, chain_len: int, seed: int = 7):
    """Documents in chains of `chain_len`: each is mandated by the one before it in its chain."""
    rng = random.Random(seed)
    for i in range(n_docs):
        chain, pos = divmod(i, chain_len)
        refs = []
        if pos > 0:
            refs.append(_ref("document", symbol(chain, pos - 1), rng.choice(MANDATES), 10))
        if pos > 2 and rng.random() < 0.05:  # a second path to an earlier act
            refs.append(_ref("document", symbol(chain, rng.randrange(pos - 2)), "pursuantTo", 60))
        if pos == 0 and chain % 50 == 1:  # a few cycles: the first act extends the last one
            refs.append(_ref("document", symbol(chain, chain_len - 1), "extends", 80))
        if pos % 40 == 0:  # a body established by this act
            refs.append(
                _ref(
                    "document",
                    symbol(chain, pos),
                    "establishedBy",
                    90,
                    subject=f"{BODIES[chain % len(BODIES)]}/WG.{chain}.{pos}",
                )
            )
        refs.append(_ref("resolution", rng.choice(POPULAR), "recalls", 120))
        refs.append(_ref("resolution", rng.choice(POPULAR), "cites", 160))
        sym = symbol(chain, pos)
        yield DocumentRecord(
            source=f"gen/{sym}.txt",
            language="en",
            symbol=sym,
            body=BODIES[chain % len(BODIES)],
            date=f"{2000 + pos // 40:04d}-01-{1 + pos % 28:02d}",
            title=f"Report {sym}",
            doc_kind="report",
            sha256=f"{i:064x}",
            references=tuple(refs),
        )


def ensure_store(folder: Path, n_docs: int, chain_len: int) -> Path:
    import pyoxigraph as ox

    path = folder / f"store-{n_docs}-{chain_len}"
    done = path / "BENCH_COMPLETE"
    if done.exists():
        return path
    print(f"building {path} ({n_docs} documents, chains of {chain_len}) ...", flush=True)
    t = time.perf_counter()
    store = ox.Store(str(path))
    batch, n_quads = [], 0
    for record in generate(n_docs, chain_len):
        batch.extend(build_graph(record)[1])
        if len(batch) > 500_000:
            store.bulk_extend(batch)
            n_quads += len(batch)
            batch = []
    store.bulk_extend(batch)
    n_quads += len(batch)
    store.optimize()
    store.flush()
    del store
    done.write_text("ok\n")
    print(f"  {n_quads:,} quads in {time.perf_counter() - t:.0f} s", flush=True)
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


def sparql_times(store, keys: list[str], down: bool) -> list[float]:
    """The same question asked directly: the acts above (or below) KEY by mg:mandatedBy+."""
    from graph.vocab.keys import iri_for

    out = []
    for key in keys:
        node = f"<{iri_for('document', key)}>"
        path = (
            f"?a <https://w3id.org/mandate-graph/ontology#mandatedBy>+ {node}"
            if down
            else f"{node} <https://w3id.org/mandate-graph/ontology#mandatedBy>+ ?a"
        )
        t = time.perf_counter()
        for _ in store.query(f"SELECT (COUNT(DISTINCT ?a) AS ?n) WHERE {{ {path} }}"):
            pass
        out.append(time.perf_counter() - t)
    return out


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


def bench(
    path: Path, n_docs: int, chain_len: int, n_keys: int, load: bool = True, queries: bool = True
) -> None:
    from graph.chain import format_chain, trace_chain
    from graph.errors import QueryTimeoutError
    from graph.query.run import named_queries, run_query
    from graph.store import open_store

    rng = random.Random(3)
    chains = n_docs // chain_len
    deep = [
        symbol(rng.randrange(chains), rng.randrange(chain_len // 2, chain_len))
        for _ in range(n_keys)
    ]
    heads = [symbol(rng.randrange(chains), rng.randrange(0, 5)) for _ in range(n_keys)]
    print(
        f"\n{n_docs:,} documents, chains of {chain_len} ({path}); load average "
        f"{os.getloadavg()[0]:.1f} on {os.cpu_count()} cores"
    )
    if load:
        preload(path)
    t = time.perf_counter()
    store = open_store(str(path), read_only=True)
    print(f"  open read-only: {(time.perf_counter() - t) * 1000:.1f} ms, {len(store):,} quads")
    trace_chain(store, deep[0])  # warm the block cache once, as any second command would
    base_up = sparql_times(store, deep, down=False)
    times, chains_up = timed(lambda k: trace_chain(store, k), [(k,) for k in deep])
    links = statistics.median(len(c.links) for c in chains_up)
    figures("trace_chain up (in-process)", times, f"median {links:.0f} links", base_up)
    figures("  the same, CPU time", CPU)
    per_link = [t / max(1, len(c.links)) for t, c in zip(CPU, chains_up, strict=True)]
    figures("  CPU time per link", per_link)
    base_down = sparql_times(store, heads, down=True)
    times, chains_down = timed(lambda k: trace_chain(store, k, down=True), [(k,) for k in heads])
    links = statistics.median(len(c.links) for c in chains_down)
    figures(
        "trace_chain --down from near a chain head", times, f"median {links:.0f} links", base_down
    )
    figures("  the same, CPU time", CPU)
    short = [symbol(rng.randrange(chains), rng.randrange(1, 12)) for _ in range(n_keys)]
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
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--chain-length", type=int, default=500)
    parser.add_argument("--keys", type=int, default=200)
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
        path = ensure_store(args.dir, n, args.chain_length)
        bench(path, n, args.chain_length, args.keys, not args.no_preload, not args.no_cli)


if __name__ == "__main__":
    main()
