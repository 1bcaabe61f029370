"""General Staff loss series: fixture files in the dataset's exact JSON shape."""

from __future__ import annotations

import datetime as dt
import json
import shutil
from pathlib import Path

import duckdb
import pandas as pd
import pytest

from claimsdesk import charts
from claimsdesk import queries as Q
from claimsdesk.filters import Filters
from etl.build import build
from etl.cli import main
from etl.core import db
from etl.core.schema import check_integrity
from etl.importers.checks import AllQuarantinedError
from etl.importers.runner import run_import
from tests.helpers import imported_copy
from tests.helpers import query as q

PROJECT = Path(__file__).resolve().parents[1]
DATA = PROJECT / "data"
FIX = PROJECT / "tests" / "fixtures" / "import" / "general-staff"


@pytest.fixture(scope="module")
def imported(built_curated_db: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The fixture files imported once per module into a copy of the run's curated build; the tests
    that take it only read it (a test that imports anything itself takes its own copy, `live`)."""
    return imported_copy(built_curated_db, tmp_path_factory.mktemp("gs"), "general-staff", FIX)


def checksum(ptr: Path) -> tuple:
    con = db.connect_readonly(db.resolve_live(ptr))
    try:
        return tuple(
            con.execute(
                f"SELECT count(*), md5(coalesce(string_agg(CAST(t AS VARCHAR), '|' "
                f"ORDER BY CAST(t AS VARCHAR)), '')) FROM {table} t"
            ).fetchall()[0]
            for table in (
                "claims",
                "claims_wide",
                "reports",
                "claim_places",
                "documents",
                "load_log",
                "quarantine",
                "events",
            )
        )
    finally:
        con.close()


def test_one_claim_per_metric_per_day_and_missing_keys_give_no_claim(imported: Path) -> None:
    per_metric = dict(
        q(imported, "SELECT metric, count(*) FROM claims WHERE source = 'general-staff' GROUP BY 1")
    )
    assert per_metric == {
        "personnel_losses": 5,
        "captured": 4,
        "aircraft": 5,
        "tank": 5,
        "field_artillery": 5,
        "military_auto": 3,
        "anti_aircraft_warfare": 3,
        "vehicles_and_fuel_tanks": 2,
    }
    dups = q(
        imported,
        "SELECT metric, stated_on FROM claims WHERE source = 'general-staff' "
        "GROUP BY ALL HAVING count(*) > 1",
    )
    assert dups == []
    # POW is absent on 2022-03-01: no claim, certainly not a zero.
    assert q(
        imported, "SELECT count(*) FROM claims WHERE metric = 'captured' AND stated_on = DATE '2022-03-01'"
    ) == [(0,)]


def test_claims_carry_claimant_subject_basis_and_day_precision(imported: Path) -> None:
    rows = q(
        imported,
        """
        SELECT DISTINCT a.name, c.subject, c.basis, c.channel, c.stated_on_precision,
               c.verification
        FROM claims c JOIN actors a ON a.actor_id = c.claimant_id
        WHERE c.source = 'general-staff'""",
    )
    assert rows == [
        (
            "General Staff of the Armed Forces of Ukraine",
            "Russian forces",
            "cumulative",
            "daily report",
            "day",
            "unverified",
        )
    ]
    types = dict(
        q(
            imported,
            "SELECT metric, any_value(claim_type) FROM claims WHERE source = 'general-staff' GROUP BY 1",
        )
    )
    assert types["personnel_losses"] == "casualties"
    assert types["captured"] == "captured"
    assert types["field_artillery"] == "equipment"


def test_personnel_about_is_a_point_and_more_is_a_lower_bound(imported: Path) -> None:
    rows = dict(
        (str(d), (lo, hi, qual, quote))
        for d, lo, hi, qual, quote in q(
            imported,
            """
            SELECT stated_on, value_low, value_high, qualifier, quote FROM claims
            WHERE metric = 'personnel_losses'""",
        )
    )
    assert rows["2022-02-26"][:3] == (4300, 4300, "about")
    assert rows["2022-02-27"][:3] == (4500, None, "over")
    assert rows["2022-02-27"][3] == '"personnel": 4500, "personnel*": "more"'
    eq = q(
        imported,
        "SELECT DISTINCT qualifier FROM claims WHERE source = 'general-staff' "
        "AND metric <> 'personnel_losses'",
    )
    assert eq == [("exact",)]


def test_greatest_losses_direction_is_a_note_not_the_figures_region_or_place(imported: Path) -> None:
    """Every figure is a war-wide running total: the day's direction ("Kursk", which the gazetteer
    knows) is context in notes and gs_daily, never a region, a place or a map point."""
    assert q(
        imported,
        "SELECT w.region, w.places, c.notes FROM claims_wide w JOIN claims c USING (claim_id) "
        "WHERE claim_id = 'gs-2022-02-26-tank'",
    ) == [(None, None, "greatest losses direction: Kursk")]
    assert q(
        imported,
        "SELECT count(*) FILTER (WHERE region IS NOT NULL), "
        "count(*) FILTER (WHERE claim_id IN (SELECT claim_id FROM claim_places)) "
        "FROM claims WHERE source = 'general-staff'",
    ) == [(0, 0)]
    # A day's correction flag and its direction are both kept, the flag first.
    assert q(imported, "SELECT notes FROM claims WHERE claim_id = 'gs-2022-02-27-tank'") == [
        (
            "correction: lower than the previous figure (146 on 2022-02-26); "
            "greatest losses direction: Bakhmut and Avdiivka",
        )
    ]
    # The personnel file names no direction; gs_daily gives each day's direction to every metric.
    assert q(imported, "SELECT notes FROM claims WHERE claim_id = 'gs-2022-02-27-personnel_losses'") == [
        (None,)
    ]
    assert q(imported, "SELECT DISTINCT direction FROM gs_daily WHERE date = DATE '2022-02-27'") == [
        ("Bakhmut and Avdiivka",)
    ]


def test_an_older_import_with_directions_as_regions_is_brought_in_line(live: Path) -> None:
    """A database imported before directions moved to notes: re-importing the same files moves
    them, and the claims lose the region and places they never had."""
    run_import("general-staff", str(FIX), live, show_progress=False)
    con = duckdb.connect(str(db.resolve_live(live)))
    try:
        con.execute("UPDATE claims SET region = 'Kursk', notes = NULL WHERE claim_id = 'gs-2022-02-26-tank'")
        con.execute("INSERT INTO claim_places VALUES ('gs-2022-02-26-tank', 'kursk', 1)")
    finally:
        con.close()
    res = run_import("general-staff", str(FIX), live, show_progress=False)
    assert sum(o.rows_new for o in res.outcomes) == 1
    assert q(
        live,
        "SELECT region, notes, (SELECT count(*) FROM claim_places WHERE claim_id = c.claim_id) "
        "FROM claims c WHERE claim_id = 'gs-2022-02-26-tank'",
    ) == [(None, "greatest losses direction: Kursk", 0)]


def test_negative_corrections_are_kept_and_flagged(imported: Path) -> None:
    tank = q(imported, "SELECT value_low, notes FROM claims WHERE claim_id = 'gs-2022-02-27-tank'")
    assert tank[0][0] == 140  # as published, not clipped to 146
    assert tank[0][1].startswith("correction: lower than the previous figure (146")
    pow_ = q(imported, "SELECT value_low, notes FROM claims WHERE claim_id = 'gs-2022-02-28-captured'")
    assert pow_[0][0] == 150 and pow_[0][1].startswith("correction")
    assert q(
        imported,
        "SELECT count(*) FROM claims WHERE source = 'general-staff' AND notes LIKE 'correction:%'",
    ) == [(2,)]


def test_gs_daily_derives_increments_from_the_cumulative_series(imported: Path) -> None:
    rows = q(
        imported,
        """
        SELECT CAST(date AS VARCHAR), cumulative, increment, days_since_prev, is_negative,
               increment_is_derived
        FROM gs_daily WHERE metric = 'tank' ORDER BY date""",
    )
    assert rows == [
        ("2022-02-25", 80, None, None, False, True),
        ("2022-02-26", 146, 66, 1, False, True),
        ("2022-02-27", 140, -6, 1, True, True),
        ("2022-02-28", 150, 10, 1, False, True),
        ("2022-03-01", 160, 10, 1, False, True),
    ]
    # A key that appears later starts its own series (no increment on its first day).
    first = q(
        imported,
        "SELECT increment FROM gs_daily WHERE metric = 'vehicles_and_fuel_tanks' ORDER BY date LIMIT 1",
    )
    assert first == [(None,)]


def test_bad_figure_is_quarantined_and_counted(imported: Path) -> None:
    log = dict(
        (r[0], r[1:])
        for r in q(
            imported,
            """
        SELECT source_file, source, rows_read, rows_loaded, rows_quarantined,
               CAST(date_min AS VARCHAR), CAST(date_max AS VARCHAR)
        FROM load_log WHERE source = 'general-staff'""",
        )
    )
    assert log["russia_losses_personnel.json"] == ("general-staff", 9, 9, 0, "2022-02-25", "2022-03-01")
    assert log["russia_losses_equipment.json"] == ("general-staff", 24, 23, 1, "2022-02-25", "2022-03-01")
    quar = q(
        imported,
        "SELECT row_number, field, value, reason FROM quarantine "
        "WHERE source_file = 'russia_losses_equipment.json'",
    )
    assert quar == [(5, "drone", "n/a", '"n/a" is not a whole number')]


def test_one_document_per_file_and_every_claim_reported(imported: Path) -> None:
    docs = q(imported, "SELECT doc_id, url FROM documents WHERE source = 'general-staff' ORDER BY 1")
    assert docs == [
        (
            "general-staff-russia-losses-equipment",
            "https://github.com/PetroIvaniuk/2022-Ukraine-Russia-War-Dataset",
        ),
        (
            "general-staff-russia-losses-personnel",
            "https://github.com/PetroIvaniuk/2022-Ukraine-Russia-War-Dataset",
        ),
    ]
    assert q(
        imported,
        """SELECT count(*) FROM claims c WHERE source = 'general-staff'
                      AND NOT EXISTS (SELECT 1 FROM reports r WHERE r.claim_id = c.claim_id)""",
    ) == [(0,)]
    wide = q(
        imported,
        "SELECT count(*), min(n_reports), max(n_reports) FROM claims_wide WHERE source = 'general-staff'",
    )
    assert wide == [(32, 1, 1)]
    con = db.connect_readonly(db.resolve_live(imported))
    try:
        check_integrity(con)  # claims_wide has one row per claim, references resolve
    finally:
        con.close()


def test_importing_the_same_files_twice_changes_nothing(live: Path) -> None:
    first = run_import("general-staff", str(FIX), live, show_progress=False)
    before = checksum(live)
    second = run_import("general-staff", str(FIX), live, show_progress=False)
    assert sum(o.rows_new for o in first.outcomes) == 32
    assert [o.rows_new for o in second.outcomes] == [0, 0]
    assert checksum(live) == before


def test_the_same_content_under_another_name_is_left_out_and_said(
    live: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """(QA pass 13) A browser's "russia_losses_personnel(1).json" (byte for byte the file imported
    before) printed "new 0" but added a second document and a second report to every claim."""
    run_import("general-staff", str(FIX / "russia_losses_personnel.json"), live, show_progress=False)
    before, version = checksum(live), db.resolve_live(live)
    copy = tmp_path / "russia_losses_personnel(1).json"
    shutil.copyfile(FIX / "russia_losses_personnel.json", copy)
    assert main(["import", "general-staff", str(copy), "--db", str(live), "--quiet"]) == 0
    out, err = capsys.readouterr()
    assert out == "nothing to import (database unchanged)\n"
    assert err == (
        "note: russia_losses_personnel(1).json: the same content as 'russia_losses_personnel.json' "
        f"(imported {dt.datetime.now(dt.UTC).date()}) is already in the database; left out\n"
    )
    assert checksum(live) == before and db.resolve_live(live) == version


def test_a_newer_file_adds_only_the_new_days(live: Path, tmp_path: Path) -> None:
    run_import("general-staff", str(FIX), live, show_progress=False)
    old = q(live, "SELECT claim_id, value_low, notes FROM claims WHERE source = 'general-staff' ORDER BY 1")
    newer = tmp_path / "newer"
    newer.mkdir()
    records = json.loads((FIX / "russia_losses_personnel.json").read_text())
    records.append({"date": "2022-03-02", "day": 7, "personnel": 5840, "personnel*": "about", "POW": 160})
    (newer / "russia_losses_personnel.json").write_text(json.dumps(records, indent=1))
    res = run_import("general-staff", str(newer / "russia_losses_personnel.json"), live, show_progress=False)
    assert [o.rows_new for o in res.outcomes] == [2]
    now = q(live, "SELECT claim_id, value_low, notes FROM claims WHERE source = 'general-staff' ORDER BY 1")
    assert set(now) - set(old) == {
        ("gs-2022-03-02-captured", 160, None),
        ("gs-2022-03-02-personnel_losses", 5840, None),
    }
    assert set(old) <= set(now)
    assert q(
        live, "SELECT rows_read, rows_loaded FROM load_log WHERE source_file = 'russia_losses_personnel.json'"
    ) == [(11, 11)]


def test_one_file_alone_imports_its_metrics_only(live: Path) -> None:
    run_import("general-staff", str(FIX / "russia_losses_personnel.json"), live, show_progress=False)
    assert q(live, "SELECT DISTINCT metric FROM claims WHERE source = 'general-staff' ORDER BY 1") == [
        ("captured",),
        ("personnel_losses",),
    ]


def test_missing_claimant_actor_quarantines_every_figure(tmp_path: Path) -> None:
    data = tmp_path / "data"
    shutil.copytree(DATA, data, ignore=shutil.ignore_patterns("claims.duckdb*", ".versions", "sources"))
    actors = (data / "actors.csv").read_text().splitlines(keepends=True)
    (data / "actors.csv").write_text(
        "".join(ln for ln in actors if not ln.startswith("General Staff of the Armed Forces of Ukraine,"))
    )
    ptr = tmp_path / "claims.duckdb"
    build(data, ptr)
    before = db.resolve_live(ptr)
    # Every row quarantined: the import fails with a summary and publishes nothing.
    with pytest.raises(AllQuarantinedError, match="every row was quarantined") as exc:
        run_import("general-staff", str(FIX), ptr, show_progress=False)
    # (session 33) a reason every row gives alike is printed as given, the name included
    assert (
        "32 × claimant: claimant 'General Staff of the Armed Forces of Ukraine' is not in the actors "
        "table (add it to data/actors.csv)" in str(exc.value)
    )
    report = exc.value.report
    assert [(f.rows_read, f.rows_loaded, f.rows_quarantined) for f in report.files] == [
        (9, 0, 9),
        (24, 0, 24),
    ]
    assert db.resolve_live(ptr) == before
    assert q(ptr, "SELECT count(*) FROM claims WHERE source = 'general-staff'") == [(0,)]


def test_tables_derived_from_claims_wide_are_refreshed_after_an_import(imported: Path) -> None:
    has_cube = q(imported, "SELECT count(*) FROM information_schema.tables WHERE table_name = 'claims_cube'")
    if has_cube != [(1,)]:
        pytest.skip("this schema has no claims_cube")
    assert q(imported, "SELECT sum(n) FROM claims_cube WHERE source = 'general-staff'") == [(32,)]


def test_the_daily_chart_names_each_days_direction_in_its_hover(imported: Path) -> None:
    con = db.connect_readonly(db.resolve_live(imported))
    try:
        series = Q.gs_series(con, Filters(), "tank")
    finally:
        con.close()
    fig = charts.gs_chart(series, "tank", pd.DataFrame())
    hover = dict(zip(series["date"].astype(str), fig.data[0].hovertext, strict=True))
    assert hover["2022-02-27"].endswith("greatest losses that day: Bakhmut and Avdiivka direction")
    assert "greatest losses" not in hover["2022-02-25"]


def test_the_daily_series_follows_every_filter_not_only_the_dates(imported: Path) -> None:
    """(session 21, QA 3 find 2) A Region filter drew the whole war-wide series under "region=Kursk
    Oblast"; a claimant filter without the General Staff drew it too."""
    con = db.connect_readonly(db.resolve_live(imported))
    try:
        every = Q.gs_series(con, Filters(), "tank")
        assert len(every) == 5
        assert Q.gs_series(con, Filters(regions=("Kursk Oblast",)), "tank").empty
        assert Q.gs_series(con, Filters(claimants=("Vladimir Putin",)), "tank").empty
        gs = Q.gs_series(con, Filters(claimants=("General Staff of the Armed Forces of Ukraine",)), "tank")
        assert gs["claim_id"].tolist() == every["claim_id"].tolist()
    finally:
        con.close()
    empty = charts.gs_chart(every.head(0), "tank", pd.DataFrame())
    assert "match the filters" in json.dumps(empty.to_plotly_json()["layout"])


def test_a_figure_published_as_null_is_read_and_quarantined_never_dropped(live: Path, tmp_path: Path) -> None:
    """(QA 6) `"personnel": null` was neither loaded nor quarantined: rows read = loaded +
    quarantined held only because it was not counted. It is read, and quarantined by name."""
    records = json.loads((FIX / "russia_losses_personnel.json").read_text())
    records[1]["personnel"] = None
    path = tmp_path / "russia_losses_personnel.json"
    path.write_text(json.dumps(records))
    res = run_import("general-staff", str(path), live, show_progress=False)
    (f,) = res.report.files
    # the file's 9 figures (test_bad_figure_is_quarantined_and_counted), one of them now null
    assert (f.rows_read, f.rows_loaded, f.rows_quarantined) == (9, 8, 1)
    assert q(live, "SELECT row_number, field, reason FROM quarantine WHERE source_file = $1", [f.label]) == [
        (2, "personnel", "personnel: null (no figure published; never read as 0)")
    ]


def test_a_build_whose_general_staff_actor_is_quarantined_names_that_actors_row(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """(QA pass 30) One bad row up the General Staff's parent chain in actors.csv (here the
    Ministry of Defence named as its own parent) stopped every build with "claimant '…' is not
    in the actors table (add it to data/actors.csv)": the name hidden, the advice wrong (the
    actor is in the file), the actors.csv row never named."""
    data = tmp_path / "data"
    data.mkdir()
    for f in (PROJECT / "data").glob("*.csv"):
        shutil.copyfile(f, data / f.name)
    shutil.copytree(FIX, data / "sources" / "general-staff")
    (data / "sources" / "general-staff.toml").write_text(
        'source = "general-staff"\npath = "sources/general-staff"\n'
    )
    lines = (data / "actors.csv").read_text(encoding="utf-8").splitlines(keepends=True)
    mod = next(i for i, ln in enumerate(lines) if ln.startswith("Ministry of Defence of Ukraine,"))
    fields = lines[mod].rstrip("\n").split(",")
    lines[mod] = ",".join([*fields[:-1], "Ministry of Defence of Ukraine"]) + "\n"
    (data / "actors.csv").write_text("".join(lines), encoding="utf-8")
    assert (
        main(["build", "--data", str(data), "--db", str(tmp_path / "db" / "claims.duckdb"), "--quiet"]) == 1
    )
    err = capsys.readouterr().err
    assert (
        "claimant 'General Staff of the Armed Forces of Ukraine' is quarantined in actors.csv (row " in err
    ), err
    assert "field parent: parent actor 'Armed Forces of Ukraine' was quarantined); fix that row" in err, err
    assert "add it to data/actors.csv" not in err


def test_an_empty_list_is_no_rows_and_publishes_nothing(live: Path, tmp_path: Path) -> None:
    """(QA pass 30) `[]` was imported with exit 0, published and logged as a 0/0/0 one-off file."""
    empty = tmp_path / "russia_losses_personnel.json"
    empty.write_text("[]")
    before = db.resolve_live(live)
    assert main(["import", "general-staff", str(empty), "--db", str(live), "--quiet"]) == 1
    assert db.resolve_live(live) == before


PERSONNEL_CLAIMS = (
    "SELECT claim_id, claim_type, metric, value_low, value_high, qualifier, quote FROM claims "
    "WHERE source = 'general-staff' AND metric IN ('personnel_losses', 'personnel') ORDER BY 1"
)


@pytest.mark.parametrize(
    "spelling",
    [{"personnel": "Personnel"}, {"personnel": "PERSONNEL", "personnel*": "Personnel*", "POW": "pow"}],
)
def test_a_known_key_in_another_case_is_read_as_that_key_with_a_note(
    imported: Path, live: Path, tmp_path: Path, spelling: dict[str, str]
) -> None:
    """(QA pass 42 #5) "Personnel" for "personnel" loaded every personnel loss a second time, as
    *equipment* claims (metric `personnel`) whose "about" became exact, without a word. The
    dataset's keys are read whatever their case, as `POW` always was: the same claims as the
    file spelled as upstream spells it, and a note naming each key read so."""
    records = json.loads((FIX / "russia_losses_personnel.json").read_text())
    path = tmp_path / "russia_losses_personnel.json"
    path.write_text(json.dumps([{spelling.get(k, k): v for k, v in r.items()} for r in records]))
    res = run_import("general-staff", str(path), live, show_progress=False)
    got = q(live, PERSONNEL_CLAIMS)
    assert got and got == q(imported, PERSONNEL_CLAIMS)
    assert ("about",) in q(live, "SELECT DISTINCT qualifier FROM claims WHERE metric = 'personnel_losses'")
    said = ", ".join(f'"{new}" read as "{old}"' for old, new in spelling.items())
    assert res.outcomes[0].warnings == [f"key(s) {said} (the dataset's keys are matched whatever their case)"]


def test_one_key_given_twice_in_a_record_in_two_cases_is_quarantined_not_guessed(
    live: Path, tmp_path: Path
) -> None:
    """(QA pass 42 #5) Keys are read whatever their case, so "personnel*" and "Personnel*" in one
    record are one qualifier given twice: its figures are quarantined, never one spelling picked."""
    records = json.loads((FIX / "russia_losses_personnel.json").read_text())
    records[0]["Personnel*"] = "more"
    path = tmp_path / "russia_losses_personnel.json"
    path.write_text(json.dumps(records))
    res = run_import("general-staff", str(path), live, show_progress=False)
    (f,) = res.report.files
    assert q(
        live,
        "SELECT row_number, field, value, reason FROM quarantine WHERE source_file = $1 AND row_number = 1",
        [f.label],
    ) == [
        (1, "Personnel*", "more", '"personnel*" and "Personnel*" are one key given twice in this record'),
        (1, "Personnel*", "more", '"personnel*" and "Personnel*" are one key given twice in this record'),
    ]
    assert q(
        live, "SELECT count(*) FROM claims WHERE stated_on = '2022-02-25' AND source = 'general-staff'"
    ) == [(0,)]
