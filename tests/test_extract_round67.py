"""Round 67 (session 38): figures written every way newsrooms write them (set 217: spelled-out
numbers, '11k', '3K+', '10 000' and '10.000', bounds and approximations in many wordings, ranges in
many forms, figures split from their nouns by a clause; scored blind by the starting rules: numeric
F1 0.911, all claims 0.854, then read).

The texts are invented for each behaviour, not copied from any report, and go beyond the set's own
wordings; negatives guard what must not change (percentages, money, ages, sums). Tests share no
state (xdist-safe).
"""

from __future__ import annotations

from typing import Any

from etl.extract.numbers import parse_figure
from tests.helpers import numeric_claims

_HEAD = "THE RIVERSIDE OBSERVER\nWorld | Friday, February 14, 2025\n\n"


def _rows(text: str) -> list[tuple[Any, ...]]:
    """(claimant, metric, low figure, high figure, qualifier, stated_on) of every numeric claim."""
    return sorted(
        (c["claimant"], c["metric"], c["value_low"], c["value_high"], c["qualifier"], c["stated_on"])
        for c in numeric_claims(_HEAD + text)
    )


def _bounds(text: str) -> tuple[Any, ...]:
    fig = parse_figure(text)
    assert fig is not None, text
    return fig.low, fig.high, fig.qualifier


# -- 67a: bounds and approximations written after the figure or in other words -------------------


def test_a_bound_written_after_the_figure_is_its_qualifier() -> None:
    """'-plus' and 'plus' before a noun are 'over'; 'or above'/'or higher' are 'at least' as 'or
    more' is; 'or thereabouts' and '-odd' are approximations; 'at most' closes a figure's top."""
    assert _bounds("4,500-plus killed") == (4500, None, "over")
    assert _bounds("2,200 plus troops") == (2200, None, "over")
    assert _bounds("12 thousand-plus soldiers") == (12000, None, "over")
    assert _bounds("8,000 or above") == (8000, None, "at_least")
    assert _bounds("8,000 or higher") == (8000, None, "at_least")
    assert _bounds("700 or thereabouts") == (700, 700, "about")
    assert _bounds("1,500-odd soldiers") == (1500, 1500, "about")
    assert _bounds("12,000 at most") == (None, 12000, "up_to")
    assert _bounds("forty, at the very least,") == (40, None, "at_least")


def test_a_sum_written_with_plus_is_no_bound() -> None:
    """'300 plus 2,700' adds two figures: the first is not 'over 300'."""
    assert _bounds("300 plus 2,700 wounded") == (300, 300, "exact")
    assert _bounds("600 plus another 1,200") == (600, 600, "exact")


def test_more_wordings_of_a_bound_before_the_figure() -> None:
    """'just shy of' and 'a shade under' approach a figure from below; 'upward of', 'well in excess
    of' and 'a little over' pass it; 'in the vicinity of' and 'on the order of' round it."""
    assert _bounds("just shy of 1,000") == (None, 1000, "nearly")
    assert _bounds("a shade under 2,000") == (None, 2000, "nearly")
    assert _bounds("just short of 600") == (None, 600, "nearly")
    assert _bounds("upward of 3,000") == (3000, None, "over")
    assert _bounds("well in excess of 5,000") == (5000, None, "over")
    assert _bounds("a little over 1,100") == (1100, None, "over")
    assert _bounds("in the vicinity of 2,000") == (2000, 2000, "about")
    assert _bounds("on the order of 10,000") == (10000, 10000, "about")


def test_an_apostrophe_groups_thousands() -> None:
    """Swiss and some Indian pages group thousands with an apostrophe: "10'000", "12’000"."""
    assert _bounds("10'000 soldiers") == (10000, 10000, "exact")
    assert _bounds("between 10’000 and 12’000") == (10000, 12000, "range")


def test_bounds_after_the_figure_are_read_in_claims() -> None:
    rows = _rows(
        "SEOUL - South Korea's National Intelligence Service said on Thursday that 1,200-plus North "
        "Korean soldiers had been killed in the Kursk region.\n\n"
        "Ukraine's General Staff said on Wednesday that the North Korean contingent had lost just shy "
        "of 3,000 troops, killed and wounded.\n\n"
        "President Volodymyr Zelenskyy said on Tuesday that 500-odd North Korean soldiers had been "
        "wounded in a week.\n"
    )
    assert rows == [
        (
            "General Staff of the Armed Forces of Ukraine",
            "killed_or_wounded",
            None,
            3000,
            "nearly",
            "2025-02-12",
        ),
        ("National Intelligence Service (South Korea)", "killed", 1200, None, "over", "2025-02-13"),
        ("Volodymyr Zelenskyy", "wounded", 500, 500, "about", "2025-02-11"),
    ]


def test_the_new_wordings_count_no_money_share_or_age() -> None:
    """The same words before money, a share or an age make no figure: "upward of US$2 billion",
    "just shy of 40 percent", "20-plus years old"."""
    assert (
        _rows(
            "SEOUL - Seoul said on Thursday it would spend upward of US$2 billion on air defence.\n\n"
            "The NIS said on Thursday that just shy of 40 percent of the North Korean troops first deployed "
            "were still at the front.\n\n"
            "The NIS said on Thursday that most of the North Korean soldiers killed were 20-plus years old.\n"
        )
        == []
    )


def test_at_least_after_a_figure_bounds_it_only_where_its_phrase_ends() -> None:
    """ "since December 14 at least 200 were killed": the bound opens the next figure; the day
    keeps no qualifier."""
    rows = _rows(
        "KYIV - Ukraine's military intelligence said on Thursday that since December 14 at least 200 North "
        "Korean soldiers had been killed.\n"
    )
    assert rows == [("Defense Intelligence of Ukraine (HUR)", "killed", 200, None, "at_least", "2025-02-13")]


# -- 67b: figures split from their nouns by a clause ------------------------------------------------


def test_an_aside_between_a_count_put_and_its_at_keeps_the_count() -> None:
    """ "put the number of … killed near Sudzha, in clashes it said had lasted two nights, at no
    fewer than forty": the aside in commas between the count and its "at" is skipped."""
    assert _rows(
        "KYIV - Ukraine's military intelligence on Sunday put the number of North Korean troops killed "
        "near Sudzha, in clashes it said had lasted two nights, at no fewer than forty.\n"
    ) == [("Defense Intelligence of Ukraine (HUR)", "killed", 40, None, "at_least", "2025-02-09")]


def test_number_as_the_verb_counts_the_people_named_before_it() -> None:
    """ "the dead number about 300 and the wounded number 2,700"; "The injured, the NIS told
    lawmakers on Thursday, number just shy of 1,000": the noun before "number" is what is counted."""
    assert _rows(
        "SEOUL - The NIS said on Thursday that North Korean dead number about 300 and the wounded number 2,700.\n"
    ) == [
        ("National Intelligence Service (South Korea)", "killed", 300, 300, "about", "2025-02-13"),
        ("National Intelligence Service (South Korea)", "wounded", 2700, 2700, "exact", "2025-02-13"),
    ]
    assert _rows("SEOUL - The injured, the NIS told lawmakers on Thursday, number just shy of 1,000.\n") == [
        ("National Intelligence Service (South Korea)", "wounded", None, 1000, "nearly", "2025-02-13")
    ]


def test_a_relative_clause_with_the_earlier_figure_splits_a_count_from_its_verb() -> None:
    """ "The number of … in Russia, which the Pentagon had put at 11,000 in November, now stands at
    some 14,000": two claims, the earlier one given in its month, the new one on the day said."""
    rows = _rows(
        "WASHINGTON - The number of North Korean troops in Russia, which the Pentagon had put at 11,000 "
        "in November, now stands at some 14,000, the Pentagon said on Tuesday.\n"
    )
    assert rows == [
        ("US Department of Defense", "troops_deployed", 11000, 11000, "exact", "2024-11-01"),
        ("US Department of Defense", "troops_deployed", 14000, 14000, "about", "2025-02-11"),
    ]


def test_a_relative_clause_with_money_makes_no_count() -> None:
    assert (
        _rows(
            "SEOUL - The aid package, which Seoul put at US$300 million in January, now stands at US$500 "
            "million, the finance ministry said on Tuesday.\n"
        )
        == []
    )
