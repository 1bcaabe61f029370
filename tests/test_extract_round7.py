"""Round 7 of issue 9: number forms, header dates and names as a fourth writer wrote them.

Each test is a short report written for the behaviour (none is a dev report's sentence), so a
rule that only matched one report's wording fails here. Tests share no state (xdist-safe).
"""

from __future__ import annotations

from datetime import datetime

from etl.extract import extract
from etl.extract.dates import parse_date_line
from etl.extract.numbers import parse_figure
from tests.helpers import numeric_claims as _claims


def _fig(phrase: str) -> tuple[object, object, str]:
    f = parse_figure(phrase)
    assert f is not None
    return f.low, f.high, f.qualifier


# ----------------------------------------------------------------- figures
def test_several_hundred_is_the_fact_sheets_200_to_999_range() -> None:
    assert _fig("several hundred casualties") == (200, 999, "range")
    (c,) = _claims(
        "Wire\n\nMarch 3, 2025\n\nTitle\n\n"
        "A Pentagon spokesperson said on Monday that several hundred North Korean soldiers had been "
        "killed or wounded in Kursk."
    )
    assert (c["value_low"], c["value_high"], c["qualifier"]) == (200, 999, "range")


def test_a_space_between_thousands_groups_one_number() -> None:
    assert _fig("more than 3 000.") == (3000, None, "over")
    assert _fig("about 12\u00a0500 troops") == (12500, 12500, "about")
    (c,) = _claims(
        "Outlet\n\n14.02.2025, 10:20\n\nTitle\n\n"
        "Ukraine's Commander-in-Chief Oleksandr Syrskyi said on 14 February that the Russian army had "
        "lost over 2 500 soldiers near Pokrovsk."
    )
    assert (c["value_low"], c["value_high"], c["qualifier"]) == (2500, None, "over")


def test_or_more_or_so_after_a_figure_bound_it() -> None:
    assert _fig("some 2,000 or more soldiers") == (2000, None, "at_least")
    assert _fig("1,500 or so troops") == (1500, 1500, "about")
    assert _fig("500 or fewer") == (None, 500, "up_to")


# ----------------------------------------------------------------- dates
def test_a_two_digit_year_header_dates_the_report() -> None:
    assert parse_date_line("14.02.25, 09:05 • 812 views") == datetime(2025, 2, 14, 9, 5)
    assert parse_date_line("release v2.1.25") is None


def test_on_the_nth_dates_the_statement_in_the_reports_month_or_the_month_before() -> None:
    (c,) = _claims(
        "Korean daily\n\nPosted : 2025-03-02 09:00 KST\n\nTitle\n\n"
        "South Korea's National Intelligence Service told parliament on the 27th that about 2,000 North Korean soldiers had been killed."
    )
    assert (c["claimant"], c["stated_on"], c["stated_on_precision"]) == (
        "National Intelligence Service (South Korea)",
        "2025-02-27",
        "day",
    )


# ----------------------------------------------------------------- claimants
def test_a_body_named_through_its_parent_is_the_body_not_the_parent() -> None:
    (c,) = _claims(
        "Fact check\n\nApril 4, 2025\n\nTitle\n\n"
        "On Wednesday the UK Ministry of Defence's Defence Intelligence wrote on X that North Korean "
        "forces had suffered more than 5,500 casualties."
    )
    assert (c["claimant"], c["stated_on"], c["value_low"]) == (
        "UK Ministry of Defence (Defence Intelligence)",
        "2025-04-02",
        5500,
    )


# ----------------------------------------------------------------- channel pages
CHANNEL = (
    "Головне управління розвідки | HUR Ukraine\n@hur_ua · 92K subscribers\n\n—\n\n"
    "Feb 10, 2025 at 09:12\n"
    "Drone operators hit a fuel depot near Kursk. Fire burned for 3 hours.\n"
    "👁 12K\n\n—\n\n"
    "Feb 12, 2025 at 17:40\n"
    "Over two days of fighting near Sudzha, 41 North Korean soldiers were eliminated and another "
    "19 were wounded.\n"
    "👁 44K\n"
)


def test_a_channel_pages_own_posts_speak_for_the_channel_and_are_dated_by_their_stamp() -> None:
    e = extract(CHANNEL)
    assert e.document["published_at"] == "2025-02-12T17:40"  # the latest post, not the first
    got = {(c["claimant"], c["metric"], c["value_low"], c["stated_on"]) for c in _claims(CHANNEL)}
    assert got == {
        ("Defense Intelligence of Ukraine (HUR)", "killed", 41, "2025-02-12"),
        ("Defense Intelligence of Ukraine (HUR)", "wounded", 19, "2025-02-12"),
    }


def test_were_eliminated_beside_another_n_were_wounded_counts_the_dead() -> None:
    (killed, wounded) = sorted(
        _claims(
            "Wire\n\nMarch 3, 2025\n\nTitle\n\n"
            "Ukraine's Special Operations Forces said on Monday that 58 Russian soldiers were "
            "eliminated and another 23 were wounded near Sudzha."
        ),
        key=lambda c: str(c["metric"]),
    )
    assert (killed["metric"], killed["value_low"], wounded["metric"], wounded["value_low"]) == (
        "killed",
        58,
        "wounded",
        23,
    )


# ----------------------------------------------------------------- attribution and metrics
def test_each_figure_of_a_killed_and_wounded_pair_keeps_its_own_word() -> None:
    got = {
        (c["metric"], c["value_low"], c["value_high"], c["qualifier"])
        for c in _claims(
            "Wire\n\nMarch 3, 2025\n\nTitle\n\n"
            "Ukraine's military intelligence said on Monday it had put Russian losses near Sudzha at "
            "at least 60 killed and nearly 400 wounded."
        )
    }
    assert got == {("killed", 60, None, "at_least"), ("wounded", None, 400, "nearly")}


def test_explained_is_a_speech_verb() -> None:
    (c,) = _claims(
        "Wire\n\nMarch 3, 2025\n\nTitle\n\n"
        "South Korea's Joint Chiefs of Staff explained on Monday that North Korea had sent 2,500 troops."
    )
    assert (c["claimant"], c["metric"], c["value_low"]) == (
        "Joint Chiefs of Staff (South Korea)",
        "troops_deployed",
        2500,
    )


def test_the_statement_read_after_a_quote_is_the_body_named_before() -> None:
    (c,) = _claims(
        "Wire\n\nMarch 3, 2025\n\nTitle\n\n"
        "Russia's Defence Ministry published its daily summary on Monday.\n\n"
        '"Since the start of the fighting in the Belgorod direction, the enemy has lost over 9,120 '
        'servicepeople," the statement read.'
    )
    assert (c["claimant"], c["value_low"], c["qualifier"]) == ("Russian Ministry of Defense", 9120, "over")


def test_according_to_a_role_names_the_person_and_the_next_sentence_goes_on() -> None:
    (c,) = _claims(
        "Agency\n\nMarch 3, 2025\n\nTitle\n\n"
        "Army General Valery Gerasimov briefed President Vladimir Putin on Saturday.\n\n"
        "According to the general, the offensive had failed. Enemy losses in the area amounted to "
        "over 11 thousand servicemen killed and wounded."
    )
    assert (c["claimant"], c["metric"], c["value_low"]) == ("Valery Gerasimov", "killed_or_wounded", 11000)


# ----------------------------------------------------------------- statement dates
def test_a_leads_undated_past_tense_statement_is_the_reports_day() -> None:
    (c,) = _claims(
        "Agency\n\n14.03.2025, 19:02\n\nTitle\n\n"
        "Ukraine's General Staff reported during a briefing that more than 4,300 Russian soldiers "
        "had been killed or wounded near Sudzha.\n\nThe fighting goes on."
    )
    assert (c["stated_on"], c["stated_on_precision"]) == ("2025-03-14", "day")


# ----------------------------------------------------------------- transcripts
BRIEFING = (
    "U.S. Department of Defense\n\nTRANSCRIPT\n\nPress Briefing\n\nFeb. 6, 2025 |\n\n"
    "MS. SINGH: Good afternoon. I'll take your questions.\n\n"
    "Q: Ukrainian officials said today, citing Ukraine's military intelligence, that at least 250 "
    "North Korean soldiers have been killed this week. Somebody else told me 5,000. Can you confirm?\n\n"
    "MS. SINGH: I'm not going to get into other nations' assessments.\n"
)


def test_a_question_relays_a_figure_it_credits_to_a_named_body_but_claims_nothing_itself() -> None:
    got = {(c["claimant"], c["metric"], c["value_low"], c["stated_on"]) for c in _claims(BRIEFING)}
    assert got == {("Defense Intelligence of Ukraine (HUR)", "killed", 250, "2025-02-06")}


def test_the_same_day_counts_from_the_last_dated_occasion_past_an_undated_remark() -> None:
    got = {
        (c["claimant"], c["value_low"], c["stated_on"])
        for c in _claims(
            "Outlet\n\n23.12.2024, 16:48\n\nTitle\n\n"
            "President Volodymyr Zelensky said on 21 December that, according to preliminary data, "
            "the number of North Korean soldiers killed and wounded in Russia's Kursk region had "
            "already exceeded 3,000. He wrote this on Telegram after a report by Commander-in-Chief "
            "Oleksandr Syrskyi.\n\nThe same day, South Korea's Joint Chiefs of Staff (JCS) estimated "
            "North Korean losses at about 1.1 thousand killed and wounded."
        )
    }
    assert got == {
        ("Volodymyr Zelenskyy", 3000, "2024-12-21"),
        ("Joint Chiefs of Staff (South Korea)", 1100, "2024-12-21"),
    }


def test_a_lead_figure_said_this_in_the_next_sentence_is_the_reports_day() -> None:
    got = {
        (c["value_low"], c["stated_on"])
        for c in _claims(
            "Outlet\n\n14.02.25, 20:10 • 901 views\n\n"
            "Syrskyi: Russian losses near Pokrovsk exceeded 9 thousand in a month\n\n"
            "Over the past month Russian losses near Pokrovsk amounted to more than 9 thousand. "
            "Commander-in-Chief Oleksandr Syrskyi said this in a video address.\n\nMore later."
        )
    }
    assert got == {(9000, "2025-02-14")}
