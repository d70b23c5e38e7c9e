/* The query page of `mandate-graph serve`: YASGUI (editor, results, tabs) on this endpoint only,
 * and the named queries as one-click starting points.
 *
 * Offline by construction: the editor's completers that call web services (LOV terms) are
 * removed, prefixes complete from the endpoint's own list and YASGUI's bundled one, the endpoint
 * cannot be changed from the URL, and the page's CSP allows requests to this server only.
 * Text from the store reaches the page through YASGUI's sanitised table or textContent.
 */
(function () {
  "use strict";

  var here = new URL("query", window.location.href).href;
  var Yasqe = Yasgui.Yasqe;
  // Completers that would query web services are taken out; prefixes and variables stay.
  delete Yasqe.Autocompleters.property;
  delete Yasqe.Autocompleters["class"];
  Yasqe.defaults.autocompleters = ["prefixes", "variables"];
  Yasqe.defaults.prefixCcApi = null;
  Yasqe.defaults.createShareableLink = undefined;
  Yasqe.defaults.value = [
    "# Documents with their symbol and title (mg:, dct: ... need no PREFIX)",
    "# (DISTINCT: the store's default graph repeats a fact once per document that states it)",
    "SELECT DISTINCT ?symbol (STR(?t) AS ?title) WHERE {",
    "  ?doc mg:symbol ?symbol .",
    "  OPTIONAL { ?doc dct:title ?t }",
    "} ORDER BY ?symbol",
    "LIMIT 100"].join("\n");

  function el(tag, text, cls) {
    var e = document.createElement(tag);
    if (text !== undefined && text !== null) e.textContent = String(text);
    if (cls) e.className = cls;
    return e;
  }
  // A SPARQL string literal for a parameter value.
  function literal(value) {
    return "\"" + String(value).replace(/\\/g, "\\\\").replace(/"/g, "\\\"")
      .replace(/\n/g, "\\n").replace(/\r/g, "\\r") + "\"";
  }
  // Binds parameters as the command line's --param does, visibly: VALUES inside the first WHERE.
  function bind(text, values) {
    var names = Object.keys(values);
    if (!names.length) return text;
    var line = names.map(function (n) {
      return "  VALUES ?" + n + " { " + literal(values[n]) + " }";
    }).join("\n");
    var where = /\bWHERE\s*\{/i.exec(text);
    if (!where) return text;
    var at = where.index + where[0].length;
    return text.slice(0, at) + "\n" + line + text.slice(at);
  }
  function example(doc) {
    var m = /\(e\.g\.\s*([^)]*)\)/.exec(doc || "");
    return m ? m[1].trim() : "";
  }

  var yasgui = new Yasgui(document.getElementById("yasgui"), {
    requestConfig: { endpoint: here, method: "POST" },
    endpointCatalogueOptions: { getData: function () { return [{ endpoint: here }]; }, keys: [] },
    copyEndpointOnNewTab: true,
    populateFromUrl: false,
    persistenceId: "mandate-graph",
    yasr: { pluginOrder: ["table", "response"], defaultPlugin: "table" }
  });
  // Every tab talks to this endpoint, whatever an older saved session said.
  Object.keys(yasgui._tabs || {}).forEach(function (id) {
    yasgui.getTab(id).setEndpoint(here);
  });

  // -- links in results: this store's nodes to their graph page, documents to undocs.org --------
  var dataBase = null;  // the store's node IRIs start with this (from /named-queries)
  function relink(root) {
    root.querySelectorAll("a.iri").forEach(function (a) {
      if (a.dataset.mg) return;
      a.dataset.mg = "1";
      var iri = a.getAttribute("href") || "";
      var url;
      try { url = new URL(iri); } catch (err) { url = null; }
      if (url && url.protocol === "https:" && url.host === "undocs.org") {
        a.target = "_blank";
        a.rel = "noopener noreferrer";
        a.title = "the document at undocs.org";
      } else if (dataBase && iri.indexOf(dataBase) === 0) {
        a.href = "node?iri=" + encodeURIComponent(iri);
        a.target = "_blank";
        a.rel = "noopener";
        a.title = "this node in the graph page";
      } else {
        a.removeAttribute("href");  // other IRIs (the ontology's terms) stay text
      }
    });
  }
  new MutationObserver(function () { relink(document.getElementById("yasgui")); })
    .observe(document.getElementById("yasgui"), { childList: true, subtree: true });

  // -- downloads come from the server (the same CSV, TSV and JSON as the command line) ----------
  function showDownloads(tab) {
    var query = tab.getQuery();
    ["csv", "tsv", "json"].forEach(function (fmt) {
      document.getElementById("dl-" + fmt).href =
        "query?format=" + fmt + "&query=" + encodeURIComponent(query);
    });
    document.getElementById("downloads").hidden = false;
  }
  yasgui.on("queryResponse", function (_y, tab) { showDownloads(tab); });

  // -- named queries --------------------------------------------------------------------------------
  function open(query, values) {
    var text = bind(query.text, values);
    var tab = yasgui.addTab(true, { name: query.name, yasqe: { value: text } });
    tab.getYasqe().setValue(text);
    tab.query();
    return tab;
  }
  function item(query) {
    var li = el("li");
    var button = el("button", query.name, "open");
    button.type = "button";
    button.dataset.name = query.name;
    li.appendChild(button);
    li.appendChild(el("p", query.description, "what"));
    var inputs = {};
    query.params.forEach(function (p) {
      var row = el("label", null, "param");
      row.appendChild(el("span", p[0]));
      var input = document.createElement("input");
      input.value = example(p[1]);
      input.title = p[1];
      input.setAttribute("aria-label", p[0] + ": " + p[1]);
      inputs[p[0]] = input;
      row.appendChild(input);
      li.appendChild(row);
    });
    button.addEventListener("click", function () {
      var values = {};
      Object.keys(inputs).forEach(function (k) { values[k] = inputs[k].value; });
      open(query, values);
    });
    return li;
  }
  var named = [];
  fetch("named-queries", { headers: { Accept: "application/json" } })
    .then(function (r) { return r.json(); })
    .then(function (data) {
      named = data.queries;
      dataBase = data.base;
      var ours = Object.keys(data.prefixes).map(function (p) {
        return p + ": <" + data.prefixes[p] + ">";
      });
      var bundled = Yasqe.Autocompleters.prefixes.get;
      Yasqe.Autocompleters.prefixes.get = function (yasqe) {
        return bundled(yasqe).then(function (list) { return ours.concat(list); });
      };
      var list = document.getElementById("named-list");
      named.forEach(function (q) { list.appendChild(item(q)); });
      document.body.dataset.ready = "1";
    })
    .catch(function (err) {
      document.getElementById("named-list").appendChild(el("li", String(err), "mg-error"));
    });

  window.mandateQuery = { yasgui: yasgui, open: function (name, values) {
    var q = named.find(function (x) { return x.name === name; });
    return q ? open(q, values || {}) : null;
  }, bind: bind };
})();
