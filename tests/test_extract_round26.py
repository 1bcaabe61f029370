"""Round 26: precision on ordinary news (the extra claims of writers 36 and 37).

Each test names a behaviour the round-26 rules add. The sentences are invented for each
behaviour, not copied from any report; negatives guard what must not change. Tests share no
state (xdist-safe).
"""

from __future__ import annotations

from tests.helpers import read_numeric

HEADER = "Wire\n\nMarch 3, 2025\n\nTitle\n\n"
MOD = "Russian Ministry of Defense"


def _rows(body: str) -> list[tuple[object, ...]]:
    """(claimant, metric, low, high, qualifier) of each figure under a dated header."""
    return read_numeric(body, HEADER)


# ------------------------------------------------- one figure said twice, one subject unread
def test_a_figure_restated_with_its_subject_read_is_one_claim_not_two() -> None:
    body = (
        "The Armed Forces of Ukraine have lost over 12,480 servicemen in the Belgorod direction "
        "since the start of fighting, the Russian Defense Ministry said on Monday.\n\n"
        '"Since the start of fighting in the Belgorod direction, the enemy has lost over 12,480 '
        'servicemen and 91 tanks," the ministry said in a statement.\n'
    )
    assert _rows(body) == [(MOD, "killed_or_wounded", 12480, None, "over")]


def test_two_different_figures_of_one_claimant_both_stay() -> None:
    body = (
        "The Armed Forces of Ukraine have lost over 12,480 servicemen in the Belgorod direction "
        "since the start of fighting, the Russian Defense Ministry said on Monday.\n\n"
        '"Since the start of fighting in the Belgorod direction, the enemy has lost over 13,100 '
        'servicemen and 91 tanks," the ministry said in a statement.\n'
    )
    assert len(_rows(body)) == 2


# ------------------------------------------------- a proportion is no count
def test_one_in_five_is_a_proportion_not_a_count_of_wounded() -> None:
    body = "Kyiv says one in five North Korean soldiers has been wounded, the NIS said.\n"
    assert _rows(body) == []


def test_two_out_of_every_three_is_a_proportion_not_a_count() -> None:
    body = "Ukraine's General Staff said two out of every three Russian soldiers sent there were killed.\n"
    assert _rows(body) == []


def test_a_count_followed_by_in_and_a_place_still_counts() -> None:
    body = "South Korea's NIS said on Monday that about 300 North Korean soldiers were killed in Kursk.\n"
    assert _rows(body) == [("National Intelligence Service (South Korea)", "killed", 300, 300, "about")]


# ------------------------------------------------- asked or put to the test, not asserted
def test_a_yes_no_question_about_a_figure_is_no_claim() -> None:
    body = "Did Kyiv say 9,000 North Korean soldiers died in Kursk?\n"
    assert _rows(body) == []


def test_a_fact_checks_claim_line_quotes_the_wording_it_tests() -> None:
    body = 'CLAIM: "Kyiv says 9,000 North Korean soldiers have been killed in Kursk."\n'
    assert _rows(body) == []


def test_posts_shared_a_counted_number_of_times_are_still_hearsay() -> None:
    body = (
        "Posts shared more than 1,200 times since Monday claim that Kyiv's military said "
        "9,000 North Korean soldiers had died in Kursk.\n"
    )
    assert _rows(body) == []


def test_a_statement_that_is_no_question_still_counts() -> None:
    body = "South Korea's NIS said on Monday that about 300 North Korean soldiers had died in Kursk.\n"
    assert _rows(body) == [("National Intelligence Service (South Korea)", "killed", 300, 300, "about")]


# ------------------------------------------------- the writer's arithmetic is nobody's claim
def test_a_daily_rate_the_writer_derives_from_a_claim_is_no_claim() -> None:
    body = (
        "Syrskyi said on Monday that Russia had lost at least 60,000 soldiers in the Belgorod operation. "
        'Syrskyi\'s "at least 60,000" would mean roughly 180 Russian casualties for every day of the '
        "operation, a rate our correspondent calculated.\n"
    )
    assert [r[2] for r in _rows(body)] == [60000]


def test_a_figure_said_to_be_reached_is_still_a_claim() -> None:
    body = "Syrskyi said on Monday that Russian losses had reached about 60,000 soldiers in Belgorod.\n"
    assert [r[2] for r in _rows(body)] == [60000]


# ------------------------------------------------- the outlet's own count
def test_a_total_by_the_outlets_own_count_is_no_claim() -> None:
    body = (
        "About 500 North Korean soldiers were killed and some 2,500 wounded, the NIS said on Monday. "
        "That puts the North's total casualties at about 3,000, by The Daily Planet's count.\n"
    )
    assert [r[2] for r in _rows(body)] == [500, 2500]


def test_a_total_by_our_reckoning_is_no_claim() -> None:
    body = (
        "About 500 North Korean soldiers were killed and some 2,500 wounded, the NIS said on Monday. "
        "That puts the North's total casualties at about 3,000, by our reckoning.\n"
    )
    assert [r[2] for r in _rows(body)] == [500, 2500]


def test_a_figure_by_a_known_sources_count_is_still_its_claim() -> None:
    body = "About 3,000 North Korean soldiers have been killed or wounded, by Zelensky's count on Monday.\n"
    assert [(r[0], r[2]) for r in _rows(body)] == [("Volodymyr Zelenskyy", 3000)]


def test_a_rate_of_one_for_every_seven_or_eight_wounded_is_no_count() -> None:
    body = (
        "South Korea's Joint Chiefs of Staff said on Monday that about 1,200 North Korean soldiers had "
        "been killed or wounded.\n\nNone of these figures can be checked. But the ratio of killed to "
        "wounded in Seoul's numbers is steady: roughly one death for every seven or eight wounded in "
        "March, against one for every nine in January.\n"
    )
    assert [r[2] for r in _rows(body)] == [1200]
