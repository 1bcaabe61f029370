"""UCDP Georeferenced Event Dataset (GED) CSV → events, with source articles as documents.

Columns by header name (case-insensitive): `id, relid, year, active_year, code_status,
type_of_violence, ..., source_article, source_office, source_date, source_headline, ...,
where_prec, where_coordinates, adm_1, latitude, longitude, ..., date_prec, date_start, date_end,
deaths_a, ..., best, high, low, ...`. Unknown columns are reported, not errors.

Mapping, one event per row:

- event_id = `ucdp-` + `id`; source = `ucdp`.
- date_start/date_end as published: ISO (`YYYY-MM-DD`, `YYYY-MM-DD HH:MM:SS`) or as a
  spreadsheet re-saved it (`M/D/YYYY h:mm:ss AM`, `MM/DD/YYYY HH:MM`, `MM/DD/YYYY hh:mm:ss AM`),
  mixed in one file is fine. Which way `a/b/yyyy` reads is decided by the file
  (`etl.importers.dates`): month-first (UCDP's US-locale exports) unless a day above 12 shows
  otherwise; a note says when nothing in the file decides. date_precision from `date_prec` (UCDP codebook: 1 exact day, 2 within 2-6 days,
  3 within 8-30 days / a month, 4 within a calendar year, 5 more than a year) → day, day, month,
  year, year; empty → unknown. The code is kept in `flags` (`date_prec=2`).
- kind from `type_of_violence`: 1 state_based, 2 non_state, 3 one_sided (else other, flagged).
- fatalities_low / fatalities_best / fatalities_high = UCDP `low` / `best` / `high`, as
  published. A row breaking low <= best <= high is quarantined with its own reason (field
  `low/best/high`), listed before any date problem of the same row so neither hides the other.
- lat/lon from the row; place_name = `where_coordinates`; region = `adm_1`; place_id = the
  gazetteer place of that name (trailing "town", "village", ... ignored) in the same admin1 or
  within ~25 km, else NULL.
- title = dyad (or conflict) name and place; quote = `source_headline`.
- `source_article` split on `;` (quotes respected) → one document per article (doc_id
  `ucdp-src-<hash of the article text>`; outlet, date and headline parsed from
  "Outlet,YYYY-MM-DD,Headline" when it has that shape), listed in `event_documents`;
  events.doc_id = the first.
- flags also carry `where_prec=N` and `not_utf8` for a row whose bytes were not UTF-8
  (decoded as Windows-1252 instead of failing).

Quarantined: no id, duplicate id, low <= best <= high broken, a date_start/date_end that does
not parse (or reads either way in a file that writes both orders), date_end before date_start, non-numeric or negative low/best/high, coordinates out of range, a date_prec other
than 1-5, a row with the wrong number of columns.
"""

from __future__ import annotations

import re

import duckdb

from etl.core.report import BuildReport
from etl.core.rules import coord_rules, errs_sql, int_rules, key_rule, rule
from etl.importers.checks import require_rows
from etl.importers.csvread import read_csv_records
from etl.importers.dates import MONTH_FIRST, ambiguous_sql, date_rules, date_sql, slash_order
from etl.importers.events import finish_event_import, start_event_import
from etl.importers.inputs import ImportInputError, Outcome, SourceFile, short_hash
from etl.importers.store import match_places_sql

SOURCE = "ucdp"

KNOWN: set[str] = {
    "id",
    "relid",
    "year",
    "active_year",
    "code_status",
    "type_of_violence",
    "conflict_dset_id",
    "conflict_new_id",
    "conflict_name",
    "dyad_dset_id",
    "dyad_new_id",
    "dyad_name",
    "side_a_dset_id",
    "side_a_new_id",
    "side_a",
    "side_b_dset_id",
    "side_b_new_id",
    "side_b",
    "number_of_sources",
    "source_article",
    "source_office",
    "source_date",
    "source_headline",
    "source_original",
    "where_prec",
    "where_coordinates",
    "where_description",
    "adm_1",
    "adm_2",
    "latitude",
    "longitude",
    "geom_wkt",
    "priogrid_gid",
    "country",
    "country_id",
    "region",
    "event_clarity",
    "date_prec",
    "date_start",
    "date_end",
    "deaths_a",
    "deaths_b",
    "deaths_civilians",
    "deaths_unknown",
    "best",
    "high",
    "low",
    "gwnoa",
    "gwnob",
}

#: (QA pass 38) an outlet's name may hold a comma ("Reuters, London"): it ends at ",YYYY-MM-DD,".
_ARTICLE_RE = re.compile(
    r"^\s*(?P<outlet>.+?)\s*,\s*(?P<date>\d{4}-\d{2}-\d{2})\s*,\s*(?P<title>.*)$", re.DOTALL
)


def _article_doc(item: str, _i: int) -> dict:
    """One cited article: "Outlet,YYYY-MM-DD,Headline" parsed when it has that shape."""
    m = _ARTICLE_RE.match(item)
    if m:
        outlet, date, title = m.group("outlet"), m.group("date"), m.group("title").strip()
        # (QA pass 37) an empty headline, written `""`, is none; (QA pass 38) a headline's own
        # quotes stay ("… despite "regime of silence"")
        title = "" if not title.strip('"').strip() else title
    else:
        outlet, date, title = "", None, item
    return {
        "doc_id": f"ucdp-src-{short_hash(item, 16)}",
        "outlet": outlet or "unknown outlet (UCDP source)",
        "url": None,
        "title": title or None,
        "published_at": date,
        "language": None,
        "tags": ["ucdp"],
        "content_hash": short_hash(item, 32),
        "source": SOURCE,
        "notes": "A source article cited by UCDP GED (`source_article`): " + item[:500],
    }


def load_ucdp(con: duckdb.DuckDBPyConnection, files: list[SourceFile], report: BuildReport) -> list[Outcome]:
    return [_load_one(con, sf, report) for sf in files]


def _load_one(con: duckdb.DuckDBPyConnection, sf: SourceFile, report: BuildReport) -> Outcome:
    table = read_csv_records(sf.path, sf.label, KNOWN)
    # (QA pass 13) the figures too: without them every event would load with none, silently
    missing = [c for c in ("id", "date_start", "low", "best", "high") if c not in table.header]
    if missing:
        raise ImportInputError(
            f"{sf.label}, row 1 (header): missing column(s) {', '.join(missing)}; is this a UCDP GED CSV?"
        )
    require_rows(table, sf.label)
    outcome, docs = start_event_import(con, "ucdp", SOURCE, sf, table, KNOWN, "source_article", _article_doc)

    order = slash_order(con, "ucdp_src", ["date_start", "date_end"], MONTH_FIRST, sf.label)
    if order.note:
        outcome.warnings.append(order.note)
    con.execute(
        f"""
        CREATE OR REPLACE TEMP TABLE ucdp_chk AS
        WITH s AS (
            SELECT *, 'ucdp-' || id AS ev_id,
                   {date_sql("date_start", order)} AS ds,
                   {date_sql("date_end", order)} AS de,
                   {ambiguous_sql("date_start", order)} AS ds_amb,
                   {ambiguous_sql("date_end", order)} AS de_amb,
                   try_cast(low AS BIGINT) AS n_low, try_cast(best AS BIGINT) AS n_best,
                   try_cast(high AS BIGINT) AS n_high,
                   row_number() OVER (PARTITION BY id ORDER BY _row) AS dup
            FROM ucdp_in
        )
        SELECT *, {
            errs_sql(
                rule("id IS NULL", "id", "'is required (the event id)'", "id"),
                key_rule("id"),
                rule("id IS NOT NULL AND dup > 1", "id", "'duplicates an earlier row''s id'", "id"),
                rule(
                    "n_low > coalesce(n_best, n_high) OR n_best > n_high",
                    "low/best/high",
                    "'breaks low <= best <= high (low ' || coalesce(low, '-') || ', best ' || "
                    "coalesce(best, '-') || ', high ' || coalesce(high, '-') || ')'",
                    "concat_ws('/', coalesce(low, ''), coalesce(best, ''), coalesce(high, ''))",
                ),
                *date_rules("date_start", "ds", "ds_amb", required=True),
                *date_rules("date_end", "de", "de_amb", required=False),
                rule("de < ds", "date_end", "'is before date_start'", "date_end"),
                *int_rules("low"),
                *int_rules("best"),
                *int_rules("high"),
                *coord_rules("latitude", "longitude"),
                rule(
                    "date_prec IS NOT NULL AND date_prec NOT IN ('1', '2', '3', '4', '5')",
                    "date_prec",
                    "'''' || date_prec || ''' is not 1 to 5'",
                    "date_prec",
                ),
            )
        } AS errs
        FROM s
        """
    )
    con.execute(
        """
        CREATE OR REPLACE TEMP TABLE ucdp_ok AS
        SELECT *, try_cast(latitude AS DOUBLE) AS lat, try_cast(longitude AS DOUBLE) AS lon,
               CAST(low AS BIGINT) AS f_low, CAST(best AS BIGINT) AS f_best,
               CAST(high AS BIGINT) AS f_high
        FROM ucdp_chk WHERE len(errs) = 0
        """
    )
    con.execute(
        f"CREATE OR REPLACE TEMP TABLE ucdp_places AS "
        f"{match_places_sql('ucdp_ok', 'where_coordinates', 'adm_1', 'lat', 'lon')}"
    )
    con.execute(
        """
        CREATE OR REPLACE TEMP TABLE ucdp_stage AS
        SELECT o.ev_id AS event_id,
               coalesce(o.dyad_name, o.conflict_name, 'UCDP event ' || o.id)
                   || coalesce(' (' || o.where_coordinates || ')', '') AS title,
               CASE o.type_of_violence WHEN '1' THEN 'state_based' WHEN '2' THEN 'non_state'
                    WHEN '3' THEN 'one_sided' ELSE 'other' END AS kind,
               o.ds AS date_start, o.de AS date_end,
               CASE o.date_prec WHEN '1' THEN 'day' WHEN '2' THEN 'day' WHEN '3' THEN 'month'
                    WHEN '4' THEN 'year' WHEN '5' THEN 'year' ELSE 'unknown' END
                   AS date_precision,
               p.place_id, o.where_coordinates AS place_name, o.adm_1 AS region, o.lat, o.lon,
               false AS key_event, o.f_low AS fatalities_low, o.f_best AS fatalities_best,
               o.f_high AS fatalities_high, CAST(NULL AS VARCHAR) AS source_url,
               list_filter(string_split(coalesce(o._doc_ids, ''), chr(10)), lambda x: x <> '')
                   AS doc_ids,
               o.source_headline AS quote, 'ucdp' AS source,
               nullif(concat_ws(';',
                   'date_prec=' || o.date_prec,
                   'where_prec=' || o.where_prec,
                   CASE WHEN o.type_of_violence IS DISTINCT FROM '1'
                         AND o.type_of_violence IS DISTINCT FROM '2'
                         AND o.type_of_violence IS DISTINCT FROM '3'
                        THEN 'type_of_violence=' || coalesce(o.type_of_violence, 'missing') END,
                   CASE WHEN o._recoded THEN 'not_utf8' END), '') AS flags
        FROM ucdp_ok o
        LEFT JOIN ucdp_places p
          ON p.name = o.where_coordinates AND p.admin1 IS NOT DISTINCT FROM o.adm_1
         AND p.lat IS NOT DISTINCT FROM o.lat AND p.lon IS NOT DISTINCT FROM o.lon
        """
    )
    return finish_event_import(con, "ucdp", SOURCE, sf, table, docs, outcome, report)
