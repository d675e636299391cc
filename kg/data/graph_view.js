// kg graph view: a small force layout on SVG, search, type filters, ego view, fact panel.
// Written for kg (kg/visualise.py embeds it in every exported page); no libraries, no network.
(function () {
  "use strict";
  const SVG_NS = "http://www.w3.org/2000/svg";
  const data = JSON.parse(document.getElementById("kg-data").textContent);
  const nodes = data.nodes;
  const edges = data.edges;
  const colour = {};
  data.types.forEach(function (t) { colour[t.name] = t.colour; });

  const neighbours = nodes.map(function () { return []; });
  edges.forEach(function (e, i) {
    neighbours[e.source].push({ node: e.target, edge: i, out: true });
    neighbours[e.target].push({ node: e.source, edge: i, out: false });
  });

  const state = { hidden: new Set(), ego: data.ego, depth: data.depth || 1, selected: null,
                  visible: [], positions: new Map(), view: null };
  const svg = document.getElementById("graph");
  const details = document.getElementById("details");
  const status = document.getElementById("status");
  const egoButton = document.getElementById("ego");
  const depthSelect = document.getElementById("depth");
  const searchInput = document.getElementById("search");
  const results = document.getElementById("search-results");
  depthSelect.value = String(state.depth);

  function radius(node) { return 5 + 2.6 * Math.sqrt(node.degree || 0); }

  function el(tag, attrs, text) {
    const element = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) { element.setAttribute(k, attrs[k]); });
    if (text !== undefined) element.textContent = text;
    return element;
  }

  function svgEl(tag, attrs) {
    const element = document.createElementNS(SVG_NS, tag);
    Object.keys(attrs).forEach(function (k) { element.setAttribute(k, attrs[k]); });
    return element;
  }

  // ---------------------------------------------------------------- which nodes show

  function visibleNodes() {
    const shown = new Set();
    if (state.ego !== null) {
      let frontier = [state.ego];
      shown.add(state.ego);
      for (let step = 0; step < state.depth; step++) {
        const next = [];
        frontier.forEach(function (id) {
          neighbours[id].forEach(function (n) {
            if (!shown.has(n.node) && !state.hidden.has(nodes[n.node].type)) { shown.add(n.node); next.push(n.node); }
          });
        });
        frontier = next;
      }
    } else {
      nodes.forEach(function (n) { if (!state.hidden.has(n.type)) shown.add(n.id); });
    }
    return Array.from(shown).sort(function (a, b) { return a - b; });
  }

  // ---------------------------------------------------------------- force layout

  function layout(ids) {
    const n = ids.length;
    const index = new Map(ids.map(function (id, i) { return [id, i]; }));
    const xs = new Float64Array(n), ys = new Float64Array(n);
    const spread = 30 * Math.sqrt(n + 1);
    for (let i = 0; i < n; i++) {  // a golden-angle spiral: deterministic and evenly spread
      const r = spread * Math.sqrt((i + 0.5) / n), a = i * 2.399963;
      xs[i] = r * Math.cos(a); ys[i] = r * Math.sin(a);
    }
    const links = [];
    edges.forEach(function (e) {
      if (index.has(e.source) && index.has(e.target)) links.push([index.get(e.source), index.get(e.target)]);
    });
    const iterations = n <= 200 ? 300 : n <= 800 ? 150 : n <= 2000 ? 60 : 25;
    const ideal = n <= 60 ? 85 : 60;
    const dx = new Float64Array(n), dy = new Float64Array(n);
    for (let it = 0; it < iterations; it++) {
      const temperature = 12 * (1 - it / iterations) + 0.5;
      dx.fill(0); dy.fill(0);
      for (let i = 0; i < n; i++) {
        for (let j = i + 1; j < n; j++) {
          let ddx = xs[i] - xs[j], ddy = ys[i] - ys[j];
          let d2 = ddx * ddx + ddy * ddy;
          if (d2 < 0.01) { ddx = 0.1 * (i - j); ddy = 0.1; d2 = ddx * ddx + ddy * ddy; }
          if (d2 > 4 * 250000) continue;
          const f = ideal * ideal / d2;
          dx[i] += ddx * f; dy[i] += ddy * f; dx[j] -= ddx * f; dy[j] -= ddy * f;
        }
      }
      links.forEach(function (l) {
        const ddx = xs[l[0]] - xs[l[1]], ddy = ys[l[0]] - ys[l[1]];
        const d = Math.sqrt(ddx * ddx + ddy * ddy) + 0.01;
        const f = d / ideal;
        dx[l[0]] -= ddx * f; dy[l[0]] -= ddy * f; dx[l[1]] += ddx * f; dy[l[1]] += ddy * f;
      });
      for (let i = 0; i < n; i++) {
        dx[i] -= 0.02 * xs[i]; dy[i] -= 0.02 * ys[i];  // a little gravity keeps islands near
        const d = Math.sqrt(dx[i] * dx[i] + dy[i] * dy[i]) + 0.01;
        const step = Math.min(d, temperature);
        xs[i] += dx[i] / d * step; ys[i] += dy[i] / d * step;
      }
    }
    const positions = new Map();
    ids.forEach(function (id, i) { positions.set(id, [xs[i], ys[i]]); });
    return positions;
  }

  // ---------------------------------------------------------------- drawing

  function fitView() {
    let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
    state.positions.forEach(function (p, id) {
      const r = radius(nodes[id]) + 20;
      const labelWidth = showLabel(id, state.visible.length) ? 6.2 * Math.min(nodes[id].label.length, 48) : 0;
      minX = Math.min(minX, p[0] - r); maxX = Math.max(maxX, p[0] + r + labelWidth);
      minY = Math.min(minY, p[1] - r); maxY = Math.max(maxY, p[1] + r);
    });
    if (!isFinite(minX)) { minX = -100; minY = -100; maxX = 100; maxY = 100; }
    state.view = [minX, minY, maxX - minX, maxY - minY];
    applyView();
  }

  function applyView() {
    svg.setAttribute("viewBox", state.view.join(" "));
    // labels and outlines keep their size on the screen whatever the zoom
    const scale = state.view[2] / Math.max(svg.clientWidth, 1);
    const labels = document.getElementById("labels");
    if (labels) { labels.setAttribute("font-size", (11 * scale).toFixed(2)); labels.setAttribute("stroke-width", (3 * scale).toFixed(2)); }
    const nodeLayer = document.getElementById("nodes");
    if (nodeLayer) nodeLayer.setAttribute("stroke-width", (1.5 * Math.min(scale, 1.5)).toFixed(2));
  }

  // a large graph labels only its 30 best-connected nodes (and the selected and ego ones)
  let labelled = new Set();
  function chooseLabels() {
    const ranked = state.visible.slice().sort(function (a, b) { return (nodes[b].degree || 0) - (nodes[a].degree || 0) || a - b; });
    labelled = new Set(ranked.slice(0, 30));
  }
  function showLabel(id, count) {
    if (count <= 80) return true;
    return id === state.selected || id === state.ego || labelled.has(id);
  }

  function draw() {
    while (svg.firstChild) svg.removeChild(svg.firstChild);
    const edgeLayer = svgEl("g", { id: "edges" });
    const nodeLayer = svgEl("g", { id: "nodes" });
    const labelLayer = svgEl("g", { id: "labels" });
    svg.appendChild(edgeLayer); svg.appendChild(nodeLayer); svg.appendChild(labelLayer);
    const shown = state.positions;
    edges.forEach(function (e, i) {
      if (!shown.has(e.source) || !shown.has(e.target)) return;
      const a = shown.get(e.source), b = shown.get(e.target);
      const line = svgEl("line", { x1: a[0], y1: a[1], x2: b[0], y2: b[1], "class": "edge",
                                   "stroke-width": Math.min(1 + Math.log2(e.weight || 1), 6), "data-edge": i });
      const title = svgEl("title", {}); title.textContent = nodes[e.source].label + " — " + e.relation + " → " + nodes[e.target].label;
      line.appendChild(title);
      edgeLayer.appendChild(line);
    });
    state.visible.forEach(function (id) {
      const p = shown.get(id), node = nodes[id];
      const circle = svgEl("circle", { cx: p[0], cy: p[1], r: radius(node), fill: colour[node.type] || "#888",
                                       "class": "node", "data-id": id, "data-type": node.type });
      const title = svgEl("title", {}); title.textContent = node.label + " (" + node.type + ")";
      circle.appendChild(title);
      circle.addEventListener("click", function (event) { event.stopPropagation(); select(id); });
      nodeLayer.appendChild(circle);
      if (showLabel(id, state.visible.length)) {
        const label = svgEl("text", { x: p[0] + radius(node) + 3, y: p[1], "dominant-baseline": "central",
                                      "class": "label", "data-id": id });
        label.textContent = node.label.length > 48 ? node.label.slice(0, 47) + "…" : node.label;
        labelLayer.appendChild(label);
      }
    });
    document.getElementById("empty").hidden = state.visible.length > 0;
    highlight();
    const edgeCount = edgeLayer.childNodes.length;
    status.textContent = state.visible.length + " of " + nodes.length + " entities, " + edgeCount + " relations" +
      (state.ego !== null ? " · around " + nodes[state.ego].label + " (depth " + state.depth + ")" : "");
  }

  function highlight() {
    const near = new Set();
    if (state.selected !== null) {
      near.add(state.selected);
      neighbours[state.selected].forEach(function (n) { near.add(n.node); });
    }
    svg.querySelectorAll(".node").forEach(function (c) {
      const id = Number(c.getAttribute("data-id"));
      c.classList.toggle("selected", id === state.selected);
      c.classList.toggle("faded", state.selected !== null && !near.has(id));
    });
    svg.querySelectorAll(".label").forEach(function (t) {
      t.classList.toggle("faded", state.selected !== null && !near.has(Number(t.getAttribute("data-id"))));
    });
    svg.querySelectorAll(".edge").forEach(function (line) {
      const e = edges[Number(line.getAttribute("data-edge"))];
      const touches = state.selected !== null && (e.source === state.selected || e.target === state.selected);
      line.classList.toggle("near", touches);
      line.classList.toggle("faded", state.selected !== null && !touches);
    });
  }

  function refresh() {
    state.visible = visibleNodes();
    chooseLabels();
    state.positions = layout(state.visible);
    draw();
    fitView();
  }

  // ---------------------------------------------------------------- the details panel

  function nodeLink(id) {
    const a = el("a", { "class": "node-link", href: "#", "data-id": id }, nodes[id].label);
    a.addEventListener("click", function (event) { event.preventDefault(); reveal(id); });
    return a;
  }

  function letterId(iri) {
    const found = nodes.find(function (n) { return n.iri === iri; });
    return found ? found.id : null;
  }

  function showDetails(id) {
    const node = nodes[id];
    details.textContent = "";
    details.appendChild(el("h2", {}, "Details"));
    details.appendChild(el("h3", { id: "detail-label" }, node.label));
    const type = el("div", { "class": "type" });
    const swatch = el("span", { "class": "swatch" });
    swatch.style.background = colour[node.type] || "#888";
    type.appendChild(swatch); type.appendChild(document.createTextNode(node.type));
    details.appendChild(type);
    const dl = el("dl");
    [["kind", node.kind], ["date", node.date], ["stance", node.stance], ["status", node.status], ["links", String(node.degree || 0)]].forEach(function (pair) {
      if (pair[1]) { dl.appendChild(el("dt", {}, pair[0])); dl.appendChild(el("dd", {}, pair[1])); }
    });
    dl.appendChild(el("dt", {}, "IRI"));
    const iri = el("dd"); iri.appendChild(el("a", { href: node.iri, target: "_blank", rel: "noopener" }, node.iri));
    dl.appendChild(iri);
    if (node.page) {  // a letter's page on zoek.officielebekendmakingen.nl
      dl.appendChild(el("dt", {}, "official page"));
      const page = el("dd"); page.appendChild(el("a", { href: node.page, target: "_blank", rel: "noopener", "class": "official-page" }, node.page));
      dl.appendChild(page);
    }
    details.appendChild(dl);

    const groups = {};
    neighbours[id].forEach(function (n) {
      const e = edges[n.edge];
      const name = n.out ? e.relation : (data.inverses || {})[e.relation] || e.relation + " (from)";
      (groups[name] = groups[name] || []).push({ node: n.node, weight: e.weight });
    });
    Object.keys(groups).sort().forEach(function (name) {
      details.appendChild(el("h2", {}, name));
      const list = el("ul", { "class": "links" });
      groups[name].forEach(function (g) {
        const li = el("li");
        li.appendChild(nodeLink(g.node));
        if (g.weight > 1) li.appendChild(document.createTextNode(" ×" + g.weight));
        list.appendChild(li);
      });
      details.appendChild(list);
    });

    details.appendChild(el("h2", {}, "What the letters say (" + node.facts.length + ")"));
    if (!node.facts.length) details.appendChild(el("p", { "class": "placeholder" }, "No evidence recorded for this entity."));
    node.facts.forEach(function (fact) {
      const box = el("div", { "class": "fact" });
      box.appendChild(el("div", { "class": "kind" }, fact.kind + (fact.text ? ": " + fact.text : "")));
      const quote = el("blockquote", { "class": "evidence" });
      if (fact.prefix) quote.appendChild(el("span", { "class": "context" }, "…" + fact.prefix));
      quote.appendChild(el("mark", { "class": "quote" }, fact.quote));
      if (fact.suffix) quote.appendChild(el("span", { "class": "context" }, fact.suffix + "…"));
      box.appendChild(quote);
      const where = el("div", { "class": "letter" });
      where.appendChild(document.createTextNode("in "));
      const lid = letterId(fact.letter);
      if (lid !== null) where.appendChild(nodeLink(lid));
      else where.appendChild(el("a", { href: fact.letter, target: "_blank", rel: "noopener" }, fact.letter_label));
      box.appendChild(where);
      details.appendChild(box);
    });
  }

  function select(id) {
    state.selected = id;
    egoButton.disabled = id === null;
    highlight();
    if (id !== null) showDetails(id);
  }

  function reveal(id) {  // select a node, bringing it into view when filters or the ego view hide it
    if (!state.positions.has(id)) {
      state.hidden.delete(nodes[id].type);
      syncTypeBoxes();
      if (state.ego !== null) state.ego = id;
      refresh();
    }
    select(id);
  }

  // ---------------------------------------------------------------- controls

  function syncTypeBoxes() {
    document.querySelectorAll("#types input").forEach(function (box) { box.checked = !state.hidden.has(box.value); });
  }

  data.types.forEach(function (t) {
    const label = el("label");
    const box = el("input", { type: "checkbox", value: t.name });
    box.checked = true;
    box.addEventListener("change", function () {
      if (box.checked) state.hidden.delete(t.name); else state.hidden.add(t.name);
      refresh();
      if (state.selected !== null && !state.positions.has(state.selected)) select(null);
    });
    const swatch = el("span", { "class": "swatch" });
    swatch.style.background = t.colour;
    label.appendChild(box); label.appendChild(swatch);
    label.appendChild(document.createTextNode(t.name));
    label.appendChild(el("span", { "class": "count" }, String(t.count)));
    document.getElementById("types").appendChild(label);
  });

  egoButton.addEventListener("click", function () {
    if (state.selected === null) return;
    state.ego = state.selected;
    refresh();
  });
  depthSelect.addEventListener("change", function () {
    state.depth = Number(depthSelect.value);
    if (state.ego !== null) refresh();
  });
  document.getElementById("all").addEventListener("click", function () {
    state.ego = null; state.hidden.clear(); syncTypeBoxes(); refresh();
  });

  function matches(text) {
    const needle = text.trim().toLowerCase();
    if (!needle) return [];
    return nodes.filter(function (n) { return n.label.toLowerCase().indexOf(needle) >= 0 || n.iri.toLowerCase() === needle; })
      .sort(function (a, b) { return (b.degree || 0) - (a.degree || 0); }).slice(0, 15);
  }

  searchInput.addEventListener("input", function () {
    results.textContent = "";
    const found = matches(searchInput.value);
    found.forEach(function (n) {
      const li = el("li", { "data-id": n.id });
      const swatch = el("span", { "class": "swatch" });
      swatch.style.background = colour[n.type] || "#888";
      li.appendChild(swatch); li.appendChild(document.createTextNode(n.label + " · " + n.type));
      li.addEventListener("mousedown", function (event) { event.preventDefault(); results.hidden = true; reveal(n.id); });
      results.appendChild(li);
    });
    results.hidden = found.length === 0;
  });
  searchInput.addEventListener("keydown", function (event) {
    if (event.key === "Enter") {
      const found = matches(searchInput.value);
      if (found.length) { results.hidden = true; reveal(found[0].id); }
    } else if (event.key === "Escape") { results.hidden = true; }
  });
  searchInput.addEventListener("blur", function () { results.hidden = true; });

  // pan and zoom
  let drag = null;
  svg.addEventListener("mousedown", function (event) {
    drag = { x: event.clientX, y: event.clientY, view: state.view.slice() };
    svg.style.cursor = "grabbing";
  });
  window.addEventListener("mousemove", function (event) {
    if (!drag) return;
    const scale = state.view[2] / svg.clientWidth;
    state.view[0] = drag.view[0] - (event.clientX - drag.x) * scale;
    state.view[1] = drag.view[1] - (event.clientY - drag.y) * scale;
    applyView();
  });
  window.addEventListener("mouseup", function () { drag = null; svg.style.cursor = ""; });
  svg.addEventListener("click", function (event) { if (event.target === svg) select(null); });
  svg.addEventListener("wheel", function (event) {
    event.preventDefault();
    const factor = event.deltaY > 0 ? 1.15 : 1 / 1.15;
    const box = svg.getBoundingClientRect();
    const fx = (event.clientX - box.left) / box.width, fy = (event.clientY - box.top) / box.height;
    const v = state.view;
    const w = v[2] * factor, h = v[3] * factor;
    state.view = [v[0] + (v[2] - w) * fx, v[1] + (v[3] - h) * fy, w, h];
    applyView();
  }, { passive: false });

  // a link may name what to show: #select=IRI-or-label, #ego=IRI-or-label, #depth=2 (joined with &)
  function fromHash() {
    const wanted = {};
    location.hash.replace(/^#/, "").split("&").forEach(function (part) {
      const pair = part.split("=");
      if (pair.length === 2) wanted[pair[0]] = decodeURIComponent(pair[1].replace(/\+/g, " "));
    });
    function find(text) {
      if (!text) return null;
      const needle = text.toLowerCase();
      const exact = nodes.find(function (n) { return n.iri === text || n.label.toLowerCase() === needle; });
      if (exact) return exact.id;
      const found = matches(text);
      return found.length ? found[0].id : null;
    }
    if (wanted.depth && /^[123]$/.test(wanted.depth)) { state.depth = Number(wanted.depth); depthSelect.value = wanted.depth; }
    const ego = find(wanted.ego);
    if (ego !== null) state.ego = ego;
    return find(wanted.select);
  }

  const chosen = fromHash();
  refresh();
  if (chosen !== null) reveal(chosen);
  else if (state.ego !== null) select(state.ego);

  // for scripts and tests: where a node is drawn on the screen, and the current state
  window.kgView = {
    nodes: nodes,
    edges: edges,
    visible: function () { return state.visible.slice(); },
    select: select,
    reveal: reveal,
    screenPosition: function (id) {
      const circle = svg.querySelector('circle[data-id="' + id + '"]');
      if (!circle) return null;
      const box = circle.getBoundingClientRect();
      return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
    }
  };
})();
