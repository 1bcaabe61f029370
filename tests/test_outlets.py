"""outlets.csv: the names sources write for one outlet count as one outlet (session 31).

"Reuters" (the fact sheet), "Reuters News" (UCDP's source field) and "reuters.com" (a web host The
Economist's table cites) were three outlets on the Overview card, in "reported by" and in the flow
chart. Documents keep what their source wrote; the outlet a name means is what is shown and counted.
"""

from __future__ import annotations

from pathlib import Path

import duckdb
import pandas as pd
import pytest

from claimsdesk import queries as Q
from claimsdesk.filters import Filters
from etl.build import build
from etl.core import db
from tests.helpers import DEFAULT_DATA_DIR, build_in_memory, claim_row, claims_csv, query, write_dataset

DOCS = (
    "doc_id,outlet,url,title,published_at,language,tags,notes\n"
    "doc-a,Anadolu Agency (AA),https://example.org/a,HUR claims,2024-12-16,en,,\n"
    "doc-b,Reuters,https://example.org/b,NIS briefing,2024-12-17,en,,\n"
    "doc-c,Reuters News,https://example.org/c,NIS briefing (wire),2024-12-17,en,,\n"
    "doc-d,reuters.com,https://www.reuters.com/d,NIS briefing (web),2024-12-17,en,,\n"
)


def _one_claim_three_spellings(tmp_path: Path, outlets: str | None) -> Path:
    return write_dataset(
        tmp_path / "data",
        documents=DOCS,
        claims=claims_csv(claim_row(documents="doc-b;doc-c;doc-d")),
        outlets=outlets,
    )


def test_one_outlet_under_three_spellings_is_one_outlet_in_reported_by_and_the_counts(tmp_path: Path) -> None:
    data = _one_claim_three_spellings(tmp_path, "name,outlet\nReuters News,Reuters\n REUTERS.com ,Reuters\n")
    con, report = build_in_memory(data)
    assert query(con, "SELECT reported_by, n_reports FROM claims_wide") == [("Reuters", 3)]
    assert Q.headline(con, Filters())["outlets"].iloc[0] == 1
    # the documents keep what their source wrote, and the Sources page says so
    assert query(con, "SELECT outlet FROM documents ORDER BY doc_id") == [
        ("Anadolu Agency (AA)",),
        ("Reuters",),
        ("Reuters News",),
        ("reuters.com",),
    ]
    outlets = Q.outlets(con)
    reuters = outlets[outlets["outlet"] == "Reuters"].iloc[0]
    assert (reuters["documents"], reuters["claim_reports"]) == (3, 3)
    assert reuters["written_as"] == "Reuters; Reuters News; reuters.com"
    assert Q.table_counts(con)["outlets"] == len(outlets) == 2
    listed = Q.document_list(con).set_index("doc_id")
    assert listed.loc["doc-d", "outlet"] == "Reuters" and listed.loc["doc-d", "written_as"] == "reuters.com"
    assert pd.isna(listed.loc["doc-b", "written_as"])
    assert [(f.rows_read, f.rows_loaded) for f in report.files if f.label.endswith("outlets.csv")] == [(2, 2)]


def test_without_outlets_csv_every_name_stays_an_outlet_of_its_own(tmp_path: Path) -> None:
    con, _report = build_in_memory(_one_claim_three_spellings(tmp_path, None))
    assert query(con, "SELECT reported_by FROM claims_wide") == [("Reuters;Reuters News;reuters.com",)]
    assert Q.headline(con, Filters())["outlets"].iloc[0] == 3


def test_a_name_given_twice_or_a_chain_of_names_is_quarantined_with_its_row_and_field(tmp_path: Path) -> None:
    outlets = (
        "name,outlet,notes\n"
        "Reuters News,Reuters,\n"
        "reuters news,Thomson Reuters,the same name in other case\n"
        "reuters.com,Reuters Group,\n"
        "Reuters Group,Thomson Reuters,\n"
        ",Reuters,\n"
    )
    con, report = build_in_memory(_one_claim_three_spellings(tmp_path, outlets))
    assert sorted(query(con, "SELECT row_number, field FROM quarantine")) == [
        (3, "name"),
        (4, "outlet"),
        (6, "name"),
    ]
    got = [
        (f.rows_read, f.rows_loaded, f.rows_quarantined)
        for f in report.files
        if f.label.endswith("outlets.csv")
    ]
    assert got == [(5, 2, 3)]  # rows in = loaded + quarantined
    assert query(con, "SELECT name, outlet FROM outlet_names ORDER BY name") == [
        ("reuters", "Reuters"),  # (each outlet's own name means it, in any case)
        ("reuters group", "Thomson Reuters"),
        ("reuters news", "Reuters"),
        ("thomson reuters", "Thomson Reuters"),
    ]


def test_changing_outlets_csv_rebuilds_in_full_and_renames_the_outlet_everywhere(tmp_path: Path) -> None:
    data = _one_claim_three_spellings(tmp_path, "name,outlet\nReuters News,Reuters\n")
    pointer = tmp_path / "db" / "claims.duckdb"
    build(data, pointer)
    assert query(pointer, "SELECT reported_by FROM claims_wide") == [("Reuters;reuters.com",)]
    (data / "outlets.csv").write_text("name,outlet\nReuters News,Reuters\nreuters.com,Reuters\n")
    report = build(data, pointer)
    assert report.mode == "full" and "outlets.csv changed" in (report.fallback or "")
    assert query(pointer, "SELECT reported_by FROM claims_wide") == [("Reuters",)]


@pytest.mark.skipif(not (DEFAULT_DATA_DIR / "outlets.csv").is_file(), reason="no bundled outlets.csv")
def test_the_bundled_data_counts_no_outlet_twice_under_a_web_host_or_a_sources_spelling(
    built_default_db: Path,
) -> None:
    con = db.connect_readonly(built_default_db.resolve())
    try:
        shown = set(Q.outlets(con)["outlet"])
        reported = {
            o
            for (cell,) in con.execute("SELECT DISTINCT reported_by FROM claims_wide").fetchall()
            if cell
            for o in cell.split(";")
        }
    finally:
        con.close()
    for spelling in (
        "reuters.com",
        "Reuters News",
        "x.com",
        "nytimes.com",
        "Agence France Presse",
        "MeoryBook",
    ):
        assert spelling not in shown | reported, spelling
    assert {"Reuters", "AFP", "The New York Times", "MemoryBook"} <= shown


def test_an_import_into_a_database_built_before_outlets_csv_still_works(tmp_path: Path) -> None:
    """A database from before outlets.csv has no outlet_names table: the Sources page reads it
    with each name as an outlet (no error)."""
    path = tmp_path / "old.duckdb"
    con = duckdb.connect(str(path))
    con.execute(
        "CREATE TABLE documents (doc_id VARCHAR, outlet VARCHAR, url VARCHAR, title VARCHAR, "
        "published_at TIMESTAMP, language VARCHAR, source VARCHAR, notes VARCHAR)"
    )
    con.execute("CREATE TABLE reports (claim_id VARCHAR, doc_id VARCHAR, quote VARCHAR)")
    con.execute("CREATE TABLE quarantine (source_file VARCHAR)")
    con.execute("CREATE TABLE import_log (source_file VARCHAR, via VARCHAR)")
    con.execute(
        "INSERT INTO documents VALUES ('d1', 'reuters.com', NULL, NULL, NULL, NULL, 'economist', NULL)"
    )
    assert Q.outlets(con)["outlet"].tolist() == ["reuters.com"]
    assert Q.table_counts(con)["outlets"] == 1
    assert Q.document_list(con)["outlet"].tolist() == ["reuters.com"]
    con.close()


def test_the_responses_table_names_the_outlet_a_name_means(tmp_path: Path) -> None:
    """(QA pass 26) Attribution's Responses table showed "Reuters News" where every other table
    showed "Reuters"."""
    data = write_dataset(
        tmp_path / "data",
        documents=DOCS,
        claims=claims_csv(claim_row(ref="hur30", documents="doc-b;doc-c")),
        responses=(
            "responder,stance,about,claims,stated_on,stated_on_precision,documents,quote\n"
            "HUR,no_comment,the figure,hur30,2024-12-17,day,doc-c,declined to comment\n"
        ),
        outlets="name,outlet\nReuters News,Reuters\n",
    )
    con, _report = build_in_memory(data)
    assert Q.responses_by_actor(con, Filters())["outlet"].tolist() == ["Reuters"]


def test_a_names_case_is_no_chain_and_an_empty_file_is_no_file(tmp_path: Path) -> None:
    """(QA pass 27) "AFP,afp" beside "Agence France Presse,AFP" quarantined the second as a chain;
    a 0-byte outlets.csv stopped the build ("missing column(s) name, outlet")."""
    outlets = "name,outlet\nAFP,afp\nAgence France Presse,AFP\n"
    con, report = build_in_memory(_one_claim_three_spellings(tmp_path, outlets))
    assert query(con, "SELECT count(*) FROM quarantine") == [(0,)]
    empty = write_dataset(tmp_path / "empty", documents=DOCS, outlets="")
    con, report = build_in_memory(empty)
    assert not [f for f in report.files if f.label.endswith("outlets.csv")]
    assert query(con, "SELECT count(*) FROM outlet_names") == [(0,)]


def test_an_outlet_written_in_another_case_is_still_one_outlet(tmp_path: Path) -> None:
    """(QA pass 27) outlets.csv mapping "reuters.com" to "reuters" beside documents that write
    "Reuters" listed two outlets ("Reuters;reuters"), and two rows naming "Reuters" and "REUTERS"
    as the outlet did the same. An outlet is spelt as its first row writes it, in every case."""
    data = _one_claim_three_spellings(tmp_path, "name,outlet\nreuters.com,reuters\nReuters News,REUTERS\n")
    con, _report = build_in_memory(data)
    assert query(con, "SELECT reported_by, n_reports FROM claims_wide") == [("reuters", 3)]
    assert Q.headline(con, Filters())["outlets"].iloc[0] == 1
    assert sorted(Q.outlets(con)["outlet"].tolist()) == ["Anadolu Agency (AA)", "reuters"]
