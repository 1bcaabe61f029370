"""Dates, round 21: the report's own date, a weekday with its date, an attribution's day.

Reports whose date sits in a header line with furniture (an issue number, a section, a time
zone, a fixed-width page header) were read against today, so "on Friday" and "27 March" got
the current year. The header's fields are now read one by one, in more of the common formats.
A weekday followed by its date ("on Friday, December 27") was read as the weekday before the
report's date; a claim whose only written day stands in a nominal attribution ("the count came
from the NIS on 19 December 2024, relayed …: at least 100") was left undated.
The inputs are written for each behaviour, not copied from any report; the negatives (a line
that is no date, a report with no date at all) must not change. Tests share no state.
"""

from __future__ import annotations

from datetime import date, datetime

import pytest

from etl.extract import extract
from etl.extract.dates import find_dates, parse_date_line, parse_month_line
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
    # 6 March fell on a Thursday in 2025 (not in 2026): the latest such year, not after today
    lay = parse_layout("P100  CITY TEXT   100 Thu 6 Mar 20:15:00\n\n" + BODY)
    assert lay.published is not None
    got = lay.published.date()
    assert (got.month, got.day, got.strftime("%A")) == (3, 6, "Thursday")
    assert date.today().year - 6 <= got.year <= date.today().year and got <= date.today()
    assert not any(date(y, 3, 6).weekday() == 3 for y in range(got.year + 1, date.today().year + 1))


def _stated(text: str) -> set[tuple[str, str]]:
    return {
        (c["stated_on"], c["stated_on_precision"])
        for c in extract(text).claims
        if c.get("value_low") or c.get("value_high")
    }


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


# ------------------------------------------ a weekday followed by the date it falls on
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("On Friday, December 27, John Kirby said", date(2024, 12, 27)),
        ("told lawmakers on Tuesday 2 September that", date(2025, 9, 2)),
        ("on Wednesday (30 April) the agency told", date(2025, 4, 30)),
        ("On Friday 28 March 2025 it assessed", date(2025, 3, 28)),
    ],
)
def test_a_weekday_with_its_date_is_that_date(text: str, expected: date) -> None:
    got = [d for d in find_dates(text, date(2025, 9, 10)) if d.precision == "day"]
    assert [(d.first, d.kind) for d in got] == [(expected, "day")]


def test_a_yearless_date_after_its_weekday_takes_the_year_it_falls_on_that_weekday() -> None:
    # read in January 2026, "December 27" alone would be 2025's; a Friday 27 December is 2024's
    got = find_dates("On Friday, December 27, the agency said", date(2026, 1, 10))
    assert [d.first for d in got] == [date(2024, 12, 27)]


def test_a_bare_weekday_still_counts_back_from_the_report() -> None:
    got = find_dates("the agency said on Friday that", date(2025, 9, 10))
    assert [(d.first, d.kind) for d in got] == [(date(2025, 9, 5), "weekday")]


def test_claim_dated_by_weekday_and_date_is_not_moved_to_the_weekday_before_the_report() -> None:
    text = (
        "EXAMPLE NEWS\nPublished 20 May 2025\n\nLooking back\n\n"
        "On Thursday 31 October, after a meeting with his counterparts, the US Secretary of State "
        "Antony Blinken said that as many as 8,000 North Korean soldiers had moved to Kursk.\n"
    )
    assert _stated(text) == {("2024-10-31", "day")}


# ------------------------------------------ the one written day of an attribution
_DATED_ATTRIBUTION = "EXAMPLE REVIEW\nPublished 20 May 2025\n\nThe counts so far\n\n{}\n"


def test_a_written_day_in_the_attribution_before_the_figure_dates_the_claim() -> None:
    text = _DATED_ATTRIBUTION.format(
        "The first official count came from South Korea's National Intelligence Service on "
        "19 December 2024, relayed by lawmakers after a briefing: at least 100 North Korean "
        "soldiers killed."
    )
    assert _stated(text) == {("2024-12-19", "day")}


def test_an_event_or_span_day_before_the_figure_does_not_date_the_claim() -> None:
    for sentence in (
        "In the strike on 20 November 2024, about 500 North Korean soldiers were killed, "
        "Global Defense Corp said.",
        "Since the start of the operation on 6 August 2024, the enemy has lost more than "
        "38,000 soldiers, Syrskyi said.",
    ):
        assert ("2024-11-20", "day") not in _stated(_DATED_ATTRIBUTION.format(sentence))
        assert ("2024-08-06", "day") not in _stated(_DATED_ATTRIBUTION.format(sentence))


def test_a_yearless_attribution_day_in_an_undated_report_is_not_guessed() -> None:
    text = (
        "Notes on the counts\n\nThe first official count came from South Korea's National "
        "Intelligence Service on 19 December, relayed by lawmakers after a briefing: at least 100 "
        "North Korean soldiers killed.\n"
    )
    assert _stated(text) == {("", "unknown")}
