"""Which rows one-off imports set, and what they replaced: so a full build keeps their figures.

A one-off import (`python -m etl import`) adds rows and revises figures that a declared file in
`data/sources/` gave (upstream's newer copy). A full build reloads the declared files and then
carries the one-off imports over from the live database (`etl.importers.carry`); for that it must
know which live rows the one-off imports brought, and whether a declared file has changed a
figure since. `import_touched` records, per importer, each claim or event a one-off import set
(new, or with other figures), and each report its documents gave another source's claim, what it is about (`key_hash`: a claim's claimant, day, metric,
subject, basis and period; an event's id) and the figures it replaced (`before_hash`, kept from
the first one-off import that touched it: the declared file's figures; NULL for a new row).

At a full build (and a refresh, which rebuilds its source the same way), for each such row: a
row the import added is carried where the build has nothing about the same thing (else the
declared file now gives it, and its row stands); a revision is carried where the build's row still
has the figures it replaced (the build's row goes); where the build's row has other figures the
declared file changed since and is the newer word, and where the build has no such row the
declared file withdrew it, and the revision goes with it.
"""

from __future__ import annotations

import duckdb

#: What a claim is about (The Economist's one claim per key) and what an import may say of it:
#: its figures and everything else the importer writes (QA pass 15: a General Staff correction of
#: the day's direction, in `notes`, was not recorded and a full build undid it).
CLAIM_KEY = "hash(claimant_id, stated_on, metric, subject, basis, period_start, period_end)"
CLAIM_FIGURES = (
    "hash(value_low, value_high, qualifier, stated_on_precision, period_start, period_end, claim_type, "
    "channel, region, verification, quote, notes, ref)"
)
#: An event: its id, and all it holds but the gazetteer link (`place_id` follows places.csv, so a
#: gazetteer edit is no revision; QA pass 15: a UCDP correction of the coordinates was undone).
EVENT_KEY = "hash(event_id)"
EVENT_FIGURES = (
    "hash(title, kind, date_start, date_end, date_precision, place_name, region, lat, lon, key_event, "
    "fatalities_low, fatalities_best, fatalities_high, source_url, doc_id, quote, flags)"
)


#: A report a source's document gives a claim of another source (QA pass 37 #2: a one-off copy of
#: The Economist's table listing a curated figure reports it from the table's document, which a
#: declared file's build makes too, so a full build could not tell the import's report from its
#: own and dropped it). Its id is "claim_id|doc_id"; what it holds is only that it exists.
REPORT_KEY = "hash(r.claim_id, r.doc_id)"


def rows_sql(catalog: str, source_sql: str, flags: bool = True) -> str:
    """SQL: (kind, id, key_hash, fig_hash) of the claims and events of the sources `source_sql`
    (an SQL list or subquery) in `catalog` ('' for the connection's own), the reports their
    documents give other sources' claims, and (with `flags`: a database that has the table) the
    warring-party answers they give other sources' claims (QA pass 40: a full build dropped a
    one-off Economist table's "yes" for a curated claim, which then read as a third party's)."""
    at = f"{catalog}." if catalog else ""
    flag_rows = (
        f"""
        UNION ALL
        SELECT 'flag', f.claim_id, hash(f.claim_id, f.flagged_by), hash(f.warring_party), f.flagged_by
        FROM {at}claim_warring_flags f JOIN {at}claims c USING (claim_id)
        WHERE f.flagged_by IN {source_sql} AND c.source <> f.flagged_by"""
        if flags
        else ""
    )
    return f"""
        SELECT 'claim' AS kind, claim_id AS id, {CLAIM_KEY} AS key_hash, {CLAIM_FIGURES} AS fig_hash,
               source
        FROM {at}claims WHERE source IN {source_sql}
        UNION ALL
        SELECT 'event', event_id, {EVENT_KEY}, {EVENT_FIGURES}, source
        FROM {at}events WHERE source IN {source_sql}
        UNION ALL
        SELECT 'report', r.claim_id || '|' || r.doc_id, {REPORT_KEY}, {REPORT_KEY}, d.source
        FROM {at}reports r
        JOIN (SELECT doc_id, source FROM {at}documents WHERE source IN {source_sql}) d USING (doc_id)
        JOIN {at}claims c USING (claim_id)
        WHERE c.source <> d.source{flag_rows}
    """


def snapshot(con: duckdb.DuckDBPyConnection, source: str) -> None:
    """Before a one-off import: the source's rows as they are (`touch_before`)."""
    con.execute(
        "CREATE OR REPLACE TEMP TABLE touch_before AS " + rows_sql("", "($source)"), {"source": source}
    )


def record(con: duckdb.DuckDBPyConnection, source: str) -> None:
    """After a one-off import: record the rows it set (new or with other figures) and what they
    replaced (the same id, or the row about the same thing it removed), keeping an earlier one-off
    import's `before_hash` (the declared figures) where a row is touched again."""
    con.execute(
        "CREATE OR REPLACE TEMP TABLE touch_after AS " + rows_sql("", "($source)"), {"source": source}
    )
    con.execute(
        """
        CREATE OR REPLACE TEMP TABLE touch_removed AS
        SELECT b.* FROM touch_before b
        WHERE NOT EXISTS (SELECT 1 FROM touch_after a WHERE a.kind = b.kind AND a.id = b.id)
        """
    )
    # joins, not a subquery per row (QA pass 16: an import into a database holding 20,000
    # one-off rows took twice as long)
    con.execute(
        """
        CREATE OR REPLACE TEMP TABLE touch_known AS
        SELECT kind, id, before_hash FROM import_touched WHERE source = $source
        """,
        {"source": source},
    )
    con.execute(
        """
        CREATE OR REPLACE TEMP TABLE touch_removed_key AS
        SELECT r.kind, r.key_hash, bool_or(k.id IS NOT NULL) AS was_known,
               any_value(k.before_hash) FILTER (WHERE k.id IS NOT NULL) AS known_before,
               any_value(r.fig_hash) AS fig_hash
        FROM touch_removed r LEFT JOIN touch_known k ON k.kind = r.kind AND k.id = r.id
        GROUP BY r.kind, r.key_hash
        """
    )
    con.execute(
        """
        CREATE OR REPLACE TEMP TABLE touch_set AS
        SELECT a.kind, a.id, a.key_hash,
               -- (QA pass 33) a row an earlier one-off import added keeps before_hash NULL (new)
               -- when it is revised, in place or under a new id: the revision's own figures were
               -- taken for a declared file's, a full build dropped the row, and importing the
               -- first file again "set it back to a declared file's figures" and lost it
               CASE WHEN k.id IS NOT NULL THEN k.before_hash
                    WHEN rk.was_known THEN rk.known_before
                    ELSE coalesce(b.fig_hash, rk.fig_hash) END AS before_hash,
               k.id IS NOT NULL AS known, a.fig_hash
        FROM touch_after a
        LEFT JOIN touch_before b ON b.kind = a.kind AND b.id = a.id
        LEFT JOIN touch_known k ON k.kind = a.kind AND k.id = a.id
        LEFT JOIN touch_removed_key rk ON rk.kind = a.kind AND rk.key_hash = a.key_hash
        WHERE b.id IS NULL OR b.fig_hash <> a.fig_hash
        """
    )
    con.execute(
        """
        DELETE FROM import_touched t
        WHERE t.source = $source
          AND EXISTS (SELECT 1 FROM touch_removed r WHERE r.kind = t.kind AND r.id = t.id)
        """,
        {"source": source},
    )
    # (QA pass 30) a row set back to the figures it had before any one-off import (v1, v2, then
    # v1 again) is no revision: it keeps no record, as a full build of the same inputs keeps none
    con.execute(
        "CREATE OR REPLACE TEMP TABLE touch_reverted AS "
        "SELECT kind, id FROM touch_set WHERE before_hash IS NOT NULL AND before_hash = fig_hash"
    )
    con.execute(
        """
        DELETE FROM import_touched t
        WHERE t.source = $source
          AND EXISTS (SELECT 1 FROM touch_reverted r WHERE r.kind = t.kind AND r.id = t.id)
        """,
        {"source": source},
    )
    con.execute(
        """
        INSERT INTO import_touched SELECT $source, kind, id, key_hash, before_hash FROM touch_set s
        WHERE NOT known AND NOT EXISTS (SELECT 1 FROM touch_reverted r WHERE r.kind = s.kind AND r.id = s.id)
        """,
        {"source": source},
    )


def reverted(con: duckdb.DuckDBPyConnection) -> int:
    """After `record`: how many rows the import set back to the figures a declared file gave."""
    return int(con.execute("SELECT count(*) FROM touch_reverted").fetchall()[0][0])


def changes(con: duckdb.DuckDBPyConnection) -> dict[str, tuple[int, int, int]]:
    """After `record`: per kind ('claim', 'event'), the rows the import made new, changed and
    withdrew. A changed row is a row whose id had other content before, or a new id about the same
    thing as a row it replaced (The Economist's claim id changes with its figure). (QA passes 14
    and 16: the summary's one count of rows inserted or replaced called every revision new, a
    UCDP event's moved coordinates included.)"""
    rows = con.execute(
        """
        WITH removed_keys AS (SELECT DISTINCT kind, key_hash FROM touch_removed),
        after_keys AS (SELECT DISTINCT kind, key_hash FROM touch_after),
        classified AS (
            SELECT a.kind,
                   CASE WHEN b.id IS NOT NULL OR rk.key_hash IS NOT NULL THEN 'changed' ELSE 'new' END AS what
            FROM touch_after a
            LEFT JOIN touch_before b ON b.kind = a.kind AND b.id = a.id
            LEFT JOIN removed_keys rk ON rk.kind = a.kind AND rk.key_hash = a.key_hash
            WHERE b.id IS NULL OR b.fig_hash <> a.fig_hash
            UNION ALL
            SELECT r.kind, 'withdrawn' FROM touch_removed r
            WHERE NOT EXISTS (SELECT 1 FROM after_keys k WHERE k.kind = r.kind AND k.key_hash = r.key_hash)
        ),
        final AS (
            SELECT kind, count(*) FILTER (what = 'new') AS n_new, count(*) FILTER (what = 'changed') AS n_changed,
                   count(*) FILTER (what = 'withdrawn') AS n_gone
            FROM classified GROUP BY kind
        )
        SELECT * FROM final
        """
    ).fetchall()
    out = {"claim": (0, 0, 0), "event": (0, 0, 0)}
    # (QA pass 40) and 'report' and 'flag': what it gave other sources' claims, which the summary
    # had left out ("claims: 0 new, 0 changed" for an import that added two reports and an answer)
    out.update({kind: (int(a), int(b), int(c)) for kind, a, b, c in rows})
    return out


def backfill(con: duckdb.DuckDBPyConnection) -> None:
    """(QA pass 15) A database from before `import_touched`: record every row of a source that a
    one-off import touched (a file in `import_log` with `via = 'import'`) as set by an import with
    nothing replaced, which is the rule builds applied to them before (kept unless the build has a
    row about the same thing). Without it the first import of the new release recorded only its
    own rows, and the next full build dropped everything older imports had brought."""
    sources = "(SELECT DISTINCT source FROM import_log WHERE via = 'import')"
    con.execute(
        f"""
        INSERT INTO import_touched
        SELECT r.source, r.kind, r.id, r.key_hash, NULL FROM ({rows_sql("", sources)}) r
        WHERE NOT EXISTS (SELECT 1 FROM import_touched t
                          WHERE t.source = r.source AND t.kind = r.kind AND t.id = r.id)
        """
    )
