"""Round 56 (session 28): military situation reports, intelligence summaries and watch logs (holdout
set 179): date-time groups, months and names in capitals; and (from the dev set) the day a news
story's lead dates its news to. Set 180 (press reviews) was never read; set 181 (narrative features
told out of order) was read and left as it is (its relative days count from the story's scene).

The texts are invented for each behaviour, not copied from any report; negatives guard what must
not change. Tests share no state (xdist-safe).
"""

from __future__ import annotations

from datetime import date, datetime

from etl.extract import extract
from etl.extract.dates import find_dates, parse_date_line
from tests.helpers import one_claim

SITREP = (
    "UNCLASSIFIED // FOR TRAINING\n\nKURSK CELL\nSITREP 112\nDTG: 170600ZDEC24\n\n"
    "1. HUR claims at least 30 DPRK soldiers killed or wounded near PLEKHOVO, VOROZHBA and "
    "MARTYNOVKA on 14 and 15 DEC.\n\n2. Assessment: fighting continues.\n"
)


def test_a_date_time_group_dates_the_report() -> None:
    assert parse_date_line("DTG: 290600ZOCT24") == datetime(2024, 10, 29, 6, 0)
    assert parse_date_line("DTG 28 0600Z Dec 24 | AS OF 28 0400Z Dec 24") == datetime(2024, 12, 28, 6, 0)
    assert parse_date_line("LOG CLOSED: 080645ZNOV24") == datetime(2024, 11, 8, 6, 45)
    assert parse_date_line("DAILY SITREP - 28 DEC 24") == datetime(2024, 12, 28)
    assert extract(SITREP).document["published_at"] == "2024-12-17T06:00"


def test_a_sitreps_names_and_months_in_capitals_are_read() -> None:
    hur = one_claim(SITREP, 30)
    assert hur["claimant"] == "Defense Intelligence of Ukraine (HUR)"
    assert (hur["stated_on"], hur["stated_on_precision"]) == ("2024-12-17", "day")
    assert hur["places"] == "Plekhovo;Vorozhba;Martynovka"
    assert (hur["basis"], hur["period_start"], hur["period_end"]) == ("period", "2024-12-14", "2024-12-15")
    # the quote is given back as printed
    assert "near PLEKHOVO, VOROZHBA and MARTYNOVKA" in hur["quote"]


def test_date_time_groups_and_months_in_capitals_in_the_body() -> None:
    ref = date(2024, 11, 8)
    got = [
        (d.text, d.first)
        for d in find_dates("- 311500ZOCT24: SecState said; on 05 NOV; its 04 NOV report", ref)
    ]
    assert got == [
        ("311500ZOCT24", date(2024, 10, 31)),
        ("on 05 NOV", date(2024, 11, 5)),
        ("04 NOV", date(2024, 11, 4)),
    ]
    assert [(d.text, d.first) for d in find_dates("071255Z  Wires:", ref)] == [("071255Z", date(2024, 11, 7))]


def test_a_watch_logs_entry_is_dated_by_its_stamp() -> None:
    text = (
        "WATCH LOG (EXTRACT)\nLOG CLOSED: 080645ZNOV24\n\n"
        "071255Z  Kirby told reporters at the White House that more than 10,000 North Korean troops "
        "were in Russia's KURSK region near SUDZHA and KORENEVO.\n\n"
        "080115Z  Partner liaison asks for the figure.\n"
    )
    kirby = one_claim(text, 10000)
    assert kirby["claimant"] == "John Kirby (White House National Security Council)"
    assert (kirby["stated_on"], kirby["stated_on_precision"]) == ("2024-11-07", "day")
    assert (kirby["places"], kirby["region"]) == ("Sudzha;Korenevo", "Kursk Oblast")


def test_a_transcripts_labels_and_a_datelines_city_keep_their_capitals() -> None:
    # (negative) "MR. RYDER:" labels the turns, "KYIV, Dec 24 (Wire) -" is a dateline: the layout
    # reads both by their capitals, however many names the copy prints in capitals
    text = (
        "Department of Defense\nPress Briefing\nDec. 19, 2024\n\n"
        "MR. RYDER: Good afternoon. We assess that several hundred North Korean soldiers have been "
        "killed or wounded in KURSK, near PLEKHOVO and SUDZHA.\n\nQ: Thank you, General.\n\n"
        "MR. RYDER: Again, several hundred.\n"
    )
    [ryder] = extract(text).claims
    assert ryder["claimant"] == "Pat Ryder (US Department of Defense)"
    assert (ryder["stated_on"], ryder["stated_on_precision"]) == ("2024-12-19", "day")


def test_a_name_in_capitals_once_is_left_as_printed() -> None:
    # (negative) one or two words in capitals are emphasis, not a cable's convention: not read as names
    text = "SEOUL, Dec 20 (Wire) - The NIS told lawmakers at least 100 soldiers died in the KURSK region."
    assert one_claim(text, 100)["region"] == ""


def test_an_undated_claim_told_later_in_a_story_is_the_news_day_of_its_lead() -> None:
    # another body's figures further down, told as news with no day of their own: the lead's
    # day ("on Dec. 23" in the paper of the 24th), not the day the paper was printed
    text = (
        "Zelensky says losses over 3,000\n\nDecember 24, 2024 at 15:30 JST\n\n"
        "President Volodymyr Zelensky said on Dec. 23 that more than 3,000 North Korean soldiers had "
        "been killed or wounded in Russia's Kursk region.\n\n"
        "He warned that Pyongyang could send more soldiers.\n\n"
        "Ukraine's Special Operations Forces said in a separate Telegram post that they had killed 77 "
        "North Korean soldiers over three days of operations in the Kursk region.\n"
    )
    assert one_claim(text, 3000)["stated_on"] == "2024-12-23"
    assert one_claim(text, 77)["stated_on"] == "2024-12-23"


def test_an_undated_claim_in_a_story_led_by_the_days_news_is_that_day() -> None:
    # (negative) a lead dated the day of publication gives nothing earlier to carry
    text = (
        "Zelensky says losses over 3,000\n\nDecember 24, 2024 at 15:30 JST\n\n"
        "President Volodymyr Zelensky said on Dec. 24 that more than 3,000 North Korean soldiers had "
        "been killed or wounded in Russia's Kursk region.\n\n"
        "He warned that Pyongyang could send more soldiers.\n\n"
        "Ukraine's Special Operations Forces said in a separate Telegram post that they had killed 77 "
        "North Korean soldiers over three days of operations in the Kursk region.\n"
    )
    assert one_claim(text, 77)["stated_on"] == "2024-12-24"


NARRATIVE_HEAD = "BOOKS | EXCERPT\n\nThe Fields Beyond Sudzha\n\nBy Oksana Demchuk\nOctober 14, 2025\n\n"


def test_a_narratives_the_monday_is_in_the_week_of_its_scene() -> None:
    # (set 181, read) a book excerpt printed ten months later: "On the Monday" after the scene the
    # text dated is that week's Monday, not the Monday before the excerpt was printed
    text = NARRATIVE_HEAD + (
        "It was the fourteenth of December 2024. The crew had eleven shells left.\n\n"
        "On the Monday, Ukraine's military intelligence agency, the HUR, said on Telegram that at least "
        "30 North Korean soldiers had been killed or wounded near Plekhovo.\n"
    )
    hur = one_claim(text, 30)
    assert (hur["stated_on"], hur["stated_on_precision"]) == ("2024-12-16", "day")


def test_a_news_storys_on_monday_is_still_the_week_it_was_printed() -> None:
    # (negative) "on Monday" without the article, in a story that dates its background: the
    # Monday before publication
    text = NARRATIVE_HEAD + (
        "Ukraine's incursion began on August 6, 2024.\n\n"
        "On Monday, Ukraine's military intelligence agency, the HUR, said on Telegram that at least "
        "30 North Korean soldiers had been killed or wounded near Plekhovo.\n"
    )
    assert one_claim(text, 30)["stated_on"] == "2025-10-13"


def test_a_transcript_label_with_a_note_keeps_its_capitals() -> None:
    # (QA pass 22, negative) "MR. KIRBY (Tuesday call): …" is a label with its note; read as copy
    # ("MR. Kirby (Tuesday call):") it was no label, and Kirby's claim was lost
    text = (
        "Department of Defense press briefing\nDecember 17, 2024\n\n"
        "MS. SINGH: Good afternoon. Nothing to announce about the fighting in KURSK.\n\n"
        "Q: Sabrina, on North Korea: how many have been killed?\n\n"
        "MR. KIRBY (Tuesday call): We assess that at least 200 North Korean soldiers were killed near "
        "PLEKHOVO and KURILOVKA in recent days.\n"
    )
    kirby = one_claim(text, 200)
    assert kirby["claimant"] == "John Kirby (White House National Security Council)"
    assert kirby["quote"].startswith("We assess that at least 200")


def test_a_figure_after_a_month_in_capitals_is_no_two_digit_year() -> None:
    # (QA pass 22, negative) "on 16 DEC 30 North Korean soldiers were killed": 30 soldiers, not 2030
    text = (
        "KYIV, Dec 18 (Reuters) - Ukraine's military intelligence (HUR) said on Wednesday that on 16 DEC "
        "30 North Korean soldiers were killed near the village of PLEKHOVO in the KURSK region.\n"
    )
    assert one_claim(text, 30)["period_start"] == "2024-12-16"
    assert parse_date_line("HUR: 16 DEC 30 NORTH KOREAN SOLDIERS KILLED") is None
