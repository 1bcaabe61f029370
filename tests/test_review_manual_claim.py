"""A claim the analyst adds by hand on the review page (one the extractor missed): checked as the
dataset stores claims, with one line naming the field when it is not."""

from __future__ import annotations

import re

import pytest

from etl.extract.review import link_manual_claims, manual_claim

TEXT = (
    "Officials said about 1,100 North Korean troops were killed or wounded, between 10,000 and 12,000 sent."
)


def claim(**over: str) -> dict[str, object]:
    fields = {
        "claimant": "Pentagon",
        "claim_type": "casualties",
        "metric": "killed_or_wounded",
        "subject": "DPRK forces",
        "value_low": "1,100",
        "qualifier": "about",
        "stated_on": "2024-12-27",
        "quote": "about 1,100 North Korean troops were killed or wounded",
    }
    return manual_claim({**fields, **over}, TEXT)


def test_an_estimate_keeps_one_figure_as_both_bounds_and_the_build_id() -> None:
    row = claim()
    assert (row["value_low"], row["value_high"], row["qualifier"], row["basis"]) == (
        1100,
        1100,
        "about",
        "cumulative",
    )
    assert row["claimant"] == "US Department of Defense" and row["claimant_side"] == "United States"
    assert str(row["claim_id"]).startswith("c") and len(str(row["claim_id"])) == 17


@pytest.mark.parametrize(
    ("over", "bounds"),
    [
        ({"qualifier": "at_least", "value_high": "2000"}, (1100, None)),
        ({"qualifier": "up_to", "value_low": "", "value_high": "1,100"}, (None, 1100)),
        ({"qualifier": "range", "value_low": "10,000", "value_high": "12,000"}, (10000, 12000)),
    ],
)
def test_bounds_follow_the_qualifier(over: dict[str, str], bounds: tuple[int | None, int | None]) -> None:
    row = claim(**over)
    assert (row["value_low"], row["value_high"]) == bounds


@pytest.mark.parametrize(
    ("over", "message"),
    [
        ({"quote": "1,100 were killed"}, "quote: not found word for word"),
        ({"value_low": "1.1k"}, "value_low: “1.1k” is not a whole number"),
        (
            {"value_low": "٣٠"},
            "value_low: “٣٠” is not a whole number",
        ),  # (the form spells figures as the grid)
        ({"qualifier": "range", "value_low": "12000", "value_high": "10000"}, "value_low: a range needs"),
        (
            {"qualifier": "up_to", "value_low": "1100", "value_high": ""},
            "value_high: “up_to” is an upper bound",
        ),
        ({"stated_on": "27/12/2024"}, "stated_on: “27/12/2024” is not a date"),
        ({"claimant": ""}, "claimant: required"),
    ],
)
def test_a_claim_the_dataset_would_refuse_is_refused_with_one_line_naming_the_field(
    over: dict[str, str], message: str
) -> None:
    with pytest.raises(ValueError) as err:
        claim(**over)
    assert str(err.value).startswith(message) and "\n" not in str(err.value)


def test_a_claim_without_a_figure_has_no_qualifier_or_basis() -> None:
    row = claim(value_low="", claim_type="deployment", quote="between 10,000 and 12,000 sent")
    assert (row["value_low"], row["value_high"], row["qualifier"], row["basis"]) == (None, None, "", "")


@pytest.mark.parametrize(
    ("over", "message"),
    [
        ({"metric": ""}, "metric: required"),
        ({"metric": "Killed or wounded"}, "metric: “Killed or wounded” must be a lower-case slug"),
        ({"stated_on": "20241219"}, "stated_on: “20241219” is not a date (YYYY-MM-DD)"),
        ({"stated_on": "2024-W51-4"}, "stated_on: “2024-W51-4” is not a date (YYYY-MM-DD)"),
        (
            {"qualifier": "range", "value_low": "100", "value_high": "100"},
            "value_low: a range needs value_low < value_high",
        ),
    ],
)
def test_a_manual_claim_the_build_would_quarantine_is_refused_on_the_form(
    over: dict[str, str], message: str
) -> None:
    """(QA pass 31) These were accepted on the form, saved to data/, then quarantined by the build
    (Python's `date.fromisoformat` takes "20241219" and week dates; the build wants YYYY-MM-DD, a
    range low < high and a metric slug)."""
    with pytest.raises(ValueError, match=re.escape(message)):
        claim(**over)


def test_only_a_response_tied_to_no_claim_takes_the_claims_added_by_hand() -> None:
    """(QA pass 41 #12) A response the extractor tied to its own claims keeps them; one tied to
    none answers the hand-added claims, worded as the reader words `about`; nothing is changed
    in place (the page's proposals are cached)."""
    responses = [
        {"responder": "Russia", "stance": "no_comment", "about": "claims", "claims": ""},
        {"responder": "Kremlin", "stance": "denied", "about": "NIS casualty claims", "claims": "c1"},
    ]
    manual = [
        {
            "claim_id": "m1",
            "claimant": "UK Ministry of Defence (Defence Intelligence)",
            "claim_type": "deployment",
            "stated_on": "2025-03-01",
            "stated_on_precision": "month",
        },
        {
            "claim_id": "m2",
            "claimant": "UK Ministry of Defence (Defence Intelligence)",
            "claim_type": "deployment",
            "stated_on": "2025-03-01",
            "stated_on_precision": "month",
        },
    ]
    before = [dict(r) for r in responses]
    got = link_manual_claims(responses, manual)
    assert [(r["about"], r["claims"]) for r in got] == [
        ("UK Ministry of Defence (Defence Intelligence) deployment claims (March 2025)", "m1;m2"),
        ("NIS casualty claims", "c1"),
    ]
    assert responses == before
    assert link_manual_claims(responses, []) == responses
