"""The parts of bench.py that run in a child process, each with its own memory and time limit.

    bench.py --child eyecite N SEED RECORDS STEP
    bench.py --child rdflib  N SEED RECORDS STEP MAX_QUADS
    bench.py --child export  STORE FORMAT OUT
    bench.py --child dump    STORE
    bench.py --child draw    STORE OUT

Each prints one JSON line: wall and CPU seconds, excluding imports and corpus generation.
"""

from __future__ import annotations

import io
import json
import time

import measure as M
from generate import plan_corpus, truth_record

# rdflib serializers timed on the first SERIALIZE_QUADS quads of the rdflib sample.
SERIALIZE_QUADS = 100_000


def run(argv: list[str]) -> int:
    mode, rest = argv[0], argv[1:]
    result = {
        "eyecite": _eyecite,
        "rdflib": _rdflib,
        "export": _export,
        "dump": _dump,
        "draw": _draw,
    }[mode](*rest)
    result["maxrss_mb"] = M.peak_rss_mb()
    print(json.dumps(result))
    return 0


def _sample(n: str, seed: str, step: str):
    plan = plan_corpus(int(n), int(seed))
    return [plan.render(i) for i in range(0, len(plan), int(step))]


def _eyecite(n: str, seed: str, _records: str, step: str) -> dict:
    from eyecite import get_citations

    docs = _sample(n, seed, step)
    get_citations("See 1 U.S. 1 (1990).")  # first call builds the tokenizer: not timed
    found = 0
    t0, c0 = time.perf_counter(), time.process_time()
    for doc in docs:
        found += len(get_citations(doc.text))
    return {
        "docs": len(docs),
        "bytes": sum(d.nbytes for d in docs),
        "seconds": time.perf_counter() - t0,
        "cpu": time.process_time() - c0,
        "citations": found,
    }


def _records(docs, mode: str):
    if mode == "extracted":
        from graph.extract import extract_record
        from graph.model import Document

        return [
            extract_record(Document(text=d.text, source=d.name, language=d.language)) for d in docs
        ]
    return [truth_record(d) for d in docs]


def _rdflib(n: str, seed: str, mode: str, step: str, max_quads: str) -> dict:
    from rdflib import Dataset, Graph, URIRef

    from graph.build import build_graph

    quads = []
    for record in _records(_sample(n, seed, step), mode):
        quads.extend(build_graph(record)[1])
        if len(quads) >= int(max_quads):
            break
    rows = M.to_rdflib(quads)
    ds = Dataset()
    graphs = {g: ds.graph(URIRef(g)) for g in {str(r[3]) for r in rows}}
    batch = [(s, p, o, graphs[str(g)]) for s, p, o, g in rows]
    c0 = time.process_time()
    ds.addN(batch)
    add_cpu = time.process_time() - c0
    small = Dataset()
    head = rows[:SERIALIZE_QUADS]
    small_graphs = {g: small.graph(URIRef(g)) for g in {str(r[3]) for r in head}}
    small.addN((s, p, o, small_graphs[str(g)]) for s, p, o, g in head)
    union = Graph()
    for s, p, o, _g in head:
        union.add((s, p, o))
    serialize = {}
    for name in ("turtle", "nt", "nquads", "trig", "json-ld", "xml"):
        target = small if name in ("nquads", "trig", "json-ld") else union
        c0 = time.process_time()
        target.serialize(destination=io.BytesIO(), format=name)
        serialize[name] = time.process_time() - c0
    return {"quads": len(rows), "add_cpu": add_cpu, "ser_quads": len(head), "serialize": serialize}


def _export(store: str, fmt: str, out: str) -> dict:
    from pathlib import Path

    from graph.export.rdf import export_graph
    from graph.store import open_store

    with open_store(store, read_only=True) as st:
        t0, c0 = time.perf_counter(), time.process_time()
        count = export_graph(st, out, fmt)
        seconds, cpu = time.perf_counter() - t0, time.process_time() - c0
    return {"count": count, "seconds": seconds, "cpu": cpu, "bytes": Path(out).stat().st_size}


def _dump(store: str) -> dict:
    """The ceiling for any RDF export: the store writing every graph as N-Triples, kept nowhere."""
    import pyoxigraph as ox

    from graph.store import open_store

    with open_store(store, read_only=True) as st:
        t0, c0 = time.perf_counter(), time.process_time()
        count = 0
        for g in [ox.DefaultGraph(), *st.inner.named_graphs()]:
            count += st.inner.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=g).count(b"\n")
        seconds, cpu = time.perf_counter() - t0, time.process_time() - c0
    return {"count": count, "seconds": seconds, "cpu": cpu}


def _draw(store: str, out: str) -> dict:
    from pathlib import Path

    from graph.draw import draw_html
    from graph.store import open_store

    with open_store(store, read_only=True) as st:
        t0, c0 = time.perf_counter(), time.process_time()
        report = draw_html(st, out)
        seconds, cpu = time.perf_counter() - t0, time.process_time() - c0
    return {
        "seconds": seconds,
        "cpu": cpu,
        "nodes": report.nodes,
        "edges": report.edges,
        "clustered": report.clustered,
        "bytes": Path(out).stat().st_size,
    }
