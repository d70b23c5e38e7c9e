"""The overview a page of more than a few hundred nodes opens on: acts grouped by body, and within
a body by session (or, for acts adopted at no known session, by year), with counts.

Every node still travels in the page; the overview only says which group each belongs to. The
page draws one box per body, opens a body into its sessions and a session into its acts on a
click, and draws every node with one button ("Show every node").
"""

from __future__ import annotations

from collections import Counter

import networkx as nx

from ..vocab.labels import top_body

# Above this many nodes a page opens on the overview (a few hundred nodes drawn one by one
# are already a hairball whose labels vis-network hides at the zoom that fits them).
OVERVIEW_AT = 300
# Relations that place an act in a session (subject -> session).
SESSION_LINKS = ("adoptedAt", "submittedTo")
NO_BODY = "(no body)"
# A body with acts in more years than this is split by decade rather than by year.
MAX_YEARS = 12
_NAME_LIMIT = 48  # characters of a body's name on its box


def body_of(attrs: dict) -> str:
    """The body group of a node: its body, a body's own key, else "(no body)"."""
    if attrs.get("kind") == "body":
        return str(attrs.get("key") or "")
    return str(attrs.get("body") or "") or NO_BODY


def sessions_of(graph: nx.MultiDiGraph) -> dict:
    """Node -> the session node it was adopted at or submitted to (a session: itself)."""
    out: dict = {}
    for node, attrs in graph.nodes(data=True):
        if attrs.get("kind") == "session":
            out[node] = node
    for u, v, data in graph.edges(data=True):
        if data.get("relation") in SESSION_LINKS and graph.nodes[v].get("kind") == "session":
            out.setdefault(u, v)
    return out


def overview(graph: nx.MultiDiGraph, body_names: dict[str, str]) -> tuple[list[dict], dict]:
    """The groups and node -> its path of groups (indices into the list): the principal body
    (the top of the body list's hierarchy), the body itself when it is a subsidiary, then the
    session (or year). A group's parent is the group before it on the path; biggest first."""
    sessions = sessions_of(graph)
    facts = [
        (node, body_of(attrs), _year(attrs), str(attrs.get("kind") or "unresolved"))
        for node, attrs in graph.nodes(data=True)
    ]
    years: dict[str, set[str]] = {}
    for node, body, year, _kind in facts:
        if node not in sessions:
            years.setdefault(body, set()).add(year)
    tops = {body: top_body(body) for body in years.keys() | {f[1] for f in facts}}
    paths: dict = {}
    leaves: Counter[tuple[tuple[str, ...], str]] = Counter()  # (path, kind) -> nodes
    for node, body, year, kind in facts:
        session = sessions.get(node)
        if session is not None:
            sub = str(graph.nodes[session].get("label") or graph.nodes[session].get("key"))
        else:
            sub = year[:3] + "0s" if len(years[body]) > MAX_YEARS and year != "undated" else year
        top = tops[body]
        path: tuple[str, ...] = (top, body, sub) if body != top else (top, sub)
        paths[node] = path
        leaves[(path, kind)] += 1
    sizes: Counter[tuple[str, ...]] = Counter()
    kinds: dict[tuple[str, ...], Counter[str]] = {}
    for (path, kind), n in leaves.items():  # a few hundred leaves, not every node
        for depth in range(1, len(path) + 1):
            sizes[path[:depth]] += n
            kinds.setdefault(path[:depth], Counter())[kind] += n
    order = sorted(sizes, key=lambda p: (len(p), -sizes[p], p))
    children: dict[tuple[str, ...], list[tuple[str, ...]]] = {}
    for path in order:
        children.setdefault(path[:-1], []).append(path)
    groups: list[dict] = []
    at: dict[tuple[str, ...], int] = {}

    def add(path: tuple[str, ...]) -> None:
        at[path] = len(groups)
        parent = at.get(path[:-1]) if len(path) > 1 else None
        groups.append(_group(path, parent, sizes[path], kinds[path], body_names))
        for child in sorted(children.get(path, []), key=_sub_order):
            add(child)

    for root in children.get((), []):
        add(root)
    steps = {path: [at[path[:d]] for d in range(1, len(path) + 1)] for path, _k in leaves}
    member = {node: steps[path] for node, path in paths.items()}
    return groups, member


def _year(attrs: dict) -> str:
    year = str(attrs.get("date") or "")[:4]
    return year if year.isdigit() else "undated"


def _sub_order(path: tuple[str, ...]) -> tuple:
    """Sessions and years in order, "undated" last."""
    last = path[-1]
    return (last == "undated", len(last), last)


def _group(
    path: tuple[str, ...],
    parent: int | None,
    count: int,
    kinds: Counter[str],
    body_names: dict[str, str],
) -> dict:
    name = body_names.get(path[-1], "") if len(path) == 1 or path[-1] == path[1] else ""
    if len(name) > _NAME_LIMIT:
        name = name[: _NAME_LIMIT - 1].rstrip() + "…"
    label = path[-1] if not name or name == path[-1] else f"{path[-1]} — {name}"
    return {
        "label": label,
        "count": count,
        "parent": parent,
        "depth": len(path) - 1,
        "kinds": dict(sorted(kinds.items(), key=lambda t: (-t[1], t[0]))),
    }
