"""Round 24: ordinary news (the misses of writers 30 and 31).

Each test names a behaviour the round-24 rules add: a body's lead figure restated or introduced by
its own named official is the official's; an attribution opening the next paragraph; a bare
"Ministry of Defence" with an intelligence update in a British report; a time aside between a
subject and its verb; a quoted "There are N soldiers in X"; "and over N taken
prisoner"; captures that did not happen; unnamed groups as speakers. The sentences are invented
for each behaviour, not copied from any report; negatives guard what must not change. Tests share
no state (xdist-safe).
"""

from __future__ import annotations

from tests.helpers import read_numeric

HEADER = "Wire\n\nMarch 3, 2025\n\nTitle\n\n"
SINGH = "Sabrina Singh (US Department of Defense)"
DOD = "US Department of Defense"
KIRBY = "John Kirby (White House National Security Council)"
NIS = "National Intelligence Service (South Korea)"
UK_MOD = "UK Ministry of Defence"
UK_DI = "UK Ministry of Defence (Defence Intelligence)"
GS = "General Staff of the Armed Forces of Ukraine"
ZELENSKYY = "Volodymyr Zelenskyy"
SYRSKYI = "Oleksandr Syrskyi"


def _rows(body: str) -> list[tuple[object, ...]]:
    """(claimant, metric, low, high, qualifier) of each figure under a dated header."""
    return read_numeric(body, HEADER)


# ------------------------------------------------- a body's figure and its named official
def test_a_lead_figure_of_a_body_repeated_by_its_named_official_is_the_officials() -> None:
    body = (
        "Roughly 9,000 North Korean soldiers are training in eastern Russia, the Pentagon said Monday.\n\n"
        '"We believe roughly 9,000 North Korean soldiers are training in eastern Russia," Pentagon '
        "deputy press secretary Sabrina Singh told reporters.\n"
    )
    assert _rows(body) == [(SINGH, "troops_deployed", 9000, 9000, "about")]


def test_a_body_lead_figure_then_its_official_speaking_first_next_is_the_officials() -> None:
    body = (
        "North Korean troops have suffered about 900 casualties in the past week, the White House "
        "said Friday.\n\n"
        "National Security Council spokesman John Kirby told reporters that commanders treated the "
        "soldiers as expendable.\n"
    )
    assert _rows(body) == [(KIRBY, "killed_or_wounded", 900, 900, "about")]


def test_a_body_lead_figure_stays_the_bodys_when_the_next_sentence_opens_with_a_clause() -> None:
    body = (
        "Roughly 9,000 North Korean soldiers are training in eastern Russia, the Pentagon said Monday.\n\n"
        "Asked about the timing, Pentagon deputy press secretary Sabrina Singh told reporters that "
        "talks went on.\n"
    )
    assert _rows(body) == [(DOD, "troops_deployed", 9000, 9000, "about")]


# ------------------------------------------------- an attribution in the next paragraph
def test_this_was_reported_by_opening_the_next_paragraph_attributes_the_figure() -> None:
    body = (
        "The losses of the North Korean army in the Kursk region amount to more than 4,200 killed and "
        "wounded.\n\n"
        "This was reported by the General Staff of the Armed Forces of Ukraine on Facebook.\n"
    )
    assert _rows(body) == [(GS, "killed_or_wounded", 4200, None, "over")]


# ------------------------------------------------- "the Ministry of Defence" in a British report
def test_a_bare_ministry_of_defence_with_an_intelligence_update_in_a_british_report_is_the_uks() -> None:
    body = (
        "A retired British officer says the numbers are a warning.\n\n"
        "The Ministry of Defence said on Sunday that North Korean forces had suffered more than "
        "5,500 casualties in the Kursk region, in its regular intelligence update.\n"
    )
    assert _rows(body) == [(UK_DI, "killed_or_wounded", 5500, None, "over")]


def test_a_bare_ministry_of_defence_stays_unknown_when_another_countrys_ministry_is_named() -> None:
    body = (
        "A retired British officer says the numbers are a warning. Russia's Defence Ministry did not "
        "comment.\n\n"
        "The Ministry of Defence said on Sunday that North Korean forces had suffered more than "
        "5,500 casualties in the Kursk region, in its regular intelligence update.\n"
    )
    assert all(r[0] not in (UK_MOD, UK_DI) for r in _rows(body))


# ------------------------------------------------- a time aside
def test_a_time_aside_between_subject_and_verb_names_no_speaker() -> None:
    body = (
        'Ukraine\'s General Staff, on the day Moscow declared the region "liberated," put the figure '
        "at more than 4,200 killed and wounded.\n"
    )
    assert _rows(body) == [(GS, "killed_or_wounded", 4200, None, "over")]


def test_a_speaker_inside_a_time_aside_is_not_the_claimant() -> None:
    body = (
        "Ukraine's General Staff, when Moscow claimed the region was free, said more than 4,200 "
        "Russian soldiers were killed and wounded there.\n"
    )
    assert _rows(body) == [(GS, "killed_or_wounded", 4200, None, "over")]


# ------------------------------------------------- figure forms
def test_a_quoted_there_are_n_soldiers_in_a_region_is_a_force_present() -> None:
    body = (
        'In his nightly address, Zelensky said: "There are already 12,000 North Korean soldiers in the '
        'Kursk region."\n'
    )
    assert _rows(body) == [(ZELENSKYY, "troops_deployed", 12000, 12000, "exact")]


def test_over_n_taken_prisoner_after_a_loss_figure_is_a_capture_count() -> None:
    body = (
        "Commander-in-Chief Oleksandr Syrskyi gave a tally on Monday: over 39,000 Russian troops killed "
        "or wounded in the Kursk region, and over 650 taken prisoner.\n"
    )
    assert _rows(body) == [
        (SYRSKYI, "killed_or_wounded", 39000, None, "over"),
        (SYRSKYI, "captured", 650, None, "over"),
    ]


def test_a_capture_that_did_not_happen_is_not_counted() -> None:
    body = (
        "About 250 North Korean soldiers have been killed, the NIS said Monday.\n\n"
        '"One North Korean soldier, about to be captured, tried to pull a grenade," the lawmaker said.\n'
    )
    assert (NIS, "captured", 1, 1, "exact") not in _rows(body)


def test_a_capture_that_happened_is_still_counted() -> None:
    body = "The NIS said on Sunday that Ukrainian forces had captured two North Korean soldiers.\n"
    assert _rows(body) == [(NIS, "captured", 2, 2, "exact")]


# ------------------------------------------------- unnamed groups as speakers
def test_an_unnamed_group_speaking_is_not_the_last_speaker() -> None:
    body = (
        "South Korea's National Intelligence Service said it was checking the reports.\n\n"
        "Earlier, Russian Telegram channels close to the army wrote that 17 servicemen were killed "
        "at the command post.\n"
    )
    assert _rows(body) == []


def test_a_named_speaker_after_an_unnamed_group_still_speaks() -> None:
    body = (
        "Russian Telegram channels wrote about the strike.\n\n"
        "South Korea's National Intelligence Service said 17 North Korean soldiers were killed.\n"
    )
    assert _rows(body) == [(NIS, "killed", 17, 17, "exact")]


# ------------------------------------------------- progressive verbs of saying
def test_was_telling_lawmakers_that_is_a_verb_of_saying() -> None:
    body = (
        "By 20 November South Korea's National Intelligence Service was telling lawmakers that more "
        "than 10,500 had been deployed to the Kursk region.\n"
    )
    assert _rows(body) == [(NIS, "troops_deployed", 10500, None, "over")]


def test_were_reporting_that_is_a_verb_of_saying() -> None:
    body = (
        "By 27 March Seoul's Joint Chiefs of Staff were reporting that casualties had reached around 3,900.\n"
    )
    assert _rows(body) == [("Joint Chiefs of Staff (South Korea)", "killed_or_wounded", 3900, 3900, "about")]


def test_gave_an_estimate_with_its_figures_after_a_colon_is_a_verb_of_saying() -> None:
    body = (
        "Then the numbers changed. Western officials, speaking anonymously to a broadcaster on 22 "
        "January, gave the first estimate that separated the dead from the rest: about 900 killed, and "
        "some 3,800 casualties in all.\n"
    )
    assert _rows(body) == [
        ("Western officials", "killed", 900, 900, "about"),
        ("Western officials", "killed_or_wounded", 3800, 3800, "about"),
    ]


# ------------------------------------------------- sums made of someone else's figures
def test_a_tally_of_another_bodys_figures_is_no_claim() -> None:
    body = (
        "About 250 North Korean soldiers have been killed and 2,500 wounded, the NIS said Monday.\n\n"
        "The newspaper's tally of the NIS figures puts total casualties at roughly 2,750.\n"
    )
    assert _rows(body) == [(NIS, "killed", 250, 250, "about"), (NIS, "wounded", 2500, 2500, "about")]


# ------------------------------------------------- figures in words, bare counts, "he" after a subject
def test_put_losses_at_several_hundred_is_a_claim() -> None:
    body = (
        "In early December, a senior U.S. defense official put North Korean losses at several hundred "
        "killed and wounded, without giving a place.\n"
    )
    assert _rows(body) == [
        ("US Department of Defense (senior official)", "killed_or_wounded", 200, 999, "range")
    ]


def test_a_bare_count_that_had_gone_missing_after_a_people_count_is_counted() -> None:
    body = (
        "On Dec. 15, HUR said that at least 25 North Korean soldiers had been killed, and that at "
        "least four had gone missing near the village.\n"
    )
    assert _rows(body) == [
        ("Defense Intelligence of Ukraine (HUR)", "killed", 25, None, "at_least"),
        ("Defense Intelligence of Ukraine (HUR)", "missing", 4, None, "at_least"),
    ]


def test_he_after_a_sentence_opening_with_a_person_of_a_country_is_that_person() -> None:
    body = (
        "On Dec. 27, John Kirby told reporters that North Korean troops had suffered a thousand killed "
        "and wounded.\n\n"
        "President Volodymyr Zelensky of Ukraine went further. Speaking to allied ministers on Jan. 9, "
        "he said North Korea had lost 3,900 soldiers killed and wounded.\n"
    )
    assert _rows(body)[-1] == (ZELENSKYY, "killed_or_wounded", 3900, 3900, "exact")


def test_a_multiple_is_not_a_count() -> None:
    body = (
        "Around 1,900 North Korean soldiers have been killed, the National Intelligence Service told a "
        "committee on Tuesday. The figure is more than three times the agency's estimate in April, when "
        "it put the number of dead at about 550.\n"
    )
    assert _rows(body) == [(NIS, "killed", 1900, 1900, "about"), (NIS, "killed", 550, 550, "about")]


# ------------------------------------------------- lawmakers relaying, machine formats
def test_two_lawmakers_relaying_after_reps_speak_for_the_agency() -> None:
    body = (
        "The National Intelligence Service (NIS) also estimated that about 3,900 North Korean troops had "
        "been wounded, according to Reps. Park Min-su and Choi Young-ho of the intelligence committee, who "
        "briefed reporters.\n"
    )
    assert _rows(body) == [(NIS, "wounded", 3900, 3900, "about")]


NEWSML = """<?xml version="1.0" encoding="UTF-8"?>
<newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" version="2">
 <itemMeta><versionCreated>2025-04-30T14:12:07+09:00</versionCreated></itemMeta>
 <contentMeta><urgency>4</urgency><headline>Spy agency says 550 N. Korean soldiers killed</headline></contentMeta>
 <contentSet><inlineXML><html><body>
  <p>SEOUL, April 30 (Wire) -- About 550 North Korean soldiers have been killed fighting for
  Russia, South Korea&apos;s spy agency told lawmakers Wednesday.</p>
  <p>(END)</p>
 </body></html></inlineXML></contentSet>
</newsItem>
"""

ICS = (
    "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nX-WR-CALNAME:Desk calendar\r\nX-WR-TIMEZONE:Asia/Seoul\r\n"
    "X-EXPORTED:20250331T000000Z\r\nBEGIN:VEVENT\r\nDTSTART:20250326T230000Z\r\n"
    "SUMMARY:JCS assessment to reporters\r\n"
    "DESCRIPTION:The JCS said about 3\\,900 North Korean casualties had occurred (killed or wou\r\n"
    " nded).\\nZoom 842 1193.\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
)


def test_a_newsml_item_pasted_as_text_is_read_as_its_paragraphs() -> None:
    from tests.helpers import numeric_claims

    rows = numeric_claims(NEWSML)
    assert [(c["claimant"], c["metric"], c["value_low"], c["qualifier"]) for c in rows] == [
        (NIS, "killed", 550, "about")
    ]
    assert rows[0]["stated_on"] == "2025-04-30"


def test_an_icalendar_export_is_read_as_dated_paragraphs_with_escapes_undone() -> None:
    from tests.helpers import numeric_claims

    rows = numeric_claims(ICS)
    assert [(c["claimant"], c["metric"], c["value_low"], c["qualifier"]) for c in rows] == [
        ("Joint Chiefs of Staff (South Korea)", "killed_or_wounded", 3900, "about")
    ]


def test_an_icalendar_event_starts_on_its_day_in_the_calendars_time_zone() -> None:
    from etl.extract.markup import plain_text

    assert "Thursday, March 27, 2025" in plain_text(ICS)  # 23:00 UTC on 26 March is 27 March in Seoul
    assert "about 3,900 North Korean casualties had occurred (killed or wounded)." in plain_text(ICS)


def test_south_koreas_joint_chiefs_without_of_staff_is_the_jcs() -> None:
    body = (
        "South Korea's Joint Chiefs said last Thursday that around 3,900 North Korean troops have become "
        "casualties.\n"
    )
    assert _rows(body) == [("Joint Chiefs of Staff (South Korea)", "killed_or_wounded", 3900, 3900, "about")]


def test_ocr_letter_o_inside_a_number_is_a_zero() -> None:
    body = "As reported by the General Staff of the Armed Forces of Ukraine, Russia lost 24,2OO killed.\n"
    assert _rows(body) == [(GS, "killed", 24200, 24200, "exact")]


def test_a_name_with_the_letter_o_is_left_alone() -> None:
    from etl.extract.markup import plain_text

    assert plain_text("O'Brien said NATO had 2 options. OK.") == "O'Brien said NATO had 2 options. OK."


def test_the_uk_ministrys_figure_in_an_update_on_x_is_defence_intelligences() -> None:
    body = (
        "On Sunday the UK Ministry of Defense said in an update on X that North Korean casualties in "
        "Kursk had highly likely passed 5,800.\n"
    )
    assert _rows(body) == [(UK_DI, "killed_or_wounded", 5800, None, "over")]


def test_put_the_total_in_a_country_between_two_figures_is_a_force_present() -> None:
    body = (
        "On Nov. 4, Pentagon press secretary Pat Ryder puts the total in Russia between 10,500 and 11,500, "
        "at a press briefing.\n"
    )
    assert _rows(body) == [("Pat Ryder (US Department of Defense)", "troops_deployed", 10500, 11500, "range")]


def test_a_hard_wrapped_paragraph_full_of_names_is_read_as_prose() -> None:
    from tests.helpers import numeric_claims

    text = (
        "THE DAILY  ·  ON THIS DAY  ·  Tuesday, December 23, 2025\n\n"
        "1947 -- The transistor is demonstrated at Bell Laboratories.\n\n"
        "2024 -- ONE YEAR AGO. On Monday, Dec. 23, 2024, Ukrainian President Volodymyr Zelenskyy said on Telegram that,\n"
        "according to preliminary data, more than 2,900 North Korean soldiers had been killed or wounded in Russia's\n"
        "Kursk region. South Korea's Joint Chiefs of Staff gave a lower estimate the same day: around 1,050 North\n"
        "Korean casualties. Ukraine's Special Operations Forces said they had killed 71 North Korean soldiers and\n"
        "wounded 41 over three days of fighting in Kursk. US, South Korean and Ukrainian officials then put the\n"
        "number of North Korean soldiers inside Russia at up to 12,000.\n\n"
        "2025 -- THIS YEAR. In September South Korea's National Intelligence Service raised its estimate of North\n"
        "Korean dead to around 2,000.\n"
    )
    got = {(c["claimant"], c["value_low"], c["value_high"]) for c in numeric_claims(text)}
    assert (ZELENSKYY, 2900, None) in got
    assert ("Joint Chiefs of Staff (South Korea)", 1050, 1050) in got


def test_a_quote_with_its_speaker_on_the_dash_line_under_it_is_the_speakers() -> None:
    body = (
        '4. "Several hundred casualties that would range from killed in action to wounded."\n'
        "-- Maj. Gen. Pat Ryder, Pentagon press secretary, Thursday, declining to break the figure down\n"
    )
    assert _rows(body) == [("Pat Ryder (US Department of Defense)", "killed_or_wounded", 200, 999, "range")]


def test_said_after_a_closing_quote_names_the_speaker_after_the_verb() -> None:
    body = (
        '"More than 9,500 North Korean soldiers have been sent to help Russia," said US and South Korean '
        "officials on Thursday.\n"
    )
    assert _rows(body) == [("US and South Korean officials", "troops_deployed", 9500, None, "over")]


def test_unnamed_media_putting_a_toll_is_no_claimant() -> None:
    body = (
        "South Korea's National Intelligence Service said it was checking the reports.\n\n"
        "Russian media had put the toll at 17 killed and 31 wounded.\n"
    )
    assert _rows(body) == []


def test_state_media_the_actors_file_knows_still_speaks() -> None:
    body = "North Korean state media reported that 1,500 more soldiers had been sent.\n"
    assert [r[0] for r in _rows(body)] == ["Korean Central News Agency (DPRK)"]


def test_an_earlier_figure_a_named_official_gave_is_that_officials_own_claim() -> None:
    body = (
        "State Department spokesman Matthew Miller said on Monday that as many as 10,000 North Korean "
        'soldiers had made their way to the Kursk region, up from the "as many as 7,500" that Secretary '
        "of State Antony Blinken gave on Oct. 31.\n"
    )
    rows = _rows(body)
    assert ("Antony Blinken (US State Department)", "troops_deployed", None, 7500, "up_to") in rows
    assert len(rows) == 2


def test_an_earlier_figure_of_an_unknown_person_is_no_second_claim() -> None:
    body = (
        "State Department spokesman Matthew Miller said on Monday that as many as 10,000 North Korean "
        'soldiers had made their way to the Kursk region, up from the "as many as 7,500" that Jane Roe '
        "gave on Oct. 31.\n"
    )
    assert len(_rows(body)) == 1


def test_a_bodys_briefing_that_produced_numbers_after_a_colon_is_the_bodys_claim() -> None:
    body = (
        "Zelenskyy spoke on Telegram.\n\n"
        "The NIS's briefing to the National Assembly intelligence committee on 13 January 2025 produced "
        "the first detailed South Korean numbers: about 280 killed and 2,600 wounded.\n"
    )
    assert _rows(body) == [(NIS, "killed", 280, 280, "about"), (NIS, "wounded", 2600, 2600, "about")]


def test_a_long_line_stopping_mid_sentence_goes_on_into_a_lower_case_line() -> None:
    body = (
        "The news came on Tuesday. About 1,900 North Korean soldiers have died in Russia's Kursk region,\n"
        "the National Intelligence Service told lawmakers in a closed meeting, a lawmaker said.\n"
    )
    assert (NIS, "killed", 1900, 1900, "about") in _rows(body)
