"""The local web server: SPARQL endpoint and query page (server), the page itself (page)."""

from .server import serve

__all__ = ["serve"]
