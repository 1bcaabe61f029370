"""Keep the tables derived from `claims_wide` current for only the claims that changed.

`etl.core.schema.refresh_derived` rebuilds the cubes and the quote index from every claim
(seconds at a million claims). An incremental build or an import changes a few claims; for them:

1. `snapshot(con, where)` before the change: the cube groups and the row ids of the
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
from etl.core.search_index import build_search_index, insert_search_rows, tokens_sql


def _keys_sql(cube: Cube, rows: str) -> str:
    return f"SELECT DISTINCT {', '.join(cube.dims)} FROM {cube.source.format(rows=rows)} WHERE {cube.where}"


def _rows(con: duckdb.DuckDBPyConnection, where: str) -> None:
    """`dk_rows`: the claims_wide rows matching `where` (and their row ids, `_row_id`), read once
    for every cube's keys."""
    con.execute(
        f"CREATE OR REPLACE TEMP TABLE dk_rows AS SELECT *, rowid AS _row_id FROM claims_wide WHERE {where}"
    )


def snapshot(con: duckdb.DuckDBPyConnection, where: str) -> None:
    """Record the cube groups, row ids and quote words of the claims_wide rows matching `where`."""
    _rows(con, where)
    for cube in CUBES:
        con.execute(f"CREATE OR REPLACE TEMP TABLE dk_{cube.table} AS {_keys_sql(cube, 'dk_rows')}")
    # With their row ids: their quote words leave the index by row (it holds no claim ids).
    con.execute("CREATE OR REPLACE TEMP TABLE dk_old_ids AS SELECT claim_id, _row_id AS row_id FROM dk_rows")
    con.execute(
        f"CREATE OR REPLACE TEMP TABLE dk_old_tokens AS SELECT DISTINCT token FROM ({tokens_sql('dk_rows')})"
    )


#: Above this many distinct dates (or words), a filter listing them is not worth writing out:
#: a long literal list costs more per row than the row groups it lets DuckDB skip.
_LITERAL_LIMIT = 500
_WORD_LIMIT = 64


def _date_filter(con: duckdb.DuckDBPyConnection, keys: str) -> str:
    """`stated_on IN (DATE '...', ...)` for the dates of `keys`, or "true" when there are many.

    claims_wide is stored in date order, so a literal list lets DuckDB skip every row group
    whose date range misses it (zone maps); a join on the keys would read them all.
    """
    dates = [r[0] for r in con.execute(f"SELECT DISTINCT stated_on FROM {keys}").fetchall()]
    if not dates or len(dates) > _LITERAL_LIMIT:
        return "true"
    listed = [d for d in dates if d is not None]
    literals = ", ".join("DATE '" + d.isoformat() + "'" for d in listed)
    parts = [f"stated_on IN ({literals})"] if listed else []
    if len(listed) < len(dates):
        parts.append("stated_on IS NULL")
    return "(" + " OR ".join(parts) + ")"


def refresh_changed(con: duckdb.DuckDBPyConnection, where: str) -> None:
    """Bring cubes and the quote index in line after the rows matching `where` changed."""
    _rows(con, where)
    for cube in CUBES:
        keys = f"dk_{cube.table}"
        con.execute(f"INSERT INTO {keys} {_keys_sql(cube, 'dk_rows')}")
        con.execute(f"CREATE OR REPLACE TEMP TABLE {keys} AS SELECT DISTINCT * FROM {keys}")
        match = " AND ".join(f"c.{d} IS NOT DISTINCT FROM k.{d}" for d in cube.dims)
        con.execute(f"DELETE FROM {cube.table} c WHERE EXISTS (SELECT 1 FROM {keys} k WHERE {match})")
        # Only the claims_wide rows of those groups are read: their dates first (zone maps),
        # then a semi join on the group keys.
        rows_match = " AND ".join(f"s.{d} IS NOT DISTINCT FROM k.{d}" for d in cube.dims)
        # rowid is carried as a column: figure_cube.row_id points at the example claim's row.
        rows = f"(SELECT *, rowid AS rowid FROM claims_wide WHERE {_date_filter(con, keys)})"
        src = cube.source.format(rows=rows)
        con.execute(
            f"INSERT INTO {cube.table} SELECT {', '.join(cube.dims)}, {cube.aggs} "
            f"FROM (SELECT * FROM {src} s WHERE EXISTS (SELECT 1 FROM {keys} k "
            f"WHERE {rows_match})) WHERE {cube.where} GROUP BY ALL"
        )
        con.execute(f"DROP TABLE {keys}")
    # quote_tokens is stored in word order: naming the old words lets DuckDB skip the rest.
    words = [r[0] for r in con.execute("SELECT token FROM dk_old_tokens").fetchall()]
    by_word = "true"
    if words and len(words) <= _WORD_LIMIT and all(w.isalnum() for w in words):
        by_word = "token IN (" + ", ".join(f"'{w}'" for w in words) + ")"
    con.execute(f"DELETE FROM quote_tokens WHERE {by_word} AND row_id IN (SELECT row_id FROM dk_old_ids)")
    insert_search_rows(con, where)
    for t in ("dk_old_ids", "dk_old_tokens", "dk_rows"):
        con.execute(f"DROP TABLE {t}")


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
    number (an imported claim replacing a curated one with the same id) or gained reports (an
    import's report of a curated claim), everything is rebuilt and checked as before.
    """
    where = f"source = '{source}'"  # a source name from code (etl.importers.SOURCES)
    # Claims per source, and (QA pass 37) the reports this source's documents give claims of
    # other sources: an import that adds a report to a curated claim (a figure The Economist also
    # lists) changes that claim's row, and the cubes kept its old reporters. (Counted from this
    # source's few documents: no join of every report, which a 1M-claim import would pay for.)
    counts = (
        "SELECT source, count(*) FROM claims_wide GROUP BY ALL "
        f"UNION ALL SELECT 'reports of others', count(*) FROM reports WHERE doc_id IN "
        f"(SELECT doc_id FROM documents WHERE {where}) AND claim_id NOT IN (SELECT claim_id FROM claims WHERE {where}) "
        "ORDER BY ALL"
    )
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
