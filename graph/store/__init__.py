"""Quads in and out of a store: the GraphStore protocol (protocol) that the embedded pyoxigraph
store (embedded) and a remote SPARQL endpoint (remote, http) both follow, opened by location
(open); the batch writer (writer); the canonical streams that exports and validation read
(canonical); the SPARQL tokenizer (sparql)."""

from .embedded import MEMORY
from .open import default_location, open_store

__all__ = ["MEMORY", "GraphStore", "default_location", "open_store"]


def __getattr__(name: str):
    """GraphStore on first use: it is a typing.Protocol, and `query` and `chain` import no
    typing."""
    if name == "GraphStore":
        from .protocol import GraphStore

        return GraphStore
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
