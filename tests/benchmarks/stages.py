"""Stages of bench.py after the build: chain and query latency, CLI cold start, export, draw."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import measure as M
from generate import CorpusPlan

PREFIXES = """PREFIX mg: <https://w3id.org/mandate-graph/ontology#>
PREFIX cito: <http://purl.org/spar/cito/>
"""


def chain_and_query(t: M.Table, plan: CorpusPlan, store_path: Path, args) -> str | None:
    """Latency of trace_chain and run_query over many keys; returns a deep key for the CLI."""
    from graph.store import open_store
    from graph.vocab.keys import iri_for

    deep = plan.deepest(min(20, max(1, args.keys // 5)))
    keys = deep + [e for e in plan.sample(args.keys * 2, seed=args.seed + 1) if e not in deep]
    keys = keys[: args.keys]

    def iri(e) -> str:
        return iri_for(e.kind if e.kind in ("resolution", "decision") else "document", e.key)

    with open_store(store_path, read_only=True) as store:
        raw = _timed(
            store,
            [
                f"{PREFIXES}SELECT (COUNT(DISTINCT ?a) AS ?n) "
                f"WHERE {{ <{iri(e)}> mg:mandatedBy+ ?a }}"
                for e in keys
            ],
        )
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
            _latency(
                t,
                "chain",
                "trace_chain up",
                times,
                raw,
                "SPARQL mandatedBy+ direct",
                target=0.05,
                target_text="< 50 ms (100k)",
                note=f"{len(keys)} keys, {len(deep)} at the deepest ends; deepest chain "
                f"traced {longest} links (generated: {plan.max_depth})"
                + (f"; {len(errors)} failed, first: {errors[0][:120]}" if errors else ""),
            )
            threads = {d.thread for d in deep if d.thread >= 0}
            roots = [e for e in plan.entries if e.parent < 0 and e.thread in threads]
            times = []
            for e in roots:
                t0 = time.perf_counter()
                trace_chain(store, e.key, down=True)
                times.append(time.perf_counter() - t0)
            down_raw = _timed(
                store,
                [
                    f"{PREFIXES}SELECT (COUNT(DISTINCT ?a) AS ?n) "
                    f"WHERE {{ ?a mg:mandatedBy+ <{iri(e)}> }}"
                    for e in roots
                ],
            )
            _latency(
                t,
                "chain",
                "trace_chain --down (roots)",
                times,
                down_raw,
                "SPARQL ^mandatedBy+ direct",
                note=f"{len(roots)} first acts of the deepest threads",
            )
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


def _latency(
    t: M.Table,
    stage: str,
    name: str,
    times: list[float],
    base: list[float],
    base_label: str,
    target: float | None = None,
    target_text: str = "",
    note: str = "",
) -> None:
    if not times:
        t.add(M.Figure(stage, name, None, "s", note=f"failed: {note}"))
        return
    med, p95 = M.median_p95(times)
    bmed, bp95 = M.median_p95(base) if base else (None, None)
    t.add(
        M.Figure(
            stage,
            f"{name} median",
            med,
            "s",
            baseline=bmed,
            baseline_label=base_label,
            higher_is_better=False,
            target=target,
            target_text=target_text,
            note=note,
        )
    )
    t.add(
        M.Figure(
            stage,
            f"{name} p95",
            p95,
            "s",
            baseline=bp95,
            baseline_label=base_label,
            higher_is_better=False,
        )
    )


def _queries(t: M.Table, store, plan: CorpusPlan, keys, iri) -> None:
    try:
        from graph.query.run import run_query
    except Exception as exc:
        t.missing("query", "run_query", M.unavailable_reason(exc))
        return
    sessions = [e for e in plan.sample(len(keys), seed=7) if e.session and e.body in ("A", "A/HRC")]
    from graph.vocab.keys import iri_for

    templates = {
        "chain-up mandatedBy+": [
            f"{PREFIXES}SELECT ?act WHERE {{ <{iri(e)}> mg:mandatedBy+ ?act }}" for e in keys
        ],
        "cited-by": [
            f"{PREFIXES}SELECT ?doc ?rel WHERE {{ ?c cito:hasCitedEntity <{iri(e)}> ; "
            f"mg:citationSubject ?doc ; mg:relation ?rel }}"
            for e in keys
        ],
        "session documents": [
            f"{PREFIXES}SELECT ?doc WHERE {{ ?doc mg:adoptedAt "
            f"<{iri_for('session', f'{e.body} session {e.session}')}> }}"
            for e in sessions
        ],
        "count by relation (all)": [
            f"{PREFIXES}SELECT ?rel (COUNT(*) AS ?n) WHERE {{ ?c mg:relation ?rel }} GROUP BY ?rel"
        ]
        * 3,
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
        _latency(
            t,
            "query",
            f"{name}",
            times,
            _timed(store, queries),
            "store.query direct",
            note=f"{len(queries)} queries, {rows:,} rows; run_query with its default timeout",
        )


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
        err = (
            subprocess.run(
                [*cmd, "chain", key, "--store", str(store_path)], capture_output=True, text=True
            )
            .stderr.strip()
            .splitlines()
        )
        t.add(
            M.Figure(
                "cli",
                "chain cold start",
                None,
                "s",
                note=f"failed: exit {code}: {(err or [''])[-1][:150]}",
            )
        )
        return
    med, _ = M.median_p95(times)
    t.add(
        M.Figure(
            "cli",
            "chain KEY --store (median)",
            med,
            "s",
            baseline=M.median_p95(base)[0],
            baseline_label="python -c pass",
            higher_is_better=False,
            target=1.0,
            target_text="< 1 s",
            note=f"median of {runs} runs, key {key}",
        )
    )


def exports(
    t: M.Table, store_path: Path, work: Path, rdf: dict | Exception, timeout: float, skip: set[str]
) -> tuple[dict[str, float], float]:
    """Each format in a child process; returns file sizes (MB) and the largest child peak."""
    try:
        from graph.export.rdf import EXPORT_FORMATS
    except Exception as exc:
        t.missing("export", "export_graph", M.unavailable_reason(exc))
        return {}, 0.0
    sizes, peak = {}, 0.0
    rdflib_names = {
        "turtle": "turtle",
        "ntriples": "nt",
        "nquads": "nquads",
        "trig": "trig",
        "jsonld": "json-ld",
        "rdfxml": "xml",
    }
    try:  # the ceiling of every RDF export: the store's own dump of every graph
        dump = M.run_child(["dump", str(store_path)], timeout)
    except Exception as exc:
        t.failed("export", "store dump (ceiling)", exc)
        dump = None
    else:
        t.add(
            M.Figure(
                "export",
                "store dump (ceiling)",
                dump["count"] / dump["cpu"],
                "quads/s",
                baseline_label="(no baseline: the ceiling of the RDF formats)",
                note=f"{dump['count']:,} quads, {dump['cpu']:.2f} s CPU: Oxigraph "
                "writing every graph as N-Triples, nothing done with it",
            )
        )
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
        unit = "triples/s" if fmt in rdflib_names else "edges/s"
        ceiling = f", {r['cpu'] / dump['cpu']:.2f}x the dump's CPU time" if dump and name else ""
        t.add(
            M.Figure(
                "export",
                f"{fmt}",
                r["count"] / r["cpu"],
                unit,
                baseline=base,
                baseline_label=f"rdflib serialize({name})"
                if base
                else "(no rdflib serializer)"
                if name is None
                else "",
                target=1_000_000 if fmt == "turtle" else None,
                target_text=">= 1M/s" if fmt == "turtle" else "",
                note=f"{r['count']:,} statements, {r['cpu']:.2f} s CPU, "
                f"{r['seconds']:.2f} s wall, "
                f"{r['bytes'] / 1e6:,.1f} MB, peak {r['maxrss_mb']:,.0f} MB"
                f"{ceiling}",
            )
        )
        out.unlink(missing_ok=True)
    return sizes, peak


def draw(t: M.Table, store_path: Path, work: Path, timeout: float) -> float:
    try:
        r = M.run_child(["draw", str(store_path), str(work / "graph.html")], timeout)
    except Exception as exc:
        t.failed("draw", "draw_html", exc)
        return 0.0
    note = (
        f"{r['nodes']:,} nodes, {r['edges']:,} edges drawn"
        + (" (grouped by body)" if r["clustered"] else "")
        + f", peak {r['maxrss_mb']:,.0f} MB"
    )
    t.add(
        M.Figure(
            "draw",
            "draw_html (wall)",
            r["seconds"],
            "s",
            higher_is_better=False,
            baseline_label="(no baseline)",
            note=f"{note}; {r['cpu']:.2f} s CPU",
        )
    )
    t.add(
        M.Figure(
            "draw",
            "HTML size",
            r["bytes"] / 1e6,
            "MB",
            higher_is_better=False,
            baseline_label="(no baseline)",
        )
    )
    return r["maxrss_mb"]
