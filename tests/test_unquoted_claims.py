"""Claims with no verbatim quote on record (session 21, QA 3 find 1).

Thirty fact-sheet rows have no verbatim sentence: their `quote` is empty and `notes` holds the
sheet's wording, marked. An analyst must meet that wording wherever the quote would stand: the
Explore table, the CSV export, the charts' hover and the latest-figure tables.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

from claimsdesk import charts, export, figures, queries, ui
from claimsdesk.filters import Filters
from etl.core import db

BUDANOV = "Kyrylo Budanov (HUR)"
MARK = "No verbatim sentence retained"
TYPES = ("casualties", "missing", "captured")


def _con(pointer: Path):  # type: ignore[no-untyped-def]
    return db.connect_readonly(db.resolve_live(pointer))


def test_explore_and_its_csv_give_the_note_where_there_is_no_quote(built_default_db: Path) -> None:
    f = Filters(claimants=(BUDANOV,))
    con = _con(built_default_db)
    try:
        rows = queries.explore(con, f, "stated_on", True, 100)
    finally:
        con.close()
    unquoted = rows[rows["quote"].isna()]
    assert len(unquoted) >= 1
    assert unquoted["notes"].str.contains(MARK).all()
    # quoted claims keep their quote, and a claim with neither has an empty note, not a made-up one
    assert rows["notes"].isna().sum() == rows["quote"].notna().sum()
    text = export.filtered_csv(
        str(db.resolve_live(built_default_db)), f, "stated_on", True, "filters: claimant"
    ).decode("utf-8-sig")
    table = list(csv.DictReader(io.StringIO(text.split("\n", 1)[1])))
    assert "notes" in table[0]
    assert any(r["quote"] == "" and MARK in r["notes"] for r in table)


def test_the_hover_and_the_latest_table_give_the_note_in_the_quotes_place(built_default_db: Path) -> None:
    con = _con(built_default_db)
    try:
        latest = queries.latest_per_claimant(
            con, Filters(), TYPES, "DPRK forces", "killed_or_wounded", "cumulative"
        )
        points = queries.figure_points(con, Filters(claimants=(BUDANOV,)), TYPES, "cumulative", "DPRK forces")
    finally:
        con.close()
    row = latest[latest["claimant"] == BUDANOV].iloc[0]
    assert row["quote"] is None or row["quote"] != row["quote"]  # no quote (None or NaN)
    assert MARK in row["notes"]
    assert "notes" in figures.latest_table(latest).columns
    hover = [h[5] for h in charts.hover_data(points)]
    assert any(h.startswith(charts.NO_QUOTE + "<br>note: ") for h in hover), hover


def test_the_tables_say_there_is_no_quote_and_put_the_note_next_to_it(built_default_db: Path) -> None:
    con = _con(built_default_db)
    try:
        rows = queries.explore(con, Filters(claimants=(BUDANOV,)), "stated_on", True, 100)
    finally:
        con.close()
    shown = charts.with_figure_labels(rows, 2)
    assert (shown.loc[rows["quote"].isna(), "quote"] == charts.NO_QUOTE_SEE_NOTES).all()
    assert rows["quote"].isna().any()  # the data itself keeps the quote empty (and so does the CSV)
    assert ui.EXPLORE_TABLE[ui.EXPLORE_TABLE.index("quote") + 1] == "notes"


def test_the_every_figure_table_marks_a_missing_quote_as_the_other_tables_do(built_default_db: Path) -> None:
    con = _con(built_default_db)
    try:
        points = queries.figure_points(con, Filters(claimants=(BUDANOV,)), TYPES, "cumulative", "DPRK forces")
    finally:
        con.close()
    table = figures.as_table(points, ("stated_on", "claimant", "figure", *figures.SOURCE_COLUMNS))
    unquoted = points["quote"].isna()
    assert unquoted.any()
    assert (table.loc[unquoted, "quote"] == charts.NO_QUOTE_SEE_NOTES).all()
    assert table.loc[unquoted, "notes"].str.contains(MARK).all()


def test_a_quoted_claims_note_is_in_its_hover_and_table_too(built_default_db: Path) -> None:
    """(QA pass 23) Notes were fetched only for claims without a quote: F08's correction ("Re-checked
    2026-12: earlier transcribed as 'at least' …") never reached a chart's hover or the pages'
    tables, only Explore. A quoted claim's note follows its quote."""
    jcs = "Joint Chiefs of Staff (South Korea)"
    con = _con(built_default_db)
    try:
        points = queries.figure_points(con, Filters(claimants=(jcs,)), TYPES, "cumulative", "DPRK forces")
    finally:
        con.close()
    f08 = points[(points["value_low"] == 1100) & points["quote"].notna()]
    assert len(f08) == 1
    assert "Re-checked 2026-12" in f08["notes"].iloc[0]
    hover = charts.hover_data(f08)[0][5]
    assert hover.startswith("“around 1,100”<br>note: JCS: 'around 1,100'"), hover
    table = figures.as_table(f08, ("stated_on", "claimant", "figure", *figures.SOURCE_COLUMNS))
    assert "Re-checked 2026-12" in table["notes"].iloc[0]


def test_a_points_hover_names_who_confirmed_denied_or_would_not_comment(built_default_db: Path) -> None:
    """(QA pass 23) "Neither Russia nor North Korea commented" on HUR's 30 was visible only in
    Attribution's Responses tab; the charts' hovers said nothing of silence, denial or
    confirmation. Each point's example claim brings the responses tied to it."""
    hur = "Defense Intelligence of Ukraine (HUR)"
    con = _con(built_default_db)
    try:
        points = queries.figure_points(con, Filters(claimants=(hur,)), TYPES, "period", "DPRK forces")
    finally:
        con.close()
    thirty = points[(points["value_low"] == 30) & (points["metric"] == "killed_or_wounded")]
    assert len(thirty) == 1
    answered = thirty["responses"].iloc[0]
    assert "no comment" in answered, answered
    assert f"<br>responses: {answered[:20]}" in charts.hover_data(thirty)[0][5]
    # a claim nobody answered says nothing of responses
    quiet = points[points["responses"].isna()]
    assert all("responses:" not in h[5] for h in charts.hover_data(quiet))
