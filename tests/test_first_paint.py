"""First paint (issue 11): a chart page starts loading Streamlit's Plotly bundle with its first
message, so the browser evaluates it while the server still runs the page; other pages don't.
The Map draws Plotly's Europe outlines when its view is in Europe, fetched with that message."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest
import streamlit as st
from streamlit.testing.v1 import AppTest

from claimsdesk import charts, nav, ui
from tests.helpers import ROOT


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


def test_streamlit_ships_the_plotly_bundle_the_preload_names() -> None:
    chunk = nav._plotly_chunk()
    assert chunk is not None and chunk.startswith("PlotlyChart.") and chunk.endswith(".js")
    assert (Path(st.__file__).parent / "static" / "static" / "js" / chunk).stat().st_size > 1_000_000


@pytest.mark.parametrize("page", ["pages/1_overview.py", "pages/2_casualties.py", "pages/5_map.py"])
def test_a_chart_page_preloads_the_plotly_bundle_first(
    default_db: Path, monkeypatch: pytest.MonkeyPatch, page: str
) -> None:
    bodies = page_html(default_db, monkeypatch, page)
    assert bodies and f'"{nav._plotly_chunk()}"' in bodies[0]
    assert "import(" in bodies[0] and "display:none" in bodies[0]


@pytest.mark.parametrize("page", ["pages/6_explore.py", "pages/7_sources.py"])
def test_a_page_without_charts_does_not_load_plotly(
    default_db: Path, monkeypatch: pytest.MonkeyPatch, page: str
) -> None:
    assert not any("PlotlyChart" in b for b in page_html(default_db, monkeypatch, page))


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
            "max_figure": [10] * n,
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
