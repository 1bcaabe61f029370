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

export default function (component) {
  const { data, parentElement } = component;
  let el = parentElement.querySelector(".cd-chart");
  if (!el) {
    el = document.createElement("div");
    el.className = "cd-chart";
    el.dataset.testid = "cdChart";
    el.style.width = "100%";
    parentElement.appendChild(el);
  }
  const spec = JSON.parse(data.spec);
  const layout = themed(spec.layout || {});
  el.style.height = (layout.height || 450) + "px";
  // Follow the column's width (window resizes, the sidebar opening or closing), as Streamlit's does.
  const resized = new ResizeObserver(() => { if (el.data && window.Plotly) window.Plotly.Plots.resize(el); });
  loadPlotly()
    .then((Plotly) => Plotly.react(el, spec.data || [], layout, { responsive: true, ...data.config }))
    .then(() => resized.observe(el))
    .catch((err) => { el.textContent = "The chart could not be drawn: " + err.message; });
  return () => {
    resized.disconnect();
    if (window.Plotly) window.Plotly.purge(el);
  };
}
