"""Round 6 of issue 9: transcripts, channel posts, batches and dates as other writers write them.

Each test is a short report written for the behaviour (none is a dev report's sentence), so a
rule that only matched one report's wording fails here. Tests share no state (xdist-safe).
"""

from __future__ import annotations

from datetime import date, datetime

import pytest

from etl.extract import extract
from etl.extract.dates import find_dates, parse_date_line
from etl.extract.document import parse_layout
from etl.extract.numbers import find_figures
from tests.helpers import numeric_claims as _claims

KEYS = ("claimant", "metric", "subject", "value_low", "value_high", "qualifier")


def _by_value(text: str) -> dict[object, dict[str, object]]:
    return {c["value_low"] if c["value_low"] is not None else c["value_high"]: c for c in _claims(text)}


# ----------------------------------------------------------------- header dates
@pytest.mark.parametrize(
    ("line", "want"),
    [
        (
            "Posted on : Mar.04,2025 09:30 KST   Modified on : Mar.04,2025 10:02 KST",
            datetime(2025, 3, 4, 9, 30),
        ),
        ("FEBRUARY 11, 2025", datetime(2025, 2, 11)),
        ("Политика, 15 янв 2025, 18:40", datetime(2025, 1, 15, 18, 40)),
        ("7 February, Friday, 2025 11:05", datetime(2025, 2, 7, 11, 5)),
        ("3rd MARCH 2025", datetime(2025, 3, 3)),
    ],
)
def test_header_dates_in_more_formats_date_the_report(line: str, want: datetime) -> None:
    assert parse_date_line(line) == want


# ----------------------------------------------------------------- transcripts
TRANSCRIPT = (
    "U.S. Department of State\n\nRemarks to the Press\n\nFEBRUARY 11, 2025\n\n"
    "MODERATOR: Welcome. The Secretary will speak first.\n\n"
    "SECRETARY BLINKEN: Thank you all for coming.\n\n"
    "Our assessment is that about 9,000 North Korean soldiers are in Russia.\n\n"
    "Q: Yesterday someone said 2,000 had been killed. Is that right?\n\n"
    "SECRETARY BLINKEN: I will not put a number on it today.\n"
)


def test_a_transcript_turn_speaks_for_its_labelled_speaker_on_the_transcripts_day() -> None:
    lay = parse_layout(TRANSCRIPT)
    assert lay.published == datetime(2025, 2, 11)
    (c,) = _claims(TRANSCRIPT)  # the turn goes on in the next paragraph
    assert (c["claimant"], c["metric"], c["value_low"], c["qualifier"]) == (
        "Antony Blinken (US State Department)",
        "troops_deployed",
        9000,
        "about",
    )
    assert (c["stated_on"], c["stated_on_precision"]) == ("2025-02-11", "day")


def test_a_reporters_question_in_a_transcript_claims_nothing() -> None:
    assert 2000 not in _by_value(TRANSCRIPT)


def test_a_surname_label_names_the_known_actor() -> None:
    text = (
        "Press Briefing\n\nOct. 30, 2024\n\n"
        "MS. SINGH: We believe around 8,000 North Korean troops are now in the Kursk region.\n"
    )
    (c,) = _claims(text)
    assert c["claimant"] == "Sabrina Singh (US Department of Defense)"


def test_podcast_time_codes_and_role_labels_are_not_speakers() -> None:
    text = (
        "The Seoul Brief podcast\n\nPublished March 5, 2025\n\n"
        "[00:01:10] HOST: So what did the spy agency say?\n\n"
        "[00:01:14] GUEST: On Tuesday South Korea's National Intelligence Service told lawmakers that "
        "some 600 North Korean soldiers had been killed.\n"
    )
    lay = parse_layout(text)
    assert not any(p.startswith("[") for p in lay.paragraphs)
    (c,) = _claims(text)
    assert c["claimant"] == "National Intelligence Service (South Korea)"
    assert c["stated_on"] == "2025-03-04"


# ----------------------------------------------------------------- channel posts
def test_a_forwarded_post_speaks_for_the_body_it_names_as_the_doer() -> None:
    text = (
        "Telegram\nWar Watch\n\nWar Watch\nForwarded from ГУР\n"
        "HUR operators eliminated 25 soldiers of the DPRK army and wounded another 12 near Sudzha.\n"
        "👁 10K  10:00\n"
    )
    c = _by_value(text)
    assert c[25]["claimant"] == c[12]["claimant"] == "Defense Intelligence of Ukraine (HUR)"
    assert (c[25]["metric"], c[12]["metric"]) == ("killed", "wounded")
    assert c[25]["subject"] == c[12]["subject"] == "DPRK forces"


def test_a_speaker_heading_over_a_quote_speaks_the_quote() -> None:
    text = (
        "Telegram\nFront News\n\nFront News\n"
        "❗️Zelensky after a call with commanders:\n"
        '"North Korean losses in the Kursk region already exceed 3,500 killed and wounded."\n'
        "👁 20K  12:00\n"
    )
    (c,) = _claims(text)
    assert (c["claimant"], c["value_low"], c["qualifier"]) == ("Volodymyr Zelenskyy", 3500, "over")


def test_speaker_colon_content_is_an_attribution() -> None:
    text = (
        "Briefs\n\nMarch 3, 2025\n\n"
        "South Korea's Joint Chiefs of Staff: North Korean troops have suffered ~2.1k casualties in Kursk.\n"
    )
    (c,) = _claims(text)
    assert (c["claimant"], c["value_low"], c["qualifier"]) == (
        "Joint Chiefs of Staff (South Korea)",
        2100,
        "about",
    )


def test_a_tilde_is_about() -> None:
    (f,) = find_figures("suffered ~2.1k casualties")
    assert (f.low, f.qualifier) == (2100, "about")


# ----------------------------------------------------------------- batches
def test_a_plan_to_send_specialists_is_a_batch_with_no_dates() -> None:
    text = (
        "Wire\n\nJuly 2, 2025\n\n"
        "North Korea will send 2,000 deminers and 3,000 construction workers to the Kursk region, "
        "Russian Security Council Secretary Sergei Shoigu said on Wednesday.\n"
    )
    c = _by_value(text)
    for v in (2000, 3000):
        assert c[v]["metric"] == "troops_deployed"
        assert c[v]["subject"] == "DPRK forces"
        assert (c[v]["basis"], c[v]["period_start"], c[v]["period_end"]) == ("period", "", "")


def test_more_troops_and_a_capture_are_batches_but_the_force_sent_is_cumulative() -> None:
    text = (
        "Wire\n\nMarch 3, 2025\n\n"
        "South Korea's spy agency said on Monday that North Korea had decided to send around 13,000 troops "
        "to Russia.\n\n"
        "It said on Monday that at least 2,500 more soldiers had been sent.\n\n"
        "Ukrainian President Volodymyr Zelenskyy said on Monday that Ukrainian forces had captured three "
        "North Korean soldiers.\n"
    )
    c = _by_value(text)
    assert c[13000]["basis"] == "cumulative"
    assert c[2500]["basis"] == "period"
    assert (c[3]["metric"], c[3]["basis"]) == ("captured", "period")


def test_a_planned_deployments_size_is_not_a_count() -> None:
    text = (
        "Wire\n\nSeptember 3, 2025\n\n"
        "South Korea's National Intelligence Service said on Tuesday that out of a planned fourth "
        "deployment of 5,000 troops, about 800 engineers have already arrived in Russia.\n"
    )
    c = _by_value(text)
    assert 5000 not in c
    assert (c[800]["metric"], c[800]["basis"]) == ("troops_deployed", "period")


# ----------------------------------------------------------------- periods and dates
def test_the_past_week_ends_on_the_statement_day() -> None:
    text = (
        "Wire\n\nJanuary 10, 2025\n\n"
        "US officials said on Friday that about 500 North Korean soldiers had been killed or wounded "
        "in the past week.\n"
    )
    (c,) = _claims(text)
    assert (c["basis"], c["period_start"], c["period_end"]) == ("period", "2025-01-03", "2025-01-10")


def test_a_span_opening_the_sentence_before_according_to_is_the_figures_span() -> None:
    text = (
        "Daily summary\n\nJanuary 20, 2025\n\n"
        "The Russian Defence Ministry said on Monday that Ukraine had lost more than 40,000 servicemen "
        "in the Kursk direction since August.\n\n"
        "Over the past 24 hours, according to the ministry, the enemy lost more than 180 servicemen "
        "in the Kursk direction.\n"
    )
    c = _by_value(text)[180]
    assert (c["claimant"], c["subject"]) == ("Russian Ministry of Defense", "Ukrainian forces")
    assert (c["basis"], c["period_start"], c["period_end"]) == ("period", "2025-01-19", "2025-01-20")


def test_month_phrases_date_the_statement() -> None:
    ref = date(2025, 1, 11)
    (start,) = find_dates("in an interview at the start of the month", ref)
    assert (start.first, start.precision) == (date(2025, 1, 1), "month")
    (xmas,) = find_dates("Just before Christmas, the agency said", ref)
    assert (xmas.first, xmas.precision) == (date(2024, 12, 1), "month")


def test_the_occasion_after_in_an_interview_with_dates_the_statement_not_a_period() -> None:
    text = (
        "Kyiv Daily\n\nJuly 23, 2025\n\n"
        "Oleksandr Syrskyi said Russia lost at least 70,000 soldiers killed or wounded in the Kursk "
        "operation, in an interview with a German newspaper earlier this month.\n"
    )
    (c,) = _claims(text)
    assert (c["stated_on"], c["stated_on_precision"]) == ("2025-07-01", "month")
    assert (c["basis"], c["period_start"]) == ("cumulative", "")


def test_each_speaker_joined_by_and_keeps_their_own_claim() -> None:
    text = (
        "Wire\n\nNovember 20, 2024\n\n"
        "Volodymyr Zelensky said on Nov. 7 that there were 9,000 North Korean troops in the Kursk "
        "region, and the Pentagon said early this month that 10,000 North Korean troops were in Russia.\n"
    )
    c = _by_value(text)
    assert (c[9000]["claimant"], c[9000]["metric"], c[9000]["stated_on"]) == (
        "Volodymyr Zelenskyy",
        "troops_deployed",
        "2024-11-07",
    )
    assert (c[10000]["claimant"], c[10000]["stated_on_precision"]) == ("US Department of Defense", "month")


def test_a_day_word_after_put_at_dates_the_estimate_and_a_lower_estimate_of_points_back() -> None:
    text = (
        "Wire\n\nDecember 28, 2024\n\n"
        "Ukraine's President Volodymyr Zelensky had put the number of North Korean killed and wounded "
        "at more than 2K on Monday, while South Korea's Joint Chiefs of Staff gave a much lower estimate "
        "of around 900 the same day.\n"
    )
    c = _by_value(text)
    assert (c[2000]["stated_on"], c[2000]["basis"]) == ("2024-12-23", "cumulative")
    assert (c[900]["claimant"], c[900]["metric"], c[900]["qualifier"]) == (
        "Joint Chiefs of Staff (South Korea)",
        "killed_or_wounded",
        "about",
    )


# ----------------------------------------------------------------- attribution
def test_according_to_a_person_then_a_comma_is_not_a_list_of_sources() -> None:
    text = (
        "Wire\n\nJune 17, 2025\n\n"
        "According to Gerasimov, the Ukrainian armed forces lost more than 70,000 servicemen killed and "
        "wounded in the region.\n"
    )
    (c,) = _claims(text)
    assert (c["claimant"], c["subject"]) == ("Valery Gerasimov", "Ukrainian forces")


def test_a_person_relaying_a_closed_door_briefing_speaks_for_the_agency() -> None:
    text = (
        "Podcast\n\nSeptember 3, 2025\n\n"
        "South Korea's spy agency briefed lawmakers behind closed doors, and according to Kim Min-su, "
        "who gave the readout, about 1,800 North Korean soldiers have been killed.\n"
    )
    (c,) = _claims(text)
    assert c["claimant"] == "National Intelligence Service (South Korea)"


def test_an_actors_figure_was_is_their_claim() -> None:
    text = "Podcast\n\nSeptember 3, 2025\n\nBack in June the NIS figure was about seven hundred dead.\n"
    (c,) = _claims(text)
    assert (c["claimant"], c["metric"], c["value_low"]) == (
        "National Intelligence Service (South Korea)",
        "killed",
        700,
    )
    assert (c["stated_on"], c["stated_on_precision"]) == ("2025-06-01", "month")


def test_assessed_is_a_speech_verb_and_lost_from_a_whole_is_a_count() -> None:
    text = (
        "Note\n\nApril 10, 2025\n\n"
        "British Defence Intelligence assessed on Friday that North Korean forces had suffered more "
        "than 4,500 casualties.\n\n"
        "Zelensky said on Friday that of around 11,000 North Korean soldiers sent to the Kursk region, "
        "more than 3,000 had been lost.\n"
    )
    c = _by_value(text)
    assert c[4500]["claimant"] == "UK Ministry of Defence (Defence Intelligence)"
    assert (c[11000]["metric"], c[3000]["metric"]) == ("troops_deployed", "killed_or_wounded")


def test_footnote_markers_do_not_glue_sentences_together() -> None:
    text = (
        "Assessment\n\nDecember 16, 2024\n\n"
        "Russian milblogger Vladimir Romanov claimed on December 12 that North Korean forces killed more "
        "than 250 Ukrainian servicemen.[16] Russian milblogger Ivan Petrenko claimed that between 150 and "
        "250 Ukrainian personnel were killed during the raid.[17]\n"
    )
    c = _by_value(text)
    assert c[150]["claimant"] == "Ivan Petrenko"
    assert (c[150]["value_high"], c[150]["qualifier"]) == (250, "range")


def test_an_active_killed_or_wounded_is_one_metric() -> None:
    text = (
        "Assessment\n\nDecember 16, 2024\n\n"
        "Ukraine's military intelligence reported on December 16 that Ukrainian forces killed or wounded "
        "at least 45 North Korean servicemen near Sudzha.\n"
    )
    (c,) = _claims(text)
    assert (c["metric"], c["value_low"], c["qualifier"]) == ("killed_or_wounded", 45, "at_least")


def test_a_settlement_changing_hands_on_a_named_day_is_an_event_at_that_place() -> None:
    text = (
        "Wire\n\nMarch 14, 2025\n\n"
        "On March 12, Putin visited the region; the next day the Defense Ministry reported that the "
        "town of Sudzha had been liberated.\n\n"
        "Russian forces seized Plekhovo on December 6, bloggers said.\n\n"
        "Ukrainian forces captured two North Korean soldiers near Sudzha on Thursday.\n"
    )
    events = extract(text).events
    got = {(e["date_start"], e["date_precision"], e["place"], e["region"]) for e in events}
    assert ("2025-03-13", "day", "Sudzha", "Kursk Oblast") in got
    assert ("2024-12-06", "day", "Plekhovo", "Kursk Oblast") in got
    # capturing soldiers near a town is not the town changing hands; since session 16 it is an
    # event of its own (prisoners taken), at no place and with no "capture of" title
    towns = sorted(e["place"] for e in events if e["title"].startswith("Reported capture of"))
    assert towns == ["Plekhovo", "Sudzha"]
    assert [e["place"] for e in events if "soldiers captured" in e["title"]] == [""]


def test_a_visit_to_a_groups_command_post_and_a_passive_invasion_are_events() -> None:
    text = (
        "Wire\n\nApril 26, 2025\n\n"
        "The Kursk Region was invaded by Ukrainian troops on August 6, 2024. On March 12, Putin visited "
        "the command post of the Kursk group of forces.\n"
    )
    got = {(e["date_start"], e["place"], e["region"]) for e in extract(text).events}
    assert got == {("2024-08-06", "", "Kursk Oblast"), ("2025-03-12", "", "Kursk Oblast")}
