"""The networkx view of the store: stable attributes, filters, and GraphML/GEXF round trips."""

from __future__ import annotations

import networkx as nx
import pytest
from graph_helpers import make_store, sample_records

from graph.errors import NotFoundError, UsageError
from graph.network.whole import to_networkx

NODE_ATTRS = {"key", "kind", "label", "title", "date", "body", "iri", "cited", "ingested"}
EDGE_ATTRS = {"relation", "evidence", "source", "date"}


@pytest.fixture(scope="module")
def store():
    return make_store(sample_records())


def by_key(g):
    return {a["key"]: a for _, a in g.nodes(data=True)}


def links(g):
    return {(g.nodes[u]["key"], a["relation"], g.nodes[v]["key"]) for u, v, a in g.edges(data=True)}


def test_nodes_and_edges_carry_the_contract_attributes_as_plain_values(store):
    g = to_networkx(store)
    assert isinstance(g, nx.MultiDiGraph)
    for _, attrs in g.nodes(data=True):
        assert set(attrs) == NODE_ATTRS
        assert all(type(v) in (str, int) for v in attrs.values())
    for _, _, attrs in g.edges(data=True):
        assert set(attrs) == EDGE_ATTRS
        assert all(type(v) is str for v in attrs.values())


def test_edges_run_from_the_mandated_to_the_mandating_act_with_their_evidence(store):
    g = to_networkx(store)
    (edge,) = [
        a
        for u, v, a in g.edges(data=True)
        if g.nodes[u]["key"] == "CTOC/COP/WG.2" and a["relation"] == "establishedBy"
    ]
    assert edge == {
        "relation": "establishedBy",
        "evidence": "The Working Group was established pursuant to decision 2/6.",
        "source": "CTOC/COP/2014/1",
        "date": "2014-06-12",
    }
    assert ("A/RES/70/1", "recalls", "A/RES/55/25") in links(g)
    assert len(links(g)) == g.number_of_edges()  # one edge per statement, no duplicates


def test_node_attributes(store):
    nodes = by_key(to_networkx(store))
    decision = nodes["CTOC/COP decision 2/6"]
    assert (decision["kind"], decision["date"], decision["body"]) == (
        "decision",
        "2010-10-22",
        "CTOC/COP",
    )
    assert decision["cited"] == 2 and decision["ingested"] == 0
    assert decision["iri"] == "https://w3id.org/mandate-graph/id/CTOC/COP_decision_2/6"
    report = nodes["CTOC/COP/2014/1"]
    assert report["ingested"] == 1 and report["title"].startswith("Report on the meeting")
    assert nodes["A/RES/70/1"]["kind"] == "resolution"
    assert nodes["CTOC/COP session 7"]["kind"] == "session"
    untitled = [a for a in nodes.values() if a["iri"].split("/")[-2] == "doc"]
    assert [a["label"] for a in untitled] == ["meeting notes.txt"]


def test_key_and_radius_give_a_neighbourhood_with_the_whole_chain(store):
    g = to_networkx(store, key="CTOC/COP/WG.2", radius=1)
    assert set(by_key(g)) == {
        "CTOC/COP/WG.2",
        "CTOC/COP decision 2/6",
        "CTOC/COP decision 4/3",
        "A/RES/55/25",
    }  # 55/25 is two links away, but up the chain
    wider = to_networkx(store, key="CTOC/COP/2014/1", radius=1)
    assert {"CTOC/COP/WG.2", "A/70/100", "CTOC/COP resolution 6/1"} <= set(by_key(wider))
    assert "A/RES/70/1" not in by_key(wider)
    assert "A/RES/70/1" in by_key(to_networkx(store, key="CTOC/COP/2014/1", radius=2))
    alone = to_networkx(store, key="A/70/100", radius=0)
    assert set(by_key(alone)) == {"A/70/100"}
    with pytest.raises(NotFoundError):
        to_networkx(store, key="Z/999")


def test_chain_down_only_when_asked(store):
    down = to_networkx(store, key="A/RES/55/25", radius=0)
    assert "CTOC/COP/WG.2" in by_key(down)
    up_only = to_networkx(store, key="A/RES/55/25", radius=0, down=False)
    assert set(by_key(up_only)) == {"A/RES/55/25"}


def test_filters_by_relation_body_and_year(store):
    mandates = to_networkx(store, relations=["mandatedBy"])
    assert {r for _, r, _ in links(mandates)} == {
        "establishedBy",
        "extendedBy",
        "pursuantTo",
        "requestedBy",
        "inAccordanceWith",
    }
    assert "A/70/100" not in by_key(mandates)  # it only cites
    cop = to_networkx(store, bodies=["CTOC/COP"])
    assert all(a["body"].startswith("CTOC/COP") for a in by_key(cop).values())
    assert ("CTOC/COP/WG.2", "establishedBy", "CTOC/COP decision 2/6") in links(cop)
    recent = to_networkx(store, since=2015)
    assert {a["date"][:4] for _, _, a in recent.edges(data=True)} <= {"2015", "2016"}
    assert ("A/70/100", "cites", "A/RES/70/1") in links(recent)
    assert "CTOC/COP/2010/17" not in by_key(recent)
    with pytest.raises(UsageError, match="unknown relation"):
        to_networkx(store, relations=["likes"])


def test_graphml_and_gexf_can_carry_it(store, tmp_path):
    g = to_networkx(store)
    nx.write_graphml(g, tmp_path / "g.graphml")
    nx.write_gexf(g, tmp_path / "g.gexf")
    back = nx.read_graphml(tmp_path / "g.graphml")
    assert back.number_of_nodes() == g.number_of_nodes()
    assert back.number_of_edges() == g.number_of_edges()
    assert nx.read_gexf(tmp_path / "g.gexf").number_of_edges() == g.number_of_edges()


def test_an_empty_store_is_an_empty_graph():
    g = to_networkx(make_store([]))
    assert g.number_of_nodes() == 0 and g.number_of_edges() == 0
