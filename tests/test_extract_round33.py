"""Round 33: responses (denials, confirmations, silence) and who gave them.

Each test names a behaviour the round-33 rules add. The sentences are invented for each
behaviour, not copied from any report; negatives guard what must not change. Tests share no
state (xdist-safe).
"""

from __future__ import annotations

from etl.extract import extract

HEADER = "Wire\n\nMarch 3, 2025\n\nTitle\n\n"
LEAD = "Seoul's spy agency said on Monday that about 900 North Korean soldiers had been wounded.\n\n"
DPRK_UN = "Permanent Mission of the DPRK to the United Nations"
RUSSIA_UN = "Permanent Mission of Russia to the United Nations"
PESKOV = "Dmitry Peskov (Kremlin)"


def _responses(body: str) -> list[tuple[str, str]]:
    """(responder, stance) of each response read under a dated header and a claim."""
    e = extract(HEADER + LEAD + body)
    return [(r["responder"], r["stance"]) for r in e.responses]


# ------------------------------------------------------------ "Neither X nor Y has admitted"
def test_neither_has_admitted_is_silence_of_both() -> None:
    body = "Neither Moscow nor Pyongyang has publicly admitted that the soldiers are in Kursk.\n"
    assert _responses(body) == [("Russia", "no_comment"), ("DPRK", "no_comment")]


def test_never_admitted_is_silence() -> None:
    body = "Pyongyang has never admitted that its men fight in Kursk.\n"
    assert _responses(body) == [("DPRK", "no_comment")]


def test_admitted_alone_stays_a_confirmation() -> None:
    """Negative: an admission with no negation is still a confirmation."""
    body = "Pyongyang admitted on Tuesday that its men fight in Kursk.\n"
    assert ("DPRK", "confirmed") in _responses(body)


# ------------------------------------------------------------- other words for silence
def test_did_not_reply_is_silence() -> None:
    body = "The Kremlin did not reply to written questions on Tuesday.\n"
    assert _responses(body) == [("Kremlin", "no_comment")]


def test_remained_silent_is_silence() -> None:
    body = "Moscow has remained silent about the wounded.\n"
    assert _responses(body) == [("Russia", "no_comment")]


def test_refused_to_discuss_is_silence() -> None:
    body = "The Kremlin has refused to discuss the wounded soldiers.\n"
    assert _responses(body) == [("Kremlin", "no_comment")]


def test_no_comment_from_names_who_after() -> None:
    body = "There was no immediate comment from Pyongyang on the figure.\n"
    assert _responses(body) == [("DPRK", "no_comment")]


# ------------------------------------------------------------------ a state's UN mission
def test_capital_possessive_mission_is_the_un_mission() -> None:
    body = "Pyongyang's mission to the United Nations did not answer a request for comment.\n"
    assert _responses(body) == [(DPRK_UN, "no_comment")]


def test_bare_possessive_mission_is_the_un_mission() -> None:
    body = "North Korea's mission did not respond to questions on Tuesday.\n"
    assert _responses(body) == [(DPRK_UN, "no_comment")]


def test_mission_of_the_country_is_the_un_mission() -> None:
    body = "The mission of the Russian Federation did not respond to questions on Tuesday.\n"
    assert _responses(body) == [(RUSSIA_UN, "no_comment")]


def test_a_countrys_embassy_is_the_country() -> None:
    body = "The Russian Embassy in Oslo did not respond to questions on Tuesday.\n"
    assert _responses(body) == [("Russia", "no_comment")]


def test_possessive_embassy_is_the_country() -> None:
    body = "North Korea's embassy in Minsk did not respond to questions on Tuesday.\n"
    assert _responses(body) == [("DPRK", "no_comment")]


# ------------------------------------------------------------- "called them groundless"
def test_called_them_groundless_is_a_denial() -> None:
    body = 'North Korea\'s mission called them "baseless, malicious rumours" at a UN meeting.\n'
    assert _responses(body) == [(DPRK_UN, "denied")]


def test_called_the_reports_fake_news_is_a_denial() -> None:
    body = 'Dmitry Peskov called the first reports "yet another piece of fake news" on Friday.\n'
    assert _responses(body) == [(PESKOV, "denied")]


def test_looked_like_fake_news_is_a_denial() -> None:
    body = 'Dmitry Peskov said the story looked like "more fake news" to him.\n'
    assert _responses(body) == [(PESKOV, "denied")]


def test_called_it_a_provocation_is_no_denial() -> None:
    """Negative: a name for the incursion is a characterisation, not a denial."""
    body = "Vladimir Putin called it a provocation.\n"
    assert _responses(body) == []


# ----------------------------------------------- "He also acknowledged": the person just named
def test_he_acknowledged_is_the_person_named_before() -> None:
    body = (
        "On Sunday, Valery Gerasimov told Vladimir Putin by video link that the village of Gornal "
        "had been retaken.\n\nHe also acknowledged, for the first time, that North Korean units had "
        "fought near Sudzha.\n"
    )
    assert ("Valery Gerasimov", "confirmed") in _responses(body)


def test_he_said_is_no_confirmation() -> None:
    """Negative: a pronoun with a plain verb of saying is no response."""
    body = (
        "On Sunday, Valery Gerasimov told Vladimir Putin by video link that the village of Gornal "
        "had been retaken.\n\nHe also said that the operation was over.\n"
    )
    assert ("Valery Gerasimov", "confirmed") not in _responses(body)


# ------------------------------------ an outsider "confirmed that troops were sent": its own claim
def test_an_outsiders_confirmation_is_its_own_claim() -> None:
    body = "NATO Secretary General Mark Rutte confirmed on Tuesday that North Korean units were in Kursk.\n"
    assert _responses(body) == []


def test_a_partys_own_confirmation_stays_a_response() -> None:
    """Negative: a side of the fighting owning up is a confirmation."""
    body = "Pyongyang confirmed on Tuesday that North Korean units were in Kursk.\n"
    assert ("DPRK", "confirmed") in _responses(body)


# ---------------------------------------------- more ways to say the reports are untrue, and who
def test_called_reports_of_the_deployment_groundless_is_a_denial() -> None:
    body = 'Pyongyang\'s mission called reports of the deployment "baseless fabrications" in May.\n'
    assert _responses(body) == [(DPRK_UN, "denied")]


def test_said_they_were_groundless_is_a_denial() -> None:
    body = 'North Korea\'s mission said on Tuesday that they were "groundless lies".\n'
    assert _responses(body) == [(DPRK_UN, "denied")]


def test_spoke_of_groundless_rumours_is_a_denial() -> None:
    body = 'The Permanent Mission of the DPRK to the UN spoke of "baseless rumours" in May.\n'
    assert _responses(body) == [(DPRK_UN, "denied")]


def test_a_diplomat_at_the_un_is_the_un_mission() -> None:
    body = 'A North Korean diplomat at the United Nations called them "baseless rumours" in May.\n'
    assert _responses(body) == [(DPRK_UN, "denied")]


def test_a_states_representative_at_the_un_is_the_un_mission() -> None:
    body = "North Korea's representative at the UN dismissed the reports in May.\n"
    assert _responses(body) == [(DPRK_UN, "denied")]


def test_a_figure_that_was_false_is_no_denial_without_a_speaker() -> None:
    """Negative: nobody named, no response."""
    body = "Some said the first figure was false.\n"
    assert _responses(body) == []


# ---------------------------------------------------------- two silences joined by ", and"
def test_two_silences_joined_by_and_are_two_responses() -> None:
    body = "The Kremlin has not commented on the figure, and North Korea has never admitted the deployment.\n"
    assert _responses(body) == [("Kremlin", "no_comment"), ("DPRK", "no_comment")]


def test_still_not_admitted_is_silence() -> None:
    body = "Pyongyang has still not admitted that its men fight in Kursk.\n"
    assert _responses(body) == [("DPRK", "no_comment")]


def test_has_not_disclosed_its_losses_is_silence() -> None:
    body = "Moscow has not disclosed its own losses near Sudzha.\n"
    assert _responses(body) == [("Russia", "no_comment")]


# ----------------------------------------------------- a question is no one's response
def test_a_question_about_silence_is_no_response() -> None:
    body = "Has Moscow acknowledged the wounded soldiers?\n"
    assert _responses(body) == []


def test_a_question_about_an_admission_is_no_response() -> None:
    body = "Have Moscow and Pyongyang admitted the deployment?\n"
    assert _responses(body) == []


# ------------------------------- one party's same stance on the same claims, said again, is one
def test_a_silence_told_twice_is_one_response() -> None:
    body = (
        "The Kremlin declined to comment on Tuesday.\n\n"
        "Later that day the number was repeated in Kyiv.\n\n"
        "The Kremlin has not commented since.\n"
    )
    assert _responses(body) == [("Kremlin", "no_comment")]


def test_two_stances_of_one_party_stay_two() -> None:
    """Negative: a silence and a later denial of one party are both kept."""
    body = "The Kremlin declined to comment on Tuesday.\n\nOn Friday the Kremlin denied the reports.\n"
    assert _responses(body) == [("Kremlin", "no_comment"), ("Kremlin", "denied")]


# ------------------------------------ "confirmed through an allied intelligence service": a finding
def test_confirmed_through_an_allied_service_is_a_finding_not_a_response() -> None:
    body = (
        "The NIS said on Friday it had confirmed, through an allied intelligence service, that a "
        "captured North Korean soldier had died.\n"
    )
    assert ("National Intelligence Service (South Korea)", "confirmed") not in _responses(body)


def test_confirmed_a_presidents_announcement_stays_a_response() -> None:
    """Negative: confirming what another party announced is a response."""
    body = (
        "Volodymyr Zelensky said on Saturday that two North Korean soldiers had been captured.\n\n"
        "The NIS confirmed on Sunday that the two soldiers had been captured.\n"
    )
    assert ("National Intelligence Service (South Korea)", "confirmed") in _responses(body)


# ------------------------------------------- "would neither confirm nor deny": evasion is silence
def test_neither_confirms_nor_denies_is_silence() -> None:
    body = "At a summit in Minsk, Vladimir Putin neither confirms nor denies the deployment.\n"
    assert _responses(body) == [("Vladimir Putin", "no_comment")]


def test_would_not_confirm_or_deny_is_silence() -> None:
    body = "Vladimir Putin wouldn't confirm or deny it on Friday.\n"
    assert _responses(body) == [("Vladimir Putin", "no_comment")]


def test_did_not_deny_is_silence() -> None:
    body = "Vladimir Putin, asked about the units at a summit, did not deny it.\n"
    assert _responses(body) == [("Vladimir Putin", "no_comment")]


def test_declined_to_deny_is_silence() -> None:
    body = "Vladimir Putin on Friday declined to deny that the units were in Kursk.\n"
    assert _responses(body) == [("Vladimir Putin", "no_comment")]


def test_denied_stays_a_denial() -> None:
    """Negative: a plain denial."""
    body = "Vladimir Putin on Friday denied that the units were in Kursk.\n"
    assert _responses(body) == [("Vladimir Putin", "denied")]


# ------------------------------------------ "Putin's press secretary Peskov": Peskov, not Putin
def test_the_owner_of_a_spokesman_is_not_a_responder() -> None:
    body = 'Putin\'s press secretary Dmitry Peskov called the reports "fake news" on Friday.\n'
    assert _responses(body) == [(PESKOV, "denied")]


# ----------------------------------------------- "said only …", "was checking the reports"
def test_said_only_a_quote_is_silence() -> None:
    body = 'Asked about the photographs, Vladimir Putin said only: "Pictures are pictures."\n'
    assert _responses(body) == [("Vladimir Putin", "no_comment")]


def test_said_only_that_it_was_checking_is_silence() -> None:
    body = "The NIS said only that it was checking the reports of deaths.\n"
    assert _responses(body) == [("National Intelligence Service (South Korea)", "no_comment")]


def test_said_only_a_figure_stays_a_claim() -> None:
    """Negative: "said only" before a figure gives the figure, not a silence."""
    e = extract(HEADER + "The NIS said only that about 300 North Korean soldiers had been killed.\n")
    assert e.responses == []
    assert [c["value_low"] for c in e.claims] == [300]


def test_declined_further_comment_and_to_discuss_are_silence() -> None:
    body = "The Kremlin declined further comment.\n\nMoscow has declined to discuss the deployment.\n"
    assert _responses(body) == [("Kremlin", "no_comment"), ("Russia", "no_comment")]


# --------------------------- "Kyiv denied it" where the side's one speaker is the General Staff
def test_a_capitals_denial_is_its_one_speaking_body() -> None:
    e = extract(
        HEADER + "Valery Gerasimov said on Sunday that Russian troops had retaken Gornal.\n\n"
        "Ukraine's General Staff said on Sunday that 300 Russian soldiers had been killed near Sudzha.\n\n"
        "Kyiv rejected the claim.\n"
    )
    assert [(r["responder"], r["stance"]) for r in e.responses] == [
        ("General Staff of the Armed Forces of Ukraine", "denied")
    ]


def test_a_capitals_silence_stays_the_state() -> None:
    """Negative: a silence is the state's, whoever else of its side spoke."""
    e = extract(
        HEADER + "Valery Gerasimov said on Sunday that Russian troops had retaken Gornal.\n\n"
        "Ukraine's General Staff said on Sunday that 300 Russian soldiers had been killed near Sudzha.\n\n"
        "Kyiv has not commented on the claim.\n"
    )
    assert [(r["responder"], r["stance"]) for r in e.responses] == [("Ukraine", "no_comment")]


def test_called_a_persons_claim_not_true_is_a_denial() -> None:
    body = "Ukraine's General Staff called Gerasimov's claim \"not true\" on Sunday.\n"
    assert _responses(body) == [("General Staff of the Armed Forces of Ukraine", "denied")]


def test_a_states_embassy_in_a_capital_is_the_state() -> None:
    """Negative for the spokesman's owner: "Russia's embassy in Seoul" is Russia, not Seoul's."""
    body = "Russia's embassy in Seoul did not respond to questions on Tuesday.\n"
    assert _responses(body) == [("Russia", "no_comment")]


def test_neither_has_published_a_count_is_silence() -> None:
    body = "Neither Moscow nor Pyongyang has published any count of the wounded.\n"
    assert _responses(body) == [("Russia", "no_comment"), ("DPRK", "no_comment")]


# ------------------------------------------------- more ways to call the reports fake news
def test_described_reports_as_fake_news_is_a_denial() -> None:
    body = 'Dmitry Peskov described the first reports on Friday as "yet more fake news".\n'
    assert _responses(body) == [(PESKOV, "denied")]


def test_called_an_earlier_foreign_report_fake_news_is_a_denial() -> None:
    body = 'Dmitry Peskov called an earlier South Korean report "just fake news" on Friday.\n'
    assert _responses(body) == [(PESKOV, "denied")]


def test_called_claims_by_a_minister_fake_news_is_a_denial() -> None:
    body = 'Dmitry Peskov called similar claims by a Polish minister "fake news" on Friday.\n'
    assert _responses(body) == [(PESKOV, "denied")]


def test_a_quoted_denial_is_the_speaker_named_after_it() -> None:
    body = '"It looks like more fake news," Dmitry Peskov told reporters on Friday.\n'
    assert _responses(body) == [(PESKOV, "denied")]


def test_described_the_incursion_as_a_provocation_is_no_denial() -> None:
    """Negative: a characterisation, not a denial."""
    body = "Dmitry Peskov described the incursion as a provocation.\n"
    assert _responses(body) == []


# ------------------------------------------------ two denials in one sentence, joined by "and"
def test_a_second_denial_after_and_is_its_own_response() -> None:
    body = (
        'Dmitry Peskov called the first reports "fake news", and North Korea\'s mission to the '
        'United Nations called them "baseless rumours".\n'
    )
    assert _responses(body) == [(PESKOV, "denied"), (DPRK_UN, "denied")]


def test_a_second_denial_after_while_is_its_own_response() -> None:
    body = (
        "Dmitry Peskov dismissed the reports in October, while North Korea's mission dismissed "
        "them as baseless.\n"
    )
    assert _responses(body) == [(PESKOV, "denied"), (DPRK_UN, "denied")]


# ------------------- a denial told twice, once by the state or body, once by its own speaker
def test_the_kremlins_spokesman_named_with_the_kremlin_is_the_spokesman() -> None:
    body = 'The Kremlin\'s spokesman, Dmitry Peskov, called the reports "fake news" on Friday.\n'
    assert _responses(body) == [(PESKOV, "denied")]


def test_a_states_summary_denial_is_its_speakers() -> None:
    body = 'Moscow has dismissed the reports.\n\nOn Friday Dmitry Peskov called the reports "fake news".\n'
    assert _responses(body) == [(PESKOV, "denied")]


def test_a_states_denial_alone_stays() -> None:
    """Negative: with no speaker of its own, the state's denial stays."""
    body = "Moscow has dismissed the reports.\n"
    assert _responses(body) == [("Russia", "denied")]


def test_a_states_silence_and_its_bodys_in_one_sentence_is_the_bodys() -> None:
    body = "Moscow has never confirmed the deployment, and the Kremlin declined to comment on the figure.\n"
    assert _responses(body) == [("Kremlin", "no_comment")]


def test_a_states_silence_in_another_sentence_stays() -> None:
    """Negative: told apart, the state's silence and its body's are both kept."""
    body = "Moscow has never confirmed the deployment.\n\nThe Kremlin declined to comment on the figure.\n"
    assert _responses(body) == [("Russia", "no_comment"), ("Kremlin", "no_comment")]


def test_neither_after_a_semicolon_is_silence_of_both() -> None:
    body = (
        "Seoul said the figure was rising; neither North Korea nor Russia has acknowledged the deployment.\n"
    )
    assert _responses(body) == [("DPRK", "no_comment"), ("Russia", "no_comment")]


# ------------------------------------- "declined on Friday to comment", "not confirmed by X"
def test_declined_on_a_day_to_comment_is_silence() -> None:
    body = "Dmitry Peskov declined on Friday to comment on the figure.\n"
    assert _responses(body) == [(PESKOV, "no_comment")]


def test_a_bodys_person_declines_to_comment_is_the_person() -> None:
    body = "NEWSFLASH: Kremlin's Peskov declines to comment on the figure.\n"
    assert _responses(body) == [(PESKOV, "no_comment")]


def test_not_confirmed_by_names_who_after() -> None:
    body = (
        "Bloggers said North Korean units had retaken a village, a claim not confirmed by "
        "Russia's Defence Ministry.\n"
    )
    assert _responses(body) == [("Russian Ministry of Defense", "no_comment")]


def test_has_not_mentioned_is_silence() -> None:
    body = "The Russian Defence Ministry has not mentioned the North Korean units.\n"
    assert _responses(body) == [("Russian Ministry of Defense", "no_comment")]


# ------------------------------------------ confirmations that are no one's response
def test_a_confirmation_inside_a_quoted_rumour_is_no_response() -> None:
    body = 'Posts have claimed that "South Korea has confirmed 9,000 dead North Koreans in Kursk".\n'
    assert ("South Korea", "confirmed") not in _responses(body)


def test_the_norths_admission_named_by_another_is_not_theirs() -> None:
    body = "South Korea's foreign ministry called the North's admission a confession of a crime.\n"
    assert _responses(body) == []


def test_a_possessive_admission_stays_the_owners() -> None:
    """Negative: "Pyongyang's own admission" is Pyongyang's."""
    body = "The briefing followed Pyongyang's own admission on Monday.\n"
    assert _responses(body) == [("DPRK", "confirmed")]
