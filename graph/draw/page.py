"""The HTML page: one self-contained file with every script, style and datum inline.

Safety, in layers:
- data from documents is embedded as JSON in a `<script type="application/json">` block with
  `<`, `>`, `&`, U+2028 and U+2029 escaped, so no text can close the element or start markup;
- the page script shows that data only through `textContent` and DOM elements (never innerHTML,
  never vis-network's HTML tooltips);
- a Content-Security-Policy allows exactly the page's own scripts (by SHA-256 hash) and no
  network at all, so even a mistake above could neither run injected code nor load anything.
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path

from ..errors import ExportError
from ..model import RELATIONS
from ..version import __version__
from .search import fold_table
from .style import (
    CHAIN_RELATIONS,
    KIND_STYLES,
    OTHER_KIND,
    RELATION_STYLES,
    STRUCTURE_STYLE,
    relation_words,
)
from .view import MAX_NODES, View

_ASSETS = Path(__file__).resolve().parent / "assets"
# "@@NAME@@" marks a slot in page.html; filled in one pass so no value is scanned again.
_SLOT = re.compile(r"@@([A-Z_]+)@@")
# Characters that could end a <script> element or be read as markup or a line end by a parser.
# (str.replace per character: ten times faster than str.translate on megabytes of JSON.)
_JSON_ESCAPES = (
    ("<", "\\u003c"),
    (">", "\\u003e"),
    ("&", "\\u0026"),
    ("\u2028", "\\u2028"),
    ("\u2029", "\\u2029"),
)
# What the page is for: the commands that narrow a view too big to draw one node per act.
NARROW_HINT = (
    "mandate-graph show KEY --radius 2",
    "--relation establishedBy",
    "--body CTOC/COP",
    "--since 2015",
)


@dataclass(frozen=True, slots=True)
class Selection:
    """What the page shows, for its title and header: store, focus and filters."""

    store: str = ""
    key: str | None = None
    radius: int | None = None
    relations: tuple[str, ...] = ()
    bodies: tuple[str, ...] = ()
    since: int | str | None = None

    def describe(self) -> list[str]:
        """Human phrases, e.g. ["focus CTOC/COP/WG.2", "radius 2", "since 2015"]."""
        parts = []
        if self.key:
            parts.append(f"focus {self.key}")
        if self.radius is not None:
            parts.append(f"radius {self.radius}")
        if self.relations:
            parts.append("relations " + ", ".join(self.relations))
        if self.bodies:
            parts.append("bodies " + ", ".join(self.bodies))
        if self.since is not None:
            parts.append(f"since {self.since}")
        return parts


def script_json(value) -> str:
    """JSON that is safe inside a <script> element: it cannot close it or open markup."""
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    for char, escape in _JSON_ESCAPES:
        text = text.replace(char, escape)
    return text


def render_page(view: View, selection: Selection) -> str:
    """The complete HTML document for `view`."""
    vis_js, vis_css = vis_assets()
    page_js = _asset("page.js")
    style = vis_css + "\n" + _asset("page.css")
    title = _title(view, selection)
    data = {
        "meta": {
            "title": title,
            "clustered": view.clustered,
            "focus": view.focus,
            "totalNodes": view.total_nodes,
            "totalEdges": view.total_edges,
            "layoutBudgetMs": view.layout_budget_ms,
            "large": view.large,
            "chainRelations": list(CHAIN_RELATIONS),
            "fold": fold_table(),
            "relationLabels": {r: relation_words(r) for r in ("mandatedBy", *RELATIONS)},
            "groupColours": {
                g: RELATION_STYLES[r].colour if r in RELATION_STYLES else STRUCTURE_STYLE.colour
                for g, r in (
                    ("mandate", "mandatedBy"),
                    ("citation", "cites"),
                    ("structure", "mentions"),
                )
            },
            "kinds": [_kind_legend(k) for k in view.kinds],
            "relations": [_relation_legend(r, view.large) for r in view.relations],
        },
        "keys": view.keys,
        "groups": view.groups,
        "nodes": view.nodes,
        "edges": view.edges,
        "options": view.options,
    }
    csp = "; ".join(
        (
            "default-src 'none'",
            f"script-src {_hash(vis_js)} {_hash(page_js)}",
            f"style-src {_hash(style)}",
            "img-src data:",
            "base-uri 'none'",
            "form-action 'none'",
        )
    )
    slots = {
        "CSP": html.escape(csp),
        "VERSION": html.escape(__version__),
        "TITLE": html.escape(title),
        "HEADING": html.escape(_heading(selection)),
        "SUMMARY": html.escape(_summary(view, selection)),
        "NOTICE": _notice(view),
        "STYLE": style,
        "DATA": script_json(data),
        "VIS_JS": vis_js,
        "PAGE_JS": page_js,
    }
    return _SLOT.sub(lambda m: slots[m.group(1)], _asset("page.html"))


def _title(view: View, selection: Selection) -> str:
    what = f"{selection.key}" if selection.key else "whole graph"
    return f"Mandate Graph: {what} ({_counts(view)})"


def _heading(selection: Selection) -> str:
    return f"Mandate Graph: {selection.key}" if selection.key else "Mandate Graph: whole graph"


def _counts(view: View) -> str:
    if view.clustered:
        return f"{len(view.nodes):,} groups of {view.total_nodes:,} nodes"
    return f"{len(view.nodes):,} nodes, {len(view.edges):,} edges"


def _summary(view: View, selection: Selection) -> str:
    parts = [f"store {selection.store or '(unnamed)'}", *selection.describe(), _counts(view)]
    return " · ".join(parts)


def _notice(view: View) -> str:
    """The banner of a grouped view: what happened and how to narrow it (static text only)."""
    if not view.clustered:
        return ""
    hint = ", ".join(f"<code>{html.escape(h)}</code>" for h in NARROW_HINT)
    return (
        '<p id="mg-notice" role="status">'
        f"This selection has {view.total_nodes:,} nodes and {view.total_edges:,} edges, more "
        f"than the {MAX_NODES:,} a browser draws smoothly, so each node here groups the acts "
        f"of one body. Narrow it to see single acts: {hint}.</p>"
    )


def _kind_legend(kind: str) -> dict:
    style = KIND_STYLES.get(kind, OTHER_KIND)
    return {"kind": kind, "label": style.label, "glyph": style.glyph, "colour": style.colour}


def _relation_legend(relation: str, solid: bool) -> dict:
    style = RELATION_STYLES.get(relation, STRUCTURE_STYLE)
    return {
        "relation": relation,
        "words": relation_words(relation),
        "group": style.group,
        "colour": style.colour,
        "dashed": bool(style.dashes) and not solid,
    }


def _hash(text: str) -> str:
    digest = hashlib.sha256(text.encode("utf-8")).digest()
    return "'sha256-" + base64.b64encode(digest).decode("ascii") + "'"


@cache
def _asset(name: str) -> str:
    return (_ASSETS / name).read_text(encoding="utf-8")


@cache
def vis_assets() -> tuple[str, str]:
    """vis-network's script and stylesheet, from the copy that ships inside pyvis."""
    lib = resources.files("pyvis") / "templates" / "lib"
    candidates = (
        sorted(
            (p for p in lib.iterdir() if p.name.startswith("vis-")),
            key=lambda p: tuple(int(x) for x in re.findall(r"\d+", p.name)),
        )
        if lib.is_dir()
        else []
    )
    for folder in reversed(candidates):
        js, css = folder / "vis-network.min.js", folder / "vis-network.css"
        if js.is_file() and css.is_file():
            js_text, css_text = js.read_text(encoding="utf-8"), css.read_text(encoding="utf-8")
            # Inlined text must not end its own element early.
            if "</script" in js_text.lower() or "</style" in css_text.lower():
                break
            return js_text, css_text
    raise ExportError(
        "cannot find vis-network inside the installed pyvis: "
        "reinstall it (pip install 'pyvis>=0.3.2')"
    )
