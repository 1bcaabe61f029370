"""`data/responses.csv`: confirmations, denials and silences, linked to claims by `ref`."""

from __future__ import annotations

from pathlib import Path

import duckdb

from etl.core.contract import RESPONSES_INPUT, STANCES
from etl.core.report import BuildReport
from etl.core.rules import date_precision_rules, errs_sql, finish_file, rule, split_sql, vocab_rule
from etl.core.staging import stage_csv
from etl.curated.resolvers import doc_cells_sql, resolve_refs_sql

#: The columns the build cannot load responses.csv without (a review save checks them too).
REQUIRED: tuple[str, ...] = ("responder", "stance", "about", "documents")


def load_responses(con: duckdb.DuckDBPyConnection, path: Path, report: BuildReport) -> None:
    """Responses (confirmed, denied, no_comment, disputed), linked to claims by their `ref`."""
    st = stage_csv(con, path, "responses", RESPONSES_INPUT, required=REQUIRED)
    con.execute(
        f"""
        CREATE TEMP TABLE src_responses AS
        SELECT rowid AS _ord, nullif(trim(responder), '') AS responder, trim(stance) AS stance,
               nullif(trim(about), '') AS about, {split_sql("claims")} AS claim_refs, stated_on,
               coalesce(nullif(trim(stated_on_precision), ''),
                        CASE WHEN stated_on IS NULL THEN 'unknown' ELSE 'day' END)
                   AS stated_on_precision,
               coalesce(documents, '') AS doc_cell, nullif(trim(quote), '') AS quote,
               nullif(trim(notes), '') AS notes
        FROM {st.table}
        """
    )
    con.execute(
        f"""
        CREATE TEMP TABLE resp_claim_res AS
        {
            resolve_refs_sql(
                "src_responses",
                "claim_refs",
                "(SELECT DISTINCT lower(ref) AS key, claim_id AS id FROM chk_claims "
                "WHERE len(errs) = 0 AND ref IS NOT NULL)",
            )
        }
        """
    )
    # Documents are resolved like the claims' (once per distinct cell).
    con.execute(f"CREATE TEMP TABLE resp_doc_cells AS {doc_cells_sql(st.table, 'documents')}")
    con.execute(
        f"""
        CREATE TEMP TABLE chk_responses AS
        WITH cp AS (
            SELECT _ord, string_agg(item, ', ' ORDER BY ord) FILTER (WHERE id IS NULL) AS unknown
            FROM resp_claim_res GROUP BY _ord
        ),
        resolved AS (
            SELECT s.*, a.actor_id AS responder_id, cp.unknown AS unknown_refs,
                   dc.unknown AS unknown_docs, coalesce(dc.doc_ids, []::VARCHAR[]) AS doc_ids
            FROM src_responses s
            LEFT JOIN actor_keys a ON a.key = lower(s.responder)
            LEFT JOIN cp USING (_ord)
            LEFT JOIN resp_doc_cells dc ON dc.cell = s.doc_cell
        ),
        final AS (
            SELECT s.*,
                   'r' || substr(md5(concat_ws('|', s.responder_id, s.stance, s.about,
                       CAST(s.stated_on AS VARCHAR), array_to_string(s.claim_refs, ';'))), 1, 16)
                       AS response_id,
            {
            errs_sql(
                rule("s.responder IS NULL", "responder", "'is required'", "s.responder"),
                rule(
                    "s.responder IS NOT NULL AND s.responder_id IS NULL",
                    "responder",
                    "'''' || s.responder || ''' is not an actor name or alias in data/actors.csv'",
                    "s.responder",
                ),
                vocab_rule("s.stance", STANCES, nullable=False),
                rule("s.about IS NULL", "about", "'is required: what is the response about?'", "s.about"),
                *date_precision_rules("s.stated_on", "s.stated_on_precision"),
                rule(
                    "s.unknown_refs IS NOT NULL",
                    "claims",
                    "'no loaded claim has ref(s): ' || s.unknown_refs",
                    "s.unknown_refs",
                ),
                rule(
                    "len(s.doc_ids) = 0 AND s.unknown_docs IS NULL",
                    "documents",
                    "'at least one doc_id from data/documents.csv is required'",
                    "NULL",
                ),
                rule(
                    "s.unknown_docs IS NOT NULL",
                    "documents",
                    "'unknown doc_id(s): ' || s.unknown_docs",
                    "s.unknown_docs",
                ),
            )
        } AS errs
            FROM resolved s
        )
        SELECT * FROM final
        """
    )
    con.execute(
        """
        INSERT INTO responses
        SELECT response_id, responder_id, stance, about, stated_on, stated_on_precision,
               doc_ids[1], quote, notes
        FROM chk_responses WHERE len(errs) = 0
        QUALIFY row_number() OVER (PARTITION BY response_id ORDER BY _ord) = 1
        ORDER BY response_id
        """
    )
    con.execute(
        """
        INSERT INTO response_reports
        SELECT DISTINCT response_id, unnest(doc_ids)
        FROM chk_responses WHERE len(errs) = 0
        ORDER BY 1, 2
        """
    )
    con.execute(
        """
        INSERT INTO response_claims
        SELECT DISTINCT r.response_id, c.id
        FROM chk_responses r JOIN resp_claim_res c USING (_ord)
        WHERE len(r.errs) = 0
        ORDER BY 1, 2
        """
    )
    finish_file(con, st, "chk_responses", "curated", report, "stated_on")
