"""Round 66 (session 37): search-engine and news-aggregator result pages pasted as text (set 215:
Google, Bing, DuckDuckGo, Naver and Yandex result lists, Google News story pages; each result a site
name, a breadcrumb, a title and a snippet cut with '…', its age relative to the capture stamp the
analyst pasted at the top; scored blind by the starting rules: numeric F1 0.933, all claims 0.889,
statement dates 34 of 56, then read).

The texts are invented for each behaviour, not copied from any report; negatives guard what must
not change. Tests share no state (xdist-safe).
"""

from __future__ import annotations

from typing import Any

from etl.extract import extract
from tests.helpers import numeric_claims


def _rows(text: str) -> list[tuple[Any, ...]]:
    """(claimant, metric, low figure, high figure, qualifier, stated_on) of every numeric claim."""
    return sorted(
        (c["claimant"], c["metric"], c["value_low"], c["value_high"], c["qualifier"], c["stated_on"])
        for c in numeric_claims(text)
    )


_HEAD = (
    'Search results — "north korean troops" casualties\n'
    "example-search.com/search?q=north+korean+troops+casualties\n"
    "copied Thu 16 Jan 2025, 07:40 CET\n\n"
    "All   News   Images   Videos\n\n"
)


def test_a_result_pages_capture_stamp_dates_the_page_and_its_results_ages() -> None:
    """The stamp pasted over a result list is the page's date, and each result's age ("14 hours
    ago", "Yesterday, 21:15") names a day counted from it (14 hours before 07:40 is the day
    before), from which the snippet's "on Wednesday" and its undated "said" are read."""
    text = _HEAD + (
        "Northline Herald\n"
        "https://www.northline.example › world › nis-briefing...\n"
        "Seoul: 300 North Korean troops killed in Kursk\n"
        "14 hours ago — South Korea's National Intelligence Service told lawmakers on Wednesday that "
        "about 300 North Korean soldiers have been killed in Russia's Kursk region ...\n\n"
        "Kyiv Wire\n"
        "https://kyivwire.example › news › hur...\n"
        "HUR: dozens of North Koreans killed near Plekhovo\n"
        "Yesterday, 21:15 — Ukraine's military intelligence said on Telegram that 40 North Korean "
        "soldiers were killed near Plekhovo ...\n"
    )
    ex = extract(text)
    assert ex.document["published_at"] == "2025-01-16T07:40"
    assert _rows(text) == [
        ("Defense Intelligence of Ukraine (HUR)", "killed", 40, 40, "exact", "2025-01-15"),
        ("National Intelligence Service (South Korea)", "killed", 300, 300, "about", "2025-01-15"),
    ]


def test_a_korean_result_pages_ages_count_from_its_stamp() -> None:
    """Naver's "1일 전" (a day ago) after the outlet's name; the snippet's "Thursday" counts from
    the capture's Friday."""
    text = (
        "NAVER  |  북한군 사상자\n"
        "search.naver.com/search.naver?where=news&query=북한군+사상자 — copied Fri 17 Jan 2025 08:30 KST\n"
        "통합   뉴스   이미지\n\n"
        "Seoul Wire   1일 전   네이버뉴스\n"
        "N. Korean casualties reach 3,000\n"
        "South Korea's Joint Chiefs of Staff said Thursday that about 3,000 North Korean soldiers had "
        "been killed or wounded in Kursk ...\n"
    )
    assert extract(text).document["published_at"] == "2025-01-17T08:30"
    assert _rows(text) == [
        ("Joint Chiefs of Staff (South Korea)", "killed_or_wounded", 3000, 3000, "about", "2025-01-16")
    ]


def test_a_stamp_that_is_no_result_pages_is_not_read_as_one() -> None:
    """An article that says it was "copied" and "2 days ago" in its prose is no result page: its
    dateline dates it and its ages are left to the reader as they were."""
    text = (
        "Kursk front: the week in numbers\n"
        "14 January 2025\n\n"
        "The figures copied from the agency's statement two days ago were revised. South Korea's "
        "National Intelligence Service said on Monday that about 300 North Korean soldiers had been "
        "killed in Kursk.\n"
    )
    assert _rows(text) == [
        ("National Intelligence Service (South Korea)", "killed", 300, 300, "about", "2025-01-13")
    ]
