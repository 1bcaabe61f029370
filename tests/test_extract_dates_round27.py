"""Dates, round 27: a figure told as the day's news, and a yearless dateline's year.

A figure a dated news story tells as said ("In Seoul, the JCS said around 1,100 were killed or
wounded"), with no date of its own, was left undated though it is that day's news; background
("has said", "earlier", "last year", "according to … North Korea has sent") stays undated.
A dateline without a year ("SEOUL, Dec. 20 (Agency) -- … said Thursday") took the latest year
in which the dateline itself fell on the lead's weekday, so a statement made the day before got
a year with no such weekday (today's): the lead's weekday may now fall the day before.
The inputs are written for each behaviour, not copied from any report; the negatives must not
change. Tests share no state.
"""

from __future__ import annotations

from datetime import date

from etl.extract import extract
from etl.extract.dates import find_dates
from etl.extract.document import parse_layout

DATED = "Seoul weighs losses\n\nSEOUL, Jan. 14, 2025 (Agency) -- "


def _dates(text: str) -> list[tuple[str, str]]:
    return [(c["stated_on"], c["stated_on_precision"]) for c in extract(text).claims]


def test_a_figure_told_as_said_in_a_dated_story_is_that_days_news() -> None:
    text = (
        DATED + "The war goes on in Kursk, officials said.\n\n"
        "In Seoul, the Joint Chiefs of Staff said around 1,200 North Korean soldiers had been "
        "killed or wounded in the Kursk region.\n"
    )
    assert _dates(text) == [("2025-01-14", "day")]


def test_according_to_over_a_figure_of_losses_is_that_days_news() -> None:
    text = (
        DATED + "The war goes on in Kursk, officials said.\n\n"
        "About 1,200 North Korean soldiers have been killed or wounded in the Kursk region, "
        "according to Ukrainian officials.\n"
    )
    assert _dates(text) == [("2025-01-14", "day")]


def test_background_in_the_perfect_stays_undated() -> None:
    text = (
        DATED + "The war goes on in Kursk, officials said.\n\n"
        "Ukraine's military intelligence has said that about 1,200 North Korean soldiers were "
        "killed or wounded in the Kursk region.\n"
    )
    assert _dates(text) == [("", "unknown")]


def test_according_to_over_a_perfect_state_stays_undated() -> None:
    text = (
        DATED + "The war goes on in Kursk, officials said.\n\n"
        "North Korea has sent more than 13,000 soldiers to Russia, according to Ukrainian officials.\n"
    )
    assert _dates(text) == [("", "unknown")]


def test_an_earlier_statement_stays_undated() -> None:
    text = (
        DATED + "The war goes on in Kursk, officials said.\n\n"
        "Earlier, Ukraine's military intelligence said about 1,200 North Korean soldiers were "
        "killed or wounded in the Kursk region.\n"
    )
    assert _dates(text) == [("", "unknown")]


def test_a_sentence_with_a_calendar_day_the_rules_did_not_take_stays_undated() -> None:
    text = (
        DATED + "The war goes on in Kursk, officials said.\n\n"
        "A Russian blogger put the number of Ukrainian dead in the raid, which he dated to Jan. 6, "
        "at between 200 and 300.\n"
    )
    assert [d for d in _dates(text) if d != ("2025-01-14", "day")] == _dates(text)


def test_a_report_without_a_date_leaves_the_figure_undated() -> None:
    text = (
        "Seoul weighs losses\n\nThe war goes on in Kursk, officials said.\n\n"
        "In Seoul, the Joint Chiefs of Staff said around 1,200 North Korean soldiers had been "
        "killed or wounded in the Kursk region.\n"
    )
    assert _dates(text) == [("", "unknown")]


def test_a_yearless_datelines_lead_weekday_may_be_the_day_before() -> None:
    # 20 December fell on a Friday in 2024: "said Thursday" is the 19th, filed on the 20th
    lay = parse_layout(
        "Losses reported\n\nSEOUL, Dec. 20 (Agency) -- At least 150 North Korean soldiers have been "
        "killed, lawmakers said Thursday, citing the spy agency.\n"
    )
    assert lay.published is not None and lay.published.date() == date(2024, 12, 20)


def test_a_yearless_datelines_own_weekday_still_wins() -> None:
    # 13 January fell on a Monday in 2025; the day-before reading (a Monday 12 January, 2026)
    # is tried only when no year puts the dateline itself on that weekday
    lay = parse_layout(
        "Losses reported\n\nSEOUL, Jan. 13 (Agency) -- About 350 North Korean soldiers have been "
        "killed, the spy agency said Monday. The war began in 2022.\n"
    )
    assert lay.published is not None and lay.published.date() == date(2025, 1, 13)


def test_a_weekday_before_the_verb_put_dates_a_yearless_dateline() -> None:
    # 5 November 2024 was a Tuesday; "on Monday put" is the 4th
    text = (
        "Estimate raised\n\nWASHINGTON, Nov 5 (Agency) - The U.S. Defense Department on Monday put the "
        "number of North Korean soldiers in Russia at between 11,500 and 12,500.\n"
    )
    assert _dates(text) == [("2024-11-04", "day")]


MIDYEAR = "Seoul figures\n\nSEOUL, June 17, 2025 (Agency) -- Officials met in Pyongyang, officials said.\n\n"


def test_a_figure_given_in_a_month_after_the_verb_is_stated_in_that_month() -> None:
    text = (
        MIDYEAR
        + "South Korea's National Intelligence Service had put North Korean dead at about 650 in April.\n"
    )
    got = [(c["stated_on"], c["stated_on_precision"], c["period_start"]) for c in extract(text).claims]
    assert got == [("2025-04-01", "month", "")]


def test_earlier_this_month_dates_the_statement_to_the_month() -> None:
    text = (
        MIDYEAR + "A senior U.S. defense official had already put North Korean losses at several hundred "
        "killed or wounded earlier this month, according to a newspaper.\n"
    )
    assert _dates(text) == [("2025-06-01", "month")]


def test_losses_this_month_are_a_period_not_the_statements_month() -> None:
    text = (
        MIDYEAR + "At least 150 North Korean soldiers have been killed this month, the National "
        "Intelligence Service told lawmakers.\n"
    )
    assert [d for d in _dates(text) if d[1] == "month"] == []


def test_a_weekday_with_its_date_may_fall_in_the_year_after_the_reference() -> None:
    # 2 September fell on a Tuesday in 2025; read against 15 June 2025 it is not 2019's
    got = find_dates("The NIS told lawmakers on Tuesday 2 September.", date(2025, 6, 15))
    assert [(d.first, d.precision) for d in got] == [(date(2025, 9, 2), "day")]


def test_a_weekday_with_its_date_in_the_reference_year_stays_there() -> None:
    got = find_dates("Kirby spoke on Friday, December 27.", date(2025, 1, 10))
    assert [(d.first, d.precision) for d in got] == [(date(2024, 12, 27), "day")]


def test_a_lone_figureless_claim_told_as_said_is_that_days_news() -> None:
    text = (
        "Kursk front\n\nMOSCOW, March 13, 2025 (Agency) -- Fighting went on near the border, officials said.\n\n"
        "Later, Russia's Defence Ministry said its forces had recaptured the town of Sudzha in the Kursk region.\n"
    )
    got = [(c["metric"], c["stated_on"]) for c in extract(text).claims]
    assert got == [("recaptured", "2025-03-13")]


def test_a_possessive_before_the_verb_is_no_perfect() -> None:
    # "Russia's Defence Ministry said" is no "has said": the claim is the day's news
    text = (
        DATED + "The war goes on in Kursk, officials said.\n\n"
        "Ukraine's military intelligence said about 1,200 North Korean soldiers were killed or "
        "wounded in the Kursk region.\n"
    )
    assert _dates(text) == [("2025-01-14", "day")]


def test_months_named_together_stay_the_figures_period() -> None:
    text = (
        MIDYEAR + "North Korea sent at least 3,500 more troops to Russia in January and February, the "
        "Joint Chiefs of Staff had said.\n"
    )
    got = [(c["stated_on_precision"], c["period_start"], c["period_end"]) for c in extract(text).claims]
    assert [g for g in got if g[0] == "month"] == []


#: Paragraphs that put a footer well below the text's start (a header's date is read near it).
FILLER = "".join(
    f"Paragraph {i} of background on the war, with no figure in it at all.\n\n" for i in range(10)
)


def test_a_footer_publication_note_dates_an_undated_page() -> None:
    text = (
        "Seoul raises its count\n\nBy A. Writer, Seoul correspondent\n\n"
        "About 650 North Korean soldiers have been killed in Russia's Kursk region, South Korea's "
        "National Intelligence Service told lawmakers on Wednesday.\n\n"
        + FILLER
        + "This article was originally published in The River Post on April 30, 2025, and appeared in print on page 3.\n"
    )
    assert parse_layout(text).published is not None
    assert _dates(text) == [("2025-04-30", "day")]


def test_a_footer_without_a_cue_leaves_the_page_undated() -> None:
    text = (
        "Seoul raises its count\n\nBy A. Writer, Seoul correspondent\n\n"
        "About 650 North Korean soldiers have been killed in Russia's Kursk region, South Korea's "
        "National Intelligence Service told lawmakers on Wednesday.\n\n"
        + FILLER
        + "Copyright The River Post 2025. "
        "All rights reserved.\n"
    )
    assert parse_layout(text).published is None


def test_a_day_the_text_set_earlier_is_not_the_reports_day() -> None:
    text = (
        DATED + "The war goes on in Kursk, officials said.\n\n"
        "At the time, Ukraine's military intelligence said about 1,200 North Korean soldiers were "
        "killed or wounded in the Kursk region.\n"
    )
    assert ("2025-01-14", "day") not in _dates(text)


def test_a_byline_with_its_date_dates_a_yearless_day() -> None:
    # guard: the byline's date is the report's, so "on Dec. 16" is 2024's, not today's year
    text = (
        "Kyiv counts North Korean losses\n\nby A. Writer  December 16, 2024 1:25 PM  2 min read\n\n"
        "Ukraine's military intelligence said on Dec. 16 that at least 35 North Korean soldiers had "
        "been killed or wounded in Kursk.\n"
    )
    assert _dates(text) == [("2024-12-16", "day")]


def test_a_yearless_wire_dateline_with_its_weekday_dates_the_report() -> None:
    # guard: 26 April fell on a Saturday in 2025
    text = (
        "Losses in Kursk\n\nMOSCOW, April 26 (Agency) - The Russian Defence Ministry said on Saturday "
        "that Ukraine had lost more than 76,500 servicemen killed and wounded in the Kursk region.\n"
    )
    assert _dates(text) == [("2025-04-26", "day")]


def test_a_claimant_already_dated_in_the_report_keeps_that_day() -> None:
    text = (
        "Kursk figures\n\nSEOUL, March 7, 2025 (Agency) -- Rep. Kim Min-su said Wednesday that Ukraine "
        "estimates North Korean casualties in the Kursk region at around 4,500, citing a briefing he "
        "received from Kyrylo Budanov, head of Ukraine's military intelligence, in Kyiv. Some 10 percent "
        "of them are presumed dead, Kim said.\n\n"
        "According to Budanov, a second batch of around 1,600 North Korean soldiers has already been moved "
        "close to the front line in Kursk, and roughly 3,600 more are training in Russia's Far East, Kim said.\n"
    )
    got = {c["stated_on"] for c in extract(text).claims if c["value_low"] in (1600, 3600)}
    assert got == {"2025-03-05"}
