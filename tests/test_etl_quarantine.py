"""A row that fails is quarantined with file, spreadsheet row, field and a reason; never dropped.

Row numbers are spreadsheet rows: the header is row 1, a quoted cell spanning several lines is
still one row, and rows after a rejected row keep their true numbers.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

import duckdb
import pytest

from etl.build import build
from etl.cli import main
from etl.core.db import resolve_live
from etl.core.report import BuildReport, InputFileError
from tests.helpers import (
    build_in_memory,
    claim_row,
    claims_csv,
    csv_line,
    query,
    write_dataset,
)

OK = claim_row(ref="ok-1")


def _build(tmp_path: Path, **files: str | bytes) -> tuple[Path, duckdb.DuckDBPyConnection, BuildReport]:
    """Load the dataset with `files` in memory: the rules and the quarantine are what is tested."""
    data = write_dataset(tmp_path / "data", **files)
    con, report = build_in_memory(data)
    return data, con, report


def _quarantine_rows(pointer: Path | duckdb.DuckDBPyConnection) -> list[dict]:
    cols = ("source_file", "row_number", "field", "value", "reason")
    rows = query(pointer, f"SELECT {', '.join(cols)} FROM quarantine ORDER BY source_file, row_number")
    return [dict(zip(cols, r, strict=True)) for r in rows]


def _load_log(pointer: Path | duckdb.DuckDBPyConnection, source_file: str) -> tuple[int, int, int]:
    rows = query(
        pointer,
        "SELECT rows_read, rows_loaded, rows_quarantined FROM load_log WHERE source_file = ?",
        [source_file],
    )
    assert len(rows) == 1, f"no load_log row for {source_file}"
    return rows[0]


def _single_claims_quarantine(
    tmp_path: Path, *rows: str | bytes, raw: bytes | None = None
) -> tuple[dict, BuildReport, duckdb.DuckDBPyConnection]:
    """Build with claims.csv = the header + rows; return its only quarantine entry (DB == report)."""
    content: str | bytes = raw if raw is not None else claims_csv(*rows)
    data, pointer, report = _build(tmp_path, claims=content)
    label = str(data / "claims.csv")
    in_db = [q for q in _quarantine_rows(pointer) if q["source_file"] == label]
    in_report = [q for q in report.quarantine if q.source_file == label]
    assert len(in_db) == 1, in_db
    assert len(in_report) == 1, in_report
    q = in_db[0]
    r = in_report[0]
    assert (r.row_number, r.field, r.reason) == (q["row_number"], q["field"], q["reason"])
    return q, report, pointer


def _claims_counts(report: BuildReport) -> tuple[int, int, int]:
    (f,) = [f for f in report.files if f.label.endswith("claims.csv")]
    return f.rows_read, f.rows_loaded, f.rows_quarantined


# --- one test per reason -----------------------------------------------------------------------


def test_a_date_that_is_not_iso_is_quarantined_asking_for_yyyy_mm_dd(tmp_path):
    q, report, _ = _single_claims_quarantine(
        tmp_path, OK, claim_row(ref="bad", stated_on="16/12/2024"), claim_row(ref="ok-2", metric="wounded")
    )
    assert q["source_file"] == str(tmp_path / "data" / "claims.csv")
    assert q["row_number"] == 3
    assert q["field"] == "stated_on"
    assert "16/12/2024" in q["reason"] and "YYYY-MM-DD" in q["reason"]
    assert _claims_counts(report) == (3, 2, 1)


def test_an_impossible_date_is_quarantined(tmp_path):
    q, _, _ = _single_claims_quarantine(tmp_path, OK, claim_row(ref="bad", period_end="2024-13-45"))
    assert (q["row_number"], q["field"]) == (3, "period_end")
    assert "YYYY-MM-DD" in q["reason"]


def test_an_unknown_qualifier_is_quarantined_listing_the_allowed_ones(tmp_path):
    q, report, _ = _single_claims_quarantine(tmp_path, OK, claim_row(ref="bad", qualifier="roughly"))
    assert (q["row_number"], q["field"]) == (3, "qualifier")
    assert "roughly" in q["reason"]
    for allowed in ("exact", "at_least", "over", "about", "nearly", "up_to", "range"):
        assert allowed in q["reason"]
    assert _claims_counts(report) == (2, 1, 1)


def test_value_low_above_value_high_is_quarantined(tmp_path):
    q, _, _ = _single_claims_quarantine(
        tmp_path, OK, claim_row(ref="bad", value_low="50", value_high="40", qualifier="range")
    )
    assert (q["row_number"], q["field"]) == (3, "value_low")
    assert "value_low 50 is greater than value_high 40" in q["reason"]


def test_an_unknown_place_is_quarantined_pointing_at_the_gazetteer(tmp_path):
    q, _, _ = _single_claims_quarantine(tmp_path, OK, claim_row(ref="bad", places="Plekhovo;Atlantis"))
    assert (q["row_number"], q["field"]) == (3, "places")
    assert "Atlantis" in q["reason"] and "gazetteer" in q["reason"]
    assert "Plekhovo" not in q["reason"]


def test_an_ambiguous_place_is_quarantined_without_a_region_and_resolved_with_one(tmp_path):
    q, report, pointer = _single_claims_quarantine(
        tmp_path,
        claim_row(ref="kursk", places="Vorozhba", region="Kursk Oblast", metric="killed"),
        claim_row(ref="sumy", places="Vorozhba", region="Sumy Oblast", metric="wounded"),
        claim_row(ref="none", places="Vorozhba", region="", metric="missing", claim_type="missing"),
    )
    assert (q["row_number"], q["field"]) == (4, "places")
    assert "ambiguous" in q["reason"] and "region" in q["reason"]
    assert "vorozhba-kursk" in q["reason"] and "vorozhba-sumy" in q["reason"]
    resolved = query(
        pointer,
        "SELECT c.ref, cp.place_id FROM claims c JOIN claim_places cp USING (claim_id) ORDER BY 1",
    )
    assert resolved == [("kursk", "vorozhba-kursk"), ("sumy", "vorozhba-sumy")]
    assert _claims_counts(report) == (3, 2, 1)


def test_a_row_without_a_claimant_is_quarantined(tmp_path):
    q, _, _ = _single_claims_quarantine(tmp_path, OK, claim_row(ref="bad", claimant=""))
    assert (q["row_number"], q["field"]) == (3, "claimant")
    assert "required" in q["reason"]


def test_an_unknown_claimant_is_quarantined_pointing_at_the_actors_file(tmp_path):
    q, _, _ = _single_claims_quarantine(tmp_path, OK, claim_row(ref="bad", claimant="Nobody in particular"))
    assert (q["row_number"], q["field"]) == (3, "claimant")
    assert "Nobody in particular" in q["reason"] and "actors.csv" in q["reason"]


def test_a_row_with_too_few_columns_is_quarantined_whole(tmp_path):
    q, report, _ = _single_claims_quarantine(
        tmp_path, OK, "short,HUR,Telegram", claim_row(ref="ok-2", metric="wounded")
    )
    assert q["row_number"] == 3
    assert q["field"] is None
    assert "expected 20, found 3" in q["reason"]
    assert _claims_counts(report) == (3, 2, 1)


def test_a_row_with_too_many_columns_is_quarantined_whole(tmp_path):
    q, report, _ = _single_claims_quarantine(
        tmp_path, OK, claim_row(ref="long") + ",extra,cells", claim_row(ref="ok-2", metric="wounded")
    )
    assert q["row_number"] == 3
    assert q["field"] is None
    assert "expected 20, found 22" in q["reason"]
    assert _claims_counts(report) == (3, 2, 1)


def test_bytes_that_are_not_utf8_are_quarantined(tmp_path):
    text = claims_csv(
        OK, claim_row(ref="latin1", quote="caf\udce9 au lait"), claim_row(ref="ok-2", metric="wounded")
    )
    q, report, pointer = _single_claims_quarantine(tmp_path, raw=text.encode("utf-8", "surrogateescape"))
    assert q["row_number"] == 3
    assert q["field"] == "quote"
    assert "UTF-8" in q["reason"]
    assert _claims_counts(report) == (3, 2, 1)
    assert sorted(r[0] for r in query(pointer, "SELECT ref FROM claims")) == ["ok-1", "ok-2"]


def test_an_unknown_doc_id_is_quarantined_naming_it(tmp_path):
    q, _, _ = _single_claims_quarantine(tmp_path, OK, claim_row(ref="bad", documents="doc-a;doc-zzz"))
    assert (q["row_number"], q["field"]) == (3, "documents")
    assert "unknown doc_id" in q["reason"] and "doc-zzz" in q["reason"]
    assert "doc-a" not in q["reason"]


def test_a_duplicate_ref_is_quarantined(tmp_path):
    q, _, pointer = _single_claims_quarantine(tmp_path, OK, claim_row(ref="ok-1", metric="wounded"))
    assert (q["row_number"], q["field"]) == (3, "ref")
    assert "duplicates an earlier ref" in q["reason"]
    assert query(pointer, "SELECT ref, metric FROM claims") == [("ok-1", "killed")]


def test_at_least_with_a_value_high_is_quarantined(tmp_path):
    q, _, _ = _single_claims_quarantine(tmp_path, OK, claim_row(ref="bad", value_high="40"))
    assert (q["row_number"], q["field"]) == (3, "qualifier")
    assert "lower bound" in q["reason"] and "value_high empty" in q["reason"]


def test_exact_with_different_bounds_is_quarantined(tmp_path):
    q, _, _ = _single_claims_quarantine(
        tmp_path, OK, claim_row(ref="bad", qualifier="exact", value_low="30", value_high="40")
    )
    assert (q["row_number"], q["field"]) == (3, "qualifier")
    assert "exact needs value_low = value_high" in q["reason"]


def test_a_figure_that_is_not_a_whole_number_is_quarantined(tmp_path):
    q, _, _ = _single_claims_quarantine(tmp_path, OK, claim_row(ref="bad", value_low="10,000"))
    assert (q["row_number"], q["field"]) == (3, "value_low")
    assert "10,000" in q["reason"] and "whole number" in q["reason"]


def test_a_date_given_with_unknown_precision_is_quarantined_naming_the_column(tmp_path):
    q, _, _ = _single_claims_quarantine(tmp_path, OK, claim_row(ref="bad", stated_on_precision="unknown"))
    assert (q["row_number"], q["field"]) == (3, "stated_on_precision")
    assert "stated_on" in q["reason"]
    # The message is for an analyst: it must not leak the loader's SQL aliases ("s.stated_on").
    assert "s.stated_on" not in q["reason"], q["reason"]


def test_an_actor_parent_cycle_is_quarantined_not_silently_dropped(tmp_path):
    base = (Path(__file__).parent / "fixtures" / "etl" / "base" / "actors.csv").read_text()
    actors = base + "Alpha,,group,Other,Beta\nBeta,,group,Other,Alpha\n"  # rows 8 and 9
    data, pointer, report = _build(tmp_path, actors=actors)
    label = str(data / "actors.csv")
    (f,) = [f for f in report.files if f.label == label]
    in_table = query(pointer, "SELECT count(*) FROM actors")[0][0]
    # Every row is either in the actors table or in quarantine: none silently vanishes.
    assert f.rows_loaded == in_table, (f, in_table)
    got = [(q["row_number"], q["field"]) for q in _quarantine_rows(pointer) if q["source_file"] == label]
    assert got == [(8, "parent"), (9, "parent")]


# --- row numbers -------------------------------------------------------------------------------


def test_row_numbers_count_a_multiline_cell_as_one_row_and_survive_rejected_rows(tmp_path):
    _, pointer, report = _build(
        tmp_path,
        claims=claims_csv(
            claim_row(ref="r2", quote="line one,\nline two\nline three"),  # row 2, three lines
            "r3,HUR",  # row 3: too few columns
            claim_row(ref="r4", stated_on="2024-13-45"),  # row 4: reader reject
            claim_row(ref="r5", metric="wounded"),  # row 5: fine
            claim_row(ref="r6", qualifier="roughly"),  # row 6: rule
            claim_row(ref="r7", metric="missing", quote='a "quoted"\nword'),  # row 7: fine
            "x,y",  # row 8: too few
            claim_row(ref="r9", claimant="Nobody"),  # row 9: rule
        ),
    )
    got = [(q["row_number"], q["field"]) for q in _quarantine_rows(pointer)]
    assert got == [(3, None), (4, "stated_on"), (6, "qualifier"), (8, None), (9, "claimant")]
    assert _claims_counts(report) == (8, 3, 5)
    quotes = dict(query(pointer, "SELECT ref, quote FROM claims"))
    assert quotes["r2"] == "line one,\nline two\nline three"
    assert quotes["r7"] == 'a "quoted"\nword'


def test_a_blank_line_does_not_shift_the_row_numbers_of_later_rows(tmp_path):
    # A spreadsheet shows the blank line as (empty) row 3, so the rows after it are 4 and 5.
    _, pointer, _ = _build(
        tmp_path,
        claims=claims_csv(OK, "", "r4,HUR", claim_row(ref="r5", qualifier="roughly")),
    )
    got = {q["row_number"]: q for q in _quarantine_rows(pointer)}
    assert sorted(got) == [4, 5], got
    assert got[5]["field"] == "qualifier"
    assert "found 2" in got[4]["reason"], got[4]["reason"]


# --- counts for every file ---------------------------------------------------------------------

EVERY_FILE_BAD = {
    "actors": (
        "name,aliases,kind,side,parent\n"
        "Ukraine,Kyiv,state,Ukraine,\n"
        "Ministry of Defence of Ukraine,MoD Ukraine,state_body,Ukraine,Ukraine\n"
        "Defense Intelligence of Ukraine (HUR),HUR;GUR,intelligence,Ukraine,Ministry of Defence of Ukraine\n"
        "Martians,,group,Mars,\n"
        "Orphan,,group,Other,Nobody\n"
    ),
    "places": (
        "place_id,name,aliases,kind,admin2,admin1,country_code,lat,lon,coord_precision,source_url,notes\n"
        "plekhovo,Plekhovo,,village,Sudzhansky District,Kursk Oblast,RU,51.1,35.3333,exact,,\n"
        "vorozhba-kursk,Vorozhba,,village,Belovsky District,Kursk Oblast,RU,51.1,35.5,approximate,,\n"
        "vorozhba-sumy,Vorozhba,,town,Sumy Raion,Sumy Oblast,UA,51.1714,34.2281,exact,,\n"
        "null-island,Null Island,,village,,Nowhere,XX,0,0,exact,,\n"
    ),
    "documents": (
        "doc_id,outlet,url,title,published_at,language,tags,notes\n"
        "doc-a,Anadolu Agency (AA),https://example.org/a,A,2024-12-16,en,,\n"
        "doc-b,Reuters,ftp://example.org/b,B,2024-12-17,en,,\n"
        "doc-c,Ukrainska Pravda,,C,yesterday,en,,\n"
    ),
    "claims": claims_csv(
        claim_row(ref="k1"),
        claim_row(ref="k2", metric="wounded", qualifier="roughly"),
        claim_row(ref="k3", metric="missing", claim_type="missing", documents="doc-b"),
    ),
    "responses": (
        "responder,stance,about,claims,stated_on,stated_on_precision,documents,quote\n"
        "Ukraine,no_comment,the claim,k1,2024-12-16,day,doc-a,q\n"
        "Ukraine,denied,the claim,k2,2024-12-16,day,doc-a,q\n"
        "Nobody,denied,the claim,k1,2024-12-16,day,doc-a,q\n"
    ),
    "events": (
        "event_id,title,kind,date_start,date_end,date_precision,place,region,key_event,"
        "fatalities_low,fatalities_best,fatalities_high,source_url,documents,notes\n"
        "ev-kursk,Strike,combat,2024-12-14,,day,Vorozhba,Kursk Oblast,false,,,,,doc-a,\n"
        "ev-ambiguous,Strike,combat,2024-12-14,,day,Vorozhba,,false,,,,,doc-a,\n"
        "ev-short,Strike\n"
    ),
}

#: (rows_read, rows_loaded, rows_quarantined) per file for EVERY_FILE_BAD.
EVERY_FILE_EXPECTED = {
    "actors.csv": (5, 3, 2),
    "places.csv": (4, 3, 1),
    "documents.csv": (3, 1, 2),
    "claims.csv": (3, 1, 2),
    "responses.csv": (3, 1, 2),
    "events.csv": (3, 1, 2),
}


def test_every_file_reports_rows_read_as_rows_loaded_plus_rows_quarantined(tmp_path):
    data, pointer, report = _build(tmp_path, **EVERY_FILE_BAD)
    by_label = {f.label: f for f in report.files}
    assert set(by_label) == {str(data / n) for n in EVERY_FILE_EXPECTED}
    quarantined_per_file = dict(
        query(pointer, "SELECT source_file, count(DISTINCT row_number) FROM quarantine GROUP BY 1")
    )
    for name, expected in EVERY_FILE_EXPECTED.items():
        label = str(data / name)
        f = by_label[label]
        assert (f.rows_read, f.rows_loaded, f.rows_quarantined) == expected, name
        assert f.rows_read == f.rows_loaded + f.rows_quarantined, name
        assert _load_log(pointer, label) == expected, name
        assert quarantined_per_file.get(label, 0) == expected[2], name
    assert len(report.quarantine) == sum(e[2] for e in EVERY_FILE_EXPECTED.values())
    assert report.counts["quarantine"] == len(report.quarantine)


# --- strict mode and unreadable files ----------------------------------------------------------


def _versions(pointer: Path) -> list[str]:
    vdir = pointer.parent / ".versions"
    return sorted(p.name for p in vdir.iterdir()) if vdir.is_dir() else []


def test_strict_build_exits_non_zero_naming_file_row_and_field_and_publishes_nothing(published_base, capsys):
    data, pointer = published_base  # the minimal dataset, published
    old_target = os.readlink(pointer)
    old_files = _versions(pointer)
    old_claims = query(pointer, "SELECT claim_id FROM claims ORDER BY 1")
    write_dataset(data, claims=claims_csv(OK, OK.replace("ok-1", "ok-2").replace(",30,", ",3O,")))
    # `python -m etl build --strict ...` is `sys.exit(main([...]))` (the entry point itself runs
    # as a subprocess in test_etl_cli and test_etl_atomicity): its exit status and stderr.
    capsys.readouterr()
    code = main(["build", "--strict", "--quiet", "--data", str(data), "--db", str(pointer)])
    err = capsys.readouterr().err
    assert code != 0
    assert str(data / "claims.csv") in err
    assert re.search(r"row 3\b", err), err
    assert "value_low" in err
    assert os.readlink(pointer) == old_target
    assert _versions(pointer) == old_files
    assert query(pointer, "SELECT claim_id FROM claims ORDER BY 1") == old_claims


def test_a_header_missing_a_required_column_fails_the_build_and_keeps_the_old_database(published_base):
    data, pointer = published_base  # the minimal dataset, published
    old_target = resolve_live(pointer)
    old_claims = query(pointer, "SELECT claim_id, ref FROM claims ORDER BY 1")
    header = ",".join(c for c in claims_csv().strip().split(",") if c != "claimant")
    write_dataset(data, claims=header + "\n")
    with pytest.raises(InputFileError) as exc:
        build(data, pointer)
    message = str(exc.value)
    assert str(data / "claims.csv") in message
    assert "claimant" in message
    assert resolve_live(pointer) == old_target
    assert query(pointer, "SELECT claim_id, ref FROM claims ORDER BY 1") == old_claims
    assert not [n for n in _versions(pointer) if ".tmp" in n]


def test_a_header_with_columns_in_another_order_loads_by_name(tmp_path):
    from tests.helpers import CLAIMS_HEADER, VALID_CLAIM

    order = list(reversed(CLAIMS_HEADER))
    row = {**VALID_CLAIM, "ref": "rev"}
    text = csv_line(order) + "\n" + csv_line([row[c] for c in order]) + "\n"
    _, pointer, report = _build(tmp_path, claims=text)
    assert report.quarantine == []
    assert query(pointer, "SELECT ref, value_low, qualifier FROM claims") == [("rev", 30, "at_least")]
