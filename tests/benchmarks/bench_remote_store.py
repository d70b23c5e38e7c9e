"""Benchmark: loading documents into a remote store (a local Oxigraph server) in batches.

Run by hand:  .venv/bin/python tests/benchmarks/bench_remote_store.py [DOCUMENTS] [REFS_PER_DOC]
Prints documents/s and triples/s for several batch sizes, and the same load into the embedded
store for comparison. Needs the `oxigraph` server binary (pip install oxigraph).
"""

from __future__ import annotations

import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

from graph.build import build_graph
from graph.model import DocumentRecord, Reference
from graph.store import open_store
from graph.store.remote import RemoteStore


def records(n: int, refs: int) -> list[DocumentRecord]:
    """n resolutions, each citing `refs` earlier ones (a mandate chain through all of them)."""
    out = []
    for i in range(n):
        text = f"Recalling resolution {max(i - 1, 0)}/1, the Assembly establishes this body."
        references = tuple(
            Reference(
                kind="resolution",
                key=f"A/RES/{(i - k) % n}/1",
                iri=f"https://undocs.org/A/RES/{(i - k) % n}/1",
                relation="establishedBy" if k == 1 else "recalls",
                text="resolution",
                start=10,
                end=20,
                evidence=text,
                rule="bench",
            )
            for k in range(1, refs + 1)
        )
        out.append(
            DocumentRecord(
                source=f"bench/{i}.txt",
                language="en",
                symbol=f"A/RES/{i}/1",
                body="A",
                date="2015-09-25",
                title=f"Resolution {i}",
                doc_kind="resolution",
                sha256=f"{i:064x}",
                references=references,
            )
        )
    return out


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_server(location: Path) -> tuple[subprocess.Popen, str]:
    port = free_port()
    binary = shutil.which("oxigraph") or str(Path(sys.executable).parent / "oxigraph")
    args = [binary, "serve", "--location", str(location), "--bind", f"127.0.0.1:{port}"]
    proc = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}"
    for _ in range(100):
        try:
            urllib.request.urlopen(url + "/query?query=ASK%7B%7D", timeout=1).read()
            return proc, url
        except OSError:
            time.sleep(0.1)
    proc.kill()
    raise SystemExit("the oxigraph server did not start")


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000
    refs = int(sys.argv[2]) if len(sys.argv) > 2 else 10
    built = [build_graph(r) for r in records(n, refs)]
    triples = sum(len(q) for _, q in built)
    print(f"{n} documents, {triples} triples ({triples / n:.0f} per document)")
    for batch in (1_000_000, 4_000_000, 16_000_000):
        with tempfile.TemporaryDirectory() as tmp:
            proc, url = start_server(Path(tmp) / "db")
            try:
                store = RemoteStore(url, batch_bytes=batch)
                t0 = time.perf_counter()
                for graph_iri, quads in built:
                    store.replace_graph(graph_iri, quads)
                store.flush()
                dt = time.perf_counter() - t0
                assert len(store) == triples, (len(store), triples)
                t1 = time.perf_counter()
                rows = list(store.query("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"))
                q = time.perf_counter() - t1
                print(
                    f"remote, batch {batch / 1e6:5.2f} MB: {dt:7.2f} s  {n / dt:8.0f} docs/s  "
                    f"{triples / dt:9.0f} triples/s  (count query {q * 1000:.0f} ms, "
                    f"{rows[0]['n'].value}); 100k such documents: {1e5 / (n / dt) / 60:.0f} min"
                )
                t2 = time.perf_counter()
                count = sum(1 for _ in store.quads())
                rate = count / (time.perf_counter() - t2)
                print(f"    streamed all quads back: {rate:9.0f} quads/s")
            finally:
                proc.terminate()
                proc.wait(10)
    with tempfile.TemporaryDirectory() as tmp:
        store = open_store(Path(tmp) / "db")
        t0 = time.perf_counter()
        for graph_iri, quads in built:
            store.replace_graph(graph_iri, quads)
        store.flush()
        dt = time.perf_counter() - t0
        store.close()
        print(
            f"embedded (one transaction per document): {dt:7.2f} s  {n / dt:8.0f} docs/s  "
            f"{triples / dt:9.0f} triples/s"
        )


if __name__ == "__main__":
    main()
