"""Draw a Plotly figure with Plotly loaded as a classic script (issue 11's first paint).

Why not `st.plotly_chart`: Streamlit imports its Plotly bundle as an ES module, and Chromium
keeps no code cache for modules, so every visit to a chart page spent about a second compiling
Plotly again (`benchmarks/plotly_code_cache.py`). This module serves the `plotly.min.js` that
the installed plotly package ships from the app's static folder and draws each figure with a
small Streamlit component (components v2, mounted in the page itself, not in an iframe) that
loads it with one classic `<script>`: Chromium then serves it compiled from the second visit.

The script is the project's own build of plotly.js (claimsdesk/plotly_bundle: the core and the
four trace types the charts draw, a third of the full bundle's size; a first-time visitor's
browser compiled the full one in about 0.9 s per chart page), when it is the plotly.js version
the installed plotly package ships; otherwise the package's full plotly.min.js.

The spec goes to the browser as the cached JSON string, so a cached view builds no Figure.
Where the static folder cannot be written (a read-only deployment without the file baked in),
charts fall back to `st.plotly_chart` with Streamlit's theme.
"""

from __future__ import annotations

import functools
import hashlib
import importlib.metadata
import importlib.util
import json
import os
import re
import shutil
import tempfile
from pathlib import Path
from typing import Any

import streamlit as st

#: The app's static folder (server.enableStaticServing serves it at app/static/).
STATIC_DIR = Path(__file__).resolve().parents[1] / "static"
#: Where the served copy lives; its name carries the version, so a browser never runs a stale one.
VENDOR_DIR = STATIC_DIR / "vendor"
#: The project's plotly.js build (claimsdesk/plotly_bundle/build.sh makes it).
BUNDLE = Path(__file__).resolve().with_name("plotly_bundle") / "plotly-claimsdesk.min.js"


def js_version(path: Path) -> str | None:
    """The plotly.js version a plotly.min.js states in its header comment (None if unreadable)."""
    try:
        with path.open("rb") as fh:
            head = fh.read(300).decode("utf-8", "replace")
    except OSError:
        return None
    found = re.search(r"plotly\.js v(\d+\.\d+\.\d+)", head)
    return found.group(1) if found else None


def package_plotly_js() -> Path:
    """The full plotly.min.js inside the installed plotly package (found without importing
    plotly: nav imports this module before any heavy import)."""
    spec = importlib.util.find_spec("plotly")
    assert spec is not None and spec.origin is not None, "plotly is a requirement"
    return Path(spec.origin).resolve().parent / "package_data" / "plotly.min.js"


def plotly_source() -> Path:
    """The script to serve: the project's bundle if it is the plotly.js version the installed
    plotly package targets (the figures' JSON is written for it), else the package's own."""
    full, ours = package_plotly_js(), js_version(BUNDLE)
    return BUNDLE if ours is not None and ours == js_version(full) else full


def _digest(path: Path) -> str:
    """The first 10 hex digits of a file's SHA-256 (a rebuilt bundle gets a new served name)."""
    return hashlib.sha256(path.read_bytes()).hexdigest()[:10]


#: The served name changes with the content (the bundle's version and digest, or the plotly
#: package's version), so a browser never runs a stale copy after an upgrade or a rebuild.
PLOTLY_NAME = (
    f"plotly-claimsdesk-{js_version(BUNDLE)}-{_digest(BUNDLE)}.min.js"
    if plotly_source() == BUNDLE
    else f"plotly-{importlib.metadata.version('plotly')}.min.js"
)
#: The served copy's modification time (2020-01-01 UTC). Streamlit's static files carry no
#: Cache-Control, so a browser caches them by heuristic: for 10% of the time since the file last
#: changed. A copy dated by a fresh clone or build would be asked for again within minutes (one
#: more request on every chart page, answered while the server runs the page); its name already
#: changes with its content, so an old date is safe.
SERVED_MTIME = 1577836800.0
#: The URL the browser loads it from, relative to the page (as the map outlines' URL is).
PLOTLY_URL = f"app/static/vendor/{PLOTLY_NAME}"

_JS_TEMPLATE = (Path(__file__).with_name("plotly_chart.js")).read_text(encoding="utf-8")


@functools.cache
def plotly_served() -> bool:
    """Make sure static/vendor holds the script `plotly_source` names; False if it cannot.

    Idempotent: an existing copy of the right size is kept. The copy is dated SERVED_MTIME (so
    browsers' heuristic caching sees an old, stable file) and is written to a temporary name,
    then renamed, so a second server process never serves half a file.
    """
    src, dest = plotly_source(), VENDOR_DIR / PLOTLY_NAME
    try:
        if dest.is_file() and dest.stat().st_size == src.stat().st_size:
            return True
        VENDOR_DIR.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=VENDOR_DIR, prefix=".plotly-", suffix=".tmp")
        os.close(fd)
        shutil.copyfile(src, tmp)
        os.chmod(tmp, 0o644)
        os.utime(tmp, (SERVED_MTIME, SERVED_MTIME))
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
