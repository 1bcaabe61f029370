"""Session 17: interviews printed as "Q:" / "A:" turns (writer 71's misses, then writer 72's blind set).

An "A:" turn is the interviewee's: its "I", "we" and "our" are the person the introduction names,
or the body a spokesperson in it speaks for, and its undated figures were given on the day the
introduction says the interview took place. The texts are invented for each behaviour, not copied
from any report; negatives guard what must not change. Tests share no state (xdist-safe).
"""

from __future__ import annotations

from typing import Any

from etl.extract import extract
from etl.extract.document import parse_layout

HUR = "Defense Intelligence of Ukraine (HUR)"
SSO = "Special Operations Forces of Ukraine (SSO)"
ZELENSKYY = "Volodymyr Zelenskyy"


def _rows(text: str) -> list[dict[str, Any]]:
    return extract(text).claims


def _claims(text: str) -> list[tuple[str, str, int | None, str, str]]:
    """(claimant, metric, low, qualifier, stated_on) of each claim."""
    return [(c["claimant"], c["metric"], c["value_low"], c["qualifier"], c["stated_on"]) for c in _rows(text)]


PRESIDENT = (
    "Harbour Review | Interview | Wednesday, 12 February 2025\n\n"
    "Zelensky on the North Korean soldiers\n\n"
    "President Volodymyr Zelensky talked to the Harbour Review in Kyiv on Monday. "
    "The conversation has been shortened.\n\n"
    "Q: What are North Korea's losses so far?\n"
    "A: We count more than 4,000 of their soldiers killed or wounded in the Kursk region.\n\n"
    "Q: And the prisoners?\n"
    "A: Our forces hold two of them. I will not say where.\n"
)


def test_an_answer_turn_is_the_person_the_introduction_names() -> None:
    got = _claims(PRESIDENT)
    assert (ZELENSKYY, "killed_or_wounded", 4000, "over", "2025-02-10") in got
    assert not [c for c in got if c[0].lower().startswith(("then", "we", "our", "a"))]


def test_the_layout_marks_answer_turns_apart_from_questions() -> None:
    lay = parse_layout(PRESIDENT)
    questions = {lay.paragraphs[i][:12] for i in lay.questions}
    answers = {lay.paragraphs[i][:12] for i in lay.answers}
    assert questions == {"What are Nor", "And the pris"}
    assert answers == {"We count mor", "Our forces h"}


def test_an_answer_turn_of_a_spokesperson_is_the_body_they_speak_for() -> None:
    text = (
        "Steppe Radio | 18.12.2024\n\n"
        "Ukraine's Defence Intelligence (HUR) issued new figures on Tuesday. We spoke to Taras "
        "Hnatyuk, a spokesman for the directorate, the same evening.\n\n"
        "Q: What do you know about the fighting?\n"
        "A: Our intelligence shows that at least 40 North Korean soldiers were killed or wounded "
        "near Plekhovo over the weekend.\n"
    )
    got = _claims(text)
    assert (HUR, "killed_or_wounded", 40, "at_least", "2024-12-17") in got
    assert not [c for c in got if "Hnatyuk" in c[0]]


def test_an_answer_turn_of_a_units_press_officer_is_the_unit() -> None:
    text = (
        "Frontline Talk | Interview | 24.12.2024\n\n"
        "Ukraine's Special Operations Forces (SSO) posted new footage on Monday. We reached one of "
        "the unit's press officers by phone that evening.\n\n"
        "Q: What did your post say?\n"
        "A: From Friday to Sunday our operators killed 50 North Korean soldiers in the Kursk region.\n"
    )
    assert (SSO, "killed", 50, "exact", "2024-12-23") in _claims(text)


def test_an_interview_named_by_no_day_is_dated_by_the_page() -> None:
    text = (
        "Harbour Review | Interview | Wednesday, 12 February 2025\n\n"
        "President Volodymyr Zelensky answered our questions in writing.\n\n"
        "Q: What are North Korea's losses so far?\n"
        "A: We count more than 4,000 of their soldiers killed or wounded in the Kursk region.\n"
    )
    assert (ZELENSKYY, "killed_or_wounded", 4000, "over", "2025-02-12") in _claims(text)


def test_an_explainers_answers_are_no_ones_but_whom_they_cite() -> None:
    """Negative: a Q&A explainer names no interviewee; an answer that cites someone is theirs, and a
    later answer's "He" is not whoever the answers named last."""
    text = (
        "Korea Desk | 2 May 2025\n\n"
        "Q&A: What we know about North Korea's troops in Kursk\n\n"
        "Here is what has been said, and by whom.\n\n"
        "Q: How many have been killed?\n"
        "A: South Korea's National Intelligence Service said on 30 April that about 600 North "
        "Korean soldiers had been killed in Kursk.\n\n"
        "Q: Did Russia give a number?\n"
        "A: Not for North Koreans. Vladimir Putin thanked Pyongyang for its soldiers.\n"
    )
    got = _claims(text)
    assert ("National Intelligence Service (South Korea)", "killed", 600, "about", "2025-04-30") in got
    assert not [c for c in got if c[0] in ("Vladimir Putin", "Korea Desk")]


def test_a_question_quoting_the_interviewee_is_their_earlier_figure() -> None:
    text = PRESIDENT.replace(
        "Q: And the prisoners?\n",
        "Q: On January 9 you said 4,000. Has it changed?\nA: It has grown.\n\nQ: And the prisoners?\n",
    )
    assert (ZELENSKYY, "killed_or_wounded", 4000, "exact", "2025-01-09") in _claims(text)


# ------------------------------------------------- briefings: a spokesperson's turns
JCS = "Joint Chiefs of Staff (South Korea)"
NIS = "National Intelligence Service (South Korea)"


def _subjects(text: str) -> list[tuple[str, str, int | None, str]]:
    """(claimant, metric, low, subject) of each claim."""
    return [(c["claimant"], c["metric"], c["value_low"], c["subject"]) for c in _rows(text)]


def test_a_spokesman_label_is_the_body_whose_spokesman_the_introduction_names() -> None:
    text = (
        "Han Desk | Seoul | Thursday, March 27, 2025\n\n"
        "The Joint Chiefs of Staff published an assessment on Thursday, and its spokesman took "
        "questions afterwards.\n\n"
        "Q: How many North Korean soldiers have been killed or wounded?\n\n"
        "SPOKESMAN: About 4,000 have been killed or wounded so far in the Kursk area.\n"
    )
    assert (JCS, "killed_or_wounded", 4000, "DPRK forces") in _subjects(text)


def test_a_named_spokespersons_label_is_their_body_not_a_new_person() -> None:
    text = (
        "Han Desk | Seoul | Monday, December 23, 2024\n\n"
        "The Joint Chiefs of Staff held its regular briefing. The spokesman, Col. Kim Tae-ho, "
        "answered questions.\n\n"
        "Q: What is the estimate of North Korean casualties?\n\n"
        "COL. KIM: We assess that around 1,100 North Korean soldiers have been killed or wounded.\n"
    )
    got = _subjects(text)
    assert (JCS, "killed_or_wounded", 1100, "DPRK forces") in got
    assert not [c for c in got if "kim" in c[0].lower()]


def test_a_korean_surname_label_is_a_turn_and_its_source_is_who_it_cites() -> None:
    text = (
        "Han Desk | Seoul | Wednesday, April 30, 2025\n\n"
        "After the intelligence service briefed lawmakers, Rep. Choi Min-ho met reporters.\n\n"
        "Q: How many North Korean soldiers have died in Kursk?\n\n"
        "CHOI: According to the NIS, about 600 have been killed.\n"
    )
    assert parse_layout(text).speaker_of  # "CHOI:" is a speaker's label
    assert (NIS, "killed", 600, "DPRK forces") in _subjects(text)


def test_an_answer_naming_no_side_counts_the_side_its_question_asked_about() -> None:
    text = PRESIDENT.replace("We count more than 4,000 of their soldiers", "More than 4,000 have been")
    text = text.replace("What are North Korea's losses so far?", "How many North Korean soldiers were lost?")
    assert (ZELENSKYY, "killed_or_wounded", 4000, "DPRK forces") in _subjects(text)


def test_an_answer_counts_russian_losses_when_its_question_asks_about_them() -> None:
    """The question's side, not the report's usual subject: "How many Russian soldiers were lost?"
    then "More than 4,000 have been killed or wounded" counts Russian forces."""
    text = PRESIDENT.replace("We count more than 4,000 of their soldiers", "More than 4,000 have been")
    text = text.replace("What are North Korea's losses so far?", "How many Russian soldiers were lost?")
    assert (ZELENSKYY, "killed_or_wounded", 4000, "Russian forces") in _subjects(text)


def test_a_bare_answer_figure_with_a_thousands_comma_is_read_whole() -> None:
    """An answer opening "More than 4,000 have been …" is 4,000, not 4 with the question's noun
    put after the 4 (the answer's text stays whole)."""
    text = PRESIDENT.replace("We count more than 4,000 of their soldiers", "More than 4,000 have been")
    text = text.replace("What are North Korea's losses so far?", "How many North Korean soldiers were lost?")
    rows = [c for c in _rows(text) if c["metric"] == "killed_or_wounded"]
    assert [c["value_low"] for c in rows] == [4000]
    assert "4,000 have been killed" in rows[0]["quote"]


def test_a_lawmaker_named_without_an_article_relays_the_agency() -> None:
    """ "Lee Seong-kweun, member of the National Assembly intelligence committee" relays the NIS:
    "…, Lee said" is the agency's figure, not a new claimant's."""
    text = (
        "SEOUL EVENING | Monday, January 13, 2025\n\n"
        "Guest: Lee Seong-kweun, member of the National Assembly intelligence committee, speaking "
        "after the committee's briefing by the National Intelligence Service.\n\n"
        "About 300 North Korean soldiers have been killed in the Kursk fighting, Lee said.\n"
    )
    assert [(c[0], c[2]) for c in _subjects(text)] == [(NIS, 300)]


def test_a_public_affairs_directors_label_is_the_body_named_before_the_role() -> None:
    """ "Briefer: Col. Park Ji-hoon, JCS public affairs director." makes "COL. PARK:" the Joint
    Chiefs of Staff's turns."""
    text = (
        "DEFENSE POOL | Joint Chiefs of Staff briefing | Thursday, March 27, 2025\n"
        "Briefer: Col. Park Ji-hoon, JCS public affairs director. Pool transcript.\n\n"
        "COL. PARK: We assess that North Korean casualties in the Kursk fighting have reached around "
        "4,000.\n\nREPORTER: Can you break that down?\n\nCOL. PARK: No.\n"
    )
    assert [(c[0], c[2]) for c in _subjects(text)] == [(JCS, 4000)]


def test_a_reporter_quoting_a_named_persons_figure_through_a_comma_is_that_persons_claim() -> None:
    """ "a lawmaker said Ukraine's intelligence chief, Kyrylo Budanov, had told him … about 4,000"
    in a reporter's question: Budanov's figure, relayed."""
    text = (
        "DEFENSE POOL | Joint Chiefs of Staff briefing | Thursday, March 27, 2025\n"
        "Briefer: Col. Park Ji-hoon, JCS public affairs director.\n\n"
        "COL. PARK: That is all from me.\n\n"
        "REPORTER: A lawmaker said Ukraine's intelligence chief, Kyrylo Budanov, had told him "
        "casualties in Kursk were about 4,000. Is your figure drawn from Ukraine's?\n\n"
        "COL. PARK: Our assessment is our own.\n"
    )
    assert ("Kyrylo Budanov (HUR)", 4000) in [(c[0], c[2]) for c in _subjects(text)]


def test_bare_military_intelligence_in_copy_from_kyiv_is_ukraines() -> None:
    """ "On Monday military intelligence said …" filed from Kyiv: HUR, not a new actor named "On
    Monday military intelligence"; from Seoul the bare words stay as written, without the day."""
    body = (
        " (Wire) - On Monday military intelligence said on Telegram that at least 30 North Korean "
        "soldiers were killed or wounded near Plekhovo.\n"
    )
    assert [c[0] for c in _subjects("KYIV, Dec. 18, 2024" + body)] == [HUR]
    assert [c[0] for c in _subjects("SEOUL, Dec. 18, 2024" + body)] == ["military intelligence"]


def test_a_masthead_kept_as_the_title_names_where_the_copy_comes_from() -> None:
    """ "KYIV MORNING LINE | English-language service | Wednesday, 18 December 2024" is copy from
    Kyiv: its bare "military intelligence" is HUR."""
    text = (
        "KYIV MORNING LINE | English-language service | Wednesday, 18 December 2024\n\n"
        "HOST: On Monday military intelligence said on Telegram that at least 30 North Koreans were "
        "killed or wounded near Plekhovo.\n"
    )
    assert [c[0] for c in _subjects(text)] == [HUR]


def test_a_footnoted_sentences_quote_is_the_sentence_as_printed() -> None:
    """The layout sets a footnote's text into the sentence that cites it, so the reader can credit
    the source; the claim's quote leaves it out again and is the report's own words."""
    text = (
        "Counting the dead\n\nMarch 10, 2025\n\n"
        "On November 4, the Pentagon's press secretary, Pat Ryder, put the total in Russia at between "
        "11,000 and 12,000.[1]\n\nNotes\n[1] Pentagon briefing transcript, 4 November 2024.\n"
    )
    quotes = [c["quote"] for c in _rows(text) if c["value_low"] == 11000]
    assert quotes and all("source:" not in q for q in quotes)
    assert all(q.rstrip(".") in text for q in quotes)


def test_a_bare_answer_figures_quote_is_the_answer_as_printed() -> None:
    """ "Q: How many North Korean soldiers have been killed?" "A: About 300." is read as "About 300
    North Korean soldiers …", but the quote is the answer's own words."""
    text = (
        "Korea Desk | 2 May 2025\n\nPresident Volodymyr Zelensky talked to us on Monday.\n\n"
        "Q: How many North Korean soldiers have been killed?\nA: About 300.\n"
    )
    rows = [c for c in _rows(text) if c["value_low"] == 300]
    assert rows and [c["quote"] for c in rows] == ["About 300."]


def test_a_table_rows_quote_is_the_words_said_cell() -> None:
    """A table of statements is read row by row as "On <date>, <who> said that <what>."; the quote is
    the cell the report prints, not that sentence."""
    text = (
        "Who said what\n\nMarch 3, 2025\n\n"
        "DATE | WHO | CHANNEL | WHAT THEY SAID\n"
        "2024-12-16 | Defense Intelligence of Ukraine (HUR) | Telegram | at least 30 North Korean "
        "soldiers were killed or wounded near Plekhovo\n"
        "2024-12-19 | National Intelligence Service (South Korea) | briefing | at least 100 North "
        "Korean soldiers have been killed\n"
    )
    quotes = {c["value_low"]: c["quote"] for c in _rows(text)}
    assert quotes.get(30) == "at least 30 North Korean soldiers were killed or wounded near Plekhovo"
    assert all(q in text for q in quotes.values())
