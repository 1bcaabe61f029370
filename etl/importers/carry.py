"""A build keeps what `python -m etl import` added to the live database.

Every publish starts from the latest published version. For an import that means copying the
live file under the writer lock; for a build, which recreates every table from `data/`, it means
carrying over the rows that one-off imports put into the live database, so that a build run
after (or while) an analyst imports a file does not silently drop that import.

What is carried: for every file in the live `import_log` with `via = 'import'` that this build
did not load itself (from a declaration in `data/sources/`), the rows of its source
(`general-staff`, `acled`, `ucdp`) whose ids the build does not already have: claims with
their reports and places, events with their documents, the documents they cite, and the file's
`import_log`, `load_log` and `quarantine` rows. Dashboard rows (`claims_wide`) are recomputed
against the new curated tables (actor names, place names), not copied. A place link to a place
removed from `places.csv` is dropped (an event keeps its published name and coordinates).

`python -m etl build --without-imports` rebuilds from `data/` alone.
"""

from __future__ import annotations

from pathlib import Path

import duckdb

from etl.core.report import BuildReport, FileResult, InputFileError, Quarantined
from etl.core.schema import ensure_import_objects, insert_claims_wide
from etl.core.staging import label_for
from etl.importers import SOURCES

#: What a one-off import's label gets when a declared file of the build has its name.
ONE_OFF_SUFFIX = " (one-off import)"
#: The sources whose one-off imports a build carries over (every importer's).
IMPORT_SOURCES: tuple[str, ...] = SOURCES


def _has_table(con: duckdb.DuckDBPyConnection, catalog: str, table: str) -> bool:
    n = con.execute(
        "SELECT count(*) FROM duckdb_tables() WHERE database_name = $1 AND table_name = $2",
        [catalog, table],
    ).fetchall()[0][0]
    return bool(n)


def _carry_imported_actors(con: duckdb.DuckDBPyConnection) -> None:
    """Copy the actors one-off imports created (never in actors.csv) into the build.

    Parents first: an actor is copied once its parent is in the build. An actor whose name
    actors.csv now uses for another id is not copied (its claims then fail the orphan check).
    """
    if not _has_table(con, "prev", "imported_actors"):
        return
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


#: What an importer's revision changes in a claim, and in an event (a figure, a date, a bound).
_CLAIM_FIGURE = (
    "value_low",
    "value_high",
    "qualifier",
    "basis",
    "stated_on",
    "stated_on_precision",
    "period_start",
    "period_end",
)
_EVENT_FIGURE = (
    "fatalities_low",
    "fatalities_best",
    "fatalities_high",
    "date_start",
    "date_end",
    "date_precision",
)


def _same(columns: tuple[str, ...]) -> str:
    """SQL: rows `p` (live) and `b` (this build) agree on `columns`."""
    return " AND ".join(f"p.{c} IS NOT DISTINCT FROM b.{c}" for c in columns)


def _take_later_revisions(con: duckdb.DuckDBPyConnection) -> None:
    """(QA pass 13) Let a one-off import's revisions outlive a full build, as they do an
    incremental one.

    A newer copy of a declared file, imported by hand, revises figures the declared copy gave
    (General Staff's 2025-12-31 figure, an Economist estimate, a UCDP event's deaths). A full
    build re-imports the declared copy, and carrying only the ids it lacks kept the old figure
    (or, where the id changed with the figure, both). For a source whose declared files this
    build loaded unchanged (the same content as the live database recorded) and which a one-off
    import touched, the live database's rows are what those files plus the import give: rows of
    that source whose figures differ there, or that the live database no longer has, are removed
    here, and the carry below copies the live versions. A declared file that changed since the
    live database leaves the declared rows as they are (it is the newer word). The price: a
    changed importer's new reading of an unchanged declared file waits for `--without-imports`
    while one-off imports of its source are kept (README, "Import public datasets").
    """
    con.execute(
        """
        CREATE OR REPLACE TEMP TABLE carry_revised_sources AS
        SELECT DISTINCT c.source FROM carry_files c
        WHERE EXISTS (SELECT 1 FROM import_log b WHERE b.source = c.source AND b.via <> 'import')
          AND NOT EXISTS (SELECT 1 FROM import_log b
                          WHERE b.source = c.source AND b.via <> 'import'
                            AND b.content_sha256 IS DISTINCT FROM
                                (SELECT p.content_sha256 FROM prev.import_log p
                                 WHERE p.source_file = b.source_file))
        """
    )
    con.execute(
        f"""
        CREATE OR REPLACE TEMP TABLE carry_stale_claims AS
        SELECT claim_id FROM claims WHERE source IN (SELECT source FROM carry_revised_sources)
        EXCEPT
        SELECT p.claim_id FROM prev.claims p JOIN claims b USING (claim_id)
        WHERE {_same(_CLAIM_FIGURE)}
        """
    )
    for table in ("claim_warring_flags", "reports", "claim_places", "claims_wide", "claims"):
        con.execute(f"DELETE FROM {table} WHERE claim_id IN (SELECT claim_id FROM carry_stale_claims)")
    con.execute(
        f"""
        CREATE OR REPLACE TEMP TABLE carry_stale_events AS
        SELECT event_id FROM events WHERE source IN (SELECT source FROM carry_revised_sources)
        EXCEPT
        SELECT p.event_id FROM prev.events p JOIN events b USING (event_id)
        WHERE {_same(_EVENT_FIGURE)}
        """
    )
    for table in ("event_documents", "events"):
        con.execute(f"DELETE FROM {table} WHERE event_id IN (SELECT event_id FROM carry_stale_events)")


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
    `declared` names two tables of ids (claim_id, event_id) never to carry: the rows the
    declared snapshot gave before a refresh, so a row withdrawn upstream stays withdrawn (the
    database does not record which file brought each row). `loaded` are the labels of the
    files this build (or refresh) loaded itself (default: the report's).

    (QA pass 7) A one-off import whose file has the name of a file the build loads from a
    declaration (an analyst imports upstream's `russia_losses_personnel.json` with newer days) is
    carried under its own label, "<name> (one-off import)", so neither log overwrites the other;
    the same file (by content) as the declared one adds nothing and is not carried.
    """
    con.execute("ATTACH $path AS prev (READ_ONLY)", {"path": str(live)})
    try:
        if not _has_table(con, "prev", "import_log"):
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
              AND NOT (list_contains($loaded, p.source_file)
                       AND p.content_sha256 IS NOT DISTINCT FROM
                           (SELECT i.content_sha256 FROM import_log i WHERE i.source_file = p.source_file))
            """,
            {"sources": list(sources), "loaded": loaded},
        )
        n_files = con.execute("SELECT count(*) FROM carry_files").fetchall()[0][0]
        if not n_files:
            return 0
        srcs = "(SELECT DISTINCT source FROM carry_files)"
        if declared is None:
            _take_later_revisions(con)
        con.execute(
            f"""
            CREATE OR REPLACE TEMP TABLE carry_claims AS
            SELECT claim_id FROM prev.claims
            WHERE source IN {srcs} AND claim_id NOT IN (SELECT claim_id FROM claims)
            {f"AND claim_id NOT IN (SELECT claim_id FROM {declared[0]})" if declared else ""}
            """
        )
        ensure_import_objects(con)
        _carry_imported_actors(con)
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
            {f"AND event_id NOT IN (SELECT event_id FROM {declared[1]})" if declared else ""}
            """
        )
        # Documents cited by what is carried (imports add theirs with source = the importer).
        con.execute(
            f"""
            INSERT INTO documents BY NAME
            SELECT * FROM prev.documents
            WHERE doc_id NOT IN (SELECT doc_id FROM documents)
              AND (source IN {srcs}
                   OR doc_id IN (SELECT doc_id FROM prev.reports
                                 WHERE claim_id IN (SELECT claim_id FROM carry_claims))
                   OR doc_id IN (SELECT doc_id FROM prev.events
                                 WHERE event_id IN (SELECT event_id FROM carry_events)))
            """
        )
        con.execute(
            "INSERT INTO claims BY NAME SELECT * FROM prev.claims "
            "WHERE claim_id IN (SELECT claim_id FROM carry_claims)"
        )
        if _has_table(con, "prev", "claim_warring_flags"):  # the publisher's warring-party answers
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
        con.execute(
            """
            INSERT INTO events BY NAME
            SELECT * REPLACE (
                CASE WHEN place_id IN (SELECT place_id FROM places) THEN place_id END AS place_id,
                CASE WHEN doc_id IN (SELECT doc_id FROM documents) THEN doc_id END AS doc_id)
            FROM prev.events WHERE event_id IN (SELECT event_id FROM carry_events)
            """
        )
        if _has_table(con, "prev", "event_documents"):
            con.execute(
                "INSERT INTO event_documents BY NAME SELECT * FROM prev.event_documents "
                "WHERE event_id IN (SELECT event_id FROM carry_events) "
                "AND doc_id IN (SELECT doc_id FROM documents)"
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
