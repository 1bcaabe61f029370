"""UCDP GED: a fixture in the published CSV shape (one Windows-1252 row, mixed date formats)."""

from __future__ import annotations

from pathlib import Path

import pytest

from etl.core import db
from etl.core.schema import check_integrity
from etl.importers.runner import run_import
from tests.helpers import imported_copy, with_column
from tests.helpers import query as q

PROJECT = Path(__file__).resolve().parents[1]
DATA = PROJECT / "data"
GED = PROJECT / "tests" / "fixtures" / "import" / "ucdp" / "ged_ukraine_sample.csv"


@pytest.fixture(scope="module")
def imported(built_curated_db: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """GED imported once per module; the tests read it (one that imports again uses `live`)."""
    return imported_copy(built_curated_db, tmp_path_factory.mktemp("ucdp"), "ucdp", GED)


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


def test_every_row_is_loaded_or_quarantined(imported: Path) -> None:
    assert q(
        imported,
        "SELECT rows_read, rows_loaded, rows_quarantined, "
        "CAST(date_min AS VARCHAR), CAST(date_max AS VARCHAR) FROM load_log "
        "WHERE source_file = 'ged_ukraine_sample.csv'",
    ) == [(6, 3, 3, "2014-01-01", "2022-02-26")]
    assert q(
        imported,
        "SELECT row_number, field, value, reason FROM quarantine "
        "WHERE source_file = 'ged_ukraine_sample.csv' ORDER BY 1",
    ) == [
        (3, "low/best/high", "20/10/30", "breaks low <= best <= high (low 20, best 10, high 30)"),
        (5, "best", "unknown", "'unknown' is not a whole number"),
        (7, "date_end", "2022-06-01", "is before date_start"),
    ]
    con = db.connect_readonly(db.resolve_live(imported))
    try:
        check_integrity(con)
    finally:
        con.close()


def test_low_best_high_are_kept_as_published(imported: Path) -> None:
    e = event(imported, "ucdp-400001")
    assert (e["fatalities_low"], e["fatalities_best"], e["fatalities_high"]) == (5, 10, 15)
    assert "fatalities_order" not in e["flags"]
    only_best = event(imported, "ucdp-400005")
    assert (only_best["fatalities_low"], only_best["fatalities_best"], only_best["fatalities_high"]) == (
        None,
        2,
        None,
    )


def test_a_row_breaking_low_best_high_is_quarantined_with_its_own_reason(
    imported: Path,
) -> None:
    assert q(imported, "SELECT count(*) FROM events WHERE event_id = 'ucdp-400002'") == [(0,)]
    assert q(
        imported,
        "SELECT field, reason FROM quarantine WHERE row_number = 3 "
        "AND source_file = 'ged_ukraine_sample.csv'",
    ) == [("low/best/high", "breaks low <= best <= high (low 20, best 10, high 30)")]


def test_bytes_that_are_not_utf8_are_decoded_and_flagged_not_fatal(imported: Path) -> None:
    e = event(imported, "ucdp-400003")
    assert e["quote"] == "Russia\u2019s strike on Sumy: \u201cno military targets\u201d"
    assert e["flags"].endswith("not_utf8")
    assert "not_utf8" not in (event(imported, "ucdp-400001")["flags"] or "")


def test_mixed_date_formats_and_date_precision(imported: Path) -> None:
    rows = q(
        imported,
        "SELECT event_id, CAST(date_start AS VARCHAR), CAST(date_end AS VARCHAR), "
        "date_precision, flags FROM events WHERE source = 'ucdp' ORDER BY 1",
    )
    assert rows == [
        ("ucdp-400001", "2022-02-26", "2022-02-26", "day", "date_prec=1;where_prec=1"),
        ("ucdp-400003", "2022-01-01", "2022-12-31", "year", "date_prec=4;where_prec=3;not_utf8"),
        ("ucdp-400005", "2014-01-01", "2015-12-31", "year", "date_prec=5;where_prec=6"),
    ]


def test_type_of_violence_sets_the_kind(imported: Path) -> None:
    kinds = dict(q(imported, "SELECT event_id, kind FROM events WHERE source = 'ucdp'"))
    assert kinds == {"ucdp-400001": "state_based", "ucdp-400003": "one_sided", "ucdp-400005": "non_state"}


def test_place_from_row_coordinates_matched_to_gazetteer(imported: Path) -> None:
    kyiv = event(imported, "ucdp-400001")
    assert (kyiv["place_id"], kyiv["place_name"], kyiv["region"], kyiv["lat"], kyiv["lon"]) == (
        "kyiv",
        "Kiev town",
        "Kyiv city",
        50.45,
        30.5233,
    )
    assert event(imported, "ucdp-400003")["place_id"] == "sumy"


def test_source_articles_become_documents(imported: Path) -> None:
    docs = q(
        imported,
        """
        SELECT ed.ord, d.outlet, d.title, CAST(d.published_at AS DATE)::VARCHAR, d.source
        FROM event_documents ed JOIN documents d USING (doc_id)
        WHERE ed.event_id = 'ucdp-400001' ORDER BY 1""",
    )
    assert docs == [
        (1, "Reuters News", "Explosions heard in Kyiv, officials say", "2022-02-26", "ucdp"),
        (2, "Agence France Presse", "Street fighting in Kyiv", "2022-02-26", "ucdp"),
    ]
    first = q(imported, "SELECT doc_id FROM event_documents WHERE event_id = 'ucdp-400001' AND ord = 1")[0][0]
    assert event(imported, "ucdp-400001")["doc_id"] == first
    # No source_article: no document, no dangling reference.
    assert event(imported, "ucdp-400005")["doc_id"] is None


def test_importing_the_same_file_twice_changes_nothing(live: Path) -> None:
    run_import("ucdp", str(GED), live, show_progress=False)
    imported = live
    snap = (
        q(imported, "SELECT * FROM events ORDER BY event_id"),
        q(imported, "SELECT * FROM documents ORDER BY doc_id"),
        q(imported, "SELECT * FROM event_documents ORDER BY ALL"),
        q(imported, "SELECT * FROM load_log ORDER BY ALL"),
        q(imported, "SELECT * FROM quarantine ORDER BY ALL"),
    )
    again = run_import("ucdp", str(GED), imported, show_progress=False)
    assert again.outcomes[0].rows_new == 0
    assert (
        q(imported, "SELECT * FROM events ORDER BY event_id"),
        q(imported, "SELECT * FROM documents ORDER BY doc_id"),
        q(imported, "SELECT * FROM event_documents ORDER BY ALL"),
        q(imported, "SELECT * FROM load_log ORDER BY ALL"),
        q(imported, "SELECT * FROM quarantine ORDER BY ALL"),
    ) == snap


# --- Dates as spreadsheets re-save UCDP exports; whole-file failures -------------------------

FIX = PROJECT / "tests" / "fixtures" / "import" / "ucdp"
SPREADSHEET = FIX / "ged_spreadsheet_dates.csv"


def test_us_spreadsheet_date_forms_all_load(live: Path) -> None:
    """M/D/YYYY h:mm:ss AM, MM/DD/YYYY HH:MM, MM/DD/YYYY hh:mm:ss PM and ISO, in one file."""
    res = run_import("ucdp", str(SPREADSHEET), live, show_progress=False)
    f = res.report.files[0]
    assert (f.rows_read, f.rows_loaded, f.rows_quarantined) == (8, 4, 4)
    assert q(
        live,
        "SELECT event_id, CAST(date_start AS VARCHAR), CAST(date_end AS VARCHAR) "
        "FROM events WHERE source = 'ucdp' ORDER BY 1",
    ) == [
        ("ucdp-510001", "2022-02-24", "2022-02-24"),  # 2/24/2022 12:00:00 AM
        ("ucdp-510002", "2022-03-05", "2022-03-09"),  # 03/05/2022 00:00: month-first file
        ("ucdp-510003", "2022-12-31", "2022-12-31"),  # 12/31/2022 11:59:59 PM
        ("ucdp-510004", "2022-06-01", "2022-06-01"),  # ISO, with and without a time
    ]
    # A place the gazetteer does not know keeps the row's own name and coordinates.
    kharkiv = event(live, "ucdp-510002")
    assert (kharkiv["place_id"], kharkiv["place_name"], kharkiv["lat"]) == (None, "Kharkiv city", 49.9935)
    assert res.outcomes[0].warnings == []  # 2/24 and 12/31 decide the order: no note


def test_low_best_high_reason_is_not_hidden_behind_a_date_failure(live: Path) -> None:
    run_import("ucdp", str(SPREADSHEET), live, show_progress=False)
    rows = q(
        live,
        "SELECT row_number, field, value, reason FROM quarantine "
        "WHERE source_file = 'ged_spreadsheet_dates.csv' ORDER BY 1",
    )
    assert rows[0] == (
        6,
        "low/best/high",
        "20/10/30",
        "breaks low <= best <= high (low 20, best 10, high 30)",
    )
    # Row 7 breaks both: the order reason comes first, the date reason is kept beside it.
    assert rows[1][:3] == (7, "low/best/high", "5/40/30")
    assert rows[1][3].startswith(
        "low/best/high: breaks low <= best <= high (low 5, best 40, "
        "high 30); date_start: 'not reported' is not a date ("
    )
    assert rows[2][:3] == (8, "date_start", "2/30/2022 12:00:00 AM")  # no 30 February
    assert rows[3][:3] == (9, "date_start", "2/24/2022 13:00:00 PM")  # no 13 PM
    assert len(rows) == 4


def test_slash_dates_no_row_decides_are_read_month_first_with_a_note(live: Path, tmp_path: Path) -> None:
    path = tmp_path / "ged_undecided.csv"
    path.write_text(
        "id,date_start,date_end,best,low,high\n"
        "1,03/05/2022 00:00,03/06/2022 00:00,1,1,1\n"
        "2,2022-01-02,2022-01-02,1,1,1\n"
    )
    res = run_import("ucdp", str(path), live, show_progress=False)
    assert q(
        live, "SELECT event_id, CAST(date_start AS VARCHAR) FROM events WHERE source = 'ucdp' ORDER BY 1"
    ) == [("ucdp-1", "2022-03-05"), ("ucdp-2", "2022-01-02")]
    (note,) = res.outcomes[0].warnings
    assert "2 of 2 slash date(s) could be day-first or month-first" in note
    assert "read as mm/dd/yyyy" in note


def test_an_import_whose_rows_are_all_quarantined_fails_and_publishes_nothing(
    live: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from etl.cli import main

    before = db.resolve_live(live)
    code = main(["import", "ucdp", str(FIX / "ged_all_bad_dates.csv"), "--db", str(live), "--quiet"])
    out, err = capsys.readouterr()
    assert code == 1
    assert "published" not in out + err
    assert "ged_all_bad_dates.csv" in out and "3" in out  # the summary table: 3 read, 0 loaded
    last = err.strip().splitlines()[-1]
    assert last.startswith("error: ged_all_bad_dates.csv (3 rows): every row was quarantined")
    assert "3 × date_start: '…' is not a date" in last
    assert last.endswith("(database unchanged)")
    assert db.resolve_live(live) == before
    assert q(live, "SELECT count(*) FROM events WHERE source = 'ucdp'") == [(0,)]


def test_a_header_only_file_is_a_one_line_no_rows_error(
    live: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from etl.cli import main

    before = db.resolve_live(live)
    code = main(["import", "ucdp", str(FIX / "ged_header_only.csv"), "--db", str(live), "--quiet"])
    out, err = capsys.readouterr()
    assert code == 1
    assert err == (
        "error: ged_header_only.csv: no rows (only a header row); nothing to import (database unchanged)\n"
    )
    assert "Traceback" not in out + err and "Exception" not in out + err
    assert db.resolve_live(live) == before


# --- The real samples (../shared), when present ----------------------------------------------

SAMPLES = Path(__file__).resolve().parents[2] / "shared" / "samples" / "ucdp"


@pytest.mark.parametrize("name", ["UCDP-GED-Ukraine-2023-06-23.csv", "ucdpged-sample-1000.csv"])
def test_real_ucdp_samples_every_row_loaded_or_quarantined(live: Path, name: str) -> None:
    import csv

    path = SAMPLES / name
    if not path.is_file():
        pytest.skip(f"{path} is absent")
    res = run_import("ucdp", str(path), live, show_progress=False)
    f = res.report.files[0]
    with path.open(newline="", encoding="utf-8", errors="replace") as fh:
        n_records = sum(1 for _ in csv.reader(fh)) - 1
    assert f.rows_read == n_records == f.rows_loaded + f.rows_quarantined
    reasons = {x.field for x in res.report.quarantine}
    assert reasons == {"low/best/high"}  # ISO dates all load; only order breakers are out
    assert f.rows_quarantined == 13  # each sample has 13 rows breaking low <= best <= high


def test_a_declared_source_whose_rows_are_all_quarantined_fails_the_build(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import shutil

    from etl.cli import main

    data = tmp_path / "data"
    shutil.copytree(DATA, data, ignore=shutil.ignore_patterns("claims.duckdb*", ".versions", "sources"))
    (data / "sources").mkdir()
    shutil.copy(FIX / "ged_all_bad_dates.csv", data / "sources" / "ged.csv")
    (data / "sources" / "ucdp.toml").write_text('source = "ucdp"\npath = "sources/ged.csv"\n')
    ptr = tmp_path / "claims.duckdb"
    assert main(["build", "--data", str(data), "--db", str(ptr), "--quiet"]) == 1
    err = capsys.readouterr().err
    assert "error: ged.csv (3 rows): every row was quarantined, nothing imported (ucdp)" in err
    assert not ptr.exists()


@pytest.mark.parametrize(
    ("cell", "items"),
    [
        (  # a quote and a semicolon inside a headline
            '"Reuters News,2022-03-01,Putin: "we will respond"; Kremlin adds";"AFP,2022-03-01,Second"',
            ['Reuters News,2022-03-01,Putin: "we will respond"; Kremlin adds', "AFP,2022-03-01,Second"],
        ),
        (  # a headline's unclosed quote
            '"AP,2022-03-05,Ukraine\'s "special operation;"AFP,2022-03-05,Item five"',
            ["AP,2022-03-05,Ukraine's \"special operation", "AFP,2022-03-05,Item five"],
        ),
        (  # quoted words and "; " inside a headline
            '"Reuters News,2022-03-08,"A"; "B" say";"AFP,2022-03-08,Item eight"',
            ['Reuters News,2022-03-08,"A"; "B" say', "AFP,2022-03-08,Item eight"],
        ),
        (  # a headline ending in a quote, and the last article's own
            '"TASS,2022-03-03,Ends with "quote"";"MemoryBook,2022-03-03,B"',
            ['TASS,2022-03-03,Ends with "quote"', "MemoryBook,2022-03-03,B"],
        ),
        (
            "AP,2022-03-06,no quotes at all;AFP,2022-03-06,Item six",
            ["AP,2022-03-06,no quotes at all", "AFP,2022-03-06,Item six"],
        ),
        ("Ukrainska Pravda; Kyiv Independent", ["Ukrainska Pravda", "Kyiv Independent"]),  # ACLED's sources
        (  # (QA pass 38) a later article dated otherwise
            '"AFP,2024-08-10,H1 first";"BBC,10 Aug 2024,H2 non-iso"',
            ["AFP,2024-08-10,H1 first", "BBC,10 Aug 2024,H2 non-iso"],
        ),
    ],
)
def test_source_articles_split_where_the_next_article_starts(cell: str, items: list[str]) -> None:
    """(QA pass 37) Quotes inside UCDP's headlines are not escaped: a quote before "; " cut one
    article in two ("Kremlin adds"" from an unknown outlet), and an unclosed one swallowed the
    next article. Articles are split where the next "Outlet,YYYY-MM-DD," begins."""
    from etl.importers.csvread import split_outlets

    assert split_outlets(cell) == items


def test_an_empty_headline_is_no_title_and_a_headlines_own_quotes_stay() -> None:
    from etl.importers.ucdp import _article_doc

    assert _article_doc('Associated Press,2022-03-04,""', 0)["title"] is None
    # (QA pass 38) the quotes were stripped from both ends: '…despite "regime of silence'
    quoted = _article_doc('TASS,2015-01-01,Three killed despite "regime of silence"', 0)
    assert quoted["title"] == 'Three killed despite "regime of silence"'
    # (QA pass 38) an outlet's name with a comma
    london = _article_doc("Reuters, London,2024-08-11,Title", 0)
    assert (london["outlet"], london["published_at"], london["title"]) == (
        "Reuters, London",
        "2024-08-11",
        "Title",
    )


UCDP_EVENTS = "SELECT * FROM events WHERE source = 'ucdp' ORDER BY event_id"


@pytest.mark.parametrize("name", ["lat", "lon", "errs", "dup", "ev_id", "ds", "de_amb", "n_best", "f_best"])
def test_a_column_named_like_one_the_importer_adds_is_ignored_with_a_note(
    imported: Path, live: Path, tmp_path: Path, name: str
) -> None:
    """(QA pass 42 #4) A helper column `lat` beside `latitude` (or another name the importer gives
    its own columns) took the place of the importer's column: a BinderException traceback. The
    file imports as the untouched one does, and the note names the column."""
    path = with_column(GED, tmp_path / "ged.csv", extra=name)
    res = run_import("ucdp", str(path), live, show_progress=False)
    assert f"unknown column(s) ignored: {name}" in res.outcomes[0].warnings
    assert q(live, UCDP_EVENTS) == q(imported, UCDP_EVENTS)


def test_coordinates_named_lat_lon_are_unknown_columns_not_a_traceback(live: Path, tmp_path: Path) -> None:
    """(QA pass 42 #4) `latitude`/`longitude` renamed `lat`/`lon`: the importer's usual note on
    unknown columns, and the events load without the row's coordinates (never a traceback)."""
    path = with_column(GED, tmp_path / "ged.csv", rename={"latitude": "lat", "longitude": "lon"})
    res = run_import("ucdp", str(path), live, show_progress=False)
    assert "unknown column(s) ignored: lat, lon" in res.outcomes[0].warnings
    n, n_lat = q(live, "SELECT count(*), count(lat) FROM events WHERE source = 'ucdp'")[0]
    assert n > 0 and n_lat == 0
