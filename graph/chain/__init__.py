"""Mandate chains: the walk up or down from one act (trace) and its text, JSON, CSV and Turtle
forms (formats); the longest chains of the whole store (longest).

The names below load on first use, so that `build`, which needs only chain/longest.py, does not
import the query machinery the walk uses.
"""

from __future__ import annotations

from importlib import import_module

TYPE_CHECKING = False  # (as typing.TYPE_CHECKING, without importing typing: see graph/launch.py)

if TYPE_CHECKING:
    from typing import Any

    from .formats import format_chain
    from .trace import trace_chain

__all__ = ["format_chain", "trace_chain"]
_HOME = {"format_chain": "formats", "trace_chain": "trace"}


def __getattr__(name: str) -> Any:
    if name in _HOME:
        return getattr(import_module(f".{_HOME[name]}", __name__), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
