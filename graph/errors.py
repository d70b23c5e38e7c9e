"""Library exceptions. The CLI maps them to exit codes in one table (cli.EXIT_CODES).

Each message says what was wrong and what to do, in one line.
"""

from __future__ import annotations


class MandateGraphError(Exception):
    """Base of every error a user can cause."""


class UsageError(MandateGraphError):
    """Bad arguments: unknown format, malformed option value."""


class InputError(MandateGraphError):
    """An input file that cannot be read (missing, empty, binary, corrupt, over a limit)."""


class NotFoundError(MandateGraphError):
    """A key, symbol or graph that is not in the store."""


class StoreError(MandateGraphError):
    """The store cannot be opened or written."""


class StoreLockedError(StoreError):
    """Another process is writing to the same embedded store."""


class QueryError(MandateGraphError):
    """A SPARQL query that is malformed or refused (update, LOAD, SERVICE, FROM <file:>)."""


class QueryTimeoutError(QueryError):
    """A query that ran out of time."""


class ValidationFailed(MandateGraphError):
    """The graph does not conform to the SHACL shapes."""


class ExportError(MandateGraphError):
    """A graph that a format cannot carry (e.g. control characters in RDF/XML)."""
