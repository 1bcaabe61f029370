"""Round 47 (session 24): an analyst's clip file of posts, each under a one-line head naming its
number, account, platform, day and time ("[2] HUR · Telegram · Sat 14 Dec · 18:05").

The texts are invented for each behaviour, not copied from any report; negatives guard what must
not change. Tests share no state (xdist-safe).
"""

from __future__ import annotations

from typing import Any

from etl.extract import extract

CLIPS = (
    "CLIPS: North Korean troops in Kursk, week 52\n"
    "M. Lindqvist · compiled Mon 23 Dec 2024, 08:10 CET\n\n"
    "[1] Yuri Podolyaka (Russian blogger) · Telegram · Wed 18 Dec · 22:15\n"
    "Our neighbours in Kursk are holding well; the enemy left the field near Kremyanoye.\n\n"
    "→ no figures. Unofficial, as ever.\n\n"
    "[2] HUR · Telegram · Fri 20 Dec · 17:40\n"
    "Since December 14 at least 200 North Korean servicemen have been killed on the Kursk front.\n\n"
    "→ a running total, not the week alone.\n\n"
    "[3] @kursk_watcher · X · Sat 21 Dec · 09:05\n"
    "Kremlin declined to comment on the Ukrainian intelligence figure.\n\n"
    "[4] @armchair_general · X · Sun 22 Dec · 19:30\n"
    "My own guess: 400 dead at least, and nobody will ever say so.\n"
)


def _claims(text: str) -> list[dict[str, Any]]:
    return extract(text).claims


def test_a_clip_head_gives_the_post_below_its_account_and_its_day() -> None:
    """The post under "[2] HUR · Telegram · Fri 20 Dec · 17:40" has no verb of saying: its figure is
    HUR's, stated on the head's day (in the year of the file's own date)."""
    got = [c for c in _claims(CLIPS) if c["value_low"] == 200]
    assert len(got) == 1, got
    hur = got[0]
    assert hur["claimant"] == "Defense Intelligence of Ukraine (HUR)"
    assert (hur["stated_on"], hur["stated_on_precision"]) == ("2024-12-20", "day")
    assert (hur["metric"], hur["subject"], hur["qualifier"]) == ("killed", "DPRK forces", "at_least")


def test_a_clip_of_an_unknown_account_gives_its_numbers_to_nobody() -> None:
    """A commenter's handle is no actor: its own guess ("400 dead at least") is not a claim, and no
    claim names the handle."""
    claims = _claims(CLIPS)
    assert not [c for c in claims if c["value_low"] == 400], claims
    assert not [c for c in claims if "@" in str(c["claimant"])], claims


def test_a_head_dated_after_the_file_is_of_the_year_before() -> None:
    """A clip file compiled on 3 January: "Mon 30 Dec" is last year's December, not next December."""
    text = (
        "CLIPS: Kursk, week 1\n"
        "R. Ortiz · compiled Fri 3 Jan 2025, 10:00 CET\n\n"
        "[1] HUR · Telegram · Mon 30 Dec · 12:05\n"
        "At least 30 North Korean soldiers were killed or wounded near Plekhovo over the weekend.\n"
    )
    got = [c for c in _claims(text) if c["value_low"] == 30]
    assert len(got) == 1, got
    assert got[0]["claimant"] == "Defense Intelligence of Ukraine (HUR)"
    assert got[0]["stated_on"] == "2024-12-30"


def test_share_furniture_with_platform_names_is_no_clip_head() -> None:
    """ "Share: Facebook · X · Telegram" names platforms but no day and time: the story's own
    dateline still dates its claims."""
    text = (
        "Kyiv Post\n\nHUR: at least 30 North Korean soldiers killed or wounded\n\n"
        "December 16, 2024\n\nShare: Facebook · X · Telegram\n\n"
        "Ukraine's military intelligence (HUR) said on Monday that at least 30 North Korean "
        "soldiers were killed or wounded near Plekhovo on December 14 and 15.\n"
    )
    got = [c for c in _claims(text) if c["value_low"] == 30]
    assert len(got) == 1, got
    assert got[0]["claimant"] == "Defense Intelligence of Ukraine (HUR)"
    assert got[0]["stated_on"] == "2024-12-16"
