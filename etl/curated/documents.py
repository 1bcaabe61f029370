"""`data/documents.csv`: the reports and records that carry claims, responses and events."""

from __future__ import annotations

from pathlib import Path

import duckdb

from etl.core.contract import (
    DOCUMENTS_INPUT,
    IMPORTED_DOC_ID_PREFIXES,
    MAX_YEAR,
    MIN_YEAR,
    PUBLISHED_AT_FORM,
    PUBLISHED_AT_RE,
    SLUG_RE,
    URL_RE,
)
from etl.core.report import BuildReport
from etl.core.rules import errs_sql, finish_file, imported_id_rule, rule, split_sql
from etl.core.staging import stage_csv

#: SQL: the written publication time in quotes, as a quarantine reason opens.
QUOTED_VALUE = "'''' || published_raw || ''''"


#: The columns the build cannot load documents.csv without (a review save checks them too).
REQUIRED: tuple[str, ...] = ("doc_id", "outlet", "url")


def load_documents(con: duckdb.DuckDBPyConnection, path: Path, report: BuildReport) -> None:
    """Documents (reports, records); the content hash lets an import recognise one it has.

    `published_at` is stored in UTC: a time written with an offset is converted, one without is
    taken as UTC. It is read as text and checked against `PUBLISHED_AT_RE` (QA pass 40: DuckDB's
    own reading took "BST" for Bangladesh, and a year's check saw the converted date); the
    connection's zone is set to UTC first, since a time without an offset is cast in that zone
    (the machine's, by default)."""
    con.execute("SET TimeZone = 'UTC'")
    st = stage_csv(con, path, "documents", DOCUMENTS_INPUT, required=REQUIRED)
    con.execute(
        f"""
        CREATE TEMP TABLE chk_documents AS
        WITH src AS (
            SELECT rowid AS _ord, trim(doc_id) AS doc_id, trim(outlet) AS outlet,
                   nullif(trim(url), '') AS url, title,
                   nullif(trim(published_at), '') AS published_raw,
                   timezone('UTC', TRY_CAST(nullif(trim(published_at), '') AS TIMESTAMPTZ))
                       AS published_at, language,
                   {split_sql("tags")} AS tags, notes,
                   row_number() OVER (PARTITION BY trim(doc_id) ORDER BY rowid) AS dup
            FROM {st.table}
        ),
        final AS (
            SELECT *, {
            errs_sql(
                rule(
                    "doc_id IS NULL OR NOT regexp_full_match(doc_id, '" + SLUG_RE + "')",
                    "doc_id",
                    "CASE WHEN doc_id IS NULL OR doc_id = '' THEN 'is required' "
                    "ELSE 'must be lower-case letters, digits and dashes' END",
                ),
                rule("dup > 1", "doc_id", "'duplicates an earlier doc_id'"),
                imported_id_rule("doc_id", "doc_id", IMPORTED_DOC_ID_PREFIXES),
                rule("outlet IS NULL OR outlet = ''", "outlet", "'is required'"),
                rule(
                    "url IS NOT NULL AND NOT regexp_matches(url, '" + URL_RE + "')",
                    "url",
                    "'must start with http:// or https://'",
                ),
                rule(
                    "published_raw IS NOT NULL AND (NOT regexp_matches(published_raw, $published_re) "
                    "OR published_at IS NULL)",
                    "published_at",
                    QUOTED_VALUE + " || ' is not " + PUBLISHED_AT_FORM + "'",
                    "published_raw",
                ),
                rule(
                    "published_at IS NOT NULL "
                    f"AND CAST(substr(published_raw, 1, 4) AS INTEGER) NOT BETWEEN {MIN_YEAR} AND {MAX_YEAR}",
                    "published_at",
                    QUOTED_VALUE + f" || ' is not a date between {MIN_YEAR} and {MAX_YEAR}'",
                    "published_raw",
                ),
            )
        } AS errs
            FROM src
        )
        SELECT * FROM final
        """,
        {"published_re": PUBLISHED_AT_RE},
    )
    con.execute(
        """
        INSERT INTO documents
        SELECT doc_id, outlet, url, title, published_at, language, tags,
               md5(concat_ws('|', outlet, url, title, CAST(published_at AS VARCHAR))),
               'curated', notes
        FROM chk_documents WHERE len(errs) = 0 ORDER BY doc_id
        """
    )
    finish_file(con, st, "chk_documents", "curated", report, "published_at")
