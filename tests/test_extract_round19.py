"""Round 19: a body's figure given in an intelligence update is its intelligence arm's, exported
chats and threads read message by message, figures set as labels over their words, and a
capital standing for its state's bodies.

Round 19 moved the nineteenth fresh set into `dev-pending/`. Each mechanism below missed in
more than one writer's set; the sentences are written for each behaviour, not copied from any
report. Each mechanism has a case that must not change (a negative). Tests share no state
(xdist-safe).
"""

from __future__ import annotations

from tests.helpers import WIRE_HEADER, numeric_claims, read_numeric

DI = "UK Ministry of Defence (Defence Intelligence)"
MOD = "UK Ministry of Defence"
NIS = "National Intelligence Service (South Korea)"
JCS = "Joint Chiefs of Staff (South Korea)"
KIRBY = "John Kirby (White House National Security Council)"
SHOIGU = "Sergei Shoigu (Security Council of Russia)"
SSO = "Special Operations Forces of Ukraine (SSO)"


def _claimants(body: str, header: str = WIRE_HEADER) -> list[tuple[object, ...]]:
    """(claimant, low, high, qualifier) of each figure under a header."""
    return [(c, low, high, q) for c, _, low, high, q in read_numeric(body, header)]


# ------------------------------------------- an intelligence update is the intelligence arm's
def test_a_ministry_figure_given_in_its_intelligence_update_is_defence_intelligences() -> None:
    body = (
        "Britain's Defence Ministry said in an intelligence update on Saturday that North Korea had "
        "lost more than 5,500 soldiers killed or wounded in the Kursk region."
    )
    assert _claimants(body) == [(DI, 5500, None, "over")]


def test_an_intelligence_update_named_in_the_next_sentence_credits_the_figure_before() -> None:
    body = (
        "The UK Ministry of Defence estimates that more than 5,500 North Korean soldiers have been "
        "killed or wounded in Kursk. The ministry gave the estimate in its latest intelligence "
        "update on X."
    )
    assert _claimants(body) == [(DI, 5500, None, "over")]


def test_negative_a_ministry_figure_with_no_intelligence_update_stays_the_ministrys() -> None:
    body = (
        "The UK Ministry of Defence said on Saturday that more than 5,500 North Korean soldiers had "
        "been killed or wounded in the Kursk region."
    )
    assert _claimants(body) == [(MOD, 5500, None, "over")]


def test_negative_a_state_has_no_single_intelligence_arm_to_credit() -> None:
    # South Korea has two intelligence bodies in the actors file: the state keeps its figure
    body = (
        "South Korea said in an intelligence update on Monday that about 1,200 North Korean "
        "soldiers had been killed."
    )
    assert [c for c, *_ in _claimants(body)] != [NIS]


# ------------------------------------------------------------- exported chats and threads
CHAT_HEADER = "Chat export: desk group\n"


def test_a_stamped_chat_message_without_a_full_stop_is_read_as_a_sentence() -> None:
    text = (
        CHAT_HEADER + "14/01/2025, 09:02 - Min-ji: the JCS says around 1,300 North Korean casualties so far\n"
        "14/01/2025, 09:04 - Tom R: ok thanks\n"
    )
    claims = numeric_claims(text)
    assert [(c["claimant"], c["value_low"], c["qualifier"]) for c in claims] == [(JCS, 1300, "about")]


def test_a_chat_message_is_dated_by_its_own_stamp() -> None:
    text = (
        CHAT_HEADER + "13/01/2025, 22:40 - Min-ji: the JCS says around 1,300 North Korean casualties so far\n"
        "14/01/2025, 08:15 - Tom R: filed\n"
    )
    claims = numeric_claims(text)
    assert [(c["claimant"], c["stated_on"]) for c in claims] == [(JCS, "2025-01-13")]


def test_a_bracketed_stamp_and_a_forwarded_line_under_a_message_are_read_too() -> None:
    text = (
        CHAT_HEADER + "[14.01.25, 09:02:11] Oleh: Forwarded\n"
        "SSO channel: in two days of fighting our units eliminated 35 DPRK servicemen and wounded 12\n"
        "[14.01.25, 09:03:40] Tom R: noted\n"
    )
    got = sorted((c["claimant"], c["metric"], c["value_low"]) for c in numeric_claims(text))
    assert got == [(SSO, "killed", 35), (SSO, "wounded", 12)]


def test_a_thread_post_ending_with_its_counter_is_body_text() -> None:
    text = (
        "Thread\n\nJan 14, 2025 at 10:02\n"
        "Lawmakers say the NIS told them about 400 North Korean soldiers have been killed so far. 2/6\n"
        "Jan 14, 2025 at 10:05\n"
        "More soon. 3/6\n"
    )
    assert [(c["claimant"], c["value_low"]) for c in numeric_claims(text)] == [(NIS, 400)]


def test_negative_a_page_stamp_with_views_is_no_chat_message() -> None:
    # "14.01.2025, 11:52 | Views: 3 100": a page's stamp line, not a message; nothing to read in it
    text = (
        "Kursk news\n\n14.01.2025, 11:52 | Views: 3 100 | 18+\n\n"
        "The weather in Kursk was cold on Tuesday, with 12 centimetres of snow.\n"
    )
    assert numeric_claims(text) == []


def test_negative_a_transcript_turn_with_a_time_code_keeps_its_speaker() -> None:
    text = (
        "Press briefing transcript\n\nJanuary 14, 2025\n\n"
        "[00:01:10] JOHN KIRBY: We think about 1,200 North Korean soldiers have been killed or wounded.\n"
    )
    assert [c["claimant"] for c in numeric_claims(text)] == [KIRBY]


# --------------------------------------------------------------- figures set as labels
#: A web page's header (a column of figures, a carousel): the layout figure labels come in.
PAGE_HEADER = "The Weekly Ledger\nNews | World | Sport\n\nThe week in numbers\n\nSaturday 18 January 2025 · By the data desk\n\n"


def _labelled(body: str) -> list[tuple[object, ...]]:
    return _claimants(body, PAGE_HEADER)


def test_a_figure_on_its_own_line_is_read_with_the_words_under_it() -> None:
    body = (
        "1,200\n"
        "North Korean soldiers killed or wounded in Kursk in the past week, according to John Kirby "
        "of the White House.\n"
    )
    assert _labelled(body) == [(KIRBY, 1200, 1200, "exact")]


def test_a_label_takes_the_qualifier_its_words_give_the_same_number() -> None:
    body = (
        "1,200\n"
        "North Korean soldiers killed or wounded in Kursk in the past week, according to John Kirby "
        "of the White House. Kirby called it roughly 1,200.\n"
    )
    assert _labelled(body) == [(KIRBY, 1200, 1200, "about")]


def test_a_slide_label_with_a_plus_goes_on_its_lower_case_noun() -> None:
    body = "Slide 2/5: 7,000+. Casualties, according to UK Defence Intelligence on X, 3 May 2025.\n"
    assert _labelled(body) == [(DI, 7000, None, "over")]


def test_a_label_over_a_people_noun_and_a_name_reads_as_the_count_of_that_noun() -> None:
    body = "Card 3/4: 2,000. Sappers Kim Jong Un will send to Kursk, Sergei Shoigu said in Pyongyang.\n"
    got = [(c["claimant"], c["value_low"]) for c in numeric_claims(PAGE_HEADER + body)]
    assert got == [(SHOIGU, 2000)]


def test_a_label_with_plus_written_out_counts_more_than_it() -> None:
    body = "2,500-plus\nNorth Korean soldiers killed or wounded, by the NIS's count on Monday.\n"
    assert _labelled(body) == [(NIS, 2500, None, "over")]


def test_negative_a_label_over_words_with_their_own_figure_adds_nothing() -> None:
    body = "90K.\nAt least 90,000 Russian soldiers killed or wounded in Kursk, Oleksandr Syrskyi said.\n"
    assert [(low, q) for _, low, _, q in _labelled(body)] == [(90000, "at_least")]


def test_negative_a_numbered_list_item_is_no_figure_label() -> None:
    body = "Results:\n1. NIS says at least 150 North Korean troops killed\n2. Weather in Kursk turns colder\n"
    assert [low for _, low, _, _ in _labelled(body)] != [1]
    assert all(low != 1 for _, low, _, _ in _labelled(body))


# ---------------------------------------------------- a capital stands for its state's bodies
def test_seouls_intelligence_service_is_the_nis() -> None:
    body = "Seoul's intelligence service said on Monday that about 350 North Korean soldiers had been killed."
    assert _claimants(body) == [(NIS, 350, 350, "about")]


def test_negative_seoul_alone_is_still_the_state() -> None:
    body = "Seoul said on Monday that about 350 North Korean soldiers had been killed."
    assert [c for c, *_ in _claimants(body)] == ["South Korea"]


# ------------------------------------------------- verbs of judging and giving a figure
WESTERN = "Western officials"
ZELENSKYY = "Volodymyr Zelenskyy"


def test_officials_who_thought_a_figure_claim_it() -> None:
    body = (
        "Western officials, briefing reporters on Tuesday, thought about 1,300 North Koreans had been killed."
    )
    assert _claimants(body) == [(WESTERN, 1300, 1300, "about")]


def test_a_speaker_who_gave_a_figure_straight_after_the_verb_claims_it() -> None:
    body = "Zelensky himself gave 4,200 killed or wounded in a radio interview on Sunday."
    assert _claimants(body) == [(ZELENSKYY, 4200, 4200, "exact")]


def test_negative_people_who_gave_over_the_holidays_claim_nothing() -> None:
    body = "Thank you to the 64 of you who gave over the holidays to our appeal for the border villages."
    assert _claimants(body) == []
