"""`data/places.csv`: the gazetteer that claims and events name places from."""

from __future__ import annotations

from pathlib import Path

import duckdb

from etl.core.contract import COORD_PRECISIONS, PLACE_KINDS, PLACES_INPUT, SLUG_RE
from etl.core.report import BuildReport
from etl.core.rules import errs_sql, finish_file, rule, split_sql, vocab_rule
from etl.core.staging import stage_csv


def load_places(con: duckdb.DuckDBPyConnection, path: Path, report: BuildReport) -> None:
    """The gazetteer. Places without coordinates are rejected: approximate ones must say so."""
    st = stage_csv(
        con,
        path,
        "places",
        PLACES_INPUT,
        required=("place_id", "name", "kind", "admin1", "lat", "lon", "coord_precision"),
    )
    con.execute(
        f"""
        CREATE TEMP TABLE chk_places AS
        WITH src AS (
            SELECT rowid AS _ord, trim(place_id) AS place_id, trim(name) AS name,
                   {split_sql("aliases")} AS aliases, trim(kind) AS kind, admin2, admin1,
                   country_code, lat, lon, trim(coord_precision) AS coord_precision,
                   source_url, notes,
                   row_number() OVER (PARTITION BY trim(place_id) ORDER BY rowid) AS dup
            FROM {st.table}
        ),
        final AS (
            SELECT *, {
            errs_sql(
                rule(
                    "place_id IS NULL OR NOT regexp_full_match(place_id, '" + SLUG_RE + "')",
                    "place_id",
                    "CASE WHEN place_id IS NULL OR place_id = '' THEN 'is required' "
                    "ELSE 'must be lower-case letters, digits and dashes' END",
                ),
                rule("dup > 1", "place_id", "'duplicates an earlier place_id'"),
                rule("name IS NULL", "name", "'is required'"),
                vocab_rule("kind", PLACE_KINDS, nullable=False),
                vocab_rule("coord_precision", COORD_PRECISIONS, nullable=False),
                rule(
                    "lat IS NULL OR lon IS NULL",
                    "lat",
                    "'coordinates are required (place it approximately and say so)'",
                ),
                rule("lat NOT BETWEEN -90 AND 90", "lat", "'must be between -90 and 90'"),
                rule("lon NOT BETWEEN -180 AND 180", "lon", "'must be between -180 and 180'"),
                rule("lat = 0 AND lon = 0", "lat", "'0,0 is not a place'"),
            )
        } AS errs
            FROM src
        )
        SELECT * FROM final
        """
    )
    con.execute(
        """
        INSERT INTO places
        SELECT place_id, name, aliases, kind, admin2, admin1, country_code, lat, lon,
               coord_precision, source_url, notes
        FROM chk_places WHERE len(errs) = 0 ORDER BY place_id
        """
    )
    con.execute(
        """
        CREATE TEMP TABLE place_keys AS
        SELECT DISTINCT lower(k) AS key, place_id, admin1
        FROM (SELECT place_id, admin1, unnest(list_prepend(name, list_prepend(place_id, aliases)))
              AS k FROM places)
        """
    )
    finish_file(con, st, "chk_places", "curated", report)
