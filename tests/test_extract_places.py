"""Places from the gazetteer, and names that repeat across the border resolved by context."""

from __future__ import annotations

from pathlib import Path

import pytest

from etl.extract import extract
from etl.extract.reference import load_reference

DATA = Path(__file__).resolve().parents[1] / "data"


def _report(title: str, body: str) -> str:
    return f"{title}\n\n12:0016/12/2024, Monday\nAA\nFile photo\n\n{body}\n\n#Kursk"


@pytest.fixture(scope="module", autouse=True)
def _needs_gazetteer() -> None:
    ref = load_reference(DATA)
    names = {p.place_id for p in ref.gazetteer.places}
    if not {"vorozhba-kursk", "vorozhba-sumy", "plekhovo"} <= names:
        pytest.skip("data/places.csv lacks the Vorozhba/Plekhovo entries these tests use")


def _place_ids(claim: dict[str, object]) -> set[str]:
    gaz = load_reference(DATA).gazetteer
    out = set()
    for name in str(claim["places"]).split(";"):
        p = gaz.lookup(name, str(claim["region"]))
        assert p is not None, name
        out.add(p.place_id)
    return out


def test_vorozhba_in_a_kursk_report_is_the_kursk_village() -> None:
    e = extract(
        _report(
            "Ukraine claims North Korean losses in Russia's Kursk region",
            "Ukraine's Defense Intelligence said on Monday that at least 30 North Korean soldiers "
            "were killed near the villages of Plekhovo and Vorozhba.",
        )
    )
    [c] = e.claims
    assert c["region"] == "Kursk Oblast"
    assert _place_ids(c) == {"plekhovo", "vorozhba-kursk"}


def test_vorozhba_in_a_sumy_report_is_the_sumy_town() -> None:
    e = extract(
        _report(
            "Russia claims strikes in Sumy region",
            "Russia's Defense Ministry said on Monday that its forces had killed up to 40 "
            "Ukrainian servicemen near Vorozhba in Ukraine's Sumy region.",
        )
    )
    [c] = e.claims
    assert c["region"] == "Sumy Oblast"
    assert _place_ids(c) == {"vorozhba-sumy"}


def test_an_unambiguous_village_sets_the_region_for_an_ambiguous_one() -> None:
    e = extract(
        _report(
            "Fighting continues",
            "Ukraine's Defense Intelligence said on Monday that at least 30 North Korean soldiers "
            "were killed near Plekhovo and Martynovka.",
        )
    )
    [c] = e.claims
    assert c["region"] == "Kursk Oblast"
    assert _place_ids(c) == {"plekhovo", "martynovka-kursk"}


def test_bare_kursk_is_the_region_not_a_place() -> None:
    e = extract(
        _report(
            "Officials speak",
            "In November, Ukrainian officials claimed that over 10,000 North Korean troops were "
            "deployed in Kursk.",
        )
    )
    [c] = e.claims
    assert (c["places"], c["region"]) == ("", "Kursk Oblast")


def test_capitals_used_for_governments_are_not_claim_places() -> None:
    e = extract(
        _report(
            "Kremlin speaks",
            "The Kremlin said on Monday that it had the right to build relations with Pyongyang.",
        )
    )
    [c] = e.claims
    assert (c["metric"], c["subject"], c["places"]) == ("relations", "DPRK", "")
