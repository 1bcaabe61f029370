"""When a document was published: a time with an offset keeps its instant, stored in UTC.

(QA pass 37 #12) `documents.published_at` is a TIMESTAMP, and DuckDB's reader dropped a
written offset: "09:00+09:00" (Seoul) and "09:00-05:00" (Washington) were both stored as 09:00,
five and fourteen hours apart from each other in truth. Every time is now stored in UTC: one with
an offset is converted, one without is taken as UTC (whatever the machine's time zone).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import duckdb
import pytest

from claimsdesk import queries as Q
from etl.build import load
from etl.core.report import BuildReport
from tests.helpers import HEADERS, write_dataset

DOCS = HEADERS["documents.csv"] + (
    "doc-a,Anadolu Agency (AA),https://example.org/a,A,2024-12-16T15:55,en,,\n"
    "doc-b,Reuters,https://example.org/b,B,2024-12-17,en,,\n"
    "doc-c,Ukrainska Pravda,,C,2024-12-19,en,,\n"
    "doc-seoul,Yonhap,https://example.org/s,S,2024-12-20T09:00+09:00,en,,\n"
    "doc-dc,AP,https://example.org/d,D,2024-12-20T09:00-05:00,en,,\n"
    "doc-z,AFP,https://example.org/z,Z,2024-12-20T09:00Z,en,,\n"
    "doc-kyiv,Ukrinform,https://example.org/k,K,2024-12-20 23:30:00+02:00,en,,\n"
    "doc-bad,BBC,https://example.org/x,X,2024-12-20T09:00 KST,en,,\n"
)


def loaded(tmp_path: Path, machine_zone: str) -> tuple[duckdb.DuckDBPyConnection, BuildReport]:
    """The dataset loaded on a connection whose own time zone is `machine_zone` (what a machine
    set to that zone gives DuckDB), as a build loads it."""
    data = write_dataset(tmp_path / "data", documents=DOCS)
    con = duckdb.connect(":memory:", config={"threads": 1})
    con.execute(f"SET TimeZone = '{machine_zone}'")
    report = BuildReport(db_path=Path(":memory:"))
    load(con, data, report)
    return con, report


def test_a_time_with_an_offset_is_stored_as_its_instant_in_utc(tmp_path: Path) -> None:
    con, _ = loaded(tmp_path, "Asia/Seoul")
    got = dict(con.execute("SELECT doc_id, published_at FROM documents").fetchall())
    assert got["doc-seoul"] == dt.datetime(2024, 12, 20, 0, 0)
    assert got["doc-dc"] == dt.datetime(2024, 12, 20, 14, 0)
    assert got["doc-z"] == dt.datetime(2024, 12, 20, 9, 0)
    assert got["doc-kyiv"] == dt.datetime(2024, 12, 20, 21, 30)
    # without an offset: as written (taken as UTC), on a machine in any zone
    assert got["doc-a"] == dt.datetime(2024, 12, 16, 15, 55)
    assert got["doc-b"] == dt.datetime(2024, 12, 17, 0, 0)


def test_a_zone_written_as_letters_is_quarantined_naming_file_row_field_and_the_offset_form(
    tmp_path: Path,
) -> None:
    con, _ = loaded(tmp_path, "UTC")
    (q,) = con.execute(
        "SELECT source_file, row_number, field, reason FROM quarantine WHERE source_file LIKE '%documents.csv'"
    ).fetchall()
    assert q[0].endswith("documents.csv") and q[1] == 9 and q[2] == "published_at"
    assert "date-time" in q[3] and "offset" in q[3]


def test_the_sources_list_says_its_times_are_utc(tmp_path: Path) -> None:
    con, _ = loaded(tmp_path, "America/New_York")
    shown = Q.document_list(con).set_index("doc_id")["published_at"]
    assert shown["doc-dc"] == "2024-12-20 14:00 UTC"
    assert shown["doc-a"] == "2024-12-16 15:55 UTC"
    assert shown["doc-b"] == "2024-12-17"  # a day alone stays a day


@pytest.mark.parametrize(
    ("written", "reason"),
    [
        ("2024-12-20T09:00 BST", "is not a date YYYY-MM-DD or date-time"),  # (Bangladesh to DuckDB)
        ("2024-12-20T09:00 IST", "is not a date YYYY-MM-DD or date-time"),
        ("2024-12-20T09:00 EST", "is not a date YYYY-MM-DD or date-time"),
        ("2024-12-20T0900", "is not a date YYYY-MM-DD or date-time"),
        ("20241220", "is not a date YYYY-MM-DD or date-time"),
        ("0000-01-01T00:00Z", "is not a date between 1900 and 2100"),
    ],
)
def test_a_zone_in_letters_or_a_form_the_review_would_not_take_is_quarantined_as_written(
    tmp_path: Path, written: str, reason: str
) -> None:
    """(QA pass 40 #5, #14) DuckDB read "BST" as Bangladesh (+06:00), "IST" as India, and the
    year's check saw the converted date ('0001-01-01' for "0000-01-01T00:00Z")."""
    docs = HEADERS["documents.csv"] + DOCS.splitlines(keepends=True)[1] + f"doc-x,BBC,,X,{written},en,,\n"
    data = write_dataset(tmp_path / "data", documents=docs)
    con = duckdb.connect(":memory:", config={"threads": 1})
    report = BuildReport(db_path=Path(":memory:"))
    load(con, data, report)
    (q,) = [q for q in report.quarantine if q.source_file.endswith("documents.csv")]
    assert (q.row_number, q.field, q.value) == (3, "published_at", written)
    assert q.reason == f"'{written}' {reason}" or q.reason.startswith(f"'{written}' {reason}"), q.reason


@pytest.mark.parametrize(
    ("written", "stored"),
    [
        ("2024-12-20 09:00 Europe/Kyiv", dt.datetime(2024, 12, 20, 7, 0)),  # a zone's name is no guess
        ("2024-12-20T09:00 UTC", dt.datetime(2024, 12, 20, 9, 0)),
        ("2024-12-20T09:00+0900", dt.datetime(2024, 12, 20, 0, 0)),
        ("2024-12-16 ", dt.datetime(2024, 12, 16, 0, 0)),  # (spaces around it, as in claims.csv)
        ("2100-12-31T23:00-05:00", dt.datetime(2101, 1, 1, 4, 0)),  # (2100 as written)
    ],
)
def test_other_written_forms_load_as_their_instant(tmp_path: Path, written: str, stored: dt.datetime) -> None:
    docs = HEADERS["documents.csv"] + DOCS.splitlines(keepends=True)[1] + f"doc-x,BBC,,X,{written},en,,\n"
    data = write_dataset(tmp_path / "data", documents=docs)
    con = duckdb.connect(":memory:", config={"threads": 1})
    report = BuildReport(db_path=Path(":memory:"))
    load(con, data, report)
    assert not [q for q in report.quarantine if q.source_file.endswith("documents.csv")]
    assert con.execute("SELECT published_at FROM documents WHERE doc_id = 'doc-x'").fetchall() == [(stored,)]
