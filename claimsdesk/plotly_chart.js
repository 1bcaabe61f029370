// Claims Desk chart component (Streamlit components v2, mounted in the app's own page).
//
// Why not st.plotly_chart: Streamlit loads Plotly as an ES module, and Chromium keeps no code
// cache for modules, so every visit recompiled 4.7 MB of Plotly (about 1 s of a chart page's
// first paint, issue 11). Here Plotly is one classic <script> per page, which Chromium's code
// cache serves compiled from the second visit on. The theme below stands in for Streamlit's
// (light theme: fonts, greys, title on the left); the figure's own settings win over it.
const SRC = "__PLOTLY_SRC__";

// One <script> per page, shared by every chart (and by the page's preload in claimsdesk/nav.py).
// A failed request is marked "failed" and tried once more by a new element.
function addScript(resolve, reject, triesLeft) {
  let s = document.querySelector('script[data-cd-plotly="1"]');
  if (!s) {
    s = document.createElement("script");
    s.src = SRC;
    s.dataset.cdPlotly = "1";
    document.head.appendChild(s);
  }
  s.addEventListener("load", () => resolve(window.Plotly));
  s.addEventListener("error", () => {
    s.dataset.cdPlotly = "failed";
    if (window.Plotly) resolve(window.Plotly);
    else if (triesLeft > 0) addScript(resolve, reject, triesLeft - 1);
    else { window.__cdPlotly = undefined; reject(new Error("Plotly did not load")); }
  });
}

function loadPlotly() {
  if (window.Plotly) return Promise.resolve(window.Plotly);
  if (!window.__cdPlotly) window.__cdPlotly = new Promise((resolve, reject) => addScript(resolve, reject, 1));
  return window.__cdPlotly;
}

const BODY = '"Source Sans", sans-serif';
const TEXT = "#31333F";
const MUTED = "rgba(49, 51, 63, 0.75)";
const GRID = "#e6eaf1";
const AXIS_TITLE = "#808495";
const THEME = {
  font: { color: MUTED, family: BODY, size: 12 },
  title: { font: { family: BODY, size: 16, color: TEXT, weight: 600 }, xanchor: "left", x: 0 },
  legend: { font: { size: 12, color: TEXT }, title: { font: { size: 12, color: MUTED } }, valign: "top", borderwidth: 0 },
  paper_bgcolor: "#ffffff",
  plot_bgcolor: "#ffffff",
  colorway: ["#0068c9", "#83c9ff", "#ff2b2b", "#ffabab", "#29b09d", "#7defa1", "#ff8700", "#ffd16a", "#6d3fc0", "#d5dae5"],
  hoverlabel: { bgcolor: "#ffffff", bordercolor: GRID, font: { color: TEXT, family: BODY, size: 12 } },
  xaxis: { gridcolor: GRID, zerolinecolor: GRID, tickcolor: GRID, showgrid: false, zeroline: false, automargin: true,
           tickfont: { color: MUTED, size: 12 }, title: { font: { color: AXIS_TITLE, size: 14 } } },
  yaxis: { gridcolor: GRID, zerolinecolor: GRID, tickcolor: GRID, automargin: true,
           tickfont: { color: MUTED, size: 12 }, title: { font: { color: AXIS_TITLE, size: 14 } } },
};

function isObject(v) { return v !== null && typeof v === "object" && !Array.isArray(v); }

// Fill what the figure leaves unset from `defaults` (the figure wins, as with Streamlit's theme).
function withDefaults(target, defaults) {
  for (const [k, v] of Object.entries(defaults)) {
    if (target[k] === undefined) target[k] = isObject(v) ? withDefaults({}, v) : v;
    else if (isObject(v) && isObject(target[k])) withDefaults(target[k], v);
  }
  return target;
}

function themed(layout) {
  const out = withDefaults(layout, THEME);
  for (const k of Object.keys(out)) {
    if (/^[xy]axis\d+$/.test(k) && isObject(out[k])) withDefaults(out[k], THEME[k[0] + "axis"]);
  }
  return out;
}

// Streamlit's charts have a full-screen button; this one keeps it (shown on hover, Esc leaves).
const STYLE = `
.cd-wrap { position: relative; background: #ffffff; }
.cd-wrap:fullscreen { padding: 1rem; overflow: auto; }
.cd-fullscreen { position: absolute; top: 0; right: 0; z-index: 2; opacity: 0; border: 1px solid ${GRID};
  background: #ffffff; color: ${MUTED}; border-radius: 0.25rem; cursor: pointer; line-height: 0;
  padding: 0.15rem; }
.cd-fullscreen:hover { color: ${TEXT}; }
.cd-sideways { position: sticky; left: 0; color: ${MUTED}; font-size: 0.875rem; padding: 0 0 0.25rem; }
.cd-wrap:hover .cd-fullscreen, .cd-fullscreen:focus-visible, .cd-wrap:fullscreen .cd-fullscreen { opacity: 1; }
`;

function addStyle() {
  if (document.querySelector('style[data-cd-chart="1"]')) return;
  const st = document.createElement("style");
  st.dataset.cdChart = "1";
  st.textContent = STYLE;
  document.head.appendChild(st);
}

// Material Design's fullscreen and fullscreen-exit icons (Apache 2.0), as Streamlit's button shows.
const ICON_OPEN = "M7 14H5v5h5v-2H7v-3zm-2-4h2V7h3V5H5v5zm12 7h-3v2h5v-5h-2v3zM14 5v2h3v3h2V5h-5z";
const ICON_EXIT = "M5 16h3v3h2v-5H5v2zm3-8H5v2h5V5H8v3zm6 11h2v-3h3v-2h-5v5zm2-11V5h-2v5h5V8h-3z";

function setIcon(button, full) {
  button.title = button.ariaLabel = full ? "Exit fullscreen" : "View fullscreen";
  button.innerHTML = `<svg width="18" height="18" viewBox="0 0 24 24" fill="currentColor" aria-hidden="true"><path d="${full ? ICON_EXIT : ICON_OPEN}"/></svg>`;
}

function fullscreenButton(wrap) {
  const b = document.createElement("button");
  b.type = "button";
  b.className = "cd-fullscreen";
  b.dataset.testid = "cdFullscreen";
  setIcon(b, false);
  b.addEventListener("click", () => {
    if (document.fullscreenElement === wrap) document.exitFullscreen();
    else if (wrap.requestFullscreen) wrap.requestFullscreen().catch(() => {});
  });
  return b;
}

//: A narrow chart's value-axis labels and margins, in px (what its plot area is short of the column).
const NARROW_MARGINS_PX = 100;

//: A legend row below the plot, in px (a marker of 12 px makes it taller than its text: at 24 the
//: Casualties chart's last rows, "How to read", were cut off).
const LEGEND_ROW_PX = 30;

//: The width a Sankey keeps under a narrow column (its names stay legible; the column scrolls).
const SANKEY_MIN_PX = 760;

//: A title's line (Plotly spaces a subtitle's lines as the title's) and the room above and below.
const TITLE_LINE_PX = 21;
const TITLE_PAD_PX = 14;

// Wrap a title's lines (a subtitle is a <sup> after a <br>) to `per` characters a line, tags
// kept on their words; a subtitle's type is about 70% of the title's, so its lines hold more.
function wrapTitle(text, per) {
  const out = [];
  let inSup = false;
  for (const line of text.split("<br>")) {
    let current = null;
    let currentLen = 0;
    for (const word of line.split(" ")) {
      if (word.includes("<sup>")) inSup = true;
      const len = word.replace(/<[^>]*>/g, "").length;
      const limit = inSup ? Math.floor(per * 1.4) : per;
      if (current !== null && currentLen + 1 + len <= limit) {
        current += " " + word;
        currentLen += 1 + len;
      } else {
        if (current !== null) out.push(current);
        current = word;
        currentLen = len;
      }
      if (word.includes("</sup>")) inSup = false;
    }
    out.push(current === null ? "" : current);
  }
  return out.join("<br>");
}

// Python's textwrap.shorten: whole words of `text` in `room` characters, "…" when cut, "" when
// under 6 (as claimsdesk/charts.py cuts an event label).
function shorten(text, room) {
  if (text.length <= room) return text;
  if (room < 6) return "";
  let out = "";
  for (const word of text.replace(/…$/, "").split(" ")) {
    if ((out ? out.length + 1 : 0) + word.length + 1 > room) break;
    out = out ? out + " " + word : word;
  }
  return out ? out + "…" : "";
}

// Event labels under a narrow column. Why: they are laid out on a laptop's plot width
// (layout.meta.label_plot_px), so on a phone they ran into each other and over the value axis.
// Each is cut to reach no further along the time axis than it would on a laptop: the rows and
// the value axis's room below them, laid out in Python, still hold.
function fitEventLabels(layout, width) {
  const px = layout.meta && layout.meta.label_plot_px;
  if (!px || !Array.isArray(layout.annotations)) return;
  const plot = width - NARROW_MARGINS_PX;
  if (plot >= px) return;
  layout.annotations = layout.annotations.map((a) => {
    if (a.name !== "event" || !a.text) return a;
    const room = Math.floor(((5.5 * a.text.length + 10) * plot) / px / 5.5 - 10 / 5.5);
    return { ...a, text: shorten(a.text, room) };
  });
}

// A time axis under a narrow column, widened so that a point's label right of it ends inside the
// plot. Why: the room was left for a laptop's plot ("over 6,000" was cut to "over 6,00" on a
// phone). A label of c characters takes about 6c + 14 px (as claimsdesk/charts.py lays them out).
// An ISO date or time as UTC milliseconds (Date.parse reads one without a zone as local time).
function utc(iso) {
  if (typeof iso !== "string") return NaN;
  if (/^\d{4}-\d{2}-\d{2}$/.test(iso)) return Date.parse(iso + "T00:00:00Z");
  return Date.parse(/(Z|[+-]\d{2}:?\d{2})$/.test(iso) ? iso : iso + "Z");
}

function fitPointLabels(spec, layout, width) {
  const xa = layout.xaxis;
  if (!xa || !Array.isArray(xa.range) || typeof xa.range[1] !== "string") return;
  const plot = width - NARROW_MARGINS_PX;
  const lo = utc(xa.range[0]);
  let hi = utc(xa.range[1]);
  if (!Number.isFinite(lo) || !Number.isFinite(hi) || plot <= 0) return;
  for (const t of spec.data || []) {
    if (t.textposition !== "middle right" || !Array.isArray(t.text) || !Array.isArray(t.x)) continue;
    t.text.forEach((label, i) => {
      const at = utc(t.x[i]);
      const need = 6 * String(label || "").length + 14;
      if (!label || !Number.isFinite(at) || need >= plot * 0.8) return;
      if ((hi - at) * plot < need * (hi - lo)) hi = (at * plot - need * lo) / (plot - need);
    });
  }
  const end = new Date(Math.ceil(hi)).toISOString().slice(0, 19);
  if (utc(end) > utc(xa.range[1])) layout.xaxis = { ...xa, range: [xa.range[0], end] };
}

// A legend entry's name wrapped to the column (a name of 55 characters ran off a phone's edge).
// (A name Python wrapped already, with "<br>", is kept as it is.)
function wrapName(name, per) {
  if (typeof name !== "string" || name.includes("<br>") || name.length <= per) return name;
  return wrapTitle(name, per);
}

// Horizontal bars under a narrow column. Why: names of 50 characters took three quarters of a
// phone's column, cut at the left edge, and the longest bar's count ran off the right. A long
// name is cut to fit (its hover keeps it whole), the axis title beside the names goes (the
// chart's title says what they are), and the count axis leaves room for the counts at this width.
function fitBars(spec, layout, width) {
  const bars = (spec.data || []).filter((t) => t.type === "bar" && t.orientation === "h");
  if (!bars.length) return;
  const names = [];
  const seen = new Set();
  const order = layout.yaxis && Array.isArray(layout.yaxis.categoryarray) ? layout.yaxis.categoryarray : [];
  for (const n of [...order, ...bars.flatMap((t) => (Array.isArray(t.y) ? t.y : []))]) {
    if (typeof n === "string" && !seen.has(n)) {
      seen.add(n);
      names.push(n);
    }
  }
  const most = Math.max(12, Math.floor((width * 0.4) / 6.2));
  let shown = names.map((n) => (n.length > most ? n.slice(0, most - 1).trimEnd() + "…" : n));
  // (QA pass 37) two names cut alike ("US Department of Defen…" twice) keep their ends instead
  const alike = new Map();
  for (const n of shown) alike.set(n, (alike.get(n) || 0) + 1);
  const half = Math.floor((most - 1) / 2);
  shown = shown.map((n, i) =>
    alike.get(n) > 1 && n !== names[i]
      ? names[i].slice(0, most - 1 - half).trimEnd() + "…" + names[i].slice(-half).trimStart()
      : n);
  // (QA pass 38 #8) names alike at both ends ("Permanent Mission of Russia to the United
  // Nations" and "… of the DPRK …" under 356 px) show the words where they part instead:
  // "…Russia to the Unite…", "…the DPRK to the Un…"
  const still = new Map();
  for (const n of shown) still.set(n, (still.get(n) || 0) + 1);
  shown = shown.map((n, i) => {
    if (!(still.get(n) > 1 && n !== names[i])) return n;
    const name = names[i];
    let common = 0;
    names.forEach((m, j) => {
      if (j === i || shown[j] !== n) return;
      let k = 0;
      while (k < m.length && k < name.length && m[k] === name[k]) k++;
      common = Math.max(common, k);
    });
    const start = name.lastIndexOf(" ", common) + 1;
    const part = name.slice(start, start + most - 2).trimEnd();
    return "…" + part + (start + most - 2 < name.length ? "…" : "");
  });
  layout.yaxis = { ...(layout.yaxis || {}), title: { text: "" } };
  if (shown.some((n, i) => n !== names[i])) {
    layout.yaxis = { ...layout.yaxis, tickmode: "array", tickvals: names, ticktext: shown };
  }
  const xa = layout.xaxis;
  const counted = bars.filter((t) => t.textposition === "outside" && Array.isArray(t.text));
  if (!counted.length || !xa || !Array.isArray(xa.range)) return;
  const texts = counted.flatMap((t) => t.text.map(String));
  const top = Math.max(...texts.map((s) => Number(s.replace(/,/g, ""))).filter(Number.isFinite));
  if (!(top > 0)) return;
  const namesPx = Math.max(0, ...shown.map((n) => n.length)) * 6.2 + 16;
  const plotPx = Math.max(60, width - namesPx - 20);
  const share = Math.min((6 * Math.max(...texts.map((s) => s.length)) + 14) / plotPx, 0.6);
  const [low, high] = xa.range;
  const end = xa.type === "log"
    ? Math.log10(top) + ((Math.log10(top) - low) * share) / (1 - share)
    : top / (1 - share);
  layout.xaxis = { ...xa, range: [low, Math.max(high, end)] };
}

// The figure as drawn in a column `width` px wide: the spec parsed afresh, themed, and (under a
// narrow column) fitted to it. (QA pass 37) Run again when the column crosses from a laptop's to
// a phone's width or back (a window resized, a tablet's sidebar opened): decided once at first
// draw, names stayed cut at 1280 px and ran off the edge at 390.
function prepare(specText, width, el, wrap) {
  const spec = JSON.parse(specText);
  // (QA pass 34) a name for screen readers: the chart's title (Plotly's SVG has none of its own)
  const title = spec.layout && spec.layout.title;
  const named = (typeof title === "string" ? title : (title && title.text) || "")
    .replace(/<[^>]*>/g, " ").replace(/\s+/g, " ").trim();
  el.setAttribute("role", "figure");
  el.setAttribute("aria-label", (named || "Chart") + " (chart)");
  const layout = themed(spec.layout || {});
  let height = layout.height || 450;
  // (QA pass 34) On a phone a legend beside the plot covered it (the plot kept a third of the
  // width): under a narrow column the legend goes below the plot, one row per entry, and the
  // chart grows by its rows.
  // (QA pass 35) and its title wrapped to the column: on a phone it ran off the chart's edge
  // (session 36: a title with a subtitle too, each line wrapped; a subtitle's smaller type holds more)
  const narrow = width > 0 && width < 640;
  if (narrow && layout.title && typeof layout.title.text === "string") {
    layout.title.text = wrapTitle(layout.title.text, Math.max(24, Math.floor((width - 16) / 8.5)));
  }
  // (session 36) A title of several lines hangs from the chart's top, and the plot starts below
  // its last line. Why: Plotly sets a title's first line in the middle of the top margin and the
  // others below it, so a subtitle's second line ran into the plot (the Sankey's, at any width).
  const titleLines = layout.title && typeof layout.title.text === "string"
    ? layout.title.text.split("<br>").length : 1;
  if (titleLines > 1) {
    layout.title = { ...layout.title, yref: "container", y: 1, yanchor: "top", pad: { t: TITLE_PAD_PX } };
    const top = layout.margin && layout.margin.t !== undefined ? layout.margin.t : 80;
    const need = 2 * TITLE_PAD_PX + TITLE_LINE_PX * titleLines;
    if (need > top) {
      layout.margin = { ...(layout.margin || {}), t: need };
      height += need - top;
      layout.height = height;
    }
  }
  if (narrow) {
    fitBars(spec, layout, width);
    fitEventLabels(layout, width);
    fitPointLabels(spec, layout, width);
  }
  // (session 36) A Sankey's three columns of names overprinted one another in a phone's column:
  // it keeps a laptop's width and the column scrolls sideways.
  const sideways = narrow && (spec.data || []).some((t) => t.type === "sankey");
  el.style.minWidth = sideways ? SANKEY_MIN_PX + "px" : "";
  wrap.style.overflowX = sideways ? "auto" : "";
  let hint = wrap.querySelector(".cd-sideways");
  if (sideways && !hint) {
    hint = document.createElement("div");
    hint.className = "cd-sideways";
    hint.textContent = "Wider than the screen: scroll the chart sideways to see every column.";
    wrap.insertBefore(hint, el);
  } else if (!sideways && hint) hint.remove();
  const listed = (spec.data || []).filter((t) => t.showlegend !== false && t.type !== "sankey");
  const groups = new Set(listed.map((t) => t.legendgrouptitle && t.legendgrouptitle.text).filter(Boolean));
  if (narrow && listed.length > 1 &&
      layout.showlegend !== false && !layout.legend.orientation) {
    // (session 36) the legend's title on a row of its own: beside the entries it pushed them
    // past the column's edge ("no_comm")
    const titled = Boolean(layout.legend.title && layout.legend.title.text);
    const per = Math.max(16, Math.floor((width - 60) / 6.5));
    let extra = 0;
    for (const t of listed) {
      t.name = wrapName(t.name, per);
      if (typeof t.name === "string") extra += t.name.split("<br>").length - 1;
    }
    layout.legend = { ...layout.legend, orientation: "h", x: 0, xanchor: "left", xref: "container", y: 0, yanchor: "bottom",
                      yref: "container", entrywidth: Math.max(120, width - 40), entrywidthmode: "pixels",
                      title: { ...(layout.legend.title || {}), side: "top" } };
    height += LEGEND_ROW_PX * (listed.length + groups.size + (titled ? 1 : 0)) + 16 * extra + 30;
    layout.height = height;
  }
  return { spec, layout, height, narrow, width };
}

export default function (component) {
  const { data, parentElement } = component;
  addStyle();
  let wrap = parentElement.querySelector(".cd-wrap");
  let el;
  if (!wrap) {
    wrap = document.createElement("div");
    wrap.className = "cd-wrap";
    el = document.createElement("div");
    el.className = "cd-chart";
    el.dataset.testid = "cdChart";
    el.style.width = "100%";
    wrap.append(fullscreenButton(wrap), el);
    parentElement.appendChild(wrap);
  } else {
    el = wrap.querySelector(".cd-chart");
  }
  let state = prepare(data.spec, parentElement.clientWidth, el, wrap);
  const config = { responsive: true, ...data.config };
  el.style.height = state.height + "px";
  // Follow the column's width (window resizes, the sidebar opening or closing), as Streamlit's does;
  // across the phone/laptop line the figure is fitted again.
  const resized = new ResizeObserver(() => {
    if (!el.data || !window.Plotly) return;
    const w = parentElement.clientWidth;
    const narrowNow = w > 0 && w < 640;
    if (narrowNow !== state.narrow || (narrowNow && Math.abs(w - state.width) > 40)) {
      state = prepare(data.spec, w, el, wrap);
      el.style.height = state.height + "px";
      window.Plotly.react(el, state.spec.data || [], state.layout, config);
    } else window.Plotly.Plots.resize(el);
  });
  // Full screen: the chart takes the screen's height; leaving gives it back its own.
  const button = wrap.querySelector(".cd-fullscreen");
  const onFullscreen = () => {
    const full = document.fullscreenElement === wrap;
    setIcon(button, full);
    const h = full ? Math.max(state.height, wrap.clientHeight - 40) : state.height;
    el.style.height = h + "px";
    // react, not relayout: relayout({height}) would also pin the width at its current value.
    if (el.data && window.Plotly) window.Plotly.react(el, el.data, { ...state.layout, height: h }, config);
  };
  wrap.addEventListener("fullscreenchange", onFullscreen);
  // A map waits for the outlines its page started fetching (claimsdesk/nav.py), at most 8 s, so
  // Plotly finds them parsed instead of downloading them a second time. (Session 31: 3 s ran out
  // under load, and on a slow link the 0.2 MB came down twice; only a fetch that hangs waits 8 s.)
  const outlines = state.layout.geo && window.__cdOutlines
    ? Promise.race([window.__cdOutlines, new Promise((r) => setTimeout(r, 8000))])
    : null;
  Promise.all([loadPlotly(), outlines])
    .then(([Plotly]) => Plotly.react(el, state.spec.data || [], state.layout, config))
    .then(() => resized.observe(el))
    .catch((err) => { el.textContent = "The chart could not be drawn: " + err.message; });
  return () => {
    resized.disconnect();
    wrap.removeEventListener("fullscreenchange", onFullscreen);
    if (window.Plotly) window.Plotly.purge(el);
  };
}
