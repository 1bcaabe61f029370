"""Round 8 of issue 9: what recurred across the fourth and fifth fresh writers' misses.

Each test is a short report written for the behaviour (none is a dev report's sentence), so a
rule that only matched one report's wording fails here. Tests share no state (xdist-safe).
"""

from __future__ import annotations

from etl.extract import extract
from tests.helpers import numeric_claims as _claims
from tests.helpers import read_numeric as _read


# ----------------------------------------------------------------- figures never proposed
def test_a_figure_with_its_noun_left_out_counts_when_it_was_sent() -> None:
    got = _read(
        "South Korea's Joint Chiefs of Staff said on Friday that some 2,500 had been dispatched over the "
        "winter, and that at least 1,200 more were sent in May."
    )
    assert ("Joint Chiefs of Staff (South Korea)", "troops_deployed", 2500, 2500, "about") in got
    assert ("Joint Chiefs of Staff (South Korea)", "troops_deployed", 1200, None, "at_least") in got


def test_a_deployment_to_a_part_of_russia_is_a_deployment() -> None:
    got = _read(
        "NATO chief Mark Rutte said on Friday that roughly 9,000 soldiers had gone to western Russia."
    )
    assert got == [("Mark Rutte (NATO)", "troops_deployed", 9000, 9000, "about")]


def test_a_purpose_phrase_does_not_break_a_list_of_people_sent() -> None:
    got = _read(
        "Security Council Secretary Sergei Shoigu said on Friday that Pyongyang would send 800 engineers to "
        "repair bridges near Belgorod and 2,000 construction workers."
    )
    assert ("Sergei Shoigu (Security Council of Russia)", "troops_deployed", 800, 800, "exact") in got
    assert ("Sergei Shoigu (Security Council of Russia)", "troops_deployed", 2000, 2000, "exact") in got


def test_someone_giving_a_total_claims_it() -> None:
    got = _read(
        "By Friday, Secretary of State Antony Blinken was giving a total of about 7,000 troops in Russia."
    )
    assert got == [("Antony Blinken (US State Department)", "troops_deployed", 7000, 7000, "about")]


# ----------------------------------------------------------------- claimants
def test_an_official_with_no_aliases_is_found_by_their_name() -> None:
    got = _read(
        "Pentagon deputy spokesperson Sabrina Singh told reporters on Friday that about 2,000 North Korean "
        "soldiers had been wounded."
    )
    assert got == [("Sabrina Singh (US Department of Defense)", "wounded", 2000, 2000, "about")]


def test_a_german_spelling_of_a_slavic_name_is_the_same_person() -> None:
    got = _read(
        "Oberbefehlshaber Oleksandr Syrskyj said on Friday that Russia had lost more than 9,000 soldiers near "
        "Pokrovsk this month."
    )
    assert got and all(c[0] == "Oleksandr Syrskyi" for c in got)
    got = _read("President Selenskyj said on Friday that Russia had lost 1,200 soldiers near Kupiansk.")
    assert got and all(c[0] == "Volodymyr Zelenskyy" for c in got)


# ----------------------------------------------------------------- header dates
def test_a_dateline_without_a_year_takes_the_year_its_weekday_fits_not_a_background_year() -> None:
    text = (
        "Wire\n\nTitle of the story\n\n"
        "SEOUL, Feb. 10 (Yonhap) -- About 500 North Korean soldiers have been wounded in Kursk, South Korea's "
        "spy agency said Monday.\n\n"
        "One of the wounded had served in a border unit since 2019, the agency said."
    )
    x = extract(text)
    assert x.document["published_at"].startswith("2025-02-10")
    (c,) = [c for c in x.claims if c["value_low"] == 500]
    assert c["stated_on"] == "2025-02-10"


# ----------------------------------------------------------------- one soldier captured
def test_a_soldier_captured_is_a_capture_of_one_of_his_sides_forces() -> None:
    (c,) = _claims(
        "Wire\n\nMay 9, 2025\n\nTitle\n\n"
        "Ukraine's military intelligence agency HUR said on Friday that a Russian serviceman was captured near "
        "Kupiansk on Wednesday."
    )
    assert (c["metric"], c["value_low"], c["value_high"], c["qualifier"]) == ("captured", 1, 1, "exact")
    assert c["subject"] == "Russian forces"


def test_a_summary_restating_a_dated_capture_is_the_same_claim() -> None:
    text = (
        "Live\n\nMay 9, 2025\n\nTitle\n\n18.30 BST\nThe day so far\n\nThe main points:\n"
        "- Ukraine's military intelligence agency HUR said a Russian serviceman captured by its troops had been "
        "handed over.\n\n"
        "12.05 BST\nUkraine's military intelligence agency HUR said that a Russian serviceman captured near "
        "Kupiansk on Wednesday had been handed over to investigators."
    )
    got = [c for c in _claims(text) if c["metric"] == "captured"]
    assert len(got) == 1
    assert got[0]["period_start"] == "2025-05-07"


def test_a_plan_to_dispatch_or_deploy_people_is_a_deployment() -> None:
    got = _read(
        "NATO chief Mark Rutte told reporters on Friday that Pyongyang had agreed to dispatch 400 deminers.\n\n"
        "Secretary of State Antony Blinken said on Friday that Moscow planned to deploy 900 engineers."
    )
    assert ("Mark Rutte (NATO)", "troops_deployed", 400, 400, "exact") in got
    assert ("Antony Blinken (US State Department)", "troops_deployed", 900, 900, "exact") in got


def test_part_of_a_counted_force_moved_elsewhere_is_a_deployment() -> None:
    got = _read(
        "NATO chief Mark Rutte said on Friday that of about 6,000 North Korean troops sent to Russia, up to "
        "2,500 had been moved to the Belgorod region."
    )
    assert ("Mark Rutte (NATO)", "troops_deployed", 6000, 6000, "about") in got
    assert ("Mark Rutte (NATO)", "troops_deployed", None, 2500, "up_to") in got


def test_hundreds_after_a_hyphenated_thousand_belong_to_the_figure() -> None:
    got = _read(
        "Ukraine's General Staff said on Friday that the Russian army had lost about 7-thousand 300 soldiers "
        "near Kupiansk."
    )
    assert [(g[2], g[3], g[4]) for g in got] == [(7300, 7300, "about")]
