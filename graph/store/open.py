"""Open a store by location: a folder, ":memory:", or the URL of a SPARQL endpoint."""

from __future__ import annotations

import os

from .embedded import open_embedded

TYPE_CHECKING = False  # (as typing.TYPE_CHECKING, without importing typing: see graph/launch.py)
if TYPE_CHECKING:
    from .protocol import GraphStore

DEFAULT_STORE = "mandate-graph.db"
ENV_STORE = "MANDATE_GRAPH_STORE"


def default_location() -> str:
    """The store named by $MANDATE_GRAPH_STORE, else ./mandate-graph.db."""
    return os.environ.get(ENV_STORE) or DEFAULT_STORE


def open_store(
    location: str | os.PathLike | None = None, *, read_only: bool = False, create: bool = True
) -> GraphStore:
    """Open (and with `create`, make) the store at `location`.

    `location` is a folder for the embedded store, ":memory:", or an http(s) URL of a SPARQL
    endpoint. A read-only store never takes the writer lock, so queries run during a build.
    """
    loc = str(location) if location is not None else default_location()
    if loc.startswith(("http://", "https://")):
        from .remote import RemoteStore

        return RemoteStore(loc, read_only=read_only)
    return open_embedded(loc, read_only=read_only, create=create)
