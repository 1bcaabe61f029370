"""Spreadsheet-safe CSV export of the filtered claims (Explore & export).

The page shows only as many rows as fit its payload cap; the download holds every claim the
filters match (up to EXPORT_MAX_ROWS), read when the button is clicked (`filtered_csv`).

A cell a spreadsheet could evaluate as a formula (starting with `=`, `+`, `-`, `@`, a tab, a
carriage return or a line feed; OWASP's CSV-injection guidance, extended to formula characters
after whitespace or invisible characters and to their full-width forms) is prefixed with a
single quote. Only text
cells are touched: a negative *number* stays a number. The first line records the filter state
as a comment so a file can be traced back to its view.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
import unicodedata
from collections.abc import Iterable
from pathlib import Path

import pandas as pd

from claimsdesk import queries
from claimsdesk.filters import Filters
from etl.core import db

#: The most rows one download holds (a CSV of a million claims is a few hundred MB); the page
#: says so when the filters match more.
EXPORT_MAX_ROWS = 1_000_000

FORMULA_TRIGGERS: tuple[str, ...] = ("=", "+", "-", "@", "\t", "\r", "\n")

#: Characters that start a formula: ASCII, their full-width forms (an East Asian spreadsheet or
#: input method may read ＝ as =) and their small forms.
FORMULA_CHARS = frozenset("=+-@\uff1d\uff0b\uff0d\uff20\ufe66\ufe62\ufe63\ufe6b")

#: What a spreadsheet (or a reader) may skip before the first visible character: whitespace
#: (incl. no-break and ideographic spaces), control characters (NUL, BEL, …), invisible format
#: characters (zero-width space, joiners, BOM, soft hyphen, direction marks, tag characters),
#: combining marks and variation selectors, and the blank "filler" letters (Hangul fillers,
#: the braille blank). (Round 42's QA pass: a NUL, a BEL or a braille blank before "=" was kept.)
_SKIPPED_CATEGORIES = frozenset({"Cc", "Cf", "Cn", "Zs", "Zl", "Zp", "Mn", "Me"})  # Cn: unassigned
_FILLERS = frozenset("\u115f\u1160\u2800\u3164\uffa0")


def _first_visible(value: str) -> str:
    """The first character of `value` a reader sees ("" when there is none)."""
    for ch in value:
        if ch.isspace() or ch in _FILLERS or unicodedata.category(ch) in _SKIPPED_CATEGORIES:
            continue
        return ch
    return ""


def neutralise(value: object) -> object:
    """Prefix a text cell that could start a formula with `'`; leave everything else alone.

    Besides OWASP's list (a cell starting with = + - @ tab CR), a cell is neutralised when its
    first character after any whitespace, control and invisible characters is a formula character in
    ASCII, full-width or small form (`"  =1"`, `"\\u200b=1"`, `"＝1"`), and when it starts with
    a line feed: importers and spreadsheets differ in what they trim, so what looks like text
    to one may be a formula to another.
    """
    if not isinstance(value, str) or not value:
        return value
    if value.startswith(FORMULA_TRIGGERS):
        return "'" + value
    if _first_visible(value) in FORMULA_CHARS:
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
    return frames_to_safe_csv([df], filter_description)


def frames_to_safe_csv(frames: Iterable[pd.DataFrame], filter_description: str) -> bytes:
    """`to_safe_csv` of the rows of `frames` (same columns), written one frame at a time.

    Why: a download may hold a million claims; neutralising and writing a batch at a time keeps
    at most one batch in a DataFrame (the CSV text itself is what the button sends).
    """
    body = io.StringIO()
    rows = 0
    for i, frame in enumerate(frames):
        # RFC 4180 line ends: a cell holding a CR or LF is then always quoted.
        safe_frame(frame).to_csv(body, index=False, header=i == 0, lineterminator="\r\n")
        rows += len(frame)
    stamp = dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    header = f"# Claims Desk export; filters: {filter_description}; rows: {rows}; exported {stamp}"
    # One cell, quoted when it holds a comma or a quote: a search in the link ("q=Kursk,=HYPERLINK(…)")
    # would otherwise open as a cell of its own, a formula (QA pass 5)
    line = io.StringIO()
    csv.writer(line, lineterminator="\r\n").writerow(
        [neutralise(header.replace("\n", " ").replace("\r", " "))]
    )
    first = line.getvalue()
    return (first + body.getvalue()).encode("utf-8-sig")


def describe_export(filters: str, sort: str, descending: bool, total: int) -> str:
    """The filters and order a download records in its first line. The export counts its own
    rows there ("rows: N"), so this says only what it leaves out, if anything (session 20, QA
    find 10: the count was printed twice)."""
    n = min(total, EXPORT_MAX_ROWS)
    out = f"{filters}; sort={sort} {'desc' if descending else 'asc'}"
    return out + (f"; the first {n:,} of {total:,} matching claims" if total > n else "")


def export_filename(filter_description: str, today: dt.date | None = None) -> str:
    """`claims-<date>-<filters>.csv`, with the filters slugged and shortened."""
    day = (today or dt.date.today()).isoformat()
    slug = re.sub(r"[^A-Za-z0-9]+", "-", filter_description).strip("-").lower()[:80] or "all"
    return f"claims-{day}-{slug}.csv"


def filtered_csv(
    real_path: str,
    f: Filters,
    sort: str,
    descending: bool,
    description: str,
    limit: int = EXPORT_MAX_ROWS,
    pointer: str | None = None,
) -> bytes:
    """Every claim `f` matches (at most `limit`), sorted as the page, as spreadsheet-safe CSV.

    Runs when the download button is clicked, in Streamlit's download thread (no script
    context: everything it needs is passed in), on its own read-only connection to the
    published file the page was drawn from. (QA pass 21) If builds have since pruned that file
    (a page left open while the data were rebuilt a few times), the export reads the build the
    `pointer` publishes now, and its first line says so: the click did nothing before, with no
    message, and the server logged an error.
    """
    path = Path(real_path)
    if not path.exists() and pointer is not None:
        newer = db.resolve_live(Path(pointer))
        if newer is not None:
            path = newer
            description += "; the data were rebuilt after the page was drawn: this is the current build"
    con = db.connect_readonly(path)
    try:
        return frames_to_safe_csv(queries.explore_batches(con, f, sort, descending, limit), description)
    finally:
        con.close()
