"""The graph as a networkx MultiDiGraph: the whole store (whole) or the neighbourhood of one act
(local)."""

from .whole import to_networkx

__all__ = ["to_networkx"]
