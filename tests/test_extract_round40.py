"""Round 40 (session 20): translated pages' verbs, numbers and names, and a digest's first day heading.

Each test names a behaviour the round-40 rules add. The texts are invented for each behaviour, not
copied from any report; negatives guard what must not change. Tests share no state (xdist-safe).
"""

from __future__ import annotations

from typing import Any

from etl.extract import extract

HEADER = "Kursk: the latest\n\nKYIV, 9 January 2025\n\nThe fighting in the Kursk region went on.\n\n"


def _claims(body: str, header: str = HEADER) -> list[dict[str, Any]]:
    return extract(header + body + "\n\nThe weather was cold.\n").claims


def _one(body: str) -> dict[str, Any]:
    got = _claims(body)
    assert len(got) == 1, got
    return got[0]


def _key(c: dict[str, Any]) -> tuple[object, ...]:
    return (c["claimant"], c["metric"], c["subject"], c["value_low"], c["value_high"], c["qualifier"])


# ------------------------------------------------------------------------------ verbs of saying
def test_about_this_declared_names_the_speaker_of_the_sentence_before() -> None:
    c = _one(
        "North Korea lost in the Kursk region already 4 thousand military. About this declared the "
        "President of Ukraine Volodymyr Zelensky on Thursday."
    )
    assert _key(c) == ("Volodymyr Zelenskyy", "killed_or_wounded", "DPRK forces", 4000, 4000, "exact")
    # the quote stays as printed
    assert "4 thousand military" in c["quote"]


def test_declared_with_a_comma_before_that_is_a_verb_of_saying() -> None:
    c = _one("Zelensky declared, that Russia had lost 38,000 soldiers in the Kursk region.")
    assert _key(c)[:4] == ("Volodymyr Zelenskyy", "killed_or_wounded", "Russian forces", 38000)
    c = _one("The SSO informed, that in the Kursk region their units liquidated 77 military of the DPRK.")
    assert c["claimant"] == "Special Operations Forces of Ukraine (SSO)"


def test_a_declaration_of_a_place_taken_is_not_made_a_verb_of_saying() -> None:
    got = _claims("Moscow declared Kursk liberated on April 26.")
    assert not [c for c in got if c["value_low"] is not None]


def test_about_this_with_the_day_and_the_briefing_before_the_verb() -> None:
    c = _claims(
        "The losses of North Korea in the fights on the side of Russia made up around 2 thousand perished. "
        "About this on Tuesday at a closed briefing in parliament informed the National Intelligence "
        "Service of the Republic of Korea."
    )
    assert [_key(x) for x in c] == [
        ("National Intelligence Service (South Korea)", "killed", "DPRK forces", 2000, 2000, "about")
    ]


def test_about_this_yesterday_with_the_day_written_with_of() -> None:
    c = _one(
        "The number of killed and wounded soldiers of North Korea already exceeds 3 thousand. About this "
        "yesterday, 23 of December, informed in Telegram the head of state Volodymyr Zelensky."
    )
    assert _key(c) == ("Volodymyr Zelenskyy", "killed_or_wounded", "DPRK forces", 3000, None, "over")


def test_a_body_name_a_translation_writes_in_lower_case_still_speaks() -> None:
    got = _claims(
        "Not less than 100 North Korean military perished in the Kursk region, and the number of the "
        "wounded approaches 1 thousand. About this informed the National intelligence service of South "
        "Korea on the closed briefing."
    )
    assert {_key(c) for c in got} == {
        ("National Intelligence Service (South Korea)", "killed", "DPRK forces", 100, None, "at_least"),
        ("National Intelligence Service (South Korea)", "wounded", "DPRK forces", None, 1000, "nearly"),
    }


def test_an_inverted_verb_with_its_channel_between_the_day_and_the_body() -> None:
    got = _claims(
        'Units of the group of forces "North" completely liberated the town Sudzha, informed on Thursday '
        "in its Telegram channel the Ministry of Defence of Russia."
    )
    assert [(c["claimant"], c["metric"]) for c in got] == [("Russian Ministry of Defense", "recaptured")]


def test_this_is_said_in_the_summary_of_a_body_names_the_body() -> None:
    c = _one(
        "In total the VSU lost over 37 355 servicemen and 226 tanks. This is said in the summary of the "
        "Ministry of Defence of Russia, published on Monday."
    )
    assert _key(c) == (
        "Russian Ministry of Defense",
        "killed_or_wounded",
        "Ukrainian forces",
        37355,
        None,
        "over",
    )


def test_named_a_figure_of_is_a_figure_given() -> None:
    c = _one(
        "The Joint Chiefs of Staff of the Republic of Korea on the same day named a figure of around "
        "1,1 thousand killed and wounded North Korean soldiers."
    )
    assert _key(c)[:2] == ("Joint Chiefs of Staff (South Korea)", "killed_or_wounded")
    assert c["value_low"] == 1100


def test_relayed_the_words_of_someone_gives_them_the_figure() -> None:
    c = _one(
        "The deputy Yu Yong-weon relayed the words of the head of GUR Kyrylo Budanov: the losses of the "
        "North Korean contingent make up about 4 thousand persons."
    )
    assert _key(c) == ("Kyrylo Budanov (HUR)", "killed_or_wounded", "DPRK forces", 4000, 4000, "about")


def test_according_to_the_evaluations_or_estimation_of_a_source() -> None:
    c = _one(
        "According to the evaluations of the Western intelligence agencies, Pyongyang in total sent to "
        "Russia from 10 to 12 thousand servicemen."
    )
    assert _key(c) == (
        "Western intelligence agencies",
        "troops_deployed",
        "DPRK forces",
        10000,
        12000,
        "range",
    )


def test_the_head_of_state_before_a_name_after_by() -> None:
    c = _one(
        "The number of killed and wounded North Korean soldiers exceeds 3 thousand, as reported by the "
        "head of state Volodymyr Zelensky."
    )
    assert c["claimant"] == "Volodymyr Zelenskyy"


def test_a_country_that_ends_a_title_before_a_name_is_not_the_speaker() -> None:
    c = _one(
        "The state secretary of the USA Antony Blinken declared, that up to 8 thousand North Korean "
        "soldiers were deployed."
    )
    assert _key(c) == (
        "Antony Blinken (US State Department)",
        "troops_deployed",
        "DPRK forces",
        None,
        8000,
        "up_to",
    )


# ------------------------------------------------------------------------------ numbers, words
def test_an_abbreviated_thousand_is_a_thousand() -> None:
    assert _one("The JCS said Pyongyang sent to Russia not less than 3 tys. military.")["value_low"] == 3000
    assert _one("The JCS said Pyongyang sent not less than 2 thous. military.")["value_low"] == 2000


def test_approaches_is_nearly() -> None:
    said = "The NIS said at least 100 soldiers died, and the number of the wounded approaches 1 thousand."
    c = next(x for x in _claims(said) if x["metric"] == "wounded")
    assert (c["metric"], c["value_high"], c["qualifier"]) == ("wounded", 1000, "nearly")


def test_kndr_and_vsu_name_the_sides() -> None:
    c = _one("The NIS estimates the losses of the KNDR army at about 300 killed.")
    assert c["subject"] == "DPRK forces"
    c = _one("The VSU lost over 500 servicemen in the Kursk region, the Russian Defence Ministry said.")
    assert c["subject"] == "Ukrainian forces"


def test_losses_of_a_country_are_that_country_s_forces() -> None:
    assert (
        _one("The NIS estimates the losses of North Korea at about 300 killed.")["subject"] == "DPRK forces"
    )
    c = _one(
        "Losses of Ukraine in the Kursk direction amounted to 500 servicemen, the Russian Defence Ministry said."
    )
    assert c["subject"] == "Ukrainian forces"


def test_perished_after_a_figure_is_the_dead_even_under_losses() -> None:
    got = _claims("The NIS estimates the losses of the KNDR army at about 300 perished and 2 700 wounded.")
    assert {(c["metric"], c["value_low"]) for c in got} == {("killed", 300), ("wounded", 2700)}


def test_soldiers_of_a_country_and_one_noun_for_a_pair_of_figures() -> None:
    got = _claims("The SSO said its units killed 77 and wounded 40 soldiers of the DPRK.")
    assert {(c["metric"], c["subject"]) for c in got} == {
        ("killed", "DPRK forces"),
        ("wounded", "DPRK forces"),
    }
    c = _one("Zelensky said 3 thousand soldiers of North Korea were killed or wounded.")
    assert c["subject"] == "DPRK forces"


def test_a_verb_before_its_count_with_the_people_named_before() -> None:
    c = _one("Zelensky declared, that of the North Koreans were lost more than 4 thousand.")
    assert _key(c) == ("Volodymyr Zelenskyy", "killed_or_wounded", "DPRK forces", 4000, None, "over")


def test_persons_counted_by_the_war_s_bodies_are_no_civilians() -> None:
    c = _one("In April the NIS estimated the number of the perished at about 600 persons.")
    assert (c["metric"], c["value_low"]) == ("killed", 600)


def test_in_the_east_of_russia_is_where_troops_are_sent() -> None:
    c = _one(
        "Sabrina Singh asserted, that in the east of Russia for training are located around 10 thousand "
        "military of the DPRK."
    )
    assert _key(c) == (
        "Sabrina Singh (US Department of Defense)",
        "troops_deployed",
        "DPRK forces",
        10000,
        10000,
        "about",
    )


def test_military_builders_are_people_sent() -> None:
    c = _one("Kim Jong Un decided to send to Russia 5,000 military builders, Shoigu said.")
    assert (c["metric"], c["value_low"]) == ("troops_deployed", 5000)


def test_lithuanian_spellings_of_known_names() -> None:
    assert _one("Gerasimovas said that over 76,000 Ukrainian servicemen were killed or wounded.")[
        "claimant"
    ] == ("Valery Gerasimov")
    c = _one("Volodymyras Zelenskis said that over 3,000 North Korean soldiers were killed or wounded.")
    assert c["claimant"] == "Volodymyr Zelenskyy"


# ------------------------------------------------------------------------------ day headings
DIGEST = (
    "THE LEDGER | Weekly | Saturday 28 December 2024\n\n"
    "Week 52: three counts\n"
    "Published 28.12.2024, 10:00 CET.\n\n"
    "{first}\n"
    "• Volodymyr Zelenskyy wrote on Telegram that more than 3,000 North Korean soldiers had been killed or "
    "wounded in the Kursk region.\n\n"
    "{second}\n"
    "• South Korea's Joint Chiefs of Staff put North Korean casualties at around 1,100, killed and wounded.\n"
)


def _digest_days(first: str, second: str) -> dict[object, str]:
    got = extract(DIGEST.format(first=first, second=second)).claims
    return {c["value_low"]: c["stated_on"] for c in got}


def test_a_digest_s_first_day_heading_right_under_its_header_dates_the_items_below() -> None:
    assert _digest_days("Mon 23 Dec", "FRIDAY, 27 DECEMBER") == {3000: "2024-12-23", 1100: "2024-12-27"}


def test_day_headings_in_numbers_alone_and_with_a_year_and_weekday() -> None:
    assert _digest_days("23.12.2024 (MON)", "27/12") == {3000: "2024-12-23", 1100: "2024-12-27"}
    assert _digest_days("Monday 23rd", "2024-12-27") == {3000: "2024-12-23", 1100: "2024-12-27"}


def test_a_date_line_of_the_page_s_own_day_stays_the_page_s_date() -> None:
    # the line under the byline names the page's own day: no heading, the items are read on it
    assert _digest_days("Saturday 28 December", "Sat 28 Dec")[3000] == "2024-12-28"


# ------------------------------------------------------------------------------ round 40, second batch
def test_about_this_wrote_a_site_described_before_its_name() -> None:
    c = _one(
        "On Wednesday, 20 of November, in the Kursk region perished about 500 military of the DPRK. About "
        "this on Sunday wrote the analytical site Global Defense Corp."
    )
    assert _key(c) == ("Global Defense Corp", "killed", "DPRK forces", 500, 500, "about")


def test_troops_located_somewhere_are_troops_sent_there() -> None:
    c = _one(
        "The NIS informed, that in the Kursk region are located more than 11 thousand military of the DPRK."
    )
    assert _key(c) == (
        "National Intelligence Service (South Korea)",
        "troops_deployed",
        "DPRK forces",
        11000,
        None,
        "over",
    )


def test_declared_to_journalists_then_a_quote() -> None:
    c = _one(
        'Zelensky declared to journalists in Budapest: "There are 11 thousand of them in the Kursk region."'
    )
    assert (c["claimant"], c["metric"], c["value_low"]) == ("Volodymyr Zelenskyy", "troops_deployed", 11000)


def test_taken_into_captivity_is_a_capture() -> None:
    c = _one(
        'Zelensky said: "Our military took into captivity two North Korean soldiers in the Kursk region."'
    )
    assert (c["metric"], c["subject"], c["value_low"]) == ("captured", "DPRK forces", 2)


def test_in_the_body_also_gave_the_figures() -> None:
    got = _claims(
        "In the General Staff also gave the figures of the losses of the Russian grouping: 25 200 persons "
        "are irrecoverable losses, another 36 200 are sanitary losses (wounded)."
    )
    assert {(c["claimant"], c["metric"], c["value_low"]) for c in got} == {
        ("General Staff of the Armed Forces of Ukraine", "killed", 25200),
        ("General Staff of the Armed Forces of Ukraine", "wounded", 36200),
    }


def test_according_to_the_data_of_the_intelligence_is_the_intelligence_body_named_before() -> None:
    c = _one(
        "On Monday the Main Directorate of Intelligence of the Ministry of Defence of Ukraine (GUR) posted "
        "in Telegram.\n\nAccording to the data of the intelligence, the losses of the army of the DPRK made "
        "up not less than 30 persons killed and wounded."
    )
    assert _key(c) == (
        "Defense Intelligence of Ukraine (HUR)",
        "killed_or_wounded",
        "DPRK forces",
        30,
        None,
        "at_least",
    )


def test_is_said_in_the_communication_of_a_body() -> None:
    c = _one(
        "The losses of the army of the DPRK made up not less than 30 persons killed and wounded, is said in "
        "the communication of GUR."
    )
    assert c["claimant"] == "Defense Intelligence of Ukraine (HUR)"


def test_a_quote_keeps_its_words_as_printed_through_two_rewrites_and_one_made_elsewhere() -> None:
    """(session 20) "3 tys. military" is read as "3 thousand servicemen" (two rewrites, undone last
    first); a sentence that printed "11 thousand" keeps it though the headline's "11 tūkst." was
    read as "11 thousand"."""
    c = _one("The JCS said Pyongyang sent to Russia not less than 3 tys. military.")
    assert "not less than 3 tys. military" in c["quote"]
    text = (
        "Zelenskis: Kursk already has 11 tūkst. North Korean soldiers\n\nVILNIUS, 8 November 2024\n\n"
        "The fighting went on.\n\nThere are 11 thousand North Korean soldiers in the Kursk region, "
        "Zelensky said.\n\nThe weather was cold.\n"
    )
    quotes = [c["quote"] for c in extract(text).claims if c["value_low"] == 11000]
    assert quotes and all("11 thousand North Korean soldiers" in q for q in quotes), quotes


def test_gave_the_figures_with_a_long_introduction_before_the_colon() -> None:
    got = _claims(
        "The General Staff also gave the figures of the losses of the Russian grouping in the zone of "
        "responsibility of the Kursk operation: 25 200 persons are irrecoverable losses, another 36 200 are "
        "sanitary losses (wounded)."
    )
    assert {(c["claimant"], c["metric"], c["value_low"]) for c in got} == {
        ("General Staff of the Armed Forces of Ukraine", "killed", 25200),
        ("General Staff of the Armed Forces of Ukraine", "wounded", 36200),
    }


def test_forced_to_recognize_under_the_control_of_the_vsu() -> None:
    c = _one(
        "Even the monitoring project DeepState on Thursday was forced to recognize: under the control of the "
        "VSU in the Kursk region remained only 140 square kilometres."
    )
    assert _key(c) == ("DeepState", "area_held_km2", "Ukrainian forces", 140, 140, "exact")


def test_and_also_joins_a_second_figure_to_the_first_one_s_verb() -> None:
    got = _claims(
        "Kim Jong Un decided to send to Russia 1,000 sappers and also 5,000 military builders, Shoigu said."
    )
    assert {(c["metric"], c["value_low"]) for c in got} == {
        ("troops_deployed", 1000),
        ("troops_deployed", 5000),
    }


def test_a_forwarded_post_after_an_arrow_and_with_its_stamp_is_its_author_s() -> None:
    text = (
        "Northern Border | Kursk direction\n12.01.2025, 10:03\n\n↪️ Forwarded from: Volodymyr Zelensky / "
        'Official\n[11.01.2025 14:27]\n\n"Our military took into captivity two North Korean soldiers on the '
        'territory of the Kursk region."\n\nOur comment below.\n'
    )
    got = [(c["claimant"], c["metric"], c["value_low"]) for c in extract(text).claims]
    assert ("Volodymyr Zelenskyy", "captured", 2) in got


def test_not_recognizing_a_presence_is_a_silence_also_after_officially_neither() -> None:
    def responses(body: str) -> set[tuple[str, str]]:
        text = (
            HEADER
            + "Ukraine's military intelligence said 100 North Korean soldiers were killed this week.\n\n"
        )
        return {(r["responder"], r["stance"]) for r in extract(text + body + "\n").responses}

    assert responses("Moscow has not recognized the presence of North Korean troops.") == {
        ("Russia", "no_comment")
    }
    both = {("Russia", "no_comment"), ("DPRK", "no_comment")}
    assert (
        responses(
            "Officially neither Moscow nor Pyongyang have recognized the presence of North Korean military."
        )
        == both
    )
    assert (
        responses(
            "In Moscow and Pyongyang their participation in the fights still officially do not recognize."
        )
        == both
    )


def test_an_intelligence_review_is_the_intelligence_arm_s() -> None:
    c = _one(
        "The British Ministry of Defence in its intelligence review on Sunday asserted, that North Korean "
        "troops suffered more than 6 thousand casualties in the Kursk region."
    )
    assert (c["claimant"], c["value_low"]) == ("UK Ministry of Defence (Defence Intelligence)", 6000)
