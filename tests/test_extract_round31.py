"""Round 31: the misses and extras of writers 57-59's ordinary news (three sets, w59-w61).

Each test names a behaviour the round-31 rules add. The sentences are invented for each
behaviour, not copied from any report; negatives guard what must not change. Tests share no
state (xdist-safe).
"""

from __future__ import annotations

from tests.helpers import read_numeric

HEADER = "Wire\n\nMarch 3, 2025\n\nTitle\n\n"
BUDANOV = "Kyrylo Budanov (HUR)"
HUR = "Defense Intelligence of Ukraine (HUR)"
NIS = "National Intelligence Service (South Korea)"
GS = "General Staff of the Armed Forces of Ukraine"


def _rows(body: str) -> list[tuple[object, ...]]:
    """(claimant, metric, low, high, qualifier) of each figure under a dated header."""
    return read_numeric(body, HEADER)


# ------------------------------------------ "the number killed or wounded … has exceeded N"
def test_killed_or_wounded_before_exceeded_counts_the_pair() -> None:
    body = (
        "The number of Russian soldiers killed or wounded near Sudzha has already exceeded 5,000, "
        "the General Staff wrote on Monday.\n"
    )
    assert _rows(body) == [(GS, "killed_or_wounded", 5000, None, "over")]


def test_killed_or_injured_before_topped_counts_the_pair() -> None:
    body = (
        "Russian troops killed or injured in the Kursk push have now topped 7,200, the General Staff said.\n"
    )
    assert _rows(body) == [(GS, "killed_or_wounded", 7200, None, "over")]


def test_wounded_alone_before_exceeded_stays_wounded() -> None:
    """Negative: only the wounded are counted."""
    body = (
        "The number of Russian soldiers wounded near Sudzha has already exceeded 5,000, "
        "the General Staff wrote on Monday.\n"
    )
    assert _rows(body) == [(GS, "wounded", 5000, None, "over")]


# --------------------------------------- a body's titled person named with the body before them
def test_according_to_the_bodys_titled_chief_is_the_chief() -> None:
    body = (
        "According to Ukraine's military intelligence chief Kyrylo Budanov, North Korean losses "
        "near Sudzha stand at about 2,500.\n"
    )
    assert _rows(body) == [(BUDANOV, "killed_or_wounded", 2500, 2500, "about")]


def test_a_lawmaker_relaying_according_to_the_titled_chief_gives_the_chief() -> None:
    body = (
        "A Finnish senator said that, according to Ukraine's military intelligence chief Kyrylo "
        "Budanov, Ukraine estimated North Korean losses near Sudzha at about 2,500.\n"
    )
    assert _rows(body) == [(BUDANOV, "killed_or_wounded", 2500, 2500, "about")]


def test_the_body_alone_stays_the_body() -> None:
    """Negative: the chief is named apart, after the figure; the body gave it."""
    body = (
        "According to Ukraine's military intelligence, North Korean losses near Sudzha stand at "
        "about 2,500.\n"
    )
    assert _rows(body) == [(HUR, "killed_or_wounded", 2500, 2500, "about")]


# ---------------------------------------------------- "…, the agency was quoted as saying"
def test_the_agency_quoted_as_saying_is_the_agency_named_before() -> None:
    body = (
        "South Korea's spy agency briefed lawmakers on Tuesday.\n\n"
        "Pyongyang has sent about 12,000 troops to Russia so far, the agency was quoted as saying.\n"
    )
    assert _rows(body) == [(NIS, "troops_deployed", 12000, 12000, "about")]


def test_the_agency_said_is_unchanged() -> None:
    """Negative: the active verb already found the agency."""
    body = (
        "South Korea's spy agency briefed lawmakers on Tuesday.\n\n"
        "Pyongyang has sent about 12,000 troops to Russia so far, the agency said.\n"
    )
    assert _rows(body) == [(NIS, "troops_deployed", 12000, 12000, "about")]


# ------------------------------------- "…, when they put …": the body this sentence named
WESTERN_INTEL = "Western intelligence agencies"


def test_they_after_when_is_the_body_the_sentence_named() -> None:
    body = (
        "The troops arrived in late autumn, when Western intelligence first reported them.\n\n"
        "The figure is above the estimate Western officials gave reporters on Feb. 2, when they put "
        "North Korean losses at some 2,600.\n"
    )
    assert _rows(body) == [("Western officials", "killed_or_wounded", 2600, 2600, "about")]


def test_they_opening_a_sentence_is_the_body_named_before() -> None:
    """Negative: nothing in the sentence before "they"; the body named before speaks."""
    body = (
        "Western intelligence briefed reporters on Tuesday.\n\nThey put North Korean losses at some 2,600.\n"
    )
    assert _rows(body) == [(WESTERN_INTEL, "killed_or_wounded", 2600, 2600, "about")]


# ------------------------- "X also turned to …. In his address, he said …": X, not a body before
ZELENSKYY = "Volodymyr Zelenskyy"


def test_he_after_a_subject_with_also_before_its_verb_is_that_subject() -> None:
    body = (
        "Ukrainian officials have previously described Russian losses as heavy.\n\n"
        "Zelensky also turned to North Korean losses. In his evening address on Monday, he said "
        "Pyongyang had lost more than 2,000 troops killed and wounded in Kursk.\n"
    )
    assert _rows(body) == [(ZELENSKYY, "killed_or_wounded", 2000, None, "over")]


def test_officials_who_give_the_figure_keep_it() -> None:
    """Negative: the officials give the figure themselves."""
    body = (
        "Zelensky also turned to North Korean losses.\n\n"
        "Ukrainian officials said on Monday that Pyongyang had lost more than 2,000 troops killed "
        "and wounded in Kursk.\n"
    )
    assert _rows(body) == [("Ukrainian officials", "killed_or_wounded", 2000, None, "over")]


# ------------------------------------- one soldier captured, counted with no numeral
def test_forces_captured_a_soldier_counts_one() -> None:
    body = (
        "South Korea's National Intelligence Service said on Tuesday that Ukrainian troops captured "
        "a North Korean soldier near Sudzha on Monday.\n"
    )
    assert _rows(body) == [(NIS, "captured", 1, 1, "exact")]


def test_a_soldier_who_had_been_captured_counts_one() -> None:
    body = (
        "South Korea's National Intelligence Service said on Tuesday that a North Korean soldier who "
        "had been captured near Sudzha on Monday had died of his wounds.\n"
    )
    assert _rows(body) == [(NIS, "captured", 1, 1, "exact")]


def test_a_captured_soldier_described_is_no_count() -> None:
    """Negative: "a captured soldier" who says something is not a capture reported."""
    body = (
        "South Korea's National Intelligence Service said on Tuesday that a captured North Korean "
        "soldier had asked to stay in the South.\n"
    )
    assert _rows(body) == []


def test_captured_a_village_is_no_count() -> None:
    """Negative: a place captured, not a soldier."""
    body = "Russian troops captured a village near Sudzha on Monday, the ministry said.\n"
    assert _rows(body) == []
