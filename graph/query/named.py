"""Named queries: the SPARQL files in examples/queries/ (inside an installed wheel: graph/queries/).

Each file begins with comment lines: the first says what the query answers, one line
`# Parameters: key = ..., body = ...` names what it takes (bound with `--param key=VALUE`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from ..errors import UsageError

# "# Parameters: key = canonical key of the act (e.g. A/RES/70/1); body = a body code"
_PARAMS_LINE = re.compile(r"#\s*Parameters?\s*:\s*(?P<list>.*)", re.IGNORECASE)
# one "name = description" (or "name: description", or a bare name) in that list
_PARAM = re.compile(r"\??(?P<name>[A-Za-z_]\w*)\s*(?:[=:—-]\s*(?P<doc>[^;]*))?")


@dataclass(frozen=True, slots=True)
class NamedQuery:
    """One query file: its name (the file stem), what it answers and what it takes."""

    name: str
    description: str
    params: tuple[tuple[str, str], ...]  # (name, description)
    text: str
    path: Path

    def check(self, params: dict[str, object]) -> None:
        """Every declared parameter is given, and nothing else. Raises UsageError."""
        declared = [name for name, _ in self.params]
        missing = [n for n in declared if n not in params]
        extra = [n for n in params if n not in declared]
        if missing:
            hint = " ".join(f"--param {n}=..." for n in missing)
            raise UsageError(f"query {self.name!r} needs {hint} ({self.params_doc()})")
        if extra:
            raise UsageError(
                f"query {self.name!r} takes no parameter {', '.join(extra)}"
                + (f" (it takes: {', '.join(declared)})" if declared else "")
            )

    @property
    def usage(self) -> str:
        """The --param options it takes: "key=…" (empty when none)."""
        return " ".join(f"{name}=…" for name, _ in self.params)

    def params_doc(self) -> str:
        return "; ".join(f"{n}: {d}" if d else n for n, d in self.params) or "no parameters"


def query_dirs() -> list[Path]:
    """Where named queries live: in the installed package, else in the repository."""
    here = Path(__file__).resolve().parent.parent  # the package folder
    return [d for d in (here / "queries", here.parent / "examples" / "queries") if d.is_dir()]


@cache
def _load(dirs: tuple[Path, ...]) -> dict[str, NamedQuery]:
    found: dict[str, NamedQuery] = {}
    for folder in dirs:
        for path in sorted(folder.glob("*.rq")):
            if path.stem not in found:
                found[path.stem] = parse_named(path.stem, path.read_text(encoding="utf-8"), path)
    return found


def named_queries() -> dict[str, NamedQuery]:
    """The named queries by name, in name order."""
    return dict(_load(tuple(query_dirs())))


def parse_named(name: str, text: str, path: Path) -> NamedQuery:
    """Read the leading comment block of a query file."""
    description = ""
    params: list[tuple[str, str]] = []
    for line in text.splitlines():
        line = line.strip()
        if not line.startswith("#"):
            break
        m = _PARAMS_LINE.match(line)
        if m:
            if m.group("list").strip().lower() in ("", "none", "-"):
                continue
            for item in m.group("list").split(";"):
                p = _PARAM.match(item.strip())
                if p:
                    params.append((p.group("name"), (p.group("doc") or "").strip()))
        elif not description:
            description = line.lstrip("#").strip()
    return NamedQuery(name, description, tuple(params), text, path)
