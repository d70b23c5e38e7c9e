"""Relation names as words ("requested by", not requestedBy): the English rdfs:label that the
ontology (ontology/mandate.ttl) gives each property, read once per process."""

from __future__ import annotations

import re
from functools import cache

import pyoxigraph as ox

from .iris import MG
from .ontology import ontology_file

_QUERY = (
    "SELECT ?p ?label WHERE { ?p <http://www.w3.org/2000/01/rdf-schema#label> ?label "
    'FILTER(LANGMATCHES(LANG(?label), "en")) }'
)
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])")


@cache
def relation_labels() -> dict[str, str]:
    """Local name of every mg: term -> its English label, from the ontology."""
    store = ox.Store()
    path = ontology_file("mandate.ttl")
    if not path.exists():
        return {}
    store.load(path=str(path), format=ox.RdfFormat.TURTLE)
    return {
        row["p"].value[len(MG):]: row["label"].value
        for row in store.query(_QUERY)
        if row["p"].value.startswith(MG)
    }


def relation_label(name: str) -> str:
    """"requestedBy" -> "requested by"; a name the ontology lacks is split at its capitals."""
    return relation_labels().get(name) or _CAMEL.sub(" ", name).lower()
