// dyadwatch dashboard charts: plain SVG drawn from the page's own JSON (#page-data), no library, no network
// beyond this server. Text from the data goes into the page only through textContent, never as HTML.
"use strict";
(function () {
  const NS = "http://www.w3.org/2000/svg";
  const QUADS = ["verbal_coop", "material_coop", "verbal_conflict", "material_conflict"];
  const QUAD_NAMES = ["verbal cooperation", "material cooperation", "verbal conflict", "material conflict"];
  const COLORS = ["#7fb3e6", "#1f5fa8", "#f0a35e", "#c8372d"];
  const DAY = 86400000;

  function el(name, attrs, parent) {
    const node = document.createElementNS(NS, name);
    for (const key in attrs) node.setAttribute(key, attrs[key]);
    if (parent) parent.appendChild(node);
    return node;
  }
  function tip(node, text) { el("title", {}, node).textContent = text; }
  function text(parent, x, y, content, attrs) {
    const node = el("text", Object.assign({ x: x, y: y, "font-size": 11, fill: "#555" }, attrs || {}), parent);
    node.textContent = content;
    return node;
  }
  function canvas(container, width, height) {
    const svg = el("svg", { viewBox: "0 0 " + width + " " + height, role: "img", preserveAspectRatio: "xMidYMid meet" });
    container.appendChild(svg);
    return svg;
  }
  function done(container) { container.setAttribute("data-drawn", "1"); }
  function time(day) { return Date.parse(day + "T00:00:00Z"); }

  // Bars stacked by quad class per period, with optional shaded spans and a Goldstein line (-10..10).
  function stacked(container, periods, layers, options) {
    const W = 900, H = options.height || 200, left = 38, right = options.line ? 34 : 8, top = 8, bottom = 20;
    const svg = canvas(container, W, H);
    const n = periods.length;
    if (!n) { text(svg, left, H / 2, "no events"); done(container); return svg; }
    const totals = periods.map(function (_, i) { return layers.reduce(function (s, l) { return s + l[i]; }, 0); });
    const max = Math.max(1, Math.max.apply(null, totals));
    const plotW = W - left - right, plotH = H - top - bottom, bw = plotW / n;
    const t0 = time(periods[0]);
    const step = n > 1 ? time(periods[1]) - t0 : DAY;
    const tEnd = time(periods[n - 1]) + step;
    function xOf(day) { return left + Math.min(1, Math.max(0, (time(day) - t0) / (tEnd - t0))) * plotW; }
    (options.marks || []).forEach(function (mark) {
      if (!mark.from || !mark.to) return;
      const x0 = xOf(mark.from), x1 = xOf(mark.to);
      if (x1 - x0 < 0.5) return;
      const r = el("rect", { x: x0, y: top, width: x1 - x0, height: plotH, fill: mark.fill, class: "mark-" + mark.name }, svg);
      tip(r, mark.name + ": " + mark.from + " to " + mark.to);
    });
    el("line", { x1: left, y1: top + plotH, x2: W - right, y2: top + plotH, stroke: "#999" }, svg);
    text(svg, left - 4, top + 9, String(max), { "text-anchor": "end" });
    text(svg, left - 4, top + plotH, "0", { "text-anchor": "end" });
    periods.forEach(function (period, i) {
      let y = top + plotH;
      layers.forEach(function (layer, q) {
        const v = layer[i];
        if (!v) return;
        const h = v / max * plotH;
        y -= h;
        const bar = el("rect", { x: left + i * bw + bw * 0.08, y: y, width: Math.max(bw * 0.84, 0.8), height: h, fill: COLORS[q], class: "bar" }, svg);
        tip(bar, period + ": " + v + " " + QUAD_NAMES[q]);
      });
    });
    const labels = n > 2 ? [0, Math.floor(n / 2), n - 1] : Array.from({ length: n }, function (_, i) { return i; });
    labels.forEach(function (i, k) {
      const anchor = k === 0 ? "start" : (k === labels.length - 1 && n > 1 ? "end" : "middle");
      text(svg, left + i * bw + (anchor === "end" ? bw : anchor === "middle" ? bw / 2 : 0), H - 5, periods[i], { "text-anchor": anchor });
    });
    if (options.line) {
      const yOf = function (g) { return top + (10 - g) / 20 * plotH; };
      el("line", { x1: left, y1: yOf(0), x2: W - right, y2: yOf(0), stroke: "#bbb", "stroke-dasharray": "3 3" }, svg);
      text(svg, W - right + 4, yOf(10) + 9, "+10");
      text(svg, W - right + 4, yOf(-10), "\u221210");
      let d = "";
      options.line.forEach(function (g, i) {
        if (g === null || g === undefined) return;
        d += (d ? " L " : "M ") + (left + (i + 0.5) * bw).toFixed(1) + " " + yOf(g).toFixed(1);
        const dot = el("circle", { cx: left + (i + 0.5) * bw, cy: yOf(g), r: 2.2, fill: "#222", class: "goldstein" }, svg);
        tip(dot, periods[i] + ": mean Goldstein " + g.toFixed(2));
      });
      if (d) el("path", { d: d, fill: "none", stroke: "#222", "stroke-width": 1.4 }, svg);
    }
    done(container);
    return svg;
  }

  function sparkline(container, values) {
    const W = 220, H = 28, svg = canvas(container, W, H);
    const max = Math.max(1, Math.max.apply(null, values));
    const step = values.length > 1 ? W / (values.length - 1) : W;
    const points = values.map(function (v, i) { return (i * step).toFixed(1) + "," + (H - 2 - v / max * (H - 4)).toFixed(1); });
    el("polyline", { points: points.join(" "), fill: "none", stroke: "#1f5fa8", "stroke-width": 1.5, class: "spark-line" }, svg);
    tip(svg, "peak " + max + " events per period");
    done(container);
  }

  function network(container, edges) {
    const W = 900, H = 560, svg = canvas(container, W, H);
    if (!edges.length) { text(svg, 20, 30, "no dyads yet"); done(container); return; }
    const degree = {};
    edges.forEach(function (e) { degree[e.a] = (degree[e.a] || 0) + e.events; degree[e.b] = (degree[e.b] || 0) + e.events; });
    const nodes = Object.keys(degree).sort(function (x, y) { return degree[y] - degree[x] || (x < y ? -1 : 1); });
    // The busiest actors are spread around the circle (a stride coprime with the count), not bunched together.
    const pos = {}, count = nodes.length;
    let stride = Math.max(1, Math.round(count * 0.38));
    const gcd = function (x, y) { return y ? gcd(y, x % y) : x; };
    while (count > 1 && gcd(stride, count) !== 1) stride += 1;
    nodes.forEach(function (name, i) {
      const angle = 2 * Math.PI * ((i * stride) % count) / count - Math.PI / 2;
      pos[name] = [W / 2 + Math.cos(angle) * (W / 2 - 90), H / 2 + Math.sin(angle) * (H / 2 - 40)];
    });
    const most = Math.max.apply(null, edges.map(function (e) { return e.events; }));
    edges.forEach(function (e) {
      const share = e.conflict / e.events;
      const red = Math.round(31 + share * (200 - 31)), green = Math.round(95 - share * 40), blue = Math.round(168 - share * 123);
      const link = el("a", { href: "/dyad/" + encodeURIComponent(e.a) + "/" + encodeURIComponent(e.b) }, svg);
      const line = el("line", { x1: pos[e.a][0], y1: pos[e.a][1], x2: pos[e.b][0], y2: pos[e.b][1], class: "edge",
        stroke: "rgb(" + red + "," + green + "," + blue + ")", "stroke-opacity": 0.75, "stroke-width": 1 + 9 * e.events / most }, link);
      tip(line, e.a + " \u2013 " + e.b + ": " + e.events + " events, " + Math.round(share * 100) + "% conflict");
    });
    nodes.forEach(function (name) {
      const link = el("a", { href: "/events?actor=" + encodeURIComponent(name) }, svg);
      const r = 4 + 10 * Math.sqrt(degree[name] / degree[nodes[0]]);
      el("circle", { cx: pos[name][0], cy: pos[name][1], r: r, fill: "#20262e", class: "node" }, link);
      const right = pos[name][0] >= W / 2;
      text(link, pos[name][0] + (right ? r + 3 : -r - 3), pos[name][1] + 4, name,
        { "text-anchor": right ? "start" : "end", "font-size": 12, fill: "#111" });
    });
    done(container);
  }

  function worldMap(container, points) {
    const W = 960, H = 440, north = 84, south = -58;
    const svg = canvas(container, W, H);
    const x = function (lon) { return (lon + 180) / 360 * W; };
    const y = function (lat) { return (north - lat) / (north - south) * H; };
    fetch("/static/world.json").then(function (r) { return r.json(); }).then(function (world) {
      const land = el("g", { fill: "#f4f1ea", stroke: "#b9b2a3", "stroke-width": 0.5 }, null);
      world.rings.forEach(function (ring) {
        // A ring that crosses the 180th meridian (Chukotka, Fiji) goes on from the other edge of the map:
        // a new subpath there, not a line across the whole world.
        let d = "";
        for (let i = 0; i < ring.length; i += 2) {
          const jump = i === 0 || Math.abs(ring[i] - ring[i - 2]) > 180;
          d += (jump ? "M" : "L") + x(ring[i]).toFixed(1) + " " + y(ring[i + 1]).toFixed(1);
        }
        el("path", { d: d + "Z", class: "land" }, land);
      });
      svg.insertBefore(land, svg.firstChild);
      done(container);
    });
    const most = Math.max.apply(null, [1].concat(points.map(function (p) { return p.events; })));
    points.slice().reverse().forEach(function (p) {
      const top = p.quads.indexOf(Math.max.apply(null, p.quads));
      const dot = el("circle", { cx: x(p.lon), cy: y(p.lat), r: 2.5 + 14 * Math.sqrt(p.events / most),
        fill: COLORS[top], "fill-opacity": 0.7, stroke: "#fff", "stroke-width": 0.6, class: "place" }, svg);
      tip(dot, (p.name || "?") + (p.country ? " (" + p.country + ")" : "") + ": " + p.events + " events");
    });
  }

  document.addEventListener("DOMContentLoaded", function () {
    const holder = document.getElementById("page-data");
    const data = holder ? JSON.parse(holder.textContent) : {};
    document.querySelectorAll("[data-chart]").forEach(function (node) {
      const kind = node.getAttribute("data-chart"), index = Number(node.getAttribute("data-index") || 0);
      if (kind === "activity") {
        stacked(node, data.activity.periods, QUADS.map(function (q) { return data.activity.quads[q]; }), { height: 210 });
      } else if (kind === "spark") {
        sparkline(node, data.dyads.dyads[index].spark);
      } else if (kind === "series") {
        const d = data.series.directions[index];
        stacked(node, d.periods, QUADS.map(function (q) { return d[q]; }), {
          height: 190, line: d.goldstein_mean,
          marks: [{ name: "baseline", from: data.baseline_start, to: data.window_start, fill: "#eeeeee" },
                  { name: "window", from: data.window_start, to: data.window_end, fill: "#fde2dc" }] });
      } else if (kind === "network") {
        network(node, data.network);
      } else if (kind === "map") {
        worldMap(node, data.points);
      }
    });
  });
})();
