"""Benchmark: export speed and peak memory per RDF format, against the store's own dump.

Run by hand (never collected as a test):

    .venv/bin/python tests/benchmarks/bench_export.py --docs 2000
    .venv/bin/python tests/benchmarks/bench_export.py --store mandate-graph.db --memory
    .venv/bin/python tests/benchmarks/bench_export.py --store mandate-graph.db --code ../old

`--docs N` builds a store of N generated reports first (and prints build and validate figures);
`--store PATH` opens an existing store read-only. Every figure runs in its own child process, so
each has its own peak memory (VmHWM). The baseline is the ceiling for any export: Oxigraph
dumping every graph as N-Triples and doing nothing with it, measured before and after the
formats. `--memory` also copies the store into memory (untimed) and measures again there, where
the dump is about ten times faster. `--code DIR` measures the `graph` package found in DIR (an
older checkout) instead of this one; repeated, it measures each between the same two dumps.
Speeds are statements per CPU second of the child.

Targets (issues "ontology and graph", "benchmarks"): >= 1,000,000 triples/s written as Turtle;
peak memory < 2 GB at 100k documents.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
FORMATS = ("turtle", "ntriples", "rdfxml", "nquads", "trig", "jsonld")
RELATIONS = (
    "establishedBy",
    "requestedBy",
    "pursuantTo",
    "recalls",
    "reaffirms",
    "takesNoteOf",
    "cites",
    "welcomes",
)


def record(i: int, refs: int):
    """A generated report citing `refs` General Assembly resolutions, as extraction yields."""
    from graph.model import DocumentRecord, Reference
    from graph.vocab.keys import iri_for

    out = []
    for j in range(refs):
        key = f"A/RES/{60 + (i + j) % 20}/{(i * 7 + j) % 300}"
        text = f"resolution {key[6:]}"
        out.append(
            Reference(
                kind="resolution",
                key=key,
                iri=iri_for("resolution", key),
                relation=RELATIONS[j % len(RELATIONS)],
                text=text,
                start=100 * j,
                end=100 * j + len(text),
                evidence=f"Recalling its {text} of 22 October 2010, ... {i}",
                rule="ga-resolution",
                confidence=0.95,
                body="A",
                date="2010-10-22" if j % 3 == 0 else None,
            )
        )
    return DocumentRecord(
        source=f"/data/doc{i}.txt",
        language="en",
        symbol=f"A/{70 + i % 10}/{i}",
        body="A",
        date="2015-09-25",
        title=f"Report {i}",
        doc_kind="report",
        session=f"A session {70 + i % 10}",
        sha256=hashlib.sha256(str(i).encode()).hexdigest(),
        encoding="utf-8",
        extractor_version="0.1.0",
        references=tuple(out),
    )


def rate(n: int, seconds: float) -> str:
    return f"{n:>10,} in {seconds:6.2f} s = {n / seconds:>12,.0f}/s"


# -- child: one measurement in a fresh process ---------------------------------------------------
def peak_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def child(store_path: str, what: str, out: str, memory: bool) -> dict:
    import pyoxigraph as ox

    from graph.export.rdf import export_graph  # imported before the clock starts
    from graph.store import open_store
    from graph.store.embedded import Store

    store = open_store(store_path, read_only=True)
    if memory:  # copied into memory, not timed: the figure is the export from a :memory: store
        copy = ox.Store()
        copy.bulk_extend(store.inner.quads_for_pattern(None, None, None, None))
        store = Store(copy, ":memory:")
    t0, c0 = time.perf_counter(), time.process_time()
    if what == "dump":
        graphs = [ox.DefaultGraph(), *store.inner.named_graphs()]
        count = nbytes = 0
        for g in graphs:
            data = store.inner.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=g)
            count += data.count(b"\n")
            nbytes += len(data)
    else:
        count = export_graph(store, out, what)
        nbytes = Path(out).stat().st_size
    return {
        "count": count,
        "cpu": time.process_time() - c0,
        "wall": time.perf_counter() - t0,
        "bytes": nbytes,
        "peak_mb": peak_mb(),
    }


def run_child(store: Path, what: str, work: Path, code: str | None, memory: bool) -> dict:
    out = work / f"export.{what}"
    argv = [sys.executable, __file__, "--child", str(store), what, str(out)]
    argv += ["--code", code] if code else []  # (the child measures that package)
    argv += ["--memory"] if memory else []
    done = subprocess.run(argv, capture_output=True, text=True)
    out.unlink(missing_ok=True)
    if done.returncode:
        return {"error": (done.stderr.strip().splitlines() or ["?"])[-1][:200]}
    return json.loads(done.stdout.strip().splitlines()[-1])


# -- parent ------------------------------------------------------------------------------------
def measure(
    store: Path,
    work: Path,
    formats: list[str],
    codes: list[str | None],
    memory: bool,
    skip: set[str],
) -> None:
    where = "in memory" if memory else "on disk"
    print(f"\nstore {store} ({where})")
    print(
        f"{'figure':<30}{'statements':>12}{'CPU s':>9}{'wall s':>9}{'per CPU s':>12}"
        f"{'time/dump':>11}{'peak MB':>10}"
    )
    first = run_child(store, "dump", work, None, memory)
    results = {}
    for code in codes:  # one after the other, between the same two dumps
        label = f" [{Path(code).name}]" if code else ""
        for fmt in formats:
            if f"{fmt}@{Path(code).name if code else ''}" not in skip:
                results[fmt + label] = run_child(store, fmt, work, code, memory)
    last = run_child(store, "dump", work, None, memory)
    dump_cpu = (first["cpu"] + last["cpu"]) / 2
    for name, r in (
        ("dump (ceiling, before)", first),
        *results.items(),
        ("dump (ceiling, after)", last),
    ):
        if "error" in r:
            print(f"{name:<30} failed: {r['error']}")
            continue
        print(
            f"{name:<30}{r['count']:>12,}{r['cpu']:>9.2f}{r['wall']:>9.2f}"
            f"{r['count'] / r['cpu']:>12,.0f}{r['cpu'] / dump_cpu:>10.2f}x{r['peak_mb']:>10,.0f}"
        )
    print(
        f"(time/dump: CPU time over the mean CPU time of the two dumps, {dump_cpu:.2f} s; "
        "1.00x would be as fast as reading the store can be)"
    )


def build(docs: int, refs: int, folder: Path) -> Path:
    from graph.build import build_graph
    from graph.store import open_store

    records = [record(i, refs) for i in range(docs)]
    t = time.perf_counter()
    built = [build_graph(r) for r in records]
    quads = sum(len(q) for _, q in built)
    print(f"build_graph (quads)              {rate(quads, time.perf_counter() - t)}")
    path = folder / "store"
    store = open_store(path)
    t = time.perf_counter()
    for graph, qs in built:
        store.replace_graph(graph, qs)
    store.flush()
    print(f"load into embedded store         {rate(quads, time.perf_counter() - t)}")
    store.close()
    from graph.validate.shacl import validate_store

    small = open_store(":memory:")
    for r in records[:200]:
        small.replace_graph(*build_graph(r))
    t = time.perf_counter()
    report = validate_store(small)
    took = time.perf_counter() - t
    print(
        f"validate ({report.triples:,} triples)      {rate(report.triples, took)}"
        f"  conforms={report.conforms}"
    )
    return path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=2000)
    parser.add_argument("--refs", type=int, default=20, help="references per document")
    parser.add_argument("--store", type=Path, help="an existing store, opened read-only")
    parser.add_argument("--formats", default=",".join(FORMATS))
    parser.add_argument("--memory", action="store_true", help="also from a copy in memory")
    parser.add_argument(
        "--code",
        action="append",
        help="folder holding the graph package to measure (repeat to compare)",
    )
    parser.add_argument(
        "--skip",
        default="",
        help="FORMAT@DIR,...: a format not measured with "
        "the code of --code DIR (e.g. jsonld@old: hours at 100k)",
    )
    parser.add_argument("--work", type=Path, help="where exports are written (then deleted)")
    parser.add_argument(
        "--child", nargs=3, metavar=("STORE", "WHAT", "OUT"), help=argparse.SUPPRESS
    )
    args = parser.parse_args()
    sys.path.insert(0, (args.code or [str(ROOT)])[0] if args.child else str(ROOT))
    if args.child:
        print(json.dumps(child(*args.child, memory=args.memory)))
        return
    formats = [f for f in args.formats.split(",") if f]
    with tempfile.TemporaryDirectory(dir=args.work) as tmp:
        work = Path(tmp)
        store = args.store or build(args.docs, args.refs, work)
        codes = args.code or [None]
        skip = set(args.skip.split(","))
        measure(store, work, formats, codes, memory=False, skip=skip)
        if args.memory:
            measure(store, work, formats, codes, memory=True, skip=skip)


if __name__ == "__main__":
    main()
