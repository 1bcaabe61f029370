"""Round 57 (session 28): academic copy dated through its citations (holdout set 183, read). Sets 182
(UN records) was never read; set 184 (legal and financial texts) was read.

The texts are invented for each behaviour, not copied from any report; negatives guard what must
not change. Tests share no state (xdist-safe).
"""

from __future__ import annotations

from tests.helpers import one_claim

HEAD = "Journal of Peninsula Studies 31(2): 88-112\nAccepted manuscript, posted 15 April 2025\n\n"


def test_an_author_date_citation_is_dated_by_its_reference_entry() -> None:
    text = HEAD + (
        "Writing on Telegram, President Zelenskyy said that more than 3,000 North Korean soldiers had "
        "been killed or wounded in the Kursk region (Zelenskyy 2024). Four days later the White House "
        'said the North Koreans had suffered "a thousand" casualties in the last week (Kirby 2024, p. 3).\n\n'
        "References\nKirby, J. (2024) Press briefing, The White House, 27 December. Transcript, 14 pp.\n"
        "Zelenskyy, V. (2024) Telegram post, 23 December.\n"
    )
    zel = one_claim(text, 3000)
    assert (zel["stated_on"], zel["stated_on_precision"]) == ("2024-12-23", "day")
    assert zel["quote"].endswith("in the Kursk region (Zelenskyy 2024).")  # as printed
    assert one_claim(text, 1000)["stated_on"] == "2024-12-27"


def test_a_narrative_citation_with_a_suffix_and_a_numbered_citation_are_dated() -> None:
    text = HEAD + (
        "NIS (2025a) told lawmakers that about 300 North Korean soldiers had been killed in Kursk. "
        "Ukraine's military intelligence said at least 30 North Korean soldiers were killed or wounded "
        "near Plekhovo [7].\n\n"
        "References\nNIS (2025a) Briefing to the National Assembly Intelligence Committee, 13 January.\n"
        "NIS (2025b) Press notice, 27 February.\n"
        "[7] Defense Intelligence of Ukraine (HUR), Telegram post, 16 December 2024.\n"
    )
    assert one_claim(text, 300)["stated_on"] == "2025-01-13"
    assert one_claim(text, 30)["stated_on"] == "2024-12-16"


def test_a_citation_of_several_works_or_of_an_undated_entry_dates_nothing() -> None:
    # (negative) "(Ross and Fine 2018; Lee 2021)" cites studies, and "Zelenskyy, V. (2025) Interview
    # …" names no day: the claim is dated as it was without the list
    body = (
        "Zelenskyy said more than 4,000 North Korean soldiers had been killed or wounded in Kursk "
        "(Zelenskyy 2025). Such gaps were treated as noise (Ross and Fine 2018; Lee 2021).\n\n"
    )
    refs = (
        "References\nLee, H. (2021) Counting the Unseen. Seoul: Nanam, 2 May.\n"
        "Ross, A. and Fine, M. (2018) Noise in casualty claims. Civil Wars 20(3): 301-322, 9 June.\n"
        "Zelenskyy, V. (2025) Interview with a newspaper.\n"
    )
    with_list, without = one_claim(HEAD + body + refs, 4000), one_claim(HEAD + body, 4000)
    assert (with_list["stated_on"], with_list["stated_on_precision"]) == (
        without["stated_on"],
        without["stated_on_precision"],
    )
    assert with_list["quote"] == without["quote"]


ACT_HEAD = (
    "Official Journal\nof the European Union\n20.5.2025\n\nCOUNCIL DECISION (CFSP) 2025/961\n\nWhereas:\n\n"
)


def test_according_to_a_statement_of_a_body_of_a_date_is_that_bodys_claim_that_day() -> None:
    # (set 184, read) an act's recital: "According to a statement of the Joint Chiefs of Staff of the
    # Republic of Korea of 27 March 2025, some 4 000 casualties, killed or wounded, have occurred …"
    text = ACT_HEAD + (
        "(3) According to a statement of the Joint Chiefs of Staff of the Republic of Korea of 27 March "
        "2025, some 4 000 casualties, killed or wounded, have occurred among the DPRK soldiers fighting "
        "in the Kursk region, and at least 3 000 additional soldiers were dispatched to the Russian "
        "Federation in January and February 2025.\n"
    )
    jcs = "Joint Chiefs of Staff (South Korea)"
    hit = one_claim(text, 4000)
    assert (hit["claimant"], hit["metric"], hit["qualifier"]) == (jcs, "killed_or_wounded", "about")
    assert (hit["stated_on"], hit["stated_on_precision"]) == ("2025-03-27", "day")
    sent = one_claim(text, 3000)
    assert (sent["claimant"], sent["metric"], sent["qualifier"]) == (jcs, "troops_deployed", "at_least")


def test_according_to_an_outlets_report_is_still_not_the_outlets_claim() -> None:
    # (negative) the outlet after "according to a report of" reported it; the body before claimed it
    text = ACT_HEAD + (
        "(4) The Defence Intelligence of Ukraine reported on 16 December 2024 that at least 30 DPRK "
        "soldiers had been killed or wounded, according to a report of The Associated Press.\n"
    )
    assert one_claim(text, 30)["claimant"] == "Defense Intelligence of Ukraine (HUR)"
