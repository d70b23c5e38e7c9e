"""Quads in and out of a store: the GraphStore protocol (protocol) that the embedded pyoxigraph
store (embedded) and a remote SPARQL endpoint (remote, http) both follow, opened by location
(open); the batch writer (writer); the canonical streams that exports and validation read
(canonical); the SPARQL tokenizer (sparql)."""

from .embedded import MEMORY
from .open import default_location, open_store
from .protocol import GraphStore

__all__ = ["MEMORY", "GraphStore", "default_location", "open_store"]
