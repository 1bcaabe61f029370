"""Round 53 (session 27): text copied out of PDFs (holdout set 171) and stories of captured soldiers
(holdout set 172); set 170 (wiki excerpts) was never read.

The texts are invented for each behaviour, not copied from any report; negatives guard what must
not change. Tests share no state (xdist-safe).
"""

from __future__ import annotations

from etl.extract import extract
from etl.extract.document import _lift_page_furniture
from tests.helpers import one_claim

#: A committee's minutes as a PDF's text gives them: the page break falls mid-sentence, with the
#: page's footnotes, its number and the next page's running header between the two halves.
MINUTES = """\
STANDING COMMITTEE ON SECURITY - MINUTES OF THE 12TH MEETING
Wednesday 18 December 2024

2.1 The Minister told the Committee that Andrii Kovalenko of Ukraine's Center for Countering Disinformation
had said on Tuesday that North Korean losses in the Kursk region
_______________________
1 Oral evidence, uncorrected.
2 See also the Library note of 16 December.
                                  - 3 -
        Standing Committee on Security, 12th Meeting - Minutes, 18.12.2024
had already exceeded 200 troops, a figure no other government has confirmed.

2.2 The Committee noted the Minister's answer.
"""


def _values(text: str) -> list[tuple[str, str, object]]:
    return [(c["claimant"], c["metric"], c["value_low"]) for c in extract(text).claims if c["value_low"]]


# ------------------------------------------------- PDF pages: footnotes, page number, running header
def test_a_sentence_cut_by_a_pdf_page_break_is_read_whole() -> None:
    claim = one_claim(MINUTES, 200)
    assert claim["claimant"] == "Andrii Kovalenko (Center for Countering Disinformation)"
    assert (claim["metric"], claim["qualifier"]) == ("killed_or_wounded", "over")


def test_the_page_furniture_goes_and_the_footnotes_move_to_the_end() -> None:
    lines = MINUTES.splitlines()
    out = _lift_page_furniture(lines)
    assert not any("- 3 -" in ln or "12th Meeting - Minutes" in ln for ln in out)
    cut = next(k for k, ln in enumerate(out) if ln.endswith("in the Kursk region"))
    assert out[cut + 1].startswith("had already exceeded 200 troops")
    assert out[-2:] == ["1 Oral evidence, uncorrected.", "2 See also the Library note of 16 December."]


def test_page_marks_in_the_forms_pdfs_print_them_are_recognised() -> None:
    for footer in (
        "Page 1 of 2",
        "BCW Brief 9/2024                  Page 1 of 2",
        "MAA Brief 6/2025    page 1",
        "ECMO Bulletin 2025/11 - page 1/2",
        "PSI Issue Brief No. 31               1 | 2",
        "   - 1 -",
    ):
        text = MINUTES.replace("                                  - 3 -", footer)
        assert one_claim(text, 200)["claimant"].startswith("Andrii Kovalenko"), footer


def test_a_rule_without_a_page_break_after_it_is_left_alone() -> None:
    # (negative) an e-mail's signature rule, or the last page's notes: nothing moves
    lines = ["The NIS said about 300 had been killed.", "_______________", "1 Yonhap, 13 January 2025."]
    assert _lift_page_furniture(lines) == lines


def test_prose_ending_with_a_page_number_is_no_page_mark() -> None:
    # (negative) "… on page" / "4 …" in wrapped prose is no footer: the run is not lifted
    lines = [
        "The ministry's report says, in a footnote on page",
        "_____",
        "4 of the annex, that about 300 had been killed.",
    ]
    assert _lift_page_furniture(lines) == lines


# ------------------------------------------------- the body named before, and the report it recalled
BRIEFING = (
    "SEOUL, Dec 19 (Wire) - The NIS reported to lawmakers on Thursday that North Korean troops had "
    "begun taking part in combat this month. Of the soldiers deployed, at least 100 had been killed "
    "in the fighting, and the number of wounded was approaching 1,000. The Service recalled its "
    "report to the committee of 20 November, that more than 11,000 North Korean soldiers had been "
    "deployed to Kursk."
)


def test_the_past_perfect_goes_on_with_the_report_the_sentence_before_began() -> None:
    nis = "National Intelligence Service (South Korea)"
    assert one_claim(BRIEFING, 100)["claimant"] == nis
    wounded = [c for c in extract(BRIEFING).claims if c["value_high"] == 1000]
    assert [(c["claimant"], c["metric"], c["qualifier"]) for c in wounded] == [(nis, "wounded", "nearly")]


def test_a_writers_own_narrative_is_no_ones_claim() -> None:
    # (negative) "were killed" is the writer's past, not the report's backshifted tense
    text = (
        BRIEFING.split(" Of the soldiers")[0]
        + " At least 100 were killed in a village nearby, residents say."
    )
    assert not any(
        c["value_low"] == 100 and c["claimant"].startswith("National") for c in extract(text).claims
    )


def test_the_service_with_a_capital_is_the_body_named_before() -> None:
    claim = one_claim(BRIEFING, 11000)
    assert claim["claimant"] == "National Intelligence Service (South Korea)"
    assert (claim["stated_on"], claim["stated_on_precision"]) == ("2024-11-20", "day")


def test_a_name_that_begins_the_ministry_is_still_a_name() -> None:
    # (negative) "the Ministry of Defence" is a body's name, not the defined term
    text = "MOSCOW, Dec 19 (Wire) - The Ministry of Defence said on Thursday that about 300 Ukrainian soldiers were killed."
    assert one_claim(text, 300)["claimant"] != "Ministry"


def test_recalled_that_is_background_not_the_speakers_own_word() -> None:
    # (negative) "Shoigu recalled that Gerasimov reported …": the figure is the nested speaker's
    text = (
        "MOSCOW, June 17 (Wire) - Shoigu recalled that on 26 April Valery Gerasimov had reported "
        "that more than 76,000 Ukrainian soldiers had been killed or wounded in the Kursk region."
    )
    assert one_claim(text, 76000)["claimant"] == "Valery Gerasimov"


# ------------------------------------------------- two speakers joined by ", and"
def test_a_group_named_by_its_adjective_after_and_has_a_clause_of_its_own() -> None:
    text = (
        "LONDON, Jan 24 (Wire) - In an interview in early January, President Volodymyr Zelenskyy put "
        "North Korean losses in Kursk at 3,800 killed or injured, and Western officials briefing the BBC "
        "on 22 January said about 1,000 North Korean soldiers were believed to have been killed there."
    )
    assert one_claim(text, 3800)["claimant"] == "Volodymyr Zelenskyy"
    claim = one_claim(text, 1000)
    assert (claim["claimant"], claim["stated_on"]) == ("Western officials", "2025-01-22")


def test_a_second_that_clause_with_its_own_speaker() -> None:
    text = (
        "SEOUL, Dec 19 (Wire) - The director said that a senior US defence official had spoken earlier "
        'this month of "several hundred" North Korean soldiers killed or wounded in Kursk, and that '
        "Andrii Kovalenko of the Center for Countering Disinformation had said the previous day that "
        "North Korean losses had already exceeded 200 troops."
    )
    over = [c for c in extract(text).claims if c["qualifier"] == "over"]
    assert [(c["claimant"], c["value_low"]) for c in over] == [
        ("Andrii Kovalenko (Center for Countering Disinformation)", 200)
    ]
    hundreds = [c for c in extract(text).claims if c["value_high"] == 999]
    assert [c["claimant"] for c in hundreds] == ["US Department of Defense (senior official)"]


def test_about_n_of_them_is_told_by_whoever_counted_the_whole() -> None:
    text = (
        "LONDON, Feb 6 (Wire) - Western officials briefing the BBC on 22 January put North Korean "
        "casualties in Kursk at about 4,000. About 1,000 of them were believed to have been killed."
    )
    claim = one_claim(text, 1000)
    assert (claim["claimant"], claim["metric"]) == ("Western officials", "killed")


# ------------------------------------------------- captured soldiers told of, and counted
def test_one_of_the_two_captured_is_no_count_of_one() -> None:
    text = (
        "SEOUL, Feb. 20 (Wire) -- One of the two North Korean soldiers captured by Ukrainian forces in "
        "Russia's Kursk region has expressed a wish to come to South Korea, the NIS said Wednesday."
    )
    assert not [c for c in extract(text).claims if c["value_low"] == 1]


def test_the_two_captured_on_a_day_is_the_speakers_count_when_none_came_before() -> None:
    text = "SEOUL, Feb. 20 (Wire) -- The two were captured on Jan. 9, the NIS said last month."
    claim = one_claim(text, 2)
    assert (claim["claimant"], claim["metric"]) == ("National Intelligence Service (South Korea)", "captured")


def test_the_two_already_counted_are_not_counted_again() -> None:
    # (negative) Zelenskyy counted them first: the NIS's "the two" points back
    text = (
        "SEOUL, Feb. 20 (Wire) -- Zelenskyy said on Jan. 11 that Ukraine had captured two North Korean "
        "soldiers. The two were captured on Jan. 9, the NIS said."
    )
    assert [(c["claimant"], c["metric"]) for c in extract(text).claims if c["value_low"] == 2] == [
        ("Volodymyr Zelenskyy", "captured")
    ]


def test_both_wounded_in_apposition_is_no_count_of_wounded() -> None:
    text = (
        "SEOUL, Jan 12 (Wire) - Zelenskyy wrote on Saturday that the two men, both wounded, had been "
        "taken to Kyiv and were communicating with the SBU."
    )
    assert not [c for c in extract(text).claims if c["metric"] == "wounded"]


def test_both_wounded_when_the_clause_tells_the_capture_still_counts_it() -> None:
    # (negative) "had been captured": the NIS's count of the captured, as before
    text = (
        "SEOUL, Jan 12 (Wire) - The NIS confirmed on Sunday that the two soldiers, both wounded, had "
        "been captured on 9 January in the Kursk region."
    )
    assert _values(text) == [("National Intelligence Service (South Korea)", "captured", 2)]
