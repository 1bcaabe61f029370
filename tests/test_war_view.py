"""The war-wide view on the casualty page: queries on a small fixture, the chart, the page.

Fixture: the minimal dataset plus war-wide claims on Russian and Ukrainian losses by warring
parties (HUR, Russia), third parties (Western officials, NIS) and an independent analyst on the
Ukrainian side, a region-scoped figure, a period figure and a killed figure that must stay out
of a killed-or-wounded chart, and three days of a General Staff series (declared source).
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pandas as pd
import pytest
from streamlit.testing.v1 import AppTest

from claimsdesk import charts, ui
from claimsdesk import queries as Q
from claimsdesk.filters import Filters
from etl.build import build
from etl.core import db
from tests.helpers import (
    BASE_DATASET_DIR,
    ROOT,
    build_empty,
    chart_specs,
    claim_row,
    claims_csv,
    write_dataset,
)

RU, UA, KOW = "Russian forces", "Ukrainian forces", "killed_or_wounded"
GS = "General Staff of the Armed Forces of Ukraine"
SPLIT = "Warring parties vs third parties"


def _claim(
    ref: str,
    claimant: str,
    stated_on: str,
    low: str,
    high: str,
    qualifier: str,
    *,
    metric: str = KOW,
    subject: str = RU,
    basis: str = "cumulative",
    region: str = "",
    places: str = "",
) -> str:
    return claim_row(
        ref=ref,
        claimant=claimant,
        stated_on=stated_on,
        metric=metric,
        subject=subject,
        value_low=low,
        value_high=high,
        qualifier=qualifier,
        basis=basis,
        period_start="" if basis == "cumulative" else "2023-02-01",
        period_end="" if basis == "cumulative" else "2023-02-10",
        places=places,
        region=region,
        quote=f"quote {ref}",
    )


CLAIMS = [
    _claim("w-hur", "HUR", "2023-02-10", "130000", "130000", "about"),
    _claim("w-west-q1", "Western officials", "2023-01-15", "100000", "150000", "range"),
    _claim("w-nis-q1", "NIS", "2023-03-20", "120000", "", "at_least"),
    _claim("w-west-q2", "Western officials", "2023-05-01", "200000", "200000", "about"),
    _claim("w-west-q4", "Western officials", "2023-11-01", "", "300000", "up_to"),
    _claim("w-killed", "Western officials", "2023-02-01", "40000", "40000", "about", metric="killed"),
    _claim("w-kursk", "HUR", "2023-02-11", "5000", "5000", "about", region="Kursk Oblast", places="Sudzha"),
    _claim("w-period", "Western officials", "2023-02-12", "9000", "9000", "about", basis="period"),
    _claim("w-ru-mod", "Russia", "2023-06-01", "50000", "50000", "about", subject=UA),
    _claim("w-west-ua", "Western officials", "2023-06-02", "20000", "30000", "range", subject=UA),
    _claim("w-analyst-ua", "Open Losses Project", "2023-06-03", "25000", "", "at_least", subject=UA),
    # (session 20) whose losses no war-wide view draws: a figure with no region stays in the Kursk view
    _claim("w-dprk", "HUR", "2023-02-13", "300", "300", "about", subject="DPRK forces"),
]
GS_DAYS = [("2023-01-01", 100000), ("2023-01-02", 100500), ("2023-01-03", 101000)]


@pytest.fixture(scope="module")
def con(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    tmp = tmp_path_factory.mktemp("war")
    actors = (BASE_DATASET_DIR / "actors.csv").read_text(encoding="utf-8")
    actors += f"{GS},,state_body,Ukraine,\nOpen Losses Project,,analyst,Ukraine,\n"
    data = write_dataset(tmp / "data", actors=actors, claims=claims_csv(*CLAIMS))
    gs = data / "sources" / "gs"
    gs.mkdir(parents=True)
    (gs / "russia_losses_personnel.json").write_text(
        json.dumps(
            [
                # (session 20) the last day names its hottest direction, as the real series does
                {"date": d, "day": i + 2, "personnel": v, "personnel*": "about"}
                | ({"greatest losses direction": "Kursk"} if i == len(GS_DAYS) - 1 else {})
                for i, (d, v) in enumerate(GS_DAYS)
            ]
        )
    )
    (data / "sources" / "general-staff.toml").write_text('source = "general-staff"\npath = "sources/gs"\n')
    pointer = tmp / "db" / "claims.duckdb"
    build(data, pointer)
    c = db.connect_readonly(pointer.resolve())
    yield c
    c.close()


def test_war_claims_are_war_wide_cumulative_figures_of_one_metric_with_their_party(con) -> None:  # type: ignore[no-untyped-def]
    df = Q.war_claims(con, Filters(), RU, KOW)
    # Not the killed figure, the Kursk-scoped one, the period one, nor the daily series.
    assert df["quote"].tolist() == [
        "quote w-west-q1",
        "quote w-hur",
        "quote w-nis-q1",
        "quote w-west-q2",
        "quote w-west-q4",
    ]
    rows = df.set_index("quote")
    assert rows.loc["quote w-hur", "party"] == "warring party"
    assert bool(rows.loc["quote w-hur", "by_warring_party"]) is True
    assert (rows.drop("quote w-hur")["party"] == "third party").all()
    # Bounds stay bounds: the figure as it reads, where it is drawn, and a range's top.
    assert rows.loc["quote w-west-q1", ["figure", "y", "y_high"]].tolist() == [
        "100,000–150,000",
        100000,
        150000,
    ]
    assert rows.loc["quote w-nis-q1", "figure"] == "at least 120,000"
    assert pd.isna(rows.loc["quote w-nis-q1", "y_high"])
    assert rows.loc["quote w-west-q4", ["figure", "y"]].tolist() == ["up to 300,000", 300000]
    assert rows.loc["quote w-hur", "figure"] == "about 130,000"
    assert rows.loc["quote w-hur", "source_url"] == "https://example.org/a"
    killed = Q.war_claims(con, Filters(), RU, "killed")
    assert killed["quote"].tolist() == ["quote w-killed"]


def test_an_independent_analyst_on_a_warring_side_is_a_third_party(con) -> None:  # type: ignore[no-untyped-def]
    df = Q.war_claims(con, Filters(), UA, KOW).set_index("claimant")
    assert df.loc["Russia", "party"] == "warring party"
    assert df.loc["Open Losses Project", "party"] == "third party"
    assert df.loc["Open Losses Project", "claimant_side"] == "Ukraine"


def test_war_band_spans_third_party_figures_per_quarter_and_leaves_gaps(con) -> None:  # type: ignore[no-untyped-def]
    band = Q.war_band(con, Filters(), RU, KOW)
    got = [
        (pd.Timestamp(r.bin_start).date(), pd.Timestamp(r.bin_end).date(), r.low, r.high, r.estimates)
        for r in band.itertuples()
    ]
    assert got == [
        (dt.date(2023, 1, 1), dt.date(2023, 4, 1), 100000, 150000, 2),  # range 100k-150k, at least 120k
        (dt.date(2023, 4, 1), dt.date(2023, 7, 1), 200000, 200000, 1),
        (dt.date(2023, 10, 1), dt.date(2024, 1, 1), 300000, 300000, 1),  # no Q3 estimate: a gap
    ]
    assert "HUR" not in " ".join(band["who"])  # a warring party's claim never widens the band
    ua = Q.war_band(con, Filters(), UA, KOW)
    assert (ua["low"].tolist(), ua["high"].tolist(), ua["claimants"].tolist()) == ([20000], [30000], [2])


def test_the_bands_edges_keep_their_qualifier_and_claimant(con) -> None:  # type: ignore[no-untyped-def]
    """(QA 8) The band's floor in Q1 2023 is a range's low end and NIS's "at least 120,000" sits
    inside it; the hover said "range spanned: 100,000 – 150,000" as if measured. Each edge now
    names its qualifier and claimant, and the hover says the band is a spread of estimates."""
    band = Q.war_band(con, Filters(), RU, KOW)
    q1 = band.iloc[0]
    assert (q1["low_is"], q1["high_is"]) == ("range by Western officials", "range by Western officials")
    q4 = band.iloc[2]
    assert q4["high_is"] == "up_to by Western officials"
    marker = next(t for t in _fig(con, True).data if t.name == "band top (hover: who, how many)")
    assert marker.customdata[2][1] == "300,000 (up to by Western officials)"
    assert "not a measured range" in marker.hovertemplate


def test_war_queries_follow_the_shared_filters(con) -> None:  # type: ignore[no-untyped-def]
    f = Filters(date_to=dt.date(2023, 3, 31))
    assert len(Q.war_band(con, f, RU, KOW)) == 1
    assert Q.war_claims(con, Filters(claimants=("National Intelligence Service (South Korea)",)), RU, KOW)[
        "quote"
    ].tolist() == ["quote w-nis-q1"]
    assert len(Q.war_daily_series(con, Filters(date_from=dt.date(2023, 1, 2)), RU)) == 2


def test_the_daily_series_is_returned_whole_with_its_own_metric(con) -> None:  # type: ignore[no-untyped-def]
    daily = Q.war_daily_series(con, Filters(), RU)
    assert [
        (pd.Timestamp(d).date().isoformat(), v) for d, v in zip(daily["stated_on"], daily["y"], strict=True)
    ] == GS_DAYS
    assert set(daily["metric"]) == {"personnel_losses"}
    assert set(daily["claimant"]) == {GS} and daily["by_warring_party"].all()
    assert daily["figure"].tolist() == ["about 100,000", "about 100,500", "about 101,000"]
    assert Q.war_daily_series(con, Filters(), UA).empty


def _fig(con, split: bool):  # type: ignore[no-untyped-def]
    return charts.war_chart(
        Q.war_daily_series(con, Filters(), RU),
        Q.war_claims(con, Filters(), RU, KOW),
        Q.war_band(con, Filters(), RU, KOW),
        "t",
        "y",
        split=split,
    )


def test_the_chart_draws_a_band_only_when_split_and_keeps_every_claimant(con) -> None:  # type: ignore[no-untyped-def]
    together, split = _fig(con, False), _fig(con, True)
    assert [t for t in together.data if t.fill] == []
    bands = [t for t in split.data if t.fill == "toself"]
    assert len(bands) == 1 and bands[0].type == "scatter"  # not scattergl: WebGL drops fills
    ys = [y for y in bands[0].y if y is not None]
    assert (min(ys), max(ys)) == (100000, 300000)
    assert list(bands[0].x).count(None) == 1  # Q1-Q2 one shape, Q4 another: Q3 has no estimate
    named = {t.name.replace("<br>", " "): t for t in split.data}
    assert named["Defense Intelligence of Ukraine (HUR)"].visible is True
    assert named["Defense Intelligence of Ukraine (HUR)"].legendgroup == "side-Ukraine"
    third = [
        t
        for t in split.data
        if t.legendgroup == "third" and t.mode == "markers" and t.showlegend is not False
    ]
    assert {t.name.replace("<br>", " ") for t in third} == {
        "Western officials",
        "National Intelligence Service (South Korea)",
    }
    assert all(t.visible == "legendonly" for t in third)
    assert {
        t.name.replace("<br>", " ")
        for t in together.data
        if t.mode == "markers" and t.legendgroup != "glyphs"
    } >= {
        "Western officials",
        "National Intelligence Service (South Korea)",
        "Defense Intelligence of Ukraine (HUR)",
    }
    line = next(t for t in split.data if t.mode == "lines" and not t.fill)
    assert (
        line.type == "scatter"
        and GS in line.name.replace("<br>", " ")
        and "personnel losses" in line.name.replace("<br>", " ")
    )


def test_every_point_carries_claimant_qualifier_quote_and_source_in_customdata(con) -> None:  # type: ignore[no-untyped-def]
    fig = _fig(con, False)
    west = next(t for t in fig.data if t.name == "Western officials")  # short names stay on one line
    cd = [list(row) for row in west.customdata]
    assert [r[0] for r in cd] == ["Western officials"] * 3
    assert [r[4] for r in cd] == ["range", "about", "up to"]
    assert cd[0][5] == "“quote w-west-q1”" and cd[0][7].startswith("https://")
    assert "%{customdata[" in west.hovertemplate and west.hovertext is None
    assert list(west.marker.symbol) == ["line-ew", "circle-open", "triangle-down"]
    assert list(west.error_y.array) == [50000, None, None]  # the range drawn low to high


# ------------------------------------------------------------------------------------ the page


@pytest.fixture
def default_db(built_default_db: Path, module_caches: None) -> Path:
    """The session's one build of data/ (bundled sources included). The page tests on it share
    Streamlit's caches (emptied once per module: conftest `module_caches`)."""
    return built_default_db


def _name(trace: dict) -> str:
    """A trace's legend name as one line (long names are wrapped with <br>)."""
    return str(trace.get("name", "")).replace("<br>", " ")


def _specs(at: AppTest) -> list[dict]:
    return chart_specs(at)


def _war_page(db_path: Path, monkeypatch: pytest.MonkeyPatch) -> AppTest:
    monkeypatch.setattr(ui, "DB_PATH", db_path)
    at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=60)
    at.switch_page("pages/2_casualties.py").run()  # opened by its link
    assert at.radio(key="view").value == "Kursk & DPRK"
    at.radio(key="view").set_value("Whole war").run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def test_the_warring_party_control_splits_claims_and_draws_the_band(
    default_db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    at = _war_page(default_db, monkeypatch)
    before = _specs(at)
    assert [s["layout"]["title"]["text"] for s in before] == [
        "Russian soldiers killed or wounded: competing cumulative claims",
        "Ukrainian soldiers killed or wounded: competing cumulative claims",
    ]
    names_before = {_name(tr) for tr in before[0]["data"]}
    assert {"UK Ministry of Defence", "US officials", "NATO officials"} <= names_before
    assert any(GS in str(n) for n in names_before)
    assert not any(tr.get("fill") for s in before for tr in s["data"])
    assert len(at.dataframe) == 2 and "source_url" in at.dataframe[0].value.columns

    at.radio(key="parties").set_value(SPLIT).run()
    assert not at.exception, [e.value for e in at.exception]
    after = _specs(at)
    for spec in after:  # both charts: a band of third-party estimates, drawn with SVG scatter
        bands = [tr for tr in spec["data"] if tr.get("fill") == "toself"]
        assert len(bands) == 1 and bands[0]["type"] == "scatter"
        assert len([y for y in bands[0]["y"] if y is not None]) >= 4
    ru = {_name(tr): tr for tr in after[0]["data"]}
    assert ru["UK Ministry of Defence"]["visible"] == "legendonly"
    assert ru["UK Ministry of Defence"]["legendgroup"] == "third"
    assert ru["Armed Forces of Ukraine"].get("visible", True) is True
    assert ru["Armed Forces of Ukraine"]["legendgroup"] == "side-Ukraine"
    ua = {_name(tr): tr for tr in after[1]["data"]}
    assert ua["Russian Ministry of Defense"]["legendgroup"] == "side-Russia"
    assert after[0]["data"] != before[0]["data"]

    at.radio(key="war_metric").set_value("killed").run()
    killed = _specs(at)
    assert killed[0]["layout"]["title"]["text"] == "Russian soldiers killed: competing cumulative claims"
    # Killed and killed-or-wounded never share a chart: the UK MoD's monthly series is k-or-w only.
    k_names = {_name(tr) for tr in killed[0]["data"]}
    assert "Mediazona and Meduza" in k_names and "Mediazona and Meduza" not in names_before


def test_the_kursk_view_still_shows_the_dprk_competing_claims(
    default_db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    at = _war_page(default_db, monkeypatch)
    at.radio(key="view").set_value("Kursk & DPRK").run()
    assert not at.exception
    assert at.selectbox(key="subject_of").value == "DPRK forces"
    assert "DPRK forces" in _specs(at)[0]["layout"]["title"]["text"]


def test_the_kursk_view_leaves_war_wide_totals_and_the_daily_series_to_the_whole_war_view(con) -> None:  # type: ignore[no-untyped-def]
    """(session 20, QA find 2) A Kursk-scoped loss is no competing claim of a war's total: the
    Kursk figures on Russian losses are the region- or place-scoped ones only."""
    types = ("casualties", "missing", "captured")
    pts = Q.figure_points(con, Filters(), types, "cumulative", RU, KOW)
    assert pts["quote"].tolist() == ["quote w-kursk"]
    latest = Q.latest_per_claimant(con, Filters(), types, RU, KOW, "cumulative")
    assert latest["value_low"].tolist() == [5000]
    options = Q.figure_options(con, Filters(), types)
    ru = options[(options["subject"] == RU) & (options["metric"] == KOW)]["claims"].tolist()
    assert ru == [1], options
    # whose losses no war-wide view draws keep every figure, scoped or not
    dprk = Q.figure_points(con, Filters(), types, "cumulative", "DPRK forces", None)
    assert dprk["quote"].tolist() == ["quote w-dprk"]
    # (QA 2 finds 1 and 5) a daily series' day that names its hottest direction ("Kursk") is no
    # Kursk figure either: the direction is a note, never the figure's region or place
    assert con.execute(
        "SELECT count(*) FILTER (WHERE notes LIKE '%greatest losses direction: Kursk%'), "
        "count(*) FILTER (WHERE region IS NOT NULL OR claim_id IN (SELECT claim_id FROM claim_places)) "
        "FROM claims WHERE source = 'general-staff'"
    ).fetchone() == (1, 0)
    every = Q.figure_points(con, Filters(), types, None, RU, None)
    assert "general-staff" not in set(every["claimant"].map(str)) and GS not in set(every["claimant"])
    # and the Whole war view is unchanged: the war-wide ones, not the Kursk one
    assert "quote w-kursk" not in Q.war_claims(con, Filters(), RU, KOW)["quote"].tolist()


def test_the_caption_names_the_daily_series_metric_as_its_legend_does(
    default_db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """(session 20, QA find 12) The caption said "personnel eliminated", the legend "personnel losses"."""
    at = _war_page(default_db, monkeypatch)
    legend = " ".join(_name(tr) for spec in _specs(at) for tr in spec["data"])
    caption = " ".join(c.value for c in at.caption)
    assert "“personnel losses”" in legend and "“personnel losses”" in caption
    assert "eliminated" not in caption


def test_the_caption_describes_the_band_only_where_one_is_drawn(
    default_db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """(QA 8) "All claimants" draws no band, yet its caption described one."""
    at = _war_page(default_db, monkeypatch)
    assert "The band spans" not in " ".join(c.value for c in at.caption)
    at.radio(key="parties").set_value(SPLIT).run()
    assert "The band spans" in " ".join(c.value for c in at.caption)


def test_the_war_queries_apply_the_claim_party_rule_of_the_etl(default_db: Path) -> None:
    """The queries inline the `claim_party` view's rule (for speed): both must agree."""
    con = db.connect_readonly(default_db.resolve())
    try:
        for subject in (RU, UA):
            for metric in Q.WAR_METRICS:
                df = Q.war_claims(con, Filters(), subject, metric)
                assert not df.empty
                rows = con.execute(
                    "SELECT claim_id, by_warring_party, decided_by FROM claim_party WHERE list_contains(?, claim_id)",
                    [df["claim_id"].tolist()],
                ).fetchall()
                view = {r[0]: (r[1], r[2]) for r in rows}
                got = {r.claim_id: (bool(r.by_warring_party), r.decided_by) for r in df.itertuples()}
                assert got == view
        # Both ways of deciding occur on the bundled data: The Economist's flag and the side.
        both = Q.war_claims(con, Filters(), RU, "killed_or_wounded")["decided_by"]
        assert set(both) == {"economist", "claimant side"}
    finally:
        con.close()


def test_the_whole_war_view_runs_on_an_empty_database(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    at = _war_page(build_empty(tmp_path), monkeypatch)
    at.radio(key="parties").set_value(SPLIT).run()
    assert not at.exception, [e.value for e in at.exception]
    specs = _specs(at)
    assert len(specs) == 2
    for spec in specs:
        assert spec["layout"]["annotations"][0]["text"] == "No figures match the filters."


def test_an_imported_rows_quote_reads_as_its_record_not_as_someones_words(con) -> None:  # type: ignore[no-untyped-def]
    """(session 21, QA 3 find 7) The General Staff's daily points showed '“"personnel": 2800, …”'
    in quotation marks, as if someone had said it; a curated claim's quote keeps its marks."""
    daily = Q.war_daily_series(con, Filters(), RU)
    text = [row[5] for row in charts._war_customdata(daily)]
    assert text and all(t.startswith("record in the general-staff data: ") for t in text), text[:2]
    sparse = Q.war_claims(con, Filters(), RU, KOW)
    quoted = [row[5] for row in charts._war_customdata(sparse[sparse["source"] == "curated"])]
    assert quoted and all(t.startswith("“") for t in quoted)


def test_the_series_first_day_says_it_has_no_earlier_total() -> None:
    series = pd.DataFrame(
        {
            "date": pd.to_datetime(["2022-02-25", "2022-02-26"]),
            "cumulative": [2800, 3500],
            "qualifier": ["about", "about"],
            "increment": pd.array([None, 700], dtype="Int64"),
            "days_since_prev": pd.array([None, 1], dtype="Int64"),
            "is_negative": [False, False],
            "direction": [None, None],
            "claim_id": ["a", "b"],
        }
    )
    bars = charts.gs_chart(series, "personnel_losses", pd.DataFrame()).data[1].hovertext
    assert bars[0] == "2022-02-25: the series' first total, no earlier one to compare"
    assert bars[1] == "2022-02-26: +700 vs previous published total"


def test_a_bound_total_draws_no_derived_increase_and_is_marked_as_a_bound() -> None:
    """(QA pass 23) Six March 2022 totals were published as "over 11,000"/"over 12,000": the bars
    read "+0 vs previous published total" on five days, as if no losses, and the line ran flat
    with nothing to show a bound. A difference to or from a bound is not derived, and the bound
    days carry a lower bound's glyph."""
    series = pd.DataFrame(
        {
            "date": pd.to_datetime(["2022-03-06", "2022-03-07", "2022-03-08", "2022-03-09"]),
            "cumulative": [11000, 11000, 12000, 12300],
            "qualifier": ["about", "over", "exact", "exact"],
            "increment": pd.array([None, 0, 1000, 300], dtype="Int64"),
            "days_since_prev": pd.array([None, 1, 1, 1], dtype="Int64"),
            "is_negative": [False, False, False, False],
            "direction": [None, None, None, None],
            "claim_id": ["a", "b", "c", "d"],
        }
    )
    fig = charts.gs_chart(series, "personnel_losses", pd.DataFrame())
    bars = fig.data[1]
    assert [pd.isna(v) for v in bars.y] == [True, True, True, False]
    assert "not derived: this day's total is a bound" in bars.hovertext[1]
    assert "not derived: the day before's total is a bound" in bars.hovertext[2]
    assert bars.hovertext[3] == "2022-03-09: +300 vs previous published total"
    marks = [t for t in fig.data if t.name == "a bound, not a count (“over …”)"]
    assert len(marks) == 1 and list(marks[0].y) == [11000.0]


def test_the_chart_is_tall_enough_for_its_whole_legend(con) -> None:  # type: ignore[no-untyped-def]
    """(QA pass 34) At 640 px the Russian-losses legend scrolled: two claimants and "How to read"
    were below its fold on every screen. The chart grows with its legend's rows."""
    points = Q.war_claims(con, Filters(), RU, KOW)
    many = pd.concat(
        [points.assign(claimant=points["claimant"] + f" {k}") for k in range(8)], ignore_index=True
    )
    daily = Q.war_daily_series(con, Filters(), RU)
    band = Q.war_band(con, Filters(), RU, KOW)
    small = charts.war_chart(daily, points, band, "t", "y")
    big = charts.war_chart(daily, many, band, "t", "y")
    rows = sum(1 for t in big.data if t.showlegend is not False)
    assert small.layout.height == 640 and rows > 25
    # about 30 px a legend row (its title rows too) and the margins: no scrolling key
    assert big.layout.height >= min(1200, 30 * rows + 200)


def test_the_general_staff_charts_event_labels_are_laid_out_as_the_other_time_charts() -> None:
    """(session 36) The General Staff chart stacked its event labels in four rows by turn: "Ukrainian
    incursion into Kursk…" ran under "North Korea confirms it…", and on a phone the chart component
    could not cut them (no layout of its own). Its labels are `event_marks`'s, named as events,
    on an axis that spans the data and the events."""
    dates = pd.date_range("2022-02-25", "2025-12-31", freq="D")
    n = len(dates)
    series = pd.DataFrame(
        {
            "date": dates,
            "cumulative": range(1000, 1000 + 100 * n, 100),
            "qualifier": "exact",
            "increment": pd.array([pd.NA] + [100] * (n - 1), dtype="Int64"),
            "days_since_prev": pd.array([pd.NA] + [1] * (n - 1), dtype="Int64"),
            "is_negative": False,
            "direction": None,
            "claim_id": [f"c{i}" for i in range(n)],
        }
    )
    events = pd.DataFrame(
        {
            "date_start": pd.to_datetime(["2024-08-06", "2025-04-28", "2024-11-04", "2025-03-13"]),
            "title": [
                "Ukrainian incursion into Kursk region begins",
                "North Korea confirms its troops fought in Kursk",
                "First reported clashes between Ukrainian and North Korean troops",
                "Russia announces recapture of Sudzha",
            ],
        }
    )
    fig = charts.gs_chart(series, "personnel_losses", events)
    notes = [a for a in fig.layout.annotations if a.name == charts.EVENT_NOTE]
    expected = charts.event_marks(events, charts.EVENT_LINES, (series["date"].min(), series["date"].max()))[1]
    assert [(a.text, a.y, a.xanchor) for a in notes] == [(e["text"], e["y"], e["xanchor"]) for e in expected]
    assert fig.layout.meta == charts.event_meta()
    # each event's line in both plots, not across the lower plot's title (QA pass 37)
    assert sorted(sh.yref for sh in fig.layout.shapes) == ["y domain"] * 4 + ["y2 domain"] * 4
    assert fig.layout.xaxis.range[1][:10] == "2025-12-31"


def test_the_first_day_a_date_filter_shows_after_a_bound_is_not_called_the_series_first() -> None:
    """(QA pass 37) With dates from 2022-03-08, the first bar said "the series' first total, no
    earlier one to compare", though 03-07 was "over 11,000": its increase is not derived because
    the total before it is a bound."""
    series = pd.DataFrame(
        {
            "date": pd.to_datetime(["2022-03-08", "2022-03-09"]),
            "cumulative": [12000, 12300],
            "qualifier": ["exact", "exact"],
            "increment": pd.array([None, 300], dtype="Int64"),  # gs_daily: none from a bound
            "days_since_prev": pd.array([1, 1], dtype="Int64"),
            "is_negative": [False, False],
            "direction": [None, None],
            "claim_id": ["c", "d"],
        }
    )
    bars = charts.gs_chart(series, "personnel_losses", pd.DataFrame()).data[1]
    assert "the total before it is a bound" in bars.hovertext[0]
    assert "first total" not in bars.hovertext[0]
