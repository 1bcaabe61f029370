"""`data/events.csv`: curated events for the timelines and the map."""

from __future__ import annotations

from pathlib import Path

import duckdb

from etl.core.contract import (
    EVENT_KINDS,
    EVENTS_INPUT,
    IMPORTED_EVENT_ID_PREFIXES,
    SLUG_RE,
    URL_RE,
)
from etl.core.report import BuildReport
from etl.core.rules import errs_sql, finish_file, imported_id_rule, precision_day_rules, rule, vocab_rule
from etl.core.staging import stage_csv
from etl.curated.resolvers import doc_cells_sql, place_cells_sql

#: The columns the build cannot load events.csv without (a review save checks them too).
REQUIRED: tuple[str, ...] = ("event_id", "title", "kind", "date_start", "date_precision")


def load_events(con: duckdb.DuckDBPyConnection, path: Path, report: BuildReport) -> None:
    """Curated events for timelines and the map; key events annotate every time chart."""
    st = stage_csv(con, path, "events", EVENTS_INPUT, required=REQUIRED)
    con.execute(
        f"""
        CREATE TEMP TABLE src_events AS
        SELECT rowid AS _ord, trim(event_id) AS event_id, trim(title) AS title,
               trim(kind) AS kind, date_start, date_end, trim(date_precision) AS date_precision,
               coalesce(place, '') AS place_cell, nullif(trim(place), '') AS place_name,
               nullif(trim(region), '') AS region, coalesce(key_event, false) AS key_event,
               fatalities_low, fatalities_best, fatalities_high,
               nullif(trim(source_url), '') AS source_url, coalesce(documents, '') AS doc_cell,
               notes,
               row_number() OVER (PARTITION BY trim(event_id) ORDER BY rowid) AS dup
        FROM {st.table}
        """
    )
    # Place and documents are resolved exactly as for claims (region-aware, once per cell).
    con.execute(f"CREATE TEMP TABLE event_place_cells AS {place_cells_sql(st.table, 'place', 'region')}")
    con.execute(f"CREATE TEMP TABLE event_doc_cells AS {doc_cells_sql(st.table, 'documents')}")
    con.execute(
        f"""
        CREATE TEMP TABLE chk_events AS
        WITH resolved AS (
            SELECT s.*, pc.place_ids[1] AS place_id, pc.unknown AS unknown_place,
                   pc.ambiguous AS ambiguous_place, dc.unknown AS unknown_docs,
                   dc.doc_ids[1] AS first_doc
            FROM src_events s
            LEFT JOIN event_place_cells pc
                ON pc.cell = s.place_cell AND pc.region = coalesce(s.region, '')
            LEFT JOIN event_doc_cells dc ON dc.cell = s.doc_cell
        ),
        final AS (
            SELECT s.*, {
            errs_sql(
                rule(
                    "s.event_id IS NULL OR NOT regexp_full_match(s.event_id, '" + SLUG_RE + "')",
                    "event_id",
                    "CASE WHEN s.event_id IS NULL OR s.event_id = '' THEN 'is required' "
                    "ELSE 'must be lower-case letters, digits and dashes' END",
                    "s.event_id",
                ),
                rule("s.dup > 1", "event_id", "'duplicates an earlier event_id'", "s.event_id"),
                imported_id_rule("s.event_id", "event_id", IMPORTED_EVENT_ID_PREFIXES, " or "),
                rule("s.title IS NULL OR s.title = ''", "title", "'is required'", "s.title"),
                vocab_rule("s.kind", EVENT_KINDS, nullable=False),
                rule("s.date_start IS NULL", "date_start", "'is required'", "s.date_start"),
                rule(
                    "s.date_precision IS NULL OR s.date_precision NOT IN ('day', 'month', 'year')",
                    "date_precision",
                    "'must be day, month or year'",
                    "s.date_precision",
                ),
                *precision_day_rules("s.date_start", "s.date_precision"),
                rule("s.date_end < s.date_start", "date_end", "'is before date_start'", "s.date_end"),
                rule(
                    "s.unknown_place IS NOT NULL",
                    "place",
                    "'''' || s.unknown_place || ''' is not in the gazetteer (data/places.csv)'",
                    "s.place_name",
                ),
                rule(
                    "s.ambiguous_place IS NOT NULL",
                    "place",
                    "'ambiguous, set region or use a place_id: ' || s.ambiguous_place",
                    "s.place_name",
                ),
                rule(
                    "s.fatalities_low > coalesce(s.fatalities_best, s.fatalities_high) OR "
                    "s.fatalities_best > s.fatalities_high",
                    "fatalities_low",
                    "'fatalities must satisfy low <= best <= high'",
                    "s.fatalities_low",
                ),
                *(
                    rule(f"s.{c} < 0", c, "'cannot be negative'", f"s.{c}")
                    for c in ("fatalities_low", "fatalities_best", "fatalities_high")
                ),
                rule(
                    "nullif(trim(s.source_url), '') IS NOT NULL AND NOT regexp_matches(trim(s.source_url), '"
                    + URL_RE
                    + "')",
                    "source_url",
                    "'must start with http:// or https://'",
                    "s.source_url",
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
        INSERT INTO events
        SELECT e.event_id, e.title, e.kind, e.date_start, e.date_end, e.date_precision,
               e.place_id, p.name, coalesce(e.region, p.admin1), p.lat, p.lon, e.key_event,
               e.fatalities_low, e.fatalities_best, e.fatalities_high,
               coalesce(e.source_url, d.url), e.first_doc, e.notes, 'curated', NULL
        FROM chk_events e
        LEFT JOIN places p USING (place_id)
        LEFT JOIN documents d ON d.doc_id = e.first_doc
        WHERE len(e.errs) = 0
        ORDER BY e.event_id
        """
    )
    finish_file(con, st, "chk_events", "curated", report, "date_start")
