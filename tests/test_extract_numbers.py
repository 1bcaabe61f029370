"""The figure grammar: each qualifier, spelled-out numbers, separators and ranges."""

from __future__ import annotations

import pytest

from etl.extract.numbers import parse_figure, words_to_int


@pytest.mark.parametrize(
    ("text", "low", "high", "qualifier"),
    [
        ("at least 30", 30, None, "at_least"),
        ("no fewer than 40", 40, None, "at_least"),
        ("over 10,000", 10000, None, "over"),
        ("more than 3,000", 3000, None, "over"),
        ("had already exceeded 200", 200, None, "over"),
        ("about 300", 300, 300, "about"),
        ("around 300", 300, 300, "about"),
        ("approximately 2,700", 2700, 2700, "about"),
        ("some 600", 600, 600, "about"),
        ("10,000 to 12,000", 10000, 12000, "range"),
        ("10-12,000", 10000, 12000, "range"),
        ("between 200 and 300", 200, 300, "range"),
        ("up to 12,000", None, 12000, "up_to"),
        ("as many as 500", None, 500, "up_to"),
        ("nearly 1,000", None, 1000, "nearly"),
        ("almost 1,000", None, 1000, "nearly"),
        ("77", 77, 77, "exact"),
        ("3,800", 3800, 3800, "exact"),
    ],
)
def test_qualifier_sets_only_the_bounds_the_text_states(
    text: str, low: int | None, high: int | None, qualifier: str
) -> None:
    fig = parse_figure(text)
    assert fig is not None
    assert (fig.low, fig.high, fig.qualifier) == (low, high, qualifier)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("three", 3),
        ("two", 2),
        ("twenty-five", 25),
        ("two hundred", 200),
        ("fifteen thousand", 15000),
        ("one hundred and twenty", 120),
    ],
)
def test_spelled_out_numbers_are_read_as_cardinals(text: str, value: int) -> None:
    assert words_to_int(text) == value
    fig = parse_figure(f"at least {text} servicemen")
    assert fig is not None and fig.low == value


def test_thousands_separators_and_scale_words_give_the_full_number() -> None:
    assert parse_figure("12,000 troops").low == 12000  # type: ignore[union-attr]
    assert parse_figure("1,376 square kilometers").low == 1376  # type: ignore[union-attr]
    assert parse_figure("12 thousand").low == 12000  # type: ignore[union-attr]
    assert parse_figure("1.5 million").low == 1_500_000  # type: ignore[union-attr]


def test_hyphen_range_shares_the_thousands_of_its_high_end() -> None:
    fig = parse_figure("put the total at 10-12,000")
    assert fig is not None
    assert (fig.low, fig.high, fig.qualifier) == (10000, 12000, "range")


@pytest.mark.parametrize(
    "text",
    [
        "between eleven and twelve thousand troops",
        "between 11 and 12 thousand troops",
        "from 11 to 12 thousand troops",
    ],
)
def test_a_worded_range_shares_the_scale_of_its_high_end(text: str) -> None:
    fig = parse_figure(text)
    assert fig is not None
    assert (fig.low, fig.high, fig.qualifier) == (11000, 12000, "range")


def test_a_worded_range_of_full_figures_keeps_both_ends() -> None:
    for text, low in (("between 10,000 and 12,000", 10000), ("between 300 and 400", 300)):
        fig = parse_figure(text)
        assert fig is not None and fig.low == low and fig.qualifier == "range"


def test_nearly_half_is_a_share_without_values() -> None:
    fig = parse_figure("nearly half of the soldiers")
    assert fig is not None
    assert fig.share and fig.low is None and fig.high is None and fig.qualifier == ""


@pytest.mark.parametrize(
    ("text", "bounds"),
    [
        ("11k-12k troops", (11000, 12000)),
        ("10-12k troops", (10000, 12000)),
        ("5k–6k casualties", (5000, 6000)),
    ],
)
def test_a_hyphen_range_reads_a_k_at_its_high_end(text: str, bounds: tuple[int, int]) -> None:
    """ "11k-12k" read as "about 11,000" (the "12k" after a hyphen was never a number)."""
    f = parse_figure(text)
    assert f is not None and (f.low, f.high, f.qualifier) == (*bounds, "range")


def test_north_of_a_figure_is_more_than_it() -> None:
    f = parse_figure("north of 3,000 casualties")
    assert f is not None and (f.low, f.high, f.qualifier) == (3000, None, "over")
