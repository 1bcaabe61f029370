"""Cached figures and lazy tabs: a figure is built once per build, filters and choices; only the
open tab of the Casualty page is built and sent; charts carry hover templates, not per-point text."""

from __future__ import annotations

import itertools
import json
from pathlib import Path

import pandas as pd
import plotly.graph_objects as go
import pytest
from streamlit.testing.v1 import AppTest

from claimsdesk import charts, figures, ui
from claimsdesk.filters import Filters
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
    at.run()
    at.switch_page("pages/2_casualties.py").run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def titles(at: AppTest) -> list[str]:
    return [spec["layout"]["title"]["text"] for spec in chart_specs(at)]


def test_only_the_open_tab_is_built_and_sent(default_db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    first = titles(casualties(default_db, monkeypatch))
    assert any(t.startswith("Competing cumulative claims") for t in first)
    assert not any(t.startswith("Period figures") for t in first)
    period = titles(casualties(default_db, monkeypatch, section="Period figures"))
    assert any(t.startswith("Period figures") for t in period)
    assert not any(t.startswith("Competing") or t.startswith("Latest") for t in period)


@pytest.mark.usefixtures("fresh_caches")  # counts the figures it builds
def test_a_figure_is_built_once_per_build_filters_and_choices(
    default_db: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(ui, "DB_PATH", default_db)
    calls: list[str] = []
    real = charts.bounds_chart

    def counting(points, title, *a, **kw):  # type: ignore[no-untyped-def]
        calls.append(title)
        return real(points, title, *a, **kw)

    monkeypatch.setattr(charts, "bounds_chart", counting)
    f = Filters()
    a = figures.figure("competing", f, TYPES, "DPRK forces", "killed_or_wounded", True)
    b = figures.figure("competing", f, TYPES, "DPRK forces", "killed_or_wounded", True)
    assert len(calls) == 1, "the second view of the same figure is served from the cache"
    assert a is not None and b is not None and a.to_dict() == b.to_dict() and a is not b
    figures.figure("competing", f, TYPES, "DPRK forces", "killed_or_wounded", False)
    figures.figure(
        "competing",
        Filters(claimants=("Volodymyr Zelenskyy",)),
        TYPES,
        "DPRK forces",
        "killed_or_wounded",
        True,
    )
    assert len(calls) == 3, "another choice or filter is another figure"
    other = copy_build(default_db, tmp_path)  # a new build is a new published file: a new cache key
    monkeypatch.setattr(ui, "DB_PATH", other)
    figures.figure("competing", f, TYPES, "DPRK forces", "killed_or_wounded", True)
    assert len(calls) == 4


def test_claim_points_carry_a_hover_template_and_lean_layout(
    default_db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(ui, "DB_PATH", default_db)
    fig = figures.figure("competing", Filters(), TYPES, "DPRK forces", "killed_or_wounded", True)
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
    a = figures.figure("war", Filters(), *args, False, True)
    b = figures.figure("war", Filters(), *args, False, True)
    assert calls == ["Russian soldiers killed or wounded: competing cumulative claims"]
    assert a is not None and b is not None and a.to_dict() == b.to_dict()
    split = figures.figure("war", Filters(), *args, True, True)
    assert len(calls) == 2 and split is not None
    assert any(tr.fill == "toself" for tr in split.data), "the split draws the third-party band"
    assert len(json.dumps(json.loads(split.to_json())["layout"].get("template", {}))) < 200


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
    events = pd.DataFrame(
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
    months = pd.date_range("2022-02-01", "2026-06-01", freq="MS")
    fig = charts.add_events(go.Figure(go.Bar(x=months, y=[1] * len(months))), events)
    span_days = (months[-1] - months[0]).days
    labels = sorted(
        (
            a.y,
            pd.Timestamp(a.x),
            pd.Timestamp(a.x) + pd.Timedelta(days=span_days * (5.5 * len(a.text) + 10) / 700),
        )
        for a in fig.layout.annotations
    )
    assert len(labels) == 5 and len({y for y, _, _ in labels}) <= charts.EVENT_ROWS
    for (y1, _, end1), (y2, start2, _) in itertools.pairwise(labels):
        assert y1 != y2 or end1 <= start2, (y1, end1, start2)


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
            "max_figure": [100, 30, 3, 1, 10, 30],
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


@pytest.mark.usefixtures("fresh_caches")  # counts the figures it builds
@pytest.mark.parametrize(
    ("page", "params", "builders"),
    [
        ("pages/4_attribution.py", {}, ("claimant_bars",)),
        ("pages/4_attribution.py", {"attribution_chart": "Verification status"}, ("stacked_counts",)),
        ("pages/4_attribution.py", {"attribution_chart": "Claimant → channel → outlet"}, ("sankey",)),
        ("pages/5_map.py", {}, ("claims_map",)),
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
        at.run()
        at.switch_page(page).run()
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
    at.run()
    at.switch_page(page).run()
    assert calls, "other filters are another figure"


def chart_titles(db: Path, monkeypatch: pytest.MonkeyPatch, page: str, **params: str) -> list[str]:
    """The titles of the charts a page sends when opened with these link parameters."""
    monkeypatch.setattr(ui, "DB_PATH", db)
    at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=60)
    for k, v in params.items():
        at.query_params[k] = v
    at.run()
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
            "Claimed troops deployed",
            "Latest figure per claimant",
            ("deploy_chart", "Latest per claimant"),
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
    fig = figures.figure("competing_latest", Filters(), TYPES, "DPRK forces", "killed_or_wounded")
    assert fig is not None
    spec = json.loads(fig.to_json())
    bars = spec["data"][0]
    low, width = trace_values(bars["x"]), trace_values(spec["data"][1]["x"])
    longest = max(max(low), max(lo + w for lo, w in zip(low, width, strict=True)))
    assert longest > 0 and any(t.startswith(("over ", "at least ")) for t in bars["text"])
    assert spec["layout"]["xaxis"]["range"][1] >= 1.25 * longest
    assert bars["cliponaxis"] is False
    assert spec["layout"]["margin"]["r"] >= charts.LATEST_LABEL_MARGIN


def test_a_time_chart_leaves_room_right_of_its_latest_point_for_its_label(
    default_db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The label beside the latest claim ("about 1,000", Sep 2025) was cut at the plot's edge:
    Plotly's autorange pads for markers, not their text, so the axis now runs past the last date."""
    monkeypatch.setattr(ui, "DB_PATH", default_db)
    fig = figures.figure("deployments", Filters(), ("deployment",), "DPRK forces", "troops_deployed")
    assert fig is not None
    spec = json.loads(fig.to_json())
    dates = [pd.Timestamp(x) for tr in spec["data"] for x in (tr.get("x") or []) if isinstance(x, str)]
    assert any(tr.get("text") and any(tr["text"]) for tr in spec["data"]), "the points carry labels"
    first, last = min(dates), max(dates)
    lo, hi = (pd.Timestamp(v) for v in spec["layout"]["xaxis"]["range"])
    assert lo <= first and hi >= last + (last - first) * 0.1
