"""Mandate chains: the walk up or down from one act (trace) and its text, JSON, CSV and Turtle
forms (formats)."""

from .formats import format_chain
from .trace import trace_chain

__all__ = ["format_chain", "trace_chain"]
