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
from etl.extract.document import _is_result_page, _meta_line_day, _result_page_lines
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
    assert ex.document["published_at"] == "2025-01-16T07:40+01:00"  # CET (QA pass 40 #6)
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
    assert extract(text).document["published_at"] == "2025-01-17T08:30+09:00"  # KST
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


def test_a_results_date_is_when_its_snippet_was_published_and_its_weekday_counts_back() -> None:
    """A result dated "Nov 5, 2024 ·" (or "— ") whose snippet says "on Monday": the date is the
    snippet's, so the briefing was the Monday before it, not that Tuesday."""
    text = _HEAD.replace("Thu 16 Jan 2025, 07:40", "Fri 8 Nov 2024, 09:00") + (
        "Seoul Herald\n"
        "https://www.seoulherald.example › national › pentagon...\n"
        "Pentagon: 11,000-12,000 N. Korean troops in Russia\n"
        "Nov 5, 2024 · Pentagon press secretary Maj. Gen. Pat Ryder told a press briefing on Monday that "
        "between 11,000 and 12,000 North Korean troops are now in Russia ...\n\n"
        "Steppe Post\n"
        "https://steppe.example › news › blogger...\n"
        "Blogger: 200 killed in Plekhovo assault\n"
        "6 November 2024 — A Russian military blogger, Vladimir Romanov, wrote on Telegram on Tuesday "
        "that more than 200 Ukrainian soldiers were killed near Plekhovo ...\n"
    )
    assert _rows(text) == [
        ("Pat Ryder (US Department of Defense)", "troops_deployed", 11000, 12000, "range", "2024-11-04"),
        ("Vladimir Romanov (Russian military blogger)", "killed", 200, None, "over", "2024-11-05"),
    ]


def test_a_timelines_dated_item_on_another_page_keeps_its_own_day() -> None:
    """On a page that is no result list, a timeline's dated item is when its statement was made,
    as before: its "on Monday" does not move it."""
    text = (
        "Kursk: a timeline\n"
        "20 March 2025\n\n"
        "* 11 March 2025 - Pentagon press secretary Pat Ryder told a press briefing on Monday that "
        "3,000 North Korean troops are in Kursk.\n"
    )
    assert _rows(text) == [
        ("Pat Ryder (US Department of Defense)", "troops_deployed", 3000, 3000, "exact", "2025-03-11")
    ]


def test_a_results_source_line_dates_the_snippet_under_its_title() -> None:
    """A news tab's result: "Site · 17 Jan 2025" (or its age), the title, then the snippet: the
    snippet was published that day, so its undated "told" is that day's; a cluster's line
    "Site · age · text" is a dated snippet too."""
    text = (
        "Newsfinder — News\n"
        "newsfinder.example/?q=north+korean+troops&ia=news\n"
        "copied Thu 30 Jan 2025, 08:00 CET\n\n"
        "Steppe Post · 17 Jan 2025\n"
        "Around 500 North Koreans killed, officials say\n"
        "About 500 North Korean soldiers had been killed in the Kursk region by mid-January, Western "
        "officials told the Steppe Post in an anonymous briefing …\n"
        "    Seoul Wire · 17 Jan 2025 · About 500 N. Korean troops killed in Kursk: officials\n\n"
        "Kyiv Wire · 4 days ago\n"
        "Budanov interview\n"
        "  Yonhap · 4 days ago · Ukraine's military intelligence chief Kyrylo Budanov said in an "
        "interview that about 3,000 North Korean soldiers had been killed or wounded in Kursk …\n"
    )
    assert _rows(text) == [
        ("Kyrylo Budanov (HUR)", "killed_or_wounded", 3000, 3000, "about", "2025-01-26"),
        ("Western officials", "killed", 500, 500, "about", "2025-01-17"),
    ]


def test_a_cut_snippet_ending_on_its_ellipsis_keeps_its_figure() -> None:
    """A snippet cut after its figure's clause ("…, lower than Kyiv's figure …") under a source line
    with its age is read with its day."""
    text = _HEAD + (
        "Atlas Review · 3 days ago\n"
        "North Korean casualties: how the counts differ\n"
        "… South Korea's Joint Chiefs of Staff estimated on Monday that North Korean casualties in "
        "Kursk numbered around 1,100, lower than Kyiv's figure …\n"
    )
    assert _rows(text) == [
        ("Joint Chiefs of Staff (South Korea)", "killed_or_wounded", 1100, 1100, "about", "2025-01-13")
    ]


def test_a_clusters_headline_with_no_snippet_under_it_is_not_dated_as_one() -> None:
    """An aggregator's story cluster: a source line and a headline with nothing under it but the
    next source line: the headline is not made a dated snippet (an unrelated story's figure)."""
    text = _HEAD + (
        "  Harbour Daily · 5 hours ago\n"
        "  Harbour festival draws 250,000 visitors, organisers say\n"
        "    Full coverage\n\n"
        "  Kyiv Wire · 9 hours ago\n"
        "  Storm knocks out power in the capital\n"
        "    Full coverage\n"
    )
    assert _rows(text) == []


def test_a_people_also_ask_answer_is_dated_by_its_source_line_and_read_though_cut() -> None:
    """A 'People also ask' answer cut with '…' is a sentence, not a heading, and the source line
    under it ("steppe.example · Jan 10, 2025") dates it; a numbered date before a snippet
    ("2025.01.08. — …") is read as the result's day. A video's view-count line is no source line."""
    text = _HEAD + (
        "People also ask\n"
        "  How many North Korean soldiers have been wounded?\n"
        "    Western officials estimate that about 2,500 North Korean soldiers have been wounded in "
        "Kursk so far …\n"
        "    steppe.example · Jan 10, 2025\n"
        "  Where are the North Korean soldiers fighting?\n\n"
        "Videos\n"
        "  North Korean soldiers in Kursk: drone footage of the assault    3:12\n"
        "  1.4M views · 2 days ago · YouTube\n\n"
        "Web results\n"
        "Seoul Wire\n"
        "seoulwire.example › politics › ...\n"
        "NIS: additional troops sent\n"
        "2025.01.08. — South Korea's National Intelligence Service said on Tuesday that North Korea "
        "had sent 1,500 more troops to Russia …\n"
    )
    assert _rows(text) == [
        ("National Intelligence Service (South Korea)", "troops_deployed", 1500, 1500, "exact", "2025-01-07"),
        ("Western officials", "wounded", 2500, 2500, "about", "2025-01-10"),
    ]
    assert extract(text).events == []


def test_a_dated_snippet_is_a_paragraph_apart_from_the_title_above_it() -> None:
    """A result's title sums, rounds or cuts what its snippet says ("… to send 3K military workers
    …: Shoigu"): the dated snippet under it starts a paragraph of its own, so the title is not read
    as the snippet's first sentence however long it is."""
    lines = (
        _HEAD
        + "Northline Herald\n"
        + "Kim Jong Un to send 3K military workers to rebuild Russia's Kursk region: Shoigu\n"
        + "Yesterday — Shoigu said that one thousand sappers and two thousand builders would go …\n"
    ).split("\n")
    out = _result_page_lines(lines)
    at = next(k for k, ln in enumerate(out) if ln.startswith("15 January 2025 — Shoigu said"))
    assert out[at - 1] == "" and out[at - 2].startswith("Kim Jong Un to send 3K")
    assert _result_page_lines(lines[3:]) == lines[3:]  # (no search page's head, no stamp: as it was)


def test_wounded_men_whose_capture_is_quoted_are_a_count_of_the_captured() -> None:
    """ "the three injured soldiers were "taken prisoner … near Sudzha"": a snippet quotes the
    capture; the count is of prisoners ("injured" describes them), as without the quote marks. A
    quoted verb that is no capture leaves the wounded a count of wounded."""
    text = (
        "Kursk\n20 February 2025\n\n"
        "Ukraine's military intelligence said on Wednesday that the three injured soldiers were "
        '"taken prisoner … near Sudzha on February 17".\n'
    )
    assert [(c["metric"], c["value_low"], c["period_start"]) for c in numeric_claims(text)] == [
        ("captured", 3, "2025-02-17")
    ]
    other = text.replace('"taken prisoner … near Sudzha on February 17"', '"evacuated … from Sudzha"')
    assert [(c["metric"], c["value_low"]) for c in numeric_claims(other)] == [("wounded", 3)]


_HUR_PAGE = (
    'Search results — "north korean" kursk hur\n'
    "example-search.com/search?q=north+korean+kursk+hur\n"
    "copied Thu 19 Dec 2024, 07:40 CET\n\n"
    "Kyiv Wire\n"
    "kyivwire.example › news › hur-50-killed...\n"
    "HUR: 50 North Koreans killed near Malaya Loknya\n"
    "1 day ago — Ukraine's military intelligence said on Telegram on Wednesday that 50 North Korean "
    "soldiers were killed near Malaya Loknya …\n\n"
    "Harbour Daily\n"
    "harbour.example › world › north-korean-wounded...\n"
    "North Korean wounded in Kursk\n"
    '1 day ago — … "Another 12 North Korean servicemen were wounded in the same fighting," the '
    "intelligence agency said …\n"
)


def test_the_intelligence_agency_is_the_intelligence_body_named_before() -> None:
    """A copy cut before its source's name says only "the intelligence agency": the intelligence
    body named last (in the result above), as "the agency" and "the spy agency" already were."""
    assert _rows(_HUR_PAGE) == [
        ("Defense Intelligence of Ukraine (HUR)", "killed", 50, 50, "exact", "2024-12-18"),
        ("Defense Intelligence of Ukraine (HUR)", "wounded", 12, 12, "exact", "2024-12-18"),
    ]


def test_the_intelligence_agency_is_not_a_ministry_named_before() -> None:
    """ "the intelligence agency" is no ministry: with only Russia's Defence Ministry named above,
    the cut copy's figure is nobody's."""
    text = _HUR_PAGE.replace(
        "Ukraine's military intelligence said on Telegram on Wednesday that 50 North Korean soldiers",
        "Russia's Defence Ministry said on Wednesday that 50 Ukrainian soldiers",
    )
    assert _rows(text) == [("Russian Ministry of Defense", "killed", 50, 50, "exact", "2024-12-18")]


_COPIES_PAGE = (
    "Search results — jcs north korean casualties\n"
    "example-search.com/search?q=jcs+north+korean+casualties\n"
    "copied Sat 29 Mar 2025, 09:10 CET\n\n"
    "Seoul Wire · 2 days ago\n"
    "JCS: North Korean casualties near 2,000\n"
    "South Korea's Joint Chiefs of Staff said in a statement on Thursday that around 2,000 North "
    "Korean soldiers had been killed or injured in the Kursk region …\n\n"
    "Web results\n"
    "Steppe Post\n"
    "steppe.example › news › ...\n"
    "JCS: 2,000 North Koreans have died\n"
    "27 Mar 2025 — South Korea's Joint Chiefs of Staff said on Thursday that 2,000 North Korean "
    "soldiers have died in Kursk …\n"
)


def test_a_copy_that_drops_the_qualifier_and_narrows_the_noun_is_the_same_claim() -> None:
    """Two results print one statement of the same day: one "around 2,000 … killed or injured",
    a web copy "2,000 … have died". On a result page that is one claim, with the fuller wording."""
    assert _rows(_COPIES_PAGE) == [
        ("Joint Chiefs of Staff (South Korea)", "killed_or_wounded", 2000, 2000, "about", "2025-03-27")
    ]


def test_a_figure_of_another_day_is_not_a_copy() -> None:
    """The same body's same figure on another day is another statement: both stay."""
    text = _COPIES_PAGE.replace(
        "27 Mar 2025 — South Korea's Joint Chiefs of Staff said on Thursday",
        "19 Mar 2025 — South Korea's Joint Chiefs of Staff said on Wednesday",
    )
    assert _rows(text) == [
        ("Joint Chiefs of Staff (South Korea)", "killed", 2000, 2000, "exact", "2025-03-19"),
        ("Joint Chiefs of Staff (South Korea)", "killed_or_wounded", 2000, 2000, "about", "2025-03-27"),
    ]


def test_a_relayers_said_day_closing_the_sentence_dates_the_relayed_figure() -> None:
    """ "Budanov told a visiting delegation … that casualties had reached about 5,000, the
    delegation's head Anna Weber said on Tuesday, March 18": the day the relayer spoke is when the
    figure was made public, not a day the figure counts (no one-day period). A day after "by"
    counts the figure as before."""
    text = (
        "Kursk\n20 March 2025\n\n"
        "Ukraine's military intelligence chief Kyrylo Budanov told a visiting German delegation in Kyiv "
        "that North Korean casualties in Kursk had reached about 5,000, the delegation's head Anna "
        "Weber said on Tuesday, March 18.\n"
    )
    (claim,) = numeric_claims(text)
    assert (claim["claimant"], claim["value_low"], claim["stated_on"]) == (
        "Kyrylo Budanov (HUR)",
        5000,
        "2025-03-18",
    )
    assert (claim["basis"], claim["period_start"]) == ("cumulative", "")
    other = (
        "Kursk\n20 March 2025\n\n"
        "Ukraine's military intelligence chief Kyrylo Budanov said that about 5,000 North Korean "
        "soldiers had been killed or wounded by Tuesday, March 18.\n"
    )
    assert [c["stated_on"] for c in numeric_claims(other)] == [""]


def _all_rows(text: str) -> list[tuple[Any, ...]]:
    """(claimant, metric, low figure) of every claim, figure-less ones too."""
    return sorted((c["claimant"], c["metric"], c["value_low"] or 0) for c in extract(text).claims)


def test_a_force_counted_and_its_losses_told_without_a_figure_are_two_claims() -> None:
    """'"There are 12,000 of them," the president said, adding that the soldiers had already
    suffered losses': the count, and the losses as a figure-less claim of their own; a count with
    no word of losses is one claim."""
    text = (
        "Kursk\n8 November 2024\n\n"
        '"There are 12,000 of them," Zelenskyy told reporters in Kyiv on Thursday, saying North Korean '
        "soldiers in Russia's Kursk region were in combat and had already suffered losses.\n"
    )
    assert _all_rows(text) == [
        ("Volodymyr Zelenskyy", "killed_or_wounded", 0),
        ("Volodymyr Zelenskyy", "troops_deployed", 12000),
    ]
    plain = text.replace(" and had already suffered losses", "")
    assert _all_rows(plain) == [("Volodymyr Zelenskyy", "troops_deployed", 12000)]


def _spans(text: str) -> list[tuple[Any, ...]]:
    """(metric, basis, period start, period end) of every numeric claim."""
    return sorted((c["metric"], c["basis"], c["period_start"], c["period_end"]) for c in numeric_claims(text))


def test_the_tolls_other_half_told_as_the_injured_shares_its_span() -> None:
    """ "… killed in Kursk this month and the injured are approaching 1,000": the toll's two halves
    share the month, as "and the number of wounded is approaching" did; a figure after "since" is
    still a running total."""
    text = (
        "Kursk\n19 December 2024\n\n"
        "South Korea's spy agency said Thursday that at least 100 North Korean soldiers have been "
        "killed in fighting in Kursk this month and the injured are approaching 1,000, a lawmaker "
        "told reporters.\n"
    )
    assert _spans(text) == [
        ("killed", "period", "2024-12-01", "2024-12-19"),
        ("wounded", "period", "2024-12-01", "2024-12-19"),
    ]
    total = text.replace(
        "the injured are approaching 1,000", "the injured are approaching 1,000 since August"
    )
    assert ("wounded", "cumulative", "", "") in _spans(total)


def test_result_ages_in_other_interfaces_and_short_forms_count_from_the_stamp() -> None:
    """Beyond set 215's forms: a result list in a German, Japanese or Chinese interface, or with
    short ages ("3h ago", "2d ago"), or "Today": each age is the day it names, from the stamp."""
    lines = [
        "Suchergebnisse — Startpage",
        "startpage.example/do/search?query=nordkorea+kursk",
        "pasted Thu 16 Jan 2025, 07:40 CET",
        "",
        "Kyiv Wire · vor 3 Tagen",
        "Tokyo Wire · 3時間前",
        "Beijing Wire · 2天前",
        "Harbour Daily · 2d ago",
        "Steppe Post · 9h ago",
        "Seoul Wire · Today, 06:10",
    ]
    out = _result_page_lines(lines)
    assert out[0] == "16 January 2025, 07:40"
    assert [ln.split(" · ")[1] for ln in out[5:]] == [
        "13 January 2025",
        "16 January 2025",
        "14 January 2025",
        "14 January 2025",
        "15 January 2025",
        "16 January 2025",
    ]


def test_a_side_named_by_its_capital_lost_troops_is_a_loss() -> None:
    """ "Gerasimov said Kyiv lost more than 76,000 troops in the Kursk adventure": Kyiv is
    Ukraine, and troops lost are losses, as after "has lost"; troops sent stay a deployment."""
    text = (
        "Kursk\n26 April 2025\n\nGerasimov said Kyiv lost more than 76,000 troops in the Kursk adventure.\n"
    )
    (claim,) = numeric_claims(text)
    assert (claim["claimant"], claim["metric"], claim["value_low"], claim["qualifier"]) == (
        "Valery Gerasimov",
        "killed_or_wounded",
        76000,
        "over",
    )
    sent = text.replace(
        "Kyiv lost more than 76,000 troops in the Kursk adventure", "Pyongyang sent 12,000 troops to Kursk"
    )
    assert [c["metric"] for c in numeric_claims(sent)] == ["troops_deployed"]


def test_a_clusters_copy_headline_that_names_its_speaker_first_is_their_sentence() -> None:
    """Under a story's result, its copies' lines "Site · age · headline": a headline that names its
    speaker first ("Gerasimov: Kyiv lost more than 50,000 troops …") is the speaker's sentence,
    though it has no full stop; one that names a source last ("…: Harbour Daily") is not read."""
    text = (
        "Newsfinder — Top stories\n"
        "news.google.example/topstories?hl=en — saved Tue 29 Apr 2025, 07:30 CEST\n\n"
        "  Steppe Post · 3 days ago\n"
        "  Kremlin claims Kursk retaken\n"
        "  Chief of the General Staff Valery Gerasimov told Vladimir Putin in a video conference on "
        "Saturday that the Kursk region had been fully retaken …\n"
        "    Wire One · 3 days ago · Gerasimov: Kyiv lost more than 50,000 troops in the Kursk adventure\n"
        "    Seoul Wire · 3 days ago · About 2,000 N. Korean troops killed in Kursk: Harbour Daily\n"
        "    Full coverage\n"
    )
    assert _rows(text) == [("Valery Gerasimov", "killed_or_wounded", 50000, None, "over", "2025-04-26")]


def test_a_print_header_dates_a_result_page_and_other_separators_set_off_a_results_date() -> None:
    """Beyond set 215's forms: a result list printed from the browser, its header "16/01/2025,
    07:40 … - Search" the capture's day; a source line "Site — 2 days ago" or "Site | 2 days ago";
    a date set off by " - " before a snippet."""
    lines = [
        "16/01/2025, 07:40                 north korean troops kursk - Search",
        "",
        "example-search.com/search?q=north+korean+troops+kursk",
        "Steppe Post — 2 days ago",
        "Kyiv Wire | 1 day ago",
        "2025.01.12. - South Korea's National Intelligence Service said that 1,500 more troops were sent …",
    ]
    out = _result_page_lines(lines)
    assert out[0] == "16 January 2025, 07:40"
    assert _meta_line_day(out[4]) == "14 January 2025"
    assert _meta_line_day(out[5]) == "15 January 2025"
    assert out[-1].startswith("12 January 2025 — South Korea's") and out[-2] == ""


def test_a_feed_naming_a_search_namespace_is_no_result_page() -> None:
    """An RSS feed whose head names Yahoo's media namespace ("search.yahoo.com/mrss/") is no result
    list: only a search address with its query ("…/search?q=") says so."""
    assert not _is_result_page(
        [
            '<rss version="2.0" xmlns:media="http://search.yahoo.com/mrss/">',
            "<channel>",
            "<title>Feed</title>",
        ]
    )
    assert _is_result_page(["ya.ru/search/?text=kursk", "", "Search   Images"])


def test_an_answer_ending_on_its_source_and_date_is_dated_by_it_but_a_wire_dateline_is_kept() -> None:
    """A 'People also ask' answer that ends on its source ("… - Steppe Post, Jan 10, 2025") is a
    result of that day; a snippet that opens on its wire dateline ("SEOUL, Jan. 15 -- …") keeps
    it and is not dated again by its source line."""
    text = _HEAD + (
        "People also ask\n"
        "> How many North Korean soldiers are in Russia?\n"
        "  More than 11,000 North Korean soldiers have been sent to Russia, according to US and "
        "South Korean officials. - Steppe Post, Jan 10, 2025\n\n"
        "Seoul Wire | 1 day ago\n"
        "NIS: 300 North Koreans killed\n"
        "SEOUL, Jan. 13 -- South Korea's National Intelligence Service told lawmakers on Monday that "
        "about 300 North Korean soldiers had been killed in Kursk ...\n"
    )
    assert _rows(text) == [
        ("National Intelligence Service (South Korea)", "killed", 300, 300, "about", "2025-01-13"),
        ("US and South Korean officials", "troops_deployed", 11000, None, "over", "2025-01-10"),
    ]


def test_a_stamp_at_the_foot_of_a_result_page_counts_its_ages() -> None:
    """The save stamp pasted under the list ("Saved 16 Jan 2025, 07:40") dates the page as one over
    it does: "5 days ago" is the 11th, and the snippet's undated "said" is that day's."""
    text = (
        "north korean troops kursk - Search\n"
        "About 1,240,000 results (0.41 seconds)\n\n"
        "Top stories\n"
        "  Harbour Daily · 5 days ago\n"
        "  Zelenskyy: 3,000 North Koreans killed or wounded\n"
        "  Writing on Telegram, Ukraine's president Volodymyr Zelenskyy said that more than 3,000 North "
        "Korean soldiers had been killed or wounded in the Kursk region.\n\n"
        "  1  2  3  Next >\n"
        "Saved 16 Jan 2025, 07:40\n"
    )
    assert _rows(text) == [("Volodymyr Zelenskyy", "killed_or_wounded", 3000, None, "over", "2025-01-11")]


def test_an_article_naming_an_engine_or_an_aggregator_is_no_result_page() -> None:
    """A news article that says "Follow us on Google News" or comes from a portal's news pages
    (Naver, Daum) is no result list: its dated items keep their own days, as on any other page."""
    text = (
        "Kursk: a timeline\n"
        "20 March 2025\n"
        "Follow us on Google News · Naver · Daum\n\n"
        "* 11 March 2025 - Pentagon press secretary Pat Ryder told a press briefing on Monday that "
        "3,000 North Korean troops are in Kursk.\n"
    )
    assert not _is_result_page(text.split("\n"))
    assert _rows(text) == [
        ("Pat Ryder (US Department of Defense)", "troops_deployed", 3000, 3000, "exact", "2025-03-11")
    ]


def test_a_results_breadcrumb_with_its_day_dates_a_snippet_with_no_age() -> None:
    """A result with no age of its own but a dated address ("steppepost.example › 2025/01/07 ›
    nis-…", or "› 20250112 ›"): its snippet was published that day, and its "on Monday" counts back
    from it; a snippet already dated ("12 Jan 2025 — …") is not dated twice."""
    text = _HEAD + (
        "Steppe Post\n"
        "https://www.steppepost.example › 2025/01/07 › nis-briefing...\n"
        "NIS: 300 North Koreans killed in Kursk\n"
        "South Korea's National Intelligence Service told lawmakers on Monday that about 300 North "
        "Korean soldiers had been killed in Kursk …\n\n"
        "Harbour Daily\n"
        "harbour.example › world › 20250112 › kirby...\n"
        "Kirby: 1,000 casualties\n"
        "12 Jan 2025 — White House national security spokesman John Kirby told reporters on Friday that "
        "North Korean troops in Kursk had suffered more than 1,000 casualties …\n"
    )
    assert _rows(text) == [
        (
            "John Kirby (White House National Security Council)",
            "killed_or_wounded",
            1000,
            None,
            "over",
            "2025-01-10",
        ),
        ("National Intelligence Service (South Korea)", "killed", 300, 300, "about", "2025-01-06"),
    ]
