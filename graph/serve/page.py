"""The browser query page of `mandate-graph serve`: YASGUI, the editor most SPARQL endpoints ship,
served from the package (graph/serve/static/, fetched by tests/vendor/yasgui.py), with the named
queries as one-click starting points.

It loads nothing from anywhere but this server: the Content-Security-Policy sent with it allows
scripts, styles and requests from this origin only (YASGUI's editor adds one fixed <style>
element, allowed by its hash), and the page script removes YASGUI's completers that would call
web services. Results reach the page through YASGUI's sanitised table.
"""

from __future__ import annotations

import json
import mimetypes
from functools import cache
from pathlib import Path

from ..query.named import named_queries
from ..vocab.iris import DEFAULT_BASE, PREFIXES

STATIC = Path(__file__).resolve().parent / "static"
# The one <style> element YASGUI's table column resizer inserts (the same text every time).
_RESIZER_STYLE = "'sha256-zCK2EVMoPc04mRF/g5CotUvxbJPWS+8V0b+s9ptqQIk='"
CSP = (
    "default-src 'none'; script-src 'self'; "
    f"style-src 'self' {_RESIZER_STYLE}; img-src 'self' data:; font-src 'self' data:; "
    "connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'"
)
_TYPES = {".js": "text/javascript", ".css": "text/css", ".txt": "text/plain"}

PAGE = b"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>Mandate Graph SPARQL endpoint</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="static/yasgui/yasgui.min.css">
<link rel="stylesheet" href="static/page.css">
</head>
<body>
<header>
<h1>Mandate Graph &mdash; read-only SPARQL endpoint</h1>
<p>Queries read the union of all document graphs; <code>mg:</code>, <code>dct:</code>,
<code>cito:</code>, <code>prov:</code>, <code>skos:</code>, <code>rdfs:</code> &hellip; need no
PREFIX. Tools: <code>POST /query</code> or <code>GET /query?query=&hellip;</code> (SPARQL 1.1
Protocol; JSON, XML, CSV or TSV).</p>
</header>
<main>
<aside id="named">
<h2>Named queries</h2>
<p class="hint">One click opens a query in a new tab and runs it; a parameter is bound with
<code>VALUES</code>, as <code>mandate-graph query --name NAME --param</code> does.</p>
<ul id="named-list"></ul>
</aside>
<section id="editor">
<div id="yasgui"></div>
<p id="downloads" hidden>Download these results: <a id="dl-csv" download="results.csv">CSV</a>
&middot; <a id="dl-tsv" download="results.tsv">TSV</a> &middot;
<a id="dl-json" download="results.json">JSON</a></p>
</section>
</main>
<script src="static/yasgui/yasgui.min.js"></script>
<script src="static/page.js"></script>
</body>
</html>
"""


def static_file(name: str) -> tuple[bytes, str] | None:
    """(bytes, media type) of a file under static/, or None (no such file, or outside it)."""
    path = (STATIC / name).resolve()
    if STATIC not in path.parents or not path.is_file():
        return None
    media = _TYPES.get(path.suffix) or mimetypes.guess_type(path.name)[0] or "text/plain"
    return _read(path), f"{media}; charset=utf-8"


@cache
def _read(path: Path) -> bytes:
    return path.read_bytes()


def named_json() -> bytes:
    """The named queries (name, what each answers, parameters, text), the prefixes queries may
    use undeclared, and the base of this store's node IRIs (results link those to /node)."""
    queries = [
        {
            "name": q.name,
            "description": q.description,
            "params": [list(p) for p in q.params],
            "text": q.text,
        }
        for q in named_queries().values()
    ]
    return json.dumps(
        {"queries": queries, "prefixes": PREFIXES, "base": DEFAULT_BASE}, ensure_ascii=False
    ).encode()


def node_page(store, iri: str) -> bytes:
    """The graph page (see graph/draw) of the node `iri` and its neighbours, one link out."""
    from ..draw.page import Selection, render_page
    from ..draw.view import build_view
    from ..network import to_networkx

    graph = to_networkx(store, key=iri, radius=1)
    view = build_view(graph, focus_key=iri)
    selection = Selection(store="this endpoint", key=iri, radius=1)
    return render_page(view, selection).encode("utf-8", errors="replace")
