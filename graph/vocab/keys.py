"""Canonical keys and the IRIs built from them (docs/extraction.md, docs/ontology.md)."""

from __future__ import annotations

from urllib.parse import quote

from .iris import DEFAULT_BASE, UNDOCS

# Kinds whose key, when it has no space, is a real UN symbol with an undocs.org address.
_SYMBOL_KINDS = frozenset({"document", "resolution", "decision"})
# A body without a code of its own is named by the act that established it: "body:S/RES/661(1990)".
BODY_BY = "body:"
# Characters left as they are in the path of an IRI built from a key.
_SAFE = "/().-"


def iri_for(kind: str, key: str, base: str = DEFAULT_BASE) -> str:
    """The IRI of the thing a key names.

    >>> iri_for("resolution", "A/RES/70/1")
    'https://undocs.org/A/RES/70/1'
    >>> iri_for("decision", "CTOC/COP decision 2/6")
    'https://w3id.org/mandate-graph/id/CTOC/COP_decision_2/6'
    >>> iri_for("body", "CTOC/COP/WG.2")
    'https://w3id.org/mandate-graph/id/body/CTOC/COP/WG.2'
    >>> iri_for("body", "body:S/RES/661(1990)")
    'https://w3id.org/mandate-graph/id/body/by/S/RES/661(1990)'
    """
    if kind in _SYMBOL_KINDS and " " not in key:
        return UNDOCS + quote(key, safe=_SAFE)
    if kind == "body" and key.startswith(BODY_BY):  # the body an act established, by the act
        return base + "body/by/" + quote(key[len(BODY_BY) :].replace(" ", "_"), safe=_SAFE)
    if kind == "body":
        return base + "body/" + quote(key, safe=_SAFE)
    return base + quote(key.replace(" ", "_"), safe=_SAFE)


def expression_iri(symbol: str, language: str) -> str:
    """The IRI of one language version of a document (FRBR expression)."""
    return f"{UNDOCS}{language}/{quote(symbol, safe=_SAFE)}"
