"""Round 58 (session 29): feeds pasted as text (holdout set 185, read): RSS and Atom XML and a feed
reader's JSON Lines export, each item dated by its own time stamp; a day of the month spelt as a
word ("on the twelfth", set 181); humanitarian documents (set 186, read once set 187 was written to
stay unread): civilians' counts, note numbers inside a sentence, "by the middle of", a date before
"when" and the speaker's title; slide decks (set 187, read once set 188 was written to stay unread):
terse labelled bullets, a slide heading's source over its bullets; video agency scripts (set 189,
read once scored, with set 188 still unread): a page's slash dates read month first on evidence.

The texts are invented for each behaviour, not copied from any report; negatives guard what must
not change. Tests share no state (xdist-safe).
"""

from __future__ import annotations

from etl.extract import extract
from tests.helpers import one_claim

RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:slash="http://purl.org/rss/1.0/modules/slash/">
<channel>
<title>Peninsula Desk &#8211; Russia watch</title>
<link>https://peninsula.example/</link>
<lastBuildDate>Wed, 18 Dec 2024 09:30:00 +0900</lastBuildDate>
<ttl>45</ttl>
<item>
<title>Spring festival tickets on sale</title>
<pubDate>Wed, 18 Dec 2024 09:10:00 +0900</pubDate>
<guid isPermaLink="false">https://peninsula.example/?p=220451</guid>
<slash:comments>17</slash:comments>
<description>Organisers expect 4,500 visitors on the opening weekend.</description>
</item>
<item>
<title>HUR: North Korean losses near Kursk villages</title>
<pubDate>Tue, 17 Dec 2024 07:52:00 +0900</pubDate>
<guid isPermaLink="false">https://peninsula.example/?p=220390</guid>
<description><![CDATA[<p>Ukraine&#8217;s military intelligence agency, HUR, said on Telegram on Monday that at least 30 North Korean soldiers were killed or wounded near Plekhovo.</p>]]></description>
</item>
<item>
<title>Kirby on North Korean casualties</title>
<pubDate>Mon, 09 Dec 2024 17:05:00 -0500</pubDate>
<guid isPermaLink="false">https://peninsula.example/?p=219870</guid>
<description>The White House said today that several hundred North Korean troops had been killed or wounded, spokesman John Kirby told reporters.</description>
</item>
</channel>
</rss>
"""


def test_an_rss_items_claims_are_dated_from_the_items_own_time_stamp() -> None:
    # "on Monday" in an item posted Tuesday 17 December (Seoul time) is 16 December, not the Monday
    # before the feed's last update; "today" in an item of 9 December (Washington time) is that day
    hur = one_claim(RSS, 30)
    assert (hur["claimant"], hur["stated_on"], hur["qualifier"]) == (
        "Defense Intelligence of Ukraine (HUR)",
        "2024-12-16",
        "at_least",
    )
    kirby = one_claim(RSS, 200)
    assert (kirby["stated_on"], kirby["value_high"], kirby["qualifier"]) == ("2024-12-09", 999, "range")


def test_a_feeds_furniture_gives_no_figures_and_its_last_update_dates_the_page() -> None:
    # (negative) guid numbers, comment counts, the ttl and an unrelated item's visitors are no claims
    got = extract(RSS)
    assert sorted(c["value_low"] for c in got.claims if c["value_low"] is not None) == [30, 200]
    assert got.document["published_at"].startswith("2024-12-18")
    assert got.document["title"] == "Peninsula Desk – Russia watch"


def test_an_atom_entrys_escaped_html_summary_is_read_as_its_prose() -> None:
    atom = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>Frontline Notes</title>
  <updated>2024-12-24T06:05:00+02:00</updated>
  <entry>
    <title>Seoul on North Korean casualties</title>
    <updated>2024-12-24T01:15:00+09:00</updated>
    <summary type="html">&lt;p&gt;South Korea&amp;#8217;s Joint Chiefs of Staff said on Monday that North Korean troops in Russia&amp;#8217;s Kursk region had suffered around 1,100 casualties.&lt;/p&gt;</summary>
  </entry>
  <entry>
    <title>Power cuts</title>
    <updated>2024-12-23T05:50:00+02:00</updated>
    <summary type="html">&lt;p&gt;Consumers in 14 regions will be cut off for up to 4 hours.&lt;/p&gt;</summary>
  </entry>
</feed>
"""
    jcs = one_claim(atom, 1100)
    # the entry's own day is Tuesday 24 December in Seoul: its "Monday" is the 23rd
    assert (jcs["claimant"], jcs["stated_on"], jcs["qualifier"]) == (
        "Joint Chiefs of Staff (South Korea)",
        "2024-12-23",
        "about",
    )
    assert "&lt;" not in jcs["quote"] and "&#8217;" not in jcs["quote"] and "<p>" not in jcs["quote"]
    assert [c["value_low"] for c in extract(atom).claims] == [1100]


def test_a_feed_readers_json_lines_export_dates_each_item_by_its_own_day() -> None:
    export = (
        "# reader export · starred items · exported 2025-02-05T09:12:44+09:00 · 3 items\n"
        '{"id":"item/0091","title":"Western officials: 1,000 North Koreans killed","published":'
        '"2025-01-22T17:20:00+00:00","summary":"Western officials, speaking anonymously to the BBC on '
        'Wednesday, said about 1,000 North Korean soldiers had been killed in the Kursk region.",'
        '"commentsCount":12,"wordCount":588}\n'
        '{"id":"item/0102","title":"Markets close lower","published":"2025-02-03T07:35:00+00:00",'
        '"summary":"The index fell 2.5% to 2,453.95.","commentsCount":0}\n'
        '{"id":"item/0107","title":"Zelensky interview","published":"2025-02-02T10:45:00+00:00",'
        '"summary":"In an interview published today, Zelenskyy said more than 4,000 North Korean soldiers '
        'had been killed or wounded in Kursk."}\n'
    )
    officials = one_claim(export, 1000)
    assert (officials["claimant"], officials["stated_on"]) == ("Western officials", "2025-01-22")
    assert one_claim(export, 4000)["stated_on"] == "2025-02-02"
    assert extract(export).document["published_at"].startswith("2025-02-05")
    # (negative) the ids, comment and word counts and the index are no claims
    assert sorted(c["value_low"] for c in extract(export).claims) == [1000, 4000]


def test_a_day_spelt_as_an_ordinal_word_dates_the_claim() -> None:
    text = (
        "Kyiv, 14 December 2024\n\n"
        "Ukraine's military intelligence agency HUR said on the twelfth that at least 30 North Korean "
        "soldiers were killed or wounded near Plekhovo.\n"
    )
    assert one_claim(text, 30)["stated_on"] == "2024-12-12"


def test_an_ordinal_word_that_is_no_day_dates_nothing() -> None:
    # (negative) "on the second front", "on the third attempt": the dateline's day stands
    for phrase in ("on the second front", "on the third attempt"):
        text = (
            "Kyiv, 14 December 2024\n\n"
            f"Ukraine's military intelligence agency HUR said fighting {phrase} left at least 30 North "
            "Korean soldiers killed or wounded near Plekhovo.\n"
        )
        assert one_claim(text, 30)["stated_on"] == "2024-12-14", phrase


SITREP = "UKRAINE\nFlash Update No. 7: Sumy border areas\nAs of 20 December 2024, 14:00 (Kyiv time)\n\nHIGHLIGHTS\n"


def test_civilians_other_count_in_the_same_breath_is_no_claim() -> None:
    text = SITREP + (
        "- At least 11 civilians killed and 47 injured in Sumy oblast since 9 December, according to "
        "the regional administration.\n"
        "- Strikes on Sumy city killed at least 19 civilians and injured 104 in March.\n"
        "- Partners delivered 14 trucks of assistance.\n\n"
        "SITUATION OVERVIEW\n"
        "Across the border, fighting in Russia's Kursk region continues. On Monday, Ukraine's military "
        "intelligence (HUR) said on Telegram that at least 30 North Korean soldiers were killed or "
        "wounded near Plekhovo.\n"
    )
    assert [c["value_low"] for c in extract(text).claims if c["value_low"] is not None] == [30]


def test_soldiers_other_count_in_the_same_breath_is_still_a_claim() -> None:
    # (negative) the rule is about civilians: soldiers' two counts are both read
    text = SITREP + (
        "Ukraine's Special Operations Forces said on Telegram on Monday that they had killed 77 North "
        "Korean soldiers and wounded 40 in the Kursk region over three days.\n"
    )
    assert sorted(c["value_low"] for c in extract(text).claims) == [40, 77]


def test_a_note_number_after_a_comma_does_not_hide_the_next_speaker() -> None:
    text = "Geneva, 31 March 2025\n\n" + (
        "15. On 23 December 2024, the Special Operations Forces of Ukraine stated on Telegram that they "
        "had killed 77 and wounded 40 DPRK soldiers over three days,[22] while the Joint Chiefs of "
        "Staff of the Republic of Korea put the number of DPRK casualties at around 1,100.[23]\n"
    )
    jcs = one_claim(text, 1100)
    assert (jcs["claimant"], jcs["stated_on"]) == ("Joint Chiefs of Staff (South Korea)", "2024-12-23")
    assert one_claim(text, 77)["claimant"] == "Special Operations Forces of Ukraine (SSO)"


def test_by_the_middle_of_a_month_is_a_running_total_not_a_span() -> None:
    text = "London, 6 February 2025\n\n" + (
        "On 22 January, Western officials briefing the BBC anonymously said that about 1,000 North "
        "Korean soldiers had been killed in Kursk by the middle of January.\n"
    )
    officials = one_claim(text, 1000)
    assert (officials["basis"], officials["period_start"], officials["period_end"]) == ("cumulative", "", "")


def test_a_date_before_when_and_the_speakers_title_dates_the_statement() -> None:
    text = "New York, 1 May 2025\n\n" + (
        "For months both governments refused to acknowledge the deployment. That changed on Saturday, "
        "April 26, when Russia's chief of the General Staff, Valery Gerasimov, told President Vladimir "
        'Putin in a video conference that the region had been fully "liberated", naming Gornal as the '
        "last village retaken.\n"
    )
    [gerasimov] = [c for c in extract(text).claims if c["claimant"] == "Valery Gerasimov"]
    assert (gerasimov["stated_on"], gerasimov["stated_on_precision"]) == ("2025-04-26", "day")


DECK = "Kursk desk – weekly numbers deck – Friday 27 December 2024\n(Keynote export, outline)\n\n"


def test_a_decks_labelled_bullet_is_read_as_its_sources_statement() -> None:
    text = "Counting the uncounted – lecture deck – Monday 20 January 2025\n(Keynote export)\n\n" + (
        "3 | Seoul's tally\n"
        "• NIS via lawmaker Lee Seong-kweun (parliamentary briefing, Jan-13): ~300 KIA, ~2,700 WIA in Kursk\n"
        "POL 2041 – 20.01.25 – p. 3\n"
    )
    killed, wounded = one_claim(text, 300), one_claim(text, 2700)
    assert (killed["claimant"], killed["metric"], killed["qualifier"], killed["stated_on"]) == (
        "National Intelligence Service (South Korea)",
        "killed",
        "about",
        "2025-01-13",
    )
    assert (wounded["metric"], wounded["qualifier"]) == ("wounded", "about")
    # the quote is the bullet as the deck prints it, not the sentence it was read as
    assert killed["quote"] == (
        "NIS via lawmaker Lee Seong-kweun (parliamentary briefing, Jan-13): ~300 KIA, ~2,700 WIA in Kursk"
    )


def test_a_figure_after_what_it_counts_and_a_day_month_date_are_read() -> None:
    text = DECK + (
        "3 | Monday's counts\n"
        '• Zelenskyy (Telegram, 23/12): DPRK KIA+WIA in Kursk region "over 3,000" – "preliminary data"\n'
        "• Same day, JCS: around 1,100 DPRK casualties in Kursk\n"
    )
    zel = one_claim(text, 3000)
    assert (zel["claimant"], zel["metric"], zel["qualifier"], zel["stated_on"], zel["channel"]) == (
        "Volodymyr Zelenskyy",
        "killed_or_wounded",
        "over",
        "2024-12-23",
        "Telegram",
    )
    jcs = one_claim(text, 1100)  # "Same day, JCS": its own source, the bullet before's day
    assert (jcs["claimant"], jcs["stated_on"]) == ("Joint Chiefs of Staff (South Korea)", "2024-12-23")


def test_a_slide_headings_source_and_date_go_to_the_bullets_under_it() -> None:
    text = (
        "PARLIAMENTARY RESEARCH SERVICE\nSlide pack for members: the official estimates\nFriday 4 April 2025\n\n"
        "Slide 3 – UK Defence Intelligence (intelligence update on X, 28.03.25)\n"
        '• "over 5,000" DPRK casualties in Kursk Oblast\n'
        "PRS – RP-25/187 – 04.04.25 – slide 3/7\n\n"
        "Slide 4 – Questions members may wish to ask\n"
        "• Defence estimate 2025-26: £62.2bn (context only)\n"
        "PRS – RP-25/187 – 04.04.25 – slide 4/7\n"
    )
    [uk] = extract(text).claims
    assert (uk["claimant"], uk["value_low"], uk["qualifier"], uk["stated_on"]) == (
        "UK Ministry of Defence (Defence Intelligence)",
        5000,
        "over",
        "2025-03-28",
    )


def test_a_decks_own_numbers_are_no_claims() -> None:
    # (negative) course marks, member counts, slide numbers and a chart's axis
    text = DECK + (
        "2 | Housekeeping\n"
        "• Assessment: 1,500-word memo, 20% of module mark, due Week 6\n"
        "• Members: 1,240 (+85 since August)\n"
        "3 | [Chart: bars – y-axis 0 / 1,000 / 2,000 / 3,000]\n"
        "Confidential – Kursk desk – 27 Dec 2024 – p. 3\n"
    )
    assert extract(text).claims == []


def test_a_page_that_writes_its_dates_month_first_is_dated_month_first() -> None:
    # (set 189, read once it was scored) a US video wire: "10/31/2024" can only be month first, so
    # "11/05/2024" is 5 November, and Ryder's "Monday" is the 4th
    text = (
        "AP ARCHIVE\n\nStory No: 4537218\nHeadline: Pentagon on North Korean troops in Russia\n"
        "Date: 11/05/2024 01:12 AM\nDate of shooting: 11/04/2024, 10/31/2024\n\n"
        "STORYLINE:\nPentagon press secretary Pat Ryder told a briefing on Monday that between 11,000 "
        "and 12,000 North Korean troops were now in Russia.\n"
    )
    got = extract(text)
    assert got.document["published_at"].startswith("2024-11-05")
    ryder = one_claim(text, 11000)
    assert (ryder["stated_on"], ryder["value_high"]) == ("2024-11-04", 12000)


def test_a_slash_date_is_month_first_where_the_page_spells_it_so() -> None:
    text = (
        "AP ARCHIVE\n\nStory No: 5299417\nHeadline: Seoul says 2,000 North Korean soldiers killed\n"
        "Date: 09/02/2025 07:18 AM\n\nSHOTLIST:\nSeoul - 2 September 2025\n1. Wide of National Assembly\n\n"
        "STORYLINE:\nSouth Korea's spy agency told lawmakers on Tuesday that around 2,000 North Korean "
        "soldiers had been killed in Russia's Kursk region.\n"
    )
    assert extract(text).document["published_at"].startswith("2025-09-02")
    assert one_claim(text, 2000)["stated_on"] == "2025-09-02"


def test_day_first_slash_dates_stay_day_first() -> None:
    # (negative) a European page: "05/11/2024" is 5 November where the page spells 5 November, and
    # beside "13/01/2025", which can only be day first, "10/01/2025" is 10 January
    text = (
        "Kyiv Herald\nUpdated 05/11/2024 18:40\n\nUkraine's military intelligence agency HUR said on 5 "
        "November 2024 that at least 30 North Korean soldiers were killed or wounded near Plekhovo.\n"
    )
    assert extract(text).document["published_at"].startswith("2024-11-05")
    text = (
        "Kyiv Herald\nUpdated 13/01/2025 18:40\n\nUkraine's military intelligence agency HUR said on "
        "10/01/2025 that at least 30 North Korean soldiers were killed or wounded near Plekhovo.\n"
    )
    assert extract(text).document["published_at"].startswith("2025-01-13")
    assert one_claim(text, 30)["stated_on"] == "2025-01-10"
