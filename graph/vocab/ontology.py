"""Where the ontology files are: inside the installed package, or at the repository root."""

from __future__ import annotations

import os.path
from functools import cache

TYPE_CHECKING = False  # (as typing.TYPE_CHECKING, without importing typing: see graph/launch.py)
if TYPE_CHECKING:
    from pathlib import Path


@cache
def _folder() -> str:
    """The folder as text (os.path: `chain` reads the relation labels without pathlib)."""
    here = os.path.dirname(os.path.dirname(os.path.realpath(__file__)))  # the package folder
    for candidate in (
        os.path.join(here, "ontology"),
        os.path.join(os.path.dirname(here), "ontology"),
    ):
        if any(os.path.exists(os.path.join(candidate, f)) for f in ("mandate.ttl", "bodies.ttl")):
            return candidate
    return os.path.join(os.path.dirname(here), "ontology")


def ontology_dir() -> Path:
    """The folder holding mandate.ttl, shapes.ttl, bodies.ttl and context.jsonld."""
    from pathlib import Path

    return Path(_folder())


def ontology_file(name: str) -> Path:
    return ontology_dir() / name


def ontology_path(name: str) -> str:
    """ontology_file(name) as text."""
    return os.path.join(_folder(), name)
