"""The app's navigation, kept free of heavy imports so the entry file can call it first.

Why first: with a folder named `pages/` beside the entry file, Streamlit 1.67 runs the first
session after every server start through its legacy pages wrapper until some session calls
`st.navigation` (stack-traps notes 15-16). Calling `st.navigation` before importing pandas,
DuckDB or Plotly clears that mode as early as possible, and `client.showSidebarNavigation =
false` (.streamlit/config.toml) keeps the legacy wrapper's own navigation from ever being drawn;
our navigation is drawn at the top (`position="top"`), which that option does not hide.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from types import FrameType

import streamlit as st
from streamlit.navigation.page import StreamlitPage

from claimsdesk import chartview

#: The map outlines the Map page usually draws (Plotly's name: scope and resolution; see
#: charts.outline_scope), fetched with the Plotly bundle so they are parsed before the map is drawn.
MAP_OUTLINES = "europe_50m"

#: Pages that draw Plotly charts when they open (their url paths; "" is the default page).
CHART_PAGES: frozenset[str] = frozenset({"", "overview", "casualties", "deployments", "attribution", "map"})

#: (file, title, url path); the first is the default page, served at "/".
PAGES: tuple[tuple[str, str, str], ...] = (
    ("pages/1_overview.py", "Overview", "overview"),
    ("pages/2_casualties.py", "Casualty claims", "casualties"),
    ("pages/3_deployments.py", "Troop deployments", "deployments"),
    ("pages/4_attribution.py", "Attribution", "attribution"),
    ("pages/5_map.py", "Map", "map"),
    ("pages/6_explore.py", "Explore & export", "explore"),
    ("pages/7_sources.py", "Sources & data quality", "sources"),
)
LOCAL_PAGES: tuple[tuple[str, str, str], ...] = (("pages/8_review.py", "Review (local)", "review"),)


def is_hosted() -> bool:
    """True on a shared deployment (set CLAIMS_DESK_HOSTED=1): editing pages are hidden."""
    return os.environ.get("CLAIMS_DESK_HOSTED", "").strip() not in ("", "0", "false")


def navigation() -> StreamlitPage:
    """Register the pages with `st.navigation` (top bar) and return the page to run."""
    specs = PAGES + (() if is_hosted() else LOCAL_PAGES)
    # The default page is served at "/", so its own path ("/overview", typed or bookmarked) matched no
    # page: Streamlit showed "Page not found" over the Overview. A hidden page answers that path.
    (home, home_title, home_url), rest = specs[0], specs[1:]
    pages = [st.Page(home, title=home_title, url_path=f"{home_url}-home", default=True)]
    pages += [st.Page(path, title=title, url_path=url) for path, title, url in rest]
    pages.append(st.Page(home, title=home_title, url_path=home_url, visibility="hidden"))
    return st.navigation(pages, position="top")


def _legacy_run() -> bool:
    """Whether this run is Streamlit's legacy `pages/` runner's (a page file run by
    `script_runner._mpa_v1` without the entry file), read off the call stack: per session, where
    the process-wide flag says only whether *some* session has left the mode yet."""
    frame: FrameType | None = sys._getframe(1)
    while frame is not None:
        code = frame.f_code
        if Path(code.co_filename).name == ENTRY_FILE:
            return False  # the entry file ran the page (st.navigation)
        if code.co_name == "_mpa_v1" and Path(code.co_filename).name == "script_runner.py":
            return True
        frame = frame.f_back
    return False


def leave_legacy_pages_mode() -> None:
    """Leave Streamlit's legacy `pages/` mode if this run is in it (pages call this first).

    Why: in that mode a page file runs without the entry file, so without the shared filters
    and the first-start build. Clearing the process-wide flag and rerunning puts even the first
    session after a server start on `st.navigation`. (QA pass 21) Sessions that started together
    with the first were already inside the legacy runner when it cleared the flag, and stayed
    there with no filters: a legacy run is also told by its call stack (`_legacy_run`), and
    reruns too (at most `MAX_LEGACY_RERUNS` times in a row). Does nothing if Streamlit renames
    its internals.
    """
    try:
        from streamlit.runtime.pages_manager import PagesManager
    except ImportError:  # pragma: no cover - Streamlit internals moved
        return
    if not getattr(PagesManager, "uses_pages_directory", None) and not _legacy_run():
        st.session_state.pop(_LEGACY_RERUNS, None)  # through the entry file: the guard starts again
        return
    PagesManager.uses_pages_directory = False
    reruns = int(st.session_state.get(_LEGACY_RERUNS, 0))
    if reruns < MAX_LEGACY_RERUNS:
        st.session_state[_LEGACY_RERUNS] = reruns + 1
        st.rerun()


#: The entry file (`streamlit run dashboard.py`): a page it runs is no legacy run.
ENTRY_FILE = "dashboard.py"
#: Reruns in a row a session makes to leave the legacy mode before it gives up (a loop guard).
MAX_LEGACY_RERUNS = 3
_LEGACY_RERUNS = "_cd_legacy_reruns"


def preload_charts(page: StreamlitPage) -> None:
    """On a page with charts, start loading Plotly as the first thing sent.

    Why: the charts need Plotly (claimsdesk.chartview loads it as a classic script), and a
    chart's data arrives only after the page's script has run. Requesting the script from the
    first message lets the browser fetch and evaluate it while the server still runs the page;
    the charts then find it loaded (the same script element, so it runs once). Pages without
    charts (Explore, Sources) skip it: they would only pay for it.
    """
    if page.url_path not in CHART_PAGES or not chartview.plotly_served():
        return
    html = PRELOAD_HTML.replace("{src}", chartview.PLOTLY_URL)
    if page.url_path == "map":
        html = html.replace("</script>", OUTLINES_JS.replace("{name}", MAP_OUTLINES) + "</script>")
    st.html(html, unsafe_allow_javascript=True, width="content")


#: The preload element: hidden together with its element container (no gap above the title).
PRELOAD_HTML = """<style>[data-testid=stElementContainer]:has(.cd-preload-plotly){display:none}</style>
<span class="cd-preload-plotly"></span>
<script>(() => {
  if (window.Plotly || document.querySelector('script[data-cd-plotly="1"]')) return;
  const s = document.createElement("script");
  s.src = "{src}";
  s.dataset.cdPlotly = "1";
  s.onerror = () => { s.dataset.cdPlotly = "failed"; };  // the chart element then tries again
  document.head.appendChild(s);
})()</script>"""

#: On the Map page: fetch and parse the outlines into the cache Plotly reads before fetching
#: (`window.PlotlyGeoAssets.topojson[name]`; same relative URL as ui.PLOTLY_CONFIG's
#: topojsonURL). Why: Plotly fetches them only after drawing the map's empty frame, then parses
#: them; fetched here they are ready when the map is drawn (issue 11). The chart waits for this
#: fetch (`window.__cdOutlines`, at most 8 s, claimsdesk/plotly_chart.js) before drawing a map, so
#: the outlines are never downloaded twice. If they fail or the map needs other outlines, Plotly
#: fetches its own as before.
OUTLINES_JS = """;
(() => {
  const g = (window.PlotlyGeoAssets = window.PlotlyGeoAssets || {topojson: {}});
  g.topojson = g.topojson || {};
  window.__cdOutlines = fetch("app/static/topojson/{name}.json").then(r => r.ok ? r.json() : null)
    .then(j => { if (j && g.topojson["{name}"] === undefined) g.topojson["{name}"] = j; }).catch(() => {});
})();
"""
