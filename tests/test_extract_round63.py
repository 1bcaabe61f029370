"""Round 63 (session 34): answers from AI assistants and search-engine summaries (set 208, scored
blind by the starting rules: numeric F1 0.867, then read). Set 209 (news read on phones) was
scored and never read.

The texts are invented for each behaviour, not copied from any report; negatives guard what must
not change. Tests share no state (xdist-safe).
"""

from __future__ import annotations

from tests.helpers import numeric_claims

ANSWER = (
    "Orrery Assistant | Answer\nAnswer dated 15 Jan 2025, 16:30\n\nQuestion: Put the figures side by side.\n\n"
    "Summary: The figures below come from several sources, and none of them has been independently verified.\n\n"
)


def _claims(text: str) -> list[tuple[object, ...]]:
    """(claimant, low figure, high figure, stated_on) of each figure extracted from `text`."""
    return sorted(
        (c["claimant"], c["value_low"], c["value_high"], c["stated_on"]) for c in numeric_claims(text)
    )


def test_a_list_item_stating_a_figure_under_a_speakers_label_is_read_without_a_full_stop() -> None:
    body = (
        "North Korean losses in Kursk\n"
        "* South Korea's NIS: about 300 killed so far (parliamentary briefing, 13 Jan 2025) [1]\n"
        "* Volodymyr Zelenskyy: 3,800 North Korean soldiers killed or injured (interview, 5 Jan 2025)\n"
    )
    found = {(c, lo) for c, lo, _hi, _day in _claims(ANSWER + body)}
    assert found == {("National Intelligence Service (South Korea)", 300), ("Volodymyr Zelenskyy", 3800)}


def test_headlines_in_a_list_of_links_stay_headlines() -> None:
    story = (
        "Capitol Courier\nNorth Korean troops suffer 1,000 casualties in a week, White House says\n"
        "By Ann Lee | December 27, 2024\n\n"
        "John Kirby, the White House national security spokesman, said on Friday that North Korean "
        "troops had suffered about 1,000 casualties in one week.\n\n"
    )
    # (QA pass 33: "Read next", "Top stories", "Related:" and "Read more:", page furniture, were read)
    for heading in (
        "More from World",
        "READ ALSO",
        "From the archive",
        "Related news",
        "Read next",
        "Top stories",
        "Related:",
        "Read more:",
        "Editor's picks",
        "You may also like",
    ):
        links = (
            f"{heading}\n"
            "- Zelenskyy: over 3,000 North Koreans killed or wounded in Kursk (Dec. 23)\n"
            "- Seoul's spy agency: at least 100 North Korean soldiers dead in Kursk (Dec. 19)\n"
            "- Kremlin: reports of 12,000 North Korean troops in Kursk are 'another lie'\n"
        )
        claimants = {c for c, *_ in _claims(story + links)}
        assert claimants == {"John Kirby (White House National Security Council)"}, heading
    # a label that is no speaker ("Same report:") is no list item read as a claim either
    assert _claims(ANSWER + "* Same report: more than 76,000 Ukrainian servicemen killed and wounded\n") == []


def test_a_sources_list_dates_the_page_not_the_day_the_sentence_says_the_claim_was_made() -> None:
    """An AI answer's sources list gives each page's date, often the day after the statement."""
    text = (
        "Lodestar | Research mode | Tue 17 Dec 2024, 08:52\n\n"
        "Answer\n"
        "Ukraine's military intelligence (HUR) said on Telegram on Saturday, 14 December, that an "
        "estimated 200 soldiers of Russian and North Korean units had been killed [1]. Yesterday HUR "
        "said that at least 30 North Korean soldiers were killed or wounded near Plekhovo [2]. The "
        "Pentagon's Pat Ryder said that between 11,000 and 12,000 North Korean soldiers were in "
        "Russia [3].\n\n"
        "Sources\n"
        "[1] Kyiv Independent, 15 Dec 2024\n"
        "[2] Anadolu Agency, 16 Dec 2024\n"
        "[3] Korea Herald, 5 Nov 2024\n"
    )
    days = {lo: day for _c, lo, _hi, day in _claims(text)}
    # the sentence's own day; "yesterday" from the page's date; else the cited page's day
    assert days == {200: "2024-12-14", 30: "2024-12-16", 11000: "2024-11-05"}


def test_a_list_items_head_dates_the_claim_in_it() -> None:
    text = (
        "Halyard Assistant\nConversation exported 08/11/2024 10:14 CET\n\n"
        "North Korean troops are reportedly in Russia in large numbers [1]-[2]:\n\n"
        "- Pentagon, Monday 4 Nov. Press secretary Pat Ryder told a press briefing that the total in "
        "Russia was between 11,000 and 12,000 [1].\n\n"
        "Sources:\n[1] Korea Herald, 5 Nov 2024\n"
    )
    assert [day for *_, day in _claims(text)] == ["2024-11-04"]


def test_a_paper_whose_reference_entry_names_the_statements_day_is_dated_by_it_as_before() -> None:
    text = (
        "Working Paper 12\nMarch 2025\n\n"
        "Ukraine's Defense Intelligence (HUR) said that at least 30 North Korean soldiers had been killed "
        "or wounded in the Kursk region [7].\n\n"
        "References\n[7] Defense Intelligence of Ukraine (HUR), Telegram post, 16 December 2024.\n"
    )
    assert [day for *_, day in _claims(text)] == ["2024-12-16"]


def test_a_bodys_estimate_said_to_be_a_figure_is_that_bodys_claim_on_the_day_given() -> None:
    text = (
        "Korea Desk\nSeptember 4, 2025\n\n"
        "On Tuesday, the National Intelligence Service told a parliamentary briefing that around 2,000 "
        "North Korean soldiers had been killed in the Kursk fighting. The NIS's previous estimate, given "
        "in April, was about 600 dead.\n"
    )
    found = {
        (c["claimant"], c["value_low"], c["stated_on"], c["stated_on_precision"])
        for c in numeric_claims(text)
    }
    assert ("National Intelligence Service (South Korea)", 600, "2025-04-01", "month") in found
    quotes = [c["quote"] for c in numeric_claims(text) if c["value_low"] == 600]
    assert quotes == ["The NIS's previous estimate, given in April, was about 600 dead."]  # as printed
    # told by someone else, the estimate is the speaker's relay: the speaker keeps it
    told = (
        "Korea Desk\nMarch 29, 2025\n\n"
        "Ukraine's military intelligence chief, Kyrylo Budanov, told a visiting South Korean lawmaker "
        "last month that Kyiv's estimate was about 4,000 North Korean casualties.\n"
    )
    assert [c["claimant"] for c in numeric_claims(told)] == ["Kyrylo Budanov (HUR)"]


def test_a_day_written_with_its_ordinal_is_the_sentences_own_day() -> None:
    """(QA pass 33) "said on December 16th" still took the cited page's day (17 December)."""
    text = (
        "Orrery Assistant | Answer\nAnswer dated 18 Dec 2024, 10:00\n\nAnswer\n"
        "Ukraine's military intelligence (HUR) said on December 16th that at least 30 North Korean "
        "soldiers were killed or wounded near Plekhovo [1].\n\nSources\n[1] CNN, 17 Dec 2024\n"
    )
    assert [day for *_, day in _claims(text)] == ["2024-12-16"]
