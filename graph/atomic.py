"""The one way outputs reach the disk: write a temporary file beside the target, then rename it.

A failed or interrupted write leaves the previous file as it was and no temporary file behind;
a reader never sees half a file. Errors are the operating system's (OSError): each caller says
in its own words what could not be written.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import IO


def write_atomic(
    target: Path,
    write: Callable[[IO[bytes]], object],
    *,
    mode: int | None = None,
    sync_folder: bool = False,
) -> Path:
    """Run `write` on a temporary file beside `target`, make it durable, rename it over `target`.

    mode: the new file's permissions; by default those of the file it replaces, or for a new
    file the usual 0666 less the umask. sync_folder: also make the rename itself durable (for
    files that a crash-recovery step reads). Returns `target`.
    """
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as out:
            write(out)
            out.flush()
            os.fsync(out.fileno())
        os.chmod(tmp, _file_mode(target) if mode is None else mode)
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    if sync_folder:
        sync_directory(target.parent)
    return target


def sync_directory(path: Path) -> None:
    """Make a file's creation, rename or removal in folder `path` durable."""
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _file_mode(target: Path) -> int:
    """Keep the mode of the file we replace; a new file gets the usual 0666 less the umask."""
    try:
        return target.stat().st_mode & 0o7777
    except FileNotFoundError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask
