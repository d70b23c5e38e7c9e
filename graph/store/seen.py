"""The files a build has hashed: size, modification time and SHA-256, kept in the store folder.

A rebuild takes a file whose size and modification time (in nanoseconds) are still those noted
with its SHA-256 to have that hash, as make and git do, and does not read it (neither to hash it
nor to tell whether it is a document, when it was found in a folder and taken as one before):
walking the folders is then most of the cost of a rebuild that finds nothing changed. It is a
hint only:

- the store decides what is unchanged (the SHA-256 and extractor version in each document's
  graph); a noted hash that is not the stored one is computed again;
- the list is written (temporary file, then rename) after the documents are in the store, and
  a missing or unreadable list only means every file is hashed;
- a file modified less than two seconds before it was hashed is left out of it, so that a
  change within one tick of the file system's clock is never taken for no change.

`mandate-graph build --force` reads every file whatever the list says. Only the embedded store
on disk has a folder to keep the list in; with the others every file is hashed.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

from ..atomic import write_atomic
from .embedded import MEMORY
from .embedded import SEEN as NAME

# A file changed this close to the time it was looked at may change again unseen.
RECENT_NS = 2_000_000_000


class SeenFiles:
    """Absolute path -> (size, modification time in ns, SHA-256, whether it was found in a folder
    and taken as a document by read/triage.py) of the files hashed so far."""

    def __init__(self, path: Path | None, entries: dict[str, tuple[int, int, str, bool]]):
        self.path = path
        self.entries = entries

    @classmethod
    def of(cls, store) -> SeenFiles:
        """The list kept in `store`'s folder (empty when it has none or it cannot be read)."""
        if getattr(store, "remote", True) or store.location == MEMORY:
            return cls(None, {})
        path = Path(store.location) / NAME
        try:
            raw = json.loads(path.read_text("utf-8"))
            entries = {
                str(k): (int(v[0]), int(v[1]), str(v[2]), bool(v[3]))
                for k, v in raw.get("files", {}).items()
            }
        except (OSError, ValueError, TypeError, KeyError, IndexError, AttributeError):
            entries = {}
        return cls(path, entries)

    def sha256(self, source: str, size: int, mtime_ns: int) -> str | None:
        """The hash noted for `source` when its size and modification time are unchanged."""
        entry = self.entries.get(source)
        if entry is not None and entry[0] == size and entry[1] == mtime_ns:
            return entry[2]
        return None

    def triaged(self, source: str, size: int, mtime_ns: int) -> bool:
        """Whether `source`, unchanged since, was taken as a document when found in a folder."""
        entry = self.entries.get(source)
        return entry is not None and entry[0] == size and entry[1] == mtime_ns and entry[3]

    def mark_triaged(self, source: str) -> None:
        """`source`, noted before, has now been found in a folder and taken as a document."""
        size, mtime_ns, sha256, _ = self.entries[source]
        self.entries[source] = (size, mtime_ns, sha256, True)

    def note(
        self, source: str, size: int, mtime_ns: int, sha256: str, looked_ns: int, triaged: bool
    ) -> None:
        """Note a hash computed from a file that had that size and time at `looked_ns` (the
        clock when it was looked at, before reading it); a file modified shortly before is left
        out, as it may change again within the same tick of the file system's clock.
        `triaged`: the file was found in a folder and taken as a document (read/triage.py)."""
        if looked_ns - mtime_ns >= RECENT_NS:
            self.entries[source] = (size, mtime_ns, sha256, triaged)
        else:
            self.entries.pop(source, None)

    def save(self, keep: Callable[[str], bool]) -> None:
        """Write the list (the files for which `keep` is true); a failure only loses the hint."""
        if self.path is None or not self.path.parent.is_dir():
            return
        files = {
            source: list(entry) for source, entry in sorted(self.entries.items()) if keep(source)
        }
        # ASCII: a path with a lone surrogate (an undecodable file name) is kept as an escape.
        data = json.dumps({"files": files}, separators=(",", ":")).encode("ascii")
        try:
            write_atomic(self.path, lambda out: out.write(data))
        except OSError:
            self.path.unlink(missing_ok=True)  # an old list may not describe the store now
