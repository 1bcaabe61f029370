"""Draw a Plotly figure with Plotly loaded as a classic script (issue 11's first paint).

Why not `st.plotly_chart`: Streamlit imports its Plotly bundle as an ES module, and Chromium
keeps no code cache for modules, so every visit to a chart page spent about a second compiling
Plotly again (`benchmarks/plotly_code_cache.py`). This module serves the `plotly.min.js` that
the installed plotly package ships from the app's static folder and draws each figure with a
small Streamlit component (components v2, mounted in the page itself, not in an iframe) that
loads it with one classic `<script>`: Chromium then serves it compiled from the second visit.

The spec goes to the browser as the cached JSON string, so a cached view builds no Figure.
Where the static folder cannot be written (a read-only deployment without the file baked in),
charts fall back to `st.plotly_chart` with Streamlit's theme.
"""

from __future__ import annotations

import functools
import importlib.metadata
import json
import os
import shutil
import tempfile
from pathlib import Path
from typing import Any

import streamlit as st

#: The app's static folder (server.enableStaticServing serves it at app/static/).
STATIC_DIR = Path(__file__).resolve().parents[1] / "static"
#: Where the served copy lives; its name carries the version, so a browser never runs a stale one.
VENDOR_DIR = STATIC_DIR / "vendor"
PLOTLY_NAME = f"plotly-{importlib.metadata.version('plotly')}.min.js"
#: The URL the browser loads it from, relative to the page (as the map outlines' URL is).
PLOTLY_URL = f"app/static/vendor/{PLOTLY_NAME}"

_JS_TEMPLATE = (Path(__file__).with_name("plotly_chart.js")).read_text(encoding="utf-8")


def plotly_source() -> Path:
    """The plotly.min.js inside the installed plotly package (the library the figures target)."""
    import plotly  # here, not at the top: nav imports this module before any heavy import

    return Path(plotly.__file__).resolve().parent / "package_data" / "plotly.min.js"


@functools.cache
def plotly_served() -> bool:
    """Make sure static/vendor holds this plotly version's script; False if it cannot.

    Idempotent: an existing copy of the right size is kept. The copy keeps the package file's
    modification time (so browsers' heuristic caching sees an old, stable file) and is written
    to a temporary name, then renamed, so a second server process never serves half a file.
    """
    src, dest = plotly_source(), VENDOR_DIR / PLOTLY_NAME
    try:
        if dest.is_file() and dest.stat().st_size == src.stat().st_size:
            return True
        VENDOR_DIR.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=VENDOR_DIR, prefix=".plotly-", suffix=".tmp")
        os.close(fd)
        shutil.copy2(src, tmp)
        os.replace(tmp, dest)
        return True
    except OSError:
        return False


@functools.cache
def _component() -> Any:
    """The chart component, registered once per process (re-registering logs a warning)."""
    js = _JS_TEMPLATE.replace("__PLOTLY_SRC__", PLOTLY_URL)
    return st.components.v2.component("claimsdesk.chart", js=js, isolate_styles=False)


def draw(spec: str, config: dict[str, Any], key: str) -> None:
    """Draw the figure whose JSON is `spec` (as `Figure.to_json` writes it)."""
    if plotly_served():
        _component()(data={"spec": spec, "config": config}, key=key, width="stretch", height="content")
        return
    import plotly.graph_objects as go  # the fallback only

    fig = go.Figure(json.loads(spec), _validate=False)
    st.plotly_chart(fig, config=config, key=key, theme="streamlit", width="stretch")
