"""Payload caps: how much of a result a page sends to the browser (issue 11: <= 250 kB a page).

A table's rows go to the browser as Arrow bytes, a chart's points as JSON; both grow with the
data, so every page caps what it sends and says so ("showing N of M; narrow the filters or
export"). Rows are cut by an estimate of their encoded size, not by a fixed count, because one
quote can be 80 characters or 2,000. No Streamlit here: `claimsdesk.ui.table` draws the result.
"""

from __future__ import annotations

import pandas as pd

#: Everything a page sends (its widgets, charts and tables) should stay under this.
PAGE_BYTES = 250_000
#: One table's share of a page (a page with two big tables gives each a smaller share).
TABLE_BYTES = 120_000
#: Arrow's cost of a non-text cell, and the fixed cost of a text cell besides its characters.
_CELL_BYTES = 8


def row_bytes(df: pd.DataFrame) -> pd.Series:
    """An estimate of each row's encoded size: text length in UTF-8 bytes plus a fixed cell cost."""
    size = pd.Series(_CELL_BYTES * len(df.columns), index=df.index, dtype="int64")
    for col in df.columns:
        s = df[col]
        if pd.api.types.is_object_dtype(s) or pd.api.types.is_string_dtype(s):
            text = s.astype("string")
            size += text.str.encode("utf-8").str.len().fillna(0).astype("int64")
    return size


def fit_rows(df: pd.DataFrame, budget: int = TABLE_BYTES, max_rows: int | None = None) -> pd.DataFrame:
    """The leading rows of `df` whose estimated size fits `budget` bytes (at most `max_rows`)."""
    out = df if max_rows is None else df.head(max_rows)
    if out.empty:
        return out
    fits = int((row_bytes(out).cumsum() <= budget).sum())
    return out.head(max(fits, 1))
