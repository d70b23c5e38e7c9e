"""Validation of a store against the SHACL shapes (shacl), with the SPARQL-based shapes run
directly on the store (sparql)."""

from .shacl import validate_store

__all__ = ["validate_store"]
