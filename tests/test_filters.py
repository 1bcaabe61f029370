"""Link values are validated against what the database offers; the rest becomes a notice."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from claimsdesk.filters import Filters, adjust_date_range, markdown_literal, selected_range, validate_params

OPTIONS = {"claimant": ["HUR", "NIS"], "type": ["casualties"]}


def test_known_values_pass_and_unknown_ones_are_reported() -> None:
    valid, notices = validate_params({"claimant": ["HUR", "DROP TABLE x"]}, OPTIONS)
    assert valid["claimant"] == ["HUR"]
    assert len(notices) == 1 and "DROP TABLE x" in notices[0]


def test_bad_or_reversed_dates_are_reported() -> None:
    assert validate_params({"dates": ["2024-13-01"]}, OPTIONS)[1]
    assert validate_params({"dates": ["2025-01-01", "2024-01-01"]}, OPTIONS)[1]
    valid, notices = validate_params({"dates": ["2024-01-01", "2024-02-01"]}, OPTIONS)
    assert not notices and valid["dates"] == ["2024-01-01", "2024-02-01"]


def test_equal_selections_share_one_cache_key() -> None:
    a = Filters(claimants=("NIS", "HUR", "HUR"), q="  Kursk ").normalised()
    b = Filters(claimants=("HUR", "NIS"), q="Kursk").normalised()
    assert a == b and hash(a) == hash(b)


def test_the_description_names_every_active_filter() -> None:
    f = Filters(date_from=dt.date(2024, 12, 1), claimants=("HUR",), q="Kursk")
    assert f.describe() == "stated 2024-12-01 to …; claimant=HUR; q=Kursk"
    assert Filters().describe() == "no filters (all claims)"


# -- date links: adjusted as a whole, every adjustment named -------------------------------------

SPAN = (dt.date(2024, 11, 1), dt.date(2025, 4, 30))


def test_a_reversed_range_is_swapped_whole_and_named() -> None:
    valid, notices = validate_params({"dates": ["2025-04-30", "2024-11-01"]}, OPTIONS, SPAN)
    assert valid["dates"] == ["2024-11-01", "2025-04-30"]
    assert len(notices) == 1 and notices[0].startswith("Swapped the date range")


def test_a_single_date_means_that_day_and_is_named() -> None:
    rng, notices = adjust_date_range(["2024-12-16"], SPAN)
    assert rng == (dt.date(2024, 12, 16), dt.date(2024, 12, 16))
    assert notices == [
        "The link gives one date: showing claims stated on 2024-12-16 (and those dated only to its month or year)"
    ]


def test_a_same_day_range_is_kept_without_a_notice() -> None:
    assert adjust_date_range(["2024-12-16", "2024-12-16"], SPAN) == (
        (dt.date(2024, 12, 16), dt.date(2024, 12, 16)),
        [],
    )


def test_a_range_partly_outside_the_data_is_clamped_and_named() -> None:
    rng, notices = adjust_date_range(["2023-01-01", "2024-12-31"], SPAN)
    assert rng == (dt.date(2024, 11, 1), dt.date(2024, 12, 31))
    assert len(notices) == 1 and notices[0].startswith("Clamped the date range")
    rng, notices = adjust_date_range(["2025-05-10", "2025-01-01"], SPAN)  # swapped, then clamped
    assert rng == (dt.date(2025, 1, 1), dt.date(2025, 4, 30))
    assert [n.split()[0] for n in notices] == ["Swapped", "Clamped"]


def test_a_range_wholly_outside_the_data_or_not_dates_is_ignored_whole() -> None:
    for values in (["2025-06-01", "2025-07-01"], ["2024-13-45", "yesterday"], ["2024-12-01"] * 3):
        rng, notices = adjust_date_range(values, SPAN)
        assert rng is None and len(notices) == 1 and notices[0].startswith("Ignored")


def test_the_widget_value_becomes_a_whole_ordered_range() -> None:
    d = dt.date
    assert selected_range((d(2024, 12, 16),), SPAN) == (d(2024, 12, 16), d(2024, 12, 16))
    assert selected_range((d(2025, 1, 31), d(2024, 12, 1)), SPAN) == (d(2024, 12, 1), d(2025, 1, 31))
    assert selected_range(SPAN, SPAN) == (None, None)  # all dates: undated claims stay in
    assert selected_range((d(2025, 4, 30), d(2024, 11, 1)), SPAN) == (None, None)
    assert selected_range((), SPAN) == (None, None)


@pytest.mark.parametrize(
    "value",
    ["http://evil.example/login", "HTTPS://evil.example", "www.evil.example/login", "someone@evil.example"],
)
def test_a_bare_url_or_address_from_a_link_is_no_link_in_markdown(value: str) -> None:
    """(QA pass 22) Streamlit's Markdown makes links of bare URLs and e-mail addresses whatever is
    escaped: a word joiner breaks the scheme, "www." and the "@" (checked in Chromium:
    no link to the host is drawn), and the text reads as typed."""
    from claimsdesk.filters import markdown_literal

    shown = markdown_literal(value)
    assert not re.search(r"(?i)https?\\?:|www\\?\.|@[\w]", shown), shown
    assert re.sub(r"\\(.)", r"\1", shown).replace("\u2060", "") == value


def test_a_notice_names_a_links_value_as_typed() -> None:
    """(QA pass 22) `repr` doubled the backslashes of "C:\\Users\\evil" and escaped an apostrophe."""
    from claimsdesk.filters import ignored_link_values

    _valid, notices = validate_params({"claimant": [r"C:\Users\evil"]}, {"claimant": []})
    assert notices == [r"Ignored unknown claimant value(s) in the link: 'C:\Users\evil'"]
    assert ignored_link_values({"view": ["it's here"]}, {"view": ["a"]}) == [
        "Ignored view value(s) in the link: 'it's here' (one of: a)."
    ]


def test_a_toggle_given_true_or_false_in_capitals_takes_it_without_a_notice() -> None:
    """(QA pass 34) "?log=FALSE" was applied by the toggle and named as ignored beside it."""
    from claimsdesk.filters import ignored_link_values

    toggles = {"log": ("true", "false"), "desc": ("true", "false")}
    assert ignored_link_values({"log": ["FALSE"], "desc": ["True"]}, toggles) == []
    assert ignored_link_values({"log": ["no"]}, toggles) == [
        "Ignored log value(s) in the link: 'no' (one of: true, false)."
    ]
    # (a view's names keep their case: "whole war" is no view)
    assert ignored_link_values({"view": ["whole war"]}, {"view": ("Whole war",)}) != []


def test_a_text_search_given_twice_says_which_one_is_used() -> None:
    """(QA pass 33) "?q=Sudzha&q=" said "searched '' only"."""
    from claimsdesk.filters import validate_params

    _valid, said = validate_params({"q": ["Kurilovka", "Sudzha"]}, {})
    assert said == ["The link gives the text search 2 times: searched 'Sudzha' only"]
    _valid, said = validate_params({"q": ["Sudzha", ""]}, {})
    assert said == ["The link gives the text search 2 times: the last is empty: no text search"]


def test_a_direction_override_in_a_link_value_is_named_not_obeyed() -> None:
    """(QA pass 34) "?q=x\u202e ;deifirev=noitacifirev" drew "q=xverification=verified;" in the
    filters line: the override reversed the text after it."""
    q = "x\u202e ;deifirev=noitacifirev"
    shown = markdown_literal(Filters(q=q).describe())
    assert "\u202e" not in shown and "⟨U+202E⟩" in re.sub(r"\\(.)", r"\1", shown)  # (as Markdown draws it)
    assert all(
        ch not in markdown_literal(f"a{ch}b")
        for ch in "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u2066\u2069"
    )


def test_a_control_given_twice_names_the_value_the_page_takes_the_last() -> None:
    """(QA pass 34) "?sort=claimant&sort=bogus" sorted by the default; the notice named 'bogus'
    alone, as if the page had taken 'claimant'."""
    from claimsdesk.filters import ignored_link_values

    sortable = {"sort": ("stated_on", "claimant")}
    assert ignored_link_values({"sort": ["claimant", "bogus"]}, sortable) == [
        "Ignored sort value(s) in the link: 'bogus' (one of: stated_on, claimant).",
        "The link gives sort 2 times, the last one the page does not know: it shows its default sort.",
    ]
    assert ignored_link_values({"sort": ["bogus", "claimant"]}, sortable)[-1] == (
        "The link gives sort 2 times: the page shows 'claimant'."
    )
