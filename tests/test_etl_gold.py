"""The default dataset against the seed report's gold reading and the fact sheet (../shared)."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

import pytest

from etl.cli import main
from tests.helpers import DEFAULT_DATA_DIR, build_in_memory, query

FLAT_COLUMNS = [
    "claim_id",
    "claimant",
    "claimant_side",
    "channel",
    "stated_on",
    "stated_on_precision",
    "claim_type",
    "metric",
    "subject",
    "value_low",
    "value_high",
    "qualifier",
    "basis",
    "period_start",
    "period_end",
    "places",
    "region",
    "verification",
    "reported_by",
    "source_url",
    "quote",
    "n_reports",
]


def _text(value: object) -> str:
    """A database value as the gold CSV writes it (NULL = empty)."""
    if value is None:
        return ""
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


def _flat(pointer: Path) -> list[dict]:
    rows = query(pointer, f"SELECT {', '.join(FLAT_COLUMNS)} FROM claims_flat")
    return [dict(zip(FLAT_COLUMNS, r, strict=True)) for r in rows]


def _gold_rows(shared: Path) -> list[dict]:
    files = sorted((shared / "gold").glob("*.claims.csv"))
    if not files:
        pytest.skip("no gold claims in shared/gold")
    rows = []
    for f in files:
        with f.open(encoding="utf-8", newline="") as fh:
            rows += [dict(r, _file=f.name) for r in csv.DictReader(fh)]
    return rows


def test_claims_flat_has_exactly_the_documented_columns_in_order(built_default_db):
    with_types = query(built_default_db, "DESCRIBE claims_flat")
    assert [r[0] for r in with_types] == FLAT_COLUMNS


def test_every_gold_claim_of_the_seed_report_is_in_claims_flat(built_default_db, shared_dir):
    flat = [{k: _text(v) for k, v in r.items()} for r in _flat(built_default_db)]
    missing = []
    for gold in _gold_rows(shared_dir):
        columns = [c for c in gold if c != "_file"]
        assert set(columns) <= set(FLAT_COLUMNS), columns
        if not any(all(row[c] == gold[c] for c in columns) for row in flat):
            near = [
                {c: (row[c], gold[c]) for c in columns if row[c] != gold[c]}
                for row in flat
                if row["claimant"] == gold["claimant"] and row["metric"] == gold["metric"]
            ]
            missing.append((gold["_file"], gold["claimant"], gold["metric"], near))
    assert missing == []


def test_the_seed_casualty_claim_keeps_its_lower_bound_period_and_places(built_default_db):
    rows = [
        r
        for r in _flat(built_default_db)
        if r["claimant"] == "Defense Intelligence of Ukraine (HUR)"
        and r["metric"] == "killed_or_wounded"
        and r["stated_on"] == dt.date(2024, 12, 16)
    ]
    assert len(rows) == 1
    (r,) = rows
    assert r["channel"] == "Telegram"
    assert r["claimant_side"] == "Ukraine"
    assert r["stated_on_precision"] == "day"
    assert r["claim_type"] == "casualties"
    assert r["subject"] == "DPRK forces"
    assert r["value_low"] == 30
    assert r["value_high"] is None  # "at least 30": never an invented upper bound
    assert r["qualifier"] == "at_least"
    assert r["basis"] == "period"
    assert (r["period_start"], r["period_end"]) == (dt.date(2024, 12, 14), dt.date(2024, 12, 15))
    assert r["places"] == "Plekhovo;Vorozhba;Martynovka"
    assert r["region"] == "Kursk Oblast"
    assert r["verification"] == "unverified"
    assert r["reported_by"] == "Anadolu Agency (AA)"
    assert r["n_reports"] >= 1
    # Vorozhba and Martynovka are resolved on the Kursk side of the border.
    places = query(
        built_default_db,
        "SELECT cp.place_id FROM claim_places cp WHERE cp.claim_id = ? ORDER BY cp.ord",
        [r["claim_id"]],
    )
    assert [p[0] for p in places] == ["plekhovo", "vorozhba-kursk", "martynovka-kursk"]


def test_the_over_10000_deployment_claims_are_stated_in_november_with_month_precision(built_default_db):
    rows = [
        r
        for r in _flat(built_default_db)
        if r["metric"] == "troops_deployed" and r["stated_on"] == dt.date(2024, 11, 1)
    ]
    assert sorted(r["claimant"] for r in rows) == ["Ukrainian officials", "Western officials"]
    for r in rows:
        assert r["stated_on_precision"] == "month"
        assert r["subject"] == "DPRK forces"
        assert r["claim_type"] == "deployment"
        assert (r["value_low"], r["value_high"], r["qualifier"]) == (10000, None, "over")
        assert r["basis"] == "cumulative"


def test_the_default_dataset_builds_strictly_with_nothing_quarantined(built_default_db, tmp_path):
    assert query(built_default_db, "SELECT count(*) FROM quarantine") == [(0,)]
    assert query(built_default_db, "SELECT sum(rows_quarantined) FROM load_log") == [(0,)]
    pointer = tmp_path / "strict" / "claims.duckdb"
    code = main(["build", "--strict", "--quiet", "--data", str(DEFAULT_DATA_DIR), "--db", str(pointer)])
    assert code == 0
    assert pointer.is_symlink()


#: Fact sheet column -> claims_flat column (the fact sheet calls places "location").
FACT_COLUMNS = {
    "stated_on": "stated_on",
    "stated_on_precision": "stated_on_precision",
    "claimant": "claimant",
    "claimant_side": "claimant_side",
    "channel": "channel",
    "claim_type": "claim_type",
    "metric": "metric",
    "subject": "subject",
    "value_low": "value_low",
    "value_high": "value_high",
    "qualifier": "qualifier",
    "period_start": "period_start",
    "period_end": "period_end",
    "location": "places",
    "region": "region",
    "verification": "verification",
}


def test_every_fact_sheet_claim_is_present_by_ref_with_the_same_values(built_default_db, shared_dir):
    path = shared_dir / "facts" / "claims.csv"
    if not path.is_file():
        pytest.skip(f"{path} is absent")
    with path.open(encoding="utf-8", newline="") as fh:
        facts = list(csv.DictReader(fh))
    assert facts
    cols = ", ".join(f"f.{c}" for c in FACT_COLUMNS.values())
    by_ref = {
        r[0]: dict(zip(FACT_COLUMNS.values(), r[1:], strict=True))
        for r in query(
            built_default_db,
            f"SELECT c.ref, {cols} FROM claims c JOIN claims_flat f USING (claim_id) WHERE c.ref IS NOT NULL",
        )
    }
    problems = {}
    for fact in facts:
        ref = fact["claim_id"]
        if ref not in by_ref:
            problems[ref] = "missing"
            continue
        row = by_ref[ref]
        diffs = {}
        for fact_col, flat_col in FACT_COLUMNS.items():
            want = fact[fact_col]
            if fact_col == "location":  # "Sudzha; Melovoy; Podol" in the sheet
                want = ";".join(p.strip() for p in want.split(";")) if want else ""
            if _text(row[flat_col]) != want:
                diffs[fact_col] = (_text(row[flat_col]), want)
        if diffs:
            problems[ref] = diffs
    assert problems == {}
    assert {f["claim_id"] for f in facts} >= {f"F{i:02d}" for i in range(1, 29)}


def test_every_claim_has_at_least_one_report(built_default_db):
    assert query(built_default_db, "SELECT count(*) FROM claims_flat WHERE n_reports < 1") == [(0,)]
    assert query(
        built_default_db,
        "SELECT count(*) FROM claims_flat f "
        "WHERE n_reports <> (SELECT count(*) FROM reports r WHERE r.claim_id = f.claim_id)",
    ) == [(0,)]


def test_the_default_build_labels_its_files_relative_to_the_project(built_default_db):
    labels = sorted(r[0] for r in query(built_default_db, "SELECT source_file FROM load_log"))
    assert labels == sorted(
        f"data/{n}"
        for n in ("actors.csv", "places.csv", "documents.csv", "claims.csv", "responses.csv", "events.csv")
    )


def test_build_report_counts_match_the_database():
    pointer, report = build_in_memory(DEFAULT_DATA_DIR)
    for table, n in report.counts.items():
        assert query(pointer, f"SELECT count(*) FROM {table}") == [(n,)], table
    for f in report.files:
        assert f.rows_read == f.rows_loaded + f.rows_quarantined
