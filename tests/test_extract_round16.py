"""Round 16 of issue 9: a presentation's bullets, speakers named with their employer or without
their country, anaphors after a day said first, and dates that pages give in other ways.

Round 16 moved the thirteenth fresh set into `dev-pending/`. Its slide-deck export gave no claim at
all: its bullets are note-form items that lead with their date, sometimes name the occasion before
the speaker, and carry no full stop. The other mechanisms below recur across several writers' sets
(tests/reports/README.md, round 16). The sentences are written for each behaviour, not copied from
any report; each mechanism has a case that must not change. Tests share no state (xdist-safe).
"""

from __future__ import annotations

from datetime import date, datetime

from etl.extract.dates import find_dates, parse_date_line
from etl.extract.document import parse_layout
from tests.helpers import numeric_claims, read_numeric

NIS = "National Intelligence Service (South Korea)"
JCS = "Joint Chiefs of Staff (South Korea)"
ZEL = "Volodymyr Zelenskyy"
SSO = "Special Operations Forces of Ukraine (SSO)"
KIRBY = "John Kirby (White House National Security Council)"
HEADER = "Wire\n\nMarch 3, 2025\n\nTitle\n\n"


def _dated(text: str) -> list[tuple[object, ...]]:
    return [(c["claimant"], c["value_low"], c["value_high"], c["stated_on"]) for c in numeric_claims(text)]


# ----------------------------------------------------------------- a slide deck's bullets
DECK = """[Text export of a presentation]

--- Slide 1 ---
What Kyiv and Seoul said in the week before the holidays
Evening seminar | Harbour Policy Institute | 10 January 2025 | Hall 2

--- Slide 2 ---
The numbers
- 21 Dec, JCS: ~1.3k North Korean soldiers killed or wounded in Kursk
- 22 Dec, Telegram, Zelensky: "more than 2k" North Korean soldiers killed or wounded in Kursk
- Same day, Special Operations Forces: 55 North Korean soldiers killed in Kursk
- Early January, Zelensky in an interview: 3,100 North Korean soldiers killed or wounded in Kursk
- Kirby: "the losses are heavy"

--- Slide 3 ---
Thank you
"""


def test_a_bullet_that_leads_with_its_day_is_read_as_a_dated_sentence() -> None:
    assert (JCS, 1300, 1300, "2024-12-21") in _dated(DECK)


def test_an_occasion_named_before_the_speaker_does_not_become_the_speaker() -> None:
    assert (ZEL, 2000, None, "2024-12-22") in _dated(DECK)


def test_same_day_takes_the_day_of_the_bullet_before_and_keeps_its_own_speaker() -> None:
    assert (SSO, 55, 55, "2024-12-22") in _dated(DECK)


def test_a_bullet_led_by_part_of_a_month_is_dated_to_that_month() -> None:
    rows = [c for c in numeric_claims(DECK) if c["value_low"] == 3100]
    assert [(c["claimant"], c["stated_on"], c["stated_on_precision"]) for c in rows] == [
        (ZEL, "2025-01-01", "month")
    ]


def test_a_bullet_without_a_day_or_a_figure_claims_nothing() -> None:
    assert sorted(r[1] or r[2] for r in _dated(DECK)) == [55, 1300, 2000, 3100]


def test_a_single_dated_bullet_is_left_as_written() -> None:
    text = (
        HEADER
        + "Notes from the day:\n\n- 2 Mar, JCS: ~1.3k North Korean soldiers killed or wounded in Kursk\n"
    )
    assert not any("said" in p for p in parse_layout(text).paragraphs)


# ----------------------------------------------------------------- whom an official works for
def test_an_officials_employer_in_brackets_is_not_the_speaker() -> None:
    body = (
        "On 27 February, John Kirby (White House NSC) said at a press briefing that about 900 North Korean "
        "soldiers had been killed or wounded in Kursk."
    )
    assert read_numeric(body) == [(KIRBY, "killed_or_wounded", 900, 900, "about")]


def test_a_body_named_before_an_official_in_brackets_stays_the_body() -> None:
    body = (
        "On 27 February, the White House National Security Council said in a statement that about 900 North "
        "Korean soldiers had been killed or wounded in Kursk."
    )
    assert read_numeric(body)[0][0] == "White House National Security Council"


# ----------------------------------------------------------------- a body without its country
def test_a_body_named_without_its_country_is_the_only_body_of_that_name() -> None:
    body = "On 2 March, the Special Operations Forces said 35 North Korean soldiers had been killed in Kursk."
    assert read_numeric(body) == [(SSO, "killed", 35, 35, "exact")]


def test_a_body_every_side_has_is_not_given_a_country() -> None:
    body = "On 2 March, the Ministry of Defence said 35 North Korean soldiers had been killed in Kursk."
    assert all(r[0] != "Ministry of Defence of Ukraine" for r in read_numeric(body))


# ----------------------------------------------------------------- anaphors after a day said first
BRIEFED = "South Korea's National Intelligence Service briefed lawmakers on the deployment in February.\n\n"


def test_the_agency_after_a_day_said_first_is_the_agency_named_before() -> None:
    body = BRIEFED + "On 1 March the agency said at least 250 North Korean soldiers had been killed in Kursk."
    assert _dated(HEADER + body) == [(NIS, 250, None, "2025-03-01")]


def test_a_qualified_estimate_before_a_colon_is_a_noun_not_the_verb() -> None:
    body = BRIEFED + (
        "On 1 March the agency, through a lawmaker, gave its first casualty estimate: at least 250 North "
        "Koreans killed in Kursk, and the wounded approaching 2,000."
    )
    assert _dated(HEADER + body) == [(NIS, 250, None, "2025-03-01"), (NIS, None, 2000, "2025-03-01")]


def test_estimates_right_after_its_subject_is_still_the_verb() -> None:
    body = "The agency estimates that 250 North Korean soldiers have been killed in Kursk, a lawmaker said."
    rows = read_numeric(BRIEFED + body)
    assert rows and rows[0][2] == 250


# ----------------------------------------------------------------- a claim passed on from a website
def test_a_claim_from_a_named_website_is_the_websites() -> None:
    body = (
        "Two days later, a Kyiv outlet relayed a claim from the website Frontline Ledger that about 300 North "
        "Koreans had been killed in a missile strike."
    )
    assert [r[0] for r in read_numeric(body)] == ["Frontline Ledger"]


def test_a_claim_from_a_known_body_is_that_bodys() -> None:
    body = "A Kyiv outlet relayed a claim from the NIS that about 300 North Koreans had been killed in a missile strike."
    assert [r[0] for r in read_numeric(body)] == [NIS]


# ----------------------------------------------------------------- dates a page gives in other ways
def test_a_heading_with_a_weekday_and_no_year_dates_the_page() -> None:
    text = "Listings\n\nTonight on the radio: Friday 7 March\n\nOur pick of the evening.\n"
    # the latest 7 March that was a Friday (2025 when this was written)
    today = date.today()
    year = max(
        y
        for y in range(today.year - 7, today.year + 1)
        if date(y, 3, 7) <= today and date(y, 3, 7).weekday() == 4
    )
    assert parse_layout(text).published == datetime(year, 3, 7)


def test_a_heading_whose_day_never_falls_on_its_weekday_nearby_dates_nothing() -> None:
    text = "Listings\n\nTonight on the radio: Monday 31 February\n\nOur pick of the evening.\n"
    assert parse_layout(text).published is None


def test_a_translated_pages_header_date_in_its_own_language() -> None:
    assert parse_date_line("jeudi 6 mars 2025, 9 h 15 · Monde") == datetime(2025, 3, 6, 9, 15)
    assert parse_date_line("6. März 2025") == datetime(2025, 3, 6)


def test_an_english_header_date_is_read_as_before() -> None:
    assert parse_date_line("6 March 2025") == datetime(2025, 3, 6)


def test_now_with_the_present_tense_is_the_reports_day_anywhere_in_it() -> None:
    body = (
        "Sudzha fell last week.\n\nThe mapping project DeepState, whose maps we use daily, now puts the area "
        "Ukraine holds in the Kursk region at 90 square kilometres."
    )
    assert _dated(HEADER + body) == [("DeepState", 90, 90, "2025-03-03")]


def test_a_later_paragraph_in_the_present_tense_without_now_is_not_dated() -> None:
    body = (
        "Sudzha fell last week.\n\nThe mapping project DeepState puts the area Ukraine holds in the Kursk "
        "region at 90 square kilometres."
    )
    assert _dated(HEADER + body) == [("DeepState", 90, 90, "")]


def test_a_day_in_commas_after_its_month_is_the_date() -> None:
    text = "Earlier this month, on March 2, the ministry said so."
    got = [(d.first.isoformat(), d.precision) for d in find_dates(text, datetime(2025, 3, 3).date())]
    assert got == [("2025-03-02", "day")]


def test_a_day_outside_the_month_before_it_keeps_both_dates() -> None:
    text = "In February, on March 2, the ministry said so."
    got = [d.precision for d in find_dates(text, datetime(2025, 3, 3).date())]
    assert got == ["month", "day"]


# ----------------------------------------------------------------- a day carried to a later clause
def test_hours_later_is_the_day_of_the_statement_just_reported() -> None:
    body = (
        "Kyrylo Budanov said on Saturday that 500 North Korean soldiers had been killed in Kursk. Hours later "
        "South Korea's Joint Chiefs of Staff put the number of North Korean soldiers killed at about 300."
    )
    assert [r[3] for r in _dated(HEADER + body)] == ["2025-03-01", "2025-03-01"]


def test_later_that_day_and_that_evening_are_the_same_day() -> None:
    for words in ("Later that day", "That evening"):
        body = (
            "Kyrylo Budanov said on Saturday that 500 North Korean soldiers had been killed in Kursk. "
            f"{words} South Korea's Joint Chiefs of Staff put the number of North Korean soldiers killed at about 300."
        )
        assert [r[3] for r in _dated(HEADER + body)][1] == "2025-03-01", words


def test_a_day_opening_the_sentence_dates_the_clause_joined_by_while() -> None:
    body = (
        "- Late last week, on Saturday, Ukraine's president put North Korean losses at more than 2,000 killed "
        "and wounded in Kursk, while South Korea's Joint Chiefs of Staff estimated them at around 900."
    )
    assert [r[3] for r in _dated(HEADER + body)] == ["2025-03-01", "2025-03-01"]


def test_a_day_at_the_end_of_the_first_clause_is_not_carried_past_while() -> None:
    body = (
        "Ukraine's president put North Korean losses at more than 2,000 killed and wounded in Kursk on "
        "Saturday, while South Korea's Joint Chiefs of Staff estimated them at around 900."
    )
    assert [r[3] for r in _dated(HEADER + body)][1] == ""


# ----------------------------------------------------------------- a question relaying an official
BRIEFING = """Department of Defense
Press briefing transcript
November 4, 2024

GEN. RYDER: Good afternoon. I'll take your questions.

Q: Thanks, General. Last Monday Sabrina Singh told reporters at this briefing that around 9,000 North Korean soldiers had been sent to train in eastern Russia. Is that still right?

GEN. RYDER: I would refer you to what we said then.
"""


def test_a_question_relaying_an_officials_told_figure_is_that_officials_claim() -> None:
    rows = [(c["claimant"], c["value_low"]) for c in numeric_claims(BRIEFING)]
    assert rows == [("Sabrina Singh (US Department of Defense)", 9000)]


def test_a_question_with_a_figure_credited_to_nobody_claims_nothing() -> None:
    text = BRIEFING.replace("Sabrina Singh told reporters at this briefing", "people keep saying")
    assert numeric_claims(text) == []
