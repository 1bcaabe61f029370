"""A forwarded mail thread pasted with the forwarder's note above its header (Outlook's habit)."""

from __future__ import annotations

import pytest

from etl.extract import extract

THREAD = """{note}From: Kim, Jiwoo <jkim@example.org>
Sent: Tuesday, December 17, 2024 9:14 AM
To: Desk <desk@example.org>
Subject: FW: HUR on NK losses

From: Newswire Alerts <alerts@wire.example>
Sent: Monday, December 16, 2024 6:02 PM
Subject: Ukraine says at least 30 North Korean soldiers killed or wounded

Ukraine's military intelligence (HUR) said on Monday that at least 30 North Korean soldiers were killed or \
wounded near Plekhovo on Dec. 14 and 15. Russia did not comment.
"""


@pytest.mark.parametrize(
    "note",
    ["", "FYI - see the HUR figure below, we should log it.\n\n", "Adding to the log.\nThanks, M.\n\n"],
    ids=["no note", "one line", "two lines"],
)
def test_a_forwarders_note_above_the_header_leaves_the_mail_its_title_and_date(note: str) -> None:
    """The note over "From: … / Sent: … / Subject: FW: …" was taken for the page's first line:
    the document had no title."""
    x = extract(THREAD.format(note=note))
    assert (x.document["title"], x.document["published_at"]) == ("HUR on NK losses", "2024-12-17T09:14")
    assert [(c["value_low"], c["stated_on"], c["period_start"]) for c in x.claims] == [
        (30, "2024-12-16", "2024-12-14")
    ]


def test_a_note_with_a_figure_of_its_own_stays_text() -> None:
    """A note that says something with a figure is read, not lifted into the header."""
    note = (
        "HUR now says at least 40 North Korean soldiers were killed near Plekhovo, per the Monday post.\n\n"
    )
    x = extract(THREAD.format(note=note))
    assert 40 in [c["value_low"] for c in x.claims]
