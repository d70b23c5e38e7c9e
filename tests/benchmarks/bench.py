"""The one-stop benchmark: every stage of Mandate Graph on a generated UN-style corpus, in one run.

    .venv/bin/python tests/benchmarks/bench.py --scale 1k|10k|100k|1M [--json results.json]

Each figure is printed as soon as it is measured, with its baseline, the ratio to it (> 1: better
than the baseline) and the target from the issues:

- extract: MB/s and references/s of `extract_references` on one core, and against eyecite's
  `get_citations` over the same bytes (a sample of evenly spaced documents at large scales);
- build: documents/s and triples/s of `build_graph` + `Store.replace_graph` into the embedded
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
import subprocess
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

PREFIXES = """PREFIX mg: <https://w3id.org/mandate-graph/ontology#>
PREFIX cito: <http://purl.org/spar/cito/>
"""
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
    with open_store(store_path) as store:
        store.replace_graph(*bodies_graph())
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
            store.replace_graph(graph, quads)
            clock.stop("store")
            p.quads += len(quads)
            if args.progress and (i + 1) % max(1, n // 10) == 0:
                print(f"  ... {i + 1:,}/{n:,} documents", file=sys.stderr, flush=True)
    del store  # Store.close() keeps the RocksDB handle: drop it before opening the folder again
    gc.collect()
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
    t.add(M.Figure("corpus", "generate", c.rate(p.bytes / 1e6, "generate"), "MB/s",
                   baseline_label="(no baseline)",
                   note=f"{p.docs:,} documents, {p.bytes / 1e6:,.1f} MB, {p.refs_written:,} "
                        f"references written, longest mandate chain {plan.max_depth} links"))
    if not p.extract:
        t.missing("extract", "extract MB/s (1 core)", p.extract_missing)
    else:
        t.add(M.Figure("extract", f"{p.extract} (1 core)", c.rate(p.bytes / 1e6, "extract"),
                       "MB/s", target=10, target_text=">= 10 MB/s/core",
                       note=f"{p.docs:,} documents; {_wall(c, p.bytes / 1e6, 'extract', 'MB/s')}; "
                            f"{p.extract_failed} raised"
                            + (f"; first: {p.first_error}" if p.first_error else "")))
        if isinstance(eyecite, Exception):
            t.failed("extract", "vs eyecite, same bytes", eyecite)
        else:
            t.add(M.Figure("extract", "same bytes as eyecite", p.sample_bytes / 1e6 / p.sample_cpu
                           if p.sample_cpu else None, "MB/s",
                           baseline=eyecite["bytes"] / 1e6 / eyecite["cpu"],
                           baseline_label="eyecite get_citations", target_ratio=10,
                           target_text=">= 10x eyecite",
                           note=f"{eyecite['bytes'] / 1e6:,.1f} MB, {eyecite['docs']:,} documents; "
                                f"eyecite found {eyecite['citations']:,} citations"))
        none_found = isinstance(eyecite, Exception) or not eyecite["citations"]
        t.add(M.Figure("extract", "references/s", c.rate(p.refs, "extract"), "refs/s",
                       baseline=None if none_found else eyecite["citations"] / eyecite["cpu"],
                       baseline_label="(eyecite finds no UN references)" if none_found
                       else "eyecite citations/s", note=f"{p.refs:,} references"))
        t.add(M.Figure("extract", "written keys found", 100 * p.keys_found / max(1, p.keys_written),
                       "%", baseline_label="(a sanity check, not the accuracy evaluation)",
                       note=f"{p.keys_found:,} of {p.keys_written:,} distinct keys per document "
                            f"found; {p.keys_extra:,} found that were not written"))
    t.add(M.Figure("build", "documents/s (build + store)",
                   p.docs / (c.cpu["build"] + c.cpu["store"]), "docs/s",
                   note=f"build_graph {c.rate(p.docs, 'build'):,.0f}/s, replace_graph "
                        f"{c.rate(p.docs, 'store'):,.0f}/s; {p.build_failed} failed"))


def report_build(t: M.Table, p: Pipeline, rdf: dict | Exception) -> None:
    c = p.clock
    cpu, wall = c.cpu["build"] + c.cpu["store"], c.wall["build"] + c.wall["store"]
    base = None if isinstance(rdf, Exception) else rdf["quads"] / rdf["add_cpu"]
    t.add(M.Figure("build", "triples/s into embedded store", p.quads / cpu, "triples/s",
                   baseline=base, baseline_label="rdflib Dataset.addN (memory)",
                   target=250_000, target_text=">= 250k/s",
                   note=f"{p.quads:,} quads; build_graph {c.rate(p.quads, 'build'):,.0f}/s, "
                        f"replace_graph {c.rate(p.quads, 'store'):,.0f}/s; wall-clock "
                        f"{p.quads / wall:,.0f}/s"
                        + ("" if base is None else f"; rdflib on {rdf['quads']:,} quads")
                        + (f"; rdflib failed: {rdf}" if isinstance(rdf, Exception) else "")))


def chain_and_query(t: M.Table, plan: CorpusPlan, store_path: Path, args) -> str | None:
    """Latency of trace_chain and run_query over many keys; returns a deep key for the CLI."""
    from graph.keys import iri_for
    from graph.store import open_store

    deep = plan.deepest(min(20, max(1, args.keys // 5)))
    keys = deep + [e for e in plan.sample(args.keys * 2, seed=args.seed + 1) if e not in deep]
    keys = keys[: args.keys]

    def iri(e) -> str:
        return iri_for(e.kind if e.kind in ("resolution", "decision") else "document", e.key)

    with open_store(store_path, read_only=True) as store:
        raw = _timed(store, [f"{PREFIXES}SELECT (COUNT(DISTINCT ?a) AS ?n) "
                             f"WHERE {{ <{iri(e)}> mg:mandatedBy+ ?a }}" for e in keys])
        try:
            from graph.chain import trace_chain
        except Exception as exc:
            t.missing("chain", "trace_chain up (median)", M.unavailable_reason(exc))
        else:
            times, longest, errors = [], 0, []
            for e in keys:
                t0 = time.perf_counter()
                try:
                    chain = trace_chain(store, e.key)
                except Exception as exc:
                    errors.append(f"{e.key}: {exc}")
                    continue
                times.append(time.perf_counter() - t0)
                longest = max([longest] + [link.depth for link in chain.links])
            _latency(t, "chain", "trace_chain up", times, raw, "SPARQL mandatedBy+ direct",
                     target=0.05, target_text="< 50 ms (100k)",
                     note=f"{len(keys)} keys, {len(deep)} at the deepest ends; deepest chain "
                          f"traced {longest} links (generated: {plan.max_depth})"
                          + (f"; {len(errors)} failed, first: {errors[0][:120]}" if errors else ""))
            roots = [e for e in plan.entries if e.parent < 0 and e.kind != "report"
                     and e.thread in {d.thread for d in deep}][:5]
            times = []
            for e in roots:
                t0 = time.perf_counter()
                trace_chain(store, e.key, down=True)
                times.append(time.perf_counter() - t0)
            down_raw = _timed(store, [f"{PREFIXES}SELECT (COUNT(DISTINCT ?a) AS ?n) "
                                      f"WHERE {{ ?a mg:mandatedBy+ <{iri(e)}> }}" for e in roots])
            _latency(t, "chain", "trace_chain --down (roots)", times, down_raw,
                     "SPARQL ^mandatedBy+ direct", note=f"{len(roots)} roots of the deepest threads")
        _queries(t, store, plan, keys, iri)
    return deep[0].key if deep else None


def _timed(store, queries: list[str]) -> list[float]:
    out = []
    for q in queries:
        t0 = time.perf_counter()
        for _ in store.query(q):
            pass
        out.append(time.perf_counter() - t0)
    return out


def _latency(t: M.Table, stage: str, name: str, times: list[float], base: list[float],
             base_label: str, target: float | None = None, target_text: str = "",
             note: str = "") -> None:
    if not times:
        t.add(M.Figure(stage, name, None, "s", note=f"failed: {note}"))
        return
    med, p95 = M.median_p95(times)
    bmed, bp95 = M.median_p95(base) if base else (None, None)
    t.add(M.Figure(stage, f"{name} median", med, "s", baseline=bmed, baseline_label=base_label,
                   higher_is_better=False, target=target, target_text=target_text, note=note))
    t.add(M.Figure(stage, f"{name} p95", p95, "s", baseline=bp95, baseline_label=base_label,
                   higher_is_better=False))


def _queries(t: M.Table, store, plan: CorpusPlan, keys, iri) -> None:
    try:
        from graph.query import run_query
    except Exception as exc:
        t.missing("query", "run_query", M.unavailable_reason(exc))
        return
    sessions = [e for e in plan.sample(len(keys), seed=7) if e.session and e.body in ("A", "A/HRC")]
    from graph.keys import iri_for

    templates = {
        "chain-up mandatedBy+": [f"{PREFIXES}SELECT ?act WHERE {{ <{iri(e)}> mg:mandatedBy+ ?act }}"
                                   for e in keys],
        "cited-by": [f"{PREFIXES}SELECT ?doc ?rel WHERE {{ ?c cito:hasCitedEntity <{iri(e)}> ; "
                     f"mg:citationSubject ?doc ; mg:relation ?rel }}" for e in keys],
        "session documents": [
            f"{PREFIXES}SELECT ?doc WHERE {{ ?doc mg:adoptedAt "
            f"<{iri_for('session', f'{e.body} session {e.session}')}> }}" for e in sessions],
        "count by relation (all)": [
            f"{PREFIXES}SELECT ?rel (COUNT(*) AS ?n) WHERE {{ ?c mg:relation ?rel }} GROUP BY ?rel"
        ] * 3,
    }
    for name, queries in templates.items():
        times, rows = [], 0
        try:
            for q in queries:
                t0 = time.perf_counter()
                rows += len(run_query(store, q).rows)
                times.append(time.perf_counter() - t0)
        except Exception as exc:
            t.failed("query", name, exc)
            continue
        _latency(t, "query", f"{name}", times, _timed(store, queries), "store.query direct",
                 note=f"{len(queries)} queries, {rows:,} rows; run_query with its default timeout")


def cli_start(t: M.Table, store_path: Path, key: str | None, runs: int) -> None:
    exe = Path(sys.executable).with_name("mandate-graph")
    cmd = [str(exe)] if exe.exists() else [sys.executable, "-m", "graph"]
    if key is None:
        t.missing("cli", "chain cold start", "no key")
        return

    def run(argv: list[str]) -> tuple[list[float], int]:
        times, code = [], 0
        for _ in range(runs + 1):  # the first run warms the page cache, not counted
            t0 = time.perf_counter()
            code = subprocess.run(argv, capture_output=True).returncode or code
            times.append(time.perf_counter() - t0)
        return times[1:], code

    base, _ = run([sys.executable, "-c", "pass"])
    times, code = run([*cmd, "chain", key, "--store", str(store_path)])
    if code:
        err = subprocess.run([*cmd, "chain", key, "--store", str(store_path)], capture_output=True,
                             text=True).stderr.strip().splitlines()
        t.add(M.Figure("cli", "chain cold start", None, "s",
                       note=f"failed: exit {code}: {(err or [''])[-1][:150]}"))
        return
    med, _ = M.median_p95(times)
    t.add(M.Figure("cli", "chain KEY --store (median)", med, "s", baseline=M.median_p95(base)[0],
                   baseline_label="python -c pass", higher_is_better=False, target=1.0,
                   target_text="< 1 s", note=f"median of {runs} runs, key {key}"))


def exports(t: M.Table, store_path: Path, work: Path, rdf: dict | Exception, timeout: float,
            skip: set[str]) -> tuple[dict[str, float], float]:
    """Each format in a child process; returns file sizes (MB) and the largest child peak."""
    try:
        from graph.export import EXPORT_FORMATS
    except Exception as exc:
        t.missing("export", "export_graph", M.unavailable_reason(exc))
        return {}, 0.0
    sizes, peak = {}, 0.0
    rdflib_names = {"turtle": "turtle", "ntriples": "nt", "nquads": "nquads", "trig": "trig",
                    "jsonld": "json-ld", "rdfxml": "xml"}
    for fmt in EXPORT_FORMATS:
        if fmt in skip:
            t.missing("export", fmt, "skipped (--skip)")
            continue
        out = work / f"export.{fmt}"
        try:
            r = M.run_child(["export", str(store_path), fmt, str(out)], timeout)
        except Exception as exc:
            t.failed("export", fmt, exc)
            continue
        sizes[fmt], peak = r["bytes"] / 1e6, max(peak, r["maxrss_mb"])
        ser = {} if isinstance(rdf, Exception) else rdf["serialize"]
        name = rdflib_names.get(fmt)
        base = rdf["ser_quads"] / ser[name] if name in ser and ser[name] else None
        t.add(M.Figure("export", f"{fmt}", r["count"] / r["cpu"], "triples/s",
                       baseline=base, baseline_label=f"rdflib serialize({name})" if base else
                       "(no rdflib serializer)" if name is None else "",
                       target=1_000_000 if fmt == "turtle" else None,
                       target_text=">= 1M/s" if fmt == "turtle" else "",
                       note=f"{r['count']:,} statements, {r['cpu']:.2f} s CPU, "
                            f"{r['seconds']:.2f} s wall, "
                            f"{r['bytes'] / 1e6:,.1f} MB, peak {r['maxrss_mb']:,.0f} MB"))
        out.unlink(missing_ok=True)
    return sizes, peak


def draw(t: M.Table, store_path: Path, work: Path, timeout: float) -> float:
    try:
        r = M.run_child(["draw", str(store_path), str(work / "graph.html")], timeout)
    except Exception as exc:
        t.failed("draw", "draw_html", exc)
        return 0.0
    note = (f"{r['nodes']:,} nodes, {r['edges']:,} edges drawn"
            + (" (grouped by body)" if r["clustered"] else "") + f", peak {r['maxrss_mb']:,.0f} MB")
    t.add(M.Figure("draw", "draw_html (wall)", r["seconds"], "s", higher_is_better=False,
                   baseline_label="(no baseline)", note=f"{note}; {r['cpu']:.2f} s CPU"))
    t.add(M.Figure("draw", "HTML size", r["bytes"] / 1e6, "MB", higher_is_better=False,
                   baseline_label="(no baseline)"))
    return r["maxrss_mb"]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--scale", default="1k", help="documents: 1k, 10k, 100k, 1M or a number")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--records", choices=("generated", "extracted"), default="generated",
                        help="build from the references written (default) or from those found")
    parser.add_argument("--keys", type=int, default=200, help="keys for chain/query latency")
    parser.add_argument("--cli-runs", type=int, default=5)
    parser.add_argument("--eyecite-mb", type=float, default=32.0,
                        help="bytes eyecite reads at most (a sample of documents beyond)")
    parser.add_argument("--rdflib-quads", type=int, default=400_000,
                        help="quads for the rdflib baseline")
    parser.add_argument("--child-timeout", type=float, default=300.0,
                        help="seconds before an export/draw/baseline child is stopped")
    parser.add_argument("--skip", default="", help="comma-separated export formats or 'draw'")
    parser.add_argument("--work", type=Path, help="folder for the store (default: a temp folder)")
    parser.add_argument("--keep", action="store_true", help="keep the store and outputs")
    parser.add_argument("--json", type=Path, help="also write the figures as JSON")
    parser.add_argument("--quiet", dest="progress", action="store_false")
    parser.add_argument("--child", nargs="+", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        from stage_child import run

        return run(args.child)
    n = parse_scale(args.scale)
    work = args.work or Path(tempfile.mkdtemp(prefix="mandate-graph-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    store_path = work / "store"
    if store_path.exists():
        shutil.rmtree(store_path)
    info = M.machine()
    print(f"Mandate Graph benchmark: {n:,} documents (seed {args.seed}, records {args.records}); "
          f"{info['nproc']} cores, {info['cpu']}, {info['ram_gb']} GB RAM, Python "
          f"{info['python']}, load {info['load']:.2f}")
    t = M.Table()
    t.header()
    started = time.perf_counter()
    plan = plan_corpus(n, args.seed)
    eyecite_step = max(1, round(n * _BYTES_PER_DOC / (args.eyecite_mb * 1e6)))
    rdflib_step = max(1, round(n * _QUADS_PER_DOC / args.rdflib_quads))
    p = stream(plan, args, store_path, eyecite_step)
    peak = M.peak_rss_mb()
    common = [str(n), str(args.seed), args.records]
    eyecite = _child(["eyecite", *common, str(eyecite_step)], args.child_timeout) \
        if p.extract else {}
    report_pipeline(t, p, plan, eyecite)
    rdf = _child(["rdflib", *common, str(rdflib_step), str(args.rdflib_quads)], args.child_timeout)
    report_build(t, p, rdf)
    key = chain_and_query(t, plan, store_path, args)
    peak = max(peak, M.peak_rss_mb())
    cli_start(t, store_path, key, args.cli_runs)
    skip = {s.strip() for s in args.skip.split(",") if s.strip()}
    sizes, export_peak = exports(t, store_path, work, rdf, args.child_timeout, skip)
    draw_peak = 0.0 if "draw" in skip else draw(t, store_path, work, args.child_timeout)
    store_mb = M.folder_mb(store_path)
    t.add(M.Figure("store", "size on disk", store_mb, "MB", higher_is_better=False,
                   baseline=sizes.get("nquads"), baseline_label="as N-Quads text",
                   note=f"{store_mb * 1e6 / max(1, p.quads):,.0f} bytes per quad; "
                        f"{p.store_built_mb:,.1f} MB right after the build, with the write-ahead "
                        "log the next writer's open removes"))
    worst = max(peak, export_peak, draw_peak)
    t.add(M.Figure("memory", "peak RSS (all product stages)", worst, "MB",
                   higher_is_better=False, target=2000, target_text="< 2 GB (100k)",
                   note=f"extract+build+store+chain+query {peak:,.0f} MB, export "
                        f"{export_peak:,.0f} MB, draw {draw_peak:,.0f} MB (baselines excluded)"))
    print(f"total {time.perf_counter() - started:,.0f} s; work folder {work}")
    if args.json:
        t.to_json(args.json, {"documents": n, "seed": args.seed, "records": args.records, **info})
    if not args.keep and not args.work:
        shutil.rmtree(work, ignore_errors=True)
    return 0


def _child(args: list[str], timeout: float) -> dict | Exception:
    try:
        return M.run_child(args, timeout)
    except Exception as exc:
        return exc


if __name__ == "__main__":
    sys.exit(main())
