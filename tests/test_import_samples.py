"""The real public files in ../shared/samples/ (run when present, skipped otherwise)."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from etl.core import db
from etl.core.schema import check_integrity
from etl.importers.runner import ImportResult, run_import
from tests.helpers import copy_build
from tests.helpers import query as q

PROJECT = Path(__file__).resolve().parents[1]
DATA = PROJECT / "data"
SAMPLES = Path(__file__).resolve().parents[2] / "shared" / "samples"
GS = SAMPLES / "general-staff"
ACLED = SAMPLES / "acled" / "acled-dummy.csv"
UCDP_UA = SAMPLES / "ucdp" / "UCDP-GED-Ukraine-2023-06-23.csv"
UCDP_1000 = SAMPLES / "ucdp" / "ucdpged-sample-1000.csv"

needs_gs = pytest.mark.skipif(
    not (GS / "russia_losses_personnel.json").is_file()
    or not (GS / "russia_losses_equipment.json").is_file(),
    reason="../shared/samples/general-staff not present",
)
needs_events = pytest.mark.skipif(
    not (ACLED.is_file() and UCDP_UA.is_file() and UCDP_1000.is_file()),
    reason="../shared/samples ACLED/UCDP files not present",
)


def snapshot(ptr: Path) -> tuple:
    """Counts and checksums of everything an import writes (import_log's time excluded)."""
    out = []
    for table in (
        "claims",
        "claims_wide",
        "reports",
        "claim_places",
        "documents",
        "load_log",
        "quarantine",
        "events",
    ):
        out.append(
            q(
                ptr,
                f"SELECT count(*), md5(coalesce(string_agg(CAST(t AS VARCHAR), '|' "
                f"ORDER BY CAST(t AS VARCHAR)), '')) FROM {table} t",
            )[0]
        )
    return tuple(out)


@pytest.fixture(scope="module")
def gs_db(
    tmp_path_factory: pytest.TempPathFactory, built_curated_db: Path
) -> tuple[Path, ImportResult, tuple, ImportResult, tuple]:
    """A copy of the run's build of the curated files; import the real General Staff files,
    snapshot; import again, snapshot."""
    ptr = copy_build(built_curated_db, tmp_path_factory.mktemp("gs"))
    first = run_import("general-staff", str(GS), ptr, show_progress=False)
    snap1 = snapshot(ptr)
    second = run_import("general-staff", str(GS), ptr, show_progress=False)
    snap2 = snapshot(ptr)
    return ptr, first, snap1, second, snap2


def _figures() -> tuple[int, dict]:
    """Figures in the files (numeric keys per record), and the last personnel record."""
    n = 0
    last = None
    for name in ("russia_losses_personnel.json", "russia_losses_equipment.json"):
        for rec in json.loads((GS / name).read_text()):
            n += sum(
                1
                for k, v in rec.items()
                if k not in ("date", "day", "personnel*", "greatest losses direction") and v is not None
            )
            if "personnel" in rec and (last is None or rec["date"] > last["date"]):
                last = rec
    assert last is not None
    return n, last


@needs_gs
def test_real_general_staff_files_give_one_claim_per_metric_per_day(gs_db: tuple) -> None:
    ptr, first, *_ = gs_db
    n_figures, _ = _figures()
    assert q(ptr, "SELECT count(*) FROM claims WHERE source = 'general-staff'") == [(n_figures,)]
    assert q(
        ptr,
        "SELECT count(*) FROM (SELECT metric, stated_on FROM claims "
        "WHERE source = 'general-staff' GROUP BY ALL HAVING count(*) > 1)",
    ) == [(0,)]
    assert sum(f.rows_read for f in first.report.files) == n_figures
    assert sum(f.rows_quarantined for f in first.report.files) == 0
    metrics = {m for (m,) in q(ptr, "SELECT DISTINCT metric FROM claims WHERE source = 'general-staff'")}
    assert {
        "personnel_losses",
        "captured",
        "tank",
        "field_artillery",
        "submarines",
        "vehicles_and_fuel_tanks",
        "military_auto",
        "fuel_tank",
    } <= metrics
    con = db.connect_readonly(db.resolve_live(ptr))
    try:
        check_integrity(con)
    finally:
        con.close()


@needs_gs
def test_real_last_day_personnel_figure_matches_the_file(gs_db: tuple) -> None:
    ptr, *_ = gs_db
    _, last = _figures()
    assert last["date"] == "2025-12-31"
    rows = q(
        ptr,
        "SELECT value_low, value_high, qualifier FROM claims "
        "WHERE metric = 'personnel_losses' AND stated_on = DATE '2025-12-31'",
    )
    assert rows == [(last["personnel"], last["personnel"], "about")]
    assert q(
        ptr,
        "SELECT cumulative, increment FROM gs_daily WHERE metric = 'personnel_losses' "
        "AND date = DATE '2025-12-31'",
    ) == [(1207910, 1000)]


@needs_gs
def test_real_greatest_losses_direction_days_are_kept(gs_db: tuple) -> None:
    ptr, *_ = gs_db
    directions = {
        rec["date"]: rec["greatest losses direction"]
        for rec in json.loads((GS / "russia_losses_equipment.json").read_text())
        if rec.get("greatest losses direction")
    }
    kept = dict(
        q(ptr, "SELECT DISTINCT CAST(date AS VARCHAR), direction FROM gs_daily WHERE direction IS NOT NULL")
    )
    assert kept == directions
    assert len(kept) == 203


@needs_gs
def test_real_reimport_changes_nothing(gs_db: tuple) -> None:
    _, first, snap1, second, snap2 = gs_db
    assert sum(o.rows_new for o in first.outcomes) > 19000
    assert [o.rows_new for o in second.outcomes] == [0, 0]
    assert snap2 == snap1


@needs_events
def test_real_acled_and_ucdp_files_import_without_losing_a_row(live: Path) -> None:
    ptr = live  # a copy of the run's build of the curated files
    for source, path in (("acled", ACLED), ("ucdp", UCDP_UA), ("ucdp", UCDP_1000)):
        res = run_import(source, str(path), ptr, show_progress=False)
        f = res.report.files[0]
        with path.open(newline="", encoding="utf-8", errors="replace") as fh:
            n_records = sum(1 for _ in csv.reader(fh)) - 1
        assert f.rows_read == n_records == f.rows_loaded + f.rows_quarantined
        # Each UCDP file has 13 rows breaking low <= best <= high: quarantined with that reason.
        assert f.rows_quarantined == (0 if source == "acled" else 13)
        assert {x.field for x in res.report.quarantine} <= {"low/best/high"}
    assert q(ptr, "SELECT count(*) FROM events WHERE source = 'acled'") == [(326,)]
    assert q(
        ptr, "SELECT count(*) FROM events WHERE source = 'acled' AND flags LIKE 'time_precision=2%'"
    ) == [(14,)]
    assert q(ptr, "SELECT count(*) FROM quarantine WHERE field = 'low/best/high'") == [(26,)]
    assert q(
        ptr,
        "SELECT count(*) FROM events e WHERE source = 'ucdp' AND doc_id IS NOT NULL "
        "AND doc_id NOT IN (SELECT doc_id FROM documents)",
    ) == [(0,)]
