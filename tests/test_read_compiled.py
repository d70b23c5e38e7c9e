"""Patterns compiled by an earlier process (graph/read/compiled.py) are the same patterns."""

from __future__ import annotations

import marshal
import re
from pathlib import Path

import pytest

from graph.read import compiled
from graph.read.compiled import PatternMemory, cache_file

# Named groups, flags, look-arounds, classes, Unicode, bytes: what the data files use.
PATTERNS: list[tuple[str | bytes, int]] = [
    (r"(?P<body>\S+) session (?P<number>\d+)$", 0),
    (r"(?<![\w/.-])(?:SBSTA|SBI)\s?(?P<n>\d{1,3})\b", 0),
    (r"résolution|décision|période\s+de\s+sessions", re.IGNORECASE),
    (r"第(?P<n>[一二三四五六七八九十百]+)届会议", 0),
    (r"^\s*(?:\d+\.|[a-z]\))\s+", re.MULTILINE),
    (rb"A/RES/\d+/\d+", 0),
    (r"(?x) a \s+ b  # verbose", 0),
]
TEXT = "CTOC/COP session 7 ... SBSTA 59, Résolution 70/1 第七十届会议\n 3. a b A/RES/1/2"


@pytest.fixture
def memory(tmp_path: Path):
    """A pattern memory in `tmp_path`, routed through `re` for the test, then taken out."""
    made: list[PatternMemory] = []

    def make() -> PatternMemory:
        mem = PatternMemory(tmp_path / "patterns.marshal")
        mem.install()
        made.append(mem)
        return mem

    yield make
    for mem in made:
        mem.uninstall()
    re.purge()


def _fresh(pattern: str | bytes, flags: int) -> re.Pattern:
    from re import _compiler  # type: ignore[attr-defined]

    return _compiler.compile(pattern, flags)


@pytest.mark.parametrize(("pattern", "flags"), PATTERNS)
def test_a_remembered_pattern_is_the_compiled_pattern(memory, pattern, flags) -> None:
    first = memory()
    re.purge()
    made = re.compile(pattern, flags)
    assert (pattern, flags) in first.fresh
    first.save()
    first.uninstall()
    re.purge()
    again = memory()
    assert (pattern, flags) in again.known
    replayed = re.compile(pattern, flags)
    again.uninstall()
    fresh = _fresh(pattern, flags)
    assert replayed == fresh == made  # same flags, text and engine code
    assert replayed.groupindex == fresh.groupindex and replayed.groups == fresh.groups
    text = TEXT.encode() if isinstance(pattern, bytes) else TEXT
    assert [m.span() for m in replayed.finditer(text)] == [  # type: ignore[arg-type]
        m.span()
        for m in fresh.finditer(text)  # type: ignore[arg-type]
    ]


def test_an_entry_the_engine_refuses_is_compiled_anew(memory, tmp_path: Path) -> None:
    pattern = r"(?P<a>x+)y"
    bogus = {(pattern, 0): (0, [999999, 1, 2], 1, {"a": 1}, (None, "a"))}
    (tmp_path / "patterns.marshal").write_bytes(marshal.dumps(bogus))
    mem = memory()
    re.purge()
    made = re.compile(pattern)
    assert made == _fresh(pattern, 0)
    assert made.match("xxy")["a"] == "xx"
    assert (pattern, 0) in mem.fresh  # and the good entry replaces it on save


@pytest.mark.parametrize("content", [b"", b"not marshal \x00\xff", marshal.dumps([1, 2, 3])])
def test_a_broken_file_is_ignored(memory, tmp_path: Path, content: bytes) -> None:
    (tmp_path / "patterns.marshal").write_bytes(content)
    mem = memory()
    assert mem.known == {}
    re.purge()
    assert re.compile(r"a(?P<b>b)c").match("abc")["b"] == "b"


def test_the_file_is_per_python_and_can_be_turned_off(monkeypatch, tmp_path: Path) -> None:
    monkeypatch.setenv("MANDATE_GRAPH_CACHE", str(tmp_path))
    path = cache_file()
    assert path is not None and path.parent == tmp_path
    import _sre
    import sys

    assert sys.implementation.cache_tag in path.name and str(_sre.MAGIC) in path.name
    assert ".".join(map(str, sys.version_info[:3])) in path.name
    monkeypatch.setenv("MANDATE_GRAPH_CACHE", "off")
    assert cache_file() is None


def test_no_home_folder_means_no_cache(monkeypatch) -> None:
    for name in ("MANDATE_GRAPH_CACHE", "XDG_CACHE_HOME", "HOME"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setattr(Path, "expanduser", _no_home)
    assert cache_file() is None
    assert compiled.kept("table", "1", lambda: 42) == 42


def _no_home(self):
    raise RuntimeError("Could not determine home directory.")


def test_workers_fill_the_file_and_read_it_back(monkeypatch, tmp_path: Path) -> None:
    """Two runs of the readers: the first writes the file, the second compiles from it, and
    both extract the same records."""
    from graph.ingest import extract_paths

    monkeypatch.setenv("MANDATE_GRAPH_CACHE", str(tmp_path / "cache"))
    examples = Path(__file__).resolve().parents[1] / "examples"

    def records() -> list:
        return sorted(
            (str(r.path), repr(r.record), r.error) for r in extract_paths([examples], jobs=1)
        )

    first = records()
    path = compiled.cache_file()
    assert path is not None and path.is_file()
    assert len(marshal.loads(path.read_bytes())) > 100  # the languages' patterns
    # (the second run may add a pattern or two: a kept table's patterns come back with
    # their flags spelled out)
    assert records() == first
    size = len(marshal.loads(path.read_bytes()))
    assert records() == first
    assert len(marshal.loads(path.read_bytes())) == size  # nothing new to add


def test_kept_builds_once_and_loads_after(monkeypatch, tmp_path: Path) -> None:
    monkeypatch.setenv("MANDATE_GRAPH_CACHE", str(tmp_path))
    calls: list[int] = []

    def build() -> dict:
        calls.append(1)
        return {"names": ["Security Council"], "n": len(calls)}

    first = compiled.kept("table", "1.0+abc", build)
    again = compiled.kept("table", "1.0+abc", build)
    assert first == again == {"names": ["Security Council"], "n": 1} and len(calls) == 1
    compiled.kept("table", "1.0+def", build)  # other code or data: built anew
    assert len(calls) == 2
    assert [p.name for p in tmp_path.glob("table-*")] == ["table-1.0+def.pickle"]
    (tmp_path / "table-1.0+abc.pickle").write_bytes(b"\x80\x05damaged")
    assert compiled.kept("table", "1.0+abc", build)["n"] == 3
    monkeypatch.setenv("MANDATE_GRAPH_CACHE", "off")
    compiled.kept("table", "1.0+abc", build)
    assert len(calls) == 4


@pytest.mark.parametrize("language", ["en", "fr", "es", "ru", "ar", "zh"])
def test_a_kept_body_matcher_finds_what_a_fresh_one_finds(
    monkeypatch, tmp_path: Path, language: str
) -> None:
    """The matcher a worker loads from the cache folder is the one it would have built."""
    from graph.extract import bodies

    monkeypatch.setenv("MANDATE_GRAPH_CACHE", str(tmp_path))
    bodies.matcher.cache_clear()
    try:
        bodies.matcher(language)  # built and kept
        bodies.matcher.cache_clear()
        loaded = bodies.matcher(language)  # read back
    finally:
        bodies.matcher.cache_clear()
    assert list(tmp_path.glob(f"bodies-{language}-*.pickle"))
    fresh = bodies.BodyMatcher(language)
    lazy = ("regex", "short_before_not", "short_after_not")
    assert {k: v for k, v in vars(loaded).items() if k not in lazy} == {
        k: v for k, v in vars(fresh).items() if k not in lazy
    }
    examples = Path(__file__).resolve().parents[1] / "examples"
    texts = [p.read_text(encoding="utf-8") for p in sorted(examples.rglob("*.txt"))]
    texts.append("the Security Council and the Conference of the Parties (COP), UNODC, CTOC/COP")
    for text in texts:
        assert loaded.find(text) == fresh.find(text)
