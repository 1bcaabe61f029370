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
  const spec = JSON.parse(data.spec);
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
  const narrow = parentElement.clientWidth > 0 && parentElement.clientWidth < 640;
  if (narrow && layout.title && typeof layout.title.text === "string" && !layout.title.text.includes("<br>")) {
    const per = Math.max(24, Math.floor((parentElement.clientWidth - 16) / 8.5));
    const lines = [];
    for (const word of layout.title.text.split(" ")) {
      const last = lines.length ? lines[lines.length - 1] : null;
      if (last !== null && (last + " " + word).length <= per) lines[lines.length - 1] = last + " " + word;
      else lines.push(word);
    }
    if (lines.length > 1) {
      layout.title.text = lines.join("<br>");
      const top = (layout.margin && layout.margin.t !== undefined ? layout.margin.t : 80) + 20 * (lines.length - 1);
      layout.margin = { ...(layout.margin || {}), t: top };
      height += 20 * (lines.length - 1);
      layout.height = height;
    }
  }
  const listed = (spec.data || []).filter((t) => t.showlegend !== false && t.type !== "sankey");
  const groups = new Set(listed.map((t) => t.legendgrouptitle && t.legendgrouptitle.text).filter(Boolean));
  if (narrow && listed.length > 1 &&
      layout.showlegend !== false && !layout.legend.orientation) {
    layout.legend = { ...layout.legend, orientation: "h", x: 0, xanchor: "left", y: 0, yanchor: "bottom",
                      yref: "container", entrywidth: 1, entrywidthmode: "fraction" };
    height += 24 * (listed.length + groups.size) + 30;
    layout.height = height;
  }
  const config = { responsive: true, ...data.config };
  el.style.height = height + "px";
  // Follow the column's width (window resizes, the sidebar opening or closing), as Streamlit's does.
  const resized = new ResizeObserver(() => { if (el.data && window.Plotly) window.Plotly.Plots.resize(el); });
  // Full screen: the chart takes the screen's height; leaving gives it back its own.
  const button = wrap.querySelector(".cd-fullscreen");
  const onFullscreen = () => {
    const full = document.fullscreenElement === wrap;
    setIcon(button, full);
    const h = full ? Math.max(height, wrap.clientHeight - 40) : height;
    el.style.height = h + "px";
    // react, not relayout: relayout({height}) would also pin the width at its current value.
    if (el.data && window.Plotly) window.Plotly.react(el, el.data, { ...layout, height: h }, config);
  };
  wrap.addEventListener("fullscreenchange", onFullscreen);
  // A map waits for the outlines its page started fetching (claimsdesk/nav.py), at most 8 s, so
  // Plotly finds them parsed instead of downloading them a second time. (Session 31: 3 s ran out
  // under load, and on a slow link the 0.2 MB came down twice; only a fetch that hangs waits 8 s.)
  const outlines = layout.geo && window.__cdOutlines
    ? Promise.race([window.__cdOutlines, new Promise((r) => setTimeout(r, 8000))])
    : null;
  Promise.all([loadPlotly(), outlines])
    .then(([Plotly]) => Plotly.react(el, spec.data || [], layout, config))
    .then(() => resized.observe(el))
    .catch((err) => { el.textContent = "The chart could not be drawn: " + err.message; });
  return () => {
    resized.disconnect();
    wrap.removeEventListener("fullscreenchange", onFullscreen);
    if (window.Plotly) window.Plotly.purge(el);
  };
}
