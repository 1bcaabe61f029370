"""`python -m etl build`: validate every input file and publish a new claims database.

Idempotent: ids derive from content (slugs the analyst wrote, or hashes of what was claimed), never
from row order or time, so two builds from the same inputs give identical tables (only
`build_info` records when and how long). Everything is replaced on each build: the database is a
pure function of `data/`. Atomic: see `etl.db.new_build`.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import duckdb

from etl import db
from etl.carry import carry_imports
from etl.lock import writer_lock
from etl.schema import (
    CLAIMS_FLAT_VIEW_SQL,
    check_integrity,
    create_schema,
    insert_claims_wide,
    key_claims,
    key_fanout,
    refresh_derived,
)
from etl.staging import Quarantined, Staged, collect_semantic_errors, stage_csv
from etl.vocab import (
    ACTOR_KINDS,
    BASES,
    CLAIM_TYPES,
    COORD_PRECISIONS,
    EVENT_KINDS,
    PLACE_KINDS,
    PRECISIONS,
    QUALIFIERS,
    SIDES,
    STANCES,
    VERIFICATIONS,
    sql_in,
)

SLUG_RE = "^[a-z0-9][a-z0-9._-]*$"


class StrictModeError(Exception):
    """Raised under --strict when any row was quarantined (nothing is published)."""


@dataclass
class FileResult:
    """Counts for one input file: rows_read = rows_loaded + rows_quarantined."""

    label: str
    source: str
    rows_read: int
    rows_loaded: int
    rows_quarantined: int
    date_min: object = None
    date_max: object = None


@dataclass
class BuildReport:
    """What a build did, for the CLI summary and tests."""

    db_path: Path
    version_path: Path | None = None
    files: list[FileResult] = field(default_factory=list)
    quarantine: list[Quarantined] = field(default_factory=list)
    seconds: float = 0.0
    counts: dict[str, int] = field(default_factory=dict)


Progress = Callable[[str], None]


def _err(cond: str, fld: str, reason: str, value: str | None = None) -> str:
    """SQL for one rule: a (field, value, reason) struct when `cond` holds, else NULL.

    Every argument is SQL written in this module (never input text).
    """
    val = value if value is not None else fld
    name = fld.split(".")[-1]
    return (
        f"CASE WHEN {cond} THEN struct_pack(field := '{name}', "
        f"value := CAST({val} AS VARCHAR), reason := {reason}) END"
    )


def _errs(*rules: str) -> str:
    """SQL for the list of failed rules of a row.

    The list of structs is only built for rows where some rule fails (CASE evaluates its branch
    for those rows only): building it for every valid row was the loader's largest cost.
    """
    conds = [r[len("CASE WHEN "): r.index(" THEN struct_pack(")] for r in rules]
    any_bad = " OR ".join(f"coalesce(({c}), false)" for c in conds)
    built = "list_filter([" + ",\n        ".join(rules) + "], lambda e: e IS NOT NULL)"
    return f"(CASE WHEN {any_bad} THEN {built} ELSE []::STRUCT(field VARCHAR, value VARCHAR, reason VARCHAR)[] END)"


def _vocab_rule(col: str, vocab: tuple[str, ...], nullable: bool = True) -> str:
    allowed = ", ".join(vocab)
    cond = f"{col} IS NOT NULL AND {col} NOT IN {sql_in(vocab)}"
    if not nullable:
        cond = f"{col} IS NULL OR {col} NOT IN {sql_in(vocab)}"
    return _err(cond, col, f"'''' || coalesce({col}, '') || ''' is not one of: {allowed}'")


def _split(expr: str) -> str:
    """A `;`-joined cell as a list of trimmed, non-empty items."""
    return (
        f"list_filter(list_transform(string_split(coalesce({expr}, ''), ';'), lambda x: trim(x)), "
        "lambda x: x <> '')"
    )


def _date_precision_rules(date_col: str, prec_col: str) -> list[str]:
    d, p = date_col.split(".")[-1], prec_col.split(".")[-1]  # names as the analyst wrote them
    return [
        _vocab_rule(prec_col, PRECISIONS, nullable=False),
        _err(
            f"{date_col} IS NULL AND {prec_col} IN ('day', 'month', 'year')",
            date_col,
            f"'is empty but {p} is ''' || {prec_col} || ''''",
        ),
        _err(
            f"{date_col} IS NOT NULL AND {prec_col} = 'unknown'",
            prec_col,
            f"'is ''unknown'' but {d} is given'",
        ),
        _err(
            f"{prec_col} = 'month' AND day({date_col}) <> 1",
            date_col,
            "'month precision: write the 1st of the month'",
        ),
        _err(
            f"{prec_col} = 'year' AND (day({date_col}) <> 1 OR month({date_col}) <> 1)",
            date_col,
            "'year precision: write 1 January of the year'",
        ),
    ]


def _finish_file(
    con: duckdb.DuckDBPyConnection,
    staged: Staged,
    checked: str,
    source: str,
    report: BuildReport,
    date_col: str | None = None,
) -> int:
    """Record quarantine and counts for a file whose checked rows are in `checked`."""
    semantic = collect_semantic_errors(con, staged, checked)
    quarantined = staged.quarantine + semantic
    loaded = staged.n_parsed - len(semantic)
    dmin = dmax = None
    if date_col:
        dmin, dmax = con.execute(
            f"SELECT min({date_col}), max({date_col}) FROM {checked} WHERE len(errs) = 0"
        ).fetchone()  # type: ignore[misc]
    report.quarantine.extend(sorted(quarantined, key=lambda q: q.row_number or 0))
    report.files.append(
        FileResult(staged.label, source, staged.rows_read, loaded, len(quarantined), dmin, dmax)
    )
    return loaded


# --------------------------------------------------------------------------------------------
# Loaders: each stages its file, checks every row in SQL, inserts the good rows.
# --------------------------------------------------------------------------------------------


def load_actors(con: duckdb.DuckDBPyConnection, path: Path, report: BuildReport) -> None:
    """Actors, keyed by a slug of the canonical name; aliases must name exactly one actor."""
    st = stage_csv(
        con,
        path,
        "actors",
        {"name": "VARCHAR", "aliases": "VARCHAR", "kind": "VARCHAR", "side": "VARCHAR",
         "parent": "VARCHAR"},
        required=("name", "kind", "side"),
    )
    con.execute(
        f"""
        CREATE TEMP TABLE chk_actors AS
        WITH src AS (
            SELECT rowid AS _ord, trim(name) AS name, {_split("aliases")} AS aliases,
                   trim(kind) AS kind, trim(side) AS side, nullif(trim(parent), '') AS parent,
                   trim(regexp_replace(lower(trim(name)), '[^a-z0-9]+', '-', 'g'), '-') AS actor_id
            FROM {st.table}
        ),
        keys AS (
            SELECT DISTINCT _ord, lower(k) AS key
            FROM (SELECT _ord, unnest(list_prepend(name, aliases)) AS k FROM src)
            WHERE k IS NOT NULL AND k <> ''
        ),
        clashes AS (
            SELECT k1._ord, string_agg(DISTINCT k1.key, ', ' ORDER BY k1.key) AS keys
            FROM keys k1 JOIN keys k2 ON k1.key = k2.key AND k2._ord < k1._ord
            GROUP BY k1._ord
        ),
        parents AS (
            SELECT s._ord, min(k._ord) AS parent_ord
            FROM src s JOIN keys k ON k.key = lower(s.parent)
            GROUP BY s._ord
        ),
        final AS (
            SELECT s.*, p.parent_ord,
                {_errs(
                    _err("s.name IS NULL OR s.name = ''", "name", "'is required'", "s.name"),
                    _vocab_rule("s.kind", ACTOR_KINDS, nullable=False),
                    _vocab_rule("s.side", SIDES, nullable=False),
                    _err("c.keys IS NOT NULL", "aliases",
                         "'name or alias already used by an earlier actor: ' || c.keys", "c.keys"),
                    _err("s.parent IS NOT NULL AND p.parent_ord IS NULL", "parent",
                         "'''' || s.parent || ''' is not an actor name or alias in this file'",
                         "s.parent"),
                    _err("s.parent IS NOT NULL AND p.parent_ord = s._ord", "parent",
                         "'an actor cannot be its own parent'", "s.parent"),
                )} AS errs
            FROM src s LEFT JOIN clashes c USING (_ord) LEFT JOIN parents p USING (_ord)
        )
        SELECT * FROM final
        """
    )
    # A child of a quarantined parent cannot be loaded either (its parent_id would dangle).
    while True:
        n = con.execute(
            """
            UPDATE chk_actors c SET errs = list_append(c.errs, struct_pack(
                field := 'parent', value := c.parent,
                reason := 'parent actor ''' || c.parent || ''' was quarantined'))
            FROM chk_actors p
            WHERE c.parent_ord = p._ord AND len(p.errs) > 0 AND len(c.errs) = 0
            """
        ).fetchone()[0]  # type: ignore[index]
        if not n:
            break
    # Insert parents before children so the self-referencing foreign key always holds.
    depth = 0
    while True:
        n = con.execute(
            """
            INSERT INTO actors
            SELECT c.actor_id, c.name, c.aliases, c.kind, c.side, p.actor_id
            FROM chk_actors c LEFT JOIN chk_actors p ON p._ord = c.parent_ord
            WHERE len(c.errs) = 0
              AND c.actor_id NOT IN (SELECT actor_id FROM actors)
              AND (c.parent_ord IS NULL OR p.actor_id IN (SELECT actor_id FROM actors))
            ORDER BY c.actor_id
            """
        ).fetchone()[0]  # type: ignore[index]
        depth += 1
        if not n or depth > 50:
            break
    # Rows still not inserted are in a parent cycle (A's parent is B, B's parent is A).
    con.execute(
        """
        UPDATE chk_actors SET errs = list_append(errs, struct_pack(
            field := 'parent', value := parent,
            reason := 'the parent chain is a cycle (an actor is its own ancestor)'))
        WHERE len(errs) = 0 AND actor_id NOT IN (SELECT actor_id FROM actors)
        """
    )
    con.execute(
        """
        CREATE TEMP TABLE actor_keys AS
        SELECT DISTINCT lower(k) AS key, actor_id
        FROM (SELECT actor_id, unnest(list_prepend(name, aliases)) AS k FROM actors)
        """
    )
    _finish_file(con, st, "chk_actors", "curated", report)


def load_places(con: duckdb.DuckDBPyConnection, path: Path, report: BuildReport) -> None:
    """The gazetteer. Places without coordinates are rejected: approximate ones must say so."""
    st = stage_csv(
        con,
        path,
        "places",
        {"place_id": "VARCHAR", "name": "VARCHAR", "aliases": "VARCHAR", "kind": "VARCHAR",
         "admin2": "VARCHAR", "admin1": "VARCHAR", "country_code": "VARCHAR", "lat": "DOUBLE",
         "lon": "DOUBLE", "coord_precision": "VARCHAR", "source_url": "VARCHAR",
         "notes": "VARCHAR"},
        required=("place_id", "name", "kind", "admin1", "lat", "lon", "coord_precision"),
    )
    con.execute(
        f"""
        CREATE TEMP TABLE chk_places AS
        WITH src AS (
            SELECT rowid AS _ord, trim(place_id) AS place_id, trim(name) AS name,
                   {_split("aliases")} AS aliases, trim(kind) AS kind, admin2, admin1,
                   country_code, lat, lon, trim(coord_precision) AS coord_precision,
                   source_url, notes,
                   row_number() OVER (PARTITION BY trim(place_id) ORDER BY rowid) AS dup
            FROM {st.table}
        ),
        final AS (
            SELECT *, {_errs(
                _err("place_id IS NULL OR NOT regexp_full_match(place_id, '" + SLUG_RE + "')",
                     "place_id", "'is required, lower-case letters, digits and dashes'"),
                _err("dup > 1", "place_id", "'duplicates an earlier place_id'"),
                _err("name IS NULL", "name", "'is required'"),
                _vocab_rule("kind", PLACE_KINDS, nullable=False),
                _vocab_rule("coord_precision", COORD_PRECISIONS, nullable=False),
                _err("lat IS NULL OR lon IS NULL", "lat",
                     "'coordinates are required (place it approximately and say so)'"),
                _err("lat NOT BETWEEN -90 AND 90", "lat", "'must be between -90 and 90'"),
                _err("lon NOT BETWEEN -180 AND 180", "lon", "'must be between -180 and 180'"),
                _err("lat = 0 AND lon = 0", "lat", "'0,0 is not a place'"),
            )} AS errs
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
    _finish_file(con, st, "chk_places", "curated", report)


def load_documents(con: duckdb.DuckDBPyConnection, path: Path, report: BuildReport) -> None:
    """Documents (reports, records); the content hash lets an import recognise one it has."""
    st = stage_csv(
        con,
        path,
        "documents",
        {"doc_id": "VARCHAR", "outlet": "VARCHAR", "url": "VARCHAR", "title": "VARCHAR",
         "published_at": "TIMESTAMP", "language": "VARCHAR", "tags": "VARCHAR",
         "notes": "VARCHAR"},
        required=("doc_id", "outlet", "url"),
    )
    con.execute(
        f"""
        CREATE TEMP TABLE chk_documents AS
        WITH src AS (
            SELECT rowid AS _ord, trim(doc_id) AS doc_id, trim(outlet) AS outlet,
                   nullif(trim(url), '') AS url, title, published_at, language,
                   {_split("tags")} AS tags, notes,
                   row_number() OVER (PARTITION BY trim(doc_id) ORDER BY rowid) AS dup
            FROM {st.table}
        ),
        final AS (
            SELECT *, {_errs(
                _err("doc_id IS NULL OR NOT regexp_full_match(doc_id, '" + SLUG_RE + "')",
                     "doc_id", "'is required, lower-case letters, digits and dashes'"),
                _err("dup > 1", "doc_id", "'duplicates an earlier doc_id'"),
                _err("outlet IS NULL OR outlet = ''", "outlet", "'is required'"),
                _err("url IS NOT NULL AND NOT regexp_matches(url, '^https?://')", "url",
                     "'must start with http:// or https://'"),
            )} AS errs
            FROM src
        )
        SELECT * FROM final
        """
    )
    con.execute(
        """
        INSERT INTO documents
        SELECT doc_id, outlet, url, title, published_at, language, tags,
               md5(concat_ws('|', outlet, url, title, CAST(published_at AS VARCHAR))),
               'curated', notes
        FROM chk_documents WHERE len(errs) = 0 ORDER BY doc_id
        """
    )
    _finish_file(con, st, "chk_documents", "curated", report, "published_at")


CLAIM_COLUMNS: dict[str, str] = {
    "ref": "VARCHAR",
    "claimant": "VARCHAR",
    "channel": "VARCHAR",
    "stated_on": "DATE",
    "stated_on_precision": "VARCHAR",
    "claim_type": "VARCHAR",
    "metric": "VARCHAR",
    "subject": "VARCHAR",
    "value_low": "BIGINT",
    "value_high": "BIGINT",
    "qualifier": "VARCHAR",
    "basis": "VARCHAR",
    "period_start": "DATE",
    "period_end": "DATE",
    "places": "VARCHAR",
    "region": "VARCHAR",
    "verification": "VARCHAR",
    "documents": "VARCHAR",
    "quote": "VARCHAR",
    "notes": "VARCHAR",
}

#: What makes two rows the same claim (README "De-duplication").
CLAIM_IDENTITY = (
    "claimant_id", "stated_on", "stated_on_precision", "claim_type", "metric", "subject",
    "value_low", "value_high", "qualifier", "basis", "period_start", "period_end",
)


def claim_id_sql(alias: str = "") -> str:
    """SQL computing the content-derived claim id from the identity columns."""
    p = f"{alias}." if alias else ""
    parts = ", ".join(f"coalesce(CAST({p}{c} AS VARCHAR), '')" for c in CLAIM_IDENTITY)
    return f"'c' || substr(md5(concat_ws('|', {parts})), 1, 16)"


def _resolve_refs_sql(src: str, list_col: str, keys: str) -> str:
    """Resolve each item of `src.list_col` (per row) against a (key, id) table, keeping order."""
    return f"""
        SELECT s._ord, u.i AS ord, u.item, any_value(k.id) AS id
        FROM {src} s,
             LATERAL (SELECT unnest(s.{list_col}) AS item,
                             generate_subscripts(s.{list_col}, 1) AS i) u
        LEFT JOIN {keys} k ON k.key = lower(u.item)
        GROUP BY s._ord, u.i, u.item
    """


def _place_cells_sql(table: str, cell: str, region: str) -> str:
    """Resolve each distinct (places cell, region) once: real data repeats them a lot."""
    return f"""
        WITH cells AS (
            SELECT DISTINCT coalesce({cell}, '') AS cell,
                   coalesce(nullif(trim({region}), ''), '') AS region
            FROM {table}
        ),
        items AS (
            SELECT cell, region, unnest(l) AS item, generate_subscripts(l, 1) AS ord
            FROM (SELECT cell, region, {_split("cell")} AS l FROM cells)
        ),
        res AS (
            SELECT i.cell, i.region, i.ord, i.item,
                   CASE WHEN count(DISTINCT k.place_id) FILTER (k.admin1 = i.region) = 1
                             THEN any_value(k.place_id) FILTER (k.admin1 = i.region)
                        WHEN count(DISTINCT k.place_id) = 1 THEN any_value(k.place_id) END AS id,
                   count(DISTINCT k.place_id) AS n,
                   string_agg(DISTINCT k.place_id, ', ' ORDER BY k.place_id) AS cands
            FROM items i LEFT JOIN place_keys k ON k.key = lower(i.item)
            GROUP BY i.cell, i.region, i.ord, i.item
        ),
        once AS (
            -- "Sudzha;Суджа" names one place twice: keep its first mention only.
            SELECT * FROM res
            QUALIFY id IS NULL OR row_number() OVER (PARTITION BY cell, region, id ORDER BY ord) = 1
        ),
        final AS (
            SELECT r.cell, r.region,
                   list(r.id ORDER BY r.ord) FILTER (WHERE r.id IS NOT NULL) AS place_ids,
                   string_agg(p.name, ';' ORDER BY r.ord) AS names,
                   string_agg(r.item, ', ' ORDER BY r.ord) FILTER (WHERE r.n = 0) AS unknown,
                   string_agg(r.item || ' (' || r.cands || ')', ', ' ORDER BY r.ord)
                       FILTER (WHERE r.id IS NULL AND r.n > 1) AS ambiguous
            FROM once r LEFT JOIN places p ON p.place_id = r.id
            GROUP BY r.cell, r.region
        )
        SELECT * FROM final
    """


def _doc_cells_sql(table: str, cell: str) -> str:
    """Resolve each distinct documents cell once, with what claims_wide shows about it."""
    return f"""
        WITH cells AS (SELECT DISTINCT coalesce({cell}, '') AS cell FROM {table}),
        items AS (
            SELECT cell, unnest(l) AS item, generate_subscripts(l, 1) AS ord
            -- De-duplicated keeping the written order (list_distinct does not keep it): the
            -- first document is the one a response or event shows.
            FROM (SELECT cell, list_filter(l0, lambda x, i: list_position(l0, x) = i) AS l
                  FROM (SELECT cell, {_split("cell")} AS l0 FROM cells))
        ),
        final AS (
            SELECT i.cell,
                   list(d.doc_id ORDER BY i.ord) FILTER (WHERE d.doc_id IS NOT NULL) AS doc_ids,
                   string_agg(i.item, ', ' ORDER BY i.ord)
                       FILTER (WHERE d.doc_id IS NULL) AS unknown,
                   string_agg(DISTINCT d.outlet, ';' ORDER BY d.outlet) AS reported_by,
                   arg_min(d.url, coalesce(CAST(d.published_at AS VARCHAR), '9999') || d.doc_id)
                       FILTER (WHERE d.url IS NOT NULL) AS source_url,
                   count(d.doc_id) AS n_docs
            FROM items i LEFT JOIN documents d ON d.doc_id = i.item
            GROUP BY i.cell
        )
        SELECT * FROM final
    """


def load_claims(con: duckdb.DuckDBPyConnection, path: Path, report: BuildReport) -> None:
    """Claims: rows with the same identity become one claim; every document a report of it.

    Places and documents are resolved once per distinct cell value, then joined back: a million
    rows usually carry a few thousand distinct cells, so this is the cheap way to check them all.
    """
    st = stage_csv(
        con,
        path,
        "claims",
        CLAIM_COLUMNS,
        required=("claimant", "stated_on", "stated_on_precision", "claim_type", "metric",
                  "value_low", "value_high", "qualifier", "basis", "documents", "quote"),
    )
    con.execute(
        f"CREATE TEMP TABLE place_cells AS {_place_cells_sql(st.table, 'places', 'region')}"
    )
    con.execute(f"CREATE TEMP TABLE doc_cells AS {_doc_cells_sql(st.table, 'documents')}")
    con.execute(
        f"""
        CREATE TEMP TABLE ref_dups AS
        SELECT rowid AS _ord FROM {st.table} WHERE nullif(trim(ref), '') IS NOT NULL
        QUALIFY row_number() OVER (PARTITION BY trim(ref) ORDER BY rowid) > 1
        """
    )
    fig = "(s.value_low IS NOT NULL OR s.value_high IS NOT NULL)"
    rules = _errs(
        _err("s.claimant IS NULL", "claimant", "'is required: who made the claim?'",
             "s.claimant"),
        _err("s.claimant IS NOT NULL AND s.claimant_id IS NULL", "claimant",
             "'''' || s.claimant || ''' is not an actor name or alias in data/actors.csv'",
             "s.claimant"),
        *_date_precision_rules("s.stated_on", "s.stated_on_precision"),
        _vocab_rule("s.claim_type", CLAIM_TYPES, nullable=False),
        _err("s.metric IS NULL OR NOT regexp_full_match(s.metric, '^[a-z][a-z0-9_]*$')",
             "metric", "'is required, a lower-case slug such as killed_or_wounded'", "s.metric"),
        _vocab_rule("s.qualifier", QUALIFIERS),
        _vocab_rule("s.basis", BASES),
        _vocab_rule("s.verification", VERIFICATIONS),
        _err("s.value_low < 0 OR s.value_high < 0", "value_low",
             "'figures cannot be negative'", "s.value_low"),
        _err("s.value_low > s.value_high", "value_low",
             "'value_low ' || s.value_low || ' is greater than value_high ' || s.value_high",
             "s.value_low"),
        _err(f"{fig} AND s.qualifier IS NULL", "qualifier",
             "'a figure needs a qualifier (exact, at_least, over, about, nearly, up_to, range)'",
             "s.qualifier"),
        _err(f"{fig} AND s.basis IS NULL", "basis",
             "'a figure needs a basis: period or cumulative'", "s.basis"),
        _err("s.qualifier = 'exact' AND (s.value_low IS NULL OR s.value_high IS NULL "
             "OR s.value_low <> s.value_high)", "qualifier",
             "'exact needs value_low = value_high'", "s.qualifier"),
        _err("s.qualifier = 'about' AND (s.value_low IS NULL OR s.value_high IS NULL "
             "OR s.value_low <> s.value_high)", "qualifier",
             "'about needs value_low = value_high (the estimate)'", "s.qualifier"),
        _err("s.qualifier IN ('at_least', 'over') AND (s.value_low IS NULL "
             "OR s.value_high IS NOT NULL)", "qualifier",
             "'''' || s.qualifier || ''' is a lower bound: value_low only, value_high empty'",
             "s.qualifier"),
        _err("s.qualifier IN ('up_to', 'nearly') AND s.value_low IS NOT NULL", "qualifier",
             "'''' || s.qualifier || ''' is an upper bound: value_high only, value_low empty'",
             "s.qualifier"),
        _err("s.qualifier = 'range' AND (s.value_low IS NULL OR s.value_high IS NULL "
             "OR s.value_low >= s.value_high)", "qualifier",
             "'range needs value_low < value_high'", "s.qualifier"),
        _err("s.period_start > s.period_end", "period_start",
             "'period_start is after period_end'", "s.period_start"),
        _err("s.unknown_places IS NOT NULL", "places",
             "'not in the gazetteer (data/places.csv): ' || s.unknown_places",
             "s.unknown_places"),
        _err("s.ambiguous_places IS NOT NULL", "places",
             "'ambiguous, set region or use a place_id: ' || s.ambiguous_places",
             "s.ambiguous_places"),
        _err("s.n_docs = 0 AND s.unknown_docs IS NULL", "documents",
             "'at least one doc_id from data/documents.csv is required'", "NULL"),
        _err("s.unknown_docs IS NOT NULL", "documents",
             "'unknown doc_id(s): ' || s.unknown_docs", "s.unknown_docs"),
        _err("s.ref_dup", "ref", "'duplicates an earlier ref'", "s.ref"),
    )
    con.execute(
        f"""
        CREATE TEMP TABLE chk_claims AS
        WITH src AS (
            SELECT rowid AS _ord, nullif(trim(ref), '') AS ref,
                   nullif(trim(claimant), '') AS claimant, nullif(trim(channel), '') AS channel,
                   stated_on,
                   coalesce(nullif(trim(stated_on_precision), ''),
                            CASE WHEN stated_on IS NULL THEN 'unknown' END) AS stated_on_precision,
                   trim(claim_type) AS claim_type, trim(metric) AS metric,
                   nullif(trim(subject), '') AS subject, value_low, value_high,
                   nullif(trim(qualifier), '') AS qualifier, nullif(trim(basis), '') AS basis,
                   period_start, period_end, coalesce(places, '') AS place_cell,
                   nullif(trim(region), '') AS region,
                   nullif(trim(verification), '') AS verification,
                   coalesce(documents, '') AS doc_cell, quote, notes
            FROM {st.table}
        ),
        resolved AS (
            SELECT s.*, a.actor_id AS claimant_id, pc.unknown AS unknown_places,
                   pc.ambiguous AS ambiguous_places, dc.unknown AS unknown_docs,
                   coalesce(len(dc.doc_ids), 0) AS n_docs, rd._ord IS NOT NULL AS ref_dup
            FROM src s
            LEFT JOIN actor_keys a ON a.key = lower(s.claimant)
            LEFT JOIN place_cells pc
                ON pc.cell = s.place_cell AND pc.region = coalesce(s.region, '')
            LEFT JOIN doc_cells dc ON dc.cell = s.doc_cell
            LEFT JOIN ref_dups rd ON rd._ord = s._ord
        ),
        final AS (
            SELECT s.*, {claim_id_sql("s")} AS claim_id, {rules} AS errs
            FROM resolved s
        )
        SELECT * FROM final
        """
    )
    # Claims that several rows share (one claim, several reports) take the general path below.
    con.execute(
        """
        CREATE TEMP TABLE multi_claims AS
        SELECT claim_id FROM chk_claims WHERE len(errs) = 0
        GROUP BY claim_id HAVING count(*) > 1
        """
    )
    con.execute(
        """
        CREATE TEMP TABLE good_claims AS
        SELECT c.*, m.claim_id IS NOT NULL AS shared
        FROM chk_claims c LEFT JOIN multi_claims m USING (claim_id)
        WHERE len(c.errs) = 0
        """
    )
    # The first row (in file order) of a shared identity gives the descriptive fields. Windows
    # run only over shared claims: most claims have one row and need no ranking.
    claim_cols = (
        "claim_id, ref, claimant_id, channel, stated_on, stated_on_precision, claim_type, metric, "
        "subject, value_low, value_high, qualifier, basis, period_start, period_end, region, "
        "verification, quote, notes, 'curated'"
    )
    con.execute(f"INSERT INTO claims SELECT {claim_cols} FROM good_claims WHERE NOT shared")
    con.execute(
        f"""
        INSERT INTO claims SELECT {claim_cols} FROM good_claims WHERE shared
        QUALIFY row_number() OVER (PARTITION BY claim_id ORDER BY _ord) = 1
        """
    )
    key_claims(con)
    con.execute(
        """
        INSERT INTO reports
        SELECT g.claim_id, unnest(dc.doc_ids), g.quote
        FROM good_claims g JOIN doc_cells dc ON dc.cell = g.doc_cell
        WHERE NOT g.shared
        """
    )
    con.execute(
        """
        INSERT INTO reports
        SELECT claim_id, doc_id, quote
        FROM (SELECT g.claim_id, g._ord, g.quote, unnest(dc.doc_ids) AS doc_id
              FROM good_claims g JOIN doc_cells dc ON dc.cell = g.doc_cell WHERE g.shared)
        QUALIFY row_number() OVER (PARTITION BY claim_id, doc_id ORDER BY _ord) = 1
        """
    )
    place_join = (
        "JOIN place_cells pc ON pc.cell = g.place_cell AND pc.region = coalesce(g.region, '')"
    )
    con.execute(
        f"""
        INSERT INTO claim_places
        SELECT g.claim_id, unnest(pc.place_ids),
               CAST(generate_subscripts(pc.place_ids, 1) AS INTEGER)
        FROM good_claims g {place_join}
        WHERE NOT g.shared
        """
    )
    con.execute(
        f"""
        INSERT INTO claim_places
        SELECT claim_id, place_id,
               CAST(row_number() OVER (PARTITION BY claim_id ORDER BY o1, o2) AS INTEGER)
        FROM (
            SELECT claim_id, place_id, min(_ord) AS o1, min(ord) AS o2
            FROM (SELECT g.claim_id, g._ord, unnest(pc.place_ids) AS place_id,
                         generate_subscripts(pc.place_ids, 1) AS ord
                  FROM good_claims g {place_join} WHERE g.shared)
            GROUP BY claim_id, place_id
        )
        """
    )
    # Dashboard rows: single-row claims straight from their cells; shared ones aggregated.
    con.execute(
        f"""
        INSERT INTO claims_wide
        SELECT g.claim_id, a.name, a.side, g.channel, g.stated_on, g.stated_on_precision,
               g.claim_type, g.metric, g.subject, g.value_low, g.value_high, g.qualifier,
               g.basis, g.period_start, g.period_end, pc.names, g.region, g.verification,
               dc.reported_by, dc.source_url, g.quote, dc.n_docs, g.claimant_id,
               coalesce(pc.place_ids, []::VARCHAR[]), 'curated', g.ref
        FROM good_claims g
        JOIN actors a ON a.actor_id = g.claimant_id
        LEFT {place_join}
        LEFT JOIN doc_cells dc ON dc.cell = g.doc_cell
        WHERE NOT g.shared
        ORDER BY g.stated_on NULLS LAST, g.claim_id
        """
    )
    insert_claims_wide(con, "multi_claims")
    _finish_file(con, st, "chk_claims", "curated", report, "stated_on")


def load_responses(con: duckdb.DuckDBPyConnection, path: Path, report: BuildReport) -> None:
    """Responses (confirmed, denied, no_comment, disputed), linked to claims by their `ref`."""
    st = stage_csv(
        con,
        path,
        "responses",
        {"responder": "VARCHAR", "stance": "VARCHAR", "about": "VARCHAR", "claims": "VARCHAR",
         "stated_on": "DATE", "stated_on_precision": "VARCHAR", "documents": "VARCHAR",
         "quote": "VARCHAR"},
        required=("responder", "stance", "about", "documents"),
    )
    con.execute(
        f"""
        CREATE TEMP TABLE src_responses AS
        SELECT rowid AS _ord, nullif(trim(responder), '') AS responder, trim(stance) AS stance,
               nullif(trim(about), '') AS about, {_split("claims")} AS claim_refs, stated_on,
               coalesce(nullif(trim(stated_on_precision), ''),
                        CASE WHEN stated_on IS NULL THEN 'unknown' ELSE 'day' END)
                   AS stated_on_precision,
               coalesce(documents, '') AS doc_cell, quote
        FROM {st.table}
        """
    )
    con.execute(
        f"""
        CREATE TEMP TABLE resp_claim_res AS
        {_resolve_refs_sql("src_responses", "claim_refs",
                           "(SELECT DISTINCT lower(ref) AS key, claim_id AS id FROM chk_claims "
                           "WHERE len(errs) = 0 AND ref IS NOT NULL)")}
        """
    )
    # Documents are resolved like the claims' (once per distinct cell).
    con.execute(f"CREATE TEMP TABLE resp_doc_cells AS {_doc_cells_sql(st.table, 'documents')}")
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
            {_errs(
                _err("s.responder IS NULL", "responder", "'is required'", "s.responder"),
                _err("s.responder IS NOT NULL AND s.responder_id IS NULL", "responder",
                     "'''' || s.responder || ''' is not an actor name or alias in data/actors.csv'",
                     "s.responder"),
                _vocab_rule("s.stance", STANCES, nullable=False),
                _err("s.about IS NULL", "about", "'is required: what is the response about?'",
                     "s.about"),
                *_date_precision_rules("s.stated_on", "s.stated_on_precision"),
                _err("s.unknown_refs IS NOT NULL", "claims",
                     "'no loaded claim has ref(s): ' || s.unknown_refs", "s.unknown_refs"),
                _err("len(s.doc_ids) = 0 AND s.unknown_docs IS NULL", "documents",
                     "'at least one doc_id from data/documents.csv is required'", "NULL"),
                _err("s.unknown_docs IS NOT NULL", "documents",
                     "'unknown doc_id(s): ' || s.unknown_docs", "s.unknown_docs"),
            )} AS errs
            FROM resolved s
        )
        SELECT * FROM final
        """
    )
    con.execute(
        """
        INSERT INTO responses
        SELECT response_id, responder_id, stance, about, stated_on, stated_on_precision,
               doc_ids[1], quote
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
    _finish_file(con, st, "chk_responses", "curated", report, "stated_on")


def load_events(con: duckdb.DuckDBPyConnection, path: Path, report: BuildReport) -> None:
    """Curated events for timelines and the map; key events annotate every time chart."""
    st = stage_csv(
        con,
        path,
        "events",
        {"event_id": "VARCHAR", "title": "VARCHAR", "kind": "VARCHAR", "date_start": "DATE",
         "date_end": "DATE", "date_precision": "VARCHAR", "place": "VARCHAR",
         "region": "VARCHAR", "key_event": "BOOLEAN", "fatalities_low": "BIGINT",
         "fatalities_best": "BIGINT", "fatalities_high": "BIGINT", "source_url": "VARCHAR",
         "documents": "VARCHAR", "notes": "VARCHAR"},
        required=("event_id", "title", "kind", "date_start", "date_precision"),
    )
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
    con.execute(
        f"CREATE TEMP TABLE event_place_cells AS {_place_cells_sql(st.table, 'place', 'region')}"
    )
    con.execute(f"CREATE TEMP TABLE event_doc_cells AS {_doc_cells_sql(st.table, 'documents')}")
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
            SELECT s.*, {_errs(
                _err("s.event_id IS NULL OR NOT regexp_full_match(s.event_id, '" + SLUG_RE + "')",
                     "event_id", "'is required, lower-case letters, digits and dashes'",
                     "s.event_id"),
                _err("s.dup > 1", "event_id", "'duplicates an earlier event_id'", "s.event_id"),
                _err("s.title IS NULL OR s.title = ''", "title", "'is required'", "s.title"),
                _vocab_rule("s.kind", EVENT_KINDS, nullable=False),
                _err("s.date_start IS NULL", "date_start", "'is required'", "s.date_start"),
                _err("s.date_precision IS NULL OR s.date_precision NOT IN ('day', 'month', 'year')",
                     "date_precision", "'must be day, month or year'", "s.date_precision"),
                _err("s.date_end < s.date_start", "date_end", "'is before date_start'",
                     "s.date_end"),
                _err("s.unknown_place IS NOT NULL", "place",
                     "'''' || s.unknown_place || ''' is not in the gazetteer (data/places.csv)'",
                     "s.place_name"),
                _err("s.ambiguous_place IS NOT NULL", "place",
                     "'ambiguous, set region or use a place_id: ' || s.ambiguous_place",
                     "s.place_name"),
                _err("s.fatalities_low > coalesce(s.fatalities_best, s.fatalities_high) OR "
                     "s.fatalities_best > s.fatalities_high", "fatalities_low",
                     "'fatalities must satisfy low <= best <= high'", "s.fatalities_low"),
                _err("s.unknown_docs IS NOT NULL", "documents",
                     "'unknown doc_id(s): ' || s.unknown_docs", "s.unknown_docs"),
            )} AS errs
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
    _finish_file(con, st, "chk_events", "curated", report, "date_start")


#: Input files in dependency order (a file may refer to the ones before it).
CURATED_FILES: tuple[tuple[str, Callable[[duckdb.DuckDBPyConnection, Path, BuildReport], None]], ...] = (
    ("actors.csv", load_actors),
    ("places.csv", load_places),
    ("documents.csv", load_documents),
    ("claims.csv", load_claims),
    ("responses.csv", load_responses),
    ("events.csv", load_events),
)


def _finalise(con: duckdb.DuckDBPyConnection, report: BuildReport, seconds: float) -> None:
    """Materialise the dashboard table and the view; write quarantine, load log, build info."""
    key_fanout(con)
    check_integrity(con)
    refresh_derived(con)
    con.execute(CLAIMS_FLAT_VIEW_SQL)
    if report.quarantine:
        import pandas as pd

        qdf = pd.DataFrame(
            [
                (q.source_file, q.row_number, q.field, q.value, q.reason, q.raw_row)
                for q in report.quarantine
            ],
            columns=["source_file", "row_number", "field", "value", "reason", "raw_row"],
        )
        con.register("qdf", qdf)
        con.execute("INSERT INTO quarantine SELECT * FROM qdf")
        con.unregister("qdf")
    for f in report.files:
        con.execute(
            "INSERT INTO load_log VALUES ($1, $2, $3, $4, $5, $6, $7)",
            [f.label, f.source, f.rows_read, f.rows_loaded, f.rows_quarantined, f.date_min,
             f.date_max],
        )
    con.execute(
        "INSERT INTO build_info VALUES ('built_at', $1), ('seconds', $2), ('duckdb', $3)",
        [time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()), f"{seconds:.3f}", duckdb.__version__],
    )
    for table in ("claims", "reports", "documents", "actors", "places", "responses", "events",
                  "quarantine"):
        report.counts[table] = con.execute(f"SELECT count(*) FROM {table}").fetchone()[0]  # type: ignore[index]


def build(
    data_dir: Path = db.DEFAULT_DATA_DIR,
    db_path: Path = db.DEFAULT_DB_PATH,
    strict: bool = False,
    progress: Progress | None = None,
    extra_steps: list[Callable[[duckdb.DuckDBPyConnection, BuildReport], None]] | None = None,
    lock_timeout: float | None = None,
    keep_imports: bool = True,
) -> BuildReport:
    """Validate and load every input file in `data_dir`; publish atomically to `db_path`.

    `extra_steps` default to the public datasets declared in `data_dir/sources/` (and the
    importers' empty tables and views, so every database has them).
    Raises InputFileError for an unreadable file and StrictModeError under `strict` when any
    row was quarantined; in both cases the previously published database is left as it was.
    Holds the writer lock (`etl.lock`) throughout; with `keep_imports`, what
    `python -m etl import` added to the live database is kept (`etl.carry`).
    """
    with writer_lock(db_path, lock_timeout):
        return _build_locked(data_dir, db_path, strict, progress, extra_steps, keep_imports)


def _build_locked(
    data_dir: Path,
    db_path: Path,
    strict: bool,
    progress: Progress | None,
    extra_steps: list[Callable[[duckdb.DuckDBPyConnection, BuildReport], None]] | None,
    keep_imports: bool,
) -> BuildReport:
    """`build` under the writer lock: the live database read here is the latest published."""
    started = time.perf_counter()
    report = BuildReport(db_path=db_path)
    say = progress or (lambda _msg: None)
    live = db.resolve_live(db_path) if keep_imports else None
    with db.new_build(db_path) as (con, tmp):
        create_schema(con)
        for name, loader in CURATED_FILES:
            say(f"loading {name}")
            loader(con, data_dir / name, report)
        if extra_steps is None:
            from etl.sources import source_steps  # sources import loaders that import this module

            extra_steps = source_steps(data_dir)
        for step in extra_steps:
            step(con, report)
        say("materialising claims_wide")
        if strict and report.quarantine:
            first = report.quarantine[0].message()
            raise StrictModeError(
                f"--strict: {len(report.quarantine)} row(s) quarantined; first: {first}"
            )
        if live is not None and live.is_file():
            carry_imports(con, live, report)  # after --strict: their quarantine is not this build's
        _finalise(con, report, time.perf_counter() - started)
        report.version_path = Path(str(tmp).removesuffix(".tmp"))
    report.seconds = time.perf_counter() - started
    return report
