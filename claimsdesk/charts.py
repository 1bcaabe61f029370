"""Chart builders: a small DataFrame in, a Plotly figure out (no Streamlit, no database).

The rule every figure follows: a claim is drawn as what was claimed. A lower bound ("at least
30", "over 10,000") is an upward triangle at its bound; an upper bound ("up to", "nearly") a
downward triangle; a range a vertical bar from low to high; an exact figure a filled circle and
an estimate ("about") an open one. Hover text names claimant, qualifier, quote and source.
"""

from __future__ import annotations

import copy
import math
import re
import textwrap
from collections.abc import Sequence
from typing import Any

import numpy as np
import pandas as pd
import plotly.graph_objects as go
import plotly.io as pio
from plotly.subplots import make_subplots

from claimsdesk.shape import iso_date, stated_label
from etl.core.contract import BOUND_QUALIFIERS

PALETTE = (
    "#1f77b4",
    "#d62728",
    "#2ca02c",
    "#9467bd",
    "#ff7f0e",
    "#8c564b",
    "#e377c2",
    "#17becf",
    "#bcbd22",
    "#7f7f7f",
    "#393b79",
    "#ad494a",
    "#637939",
    "#8c6d31",
    "#843c39",
    "#7b4173",
)
SIDE_COLOURS = {
    "Ukraine": "#1f77b4",
    "Russia": "#d62728",
    "DPRK": "#8c564b",
    "South Korea": "#2ca02c",
    "United States": "#9467bd",
    "Other": "#7f7f7f",
}
STANCE_COLOURS = {
    "confirmed": "#2ca02c",
    "denied": "#d62728",
    "no_comment": "#7f7f7f",
    "disputed": "#ff7f0e",
}
QUALIFIER_WORDS = {
    "exact": "",
    "at_least": "at least ",
    "over": "over ",
    "about": "about ",
    "nearly": "nearly ",
    "up_to": "up to ",
    "range": "",
}
GLYPHS = {
    "exact": ("circle", "exact figure"),
    "about": ("circle-open", "estimate (about)"),
    "at_least": ("triangle-up", "lower bound (at least / over)"),
    "over": ("triangle-up", "lower bound (at least / over)"),
    "up_to": ("triangle-down", "upper bound (up to / nearly)"),
    "nearly": ("triangle-down", "upper bound (up to / nearly)"),
}
LABEL_MAX_POINTS = 40  # label each point with its figure when there are few enough to read
# template="none": Plotly's default template is 7 kB of every chart's 7.5 kB spec and most of its
# build and unpickle time (stack-traps note 20); the page draws with theme="streamlit" instead.
MARGIN = {"l": 60, "r": 20, "t": 70, "b": 50}
LAYOUT = dict(template="none", margin=MARGIN, hoverlabel=dict(align="left"))
#: Right margin (px) of the latest-figure bars, where a long bar's label ends.
LATEST_LABEL_MARGIN = 90


#: LAYOUT as validating it gives it (the "none" template as its JSON), for figures built as dicts.
_LAYOUT_JSON: dict[str, Any] = {
    "template": pio.templates["none"].to_plotly_json(),
    "margin": MARGIN,
    "hoverlabel": {"align": "left"},
}


def _layout(**kw: Any) -> dict[str, Any]:
    """LAYOUT plus `kw` as a plain dict, in the form Plotly's JSON takes (titles as {"text": ...})."""
    return {**copy.deepcopy(_LAYOUT_JSON), **kw}


def _figure(spec: dict[str, Any]) -> go.Figure:
    """A figure of a spec built as plain dicts, wrapped without validation (see bounds_spec)."""
    return go.Figure(spec, _validate=False)


def _int(v: Any) -> int | None:
    """A DataFrame cell (int, float, NA) as an int, or None when missing."""
    return None if v is None or (isinstance(v, float) and math.isnan(v)) or v is pd.NA else int(v)


def figure_label(low: object, high: object, qualifier: object) -> str:
    """How a claimed figure reads: 'at least 30', '10,000–12,000', 'about 300'."""
    lo, hi = _int(low), _int(high)
    q = str(qualifier) if isinstance(qualifier, str) else ""
    if lo is None and hi is None:
        return f"{q.replace('_', ' ')} (no count)" if q else "no figure"
    if q == "range" or (lo is not None and hi is not None and lo != hi):
        return f"{lo:,}–{hi:,}"
    value = lo if lo is not None else hi
    return f"{QUALIFIER_WORDS.get(q, '')}{value:,}"


def figure_labels(df: pd.DataFrame) -> list[str]:
    """`figure_label` for every row of a frame with value_low, value_high and qualifier."""
    return [
        figure_label(a, b, q)
        for a, b, q in zip(df["value_low"], df["value_high"], df["qualifier"], strict=True)
    ]


def with_figure_labels(df: pd.DataFrame, at: int, drop_bounds: bool = False) -> pd.DataFrame:
    """A table for display with a readable `figure` column at position `at` (and `quote` marked
    where a claim has none, `unquoted_marked`).

    `drop_bounds` removes the raw value_low / value_high / qualifier columns it is made from.
    """
    out = df.copy()
    if not out.empty:
        out.insert(min(at, len(out.columns)), "figure", figure_labels(out))
    out = unquoted_marked(out)
    if drop_bounds:
        out = out.drop(columns=["value_low", "value_high", "qualifier"], errors="ignore")
    return out


def wrap(text: object, width: int = 70, limit: int = 320) -> str:
    """Hover-friendly text: wrapped with <br>, cut at `limit` characters."""
    if not isinstance(text, str) or not text:
        return ""
    t = text if len(text) <= limit else text[: limit - 1] + "…"
    return "<br>".join(textwrap.wrap(t, width)) or t


#: What a point's hover says where the claim has no verbatim sentence on record (a fact-sheet row
#: whose wording is the sheet's, kept in notes): never an empty pair of quotation marks.
NO_QUOTE = "(no verbatim quote on record)"
NO_QUOTE_SEE_NOTES = "(no verbatim quote on record: see notes)"


def unquoted_marked(df: pd.DataFrame) -> pd.DataFrame:
    """A claims (or responses) table whose rows with no verbatim sentence but a note say so in
    `quote` ("see notes"), not as a blank "None" an analyst could read as a missing value
    (session 21; responses, QA pass 36)."""
    if df.empty or "quote" not in df.columns or "notes" not in df.columns:
        return df
    return df.assign(quote=df["quote"].where(df["quote"].notna() | df["notes"].isna(), NO_QUOTE_SEE_NOTES))


def _fast_wrap(text: object, width: int = 70, limit: int = 240) -> str:
    """`wrap` without textwrap's regex (it was a third of a chart's build): greedy on spaces."""
    if not isinstance(text, str) or not text:
        return ""
    t = text if len(text) <= limit else text[: limit - 1] + "…"
    lines: list[str] = []
    line = ""
    for word in t.split():
        if line and len(line) + 1 + len(word) > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}" if line else word
    lines.append(line)
    return "<br>".join(lines)


def colour_map(names: list[str]) -> dict[str, str]:
    """Stable colours per name (sorted), so a claimant keeps its colour across charts."""
    return {n: PALETTE[i % len(PALETTE)] for i, n in enumerate(sorted(set(names)))}


#: The hover of a claim point; the per-point values are `hover_data` columns (customdata).
HOVER_TEMPLATE = (
    "<b>%{customdata[0]}</b><br>%{customdata[1]}<br>%{customdata[2]}%{customdata[3]}%{customdata[4]}"
    "<br>%{customdata[5]}<br>reported by: %{customdata[6]}%{customdata[7]}<br>%{customdata[8]}<extra></extra>"
)


def hover_data(df: pd.DataFrame) -> list[list[str]]:
    """Per-point hover values for HOVER_TEMPLATE: the data only, the wording is in the template.

    Why: one template plus short values is a fraction of the bytes of a formatted string per
    point, and it is cheaper to build (no per-row Series access).
    """
    n = len(df)

    def col(name: str) -> list[object]:
        return df[name].tolist() if name in df.columns else [None] * n

    out: list[list[str]] = []
    for (
        claimant,
        side,
        lo,
        hi,
        q,
        metric,
        subject,
        basis,
        stated,
        prec,
        ps,
        pe,
        channel,
        quote,
        note,
        rep,
        url,
        cid,
        k,
        region,
        answered,
        verified,
        given,
    ) in zip(
        col("claimant"),
        col("claimant_side"),
        col("value_low"),
        col("value_high"),
        col("qualifier"),
        col("metric"),
        col("subject"),
        col("basis"),
        col("stated_on"),
        col("stated_on_precision"),
        col("period_start"),
        col("period_end"),
        col("channel"),
        col("quote"),
        col("notes"),
        col("reported_by"),
        col("source_url"),
        col("claim_id"),
        col("claims"),
        col("region"),
        col("responses"),
        col("verification"),
        col("figures_given"),
        strict=True,
    ):
        when = stated_label(stated, prec)
        if isinstance(prec, str) and prec not in ("day", "") and when != "undated":
            when = f"{when} ({prec} precision)"
        p0, p1 = iso_date(ps), iso_date(pe)
        claim = f"claim {cid or ''}"
        many = 0 if k is None or pd.isna(k) else int(k)
        out.append(
            [
                f"{claimant} ({side or ''})",
                f"{figure_label(lo, hi, q)} {str(metric or '').replace('_', ' ')} · {subject or ''}",
                f"basis: {basis or ''} · stated {when}"
                # (QA pass 23) where the troops or losses are counted: a Kursk-only figure beside a
                # figure for all of Russia is no contradiction
                + (
                    f" · where: {region}"
                    if isinstance(region, str) and region
                    else " · where: not narrowed (Russia or the war as a whole)"
                    if "region" in df.columns
                    else ""
                ),
                f"<br>period: {p0} to {p1}"
                if p0 or p1
                # (QA 8) a period figure whose days are not given: drawn on the day it was stated
                else "<br>period: not stated (drawn on the day it was stated)"
                if basis == "period"
                else "",
                f"<br>channel: {channel}" if isinstance(channel, str) else "",
                (f"“{_fast_wrap(quote)}”" if isinstance(quote, str) and quote else NO_QUOTE)
                + (f"<br>note: {_fast_wrap(note)}" if isinstance(note, str) and note else "")
                # (QA pass 23) silence, denial and confirmation beside the figure
                + (
                    f"<br>responses: {_fast_wrap(answered, limit=480)}"
                    if isinstance(answered, str) and answered
                    else ""
                )
                # (QA pass 25) a response is not the figure's verification: say what that is
                + (
                    f"<br>this figure: {verified}"
                    if isinstance(answered, str) and answered and isinstance(verified, str) and verified
                    else ""
                ),
                str(rep or "unknown"),
                f"<br>source: {short_url(url, 90)}" if isinstance(url, str) else "",
                # (QA pass 25) a claimant's latest figure is one claim: say of how many it is the latest
                f"{claim}, the latest of {int(given):,} figures this claimant gave here"
                if isinstance(given, (int, float)) and not pd.isna(given) and int(given) > 1
                else claim
                if many <= 1
                else f"{many:,} claims here; e.g. {claim}",
            ]
        )
    return out


def short_url(url: str, limit: int) -> str:
    """A link as a hover prints it: whole up to `limit` characters, else cut with "…" so nobody
    copies a cut link for the real one (QA 8: "…1734591718." lacked its "html"; Explore and the
    CSV keep every link whole)."""
    return url if len(url) <= limit else url[: limit - 1] + "…"


def _empty(title: str, message: str) -> go.Figure:
    fig = go.Figure()
    fig.update_layout(title=title, **LAYOUT)
    fig.add_annotation(
        text=message,
        showarrow=False,
        x=0.5,
        y=0.5,
        xref="paper",
        yref="paper",
        font=dict(size=14, color="#666"),
    )
    fig.update_xaxes(visible=False)
    fig.update_yaxes(visible=False)
    return fig


#: Rows of event labels at the top of a time chart, and a label's height as a share of the plot.
EVENT_ROWS = 4
EVENT_LABEL_HEIGHT = 0.06

#: The width in px of a chart's plot area in the main column, beside its legend (a 1400 px
#: window; a legend of claimant names takes about a third of the chart). Event labels, the last
#: point's label and a bar's count are all sized on it; on a wider plot they only get more room.
#: (Defined once: a second definition further down silently changed the event labels' width.)
PLOT_PX = 430.0


def event_label_days(chars: int, days: int) -> pd.Timedelta:
    """How far an event label of `chars` characters reaches on a time axis of `days` days (its 10 px
    font is about 5.5 px a character, plus its padding)."""
    return pd.Timedelta(days=days * (5.5 * chars + 10) / PLOT_PX) if chars else pd.Timedelta(0)


def label_share(chars: int) -> float:
    """The share of the plot's width a figure label of `chars` characters takes beside its mark
    (about 6 px a character at 10 px, plus the gap), at most 45%."""
    return min((6 * chars + 14) / PLOT_PX, 0.45)


def label_rows(
    starts: list[pd.Timestamp], chars: list[int], span: tuple[pd.Timestamp, pd.Timestamp]
) -> list[tuple[int, int, bool]]:
    """(row, characters, right-anchored) for each event label, at its date, so that labels do
    not run into each other: the first row whose last label has ended; when every row is taken,
    the one that frees up first, with its last label cut to the room left (none if under 6).

    Why: with the rows taken in turn, the first and fifth events of the Overview (August 2024 and
    April 2025) shared a row and their labels overlapped. (QA pass 33) A label that does not fit
    between its date and the axis's right end ends at its date instead (its text left of the
    line), where there is more room: run to the right, it covered the legend, and Plotly
    stretched the axis months past the data to make room for it.
    """
    days = max((span[1] - span[0]).days, 1)

    def fit(from_: pd.Timestamp, to: pd.Timestamp) -> int:
        """How many characters fit between two dates (0 if under 6)."""
        n = int(((to - from_).days * PLOT_PX / days - 10) / 5.5)
        return n if n >= 6 else 0

    ends = [pd.Timestamp.min] * EVENT_ROWS
    last: list[int | None] = [None] * EVENT_ROWS
    out = [(0, n, False) for n in chars]
    for i in sorted(range(len(starts)), key=lambda k: starts[k]):
        right, left = fit(starts[i], span[1]), fit(span[0], starts[i])
        if right < chars[i] and left > right:
            n = min(chars[i], left)
            begin = starts[i] - event_label_days(n, days)
            free = [r for r in range(EVENT_ROWS) if ends[r] <= begin]
            row = free[0] if free else min(range(EVENT_ROWS), key=lambda r: ends[r])
            if not free:  # (this label is cut, not the one before it in the row)
                n = min(n, fit(ends[row], starts[i])) if ends[row] < starts[i] else 0
            out[i] = (row, n, True)
            ends[row], last[row] = starts[i], i
            continue
        free = [r for r in range(EVENT_ROWS) if ends[r] <= starts[i]]
        row = free[0] if free else min(range(EVENT_ROWS), key=lambda r: ends[r])
        j = last[row]
        if not free and j is not None and not out[j][2]:
            cut = fit(starts[j], starts[i])
            out[j] = (out[j][0], min(out[j][1], cut), False)
        out[i] = (row, min(chars[i], right), False)
        ends[row], last[row] = starts[i] + event_label_days(chars[i], days), i
    return out


#: Key events drawn as lines on a time chart.
EVENT_LINES = 8
#: The name of an event label's annotation. Why: under a column narrower than PLOT_PX the chart
#: component (plotly_chart.js) cuts these labels to the room `label_rows` kept for them, which it
#: reads from the layout's meta (`event_meta`).
EVENT_NOTE = "event"
#: An event label's reach: first date, last date, and the share of the plot's height below it.
LabelWindow = tuple[pd.Timestamp, pd.Timestamp, float]


def event_meta() -> dict[str, float]:
    """The layout's meta for a chart with event labels: the plot width they were laid out on."""
    return {"label_plot_px": PLOT_PX}


def event_marks(
    events: pd.DataFrame, max_events: int, span: tuple[pd.Timestamp, pd.Timestamp]
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Key events as layout shapes (dotted vertical lines) and annotations (staggered labels),
    laid out on the x axis range `span`; plain dicts in the form Plotly's JSON takes (ISO dates:
    see stack notes)."""
    shapes: list[dict[str, Any]] = []
    notes: list[dict[str, Any]] = []
    if events is None or events.empty:
        return shapes, notes
    starts = [pd.Timestamp(s) for s in events["date_start"].head(max_events)]
    all_titles = [str(t) for t in events["title"].head(max_events)]
    titles = [textwrap.shorten(t, 38, placeholder="…") for t in all_titles]
    layout = label_rows(starts, [len(t) for t in titles], span)
    for start, title, (row, room, leftward) in zip(starts, all_titles, layout, strict=True):
        text = textwrap.shorten(title, room, placeholder="…") if room >= 6 else ""
        x = start.isoformat()
        shapes.append(
            {
                "line": {"color": "#555", "dash": "dot", "width": 1},
                "type": "line",
                "x0": x,
                "x1": x,
                "xref": "x",
                "y0": 0,
                "y1": 1,
                "yref": "paper",
            }
        )
        notes.append(
            {
                "bgcolor": "rgba(255,255,255,0.75)",
                "font": {"color": "#444", "size": 10},
                "hovertext": f"{iso_date(start)}: {title}",
                "name": EVENT_NOTE,
                "showarrow": False,
                "text": text,
                "x": x,
                "xanchor": "right" if leftward else "left",
                "xref": "x",
                "y": 1.0 - 0.07 * row,
                "yref": "paper",
            }
        )
    return shapes, notes


#: The qualifiers drawn as a marker, in the order a claimant's points are listed (the first
#: point's glyph is the one its legend entry shows: an exact figure's when it has one).
MARKED = ("exact", "about", "at_least", "over", "up_to", "nearly")
#: Qualifiers whose figure is the upper end (value_high); the others are drawn at value_low.
UPPER_BOUNDS = frozenset({"up_to", "nearly"})


def _floats(values: pd.Series, digits: int | None = None) -> list[float | None]:
    """A numeric column as JSON-ready floats (None where missing), rounded to `digits` if given."""
    arr = values.astype("Float64").to_numpy(dtype=float, na_value=np.nan)
    if digits is not None:
        arr = arr.round(digits)
    return [None if v != v else v for v in arr.tolist()]


def _isos(values: pd.Series) -> list[str | None]:
    """A date column as the ISO strings Plotly's JSON holds for dates (None where missing)."""
    return [None if v is pd.NaT else v.isoformat() for v in pd.to_datetime(values)]


def bounds_chart(
    points: pd.DataFrame,
    title: str,
    y_title: str,
    events: pd.DataFrame | None = None,
    log_y: bool = False,
    period_segments: bool = False,
) -> go.Figure:
    """Claimed figures over time by claimant, each drawn as the bound it states (`bounds_spec`)."""
    return _figure(bounds_spec(points, title, y_title, events, log_y, period_segments))


#: (QA pass 23) How far apart, in hours, the claimants of one day are set when their points would
#: cover each other (the hover gives each point's own day).
SAME_DAY_SPREAD_HOURS = 36
#: ... and how close two figures are, relative to the larger, to count as covering each other.
SAME_DAY_CLOSE = 0.06


def spread_same_day(
    xs: list[str | None],
    ys: list[float | None],
    low: list[float | None],
    high: list[float | None],
    claimants: list[str],
) -> list[str | None]:
    """`xs` with the claimants of one day set a little apart where their points would cover each
    other: Kovalenko's "over 200" under Ryder's range of 200-999 the same day, or two officials'
    "over 10,000", drew as one glyph, and the hover reached only the top one. A day's claimants
    (in name order) are set SAME_DAY_SPREAD_HOURS apart, the first on its day and the others
    after it; a claimant's own points are never moved apart, and days with one claimant are left
    as they are. Why after, not around the day: a point drawn before its day showed a claim
    before it was stated, and a claim of November (month precision, drawn on the 1st) on 31
    October (QA pass 36)."""
    by_day: dict[str, dict[str, list[float]]] = {}
    for x, y, lo, hi, who in zip(xs, ys, low, high, claimants, strict=True):
        if x is None:
            continue
        marks = [v for v in (y, lo, hi) if v is not None]
        by_day.setdefault(x, {}).setdefault(who, []).extend(marks)
    shift: dict[tuple[str, str], float] = {}
    for day, whose in by_day.items():
        if len(whose) < 2:
            continue
        names = sorted(whose)

        def close(a: str, b: str, whose: dict[str, list[float]] = whose) -> bool:
            return any(
                abs(u - v) <= SAME_DAY_CLOSE * max(abs(u), abs(v), 1.0) for u in whose[a] for v in whose[b]
            )

        if not any(close(a, b) for k, a in enumerate(names) for b in names[k + 1 :]):
            continue
        for k, who in enumerate(names):
            shift[(day, who)] = k * SAME_DAY_SPREAD_HOURS
    if not shift:
        return xs
    out: list[str | None] = []
    for x, who in zip(xs, claimants, strict=True):
        hours = shift.get((x, who), 0.0) if x is not None else 0.0
        out.append(x if not hours else (pd.Timestamp(x) + pd.Timedelta(hours=hours)).isoformat())
    return out


def bounds_spec(
    points: pd.DataFrame,
    title: str,
    y_title: str,
    events: pd.DataFrame | None = None,
    log_y: bool = False,
    period_segments: bool = False,
    name_metrics: bool | None = None,
) -> dict[str, Any]:
    """`bounds_chart`'s figure as the plain dict of its JSON (what a cached figure keeps).

    `period_segments`: draw each period figure as a horizontal bar over the days it covers
    (period figures are never chained into a running total). `name_metrics` (by default with
    `period_segments`, whose chart mixes metrics) adds the metric to each label ("30 killed").

    Per claimant: one marker trace (its glyph per point: `marker.symbol` is a list), one trace
    of its ranges (a bar from low to high per claim), and with `period_segments` one of its
    periods. Built as plain dicts in the form Plotly's JSON takes, never validated: validating
    a trace per claimant and qualifier was most of an uncached view's chart time (issue 11);
    `tests/test_figures.py` checks what is drawn point by point and that Plotly's validation
    leaves the spec as it is.
    """
    if points.empty:
        return _empty(title, "No figures match the filters.").to_dict()
    colours = colour_map(points["claimant"].astype(str).tolist())
    hover = hover_data(points)
    stated = pd.to_datetime(points["stated_on"])
    xs = _isos(pd.to_datetime(points["period_end"]).fillna(stated) if period_segments else stated)
    low, high = _floats(points["value_low"]), _floats(points["value_high"])
    qual = points["qualifier"].astype(str).tolist()
    labels = [""] * len(points)
    if len(points) <= LABEL_MAX_POINTS:
        named = period_segments if name_metrics is None else name_metrics
        metrics = [f" {str(m).replace('_', ' ')}" if named else "" for m in points["metric"]]
        labels = [
            figure_label(a, b, q) + m
            for a, b, q, m in zip(
                points["value_low"], points["value_high"], points["qualifier"], metrics, strict=True
            )
        ]
    if period_segments:
        p0, p1 = _isos(points["period_start"]), _isos(points["period_end"])
    ys = [high[i] if qual[i] in UPPER_BOUNDS else low[i] for i in range(len(points))]
    if not period_segments:
        xs = spread_same_day(xs, ys, low, high, points["claimant"].astype(str).tolist())
    # Only marked points print their label (a range is drawn as a bar, unlabelled, in the way).
    ranges = [
        # the condition below has excluded None; mypy does not narrow list items by index
        (pd.Timestamp(xs[i]), float(low[i]), float(high[i]))  # type: ignore[arg-type]
        for i in range(len(points))
        if qual[i] == "range" and xs[i] is not None and low[i] is not None and high[i] is not None
    ]
    # (QA pass 26) the labels are laid out on the time axis as drawn: its range takes in the
    # event lines too (Ukraine's incursion of August 2024 widened it by months), so a layout on
    # the points' dates alone put "over 4,000" clear of a marker it printed under
    axis_span = _axis_span(points, xs, labels, events, period_segments)
    labels = declutter_labels(
        pd.to_datetime(pd.Series(xs)),
        ys,
        [t if q in MARKED else "" for t, q in zip(labels, qual, strict=True)],
        log_y,
        ranges,
        span=axis_span,
    )
    groups: dict[str, list[int]] = {}
    for i, claimant in enumerate(points["claimant"].tolist()):
        if not pd.isna(claimant):
            groups.setdefault(str(claimant), []).append(i)
    rank = {q: k for k, q in enumerate(MARKED)}
    data: list[dict[str, Any]] = []
    for name in sorted(groups):
        rows, colour = groups[name], colours[name]
        marked = sorted((i for i in rows if qual[i] in rank), key=lambda i: rank[qual[i]])
        if marked:
            data.append(
                {
                    "customdata": [hover[i] for i in marked],
                    "hovertemplate": HOVER_TEMPLATE,
                    "legendgroup": name,
                    "marker": {
                        "color": colour,
                        "line": {"color": colour, "width": 2},
                        "size": 13,
                        "symbol": [GLYPHS[qual[i]][0] for i in marked],
                    },
                    "mode": "markers+text",
                    "name": name,
                    "showlegend": True,
                    "text": [labels[i] for i in marked],
                    "textfont": {"color": colour, "size": 10},
                    "textposition": "middle right",
                    "type": "scatter",
                    "x": [xs[i] for i in marked],
                    "y": [ys[i] for i in marked],
                }
            )
        ranged = [i for i in rows if qual[i] == "range"]
        if ranged:
            rx: list[str | None] = []
            ry: list[float | None] = []
            rh: list[list[str] | None] = []
            for i in ranged:
                rx += [xs[i], xs[i], None]
                ry += [low[i], high[i], None]
                rh += [hover[i], hover[i], None]
            data.append(
                {
                    "customdata": rh,
                    "hovertemplate": HOVER_TEMPLATE,
                    "legendgroup": name,
                    "line": {"color": colour, "width": 4},
                    "marker": {"line": {"color": colour, "width": 3}, "size": 14, "symbol": "line-ew"},
                    "mode": "lines+markers",
                    "name": name,
                    "showlegend": not marked,
                    "type": "scatter",
                    "x": rx,
                    "y": ry,
                }
            )
        if period_segments:
            sx: list[str | None] = []
            sy: list[float | None] = []
            for i in rows:
                if p0[i] is not None and p1[i] is not None:
                    yv = low[i] if low[i] is not None else high[i]
                    sx += [p0[i], p1[i], None]
                    sy += [yv, yv, None]
            if sx:
                data.append(
                    {
                        "hoverinfo": "skip",
                        "legendgroup": name,
                        "line": {"color": colour, "width": 6},
                        "mode": "lines",
                        "opacity": 0.45,
                        "showlegend": False,
                        "type": "scatter",
                        "x": sx,
                        "y": sy,
                    }
                )
    data += _glyph_legend()
    yaxis: dict[str, Any] = {
        "tickformat": ",",
        "title": {"text": y_title},
        "type": "log" if log_y else "linear",
    }
    if not log_y:
        yaxis["rangemode"] = "tozero"
    xaxis: dict[str, Any] = {
        "title": {
            "text": "date stated"
            if not period_segments
            else "period covered by the figure (the day stated where no period is given)"
        }
    }
    layout = _layout(
        title={"text": title},
        legend={"groupclick": "toggleitem"},
        height=legend_fit_height(points["claimant"].nunique()),
        xaxis=xaxis,
        yaxis=yaxis,
    )
    events = events if events is not None else pd.DataFrame()
    span = axis_span
    if span is not None:
        xaxis["range"] = [span[0].isoformat(), span[1].isoformat()]
        if not events.empty:
            layout["shapes"], layout["annotations"] = event_marks(events, EVENT_LINES, span)
            layout["meta"] = event_meta()
            clear = range_below_labels(
                [pd.Timestamp(x) for x in xs] * 2, low + high, layout["annotations"], span, log_y
            )
            if clear is not None:
                yaxis["range"] = clear
    return {"data": data, "layout": layout}


def _axis_span(
    points: pd.DataFrame,
    xs: list[str | None],
    labels: list[str],
    events: pd.DataFrame | None,
    period_segments: bool,
) -> tuple[pd.Timestamp, pd.Timestamp] | None:
    """The claim chart's time axis range: every date it draws (points where they are drawn,
    periods, event lines), with room right of the last point for its label. (QA pass 32) The
    points as drawn, not their days: on a range of one day, the claimant that
    `spread_same_day` set 18 hours earlier fell left of the axis, and only its label's tail
    showed ("ver 10,000"), with no glyph to hover."""
    at = pd.to_datetime(pd.Series(xs))
    shown = [pd.to_datetime(points["stated_on"]), at]
    if period_segments:
        shown += [points["period_start"], points["period_end"]]
    if events is not None and not events.empty:
        shown.append(events["date_start"].head(EVENT_LINES))
    last = [len(labels[i]) for i in range(len(points)) if labels[i] and at.iloc[i] == at.max()]
    return padded_range(pd.concat(shown), right=label_room(max(last, default=0)))


def label_room(chars: int, left: float = 0.02) -> float:
    """The right padding (a share of the time span, as `padded_range` takes it) that fits a
    label of `chars` characters beside the last point: about 6 px a character at the labels'
    10 px font, plus the marker. Why: a fixed 12% left "about 15,000" running into the legend
    on a chart of six months."""
    if chars == 0:
        return 0.12
    share = label_share(chars)
    return max(0.12, share * (1 + left) / (1 - share))


def legend_fit_height(claimants: int) -> int:
    """A claim chart's height in px: tall enough for its legend (one entry per claimant, about
    29 px each, plus the six rows of "How to read") to show whole, from 520 px up to 760.

    Why: at a fixed 520 px, thirteen deployment claimants made the legend scroll and hid the
    glyph key ("How to read") below its fold; past 760 px the chart would outgrow the screen,
    and the legend scrolls again.
    """
    return min(760, max(520, 29 * (claimants + 6) + 170))


def _glyph_legend() -> list[dict[str, Any]]:
    """Legend entries explaining the glyphs (grey, not clickable data)."""
    out: list[dict[str, Any]] = [
        {
            "legendgroup": "glyphs",
            "legendgrouptitle": {"text": "How to read"},
            "marker": {"color": "#888", "line": {"color": "#888", "width": 2}, "size": 11, "symbol": symbol},
            "mode": "markers",
            "name": label,
            "type": "scatter",
            "x": [None],
            "y": [None],
        }
        for symbol, label in dict.fromkeys(GLYPHS.values())
    ]
    out.append(
        {
            "legendgroup": "glyphs",
            "line": {"color": "#888", "width": 4},
            "marker": {"size": 12, "symbol": "line-ew"},
            "mode": "lines+markers",
            "name": "range (low–high)",
            "type": "scatter",
            "x": [None],
            "y": [None],
        }
    )
    return out


#: The plot area a claim chart's labels are laid out on, in px (the chart's column less its
#: legend on a laptop screen, measured at 1,400 px wide in session 31: about 510; a wider screen
#: only spreads them further apart).
LABEL_PLOT_PX = (500, 360)


def declutter_labels(
    x: pd.Series,
    y: list[float | None],
    labels: list[str],
    log_y: bool,
    bars: Sequence[tuple[pd.Timestamp, float, float]] = (),
    span: tuple[pd.Timestamp, pd.Timestamp] | None = None,
) -> list[str]:
    """`labels` with those that would print over an earlier one blanked (their hover stays).

    Why: labels sit right of their points ("middle right"), and claims made days apart about
    similar numbers (10,000; 11,000; over 10,000 in late October 2024) printed over each other
    into an unreadable smear. Points are laid out on LABEL_PLOT_PX as Plotly's axes would draw
    them (dates on the padded range, figures from zero or on a log scale); each label is a box
    about 6 px per character wide and 14 px high; left to right, a label whose box meets a kept
    label, another point's marker or a range's bar (`bars`: date, low, high) is dropped. `span`:
    the time axis's range as drawn (with its event lines), else the points' dates padded.
    """
    shown = [i for i, t in enumerate(labels) if t and y[i] is not None and not pd.isna(x.iloc[i])]
    if len(shown) < 2:
        return labels
    span = span or padded_range(x.iloc[shown])
    vals = [float(y[i]) for i in shown]  # type: ignore[arg-type]  # `shown` holds only non-None y
    if span is None:
        return labels
    if log_y:
        vals = [math.log10(v) if v > 0 else 0.0 for v in vals]
        lo, hi = min(vals), max(vals)
        lo, hi = lo - 0.05 * max(hi - lo, 1), hi + 0.05 * max(hi - lo, 1)
    else:
        lo, hi = min(0.0, min(vals)), max(vals) * 1.05 or 1.0
    width, height = LABEL_PLOT_PX
    days = max((span[1] - span[0]).total_seconds(), 1.0)

    def at(i: int, v: float) -> tuple[float, float]:
        px = (x.iloc[i] - span[0]).total_seconds() / days * width
        return px, ((v - lo) / (hi - lo) * height if hi > lo else height / 2)

    spots = {i: at(i, v) for i, v in zip(shown, vals, strict=True)}
    # Every labelled point's marker is in the way of the others' labels (13 px glyphs), and so
    # is every range's bar (4 px wide, with 14 px end caps).
    markers = {i: (px - 7, px + 7, py - 7, py + 7) for i, (px, py) in spots.items()}
    blocks: list[tuple[float, float, float, float]] = []
    for when, low, high in bars:
        if pd.isna(when) or when < span[0] or when > span[1]:
            continue
        ends = [math.log10(v) if v > 0 else 0.0 for v in (low, high)] if log_y else [low, high]
        bx = (when - span[0]).total_seconds() / days * width
        b0, b1 = sorted((e - lo) / (hi - lo) * height if hi > lo else height / 2 for e in ends)
        blocks.append((bx - 7, bx + 7, b0 - 2, b1 + 2))
    kept: list[tuple[float, float, float, float]] = list(blocks)
    out = list(labels)
    for i in sorted(shown, key=lambda i: (x.iloc[i], spots[i][1])):
        px, py = spots[i]
        box = (px + 8, px + 10 + 6 * len(labels[i]), py - 7, py + 7)
        others = [*kept, *(m for j, m in markers.items() if j != i)]
        if any(box[0] < k[1] and k[0] < box[1] and box[2] < k[3] and k[2] < box[3] for k in others):
            out[i] = ""
        else:
            kept.append(box)
    return out


def padded_range(
    dates: pd.Series, left: float = 0.02, right: float = 0.12
) -> tuple[pd.Timestamp, pd.Timestamp] | None:
    """A time axis's range with room right of the last point for the label beside it.

    Why: Plotly's autorange pads for markers, not for their text, so the latest claim's label
    ("about 1,100") was cut at the plot's edge. `dates`: every date the chart draws (points,
    periods, event lines). The event labels are laid out on this same range.
    """
    d = pd.to_datetime(dates, errors="coerce").dropna()
    if d.empty:
        return None
    lo, hi = d.min(), d.max()
    span = max(hi - lo, pd.Timedelta(days=30))
    return lo - span * left, hi + span * right


def latest_spec(latest: pd.DataFrame, title: str, x_title: str) -> dict[str, Any]:
    """Each claimant's latest figure as a bar (a range as a floating bar, a bound marked open),
    as the plain dict of the figure's JSON, built as `bounds_spec` is."""
    if latest.empty:
        return _empty(title, "No figures match the filters.").to_dict()
    df = latest.sort_values("stated_on")
    labels = figure_labels(df)
    lo = df["value_low"].astype("Float64").fillna(0).astype(float)
    hi = df["value_high"].astype("Float64")
    width = (hi.fillna(lo.astype("Float64")).astype(float) - lo).clip(lower=0)
    lows, widths = lo.tolist(), width.tolist()
    precs = df["stated_on_precision"] if "stated_on_precision" in df.columns else [None] * len(df)
    names = [
        f"{c} ({stated_label(d, p)})" for c, d, p in zip(df["claimant"], df["stated_on"], precs, strict=True)
    ]
    colours = [SIDE_COLOURS.get(s, "#7f7f7f") for s in df["claimant_side"]]
    hover = hover_data(df)
    open_ended = df["qualifier"].isin(["at_least", "over"]).tolist()
    # (session 20, QA find 9) an open end's ▶ sits on the bar's end: its label starts a glyph's
    # width further out, never under it
    labels = [f"\u2003{t}" if k else t for t, k in zip(labels, open_ended, strict=True)]
    data: list[dict[str, Any]] = [
        {
            # The label of the longest bar ("over 6,000") may run past the axis into the margin.
            "cliponaxis": False,
            "customdata": hover,
            "hovertemplate": HOVER_TEMPLATE,
            "marker": {"color": colours},
            "name": "stated figure (or lower end)",
            "opacity": 0.85,
            "orientation": "h",
            "showlegend": False,
            "text": labels,
            "textposition": "outside",
            "type": "bar",
            "x": lows,
            "y": names,
        },
        {
            "base": lows,
            "customdata": hover,
            "hovertemplate": HOVER_TEMPLATE,
            "marker": {"color": colours},
            "name": "range up to the upper end",
            "opacity": 0.35,
            "orientation": "h",
            "showlegend": False,
            "type": "bar",
            "x": widths,
            "y": names,
        },
    ]
    # The bars' colour is the claimant's side: a legend entry for each side shown (no data of
    # its own, so nothing is drawn twice).
    for side in sorted(set(df["claimant_side"].fillna("Other"))):
        data.append(
            {
                "hoverinfo": "skip",
                "marker": {"color": SIDE_COLOURS.get(side, "#7f7f7f"), "size": 12, "symbol": "square"},
                "mode": "markers",
                "name": f"claimant's side: {side}",
                "type": "scatter",
                "x": [None],
                "y": [None],
            }
        )
    if any(open_ended):
        data.append(
            {
                "hoverinfo": "skip",
                "marker": {"color": "#333", "size": 14, "symbol": "triangle-right"},
                "mode": "markers",
                "name": "lower bound: the claim is open-ended",
                "type": "scatter",
                "x": [v for v, k in zip(lows, open_ended, strict=True) if k],
                "y": [n for n, k in zip(names, open_ended, strict=True) if k],
            }
        )
    # Room for the labels printed beyond the bars' ends: a wider axis and a wider right margin.
    end = float((lo + width).max())  # width >= 0: the bars' far ends
    xaxis: dict[str, Any] = {"tickformat": ",", "title": {"text": x_title}}
    if end > 0:
        xaxis["range"] = [0, end * 1.3]
    layout = _layout(
        title={"text": title},
        barmode="overlay",
        xaxis=xaxis,
        yaxis={"title": {"text": "claimant (date of latest figure)"}},
        height=max(300, 60 + 42 * len(df)),
    )
    layout["margin"]["r"] = LATEST_LABEL_MARGIN
    return {"data": data, "layout": layout}


#: A month's bar on a date axis: 80 % of a 30-day month, in milliseconds (the axis's unit).
MONTH_BAR_MS = int(0.8 * 30 * 24 * 3600 * 1000)


def month_axes(months: Sequence[pd.Timestamp], highest: int) -> tuple[dict[str, Any], dict[str, Any]]:
    """The time axis and the count axis of a chart of one bar per month (bars drawn with
    `xperiod="M1"`, `xperiodalignment="middle"`).

    (QA pass 32) One label a month (a quarter, or half a year, over longer spans), set in the
    middle of its month: Plotly's own ticks over a month or two repeated "Nov 2024" four times,
    a bar centred on the 1st sat under the month before's label, and inside one month the axis
    had no label at all (its range is the months drawn, edge to edge). Whole
    counts: no 0.5 or 1.5 tick on a chart of one or two."""
    first, last = min(months), max(months)
    n_months = (last.year - first.year) * 12 + last.month - first.month + 1
    xaxis: dict[str, Any] = {
        "tickformat": "%b %Y",
        "ticklabelmode": "period",
        "dtick": "M1" if n_months <= 12 else "M3" if n_months <= 36 else "M6",
    }
    # (QA pass 33) over a year too: left to Plotly, the event labels' text stretched a range of
    # 40 months to nine months past the last claim ("Jan 2026" under no bar)
    xaxis["range"] = [first.isoformat(), (last + pd.offsets.MonthBegin(1)).isoformat()]
    return xaxis, ({"dtick": 1} if highest <= 8 else {})


def timeline_spec(by_month: pd.DataFrame, events: pd.DataFrame, title: str) -> dict[str, Any]:
    """Claims per month stated, stacked by claim type, with key events.

    Built as plain dicts, never validated (as `bounds_spec`): the Overview's chart is built on
    every uncached view, and validating it was most of its cost.
    """
    if by_month.empty:
        return _empty(title, "No dated claims match the filters.").to_dict()
    data: list[dict[str, Any]] = []
    months: list[pd.Timestamp] = []
    for i, (ctype, grp) in enumerate(by_month.groupby("claim_type", sort=True)):
        x = pd.to_datetime(grp["month"])
        months += [x.min(), x.max()]
        data.append(
            {
                "hovertemplate": "%{x|%b %Y}: %{y:,} " + str(ctype) + " claims<extra></extra>",
                "marker": {"color": PALETTE[i % len(PALETTE)]},
                "name": str(ctype),
                "type": "bar",
                # (session 24) a month wide, in ms: a single month's bar on a date axis was
                # drawn a millisecond wide, so a filter with one month of claims showed no bar
                "width": MONTH_BAR_MS,
                # (QA pass 32) each bar stands over its month, under that month's label (`month_axes`)
                "xperiod": "M1",
                "xperiodalignment": "middle",
                "x": _isos(x),
                "y": [int(v) for v in grp["claims"].tolist()],
            }
        )
    xaxis, yaxis = month_axes(months, int(by_month.groupby("month")["claims"].sum().max()))
    layout = _layout(
        barmode="stack",
        height=420,
        title={"text": title},
        xaxis={**xaxis, "title": {"text": "month the claim was stated"}},
        yaxis={**yaxis, "title": {"text": "claims (count)"}},
    )
    if events is not None and not events.empty:
        starts = [pd.Timestamp(x) for x in events["date_start"].head(EVENT_LINES)]
        lo = min([pd.Timestamp(xaxis["range"][0]), *starts])
        hi = max([pd.Timestamp(xaxis["range"][1]), *(x + pd.Timedelta(days=1) for x in starts)])
        layout["xaxis"]["range"] = [lo.isoformat(), hi.isoformat()]  # (the event lines drawn too)
        span = (lo, hi)  # (the labels laid out on the axis as drawn)
        layout["shapes"], layout["annotations"] = event_marks(events, EVENT_LINES, span)
        layout["meta"] = event_meta()
        stacks = by_month.groupby("month")["claims"].sum()
        clear = range_below_labels(
            list(pd.to_datetime(stacks.index)), stacks.astype(float).tolist(), layout["annotations"], span
        )
        if clear is not None:
            layout["yaxis"]["range"] = clear
    return {"data": data, "layout": layout}


def label_windows(notes: list[dict[str, Any]], span: tuple[pd.Timestamp, pd.Timestamp]) -> list[LabelWindow]:
    """Where each shown event label lies: (first date, last date, the plot height share below it).

    The width is `label_rows`' estimate, widened by a marker's radius to the left."""
    days = max((span[1] - span[0]).days, 1)
    out: list[LabelWindow] = []
    for note in notes:
        if note["text"]:
            start = pd.Timestamp(note["x"])
            end = start + event_label_days(len(note["text"]), days)
            lead = pd.Timedelta(days=days * 8 / PLOT_PX)
            if note.get("xanchor") == "right":  # (its text left of its date)
                start, end = start - event_label_days(len(note["text"]), days), start + lead
            out.append((start - lead, end, float(note["y"]) - EVENT_LABEL_HEIGHT - 0.02))
    return out


def range_below_labels(
    xs: Sequence[pd.Timestamp],
    ys: Sequence[float | None],
    notes: list[dict[str, Any]],
    span: tuple[pd.Timestamp, pd.Timestamp],
    log: bool = False,
) -> list[float] | None:
    """A value axis on which every point (or stack) under an event label stays below it.

    Why: the labels hang from the top of the plot, and what was drawn under one was covered by
    it (the NIS's "about 15,000" under "Russia claims full control…"; December 2024's stack
    under "First reported clashes…"). A point clear of every label may still rise to the top, as
    on Plotly's own range (about 5% below it). On a log axis the range is in decades."""
    pts = [
        (pd.Timestamp(x), math.log10(y) if log else float(y))
        for x, y in zip(xs, ys, strict=True)
        if y is not None and not math.isnan(y) and (y > 0 or not log) and not pd.isna(x)
    ]
    windows = label_windows(notes, span)
    if not pts or not windows:
        return None
    values = [v for _, v in pts]
    if log:
        low = min(values) - 0.05 * (max(values) - min(values)) - 0.05
    else:
        low = min(0.0, min(values))
    high = low + 1e-9
    for x, v in pts:
        share = min([w[2] for w in windows if w[0] <= x <= w[1]], default=0.95)
        high = max(high, low + (v - low) / max(share, 0.3))
    return [low, high] if high > low + 1e-6 else None  # every value at the bottom: Plotly's range


def wide_spread(counts: pd.Series, ratio: float = 50.0) -> bool:
    """True when the largest count is over `ratio` times the smallest (linear bars then hide all
    but the largest)."""
    c = counts[counts > 0]
    return bool(len(c) > 1 and c.max() / c.min() > ratio)


def bar_range(counts: pd.Series, log: bool) -> list[float]:
    """The count axis of horizontal bars, with room right of the longest bar for its count.

    Why: Plotly's autorange leaves no room for an outside label, so the longest bar's count
    ("19,200") ran into the legend. On a log axis the range is in decades and starts a third of
    a decade below the smallest count, so a bar of one claim still shows."""
    top = float(counts.max())
    share = label_share(len(f"{int(top):,}"))
    if not log:
        return [0.0, top / (1 - share)]
    low = math.log10(max(float(counts[counts > 0].min()), 1.0)) - 0.33
    high = math.log10(top)
    return [low, high + (high - low) * share / (1 - share)]


def claimant_bars(df: pd.DataFrame, title: str) -> go.Figure:
    """Claims per claimant, coloured by the claimant's side."""
    if df.empty:
        return _empty(title, "No claims match the filters.")
    d = df.sort_values("claims")
    total = int(d["claimants_total"].max()) if "claimants_total" in d.columns else len(d)
    if total > len(d):
        # (session 20) what a top-N chart leaves out is said on it, never silently dropped
        title = (
            f"{title}<br><sup>the {len(d)} with most claims, of {total:,} claimants "
            "(filter by claimant for the others)</sup>"
        )
    fig = go.Figure()
    for side, grp in d.groupby("claimant_side", sort=True):
        fig.add_trace(
            go.Bar(
                y=grp["claimant"],
                x=grp["claims"],
                orientation="h",
                name=str(side),
                marker_color=SIDE_COLOURS.get(str(side), "#7f7f7f"),
                customdata=grp[["with_figure"]],
                # the count itself, formatted here: exact whatever the axis's number format
                text=[f"{int(n):,}" for n in grp["claims"]],
                texttemplate="%{text}",
                textposition="outside",
                cliponaxis=False,
                hovertemplate="%{y}<br>%{x:,} claims (%{customdata[0]:,} with a figure)<extra>"
                + str(side)
                + "</extra>",
            )
        )
    # One imported daily series (about 19,000 claims) next to claimants with one or two: on a
    # linear axis every other bar vanishes, so a wide spread switches to a log axis (and every
    # bar carries its count).
    wide = wide_spread(d["claims"])
    fig.update_layout(
        title=title,
        xaxis_title="claims (count, log scale)" if wide else "claims (count)",
        xaxis_type="log" if wide else "linear",
        xaxis_range=bar_range(d["claims"], log=wide),
        yaxis_title="claimant",
        height=max(320, 80 + 24 * len(d)),
        legend_title_text="claimant's side",
        yaxis=dict(categoryorder="array", categoryarray=d["claimant"].tolist()),
        **LAYOUT,
    )
    return fig


def sankey(flow_df: pd.DataFrame, title: str) -> go.Figure:
    """Claimant → channel → outlet: who said it, how, and who carried it."""
    if flow_df.empty:
        return _empty(title, "No claims match the filters.")
    cl = sorted(flow_df["claimant"].unique())
    ch = sorted(flow_df["channel"].unique())
    ou = sorted(flow_df["outlet"].unique())
    labels = cl + [f"via {c}" for c in ch] + ou
    idx = {("c", n): i for i, n in enumerate(cl)}
    idx.update({("h", n): len(cl) + i for i, n in enumerate(ch)})
    idx.update({("o", n): len(cl) + len(ch) + i for i, n in enumerate(ou)})
    a = flow_df.groupby(["claimant", "channel"], as_index=False)["claims"].sum()
    b = flow_df.groupby(["channel", "outlet"], as_index=False)["claims"].sum()
    src = [idx[("c", r.claimant)] for r in a.itertuples()] + [idx[("h", r.channel)] for r in b.itertuples()]
    dst = [idx[("h", r.channel)] for r in a.itertuples()] + [idx[("o", r.outlet)] for r in b.itertuples()]
    val = a["claims"].tolist() + b["claims"].tolist()
    colours = colour_map(cl)
    node_col = [colours[n] for n in cl] + ["#bbbbbb"] * len(ch) + ["#555555"] * len(ou)
    fig = go.Figure(
        go.Sankey(
            node=dict(label=labels, color=node_col, pad=12, thickness=14),
            link=dict(
                source=src,
                target=dst,
                value=val,
                hovertemplate="%{source.label} → %{target.label}: %{value:,} claims (once for each outlet)<extra></extra>",
            ),
        )
    )
    total = int(flow_df["claimants_total"].max()) if "claimants_total" in flow_df.columns else len(cl)
    named = len([c for c in cl if c != "other claimants"])
    notes = []
    if total > named:
        notes.append(
            f"the {named} claimants most carried by outlets by name, the other {total - named:,} together"
        )
    if "other outlets" in ou:
        named_outlets = len([o for o in ou if o != "other outlets"])
        notes.append(
            f"the {named_outlets} outlets that carried most claims by name, the rest as “other outlets”"
        )
    if notes:  # (one note a line: the title says how claims are counted)
        title = f"{title}<br><sup>{';<br>'.join(notes)}</sup>"
    fig.update_layout(title=title, height=max(420, 22 * max(len(cl), len(ou))), **LAYOUT)
    return fig


def stacked_counts(
    df: pd.DataFrame, y: str, colour: str, title: str, x_title: str, colours: dict[str, str] | None = None
) -> go.Figure:
    """Horizontal stacked counts (verification per claimant, responses per actor)."""
    if df.empty:
        return _empty(title, "Nothing matches the filters.")
    fig = go.Figure()
    value_col = "claims" if "claims" in df.columns else "n"
    # Stacks on a log axis would lie about their parts, so a wide spread between rows shows each
    # row's shares instead (the count stays in the hover).
    shares = wide_spread(df.groupby(y)[value_col].sum())
    for i, (key, grp) in enumerate(df.groupby(colour, sort=True)):
        fig.add_trace(
            go.Bar(
                y=grp[y],
                x=grp[value_col],
                orientation="h",
                name=str(key),
                marker_color=(colours or {}).get(str(key), PALETTE[i % len(PALETTE)]),
                customdata=grp[[value_col]],
                hovertemplate="%{y}: %{customdata[0]:,} " + str(key) + "<extra></extra>",
            )
        )
    fig.update_layout(
        title=title,
        barmode="stack",
        barnorm="percent" if shares else None,
        xaxis_title=f"share of each row's total (%); {x_title}" if shares else x_title,
        yaxis_title="",
        height=max(320, 80 + 24 * df[y].nunique()),
        # (QA pass 23) the colour key even for one stack ("no_comment" alone drew grey bars with
        # nothing to name them), and whole counts on a small axis (it ticked 0.2, 0.4 …)
        showlegend=True,
        legend_title_text=colour.replace("_", " "),
        **LAYOUT,
    )
    if not shares and not df.empty and df.groupby(y)[value_col].sum().max() <= 10:
        fig.update_xaxes(dtick=1, tickformat="d")
    return fig


def focus_bounds(claims_df: pd.DataFrame, events_df: pd.DataFrame) -> tuple[float, float, float, float]:
    """Map bounds around the main cluster of the places named in claims: points within 5 degrees
    of the median (events decide only when no claim has a place).

    Why: one far-away place (a capital where a statement was made) must not shrink the front
    line to a dot, and thousands of imported front-line events (UCDP, ACLED) must not pull the
    view away from the places the claims are about; points outside are counted by the page.
    """
    claim_pts = claims_df[["lat", "lon"]].dropna() if not claims_df.empty else pd.DataFrame()
    if claim_pts.empty:
        claim_pts = events_df[["lat", "lon"]] if not events_df.empty else pd.DataFrame(columns=["lat", "lon"])
    pts = claim_pts.dropna()
    pts = pts.astype(float)
    lat_m, lon_m = float(pts["lat"].median()), float(pts["lon"].median())
    near = pts[((pts["lat"] - lat_m).abs() <= 5) & ((pts["lon"] - lon_m).abs() <= 5)]
    lat0, lat1 = float(near["lat"].min()), float(near["lat"].max())
    lon0, lon1 = float(near["lon"].min()), float(near["lon"].max())
    # At least ~1.6 x 2.8 degrees, so the border and nearby towns give context.
    lat_pad = max(0.4, (1.6 - (lat1 - lat0)) / 2)
    lon_pad = max(0.6, (2.8 - (lon1 - lon0)) / 2)
    return lat0 - lat_pad, lat1 + lat_pad, lon0 - lon_pad, lon1 + lon_pad


#: Plotly's "europe" outlines (static/topojson/europe_50m.json, 0.2 MB) cover this box (lat, lon);
#: the "world" ones (world_50m.json) are 1.1 MB (issue 11).
EUROPE_BOX: tuple[float, float, float, float] = (30.0, 85.0, -30.0, 60.0)


def outline_scope(bounds: tuple[float, float, float, float]) -> str:
    """The geo scope whose outlines Plotly fetches for a map showing `bounds` (lat0, lat1, lon0, lon1).

    Why: Plotly fetches `{scope}_50m.json` and projects and draws all of it, visible or not. A map
    of Ukraine drawn from the world file spent most of its first paint on the other continents
    (issue 11); the Europe file holds the same 1:50m outlines for Europe only, 5.5x smaller. A view
    reaching outside Europe (a far-away cluster) keeps the world outlines so nothing is cut off.
    """
    lat0, lat1, lon0, lon1 = bounds
    b_lat0, b_lat1, b_lon0, b_lon1 = EUROPE_BOX
    inside = b_lat0 <= lat0 and lat1 <= b_lat1 and b_lon0 <= lon0 and lon1 <= b_lon1
    return "europe" if inside else "world"


def outside_focus(df: pd.DataFrame, bounds: tuple[float, float, float, float]) -> pd.DataFrame:
    """Rows of `df` (lat, lon) that fall outside the map bounds."""
    if df.empty:
        return df
    lat0, lat1, lon0, lon1 = bounds
    lat, lon = df["lat"].astype(float), df["lon"].astype(float)
    return df[(lat < lat0) | (lat > lat1) | (lon < lon0) | (lon > lon1)]


def outside_focus_labels(
    places: pd.DataFrame, events: pd.DataFrame, bounds: tuple[float, float, float, float]
) -> list[str]:
    """Names of the claim places (`name`) and event places (`place_name`, `events`) outside the
    map bounds, for the caption under the map: "Vladivostok; Sudzha area (3 event(s))"."""
    labels = [str(n) for n in outside_focus(places, bounds)["name"].tolist()] if not places.empty else []
    if not events.empty:
        away = outside_focus(events, bounds)
        labels += [
            f"{p if isinstance(p, str) and p else 'unnamed place'} ({int(n):,} event(s))"
            for p, n in zip(away["place_name"].tolist(), away["events"].tolist(), strict=True)
        ]
    return labels


def fatalities_label(low: object, best: object, high: object) -> str:
    """Fatalities as the source reports them: UCDP's low–high with best, ACLED's single figure."""
    lo, be, hi = _int(low), _int(best), _int(high)
    if lo is not None and hi is not None and lo != hi:
        return f"<br>fatalities reported: {lo:,}–{hi:,}" + (f" (best {be:,})" if be is not None else "")
    if be is not None:
        return f"<br>fatalities reported: {be:,}"
    return "<br>fatalities: not reported"


#: Places labelled with their name on the map: more labels only overlap and add bytes.
MAP_LABELS = 40
#: (QA 8) A place's hover names how many claims name it, by whom and about what, never one
#: figure: its claims are different claimants' figures with their own qualifiers.
_PLACE_HOVER = (
    "<b>%{customdata[0]}</b> (%{customdata[1]})<br>%{customdata[2]} claim(s) name it"
    "<br>claimants: %{customdata[3]}<br>metrics: %{customdata[4]}%{customdata[5]}"
    "<br><i>each figure with its claimant and qualifier: Explore & export, Place filter</i>"
    "<extra></extra>"
)
_EVENT_HOVER = (
    "<b>%{customdata[0]}</b>: %{customdata[1]} event(s), %{customdata[2]}<br>source: %{customdata[3]}"
    "%{customdata[4]}<br>latest: %{customdata[5]}<extra></extra>"
)


def _place_hover(d: pd.DataFrame, approximate: bool) -> list[list[str]]:
    """Per-place hover values for _PLACE_HOVER (the wording is in the template, sent once)."""
    note = [
        f"<br><i>approximate location: {_fast_wrap(n, 60)}</i>" if approximate else ""
        for n in d["notes"].tolist()
    ]
    return [
        [
            name,
            admin1 or "",
            f"{int(n):,}",
            _fast_wrap(cl, 60, 100),
            m,
            nt,
        ]
        for name, admin1, n, cl, m, nt in zip(
            d["name"],
            d["admin1"],
            d["claims"],
            d["claimants"],
            d["metrics"],
            note,
            strict=True,
        )
    ]


_SHARED_HOVER = (
    "<b>%{customdata[0]} places at one estimated point</b> (%{customdata[1]})<br>%{customdata[2]}"
    "<br><i>approximate: none has source coordinates; each is "
    "placed at %{customdata[3]}, so they are drawn as one marker, not at their villages</i><extra></extra>"
)


def _shared_points_trace(d: pd.DataFrame, size: pd.Series, labelled: pd.Series) -> dict[str, Any]:
    """Approximately placed places that share one estimated point (a district's centre): one open
    marker naming them all, never a stack of markers where only the top one can be hovered.

    Why: Kurilovka, Makhnovka, Guevo … were all placed at Sudzhansky District's centre; drawn one
    on another beside Sudzha, they read as one village with no name. Spreading them apart would
    invent positions the gazetteer does not have."""
    rows: list[list[str]] = []
    lat: list[float] = []
    lon: list[float] = []
    sizes: list[float] = []
    text: list[str] = []
    for (y, x), g in d.groupby(["lat", "lon"], sort=False):
        g = g.sort_values(["claims", "name"], ascending=[False, True])
        names = [
            f"{n} ({int(c):,} claim{'s' if int(c) != 1 else ''})"
            for n, c in zip(g["name"], g["claims"], strict=True)
        ]
        where = re.search(
            r"(?:the\s+)?(?:approximate\s+)?centre\s+of\s+[A-Z][\w-]*(?:\s+District)?",
            " ".join(g["notes"].fillna("")),
        )
        rows.append(
            [
                f"{len(g):,}",
                str(g["admin1"].iloc[0] or ""),
                _fast_wrap(", ".join(names), 60, 400),
                where.group(0) if where else "one estimated point",
            ]
        )
        lat.append(float(y))
        lon.append(float(x))
        sizes.append(float(size.loc[g.index].max()))
        # named only where no higher-ranked place's name is printed (`label_mask`), as every place
        text.append(f"{g['name'].iloc[0]} +{len(g) - 1} (approx.)" if labelled.loc[g.index].any() else "")
    return {
        "customdata": rows,
        "hovertemplate": _SHARED_HOVER,
        "lat": lat,
        "lon": lon,
        "marker": {
            "color": "#d62728",
            "line": {"color": "#d62728", "width": 2},
            "opacity": 0.8,
            "size": sizes,
            "symbol": "circle-open",
        },
        "mode": "markers+text",
        "name": "claims (several places at one approximate point)",
        "text": text,
        "textfont": {"size": 11},
        "textposition": "bottom center",
        "type": "scattergeo",
    }


def _event_hover(d: pd.DataFrame) -> list[list[str]]:
    """Per-location hover values for _EVENT_HOVER (dates formatted per column, not per cell)."""

    def days(col: str) -> list[str]:
        return pd.to_datetime(d[col]).dt.strftime("%Y-%m-%d").fillna("").tolist()

    out = []
    for r, start, end in zip(d.itertuples(), days("date_start"), days("date_end"), strict=True):
        span = start if start == end else f"{start} to {end}"
        fat = fatalities_label(r.fatalities_low, r.fatalities_best, r.fatalities_high)
        fat = fat + " (all its events)" if int(r.events) > 1 and "not reported" not in fat else fat
        place = _fast_wrap(r.place_name, 60) if r.place_name else ""
        out.append([place, f"{int(r.events):,}", span, r.source, fat, _fast_wrap(r.title, 60)])
    return out


#: A label's box, as a share of the map's latitude and longitude spans: two labels whose places
#: are closer than this in both directions would print over each other.
LABEL_BOX = (0.08, 0.16)


def label_mask(
    lat: pd.Series,
    lon: pd.Series,
    bounds: tuple[float, float, float, float],
    limit: int = MAP_LABELS,
    taken: list[tuple[float, float]] | None = None,
) -> list[bool]:
    """Which places get a printed name, in rank order (the caller sorts, most claims first).

    Why: places a few kilometres apart (Sudzha, Plekhovo, Kurilovka, Gornal) printed their names
    on top of each other, so none could be read. A place is labelled only if no higher-ranked
    label (nor one in `taken`, which this extends) lies within LABEL_BOX of it; every place keeps
    its marker and its hover, and the table below the map lists them all.
    """
    lat0, lat1, lon0, lon1 = bounds
    dy, dx = LABEL_BOX[0] * max(lat1 - lat0, 1e-6), LABEL_BOX[1] * max(lon1 - lon0, 1e-6)
    placed = taken if taken is not None else []
    out: list[bool] = []
    for y, x in zip(lat.astype(float), lon.astype(float), strict=True):
        ok = sum(out) < limit and all(abs(y - py) >= dy or abs(x - px) >= dx for py, px in placed)
        if ok:
            placed.append((y, x))
        out.append(ok)
    return out


def claims_map(
    claims_df: pd.DataFrame, events_df: pd.DataFrame, title: str, reference: pd.DataFrame | None = None
) -> go.Figure:
    """Claims and events by place, as a Figure (`claims_map_spec`)."""
    return _figure(claims_map_spec(claims_df, events_df, title, reference))


def claims_map_spec(
    claims_df: pd.DataFrame, events_df: pd.DataFrame, title: str, reference: pd.DataFrame | None = None
) -> dict[str, Any]:
    """Claims and events by place: marker area ~ how many claims name the place.

    Drawn on plotly's geo base map with outlines served locally (no tile server); places with
    approximate coordinates are drawn open and say so in their tooltip. Events come one marker
    per location (`queries.map_events`), sized by how many events it holds. Hovers are templates
    with per-point values in customdata, and only the MAP_LABELS places with the most claims are
    labelled, so the figure stays small (issue 11 payload caps).

    Built as plain dicts, never validated (as `bounds_spec`): validating and deep-copying the
    per-point hover arrays was most of an uncached Map view's 50 ms of chart building.
    """
    if claims_df.empty and events_df.empty:
        return _empty(title, "No places match the filters.").to_dict()
    lat0, lat1, lon0, lon1 = bounds = focus_bounds(claims_df, events_df)
    taken: list[tuple[float, float]] = []  # where names are printed (places first, then towns)
    data: list[dict[str, Any]] = []
    if not claims_df.empty:
        size = 8 + 4 * claims_df["claims"].astype(float).clip(lower=0).pow(0.5).clip(upper=12)
        approx = claims_df["coord_precision"] == "approximate"
        labelled = pd.Series(
            label_mask(claims_df["lat"], claims_df["lon"], bounds, taken=taken), index=claims_df.index
        )
        shared = approx & claims_df.duplicated(["lat", "lon"], keep=False)
        for flag, name, symbol in (
            (False, "claims (exact location)", "circle"),
            (True, "claims (approximate location)", "circle-open"),
        ):
            d = claims_df[(approx == flag) & ~shared]
            if d.empty:
                continue
            data.append(
                {
                    "customdata": _place_hover(d, flag),
                    "hovertemplate": _PLACE_HOVER,
                    "lat": _floats(d["lat"], 4),
                    "lon": _floats(d["lon"], 4),
                    "marker": {
                        "color": "#d62728",
                        "line": {"color": "#d62728", "width": 2},
                        "opacity": 0.8,
                        "size": _floats(size[(approx == flag) & ~shared], 1),
                        "symbol": symbol,
                    },
                    "mode": "markers+text",
                    "name": name,
                    "text": [
                        n if lab else ""
                        for n, lab in zip(d["name"], labelled[(approx == flag) & ~shared], strict=True)
                    ],
                    "textfont": {"size": 11},
                    "textposition": "top center",
                    "type": "scattergeo",
                }
            )
    if not claims_df.empty and shared.any():
        data.append(_shared_points_trace(claims_df[shared], size[shared], labelled[shared]))
    if not events_df.empty:
        n_ev = events_df["events"].astype(float)
        data.append(
            {
                "customdata": _event_hover(events_df),
                "hovertemplate": _EVENT_HOVER,
                "lat": _floats(events_df["lat"]),
                "lon": _floats(events_df["lon"]),
                "marker": {
                    "color": "#1f77b4",
                    "opacity": 0.7,
                    "size": _floats((6 + 2 * n_ev.pow(0.5)).clip(upper=22), 1),
                    "symbol": "diamond",
                },
                "mode": "markers",
                "name": "events (marker size: events at the location)",
                "type": "scattergeo",
            }
        )
    if reference is not None and not reference.empty:
        ref = reference[reference["lat"].between(lat0, lat1) & reference["lon"].between(lon0, lon1)]
        named = label_mask(ref["lat"], ref["lon"], bounds, limit=len(ref), taken=taken)
        data.append(
            {
                "hoverinfo": "text",
                "hovertext": ref["name"].tolist(),
                "lat": _floats(ref["lat"]),
                "lon": _floats(ref["lon"]),
                "marker": {"color": "#999", "size": 5},
                "mode": "markers+text",
                "name": "towns (for orientation)",
                "text": [n if lab else "" for n, lab in zip(ref["name"], named, strict=True)],
                "textfont": {"color": "#777", "size": 10},
                "textposition": "bottom center",
                "type": "scattergeo",
            }
        )
    geo = {
        "countrycolor": "#444",
        "countrywidth": 1.5,
        "lakecolor": "#dbe9f4",
        "lataxis": {"range": [lat0, lat1]},
        "lonaxis": {"range": [lon0, lon1]},
        "oceancolor": "#dbe9f4",
        "projection": {"type": "mercator"},
        "resolution": 50,
        "rivercolor": "#9cc3e0",
        "scope": outline_scope((lat0, lat1, lon0, lon1)),
        "showcountries": True,
        "showframe": True,
        "showlakes": True,
        "showland": True,
        "landcolor": "#f3f1ea",
        "showocean": True,
        "showrivers": True,
        "showsubunits": True,
    }
    layout = _layout(geo=geo, height=620, legend={"orientation": "h", "y": -0.02}, title={"text": title})
    return {"data": data, "layout": layout}


#: Qualifiers that make a figure a bound, not a count (a difference to or from it is unknown).
_BOUND_QUALIFIERS = BOUND_QUALIFIERS


def gs_chart(series: pd.DataFrame, metric: str, events: pd.DataFrame) -> go.Figure:
    """General Staff: the cumulative total as claimed, and the day-to-day change derived from it.

    Two panels so the derived increments are never mistaken for published figures; a day whose
    total is lower than the day before (a correction in the series) is marked, not clipped.
    """
    title = f"General Staff of Ukraine's daily claims: Russian {metric.replace('_', ' ')}"
    if series.empty:
        return _empty(
            title,
            "No General Staff figures of this metric match the filters (the daily series is war-wide: "
            "a Region or Place filter leaves none of it).",
        )
    x = pd.to_datetime(series["date"])
    fig = make_subplots(
        rows=2,
        cols=1,
        shared_xaxes=True,
        vertical_spacing=0.1,
        row_heights=[0.6, 0.4],
        # (session 36) each on two lines: on a phone one line ran off both edges of the chart
        subplot_titles=(
            "Cumulative total as published<br>(running total since 24 Feb 2022)",
            "Daily increase: DERIVED here as the difference<br>between consecutive totals, not published",
        ),
    )
    qual = series["qualifier"].fillna("exact").map(lambda q: QUALIFIER_WORDS.get(q, "") or "")
    fig.add_trace(
        go.Scatter(
            x=x,
            y=series["cumulative"].astype(float),
            mode="lines",
            name="cumulative (claimed)",
            line=dict(color="#1f77b4", width=2),
            hovertext=[
                f"{iso_date(d)}: {q}{int(v):,} (cumulative, as claimed)<br>claim {cid}"
                + (f"<br>greatest losses that day: {w} direction" if isinstance(w, str) else "")
                for d, q, v, cid, w in zip(
                    series["date"],
                    qual,
                    series["cumulative"],
                    series["claim_id"],
                    series["direction"],
                    strict=True,
                )
            ],
            hoverinfo="text",
        ),
        row=1,
        col=1,
    )
    # (QA pass 23) a total given as a bound ("over 12,000") is no count: a difference from or to
    # it is not derived (it drew "+0 vs previous published total" on five days of March 2022)
    bound = series["qualifier"].isin(_BOUND_QUALIFIERS).to_numpy()
    prev_bound = np.concatenate([[False], bound[:-1]])
    inc = series["increment"].astype("Float64").mask(bound | prev_bound)
    fig.add_trace(
        go.Bar(
            x=x,
            y=inc.astype(float),
            name="daily increase (derived)",
            marker_color="#4a90c2",
            marker_line_width=0,
            hovertext=[
                (
                    f"{iso_date(d)}: not derived: {'this day' if b else 'the day before'}'s total is a bound "
                    "(“over …”), not a count"
                    if b or pb
                    else f"{iso_date(d)}: the series' first total, no earlier one to compare"
                    if pd.isna(v) and pd.isna(n)  # (session 21, QA 3 find 7: "2022-02-25:  vs previous …")
                    else f"{iso_date(d)}: not derived: the total before it is a bound (“over …”), not a count"
                    if pd.isna(v)  # (QA pass 37) the first day a date filter shows, after a bound day
                    else f"{iso_date(d)}: {int(v):+,} vs previous published total"
                )
                + ("" if pd.isna(n) or int(n) <= 1 or b or pb else f" (covers {int(n)} days)")
                for d, v, n, b, pb in zip(
                    series["date"], inc, series["days_since_prev"], bound, prev_bound, strict=True
                )
            ],
            hoverinfo="text",
        ),
        row=2,
        col=1,
    )
    if bound.any():  # the bound days on the cumulative line: a lower bound's glyph, not a flat line
        fig.add_trace(
            go.Scatter(
                x=x[bound],
                y=series["cumulative"].astype(float).to_numpy()[bound],
                mode="markers",
                name="a bound, not a count (“over …”)",
                marker=dict(symbol="triangle-up", size=9, color="#1f77b4"),
                hoverinfo="skip",
            ),
            row=1,
            col=1,
        )
    neg = series["is_negative"].fillna(False).astype(bool).to_numpy()
    if neg.any():
        fig.add_trace(
            go.Scatter(
                x=x[neg],
                y=inc[neg].astype(float),
                mode="markers",
                name="correction (total went down)",
                marker=dict(symbol="x", size=10, color="#d62728"),
                hoverinfo="skip",
            ),
            row=2,
            col=1,
        )
    # (session 36) the legend below the axis's title, not over it
    fig.update_layout(
        title=title, height=700, bargap=0, legend=dict(orientation="h", y=-0.1, yanchor="top"), **LAYOUT
    )
    # room above the plots for the title and the first plot's two-line title, in a smaller type
    fig.update_annotations(font_size=13)
    fig.update_layout(margin={**MARGIN, "t": 120, "b": 90})
    fig.update_yaxes(title_text=f"{metric.replace('_', ' ')} (cumulative)", tickformat=",", row=1, col=1)
    fig.update_yaxes(title_text="per day (derived)", tickformat=",", row=2, col=1)
    fig.update_xaxes(title_text="date of the General Staff report", row=2, col=1)
    if events is not None and not events.empty:
        # (session 36) laid out as on the other time charts (`event_marks`): labels in rows that
        # do not run into each other, "Ukrainian incursion into Kursk…" ran under "North Korea
        # confirms it…", and cut to a phone's width by the chart component
        starts = [pd.Timestamp(d) for d in events["date_start"].head(EVENT_LINES)]
        span = (min([x.min(), *starts]), max([x.max(), *(d + pd.Timedelta(days=1) for d in starts)]))
        shapes, notes = event_marks(events, EVENT_LINES, span)
        # each line drawn in both plots, not across the lower plot's title between them (QA pass 37)
        lines = [{**sh, "yref": ref, "y0": 0, "y1": 1} for sh in shapes for ref in ("y domain", "y2 domain")]
        fig.update_layout(shapes=lines, annotations=[*fig.layout.annotations, *notes], meta=event_meta())
        fig.update_xaxes(range=[span[0].isoformat(), span[1].isoformat()])
    return fig


def events_chart(by_month: pd.DataFrame, title: str) -> go.Figure:
    """Events per month by source, with the fatalities each source reports in the hover."""
    if by_month.empty:
        return _empty(title, "No events in the selected dates.")
    fig = go.Figure()
    colours = {"curated": "#7f7f7f", "acled": "#ff7f0e", "ucdp": "#2ca02c"}
    for src, grp in by_month.groupby("source", sort=True):
        hover = []
        for r in grp.itertuples():
            fat = ""
            if not pd.isna(r.fatalities_low) and not pd.isna(r.fatalities_high):
                best = "" if pd.isna(r.fatalities_best) else f", best {int(r.fatalities_best):,}"
                fat = f"<br>fatalities reported: {int(r.fatalities_low):,}–{int(r.fatalities_high):,}{best}"
            elif not pd.isna(r.fatalities_best):
                fat = f"<br>fatalities reported: {int(r.fatalities_best):,}"
            hover.append(f"{pd.Timestamp(r.month):%b %Y}: {int(r.events):,} {src} events{fat}")
        fig.add_trace(
            go.Bar(
                x=pd.to_datetime(grp["month"]),
                y=grp["events"],
                name=str(src),
                marker_color=colours.get(str(src), "#1f77b4"),
                hovertext=hover,
                hoverinfo="text",
                width=MONTH_BAR_MS,  # (QA pass 33: one month's bar was drawn a pixel wide)
                xperiod="M1",
                xperiodalignment="middle",
            )
        )
    months = list(pd.to_datetime(by_month["month"]))
    xaxis, yaxis = month_axes(months, int(by_month.groupby("month")["events"].sum().max()))
    fig.update_layout(
        title=title,
        barmode="stack",
        xaxis={**xaxis, "title": {"text": "month"}},
        yaxis={**yaxis, "title": {"text": "events (count)"}},
        height=360,
        showlegend=True,  # (which source the bars are, with one source too)
        **LAYOUT,
    )
    return fig


# ---------------------------------------------------------------------------------- the whole war

WAR_GLYPHS = {  # qualifier -> marker symbol (a range is a bar: error bar from low to high)
    "exact": "circle",
    "about": "circle-open",
    "at_least": "triangle-up",
    "over": "triangle-up",
    "up_to": "triangle-down",
    "nearly": "triangle-down",
    "range": "line-ew",
}
BAND_COLOUR = "rgba(44, 160, 44, 0.18)"
BAND_LINE = "rgba(44, 160, 44, 0.55)"
WAR_HOVER = (
    "<b>%{customdata[0]}</b> · %{customdata[1]}<br>"
    "%{customdata[2]} %{customdata[3]} · stated %{x|%Y-%m-%d}<br>"
    "qualifier: %{customdata[4]}<br>%{customdata[5]}<br>"
    "reported by: %{customdata[6]}<br>source: %{customdata[7]}<br>claim %{customdata[8]}<extra></extra>"
)


def _words(v: object) -> str:
    return str(v).replace("_", " ") if isinstance(v, str) else ""


def _legend_name(name: object, width: int = 40) -> str:
    """A legend entry wrapped onto lines (<br>) so the legend leaves the plot its width."""
    return "<br>".join(textwrap.wrap(str(name), width)) or str(name)


#: Sources whose `quote` is words someone said or wrote (the curated files and the review page's
#: saves); an imported dataset's is its record for that figure.
QUOTED_SOURCES: frozenset[str] = frozenset({"curated"})


def _war_customdata(df: pd.DataFrame) -> list[list[str]]:
    """Per point: claimant, who (party), figure, metric, qualifier, quote or note, outlet, link, id."""
    notes = df["notes"] if "notes" in df.columns else pd.Series([None] * len(df), index=df.index)
    party = (
        df["party"]
        if "party" in df.columns
        else df["by_warring_party"].map(lambda b: "warring party" if b else "third party")
    )
    out: list[list[str]] = []
    for r, pa, note in zip(df.itertuples(index=False), party, notes, strict=True):
        quote = getattr(r, "quote", None)
        source = getattr(r, "source", None)
        if not (isinstance(quote, str) and quote):
            text = ""
        elif isinstance(source, str) and source not in QUOTED_SOURCES:
            # (session 21, QA 3 find 7) an imported row's "quote" is its record in the dataset
            # ('"personnel": 2800, "personnel*": "about"'): shown as that, not as someone's words
            text = f"record in the {source} data: {wrap(quote, 80, 240)}"
        else:
            text = f"“{wrap(quote, 80, 240)}”"
        if isinstance(note, str) and note:
            text += ("<br>" if text else "") + f"note: {wrap(note, 80, 240)}"
        url = r.source_url if isinstance(r.source_url, str) else ""
        out.append(
            [
                str(r.claimant),
                f"{r.claimant_side}, {pa}",
                str(r.figure),
                _words(r.metric),
                _words(r.qualifier) or "exact",
                text or "(no quote or note)",
                str(r.reported_by or "unknown"),
                short_url(url, 120),
                str(r.claim_id),
            ]
        )
    return out


def _band_polygons(band: pd.DataFrame) -> tuple[list[object], list[object]]:
    """The band as closed shapes, one per run of adjacent bins (None between runs: a gap)."""
    xs: list[object] = []
    ys: list[object] = []
    run: list[tuple[pd.Timestamp, pd.Timestamp, float, float]] = []

    def flush() -> None:
        if not run:
            return
        if xs:
            xs.append(None)
            ys.append(None)
        for s, e, _lo, hi in run:  # upper edge, left to right (steps: flat within a bin)
            xs.extend([s, e])
            ys.extend([hi, hi])
        for s, e, lo, _hi in reversed(run):  # lower edge back
            xs.extend([e, s])
            ys.extend([lo, lo])
        run.clear()

    for r in band.sort_values("bin_start").itertuples(index=False):
        s, e = pd.Timestamp(r.bin_start), pd.Timestamp(r.bin_end)
        if run and run[-1][1] != s:
            flush()
        run.append((s, e, float(r.low), float(r.high)))
    flush()
    return xs, ys


def war_chart(
    daily: pd.DataFrame,
    points: pd.DataFrame,
    band: pd.DataFrame,
    title: str,
    y_title: str,
    split: bool = False,
    log_y: bool = True,
) -> go.Figure:
    """The whole war on one time axis: a daily series as a line, sparse claims as marked points.

    `split=False`: every claimant in its own colour. `split=True`: claims by a warring party
    coloured by the side that made them, third-party estimates folded into a band (the range
    they span per bin, from `band`) with the single estimates one legend click away. Bounds
    are drawn as bounds (▲ lower, ▼ upper, bar = range, ○ estimate); nothing is summed.
    """
    if daily.empty and points.empty:
        return _empty(title, "No figures match the filters.")
    fig = go.Figure()
    names = points["claimant"].astype(str).tolist() + daily["claimant"].astype(str).tolist()
    colours = colour_map(names)
    for claimant, grp in daily.groupby("claimant", sort=True):
        side = str(grp["claimant_side"].iloc[0])
        metric = _words(grp["metric"].iloc[0])
        fig.add_trace(
            go.Scatter(
                x=pd.to_datetime(grp["stated_on"]),
                y=grp["y"].astype(float),
                mode="lines",
                name=_legend_name(f"{claimant}: daily total, its own metric “{metric}”"),
                line=dict(
                    color=SIDE_COLOURS.get(side, "#333") if split else colours[str(claimant)], width=2.5
                ),
                legendgroup=f"side-{side}" if split else str(claimant),
                legendrank=10,
                legendgrouptitle_text=f"Claims by {side} (warring party)" if split else None,
                customdata=_war_customdata(grp),
                hovertemplate=WAR_HOVER,
            )
        )
    if split and not band.empty:
        bx, by = _band_polygons(band)
        fig.add_trace(
            go.Scatter(
                x=bx,
                y=by,
                mode="lines",
                fill="toself",
                fillcolor=BAND_COLOUR,
                line=dict(color=BAND_LINE, width=1),
                name="third-party estimates:<br>range spanned (per quarter)",
                legendgroup="third",
                legendgrouptitle_text="Third-party estimates",
                hoverinfo="skip",
                legendrank=500,
            )
        )
        mid = (
            pd.to_datetime(band["bin_start"])
            + (pd.to_datetime(band["bin_end"]) - pd.to_datetime(band["bin_start"])) / 2
        )
        fig.add_trace(
            go.Scatter(
                x=mid,
                y=band["high"].astype(float),
                mode="markers",
                marker=dict(size=6, color=BAND_LINE),
                name="band top (hover: who, how many)",
                legendgroup="third",
                showlegend=False,
                customdata=[
                    [
                        f"{int(r.low):,} ({_words(r.low_is)})",
                        f"{int(r.high):,} ({_words(r.high_is)})",
                        int(r.estimates),
                        wrap(r.who, 70, 300),
                        pd.Timestamp(r.bin_start).date().isoformat(),
                        (pd.Timestamp(r.bin_end) - pd.Timedelta(days=1)).date().isoformat(),
                    ]
                    for r in band.itertuples(index=False)
                ],
                hovertemplate=(
                    "<b>Third-party estimates stated %{customdata[4]} to %{customdata[5]}</b><br>"
                    "lowest: %{customdata[0]}<br>highest: %{customdata[1]}<br>(%{customdata[2]} estimates, "
                    "each with its own qualifier: the band is their spread, not a measured range)"
                    "<br>by %{customdata[3]}<extra></extra>"
                ),
            )
        )
    for claimant, grp in points.groupby("claimant", sort=True):
        warring = bool(grp["by_warring_party"].iloc[0])
        side = str(grp["claimant_side"].iloc[0])
        if split and warring:
            colour, group = SIDE_COLOURS.get(side, "#333"), f"side-{side}"
            group_title = f"Claims by {side} (warring party)"
        elif split:
            colour, group, group_title = "#6b6b6b", "third", "Third-party estimates"
        else:
            colour, group, group_title = colours[str(claimant)], str(claimant), None
        y = grp["y"].astype(float)
        bar = (grp["y_high"].astype("Float64") - grp["y"].astype("Float64")).fillna(0).astype(float)
        fig.add_trace(
            go.Scatter(
                x=pd.to_datetime(grp["stated_on"]),
                y=y,
                mode="markers",
                name=_legend_name(claimant),
                legendgroup=group,
                legendgrouptitle_text=group_title,
                legendrank=20 if warring or not split else 510,
                visible="legendonly" if split and not warring else True,
                marker=dict(
                    symbol=[WAR_GLYPHS.get(str(q), "circle") for q in grp["qualifier"]],
                    size=11,
                    color=colour,
                    line=dict(width=2, color=colour),
                ),
                # A range is a bar from its low to its high end; no bar (None, not 0: a 0 draws a cap) otherwise.
                error_y=dict(
                    type="data",
                    symmetric=False,
                    array=[b if b > 0 else None for b in bar],
                    arrayminus=[0.0 if b > 0 else None for b in bar],
                    color=colour,
                    thickness=3,
                    width=6,
                    visible=bool((bar > 0).any()),
                ),
                customdata=_war_customdata(grp),
                hovertemplate=WAR_HOVER,
            )
        )
    for symbol, label in (
        ("circle-open", "○ estimate (about)"),
        ("triangle-up", "▲ lower bound (at least / over)"),
        ("triangle-down", "▼ upper bound (up to)"),
        ("line-ew", "bar: range low–high"),
        ("circle", "● exact figure"),
    ):
        fig.add_trace(
            go.Scatter(
                x=[None],
                y=[None],
                mode="markers",
                name=label,
                legendgroup="glyphs",
                legendgrouptitle_text="How to read",
                hoverinfo="skip",
                legendrank=900,
                marker=dict(symbol=symbol, size=10, color="#888", line=dict(width=2, color="#888")),
            )
        )
    # (QA pass 34) tall enough for the whole legend: at 640 px the Russian-losses key scrolled,
    # and two claimants and "How to read" were below its fold on every screen
    rows = sum(1 for t in fig.data if t.showlegend is not False) + len(
        {
            t.legendgrouptitle.text
            for t in fig.data
            if t.legendgrouptitle is not None and t.legendgrouptitle.text
        }
    )
    fig.update_layout(
        title=title,
        xaxis_title="date stated",
        yaxis_title=y_title,
        height=min(1200, max(640, 30 * rows + 200)),
        legend=dict(groupclick="toggleitem", font=dict(size=11)),
        **LAYOUT,
    )
    ys = pd.concat([daily["y"], points["y"], band["low"] if split and not band.empty else daily["y"]])
    ys = ys.astype("Float64").dropna()
    wide = log_y and not ys.empty and float(ys.max()) > 20 * max(float(ys.min()), 1.0)
    # Over more than a decade a log axis labels 1-2-5 per decade; finer labels pile up.
    fig.update_yaxes(
        type="log" if log_y else "linear",
        rangemode=None if log_y else "tozero",
        tickformat=",",
        dtick="D2" if wide else None,
    )
    fig.update_xaxes(tickformat="%b %Y")
    return fig
