"""A report without a date of its own: its relative dates are guesses the review page names, and
a "Published at" the analyst types re-reads them (keeping the claims added by hand)."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest
import streamlit as st

from claimsdesk import ui
from etl.extract.core import extract
from etl.extract.document import CASE_MARGIN
from etl.extract.reference import case_window
from etl.extract.review import document_problem, published_date, undated_notice, yearless_notice
from tests.helpers import DEFAULT_DATA_DIR, ROOT, app_test, caseless_data

UNDATED = """North Korean losses near Plekhovo

Ukraine's Defense Intelligence (HUR) claimed on Friday that at least 30 North Korean soldiers were killed or wounded near Plekhovo in Russia's Kursk region.

Neither Russia nor North Korea commented.
"""


def test_an_undated_report_says_it_was_read_against_no_date_of_its_own(tmp_path: Path) -> None:
    """With no case in the data folder, "on Friday" is read against today and the notice says so;
    with data/'s case (events and claims of 2024-2025), against the case's last day (its latest
    event or claim plus a month, session 17), and the notice names that day instead."""
    result = extract(UNDATED, data_dir=caseless_data(tmp_path / "data"))
    assert result.read_against == "" and result.case_date == ""
    assert "read against today" in undated_notice(result.read_against, dt.date(2026, 12, 3))
    assert "(2026-12-03)" in undated_notice(result.read_against, dt.date(2026, 12, 3))
    window = case_window(DEFAULT_DATA_DIR)
    assert window is not None
    last = min(window[1] + CASE_MARGIN, dt.date.today())
    cased = extract(UNDATED)
    assert cased.read_against == "" and cased.case_date == last.isoformat()
    notice = undated_notice(cased.read_against, dt.date(2026, 12, 3), cased.named_date, cased.case_date)
    assert f"last day of the case in data/ ({last.isoformat()})" in notice and "2026-12-03" not in notice
    friday = last - dt.timedelta(days=(last.weekday() - 4) % 7)
    assert [c["stated_on"] for c in cased.claims if c["value_low"] == 30] == [friday.isoformat()]


#: A report with no date of its own that names a day with its year (session 17).
UNDATED_NAMING_A_DAY = """North Korean losses near Plekhovo

Ukraine's Defense Intelligence (HUR) said on December 16, 2024 that it had counted the losses. It
claimed on Friday that at least 30 North Korean soldiers were killed or wounded near Plekhovo.
"""


def test_an_undated_report_is_read_against_the_latest_day_it_names_and_says_so() -> None:
    """ "On Friday" is read against the latest day the report names with its year (a report is
    written on or after the days it tells of), not against the day it is pasted, and the notice
    names that day."""
    result = extract(UNDATED_NAMING_A_DAY)
    assert result.read_against == "" and result.named_date == "2024-12-16"
    notice = undated_notice(result.read_against, dt.date(2026, 12, 3), result.named_date)
    assert "latest day the report names (2024-12-16)" in notice and "2026-12-03" not in notice
    friday = [c for c in result.claims if c["value_low"] == 30]
    assert [c["stated_on"] for c in friday] == ["2024-12-13"]


def test_a_date_line_without_a_year_falls_after_the_month_the_text_names_with_its_year() -> None:
    """ "KYIV, July 23" over a text that recalls "launched in August 2024" was filed in 2025."""
    text = (
        "Russia lost 80,000 in Kursk, general says\n\nKYIV, July 23 (Wire) - Russia lost at least "
        "80,000 soldiers killed or wounded in Kursk, Oleksandr Syrskyi said on Tuesday. The incursion, "
        "launched in August 2024, pinned down Russian forces.\n"
    )
    assert extract(text).read_against == "2025-07-23"


def test_a_given_date_is_what_relative_dates_are_read_against() -> None:
    result = extract(UNDATED, published=dt.date(2025, 3, 29))  # a Saturday
    assert result.read_against == "2025-03-29"
    assert undated_notice(result.read_against) == ""
    assert [(c["stated_on"], c["stated_on_precision"]) for c in result.claims] == [("2025-03-28", "day")]


def test_a_dateline_is_what_relative_dates_are_read_against() -> None:
    result = extract("SEOUL, Dec. 23, 2024 (Yonhap) -- " + UNDATED.split("\n\n", 1)[1])
    assert result.read_against == "2024-12-23"


#: A page pasted with its date line "Mar 28, 09:15" (no year) and a body naming another year.
YEARLESS = (
    "Seoul says more troops were sent\n\nMar 28, 09:15  |  Staff writer  |  Share\n\n"
    "At least 3,000 more North Korean soldiers were sent to Russia since August 2024, South Korea's "
    "spy agency said on Thursday.\n"
)


def test_a_date_line_without_a_year_is_named_as_a_guessed_year() -> None:
    result = extract(YEARLESS)
    assert result.read_against.endswith("-03-28") and result.year_guessed
    notice = yearless_notice(result.read_against, result.year_guessed)
    assert "gives no year" in notice and result.read_against in notice
    assert undated_notice(result.read_against) == ""  # it has a date, just not a sure year


def test_a_wire_dateline_without_a_year_is_a_guessed_year() -> None:
    result = extract("SEOUL, Mar. 28 (Yonhap) -- " + YEARLESS.split("\n\n", 2)[2])
    assert result.read_against.endswith("-03-28") and result.year_guessed


@pytest.mark.parametrize(
    "line", ["Mar 28, 2025, 09:15", "28.03.2025 09:15", "28.03.25 09:15", "2025-03-28T09:15", "28 March 2025"]
)
def test_a_date_line_with_its_year_is_no_guess(line: str) -> None:
    result = extract(YEARLESS.replace("Mar 28, 09:15", line))
    assert result.read_against == "2025-03-28"
    assert not result.year_guessed and yearless_notice(result.read_against, result.year_guessed) == ""


def test_a_given_date_is_no_guess() -> None:
    result = extract(YEARLESS, published=dt.date(2025, 3, 28))
    assert result.read_against == "2025-03-28" and not result.year_guessed


def test_published_at_as_typed_gives_its_day_or_none() -> None:
    assert published_date(" 2025-03-29T10:05 ") == dt.date(2025, 3, 29)
    assert published_date("2025-03-29") == dt.date(2025, 3, 29)
    assert published_date("") is None and published_date("29/03/2025") is None


@pytest.fixture
def review_app(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, built_curated_db: Path):  # type: ignore[no-untyped-def]
    data = tmp_path / "data"
    shutil.copytree(ROOT / "data", data, ignore=shutil.ignore_patterns("*.duckdb*", ".versions", "sources"))
    monkeypatch.setattr(ui, "DATA_DIR", data)
    monkeypatch.delenv("CLAIMS_DESK_HOSTED", raising=False)
    st.cache_data.clear()
    return app_test(built_curated_db, monkeypatch, "pages/8_review.py", timeout=90)


def _warnings(at) -> list[str]:  # type: ignore[no-untyped-def]
    return [w.value for w in at.warning]


def _dates(at) -> list[str]:  # type: ignore[no-untyped-def]
    grid = at.session_state["review_result"]
    return [c["stated_on"] for c in [*grid.claims, *at.session_state["review_manual"]]]


def test_the_review_page_names_the_guess_and_rereads_with_the_typed_date(review_app) -> None:  # type: ignore[no-untyped-def]
    at = review_app
    at.text_area(key="review_text").set_value(UNDATED).run()
    at.button(key="review_propose").click().run()
    assert not at.exception, [e.value for e in at.exception]
    assert any("no date of its own" in w for w in _warnings(at))
    guessed = _dates(at)
    assert guessed and guessed != ["2025-03-28"]

    # A claim the analyst adds by hand to this report must survive the re-read.
    for key, value in {
        "add_claimant": "Volodymyr Zelenskyy",
        "add_stated_on": "2025-03-27",
        "add_metric": "killed_or_wounded",
        "add_subject": "DPRK forces",
        "add_value_low": "30",
        "add_quote": "at least 30 North Korean soldiers were killed or wounded",
    }.items():
        (at.text_area if key == "add_quote" else at.text_input)(key=key).set_value(value)
    at.selectbox(key="add_qualifier").set_value("at_least")
    at.button(key="review_add").click().run()
    assert not at.exception, [e.value for e in at.exception]
    assert len(at.session_state["review_manual"]) == 1

    at.text_input(key="doc_published_at").set_value("2025-03-29T10:05").run()
    at.button(key="review_propose").click().run()
    assert not at.exception, [e.value for e in at.exception]
    assert not any("no date of its own" in w for w in _warnings(at))
    assert _dates(at) == ["2025-03-28", "2025-03-27"]
    assert at.text_input(key="doc_published_at").value == "2025-03-29T10:05"

    # Another report: the typed date and the hand-added claim belonged to the first one.
    at.text_area(key="review_text").set_value(UNDATED.replace("30", "40")).run()
    at.button(key="review_propose").click().run()
    assert any("no date of its own" in w for w in _warnings(at))
    assert at.session_state["review_manual"] == []


def test_the_review_page_names_a_guessed_year_until_a_date_is_given(review_app) -> None:  # type: ignore[no-untyped-def]
    at = review_app
    at.text_area(key="review_text").set_value(YEARLESS).run()
    at.button(key="review_propose").click().run()
    assert not at.exception, [e.value for e in at.exception]
    guess = at.session_state["review_result"].read_against
    assert any("gives no year" in w and guess in w for w in _warnings(at))
    assert not any("no date of its own" in w for w in _warnings(at))

    at.text_input(key="doc_published_at").set_value("2025-03-28T09:15").run()
    at.button(key="review_propose").click().run()
    assert not at.exception, [e.value for e in at.exception]
    assert not any("gives no year" in w for w in _warnings(at))
    assert [c["stated_on"] for c in at.session_state["review_result"].claims] == ["2025-03-27"]


@pytest.mark.parametrize(
    ("typed", "saved"),
    [
        ("2024-12-20", True),
        ("2024-12-20T09:00+09:00", True),
        ("2024-12-20 09:00 Europe/Kyiv", True),
        ("2024-12-20T09:00Z", True),
        ("2024-12-20T0900", False),  # (Python's reading took these three; the build does not)
        ("20241220", False),
        ("2024-W51-5", False),
        ("2024-12-20T09:00 BST", False),  # (a zone in letters: the build quarantines it)
        ("0000-01-01", False),
    ],
)
def test_the_review_takes_the_publication_times_the_build_takes(typed: str, saved: bool) -> None:
    """(QA pass 40 #8) The review page accepted forms the build then quarantined, with every
    claim saved with the document: "the rebuild quarantined 2 of the rows just saved"."""
    problem = document_problem({"outlet": "BBC", "published_at": typed})
    assert (problem == "") is saved, problem
    if not saved:
        assert "offset such as +09:00" in problem
