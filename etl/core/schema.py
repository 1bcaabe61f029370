"""The claims warehouse schema: tables with keys and constraints, and the `claims_flat` view.

A claim is not a fact: every figure row keeps claimant, date stated with precision, channel,
qualifier, basis and quote; documents that carried it are `reports`. The dashboard reads
`claims_wide`, a table materialised from the same joins as `claims_flat` (sorted by date so date
filters skip row groups); `claims_flat` is the stable, documented projection of it that exports
and other tools rely on.
"""

from __future__ import annotations

import functools
import time
from dataclasses import dataclass

import duckdb

from etl.core.contract import (
    ACTOR_KINDS,
    BASES,
    BOUND_QUALIFIERS,
    CLAIM_TYPES,
    CLAIMS_FLAT_COLUMNS,
    COORD_PRECISIONS,
    PLACE_KINDS,
    PRECISIONS,
    QUALIFIERS,
    SIDES,
    STANCES,
    VERIFICATIONS,
    sql_in,
)
from etl.core.search_index import build_search_index

#: Column storage for the million-row columns of unique strings that the dashboard never scans
#: for a page (claim ids and quotes of the normalised tables, not of `claims_wide`): ZSTD, named
#: in the column's definition. Why: left to choose, DuckDB analyses every segment for its
#: dictionary/FSST compression, which cost more than writing the strings (1M claim ids: 0.36 CPU s
#: against 0.12 with ZSTD, and a file no larger; build at 1M claims 0.6-0.9 CPU s less over
#: claims.quote, reports, claim_places and claim_rows; benchmarks/results/etl-load-1m-build8-ab.txt).
#: Not on `claims.claim_id`: the war view's notes are fetched by it row by row, 4 ms slower per
#: 200 claims from ZSTD; nor on `claims_wide` (no build gain measured there; the pages read it).
ZSTD = "USING COMPRESSION zstd"

#: (session 31) `data/outlets.csv`: the names and web hosts sources write for an outlet, lower case
#: and trimmed, and the outlet each means. Documents keep what their source wrote; where outlets
#: are named or counted (claims_wide's `reported_by`, the Sources page) the outlet it means is used.
#: Every database has the table (empty without the file): an import into an older one creates it.
OUTLET_NAMES_DDL = """
CREATE TABLE IF NOT EXISTS outlet_names (
    name    VARCHAR PRIMARY KEY,     -- as a source writes it, lower case, trimmed
    outlet  VARCHAR NOT NULL,        -- the outlet it means
    notes   VARCHAR
);"""
#: The outlet a document `d` means, with `OUTLET_JOIN_D` in its FROM clause.
OUTLET_OF_D = "coalesce(o_n.outlet, d.outlet)"
OUTLET_JOIN_D = "LEFT JOIN outlet_names o_n ON o_n.name = lower(trim(d.outlet))"

DDL: str = f"""
CREATE TABLE actors (
    actor_id    VARCHAR PRIMARY KEY,
    name        VARCHAR NOT NULL UNIQUE,
    aliases     VARCHAR[] NOT NULL,
    kind        VARCHAR NOT NULL CHECK (kind IN {sql_in(ACTOR_KINDS)}),
    side        VARCHAR NOT NULL CHECK (side IN {sql_in(SIDES)}),
    parent_id   VARCHAR REFERENCES actors (actor_id)
);

CREATE TABLE places (
    place_id        VARCHAR PRIMARY KEY,
    name            VARCHAR NOT NULL,
    aliases         VARCHAR[] NOT NULL,
    kind            VARCHAR NOT NULL CHECK (kind IN {sql_in(PLACE_KINDS)}),
    admin2          VARCHAR,
    admin1          VARCHAR,
    country_code    VARCHAR,
    lat             DOUBLE NOT NULL CHECK (lat BETWEEN -90 AND 90),
    lon             DOUBLE NOT NULL CHECK (lon BETWEEN -180 AND 180),
    coord_precision VARCHAR NOT NULL CHECK (coord_precision IN {sql_in(COORD_PRECISIONS)}),
    source_url      VARCHAR,
    notes           VARCHAR
);

{OUTLET_NAMES_DDL}

CREATE TABLE documents (
    doc_id        VARCHAR PRIMARY KEY,
    outlet        VARCHAR NOT NULL,
    url           VARCHAR,
    title         VARCHAR,
    published_at  TIMESTAMP,
    language      VARCHAR,
    tags          VARCHAR[] NOT NULL,
    content_hash  VARCHAR NOT NULL,
    source        VARCHAR NOT NULL,
    notes         VARCHAR
);

CREATE TABLE claims (
    claim_id            VARCHAR NOT NULL,  -- PRIMARY KEY added after the bulk insert
    ref                 VARCHAR,
    claimant_id         VARCHAR NOT NULL,  -- references actors (actor_id): check_integrity
    channel             VARCHAR,
    stated_on           DATE,
    stated_on_precision VARCHAR NOT NULL,
    claim_type          VARCHAR NOT NULL,
    metric              VARCHAR NOT NULL,
    subject             VARCHAR,
    value_low           BIGINT,
    value_high          BIGINT,
    qualifier           VARCHAR,
    basis               VARCHAR,
    period_start        DATE,
    period_end          DATE,
    region              VARCHAR,
    verification        VARCHAR,
    quote               VARCHAR {ZSTD},
    notes               VARCHAR,
    source              VARCHAR NOT NULL
    -- The vocabulary and consistency rules are CLAIM_RULES, checked once per publish by
    -- check_integrity: as CHECK constraints they cost a third of inserting a million claims
    -- that the loaders had already validated row by row.
);

"""

#: Tables that reference `claims` (created once its primary key exists).
DDL_AFTER_CLAIMS: str = f"""
-- claim_places and reports are the fan-out tables (one row per claim and place or document).
-- Their references to claims/places/documents are checked once per build by `check_integrity`
-- (an anti-join) instead of DuckDB's per-row foreign-key probe, which tripled the load time of
-- a million claims; their keys are checked once per publish too (`check_unique`, FANOUT_KEYS).
CREATE TABLE claim_places (
    claim_id  VARCHAR NOT NULL {ZSTD},  -- references claims (claim_id)
    place_id  VARCHAR NOT NULL,  -- references places (place_id)
    ord       INTEGER NOT NULL
);

CREATE TABLE reports (
    claim_id  VARCHAR NOT NULL {ZSTD},  -- references claims (claim_id)
    doc_id    VARCHAR NOT NULL,  -- references documents (doc_id)
    quote     VARCHAR {ZSTD},
    -- The document's place in the claim's documents as written (across its rows, in file
    -- order); NULL for an import's. The first listed with a URL is the claim's source link:
    -- the curator lists the source first (QA pass 36: with reports dated alike, the first
    -- doc_id in alphabetical order gave F43 the Kyiv Independent's link, not TRT World's).
    ord       INTEGER
);

CREATE TABLE responses (
    response_id         VARCHAR PRIMARY KEY,
    responder_id        VARCHAR NOT NULL REFERENCES actors (actor_id),
    stance              VARCHAR NOT NULL CHECK (stance IN {sql_in(STANCES)}),
    about               VARCHAR NOT NULL,
    stated_on           DATE,
    stated_on_precision VARCHAR NOT NULL CHECK (stated_on_precision IN {sql_in(PRECISIONS)}),
    doc_id              VARCHAR REFERENCES documents (doc_id),
    quote               VARCHAR,  -- the responder's own words, or NULL
    notes               VARCHAR   -- the analyst's (QA pass 36: a paraphrase is a note, not a quote)
);

-- Every document that carried a response (responses.doc_id is the first of them).
CREATE TABLE response_reports (
    response_id VARCHAR NOT NULL REFERENCES responses (response_id),
    doc_id      VARCHAR NOT NULL REFERENCES documents (doc_id),
    PRIMARY KEY (response_id, doc_id)
);

CREATE TABLE response_claims (
    response_id VARCHAR NOT NULL REFERENCES responses (response_id),
    claim_id    VARCHAR NOT NULL REFERENCES claims (claim_id),
    PRIMARY KEY (response_id, claim_id)
);

CREATE TABLE events (
    event_id        VARCHAR PRIMARY KEY,
    title           VARCHAR NOT NULL,
    kind            VARCHAR NOT NULL,
    date_start      DATE NOT NULL,
    date_end        DATE,
    date_precision  VARCHAR NOT NULL CHECK (date_precision IN {sql_in(PRECISIONS)}),
    place_id        VARCHAR REFERENCES places (place_id),
    place_name      VARCHAR,
    region          VARCHAR,
    lat             DOUBLE,
    lon             DOUBLE,
    key_event       BOOLEAN NOT NULL,
    fatalities_low  BIGINT,
    fatalities_best BIGINT,
    fatalities_high BIGINT,
    source_url      VARCHAR,
    doc_id          VARCHAR REFERENCES documents (doc_id),
    quote           VARCHAR,
    source          VARCHAR NOT NULL,
    flags           VARCHAR,
    CHECK (date_end IS NULL OR date_start <= date_end)
);

-- One row per claim with the joins done once: what the dashboard queries (a table, not a view,
-- so that 10 million claims are filtered and aggregated without re-joining on every page view).
-- Loaders insert in order of stated_on, so date filters and newest-first lists skip whole row
-- groups by their min/max statistics (10x faster top-N at 10M claims).
CREATE TABLE claims_wide (
    claim_id            VARCHAR NOT NULL,
    claimant            VARCHAR NOT NULL,
    claimant_side       VARCHAR NOT NULL,
    channel             VARCHAR,
    stated_on           DATE,
    stated_on_precision VARCHAR NOT NULL,
    claim_type          VARCHAR NOT NULL,
    metric              VARCHAR NOT NULL,
    subject             VARCHAR,
    value_low           BIGINT,
    value_high          BIGINT,
    qualifier           VARCHAR,
    basis               VARCHAR,
    period_start        DATE,
    period_end          DATE,
    places              VARCHAR,
    region              VARCHAR,
    verification        VARCHAR,
    reported_by         VARCHAR,
    source_url          VARCHAR,
    quote               VARCHAR,
    n_reports           BIGINT NOT NULL,
    claimant_id         VARCHAR NOT NULL,
    place_ids           VARCHAR[] NOT NULL,
    source              VARCHAR NOT NULL,
    ref                 VARCHAR
);

CREATE TABLE quarantine (
    source_file VARCHAR NOT NULL,
    row_number  BIGINT,
    field       VARCHAR,
    value       VARCHAR,
    reason      VARCHAR NOT NULL,
    raw_row     VARCHAR
);

CREATE TABLE load_log (
    source_file      VARCHAR PRIMARY KEY,
    source           VARCHAR NOT NULL,
    rows_read        BIGINT NOT NULL,
    rows_loaded      BIGINT NOT NULL,
    rows_quarantined BIGINT NOT NULL,
    date_min         DATE,
    date_max         DATE,
    CHECK (rows_read = rows_loaded + rows_quarantined)
);

CREATE TABLE build_info (
    key   VARCHAR PRIMARY KEY,
    value VARCHAR
);
"""

#: Which report gives a claim its source link: the first listed (`reports.ord`), then an
#: import's (no list) by the earliest publication, then by doc_id.
SOURCE_ORDER = "(coalesce(r.ord, 2147483647), coalesce(CAST(d.published_at AS VARCHAR), '9999'), d.doc_id)"


#: Dashboard rows for claims computed from the normalised tables (any source, any number of
#: reports), for the claim ids in table `{ids}`. The curated loader takes a faster path for
#: claims with a single input row and uses this for the rest; importers use it for theirs.
CLAIMS_WIDE_SELECT: str = (
    """
WITH place_names AS (
    SELECT cp.claim_id,
           string_agg(p.name, ';' ORDER BY cp.ord) AS places,
           list(cp.place_id ORDER BY cp.ord) AS place_ids
    FROM {claim_places} cp JOIN places p USING (place_id)
    WHERE cp.claim_id IN (SELECT claim_id FROM {ids})
    GROUP BY cp.claim_id
),
report_outlets AS (
    SELECT r.claim_id,
           string_agg(DISTINCT {OUTLET_OF_D}, ';' ORDER BY {OUTLET_OF_D}) AS reported_by,
           arg_min(d.url, {SOURCE_ORDER})
               FILTER (WHERE d.url IS NOT NULL) AS source_url,
           count(*) AS n_reports
    FROM {reports} r JOIN documents d USING (doc_id) {OUTLET_JOIN_D}
    WHERE r.claim_id IN (SELECT claim_id FROM {ids})
    GROUP BY r.claim_id
)
SELECT c.claim_id, a.name, a.side, c.channel, c.stated_on, c.stated_on_precision,
       c.claim_type, c.metric, c.subject, c.value_low, c.value_high, c.qualifier, c.basis,
       c.period_start, c.period_end, pn.places, c.region, c.verification, ro.reported_by,
       ro.source_url, c.quote, coalesce(ro.n_reports, 0), c.claimant_id,
       coalesce(pn.place_ids, []::VARCHAR[]), c.source, c.ref
FROM {claims} c
JOIN actors a ON a.actor_id = c.claimant_id
LEFT JOIN place_names pn ON pn.claim_id = c.claim_id
LEFT JOIN report_outlets ro ON ro.claim_id = c.claim_id
WHERE c.claim_id IN (SELECT claim_id FROM {ids})
ORDER BY c.stated_on NULLS LAST, c.claim_id
""".replace("{OUTLET_OF_D}", OUTLET_OF_D)
    .replace("{OUTLET_JOIN_D}", OUTLET_JOIN_D)
    .replace("{SOURCE_ORDER}", SOURCE_ORDER)
)


def insert_claims_wide(
    con: duckdb.DuckDBPyConnection,
    ids_table: str,
    claims: str = "claims",
    reports: str = "reports",
    claim_places: str = "claim_places",
) -> None:
    """Append dashboard rows for the claims whose ids are in `ids_table` (a table name in code).

    `claims`, `reports` and `claim_places` may name tables holding just those claims' rows (the
    full build's shared claims: a tenth of the rows, instead of a filter over every row).
    """
    n = con.execute(f"SELECT count(*) FROM {ids_table}").fetchall()[0][0]
    if n:
        sql = CLAIMS_WIDE_SELECT.format(
            ids=ids_table, claims=claims, reports=reports, claim_places=claim_places
        )
        con.execute("INSERT INTO claims_wide " + sql)


#: (child table, column, parent table, column) pairs that `check_integrity` enforces.
REFERENCES: tuple[tuple[str, str, str, str], ...] = (
    ("claims", "claimant_id", "actors", "actor_id"),
    ("claim_places", "claim_id", "claims", "claim_id"),
    ("claim_places", "place_id", "places", "place_id"),
    ("reports", "claim_id", "claims", "claim_id"),
    ("reports", "doc_id", "documents", "doc_id"),
    ("claims_wide", "claim_id", "claims", "claim_id"),
)


#: (rule, SQL that every claim satisfies) checked by `check_integrity` before every publish, with
#: CHECK semantics (a NULL result passes). The loaders quarantine rows that break them; a row
#: that reaches the table anyway (a loader or importer bug) fails the publish.
CLAIM_RULES: tuple[tuple[str, str], ...] = (
    ("stated_on_precision in the vocabulary", f"stated_on_precision IN {sql_in(PRECISIONS)}"),
    ("claim_type in the vocabulary", f"claim_type IN {sql_in(CLAIM_TYPES)}"),
    ("qualifier in the vocabulary", f"qualifier IN {sql_in(QUALIFIERS)}"),
    ("basis in the vocabulary", f"basis IN {sql_in(BASES)}"),
    ("verification in the vocabulary", f"verification IN {sql_in(VERIFICATIONS)}"),
    ("value_low <= value_high", "value_low IS NULL OR value_high IS NULL OR value_low <= value_high"),
    (
        "period_start <= period_end",
        "period_start IS NULL OR period_end IS NULL OR period_start <= period_end",
    ),
    (
        "stated_on empty exactly when stated_on_precision is unknown",
        "(stated_on IS NULL) = (stated_on_precision = 'unknown')",
    ),
    ("a figure has a qualifier", "(value_low IS NULL AND value_high IS NULL) OR qualifier IS NOT NULL"),
    # (QA 10) bounds are bounds: the shapes the loader's rules require, checked again at publish so
    # a writer that skipped the loader (an importer, a hand edit) cannot turn a bound into a figure
    (
        "exact and about keep one figure (value_low = value_high)",
        "qualifier NOT IN ('exact', 'about')"
        " OR (value_low IS NOT NULL AND value_high IS NOT NULL AND value_low = value_high)",
    ),
    (
        "at_least and over keep value_low only",
        "qualifier NOT IN ('at_least', 'over') OR (value_low IS NOT NULL AND value_high IS NULL)",
    ),
    ("up_to and nearly keep value_high only", "qualifier NOT IN ('up_to', 'nearly') OR value_low IS NULL"),
    (
        "a range keeps value_low < value_high",
        "qualifier <> 'range' OR (value_low IS NOT NULL AND value_high IS NOT NULL AND value_low < value_high)",
    ),
)


def check_claim_rules(con: duckdb.DuckDBPyConnection, where: str = "true") -> None:
    """IntegrityError naming the first rule of CLAIM_RULES that some claim breaks (one scan).

    `where` (SQL written in code) limits the check to some claims (`etl.core.derived`).
    """
    counts = ", ".join(f"count(*) FILTER (WHERE NOT coalesce(({cond}), true))" for _name, cond in CLAIM_RULES)
    row = con.execute(f"SELECT {counts} FROM claims WHERE {where}").fetchall()[0]
    for (name, _cond), n in zip(CLAIM_RULES, row, strict=True):
        if n:
            raise IntegrityError(f"{n} claim(s) break the rule: {name}")


#: Keys of the fan-out tables, checked once per publish by `check_unique` (one hash aggregate
#: each) instead of PRIMARY KEY indexes: building those after a million-claim load cost about a
#: second, made every later delete maintain them, and made the file (copied by every import and
#: incremental build) larger. Nothing joins through them; DuckDB's joins never use them.
FANOUT_KEYS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("claim_places", ("claim_id", "place_id")),
    ("reports", ("claim_id", "doc_id")),
)


def check_unique(con: duckdb.DuckDBPyConnection, where: str = "true") -> None:
    """IntegrityError when a fan-out key (FANOUT_KEYS) repeats; `where` limits the rows checked."""
    for table, cols in FANOUT_KEYS:
        keys = ", ".join(cols)
        n = con.execute(
            f"SELECT count(*) FROM (SELECT {keys} FROM {table} WHERE {where} GROUP BY ALL HAVING count(*) > 1)"
        ).fetchall()[0][0]
        if n:
            raise IntegrityError(f"{n} duplicate key(s) ({keys}) in {table}")


class IntegrityError(Exception):
    """A reference that does not resolve: a bug in a loader, never an input problem."""


def check_integrity(con: duckdb.DuckDBPyConnection) -> None:
    """Fail the build if any fan-out row names a claim, place or document that does not exist.

    One anti join per parent table: the three million-row references to claims share one hash
    table of claim ids instead of building it three times.
    """
    parents: dict[tuple[str, str], list[tuple[str, str]]] = {}
    for child, col, parent, pcol in REFERENCES:
        parents.setdefault((parent, pcol), []).append((child, col))
    dangling: dict[tuple[str, str], int] = {}
    for (parent, pcol), children in parents.items():
        refs = " UNION ALL ".join(
            f"SELECT {i} AS ref, {col} AS k FROM {child}" for i, (child, col) in enumerate(children)
        )
        for i, n in con.execute(
            f"SELECT ref, count(*) FROM ({refs}) c ANTI JOIN {parent} p ON p.{pcol} = c.k GROUP BY ref"
        ).fetchall():
            dangling[children[i]] = n
    for child, col, parent, pcol in REFERENCES:
        if dangling.get((child, col)):
            n = dangling[(child, col)]
            raise IntegrityError(f"{n} row(s) of {child}.{col} do not exist in {parent}.{pcol}")
    check_unique(con)
    check_claim_rules(con)
    n_claims = con.execute("SELECT count(*) FROM claims").fetchall()[0][0]
    n_wide = con.execute("SELECT count(*) FROM claims_wide").fetchall()[0][0]
    if n_claims != n_wide:
        raise IntegrityError(f"claims_wide has {n_wide} rows for {n_claims} claims")


@dataclass(frozen=True)
class Cube:
    """A table of claim counts derived from `claims_wide` by grouping on `dims`.

    `source` is the FROM expression with `{rows}` standing for the claims_wide rows it reads:
    `claims_wide` for a full rebuild, a filtered subset for an incremental one
    (`etl.core.derived`), which recomputes only the groups whose claims changed.
    """

    table: str
    dims: tuple[str, ...]
    aggs: str
    source: str = "{rows}"
    where: str = "true"
    order: str = ""

    def select_sql(self, rows: str = "claims_wide") -> str:
        return (
            f"SELECT {', '.join(self.dims)}, {self.aggs} FROM {self.source.format(rows=rows)} "
            f"WHERE {self.where} GROUP BY ALL"
        )

    def create_sql(self) -> str:
        order = f" ORDER BY {self.order}" if self.order else ""
        return f"CREATE OR REPLACE TABLE {self.table} AS {self.select_sql()}{order}"


#: Claim counts by every dimension the dashboard filters on except place and quote text.
#: Count-style pages (headline, timeline, per-claimant bars, flows) read this instead of
#: scanning every claim: real claims repeat these combinations a lot.
CLAIMS_CUBE = Cube(
    "claims_cube",
    (
        "stated_on",
        # (QA 8) with the day: a date range keeps a claim dated only to a month or year when that
        # month or year overlaps it (`claimsdesk.queries.where`)
        "stated_on_precision",
        "claimant",
        "claimant_side",
        "claim_type",
        "metric",
        "subject",
        "region",
        "verification",
        "channel",
        "reported_by",
        "source",
    ),
    "count(*) AS n, count(*) FILTER (WHERE value_low IS NOT NULL OR value_high IS NOT NULL) AS n_figure",
    order="stated_on NULLS LAST",
)

#: The same for the map: claims counted by place (a claim naming three places counts for each).
PLACE_CUBE = Cube(
    "place_cube",
    (
        "place_id",
        "stated_on",
        "stated_on_precision",
        "claimant",
        "claimant_side",
        "claim_type",
        "metric",
        "subject",
        "region",
        "verification",
    ),
    # (QA 8) no figure: a place's claims are of different claimants, metrics and subjects, and
    # their largest figure ("300", for "over 300" by one claimant beside "at least 30" by
    # another) read as one claim's exact number; the map sizes a place by its claims
    "count(*) AS n",
    source="(SELECT unnest(place_ids) AS place_id, * EXCLUDE (place_ids) FROM {rows})",
)

#: Claimed figures grouped as the time charts draw them (one point per claimant, day, metric,
#: subject, qualifier and basis), with the filter dimensions and one example claim: its id, its
#: claims_wide row and the text a point shows.
FIGURE_CUBE = Cube(
    "figure_cube",
    (
        "claimant",
        "claimant_side",
        "stated_on",
        "metric",
        "subject",
        "qualifier",
        "basis",
        "claim_type",
        "region",
        "verification",
        "source",
    ),
    "min(value_low) AS value_low, max(value_high) AS value_high, count(*) AS n, "
    "min(period_start) AS period_start, max(period_end) AS period_end, "
    "max(stated_on_precision) AS stated_on_precision, max(claim_id) AS claim_id, "
    "arg_max(rowid, claim_id) AS row_id, "
    # The example claim's text, copied here (the cube has a few rows per thousand claims):
    # reading it by row from claims_wide cost 20-30 ms of the 10M Casualty page (issue 11), one
    # storage segment per example. arg_max_null, not arg_max: an example without an outlet shows
    # none, not another claim's.
    "arg_max_null(quote, claim_id) AS quote, arg_max_null(reported_by, claim_id) AS reported_by, "
    "arg_max_null(source_url, claim_id) AS source_url, arg_max_null(channel, claim_id) AS channel, "
    "arg_max_null(places, claim_id) AS places",
    where="(value_low IS NOT NULL OR value_high IS NOT NULL) AND stated_on IS NOT NULL",
    order="stated_on",
)

#: Whose losses the casualty page's war-wide view compares (claimsdesk.queries re-exports it).
WAR_SUBJECTS: tuple[str, ...] = ("Russian forces", "Ukrainian forces")
#: Sources that publish a figure every day: the war-wide view draws them as a line.
DENSE_SOURCES: tuple[str, ...] = ("general-staff",)

#: The claims the war-wide view can draw, one row per claim (nothing is grouped together: each
#: is a competing claim of its own): cumulative casualty figures on WAR_SUBJECTS that are
#: war-wide (no region, no place) or from a daily source, with the filter dimensions (places
#: as ids, as in claims_wide), bounds,
#: whether the claim has a note, its claims_wide row, and the text a point shows (quote,
#: outlets, link: copied here, a few rows per million); its note is read by id, for the points
#: shown only.
#: Whether a warring party made the claim is *not* stored: the queries join the small
#: `claim_warring_flags` and `actors` tables to these rows, so a changed flag needs no refresh.
WAR_CUBE = Cube(
    "war_cube",
    (
        "claim_id",
        "stated_on",
        "claimant",
        "claimant_side",
        "claimant_id",
        "claim_type",
        "metric",
        "subject",
        "qualifier",
        "region",
        "verification",
        "source",
    ),
    "min(value_low) AS value_low, max(value_high) AS value_high, "
    "max(stated_on_precision) AS stated_on_precision, "
    "bool_and(region IS NULL AND coalesce(places, '') = '') AS war_wide, any_value(place_ids) AS place_ids, "
    # whether `claims.notes` has a note to fetch (few claims do: the others skip a lookup)
    "bool_or(claim_id IN (SELECT claim_id FROM claims WHERE notes IS NOT NULL)) AS has_note, "
    "arg_max(rowid, claim_id) AS row_id, "
    # the text a point shows (one claims_wide row per claim): reading it here, not by row from
    # claims_wide, saves the scattered reads of ~3,000 quotes across the table (issue 11)
    "arg_max(quote, rowid) AS quote, arg_max(reported_by, rowid) AS reported_by, "
    "arg_max(source_url, rowid) AS source_url, arg_max(n_reports, rowid) AS n_reports",
    where=(
        "claim_type = 'casualties' AND basis = 'cumulative' AND stated_on IS NOT NULL "
        f"AND subject IN {sql_in(WAR_SUBJECTS)} AND (value_low IS NOT NULL OR value_high IS NOT NULL) "
        f"AND ((region IS NULL AND coalesce(places, '') = '') OR source IN {sql_in(DENSE_SOURCES)})"
    ),
    order="stated_on, claimant, claim_id",
)

CUBES: tuple[Cube, ...] = (CLAIMS_CUBE, PLACE_CUBE, FIGURE_CUBE, WAR_CUBE)
#: Cubes whose `row_id` points at a claims_wide row (rebuilt if row ids ever change).
ROW_ID_CUBES: tuple[Cube, ...] = (FIGURE_CUBE, WAR_CUBE)


def refresh_derived(con: duckdb.DuckDBPyConnection) -> None:
    """Rebuild the tables derived from claims_wide (call after anything changes claims).

    `etl.core.derived` does the same for only the claims that changed (incremental builds,
    imports).
    """
    for cube in CUBES:
        con.execute(cube.create_sql())
    build_search_index(con)  # the quote search index (etl/core/search_index.py)


CLAIMS_FLAT_VIEW_SQL: str = (
    "CREATE VIEW claims_flat AS SELECT " + ", ".join(CLAIMS_FLAT_COLUMNS) + " FROM claims_wide"
)


def write_build_info(con: duckdb.DuckDBPyConnection, seconds: float) -> None:
    """Record when the database was built, in how many seconds and with which DuckDB (shown on
    the Sources page); a full and an incremental build both write it."""
    con.execute(
        "INSERT INTO build_info VALUES ('built_at', $1), ('seconds', $2), ('duckdb', $3)",
        [time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()), f"{seconds:.3f}", duckdb.__version__],
    )


#: A `build_info` key an import sets when the live database may differ from a full build of its
#: inputs until one runs (its value says why): the next build is then a full one.
FULL_BUILD_NEEDED = "full_build_needed"


#: (QA pass 42 #6) A `build_info` key a full build sets when it could not index claims.csv for
#: the next, incremental build (`etl.curated.claims.record_claim_rows`); its value says why
#: ("it had CR LF line ends ..."), and the next build's reason for being full repeats it.
CLAIMS_NOT_INDEXED = "claims_not_indexed"


def require_full_build(con: duckdb.DuckDBPyConnection, why: str) -> None:
    """Make the next `python -m etl build` a full one (`etl.incremental.plan` reads the key; a
    build writes `build_info` afresh, which clears it)."""
    con.execute("DELETE FROM build_info WHERE key = $1", [FULL_BUILD_NEEDED])
    con.execute("INSERT INTO build_info VALUES ($1, $2)", [FULL_BUILD_NEEDED, why])


def create_schema(con: duckdb.DuckDBPyConnection) -> None:
    """Create the tables claims depend on, and claims itself (without its key yet)."""
    con.execute(DDL)


def schema_columns(con: duckdb.DuckDBPyConnection) -> set[tuple[str, str]]:
    """(table, column) of every table of `con`'s own database: what `missing_columns` compares."""
    rows = con.execute(
        "SELECT table_name, column_name FROM duckdb_columns() WHERE database_name = current_database()"
    ).fetchall()
    return {(t, c) for t, c in rows}


def missing_columns(con: duckdb.DuckDBPyConnection) -> list[str]:
    """The columns of this release's tables (`DDL`, `DDL_AFTER_CLAIMS`) that `con`'s database lacks,
    as "table.column". Why: a database built by an older release lacks columns the pages now read
    (QA pass 37: `responses.notes`), and a page failed on it; the dashboard's first start builds
    such a database anew (`etl.core.first_start.is_current`)."""
    return sorted(f"{t}.{c}" for t, c in _release_columns() - schema_columns(con))


@functools.cache
def _release_columns() -> frozenset[tuple[str, str]]:
    """This release's tables and columns, read from its DDL run in memory (once per process)."""
    mem = duckdb.connect()
    try:
        create_schema(mem)
        key_claims(mem)
        return frozenset(schema_columns(mem))
    finally:
        mem.close()


def key_claims(con: duckdb.DuckDBPyConnection) -> None:
    """Add claims' primary key, then create the tables that reference it.

    Why here: building the key's index once after a bulk insert costs about half of maintaining
    it row by row, and DuckDB needs the key to exist before a foreign key can name it.
    """
    con.execute("ALTER TABLE claims ADD PRIMARY KEY (claim_id)")
    con.execute(DDL_AFTER_CLAIMS)


# --------------------------------------------------------------------------------------------
# Objects the importers own: import_log, event_documents, gs_daily (every database has them)
# --------------------------------------------------------------------------------------------

#: (QA pass 31: every table's DDL is here) What an incremental build compares: claims.csv's
#: records (`etl.curated.claims.record_claim_rows`) and its block digests.
CLAIM_ROWS_DDL = f"""
CREATE OR REPLACE TABLE claim_rows (
    ord      BIGINT NOT NULL,   -- record of claims.csv (0 = the row after the header)
    bytes    BIGINT NOT NULL,   -- its length in bytes (offsets are their running sum, so an
                                -- edit that changes a length moves no other row)
    claim_id VARCHAR {ZSTD},    -- the claim it became; NULL when quarantined
    ref      VARCHAR,           -- its ref (trimmed), when the reader parsed it
    stated_on DATE              -- its claim's date (the load log's date span)
);
CREATE OR REPLACE TABLE claims_csv_index (
    source_file VARCHAR NOT NULL,
    size        BIGINT NOT NULL,
    header_end  BIGINT NOT NULL,
    header      BLOB NOT NULL,       -- the header line's bytes
    prefix      VARCHAR[] NOT NULL,  -- block digests from the start (etl.core.rowindex)
    suffix      VARCHAR[] NOT NULL   -- and from the end
);
"""

#: The declarations in data/sources/ a build loaded (`etl.importers.sources`).
SOURCE_DECLARATIONS_DDL = """
CREATE TABLE IF NOT EXISTS source_declarations (
    declaration   VARCHAR NOT NULL,  -- the *.toml file name
    source        VARCHAR NOT NULL,
    source_file   VARCHAR NOT NULL,  -- = load_log.source_file of the file it loaded
    location      VARCHAR,           -- path as written, or the URL
    licence       VARCHAR,
    attribution   VARCHAR,
    upstream_url  VARCHAR,
    snapshot_date DATE,
    description   VARCHAR
)
"""

#: The input files a build read and their content hashes (`etl.incremental.record_build`).
BUILD_INPUTS_DDL = (
    "CREATE OR REPLACE TABLE build_inputs (file VARCHAR PRIMARY KEY, content_hash VARCHAR NOT NULL)"
)

GS_SOURCE = "general-staff"
#: How a General Staff claim's notes give the day's "greatest losses direction" (context of a
#: war-wide total, not its scope), and the pattern `gs_daily` reads it back with.
DIRECTION_NOTE = "greatest losses direction: "
DIRECTION_NOTE_PATTERN = DIRECTION_NOTE + "(.*)$"

#: A total published as a bound: `gs_daily` derives no increase to or from one.
GS_BOUNDS = sql_in(BOUND_QUALIFIERS)

GS_DAILY_VIEW_SQL = f"""
CREATE OR REPLACE VIEW gs_daily AS
SELECT c.stated_on AS date,
       c.metric,
       c.claim_type,
       c.value_low AS cumulative,
       c.qualifier,
       lag(c.stated_on) OVER w AS prev_date,
       lag(c.value_low) OVER w AS prev_cumulative,
       -- (QA pass 36) no increase to or from a total published as a bound ("over 12,000"): it is
       -- no count, and "+0" read as a day without losses (the chart masked it; the view did not)
       CASE WHEN c.qualifier NOT IN {GS_BOUNDS} AND lag(c.qualifier) OVER w NOT IN {GS_BOUNDS}
            THEN c.value_low - lag(c.value_low) OVER w END AS increment,
       datediff('day', lag(c.stated_on) OVER w, c.stated_on) AS days_since_prev,
       coalesce(c.qualifier NOT IN {GS_BOUNDS} AND lag(c.qualifier) OVER w NOT IN {GS_BOUNDS}
                AND c.value_low < lag(c.value_low) OVER w, false) AS is_negative,
       true AS increment_is_derived,
       max(nullif(regexp_extract(c.notes, '{DIRECTION_NOTE_PATTERN}', 1), '')) OVER (PARTITION BY c.stated_on)
           AS direction,
       c.claim_id
FROM claims c
WHERE c.source = '{GS_SOURCE}'
WINDOW w AS (PARTITION BY c.metric ORDER BY c.stated_on)
"""

IMPORT_OBJECTS_SQL = f"""
{OUTLET_NAMES_DDL}
CREATE TABLE IF NOT EXISTS import_log (
    source_file   VARCHAR PRIMARY KEY,   -- = load_log.source_file
    source        VARCHAR NOT NULL,      -- general-staff, acled, ucdp
    location      VARCHAR,               -- path or URL as given
    content_sha256 VARCHAR,
    imported_at   TIMESTAMP NOT NULL,    -- UTC
    via           VARCHAR NOT NULL,      -- 'import' (python -m etl import) or 'build' (data/sources)
    rows_new      BIGINT NOT NULL,       -- rows inserted or replaced by that run
    warnings      VARCHAR
);
CREATE TABLE IF NOT EXISTS imported_actors (
    actor_id  VARCHAR NOT NULL,          -- actors.actor_id an import created (not in actors.csv)
    source    VARCHAR NOT NULL           -- the importer that created it
);
CREATE TABLE IF NOT EXISTS event_documents (
    event_id  VARCHAR NOT NULL,          -- events.event_id
    doc_id    VARCHAR NOT NULL,          -- documents.doc_id
    ord       INTEGER NOT NULL           -- 1 = events.doc_id
);
CREATE TABLE IF NOT EXISTS import_touched (
    source      VARCHAR NOT NULL,        -- the importer of a one-off import (python -m etl import)
    kind        VARCHAR NOT NULL,        -- 'claim', 'event' or 'report' (another source's claim's)
    id          VARCHAR NOT NULL,        -- the claims.claim_id or events.event_id it set; 'claim_id|doc_id'
    key_hash    UBIGINT NOT NULL,        -- what the row is about (etl.importers.touched)
    before_hash UBIGINT                  -- the figures it replaced there, before any one-off import
);
"""


#: Sides that are parties to the war (the rest give third-party estimates).
WARRING_SIDES: tuple[str, ...] = ("Ukraine", "Russia", "DPRK")

#: Claims by a warring party versus third-party estimates (the casualty page separates them).
#: `claim_warring_flags` holds an explicit per-claim answer where a publisher gives one (The
#: Economist's "data from warring parties" column; `flagged_by` names the importer); otherwise
#: the claimant decides: a warring side and not an independent `analyst` (DeepState, UALosses).
#: The view `claim_party` gives the answer for every claim, with who decided.
CLAIM_PARTY_SQL = f"""
CREATE TABLE IF NOT EXISTS claim_warring_flags (
    claim_id      VARCHAR NOT NULL,   -- claims.claim_id
    warring_party BOOLEAN NOT NULL,   -- true: the figure comes from a warring party itself
    flagged_by    VARCHAR NOT NULL    -- who decided: the importer's source name
);
CREATE OR REPLACE VIEW claim_party AS
SELECT w.claim_id,
       coalesce(f.warring_party,
                w.claimant_side IN {sql_in(WARRING_SIDES)} AND a.kind <> 'analyst')
           AS by_warring_party,
       coalesce(f.flagged_by, 'claimant side') AS decided_by
FROM claims_wide w
JOIN actors a ON a.actor_id = w.claimant_id
LEFT JOIN claim_warring_flags f ON f.claim_id = w.claim_id;
"""


def ensure_import_objects(con: duckdb.DuckDBPyConnection) -> None:
    """Create the importers' tables if absent; (re)create the `gs_daily` and `claim_party` views."""
    con.execute(IMPORT_OBJECTS_SQL)
    con.execute(GS_DAILY_VIEW_SQL)
    con.execute(CLAIM_PARTY_SQL)
