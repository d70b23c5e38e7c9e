"""Exports: the formats registry and RDF writers (rdf), JSON-LD (jsonld), GEXF and CSV edges
(network)."""

from .rdf import EXPORT_FORMATS, export_graph

__all__ = ["EXPORT_FORMATS", "export_graph"]
