"""Round 52 (session 26): revised figures, opinion pieces and table pastes (holdout sets 167-169),
and the leftover "X at the White House said".

The texts are invented for each behaviour, not copied from any report; negatives guard what must
not change. Tests share no state (xdist-safe).
"""

from __future__ import annotations

from etl.extract import extract
from tests.helpers import one_claim

KIRBY = (
    "WASHINGTON, Dec 17 (Wire) - National security spokesman John Kirby at the White House said on "
    "Monday that about 10,000 North Korean troops are now in Russia's Kursk region."
)
PANEL = (
    "NIGHT DESK - panel\n"
    "Tuesday 17 December 2024 | 22:05 KST\n"
    "Machine transcript. Not checked against broadcast.\n\n"
    "HOST (JANE ROE): welcome back. two numbers tonight. first national security spokesman John Kirby "
    "at the White House said on Monday that about 10,000 North Korean troops are now in Russia's Kursk "
    "region. we asked Moscow and heard nothing back. that is where it stands.\n\n"
    "ROE: Tom Lee is with us. what do you make of it.\n"
)


def test_a_person_at_a_body_the_actors_file_does_not_know_is_the_speaker() -> None:
    # "at the White House" says where Kirby spoke; "White House" alone is no actor of the file and
    # used to be proposed as a new claimant in place of the person
    for text in (KIRBY, PANEL):
        claim = one_claim(text, 10000)
        assert claim["claimant"] == "John Kirby (White House National Security Council)"
        assert (claim["qualifier"], claim["stated_on"]) == ("about", "2024-12-16")


def test_a_person_speaking_at_a_forum_is_still_the_speaker() -> None:
    text = KIRBY.replace("at the White House said", "speaking at the Aspen Security Forum said")
    assert one_claim(text, 10000)["claimant"] == "John Kirby (White House National Security Council)"


def test_people_at_an_institute_are_still_the_institutes() -> None:
    # (negative) no known person before "at the": the body the people belong to speaks
    text = (
        "LONDON, Dec 17 (Wire) - Analysts at the Royal United Services Institute said on Monday that "
        "about 10,000 North Korean troops are now in Russia's Kursk region."
    )
    assert one_claim(text, 10000)["claimant"] == "Royal United Services Institute"


QA = (
    "Q&A: the prisoners taken in Kursk\n\n"
    "Harbour Courier | World\n"
    "Jan. 15, 2025\n\n"
    "Kyiv says it holds two North Korean soldiers. Here is what is known.\n\n"
    "Who announced the capture?\n\n"
    "President Volodymyr Zelenskyy, in a post on social media on Saturday. He said Ukrainian troops had "
    "captured two North Korean soldiers in Russia's Kursk region, that both were wounded and that both "
    "were being questioned in Kyiv.\n\n"
    "Did anyone confirm it?\n\n"
    "South Korea's National Intelligence Service (NIS) confirmed it on Sunday, saying that the two were "
    "captured on Jan. 9 and that it had worked with Ukraine's SBU security service.\n"
)


def test_a_question_heading_names_nobody_and_the_answer_names_the_speaker() -> None:
    # "Who announced the capture?" used to make "Who" a new claimant, and "He said" went to it
    claims = [c for c in extract(QA).claims if c["claimant"] == "Volodymyr Zelenskyy"]
    assert [(c["metric"], c["value_low"], c["stated_on"]) for c in claims] == [("captured", 2, "2025-01-11")]
    assert all(c["claimant"] != "Who" for c in extract(QA).claims)


def test_the_two_captured_are_the_people_told_of_before_not_the_speakers_country() -> None:
    # "South Korea's NIS …, saying that the two were captured": North Koreans, not South Korean
    # forces (South Korea's name is part of the speaker's; Ukraine's SBU, later, is no captive)
    nis = [c for c in extract(QA).claims if c["claimant"] == "National Intelligence Service (South Korea)"]
    assert [(c["metric"], c["value_low"], c["subject"]) for c in nis] == [("captured", 2, "DPRK forces")]


def test_a_speakers_country_is_no_subject_but_a_named_nationality_still_is() -> None:
    # (negative) the people named after the figure still say whose they are
    text = QA.replace("that the two were captured", "that two Russian soldiers were captured")
    nis = [c for c in extract(text).claims if c["claimant"] == "National Intelligence Service (South Korea)"]
    assert [(c["value_low"], c["subject"]) for c in nis] == [(2, "Russian forces")]


# --- Tracker tables pasted as text (round 52, holdout 169) -----------------------------------

PIPES = (
    "RIVERWATCH OSINT | grid export | week 45\n"
    "Exported 8 Nov 2024\n\n"
    "North Korean troops in Russia: who said how many\n\n"
    "| # | date said | claimant | channel | figure | where | source |\n"
    "|---|---|---|---|---|---|---|\n"
    "| 1 | 2024-10-28 | Sabrina Singh (Pentagon) | press briefing | around 10,000 | eastern Russia (training) | AP |\n"
    "| 2 | 2024-10-31 | Antony Blinken | press conference | as many as 8,000 | Kursk region | Yonhap |\n"
    "| 3 | 2024-11-04 | Pat Ryder (Pentagon) | press briefing | 11,000-12,000 | Russia (total) | Korea Herald |\n"
)


def _numeric(text: str) -> list[tuple[object, ...]]:
    return sorted(
        (c["claimant"], c["metric"], c["value_low"], c["value_high"], c["qualifier"], c["stated_on"])
        for c in extract(text).claims
        if c["value_low"] is not None or c["value_high"] is not None
    )


def test_a_pipe_tables_rows_are_each_a_claim_of_the_row_claimant_on_the_rows_day() -> None:
    # the row number, the outlet column and the rule row are no part of the claim; the figure's
    # people come from the table's title ("North Korean troops in Russia")
    assert _numeric(PIPES) == [
        ("Antony Blinken (US State Department)", "troops_deployed", None, 8000, "up_to", "2024-10-31"),
        ("Pat Ryder (US Department of Defense)", "troops_deployed", 11000, 12000, "range", "2024-11-04"),
        ("Sabrina Singh (US Department of Defense)", "troops_deployed", 10000, 10000, "about", "2024-10-28"),
    ]


def test_a_tab_separated_export_under_a_columns_line_is_read_the_same_way() -> None:
    text = (
        "Kursk claims log | export 2025-09-04\n\n"
        "Columns: as of | estimate by | channel | series | value | note\n"
        "2025-04-30\tNIS (via lawmakers)\tparliamentary briefing\tkilled in Kursk\tabout 600\tsuperseded\n"
        "2025-06-17\tSergei Shoigu\tremarks in Pyongyang\tsappers to be sent\tone thousand\tdemining\n"
        "\nNorth Korean losses and deployments, as claimed.\n"
    )
    got = {c["value_low"]: c for c in extract(text).claims}
    assert (got[600]["claimant"], got[600]["metric"], got[600]["stated_on"]) == (
        "National Intelligence Service (South Korea)",
        "killed",
        "2025-04-30",
    )
    assert (got[1000]["claimant"], got[1000]["metric"]) == (
        "Sergei Shoigu (Security Council of Russia)",
        "troops_deployed",
    )


def test_a_row_whose_claim_as_worded_carries_its_figure_is_not_given_the_coded_one_too() -> None:
    text = (
        "Annex B: late-December claims\n\n"
        "No. | Date of statement | Claimant (channel) | Claim, as worded | Coded figure | Window\n"
        "B-1 | 27.12.2024 | John Kirby, NSC spokesman (press briefing) | more than 1,000 North Korean "
        "soldiers killed or wounded in the last week | ~1,000 | 20-27.12.2024\n"
    )
    (claim,) = [c for c in extract(text).claims if c["value_low"] is not None]
    assert (claim["claimant"], claim["value_low"], claim["qualifier"]) == (
        "John Kirby (White House National Security Council)",
        1000,
        "over",
    )


def test_a_table_without_a_figure_column_is_read_as_before() -> None:
    # (negative) a table of statements (who, when, what they said) keeps its own reading
    text = (
        "Statements log\n\n"
        "| date | who | what they said |\n"
        "|---|---|---|\n"
        "| 2024-12-16 | HUR | at least 30 North Korean soldiers were killed or wounded near Plekhovo |\n"
    )
    assert _numeric(text) == [
        ("Defense Intelligence of Ukraine (HUR)", "killed_or_wounded", 30, None, "at_least", "2024-12-16")
    ]


def test_the_secretary_of_a_council_is_its_official_the_report_named_before() -> None:
    # (round 52, holdout 168) no title next to the name: a council has one secretary
    text = (
        "Six thousand more\n\nBy A. Columnist\nWednesday 18 June 2025\n\n"
        "Sergei Shoigu is back in Pyongyang. After talks with Kim Jong Un yesterday, the secretary of "
        "Russia's Security Council told reporters that the North would send one thousand sappers to the "
        "Kursk region."
    )
    claim = one_claim(text, 1000)
    assert (claim["claimant"], claim["metric"], claim["stated_on"]) == (
        "Sergei Shoigu (Security Council of Russia)",
        "troops_deployed",
        "2025-06-17",
    )


def test_the_secretary_of_another_body_is_not_the_official_named_before() -> None:
    # (negative) Shoigu is the Security Council's secretary, not the National Security Council's
    text = (
        "Six thousand more\n\nBy A. Columnist\nWednesday 18 June 2025\n\n"
        "Sergei Shoigu is back in Pyongyang. Yesterday the secretary of Ukraine's National Security and "
        "Defense Council told reporters that the North would send one thousand sappers to the Kursk region."
    )
    assert all(c["claimant"] != "Sergei Shoigu (Security Council of Russia)" for c in extract(text).claims)


def test_a_body_coming_back_with_a_count_gives_it() -> None:
    # (round 52, holdout 168) "went back to parliament with a more conservative count:" is the
    # agency's statement, dated by its "Yesterday"
    text = (
        "The Thursday letter\nTuesday 14 January 2025\n\n"
        "Yesterday the NIS went back to parliament with a more conservative count: about 300 North "
        "Korean soldiers killed in Kursk and about 2,700 wounded."
    )
    got = {c["value_low"]: c for c in extract(text).claims}
    assert (got[300]["claimant"], got[300]["metric"], got[300]["stated_on"]) == (
        "National Intelligence Service (South Korea)",
        "killed",
        "2025-01-13",
    )
    assert got[2700]["metric"] == "wounded"


def test_a_body_that_went_somewhere_with_no_count_says_nothing() -> None:
    # (negative) "went to Pyongyang with a delegation" is no statement
    text = "SEOUL, Jan 14 (Wire) - The NIS went to parliament with a delegation of 30 officials on Monday."
    assert extract(text).claims == []
