"""How the page draws each kind of node and each relation: shapes, colours, sizes.

Kept as data so that a new kind or relation is one row here (and one in the legend test).
Colours follow the Okabe-Ito palette for kinds, so that colour-blind readers can tell them apart;
mandate edges are solid and heavy, citations dashed, structure dotted and grey.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Literal

from ..model import CITATION_RELATIONS, STATEMENT_RELATIONS
from ..vocab.labels import relation_label


@dataclass(frozen=True, slots=True)
class KindStyle:
    shape: str  # a vis-network shape that draws its label below, so its size can vary
    colour: str
    glyph: str  # the legend's symbol for the shape
    label: str  # the legend's name for the kind


@dataclass(frozen=True, slots=True)
class RelationStyle:
    colour: str
    width: float
    dashes: tuple[int, ...] | Literal[False]  # dash and gap lengths, or a solid line
    group: str  # "mandate" | "citation" | "structure"


KIND_STYLES: dict[str, KindStyle] = {
    "resolution": KindStyle("dot", "#0072B2", "●", "resolution"),
    "decision": KindStyle("diamond", "#E69F00", "◆", "decision"),
    "document": KindStyle("square", "#009E73", "■", "document"),
    "session": KindStyle("triangle", "#CC79A7", "▲", "session"),
    "meeting": KindStyle("triangleDown", "#56B4E9", "▼", "meeting"),
    "body": KindStyle("hexagon", "#D55E00", "⬢", "body"),
    "unresolved": KindStyle("dot", "#9E9E9E", "●", "unresolved reference"),
    "cluster": KindStyle("box", "#e8eef7", "▭", "group of acts (one body)"),
}
OTHER_KIND = KindStyle("star", "#9E9E9E", "★", "other")

_MANDATE_COLOURS = ("#C62828", "#EF6C00", "#6A1B9A", "#8D6E63", "#AD1457", "#827717")
_CITATION_COLOURS = ("#1565C0", "#00838F", "#546E7A", "#2E7D32", "#558B2F", "#90A4AE")
STRUCTURE_STYLE = RelationStyle("#B0B0B0", 1.0, (2, 4), "structure")

RELATION_STYLES: dict[str, RelationStyle] = {
    "mandatedBy": RelationStyle("#B71C1C", 2.5, False, "mandate"),
    **{
        rel: RelationStyle(colour, 2.5, False, "mandate")
        for rel, colour in zip(STATEMENT_RELATIONS, _MANDATE_COLOURS, strict=True)
    },
    **{
        rel: RelationStyle(colour, 1.2, (6, 4), "citation")
        for rel, colour in zip(CITATION_RELATIONS, _CITATION_COLOURS, strict=True)
    },
}
# The relations whose edges make up a mandate chain (clicking a node follows them).
CHAIN_RELATIONS = ("mandatedBy", *STATEMENT_RELATIONS)


def relation_words(relation: str) -> str:
    """A relation name as the page writes it: the ontology's English label ("requested by",
    "extended by"), not a property name; see vocab/labels.py."""
    return relation_label(relation)


def kind_style(kind: str | None) -> KindStyle:
    return KIND_STYLES.get(kind or "", OTHER_KIND)


def relation_style(relation: str | None) -> RelationStyle:
    return RELATION_STYLES.get(relation or "", STRUCTURE_STYLE)


def node_size(cited: int) -> float:
    """Marker size grows with the log of how often a node is cited, so hubs stand out
    without hiding everything else (0 citations: 12, 1: 18, 10: 33, 1,000: 72)."""
    return round(min(12.0 + 6.0 * math.log2(1 + max(cited, 0)), 80.0), 1)
