"""Round 54 (session 27): analysts' chat and e-mail exports (holdout set 173); sets 174 (data
journalism, never read) and 175 (Russian regional news) needed nothing.

The texts are invented for each behaviour, not copied from any report; negatives guard what must
not change. Tests share no state (xdist-safe).
"""

from __future__ import annotations

from etl.extract import extract
from tests.helpers import one_claim

#: An analyst's e-mail forwarding a stringer's note: two header blocks, then the quoted post.
FORWARD = """\
From: Anna Kovac <a.kovac@desk.example>
Sent: Tuesday, 17 December 2024 08:14
To: Intake <intake@desk.example>
Subject: Fwd: HUR numbers

Please log the forward below.

---------- Forwarded message ----------
From: Petro Lys <p.lys@stringers.example>
Date: Mon, 16 Dec 2024 at 13:02
Subject: HUR numbers
To: Anna Kovac <a.kovac@desk.example>

Anna,

HUR's Telegram post from this morning, my translation:

"On 14 and 15 December, at least 30 servicemen of the DPRK army were killed or wounded near the
villages of Plekhovo and Vorozhba in the Kursk region."

Best,
Petro
"""


def test_an_emails_header_fields_are_no_transcript_speakers() -> None:
    # "From:", "To:" and "Subject:" open lines twice each: they were read as a transcript's
    # speakers, "TO" took every paragraph after its line, and the forwarded post had no claim
    claim = one_claim(FORWARD, 30)
    assert claim["claimant"] == "Defense Intelligence of Ukraine (HUR)"
    assert (claim["metric"], claim["qualifier"]) == ("killed_or_wounded", "at_least")


def test_a_transcript_with_named_speakers_still_has_them() -> None:
    # (negative) two voices that open lines twice each remain a conversation's turns
    text = (
        "Ji-won: the NIS told lawmakers about 300 North Korean soldiers were killed.\n"
        "Mark: and the wounded?\n"
        "Ji-won: about 2,700, the NIS said.\n"
        "Mark: thanks.\n"
    )
    assert one_claim(text, 300)["claimant"] == "National Intelligence Service (South Korea)"


def test_a_statement_to_an_outlet_this_morning_is_the_bodys() -> None:
    text = (
        "12.01.2025 10:47 - Dmytro: NIS statement to AFP this morning: Ukraine captured two North Korean "
        'soldiers "on Jan. 9 in the Kursk battlefield", confirmed through real-time cooperation with the SBU.'
    )
    claim = one_claim(text, 2)
    assert (claim["claimant"], claim["metric"]) == ("National Intelligence Service (South Korea)", "captured")


def test_confirmed_with_its_speaker_is_still_a_verb_of_saying() -> None:
    # (negative) "…, the NIS confirmed through a statement": the body before the verb speaks
    text = (
        "SEOUL, Jan 12 (Wire) - Ukraine captured two North Korean soldiers on Jan. 9, the NIS confirmed "
        "through a statement on Sunday."
    )
    assert one_claim(text, 2)["claimant"] == "National Intelligence Service (South Korea)"


def test_a_person_on_two_channels_just_now_labels_the_quote() -> None:
    # (a guard: a chat message's speaker before the colon, however many channels are named)
    text = (
        "11.01.2025 15:12 - Dmytro: Zelenskyy on X and Telegram just now: "
        '"Our military captured two North Korean soldiers in the Kursk region."'
    )
    assert one_claim(text, 2)["claimant"] == "Volodymyr Zelenskyy"


def test_after_someones_report_the_person_named_first_speaks() -> None:
    text = (
        "24.12.2024 09:02 - Lena: Now Zelenskyy, on Telegram, after Syrskyi's report: \"according to "
        'preliminary data", more than 3,000 North Korean soldiers have been killed or wounded in the Kursk region.'
    )
    assert one_claim(text, 3000)["claimant"] == "Volodymyr Zelenskyy"


def test_a_bodys_own_report_before_the_colon_is_still_its_word() -> None:
    # (negative) no "after": Syrskyi's report is Syrskyi's
    text = (
        "24.12.2024 09:02 - Lena: Syrskyi's report on Monday: more than 3,000 North Korean soldiers have "
        "been killed or wounded in the Kursk region."
    )
    assert one_claim(text, 3000)["claimant"] == "Oleksandr Syrskyi"


def test_a_groups_name_as_a_compound_adjective_is_the_group() -> None:
    text = (
        "13.01.2025 16:05 - Dmytro: mbl.is runs the Western-intelligence estimate alongside: 10,000 to "
        "12,000 North Korean soldiers sent to Russia in total."
    )
    claim = one_claim(text, 10000)
    assert (claim["claimant"], claim["value_high"]) == ("Western intelligence agencies", 12000)


def test_another_countrys_defence_intelligence_is_not_the_british_body() -> None:
    """(QA pass 20) "Estonia's defence intelligence chief said …" was proposed as the UK Ministry
    of Defence's Defence Intelligence (the bare words stand for it in British copy), a wrong
    actor the review page did not flag as new."""
    text = (
        "TALLINN, Jan 20 (Wire) - Estonia's defence intelligence chief said on Monday that between "
        "4,000 and 5,000 North Korean soldiers had been killed or wounded in Kursk."
    )
    assert not [c for c in extract(text).claims if c["claimant"].startswith("UK Ministry of Defence")]


def test_britains_and_the_united_kingdoms_defence_intelligence_stay_british() -> None:
    # (negative) the British body by its own country's possessive, and a day's possessive
    for who in (
        "Britain's defence intelligence",
        "the United Kingdom's Defence Intelligence",
        "Sunday's Defence Intelligence update",
    ):
        text = (
            f"LONDON, June 16 (Wire) - {who} said on X that North Korea had suffered more than 6,000 "
            "casualties in Kursk."
        )
        assert one_claim(text, 6000)["claimant"] == "UK Ministry of Defence (Defence Intelligence)", who


def test_a_person_at_a_bodys_briefing_before_the_colon_is_the_speaker() -> None:
    # "Pat Ryder at the Pentagon briefing on Monday: …" was the Pentagon's: the body whose
    # briefing the colon opens, although the person at it is named
    text = (
        "08.11.2024 11:26 - Ruth: Pat Ryder at the Pentagon briefing on Monday: 11,000 to 12,000 North "
        "Korean troops in Russia in total."
    )
    claim = one_claim(text, 11000)
    assert (claim["claimant"], claim["value_high"]) == ("Pat Ryder (US Department of Defense)", 12000)


def test_a_bodys_briefing_with_no_one_at_it_is_still_the_bodys() -> None:
    # (negative) "the Pentagon briefing on Monday: …" with no person before it
    text = (
        "08.11.2024 11:26 - Ruth: From the Pentagon briefing on Monday: 11,000 to 12,000 North Korean "
        "troops in Russia in total."
    )
    assert one_claim(text, 11000)["claimant"] == "US Department of Defense"


def test_an_unnamed_blogger_is_not_whoever_spoke_in_the_sentence_before() -> None:
    """(QA pass 20) "A Russian military blogger claimed …" was given to Ukraine's General Staff,
    named in the sentence before: the wrong party and the wrong side."""
    text = (
        "KYIV, March 3 (Wire) - Ukraine's General Staff said on Sunday that at least 1,200 Russian troops "
        "were killed near Sudzha over the weekend.\n\nA Russian military blogger claimed on Monday that "
        "nearly two thousand Ukrainian soldiers had been captured in Kursk region."
    )
    assert [c["claimant"] for c in extract(text).claims if c["value_high"] == 2000] == []
    assert one_claim(text, 1200)["claimant"] == "General Staff of the Armed Forces of Ukraine"


def test_a_named_blogger_in_apposition_still_speaks() -> None:
    # (negative) the indefinite description with the name after it
    text = (
        "MOSCOW, Dec 13 (Wire) - A Russian military blogger, Vladimir Romanov, claimed that more than 300 "
        "Ukrainian servicemen had been killed in Plekhovo."
    )
    assert one_claim(text, 300)["claimant"] == "Vladimir Romanov (Russian military blogger)"
