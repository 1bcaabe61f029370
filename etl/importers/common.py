"""What the importers share: input files, download, CSV reading, upserts and the import log.

Every importer follows the build's nothing-lost rule per input file: rows read = rows loaded +
rows quarantined (a `FileResult` in the report and a `load_log` row), and a failed row is kept in
`quarantine` with its row number, field and reason. Writes are bulk (DataFrames registered with
DuckDB, then INSERT ... SELECT), never one INSERT per row.

Idempotence: every id derives from content (General Staff: source, date and metric; ACLED and
UCDP: the publisher's event id; documents: outlet or article text). An import inserts rows whose
id is new, replaces rows whose content changed, and leaves identical rows alone, so importing
the same file twice changes nothing and a newer file with more days adds only the new days.
"""

from __future__ import annotations

import codecs
import csv
import datetime as dt
import hashlib
import http.client
import io
import json
import re
import sys
import tempfile
import time
import unicodedata
import urllib.error
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import parse_qsl, urlencode, urlparse, urlsplit, urlunsplit

import duckdb
import pandas as pd

from etl.importers.limits import (
    DEADLINE_ENV,
    MAX_MB_ENV,
    READ_TIMEOUT_S,
    DownloadLimits,
    download_limits,
    new_import_tempdir,
)
from etl.schema import insert_claims_wide
from etl.staging import InputFileError, Quarantined

DOWNLOAD_TIMEOUT_S = READ_TIMEOUT_S  # per read; the whole download: see etl.importers.limits


class ImportInputError(InputFileError):
    """An input that cannot be imported at all (missing, unreadable, wrong shape, offline)."""


@dataclass(frozen=True)
class SourceFile:
    """One input file: where it is on disk, its stable label, and where it came from."""

    path: Path
    label: str  # load_log.source_file: the file name, or the URL it was downloaded from
    location: str  # the path or URL as given


@dataclass
class Outcome:
    """What an importer did with one file, beyond the FileResult counts."""

    label: str
    source: str
    location: str
    sha256: str
    rows_new: int = 0  # rows inserted or replaced (0 when the same file is imported again)
    warnings: list[str] = field(default_factory=list)


def is_url(text: str) -> bool:
    return text.lower().startswith(("http://", "https://"))


_SECRET_PARAMS = {"key", "api_key", "apikey", "token", "access_token", "password", "secret",
                  "email"}


def public_url(url: str) -> str:
    """`url` safe to store and show: credentials in it (user:password@, key=, token=, email=,
    as in ACLED API URLs) are replaced by ***."""
    parts = urlsplit(url)
    netloc = parts.netloc.rsplit("@", 1)[-1]
    if "@" in parts.netloc:
        netloc = "***@" + netloc
    query = urlencode(
        [(k, "***" if k.lower() in _SECRET_PARAMS else v)
         for k, v in parse_qsl(parts.query, keep_blank_values=True)],
        safe="*",
    )
    return urlunsplit((parts.scheme, netloc, parts.path, query, parts.fragment))


def sha256_file(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def slug(text: str, sep: str = "-") -> str:
    """ASCII slug of a name (accents dropped); empty when nothing ASCII is left."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", sep, ascii_text.lower()).strip(sep)


def short_hash(text: str, n: int = 12) -> str:
    return hashlib.md5(text.encode("utf-8")).hexdigest()[:n]


# --------------------------------------------------------------------------------------------
# Download
# --------------------------------------------------------------------------------------------


def download(
    url: str, dest_dir: Path, show_progress: bool = True, limits: DownloadLimits | None = None
) -> Path:
    """Download `url` into `dest_dir` with a progress bar on stderr; ImportInputError if it fails.

    One-line messages: offline, refused, timed out, HTTP status, truncated body, over the
    deadline or the size cap (`etl.importers.limits`). A failed download leaves no file behind.
    """
    from tqdm import tqdm

    lim = limits or download_limits()
    shown = public_url(url)
    name = Path(urlparse(url).path).name or "download"
    dest = dest_dir / re.sub(r"[^A-Za-z0-9._-]+", "_", name)
    req = urllib.request.Request(url, headers={"User-Agent": "claims-desk-etl/1"})
    got = 0
    started = time.monotonic()
    try:
        with urllib.request.urlopen(req, timeout=min(READ_TIMEOUT_S, lim.deadline_s)) as resp:
            length = resp.headers.get("Content-Length")
            total = int(length) if length and length.isdigit() else None
            if total is not None and total > lim.max_bytes:
                raise ImportInputError(
                    f"cannot download {shown}: {total:,} bytes is over the size cap of "
                    f"{lim.max_mb:g} MB ({MAX_MB_ENV} or download_max_mb)"
                )
            with (
                dest.open("wb") as out,
                tqdm(total=total, unit="B", unit_scale=True, desc=name, file=sys.stderr,
                     disable=not show_progress, leave=False) as bar,
            ):
                while True:
                    left = lim.deadline_s - (time.monotonic() - started)
                    if left <= 0:
                        raise TimeoutError("deadline")
                    _set_read_timeout(resp, min(READ_TIMEOUT_S, left))
                    chunk = resp.read1(1 << 16)
                    if not chunk:
                        break
                    out.write(chunk)
                    got += len(chunk)
                    bar.update(len(chunk))
                    if got > lim.max_bytes:
                        raise ImportInputError(
                            f"cannot download {shown}: the body is over the size cap of "
                            f"{lim.max_mb:g} MB ({MAX_MB_ENV} or download_max_mb)"
                        )
    except ImportInputError:
        dest.unlink(missing_ok=True)
        raise
    except urllib.error.HTTPError as exc:
        dest.unlink(missing_ok=True)
        raise ImportInputError(f"cannot download {shown}: HTTP {exc.code} {exc.reason}") from None
    except (TimeoutError, OSError, http.client.HTTPException) as exc:
        dest.unlink(missing_ok=True)
        took = time.monotonic() - started
        if took >= lim.deadline_s - 0.05:
            raise ImportInputError(
                f"cannot download {shown}: not finished after {lim.deadline_s:g} s, got "
                f"{got:,} bytes ({DEADLINE_ENV} or download_deadline_s)"
            ) from None
        reason = exc.reason if isinstance(exc, urllib.error.URLError) else exc
        raise ImportInputError(
            f"cannot download {shown}: {reason or type(exc).__name__} (offline or unreachable?)"
        ) from None
    if total is not None and got < total:
        dest.unlink(missing_ok=True)
        raise ImportInputError(f"cannot download {shown}: got {got} of {total} bytes")
    return dest


def _set_read_timeout(resp: object, seconds: float) -> None:
    """Bound the next socket read by `seconds` (so the overall deadline holds within a read)."""
    raw = getattr(getattr(resp, "fp", None), "raw", None)
    sock = getattr(raw, "_sock", None)
    if sock is not None:
        sock.settimeout(max(0.05, seconds))


# --------------------------------------------------------------------------------------------
# CSV reading: by header name, any quoting, encoding fallback per row
# --------------------------------------------------------------------------------------------


def _decode_lenient(raw: bytes) -> tuple[str, set[int]]:
    """Text of `raw` and the 1-based physical lines that were not UTF-8.

    Such lines are decoded as Windows-1252 (the usual culprit), else Latin-1 (never fails), so a
    stray byte costs one character, never the row.
    """
    try:
        return raw.decode("utf-8"), set()
    except UnicodeDecodeError:
        pass
    parts: list[str] = []
    bad: set[int] = set()
    for i, line in enumerate(raw.splitlines(keepends=True), start=1):
        try:
            parts.append(line.decode("utf-8"))
        except UnicodeDecodeError:
            bad.add(i)
            try:
                parts.append(line.decode("cp1252"))
            except UnicodeDecodeError:
                parts.append(line.decode("latin-1"))
    return "".join(parts), bad


@dataclass
class CsvTable:
    """A CSV read by header name: all cells as text, one DataFrame row per record."""

    frame: pd.DataFrame  # columns: lower-cased header names, plus _row and _recoded
    header: list[str]
    rows_read: int
    quarantine: list[Quarantined]


def read_csv_records(path: Path, label: str, known: set[str]) -> CsvTable:
    """Read every record of a CSV export; rows with the wrong column count are quarantined.

    Header names are matched case-insensitively (BOM and spaces stripped). Quoted cells may hold
    commas, quotes and newlines. `_row` is the spreadsheet row (header = 1; a multi-line record
    is one row); `_recoded` says the row had bytes that were not UTF-8 (decoded as cp1252).
    Columns in `known` that the file lacks are added empty, so SQL can name them all.
    """
    if not path.is_file():
        raise ImportInputError(f"{label}: file not found")
    text, bad_lines = _decode_lenient(path.read_bytes())
    text = text.removeprefix(codecs.BOM_UTF8.decode("utf-8"))
    csv.field_size_limit(1 << 30)
    reader = csv.reader(io.StringIO(text, newline=""))
    try:
        header_raw = next(reader)
    except StopIteration:
        raise ImportInputError(f"{label}: empty file (no header row)") from None
    except csv.Error as exc:
        raise ImportInputError(f"{label}, row 1 (header): {exc}") from None
    header: list[str] = []
    seen: dict[str, int] = {}
    for h in header_raw:
        key = h.strip().lower() or "unnamed"
        seen[key] = seen.get(key, 0) + 1
        header.append(key if seen[key] == 1 else f"{key}_{seen[key]}")
    ncol = len(header)
    columns: list[list[str | None]] = [[] for _ in range(ncol)]
    rows: list[int] = []
    recoded: list[bool] = []
    quarantine: list[Quarantined] = []
    rows_read = 0
    row_no = 1
    prev_line = reader.line_num
    while True:
        try:
            rec = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            # An unparseable record (e.g. a NUL byte): report it, keep reading.
            row_no += 1
            rows_read += 1
            quarantine.append(Quarantined(label, row_no, None, None, f"unreadable CSV: {exc}",
                                          None))
            prev_line = reader.line_num
            continue
        first_line, prev_line = prev_line + 1, reader.line_num
        if not rec or (len(rec) == 1 and rec[0] == "" and ncol > 1):
            continue  # a blank line is not a row
        row_no += 1
        rows_read += 1
        if len(rec) != ncol:
            quarantine.append(
                Quarantined(label, row_no, None, None,
                            f"wrong column count (expected {ncol}, found {len(rec)})",
                            ",".join(rec)[:2000])
            )
            continue
        for j, cell in enumerate(rec):
            columns[j].append(cell if cell.strip() != "" else None)
        rows.append(row_no)
        recoded.append(any(n in bad_lines for n in range(first_line, prev_line + 1)))
    data: dict[str, object] = {h: pd.array(col, dtype=object) for h, col in zip(header, columns, strict=True)}
    for k in sorted(known - set(header)):
        data[k] = pd.array([None] * len(rows), dtype=object)
    data["_row"] = pd.array(rows, dtype="int64")
    data["_recoded"] = pd.array(recoded, dtype="bool")
    frame = pd.DataFrame(data)
    return CsvTable(frame=frame, header=header, rows_read=rows_read, quarantine=quarantine)


def split_outlets(cell: str | None) -> list[str]:
    """Split a `;`-joined source cell, respecting double quotes; items trimmed, unquoted, unique."""
    if not isinstance(cell, str) or not cell.strip():
        return []
    items: list[str] = []
    buf: list[str] = []
    quoted = False
    for ch in cell:
        if ch == '"':
            quoted = not quoted
            buf.append(ch)
        elif ch == ";" and not quoted:
            items.append("".join(buf))
            buf = []
        else:
            buf.append(ch)
    items.append("".join(buf))
    out: list[str] = []
    for it in items:
        it = it.strip()
        if len(it) >= 2 and it[0] == '"' and it[-1] == '"':
            it = it[1:-1].strip()
        if it and it not in out:
            out.append(it)
    return out


# --------------------------------------------------------------------------------------------
# Objects the importers own: import_log, event_documents, gs_daily
# --------------------------------------------------------------------------------------------

GS_SOURCE = "general-staff"

GS_DAILY_VIEW_SQL = f"""
CREATE OR REPLACE VIEW gs_daily AS
SELECT c.stated_on AS date,
       c.metric,
       c.claim_type,
       c.value_low AS cumulative,
       c.qualifier,
       lag(c.stated_on) OVER w AS prev_date,
       lag(c.value_low) OVER w AS prev_cumulative,
       c.value_low - lag(c.value_low) OVER w AS increment,
       datediff('day', lag(c.stated_on) OVER w, c.stated_on) AS days_since_prev,
       coalesce(c.value_low < lag(c.value_low) OVER w, false) AS is_negative,
       true AS increment_is_derived,
       max(c.region) OVER (PARTITION BY c.stated_on) AS direction,
       c.claim_id
FROM claims c
WHERE c.source = '{GS_SOURCE}'
WINDOW w AS (PARTITION BY c.metric ORDER BY c.stated_on)
"""

IMPORT_OBJECTS_SQL = """
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
CREATE TABLE IF NOT EXISTS event_documents (
    event_id  VARCHAR NOT NULL,          -- events.event_id
    doc_id    VARCHAR NOT NULL,          -- documents.doc_id
    ord       INTEGER NOT NULL           -- 1 = events.doc_id
);
"""


def ensure_import_objects(con: duckdb.DuckDBPyConnection) -> None:
    """Create the importers' tables if absent and (re)create the `gs_daily` view."""
    con.execute(IMPORT_OBJECTS_SQL)
    con.execute(GS_DAILY_VIEW_SQL)


def record_imports(
    con: duckdb.DuckDBPyConnection, outcomes: list[Outcome], via: str
) -> None:
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


def write_load_records(con: duckdb.DuckDBPyConnection, report: object) -> None:
    """Replace load_log and quarantine rows of the files in `report` (import mode only).

    In a build, `etl.build` writes them itself from the same report.
    """
    files = report.files  # type: ignore[attr-defined]
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
    q = report.quarantine  # type: ignore[attr-defined]
    if q:
        qdf = pd.DataFrame(
            {
                "source_file": [x.source_file for x in q],
                "row_number": pd.array([x.row_number for x in q], dtype="Int64"),
                "field": pd.array([x.field for x in q], dtype=object),
                "value": pd.array([x.value for x in q], dtype=object),
                "reason": [x.reason for x in q],
                "raw_row": pd.array([x.raw_row for x in q], dtype=object),
            }
        )
        con.register("imp_q", qdf)
        try:
            con.execute(
                "INSERT INTO quarantine SELECT source_file, row_number, field, value, reason, "
                "raw_row FROM imp_q"
            )
        finally:
            con.unregister("imp_q")


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


def upsert_claims(con: duckdb.DuckDBPyConnection, staged: str, changed_docs: list[str]) -> int:
    """Bring claims, claim_places, reports and claims_wide in line with the staged claims.

    `staged` has the `claims` columns (see CLAIM_COLS, `notes` excluded: the importer computes
    it afterwards), `place_ids` VARCHAR[] (ordered) and `doc_id`. Returns the number of claims
    inserted or replaced.
    """
    con.execute(
        f"""
        CREATE OR REPLACE TEMP TABLE imp_changed AS
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
        """
    )
    n_changed = con.execute("SELECT count(*) FROM imp_changed").fetchall()[0][0]  # type: ignore[index]
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
    con.execute("INSERT INTO reports SELECT claim_id, doc_id, NULL FROM imp_new_reports")
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
    n = con.execute("SELECT count(*) FROM imp_changed_ev").fetchall()[0][0]  # type: ignore[index]
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


def new_tempdir() -> tempfile.TemporaryDirectory[str]:
    """A temporary folder named with the pid; folders of dead processes are removed first."""
    return new_import_tempdir()


# --------------------------------------------------------------------------------------------
# Row checks for CSV imports: SQL rules → quarantine entries
# --------------------------------------------------------------------------------------------


def rule(cond: str, fld: str, reason: str, value: str) -> str:
    """SQL: a (field, value, reason) struct when `cond` holds, else NULL (all SQL from code)."""
    return (
        f"CASE WHEN {cond} THEN struct_pack(field := '{fld}', value := CAST({value} AS VARCHAR), "
        f"reason := {reason}) END"
    )


def errs_sql(*rules: str) -> str:
    return "list_filter([" + ",\n            ".join(rules) + "], lambda e: e IS NOT NULL)"


def stage_frame(con: duckdb.DuckDBPyConnection, frame: pd.DataFrame, table: str) -> None:
    """Copy a CsvTable frame into temp table `table`: every cell VARCHAR (trimmed, '' → NULL).

    Columns whose name starts with `_` (added by the importer) are copied as they are.
    """
    con.register(f"{table}_df", frame)
    try:
        con.execute(
            f"""
            CREATE OR REPLACE TEMP TABLE {table} AS
            SELECT nullif(trim(CAST(COLUMNS(lambda c: NOT starts_with(c, '_')) AS VARCHAR)), ''),
                   CAST(_row AS BIGINT) AS _row, CAST(_recoded AS BOOLEAN) AS _recoded,
                   COLUMNS(lambda c: starts_with(c, '_') AND c NOT IN ('_row', '_recoded'))
            FROM {table}_df
            """
        )
    finally:
        con.unregister(f"{table}_df")


def collect_errors(
    con: duckdb.DuckDBPyConnection, checked: str, src: str, label: str
) -> list[Quarantined]:
    """Quarantine entries for rows of `checked` (columns _row, errs) that broke a rule."""
    rows = con.execute(
        f"""
        SELECT c._row, c.errs, to_json(s) AS raw
        FROM {checked} c JOIN {src} s USING (_row)
        WHERE len(c.errs) > 0 ORDER BY c._row
        """
    ).fetchall()
    out: list[Quarantined] = []
    for row_no, errs, raw in rows:
        first = errs[0]
        try:  # the row as read, without the importer's own helper columns
            cells = json.loads(raw) if isinstance(raw, str) else dict(raw)
            raw = json.dumps({k: v for k, v in cells.items() if not k.startswith("_")},
                             ensure_ascii=False)
        except (TypeError, ValueError):
            raw = str(raw)
        reason = "; ".join(
            f"{e['field']}: {e['reason']}" if len(errs) > 1 else e["reason"] for e in errs
        )
        out.append(Quarantined(label, int(row_no), first["field"], first["value"], reason, raw))
    return out


def int_rules(col: str, label: str | None = None) -> list[str]:
    """A non-empty cell that must be a whole number >= 0."""
    name = label or col
    return [
        rule(f"{col} IS NOT NULL AND try_cast({col} AS BIGINT) IS NULL", name,
             f"'''' || {col} || ''' is not a whole number'", col),
        rule(f"try_cast({col} AS BIGINT) < 0", name, "'cannot be negative'", col),
    ]


def coord_rules(lat: str, lon: str) -> list[str]:
    return [
        rule(f"{lat} IS NOT NULL AND (try_cast({lat} AS DOUBLE) IS NULL "
             f"OR NOT try_cast({lat} AS DOUBLE) BETWEEN -90 AND 90)", "latitude",
             f"'''' || {lat} || ''' is not a latitude (-90..90)'", lat),
        rule(f"{lon} IS NOT NULL AND (try_cast({lon} AS DOUBLE) IS NULL "
             f"OR NOT try_cast({lon} AS DOUBLE) BETWEEN -180 AND 180)", "longitude",
             f"'''' || {lon} || ''' is not a longitude (-180..180)'", lon),
    ]


def outlet_documents(
    cells: pd.Series, source: str, make: object
) -> tuple[list[list[str]], pd.DataFrame]:
    """Per row, the doc_ids of its `;`-split source cell; and the documents they name.

    `make(item, index, row_cells)` returns a document dict for one item (with `doc_id`). Each
    distinct cell is split once.
    """
    cache: dict[object, list[str]] = {}
    docs: dict[str, dict] = {}
    per_row: list[list[str]] = []
    for cell in cells:
        key = cell if isinstance(cell, str) else None
        if key not in cache:
            ids: list[str] = []
            for i, item in enumerate(split_outlets(cell)):
                d = make(item, i)  # type: ignore[operator]
                if d["doc_id"] not in ids:
                    ids.append(d["doc_id"])
                docs.setdefault(d["doc_id"], d)
            cache[key] = ids
        per_row.append(cache[key])
    frame = pd.DataFrame(
        list(docs.values()),
        columns=["doc_id", "outlet", "url", "title", "published_at", "language", "tags",
                 "content_hash", "source", "notes"],
    )
    if not frame.empty:
        frame["source"] = source
    return per_row, frame


def used_documents(con: duckdb.DuckDBPyConnection, staged: str, docs: pd.DataFrame) -> pd.DataFrame:
    """The documents named by rows of `staged` (column doc_ids) only."""
    if docs.empty:
        return docs
    used = {r[0] for r in con.execute(
        f"SELECT DISTINCT unnest(doc_ids) FROM {staged}").fetchall()}
    return docs[docs["doc_id"].isin(used)].reset_index(drop=True)


def start_event_import(
    con: duckdb.DuckDBPyConnection,
    prefix: str,
    source: str,
    sf: SourceFile,
    table: CsvTable,
    known: set[str],
    source_col: str,
    make_doc: Callable[[str, int], dict],
) -> tuple[Outcome, pd.DataFrame]:
    """The common start of an event import (ACLED, UCDP), after its header check.

    Notes unknown columns as warnings, turns the source field into documents, and stages the
    rows as `<prefix>_src`. Returns the outcome to fill and the documents the rows may use.
    """
    outcome = Outcome(sf.label, source, sf.location, sha256_file(sf.path))
    unknown = [h for h in table.header if h not in known]
    if unknown:
        outcome.warnings.append("unknown column(s) ignored: " + ", ".join(unknown))
    frame = table.frame
    doc_ids, docs = outlet_documents(frame[source_col], source, make_doc)
    frame["_doc_ids"] = ["\n".join(ids) for ids in doc_ids]
    stage_frame(con, frame, f"{prefix}_src")
    return outcome, docs


def finish_event_import(
    con: duckdb.DuckDBPyConnection,
    prefix: str,
    source: str,
    sf: SourceFile,
    table: CsvTable,
    docs: pd.DataFrame,
    outcome: Outcome,
    report: object,
) -> Outcome:
    """The common end of an event import (ACLED, UCDP) whose rows are staged in `<prefix>_stage`.

    Upserts the documents the events use and the events themselves, then records the file's
    quarantine and counts (rows read = loaded + quarantined) in the build report.
    """
    from etl.build import FileResult  # etl.build imports the sources lazily; keep it that way

    stage = f"{prefix}_stage"
    con.execute(f"ALTER TABLE {stage} ADD COLUMN doc_id VARCHAR")
    con.execute(f"UPDATE {stage} SET doc_id = doc_ids[1] WHERE len(doc_ids) > 0")
    upsert_documents(con, used_documents(con, stage, docs))
    outcome.rows_new = upsert_events(con, stage)
    quarantine = sorted(
        table.quarantine + collect_errors(con, f"{prefix}_chk", f"{prefix}_src", sf.label),
        key=lambda q: q.row_number or 0,
    )
    loaded, dmin, dmax = con.execute(
        f"SELECT count(*), min(date_start), max(date_start) FROM {stage}"
    ).fetchall()[0]
    report.quarantine.extend(quarantine)  # type: ignore[attr-defined]
    report.files.append(  # type: ignore[attr-defined]
        FileResult(sf.label, source, table.rows_read, int(loaded), len(quarantine), dmin, dmax)
    )
    return outcome
