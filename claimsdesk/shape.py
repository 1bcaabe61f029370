"""Small, named reshapes of a query's (already small) result for a page.

Why: pages read filters, call named functions and draw (issue 8); a boolean mask or a column
pick written in a page is a transformation nobody can test or find. Everything here works on a
result a named query has already aggregated in DuckDB (a few rows), never on a whole table.
"""

from __future__ import annotations

import re
from collections.abc import Hashable, Iterator, Sequence
from typing import Any

import pandas as pd

from etl.core.contract import TYPED_FIGURE_RE


def choices(df: pd.DataFrame, column: str, *, sort: bool = False, **equal: Any) -> list[Any]:
    """The distinct values of `column`, in the query's order (or sorted), among the rows whose
    columns equal the keyword arguments: `choices(series, "metric", subject="DPRK forces")`."""
    rows = df
    for name, value in equal.items():
        rows = rows[rows[name] == value]
    values = list(dict.fromkeys(rows[column].tolist()))
    return sorted(values) if sort else values


def groups(df: pd.DataFrame, column: str) -> Iterator[tuple[Hashable, pd.DataFrame]]:
    """The rows of each value of `column`, in the order the values first appear (the query's)."""
    for value in dict.fromkeys(df[column].tolist()):
        yield value, df[df[column] == value]


def pick(df: pd.DataFrame, columns: Sequence[str]) -> pd.DataFrame:
    """Only these columns, in this order (a table sends only what it shows)."""
    return df[list(columns)]


def first_row(df: pd.DataFrame) -> pd.Series:
    """The first row of a one-row result (headline numbers, a build's summary)."""
    return df.iloc[0]


def ticked(
    rows: Sequence[dict[str, Any]],
    columns: Sequence[str],
    flag: str = "accept",
    text: Sequence[str] = (),
    blank: Sequence[str] = (),
) -> pd.DataFrame:
    """An editable grid's frame: a `flag` column, ticked, then those of `columns` the rows have
    (a proposal is accepted unless the analyst unticks it), and the `blank` ones as empty text
    where the rows have none (the analyst's notes, which the extractor never proposes). `text`
    columns are edited as text: a whole-number column's editor drops a typed decimal point
    ("12.5" arrived as 125), so figures are typed as written and checked when saved
    (`etl.extract.review.figure_problem`)."""
    df = pd.DataFrame(list(rows))
    out = pd.DataFrame(
        {
            flag: [True] * len(df),
            **{
                c: df[c] if c in df.columns else pd.Series([""] * len(df), dtype="string")
                for c in columns
                if c in df.columns or c in blank
            },
        }
    )
    for c in text:
        if c in out.columns:
            out[c] = out[c].map(_as_typed).astype("string")
    return out


def _as_typed(v: object) -> str | None:
    """A figure as the analyst would type it: 30, not 30.0 (a column with an empty cell is float)."""
    if v is None or (not isinstance(v, str) and pd.isna(v)):
        return None
    if isinstance(v, float) and v.is_integer():
        return str(int(v))
    return str(v)


def accepted(
    df: pd.DataFrame | None, flag: str = "accept", whole: Sequence[str] = ()
) -> list[dict[str, Any]]:
    """The rows an analyst ticked in an editable grid, as plain dicts without the tick column;
    empty cells (NaN, None, NaT) become "" as the CSV writers expect. A `whole` column's text
    that is a whole number ("1,100") becomes that number; other text stays as typed, for the
    save to name (`ticked`'s text columns)."""
    if df is None or df.empty:
        return []
    # An unticked or empty cell is not accepted.
    rows = df[df[flag].eq(True)].drop(columns=[flag]).to_dict("records")
    out = [
        {k: ("" if not isinstance(v, (list, dict)) and pd.isna(v) else v) for k, v in r.items()} for r in rows
    ]
    for r in out:
        for c in whole:
            text = str(r.get(c, "")).strip()
            if re.fullmatch(TYPED_FIGURE_RE, text):
                r[c] = int(text.replace(",", ""))
    return out


def n_ticked(df: pd.DataFrame | None, flag: str = "accept") -> int:
    """How many rows of an editable grid are ticked: the rows `accepted` returns."""
    return 0 if df is None or df.empty else int(df[flag].eq(True).sum())


def iso_date(v: object) -> str:
    """A date cell as YYYY-MM-DD, or "" for none (NULL, NaT)."""
    return "" if v is None or pd.isna(v) else pd.Timestamp(v).date().isoformat()


def stated_label(v: object, precision: object) -> str:
    """A date stated as precisely as it is known: 2024-11-07 (day), 2024-11 (month), 2024
    (year), "undated"; a month-precision claim stored as 2024-11-01 must not read as 1 November."""
    day = iso_date(v)
    if not day:
        return "undated"
    return {"month": day[:7], "year": day[:4]}.get(str(precision or "day"), day)
