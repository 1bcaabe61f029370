"""Cached figures and lazy tabs: a figure is built once per build, filters and choices; only the
open tab of the Casualty page is built and sent; charts carry hover templates, not per-point text."""

from __future__ import annotations

import itertools
import json
import math
from pathlib import Path
from typing import Any

import pandas as pd
import plotly.graph_objects as go
import pytest
from plotly.utils import PlotlyJSONEncoder
from streamlit.testing.v1 import AppTest

from claimsdesk import charts, figures, queries, ui
from claimsdesk.filters import Filters
from etl.core import db
from tests.helpers import ROOT, chart_specs, copy_build, trace_values

#: Streamlit's caches are emptied when the module starts and ends (conftest `module_caches`), not
#: before every test: a test that counts what is built or queried takes `fresh_caches`.
pytestmark = pytest.mark.usefixtures("module_caches")

TYPES = ("casualties", "missing", "captured")


@pytest.fixture(scope="module")
def default_db(built_default_db: Path) -> Path:
    """The session's build of data/ (read only here)."""
    return built_default_db


def casualties(db: Path, monkeypatch: pytest.MonkeyPatch, **params: str) -> AppTest:
    monkeypatch.setattr(ui, "DB_PATH", db)
    at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=60)
    for k, v in params.items():
        at.query_params[k] = v
    at.switch_page("pages/2_casualties.py").run()  # opened by its link
    assert not at.exception, [e.value for e in at.exception]
    return at


def titles(at: AppTest) -> list[str]:
    return [spec["layout"]["title"]["text"] for spec in chart_specs(at)]


def test_only_the_open_tab_is_built_and_sent(default_db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    first = titles(casualties(default_db, monkeypatch))
    assert [t for t in first if t.startswith("Competing cumulative claims")] and len(first) == 1, first
    latest = titles(casualties(default_db, monkeypatch, section="Latest per claimant"))
    assert [t for t in latest if t.startswith("Latest cumulative figure per claimant")] and len(latest) == 1
    period = titles(casualties(default_db, monkeypatch, section="Period figures"))
    assert any(t.startswith("Period figures") for t in period)
    assert not any(t.startswith("Competing") or t.startswith("Latest") for t in period)


def test_the_overview_timeline_built_as_dicts_is_what_plotly_validation_gives() -> None:
    """The Overview's claims-per-month chart is built as plain dicts and never validated (issue
    11: it is built on every uncached Overview view). Plotly's validation changes nothing, the
    bars stack by claim type, and the event lines sit on their dates with their titles."""
    by_month = pd.DataFrame(
        {
            "month": pd.to_datetime(["2024-11-01", "2024-12-01", "2024-12-01", "2025-01-01"]),
            "claim_type": ["casualties", "casualties", "deployment", "deployment"],
            "claims": [3, 5, 2, 7],
        }
    )
    events = pd.DataFrame(
        {"date_start": pd.to_datetime(["2024-08-06", "2025-03-13"]), "title": ["Incursion", "Sudzha retaken"]}
    )
    specs = [
        charts.timeline_spec(by_month, events, "t"),
        charts.timeline_spec(by_month, events.head(0), "t"),
        charts.timeline_spec(by_month.head(0), events, "t"),
    ]
    for spec in specs:
        written = json.loads(json.dumps(spec, cls=PlotlyJSONEncoder))
        assert json.loads(go.Figure(spec).to_json()) == written
    data, layout = specs[0]["data"], specs[0]["layout"]
    assert layout["barmode"] == "stack"
    assert [(tr["name"], [x[:10] for x in tr["x"]], tr["y"]) for tr in data] == [
        ("casualties", ["2024-11-01", "2024-12-01"], [3, 5]),
        ("deployment", ["2024-12-01", "2025-01-01"], [2, 7]),
    ]
    assert [s["x0"][:10] for s in layout["shapes"]] == ["2024-08-06", "2025-03-13"]
    assert [a["text"] for a in layout["annotations"]] == ["Incursion", "Sudzha retaken"]


def test_the_map_built_as_dicts_is_what_plotly_validation_gives() -> None:
    """The map is built as plain dicts and never validated (issue 11: validating and copying its
    per-point hovers was most of an uncached Map view's chart time). Plotly's validation accepts
    every property as written and changes nothing; events keep their dates and fatalities."""
    places = pd.DataFrame(
        {
            "lat": [51.19, 51.73],
            "lon": [35.27, 36.19],
            "name": ["Sudzha", "Kursk"],
            "admin1": ["Kursk Oblast"] * 2,
            "claims": [9, 2],
            "claimants": ["x; y", "z"],
            "metrics": ["killed", "captured"],
            "coord_precision": ["exact", "approximate"],
            "notes": ["", "centre of the district"],
        }
    )
    events = pd.DataFrame(
        {
            "lat": [51.2, 51.3],
            "lon": [35.3, 35.4],
            "events": [1, 4],
            "date_start": pd.to_datetime(["2025-03-13", "2024-08-06"]),
            "date_end": pd.to_datetime(["2025-03-13", "2024-09-01"]),
            "place_name": ["Sudzha", None],
            "title": ["Sudzha retaken", "Fighting"],
            "source": ["curated", "ucdp"],
            "fatalities_best": [None, 12],
            "fatalities_low": [None, 10],
            "fatalities_high": [None, 20],
        }
    )
    towns = pd.DataFrame({"lat": [51.45], "lon": [35.80], "name": ["Lgov"]})
    specs = [
        charts.claims_map_spec(places, events, "t", towns),
        charts.claims_map_spec(places.head(0), events, "t"),
        charts.claims_map_spec(places, events.head(0), "t", towns.head(0)),
        charts.claims_map_spec(places.head(0), events.head(0), "t"),
    ]
    for spec in specs:
        written = json.loads(json.dumps(spec, cls=PlotlyJSONEncoder))
        assert json.loads(go.Figure(spec).to_json()) == written
    data = specs[0]["data"]
    assert [tr["name"] for tr in data] == [
        "claims (exact location)",
        "claims (approximate location)",
        "events (marker size: events at the location)",
        "towns (for orientation)",
    ]
    assert [row[2] for row in data[2]["customdata"]] == ["2025-03-13", "2024-08-06 to 2024-09-01"]
    assert "10–20 (best 12) (all its events)" in data[2]["customdata"][1][4]
    assert data[1]["marker"]["symbol"] == "circle-open" and "approximate" in data[1]["customdata"][0][5]


@pytest.mark.usefixtures("fresh_caches")  # counts the figures it builds
def test_a_figure_is_built_once_per_build_filters_and_choices(
    default_db: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(ui, "DB_PATH", default_db)
    calls: list[str] = []
    real = charts.bounds_spec  # what the recipes build (bounds_chart wraps it in a Figure)

    def counting(points, title, *a, **kw):  # type: ignore[no-untyped-def]
        calls.append(title)
        return real(points, title, *a, **kw)

    monkeypatch.setattr(charts, "bounds_spec", counting)
    f = Filters()
    a = figures.figure(figures.competing, f, TYPES, "DPRK forces", "killed_or_wounded", True)
    b = figures.figure(figures.competing, f, TYPES, "DPRK forces", "killed_or_wounded", True)
    assert len(calls) == 1, "the second view of the same figure is served from the cache"
    assert a is not None and b is not None and a.to_dict() == b.to_dict() and a is not b
    figures.figure(figures.competing, f, TYPES, "DPRK forces", "killed_or_wounded", False)
    figures.figure(
        figures.competing,
        Filters(claimants=("Volodymyr Zelenskyy",)),
        TYPES,
        "DPRK forces",
        "killed_or_wounded",
        True,
    )
    assert len(calls) == 3, "another choice or filter is another figure"
    other = copy_build(default_db, tmp_path)  # a new build is a new published file: a new cache key
    monkeypatch.setattr(ui, "DB_PATH", other)
    figures.figure(figures.competing, f, TYPES, "DPRK forces", "killed_or_wounded", True)
    assert len(calls) == 4


def test_claim_points_carry_a_hover_template_and_lean_layout(
    default_db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(ui, "DB_PATH", default_db)
    fig = figures.figure(figures.competing, Filters(), TYPES, "DPRK forces", "killed_or_wounded", True)
    assert fig is not None
    spec = json.loads(fig.to_json())
    points = [tr for tr in spec["data"] if tr.get("customdata")]
    assert points, "claim points carry their hover values as customdata"
    for tr in points:
        assert tr["hovertemplate"] == charts.HOVER_TEMPLATE
        assert "hovertext" not in tr
    values = [v for tr in points for row in tr["customdata"] if row for v in row]
    assert any("at least" in str(v) or "over" in str(v) for v in values), "figures keep their qualifier"
    assert any(str(v).startswith("claim ") for v in values), "each point names its claim_id"
    # template="none": no 7 kB default template in every chart (stack-traps note 20).
    assert len(json.dumps(spec["layout"].get("template", {}))) < 200
    assert len(fig.to_json()) < 40_000


def test_a_single_month_of_claims_is_drawn_as_a_bar_a_month_wide() -> None:
    """A filter with one month of claims (Syrskyi's July 2025) drew an empty chart: one bar on a
    date axis is a millisecond wide. Every month's bar is 80 % of a month wide."""
    by_month = pd.DataFrame(
        {"month": [pd.Timestamp("2025-07-01")], "claim_type": ["casualties"], "claims": [1]}
    )
    spec = charts.timeline_spec(by_month, pd.DataFrame(), "t")
    assert [tr["width"] for tr in spec["data"]] == [charts.MONTH_BAR_MS]
    assert 20 * 86_400_000 < charts.MONTH_BAR_MS < 31 * 86_400_000
    assert json.loads(go.Figure(spec).to_json())["data"][0]["width"] == charts.MONTH_BAR_MS


def test_a_months_bar_stands_under_its_own_months_label_with_whole_claim_ticks() -> None:
    """(QA pass 32) Two November claims drew one bar centred on 1 November, across the "Oct 2024"
    tick, under ticks "Oct 2024" and "Nov 2024" four times each, with 0.5 and 1.5 claims on the
    value axis. The bar is aligned to the middle of its month now, one label a month, whole
    claims; a long span gets a label a quarter."""
    by_month = pd.DataFrame(
        {"month": [pd.Timestamp("2024-11-01")], "claim_type": ["deployment"], "claims": [2]}
    )
    spec = charts.timeline_spec(by_month, pd.DataFrame(), "t")
    (bar,) = spec["data"]
    assert (bar["xperiod"], bar["xperiodalignment"]) == ("M1", "middle")
    axis = spec["layout"]["xaxis"]
    assert (axis["dtick"], axis["ticklabelmode"], axis["tickformat"]) == ("M1", "period", "%b %Y")
    assert spec["layout"]["yaxis"]["dtick"] == 1
    # the month's own span: inside one month Plotly's range held no 1st, so no label at all
    assert axis["range"] == ["2024-11-01T00:00:00", "2024-12-01T00:00:00"]
    assert go.Figure(spec).to_dict()["data"][0]["xperiodalignment"] == "middle"  # (valid Plotly)
    months = pd.date_range("2022-02-01", "2025-09-01", freq="MS")
    many = pd.DataFrame({"month": months, "claim_type": "casualties", "claims": 30})
    wide = charts.timeline_spec(many, pd.DataFrame(), "t")
    assert wide["layout"]["xaxis"]["dtick"] == "M6" and "dtick" not in wide["layout"]["yaxis"]
    # (QA pass 33) its own months over a year too: Plotly's range ran nine months past the data
    assert wide["layout"]["xaxis"]["range"] == ["2022-02-01T00:00:00", "2025-10-01T00:00:00"]


def test_a_long_source_link_in_a_hover_is_marked_as_cut() -> None:
    """(QA 8) A hover printed the first 90 characters of a link with no sign it was cut
    ("…-1734591718." without its "html"): an analyst copying it got a dead link. A long link ends
    in "…"; a short one is whole."""
    long = "https://newsukraine.rbc.ua/news/south-korea-reports-north-korean-troops-losses-1734591718.html"
    df = pd.DataFrame(
        {
            "claimant": ["NIS", "HUR"],
            "value_low": [300, 30],
            "value_high": [300, None],
            "qualifier": ["about", "at_least"],
            "source_url": [long, "https://t.me/DIUkraine/5000"],
            "claim_id": ["a", "b"],
        }
    )
    sources = [row[7] for row in charts.hover_data(df)]
    assert sources[0] == "<br>source: " + long[:89] + "…"
    assert sources[1] == "<br>source: https://t.me/DIUkraine/5000"


def test_a_period_figure_without_its_days_says_so_where_it_is_drawn() -> None:
    """(QA 8) Romanov's "over 300 killed" is a period figure with no days given: the period chart
    drew it on the day stated, under an axis titled "period covered by the figure", and its hover
    showed no period. The hover now says the period is not stated, and the axis says what such a
    point's date is; a cumulative figure has no period line."""
    df = pd.DataFrame(
        {
            "claimant": ["Vladimir Romanov", "HUR", "NIS"],
            "value_low": [300, 30, 1000],
            "value_high": [None, None, 1000],
            "qualifier": ["over", "at_least", "about"],
            "basis": ["period", "period", "cumulative"],
            "stated_on": pd.to_datetime(["2024-12-12", "2024-12-16", "2024-12-19"]),
            "period_start": pd.to_datetime([None, "2024-12-14", None]),
            "period_end": pd.to_datetime([None, "2024-12-15", None]),
            "metric": ["killed", "killed_or_wounded", "killed"],
            "claim_id": ["a", "b", "c"],
        }
    )
    periods = [row[3] for row in charts.hover_data(df)]
    assert periods == [
        "<br>period: not stated (drawn on the day it was stated)",
        "<br>period: 2024-12-14 to 2024-12-15",
        "",
    ]
    spec = charts.bounds_spec(df.iloc[:2], "t", "y", period_segments=True)
    assert "the day stated where no period is given" in spec["layout"]["xaxis"]["title"]["text"]


def test_a_point_with_no_verbatim_quote_says_so_instead_of_empty_quotation_marks() -> None:
    """(QA 2 find 6) Fact-sheet rows without a retained sentence have no quote: the hover says so."""
    df = pd.DataFrame(
        {
            "claimant": ["NIS", "HUR"],
            "value_low": [300, 30],
            "value_high": [300, None],
            "qualifier": ["about", "at_least"],
            "quote": [None, "at least 30 North Korean soldiers"],
            "claim_id": ["a", "b"],
        }
    )
    quotes = [row[5] for row in charts.hover_data(df)]
    assert quotes == [charts.NO_QUOTE, "“at least 30 North Korean soldiers”"]
    assert "“%{customdata[5]}”" not in charts.HOVER_TEMPLATE


def test_one_view_control_builds_only_the_chosen_view(
    default_db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`?view=` picks Kursk & DPRK (default), Whole war or General Staff series; nothing else is drawn."""
    kursk = titles(casualties(default_db, monkeypatch))
    assert kursk and not any("soldiers" in t or "General Staff" in t for t in kursk)
    war = casualties(default_db, monkeypatch, view="Whole war")
    assert titles(war) == [
        "Russian soldiers killed or wounded: competing cumulative claims",
        "Ukrainian soldiers killed or wounded: competing cumulative claims",
    ]
    assert "subject_of" not in [s.key for s in war.selectbox], "the Kursk controls are not drawn"
    period = titles(casualties(default_db, monkeypatch, view="Kursk & DPRK", section="Period figures"))
    assert period and all(t.startswith("Period figures") for t in period)


@pytest.mark.usefixtures("fresh_caches")  # counts the figures it builds
def test_the_war_charts_are_cached_figures(default_db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ui, "DB_PATH", default_db)
    calls: list[str] = []
    real = charts.war_chart

    def counting(*a, **kw):  # type: ignore[no-untyped-def]
        calls.append(a[3])
        return real(*a, **kw)

    monkeypatch.setattr(charts, "war_chart", counting)
    args = ("Russian forces", "Russian", "killed or wounded", "killed_or_wounded")
    a = figures.figure(figures.war, Filters(), *args, False, True)
    b = figures.figure(figures.war, Filters(), *args, False, True)
    assert calls == ["Russian soldiers killed or wounded: competing cumulative claims"]
    assert a is not None and b is not None and a.to_dict() == b.to_dict()
    split = figures.figure(figures.war, Filters(), *args, True, True)
    assert len(calls) == 2 and split is not None
    assert any(tr.fill == "toself" for tr in split.data), "the split draws the third-party band"
    assert len(json.dumps(json.loads(split.to_json())["layout"].get("template", {}))) < 200


KEY_EVENTS = pd.DataFrame(
    {
        "date_start": ["2024-08-05", "2024-11-04", "2025-03-13", "2025-04-26", "2025-04-28"],
        "title": [
            "Ukrainian incursion into Kursk region begins",
            "First reported clashes between Ukrainian and North Korean troops",
            "Russia announces recapture of Sudzha",
            "Russia claims full control of Kursk region",
            "North Korea confirms it deployed troops to Kursk",
        ],
    }
)


def _under_a_label(spec: dict, points: list[tuple[pd.Timestamp, float]], log: bool = False) -> list[str]:
    """Points drawn at or above the lowest edge of an event label whose reach covers their date."""
    layout = spec["layout"]
    low, high = layout["yaxis"]["range"]
    x0, x1 = (
        (pd.Timestamp(v) for v in layout["xaxis"]["range"]) if "range" in layout["xaxis"] else (None, None)
    )
    span = (x0, x1) if x0 is not None else None
    notes = layout["annotations"]
    if span is None:  # the Overview's chart: the span event_marks was given
        months = [x for x, _ in points] + [pd.Timestamp(n["x"]) for n in notes]
        span = (min(months), max(months))
    bad = []
    for x, y in points:
        share = ((math.log10(y) if log else y) - low) / (high - low)
        for first, last, below in charts.label_windows(notes, span):
            if first <= x <= last and share > below + 1e-9:
                bad.append(f"{x.date()} {y:,} at {share:.2f} > {below:.2f}")
    return bad


def test_the_tallest_month_stays_below_the_event_labels() -> None:
    """The event labels hang from the top of the Overview's chart; December 2024's stack (26
    claims) ran up under them and "First reported clashes…" was written over its bar. The count
    axis now ends high enough that every stack under a label stays below it."""
    months = pd.date_range("2022-02-01", "2026-06-01", freq="MS")
    base = pd.DataFrame({"month": months, "claim_type": "casualties", "claims": 3})
    base.loc[base["month"] == "2024-12-01", "claims"] = 21
    extra = pd.DataFrame({"month": [pd.Timestamp("2024-12-01")], "claim_type": ["deployment"], "claims": [5]})
    by_month = pd.concat([base, extra])
    spec = charts.timeline_spec(by_month, KEY_EVENTS, "t")
    stacks = by_month.groupby("month")["claims"].sum()
    assert spec["layout"]["yaxis"]["range"][0] == 0
    assert _under_a_label(spec, [(pd.Timestamp(m), float(v)) for m, v in stacks.items()]) == []


@pytest.mark.parametrize("log", [False, True], ids=["linear", "log"])
def test_a_claim_point_under_an_event_label_is_drawn_below_it(log: bool) -> None:
    """The NIS's "about 15,000" troops (April 2025) was drawn under the label "Russia claims full
    control of Kursk…" on Troop deployments: the value axis now ends high enough that a point
    under a label is below it, on a linear or a log axis."""
    points = pd.DataFrame(
        {
            "claimant": ["NIS", "Pentagon", "NIS", "Blinken"],
            "stated_on": pd.to_datetime(["2024-10-18", "2024-10-28", "2025-04-28", "2024-10-31"]),
            "value_low": [10_000.0, 11_000.0, 15_000.0, None],
            "value_high": [10_000.0, 12_000.0, 15_000.0, 8_000.0],
            "qualifier": ["about", "range", "about", "up_to"],
            "metric": ["deployed"] * 4,
            "period_start": [pd.NaT] * 4,
            "period_end": [pd.NaT] * 4,
        }
    )
    spec = charts.bounds_spec(points, "t", "troops", KEY_EVENTS, log_y=log)
    drawn = [
        (pd.Timestamp(x), float(y))
        for x, lo, hi in zip(points["stated_on"], points["value_low"], points["value_high"], strict=True)
        for y in (lo, hi)
        if not pd.isna(y)
    ]
    assert "range" in spec["layout"]["yaxis"]
    assert _under_a_label(spec, drawn, log) == []


def test_figures_of_zero_keep_plotlys_own_value_axis() -> None:
    """A chart whose every figure is 0 ("0 prisoners") has no height to make room in: the range is
    left to Plotly rather than squeezed to nothing at the bottom."""
    span = (pd.Timestamp("2024-08-01"), pd.Timestamp("2025-06-01"))
    notes = [{"text": "Russia claims full control of Kursk", "x": "2025-04-26", "y": 1.0}]
    when = [pd.Timestamp("2025-04-27"), pd.Timestamp("2024-09-01")]
    assert charts.range_below_labels(when, [0.0, 0.0], notes, span) is None
    assert charts.range_below_labels(when, [5.0, 1.0], notes, span) is not None


@pytest.mark.parametrize("claims", [[19_200, 107, 1], [30, 12, 2]], ids=["log axis", "linear axis"])
def test_the_longest_claimant_bar_leaves_room_for_its_count(claims: list[int]) -> None:
    """The count written outside the longest bar ("19,200") ran into the legend: Plotly's
    autorange ends the axis at the bar. The axis now runs on past it by the label's width (about
    6 px a character on the assumed plot width), and the shortest bar still shows."""
    df = pd.DataFrame(
        {
            "claimant": ["General Staff", "UK MoD", "HUR"],
            "claimant_side": ["Ukraine", "Other", "Ukraine"],
            "claims": claims,
            "with_figure": claims,
        }
    )
    axis = charts.claimant_bars(df, "t").layout.xaxis
    assert axis.range is not None
    low, high = axis.range
    log = axis.type == "log"
    end = math.log10(claims[0]) if log else claims[0]
    label_px = 6 * len(f"{claims[0]:,}") + 14
    assert (high - end) / (high - low) * charts.PLOT_PX >= label_px - 1e-9  # room right of the bar
    assert (math.log10(claims[-1]) if log else claims[-1]) > low  # the shortest bar is drawn


def test_claims_per_claimant_switch_to_a_log_axis_when_one_series_dwarfs_the_rest() -> None:
    """19,000 General Staff days beside claimants with one or two claims: on a linear axis every
    other bar is invisible; a log axis (with each bar's count written on it) keeps all readable."""
    wide = pd.DataFrame(
        {
            "claimant": ["General Staff", "NIS", "HUR"],
            "claimant_side": ["Ukraine", "South Korea", "Ukraine"],
            "claims": [19_000, 2, 1],
            "with_figure": [19_000, 2, 1],
        }
    )
    assert charts.claimant_bars(wide, "t").layout.xaxis.type == "log"
    assert charts.claimant_bars(wide.assign(claims=[3, 2, 1]), "t").layout.xaxis.type == "linear"
    verification = pd.DataFrame(
        {
            "claimant": ["General Staff", "NIS", "NIS"],
            "verification": ["unverified", "confirmed", "unverified"],
            "claims": [19_000, 2, 1],
        }
    )
    fig = charts.stacked_counts(verification, "claimant", "verification", "t", "claims")
    assert fig.layout.barnorm == "percent"  # shares per claimant, never stacks on a log axis
    assert [list(t.customdata[:, 0]) for t in fig.data] == [[2], [19_000, 1]]  # counts in hover


def test_a_stack_of_one_kind_is_named_and_a_small_count_axis_ticks_whole_numbers() -> None:
    """(QA pass 23) Under claimant=HUR the Responses chart drew three grey bars of "no_comment" with
    no legend to name them, on an axis ticked 0, 0.2, 0.4 … for counts of one."""
    answers = pd.DataFrame(
        {"responder": ["DPRK", "Kremlin", "Russia"], "stance": ["no_comment"] * 3, "n": [1, 1, 1]}
    )
    fig = charts.stacked_counts(answers, "responder", "stance", "t", "responses", charts.STANCE_COLOURS)
    assert fig.layout.showlegend is True and fig.layout.legend.title.text == "stance"
    assert [t.name for t in fig.data] == ["no_comment"]
    assert fig.layout.xaxis.dtick == 1
    many = answers.assign(n=[40, 30, 20])
    assert charts.stacked_counts(many, "responder", "stance", "t", "responses").layout.xaxis.dtick is None


def test_the_map_centres_on_the_places_claims_name_not_on_thousands_of_imported_events() -> None:
    """UCDP's front-line events (Donbas) outnumber the Kursk places claims name; the view stays
    on Kursk and the events elsewhere are counted as outside it."""
    claims = pd.DataFrame({"lat": [51.3, 51.2, 51.0], "lon": [35.1, 35.3, 35.0]})
    events = pd.DataFrame({"lat": [48.0 + i / 100 for i in range(200)], "lon": [37.8] * 200})
    lat0, lat1, lon0, lon1 = charts.focus_bounds(claims, events)
    assert lat0 <= 51.0 and lat1 >= 51.3 and lon0 <= 35.0 and lon1 >= 35.3
    assert len(charts.outside_focus(events, (lat0, lat1, lon0, lon1))) == 200
    # With no claim places, the events decide.
    lat0, lat1, _, _ = charts.focus_bounds(claims.iloc[0:0], events)
    assert lat0 <= 48.0 and lat1 >= 49.9


def test_event_labels_on_a_time_chart_do_not_run_into_each_other() -> None:
    """The Overview's five key events over four years of claims: a label runs right from its
    date, so two labels share a row only when the first has ended before the second starts
    (with the rows taken in turn, August 2024's and April 2025's overlapped)."""
    events = KEY_EVENTS
    months = pd.date_range("2022-02-01", "2026-06-01", freq="MS")
    by_month = pd.DataFrame({"month": months, "claim_type": "casualties", "claims": 1})
    spec = charts.timeline_spec(by_month, events, "t")
    span_days = (months[-1] - months[0]).days

    def reach(a: dict[str, Any]) -> tuple[float, pd.Timestamp, pd.Timestamp]:
        """(row, first day, last day) of a label: right of its date, or left of it (QA pass 33)."""
        at = pd.Timestamp(a["x"])
        width = pd.Timedelta(days=span_days * (5.5 * len(a["text"]) + 10) / 700)
        return (a["y"], at - width, at) if a["xanchor"] == "right" else (a["y"], at, at + width)

    labels = sorted(reach(a) for a in spec["layout"]["annotations"] if a["text"])
    assert len(labels) == 5 and len({y for y, _, _ in labels}) <= charts.EVENT_ROWS
    for (y1, _, end1), (y2, start2, _) in itertools.pairwise(labels):
        assert y1 != y2 or end1 <= start2, (y1, end1, start2)
    # (QA pass 33) and every label within the axis: one run past its end covered the legend
    lo, hi = (pd.Timestamp(x) for x in spec["layout"]["xaxis"]["range"])
    assert all(lo <= start and end <= hi for _, start, end in labels)
    assert hi == months[-1] + pd.offsets.MonthBegin(1)


def test_map_names_do_not_print_over_each_other_but_every_place_keeps_its_marker() -> None:
    """Sudzha, Plekhovo, Kurilovka, Gornal and Martynovka lie within 25 km, a few pixels apart
    on a map of the Kursk front: only the one with the most claims is named there. Kursk, far
    away, is named too, and a town for orientation only where no place's name is printed."""
    places = pd.DataFrame(
        {
            "lat": [51.19, 51.16, 51.21, 51.10, 51.73, 51.20],
            "lon": [35.27, 35.30, 35.23, 35.34, 36.19, 35.60],
            "name": ["Sudzha", "Plekhovo", "Kurilovka", "Gornal", "Kursk", "Martynovka"],
            "admin1": ["Kursk Oblast"] * 6,
            "claims": [9, 5, 4, 3, 2, 1],
            "claimants": ["x"] * 6,
            "metrics": ["killed"] * 6,
            "coord_precision": ["exact"] * 6,
            "notes": [""] * 6,
        }
    )
    towns = pd.DataFrame({"lat": [51.20, 51.45], "lon": [35.26, 35.80], "name": ["Sudzha town", "Lgov"]})
    fig = charts.claims_map(places, pd.DataFrame(), "t", towns)
    named = [t for tr in fig.data for t in tr.text if t]
    assert named == ["Sudzha", "Kursk", "Lgov"]
    assert sum(len(tr.lat) for tr in fig.data if tr.name.startswith("claims")) == 6  # all markers
    # Without crowding (a 9 x 5 grid of places on a 90 x 50 degree view) every place is named,
    # in rank order, up to MAP_LABELS.
    assert charts.MAP_LABELS < 45
    grid_lat = pd.Series([10.0 * (i // 5) for i in range(45)])
    grid_lon = pd.Series([10.0 * (i % 5) for i in range(45)])
    mask = charts.label_mask(grid_lat, grid_lon, (0.0, 90.0, 0.0, 50.0))
    assert mask == [True] * charts.MAP_LABELS + [False] * (45 - charts.MAP_LABELS)


def test_places_placed_at_one_estimated_point_are_one_marker_that_names_them_all() -> None:
    """(QA 2 find 7) Kurilovka, Melovoy and Podol have no source coordinates and share Sudzhansky
    District's centre: one open marker lists all three with their claims, beside Sudzha's own;
    a lone approximate place keeps its marker. Plotly's validation accepts the trace as written."""
    note = "No source coordinates; placed at the centre of Sudzhansky District (51.2000, 35.2667)."
    places = pd.DataFrame(
        {
            "lat": [51.19, 51.2, 51.2, 51.2, 51.1],
            "lon": [35.27, 35.2667, 35.2667, 35.2667, 35.5],
            "name": ["Sudzha", "Kurilovka", "Melovoy", "Podol", "Vorozhba"],
            "admin1": ["Kursk Oblast"] * 5,
            "claims": [9, 2, 1, 1, 1],
            "claimants": ["x"] * 5,
            "metrics": ["killed"] * 5,
            "coord_precision": ["exact", "approximate", "approximate", "approximate", "approximate"],
            "notes": ["", note, note, note, "centre of Belovsky District"],
        }
    )
    spec = charts.claims_map_spec(places, pd.DataFrame(), "t")
    written = json.loads(json.dumps(spec, cls=PlotlyJSONEncoder))
    assert json.loads(go.Figure(spec).to_json()) == written
    by_name = {tr["name"]: tr for tr in spec["data"]}
    assert len(by_name["claims (exact location)"]["lat"]) == 1
    assert len(by_name["claims (approximate location)"]["lat"]) == 1  # Vorozhba, alone at its point
    shared = by_name["claims (several places at one approximate point)"]
    assert (shared["lat"], shared["lon"]) == ([51.2], [35.2667])
    # named only where no higher-ranked name is printed: beside Sudzha's label it is not; alone it is
    assert shared["text"] == [""]
    alone = charts.claims_map_spec(places.iloc[1:], pd.DataFrame(), "t")
    shared_alone = next(tr for tr in alone["data"] if tr["name"].startswith("claims (several"))
    assert shared_alone["text"] == ["Kurilovka +2 (approx.)"]
    row = shared["customdata"][0]
    assert row[0] == "3" and row[3] == "the centre of Sudzhansky District"
    assert row[2] == "Kurilovka (2 claims), Melovoy (1 claim), Podol (1 claim)"


def test_the_map_shows_no_figure_for_a_place_only_its_claims(built_default_db: Path) -> None:
    """(QA 8) Plekhovo's marker said "largest figure 300": Romanov's "over 300" Ukrainians killed,
    beside HUR's "at least 30" North Koreans killed or wounded, and sized by it. A place's claims are
    different claimants' figures with their own qualifiers: the marker is sized by how many claims
    name the place, and the hover and table name the claimants and metrics, never one number."""
    con = db.connect_readonly(built_default_db.resolve())
    try:
        places = queries.map_claims(con, Filters())
    finally:
        con.close()
    assert "max_figure" not in places.columns
    plekhovo = places[places["name"] == "Plekhovo"].iloc[0]
    assert int(plekhovo["claims"]) >= 2
    assert "Vladimir Romanov" in plekhovo["claimants"] and "HUR" in plekhovo["claimants"]
    spec = charts.claims_map_spec(places, pd.DataFrame(), "t")
    for tr in spec["data"]:
        if str(tr["name"]).startswith("claims"):
            assert "figure" not in tr["hovertemplate"].replace("each figure with its claimant", "")
    exact = next(tr for tr in spec["data"] if tr["name"] == "claims (exact location)")
    sizes = dict(
        zip(places.loc[places["coord_precision"] == "exact", "name"], exact["marker"]["size"], strict=False)
    )
    few = places.loc[(places["coord_precision"] == "exact") & (places["claims"] == 1), "name"]
    if len(few):  # one claim's place is drawn no larger than a place named by several
        assert sizes[few.iloc[0]] <= sizes["Plekhovo"]


@pytest.mark.usefixtures("fresh_caches")  # counts the figures it builds
@pytest.mark.parametrize(
    ("page", "params", "builders"),
    [
        ("pages/4_attribution.py", {}, ("claimant_bars",)),
        ("pages/4_attribution.py", {"attribution_chart": "Verification status"}, ("stacked_counts",)),
        ("pages/4_attribution.py", {"attribution_chart": "Claimant → channel → outlet"}, ("sankey",)),
        ("pages/5_map.py", {}, ("claims_map_spec",)),
    ],
)
def test_attribution_and_map_figures_are_built_once_for_many_views(
    default_db: Path,
    monkeypatch: pytest.MonkeyPatch,
    page: str,
    params: dict[str, str],
    builders: tuple[str, ...],
) -> None:
    """Twenty viewers of one link: the second and later views draw the cached figure specs.
    (Attribution draws the chart of its open tab: each tab is a link of its own.)"""
    monkeypatch.setattr(ui, "DB_PATH", default_db)
    calls: list[str] = []
    for name in builders:
        real = getattr(charts, name)

        def counting(*a, _real=real, _name=name, **kw):  # type: ignore[no-untyped-def]
            calls.append(_name)
            return _real(*a, **kw)

        monkeypatch.setattr(charts, name, counting)
    specs, built = [], []
    for _ in range(3):  # three sessions opening the same link
        at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=60)
        for k, v in params.items():
            at.query_params[k] = v
        at.switch_page(page).run()  # the session opens on the link's page
        assert not at.exception, [e.value for e in at.exception]
        specs.append(chart_specs(at))
        built.append(len(calls))
    assert specs[0] and specs[0] == specs[1] == specs[2]
    assert built[0] >= len(builders)
    assert built[1] == built[2] == built[0]  # nothing rebuilt after the first view
    calls.clear()
    at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=60)
    for k, v in params.items():
        at.query_params[k] = v
    at.query_params["claimant"] = "Volodymyr Zelenskyy"
    at.switch_page(page).run()
    assert calls, "other filters are another figure"


def chart_titles(db: Path, monkeypatch: pytest.MonkeyPatch, page: str, **params: str) -> list[str]:
    """The titles of the charts a page sends when opened with these link parameters."""
    monkeypatch.setattr(ui, "DB_PATH", db)
    at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=60)
    for k, v in params.items():
        at.query_params[k] = v
    at.switch_page(page).run()
    assert not at.exception, [e.value for e in at.exception]
    return titles(at)


@pytest.mark.parametrize(
    ("page", "main", "secondary", "tab"),
    [
        (
            "pages/1_overview.py",
            "Claims stated per month",
            "Events per month",
            ("overview_chart", "Events per month by source"),
        ),
        (
            "pages/3_deployments.py",
            "Claimed troops deployed in total",
            "Latest total per claimant",
            ("deploy_chart", "Latest per claimant"),
        ),
        (
            "pages/3_deployments.py",
            "Claimed troops deployed in total",
            "Batches sent",
            ("deploy_chart", "Batches sent"),
        ),
        (
            "pages/4_attribution.py",
            "Claims per claimant",
            "Verification status",
            ("attribution_chart", "Verification status"),
        ),
        (
            "pages/4_attribution.py",
            "Claims per claimant",
            "Claimant → channel",
            ("attribution_chart", "Claimant → channel → outlet"),
        ),
        (
            "pages/4_attribution.py",
            "Claims per claimant",
            "Responses per actor",
            ("attribution_chart", "Responses"),
        ),
    ],
)
def test_a_secondary_chart_is_not_sent_until_its_tab_is_opened(
    default_db: Path,
    monkeypatch: pytest.MonkeyPatch,
    page: str,
    main: str,
    secondary: str,
    tab: tuple[str, str],
) -> None:
    """First paint (issue 11): a page opens with its main chart only; a secondary chart is built
    and sent when its tab is opened (the tab is in the link), and then the main one is not."""
    first = chart_titles(default_db, monkeypatch, page)
    assert [t for t in first if t.startswith(main)] and len(first) == 1, first
    opened = chart_titles(default_db, monkeypatch, page, **{tab[0]: tab[1]})
    assert [t for t in opened if t.startswith(secondary)] and len(opened) == 1, opened


def test_the_latest_figure_bars_leave_room_for_their_labels(
    default_db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The longest bar's label ("over 6,000") was cut at the plot's edge: labels print beyond the
    bars' ends, so the axis reaches past the longest bar and the label may run into the margin."""
    monkeypatch.setattr(ui, "DB_PATH", default_db)
    fig = figures.figure(figures.competing_latest, Filters(), TYPES, "DPRK forces", "killed_or_wounded")
    assert fig is not None
    spec = json.loads(fig.to_json())
    bars = spec["data"][0]
    low, width = trace_values(bars["x"]), trace_values(spec["data"][1]["x"])
    longest = max(max(low), max(lo + w for lo, w in zip(low, width, strict=True)))
    assert longest > 0 and any(t.strip().startswith(("over ", "at least ")) for t in bars["text"])
    assert spec["layout"]["xaxis"]["range"][1] >= 1.25 * longest
    assert bars["cliponaxis"] is False
    assert spec["layout"]["margin"]["r"] >= charts.LATEST_LABEL_MARGIN
    # (session 20, QA find 9) an open end's label starts past its ▶, never under it; the bars'
    # colours (the claimant's side) have a legend
    for text in bars["text"]:
        assert text.startswith("\u2003") == text.strip().startswith(("over ", "at least ")), text
    sides = [tr["name"] for tr in spec["data"] if tr["name"].startswith("claimant's side: ")]
    assert sides and len(sides) == len(set(sides))
    assert spec["layout"].get("showlegend", True) is not False


def test_a_time_chart_leaves_room_right_of_its_latest_point_for_its_label(
    default_db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The label beside the latest claim ("about 1,000", Sep 2025) was cut at the plot's edge:
    Plotly's autorange pads for markers, not their text, so the axis now runs past the last date."""
    monkeypatch.setattr(ui, "DB_PATH", default_db)
    fig = figures.figure(figures.deployments, Filters(), ("deployment",), "DPRK forces", "troops_deployed")
    assert fig is not None
    spec = json.loads(fig.to_json())
    dates = [pd.Timestamp(x) for tr in spec["data"] for x in (tr.get("x") or []) if isinstance(x, str)]
    assert any(tr.get("text") and any(tr["text"]) for tr in spec["data"]), "the points carry labels"
    first, last = min(dates), max(dates)
    lo, hi = (pd.Timestamp(v) for v in spec["layout"]["xaxis"]["range"])
    assert lo <= first and hi >= last + (last - first) * 0.1


def claim_points(n: int = 21) -> pd.DataFrame:
    """Figure points of three claimants with every qualifier, as `queries.figure_points` returns
    them: lower bounds and estimates carry value_low, upper bounds value_high, ranges both."""
    quals = ["exact", "about", "at_least", "over", "up_to", "nearly", "range"]
    rows = []
    for i in range(n):
        q = quals[i % len(quals)]
        low = {"up_to": None, "nearly": 50}.get(q, 100 + 10 * i)  # an upper bound is drawn at its high end
        high = 500 + 10 * i if q in ("up_to", "nearly", "range") else None
        rows.append(
            {
                "claimant": ["NIS", "HUR", "Pentagon"][i % 3],
                "claimant_side": ["South Korea", "Ukraine", "United States"][i % 3],
                "stated_on": pd.Timestamp("2024-11-01") + pd.Timedelta(days=9 * i),
                "metric": "killed_or_wounded",
                "subject": "DPRK forces",
                "qualifier": q,
                "basis": "period" if i % 4 == 0 else "cumulative",
                "value_low": low,
                "value_high": high,
                "claims": 1,
                "period_start": pd.Timestamp("2024-10-20") + pd.Timedelta(days=9 * i) if i % 4 == 0 else None,
                "period_end": pd.Timestamp("2024-10-30") + pd.Timedelta(days=9 * i) if i % 4 == 0 else None,
                "stated_on_precision": "day",
                "claim_id": f"c{i:03d}",
                "quote": f"quote {i}",
                "reported_by": "Yonhap",
                "source_url": f"https://example.org/{i}",
                "channel": "briefing",
            }
        )
    df = pd.DataFrame(rows)
    for col in ("value_low", "value_high"):
        df[col] = df[col].astype("Int64")
    for col in ("period_start", "period_end"):
        df[col] = pd.to_datetime(df[col])
    return df


def drawn_marks(spec: dict[str, object]) -> list[dict[str, object]]:
    """Every point a bounds chart draws, whatever its traces: claimant, date, value, glyph,
    colour, label and hover values (None-separated bars give one mark per end)."""
    marks = []
    for tr in spec["data"]:  # type: ignore[attr-defined]
        xs = tr.get("x") or []
        if xs in ([None],) or tr.get("hoverinfo") == "skip":
            continue
        ys = trace_values(tr["y"]) if isinstance(tr["y"], dict) else tr["y"]
        marker = tr.get("marker", {})
        symbols = marker.get("symbol")
        texts = tr.get("text") or [""] * len(xs)
        for i, (x, y) in enumerate(zip(xs, ys, strict=True)):
            if x is None:
                continue
            marks.append(
                {
                    "claimant": tr["legendgroup"],
                    "x": pd.Timestamp(x),
                    "y": y,
                    "symbol": symbols[i] if isinstance(symbols, list) else symbols,
                    "colour": marker.get("color", marker.get("line", {}).get("color")),
                    "text": texts[i] if isinstance(texts, list) else texts,
                    "hover": tr["customdata"][i],
                    "template": tr["hovertemplate"],
                    "mode": tr["mode"],
                }
            )
    return marks


@pytest.mark.parametrize("period_segments", [False, True])
def test_every_claim_is_drawn_with_its_own_glyph_value_label_and_hover(period_segments: bool) -> None:
    """What the chart shows, point by point, whatever its trace layout: each claim at its date
    and the bound it states (▲ at the low end of a lower bound, ▼ at the high end of an upper
    bound, ○ for an estimate, ● for an exact figure, a bar from low to high for a range), in its
    claimant's colour, with its figure as a label and its own hover (claimant, figure, claim id);
    one legend entry per claimant; the glyph key; period bars over the days each period covers."""
    points = claim_points()
    spec = json.loads(charts.bounds_chart(points, "t", "y", period_segments=period_segments).to_json())
    marks = drawn_marks(spec)
    colours = charts.colour_map(points["claimant"].tolist())
    # Labels that would print over an earlier one are left out (test_crowded_labels_...).
    xs = [
        r.period_end if period_segments and pd.notna(r.period_end) else r.stated_on
        for r in points.itertuples()
    ]
    ys = [r.value_high if r.qualifier in charts.UPPER_BOUNDS else r.value_low for r in points.itertuples()]
    texts = [
        charts.figure_label(r.value_low, r.value_high, r.qualifier)
        + (" killed or wounded" if period_segments else "")
        if r.qualifier in charts.MARKED
        else ""
        for r in points.itertuples()
    ]
    bars = [
        (pd.Timestamp(x), float(r.value_low), float(r.value_high))
        for x, r in zip(xs, points.itertuples(), strict=True)
        if r.qualifier == "range"
    ]
    printed = charts.declutter_labels(pd.Series(pd.to_datetime(xs)), ys, texts, False, bars)
    assert sum(1 for t in printed if t) >= 3  # crowded (21 points, tall range bars), yet labelled
    expected = []
    for k, r in enumerate(points.itertuples(index=False)):
        x = r.period_end if period_segments and pd.notna(r.period_end) else r.stated_on
        label = charts.figure_label(r.value_low, r.value_high, r.qualifier)
        text = printed[k]
        if r.qualifier == "range":  # a bar: both ends, each with the claim's hover
            ends = [(float(r.value_low), "line-ew", None), (float(r.value_high), "line-ew", None)]
        else:
            bound = r.value_high if r.qualifier in ("up_to", "nearly") else r.value_low
            ends = [(float(bound), charts.GLYPHS[r.qualifier][0], text)]
        for y, symbol, txt in ends:
            expected.append(
                (r.claimant, pd.Timestamp(x), y, symbol, colours[r.claimant], txt, r.claim_id, label)
            )
    got = []
    for m in marks:
        hover = m["hover"]
        assert m["template"] == charts.HOVER_TEMPLATE
        assert hover[0].startswith(f"{m['claimant']} (")  # type: ignore[index]
        txt = m["text"] if m["symbol"] != "line-ew" else None
        claim_id = str(hover[8]).removeprefix("claim ")  # type: ignore[index]
        label = str(hover[1]).split(" killed")[0]  # type: ignore[index]
        got.append((m["claimant"], m["x"], m["y"], m["symbol"], m["colour"], txt, claim_id, label))
    assert sorted(got, key=str) == sorted(expected, key=str)
    legend = [
        tr["name"] for tr in spec["data"] if tr.get("showlegend", True) and tr.get("legendgroup") != "glyphs"
    ]
    assert sorted(legend) == ["HUR", "NIS", "Pentagon"], "one legend entry per claimant"
    key = {tr["name"] for tr in spec["data"] if tr.get("legendgroup") == "glyphs"}
    assert {label for _s, label in charts.GLYPHS.values()} | {"range (low–high)"} == key
    if period_segments:
        bars = [tr for tr in spec["data"] if tr.get("hoverinfo") == "skip" and tr.get("mode") == "lines"]
        spans = {
            (tr["legendgroup"], pd.Timestamp(a), pd.Timestamp(b), y1)
            for tr in bars
            for a, b, y1 in zip(tr["x"][0::3], tr["x"][1::3], tr["y"][0::3], strict=True)
        }
        periods = points[points["period_start"].notna()]
        assert spans == {
            (
                r.claimant,
                r.period_start,
                r.period_end,
                float(r.value_low if pd.notna(r.value_low) else r.value_high),
            )
            for r in periods.itertuples(index=False)
        }


def test_crowded_labels_are_left_out_rather_than_printed_over_each_other() -> None:
    """Claims days apart about similar figures (the October-November 2024 deployment estimates)
    keep their glyphs and hovers, but a label that would print over another label or under
    another point's marker is left out; labels with room keep it."""
    day = pd.Timestamp("2024-10-28")
    x = pd.Series([day, day + pd.Timedelta(days=4), day + pd.Timedelta(days=200), day + pd.Timedelta(days=4)])
    y: list[float | None] = [10_000.0, 10_200.0, 10_000.0, 2_000.0]
    labels = ["about 10,000", "over 10,000", "about 11,000", "at least 2,000"]
    # The first label would run under the second point's marker, 4 days (11 px) to its right.
    assert charts.declutter_labels(x, y, labels, False) == [
        "",
        "over 10,000",
        "about 11,000",
        "at least 2,000",
    ]
    # On a log axis the same figures are as close; far apart figures are not.
    assert charts.declutter_labels(x, y, labels, True)[0] == ""
    # A range's bar a few days to the right is in the way too.
    lone = pd.Series([day, day + pd.Timedelta(days=200)])
    assert charts.declutter_labels(lone, [10_000.0, 10_000.0], labels[:2], False) == labels[:2]
    bar = [(day + pd.Timedelta(days=5), 9_000.0, 12_000.0)]
    assert charts.declutter_labels(lone, [10_000.0, 10_000.0], labels[:2], False, bar) == ["", labels[1]]
    assert charts.declutter_labels(x, [10.0, 10_000.0, 5.0, 2_000.0], labels, True) == labels
    # What is drawn: the Troop-deployments-like cluster prints 2 of its 3 labels.
    pts = claim_points(3).assign(
        stated_on=[day, day + pd.Timedelta(days=4), day + pd.Timedelta(days=200)],
        qualifier=["about", "over", "about"],
        value_low=[10_000, 10_200, 10_000],
        value_high=[None, None, None],
    )
    spec = charts.bounds_spec(pts, "t", "y")
    printed = [t for tr in spec["data"] if tr.get("mode") == "markers+text" for t in tr["text"]]
    assert sorted(printed) == ["", "about 10,000", "over 10,200"]


def test_two_claimants_of_one_day_are_both_drawn_inside_the_time_axis() -> None:
    """(QA pass 32) A date range of one day with two claimants' "over 10,000": the spread set one
    of them 18 hours before the day, left of an axis made from the days alone; only the tail of
    its label showed ("ver 10,000"), with no glyph to hover."""
    day = pd.Timestamp("2024-11-01")
    pts = claim_points(2).assign(
        stated_on=[day, day], qualifier=["over", "over"], value_low=[10_000, 10_000], value_high=[None, None]
    )
    spec = charts.bounds_spec(pts, "t", "troops")
    lo, hi = (pd.Timestamp(x) for x in spec["layout"]["xaxis"]["range"])
    drawn = [pd.Timestamp(x) for tr in spec["data"] if tr.get("mode") == "markers+text" for x in tr["x"]]
    assert len(drawn) == 2 and len(set(drawn)) == 2  # spread apart, both drawn
    assert all(lo < x < hi for x in drawn), (lo, hi, drawn)


def test_a_claimants_legend_entry_shows_its_exact_figures_glyph_first() -> None:
    """A claimant's legend entry draws its trace's first point's glyph: the points are listed
    exact, estimate, lower bound, upper bound, so a claimant with an exact figure shows ●."""
    points = claim_points()
    spec = json.loads(charts.bounds_chart(points, "t", "y").to_json())
    for tr in spec["data"]:
        if tr.get("legendgroup") != "glyphs" and tr.get("showlegend") and tr["mode"] == "markers+text":
            quals = set(points.loc[points["claimant"] == tr["name"], "qualifier"])
            first = next(q for q in charts.MARKED if q in quals)
            assert tr["marker"]["symbol"][0] == charts.GLYPHS[first][0]


def test_a_claim_chart_grows_so_its_legend_and_glyph_key_show_without_scrolling() -> None:
    """Three claimants fit the default 520 px; thirteen (the Troop deployments chart on the
    bundled data) get a taller chart, so the legend's "How to read" key is not scrolled out of
    view; the height stops growing at 760 px."""
    few = claim_points()
    many = pd.concat(
        [few.assign(claimant=f"claimant {k}", claim_id=few["claim_id"] + f"-{k}") for k in range(13)],
        ignore_index=True,
    )
    crowd = pd.concat(
        [few.assign(claimant=f"claimant {k}", claim_id=few["claim_id"] + f"-{k}") for k in range(40)],
        ignore_index=True,
    )
    heights = [charts.bounds_spec(d, "t", "y")["layout"]["height"] for d in (few, many, crowd)]
    assert heights[0] == 520
    # 13 claimant entries and the key's title and five rows, at about 29 px each, plus margins.
    assert heights[1] >= 29 * (13 + 6) + 150
    assert heights[2] == 760


def test_charts_built_as_dicts_are_what_plotly_validation_gives() -> None:
    """The claim charts are built as plain dicts and never validated (issue 11: validation was
    most of their build time): Plotly's validation accepts every property as written and changes
    nothing, so the browser draws what a validated figure would (a misspelt key fails here)."""
    points = claim_points()
    events = pd.DataFrame(
        {
            "date_start": pd.to_datetime(["2024-11-04", "2025-03-13"]),
            "title": ["First clashes", "Sudzha retaken"],
        }
    )
    specs = [
        charts.bounds_spec(points, "t", "y", events, log_y=True),
        charts.bounds_spec(points, "t", "y", events, log_y=False, period_segments=True),
        charts.bounds_spec(points.head(0), "t", "y"),
        charts.latest_spec(points.drop_duplicates("claimant"), "t", "x"),
    ]
    for spec in specs:
        written = json.loads(json.dumps(spec, cls=PlotlyJSONEncoder))
        assert json.loads(go.Figure(spec).to_json()) == written
    # The event lines and their labels are drawn, on the padded range.
    layout = specs[0]["layout"]
    assert [s["x0"][:10] for s in layout["shapes"]] == ["2024-11-04", "2025-03-13"]
    assert [a["text"] for a in layout["annotations"]] == ["First clashes", "Sudzha retaken"]


def test_a_date_stated_reads_as_precisely_as_it_is_known() -> None:
    assert charts.stated_label("2024-11-07", "day") == "2024-11-07"
    assert charts.stated_label(pd.Timestamp("2024-11-01"), "month") == "2024-11"
    assert charts.stated_label("2025-01-01", "year") == "2025"
    assert charts.stated_label(None, "unknown") == "undated"


def test_the_latest_bars_name_a_month_precision_claim_by_its_month_not_its_first_day() -> None:
    """ "Ukrainian officials (2024-11-01)" read as a statement made on 1 November; the claim was
    dated only to November."""
    latest = pd.DataFrame(
        {
            "claimant": ["Ukrainian officials", "Volodymyr Zelenskyy"],
            "claimant_side": ["Ukraine", "Ukraine"],
            "stated_on": pd.to_datetime(["2024-11-01", "2024-11-07"]),
            "stated_on_precision": ["month", "day"],
            "value_low": [10000, 11000],
            "value_high": [None, 11000],
            "qualifier": ["over", "exact"],
            "claims": [1, 1],
            "quote": ["q1", "q2"],
            "reported_by": ["", ""],
            "source_url": ["", ""],
            "claim_id": ["a", "b"],
        }
    )
    spec = charts.latest_spec(latest, "t", "x")
    names = [y for t in spec["data"] for y in (t.get("y") or []) if isinstance(y, str)]
    assert "Ukrainian officials (2024-11)" in names and "Volodymyr Zelenskyy (2024-11-07)" in names
    assert not any("(2024-11-01)" in n for n in names)


def test_points_set_apart_are_never_drawn_before_their_day_or_month() -> None:
    """(QA pass 36) "Ukrainian officials: over 10,000", stated in November 2024 (month precision,
    drawn on the 1st), was set apart from another claimant's figure onto 31 October: a claim
    drawn in a month before it was stated. Points set apart are drawn on their day or after it."""
    xs = charts.spread_same_day(
        ["2024-11-01T00:00:00"] * 3,
        [10000.0, 10500.0, 10200.0],
        [10000.0, 10500.0, 10200.0],
        [None, None, None],
        ["Ukrainian officials", "US officials", "NATO officials"],
    )
    drawn = [pd.Timestamp(x) for x in xs if x]
    assert len(set(drawn)) == 3  # apart
    assert min(drawn) == pd.Timestamp("2024-11-01") and max(drawn) < pd.Timestamp("2024-11-30")


def test_two_claimants_points_that_would_cover_each_other_on_one_day_are_set_apart() -> None:
    """(QA pass 23) Kovalenko's "over 200" sat under the cap of Ryder's 200-999 range of the same
    day: one glyph showed, and the hover reached only the top point. The day's claimants are set a
    little apart (their hover keeps each one's own day); a claimant's own points of one day, and
    points of other days, stay where they are."""
    pts = pd.DataFrame(
        {
            "claimant": ["Pat Ryder", "Andrii Kovalenko", "Andrii Kovalenko", "NIS", "NIS"],
            "claimant_side": ["United States", "Ukraine", "Ukraine", "South Korea", "South Korea"],
            "stated_on": pd.to_datetime(
                ["2024-12-19", "2024-12-19", "2024-12-19", "2024-12-20", "2024-12-20"]
            ),
            "metric": ["killed_or_wounded"] * 5,
            "subject": ["DPRK forces"] * 5,
            "qualifier": ["range", "over", "over", "at_least", "nearly"],
            "basis": ["cumulative"] * 5,
            "value_low": [200.0, 200.0, 210.0, 100.0, None],
            "value_high": [999.0, None, None, None, 1000.0],
            "claims": [1] * 5,
            "claim_id": ["a", "b", "c", "d", "e"],
        }
    )
    spec = charts.bounds_spec(pts, "t", "y")
    xs = {t["name"]: {x for x in t["x"] if x} for t in spec["data"] if t.get("x")}
    ryder, kovalenko, nis = xs["Pat Ryder"], xs["Andrii Kovalenko"], xs["NIS"]
    assert len(kovalenko) == 1 and len(ryder) == 1 and ryder != kovalenko  # apart, each in one place
    assert {x[:10] for x in ryder | kovalenko} <= {"2024-12-18", "2024-12-19", "2024-12-20"}
    assert nis == {"2024-12-20T00:00:00"}  # alone on its day: not moved
    hover = {h[0]: h[2] for h in charts.hover_data(pts)}
    assert "stated 2024-12-19" in hover["Andrii Kovalenko (Ukraine)"]
