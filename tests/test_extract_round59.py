"""Round 59 (session 30): a poster's or slide's table with no header row ("day | who (channel) |
figure as quoted", set 187, read in session 29).

The texts are invented for each behaviour, not copied from any report; negatives guard what must
not change. Tests share no state (xdist-safe).
"""

from __future__ import annotations

from etl.extract import extract
from tests.helpers import numeric_claims, one_claim

POSTER = """POSTER 12 | Northern Security Forum, Tallinn | Session C, Thursday 12 Dec 2024

Counting the deployment: official estimates of North Korean troops sent to Russia
M. Ilves, S. Choi – Institute of Border Studies

RESULTS – Table 2. Estimates by source
29 Oct | John Kirby, White House (press conference) | "about 10,000" in eastern Russia
5 Nov | Pat Ryder, Pentagon (press briefing) | between 11,000 and 12,000 in Russia
8 Nov | Zelenskyy (evening address) | "There are 11,000 of them" in the Kursk region

Funding: grant 2024-0311 | 14 posters in session C
"""


def test_a_headerless_tables_rows_are_each_their_speakers_dated_claim() -> None:
    # no header names the columns: the first cell is the day, the second who spoke (channel in
    # brackets), the third the figure as quoted; the title says what is counted
    got = {
        (c["claimant"], c["stated_on"], c["value_low"], c["value_high"], c["qualifier"])
        for c in numeric_claims(POSTER)
    }
    assert got == {
        ("John Kirby (White House National Security Council)", "2024-10-29", 10000, 10000, "about"),
        ("Pat Ryder (US Department of Defense)", "2024-11-05", 11000, 12000, "range"),
        ("Volodymyr Zelenskyy", "2024-11-08", 11000, 11000, "exact"),
    }
    assert {c["metric"] for c in numeric_claims(POSTER)} == {"troops_deployed"}


def test_a_headerless_table_of_a_schedule_gives_no_claims() -> None:
    # (negative) a programme's rows: a day, a room (in brackets), a count of seats, not a claim
    text = (
        "Northern Security Forum, Tallinn – programme\n\n"
        "12 Dec | Plenary hall (level 2) | 400 seats, doors 09:00\n"
        "13 Dec | Room B (annex) | 120 seats, doors 09:30\n"
    )
    assert extract(text).claims == []


DESK_DECK = """Peninsula desk – Monday numbers – 16 December 2024
(outline export)

1 | Two counts
• GUR Kyiv (Telegram, 16/12): at least 30 DPRK KIA/WIA in Kursk region on 14–15 Dec
• JCS Seoul (16/12): "around 200" DPRK casualties, killed or wounded, in Kursk
Internal – Peninsula desk – 16 Dec 2024 – p. 1

2 | Next
• NIS (statement, 16/12): 1 DPRK soldier captured in Kursk on 15/12
Internal – Peninsula desk – 16 Dec 2024 – p. 2
"""


def test_a_decks_source_label_with_its_capital_after_the_initials_is_that_body() -> None:
    # "JCS Seoul" is South Korea's Joint Chiefs, not "Seoul" (South Korea) speaking
    got = {c["value_low"]: c["claimant"] for c in numeric_claims(DESK_DECK)}
    assert got[200] == "Joint Chiefs of Staff (South Korea)"
    assert got[30] == "Defense Intelligence of Ukraine (HUR)"


ROUGH_CUT = """VIDEO ARCHIVE - ROUGH CUT

Story No: 7781204
Headline: RAW: Seoul lawmakers briefed on North Korean losses
Date: 01/13/2025 10:05 AM
Duration: 3:40
Location: Seoul, South Korea / Kyiv, Ukraine

SHOTLIST:
Seoul - 13 January 2025
1. Exterior of National Assembly
2. Lawmakers leaving briefing room
HANDOUT - MANDATORY CREDIT
Kyiv - Date unknown, released 12 January 2025
3. Soldier on a bed, hands bandaged

STORYLINE:
South Korea's spy agency told lawmakers at a closed-door briefing on Monday that about 300 North Korean soldiers had been killed so far fighting for Russia in the Kursk region.
"""


def test_a_pages_date_field_outranks_a_shots_release_date_below_it() -> None:
    # the page is of Monday 13 January: "on Monday" is that day, not the Monday before the
    # handout's "released 12 January" (a Sunday)
    nis = one_claim(ROUGH_CUT, 300)
    assert (nis["claimant"], nis["stated_on"]) == (
        "National Intelligence Service (South Korea)",
        "2025-01-13",
    )


def test_a_release_date_with_no_date_field_still_dates_the_page() -> None:
    # (negative) with no "Date:" field, a header's "Released" stamp is still the page's date
    text = (
        "Ministry bulletin\n"
        "Released 12 January 2025\n\n"
        "South Korea's spy agency told lawmakers on Friday that about 300 North Korean soldiers had "
        "been killed so far in the Kursk region.\n"
    )
    assert one_claim(text, 300)["stated_on"] == "2025-01-10"
