"""Round 17 of issue 9: speakers told in more ways, counts whose noun is elsewhere, and page
layouts a new writer uses (labelled chart items, chat exports, text in capitals, Q&A answers,
bullets under a sourced introduction, tables in any layout).

Round 17 moved the fourteenth fresh set into `dev-pending/`. The mechanisms below are written as
a new writer in a new layout would also produce them, not keyed on one report's wording; the
sentences are written for each behaviour, not copied from any report. Each mechanism has a case
that must not change (a negative). Tests share no state (xdist-safe).
"""

from __future__ import annotations

from etl.extract import extract
from etl.extract.dates import find_dates
from etl.extract.numbers import find_figures
from tests.helpers import numeric_claims, read_numeric

NIS = "National Intelligence Service (South Korea)"
JCS = "Joint Chiefs of Staff (South Korea)"
ZEL = "Volodymyr Zelenskyy"
RYDER = "Pat Ryder (US Department of Defense)"
ROMANOV = "Vladimir Romanov (Russian military blogger)"
HUR = "Defense Intelligence of Ukraine (HUR)"
UKDI = "UK Ministry of Defence (Defence Intelligence)"
SHOIGU = "Sergei Shoigu (Security Council of Russia)"
#: A page header that is not a wire scrape (title first, then a dated line).
PAGE = "The Harbour Review - Data desk\nMonday 3 March 2025, 09:00\n\nWhat the numbers say\n\n"


def _rows(text: str) -> list[tuple[object, ...]]:
    return [
        (c["claimant"], c["metric"], c["value_low"], c["value_high"], c["qualifier"])
        for c in numeric_claims(text)
    ]


# ----------------------------------------------------------------- speakers
def test_an_adverb_between_an_anaphor_and_its_verb_keeps_the_anaphor() -> None:
    body = "The NIS briefed lawmakers on Monday. The agency now says about 500 North Korean soldiers have been killed."
    assert read_numeric(body) == [(NIS, "killed", 500, 500, "about")]


def test_a_pronoun_with_an_adverb_before_its_verb_is_the_person_named_before() -> None:
    body = "Pat Ryder spoke on Monday. He still says about 500 North Korean soldiers have been killed."
    assert read_numeric(body) == [(RYDER, "killed", 500, 500, "about")]


def test_a_surname_alone_that_one_known_person_has_is_that_person() -> None:
    body = (
        "Romanov said on his Telegram channel that more than 300 Ukrainian soldiers were killed near Sudzha."
    )
    assert read_numeric(body) == [(ROMANOV, "killed", 300, None, "over")]


def test_a_pronoun_after_a_surname_alone_is_that_person() -> None:
    body = "Ryder spoke to reporters on Monday. He said about 500 North Korean soldiers had been killed."
    assert read_numeric(body)[0][0] == RYDER


def test_a_body_named_with_its_country_after_it_is_the_countrys_body() -> None:
    body = (
        "The Joint Chiefs of Staff of the Republic of Korea said that some 3,000 additional North Korean "
        "troops had been dispatched to Russia."
    )
    assert [r[0] for r in read_numeric(body)] == [JCS]


def test_a_known_person_before_an_apposition_naming_their_body_speaks() -> None:
    body = (
        "On 19 December, Pat Ryder, Pentagon press secretary, said at a press briefing that several hundred "
        "North Korean soldiers had been killed or wounded."
    )
    assert read_numeric(body) == [(RYDER, "killed_or_wounded", 200, 999, "range")]


def test_an_estimated_figure_is_a_qualifier_not_a_speakers_verb() -> None:
    text = PAGE.replace("3 March 2025", "16 December 2024") + (
        "HUR posted on Telegram this morning about the fighting near Plekhovo and Martynovka in the Kursk "
        "region.\n\nEarlier posts\n\nAnd do not forget their Saturday Telegram post: an estimated 200 "
        "killed among North Korean troops.\n"
    )
    assert _rows(text) == [(HUR, "killed", 200, 200, "about")]


def test_thinks_and_as_x_put_it_are_speech() -> None:
    assert read_numeric("The Pentagon thinks between 11,000 and 12,000 North Korean troops are in Russia.")[
        0
    ][2:] == (11000, 12000, "range")
    body = "About 300 North Korean soldiers have been killed, as the NIS put it on Monday."
    assert read_numeric(body) == [(NIS, "killed", 300, 300, "about")]


def test_in_a_bodys_words_or_by_its_account_names_the_source() -> None:
    for lead in ("In the NIS's words", "By the NIS's own account"):
        assert read_numeric(f"{lead}, about 300 North Korean soldiers have been killed.") == [
            (NIS, "killed", 300, 300, "about")
        ]


def test_a_source_in_brackets_or_after_a_dash_at_the_end_speaks() -> None:
    body = "About 11,000 North Korean troops are in the Kursk region (Zelensky, 7 November)."
    assert read_numeric(body) == [(ZEL, "troops_deployed", 11000, 11000, "about")]
    assert read_numeric("About 300 North Korean soldiers killed — NIS, 13 January.") == [
        (NIS, "killed", 300, 300, "about")
    ]


def test_a_figure_given_in_a_relative_clause_is_the_givers() -> None:
    body = (
        "Around 2,000 North Korean soldiers have died, the NIS told lawmakers. That is up from the "
        '"about 600" the spy agency gave lawmakers in April.'
    )
    assert (NIS, "killed", 600, 600, "about") in read_numeric(body)


def test_the_estimate_a_body_gave_is_its_own_clause_and_the_bodys() -> None:
    body = (
        "In January she quoted Zelensky, who said in an interview that 3,800 North Korean soldiers had been "
        "killed or wounded, alongside the estimate South Korea's own National Intelligence Service gave "
        "lawmakers on 13 January: about 300 North Korean soldiers killed."
    )
    rows = read_numeric(body)
    assert (ZEL, "killed_or_wounded", 3800, 3800, "exact") in rows
    assert (NIS, "killed", 300, 300, "about") in rows
    assert (ZEL, "killed", 300, 300, "about") not in rows


def test_a_source_the_earliest_count_came_from_speaks() -> None:
    body = (
        "The earliest official count came from South Korea's National Intelligence Service on 19 December: "
        "at least 100 North Korean soldiers killed, with the number of wounded nearing 1,000."
    )
    assert read_numeric(body) == [
        (NIS, "killed", 100, None, "at_least"),
        (NIS, "wounded", None, 1000, "nearly"),
    ]


def test_a_bodys_estimate_that_reached_a_figure_is_the_bodys() -> None:
    body = "The NIS's killed-only estimate reached around 2,000 on 2 September, a lawmaker said later."
    assert read_numeric(body)[:1] == [(NIS, "killed", 2000, 2000, "about")]


# ----------------------------------------------------------------- counts whose noun is elsewhere
def test_an_aside_in_commas_after_the_counted_noun_keeps_the_count() -> None:
    body = "UK Defence Intelligence said on X that casualties, killed and wounded, were more than 6,000."
    assert read_numeric(body) == [(UKDI, "killed_or_wounded", 6000, None, "over")]


def test_a_second_figure_with_its_verb_left_out_is_counted() -> None:
    body = (
        "Western officials told the BBC that about 1,000 North Korean soldiers were believed to have been "
        "killed, and some 4,000 to have become casualties."
    )
    assert read_numeric(body) == [
        ("Western officials", "killed", 1000, 1000, "about"),
        ("Western officials", "killed_or_wounded", 4000, 4000, "about"),
    ]


def test_a_partitive_clause_is_told_by_whoever_counted_the_whole() -> None:
    body = (
        "The NIS told lawmakers that about 12,000 North Korean troops had been sent to Russia; of these, "
        "about 600 had been killed and some 2,000 wounded."
    )
    assert read_numeric(body) == [
        (NIS, "troops_deployed", 12000, 12000, "about"),
        (NIS, "killed", 600, 600, "about"),
        (NIS, "wounded", 2000, 2000, "about"),
    ]


def test_a_force_total_somewhere_and_a_part_now_somewhere_are_troops() -> None:
    body = (
        'Pat Ryder said the total in Russia stood at between 11,000 and 12,000, "including about 10,000" now '
        "in the Kursk region."
    )
    assert read_numeric(body) == [
        (RYDER, "troops_deployed", 11000, 12000, "range"),
        (RYDER, "troops_deployed", 10000, 10000, "about"),
    ]


def test_the_total_of_a_named_force_stood_at_is_troops() -> None:
    body = "Pat Ryder said the total of North Korean troops in Russia stood at between 11,000 and 12,000."
    assert read_numeric(body) == [(RYDER, "troops_deployed", 11000, 12000, "range")]


def test_numbers_spelt_in_words_after_thousand_are_one_number() -> None:
    assert [(f.low, f.high) for f in find_figures("two thousand seven hundred wounded")] == [(2700, 2700)]
    assert [(f.low, f.high) for f in find_figures("four thousand one hundred and twenty")] == [(4120, 4120)]


def test_a_day_spelt_as_an_ordinal_word_is_a_date() -> None:
    from datetime import date

    got = [(d.first, d.precision) for d in find_dates("on January the ninth, he said", date(2025, 2, 4))]
    assert got == [(date(2025, 1, 9), "day")]
    got = [(d.first, d.precision) for d in find_dates("on the twenty-second of January", date(2025, 2, 4))]
    assert got == [(date(2025, 1, 22), "day")]


# ----------------------------------------------------------------- layouts
CHART = (
    PAGE
    + "Bar chart of public estimates of North Korean soldiers killed or wounded in Kursk.\n\n"
    + "Bars run from earliest to latest:\n\n"
    + "Bar 1 - South Korea's Joint Chiefs of Staff, 23 December 2024: around 1,100.\n"
    + "Bar 2 - Volodymyr Zelensky, in an interview with a news agency on 2 February 2025: more than 4,000.\n"
    + "Bar 3 - UK Defence Intelligence, in an update on X on Friday: more than 5,000. Open right end.\n"
)


def test_a_labelled_chart_item_counts_what_the_lists_introduction_names() -> None:
    assert _rows(CHART) == [
        (JCS, "killed_or_wounded", 1100, 1100, "about"),
        (ZEL, "killed_or_wounded", 4000, None, "over"),
        (UKDI, "killed_or_wounded", 5000, None, "over"),
    ]


def test_a_labelled_items_occasion_with_its_day_dates_it() -> None:
    days = {c["value_low"]: c["stated_on"] for c in numeric_claims(CHART)}
    assert days[1100] == "2024-12-23" and days[4000] == "2025-02-02" and days[5000] == "2025-02-28"


CHAT = (
    "DESK ANALYTICS - channel export\n#korea | exported Monday 16 December 2024, 23:50\n\n"
    "Chat log: #korea, 16 December 2024\n\n"
    "[09:12] jun.park: HUR posted on Telegram this morning - at least 30 North Koreans killed or wounded near Plekhovo\n"
    '[09:13] jun.park: also "at least three" went missing near Kurilovka\n'
    "[09:30] sam.ok: client call moved to 14:00, 3 slides max\n"
)


def test_a_chat_message_is_a_sentence_and_also_goes_on_with_the_one_before() -> None:
    assert _rows(CHAT) == [
        (HUR, "killed_or_wounded", 30, None, "at_least"),
        (HUR, "missing", 3, None, "at_least"),
    ]


SCRIPT = (
    "SLUG: KURSK     AIR: TUE 17 DEC 2024 18:30\n\n"
    "[VO - MAP]\n"
    "ON THE RUSSIAN SIDE, A PRO-WAR BLOGGER, VLADIMIR ROMANOV, CLAIMED ON TELEGRAM LAST THURSDAY THAT NORTH "
    "KOREAN SPECIAL FORCES KILLED MORE THAN 300 UKRAINIAN SOLDIERS NEAR PLEKHOVO.\n"
)


def test_a_line_in_capitals_is_read_in_sentence_case() -> None:
    assert _rows(SCRIPT) == [(ROMANOV, "killed", 300, None, "over")]


FORUM = (
    PAGE
    + "Summary of yesterday's NIS briefing to lawmakers, as relayed by a member of the committee:\n\n"
    + "- around 2,000 North Korean soldiers have died in Kursk.\n"
    + "- around 1,000 engineers have already arrived in Russia, part of the deployment Shoigu announced in June.\n"
)


def test_bullets_under_an_introduction_naming_a_briefing_are_the_briefers() -> None:
    assert _rows(FORUM) == [
        (NIS, "killed", 2000, 2000, "about"),
        (NIS, "troops_deployed", 1000, 1000, "about"),
    ]


QA = (
    "Wire\n\nMarch 3, 2025\n\nReaders' questions\n\nWe answer the questions readers sent.\n\n"
    "Q: How many North Korean soldiers have been killed?\nA: About 300, according to the NIS.\n\n"
    "Q: How many troops did North Korea send?\nA: Around 12,000, Zelensky said in an interview.\n"
)


def test_an_answers_bare_figure_counts_what_its_question_asks() -> None:
    assert _rows(QA) == [(NIS, "killed", 300, 300, "about"), (ZEL, "troops_deployed", 12000, 12000, "about")]


def test_a_table_of_statements_is_read_in_a_wire_layout_too() -> None:
    text = (
        "Wire\n\nMarch 3, 2025\n\nTitle\n\nThe table lists the estimates made by officials over the winter.\n\n"
        "Source | Date | Figure\nNIS | 13 Jan 2025 | about 300 North Korean soldiers killed\n"
        "JCS | 23 Dec 2024 | around 1,100 North Korean soldiers killed or wounded\n"
    )
    assert _rows(text) == [
        (NIS, "killed", 300, 300, "about"),
        (JCS, "killed_or_wounded", 1100, 1100, "about"),
    ]


# ----------------------------------------------------------------- negatives: what stays out
def test_a_ratio_is_no_count() -> None:
    body = "The NIS said about 300 North Korean soldiers were killed and 2,700 wounded, a ratio of 9:1."
    assert sorted(r[2] for r in read_numeric(body)) == [300, 2700]


def test_a_colon_after_a_year_is_no_ratio() -> None:
    body = "The NIS gave its assessment on 30 April 2025: about 600 North Korean soldiers had been killed."
    assert read_numeric(body) == [(NIS, "killed", 600, 600, "about")]


def test_the_one_i_just_gave_you_is_no_figure() -> None:
    text = "Wire\n\nMarch 3, 2025\n\nTitle\n\nPat Ryder said 11,000 North Korean troops were in Russia. Our number is the one I just gave you.\n"
    assert [r[2] for r in _rows(text)] == [11000]


def test_an_unknown_surname_stays_a_new_actor_and_a_shared_first_name_is_someone_else() -> None:
    rows = read_numeric(
        "Smith said on his channel that more than 300 Ukrainian soldiers were killed near Sudzha."
    )
    assert [r[0] for r in rows] == ["Smith"]
    rows = read_numeric("Maria Romanov said that more than 300 Ukrainian soldiers were killed near Sudzha.")
    assert ROMANOV not in [r[0] for r in rows]


def test_a_title_in_a_possessive_is_not_a_new_speaker() -> None:
    body = "Zelensky said 11,000 North Koreans were in Kursk and, in the President's words, there are already losses."
    claimants = {c["claimant"] for c in extract("Wire\n\nMarch 3, 2025\n\nTitle\n\n" + body).claims}
    assert "President's" not in claimants


def test_bullets_under_an_introduction_naming_no_source_claim_nothing() -> None:
    text = PAGE + "Things we noticed this week:\n\n- around 2,000 North Korean soldiers have died in Kursk.\n"
    assert _rows(text) == []


def test_a_bullet_with_its_own_speaker_keeps_it() -> None:
    text = (
        PAGE
        + "Summary of the NIS briefing to lawmakers:\n\n"
        + "- around 2,000 North Korean soldiers have died, the NIS said.\n"
        + "- more than 6,000 North Korean soldiers were killed or wounded, UK Defence Intelligence said on X.\n"
    )
    assert [r[0] for r in _rows(text)] == [NIS, UKDI]


def test_text_in_ordinary_case_and_short_capital_lines_are_not_recased() -> None:
    from etl.extract.recase import recase_shouting
    from etl.extract.reference import load_reference

    ref = load_reference()
    text = "SLUG: KURSK / NORTH KOREA     AIR: TUE 17 DEC 2024\n\nThe NIS SAID that about 300 soldiers were KILLED.\n"
    assert recase_shouting(text, ref) == text


def test_a_count_announced_by_someone_keeps_its_own_metric() -> None:
    body = (
        "Regarding the two North Korean soldiers announced by Zelensky on the 11th as captured, the NIS said "
        "it had confirmed that Ukrainian forces captured the two wounded soldiers on the 9th."
    )
    metrics = {r[1] for r in read_numeric(body)}
    assert "captured" in metrics and "wounded" not in metrics


def test_raising_this_to_a_figure_restates_the_count_just_given() -> None:
    body = (
        "On 28 February UK Defence Intelligence wrote on X that North Korean casualties exceeded 4,000; on 15 "
        "March it raised this, again on X, to more than 5,000."
    )
    assert read_numeric(body) == [
        (UKDI, "killed_or_wounded", 4000, None, "over"),
        (UKDI, "killed_or_wounded", 5000, None, "over"),
    ]


def test_a_labelled_item_relayed_in_part_of_a_month_is_dated_to_that_month() -> None:
    text = CHART + (
        "Bar 4 - Ukraine's military intelligence chief Kyrylo Budanov, as relayed by a South Korean lawmaker "
        "from meetings in Kyiv in late February 2025: about 4,000.\n"
    )
    rows = [c for c in numeric_claims(text) if c["claimant"] == "Kyrylo Budanov (HUR)"]
    assert [(c["value_low"], c["stated_on"], c["stated_on_precision"]) for c in rows] == [
        (4000, "2025-02-01", "month")
    ]


def test_the_force_a_part_came_out_of_is_counted_even_when_another_figure_follows() -> None:
    body = (
        "Western officials told the BBC on January 22 that about 1,000 North Koreans were believed killed, "
        "out of some 11,000 sent, and that total casualties stood at around 4,000."
    )
    assert [r[1:4] for r in read_numeric(body)] == [
        ("killed", 1000, 1000),
        ("troops_deployed", 11000, 11000),
        ("killed_or_wounded", 4000, 4000),
    ]


def test_an_earlier_estimate_with_an_aside_was_a_figure_of_the_same_count() -> None:
    body = (
        "The NIS said 15,000 North Korean troops had been sent. An earlier NIS estimate, still widely quoted, "
        "was about 11,000."
    )
    assert (NIS, "troops_deployed", 11000, 11000, "about") in read_numeric(body)


def test_a_force_written_n_strong_is_its_size() -> None:
    body = "Zelensky said an 11,000-strong North Korean contingent was in the Kursk region."
    assert read_numeric(body) == [(ZEL, "troops_deployed", 11000, 11000, "exact")]


def test_a_figure_put_at_by_a_body_is_the_bodys() -> None:
    assert read_numeric("The number of North Korean dead was put at about 300 by the NIS.") == [
        (NIS, "killed", 300, 300, "about")
    ]


def test_a_persons_figure_of_a_count_is_theirs() -> None:
    body = "Zelensky's figure of 11,000 North Korean troops sent to Kursk was repeated by officials."
    assert read_numeric(body) == [(ZEL, "troops_deployed", 11000, 11000, "exact")]


def test_a_bodys_count_that_now_stands_at_a_figure_is_the_bodys() -> None:
    body = "The NIS's count now stands at about 300 North Korean soldiers killed."
    assert read_numeric(body) == [(NIS, "killed", 300, 300, "about")]


def test_a_labelled_count_before_a_colon_is_counted() -> None:
    body = "North Korean losses (killed and wounded): about 4,000, according to the JCS."
    assert read_numeric(body) == [(JCS, "killed_or_wounded", 4000, 4000, "about")]


def test_a_small_n_strong_unit_is_no_force_count() -> None:
    assert read_numeric("Zelensky said a 12-strong North Korean team was seen near Sudzha.") == []


def test_a_source_line_under_a_sentence_credits_the_source() -> None:
    text = PAGE + (
        "About 300 North Korean soldiers had been killed by mid-January.\n\n"
        "Source: National Intelligence Service, 13 January 2025.\n"
    )
    assert _rows(text) == [(NIS, "killed", 300, 300, "about")]


def test_a_source_line_does_not_replace_a_named_speaker() -> None:
    text = PAGE + (
        "The JCS said about 1,100 North Korean soldiers had been killed or wounded.\n\nSource: Reuters.\n"
    )
    assert _rows(text) == [(JCS, "killed_or_wounded", 1100, 1100, "about")]


FOOTNOTED = PAGE + (
    "About 300 North Korean soldiers had been killed by mid-January.[3] Around 1,100 North Korean soldiers "
    "had been killed or wounded by late December.[4]\n\n"
    "[3] NIS briefing to the National Assembly intelligence committee, 13 January 2025. [4] JCS statement, "
    "23 December 2024.\n"
)


def test_a_footnote_that_names_who_gave_a_figure_credits_them() -> None:
    assert _rows(FOOTNOTED) == [
        (NIS, "killed", 300, 300, "about"),
        (JCS, "killed_or_wounded", 1100, 1100, "about"),
    ]


def test_a_footnote_that_names_nobody_credits_nobody() -> None:
    text = (
        PAGE
        + "About 300 North Korean soldiers had been killed by mid-January.[3]\n\n[3] Transcript on file.\n"
    )
    assert _rows(text) == []


def test_an_emails_date_header_dates_today_in_the_email() -> None:
    text = (
        "The Lantern - Standards blog\nThursday 4 September 2025\n\nInbox: how we reported it\n\n"
        "Readers asked why our story said what it said. Here is the email thread, trimmed for length.\n\n"
        "From: Dana (Asia desk)\nDate: Tue, 2 Sep 2025 17:42\nSubject: NIS figure\n\n"
        "The NIS told lawmakers today that around 1,000 North Korean combat engineers had arrived in Russia.\n"
    )
    rows = numeric_claims(text)
    assert [(c["claimant"], c["value_low"], c["stated_on"]) for c in rows] == [(NIS, 1000, "2025-09-02")]


def test_a_persons_claim_that_is_theirs() -> None:
    body = "Zelensky's claim that 3,000 North Korean soldiers had been killed or wounded drew attention."
    assert read_numeric(body) == [(ZEL, "killed_or_wounded", 3000, 3000, "exact")]


def test_an_answer_to_asked_how_many_counts_what_was_asked() -> None:
    body = "Asked how many North Korean soldiers had been killed, Budanov replied: about 4,000."
    assert read_numeric(body) == [("Kyrylo Budanov (HUR)", "killed", 4000, 4000, "about")]


def test_each_body_of_a_coordinated_subject_claims_the_figure() -> None:
    body = "The NIS and the JCS both put the number of North Korean dead at about 300."
    assert read_numeric(body) == [(NIS, "killed", 300, 300, "about"), (JCS, "killed", 300, 300, "about")]


def test_a_person_after_an_earlier_clause_with_and_claims_alone() -> None:
    body = (
        "Zelensky met Biden, and Syrskyi said about 4,000 North Korean soldiers had been killed or wounded."
    )
    assert [r[0] for r in read_numeric(body)] == ["Oleksandr Syrskyi"]
