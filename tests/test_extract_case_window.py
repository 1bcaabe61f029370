"""Session 17: a date line without a year is read inside the case's days (`Reference.case_window`).

"KYIV, Nov. 9 (Reuters)" pasted in December 2026 over a text that names no year (or only a
background "since 2016") is a report of 2024 for a case whose events and claims run from 2024 to
2025; a date line of the last week stays today's news. The data folders are this test's own
(xdist-safe); the texts are invented.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

import etl.extract.document as document
from etl.extract import extract
from etl.extract.document import parse_layout
from etl.extract.reference import case_window
from tests.helpers import caseless_data

REUTERS = (
    "Estimates climb through the week\n\nKYIV, Nov. 9 (Reuters) - The Pentagon raised its "
    "count. Spokesman Pat Ryder told a briefing on Monday that between 11,000 and 12,000 North Korean troops "
    "were now in Russia. The 2+2 talks were the sixth round since 2016.\n"
)
WINDOW = (dt.date(2024, 6, 1), dt.date(2025, 9, 2))


class _Today(dt.date):
    @classmethod
    def today(cls) -> _Today:
        return cls(2026, 12, 5)


@pytest.fixture
def december_2026(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(document, "date", _Today)


def test_the_case_window_runs_from_the_first_event_to_the_latest_event_or_claim(tmp_path: Path) -> None:
    (tmp_path / "events.csv").write_text(
        "event_id,title,date_start,date_end\ne1,a,2024-08-06,2024-08-10\ne2,b,2025-04-26,\n", encoding="utf-8"
    )
    (tmp_path / "claims.csv").write_text(
        "ref,stated_on\nc1,2025-09-02\nc2,not a date\nc3,\n", encoding="utf-8"
    )
    assert case_window(tmp_path) == (dt.date(2024, 8, 6), dt.date(2025, 9, 2))
    assert case_window(tmp_path / "absent") is None


def test_a_yearless_date_line_is_read_inside_the_case(december_2026: None) -> None:
    assert parse_layout(REUTERS).published is not None
    assert parse_layout(REUTERS).published.date().year != 2024  # the guess without the case's days
    assert parse_layout(REUTERS, WINDOW).published.date() == dt.date(2024, 11, 9)
    # a date line whose latest year is already inside the case keeps it ("SEOUL, Jan. 13": 2025)
    seoul = REUTERS.replace("KYIV, Nov. 9", "SEOUL, Jan. 13").replace(" since 2016", "")
    assert parse_layout(seoul, WINDOW).published.date() == dt.date(2025, 1, 13)


def test_a_yearless_date_line_of_the_last_week_stays_todays_news(december_2026: None) -> None:
    recent = REUTERS.replace("Nov. 9", "Dec. 1").replace(" since 2016", "").replace(" on Monday", "")
    assert parse_layout(recent, WINDOW).published.date() == dt.date(2026, 12, 1)


def test_extract_reads_the_case_from_its_data_folder(tmp_path: Path) -> None:
    """The bundled data/ spans 2024-2025: the report is of 2024 and "On Monday" is 4 November 2024;
    a data folder with no events or claims leaves the guess as it was."""
    got = extract(REUTERS)
    assert got.read_against == "2024-11-09" and got.year_guessed
    assert {c["stated_on"] for c in got.claims if c["metric"] == "troops_deployed"} == {"2024-11-04"}
    assert extract(REUTERS, data_dir=caseless_data(tmp_path / "data")).read_against != "2024-11-09"


def test_a_yearless_date_line_older_than_a_week_is_read_inside_the_case(december_2026: None) -> None:
    """ "SEOUL, Nov. 25" pasted on 5 December 2026 is ten days old: no longer this week's news, so
    the case's Nov. 25 (2024) is taken."""
    older = (
        REUTERS.replace("KYIV, Nov. 9", "SEOUL, Nov. 25").replace(" since 2016", "").replace(" on Monday", "")
    )
    assert parse_layout(older, WINDOW).published.date() == dt.date(2024, 11, 25)


def test_a_year_the_text_names_from_the_case_on_stands(december_2026: None) -> None:
    """A yearless date line over a text naming 2026 ("the 2026 budget") is not moved into the
    case's days: the text settles its year."""
    text = REUTERS.replace(" since 2016", " since the 2026 budget").replace(" on Monday", "")
    assert parse_layout(text, WINDOW).published.date() == dt.date(2026, 11, 9)
