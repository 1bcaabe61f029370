"""Spreadsheet-safe CSV export of exactly the rows the Explore page shows.

A cell a spreadsheet would evaluate as a formula (starting with `=`, `+`, `-`, `@`, a tab or a
carriage return; OWASP's CSV-injection guidance) is prefixed with a single quote. Only text
cells are touched: a negative *number* stays a number. The first line records the filter state
as a comment so a file can be traced back to its view.
"""

from __future__ import annotations

import datetime as dt
import io
import re

import pandas as pd

FORMULA_TRIGGERS: tuple[str, ...] = ("=", "+", "-", "@", "\t", "\r")


def neutralise(value: object) -> object:
    """Prefix a text cell that would start a formula with `'`; leave everything else alone."""
    if isinstance(value, str) and value.startswith(FORMULA_TRIGGERS):
        return "'" + value
    return value


def safe_frame(df: pd.DataFrame) -> pd.DataFrame:
    """A copy of `df` whose text cells cannot be evaluated as formulas."""
    out = df.copy()
    for col in out.columns:
        s = out[col]
        if pd.api.types.is_object_dtype(s) or pd.api.types.is_string_dtype(s):
            out[col] = s.map(neutralise).astype(object)
    return out


def to_safe_csv(df: pd.DataFrame, filter_description: str) -> bytes:
    """UTF-8 (with BOM, so spreadsheets read non-Latin names right) CSV bytes of `df`.

    Line 1 is `# Claims Desk export; filters: ...; exported ...`, itself neutralised.
    """
    buf = io.StringIO()
    stamp = dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    header = f"# Claims Desk export; filters: {filter_description}; rows: {len(df)}; exported {stamp}"
    buf.write(str(neutralise(header.replace("\n", " ").replace("\r", " "))) + "\r\n")
    # RFC 4180 line ends: a cell holding a CR or LF is then always quoted.
    safe_frame(df).to_csv(buf, index=False, lineterminator="\r\n")
    return buf.getvalue().encode("utf-8-sig")


def export_filename(filter_description: str, today: dt.date | None = None) -> str:
    """`claims-<date>-<filters>.csv`, with the filters slugged and shortened."""
    day = (today or dt.date.today()).isoformat()
    slug = re.sub(r"[^A-Za-z0-9]+", "-", filter_description).strip("-").lower()[:80] or "all"
    return f"claims-{day}-{slug}.csv"
