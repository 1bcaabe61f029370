"""New actors and outlets are suggested or created; responses and events are saved, appended."""

from __future__ import annotations

import csv
import shutil
from pathlib import Path

import pytest

from etl.core.report import BuildReport, FileResult
from etl.extract import extract
from etl.extract.registry import (
    NEW_OUTLET,
    RegistryError,
    append_actor,
    outlet_status,
    save_events,
    save_responses,
    suggest_actors,
    suggest_outlets,
)
from etl.extract.save import save_accepted
from tests.helpers import build_in_memory

ROOT = Path(__file__).resolve().parents[1]
KBS = ROOT / "tests" / "reports" / "dev" / "kbs-2025-04-30-nis-600-killed.txt"


@pytest.fixture
def data(tmp_path: Path) -> Path:
    d = tmp_path / "data"
    # The curated files: the registry writes them; the bundled sources/ only slow the builds.
    shutil.copytree(ROOT / "data", d, ignore=shutil.ignore_patterns("*.duckdb*", ".versions", "sources"))
    return d


def _curated(report: BuildReport) -> list[FileResult]:
    """The build's results for the curated data/*.csv files (the bundled UCDP snapshot keeps
    13 rows in quarantine for breaking low <= best <= high, whatever the review saved)."""
    return [f for f in report.files if f.source == "curated"]


def _rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ("Ukraine's Defence Intelligence agency", "Defense Intelligence of Ukraine (HUR)"),
        ("President Volodymyr Zelenskyi", "Volodymyr Zelenskyy"),
        ("South Korean spy agency", "National Intelligence Service (South Korea)"),
        ("Russian Defence Ministry spokesman", "Russian Ministry of Defense"),
    ],
)
def test_close_existing_actors_are_suggested_first(data: Path, written: str, expected: str) -> None:
    got = suggest_actors(written, data)
    assert got and got[0].name == expected, got


def test_an_actor_of_another_side_ranks_below_a_same_side_one(data: Path) -> None:
    got = suggest_actors("Estonian Ministry of Defense", data, side="Other")
    assert all(s.score < 0.9 for s in got), got  # never preselected as the same actor
    ukr = next(s for s in got if s.name == "Ministry of Defence of Ukraine")
    plain = next(
        s
        for s in suggest_actors("Estonian Ministry of Defense", data)
        if s.name == "Ministry of Defence of Ukraine"
    )
    assert ukr.score < plain.score


def test_an_unrelated_name_gets_no_confident_suggestion(data: Path) -> None:
    assert all(s.score < 0.7 for s in suggest_actors("Greenpeace", data))


def test_new_actor_is_appended_and_existing_rows_stay_byte_identical(data: Path) -> None:
    before = (data / "actors.csv").read_bytes()
    append_actor(
        data,
        "Estonian Ministry of Defence",
        "Other",
        "state_body",
        aliases="Estonian Ministry of Defense;Estonian Defence Intelligence",
    )
    after = (data / "actors.csv").read_bytes()
    assert after.startswith(before) and after.count(b"\n") == before.count(b"\n") + 1
    row = _rows(data / "actors.csv")[-1]
    assert row == {
        "name": "Estonian Ministry of Defence",
        "kind": "state_body",
        "side": "Other",
        "aliases": "Estonian Ministry of Defense;Estonian Defence Intelligence",
        "parent": "",
    }
    # The extractor and the suggestions now know it (the reference reloads on change).
    assert suggest_actors("Estonian Ministry of Defense", data)[0].score == 1.0
    _con, report = build_in_memory(data)
    assert report.counts.get("actors", 0) >= 1 and not any(f.rows_quarantined for f in _curated(report))


@pytest.mark.parametrize(
    ("kwargs", "needle"),
    [
        ({"name": "HUR", "side": "Ukraine", "kind": "intelligence"}, "already an actor"),
        ({"name": "X", "side": "Mars", "kind": "group"}, "field side 'Mars'"),
        ({"name": "X", "side": "Other", "kind": "planet"}, "field kind 'planet'"),
        ({"name": " ", "side": "Other", "kind": "group"}, "field name is empty"),
        ({"name": "X", "side": "Other", "kind": "group", "parent": "Nobody"}, "field parent"),
    ],
)
def test_a_bad_new_actor_is_refused_and_nothing_is_written(
    data: Path, kwargs: dict[str, str], needle: str
) -> None:
    before = (data / "actors.csv").read_bytes()
    with pytest.raises(RegistryError, match=needle):
        append_actor(data, **kwargs)
    assert (data / "actors.csv").read_bytes() == before


def test_outlets_on_record_and_new_outlets(data: Path) -> None:
    assert outlet_status("Reuters", data) == ""
    assert outlet_status("Famagusta Gazette", data) == ""  # from documents.csv
    assert outlet_status("Daily Blah Ledger", data) == NEW_OUTLET
    assert "Yonhap" in suggest_outlets("Yonhap news agency", data)[0].name
    assert "Kyiv Independent" in suggest_outlets("Kyiv Independant", data)[0].name


def test_a_name_outlets_csv_maps_is_no_new_outlet_and_leads_to_its_outlet(data: Path) -> None:
    """(QA pass 27) The review page asked whether "Reuters News" was a new outlet, though
    outlets.csv already counts it as Reuters; its close spellings now lead to Reuters as well."""
    (data / "outlets.csv").write_text("name,outlet,notes\nMeoryBook,Memory Book,a misspelling\n")
    assert outlet_status("meorybook", data) == ""
    assert outlet_status("Memory Book", data) == ""  # the outlet it means is on record too
    assert suggest_outlets("MeoryBok", data)[0].name == "Memory Book"
    assert outlet_status("Daily Blah Ledger", data) == NEW_OUTLET
    # (QA pass 29) an outlet outlets.csv writes in another case is offered once
    (data / "outlets.csv").write_text("name,outlet\nreuters.com,reuters\n")
    assert [s.name.lower() for s in suggest_outlets("Reuters Newz", data)].count("reuters") == 1


def test_responses_and_events_are_saved_linked_and_not_twice(data: Path) -> None:
    e = extract(KBS.read_text(encoding="utf-8"))
    doc = {**e.document, "url": "https://example.org/kbs"}
    saved = save_accepted(data, doc, e.claims)
    assert set(saved.refs) == {c["claim_id"] for c in e.claims}
    before = (data / "responses.csv").read_bytes()
    n = save_responses(data, saved.doc_id, e.responses, saved.refs, "2025-04-30", "day")
    # Russia and DPRK silent on the figures; DPRK's confirmation of the deployment (round 5)
    assert n == len(e.responses) == 3
    assert (data / "responses.csv").read_bytes().startswith(before)
    rows = _rows(data / "responses.csv")[-3:]
    silent = next(r for r in e.responses if r["stance"] == "no_comment")
    wanted = {saved.refs[c] for c in silent["claims"].split(";")}
    assert sorted((r["responder"], r["stance"]) for r in rows) == [
        ("DPRK", "confirmed"),
        ("DPRK", "no_comment"),
        ("Russia", "no_comment"),
    ]
    assert all(
        set(r["claims"].split(";")) == wanted
        and r["documents"] == saved.doc_id
        and r["stated_on"] == "2025-04-30"
        for r in rows
        if r["stance"] == "no_comment"
    )
    assert save_responses(data, saved.doc_id, e.responses, saved.refs, "2025-04-30", "day") == 0
    ev = [
        {
            "title": "North Korea confirms deployment",
            "date_start": "2025-04-28",
            "date_end": "2025-04-28",
            "date_precision": "day",
            "place": "",
            "region": "",
        }
    ]
    assert save_events(data, saved.doc_id, ev, "https://example.org/kbs") == 1
    assert save_events(data, saved.doc_id, ev) == 0
    assert _rows(data / "events.csv")[-1]["kind"] == "deployment"
    _con, report = build_in_memory(data)
    assert not any(f.rows_quarantined for f in _curated(report)), [
        (f.label, f.rows_quarantined) for f in _curated(report)
    ]


def test_a_bad_response_stance_is_one_error_naming_row_and_field(data: Path) -> None:
    with pytest.raises(RegistryError, match="responses row 2: field stance 'maybe'"):
        save_responses(data, "doc", [{"responder": "Russia", "stance": "maybe"}], {})


def test_a_notes_cell_typed_in_the_review_grid_is_saved_with_its_claim_and_response(data: Path) -> None:
    """(QA pass 37 #10) The review grids had no notes column, so a paraphrase or a caveat the
    analyst had for a proposal could not be saved as the note it is (never as a quote)."""
    e = extract(KBS.read_text(encoding="utf-8"))
    doc = {**e.document, "url": "https://example.org/kbs"}
    # (a figure the data folder does not have yet: a known claim gains a report, not a row)
    new = {**e.claims[0], "value_low": 12345, "value_high": 12345, "qualifier": "exact"}
    claims = [{**new, "notes": "checked against the ministry's site"}]
    saved = save_accepted(data, doc, claims)
    claim_rows = [r for r in _rows(data / "claims.csv") if saved.doc_id in r["documents"]]
    assert "checked against the ministry's site" in {r["notes"] for r in claim_rows}
    responses = [{**r, "notes": "paraphrased by the outlet"} for r in e.responses]
    assert save_responses(data, saved.doc_id, responses, saved.refs, "2025-04-30", "day") == len(responses)
    assert {r["notes"] for r in _rows(data / "responses.csv")[-len(responses) :]} == {
        "paraphrased by the outlet"
    }
