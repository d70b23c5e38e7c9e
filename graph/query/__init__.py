"""SPARQL over the store: run with a time limit (run), results as tables, CSV or JSON (result),
checks before running (check), the named queries (named), document keys to IRIs (resolve)."""

from .named import named_queries
from .result import format_result
from .run import QueryResult, run_query

__all__ = ["QueryResult", "format_result", "named_queries", "run_query"]
