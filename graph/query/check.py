"""Read-only checks on SPARQL text, done on its tokens (strings, IRIs and comments are read as
such, so `"INSERT"` in a literal or `?service` as a variable is not a keyword).

A query may only read the store: SPARQL Update (INSERT, DELETE, LOAD, CLEAR, ...), SERVICE (which
would reach the network) and FROM / FROM NAMED with a graph that is not in the store (`<file:...>`,
a web address) are refused.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..errors import QueryError
from ..store.sparql import tokens
from ..vocab.iris import PREFIXES

_FORMS = {"SELECT": "select", "ASK": "ask", "CONSTRUCT": "graph", "DESCRIBE": "graph"}
# Keywords that exist only in SPARQL Update.
_UPDATE = frozenset({"INSERT", "DELETE", "LOAD", "CLEAR", "DROP", "CREATE", "ADD", "MOVE",
                     "COPY", "WITH"})
_PARAM_NAME = re.compile(r"[A-Za-z_]\w*")  # a SPARQL variable name: key, since_year


@dataclass(frozen=True, slots=True)
class QueryShape:
    """What the checks learned: the query form, its variables and its FROM graphs."""

    form: str  # select | ask | graph
    variables: frozenset[str]
    from_graphs: tuple[str, ...]


def check_query(sparql: str, has_graph) -> QueryShape:
    """Refuse anything but a read of the store; `has_graph(iri)` says whether a graph is in it.

    Raises QueryError with a one-line reason.
    """
    toks = tokens(sparql)
    prefixes = dict(PREFIXES)
    form = None
    from_graphs: list[str] = []
    variables = set()
    i = 0
    while i < len(toks):
        kind, text = toks[i]
        word = text.upper() if kind == "word" else ""
        if kind == "var":
            variables.add(text[1:])
        elif word == "PREFIX" and i + 2 < len(toks) and toks[i + 1][0] == "pname":
            prefixes[toks[i + 1][1].rstrip(":")] = toks[i + 2][1][1:-1]
            i += 3
            continue
        elif word in _UPDATE:
            raise QueryError(
                f"{word} changes the store and queries are read-only: SPARQL Update is refused "
                "(change the store with 'mandate-graph build' or 'mandate-graph remove')"
            )
        elif word == "SERVICE":
            raise QueryError(
                "SERVICE is refused: a query reads only this store and never reaches the network"
            )
        elif word == "FROM":
            j = i + 1
            if j < len(toks) and toks[j][0] == "word" and toks[j][1].upper() == "NAMED":
                j += 1
            iri = _graph_iri(toks[j] if j < len(toks) else ("other", ""), prefixes)
            _check_from(iri, has_graph)
            from_graphs.append(iri)
            i = j + 1
            continue
        elif word in _FORMS and form is None:
            form = _FORMS[word]
        i += 1
    if form is None:
        raise QueryError(
            "not a SPARQL query: start it with SELECT, ASK, CONSTRUCT or DESCRIBE "
            "(after any PREFIX lines)"
        )
    return QueryShape(form, frozenset(variables), tuple(from_graphs))


def _graph_iri(token: tuple[str, str], prefixes: dict[str, str]) -> str:
    kind, text = token
    if kind == "iri":
        return text[1:-1]
    if kind == "pname":
        prefix, _, local = text.partition(":")
        if prefix in prefixes:
            return prefixes[prefix] + local
    raise QueryError(f"FROM {text}: give the graph as <IRI> (or leave FROM out: every graph)")


def _check_from(iri: str, has_graph) -> None:
    scheme = iri.split(":", 1)[0].lower() if ":" in iri else ""
    if scheme == "file":
        raise QueryError(f"FROM <{iri}> is refused: a query never reads files, only the store")
    if not scheme or not has_graph(iri):
        raise QueryError(
            f"FROM <{iri}> names no graph of this store: a query reads only the store "
            "(leave FROM out to read every document's graph)"
        )


def check_params(params: dict[str, object], shape: QueryShape) -> None:
    """Every parameter names a variable of the query (`key` binds ?key)."""
    for name in params:
        if not _PARAM_NAME.fullmatch(name):
            raise QueryError(f"parameter {name!r} is not a variable name: use letters, digits, _")
        if name not in shape.variables:
            known = ", ".join(sorted(shape.variables)) or "none"
            raise QueryError(
                f"parameter {name!r} is not used by the query (it has no ?{name}; "
                f"its variables: {known})"
            )
