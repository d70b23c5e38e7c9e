"""The HTML page, without a browser: what it embeds, what it refuses, how it is written.

The browser tests (test_draw_browser.py) open the pages for real; these check the file itself.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import re
from pathlib import Path

import networkx as nx
import pytest
from draw_samples import PAYLOADS, chain_graph, hostile_graph, hostile_records, page_data
from graph_helpers import make_store, sample_records

from graph.draw import DrawReport, Selection, draw_html, write_page
from graph.draw.layout import initial_positions
from graph.draw.page import script_json, vis_assets
from graph.draw.style import KIND_STYLES, RELATION_STYLES, kind_style, node_size, relation_words
from graph.draw.view import build_view, undocs_link
from graph.errors import ExportError, UsageError
from graph.model import CITATION_RELATIONS, KINDS, STATEMENT_RELATIONS
from graph.network.whole import to_networkx


def _nodes_by_key(data: dict) -> dict[str, dict]:
    return {n["mg"]["key"]: n for n in data["nodes"]}


# -- the page is one self-contained file ---------------------------------------------------------
def test_page_loads_nothing_from_anywhere(tmp_path: Path) -> None:
    out = tmp_path / "g.html"
    write_page(chain_graph(), out)
    html = out.read_text(encoding="utf-8")
    # No element fetches anything: no src/href attribute in markup, no <link>, <iframe>, @import.
    tags = _tags(_markup_only(html))
    assert {t for t, _a in tags} == _PAGE_TAGS
    for _tag, attrs in tags:
        assert not re.search(r"\b(src|href|action|data|poster)\s*=", attrs), attrs
    assert "@import" not in html
    assert "url(" not in _between(html, "<style>", "</style>").replace('url("data:', "")


def test_content_security_policy_allows_only_the_pages_own_scripts(tmp_path: Path) -> None:
    out = tmp_path / "g.html"
    write_page(chain_graph(), out)
    html = out.read_text(encoding="utf-8")
    csp = re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', html).group(1)
    csp = csp.replace("&#x27;", "'")
    assert "default-src 'none'" in csp
    assert "unsafe-inline" not in csp and "unsafe-eval" not in csp
    scripts = re.findall(r"<script>(.*?)</script>", html, re.S)
    assert len(scripts) == 2  # vis-network and the page script; the data block is not run
    for body in scripts:
        digest = base64.b64encode(hashlib.sha256(body.encode()).digest()).decode()
        assert f"'sha256-{digest}'" in csp
    style = _between(html, "<style>", "</style>")
    assert base64.b64encode(hashlib.sha256(style.encode()).digest()).decode() in csp


def test_vis_network_is_inlined_from_pyvis() -> None:
    js, css = vis_assets()
    assert "vis-network" in js[:2000] or "vis" in js[:200]
    assert len(js) > 100_000 and ".vis-network" in css
    assert "</script" not in js.lower() and "</style" not in css.lower()


# -- text from documents stays text --------------------------------------------------------------
def test_script_json_cannot_close_the_script_element() -> None:
    value = {"t": "</script><script>x()</script><!-- & \u2028\u2029 >"}
    text = script_json(value)
    assert not set(text) & {"<", ">", "&", "\u2028", "\u2029"}
    assert json.loads(text) == value


def test_hostile_text_appears_only_escaped(tmp_path: Path) -> None:
    out = tmp_path / "g.html"
    write_page(
        hostile_graph(),
        out,
        selection=Selection(store=PAYLOADS[0], key=PAYLOADS[1], bodies=(PAYLOADS[2],)),
    )
    html = out.read_text(encoding="utf-8")
    markup = _markup_only(html)
    for piece in ("<img", "<svg", "<a ", "<script>window", "<!--"):
        assert piece not in markup, piece
    tags = _tags(markup)
    assert {t for t, _a in tags} == _PAGE_TAGS
    assert not [a for _t, a in tags if re.search(r"\bon\w+\s*=|javascript:", a, re.I)]
    # The data block holds the payloads intact (as JSON), for the page to show as text.
    data = page_data(out)
    shown = json.dumps(data, ensure_ascii=False)
    for payload in PAYLOADS:
        assert json.dumps(payload, ensure_ascii=False)[1:-1] in shown
    # No node or edge gives vis-network a `title` (its tooltips may render HTML).
    assert all("title" not in n for n in data["nodes"])
    assert all("title" not in e for e in data["edges"])


def test_header_and_title_escape_the_selection(tmp_path: Path) -> None:
    out = tmp_path / "g.html"
    write_page(chain_graph(), out, selection=Selection(store="s.db", key="<b>K</b>"))
    head = _between(out.read_text(encoding="utf-8"), "<title>", "</title>")
    assert head.startswith("Mandate Graph: &lt;b&gt;K&lt;/b&gt;")


@pytest.mark.parametrize(
    ("iri", "link"),
    [
        ("https://undocs.org/A/RES/70/1", "https://undocs.org/A/RES/70/1"),
        (
            "https://undocs.org/en/CTOC/COP/WG.2/2013/5",
            "https://undocs.org/en/CTOC/COP/WG.2/2013/5",
        ),
        ("http://undocs.org/A/RES/70/1", None),
        ("https://undocs.org.evil.example/A", None),
        ("https://undocs.org@evil.example/A", None),
        ('https://undocs.org/A"><script>', None),
        ("https://undocs.org/A B", None),
        ("javascript:alert(1)//https://undocs.org/", None),
        ("https://w3id.org/mandate-graph/id/body/A", None),
        ("", None),
        (None, None),
    ],
)
def test_links_only_to_undocs(iri: str | None, link: str | None) -> None:
    assert undocs_link(iri) == link


# -- what the page shows -------------------------------------------------------------------------
def test_nodes_by_kind_sized_by_citations_edges_by_relation(tmp_path: Path) -> None:
    graph = chain_graph()
    out = tmp_path / "g.html"
    report = write_page(graph, out, selection=Selection(store="s.db"))
    assert report == DrawReport(5, 5, out, False, 5, 5, out.stat().st_size)
    data = page_data(out)
    nodes = _nodes_by_key(data)
    for node in nodes.values():
        style = KIND_STYLES[node["mg"]["kind"]]
        assert (node["shape"], node["color"]["background"]) == (style.shape, style.colour)
    assert (
        nodes["A/RES/55/25"]["size"]
        > nodes["CTOC/COP decision 2/6"]["size"]
        > nodes["CTOC/COP session 7"]["size"]
    )
    ids = {key: n["id"] for key, n in nodes.items()}
    established = next(e for e in data["edges"] if e["mg"]["relation"] == "establishedBy")
    # From the mandated (the Working Group) to the mandating act (decision 2/6).
    assert (established["from"], established["to"]) == (
        ids["CTOC/COP/WG.2"],
        ids["CTOC/COP decision 2/6"],
    )
    assert established["label"] == "established by"  # words, not a property name
    assert established["mg"]["words"] == "established by"
    assert established["color"]["color"] == RELATION_STYLES["establishedBy"].colour
    assert established["mg"]["evidence"][0]["text"].startswith("The Working Group was")
    assert nodes["A/RES/55/25"]["mg"]["link"] == "https://undocs.org/A/RES/55/25"
    assert "link" not in nodes["CTOC/COP session 7"]["mg"]
    legend = data["meta"]
    assert [k["kind"] for k in legend["kinds"]] == [
        "resolution",
        "decision",
        "document",
        "session",
        "body",
    ]
    assert [r["relation"] for r in legend["relations"]][:2] == ["establishedBy", "pursuantTo"]
    assert "CTOC/COP decision 2/6" in data["keys"]


def test_title_and_header_say_what_is_shown(tmp_path: Path) -> None:
    out = tmp_path / "g.html"
    selection = Selection(
        store="/data/un.db",
        key="CTOC/COP/WG.2",
        radius=2,
        relations=("establishedBy",),
        bodies=("CTOC/COP",),
        since=2010,
    )
    write_page(chain_graph(), out, selection=selection)
    html = out.read_text(encoding="utf-8")
    assert "<title>Mandate Graph: CTOC/COP/WG.2 (5 nodes, 5 edges)</title>" in html
    summary = _between(html, '<p id="mg-summary">', "</p>")
    assert summary == (
        "store /data/un.db · focus CTOC/COP/WG.2 · radius 2 · relations "
        "establishedBy · bodies CTOC/COP · since 2010 · 5 nodes, 5 edges"
    )
    focus = page_data(out)["meta"]["focus"]
    assert _nodes_by_key(page_data(out))["CTOC/COP/WG.2"]["id"] == focus


def test_every_kind_and_relation_has_a_distinct_style() -> None:
    assert set(KINDS) <= set(KIND_STYLES)
    chain = [RELATION_STYLES[r].colour for r in STATEMENT_RELATIONS]
    cites = [RELATION_STYLES[r].colour for r in CITATION_RELATIONS]
    assert len(set(chain + cites)) == len(chain + cites)
    assert kind_style("no such kind").shape == "star"
    assert node_size(0) < node_size(1) < node_size(10) < node_size(1000) <= 80


def test_parallel_relations_between_two_acts_are_bent_apart() -> None:
    g = chain_graph()
    u, v = "https://undocs.org/CTOC/COP/WG.2/2013/5", "https://undocs.org/A/RES/55/25"
    g.add_edge(u, v, relation="recalls", evidence="a", source="s")
    g.add_edge(u, v, relation="recalls", evidence="b", source="t")
    g.add_edge(u, v, relation="pursuantTo", evidence="c", source="t")
    view = build_view(g)
    pair = [
        e
        for e in view.edges
        if {e["from"], e["to"]} == {_id(view, "CTOC/COP/WG.2/2013/5"), _id(view, "A/RES/55/25")}
    ]
    assert len(pair) == 2  # two recalls merged into one line, one pursuantTo
    recalls = next(e for e in pair if e["mg"]["relation"] == "recalls")
    assert recalls["mg"]["count"] == 2 and recalls["label"] == "recalls ×2"
    assert relation_words("inAccordanceWith") == "in accordance with"
    assert relation_words("requestedBy") == "requested by"
    assert [q["text"] for q in recalls["mg"]["evidence"]] == ["a", "b"]
    assert sum("smooth" in e for e in pair) == 1


def test_empty_graph_still_writes_a_page(tmp_path: Path) -> None:
    report = write_page(nx.MultiDiGraph(), tmp_path / "g.html")
    assert (report.nodes, report.edges, report.clustered) == (0, 0, False)
    assert page_data(tmp_path / "g.html")["nodes"] == []


# -- scale ---------------------------------------------------------------------------------------
def test_too_many_nodes_are_grouped_by_body_with_a_hint(tmp_path: Path) -> None:
    out = tmp_path / "g.html"
    report = write_page(chain_graph(), out, max_nodes=3)
    assert report.clustered and report.total_nodes == 5 and report.total_edges == 5
    data = page_data(out)
    groups = _nodes_by_key(data)
    assert set(groups) == {"A", "CTOC/COP", "CTOC/COP/WG.2"}
    assert groups["CTOC/COP/WG.2"]["mg"]["members"] == 2  # the body and its report
    assert sum(n["mg"]["members"] for n in groups.values()) == 5
    html = out.read_text(encoding="utf-8")
    notice = _between(html, '<p id="mg-notice" role="status">', "</p>")
    for hint in ("--radius", "--relation", "--body", "--since"):
        assert hint in notice
    assert "5 nodes" in notice
    links = {(e["from"], e["to"]): e["mg"] for e in data["edges"]}
    cop_to_a = links[(groups["CTOC/COP"]["id"], groups["A"]["id"])]
    assert cop_to_a["relation"] == "mandatedBy" and cop_to_a["breakdown"] == [["pursuantTo", 1]]


def test_big_views_get_positions_and_solid_edges() -> None:
    g = nx.MultiDiGraph()
    for i in range(1200):
        g.add_node(i, key=f"D/{i}", kind="document", iri=f"https://undocs.org/D/{i}", cited=0)
        if i:
            g.add_edge(i, i // 3, relation="recalls", evidence="x", source="s")
    view = build_view(g)
    assert all("x" in n and "y" in n for n in view.nodes)
    assert all(e["dashes"] is False for e in view.edges)
    assert view.options["edges"]["smooth"] is False
    assert not view.options["layout"]["improvedLayout"]


def test_initial_positions_are_spread_and_deterministic() -> None:
    g = nx.MultiDiGraph()
    g.add_edges_from([(0, 1), (0, 2), (2, 3), (4, 5)])
    g.add_node(6)
    first = initial_positions(g)
    assert first == initial_positions(g) and set(first) == set(range(7))
    assert len(set(first.values())) == 7
    assert (
        min(
            abs(ax - bx) + abs(ay - by)
            for a, (ax, ay) in first.items()
            for b, (bx, by) in first.items()
            if a != b
        )
        > 10
    )


# -- writing the file ----------------------------------------------------------------------------
def test_a_failed_write_keeps_the_old_page_and_leaves_no_temp_file(tmp_path, monkeypatch) -> None:
    out = tmp_path / "g.html"
    out.write_text("old page")

    def broken(*_args, **_kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", broken)
    with pytest.raises(ExportError, match="No space left on device"):
        write_page(chain_graph(), out)
    assert out.read_text() == "old page"
    assert [p.name for p in tmp_path.iterdir()] == ["g.html"]


def test_an_interrupted_write_keeps_the_old_page(tmp_path, monkeypatch) -> None:
    out = tmp_path / "g.html"
    out.write_text("old page")
    monkeypatch.setattr(os, "fsync", _raise_keyboard_interrupt)  # Ctrl-C halfway through
    with pytest.raises(KeyboardInterrupt):
        write_page(chain_graph(), out)
    assert out.read_text() == "old page"
    assert [p.name for p in tmp_path.iterdir()] == ["g.html"]


def test_writes_into_new_folders_and_refuses_a_folder(tmp_path: Path) -> None:
    report = write_page(chain_graph(), tmp_path / "a" / "b" / "g.html")
    assert report.path.is_file() and oct(report.path.stat().st_mode & 0o777) == "0o644"
    with pytest.raises(UsageError, match="is a folder"):
        write_page(chain_graph(), tmp_path)


def test_an_unwritable_place_is_a_clear_error(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("")
    with pytest.raises(ExportError, match="cannot write .*choose another path"):
        write_page(chain_graph(), blocker / "g.html")


# -- from the store ------------------------------------------------------------------------------
def test_draw_html_from_a_store_matches_the_store(tmp_path: Path) -> None:
    store = make_store(sample_records())
    out = tmp_path / "g.html"
    report = draw_html(store, out)
    expected = to_networkx(store)
    assert (report.nodes, report.clustered) == (expected.number_of_nodes(), False)
    data = page_data(out)
    assert sorted(n["mg"]["key"] for n in data["nodes"]) == sorted(
        a["key"] for _n, a in expected.nodes(data=True)
    )
    assert "store :memory:" in out.read_text(encoding="utf-8")


def test_draw_html_focus_and_filters(tmp_path: Path) -> None:
    store = make_store(sample_records())
    out = tmp_path / "g.html"
    report = draw_html(store, out, key="CTOC/COP/WG.2", relations=["mandatedBy"])
    data = page_data(out)
    nodes = _nodes_by_key(data)
    assert data["meta"]["focus"] == nodes["CTOC/COP/WG.2"]["id"]
    assert {"CTOC/COP decision 2/6", "CTOC/COP decision 4/3", "A/RES/55/25"} <= set(nodes)
    assert {e["mg"]["group"] for e in data["edges"]} == {"mandate"}
    assert report.nodes == len(nodes)
    with pytest.raises(UsageError, match="radius"):
        draw_html(store, out, key="CTOC/COP/WG.2", radius=-1)


def test_draw_html_from_a_hostile_store(tmp_path: Path) -> None:
    store = make_store(hostile_records())
    out = tmp_path / "g.html"
    draw_html(store, out)
    markup = _markup_only(out.read_text(encoding="utf-8"))
    assert {t for t, _a in _tags(markup)} == _PAGE_TAGS
    data = json.dumps(page_data(out), ensure_ascii=False)
    assert all(json.dumps(p, ensure_ascii=False)[1:-1] in data for p in PAYLOADS[:5])


# -- helpers -------------------------------------------------------------------------------------
def _id(view, key: str) -> int:
    return next(n["id"] for n in view.nodes if n["mg"]["key"] == key)


def _between(text: str, start: str, end: str) -> str:
    i = text.index(start) + len(start)
    return text[i : text.index(end, i)]


_PAGE_TAGS = {
    "html",
    "head",
    "meta",
    "title",
    "style",
    "body",
    "header",
    "h1",
    "p",
    "main",
    "div",
    "noscript",
    "aside",
    "form",
    "label",
    "input",
    "button",
    "section",
    "h2",
    "datalist",
    "script",
}


def _tags(markup: str) -> list[tuple[str, str]]:
    """(name, attributes) of every opening tag."""
    return [(t.lower(), a) for t, a in re.findall(r"<([a-zA-Z][a-zA-Z0-9]*)([^>]*)>", markup)]


def _markup_only(html: str) -> str:
    """The page without the bodies of its <script> and <style> elements."""
    html = re.sub(r"(<script[^>]*>).*?(</script>)", r"\1@@\2", html, flags=re.S)
    return re.sub(r"(<style>).*?(</style>)", r"\1\2", html, flags=re.S)


def _raise_keyboard_interrupt(*_args, **_kwargs):
    raise KeyboardInterrupt


def test_relation_names_read_as_the_ontology_labels_them() -> None:
    from graph.vocab.labels import relation_label

    assert relation_label("requestedBy") == "requested by"
    assert relation_label("takesNoteOf") == "takes note of"
    assert relation_label("extends") == "extended by"  # the label says which way it points
    assert relation_label("someNewRelation") == "some new relation"
