"""Regular expressions compiled once per machine, not once per reader process.

A reader process compiles some 1,200 patterns (the six languages' data files, the scan of
anchors, the cue indexes): about 1.3 CPU-s, all in Python's own parser and compiler, and
every worker of every run paid it again. `remember()` (called by each worker as it starts)
keeps what the compiler produced for each pattern (the engine's code and group tables) in a
file under the user's cache folder; a later process hands that to the engine directly and
skips the parser. A pattern is known by its full text and flags, and the file by the Python
version and the engine's version, so an entry can only ever be the compilation of that very
pattern; anything unexpected (a missing, unreadable or foreign file, an entry the engine
refuses) falls back to compiling as usual.

The folder is `$MANDATE_GRAPH_CACHE`, else `$XDG_CACHE_HOME/mandate-graph`, else
`~/.cache/mandate-graph`; `MANDATE_GRAPH_CACHE=off` turns this off.
"""

from __future__ import annotations

import marshal
import os
import pickle
import re
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar, cast

from ..atomic import write_atomic

# A file that grows past this many entries (patterns of earlier versions of the data, or made
# from text) starts over: the languages' patterns are some 1,200 entries, 6 MB.
MAX_ENTRIES = 5_000

_Key = tuple[str | bytes, int]
T = TypeVar("T")


def cache_file() -> Path | None:
    """Where the compiled patterns of this Python are kept; None when turned off."""
    folder = os.environ.get("MANDATE_GRAPH_CACHE")
    if folder is not None and folder.strip().lower() in ("", "off", "0", "no"):
        return None
    if not folder:
        xdg = os.environ.get("XDG_CACHE_HOME")
        folder = str(Path(xdg) / "mandate-graph") if xdg else "~/.cache/mandate-graph"
    import _sre  # type: ignore[import-not-found]

    # The full version too: a patch release may compile a pattern differently (a fix)
    version = ".".join(map(str, sys.version_info[:3]))
    tag = f"{sys.implementation.cache_tag}-{version}-{_sre.MAGIC}"
    try:
        return Path(folder).expanduser() / f"patterns-{tag}.marshal"
    except RuntimeError:  # no home folder to be found: keep nothing
        return None


class _Recorder:
    """Stands in for the engine module inside `re`'s compiler: notes what it compiles."""

    def __init__(self, engine: Any) -> None:
        self.engine = engine
        self.last: tuple | None = None

    def __getattr__(self, name: str) -> Any:
        return getattr(self.engine, name)

    def compile(self, *args: Any) -> re.Pattern:
        self.last = args
        return self.engine.compile(*args)


class PatternMemory:
    """The compiled patterns read from `path`, and those this process compiled since."""

    def __init__(self, path: Path | None) -> None:
        self.path = path
        self.known: dict[_Key, tuple] = _load(path) if path else {}
        self.fresh: dict[_Key, tuple] = {}
        self._original: Any = None
        self._recorder: _Recorder | None = None

    def install(self) -> None:
        """Route `re`'s compiler through this memory (for the rest of the process)."""
        from re import _compiler  # type: ignore[attr-defined]

        if self._original is not None or not hasattr(_compiler, "_sre"):
            return
        self._original = _compiler.compile
        self._recorder = _Recorder(_compiler._sre)
        _compiler._sre = self._recorder
        _compiler.compile = self.compile

    def compile(self, pattern: Any, flags: int = 0) -> re.Pattern:
        """`re._compiler.compile`, answered from memory when this pattern was compiled before."""
        recorder = self._recorder
        if recorder is None or not isinstance(pattern, (str, bytes)) or not isinstance(flags, int):
            return self._original(pattern, flags)
        key = (pattern, int(flags))
        args = self.known.get(key) or self.fresh.get(key)
        if args is not None:
            try:
                return recorder.engine.compile(pattern, *args)
            except Exception:  # noqa: BLE001 - an entry the engine refuses: compile anew
                self.known.pop(key, None)
                self.fresh.pop(key, None)
        recorder.last = None
        compiled = self._original(pattern, flags)
        last = recorder.last
        if last is not None and len(last) == 6 and last[0] is pattern:
            self.fresh[key] = _plain(last[1:])
        return compiled

    def uninstall(self) -> None:
        """Give `re` its own compiler back."""
        from re import _compiler  # type: ignore[attr-defined]

        if self._original is not None and self._recorder is not None:
            _compiler.compile, _compiler._sre = self._original, self._recorder.engine
            self._original = self._recorder = None

    def save(self) -> None:
        """Add what this process compiled to the file (merged with what others added since)."""
        if not self.fresh or self.path is None:
            return
        merged = _load(self.path)
        if len(merged) + len(self.fresh) > MAX_ENTRIES:
            merged = {}
        merged.update(self.fresh)
        try:
            data = marshal.dumps(merged)
            write_atomic(self.path, lambda out: out.write(data))
        except (OSError, ValueError):
            return  # a read-only home or an entry marshal cannot hold: compile next time
        self.known.update(self.fresh)
        self.fresh = {}


def _plain(args: tuple) -> tuple:
    """The engine's arguments with plain ints (the compiler's opcodes are an int subclass,
    which marshal does not take): flags, code, group count, group index, index group."""
    flags, code, groups, groupindex, indexgroup = args
    return (
        int(flags),
        [int(op) for op in code],
        int(groups),
        {str(name): int(i) for name, i in groupindex.items()},
        tuple(indexgroup),
    )


def _load(path: Path) -> dict[_Key, tuple]:
    """The entries of the file; empty when it is missing, unreadable or not ours."""
    try:
        data = marshal.loads(path.read_bytes())
    except (OSError, EOFError, ValueError, TypeError):
        return {}
    if not isinstance(data, dict):
        return {}
    return {
        key: args
        for key, args in data.items()
        if isinstance(key, tuple) and len(key) == 2 and isinstance(args, tuple)
    }


_MEMORY: PatternMemory | None = None


def remember() -> None:
    """Compile this process's patterns from the cache file from now on (unless turned off);
    `keep()` before the process ends adds what it had to compile itself."""
    global _MEMORY
    path = cache_file()
    if _MEMORY is None and path is not None:
        _MEMORY = PatternMemory(path)
        _MEMORY.install()


def keep() -> None:
    """Save the patterns this process compiled, if `remember()` was called."""
    if _MEMORY is not None:
        _MEMORY.save()


def kept(name: str, version: str, build: Callable[[], T]) -> T:
    """``build()``, or the object an earlier process built under the same name and version
    (kept pickled in the cache folder: tables a worker builds from the data files, such as a
    language's body-name matcher, a quarter of a second each). ``version`` must change
    whenever the code or data that build the object change (version.extractor_version)."""
    base = cache_file()
    if base is None:
        return build()
    path = base.parent / f"{name}-{version}.pickle"
    try:
        return cast(T, pickle.loads(path.read_bytes()))
    except Exception:  # noqa: BLE001 - missing, damaged or from other code: build it anew
        pass
    made = build()
    try:
        data = pickle.dumps(made, protocol=pickle.HIGHEST_PROTOCOL)
        write_atomic(path, lambda out: out.write(data))
        for old in path.parent.glob(f"{name}-*.pickle"):  # earlier versions: not read again
            if old != path:
                old.unlink(missing_ok=True)
    except (OSError, pickle.PicklingError, TypeError, AttributeError):
        pass
    return made
