"""ACLED event exports (CSV) → events, with ACLED's `source` outlets as documents.

Columns are read by header name (case-insensitive), never by position; current exports
(`event_id_cnty, event_date, year, time_precision, disorder_type, event_type, ...`) and older
ones (`data_id`, `event_id_no_cnty`, numeric `iso`, `actor_dyad`, `ally_actor_1`, ...) both work,
and columns this importer does not know are reported (import_log.warnings), not errors.

Mapping, one event per row:

- event_id = `acled-` + `event_id_cnty` (older exports without it: `acled-` + `data_id`).
- event_date as `YYYY-MM-DD`, `dd/mm/yyyy 00:00:00`, `dd/mm/yyyy` or `dd Month yyyy`. A
  slash date that reads either way (`06/08/2024`) follows the file's own pattern
  (`etl.importers.dates`): day-first when some date has a day above 12, month-first when some
  has a month position above 12 (a US re-save); a file with no deciding date is read day-first
  (ACLED's format) with a note; a file with both orders quarantines its ambiguous dates.
- date_precision from `time_precision` (1 exact day → day, 2 within a week → day, 3 within a
  month → month; empty → unknown); the code is kept in `flags` (`time_precision=2`).
- kind from `event_type`: Battles → battle, Explosions/Remote violence → explosions,
  Violence against civilians → violence_against_civilians, anything else (protests, riots,
  strategic developments) → other. title = event type, sub-event type, location and actors.
- place: the row's own `latitude`/`longitude`, place_name = `location`, region = `admin1`;
  place_id = the gazetteer place whose name/alias equals `location` and whose admin1 agrees
  (kind words such as "Oblast" ignored) or lies within ~25 km (else NULL).
- fatalities → fatalities_best (ACLED's coded, conservative figure); low/high NULL; an empty
  cell stays NULL (unknown, not 0).
- `source` split on `;` → one document per outlet (doc_id `acled-src-<slug>`), listed in
  `event_documents`; events.doc_id = the first. `notes` → quote. source = `acled`.
- flags: `time_precision=N;geo_precision=N`, plus `not_utf8` for a row that held bytes
  that are not UTF-8.

Quarantined (kept in `quarantine`, never lost): no event id, duplicate event id in the file, a
date that does not parse, a non-numeric or negative fatalities, coordinates out of range, a
time_precision other than 1-3, a row with the wrong number of columns.
"""

from __future__ import annotations

import duckdb

from etl.core.report import BuildReport
from etl.core.rules import coord_rules, errs_sql, int_rules, key_rule, rule
from etl.importers.checks import require_rows
from etl.importers.csvread import read_csv_records
from etl.importers.dates import DAY_FIRST, ambiguous_sql, date_rules, date_sql, slash_order
from etl.importers.events import finish_event_import, start_event_import
from etl.importers.inputs import ImportInputError, Outcome, SourceFile, short_hash, slug
from etl.importers.store import match_places_sql

SOURCE = "acled"

KNOWN: set[str] = {
    # current export tool / API
    "event_id_cnty",
    "event_date",
    "year",
    "time_precision",
    "disorder_type",
    "event_type",
    "sub_event_type",
    "actor1",
    "assoc_actor_1",
    "inter1",
    "actor2",
    "assoc_actor_2",
    "inter2",
    "interaction",
    "civilian_targeting",
    "iso",
    "region",
    "country",
    "admin1",
    "admin2",
    "admin3",
    "location",
    "latitude",
    "longitude",
    "geo_precision",
    "source",
    "source_scale",
    "notes",
    "fatalities",
    "tags",
    "timestamp",
    # older exports
    "data_id",
    "event_id_no_cnty",
    "id",
    "iso3",
    "gwno",
    "actor_dyad",
    "ally_actor_1",
    "ally_actor_2",
    "population_1km",
    "population_2km",
    "population_5km",
    "population_best",
}

#: Formats besides ISO and slash dates (see etl.importers.dates): older exports' month names.
MONTH_NAME_FORMATS = ("%d %B %Y", "%d-%B-%Y", "%d %b %Y", "%d-%b-%Y")


def _outlet_doc(item: str, _i: int) -> dict:
    s = slug(item)
    doc_id = f"acled-src-{s[:80]}" if s else f"acled-src-{short_hash(item)}"
    return {
        "doc_id": doc_id,
        "outlet": item,
        "url": None,
        "title": None,
        "published_at": None,
        "language": None,
        "tags": ["acled"],
        "content_hash": short_hash(item, 32),
        "source": SOURCE,
        "notes": "An outlet named in ACLED's `source` field; ACLED does not publish article "
        "URLs or headlines.",
    }


def load_acled(con: duckdb.DuckDBPyConnection, files: list[SourceFile], report: BuildReport) -> list[Outcome]:
    return [_load_one(con, sf, report) for sf in files]


def _load_one(con: duckdb.DuckDBPyConnection, sf: SourceFile, report: BuildReport) -> Outcome:
    table = read_csv_records(sf.path, sf.label, KNOWN)
    header = set(table.header)
    id_col = next((c for c in ("event_id_cnty", "data_id") if c in header), "")
    # (QA pass 13) without `fatalities` every event would load with no figure and no word said
    missing = [c for c in ("event_date", "fatalities") if c not in header]
    if not id_col:
        missing.insert(0, "event_id_cnty (or data_id)")
    if missing:
        raise ImportInputError(
            f"{sf.label}, row 1 (header): missing column(s) {', '.join(missing)}; is this an ACLED export?"
        )
    require_rows(table, sf.label)
    outcome, docs = start_event_import(con, "acled", SOURCE, sf, table, KNOWN, "source", _outlet_doc)
    order = slash_order(con, "acled_src", ["event_date"], DAY_FIRST, sf.label)
    if order.note:
        outcome.warnings.append(order.note)

    con.execute(
        f"""
        CREATE OR REPLACE TEMP TABLE acled_chk AS
        WITH s AS (
            SELECT *, 'acled-' || {id_col} AS ev_id,
                   {date_sql("event_date", order, MONTH_NAME_FORMATS)} AS d,
                   {ambiguous_sql("event_date", order)} AS d_amb,
                   row_number() OVER (PARTITION BY {id_col} ORDER BY _row) AS dup
            FROM acled_in
        )
        SELECT *, {
            errs_sql(
                rule(f"{id_col} IS NULL", id_col, "'is required (the event id)'", id_col),
                key_rule(id_col),
                rule(
                    f"{id_col} IS NOT NULL AND dup > 1",
                    id_col,
                    "'duplicates an earlier row''s event id'",
                    id_col,
                ),
                *date_rules("event_date", "d", "d_amb", required=True),
                *int_rules("fatalities"),
                *coord_rules("latitude", "longitude"),
                rule(
                    "time_precision IS NOT NULL AND time_precision NOT IN ('1', '2', '3')",
                    "time_precision",
                    "'''' || time_precision || ''' is not 1, 2 or 3'",
                    "time_precision",
                ),
            )
        } AS errs
        FROM s
        """
    )
    con.execute(
        """
        CREATE OR REPLACE TEMP TABLE acled_ok AS
        SELECT *, try_cast(latitude AS DOUBLE) AS lat, try_cast(longitude AS DOUBLE) AS lon
        FROM acled_chk WHERE len(errs) = 0
        """
    )
    con.execute(
        f"CREATE OR REPLACE TEMP TABLE acled_places AS "
        f"{match_places_sql('acled_ok', 'location', 'admin1', 'lat', 'lon')}"
    )
    con.execute(
        """
        CREATE OR REPLACE TEMP TABLE acled_stage AS
        SELECT o.ev_id AS event_id,
               concat_ws(': ', coalesce(o.event_type, 'ACLED event'), o.sub_event_type)
                   || coalesce(' in ' || o.location, '')
                   || coalesce(' (' || o.actor1 || coalesce(' vs ' || o.actor2, '') || ')', '')
                   AS title,
               CASE WHEN lower(o.event_type) LIKE 'battle%' THEN 'battle'
                    WHEN lower(o.event_type) LIKE 'explosions%'
                      OR lower(o.event_type) LIKE 'remote violence%' THEN 'explosions'
                    WHEN lower(o.event_type) LIKE 'violence against civilians%'
                        THEN 'violence_against_civilians'
                    ELSE 'other' END AS kind,
               o.d AS date_start, CAST(NULL AS DATE) AS date_end,
               CASE o.time_precision WHEN '1' THEN 'day' WHEN '2' THEN 'day'
                    WHEN '3' THEN 'month' ELSE 'unknown' END AS date_precision,
               p.place_id, o.location AS place_name, o.admin1 AS region, o.lat, o.lon,
               false AS key_event, CAST(NULL AS BIGINT) AS fatalities_low,
               CAST(o.fatalities AS BIGINT) AS fatalities_best,
               CAST(NULL AS BIGINT) AS fatalities_high, CAST(NULL AS VARCHAR) AS source_url,
               list_filter(string_split(coalesce(o._doc_ids, ''), chr(10)), lambda x: x <> '')
                   AS doc_ids,
               o.notes AS quote, 'acled' AS source,
               nullif(concat_ws(';', 'time_precision=' || o.time_precision,
                                'geo_precision=' || o.geo_precision,
                                CASE WHEN o._recoded THEN 'not_utf8' END), '') AS flags
        FROM acled_ok o
        LEFT JOIN acled_places p
          ON p.name = o.location AND p.admin1 IS NOT DISTINCT FROM o.admin1
         AND p.lat IS NOT DISTINCT FROM o.lat AND p.lon IS NOT DISTINCT FROM o.lon
        """
    )
    return finish_event_import(con, "acled", SOURCE, sf, table, docs, outcome, report)
