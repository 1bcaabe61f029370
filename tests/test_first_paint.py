"""First paint (issue 11): a chart page starts loading Streamlit's Plotly bundle with its first
message, so the browser evaluates it while the server still runs the page; other pages don't."""

from __future__ import annotations

from pathlib import Path

import pytest
import streamlit as st
from streamlit.testing.v1 import AppTest

from claimsdesk import nav, ui
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
