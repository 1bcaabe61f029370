"""Every query the dashboard runs: named functions, filter state in, a small DataFrame out.

Statements are SQLAlchemy Core expressions (so they can later run on a server database); filter
values are always bound parameters, never text in the SQL. Here they are compiled for DuckDB and
run on a native cursor (one cursor per query: DuckDB refuses concurrent calls on one connection),
which is much faster than a DB-API round trip. Aggregation happens in DuckDB: no function here
returns a number of rows that grows with the number of claims. (QA pass 31) A few grow with
something else, slowly and by design: `gs_series` one row per reported day of a metric,
`options` one per distinct filter value, `imports` one per imported file (the newest
`MAX_IMPORT_ROWS`).
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable, Iterator, Sequence
from dataclasses import fields, replace
from typing import Any, cast

import duckdb
import pandas as pd
import sqlalchemy as sa
from duckdb_engine import Dialect
from sqlalchemy.sql.compiler import SQLCompiler

from claimsdesk.filters import Filters
from etl.core.contract import CLAIMS_FLAT_COLUMNS
from etl.core.schema import DENSE_SOURCES as _DENSE_SOURCES
from etl.core.schema import GS_SOURCE, WARRING_SIDES
from etl.core.schema import WAR_SUBJECTS as _WAR_SUBJECTS
from etl.core.search_index import words

_DIALECT = Dialect(paramstyle="numeric_dollar")
md = sa.MetaData()


def _table(name: str, columns: list[tuple[str, Any]]) -> sa.Table:
    """Declare a table's columns explicitly (duckdb-engine cannot reflect them)."""
    return sa.Table(name, md, *(sa.Column(n, t) for n, t in columns))


claims_wide = _table(
    "claims_wide",
    [
        ("claim_id", sa.String),
        ("claimant", sa.String),
        ("claimant_side", sa.String),
        ("channel", sa.String),
        ("stated_on", sa.Date),
        ("stated_on_precision", sa.String),
        ("claim_type", sa.String),
        ("metric", sa.String),
        ("subject", sa.String),
        ("value_low", sa.BigInteger),
        ("value_high", sa.BigInteger),
        ("qualifier", sa.String),
        ("basis", sa.String),
        ("period_start", sa.Date),
        ("period_end", sa.Date),
        ("places", sa.String),
        ("region", sa.String),
        ("verification", sa.String),
        ("reported_by", sa.String),
        ("source_url", sa.String),
        ("quote", sa.String),
        ("n_reports", sa.BigInteger),
        ("claimant_id", sa.String),
        ("place_ids", sa.ARRAY(sa.String)),
        ("source", sa.String),
        ("ref", sa.String),
    ],
)
claims_cube = _table(
    "claims_cube",
    [
        ("stated_on", sa.Date),
        ("stated_on_precision", sa.String),
        ("claimant", sa.String),
        ("claimant_side", sa.String),
        ("claim_type", sa.String),
        ("metric", sa.String),
        ("subject", sa.String),
        ("region", sa.String),
        ("verification", sa.String),
        ("channel", sa.String),
        ("reported_by", sa.String),
        ("source", sa.String),
        ("n", sa.BigInteger),
        ("n_figure", sa.BigInteger),
    ],
)
place_cube = _table(
    "place_cube",
    [
        ("place_id", sa.String),
        ("stated_on", sa.Date),
        ("stated_on_precision", sa.String),
        ("claimant", sa.String),
        ("claimant_side", sa.String),
        ("claim_type", sa.String),
        ("metric", sa.String),
        ("subject", sa.String),
        ("region", sa.String),
        ("verification", sa.String),
        ("n", sa.BigInteger),
    ],
)
figure_cube = _table(
    "figure_cube",
    [
        ("claimant", sa.String),
        ("claimant_side", sa.String),
        ("stated_on", sa.Date),
        ("metric", sa.String),
        ("subject", sa.String),
        ("qualifier", sa.String),
        ("basis", sa.String),
        ("claim_type", sa.String),
        ("region", sa.String),
        ("verification", sa.String),
        ("source", sa.String),
        ("value_low", sa.BigInteger),
        ("value_high", sa.BigInteger),
        ("n", sa.BigInteger),
        ("period_start", sa.Date),
        ("period_end", sa.Date),
        ("stated_on_precision", sa.String),
        ("claim_id", sa.String),
        ("row_id", sa.BigInteger),
        ("quote", sa.String),
        ("reported_by", sa.String),
        ("source_url", sa.String),
        ("channel", sa.String),
        ("places", sa.String),
    ],
)
events = _table(
    "events",
    [
        ("event_id", sa.String),
        ("title", sa.String),
        ("kind", sa.String),
        ("date_start", sa.Date),
        ("date_end", sa.Date),
        ("date_precision", sa.String),
        ("place_id", sa.String),
        ("place_name", sa.String),
        ("region", sa.String),
        ("lat", sa.Float),
        ("lon", sa.Float),
        ("key_event", sa.Boolean),
        ("fatalities_low", sa.BigInteger),
        ("fatalities_best", sa.BigInteger),
        ("fatalities_high", sa.BigInteger),
        ("source_url", sa.String),
        ("doc_id", sa.String),
        ("quote", sa.String),
        ("source", sa.String),
        ("flags", sa.String),
    ],
)
places = _table(
    "places",
    [
        ("place_id", sa.String),
        ("name", sa.String),
        ("kind", sa.String),
        ("admin2", sa.String),
        ("admin1", sa.String),
        ("country_code", sa.String),
        ("lat", sa.Float),
        ("lon", sa.Float),
        ("coord_precision", sa.String),
        ("notes", sa.String),
    ],
)
claim_places = _table(
    "claim_places",
    [
        ("claim_id", sa.String),
        ("place_id", sa.String),
        ("ord", sa.Integer),
    ],
)
actors = _table(
    "actors",
    [
        ("actor_id", sa.String),
        ("name", sa.String),
        ("kind", sa.String),
        ("side", sa.String),
    ],
)
responses = _table(
    "responses",
    [
        ("response_id", sa.String),
        ("responder_id", sa.String),
        ("stance", sa.String),
        ("about", sa.String),
        ("stated_on", sa.Date),
        ("stated_on_precision", sa.String),
        ("doc_id", sa.String),
        ("quote", sa.String),
        ("notes", sa.String),
    ],
)
response_claims = _table("response_claims", [("response_id", sa.String), ("claim_id", sa.String)])
response_reports = _table("response_reports", [("response_id", sa.String), ("doc_id", sa.String)])
documents = _table(
    "documents",
    [
        ("doc_id", sa.String),
        ("outlet", sa.String),
        ("url", sa.String),
        ("title", sa.String),
        ("published_at", sa.DateTime),
        ("language", sa.String),
        ("source", sa.String),
        ("notes", sa.String),
    ],
)
#: (session 31) `data/outlets.csv`: a name or web host as sources write it (lower case) -> the outlet.
outlet_names = _table("outlet_names", [("name", sa.String), ("outlet", sa.String)])
reports = _table(
    "reports",
    [
        ("claim_id", sa.String),
        ("doc_id", sa.String),
        ("quote", sa.String),
    ],
)
quarantine = _table(
    "quarantine",
    [
        ("source_file", sa.String),
        ("row_number", sa.BigInteger),
        ("field", sa.String),
        ("value", sa.String),
        ("reason", sa.String),
        ("raw_row", sa.String),
    ],
)
load_log = _table(
    "load_log",
    [
        ("source_file", sa.String),
        ("source", sa.String),
        ("rows_read", sa.BigInteger),
        ("rows_loaded", sa.BigInteger),
        ("rows_quarantined", sa.BigInteger),
        ("date_min", sa.Date),
        ("date_max", sa.Date),
    ],
)

#: The quote search index (etl/core/search_index.py): one row per distinct word of a claim's quote.
quote_tokens = _table("quote_tokens", [("token", sa.String), ("row_id", sa.BigInteger)])

c = claims_wide.c
FIGURE = sa.or_(c.value_low.is_not(None), c.value_high.is_not(None))
#: What the Verification chart and filter call a claim with no verification.
NOT_ASSESSED = "not assessed"


def shown_verification(col: sa.ColumnElement[Any]) -> sa.ColumnElement[Any]:
    """(QA pass 33) A claim with no verification, as the tables show it: "not assessed", the name
    the filter and the chart give it (the tables said "None"). The CSV export keeps the cell
    empty, as claims.csv has it."""
    return sa.func.coalesce(col, NOT_ASSESSED).label("verification")


#: Columns the Explore table may be sorted by (identifiers cannot be bound: allow-list them).
SORTABLE: tuple[str, ...] = (
    "stated_on",
    "claimant",
    "claimant_side",
    "claim_type",
    "metric",
    "subject",
    "value_low",
    "value_high",
    "verification",
    "n_reports",
)
FLAT_COLUMNS: tuple[str, ...] = CLAIMS_FLAT_COLUMNS
#: Rows the Explore table may show (its payload cap also cuts long rows: claimsdesk.payload).
EXPLORE_ROWS: tuple[int, ...] = (100, 250, 500)
MAX_POINTS = 3000


def _compiled(stmt: sa.sql.ClauseElement) -> tuple[str, list[Any]]:
    """A Core statement as DuckDB SQL text and its bound values, in order."""
    compiled = cast(SQLCompiler, stmt.compile(dialect=_DIALECT, compile_kwargs={"render_postcompile": True}))
    names = compiled.positiontup or []
    params = compiled.params  # a property that rebuilds every value: read it once
    return str(compiled), [params[n] for n in names]


def run(con: duckdb.DuckDBPyConnection, stmt: sa.sql.ClauseElement) -> pd.DataFrame:
    """Compile a Core statement for DuckDB and run it on its own cursor with bound values."""
    sql, values = _compiled(stmt)
    cur = con.cursor()
    try:
        return cur.execute(sql, values).df()
    finally:
        cur.close()


def run_batches(
    con: duckdb.DuckDBPyConnection, stmt: sa.sql.ClauseElement, batch_rows: int
) -> Iterator[pd.DataFrame]:
    """Like `run`, but the result comes in frames of about `batch_rows` rows (DuckDB vectors).

    A result with no rows is one empty frame, with the columns: an export of no claims still has
    its header row (QA pass 21: the file held only its first line)."""
    sql, values = _compiled(stmt)
    vectors = max(1, batch_rows // duckdb.__standard_vector_size__)
    cur = con.cursor()
    try:
        cur.execute(sql, values)
        frame = cur.fetch_df_chunk(vectors)
        yield frame  # the first, rows or none: it carries the columns
        while not frame.empty:
            frame = cur.fetch_df_chunk(vectors)
            if not frame.empty:
                yield frame
    finally:
        cur.close()


def stated_from(
    stated_on: sa.ColumnElement[Any], precision: sa.ColumnElement[Any], start: dt.date
) -> list[sa.ColumnElement[bool]]:
    """A date range's start: claims whose date stated, as precise as it is, reaches `start`.

    Why: a claim dated only to a month or a year is stored as that month's or year's first day;
    compared as a day, "January 2025" fell out of a range starting 5 January though January is in
    it (QA 8). It is kept when its month or year overlaps the range, as the page's help says, and
    its precision shows wherever it is drawn. Written as comparisons with bound dates only (a
    month-dated claim reaches `start` when its month is `start`'s or later): the first is a plain
    bound a scan skips row groups by, and no row computes its month's last day (at 10M claims
    that cost the date-filtered pages 10-20 ms).
    """
    month_start, year_start = start.replace(day=1), start.replace(month=1, day=1)
    return [
        stated_on >= year_start,
        sa.or_(
            stated_on >= start,
            sa.and_(precision == "month", stated_on >= month_start),
            precision == "year",
        ),
    ]


def where(f: Filters, *, dates: bool = True, t: sa.Table = claims_wide) -> list[sa.ColumnElement[bool]]:
    """The WHERE conditions of a filter state, as bound expressions on claims_wide (or the cube)."""
    tc = t.c
    cond: list[sa.ColumnElement[bool]] = []
    if dates and f.date_from:
        cond += stated_from(tc.stated_on, tc.stated_on_precision, f.date_from)
    if dates and f.date_to:
        cond.append(tc.stated_on <= f.date_to)
    for name, values in (
        ("claimant", f.claimants),
        ("claimant_side", f.sides),
        ("claim_type", f.claim_types),
        ("metric", f.metrics),
        ("subject", f.subjects),
        ("region", f.regions),
    ):
        if values:
            cond.append(tc[name].in_(list(values)))
    if f.verification:
        # (QA pass 32) "not assessed" is a claim with no verification (imported series): the
        # Verification chart showed that group, and the filter could not choose it
        named = [v for v in f.verification if v != NOT_ASSESSED]
        either = [tc.verification.in_(named)] if named else []
        if NOT_ASSESSED in f.verification:
            either.append(tc.verification.is_(None))
        cond.append(sa.or_(*either))
    if t is not claims_wide:  # the cubes have no place or quote columns (see counts_source)
        return cond
    if f.places:
        sub = (
            sa.select(claim_places.c.claim_id)
            .join(places, places.c.place_id == claim_places.c.place_id)
            .where(places.c.name.in_(list(f.places)))
        )
        cond.append(c.claim_id.in_(sub))
    if f.q:
        cond.append(quote_search(f))
    return cond


#: A search whose words are all rarer than this reads every quote; otherwise only the newest
#: SEARCH_WINDOW claims (by row: a full build stores claims_wide's single-row claims by date
#: stated, then the claims several input rows share; claims an incremental build adds come
#: after them, as the most recently loaded), so a word found in
#: nearly every quote costs milliseconds at 10M claims instead of a minute (issue 11).
SEARCH_WINDOW = 50_000


def plan_search(con: duckdb.DuckDBPyConnection, q: str) -> tuple[tuple[str, ...], int | None, dict[str, int]]:
    """How to run a quote search: (its words rarest first, first row searched or None, counts).

    The counts are each word's number of quotes in the index (a count on the sorted token
    column: milliseconds). Rarest first: the rarest word's rows are read, and each other word
    is then matched only against them (a semi-join). When any word is in more than SEARCH_WINDOW
    quotes, the search reads the newest SEARCH_WINDOW claims only, and the page says so.
    """
    ws = words(q)
    if not ws:
        return (), None, {}
    t = quote_tokens.c
    counts = run(
        con,
        sa.select(
            *(
                sa.select(sa.func.count()).where(t.token == w).scalar_subquery().label(f"w{i}")
                for i, w in enumerate(ws)
            ),
            sa.select(sa.func.count()).select_from(claims_wide).scalar_subquery().label("n"),
        ),
    ).iloc[0]
    df = {w: int(counts[f"w{i}"]) for i, w in enumerate(ws)}
    order = tuple(sorted(ws, key=lambda w: (df[w], ws.index(w))))
    n = int(counts["n"])
    common = max(df.values()) > SEARCH_WINDOW and n > SEARCH_WINDOW
    return order, (n - SEARCH_WINDOW if common else None), df


def with_search_plan(con: duckdb.DuckDBPyConnection, f: Filters) -> Filters:
    """`f` with its search planned, for benchmarks and tests (the dashboard plans through its
    cached `plan_search` in `ui`, which also says when a common word narrowed the search)."""
    if not f.q:
        return f
    order, from_row, _df = plan_search(con, f.q)
    return replace(f, q_words=order, q_from_row=from_row)


def quote_search(f: Filters, rowid: sa.ColumnElement[Any] | None = None) -> sa.ColumnElement[bool]:
    """Claims whose quote has every word of `f.q` (word semantics: etl/search_index.py), by index.

    The rarest word's rows come first and each other word is semi-joined to them
    (`plan_search`; unplanned filters keep the words' order). Matches rows by
    `claims_wide.rowid`, which DuckDB turns into row-range skips; with a window
    (`f.q_from_row`) every index read starts at that row, which the sorted index skips to.
    A search with no letters or digits matches nothing. `rowid`: the claims_wide row column to
    match (a cube's stored `row_id`); claims_wide's own by default.
    """
    ws = list(f.q_words) or words(f.q)
    if not ws:
        return sa.false()
    t = quote_tokens.c
    window = [] if f.q_from_row is None else [t.row_id >= f.q_from_row]
    hits = sa.select(t.row_id).where(t.token == ws[0], *window)
    for w in ws[1:]:
        hits = sa.select(t.row_id).where(t.token == w, *window, t.row_id.in_(hits))
    if rowid is None:
        rowid = sa.literal_column("claims_wide.rowid")
    found = rowid.in_(hits)
    return found if f.q_from_row is None else sa.and_(rowid >= f.q_from_row, found)


def counts_source(f: Filters) -> tuple[sa.Table, sa.ColumnElement[Any], sa.ColumnElement[Any]]:
    """Where to count claims for `f`: the cube unless a place or text filter needs claim rows.

    Returns (table, claims-count expression, claims-with-a-figure expression).
    """
    if not f.places and not f.q:
        k = claims_cube.c
        total = sa.cast(sa.func.coalesce(sa.func.sum(k.n), 0), sa.BigInteger)
        with_figure = sa.cast(sa.func.coalesce(sa.func.sum(k.n_figure), 0), sa.BigInteger)
        return claims_cube, total, with_figure
    return claims_wide, sa.func.count(), sa.func.count().filter(FIGURE)


def top_n_threshold(
    con: duckdb.DuckDBPyConnection,
    col: sa.ColumnElement[Any],
    cond: list[sa.ColumnElement[bool]],
    n: int,
    descending: bool = True,
) -> list[sa.ColumnElement[bool]]:
    """An extra condition that keeps only rows that can be in the top `n` by `col`.

    Why: ordering millions of wide rows (quotes, URLs) to keep a thousand is slow; finding the
    n-th value of one narrow column is fast, and with `col >= it` the scan skips reading the
    long text of every other row. Ties are kept, so ORDER BY ... LIMIT n stays exact. Rows with
    NULL in `col` sort last; when fewer than `n` rows have a value, no threshold is added.
    """
    order = col.desc() if descending else col.asc()
    stmt = sa.select(col.label("v")).where(*cond, col.is_not(None)).order_by(order).limit(1).offset(n - 1)
    df = run(con, stmt)
    if df.empty:
        return []
    value = df["v"].iloc[0]
    if isinstance(value, pd.Timestamp):
        value = value.date()
    elif hasattr(value, "item"):
        value = value.item()
    return [col >= value] if descending else [col <= value]


# ---------------------------------------------------------------------------------- options


def options(con: duckdb.DuckDBPyConnection) -> dict[str, list[str]]:
    """Distinct values for every list filter (the sidebar's choices and the URL allow-list)."""
    k = claims_cube.c
    out: dict[str, list[str]] = {}
    for key, col in (
        ("claimant", k.claimant),
        ("side", k.claimant_side),
        ("type", k.claim_type),
        ("metric", k.metric),
        ("subject", k.subject),
        ("region", k.region),
        ("verification", k.verification),
    ):
        df = run(con, sa.select(col.label("v")).where(col.is_not(None)).distinct().order_by(col))
        out[key] = [str(v) for v in df["v"]]
    unassessed = run(con, sa.select(sa.func.count().label("n")).where(k.verification.is_(None)))
    if int(unassessed["n"].iloc[0]):
        out["verification"].append(NOT_ASSESSED)
    used = sa.select(claim_places.c.place_id).distinct().subquery()
    df = run(
        con,
        sa.select(places.c.name.label("v"))
        .where(places.c.place_id.in_(sa.select(used)))
        .distinct()
        .order_by(places.c.name),
    )
    out["place"] = [str(v) for v in df["v"]]
    return out


def date_span(con: duckdb.DuckDBPyConnection) -> tuple[dt.date | None, dt.date | None]:
    """First and last date stated (None on an empty database)."""
    k = claims_cube.c
    df = run(con, sa.select(sa.func.min(k.stated_on).label("lo"), sa.func.max(k.stated_on).label("hi")))
    lo, hi = df["lo"].iloc[0], df["hi"].iloc[0]
    return (
        None if pd.isna(lo) else pd.Timestamp(lo).date(),
        None if pd.isna(hi) else pd.Timestamp(hi).date(),
    )


# ---------------------------------------------------------------------------------- overview


def headline(con: duckdb.DuckDBPyConnection, f: Filters) -> pd.DataFrame:
    """Counts for the overview cards: claims, claimants, outlets, date span, undated claims."""
    t, n, _nf = counts_source(f)
    base = (
        sa.select(t.c.claimant, t.c.reported_by, t.c.stated_on, t.c.stated_on_precision, n.label("n"))
        .where(*where(f, t=t))
        .group_by(t.c.claimant, t.c.reported_by, t.c.stated_on, t.c.stated_on_precision)
        .subquery()
    )
    # (QA 9) the first and latest date with its precision: "2025-01" for a claim dated only to
    # January, never "2025-01-01"; of two claims on one date, the more precise one names it
    rank = sa.case(
        (base.c.stated_on_precision == "month", 1), (base.c.stated_on_precision == "year", 2), else_=0
    )
    combos = sa.select(base.c.reported_by).where(base.c.reported_by.is_not(None)).distinct().subquery()
    outlet = sa.func.unnest(sa.func.string_split(combos.c.reported_by, ";"))
    n_outlets = (
        sa.select(sa.func.count(sa.distinct(sa.literal_column("o"))))
        .select_from(sa.select(outlet.label("o")).subquery())
        .scalar_subquery()
    )
    stmt = sa.select(
        sa.func.coalesce(sa.func.sum(base.c.n), 0).label("claims"),
        sa.func.count(sa.distinct(base.c.claimant)).label("claimants"),
        n_outlets.label("outlets"),
        sa.func.min(base.c.stated_on).label("first"),
        sa.func.arg_min(base.c.stated_on_precision, sa.func.row(base.c.stated_on, rank))
        .filter(base.c.stated_on.is_not(None))
        .label("first_precision"),
        sa.func.max(base.c.stated_on).label("last"),
        sa.func.arg_max(base.c.stated_on_precision, sa.func.row(base.c.stated_on, -rank))
        .filter(base.c.stated_on.is_not(None))
        .label("last_precision"),
        sa.func.coalesce(sa.func.sum(base.c.n).filter(base.c.stated_on.is_(None)), 0).label("undated"),
    ).select_from(base)
    return run(con, stmt)


#: Imported sources whose claims are a daily series (one published figure a day per metric):
#: thousands of claims that would bury the curated ones in a count per month.
DAILY_SERIES_SOURCES: tuple[str, ...] = ("general-staff",)


def _daily(t: sa.Table) -> sa.ColumnElement[bool]:
    return sa.func.coalesce(t.c.source, "").in_(list(DAILY_SERIES_SOURCES))


def claims_by_month(con: duckdb.DuckDBPyConnection, f: Filters, daily: bool = True) -> pd.DataFrame:
    """Number of claims per month stated and claim type (undated claims left out).

    `daily=False` leaves out the imported daily series (DAILY_SERIES_SOURCES).
    """
    t, n, _nf = counts_source(f)
    month = sa.func.date_trunc("month", t.c.stated_on).label("month")
    cond = [*where(f, t=t), t.c.stated_on.is_not(None)]
    if not daily:
        cond.append(sa.not_(_daily(t)))
    stmt = (
        sa.select(month, t.c.claim_type, n.label("claims"))
        .where(*cond)
        .group_by(month, t.c.claim_type)
        .order_by(month, t.c.claim_type)
    )
    return run(con, stmt)


def daily_series_claims(con: duckdb.DuckDBPyConnection, f: Filters) -> int:
    """How many of the claims `f` matches come from an imported daily series."""
    t, n, _nf = counts_source(f)
    return int(run(con, sa.select(n.label("n")).select_from(t).where(*where(f, t=t), _daily(t)))["n"].iloc[0])


def event_where(f: Filters) -> list[sa.ColumnElement[bool]]:
    """The filters that apply to events (not claims): dates they overlap, and region."""
    e = events.c
    cond: list[sa.ColumnElement[bool]] = []
    if f.date_from:
        cond.append(sa.func.coalesce(e.date_end, e.date_start) >= f.date_from)
    if f.date_to:
        cond.append(e.date_start <= f.date_to)
    if f.regions:
        cond.append(e.region.in_(list(f.regions)))
    return cond


def key_events(
    con: duckdb.DuckDBPyConnection, f: Filters, only_key: bool = True, limit: int = 200
) -> pd.DataFrame:
    """Events for timeline annotations, within the date filter."""
    e = events.c
    cond = event_where(f)
    if only_key:
        cond.append(e.key_event.is_(True))
    stmt = (
        sa.select(
            e.event_id,
            e.title,
            e.kind,
            e.date_start,
            e.date_end,
            e.date_precision,
            e.place_name,
            e.region,
            e.source_url,
            e.source,
            e.fatalities_low,
            e.fatalities_best,
            e.fatalities_high,
        )
        .where(*cond)
        .order_by(e.date_start)
        .limit(limit)
    )
    return run(con, stmt)


def recent_claims(con: duckdb.DuckDBPyConnection, f: Filters, limit: int = 15) -> pd.DataFrame:
    """The most recently stated claims, with their sources."""
    cond = where(f)
    cond += top_n_threshold(con, c.stated_on, cond, limit)
    stmt = (
        sa.select(
            c.stated_on,
            c.stated_on_precision,
            c.claimant,
            c.claim_type,
            c.metric,
            c.subject,
            c.value_low,
            c.value_high,
            c.qualifier,
            c.basis,
            shown_verification(c.verification),
            c.reported_by,
            c.source_url,
            c.quote,
            c.claim_id,
        )
        .where(*cond)
        .order_by(c.stated_on.desc().nulls_last(), c.claim_id)
        .limit(limit)
    )
    # (QA pass 25) with each claim's note: a fact-sheet row with no verbatim sentence showed
    # "None" for its quote here, its wording (kept in the note) nowhere
    return _shown_notes(con, run(con, stmt))


# ---------------------------------------------------------------------------------- figures


def kursk_scope(t: sa.Table) -> sa.ColumnElement[bool]:
    """The Kursk & DPRK figures leave out war-wide totals on Russian or Ukrainian losses (no
    region, no place: The Economist's estimates, the General Staff's daily series): those are the
    Whole war view's (`_war_wide`), and a Kursk loss beside a war's total is no competing claim.
    (On `figure_cube` the places are its group's example's: a group is one claimant's figures of
    one day, scoped alike.)"""
    tc = t.c
    unplaced = [sa.func.coalesce(tc.places, "") == ""] if "places" in tc else []  # (claims_cube: no places)
    # (a daily series is war-wide by its source, whatever its rows say: the General Staff's names a
    # day's hottest direction in `notes`, never as a scope)
    war_wide = sa.or_(tc.source.in_(list(_DENSE_SOURCES)), sa.and_(tc.region.is_(None), *unplaced))
    return sa.not_(sa.and_(tc.subject.in_(list(_WAR_SUBJECTS)), war_wide))


def figure_options(con: duckdb.DuckDBPyConnection, f: Filters, claim_types: Sequence[str]) -> pd.DataFrame:
    """(subject, metric, claims) pairs that carry figures, to choose a series from (Kursk scope)."""
    t, _n, nf = counts_source(f)
    cond = [*where(f, t=t), t.c.claim_type.in_(list(claim_types)), t.c.subject.is_not(None), kursk_scope(t)]
    if t is claims_wide:
        cond.append(FIGURE)
    stmt = (
        sa.select(t.c.subject, t.c.metric, nf.label("claims"))
        .where(*cond)
        .group_by(t.c.subject, t.c.metric)
        .having(nf > 0)
        .order_by(sa.desc("claims"), t.c.subject, t.c.metric)
    )
    return run(con, stmt)


def figure_points(
    con: duckdb.DuckDBPyConnection,
    f: Filters,
    claim_types: Sequence[str],
    basis: str | None = None,
    subject: str | None = None,
    metric: str | None = None,
    source: str | None = None,
) -> pd.DataFrame:
    """Figures as points: one per claimant, date stated, metric, qualifier, basis and figure.

    On real data each point is one claim (claim_id, quote and source are its own): two figures
    one claimant gave on one day ("1,000 sappers ... and 5,000 military builders") are two
    points, never one made-up range from the smaller to the larger. When many claims share a day
    (more than SPLIT_MAX, as in millions of generated claims), a point summarises them
    (`claims` > 1: the widest bounds, the latest claim as the example) and the result stays
    under MAX_POINTS rows.
    """

    def cond_of(t: sa.Table) -> list[sa.ColumnElement[bool]]:
        tc = t.c
        cond = [
            *where(f, t=t),
            tc.claim_type.in_(list(claim_types)),
            tc.stated_on.is_not(None),
            kursk_scope(t),
        ]
        if t is claims_wide:
            cond.append(FIGURE)
        return cond + [
            tc[k] == v
            for k, v in (("basis", basis), ("subject", subject), ("metric", metric), ("source", source))
            if v
        ]

    def points(t: sa.Table) -> pd.DataFrame:
        tc = t.c
        cond = cond_of(t)
        # (QA pass 23) the region is a key too: "up to 8,000 in the Kursk region" and "about 10,000
        # in Russia" are two things counted, and the hover says which
        keys = [
            tc.claimant,
            tc.claimant_side,
            tc.stated_on,
            tc.metric,
            tc.subject,
            tc.qualifier,
            tc.basis,
            tc.region,
        ]
        n = sa.func.sum(tc.n) if t is figure_cube else sa.func.count()
        # The cube holds each group's example text: the point's example (the largest claim id)
        # brings its own along. From claims_wide it is read afterwards, by row.
        text = (
            [sa.func.arg_max_null(tc[k], tc.claim_id).label(k) for k in EXAMPLE_TEXT]
            if t is figure_cube
            else []
        )
        stmt = (
            sa.select(
                *keys,
                sa.func.min(tc.value_low).label("value_low"),
                sa.func.max(tc.value_high).label("value_high"),
                sa.cast(n, sa.BigInteger).label("claims"),
                sa.func.min(tc.period_start).label("period_start"),
                sa.func.max(tc.period_end).label("period_end"),
                sa.func.max(tc.stated_on_precision).label("stated_on_precision"),
                sa.func.max(tc.claim_id).label("claim_id"),
                sa.func.arg_max(_row_id(t), tc.claim_id).label("row_id"),
                *text,
            )
            .where(*cond)
            .group_by(*keys)
            # Every group key orders: with only (date, claimant), one claimant's figures of one
            # day (killed and wounded, say) came back in any order, so a chart drew its points
            # (and overlapping labels) differently from one run to the next.
            .order_by(
                tc.stated_on.desc(), *(k.asc().nulls_first() for k in keys[:1] + keys[3:]), tc.claimant_side
            )
            .limit(MAX_POINTS)
        )
        return run(con, stmt)

    df = _from_cube(f, points)
    # From claims_wide (a place or text filter), the text of each point's example claim is read
    # by its row, for those claims only: carrying quotes and URLs through the aggregation of
    # millions of rows, or finding them by claim id (a scan of every row: 0.2-0.6 s at 10M
    # claims), was the slow part.
    if "quote" in df.columns:
        df = df.drop(columns="row_id")
    else:
        df = with_rows(df, rows_by_id(con, df["row_id"].tolist()))
    df = _shown_responses(con, _shown_notes(con, _split_by_figure(con, df, cond_of(claims_wide))))
    # A total order: the region and the example claim's id break the ties the other keys leave
    # (a figure for the Kursk region and one for all Russia, same claimant, day and figure).
    order = ["stated_on", "claimant", "metric", "subject", "qualifier", "basis", "claimant_side"]
    return df.sort_values(
        [*order, "value_low", "value_high", "region", "claim_id"], na_position="first", kind="stable"
    ).reset_index(drop=True)


#: A point summarising at most this many claims is split into one point per figure (below).
SPLIT_MAX = 12
#: A group's keys, as figure_points groups claims into points.
_POINT_KEYS = ("claimant", "claimant_side", "stated_on", "metric", "subject", "qualifier", "basis", "region")


def _split_by_figure(
    con: duckdb.DuckDBPyConnection, df: pd.DataFrame, cond: list[sa.ColumnElement[bool]]
) -> pd.DataFrame:
    """`df` with each point of 2..SPLIT_MAX claims replaced by one point per distinct figure.

    Why: a point's bounds are its claims' widest (min low, max high), so one claimant's two
    figures of one day drew as a range nobody claimed. Groups that large are rare on real data;
    their rows are read from claims_wide by their few dates (claims_wide is stored in date
    order, so DuckDB skips the other row groups), and only when there are any: generated data
    with hundreds of claims per point never pays for it.
    """
    small = (df["claims"] > 1) & (df["claims"] <= SPLIT_MAX)
    if not small.any():
        return df
    groups = df.loc[small, list(_POINT_KEYS)]
    tc = claims_wide.c
    keys = [tc[k] for k in _POINT_KEYS]
    stmt = (
        sa.select(
            *keys,
            tc.value_low,
            tc.value_high,
            sa.cast(sa.func.count(), sa.BigInteger).label("claims"),
            sa.func.min(tc.period_start).label("period_start"),
            sa.func.max(tc.period_end).label("period_end"),
            sa.func.max(tc.stated_on_precision).label("stated_on_precision"),
            sa.func.max(tc.claim_id).label("claim_id"),
            sa.func.arg_max(sa.literal_column("claims_wide.rowid"), tc.claim_id).label("row_id"),
        )
        .where(
            *cond,
            tc.stated_on.in_(sorted(set(groups["stated_on"]))),
            tc.claimant.in_(sorted({str(n) for n in groups["claimant"].dropna()})),
        )
        .group_by(*keys, tc.value_low, tc.value_high)
    )
    split = run(con, stmt)
    # Only the rows of the small groups (the date and claimant lists select a few more); a
    # group the split did not find (a claimant-less one) keeps its point.
    wanted, got = _key_index(groups), _key_index(split)
    split = split[got.isin(wanted)]
    small &= pd.Series(_key_index(df).isin(_key_index(split)), index=df.index)
    split = with_rows(split, rows_by_id(con, split["row_id"].tolist()))
    return pd.concat([df[~small], split[df.columns]], ignore_index=True)


def _key_index(df: pd.DataFrame) -> pd.MultiIndex:
    """The point keys of each row, missing values as None (so NULL keys compare equal)."""
    keys = df[list(_POINT_KEYS)].astype(object)
    return pd.MultiIndex.from_frame(keys.where(keys.notna(), None))


LOG = logging.getLogger("claimsdesk.queries")
_said_slow: set[str] = set()


def _read_slowly(cube: str, exc: Exception) -> None:
    """(QA pass 31) A cube that cannot be read is a database from before it, or a broken query:
    the slow path answers either way, and the server's log says so once per cube and process."""
    if cube not in _said_slow:
        _said_slow.add(cube)
        LOG.warning("%s unreadable, reading claims_wide instead (a rebuild restores it): %s", cube, exc)


def _from_cube(f: Filters, read: Callable[[sa.Table], pd.DataFrame]) -> pd.DataFrame:
    """`read(figure_cube)`, the pre-grouped figures, unless a place or text filter needs claim
    rows (then `read(claims_wide)`). A database built before `figure_cube.row_id` existed is
    read from claims_wide too: slower, never an error (a rebuild brings the cube back)."""
    if f.places or f.q:
        return read(claims_wide)
    try:
        return read(figure_cube)
    except duckdb.BinderException as exc:
        _read_slowly("figure_cube", exc)
        return read(claims_wide)


def _row_id(t: sa.Table) -> sa.ColumnElement[Any]:
    """The claims_wide row of a claim: `rowid` there, the stored `row_id` in figure_cube."""
    return t.c.row_id if t is figure_cube else sa.literal_column("claims_wide.rowid")


#: The text columns of a figure's example claim, as figure_points returns them (`figure_cube`
#: holds them too, with `verification` among its dimensions).
EXAMPLE_TEXT: tuple[str, ...] = ("quote", "reported_by", "source_url", "channel", "places", "verification")


def rows_by_id(
    con: duckdb.DuckDBPyConnection, row_ids: list[int], cols: Sequence[sa.ColumnElement[Any]] | None = None
) -> pd.DataFrame:
    """Columns (by default the text ones) of a few claims_wide rows, by row id (one bound list).

    DuckDB fetches the rows a `rowid IN (...)` semi-join names without scanning the others;
    the ids are bound as one list value, so 3,000 ids are one parameter, not 3,000.
    """
    cols = cols if cols is not None else tuple(c[k] for k in EXAMPLE_TEXT)
    rowid: sa.ColumnElement[Any] = sa.literal_column("claims_wide.rowid")
    if not row_ids:
        return pd.DataFrame(columns=["row_id", *(col.key for col in cols)])
    ids = sa.bindparam("row_ids", [int(i) for i in row_ids], type_=sa.ARRAY(sa.BigInteger))
    wanted = sa.select(sa.func.unnest(ids).label("i")).scalar_subquery()
    return run(con, sa.select(rowid.label("row_id"), *cols).where(rowid.in_(wanted)))


def with_rows(df: pd.DataFrame, rows: pd.DataFrame) -> pd.DataFrame:
    """`df` with the columns `rows_by_id` read for its `row_id`s beside each row, `row_id` dropped.

    A left join by index: `DataFrame.merge` cost 3-5 ms on a hundred rows, a tenth of an
    uncached chart view's Python time (issue 11). Every row id of `df` names a claims_wide row
    (the ids come from it or from figure_cube, built from it), so no row is left without its
    columns.
    """
    found = rows.set_index("row_id").reindex(df["row_id"].to_numpy()).reset_index(drop=True)
    return pd.concat([df.drop(columns="row_id").reset_index(drop=True), found], axis=1)


def latest_per_claimant(
    con: duckdb.DuckDBPyConnection,
    f: Filters,
    claim_types: Sequence[str],
    subject: str | None = None,
    metric: str | None = None,
    basis: str | None = None,
) -> pd.DataFrame:
    """Each claimant's most recent figure (by date stated; ties: the largest claim id).

    `basis` picks the figures before the latest is chosen: a claimant's latest *total* is not
    hidden by a batch or a period figure they gave later (filtering afterwards dropped them).
    """
    cond = [
        *where(f),
        c.claim_type.in_(list(claim_types)),
        FIGURE,
        c.stated_on.is_not(None),
        kursk_scope(claims_wide),
    ]
    if subject:
        cond.append(c.subject == subject)
    if metric:
        cond.append(c.metric == metric)
    if basis:
        cond.append(c.basis == basis)

    def ranked_rows(t: sa.Table) -> pd.DataFrame:
        tc = t.c
        tcond = (
            cond
            if t is claims_wide
            else [
                *where(f, t=t),
                tc.claim_type.in_(list(claim_types)),
                tc.stated_on.is_not(None),
                kursk_scope(t),
                *([tc.subject == subject] if subject else []),
                *([tc.metric == metric] if metric else []),
                *([tc.basis == basis] if basis else []),
            ]
        )
        n = sa.func.sum(tc.n) if t is figure_cube else sa.func.count()
        ranked = (
            sa.select(
                tc.claimant,
                tc.claim_id,
                _row_id(t).label("row_id"),
                tc.stated_on,
                # (QA pass 25) how many figures the claimant gave in the series: the bar is one
                # claim, its latest ("claims" read as "N claims here" in the hover)
                sa.cast(n.over(partition_by=tc.claimant), sa.BigInteger).label("figures_given"),
                sa.func.row_number()
                .over(partition_by=tc.claimant, order_by=(tc.stated_on.desc(), tc.claim_id.desc()))
                .label("rank"),
            )
            .where(*tcond)
            .subquery()
        )
        return run(
            con,
            sa.select(
                ranked.c.claimant,
                ranked.c.claim_id,
                ranked.c.row_id,
                ranked.c.figures_given,
                ranked.c.stated_on,
            ).where(ranked.c.rank == 1),
        )

    picked = _from_cube(f, ranked_rows)
    cols = (
        c.claimant_side,
        c.value_low,
        c.value_high,
        c.qualifier,
        c.basis,
        c.metric,
        c.subject,
        c.stated_on_precision,
        c.quote,
        c.reported_by,
        c.source_url,
        # (QA pass 25) where, how and who answered: as the Over time chart's points say them
        c.region,
        c.channel,
        shown_verification(c.verification),
    )
    details = rows_by_id(con, picked["row_id"].tolist(), cols)
    latest = with_rows(picked, details).sort_values("claimant").reset_index(drop=True)
    return _shown_responses(con, _shown_notes(con, latest))


# ---------------------------------------------------------------------------------- attribution


def undated_figures(
    con: duckdb.DuckDBPyConnection,
    f: Filters,
    claim_types: Sequence[str],
    subject: str,
    metric: str,
    basis: str = "cumulative",
) -> int:
    """How many figures of a series have no known date (session 20, QA pass 2): a chart over time
    and a "latest" cannot place them, so the page says how many it leaves out."""
    cond = [
        *where(f),  # (a date filter leaves every undated figure out already: none to report then)
        c.claim_type.in_(list(claim_types)),
        FIGURE,
        c.stated_on.is_(None),
        kursk_scope(claims_wide),
        c.subject == subject,
        c.metric == metric,
        c.basis == basis,
    ]
    return int(run(con, sa.select(sa.func.count().label("n")).where(*cond))["n"].iloc[0])


def figureless_claims(
    con: duckdb.DuckDBPyConnection,
    f: Filters,
    claim_types: Sequence[str],
    subject: str | None = None,
    metric: str | None = None,
) -> int:
    """(QA pass 23) How many claims of a series give no figure ("several dozens", "troops are
    there"): no chart can draw them, so the page says how many it leaves out, as it does for
    undated figures."""
    cond = [*where(f), c.claim_type.in_(list(claim_types)), sa.not_(FIGURE), kursk_scope(claims_wide)]
    cond += [col == v for col, v in ((c.subject, subject), (c.metric, metric)) if v]
    return int(run(con, sa.select(sa.func.count().label("n")).where(*cond))["n"].iloc[0])


def by_claimant(con: duckdb.DuckDBPyConnection, f: Filters, limit: int = 40) -> pd.DataFrame:
    """Claims per claimant and side, largest first; `claimants_total` says how many there are in
    all, so a chart of the first `limit` says what it leaves out (session 20, QA find 5)."""
    t, n, nf = counts_source(f)
    stmt = (
        sa.select(
            t.c.claimant,
            t.c.claimant_side,
            n.label("claims"),
            nf.label("with_figure"),
            sa.cast(sa.func.count().over(), sa.BigInteger).label("claimants_total"),
        )
        .where(*where(f, t=t))
        .group_by(t.c.claimant, t.c.claimant_side)
        .order_by(sa.desc("claims"), t.c.claimant)
        .limit(limit)
    )
    return run(con, stmt)


def flow(con: duckdb.DuckDBPyConnection, f: Filters, claimants: int = 30, outlets: int = 12) -> pd.DataFrame:
    """Claimant -> channel -> outlet counts (a claim reported by two outlets counts for both).

    Every claimant is in it (session 20, QA find 6: a cut at the 60 largest links dropped whole
    claimants): the `claimants` with most claims carried by outlets by name, the others together
    as "other claimants"; the `outlets` outlets that carried most claims by name, the rest as
    "other outlets". (QA pass 32) The outlets are ranked over every claimant, so a node named
    after an outlet is all that outlet carried: ranked per claimant, "Yonhap" drew 4 of its 15.
    `claimants_total` is how many claimants there are in all."""
    t, n, _nf = counts_source(f)
    channel = sa.func.coalesce(t.c.channel, "unspecified")
    inner = (
        sa.select(t.c.claimant, channel.label("channel"), t.c.reported_by, n.label("n"))
        .where(*where(f, t=t))
        .group_by(t.c.claimant, channel, t.c.reported_by)
        .subquery()
    )
    outlet = sa.func.unnest(
        sa.func.string_split(sa.func.coalesce(inner.c.reported_by, "unknown outlet"), ";")
    )
    split = sa.select(inner.c.claimant, inner.c.channel, outlet.label("outlet"), inner.c.n).subquery()
    links = (
        sa.select(split.c.claimant, split.c.channel, split.c.outlet, sa.func.sum(split.c.n).label("claims"))
        .group_by(split.c.claimant, split.c.channel, split.c.outlet)
        .subquery()
    )
    totals = sa.select(
        *links.c,
        sa.func.sum(links.c.claims).over(partition_by=links.c.claimant).label("claimant_total"),
        sa.func.sum(links.c.claims).over(partition_by=links.c.outlet).label("outlet_total"),
    ).subquery()
    by_outlet = sa.select(
        *totals.c,
        sa.func.dense_rank()
        .over(order_by=(totals.c.outlet_total.desc(), totals.c.outlet))
        .label("outlet_rank"),
    ).subquery()
    ranked = sa.select(
        *by_outlet.c,
        sa.func.dense_rank()
        .over(order_by=(by_outlet.c.claimant_total.desc(), by_outlet.c.claimant))
        .label("claimant_rank"),
    ).subquery()
    final = sa.select(
        *ranked.c, sa.func.max(ranked.c.claimant_rank).over().label("claimants_total")
    ).subquery()
    who = sa.case((final.c.claimant_rank <= claimants, final.c.claimant), else_="other claimants")
    where_to = sa.case((final.c.outlet_rank <= outlets, final.c.outlet), else_="other outlets")
    stmt = (
        sa.select(
            who.label("claimant"),
            final.c.channel,
            where_to.label("outlet"),
            sa.cast(sa.func.sum(final.c.claims), sa.BigInteger).label("claims"),
            sa.cast(sa.func.max(final.c.claimants_total), sa.BigInteger).label("claimants_total"),
        )
        .group_by(who, final.c.channel, where_to)
        .order_by(sa.desc("claims"), "claimant", final.c.channel, "outlet")
    )
    return run(con, stmt)


def verification_by_claimant(con: duckdb.DuckDBPyConnection, f: Filters) -> pd.DataFrame:
    """How each claimant's claims stand: unverified, disputed, denied, confirmed."""
    t, n, _nf = counts_source(f)
    v = shown_verification(t.c.verification)
    stmt = (
        sa.select(t.c.claimant, v, n.label("claims"))
        .where(*where(f, t=t))
        .group_by(t.c.claimant, v)
        .order_by(t.c.claimant, v)
    )
    return run(con, stmt)


#: Filters fields that pick claims by their dates only, or plan a search (`q` picks claims).
_DATES_AND_PLAN = frozenset({"date_from", "date_to", "q_words", "q_from_row"})


def narrows_claims(f: Filters) -> bool:
    """Whether `f` picks claims by more than their dates (a claimant, a metric, a search …): every
    other field of Filters, so a filter added later counts without being listed here."""
    return any(getattr(f, fl.name) for fl in fields(f) if fl.name not in _DATES_AND_PLAN)


def _responses_where(f: Filters) -> sa.ColumnElement[bool]:
    """Responses to the filtered claims; one about a topic (no claims) when its date is in range
    and the filters pick claims by their dates alone. (QA pass 23) A topic response is about no
    claim in particular, so under a claimant's filter Peskov's denial of the deployment read as a
    denial of HUR's figures: with claims narrowed, only the responses linked to them are shown."""
    r = responses.c
    linked = sa.select(response_claims.c.response_id).where(
        response_claims.c.claim_id.in_(sa.select(c.claim_id).where(*where(f)))
    )
    if narrows_claims(f):
        return r.response_id.in_(linked)
    unlinked = ~r.response_id.in_(sa.select(response_claims.c.response_id))
    in_range: sa.ColumnElement[bool] = sa.true()
    if f.date_from:  # (QA 9) a response dated only to a month or year, as a claim is
        in_range = sa.and_(in_range, *stated_from(r.stated_on, r.stated_on_precision, f.date_from))
    if f.date_to:
        in_range = sa.and_(in_range, r.stated_on <= f.date_to)
    return sa.or_(r.response_id.in_(linked), sa.and_(unlinked, in_range))


def responses_by_actor(con: duckdb.DuckDBPyConnection, f: Filters) -> pd.DataFrame:
    """Responses (confirmed, denied, no comment, disputed) to the filtered claims, per actor.
    Each with the document to check it in: the first listed that has a URL, as a claim's source
    link is (QA pass 37 #10), else the first listed."""
    r = responses.c
    first, linked = documents.alias("first_listed"), documents.alias("linked")
    with_url = (
        sa.select(sa.func.min(response_reports.c.doc_id))
        .join(linked, linked.c.doc_id == response_reports.c.doc_id)
        .where(response_reports.c.response_id == r.response_id, linked.c.url.is_not(None))
        .scalar_subquery()
    )
    shown_doc = sa.case((first.c.url.is_not(None), r.doc_id), else_=sa.func.coalesce(with_url, r.doc_id))

    def read(with_names: bool) -> sa.Select[Any]:
        # (QA pass 26) the outlet as outlets.csv names it, as everywhere else outlets are named
        outlet, joined = _outlet_of(with_names)
        return (
            sa.select(
                actors.c.name.label("responder"),
                actors.c.side,
                r.stance,
                r.about,
                r.stated_on,
                r.quote,
                r.notes,
                outlet.label("outlet"),
                documents.c.url,
            )
            .select_from(responses)
            .join(actors, actors.c.actor_id == r.responder_id)
            .join(first, first.c.doc_id == r.doc_id, isouter=True)
            .join(joined, documents.c.doc_id == shown_doc, isouter=True)
            .where(_responses_where(f))
            .order_by(r.stated_on, actors.c.name)
            .limit(500)
        )

    return _named_outlets(con, read)


def response_counts(con: duckdb.DuckDBPyConnection, f: Filters) -> pd.DataFrame:
    """Responses to the filtered claims counted per responder and stance (columns: n)."""
    r = responses.c
    stmt = (
        sa.select(actors.c.name.label("responder"), r.stance, sa.func.count().label("n"))
        .join(actors, actors.c.actor_id == r.responder_id)
        .where(_responses_where(f))
        .group_by(actors.c.name, r.stance)
        .order_by(actors.c.name, r.stance)
    )
    return run(con, stmt)


def quotes(con: duckdb.DuckDBPyConnection, f: Filters, limit: int = 500) -> pd.DataFrame:
    """The quote table: who said what, when (as precisely as known), and where it was reported.
    (QA pass 23) With the date's precision (a claim of "January 2025" is stored on the 1st), the
    figure's basis and verification, and each claim's note beside its quote (the fact sheet's
    wording where no verbatim sentence is on record, a correction where one was made)."""
    cond = where(f)
    cond += top_n_threshold(con, c.stated_on, cond, limit)
    stmt = (
        sa.select(
            c.stated_on,
            c.stated_on_precision,
            c.claimant,
            c.claimant_side,
            c.channel,
            c.metric,
            c.subject,
            c.value_low,
            c.value_high,
            c.qualifier,
            c.basis,
            shown_verification(c.verification),
            c.quote,
            c.reported_by,
            c.source_url,
            c.claim_id,
        )
        .where(*cond)
        .order_by(c.stated_on.desc().nulls_last(), c.claim_id)
        .limit(limit)
    )
    df = _shown_notes(con, run(con, stmt))
    if "notes" in df.columns:  # the note beside the quote
        df.insert(df.columns.get_loc("quote") + 1, "notes", df.pop("notes"))
    return df


# ---------------------------------------------------------------------------------- map


#: Points a map draws (issue 11 payload caps): the places with the most claims, and the event
#: locations with the most events. The page says how many were left out.
MAP_PLACES = 300
MAP_EVENT_POINTS = 500


def _place_claims(f: Filters) -> sa.Subquery:
    """Claims per place (with their claimants and metrics) for the filters.

    Without a place or text filter it reads `place_cube` (claims counted by place and the filter
    dimensions); otherwise it unnests the matching claims' `place_ids`.
    """
    if not f.places and not f.q:
        k = place_cube.c
        u = sa.select(k.place_id, k.n, k.claimant, k.metric).where(*where(f, t=place_cube)).cte("u")
        n_expr: sa.ColumnElement[Any] = sa.func.sum(u.c.n)
    else:
        u = (
            sa.select(
                sa.func.unnest(c.place_ids).label("place_id"),
                c.claimant,
                c.metric,
            )
            .where(*where(f))
            .cte("u")
        )
        n_expr = sa.func.count()
    return (
        sa.select(
            u.c.place_id,
            sa.cast(n_expr, sa.BigInteger).label("claims"),
            sa.func.string_agg(sa.distinct(u.c.claimant), "; ").label("claimants"),
            sa.func.string_agg(sa.distinct(u.c.metric), "; ").label("metrics"),
        )
        .group_by(u.c.place_id)
        .subquery("agg")
    )


def map_claims(con: duckdb.DuckDBPyConnection, f: Filters, limit: int = MAP_PLACES) -> pd.DataFrame:
    """Claims per place (marker size: how many claims name it), most claims first.

    No figure: a place's claims are by different claimants about different things; the figures,
    each with its qualifier and claimant, are in Explore with the place filter (QA 8)."""
    agg = _place_claims(f)
    stmt = (
        sa.select(
            places.c.place_id,
            places.c.name,
            places.c.admin1,
            places.c.lat,
            places.c.lon,
            places.c.coord_precision,
            places.c.notes,
            agg.c.claims,
            agg.c.claimants,
            agg.c.metrics,
        )
        .select_from(agg.join(places, places.c.place_id == agg.c.place_id))
        .order_by(sa.desc(agg.c.claims), places.c.name)
        .limit(limit)
    )
    return run(con, stmt)


def reference_places(con: duckdb.DuckDBPyConnection) -> pd.DataFrame:
    """Towns and cities from the gazetteer, drawn grey on the map for orientation."""
    p = places.c
    stmt = (
        sa.select(p.name, p.lat, p.lon, p.kind)
        .where(p.kind.in_(["city", "town", "capital"]), p.coord_precision == "exact")
        .order_by(p.name)
        .limit(500)
    )
    return run(con, stmt)


#: After the name of an event's place that has no coordinates of its own (gazetteer: approximate).
APPROXIMATE_EVENT_PLACE = " (placed approximately: no coordinates of its own)"
#: How many of an event location's place names its marker lists (the others are counted).
EVENT_PLACES_NAMED = 4


def _event_locations(f: Filters) -> sa.Subquery:
    """Events with coordinates in the filters' dates and regions, one row per location.

    A location is a point rounded to 0.01 degrees (about 1 km): imported datasets repeat the same
    village day after day, and one marker per event sent thousands of identical points. Its
    `place_name` names every place of its events (at most a few: one village's events share a
    name), a place with no coordinates of its own marked so. Why: Maryino, placed at Rylsk, was
    folded into Rylsk's marker unnamed, and its strike's 18 dead read as Rylsk's (QA pass 36).
    """
    e = events.c
    lat, lon = sa.func.round(e.lat, 2).label("lat"), sa.func.round(e.lon, 2).label("lon")
    latest = (e.date_start, e.event_id)
    # (QA pass 37) approximate only where the event is drawn at the gazetteer's estimate: an
    # ACLED row matched to approximate Kurilovka keeps its own point
    at_estimate = sa.and_(
        places.c.coord_precision == "approximate",
        sa.func.round(e.lat, 4) == sa.func.round(places.c.lat, 4),
        sa.func.round(e.lon, 4) == sa.func.round(places.c.lon, 4),
    )
    named = sa.case((at_estimate, e.place_name + APPROXIMATE_EVENT_PLACE), else_=e.place_name)
    names = sa.func.list_sort(sa.func.list_distinct(sa.func.list(named)))
    more = sa.func.len(names) - EVENT_PLACES_NAMED
    return (
        sa.select(
            lat,
            lon,
            sa.cast(sa.func.count(), sa.BigInteger).label("events"),
            sa.func.min(e.date_start).label("date_start"),
            sa.func.max(sa.func.coalesce(e.date_end, e.date_start)).label("date_end"),
            # (QA pass 37) at most a few names: twenty villages at one point made a hover line
            # wider than the chart
            # (QA pass 38) one more is named, not counted ("and 1 more places")
            sa.case(
                (
                    more > 1,
                    sa.func.array_to_string(sa.func.list_slice(names, 1, EVENT_PLACES_NAMED), "; ")
                    + "; and "
                    + sa.cast(more, sa.String)
                    + " more places",
                ),
                else_=sa.func.array_to_string(names, "; "),
            ).label("place_name"),
            sa.func.arg_max(e.title, sa.func.row(*latest)).label("title"),
            sa.func.string_agg(sa.distinct(e.source), "; ").label("source"),
            sa.cast(sa.func.sum(e.fatalities_best), sa.BigInteger).label("fatalities_best"),
            sa.cast(sa.func.sum(e.fatalities_low), sa.BigInteger).label("fatalities_low"),
            sa.cast(sa.func.sum(e.fatalities_high), sa.BigInteger).label("fatalities_high"),
        )
        .select_from(events.outerjoin(places, places.c.place_id == e.place_id))
        .where(*event_where(f), e.lat.is_not(None), e.lon.is_not(None))
        .group_by(lat, lon)
        .subquery("loc")
    )


def map_events(con: duckdb.DuckDBPyConnection, f: Filters, limit: int = MAP_EVENT_POINTS) -> pd.DataFrame:
    """Event locations (curated and imported events in the dates), most events first.

    `title` and `place_name` are the latest event's; fatalities are summed over the location's
    events as each source reports them (UCDP low/best/high; ACLED one figure, in best).
    """
    loc = _event_locations(f)
    stmt = sa.select(loc).order_by(sa.desc(loc.c.events), sa.desc(loc.c.date_end), loc.c.lat).limit(limit)
    return run(con, stmt)


def map_totals(con: duckdb.DuckDBPyConnection, f: Filters) -> dict[str, int]:
    """How many places have claims and how many event locations and events the filters match."""
    agg, loc = _place_claims(f), _event_locations(f)
    # One pass over the event locations for both their count and their events (two scalar
    # subqueries grouped every event twice: a third of an uncached Map view's query time).
    pt = sa.select(sa.func.count().label("places")).select_from(agg).subquery("pt")
    lt = (
        sa.select(
            sa.func.count().label("locations"),
            sa.func.coalesce(sa.func.sum(loc.c.events), 0).label("events"),
        )
        .select_from(loc)
        .subquery("lt")
    )
    row = run(
        con, sa.select(pt.c.places, lt.c.locations, lt.c.events).select_from(pt.join(lt, sa.true()))
    ).iloc[0]
    return {k: int(row[k]) for k in ("places", "locations", "events")}


# ---------------------------------------------------------------------------------- explore


def explore(
    con: duckdb.DuckDBPyConnection,
    f: Filters,
    sort: str = "stated_on",
    descending: bool = True,
    limit: int = 5000,
) -> pd.DataFrame:
    """The filtered claims_flat rows (at most `limit`), sorted by an allow-listed column, as the
    table shows them (a claim with no verification "not assessed"; the export keeps it empty)."""
    return run(con, _explore_statement(con, f, sort, descending, limit, shown=True))


def explore_batches(
    con: duckdb.DuckDBPyConnection,
    f: Filters,
    sort: str = "stated_on",
    descending: bool = True,
    limit: int = 5000,
    batch_rows: int = 50_000,
) -> Iterator[pd.DataFrame]:
    """`explore`'s rows in frames of about `batch_rows`, read as they are consumed.

    Why: the CSV download may hold a million rows; it is written a batch at a time, so no
    frame ever holds the whole result.
    """
    yield from run_batches(con, _explore_statement(con, f, sort, descending, limit), batch_rows)


def _explore_statement(
    con: duckdb.DuckDBPyConnection, f: Filters, sort: str, descending: bool, limit: int, shown: bool = False
) -> sa.Select[Any]:
    if sort not in SORTABLE:
        sort = "stated_on"
    col = c[sort]
    order = col.desc().nulls_last() if descending else col.asc().nulls_last()
    cond = where(f)
    cond += top_n_threshold(con, col, cond, limit, descending)
    # (session 21, QA 3 find 1) the claim's note beside its quote: a fact-sheet row with no
    # verbatim sentence keeps the sheet's wording there, and a General Staff figure its correction
    # flag and the day's direction. Few claims have one: the join's built side is those few.
    nt = (
        sa.select(claim_notes.c.claim_id, claim_notes.c.notes)
        .where(claim_notes.c.notes.is_not(None))
        .subquery("nt")
    )
    return (
        sa.select(
            *(shown_verification(c[n]) if shown and n == "verification" else c[n] for n in FLAT_COLUMNS),
            nt.c.notes,
        )
        .select_from(claims_wide.outerjoin(nt, nt.c.claim_id == c.claim_id))
        .where(*cond)
        .order_by(order, c.claim_id)
        .limit(limit)
    )


def count_claims(con: duckdb.DuckDBPyConnection, f: Filters) -> int:
    """How many claims the filters match."""
    t, n, _nf = counts_source(f)
    return int(run(con, sa.select(n.label("n")).select_from(t).where(*where(f, t=t)))["n"].iloc[0])


# ---------------------------------------------------------------------------------- sources


def _named_outlets(con: duckdb.DuckDBPyConnection, read: Callable[[bool], sa.Select[Any]]) -> pd.DataFrame:
    """`read(True)`, which joins `outlet_names`; `read(False)` on a database built before it."""
    try:
        return run(con, read(True))
    except (duckdb.CatalogException, duckdb.InvalidInputException):
        # (a missing table: DuckDB may also try a Python variable of that name, then say so)
        return run(con, read(False))


def _outlet_of(with_names: bool) -> tuple[sa.ColumnElement[Any], sa.FromClause]:
    """The outlet each document means (outlets.csv merges the names sources write for one
    outlet: "Reuters News", "reuters.com") and the FROM clause that gives it."""
    d = documents.c
    if not with_names:
        return d.outlet, documents
    o = outlet_names.c
    joined = documents.join(outlet_names, o.name == sa.func.lower(sa.func.trim(d.outlet)), isouter=True)
    return sa.func.coalesce(o.outlet, d.outlet), joined


def outlets(con: duckdb.DuckDBPyConnection, limit: int = 200) -> pd.DataFrame:
    """Outlets with how many documents and claim reports they account for, and the names their
    documents' sources wrote for them where those differ (one outlet, not one per spelling)."""

    def read(with_names: bool) -> sa.Select[Any]:
        d = documents.c
        outlet, joined = _outlet_of(with_names)
        written = sa.func.string_agg(
            sa.distinct(d.outlet), sa.literal_column("'; ' ORDER BY documents.outlet")
        )
        return (
            sa.select(
                outlet.label("outlet"),
                sa.func.count(sa.distinct(d.doc_id)).label("documents"),
                sa.func.count(reports.c.claim_id).label("claim_reports"),
                sa.case((sa.func.count(sa.distinct(d.outlet)).filter(d.outlet != outlet) > 0, written)).label(
                    "written_as"
                ),
            )
            .select_from(joined.join(reports, reports.c.doc_id == d.doc_id, isouter=True))
            .group_by(outlet)
            .order_by(sa.desc("claim_reports"), outlet)
            .limit(limit)
        )

    return _named_outlets(con, read)


def document_list(con: duckdb.DuckDBPyConnection, limit: int = 1000) -> pd.DataFrame:
    """Documents, newest first: the outlet each means and, where it differs, as its source wrote it.

    `published_at` is text: the day alone where no time is known ("2024-12-19"), else the day
    and the time in UTC, said so ("2024-12-16 15:55 UTC": the build stores every time in UTC,
    QA pass 37). Why: a date-only publication showed as "2024-12-19 00:00", a time nobody gave
    (QA pass 36)."""

    def read(with_names: bool) -> sa.Select[Any]:
        d = documents.c
        outlet, joined = _outlet_of(with_names)
        midnight = sa.cast(d.published_at, sa.Time) == sa.cast(sa.literal("00:00:00"), sa.Time)
        shown = sa.case(
            (midnight, sa.func.strftime(d.published_at, "%Y-%m-%d")),
            else_=sa.func.strftime(d.published_at, "%Y-%m-%d %H:%M UTC"),
        )
        return (
            sa.select(
                shown.label("published_at"),
                outlet.label("outlet"),
                sa.case((d.outlet != outlet, d.outlet)).label("written_as"),
                d.title,
                d.url,
                d.source,
                d.doc_id,
                d.notes,
            )
            .select_from(joined)
            .order_by(d.published_at.desc().nulls_last(), d.doc_id)
            .limit(limit)
        )

    return _named_outlets(con, read)


def shown_file(col: sa.ColumnElement[Any]) -> sa.ColumnElement[Any]:
    """A file's name as a hosted page shows it: "data/…" inside the data folder the build read
    (`build_info.data_dir`), its file name alone elsewhere, a link as it is. (QA pass 34) The
    Sources page listed "/work/qa34-run/data/claims.csv" and every import's server path to
    whoever had the link; `data_label` promises the pages never show a server path."""
    info = sa.table("build_info", sa.column("key"), sa.column("value"))
    folder = sa.select(info.c.value).where(info.c.key == "data_dir").scalar_subquery()
    prefix = sa.func.rtrim(folder, "/") + "/"
    return sa.case(
        (sa.func.starts_with(col, prefix), "data/" + sa.func.substr(col, sa.func.length(prefix) + 1)),
        # a link, or a path in the project's own data/ (as the build names its files): as it is
        (sa.func.regexp_matches(col, r"^(?:[A-Za-z][A-Za-z0-9+.-]*://|data/)"), col),
        # (QA pass 35) any other path, absolute or relative ("qa35imp/p2/…", "../../srv/…"): its name
        else_=sa.func.regexp_extract(col, r"[^/\\]+$"),
    ).label(col.key)


def quarantine_rows(con: duckdb.DuckDBPyConnection, limit: int = 1000) -> pd.DataFrame:
    """Rows that did not load, with file, row, field and reason."""
    q = quarantine.c
    stmt = (
        sa.select(shown_file(q.source_file), q.row_number, q.field, q.value, q.reason, q.raw_row)
        .order_by(q.source_file, q.row_number)
        .limit(limit)
    )
    return run(con, stmt)


def table_counts(con: duckdb.DuckDBPyConnection) -> dict[str, int]:
    """Rows in the quarantine (and how many of them are declared publishers' files' rows),
    documents and distinct outlets (the Sources page's table totals; outlets as outlets.csv
    merges their names, so the total matches the outlets table's rows)."""

    def read(with_names: bool) -> sa.Select[Any]:
        outlet, joined = _outlet_of(with_names)
        # (QA pass 26) the rows of publishers' files a build reads from data/sources/ (UCDP's rows
        # breaking low <= best <= high): kept as published, nothing in data/ to fix
        declared = sa.select(import_log.c.source_file).where(import_log.c.via == "build")
        return sa.select(
            sa.select(sa.func.count()).select_from(quarantine).scalar_subquery().label("quarantined"),
            sa.select(sa.func.count())
            .select_from(quarantine)
            .where(quarantine.c.source_file.in_(declared))
            .scalar_subquery()
            .label("quarantined_declared"),
            sa.select(sa.func.count()).select_from(documents).scalar_subquery().label("documents"),
            sa.select(sa.func.count(sa.distinct(outlet)))
            .select_from(joined)
            .scalar_subquery()
            .label("outlets"),
        )

    row = _named_outlets(con, read).iloc[0]
    return {k: int(row[k]) for k in ("quarantined", "quarantined_declared", "documents", "outlets")}


def load_summary(con: duckdb.DuckDBPyConnection) -> pd.DataFrame:
    """Per curated input file: rows read, loaded, quarantined, and the dates it covers."""
    lg = load_log.c
    stmt = (
        sa.select(
            shown_file(lg.source_file),
            lg.source,
            lg.rows_read,
            lg.rows_loaded,
            lg.rows_quarantined,
            lg.date_min,
            lg.date_max,
        )
        .where(lg.source == "curated")
        .order_by(lg.source_file)
    )
    return run(con, stmt)


def build_info(con: duckdb.DuckDBPyConnection) -> dict[str, str]:
    """When the database was built (shown so analysts know how fresh it is)."""
    t = sa.table("build_info", sa.column("key"), sa.column("value"))
    df = run(con, sa.select(t.c.key, t.c.value))
    return dict(zip(df["key"], df["value"], strict=True))


# ---------------------------------------------------------------------------------- imported series

gs_daily = _table(
    "gs_daily",
    [
        ("date", sa.Date),
        ("metric", sa.String),
        ("claim_type", sa.String),
        ("cumulative", sa.BigInteger),
        ("qualifier", sa.String),
        ("prev_date", sa.Date),
        ("prev_cumulative", sa.BigInteger),
        ("increment", sa.BigInteger),
        ("days_since_prev", sa.BigInteger),
        ("is_negative", sa.Boolean),
        ("increment_is_derived", sa.Boolean),
        ("direction", sa.String),
        ("claim_id", sa.String),
    ],
)
import_log = _table(
    "import_log",
    [
        ("source_file", sa.String),
        ("source", sa.String),
        ("location", sa.String),
        ("content_sha256", sa.String),
        ("imported_at", sa.DateTime),
        ("via", sa.String),
        ("rows_new", sa.BigInteger),
        ("warnings", sa.String),
    ],
)


def gs_metrics(con: duckdb.DuckDBPyConnection) -> pd.DataFrame:
    """Metrics in the General Staff series, with how many days each has."""
    g = gs_daily.c
    stmt = (
        sa.select(g.metric, g.claim_type, sa.func.count().label("days"), sa.func.max(g.date).label("last"))
        .group_by(g.metric, g.claim_type)
        .order_by(g.claim_type, g.metric)
    )
    return run(con, stmt)


def gs_series(con: duckdb.DuckDBPyConnection, f: Filters, metric: str) -> pd.DataFrame:
    """One General Staff metric, day by day: the cumulative claim and the derived increment."""
    g = gs_daily.c
    cond = [g.metric == metric]
    if f.date_from:
        cond.append(g.date >= f.date_from)
    if f.date_to:
        cond.append(g.date <= f.date_to)
    others = where(f, dates=False)
    if others:
        # (session 21, QA 3 find 2) the other filters apply as to every claim: a Region or Place
        # filter leaves none of this war-wide series, a claimant filter without the General
        # Staff none, a quote search the days whose record matches
        cond.append(g.claim_id.in_(sa.select(c.claim_id).where(*others, c.source == GS_SOURCE)))
    stmt = (
        sa.select(
            g.date,
            g.cumulative,
            g.qualifier,
            g.increment,
            g.days_since_prev,
            g.is_negative,
            g.direction,
            g.claim_id,
        )
        .where(*cond)
        .order_by(g.date)
    )
    return run(con, stmt)


def events_by_month(con: duckdb.DuckDBPyConnection, f: Filters) -> pd.DataFrame:
    """Events per month and source (curated, ACLED, UCDP) with the fatalities they report."""
    e = events.c
    month = sa.func.date_trunc("month", e.date_start).label("month")
    cond = event_where(f)
    stmt = (
        sa.select(
            month,
            e.source,
            sa.func.count().label("events"),
            sa.func.sum(e.fatalities_best).label("fatalities_best"),
            sa.func.sum(e.fatalities_low).label("fatalities_low"),
            sa.func.sum(e.fatalities_high).label("fatalities_high"),
        )
        .where(*cond)
        .group_by(month, e.source)
        .order_by(month, e.source)
    )
    return run(con, stmt)


#: The newest imported files the Sources page lists (each import of a file is one row).
MAX_IMPORT_ROWS = 500


def imports(con: duckdb.DuckDBPyConnection) -> pd.DataFrame:
    """Imported public files: source, rows read/loaded/quarantined, date span, import time (the
    newest `MAX_IMPORT_ROWS`)."""
    lg, il = load_log.c, import_log.c
    stmt = (
        sa.select(
            lg.source,
            shown_file(lg.source_file),
            lg.rows_read,
            lg.rows_loaded,
            lg.rows_quarantined,
            lg.date_min,
            lg.date_max,
            il.imported_at,
            il.via,
            shown_file(il.location),
            il.warnings,
        )
        .select_from(load_log.join(import_log, il.source_file == lg.source_file))
        .order_by(il.imported_at.desc())
        .limit(MAX_IMPORT_ROWS)
    )
    return run(con, stmt)


# ---------------------------------------------------------------------------------- declared sources

source_declarations = _table(
    "source_declarations",
    [
        ("declaration", sa.String),
        ("source", sa.String),
        ("source_file", sa.String),
        ("location", sa.String),
        ("licence", sa.String),
        ("attribution", sa.String),
        ("upstream_url", sa.String),
        ("snapshot_date", sa.Date),
        ("description", sa.String),
    ],
)
_tables = sa.table("tables", sa.column("table_name"), schema="information_schema")


def bundled_sources(con: duckdb.DuckDBPyConnection) -> pd.DataFrame:
    """Each file of each declared source: licence, attribution, snapshot, upstream, row counts.

    The licence and attribution are shown with the data they govern (CC BY and MIT require
    it). A database built before declarations were recorded has no such table: empty result.
    """
    exists = run(
        con,
        sa.select(sa.func.count().label("n"))
        .select_from(_tables)
        .where(_tables.c.table_name == "source_declarations"),
    )
    if not int(exists["n"].iloc[0]):
        return pd.DataFrame(
            columns=[
                "source",
                "source_file",
                "licence",
                "attribution",
                "snapshot_date",
                "upstream_url",
                "rows_read",
                "rows_loaded",
                "rows_quarantined",
                "date_min",
                "date_max",
                "declaration",
                "description",
            ]
        )
    d, lg = source_declarations.c, load_log.c
    stmt = (
        sa.select(
            d.source,
            d.source_file,
            d.licence,
            d.attribution,
            d.snapshot_date,
            d.upstream_url,
            lg.rows_read,
            lg.rows_loaded,
            lg.rows_quarantined,
            lg.date_min,
            lg.date_max,
            d.declaration,
            d.description,
        )
        .select_from(source_declarations.outerjoin(load_log, lg.source_file == d.source_file))
        .order_by(d.declaration, d.source_file)
        .limit(200)
    )
    return run(con, stmt)


# ---------------------------------------------------------------------------------- the whole war

warring_flags = _table(
    "claim_warring_flags",
    [
        ("claim_id", sa.String),
        ("warring_party", sa.Boolean),
        ("flagged_by", sa.String),
    ],
)
claim_notes = _table(
    "claims",
    [
        ("claim_id", sa.String),
        ("notes", sa.String),
        ("stated_on", sa.Date),
    ],
)
#: The claims the war-wide view can draw, one row per claim (etl.core.schema.WAR_CUBE).
war_cube = _table(
    "war_cube",
    [
        ("claim_id", sa.String),
        ("stated_on", sa.Date),
        ("claimant", sa.String),
        ("claimant_side", sa.String),
        ("claimant_id", sa.String),
        ("claim_type", sa.String),
        ("metric", sa.String),
        ("subject", sa.String),
        ("qualifier", sa.String),
        ("region", sa.String),
        ("verification", sa.String),
        ("source", sa.String),
        ("value_low", sa.BigInteger),
        ("value_high", sa.BigInteger),
        ("stated_on_precision", sa.String),
        ("war_wide", sa.Boolean),
        ("place_ids", sa.ARRAY(sa.String)),
        ("has_note", sa.Boolean),
        ("row_id", sa.BigInteger),
        ("quote", sa.String),
        ("reported_by", sa.String),
        ("source_url", sa.String),
        ("n_reports", sa.BigInteger),
    ],
)

#: Whose losses the war-wide view compares (etl.core.schema: its cube keeps exactly these),
#: and the two metrics it keeps apart.
WAR_SUBJECTS: tuple[str, ...] = _WAR_SUBJECTS
WAR_METRICS: tuple[str, ...] = ("killed_or_wounded", "killed")
#: Sources that publish a figure every day: drawn as a line, not as thousands of markers.
DENSE_SOURCES: tuple[str, ...] = _DENSE_SOURCES
#: Width of the bins over which the third-party band takes its min and max (a quarter).
BAND_MONTHS = 3
_WORDS = {"at_least": "at least ", "over": "over ", "about": "about ", "nearly": "nearly ", "up_to": "up to "}


def _fmt(v: sa.ColumnElement[Any]) -> sa.ColumnElement[str]:
    return sa.func.printf("%,d", v)


def _figure_text(t: sa.FromClause = claims_wide) -> sa.ColumnElement[str]:
    """How the figure reads ('at least 30', '10,000–12,000'), built in SQL, never a sum."""
    lo, hi, q = t.c.value_low, t.c.value_high, t.c.qualifier
    value = sa.func.coalesce(lo, hi)
    is_range = sa.or_(q == "range", sa.and_(lo.is_not(None), hi.is_not(None), lo != hi))
    whens: list[tuple[Any, Any]] = [(is_range, sa.func.concat(_fmt(lo), "–", _fmt(hi)))]
    whens += [(q == k, sa.func.concat(w, _fmt(value))) for k, w in _WORDS.items()]
    return sa.case(*whens, else_=_fmt(value))


def _plot_value(t: sa.FromClause = claims_wide) -> sa.ColumnElement[Any]:
    """Where a claim is drawn: at its upper bound for 'up to', else at its (lower) figure."""
    tc = t.c
    return sa.case(
        (tc.qualifier.in_(("up_to", "nearly")), sa.func.coalesce(tc.value_high, tc.value_low)),
        else_=sa.func.coalesce(tc.value_low, tc.value_high),
    )


def _party(t: sa.FromClause = claims_wide) -> tuple[sa.ColumnElement[bool], sa.ColumnElement[str], Any]:
    """(by_warring_party, decided_by, FROM clause): the rule of the `claim_party` view.

    Why not join the view: it derives the answer for every claim before the join (~0.3 s per
    million claims); joined to the already-filtered claims (or war_cube's, or the few rows a
    chart shows) it costs almost nothing. That is also why war_cube does not store the
    answer: a changed flag or actor needs no refresh. The rule and its sides come from
    etl.core.schema (one definition); a test checks both agree.
    """
    fl, a, tc = warring_flags.c, actors.c, t.c
    by_side = sa.and_(tc.claimant_side.in_(list(WARRING_SIDES)), a.kind != "analyst")
    warring = sa.func.coalesce(fl.warring_party, by_side)
    decided = sa.func.coalesce(fl.flagged_by, "claimant side")
    frm = t.join(actors, a.actor_id == tc.claimant_id).outerjoin(warring_flags, fl.claim_id == tc.claim_id)
    return warring, decided, frm


#: Up to this many ids, DuckDB looks claims up by their primary key's index (an IN list);
#: beyond it, it scans (then limited to the ids' date span: claims are stored by date).
INDEX_LOOKUP_MAX = 2000


def _shown_notes(con: duckdb.DuckDBPyConnection, df: pd.DataFrame) -> pd.DataFrame:
    """(session 21, QA 3 find 1) A `notes` column for the claims shown: a fact-sheet row with no
    verbatim sentence keeps the sheet's wording in its note, which the hover and the tables show
    in the quote's place. (QA pass 23) A quoted claim's note too: a correction ("F08 was
    corrected …") or what a fragment of a quote stands for was hidden wherever a quote was on
    record. Looked up for the points' example claims only (at most MAX_POINTS ids)."""
    if df.empty or "quote" not in df.columns or "claim_id" not in df.columns:
        return df.assign(notes=pd.Series(dtype="object")) if "notes" not in df.columns else df
    return _with_notes(con, df.assign(has_note=df["claim_id"].notna()))


def _shown_responses(con: duckdb.DuckDBPyConnection, df: pd.DataFrame) -> pd.DataFrame:
    """(QA pass 23) A `responses` column for the claims shown: who confirmed, denied or would not
    comment on each ("Russia: no comment; Kremlin: no comment"), so silence and confirmation are
    beside the figure, not only in Attribution's Responses tab. Looked up for the points' example
    claims only (at most MAX_POINTS ids); None where no response is tied to the claim."""
    ids = [i for i in df["claim_id"].tolist() if isinstance(i, str)] if "claim_id" in df.columns else []
    if not ids:
        return df.assign(responses=pd.Series([None] * len(df), index=df.index, dtype="object"))
    rc, r = response_claims.c, responses.c
    # (QA pass 25) each with its day and, for a confirmation or denial, what it answered: "DPRK:
    # confirmed" beside a troop figure read as the figure confirmed, when North Korea confirmed
    # the deployment, not any figure, months later (the last clause of `about` says what it is)
    scope = sa.func.regexp_extract(r.about, r"(?:^|; )([^;]{1,70})$", 1)
    said = (
        actors.c.name
        + sa.literal(": ")
        + sa.func.replace(r.stance, "_", " ")
        + sa.func.coalesce(sa.literal(" ") + sa.cast(r.stated_on, sa.String), "")
        + sa.case(
            (
                sa.and_(r.stance.in_(["confirmed", "denied"]), sa.func.coalesce(scope, "") != ""),
                sa.literal(" (") + scope + sa.literal(")"),
            ),
            else_="",
        )
    )
    stmt = (
        sa.select(
            rc.claim_id,
            sa.func.array_to_string(sa.func.list_sort(sa.func.list_distinct(sa.func.list(said))), "; ").label(
                "responses"
            ),
        )
        .join(responses, r.response_id == rc.response_id)
        .join(actors, actors.c.actor_id == r.responder_id)
        .where(rc.claim_id.in_(ids))
        .group_by(rc.claim_id)
    )
    # One run: the rows come in no set order, so the ids and their responses are read together
    # (session 31: reading each column from its own run paired claims with other claims' responses).
    said_by = run(con, stmt)
    found = dict(zip(said_by["claim_id"].tolist(), said_by["responses"].tolist(), strict=True))
    return df.assign(responses=df["claim_id"].map(found).astype("object"))


def _with_notes(con: duckdb.DuckDBPyConnection, df: pd.DataFrame) -> pd.DataFrame:
    """Add each claim's note (claims.notes), fetched for the listed ids only.

    With a `has_note` column (war_cube's), only the claims that have a note are looked up
    (few of the points shown); the column is dropped. Claims without a note: None.
    """
    n = claim_notes.c
    wanted = df[df["has_note"].astype(bool)] if "has_note" in df.columns else df
    df = df.drop(columns="has_note", errors="ignore")
    if df.empty:
        return df.assign(notes=pd.Series(dtype="object"))
    ids = wanted["claim_id"].tolist()
    if not ids:
        return df.assign(notes=pd.Series([None] * len(df), index=df.index, dtype="object"))
    cond = [n.claim_id.in_(ids)]
    if len(ids) > INDEX_LOOKUP_MAX and wanted["stated_on"].notna().any():
        cond += [
            n.stated_on >= pd.Timestamp(wanted["stated_on"].min()).date(),
            n.stated_on <= pd.Timestamp(wanted["stated_on"].max()).date(),
        ]
    notes = run(con, sa.select(n.claim_id, n.notes).where(*cond))  # (one more condition: a scan)
    found = {k: v for k, v in zip(notes["claim_id"], notes["notes"], strict=True) if isinstance(v, str)}
    return df.assign(notes=[found.get(i) for i in df["claim_id"]])


def _war_row(t: sa.Table) -> sa.ColumnElement[Any]:
    """The claims_wide row of a war claim: `rowid` there, the stored `row_id` in war_cube."""
    return t.c.row_id if t is war_cube else sa.literal_column("claims_wide.rowid")


def _war_where(f: Filters, t: sa.Table) -> list[sa.ColumnElement[bool]]:
    """`where(f)` on claims_wide or on war_cube, which answers place and quote filters too: by
    its claims' place ids (claims_wide's, from claim_places) and by its claims_wide row
    through the quote index."""
    if t is claims_wide:
        return where(f)
    cond = where(f, t=t)
    if f.places:
        named = sa.select(sa.func.list(places.c.place_id)).where(places.c.name.in_(list(f.places)))
        cond.append(sa.func.list_has_any(t.c.place_ids, named.scalar_subquery()))
    if f.q:
        cond.append(quote_search(f, rowid=t.c.row_id))
    return cond


def _war_cond(f: Filters, t: sa.Table, subject: str, metric: str | None) -> list[sa.ColumnElement[bool]]:
    tc = t.c
    cond = [*_war_where(f, t), tc.claim_type == "casualties", tc.subject == subject]
    if t is claims_wide:  # war_cube holds only such claims
        cond += [c.basis == "cumulative", c.stated_on.is_not(None), FIGURE]
    if metric:
        cond.append(tc.metric == metric)
    return cond


def _war_wide(t: sa.Table) -> sa.ColumnElement[bool]:
    """A figure scoped to a region or place (e.g. losses in Kursk Oblast) is not a war-wide
    total: it stays in the Kursk view. (The daily series is war-wide by its source: this applies to
    the sparse claims and the band only.)"""
    if t is war_cube:
        return war_cube.c.war_wide
    return sa.and_(c.region.is_(None), sa.func.coalesce(c.places, "") == "")


#: Each war query's empty answer as it once came back (its columns and dtypes), by query name.
_WAR_EMPTY: dict[str, pd.DataFrame] = {}


def _war_any(con: duckdb.DuckDBPyConnection, cond: list[sa.ColumnElement[bool]]) -> bool:
    """Whether war_cube has a row matching `cond`: one row of the small cube (about 1 ms)."""
    stmt = sa.select(sa.literal(1)).select_from(war_cube).where(*cond).limit(1)
    compiled = stmt.compile(dialect=_DIALECT, compile_kwargs={"render_postcompile": True})
    params = compiled.params
    cur = con.cursor()
    try:  # fetchone, not a DataFrame: converting one value to pandas cost as much as the query
        return (
            cur.execute(str(compiled), [params[n] for n in compiled.positiontup or []]).fetchone() is not None
        )
    finally:
        cur.close()


def _war_read(
    con: duckdb.DuckDBPyConnection,
    subject: str,
    read: Callable[[sa.Table], pd.DataFrame],
    name: str,
    cond: Callable[[sa.Table], list[sa.ColumnElement[bool]]],
) -> pd.DataFrame:
    """`read(war_cube)` (the war-wide view's claims, a few per million) for the subjects it
    holds; otherwise, or on a database built before the cube existed, `read(claims_wide)`:
    slower, never an error. Both give the same frame (tests/test_war_cube.py).

    A side with nothing to draw (`cond(war_cube)`, the rows `read` starts from, matches none)
    is answered by an EXISTS and the query's empty frame, once one was seen: planning and
    running the full query for nothing took 10-15 ms per query at 10M claims (issue 11).
    """
    if subject not in WAR_SUBJECTS:
        return read(claims_wide)
    try:
        empty = _WAR_EMPTY.get(name)
        if empty is not None and not _war_any(con, cond(war_cube)):
            return empty.copy()
        df = read(war_cube)
    except (duckdb.CatalogException, duckdb.BinderException) as exc:
        _read_slowly("war_cube", exc)
        return read(claims_wide)
    if df.empty:
        _WAR_EMPTY.setdefault(name, df.iloc[0:0].copy())
    return df


#: claims_wide under another name: the war queries read the text of the rows they return by row.
_war_text = claims_wide.alias("war_text")


_TEXT = ("quote", "reported_by", "source_url", "n_reports")


def _war_text_cols(t: sa.Table) -> list[sa.ColumnElement[Any]]:
    """The columns the picked rows' subquery carries for their text: war_cube holds it."""
    return [t.c[k] for k in _TEXT] if t is war_cube else []


def _with_text(frm: Any, rows: sa.Subquery, t: sa.Table, cols: Sequence[str]) -> tuple[Any, list[Any]]:
    """(FROM, columns) for the picked rows' text (`cols` of quote, outlets, link). From war_cube,
    the rows carry it; from claims_wide, `frm` is joined to each picked row's claims_wide row by
    row id: DuckDB reads those rows only (a semi-join on row ids), not every claim's text."""
    if t is war_cube:
        return frm, [rows.c[k] for k in cols]
    return (
        frm.outerjoin(_war_text, sa.literal_column("war_text.rowid") == rows.c.row_id),
        [_war_text.c[k] for k in cols],
    )


def war_claims(
    con: duckdb.DuckDBPyConnection,
    f: Filters,
    subject: str,
    metric: str,
    limit: int = MAX_POINTS,
    *,
    table: sa.Table | None = None,
) -> pd.DataFrame:
    """Sparse war-wide cumulative claims on one side's losses (not the daily series), one each.

    Each row keeps claimant, whether a warring party said it (the `claim_party` rule), the
    figure as it reads, its qualifier and bounds, quote, note and source link. Cumulative only:
    these are totals 'so far' and are never added together. Read from war_cube (or `table`);
    quotes and sources are read by row, and notes by id, for the rows returned only.
    """

    def sparse(t: sa.Table) -> list[sa.ColumnElement[bool]]:
        return [*_war_cond(f, t, subject, metric), _war_wide(t), t.c.source.not_in(list(DENSE_SOURCES))]

    def read(t: sa.Table) -> pd.DataFrame:
        tc = t.c
        # The rows first (narrow columns, top `limit`), then who said them and how each reads,
        # for those rows only: joining and formatting every matching claim was most of the query.
        rows = (
            sa.select(
                *(tc[k] for k in ("claim_id", "claimant", "claimant_side", "claimant_id", "stated_on")),
                *(tc[k] for k in ("stated_on_precision", "metric", "subject", "value_low", "value_high")),
                tc.qualifier,
                tc.source,
                _war_row(t).label("row_id"),
                (tc.has_note if t is war_cube else sa.true()).label("has_note"),
                *_war_text_cols(t),
            )
            .where(*sparse(t))
            .order_by(tc.stated_on, tc.claimant, tc.claim_id)
            .limit(limit)
            .subquery()
        )
        r = rows.c
        warring, decided, frm = _party(rows)
        frm, text = _with_text(frm, rows, t, _TEXT)
        stmt = (
            sa.select(
                *(
                    r[k]
                    for k in ("claim_id", "claimant", "claimant_side", "stated_on", "stated_on_precision")
                ),
                *(r[k] for k in ("metric", "subject", "value_low", "value_high", "qualifier")),
                _figure_text(rows).label("figure"),
                _plot_value(rows).label("y"),
                sa.case((sa.and_(r.value_low.is_not(None), r.value_high > r.value_low), r.value_high)).label(
                    "y_high"
                ),
                warring.label("by_warring_party"),
                sa.case((warring, "warring party"), else_="third party").label("party"),
                decided.label("decided_by"),
                *text,
                r.source,
                r.has_note,
            )
            .select_from(frm)
            .order_by(r.stated_on, r.claimant, r.claim_id)
        )
        return run(con, stmt)

    df = read(table) if table is not None else _war_read(con, subject, read, "war_claims", sparse)
    return _with_notes(con, df)


def war_daily_series(
    con: duckdb.DuckDBPyConnection,
    f: Filters,
    subject: str,
    limit: int = 10_000,
    *,
    table: sa.Table | None = None,
) -> pd.DataFrame:
    """The daily cumulative series claiming `subject`'s losses (the General Staff's), by day.

    Its metric is the publisher's own ('personnel_losses'), so it is returned whatever metric
    the view compares, and labelled with it; one row per claimant and day (bounded by days).
    """

    def dense(t: sa.Table) -> list[sa.ColumnElement[bool]]:
        return [*_war_cond(f, t, subject, None), t.c.source.in_(list(DENSE_SOURCES))]

    def read(t: sa.Table) -> pd.DataFrame:
        tc = t.c
        rows = (  # the rows first, then who said them and how each reads (as war_claims)
            sa.select(
                *(tc[k] for k in ("claim_id", "claimant", "claimant_side", "claimant_id", "stated_on")),
                *(tc[k] for k in ("metric", "value_low", "value_high", "qualifier", "source")),
                _war_row(t).label("row_id"),
                *_war_text_cols(t),
            )
            .where(*dense(t))
            .order_by(tc.claimant, tc.stated_on, tc.claim_id)
            .limit(limit)
            .subquery()
        )
        r = rows.c
        warring, _decided, frm = _party(rows)
        frm, text = _with_text(frm, rows, t, _TEXT[:3])
        stmt = (
            sa.select(
                *(r[k] for k in ("claim_id", "claimant", "claimant_side", "stated_on", "metric")),
                *(r[k] for k in ("value_low", "value_high", "qualifier")),
                _figure_text(rows).label("figure"),
                _plot_value(rows).label("y"),
                warring.label("by_warring_party"),
                *text,
                r.source,
            )
            .select_from(frm)
            .order_by(r.claimant, r.stated_on, r.claim_id)
        )
        return run(con, stmt)

    return read(table) if table is not None else _war_read(con, subject, read, "war_daily_series", dense)


def war_band(
    con: duckdb.DuckDBPyConnection,
    f: Filters,
    subject: str,
    metric: str,
    months: int = BAND_MONTHS,
    *,
    table: sa.Table | None = None,
) -> pd.DataFrame:
    """The range spanned by third-party estimates, per bin of `months` months (stated date).

    low = the smallest figure stated in the bin (a lower bound's value counts as stated), high
    = the largest (a range's upper end); `low_is`/`high_is` name each edge's qualifier and claimant
    ("at_least by Norwegian Defence Intelligence"). Only claims not made by a warring party. One row per
    bin that has estimates: a bin without any leaves a gap, never an interpolated band.
    `who` names the bin's claimants in alphabetical order.
    """

    def claims(t: sa.Table) -> list[sa.ColumnElement[bool]]:
        """The band's claims before the warring-party rule (it is joined, not in the cube)."""
        return [*_war_cond(f, t, subject, metric), _war_wide(t)]

    def read(t: sa.Table) -> pd.DataFrame:
        tc = t.c
        warring, _decided, frm = _party(t)
        bin_start = sa.func.time_bucket(sa.func.to_months(months), tc.stated_on).label("bin_start")
        stmt = (
            sa.select(
                bin_start,
                sa.func.max(sa.func.date_add(bin_start, sa.func.to_months(months))).label("bin_end"),
                sa.func.min(sa.func.coalesce(tc.value_low, tc.value_high)).label("low"),
                sa.func.max(sa.func.coalesce(tc.value_high, tc.value_low)).label("high"),
                # (QA 8) what each edge is: a lower bound ("at least 600,000") is no floor anyone
                # measured, so the hover names its qualifier and claimant
                sa.func.arg_min(
                    sa.func.concat_ws(" by ", tc.qualifier, tc.claimant),
                    sa.func.coalesce(tc.value_low, tc.value_high),
                ).label("low_is"),
                sa.func.arg_max(
                    sa.func.concat_ws(" by ", tc.qualifier, tc.claimant),
                    sa.func.coalesce(tc.value_high, tc.value_low),
                ).label("high_is"),
                sa.func.count().label("estimates"),
                sa.func.count(sa.distinct(tc.claimant)).label("claimants"),
                sa.func.array_to_string(
                    sa.func.list_sort(sa.func.list(sa.distinct(tc.claimant))), "; "
                ).label("who"),
            )
            .select_from(frm)
            .where(*claims(t), sa.not_(warring))
            .group_by(bin_start)
            .order_by(bin_start)
        )
        return run(con, stmt)

    return read(table) if table is not None else _war_read(con, subject, read, "war_band", claims)
