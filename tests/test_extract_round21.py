"""Round 21: who is speaking (the claimant's attribution frame).

Every claimant miss of writers 15-22 was classified by cause (README, "Round 21"). Kept were the
mechanisms whose cause is a claimant miss in at least two writers' sets and that fixed misses in at
least two writers' sets: a body inside a subordinate phrase (a comparison with another figure, a
relative clause in commas) is not the speaker; "per" after the content is "according to"; whose
figure it is ("X's own figure, …, was"). The sentences are written for each behaviour, not copied
from any report; each mechanism has a case that must not change (a negative). Tests share no state
(xdist-safe).
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


# ------------------------------------------------------------ "per" after the content
def test_per_after_the_content_names_the_source_like_according_to() -> None:
    body = "About 1,500 more North Korean troops have been sent to Russia, again per the NIS.\n"
    assert _rows(body) == [(NIS, "troops_deployed", 1500, 1500, "about")]


def test_per_the_same_briefing_goes_on_with_the_speaker_of_that_briefing() -> None:
    body = (
        "The NIS told lawmakers on Tuesday that about 700 North Korean soldiers had been killed.\n\n"
        "Around 3,900 were wounded, per the same briefing.\n"
    )
    assert _rows(body) == [(NIS, "killed", 700, 700, "about"), (NIS, "wounded", 3900, 3900, "about")]


def test_negative_per_as_a_rate_names_no_source() -> None:
    body = "Losses ran at about 50 North Korean soldiers per day in the December fighting.\n"
    assert _rows(body) == []


# ------------------------------------------------------------ whose figure it is
def test_a_named_figure_with_a_long_aside_before_was_is_the_owners() -> None:
    body = (
        "Mr Zelenskyy's own estimate, offered in a television interview at the end of last month, "
        "was 3,600 killed or wounded.\n"
    )
    assert _rows(body) == [(ZELENSKYY, "killed_or_wounded", 3600, 3600, "exact")]


def test_the_same_agencys_figure_after_a_time_said_first_is_that_agencys() -> None:
    body = (
        "South Korea's spy agency told lawmakers on Monday that about 1,800 North Korean soldiers had died.\n\n"
        "In early May the same agency's estimate had been about 700 dead.\n"
    )
    rows = _rows(body)
    assert (NIS, "killed", 700, 700, "about") in rows


def test_negative_the_same_agencys_figure_with_no_agency_named_before_has_no_speaker() -> None:
    assert _rows("In early May the same agency's estimate had been about 700 dead.\n") == []
