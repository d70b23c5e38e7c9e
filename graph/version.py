"""The version of the package, in a module of its own so that any stage can read it."""

from __future__ import annotations

from functools import cache

__version__ = "0.1.0"

# What decides the graph of one document: reading, extraction (code, patterns, body names) and
# the graph builder. A change to any of them makes `build` read unchanged files again.
_SHAPES_A_DOCUMENT = ("read", "extract", "vocab", "build.py", "model.py")


@cache
def extractor_version() -> str:
    """The package version and a fingerprint of the code and data that shape a document's graph
    ("0.1.0+3f2a9c41d07e"): stored with every document, so that a store built by other rules
    is read again rather than kept."""
    import hashlib  # (here: `query` and `chain` import this module and need neither)
    from pathlib import Path

    package = Path(__file__).resolve().parent
    files: list[Path] = []
    for name in _SHAPES_A_DOCUMENT:
        path = package / name
        if path.is_dir():
            files += [p for p in path.rglob("*") if p.suffix in (".py", ".toml")]
        elif path.exists():
            files.append(path)
    for ontology in (package / "ontology", package.parent / "ontology"):
        if (ontology / "bodies.ttl").exists():
            files.append(ontology / "bodies.ttl")
            break
    digest = hashlib.sha256()
    for path in sorted(files, key=lambda p: p.relative_to(package.parent).as_posix()):
        digest.update(path.relative_to(package.parent).as_posix().encode())
        digest.update(b"\0")
        digest.update(path.read_bytes())
    return f"{__version__}+{digest.hexdigest()[:12]}"
