"""Round 44 (session 23): tables pasted from PDF reports, their columns set apart by spaces, and
comparison signs before figures.

Each test names a behaviour the round-44 rules add. The texts are invented for each behaviour, not
copied from any report; negatives guard what must not change. Tests share no state (xdist-safe).
"""

from __future__ import annotations

from typing import Any

from etl.extract import extract

HEADER = "Kursk: the latest\n\nSEOUL, 12 December 2024\n\nThe fighting in the Kursk region went on.\n\n"
#: A research note as a PDF's text gives it: wrapped at one width, a page footer, a table.
NOTE = (
    "PARLIAMENTARY RESEARCH OFFICE\n\n"
    "Research Note 24/9                                                       20 December 2024\n\n"
    "North Korean troops in Russia: the estimates so far\n\n"
    "In the weeks since reports first emerged that North Korea had sent soldiers to Russia,\n"
    "official estimates have climbed, and some of those troops are now fighting in the Kursk\n"
    "region, part of which Ukrainian forces have held since August this year, officials say.\n\n"
)


def _claims(body: str, header: str = NOTE) -> list[dict[str, Any]]:
    return extract(header + body + "\n\nThe weather was cold.\n").claims


def _key(c: dict[str, Any]) -> tuple[object, ...]:
    return (c["claimant"], c["metric"], c["subject"], c["value_low"], c["value_high"], c["qualifier"])


TABLE = (
    "Table 1: Official estimates of North Korean troops sent to Russia, October-November 2024\n"
    "Claimant                      Date      Figure              Location\n"
    "Pentagon (Sabrina Singh)      28 Oct    around 10,000       eastern Russia\n"
    "Antony Blinken (State Dept)   31 Oct    as many as 8,000    Kursk region\n"
    "Pentagon (Pat Ryder)          4 Nov     11,000-12,000       Russia\n"
)


def test_a_table_laid_out_with_spaces_gives_each_row_its_claimant_figure_and_day() -> None:
    """Each row is a claim: who (the person in brackets after the Pentagon), the caption's subject,
    the figure with its qualifier, and the row's day (in the note's year)."""
    got = {_key(c): c for c in _claims(TABLE)}
    singh = (
        "Sabrina Singh (US Department of Defense)",
        "troops_deployed",
        "DPRK forces",
        10000,
        10000,
        "about",
    )
    blinken = ("Antony Blinken (US State Department)", "troops_deployed", "DPRK forces", None, 8000, "up_to")
    ryder = ("Pat Ryder (US Department of Defense)", "troops_deployed", "DPRK forces", 11000, 12000, "range")
    assert {singh, blinken, ryder} <= set(got)
    assert got[singh]["stated_on"] == "2024-10-28" and got[singh]["stated_on_precision"] == "day"
    assert got[ryder]["stated_on"] == "2024-11-04"


def test_a_tables_rows_are_never_run_together_by_unwrapping() -> None:
    """The rows of a table in wrapped text stay rows: none runs on into the next, so each row's
    figure keeps its own claimant (Blinken's 8,000 is never the Pentagon's)."""
    got = [_key(c) for c in _claims(TABLE)]
    assert not [k for k in got if k[3:5] == (None, 8000) and "Defense" in str(k[0])]
    assert len([k for k in got if k[1] == "troops_deployed" and (k[3] or k[4])]) == 3


def test_a_qualifier_column_and_a_channel_column_are_read_with_the_figure() -> None:
    got = _claims(
        "Table 2: Estimates of North Korean casualties in Kursk, February-March 2025\n"
        "Claimant                   Date        Casualties    Qualifier    Channel\n"
        "JCS (South Korea)          27 Mar      4,000         about        statement\n"
        "UK Defence Intelligence    28 Mar      5,000         more than    X update\n"
    )
    keys = [_key(c) for c in got]
    assert (
        "Joint Chiefs of Staff (South Korea)",
        "killed_or_wounded",
        "DPRK forces",
        4000,
        4000,
        "about",
    ) in keys
    assert (
        "UK Ministry of Defence (Defence Intelligence)",
        "killed_or_wounded",
        "DPRK forces",
        5000,
        None,
        "over",
    ) in keys


def test_columns_named_by_what_they_count_give_one_claim_each_and_a_dash_gives_none() -> None:
    got = _claims(
        "Table 3: Estimates of North Korean losses in Kursk, 2025\n"
        "Claimant                  Date          Killed      Killed or wounded     Source\n"
        "NIS                       30 Apr 2025   ~600        -                     KBS\n"
        "UK Defence Intelligence   15 Jun 2025   -           >6,000                Dong-A Ilbo\n",
    )
    keys = [_key(c) for c in got]
    assert ("National Intelligence Service (South Korea)", "killed", "DPRK forces", 600, 600, "about") in keys
    assert (
        "UK Ministry of Defence (Defence Intelligence)",
        "killed_or_wounded",
        "DPRK forces",
        6000,
        None,
        "over",
    ) in keys
    assert not [k for k in keys if k[0].startswith("UK") and k[1] == "killed"]  # its Killed cell is a dash


def test_a_comparison_sign_before_a_figure_is_a_bound_never_exact() -> None:
    """ ">=100" is at least 100, ">200" over 200, "<1,000" and "≤1,000" up to 1,000: a bound, as the
    words would be."""
    for text, bounds in (
        (
            "The NIS said on Tuesday that >=100 North Korean soldiers had been killed.",
            (100, None, "at_least"),
        ),
        ("The NIS said on Tuesday that ≥100 North Korean soldiers had been killed.", (100, None, "at_least")),
        ("Kovalenko said on Tuesday that >200 North Korean soldiers had been killed.", (200, None, "over")),
        (
            "The NIS said on Tuesday that <1,000 North Korean soldiers had been wounded.",
            (None, 1000, "up_to"),
        ),
        (
            "The NIS said on Tuesday that ≤1,000 North Korean soldiers had been wounded.",
            (None, 1000, "up_to"),
        ),
    ):
        got = _claims(text, HEADER)
        assert [_key(c)[3:] for c in got] == [bounds], text


def test_a_figure_without_a_sign_stays_exact() -> None:
    """Negative: the signs change nothing else ("100" exact; "-" in a range is no sign)."""
    got = _claims("The NIS said on Tuesday that 100 North Korean soldiers had been killed.", HEADER)
    assert [_key(c)[3:] for c in got] == [(100, 100, "exact")]


def test_prose_with_wide_spaces_and_no_table_heading_is_unwrapped_as_before() -> None:
    """Negative: lines with wide gaps but no heading of who and a figure ("Source: TASS   Share this")
    are no table; wrapped prose around them still runs on into one sentence."""
    body = (
        "Speaking on Thursday, Ukrainian President Volodymyr Zelenskyy said that 11,000 North Korean\n"
        "soldiers were now in the Kursk region.   Source: AFP   Share this moment\n"
    )
    got = [_key(c) for c in _claims(body)]
    assert ("Volodymyr Zelenskyy", "troops_deployed", "DPRK forces", 11000, 11000, "exact") in got


# ------------------------------------------------------------------------------ posts pasted from Telegram
POSTS = "Kursk Watch | Telegram\n\n📍 13.01.2025 12:40 · 👁 39.6K\n"


def test_a_title_abbreviated_with_a_stop_does_not_end_the_speaker_before_a_colon() -> None:
    """ "NIS briefing to lawmakers, via Rep. Lee Seong-kweun: about 300 …": the speaker before the
    colon runs past "Rep." (a title's stop), so the figures are the NIS's."""
    got = _claims(
        "NIS briefing to lawmakers this morning, via Rep. Lee Seong-kweun: about 300 North Korean soldiers "
        "killed in the Kursk fighting so far, and about 2,700 wounded.",
        HEADER,
    )
    keys = [_key(c) for c in got]
    assert ("National Intelligence Service (South Korea)", "killed", "DPRK forces", 300, 300, "about") in keys
    assert (
        "National Intelligence Service (South Korea)",
        "wounded",
        "DPRK forces",
        2700,
        2700,
        "about",
    ) in keys


def test_he_told_reporters_then_a_quotation_is_the_person_the_paragraph_is_about() -> None:
    """ "Shoigu is in Pyongyang again. After the talks with Kim Jong Un he told reporters:" and the
    quotation on its own line: Shoigu's figures (the first person the paragraph names)."""
    got = _claims(
        "Shoigu is in Pyongyang again, his second visit in two weeks. After the talks with Kim Jong Un he "
        'told reporters:\n\n"Kim Jong Un has decided to send one thousand sappers to Russia to demine Russian '
        'territory, as well as five thousand military builders to restore destroyed infrastructure."\n',
        HEADER,
    )
    keys = [_key(c) for c in got]
    for n in (1000, 5000):
        assert (
            "Sergei Shoigu (Security Council of Russia)",
            "troops_deployed",
            "DPRK forces",
            n,
            n,
            "exact",
        ) in keys


def test_the_same_post_continues_the_body_the_sentence_before_named() -> None:
    """ "The General Staff …, on Facebook, denied that … The same post puts the total losses … at
    more than 4,500": the General Staff's figure ("The post puts" already was)."""
    for subject in ("The same post puts", "The post puts"):
        got = _claims(
            "The General Staff of the Armed Forces of Ukraine, on Facebook, denied that the Kursk operation is "
            f"over. {subject} the total losses of the North Korean army on the Kursk front at more than 4,500 "
            "killed and wounded.",
            HEADER,
        )
        assert (
            "General Staff of the Armed Forces of Ukraine",
            "killed_or_wounded",
            "DPRK forces",
            4500,
            None,
            "over",
        ) in [_key(c) for c in got], subject


def test_a_tables_figure_cell_of_a_sign_and_a_number_gets_the_captions_subject() -> None:
    """(QA 7) ">=100", ">3,000", "~600", "<1,000" alone in a figure cell: a bound of what the caption
    counts (they gave no claim at all)."""
    got = _claims(
        "Table 1: Public estimates of North Korean casualties in Kursk, December 2024\n"
        "Claimant                    Date          Figure      Location\n"
        "HUR                         16 Dec        >=100       Plekhovo\n"
        "Zelenskyy                   23 Dec        >3,000      Kursk Oblast\n"
        "NIS                         19 Dec        ~600        Kursk Oblast\n"
    )
    keys = [_key(c) for c in got]
    assert (
        "Defense Intelligence of Ukraine (HUR)",
        "killed_or_wounded",
        "DPRK forces",
        100,
        None,
        "at_least",
    ) in keys
    assert ("Volodymyr Zelenskyy", "killed_or_wounded", "DPRK forces", 3000, None, "over") in keys
    assert (
        "National Intelligence Service (South Korea)",
        "killed_or_wounded",
        "DPRK forces",
        600,
        600,
        "about",
    ) in keys


def test_a_speakers_cell_wrapped_onto_the_next_line_is_joined_never_half_read() -> None:
    """(QA 7) "Defense Intelligence of" / "Ukraine (HUR)": HUR's figure (it was credited to the UK's
    Defence Intelligence, and the next row was lost)."""
    got = _claims(
        "Table 1: Public estimates of North Korean casualties in Kursk, December 2024\n"
        "Claimant                    Date          Figure      Location\n"
        "Defense Intelligence of     16 Dec        100         Plekhovo\n"
        "Ukraine (HUR)\n"
        "South Korea's National      19 Dec        600         Kursk Oblast\n"
        "Intelligence Service\n"
    )
    claimants = {c["claimant"] for c in got if c["value_low"] in (100, 600)}
    assert claimants == {
        "Defense Intelligence of Ukraine (HUR)",
        "National Intelligence Service (South Korea)",
    }
