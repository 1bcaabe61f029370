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
