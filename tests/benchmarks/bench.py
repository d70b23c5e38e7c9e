"""The one-stop benchmark: every stage of Mandate Graph on a generated UN-style corpus, in one run.

    .venv/bin/python tests/benchmarks/bench.py --scale 1k|10k|100k|1M [--json results.json]

Each figure is printed as soon as it is measured, with its baseline, the ratio to it (> 1: better
than the baseline) and the target from the issues:

- extract: MB/s and references/s of `extract_references` on one core, and against eyecite's
  `get_citations` over the same bytes (a sample of evenly spaced documents at large scales);
- build: documents/s and triples/s of `build_graph` + the store's batch writer into the embedded
  store, against rdflib's in-memory Dataset (addN of the same quads);
- store: size on disk (against the same graph as N-Quads text); peak memory;
- chain and query: median and p95 latency over many keys, in process (`trace_chain`,
  `run_query`), against the same question asked directly in SPARQL;
- cli: cold start of `mandate-graph chain KEY --store ...` against `python -c pass`;
- export: seconds and triples/s per format (`export_graph`), against rdflib's serializers;
- draw: seconds and size of the HTML page (`draw_html`).

The corpus (tests/benchmarks/generate.py) is streamed: each document is generated, extracted,
built and stored before the next, so memory stays flat. By default the graph is built from the
references the generator wrote (`--records generated`: stable figures whatever the extractor's
accuracy); `--records extracted` builds from what the extractor found. Export, draw and the
baselines run in child processes (each with its own memory), stopped after --child-timeout.
A stage whose module is not there yet prints "not available: <reason>" and the run goes on.
"""

from __future__ import annotations

import argparse
import gc
import shutil
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parents[1]))

import measure as M  # noqa: E402
from generate import CorpusPlan, parse_scale, plan_corpus, truth_record  # noqa: E402
from stages import chain_and_query, cli_start, draw, exports  # noqa: E402

# Rough size of a generated document, to choose the baseline samples before generating.
_BYTES_PER_DOC, _QUADS_PER_DOC = 3_200, 200


@dataclass
class Pipeline:
    """What streaming the corpus through extract -> build -> store measured."""

    clock: M.Stopwatch
    docs: int = 0
    bytes: int = 0
    refs_written: int = 0
    extract: str | None = None  # the function measured, or None when not available
    extract_missing: str = ""
    refs: int = 0
    extract_failed: int = 0
    keys_written: int = 0
    keys_found: int = 0
    keys_extra: int = 0
    sample_bytes: int = 0  # the documents eyecite also reads, and our CPU time on them
    sample_cpu: float = 0.0
    quads: int = 0
    build_failed: int = 0
    first_error: str = ""
    store_built_mb: float = 0.0  # as closed after the build, with its obsolete write-ahead log
    background_cpu: float = 0.0  # CPU of the store's background threads, charged to "store"


def stream(plan: CorpusPlan, args, store_path: Path, eyecite_step: int) -> Pipeline:
    """Generate, extract, build and store every document, timing each stage separately."""
    from graph.build import bodies_graph, build_graph
    from graph.model import Document
    from graph.store import open_store

    p = Pipeline(M.Stopwatch())
    try:
        from graph.extract import extract_record, extract_references

        p.extract = "extract_record" if args.records == "extracted" else "extract_references"
    except Exception as exc:  # the extraction helper has not landed yet
        p.extract_missing = M.unavailable_reason(exc)
    clock, n = p.clock, len(plan)
    if p.extract:  # the first document of each language loads its patterns: timed apart
        clock.start()
        for lang in plan.languages:
            first = next((e for e in plan.entries if e.lang == lang), None)
            if first is not None:
                doc = plan.render(first.index)
                try:
                    (extract_record if args.records == "extracted" else extract_references)(
                        Document(text=doc.text, source=doc.name, language=doc.language)
                    )
                except Exception:
                    pass  # counted in the timed pass
        clock.stop("warm-up")
    with open_store(store_path) as store, store.writer() as writer:
        # As `build` does: graphs go in through the store's batch writer (bulk loads of about
        # 100,000 quads each); its last batch is written when the block ends.
        writer.replace_graph(*bodies_graph())
        clock.start()
        for i in range(n):
            doc = plan.render(i)
            clock.stop("generate")
            p.docs, p.bytes = p.docs + 1, p.bytes + doc.nbytes
            p.refs_written += len(doc.references)
            record = None
            if p.extract:
                document = Document(text=doc.text, source=doc.name, language=doc.language)
                clock.stop("other")
                try:
                    if args.records == "extracted":
                        record = extract_record(document)
                        refs = record.references
                    else:
                        refs = extract_references(document)
                except Exception as exc:  # extraction must never raise: count it, go on
                    p.extract_failed += 1
                    p.first_error = p.first_error or f"extract {doc.name}: {exc!r}"[:200]
                    refs, record = (), None
                _, cpu = clock.stop("extract")
                p.refs += len(refs)
                if i % eyecite_step == 0:
                    p.sample_bytes, p.sample_cpu = p.sample_bytes + doc.nbytes, p.sample_cpu + cpu
                written, found = {r.key for r in doc.references}, {r.key for r in refs}
                p.keys_written += len(written)
                p.keys_found += len(written & found)
                p.keys_extra += len(found - written)
            if record is None:
                record = truth_record(doc)
            clock.stop("other")
            try:
                graph, quads = build_graph(record)
            except Exception as exc:
                p.build_failed += 1
                p.first_error = p.first_error or f"build {doc.name}: {exc!r}"[:200]
                clock.stop("build")
                continue
            clock.stop("build")
            p.quads += len(quads)
            writer.replace_graph(graph, quads)
            clock.stop("store")
            if args.progress and (i + 1) % max(1, n // 10) == 0:
                print(f"  ... {i + 1:,}/{n:,} documents", file=sys.stderr, flush=True)
        writer.flush()
        store.flush()
        clock.stop("store")
    del store, writer  # drop the RocksDB handle before opening the folder again
    gc.collect()
    p.background_cpu = clock.settle()
    p.store_built_mb = M.folder_mb(store_path)
    reopened = open_store(store_path)  # a writer's open purges the obsolete log: the settled size
    reopened.close()
    del reopened
    gc.collect()
    return p


def _wall(clock: M.Stopwatch, amount: float, stage: str, unit: str) -> str:
    return f"wall-clock {M.human(clock.wall_rate(amount, stage), unit)}"


def report_pipeline(t: M.Table, p: Pipeline, plan: CorpusPlan, eyecite: dict | Exception) -> None:
    """Figures of the corpus, extraction and build stages."""
    c = p.clock
    t.add(
        M.Figure(
            "corpus",
            "generate",
            c.rate(p.bytes / 1e6, "generate"),
            "MB/s",
            baseline_label="(no baseline)",
            note=f"{p.docs:,} documents, {p.bytes / 1e6:,.1f} MB, {p.refs_written:,} "
            f"references written, longest mandate chain {plan.max_depth} links",
        )
    )
    if not p.extract:
        t.missing("extract", "extract MB/s (1 core)", p.extract_missing)
    else:
        t.add(
            M.Figure(
                "extract",
                f"{p.extract} (1 core)",
                c.rate(p.bytes / 1e6, "extract"),
                "MB/s",
                target=10,
                target_text=">= 10 MB/s/core",
                note=f"{p.docs:,} documents; {_wall(c, p.bytes / 1e6, 'extract', 'MB/s')}; "
                f"loading patterns (6 first documents, not counted) "
                f"{c.cpu.get('warm-up', 0):.2f} s; {p.extract_failed} raised"
                + (f"; first: {p.first_error}" if p.first_error else ""),
            )
        )
        if isinstance(eyecite, Exception):
            t.failed("extract", "vs eyecite, same bytes", eyecite)
        else:
            t.add(
                M.Figure(
                    "extract",
                    "same bytes as eyecite",
                    p.sample_bytes / 1e6 / p.sample_cpu if p.sample_cpu else None,
                    "MB/s",
                    baseline=eyecite["bytes"] / 1e6 / eyecite["cpu"],
                    baseline_label="eyecite get_citations",
                    target_ratio=10,
                    target_text=">= 10x eyecite",
                    note=f"{eyecite['bytes'] / 1e6:,.1f} MB, {eyecite['docs']:,} documents; "
                    f"eyecite found {eyecite['citations']:,} citations",
                )
            )
        none_found = isinstance(eyecite, Exception) or not eyecite["citations"]
        t.add(
            M.Figure(
                "extract",
                "references/s",
                c.rate(p.refs, "extract"),
                "refs/s",
                baseline=None if none_found else eyecite["citations"] / eyecite["cpu"],
                baseline_label="(eyecite finds no UN references)"
                if none_found
                else "eyecite citations/s",
                note=f"{p.refs:,} references",
            )
        )
        t.add(
            M.Figure(
                "extract",
                "written keys found",
                100 * p.keys_found / max(1, p.keys_written),
                "%",
                baseline_label="(a sanity check, not the accuracy evaluation)",
                note=f"{p.keys_found:,} of {p.keys_written:,} distinct keys per document "
                f"found; {p.keys_extra:,} found that were not written",
            )
        )
    t.add(
        M.Figure(
            "build",
            "documents/s (build + store)",
            p.docs / (c.cpu["build"] + c.cpu["store"]),
            "docs/s",
            note=f"build_graph {c.rate(p.docs, 'build'):,.0f}/s, store writer "
            f"{c.rate(p.docs, 'store'):,.0f}/s (with {p.background_cpu:,.1f} s CPU of "
            f"the store's background threads); {p.build_failed} failed",
        )
    )


def report_build(t: M.Table, p: Pipeline, rdf: dict | Exception, ceiling: dict | Exception) -> None:
    c = p.clock
    if isinstance(ceiling, Exception):
        t.failed("build", "store writes vs pyoxigraph bulk_load", ceiling)
    else:
        t.add(
            M.Figure(
                "build",
                "quads/s written by the store",
                c.rate(p.quads, "store"),
                "quads/s",
                baseline=ceiling["quads"] / ceiling["cpu"],
                baseline_label="pyoxigraph bulk_load, same quads (the ceiling)",
                note=f"the store's batch writer alone, background threads included; "
                f"bulk_load of {ceiling['quads']:,} quads from N-Quads took "
                f"{ceiling['cpu']:.1f} s CPU, {ceiling['seconds']:.1f} s wall",
            )
        )
    cpu, wall = c.cpu["build"] + c.cpu["store"], c.wall["build"] + c.wall["store"]
    base = None if isinstance(rdf, Exception) else rdf["quads"] / rdf["add_cpu"]
    t.add(
        M.Figure(
            "build",
            "triples/s into embedded store",
            p.quads / cpu,
            "triples/s",
            baseline=base,
            baseline_label="rdflib Dataset.addN (memory)",
            target=250_000,
            target_text=">= 250k/s",
            note=f"{p.quads:,} quads; build_graph {c.rate(p.quads, 'build'):,.0f}/s, "
            f"store writer {c.rate(p.quads, 'store'):,.0f}/s; wall-clock "
            f"{p.quads / wall:,.0f}/s"
            + ("" if base is None else f"; rdflib on {rdf['quads']:,} quads")
            + (f"; rdflib failed: {rdf}" if isinstance(rdf, Exception) else ""),
        )
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--scale", default="1k", help="documents: 1k, 10k, 100k, 1M or a number")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument(
        "--records",
        choices=("generated", "extracted"),
        default="generated",
        help="build from the references written (default) or from those found",
    )
    parser.add_argument("--keys", type=int, default=200, help="keys for chain/query latency")
    parser.add_argument("--cli-runs", type=int, default=5)
    parser.add_argument(
        "--eyecite-mb",
        type=float,
        default=32.0,
        help="bytes eyecite reads at most (a sample of documents beyond)",
    )
    parser.add_argument(
        "--rdflib-quads", type=int, default=400_000, help="quads for the rdflib baseline"
    )
    parser.add_argument(
        "--child-timeout",
        type=float,
        default=300.0,
        help="seconds before an export/draw/baseline child is stopped",
    )
    parser.add_argument("--skip", default="", help="comma-separated export formats or 'draw'")
    parser.add_argument("--work", type=Path, help="folder for the store (default: a temp folder)")
    parser.add_argument("--keep", action="store_true", help="keep the store and outputs")
    parser.add_argument("--json", type=Path, help="also write the figures as JSON")
    parser.add_argument("--quiet", dest="progress", action="store_false")
    parser.add_argument("--child", nargs="+", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        if args.child[0] == "bulkload":
            return _bulk_load_child(Path(args.child[1]), Path(args.child[2]))
        from stage_child import run

        return run(args.child)
    n = parse_scale(args.scale)
    work = args.work or Path(tempfile.mkdtemp(prefix="mandate-graph-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    store_path = work / "store"
    if store_path.exists():
        shutil.rmtree(store_path)
    info = M.machine()
    print(
        f"Mandate Graph benchmark: {n:,} documents (seed {args.seed}, records {args.records}); "
        f"{info['nproc']} cores, {info['cpu']}, {info['ram_gb']} GB RAM, Python "
        f"{info['python']}, load {info['load']:.2f}"
    )
    t = M.Table()
    t.header()
    started = time.perf_counter()
    plan = plan_corpus(n, args.seed)
    eyecite_step = max(1, round(n * _BYTES_PER_DOC / (args.eyecite_mb * 1e6)))
    rdflib_step = max(1, round(n * _QUADS_PER_DOC / args.rdflib_quads))
    p = stream(plan, args, store_path, eyecite_step)
    peak = M.peak_rss_mb()
    common = [str(n), str(args.seed), args.records]
    eyecite = (
        _child(["eyecite", *common, str(eyecite_step)], args.child_timeout) if p.extract else {}
    )
    report_pipeline(t, p, plan, eyecite)
    rdf = _child(["rdflib", *common, str(rdflib_step), str(args.rdflib_quads)], args.child_timeout)
    ceiling = _child(["bulkload", str(store_path), str(work / "ceiling")], args.child_timeout)
    report_build(t, p, rdf, ceiling)
    key = chain_and_query(t, plan, store_path, args)
    peak = max(peak, M.peak_rss_mb())
    cli_start(t, store_path, key, args.cli_runs)
    skip = {s.strip() for s in args.skip.split(",") if s.strip()}
    sizes, export_peak = exports(t, store_path, work, rdf, args.child_timeout, skip)
    draw_peak = 0.0 if "draw" in skip else draw(t, store_path, work, args.child_timeout)
    store_mb = M.folder_mb(store_path)
    t.add(
        M.Figure(
            "store",
            "size on disk",
            store_mb,
            "MB",
            higher_is_better=False,
            baseline=sizes.get("nquads"),
            baseline_label="as N-Quads text",
            note=f"{store_mb * 1e6 / max(1, p.quads):,.0f} bytes per quad; "
            f"{p.store_built_mb:,.1f} MB right after the build, with the write-ahead "
            "log the next writer's open removes",
        )
    )
    worst = max(peak, export_peak, draw_peak)
    t.add(
        M.Figure(
            "memory",
            "peak RSS (all product stages)",
            worst,
            "MB",
            higher_is_better=False,
            target=2000,
            target_text="< 2 GB (100k)",
            note=f"extract+build+store+chain+query {peak:,.0f} MB, export "
            f"{export_peak:,.0f} MB, draw {draw_peak:,.0f} MB (baselines excluded)",
        )
    )
    print(f"total {time.perf_counter() - started:,.0f} s; work folder {work}")
    if args.json:
        t.to_json(args.json, {"documents": n, "seed": args.seed, "records": args.records, **info})
    if not args.keep and not args.work:
        shutil.rmtree(work, ignore_errors=True)
    return 0


def _bulk_load_child(store_path: Path, target: Path) -> int:
    """The backend's ceiling: pyoxigraph's own bulk loader filling a new on-disk store with the
    quads of the store just built (dumped to N-Quads first, not timed)."""
    import json

    import pyoxigraph as ox

    source = ox.Store.read_only(str(store_path))
    nq = target.with_suffix(".nq")
    source.dump(str(nq), format=ox.RdfFormat.N_QUADS)
    quads = len(source)
    del source
    shutil.rmtree(target, ignore_errors=True)
    t0, c0 = time.perf_counter(), time.process_time()
    fresh = ox.Store(str(target))
    fresh.bulk_load(path=str(nq), format=ox.RdfFormat.N_QUADS)
    fresh.flush()
    seconds, cpu = time.perf_counter() - t0, time.process_time() - c0
    del fresh
    nq.unlink()
    shutil.rmtree(target, ignore_errors=True)
    print(
        json.dumps({"quads": quads, "seconds": seconds, "cpu": cpu, "maxrss_mb": M.peak_rss_mb()})
    )
    return 0


def _child(args: list[str], timeout: float) -> dict | Exception:
    try:
        return M.run_child(args, timeout)
    except Exception as exc:
        return exc


if __name__ == "__main__":
    sys.exit(main())
