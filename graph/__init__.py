"""Mandate Graph: trace mandates through United Nations documents.

The public API, used by the CLI and by notebooks alike::

    import graph
    store = graph.open_store("mandate-graph.db")
    graph.ingest_paths(["examples/"], store)
    chain = graph.trace_chain(store, "CTOC/COP/WG.2")
    rows = graph.run_query(store, "SELECT ?s WHERE { ?s a mg:Resolution }")

Names are imported lazily so that a command pays only for the stages it uses.
"""

from __future__ import annotations

import importlib

from .version import __version__

TYPE_CHECKING = False  # (as typing.TYPE_CHECKING, without importing typing: see graph/launch.py)

# public name -> module that defines it
_API = {
    "Document": "model",
    "DocumentRecord": "model",
    "Reference": "model",
    "Region": "model",
    "MandateGraphError": "errors",
    "read_document": "read",
    "find_documents": "read",
    "extract_references": "extract",
    "extract_record": "extract",
    "build_graph": "build",
    "open_store": "store",
    "ingest_paths": "ingest",
    "remove_document": "ingest",
    "run_query": "query",
    "format_result": "query",
    "named_queries": "query",
    "trace_chain": "chain",
    "format_chain": "chain",
    "resolve_key": "query.resolve",
    "compute_stats": "stats",
    "format_stats": "stats",
    "longest_mandate_chain": "stats",
    "to_networkx": "network",
    "draw_html": "draw",
    "export_graph": "export",
    "validate_store": "validate",
    "iri_for": "vocab.keys",
}

__all__ = ["__version__", *_API]


def __getattr__(name: str):
    module = _API.get(name)
    if module is None:
        raise AttributeError(f"module 'graph' has no attribute {name!r}")
    value = getattr(importlib.import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value


if TYPE_CHECKING:  # pragma: no cover - for type checkers and editors only
    from .build import build_graph
    from .chain import format_chain, trace_chain
    from .draw import draw_html
    from .errors import MandateGraphError
    from .export import export_graph
    from .extract import extract_record, extract_references
    from .ingest import ingest_paths, remove_document
    from .model import Document, DocumentRecord, Reference, Region
    from .network import to_networkx
    from .query import format_result, named_queries, run_query
    from .query.resolve import resolve_key
    from .read import find_documents, read_document
    from .stats import compute_stats, format_stats, longest_mandate_chain
    from .store import open_store
    from .validate import validate_store
    from .vocab.keys import iri_for
