"""Round 52 (session 26): revised figures, opinion pieces and table pastes (holdout sets 167-169),
and the leftover "X at the White House said".

The texts are invented for each behaviour, not copied from any report; negatives guard what must
not change. Tests share no state (xdist-safe).
"""

from __future__ import annotations

from typing import Any

from etl.extract import extract

KIRBY = (
    "WASHINGTON, Dec 17 (Wire) - National security spokesman John Kirby at the White House said on "
    "Monday that about 10,000 North Korean troops are now in Russia's Kursk region."
)
PANEL = (
    "NIGHT DESK - panel\n"
    "Tuesday 17 December 2024 | 22:05 KST\n"
    "Machine transcript. Not checked against broadcast.\n\n"
    "HOST (JANE ROE): welcome back. two numbers tonight. first national security spokesman John Kirby "
    "at the White House said on Monday that about 10,000 North Korean troops are now in Russia's Kursk "
    "region. we asked Moscow and heard nothing back. that is where it stands.\n\n"
    "ROE: Tom Lee is with us. what do you make of it.\n"
)


def _one(text: str, value: int) -> dict[str, Any]:
    """The one claim of `text` whose figure starts at `value` (fails if none or several)."""
    got = [c for c in extract(text).claims if c["value_low"] == value]
    assert len(got) == 1, got
    return got[0]


def test_a_person_at_a_body_the_actors_file_does_not_know_is_the_speaker() -> None:
    # "at the White House" says where Kirby spoke; "White House" alone is no actor of the file and
    # used to be proposed as a new claimant in place of the person
    for text in (KIRBY, PANEL):
        claim = _one(text, 10000)
        assert claim["claimant"] == "John Kirby (White House National Security Council)"
        assert (claim["qualifier"], claim["stated_on"]) == ("about", "2024-12-16")


def test_a_person_speaking_at_a_forum_is_still_the_speaker() -> None:
    text = KIRBY.replace("at the White House said", "speaking at the Aspen Security Forum said")
    assert _one(text, 10000)["claimant"] == "John Kirby (White House National Security Council)"


def test_people_at_an_institute_are_still_the_institutes() -> None:
    # (negative) no known person before "at the": the body the people belong to speaks
    text = (
        "LONDON, Dec 17 (Wire) - Analysts at the Royal United Services Institute said on Monday that "
        "about 10,000 North Korean troops are now in Russia's Kursk region."
    )
    assert _one(text, 10000)["claimant"] == "Royal United Services Institute"
