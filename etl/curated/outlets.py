"""`data/outlets.csv`: the names and web hosts sources write for one outlet, and the outlet each
means (optional).

Why: a source names its outlet as it likes. The fact sheet writes "Reuters", UCDP's source field
"Reuters News", The Economist's table the web host "reuters.com": three outlets on the Overview
card and in the flow chart for one news agency. Documents keep what their source wrote; where
outlets are named or counted, the outlet a name means is used (`etl.core.schema.OUTLET_OF_D`).
Idempotent: the table is rebuilt from the file on every full build.
"""

from __future__ import annotations

from pathlib import Path

import duckdb

from etl.core.contract import OUTLETS_INPUT
from etl.core.report import BuildReport
from etl.core.rules import errs_sql, finish_file, rule
from etl.core.staging import stage_csv


def load_outlets(con: duckdb.DuckDBPyConnection, path: Path, report: BuildReport) -> None:
    """Outlet names -> the outlet they mean. No file: no names are merged (every outlet as written).

    A name is matched in lower case, trimmed, and so is an outlet's own name (in the spelling of
    its first row). A name given twice, or mapped to an outlet that is itself a name mapped
    elsewhere (chains are not followed: write the final name), is quarantined.
    """
    if not path.is_file() or not path.read_bytes().strip():
        return  # (QA pass 27) an empty file, like none: no names merged (not a missing-header error)
    st = stage_csv(con, path, "outlets", OUTLETS_INPUT, required=("name", "outlet"))
    con.execute(
        f"""
        CREATE TEMP TABLE chk_outlets AS
        WITH src AS (
            SELECT rowid AS _ord, lower(trim(name)) AS name, trim(outlet) AS outlet, notes,
                   row_number() OVER (PARTITION BY lower(trim(name)) ORDER BY rowid) AS dup
            FROM {st.table}
        ),
        chained AS (
            SELECT s._ord FROM src s JOIN src t
              -- (QA pass 27) in any case: "AFP,afp" beside "Agence France Presse,AFP" is no chain
              ON t.name = lower(s.outlet) AND t._ord <> s._ord AND lower(t.outlet) <> lower(s.outlet)
        ),
        final AS (
            SELECT *, {
            errs_sql(
                rule("name IS NULL OR name = ''", "name", "'is required'"),
                rule("dup > 1", "name", "'duplicates an earlier name (names are matched in lower case)'"),
                rule("outlet IS NULL OR outlet = ''", "outlet", "'is required'"),
                rule(
                    "_ord IN (SELECT _ord FROM chained)",
                    "outlet",
                    "'is itself a name mapped to another outlet: write the final outlet'",
                ),
            )
        } AS errs
            FROM src
        )
        SELECT * FROM final
        """
    )
    # (QA pass 27) An outlet is one outlet in any case: "reuters.com,reuters" beside documents
    # that write "Reuters" had split it in two. Each outlet is spelt as its first row writes it,
    # and the outlet's own name, in lower case, means it too (unless a row already maps that name).
    con.execute(
        """
        INSERT INTO outlet_names
        WITH ok AS (SELECT * FROM chk_outlets WHERE len(errs) = 0),
        spelling AS (
            SELECT lower(outlet) AS key, arg_min(outlet, _ord) AS outlet FROM ok GROUP BY 1
        ),
        named AS (
            SELECT o.name, s.outlet, o.notes FROM ok o JOIN spelling s ON s.key = lower(o.outlet)
        ),
        itself AS (
            SELECT s.key AS name, s.outlet, NULL AS notes FROM spelling s
            WHERE s.key NOT IN (SELECT name FROM named)
        ),
        final AS (SELECT * FROM named UNION ALL SELECT * FROM itself)
        SELECT * FROM final ORDER BY name
        """
    )
    finish_file(con, st, "chk_outlets", "curated", report)
