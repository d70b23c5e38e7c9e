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

  // -- the overview: groups of nodes (body, subsidiary, session or year) until opened --------
  // Each node's mg.g is its path of groups (indices into data.groups); a node is drawn once
  // every group on its path is open, else the first closed group on its path stands for it.
  var groups = data.groups || [];
  var opened = new Set();
  var childGroups = groups.map(function () { return []; });
  groups.forEach(function (g, i) { if (g.parent !== null) childGroups[g.parent].push(i); });
  var groupItems = new Map(), shownEdges = new Map();
  function groupId(i) { return "g" + i; }
  function standIn(n) {
    var path = n.mg.g;
    if (!path) return n.id;
    for (var i = 0; i < path.length; i++) if (!opened.has(path[i])) return groupId(path[i]);
    return n.id;
  }
  function clip(text, limit) { return text.length <= limit ? text : text.slice(0, limit - 1) + "\u2026"; }
  // A group's box: its name and count, legible at the zoom that fits a few dozen of them.
  function boxStyle(name, count, top) {
    return { shape: "box", margin: 10,
      label: name + "\n" + count.toLocaleString("en") + (count === 1 ? " node" : " nodes"),
      font: { size: top ? 18 : 15, face: "system-ui, sans-serif" },
      widthConstraint: { maximum: 230 },
      color: { background: top ? "#e8eef7" : "#f4f1fa", border: "#1f3a5f",
               highlight: { background: "#ffffff", border: "#000000" },
               hover: { background: "#ffffff", border: "#000000" } },
      borderWidth: 1.5 };
  }
  function groupItem(i) {
    var g = groups[i];
    var item = Object.assign(boxStyle(g.label, g.count, g.parent === null), { id: groupId(i),
      mg: { key: g.label, label: g.label, kind: "group", group: i, members: g.count,
            kinds: g.kinds } });
    groupItems.set(item.id, item);
    return item;
  }
  function strongest(breakdown) {
    var groupsSeen = new Set(Object.keys(breakdown).map(function (r) { return relationGroup(r); }));
    return groupsSeen.has("mandate") ? "mandate" : groupsSeen.has("citation") ? "citation" : "structure";
  }
  var relationGroups = new Map();
  meta.relations.forEach(function (r) { relationGroups.set(r.relation, r.group); });
  function relationGroup(r) { return relationGroups.get(r) || "structure"; }
  // Relation names as words, from the ontology's labels: "requestedBy" -> "requested by".
  function words(r) { return meta.relationLabels[r] || r; }
  // What is drawn now: the nodes whose groups are open, a box per closed group, and the edges
  // between them (edges between boxes counted, one line per pair).
  function shown() {
    var outNodes = new Map(), links = new Map(), outEdges = [];
    data.nodes.forEach(function (n) {
      var s = standIn(n);
      if (!outNodes.has(s)) outNodes.set(s, s === n.id ? n : groupItem(Number(s.slice(1))));
    });
    data.edges.forEach(function (e) {
      var a = standIn(byId.get(e.from)), b = standIn(byId.get(e.to));
      if (a === e.from && b === e.to) { outEdges.push(e); return; }
      if (a === b) return;
      var k = a + ">" + b;
      if (!links.has(k)) links.set(k, { from: a, to: b, count: 0, breakdown: {} });
      var link = links.get(k);
      link.count += e.mg.count || 1;
      link.breakdown[e.mg.relation] = (link.breakdown[e.mg.relation] || 0) + (e.mg.count || 1);
    });
    links.forEach(function (link, k) {
      var group = strongest(link.breakdown), colour = meta.groupColours[group];
      outEdges.push({ id: "e" + k, from: link.from, to: link.to, arrows: "to",
        label: link.count.toLocaleString("en"), width: Math.min(1 + Math.log2(link.count) / 2, 6),
        color: { color: colour, highlight: colour, hover: colour }, dashes: false,
        mg: { relation: group === "mandate" ? "mandatedBy" : group === "citation" ? "cites" : "mentions",
              group: group, count: link.count,
              breakdown: Object.keys(link.breakdown).sort(function (x, y) {
                return link.breakdown[y] - link.breakdown[x] || (x < y ? -1 : 1);
              }).map(function (r) { return [r, link.breakdown[r]]; }) } });
    });
    shownEdges = new Map(outEdges.map(function (e) { return [e.id, e]; }));
    return { nodes: Array.from(outNodes.values()), edges: outEdges };
  }
  function item(id) { return byId.get(id) || groupItems.get(id); }

  // The overview's boxes sit on a grid, biggest first, rows about as long as the page is wide.
  var GRID = { x: 270, y: 150 };
  function gridPlace(items) {
    // No more columns than fit the canvas at about three quarters of full size.
    var wide = Math.floor((document.getElementById("mg-network").clientWidth || 1000) / 200);
    var columns = Math.max(1, Math.min(Math.round(Math.sqrt(items.length * 1.3)), wide));
    items.forEach(function (n, i) {
      n.x = (i % columns) * GRID.x;
      n.y = Math.floor(i / columns) * GRID.y;
    });
    return items;
  }

  // -- the network ------------------------------------------------------------------------
  var first = shown();
  // A store too big to travel in the page comes grouped by body: the same boxes on a grid.
  if (meta.clustered) {
    first.nodes = gridPlace(first.nodes.map(function (n) {
      var name = n.mg.bodyName ? n.mg.key + " \u2014 " + clip(n.mg.bodyName, 48) : n.mg.key;
      return Object.assign({}, n, boxStyle(name, n.mg.members || 0, true));
    }).sort(function (a, b) { return (b.mg.members || 0) - (a.mg.members || 0); }));
    data.options.physics.enabled = false;
  }
  if (groups.length) {
    first.nodes = gridPlace(first.nodes.map(function (n) { return Object.assign({}, n); }));
    // (all closed at first: boxes in the groups' order, biggest first)
    data.options.physics.enabled = false;  // a grid needs no layout
  }
  var nodes = new vis.DataSet(first.nodes);
  var edges = new vis.DataSet(first.edges);
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
    showOverviewStatus();
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
    nodes.getIds().map(item).forEach(function (n) {
      var dim = dimOthers && keepNodes !== null && !keepNodes.has(n.id);
      if (dim === dimmedNodes.has(n.id)) return;
      toggle(dimmedNodes, n.id, dim);
      nodeChanges.push({ id: n.id, opacity: dim ? 0.15 : 1,
                         font: { color: dim ? "rgba(0,0,0,0.15)" : "#1d1d1d" } });
    });
    Array.from(shownEdges.values()).forEach(function (e) {
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
    network.setSelection({ nodes: Array.from(keepNodes).filter(function (i) { return nodes.get(i); }),
                           edges: Array.from(keepEdges).filter(function (i) { return edges.get(i); }) },
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
    if (info.evidence) quote(parent, info.evidence.text, words(info.evidence.relation) +
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
    var n = byId.get(id);
    if (n && standIn(n) !== id) {  // inside a closed group: open its groups first
      n.mg.g.forEach(function (i) { opened.add(i); });
      render(false);
      focus = true;
    }
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
    var n = item(p.node);
    if (!n) return;
    showTip(function (t) {
      describeNode(t, n, false);
      if (n.mg.link) t.appendChild(el("p", "Click for the mandate chain and the undocs.org link.", "mg-hint"));
    });
  });
  network.on("hoverEdge", function (p) {
    var e = shownEdges.get(p.edge);
    if (!e) return;
    showTip(function (t) {
      t.appendChild(el("div", words(e.mg.relation) + (e.mg.count > 1 ? " ×" + e.mg.count : ""), "mg-kind"));
      t.appendChild(el("div", item(e.from).mg.label + " → " + item(e.to).mg.label, "mg-key"));
      (e.mg.breakdown || []).forEach(function (pair) {
        t.appendChild(el("p", words(pair[0]) + ": " + pair[1].toLocaleString("en"), "mg-field"));
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
    if (p.nodes.length && groupItems.has(p.nodes[0]) && nodes.get(p.nodes[0])) {
      openGroup(groupItems.get(p.nodes[0]).mg.group);
    } else if (p.nodes.length) select(p.nodes[0], false);
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
  // The CLI's folding of a typed key (resolve.search_form): NFKC, look-alike letters, no
  // format characters, no spaces, no case. Nodes carry their names already folded (mg.find).
  var lookalike = new Map();
  Array.from(meta.fold.from).forEach(function (c, i) { lookalike.set(c, Array.from(meta.fold.to)[i]); });
  function fold(s) {
    var text = String(s || "").normalize("NFKC");
    text = Array.from(text, function (c) { return lookalike.has(c) ? lookalike.get(c) : c; }).join("");
    return text.replace(/[\p{Cf}\s]/gu, "").toUpperCase().toLowerCase();
  }
  // "Security Council resolution 687 (1991)" -> itself, "council resolution 687 (1991)", ...
  function tails(query) {
    var words = query.trim().split(/\s+/), out = [];
    for (var i = 0; i < words.length; i++) out.push(fold(words.slice(i).join(" ")));
    return out;
  }
  // Ranks: 0 the key itself, 1 another exact name ("resolution 687 (1991)"), 2 a name that
  // starts with the query, 3 a key or label containing it, 4 a title or body name containing it.
  function rank(n, folded, wanted, plain) {
    var find = n.mg.find || [];
    if (find[0] === folded) return 0;
    if (find.some(function (f) { return wanted.has(f); }) ||
        norm(n.mg.iri).endsWith("/" + plain)) return 1;
    if (find.some(function (f) { return f.startsWith(folded); })) return 2;
    if (find.some(function (f) { return f.indexOf(folded) >= 0; })) return 3;
    if ([n.mg.title, n.mg.bodyName, n.mg.body].some(function (t) {
      return norm(t).indexOf(plain) >= 0; })) return 4;
    return -1;
  }
  function matches(query) {
    var folded = fold(query), plain = norm(query), wanted = new Set(tails(query));
    var tiers = [[], [], [], [], []];
    if (!folded) return [];
    searchable().forEach(function (n) {
      var r = rank(n, folded, wanted, plain);
      if (r >= 0) tiers[r].push(n.id);
    });
    return [].concat.apply([], tiers);
  }
  function searchable() { return data.nodes; }
  var lastQuery = "", lastMatches = [], lastIndex = -1;
  function search(query) {
    var q = norm(query);
    var status = document.getElementById("mg-search-status");
    if (!q) { status.textContent = ""; return null; }
    if (q !== lastQuery) {
      lastQuery = q;
      lastMatches = matches(query);
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
      nodes.update(nodes.get({ filter: function (n) { return n.mg.kind === k.kind; } })
        .map(function (n) { return { id: n.id, hidden: hidden }; }));
    });
  });
  var relationBox = document.getElementById("mg-legend-relations");
  meta.relations.forEach(function (r) {
    var line = el("span", null, "mg-line" + (r.dashed ? " mg-dashed" : ""));
    line.style.borderTopColor = r.colour;
    legendRow(relationBox, line, words(r.relation) + " (" + r.group + ")", function (hidden) {
      edges.update(edges.get({ filter: function (e) { return e.mg.relation === r.relation; } })
        .map(function (e) { return { id: e.id, hidden: hidden }; }));
    });
  });

  // -- opening groups -------------------------------------------------------------------------
  // Redraws what is shown. Opened groups: every item on the grid, in the groups' order (an
  // opened group's contents where it was). Every node: the positions computed in Python, then
  // physics polishes for the page's layout budget and stops.
  function order(n) {
    if (groupItems.has(n.id)) return [n.mg.group, 0, 0];
    var path = n.mg.g || [];
    return [path.length ? path[path.length - 1] : -1, 1, n.id];
  }
  function before(a, b) {
    var x = order(a), y = order(b);
    for (var i = 0; i < 3; i++) if (x[i] !== y[i]) return x[i] - y[i];
    return 0;
  }
  function render(useOwnPositions) {
    var next = shown();
    var items = next.nodes.map(function (n) { return Object.assign({}, n); });
    if (!useOwnPositions) gridPlace(items.sort(before));
    dimmedNodes.clear(); dimmedEdges.clear(); boldEdges.clear();
    edges.clear();
    nodes.clear();
    var big = items.length > 1000;
    network.setOptions({ physics: { enabled: false },
                         edges: { smooth: big ? false : data.options.edges.smooth } });
    nodes.add(items);
    edges.add(next.edges);
    network.fit({ animation: false });
    window.clearTimeout(state.polish);
    if (useOwnPositions) {
      network.setOptions({ physics: { enabled: true, stabilization: { enabled: false } } });
      state.polish = window.setTimeout(function () {
        network.setOptions({ physics: { enabled: false } });
        network.fit({ animation: false });
      }, meta.layoutBudgetMs);
    }
    showOverviewStatus();
  }
  // Opens group i (and a lone subgroup inside it) and zooms to what it held, so that its
  // contents are legible whatever else is drawn.
  function openGroup(i) {
    var before = new Set(nodes.getIds());
    opened.add(i);
    while (childGroups[i].length === 1) { i = childGroups[i][0]; opened.add(i); }
    render(false);
    zoomTo(nodes.getIds().filter(function (id) { return !before.has(id); }));
  }
  function zoomTo(ids) {
    if (!ids.length) return;
    network.fit({ nodes: ids, animation: false });
    if (network.getScale() > 1.2) network.moveTo({ scale: 1.2, animation: false });
  }
  function showAll() {
    groups.forEach(function (_g, i) { opened.add(i); });
    render(true);
  }
  function showOverview() {
    opened.clear();
    state.selected = null;
    render(false);
  }
  function showOverviewStatus() {
    if (!groups.length) return;
    var boxes = nodes.get({ filter: function (n) { return groupItems.has(n.id); } }).length;
    setStatus(boxes ? nodes.length + " items drawn: " + boxes + " groups (click one to open it) " +
      "and " + (nodes.length - boxes) + " single nodes, of " + data.nodes.length + " nodes."
      : data.nodes.length + " nodes, " + edges.length + " edges. Ready.");
  }
  if (groups.length) {
    var bar = document.getElementById("mg-overview");
    bar.hidden = false;
    document.getElementById("mg-show-all").addEventListener("click", showAll);
    document.getElementById("mg-show-groups").addEventListener("click", showOverview);
  }

  // For people who script the page, and for the browser tests.
  window.mandateGraph = {
    network: network, nodes: nodes, edges: edges, state: state,
    search: search, matches: matches, openGroup: openGroup, showAll: showAll,
    showOverview: showOverview, groups: groups, fold: fold, select: select, clear: unhighlight, meta: meta
  };
})();
