"""Round 25: ordinary news and official statements (the misses of writers 32 to 35).

Each test names a behaviour the round-25 rules add. The sentences are invented for each
behaviour, not copied from any report; negatives guard what must not change. Tests share no
state (xdist-safe).
"""

from __future__ import annotations

from tests.helpers import read_numeric

HEADER = "Wire\n\nMarch 3, 2025\n\nTitle\n\n"
RYDER = "Pat Ryder (US Department of Defense)"
NIS = "National Intelligence Service (South Korea)"


def _rows(body: str) -> list[tuple[object, ...]]:
    """(claimant, metric, low, high, qualifier) of each figure under a dated header."""
    return read_numeric(body, HEADER)


# ------------------------------------------------- a briefing's topic opener is no speaker
def test_a_topic_opener_before_a_colon_in_a_briefing_turn_leaves_the_turns_speaker() -> None:
    body = (
        "MAJ. GEN. PAT RYDER: Thanks for coming.\n\n"
        "On North Korea: the department assesses that some 9,500 DPRK troops are now in Russia.\n"
    )
    assert _rows(body) == [(RYDER, "troops_deployed", 9500, 9500, "about")]


def test_a_name_before_a_colon_without_a_topic_word_still_speaks() -> None:
    body = "South Korea's NIS: about 1,500 North Korean troops have arrived in Russia.\n"
    assert _rows(body) == [(NIS, "troops_deployed", 1500, 1500, "about")]


# ------------------------------------------------- a handful of soldiers is no deployment
def test_a_handful_of_soldiers_named_again_is_no_deployment_figure() -> None:
    body = (
        "South Korea's NIS said on Monday that about 1,500 North Korean troops had arrived in Russia. "
        "One of the two soldiers questioned by the agency, it said, had served in a storm unit.\n"
    )
    assert _rows(body) == [(NIS, "troops_deployed", 1500, 1500, "about")]


def test_a_force_of_hundreds_is_still_a_deployment_figure() -> None:
    body = "South Korea's NIS said on Monday that about 300 North Korean engineers had arrived in Russia.\n"
    assert _rows(body) == [(NIS, "troops_deployed", 300, 300, "about")]


# ------------------------------------------------- a figure given, with its occasion between
def test_a_figure_given_with_the_occasion_between_verb_and_figure_is_the_givers() -> None:
    body = (
        "President Volodymyr Zelensky had given on Sunday, in a televised interview, a figure of more "
        "than 21,000 Russian soldiers killed or wounded in the Kursk region.\n"
    )
    assert _rows(body) == [("Volodymyr Zelenskyy", "killed_or_wounded", 21000, None, "over")]


# ------------------------------------------------- "the agency said, according to <name>"
def test_a_body_that_said_it_according_to_a_named_relay_is_the_claimant() -> None:
    body = (
        "About 2,500 North Korean troops have arrived in Russia, the NIS said on Tuesday, "
        "according to Park.\n"
    )
    assert _rows(body) == [(NIS, "troops_deployed", 2500, 2500, "about")]


def test_a_sentence_full_stop_is_no_part_of_an_unknown_sources_name() -> None:
    body = "About 2,500 North Korean troops have arrived in Russia, according to Halvorsen.\n"
    assert _rows(body) == [("Halvorsen", "troops_deployed", 2500, 2500, "about")]


# ------------------------------------------------- outlets named with a country; unnamed media
def test_a_country_glued_by_a_hyphen_to_an_outlets_name_is_not_the_state() -> None:
    body = (
        "RBC-Ukraine reported on Sunday that Global Defense Corp said about 700 North Korean "
        "soldiers were killed in a strike in the Kursk region.\n"
    )
    assert _rows(body) == [("Global Defense Corp", "killed", 700, 700, "about")]


def test_unnamed_media_that_had_earlier_said_a_figure_do_not_inherit_the_last_speaker() -> None:
    body = (
        "Zelensky said on Monday that 600 North Korean soldiers were killed in Kursk. "
        "Russian media had earlier said a strike killed 14 soldiers and wounded 41.\n"
    )
    assert _rows(body) == [("Volodymyr Zelenskyy", "killed", 600, 600, "exact")]


# ------------------------------------------------- the UK's intelligence arm
UK_DI = "UK Ministry of Defence (Defence Intelligence)"


def test_a_ministrys_intelligence_as_the_speaker_is_its_intelligence_arm() -> None:
    body = (
        "The British Defence Ministry's intelligence said on Friday that North Korean forces have "
        "suffered more than 3,500 casualties in the Kursk region.\n"
    )
    assert _rows(body) == [(UK_DI, "killed_or_wounded", 3500, None, "over")]


def test_a_ministry_speaking_without_its_intelligence_stays_the_ministry() -> None:
    body = (
        "The UK Ministry of Defence said on Friday that North Korean forces have suffered more than "
        "3,500 casualties in the Kursk region.\n"
    )
    assert _rows(body) == [("UK Ministry of Defence", "killed_or_wounded", 3500, None, "over")]


def test_weighing_in_on_a_day_with_a_figure_is_giving_it() -> None:
    body = (
        "Britain's Defence Intelligence weighed in on 2 March with more than 3,500 casualties among "
        "the North Korean troops.\n"
    )
    assert _rows(body) == [(UK_DI, "killed_or_wounded", 3500, None, "over")]


# ------------------------------------------------- "X, the <title>, went further: …, he said"
def test_he_said_after_a_colon_is_the_official_named_with_a_title_before_it() -> None:
    body = (
        "On 2 March Maj Gen Pat Ryder, the Pentagon press secretary, said the North Koreans had "
        "suffered about 700 casualties. A day later, John Kirby, the White House national security "
        "spokesman, went further: North Korea, he said, had suffered about 1,300 killed or wounded.\n"
    )
    assert _rows(body) == [
        (RYDER, "killed_or_wounded", 700, 700, "about"),
        ("John Kirby (White House National Security Council)", "killed_or_wounded", 1300, 1300, "about"),
    ]


# ------------------------------------------------- "raised the US figure to"
def test_raising_a_countrys_figure_to_a_range_continues_the_count_before() -> None:
    body = (
        "On 1 March Pentagon spokeswoman Sabrina Singh put the North Korean contingent in Russia at "
        "around 9,000. A day later, Maj. Gen. Pat Ryder raised the US figure to 9,500 to 10,500.\n"
    )
    assert _rows(body) == [
        ("Sabrina Singh (US Department of Defense)", "troops_deployed", 9000, 9000, "about"),
        (RYDER, "troops_deployed", 9500, 10500, "range"),
    ]


def test_speaking_of_a_quoted_bare_figure_continues_the_count_before() -> None:
    body = (
        "On 1 March Pentagon spokeswoman Sabrina Singh put the North Korean contingent in Russia at "
        'around 9,000. South Korea\'s National Intelligence Service spoke of "more than 9,500" on 4 March.\n'
    )
    assert _rows(body) == [
        ("Sabrina Singh (US Department of Defense)", "troops_deployed", 9000, 9000, "about"),
        (NIS, "troops_deployed", 9500, None, "over"),
    ]
