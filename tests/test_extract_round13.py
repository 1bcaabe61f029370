"""Round 13 of issue 9: kinds of miss that recur across several writers' sets.

Round 13 moved the tenth fresh set into `dev-pending/` and sorted the misses of all nine writers'
sets there by kind (tests/reports/README.md, round 13): a claim relayed by a briefing ("briefed the
BBC that"), a body named bare or by a title instead of a name, a function word or a title read as a
speaker's name, a colleague called by a first name, a body's own page headed by its name, and
statement dates taken from an earlier occasion of the same speaker. The sentences below are written
for the behaviour, not copied from any report; each mechanism has a case that must not change.
Tests share no state (xdist-safe).
"""

from __future__ import annotations

from etl.extract.dates import find_dates, parse_date_line
from tests.helpers import numeric_claims, read_numeric

LATE_HEADER = "Wire\n\nSeptember 6, 2025\n\nTitle\n\n"


def _dated(body: str, header: str = LATE_HEADER) -> list[tuple[object, ...]]:
    """(claimant, low, high, stated_on, precision) of each figure under a dated header."""
    return [
        (c["claimant"], c["value_low"], c["value_high"], c["stated_on"], c["stated_on_precision"])
        for c in numeric_claims(header + body)
    ]


# ----------------------------------------------------------------- a claim relayed by a briefing
def test_officials_who_briefed_an_outlet_that_claim_the_figures() -> None:
    body = (
        "Early in February, Western officials briefed the Guardian that about 900 of the North "
        "Koreans had been killed and that some 3,500 had become casualties in all."
    )
    assert read_numeric(body) == [
        ("Western officials", "killed", 900, 900, "about"),
        ("Western officials", "killed_or_wounded", 3500, 3500, "about"),
    ]


def test_a_briefing_with_its_day_between_the_outlet_and_that_still_relays() -> None:
    body = (
        "Western officials briefed Reuters on Thursday that about 800 North Korean soldiers had been killed."
    )
    assert read_numeric(body) == [("Western officials", "killed", 800, 800, "about")]


def test_a_briefing_about_a_strike_claims_nothing_by_itself() -> None:
    body = "Kirby briefed reporters about the strike, which killed 300 people."
    assert read_numeric(body) == []


# ----------------------------------------------------------------- a body named bare
def test_bare_defence_intelligence_is_the_uk_body_and_it_assessed_goes_on_with_it() -> None:
    body = (
        "Defence Intelligence put out its regular update on X on Saturday. It assessed that North Korea "
        "has very likely suffered more than 7,000 casualties in Kursk."
    )
    assert read_numeric(body) == [
        ("UK Ministry of Defence (Defence Intelligence)", "killed_or_wounded", 7000, None, "over")
    ]


def test_ukraines_defence_intelligence_stays_ukraines() -> None:
    body = "Ukraine's Defence Intelligence said on Friday that 250 North Korean soldiers were killed."
    assert read_numeric(body) == [("Defense Intelligence of Ukraine (HUR)", "killed", 250, 250, "exact")]


# ----------------------------------------------------------------- words that are no name
def test_as_reported_earlier_is_no_speaker_and_the_ministry_is_the_one_named() -> None:
    body = (
        "Russia's Defence Ministry announced the capture of a village on Monday. As reported earlier, "
        "the ministry had put Ukrainian losses in the Kursk direction at over 41,500 servicemen."
    )
    got = read_numeric(body)
    assert [g[0] for g in got] == ["Russian Ministry of Defense"]
    assert got[0][2:] == (41500, None, "over")


def test_the_head_of_state_is_the_president_named_before() -> None:
    body = (
        'President Volodymyr Zelensky gave his nightly address on Sunday. "Russia has already lost '
        'more than 41,000 men here, wounded and killed," the Head of State said.'
    )
    assert read_numeric(body) == [("Volodymyr Zelenskyy", "killed_or_wounded", 41000, None, "over")]


def test_a_title_with_no_name_is_not_kept_as_a_speaker() -> None:
    body = "The Minister of Defence said on Monday that 400 North Korean soldiers were killed."
    assert all(not str(g[0]).startswith("of ") for g in read_numeric(body))


# ----------------------------------------------------------------- a colleague by first name
def test_a_first_name_in_a_briefing_is_the_colleague_of_the_same_body() -> None:
    body = (
        "Pentagon spokesman Pat Ryder opened the briefing on Monday. As Sabrina said last week, about "
        "9,000 North Korean troops are in Kursk."
    )
    assert read_numeric(body) == [
        ("Sabrina Singh (US Department of Defense)", "troops_deployed", 9000, 9000, "about")
    ]


def test_a_first_name_with_no_colleague_named_is_not_guessed() -> None:
    body = "As Sabrina said on Monday, about 9,000 North Korean troops are in Kursk."
    assert [g[0] for g in read_numeric(body)] != ["Sabrina Singh (US Department of Defense)"]


# ----------------------------------------------------------------- a body's own page
def test_a_page_headed_by_a_body_in_two_languages_speaks_for_it() -> None:
    page = (
        "Генеральний штаб ЗСУ / General Staff of the Armed Forces of Ukraine\n\n"
        "The enemy's losses in the Kursk area have amounted to 12,345 personnel.\n"
    )
    assert [(c["claimant"], c["value_low"]) for c in numeric_claims(page)] == [
        ("General Staff of the Armed Forces of Ukraine", 12345)
    ]


def test_a_year_first_header_date_dates_the_page() -> None:
    assert str(parse_date_line("2024.11.03 10:05 KST")) == "2024-11-03 10:05:00"
    assert str(parse_date_line("PRESS RELEASE | 2025. 2. 14. (Fri)")) == "2025-02-14 00:00:00"
    page = (
        "Seoul Morning Post | Politics\n2024.11.03 10:05 KST\n\nSpy agency: 500 North Koreans killed\n\n"
        "The National Intelligence Service said on Sunday that 500 North Korean soldiers had been killed.\n"
    )
    assert [(c["value_low"], c["stated_on"]) for c in numeric_claims(page)] == [(500, "2024-11-03")]


def test_a_day_first_header_date_is_read_as_before() -> None:
    assert str(parse_date_line("26.04.2025 | 18:47")) == "2025-04-26 18:47:00"


# ----------------------------------------------------------------- statement dates
def test_a_month_naming_an_earlier_estimate_dates_no_statement() -> None:
    body = "Finally, on September 3, the NIS updated its April estimate to around 2,500 killed."
    assert _dated(body) == [("National Intelligence Service (South Korea)", 2500, 2500, "2025-09-03", "day")]
    assert [
        d.precision for d in find_dates("in April the agency spoke", parse_date_line("2025-09-06").date())
    ] == ["month"]


def test_he_added_keeps_the_occasion_just_reported_for_the_same_speaker() -> None:
    body = (
        "At a briefing on April 29 the NIS estimated about 500 dead. On Wednesday, Sept. 3, lawmaker Park "
        "Min-ho, citing the NIS after a closed-door briefing, said the agency now believes around 2,500 have "
        "died. He added that around 900 combat engineers had arrived in Russia."
    )
    assert [d[3] for d in _dated(body)] == ["2025-04-29", "2025-09-03", "2025-09-03"]


def test_the_sentence_before_gives_a_later_occasion_than_the_first_one() -> None:
    body = (
        "At a closed briefing on 29 April 2025, the NIS said about 500 had been killed.\n\n"
        "On 3 September 2025 the NIS revised its toll. Lawmaker Park Min-ho told reporters after the "
        "agency's briefing that around 2,500 North Korean soldiers had now died."
    )
    assert [d[3] for d in _dated(body)] == ["2025-04-29", "2025-09-03"]


def test_a_speaker_dated_once_still_keeps_that_day_when_nothing_newer_is_said() -> None:
    body = (
        "At a closed briefing on 29 April 2025, the NIS said about 500 had been killed. The agency said "
        "about 15,000 had been sent in all."
    )
    assert [d[3] for d in _dated(body)] == ["2025-04-29", "2025-04-29"]


# ----------------------------------------------------------------- a lawmaker who relays
def test_according_to_a_named_mp_the_figure_stays_with_the_person_who_gave_it() -> None:
    body = (
        "In early March, Ukraine's military intelligence chief Kyrylo Budanov put North Korean casualties "
        "at about 4,600, according to South Korean MP Kim Do-hyun."
    )
    assert read_numeric(body) == [("Kyrylo Budanov (HUR)", "killed_or_wounded", 4600, 4600, "about")]


def test_an_mp_who_speaks_for_himself_is_still_the_speaker() -> None:
    body = (
        "South Korean MP Kim Do-hyun said on Wednesday that 4,600 North Koreans had been killed or wounded."
    )
    assert [g[0] for g in read_numeric(body)] == ["South Korean MP Kim Do-hyun"]
