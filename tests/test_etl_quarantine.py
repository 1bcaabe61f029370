"""A row that fails is quarantined with file, spreadsheet row, field and a reason; never dropped.

Row numbers are spreadsheet rows: the header is row 1, a quoted cell spanning several lines is
still one row, and rows after a rejected row keep their true numbers.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import duckdb
import pytest

from etl.build import build
from etl.cli import main
from etl.core.contract import actor_id
from etl.core.db import resolve_live
from etl.core.report import BuildReport, InputFileError
from tests.helpers import (
    BASE_DATASET_DIR,
    CLAIMS_HEADER,
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


def _claims_counts(report: BuildReport) -> tuple[int, int, int]:
    (f,) = [f for f in report.files if f.label.endswith("claims.csv")]
    return f.rows_read, f.rows_loaded, f.rows_quarantined


# --- one test per reason -----------------------------------------------------------------------
#
# Every reason's rows go into one claims.csv, loaded once for the module (`one_load`): a rule's
# outcome does not depend on the other rows (each case's rows are distinct claims: their own
# refs and subject), and a load costs about 0.3 s of CPU whatever the number of rows. Each test
# still checks its own row: exactly one quarantine entry at that spreadsheet row, the same in the
# database and in the report, with its field and reason; the case's other rows are loaded.


def _ok(case: str, i: int, **fields: str) -> str:
    """A valid row of `case`: its own ref and subject, so it is a claim of its own."""
    return claim_row(**{"ref": f"{case}-ok{i}", "subject": f"DPRK forces ({case} {i})", **fields})


#: Each reason's rows, in file order, and the index of the one row to be quarantined.
CASES: dict[str, tuple[list[str], int]] = {
    "not_iso": (
        [_ok("not_iso", 1), claim_row(ref="not_iso-bad", stated_on="16/12/2024"), _ok("not_iso", 2)],
        1,
    ),
    "impossible_date": (
        [_ok("impossible_date", 1), claim_row(ref="impossible_date-bad", period_end="2024-13-45")],
        1,
    ),
    "qualifier": ([_ok("qualifier", 1), claim_row(ref="qualifier-bad", qualifier="roughly")], 1),
    "low_above_high": (
        [
            _ok("low_above_high", 1),
            claim_row(ref="lah-bad", value_low="50", value_high="40", qualifier="range"),
        ],
        1,
    ),
    "unknown_place": ([_ok("unknown_place", 1), claim_row(ref="up-bad", places="Plekhovo;Atlantis")], 1),
    "ambiguous_place": (
        [
            _ok("ambiguous_place", 1, ref="kursk", places="Vorozhba", region="Kursk Oblast", metric="killed"),
            _ok("ambiguous_place", 2, ref="sumy", places="Vorozhba", region="Sumy Oblast", metric="wounded"),
            claim_row(ref="none", places="Vorozhba", region="", metric="missing", claim_type="missing"),
        ],
        2,
    ),
    "no_claimant": ([_ok("no_claimant", 1), claim_row(ref="nc-bad", claimant="")], 1),
    "unknown_claimant": (
        [_ok("unknown_claimant", 1), claim_row(ref="uc-bad", claimant="Nobody in particular")],
        1,
    ),
    "too_few_columns": ([_ok("too_few_columns", 1), "short,HUR,Telegram", _ok("too_few_columns", 2)], 1),
    "too_many_columns": (
        [_ok("too_many_columns", 1), claim_row(ref="long") + ",extra,cells", _ok("too_many_columns", 2)],
        1,
    ),
    # Not UTF-8: the quote's é is written as the Latin-1 byte 0xE9 (the file is encoded with
    # surrogateescape).
    "not_utf8": (
        [_ok("not_utf8", 1), claim_row(ref="latin1", quote="caf\udce9 au lait"), _ok("not_utf8", 2)],
        1,
    ),
    "unknown_doc": ([_ok("unknown_doc", 1), claim_row(ref="ud-bad", documents="doc-a;doc-zzz")], 1),
    "duplicate_ref": (
        [_ok("duplicate_ref", 1, ref="dup-1"), _ok("duplicate_ref", 2, ref="dup-1", metric="wounded")],
        1,
    ),
    "at_least_high": ([_ok("at_least_high", 1), claim_row(ref="alh-bad", value_high="40")], 1),
    "exact_bounds": (
        [_ok("exact_bounds", 1), claim_row(ref="eb-bad", qualifier="exact", value_low="30", value_high="40")],
        1,
    ),
    "not_whole": ([_ok("not_whole", 1), claim_row(ref="nw-bad", value_low="10,000")], 1),
    "precision": ([_ok("precision", 1), claim_row(ref="pr-bad", stated_on_precision="unknown")], 1),
}

#: Two actors naming each other as parent (rows 8 and 9 of the base actors.csv plus these).
CYCLE_ACTORS = "Alpha,,group,Other,Beta\nBeta,,group,Other,Alpha\n"


@dataclass
class OneLoad:
    data: Path
    con: duckdb.DuckDBPyConnection
    report: BuildReport
    bad_row: dict[str, int]  # case -> the spreadsheet row of its bad row
    rows: int  # claims.csv rows under the header


@pytest.fixture(scope="module")
def one_load(tmp_path_factory: pytest.TempPathFactory) -> Iterator[OneLoad]:
    rows: list[str] = []
    bad_row: dict[str, int] = {}
    for name, (case_rows, bad) in CASES.items():
        bad_row[name] = 2 + len(rows) + bad  # the header is row 1; every row here is one line
        rows += case_rows
    base_actors = (Path(__file__).parent / "fixtures" / "etl" / "base" / "actors.csv").read_text()
    data = write_dataset(
        tmp_path_factory.mktemp("quarantine") / "data",
        claims=claims_csv(*rows).encode("utf-8", "surrogateescape"),
        actors=base_actors + CYCLE_ACTORS,
    )
    con, report = build_in_memory(data)
    yield OneLoad(data, con, report, bad_row, len(rows))
    con.close()


def _entry(load: OneLoad, case: str) -> dict:
    """The quarantine entry of `case`'s bad row: the only one at its row, the same in the
    database and in the report."""
    label = str(load.data / "claims.csv")
    row = load.bad_row[case]
    in_db = [q for q in _quarantine_rows(load.con) if q["source_file"] == label and q["row_number"] == row]
    in_report = [q for q in load.report.quarantine if q.source_file == label and q.row_number == row]
    assert len(in_db) == 1, in_db
    assert len(in_report) == 1, in_report
    q, r = in_db[0], in_report[0]
    assert (r.row_number, r.field, r.reason) == (q["row_number"], q["field"], q["reason"])
    return q


def _refs(load: OneLoad) -> set[str]:
    return {r[0] for r in query(load.con, "SELECT ref FROM claims")}


def test_the_reasons_file_quarantines_exactly_its_bad_rows_and_loads_the_rest(one_load):
    """Rows in = loaded + quarantined: one row per case quarantined, every other row loaded."""
    assert _claims_counts(one_load.report) == (one_load.rows, one_load.rows - len(CASES), len(CASES))
    label = str(one_load.data / "claims.csv")
    rows = sorted(q["row_number"] for q in _quarantine_rows(one_load.con) if q["source_file"] == label)
    assert rows == sorted(one_load.bad_row.values())


@pytest.mark.parametrize("case", [c for c in CASES if c not in ("duplicate_ref", "ambiguous_place")])
def test_the_other_rows_of_a_case_load(one_load, case):
    """A bad row does not take its neighbours with it: the rows before and after it load."""
    rows, _bad = CASES[case]
    ok = [f"{case}-ok{i}" for i in range(1, sum(r.startswith(case + "-ok") for r in rows) + 1)]
    assert ok and set(ok) <= _refs(one_load)


def test_a_date_that_is_not_iso_is_quarantined_asking_for_yyyy_mm_dd(one_load):
    q = _entry(one_load, "not_iso")
    assert q["source_file"] == str(one_load.data / "claims.csv")
    assert q["field"] == "stated_on"
    assert "16/12/2024" in q["reason"] and "YYYY-MM-DD" in q["reason"]
    assert "not_iso-bad" not in _refs(one_load)


def test_an_impossible_date_is_quarantined(one_load):
    q = _entry(one_load, "impossible_date")
    assert q["field"] == "period_end"
    assert "YYYY-MM-DD" in q["reason"]


def test_an_unknown_qualifier_is_quarantined_listing_the_allowed_ones(one_load):
    q = _entry(one_load, "qualifier")
    assert q["field"] == "qualifier"
    assert "roughly" in q["reason"]
    for allowed in ("exact", "at_least", "over", "about", "nearly", "up_to", "range"):
        assert allowed in q["reason"]


def test_value_low_above_value_high_is_quarantined(one_load):
    q = _entry(one_load, "low_above_high")
    assert q["field"] == "value_low"
    assert "value_low 50 is greater than value_high 40" in q["reason"]


def test_an_unknown_place_is_quarantined_pointing_at_the_gazetteer(one_load):
    q = _entry(one_load, "unknown_place")
    assert q["field"] == "places"
    assert "Atlantis" in q["reason"] and "gazetteer" in q["reason"]
    assert "Plekhovo" not in q["reason"]


def test_an_ambiguous_place_is_quarantined_without_a_region_and_resolved_with_one(one_load):
    q = _entry(one_load, "ambiguous_place")
    assert q["field"] == "places"
    assert "ambiguous" in q["reason"] and "region" in q["reason"]
    assert "vorozhba-kursk" in q["reason"] and "vorozhba-sumy" in q["reason"]
    resolved = query(
        one_load.con,
        "SELECT c.ref, cp.place_id FROM claims c JOIN claim_places cp USING (claim_id) "
        "WHERE c.ref IN ('kursk', 'sumy', 'none') ORDER BY 1",
    )
    assert resolved == [("kursk", "vorozhba-kursk"), ("sumy", "vorozhba-sumy")]


def test_a_row_without_a_claimant_is_quarantined(one_load):
    q = _entry(one_load, "no_claimant")
    assert q["field"] == "claimant"
    assert "required" in q["reason"]


def test_an_unknown_claimant_is_quarantined_pointing_at_the_actors_file(one_load):
    q = _entry(one_load, "unknown_claimant")
    assert q["field"] == "claimant"
    assert "Nobody in particular" in q["reason"] and "actors.csv" in q["reason"]


def test_a_row_with_too_few_columns_is_quarantined_whole(one_load):
    q = _entry(one_load, "too_few_columns")
    assert q["field"] == CLAIMS_HEADER[3]  # the first column the row lacks
    assert "expected 20, found 3" in q["reason"]


def test_a_row_with_too_many_columns_is_quarantined_whole(one_load):
    q = _entry(one_load, "too_many_columns")
    assert q["field"] == "column 21"  # the first cell past the header
    assert "expected 20, found 22" in q["reason"]
    assert "long" not in _refs(one_load)


def test_bytes_that_are_not_utf8_are_quarantined(one_load):
    q = _entry(one_load, "not_utf8")
    assert q["field"] == "quote"
    assert "UTF-8" in q["reason"]
    assert "latin1" not in _refs(one_load)


def test_an_unknown_doc_id_is_quarantined_naming_it(one_load):
    q = _entry(one_load, "unknown_doc")
    assert q["field"] == "documents"
    assert "unknown doc_id" in q["reason"] and "doc-zzz" in q["reason"]
    assert "doc-a" not in q["reason"]


def test_a_duplicate_ref_is_quarantined(one_load):
    q = _entry(one_load, "duplicate_ref")
    assert q["field"] == "ref"
    assert "duplicates an earlier ref" in q["reason"]
    assert query(one_load.con, "SELECT ref, metric FROM claims WHERE ref = 'dup-1'") == [("dup-1", "killed")]


def test_at_least_with_a_value_high_is_quarantined(one_load):
    q = _entry(one_load, "at_least_high")
    assert q["field"] == "qualifier"
    assert "lower bound" in q["reason"] and "value_high empty" in q["reason"]


def test_exact_with_different_bounds_is_quarantined(one_load):
    q = _entry(one_load, "exact_bounds")
    assert q["field"] == "qualifier"
    assert "exact needs value_low = value_high" in q["reason"]


def test_a_figure_that_is_not_a_whole_number_is_quarantined(one_load):
    q = _entry(one_load, "not_whole")
    assert q["field"] == "value_low"
    assert "10,000" in q["reason"] and "whole number" in q["reason"]


def test_a_date_given_with_unknown_precision_is_quarantined_naming_the_column(one_load):
    q = _entry(one_load, "precision")
    assert q["field"] == "stated_on_precision"
    assert "stated_on" in q["reason"]
    # The message is for an analyst: it must not leak the loader's SQL aliases ("s.stated_on").
    assert "s.stated_on" not in q["reason"], q["reason"]


def test_an_actor_parent_cycle_is_quarantined_not_silently_dropped(one_load):
    label = str(one_load.data / "actors.csv")
    (f,) = [f for f in one_load.report.files if f.label == label]
    in_table = query(one_load.con, "SELECT count(*) FROM actors")[0][0]
    # Every row is either in the actors table or in quarantine: none silently vanishes.
    assert f.rows_loaded == in_table, (f, in_table)
    got = [(q["row_number"], q["field"]) for q in _quarantine_rows(one_load.con) if q["source_file"] == label]
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
    short = CLAIMS_HEADER[2]  # the first column the short rows lack
    assert got == [(3, short), (4, "stated_on"), (6, "qualifier"), (8, short), (9, "claimant")]
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
    "outlets": "name,outlet,notes\nReuters News,Reuters,\nREUTERS NEWS,Reuters,a name twice\n,AFP,no name\n",
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
    "outlets.csv": (3, 1, 2),
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


def test_a_quarantine_message_names_each_field_once(tmp_path: Path) -> None:
    """(session 20, QA find 11) "field value_low: value_low: value_low 1100 is greater …" and
    "field ref: ref: bytes that are not UTF-8": the field is named once, then what is wrong."""
    from etl.core.report import Quarantined
    from etl.core.rules import _reason

    errs = [
        {"field": "value_low", "value": "1100", "reason": "value_low 1100 is greater than value_high 900"},
        {"field": "qualifier", "value": "range", "reason": "range needs value_low < value_high"},
    ]
    reason = _reason(errs)
    assert (
        reason
        == "value_low 1100 is greater than value_high 900; qualifier: range needs value_low < value_high"
    )
    q = Quarantined("claims.csv", 17, "value_low", "1100", reason, None)
    assert q.message().count("value_low") == 3  # "field value_low: value_low 1100 … < value_high"
    assert q.message().startswith("claims.csv, row 17, field value_low: value_low 1100 is greater")
    enc = Quarantined("claims.csv", 77, "ref", None, "ref: bytes that are not UTF-8", None)
    assert enc.message() == "claims.csv, row 77, field ref: bytes that are not UTF-8"


def test_a_row_with_the_wrong_column_count_names_the_field_where_it_goes_wrong(tmp_path: Path) -> None:
    # (QA 10) the README promises file, row and field for every quarantined row; a short or long
    # row named no field
    short = ",".join(claim_row(ref="short-1").split(",")[:6])
    long = claim_row(ref="long-1") + ",extra"
    _data, con, report = _build(tmp_path, claims=claims_csv(OK, short, long))
    rows = [r for r in _quarantine_rows(con) if r["source_file"].endswith("claims.csv")]
    assert [(r["row_number"], r["field"]) for r in rows] == [
        (3, CLAIMS_HEADER[6]),
        (4, f"column {len(CLAIMS_HEADER) + 1}"),
    ]
    # (QA 11) one format, however many reject records DuckDB gives for the row
    assert rows[0]["reason"] == (
        f"wrong column count (expected {len(CLAIMS_HEADER)}, found 6): the row ends before column 7, "
        f"{CLAIMS_HEADER[6]!r}"
    )
    assert (
        rows[1]["reason"]
        == f"wrong column count (expected {len(CLAIMS_HEADER)}, found {len(CLAIMS_HEADER) + 1}): 1 cell(s) past the last column"
    )
    assert _claims_counts(report) == (3, 1, 2)


def test_a_message_names_the_field_at_fault_and_says_required_only_of_an_empty_cell(tmp_path: Path) -> None:
    """(QA pass 26) A second actor named "Russia" was reported in field `aliases`; a metric
    "Killed" and a place_id "QA P4" were said to be "required" though they were there."""
    data = write_dataset(
        tmp_path / "data",
        actors=(BASE_DATASET_DIR / "actors.csv").read_text() + "HUR,,intelligence,Ukraine,\n",
        claims=claims_csv(claim_row(ref="a", metric="Killed"), claim_row(ref="b", metric="")),
    )
    con, _report = build_in_memory(data)
    got = {
        (Path(f).name, fld, reason.split(":")[0])
        for f, fld, reason in query(con, "SELECT source_file, field, reason FROM quarantine")
    }
    assert ("actors.csv", "name", "name or alias already used by an earlier actor") in got
    assert ("claims.csv", "metric", "must be a lower-case slug such as killed_or_wounded") in got
    assert ("claims.csv", "metric", "is required") in got


def test_two_actor_names_with_one_slug_quarantine_the_second_and_names_in_other_scripts_get_ids(
    tmp_path: Path,
) -> None:
    """(QA pass 31) "Western-Officials" beside "Western officials", or two names with no Latin
    letter (both slugged to ""), ended the build in a duplicate-key traceback: every build
    failed until actors.csv was fixed by hand (the review page could write such actors)."""
    base = (BASE_DATASET_DIR / "actors.csv").read_text(encoding="utf-8")
    assert "\nWestern officials," in base
    extra = (
        "Western-Officials,,official,Other,\n"
        "Юрий Подоляка,,official,Russia,\n"
        "Апти Алаудинов,,official,Russia,\n"
    )
    data, con, report = _build(tmp_path, actors=base + extra)
    first = base.count("\n") + 1  # (the header is row 1: the extra rows follow the base's)
    label = str(data / "actors.csv")
    bad = [q for q in report.quarantine if q.source_file == label]
    assert [(q.row_number, q.field, q.reason) for q in bad] == [
        (
            first,
            "name",
            "its id western-officials is that of an earlier actor, Western officials: rename one of them",
        )
    ]
    got = dict(query(con, "SELECT name, actor_id FROM actors WHERE actor_id LIKE 'actor-%'"))
    assert got == {name: actor_id(name) for name in ("Юрий Подоляка", "Апти Алаудинов")}, got
    assert len(set(got.values())) == 2
    n_in = base.count("\n") - 1 + 3
    assert query(con, "SELECT count(*) FROM actors")[0][0] + len(bad) == n_in


def test_an_event_or_document_with_an_importers_id_a_negative_toll_or_a_script_link_is_quarantined(
    tmp_path: Path,
) -> None:
    """(QA pass 30) A curated event named "ucdp-147997" took the imported event's place (and
    vanished from the table while the load log counted it), a document named
    "general-staff-russia-losses-personnel" re-labelled every General Staff claim's outlet; a
    negative toll and a `javascript:` link (shown as the key event's source) loaded."""
    header = (BASE_DATASET_DIR / "events.csv").read_text(encoding="utf-8")
    events = header + "".join(
        csv_line(["e-" + k if k != "id" else v, "T", "combat", "2024-12-14", "", "day", "", "", "", *row])
        + "\n"
        for k, v, row in (
            ("id", "ucdp-147997", ["", "", "", "", "", ""]),
            ("low", "", ["-1", "", "", "", "", ""]),
            ("best", "", ["", "-3", "", "", "", ""]),
            ("url", "", ["", "", "", "javascript:alert(1)", "", ""]),
        )
    )
    docs = (BASE_DATASET_DIR / "documents.csv").read_text(encoding="utf-8") + (
        "general-staff-russia-losses-personnel,Reuters,https://r.example/1,T,2024-12-16,en,,\n"
    )
    _data, con, report = _build(tmp_path, events=events, documents=docs)
    got = sorted((Path(q.source_file).name, q.row_number, q.field, q.reason) for q in report.quarantine)
    assert got == [
        (
            "documents.csv",
            5,
            "doc_id",
            "ids starting acled-src-, econ-, economist-, general-staff-, ucdp-src- are the importers': choose another",
        ),
        ("events.csv", 2, "event_id", "ids starting acled- or ucdp- are the importers': choose another"),
        ("events.csv", 3, "fatalities_low", "cannot be negative"),
        ("events.csv", 4, "fatalities_best", "cannot be negative"),
        ("events.csv", 5, "source_url", "must start with http:// or https://"),
    ]
    assert query(con, "SELECT count(*) FROM events")[0][0] == 0


def test_an_event_at_month_precision_not_on_the_first_is_quarantined_as_a_claim_would_be(
    tmp_path: Path,
) -> None:
    """(QA pass 30) "2024-12-05" at month precision loaded in events.csv; claims refused it."""
    header = (BASE_DATASET_DIR / "events.csv").read_text(encoding="utf-8")
    row = ["e-month", "T", "combat", "2024-12-05", "", "month", "", "", "", "", "", "", "", "", ""]
    _data, _con, report = _build(tmp_path, events=header + csv_line(row) + "\n")
    assert [(q.row_number, q.field, q.reason) for q in report.quarantine] == [
        (2, "date_start", "month precision: write the 1st of the month")
    ]
