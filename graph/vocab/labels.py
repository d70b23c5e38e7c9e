"""Names as words for people: relations ("requested by", not requestedBy) from the English
rdfs:label the ontology (ontology/mandate.ttl) gives each property, and bodies' English names and
parents from the body list (ontology/bodies.ttl); each read once per process."""

from __future__ import annotations

import os
import re
from functools import cache

import pyoxigraph as ox

from .iris import MG
from .ontology import ontology_file, ontology_path

_LABEL = "http://www.w3.org/2000/01/rdf-schema#label"
_SKOS = "http://www.w3.org/2004/02/skos/core#"
_BODIES = (
    f"SELECT ?code ?name ?parent WHERE {{ ?b <{MG}code> ?code "
    f'OPTIONAL {{ ?b <{_SKOS}prefLabel> ?name FILTER(LANGMATCHES(LANG(?name), "en")) }} '
    f"OPTIONAL {{ ?b <{_SKOS}broader>/<{MG}code> ?parent }} }}"
)
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])")


@cache
def relation_labels() -> dict[str, str]:
    """Local name of every mg: term -> its English label (language "en" or "en-…"), from the
    ontology. Read as a stream of triples: `chain` prints these, and loading the file into a
    store to query it took longer than the chain itself."""
    path = ontology_path("mandate.ttl")
    if not os.path.exists(path):
        return {}
    labels = {}
    for t in ox.parse(path=path, format=ox.RdfFormat.TURTLE):
        language = getattr(t.object, "language", None)
        if (
            t.predicate.value == _LABEL
            and t.subject.value.startswith(MG)
            and language is not None
            and (language.lower() == "en" or language.lower().startswith("en-"))
        ):
            labels[t.subject.value[len(MG) :]] = t.object.value
    return labels


def relation_label(name: str) -> str:
    """ "requestedBy" -> "requested by"; a name the ontology lacks is split at its capitals."""
    return relation_labels().get(name) or _CAMEL.sub(" ", name).lower()


@cache
def body_names() -> dict[str, tuple[str, str | None]]:
    """Body code -> (English name, parent code or None), from the body list."""
    store = ox.Store()
    path = ontology_file("bodies.ttl")
    if not path.exists():
        return {}
    store.load(path=str(path), format=ox.RdfFormat.TURTLE)
    from typing import cast  # (here: `chain`, which reads only relation labels, loads no typing)

    out: dict[str, tuple[str, str | None]] = {}
    for row in cast(ox.QuerySolutions, store.query(_BODIES)):
        code = row["code"].value
        name = row["name"].value if row["name"] is not None else out.get(code, ("", None))[0]
        parent = row["parent"].value if row["parent"] is not None else None
        out[code] = (name or code, parent or out.get(code, ("", None))[1])
    return out


def top_body(code: str) -> str:
    """The body at the top of `code`'s hierarchy ("A/HRC" -> "A"); `code` itself if unknown."""
    bodies, seen = body_names(), [code]
    while code in bodies and (parent := bodies[code][1]) and parent not in seen:
        code = parent
        seen.append(code)
    return code
