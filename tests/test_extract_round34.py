"""Round 34: live blogs, look-back round-ups and broadcast transcripts (writers 62-64's misses).

Each test names a behaviour the round-34 rules add. The sentences are invented for each
behaviour, not copied from any report; negatives guard what must not change. Tests share no
state (xdist-safe).
"""

from __future__ import annotations

import pytest

from etl.extract import extract

HEADER = "Wire\n\nMarch 3, 2025\n\nTitle\n\n"
KIRBY = "John Kirby (White House National Security Council)"


def _claims(body: str, header: str = HEADER) -> list[tuple[str, str, int | None, int | None, str]]:
    """(claimant, metric, low, high, qualifier) of each claim read under a dated header."""
    e = extract(header + body)
    return [(c["claimant"], c["metric"], c["value_low"], c["value_high"], c["qualifier"]) for c in e.claims]


# ------------------------------------------------- a transcript's bare surname label
def test_surname_label_speaks_for_the_person_named_in_full() -> None:
    body = (
        "Briefing by spokesman John Kirby\n\n"
        "Q: What is your latest estimate?\n\n"
        "KIRBY: North Korean units in Kursk have taken about 1,200 casualties over the past fortnight.\n"
    )
    assert (KIRBY, "killed_or_wounded", 1200, 1200, "about") in _claims(body)


def test_guest_surname_label_is_a_turn_that_ends_the_question() -> None:
    """A guest named in full once, then labelled by surname: her answer is not the question's."""
    body = (
        "ANCHOR: Western officials said on Monday that about 900 North Korean soldiers had been killed.\n\n"
        "Q: And the wider toll? Our guest is Petra Lindqvist.\n\n"
        "LINDQVIST: The same officials put total North Korean casualties at some three thousand.\n"
    )
    assert ("Western officials", "killed_or_wounded", 3000, 3000, "about") in _claims(body)


def test_single_word_heading_that_names_nobody_is_no_label() -> None:
    """Negative: "UPDATE:" names no one in the text; the sentence keeps its own speaker."""
    body = "UPDATE: Seoul's spy agency said about 700 North Korean soldiers had been wounded.\n"
    got = _claims(body)
    assert ("National Intelligence Service (South Korea)", "wounded", 700, 700, "about") in got


# ------------------------------------------------- "four and a half thousand"
def test_and_a_half_thousand_in_words() -> None:
    body = "The General Staff said North Korean losses had climbed to more than two and a half thousand killed and wounded.\n"
    assert (
        "General Staff of the Armed Forces of Ukraine",
        "killed_or_wounded",
        2500,
        None,
        "over",
    ) in _claims(body)


def test_and_a_half_thousand_after_digits() -> None:
    body = "The General Staff said 3 and a half thousand North Korean soldiers had been killed or wounded.\n"
    assert (
        "General Staff of the Armed Forces of Ukraine",
        "killed_or_wounded",
        3500,
        3500,
        "exact",
    ) in _claims(body)


def test_a_half_of_something_else_is_no_figure() -> None:
    """Negative: "a half of the tanks" after a figure adds nothing to the figure."""
    body = "The General Staff said about 1,500 North Korean soldiers had been wounded and a half of their tanks lost.\n"
    got = _claims(body)
    assert ("General Staff of the Armed Forces of Ukraine", "wounded", 1500, 1500, "about") in got


@pytest.mark.parametrize("odd", ["2.5 and a half thousand", "1,000 and a half thousand"])
def test_a_half_after_an_odd_number_is_read_without_an_error(odd: str) -> None:
    """A decimal or grouped number before "and a half thousand" once raised ValueError (a traceback
    on the review page); a decimal gives no figure, and no text stops the reading."""
    body = f"The General Staff said {odd} North Korean soldiers had been killed or wounded.\n"
    got = _claims(body)
    assert all(c[2] != 3000 and c[2] != 2500 for c in got)


# ------------------------------------------------- a live blog's other stories
def test_unknown_officials_off_the_war_give_no_claim() -> None:
    body = (
        "Seoul's spy agency said on Monday that about 900 North Korean soldiers had been wounded.\n\n"
        "Officials in Brookfield County said the floods had left 23 people missing.\n"
    )
    got = _claims(body)
    assert [c for c in got if c[1] == "missing"] == []
    assert ("National Intelligence Service (South Korea)", "wounded", 900, 900, "about") in got


def test_unknown_officials_on_the_war_keep_their_claim() -> None:
    """Negative: a body the actors file does not know keeps a figure about the soldiers."""
    body = "Officials in Brookfield County said 23 North Korean soldiers were missing after the assault.\n"
    assert [c[1:] for c in _claims(body) if c[1] == "missing"] == [("missing", 23, 23, "exact")]


# ------------------------------------------------- "Analysts of X" opening a sentence
def test_capitalised_members_of_a_body_speak_for_it() -> None:
    body = "Analysts at DeepState say Ukrainian units now hold about 95 km² inside the Kursk region.\n"
    assert ("DeepState", "area_held_km2", 95, 95, "about") in _claims(body)


def test_members_of_a_body_mid_sentence_unchanged() -> None:
    """Negative: the lower-case form kept its reading."""
    body = "On Monday the analysts at DeepState said Ukrainian units hold about 95 km² inside the Kursk region.\n"
    assert ("DeepState", "area_held_km2", 95, 95, "about") in _claims(body)


# ------------------------------------------------- "the body's chief, Name," set off by commas
def test_chief_named_after_a_comma_is_the_claimant() -> None:
    body = (
        "According to Ukraine's military intelligence chief, Kyrylo Budanov, some 3,500 North Korean "
        "soldiers have been killed or wounded.\n"
    )
    assert ("Kyrylo Budanov (HUR)", "killed_or_wounded", 3500, 3500, "about") in _claims(body)


def test_body_alone_after_according_to_stays_the_body() -> None:
    """Negative: no person named after the post, the body keeps the figure."""
    body = "According to Ukraine's military intelligence, some 3,500 North Korean soldiers have been killed or wounded.\n"
    assert ("Defense Intelligence of Ukraine (HUR)", "killed_or_wounded", 3500, 3500, "about") in _claims(
        body
    )


# ------------------------------------------------- "of the troops sent, N had been lost"
def test_part_lost_of_a_force_named_without_a_number() -> None:
    body = "Zelensky said that of the North Korean soldiers sent to the front, over 2,500 had been lost.\n"
    assert ("Volodymyr Zelenskyy", "killed_or_wounded", 2500, None, "over") in _claims(body)


def test_part_lost_of_things_is_no_claim() -> None:
    """Negative: the part lost of a count of tanks is not a count of people."""
    body = "Zelensky said that of the Russian tanks sent to the front, over 250 had been lost.\n"
    assert _claims(body) == []


# ------------------------------------------------- the broadcaster's present: "X posts that"
def test_posts_that_is_a_verb_of_saying() -> None:
    body = "Then Zelensky posts that his forces have captured three North Korean soldiers near Sudzha.\n"
    assert ("Volodymyr Zelenskyy", "captured", 3, 3, "exact") in _claims(body)


def test_posts_as_a_noun_names_no_speaker() -> None:
    """Negative: "anonymous posts that …" are posts, not a speaker; the agency keeps its figure."""
    body = "Anonymous posts that Seoul's spy agency said 300 North Korean soldiers were killed went viral.\n"
    got = _claims(body)
    assert [c[0] for c in got] == ["National Intelligence Service (South Korea)"]


# ------------------------------------------------- '"…," he said, relaying the agency's assessment'
def test_he_said_relaying_the_agency_is_the_agency() -> None:
    body = (
        "Earlier, Andrii Kovalenko said North Korean losses had passed 300 troops.\n\n"
        "A lawmaker told reporters after a closed-door briefing by the National Intelligence Service that "
        'at least 150 North Korean soldiers have died. "Close to 800 were wounded," he said, relaying the '
        "agency's assessment.\n"
    )
    got = _claims(body)
    assert ("National Intelligence Service (South Korea)", "wounded", None, 800, "nearly") in got


def test_he_said_without_relaying_keeps_its_reading() -> None:
    """Negative: Kovalenko's own figure stays his."""
    body = "Earlier, Andrii Kovalenko said North Korean losses had passed 300 troops.\n"
    assert [c[0] for c in _claims(body)] == ["Andrii Kovalenko (Center for Countering Disinformation)"]


# ------------------------------------------------- "by our estimate": the outlet's own figure
def test_by_our_estimate_is_nobodys_claim() -> None:
    body = (
        "Seoul's spy agency said on Monday that about 900 North Korean soldiers had been wounded.\n\n"
        "Mappers still show Ukrainian units near the border, holding under 35 square kilometres by our estimate.\n"
    )
    assert [c[1] for c in _claims(body)] == ["wounded"]


def test_by_a_known_sources_estimate_is_an_attribution() -> None:
    """Negative: "by Seoul's estimate" credits Seoul."""
    body = "By Seoul's estimate, about 900 North Korean soldiers had been wounded.\n"
    assert ("South Korea", "wounded", 900, 900, "about") in _claims(body)


# ------------------------------------------------- "given by the body's chief, Name": the person
def test_figure_given_by_a_titled_chief_is_the_chiefs() -> None:
    body = (
        "An MP passed on a count he had been given by Ukraine's military intelligence chief, Kyrylo "
        "Budanov, at a meeting in Kyiv: about 3,200 North Korean soldiers killed or wounded.\n"
    )
    assert ("Kyrylo Budanov (HUR)", "killed_or_wounded", 3200, 3200, "about") in _claims(body)


def test_report_by_the_body_alone_stays_the_bodys() -> None:
    """Negative: no person after the body, the body keeps it."""
    body = "A report by Ukraine's military intelligence said about 3,200 North Korean soldiers were killed or wounded.\n"
    assert ("Defense Intelligence of Ukraine (HUR)", "killed_or_wounded", 3200, 3200, "about") in _claims(
        body
    )


# ------------------------------------------------- a broadcast turn's present tense: the day aired
def _stated(body: str, header: str = HEADER) -> list[tuple[str, int | None, str]]:
    e = extract(header + body)
    return [(c["metric"], c["value_low"], c["stated_on"]) for c in e.claims]


def test_present_tense_in_a_correspondents_turn_is_the_broadcast_day() -> None:
    body = (
        "HOST: First, news from Asia. Our correspondent Mina Cho is in Seoul.\n\n"
        "MINA CHO: Lawmakers came out of a closed session with South Korea's spy agency. The agency "
        "estimates about 450 North Korean soldiers have been killed in Kursk.\n"
    )
    assert ("killed", 450, "2025-03-03") in _stated(body)


def test_a_turn_that_names_its_day_keeps_it() -> None:
    """Negative: the turn's own day word dates the statement, not the broadcast."""
    body = (
        "HOST: First, news from Asia. Our correspondent Mina Cho is in Seoul.\n\n"
        "MINA CHO: South Korea's spy agency said on Saturday that about 450 North Korean soldiers have "
        "been killed in Kursk.\n"
    )
    assert _stated(body) == [("killed", 450, "2025-03-01")]


# ------------------------------------------------- "X, quoted on Monday, put …": the day they spoke
SATURDAY = "Wire\n\nMarch 8, 2025\n\nTitle\n\n"


def test_quoted_on_a_day_in_the_speakers_apposition_dates_the_statement() -> None:
    body = "Western officials, quoted on Tuesday, put the North Korean contingent at between 11,000 and 13,000.\n"
    assert ("troops_deployed", 11000, "2025-03-04") in _stated(body, SATURDAY)


def test_relayed_on_a_day_still_is_not_the_statement_day() -> None:
    """Negative: a relay's day after the told month stays the relay's, not the statement's."""
    body = (
        "Seoul's spy agency told lawmakers in late February, relayed by a lawmaker on Tuesday, that 4,000 "
        "North Korean soldiers had been wounded.\n"
    )
    assert ("wounded", 4000, "2025-03-04") not in _stated(body, SATURDAY)


# ------------------------------------------------- ", and neither X nor Y has …" after another clause
LEAD = "Seoul's spy agency said on Monday that about 900 North Korean soldiers had been wounded.\n\n"


def _responses(body: str) -> list[tuple[str, str]]:
    e = extract(HEADER + LEAD + body)
    return [(r["responder"], r["stance"]) for r in e.responses]


def test_neither_after_and_is_silence_of_both() -> None:
    body = "No figure could be checked, and neither Moscow nor Pyongyang has released any count of its own.\n"
    assert _responses(body) == [("Russia", "no_comment"), ("DPRK", "no_comment")]


def test_neither_of_the_figures_mid_sentence_is_no_response() -> None:
    """Negative: "neither figure" names no party, so nobody is silent."""
    body = "The count was rounded, and neither figure has been published in full.\n"
    assert _responses(body) == []


# ------------------------------------------------- "asked X for comment and has not had a response"
def test_asked_for_comment_without_a_response_is_silence() -> None:
    body = (
        "The station asked the Russian embassy in London for comment on Tuesday and has not had a response.\n"
    )
    assert _responses(body) == [("Russia", "no_comment")]


def test_no_reply_is_silence() -> None:
    body = "Reporters asked the Kremlin about the figure but got no reply.\n"
    assert _responses(body) == [("Kremlin", "no_comment")]


def test_not_had_a_response_from_partners_is_no_silence_of_the_asker() -> None:
    """Negative: the one still waiting for an answer is not the silent party."""
    body = "Kyiv has not had a response from its partners on air defence.\n"
    assert _responses(body) == []


# ------------------------------------------------- "…, confirming X's announcement"
def test_confirming_participle_is_the_speakers_confirmation() -> None:
    body = (
        "The NIS said three North Korean soldiers had been taken prisoner by Ukrainian troops near Sudzha, "
        "confirming Zelensky's account.\n"
    )
    assert ("National Intelligence Service (South Korea)", "confirmed") in _responses(body)


def test_confirming_nothing_is_no_response() -> None:
    """Negative: "confirming nothing" names nothing confirmed."""
    body = "The Kremlin spokesman spoke for an hour, confirming nothing.\n"
    assert ("Kremlin", "confirmed") not in _responses(body)


# ------------------------------------------------- state media carrying a statement that confirms
def test_state_media_carrying_a_confirming_statement_is_the_states_confirmation() -> None:
    body = (
        "KCNA on Tuesday carried a statement of the Workers' Party's military commission confirming that "
        "North Korean units had fought in the Kursk region.\n"
    )
    assert ("DPRK", "confirmed") in _responses(body)


def test_one_partys_confirmation_told_twice_is_one_response() -> None:
    """Guard: the new reading must not count the lead's confirmation a second time."""
    body = (
        "North Korea confirmed on Monday that its troops had fought in Kursk.\n\n"
        "KCNA carried a statement of the party's military commission confirming that the units had been "
        "sent to Russia's Kursk region.\n"
    )
    assert _responses(body).count(("DPRK", "confirmed")) == 1


def test_a_statement_confirming_that_without_a_party_is_no_response() -> None:
    """Negative: nobody named, nobody confirms."""
    body = "A statement of unknown origin confirming that troops had moved circulated online.\n"
    assert _responses(body) == []
