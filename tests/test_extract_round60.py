"""Round 60 (session 31): a video page's transcript panel as an analyst copies it (set 196, read
once scored: the starting rules found 4 figures of 40 in it).

The texts are invented for each behaviour, not copied from any report; negatives guard what must
not change. Tests share no state (xdist-safe).
"""

from __future__ import annotations

from etl.extract import extract
from etl.extract.document import join_captions
from tests.helpers import numeric_claims, one_claim

PANEL = """[pasted 20.12.2024 from the video page, transcript open]
Frontline brief: HUR on North Korean losses in Kursk
Frontline Brief
52K subscribers
Subscribe
2,310 views  Dec 17, 2024
Tuesday's brief. Sources below. Map at 0:40.
0:00 intro
0:40 map
#Kursk #HUR

Transcript
English (auto-generated)
0:00
[Music]
0:04
good morning it's tuesday and here is the brief
0:09
ukraine's military intelligence the hur said on telegram yesterday
0:14
that at least 30 north korean soldiers were killed or wounded
0:19
on saturday and sunday near plekhovo in the kursk region
0:40
on the map plekhovo sits about 10 kilometres from sudzha
0:46
the kremlin declined to comment
0:50
that's the brief see you tomorrow
0:53
[Music]

Pinned by Frontline Brief
@frontlinebrief 3 days ago
Sources: HUR Telegram 16.12
@viewer_77 2 days ago
my guess is at least 50,000 north koreans killed already
"""


def test_a_transcript_panels_lines_run_on_and_its_figure_is_found_with_its_qualifier() -> None:
    # the stamps sit on lines of their own above the words; the words run on into one sentence
    c = one_claim(PANEL, 30)
    assert (c["claimant"], c["metric"], c["qualifier"], c["value_high"]) == (
        "Defense Intelligence of Ukraine (HUR)",
        "killed_or_wounded",
        "at_least",
        None,
    )
    assert "30 North Korean soldiers were killed or wounded" in c["quote"]
    assert "0:14" not in c["quote"] and "[Music]" not in c["quote"]


def test_a_video_pages_date_line_dates_the_page_not_the_note_of_when_it_was_copied() -> None:
    # "2,310 views  Dec 17, 2024" is the page's date: "yesterday" is 16 December (the copy note
    # of 20.12.2024 made it the 19th)
    doc = extract(PANEL).document
    assert doc["published_at"] == "2024-12-17"
    assert one_claim(PANEL, 30)["stated_on"] == "2024-12-16"


def test_the_comments_under_a_transcript_give_no_claim() -> None:
    # a viewer's guess under the video is not a claim, and the pinned source line is no figure
    assert [c["value_low"] for c in numeric_claims(PANEL)] == [30]


def test_a_transcript_with_its_stamps_before_the_words_on_one_line_is_read_too() -> None:
    text = (
        "Evening wrap | Nov 8, 2024\n8,301 views  Nov 8, 2024\n\nTranscript\n"
        "0:00 [Music]\n"
        "0:04 good evening this is the evening wrap for friday november 8th\n"
        "0:09 we start in washington where the numbers keep climbing\n"
        "0:14 on monday pentagon press secretary pat ryder told reporters\n"
        "0:20 that between 11,000 and 12,000 north korean troops are now in russia\n"
        "0:26 >> and what does moscow say\n"
        "0:29 >> kremlin spokesman dmitry peskov declined to comment\n"
        "0:34 and said questions should go to the defence ministry\n"
        "0:39 that's the wrap for friday see you on monday\n"
    )
    c = one_claim(text, 11000)
    assert (c["claimant"], c["value_high"], c["qualifier"], c["metric"]) == (
        "Pat Ryder (US Department of Defense)",
        12000,
        "range",
        "troops_deployed",
    )


def test_a_chat_log_with_a_time_before_each_message_is_not_read_as_a_transcript() -> None:
    # (negative) clock times ("09:01") or named turns ("Olena: …") are a chat, read as before
    chat = (
        "Desk chat, 17 December 2024\n"
        "9:01 Olena: HUR says at least 30 North Korean soldiers killed or wounded near Plekhovo.\n"
        "9:02 Mark: source?\n"
        "9:04 Olena: their Telegram channel.\n"
        "9:05 Mark: ok, logging it\n"
        "9:07 Olena: Kremlin declined to comment.\n"
        "9:09 Mark: thanks\n"
    )
    assert join_captions(chat) == chat
    clock = chat.replace("\n9:", "\n09:").replace("Olena: ", "").replace("Mark: ", "")
    assert join_captions(clock) == clock


def test_a_descriptions_chapter_list_alone_is_not_a_transcript() -> None:
    # (negative) five chapter stamps in a description: too few to be a transcript
    text = (
        "North Korea in Kursk: what we know\n1,204 views  Dec 20, 2024\n"
        "0:00 intro\n0:52 kyiv's count\n2:14 seoul's count\n3:30 how many are there\n5:02 outro\n\n"
        "Seoul's spy agency said at least 100 North Korean soldiers were killed.\n"
    )
    assert join_captions(text) == text
