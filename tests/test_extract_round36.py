"""Round 36: fact checks, brief items and attribution chains (writers 67-69's misses).

Each test names a behaviour the round-36 rules add. The sentences are invented for each
behaviour, not copied from any report; negatives guard what must not change. Tests share no
state (xdist-safe).
"""

from __future__ import annotations

from typing import Any

from etl.extract import extract

HEADER = "Wire\n\nMarch 3, 2025\n\nTitle\n\n"
ALERTS = "DAILY ALERTS (Mon 3 Mar 2025)\nTimes GMT.\n\n"
HUR = "Defense Intelligence of Ukraine (HUR)"
SSO = "Special Operations Forces of Ukraine (SSO)"


def _rows(body: str, header: str = HEADER) -> list[dict[str, Any]]:
    return extract(header + body).claims


def _claims(body: str, header: str = HEADER) -> list[tuple[str, str, int | None, int | None, str]]:
    """(claimant, metric, low, high, qualifier) of each claim read under a dated header."""
    return [
        (c["claimant"], c["metric"], c["value_low"], c["value_high"], c["qualifier"])
        for c in _rows(body, header)
    ]


def _stated(body: str, header: str = HEADER) -> list[tuple[str, int | None, str]]:
    """(metric, low, stated_on) of each claim."""
    return [(c["metric"], c["value_low"], c["stated_on"]) for c in _rows(body, header)]


# ------------------------------------------------- "Speaker -- figures": an alert's typed dash
def test_alert_speaker_before_a_typed_dash_is_the_claimant() -> None:
    body = "BREAKING: Budanov -- over 5,000 North Korean soldiers killed or wounded in Kursk so far.\n"
    assert ("Kyrylo Budanov (HUR)", "killed_or_wounded", 5000, None, "over") in _claims(body)


def test_dateline_before_a_typed_dash_is_no_speaker() -> None:
    """Negative: "KYIV -- N soldiers …" names a place, not who says it."""
    body = "KYIV -- About 5,000 North Korean soldiers have been killed or wounded in Kursk.\n"
    assert not [c for c in _claims(body) if c[0] in ("Ukraine", "Kyiv")]


def test_source_after_a_typed_dash_at_the_end_is_the_claimant() -> None:
    body = "Special forces: 25 North Korean soldiers killed, 12 wounded in Kursk -- SSO on Telegram.\n"
    got = _claims(body)
    assert (SSO, "killed", 25, 25, "exact") in got
    assert (SSO, "wounded", 12, 12, "exact") in got


# ------------------------------------------------- an alert's time of day
def test_alert_time_stamp_is_no_text_and_the_item_is_that_days_news() -> None:
    body = (
        "[0915] BREAKING: Budanov -- over 5,000 North Korean soldiers killed or wounded in Kursk.\n\n"
        "[1020] Weather: snow warning for the north.\n"
    )
    assert ("killed_or_wounded", 5000, "2025-03-03") in _stated(body, ALERTS)


def test_alert_in_the_present_tense_is_that_days_news() -> None:
    body = (
        "[0915] Weather: snow warning for the north.\n\n"
        "[1405] SEOUL: South Korea's Joint Chiefs of Staff estimate around 1,300 North Korean "
        "casualties in Kursk.\n"
    )
    assert ("killed_or_wounded", 1300, "2025-03-03") in _stated(body, ALERTS)


def test_alert_dating_its_statement_keeps_that_day() -> None:
    """Negative: an alert that says when the speaker spoke keeps that day."""
    body = (
        "[0915] Weather: snow warning for the north.\n\n"
        "[1405] South Korea's Joint Chiefs of Staff said on Friday that about 1,300 North Korean "
        "soldiers had been killed or wounded.\n"
    )
    assert ("killed_or_wounded", 1300, "2025-02-28") in _stated(body, ALERTS)


# ------------------------------------------------- "three more had gone missing"
def test_more_gone_missing_counts_the_people_of_the_sentence_before() -> None:
    body = (
        "The HUR said on Monday that at least 40 North Korean soldiers had been killed near Sudzha. "
        "It added that at least four more had gone missing.\n"
    )
    assert (HUR, "missing", 4, None, "at_least") in _claims(body)


def test_more_after_no_toll_is_no_count() -> None:
    """Negative: "more" after a sentence that counts no losses is read as nothing."""
    body = (
        "The HUR said on Monday that 40 North Korean officers had arrived in Kursk. Four more had "
        "gone missing on the way, it said.\n"
    )
    assert not [c for c in _claims(body) if c[1] == "missing"]


# ------------------------------------------------- a fact check's quoted claim and its credit
def test_credit_in_brackets_after_a_quotation_is_its_claimant() -> None:
    body = (
        'WHAT WAS SAID: "The number of North Korean soldiers killed in Kursk already exceeds 900." '
        "(General Oleksandr Syrskyi, on Telegram, Friday)\n"
    )
    got = [(c["claimant"], c["metric"], c["value_low"], c["stated_on"]) for c in _rows(body)]
    assert ("Oleksandr Syrskyi", "killed", 900, "2025-02-28") in got


def test_bracketed_sentence_after_a_quotation_stays_apart() -> None:
    """Negative: a bracketed aside that is a sentence of its own credits no one."""
    body = (
        '"More than 900 North Korean soldiers have died in Kursk," Syrskyi said on Friday. '
        "(That is more than twice the January figure.)\n"
    )
    assert [c[0] for c in _claims(body)] == ["Oleksandr Syrskyi"]


# ------------------------------------------------- "The statement put …": whose statement
GS = "General Staff of the Armed Forces of Ukraine"


def test_the_statement_is_the_one_the_sentence_before_says_a_body_made() -> None:
    body = (
        "Putin's chief of staff said on Friday that the Kursk region had been cleared.\n\n"
        "Ukraine's General Staff denied it the same day, saying in a statement carried by local "
        "media that fighting went on. The statement put North Korean losses in Kursk at more than "
        "5,200 killed and wounded.\n"
    )
    got = [(c["claimant"], c["metric"], c["value_low"], c["stated_on"]) for c in _rows(body)]
    assert (GS, "killed_or_wounded", 5200, "2025-02-28") in got


def test_the_statement_after_a_quoting_speaker_stays_theirs() -> None:
    """Negative: with no statement named in the sentence before, the last speaker keeps it."""
    body = (
        "Ukraine's General Staff said on Friday that fighting went on in Kursk. Kyiv's allies were "
        "told the same. The statement put North Korean losses at more than 5,200 killed and wounded.\n"
    )
    assert [c[0] for c in _claims(body)] == [GS]


# ------------------------------------------------- "Same post: …" and a brief's "NK"
def test_same_post_label_is_the_post_the_sentence_before_was_about() -> None:
    body = (
        "Budanov said on Friday that Gornal had fallen. Ukraine's General Staff on Facebook denied "
        "the town had fallen. Same post: total losses of the North Korean army in Kursk "
        '"more than 5,200 killed and wounded".\n'
    )
    assert (GS, "killed_or_wounded", 5200, None, "over") in _claims(body)


def test_nk_is_north_korea_in_brief_copy() -> None:
    body = "The General Staff said total losses of the NK army were more than 5,200 killed and wounded.\n"
    assert [c["subject"] for c in _rows(body)] == ["DPRK forces"]


def test_nk_news_is_an_outlet_not_a_side() -> None:
    """Negative: the outlet NK News names no side."""
    body = "NK News reported on Friday that about 5,200 Russian soldiers had been killed in Kursk.\n"
    assert [c["subject"] for c in _rows(body)] == ["Russian forces"]


# ------------------------------------------------- "N sappers to <place> to …, and M builders"
SHOIGU = "Sergei Shoigu (Security Council of Russia)"


def test_second_batch_after_a_destination_and_a_purpose_is_a_deployment_too() -> None:
    body = (
        "Shoigu said on Friday that Pyongyang would send 2,000 sappers to Kursk to clear mines and "
        "4,000 military builders to repair roads.\n"
    )
    got = _claims(body)
    assert (SHOIGU, "troops_deployed", 2000, 2000, "exact") in got
    assert (SHOIGU, "troops_deployed", 4000, 4000, "exact") in got


def test_second_figure_of_another_kind_is_no_batch() -> None:
    """Negative: a count of things after the sappers is no deployment."""
    body = (
        "Shoigu said on Friday that Pyongyang would send 2,000 sappers to Kursk to clear mines and "
        "4,000 tonnes of food.\n"
    )
    assert [c[2] for c in _claims(body)] == [2000]


# ------------------------------------------------- a flash's headline in capitals
FLASHES = "WORLD FLASHES\nMon 3 Mar 2025 | all times GMT\n\n"


def test_flash_headline_in_capitals_is_read_before_its_text() -> None:
    body = (
        "1520 KYIV -- UKRAINE'S GENERAL STAFF: MORE THAN 5,200 NORTH KOREAN SOLDIERS KILLED OR WOUNDED "
        "IN KURSK. The figure was posted on Facebook. No breakdown given.\n\n"
        "1610 TOKYO -- Nikkei closes up 1.2 pct.\n"
    )
    got = [(c["claimant"], c["metric"], c["value_low"], c["stated_on"]) for c in _rows(body, FLASHES)]
    assert (GS, "killed_or_wounded", 5200, "2025-03-03") in got


def test_ordinary_line_with_an_acronym_is_left_alone() -> None:
    """Negative: a line in ordinary case keeps its capitals."""
    body = "The NIS told lawmakers on Friday that about 5,200 North Korean soldiers had been killed.\n"
    assert [c[0] for c in _claims(body)] == ["National Intelligence Service (South Korea)"]


# ------------------------------------------------- the body's figure, then its official
def test_official_opening_the_next_sentence_gave_the_bodys_figure() -> None:
    body = (
        "WASHINGTON -- The Pentagon: North Korea has sent about 12,000 soldiers to eastern Russia. "
        "Pentagon press secretary Sabrina Singh at the daily briefing: some are already near Kursk.\n"
    )
    got = _claims(body)
    assert ("Sabrina Singh (US Department of Defense)", "troops_deployed", 12000, 12000, "about") in got


def test_official_of_another_body_leaves_the_figure_alone() -> None:
    """Negative: an official of some other body opening the next sentence does not take it."""
    body = (
        "WASHINGTON -- The Pentagon: North Korea has sent about 12,000 soldiers to eastern Russia. "
        "NIS chief Cho Tae-yong at a hearing: some are already near Kursk.\n"
    )
    assert [c[0] for c in _claims(body)] == ["US Department of Defense"]


def test_official_who_gave_the_bodys_number_in_a_when_clause_is_the_claimant() -> None:
    body = (
        "That is above the number the Pentagon gave on Friday, when spokesman Pat Ryder put the total "
        "in Russia at between 12,000 and 13,000.\n"
    )
    got = _claims(body)
    assert [c[0] for c in got] == ["Pat Ryder (US Department of Defense)"]
    assert got[0][2:] == (12000, 13000, "range")


def test_body_with_no_official_speaking_keeps_its_figure() -> None:
    """Negative: an official named without a verb of giving the figure takes nothing."""
    body = (
        "The Pentagon said on Friday, as Pat Ryder looked on, that between 12,000 and 13,000 North "
        "Korean troops were in Russia.\n"
    )
    assert [c[0] for c in _claims(body)] == ["US Department of Defense"]


# ------------------------------------------------- a brief's civilian casualties
def test_people_killed_in_a_clause_off_the_war_are_no_toll() -> None:
    body = (
        "The JCS said on Monday that about 1,300 North Korean soldiers had been killed or wounded.\n\n"
        "Missiles hit the city overnight, the air force said; 3 people were killed in the port.\n"
    )
    assert [c[2] for c in _claims(body)] == [1300]


def test_nameless_local_official_speaks_for_no_one_named_before() -> None:
    body = (
        "The JCS said on Monday that about 1,300 North Korean soldiers had been killed or wounded.\n\n"
        "A drone hit a power station; 4 injured, regional governor says.\n"
    )
    assert [c[2] for c in _claims(body)] == [1300]


def test_people_on_the_war_are_still_counted() -> None:
    """Negative: "people" in a clause on the war keeps its count."""
    body = (
        "The General Staff said on Monday that the enemy had lost 5,200 people killed and wounded in Kursk.\n"
    )
    assert [c[2] for c in _claims(body)] == [5200]


# ------------------------------------------------- spans named by weekdays
def _spans(body: str) -> list[tuple[str, str, str, str]]:
    return [(c["metric"], c["basis"], c["period_start"], c["period_end"]) for c in _rows(body)]


def test_two_weekdays_running_are_one_span() -> None:
    body = "The HUR said on Monday that at least 20 North Korean soldiers were killed near Sudzha on Friday and Saturday.\n"
    assert ("killed", "period", "2025-02-28", "2025-03-01") in _spans(body)


def test_n_days_of_fighting_to_a_weekday_end_on_it() -> None:
    body = "The SSO said on Monday that 45 North Korean soldiers were killed in Kursk over four days of fighting to Saturday.\n"
    assert ("killed", "period", "2025-02-26", "2025-03-01") in _spans(body)


def test_weekday_to_weekday_is_a_span() -> None:
    body = (
        "The SSO said on Monday that 45 North Korean soldiers were killed in Kursk, Thursday to Saturday.\n"
    )
    assert ("killed", "period", "2025-02-27", "2025-03-01") in _spans(body)


def test_two_weekdays_apart_are_no_span() -> None:
    """Negative: "on Tuesday and Friday" names two days, not the days between."""
    body = "The SSO said on Monday that 45 North Korean soldiers were killed near Sudzha on Tuesday and Friday.\n"
    assert ("killed", "period", "2025-02-25", "2025-02-28") not in _spans(body)


# ------------------------------------------------- "killed fighting Ukrainian forces"
def test_the_enemy_fought_is_not_whose_wounded_are_counted() -> None:
    body = (
        "At least 150 North Korean soldiers have died fighting Ukrainian forces in Kursk, and the "
        "number of wounded is close to 900, the NIS said on Friday.\n"
    )
    got = [(c["metric"], c["subject"]) for c in _rows(body)]
    assert ("wounded", "DPRK forces") in got


def test_forces_counted_after_fighting_keep_their_side() -> None:
    """Negative: "Ukrainian forces lost …" is still Ukraine's count."""
    body = "The Russian defence ministry said on Friday that Ukrainian forces had lost about 900 soldiers in Kursk.\n"
    assert [c["subject"] for c in _rows(body)] == ["Ukrainian forces"]


# ------------------------------------------------- a wire's urgents under their times of day
URGENTS = "WIRE SERVICE -- URGENT SERIES -- MON 3 MAR 2025\n\nBC-WIRE-URGENTS\n(Times GMT. Latest first.)\n\n"
ITEM = (
    "PENTAGON: NORTH KOREAN LOSSES RISE\nPentagon press secretary Pat Ryder told a press briefing that "
    'North Korean forces had suffered "about 1,300" killed or wounded "in the past week" in Kursk. MORE\n\n'
    "1020 -- SEOUL -- Markets close lower, the exchange says.\n"
)


def test_urgent_heading_with_its_time_stamps_the_item_below() -> None:
    got = [
        (c["value_low"], c["stated_on"], c["period_start"])
        for c in _rows("1410 -- URGENT -- WASHINGTON -- " + ITEM, URGENTS)
    ]
    assert got == [(1300, "2025-03-03", "2025-02-24")]


def test_heading_without_a_time_stamps_nothing() -> None:
    """Negative: a heading with no time of day gives the item below no day of its own."""
    got = [(c["value_low"], c["stated_on"]) for c in _rows("WASHINGTON -- " + ITEM, URGENTS)]
    assert got == [(1300, "")]


# ------------------------------------------------- "Last Wednesday the agency told …"
def test_the_agency_after_a_last_weekday_opener_is_the_agency_named_before() -> None:
    body = (
        "A website claimed that 300 North Korean soldiers died in a missile strike, RBC reported.\n\n"
        "South Korea's National Intelligence Service said only that it was checking the claim. Last "
        "Thursday the agency told lawmakers that more than 12,000 North Korean troops had been "
        "deployed to Kursk.\n"
    )
    got = _claims(body)
    assert ("National Intelligence Service (South Korea)", "troops_deployed", 12000, None, "over") in got


# ------------------------------------------------- "put the toll the same day at", "spoke of N in Kursk"
JCS = "Joint Chiefs of Staff (South Korea)"


def test_toll_put_the_same_day_is_the_count_just_reported() -> None:
    body = (
        "On Monday, Budanov said more than 5,000 North Korean soldiers had been killed or wounded. "
        "South Korea's Joint Chiefs of Staff put the toll the same day at around 1,300.\n"
    )
    assert (JCS, "killed_or_wounded", 1300, 1300, "about") in _claims(body)


def test_force_spoken_of_in_kursk_is_the_force_just_counted() -> None:
    body = (
        "Pat Ryder put the total in Russia at between 12,000 and 13,000 on Monday. Days earlier "
        "Secretary of State Antony Blinken spoke of up to 9,000 in the Kursk region.\n"
    )
    assert ("Antony Blinken (US State Department)", "troops_deployed", None, 9000, "up_to") in _claims(body)


def test_spoke_of_a_figure_of_something_else_is_no_count() -> None:
    """Negative: "spoke of" a figure not in Kursk or Russia counts nothing."""
    body = (
        "Pat Ryder put the total in Russia at between 12,000 and 13,000 on Monday. Days earlier "
        "Antony Blinken spoke of up to 9,000 at the meeting.\n"
    )
    assert [c[0] for c in _claims(body)] == ["Pat Ryder (US Department of Defense)"]


# ------------------------------------------------- a body's silence in its own speaker's words
def _responders(body: str) -> list[tuple[str, str]]:
    return [(r["responder"], r["stance"]) for r in extract(HEADER + body).responses]


def test_bodys_silence_quoting_its_spokesman_is_the_spokesmans() -> None:
    body = (
        "Budanov said on Monday that about 5,000 North Korean soldiers had been killed or wounded.\n\n"
        "The Kremlin declined to comment on the figure, TASS said, quoting spokesman Dmitry Peskov as "
        'saying that Moscow "does not react to such statements".\n'
    )
    assert ("Dmitry Peskov (Kremlin)", "no_comment") in _responders(body)


def test_bodys_silence_alone_stays_the_bodys() -> None:
    """Negative: with no speaker of its own named, the body keeps its silence."""
    body = (
        "Budanov said on Monday that about 5,000 North Korean soldiers had been killed or wounded.\n\n"
        "The Kremlin declined to comment on the figure.\n"
    )
    assert ("Kremlin", "no_comment") in _responders(body)


# ------------------------------------------------- "X said Monday, according to <outlet>"
def test_day_said_before_the_relaying_outlet_dates_the_claim() -> None:
    body = (
        "The number of North Korean soldiers in Russia has risen to about 13,000, the Pentagon said "
        "Friday, according to South Korea's Yonhap news agency.\n"
    )
    got = [(c["value_low"], c["stated_on"]) for c in _rows(body)]
    assert got and got[0] == (13000, "2025-02-28")


def test_day_not_next_to_the_verb_is_no_statement_day() -> None:
    """Negative: a day of fighting before "according to" does not date the statement."""
    body = "About 40 North Korean soldiers were killed near Sudzha on Friday, according to the HUR.\n"
    assert [c["basis"] for c in _rows(body)] == ["period"]


# ------------------------------------------------- a side-by-side table, one column per speaker
def test_side_by_side_columns_credit_each_cell_to_its_columns_speaker() -> None:
    body = (
        "SIDE BY SIDE\n\n"
        "Russia (Gerasimov, Friday) | Ukraine (General Staff, Friday)\n"
        "Ukraine's losses amounted to more than 80,000 killed and wounded | North Korea's losses in "
        "Kursk more than 5,200 killed and wounded\n\n"
        "Both figures are unverified.\n"
    )
    got = [(c["claimant"], c["subject"], c["value_low"], c["stated_on"]) for c in _rows(body)]
    assert ("Valery Gerasimov", "Ukrainian forces", 80000, "2025-02-28") in got
    assert (GS, "DPRK forces", 5200, "2025-02-28") in got


def test_table_without_speaker_columns_is_left_alone() -> None:
    """Negative: a table whose headings name no speakers credits nobody by column."""
    body = "Front | Losses\nKursk | more than 5,200 killed and wounded\n\nBoth figures are unverified.\n"
    assert not [c for c in _rows(body) if c["claimant"] in ("Valery Gerasimov", GS)]


# ------------------------------------------------- "WEEKEND RECAP (Sat 1 Mar):"
def test_recap_heading_with_its_day_dates_the_items_below() -> None:
    body = (
        "0110 SEOUL -- The won opened higher against the dollar on Monday morning, traders said.\n\n"
        "WEEKEND RECAP (Sat 1 Mar):\n\n"
        "-- KYIV -- Budanov told reporters that more than 5,200 North Korean soldiers had been killed or "
        "wounded in Kursk.\n\n"
        "0912 TOKYO -- Nikkei up 1.4 pct.\n"
    )
    got = [(c["value_low"], c["stated_on"]) for c in _rows(body, FLASHES)]
    assert got == [(5200, "2025-03-01")]


def test_items_after_the_recap_are_the_pages_day_again() -> None:
    """Negative: a flash after the recap is today's news, not the recap's day."""
    body = (
        "WEEKEND RECAP (Sat 1 Mar):\n\n"
        "-- KYIV -- Markets were closed.\n\n"
        "0912 SEOUL -- South Korea's Joint Chiefs of Staff estimate around 1,300 North Korean casualties in Kursk.\n"
    )
    got = [(c["value_low"], c["stated_on"]) for c in _rows(body, FLASHES)]
    assert got == [(1300, "2025-03-03")]
