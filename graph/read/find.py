"""Which files a run reads: named files as given, folders walked recursively with globs."""

from __future__ import annotations

import os
import re
from collections.abc import Iterable, Sequence
from functools import lru_cache
from pathlib import Path

from ..errors import InputError

# Suffixes taken from folders when no --include is given (matched case-insensitively).
DOCUMENT_SUFFIXES = (
    ".pdf",
    ".docx",
    ".html",
    ".htm",
    ".xhtml",
    ".txt",
    ".text",
    ".md",
    ".markdown",
)


def find_documents(
    paths: Iterable[str | os.PathLike], include: Sequence[str] = (), exclude: Sequence[str] = ()
) -> list[Path]:
    """The files to read, in a stable order, each once.

    A named file is always taken. A folder is walked recursively, skipping hidden entries;
    a file in it is taken when it matches an `include` glob (default: a document suffix) and no
    `exclude` glob. A glob without "/" matches a name at any depth ("*.pdf", "drafts"); one with
    "/" matches the path below the folder ("2015/**/*.txt"). InputError for a missing path or a
    folder without documents.
    """
    found: dict[Path, None] = {}
    for raw in paths:
        path = Path(raw)
        if path.is_file():
            found.setdefault(path, None)
        elif path.is_dir():
            files = list(_walk(path, include, exclude))
            if not files:
                what = (
                    "files matching --include"
                    if include
                    else "documents (" + ", ".join(DOCUMENT_SUFFIXES) + ")"
                )
                raise InputError(f"no {what} in the folder {path}: check the path or --include")
            for file in files:
                found.setdefault(file, None)
        elif path.exists():
            raise InputError(f"{path} is not a file or a folder: give documents or folders")
        else:
            raise InputError(f"no such file or folder: {path}")
    # The same file named twice (once directly, once through its folder) is read once.
    unique: dict[Path, Path] = {}
    for file, absolute in resolved(list(found)).items():
        unique.setdefault(absolute, file)
    return list(unique.values())


def resolved(files: Sequence[Path]) -> dict[Path, Path]:
    """Each file's resolved path (Path.resolve), resolving each folder once: many files share
    a few folders, and a file that is not a symbolic link resolves to its folder's resolved
    path and its own name."""
    folders: dict[Path, Path] = {}
    out = {}
    for f in files:
        if f.is_symlink():
            out[f] = f.resolve()
            continue
        folder = folders.get(f.parent)
        if folder is None:
            folder = folders[f.parent] = f.parent.resolve()
        out[f] = folder / f.name
    return out


def _walk(root: Path, include: Sequence[str], exclude: Sequence[str]) -> Iterable[Path]:
    for folder, dirs, names in os.walk(root):
        # The path below `root` as the globs see it ("2015/en/"): "" at the top.
        rel_folder = Path(folder).relative_to(root).as_posix()
        prefix = "" if rel_folder == "." else rel_folder + "/"
        dirs[:] = sorted(
            d for d in dirs if not d.startswith(".") and not _matches(prefix + d, exclude)
        )
        base = Path(folder)
        for name in sorted(names):
            if name.startswith("."):
                continue
            rel = prefix + name
            if exclude and _matches(rel, exclude):
                continue
            if include:
                if not _matches(rel, include):
                    continue
            elif not name.lower().endswith(DOCUMENT_SUFFIXES):
                continue
            yield base / name


def _matches(rel: str, patterns: Sequence[str]) -> bool:
    name = rel.rsplit("/", 1)[-1]
    return any(_glob(p).fullmatch(rel if "/" in p.strip("/") else name) for p in patterns)


@lru_cache(maxsize=256)
def _glob(pattern: str) -> re.Pattern[str]:
    """A glob as a regex: "*" and "?" stay within one folder, "**/" spans any number of them."""
    pattern = pattern.strip("/")
    out, i = [], 0
    while i < len(pattern):
        if pattern.startswith("**/", i):
            out.append("(?:.*/)?")
            i += 3
        elif pattern.startswith("**", i):
            out.append(".*")
            i += 2
        elif pattern[i] == "*":
            out.append("[^/]*")
            i += 1
        elif pattern[i] == "?":
            out.append("[^/]")
            i += 1
        elif pattern[i] == "[" and "]" in pattern[i + 2 :]:
            end = pattern.index("]", i + 2)
            body = pattern[i + 1 : end].replace("\\", "\\\\")
            out.append("[^" + body[1:] + "]" if body.startswith("!") else "[" + body + "]")
            i = end + 1
        else:
            out.append(re.escape(pattern[i]))
            i += 1
    return re.compile("".join(out), re.IGNORECASE)
