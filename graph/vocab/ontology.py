"""Where the ontology files are: inside the installed package, or at the repository root."""

from __future__ import annotations

from functools import cache
from pathlib import Path


@cache
def ontology_dir() -> Path:
    """The folder holding mandate.ttl, shapes.ttl, bodies.ttl and context.jsonld."""
    here = Path(__file__).resolve().parent.parent  # the package folder
    for candidate in (here / "ontology", here.parent / "ontology"):
        if (candidate / "mandate.ttl").exists() or (candidate / "bodies.ttl").exists():
            return candidate
    return here.parent / "ontology"


def ontology_file(name: str) -> Path:
    return ontology_dir() / name
