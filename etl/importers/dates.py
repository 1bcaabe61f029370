"""Dates as real exports write them, and which way a file writes `a/b/yyyy`.

Publishers' CSVs pass through spreadsheets and arrive as ISO (`2022-02-24`,
`2022-02-24 00:00:00`), US forms (`2/24/2022 12:00:00 AM`, `02/24/2022 00:00`,
`02/24/2022 12:00:00 AM`) or day-first forms (`24/02/2022`, `24/02/2022 00:00:00`). A slash date
whose two leading numbers are both 12 or less (`06/08/2024`) reads either way, so the *file*
decides, never the row:

- a file where some slash date has a first number above 12 (and none a second above 12) is
  day-first; the mirror case is month-first;
- a file with both kinds mixes orders: its unambiguous dates load, its ambiguous ones are
  quarantined (reason `ambiguous_date`), never guessed;
- a file with no deciding date is read in the publisher's usual order, with a note saying so.

All of this runs in DuckDB over a staged table (one pass for the evidence, one expression per
row), so a million-row export costs no Python loop.
"""

from __future__ import annotations

from dataclasses import dataclass

import duckdb

from etl.core.contract import MAX_YEAR, MIN_YEAR
from etl.core.rules import Rule, rule

#: a/b/yyyy, optionally followed by a time (h:mm, h:mm:ss, fractions, AM/PM).
SLASH_RE = (
    r"^\s*(\d{1,2})/(\d{1,2})/(\d{4})"
    r"(?:[ T]+(\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*([AaPp]\.?[Mm]\.?)?)?\s*$"
)

#: Formats other than slash dates tried in order (DuckDB strptime).
ISO_FORMATS: tuple[str, ...] = (
    "%Y-%m-%d",
    "%Y-%m-%d %H:%M:%S",
    "%Y-%m-%d %H:%M",
    "%Y-%m-%dT%H:%M:%S",
    "%Y-%m-%d %H:%M:%S.%f",
    "%Y-%m-%dT%H:%M:%SZ",
)

DAY_FIRST = "day-first"
MONTH_FIRST = "month-first"
MIXED = "mixed"


@dataclass(frozen=True)
class SlashOrder:
    """How a file writes a/b/yyyy: the order used, and a note when the file could not decide."""

    order: str  # DAY_FIRST, MONTH_FIRST or MIXED
    n_slash: int
    n_ambiguous: int
    note: str | None = None


def _part(col: str, i: int) -> str:
    return f"try_cast(regexp_extract({col}, '{SLASH_RE}', {i}) AS INTEGER)"


def slash_order(
    con: duckdb.DuckDBPyConnection, table: str, cols: list[str], default: str, label: str
) -> SlashOrder:
    """Decide the order of slash dates in `cols` of staged `table` from the file's own values.

    `default` (DAY_FIRST or MONTH_FIRST) applies when no date decides; the returned note says
    how many dates that affected. `table` and `cols` are names written in code.
    """
    parts = " UNION ALL ".join(
        f"SELECT {_part(c, 1)} AS a, {_part(c, 2)} AS b FROM {table} WHERE regexp_matches({c}, '{SLASH_RE}')"
        for c in cols
    )
    n, first_big, second_big, ambiguous = con.execute(
        f"SELECT count(*), count(*) FILTER (WHERE a > 12), count(*) FILTER (WHERE b > 12), "
        f"count(*) FILTER (WHERE a <= 12 AND b <= 12 AND a <> b) FROM ({parts})"
    ).fetchall()[0]
    fields = " and ".join(cols)
    if first_big and second_big:
        return SlashOrder(
            MIXED,
            n,
            ambiguous,
            f"{fields}: the file writes dates both day-first ({first_big} with a day above "
            f"12) and month-first ({second_big}); {ambiguous} date(s) that read either way "
            "are quarantined (ambiguous_date)"
            if ambiguous
            else f"{fields}: the file writes dates both day-first and month-first; each date read "
            "by the number above 12",
        )
    if first_big:
        return SlashOrder(DAY_FIRST, n, ambiguous)
    if second_big:
        return SlashOrder(MONTH_FIRST, n, ambiguous)
    note = None
    if ambiguous:
        shown = "dd/mm/yyyy" if default == DAY_FIRST else "mm/dd/yyyy"
        note = (
            f"{fields}: {ambiguous} of {n} slash date(s) could be day-first or month-first "
            f"and no date in {label} decides (none has a number above 12); read as {shown}, "
            "the publisher's usual order: check a known event's date"
        )
    return SlashOrder(default, n, ambiguous, note)


def date_sql(col: str, order: SlashOrder, extra: tuple[str, ...] = ()) -> str:
    """SQL: `col` (VARCHAR) as a DATE under the file's slash order, else NULL.

    A time part must be a valid clock time (1-12 with AM/PM, else 0-23); it is then dropped.
    In a MIXED file an ambiguous slash date gives NULL (see `ambiguous_sql`). `extra` are
    more strptime formats (e.g. ACLED's `%d %B %Y`).
    """
    a, b, y = _part(col, 1), _part(col, 2), _part(col, 3)
    hh, mm, ss = _part(col, 4), _part(col, 5), _part(col, 6)
    ampm = f"regexp_extract({col}, '{SLASH_RE}', 7)"
    time_ok = (
        f"(regexp_extract({col}, '{SLASH_RE}', 4) = '' OR ({mm} < 60 AND coalesce({ss}, 0) < 60 "
        f"AND CASE WHEN {ampm} <> '' THEN {hh} BETWEEN 1 AND 12 ELSE {hh} <= 23 END))"
    )

    def ymd(day: str, month: str) -> str:
        return f"try_strptime(printf('%04d-%02d-%02d', {y}, {month}, {day}), '%Y-%m-%d')"

    if order.order == DAY_FIRST:
        slash = ymd(a, b)
    elif order.order == MONTH_FIRST:
        slash = ymd(b, a)
    else:
        slash = (
            f"CASE WHEN {a} > 12 THEN {ymd(a, b)} WHEN {b} > 12 THEN {ymd(b, a)} "
            f"WHEN {a} = {b} THEN {ymd(a, b)} END"
        )
    iso = ", ".join(f"'{f}'" for f in (*ISO_FORMATS, *extra))
    day = (
        f"CAST(CASE WHEN regexp_matches({col}, '{SLASH_RE}') "
        f"THEN CASE WHEN {time_ok} THEN {slash} END "
        f"ELSE try_strptime(trim({col}), [{iso}]) END AS DATE)"
    )
    # (QA pass 30) a year outside MIN_YEAR..MAX_YEAR is no date ("0000-01-01" was stored as 1 BC)
    return f"list_filter([{day}], lambda d: year(d) BETWEEN {MIN_YEAR} AND {MAX_YEAR})[1]"


def ambiguous_sql(col: str, order: SlashOrder) -> str:
    """SQL: true for a slash date that reads either way in a file that mixes orders."""
    if order.order != MIXED:
        return "false"
    a, b = _part(col, 1), _part(col, 2)
    return f"coalesce(regexp_matches({col}, '{SLASH_RE}') AND {a} <= 12 AND {b} <= 12 AND {a} <> {b}, false)"


#: What the quarantine reason says a date may look like.
FORMATS_HINT = (
    "YYYY-MM-DD [HH:MM:SS], M/D/YYYY [h:mm:ss AM], MM/DD/YYYY HH:MM or DD/MM/YYYY, one order per file"
)


def date_rules(col: str, parsed: str, ambiguous: str, required: bool) -> list[Rule]:
    """Quarantine rules (see `etl.core.rules.rule`) for one date column.

    `parsed` and `ambiguous` name the columns holding `date_sql` and `ambiguous_sql` of `col`.
    """
    present = "true" if required else f"{col} IS NOT NULL"
    return [
        rule(
            ambiguous,
            col,
            f"'''' || {col} || ''' reads day-first or month-first and this file writes "
            "both orders (ambiguous_date)'",
            col,
        ),
        rule(
            f"{present} AND {parsed} IS NULL AND NOT {ambiguous}",
            col,
            f"'''' || coalesce({col}, '') || ''' is not a date ({FORMATS_HINT})'",
            col,
        ),
    ]
