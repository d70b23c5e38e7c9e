"""The grouped page of a whole store, kept up to date as a build changes a few graphs.

A store of more than MAX_NODES nodes is drawn one node per body (groups.py), from counts that
two aggregates over the whole store make: drawn nodes and their citations per group, edges per
pair of groups and relation (groups.Counts). Those counts are sums over nodes and over edges,
and a graph's change can only change the terms of the nodes it states something about (its
subjects and the IRIs it points at, before or after) and of the edges with an end among them.

So around each write of a build, `probe` counts just those nodes and edges, before and after
(the same queries as the whole count, narrowed by a VALUES clause); the page's counts, kept in
`.graph-page.json` beside graph.html, move by the difference. The page drawn from them is the
page a whole count gives (tests/test_build_outputs.py compares the bytes). The counts file
names the store state it holds (store/changes.py); any other state, version or a missing file,
and the page is counted whole.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path

from ..atomic import write_atomic
from ..store.stamp import COUNTS
from ..version import __version__
from ..vocab.iris import MG
from .groups import _ALL_RELATIONS, Counts, _edges, _group_of, _nodes_query, _term

TYPE_CHECKING = False
if TYPE_CHECKING:
    from ..store.protocol import GraphStore


def _values(var: str, nodes: Iterable[str]) -> str:
    return f"VALUES ?{var} {{ {' '.join(sorted(nodes))} }}"


def probe(store: GraphStore, nodes: set[str]) -> Counts:
    """The counts of `nodes` (N-Triples IRIs: those drawn) and of the edges with an end among
    them, as the whole count has them."""
    counts = Counts()
    if not nodes:
        return counts
    query = _nodes_query(_ALL_RELATIONS, True, _values("n", nodes), by_node=True)
    for _n, rank, iri, cites in store.query(query):
        group = (int(rank.value), _term(iri))
        counts.members[group] += 1
        counts.cited[group] += int(cites.value)
    either = " UNION ".join(_edges(_ALL_RELATIONS, _values(var, nodes)) for var in "st")
    query = f"SELECT DISTINCT ?s ?rel ?t ?doc WHERE {{ {either} }}"
    edges = {(str(s), rel.value, str(t), _term(doc)) for s, rel, t, doc in store.query(query)}
    if not edges:
        return counts
    ends = {e[0] for e in edges} | {e[2] for e in edges}
    values = _values("n", ends)
    query = f"SELECT ?n ?rx ?bx WHERE {{ {values} {_group_of('n', 'x', values)} }}"
    groups = {str(n): (int(rank.value), _term(iri)) for n, rank, iri in store.query(query)}
    for s, rel, t, _doc in edges:
        counts.links[(*groups[s], *groups[t], rel[len(MG) :])] += 1
    return counts


def load(out: Path, state: str) -> Counts | None:
    """The counts kept in `out` for the store in `state`; None when there are none for it."""
    try:
        data = json.loads((out / COUNTS).read_text(encoding="utf-8"))
        if data["version"] != __version__ or data["state"] != state:
            return None
        counts = Counts()
        for rank, iri, members, cited in data["groups"]:
            counts.members[(rank, iri)] = members
            if cited:
                counts.cited[(rank, iri)] = cited
        for rs, bs, rt, bt, rel, n in data["links"]:
            counts.links[(rs, bs, rt, bt, rel)] = n
        return counts
    except (OSError, ValueError, KeyError, TypeError):
        return None


def save(out: Path, state: str, counts: Counts | None) -> None:
    """Keep `counts` in `out` for the store in `state` (None: remove what is kept)."""
    if counts is None:
        (out / COUNTS).unlink(missing_ok=True)
        return
    data = {
        "version": __version__,
        "state": state,
        "groups": [[r, b, n, counts.cited.get((r, b), 0)] for (r, b), n in counts.members.items()],
        "links": [[*link, n] for link, n in counts.links.items()],
    }
    text = json.dumps(data, separators=(",", ":"))
    write_atomic(out / COUNTS, lambda f: f.write(text.encode("utf-8")))


def moved(counts: Counts, deltas: list[tuple[Counts, Counts]]) -> Counts:
    """`counts` moved by each (before, after) pair of probes."""
    for before, after in deltas:
        counts.add(before, -1)
        counts.add(after)
    return counts
