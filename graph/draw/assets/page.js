/* Mandate Graph page: draws the embedded graph with vis-network and wires search, tooltips,
 * details, legend and chain highlighting.
 *
 * Every text that came from a document is shown with textContent or as an attribute set
 * through the DOM (never innerHTML, never vis-network's HTML tooltips): it stays text.
 */
(function () {
  "use strict";

  var data = JSON.parse(document.getElementById("mg-data").textContent);
  var meta = data.meta;
  var byId = new Map();
  data.nodes.forEach(function (n) { byId.set(n.id, n); });
  var edgeById = new Map();
  data.edges.forEach(function (e) { edgeById.set(e.id, e); });

  var state = { settled: false, selected: null, chain: { up: [], down: [], edges: [] },
                timing: { parsed: performance.now() } };

  // -- small DOM helpers: text only -----------------------------------------------------
  function el(tag, text, cls) {
    var e = document.createElement(tag);
    if (text !== undefined && text !== null) e.textContent = String(text);
    if (cls) e.className = cls;
    return e;
  }
  function field(parent, name, value) {
    if (value === undefined || value === null || value === "") return;
    var p = el("p", null, "mg-field");
    p.appendChild(el("b", name + ": "));
    p.appendChild(document.createTextNode(String(value)));
    parent.appendChild(p);
  }
  function clear(node) { while (node.firstChild) node.removeChild(node.firstChild); }
  function setStatus(text) { document.getElementById("mg-status").textContent = text; }

  // Only https://undocs.org/ addresses become links; checked here again as a second lock.
  function safeLink(href) {
    if (typeof href !== "string") return null;
    try {
      var url = new URL(href);
      if (url.protocol === "https:" && url.host === "undocs.org" && !url.username) return url.href;
    } catch (err) { /* not a URL: no link */ }
    return null;
  }

  // -- the network ------------------------------------------------------------------------
  var nodes = new vis.DataSet(data.nodes);
  var edges = new vis.DataSet(data.edges);
  var container = document.getElementById("mg-network");
  var network = new vis.Network(container, { nodes: nodes, edges: edges }, data.options);
  state.timing.created = performance.now();

  function settle() {
    if (state.settled) return;
    state.timing.stabilized = performance.now();
    network.setOptions({ physics: { enabled: false } });
    state.settled = true;
    state.timing.settled = performance.now();
    setStatus(data.nodes.length + " nodes, " + data.edges.length + " edges. Ready.");
    if (meta.focus !== null && meta.focus !== undefined && byId.has(meta.focus)) {
      select(meta.focus, true);
    }
  }
  // Physics polishes the layout for a bounded time, then stops: big graphs never freeze the tab.
  network.on("stabilizationProgress", function (p) {
    var spent = performance.now() - state.timing.created;
    setStatus("Laying out… " + Math.round(100 * Math.max(p.iterations / p.total,
                                                          spent / meta.layoutBudgetMs)) + "%");
    if (spent > meta.layoutBudgetMs) network.stopSimulation();
  });
  network.once("stabilizationIterationsDone", settle);
  network.once("stabilized", settle);
  if (!data.options.physics.enabled) network.once("afterDrawing", settle);
  if (data.nodes.length === 0) {
    state.settled = true;
    setStatus("Nothing to draw: no node matches this selection.");
  }

  // -- mandate chains: up = what mandated it (edge from -> to), down = what it mandated -----
  var chainRelations = new Set(meta.chainRelations);
  var upEdges = new Map(), downEdges = new Map();
  data.edges.forEach(function (e) {
    if (!chainRelations.has(e.mg.relation)) return;
    if (!upEdges.has(e.from)) upEdges.set(e.from, []);
    upEdges.get(e.from).push(e);
    if (!downEdges.has(e.to)) downEdges.set(e.to, []);
    downEdges.get(e.to).push(e);
  });
  function walk(start, adjacency, next) {
    var seen = new Set([start]), order = [], chainEdges = [], queue = [start];
    while (queue.length) {
      var id = queue.shift();
      (adjacency.get(id) || []).forEach(function (e) {
        chainEdges.push(e.id);
        var n = next(e);
        if (!seen.has(n)) { seen.add(n); order.push(n); queue.push(n); }
      });
    }
    return { nodes: order, edges: chainEdges };
  }

  // Small views dim everything off the chain; big ones (where restyling thousands of items
  // takes seconds) only select the chain and thicken its edges. Only changed items are updated.
  var dimOthers = !meta.large;
  var dimmedNodes = new Set(), dimmedEdges = new Set(), boldEdges = new Set();
  function toggle(set, id, on) { if (on) set.add(id); else set.delete(id); }
  function paint(keepNodes, keepEdges) {  // null, null: the plain view
    var nodeChanges = [], edgeChanges = [];
    data.nodes.forEach(function (n) {
      var dim = dimOthers && keepNodes !== null && !keepNodes.has(n.id);
      if (dim === dimmedNodes.has(n.id)) return;
      toggle(dimmedNodes, n.id, dim);
      nodeChanges.push({ id: n.id, opacity: dim ? 0.15 : 1,
                         font: { color: dim ? "rgba(0,0,0,0.15)" : "#1d1d1d" } });
    });
    data.edges.forEach(function (e) {
      var bold = keepEdges !== null && keepEdges.has(e.id);
      var dim = dimOthers && keepEdges !== null && !bold;
      if (dim === dimmedEdges.has(e.id) && bold === boldEdges.has(e.id)) return;
      toggle(dimmedEdges, e.id, dim);
      toggle(boldEdges, e.id, bold);
      edgeChanges.push({ id: e.id, width: bold ? e.width * 2 : e.width,
                         color: { color: e.color.color, highlight: e.color.color,
                                  hover: e.color.color, opacity: dim ? 0.08 : 1 },
                         font: { color: dim ? "rgba(0,0,0,0)" : "#444444" } });
    });
    if (nodeChanges.length) nodes.update(nodeChanges);
    if (edgeChanges.length) edges.update(edgeChanges);
  }
  function highlight(id) {
    var up = walk(id, upEdges, function (e) { return e.to; });
    var down = walk(id, downEdges, function (e) { return e.from; });
    var keepNodes = new Set([id].concat(up.nodes, down.nodes));
    var keepEdges = new Set(up.edges.concat(down.edges));
    paint(keepNodes, keepEdges);
    network.setSelection({ nodes: Array.from(keepNodes), edges: Array.from(keepEdges) },
                         { unselectAll: true, highlightEdges: false });
    state.chain = { up: up.nodes, down: down.nodes, edges: Array.from(keepEdges) };
    return state.chain;
  }
  function unhighlight() {
    paint(null, null);
    state.selected = null;
    state.chain = { up: [], down: [], edges: [] };
    network.unselectAll();
    showHint();
  }

  // -- details panel ------------------------------------------------------------------------
  var details = document.getElementById("mg-details");
  function showHint() {
    clear(details);
    details.appendChild(el("h2", "Details"));
    details.appendChild(el("p", "Hover a node or an edge for its details; click a node to " +
      "highlight its mandate chain (Esc clears).", "mg-hint"));
  }
  function describeNode(parent, n, full) {
    var info = n.mg;
    var kind = meta.kinds.find(function (k) { return k.kind === info.kind; });
    var line = el("div", null, "mg-kind");
    if (kind) {
      var glyph = el("span", kind.glyph + " ");
      glyph.style.color = kind.colour;
      line.appendChild(glyph);
    }
    line.appendChild(document.createTextNode(kind ? kind.label : info.kind));
    parent.appendChild(line);
    parent.appendChild(el("div", info.label, "mg-key"));
    if (info.key !== info.label) field(parent, "Key", info.key);
    field(parent, "Title", info.title);
    field(parent, "Date", info.date);
    field(parent, "Body", info.body);
    if (info.members !== undefined) {
      field(parent, "Nodes in this group", info.members.toLocaleString("en"));
      field(parent, "Kinds", Object.keys(info.kinds || {}).map(function (k) {
        return k + " " + info.kinds[k];
      }).join(", "));
    }
    field(parent, "Cited", info.cited ? info.cited + (info.cited === 1 ? " time" : " times") : "");
    if (info.evidence) quote(parent, info.evidence.text, info.evidence.relation +
      (info.evidence.source ? " · " + info.evidence.source : ""));
    if (full && info.iri && !info.link) field(parent, "IRI", info.iri);
  }
  function quote(parent, text, source) {
    var q = el("blockquote", text, "mg-quote");
    if (source) q.appendChild(el("span", source, "mg-source"));
    parent.appendChild(q);
  }
  function chainList(parent, title, ids) {
    parent.appendChild(el("h2", title + " (" + ids.length + ")"));
    if (!ids.length) { parent.appendChild(el("p", "none in this view", "mg-hint")); return; }
    var list = el("ol", null, "mg-chain");
    ids.slice(0, 200).forEach(function (id) {
      var item = el("li"), button = el("button", byId.get(id).mg.label);
      button.type = "button";
      button.addEventListener("click", function () { select(id, true); });
      item.appendChild(button);
      list.appendChild(item);
    });
    parent.appendChild(list);
    if (ids.length > 200) parent.appendChild(el("p", "… and " + (ids.length - 200) + " more", "mg-hint"));
  }
  function showNode(id) {
    var n = byId.get(id);
    clear(details);
    details.appendChild(el("h2", "Details"));
    describeNode(details, n, true);
    var link = safeLink(n.mg.link);
    if (link) {
      var a = el("a", "Open " + n.mg.label + " at undocs.org");
      a.href = link;
      a.target = "_blank";
      a.rel = "noopener noreferrer";
      var p = el("p", null, "mg-field");
      p.appendChild(a);
      details.appendChild(p);
    }
    chainList(details, "Mandated by (up the chain)", state.chain.up);
    chainList(details, "Mandates (down the chain)", state.chain.down);
    var clearButton = el("button", "Clear highlight");
    clearButton.type = "button";
    clearButton.addEventListener("click", unhighlight);
    details.appendChild(clearButton);
  }
  function select(id, focus) {
    state.selected = id;
    highlight(id);
    if (focus) network.focus(id, { scale: Math.max(network.getScale(), 1.0), animation: false });
    showNode(id);
  }

  // -- tooltips: our own element, filled with text ------------------------------------------
  var tip = document.getElementById("mg-tip");
  var stage = document.getElementById("mg-stage");
  var pointer = { x: 0, y: 0 };
  stage.addEventListener("mousemove", function (ev) {
    var box = stage.getBoundingClientRect();
    pointer.x = ev.clientX - box.left;
    pointer.y = ev.clientY - box.top;
    if (!tip.hidden) placeTip();
  });
  function placeTip() {
    var x = pointer.x + 14, y = pointer.y + 14;
    var maxX = stage.clientWidth - tip.offsetWidth - 4, maxY = stage.clientHeight - tip.offsetHeight - 4;
    tip.style.left = Math.max(4, Math.min(x, maxX)) + "px";
    tip.style.top = Math.max(4, Math.min(y, maxY)) + "px";
  }
  function showTip(fill) {
    clear(tip);
    fill(tip);
    tip.hidden = false;
    placeTip();
  }
  function hideTip() { tip.hidden = true; clear(tip); }
  network.on("hoverNode", function (p) {
    var n = byId.get(p.node);
    if (!n) return;
    showTip(function (t) {
      describeNode(t, n, false);
      if (n.mg.link) t.appendChild(el("p", "Click for the mandate chain and the undocs.org link.", "mg-hint"));
    });
  });
  network.on("hoverEdge", function (p) {
    var e = edgeById.get(p.edge);
    if (!e) return;
    showTip(function (t) {
      t.appendChild(el("div", (e.mg.words || e.mg.relation) + (e.mg.count > 1 ? " ×" + e.mg.count : ""), "mg-kind"));
      t.appendChild(el("div", byId.get(e.from).mg.label + " → " + byId.get(e.to).mg.label, "mg-key"));
      (e.mg.breakdown || []).forEach(function (pair) {
        t.appendChild(el("p", pair[0] + ": " + pair[1].toLocaleString("en"), "mg-field"));
      });
      (e.mg.evidence || []).forEach(function (q) {
        quote(t, q.text, [q.source, q.date].filter(Boolean).join(" · "));
      });
    });
  });
  stage.addEventListener("mouseleave", hideTip);
  network.on("blurNode", hideTip);
  network.on("blurEdge", hideTip);
  network.on("dragStart", hideTip);
  network.on("zoom", hideTip);

  network.on("click", function (p) {
    if (p.nodes.length) select(p.nodes[0], false);
    else if (!p.edges.length) unhighlight();
  });
  document.addEventListener("keydown", function (ev) {
    if (ev.key === "Escape") { hideTip(); unhighlight(); }
  });

  // -- search -----------------------------------------------------------------------------------
  var keyList = document.getElementById("mg-keys");
  data.keys.forEach(function (k) {
    var option = document.createElement("option");
    option.value = k;
    keyList.appendChild(option);
  });
  function norm(s) { return String(s || "").toLowerCase().replace(/\s+/g, " ").trim(); }
  var lastQuery = "", lastMatches = [], lastIndex = -1;
  function search(query) {
    var q = norm(query);
    var status = document.getElementById("mg-search-status");
    if (!q) { status.textContent = ""; return null; }
    if (q !== lastQuery) {
      var exact = [], starts = [], contains = [];
      data.nodes.forEach(function (n) {
        var names = [norm(n.mg.key), norm(n.mg.label), norm(n.mg.iri)];
        if (names.indexOf(q) >= 0 || norm(n.mg.iri).endsWith("/" + q)) exact.push(n.id);
        else if (names.some(function (s) { return s.startsWith(q); })) starts.push(n.id);
        else if (names.some(function (s) { return s.indexOf(q) >= 0; }) ||
                 norm(n.mg.title).indexOf(q) >= 0) contains.push(n.id);
      });
      lastQuery = q;
      lastMatches = exact.concat(starts, contains);
      lastIndex = -1;
    }
    if (!lastMatches.length) {
      status.textContent = "No node matches \u201c" + query + "\u201d in this view.";
      return null;
    }
    lastIndex = (lastIndex + 1) % lastMatches.length;
    var id = lastMatches[lastIndex];
    select(id, true);
    status.textContent = lastMatches.length === 1 ? "Found " + byId.get(id).mg.label + "." :
      "Match " + (lastIndex + 1) + " of " + lastMatches.length + ": " + byId.get(id).mg.label +
      " (Find again for the next).";
    return id;
  }
  document.getElementById("mg-search-form").addEventListener("submit", function (ev) {
    ev.preventDefault();
    search(document.getElementById("mg-search").value);
  });

  // -- legend: one row per kind and relation drawn; untick to hide ------------------------------
  function legendRow(parent, mark, text, onToggle) {
    var label = el("label", null, "mg-legend-item");
    var box = document.createElement("input");
    box.type = "checkbox";
    box.checked = true;
    box.addEventListener("change", function () { onToggle(!box.checked); });
    label.appendChild(box);
    label.appendChild(mark);
    label.appendChild(el("span", text));
    parent.appendChild(label);
  }
  var kindBox = document.getElementById("mg-legend-kinds");
  meta.kinds.forEach(function (k) {
    var glyph = el("span", k.glyph, "mg-glyph");
    glyph.style.color = k.colour;
    legendRow(kindBox, glyph, k.label, function (hidden) {
      nodes.update(data.nodes.filter(function (n) { return n.mg.kind === k.kind; })
        .map(function (n) { return { id: n.id, hidden: hidden }; }));
    });
  });
  var relationBox = document.getElementById("mg-legend-relations");
  meta.relations.forEach(function (r) {
    var line = el("span", null, "mg-line" + (r.dashed ? " mg-dashed" : ""));
    line.style.borderTopColor = r.colour;
    legendRow(relationBox, line, (r.words || r.relation) + " (" + r.group + ")", function (hidden) {
      edges.update(data.edges.filter(function (e) { return e.mg.relation === r.relation; })
        .map(function (e) { return { id: e.id, hidden: hidden }; }));
    });
  });

  // For people who script the page, and for the browser tests.
  window.mandateGraph = {
    network: network, nodes: nodes, edges: edges, state: state,
    search: search, select: select, clear: unhighlight, meta: meta
  };
})();
