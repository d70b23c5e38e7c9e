"""What the network views share: the kinds of nodes in the order that decides a node's kind, the
predicates they read, one stated reference (Edge) and the display facts of nodes (Facts)."""

from __future__ import annotations

from dataclasses import dataclass

import pyoxigraph as ox

from ..model import MANDATE_RELATIONS, STATEMENT_RELATIONS
from ..vocab import terms
from ..vocab.iris import MG

# Classes in the order that decides a node's kind (an ingested resolution is also a Document).
KINDS = tuple((cls, cls.lower()) for cls in terms.KIND_ORDER)
KIND_OF = {MG + cls: kind for cls, kind in KINDS}
BODY_LINKS = (MG + "issuedBy", MG + "sessionOf", MG + "meetingOf")
PREDICATES = {
    "key": terms.KEY,
    "code": terms.CODE,
    "relation": terms.RELATION,
    "subject": terms.SUBJECT,
    "evidence": terms.EVIDENCE,
    "cited": terms.CITED,
    "citing": terms.CITING,
    "title": terms.TITLE,
    "date": terms.DATE,
    "derived": terms.DERIVED,
    "path": terms.SOURCE_PATH,
    "pref": terms.PREF_LABEL,
    "type": terms.TYPE,
}


# Mandate cues a citation may carry; drawn as `cites` (the mandate is a statement's).
_CUES = frozenset(MANDATE_RELATIONS) | frozenset(STATEMENT_RELATIONS)


def citation_relation(relation: str) -> str:
    """The relation a citation is drawn with: its own, or `cites` for a mandate cue."""
    return "cites" if relation in _CUES else relation


@dataclass(frozen=True, slots=True)
class Edge:
    """One stated reference: `subject --relation--> target`, said in document `source`."""

    subject: str  # IRI
    target: str  # IRI
    relation: str
    evidence: str
    citing: str  # IRI of the citing document


@dataclass(slots=True)
class Facts:
    """Display facts of nodes by IRI: what a graph node shows."""

    keys: dict[str, str]
    kinds: dict[str, str]
    titles: dict[str, str]
    dates: dict[str, str]
    bodies: dict[str, str]
    paths: dict[str, str]
    cited: dict[str, int]
    ingested: set[str]


def best_title(literals: list[ox.Literal]) -> str:
    """English if there is one, else the first in a stable order."""
    best = min(literals, key=lambda lit: (lit.language != "en", lit.language or "", lit.value))
    return best.value
