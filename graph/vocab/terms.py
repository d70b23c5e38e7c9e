"""The node IRIs the read side looks up (as pyoxigraph NamedNodes), declared once, and the order
of the classes that decides a node's kind (an ingested resolution is also a Document)."""

from __future__ import annotations

import pyoxigraph as ox

from .iris import CITO, DCT, MG, PROV, RDF_TYPE, SKOS

# Classes in the order that decides a node's kind: the first one a node has wins.
KIND_ORDER = ("Resolution", "Decision", "Session", "Meeting", "Body", "Document")
KIND_CLASSES = tuple(ox.NamedNode(MG + cls) for cls in KIND_ORDER)

TYPE = ox.NamedNode(RDF_TYPE)
KEY = ox.NamedNode(MG + "key")
CODE = ox.NamedNode(MG + "code")
NOTATION = ox.NamedNode(SKOS + "notation")
CITED = ox.NamedNode(CITO + "hasCitedEntity")
CITING = ox.NamedNode(CITO + "hasCitingEntity")
SUBJECT = ox.NamedNode(MG + "citationSubject")
RELATION = ox.NamedNode(MG + "relation")
EVIDENCE = ox.NamedNode(MG + "evidence")
DERIVED = ox.NamedNode(PROV + "wasDerivedFrom")
SOURCE_PATH = ox.NamedNode(MG + "sourcePath")
DATE = ox.NamedNode(DCT + "date")
TITLE = ox.NamedNode(DCT + "title")
PREF_LABEL = ox.NamedNode(SKOS + "prefLabel")
ISSUED_BY = ox.NamedNode(MG + "issuedBy")
SESSION_OF = ox.NamedNode(MG + "sessionOf")
MEETING_OF = ox.NamedNode(MG + "meetingOf")
MANDATED_BY = ox.NamedNode(MG + "mandatedBy")
EXPRESSION_OF = ox.NamedNode(MG + "expressionOf")
