"""Graphs for the drawing tests: a small mandate chain and one full of hostile text.

Both are shaped like `graph.network.to_networkx` output (node attrs key, kind, label, title,
date, body, iri, cited; edge attrs relation, evidence, source, date; edges from the mandated to
the mandating act), so the page can be tested without a store.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import networkx as nx
from graph_helpers import record, ref

# Text that would run code if the page ever treated document text as HTML or script.
# Each sets window.__pwned (or opens a dialog), which the browser tests watch.
PAYLOADS = (
    '<img src=x onerror="window.__pwned=1;alert(1)">',
    "</script><script>window.__pwned=2;alert(2)</script>",
    '<a href="javascript:window.__pwned=3">href</a>',
    "javascript:window.__pwned=4",
    '"><svg onload="window.__pwned=5">',
    "<!--<script>window.__pwned=6</script>-->",
    "\u2028\u2029</SCRIPT><script>window.__pwned=7</script>",
    "{{constructor.constructor('window.__pwned=8')()}}",
)


def chain_graph() -> nx.MultiDiGraph:
    """The seed's chain: WG.2 established by decision 2/6, adopted pursuant to A/RES/55/25.

    WG.2/2013/5 is a report of WG.2 submitted to session 7, which also recalls decision 2/6.
    """
    g = nx.MultiDiGraph()

    def node(key: str, kind: str, iri: str, **attrs) -> str:
        g.add_node(
            iri,
            key=key,
            kind=kind,
            label=attrs.pop("label", key),
            iri=iri,
            title=attrs.pop("title", ""),
            date=attrs.pop("date", ""),
            body=attrs.pop("body", ""),
            cited=attrs.pop("cited", 0),
        )
        return iri

    base = "https://w3id.org/mandate-graph/id/"
    ga = node(
        "A/RES/55/25",
        "resolution",
        "https://undocs.org/A/RES/55/25",
        body="A",
        title="United Nations Convention against Transnational Organized Crime",
        date="2000-11-15",
        cited=3,
    )
    dec = node(
        "CTOC/COP decision 2/6",
        "decision",
        base + "CTOC/COP_decision_2/6",
        body="CTOC/COP",
        date="2004-10-08",
        cited=2,
    )
    wg = node(
        "CTOC/COP/WG.2",
        "body",
        base + "body/CTOC/COP/WG.2",
        body="CTOC/COP/WG.2",
        title="Working Group of Government Experts on Technical Assistance",
        cited=1,
    )
    rep = node(
        "CTOC/COP/WG.2/2013/5",
        "document",
        "https://undocs.org/CTOC/COP/WG.2/2013/5",
        body="CTOC/COP/WG.2",
        date="2013-08-01",
        title="Report on the meeting",
    )
    ses = node("CTOC/COP session 7", "session", base + "CTOC/COP_session_7", body="CTOC/COP")
    g.add_edge(
        wg,
        dec,
        relation="establishedBy",
        source="CTOC/COP/2014/1",
        date="2014-06-12",
        evidence="The Working Group was established pursuant to decision 2/6.",
    )
    g.add_edge(
        dec,
        ga,
        relation="pursuantTo",
        source="CTOC/COP/2010/17",
        date="2010-12-01",
        evidence="Decision 2/6 was adopted pursuant to resolution 55/25.",
    )
    g.add_edge(rep, wg, relation="reportOf", source="CTOC/COP/WG.2/2013/5", evidence="")
    g.add_edge(rep, ses, relation="submittedTo", source="CTOC/COP/WG.2/2013/5", evidence="")
    g.add_edge(
        rep,
        dec,
        relation="recalls",
        source="CTOC/COP/WG.2/2013/5",
        evidence="Recalling decision 2/6 of the Conference.",
    )
    return g


def hostile_graph() -> nx.MultiDiGraph:
    """Every text field of every node and edge carries one of PAYLOADS."""
    g = nx.MultiDiGraph()
    iris = [
        "https://undocs.org/A/RES/1/1",
        'https://undocs.org/A/RES/2/2"><script>window.__pwned=9</script>',
        "javascript:window.__pwned=10",
        "https://undocs.org.evil.example/A/RES/3/3",
        "https://w3id.org/mandate-graph/id/body/X",
    ]
    kinds = ("resolution", "decision", "document", "body", "session")
    for i, iri in enumerate(iris):
        p = PAYLOADS[i % len(PAYLOADS)]
        g.add_node(
            iri,
            key=f"K{i} {p}",
            kind=kinds[i],
            label=f"L{i} {p}",
            iri=iri,
            title=f"T{i} {PAYLOADS[(i + 1) % len(PAYLOADS)]} href",
            date=PAYLOADS[(i + 2) % len(PAYLOADS)],
            body=PAYLOADS[(i + 3) % len(PAYLOADS)],
            cited=i,
        )
    relations = ("establishedBy", "requestedBy", "recalls", "mentions", "pursuantTo")
    for i, (u, v) in enumerate(zip(iris, iris[1:] + iris[:1], strict=True)):
        n = len(PAYLOADS)
        g.add_edge(
            u,
            v,
            relation=relations[i],
            evidence=f"E{i} {PAYLOADS[(i + 4) % n]}",
            source=PAYLOADS[(i + 5) % n],
            date=PAYLOADS[(i + 6) % n],
        )
    return g


def hostile_records():
    """Records whose titles, evidence sentences and file names carry PAYLOADS, for a store."""
    return [
        record(
            "A/RES/90/1",
            [
                ref("resolution", "A/RES/90/2", "requestedBy", evidence=PAYLOADS[0]),
                ref("document", "A/90/3", "recalls", evidence=PAYLOADS[1]),
            ],
            body="A",
            date="2030-01-01",
            title=PAYLOADS[2] + " href",
            doc_kind="resolution",
        ),
        record(
            "A/RES/90/2",
            [
                ref("resolution", "A/RES/90/4", "establishedBy", evidence=PAYLOADS[3]),
            ],
            body="A",
            date="2029-01-01",
            title=PAYLOADS[4],
            doc_kind="resolution",
        ),
        record(
            None,
            [ref("document", "A/90/3", "cites", evidence=PAYLOADS[6])],
            title=PAYLOADS[5],
            source="docs/" + PAYLOADS[1].replace("/", "_") + ".txt",
        ),
    ]


_DATA = re.compile(r'<script type="application/json" id="mg-data">(.*?)</script>', re.S)


def page_data(path: Path) -> dict:
    """The JSON embedded in a written page."""
    match = _DATA.search(path.read_text(encoding="utf-8"))
    assert match, f"{path} has no data block"
    return json.loads(match.group(1))
