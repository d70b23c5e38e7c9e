"""IRIs of the vocabularies the read side (query, chain, stats, network) looks up, as plain strings,
the prefixes queries may use undeclared (PREFIXES) and those every export writes (EXPORT_PREFIXES).

graph/vocab/mg.py is the checked mirror of ontology/mandate.ttl but imports rdflib (about 0.1 s);
`mandate-graph chain` must answer in well under a second, so the read path takes its IRIs from
here. tests/test_chain.py checks that these agree with graph.vocab.
"""

from __future__ import annotations

MG = "https://w3id.org/mandate-graph/ontology#"
DEFAULT_BASE = "https://w3id.org/mandate-graph/id/"
UNDOCS = "https://undocs.org/"

RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
RDFS = "http://www.w3.org/2000/01/rdf-schema#"
XSD = "http://www.w3.org/2001/XMLSchema#"
DCT = "http://purl.org/dc/terms/"
CITO = "http://purl.org/spar/cito/"
PROV = "http://www.w3.org/ns/prov#"
SKOS = "http://www.w3.org/2004/02/skos/core#"
OWL = "http://www.w3.org/2002/07/owl#"
ELI = "http://data.europa.eu/eli/ontology#"

RDF_TYPE = RDF + "type"

# Prefixes every query may use without declaring them (`SELECT ?s WHERE { ?s a mg:Resolution }`).
PREFIXES = {
    "mg": MG,
    "rdf": RDF,
    "rdfs": RDFS,
    "xsd": XSD,
    "dct": DCT,
    "dcterms": DCT,
    "cito": CITO,
    "prov": PROV,
    "skos": SKOS,
    "owl": OWL,
    "eli": ELI,
}

# Prefixes of every Turtle and TriG export, in this order. Only IRIs whose local part is a plain
# name are shortened (mg:key, xsd:date); document IRIs such as https://undocs.org/A/RES/70/1 stay
# whole, because "A/RES/70/1" would need escapes that some Turtle parsers reject.
EXPORT_PREFIXES = {
    "mg": MG,
    "mgid": DEFAULT_BASE,
    "rdf": RDF,
    "rdfs": RDFS,
    "xsd": XSD,
    "owl": OWL,
    "skos": SKOS,
    "dcterms": DCT,
    "cito": CITO,
    "prov": PROV,
}
