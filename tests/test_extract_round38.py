"""Round 38 (session 18): pages dated only by the days they cover.

Each test names a behaviour the round-38 rules add. The texts are invented for each behaviour,
not copied from any report; negatives guard what must not change. Tests share no state
(xdist-safe).
"""

from __future__ import annotations

from typing import Any

from etl.extract import extract


def _by_figure(text: str) -> dict[int | None, dict[str, Any]]:
    """Each claim read in `text`, by its low figure."""
    return {c["value_low"]: c for c in extract(text).claims}


DIGEST = """The week on the northern front
{span}

Our digest of the week's claims about the fighting, day by day.

Tuesday, Jan. 7
Ukraine's General Staff said on Telegram that at least 40 North Korean soldiers had been killed near Makhnovka over the weekend.

Thursday, Jan. 9
South Korea's spy agency told lawmakers that about 300 North Korean soldiers had been killed so far.
"""


def _stated(text: str) -> dict[int | None, tuple[str, str]]:
    """Figure -> (stated_on, precision) of each claim."""
    return {c["value_low"]: (c["stated_on"], c["stated_on_precision"]) for c in extract(text).claims}


def test_a_digest_dated_by_the_days_it_covers_dates_each_entry_by_its_day_heading() -> None:
    got = _stated(DIGEST.format(span="Jan. 6-12, 2025"))
    assert got[40] == ("2025-01-07", "day")
    assert got[300] == ("2025-01-09", "day")


def test_the_covered_days_are_read_in_either_order_of_day_and_month() -> None:
    got = _stated(DIGEST.format(span="6-12 January 2025"))
    assert got[300] == ("2025-01-09", "day")


def test_the_covered_days_do_not_become_the_pages_publication_date() -> None:
    # the page says which days it covers, not when it came out
    assert extract(DIGEST.format(span="Jan. 6-12, 2025")).document["published_at"] == ""


# ------------------------------------- a body's figure, then its official named in the next sentence
HEADER = "Wire\n\nOctober 29, 2024\n\nTitle\n\n"


def _claimants(body: str) -> dict[int | None, str]:
    """Figure -> claimant of each claim read under a dated header."""
    return {c["value_low"]: c["claimant"] for c in extract(HEADER + body).claims}


def test_a_side_clause_after_the_bodys_attribution_still_hands_the_figure_to_its_named_official() -> None:
    body = (
        "North Korea has sent around 10,000 soldiers to train in eastern Russia, the Pentagon said on "
        "Monday, as allies met in Brussels.\n\nPentagon press secretary Sabrina Singh told reporters at "
        "a briefing that the troops would be trained for several weeks.\n"
    )
    assert _claimants(body)[10000] == "Sabrina Singh (US Department of Defense)"


def test_an_official_named_after_an_opening_quotation_takes_the_figure_of_the_body_before() -> None:
    body = (
        "North Korean troops have been killed or wounded at a rate of about 1,000 in the past week, the "
        'White House said Friday, blaming massed assaults. "These troops are treated as expendable," '
        "National Security Council spokesman John Kirby told reporters.\n"
    )
    assert _claimants(body)[1000] == "John Kirby (White House National Security Council)"


def test_a_side_clause_with_its_own_speaker_and_figure_keeps_the_body_as_claimant() -> None:
    # the next sentence gives a figure of its own: the official speaks for that one, not this
    body = (
        "North Korea has sent around 10,000 soldiers to Russia, the Pentagon said on Monday, as allies "
        "met. Pentagon press secretary Sabrina Singh said at least 3,000 North Korean soldiers had moved to "
        "the Kursk region.\n"
    )
    got = _claimants(body)
    assert got[10000] == "US Department of Defense"
    assert got[3000] == "Sabrina Singh (US Department of Defense)"


def test_a_figure_whose_sentence_closes_on_the_bodys_official_is_that_officials() -> None:
    told = (
        "In Washington, the Pentagon said later on Monday that North Korea had sent around 10,000 "
        "soldiers to train in eastern Russia, deputy press secretary Sabrina Singh told a briefing.\n"
    )
    according = (
        "On Monday, the Pentagon had put the number of North Koreans sent to train in eastern Russia at "
        "around 10,000, according to deputy press secretary Sabrina Singh.\n"
    )
    assert _claimants(told)[10000] == "Sabrina Singh (US Department of Defense)"
    assert _claimants(according)[10000] == "Sabrina Singh (US Department of Defense)"


def test_the_bodys_official_who_told_the_briefing_next_takes_the_bodys_figure() -> None:
    body = (
        "The Pentagon on Monday raised its estimate of the number of North Korean soldiers in Russia to "
        "between 11,000 and 12,000.\n\nDeputy Pentagon press secretary Major General Pat Ryder told a news "
        "briefing that the United States had seen no sign yet of the troops in combat.\n"
    )
    assert _claimants(body)[11000] == "Pat Ryder (US Department of Defense)"


def test_an_official_who_briefs_a_claim_of_their_own_next_leaves_the_bodys_figure_to_the_body() -> None:
    body = (
        "The US Defense Department said on Monday that North Korea has sent about 10,000 soldiers to "
        "eastern Russia for training.\n\nPentagon spokeswoman Sabrina Singh told a news briefing that some "
        "of the troops had moved toward the Kursk region.\n"
    )
    rows = extract(HEADER + body).claims
    assert ("US Department of Defense", 10000) in [(c["claimant"], c["value_low"]) for c in rows]
    assert "Sabrina Singh (US Department of Defense)" in [c["claimant"] for c in rows]


# ------------------------------------------------------------------ translated and European pages
def test_a_dot_between_thousands_is_a_digit_group_not_a_decimal() -> None:
    from etl.extract.numbers import find_figures

    got = {
        f.text: (f.low, f.high, f.qualifier) for f in find_figures("more than 3.000 and approximately 1.100")
    }
    assert got == {"more than 3.000": (3000, None, "over"), "approximately 1.100": (1100, 1100, "about")}
    # a decimal before a scale word, a date and a decimal measure stay what they are
    assert [f.low for f in find_figures("1.5 thousand")] == [1500]
    assert [f.low for f in find_figures("a 2.5 km front")] == [2]


def test_a_decimal_comma_before_a_scale_word_is_a_fraction_of_it() -> None:
    from etl.extract.numbers import find_figures

    assert [(f.low, f.qualifier) for f in find_figures("about 1,1 thousand soldiers")] == [(1100, "about")]
    assert [f.low for f in find_figures("12,000 troops")] == [12000]


def test_a_translations_informed_is_a_verb_of_saying() -> None:
    header = "Visnyk\n\n16 December 2024, 18:47\n\nTitle\n\n"
    body = (
        "On Saturday the HUR informed in its Telegram channel that as of 14 December about 200 servicemen "
        "of the Russian and North Korean units had been killed in the Kursk region.\n\n"
        "On 14 and 15 December not less than 30 North Korean soldiers were killed and wounded in the Kursk "
        "region. This was informed on Monday by the Main Intelligence Directorate of the Ministry of "
        "Defence of Ukraine (HUR MO) in its Telegram channel.\n"
    )
    rows = _by_figure(header + body)
    assert rows[200]["claimant"] == "Defense Intelligence of Ukraine (HUR)"
    assert rows[30]["claimant"] == "Defense Intelligence of Ukraine (HUR)"
    assert (rows[30]["stated_on"], rows[30]["period_start"]) == ("2024-12-16", "2024-12-14")


def test_a_sentence_naming_its_day_outright_dates_the_next_it_said() -> None:
    header = "Courier\n\nWednesday 18 December 2024\n\nTitle\n\n"
    body = (
        "The first post came on Saturday. The agency, known as HUR, said on Telegram that an estimated "
        "200 servicemen had been killed as of Dec. 14.\n\nTwo days later, on Monday, HUR added detail. At "
        "least 30 North Korean soldiers were killed or wounded near Plekhovo over the weekend, it said.\n"
    )
    rows = _by_figure(header + body)
    assert (rows[30]["period_start"], rows[30]["period_end"]) == ("2024-12-14", "2024-12-15")


# ----------------------------------------------------------------------------------- transcripts
def test_a_clip_labelled_with_its_day_is_dated_that_day_not_the_air_date() -> None:
    text = (
        "EVENING NEWS - Transcript\nAired Tuesday, November 5, 2024\n\n"
        "ANCHOR: Good evening. The Pentagon's count went up again yesterday.\n\n"
        "CORRESPONDENT: The Pentagon press secretary, Major General Pat Ryder, gave a new total.\n\n"
        "RYDER (briefing audio, Monday): We now assess that there are between 11,000 and 12,000 North "
        "Korean soldiers in Russia in total.\n"
    )
    rows = _by_figure(text)
    assert rows[11000]["claimant"] == "Pat Ryder (US Department of Defense)"
    assert rows[11000]["stated_on"] == "2024-11-04"


def test_a_role_note_after_a_label_keeps_the_line_as_prose() -> None:
    from etl.extract.document import parse_layout

    lay = parse_layout(
        "Radio news\n\nJune 17, 2025\n\nREPORTER (V/O): Shoigu said on Tuesday that 1,000 sappers would go.\n"
    )
    assert lay.speaker_of == {}


def test_a_conversation_labelled_by_first_names_is_read_as_turns() -> None:
    from etl.extract.document import parse_layout

    text = (
        "Seoul Signal - podcast\nReleased Friday, 20 December 2024\n\n"
        "Ji-won: Hello and welcome. I'm Kang Ji-won, with my co-host Mark.\n\n"
        "Mark: Thanks. Big news from the spy agency.\n\n"
        "Ji-won: Let's start with yesterday.\n\n"
        "Mark: The headline was at least 100 killed.\n\n"
        "Note: this transcript was edited for length.\n"
    )
    lay = parse_layout(text)
    assert set(lay.speaker_of.values()) == {"JI-WON", "MARK"}
    assert "Note: this transcript was edited for length." in lay.paragraphs  # said once: no speaker


def test_question_and_answer_in_mixed_case_are_no_names() -> None:
    from etl.extract.document import parse_layout

    text = (
        "Embassy\n\nJanuary 14, 2025\n\nQuestion: What about the reports?\n\nAnswer: We have taken note.\n\n"
        "Question: And the prisoners?\n\nAnswer: Nothing to add.\n"
    )
    assert parse_layout(text).speaker_of == {}


# --------------------------------------------------------------------- an occasion named for a state
def test_a_sentence_naming_the_speakers_state_and_a_day_dates_the_speakers_next_statement() -> None:
    text = (
        "THE WEEKLY | Thursday, May 1st 2025\n\nTitle\n\n"
        "It began on Saturday, when Moscow spoke first.\n\n"
        "By Wednesday, Seoul had a new count. Briefing lawmakers, the National Intelligence Service said "
        "about 600 North Korean soldiers had been killed and about 4,100 wounded.\n"
    )
    rows = {c["value_low"]: c["stated_on"] for c in extract(text).claims}
    assert rows[600] == "2025-04-30"


def test_a_state_named_in_a_live_blogs_earlier_entry_does_not_date_the_next_entry() -> None:
    text = (
        "Live: war in Ukraine\n\nMonday 23 December 2024 09:00 GMT\n\n"
        "11:00 GMT - Gas transit\n\nUkraine has said it will not extend a gas transit deal that expires "
        "on January 1.\n\n"
        "12:30 GMT - Special forces count\n\nUkraine's Special Operations Forces said they had killed 77 "
        "North Korean soldiers in the Kursk region.\n"
    )
    rows = {c["value_low"]: c["stated_on"] for c in extract(text).claims}
    assert rows[77] == "2024-12-23"


# ------------------------------------------------------------------- out of the fighting (F54)
def _metrics(body: str, header: str = "Wire\n\nFebruary 4, 2025\n\nTitle\n\n") -> list[tuple[str, str, str]]:
    return [(c["claimant"], c["metric"], c["subject"]) for c in extract(header + body).claims]


def test_troops_not_seen_in_combat_since_a_day_are_a_claim_they_are_out_of_the_fighting() -> None:
    body = (
        "North Korean troops deployed to Russia's Kursk region appear not to have engaged in combat since "
        "mid-January, South Korea's National Intelligence Service said on Tuesday.\n"
    )
    assert (
        "National Intelligence Service (South Korea)",
        "withdrawn_from_combat",
        "DPRK forces",
    ) in _metrics(body)


def test_troops_not_yet_seen_in_combat_are_no_claim_they_left_it() -> None:
    body = (
        "MAJ. GEN. RYDER: We have not seen them engaged in combat operations at this point, though I'd "
        "point you to the Ukrainian government.\n"
    )
    assert [
        m for m in _metrics(body, "Transcript\n\nNovember 5, 2024\n\n") if m[1] == "withdrawn_from_combat"
    ] == []


def test_a_pause_and_the_return_to_the_front_are_two_claims() -> None:
    body = (
        "The National Intelligence Service said the North Korean troops had not been seen in combat since "
        "mid-January and that additional troops had been sent to reinforce them.\n"
    )
    got = {m[1] for m in _metrics(body, "Wire\n\nFebruary 27, 2025\n\nTitle\n\n")}
    assert {"withdrawn_from_combat", "reinforcement"} <= got


def test_a_number_of_people_assessed_at_a_figure_is_a_count_of_them() -> None:
    body = (
        "The number of North Korean soldiers killed in the Kursk fighting is now assessed at around 2,000, "
        "according to the National Intelligence Service.\n"
    )
    rows = extract("Wire\n\nSeptember 2, 2025\n\nTitle\n\n" + body).claims
    assert [(c["claimant"], c["metric"], c["value_low"], c["qualifier"]) for c in rows] == [
        ("National Intelligence Service (South Korea)", "killed", 2000, "about")
    ]


def test_a_name_in_polish_transliteration_is_the_known_official() -> None:
    body = "Andrij Kowalenko said on Wednesday that North Korean losses in the Kursk region already exceeded 200 troops.\n"
    rows = extract("Wire\n\nDecember 19, 2024\n\nTitle\n\n" + body).claims
    assert [c["claimant"] for c in rows] == ["Andrii Kovalenko (Center for Countering Disinformation)"]


def test_a_figure_told_to_someone_by_an_official_is_the_officials() -> None:
    body = (
        "The losses of the army of North Korea in the Kursk region amount to about 4 thousand people. This "
        "figure was told to the South Korean parliamentarian Yu Yong-weon by Kyrylo Budanov.\n"
    )
    rows = extract("Wire\n\nMarch 6, 2025\n\nTitle\n\n" + body).claims
    assert [(c["claimant"], c["value_low"]) for c in rows] == [("Kyrylo Budanov (HUR)", 4000)]


def test_a_broadcasters_spoken_quote_mark_introduces_the_quotation_and_the_quote_stays_as_printed() -> None:
    body = (
        'Zelenskyy was asked how many North Koreans are in Kursk, and his answer was, quote, "There are '
        '11,000 of them." He said some were already fighting.\n'
    )
    rows = extract("Radio\n\nNovember 8, 2024\n\n" + body).claims
    assert [(c["claimant"], c["value_low"]) for c in rows] == [("Volodymyr Zelenskyy", 11000)]
    assert ", quote, " in rows[0]["quote"]  # as printed


def test_zelenskyy_in_polish_spelling_is_the_president() -> None:
    body = "In his evening video address on Monday Zełenski said that Russia had lost more than 38 thousand soldiers killed and wounded in the Kursk region.\n"
    rows = extract("PAI\n\nJanuary 9, 2025\n\nTitle\n\n" + body).claims
    assert [(c["claimant"], c["value_low"]) for c in rows] == [("Volodymyr Zelenskyy", 38000)]


def test_a_quoted_pause_since_a_day_is_read_and_the_deployment_it_names_is_no_claim() -> None:
    body = (
        '"Since mid-January, it appears that the North Korean troops deployed to the Kursk region of Russia '
        'have not engaged in combat," the National Intelligence Service said on Tuesday.\n\n'
        "North Korean soldiers appear to have been pulled out of front-line fighting, the agency said.\n"
    )
    got = _metrics(body)
    assert ("National Intelligence Service (South Korea)", "withdrawn_from_combat", "DPRK forces") in got
    assert [m for m in got if m[1] == "troops_deployed"] == []


def test_an_inverted_informed_after_the_figures_keeps_the_speaker_named_after_it() -> None:
    body = (
        "The total losses of the North Korean army on the Kursk front amount to more than 4,5 thousand "
        "killed and wounded, informed on Saturday the General Staff of the Armed Forces of Ukraine on its "
        "Facebook page.\n\nFrom 6 August 2024 the enemy in the zone of responsibility of the Kursk grouping "
        "lost 25 200 servicemen irrecoverably (killed), and 36 200 more are sanitary losses (wounded), "
        "stated the General Staff.\n"
    )
    title = (
        "General Staff: losses of North Korean army in Kursk direction exceed 4,5 thousand killed and wounded"
    )
    rows = extract(f"{title}\n\n27.04.2025 | 09:20\n\n" + body).claims
    got = {(c["claimant"], c["value_low"]) for c in rows}
    staff = "General Staff of the Armed Forces of Ukraine"
    assert {(staff, 4500), (staff, 25200), (staff, 36200)} <= got
