"""The browser query page of `mandate-graph serve`: one self-contained HTML file.

It loads nothing from anywhere (no fonts, scripts or styles from the network) and renders every
result value with `textContent`, never as HTML, so text from documents cannot run as code.
The Content-Security-Policy sent with it allows exactly its own inline script and style (by hash)
and requests to this endpoint only.
"""

from __future__ import annotations

import base64
import hashlib

_STYLE = """
body { font: 14px/1.4 system-ui, sans-serif; margin: 1.5em; color: #222; }
h1 { font-size: 1.2em; }
textarea { width: 100%; height: 12em; font: 13px monospace; box-sizing: border-box; }
table { border-collapse: collapse; margin-top: 1em; font-size: 13px; }
th, td { border: 1px solid #ccc; padding: 2px 6px; text-align: left; vertical-align: top; }
th { background: #f0f0f0; }
#status { margin-top: .8em; white-space: pre-wrap; }
.error { color: #a00; }
"""

_SCRIPT = """
"use strict";
const form = document.getElementById("form");
const text = document.getElementById("query");
const status = document.getElementById("status");
const out = document.getElementById("results");
const links = document.getElementById("links");
function cell(tag, value) {
  const node = document.createElement(tag);
  node.textContent = value;
  return node;
}
function shown(term) {
  if (!term) return "";
  if (term.type === "literal" && term["xml:lang"]) return term.value + " @" + term["xml:lang"];
  return term.value;
}
function download(fmt) {
  const a = document.createElement("a");
  a.href = "query?format=" + fmt + "&query=" + encodeURIComponent(text.value);
  a.textContent = fmt.toUpperCase();
  a.download = "results." + fmt;
  return a;
}
form.addEventListener("submit", async (event) => {
  event.preventDefault();
  out.replaceChildren();
  links.replaceChildren();
  status.className = "";
  status.textContent = "running...";
  const started = performance.now();
  try {
    const response = await fetch("query", {
      method: "POST",
      headers: {"Content-Type": "application/sparql-query",
                "Accept": "application/sparql-results+json, application/n-triples;q=0.9"},
      body: text.value,
    });
    const body = await response.text();
    if (!response.ok) {
      status.className = "error";
      status.textContent = response.status + " " + response.statusText + ": " + body;
      return;
    }
    const seconds = ((performance.now() - started) / 1000).toFixed(2);
    const type = response.headers.get("Content-Type") || "";
    if (!type.includes("json")) {
      out.appendChild(cell("pre", body));
      status.textContent = "graph results (" + seconds + " s)";
      return;
    }
    const data = JSON.parse(body);
    if ("boolean" in data) {
      status.textContent = String(data.boolean) + " (" + seconds + " s)";
      return;
    }
    const vars = data.head.vars;
    const head = document.createElement("tr");
    vars.forEach((v) => head.appendChild(cell("th", v)));
    out.appendChild(head);
    for (const row of data.results.bindings) {
      const tr = document.createElement("tr");
      vars.forEach((v) => tr.appendChild(cell("td", shown(row[v]))));
      out.appendChild(tr);
    }
    const n = data.results.bindings.length;
    const more = response.headers.get("X-Rows-Truncated") ? "; more rows exist (row cap)" : "";
    status.textContent = n + " row" + (n === 1 ? "" : "s") + more + " (" + seconds + " s)";
    links.append("Download: ", download("csv"), " ", download("tsv"), " ", download("json"));
  } catch (err) {
    status.className = "error";
    status.textContent = String(err);
  }
});
"""

# One row per document: the store repeats a fact once per file that states it (a PDF and a
# text of one document), hence the grouping; STR drops the language tag from the title.
_DEFAULT_QUERY = """# Documents with their symbol and title (mg:, dct: ... need no PREFIX)
SELECT ?symbol (SAMPLE(STR(?name)) AS ?title) WHERE {
  ?doc mg:symbol ?symbol .
  OPTIONAL { ?doc dct:title ?name }
} GROUP BY ?symbol ORDER BY ?symbol
LIMIT 100"""


def _hash(source: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(source.encode()).digest()).decode() + "'"


PAGE = f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Mandate Graph SPARQL endpoint</title>
<style>{_STYLE}</style>
</head>
<body>
<h1>Mandate Graph &mdash; read-only SPARQL endpoint</h1>
<p>Queries read the union of all document graphs. Tools: <code>POST /query</code> or
<code>GET /query?query=...</code> (SPARQL 1.1 Protocol; JSON, XML, CSV or TSV results).</p>
<form id="form">
<textarea id="query" spellcheck="false">{_DEFAULT_QUERY}</textarea>
<p><button type="submit">Run query</button> <span id="links"></span></p>
</form>
<div id="status"></div>
<table id="results"></table>
<script>{_SCRIPT}</script>
</body>
</html>
""".encode()

# Only the page's own script and style run; it may talk to this endpoint and nowhere else.
CSP = (
    f"default-src 'none'; script-src {_hash(_SCRIPT)}; style-src {_hash(_STYLE)}; "
    "connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'"
)
