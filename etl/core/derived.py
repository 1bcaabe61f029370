"""Keep the tables derived from `claims_wide` current for only the claims that changed.

`etl.core.schema.refresh_derived` rebuilds the cubes and the quote index from every claim
(seconds at a million claims). An incremental build or an import changes a few claims; for them:

1. `snapshot(con, where)` before the change: the cube groups and the claim ids of the
   `claims_wide` rows matching `where` (SQL on claims_wide written in code, e.g.
   `claim_id IN (SELECT claim_id FROM k_ids)` or `source = 'general-staff'`);
2. the caller deletes and inserts its claims_wide rows;
3. `refresh_changed(con, where)` after it: every cube group touched before or after is deleted
   and recomputed from claims_wide (so `max`, `min` and counts stay exact), and the quote index
   loses the old claims' tokens and gains the new rows' (with their claims_wide row ids).

The result has the same rows as a full rebuild (`tests/test_etl_incremental.py` hashes every
table); only their physical order differs (new rows are appended, not sorted in).

Row ids: `quote_tokens.row_id` is a claims_wide rowid. DuckDB may compact row groups with
deleted rows when it checkpoints, which renumbers rowids; `checkpoint_keeping_row_ids` checks
for that and rebuilds the index when it happened.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import duckdb

from etl.core.schema import (
    CUBES,
    REFERENCES,
    ROW_ID_CUBES,
    Cube,
    IntegrityError,
    check_claim_rules,
    check_integrity,
    check_unique,
    refresh_derived,
)
from etl.core.search_index import build_search_index, insert_search_rows


def _keys_sql(cube: Cube, where: str) -> str:
    rows = f"(SELECT * FROM claims_wide WHERE {where})"
    return f"SELECT DISTINCT {', '.join(cube.dims)} FROM {cube.source.format(rows=rows)} WHERE {cube.where}"


def snapshot(con: duckdb.DuckDBPyConnection, where: str) -> None:
    """Record the cube groups and claim ids of the claims_wide rows matching `where`."""
    for cube in CUBES:
        con.execute(f"CREATE OR REPLACE TEMP TABLE dk_{cube.table} AS {_keys_sql(cube, where)}")
    con.execute(f"CREATE OR REPLACE TEMP TABLE dk_old_ids AS SELECT claim_id FROM claims_wide WHERE {where}")


def refresh_changed(con: duckdb.DuckDBPyConnection, where: str) -> None:
    """Bring cubes and the quote index in line after the rows matching `where` changed."""
    for cube in CUBES:
        keys = f"dk_{cube.table}"
        con.execute(f"INSERT INTO {keys} {_keys_sql(cube, where)}")
        match = " AND ".join(f"c.{d} IS NOT DISTINCT FROM k.{d}" for d in cube.dims)
        con.execute(f"DELETE FROM {cube.table} c WHERE EXISTS (SELECT 1 FROM {keys} k WHERE {match})")
        # Only the claims_wide rows of those groups are read: a semi join on the group keys.
        rows_match = " AND ".join(f"s.{d} IS NOT DISTINCT FROM k.{d}" for d in cube.dims)
        src = cube.source.format(rows="claims_wide")
        # A cube read straight from claims_wide may keep a row id (figure_cube, war_cube).
        rowid = ", s.rowid AS rowid" if cube.source == "{rows}" else ""
        con.execute(
            f"INSERT INTO {cube.table} SELECT {', '.join(cube.dims)}, {cube.aggs} "
            f"FROM (SELECT *{rowid} FROM {src} s WHERE EXISTS (SELECT 1 FROM (SELECT DISTINCT * FROM {keys}) k "
            f"WHERE {rows_match})) WHERE {cube.where} GROUP BY ALL"
        )
        con.execute(f"DROP TABLE {keys}")
    con.execute("DELETE FROM quote_tokens WHERE claim_id IN (SELECT claim_id FROM dk_old_ids)")
    insert_search_rows(con, where)
    con.execute("DROP TABLE dk_old_ids")


def check_integrity_of(con: duckdb.DuckDBPyConnection, ids: str) -> None:
    """`schema.check_integrity` for the claims whose ids are in table `ids` (and row counts).

    The rest of the database was checked when it was published and has not changed.
    """
    for child, col, parent, pcol in REFERENCES:
        key = "claim_id"
        n = con.execute(
            f"SELECT count(*) FROM {child} c ANTI JOIN {parent} p ON p.{pcol} = c.{col} "
            f"WHERE c.{key} IN (SELECT claim_id FROM {ids})"
        ).fetchall()[0][0]
        if n:
            raise IntegrityError(f"{n} row(s) of {child}.{col} do not exist in {parent}.{pcol}")
    check_unique(con, f"claim_id IN (SELECT claim_id FROM {ids})")
    check_claim_rules(con, f"claim_id IN (SELECT claim_id FROM {ids})")
    n_claims = con.execute("SELECT count(*) FROM claims").fetchall()[0][0]
    n_wide = con.execute("SELECT count(*) FROM claims_wide").fetchall()[0][0]
    if n_claims != n_wide:
        raise IntegrityError(f"claims_wide has {n_wide} rows for {n_claims} claims")


@contextmanager
def tracking_source(con: duckdb.DuckDBPyConnection, source: str) -> Iterator[None]:
    """Around an import of `source`: afterwards, derived tables and integrity for its claims only.

    An importer writes claims of its own source only; if claims of any other source changed in
    number (an imported claim replacing a curated one with the same id), everything is
    rebuilt and checked as before.
    """
    where = f"source = '{source}'"  # a source name from code (etl.importers.SOURCES)
    counts = "SELECT source, count(*) FROM claims_wide GROUP BY ALL ORDER BY ALL"
    before = con.execute(counts).fetchall()
    snapshot(con, where)
    yield
    after = con.execute(counts).fetchall()
    others = ([r for r in before if r[0] != source], [r for r in after if r[0] != source])
    if others[0] != others[1]:
        check_integrity(con)
        refresh_derived(con)
        return
    con.execute(
        f"CREATE OR REPLACE TEMP TABLE dk_ids AS SELECT claim_id FROM dk_old_ids "
        f"UNION SELECT claim_id FROM claims WHERE {where}"
    )
    check_integrity_of(con, "dk_ids")
    refresh_changed(con, where)
    con.execute("DROP TABLE dk_ids")


def checkpoint_keeping_row_ids(con: duckdb.DuckDBPyConnection) -> None:
    """CHECKPOINT; if that renumbered claims_wide's row ids, rebuild the quote index and again."""
    before = con.execute("SELECT max(rowid), count(*) FROM claims_wide").fetchall()[0]
    con.execute("CHECKPOINT")
    after = con.execute("SELECT max(rowid), count(*) FROM claims_wide").fetchall()[0]
    if before != after:  # not expected (etl.core.db.new_build turns vacuum off): stay correct
        build_search_index(con)
        for cube in ROW_ID_CUBES:  # their row_id points at claims_wide rows too
            con.execute(cube.create_sql())
        con.execute("CHECKPOINT")
