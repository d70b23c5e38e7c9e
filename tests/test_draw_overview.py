"""A page of more than a few hundred nodes opens on an overview a person can read: boxes per body,
then session or year, with counts, opened by a click, every node one click away."""

from __future__ import annotations

from pathlib import Path

import networkx as nx
import pytest
from draw_samples import chain_graph
from test_draw_browser import browser, open_page  # noqa: F401  (fixtures)

from graph.draw import write_page
from graph.draw.overview import OVERVIEW_AT, overview

pytestmark = pytest.mark.browser


def many_acts(n: int) -> nx.MultiDiGraph:
    """n resolutions of three bodies over 30 years, each requesting an older one; a session."""
    g = nx.MultiDiGraph()
    bodies = ("S", "A", "E")
    g.add_node(
        "sess",
        key="A session 70",
        kind="session",
        label="A session 70",
        body="A",
        cited=0,
        iri="urn:sess",
    )
    for i in range(n):
        body = bodies[i % 3]
        key = f"{body}/RES/{i}"
        g.add_node(
            key,
            key=key,
            kind="resolution",
            label=key,
            body=body,
            cited=0,
            date=f"{1990 + (i // 3) % 30}-01-01",
            iri=f"https://undocs.org/{key}",
        )
        if i >= 3:
            g.add_edge(
                key,
                f"{bodies[(i - 3) % 3]}/RES/{i - 3}",
                relation="requestedBy",
                evidence="As requested.",
                source="s",
            )
    g.add_edge("A/RES/1", "sess", relation="adoptedAt")
    return g


def test_groups_count_every_node_once_by_body_then_session_or_year() -> None:
    g = many_acts(600)
    groups, member = overview(g, {"S": "Security Council"})
    roots = [x for x in groups if x["parent"] is None]
    assert [x["label"] for x in roots] == ["A", "E", "S — Security Council"]  # biggest first
    assert sum(x["count"] for x in roots) == g.number_of_nodes()
    assert [groups[i]["label"] for i in member["A/RES/1"]] == ["A", "A session 70"]
    assert [groups[i]["label"] for i in member["S/RES/3"]] == ["S — Security Council", "1990s"]
    for path in member.values():  # each step of a path is a child of the one before
        assert groups[path[0]]["parent"] is None
        assert all(groups[b]["parent"] == a for a, b in zip(path, path[1:], strict=False))


def test_a_big_page_opens_on_readable_groups(open_page, tmp_path: Path) -> None:  # noqa: F811
    g = many_acts(OVERVIEW_AT + 300)
    write_page(g, tmp_path / "g.html")
    opened = open_page(tmp_path / "g.html")
    boxes = opened.js("mandateGraph.nodes.get().map(n => n.label)")
    assert sorted(boxes) == [
        "A — General Assembly\n201 nodes",
        "E — Economic and Social Council\n200 nodes",
        "S — Security Council\n200 nodes",
    ]
    # Legible at the zoom the page opens at: box text at least 11 px on screen.
    assert opened.js("mandateGraph.network.getScale()") * 18 >= 11
    a = opened.js("mandateGraph.groups.findIndex(x => x.label.startsWith('A —'))")
    opened.js(f"mandateGraph.openGroup({a})")
    labels = opened.js("mandateGraph.nodes.get().map(n => n.label.split('\\n')[0])")
    assert "A session 70" in labels and "1990s" in labels and "A — General Assembly" not in labels
    assert opened.js("mandateGraph.network.getScale()") * 15 >= 9
    # Searching a node inside closed groups opens them and selects it.
    opened.js("mandateGraph.search('S/RES/6')")
    assert opened.js("mandateGraph.nodes.get(mandateGraph.state.selected).mg.key") == "S/RES/6"
    opened.js("mandateGraph.showAll()")
    assert opened.js("mandateGraph.nodes.length") == g.number_of_nodes()
    opened.js("mandateGraph.showOverview()")
    assert opened.js("mandateGraph.nodes.length") == 3
    opened.assert_clean()


def test_a_small_page_draws_every_node_without_groups(
    open_page,  # noqa: F811
    tmp_path: Path,
) -> None:
    write_page(chain_graph(), tmp_path / "g.html")
    opened = open_page(tmp_path / "g.html")
    assert opened.js("mandateGraph.groups.length") == 0
    assert opened.js("document.getElementById('mg-overview').hidden")
    opened.assert_clean()
