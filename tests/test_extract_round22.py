"""Round 22: precision (the extra numeric claims of writers 20-25).

Every extra numeric claim of writers 20-25 was classified by cause (README, "Round 22"). Kept were
the mechanisms whose cause appears in at least two writers' sets and that removed extras in at
least two writers' sets: a state's or a body's figure goes to its one known official credited with
it; a short name ("the Service", "Defence Intelligence") is the body the report names in full; a
figure's own words decide its metric ("N more had been dispatched", "have lost N servicemen in",
not an aside on what the figure includes). The sentences are written for each behaviour, not
copied from any report; each mechanism has cases that must not change (negatives). Tests share no
state (xdist-safe).
"""

from __future__ import annotations

from tests.helpers import read_numeric

HEADER = "Wire\n\nMarch 3, 2025\n\nTitle\n\n"
RYDER = "Pat Ryder (US Department of Defense)"
SINGH = "Sabrina Singh (US Department of Defense)"
DOD = "US Department of Defense"
GERASIMOV = "Valery Gerasimov"
NIS = "National Intelligence Service (South Korea)"
HUR = "Defense Intelligence of Ukraine (HUR)"
UK_DI = "UK Ministry of Defence (Defence Intelligence)"
JCS = "Joint Chiefs of Staff (South Korea)"
RU_MOD = "Russian Ministry of Defense"


def _rows(body: str) -> list[tuple[object, ...]]:
    """(claimant, metric, low, high, qualifier) of each figure under a dated header."""
    return read_numeric(body, HEADER)


# ------------------------------------------------- the official credited with a body's figure
def test_a_state_figure_followed_by_this_was_stated_by_its_official_is_the_officials() -> None:
    body = (
        "The United States believes about 9,000 North Korean soldiers are now in Russia.\n\n"
        "This was stated by Pentagon press secretary Pat Ryder at a briefing on Friday.\n"
    )
    assert _rows(body) == [(RYDER, "troops_deployed", 9000, 9000, "about")]


def test_a_body_figure_whose_number_its_spokesman_then_discusses_is_the_spokesmans() -> None:
    body = (
        "Roughly 9,000 North Korean soldiers are now in Russia, the Pentagon said on Friday.\n\n"
        "Pat Ryder, the Pentagon press secretary, told reporters that the number was likely to rise.\n"
    )
    assert _rows(body) == [(RYDER, "troops_deployed", 9000, 9000, "about")]


def test_a_states_figure_named_as_a_figure_its_official_gave_is_the_officials() -> None:
    body = (
        "Moscow said Ukraine had lost more than 50,000 servicemen killed and wounded in the region, "
        "a figure Valery Gerasimov gave during a meeting with the president.\n"
    )
    assert _rows(body) == [(GERASIMOV, "killed_or_wounded", 50000, None, "over")]


def test_negative_an_official_saying_something_else_next_leaves_the_body_its_figure() -> None:
    body = (
        "The Pentagon said on Friday that about 9,000 North Korean soldiers were in Russia.\n\n"
        "Sabrina Singh told reporters that some of them had moved toward the border.\n"
    )
    assert _rows(body) == [(DOD, "troops_deployed", 9000, 9000, "about")]


def test_negative_an_official_with_a_figure_of_his_own_does_not_take_the_bodys() -> None:
    body = (
        "The Pentagon said on Friday that about 9,000 North Korean soldiers were in Russia.\n\n"
        "Pat Ryder told reporters that the number in the border region was about 7,000.\n"
    )
    rows = _rows(body)
    assert (DOD, "troops_deployed", 9000, 9000, "about") in rows


# ------------------------------------------------------ a short name of a body named in full
def test_the_service_after_the_national_intelligence_service_is_the_nis() -> None:
    body = (
        "South Korea's National Intelligence Service briefed lawmakers on Monday.\n\n"
        "The Service told them that about 700 North Korean soldiers had been killed.\n"
    )
    assert _rows(body) == [(NIS, "killed", 700, 700, "about")]


def test_defence_intelligence_on_a_page_naming_ukraines_is_ukraines() -> None:
    body = (
        "Source: Defence Intelligence of Ukraine\n\n"
        "About 150 North Korean soldiers have been killed this week, Defence Intelligence said.\n"
    )
    assert _rows(body) == [(HUR, "killed", 150, 150, "about")]


def test_negative_defence_intelligence_alone_stays_the_uks() -> None:
    body = "About 150 North Korean soldiers have been killed this week, UK Defence Intelligence said.\n"
    assert _rows(body) == [(UK_DI, "killed", 150, 150, "about")]


# ---------------------------------------------------------- a figure's own words decide
def test_more_dispatched_after_casualties_is_a_force_sent() -> None:
    body = (
        "Seoul's Joint Chiefs of Staff said on Monday that about 2,000 North Koreans had become "
        "casualties, and that at least 1,500 more had been dispatched in March to replace the losses.\n"
    )
    rows = _rows(body)
    assert (JCS, "killed_or_wounded", 2000, 2000, "about") in rows
    assert (JCS, "troops_deployed", 1500, None, "at_least") in rows


def test_servicemen_lost_in_a_region_are_losses_not_a_force() -> None:
    body = (
        "Ukrainian units have lost more than 300 servicemen in Russia's Kursk region over the past "
        "day while trying to counterattack, the Russian Defense Ministry said on Monday.\n"
    )
    assert [r[:2] for r in _rows(body)] == [(RU_MOD, "killed_or_wounded")]


def test_an_aside_on_what_a_figure_includes_does_not_name_its_metric() -> None:
    body = (
        "Western officials said on Monday they put the dead at about 900 and total casualties at "
        "about 3,500, a figure that includes the missing and captured.\n"
    )
    assert [r[1:] for r in _rows(body)] == [
        ("killed", 900, 900, "about"),
        ("killed_or_wounded", 3500, 3500, "about"),
    ]


def test_negative_lost_with_its_own_metric_word_keeps_that_word() -> None:
    body = "The General Staff said on Monday that Russia had lost 9,000 servicemen killed in the region.\n"
    assert [r[1:] for r in _rows(body)] == [("killed", 9000, 9000, "exact")]


# ------------------------------------------------- a figure whose own noun is a thing
def test_a_calibre_before_a_weapon_is_no_count_of_troops() -> None:
    body = (
        "The NIS said on Monday that Pyongyang had sent about 2,000 more soldiers to Russia, and "
        "that it might also send 122-mm howitzers there.\n"
    )
    assert _rows(body) == [(NIS, "troops_deployed", 2000, 2000, "about")]


def test_things_named_after_of_them_are_no_count_of_people() -> None:
    body = (
        "Valery Gerasimov said on Monday that Ukraine had lost more than 9,000 servicemen killed and "
        "wounded, and claimed 3,100 pieces of equipment, 215 of them tanks.\n"
    )
    assert _rows(body) == [("Valery Gerasimov", "killed_or_wounded", 9000, None, "over")]


def test_negative_people_counted_by_of_them_stay_a_count() -> None:
    body = (
        "The NIS said on Monday that some 9,000 North Korean soldiers were in Russia, about 7,000 "
        "of them in the Kursk region.\n"
    )
    rows = _rows(body)
    assert (NIS, "troops_deployed", 9000, 9000, "about") in rows
    assert any(r[2] == 7000 for r in rows)
