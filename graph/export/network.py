"""Network export formats: the networkx graph of graph.network.to_networkx written as CSV edges or
GEXF (GraphML is networkx's own writer, which streams through lxml).

GEXF is written here rather than by networkx, whose writer builds the whole XML tree in memory
first (1.2 GB more at 100k documents): the same elements and attributes, streamed node by node,
without the date of writing (it would make exports differ).
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterator
from typing import IO

from ..console.cells import safe_row
from ..errors import ExportError

# Characters XML 1.0 cannot carry, even escaped: C0 controls but tab, LF and CR; U+FFFE, U+FFFF.
# RDF/XML, GraphML and GEXF are XML. ("\x01", "\x0b", "\uffff")
NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
CSV_COLUMNS = (
    "source",
    "target",
    "relation",
    "document",
    "date",
    "evidence",
    "source_iri",
    "target_iri",
)
# GEXF attribute types by Python type, as networkx writes and reads them back
_GEXF_TYPES = {str: "string", bool: "boolean", int: "long", float: "double"}
# What XML attribute values escape (as ElementTree does: tabs and newlines survive reading)
_ESCAPE = str.maketrans(
    {
        "&": "&amp;",
        "<": "&lt;",
        ">": "&gt;",
        '"': "&quot;",
        "\n": "&#10;",
        "\r": "&#13;",
        "\t": "&#09;",
    }
)
_GEXF_HEAD = (
    "<?xml version='1.0' encoding='utf-8'?>\n"
    '<gexf xmlns="http://www.gexf.net/1.2draft" '
    'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
    'xsi:schemaLocation="http://www.gexf.net/1.2draft http://www.gexf.net/1.2draft/gexf.xsd" '
    'version="1.2">\n'
    "  <meta>\n    <creator>mandate-graph</creator>\n  </meta>\n"
    '  <graph defaultedgetype="directed" mode="static" name="">\n'
)


def check_xml_text(graph, fmt: str) -> None:
    """ExportError when a node or edge carries a character XML cannot."""
    for node, attrs in graph.nodes(data=True):
        for value in (node, *attrs.values()):
            if isinstance(value, str) and NOT_XML.search(value):
                raise ExportError(
                    f"{fmt} (XML) cannot carry the control characters in {node}: "
                    "export as csv-edges instead"
                )
    for _, _, attrs in graph.edges(data=True):
        for value in attrs.values():
            if isinstance(value, str) and NOT_XML.search(value):
                raise ExportError(
                    f"{fmt} (XML) cannot carry the control characters in the "
                    f"evidence {value[:60]!r}: export as csv-edges instead"
                )


def write_csv_edges(graph, out: IO[bytes]) -> None:
    text = io.TextIOWrapper(out, encoding="utf-8", newline="")
    writer = csv.writer(text)
    writer.writerow(CSV_COLUMNS)
    nodes = graph.nodes
    for u, v, attrs in graph.edges(data=True):
        writer.writerow(
            safe_row(
                (  # evidence is document text: no formulas (console/cells.py)
                    nodes[u].get("key", u),
                    nodes[v].get("key", v),
                    attrs.get("relation", ""),
                    attrs.get("source", ""),
                    attrs.get("date", ""),
                    attrs.get("evidence", ""),
                    u,
                    v,
                )
            )
        )
    text.flush()
    text.detach()


def _node_rows(graph) -> Iterator[tuple[str, str, dict]]:
    for node, data in graph.nodes(data=True):
        attrs = dict(data)
        node_id = str(attrs.pop("id", node))
        yield node_id, str(attrs.pop("label", node)), attrs


def _edge_rows(graph) -> Iterator[tuple[dict[str, str], dict]]:
    """(element attributes, data attributes) per edge; a multigraph's edge key is an attribute,
    "networkx_key" as networkx names it."""
    count = 0
    nodes = graph.nodes
    for u, v, key, data in graph.edges(keys=True, data=True):
        attrs = dict(data)
        attrs["key"] = key
        edge_id = attrs.pop("id", None)
        if edge_id is None:
            edge_id, count = count, count + 1
        element = {
            "source": str(nodes[u].get("id", u)),
            "target": str(nodes[v].get("id", v)),
            "id": str(edge_id),
        }
        for name in ("label", "weight", "type"):
            if name in attrs:
                element[name] = str(attrs.pop(name))
        yield element, attrs


def write_gexf(graph, out: IO[bytes]) -> None:
    """GEXF 1.2 of a networkx MultiDiGraph, node by node (attributes declared first: one pass
    over the attributes finds their names and types, a second writes)."""
    declared: dict[str, dict[str, tuple[str, str]]] = {"node": {}, "edge": {}}
    count = 0
    for kind, rows in (
        ("node", (a for _, _, a in _node_rows(graph))),
        ("edge", (a for _, a in _edge_rows(graph))),
    ):
        seen = declared[kind]
        for attrs in rows:
            for name, value in attrs.items():
                title = "networkx_key" if name == "key" else str(name)
                if title not in seen:
                    seen[title] = (str(count), _gexf_type(value))
                    count += 1
    parts = [_GEXF_HEAD]
    for kind in ("edge", "node"):
        if declared[kind]:
            parts.append(f'    <attributes mode="static" class="{kind}">\n')
            parts.extend(
                f'      <attribute id="{i}" title="{_esc(t)}" type="{ty}" />\n'
                for t, (i, ty) in declared[kind].items()
            )
            parts.append("    </attributes>\n")
    parts.append("    <nodes>\n")
    for node_id, label, attrs in _node_rows(graph):
        parts.append(f'      <node id="{_esc(node_id)}" label="{_esc(label)}"')
        _attvalues(parts, attrs, declared["node"])
        parts.append("</node>\n")
        _spill(parts, out)
    parts.append("    </nodes>\n    <edges>\n")
    for element, attrs in _edge_rows(graph):
        head = " ".join(f'{k}="{_esc(v)}"' for k, v in element.items())
        parts.append(f"      <edge {head}")
        _attvalues(parts, attrs, declared["edge"])
        parts.append("</edge>\n")
        _spill(parts, out)
    parts.append("    </edges>\n  </graph>\n</gexf>\n")
    out.write("".join(parts).encode("utf-8"))


def _attvalues(parts: list[str], attrs: dict, declared: dict[str, tuple[str, str]]) -> None:
    if not attrs:
        parts.append(">")
        return
    parts.append(">\n        <attvalues>\n")
    for name, value in attrs.items():
        attr_id = declared["networkx_key" if name == "key" else str(name)][0]
        text = str(value).lower() if isinstance(value, bool) else str(value)
        parts.append(f'          <attvalue for="{attr_id}" value="{_esc(text)}" />\n')
    parts.append("        </attvalues>\n      ")


def _gexf_type(value) -> str:
    kind = _GEXF_TYPES.get(type(value))
    if kind is None:
        raise ExportError(
            f"gexf cannot carry the value {value!r} ({type(value).__name__}): "
            "export as graphml or csv-edges"
        )
    return kind


def _esc(text: str) -> str:
    return text.translate(_ESCAPE)


def _spill(parts: list[str], out: IO[bytes]) -> None:
    """Write the pieces gathered so far once there are many, so memory stays bounded."""
    if len(parts) > 4096:
        out.write("".join(parts).encode("utf-8"))
        parts.clear()
