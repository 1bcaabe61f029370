"""How the published database stores its bulk string columns (etl.core.schema.ZSTD)."""

from __future__ import annotations

from pathlib import Path

from tests.helpers import query

#: (table, column) written as ZSTD: a million unique strings each at 1M claims, where DuckDB's
#: own choice (dictionary/FSST) spent more CPU analysing segments than writing them.
ZSTD_COLUMNS = (
    ("claims", "quote"),
    ("reports", "claim_id"),
    ("reports", "quote"),
    ("claim_places", "claim_id"),
    ("claim_rows", "claim_id"),
)
#: Left to DuckDB: read row by row (notes by claim id) or by the dashboard's pages.
DEFAULT_COLUMNS = (("claims", "claim_id"), ("claims_wide", "claim_id"), ("claims_wide", "quote"))


def _compressions(db: Path, table: str, column: str) -> set[str]:
    rows = query(
        db,
        "SELECT DISTINCT compression FROM pragma_storage_info($1) "
        "WHERE column_name = $2 AND segment_type = 'VARCHAR'",
        [table, column],
    )
    return {r[0] for r in rows}


def test_bulk_id_and_quote_columns_are_stored_zstd(built_default_db: Path) -> None:
    for table, column in ZSTD_COLUMNS:
        assert _compressions(built_default_db, table, column) == {"ZSTD"}, (table, column)
    for table, column in DEFAULT_COLUMNS:
        found = _compressions(built_default_db, table, column)
        assert found and "ZSTD" not in found, (table, column, found)
