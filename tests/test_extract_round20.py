"""Round 20: general causes of missed claims in the newest writers' sets.

Every missed numeric gold claim of writers 15-21 was classified by cause (README, "Round 20");
each mechanism below fixed misses in at least two writers' sets, apart from the wrapped-quote
run-on and the semicolon, which are general readers (layout, sentence reading) for one writer's
misses each. The sentences are written for each behaviour, not copied from any report; each
mechanism has a case that must not change (a negative). Tests share no state (xdist-safe).
"""

from __future__ import annotations

from tests.helpers import WIRE_HEADER, read_numeric

NIS = "National Intelligence Service (South Korea)"
JCS = "Joint Chiefs of Staff (South Korea)"
ZELENSKYY = "Volodymyr Zelenskyy"
SYRSKYI = "Oleksandr Syrskyi"
RYDER = "Pat Ryder (US Department of Defense)"
BLINKEN = "Antony Blinken (US State Department)"
DI = "UK Ministry of Defence (Defence Intelligence)"
GSU = "General Staff of the Armed Forces of Ukraine"
GDC = "Global Defense Corp"


def _rows(body: str, header: str = WIRE_HEADER) -> list[tuple[object, ...]]:
    """(claimant, metric, low, high, qualifier) of each figure under a header."""
    return read_numeric(body, header)


# ------------------------------------------------------- layout: a quote closed mid-sentence
_WRAPPED = """\
Members asked the secretariat to set out the deployment figures that were
given in public during the autumn, with the dates on which they were given
and the bodies that gave them, so that the committee could see the trend.
The secretariat notes that the figures below were given at different times
and by different bodies, and that none of them has been verified by us.
{line}
{tail}
The secretariat will update this note when a new figure is given in public
by any of the bodies named above, and will circulate it to all members of
the committee by e-mail, with a copy to the clerk and to the press office,
who will place it in the reading room of the library for members and the
staff of the committee to consult during the working hours of the office.
"""


def test_a_wrapped_line_ending_in_a_closed_quote_runs_on_into_lower_case() -> None:
    body = _WRAPPED.format(
        line='3.2 On 9 November, President Zelensky told the journalists there that "about 12,000"',
        tail="troops had been sent to the Kursk region by North Korea, with more to come.",
    )
    assert _rows(body) == [(ZELENSKYY, "troops_deployed", 12000, 12000, "about")]


def test_negative_a_wrapped_line_ending_a_quoted_sentence_stays_apart() -> None:
    # the quote ends the sentence ('."') and the next line starts a new one: nothing runs on
    body = _WRAPPED.format(
        line='On 9 November, in remarks to journalists, the committee chair said: "We will meet."',
        tail="Members then agreed that 12,000 copies of the note should be printed for the debate.",
    )
    assert _rows(body) == []


# --------------------------------------------------------- metric: the lost, the noun left out
def test_a_count_after_losing_its_soldiers_and_a_comma_is_a_count_of_the_lost() -> None:
    body = (
        "Speaking at the allies' meeting on Thursday, Zelensky said North Korea was losing its "
        'soldiers as well, "5 thousand as of now".'
    )
    assert _rows(body) == [(ZELENSKYY, "killed_or_wounded", 5000, 5000, "exact")]


def test_negative_losing_its_soldiers_with_no_count_after_claims_nothing() -> None:
    body = "Zelensky said on Thursday that North Korea was losing its soldiers as well, every day."
    assert _rows(body) == []


# --------------------------------- attribution: a coordinated clause's speaker after a title
def test_a_coordinated_clause_opens_with_a_title_before_its_new_speaker() -> None:
    body = (
        "Zelensky said on Monday that Russia had lost more than 40,000 soldiers in the operation, "
        "and commander-in-chief Oleksandr Syrskyi said that more than 800 Russian soldiers had been "
        "taken prisoner."
    )
    assert _rows(body) == [
        (ZELENSKYY, "killed_or_wounded", 40000, None, "over"),
        (SYRSKYI, "captured", 800, None, "over"),
    ]


def test_a_coordinated_clause_whose_new_speaker_puts_the_number_at() -> None:
    body = (
        "Blinken said on Tuesday that as many as 9,000 of them were in the Kursk region, and on "
        "Nov. 6 Pentagon press secretary Maj. Gen. Pat Ryder put the number in Russia at between "
        "12,000 and 13,000."
    )
    assert _rows(body) == [
        (BLINKEN, "troops_deployed", None, 9000, "up_to"),
        (RYDER, "troops_deployed", 12000, 13000, "range"),
    ]


def test_negative_a_coordinated_clause_with_no_new_speaker_keeps_the_first() -> None:
    body = (
        "Blinken said on Tuesday that as many as 9,000 of them were in the Kursk region, and that "
        "more were expected."
    )
    assert _rows(body) == [(BLINKEN, "troops_deployed", None, 9000, "up_to")]


# ----------------------------------------------- metric: a bare count said of what was counted
def test_a_bare_count_said_after_a_counted_figure_counts_the_same_thing() -> None:
    body = (
        'Our report of 3 March said the JCS counted "at least 1,300" North Korean casualties. '
        "The JCS said around 1,300."
    )
    assert _rows(body) == [
        (JCS, "killed_or_wounded", 1300, None, "at_least"),
        (JCS, "killed_or_wounded", 1300, 1300, "about"),
    ]


def test_a_count_given_flat_or_after_an_estimate_and_a_colon_counts_the_same_thing() -> None:
    body = (
        "Zelensky said on Monday that 3,600 North Koreans had been killed or wounded. At the "
        "allies' meeting on Thursday he had given a flat 4,200. South Korea's Joint Chiefs of Staff "
        "gave a lower estimate the same day: around 1,200."
    )
    assert _rows(body) == [
        (ZELENSKYY, "killed_or_wounded", 3600, 3600, "exact"),
        (ZELENSKYY, "killed_or_wounded", 4200, 4200, "exact"),
        (JCS, "killed_or_wounded", 1200, 1200, "about"),
    ]


def test_negative_a_bare_count_said_with_nothing_counted_before_claims_nothing() -> None:
    assert _rows("The JCS said around 1,300.") == []


# --------------------------------------------- attribution: the account goes on past a semicolon
def test_an_account_goes_on_past_a_semicolon_with_no_new_speaker() -> None:
    body = (
        "According to the National Intelligence Service, about 14,000 troops were sent to Russia; "
        "about 700 of them were killed and about 3,900 wounded."
    )
    assert _rows(body) == [
        (NIS, "troops_deployed", 14000, 14000, "about"),
        (NIS, "killed", 700, 700, "about"),
        (NIS, "wounded", 3900, 3900, "about"),
    ]


def test_negative_a_clause_after_a_semicolon_with_only_a_date_claims_nothing_more() -> None:
    body = (
        "According to the National Intelligence Service, about 14,000 troops were sent to Russia; "
        "Russian forces retook the village on 6 December."
    )
    assert _rows(body) == [(NIS, "troops_deployed", 14000, 14000, "about")]


# --------------------------------------------------- attribution: where the figure came from
def test_the_next_sentence_naming_where_the_figure_came_from_credits_that_source() -> None:
    body = (
        "The item said as fact that about 400 North Korean soldiers had been killed in the strike on "
        "a command post on 20 November. The editors noted that the figure came from the website of "
        "Global Defense Corp, as relayed by a Ukrainian outlet."
    )
    assert _rows(body) == [(GDC, "killed", 400, 400, "about")]


def test_a_figure_that_comes_from_a_source_named_after_it_is_that_sources() -> None:
    body = (
        'The "about 400" North Koreans killed in the strike on a command post comes from Global '
        "Defense Corp's website."
    )
    assert _rows(body) == [(GDC, "killed", 400, 400, "about")]


def test_negative_a_came_from_sentence_with_its_own_figure_does_not_credit_the_one_before() -> None:
    body = (
        "A chart showed Ukrainian losses in the Kursk area as 40,000 without attribution. The "
        "editors said the figure came from Global Defense Corp, which gave 41,000."
    )
    assert (GDC, "killed_or_wounded", 40000, 40000, "exact") not in _rows(body)


# ----------------------------------------------------- a body confirming the capture counted
def test_a_body_that_confirmed_the_capture_claims_the_same_count() -> None:
    body = (
        "Zelensky announced on 11 January that his troops had captured three North Korean "
        "soldiers. The next day Seoul's spy agency confirmed the capture to a news agency: three "
        "wounded men taken on the battlefield on 9 January."
    )
    assert _rows(body) == [
        (ZELENSKYY, "captured", 3, 3, "exact"),
        (NIS, "captured", 3, 3, "exact"),
    ]


def test_negative_a_confirmation_of_another_count_is_not_the_capture() -> None:
    body = (
        "Zelensky announced on 11 January that his troops had captured three North Korean "
        "soldiers. The next day Seoul's spy agency confirmed the capture, and said 300 North Korean "
        "soldiers had been killed."
    )
    assert (NIS, "captured", 3, 3, "exact") not in _rows(body)


# --------------------------------------------------- attribution: a speaker set as a label
def test_a_speaker_labelled_with_channel_and_occasion_before_a_colon_speaks() -> None:
    body = (
        'c) Yesterday (9 Nov) - Ukrainian President Zelensky, in remarks to reporters in Kyiv: "There '
        'are 12,000 of them" in the Kursk region.'
    )
    assert _rows(body) == [(ZELENSKYY, "troops_deployed", 12000, 12000, "exact")]


def test_a_bodys_update_labelled_before_a_colon_speaks() -> None:
    body = "Third, UK Defence Intelligence's update on X today: upwards of 7,000 North Korean casualties."
    assert _rows(body) == [(DI, "killed_or_wounded", 7000, None, "over")]


def test_negative_a_state_as_a_label_names_no_speaker() -> None:
    assert _rows("Third, Russia's account, on state TV: 7,000 North Korean casualties.") == []


# ------------------------------------------------------------ metric: a part told by a participle
def test_a_part_of_the_losses_being_irreversible_is_a_count_of_the_killed() -> None:
    body = (
        "Zelensky said on Monday that Russia had lost more than 40,000 troops in the operation, "
        "nearly 16,000 of these losses being irreversible."
    )
    assert _rows(body) == [
        (ZELENSKYY, "killed_or_wounded", 40000, None, "over"),
        (ZELENSKYY, "killed", None, 16000, "nearly"),
    ]


# ------------------------------------------------- metric: a force sent, an adverb before the verb
def test_a_force_sent_with_an_adverb_before_the_verb_is_a_count_of_troops() -> None:
    body = (
        "The JCS said that some 2,000 or more had been additionally dispatched in March, and the NIS "
        "said at least 1,500 more were sent over in April."
    )
    assert _rows(body) == [
        (JCS, "troops_deployed", 2000, None, "at_least"),
        (NIS, "troops_deployed", 1500, None, "at_least"),
    ]


def test_negative_a_letter_sent_is_no_force() -> None:
    assert _rows("The JCS said that some 2,000 letters had been additionally sent in March.") == []
