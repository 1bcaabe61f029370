"""Round 21: who is speaking (the claimant's attribution frame).

Every claimant miss of writers 15-22 was classified by cause (README, "Round 21"). Each mechanism
below reads how a figure's sentence attributes it: which of two named bodies is the speaker when
the other's figure is only compared with; who heads a subject that a relative clause in commas
follows; the innermost speaker of a reported-speech chain; a lawmaker relaying a briefing, named
again by surname. The sentences are written for each behaviour, not copied from any report; each
mechanism has a case that must not change (a negative). Tests share no state (xdist-safe).
"""

from __future__ import annotations

from tests.helpers import WIRE_HEADER, read_numeric

NIS = "National Intelligence Service (South Korea)"
JCS = "Joint Chiefs of Staff (South Korea)"
HUR = "Defense Intelligence of Ukraine (HUR)"
KOVALENKO = "Andrii Kovalenko (Center for Countering Disinformation)"
ZELENSKYY = "Volodymyr Zelenskyy"


def _rows(body: str, header: str = WIRE_HEADER) -> list[tuple[object, ...]]:
    """(claimant, metric, low, high, qualifier) of each figure under a header."""
    return read_numeric(body, header)


# ------------------------------------------- a figure compared with another source's figure
def test_a_source_named_in_a_comparison_after_the_figure_is_not_the_speaker() -> None:
    body = (
        "On Tuesday South Korea's Joint Chiefs of Staff put the number of North Korean casualties "
        "at about 1,200, far below the estimate given by Kyiv a day earlier.\n"
    )
    assert _rows(body) == [(JCS, "killed_or_wounded", 1200, 1200, "about")]


def test_a_speaker_raising_a_figure_keeps_it_past_the_older_one_given_by_another() -> None:
    body = (
        "The NIS said on Friday that about 250 North Korean soldiers had been killed in Kursk, "
        "up from the 100 given by Ukraine's military intelligence.\n"
    )
    rows = _rows(body)
    assert (NIS, "killed", 250, 250, "about") in rows
    assert not any(r[0] == HUR and r[2] == 250 for r in rows)


def test_negative_a_figure_given_by_a_body_with_no_comparison_is_that_bodys() -> None:
    body = "About 250 North Korean soldiers had been killed in Kursk, according to Ukraine's HUR.\n"
    assert _rows(body) == [(HUR, "killed", 250, 250, "about")]


# --------------------------------------------- a relative clause between subject and verb
def test_a_relative_clause_in_commas_before_the_verb_names_no_speaker() -> None:
    body = (
        "Andrii Kovalenko, who leads the Center for Countering Disinformation under Ukraine's "
        "National Security and Defense Council, said on Friday that North Korean losses had "
        "passed 300 troops.\n"
    )
    assert _rows(body) == [(KOVALENKO, "killed_or_wounded", 300, None, "over")]


def test_negative_a_body_as_the_subject_before_its_verb_still_speaks() -> None:
    body = "The Center for Countering Disinformation said on Friday that North Korean losses had passed 300 troops.\n"
    rows = _rows(body)
    assert [r[0] for r in rows] == ["Center for Countering Disinformation"]


# ------------------------------------------------------------ a reported-speech chain
def test_the_innermost_speaker_of_a_chain_past_a_day_a_kind_and_a_tense_is_the_claimant() -> None:
    body = (
        "Ukraine's Novyny Kursk news portal reported on Tuesday that the monitoring project "
        "Steppe Watch had put the number of North Koreans killed at around 400.\n"
    )
    assert _rows(body) == [("Steppe Watch", "killed", 400, 400, "about")]


def test_negative_a_speaker_with_no_inner_speaker_keeps_the_figure() -> None:
    body = "President Zelensky said on Tuesday that around 400 North Korean soldiers had been killed.\n"
    assert _rows(body) == [(ZELENSKYY, "killed", 400, 400, "about")]


# ------------------------------------------------- a lawmaker relaying, named again by surname
_RELAY = (
    "South Korea's spy agency briefed the intelligence committee on Thursday, according to "
    "lawmakers Park Sun-won and Yoon Kun-young.\n\n"
    '"About 500 were killed," {who} told reporters after the closed-door session.\n'
)


def test_a_lawmaker_named_as_relaying_a_briefing_relays_it_again_by_surname() -> None:
    assert _rows(_RELAY.format(who="Park")) == [(NIS, "killed", 500, 500, "about")]


def test_negative_a_surname_never_named_as_a_lawmaker_speaks_for_themself() -> None:
    assert _rows(_RELAY.format(who="Choi")) == [("Choi", "killed", 500, 500, "about")]
