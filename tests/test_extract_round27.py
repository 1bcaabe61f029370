"""Round 27: the misses and extras of writers 38 and 39 (ordinary news).

Each test names a behaviour the round-27 rules add. The sentences are invented for each
behaviour, not copied from any report; negatives guard what must not change. Tests share no
state (xdist-safe).
"""

from __future__ import annotations

from tests.helpers import WIRE_HEADER, numeric_claims, read_numeric

HEADER = "Wire\n\nMarch 3, 2025\n\nTitle\n\n"
NIS = "National Intelligence Service (South Korea)"
ZELENSKY = "Volodymyr Zelenskyy"
GERASIMOV = "Valery Gerasimov"
UA_STAFF = "General Staff of the Armed Forces of Ukraine"


def _rows(body: str) -> list[tuple[object, ...]]:
    """(claimant, metric, low, high, qualifier) of each figure under a dated header."""
    return read_numeric(body, HEADER)


# ------------------------------------------------- a list of the kinds a total takes in
def test_a_bare_list_of_kinds_between_dashes_says_what_a_total_takes_in() -> None:
    body = (
        "Western officials said overall Russian casualties - dead, wounded or missing - came to "
        "about 9,000 in the Belgorod region.\n"
    )
    assert [r[1] for r in _rows(body)] == ["killed_or_wounded"]


def test_a_counting_list_between_commas_says_what_a_total_takes_in() -> None:
    body = (
        "Western officials said Russian casualties, counting dead, wounded and captured, had reached "
        "about 9,000 in the Belgorod region.\n"
    )
    assert [r[1] for r in _rows(body)] == ["killed_or_wounded"]


def test_a_share_of_the_force_after_a_total_still_leaves_it_a_loss() -> None:
    body = (
        "Western officials said Russian casualties had reached about 9,000, or roughly 20% of "
        "the force sent to Belgorod.\n"
    )
    assert [r[1] for r in _rows(body)] == ["killed_or_wounded"]


def test_a_single_fate_after_a_count_still_names_it() -> None:
    body = "Western officials said about 900 Russian soldiers had been captured in Belgorod.\n"
    assert [r[1] for r in _rows(body)] == ["captured"]


# ------------------------------------------------- "the president wrote after a report from X"
def test_the_president_named_before_keeps_his_quote_made_after_a_commanders_report() -> None:
    body = (
        "Russia has lost over 9,000 soldiers in Belgorod, President Volodymyr Zelensky said on Monday.\n\n"
        '"Russian losses in the Belgorod region already exceed 9,000," the president wrote on '
        "Telegram after a report from Commander-in-Chief Oleksandr Syrskyi.\n"
    )
    assert {r[0] for r in _rows(body)} == {ZELENSKY}


def test_a_nameless_speaker_after_a_briefing_by_a_body_still_relays_the_body() -> None:
    body = "A lawmaker said after a briefing by the NIS that about 900 Russian soldiers had been killed.\n"
    assert [r[0] for r in _rows(body)] == [NIS]


# ------------------------------------------------- the writer's sum of several figures
def test_the_figures_amounting_to_a_total_is_the_writers_sum() -> None:
    body = (
        "About 500 Russian soldiers have been killed in Belgorod, the NIS said on Monday.\n\n"
        "The spy agency told the committee that about 2,500 had been wounded.\n\n"
        "The figures amount to a total of 3,000 casualties, well above the agency's January estimate.\n"
    )
    assert [r[2] for r in _rows(body)] == [500, 2500]


def test_a_speakers_own_losses_amounting_to_a_figure_still_count() -> None:
    body = "The NIS said on Monday that Russian losses in Belgorod amount to about 3,000.\n"
    assert [r[2] for r in _rows(body)] == [3000]


# ------------------------------------------------- "X has said, as Y confirmed that …"
def test_a_body_with_an_auxiliary_before_its_verb_speaks_not_the_next_clauses_subject() -> None:
    body = (
        "Russian troops have suffered about 900 casualties in Belgorod in a week, the White House has "
        "said, as Seoul confirmed that a captured soldier had died.\n"
    )
    assert [r[0] for r in _rows(body)] == ["White House"]


# ------------------------------------------------- "…, which Kyiv dismissed"
def test_a_claim_the_other_side_dismissed_in_a_relative_clause_still_stands() -> None:
    body = "Valery Gerasimov claimed more than 9,000 Ukrainian losses in Belgorod, which Kyiv dismissed.\n"
    assert _rows(body) == [(GERASIMOV, "killed_or_wounded", 9000, None, "over")]


def test_a_plain_denial_still_asserts_no_figure() -> None:
    body = "Kyiv dismissed claims that 9,000 Ukrainian soldiers had been lost in Belgorod.\n"
    assert _rows(body) == []


# ------------------------------------------------- each figure's own word after a framing noun
def test_losses_reaching_n_irrecoverable_and_m_wounded_counts_each_kind() -> None:
    body = (
        "Russian losses in the Belgorod direction have reached 9,100 irrecoverable and 12,300 "
        "wounded, Ukraine's General Staff said on Monday.\n"
    )
    assert [r[1] for r in _rows(body)] == ["killed", "wounded"]


def test_losses_reaching_a_bare_figure_are_still_losses() -> None:
    body = "Russian losses in the Belgorod direction have reached 9,100, Ukraine's General Staff said.\n"
    assert [r[1] for r in _rows(body)] == ["killed_or_wounded"]


# ------------------------------------------------- "according to the chief of the General Staff"
def test_according_to_the_head_of_a_body_is_the_person_named_before_with_that_title() -> None:
    body = (
        "Chief of the General Staff Valery Gerasimov reported to Vladimir Putin on Monday.\n\n"
        "According to the chief of the General Staff, the enemy lost more than 9,000 servicemen "
        "killed and wounded in Belgorod.\n"
    )
    assert _rows(body) == [(GERASIMOV, "killed_or_wounded", 9000, None, "over")]


def test_according_to_the_head_of_another_body_is_not_that_person() -> None:
    body = (
        "Chief of the General Staff Valery Gerasimov reported to Vladimir Putin on Monday.\n\n"
        "According to the chief of the NIS, about 900 Russian soldiers were killed in Belgorod.\n"
    )
    assert GERASIMOV not in {r[0] for r in _rows(body)}


# ------------------------------------------------- "remarks by X, who said"
def test_a_person_after_by_then_who_said_is_the_speaker() -> None:
    body = (
        "The Pentagon said on Monday that about 9,000 Russian troops were in Belgorod. The figure "
        "follows remarks on Thursday by Secretary of State Antony Blinken, who said that as many as "
        "7,000 Russian troops had been deployed to Belgorod.\n"
    )
    assert [r[0] for r in _rows(body)][1:] == ["Antony Blinken (US State Department)"]


# ------------------------------------------------- "Lee quoted the agency as saying"
def test_a_lawmaker_quoting_the_agency_relays_the_agency_named_before() -> None:
    body = (
        "The NIS briefed lawmakers on Monday. Under a plan announced by Pyongyang, about 900 North "
        "Korean engineers have already arrived in Russia, Lee quoted the agency as saying.\n"
    )
    assert [r[0] for r in _rows(body)] == [NIS]


# ------------------------------------------------- "Seoul's spies"
def test_a_countrys_spies_are_its_spy_agency() -> None:
    body = "Seoul's spies put the Russian dead in Belgorod at about 900 in April.\n"
    assert [r[0] for r in _rows(body)] == [NIS]


# ------------------------------------------------- an onlooker's "they"
def test_an_onlookers_they_are_the_troops_it_watches_not_its_own() -> None:
    from etl.extract import extract

    text = HEADER + (
        "About 100 North Korean soldiers have been killed, the NIS said on Monday.\n\n"
        "The agency said they had participated in actual fighting in December.\n"
    )
    subjects = [c["subject"] for c in extract(text).claims if c["metric"] == "troops_deployed"]
    assert subjects == ["DPRK forces"]


def test_a_fighting_sides_they_are_still_its_own_troops() -> None:
    from etl.extract import extract

    text = HEADER + "Pyongyang said on Monday that they had participated in actual fighting in Kursk.\n"
    subjects = [c["subject"] for c in extract(text).claims if c["metric"] == "troops_deployed"]
    assert subjects in ([], ["DPRK forces"])


# ------------------------------------------------- a bare count after "losing" or "gave"
def test_a_quoted_losing_then_a_bare_count_is_a_loss() -> None:
    body = 'Zelensky told allies on Monday that Russia was "losing" its soldiers: "9 thousand as of now."\n'
    assert _rows(body) == [(ZELENSKY, "killed_or_wounded", 9000, 9000, "exact")]


def test_a_speaker_who_gave_a_quoted_bare_count_restates_his_count() -> None:
    body = (
        "President Volodymyr Zelensky said on Monday that Russia had lost more than 9,000 soldiers in "
        'Belgorod.\n\nIn March, Zelensky gave "8 thousand as of now" at a meeting of allies.\n'
    )
    assert sorted(r[2] for r in _rows(body)) == [8000, 9000]


# ------------------------------------------------- captives
def test_soldiers_in_ukrainian_custody_are_captured() -> None:
    body = "Zelensky said on Monday that three Russian soldiers were in Ukrainian custody.\n"
    assert _rows(body) == [(ZELENSKY, "captured", 3, 3, "exact")]


def test_soldiers_held_captive_are_captured() -> None:
    body = "Zelensky said on Monday that three Russian soldiers are being held captive.\n"
    assert _rows(body) == [(ZELENSKY, "captured", 3, 3, "exact")]


def test_men_taken_after_captures_named_are_captured() -> None:
    body = "The NIS confirmed the captures on Monday, saying the three wounded men were taken on 1 March.\n"
    assert _rows(body) == [(NIS, "captured", 3, 3, "exact")]


def test_men_taken_to_hospital_are_not_captured() -> None:
    body = "The NIS confirmed the captures on Monday, saying the three wounded men were taken to hospital.\n"
    assert [r[1] for r in _rows(body)] != ["captured"]


# ------------------------------------------------- (guard) the quoted agency's restatement keeps the lead's span
def test_a_lead_restated_in_the_body_keeps_the_leads_period() -> None:
    """(A guard for the "quoted the agency" rule: without the lead's span the restatement lost it.)"""
    text = WIRE_HEADER + (
        "SEOUL, March 3 (Wire) - At least 100 Russian soldiers have been killed and nearly 900 "
        "wounded in Belgorod this month, a lawmaker said on Monday, citing the country's spy agency.\n\n"
        "Lee said the NIS had briefed the committee behind closed doors.\n\n"
        '"The injured are approaching 900," Lee quoted the agency as saying.\n'
    )
    wounded = [c for c in numeric_claims(text) if c["metric"] == "wounded"]
    assert [(c["basis"], c["period_start"]) for c in wounded] == [("period", "2025-03-01")]


# ------------------------------------------------- a title before the body a person heads
def test_a_title_before_the_body_before_the_name_is_the_persons_title() -> None:
    body = (
        "Chief of the General Staff of the Russian Armed Forces Valery Gerasimov reported to "
        "Vladimir Putin on Monday.\n\n"
        "According to the chief of the General Staff, the enemy lost more than 9,000 servicemen "
        "killed and wounded in Belgorod.\n"
    )
    assert _rows(body) == [(GERASIMOV, "killed_or_wounded", 9000, None, "over")]


# ------------------------------------------------- "; X gave that figure"
def test_a_bodys_official_who_gave_that_figure_is_its_claimant() -> None:
    body = (
        'In March the Pentagon spoke of "several hundred" Russian casualties in Belgorod; '
        "Maj. Gen. Pat Ryder gave that figure on March 3.\n"
    )
    assert [r[0] for r in _rows(body)] == ["Pat Ryder (US Department of Defense)"]


def test_someone_of_another_body_who_gave_that_figure_does_not_take_it() -> None:
    body = (
        'In March the Pentagon spoke of "several hundred" Russian casualties in Belgorod; '
        "Antony Blinken gave that figure on March 3.\n"
    )
    assert [r[0] for r in _rows(body)] == ["US Department of Defense"]


# ------------------------------------------------- "went further: …"
def test_a_body_that_went_further_gives_a_larger_count_of_the_same_kind() -> None:
    body = (
        "On March 1 South Korea's Joint Chiefs of Staff said around 900 Russian soldiers had become "
        "casualties in Belgorod. The next day British Defence Intelligence went further: more than 1,500.\n"
    )
    assert _rows(body)[1:] == [
        ("UK Ministry of Defence (Defence Intelligence)", "killed_or_wounded", 1500, None, "over")
    ]


def test_he_went_further_is_the_speaker_named_before() -> None:
    body = (
        "President Volodymyr Zelensky said in January that 800 Russian soldiers had been killed or "
        'injured in Belgorod. Speaking to reporters on Sunday, he went further: "more than 1,500" '
        "Russians had been lost.\n"
    )
    assert _rows(body) == [
        (ZELENSKY, "killed_or_wounded", 800, 800, "exact"),
        (ZELENSKY, "killed_or_wounded", 1500, None, "over"),
    ]


# ------------------------------------------------- a state's figure is its body's
def test_a_states_figure_goes_to_the_one_body_of_that_state_the_report_names() -> None:
    body = (
        "On Monday the National Intelligence Service said the Russian troops had pulled back.\n\n"
        "Kyiv has used higher numbers than Seoul, whose last estimate, given to lawmakers in "
        "February, was about 900 Russian soldiers killed.\n"
    )
    assert _rows(body) == [(NIS, "killed", 900, 900, "about")]


def test_a_states_loose_retelling_of_its_bodys_number_is_that_claim() -> None:
    body = (
        "Seoul says 900 Russian soldiers died in Belgorod.\n\n"
        "South Korea's Joint Chiefs of Staff said on Monday that around 900 Russian soldiers had "
        "become casualties in Belgorod.\n"
    )
    assert _rows(body) == [("Joint Chiefs of Staff (South Korea)", "killed_or_wounded", 900, 900, "about")]


def test_a_states_figure_stays_the_states_where_it_has_two_bodies_named() -> None:
    body = (
        "South Korea's NIS and its Joint Chiefs of Staff briefed lawmakers on Monday.\n\n"
        "Kyiv has used higher numbers than Seoul, whose last estimate was about 900 Russian "
        "soldiers killed.\n"
    )
    assert [r[0] for r in _rows(body)] == ["South Korea"]


# ------------------------------------------------- "Within hours X offered its own estimate: …"
def test_a_body_offering_its_own_estimate_owns_the_figure_after_the_colon() -> None:
    body = (
        "On Monday Zelensky wrote that Russian losses in Belgorod had exceeded 9,000 killed and wounded.\n\n"
        "Within hours South Korea's Joint Chiefs of Staff offered its own estimate: around 1,100 "
        "Russian casualties.\n"
    )
    assert [r[0] for r in _rows(body)] == [ZELENSKY, "Joint Chiefs of Staff (South Korea)"]


def test_its_estimate_with_no_subject_before_it_is_the_body_named_before() -> None:
    body = (
        "South Korea's Joint Chiefs of Staff briefed reporters on Monday.\n\n"
        "Its estimate: around 1,100 Russian casualties in Belgorod.\n"
    )
    assert [r[0] for r in _rows(body)] == ["Joint Chiefs of Staff (South Korea)"]


# ------------------------------------------------- ", confirming an announcement by X"
def test_an_announcement_the_speaker_confirms_names_no_speaker() -> None:
    body = (
        "South Korea's spy agency said on Monday that Ukrainian forces had captured three wounded "
        "Russian soldiers in Belgorod, confirming an announcement by President Volodymyr Zelensky.\n"
    )
    assert [r[0] for r in _rows(body)] == [NIS]


def test_a_figure_put_out_in_a_statement_by_a_body_is_still_its() -> None:
    body = "About 900 Russian soldiers were killed in Belgorod, according to a statement by the NIS.\n"
    assert [r[0] for r in _rows(body)] == [NIS]


# ------------------------------------------------- a body's figure and its official's: one claim
def test_a_bodys_figure_repeated_by_its_spokeswoman_is_one_claim_hers() -> None:
    """(A guard: round 26 already merged this shape; the round-27 rule is seen on dev reports
    alliedwire-…-w34, ani-…-w28 and alertdigest-…, whose layouts the synthetic text does not copy.)"""
    text = (
        "Pentagon says about 9,000 North Korean troops are in Russia\n\n"
        "By A REPORTER\nUpdated 6:42 PM EDT, March 3, 2025\n\n"
        "WASHINGTON (Wire) - North Korea has sent about 9,000 soldiers to train in eastern Russia, the Pentagon said "
        "Monday, as NATO's chief confirmed the move.\n\n"
        "Deputy Pentagon press secretary Sabrina Singh told reporters at a briefing that the troops "
        'were training. "We believe that North Korea has sent a total of around 9,000 soldiers," Singh said.\n'
    )
    assert [c["claimant"] for c in numeric_claims(text)] == ["Sabrina Singh (US Department of Defense)"]


# ------------------------------------------------- "the total number of X was N"
def test_the_number_of_soldiers_somewhere_was_a_figure_is_a_count() -> None:
    body = (
        "Pat Ryder, the Pentagon press secretary, told a briefing on Monday that the total number of North "
        'Korean soldiers in Russia was "9,000 to 10,000," up from the estimate a week earlier.\n'
    )
    assert _rows(body) == [("Pat Ryder (US Department of Defense)", "troops_deployed", 9000, 10000, "range")]


def test_the_number_of_a_thing_that_is_no_people_is_no_count() -> None:
    body = "Pat Ryder said on Monday that the number of Russian tanks in Belgorod was 900.\n"
    assert _rows(body) == []


# ------------------------------------------------- "gave a figure of N" after another's count
def test_a_figure_given_right_after_anothers_count_is_of_that_kind() -> None:
    body = (
        "In March South Korea's Joint Chiefs of Staff said about 9,000 Russian troops had been sent to "
        "Belgorod.\n\nOn April 2, Zelensky said more than 3,000 Russians had been killed or wounded there. "
        "South Korea's Joint Chiefs of Staff, the same day, gave a figure of around 1,100.\n"
    )
    assert [r[1] for r in _rows(body)] == ["troops_deployed", "killed_or_wounded", "killed_or_wounded"]


def test_the_two_taken_after_a_capture_named_are_captured() -> None:
    body = (
        "On Monday the NIS confirmed the capture, saying the three had been taken on 1 March near Belgorod.\n"
    )
    assert _rows(body) == [(NIS, "captured", 3, 3, "exact")]


def test_the_two_taken_to_hospital_are_no_count() -> None:
    body = "The NIS said the three had been taken to hospital after the capture.\n"
    assert _rows(body) == []


def test_a_force_sent_according_to_a_state_stays_the_states() -> None:
    body = (
        "On Monday the National Intelligence Service said the North Korean troops had pulled back.\n\n"
        "Pyongyang sent some 9,000 soldiers to Russia last year, according to Seoul.\n"
    )
    assert [r[0] for r in _rows(body)] == ["South Korea"]


def test_the_total_of_casualties_with_its_kinds_between_dashes_is_a_count() -> None:
    body = (
        "Western officials said on Monday that about 300 Russian soldiers are believed to have been "
        "killed in Belgorod, and that the total of casualties - killed, wounded, missing and captured - "
        "is about 1,200.\n"
    )
    assert [r[1:] for r in _rows(body)] == [
        ("killed", 300, 300, "about"),
        ("killed_or_wounded", 1200, 1200, "about"),
    ]


def test_according_to_the_chief_capitalised_is_the_person_too() -> None:
    body = (
        "Chief of the General Staff of the Russian Armed Forces Valery Gerasimov reported to "
        "Vladimir Putin on Monday.\n\n"
        "According to the Chief of the General Staff, the enemy's total losses in Belgorod amounted to "
        "more than 9,000 servicemen killed and wounded.\n"
    )
    assert _rows(body) == [(GERASIMOV, "killed_or_wounded", 9000, None, "over")]


# ------------------------------------------------- "41-hundred"; "raised its estimate … to N"
def test_a_broadcasters_two_digit_hundreds_are_a_count() -> None:
    body = "About 600 Russian soldiers were killed and some 41-hundred wounded in Belgorod, the NIS said.\n"
    assert [r[1:] for r in _rows(body)] == [("killed", 600, 600, "about"), ("wounded", 4100, 4100, "about")]


def test_a_raised_estimate_of_the_number_sent_is_a_count_given_by_the_official_who_briefs() -> None:
    body = (
        "The Pentagon on Monday raised its estimate of the number of North Korean soldiers in Russia to "
        "between 9,000 and 10,000, the third upward revision in a week.\n\n"
        "Briefing reporters, press secretary Maj. Gen. Pat Ryder said most of them were now in the "
        'Kursk region and that the figure could "go up slightly".\n'
    )
    assert _rows(body) == [("Pat Ryder (US Department of Defense)", "troops_deployed", 9000, 10000, "range")]


# ------------------------------------------------- "That is roughly N in total": the writer's sum
def test_that_is_n_in_total_after_a_speakers_figures_is_the_writers_sum() -> None:
    body = (
        "According to the NIS, about 300 Russian soldiers have been killed and some 1,700 wounded in "
        "Belgorod. That is roughly 2,000 casualties in total.\n"
    )
    assert [r[2] for r in _rows(body)] == [300, 1700]


def test_that_is_n_with_no_total_after_it_is_not_read_as_a_sum() -> None:
    body = '"That is about 2,000 casualties," the NIS said on Monday of Russian losses in Belgorod.\n'
    assert [r[2] for r in _rows(body)] in ([2000], [])


# ------------------------------------------------- "had put the figure at" after another side's same number
def test_the_same_number_from_another_side_does_not_set_a_bare_figures_kind() -> None:
    body = (
        "Sergei Shoigu said on Tuesday that Pyongyang would send 1,000 sappers and 5,000 military builders "
        "to the Kursk region.\n\n"
        "The UK Ministry of Defence said on Sunday in an intelligence update that North Korean forces had "
        "suffered more than 6,000 casualties in Kursk. In March, British intelligence had put the figure "
        "at more than 5,000.\n"
    )
    assert [r[1:] for r in _rows(body)][-1] == ("killed_or_wounded", 5000, None, "over")


# ------------------------------------------------- ", even as X said …": a second speaker's clause
def test_a_second_speaker_after_even_as_keeps_their_own_figure() -> None:
    body = (
        "Pyongyang will send 900 sappers to Russia's Kursk region, the Kremlin said Tuesday, even as "
        "Western intelligence said North Korea's losses there had topped 6,000.\n"
    )
    assert [(r[0], r[1], r[2]) for r in _rows(body)] == [
        ("Kremlin", "troops_deployed", 900),
        ("Western intelligence agencies", "killed_or_wounded", 6000),
    ]


def test_a_lead_credited_to_an_unnamed_official_is_the_named_one_in_the_body() -> None:
    text = (
        "Pyongyang to send 900 sappers to Kursk\n\nMarch 3, 2025\n\n"
        "SEOUL, March 3 (Wire) - North Korea will send 900 sappers to Russia's Kursk region, a senior "
        "Russian official said Tuesday.\n\n"
        "Sergei Shoigu, the secretary of Russia's Security Council, said after talks in Pyongyang that "
        "Kim Jong Un had decided to send 900 sappers to Russia.\n"
    )
    assert [c["claimant"] for c in numeric_claims(text)] == ["Sergei Shoigu (Security Council of Russia)"]
