"""SPARQL over the store: run with a time limit (run), results as tables, CSV or JSON (result),
checks before running (check), the named queries (named), document keys to IRIs (resolve).

Names are imported on first use, so that a plain query loads only what it runs."""

from __future__ import annotations

import importlib

__all__ = ["QueryResult", "format_result", "named_queries", "run_query"]
_WHERE = {
    "QueryResult": "run",
    "format_result": "result",
    "named_queries": "named",
    "run_query": "run",
}

TYPE_CHECKING = False  # (as typing.TYPE_CHECKING, without importing typing: see graph/launch.py)
if TYPE_CHECKING:
    from .named import named_queries
    from .result import format_result
    from .run import QueryResult, run_query


def __getattr__(name: str):
    if name in _WHERE:
        return getattr(importlib.import_module(f".{_WHERE[name]}", __name__), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
