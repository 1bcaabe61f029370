"""One claim id: the extractor, the review save and the build give a claim the same id.

Identity is defined once (`etl.core.contract`): `claim_id_sql` for the build and `claim_id` for
Python. These tests would fail if either rendering drifted, or if the extractor hashed the
claimant's name instead of the actor id the build resolves it to.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from etl.core.contract import CLAIM_IDENTITY, actor_id, claim_id
from etl.extract import extract
from etl.extract.save import save_accepted
from tests.helpers import DEFAULT_DATA_DIR, PROJECT_ROOT, build_in_memory, query

FIXTURE_REPORT = PROJECT_ROOT / "tests" / "reports" / "dev" / "kbs-2025-04-30-nis-600-killed.txt"


def test_python_and_sql_identity_agree_on_every_bundled_claim(built_default_db: Path) -> None:
    rows = query(built_default_db, f"SELECT claim_id, {', '.join(CLAIM_IDENTITY)} FROM claims")
    assert len(rows) > 20
    # The General Staff series is the one documented exception: one claim per metric per day,
    # `gs-<date>-<metric>`, so that a corrected figure replaces the day's claim on re-import.
    series = [r for r in rows if r[0].startswith("gs-")]
    for stored, *values in series:
        fields = dict(zip(CLAIM_IDENTITY, values, strict=True))
        assert stored == f"gs-{fields['stated_on'].isoformat()}-{fields['metric']}"
    others = [r for r in rows if not r[0].startswith("gs-")]
    assert len(others) > 200  # curated claims and The Economist's estimates
    for stored, *values in others:
        assert claim_id(dict(zip(CLAIM_IDENTITY, values, strict=True))) == stored


def test_any_alias_of_a_claimant_gives_the_same_id() -> None:
    base = {
        "stated_on": "2024-12-16",
        "stated_on_precision": "day",
        "claim_type": "casualties",
        "metric": "killed",
        "subject": "DPRK forces",
        "value_low": 30,
        "qualifier": "at_least",
        "basis": "period",
    }
    same = claim_id({**base, "claimant_id": actor_id("Defense Intelligence of Ukraine (HUR)")})
    assert same == claim_id({**base, "claimant_id": "defense-intelligence-of-ukraine-hur"})
    assert same != claim_id({**base, "claimant_id": "defense-intelligence-of-ukraine-hur", "value_low": 31})


def test_the_seed_reports_extracted_ids_are_in_the_database(shared_dir: Path, built_default_db: Path) -> None:
    reports = sorted((shared_dir / "seed").glob("*.txt"))
    if not reports:
        pytest.skip("../shared/seed has no report")
    ids = [c["claim_id"] for r in reports for c in extract(r.read_text(encoding="utf-8")).claims]
    assert ids
    stored = {r[0] for r in query(built_default_db, "SELECT claim_id FROM claims_flat")}
    assert [i for i in ids if i not in stored] == []


def test_a_saved_extraction_is_stored_under_the_ids_the_extractor_printed(tmp_path: Path) -> None:
    """Copy-independent: extract a fixture report, save it into a copy of data/'s curated files, build."""
    data = tmp_path / "data"
    shutil.copytree(
        DEFAULT_DATA_DIR, data, ignore=shutil.ignore_patterns("*.duckdb*", ".versions", "sources")
    )
    e = extract(FIXTURE_REPORT.read_text(encoding="utf-8"))
    figures = [c for c in e.claims if c["value_low"] is not None or c["value_high"] is not None]
    assert figures, "the fixture report should yield claims with figures"
    save_accepted(data, e.document, e.claims)
    pointer, report = build_in_memory(data)
    assert report.files[3].rows_quarantined == 0, report.quarantine
    stored = {r[0] for r in query(pointer, "SELECT claim_id FROM claims")}
    assert [c["claim_id"] for c in e.claims if c["claim_id"] not in stored] == []
