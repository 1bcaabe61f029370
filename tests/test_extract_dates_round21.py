"""Dates, round 21: a report's own date found in a header line of fields, in more formats.

Reports whose date sits in a header line with furniture (an issue number, a section, a time
zone, a fixed-width page header) were read against today, so "on Friday" and "27 March" got
the current year. The header's fields are now read one by one, in more of the common formats.
The inputs are written for each behaviour, not copied from any report; the negatives (a line
that is no date, a report with no date at all) must not change. Tests share no state.
"""

from __future__ import annotations

from datetime import date, datetime

import pytest

from etl.extract import extract
from etl.extract.dates import parse_date_line, parse_month_line
from etl.extract.document import parse_layout

BODY = (
    "Seoul figures\n\nSouth Korea's spy agency said on Thursday that about 1,200 North Korean "
    "soldiers had been killed in the Kursk region.\n"
)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Town Gazette No. 7 | Tuesday, 14 January 2025", datetime(2025, 1, 14)),
        # a wrapped header line ran into the note in brackets below it
        (
            "Newsletter No. 9 | Monday, 3 February 2025 (translated by volunteers for partner towns; the original text prevails)",
            datetime(2025, 2, 3),
        ),
        ("Published 09:30 05-Feb-2025", datetime(2025, 2, 5, 9, 30)),
        ("04-02-2025 08:15 CET", datetime(2025, 2, 4, 8, 15)),
        ("Tue Feb 4 08:15:02 UTC 2025", datetime(2025, 2, 4, 8, 15)),
        ("Issued : 04FEB25 0815 UTC   Valid: until further notice", datetime(2025, 2, 4)),
    ],
)
def test_a_header_line_of_fields_gives_the_report_its_date(line: str, expected: datetime) -> None:
    assert parse_date_line(line) == expected


@pytest.mark.parametrize("line", ["Issue 12 | Interview", "Room 14-02-B | Floor 3", "Call 0815 UTC"])
def test_a_header_line_without_a_date_gives_none(line: str) -> None:
    assert parse_date_line(line) is None


def test_a_month_among_header_fields_is_the_reports_month() -> None:
    assert parse_month_line("February 2025 | Issue 2 | Interview") == date(2025, 2, 28)
    assert parse_month_line("Issue 2 | Interview") is None


def test_a_yearless_header_stamp_takes_the_year_its_weekday_falls_in() -> None:
    # 6 March fell on a Thursday in 2025 (and not in 2026)
    lay = parse_layout("P100  CITY TEXT   100 Thu 6 Mar 20:15:00\n\n" + BODY)
    assert lay.published is not None and lay.published.date() == date(2025, 3, 6)


def _stated(text: str) -> set[tuple[str, str]]:
    return {(c["stated_on"], c["stated_on_precision"]) for c in extract(text).claims if c.get("value_low")}


def test_weekday_of_a_claim_is_read_against_a_header_date_among_fields() -> None:
    text = (
        "RIVERSIDE COUNCIL\nInformation Bulletin No. 12 | Saturday, 8 February 2025 (English version by\n"
        "volunteers for partner towns; the original text prevails)\n\n" + BODY
    )
    assert _stated(text) == {("2025-02-06", "day")}


def test_weekday_of_a_claim_is_read_against_a_hyphenated_header_date() -> None:
    text = "EXAMPLE PRESS - ENGLISH SERVICE\n08-02-2025 19:42 CET\n\nSeoul wire copy\n\n" + BODY
    assert _stated(text) == {("2025-02-06", "day")}


def test_yearless_day_of_a_claim_takes_the_year_of_a_month_header() -> None:
    text = (
        "EXAMPLE AFFAIRS\nFebruary 2025 | Issue 2 | Interview\n\nCounting the soldiers\n\n"
        "South Korea's spy agency said on 6 February that about 1,200 North Korean soldiers had been "
        "killed in the Kursk region.\n"
    )
    assert _stated(text) == {("2025-02-06", "day")}
