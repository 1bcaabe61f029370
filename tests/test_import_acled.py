"""ACLED exports: fixtures in the current and an older export shape."""

from __future__ import annotations

from pathlib import Path

import pytest

from etl.core import db
from etl.core.schema import check_integrity
from etl.importers.dates import FORMATS_HINT
from etl.importers.inputs import ImportInputError
from etl.importers.runner import run_import
from tests.helpers import imported_copy, with_column
from tests.helpers import query as q

PROJECT = Path(__file__).resolve().parents[1]
DATA = PROJECT / "data"
FIX = PROJECT / "tests" / "fixtures" / "import" / "acled"
CURRENT = FIX / "acled_ukraine_russia_2024.csv"
OLDER = FIX / "acled_old_export.csv"


@pytest.fixture(scope="module")
def imported(built_curated_db: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The current export imported once per module into a copy of the run's curated build; the tests
    that take it only read it (a test that imports anything itself takes its own copy, `live`)."""
    return imported_copy(built_curated_db, tmp_path_factory.mktemp("acled"), "acled", CURRENT)


def event(ptr: Path, event_id: str) -> dict:
    con = db.connect_readonly(db.resolve_live(ptr))
    try:
        cur = con.execute("SELECT * FROM events WHERE event_id = $1", [event_id])
        names = [d[0] for d in cur.description]
        rows = cur.fetchall()
    finally:
        con.close()
    assert len(rows) == 1, event_id
    return dict(zip(names, rows[0], strict=True))


def test_rows_become_events_and_every_row_is_accounted_for(live: Path) -> None:
    res = run_import("acled", str(CURRENT), live, show_progress=False)
    f = res.report.files[0]
    assert (f.label, f.rows_read, f.rows_loaded, f.rows_quarantined) == (
        "acled_ukraine_russia_2024.csv",
        7,
        4,
        3,
    )
    assert q(
        live,
        "SELECT rows_read, rows_loaded, rows_quarantined, CAST(date_min AS VARCHAR), "
        "CAST(date_max AS VARCHAR) FROM load_log "
        "WHERE source_file = 'acled_ukraine_russia_2024.csv'",
    ) == [(7, 4, 3, "2024-08-08", "2024-12-01")]
    assert q(live, "SELECT event_id FROM events WHERE source = 'acled' ORDER BY 1") == [
        ("acled-RUS12345",),
        ("acled-RUS12346",),
        ("acled-UKR160001",),
        ("acled-UKR160002",),
    ]
    con = db.connect_readonly(db.resolve_live(live))
    try:
        check_integrity(con)
    finally:
        con.close()


def test_failed_rows_are_quarantined_with_row_and_reason(imported: Path) -> None:
    rows = q(
        imported,
        "SELECT row_number, field, reason FROM quarantine "
        "WHERE source_file = 'acled_ukraine_russia_2024.csv' ORDER BY 1",
    )
    assert rows == [
        (6, "event_date", f"'2024-13-01' is not a date ({FORMATS_HINT})"),
        (
            7,
            "timestamp",
            "wrong column count (expected 31, found 30): the row ends before column 31, 'timestamp'",
        ),
        (8, "event_id_cnty", "duplicates an earlier row's event id"),
    ]


def test_empty_fatalities_is_unknown_not_zero(imported: Path) -> None:
    e = event(imported, "acled-RUS12346")
    assert e["fatalities_best"] is None
    assert e["fatalities_low"] is None and e["fatalities_high"] is None
    assert event(imported, "acled-UKR160002")["fatalities_best"] == 0
    assert event(imported, "acled-RUS12345")["fatalities_best"] == 10


def test_quoted_notes_with_commas_quotes_and_newline_become_the_quote(imported: Path) -> None:
    quote = event(imported, "acled-RUS12345")["quote"]
    assert quote == (
        "On 8 August 2024, Ukrainian forces clashed with Russian forces in Sudzha (Kursk). "
        'The Russian MoD claimed "up to 260 killed, wounded", Ukraine did not comment.\n'
        "Fatalities coded as 10."
    )


def test_places_match_the_gazetteer_by_name_within_admin1_else_keep_row_coordinates(
    imported: Path,
) -> None:
    korenevo = event(imported, "acled-RUS12346")  # non-ASCII spelling, an alias in places.csv
    assert (korenevo["place_id"], korenevo["place_name"], korenevo["region"]) == (
        "korenevo",
        "Kórenevo",
        "Kursk",
    )
    assert (korenevo["lat"], korenevo["lon"]) == (51.4, 34.9)
    # Vorozhba exists in Kursk and Sumy oblasts: admin1 decides.
    assert event(imported, "acled-UKR160001")["place_id"] == "vorozhba-sumy"
    # Not in the gazetteer: the row's own name and coordinates.
    other = event(imported, "acled-UKR160002")
    assert (other["place_id"], other["place_name"], other["lat"], other["lon"]) == (
        None,
        "Велика Писарівка",
        50.43,
        35.48,
    )


def test_source_outlets_become_documents_linked_to_the_event(imported: Path) -> None:
    docs = q(
        imported,
        """
        SELECT ed.ord, d.doc_id, d.outlet, d.source FROM event_documents ed
        JOIN documents d USING (doc_id) WHERE ed.event_id = 'acled-RUS12345' ORDER BY 1""",
    )
    assert docs == [
        (1, "acled-src-ukrainska-pravda", "Ukrainska Pravda", "acled"),
        (2, "acled-src-ministry-of-defence-of-russia", "Ministry of Defence of Russia", "acled"),
    ]
    assert event(imported, "acled-RUS12345")["doc_id"] == "acled-src-ukrainska-pravda"
    # An outlet shared by two events is one document.
    assert q(imported, "SELECT count(*) FROM documents WHERE doc_id = 'acled-src-ukrainska-pravda'") == [(1,)]
    assert q(
        imported, "SELECT count(*) FROM event_documents WHERE doc_id = 'acled-src-ukrainska-pravda'"
    ) == [(2,)]


def test_event_type_and_time_precision_are_mapped_and_flagged(imported: Path) -> None:
    rows = q(
        imported, "SELECT event_id, kind, date_precision, flags FROM events WHERE source = 'acled' ORDER BY 1"
    )
    assert rows == [
        ("acled-RUS12345", "battle", "day", "time_precision=1;geo_precision=1"),
        ("acled-RUS12346", "explosions", "day", "time_precision=2;geo_precision=2"),
        ("acled-UKR160001", "violence_against_civilians", "day", "time_precision=1;geo_precision=1"),
        ("acled-UKR160002", "other", "month", "time_precision=3;geo_precision=2"),
    ]
    assert event(imported, "acled-RUS12345")["title"] == (
        "Battles: Armed clash in Sudzha "
        "(Military Forces of Ukraine (2019-) vs Military Forces of Russia (2000-))"
    )


def test_older_export_shape_reads_by_header_name(live: Path) -> None:
    """BOM, CRLF, data_id/event_id_no_cnty, numeric iso, dd/mm/yyyy and dd Month yyyy dates."""
    res = run_import("acled", str(OLDER), live, show_progress=False)
    f = res.report.files[0]
    assert (f.rows_read, f.rows_loaded, f.rows_quarantined) == (3, 3, 0)
    rows = q(
        live,
        "SELECT event_id, CAST(date_start AS VARCHAR), place_id, fatalities_best "
        "FROM events WHERE source = 'acled' ORDER BY 1",
    )
    assert rows == [
        ("acled-RUS5003", "2024-08-06", "plekhovo", 3),
        ("acled-UKR5001", "2022-02-24", "kyiv", 0),
        ("acled-UKR5002", "2022-02-25", None, None),
    ]
    notes = event(live, "acled-UKR5001")["quote"]
    assert notes.count("\n") == 2 and '"dozens"' in notes
    assert res.outcomes[0].warnings == ["unknown column(s) ignored: export_batch"]
    assert q(live, "SELECT warnings FROM import_log WHERE source_file = 'acled_old_export.csv'") == [
        ("unknown column(s) ignored: export_batch",)
    ]


def test_importing_the_same_export_twice_changes_nothing(live: Path) -> None:
    first = run_import("acled", str(CURRENT), live, show_progress=False)
    snap = q(live, "SELECT * FROM events ORDER BY event_id")
    docs = q(live, "SELECT * FROM documents ORDER BY doc_id")
    second = run_import("acled", str(CURRENT), live, show_progress=False)
    assert (first.outcomes[0].rows_new, second.outcomes[0].rows_new) == (4, 0)
    assert q(live, "SELECT * FROM events ORDER BY event_id") == snap
    assert q(live, "SELECT * FROM documents ORDER BY doc_id") == docs
    assert q(live, "SELECT count(*) FROM quarantine WHERE source_file = 'acled_ukraine_russia_2024.csv'") == [
        (3,)
    ]
    assert q(live, "SELECT count(*) FROM event_documents") == [(6,)]


def test_a_file_that_is_not_an_acled_export_is_refused(live: Path, tmp_path: Path) -> None:
    bad = tmp_path / "not_acled.csv"
    bad.write_text("id,date,what\n1,2024-01-01,x\n")
    with pytest.raises(ImportInputError, match=r"missing column\(s\) event_id_cnty"):
        run_import("acled", str(bad), live, show_progress=False)
    assert q(live, "SELECT count(*) FROM events WHERE source = 'acled'") == [(0,)]


# --- dd/mm/yyyy or mm/dd/yyyy: the file decides ----------------------------------------------


def acled_csv(path: Path, dates: list[str]) -> Path:
    """A minimal ACLED export (header by name) with one event per date."""
    lines = ["event_id_cnty,event_date,event_type,location,fatalities"]
    lines += [f"UKR{900 + i},{d},Battles,Somewhere,1" for i, d in enumerate(dates)]
    path.write_text("\n".join(lines) + "\n")
    return path


def dates_loaded(ptr: Path) -> dict[str, str]:
    return dict(q(ptr, "SELECT event_id, CAST(date_start AS VARCHAR) FROM events WHERE source = 'acled'"))


def test_a_day_above_12_makes_the_whole_file_day_first(live: Path, tmp_path: Path) -> None:
    path = acled_csv(tmp_path / "day_first.csv", ["06/08/2024", "24/08/2024 00:00:00"])
    res = run_import("acled", str(path), live, show_progress=False)
    assert dates_loaded(live) == {"acled-UKR900": "2024-08-06", "acled-UKR901": "2024-08-24"}
    assert res.outcomes[0].warnings == []


def test_a_month_first_file_is_read_month_first(live: Path, tmp_path: Path) -> None:
    """A US re-save (08/24/2024) decides that 08/06/2024 is 6 August too."""
    path = acled_csv(tmp_path / "month_first.csv", ["08/06/2024", "08/24/2024"])
    res = run_import("acled", str(path), live, show_progress=False)
    assert dates_loaded(live) == {"acled-UKR900": "2024-08-06", "acled-UKR901": "2024-08-24"}
    assert res.outcomes[0].warnings == []


def test_a_file_that_cannot_decide_is_read_day_first_with_a_note(
    live: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from etl.cli import main

    path = acled_csv(tmp_path / "undecided.csv", ["06/08/2024", "05/08/2024", "2024-08-07", "07/07/2024"])
    assert main(["import", "acled", str(path), "--db", str(live), "--quiet"]) == 0
    assert dates_loaded(live) == {
        "acled-UKR900": "2024-08-06",
        "acled-UKR901": "2024-08-05",
        "acled-UKR902": "2024-08-07",
        "acled-UKR903": "2024-07-07",
    }
    notes = [ln for ln in capsys.readouterr().err.splitlines() if ln.startswith("note:")]
    assert notes == [
        "note: undecided.csv: event_date: 2 of 3 slash date(s) could be day-first or "
        "month-first and no date in undecided.csv decides (none has a number above 12); read "
        "as dd/mm/yyyy, the publisher's usual order: check a known event's date"
    ]
    assert q(live, "SELECT warnings FROM import_log WHERE source_file = 'undecided.csv'") == [
        (notes[0].removeprefix("note: undecided.csv: "),)
    ]


def test_a_file_with_both_orders_quarantines_only_its_ambiguous_dates(live: Path, tmp_path: Path) -> None:
    path = acled_csv(tmp_path / "mixed.csv", ["24/08/2024", "08/25/2024", "06/08/2024"])
    res = run_import("acled", str(path), live, show_progress=False)
    assert dates_loaded(live) == {"acled-UKR900": "2024-08-24", "acled-UKR901": "2024-08-25"}
    assert q(
        live, "SELECT row_number, field, value, reason FROM quarantine WHERE source_file = 'mixed.csv'"
    ) == [
        (
            4,
            "event_date",
            "06/08/2024",
            "'06/08/2024' reads day-first or month-first and this file writes both orders (ambiguous_date)",
        )
    ]
    assert "both day-first" in res.outcomes[0].warnings[0]


def test_a_header_only_acled_file_is_a_one_line_error(live: Path, tmp_path: Path) -> None:
    path = acled_csv(tmp_path / "empty.csv", [])
    with pytest.raises(ImportInputError, match=r"^empty.csv: no rows \(only a header row\)"):
        run_import("acled", str(path), live, show_progress=False)


def test_real_acled_sample_loads_every_row(live: Path) -> None:
    sample = Path(__file__).resolve().parents[2] / "shared" / "samples" / "acled" / "acled-dummy.csv"
    if not sample.is_file():
        pytest.skip(f"{sample} is absent")
    res = run_import("acled", str(sample), live, show_progress=False)
    f = res.report.files[0]
    assert (f.rows_read, f.rows_loaded, f.rows_quarantined) == (326, 326, 0)
    assert res.outcomes[0].warnings == []  # ISO dates only: nothing to decide


@pytest.mark.parametrize("day", ["0000-01-01", "12024-01-01"])
def test_an_event_dated_outside_1900_to_2100_is_quarantined_not_stored_as_1_bc(
    live: Path, tmp_path: Path, day: str
) -> None:
    """(QA pass 30) "0000-01-01" was stored as 0001-01-01 (BC)."""
    text = CURRENT.read_text(encoding="utf-8")
    assert "RUS12345,2024-08-08," in text
    bad = tmp_path / "acled.csv"
    bad.write_text(text.replace("RUS12345,2024-08-08,", f"RUS12345,{day},"), encoding="utf-8")
    res = run_import("acled", str(bad), live, show_progress=False)
    hit = [q for q in res.report.quarantine if q.value == day]
    assert len(hit) == 1 and hit[0].field == "event_date", res.report.quarantine
    assert q(
        live, "SELECT count(*) FROM events WHERE year(date_start) < 1900 OR year(date_start) > 2100"
    ) == [(0,)]


def test_a_column_named_twice_in_an_import_is_an_error_naming_it(live: Path, tmp_path: Path) -> None:
    """(QA pass 30) A duplicated `event_id_cnty` header was imported with exit 0 (the second
    column renamed `event_id_cnty_2` in a message); the curated files refuse it."""
    lines = CURRENT.read_text(encoding="utf-8").splitlines(keepends=True)
    path = tmp_path / "acled.csv"
    path.write_text(
        lines[0].replace("event_id_cnty,event_date", "event_id_cnty,event_id_cnty", 1) + "".join(lines[1:]),
        encoding="utf-8",
    )
    before = db.resolve_live(live)
    with pytest.raises(
        ImportInputError, match=r"row 1 \(header\), field event_id_cnty: column 'event_id_cnty' appears twice"
    ):
        run_import("acled", str(path), live, show_progress=False)
    assert db.resolve_live(live) == before


def test_an_event_id_with_a_control_character_is_quarantined(live: Path, tmp_path: Path) -> None:
    """(QA pass 30) "RUS\\x0012345" became the event "acled-RUS\\x0012345"."""
    text = CURRENT.read_text(encoding="utf-8")
    path = tmp_path / "acled.csv"
    path.write_text(text.replace("RUS12345,2024-08-08,", "RUS\x0012345,2024-08-08,", 1), encoding="utf-8")
    res = run_import("acled", str(path), live, show_progress=False)
    hit = [x for x in res.report.quarantine if x.field == "event_id_cnty" and "control character" in x.reason]
    assert len(hit) == 1, res.report.quarantine
    assert q(live, "SELECT count(*) FROM events WHERE regexp_matches(event_id, '[\\x00-\\x1f]')") == [(0,)]


ACLED_EVENTS = "SELECT * FROM events WHERE source = 'acled' ORDER BY event_id"


@pytest.mark.parametrize("name", ["lat", "lon", "errs", "dup", "ev_id", "d", "d_amb"])
def test_a_column_named_like_one_the_importer_adds_is_ignored_with_a_note(
    imported: Path, live: Path, tmp_path: Path, name: str
) -> None:
    """(QA pass 42 #4) A helper column `lat` beside `latitude` (or `errs`, `dup`, `ev_id`, `d`,
    `d_amb`) took the place of the importer's own column: a BinderException traceback. The file
    imports as the untouched export does, and the note names the column."""
    path = with_column(CURRENT, tmp_path / "acled.csv", extra=name)
    res = run_import("acled", str(path), live, show_progress=False)
    assert res.outcomes[0].warnings == [f"unknown column(s) ignored: {name}"]
    assert q(live, ACLED_EVENTS) == q(imported, ACLED_EVENTS)


def test_coordinates_named_lat_lon_are_unknown_columns_not_a_traceback(live: Path, tmp_path: Path) -> None:
    """(QA pass 42 #4) `latitude`/`longitude` renamed `lat`/`lon`: the importer's usual note on
    unknown columns, and the events load without the row's coordinates (never a traceback)."""
    path = with_column(CURRENT, tmp_path / "acled.csv", rename={"latitude": "lat", "longitude": "lon"})
    res = run_import("acled", str(path), live, show_progress=False)
    assert res.outcomes[0].warnings == ["unknown column(s) ignored: lat, lon"]
    assert q(live, "SELECT count(*), count(lat), count(lon) FROM events WHERE source = 'acled'") == [
        (4, 0, 0)
    ]
