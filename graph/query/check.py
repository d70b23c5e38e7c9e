"""Read-only checks on SPARQL, decided on the query's tokens and, whenever they show anything to
inspect, on its parse tree (rdflib's SPARQL 1.1 parser), after the text is made canonical so that
the check and the engine read the same thing.

A query may only read the store: SPARQL Update (INSERT, DELETE, LOAD, CLEAR, ...), SERVICE (which
would reach the network) and FROM / FROM NAMED with a graph that is not in the store (`<file:...>`,
a web address) are refused, wherever they sit (nested groups, OPTIONAL, EXISTS, subqueries).
`"INSERT"` in a literal or `?service` as a variable is not a keyword. A second guard stands at the
engine: on Linux the query runs in a child process without network access (see run.py).

Most queries name none of those words: a query whose tokens are all plain (no SERVICE, FROM,
NAMED or update keyword, none of those words even inside a string, IRI or comment, only known
punctuation, brackets balanced and shallow, a query form right after the prologue) is decided on
its tokens alone, and rdflib (0.3 s to import) is loaded only for the others.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from ..errors import QueryError
from ..store.sparql import tokens
from ..vocab.iris import PREFIXES

_FORMS = {"SELECT": "select", "ASK": "ask", "CONSTRUCT": "graph", "DESCRIBE": "graph"}
# Keywords that exist only in SPARQL Update.
_UPDATE = frozenset(
    {"INSERT", "DELETE", "LOAD", "CLEAR", "DROP", "CREATE", "ADD", "MOVE", "COPY", "WITH"}
)
# Words that make the check read the parse tree: what it refuses or must resolve.
_INSPECT = _UPDATE | {"SERVICE", "FROM", "NAMED"}
# The same words anywhere inside a string, IRI or comment: read by the parser too (case-blind).
_INSPECT_TEXT = re.compile("|".join(sorted(_INSPECT)), re.IGNORECASE)
# Single characters a plain query may hold outside its words, names, strings and IRIs.
_PUNCTUATION = frozenset("{}()[].,;*/+-=!<>&|^@0123456789")
_OPEN, _CLOSE = "{([", "})]"
_PLAIN_DEPTH = 32  # deeper nesting goes to the parser (it refuses what it cannot read)
_PARAM_NAME = re.compile(r"[A-Za-z_]\w*")  # a SPARQL variable name: key, since_year
# A codepoint escape, processed before parsing: \u0053 or \U00000053
_ESCAPE = re.compile(r"\\u([0-9A-Fa-f]{4})|\\U([0-9A-Fa-f]{8})")
MAX_QUERY_CHARS = 100_000  # longer queries are refused (checking one takes seconds)


class QueryShape(NamedTuple):
    """What the checks learned: the query form, its variables and its FROM graphs. (A named
    tuple rather than a dataclass: `query` imports no dataclasses, which cost more than
    answering a small query.)"""

    form: str  # select | ask | graph
    variables: frozenset[str]
    from_graphs: tuple[str, ...]


def canonical(sparql: str) -> str:
    """The text both the check and the engine read: codepoint escapes expanded, line ends as LF.

    SPARQL processes `\\u0053`-style escapes before parsing (so `\\u0053ERVICE` is SERVICE) and
    ends a comment at CR as well as LF, while other readers end it at LF only and so would hide
    what follows a bare CR. Expanding the escapes once here and writing every CR, CRLF as LF
    leaves no text that two parsers could read two ways. An escape that spells another escape
    (`\\u005Cu0053`) is refused rather than expanded twice.
    """
    if len(sparql) > MAX_QUERY_CHARS:
        raise QueryError(
            f"the query is {len(sparql):,} characters, over the limit of "
            f"{MAX_QUERY_CHARS:,}: shorten it (e.g. fewer VALUES)"
        )
    try:
        text = _ESCAPE.sub(_expand, sparql)
    except ValueError as exc:
        raise QueryError(f"SPARQL syntax error: {exc}") from None
    if _ESCAPE.search(text):
        raise QueryError(
            "the query spells an escape with escapes (e.g. \\u005Cu0053): "
            "write the character itself"
        )
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _expand(match: re.Match) -> str:
    code = int(match.group(1) or match.group(2), 16)
    if code > 0x10FFFF or 0xD800 <= code <= 0xDFFF:
        raise ValueError(f"\\u escape {match.group()} is not a character")
    return chr(code)


def check_query(sparql: str, has_graph) -> QueryShape:
    """Refuse anything but a read of the store; `has_graph(iri)` says whether a graph is in it.

    `sparql` must be the canonical text (see `canonical`), the one the engine will run. Its
    tokens are scanned first: SERVICE and update keywords are refused there. A plain query (see
    `_plain_form`) is then decided on its tokens; any other is decided on its parse tree
    (rdflib's SPARQL 1.1 grammar): SERVICE anywhere in it, FROM / FROM NAMED outside the store,
    and any SPARQL Update are refused, and a query this parser cannot read is refused too.
    Raises QueryError with a one-line reason.
    """
    toks = tokens(sparql)
    _scan(toks)
    _check_prefixes(toks, _declared(toks))
    variables = {text[1:] for kind, text in toks if kind == "var"}
    plain = _plain_form(tokens(sparql, comments=True))
    if plain is not None:
        return QueryShape(plain, frozenset(variables), ())
    form, services, graphs = _parsed(sparql)
    if services:
        raise _service_refused()
    prefixes = dict(PREFIXES)
    from_graphs = []
    for iri in graphs:
        resolved = _resolve(iri, prefixes, sparql)
        _check_from(resolved, has_graph)
        from_graphs.append(resolved)
    return QueryShape(form, frozenset(variables), tuple(from_graphs))


def _plain_form(toks: list[tuple[str, str]]) -> str | None:
    """The form of a query that needs no parse tree, or None when the parser must read it.

    Plain: no word the check inspects (SERVICE, FROM, NAMED, update keywords), none of them
    inside a string, IRI or comment either (so that no difference between this tokenizer and
    the engine's could hide one), no character the tokenizer reads as a stray (a lone quote, a
    backslash), brackets balanced and at most _PLAIN_DEPTH deep, and SELECT, ASK, CONSTRUCT
    or DESCRIBE as the first word after the PREFIX / BASE lines.
    """
    form = None
    stack: list[str] = []
    for kind, text in toks:
        if kind == "word":
            word = text.upper()
            if word in _INSPECT:
                return None
            if form is None and word not in ("PREFIX", "BASE"):
                form = _FORMS.get(word)
                if form is None:
                    return None
        elif kind in ("string", "iri", "comment") and _INSPECT_TEXT.search(text):
            return None
        elif kind == "other":
            if text in _OPEN:
                stack.append(text)
                if len(stack) > _PLAIN_DEPTH:
                    return None
            elif text in _CLOSE:
                if not stack or _OPEN.index(stack.pop()) != _CLOSE.index(text):
                    return None
            elif text not in _PUNCTUATION:
                return None
    return form if form is not None and not stack else None


def _scan(toks: list[tuple[str, str]]) -> None:
    """Refuse SERVICE and the keywords of SPARQL Update wherever they stand as keywords."""
    for kind, text in toks:
        word = text.upper() if kind == "word" else ""
        if word in _UPDATE:
            raise QueryError(
                f"{word} changes the store and queries are read-only: SPARQL Update is refused "
                "(change the store with 'mandate-graph build' or 'mandate-graph remove')"
            )
        if word == "SERVICE":
            raise _service_refused()


def _service_refused() -> QueryError:
    return QueryError(
        "SERVICE is refused: a query reads only this store and never reaches the network"
    )


@lru_cache(maxsize=256)
def _parsed(sparql: str) -> tuple[str, int, tuple]:
    """(form, number of SERVICE patterns, FROM graphs as parsed) of a query; QueryError if it
    is an update or cannot be parsed. Cached: the named queries are asked again and again."""
    from pyparsing import ParseBaseException
    from rdflib.plugins.sparql import parser

    try:
        tree = parser.Query.parse_string(sparql, parse_all=True)
    except ParseBaseException as exc:
        _refuse_update(sparql)
        if not any(t[1].upper() in _FORMS for t in tokens(sparql) if t[0] == "word"):
            raise QueryError(
                "not a SPARQL query: start it with SELECT, ASK, CONSTRUCT or DESCRIBE "
                "(after any PREFIX lines)"
            ) from None
        raise QueryError(f"SPARQL syntax error: {_one_line(exc)}") from None
    except RecursionError:
        raise QueryError("the query nests groups too deeply to be checked: flatten it") from None
    query = tree[1]
    form = _FORMS.get(query.name.removesuffix("Query").upper(), "select")
    clauses = query["datasetClause"] if "datasetClause" in query else ()
    graphs = tuple(d["default"] if "default" in d else d["named"] for d in clauses)
    return form, _count(query, "ServiceGraphPattern"), graphs


def _refuse_update(sparql: str) -> None:
    """Raise the read-only refusal when `sparql` is SPARQL Update (LOAD, INSERT, DROP, ...)."""
    from pyparsing import ParseBaseException
    from rdflib.plugins.sparql import parser

    try:
        parser.UpdateUnit.parse_string(sparql, parse_all=True)
    except (ParseBaseException, RecursionError):
        words = {t[1].upper() for t in tokens(sparql) if t[0] == "word"}
        if not words & _UPDATE or words & set(_FORMS):
            return
    raise QueryError(
        "this changes the store and queries are read-only: SPARQL Update (INSERT, DELETE, "
        "LOAD, CLEAR, ...) is refused (change the store with 'mandate-graph build' or "
        "'mandate-graph remove')"
    )


def _count(node, name: str) -> int:
    """How many parse-tree nodes called `name` lie under `node` (at any depth)."""
    found, stack = 0, [node]
    while stack:
        item = stack.pop()
        if getattr(item, "name", None) == name:
            found += 1
        if isinstance(item, dict):
            stack.extend(item.values())
        elif isinstance(item, list | tuple) or type(item).__name__ == "ParseResults":
            stack.extend(item)
    return found


def _resolve(iri, prefixes: dict[str, str], sparql: str) -> str:
    """A FROM graph as an IRI string: prefixed names expanded with the query's PREFIX lines."""
    if getattr(iri, "name", None) != "pname":
        return str(iri)
    declared = dict(prefixes)
    toks = tokens(sparql)
    for i, (kind, text) in enumerate(toks[:-2]):
        if kind == "word" and text.upper() == "PREFIX" and toks[i + 2][0] == "iri":
            declared[toks[i + 1][1].rstrip(":")] = toks[i + 2][1][1:-1]
    prefix = iri["prefix"] if "prefix" in iri else ""
    local = iri["localname"] if "localname" in iri else ""
    if prefix not in declared:
        raise QueryError(f"FROM {prefix}:{local}: the prefix {prefix}: is not declared")
    return declared[prefix] + local


def _one_line(exc: Exception) -> str:
    return " ".join(str(exc).split())[:300]


def _declared(toks: list[tuple[str, str]]) -> dict[str, str]:
    """The built-in prefixes and those the query's PREFIX lines declare."""
    declared = dict(PREFIXES)
    for i, (kind, text) in enumerate(toks[:-2]):
        if kind == "word" and text.upper() == "PREFIX" and toks[i + 1][0] == "pname":
            declared[toks[i + 1][1].rstrip(":")] = toks[i + 2][1][1:-1]
    return declared


def _check_prefixes(toks: list[tuple[str, str]], prefixes: dict[str, str]) -> None:
    """A prefixed name whose prefix is neither declared nor built in is one line, not the parser's
    list of every character it expected: "unknown prefix foo: (known: mg, rdf, ...)"."""
    for kind, text in toks:
        if kind == "pname":
            prefix = text.partition(":")[0]
            if prefix not in prefixes:
                known = ", ".join(dict.fromkeys(prefixes))
                raise QueryError(
                    f"unknown prefix {prefix}: (known: {known}); declare it with "
                    f"PREFIX {prefix}: <IRI>"
                )


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
