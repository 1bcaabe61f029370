"""Sentence-level reading: claimants, subjects, metrics, carry-over, responses."""

from __future__ import annotations

from etl.extract import extract
from etl.extract.numbers import parse_figure


def _report(body: str, title: str = "Headline about Kursk region") -> str:
    return f"{title}\n\n12:0016/12/2024, Monday\nAA\nFile photo\n\n{body}\n\n#Kursk"


def _only(body: str) -> dict[str, object]:
    claims = extract(_report(body)).claims
    assert len(claims) == 1, claims
    return claims[0]


def test_subject_is_whose_forces_not_who_claims() -> None:
    c = _only(
        "Russia's Defense Ministry said on Monday that its forces had killed up to 40 "
        "Ukrainian servicemen in the Kursk region."
    )
    assert (c["claimant"], c["subject"], c["metric"]) == (
        "Russian Ministry of Defense",
        "Ukrainian forces",
        "killed",
    )
    assert (c["value_low"], c["value_high"], c["qualifier"]) == (None, 40, "up_to")


def test_alias_and_channel_are_resolved() -> None:
    c = _only(
        "A statement by Ukraine's Defense Intelligence (HUR) on Telegram claimed that at "
        "least 30 North Korean soldiers were either killed or wounded."
    )
    assert (c["claimant"], c["claimant_side"], c["channel"]) == (
        "Defense Intelligence of Ukraine (HUR)",
        "Ukraine",
        "Telegram",
    )
    assert c["metric"] == "killed_or_wounded"


def test_the_statement_further_claimed_keeps_claimant_date_channel_and_period() -> None:
    e = extract(
        _report(
            "HUR said on Telegram on Monday that at least 30 North Korean soldiers were killed on "
            "Dec. 14 and 15.\n\nThe statement further claimed that three North Korean servicemen "
            "went missing."
        )
    )
    first, second = e.claims
    assert second["claimant"] == first["claimant"]
    assert (second["stated_on"], second["channel"]) == ("2024-12-16", "Telegram")
    assert (second["period_start"], second["period_end"]) == ("2024-12-14", "2024-12-15")
    assert (second["metric"], second["value_low"]) == ("missing", 3)


def test_each_figure_in_a_sentence_gets_its_own_metric() -> None:
    e = extract(
        _report(
            "Ukraine's Special Operations Forces said on Monday that they had "
            "killed 77 North Korean soldiers and wounded 40."
        )
    )
    assert [(c["metric"], c["value_low"]) for c in e.claims] == [("killed", 77), ("wounded", 40)]


def test_captured_troops_deployed_and_missing_are_recognised() -> None:
    e = extract(
        _report(
            "Zelenskyy said on Saturday that Ukrainian forces had captured two North Korean "
            "soldiers.\n\nUS and South Korean officials say more than 10,000 North Korean soldiers "
            "have been sent to Russia."
        )
    )
    assert [(c["metric"], c["claim_type"], c["value_low"]) for c in e.claims] == [
        ("captured", "captured", 2),
        ("troops_deployed", "deployment", 10000),
    ]
    assert e.claims[1]["claimant"] == "US and South Korean officials"


def test_coordinated_claimants_not_in_actors_are_split() -> None:
    e = extract(
        _report(
            "In November, both Ukrainian and Western officials claimed that over "
            "10,000 North Korean troops were deployed in Kursk."
        )
    )
    assert [(c["claimant"], c["claimant_side"]) for c in e.claims] == [
        ("Ukrainian officials", "Ukraine"),
        ("Western officials", "Other"),
    ]
    assert {(c["stated_on"], c["stated_on_precision"]) for c in e.claims} == {("2024-11-01", "month")}


def test_citing_names_the_source_not_the_relay() -> None:
    c = extract(
        _report(
            "About 300 North Korean soldiers have been killed, a South Korean "
            "lawmaker said on Monday, citing the country's National Intelligence "
            "Service."
        )
    ).claims[0]
    assert (c["claimant"], c["stated_on"]) == ("National Intelligence Service (South Korea)", "2024-12-16")


def test_vague_and_share_amounts_are_claims_without_bounds() -> None:
    # "several hundred" is no longer vague: the fact sheet codes it 200-999 (round 7)
    assert parse_figure("a few hundred troops").share  # type: ignore[union-attr]
    c = _only(
        "US officials said on Monday that a few hundred North Korean troops had been killed or wounded."
    )
    assert (c["value_low"], c["value_high"], c["qualifier"], c["basis"]) == (None, None, "", "")


def test_units_weapons_and_durations_are_not_counted() -> None:
    e = extract(
        _report(
            "South Korea's Joint Chiefs of Staff said on Monday that North Korea was preparing to "
            "supply 240 mm rocket launchers and 170 mm guns, and to rotate its troops."
        )
    )
    assert [(c["metric"], c["value_low"]) for c in e.claims] == [("reinforcement", None)]


def test_lead_restating_a_body_figure_is_dropped_but_dates_it() -> None:
    e = extract(
        _report(
            "Ukraine claimed on Monday that its forces inflicted over 30 North Korean casualties."
            "\n\nA statement by HUR claimed that at least 30 North Korean soldiers were killed or "
            "wounded."
        )
    )
    [c] = e.claims
    assert (c["claimant"], c["qualifier"], c["stated_on"]) == (
        "Defense Intelligence of Ukraine (HUR)",
        "at_least",
        "2024-12-16",
    )


def test_silence_and_denial_become_responses_and_set_verification() -> None:
    e = extract(
        _report(
            "Russia's Defense Ministry said on Monday that its troops had recaptured Sudzha.\n\n"
            "Ukraine's General Staff denied that the town had been lost.\n\n"
            "Neither Russian nor North Korean authorities have yet commented."
        )
    )
    assert e.claims[0]["verification"] == "denied"
    assert [(r["responder"], r["stance"]) for r in e.responses] == [
        ("General Staff of the Armed Forces of Ukraine", "denied"),
        ("Russia", "no_comment"),
        ("DPRK", "no_comment"),
    ]


def test_a_denial_reported_before_the_claim_still_answers_it() -> None:
    e = extract(
        _report(
            "Ukraine's military on Monday rejected Moscow's claim that the region had been fully "
            "recaptured.\n\nOn Saturday, Valery Gerasimov said Russian troops had retaken Gornal."
        )
    )
    assert e.claims[0]["verification"] == "denied"
    assert e.responses[0]["responder"] == "Armed Forces of Ukraine"


def test_own_side_admitting_north_korean_troops_is_confirmed() -> None:
    c = _only("North Korea confirmed on Monday that it had sent troops to Russia.")
    assert (c["claimant"], c["metric"], c["subject"], c["verification"]) == (
        "DPRK",
        "troops_deployed",
        "DPRK forces",
        "confirmed",
    )


def test_opinions_have_no_verification_and_relations_no_region() -> None:
    e = extract(
        _report(
            "Russian President Vladimir Putin condemned the incursion as a provocation.\n\n"
            "The Kremlin has asserted its right to build relations with Pyongyang."
        )
    )
    assert [(c["metric"], c["subject"], c["region"], c["verification"]) for c in e.claims] == [
        ("characterization", "Ukrainian forces", "Kursk Oblast", ""),
        ("relations", "DPRK", "", ""),
    ]


def test_lexicon_alias_resolves_when_actors_csv_lacks_it() -> None:
    e = extract(_report("Kim Jong Un's government has not commented."))
    assert [(r["responder"], r["stance"]) for r in e.responses] == [("DPRK", "no_comment")]
