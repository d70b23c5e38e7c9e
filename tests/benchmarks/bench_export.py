"""Benchmark: build throughput into the embedded store, export speed per format, validation.

Run by hand (never collected as a test):

    .venv/bin/python tests/benchmarks/bench_export.py --docs 2000

Targets (issue "ontology and graph"): >= 250,000 triples/s built into the embedded store and
>= 1,000,000 triples/s written as Turtle.
"""

from __future__ import annotations

import argparse
import hashlib
import sys
import tempfile
import time
from pathlib import Path

import pyoxigraph as ox

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from graph.build import build_graph  # noqa: E402
from graph.canonical import local_dataset, union_lines  # noqa: E402
from graph.export import RDF_FORMATS, export_graph  # noqa: E402
from graph.keys import iri_for  # noqa: E402
from graph.model import DocumentRecord, Reference  # noqa: E402
from graph.store import open_store  # noqa: E402

RELATIONS = ("establishedBy", "requestedBy", "pursuantTo", "recalls", "reaffirms", "takesNoteOf",
             "cites", "welcomes")


def record(i: int, refs: int) -> DocumentRecord:
    """A generated report citing `refs` General Assembly resolutions, as extraction yields."""
    out = []
    for j in range(refs):
        key = f"A/RES/{60 + (i + j) % 20}/{(i * 7 + j) % 300}"
        text = f"resolution {key[6:]}"
        out.append(Reference(
            kind="resolution", key=key, iri=iri_for("resolution", key),
            relation=RELATIONS[j % len(RELATIONS)], text=text, start=100 * j,
            end=100 * j + len(text), evidence=f"Recalling its {text} of 22 October 2010, ... {i}",
            rule="ga-resolution", confidence=0.95, body="A",
            date="2010-10-22" if j % 3 == 0 else None))
    return DocumentRecord(
        source=f"/data/doc{i}.txt", language="en", symbol=f"A/{70 + i % 10}/{i}", body="A",
        date="2015-09-25", title=f"Report {i}", doc_kind="report",
        session=f"A session {70 + i % 10}", sha256=hashlib.sha256(str(i).encode()).hexdigest(),
        encoding="utf-8", extractor_version="0.1.0", references=tuple(out))


def rate(n: int, seconds: float) -> str:
    return f"{n:>10,} in {seconds:6.2f} s = {n / seconds:>12,.0f}/s"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=2000)
    parser.add_argument("--refs", type=int, default=20, help="references per document")
    parser.add_argument("--validate-docs", type=int, default=200)
    args = parser.parse_args()

    records = [record(i, args.refs) for i in range(args.docs)]
    t = time.perf_counter()
    built = [build_graph(r) for r in records]
    quads = sum(len(q) for _, q in built)
    print(f"build_graph (quads)              {rate(quads, time.perf_counter() - t)}")

    with tempfile.TemporaryDirectory() as tmp:
        store = open_store(Path(tmp) / "store")
        t = time.perf_counter()
        for graph, qs in built:
            store.replace_graph(graph, qs)
        store.flush()
        print(f"load into embedded store         {rate(quads, time.perf_counter() - t)}")
        t = time.perf_counter()
        for r in records:
            store.replace_graph(*build_graph(r))
        store.flush()
        print(f"build + load (rebuild, same data){rate(quads, time.perf_counter() - t)}")

        t = time.perf_counter()
        union = union_lines(local_dataset(store))
        print(f"canonical union (sorted triples) {rate(len(union), time.perf_counter() - t)}")
        for fmt in RDF_FORMATS:
            out = Path(tmp) / f"graph.{fmt}"
            t = time.perf_counter()
            count = export_graph(store, out, fmt)
            dt = time.perf_counter() - t
            mb = out.stat().st_size / 1e6
            print(f"export {fmt:<25} {rate(count, dt)}  ({mb:,.0f} MB)")
        t = time.perf_counter()
        raw = store.inner.dump(format=ox.RdfFormat.N_QUADS)
        print(f"(raw unsorted N-Quads dump)      {rate(quads, time.perf_counter() - t)}"
              f"  ({len(raw) / 1e6:,.0f} MB)")
        store.close()

    from graph.validate import validate_store

    small = open_store(":memory:")
    for r in records[: args.validate_docs]:
        small.replace_graph(*build_graph(r))
    t = time.perf_counter()
    report = validate_store(small)
    took = time.perf_counter() - t
    print(f"validate ({report.triples:,} triples)      {rate(report.triples, took)}"
          f"  conforms={report.conforms}")


if __name__ == "__main__":
    main()
