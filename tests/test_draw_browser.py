"""The HTML page in a real browser: headless Chromium (Debian's /usr/bin/chromium) driven by
Playwright, with the network switched off and every request refused.

It draws, its node count matches the graph, search focuses a node, a click highlights the mandate
chain, and text from documents carrying script or markup runs nothing when every node and edge is
hovered and clicked.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from pathlib import Path

import networkx as nx
import pytest
from draw_samples import PAYLOADS, chain_graph, hostile_graph, hostile_records
from graph_helpers import make_store, sample_records

from graph.draw import Selection, draw_html, write_page
from graph.ingest import ingest_paths
from graph.network.whole import to_networkx
from graph.store import open_store

pytestmark = pytest.mark.browser

CHROMIUM = Path("/usr/bin/chromium")
# No sandbox (tests may run as root), no GPU, and none of Chromium's own calls home.
CHROMIUM_ARGS = [
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-quic",
    "--no-first-run",
]
# Runs before the page: records CSP violations, so a blocked injection still fails a test.
WATCH = """
window.__violations = [];
document.addEventListener('securitypolicyviolation',
  e => window.__violations.push(e.violatedDirective + ' ' + e.blockedURI + ' ' + e.sample));
"""


@pytest.fixture(scope="module")
def browser():
    if not CHROMIUM.exists():
        pytest.skip(f"{CHROMIUM} is missing: install Debian's chromium (apt-get install chromium)")
    sync_api = pytest.importorskip(
        "playwright.sync_api", reason="playwright is missing: pip install 'playwright>=1.45'"
    )
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@dataclass
class Opened:
    """A page opened offline, with everything it tried to do recorded."""

    page: object
    requests: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)

    def js(self, expression: str, arg=None):
        return self.page.evaluate(expression, arg)

    def assert_clean(self) -> None:
        """Nothing ran that should not have, nothing was fetched, nothing was blocked."""
        assert self.js("window.__pwned") is None
        assert self.dialogs == []
        assert self.errors == []
        assert self.js("window.__violations") == []
        assert self.requests == [], "the page tried to load: " + ", ".join(self.requests)


@pytest.fixture
def open_page(browser):
    contexts = []

    def _open(path: Path, timeout: float = 60.0) -> Opened:
        context = browser.new_context(viewport={"width": 1280, "height": 800}, offline=True)
        contexts.append(context)
        page = context.new_page()
        opened = Opened(page)

        def route(r) -> None:
            if r.request.url == path.as_uri():
                r.continue_()
            else:
                opened.requests.append(r.request.url)
                r.abort()

        page.route("**/*", route)
        page.add_init_script(WATCH)
        page.on("console", lambda m: opened.errors.append(m.text) if m.type == "error" else None)
        page.on("pageerror", lambda e: opened.errors.append(str(e)))
        page.on("dialog", lambda d: (opened.dialogs.append(d.message), d.dismiss()))
        page.goto(path.as_uri())
        # Polled from outside: the page's CSP forbids the eval that wait_for_function uses.
        start = time.monotonic()
        while not opened.js("!!(window.mandateGraph && window.mandateGraph.state.settled)"):
            assert time.monotonic() - start < timeout, f"{path} did not settle in {timeout} s"
            time.sleep(0.05)
        return opened

    yield _open
    for context in contexts:
        context.close()


def _ids(opened: Opened) -> dict[str, int]:
    return opened.js("Object.fromEntries(mandateGraph.nodes.get().map(n => [n.mg.key, n.id]))")


def _click_node(opened: Opened, node_id: int, tries: int = 3, wait: float = 5.0) -> None:
    """Click a node and wait until the page has selected it: the network reports a click a
    moment after the mouse (it tells a tap from a hold), later still on a loaded machine, and a
    click that lands while a node is still settling is tried again at its new place."""
    for _ in range(tries):
        opened.page.mouse.click(*_node_point(opened, node_id))
        start = time.monotonic()
        while time.monotonic() - start < wait:
            if opened.js("mandateGraph.state.selected") == node_id:
                return
            time.sleep(0.05)
    raise AssertionError(f"node {node_id} was not selected by {tries} clicks")


def _node_point(opened: Opened, node_id: int) -> tuple[float, float]:
    """Where a node is on the screen."""
    return tuple(
        opened.js(
            """id => { const net = mandateGraph.network;
                 const p = net.canvasToDOM(net.getPositions([id])[id]);
                 const box = document.getElementById('mg-network').getBoundingClientRect();
                 return [box.left + p.x, box.top + p.y]; }""",
            node_id,
        )
    )


def _hover(opened: Opened, x: float, y: float) -> None:
    opened.page.mouse.move(x - 40, y - 40)
    opened.page.mouse.move(x, y, steps=4)
    opened.page.wait_for_timeout(60)


# -- it draws ------------------------------------------------------------------------------------
def test_the_graph_draws_offline_with_every_node(open_page, tmp_path: Path) -> None:
    graph = chain_graph()
    write_page(graph, tmp_path / "g.html", selection=Selection(store="s.db"))
    opened = open_page(tmp_path / "g.html")
    assert opened.js("mandateGraph.nodes.length") == graph.number_of_nodes()
    assert opened.js("mandateGraph.edges.length") == graph.number_of_edges()
    assert opened.js("document.getElementById('mg-status').textContent") == (
        "5 nodes, 5 edges. Ready."
    )
    # Something is painted on the canvas (not just a blank white box).
    painted = opened.js(
        """() => { const c = document.querySelector('#mg-network canvas');
             const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
             let n = 0; for (let i = 0; i < d.length; i += 4) if (d[i + 3] && d[i] < 200) n++;
             return n; }"""
    )
    assert painted > 500
    legend = opened.js("document.getElementById('mg-legend').innerText")
    assert "resolution" in legend and "established by (mandate)" in legend
    assert opened.page.title() == "Mandate Graph: whole graph (5 nodes, 5 edges)"
    opened.assert_clean()


def test_node_count_matches_the_store(open_page, tmp_path: Path) -> None:
    store = make_store(sample_records())
    report = draw_html(store, tmp_path / "g.html")
    opened = open_page(tmp_path / "g.html")
    expected = to_networkx(store)
    assert opened.js("mandateGraph.nodes.length") == report.nodes == expected.number_of_nodes()
    assert sorted(_ids(opened)) == sorted(a["key"] for _n, a in expected.nodes(data=True))
    opened.assert_clean()


def test_the_example_graph_draws_with_a_deep_mandate_chain(open_page, tmp_path: Path) -> None:
    with open_store(tmp_path / "store") as store:
        assert not ingest_paths([Path(__file__).resolve().parents[1] / "examples"], store).failed
        report = draw_html(store, tmp_path / "g.html")
        whole = to_networkx(store)
        expected = whole.number_of_nodes()
    # what the page selects upward from a node: everything its mandate edges (from statements
    # only) reach; the most any node reaches
    import networkx as nx

    from graph.draw.style import CHAIN_RELATIONS

    mandates = nx.DiGraph(
        (u, v) for u, v, a in whole.edges(data=True) if a["relation"] in CHAIN_RELATIONS
    )
    most = max((len(nx.descendants(mandates, n)) for n in mandates), default=0)
    opened = open_page(tmp_path / "g.html")
    assert opened.js("mandateGraph.nodes.length") == report.nodes == expected
    deepest = opened.js(
        """() => Math.max(...mandateGraph.nodes.get().map(n => {
             mandateGraph.select(n.id, false); return mandateGraph.state.chain.up.length; }))"""
    )
    # the page follows exactly the mandate statements the store holds (chains from statements
    # only: the examples' reference-made 3-link chain was two wrong links)
    assert deepest == most
    opened.assert_clean()


# -- search and chains ---------------------------------------------------------------------------
def test_search_finds_and_focuses_a_node(open_page, tmp_path: Path) -> None:
    write_page(chain_graph(), tmp_path / "g.html")
    opened = open_page(tmp_path / "g.html")
    ids = _ids(opened)
    page = opened.page
    page.fill("#mg-search", "a/res/55/25")
    page.press("#mg-search", "Enter")
    target = ids["A/RES/55/25"]
    assert opened.js("mandateGraph.state.selected") == target
    centre = opened.js("mandateGraph.network.getViewPosition()")
    where = opened.js(f"mandateGraph.network.getPositions([{target}])[{target}]")
    assert abs(centre["x"] - where["x"]) < 1 and abs(centre["y"] - where["y"]) < 1
    assert page.text_content("#mg-search-status") == "Found A/RES/55/25."
    assert "A/RES/55/25" in page.text_content("#mg-details")

    page.fill("#mg-search", "decision 2/6")  # part of a key
    page.click("#mg-search-form button")
    assert opened.js("mandateGraph.state.selected") == ids["CTOC/COP decision 2/6"]
    page.fill("#mg-search", "no such act")
    page.press("#mg-search", "Enter")
    assert page.text_content("#mg-search-status").startswith("No node matches")
    opened.assert_clean()


def test_a_click_highlights_the_mandate_chain(open_page, tmp_path: Path) -> None:
    write_page(chain_graph(), tmp_path / "g.html")
    opened = open_page(tmp_path / "g.html")
    ids = _ids(opened)
    _click_node(opened, ids["CTOC/COP/WG.2"])
    chain = opened.js("mandateGraph.state.chain")
    assert chain["up"] == [ids["CTOC/COP decision 2/6"], ids["A/RES/55/25"]]
    assert chain["down"] == []
    selected = opened.js("mandateGraph.network.getSelectedNodes()")
    assert sorted(selected) == sorted([ids["CTOC/COP/WG.2"], *chain["up"]])
    opacity = opened.js("Object.fromEntries(mandateGraph.nodes.get().map(n => [n.id, n.opacity]))")
    assert opacity[str(ids["A/RES/55/25"])] in (None, 1)  # in the chain: as drawn
    assert opacity[str(ids["CTOC/COP session 7"])] < 0.5  # not in the chain: dimmed
    details = opened.page.text_content("#mg-details")
    assert "Mandated by (up the chain) (2)" in details and "CTOC/COP decision 2/6" in details

    # The resolution at the top: everything it mandated, down the chain.
    _click_node(opened, ids["A/RES/55/25"])
    chain = opened.js("mandateGraph.state.chain")
    assert chain["down"] == [ids["CTOC/COP decision 2/6"], ids["CTOC/COP/WG.2"]]
    link = opened.page.get_attribute("#mg-details a", "href")
    assert link == "https://undocs.org/A/RES/55/25"

    opened.page.keyboard.press("Escape")
    assert opened.js("mandateGraph.state.selected") is None
    assert opened.js("mandateGraph.state.chain.up") == []
    assert opened.js("mandateGraph.nodes.get().every(n => !(n.opacity < 1))")
    assert opened.js("mandateGraph.network.getSelectedNodes()") == []
    opened.assert_clean()


def test_the_focus_key_is_selected_with_its_chain(open_page, tmp_path: Path) -> None:
    write_page(chain_graph(), tmp_path / "g.html", selection=Selection(key="CTOC/COP/WG.2"))
    opened = open_page(tmp_path / "g.html")
    ids = _ids(opened)
    assert opened.js("mandateGraph.state.selected") == ids["CTOC/COP/WG.2"]
    assert len(opened.js("mandateGraph.state.chain.up")) == 2
    opened.assert_clean()


# -- hostile text --------------------------------------------------------------------------------
def _poke_everything(opened: Opened) -> list[str]:
    """Hover and click every node, hover every edge; returns the tooltip texts seen."""
    seen = []
    for node_id in _ids(opened).values():
        x, y = _node_point(opened, node_id)
        _hover(opened, x, y)
        seen.append(opened.page.text_content("#mg-tip") or "")
        opened.page.mouse.click(x, y)
        opened.page.wait_for_timeout(30)
    opened.js("mandateGraph.clear()")
    for edge in opened.js("mandateGraph.edges.get().map(e => [e.from, e.to])"):
        (ax, ay), (bx, by) = (_node_point(opened, edge[0]), _node_point(opened, edge[1]))
        _hover(opened, (ax + bx) / 2, (ay + by) / 2)
        seen.append(opened.page.text_content("#mg-tip") or "")
    return seen


def _assert_no_markup_from_data(opened: Opened) -> None:
    # Elements the page itself never makes: had any text become markup, they would be here.
    foreign = (
        "#mg-side img, #mg-side svg, #mg-side script, #mg-side iframe, #mg-side object, "
        "#mg-tip *:not(div):not(p):not(b):not(span):not(blockquote), "
        "header img, header svg, header script, header a"
    )
    assert opened.js("s => document.querySelectorAll(s).length", foreign) == 0
    hrefs = opened.js("[...document.querySelectorAll('a')].map(a => a.href)")
    assert all(h.startswith("https://undocs.org/") for h in hrefs), hrefs


def test_hostile_text_runs_nothing_when_hovered_and_clicked(open_page, tmp_path: Path) -> None:
    selection = Selection(store=PAYLOADS[0], key=None, bodies=(PAYLOADS[1],))
    write_page(hostile_graph(), tmp_path / "g.html", selection=selection)
    opened = open_page(tmp_path / "g.html")
    tips = _poke_everything(opened)
    text = "\n".join(tips)
    # The payloads are on screen, as text.
    assert '<img src=x onerror="window.__pwned=1;alert(1)">' in text
    assert "</script><script>window.__pwned=2;alert(2)</script>" in text
    assert any(t.startswith("established by") for t in tips)  # an edge tooltip was shown
    _assert_no_markup_from_data(opened)
    # Only the real undocs.org address became a link.
    for node_id in _ids(opened).values():
        opened.js(f"mandateGraph.select({node_id}, true)")
        _assert_no_markup_from_data(opened)
    opened.page.fill("#mg-search", "K1 " + PAYLOADS[1])  # a key, exactly
    opened.page.press("#mg-search", "Enter")
    assert opened.page.text_content("#mg-search-status") == f"Found L1 {PAYLOADS[1]}."
    assert PAYLOADS[0] in opened.page.text_content("#mg-summary")
    opened.assert_clean()


def test_hostile_documents_in_a_store_run_nothing(open_page, tmp_path: Path) -> None:
    store = make_store(hostile_records())
    draw_html(store, tmp_path / "g.html")
    opened = open_page(tmp_path / "g.html")
    tips = _poke_everything(opened)
    assert any(PAYLOADS[2] in t for t in tips)  # a title, shown as text
    _assert_no_markup_from_data(opened)
    opened.assert_clean()


# -- scale ---------------------------------------------------------------------------------------
def test_a_big_view_settles_and_a_huge_one_is_grouped(open_page, tmp_path: Path) -> None:
    g = nx.MultiDiGraph()
    for i in range(1500):
        g.add_node(i, key=f"D/{i}", kind="document", body=f"B{i % 7}", cited=0, iri=f"urn:{i}")
        if i:
            g.add_edge(i, i // 4, relation="requestedBy", evidence="x", source="s")
    write_page(g, tmp_path / "big.html")
    opened = open_page(tmp_path / "big.html")
    assert opened.js("mandateGraph.nodes.length") == 7  # opens on the overview: one box a body
    opened.js("mandateGraph.showAll()")
    assert opened.js("mandateGraph.nodes.length") == 1500
    ids = _ids(opened)
    opened.js(f"mandateGraph.select({ids['D/1499']}, true)")  # D/1499 -> D/374 -> ... -> D/0
    up = [ids[f"D/{i}"] for i in (374, 93, 23, 5, 1, 0)]
    assert opened.js("mandateGraph.state.chain.up") == up
    assert sorted(opened.js("mandateGraph.network.getSelectedNodes()")) == sorted(
        [ids["D/1499"], *up]
    )
    assert opened.js("mandateGraph.nodes.get().every(n => !(n.opacity < 1))")  # nothing dimmed
    opened.assert_clean()

    report = write_page(g, tmp_path / "grouped.html", max_nodes=1000)
    opened = open_page(tmp_path / "grouped.html")
    assert report.clustered and opened.js("mandateGraph.nodes.length") == 7
    notice = opened.page.text_content("#mg-notice")
    assert "1,500 nodes" in notice and "--radius" in notice and "--since" in notice
    opened.assert_clean()
