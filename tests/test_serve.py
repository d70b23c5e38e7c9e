"""`mandate-graph serve`: started as a real process on 127.0.0.1 and queried over HTTP.

SELECT/ASK/CONSTRUCT in the SPARQL results formats, refusal of updates, SERVICE and LOAD, the
per-query timeout and row cap, a flood of slow queries the endpoint survives, the default bind
to 127.0.0.1, and a build writing to the store while it is served.
"""

from __future__ import annotations

import concurrent.futures
import csv
import io
import json
import os
import re
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
import xml.etree.ElementTree as ET
from pathlib import Path

import pyoxigraph as ox
import pytest
from conftest import REPO
from graph_helpers import record, ref, sample_records, stop_process

from graph.build import bodies_graph, build_graph
from graph.serve.results import HttpError, negotiate
from graph.store import open_store

TIMEOUT = 2.0  # the endpoint's per-query limit in these tests
LIMIT = 20  # its row cap
# A query that runs for minutes on any store of a few hundred triples: a triple cross product.
SLOW = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"
HOSTILE_TITLE = '<img src=x onerror="window.pwned=1"> & "quotes"'


def _write_store(location: Path) -> None:
    store = open_store(location)
    store.replace_graph(*bodies_graph())
    records = sample_records() + [
        record("A/HTML/1", [ref("document", "A/70/100")], title=HOSTILE_TITLE)
    ]
    for rec in records:
        store.replace_graph(*build_graph(rec))
    store.close()


def _env() -> dict[str, str]:
    """The environment for `python -m graph`: the repository importable, installed or not."""
    path = [str(REPO), os.environ.get("PYTHONPATH", "")]
    return {**os.environ, "PYTHONPATH": os.pathsep.join(p for p in path if p)}


class Served:
    """`python -m graph serve` (the same code as the `mandate-graph` script) in a subprocess."""

    def __init__(self, location: Path, log: Path, *extra: str):
        self.log = log
        self.proc = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "graph",
                "serve",
                "--store",
                str(location),
                "--port",
                "0",
                "--timeout",
                str(TIMEOUT),
                "--limit",
                str(LIMIT),
                *extra,
            ],
            stdout=subprocess.DEVNULL,
            stderr=log.open("wb"),
            env=_env(),
            cwd=REPO,
        )
        self.url = self._wait_for_url()

    def _wait_for_url(self) -> str:
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            found = re.search(r"read-only at (http://\S+)/query", self.log.read_text())
            if found:
                return found.group(1)
            if self.proc.poll() is not None:
                raise RuntimeError(f"serve exited: {self.log.read_text()}")
            time.sleep(0.05)
        self.stop()
        raise RuntimeError("serve did not start within 30 s")

    def stop(self) -> None:
        stop_process(self.proc)


@pytest.fixture(scope="module")
def store_dir(tmp_path_factory) -> Path:
    location = tmp_path_factory.mktemp("serve") / "db"
    _write_store(location)
    return location


@pytest.fixture(scope="module")
def served(store_dir, tmp_path_factory):
    server = Served(store_dir, tmp_path_factory.mktemp("log") / "serve.log")
    yield server
    server.stop()


def get(
    url: str, *, data: bytes | None = None, headers: dict | None = None, timeout: float = 30
) -> tuple[int, dict, bytes]:
    """(status, headers, body) of one request; HTTP errors are answers too."""
    request = urllib.request.Request(url, data=data, headers=headers or {})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as resp:
            return resp.status, dict(resp.headers), resp.read()
    except urllib.error.HTTPError as exc:
        return exc.code, dict(exc.headers), exc.read()


def query(served, sparql: str, accept: str = "", method: str = "GET", **params):
    headers = {"Accept": accept} if accept else {}
    if method == "GET":
        qs = urllib.parse.urlencode({"query": sparql, **params})
        return get(f"{served.url}/query?{qs}", headers=headers)
    if method == "FORM":
        body = urllib.parse.urlencode({"query": sparql, **params}).encode()
        headers["Content-Type"] = "application/x-www-form-urlencoded"
        return get(f"{served.url}/query", data=body, headers=headers)
    headers["Content-Type"] = "application/sparql-query"
    return get(f"{served.url}/query", data=sparql.encode(), headers=headers)


# -- answers in the SPARQL results formats -------------------------------------------------------
@pytest.mark.parametrize("method", ["GET", "POST", "FORM"])
def test_select_json(served, method):
    status, headers, body = query(
        served, "SELECT ?doc ?title WHERE { ?doc dct:title ?title } ORDER BY ?doc", method=method
    )
    assert status == 200
    assert headers["Content-Type"].startswith("application/sparql-results+json")
    data = json.loads(body)
    assert data["head"]["vars"] == ["doc", "title"]
    titles = {b["title"]["value"] for b in data["results"]["bindings"]}
    assert "Transforming our world" in titles and HOSTILE_TITLE in titles


def test_select_xml_csv_tsv(served):
    sparql = "SELECT ?doc ?title WHERE { ?doc dct:title ?title } ORDER BY ?doc"
    status, headers, body = query(served, sparql, accept="application/sparql-results+xml")
    assert status == 200 and "sparql-results+xml" in headers["Content-Type"]
    ns = {"r": "http://www.w3.org/2005/sparql-results#"}
    literals = [e.text for e in ET.fromstring(body).findall(".//r:literal", ns)]
    assert HOSTILE_TITLE in literals
    status, headers, body = query(served, sparql, accept="text/csv")
    assert status == 200 and headers["Content-Type"].startswith("text/csv")
    rows = list(csv.reader(io.StringIO(body.decode())))
    assert rows[0] == ["doc", "title"] and ["https://undocs.org/A/HTML/1", HOSTILE_TITLE] in rows
    status, headers, body = query(served, sparql, accept="text/tab-separated-values")
    assert status == 200 and body.decode().startswith("?doc\t?title\n")
    assert "<https://undocs.org/A/RES/70/1>" in body.decode()


def test_content_negotiation_follows_q_values(served):
    sparql = "ASK { ?x mg:establishedBy ?y }"
    status, headers, body = query(
        served, sparql, accept="text/csv;q=0.2, application/sparql-results+xml;q=0.9"
    )
    assert status == 200 and "xml" in headers["Content-Type"]
    assert b"<boolean>true</boolean>" in body
    status, headers, body = query(served, sparql, accept="text/html,*/*;q=0.8")
    assert json.loads(body) == {"head": {}, "boolean": True}
    status, _, body = query(served, sparql, format="xml")
    assert b"<boolean>true</boolean>" in body


def test_construct_as_ntriples(served):
    status, headers, body = query(
        served, "CONSTRUCT { ?a mg:mandatedBy ?b } WHERE { ?a mg:mandatedBy ?b }"
    )
    assert status == 200 and headers["Content-Type"].startswith("application/n-triples")
    triples = list(ox.parse(body, format=ox.RdfFormat.N_TRIPLES))
    assert triples and all(t.predicate.value.endswith("#mandatedBy") for t in triples)


def test_row_cap(served):
    status, headers, body = query(served, "SELECT ?s ?p ?o WHERE { ?s ?p ?o }")
    assert status == 200
    assert len(json.loads(body)["results"]["bindings"]) == LIMIT
    assert headers.get("X-Rows-Truncated") == "true"


def test_negotiate_unit():
    offers = ("application/sparql-results+json", "text/csv")
    assert negotiate("", offers) == offers[0]
    assert negotiate("text/csv", offers) == "text/csv"
    assert negotiate("text/csv;q=0, application/sparql-results+json;q=0.1", offers) == offers[0]
    assert negotiate("text/*", offers) == "text/csv"
    assert negotiate("text/html, */*;q=0.8", offers) == offers[0]
    with pytest.raises(HttpError) as refused:
        negotiate("image/png", offers)
    assert refused.value.status == 406


def test_a_select_asked_for_as_turtle_is_not_acceptable(served):
    status, headers, body = query(
        served, "SELECT ?s WHERE { ?s ?p ?o } LIMIT 1", accept="text/turtle"
    )
    assert status == 406, body
    assert body.decode().count("\n") == 1 and "text/turtle" in body.decode()
    assert "application/sparql-results+json" in body.decode()
    status, headers, _ = query(
        served, "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o } LIMIT 1", accept="text/turtle"
    )
    assert status == 200 and headers["Content-Type"].startswith("text/turtle")


# -- read-only: refused, with a clear message ----------------------------------------------------
@pytest.mark.parametrize(
    ("sparql", "words"),
    [
        ("INSERT DATA { <http://a> <http://b> <http://c> }", "read-only"),
        ("DELETE WHERE { ?s ?p ?o }", "read-only"),
        ("LOAD <http://127.0.0.1:1/data.ttl>", "read-only"),
        ("SELECT * WHERE { SERVICE <http://127.0.0.1:1/sparql> { ?s ?p ?o } }", "SERVICE"),
        ("SELECT * FROM <file:///etc/passwd> WHERE { ?s ?p ?o }", "files"),
    ],
)
def test_refused_queries(served, sparql, words):
    for method in ("GET", "POST"):
        status, _, body = query(served, sparql, method=method)
        assert status == 400, body
        assert words in body.decode()


def test_update_requests_are_forbidden(served):
    body = urllib.parse.urlencode({"update": "DROP ALL"}).encode()
    status, _, text = get(
        f"{served.url}/query",
        data=body,
        headers={"Content-Type": "application/x-www-form-urlencoded"},
    )
    assert status == 403 and b"read-only" in text
    status, _, _ = get(
        f"{served.url}/query",
        data=b"DROP ALL",
        headers={"Content-Type": "application/sparql-update"},
    )
    assert status == 403
    status, _, _ = get(
        f"{served.url}/update",
        data=b"DROP ALL",
        headers={"Content-Type": "application/sparql-update"},
    )
    assert status == 403
    status, _, body = query(served, "ASK { ?s ?p ?o }")
    assert status == 200 and json.loads(body)["boolean"] is True  # still all there


def test_malformed_requests(served):
    assert query(served, "SELECT ?x WHERE { ?x")[0] == 400
    assert get(f"{served.url}/query")[0] == 400
    assert get(f"{served.url}/nothing-here")[0] == 404
    status, _, body = get(
        f"{served.url}/query", data=b"x" * 10, headers={"Content-Type": "text/plain"}
    )
    assert status == 415


def test_other_host_names_are_refused(served):
    """A web page that rebinds its own name to 127.0.0.1 gets nothing."""
    status, _, _ = get(f"{served.url}/", headers={"Host": "attacker.example"})
    assert status == 421


# -- time limits and load ------------------------------------------------------------------------
def test_slow_query_stops_at_the_timeout(served):
    started = time.monotonic()
    status, _, body = query(served, SLOW, method="POST")
    elapsed = time.monotonic() - started
    assert status == 503 and b"stopped after" in body
    assert TIMEOUT * 0.9 <= elapsed < TIMEOUT + 5


def test_flood_of_slow_queries(served):
    """Many slow queries at once: each ends by its timeout (or at once as busy), the endpoint
    keeps answering meanwhile, no query process is left behind, and it serves normally after."""
    flood = 12

    def slow(_):
        started = time.monotonic()
        status, headers, body = query(served, SLOW, method="POST")
        return status, time.monotonic() - started, body

    with concurrent.futures.ThreadPoolExecutor(flood) as pool:
        futures = [pool.submit(slow, i) for i in range(flood)]
        time.sleep(0.5)
        started = time.monotonic()
        status, _, page = get(f"{served.url}/", timeout=5)
        assert status == 200 and time.monotonic() - started < 2
        answers = [f.result(timeout=60) for f in futures]
    for status, elapsed, body in answers:
        assert status == 503, body
        assert b"stopped after" in body or b"busy" in body
        assert elapsed < TIMEOUT + 5
    assert any(b"busy" in body for _, _, body in answers)  # bounded: not all ran at once
    deadline = time.monotonic() + 10
    while _children(served.proc.pid) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert _children(served.proc.pid) == []
    status, _, body = query(served, "ASK { ?x mg:establishedBy ?y }")
    assert status == 200 and json.loads(body)["boolean"] is True


def _children(pid: int) -> list[int]:
    if not Path("/proc").exists():
        pytest.skip("no /proc: cannot list the endpoint's query processes")
    found = []
    for entry in Path("/proc").iterdir():
        try:
            stat = (entry / "stat").read_text()
        except (OSError, ValueError):
            continue
        if entry.name.isdigit() and stat.rsplit(")", 1)[-1].split()[1] == str(pid):
            found.append(int(entry.name))
    return found


# -- binding and the store lock ------------------------------------------------------------------
def test_listens_on_127_0_0_1_by_default(served):
    assert served.url.startswith("http://127.0.0.1:")
    port = int(served.url.rsplit(":", 1)[1])
    tcp = Path("/proc/net/tcp")
    if not tcp.exists():
        pytest.skip("no /proc/net/tcp to read the listening address from")
    listening = [
        line.split()[1] for line in tcp.read_text().splitlines()[1:] if line.split()[3] == "0A"
    ]  # state LISTEN
    assert f"0100007F:{port:04X}" in listening  # 127.0.0.1, and not 0.0.0.0
    assert f"00000000:{port:04X}" not in listening


def test_a_build_can_write_while_serving_and_shows_up_after(tmp_path):
    location = tmp_path / "db"
    _write_store(location)
    server = Served(location, tmp_path / "serve.log")
    try:
        ask = "ASK { <https://undocs.org/NEW/1> ?p ?o }"
        assert _ask(server, ask) is False
        writer = open_store(location)  # takes the writer lock: serve does not hold it
        writer.replace_graph(*build_graph(record("NEW/1", [ref("document", "A/70/100")])))
        writer.close()
        deadline = time.monotonic() + 30
        seen = False
        while not seen and time.monotonic() < deadline:
            seen = _ask(server, ask)
            time.sleep(0.25)
        assert seen
    finally:
        server.stop()


def _ask(server, sparql: str) -> bool:
    """The answer of an ASK, asked again (a bounded number of times) if the endpoint is busy."""
    for _ in range(10):
        status, _, body = query(server, sparql)
        if status == 200:
            return json.loads(body)["boolean"]
        assert status == 503, body  # busy or slow on a loaded machine: anything else is wrong
        time.sleep(0.5)
    raise AssertionError("the endpoint stayed busy")


def test_missing_store_is_one_clear_line(tmp_path):
    done = subprocess.run(
        [sys.executable, "-m", "graph", "serve", "--store", str(tmp_path / "none"), "--port", "0"],
        capture_output=True,
        text=True,
        env=_env(),
        timeout=60,
        cwd=REPO,
    )
    assert done.returncode == 1
    assert "no store at" in done.stderr and "Traceback" not in done.stderr


# -- the query page in a browser -----------------------------------------------------------------
@pytest.fixture(scope="module")
def browser():
    chromium = Path("/usr/bin/chromium")
    if not chromium.exists():
        pytest.skip(f"{chromium} is missing: install Debian's chromium (apt install chromium)")
    sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is missing")
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(
            executable_path=str(chromium),
            args=[
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
            ],
        )
        yield browser
        browser.close()


class QueryPage:
    """The query page opened in a fresh browser context, with everything it tried recorded."""

    def __init__(self, browser, served):
        self.context = browser.new_context(viewport={"width": 1400, "height": 900})
        self.page = self.context.new_page()
        self.outside: list[str] = []
        self.errors: list[str] = []
        self.page.route(
            "**/*",
            lambda route: (
                route.continue_()
                if route.request.url.startswith(served.url + "/")
                else (self.outside.append(route.request.url), route.abort())
            ),
        )
        self.page.on(
            "console",
            lambda m: self.errors.append(m.text) if m.type in ("error", "warning") else None,
        )
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.goto(served.url + "/", timeout=15_000)
        self.page.wait_for_selector("body[data-ready='1']", timeout=15_000)

    def rows(self) -> list[list[str]]:
        self.page.wait_for_selector(
            ".tabPanel.active .yasr table.dataTable tbody tr td", timeout=15_000
        )
        table = self.page.locator(".tabPanel.active .yasr table.dataTable tbody tr")
        return [row.locator("td").all_text_contents() for row in table.all()]


@pytest.mark.browser
def test_query_page_runs_a_named_query_offline(browser, served):
    """YASGUI loads from the server only, with no console error; one click on a named query
    (its description beside it) opens it in a tab and shows its rows."""
    page = QueryPage(browser, served)
    try:
        names = page.page.locator("#named-list button.open").all_text_contents()
        assert sorted(names) == sorted(q.stem for q in (REPO / "examples" / "queries").glob("*.rq"))
        assert "most-cited" in names
        described = page.page.locator("#named-list li:has(button[data-name='most-cited']) .what")
        assert described.text_content().startswith("The most-cited acts and documents")
        page.page.click("button[data-name='most-cited']")
        rows = page.rows()
        assert rows and any("A/RES/55/25" in " ".join(r) for r in rows)
        assert (
            page.page.locator(".yasgui .tabsList .tab.active")
            .text_content()
            .startswith("most-cited")
        )
        # A parameter: bound with VALUES from the field beside the query.
        page.page.fill("li:has(button[data-name='cited-by']) input", "A/RES/70/1")
        page.page.click("button[data-name='cited-by']")
        text = page.page.evaluate("mandateQuery.yasgui.getTab().getYasqe().getValue()")
        assert 'VALUES ?key { "A/RES/70/1" }' in text
        assert any("A/70/100" in " ".join(r) for r in page.rows())
        # Downloads come from the server (its CSV quotes formulas), not from the browser.
        assert not page.page.locator(".tabPanel.active .yasr_downloadIcon").is_visible()
        href = page.page.get_attribute("#dl-csv", "href")
        status, headers, body = get(urllib.parse.urljoin(served.url + "/", href))
        assert status == 200 and headers["Content-Type"].startswith("text/csv")
        assert body.decode().splitlines()[0] == "key,citing,date,relation,evidence"
        assert page.errors == [] and page.outside == []
    finally:
        page.context.close()


@pytest.mark.browser
def test_query_page_links_iris_and_keeps_text_as_text(browser, served):
    page = QueryPage(browser, served)
    try:
        yasqe = "mandateQuery.yasgui.getTab().getYasqe()"
        page.page.evaluate(
            f"{yasqe}.setValue('SELECT ?d ?title WHERE {{ ?d dct:title ?title }} "
            f"ORDER BY ?title'); {yasqe}.query().catch(() => null)"
        )
        cells = [c for row in page.rows() for c in row]
        assert any(HOSTILE_TITLE in c for c in cells)  # the text itself
        assert page.page.locator(".yasr img").count() == 0
        assert page.page.evaluate("window.pwned") is None
        hrefs = page.page.evaluate(
            "[...document.querySelectorAll('.yasr a.iri[href]')].map(a => a.href)"
        )
        assert hrefs and all(
            h.startswith(("https://undocs.org/", served.url + "/node?iri=")) for h in hrefs
        ), hrefs
        node = next(h for h in hrefs if "/node?iri=" in h)
        status, headers, body = get(node)
        assert status == 200 and b"mg-network" in body  # the graph page of that node
        # An unknown prefix: the server's one line, shown as the error.
        page.page.evaluate(
            f"{yasqe}.setValue('SELECT * WHERE {{ ?s foo:p ?o }}'); "
            f"{yasqe}.query().catch(() => null)"
        )
        page.page.wait_for_selector(".tabPanel.active .yasr .errorResult", timeout=15_000)
        error = page.page.text_content(".tabPanel.active .yasr .errorResult")
        assert "unknown prefix foo: (known: mg," in error
        assert page.outside == []
    finally:
        page.context.close()


def test_an_unknown_prefix_over_http_is_one_line(served):
    status, _, body = query(served, "SELECT * WHERE { ?s foo:p ?o }")
    assert status == 400
    assert body.decode().splitlines() == [
        "unknown prefix foo: (known: mg, rdf, rdfs, xsd, dct, dcterms, cito, prov, skos, owl, eli);"
        " declare it with PREFIX foo: <IRI>"
    ]


def test_static_files_stay_inside_their_folder(served):
    assert get(f"{served.url}/static/yasgui/yasgui.min.js")[0] == 200
    assert get(f"{served.url}/static/yasgui/LICENSE")[0] == 200
    for path in ("/static/../page.py", "/static/%2e%2e/page.py", "/static/", "/static/nope.js"):
        assert get(f"{served.url}{path}")[0] == 404, path
    status, headers, body = get(f"{served.url}/")
    csp = headers["Content-Security-Policy"]
    assert "script-src 'self';" in csp and "connect-src 'self'" in csp and "http" not in csp
