"""Date resolution against the publication date, and the scraped layout around it."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest

import etl.extract.document as document
from etl.extract import extract
from etl.extract.dates import find_dates, parse_dateline, weekday_on_or_before
from etl.extract.document import parse_layout, split_sentences
from tests.helpers import caseless_data

PUB = date(2024, 12, 16)  # a Monday


def test_glued_dateline_gives_time_and_day_first_date() -> None:
    assert parse_dateline("15:5516/12/2024, Monday") == datetime(2024, 12, 16, 15, 55)
    assert parse_dateline("09:3013/01/2025, Monday") == datetime(2025, 1, 13, 9, 30)
    assert parse_dateline("Ukraine claims over 30 casualties") is None


@pytest.mark.parametrize(
    ("weekday", "expected"),
    [("Monday", date(2024, 12, 16)), ("Sunday", date(2024, 12, 15)), ("Thursday", date(2024, 12, 12))],
)
def test_weekday_is_the_one_on_or_before_publication(weekday: str, expected: date) -> None:
    assert weekday_on_or_before(weekday, PUB) == expected


def _one(text: str, ref: date = PUB) -> tuple[str, date, date, str]:
    found = find_dates(text, ref)
    assert len(found) == 1, found
    d = found[0]
    return d.kind, d.first, d.last, d.precision


def test_month_mention_is_month_precision_on_the_first() -> None:
    kind, first, _, precision = _one("In November, officials claimed")
    assert (kind, first, precision) == ("month", date(2024, 11, 1), "month")


def test_month_after_publication_month_belongs_to_the_previous_year() -> None:
    _, first, _, _ = _one("In early January, he said", date(2024, 12, 16))
    assert first == date(2024, 1, 1)


def test_two_days_of_one_month_make_a_period() -> None:
    _, first, last, precision = _one("killed or wounded on Dec. 14 and 15 by")
    assert (first, last, precision) == (date(2024, 12, 14), date(2024, 12, 15), "day")


def test_night_of_two_days_is_a_day_range() -> None:
    kind, first, last, _ = _one("began on the night of Aug. 5-6, when")
    assert (kind, first, last) == ("night", date(2024, 8, 5), date(2024, 8, 6))


def test_earlier_this_month_is_the_publication_month() -> None:
    _, first, _, precision = _one("Earlier this month, Zelenskyy said", date(2025, 1, 13))
    assert (first, precision) == (date(2025, 1, 1), "month")


def test_may_the_verb_is_not_a_month() -> None:
    assert find_dates("North Korea may send more troops", PUB) == []


def test_layout_separates_headline_outlet_captions_deck_body_and_tags() -> None:
    text = (
        "Headline here\n\n15:5516/12/2024, Monday\nAA\nFile photo\nFile photo\n\n"
        "A deck without a full stop\n\nFirst sentence. Second on Dec. 14.\n\n#Kursk\n#HUR"
    )
    lay = parse_layout(text)
    assert lay.title == "Headline here"
    assert lay.outlet == "Anadolu Agency (AA)"
    assert lay.captions == ["File photo", "File photo"]
    assert lay.deck == "A deck without a full stop"
    assert lay.paragraphs == ["First sentence. Second on Dec. 14."]
    assert lay.tags == ["Kursk", "HUR"]
    assert lay.published_at() == "2024-12-16T15:55"


def test_sentences_do_not_break_at_month_abbreviations_or_initials() -> None:
    s = "It was on Dec. 14 and 15. U.S. officials agreed. Then “it ended.” Next one."
    assert split_sentences(s) == [
        "It was on Dec. 14 and 15.",
        "U.S. officials agreed.",
        "Then “it ended.”",
        "Next one.",
    ]


def _report(body: str, dateline: str = "10:0016/12/2024, Monday") -> str:
    return f"Headline\n\n{dateline}\nAA\nFile photo\n\n{body}\n\n#Kursk"


def test_stated_on_weekday_resolves_against_the_dateline() -> None:
    e = extract(
        _report(
            "Ukraine's Defense Intelligence said on Saturday that at least 12 "
            "North Korean soldiers were killed in the Kursk region."
        )
    )
    [c] = e.claims
    assert (c["stated_on"], c["stated_on_precision"]) == ("2024-12-14", "day")


def test_published_argument_overrides_the_dateline_for_relative_dates() -> None:
    e = extract(
        _report(
            "Ukraine's Defense Intelligence said on Saturday that at least 12 "
            "North Korean soldiers were killed in the Kursk region."
        ),
        published=date(2024, 12, 23),
    )
    assert e.claims[0]["stated_on"] == "2024-12-21"
    assert e.document["published_at"] == "2024-12-16T10:00"


def test_period_in_the_claim_is_not_the_statement_date() -> None:
    e = extract(
        _report(
            "Ukraine's Defense Intelligence said on Monday that 20 North Korean "
            "soldiers were killed on Dec. 12 near the village of Plekhovo."
        )
    )
    [c] = e.claims
    assert (c["stated_on"], c["period_start"], c["period_end"], c["basis"]) == (
        "2024-12-16",
        "2024-12-12",
        "2024-12-12",
        "period",
    )


def test_over_three_days_is_the_three_days_before_the_statement() -> None:
    e = extract(
        _report(
            "Ukraine's Special Operations Forces said on Monday that they had "
            "killed 77 North Korean soldiers over three days of fighting."
        )
    )
    [c] = e.claims
    assert (c["period_start"], c["period_end"]) == ("2024-12-13", "2024-12-15")


def test_figure_without_period_is_cumulative() -> None:
    e = extract(
        _report(
            "Zelenskyy said on Monday that 3,000 North Korean soldiers had been "
            "killed or wounded in the Kursk region."
        )
    )
    [c] = e.claims
    assert (c["basis"], c["period_start"]) == ("cumulative", "")


def test_no_dateline_and_no_published_leaves_relative_statement_dates_to_today() -> None:
    # Without any reference date the reader uses today; the document says it has no date.
    e = extract(
        "Headline\n\nUkraine's Defense Intelligence said that at least 12 North "
        "Korean soldiers were killed in the Kursk region.\n"
    )
    assert e.document["published_at"] == ""
    assert e.claims[0]["stated_on_precision"] == "unknown"


def test_report_files_parse_their_own_dateline() -> None:
    folder = Path(__file__).parent / "reports" / "dev"
    for txt in folder.glob("*.txt"):
        assert parse_layout(txt.read_text(encoding="utf-8")).published is not None, txt.name


def test_a_dateline_without_a_year_is_never_after_today(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """ "SEOUL, Dec. 19 (Yonhap)" over a text that names no year, read on 3 December 2026, was
    dated 2026-12-19, a report from the future: it is 2025-12-19, and "Nov. 19" stays 2026. (A
    data folder with no case: with data/'s, both fall inside its days, tests/test_extract_case_window.py.)"""
    caseless = caseless_data(tmp_path / "data")

    class Today(date):
        @classmethod
        def today(cls) -> date:  # type: ignore[override]
            return date(2026, 12, 3)

    monkeypatch.setattr(document, "date", Today)
    body = " -- Lawmakers were briefed on Thursday. At least 100 soldiers were killed, the spy agency said.\n"
    got = extract("SEOUL, Dec. 19 (Yonhap)" + body, data_dir=caseless).document["published_at"]
    assert got == "2025-12-19"
    assert (
        extract("SEOUL, Nov. 19 (Yonhap)" + body, data_dir=caseless).document["published_at"] == "2026-11-19"
    )


def test_days_later_opening_a_sentence_counts_from_the_occasion_just_told() -> None:
    """(session 17) "Two days later the agency revised …" dates that statement two days after the
    one before it, though a word like "the" follows; "two days after the strike" counts from the
    strike, so it is no count from the last occasion."""
    text = (
        "Timeline: what Seoul has said\n\nPosted Saturday, January 25, 2025\n\n"
        "Dec. 19 - The NIS told lawmakers that at least 100 North Korean soldiers had been killed. "
        "Two days later the agency revised its count: nearly 1,000 wounded.\n"
    )
    got = {(c["metric"], c["stated_on"]) for c in extract(text).claims}
    assert ("killed", "2024-12-19") in got and ("wounded", "2024-12-21") in got
    assert not find_dates("two days after the strike", date(2025, 1, 25))
    assert [d.days for d in find_dates("Two days later the agency said", date(2025, 1, 25))] == [2]


def test_a_timelines_weekday_headings_date_the_entries_under_them() -> None:
    """(session 17) "Monday, 16 December" and a bare "Wednesday" over a timeline's entries date
    each entry's statements; the page's own date line under a byline is no such heading."""
    text = (
        "Timeline: the first counts\n\nUpdated: 20/12/2024 08:30\n\n"
        "For a week, numbers have arrived almost daily. Here is the order in which they came.\n\n"
        "Monday, 16 December\n"
        "Ukraine's military intelligence, HUR, said on Telegram that at least 30 North Korean soldiers "
        "had been killed or wounded near Plekhovo.\n\n"
        "Thursday\n"
        "South Korean lawmakers came out of a closed briefing by the National Intelligence Service and "
        "said that at least 100 North Korean soldiers had been killed this month.\n"
    )
    got = {(c["value_low"], c["stated_on"]) for c in extract(text).claims}
    assert got == {(30, "2024-12-16"), (100, "2024-12-19")}
    byline = (
        "The price of loyalty\n\nA week of duelling casualty counts shows how badly the bet has gone, "
        "and how little anyone knows.\n\nBy A. Writer\nSaturday, December 28, 2024\n\n"
        "Ukraine's special forces said they had killed 77 North Korean soldiers in three days.\n"
    )
    assert parse_layout(byline).stamped == set()


def test_a_date_in_brackets_closing_a_chronology_entry_is_when_the_claim_was_made() -> None:
    """(session 17) "… to restore damaged infrastructure [17 June 2025]." and "[interview with The
    Washington Post, July 2025]" date their claims; a footnote's "(source: …, date)" does not."""
    text = (
        "Kursk by the numbers\n\nUpdated Friday, 5 September 2025\n\n"
        "Each entry gives the claimant, the figure and, in brackets, the date it was first made.\n\n"
        "After talks in Pyongyang, Russia's Security Council secretary Sergei Shoigu said Kim Jong Un "
        "had decided to send one thousand sappers to demine Russian territory in Kursk [17 June 2025].\n\n"
        "Ukraine's commander-in-chief Oleksandr Syrskyi said Russia had lost at least 80,000 soldiers "
        "killed or wounded in the Kursk operation [interview with The Washington Post, July 2025].\n"
    )
    got = {(c["value_low"], c["stated_on"], c["stated_on_precision"]) for c in extract(text).claims}
    assert (1000, "2025-06-17", "day") in got and (80000, "2025-07-01", "month") in got
    noted = (
        "Counting the dead\n\nMarch 10, 2025\n\n"
        "On November 4, the Pentagon's press secretary, Pat Ryder, put the total in Russia at between "
        "11,000 and 12,000.[1]\n\nNotes\n[1] Pentagon briefing transcript, October 28, 2024.\n"
    )
    assert {c["stated_on"] for c in extract(noted).claims if c["value_low"] == 11000} == {"2024-11-04"}
