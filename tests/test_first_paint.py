"""First paint (issue 11): charts load Plotly as a classic script (Chromium caches its compiled
code, not a module's), and a chart page requests it with its first message, so the browser
evaluates it while the server still runs the page; other pages don't.
The Map draws Plotly's Europe outlines when its view is in Europe, fetched with that message."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import plotly
import pytest
import streamlit as st
from streamlit.testing.v1 import AppTest

from claimsdesk import charts, chartview, nav, ui
from tests.helpers import ROOT, chart_specs


@pytest.fixture(scope="module")
def default_db(built_default_db: Path) -> Path:
    return built_default_db


def page_html(db: Path, monkeypatch: pytest.MonkeyPatch, page: str) -> list[str]:
    monkeypatch.setattr(ui, "DB_PATH", db)
    st.cache_data.clear()
    at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=60)
    at.run()
    at.switch_page(page).run()
    assert not at.exception, [e.value for e in at.exception]
    return [el.proto.body for el in at.get("html")]


def test_plotly_is_served_from_the_static_folder_as_the_projects_bundle() -> None:
    """The script the charts load is the project's plotly.js bundle (the version the installed
    plotly package ships), under a versioned name in static/vendor, so a browser never runs a
    stale copy after an upgrade."""
    assert chartview.plotly_served()
    served = chartview.VENDOR_DIR / chartview.PLOTLY_NAME
    assert chartview.plotly_source() == chartview.BUNDLE
    assert served.read_bytes() == chartview.BUNDLE.read_bytes()
    assert chartview.PLOTLY_URL == f"app/static/vendor/{served.name}"
    assert chartview.js_version(chartview.package_plotly_js()) in served.name


def test_the_bundle_is_the_plotly_js_version_the_plotly_package_ships() -> None:
    """Figures are written by the installed plotly package for its own plotly.js. When an
    upgrade changes that version, rebuild the bundle (claimsdesk/plotly_bundle/build.sh); until
    then the app serves the package's full plotly.min.js (and this test says so)."""
    ours, theirs = chartview.js_version(chartview.BUNDLE), chartview.js_version(chartview.package_plotly_js())
    assert ours is not None and ours == theirs, (
        f"bundle is plotly.js {ours}, plotly {plotly.__version__} ships {theirs}"
    )
    text = chartview.BUNDLE.read_text(encoding="utf-8")
    assert text.startswith("/**") and "Licensed under the MIT license" in text[:400]
    assert "var Plotly=" in text[:2000]  # a classic script that defines the global the charts use


def test_a_bundle_of_another_plotly_js_version_is_not_served(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    stale = tmp_path / "plotly-claimsdesk.min.js"
    stale.write_text("/**\n* plotly.js v0.0.1 (stale)\n*/\nvar Plotly={};", encoding="utf-8")
    monkeypatch.setattr(chartview, "BUNDLE", stale)
    assert chartview.plotly_source() == chartview.package_plotly_js()
    monkeypatch.setattr(chartview, "BUNDLE", tmp_path / "missing.min.js")
    assert chartview.plotly_source() == chartview.package_plotly_js()


def test_serving_plotly_is_idempotent_and_atomic(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A second call keeps the copy; a copy is written to a temporary name and renamed, so no
    half-written file is ever served, and no temporary file is left behind."""
    monkeypatch.setattr(chartview, "VENDOR_DIR", tmp_path / "vendor")
    chartview.plotly_served.cache_clear()
    try:
        assert chartview.plotly_served()
        served = tmp_path / "vendor" / chartview.PLOTLY_NAME
        first = served.stat()
        chartview.plotly_served.cache_clear()
        assert chartview.plotly_served()
        assert served.stat().st_ino == first.st_ino  # kept, not copied again
        assert [p.name for p in (tmp_path / "vendor").iterdir()] == [chartview.PLOTLY_NAME]
        # An old date (browsers' heuristic caching keeps it for months, not minutes), and a name
        # that changes with the content, so that is safe.
        assert served.stat().st_mtime == pytest.approx(chartview.SERVED_MTIME)
        assert served.read_bytes() == chartview.plotly_source().read_bytes()
        assert chartview.hashlib.sha256(served.read_bytes()).hexdigest()[:10] in served.name
    finally:
        chartview.plotly_served.cache_clear()


@pytest.mark.parametrize("page", ["pages/1_overview.py", "pages/2_casualties.py", "pages/5_map.py"])
def test_a_chart_page_preloads_plotly_as_a_classic_script_first(
    default_db: Path, monkeypatch: pytest.MonkeyPatch, page: str
) -> None:
    bodies = page_html(default_db, monkeypatch, page)
    assert bodies and f'"{chartview.PLOTLY_URL}"' in bodies[0]
    assert 'createElement("script")' in bodies[0] and "display:none" in bodies[0]
    assert "import(" not in bodies[0] and 'type="module"' not in bodies[0]


@pytest.mark.parametrize("page", ["pages/6_explore.py", "pages/7_sources.py"])
def test_a_page_without_charts_does_not_load_plotly(
    default_db: Path, monkeypatch: pytest.MonkeyPatch, page: str
) -> None:
    assert not any("plotly" in b.lower() for b in page_html(default_db, monkeypatch, page))


def test_charts_are_drawn_by_the_classic_script_component_with_the_cached_spec(
    default_db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Every chart goes out as the chart component, carrying the app's Plotly config and the
    figure's JSON; its script loads Plotly from the served file (not Streamlit's module)."""
    monkeypatch.setattr(ui, "DB_PATH", default_db)
    st.cache_data.clear()
    at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=60)
    at.run()
    at.switch_page("pages/2_casualties.py").run()
    assert not at.exception, [e.value for e in at.exception]
    assert not at.get("plotly_chart")
    charts_ = [el for el in at.get("bidi_component") if el.proto.component_name == "claimsdesk.chart"]
    assert len(charts_) == len(chart_specs(at)) >= 1
    data = json.loads(charts_[0].proto.json)
    assert data["config"] == ui.PLOTLY_CONFIG
    assert json.loads(data["spec"])["layout"]["title"]["text"].startswith("Competing cumulative claims")
    assert f'"{chartview.PLOTLY_URL}"' in charts_[0].proto.js_content


def test_charts_fall_back_to_streamlits_plotly_chart_when_plotly_cannot_be_served(
    default_db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A read-only static folder without the file: the page still draws its charts."""
    monkeypatch.setattr(chartview, "plotly_served", lambda: False)
    at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=60)
    monkeypatch.setattr(ui, "DB_PATH", default_db)
    st.cache_data.clear()
    at.run()
    at.switch_page("pages/2_casualties.py").run()
    assert not at.exception, [e.value for e in at.exception]
    assert len(at.get("plotly_chart")) >= 1 and not chart_specs(at)


def places(lat: list[float], lon: list[float]) -> pd.DataFrame:
    """Places named in claims, as `queries.map_claims` returns them."""
    n = len(lat)
    return pd.DataFrame(
        {
            "lat": lat,
            "lon": lon,
            "name": [f"place {i}" for i in range(n)],
            "admin1": ["Kharkiv Oblast"] * n,
            "claims": [1] * n,
            "claimants": ["General Staff"] * n,
            "metrics": ["killed"] * n,
            "coord_precision": ["exact"] * n,
            "notes": [""] * n,
        }
    )


def test_a_map_of_ukraine_draws_the_europe_outlines_and_a_far_view_the_world() -> None:
    """Plotly fetches `{scope}_{resolution}m.json` and draws all of it: a map of Ukraine takes the
    Europe file (0.2 MB) instead of the world (1.1 MB); a view outside Europe keeps the world."""
    kharkiv = places(lat=[49.99, 50.1], lon=[36.23, 37.5])
    fig = charts.claims_map(kharkiv, pd.DataFrame(), "t")
    assert fig.layout.geo.scope == "europe"
    far = kharkiv.assign(lat=[43.1, 43.2], lon=[131.9, 132.0])  # Vladivostok: outside Europe
    assert charts.outline_scope(charts.focus_bounds(far, pd.DataFrame())) == "world"
    for scope in ("europe", "world"):
        assert (ROOT / "static" / "topojson" / f"{scope}_{fig.layout.geo.resolution}m.json").is_file()


def test_the_map_page_preloads_the_outlines_its_map_draws(
    default_db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The Map page's first message also fetches the outlines into Plotly's own cache
    (`PlotlyGeoAssets`), so they are parsed before the map is drawn; other pages don't."""
    fig = charts.claims_map(places(lat=[50.0], lon=[36.2]), pd.DataFrame(), "t")
    assert nav.MAP_OUTLINES == f"{fig.layout.geo.scope}_{fig.layout.geo.resolution}m"
    outlines = f"app/static/topojson/{nav.MAP_OUTLINES}.json"
    assert (
        outlines.startswith(ui.PLOTLY_CONFIG["topojsonURL"])
        and (ROOT / outlines.removeprefix("app/")).is_file()
    )
    body = page_html(default_db, monkeypatch, "pages/5_map.py")[0]
    assert f'fetch("{outlines}")' in body and "PlotlyGeoAssets" in body
    assert "PlotlyGeoAssets" not in page_html(default_db, monkeypatch, "pages/1_overview.py")[0]
