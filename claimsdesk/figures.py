"""Cached figures: what a page draws, built once per published database, filters and choices.

Why: with twenty viewers of one link, building Plotly figures in Python was most of each
rerun (issue 11: `charts.bounds_chart` was ~65% of a cached Casualty view). Here a figure
*recipe* (its queries plus a chart builder from `claimsdesk.charts`) runs once per key; the
result is kept as its JSON spec in `st.cache_data` (bounded by ttl and max_entries, keyed on
the published file, so a new build is a new key) and turned back into a Figure without
re-validation, about 2x cheaper than unpickling a Figure. Recipes read their frames through
`ui.query`, so the frames are shared with the tables pages draw.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from typing import Any, TypeAlias

import pandas as pd
import plotly.graph_objects as go
import streamlit as st
from plotly.utils import PlotlyJSONEncoder

from claimsdesk import charts, queries, shape, ui
from claimsdesk.filters import Filters


def _frame(fn: Callable[..., Any], f: Filters | None = None, *args: Any) -> Any:
    """A named query's result through the shared result cache (the one place naming ui.query)."""
    return ui.query(fn, f, *args)


#: What a recipe returns: a Figure, or the plain dict of a figure's JSON (charts.bounds_spec).
Spec: TypeAlias = "go.Figure | dict[str, Any]"


def _label(metric: str) -> str:
    return metric.replace("_", " ")


# ------------------------------------------------------------------------------ recipes


def timeline(f: Filters, daily: bool = True) -> Spec:
    return charts.timeline_spec(
        _frame(queries.claims_by_month, f, daily),
        _frame(queries.key_events, f),
        "Claims stated per month, by type, with key events"
        + ("" if daily else " (imported daily series left out)"),
    )


def events_by_month(f: Filters) -> go.Figure | None:
    ev = _frame(queries.events_by_month, f)
    if ev.empty:  # (QA pass 32) curated key events alone are drawn too, as the title says
        return None
    return charts.events_chart(ev, "Events per month by source (imported ACLED / UCDP and curated)")


def competing(f: Filters, types: Sequence[str], subject: str, metric: str, log_y: bool) -> Spec:
    pts = _frame(queries.figure_points, f, tuple(types), "cumulative", subject, metric)
    return charts.bounds_spec(
        pts,
        f"Competing cumulative claims: {_label(metric)} · {subject}",
        f"{_label(metric)} (people, as claimed)",
        _frame(queries.key_events, f),
        log_y=log_y,
    )


def competing_latest(f: Filters, types: Sequence[str], subject: str, metric: str) -> Spec | None:
    latest = _frame(queries.latest_per_claimant, f, tuple(types), subject, metric, "cumulative")
    if latest.empty:
        return None
    return charts.latest_spec(
        latest,
        f"Latest cumulative figure per claimant: {_label(metric)} · {subject}",
        f"{_label(metric)} (people, as claimed)",
    )


def period(f: Filters, types: Sequence[str], subject: str, log_y: bool) -> Spec:
    pts = _frame(queries.figure_points, f, tuple(types), "period", subject, None)
    return charts.bounds_spec(
        pts,
        f"Period figures (all metrics): {subject}",
        "people (as claimed, per period)",
        _frame(queries.key_events, f),
        log_y=log_y,
        period_segments=True,
    )


def general_staff(f: Filters, metric: str) -> go.Figure:
    return charts.gs_chart(_frame(queries.gs_series, f, metric), metric, _frame(queries.key_events, f))


def deployments(f: Filters, types: Sequence[str], subject: str, metric: str) -> Spec:
    """Totals only: a batch ("3,000 more") drawn among totals read as a total that fell."""
    pts = _frame(queries.figure_points, f, tuple(types), "cumulative", subject, metric)
    return charts.bounds_spec(
        pts,
        f"Claimed {_label(metric)} in total: {subject}, by claimant",
        "troops in total (as claimed)",
        _frame(queries.key_events, f),
    )


def deployments_latest(f: Filters, types: Sequence[str], subject: str, metric: str) -> Spec:
    return charts.latest_spec(
        _frame(queries.latest_per_claimant, f, tuple(types), subject, metric, "cumulative"),
        f"Latest total per claimant: {subject}",
        "troops in total (as claimed)",
    )


def deployments_batches(f: Filters, types: Sequence[str], subject: str, metric: str) -> Spec:
    """Batches and additions (period figures), each drawn on its own, never summed."""
    pts = _frame(queries.figure_points, f, tuple(types), "period", subject, metric)
    return charts.bounds_spec(
        pts,
        f"Batches sent ({_label(metric)}, each claimed on its own, not added up): {subject}",
        "troops per batch (as claimed)",
        _frame(queries.key_events, f),
        period_segments=True,
        name_metrics=False,
    )


def war(
    f: Filters, subject: str, whose: str, counted: str, metric: str, split: bool, log_y: bool
) -> go.Figure:
    """The whole war on one axis for `subject`: daily series, sparse claims, third-party band."""
    return charts.war_chart(
        _frame(queries.war_daily_series, f, subject),
        _frame(queries.war_claims, f, subject, metric),
        _frame(queries.war_band, f, subject, metric),
        f"{whose} soldiers {counted}: competing cumulative claims",
        f"{counted} (people, as claimed)",
        split=split,
        log_y=log_y,
    )


def claims_map(f: Filters) -> Spec:
    return charts.claims_map_spec(
        _frame(queries.map_claims, f),
        _frame(queries.map_events, f),
        "Claims and events by place (view centred on the places named in claims)",
        reference=_frame(queries.reference_places),
    )


def by_claimant(f: Filters) -> go.Figure:
    return charts.claimant_bars(_frame(queries.by_claimant, f), "Claims per claimant, by side")


def verification(f: Filters) -> go.Figure:
    return charts.stacked_counts(
        _frame(queries.verification_by_claimant, f),
        "claimant",
        "verification",
        "Verification status of each claimant's claims",
        "claims (count)",
    )


def flow(f: Filters) -> go.Figure:
    return charts.sankey(
        _frame(queries.flow, f),
        "Claimant → channel → reporting outlet (claims, counted once for each outlet that carried them)",
    )


def responses(f: Filters) -> go.Figure:
    return charts.stacked_counts(
        _frame(queries.response_counts, f),
        "responder",
        "stance",
        "Responses per actor and stance",
        "responses (count)",
        charts.STANCE_COLOURS,
    )


RECIPES: dict[str, Callable[..., Spec | None]] = {
    fn.__name__: fn
    for fn in (
        timeline,
        events_by_month,
        competing,
        competing_latest,
        period,
        general_staff,
        deployments,
        deployments_latest,
        deployments_batches,
        war,
        claims_map,
        by_claimant,
        verification,
        flow,
        responses,
    )
}


# ------------------------------------------------------------------------------ cache


@st.cache_data(ttl="30m", max_entries=512, show_spinner=False)
def _spec(recipe: str, real_path: str, f: Filters | None, args: tuple[Any, ...]) -> str | None:
    """The recipe's figure as JSON (None: nothing to draw). `real_path` keys it to one build."""
    fig = RECIPES[recipe](f, *args)
    if fig is None:
        return None
    # A spec built as plain dicts (charts.bounds_spec) is written as it is: no Figure, no copy.
    return json.dumps(fig, cls=PlotlyJSONEncoder) if isinstance(fig, dict) else fig.to_json(validate=False)


def _name(recipe: Callable[..., Spec | None]) -> str:
    """A recipe's cache key: its name, once it is known to be one of `RECIPES`.

    (QA pass 31) Pages named recipes by string ("timeline"): a typo failed only when the page
    ran, and go-to-definition did not work. They pass the function now, as queries are passed."""
    name = recipe.__name__
    if RECIPES.get(name) is not recipe:
        raise ValueError(f"{recipe!r} is not a figure recipe of claimsdesk.figures")
    return name


def figure(recipe: Callable[..., Spec | None], f: Filters | None, *args: Any) -> go.Figure | None:
    """The cached figure of `recipe` for these filters and arguments, or None."""
    spec = _spec(_name(recipe), ui.live_path(), f, tuple(args))
    # The spec came from a validated Figure: skip re-validating it (most of a dict's cost).
    return None if spec is None else go.Figure(json.loads(spec), _validate=False)


def chart(recipe: Callable[..., Spec | None], f: Filters | None, *args: Any, key: str) -> bool:
    """Draw the cached figure of `recipe`; False when there is nothing to draw."""
    spec = _spec(_name(recipe), ui.live_path(), f, tuple(args))
    if spec is None:
        return False
    ui.chart(spec, key)
    return True


#: The columns of a "latest figure per claimant" table, as the Casualty and Deployment pages show it.
LATEST_COLUMNS: tuple[str, ...] = (
    "claimant",
    "claimant_side",
    "stated_on",
    "stated_on_precision",
    "figure",
    "region",  # (QA pass 25) where: a Kursk-only figure beside a figure for all Russia
    "channel",
    "verification",
    "responses",
    "figures_given",  # (QA pass 25) of how many of this claimant's figures this is the latest
    "quote",
    "notes",  # (session 21, QA 3 find 1) the sheet's wording where no verbatim sentence is on record
    "reported_by",
    "source_url",
    "claim_id",
)


def _left_out(n: int, what: str, why: str) -> str:
    """A chart's note of the `n` claims it cannot draw ("" for none), and where they are listed."""
    if not n:
        return ""
    one = n == 1
    return f"{n:,} {what}{'' if one else 's'} of this series {why} {'is' if one else 'are'} not drawn here: see Explore & export."


def undated_note(f: Filters, types: Sequence[str], subject: str, metric: str) -> str:
    """What a chart over time (or of each claimant's latest) leaves out: the series' figures with
    no known date, which Explore & export lists; "" when there are none."""
    n = ui.query(queries.undated_figures, f, tuple(types), subject, metric)
    return _left_out(n, "cumulative figure", "with no known date")


def figureless_note(
    f: Filters, types: Sequence[str], subject: str | None = None, metric: str | None = None
) -> str:
    """(QA pass 23) What every chart of a series leaves out: its claims with no figure ("in the
    realm of dozens"), which Explore & export lists; "" when there are none."""
    n = ui.query(queries.figureless_claims, f, tuple(types), subject, metric)
    return _left_out(n, "claim", "with no figure (no number to draw)")


def latest_table(latest: pd.DataFrame) -> pd.DataFrame:
    """`queries.latest_per_claimant` as the pages' table: the figure as claimed, then its source."""
    return shape.pick(charts.with_figure_labels(latest, 0), LATEST_COLUMNS)


#: Where a figure point of a table comes from, its last columns (a new column of a claim's source
#: goes here once, not into each table).
SOURCE_COLUMNS: tuple[str, ...] = ("places", "reported_by", "source_url", "quote", "notes", "claim_id")


def as_table(points: pd.DataFrame, columns: Sequence[str] | None = None) -> pd.DataFrame:
    """Figure points with a readable `figure` column (for the tables beside the charts), with
    only `columns` in that order when given; `quote` is marked where a claim has none."""
    table = points.copy()
    table["figure"] = charts.figure_labels(table)
    table = charts.unquoted_marked(table)
    return table if columns is None else table[list(columns)]
