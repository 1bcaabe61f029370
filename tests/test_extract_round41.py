"""Round 41 (session 21): word-for-word translations, official releases and transcripts.

Each test names a behaviour the round-41 rules add. The texts are invented for each behaviour, not
copied from any report; negatives guard what must not change. Tests share no state (xdist-safe).
"""

from __future__ import annotations

from typing import Any

from etl.extract import extract

HEADER = "Kursk: the latest\n\nKYIV, 12 December 2024\n\nThe fighting in the Kursk region went on.\n\n"


def _claims(body: str, header: str = HEADER) -> list[dict[str, Any]]:
    return extract(header + body + "\n\nThe weather was cold.\n").claims


def _key(c: dict[str, Any]) -> tuple[object, ...]:
    return (c["claimant"], c["metric"], c["subject"], c["value_low"], c["value_high"], c["qualifier"])


# ------------------------------------------------------------------------------ translations
def test_a_military_correspondent_named_after_by_is_the_claimant() -> None:
    got = _claims(
        "More than 300 Ukrainian servicemen were killed near the village. This was reported today by the "
        "military correspondent Vladimir Romanov."
    )
    assert [_key(c) for c in got] == [
        ("Vladimir Romanov (Russian military blogger)", "killed", "Ukrainian forces", 300, None, "over")
    ]


def test_about_this_reported_in_own_channel_names_the_speaker_of_the_sentence_before() -> None:
    got = _claims(
        "Near Plekhovo were killed more than 300 servicemen of VSU, the storm lasted two hours. About this "
        "reported today in own Telegram-channel the military correspondent Vladimir Romanov."
    )
    assert [c["claimant"] for c in got] == ["Vladimir Romanov (Russian military blogger)"]
    got = _claims(
        "The total losses of the North Korean army on the Kursk direction make up more than 4,5 thous. "
        "perished and wounded. About this informed the General Staff of the Armed Forces of Ukraine on own "
        "page in Facebook."
    )
    assert [_key(c) for c in got] == [
        (
            "General Staff of the Armed Forces of Ukraine",
            "killed_or_wounded",
            "DPRK forces",
            4500,
            None,
            "over",
        )
    ]


def test_perished_and_wounded_counts_both_even_before_the_verb_that_gives_the_figure() -> None:
    got = _claims(
        "Zelensky said the number of perished and wounded servicemen of KNDR in Kursk region already "
        "exceeded 3 thous. persons."
    )
    assert [_key(c) for c in got] == [
        ("Volodymyr Zelenskyy", "killed_or_wounded", "DPRK forces", 3000, None, "over")
    ]
    # a count of the dead alone stays the dead
    got = _claims("Zelensky said that 300 servicemen of KNDR perished in the Kursk region.")
    assert [c["metric"] for c in got] == ["killed"]


def test_in_the_ministry_informed_after_a_day_is_the_ministry_speaking() -> None:
    got = _claims(
        "Recall, on 2 of December in the Ministry of Defense of Russia informed, that the losses of VSU on "
        "the Kursk direction made up more than 37 355 servicemen."
    )
    assert [_key(c) for c in got] == [
        ("Russian Ministry of Defense", "killed_or_wounded", "Ukrainian forces", 37355, None, "over")
    ]


def test_by_his_words_is_according_to_the_person_just_named() -> None:
    got = _claims(
        "Gerasimov for the first time reported to Putin about the operation in the Kursk region.\n\n"
        "By his words, the losses of VSU in Kursk region made up more than 76 thous. servicemen."
    )
    assert [_key(c) for c in got] == [
        ("Valery Gerasimov", "killed_or_wounded", "Ukrainian forces", 76000, None, "over")
    ]


def test_in_the_general_staff_led_the_losses_of_occupants_is_the_staff_giving_russian_losses() -> None:
    got = _claims(
        "In the General Staff also led the losses of Russian occupants in the zone of the Kursk grouping "
        "since the beginning of the operation: 25 200 persons - irrecoverable losses (perished)."
    )
    assert [_key(c) for c in got] == [
        ("General Staff of the Armed Forces of Ukraine", "killed", "Russian forces", 25200, 25200, "exact")
    ]


# ------------------------------------------------------------------------------ releases
RELEASE = (
    "PRESS RELEASE\nRelease date: 1 May 2025 (Thu.)\n\n"
    "At the closed-door meeting of the Intelligence Committee held yesterday (30 April), the National "
    "Intelligence Service (NIS) reported as follows. The briefing was relayed to reporters by the "
    "committee's secretaries.\n\n"
    "1. Casualties\n"
    "  - About 600 North Korean soldiers have been killed in the Kursk region so far.\n\n"
    "2. Deployment\n"
    "  - North Korea has sent about 15,000 troops to Russia in total, in two deployments.\n"
)


def test_a_release_that_says_a_body_reported_as_follows_gives_that_body_every_item() -> None:
    got = extract(RELEASE).claims
    assert [_key(c) for c in got if c["value_low"]] == [
        ("National Intelligence Service (South Korea)", "killed", "DPRK forces", 600, 600, "about"),
        (
            "National Intelligence Service (South Korea)",
            "troops_deployed",
            "DPRK forces",
            15000,
            15000,
            "about",
        ),
    ]
    # without "as follows" the items have no speaker the release names
    plain = extract(RELEASE.replace("reported as follows.", "met.")).claims
    assert not [c for c in plain if c["claimant"] == "National Intelligence Service (South Korea)"]


def test_a_statements_list_items_ending_in_semicolons_are_read() -> None:
    text = (
        "General Staff of the Armed Forces of Ukraine\n26 April at 18:20 · Public\n\n"
        "STATEMENT of the General Staff\n\nThe claims of the enemy do not correspond to reality.\n\n"
        "Since 6 August 2024, the Kursk operation has inflicted the following losses on the enemy:\n"
        "  - irrecoverable losses (killed): 25,200 personnel;\n"
        "  - sanitary losses (wounded): 36,200 personnel;\n\n"
        "Glory to Ukraine!\n"
    )
    got = extract(text).claims
    assert [(c["claimant"], c["metric"], c["value_low"]) for c in got] == [
        ("General Staff of the Armed Forces of Ukraine", "killed", 25200),
        ("General Staff of the Armed Forces of Ukraine", "wounded", 36200),
    ]


KREMLIN = (
    "President of Russia\n\nReport by Valery Gerasimov on the situation in Kursk Region\n\n"
    "April 26, 2025, 14:30\nThe Kremlin, Moscow\n\n"
    "Vladimir Putin heard, via videoconference, a report from Chief of the General Staff Valery Gerasimov.\n\n"
    "Valery Gerasimov: Comrade Supreme Commander-in-Chief,\n\n"
    "Today, units of the North group of forces liberated the village of Gornal.\n\n"
    "During the operation, the enemy's losses amounted to more than 76,000 servicemen killed and wounded.\n\n"
    "Vladimir Putin: Thank you. Please convey my gratitude to the personnel.\n"
)


def test_a_transcripts_full_name_labels_give_each_turn_its_speaker() -> None:
    got = extract(KREMLIN).claims
    assert [_key(c) for c in got if c["value_low"]] == [
        ("Valery Gerasimov", "killed_or_wounded", "Ukrainian forces", 76000, None, "over")
    ]


def test_one_full_name_at_a_lines_start_is_no_transcript() -> None:
    """A single "Name Name:" line (a quote's attribution in a digest) keeps the prose reading."""
    text = KREMLIN.replace("Vladimir Putin: Thank you. Please convey my gratitude to the personnel.\n", "")
    got = extract(text).claims
    assert not [c for c in got if c["value_low"] and c["claimant"] == "Valery Gerasimov"]
