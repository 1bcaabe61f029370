"""Round 42 (session 22): reports pasted from PDF, interviews' questions, lawmakers relaying.

Each test names a behaviour the round-42 rules add. The texts are invented for each behaviour, not
copied from any report; negatives guard what must not change. Tests share no state (xdist-safe).
"""

from __future__ import annotations

from typing import Any

from etl.extract import extract

HEADER = "Kursk: the latest\n\nSEOUL, 12 December 2024\n\nThe fighting in the Kursk region went on.\n\n"
NOTE = "BORDERLANDS MONITOR\nSituation Note No. 7 | 20 December 2024\n\nNorth Korean losses in Kursk: the claims so far\n\n"


def _claims(body: str, header: str = HEADER) -> list[dict[str, Any]]:
    return extract(header + body + "\n\nThe weather was cold.\n").claims


def _key(c: dict[str, Any]) -> tuple[object, ...]:
    return (c["claimant"], c["metric"], c["value_low"], c["value_high"], c["qualifier"])


# ------------------------------------------------------------------------------ text pasted from PDF
def test_a_pdf_note_number_after_a_figures_full_stop_is_no_decimal() -> None:
    """ "about 4,000.6" in a text whose sentences carry note numbers is 4,000 and note 6, never 4,001."""
    got = _claims(
        "1.1 The Kremlin did not confirm the loss of the town.2 Nobody else commented.3\n\n"
        "1.2 Kyrylo Budanov told lawmakers on Wednesday that North Korean casualties stood at about 4,000.6\n",
        NOTE,
    )
    assert [_key(c) for c in got] == [("Kyrylo Budanov (HUR)", "killed_or_wounded", 4000, 4000, "about")]


def test_a_figure_with_tenths_stays_a_decimal_in_a_text_without_notes() -> None:
    """Negative: with no note numbers in the text, "4,000.6" is not cut (no rounding either way)."""
    got = _claims("Kyrylo Budanov said on Wednesday that North Korean casualties stood at about 4,000.6\n")
    assert not [c for c in got if c["value_low"] == 4000]


def test_a_paragraph_ending_in_a_note_number_is_read_not_taken_for_a_heading() -> None:
    got = _claims(
        "2.1 The Kremlin did not confirm the loss of the town.1\n\n"
        "2.2 The Ukrainian mapping project DeepState said on Thursday that Ukrainian forces now held 140 km2 "
        "of Kursk Oblast.4\n\n"
        "3. Force claims\n",
        NOTE,
    )
    assert ("DeepState", "area_held_km2", 140, 140, "exact") in [_key(c) for c in got]


# ------------------------------------------------------------------------------ interviews' questions
INTERVIEW = (
    "KYIV COURIER\nTuesday, April 29, 2025 · Interview\n\n"
    "Col. Andriy Koval, a spokesman for the General Staff of Ukraine's Armed Forces, answered questions. He "
    "spoke to us on Monday. Edited for length.\n\n"
)


def test_a_question_quoting_a_named_person_who_also_said_keeps_that_persons_figure() -> None:
    got = extract(
        INTERVIEW + "Q: Gerasimov also said Ukraine had lost more than 76,000 servicemen killed and wounded "
        "in the Kursk region.\n\nA: I am not going to comment on Russian numbers for our losses.\n"
    ).claims
    assert [_key(c) for c in got] == [("Valery Gerasimov", "killed_or_wounded", 76000, None, "over")]


def test_a_question_quoting_the_answerers_own_statement_keeps_it_as_the_answerers() -> None:
    got = extract(
        INTERVIEW
        + "Q: Your own statement on Facebook that day said the total losses of the North Korean army "
        "on the Kursk front amounted to more than 4,500 killed and wounded.\n\nA: That figure stands.\n"
    ).claims
    assert [_key(c) for c in got] == [
        ("General Staff of the Armed Forces of Ukraine", "killed_or_wounded", 4500, None, "over")
    ]


def test_a_question_crediting_a_figureless_claim_by_name_keeps_it() -> None:
    got = extract(
        INTERVIEW
        + "Q: General Valery Gerasimov told Vladimir Putin on Saturday that the Kursk region had been "
        "fully liberated. Is that true?\n\nA: No. It is untrue.\n"
    ).claims
    assert [(c["claimant"], c["metric"]) for c in got] == [("Valery Gerasimov", "recaptured")]


def test_a_question_quoting_an_unnamed_official_of_a_known_body_keeps_the_figure() -> None:
    got = extract(
        INTERVIEW + "Q: A senior US defense official told The New York Times that several hundred North "
        "Koreans had been killed or wounded in Kursk. Do you agree?\n\nA: It is higher.\n"
    ).claims
    assert [c["claimant"] for c in got] == ["US Department of Defense (senior official)"]


def test_a_questions_own_premise_still_claims_nothing() -> None:
    """Negative: a figure the question puts with nobody's verb stays out."""
    got = extract(
        INTERVIEW + "Q: Could North Korean losses really be more than 4,000 killed and wounded?\n\n"
        "A: I will not speculate.\n"
    ).claims
    assert got == []


# ------------------------------------------------------------------------------ lawmakers relaying
BRIEFED = "The National Intelligence Service briefed lawmakers behind closed doors on Thursday. "


def test_a_lawmaker_saying_a_figure_after_the_agencys_briefing_relays_the_agency() -> None:
    got = _claims(
        BRIEFED + "Lawmaker Lee Seong-kweun said at least 100 North Korean soldiers had been killed."
    )
    assert [_key(c) for c in got] == [
        ("National Intelligence Service (South Korea)", "killed", 100, None, "at_least")
    ]


def test_an_occasion_before_the_briefing_aside_does_not_hide_the_briefer() -> None:
    got = _claims(
        "Yesterday, after a closed-door briefing by the National Intelligence Service, lawmaker Lee Seong-kweun "
        "said at least 100 North Korean soldiers had been killed."
    )
    assert [c["claimant"] for c in got] == ["National Intelligence Service (South Korea)"]


def test_a_lawmaker_with_no_briefing_told_is_nobodys_relay() -> None:
    """Negative: no briefing in the report, so no agency is made the claimant."""
    got = _claims("Lawmaker Lee Seong-kweun said at least 100 North Korean soldiers had been killed.")
    assert not [c for c in got if c["claimant"] == "National Intelligence Service (South Korea)"]


def test_a_named_speaker_before_a_briefing_aside_keeps_the_claim() -> None:
    """Negative (round 35 kept): "Rutte, after a briefing by …, confirmed" is Rutte's."""
    got = _claims(
        "Mark Rutte, after a briefing by a South Korean intelligence delegation in Brussels, confirmed that "
        "North Korean units had been deployed to Kursk."
    )
    assert [c["claimant"] for c in got] == ["Mark Rutte (NATO)"]


# ------------------------------------------------------------------------------ wire alerts (read after scoring)
ALERT = (
    "FLASH\nABOUT 1,000 NORTH KOREAN SOLDIERS KILLED - WESTERN OFFICIALS\n\nWRITETHRU\n"
    "Western officials say about 1,000 North Korean soldiers killed\n(Adds background in paragraph 4)\n\n"
    "By A Reporter\n\n"
)


def test_a_wire_dateline_alone_on_its_line_dates_the_story_and_names_the_wire() -> None:
    """A dateline "LONDON, Jan 22 (Capital Wire) -" over a numbered first paragraph: the story's day (its year
    from the case's days) and outlet; "on Wednesday" is read against it, not the case's last days."""
    e = extract(
        ALERT + "LONDON, Jan 22 (Capital Wire) -\n\n1. About 1,000 North Korean soldiers have been killed in "
        "Russia's Kursk region, Western officials told the BBC on Wednesday.\n\n2. The weather was cold.\n"
    )
    assert e.document["outlet"] == "Capital Wire"
    assert [(c["claimant"], c["value_low"], c["stated_on"]) for c in e.claims] == [
        ("Western officials", 1000, "2025-01-22")
    ]


def test_a_dateline_with_its_text_on_the_same_line_is_read_as_before() -> None:
    """Negative: the usual "LONDON, Jan 22 (Capital Wire) - About …" is unchanged."""
    e = extract(
        ALERT + "LONDON, Jan 22 (Capital Wire) - About 1,000 North Korean soldiers have been killed in "
        "Russia's Kursk region, Western officials told the BBC on Wednesday.\n"
    )
    assert [(c["value_low"], c["stated_on"]) for c in e.claims] == [(1000, "2025-01-22")]


# ------------------------------------------------------------------------------ silences (read after scoring)
def _responses(body: str) -> list[tuple[str, str]]:
    e = extract(
        HEADER + "Kyrylo Budanov said on Monday that 30 North Korean soldiers had been killed. " + body + "\n"
    )
    return [(r["responder"], r["stance"]) for r in e.responses]


def test_a_states_media_keeping_silent_is_the_states_silence() -> None:
    assert _responses("North Korea's state media has not mentioned the casualties.") == [
        ("DPRK", "no_comment")
    ]


def test_a_state_media_carrying_nothing_named_as_the_agency_is_the_state_too() -> None:
    assert _responses("KCNA has not commented on the losses.") == [("DPRK", "no_comment")]


def test_a_permanent_mission_spelled_with_capitals_is_the_states_un_mission() -> None:
    assert _responses("Russia's Permanent Mission to the United Nations declined to comment.") == [
        ("Permanent Mission of Russia to the United Nations", "no_comment")
    ]


def test_a_foreign_ministry_by_adjective_speaks_for_its_state() -> None:
    assert _responses('The Russian Foreign Ministry dismissed the figure as "fake".') == [
        ("Russia", "denied")
    ]


def test_an_embassy_s_denial_stays_the_states_beside_the_one_official_quoted() -> None:
    """A state's denial in a report whose one same-side speaker is a body or official is that
    speaker's (round 36's rule), but not when the state's diplomats are named: "The Russian Embassy
    in London dismissed …" is Russia's, not Shoigu's, the only Russian quoted."""
    e = extract(
        HEADER
        + "North Korea will send 1,000 sappers to Russia, Russian Security Council Secretary Sergei Shoigu "
        "said on Tuesday.\n\nUK Defence Intelligence said on Sunday that more than 6,000 North Korean soldiers "
        'had been killed or wounded. The Russian Embassy in London dismissed the assessment as "yet another '
        'fake".\n'
    )
    assert [(r["responder"], r["stance"]) for r in e.responses] == [("Russia", "denied")]
