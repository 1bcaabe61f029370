"""A publication time keeps the zone its page wrote (QA pass 40 #6).

The build stores every `published_at` in UTC and takes a time without an offset as UTC. The
extractor used to write "2024-12-18T09:30" for a Seoul feed's "09:30:00 +0900", so the database
said 09:30 UTC, nine hours late. It now writes the offset the page gives ("+09:00"), converts a
zone's name ("KST", "Kyiv time", "ET") to the offset it had on that day, and writes no offset where
the page gives none or only an ambiguous abbreviation ("IST", "BST", "CST"). The day the page is
read against ("on Monday") stays the page's own local day.

The texts are invented for each behaviour. Tests share no state (xdist-safe).
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from etl.core.contract import PUBLISHED_AT_RE
from etl.extract import extract, rx
from etl.extract.inputs import Source, extract_source

BODY = (
    "\n\nUkraine's military intelligence agency said on Monday that at least 30 North Korean soldiers "
    "were killed or wounded near Plekhovo.\n"
)


def _published(dateline: str) -> str:
    return str(extract("North Korean losses\n\n" + dateline + BODY).document["published_at"])


@pytest.mark.parametrize(
    ("dateline", "expected"),
    [
        ("Dec 16, 2024 09:00 KST", "2024-12-16T09:00+09:00"),
        ("16.12.2024 14:20 (Kyiv time)", "2024-12-16T14:20+02:00"),
        ("2024-12-16 09:00 +0900", "2024-12-16T09:00+09:00"),
        ("December 16, 2024, 4:10 p.m. ET", "2024-12-16T16:10-05:00"),
        ("June 16, 2025, 4:10 p.m. ET", "2025-06-16T16:10-04:00"),
        ("Dec 16, 2024 11:05 GMT", "2024-12-16T11:05+00:00"),
        ("Dec 16, 2024 11:05 UTC+3", "2024-12-16T11:05+03:00"),
        ("Dec 16, 2024 11:05 MSK", "2024-12-16T11:05+03:00"),
    ],
)
def test_a_datelines_written_zone_becomes_its_offset(dateline: str, expected: str) -> None:
    got = _published(dateline)
    assert got == expected
    assert rx.match(PUBLISHED_AT_RE, got)  # what the build reads and stores in UTC


@pytest.mark.parametrize(
    "dateline",
    ["Dec 16, 2024 09:00", "Dec 16, 2024 09:00 IST", "Dec 16, 2024 09:00 BST", "Dec 16, 2024 09:00 CST"],
)
def test_no_zone_or_an_ambiguous_one_gives_no_offset(dateline: str) -> None:
    # (negative) IST is India, Ireland or Israel; BST Britain or Bangladesh; CST China or Chicago
    assert _published(dateline) == "2024-12-16T09:00"


def test_a_zone_after_another_time_in_the_body_is_not_the_pages() -> None:
    # (negative) the page's own time has no zone; a time in the body with one is not its time
    text = (
        "North Korean losses\n\nDec 16, 2024 09:00"
        "\n\nUkraine's military intelligence agency said at 14:00 KST on Monday that at least 30 North "
        "Korean soldiers were killed or wounded near Plekhovo.\n"
    )
    assert extract(text).document["published_at"] == "2024-12-16T09:00"


def test_an_rss_feeds_offset_is_kept_and_its_day_is_still_seouls() -> None:
    rss = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Peninsula Desk</title>
<lastBuildDate>Tue, 17 Dec 2024 01:30:00 +0900</lastBuildDate>
<item><title>Losses</title><pubDate>Tue, 17 Dec 2024 01:10:00 +0900</pubDate>
<description>Ukraine's military intelligence agency said on Monday that at least 30 North Korean soldiers were killed or wounded near Plekhovo.</description></item>
<item><title>Weather</title><pubDate>Mon, 16 Dec 2024 23:50:00 +0900</pubDate>
<description>Snow is expected in the capital.</description></item>
</channel></rss>
"""
    got = extract(rss)
    published = str(got.document["published_at"])
    assert published == "2024-12-17T01:30+09:00"
    # the same instant in UTC is the 16th, 16:30: what the Sources page will show
    assert datetime.fromisoformat(published).astimezone(UTC) == datetime(2024, 12, 16, 16, 30, tzinfo=UTC)
    # "on Monday" still counts from the item's Seoul day, Tuesday the 17th
    assert [c["stated_on"] for c in got.claims if c["value_low"] == 30] == ["2024-12-16"]


def test_a_json_articles_offset_is_kept() -> None:
    doc = (
        '{"headline": "North Korean losses", "datePublished": "2024-12-16T09:00:00-05:00", '
        '"articleBody": "Ukraine\'s military intelligence agency said on Monday that at least 30 North '
        'Korean soldiers were killed or wounded near Plekhovo."}'
    )
    assert extract(doc).document["published_at"] == "2024-12-16T09:00-05:00"


def test_an_emails_date_header_keeps_its_offset() -> None:
    mail = (
        "From: Desk <desk@example.org>\nDate: Mon, 16 Dec 2024 07:58:31 -0500\nSubject: NK losses\n\n"
        "Ukraine's military intelligence agency said on Monday that at least 30 North Korean soldiers "
        "were killed or wounded near Plekhovo.\n"
    )
    assert extract(mail).document["published_at"] == "2024-12-16T07:58-05:00"


def test_a_pages_metadata_time_keeps_its_offset() -> None:
    src = Source("page.html", "North Korean losses" + BODY, published="2024-12-16T09:00:00+09:00")
    assert extract_source(src).document["published_at"] == "2024-12-16T09:00+09:00"
    day = Source("page.html", "North Korean losses" + BODY, published="2024-12-16")
    assert extract_source(day).document["published_at"] == "2024-12-16"
