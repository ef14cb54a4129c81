/* warchest dashboard charts: SVG drawn from JSON the server put in
 * <script type="application/json"> blocks. No data is ever evaluated as code:
 * text goes in through textContent and links are built from fixed prefixes. */
(function () {
  "use strict";

  var SVG = "http://www.w3.org/2000/svg";
  var GRAVITY = 8; /* pull to the centre, in units of the ideal edge length */

  function el(name, attrs, parent) {
    var node = document.createElementNS(SVG, name);
    Object.keys(attrs || {}).forEach(function (key) {
      node.setAttribute(key, String(attrs[key]));
    });
    if (parent) parent.appendChild(node);
    return node;
  }

  function text(parent, attrs, value) {
    var node = el("text", attrs, parent);
    node.textContent = value;
    return node;
  }

  function tooltip(parent, value) {
    el("title", {}, parent).textContent = value;
  }

  function link(parent, href) {
    var a = el("a", {}, parent);
    a.setAttribute("href", href);
    return a;
  }

  function pagePath(section, id) {
    return "/" + section + "/" + encodeURIComponent(String(id));
  }

  function compactUsd(value) {
    var scales = [[1e12, "T"], [1e9, "B"], [1e6, "M"], [1e3, "K"]];
    for (var i = 0; i < scales.length; i++) {
      if (value >= scales[i][0]) {
        return "$" + (value / scales[i][0]).toFixed(2).replace(/\.?0+$/, "") + scales[i][1];
      }
    }
    return "$" + Math.round(value);
  }

  function readData(figure) {
    var source = document.getElementById(figure.getAttribute("data-source") || "");
    if (!source) return null;
    try {
      return JSON.parse(source.textContent);
    } catch (e) {
      return null;
    }
  }

  /* ---------------------------------------------------------------- timeline */

  function dayOf(value) {
    var parts = String(value).split("-");
    return Date.UTC(+parts[0], parts[1] ? +parts[1] - 1 : 0, parts[2] ? +parts[2] : 1);
  }

  /* A round tick step (1, 2, 2.5 or 5 times a power of ten) of at least ``raw``. */
  function niceStep(raw) {
    var power = Math.pow(10, Math.floor(Math.log10(raw))), m = raw / power;
    return power * (m <= 1 ? 1 : m <= 2 ? 2 : m <= 2.5 ? 2.5 : m <= 5 ? 5 : 10);
  }

  function drawTimeline(figure, points) {
    points = (points || []).filter(function (p) { return p.date && p.usd > 0; });
    if (!points.length) return false;
    points.sort(function (a, b) { return dayOf(a.date) - dayOf(b.date); });
    var W = 1000, H = 280, L = 70, R = 30, T = 24, B = 36;
    var svg = el("svg", { viewBox: "0 0 " + W + " " + H, class: "timeline", role: "img" }, figure);
    var t0 = dayOf(points[0].date), t1 = dayOf(points[points.length - 1].date);
    if (t1 === t0) { t0 -= 90 * 864e5; t1 += 90 * 864e5; }
    var most = Math.max.apply(null, points.map(function (p) { return p.usd; }));
    var step = niceStep(most * 1.1 / 4), top = step * Math.ceil(most * 1.1 / step);
    var pad = 40; /* keeps the first and last labels inside the frame */
    var x = function (d) { return L + pad + (dayOf(d) - t0) / (t1 - t0) * (W - L - R - 2 * pad); };
    var y = function (v) { return H - B - v / top * (H - T - B); };

    for (var v = 0; v <= top + step / 2; v += step) {
      el("line", { x1: L, x2: W - R, y1: y(v), y2: y(v), class: "grid" }, svg);
      text(svg, { x: L - 8, y: y(v) + 4, class: "axis", "text-anchor": "end" }, compactUsd(v));
    }
    var path = points.map(function (p, k) { return (k ? "L" : "M") + x(p.date).toFixed(1) + " " + y(p.usd).toFixed(1); });
    el("path", { d: path.join(" "), class: "line" }, svg);
    points.forEach(function (p) {
      var group = p.event ? link(svg, pagePath("events", p.event)) : el("g", {}, svg);
      el("circle", { cx: x(p.date), cy: y(p.usd), r: 5, class: "point" }, group);
      text(group, { x: x(p.date), y: y(p.usd) - 10, class: "value", "text-anchor": "middle" }, compactUsd(p.usd));
      text(svg, { x: x(p.date), y: H - B + 18, class: "axis", "text-anchor": "middle" }, p.date);
      tooltip(group, p.date + ": " + (p.label || compactUsd(p.usd)));
    });
    return true;
  }

  /* ---------------------------------------------------------------- network */

  /* A small Fruchterman-Reingold layout in a unit square, with a pull to the
   * centre that keeps separate clusters together; deterministic start (a golden-angle
   * spiral) and a fixed cooling schedule, so the same data always draws the same
   * picture. Positions are then stretched to fill the drawing area. */
  function layout(nodes, edges, W, H, margin) {
    var n = nodes.length, k = Math.sqrt(1 / Math.max(n, 1)), temperature = 0.1;
    nodes.forEach(function (node, i) {
      var r = Math.sqrt((i + 0.5) / n) * 0.5, a = i * 2.399963;
      node.x = Math.cos(a) * r;
      node.y = Math.sin(a) * r;
    });
    for (var step = 0; step < 300; step++) {
      nodes.forEach(function (a) { a.dx = -a.x * GRAVITY * k; a.dy = -a.y * GRAVITY * k; });
      for (var i = 0; i < n; i++) {
        for (var j = i + 1; j < n; j++) {
          var a = nodes[i], b = nodes[j];
          var dx = a.x - b.x, dy = a.y - b.y, d = Math.max(Math.sqrt(dx * dx + dy * dy), 1e-3);
          var f = k * k / d;
          a.dx += dx / d * f; a.dy += dy / d * f;
          b.dx -= dx / d * f; b.dy -= dy / d * f;
        }
      }
      edges.forEach(function (e) {
        var dx = e.from.x - e.to.x, dy = e.from.y - e.to.y, d = Math.max(Math.sqrt(dx * dx + dy * dy), 1e-3);
        var f = d * d / k;
        e.from.dx -= dx / d * f; e.from.dy -= dy / d * f;
        e.to.dx += dx / d * f; e.to.dy += dy / d * f;
      });
      nodes.forEach(function (a) {
        var d = Math.max(Math.sqrt(a.dx * a.dx + a.dy * a.dy), 1e-9), move = Math.min(d, temperature);
        a.x += a.dx / d * move;
        a.y += a.dy / d * move;
      });
      temperature *= 0.985;
    }
    var xs = nodes.map(function (a) { return a.x; }), ys = nodes.map(function (a) { return a.y; });
    var x0 = Math.min.apply(null, xs), x1 = Math.max.apply(null, xs);
    var y0 = Math.min.apply(null, ys), y1 = Math.max.apply(null, ys);
    nodes.forEach(function (a) {
      a.x = x1 > x0 ? margin + (a.x - x0) / (x1 - x0) * (W - 2 * margin) : W / 2;
      a.y = y1 > y0 ? margin + (a.y - y0) / (y1 - y0) * (H - 2 * margin) : H / 2;
    });
  }

  function drawNetwork(figure, data) {
    if (!data || !data.nodes || !data.nodes.length) return false;
    var W = 900, H = 520;
    var nodes = data.nodes.map(function (n) { return { id: n.id, name: n.name, ko: n.ko, kind: n.kind, usd: 0 }; });
    var byId = {};
    nodes.forEach(function (n) { byId[n.id] = n; });
    var edges = (data.edges || []).filter(function (e) { return byId[e.source] && byId[e.target]; }).map(function (e) {
      byId[e.source].usd += e.usd || 0;
      byId[e.target].usd += e.usd || 0;
      return { from: byId[e.source], to: byId[e.target], usd: e.usd || 0, events: e.events || [] };
    });
    layout(nodes, edges, W, H, 70);
    var most = Math.max.apply(null, nodes.map(function (n) { return n.usd; }).concat([1]));
    var radius = function (n) { return 6 + 16 * Math.sqrt(n.usd / most); };
    var widest = Math.max.apply(null, edges.map(function (e) { return e.usd; }).concat([1]));

    var svg = el("svg", { viewBox: "0 0 " + W + " " + H, class: "network", role: "img" }, figure);
    var marker = el("marker", {
      id: "arrow", viewBox: "0 0 10 10", refX: 9, refY: 5, markerWidth: 9, markerHeight: 9,
      markerUnits: "userSpaceOnUse", orient: "auto-start-reverse"
    }, el("defs", {}, svg));
    el("path", { d: "M0 0 L10 5 L0 10 z", class: "arrowhead" }, marker);

    edges.forEach(function (e) {
      var dx = e.to.x - e.from.x, dy = e.to.y - e.from.y, d = Math.max(Math.sqrt(dx * dx + dy * dy), 0.01);
      var r1 = radius(e.from), r2 = radius(e.to) + 3;
      var group = e.events.length ? link(svg, pagePath("events", e.events[0])) : el("g", {}, svg);
      el("line", {
        x1: e.from.x + dx / d * r1, y1: e.from.y + dy / d * r1,
        x2: e.to.x - dx / d * r2, y2: e.to.y - dy / d * r2,
        "stroke-width": (1.5 + 7 * Math.sqrt(e.usd / widest)).toFixed(2),
        class: "flow", "marker-end": "url(#arrow)"
      }, group);
      tooltip(group, e.from.name + " → " + e.to.name + ": " + compactUsd(e.usd));
    });
    nodes.forEach(function (n) {
      var group = link(svg, pagePath(n.kind === "person" ? "people" : "entities", n.id));
      group.setAttribute("class", "node");
      el("circle", { cx: n.x, cy: n.y, r: radius(n) }, group);
      text(group, { x: n.x, y: n.y + radius(n) + 13, "text-anchor": "middle", class: "label" }, n.name);
      if (n.ko) text(group, { x: n.x, y: n.y + radius(n) + 26, "text-anchor": "middle", class: "label ko" }, n.ko);
      tooltip(group, n.name + (n.ko ? " · " + n.ko : "") + ": " + compactUsd(n.usd));
    });
    return true;
  }

  var CHARTS = { timeline: drawTimeline, network: drawNetwork };

  function drawAll() {
    var figures = document.querySelectorAll("figure[data-chart]");
    Array.prototype.forEach.call(figures, function (figure) {
      var draw = CHARTS[figure.getAttribute("data-chart")];
      var drawn = draw ? draw(figure, readData(figure)) : false;
      figure.setAttribute("data-drawn", drawn ? "yes" : "empty");
      if (!drawn) {
        var note = document.createElement("p");
        note.className = "empty";
        note.textContent = "nothing to draw yet";
        figure.appendChild(note);
      }
    });
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", drawAll);
  } else {
    drawAll();
  }
})();
