"""Regenerate examples/graph.png, the README's picture of the page.

    .venv/bin/python tests/screenshot_examples.py [OUT.png]

Builds examples/ into a temporary store, draws the page, opens it in headless Chromium
(/usr/bin/chromium, every request refused), clicks the act with the longest mandate chain above
it, so the picture shows a highlighted chain and its details, and saves the screenshot.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from graph.draw import draw_html  # noqa: E402
from graph.ingest import ingest_paths  # noqa: E402
from graph.store import open_store  # noqa: E402

ARGS = [
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]
# Picks the node with the most acts above it in a mandate chain, and clicks it.
CLICK_DEEPEST = """() => {
  const g = window.mandateGraph;
  let best = null, depth = -1;
  for (const n of g.nodes.get()) {
    g.select(n.id, false);
    if (g.state.chain.up.length > depth) { depth = g.state.chain.up.length; best = n.id; }
  }
  g.clear();
  const p = g.network.canvasToDOM(g.network.getPositions([best])[best]);
  const box = document.getElementById('mg-network').getBoundingClientRect();
  return [box.left + p.x, box.top + p.y, depth];
}"""


def main(out: Path) -> None:
    from playwright.sync_api import sync_playwright

    out = out.resolve()
    with tempfile.TemporaryDirectory() as tmp:
        os.chdir(tmp)  # so that the page's header names the store as the README does
        with open_store("mandate-graph.db") as store:
            report = ingest_paths([REPO / "examples"], store)
            if report.failed:
                raise SystemExit(f"examples failed to build: {report.failed}")
            page_path = Path(tmp) / "graph.html"
            drawn = draw_html(store, page_path)
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=ARGS)
            page = browser.new_page(viewport={"width": 1400, "height": 860})
            page.route(
                "**/*", lambda r: r.continue_() if r.request.url.startswith("file:") else r.abort()
            )
            page.goto(page_path.as_uri())
            while not page.evaluate("!!(window.mandateGraph && window.mandateGraph.state.settled)"):
                time.sleep(0.05)
            x, y, depth = page.evaluate(CLICK_DEEPEST)
            page.mouse.click(x, y)
            page.mouse.move(5, 5)
            page.wait_for_timeout(300)
            page.screenshot(path=str(out))
            browser.close()
    print(f"wrote {out}: {drawn.nodes} nodes, {drawn.edges} edges, chain {depth} links deep")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else REPO / "examples" / "graph.png")
