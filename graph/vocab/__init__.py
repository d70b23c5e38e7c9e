"""Names the graph is written in: namespaces and export prefixes (iris), the mg vocabulary
(mg, a checked mirror of the ontology), document keys to IRIs (keys), the ontology files
(ontology).

Nothing is imported here: `mg` loads rdflib, which commands that do not need it should not pay for.
"""
