"""Round 28: the misses and extras of writers 43, 44 and 48 (international outlets, the warring
sides' own media, long mixed formats).

Each test names a behaviour the round-28 rules add. The sentences are invented for each
behaviour, not copied from any report; negatives guard what must not change. Tests share no
state (xdist-safe).
"""

from __future__ import annotations

from tests.helpers import read_numeric

HEADER = "Wire\n\nMarch 3, 2025\n\nTitle\n\n"
NIS = "National Intelligence Service (South Korea)"
UA_STAFF = "General Staff of the Armed Forces of Ukraine"
SYRSKYI = "Oleksandr Syrskyi"


def _rows(body: str) -> list[tuple[object, ...]]:
    """(claimant, metric, low, high, qualifier) of each figure under a dated header."""
    return read_numeric(body, HEADER)


# ------------------------------------------------- quoted paragraphs under "X said:"
def test_quoted_paragraphs_under_a_long_said_colon_introduction_are_the_introducers() -> None:
    body = (
        "In its evening statement, published on Telegram, the General Staff said:\n\n"
        '"The enemy\'s claims do not correspond to reality."\n\n'
        '"The losses of the North Korean army in the Belgorod region amount to more than 2,100 '
        'killed and wounded."\n'
    )
    assert _rows(body) == [(UA_STAFF, "killed_or_wounded", 2100, None, "over")]


def test_a_paragraph_of_prose_between_ends_the_introduction() -> None:
    """Negative: the quoted paragraph after ordinary prose has no speaker from the intro."""
    body = (
        "In its evening statement, published on Telegram, the General Staff said:\n\n"
        '"The enemy\'s claims do not correspond to reality."\n\n'
        "The fighting went on through the night near the border villages.\n\n"
        '"More than 2,100 were killed and wounded in the Belgorod region."\n'
    )
    assert [r for r in _rows(body) if r[0] == UA_STAFF] == []


def test_a_heading_with_a_colon_introduces_no_speaker() -> None:
    """Negative: a box heading ("Figures from the front:") names nobody."""
    body = 'Figures from the front:\n\n"More than 2,100 were killed and wounded in the Belgorod region."\n'
    assert [r for r in _rows(body) if r[0] == UA_STAFF] == []


# ------------------------------------------------- the writer's own arithmetic
def test_the_pages_own_arithmetic_is_nobodys_claim() -> None:
    body = (
        "The NIS said about 500 North Korean soldiers had been killed and 3,100 wounded in Belgorod.\n\n"
        "By this page's arithmetic that puts total North Korean casualties at some 3,600.\n"
    )
    assert [r[2] for r in _rows(body)] == [500, 3100]


def test_a_named_bodys_arithmetic_stays_its_claim() -> None:
    """Negative: "by the NIS's count" is an attribution, not the outlet's sum."""
    body = "By the NIS's count, North Korean casualties in Belgorod have reached some 3,600.\n"
    assert _rows(body) == [(NIS, "killed_or_wounded", 3600, 3600, "about")]


# ------------------------------------------------- one approximation over a long pair
def test_about_carries_to_the_second_figure_across_a_long_subject() -> None:
    body = (
        "The NIS told lawmakers that about 500 North Korean soldiers fighting in the Belgorod border "
        "region had been killed and 3,100 wounded.\n"
    )
    assert _rows(body) == [
        (NIS, "killed", 500, 500, "about"),
        (NIS, "wounded", 3100, 3100, "about"),
    ]


def test_an_exact_second_figure_after_its_own_clause_stays_exact() -> None:
    """Negative: a second figure after a comma is its own statement."""
    body = "The NIS said about 500 North Korean soldiers had been killed, and 3,100 wounded.\n"
    assert _rows(body)[1][4] == "exact"


# ------------------------------------------------- a lead whose subject went unread
def test_a_lead_figure_without_its_subject_is_the_bodys_approximate_figure() -> None:
    text = (
        "Wire\n\nMarch 3, 2025\n\nNorth Korean toll rises\n\n"
        "South Korea's spy agency says another 3,100 have been wounded.\n\n"
        "About 500 North Korean soldiers have been killed and 3,100 wounded in the Belgorod region, "
        "according to South Korea's National Intelligence Service (NIS).\n"
    )
    rows = read_numeric("", text)
    assert rows == [
        (NIS, "killed", 500, 500, "about"),
        (NIS, "wounded", 3100, 3100, "about"),
    ]


# ------------------------------------------------- the staff's kinds of loss before "losses"
def test_irrecoverable_and_sanitary_losses_before_amount_to_name_each_figure() -> None:
    body = (
        "The General Staff said the irrecoverable losses of the occupiers in the Belgorod direction "
        "amount to 12,400 personnel; the sanitary losses amount to 19,800.\n"
    )
    assert [r[1:3] for r in _rows(body)] == [("killed", 12400), ("wounded", 19800)]


def test_plain_losses_before_amount_to_stay_killed_or_wounded() -> None:
    """Negative: "losses … amount to" without a kind is both."""
    body = "The General Staff said the losses of the occupiers in the Belgorod direction amount to 12,400.\n"
    assert [r[1] for r in _rows(body)] == ["killed_or_wounded"]


# ------------------------------------------------- a newspaper named after a place
def test_an_interview_with_the_washington_post_leaves_the_speaker_his_figure() -> None:
    body = (
        "Ukraine's commander-in-chief Oleksandr Syrskyi, in an interview with The Washington Post, "
        "said Russia had lost at least 40,000 soldiers killed and wounded in the Belgorod operation.\n"
    )
    assert _rows(body) == [(SYRSKYI, "killed_or_wounded", 40000, None, "at_least")]


def test_washington_alone_is_still_the_state() -> None:
    """Negative: "Washington said" is the United States."""
    body = "Washington said at least 40,000 Russian soldiers had been killed or wounded in Belgorod.\n"
    assert [r[0] for r in _rows(body)] == ["United States"]


# ------------------------------------------------- "the HUR post on Dec 16: …"
HUR = "Defense Intelligence of Ukraine (HUR)"


def test_a_bodys_post_before_a_colon_speaks_wherever_the_sentence_starts() -> None:
    body = (
        "Don't forget the HUR post on Dec 16: at least 40 North Koreans killed or wounded near "
        "Belgorod, and at least five missing.\n"
    )
    assert _rows(body) == [
        (HUR, "killed_or_wounded", 40, None, "at_least"),
        (HUR, "missing", 5, None, "at_least"),
    ]


def test_a_state_before_a_colon_gives_no_post() -> None:
    """Negative: "Remember Ukraine on Dec 16:" names no body's post; the state is not made one."""
    body = "Remember what happened near Belgorod on Dec 16: at least 40 North Koreans killed or wounded.\n"
    assert [r for r in _rows(body) if r[0] == HUR] == []


# ------------------------------------------------- an embedded channel post
def test_an_embedded_channel_posts_paragraphs_are_the_channels() -> None:
    text = (
        "Front News\n\nHUR: losses\n\n16.12.2024 | 13:20\n\n"
        "Ukraine's military intelligence reported losses among North Korean units on Monday. We publish "
        "the post in full.\n\n"
        "Defence Intelligence of Ukraine\n✅ verified channel\n\n"
        "⚡️ The North Korean army is suffering heavy losses near the Belgorod border villages\n\n"
        "On 14 December, North Korean servicemen assaulted positions near Belgorod.\n\n"
        "As a result, at least 40 soldiers of the DPRK were killed or wounded.\n\n"
        "👁 48.1K ↪ Forward\n\n"
        "The agency did not say how it obtained the figures.\n"
    )
    assert read_numeric("", text) == [(HUR, "killed_or_wounded", 40, None, "at_least")]


def test_prose_after_the_posts_view_count_is_no_longer_the_channels() -> None:
    """Negative: the post ends at its view count; a figure after it is not the channel's."""
    text = (
        "Front News\n\nHUR: losses\n\n16.12.2024 | 13:20\n\n"
        "Ukraine's military intelligence reported losses among North Korean units on Monday. We publish "
        "the post in full.\n\n"
        "Defence Intelligence of Ukraine\n✅ verified channel\n\n"
        "⚡️ The North Korean army is suffering heavy losses near the Belgorod border villages\n\n"
        "On 14 December, North Korean servicemen assaulted positions near Belgorod.\n\n"
        "👁 48.1K ↪ Forward\n\n"
        "Russia's Defence Ministry said on Sunday that more than 900 Ukrainian soldiers had been killed.\n"
    )
    assert [r[0] for r in read_numeric("", text)] == ["Russian Ministry of Defense"]


# ------------------------------------------------- the size of a whole army
def test_a_standing_armys_size_is_no_deployment() -> None:
    body = (
        "The NIS told lawmakers on Friday that North Korea had sent artillery to Russia. North Korea is "
        "estimated to have a standing army of some 1.3 million personnel, and the lawmakers said the "
        "country was also sending rocket launchers to Russia.\n"
    )
    assert _rows(body) == []


def test_a_force_sent_is_still_counted_beside_an_army() -> None:
    """Negative: troops sent to Russia stay a deployment."""
    body = "The NIS said North Korea had sent some 3,000 more troops to Russia.\n"
    assert [r[1:3] for r in _rows(body)] == [("troops_deployed", 3000)]


# ------------------------------------------------- "one of the two"
def test_one_of_the_two_counted_before_is_no_new_count() -> None:
    text = (
        "NATIONAL INTELLIGENCE SERVICE\nPress Release\n\n12 January 2025\n\n"
        "On North Korean soldiers captured near Belgorod\n\n"
        "1. The NIS has confirmed that Ukrainian forces captured two North Korean soldiers alive near "
        "Belgorod on 9 January. One of the two was wounded in the leg and the other in the hand; both "
        "are being treated in Kyiv.\n"
    )
    assert [r[1:3] for r in read_numeric("", text)] == [("captured", 2)]


# ------------------------------------------------- "lawmakers briefed by the NIS said"
def test_lawmakers_briefed_by_a_body_relay_the_bodys_figure() -> None:
    body = (
        "On 18 December, Andrii Kovalenko of Ukraine's Center for Countering Disinformation said their "
        'losses had "already exceeded 300".\n\n'
        "The next day, South Korean lawmakers briefed by the NIS said at least 150 North Korean soldiers "
        "had been killed near Belgorod.\n"
    )
    assert [r[:3] for r in _rows(body)][1] == (NIS, "killed", 150)


def test_lawmakers_who_speak_for_themselves_are_not_a_briefer() -> None:
    """Negative: lawmakers named as the speakers, with no briefer, give no body's figure."""
    body = "South Korean lawmakers said at least 150 North Korean soldiers had been killed near Belgorod.\n"
    assert [r for r in _rows(body) if r[0] == NIS] == []


# ------------------------------------------------- "it added" after a body's quotation
RU_MOD = "Russian Ministry of Defense"


def test_it_after_a_bodys_quotation_is_the_body_not_the_one_it_spoke_about() -> None:
    body = (
        "Ukraine's losses in the Belgorod direction have exceeded 9,400 servicemen, the Russian "
        "Defence Ministry said on Monday.\n\n"
        '"Units of the West group struck brigades of the Armed Forces of Ukraine near the border. '
        'Enemy manpower and vehicles were hit," the statement said.\n\n'
        '"In total, in the Belgorod direction, the enemy has lost over 9,400 servicemen," it added.\n'
    )
    assert [r[0] for r in _rows(body)] == [RU_MOD]


# ------------------------------------------------- a bare defence ministry counting Ukraine's losses
def test_a_bare_defence_ministry_counting_ukrainian_losses_is_russias() -> None:
    body = (
        "For comparison: on 2 December the Ministry of Defence stated that Ukrainian losses in the "
        "Belgorod direction had exceeded 9,400 servicemen.\n"
    )
    assert _rows(body) == [(RU_MOD, "killed_or_wounded", 9400, None, "over")]


def test_a_bare_defence_ministry_counting_north_korean_losses_stays_unnamed() -> None:
    """Negative: a bare ministry counting others' losses is not made Russia's."""
    body = (
        "The Ministry of Defence stated that North Korean losses in the Belgorod direction had exceeded "
        "900 servicemen.\n"
    )
    assert [r[0] for r in _rows(body)] != [RU_MOD]


# ------------------------------------------------- a bracketed sentence of the writer's own
def test_a_bracketed_aside_after_a_figure_is_a_sentence_of_its_own() -> None:
    body = (
        "Russia's Defence Ministry said on 2 December that Ukraine had lost over 9,400 servicemen in the "
        "Belgorod area. (That works out to more than 90 a day, by our arithmetic.) Kyiv did not respond.\n"
    )
    assert _rows(body) == [(RU_MOD, "killed_or_wounded", 9400, None, "over")]


# ------------------------------------------------- "gave an interview in which he put …"
ZELENSKY = "Volodymyr Zelenskyy"


def test_he_in_a_relative_clause_is_the_subject_who_gave_the_interview() -> None:
    body = (
        "Pat Ryder said 10,000 North Korean troops were in Russia.\n\n"
        "Then, in early January, Zelenskyy gave an interview in which he put North Korean losses at 2,900.\n"
    )
    assert [r[:3] for r in _rows(body)][1] == (ZELENSKY, "killed_or_wounded", 2900)


# ------------------------------------------------- ", and on <day> X put losses at …"
def test_a_second_body_putting_losses_at_a_figure_after_and_has_its_own_clause() -> None:
    body = (
        "By 28 March the UK's Defence Intelligence assessed more than 2,000 casualties, and on 26 April "
        "Ukraine's General Staff put total North Korean losses near Belgorod at more than 1,900 killed "
        "and wounded.\n"
    )
    assert [r[0] for r in _rows(body)] == ["UK Ministry of Defence (Defence Intelligence)", UA_STAFF]


def test_one_speakers_two_figures_joined_by_and_stay_one_speakers() -> None:
    """Negative: with no new speaker after "and", the figures stay the first speaker's."""
    body = (
        "Ukraine's General Staff said more than 1,900 North Koreans had been killed or wounded near "
        "Belgorod, and about 300 captured.\n"
    )
    assert {r[0] for r in _rows(body)} == {UA_STAFF}


# ------------------------------------------------- "Two days after X's statement, …"
def test_an_earlier_statement_that_only_dates_the_news_is_not_the_speaker() -> None:
    body = (
        "Two days after KCNA's statement, on 30 April, lawmakers leaving a closed-door briefing in Seoul "
        "said the NIS now assessed that about 700 North Korean soldiers had been killed near Belgorod.\n"
    )
    assert [r[:3] for r in _rows(body)] == [(NIS, "killed", 700)]


def test_a_statement_that_gives_the_figure_still_speaks() -> None:
    """Negative: "In KCNA's statement, …" names the speaker, not a date."""
    body = (
        "According to the NIS's statement, about 700 North Korean soldiers had been killed near Belgorod.\n"
    )
    assert [r[0] for r in _rows(body)] == [NIS]


# ------------------------------------------------- a body's short name in brackets
def test_a_bodys_bracketed_short_name_before_a_colon_leaves_it_the_speaker() -> None:
    body = (
        "The chair recalled the figures the National Intelligence Service (NIS) had given the committee "
        "in January: about 400 North Korean soldiers killed and about 2,900 wounded.\n"
    )
    assert _rows(body) == [
        (NIS, "killed", 400, 400, "about"),
        (NIS, "wounded", 2900, 2900, "about"),
    ]


# ------------------------------------------------- a chain of citations
def test_the_source_at_the_end_of_a_citation_chain_gives_the_figure() -> None:
    body = (
        "About 400 North Korean soldiers were killed in a missile strike near Belgorod, according to "
        "Yonhap, which cited a Ukrainian outlet, which in turn cited the defense website Global Defense "
        "Corp.\n"
    )
    assert [r[:3] for r in _rows(body)] == [("Global Defense Corp", "killed", 400)]


def test_according_to_a_body_alone_stays_that_body() -> None:
    """Negative: with no "which cited", the source named is the claimant."""
    body = "About 400 North Korean soldiers were killed near Belgorod, according to the NIS.\n"
    assert [r[0] for r in _rows(body)] == [NIS]


# ------------------------------------------------- a forum's quoted block under "X posted its update:"
UK_DI = "UK Ministry of Defence (Defence Intelligence)"


def test_a_quoted_block_under_a_body_posting_its_update_is_the_bodys() -> None:
    body = (
        "UK Defence Intelligence just posted their update on X:\n\n"
        "> North Korean forces have likely suffered more than 7,000 casualties near Belgorod.\n"
    )
    assert _rows(body) == [(UK_DI, "killed_or_wounded", 7000, None, "over")]


def test_a_quoted_block_under_a_heading_has_no_speaker_from_it() -> None:
    """Negative: a heading with a colon hands no speaker to the block under it."""
    body = (
        "Latest numbers from the front:\n\n> North Korean forces have suffered more than 7,000 casualties.\n"
    )
    assert [r for r in _rows(body) if r[0] == UK_DI] == []


# ------------------------------------------------- "he said more than N had been lost"
def test_a_bare_count_lost_right_after_a_loss_count_is_counted_again() -> None:
    body = (
        "Zelenskyy said 2,800 North Korean soldiers had been killed or wounded.\n\n"
        "Last week, in an interview with the Associated Press, he said more than 3,000 had been lost.\n"
    )
    assert [r[:3] for r in _rows(body)] == [
        (ZELENSKY, "killed_or_wounded", 2800),
        (ZELENSKY, "killed_or_wounded", 3000),
    ]


def test_a_bare_count_lost_with_no_loss_count_before_is_no_count() -> None:
    """Negative: with nothing counted before, "3,000 had been lost" may be anything."""
    body = "Last week, in an interview with the Associated Press, Zelenskyy said more than 3,000 had been lost.\n"
    assert _rows(body) == []
