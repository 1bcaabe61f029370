"""Round 55 (session 27): fact-check articles (holdout set 177); sets 176 (parliamentary questions and
answers, 0.987) and 178 (short Asian news briefs, never read) needed nothing.

The texts are invented for each behaviour, not copied from any report; negatives guard what must
not change. Tests share no state (xdist-safe).
"""

from __future__ import annotations

from etl.extract import extract
from tests.helpers import one_claim


def test_according_to_a_relay_the_body_he_names_speaks() -> None:
    # "According to Lee, the NIS said …": the lawmaker relays, the agency's figures (a known
    # official only, before: "According to Yu, Budanov put …")
    text = (
        "SEOUL, Dec 20 (Wire) - According to Lee, the NIS said at least 100 North Korean soldiers had been "
        'killed in the Kursk region this month, and that the number of injured was "approaching 1,000".'
    )
    nis = "National Intelligence Service (South Korea)"
    assert one_claim(text, 100)["claimant"] == nis
    assert [c["claimant"] for c in extract(text).claims if c["value_high"] == 1000] == [nis]


def test_according_to_a_relay_a_state_named_after_is_the_content() -> None:
    # (negative) "According to Gerasimov, Ukraine lost …": after the comma comes the content
    text = (
        "MOSCOW, April 26 (Wire) - According to Gerasimov, Ukraine lost more than 76,000 soldiers "
        "killed and wounded in the Kursk region."
    )
    assert one_claim(text, 76000)["claimant"] == "Valery Gerasimov"


def test_a_fact_checkers_own_sum_is_no_ones_claim() -> None:
    text = (
        "SEOUL, Dec 20 (Wire) - The NIS said at least 100 North Korean soldiers were killed and nearly "
        "1,000 wounded. Adding the NIS's two figures gives roughly 1,100 killed and injured, more than "
        "either estimate."
    )
    assert not [c for c in extract(text).claims if c["value_low"] == 1100]


def test_a_speakers_own_total_is_still_a_claim() -> None:
    # (negative) no "adding …": the total is said
    text = (
        "SEOUL, Dec 23 (Wire) - The Joint Chiefs of Staff said on Monday that North Korean casualties had "
        "reached roughly 1,100."
    )
    assert one_claim(text, 1100)["claimant"] == "Joint Chiefs of Staff (South Korea)"
