"""Quads in and out of a store: the embedded pyoxigraph store, a remote SPARQL endpoint (remote,
http), the batch writer, and the canonical streams exports and validation read."""

from .embedded import MEMORY, default_location, open_store

__all__ = ["MEMORY", "default_location", "open_store"]
