"""Overview: the claims-per-month chart leaves the imported daily series out unless asked (the
link keeps the choice), so the curated claims are not a thin band under ~400 a month."""

from __future__ import annotations

from pathlib import Path

import pytest
import streamlit as st

from tests.helpers import app_test, chart_specs, query, trace_values


@pytest.fixture(autouse=True)
def _fresh_caches() -> None:
    st.cache_data.clear()
    st.cache_resource.clear()


def timeline_total(at: object) -> tuple[str, int]:
    chart = next(
        spec
        for spec in chart_specs(at)  # type: ignore[arg-type]
        if "Claims stated per month" in spec["layout"]["title"]["text"]
    )
    bars = [tr for tr in chart["data"] if tr.get("type") == "bar"]
    total = 0
    for tr in bars:
        total += int(sum(trace_values(tr["y"])))
    return chart["layout"]["title"]["text"], total


def test_the_chart_counts_curated_claims_unless_the_daily_series_is_asked_for(
    built_default_db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    counts = query(
        built_default_db,
        "SELECT count(*) FILTER (WHERE source = 'general-staff'), count(*) FROM claims_wide "
        "WHERE stated_on IS NOT NULL",
    )[0]
    daily, dated = int(counts[0]), int(counts[1])
    assert daily > 1000 > dated - daily > 0, "the bundled data has a daily series and curated claims"

    at = app_test(built_default_db, monkeypatch)
    title, total = timeline_total(at)
    assert total == dated - daily and "daily series left out" in title
    assert at.toggle(key="daily").value is False
    assert any(f"{daily:,} claims of the General Staff's daily series" in c.value for c in at.caption)

    at.toggle(key="daily").set_value(True).run()
    title, total = timeline_total(at)
    assert total == dated and "left out" not in title

    linked = app_test(built_default_db, monkeypatch, daily="true")  # a shared link keeps the choice
    assert timeline_total(linked)[1] == dated
