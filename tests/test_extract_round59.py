"""Round 59 (session 30): a poster's or slide's table with no header row ("day | who (channel) |
figure as quoted", set 187, read in session 29).

The texts are invented for each behaviour, not copied from any report; negatives guard what must
not change. Tests share no state (xdist-safe).
"""

from __future__ import annotations

from etl.extract import extract
from tests.helpers import numeric_claims, one_claim

POSTER = """POSTER 12 | Northern Security Forum, Tallinn | Session C, Thursday 12 Dec 2024

Counting the deployment: official estimates of North Korean troops sent to Russia
M. Ilves, S. Choi – Institute of Border Studies

RESULTS – Table 2. Estimates by source
29 Oct | John Kirby, White House (press conference) | "about 10,000" in eastern Russia
5 Nov | Pat Ryder, Pentagon (press briefing) | between 11,000 and 12,000 in Russia
8 Nov | Zelenskyy (evening address) | "There are 11,000 of them" in the Kursk region

Funding: grant 2024-0311 | 14 posters in session C
"""


def test_a_headerless_tables_rows_are_each_their_speakers_dated_claim() -> None:
    # no header names the columns: the first cell is the day, the second who spoke (channel in
    # brackets), the third the figure as quoted; the title says what is counted
    got = {
        (c["claimant"], c["stated_on"], c["value_low"], c["value_high"], c["qualifier"])
        for c in numeric_claims(POSTER)
    }
    assert got == {
        ("John Kirby (White House National Security Council)", "2024-10-29", 10000, 10000, "about"),
        ("Pat Ryder (US Department of Defense)", "2024-11-05", 11000, 12000, "range"),
        ("Volodymyr Zelenskyy", "2024-11-08", 11000, 11000, "exact"),
    }
    assert {c["metric"] for c in numeric_claims(POSTER)} == {"troops_deployed"}


def test_a_headerless_table_of_a_schedule_gives_no_claims() -> None:
    # (negative) a programme's rows: a day, a room (in brackets), a count of seats, not a claim
    text = (
        "Northern Security Forum, Tallinn – programme\n\n"
        "12 Dec | Plenary hall (level 2) | 400 seats, doors 09:00\n"
        "13 Dec | Room B (annex) | 120 seats, doors 09:30\n"
    )
    assert extract(text).claims == []


DESK_DECK = """Peninsula desk – Monday numbers – 16 December 2024
(outline export)

1 | Two counts
• GUR Kyiv (Telegram, 16/12): at least 30 DPRK KIA/WIA in Kursk region on 14–15 Dec
• JCS Seoul (16/12): "around 200" DPRK casualties, killed or wounded, in Kursk
Internal – Peninsula desk – 16 Dec 2024 – p. 1

2 | Next
• NIS (statement, 16/12): 1 DPRK soldier captured in Kursk on 15/12
Internal – Peninsula desk – 16 Dec 2024 – p. 2
"""


def test_a_decks_source_label_with_its_capital_after_the_initials_is_that_body() -> None:
    # "JCS Seoul" is South Korea's Joint Chiefs, not "Seoul" (South Korea) speaking
    got = {c["value_low"]: c["claimant"] for c in numeric_claims(DESK_DECK)}
    assert got[200] == "Joint Chiefs of Staff (South Korea)"
    assert got[30] == "Defense Intelligence of Ukraine (HUR)"


ROUGH_CUT = """VIDEO ARCHIVE - ROUGH CUT

Story No: 7781204
Headline: RAW: Seoul lawmakers briefed on North Korean losses
Date: 01/13/2025 10:05 AM
Duration: 3:40
Location: Seoul, South Korea / Kyiv, Ukraine

SHOTLIST:
Seoul - 13 January 2025
1. Exterior of National Assembly
2. Lawmakers leaving briefing room
HANDOUT - MANDATORY CREDIT
Kyiv - Date unknown, released 12 January 2025
3. Soldier on a bed, hands bandaged

STORYLINE:
South Korea's spy agency told lawmakers at a closed-door briefing on Monday that about 300 North Korean soldiers had been killed so far fighting for Russia in the Kursk region.
"""


def test_a_pages_date_field_outranks_a_shots_release_date_below_it() -> None:
    # the page is of Monday 13 January: "on Monday" is that day, not the Monday before the
    # handout's "released 12 January" (a Sunday)
    nis = one_claim(ROUGH_CUT, 300)
    assert (nis["claimant"], nis["stated_on"]) == (
        "National Intelligence Service (South Korea)",
        "2025-01-13",
    )


def test_a_release_date_with_no_date_field_still_dates_the_page() -> None:
    # (negative) with no "Date:" field, a header's "Released" stamp is still the page's date
    text = (
        "Ministry bulletin\n"
        "Released 12 January 2025\n\n"
        "South Korea's spy agency told lawmakers on Friday that about 300 North Korean soldiers had "
        "been killed so far in the Kursk region.\n"
    )
    assert one_claim(text, 300)["stated_on"] == "2025-01-10"


LIVE_CC = """WEBVTT

NOTE Metro Feed live CC (roll-up), Pentagon briefing, 12/20/2024. Uncorrected.

1
00:00:00.000 --> 00:00:03.100
>> THE PENTAGON SAYS NORTH KOREA'S
LOSSES ARE GROWING.

2
00:00:03.100 --> 00:00:06.200
LOSSES ARE GROWING.
HERE IS PAT RYDER EARLIER TODAY.

3
00:00:06.200 --> 00:00:09.400
HERE IS PAT RYDER EARLIER TODAY.
>> PAT RYDER SAID THAT SEVERAL HUNDRED

4
00:00:09.400 --> 00:00:12.600
PAT RYDER SAID THAT SEVERAL HUNDRED
NORTH KOREAN TROOPS WERE KILLED OR WOUNDED.
"""

AUTO_CAPTIONS = """Peninsula Update · "North Korean losses" · 9:12 · Dec 17, 2024
Transcript: English (auto-generated)

1
00:00:00,120 --> 00:00:03,400
welcome back to peninsula update today

2
00:00:03,400 --> 00:00:06,900
welcome back to peninsula update today
ukraine's military intelligence the hur said on

3
00:00:06,900 --> 00:00:10,300
ukraine's military intelligence the hur said on
telegram on monday that at least 30 north

4
00:00:10,300 --> 00:00:13,800
telegram on monday that at least 30 north
korean soldiers were killed or wounded near

5
00:00:13,800 --> 00:00:17,100
korean soldiers were killed or wounded near
plekhovo in the kursk region the kremlin

6
00:00:17,100 --> 00:00:20,600
plekhovo in the kursk region the kremlin
declined to comment and referred questions to the defence ministry thanks for watching see you tomorrow
"""


def test_roll_up_captions_in_capitals_are_read_once_and_in_sentence_case() -> None:
    # each cue repeats the line before: read once, the figure is Ryder's, not "several hundred"
    # said twice; the capitals hide no name
    got = [(c["claimant"], c["value_low"], c["value_high"], c["qualifier"]) for c in numeric_claims(LIVE_CC)]
    assert got == [("Pat Ryder (US Department of Defense)", 200, 999, "range")]


def test_machine_captions_in_lower_case_with_no_stops_give_the_speakers_figure() -> None:
    # lower case, no punctuation, each cue repeating the last: the HUR's figure is read, and the
    # Kremlin's refusal to comment further on is its own sentence, not read into the HUR's
    hur = one_claim(AUTO_CAPTIONS, 30)
    assert (hur["claimant"], hur["qualifier"], hur["stated_on"]) == (
        "Defense Intelligence of Ukraine (HUR)",
        "at_least",
        "2024-12-16",
    )


LOGSEQ = """title:: Dec 17th, 2024
tags:: [[Kursk]], [[DPRK casualties]]

- Weekend, North Korean units in [[Kursk Oblast]]
\t- [[John Kirby]], White House press briefing, Monday 16 Dec
\t\t- "several hundred" North Korean troops killed or wounded so far
\t\t- no breakdown given
- TODO check the Sumy Vorozhba
- LATER my tally: 40-80 casualties over the weekend alone. Weak, mine.
"""

APPLE_NOTE = """NK in Kursk - end-March check
31 March 2025 at 09:14
Folder: Work > Korea desk   Shared with: 2 people

Checklist
☑ JCS statement (Thu 27 Mar)
☐ Reconcile with the Q1 deck (slide 9)

JCS, statement, Thursday 27 March
• around 4,000 North Korean casualties, killed or injured, in the Kursk fighting

My numbers (NOT claims)
• my range for killed: 1,300-1,700
• battalions seen in the imagery: 6
"""


def test_a_note_apps_source_line_gives_its_bullets_to_that_source_and_day() -> None:
    # a Logseq outline: the wiki-linked source line over a bullet with the figure
    kirby = one_claim(LOGSEQ, 200)
    assert (kirby["claimant"], kirby["stated_on"], kirby["value_high"]) == (
        "John Kirby (White House National Security Council)",
        "2024-12-16",
        999,
    )
    # an Apple Note: "JCS, statement, Thursday 27 March" over its bullet
    jcs = one_claim(APPLE_NOTE, 4000)
    assert (jcs["claimant"], jcs["stated_on"], jcs["qualifier"]) == (
        "Joint Chiefs of Staff (South Korea)",
        "2025-03-27",
        "about",
    )


def test_an_analysts_own_numbers_and_tasks_in_a_note_are_no_claims() -> None:
    # (negative) "my tally", "My numbers (NOT claims)" and the bullets under it, a checklist
    assert {c["value_low"] for c in numeric_claims(LOGSEQ)} == {200}
    assert {c["value_low"] for c in numeric_claims(APPLE_NOTE)} == {4000}


TIDDLY = """created: 20250903061244518
tags: Kursk DPRK [[NK casualties]]
title: NK in Kursk - synthesis
type: text/vnd.tiddlywiki

!! Yesterday (Tue 2 Sep)
* [[NIS]], parliamentary briefing, relayed by a lawmaker:
** North Korean deaths now put at ''around 2,000''
* UK Defence Intelligence, intelligence update on X, Sun 15 June: North Korean forces had suffered more than 6,000 casualties in Kursk Oblast
* [ ] ratio: 2,000 / ~15,000 = about 13%. My calc, not a source.
"""

NOTION_TABLE = """# Deployment tracker - week 45

Created: November 8, 2024 3:47 PM
Owner: J. Doe
Tags: DPRK, Kursk

| Who | What they said | When / where | Region |
| --- | --- | --- | --- |
| Pat Ryder (Pentagon press secretary) | between 11,000 and 12,000 North Korean troops in Russia in total | press briefing, Mon 4 Nov | Russia (whole) |

- [ ] Merge with TRK-0044
"""


def test_a_tiddlywiki_outline_and_a_source_before_a_colon_are_read_as_statements() -> None:
    # "** " is a bullet under the "* " source line; a line "source, channel, day: figure" is that
    # source's statement of that day; the analyst's own ratio is no claim
    got = {c["value_low"]: (c["claimant"], c["stated_on"]) for c in numeric_claims(TIDDLY)}
    assert got == {
        2000: ("National Intelligence Service (South Korea)", "2025-09-02"),
        6000: ("UK Ministry of Defence (Defence Intelligence)", "2025-06-15"),
    }


def test_a_tables_when_and_where_column_gives_the_day_and_the_venue() -> None:
    # a Notion table's "When / where" cell: "press briefing, Mon 4 Nov" dates the row
    ryder = one_claim(NOTION_TABLE, 11000)
    assert (ryder["claimant"], ryder["stated_on"], ryder["value_high"]) == (
        "Pat Ryder (US Department of Defense)",
        "2024-11-04",
        12000,
    )


LOGSEQ_LABELS = """title:: Dec 17th, 2024
tags:: [[Kursk]]

- Weekend fighting, North Korean units in [[Kursk Oblast]]
\t- HUR: at least 30 North Korean soldiers killed or wounded on Saturday and Sunday near [[Plekhovo]]
- Russian side: blogger [[Vladimir Romanov]] on Telegram, Thursday 12 Dec
\t- "more than 300" Ukrainian servicemen killed in the raid
- **For** the weekly: 12 slides, 3 maps
"""


def test_a_notes_initials_label_and_a_sides_source_line_are_their_sources() -> None:
    # "HUR:" before the figure is HUR speaking; "Russian side: blogger X on Telegram, Thursday 12
    # Dec" is X's source line; "For the weekly: 12 slides" names no one
    got = {c["value_low"]: (c["claimant"], c["stated_on"]) for c in numeric_claims(LOGSEQ_LABELS)}
    assert got[30][0] == "Defense Intelligence of Ukraine (HUR)"
    assert got[300] == ("Vladimir Romanov (Russian military blogger)", "2024-12-12")
    assert 12 not in got and 3 not in got


VOICES = """WEBVTT

NOTE
EVENING DESK, segment 1
Aired 11/05/2024 6:30 PM ET

1
00:00:00.000 --> 00:00:03.500
<v Anchor One>Good evening. The Pentagon has a new count.

2
00:00:03.500 --> 00:00:07.000
<v Pat Ryder>We now assess that there is a total of between 11,000 and

3
00:00:07.000 --> 00:00:10.000
<v Pat Ryder>12,000 North Korean soldiers in Russia.

4
00:00:10.000 --> 00:00:14.000
<v Reporter Two>A week earlier, on October 28, his deputy Sabrina Singh said around 10,000 had been sent to train in eastern Russia.
"""


def test_webvtt_voices_are_turns_and_a_us_time_zone_reads_slash_dates_month_first() -> None:
    # "<v Pat Ryder>" on two cues is one turn (the figure split across them is read whole); the
    # page of "11/05/2024 6:30 PM ET" is of 5 November, so "October 28" is 2024's
    got = {c["value_low"]: (c["claimant"], c["stated_on"]) for c in numeric_claims(VOICES)}
    assert got[11000][0] == "Pat Ryder (US Department of Defense)"
    assert got[10000] == ("Sabrina Singh (US Department of Defense)", "2024-10-28")


def test_a_day_first_slash_date_with_a_european_time_stays_day_first() -> None:
    # (negative) "11/05/2024 18:30 CET" is 11 May: no US time zone, no month-first evidence
    text = (
        "Aired 11/05/2024 18:30 CET\n\n"
        "Ukraine's military intelligence said on Friday that at least 30 North Korean soldiers were "
        "killed or wounded near Plekhovo.\n"
    )
    assert one_claim(text, 30)["stated_on"] == "2024-05-10"


TWO_CAPTURES = """[Analyst's paste: two Wayback Machine captures of one live page.]

=== CAPTURE A: 23 Dec 2024, 09:45:02 UTC ===
LIVE | Monday, 23 December 2024
11:02 South Korea's Joint Chiefs of Staff put North Korean casualties at at least 1,100 killed or wounded.

=== CAPTURE B: 24 Dec 2024, 03:11:37 UTC ===
LIVE | Monday, 23 December 2024 | Live ended 23:58
11:02 South Korea's Joint Chiefs of Staff put North Korean casualties at around 1,100 killed or wounded.
"""

CAPTURED_PAGE = """The Wayback Machine - https://web.archive.org/web/20241127061210/https://digest.example/korea/storm-shadow
INTERNET ARCHIVE | Wayback Machine
3 captures | 27 Nov 2024 - 02 Dec 2024 | NOV 27 2024 | About this capture

DIGEST | Korea | 2 days ago | 3 min read

Global Defense Corp, a defence news website, reported on Sunday that about 500 North Korean soldiers had been killed in a Storm Shadow strike in Kursk Oblast.

11 Comments
kharkiv_owl | Nov 26
My neighbour's son says 800 of them died near Sudzha last week.
"""


def test_of_two_captures_of_one_page_the_last_is_read() -> None:
    # capture A's "at least 1,100" was corrected by capture B's "around 1,100": one claim, B's
    got = [(c["value_low"], c["qualifier"]) for c in numeric_claims(TWO_CAPTURES)]
    assert got == [(1100, "about")]


def test_a_captured_pages_comments_go_and_its_ago_counts_from_the_capture() -> None:
    # "2 days ago" on a page captured 27 November is 25 November, so "on Sunday" is 24 November;
    # a commenter's "800 of them" is nobody's claim; the archive's capture counts are no figures
    gdc = one_claim(CAPTURED_PAGE, 500)
    assert gdc["stated_on"] == "2024-11-24"
    assert {c["value_low"] for c in numeric_claims(CAPTURED_PAGE)} == {500}


SCAN = """NORTHERN WEEKLY   |   NOVEMBER 9-15, 2O24

On Nov. 4, Pentagon press secretary Pat Ryder told his regular press briefing that between 11,OOO and l2,OOO North Korean troops were now in Russia. Secretary of State Antony Blinken had said on Oct. 31 that as many as B,OOO had been moved to the Kursk region.
"""

SCREENS = """Screens photographed off the newsroom TV, 26.O4.2O25.

--- photo 4 | 18:01 ---
GL24  LIVE  MOSCOW
GERASIMOV: UKRAINE LOST MORE THAN 76,OOO KILLED AND WOUNDED IN KURSK
SAYS OVER 7,7OO PIECES OF EQUIPMENT DESTROYED

--- photo 5 | 18:09 ---
GL24  KYIV RESPONDS
UKRAINE'S GENERAL STAFF DENIES KURSK OPERATION IS OVER
"""


def test_a_scans_damaged_numbers_are_read_as_the_figures_they_are() -> None:
    # OCR's letters for digits: "B,OOO" is 8,000, "11,OOO and l2,OOO" 11,000 to 12,000
    got = {(c["claimant"], c["value_low"], c["value_high"], c["qualifier"]) for c in numeric_claims(SCAN)}
    assert got == {
        ("Pat Ryder (US Department of Defense)", 11000, 12000, "range"),
        ("Antony Blinken (US State Department)", None, 8000, "up_to"),
    }


def test_a_tv_screens_lines_in_capitals_are_each_a_sentence() -> None:
    # mostly capitals, no stops: each line is recased and read on its own
    got = [(c["claimant"], c["value_low"], c["qualifier"]) for c in numeric_claims(SCREENS)]
    assert got == [("Valery Gerasimov", 76000, "over")]


def test_a_single_odd_token_in_clean_text_is_left_as_printed() -> None:
    # (negative) one "2O24"-like token is no evidence of a scan: the text is not rewritten
    from etl.extract.document import repair_ocr_numbers

    text = "Model B,OOO is a product code. The NIS said about 300 North Korean soldiers were killed."
    assert repair_ocr_numbers(text) == text


# QA pass 24: the session's new inputs, as a tester wrote them

ROLL_UP_3 = """1
00:00:00,000 --> 00:00:03,000
PRESIDENT ZELENSKYY SAID ON
THURSDAY, JANUARY 9, 2025,

2
00:00:03,000 --> 00:00:06,000
PRESIDENT ZELENSKYY SAID ON
THURSDAY, JANUARY 9, 2025,
THAT NORTH KOREA HAS LOST

3
00:00:06,000 --> 00:00:09,000
THURSDAY, JANUARY 9, 2025,
THAT NORTH KOREA HAS LOST
4,000 SOLDIERS IN KURSK.
"""

PAINT_ON = """1
00:00:01,000 --> 00:00:02,000
PRESIDENT ZELENSKYY SAID ON JANUARY 9, 2025
THAT NORTH KOREA HAS LOST AT LEAST 4,

2
00:00:02,000 --> 00:00:03,000
THAT NORTH KOREA HAS LOST AT LEAST 4,000 SOLDIERS.
"""

VTT_IDS = """WEBVTT

NOTE Transcript of the White House briefing, 27 December 2024. Viewers: 12,500

intro
00:00:01.000 --> 00:00:04.000
<v John Kirby>North Korean troops have suffered more than 1,000 killed or wounded

kirby-2
00:00:04.000 --> 00:00:07.000
<v John Kirby>in Kursk, he said.

NOTE editor: 3,000 total is our own estimate, not Kirby's
"""

NO_MILLIS = """1
00:00:01 --> 00:00:04
HUR said on 16 December 2024 that at least 30 North Korean soldiers

2
00:00:04 --> 00:00:08
were killed or wounded near Plekhovo.
"""


def test_roll_up_lines_are_read_once_and_a_paint_on_line_once_complete() -> None:
    # a three-line roll-up repeats two lines a cue; a paint-on caption grows "4," into "4,000"
    assert [(c["value_low"], c["qualifier"]) for c in numeric_claims(ROLL_UP_3)] == [(4000, "exact")]
    assert one_claim(ROLL_UP_3, 4000)["quote"].count("NORTH KOREA HAS LOST") <= 1
    assert [(c["value_low"], c["qualifier"]) for c in numeric_claims(PAINT_ON)] == [(4000, "at_least")]


def test_webvtt_cue_identifiers_note_blocks_and_timings_without_milliseconds() -> None:
    # "kirby-2" is a cue's identifier, not words; a NOTE block's "3,000 total" is the editor's;
    # SRT timings may come without milliseconds
    kirby = numeric_claims(VTT_IDS)
    assert [(c["claimant"], c["value_low"]) for c in kirby] == [
        ("John Kirby (White House National Security Council)", 1000)
    ]
    assert "kirby-2" not in kirby[0]["quote"]
    assert one_claim(NO_MILLIS, 30)["claimant"] == "Defense Intelligence of Ukraine (HUR)"


def test_a_notes_first_person_guesses_are_no_claims() -> None:
    # (negative) "I'd put it nearer 1,000", "My count …: 450", "my guess is 600" under the NIS's line
    note = (
        "---\ndate: 2025-01-14\n---\n# Kursk\n\n- [[NIS]], parliamentary briefing, Monday 13 January:\n"
        "    - about 300 North Korean soldiers killed\n    - I'd put it nearer 1,000 killed\n"
        "    - My count from the footage: 450 killed\n    - my guess is 600 killed by now\n"
    )
    assert {c["value_low"] for c in numeric_claims(note)} == {300}


def test_an_archives_comments_under_any_heading_and_an_earlier_capture_are_left_out() -> None:
    page = (
        "The Wayback Machine - https://web.archive.org/web/20241216101010/https://a.example/hur\n\n"
        "HUR said on Telegram on Monday that 300 North Korean soldiers were killed.\n\n"
        "The Wayback Machine - https://web.archive.org/web/20241217101010/https://a.example/hur\n\n"
        "16 December 2024\n\nHUR said on Telegram on Monday that at least 30 North Korean soldiers were "
        "killed or wounded near Plekhovo.\n\nComments (3)\n"
        "anon77: The Russian MoD said 2,000 Ukrainians were killed near Sudzha.\n"
    )
    got = [(c["claimant"], c["value_low"], c["qualifier"]) for c in numeric_claims(page)]
    assert got == [("Defense Intelligence of Ukraine (HUR)", 30, "at_least")]


def test_an_ocr_day_with_an_l_for_its_one_is_read() -> None:
    scan = (
        "THE EVENING POST   l6 December 2O24   PAGE l2\n\n"
        "Ukraine's military intelligence said on Monday that at least 30 North Korean soldiers were "
        "killed or wounded near Plekhovo.\n"
    )
    assert one_claim(scan, 30)["stated_on"] == "2024-12-16"


def test_a_long_run_of_link_brackets_is_read_in_linear_time() -> None:
    # "[[" 30,000 times took 35 s (the link pattern backtracked); now well under a second or two
    import time

    start = time.process_time()
    extract("Notes\n" + "[[" * 30_000 + "\n")
    assert time.process_time() - start < 10.0


def test_a_notes_creation_stamp_before_the_day_it_names_dates_nothing() -> None:
    # created on 3 January, written on until the 13th: the bullets are the 13th's, both of them
    note = (
        "created: 20250103120000000\ntitle: NIS briefing notes\ntags: kursk\n\n"
        "!! NIS, parliamentary briefing, Monday 13 January\n* [[NIS]] told lawmakers:\n"
        "** about 300 North Korean soldiers killed\n** about 2,700 wounded\n"
    )
    assert {c["value_low"]: c["stated_on"] for c in numeric_claims(note)} == {
        300: "2025-01-13",
        2700: "2025-01-13",
    }
