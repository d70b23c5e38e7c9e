"""Library exceptions. The CLI maps them to exit codes in one place (cli.py).

Each message says what was wrong and what to do, in one line.
"""

from __future__ import annotations


class MandateGraphError(Exception):
    """Base of every error a user can cause."""

    exit_code = 2


class UsageError(MandateGraphError):
    """Bad arguments: unknown format, malformed option value."""

    exit_code = 2


class InputError(MandateGraphError):
    """An input file that cannot be read (missing, empty, binary, corrupt, over a limit)."""

    exit_code = 1


class NotFoundError(MandateGraphError):
    """A key, symbol or graph that is not in the store."""

    exit_code = 1


class StoreError(MandateGraphError):
    """The store cannot be opened or written."""

    exit_code = 1


class StoreLockedError(StoreError):
    """Another process is writing to the same embedded store."""

    exit_code = 1


class QueryError(MandateGraphError):
    """A SPARQL query that is malformed or refused (update, LOAD, SERVICE, FROM <file:>)."""

    exit_code = 2


class QueryTimeoutError(QueryError):
    exit_code = 1


class ValidationFailed(MandateGraphError):
    """The graph does not conform to the SHACL shapes."""

    exit_code = 1


class ExportError(MandateGraphError):
    """A graph that a format cannot carry (e.g. control characters in RDF/XML)."""

    exit_code = 1
