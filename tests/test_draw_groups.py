"""The grouped page of a big store, counted inside the store: the same groups, members and links
as grouping the full networkx graph, without building that graph."""

from __future__ import annotations

from pathlib import Path

import pytest
from draw_samples import page_data
from graph_helpers import make_store, record, ref, sample_records

import graph.network.whole
from graph.draw import draw_html
from graph.draw.groups import grouped_graph
from graph.draw.view import cluster_by_body
from graph.network.whole import expand_relations, to_networkx


def tricky_records():
    """The sample graph, plus what a store counted from its relation statements could miscount:
    one document in two languages (two graphs, one citing document), a document that both
    recalls and cites an act (`cites` is also written for the recall), header facts written with
    relation properties (issuedBy, adoptedAt) besides references of those relations, and a
    reference whose subject is its target (no edge)."""
    refs = [
        ref("resolution", "A/RES/70/1", "recalls", body="A", start=0),
        ref("resolution", "A/RES/70/1", "cites", body="A", start=40),
        ref("resolution", "A/RES/55/25", "recalls", body="A", start=80),
        ref("body", "E/CN.15", "issuedBy", start=120),
        ref("session", "A session 70", "adoptedAt", body="A", start=160),
        ref("resolution", "A/RES/55/25", "endorses", subject="A/RES/55/25", start=200),
    ]
    versions = [
        record(
            "A/70/200",
            refs,
            body="A",
            date="2015-12-01",
            language=lang,
            doc_kind="report",
            source=f"docs/A_70_200_{lang}.txt",
            session="A session 70",
        )
        for lang in ("en", "fr")
    ]
    untyped_subject = record(
        "A/70/300",
        [
            ref("document", "A/70/200", "reportOf", subject="A/70/301", start=0),
        ],
        body="A",
        date="2016-02-02",
        doc_kind="report",
    )
    return sample_records() + versions + [untyped_subject]


@pytest.fixture(scope="module")
def store():
    return make_store(tricky_records())


def _dump(g):
    return ([(n, a) for n, a in g.nodes(data=True)], [(u, v, a) for u, v, a in g.edges(data=True)])


@pytest.mark.parametrize(
    ("relations", "bodies", "limit"),
    [
        (None, None, 5000),
        (None, None, 3),
        (["mandatedBy"], None, 5000),
        (["cites", "issuedBy", "adoptedAt"], None, 5000),
        (["recalls"], None, 2),
        (None, ["A"], 5000),
        (None, ["CTOC/COP", "E"], 5000),
        (None, ["Z"], 5000),
    ],
)
def test_groups_counted_in_the_store_match_grouping_the_networkx_graph(
    store, relations, bodies, limit
):
    full = to_networkx(store, relations=relations, bodies=bodies)
    expected = cluster_by_body(full, limit)
    found = grouped_graph(store, expand_relations(relations), limit, bodies=bodies)
    assert found is not None
    graph, total_nodes, total_edges = found
    assert (total_nodes, total_edges) == (full.number_of_nodes(), full.number_of_edges())
    assert _dump(graph) == _dump(expected)


def test_the_two_language_versions_state_each_reference_once(store):
    full = to_networkx(store)
    recalls = [
        a
        for u, v, a in full.edges(data=True)
        if full.nodes[u]["key"] == "A/70/200" and a["relation"] == "recalls"
    ]
    assert len(recalls) == 2  # 70/1 and 55/25, not twice each
    graph, _nodes, edges = grouped_graph(store, None, 5000)
    assert edges == full.number_of_edges()


def test_a_small_store_is_not_grouped(store):
    nodes = to_networkx(store).number_of_nodes()
    assert grouped_graph(store, None, 5000, at_least=nodes) is None
    assert grouped_graph(store, None, 5000, at_least=nodes - 1) is not None


def test_draw_html_groups_a_big_store_without_building_its_graph(
    store, tmp_path: Path, monkeypatch
) -> None:
    full = to_networkx(store)
    expected = cluster_by_body(full, 4)

    def refuse(*_args, **_kwargs):
        raise AssertionError("the whole graph was built")

    monkeypatch.setattr(graph.network.whole, "to_networkx", refuse)
    out = tmp_path / "g.html"
    report = draw_html(store, out, max_nodes=4)
    assert report.clustered
    assert (report.total_nodes, report.total_edges) == (
        full.number_of_nodes(),
        full.number_of_edges(),
    )
    data = page_data(out)
    assert sorted(n["mg"]["key"] for n in data["nodes"]) == sorted(expected.nodes)
    assert data["meta"]["totalNodes"] == full.number_of_nodes()
    assert f"{full.number_of_nodes():,} nodes" in out.read_text(encoding="utf-8")


def test_draw_html_page_is_the_same_either_way(store, tmp_path: Path) -> None:
    """The page made from the store's counts is the page made from the grouped full graph."""
    from graph.draw import Selection, write_page

    for relations in (None, ("mandatedBy",)):
        selection = Selection(store=":memory:", relations=relations or ())
        draw_html(store, tmp_path / "a.html", relations=relations, max_nodes=3)
        write_page(
            to_networkx(store, relations=relations),
            tmp_path / "b.html",
            selection=selection,
            max_nodes=3,
        )
        assert (tmp_path / "a.html").read_bytes() == (tmp_path / "b.html").read_bytes()


def test_filters_the_store_cannot_count_fall_back_to_the_full_graph(store, tmp_path) -> None:
    for options in ({"since": 2015}, {"relations": ["recalls"], "bodies": ["A"]}):
        report = draw_html(store, tmp_path / "g.html", max_nodes=2, **options)
        full = to_networkx(store, **options)
        assert report.clustered
        assert (report.total_nodes, report.total_edges) == (
            full.number_of_nodes(),
            full.number_of_edges(),
        )
