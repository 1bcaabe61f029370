"""A build keeps what `python -m etl import` added to the live database.

Every publish starts from the latest published version. For an import that means copying the
live file under the writer lock; for a build, which recreates every table from `data/`, it means
carrying over the rows that one-off imports put into the live database, so that a build run
after (or while) an analyst imports a file does not silently drop that import.

What is carried: for every file in the live `import_log` with `via = 'import'` that this build
did not load itself (from a declaration in `data/sources/`), the rows one-off imports of its
source set (`import_touched`, `etl.importers.touched`), decided row by row against this build's
rows about the same thing (`_settle_touched`; a database from before that table: every row of the
source whose id the build lacks): claims with their reports and places, events with their
documents, the documents they cite, and the file's `import_log`, `load_log` and `quarantine` rows. Dashboard rows (`claims_wide`) are recomputed
against the new curated tables (actor names, place names), not copied. A place link to a place
removed from `places.csv` is dropped, and each carried event is matched against the current
gazetteer as its import matched it (an event keeps its published name and coordinates).

`python -m etl build --without-imports` rebuilds from `data/` alone.
"""

from __future__ import annotations

from pathlib import Path

import duckdb

from etl.core.db import has_table
from etl.core.report import BuildReport, FileResult, InputFileError, Quarantined
from etl.core.schema import GS_SOURCE, ensure_import_objects, insert_claims_wide
from etl.core.staging import label_for
from etl.importers import SOURCES, touched
from etl.importers.store import date_documents_by_reports, match_places_sql

#: What a one-off import's label gets when a declared file of the build has its name.
ONE_OFF_SUFFIX = " (one-off import)"
#: The sources whose one-off imports a build carries over (every importer's).
IMPORT_SOURCES: tuple[str, ...] = SOURCES


def _carry_reports_of_built_claims(con: duckdb.DuckDBPyConnection) -> None:
    """(QA pass 26) The reports one-off imports gave claims this build has too: an imported
    table citing a second source for a figure a declared file also gives is one claim with two
    reports. Only the carried documents' reports (a report of a document this build made itself
    is this build's to give); the claims' dashboard rows are made again with them. Without this a
    full build dropped them while an incremental build kept them (n_reports 3 against 2).
    (QA pass 37 #2) And the reports one-off imports gave other sources' claims from a document
    this build made too (The Economist's table listing a curated figure), as `import_touched`
    records them (kind 'report')."""
    touched_reports = (
        "SELECT id FROM carry_touched WHERE take AND kind = 'report'"
        if has_table(con, "carry_touched", "temp")
        else "SELECT NULL::VARCHAR WHERE false"
    )
    con.execute(
        f"""
        CREATE OR REPLACE TEMP TABLE carry_more_reports AS
        SELECT r.* FROM prev.reports r
        WHERE (r.doc_id IN (SELECT doc_id FROM carry_docs)
               OR r.claim_id || '|' || r.doc_id IN ({touched_reports}))
          AND r.doc_id IN (SELECT doc_id FROM documents)
          AND r.claim_id IN (SELECT claim_id FROM claims)
          AND r.claim_id NOT IN (SELECT claim_id FROM carry_claims)
          AND NOT EXISTS (SELECT 1 FROM reports x WHERE x.claim_id = r.claim_id AND x.doc_id = r.doc_id)
        """
    )
    if not con.execute("SELECT count(*) FROM carry_more_reports").fetchall()[0][0]:
        return
    con.execute("INSERT INTO reports BY NAME SELECT * FROM carry_more_reports")
    con.execute(
        "CREATE OR REPLACE TEMP TABLE carry_more_claims AS SELECT DISTINCT claim_id FROM carry_more_reports"
    )
    con.execute("DELETE FROM claims_wide WHERE claim_id IN (SELECT claim_id FROM carry_more_claims)")
    insert_claims_wide(con, "carry_more_claims")


def _carry_flags_of_built_claims(con: duckdb.DuckDBPyConnection) -> None:
    """(QA pass 40) The warring-party answers one-off imports gave claims this build has from
    another source (`import_touched` kind 'flag'): the import's answer replaces the build's own
    from that importer, as the revision rule of `_settle_touched` decides. Idempotent."""
    if not (has_table(con, "carry_touched", "temp") and has_table(con, "claim_warring_flags", "prev")):
        return
    con.execute(
        """
        CREATE OR REPLACE TEMP TABLE carry_flags AS
        SELECT p.* FROM prev.claim_warring_flags p
        JOIN carry_touched t ON t.take AND t.kind = 'flag' AND t.id = p.claim_id AND t.source = p.flagged_by
        WHERE p.claim_id IN (SELECT claim_id FROM claims)
        """
    )
    con.execute(
        """
        DELETE FROM claim_warring_flags f
        WHERE EXISTS (SELECT 1 FROM carry_flags c WHERE c.claim_id = f.claim_id AND c.flagged_by = f.flagged_by)
        """
    )
    con.execute("INSERT INTO claim_warring_flags BY NAME SELECT * FROM carry_flags")


def _carry_imported_actors(con: duckdb.DuckDBPyConnection) -> None:
    """Copy the actors one-off imports created (never in actors.csv) into the build.

    Parents first: an actor is copied once its parent is in the build. An actor whose name
    actors.csv now uses for another id is not copied (its claims then fail the orphan check).
    """
    if not has_table(con, "imported_actors", "prev"):
        return
    taken = con.execute(
        """
        SELECT a.name, c.name FROM prev.actors a
        JOIN actors c ON list_contains(list_transform(c.aliases, lambda x: lower(x)), lower(a.name))
        WHERE a.actor_id IN (SELECT actor_id FROM prev.imported_actors)
          AND a.actor_id NOT IN (SELECT actor_id FROM actors)
        ORDER BY 1 LIMIT 1
        """
    ).fetchone()
    if taken:
        # (QA pass 16) the imported actor and the actors.csv actor would both answer to the name,
        # and a re-import would give its claims a second time under the other claimant
        raise InputFileError(
            f"actors.csv: {taken[1]!r} now has the alias {taken[0]!r}, an actor a one-off import "
            "created; run `python -m etl build --without-imports`, then import that file again "
            "so its claims go to the actors.csv actor"
        )
    while True:
        n = con.execute(
            """
            INSERT INTO actors BY NAME
            SELECT a.* FROM prev.actors a
            WHERE a.actor_id IN (SELECT actor_id FROM prev.imported_actors)
              AND a.actor_id NOT IN (SELECT actor_id FROM actors)
              AND a.name NOT IN (SELECT name FROM actors)
              AND (a.parent_id IS NULL OR a.parent_id IN (SELECT actor_id FROM actors))
            """
        ).fetchall()[0][0]
        if not n:
            break
    con.execute(
        """
        INSERT INTO imported_actors BY NAME
        SELECT DISTINCT * FROM prev.imported_actors
        WHERE actor_id IN (SELECT actor_id FROM actors)
          AND actor_id NOT IN (SELECT actor_id FROM imported_actors)
        """
    )


def _settle_touched(con: duckdb.DuckDBPyConnection) -> bool:
    """(QA passes 13-17) Decide, row by row, which of the live database's one-off rows to carry
    (`etl.importers.touched`, whose module doc gives the rule). Returns False for a live database
    from before `import_touched` (the old rule then carries every row of the sources that the
    build lacks)."""
    if not has_table(con, "import_touched", "prev"):
        return False
    con.execute(
        "CREATE OR REPLACE TEMP TABLE touch_build AS "
        + touched.rows_sql("", "(SELECT DISTINCT source FROM carry_files)")
    )
    con.execute(
        """
        CREATE OR REPLACE TEMP TABLE carry_touched AS
        SELECT t.*, b.id AS build_id,
               -- (QA pass 16) only a row the live database still holds can be carried; a row the
               -- import added, where the build has nothing about the same thing; a revision, where
               -- the build still has what it revised (QA pass 17: not where the declared file
               -- withdrew it, which a refresh and a full build now read alike)
               p.id IS NOT NULL
               AND CASE WHEN t.before_hash IS NULL THEN b.id IS NULL
                        ELSE b.fig_hash = t.before_hash AND b.fig_hash IS DISTINCT FROM p.fig_hash END
               -- (QA pass 40) a report or answer on another source's claim only where this build
               -- has the claim: the record of one the analyst deleted went at the next build only
               AND (t.kind NOT IN ('report', 'flag')
                    OR split_part(t.id, '|', 1) IN (SELECT claim_id FROM claims)
                    OR split_part(t.id, '|', 1) IN (SELECT claim_id FROM prev.claims
                                                   WHERE source IN (SELECT source FROM carry_files)))
                   AS take
        FROM prev.import_touched t
        LEFT JOIN (SELECT * FROM touch_build QUALIFY row_number() OVER (PARTITION BY source, kind, key_hash
                                                                         ORDER BY id) = 1) b
          ON b.source = t.source AND b.kind = t.kind AND b.key_hash = t.key_hash
        LEFT JOIN ("""
        + touched.rows_sql(
            "prev", "(SELECT DISTINCT source FROM carry_files)", has_table(con, "claim_warring_flags", "prev")
        )
        + """) p
          ON p.kind = t.kind AND p.id = t.id
        WHERE t.source IN (SELECT source FROM carry_files)
        """
    )
    # the build's rows an import revised: the revision (carried below) replaces them
    stale = "SELECT build_id FROM carry_touched WHERE take AND build_id IS NOT NULL AND kind = '{}'"
    for table in ("claim_warring_flags", "reports", "claim_places", "claims_wide", "claims"):
        con.execute(f"DELETE FROM {table} WHERE claim_id IN ({stale.format('claim')})")
    for table in ("event_documents", "events"):
        con.execute(f"DELETE FROM {table} WHERE event_id IN ({stale.format('event')})")
    con.execute(
        "INSERT INTO import_touched SELECT source, kind, id, key_hash, before_hash FROM carry_touched WHERE take"
    )
    return True


def _refuse_a_renamed_claimant(con: duckdb.DuckDBPyConnection, live: Path, srcs: str) -> None:
    """(QA pass 42 #2) InputFileError when a claim one-off imports added or revised names a
    claimant that is no longer an actor of this build (renamed in actors.csv, its old name kept as
    an alias, or removed). A claim's identity includes its claimant, so such a row cannot be
    matched to this build's: a revision The Economist's import made was dropped without a word
    (the bundled figure back, exit 0), and a General Staff day was refused as "no longer in
    actors.csv" though the old name is an alias. Said in one line, with the ways out."""
    if not has_table(con, "import_touched", "prev"):
        return
    row = con.execute(
        f"""
        SELECT c.claimant_id, any_value(pa.name) AS old_name, count(*) AS n,
               any_value(a.name) FILTER (WHERE a.name IS NOT NULL) AS new_name
        FROM prev.claims c
        LEFT JOIN prev.actors pa ON pa.actor_id = c.claimant_id
        LEFT JOIN actors a ON list_contains(list_transform(a.aliases, lambda x: lower(x)), lower(pa.name))
        WHERE c.source IN {srcs}
          AND c.claim_id IN (SELECT id FROM prev.import_touched WHERE kind = 'claim' AND source IN {srcs})
          AND c.claimant_id NOT IN (SELECT actor_id FROM actors)
        GROUP BY 1 ORDER BY 1 LIMIT 1
        """
    ).fetchone()
    if row is None:
        return
    claimant_id, old_name, n, new_name = row
    was = f"{old_name!r}" if old_name else f"{claimant_id!r}"
    now = f"is now an alias of {new_name!r} in actors.csv" if new_name else "is no longer in actors.csv"
    raise InputFileError(
        f"{label_for(live)}: {n} claim(s) one-off imports added or revised name claimant {was}, which {now}; "
        "a claim's identity includes its claimant, so they cannot be carried across the change: restore "
        "the actor's name, or run `python -m etl build --without-imports` and import their files again"
    )


def carry_imports(
    con: duckdb.DuckDBPyConnection,
    live: Path,
    report: BuildReport,
    sources: tuple[str, ...] = IMPORT_SOURCES,
    declared: tuple[str, str] | None = None,
    loaded: list[str] | None = None,
) -> int:
    """Copy the one-off imports of the `live` database into the build on `con`.

    Returns how many files' imports were carried, with the actors those imports created and the
    publisher's warring-party flags of their claims. Raises InputFileError when an imported
    claim's claimant is no longer in actors.csv (the build cannot keep it and will not drop it
    silently). `sources` limits it to those importers' files (a refresh carries its source's).
    `declared` names two tables of ids (claim_id, event_id): the rows the declared snapshot gave
    before a refresh, so a row withdrawn upstream stays withdrawn (`import_touched` records what
    one-off imports set, not which declared file gave the rest). `loaded` are the labels of the
    files this build (or refresh) loaded itself (default: the report's).

    (QA pass 7) A one-off import whose file has the name of a file the build loads from a
    declaration (an analyst imports upstream's `russia_losses_personnel.json` with newer days) is
    carried under its own label, "<name> (one-off import)", so neither log overwrites the other;
    the same file (by content) as the declared one adds nothing and is not carried.
    """
    con.execute("ATTACH $path AS prev (READ_ONLY)", {"path": str(live)})
    try:
        if not has_table(con, "import_log", "prev"):
            return 0
        loaded = [f.label for f in report.files] if loaded is None else loaded
        ensure_import_objects(con)  # (the build's own import_log, compared with below)
        con.execute(
            f"""
            CREATE OR REPLACE TEMP TABLE carry_files AS
            SELECT p.source_file, p.source,
                   CASE WHEN list_contains($loaded, p.source_file)
                        THEN p.source_file || '{ONE_OFF_SUFFIX}' ELSE p.source_file END AS label
            FROM prev.import_log p
            WHERE p.via = 'import' AND p.source IN $sources
              -- the same file (by content) as one this build loaded adds nothing, whatever its
              -- name (QA passes 17-18: upstream publishing a one-off file as its snapshot)
              AND NOT EXISTS (
                  SELECT 1 FROM import_log i
                  WHERE list_contains($loaded, i.source_file) AND i.source = p.source
                    AND i.content_sha256 = p.content_sha256)
            """,
            {"sources": list(sources), "loaded": loaded},
        )
        n_files = con.execute("SELECT count(*) FROM carry_files").fetchall()[0][0]
        if not n_files:
            return 0
        srcs = "(SELECT DISTINCT source FROM carry_files)"
        known = _settle_touched(con)

        def kept(kind: str, table: str | None) -> str:
            """SQL: the carried ids of `kind`. With provenance, only the rows one-off imports set
            and that are to be kept (a row an older declared copy gave, which this build's copy
            no longer does, is not carried); a refresh's withdrawn rows (`declared`: ids the old
            snapshot gave) only where the new snapshot has nothing about the same thing (QA pass
            16: a revision of a row the new snapshot still gives had been dropped with it)."""
            id_col = "claim_id" if kind == "claim" else "event_id"
            if known:
                still_given = (
                    f"(t.build_id IS NOT NULL OR t.id NOT IN (SELECT {id_col} FROM {table}))"
                    if table
                    else "true"
                )
                return (
                    f"AND {id_col} IN (SELECT t.id FROM carry_touched t "
                    f"WHERE t.take AND t.kind = '{kind}' AND {still_given})"
                )
            return f"AND {id_col} NOT IN (SELECT {id_col} FROM {table})" if table else ""

        con.execute(
            f"""
            CREATE OR REPLACE TEMP TABLE carry_claims AS
            SELECT claim_id FROM prev.claims
            WHERE source IN {srcs} AND claim_id NOT IN (SELECT claim_id FROM claims)
            {kept("claim", declared[0] if declared else None)}
            """
        )
        ensure_import_objects(con)
        _carry_imported_actors(con)
        _refuse_a_renamed_claimant(con, live, srcs)
        orphan = con.execute(
            """
            SELECT c.claimant_id, count(*) FROM prev.claims c
            WHERE c.claim_id IN (SELECT claim_id FROM carry_claims)
              AND c.claimant_id NOT IN (SELECT actor_id FROM actors)
            GROUP BY 1 ORDER BY 1 LIMIT 1
            """
        ).fetchone()
        if orphan:
            raise InputFileError(
                f"{label_for(live)}: {orphan[1]} imported claim(s) name claimant "
                f"{orphan[0]!r}, which is no longer in actors.csv; restore the actor or run "
                "`python -m etl build --without-imports` to drop one-off imports"
            )
        con.execute(
            f"""
            CREATE OR REPLACE TEMP TABLE carry_events AS
            SELECT event_id FROM prev.events
            WHERE source IN {srcs} AND event_id NOT IN (SELECT event_id FROM events)
            {kept("event", declared[1] if declared else None)}
            """
        )
        # Documents cited by what is carried (imports add theirs with source = the importer).
        con.execute(
            f"""
            CREATE OR REPLACE TEMP TABLE carry_docs AS
            SELECT doc_id FROM prev.documents
            WHERE doc_id NOT IN (SELECT doc_id FROM documents)
              AND (source IN {srcs}
                   OR doc_id IN (SELECT doc_id FROM prev.reports
                                 WHERE claim_id IN (SELECT claim_id FROM carry_claims))
                   OR doc_id IN (SELECT doc_id FROM prev.events
                                 WHERE event_id IN (SELECT event_id FROM carry_events)))
            """
        )
        con.execute(
            "INSERT INTO documents BY NAME SELECT * FROM prev.documents "
            "WHERE doc_id IN (SELECT doc_id FROM carry_docs)"
        )
        con.execute(
            "INSERT INTO claims BY NAME SELECT * FROM prev.claims "
            "WHERE claim_id IN (SELECT claim_id FROM carry_claims)"
        )
        if has_table(con, "claim_warring_flags", "prev"):  # the publisher's warring-party answers
            con.execute(
                "INSERT INTO claim_warring_flags BY NAME SELECT * FROM prev.claim_warring_flags "
                "WHERE claim_id IN (SELECT claim_id FROM carry_claims)"
            )
        con.execute(
            "INSERT INTO reports BY NAME SELECT * FROM prev.reports "
            "WHERE claim_id IN (SELECT claim_id FROM carry_claims) "
            "AND doc_id IN (SELECT doc_id FROM documents)"
        )
        con.execute(
            "INSERT INTO claim_places BY NAME SELECT * FROM prev.claim_places "
            "WHERE claim_id IN (SELECT claim_id FROM carry_claims) "
            "AND place_id IN (SELECT place_id FROM places)"
        )
        insert_claims_wide(con, "carry_claims")
        _carry_reports_of_built_claims(con)
        _carry_flags_of_built_claims(con)
        if GS_SOURCE in sources:  # (a series' document is dated by its carried days too)
            date_documents_by_reports(con, GS_SOURCE)
        # (QA pass 16) each carried event is matched against the gazetteer this build has, as its
        # import matched it (a place added to places.csv after the import links it, as it would
        # had it been there first; a removed place unlinks it)
        con.execute(
            "CREATE OR REPLACE TEMP TABLE carry_event_rows AS "
            "SELECT * FROM prev.events WHERE event_id IN (SELECT event_id FROM carry_events)"
        )
        con.execute(
            "CREATE OR REPLACE TEMP TABLE carry_event_places AS "
            + match_places_sql("carry_event_rows", "place_name", "region", "lat", "lon")
        )
        con.execute(
            """
            INSERT INTO events BY NAME
            SELECT e.* REPLACE (
                m.place_id AS place_id,
                CASE WHEN e.doc_id IN (SELECT doc_id FROM documents) THEN e.doc_id END AS doc_id)
            FROM carry_event_rows e
            LEFT JOIN carry_event_places m
              ON m.name = e.place_name AND m.admin1 IS NOT DISTINCT FROM e.region
             AND m.lat IS NOT DISTINCT FROM e.lat AND m.lon IS NOT DISTINCT FROM e.lon
            """
        )
        if has_table(con, "event_documents", "prev"):
            con.execute(
                "INSERT INTO event_documents BY NAME SELECT * FROM prev.event_documents "
                "WHERE event_id IN (SELECT event_id FROM carry_events) "
                "AND doc_id IN (SELECT doc_id FROM documents)"
            )
        if not known:
            # (QA pass 15) a database from before import_touched: what was carried by the old rule
            # is recorded as one-off rows, so the next build carries it again (an empty table had
            # made the second full build carry nothing)
            con.execute(
                f"""
                INSERT INTO import_touched
                SELECT r.source, r.kind, r.id, r.key_hash, NULL
                FROM ({touched.rows_sql("", srcs)}) r
                WHERE (r.kind = 'claim' AND r.id IN (SELECT claim_id FROM carry_claims))
                   OR (r.kind = 'event' AND r.id IN (SELECT event_id FROM carry_events))
                """
            )
        # the files' logs, each under its label here (its own name, or "<name> (one-off import)")
        con.execute(
            "DELETE FROM import_log WHERE source_file IN (SELECT label FROM carry_files); "
            "INSERT INTO import_log BY NAME SELECT p.* REPLACE (c.label AS source_file) "
            "FROM prev.import_log p JOIN carry_files c ON c.source_file = p.source_file"
        )
        # load_log and quarantine are written from the report at the end of the build.
        for label, source, read, ok, bad, dmin, dmax in con.execute(
            "SELECT c.label, l.source, l.rows_read, l.rows_loaded, l.rows_quarantined, l.date_min, l.date_max "
            "FROM prev.load_log l JOIN carry_files c ON c.source_file = l.source_file ORDER BY c.label"
        ).fetchall():
            report.files.append(FileResult(label, source, int(read), int(ok), int(bad), dmin, dmax))
        for row in con.execute(
            "SELECT c.label, q.row_number, q.field, q.value, q.reason, q.raw_row FROM prev.quarantine q "
            "JOIN carry_files c ON c.source_file = q.source_file ORDER BY c.label, q.row_number"
        ).fetchall():
            report.quarantine.append(Quarantined(*row))
        return int(n_files)
    finally:
        con.execute("DETACH prev")
