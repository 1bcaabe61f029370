"""QA pass 25 (session 31): every piece of context beside a figure belongs to that figure, and
every count means what its label says. Read from the session's build of data/."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import duckdb
import pandas as pd
import pytest

from claimsdesk import charts, figures, queries
from claimsdesk.filters import Filters
from etl.core import db
from tests.helpers import app_test

DEPLOYED = ("deployment",)


@pytest.fixture(scope="module")
def con(built_default_db: Path) -> Iterator[duckdb.DuckDBPyConnection]:
    c = db.connect_readonly(built_default_db.resolve())
    yield c
    c.close()


def test_a_confirmation_of_the_deployment_says_its_day_and_scope_and_the_figures_own_verification(
    con: duckdb.DuckDBPyConnection,
) -> None:
    """The "over 10,000" of US and South Korean officials (19 Dec 2024) showed "DPRK: confirmed;
    Russia: confirmed" in its hover: North Korea and Russia confirmed the deployment, not any
    figure, in April 2025, and the figure stays unverified."""
    pts = queries.figure_points(con, Filters(), DEPLOYED, "cumulative", "DPRK forces", "troops_deployed")
    officials = pts[pts["claimant"] == "US and South Korean officials"]
    assert len(officials) == 1
    answered = officials["responses"].iloc[0]
    assert "DPRK: confirmed 2025-04-28 (confirms the deployment, not any figure)" in answered
    assert "DPRK: no comment 2024-12-19" in answered  # silence keeps its day too, with no scope
    hover = charts.hover_data(officials)[0][5]
    assert "this figure: unverified" in hover
    assert "Vladimir Putin: confirmed" in hover.replace("<br>", " ")  # (the last response is not cut)
    # a claim nobody answered says nothing of its verification in the hover (it is in the tables)
    quiet = pts[pts["responses"].isna()]
    assert all("this figure:" not in h[5] for h in charts.hover_data(quiet))


def test_a_claimants_latest_bar_is_one_claim_and_says_of_how_many_figures_it_is_the_latest(
    con: duckdb.DuckDBPyConnection,
) -> None:
    """The bar of NIS's "about 15,000" said "2 claims here": it is one claim, the latest of the
    two figures the NIS gave in the series."""
    latest = queries.latest_per_claimant(
        con, Filters(), DEPLOYED, "DPRK forces", "troops_deployed", "cumulative"
    )
    assert "claims" not in latest.columns
    nis = latest[latest["claimant"] == "National Intelligence Service (South Korea)"].iloc[0]
    assert int(nis["figures_given"]) == 2
    hovers = {c: h[-1] for c, h in zip(latest["claimant"], charts.hover_data(latest), strict=True)}
    assert hovers["National Intelligence Service (South Korea)"].endswith(
        "the latest of 2 figures this claimant gave here"
    )
    assert all("claims here" not in h for h in hovers.values())
    assert "figures_given" in figures.latest_table(latest).columns


def test_a_claimants_latest_bar_says_where_how_and_who_answered(con: duckdb.DuckDBPyConnection) -> None:
    """Blinken's "up to 8,000" (Kursk) sat beside totals for all Russia with no word of where, and
    Zelenskyy's bar lacked his channel and Peskov's "no comment"."""
    latest = queries.latest_per_claimant(
        con, Filters(), DEPLOYED, "DPRK forces", "troops_deployed", "cumulative"
    )
    rows = latest.set_index("claimant")
    assert rows.loc["Antony Blinken (US State Department)", "region"] == "Kursk Oblast"
    zelenskyy = rows.loc["Volodymyr Zelenskyy"]
    assert zelenskyy["channel"] == "remarks to reporters"
    assert zelenskyy["responses"].startswith("Dmitry Peskov (Kremlin): no comment")
    hover = dict(zip(latest["claimant"], charts.hover_data(latest), strict=True))
    assert "where: Kursk Oblast" in hover["Antony Blinken (US State Department)"][2]
    assert "where: not narrowed" in hover["National Intelligence Service (South Korea)"][2]
    table = figures.latest_table(latest)
    assert {"region", "channel", "verification", "responses"} <= set(table.columns)


def test_the_overviews_recent_claims_give_the_fact_sheets_wording_where_no_quote_is_on_record(
    con: duckdb.DuckDBPyConnection, built_default_db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """NIS's "about 600 killed" had quote "None" and no note in Overview's Most recent claims."""
    f = Filters(claimants=("National Intelligence Service (South Korea)",))
    recent = queries.recent_claims(con, f)
    unquoted = recent[recent["quote"].isna()]
    assert len(unquoted) >= 1 and unquoted["notes"].notna().all()
    at = app_test(
        built_default_db,
        monkeypatch,
        "pages/1_overview.py",
        overview_chart="Most recent claims",
        claimant="National Intelligence Service (South Korea)",
    )
    shown = [df for df in (e.value for e in at.dataframe) if "quote" in df.columns]
    assert shown and "notes" in shown[0].columns
    assert charts.NO_QUOTE_SEE_NOTES in set(shown[0]["quote"])


def test_the_flow_counts_claims_once_per_outlet_and_says_so() -> None:
    """Its links were labelled "claim reports" but count each claim once per outlet (two documents
    of one outlet carrying a claim count once)."""
    flow = pd.DataFrame(
        {
            "claimant": ["UK MoD"],
            "channel": ["X"],
            "outlet": ["The Economist"],
            "claims": [3],
            "claimants_total": [1],
        }
    )
    sankey = charts.sankey(flow, "t")
    assert "claim reports" not in sankey.data[0].link.hovertemplate
    assert "claims (once for each outlet)" in sankey.data[0].link.hovertemplate


def test_the_sources_page_tells_a_publishers_rows_from_rows_to_fix(
    con: duckdb.DuckDBPyConnection, built_default_db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """(QA pass 26) A clean clone's Sources page said "13 row(s) did not load. Fix them in the
    named file and row" of UCDP's own rows (low <= best <= high broken as published), which
    data/sources/README.md says ship unchanged."""
    counts = queries.table_counts(con)
    assert counts["quarantined"] == counts["quarantined_declared"] > 0
    at = app_test(built_default_db, monkeypatch, "pages/7_sources.py")
    assert not any("did not load. Fix them" in w.value for w in at.warning)
    assert any(f"{counts['quarantined_declared']:,} row(s) of publishers' files" in i.value for i in at.info)


def test_one_match_is_one_claim_and_a_bars_label_is_its_exact_count(
    built_default_db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """(QA pass 26) Explore said "1 claims match.". (Its other report here, the General Staff's
    bar reading "19,200" for "19,197 claims", was right: 19,197 daily-series claims and 3 of the
    fact sheet's. The label is the count as text, exact on any axis.)"""
    at = app_test(built_default_db, monkeypatch, "pages/6_explore.py", claimant="DeepState")
    assert any("**1** claim matches." == m.value for m in at.markdown)
    assert at.get("download_button")[0].proto.label == "Download CSV (1 claim)"
    counts = pd.DataFrame(
        {
            "claimant": ["General Staff", "NIS"],
            "claimant_side": ["Ukraine", "South Korea"],
            "claims": [19197, 3],
        }
    ).assign(with_figure=lambda d: d["claims"], claimants_total=2)
    fig = charts.claimant_bars(counts, "t")
    assert all(t.texttemplate == "%{text}" for t in fig.data)
    assert sorted(v for t in fig.data for v in t.text) == ["19,197", "3"]


def test_a_label_is_laid_out_on_the_time_axis_as_drawn_with_its_event_lines(
    con: duckdb.DuckDBPyConnection,
) -> None:
    """(QA pass 26) On the default Casualty chart Zelenskyy's "over 4,000" (2 February 2025)
    printed under Budanov's ○ (5 March): the labels were laid out on the points' dates, while the
    axis, with the event lines from August 2024, is months wider, so points sit closer."""
    pts = queries.figure_points(
        con,
        Filters(),
        ("casualties", "missing", "captured"),
        "cumulative",
        "DPRK forces",
        "killed_or_wounded",
    )
    spec = charts.bounds_spec(pts, "t", "y", queries.key_events(con, Filters()), log_y=True)
    text = {t["name"]: t.get("text") for t in spec["data"] if "text" in t.get("mode", "")}
    assert "over 4,000" not in text["Volodymyr Zelenskyy"]
    assert "about 1,100" in text["Joint Chiefs of Staff (South Korea)"]  # (a label clear of all stays)
