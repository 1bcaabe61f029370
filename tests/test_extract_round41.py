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


# ------------------------------------------------------------------------------ relays and names
def test_a_figure_a_lawmaker_gives_after_a_briefing_of_the_agency_is_the_agencys() -> None:
    got = _claims(
        "About 2,000 North Korean soldiers died in battles in the Kursk region, lawmaker Lee Seong-kweun "
        "said on Tuesday after a closed briefing of the National Intelligence Service."
    )
    assert [_key(c) for c in got] == [
        ("National Intelligence Service (South Korea)", "killed", "DPRK forces", 2000, 2000, "about")
    ]
    got = _claims(
        "About 2 thousand servicemen of KNDR perished in battles in Kursk region of Russia. About this on "
        "Tuesday declared the deputy of National assembly of South Korea Lee Seong-kweun after closed "
        "briefing of the National Intelligence Service (NIS), passes Yonhap."
    )
    assert [c["claimant"] for c in got] == ["National Intelligence Service (South Korea)"]


def test_a_briefing_of_the_committee_names_the_briefed_not_the_briefer() -> None:
    got = _claims(
        "After a closed-door briefing of the National Assembly's intelligence committee by South Korea's "
        "National Intelligence Service (NIS), lawmaker Lee Seong-kweun told reporters that at least 100 "
        "North Korean soldiers have been killed."
    )
    assert [(c["claimant"], c["value_low"]) for c in got] == [
        ("National Intelligence Service (South Korea)", 100)
    ]


def test_by_data_of_is_according_to_and_a_planned_deployment_is_no_count() -> None:
    got = _claims(
        "About 2,000 North Korean soldiers died, the National Intelligence Service (NIS) said.\n\n"
        "Also by data of NIS, from the plan of the third deployment of 6 thous. persons to Russia already "
        "arrived about 1 thous. military engineers."
    )
    assert [(c["claimant"], c["metric"], c["value_low"]) for c in got] == [
        ("National Intelligence Service (South Korea)", "killed", 2000),
        ("National Intelligence Service (South Korea)", "troops_deployed", 1000),
    ]


def test_the_intelligence_at_the_previous_briefing_is_the_agency_named_before() -> None:
    got = _claims(
        "About 2,000 North Korean soldiers died, the National Intelligence Service (NIS) said.\n\n"
        "On the previous briefing for deputies in April the intelligence estimated the number of perished "
        "at about 600 persons."
    )
    assert [(c["claimant"], c["value_low"]) for c in got] == [
        ("National Intelligence Service (South Korea)", 2000),
        ("National Intelligence Service (South Korea)", 600),
    ]


def test_a_bodys_translated_name_before_its_acronym_is_that_body() -> None:
    got = _claims(
        "Not less than 30 servicemen of KNDR perished or were wounded in battles. About this informed the "
        "Main directorate of intelligence of Ministry of Defense of Ukraine (HUR) in own Telegram-channel."
    )
    assert [_key(c) for c in got] == [
        ("Defense Intelligence of Ukraine (HUR)", "killed_or_wounded", "DPRK forces", 30, None, "at_least")
    ]
    # a person before the brackets stays the person
    got = _claims("Kyrylo Budanov (HUR) said 4,000 North Korean soldiers were killed or wounded.")
    assert [c["claimant"] for c in got] == ["Kyrylo Budanov (HUR)"]


# ------------------------------------------------------------------------------ threads
THREAD = (
    "Seoul Desk | Park Min-jun @minjun_park_sd\nThread · Dec 19, 2024 · National Assembly, Seoul\n\n"
    "1/4 The NIS has just briefed the intelligence committee behind closed doors.\n\n"
    "2/4 Lee, quoting the NIS: at least 100 North Korean soldiers have been killed in the Kursk region.\n"
    "11:09 AM · 📊 19.8K\n\n"
    '3/4 Also via Lee: the number of wounded is "approaching 1,000".\n'
    "11:15 AM · 📊 18.1K\n\n"
    "4/4 Committee resumes at 3 PM.\n"
)


def test_also_via_the_relayer_goes_on_with_the_same_source_in_the_next_post() -> None:
    got = extract(THREAD).claims
    assert [(c["claimant"], c["metric"], c["value_low"], c["value_high"]) for c in got] == [
        ("National Intelligence Service (South Korea)", "killed", 100, None),
        ("National Intelligence Service (South Korea)", "wounded", None, 1000),
    ]


QUOTE_POST = (
    "Kursk Metrics @kursk_metrics · Dec 23, 2024\n\n"
    "1/3 Two casualty counts landed today. They do not agree.\n\n"
    "2/3 (1) Zelensky, on Telegram, after a report from commander-in-chief Syrskyi:\n"
    "> Volodymyr Zelenskyy @ZelenskyyUa · Dec 23\n"
    '> "According to preliminary data, the number of killed and wounded North Korean soldiers in the '
    'Kursk region already exceeds 3,000."\n'
    "> 1.1M views\n\n"
    "3/3 None of this is independently verifiable.\n"
)


def test_a_quote_post_under_a_named_introduction_is_that_persons() -> None:
    got = extract(QUOTE_POST).claims
    assert [_key(c) for c in got] == [
        ("Volodymyr Zelenskyy", "killed_or_wounded", "DPRK forces", 3000, None, "over")
    ]


def test_a_concessive_wound_aside_is_no_wounded_count() -> None:
    assert _claims("Zelensky said two soldiers, though wounded, kept fighting.") == []
    got = _claims("The NIS said two North Korean soldiers were wounded.")
    assert [(c["metric"], c["value_low"]) for c in got] == [("wounded", 2)]


def test_a_summarys_opening_past_day_is_its_later_sentences_period() -> None:
    text = (
        "Ministry of Defence of the Russian Federation\nPress release, 20 January 2025\n\n"
        "During the past day, units of the North group of forces repelled 7 counterattacks in the Kursk "
        "region. The Ukrainian Armed Forces losses amounted to more than 310 servicemen.\n\n"
        "In total, since the start of hostilities in the Kursk direction, the enemy has lost over 51,800 "
        "servicemen.\n"
    )
    got = extract(text).claims
    assert [(c["value_low"], c["basis"]) for c in got] == [(310, "period"), (51800, "cumulative")]


OWN_THREAD = (
    "Oleksandr Syrskyi (@SyrskyiO) · Feb 14, 2025\n\n"
    "1/2 · 9:41 AM\nOver the last six months the enemy has lost 52,000 personnel in the Kursk region.\n\n"
    "2/2 · 9:45 AM\nOur forces have captured 900 Russian servicemen. Glory to Ukraine!\n"
)


def test_a_known_officials_own_thread_is_his_and_a_journalists_is_not_the_journalists() -> None:
    got = extract(OWN_THREAD).claims
    assert [(c["claimant"], c["metric"], c["value_low"]) for c in got] == [
        ("Oleksandr Syrskyi", "killed_or_wounded", 52000),
        ("Oleksandr Syrskyi", "captured", 900),
    ]
    journalist = OWN_THREAD.replace("Oleksandr Syrskyi (@SyrskyiO)", "Hannah Cho (@hcho_seoul)")
    assert not [c for c in extract(journalist).claims if c["claimant"].lower().startswith("hannah")]


def test_a_summarys_bare_counts_under_losses_amounted_to_are_read_with_that_sentence() -> None:
    text = (
        "Ministry of Defence of the Russian Federation\nPress release, 20 January 2025\n\n"
        "During the past day, units of the North group of forces repelled 7 counterattacks. The Ukrainian "
        "Armed Forces losses amounted to:\n- more than 310 servicemen;\n- 2 tanks;\n\n"
        "In total, since the start of hostilities in the Kursk direction, the enemy has lost:\n"
        "- over 51,800 servicemen;\n- 302 tanks.\n"
    )
    got = extract(text).claims
    assert [(c["claimant"], c["subject"], c["value_low"], c["qualifier"], c["basis"]) for c in got] == [
        ("Russian Ministry of Defense", "Ukrainian forces", 310, "over", "period"),
        ("Russian Ministry of Defense", "Ukrainian forces", 51800, "over", "cumulative"),
    ]


# ------------------------------------------------------------------------------ features (read after scoring)
def test_days_later_the_agency_named_before_goes_on_after_a_colon() -> None:
    got = _claims(
        "On December 14, HUR said 200 were killed.\n\nTwo days later the agency was more specific: at "
        "least 30 North Korean soldiers had been killed or wounded."
    )
    assert [(c["claimant"], c["value_low"]) for c in got] == [
        ("Defense Intelligence of Ukraine (HUR)", 200),
        ("Defense Intelligence of Ukraine (HUR)", 30),
    ]
    got = _claims(
        "Six days later, on December 12, the blogger Vladimir Romanov went further on Telegram: more than "
        "300 Ukrainian servicemen had been killed there that day."
    )
    assert [c["claimant"] for c in got] == ["Vladimir Romanov (Russian military blogger)"]


def test_the_agencys_count_and_the_closed_door_briefing_are_the_agency_named_before() -> None:
    got = _claims(
        "On September 2, South Korea's National Intelligence Service told lawmakers that around 2,000 North "
        "Korean soldiers had been killed. In late April the agency's count had stood at about 600 dead.\n\n"
        "In the closed-door briefing the spy agency told the committee that at least 100 had been killed "
        "in December.\n\n"
        "At the same briefing the agency said that around 1,000 combat engineers had arrived in Russia, the first of a third "
        "deployment that Pyongyang plans to bring to 6,000 troops."
    )
    assert [(c["metric"], c["value_low"]) for c in got] == [
        ("killed", 2000),
        ("killed", 600),
        ("killed", 100),
        ("troops_deployed", 1000),
    ]
    assert {c["claimant"] for c in got} == {"National Intelligence Service (South Korea)"}
