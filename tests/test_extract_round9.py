"""Round 9 of issue 9: mechanisms for misses that recurred across several fresh writers.

Each test is a short report written for the behaviour (none is a dev report's sentence), so a
rule that only matched one report's wording fails here; each mechanism has a negative case (a
figure that must not become a claim, or a reading that must not change). Tests share no state
(xdist-safe).
"""

from __future__ import annotations

from tests.helpers import numeric_claims as _claims
from tests.helpers import read_numeric as _read


# ----------------------------------------------------------------- distractors: money and ages
def test_a_sum_of_money_is_never_a_count_even_when_its_words_name_troops() -> None:
    assert (
        _read(
            "Seoul's spy agency put the value of the regime's troop exports to Russia at up to 6 trillion won on "
            "Friday, or about $4.3bn."
        )
        == []
    )
    assert (
        _read("Seoul's spy agency put the worth of the troop deployments at 800 billion won on Friday.") == []
    )


def test_money_words_do_not_stop_a_real_count_in_the_same_sentence() -> None:
    got = _read(
        "Seoul's spy agency put North Korean deaths at about 900 on Friday, in a war that has earned "
        "Pyongyang billions of dollars."
    )
    assert got == [("National Intelligence Service (South Korea)", "killed", 900, 900, "about")]


def test_the_ages_of_people_hurt_are_not_a_count() -> None:
    text = (
        "Ukraine's military intelligence chief Kyrylo Budanov said on Friday that about 600 North Korean "
        "soldiers had been wounded near Sudzha.\n\n"
        "KHARKIV. A man and a woman aged 58 and 63 were wounded by a glide bomb, the city's mayor said.\n\n"
        "Three residents, aged 24, 40 and 77, were injured overnight, local officials said."
    )
    got = _read(text)
    assert got == [("Kyrylo Budanov (HUR)", "wounded", 600, 600, "about")]


# ----------------------------------------------------------------- part of a whole
def test_losses_out_of_a_force_sent_are_two_figures_the_force_and_the_losses() -> None:
    got = _read(
        'Commander-in-chief Oleksandr Syrskyi said on Friday that of "some 9,000" North Korean troops sent to '
        'the front, "over 2,000" had been lost.'
    )
    assert sorted(got, key=str) == sorted(
        [
            ("Oleksandr Syrskyi", "troops_deployed", 9000, 9000, "about"),
            ("Oleksandr Syrskyi", "killed_or_wounded", 2000, None, "over"),
        ],
        key=str,
    )


def test_losses_before_the_force_they_came_from() -> None:
    got = _read(
        "Ukraine's military intelligence chief Kyrylo Budanov said on Friday that roughly 3,000 of about 8,000 "
        "deployed had been killed or wounded."
    )
    assert sorted(got, key=str) == sorted(
        [
            ("Kyrylo Budanov (HUR)", "killed_or_wounded", 3000, 3000, "about"),
            ("Kyrylo Budanov (HUR)", "troops_deployed", 8000, 8000, "about"),
        ],
        key=str,
    )


def test_casualties_out_of_some_thousands_sent() -> None:
    got = _read(
        "On Friday, NATO chief Mark Rutte put total casualties at 2,500 out of some 7,000 dispatched by "
        "Pyongyang."
    )
    assert ("Mark Rutte (NATO)", "killed_or_wounded", 2500, 2500, "exact") in got
    assert ("Mark Rutte (NATO)", "troops_deployed", 7000, 7000, "about") in got
    assert len(got) == 2


def test_a_force_of_which_some_became_casualties() -> None:
    got = _read(
        "On Friday the Joint Chiefs of Staff said that of the roughly 6 thousand North Korean soldiers sent in "
        "the second rotation, about 1,500 had become casualties."
    )
    assert ("Joint Chiefs of Staff (South Korea)", "troops_deployed", 6000, 6000, "about") in got
    assert ("Joint Chiefs of Staff (South Korea)", "killed_or_wounded", 1500, 1500, "about") in got
    assert len(got) == 2


def test_a_share_of_losses_that_is_not_out_of_a_force_is_unchanged() -> None:
    # "of" here is a part of the losses, not of a force sent: both stay losses
    got = _read(
        "Seoul's spy agency said on Friday that North Korean casualties had reached 3,000, of which 500 were "
        "deaths."
    )
    assert ("National Intelligence Service (South Korea)", "killed_or_wounded", 3000, 3000, "exact") in got
    assert all(g[1] != "troops_deployed" for g in got)


# ----------------------------------------------------------------- a figure with its noun left out
def test_a_figure_said_to_be_in_a_region_counts_troops_there() -> None:
    got = _read(
        "Secretary of State Antony Blinken said on Friday that as many as 6,000 are in the Kursk region."
    )
    assert got == [("Antony Blinken (US State Department)", "troops_deployed", None, 6000, "up_to")]


def test_a_figure_said_to_have_moved_or_made_their_way_somewhere_counts_troops() -> None:
    got = _read(
        "NATO chief Mark Rutte said on Friday that up to 4,000 had been moved to Kursk.\n\n"
        "Pentagon press secretary Pat Ryder said on Friday that as many as 5,500 have made their way to the "
        "front line."
    )
    assert ("Mark Rutte (NATO)", "troops_deployed", None, 4000, "up_to") in got
    assert ("Pat Ryder (US Department of Defense)", "troops_deployed", None, 5500, "up_to") in got


def test_things_in_a_region_are_not_troops() -> None:
    got = _read(
        "NATO chief Mark Rutte said on Friday that 12 villages are in the Kursk region's grey zone and that "
        "about 300 km separate the two fronts; 40 tanks have been moved to Kursk."
    )
    assert got == []


# ----------------------------------------------------------------- coordinated group claimants
def test_a_group_spelt_with_dotted_initials_is_the_same_group() -> None:
    got = _read(
        "As many as 9,000 North Korean soldiers are in Russia, according to U.S., South Korean and Ukrainian "
        "authorities."
    )
    assert got == [("US, South Korean and Ukrainian authorities", "troops_deployed", None, 9000, "up_to")]


def test_a_group_in_another_order_is_the_same_group() -> None:
    got = _read(
        "As many as 9,000 North Korean soldiers are in Russia, according to South Korean and U.S. officials."
    )
    assert got == [("US and South Korean officials", "troops_deployed", None, 9000, "up_to")]


def test_two_nationalities_the_actors_file_does_not_group_are_still_two_claimants() -> None:
    got = _read(
        "As many as 9,000 North Korean soldiers are in Russia, according to Russian and Ukrainian sources."
    )
    assert {g[0] for g in got} != {"US and South Korean officials"}
    assert len(got) >= 1


# ----------------------------------------------------------------- a person named again by title
def test_the_title_said_again_is_the_person_named_with_it_before() -> None:
    got = _read(
        "Secretary of State Antony Blinken met his counterpart in Seoul on Monday. NATO chief Mark Rutte was "
        "also there. Later, as the Secretary said on Tuesday, about 900 North Korean soldiers had been wounded."
    )
    assert got == [("Antony Blinken (US State Department)", "wounded", 900, 900, "about")]


def test_a_title_nobody_held_in_the_report_is_not_pinned_on_someone_else() -> None:
    got = _read(
        "NATO chief Mark Rutte met officials in Seoul on Monday. Later, as the Secretary said on Tuesday, about "
        "900 North Korean soldiers had been wounded."
    )
    assert got and all(g[0] != "Mark Rutte (NATO)" for g in got)


# ----------------------------------------------------------------- a source described before its name
def test_a_source_described_before_its_name_after_according_to() -> None:
    got = _read(
        "According to the Ukrainian open-source mapping project DeepState, the ground Kyiv holds near Sumy has "
        "shrunk to 90 square kilometres.\n\n"
        "Ukrainian troops hold about 60 square kilometres of Belgorod Oblast, according to analysts of the "
        "DeepState project."
    )
    assert ("DeepState", "area_held_km2", 90, 90, "exact") in got
    assert ("DeepState", "area_held_km2", 60, 60, "about") in got


def test_history_told_after_an_according_to_sentence_is_not_the_sources_claim() -> None:
    got = _read(
        "According to the Ukrainian open-source mapping project DeepState, the ground Kyiv holds near Sumy has "
        "shrunk to 90 square kilometres. Ukrainian troops seized some 1,100 sq km in the first weeks of the "
        "offensive, which began in August 2024."
    )
    assert got == [("DeepState", "area_held_km2", 90, 90, "exact")]


# ----------------------------------------------------------------- the present state is the report's day
def test_the_present_state_of_things_is_stated_on_the_reports_day() -> None:
    text = (
        "Wire\n\nMarch 3, 2025\n\nTitle\n\n"
        "Ukrainian forces now control about 75 square kilometres of Kursk Oblast, according to analysts of the "
        "DeepState project, down from the peak of last August.\n\n"
        "As many as 9,000 North Korean soldiers are now inside Russia, according to Western officials."
    )
    got = {
        (c["claimant"], c["value_low"] or c["value_high"]): (c["stated_on"], c["stated_on_precision"])
        for c in _claims(text)
    }
    assert got[("DeepState", 75)] == ("2025-03-03", "day")
    assert got[("Western officials", 9000)] == ("2025-03-03", "day")


def test_what_is_believed_to_be_so_stays_undated() -> None:
    text = (
        "Wire\n\nMarch 3, 2025\n\nTitle\n\n"
        "As many as 9,000 North Korean soldiers are believed to be in Russia, according to Western officials."
    )
    (c,) = _claims(text)
    assert (c["stated_on"], c["stated_on_precision"]) in ((None, "unknown"), ("", "unknown"))


# ----------------------------------------------------------------- relays: audience, pronoun, parenthesis
def test_the_outlet_officials_spoke_to_is_the_audience_not_the_claimant() -> None:
    got = _read(
        "On Friday, Western officials speaking on condition of anonymity to the Financial Times's Asia Service "
        "said about 700 North Koreans had been killed."
    )
    assert got == [("Western officials", "killed", 700, 700, "about")]


def test_he_said_after_a_visit_is_the_visitor_not_the_place_or_host() -> None:
    (c,) = _claims(
        "Wire\n\nMarch 3, 2025\n\nTitle\n\n"
        "Sergei Shoigu, secretary of Russia's Security Council, visited Pyongyang on Friday and after talks with "
        "Chairman Kim Jong Un he said North Korea will send 2,000 deminers to clear mines."
    )
    assert c["claimant"] == "Sergei Shoigu (Security Council of Russia)"
    assert c["stated_on"] == "2025-02-28"  # the visit's day: the clause from his name on attributes


def test_a_place_named_before_the_verb_still_speaks_without_a_pronoun() -> None:
    got = _read("On Friday Pyongyang said that 2,000 deminers would be sent to Kursk.")
    assert [g[0] for g in got] == ["DPRK"]


def test_a_parenthesis_inside_a_casualty_total_keeps_the_total_a_casualty_count() -> None:
    got = _read(
        "NATO chief Mark Rutte said on Friday that total casualties, including the missing and captured, stood "
        "at about 2,500."
    )
    assert got == [("Mark Rutte (NATO)", "killed_or_wounded", 2500, 2500, "about")]


def test_a_force_sent_named_after_a_comma_as_what_the_dead_came_out_of() -> None:
    got = _read(
        "NATO chief Mark Rutte said on Friday that about 800 had been killed by February, out of some 7,000 sent."
    )
    assert ("Mark Rutte (NATO)", "troops_deployed", 7000, 7000, "about") in got
    assert ("Mark Rutte (NATO)", "killed", 800, 800, "about") in got


def test_a_for_purpose_phrase_does_not_break_a_list_of_people_sent() -> None:
    got = _read(
        "Security Council Secretary Sergei Shoigu said on Friday that Pyongyang would send 700 deminers for "
        "clearing fields and 3,000 military builders to repair roads."
    )
    assert ("Sergei Shoigu (Security Council of Russia)", "troops_deployed", 700, 700, "exact") in got
    assert ("Sergei Shoigu (Security Council of Russia)", "troops_deployed", 3000, 3000, "exact") in got


# ----------------------------------------------------------------- "losing them - N"; "raised his figure to N"
def test_a_figure_after_losing_counts_the_lost() -> None:
    text = (
        "Wire\n\nMarch 3, 2025\n\nTitle\n\n"
        "At Wednesday's summit in Brussels, President Zelensky told allies that the North Korean units "
        '"keep losing them – 5 thousand so far."'
    )
    (c,) = _claims(text)
    assert (c["claimant"], c["metric"], c["value_low"]) == ("Volodymyr Zelenskyy", "killed_or_wounded", 5000)
    assert c["stated_on"] == "2025-02-26"  # "At Wednesday's summit": the occasion's day


def test_a_quoted_place_inside_the_quote_is_not_the_speaker_the_title_after_it_is() -> None:
    text = (
        "Wire\n\nMarch 3, 2025\n\nTitle\n\n"
        "President Volodymyr Zelensky spoke in Brussels on Friday.\n\n"
        '"Moscow is throwing North Korean soldiers in, and they are losing them – 5 thousand so far," the '
        "President said."
    )
    assert {c["claimant"] for c in _claims(text)} == {"Volodymyr Zelenskyy"}


def test_losing_ground_or_equipment_is_not_a_count_of_people() -> None:
    assert _read("NATO chief Mark Rutte said on Friday that Russia kept losing 40 square miles a week.") == []


def test_a_raised_figure_keeps_the_speakers_own_metric() -> None:
    got = _read(
        "On Monday, President Zelensky said 2,500 North Koreans had been killed or wounded. Seoul's spy agency "
        "said 900 had been wounded. By Friday, Zelensky had raised his figure to 3,500."
    )
    assert ("Volodymyr Zelenskyy", "killed_or_wounded", 3500, 3500, "exact") in got


# ----------------------------------------------------------------- the halves of a toll share its span
def test_the_wounded_half_of_a_toll_shares_the_span_named_for_the_dead() -> None:
    text = (
        "Wire\n\nMarch 21, 2025\n\nTitle\n\n"
        "On Thursday, Seoul's spy agency told lawmakers that at least 150 North Korean soldiers had been killed "
        "in the March fighting and that the number of wounded was close to 1,200."
    )
    got = {c["metric"]: (c["basis"], c["period_start"], c["period_end"]) for c in _claims(text)}
    assert got["killed"] == ("period", "2025-03-01", "2025-03-20")
    assert got["wounded"] == ("period", "2025-03-01", "2025-03-20")


def test_a_deployments_span_does_not_pass_to_losses_said_after_it() -> None:
    text = (
        "Wire\n\nMarch 21, 2025\n\nTitle\n\n"
        "On Thursday, the Joint Chiefs of Staff said that at least 2,000 more troops had been sent in January "
        "and February, and that some 3,000 had been killed or wounded."
    )
    got = {c["metric"]: c["basis"] for c in _claims(text)}
    assert got["killed_or_wounded"] == "cumulative"


# ----------------------------------------------------------------- a copied post's author
def test_a_post_under_a_telegram_link_speaks_for_the_channel_named_by_a_surname() -> None:
    text = (
        "Военкор Романов / Voenkor Romanov\nt.me/some_channel_name\n\n05.02.2025 10:40\n\n"
        "Heavy fighting near Sudzha today. According to my sources, more than 150 Ukrainian servicemen were "
        "killed."
    )
    got = [(c["claimant"], c["metric"], c["value_low"], c["qualifier"]) for c in _claims(text)]
    assert got == [("Vladimir Romanov (Russian military blogger)", "killed", 150, "over")]


def test_a_channel_named_by_a_surname_nobody_known_has_is_kept_as_written() -> None:
    text = (
        "Voenkor Petrenko\nt.me/another_channel\n\n05.02.2025 10:40\n\n"
        "According to my sources, more than 150 Ukrainian servicemen were killed."
    )
    got = [c["claimant"] for c in _claims(text)]
    assert got and "Vladimir Romanov (Russian military blogger)" not in got


def test_the_total_sent_put_at_a_figure_is_the_force() -> None:
    got = _read("NATO chief Mark Rutte on Friday put the total sent at between 6,000 and 7,000.")
    assert got == [("Mark Rutte (NATO)", "troops_deployed", 6000, 7000, "range")]


def test_the_total_put_at_a_figure_still_points_back_to_the_count_before() -> None:
    got = _read(
        "NATO chief Mark Rutte said on Friday that 900 North Koreans had been killed. On Monday he put the "
        "total at 1,100."
    )
    assert ("Mark Rutte (NATO)", "killed", 1100, 1100, "exact") in got


# ----------------------------------------------------------------- a question quoting a named person
_TRANSCRIPT = (
    "Department of Defense\n\nPress Briefing by Pentagon Press Secretary Maj. Gen. Pat Ryder\nMarch 3, 2025\n"
    "TRANSCRIPT\n\n"
    "GEN. RYDER: Good afternoon. We assess that about 9,000 DPRK soldiers are in Russia.\n\n"
)


def test_a_question_quoting_a_named_persons_figure_relays_that_persons_claim() -> None:
    text = _TRANSCRIPT + (
        "Q: On Thursday Secretary Blinken said as many as 6,000 of them were in Kursk. Why the change?"
        "\n\nGEN. RYDER: Numbers move."
    )
    got = [(c["claimant"], c["metric"], c["value_high"]) for c in _claims(text)]
    assert ("Antony Blinken (US State Department)", "troops_deployed", 6000) in got


def test_a_questions_own_numbers_claim_nothing() -> None:
    text = (
        _TRANSCRIPT
        + "Q: Could it be as many as 6,000 killed by now? Some say so.\n\nGEN. RYDER: I won't speculate."
    )
    got = [(c["claimant"], c["value_low"], c["value_high"]) for c in _claims(text)]
    assert all(6000 not in (g[1], g[2]) for g in got)


# ----------------------------------------------------------------- "of them", plans, troops sent replacing losses
def test_of_them_pointing_back_to_machines_is_not_a_count_of_people() -> None:
    assert (
        _read(
            "North Korea's soldiers were first reported in combat in early November 2024, green infantry sent into "
            "fields watched by drones (Kyiv alone had pledged to build a million of them that year)."
        )
        == []
    )


def test_of_them_after_a_time_span_still_points_back_to_the_soldiers() -> None:
    got = _read(
        "President Zelensky said on Friday that Russia had lost more than 20,000 soldiers near Pokrovsk over the "
        'three months of fighting, "almost 7,000 of them irretrievably".'
    )
    assert ("Volodymyr Zelenskyy", "killed_or_wounded", 20000, None, "over") in got


def test_a_deployment_plan_is_not_a_count() -> None:
    got = _read(
        "Seoul's spy agency said on Friday: \"Out of the new fourth deployment plan of 8,000 troops, about 900 "
        'engineers have arrived in Russia."'
    )
    assert all(g[2] != 8000 for g in got)


def test_troops_sent_to_replace_losses_are_a_deployment_not_losses() -> None:
    got = _read(
        "On Friday the Joint Chiefs of Staff said that at least 2,000 more North Korean troops had been sent to "
        "Russia in the spring, replacing losses."
    )
    assert [g[1] for g in got] == ["troops_deployed"]


# ----------------------------------------------------------------- a body and its official for one figure
def test_a_body_and_its_spokesman_giving_one_figure_are_one_claim_the_officials() -> None:
    text = (
        "Wire\n\nMarch 3, 2025\n\nTitle\n\n"
        "WASHINGTON (AP) — North Korean troops in Kursk have suffered about 1,500 casualties in the past week "
        "alone, the White House said Monday, as Pyongyang's men were sent into what U.S. officials described as "
        "suicidal assaults.\n\n"
        "White House national security spokesman John Kirby told reporters the North Koreans had lost "
        '"about 1,500" killed or wounded in the past week alone.'
    )
    got = [(c["claimant"], c["value_low"], c["stated_on"], c["basis"]) for c in _claims(text)]
    assert got == [("John Kirby (White House National Security Council)", 1500, "2025-03-03", "period")]


def test_a_body_and_an_unrelated_official_with_the_same_figure_stay_two_claims() -> None:
    text = (
        "Wire\n\nMarch 3, 2025\n\nTitle\n\n"
        "North Korean troops have suffered about 1,500 casualties, the Kremlin Watch group said Monday.\n\n"
        "White House national security spokesman John Kirby told reporters on Monday that about 1,500 North "
        "Koreans had been killed or wounded."
    )
    assert len(_claims(text)) == 2


# ----------------------------------------------------------------- an account going on into the next paragraph
def test_an_according_to_account_goes_on_into_the_next_paragraphs_figures() -> None:
    text = (
        "Wire\n\nMarch 3, 2025\n\nTitle\n\n"
        "According to the General Staff, North Korean losses near Kursk now exceed 5,000 killed and wounded.\n\n"
        "Since the start of the operation on August 6, 2024, the Russian grouping in the area has lost 70,000 "
        "servicemen. In addition, 1,100 Russian soldiers have been taken prisoner, filling Ukraine's exchange "
        "fund."
    )
    got = [(c["claimant"], c["metric"], c["subject"], c["value_low"]) for c in _claims(text)]
    gs = "General Staff of the Armed Forces of Ukraine"
    assert (gs, "killed_or_wounded", "Russian forces", 70000) in got
    assert (gs, "captured", "Russian forces", 1100) in got


def test_a_paragraph_naming_its_own_source_is_not_carried_on() -> None:
    text = (
        "Wire\n\nMarch 3, 2025\n\nTitle\n\n"
        "According to the General Staff, North Korean losses near Kursk now exceed 5,000 killed and wounded.\n\n"
        "Moscow's defence ministry, for its part, counts 70,000 Ukrainian servicemen lost."
    )
    got = [c["claimant"] for c in _claims(text) if c["value_low"] == 70000]
    assert "General Staff of the Armed Forces of Ukraine" not in got


# ----------------------------------------------------------------- revised figures; "2K" is no year
def test_revised_figures_and_an_updated_estimate_are_claims() -> None:
    got = _read(
        "On Friday, Seoul's spy agency revised its figures to about 400 killed and some 3,100 wounded. Later the "
        "agency updated its January estimate to around 2K killed."
    )
    nis = "National Intelligence Service (South Korea)"
    assert (nis, "killed", 400, 400, "about") in got
    assert (nis, "wounded", 3100, 3100, "about") in got
    assert (nis, "killed", 2000, 2000, "about") in got


def test_a_year_is_still_not_a_count() -> None:
    assert (
        _read("Seoul's spy agency said on Friday that the storm unit was founded in 2010 near Pyongyang.")
        == []
    )


# ----------------------------------------------------------------- a date, the speaker's title, the speaker
def test_a_date_before_the_speakers_title_dates_the_statement() -> None:
    text = (
        "Analysis\n\nMarch 3, 2025\n\nTitle\n\n"
        "On November 11, the Pentagon's press secretary, Maj. Gen. Pat Ryder, put the total in "
        "Russia at about 9,000.\n\n"
        "The next figure came on November 18, when deputy press secretary Sabrina Singh said 9,500 had been sent."
    )
    got = {c["value_low"]: c["stated_on"] for c in _claims(text)}
    assert got == {9000: "2024-11-11", 9500: "2024-11-18"}


def test_a_date_of_something_else_before_the_speaker_does_not_date_the_statement() -> None:
    text = (
        "Analysis\n\nMarch 3, 2025\n\nTitle\n\n"
        "The fighting that began on November 11 in the forests near Sudzha, Pentagon press secretary Pat Ryder "
        "later said, had cost about 900 North Korean lives."
    )
    got = [c["stated_on"] for c in _claims(text)]
    assert "2024-11-11" not in got
