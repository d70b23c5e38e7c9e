"""Benchmark of the HTML page: generation time and size in Python, time to settle in Chromium.

    .venv/bin/python tests/benchmarks/bench_draw.py            # 500, 2,000 and 5,000 nodes
    .venv/bin/python tests/benchmarks/bench_draw.py 5000 20000 # chosen sizes
    .venv/bin/python tests/benchmarks/bench_draw.py --store STORE_FOLDER   # a built store

With --store, it measures a built store instead, each step in a fresh process with its wall time
and peak memory (VmHWM): to_networkx of the whole store, and draw_html of the whole store (grouped
by body inside the store when it has more nodes than a page draws).

The graph is synthetic and deterministic: acts of ~30 bodies citing older acts (a few hubs cited
very often), about half of the links mandates. Settling is measured in headless Chromium
(/usr/bin/chromium, driven by Playwright) with every network request refused: from navigation
until the page reports that its layout has stopped. The target is under 10 s at 5,000 nodes.
"""

from __future__ import annotations

import random
import sys
import tempfile
import time
from pathlib import Path

import networkx as nx

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from graph.draw import write_page  # noqa: E402
from graph.draw.page import Selection  # noqa: E402

BODIES = (
    "A",
    "S",
    "E",
    "A/HRC",
    "CTOC/COP",
    "CTOC/COP/WG.2",
    "CAC/COSP",
    "E/CN.15",
    "E/CN.7",
    "FCCC/CP",
    "FCCC/PA/CMA",
    "FCCC/SBI",
    "UNEP/EA",
    "ICCD/COP",
    "CBD/COP",
    "TD/B",
    "E/ICEF",
    "DP/FPA",
    "UNW",
    "ITU/PP",
    "WHA",
    "IDB",
    "GC",
    "CRC",
    "CEDAW",
    "CCPR",
    "CERD",
    "CAT",
    "CMW",
    "CRPD",
)
MANDATES = ("establishedBy", "requestedBy", "pursuantTo", "inAccordanceWith", "decides", "extends")
CITATIONS = ("recalls", "reaffirms", "takesNoteOf", "welcomes", "endorses", "cites")
STRUCTURE = ("submittedTo", "adoptedAt", "reportOf", "issuedBy", "mentions")


def synthetic_graph(n_nodes: int, seed: int = 7) -> nx.MultiDiGraph:
    """A citation DAG shaped like `to_networkx`'s output, about 2.2 edges per node."""
    rng = random.Random(seed)
    graph = nx.MultiDiGraph()
    kinds = ("resolution", "decision", "document", "document", "session", "meeting")
    targets: list[str] = []  # one entry per citation received: preferential attachment
    for i in range(n_nodes):
        body = rng.choice(BODIES[: 5 + i % 25])
        kind = kinds[rng.randrange(len(kinds))]
        key = f"{body}/{2000 + i % 25}/{i}" if kind == "document" else f"{body} {kind} {i}"
        iri = f"https://undocs.org/{key}" if " " not in key else f"urn:x:{i}"
        graph.add_node(
            iri,
            key=key,
            kind=kind,
            label=key,
            title=f"Report {i} on item {i % 97}",
            date=f"{2000 + i % 25}-06-01",
            body=body,
            iri=iri,
            cited=0,
        )
        if targets:
            for _ in range(rng.choice((1, 1, 2, 2, 3, 4))):
                target = rng.choice(targets) if rng.random() < 0.6 else rng.choice(list(graph)[:-1])
                relation = rng.choice(MANDATES + CITATIONS + STRUCTURE[:2])
                graph.add_edge(
                    iri,
                    target,
                    relation=relation,
                    source=f"doc{i}.txt",
                    evidence=f"Recalling its {relation} act {target}, the body acts.",
                    date=f"{2000 + i % 25}-06-01",
                )
                graph.nodes[target]["cited"] += 1
                targets.append(target)
        targets.append(iri)
    return graph


def settle_seconds(path: Path) -> tuple[float, int]:
    """Seconds from navigation until the page's layout has stopped, and nodes drawn."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(
            executable_path="/usr/bin/chromium",
            args=[
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--disable-quic",
            ],
        )
        page = browser.new_page(viewport={"width": 1400, "height": 900})
        page.route(
            "**/*", lambda r: r.continue_() if r.request.url.startswith("file:") else r.abort()
        )
        start = time.perf_counter()
        page.goto(path.as_uri())
        # Polled from outside: the page's CSP forbids the eval that wait_for_function needs.
        while not page.evaluate("!!(window.mandateGraph && window.mandateGraph.state.settled)"):
            if time.perf_counter() - start > 120:
                raise TimeoutError(f"{path} did not settle in 120 s")
            time.sleep(0.02)
        seconds = time.perf_counter() - start
        count = page.evaluate("window.mandateGraph.nodes.length")
        browser.close()
    return seconds, count


_STEP = """
import json, sys, time
sys.path.insert(0, {repo!r})
from graph.store import open_store
store = open_store({store!r}, read_only=True)
t = time.perf_counter()
if {step!r} == "to_networkx":
    from graph.network.whole import to_networkx
    g = to_networkx(store)
    what = f"{{g.number_of_nodes():,}} nodes, {{g.number_of_edges():,}} edges"
else:
    from graph.draw import draw_html
    r = draw_html(store, {out!r})
    what = (f"{{r.nodes:,}} drawn of {{r.total_nodes:,}} nodes, {{r.total_edges:,}} edges"
            + (", grouped by body" if r.clustered else ""))
seconds = time.perf_counter() - t
hwm = next(int(line.split()[1]) for line in open("/proc/self/status") if line.startswith("VmHWM"))
print(json.dumps({{"seconds": seconds, "peak_mb": hwm / 1024, "what": what}}))
"""


def store_figures(store: Path) -> None:
    """Wall time and peak memory of to_networkx and draw_html over a whole store."""
    import json
    import subprocess

    repo = str(Path(__file__).resolve().parents[2])
    with tempfile.TemporaryDirectory() as tmp:
        for step in ("to_networkx", "draw_html"):
            code = _STEP.format(repo=repo, store=str(store), step=step, out=f"{tmp}/g.html")
            done = subprocess.run(
                [sys.executable, "-c", code], capture_output=True, text=True, check=True
            )
            r = json.loads(done.stdout.splitlines()[-1])
            print(
                f"{step:12} {r['seconds']:8.1f} s  peak {r['peak_mb']:8.0f} MB  {r['what']}",
                flush=True,
            )


def main(sizes: list[int]) -> None:
    print(
        f"{'nodes':>7} {'edges':>7} {'drawn':>6} {'generate s':>10} {'size MB':>8} {'settle s':>8}"
    )
    with tempfile.TemporaryDirectory() as tmp:
        for n in sizes:
            graph = synthetic_graph(n)
            path = Path(tmp) / f"graph-{n}.html"
            start = time.perf_counter()
            report = write_page(graph, path, selection=Selection(store="synthetic"))
            generate = time.perf_counter() - start
            settle, drawn = settle_seconds(path)
            print(
                f"{n:>7,} {graph.number_of_edges():>7,} {drawn:>6,} {generate:>10.2f} "
                f"{report.bytes / 1e6:>8.2f} {settle:>8.2f}"
                + ("  (grouped by body)" if report.clustered else "")
            )


if __name__ == "__main__":
    if sys.argv[1:2] == ["--store"]:
        store_figures(Path(sys.argv[2]))
    else:
        main([int(a) for a in sys.argv[1:]] or [500, 2000, 5000])
