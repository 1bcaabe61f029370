"""Dated events a report tells (session 16): prisoners taken, strikes, the incursion's start, a
leader's visit, a region declared retaken, a state confirming its deployment, a ceremony, talks.

Each test names one behaviour; its sentences are invented for it, not copied from any report.
The negatives guard what must not become an event: a day that dates only the statement about a
happening, background months, soldiers of the other sides, a report with no date of its own.
"""

from __future__ import annotations

from etl.extract import extract
from etl.extract.registry import event_kind

HEADER = "Harbour Wire\n\nFebruary 14, 2025\n\nTitle\n\n"


def _events(body: str, header: str = HEADER) -> list[tuple[str, str, str, str]]:
    """(date_start, date_end, place, region) of each event read under a dated header."""
    return [(e["date_start"], e["date_end"], e["place"], e["region"]) for e in extract(header + body).events]


# ------------------------------------------------------------------ prisoners taken
def test_soldiers_captured_on_a_named_day_are_an_event_on_that_day() -> None:
    body = "Kyiv's military intelligence said three wounded North Korean soldiers were captured on Feb. 10 in the Kursk region.\n"
    assert _events(body) == [("2025-02-10", "2025-02-10", "", "Kursk Oblast")]


def test_the_day_a_capture_was_announced_does_not_date_the_capture() -> None:
    body = "Zelensky said on Wednesday that Ukrainian paratroopers had captured a North Korean soldier near the border.\n"
    assert _events(body) == []


def test_a_capture_day_that_opens_the_sentence_dates_it() -> None:
    body = (
        "On Feb. 8, Ukrainian special forces captured two North Korean servicemen in Kursk, the unit said.\n"
    )
    assert _events(body) == [("2025-02-08", "2025-02-08", "", "Kursk Oblast")]


def test_an_order_not_to_be_captured_is_no_event() -> None:
    body = "Notes found on the dead told North Korean troops to blow themselves up rather than be captured on Feb. 3.\n"
    assert _events(body) == []


def test_russian_prisoners_are_not_this_case_s_capture_event() -> None:
    body = "Ukraine's army said 40 Russian soldiers were captured on Feb. 9 near Sudzha.\n"
    assert _events(body) == []


def test_two_sentences_about_one_capture_give_one_event() -> None:
    body = (
        "Two North Korean soldiers were captured on Feb. 11 in the Kursk region, Seoul said.\n\n"
        "The pair, taken alive on Feb. 11, are being questioned in Kyiv.\n"
    )
    assert _events(body) == [("2025-02-11", "2025-02-11", "", "Kursk Oblast")]


# ------------------------------------------------------------------------ strikes
def test_missiles_that_hit_a_village_on_a_weekday_are_a_strike_there() -> None:
    body = "Western missiles hit a field headquarters at Kurilovka in the Kursk region on Tuesday, bloggers wrote.\n"
    assert _events(body) == [("2025-02-11", "2025-02-11", "Kurilovka", "Kursk Oblast")]


def test_a_strike_dated_before_the_town_it_hit() -> None:
    body = "He added that a Ukrainian drone strike on Monday on an ammunition depot in the town of Lgov had set off fires.\n"
    assert _events(body) == [("2025-02-10", "2025-02-10", "Lgov", "Kursk Oblast")]


def test_the_day_a_strike_was_claimed_is_not_the_day_of_the_strike() -> None:
    body = (
        "A Telegram channel claimed on February 12 that dozens of officers died in a missile strike near "
        "Korenevo on February 7.\n"
    )
    assert _events(body) == [("2025-02-07", "2025-02-07", "Korenevo", "Kursk Oblast")]


# ------------------------------------------------------------ the incursion's start
def test_a_border_crossing_on_a_named_night_starts_the_incursion_near_its_town() -> None:
    body = "The operation began when Ukrainian units crossed the border near Sudzha on the night of Aug. 5-6, 2024.\n"
    assert _events(body) == [("2024-08-05", "2024-08-06", "Sudzha", "Kursk Oblast")]


def test_the_incursion_s_month_alone_is_background_not_an_event() -> None:
    body = "North Korean troops were sent to the Kursk region, where Ukraine launched a ground offensive in August 2024.\n"
    assert _events(body) == []


# --------------------------------------------------------- happenings that are statements
def test_a_leader_visiting_a_command_post_on_a_weekday() -> None:
    body = "Putin, in a camouflage jacket, visited a command post of his forces in the Kursk region on Wednesday.\n"
    assert _events(body) == [("2025-02-12", "2025-02-12", "", "Kursk Oblast")]


def test_a_region_declared_retaken_takes_the_last_settlement_the_report_names() -> None:
    body = (
        "Russia's top general told Putin on Thursday that the Kursk region had been fully liberated.\n\n"
        "He said the village of Olgovka was the last settlement held by Ukrainian troops.\n"
    )
    assert _events(body) == [("2025-02-13", "2025-02-13", "Olgovka", "Kursk Oblast")]


def test_a_state_confirming_its_own_deployment_is_an_event_on_that_day() -> None:
    body = "North Korea confirmed on Monday for the first time that it had sent troops to fight alongside Russia.\n"
    # where the state speaks from (the fact sheet's E08 places North Korea's confirmation there)
    assert _events(body) == [("2025-02-10", "2025-02-10", "Pyongyang", "")]


def test_a_state_media_statement_confirming_the_dispatch_is_that_confirmation() -> None:
    body = "KCNA carried a party statement on Monday confirming that the country had sent troops to fight abroad.\n"
    assert _events(body) == [("2025-02-10", "2025-02-10", "Pyongyang", "")]


def test_another_state_confirming_the_deployment_is_not_the_state_s_own_confirmation() -> None:
    body = "Seoul's spy agency confirmed on Monday that North Korea had sent more troops to Russia.\n"
    assert _events(body) == []


def test_an_undated_statement_of_a_town_retaken_takes_the_day_of_its_claim() -> None:
    body = 'Russia\'s Defence Ministry said its troops had "liberated" the village of Olgovka.\n'
    assert _events(body) == [("2025-02-14", "2025-02-14", "Olgovka", "Kursk Oblast")]


def test_a_ceremony_in_a_capital_last_month_is_a_month_event() -> None:
    body = "At a ceremony in Pyongyang last month, Kim pinned medals on officers back from the Kursk front.\n"
    assert _events(body) == [("2025-01-01", "2025-01-31", "Pyongyang", "")]


def test_undated_talks_take_the_day_of_the_claim_they_produced() -> None:
    body = (
        "Pyongyang will send 2,000 more engineers to clear mines in Kursk, Russian envoy Sergei Shoigu said "
        "on Thursday after talks with Kim Jong Un in Pyongyang.\n"
    )
    assert ("2025-02-13", "2025-02-13", "Pyongyang", "") in _events(body)


def test_talks_without_any_dated_claim_stay_undated() -> None:
    body = "The envoy said after talks in Pyongyang that relations had never been closer.\n"
    assert _events(body, header="Harbour Wire\n\nTitle\n\n") == []


# ------------------------------------------------------------------ what dates nothing
def test_a_report_with_no_date_of_its_own_dates_no_event_by_a_weekday() -> None:
    body = "Two North Korean soldiers were captured on Tuesday in the Kursk region, officials said.\n"
    assert _events(body, header="Harbour Wire\n\nTitle\n\n") == []


def test_a_report_with_no_date_of_its_own_keeps_an_event_dated_with_its_year() -> None:
    body = "Two North Korean soldiers were captured on 9 January 2025 in the Kursk region, officials said.\n"
    assert _events(body, header="Harbour Wire\n\nTitle\n\n") == [
        ("2025-01-09", "2025-01-09", "", "Kursk Oblast")
    ]


# ---------------------------------------------------------------- the kind guessed
def test_each_new_event_gets_the_kind_the_bundled_events_use() -> None:
    assert event_kind("Two North Korean soldiers captured in Kursk Oblast") == "combat"
    assert event_kind("Reported capture of Sudzha") == "recapture"
    assert event_kind("Russia declares Kursk Oblast fully retaken") == "recapture"
    assert event_kind("North Korea confirms it sent troops to Russia") == "statement"
    assert event_kind("Talks with Kim Jong Un in Pyongyang") == "diplomatic"
    assert event_kind("Ukrainian missile strike on Rylsk") == "combat"


def test_a_capture_s_title_counts_the_soldiers_past_their_adjectives() -> None:
    body = "Seoul said two wounded North Korean soldiers were captured on Feb. 9 in the Kursk region.\n"
    assert [e["title"] for e in extract(HEADER + body).events] == [
        "Two North Korean soldiers captured in Kursk Oblast"
    ]


def test_troops_first_taking_part_in_combat_in_a_month_is_a_month_event() -> None:
    body = "A lawmaker said North Korean units had first taken part in actual combat this month, citing the spy agency.\n"
    assert _events(body) == [("2025-02-01", "2025-02-28", "", "")]


def test_troops_not_taking_part_in_combat_is_no_event() -> None:
    body = "Officials said North Korean troops had not taken part in fighting in January.\n"
    assert _events(body) == []


def test_a_day_written_before_the_strike_it_names_is_not_a_day_of_saying() -> None:
    body = "A participant noted the 7 February drone strike on an ammunition depot in Lgov.\n"
    assert _events(body) == [("2025-02-07", "2025-02-07", "Lgov", "Kursk Oblast")]
