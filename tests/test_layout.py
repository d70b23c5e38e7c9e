"""The package layout stays clean: no import circles, no imports back up the layers.

Reads graph/ with `ast` (nothing is imported), follows every import at module level
and inside functions (imports under ``if TYPE_CHECKING:`` never run and are skipped),
and checks the graph of modules against the layer order below.

Run as a script to print the figures: ``python tests/test_layout.py``.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "graph"

# The data flow, lowest layer first. A module may import from its own folder and from
# any layer before its own; never from a layer after it.
LAYERS: list[list[str]] = [
    ["relations"],  # the model's closed vocabularies: plain tuples
    ["version", "errors", "model", "atomic"],  # leaves: no imports but the vocabularies
    ["vocab"],  # namespaces, keys, ontology paths, shared terms
    ["console"],  # tables, progress, build summary: plain text out of plain values
    ["read"],  # files -> Document
    ["extract"],  # Document -> DocumentRecord
    ["build"],  # DocumentRecord -> quads
    ["store"],  # quads in and out of a store
    ["ingest"],  # read -> extract -> build -> store
    ["query"],  # SPARQL, named queries, key resolution
    ["chain", "network"],  # mandate chains, networkx views
    ["stats", "validate", "export"],
    ["draw"],
    ["serve"],
    ["cli"],
    ["launch"],  # the script: plain query and chain without the CLI framework, else cli
    ["__main__"],
    ["__init__"],  # the package face: lazy names only
]


def module_name(path: Path, package: Path = PACKAGE) -> str:
    """Dotted name of a module file under the package."""
    parts = list(path.relative_to(package.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def modules(package: Path = PACKAGE) -> dict[str, Path]:
    """Every module of the package by dotted name."""
    return {module_name(p, package): p for p in sorted(package.rglob("*.py"))}


def _import_nodes(tree: ast.AST) -> Iterator[ast.Import | ast.ImportFrom]:
    """Every import statement, at any depth."""
    stack = [tree]
    while stack:
        node = stack.pop()
        if isinstance(node, (ast.Import, ast.ImportFrom)):
            yield node
        stack.extend(ast.iter_child_nodes(node))


def imports_of(name: str, path: Path, known: dict[str, Path]) -> set[str]:
    """Package modules that module `name` imports (a package counts as its __init__)."""
    is_package = path.name == "__init__.py"
    base = name.split(".") if is_package else name.split(".")[:-1]
    found: set[str] = set()
    for node in _import_nodes(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            targets = [alias.name for alias in node.names]
        else:
            if node.level == 0:
                module = node.module or ""
            else:
                anchor = base[: len(base) - (node.level - 1)]
                module = ".".join([*anchor, *([node.module] if node.module else [])])
            # `from .x import y` imports the submodule .x.y when there is one, else .x
            targets = [
                f"{module}.{alias.name}" if f"{module}.{alias.name}" in known else module
                for alias in node.names
            ]
        found.update(t for t in targets if t in known and t != name)
    return found


def import_graph(package: Path = PACKAGE) -> dict[str, set[str]]:
    """Module -> the package modules it imports."""
    known = modules(package)
    return {name: imports_of(name, path, known) for name, path in known.items()}


def circles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected groups of two or more modules (Tarjan), each sorted."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for nxt in graph.get(node, ()):
            if nxt not in index:
                visit(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in on_stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            group = []
            while True:
                top = stack.pop()
                on_stack.discard(top)
                group.append(top)
                if top == node:
                    break
            if len(group) > 1:
                found.append(sorted(group))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return sorted(found)


def layer_of(name: str, layers: list[list[str]] = LAYERS) -> tuple[int, str]:
    """(rank, folder) of a module: its first name under the package."""
    parts = name.split(".")
    top = parts[1] if len(parts) > 1 else "__init__"
    for rank, group in enumerate(layers):
        if top in group:
            return rank, top
    raise KeyError(f"{name}: no layer for {top!r}; add it to LAYERS")


def upward_imports(graph: dict[str, set[str]]) -> list[tuple[str, str]]:
    """Imports from a module to a later layer, or sideways to another folder of its layer."""
    bad = []
    for source, targets in graph.items():
        rank, top = layer_of(source)
        for target in targets:
            target_rank, target_top = layer_of(target)
            if target_rank > rank or (target_rank == rank and target_top != top):
                bad.append((source, target))
    return sorted(bad)


def test_every_module_has_a_layer() -> None:
    for name in modules():
        layer_of(name)


def test_no_import_circles() -> None:
    assert circles(import_graph()) == []


def test_no_imports_back_up_the_layers() -> None:
    assert upward_imports(import_graph()) == []


@pytest.mark.parametrize(
    ("graph", "expected"),
    [
        ({"a": {"b"}, "b": set()}, []),
        ({"a": {"b"}, "b": {"a"}}, [["a", "b"]]),
        ({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}, [["a", "b", "c"]]),
    ],
)
def test_circles_finds_strongly_connected_groups(graph, expected) -> None:
    assert circles(graph) == expected


def test_function_and_type_checking_imports_count(tmp_path: Path) -> None:
    pkg = tmp_path / "graph"
    pkg.mkdir()
    (pkg / "__init__.py").write_text("")
    (pkg / "a.py").write_text("from .b import x\n")
    (pkg / "b.py").write_text(
        "from typing import TYPE_CHECKING\n"
        "if TYPE_CHECKING:\n    from .c import z\n"
        "def f():\n    from .a import y\n"
    )
    (pkg / "c.py").write_text("")
    graph = import_graph(pkg)
    assert graph["graph.b"] == {"graph.a", "graph.c"}
    assert circles(graph) == [["graph.a", "graph.b"]]


def figures(package: Path = PACKAGE) -> dict[str, int]:
    """Top-level modules and folders, circles and upward imports of the package."""
    graph = import_graph(package)
    entries = [p for p in package.iterdir() if not p.name.startswith((".", "_")) or p.suffix]
    return {
        "top-level modules": sum(1 for p in entries if p.suffix == ".py"),
        "folders": sum(1 for p in entries if p.is_dir() and (p / "__init__.py").exists()),
        "import circles": len(circles(graph)),
        "upward imports": len(upward_imports(graph)),
    }


if __name__ == "__main__":
    for key, value in figures().items():
        print(f"{key}: {value}")
    graph = import_graph()
    for group in circles(graph):
        print("circle:", " ".join(group))
    for source, target in upward_imports(graph):
        print("upward:", source, "->", target)


def test_tests_import_no_private_names() -> None:
    tests = Path(__file__).resolve().parent
    private = []
    for path in sorted(tests.rglob("*.py")):
        for node in _import_nodes(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("graph"):
                private += [
                    f"{path.name}: {node.module}.{alias.name}"
                    for alias in node.names
                    if alias.name.startswith("_") and not alias.name.startswith("__")
                ]
    assert private == []


def _face() -> ast.Module:
    return ast.parse((PACKAGE / "__init__.py").read_text(encoding="utf-8"))


def test_lazy_api_table_and_type_checking_block_agree() -> None:
    """Every name of `_API` is imported under TYPE_CHECKING from the module the table names."""
    face = _face()
    table = next(
        ast.literal_eval(node.value)
        for node in face.body
        if isinstance(node, ast.Assign)
        and any(isinstance(t, ast.Name) and t.id == "_API" for t in node.targets)
    )
    block = next(
        node
        for node in face.body
        if isinstance(node, ast.If) and getattr(node.test, "id", "") == "TYPE_CHECKING"
    )
    imported = {
        alias.name: (node.module or "")
        for node in block.body
        if isinstance(node, ast.ImportFrom)
        for alias in node.names
    }
    assert imported == table


def test_every_lazy_name_loads() -> None:
    import graph

    for name in graph.__all__:
        assert getattr(graph, name) is not None, name
