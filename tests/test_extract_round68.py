"""Round 68 (session 39): statement dates and periods written every way (set 219: weekdays and
holidays counted from the page, Roman-numeral, slashed and dotted dates in the page's own order,
times with zones across midnight, a named past day, spans named again; scored blind by the starting
rules: numeric F1 0.940, all claims 0.907, statement dates 31 of 50, then read), and two cases of
QA pass 42 (a day that opens an account of a killing; "Over the past day, December 15").

The texts are invented for each behaviour, not copied from any report, and go beyond the set's own
wordings; negatives guard what must not change. Tests share no state (xdist-safe).
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from etl.extract import extract
from etl.extract.dates import find_dates
from tests.helpers import numeric_claims

_HEAD = "THE RIVERSIDE OBSERVER\nWorld | Monday, December 16, 2024\n\n"


def _rows(text: str, head: str = _HEAD) -> list[tuple[Any, ...]]:
    """(claimant, metric, low figure, stated_on, basis, period start, period end) of each figure."""
    return sorted(
        (
            c["claimant"],
            c["metric"],
            c["value_low"] if c["value_low"] is not None else c["value_high"],
            c["stated_on"],
            c["basis"],
            c["period_start"],
            c["period_end"],
        )
        for c in numeric_claims(head + text)
    )


_HUR = "Defense Intelligence of Ukraine (HUR)"
_GS = "General Staff of the Armed Forces of Ukraine"
_NIS = "National Intelligence Service (South Korea)"
_JCS = "Joint Chiefs of Staff (South Korea)"


# -- QA pass 42: a day that opens the account, and a named past day ---------------------------------


def test_a_day_opening_an_account_of_a_killing_dates_the_killing_not_the_statement() -> None:
    """ "On December 15, 30 … were killed or wounded near Plekhovo, HUR reports": the day opens
    the account of the killing (a one-day period); the present-tense "reports" is the page's day."""
    assert _rows(
        "On December 15, 30 North Korean soldiers were killed or wounded near Plekhovo, Ukraine's military "
        "intelligence (HUR) reports.\n"
    ) == [(_HUR, "killed_or_wounded", 30, "2024-12-16", "period", "2024-12-15", "2024-12-15")]
    # further down the page too, and "says"
    assert _rows(
        "Fighting went on along the border over the weekend.\n\n"
        "On Saturday, about 40 North Korean troops were killed near Kurilovka, Ukraine's military "
        "intelligence says.\n"
    ) == [(_HUR, "killed", 40, "2024-12-16", "period", "2024-12-14", "2024-12-14")]
    # a bound in words before the figure
    assert _rows(
        "On December 15, as many as 30 North Korean soldiers were wounded near Plekhovo, Ukraine's military "
        "intelligence reports.\n"
    ) == [(_HUR, "wounded", 30, "2024-12-16", "period", "2024-12-15", "2024-12-15")]


def test_a_day_before_the_speaker_still_dates_the_statement() -> None:
    """Negative: "On Saturday, HUR said 200 were killed": the day opens the statement."""
    assert _rows(
        "On Saturday, Ukraine's military intelligence said 200 North Korean soldiers had been killed.\n"
    ) == [(_HUR, "killed", 200, "2024-12-14", "cumulative", "", "")]


def test_a_past_tense_attribution_after_an_opening_day_keeps_it_and_gets_its_period() -> None:
    """ "On Saturday, about 40 … were killed near Kurilovka, HUR said": the past tense names no day of
    its own, so the statement keeps the opening day, and the killing is that day's."""
    assert _rows(
        "Fighting went on along the border over the weekend.\n\n"
        "On Saturday, about 40 North Korean troops were killed near Kurilovka, Ukraine's military "
        "intelligence said.\n"
    ) == [(_HUR, "killed", 40, "2024-12-14", "period", "2024-12-14", "2024-12-14")]


def test_a_past_day_named_by_its_date_is_that_day_reported_the_day_after() -> None:
    """ "Over the past day, December 15, … lost 1,520": the period is the day named (15 to 15), the
    tally is given the day after it (the page's day here), not on the day it names."""
    assert _rows(
        "Over the past day, December 15, Russian forces lost 1,520 troops, the General Staff of Ukraine's "
        "Armed Forces said.\n"
    ) == [(_GS, "killed_or_wounded", 1520, "2024-12-16", "period", "2024-12-15", "2024-12-15")]
    head = "THE RIVERSIDE OBSERVER\nWorld | Friday, December 20, 2024\n\n"
    assert _rows(
        "The General Staff of Ukraine's Armed Forces said that over the last 24 hours (14 December) "
        "Russian forces lost 1,410 troops.\n",
        head,
    ) == [(_GS, "killed_or_wounded", 1410, "2024-12-15", "period", "2024-12-14", "2024-12-14")]


def test_a_past_day_without_its_date_keeps_the_day_before_and_the_day() -> None:
    assert _rows(
        "Over the past day, Russian forces lost 1,520 troops, the General Staff of Ukraine's Armed Forces said.\n"
    ) == [(_GS, "killed_or_wounded", 1520, "2024-12-16", "period", "2024-12-15", "2024-12-16")]


# -- 68a: dates written in other forms -----------------------------------------------------------------


def test_a_month_in_roman_numerals_is_a_date() -> None:
    """Polish pages: "Warsaw, 17-XII-2024, 07:45" dates the page; "On Saturday, 14-XII" and "on
    3.XII" are days of it."""
    text = (
        "VISTULA HERALD · English edition\nKrakow, 17-XII-2024, 07:45\n\n"
        "Ukraine's military intelligence said on Monday that at least 30 North Korean soldiers had been killed.\n\n"
        "On Saturday, 14-XII, the directorate wrote that about 200 North Korean soldiers had been killed in total.\n"
    )
    ex = extract(text)
    assert ex.document["published_at"].startswith("2024-12-17T07:45")
    assert sorted((c["value_low"], c["stated_on"]) for c in ex.claims) == [
        (30, "2024-12-16"),
        (200, "2024-12-14"),
    ]
    assert [
        (d.text, d.first) for d in find_dates("EU leaders met on 3.XII in Brussels", date(2024, 12, 17))
    ] == [("on 3.XII", date(2024, 12, 3))]


def test_roman_numerals_outside_a_date_are_none() -> None:
    for s in ("after World War I ended", "Chapter 3 V", "the V-2 rocket", "as Pope Pius XII said"):
        assert find_dates(s, date(2024, 12, 17)) == [], s


_US_PAGE = "CAPITOL DEFENSE NOTES\nDaily brief, 12/20/24\nPosted 12/20/24, 6:00 PM ET\n\n"
_EU_PAGE = "BALTIC MONITOR\n13/12/2024 · 14:30\n\n"


def test_slashed_dates_are_read_in_the_order_the_page_writes_its_own() -> None:
    """A page dated "12/20/24" writes month first: "on 12/19" is 19 December and "12/14/24" the
    14th; a page dated "13/12/2024" writes day first: "on 06/12" is 6 December."""
    assert _rows(
        "At a closed-door briefing on 12/19, the NIS told lawmakers that at least 100 North Korean soldiers "
        "had been killed.\n\nUkraine's military intelligence wrote on Telegram on 12/14/24 that about 200 "
        "North Korean soldiers had been killed in all.\n",
        _US_PAGE,
    ) == [
        (_HUR, "killed", 200, "2024-12-14", "cumulative", "", ""),
        (_NIS, "killed", 100, "2024-12-19", "cumulative", "", ""),
    ]
    assert _rows(
        "In a statement on 02/12 the General Staff of Ukraine said Russia had lost over 37,000 troops in "
        "the Kursk region in all.\n",
        _EU_PAGE,
    ) == [(_GS, "killed_or_wounded", 37000, "2024-12-02", "cumulative", "", "")]
    assert extract(_US_PAGE + "Nothing new today.\n").document["published_at"].startswith("2024-12-20T18:00")


def test_the_day_of_a_statement_dates_no_happening_told_in_it() -> None:
    """Negative: "In a statement on 02/12 the ministry said … since its August offensive began": 2
    December is the statement's day, not the day the incursion began."""
    ex = extract(
        _EU_PAGE
        + "In a statement on 02/12 the Russian Ministry of Defence said Ukraine had lost over 37,000 "
        "troops in the Kursk region since its August offensive began.\n"
    )
    assert [c["stated_on"] for c in ex.claims] == ["2024-12-02"]
    assert all(e["date_start"] != "2024-12-02" for e in ex.events)


def test_slashed_days_are_no_dates_where_the_page_does_not_say_which_way() -> None:
    """An undated page, or one whose own dates can be read either way (10/12/2024), leaves "on
    11/12" unread; "24/7" and fractions are never dates."""
    from etl.extract.dates import slash_dates  # (round 68's; imported here so the module loads on older code)

    assert find_dates("the NIS said on 11/12 that", date(2024, 12, 20)) == []
    with slash_dates("mdy", dotted=True):
        for s in (
            "about 1/3 of the troops",
            "the 2/3 majority",
            "fell by 2.5 % in a year",
            "Output rose by 1.5 percent",
        ):
            assert find_dates(s, date(2024, 12, 20)) == [], s
    for order_page in (_US_PAGE, _EU_PAGE):
        ex = extract(
            order_page
            + "The spy agency works 24/7, an official said on Monday, and 3/4 of the staff agree.\n"
        )
        assert all(c["stated_on"] != "2024-07-24" for c in ex.claims)


def test_a_dotted_day_and_month_without_a_year_on_a_page_that_dates_with_dots() -> None:
    """German pages: "03.04.2025, 06:00" over "last Thursday (27.3.)" and "On 5.3.,": days of it."""
    head = "RHEIN-MOSEL POST · English Edition\n03.04.2025, 06:00\n\n"
    assert _rows(
        "On 5.3., South Korea's Joint Chiefs of Staff said that about 4,000 North Korean soldiers had been "
        "killed or wounded in all.\n",
        head,
    ) == [(_JCS, "killed_or_wounded", 4000, "2025-03-05", "cumulative", "", "")]
    assert (
        _rows(
            "North Korea has sent at least 3,000 more soldiers to Russia, South Korea's Joint Chiefs of Staff "
            "said in a statement last Thursday (27.3.).\n",
            head,
        )[0][3]
        == "2025-03-27"
    )


def test_dotted_figures_are_no_dates_on_a_page_without_dotted_dates() -> None:
    """A page dated in words: "rose by 2.5." and "on 5.3." stay no dates."""
    assert find_dates("Output rose by 2.5. On 5.3. nothing", date(2025, 4, 3)) == []
    rows = _rows(
        "South Korea's Joint Chiefs of Staff said on 5.3. that about 4,000 North Korean soldiers were killed.\n"
    )
    assert all(r[3] != "2025-03-05" for r in rows)


def test_a_date_written_year_first_with_dots_or_slashes() -> None:
    """Korean and Japanese pages: "on 2024.12.19", "(2024/12/24)" in running text."""
    ref = date(2024, 12, 24)
    assert [d.first for d in find_dates("the NIS told lawmakers on 2024.12.19 that", ref)] == [
        date(2024, 12, 19)
    ]
    assert [d.first for d in find_dates("remarks (2024/12/23)", ref)] == [date(2024, 12, 23)]
    assert _rows(
        "South Korea's Joint Chiefs of Staff said on 2024.12.13 that around 1,100 North Korean soldiers had "
        "been killed or wounded in all.\n"
    ) == [(_JCS, "killed_or_wounded", 1100, "2024-12-13", "cumulative", "", "")]


def test_a_holiday_eve_named_as_the_eve_of_it() -> None:
    """ "On the eve of Orthodox Christmas" is 6 January; "Orthodox Christmas Day" the 7th; "the eve
    of New Year's" the 31st."""
    ref = date(2025, 1, 10)
    assert [(d.kind, d.first) for d in find_dates("On the eve of Orthodox Christmas, he said", ref)] == [
        ("holiday", date(2025, 1, 6))
    ]
    assert [d.first for d in find_dates("on Orthodox Christmas Day", ref)] == [date(2025, 1, 7)]
    assert [d.first for d in find_dates("on the eve of New Year's", ref)] == [date(2024, 12, 31)]
    assert [d.first for d in find_dates("on Christmas Eve", ref)] == [date(2024, 12, 24)]


# -- 68b: times, zones and the speaker's own day -------------------------------------------------------


_SEOUL = "THE HAN RIVER TIMES\n2024.12.24 08:30 KST · North Korea\n\n"


def test_a_time_with_its_weekday_or_zone_ends_no_sentence() -> None:
    """ "said in a statement at 8 p.m. Monday, Seoul time, that around 1,100 …": "p.m." before a
    weekday or "… time" is no sentence's end (the figure was lost)."""
    assert _rows(
        "South Korea's Joint Chiefs of Staff said in a statement at 7 p.m. Monday, Seoul time, which was noon "
        "in Kyiv, that around 1,100 North Korean troops had been killed or wounded.\n",
        _SEOUL,
    ) == [(_JCS, "killed_or_wounded", 1100, "2024-12-23", "cumulative", "", "")]


def test_a_post_published_at_a_time_on_a_weekday_is_dated_that_weekday() -> None:
    """ "in a Telegram post published at 10:52 p.m. Monday Kyiv time — 5:52 a.m. Tuesday in Seoul":
    the post's day on the speaker's calendar, not a span of the figure."""
    assert _rows(
        "SEOUL, Christmas Eve — President Volodymyr Zelensky said more than 3,000 North Korean soldiers have "
        "been killed or wounded, in a Telegram post published at 11:05 p.m. Monday Kyiv time — 6:05 a.m. "
        "Tuesday in Seoul.\n",
        _SEOUL,
    ) == [("Volodymyr Zelenskyy", "killed_or_wounded", 3000, "2024-12-23", "cumulative", "", "")]


def test_a_day_and_zone_before_a_body_named_with_its_acronym_date_the_statement() -> None:
    """ "Hours before the briefing, on Friday afternoon Seoul time, South Korea's National
    Intelligence Service (NIS) said …": Friday, not the page's Saturday."""
    head = "THE HAN RIVER TIMES\nPosted : 2024-12-28 09:20 KST\n\n"
    rows = _rows(
        "Hours before the briefing, on Friday afternoon Seoul time, South Korea's National Intelligence "
        "Service (NIS) said in a statement that about 100 North Korean soldiers had been killed in all.\n",
        head,
    )
    assert rows == [(_NIS, "killed", 100, "2024-12-27", "cumulative", "", "")]


# -- 68c: spans and occasions told again ---------------------------------------------------------------


def test_a_capture_dated_by_the_sentence_after_it() -> None:
    """ "… said a North Korean soldier captured alive had died. The soldier was taken prisoner …
    on Thursday": the capture counted just before happened that Thursday (a one-day period)."""
    head = "THE HAN RIVER TIMES\nPosted : 2024-12-28 09:20 KST\n\n"
    rows = _rows(
        "On Friday, South Korea's National Intelligence Service said that a North Korean soldier captured by "
        "Ukrainian forces had died. The soldier was taken prisoner near Sudzha on Wednesday and died a day "
        "later, the agency said.\n",
        head,
    )
    assert rows == [(_NIS, "captured", 1, "2024-12-27", "period", "2024-12-25", "2024-12-25")]


def test_a_capture_dated_by_another_body_leaves_the_announcement_undated() -> None:
    """Negative: "Zelensky said his forces had captured two …. The NIS said the two were taken on
    Jan. 9": the NIS's account, not the day of Zelensky's announcement (a batch without dates)."""
    head = "THE HAN RIVER TIMES\nPosted : 2025-01-13 09:20 KST\n\n"
    rows = _rows(
        "On Saturday, President Volodymyr Zelensky said his forces had captured two North Korean soldiers. "
        "The two were taken prisoner on Jan. 9 in the Kursk region, South Korea's spy agency said on Sunday.\n",
        head,
    )
    assert ("Volodymyr Zelenskyy", "captured", 2, "2025-01-11", "period", "", "") in rows


def test_since_the_start_of_the_month_is_the_month_so_far() -> None:
    """ "killed … since the start of the month" in a statement of 19 December: 1 to 19 December
    for the killed and for the injured told in the same breath."""
    assert _rows(
        "On Thursday, December 19, the NIS told lawmakers that at least 100 North Korean soldiers had been "
        "killed since the beginning of the month, and that the number of injured was approaching 1,000.\n"
    ) == [
        (_NIS, "killed", 100, "2024-12-19", "period", "2024-12-01", "2024-12-19"),
        (_NIS, "wounded", 1000, "2024-12-19", "period", "2024-12-01", "2024-12-19"),
    ]


def test_since_the_start_of_the_war_stays_a_running_total() -> None:
    assert _rows(
        "On Thursday, the General Staff of Ukraine said Russia had lost 770,000 troops since the start of the "
        "war.\n"
    ) == [(_GS, "killed_or_wounded", 770000, "2024-12-12", "cumulative", "", "")]


def test_the_first_months_of_the_year_are_a_span() -> None:
    """ "sent at least 3,000 more … in the first two months of the year": January to February."""
    head = "RHEIN-MOSEL POST · English Edition\n03.04.2025, 06:00\n\n"
    assert _rows(
        "South Korea's Joint Chiefs of Staff said on Monday that North Korea had sent at least 3,000 more "
        "troops to Russia during the first three months of the year.\n",
        head,
    ) == [(_JCS, "troops_deployed", 3000, "2025-03-31", "period", "2025-01-01", "2025-03-31")]


def test_the_same_days_named_again_are_the_span_of_the_figure_before() -> None:
    """ "… went missing near Kurilovka over the same two days": the span the speaker's figure just
    before was given for."""
    assert _rows(
        "Ukraine's military intelligence said on Monday that at least 30 North Korean soldiers had been "
        "killed in fighting on Saturday and Sunday.\n\n"
        "The directorate had first reported the clashes on Sunday.\n\n"
        "In the same post the directorate said that at least five North Korean soldiers went missing "
        "near Kurilovka over the same two days.\n"
    ) == [
        (_HUR, "killed", 30, "2024-12-16", "period", "2024-12-14", "2024-12-15"),
        (_HUR, "missing", 5, "2024-12-16", "period", "2024-12-14", "2024-12-15"),
    ]


def test_losses_placed_in_the_sentence_after_their_count() -> None:
    """ "According to the statement, the losses were inflicted … near the villages of A, B and C":
    where the losses just counted were suffered."""
    ex = extract(
        _HEAD
        + "Ukraine's military intelligence said on Monday that at least 30 North Korean soldiers had been "
        "killed or wounded in the Kursk region.\n\nAccording to the statement, the losses were inflicted on "
        "Saturday near the villages of Plekhovo and Vorozhba.\n"
    )
    assert [(c["value_low"], c["places"]) for c in ex.claims] == [(30, "Plekhovo;Vorozhba")]


def test_a_town_naming_its_district_is_no_place() -> None:
    """ "a command post at Maryino, in the Rylsk district": Maryino, not Rylsk."""
    ex = extract(
        _HEAD
        + "Global Defense Corp reported on Sunday that about 500 North Koreans were killed in a strike on "
        "a command post at Maryino, in the Rylsk district of the Kursk region.\n"
    )
    assert [c["places"] for c in ex.claims] == ["Maryino"]


def test_an_estimate_by_a_named_person_relayed_by_a_lawmaker() -> None:
    """ "lawmaker Yu relayed an estimate by Ukraine's military intelligence chief Kyrylo Budanov, who
    had briefed him in Kyiv, of about 4,000 …": Budanov's figure."""
    rows = _rows(
        "On Wednesday, South Korean lawmaker Yu Yong-weon relayed an estimate by Ukraine's military "
        "intelligence chief Kyrylo Budanov, who had met him in Kyiv, of about 4,000 North Korean casualties.\n"
    )
    assert rows == [("Kyrylo Budanov (HUR)", "killed_or_wounded", 4000, "2024-12-11", "cumulative", "", "")]


@pytest.mark.parametrize(
    "since",
    [
        "Since the start of December",
        "Since the beginning of December",
        "Since the start of the month",
        "Since December 1",
    ],
)
def test_since_the_start_of_a_named_month_is_that_month_so_far(since: str) -> None:
    """(QA pass 43) "Since the start of December" was a running total with no statement day,
    while "since the start of the month" and "Since December 1" were the month so far."""
    text = (
        "Ukrinform\nDecember 16, 2024\n\n"
        f"{since}, Russian forces have lost 21,000 troops, the General Staff of the Armed Forces of Ukraine said.\n"
    )
    got = [
        (c["value_low"], c["basis"], c["period_start"], c["period_end"], c["stated_on"])
        for c in extract(text).claims
    ]
    assert got == [(21000, "period", "2024-12-01", "2024-12-16", "2024-12-16")]


def test_since_the_start_of_the_war_stays_a_running_total_beside_named_months() -> None:
    text = (
        "Ukrinform\nDecember 16, 2024\n\nSince the start of the war, Russian forces have lost 760,000 troops, "
        "the General Staff of the Armed Forces of Ukraine said.\n"
    )
    assert [(c["basis"], c["period_start"]) for c in extract(text).claims] == [("cumulative", "")]


def test_a_roman_numeral_month_written_with_spaces_and_its_year_is_read() -> None:
    """(QA pass 43) "On 14 XII 2024" was not read (the statement went to the page's day)."""
    text = (
        "Ukrinform\nDecember 16, 2024\n\nOn 14 XII 2024 the General Staff said Russian forces lost 1,480 troops "
        "over the past day.\n"
    )
    assert [c["stated_on"] for c in extract(text).claims] == ["2024-12-14"]
