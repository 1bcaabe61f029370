"""Round 32: statement dates (the weakest field) and writers 60-61's misses (sets w62-w63).

Each test names a behaviour the round-32 rules add. The sentences are invented for each
behaviour, not copied from any report; negatives guard what must not change. Tests share no
state (xdist-safe).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

import etl.extract.dates as dates_module
import etl.extract.document as document_module
import etl.extract.reader as reader_module
from etl.extract import extract
from tests.helpers import caseless_data, read_numeric

HEADER = "Wire\n\nMarch 3, 2025\n\nTitle\n\n"
NIS = "National Intelligence Service (South Korea)"
ZELENSKYY = "Volodymyr Zelenskyy"


def _when(text: str) -> list[tuple[object, ...]]:
    """(claimant, value_low, stated_on, stated_on_precision) of each claim with a figure."""
    return [
        (c["claimant"], c["value_low"], c["stated_on"], c["stated_on_precision"])
        for c in extract(text).claims
        if c["value_low"] is not None
    ]


# ---------------------------------- a page's date line without a year, with a time: the report's day
def _late_clock(monkeypatch: pytest.MonkeyPatch) -> None:
    """The wall clock long after the fighting: 3 December 2026."""

    class Today(date):
        @classmethod
        def today(cls) -> date:  # type: ignore[override]
            return date(2026, 12, 3)

    for module in (document_module, reader_module, dates_module):
        monkeypatch.setattr(module, "date", Today)


_YEARLESS = (
    "Seoul says more troops were sent\n\n{line}  |  Staff writer  |  Share\n\n"
    "At least 3,000 more North Korean soldiers were sent to Russia, South Korea's spy agency said "
    "on Thursday.\n"
)


def test_a_yearless_date_line_with_a_time_dates_the_report(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    # "Mar 28, 09:15 | Share": the latest 28 March not after today (2026's); Thursday is the 26th
    # (a data folder with no case's days; data/'s would put it in 2025, test_extract_case_window.py)
    _late_clock(monkeypatch)
    caseless = caseless_data(tmp_path / "data")
    e = extract(_YEARLESS.format(line="Mar 28, 09:15"), data_dir=caseless)
    assert e.document["published_at"] == "2026-03-28T09:15"
    got = [c for c in e.claims if c["value_low"] is not None]
    assert [(c["claimant"], c["value_low"], c["stated_on"]) for c in got] == [(NIS, 3000, "2026-03-26")]
    assert extract(_YEARLESS.format(line="Mar 28, 09:15")).document["published_at"] == "2025-03-28T09:15"


def test_a_yearless_date_line_after_today_is_last_years(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    _late_clock(monkeypatch)  # 19 December 2026 has not come yet: 2025's (data/'s case: 2024's)
    caseless = caseless_data(tmp_path / "data")
    got = extract(_YEARLESS.format(line="Dec 19, 18:00"), data_dir=caseless).document["published_at"]
    assert got == "2025-12-19T18:00"
    assert extract(_YEARLESS.format(line="Dec 19, 18:00")).document["published_at"] == "2024-12-19T18:00"


def test_a_date_line_with_its_year_keeps_it(monkeypatch: pytest.MonkeyPatch) -> None:
    _late_clock(monkeypatch)
    e = extract(_YEARLESS.format(line="Mar 28, 2025, 09:15"))
    assert e.document["published_at"] == "2025-03-28T09:15"


# --------------------------------------------------- a dated lead's "X has said": that day
def test_a_dated_leads_has_said_is_the_reports_day() -> None:
    text = (
        "Kyiv's estimate\n\nMon 13 Jan 2025 18.40 GMT\n\n"
        "More than 3,500 North Korean soldiers have been killed or wounded in the Kursk region, "
        "Volodymyr Zelenskyy has said, in his highest estimate so far.\n"
    )
    assert _when(text) == [(ZELENSKYY, 3500, "2025-01-13", "day")]


def test_a_leads_has_said_relayed_from_another_outlet_stays_undated() -> None:
    text = (
        "Kyiv's estimate\n\nMon 13 Jan 2025 18.40 GMT\n\n"
        "Volodymyr Zelenskyy has said that 3,500 North Korean soldiers have been killed or wounded "
        "in the Kursk region, the Financial Times reported.\n"
    )
    assert _when(text) == [(ZELENSKYY, 3500, "", "unknown")]


def test_a_leads_has_said_the_body_dates_keeps_the_bodys_day() -> None:
    text = (
        "Kyiv's estimate\n\nMon 13 Jan 2025 18.40 GMT\n\n"
        "Volodymyr Zelenskyy has said that 3,500 North Korean soldiers have been killed or wounded "
        "in the Kursk region. He said so in his nightly address on 11 January.\n"
    )
    assert _when(text) == [(ZELENSKYY, 3500, "2025-01-11", "day")]


def test_a_has_said_outside_the_lead_stays_undated() -> None:
    text = (
        "Kyiv's estimate\n\nMon 13 Jan 2025 18.40 GMT\n\n"
        "The fighting in the Kursk region went on through the weekend, officials in Kyiv said.\n\n"
        "More than 3,500 North Korean soldiers have been killed or wounded there, Volodymyr "
        "Zelenskyy has said.\n"
    )
    assert _when(text) == [(ZELENSKYY, 3500, "", "unknown")]


def test_read_numeric_still_reads_under_the_header() -> None:
    assert read_numeric("About 300 North Korean soldiers were killed, the NIS said.\n", HEADER) == [
        (NIS, "killed", 300, 300, "about")
    ]


# ------------------------------------------- losses named first: "Casualties among … are …"
JCS = "Joint Chiefs of Staff (South Korea)"


def test_a_sentence_opening_with_casualties_among_counts_the_losses() -> None:
    body = (
        "Casualties among North Korean units fighting in Russia's Kursk region are put at roughly "
        "3,700, the JCS said in a report to lawmakers.\n"
    )
    assert read_numeric(body, HEADER) == [(JCS, "killed_or_wounded", 3700, 3700, "about")]


def test_deaths_among_troops_sent_to_russia_are_deaths_not_a_deployment() -> None:
    body = "The NIS said deaths among the soldiers sent to Russia had climbed to about 900.\n"
    assert read_numeric(body, HEADER) == [(NIS, "killed", 900, 900, "about")]


def test_a_sentence_opening_with_losses_reads_the_noun() -> None:
    body = "Losses are estimated at around 2,600, the JCS said.\n"
    assert read_numeric(body, HEADER) == [(JCS, "killed_or_wounded", 2600, 2600, "about")]


def test_troops_among_whom_a_number_was_sent_stay_a_deployment() -> None:
    body = "North Korea has sent around 14,000 troops to Russia, the JCS said.\n"
    assert read_numeric(body, HEADER) == [(JCS, "troops_deployed", 14000, 14000, "about")]


# ------------------------------- a closing attribution speaks for a clause split off before it
GS = "General Staff of the Armed Forces of Ukraine"
H_APRIL = "Wire\n\nApril 26, 2025\n\nTitle\n\n"


def test_a_closing_attribution_speaks_for_the_clause_before_while() -> None:
    body = (
        "The number of Russian dead near Sudzha reached 4,100, while a further 7,300 soldiers were "
        "wounded, the General Staff said.\n"
    )
    assert read_numeric(body, H_APRIL) == [
        (GS, "killed", 4100, 4100, "exact"),
        (GS, "wounded", 7300, 7300, "exact"),
    ]


def test_a_split_clause_with_its_own_speaker_keeps_it() -> None:
    body = "The JCS put the dead at 1,100, while a further 2,000 were wounded, the NIS said.\n"
    assert read_numeric(body, H_APRIL)[0][:3] == (JCS, "killed", 1100)


# ------------------------------------- an abbreviated month between the losses and the figure
def test_an_abbreviated_month_between_losses_and_figure_keeps_the_count() -> None:
    body = "Russian losses since Sept. 1, 2024 have reached 12,400, the General Staff said.\n"
    assert read_numeric(body, H_APRIL) == [(GS, "killed_or_wounded", 12400, 12400, "exact")]


# --------------- "since <a date>" starts a running total; "earlier in the day" is the report's day
DATED = "Front report\n\nSaturday, April 26, 2025 21:30\n\n"
GS_LEAD = "Fighting went on near the border through the week.\n\n"


def test_a_running_total_since_a_dated_start_is_said_on_the_reports_day() -> None:
    body = "Russian losses since 6 August 2024 have reached 51,000, the General Staff said.\n"
    assert _when(DATED + GS_LEAD + body) == [(GS, 51000, "2025-04-26", "day")]


def test_a_total_since_the_start_of_an_operation_on_a_day_is_said_on_the_reports_day() -> None:
    body = "Russia's losses since the start of the operation on Aug. 6, 2024 stood at 51,000, the General Staff said.\n"
    assert _when(DATED + GS_LEAD + body) == [(GS, 51000, "2025-04-26", "day")]


def test_earlier_in_the_day_is_the_reports_day() -> None:
    body = "Earlier in the day, the General Staff said that Russian losses near Sudzha had reached 51,000.\n"
    assert _when(DATED + GS_LEAD + body) == [(GS, 51000, "2025-04-26", "day")]


def test_a_bare_earlier_stays_background() -> None:
    body = "Earlier, the General Staff said that Russian losses near Sudzha had reached 51,000.\n"
    assert _when(DATED + GS_LEAD + body) == [(GS, 51000, "", "unknown")]


def test_a_statement_in_a_past_year_stays_background() -> None:
    body = "In 2024, the General Staff said that Russian losses near Sudzha had reached 51,000.\n"
    assert [w[2:] for w in _when(DATED + GS_LEAD + body)] != [("2025-04-26", "day")]


# ------------------------------- "estimated <a long noun phrase with an aside> at <the figure>"
def test_estimated_a_long_noun_phrase_with_an_aside_at_a_figure_counts_it() -> None:
    body = (
        "Western officials said about 900 North Korean soldiers had died. The same officials estimated "
        "the overall number of North Korean casualties - dead, wounded, captured or missing - at roughly "
        "3,300 so far.\n"
    )
    assert read_numeric(body, H_APRIL) == [
        ("Western officials", "killed", 900, 900, "about"),
        ("Western officials", "killed_or_wounded", 3300, 3300, "about"),
    ]


# --------------------- "…, as <another body> put <losses> at N": the second body's own clause
UKDI = "UK Ministry of Defence (Defence Intelligence)"


def test_as_another_body_put_the_losses_at_is_that_bodys_figure() -> None:
    body = (
        "Seoul's military said on Tuesday that 2,500 more soldiers had been sent to Russia, as the "
        "Pentagon put North Korean losses in the Kursk region at more than 4,800.\n"
    )
    assert [r[:3] for r in read_numeric(body, H_APRIL)] == [
        (JCS, "troops_deployed", 2500),
        ("US Department of Defense", "killed_or_wounded", 4800),
    ]


def test_a_ministry_figure_its_intelligence_update_repeats_is_one_claim_of_the_arm() -> None:
    body = (
        "Seoul's military said on Tuesday that 2,500 more soldiers had been sent to Russia, as Britain's "
        "Ministry of Defence put North Korean casualties at more than 4,800.\n\n"
        "The JCS gave no figure for losses. Officials in Seoul declined to comment further. "
        "The ministry in London did not say how it had counted.\n\n"
        "In its regular intelligence update on X on Wednesday, the ministry said North Korea had "
        "suffered more than 4,800 casualties.\n"
    )
    rows = [r[:3] for r in read_numeric(body, H_APRIL)]
    assert rows == [(JCS, "troops_deployed", 2500), (UKDI, "killed_or_wounded", 4800)]


# ------------------ a body's figure, then its official who "gave the updated figure" / "told"
RYDER = "Pat Ryder (US Department of Defense)"
KIRBY = "John Kirby (White House National Security Council)"
H_NOV = "Wire\n\nNovember 5, 2024\n\nTitle\n\n"


def test_the_official_who_gave_the_updated_figure_is_the_claimant() -> None:
    body = (
        "The Pentagon says some 9,500 North Korean soldiers are now in Russia, up from its last estimate.\n\n"
        "Maj. Gen. Pat Ryder, the Pentagon press secretary, gave the updated figure at a briefing on Monday.\n"
    )
    assert [r[:3] for r in read_numeric(body, H_NOV)] == [(RYDER, "troops_deployed", 9500)]


def test_a_body_that_has_said_then_its_spokesman_who_told_a_briefing() -> None:
    body = (
        "About 700 North Korean soldiers were killed or wounded in Kursk over the past week, the White House "
        "has said.\n\n"
        "National Security Council spokesman John Kirby told a press briefing on Friday that the troops "
        "were being used in massed assaults.\n"
    )
    assert [r[:3] for r in read_numeric(body, H_NOV)] == [(KIRBY, "killed_or_wounded", 700)]


def test_a_body_figure_with_no_official_named_stays_the_bodys() -> None:
    body = (
        "The Pentagon says some 9,500 North Korean soldiers are now in Russia, up from its last estimate.\n"
    )
    assert [r[:3] for r in read_numeric(body, H_NOV)] == [
        ("US Department of Defense", "troops_deployed", 9500)
    ]


# ------------------------- "That day," / "Within hours," / "Hours earlier,": the occasion just told
H_DEC = "Brief\n\nDecember 24, 2024\n\nTitle\n\n"
LEAD_MONDAY = (
    "Zelensky said on Monday that more than 2,900 North Korean soldiers had been killed or wounded. "
)


@pytest.mark.parametrize("opener", ["That day", "Within hours", "Hours earlier"])
def test_an_opener_pointing_at_the_occasion_just_told_dates_the_claim(opener: str) -> None:
    body = (
        f"{LEAD_MONDAY}{opener}, the JCS said the North Korean troops had suffered around 1,200 casualties.\n"
    )
    assert [w for w in _when(H_DEC + body) if w[0] == JCS] == [(JCS, 1200, "2024-12-23", "day")]


def test_that_day_after_a_verb_is_no_opener() -> None:
    body = (
        "The JCS said on Tuesday that around 1,200 North Korean soldiers were killed or wounded in "
        "fighting that day, the first of the offensive.\n"
    )
    assert _when(H_DEC + body) == [(JCS, 1200, "2024-12-24", "day")]


# ----------------------- "from January, when the <name of several words> (ABBR) said": that month
def test_a_month_when_a_many_word_body_said_dates_the_figure() -> None:
    body = (
        "The estimate compares with one from February, when the Joint Chiefs of Staff (JCS) said about "
        "3,600 North Korean soldiers had been killed or wounded.\n"
    )
    assert _when("Brief\n\nMarch 27, 2025\n\nTitle\n\n" + body) == [(JCS, 3600, "2025-02-01", "month")]
