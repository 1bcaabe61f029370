"""Round 18 of issue 9: a list item's marker before the statement's date, a coordinated clause
whose new speaker comes after a time, and a figure's source named in "the figure came from X,
which said …".

Round 18 moved the fifteenth, sixteenth and seventeenth fresh sets into `dev-pending/`. Each
mechanism below missed in more than one writer's set; the sentences are written for each
behaviour, not copied from any report. Each mechanism has a case that must not change (a
negative). Tests share no state (xdist-safe).
"""

from __future__ import annotations

from tests.helpers import WIRE_HEADER, numeric_claims, read_numeric

NIS = "National Intelligence Service (South Korea)"
JCS = "Joint Chiefs of Staff (South Korea)"
GENSTAFF = "General Staff of the Armed Forces of Ukraine"
RYDER = "Pat Ryder (US Department of Defense)"


def _dates(body: str) -> list[tuple[object, ...]]:
    """(claimant, low, stated_on, precision) of each figure under the wire header (3 March 2025)."""
    return [
        (c["claimant"], c["value_low"], c["stated_on"], c["stated_on_precision"])
        for c in numeric_claims(WIRE_HEADER + body)
    ]


# ------------------------------------------------- a list item's marker before its date
def test_a_dash_item_opening_with_today_and_an_aside_is_dated_today() -> None:
    body = (
        "Latest:\n"
        "- Today, after a meeting with lawmakers in Seoul, the JCS said about 1,100 North Korean "
        "soldiers were killed or wounded.\n"
        "- The embassy remains open."
    )
    assert _dates(body) == [(JCS, 1100, "2025-03-03", "day")]


def test_a_bullet_item_opening_with_a_weekday_and_an_aside_is_dated_that_day() -> None:
    body = (
        "Latest:\n"
        "• On Sunday, in a post on Telegram, Pat Ryder said about 10,000 North Korean troops were "
        "in the Kursk region.\n"
        "• Flights remain suspended."
    )
    assert _dates(body) == [(RYDER, 10000, "2025-03-02", "day")]


def test_a_lettered_item_opening_with_yesterday_and_an_aside_is_dated_the_day_before() -> None:
    body = (
        "Timeline:\n"
        "b) Yesterday, after a closed session, the NIS said about 300 North Korean soldiers had been "
        "killed.\n"
        "c) No change at the border."
    )
    assert _dates(body) == [(NIS, 300, "2025-03-02", "day")]


def test_negative_a_dash_item_whose_only_date_is_the_counts_start_has_no_statement_date() -> None:
    # "since December" dates the losses, not the statement: unchanged
    body = (
        "Latest:\n"
        "- About 600 North Korean soldiers have been killed since December, the NIS said.\n"
        "- The embassy remains open."
    )
    assert _dates(body) == [(NIS, 600, "", "unknown")]


# ------------------------------------- a coordinated clause with its own time and speaker
def test_a_second_clause_opening_with_a_day_and_a_new_speaker_is_that_speakers() -> None:
    body = (
        "The General Staff said on Monday that more than 4,500 North Koreans had been killed or "
        "wounded, and on Wednesday the NIS told lawmakers about 600 had been killed."
    )
    assert read_numeric(body) == [
        (GENSTAFF, "killed_or_wounded", 4500, None, "over"),
        (NIS, "killed", 600, 600, "about"),
    ]


def test_a_second_clause_with_a_bracketed_date_before_its_speaker_is_that_speakers() -> None:
    body = (
        "The JCS said in January that about 1,100 North Koreans had been killed or wounded, and "
        "later (in March) Pat Ryder said about 4,000 had been killed or wounded."
    )
    assert [r[0] for r in read_numeric(body)] == [JCS, RYDER]


def test_negative_a_second_clause_with_a_day_but_no_new_speaker_stays_with_the_first() -> None:
    body = (
        "The General Staff said on Monday that more than 4,500 North Koreans had been killed or "
        "wounded, and on Wednesday said that about 600 had been killed."
    )
    assert [r[0] for r in read_numeric(body)] == [GENSTAFF, GENSTAFF]


# ------------------------------------------- "the figure came from X, which said …"
def test_the_body_a_figure_came_from_speaks_in_its_relative_clause() -> None:
    body = "The number came from the NIS, which said about 300 North Korean soldiers were killed."
    assert read_numeric(body) == [(NIS, "killed", 300, 300, "about")]


def test_the_body_a_figure_came_from_keeps_it_through_an_apposition() -> None:
    body = (
        "The estimate came from the JCS, the South Korean military's top command, which said about "
        "1,100 North Korean soldiers had been killed or wounded."
    )
    assert read_numeric(body) == [(JCS, "killed_or_wounded", 1100, 1100, "about")]


def test_negative_a_figure_that_came_from_one_body_and_another_that_speaks_is_the_speakers() -> None:
    body = "The figure came from the NIS, and the JCS said about 300 North Korean soldiers were killed."
    assert read_numeric(body) == [(JCS, "killed", 300, 300, "about")]


def test_negative_a_count_that_came_from_a_body_with_no_verb_is_still_that_bodys() -> None:
    body = "The earliest count came from the NIS on 19 December: at least 100 North Korean soldiers killed."
    assert read_numeric(body) == [(NIS, "killed", 100, None, "at_least")]


# ------------------------------------------------ both sides' people counted together
def _subjects(body: str) -> list[tuple[object, ...]]:
    return [(c["value_low"], c["subject"]) for c in numeric_claims(WIRE_HEADER + body)]


def test_people_of_russian_and_north_korean_units_are_both_sides_forces() -> None:
    body = "HUR said about 200 servicemen of Russian and North Korean units had been killed near Sudzha."
    assert _subjects(body) == [(200, "Russian and DPRK forces")]


def test_people_fighting_in_both_sides_units_are_both_sides_forces() -> None:
    body = "HUR said some 150 soldiers fighting in North Korean and Russian units were wounded on Tuesday."
    assert _subjects(body) == [(150, "Russian and DPRK forces")]


def test_russian_and_north_korean_soldiers_are_both_sides_forces() -> None:
    body = "HUR said about 90 Russian and North Korean soldiers had been killed near Sudzha."
    assert _subjects(body) == [(90, "Russian and DPRK forces")]


def test_negative_two_figures_each_with_its_own_side_keep_their_sides() -> None:
    body = "HUR said about 200 North Korean soldiers and 300 Russian soldiers had been killed near Sudzha."
    assert _subjects(body) == [(200, "DPRK forces"), (300, "Russian forces")]


# ------------------------------------------------ a section heading naming whose losses
_BEFORE = "The Russian MoD said on Monday that Ukraine had lost more than 37,355 servicemen in Kursk.\n\n"


def test_items_under_a_heading_naming_north_korean_losses_count_north_koreans() -> None:
    body = (
        _BEFORE + "3. North Korean losses\n\n"
        "Each estimate is listed with its source and date:\n\n"
        "- The JCS, statement of 23 December: about 1,100 casualties.\n"
        "- HUR, post of 14 December: some 200 killed.\n"
    )
    assert _subjects(body) == [(37355, "Ukrainian forces"), (1100, "DPRK forces"), (200, "DPRK forces")]


def test_a_page_heading_naming_russian_casualties_counts_russians_below_it() -> None:
    text = (
        "Harbour Review - Data desk\nMonday 3 March 2025, 09:00\n\nWhat the numbers say\n\n"
        "Kyiv said on Monday that about 1,000 Ukrainian soldiers had been captured since August.\n\n"
        "Russian casualties in Kursk\n\n"
        "Syrskyi said on Monday that at least 80,000 had been killed or wounded there.\n"
    )
    got = [(c["value_low"], c["subject"]) for c in numeric_claims(text)]
    assert (80000, "Russian forces") in got


def test_negative_a_heading_naming_no_side_leaves_the_figure_with_the_one_before() -> None:
    body = _BEFORE + "4. Other business\n\n- The Russian MoD, statement of 2 December: about 500 killed.\n"
    assert _subjects(body) == [(37355, "Ukrainian forces"), (500, "Ukrainian forces")]


def test_a_later_heading_naming_another_side_takes_over() -> None:
    body = (
        _BEFORE + "3. North Korean losses\n\n"
        "- The JCS, statement of 23 December: about 1,100 casualties.\n\n"
        "4. Ukrainian losses\n\n"
        "- The Russian MoD, statement of 2 December: about 500 killed.\n"
    )
    assert _subjects(body)[1:] == [(1100, "DPRK forces"), (500, "Ukrainian forces")]


def test_negative_an_item_naming_its_own_side_under_the_heading_keeps_it() -> None:
    body = (
        _BEFORE + "3. North Korean losses\n\n"
        "- HUR, post of 14 December: some 200 Russian soldiers killed near Sudzha.\n"
    )
    assert _subjects(body)[-1] == (200, "Russian forces")


# ------------------------------------------- a quoted count of the lost, its noun left out
def test_a_quoted_count_after_had_lost_is_a_count_of_the_lost() -> None:
    body = 'Budanov said on Monday that Russia had lost "12 thousand as of now" in the Kursk region.'
    assert read_numeric(body) == [("Kyrylo Budanov (HUR)", "killed_or_wounded", 12000, 12000, "exact")]


def test_a_count_after_is_losing_its_soldiers_and_a_dash_is_a_count_of_the_lost() -> None:
    body = 'Budanov said in a speech that Russia is losing its soldiers near Sudzha - "900 to date".'
    assert [r[1:] for r in read_numeric(body)] == [("killed_or_wounded", 900, 900, "exact")]


def test_negative_a_count_of_things_lost_as_of_now_is_no_count_of_people() -> None:
    body = "Budanov said on Monday that Russia had lost 40 tanks as of now in the Kursk region."
    assert read_numeric(body) == []


# -------------------------------------- an unnamed official in other spellings; "quoted by"
DOD_OFFICIAL = "US Department of Defense (senior official)"


def test_a_senior_defence_official_in_british_spelling_is_the_unnamed_dod_official() -> None:
    body = "A senior US defence official said about 900 North Korean soldiers had been killed or wounded."
    assert [r[0] for r in read_numeric(body)] == [DOD_OFFICIAL]


def test_a_senior_department_of_defense_official_is_the_unnamed_dod_official() -> None:
    body = "A senior Department of Defense official said about 900 North Korean soldiers had been wounded."
    assert [r[0] for r in read_numeric(body)] == [DOD_OFFICIAL]


def test_a_speaker_quoted_by_an_unknown_outlet_is_the_speaker_not_the_outlet() -> None:
    body = "The NIS quoted by The Seoul Evening Courier said about 700 North Korean soldiers were killed."
    assert read_numeric(body) == [(NIS, "killed", 700, 700, "about")]


def test_negative_an_outlet_that_itself_says_a_figure_is_the_claimant() -> None:
    body = "The Seoul Evening Courier said about 700 North Korean soldiers were killed, citing no source."
    got = read_numeric(body)
    assert len(got) == 1 and "Evening Courier" in str(got[0][0])


# ------------------------------------------- "from killed in action to wounded": both fates
def test_a_count_ranging_from_killed_to_wounded_counts_both() -> None:
    body = (
        'Pat Ryder said North Korean casualties in Kursk were "about 700", from killed in action to wounded.'
    )
    assert read_numeric(body) == [(RYDER, "killed_or_wounded", 700, 700, "about")]


def test_negative_a_count_of_the_killed_alone_stays_killed() -> None:
    body = "Pat Ryder said about 700 North Korean soldiers had been killed in action near Sudzha."
    assert read_numeric(body) == [(RYDER, "killed", 700, 700, "about")]


# ------------------------------- "The same day X briefed lawmakers …: about 300 …"
def test_a_body_opening_onto_figures_with_a_colon_after_a_day_told_by_reference_speaks() -> None:
    body = "The same day the JCS briefed lawmakers: about 1,100 North Korean soldiers killed or wounded."
    assert read_numeric(body) == [(JCS, "killed_or_wounded", 1100, 1100, "about")]


def test_a_long_introduction_before_the_colon_keeps_its_body_as_the_speaker() -> None:
    body = (
        "Later that day South Korea's National Intelligence Service briefed the intelligence committee in "
        "a closed session: about 300 North Korean soldiers killed, and about 2,700 wounded."
    )
    assert read_numeric(body) == [(NIS, "killed", 300, 300, "about"), (NIS, "wounded", 2700, 2700, "about")]


def test_negative_a_state_opening_onto_figures_with_a_colon_is_no_speaker() -> None:
    body = "The same day Russia raised the stakes: about 300 North Korean soldiers killed."
    assert read_numeric(body) == []
