"""Writes of the importers: upserts, the import log and load records, gazetteer matching.

Writes are bulk (DataFrames registered with DuckDB, then INSERT ... SELECT), never one INSERT
per row. Idempotence: every id derives from content (General Staff: source, date and metric;
ACLED and UCDP: the publisher's event id; documents: outlet or article text). An import inserts
rows whose id is new, replaces rows whose content changed, and leaves identical rows alone, so
importing the same file twice changes nothing and a newer file adds only what is new.
"""

from __future__ import annotations

import datetime as dt

import duckdb
import pandas as pd

from etl.core.db import has_table
from etl.core.report import BuildReport
from etl.core.schema import insert_claims_wide
from etl.core.staging import insert_quarantine
from etl.importers.inputs import Outcome


def record_imports(con: duckdb.DuckDBPyConnection, outcomes: list[Outcome], via: str) -> None:
    """Upsert one import_log row per file (the import time lives here)."""
    if not outcomes:
        return
    now = dt.datetime.now(dt.UTC).replace(tzinfo=None, microsecond=0)
    df = pd.DataFrame(
        {
            "source_file": [o.label for o in outcomes],
            "source": [o.source for o in outcomes],
            "location": [o.location for o in outcomes],
            "content_sha256": [o.sha256 for o in outcomes],
            "imported_at": [now] * len(outcomes),
            "via": [via] * len(outcomes),
            "rows_new": [o.rows_new for o in outcomes],
            "warnings": ["; ".join(o.warnings) or None for o in outcomes],
        }
    )
    con.register("imp_log_df", df)
    try:
        con.execute("DELETE FROM import_log WHERE source_file IN (SELECT source_file FROM imp_log_df)")
        con.execute(
            "INSERT INTO import_log SELECT source_file, source, location, content_sha256, "
            "CAST(imported_at AS TIMESTAMP), via, rows_new, warnings FROM imp_log_df"
        )
    finally:
        con.unregister("imp_log_df")


def write_load_records(con: duckdb.DuckDBPyConnection, report: BuildReport) -> None:
    """Replace load_log and quarantine rows of the files in `report` (import mode only).

    In a build, `etl.build` writes them itself from the same report.
    """
    files = report.files
    labels = pd.DataFrame({"label": [f.label for f in files]})
    con.register("imp_labels", labels)
    try:
        con.execute("DELETE FROM load_log WHERE source_file IN (SELECT label FROM imp_labels)")
        con.execute("DELETE FROM quarantine WHERE source_file IN (SELECT label FROM imp_labels)")
    finally:
        con.unregister("imp_labels")
    ll = pd.DataFrame(
        {
            "source_file": [f.label for f in files],
            "source": [f.source for f in files],
            "rows_read": pd.array([f.rows_read for f in files], dtype="int64"),
            "rows_loaded": pd.array([f.rows_loaded for f in files], dtype="int64"),
            "rows_quarantined": pd.array([f.rows_quarantined for f in files], dtype="int64"),
            "date_min": pd.array([f.date_min for f in files], dtype=object),
            "date_max": pd.array([f.date_max for f in files], dtype=object),
        }
    )
    con.register("imp_ll", ll)
    try:
        con.execute(
            "INSERT INTO load_log SELECT source_file, source, rows_read, rows_loaded, "
            "rows_quarantined, CAST(date_min AS DATE), CAST(date_max AS DATE) FROM imp_ll"
        )
    finally:
        con.unregister("imp_ll")
    insert_quarantine(con, report.quarantine)


# --------------------------------------------------------------------------------------------
# Gazetteer matching
# --------------------------------------------------------------------------------------------


def _norm_name(expr: str) -> str:
    return f"strip_accents(lower(trim({expr})))"


def _norm_admin(expr: str) -> str:
    """An admin1 name without its kind word: 'Kursk Oblast', 'Kursk', 'Kursk region' agree."""
    return (
        f"trim(regexp_replace({_norm_name(expr)}, "
        r"'\s+(oblast''?|oblast|region|province|governorate|krai|kray|republic|city|raion)$', ''))"
    )


def match_places_sql(src: str, name_col: str, admin_col: str, lat_col: str, lon_col: str) -> str:
    """SQL giving (name, admin1, lat, lon, place_id) for each distinct location of `src`.

    A location resolves to a gazetteer place when its name (or the name without a trailing
    settlement word: town, city, village, settlement, hamlet) equals a place's name, id or alias
    (case and accents ignored) AND the place agrees: same admin1 (kind words such as "Oblast"
    ignored) or within ~25 km of the row's coordinates. Exactly one agreeing place, else none
    (the row keeps its own coordinates).
    """
    return f"""
        WITH locs AS (
            SELECT DISTINCT {name_col} AS name, {admin_col} AS admin1,
                   {lat_col} AS lat, {lon_col} AS lon
            FROM {src} WHERE {name_col} IS NOT NULL
        ),
        pkeys AS (
            SELECT DISTINCT {_norm_name("k")} AS key, place_id, {_norm_admin("admin1")} AS nadmin,
                   lat AS plat, lon AS plon
            FROM (SELECT place_id, admin1, lat, lon,
                         unnest(list_prepend(name, list_prepend(place_id, aliases))) AS k
                  FROM places)
        ),
        cands AS (
            SELECT l.name, l.admin1, l.lat, l.lon, p.place_id,
                   (p.nadmin = {_norm_admin("l.admin1")}) AS same_admin
            FROM locs l JOIN pkeys p
              ON p.key IN ({_norm_name("l.name")},
                           trim(regexp_replace({_norm_name("l.name")},
                                '\\s+(town|city|village|settlement|hamlet)$', '')))
            WHERE p.nadmin = {_norm_admin("l.admin1")}
               OR (l.lat IS NOT NULL AND l.lon IS NOT NULL
                   AND abs(p.plat - l.lat) < 0.25 AND abs(p.plon - l.lon) < 0.35)
        )
        SELECT name, admin1, lat, lon,
               CASE WHEN count(DISTINCT place_id) = 1 THEN any_value(place_id)
                    WHEN count(DISTINCT place_id) FILTER (same_admin) = 1
                        THEN any_value(place_id) FILTER (same_admin) END AS place_id
        FROM cands GROUP BY ALL
    """


# --------------------------------------------------------------------------------------------
# Upserts (content-derived ids: insert new, replace changed, leave identical rows alone)
# --------------------------------------------------------------------------------------------

CLAIM_COLS = (
    "claim_id, ref, claimant_id, channel, stated_on, stated_on_precision, claim_type, metric, "
    "subject, value_low, value_high, qualifier, basis, period_start, period_end, region, "
    "verification, quote, source"
)


def upsert_documents(con: duckdb.DuckDBPyConnection, docs: pd.DataFrame) -> list[str]:
    """Insert new documents, update changed ones in place; return ids whose outlet/url changed.

    `docs` columns: doc_id, outlet, url, title, published_at (text or None), language,
    tags (list), content_hash, source, notes. Documents are updated rather than replaced because
    events reference them.
    """
    if docs.empty:
        return []
    con.register("imp_docs_df", docs)
    try:
        con.execute(
            """
            CREATE OR REPLACE TEMP TABLE imp_docs AS
            SELECT doc_id, outlet, url, title, CAST(published_at AS TIMESTAMP) AS published_at,
                   language, CAST(tags AS VARCHAR[]) AS tags, content_hash, source, notes
            FROM imp_docs_df
            QUALIFY row_number() OVER (PARTITION BY doc_id ORDER BY doc_id) = 1
            """
        )
    finally:
        con.unregister("imp_docs_df")
    changed_link = [
        r[0]
        for r in con.execute(
            """
            SELECT i.doc_id FROM imp_docs i JOIN documents d USING (doc_id)
            WHERE i.outlet IS DISTINCT FROM d.outlet OR i.url IS DISTINCT FROM d.url
               OR i.published_at IS DISTINCT FROM d.published_at
            """
        ).fetchall()
    ]
    con.execute(
        """
        UPDATE documents d SET outlet = i.outlet, url = i.url, title = i.title,
               published_at = i.published_at, language = i.language, tags = i.tags,
               content_hash = i.content_hash, notes = i.notes
        FROM imp_docs i
        WHERE d.doc_id = i.doc_id AND d.source = i.source
          AND (d.outlet, d.url, d.title, d.published_at, d.language, d.tags, d.content_hash,
               d.notes) IS DISTINCT FROM
              (i.outlet, i.url, i.title, i.published_at, i.language, i.tags, i.content_hash,
               i.notes)
        """
    )
    con.execute(
        "INSERT INTO documents SELECT * FROM imp_docs "
        "WHERE doc_id NOT IN (SELECT doc_id FROM documents) ORDER BY doc_id"
    )
    return changed_link


def date_documents_by_reports(con: duckdb.DuckDBPyConnection, source: str) -> None:
    """Date each of `source`'s documents by the last day its claims were stated on.

    Why: a daily series' document (one per General Staff file) is fed by the declared copy and by
    any one-off copy of the same file. Dated by whichever file was read last, an incremental build
    (which keeps the one-off copy's later day) and a full build (the declared copy's, then the
    carried rows) disagreed on the same inputs. Idempotent: it reads only the published rows.
    """
    con.execute(
        """
        UPDATE documents d SET published_at = m.last_day
        FROM (
            SELECT r.doc_id, CAST(max(c.stated_on) AS TIMESTAMP) AS last_day
            FROM reports r JOIN claims c USING (claim_id)
            WHERE r.doc_id IN (SELECT doc_id FROM documents WHERE source = $source)
            GROUP BY r.doc_id
        ) m
        WHERE d.doc_id = m.doc_id AND d.published_at IS DISTINCT FROM m.last_day
        """,
        {"source": source},
    )


def upsert_claims(con: duckdb.DuckDBPyConnection, staged: str, changed_docs: list[str]) -> int:
    """Bring claims, claim_places, reports and claims_wide in line with the staged claims.

    `staged` has the `claims` columns (see CLAIM_COLS, `notes` excluded: the importer computes
    it afterwards), `place_ids` VARCHAR[] (ordered) and `doc_id`. Returns the number of claims
    inserted or replaced.
    """
    # A claim another source holds already (the analyst's row in claims.csv, the same claimant,
    # day, figures and subject) stays as that source wrote it: this import adds its report only.
    # (QA pass 19: The Economist's row replaced a curated claim's quote, channel, ref and source.)
    con.execute(
        f"""
        CREATE OR REPLACE TEMP TABLE imp_changed AS
        WITH differing AS (
            SELECT claim_id FROM (
                SELECT {CLAIM_COLS} FROM {staged}
                EXCEPT SELECT {CLAIM_COLS} FROM claims
            )
            UNION
            SELECT claim_id FROM (
                SELECT claim_id, place_ids FROM {staged}
                EXCEPT
                SELECT claim_id, list(place_id ORDER BY ord) FILTER (WHERE place_id IS NOT NULL)
                FROM claim_places WHERE claim_id IN (SELECT claim_id FROM {staged}) GROUP BY claim_id
            ) WHERE len(place_ids) > 0 OR claim_id IN (SELECT claim_id FROM claim_places)
        ),
        held_by_another AS (
            SELECT c.claim_id FROM claims c JOIN {staged} s USING (claim_id)
            WHERE c.source IS DISTINCT FROM s.source
        ),
        final AS (SELECT claim_id FROM differing WHERE claim_id NOT IN (SELECT claim_id FROM held_by_another))
        SELECT * FROM final
        """
    )
    n_changed = con.execute("SELECT count(*) FROM imp_changed").fetchall()[0][0]
    con.execute(
        f"""
        CREATE OR REPLACE TEMP TABLE imp_new_reports AS
        SELECT s.claim_id, s.doc_id FROM {staged} s
        ANTI JOIN reports r ON r.claim_id = s.claim_id AND r.doc_id = s.doc_id
        """
    )
    # Claims whose dashboard row must be recomputed: changed ones, ones with a new report, ones
    # reported by a document whose outlet or url changed.
    docs_df = pd.DataFrame({"doc_id": pd.array(changed_docs, dtype=object)})
    con.register("imp_changed_docs", docs_df)
    try:
        con.execute(
            f"""
            CREATE OR REPLACE TEMP TABLE imp_refresh AS
            SELECT claim_id FROM imp_changed
            UNION SELECT claim_id FROM imp_new_reports
            UNION SELECT r.claim_id FROM reports r
                  WHERE r.doc_id IN (SELECT doc_id FROM imp_changed_docs)
                    AND r.claim_id IN (SELECT claim_id FROM {staged})
            """
        )
    finally:
        con.unregister("imp_changed_docs")
    con.execute("DELETE FROM claims_wide WHERE claim_id IN (SELECT claim_id FROM imp_refresh)")
    con.execute("DELETE FROM claim_places WHERE claim_id IN (SELECT claim_id FROM imp_changed)")
    con.execute("DELETE FROM claims WHERE claim_id IN (SELECT claim_id FROM imp_changed)")
    con.execute(
        f"""
        INSERT INTO claims ({CLAIM_COLS})
        SELECT {CLAIM_COLS} FROM {staged}
        WHERE claim_id IN (SELECT claim_id FROM imp_changed) ORDER BY stated_on, claim_id
        """
    )
    con.execute("INSERT INTO reports (claim_id, doc_id) SELECT claim_id, doc_id FROM imp_new_reports")
    con.execute(
        f"""
        INSERT INTO claim_places
        SELECT claim_id, place_id, CAST(ord AS INTEGER)
        FROM (SELECT claim_id, unnest(place_ids) AS place_id,
                     generate_subscripts(place_ids, 1) AS ord
              FROM {staged}
              WHERE claim_id IN (SELECT claim_id FROM imp_changed) AND len(place_ids) > 0)
        """
    )
    insert_claims_wide(con, "imp_refresh")
    return int(n_changed)


EVENT_COLS = (
    "event_id, title, kind, date_start, date_end, date_precision, place_id, place_name, region, "
    "lat, lon, key_event, fatalities_low, fatalities_best, fatalities_high, source_url, doc_id, "
    "quote, source, flags"
)


def upsert_events(con: duckdb.DuckDBPyConnection, staged: str) -> int:
    """Bring events and event_documents in line with `staged` (EVENT_COLS + doc_ids VARCHAR[]).

    Returns the number of events inserted or replaced.
    """
    con.execute(
        f"""
        CREATE OR REPLACE TEMP TABLE imp_changed_ev AS
        SELECT event_id FROM (
            SELECT {EVENT_COLS} FROM {staged}
            EXCEPT SELECT {EVENT_COLS} FROM events
        )
        UNION
        SELECT event_id FROM (
            SELECT event_id, doc_ids FROM {staged}
            EXCEPT
            SELECT event_id, list(doc_id ORDER BY ord) FROM event_documents
            WHERE event_id IN (SELECT event_id FROM {staged}) GROUP BY event_id
        ) WHERE len(doc_ids) > 0 OR event_id IN (SELECT event_id FROM event_documents)
        """
    )
    n = con.execute("SELECT count(*) FROM imp_changed_ev").fetchall()[0][0]
    con.execute("DELETE FROM event_documents WHERE event_id IN (SELECT event_id FROM imp_changed_ev)")
    con.execute("DELETE FROM events WHERE event_id IN (SELECT event_id FROM imp_changed_ev)")
    con.execute(
        f"""
        INSERT INTO events ({EVENT_COLS})
        SELECT {EVENT_COLS} FROM {staged}
        WHERE event_id IN (SELECT event_id FROM imp_changed_ev) ORDER BY date_start, event_id
        """
    )
    con.execute(
        f"""
        INSERT INTO event_documents
        SELECT event_id, doc_id, CAST(ord AS INTEGER)
        FROM (SELECT event_id, unnest(doc_ids) AS doc_id, generate_subscripts(doc_ids, 1) AS ord
              FROM {staged}
              WHERE event_id IN (SELECT event_id FROM imp_changed_ev) AND len(doc_ids) > 0)
        """
    )
    return int(n)


def withdraw_source(con: duckdb.DuckDBPyConnection, source: str) -> None:
    """Take every row a source imported out of the database (its files are loaded again next)."""
    con.execute(
        "CREATE OR REPLACE TEMP TABLE rf_claims AS SELECT claim_id FROM claims WHERE source = $1", [source]
    )
    for table in ("claim_warring_flags", "reports", "claim_places", "claims_wide"):
        con.execute(f"DELETE FROM {table} WHERE claim_id IN (SELECT claim_id FROM rf_claims)")
    con.execute("DELETE FROM claims WHERE source = $1", [source])
    # (QA pass 40) and its answers on other sources' claims (the files loaded next give them again
    # where upstream still does: a withdrawn row's "yes" stayed on the analyst's claim)
    con.execute("DELETE FROM claim_warring_flags WHERE flagged_by = $1", [source])
    # Another source's claims this source reported too (the analyst's row of the same claim,
    # `store.upsert_claims`): their reports from this source go, and their dashboard rows are
    # made again without them (the files loaded next add them back where upstream still has them).
    con.execute(
        """
        CREATE OR REPLACE TEMP TABLE rf_cross AS
        SELECT DISTINCT r.claim_id FROM reports r JOIN documents d USING (doc_id) WHERE d.source = $1
        """,
        [source],
    )
    con.execute(
        "DELETE FROM reports WHERE doc_id IN (SELECT doc_id FROM documents WHERE source = $1)", [source]
    )
    con.execute("DELETE FROM claims_wide WHERE claim_id IN (SELECT claim_id FROM rf_cross)")
    insert_claims_wide(con, "rf_cross")
    con.execute(
        "DELETE FROM event_documents WHERE event_id IN (SELECT event_id FROM events WHERE source = $1)",
        [source],
    )
    con.execute("DELETE FROM events WHERE source = $1", [source])
    con.execute(
        """
        DELETE FROM documents WHERE source = $1
          AND doc_id NOT IN (SELECT doc_id FROM reports)
          AND doc_id NOT IN (SELECT doc_id FROM event_documents)
          AND doc_id NOT IN (SELECT doc_id FROM events WHERE doc_id IS NOT NULL)
          AND doc_id NOT IN (SELECT doc_id FROM responses WHERE doc_id IS NOT NULL)
          AND doc_id NOT IN (SELECT doc_id FROM response_reports)
        """,
        [source],
    )
    con.execute(
        "DELETE FROM quarantine WHERE source_file IN (SELECT source_file FROM load_log WHERE source = $1)",
        [source],
    )
    con.execute("DELETE FROM load_log WHERE source = $1", [source])
    con.execute("DELETE FROM import_log WHERE source = $1", [source])
    # (QA pass 17) the records of what one-off imports set go with their rows: the carry that
    # follows writes back those it keeps, as a full build does (left here, they doubled at every
    # refresh and a stale one brought back an older upstream figure)
    if has_table(con, "import_touched"):
        con.execute("DELETE FROM import_touched WHERE source = $1", [source])
    # (session 34) and the actors its imports created, which no other row names: the files
    # loaded next create them again (their import_log says so, as a full build's does), and a
    # one-off import's are carried back with its claims (`etl.importers.carry`)
    if not has_table(con, "imported_actors"):
        return
    con.execute(
        """
        CREATE OR REPLACE TEMP TABLE rf_actors AS
        SELECT actor_id FROM imported_actors WHERE source = $1
          AND actor_id NOT IN (SELECT claimant_id FROM claims)
        """,
        [source],
    )
    con.execute(
        """
        DELETE FROM rf_actors WHERE actor_id IN (
            SELECT parent_id FROM actors WHERE actor_id NOT IN (SELECT actor_id FROM rf_actors))
        """
    )
    con.execute("DELETE FROM actors WHERE actor_id IN (SELECT actor_id FROM rf_actors)")
    con.execute(
        "DELETE FROM imported_actors WHERE source = $1 AND actor_id IN (SELECT actor_id FROM rf_actors)",
        [source],
    )
