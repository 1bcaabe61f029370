"""Round 35: newsletters and reprinted wire copy (writers 65-66's misses).

Each test names a behaviour the round-35 rules add. The sentences are invented for each
behaviour, not copied from any report; negatives guard what must not change. Tests share no
state (xdist-safe).
"""

from __future__ import annotations

from typing import Any

from etl.extract import extract

HEADER = "Wire\n\nMarch 3, 2025\n\nTitle\n\n"
NIS = "National Intelligence Service (South Korea)"
GS = "General Staff of the Armed Forces of Ukraine"


def _rows(body: str, header: str = HEADER) -> list[dict[str, Any]]:
    return extract(header + body).claims


def _claims(body: str, header: str = HEADER) -> list[tuple[str, str, int | None, int | None, str]]:
    """(claimant, metric, low, high, qualifier) of each claim read under a dated header."""
    return [
        (c["claimant"], c["metric"], c["value_low"], c["value_high"], c["qualifier"])
        for c in _rows(body, header)
    ]


def _dated(body: str, header: str = HEADER) -> list[tuple[str, int | None, str, str, str, str]]:
    """(metric, low, stated_on, basis, period_start, period_end) of each claim."""
    return [
        (c["metric"], c["value_low"], c["stated_on"], c["basis"], c["period_start"], c["period_end"])
        for c in _rows(body, header)
    ]


# ------------------------------------------------- "by mid-January": a cut-off, not a span
def test_by_mid_month_is_when_the_total_stood() -> None:
    body = (
        "On Feb. 10 Western officials said about 700 North Korean soldiers were thought to have died "
        "in Kursk by mid-February.\n"
    )
    assert ("killed", 700, "2025-02-10", "cumulative", "", "") in _dated(body)


def test_in_a_month_is_still_a_span() -> None:
    """Negative: "in February" (no "by") keeps its month."""
    body = (
        "On Feb. 28 Western officials said about 700 North Korean soldiers had died in Kursk in February.\n"
    )
    assert ("killed", 700, "2025-02-28", "period", "2025-02-01", "2025-02-28") in _dated(body)


# ------------------------------------------------- "the total of killed, wounded … was N"
def test_total_of_the_listed_fates_is_the_broad_count() -> None:
    body = (
        "Western officials told reporters on Monday that the total of killed, wounded, missing and "
        "captured North Korean soldiers was roughly 5,000.\n"
    )
    got = _claims(body)
    assert ("Western officials", "killed_or_wounded", 5000, 5000, "about") in got
    assert not [c for c in got if c[1] == "captured"]


def test_a_single_fate_keeps_its_metric() -> None:
    """Negative: "the number of wounded was …" stays wounded."""
    body = "Western officials said on Monday that the number of wounded North Korean soldiers was roughly 5,000.\n"
    assert ("Western officials", "wounded", 5000, 5000, "about") in _claims(body)


# ------------------------------------------------- 'its "irrecoverable" losses': a scare-quoted kind
def test_scare_quoted_loss_kind_is_read_as_a_word() -> None:
    body = (
        "In a post on Saturday, the General Staff said North Korean losses had passed 4,000. It put "
        "Russia's \"irrecoverable\" losses in the northern group's sector at 14,300, with 20,100 wounded.\n"
    )
    got = _claims(body)
    assert (GS, "killed", 14300, 14300, "exact") in got
    assert (GS, "wounded", 20100, 20100, "exact") in got
    body = 'The General Staff said on Saturday that Russia\'s "irrecoverable" losses stood at 14,300.\n'
    assert _claims(body) == [(GS, "killed", 14300, 14300, "exact")]


# ------------------------------------------------- ground to clear of mines is no ground held
def test_area_to_be_demined_is_no_ground_held() -> None:
    body = (
        "Ukraine's demining agency says about 120,000 square kilometres of the country must still be "
        "cleared of mines.\n"
    )
    assert not [c for c in _claims(body) if c[1] == "area_held_km2"]


def test_area_held_still_counts() -> None:
    """Negative: ground an army holds is still an area claim."""
    body = (
        "Ukraine's General Staff said on Friday its forces held about 500 square kilometres of the region.\n"
    )
    assert [c[1] for c in _claims(body)] == ["area_held_km2"]


# ------------------------------------------------- a bullet's headline and its item
NEWSLETTER = "SEOUL DAYBOOK\nThursday, March 13, 2025\n\nGood morning from Seoul. Here is what you need to know today.\n\n"


def test_bullet_headline_restated_in_its_item_is_one_claim_dated_by_the_item() -> None:
    body = (
        "• Seoul's spy agency says about 500 North Koreans have been wounded. A ruling-party lawmaker "
        "told reporters yesterday after a closed-door briefing that the National Intelligence Service "
        "estimates about 500 North Korean soldiers have been wounded.\n"
    )
    got = [(m, low, day) for m, low, day, *_ in _dated(body, NEWSLETTER)]
    assert got == [("wounded", 500, "2025-03-12")]


def test_headline_gives_no_occasion_to_the_items_next_figure() -> None:
    """'… Lee quoted the agency as saying': the item's briefing day, not the headline's 'says'."""
    body = (
        "• Seoul's spy agency says about 500 North Koreans have been wounded. A ruling-party lawmaker "
        "told reporters yesterday after a closed-door briefing that the National Intelligence Service "
        "estimates about 500 North Korean soldiers have been wounded. The number of dead is "
        '"close to 60", the lawmaker quoted the agency as saying.\n'
    )
    assert ("killed", None, "2025-03-12") in [(m, low, day) for m, low, day, *_ in _dated(body, NEWSLETTER)]


def test_bullet_without_a_restatement_keeps_its_claim() -> None:
    """Negative: a bullet whose first sentence is the only one with the figure keeps it."""
    body = (
        "• Seoul's spy agency says about 500 North Koreans have been wounded. The agency gave no "
        "breakdown by unit.\n"
    )
    assert (NIS, "wounded", 500, 500, "about") in _claims(body, NEWSLETTER)


# ------------------------------------------------- "told reporters yesterday, after a briefing by X, that"
def test_briefing_aside_after_the_tellers_verb_is_the_figures_source() -> None:
    body = (
        "Lawmaker Park Ji-won told reporters on Monday, after a closed-door briefing by the National "
        "Intelligence Service, that about 2,500 North Korean soldiers had been wounded.\n"
    )
    assert _dated(body) == [("wounded", 2500, "2025-03-03", "cumulative", "", "")]
    assert _claims(body)[0][0] == NIS


def test_agency_believes_inside_a_dated_telling_is_the_tellings_day() -> None:
    body = (
        "Lawmaker Park Ji-won told reporters on Friday that the National Intelligence Service believes "
        "about 2,500 North Korean soldiers have been wounded.\n"
    )
    assert [(m, low, day) for m, low, day, *_ in _dated(body)] == [("wounded", 2500, "2025-02-28")]


# ------------------------------------------------- "…, and the number of wounded is …": one span
def test_second_half_of_a_toll_shares_the_span() -> None:
    body = (
        "At least 60 North Korean soldiers have been killed in Kursk this month, and the number of "
        "wounded is approaching 500, the National Intelligence Service said on Monday.\n"
    )
    got = _dated(body)
    assert ("killed", 60, "2025-03-03", "period", "2025-03-01", "2025-03-03") in got
    assert ("wounded", None, "2025-03-03", "period", "2025-03-01", "2025-03-03") in got


def test_a_running_total_after_the_span_stays_cumulative() -> None:
    """Negative: a second figure "in total" keeps no span."""
    body = (
        "At least 60 North Korean soldiers have been killed in Kursk this month, and that 500 have "
        "been wounded in total, the National Intelligence Service said on Monday.\n"
    )
    assert ("wounded", 500, "2025-03-03", "cumulative", "", "") in _dated(body)


# ------------------------------------------------- "relayed X's estimate of N … on <day>"
def test_day_after_an_estimates_figure_is_when_it_was_given() -> None:
    body = (
        "The lawmaker passed on Budanov's estimate of about 3,500 North Korean casualties in Kursk on "
        "February 20.\n"
    )
    assert _dated(body) == [("killed_or_wounded", 3500, "2025-02-20", "cumulative", "", "")]


def test_day_after_a_fate_verb_is_still_a_span() -> None:
    """Negative: "were killed … on <day>" dates the deaths, not the telling."""
    body = "The General Staff said 40 North Korean soldiers were killed in Kursk on February 20.\n"
    got = _dated(body)
    assert got and got[0][3] == "period"


# ------------------------------------------------- nameless officials off the war
def test_nameless_officials_off_the_war_are_nobody_named_before() -> None:
    body = (
        "Budanov put North Korean casualties at about 3,500.\n\n"
        "Floods in the south have killed at least 19 people and cut power to 40,000 homes, officials said.\n"
    )
    assert [c[2] for c in _claims(body)] == [3500]


def test_officials_on_the_war_keep_the_speaker_before() -> None:
    """Negative: a sentence on the war still reads its unnamed officials as before."""
    body = (
        "Budanov put North Korean casualties at about 3,500.\n\n"
        "About 900 North Korean soldiers have been killed in Kursk, officials said.\n"
    )
    assert len(_claims(body)) == 2


# ------------------------------------------------- reprinted wire copy: the dateline's day
PAGE = "THE HARBOUR TIMES\nWorld | Thursday, 6 March 2025\n\nHeadline here\n\n"


def test_reprinted_wire_story_counts_its_days_from_the_dateline() -> None:
    body = (
        "WASHINGTON, March 4 (Newswire) - About 12,000 North Korean troops are in Russia, the "
        "Pentagon said.\n\n"
        "Pentagon spokesman Pat Ryder told a briefing that the troops were training.\n"
    )
    e = extract(PAGE + body)
    assert e.document["published_at"] == "2025-03-06"
    assert [(c["metric"], c["stated_on"]) for c in e.claims if c["value_low"]] == [
        ("troops_deployed", "2025-03-04")
    ]


def test_day_first_dateline_is_the_filing_day() -> None:
    body = (
        "KYIV, 4 March 2025 (UNA) - North Korea will send more engineers to Russia, Ukrainian officials "
        "said.\n\nThe General Staff said 300 North Korean soldiers had been killed in Kursk.\n"
    )
    assert _dated(PAGE + body, "") == [("killed", 300, "2025-03-04", "cumulative", "", "")]


def test_dated_agency_line_after_the_agency_is_the_filing_day() -> None:
    body = (
        "SEOUL, South Korea (NW) - March 5 - North Korea will send engineers to Russia, a Russian "
        "official said on Wednesday.\n\n"
        "Sergei Shoigu told reporters that North Korea would send 2,000 sappers to Kursk.\n"
    )
    assert [(c["metric"], c["stated_on"]) for c in _rows(PAGE + body, "")] == [
        ("troops_deployed", "2025-03-05")
    ]


def test_a_dateline_on_the_page_day_changes_nothing() -> None:
    """Negative: a dateline on the page's own day (or several stories' datelines) leaves the page's day."""
    body = (
        "WASHINGTON, March 6 (Newswire) - About 12,000 North Korean troops are in Russia, the "
        "Pentagon said on Tuesday.\n"
    )
    assert [c["stated_on"] for c in _rows(PAGE + body, "")] == ["2025-03-04"]
    two = (
        "WASHINGTON, March 4 (Newswire) - About 12,000 North Korean troops are in Russia, the Pentagon "
        "said.\n\nSEOUL, March 5 (Newswire) - About 600 North Korean soldiers have been killed, South "
        "Korea's spy agency said.\n"
    )
    assert {c["stated_on"] for c in _rows(PAGE + two, "")} == {"2025-03-06"}


# ------------------------------------------------- the passive deployment, the carrier, the aside
def test_passive_deployment_is_a_figureless_deployment_claim() -> None:
    body = "NATO's secretary general, Mark Rutte, said on Monday that North Korean units had been deployed to Kursk.\n"
    assert ("Mark Rutte (NATO)", "troops_deployed", None, None, "") in _claims(body)


def test_troops_sent_without_their_sender_is_no_claim() -> None:
    """Negative: "the soldiers had been sent to the front" names no sender's force."""
    body = "A lawmaker said on Monday the soldiers had been sent to the front line in late October.\n"
    assert not [c for c in _claims(body) if c[1] == "troops_deployed"]


def test_question_about_reports_is_no_statement() -> None:
    """Negative: the question's premise ("asked about reports that …") is no one's statement."""
    body = "Putin was asked on Thursday about reports that North Korean troops had been sent to Russia.\n"
    assert not [c for c in _claims(body) if c[1] == "troops_deployed"]


def test_state_media_carrying_a_bodys_statement_is_the_claimant() -> None:
    body = (
        "North Korea's official Korean Central News Agency carried a statement of the party's defence "
        "committee confirming that its troops had been sent to Kursk.\n"
    )
    got = _claims(body)
    assert ("Korean Central News Agency (DPRK)", "troops_deployed", None, None, "") in got
    assert len(got) == 1


def test_briefing_aside_names_neither_speaker_nor_confirmer() -> None:
    body = (
        "Mark Rutte, after a briefing by a South Korean intelligence delegation in Brussels, confirmed "
        "that North Korean units had been deployed to Kursk.\n"
    )
    e = extract(HEADER + body)
    assert [c["claimant"] for c in e.claims] == ["Mark Rutte (NATO)"]
    assert not [r for r in e.responses if r["responder"] == "South Korean intelligence"]


# ------------------------------------------------- who reinforces: the sender named before the cue
def _subjects(body: str) -> list[tuple[str, str, str]]:
    return [(c["claimant"], c["metric"], c["subject"]) for c in _rows(body)]


def test_the_north_reinforcing_is_north_koreas_reinforcement() -> None:
    body = (
        "Seoul's Joint Chiefs of Staff said on Monday that the North appeared ready to reinforce its "
        "troops, and to ship Russia more rocket launchers.\n"
    )
    assert ("Joint Chiefs of Staff (South Korea)", "reinforcement", "DPRK forces") in _subjects(body)


def test_a_named_sender_before_the_cue_is_the_reinforcer() -> None:
    """Negative: "Pyongyang" named before the cue stays the reinforcer."""
    body = (
        "Seoul's spy agency said on Monday that Pyongyang was preparing to reinforce its units in Russia.\n"
    )
    assert (NIS, "reinforcement", "DPRK forces") in _subjects(body)


# ------------------------------------------------- the lead's state and the body's official
def test_lead_states_figureless_claim_retold_by_its_official_is_the_officials() -> None:
    body = (
        "Russia's top general said on Saturday that the Kursk region had been fully liberated.\n\n"
        "Chief of the General Staff Valery Gerasimov told Vladimir Putin that Gornal was the last "
        "village to be retaken.\n"
    )
    got = [(c["claimant"], c["metric"]) for c in _rows(body)]
    assert ("Valery Gerasimov", "recaptured") in got
    assert ("Russia", "recaptured") not in got


# ------------------------------------------------- "For the first time, he acknowledged …"
def _responses(body: str) -> list[tuple[str, str]]:
    return [(r["responder"], r["stance"]) for r in extract(HEADER + body).responses]


def test_pronoun_after_an_opening_phrase_confirms() -> None:
    body = (
        "Valery Gerasimov told Vladimir Putin on Saturday that Kursk had been retaken. For the first "
        "time, he also acknowledged that North Korean troops had fought alongside Russian units.\n"
    )
    assert ("Valery Gerasimov", "confirmed") in _responses(body)


def test_states_admission_and_its_officials_are_one_confirmation() -> None:
    body = (
        "Valery Gerasimov told Vladimir Putin on Saturday that Kursk had been retaken. For the first "
        "time, he also acknowledged that North Korean troops had fought alongside Russian units.\n\n"
        "Russia's admission ends months of official silence.\n"
    )
    got = _responses(body)
    assert ("Valery Gerasimov", "confirmed") in got
    assert ("Russia", "confirmed") not in got


def test_a_states_admission_alone_stays_the_states() -> None:
    """Negative: with no official of its own confirming, the state's admission is kept."""
    body = (
        "Ukraine's General Staff said on Saturday that 4,500 North Korean soldiers had been killed or "
        "wounded.\n\nRussia's admission that its ally's troops fought there came on Monday.\n"
    )
    assert ("Russia", "confirmed") in _responses(body)


# ------------------------------------------------- "the next day, Sunday": the weekday names the day
FRIDAY = "Wire\n\nMarch 7, 2025\n\nTitle\n\n"


def test_weekday_beside_a_relative_day_names_the_day() -> None:
    body = (
        "On Monday, Seoul's spy agency told lawmakers that about 300 North Korean soldiers had been "
        "killed.\n\nOver the weekend, Zelenskyy announced that Ukraine had captured two North Korean "
        "soldiers. The NIS confirmed the capture the next day, Sunday, saying the two soldiers were "
        "captured on Feb. 20.\n"
    )
    got = [d for d in _dated(body, FRIDAY) if d[0] == "captured" and d[2] != "" and d[4] == "2025-02-20"]
    assert got and got[0][2] == "2025-03-02"


def test_relative_day_alone_still_counts_from_the_occasion() -> None:
    """Negative: "the next day" with no weekday beside it counts from the occasion just told."""
    body = (
        "Zelenskyy said on Tuesday that Ukraine had captured two North Korean soldiers. The NIS "
        "confirmed the capture the next day, saying 2 soldiers had been captured.\n"
    )
    assert ("captured", 2, "2025-03-05") in [(m, low, day) for m, low, day, *_ in _dated(body, FRIDAY)]


# ------------------------------------------------- a counted deployment covers the bare one
def test_counted_deployment_covers_the_same_speakers_bare_one() -> None:
    body = (
        "Seoul's spy agency said on Monday that more than 12,000 North Korean soldiers had been sent "
        "to Russia. Some are already taking part in combat in Kursk, the agency said.\n"
    )
    got = [c for c in _claims(body) if c[1] == "troops_deployed"]
    assert got == [(NIS, "troops_deployed", 12000, None, "over")]


def test_bare_deployment_of_another_speaker_stays() -> None:
    """Negative: another speaker's bare deployment claim is its own."""
    body = (
        "Seoul's spy agency said on Monday that more than 12,000 North Korean soldiers had been sent "
        "to Russia.\n\nNATO's Mark Rutte said on Monday that North Korean troops were taking part in "
        "combat in Kursk.\n"
    )
    assert ("Mark Rutte (NATO)", "troops_deployed", None, None, "") in _claims(body)


def test_counted_losses_cover_the_same_speakers_heavy_losses() -> None:
    body = (
        "Seoul's spy agency said on Monday that about 300 North Korean soldiers had been killed. The "
        "agency said the troops had suffered heavy losses in Kursk.\n"
    )
    assert _claims(body) == [(NIS, "killed", 300, 300, "about")]


def test_heavy_losses_of_a_speaker_without_a_count_stay() -> None:
    """Negative: "suffered heavy losses" from a speaker who gives no count is kept."""
    body = "Seoul's spy agency said on Monday that North Korean troops had suffered heavy losses in Kursk.\n"
    assert (NIS, "killed_or_wounded", None, None, "") in _claims(body)


# ------------------------------------------------- "a strike on Friday, Jan. 31, on a post in Rylsk"
def _events(body: str, header: str = HEADER) -> list[tuple[str, str, str]]:
    return [(e["date_start"], e["date_end"], e["place"]) for e in extract(header + body).events]


def test_strike_dated_right_after_its_noun_is_an_event() -> None:
    body = (
        "Zelenskyy said a Ukrainian missile strike on Tuesday, Feb. 25, on a headquarters in the town "
        "of Rylsk had killed several officers.\n"
    )
    assert ("2025-02-25", "2025-02-25", "Rylsk") in _events(body)


def test_fighting_over_two_days_before_its_place_is_no_event() -> None:
    """Negative: "fighting on 14-15 February near Plekhovo" is no one-day event."""
    body = (
        "HUR said 30 North Korean soldiers were killed or wounded in fighting on 14-15 February near "
        "the village of Plekhovo.\n"
    )
    assert _events(body) == []


# ------------------------------------------------- "It also said …": the statement goes on
def test_figureless_statement_that_goes_on_takes_the_occasion_just_dated() -> None:
    body = (
        "Zelenskyy said on Friday that 3,000 North Korean soldiers had been killed or wounded.\n\n"
        "South Korea's Joint Chiefs of Staff offered a lower estimate the same day. The JCS said it "
        "believed around 1,100 North Korean troops had been killed or wounded. It also said it had "
        "detected signs that the North was preparing to reinforce its troops in Russia.\n"
    )
    got = {(c["claimant"], c["metric"]): c["stated_on"] for c in _rows(body)}
    jcs = "Joint Chiefs of Staff (South Korea)"
    assert got[(jcs, "reinforcement")] == got[(jcs, "killed_or_wounded")] != ""


def test_a_named_other_speakers_statement_is_not_dated_by_it() -> None:
    """Negative: "Moscow also said …" is another speaker's, not dated by the JCS's occasion."""
    body = (
        "Zelenskyy said on Friday that 3,000 North Korean soldiers had been killed or wounded.\n\n"
        "South Korea's Joint Chiefs of Staff offered a lower estimate the same day. The JCS said it "
        "believed around 1,100 North Korean troops had been killed or wounded. The Kremlin also said "
        "it saw no sign that the North was preparing to reinforce its troops.\n"
    )
    got = [(c["claimant"], c["metric"], c["stated_on"]) for c in _rows(body)]
    assert not [g for g in got if g[1] == "reinforcement" and g[0] == "Joint Chiefs of Staff (South Korea)"]


# ------------------------------------------------- "X came two days after Y said …": Y spoke before
def test_came_days_after_a_speaker_said_counts_back() -> None:
    body = (
        "Sergei Shoigu said on Friday that North Korea would send 1,000 sappers to Kursk. The "
        "announcement came two days after British military intelligence said North Korean forces had "
        "suffered more than 7,000 casualties.\n"
    )
    assert ("killed_or_wounded", 7000, "2025-02-26") in [(m, low, day) for m, low, day, *_ in _dated(body)]


def test_a_day_after_an_event_without_a_speaker_is_unchanged() -> None:
    """Negative: "came a day after the strike" names no speaker; Shoigu's day stays his."""
    body = (
        "Sergei Shoigu said on Friday that North Korea would send 1,000 sappers to Kursk. The "
        "announcement came a day after the strike on the port.\n"
    )
    assert ("troops_deployed", 1000, "2025-02-28") in [(m, low, day) for m, low, day, *_ in _dated(body)]


def test_the_day_before_opening_a_clause_is_the_day_before_the_occasion() -> None:
    body = (
        "Pat Ryder said on Friday that North Korean troops had suffered several hundred casualties. The "
        "day before, Andrii Kovalenko said North Korean losses had already exceeded 200 troops.\n"
    )
    assert ("killed_or_wounded", 200, "2025-02-27") in [(m, low, day) for m, low, day, *_ in _dated(body)]


def test_named_speaker_also_said_under_a_label_takes_their_occasion() -> None:
    body = (
        "• Seoul's Joint Chiefs of Staff said on Monday that around 1,100 North Korean troops had been "
        "killed or wounded. Zelenskyy said the same day that 3,000 had been killed or wounded.\n\n"
        "What's next: Seoul's Joint Chiefs also said in a statement that the North appeared ready to "
        "reinforce its troops.\n"
    )
    got = {(c["claimant"], c["metric"]): c["stated_on"] for c in _rows(body)}
    assert got[("Joint Chiefs of Staff (South Korea)", "reinforcement")] == "2025-03-03"
