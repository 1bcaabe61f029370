"""Round 14 of issue 9: general mechanisms for kinds of miss that recur across writers' sets.

Round 14 moved the eleventh fresh set into `dev-pending/` and sorted the misses of the eighth to
eleventh writers' sets (and the earlier ones) by kind (tests/reports/README.md, round 14): the
speaker of a figure told by a pronoun, an estimate or a title instead of a name, an aside between a
subject and its verb, chains of reported speech, a second speaker in a subordinate clause,
qualifiers written as verbs or Latin, the capture that a count's verb tells, a force's size put by
its verb, and correction notices. The sentences below are written for each behaviour, not copied
from any report; each mechanism has a case that must not change. Tests share no state (xdist-safe).
"""

from __future__ import annotations

from etl.extract.numbers import parse_figure
from tests.helpers import numeric_claims, read_numeric

NIS = "National Intelligence Service (South Korea)"
GS = "General Staff of the Armed Forces of Ukraine"


# ----------------------------------------------------------------- qualifiers written as verbs or Latin
def test_a_count_that_has_passed_a_mark_is_over_it() -> None:
    for text in ("passed 4,200", "crossed 4,200"):
        fig = parse_figure(text)
        assert fig is not None and (fig.low, fig.high, fig.qualifier) == (4200, None, "over")
    body = "Budanov said on Friday that North Korean losses had passed 4,200 killed and wounded."
    assert read_numeric(body) == [("Kyrylo Budanov (HUR)", "killed_or_wounded", 4200, None, "over")]


def test_a_figure_before_passed_keeps_its_own_qualifier() -> None:
    fig = parse_figure("4,200 passed")
    assert fig is not None and fig.qualifier == "exact"


def test_circa_is_about() -> None:
    body = "The NIS said on Tuesday that circa 1,800 North Korean soldiers had died in Kursk."
    assert read_numeric(body) == [(NIS, "killed", 1800, 1800, "about")]


# ----------------------------------------------------------------- verbs of telling a figure
def test_spoke_with_the_occasion_between_the_verb_and_of() -> None:
    body = "On Tuesday Pat Ryder spoke at the Pentagon podium of several hundred North Korean casualties."
    assert read_numeric(body) == [
        ("Pat Ryder (US Department of Defense)", "killed_or_wounded", 200, 999, "range")
    ]


def test_had_spoken_of_is_a_claim() -> None:
    body = "By then Pat Ryder had spoken of several hundred North Korean soldiers killed or wounded."
    assert read_numeric(body) == [
        ("Pat Ryder (US Department of Defense)", "killed_or_wounded", 200, 999, "range")
    ]


def test_a_body_that_listed_or_summed_up_figures_claims_them() -> None:
    body = "Oleksandr Syrskyi summed up that Russian losses in the Kursk region exceeded 41,000 personnel."
    assert read_numeric(body) == [("Oleksandr Syrskyi", "killed_or_wounded", 41000, None, "over")]


def test_listed_as_missing_is_not_a_speaker_listing() -> None:
    body = "Twelve soldiers were listed as missing after the storm."
    assert read_numeric(body) == []


def test_a_body_that_revealed_a_figure_claims_it() -> None:
    body = "The National Intelligence Service revealed that about 700 North Korean soldiers had died."
    assert read_numeric(body) == [(NIS, "killed", 700, 700, "about")]


# ----------------------------------------------------------------- the speaker told another way
def test_it_after_a_body_is_the_body_not_the_country_it_counted() -> None:
    body = (
        "Ukraine's General Staff said North Korea's army had lost more than 5,100 men in Kursk. "
        "It put Russia's losses in the same area at 27,300."
    )
    assert [g[0] for g in read_numeric(body)] == [GS, GS]


def test_a_pronoun_right_before_the_verb_beats_a_place_put_first() -> None:
    body = (
        "The General Staff said North Korean losses had passed 5,100. For Russia it listed 27,300 "
        "soldiers killed and 38,100 wounded."
    )
    got = read_numeric(body)
    assert [(g[0], g[1], g[2]) for g in got[1:]] == [(GS, "killed", 27300), (GS, "wounded", 38100)]


def test_an_estimate_as_subject_is_the_last_speakers() -> None:
    body = (
        "The NIS briefed lawmakers in January, saying 300 North Korean soldiers had died. The second "
        "estimate, released days after Moscow's first admission, put the dead at about 650."
    )
    assert read_numeric(body)[-1] == (NIS, "killed", 650, 650, "about")


def test_an_estimate_named_by_its_body_stays_the_bodys() -> None:
    body = (
        "The NIS briefed lawmakers in January, saying 300 North Korean soldiers had died. The Pentagon "
        "estimate put the dead at about 550."
    )
    assert read_numeric(body)[-1] == ("US Department of Defense", "killed", 550, 550, "about")


def test_an_agency_opening_a_colon_claims_the_figures_after_it() -> None:
    body = (
        "The NIS briefed lawmakers on Monday. On 14 January the agency raised its picture of the "
        "toll: about 350 killed and 2.9 thousand wounded."
    )
    assert read_numeric(body) == [(NIS, "killed", 350, 350, "about"), (NIS, "wounded", 2900, 2900, "about")]


def test_a_state_or_a_bare_observation_before_a_colon_claims_nothing() -> None:
    assert read_numeric("On Monday Russia was defiant: 300 killed.") == []
    assert read_numeric("The numbers are grim: 300 killed.") == []


def test_an_aside_between_a_title_and_its_verb_is_skipped() -> None:
    body = (
        "President Volodymyr Zelensky addressed the nation on Sunday. Separately, the commander-in-chief "
        "Oleksandr Syrskyi reported on the front. Later that week the President, in an interview, "
        "estimated the losses of the North Korean contingent at 4.3 thousand killed and wounded."
    )
    assert read_numeric(body)[-1] == ("Volodymyr Zelenskyy", "killed_or_wounded", 4300, 4300, "exact")


def test_a_countrys_president_is_the_person_with_that_title() -> None:
    body = "Ukraine's president put North Korean losses at more than 3,400 killed and wounded."
    assert read_numeric(body) == [("Volodymyr Zelenskyy", "killed_or_wounded", 3400, None, "over")]


def test_a_countrys_body_stays_the_body() -> None:
    body = "Ukraine's Defence Intelligence said on Friday that 260 North Korean soldiers were killed."
    assert read_numeric(body) == [("Defense Intelligence of Ukraine (HUR)", "killed", 260, 260, "exact")]


def test_estimated_them_at_counts_what_was_just_counted() -> None:
    body = (
        "Ukraine's president put North Korean losses at more than 3,400 killed and wounded, while "
        "South Korea's Joint Chiefs of Staff estimated them at around 1,200."
    )
    assert read_numeric(body)[-1] == (
        "Joint Chiefs of Staff (South Korea)",
        "killed_or_wounded",
        1200,
        1200,
        "about",
    )


def test_an_estimate_of_deaths_by_a_body_was_its_figure() -> None:
    body = "The latest estimate of deaths by the NIS, given to lawmakers in May, was about 650."
    assert read_numeric(body) == [(NIS, "killed", 650, 650, "about")]


# ----------------------------------------------------------------- chains of reported speech
def test_a_lawmaker_saying_the_agency_reported_credits_the_agency() -> None:
    body = (
        "The NIS briefed the intelligence committee on Tuesday. Lee said the agency also reported that "
        "around 1,500 North Korean engineers have arrived in Russia."
    )
    assert [g[0] for g in read_numeric(body)] == [NIS]


def test_the_person_before_an_apposition_is_the_one_who_told_him() -> None:
    body = (
        "Yu Yong-weon said after his trip that Kyrylo Budanov, head of Ukraine's military intelligence, "
        "told him that North Korean casualties were about 4,600."
    )
    assert read_numeric(body) == [("Kyrylo Budanov (HUR)", "killed_or_wounded", 4600, 4600, "about")]


def test_a_second_speaker_after_days_after_has_the_figure() -> None:
    body = (
        "North Korea will send 2,000 sappers to Kursk, Sergei Shoigu said on Tuesday, days after Britain "
        "estimated that North Korean casualties there had exceeded 7,000. Britain's Defence Intelligence "
        "said on Sunday that North Korean forces had suffered more than 7,000 casualties."
    )
    got = read_numeric(body)
    assert ("Sergei Shoigu (Security Council of Russia)", "killed_or_wounded", 7000, None, "over") not in got
    assert ("UK Ministry of Defence (Defence Intelligence)", "killed_or_wounded", 7000, None, "over") in got
    assert len(got) == 2


def test_a_state_with_no_body_restating_it_keeps_its_claim() -> None:
    body = "Russia said on Monday that 320 Ukrainian soldiers had been killed near Sudzha."
    assert [g[0] for g in read_numeric(body)] == ["Russia"]


# ----------------------------------------------------------------- what a count counts
def test_wounded_men_who_had_been_captured_are_captured() -> None:
    body = "The NIS said on Monday that the three wounded men had been captured near Sudzha."
    assert [g[1:] for g in read_numeric(body)] == [("captured", 3, 3, "exact")]


def test_taken_prisoner_after_the_people_is_a_capture() -> None:
    body = "Zelenskyy announced on Sunday that his forces had taken three North Korean soldiers prisoner."
    assert read_numeric(body) == [("Volodymyr Zelenskyy", "captured", 3, 3, "exact")]


def test_a_soldier_taken_alive_who_died_of_wounds_was_captured() -> None:
    body = "The NIS said that Ukrainian forces had taken one North Korean soldier alive, and that he died of his wounds."
    assert [g[1] for g in read_numeric(body)] == ["captured"]


def test_the_pair_both_wounded_had_been_captured() -> None:
    body = "Seoul's spy agency said that the pair, both wounded, had been captured near Kursk."
    assert [g[1:] for g in read_numeric(body)] == [("captured", 2, 2, "exact")]


def test_wounded_without_a_capture_stays_wounded() -> None:
    body = "The NIS said on Monday that three North Korean soldiers were wounded near Sudzha."
    assert [g[1] for g in read_numeric(body)] == ["wounded"]


def test_a_whole_contingent_put_at_a_range_is_the_force() -> None:
    body = "In late January Western intelligence agencies put the whole contingent at 11,000 to 13,000."
    assert read_numeric(body) == [("Western intelligence agencies", "troops_deployed", 11000, 13000, "range")]


def test_a_contingents_losses_put_at_a_figure_are_losses() -> None:
    body = "The NIS put the contingent's losses at about 3,100."
    assert [g[1] for g in read_numeric(body)] == ["killed_or_wounded"]


def test_a_count_put_out_of_action_is_a_casualty_count() -> None:
    body = (
        "Western officials briefed the Times that roughly 1,300 North Korean soldiers had been killed, "
        "and about 4,400 put out of action in all."
    )
    assert read_numeric(body)[-1] == ("Western officials", "killed_or_wounded", 4400, 4400, "about")


def test_a_force_placed_by_its_verb_is_counted() -> None:
    assert read_numeric("Blinken said that as many as 9,000 were deployed to the Kursk region.") == [
        ("Antony Blinken (US State Department)", "troops_deployed", None, 9000, "up_to")
    ]
    assert read_numeric("Pat Ryder said there were 12,000-13,000 in Russia overall.") == [
        ("Pat Ryder (US Department of Defense)", "troops_deployed", 12000, 13000, "range")
    ]


def test_an_announced_batch_of_a_thousand_is_exact_and_a_toll_of_a_thousand_is_about() -> None:
    body = "Shoigu said North Korea will send a thousand deminers to the Kursk region."
    assert [g[2:] for g in read_numeric(body)] == [(1000, 1000, "exact")]
    toll = 'Kirby said "a thousand" North Korean soldiers had been killed or wounded in a week.'
    assert [g[4] for g in read_numeric(toll)] == ["about"]


# ----------------------------------------------------------------- distractors
def test_a_correction_notice_quoting_the_withdrawn_wording_claims_nothing() -> None:
    body = (
        "The Joint Chiefs of Staff said on Monday that around 1,300 North Korean soldiers had been "
        "killed or wounded.\n\nCorrection: An earlier version of this story said the JCS estimated "
        '"at least 1,300" North Korean casualties.'
    )
    assert read_numeric(body) == [
        ("Joint Chiefs of Staff (South Korea)", "killed_or_wounded", 1300, 1300, "about")
    ]


# ----------------------------------------------------------------- the speaker named in the sentence before
def test_figures_released_by_a_body_are_its_claim() -> None:
    body = "Figures released by the General Staff on Friday showed that Russia had lost 1,340 soldiers over the past day."
    assert [g[0:3] for g in read_numeric(body)] == [(GS, "killed_or_wounded", 1340)]


def test_according_to_a_pronoun_or_an_anaphor_is_the_speaker_named_before() -> None:
    him = "Budanov spoke to a Kyiv newspaper on Monday. According to him, North Korean losses had reached 4,700."
    assert [g[0] for g in read_numeric(him)] == ["Kyrylo Budanov (HUR)"]
    agency = "The NIS briefed lawmakers on Monday. According to the agency, about 650 North Korean soldiers had died."
    assert read_numeric(agency) == [(NIS, "killed", 650, 650, "about")]


def test_its_estimate_after_a_body_is_the_bodys() -> None:
    body = "The NIS briefed lawmakers on Monday. Its estimate: about 650 dead."
    assert read_numeric(body) == [(NIS, "killed", 650, 650, "about")]


def test_according_to_a_pronoun_with_nobody_named_claims_nothing() -> None:
    assert read_numeric("According to him, 650 North Korean soldiers had died.") == []


# ----------------------------------------------------------------- an attribution after its content
def test_this_was_stated_by_credits_the_figures_before_it() -> None:
    body = (
        "The Russian army has lost over 41 thousand soldiers in the Kursk direction since August. This was "
        "stated by President of Ukraine Volodymyr Zelensky in his evening address on Sunday."
    )
    assert read_numeric(body) == [("Volodymyr Zelenskyy", "killed_or_wounded", 41000, None, "over")]


def test_this_was_reported_by_after_a_count_of_things_claims_nothing() -> None:
    body = "The weather was bad and 300 trucks were stuck on the roads. This was reported by local media."
    assert read_numeric(body) == []


def test_a_quote_split_at_a_semicolon_is_the_speakers_throughout() -> None:
    body = (
        '"Russia has lost more than 41,000 servicemen here, wounded and killed; almost 16,000 of these '
        'losses are irreversible," President Zelensky said.'
    )
    got = read_numeric(body)
    assert [(g[0], g[1], g[2], g[3]) for g in got] == [
        ("Volodymyr Zelenskyy", "killed_or_wounded", 41000, None),
        ("Volodymyr Zelenskyy", "killed", None, 16000),
    ]


def test_two_named_speakers_of_one_side_with_one_figure_are_two_claims() -> None:
    body = (
        "Zelensky said on Monday that Russia had lost more than 41,000 soldiers in Kursk.\n\n"
        "Earlier, Oleksandr Syrskyi said the enemy's losses in the Kursk region amounted to more than 41,000 personnel."
    )
    assert sorted(g[0] for g in read_numeric(body)) == ["Oleksandr Syrskyi", "Volodymyr Zelenskyy"]


# ----------------------------------------------------------------- boxes and tables
def test_a_numbers_box_line_counts_what_follows_its_dash() -> None:
    body = "~12,100 — North Korean troops sent to Russia, according to the NIS.\n\n4 — Days of talks in Pyongyang."
    assert read_numeric(body) == [(NIS, "troops_deployed", 12100, 12100, "about")]


def test_a_table_of_statements_reads_each_row_with_its_speaker_and_day() -> None:
    text = (
        "Desk\n\nMonday 3 March 2025\n\nWho said what\n\n"
        "The estimates so far, with their sources.\n\n"
        "DATE        | WHO                       | CHANNEL              | WHAT THEY SAID\n"
        "9 Jan 2025  | South Korea's NIS         | parliamentary briefing | about 350 killed and about 2,900 wounded\n"
        "14 Feb 2025 | Kyrylo Budanov, HUR chief | interview            | around 4,600 killed or wounded\n"
    )
    got = [(c["claimant"], c["metric"], c["value_low"], c["stated_on"]) for c in numeric_claims(text)]
    assert got == [
        (NIS, "killed", 350, "2025-01-09"),
        (NIS, "wounded", 2900, "2025-01-09"),
        ("Kyrylo Budanov (HUR)", "killed_or_wounded", 4600, "2025-02-14"),
    ]


def test_a_table_without_a_who_column_is_left_alone() -> None:
    text = (
        "Desk\n\nMonday 3 March 2025\n\nPrices\n\nThe market this week.\n\n"
        "ITEM   | PRICE | CHANGE\nbread  | 300   | +2\n"
    )
    assert numeric_claims(text) == []
