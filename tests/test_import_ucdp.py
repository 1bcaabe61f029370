"""UCDP GED: a fixture in the published CSV shape (one Windows-1252 row, mixed date formats)."""

from __future__ import annotations

from pathlib import Path

import pytest

from etl.core import db
from etl.core.schema import check_integrity
from etl.importers.runner import run_import
from tests.helpers import query as q

PROJECT = Path(__file__).resolve().parents[1]
DATA = PROJECT / "data"
GED = PROJECT / "tests" / "fixtures" / "import" / "ucdp" / "ged_ukraine_sample.csv"




@pytest.fixture
def imported(live: Path) -> Path:
    run_import("ucdp", str(GED), live, show_progress=False)
    return live



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
    assert q(imported, "SELECT rows_read, rows_loaded, rows_quarantined, "
                       "CAST(date_min AS VARCHAR), CAST(date_max AS VARCHAR) FROM load_log "
                       "WHERE source_file = 'ged_ukraine_sample.csv'") == [
        (6, 4, 2, "2014-01-01", "2022-03-05")]
    assert q(imported, "SELECT row_number, field, value, reason FROM quarantine "
                       "WHERE source_file = 'ged_ukraine_sample.csv' ORDER BY 1") == [
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
    assert (only_best["fatalities_low"], only_best["fatalities_best"],
            only_best["fatalities_high"]) == (None, 2, None)


def test_a_row_breaking_low_best_high_is_kept_and_flagged(imported: Path) -> None:
    e = event(imported, "ucdp-400002")
    assert (e["fatalities_low"], e["fatalities_best"], e["fatalities_high"]) == (20, 10, 30)
    assert e["flags"] == "date_prec=2;where_prec=1;fatalities_order"


def test_bytes_that_are_not_utf8_are_decoded_and_flagged_not_fatal(imported: Path) -> None:
    e = event(imported, "ucdp-400003")
    assert e["quote"] == "Russia\u2019s strike on Sumy: \u201cno military targets\u201d"
    assert e["flags"].endswith("not_utf8")
    assert "not_utf8" not in (event(imported, "ucdp-400001")["flags"] or "")


def test_mixed_date_formats_and_date_precision(imported: Path) -> None:
    rows = q(imported, "SELECT event_id, CAST(date_start AS VARCHAR), CAST(date_end AS VARCHAR), "
                       "date_precision, flags FROM events WHERE source = 'ucdp' ORDER BY 1")
    assert rows == [
        ("ucdp-400001", "2022-02-26", "2022-02-26", "day", "date_prec=1;where_prec=1"),
        ("ucdp-400002", "2022-03-05", "2022-03-09", "day",
         "date_prec=2;where_prec=1;fatalities_order"),
        ("ucdp-400003", "2022-01-01", "2022-12-31", "year",
         "date_prec=4;where_prec=3;not_utf8"),
        ("ucdp-400005", "2014-01-01", "2015-12-31", "year", "date_prec=5;where_prec=6"),
    ]


def test_type_of_violence_sets_the_kind(imported: Path) -> None:
    kinds = dict(q(imported, "SELECT event_id, kind FROM events WHERE source = 'ucdp'"))
    assert kinds == {"ucdp-400001": "state_based", "ucdp-400002": "state_based",
                     "ucdp-400003": "one_sided", "ucdp-400005": "non_state"}


def test_place_from_row_coordinates_matched_to_gazetteer(imported: Path) -> None:
    kyiv = event(imported, "ucdp-400001")
    assert (kyiv["place_id"], kyiv["place_name"], kyiv["region"], kyiv["lat"], kyiv["lon"]) == (
        "kyiv", "Kiev town", "Kyiv city", 50.45, 30.5233)
    assert event(imported, "ucdp-400003")["place_id"] == "sumy"
    kharkiv = event(imported, "ucdp-400002")
    assert (kharkiv["place_id"], kharkiv["place_name"]) == (None, "Kharkiv city")


def test_source_articles_become_documents(imported: Path) -> None:
    docs = q(imported, """
        SELECT ed.ord, d.outlet, d.title, CAST(d.published_at AS DATE)::VARCHAR, d.source
        FROM event_documents ed JOIN documents d USING (doc_id)
        WHERE ed.event_id = 'ucdp-400001' ORDER BY 1""")
    assert docs == [
        (1, "Reuters News", "Explosions heard in Kyiv, officials say", "2022-02-26", "ucdp"),
        (2, "Agence France Presse", "Street fighting in Kyiv", "2022-02-26", "ucdp"),
    ]
    first = q(imported, "SELECT doc_id FROM event_documents "
                        "WHERE event_id = 'ucdp-400001' AND ord = 1")[0][0]
    assert event(imported, "ucdp-400001")["doc_id"] == first
    # No source_article: no document, no dangling reference.
    assert event(imported, "ucdp-400005")["doc_id"] is None


def test_importing_the_same_file_twice_changes_nothing(imported: Path) -> None:
    snap = (q(imported, "SELECT * FROM events ORDER BY event_id"),
            q(imported, "SELECT * FROM documents ORDER BY doc_id"),
            q(imported, "SELECT * FROM event_documents ORDER BY ALL"),
            q(imported, "SELECT * FROM load_log ORDER BY ALL"),
            q(imported, "SELECT * FROM quarantine ORDER BY ALL"))
    again = run_import("ucdp", str(GED), imported, show_progress=False)
    assert again.outcomes[0].rows_new == 0
    assert (q(imported, "SELECT * FROM events ORDER BY event_id"),
            q(imported, "SELECT * FROM documents ORDER BY doc_id"),
            q(imported, "SELECT * FROM event_documents ORDER BY ALL"),
            q(imported, "SELECT * FROM load_log ORDER BY ALL"),
            q(imported, "SELECT * FROM quarantine ORDER BY ALL")) == snap
