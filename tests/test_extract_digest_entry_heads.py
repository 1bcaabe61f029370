"""A monitoring digest's entry heads ("2024-12-02 | Russian Ministry of Defence (statement)")."""

from __future__ import annotations

from etl.extract import extract
from etl.extract.document import _is_furniture

DIGEST = """BALTIC CHANNEL WATCH - weekly review
20/12/2024

2024-12-18 | Russian Ministry of Defence (statement)
On Wednesday the ministry said Ukraine had lost more than 40,000 servicemen in the Kursk area since August.

2024-12-16 | Defense Intelligence of Ukraine (Telegram)
The agency wrote that at least 30 North Korean soldiers were killed or wounded near Plekhovo.
"""


def test_the_source_an_entry_head_names_is_whom_the_ministry_points_back_to() -> None:
    """(round 68, set 219's miss) "the ministry said" under an entry head naming the ministry was
    given to the source of the entry before: the head, short and unpunctuated with a bar in it,
    was dropped as a breadcrumb."""
    got = [(c["claimant"], c["value_low"], c["stated_on"]) for c in extract(DIGEST).claims]
    assert got == [
        ("Russian Ministry of Defense", 40000, "2024-12-18"),
        ("Defense Intelligence of Ukraine (HUR)", 30, "2024-12-16"),
    ]


def test_a_breadcrumb_with_a_bar_is_still_furniture() -> None:
    assert _is_furniture("Home | World | Europe")
    text = "Home | World\nKyiv Post\nDecember 16, 2024\n\nHUR said on Monday that 30 North Korean soldiers were killed.\n"
    assert [c["value_low"] for c in extract(text).claims] == [30]
