"""Newspaper columns pasted from an e-paper (session 16): 28-40 characters a line, words broken at
a hyphen, a folio line above. Writer 70's blind set of such pages scored numeric F1 0.06, since
lines that narrow were never taken for wrapped text and each line was read as a paragraph.

The texts are written for each behaviour, not copied from any report; the guard keeps a page of
short one-line items (a ticker, a list of headlines) apart.
"""

from __future__ import annotations

from etl.extract import extract
from etl.extract.document import _wrap_width, parse_layout
from etl.extract.review import MARK_CLOSE, MARK_OPEN, quote_in_context

NIS = "National Intelligence Service (South Korea)"

COLUMN = """A4 | WORLD | Thursday, January 16, 2025

Seoul counts 300
dead in Kursk

By Mara Lindqvist

SEOUL - About 300 North Korean
soldiers fighting for Russia have
been killed and 2,700 wounded in
the Kursk region, South Korea's
spy agency told lawmakers on Mon-
day, according to a lawmaker who
attended the closed-door brief-
ing.

Two North Korean soldiers were
captured on Jan. 9 in the Kursk
region, the agency said. North
Korea did not comment on the re-
port.

Continued on A5
"""

TICKER = """NEWS TICKER - 14 February 2025

Seoul: North Korean troops back at front
Kremlin declines to comment on Seoul claim
Kyiv reports heavy fighting near Sudzha
Oil prices rise on supply worries
Markets close higher in Tokyo and Seoul
Storm warning issued for the east coast
Parliament debates defence budget today
"""


def test_a_narrow_newspaper_column_is_read_as_wrapped_paragraphs() -> None:
    got = {(c["claimant"], c["metric"], c["value_low"], c["qualifier"]) for c in extract(COLUMN).claims}
    assert (NIS, "killed", 300, "about") in got
    assert (NIS, "wounded", 2700, "about") in got


def test_a_word_broken_at_a_column_s_edge_is_whole_again() -> None:
    paragraphs = parse_layout(COLUMN).paragraphs
    assert any("on Monday, according to a lawmaker" in p and "closed-door briefing." in p for p in paragraphs)


def test_a_column_s_statement_day_counts_from_the_folio_date() -> None:
    days = {c["stated_on"] for c in extract(COLUMN).claims if c["metric"] in ("killed", "wounded")}
    assert days == {"2025-01-13"}


def test_a_column_s_silence_and_capture_day_are_read() -> None:
    e = extract(COLUMN)
    assert ("DPRK", "no_comment") in {(r["responder"], r["stance"]) for r in e.responses}
    assert [(ev["title"], ev["date_start"]) for ev in e.events] == [
        ("Two North Korean soldiers captured in Kursk Oblast", "2025-01-09")
    ]


def test_a_ticker_of_short_one_line_items_is_not_taken_for_a_column() -> None:
    assert _wrap_width(TICKER.splitlines()) is None


def test_a_quote_joined_across_a_column_s_broken_word_is_found_in_context() -> None:
    e = extract(COLUMN)
    quote = next(c["quote"] for c in e.claims if c["metric"] == "killed")
    shown = quote_in_context(COLUMN, quote)
    assert "not found verbatim" not in shown
    assert shown.startswith("…") or "A4 | WORLD" in shown
    assert f"{MARK_OPEN}{quote}{MARK_CLOSE}" in shown


def test_a_quote_that_is_not_in_the_report_is_still_said_to_be_missing() -> None:
    assert "not found verbatim" in quote_in_context(COLUMN, "About 900 North Korean soldiers were lost.")


def test_a_quote_is_found_past_a_superscript_note_number_it_leaves_out() -> None:
    """(session 23) A PDF's "Kursk Oblast,¹ Ser-" / "gei Shoigu": the quote the extractor keeps reads
    "Kursk Oblast, Sergei Shoigu" (note number dropped, word joined); the review page still shows
    it in its context."""
    text = (
        "had 'highly likely' suffered more than 6,000 casualties in Kursk Oblast,¹ Ser-\n"
        "gei Shoigu was in Pyongyang with a request for labour rather than riflemen.\n"
    )
    shown = quote_in_context(
        text, "more than 6,000 casualties in Kursk Oblast, Sergei Shoigu was in Pyongyang"
    )
    assert "not found verbatim" not in shown and MARK_OPEN in shown
    assert "not found verbatim" in quote_in_context(text, "more than 7,000 casualties in Kursk Oblast")
