"""Round 39 (session 19): silences said in other words, translations' word order, lawmakers'
briefings and day headings in capitals.

Each test names a behaviour the round-39 rules add. The texts are invented for each behaviour,
not copied from any report; negatives guard what must not change. Tests share no state
(xdist-safe).
"""

from __future__ import annotations

from etl.extract import extract

HEADER = "Wire\n\nDecember 19, 2024\n\nTitle\n\n"
HUR_LINE = (
    "Ukraine's military intelligence said 100 North Korean soldiers were killed in Kursk this week.\n\n"
)


def _responses(body: str, header: str = HEADER) -> set[tuple[str, str]]:
    """(responder, stance) of each response read under a dated header, after a claim."""
    return {(r["responder"], r["stance"]) for r in extract(header + HUR_LINE + body).responses}


def _claims(text: str) -> dict[int | None, dict[str, object]]:
    return {c["value_low"]: c for c in extract(text).claims}


# ------------------------------------------------------------------------- silences, other words
def test_a_contracted_silence_and_a_second_one_heard_of_are_two_responses() -> None:
    got = _responses(
        "Moscow still hasn't acknowledged that North Korean troops are even there, and we've heard nothing "
        "from Pyongyang.\n"
    )
    assert got == {("Russia", "no_comment"), ("DPRK", "no_comment")}


def test_refusing_to_say_a_word_keeping_silent_and_refusing_to_acknowledge_are_silences() -> None:
    got = _responses(
        "The Kremlin still refuses to say a word about the North Korean soldiers. Pyongyang also keeps "
        "silent. The Russian Government has refused to acknowledge their presence.\n"
    )
    assert {("Kremlin", "no_comment"), ("DPRK", "no_comment"), ("Russia", "no_comment")} <= got


def test_and_neither_has_names_a_second_silent_party() -> None:
    got = _responses("North Korea has not said a word, and neither has Moscow.\n")
    assert got == {("DPRK", "no_comment"), ("Russia", "no_comment")}


def test_a_silence_the_sentence_says_has_ended_is_no_response() -> None:
    got = _responses("Moscow had for months refused to confirm their presence.\n")
    assert ("Russia", "no_comment") not in got
    # nor its "denied" a denial
    got = _responses("Moscow had until now neither confirmed nor denied that the troops were there.\n")
    assert not {s for _, s in got} & {"no_comment", "denied", "confirmed"}


def test_a_relative_clause_silence_belongs_to_the_party_it_follows() -> None:
    got = _responses(
        "Ukraine, South Korea and the United States spent the winter counting the dead of North Korea, "
        "which said nothing at all.\n"
    )
    assert got == {("DPRK", "no_comment")}


def test_a_briefers_first_person_refusal_is_the_turns_speakers_silence() -> None:
    page = (
        "The White House\n\nDecember 16, 2024\n\nPress Briefing by NSC Spokesman John Kirby\n\n"
        "MR. KIRBY: We assess that North Korean troops have suffered several dozen casualties.\n\n"
        "Q: Ukraine's military intelligence said at least 30 were killed or wounded. Does that square?\n\n"
        "MR. KIRBY: I'm not going to confirm specific figures that the Ukrainians put out.\n"
    )
    got = {(r["responder"], r["stance"]) for r in extract(page).responses}
    assert ("John Kirby (White House National Security Council)", "no_comment") in got


def test_nothing_to_add_after_another_speaker_is_not_that_speakers_silence() -> None:
    got = _responses("Gerasimov reported it, and I have nothing to add.\n")
    assert ("Valery Gerasimov", "no_comment") not in got


def test_a_denial_a_question_states_as_known_is_kept() -> None:
    page = (
        "Joint press conference\n\nOctober 31, 2024\n\n"
        "SECRETARY BLINKEN: As many as 8,000 North Korean soldiers are now in Russia's Kursk region.\n\n"
        "QUESTION: North Korea's mission at the United Nations called these reports \"groundless "
        'stereotyped rumours" on October 21. Your response?\n\n'
        "MINISTER KIM: Pyongyang can call it what it likes.\n"
    )
    got = {(r["responder"], r["stance"]) for r in extract(page).responses}
    assert ("Permanent Mission of the DPRK to the United Nations", "denied") in got


def test_a_second_denial_after_a_closing_quotation_mark_is_its_own() -> None:
    got = _responses(
        'Kremlin spokesman Dmitry Peskov dismissed the first reports as "another piece of fake news," and '
        'North Korea\'s mission to the United Nations called them "groundless stereotyped rumours".\n'
    )
    assert {
        ("Dmitry Peskov (Kremlin)", "denied"),
        ("Permanent Mission of the DPRK to the United Nations", "denied"),
    } <= got


def test_a_question_is_still_nobodys_silence() -> None:
    assert _responses("Has Moscow acknowledged the losses?\n") == set()


# ------------------------------------------------------------------------ translations' word order
TRANSLATED = "Digest of the day (translation)\n\n13 December 2024, Friday, 18:20 MSK\n\nHeadline\n\n"


def test_an_inverted_as_informed_the_press_service_is_that_bodys_claim_on_its_day() -> None:
    got = _claims(
        TRANSLATED + "The Ministry of Defence of Russia reports daily on the fighting.\n\n"
        "Total losses of the enemy in the Kursk direction since the beginning of the fighting in August, as "
        "informed the press service of the Ministry of Defence on 2 December, exceeded 37 355 servicemen and "
        "226 tanks.\n"
    )
    claim = got[37355]
    assert claim["claimant"] == "Russian Ministry of Defense"
    assert (claim["stated_on"], claim["basis"]) == ("2024-12-02", "cumulative")
    assert "as informed the press service" in str(claim["quote"])  # given back as printed


def test_counted_military_are_servicemen_and_the_army_of_the_dprk_names_their_side() -> None:
    got = _claims(
        "News (translation)\n\n16.12.2024\n\nHeadline\n\n"
        "On 14 and 15 December the Ukrainian defenders inflicted losses on not less than 30 military of the "
        "army of the DPRK, killed and wounded, in the Kursk region. This was informed on Monday by the Main "
        "Intelligence Directorate of the Ministry of Defence of Ukraine in its Telegram channel.\n"
    )
    assert got[30]["subject"] == "DPRK forces"
    assert "30 military of the army" in str(got[30]["quote"])


def test_military_before_a_noun_stays_an_adjective() -> None:
    got = _claims(
        TRANSLATED + "Russia's Ministry of Defence said it destroyed 12 military vehicles near Sudzha.\n"
    )
    assert 12 not in got


def test_said_the_head_of_state_after_a_quotation_is_the_president_named_before() -> None:
    got = _claims(
        "News\n\n9 January 2025\n\nHeadline\n\n"
        "The President of Ukraine Volodymyr Zelensky spoke today at the meeting in Ramstein. "
        '"They are losing 4,000 soldiers as of now," said the head of state.\n'
    )
    assert got[4000]["claimant"] == "Volodymyr Zelenskyy"


# --------------------------------------------------------------------- lawmakers, day headings
def test_a_lawmaker_telling_of_an_agencys_briefing_gives_the_agencys_figures() -> None:
    got = _claims(
        "Daily brief\n\nJanuary 14, 2025\n\nBOTTOM LINE\n- Ukraine holds prisoners.\n\n"
        "3. Lawmaker Lee Seong-kweun said after an NIS parliamentary briefing that about 300 North Korean "
        "soldiers had been killed and about 2,700 wounded. (3)\n"
    )
    assert got[300]["claimant"] == "National Intelligence Service (South Korea)"
    assert got[2700]["claimant"] == "National Intelligence Service (South Korea)"


def test_a_day_heading_in_capitals_dates_the_items_under_it() -> None:
    got = _claims(
        "DAILY BRIEF\n\nEdition 2025-01-14\n\nJanuary 14, 2025\n\nBOTTOM LINE\n"
        "- Ukraine holds its first living North Korean prisoners.\n- Seoul's spy agency updated its count.\n\n"
        "MON 13 JAN\n1. Lawmaker Lee Seong-kweun said after an NIS parliamentary briefing that about 300 North "
        "Korean soldiers had been killed.\n"
    )
    assert (got[300]["stated_on"], got[300]["stated_on_precision"]) == ("2025-01-13", "day")


def test_a_day_heading_still_to_come_dates_nothing() -> None:
    got = _claims(
        "WEEK AHEAD PLANNER\n\nCompiled Sun Dec 1, 2024\n\nWhat to watch.\n\nWED DEC 4\n"
        "Background: Pentagon spokesman Pat Ryder told a press briefing on Nov 4 that 11,000 to 12,000 North "
        "Korean troops were in Russia.\n"
    )
    assert got[11000]["stated_on"] == "2024-11-04"


def test_a_span_that_would_end_before_it_starts_is_no_period() -> None:
    for c in extract(
        "Wire\n\nMarch 1, 2025\n\nTitle\n\nOn Monday the NIS said that about 300 North Korean soldiers "
        "were killed in the fighting that began on Feb. 27.\n"
    ).claims:
        if c["period_start"]:
            assert c["period_start"] <= c["period_end"]


# ------------------------------------------------------------- more word orders, more spellings
def test_as_reported_on_monday_the_body_is_that_bodys_claim() -> None:
    got = _claims(
        "News (translation)\n\n16.12.2024\n\nHeadline\n\n"
        "At least 30 military of the army of the DPRK were liquidated or wounded, as reported on Monday the "
        "Main Intelligence Directorate of the Ministry of Defence of Ukraine (HUR MO) in its Telegram channel.\n"
    )
    assert got[30]["claimant"] == "Defense Intelligence of Ukraine (HUR)"
    assert got[30]["stated_on"] == "2024-12-16"


def test_informed_on_a_weekday_and_date_then_the_body_is_that_bodys_claim() -> None:
    got = _claims(
        "Events (translation)\n\n29.03.2025, 12:00\n\nHeadline\n\n"
        "About 4 thousand North Korean military were killed or wounded in the fighting in the Kursk region, "
        "informed on Thursday, 27 March, the Joint Chiefs of Staff of the Republic of Korea in a statement.\n"
    )
    assert got[4000]["claimant"] == "Joint Chiefs of Staff (South Korea)"
    assert got[4000]["stated_on"] == "2025-03-27"


def test_said_the_body_on_a_day_at_a_sentences_end_is_that_bodys_claim() -> None:
    got = _claims(
        "News\n\n20 December 2024\n\nHeadline\n\n"
        "At least 100 North Korean soldiers have been killed in the Kursk region, and the number of injured "
        "is approaching 1,000, said the National Intelligence Service (NIS) on the 19th.\n"
    )
    assert got[100]["claimant"] == "National Intelligence Service (South Korea)"
    assert got[100]["stated_on"] == "2024-12-19"


def test_said_then_a_clause_with_a_capital_is_no_inverted_subject() -> None:
    # "said the North Koreans' losses …" is what was said, not who said it
    got = _claims(
        "News\n\nDecember 20, 2024\n\nHeadline\n\n"
        "A day earlier, Andrii Kovalenko, who heads Ukraine's Center for Countering Disinformation, said "
        "the North Koreans' losses in Kursk had already exceeded 200 troops.\n"
    )
    assert got[200]["claimant"] == "Andrii Kovalenko (Center for Countering Disinformation)"


def test_not_fewer_than_is_a_lower_bound() -> None:
    got = _claims(
        "News\n\nMarch 28, 2025\n\nHeadline\n\n"
        "The Joint Chiefs of Staff said the DPRK additionally sent to Russia not fewer than 3,000 soldiers.\n"
    )
    assert (got[3000]["qualifier"], got[3000]["value_high"]) == ("at_least", None)


def test_russian_names_in_polish_spelling_are_the_people_named() -> None:
    got = _claims(
        "KURIER (translated from Polish)\n\n29.04.2025\n\nHeadline\n\n"
        "The Chief of the Russian General Staff gen. Walerij Gierasimow reported on Saturday to Władimir Putin "
        "that the losses of the Ukrainian side amounted to over 76 thousand killed and wounded.\n"
    )
    assert got[76000]["claimant"] == "Valery Gerasimov"


def test_a_president_named_after_his_title_of_a_country_is_the_one_silent() -> None:
    got = _responses(
        "President of Russia Vladimir Putin on 24 October in Kazan, at the press conference after the summit, "
        "neither confirmed nor denied.\n"
    )
    assert ("Vladimir Putin", "no_comment") in got


def test_soldiers_killed_in_russia_are_a_death_toll_not_a_deployment() -> None:
    got = _claims(
        "Daily\n\nSeptember 2, 2025\n\nTitle\n\n"
        "The number of North Korean soldiers killed in the war in the Kursk region of Russia is estimated at "
        "around 2,000, the National Intelligence Service said.\n"
    )
    assert got[2000]["metric"] == "killed"


def test_a_committee_member_who_conveyed_the_agencys_report_relays_it() -> None:
    got = _claims(
        "Daily\n\nSeptember 2, 2025\n\nTitle\n\n"
        "The National Intelligence Service briefed the committee today.\n\n"
        "Lee Seong-kweun, the People Power Party secretary of the National Assembly Intelligence Committee, "
        "conveyed this to reporters after the closed-door report of the NIS to the committee.\n\n"
        "According to Lee, around 1,000 combat engineers have already arrived in Russia.\n"
    )
    assert got[1000]["claimant"] == "National Intelligence Service (South Korea)"


# ------------------------------------------------------------------ briefing pages, more silences
def test_a_spokesperson_label_on_a_bodys_own_page_speaks_for_the_body() -> None:
    got = _claims(
        "Joint Chiefs of Staff, Republic of Korea\n\nRegular press briefing\n\n2024.12.23 (Mon)\n\n"
        "SPOKESPERSON COL. LEE SUNG-JUN: Our military assesses that around 1,100 North Korean soldiers have "
        "been killed or wounded in the Kursk region.\n"
    )
    assert got[1100]["claimant"] == "Joint Chiefs of Staff (South Korea)"


def test_the_military_on_the_joint_chiefs_page_is_the_joint_chiefs() -> None:
    got = _claims(
        "Joint Chiefs of Staff, Republic of Korea\n\nRegular Press Briefing\n\n2024.12.23 (Mon) 10:30 KST\n\n"
        "COL. LEE: Good morning.\n\nThe military assesses that North Korean troops have so far suffered around "
        "1,100 casualties, killed and wounded combined.\n"
    )
    assert got[1100]["claimant"] == "Joint Chiefs of Staff (South Korea)"


def test_talk_about_ones_own_figure_and_cooperation_with_allies_are_no_statements() -> None:
    rows = extract(
        "Joint Chiefs of Staff, Republic of Korea\n\nRegular Press Briefing\n\n2024.12.23 (Mon) 10:30 KST\n\n"
        "COL. LEE: This is a comprehensive assessment based on intelligence gathered through various "
        "channels, including cooperation with our allies.\n\nCOL. LEE: The figure I gave combines the "
        "killed and the wounded over the whole period in which they have taken part in combat.\n"
    ).claims
    assert [(c["metric"], c["value_low"]) for c in rows] == []


def test_in_the_general_staff_gave_the_losses_is_the_general_staffs_list() -> None:
    got = _claims(
        "CHERNIHIV LINE\n\n27.04.2025 | 09:10\n\nHeadline\n\n"
        "Also in the General Staff gave the losses of the Russian army in the zone of responsibility of the "
        "Kursk group since the beginning of the operation: 25,2 thousand irrecoverable, that is killed, and "
        "36,2 thousand wounded.\n"
    )
    assert got[25200]["claimant"] == got[36200]["claimant"] == "General Staff of the Armed Forces of Ukraine"
    assert (got[25200]["metric"], got[36200]["metric"]) == ("killed", "wounded")


def test_troops_of_the_dprk_taking_part_are_the_dprks_forces() -> None:
    rows = extract(
        "News\n\n27.04.2025\n\nHeadline\n\nThe General Staff said Russian losses exceeded 60,000.\n\n"
        "In the same report Gerasimov for the first time officially acknowledged that military of the DPRK "
        "took part in the fighting in the Kursk region.\n"
    ).claims
    assert ("Valery Gerasimov", "troops_deployed", "DPRK forces") in {
        (c["claimant"], c["metric"], c["subject"]) for c in rows
    }


def test_no_comment_and_nothing_from_a_party_name_the_party_after_them() -> None:
    got = _responses("No comment from the Kremlin on the prisoners. Nothing from KCNA either.\n")
    # (round 42) the state's media keeping silent is the state's silence (dev's golds: DPRK 10 to 1)
    assert {("Kremlin", "no_comment"), ("DPRK", "no_comment")} <= got
    assert _responses("We hear almost nothing from our own Government.\n") == set()


def test_a_turn_the_layout_missed_still_names_its_first_person_speaker() -> None:
    got = _responses(
        "NATO Secretary General Mark Rutte: I will not comment on figures from the Russian Ministry of Defence.\n"
    )
    assert ("Mark Rutte (NATO)", "no_comment") in got


def test_a_missions_silence_after_another_is_its_own() -> None:
    got = _responses(
        "Russia's mission to the UN declined to comment, and North Korea's mission hasn't responded.\n"
    )
    assert {
        ("Permanent Mission of Russia to the United Nations", "no_comment"),
        ("Permanent Mission of the DPRK to the United Nations", "no_comment"),
    } <= got


def test_the_secretary_on_the_state_departments_page_is_the_secretary_of_state() -> None:
    got = _claims(
        "U.S. Department of State\n\nDepartment Press Briefing\n\nNovember 1, 2024\n\nMatthew Miller, Spokesperson\n\n"
        "MR MILLER: They're consistent. Of those, as the Secretary said, as many as 8,000 have now moved to "
        "Kursk, near the Ukrainian border.\n"
    )
    assert got[None]["claimant"] == "Antony Blinken (US State Department)"


def test_a_count_given_before_a_colon_and_troops_in_kursk_after_it_is_a_deployment() -> None:
    got = _claims(
        "Wire\n\nNovember 21, 2024\n\nTitle\n\n"
        "The Pentagon gave its latest count on Monday: 11,000 to 12,000 North Korean troops in Kursk.\n"
    )
    assert (got[11000]["claimant"], got[11000]["metric"]) == ("US Department of Defense", "troops_deployed")


def test_troops_stationed_in_the_south_are_no_deployment_to_the_war() -> None:
    got = _claims(
        "Wire\n\nDecember 24, 2024\n\nTitle\n\n"
        "The JCS said it had shared its assessment with US Forces Korea, which stations about 28,500 troops in "
        "the South.\n"
    )
    assert 28500 not in got


def test_a_map_that_showed_square_kilometres_is_its_makers_claim() -> None:
    got = _claims(
        "Wire\n\nMarch 14, 2025\n\nTitle\n\n"
        "DeepState's map yesterday showed 140 square kilometres of the Kursk region still under Ukrainian control.\n"
    )
    assert (got[140]["claimant"], got[140]["metric"], got[140]["stated_on"]) == (
        "DeepState",
        "area_held_km2",
        "2025-03-13",
    )


DIGEST_PAGE = (
    "KURSK NOTES\n\nWeekly digest | Wednesday 15 January 2025\n\nThe week in numbers\n\n"
    "- Seoul's spy agency raised its count of the dead, and Kyiv's General Staff gave a weekend toll.\n\n"
    "{first}\n"
    "- Ukraine's General Staff said on Telegram that at least 40 North Korean soldiers had been killed.\n\n"
    "{second}\n- South Korea's spy agency told lawmakers that about 300 North Korean soldiers had been killed.\n"
)


def test_day_headings_in_numbers_or_with_the_weekday_after_date_the_items_under_them() -> None:
    for first, second in (
        ("THU 9.01", "Mon 13.01"),
        ("9 JAN (THU)", "13 JAN (MON)"),
        ("09.01 THU", "13/01 MON"),
    ):
        got = _claims(DIGEST_PAGE.format(first=first, second=second))
        assert (got[40]["stated_on"], got[300]["stated_on"]) == ("2025-01-09", "2025-01-13"), first


def test_a_two_day_heading_dates_its_items_by_its_first_day() -> None:
    got = _claims(DIGEST_PAGE.format(first="THU 9.01", second="Sat 11/01 - Sun 12/01"))
    assert got[300]["stated_on"] == "2025-01-11"


def test_a_number_pair_without_a_weekday_is_no_day_heading() -> None:
    got = _claims(DIGEST_PAGE.format(first="THU 9.01", second="12.5"))
    assert got[300]["stated_on"] == "2025-01-09"


def test_a_headline_read_in_other_words_is_recorded_as_printed() -> None:
    got = extract(
        "SUMY VESTI - English version\n\n16.12.2024 | 17:42\n\n"
        "In the Kursk region the army of the DPRK lost at least 30 military killed and wounded - HUR\n\n"
        "Ukrainian defenders inflicted losses on at least 30 military of the army of the DPRK, killed and "
        "wounded, as reported on Monday the Main Intelligence Directorate of the Ministry of Defence of Ukraine "
        "in its Telegram channel.\n"
    )
    assert got.document["title"] == (
        "In the Kursk region the army of the DPRK lost at least 30 military killed and wounded - HUR"
    )
    assert "at least 30 military of the army" in got.claims[0]["quote"]


def test_about_this_informed_on_a_day_the_body_credits_the_sentence_before() -> None:
    got = _claims(
        "Novyny Dnia\n\nFront | 26.04.2025, 19:40\n\nHeadline\n\n"
        "The total losses of the army of the DPRK on the Kursk front compose more than 4,5 thousand killed and "
        "wounded. About this informed on Saturday, 26 April, the General Staff of the Armed Forces of Ukraine on "
        "Facebook.\n"
    )
    assert (got[4500]["claimant"], got[4500]["stated_on"]) == (
        "General Staff of the Armed Forces of Ukraine",
        "2025-04-26",
    )


def test_eliminated_and_wounded_persons_are_killed_or_wounded_people() -> None:
    got = _claims(
        "News\n\n16 December 2024\n\nHeadline\n\n"
        "Ukrainian defenders eliminated and wounded not less than 30 military of the army of the DPRK near "
        "Plekhovo, the HUR said. The occupiers lost 25 200 persons irrecoverably, the General Staff said.\n"
    )
    assert got[30]["metric"] == "killed_or_wounded"
    assert 25200 in got


def test_a_leading_span_of_two_days_is_no_statement_day() -> None:
    got = _claims(
        "Pravdyvo.ua\n\n16 December 2024, 18:05\n\nHeadline\n\n"
        "On the 14th and 15th of December, Ukrainian defenders eliminated and wounded not less than 30 military "
        "of the army of the DPRK near Plekhovo. About this on Monday informed in Telegram the Main Intelligence "
        "Directorate of the Ministry of Defence of Ukraine (GUR).\n"
    )
    assert (got[30]["claimant"], got[30]["stated_on"]) == (
        "Defense Intelligence of Ukraine (HUR)",
        "2024-12-16",
    )


def test_an_inversion_the_reader_cannot_reorder_still_keeps_informed_from_the_words_before() -> None:
    # writer 115's set: "…, informed on Thursday in Washington the American secretary of state Antony
    # Blinken" is not reordered (a place before the speaker); "informed" after the comma is no verb
    got = _claims(
        "WSCHOD24.PL | English edition\nHome > World > War in Ukraine\n\n"
        "Blinken: up to 8 thousand North Korean soldiers are already in Kursk oblast\n\n"
        "Added: 01.11.2024, 08:42\n\n"
        "Up to 8 thousand soldiers from North Korea were sent to the Kursk oblast bordering Ukraine, informed "
        "on Thursday in Washington the American secretary of state Antony Blinken.\n"
    )
    assert got[None]["claimant"] == "Antony Blinken (US State Department)"
