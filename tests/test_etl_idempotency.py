"""The database is a pure function of data/: same inputs, same tables; row order does not matter."""

from __future__ import annotations

import csv
import io
import random
import shutil
from pathlib import Path

import duckdb
import pytest

from tests.helpers import DEFAULT_DATA_DIR, build_in_memory, claim_row, claims_csv, query, write_dataset

#: Every table and view a build writes, except build_info (it records when and how long).
TABLES = (
    "actors",
    "places",
    "documents",
    "claims",
    "claim_places",
    "reports",
    "responses",
    "response_claims",
    "events",
    "quarantine",
    "load_log",
    "claims_wide",
    "claims_flat",
)


def _contents(pointer: duckdb.DuckDBPyConnection | Path) -> dict[str, list[tuple]]:
    return {t: query(pointer, f"SELECT * FROM {t} ORDER BY ALL") for t in TABLES}  # sorted in DuckDB


def _messy_dataset(directory: Path) -> Path:
    """Shared claims, a two-document cell, an ambiguous place and other quarantined rows."""
    return write_dataset(
        directory,
        claims=claims_csv(
            claim_row(ref="a", documents="doc-a", places="Plekhovo"),
            claim_row(documents="doc-b", places="Vorozhba;Martynovka"),
            claim_row(ref="b", metric="wounded", documents="doc-a;doc-c", places="Sudzha"),
            claim_row(ref="c", metric="missing", claim_type="missing", places="Vorozhba", region=""),
            claim_row(ref="d", qualifier="roughly"),
            "e,HUR,short",
            claim_row(
                ref="f",
                claimant="NIS",
                stated_on="2024-12-19",
                value_low="100",
                quote='He said "100",\nthen left.',
                documents="doc-b",
            ),
        ),
        responses=(
            "responder,stance,about,claims,stated_on,stated_on_precision,documents,quote\n"
            "Russia,no_comment,the HUR claims,a;b,2024-12-16,day,doc-a,No comment.\n"
            "Moscow,denied,the NIS claim,f,2024-12-20,day,doc-b;doc-c,Denied.\n"
            "Russia,denied,a missing claim,c,2024-12-20,day,doc-b,Denied.\n"
        ),
        events=(
            "event_id,title,kind,date_start,date_end,date_precision,place,region,key_event,"
            "fatalities_low,fatalities_best,fatalities_high,source_url,documents,notes\n"
            "ev-1,Strike,combat,2024-12-14,2024-12-15,day,Vorozhba,Kursk Oblast,true,,,,,doc-a,\n"
            "ev-2,Strike,combat,2024-12-14,,day,Vorozhba,,false,,,,,doc-a,\n"
        ),
    )


@pytest.mark.parametrize("dataset", ["default", "messy"])
def test_two_builds_of_the_same_inputs_have_identical_tables(tmp_path, dataset, built_default_db):
    data = DEFAULT_DATA_DIR if dataset == "default" else _messy_dataset(tmp_path / "data")
    # data/: the run's build (to a file, earlier, maybe in another process) is the first build.
    first: duckdb.DuckDBPyConnection | Path = (
        built_default_db if dataset == "default" else build_in_memory(data)[0]
    )
    second, _ = build_in_memory(data)
    a, b = _contents(first), _contents(second)
    assert a["claims"], "the dataset loaded no claims"
    if dataset == "messy":
        assert a["quarantine"] and len(a["reports"]) > len(a["claims"])
    for table in TABLES:
        assert a[table] == b[table], table


def _shuffled_copy(src: Path, dst: Path, seed: int) -> Path:
    shutil.copytree(src, dst, ignore=shutil.ignore_patterns("*.duckdb*", ".versions", "sources"))
    text = (dst / "claims.csv").read_text(encoding="utf-8")
    rows = list(csv.reader(io.StringIO(text)))
    header, body = rows[0], rows[1:]
    shuffled = body[:]
    random.Random(seed).shuffle(shuffled)
    assert shuffled != body
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\n").writerows([header, *shuffled])
    (dst / "claims.csv").write_text(buf.getvalue(), encoding="utf-8")
    return dst


def _claim_keys(pointer: duckdb.DuckDBPyConnection) -> tuple[list, list]:
    ids = query(pointer, "SELECT claim_id FROM claims ORDER BY 1")
    reports = query(pointer, "SELECT claim_id, doc_id FROM reports ORDER BY ALL")
    return ids, reports


def test_shuffling_the_claim_rows_gives_the_same_claim_ids(tmp_path):
    # The curated claims only (the shuffled copy has no bundled sources/ either).
    original, _ = build_in_memory(DEFAULT_DATA_DIR, extra_steps=[])
    shuffled, _ = build_in_memory(
        _shuffled_copy(DEFAULT_DATA_DIR, tmp_path / "shuffled-data", seed=7), extra_steps=[]
    )
    ids, reports = _claim_keys(original)
    assert len(ids) > 70
    assert _claim_keys(shuffled) == (ids, reports)


def test_shuffling_rows_of_shared_claims_gives_the_same_claims_and_reports(tmp_path):
    data = write_dataset(
        tmp_path / "data",
        claims=claims_csv(
            claim_row(documents="doc-a", places="Plekhovo"),
            claim_row(documents="doc-b", places="Plekhovo"),
            claim_row(metric="wounded", documents="doc-c"),
            claim_row(metric="wounded", documents="doc-a;doc-b"),
            claim_row(metric="missing", claim_type="missing", documents="doc-a"),
        ),
    )
    original, _ = build_in_memory(data)
    shuffled, _ = build_in_memory(_shuffled_copy(data, tmp_path / "shuffled-data", seed=3))
    ids, reports = _claim_keys(original)
    assert (len(ids), len(reports)) == (3, 6)
    assert _claim_keys(shuffled) == (ids, reports)
    sql = "SELECT claim_id, n_reports, reported_by, places FROM claims_flat ORDER BY 1"
    assert query(shuffled, sql) == query(original, sql)


def test_an_ambiguous_place_lists_its_candidates_in_one_stable_order(tmp_path):
    # The reason must not depend on thread scheduling (else two builds differ): candidates are
    # listed in place_id order, for claims and for events alike.
    base = write_dataset(tmp_path / "base")
    places = (base / "places.csv").read_text(encoding="utf-8") + "".join(
        f"vorozhba-{i},Vorozhba,,village,,Oblast {i},UA,50.{i},34.{i},exact,,\n" for i in range(5)
    )
    data = write_dataset(
        tmp_path / "data",
        places=places,
        claims=claims_csv(claim_row(ref="x", places="Vorozhba", region="")),
        events=(
            "event_id,title,kind,date_start,date_end,date_precision,place,region,key_event,"
            "fatalities_low,fatalities_best,fatalities_high,source_url,documents,notes\n"
            "ev,Strike,combat,2024-12-14,,day,Vorozhba,,false,,,,,doc-a,\n"
        ),
    )
    _con, report = build_in_memory(data)
    reasons = [q.reason for q in report.quarantine]
    assert len(reasons) == 2, reasons
    expected = ", ".join(sorted(["vorozhba-kursk", "vorozhba-sumy", *(f"vorozhba-{i}" for i in range(5))]))
    for reason in reasons:
        assert expected in reason, reason
