"""Round 23: social, forum, export and pasted layouts (writers 26-28's misses).

The misses of the twenty-sixth to twenty-eighth fresh sets were grouped by cause; the general ones
fixed here are who is speaking in layouts other than prose (a spreadsheet's CSV export, a paste's
numbered lines, a forum's post headers, a list under an introducing sentence, a translated line's
bracketed gloss, a post's hashtag flag), reported-speech chains (a person who comes out of an
agency's briefing relays it) and figures or names written in other forms ("N. Korean", "Pentagon's
Ryder", "RU MoD", "British intelligence"). The texts are invented for each behaviour, not copied
from any report; negatives check what must not change. Tests share no state (xdist-safe).
"""

from __future__ import annotations

from etl.extract import extract
from etl.extract.document import parse_layout
from tests.helpers import read_numeric

HEADER = "Wire\n\nMarch 3, 2025\n\nTitle\n\n"
NIS = "National Intelligence Service (South Korea)"
RYDER = "Pat Ryder (US Department of Defense)"
BLINKEN = "Antony Blinken (US State Department)"
ZELENSKYY = "Volodymyr Zelenskyy"
UK_DI = "UK Ministry of Defence (Defence Intelligence)"
RU_MOD = "Russian Ministry of Defense"
KOVALENKO = "Andrii Kovalenko (Center for Countering Disinformation)"


def _rows(body: str) -> list[tuple[object, ...]]:
    """(claimant, metric, low, high, qualifier) of each figure under a dated header."""
    return read_numeric(body, HEADER)


def _claims(text: str) -> list[tuple[object, ...]]:
    """(claimant, metric, low, high, qualifier, stated_on) of each figure of a whole page."""
    return [
        (c["claimant"], c["metric"], c["value_low"], c["value_high"], c["qualifier"], c["stated_on"])
        for c in extract(text).claims
        if c["qualifier"]
    ]


# ------------------------------------------------------------------ names in other forms
def test_a_body_possessive_before_its_official_surname_is_that_official() -> None:
    body = "Pentagon's Ryder at the weekly briefing: about 9,000 North Korean troops in Russia in total.\n"
    assert _rows(body) == [(RYDER, "troops_deployed", 9000, 9000, "about")]
    # (someone else's surname after the possessive leaves the body as it is)
    other = "The Pentagon's Zelensky question went unanswered; the Pentagon said 9,000 North Korean troops were in Russia.\n"
    assert [r[0] for r in _rows(other)] == ["US Department of Defense"]


def test_headline_shorthand_for_north_korean_names_the_side() -> None:
    body = "Blinken said as many as 7,000 N. Korean troops had been deployed to the Kursk region.\n"
    got = extract(HEADER + body).claims
    assert [(c["claimant"], c["subject"], c["value_high"]) for c in got] == [(BLINKEN, "DPRK forces", 7000)]


def test_state_dept_is_the_state_department() -> None:
    body = 'State Dept spokesman John Doe said "as many as 9,000" North Korean soldiers "have made their way to Kursk".\n'
    assert [r[0] for r in _rows(body)] == ["US State Department"]


def test_ru_mod_is_the_russian_ministry_of_defense() -> None:
    body = "RU MoD statement: the enemy has lost over 30,100 servicemen in the Kursk direction.\n"
    assert _rows(body) == [(RU_MOD, "killed_or_wounded", 30100, None, "over")]


def test_british_intelligence_is_the_uk_defence_intelligence() -> None:
    body = "More than 4,500 North Korean soldiers have been killed or wounded, British intelligence said.\n"
    assert _rows(body) == [(UK_DI, "killed_or_wounded", 4500, None, "over")]


def test_there_are_at_a_quotes_start_counts_a_force_present() -> None:
    body = 'Zelensky told reporters: "There are 9,000 North Korean soldiers in the Kursk region."\n'
    assert _rows(body) == [(ZELENSKYY, "troops_deployed", 9000, 9000, "exact")]


# ------------------------------------------------------------------ who speaks
def test_a_hashtag_flag_before_a_post_does_not_make_it_a_tag_line() -> None:
    body = (
        "#BREAKING Zelensky said there are 9,000 North Korean soldiers in the Kursk region.\n\n#Kursk #DPRK\n"
    )
    assert _rows(body) == [(ZELENSKYY, "troops_deployed", 9000, 9000, "exact")]
    assert extract(HEADER + body).document["tags"] == "Kursk #DPRK"  # the tag line stays tags


def test_a_part_of_a_force_deployed_somewhere_is_a_deployment() -> None:
    body = (
        "Blinken says up to 6,000 of some 9,000 North Korean troops in Russia have been deployed to Kursk.\n"
    )
    rows = _rows(body)
    assert (BLINKEN, "troops_deployed", None, 6000, "up_to") in rows


def test_a_person_coming_out_of_an_agency_briefing_relays_the_agency() -> None:
    body = (
        "The NIS briefed the intelligence committee on Tuesday.\n\n"
        "Park Min-jae came out of the NIS briefing and said around 1,700 North Korean soldiers have been killed.\n"
    )
    assert _rows(body) == [(NIS, "killed", 1700, 1700, "about")]


def test_a_person_who_did_something_and_said_is_the_speaker() -> None:
    body = "Jane Roe left the hall and said around 1,700 North Korean soldiers have been killed.\n"
    assert [r[0] for r in _rows(body)] == ["Jane Roe"]


def test_the_speaker_who_told_reporters_after_a_briefing_by_an_agency_relays_it_later_too() -> None:
    body = (
        "Park Min-jae told reporters after a closed-door briefing by the National Intelligence Service that "
        "the agency stood by its estimate.\n\n"
        '"Around 900 engineers have arrived in Russia," Park said.\n'
    )
    assert [r[0] for r in _rows(body)] == [NIS]


def test_an_occasion_of_speech_without_a_speaker_is_the_last_speakers() -> None:
    body = (
        "Zelensky said on Thursday that North Korean losses were 4,200. And in an interview earlier this "
        "month it was 3,600 killed or injured.\n"
    )
    assert [(r[0], r[2]) for r in _rows(body)] == [(ZELENSKYY, 4200), (ZELENSKYY, 3600)]


def test_put_it_as_with_a_quote_says_it() -> None:
    body = 'Zelensky put it as "North Korean losses are 4,200 so far".\n'
    assert [(r[0], r[2]) for r in _rows(body)] == [(ZELENSKYY, 4200)]


def test_a_compared_figures_source_is_not_the_speaker() -> None:
    body = (
        "Zelensky said on Monday that more than 2,800 North Korean soldiers had been killed or wounded, "
        "a far higher figure than the one given by South Korea's military.\n"
    )
    assert [r[0] for r in _rows(body)] == [ZELENSKYY]


def test_the_author_of_a_report_that_prompted_a_post_is_not_its_speaker() -> None:
    body = (
        "Zelensky on Telegram this afternoon, after a report from his commander-in-chief Syrskyi: "
        '"the number of killed and wounded North Korean soldiers has already exceeded 2,800."\n'
    )
    assert [r[0] for r in _rows(body)] == [ZELENSKYY]


def test_a_plural_possessive_label_gives_its_figures() -> None:
    body = "Later, Western intelligence agencies' total for the whole contingent: 9,000 to 11,000 sent to Russia.\n"
    assert _rows(body) == [("Western intelligence agencies", "troops_deployed", 9000, 11000, "range")]


def test_a_label_with_a_bracketed_aside_gives_its_figures() -> None:
    body = 'voenkor Vladimir Romanov (his TG): the village fell in two hours, "more than 250" Ukrainian servicemen killed.\n'
    assert [(r[0], r[1], r[2]) for r in _rows(body)] == [
        ("Vladimir Romanov (Russian military blogger)", "killed", 250)
    ]


def test_an_assessment_published_by_a_body_is_its_claim() -> None:
    body = (
        "Defence Intelligence published an assessment on X that North Korean forces have suffered "
        "more than 5,500 casualties.\n"
    )
    assert _rows(body) == [(UK_DI, "killed_or_wounded", 5500, None, "over")]


def test_a_share_of_the_deployed_force_after_a_figure_does_not_make_it_a_deployment() -> None:
    body = (
        "UK Defence Intelligence said North Korean casualties were upwards of 4,500, nearly half of those "
        "initially deployed.\n"
    )
    assert _rows(body) == [(UK_DI, "killed_or_wounded", 4500, None, "over")]


def test_a_long_lettered_item_is_not_a_copyright_line() -> None:
    text = (
        "Answers to questions on notice\n\nQuestion 7, asked on 3 March 2025\n\n"
        "(a) The department has no further detail on the matter beyond its published statements.\n\n"
        "(c) On 2 March 2025, UK Defence Intelligence assessed that North Korean casualties in the Kursk "
        "region were upwards of 4,500.\n\n(c) Claims Desk 2025\n"
    )
    assert [c[:5] for c in _claims(text)] == [(UK_DI, "killed_or_wounded", 4500, None, "over")]


# ------------------------------------------------------------------ layouts
def test_bulleted_figures_under_an_introducing_sentence_are_the_speakers() -> None:
    body = (
        "Lawmakers briefed reporters after the NIS told the intelligence committee today:\n"
        "- about 700 North Korean soldiers killed\n"
        "- about 3,900 wounded\n\n"
        "Related news:\n"  # a box's heading introduces no figures
        "- 13.01.2025 Seoul: about 300 North Korean soldiers killed in Russia\n"
    )
    assert _rows(body) == [(NIS, "killed", 700, 700, "about"), (NIS, "wounded", 3900, 3900, "about")]


def test_a_translated_line_is_read_by_its_bracketed_english_gloss() -> None:
    body = (
        "오늘 국정원이 밝힘 (the NIS told the intelligence committee today):\n"
        "- 부상자 약 3,900명 [about 3,900 North Korean soldiers wounded]\n"
    )
    assert _rows(body) == [(NIS, "wounded", 3900, 3900, "about")]


def test_a_spreadsheet_export_of_statements_is_read_row_by_row() -> None:
    text = (
        "# Exported from Sheets: claims log - tab: March · 04/03/2025 08:00 (UTC)\n"
        "row,date_said,who,channel,what they said (verbatim),our note\n"
        '4,02/03/2025,Kovalenko (CCD),,"North Korean losses have already exceeded 250 troops",[c: via a TV interview]\n'
        '5,03/03/2025,Pentagon - Ryder,press briefing,"about 9,000 North Korean troops in Russia",no breakdown\n'
        '6,SUM (do not cite),,,"9,250",scratch cell\n'
    )
    assert _claims(text) == [
        (KOVALENKO, "killed_or_wounded", 250, None, "over", "2025-03-02"),
        (RYDER, "troops_deployed", 9000, 9000, "about", "2025-03-03"),
    ]


def test_a_pastes_line_numbers_go_and_a_bracketed_day_dates_the_item() -> None:
    lines = [
        "=== official lines, my notes ===",
        "dates dd.mm.yyyy, translations mine.",
        "",
        "[02.03.2025] RU MoD statement: since August the enemy has lost over 30,100 servicemen in",
        "  the Kursk direction. Not split into killed and wounded.",
        "",
        "[03.03.2025] Pentagon's Ryder: about 9,000 North Korean soldiers in total sent to eastern",
        "  Russia, some moving toward Kursk.",
        "",
        "-- end --",
    ]
    numbered = "\n".join(f"{n:>3}. {ln}".rstrip() for n, ln in enumerate(lines, 1))
    text = (
        "PASTESITE   + new paste   API\n\nOfficial lines\nA GUEST | MAR 4TH, 2025 | 40 | NEVER\n\n"
        + numbered
        + "\n"
    )
    assert _claims(text) == [
        (RU_MOD, "killed_or_wounded", 30100, None, "over", "2025-03-02"),
        (RYDER, "troops_deployed", 9000, 9000, "about", "2025-03-03"),
    ]
    # (a numbered list, no item empty, keeps its numbers)
    items = "".join(f"{n}. Item {n} of the list has nothing to count here at all.\n" for n in range(1, 10))
    assert parse_layout(HEADER + items).paragraphs[0].startswith("1. Item 1")


def test_forum_post_headers_date_their_posts_and_the_page() -> None:
    text = (
        "Bunker Forums › War › [MEGATHREAD] North Korean troops\n"
        "Page 12 of 40\n\n"
        "#1021  by alpha » Sat Mar 01, 2025 7:02 pm\n"
        "Nothing new today, just the same maps again and again from everyone here.\n\n"
        "#1024  by bravo » Mon Mar 03, 2025 8:41 am\n"
        "NIS briefed lawmakers this morning: about 700 North Korean soldiers killed so far, they said.\n"
    )
    got = extract(text)
    assert got.document["published_at"] == "2025-03-03T08:41"
    assert [(c["claimant"], c["value_low"], c["stated_on"]) for c in got.claims] == [(NIS, 700, "2025-03-03")]


def test_a_quote_of_several_sentences_is_the_speaker_named_after_it_closes() -> None:
    body = (
        '"There are 9,000 of them in the Kursk region. Some of them are already fighting. There are '
        'already losses," Zelensky said.\n'
    )
    assert [(r[0], r[1], r[2]) for r in _rows(body)] == [(ZELENSKYY, "troops_deployed", 9000)]


def test_an_assessment_made_public_by_a_body_is_its_claim() -> None:
    body = (
        "According to the assessment made public by the Joint Chiefs of Staff on 2 March, North Korea "
        "dispatched no fewer than 2,500 additional troops to Russia.\n"
    )
    assert [(r[0], r[2], r[4]) for r in _rows(body)] == [
        ("Joint Chiefs of Staff (South Korea)", 2500, "at_least")
    ]


def test_a_chat_exports_stamps_date_its_messages() -> None:
    text = (
        "Guild: Some Research Group\nChannel: intel / #dprk\nAfter: 01-Mar-25 12:00 AM\n\n"
        "[02-Mar-25 10:14 AM] mirka\n"
        "The JCS said today that around 3,500 North Korean soldiers were killed or injured so far.\n\n"
        "[03-Mar-25 09:00 AM] tomas\n"
        "Nothing else new from anyone today, logging off now until the evening.\n"
    )
    got = extract(text)
    assert got.document["published_at"] == "2025-03-03T09:00"
    assert [(c["value_low"], c["stated_on"]) for c in got.claims] == [(3500, "2025-03-02")]


def test_a_part_of_a_whole_with_a_bare_fate_is_a_loss() -> None:
    body = 'JCS statement per AP: "around 3,500" of the some 9,000 killed or injured.\n'
    assert ("Joint Chiefs of Staff (South Korea)", "killed_or_wounded", 3500, 3500, "about") in _rows(body)


def test_an_outlets_copy_speaks_for_no_one() -> None:
    body = (
        "The JCS said around 3,500 North Korean soldiers were killed or injured. The Daily Courier's English "
        'copy says "3,500 have died", a mistranslation.\n'
    )
    assert [r[1] for r in _rows(body)] == ["killed_or_wounded"]


def test_an_embeds_author_line_with_its_platform_speaks_for_the_text_under_it() -> None:
    text = (
        "Guild: Some Research Group\nChannel: intel / #dprk\n\n"
        "[02-Mar-25 07:02 PM] FeedBot [BOT]\n"
        "{Embed}\n"
        "UK Defence Intelligence (X)\n"
        "Intelligence update - 2 March 2025\n"
        "North Korea has likely suffered more than 4,500 casualties in the Kursk region so far.\n"
    )
    assert [(c[0], c[2]) for c in _claims(text)] == [(UK_DI, 4500)]


# ------------------------------------------------------------------ statement dates in stamped layouts
def test_agency_datelines_with_the_agency_first_or_two_cities_date_the_report() -> None:
    for dateline in (
        "(ANSA) - ROME, MAR 3 - ",
        "Sofia/Seoul, March 3 (BTA) - ",
        "Seoul, Mar 3 (EFE).- ",
    ):
        text = (
            "Agency English -- World\n\nNorth Korean losses\n\n"
            f"{dateline}The NIS said on Monday that around 3,100 North Korean soldiers had been wounded "
            "since 2024.\n"
        )
        got = extract(text)
        assert got.document["published_at"] == "2025-03-03", dateline
        assert [c["stated_on"] for c in got.claims] == ["2025-03-03"], dateline


def test_a_text_file_of_markup_is_read_by_its_text() -> None:
    text = (
        '<?xml version="1.0" encoding="UTF-8"?>\n<kml><Document>\n  <name>Working map</name>\n'
        "  <description><![CDATA[Pins are places named in claims.\n"
        "Exported 3 Mar 2025 22:40 UTC, layer v1. Nothing here is confirmed on the ground.]]></description>\n"
        "  <Style><IconStyle><color>ff0000ff</color><scale>1.1</scale></IconStyle></Style>\n"
        "  <Placemark>\n    <name>Plekhovo</name>\n"
        "    <description><![CDATA[HUR on Telegram, Mon 3 Mar: at least 40 North Korean soldiers killed or "
        "wounded near Plekhovo.<br>\nNo coordinates given.]]></description>\n"
        "    <Point><coordinates>35.1240,51.2160,0</coordinates></Point>\n  </Placemark>\n"
        "</Document></kml>\n"
    )
    got = extract(text)
    assert got.document["published_at"] == "2025-03-03T22:40+00:00"  # UTC (QA pass 40 #6)
    assert [(c["claimant"], c["value_low"], c["stated_on"]) for c in got.claims] == [
        ("Defense Intelligence of Ukraine (HUR)", 40, "2025-03-03")
    ]


def test_a_microblogs_month_day_stamp_dates_the_post_in_the_year_the_text_gives() -> None:
    text = (
        "Military Observer  ✔ (V-certified)   Followers 1.2 million\n"
        "03-04 08:47 from iPhone      [Edited]\n\n"
        "Kursk: the numbers so far\n\n"
        "Yesterday, Ukraine's General Staff said more than 4,100 North Korean soldiers had been killed or "
        "wounded in the Kursk region since the start of 2025.\n"
    )
    got = extract(text)
    assert got.document["published_at"] == "2025-03-04T08:47"
    assert [c["stated_on"] for c in got.claims] == ["2025-03-03"]


def test_a_channels_json_export_is_read_message_by_message() -> None:
    text = (
        '{\n "name": "Front Notes",\n "type": "public_channel",\n "id": 1789034411,\n "messages": [\n'
        '  {"id": 20391, "type": "message", "date": "2025-03-02T14:20:07", "date_unixtime": "1740925207",'
        ' "from": "Front Notes", "views": 31877,'
        ' "text": ["DeepState: Ukrainian forces now hold ", {"type": "bold", "text": "210 km²"},'
        ' " in Kursk Oblast."]},\n'
        '  {"id": 20402, "type": "message", "date": "2025-03-03T22:58:41", "date_unixtime": "1741042721",'
        ' "from": "Front Notes", "views": 54120, "width": 1280, "height": 853,'
        ' "text": "Nothing new on the map today."}\n ]\n}\n'
    )
    got = extract(text)
    assert got.document["published_at"] == "2025-03-03T22:58"
    assert [(c["claimant"], c["metric"], c["value_low"], c["stated_on"]) for c in got.claims] == [
        ("DeepState", "area_held_km2", 210, "2025-03-02")
    ]


def test_a_streams_chat_replay_lines_are_messages_not_speakers() -> None:
    text = (
        "Streamhall › somechannel › Past broadcasts\n"
        "Kirby and the numbers | LIVE #14\n"
        "Streamed Mon 3 Mar 2025 · 1:02:08 · 1,442 views\n\n"
        "Chat replay (selected; times are stream time)\n"
        "00:06:31  [MOD] night_ops: pinned - Kirby, White House briefing today: North Korea has suffered "
        '"a thousand" killed or wounded in the last week alone.\n'
        "00:06:55  watcher_22: a thousand IN A WEEK??\n"
    )
    got = [c[:5] for c in _claims(text)]
    assert got == [
        ("John Kirby (White House National Security Council)", "killed_or_wounded", 1000, 1000, "about")
    ]


def test_put_at_a_figure_in_words_says_it() -> None:
    body = "A senior US defense official had earlier this month put North Korean casualties at several hundred killed or wounded.\n"
    assert _rows(body) == [
        ("US Department of Defense (senior official)", "killed_or_wounded", 200, 999, "range")
    ]


def test_an_aside_listing_what_a_total_counts_does_not_decide_its_metric() -> None:
    body = (
        "Western officials said that casualties overall - counting killed, wounded, missing and captured - "
        "stood at about 3,600.\n"
    )
    assert _rows(body) == [("Western officials", "killed_or_wounded", 3600, 3600, "about")]


def test_the_joint_chiefs_short_name_is_the_south_korean_jcs() -> None:
    body = "3/ Seoul's Joint Chiefs, same day: around 1,300 North Korean casualties, killed and wounded combined.\n"
    assert _rows(body) == [("Joint Chiefs of Staff (South Korea)", "killed_or_wounded", 1300, 1300, "about")]


def test_the_same_count_at_an_earlier_month_is_the_last_speakers() -> None:
    body = (
        "The NIS said around 1,800 North Korean soldiers have been killed. And in March it was about 500.\n"
    )
    assert [(r[0], r[1], r[2]) for r in _rows(body)] == [(NIS, "killed", 1800), (NIS, "killed", 500)]


def test_lawmakers_named_in_the_plural_relay_the_agency() -> None:
    body = (
        "The NIS told the committee on Wednesday that about 700 North Korean soldiers had been killed, "
        "according to lawmakers Park Min-jae and Choi Ji-won.\n\n"
        '"Roughly 3,900 were wounded," Park told reporters after the closed-door session.\n'
    )
    assert [(r[0], r[1], r[2]) for r in _rows(body)] == [(NIS, "killed", 700), (NIS, "wounded", 3900)]


def test_the_uk_ministrys_update_on_x_is_its_defence_intelligences() -> None:
    body = (
        "On Sunday the UK Ministry of Defence said in an update on X that North Korean casualties in Kursk "
        "had highly likely passed 5,500.\n"
    )
    assert [r[0] for r in _rows(body)] == [UK_DI]


def test_a_second_batch_after_plus_or_a_quoted_as_well_as_is_sent_too() -> None:
    bodies = (
        "Shoigu said Kim had decided to send two thousand sappers to Kursk to clear mines, plus four "
        "thousand military builders to rebuild what was destroyed.\n",
        'Shoigu said Kim had decided to send "two thousand sappers" to clear mines, "as well as four '
        'thousand military builders" to rebuild what was destroyed.\n',
    )
    for body in bodies:
        assert [(r[1], r[2]) for r in _rows(body)] == [
            ("troops_deployed", 2000),
            ("troops_deployed", 4000),
        ], body


def test_the_value_a_figure_fell_from_after_a_comma_is_no_claim() -> None:
    body = (
        "DeepState: the Ukrainian-held area in Kursk region is down to 210 km², from 1,376 km² at the peak.\n"
    )
    assert [(r[1], r[2]) for r in _rows(body)] == [("area_held_km2", 210)]


def test_a_copied_posts_short_stamp_dates_the_post() -> None:
    text = (
        "Desk columns as of Fri 7 Mar 2025 18:05   (copied for the Monday meeting)\n\n"
        "COLUMN 1 · List: korea-desk\n"
        "Wire Desk @wire_desk · Mar 3\n"
        "Pentagon's Ryder at today's briefing: about 9,000 North Korean troops in Russia in total.\n"
        "Other Desk @other_desk · 2h\n"
        "Zelensky to reporters today: there are 9,500 North Korean soldiers in the Kursk region.\n"
    )
    got = [(c[0], c[5]) for c in _claims(text)]
    assert got == [(RYDER, "2025-03-03"), (ZELENSKYY, "2025-03-07")]


def test_this_afternoon_in_a_posts_label_is_the_posts_day() -> None:
    text = (
        HEADER
        + "Zelensky on Telegram this afternoon: more than 2,800 North Korean soldiers killed or wounded.\n"
    )
    assert [c["stated_on"] for c in extract(text).claims] == ["2025-03-03"]


def test_a_short_named_bodys_figure_restated_by_its_spokesperson_is_the_spokespersons() -> None:
    body = (
        "North Korean troops have suffered around 1,200 casualties, the White House said on Friday.\n\n"
        "White House National Security Council spokesperson John Kirby told a press briefing that around "
        "1,200 North Korean soldiers had been killed or wounded.\n"
    )
    assert {r[0] for r in _rows(body)} == {"John Kirby (White House National Security Council)"}


def test_a_feeds_items_under_their_stamps_are_sentences() -> None:
    text = (
        "LiveMap  |  Kursk region - live map feed\n"
        "Saved 03.03.2025 22:40\n\n"
        "[flag] 4 hours ago\n"
        "DeepState: Ukrainian-held area in Kursk region down to 210 km², from 1,376 km² at the peak\n"
        "source: deepstatemap.live · show on map\n\n"
        "[tank] 9 hours ago\n"
        "Heavy fighting on the road south-west of Sudzha towards the border crossing\n"
        "source: milbloggers · show on map\n"
    )
    got = extract(text)
    assert got.document["published_at"] == "2025-03-03T22:40"
    assert [(c["claimant"], c["value_low"]) for c in got.claims if c["qualifier"]] == [("DeepState", 210)]


def test_a_verbless_loss_count_with_now_in_a_label_is_a_claim() -> None:
    body = "Zelensky on Telegram just now: North Korean killed and wounded in Kursk now over 2,800.\n"
    assert _rows(body) == [(ZELENSKYY, "killed_or_wounded", 2800, None, "over")]


def test_a_notes_label_says_what_its_count_counts() -> None:
    body = (
        "The NIS told lawmakers on Monday that about 700 North Korean soldiers were killed.\n\n"
        "Wounded: around 3,900, per the same briefing.\n\n"
        "Total sent: about 14,000, in two deployments, the NIS says.\n"
    )
    assert [(r[1], r[2]) for r in _rows(body)] == [
        ("killed", 700),
        ("wounded", 3900),
        ("troops_deployed", 14000),
    ]


def test_he_can_be_a_blogger_the_actors_file_lists_among_the_media() -> None:
    body = (
        "Vladimir Romanov wrote in his Telegram that the storm was fast. According to him, more than 250 "
        "Ukrainian soldiers were killed.\n"
    )
    assert [r[0] for r in _rows(body)] == ["Vladimir Romanov (Russian military blogger)"]
