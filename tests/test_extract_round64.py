"""Round 64 (session 35): ordinary mainstream news pasted from the browser (set 210, scored blind
by the starting rules: numeric F1 0.955, all claims 0.826, then read). Set 211 (discussion
threads) was scored and never read.

The texts are invented for each behaviour, not copied from any report; negatives guard what must
not change. Tests share no state (xdist-safe).
"""

from __future__ import annotations

from typing import Any

from etl.extract import extract
from tests.helpers import numeric_claims


def _rows(text: str) -> list[tuple[Any, ...]]:
    """(claimant, metric, subject, low figure, stated_on) of every claim extracted from `text`."""
    return sorted(
        (c["claimant"], c["metric"], c["subject"], c["value_low"], c["stated_on"])
        for c in extract(text).claims
    )


def test_a_photo_caption_under_the_first_paragraphs_does_not_date_the_page() -> None:
    """ "Photo: … in an image released … on March 20, 2025" beat the date line under the byline,
    and the story's "on Saturday" was read five weeks early."""
    text = (
        "The Lakeside Journal\n\nWorld\n\nRussia says Kursk retaken\n\nBy Ana Ruiz\nApril 27, 2025 | 9:20 AM\n\n"
        "Moscow: Russia's top general said on Saturday that the Kursk region had been freed.\n\n"
        "Valery Gerasimov said Ukraine's losses in the operation had exceeded 76,000 servicemen killed "
        "and wounded.\n\n"
        "Photo: A soldier in Sudzha, in an image released by the Russian Defence Ministry on March 20, 2025.\n\n"
        "Putin congratulated the troops.\n"
    )
    assert extract(text).document["published_at"] == "2025-04-27T09:20"
    (claim,) = numeric_claims(text)
    assert (claim["value_low"], claim["stated_on"]) == (76000, "2025-04-26")


def test_a_count_of_equipment_units_is_no_count_of_people() -> None:
    text = (
        "Kyiv Daily\nApril 27, 2025\n\n"
        "Gerasimov said Ukraine's losses in the Kursk operation had exceeded 76,000 servicemen killed and "
        "wounded, and put its equipment losses at more than 7,700 units, including 412 tanks.\n\n"
        "A second statement said Ukraine's equipment losses had exceeded 7,700 units.\n"
    )
    assert [c["value_low"] for c in numeric_claims(text)] == [76000]
    # (negative) units of troops are people
    troops = "Kyiv Daily\nApril 27, 2025\n\nZelenskyy said 3,000 North Korean soldiers had been killed or wounded.\n"
    assert [c["value_low"] for c in numeric_claims(troops)] == [3000]


def test_a_bylined_pages_posted_line_is_its_date_not_a_live_entrys_stamp() -> None:
    """ "Posted : 2024-12-20 10:41 | Updated : …" under a byline made the whole story one live
    entry, so the figures the NIS gave lawmakers "Thursday" were dated the Friday it was printed."""
    text = (
        "Harbour Morning Post\n\nAt least 100 North Koreans killed: NIS\n\nBy Kim Na-ri\n\n"
        "Posted : 2024-12-20 10:41 | Updated : 2024-12-20 16:05\n\n"
        "North Korean soldiers have begun to suffer heavy losses in the Kursk region, the National "
        "Intelligence Service (NIS) told lawmakers Thursday.\n\n"
        '"There are at least 100 deaths in December alone," Rep. Lee Seong-kweun told reporters after '
        "the closed-door parliamentary briefing.\n"
    )
    (claim,) = numeric_claims(text)
    assert (claim["claimant"], claim["value_low"], claim["stated_on"]) == (
        "National Intelligence Service (South Korea)",
        100,
        "2024-12-19",
    )


def test_a_notice_from_a_body_which_said_is_that_bodys() -> None:
    text = (
        "The Ledger\nUpdated: Mar 28, 2025 08:12 IST\n\n"
        "The estimate follows a press notice from South Korea's National Intelligence Service on February 27, "
        "which said that additional North Korean troops had been deployed.\n"
    )
    assert _rows(text) == [
        ("National Intelligence Service (South Korea)", "reinforcement", "DPRK forces", None, "2025-02-27")
    ]


def test_its_soldiers_after_a_country_and_the_speakers_own_name_are_that_countrys() -> None:
    """ "North Korea … sent 3,000 more troops, South Korea's JCS said, adding that about 4,000 of
    its soldiers had been killed or wounded": North Korea's, not the South's."""
    text = (
        "The Ledger\nUpdated: Mar 28, 2025 08:12 IST\n\n"
        "Seoul: North Korea is presumed to have sent at least 3,000 more troops to Russia in January and "
        "February, South Korea's Joint Chiefs of Staff (JCS) said on Thursday, adding that about 4,000 of its "
        "soldiers had been killed or wounded in the Kursk region.\n"
    )
    subjects = {c["value_low"]: c["subject"] for c in numeric_claims(text)}
    assert subjects == {3000: "DPRK forces", 4000: "DPRK forces"}
    # (negative) "their soldiers" of a pronoun keeps the people counted just before
    they = (
        "The Ledger\nFebruary 2, 2025\n\n"
        "More than 4,000 North Korean soldiers have been killed or wounded in Kursk, President Volodymyr "
        "Zelenskyy has said.\n\n"
        '"They have lost more than 4,000 of their soldiers in the Kursk region," the President said.\n'
    )
    assert {c["subject"] for c in numeric_claims(they)} == {"DPRK forces"}


def test_american_troops_stationed_in_korea_are_no_party_to_the_war() -> None:
    text = (
        "Harbour Morning Post\nDecember 20, 2024\n\n"
        "Seoul has responded cautiously. Officials say South Korea has no plan for now to send weapons "
        "directly to Ukraine, and the country's defense posture is unchanged: some 28,500 American troops "
        "remain stationed in South Korea, and the National Assembly this month passed a 2025 defense budget "
        "of about 61.2 trillion won.\n\n"
        "The NIS said about 11,000 North Korean troops had been deployed to Russia.\n"
    )
    assert [c["value_low"] for c in numeric_claims(text)] == [11000]


def test_both_captives_wounded_is_no_wounded_count_and_taken_two_of_them_alive_is_a_capture() -> None:
    """ "…, the NIS told lawmakers on Monday, as Ukraine said it had taken two of them alive":
    the NIS's wounded 2 before; now Ukraine's capture of two North Koreans."""
    text = (
        "The Globe\nPublished January 14, 2025 at 5:30 a.m. EST\n\n"
        "SEOUL - About 300 North Korean soldiers fighting for Russia have been killed and 2,700 wounded, "
        "South Korea's spy agency told lawmakers on Monday, as Ukraine said it had taken two of them alive.\n"
    )
    rows = {(c["claimant"], c["metric"], c["subject"], c["value_low"]) for c in numeric_claims(text)}
    assert rows == {
        ("National Intelligence Service (South Korea)", "killed", "DPRK forces", 300),
        ("National Intelligence Service (South Korea)", "wounded", "DPRK forces", 2700),
        ("Ukraine", "captured", "DPRK forces", 2),
    }


def test_neither_named_after_that_is_silent() -> None:
    text = (
        "The Globe\nJanuary 14, 2025\n\n"
        "The captures give Kyiv first-hand evidence of a deployment that neither Moscow nor Pyongyang has "
        "been willing to discuss in public.\n"
    )
    assert sorted((r["responder"], r["stance"]) for r in extract(text).responses) == [
        ("DPRK", "no_comment"),
        ("Russia", "no_comment"),
    ]
    # (negative) a party that is willing to discuss is not silent
    willing = "The Globe\nJanuary 14, 2025\n\nMoscow has said it is willing to discuss the exchange.\n"
    assert not extract(willing).responses


def test_a_total_put_at_a_figure_past_a_long_aside_is_read() -> None:
    text = (
        "The Times\n5 February 2025\n\n"
        "Western officials said about 1,000 North Korean soldiers had been killed. They put total North Korean "
        "casualties, counting the killed, wounded, missing and captured, at about 4,000.\n"
    )
    assert sorted((c["metric"], c["value_low"]) for c in numeric_claims(text)) == [
        ("killed", 1000),
        ("killed_or_wounded", 4000),
    ]


def test_days_after_an_occasion_count_from_its_day_past_a_month_recalled_between() -> None:
    """ "The JCS had said in March …. The briefing came two days after Pyongyang confirmed …":
    from the briefing's Wednesday, not left at the page's day by the month just recalled."""
    text = (
        "Harbour Daily\nThursday, 01 May, 2025, 8:05am\n\n"
        "About 600 North Korean soldiers have been killed, South Korea's National Intelligence Service told "
        "lawmakers on Wednesday.\n\n"
        "The Joint Chiefs of Staff had said in March that about 4,000 North Korean soldiers had been killed "
        "or wounded.\n\n"
        "The briefing came two days after Pyongyang confirmed for the first time that it had sent troops.\n"
    )
    deployed = [c for c in extract(text).claims if c["metric"] == "troops_deployed"]
    assert [(c["claimant"], c["stated_on"]) for c in deployed] == [("DPRK", "2025-04-28")]


def test_thanking_a_leader_and_his_korean_soldiers_acknowledges_them() -> None:
    text = (
        "Harbour Daily\nApril 29, 2025\n\n"
        "On April 28, Russian President Vladimir Putin thanked Kim Jong Un and the Korean soldiers, saying "
        "that Russia would never forget their feat.\n"
    )
    assert _rows(text) == [("Vladimir Putin", "troops_deployed", "DPRK forces", None, "2025-04-28")]


# Set 212 (listicles, FAQ pages and key-facts cards; scored blind: numeric F1 0.492, then read)


def test_markdown_bold_round_a_figure_keeps_its_qualifier() -> None:
    text = (
        "EXPLAINER | World | 8 November 2024\n\n## 1. 8,000\n\n"
        "Secretary of State Antony Blinken told a press conference on Thursday that **as many as 8,000** "
        "North Korean soldiers had been deployed to the Kursk region.\n"
    )
    (claim,) = numeric_claims(text)
    assert (claim["value_low"], claim["value_high"], claim["qualifier"]) == (None, 8000, "up_to")


def test_an_faq_answer_under_its_question_counts_what_it_asks_and_whose_estimate_it_is() -> None:
    """ "How many … killed?" then "About 600. That is the NIS's estimate, given at a briefing on
    Wednesday": no "Q:"/"A:" labels, the owner in the sentence after the figure."""
    text = (
        "KOREA FAQ | Friday, 2 May 2025\n\n"
        "How many North Korean soldiers have been killed in Kursk?\n"
        "About 600. That is the National Intelligence Service's estimate, given at a parliamentary briefing "
        "on Wednesday and relayed by lawmakers.\n\n"
        "And how many wounded?\n"
        "About 4,100, the NIS said at the same briefing.\n"
    )
    rows = sorted((c["claimant"], c["metric"], c["value_low"], c["stated_on"]) for c in numeric_claims(text))
    assert rows == [
        ("National Intelligence Service (South Korea)", "killed", 600, "2025-04-30"),
        ("National Intelligence Service (South Korea)", "wounded", 4100, "2025-04-30"),
    ]


def test_a_week_in_numbers_figure_alone_on_its_line_heads_the_text_below_it() -> None:
    text = (
        "THE LEDGER | Saturday 21 December 2024\n\nTHE WEEK IN NUMBERS\n\n"
        "At least 100\nNorth Korean soldiers killed in Kursk Oblast this month, South Korea's National "
        "Intelligence Service told lawmakers on Thursday.\n\n"
        "30\nDays until the inauguration.\n\n"
        "1,000\nThe wounded are approaching a thousand, the NIS said at the same briefing.\n"
    )
    rows = sorted(
        (c["metric"], c["value_low"], c["value_high"], c["qualifier"]) for c in numeric_claims(text)
    )
    # (the 1,000 heads a text that gives the figure itself, in words: one claim, as the text says it)
    assert rows == [("killed", 100, None, "at_least"), ("wounded", None, 1000, "nearly")]


def test_a_key_facts_item_led_by_its_figure_is_its_bracketed_sources() -> None:
    text = (
        "FRONT NOTES\nKey facts: North Korean losses in Kursk\nTuesday, 17 December 2024\n\n"
        "- **At least 30** - North Korean soldiers killed or wounded near Plekhovo and Vorozhba on 14 and 15 "
        "December. (Ukraine's military intelligence, HUR, on Telegram on Monday)\n\n"
        "- **2 hours** - how long the assault on Plekhovo lasted. (Russian bloggers)\n"
    )
    (claim,) = numeric_claims(text)
    assert (claim["claimant"], claim["value_low"], claim["stated_on"], claim["period_start"]) == (
        "Defense Intelligence of Ukraine (HUR)",
        30,
        "2024-12-16",
        "2024-12-14",
    )


def test_a_by_the_numbers_line_led_by_its_figure_and_a_dash_is_read() -> None:
    text = (
        "The Brief | Wednesday, 5 February 2025\n\nBY THE NUMBERS\n"
        "~1,000 - North Korean soldiers believed killed in Kursk by mid-January, according to Western "
        "officials who briefed the BBC anonymously on 22 January.\n"
        "1,077 - days since Russia's full-scale invasion began on 24 February 2022.\n"
    )
    (claim,) = numeric_claims(text)
    assert (claim["claimant"], claim["value_low"], claim["qualifier"], claim["stated_on"]) == (
        "Western officials",
        1000,
        "about",
        "2025-01-22",
    )


def test_a_figure_alone_on_its_line_takes_the_source_in_brackets_after_its_text() -> None:
    text = (
        "Kursk Monitor\nKURSK IN NUMBERS\nPublished 28 December 2024\n\n"
        '**3,000+**\nNorth Korean soldiers killed or wounded in Kursk Oblast, "according to preliminary '
        'data" [Volodymyr Zelenskyy, Telegram, 23 Dec, after a report by Oleksandr Syrskyi]\n\n'
        "**1**\nNorth Korean soldier captured alive in Kursk Oblast on 26 Dec [South Korea's National "
        "Intelligence Service, statement, 27 Dec]\n\n"
        "**~100 km**\nRoad distance from Sudzha to the city of Kursk.\n"
    )
    rows = sorted((c["claimant"], c["metric"], c["value_low"], c["stated_on"]) for c in numeric_claims(text))
    assert rows == [
        ("National Intelligence Service (South Korea)", "captured", 1, "2024-12-27"),
        ("Volodymyr Zelenskyy", "killed_or_wounded", 3000, "2024-12-23"),
    ]


def test_a_silence_closing_a_claims_sentence_leaves_the_claim() -> None:
    """(QA pass 35) "… had been sent to Russia, a deployment that neither Moscow nor Pyongyang
    has been willing to discuss": round 64's reading of the silence swallowed the JCS's claim."""
    text = (
        "Seoul says North Korea sent more troops\nJanuary 10, 2025\n\n"
        "South Korea's Joint Chiefs of Staff said on Thursday that about 3,000 more North Korean troops had "
        "been sent to Russia, a deployment that neither Moscow nor Pyongyang has been willing to discuss.\n"
    )
    got = extract(text)
    assert [(c["claimant"], c["value_low"], c["stated_on"]) for c in got.claims] == [
        ("Joint Chiefs of Staff (South Korea)", 3000, "2025-01-09")
    ]
    assert sorted((r["responder"], r["stance"]) for r in got.responses) == [
        ("DPRK", "no_comment"),
        ("Russia", "no_comment"),
    ]


def test_the_estimate_of_a_body_that_is_that_bodys() -> None:
    text = (
        "Conflict Data\n10 February 2025\n\n"
        "In a closed-door briefing, the National Intelligence Service told lawmakers on 19 December that at "
        "least 100 North Korean soldiers had been killed. The same reports restated the estimate of US and "
        "South Korean officials that more than 10,000 North Korean soldiers had been sent to help Russia.\n"
    )
    claimants = {c["value_low"]: c["claimant"] for c in numeric_claims(text)}
    assert claimants == {
        100: "National Intelligence Service (South Korea)",
        10000: "US and South Korean officials",
    }


def test_an_undated_item_of_a_week_in_numbers_never_takes_the_next_items_day() -> None:
    """(QA pass 35) The first item, with no day, was dated by the next item's "the NIS said on
    Thursday", as a lead takes its body's day: each item is an entry of its own."""
    text = (
        "The week in numbers\nBy John Roe\nDecember 28, 2024\n\n"
        "100\nNorth Korean soldiers killed in Kursk since they joined the fighting, according to South Korea's "
        "spy agency.\n\n"
        "1,000\nNorth Korean soldiers wounded, the National Intelligence Service said on Thursday.\n"
    )
    days = {c["value_low"]: c["stated_on"] for c in numeric_claims(text)}
    assert days == {100: "2024-12-28", 1000: "2024-12-26"}


def test_an_faq_asking_how_many_troops_a_country_has_somewhere_counts_them() -> None:
    """(QA pass 35) "How many troops does North Korea have in Russia?" then "Roughly 11,000,
    according to the Pentagon.": no claim, the answer's noun alone ("11,000 troops") said nothing
    of whose troops or where."""
    text = (
        "North Korean troops in Kursk: your questions answered\nBy Jane Doe\nJanuary 15, 2025\n\n"
        "How many troops does North Korea have in Russia?\nRoughly 11,000, according to the Pentagon.\n\n"
        "How many years has the war lasted?\nAlmost 3. Nobody expected that.\n"
    )
    (claim,) = numeric_claims(text)
    assert (claim["claimant"], claim["metric"], claim["subject"], claim["value_low"], claim["qualifier"]) == (
        "US Department of Defense",
        "troops_deployed",
        "DPRK forces",
        11000,
        "about",
    )
