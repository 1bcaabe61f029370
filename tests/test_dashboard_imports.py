"""Imported public data on the dashboard: the General Staff series, ACLED/UCDP events, the log."""

from __future__ import annotations

from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from claimsdesk import charts
from etl.cli import main as etl_main
from tests.helpers import ROOT, app_test, chart_specs, copy_build

#: Streamlit's caches are emptied when the module starts and ends (conftest `module_caches`), not
#: before every test: a test that counts what is built or queried takes `fresh_caches`.
pytestmark = pytest.mark.usefixtures("module_caches")

FIXTURES = ROOT / "tests" / "fixtures" / "import"


@pytest.fixture(scope="module")
def imported_db(built_default_db: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    pointer = copy_build(built_default_db, tmp_path_factory.mktemp("imp"))
    for source, path in (
        ("general-staff", FIXTURES / "general-staff"),
        ("acled", FIXTURES / "acled" / "acled_ukraine_russia_2024.csv"),
        ("ucdp", FIXTURES / "ucdp" / "ged_ukraine_sample.csv"),
    ):
        assert etl_main(["import", source, str(path), "--db", str(pointer), "--quiet"]) == 0
    return pointer


def run_page(db: Path, monkeypatch: pytest.MonkeyPatch, page: str, **params: str) -> AppTest:
    return app_test(db, monkeypatch, page, **params)


def specs(at: AppTest) -> list[dict]:
    return chart_specs(at)


def test_casualty_page_draws_the_general_staff_series_with_derived_increments(
    imported_db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    at = run_page(imported_db, monkeypatch, "pages/2_casualties.py", view="General Staff series")
    gs = [s for s in specs(at) if "General Staff" in s["layout"]["title"]["text"]]
    assert len(gs) == 1
    names = [tr.get("name", "") for tr in gs[0]["data"]]
    assert "cumulative (claimed)" in names and "daily increase (derived)" in names
    subtitles = " ".join(a.get("text", "") for a in gs[0]["layout"]["annotations"])
    assert "DERIVED" in subtitles and "not published" in subtitles
    assert at.selectbox(key="gs_metric").value == "personnel_losses"


def test_overview_shows_imported_events_by_source(imported_db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # The events chart is the Overview's second tab (drawn when opened; issue 11 first paint).
    at = run_page(
        imported_db, monkeypatch, "pages/1_overview.py", overview_chart="Events per month by source"
    )
    ev = [s for s in specs(at) if "Events per month" in s["layout"]["title"]["text"]]
    assert len(ev) == 1
    assert {tr["name"] for tr in ev[0]["data"]} >= {"acled", "ucdp"}


def test_overview_draws_curated_key_events_when_no_imported_event_matches(
    built_curated_db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """(QA pass 32) With only curated key events in the date range, the chart whose title names
    curated events drew nothing and said "only curated key events", while the Map drew them."""
    at = app_test(
        built_curated_db,
        monkeypatch,
        "pages/1_overview.py",
        overview_chart="Events per month by source",
        dates=["2024-08-01", "2024-12-31"],
    )
    ev = [s for s in specs(at) if "Events per month" in s["layout"]["title"]["text"]]
    assert len(ev) == 1 and {tr["name"] for tr in ev[0]["data"]} == {"curated"}
    assert all(len(tr["x"]) > 0 for tr in ev[0]["data"])
    # one label a month, each bar over its month, and the legend names the one source
    assert ev[0]["data"][0]["xperiodalignment"] == "middle" and ev[0]["layout"]["xaxis"]["dtick"] == "M1"
    assert ev[0]["data"][0]["width"] == charts.MONTH_BAR_MS  # (QA pass 33: one month was 1 px wide)
    assert ev[0]["layout"]["showlegend"] is True
    assert not [i.value for i in at.info if "No events" in i.value or "No imported events" in i.value]


def test_map_shows_imported_events_with_their_fatality_ranges(
    imported_db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    at = run_page(imported_db, monkeypatch, "pages/5_map.py")
    (spec,) = specs(at)
    # One marker per event location; its hover reads source and fatalities from customdata.
    events = next(tr for tr in spec["data"] if str(tr.get("name", "")).startswith("events"))
    assert "source: %{customdata[3]}" in events["hovertemplate"]
    rows = events["customdata"]
    assert {r[3] for r in rows} >= {"ucdp", "acled"}
    assert any("fatalities reported" in r[4] for r in rows)


def test_sources_page_lists_each_imported_file_with_counts_and_time(
    imported_db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    at = run_page(imported_db, monkeypatch, "pages/7_sources.py")
    tables = [d.value for d in at.dataframe]
    imported = next(t for t in tables if "imported_at" in t.columns)
    assert set(imported["source"]) == {"general-staff", "acled", "ucdp", "economist"}  # + bundled
    assert (imported["rows_read"] == imported["rows_loaded"] + imported["rows_quarantined"]).all()
    assert imported["imported_at"].notna().all() and imported["date_min"].notna().all()
    # (QA pass 13) a one-off import's quarantined rows are fixed by importing the file again: a
    # rebuild alone leaves them (the page used to say only "rebuild")
    (notice,) = [w.value for w in at.warning if "did not load" in w.value]
    assert "`python -m etl import SOURCE FILE`" in notice and "`python -m etl build`" in notice
