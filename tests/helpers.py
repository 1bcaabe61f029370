"""Helpers shared by the test modules (`from tests.helpers import ...`); fixtures are in conftest.

ETL helpers:

- `write_dataset(dir, **files)`: a minimal valid dataset (tests/fixtures/etl/base) with any file's
  text overridden (`claims="..."`, `events=b"..."` for raw bytes, `responses=None` to omit it).
- `claim_row(**fields)` / `claims_csv(*rows)`: one valid claims.csv line with some fields changed,
  and a whole claims.csv text from such lines (header added).
- `query(pointer, sql)`: rows from a published database, through a read-only connection kept for
  the rest of the test (one per published file; conftest closes them after it), or from a connection.
- `build_in_memory(data_dir)`: what a build does, in an in-memory connection (rule tests).
- `copy_build(pointer, dir)`: a copy of a published database behind its own pointer.
- `imported_copy(built_curated_db, dir, source, path)`: such a copy with `path` imported (for
  module-scoped fixtures whose tests only read).

Dashboard helpers: `app_test(db, monkeypatch, page, **url_params)` (the one AppTest builder),
`build_empty(tmp)` (headers only), `PAGES` (every page file) and `ROOT`; `chart_specs(at)`, the
figures a run drew, and `trace_values(v)`, a trace's numbers whether listed or typed-array encoded.

Extraction helpers (the round tests): `numeric_claims(text)`, the extracted claims that carry a
figure, and `read_numeric(body, header=...)`, their (claimant, metric, low, high, qualifier)
under a short wire header.
"""

from __future__ import annotations

import base64
import csv
import io
import json
import os
import re
import shutil
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import duckdb
import numpy as np
import pytest
from streamlit.testing.v1 import AppTest

from claimsdesk import ui
from etl.build import build, load
from etl.core.contract import CLAIMS_INPUT, CURATED_NAMES
from etl.core.db import SMALL_WORK_BYTES, connect_readonly, resolve_live, work_bytes
from etl.core.lock import writer_lock
from etl.core.report import BuildReport
from etl.core.search_index import tokens_sql
from etl.importers.runner import run_import
from etl.importers.sources import Step

PROJECT_ROOT = Path(__file__).resolve().parents[1]

SHARED_DIR = Path(__file__).resolve().parents[2] / "shared"
DEFAULT_DATA_DIR = PROJECT_ROOT / "data"
ETL_FIXTURES_DIR = PROJECT_ROOT / "tests" / "fixtures" / "etl"
BASE_DATASET_DIR = ETL_FIXTURES_DIR / "base"
DATASET_FILES = CURATED_NAMES  # the curated input files, as the ETL names them

CLAIMS_HEADER: tuple[str, ...] = tuple(CLAIMS_INPUT)

#: A valid claim (HUR, at least 30 killed near Plekhovo, reported by doc-a of the base dataset).
VALID_CLAIM: dict[str, str] = {
    "ref": "",
    "claimant": "HUR",
    "channel": "Telegram",
    "stated_on": "2024-12-16",
    "stated_on_precision": "day",
    "claim_type": "casualties",
    "metric": "killed",
    "subject": "DPRK forces",
    "value_low": "30",
    "value_high": "",
    "qualifier": "at_least",
    "basis": "period",
    "period_start": "2024-12-14",
    "period_end": "2024-12-15",
    "places": "Plekhovo",
    "region": "Kursk Oblast",
    "verification": "unverified",
    "documents": "doc-a",
    "quote": "At least 30 were killed.",
    "notes": "",
}


def csv_line(values: list[str] | tuple[str, ...]) -> str:
    """One CSV record (cells with a comma, quote or newline are quoted), without line end."""
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\n").writerow(values)
    return buf.getvalue()[:-1]


def claim_row(**fields: str) -> str:
    """A claims.csv record: `VALID_CLAIM` with `fields` replacing some cells."""
    unknown = set(fields) - set(CLAIMS_HEADER)
    if unknown:
        raise KeyError(f"not claims.csv columns: {sorted(unknown)}")
    row = {**VALID_CLAIM, **fields}
    return csv_line([row[c] for c in CLAIMS_HEADER])


def claims_csv(*rows: str) -> str:
    """A claims.csv text: the header, then `rows` (records or raw text lines) one per line."""
    return "\n".join([",".join(CLAIMS_HEADER), *rows]) + "\n"


def write_dataset(directory: Path, **files: str | bytes | None) -> Path:
    """Write the minimal valid dataset into `directory` (created) and return it.

    The base (tests/fixtures/etl/base) has actors with a parent chain and aliases (HUR, NIS, ...),
    places including both Vorozhbas (vorozhba-kursk, vorozhba-sumy), three documents (doc-a,
    doc-b, doc-c from three outlets), two valid claims and header-only responses and events.
    Override a file with `claims="..."` (or `**{"claims.csv": ...}`): text is written as UTF-8,
    bytes as they are, None removes the file.
    """
    directory = Path(directory)
    directory.mkdir(parents=True, exist_ok=True)
    for name in DATASET_FILES:
        shutil.copyfile(BASE_DATASET_DIR / name, directory / name)
    for key, content in files.items():
        name = key if key.endswith(".csv") else f"{key}.csv"
        if name not in DATASET_FILES:
            raise KeyError(f"not a dataset file: {name}")
        target = directory / name
        if content is None:
            target.unlink()
        elif isinstance(content, bytes):
            target.write_bytes(content)
        else:
            target.write_text(content, encoding="utf-8")
    return directory


@contextmanager
def readonly(pointer: Path) -> Iterator[object]:
    """A read-only connection to the database `pointer` names now; closed on exit."""

    real = resolve_live(Path(pointer))
    assert real is not None, f"no database published at {pointer}"
    con = connect_readonly(real)
    try:
        yield con
    finally:
        con.close()


#: The read-only connections `query` opened during the running test, by published file. A
#: published version is never written again (a build or import publishes a new file), so a test's
#: queries of one version share a connection: opening one costs about 20 ms of CPU (DuckDB starts
#: a database instance), often more than the query. conftest closes them after every test.
_QUERY_CONNECTIONS: dict[Path, duckdb.DuckDBPyConnection] = {}


def query(db: Path | duckdb.DuckDBPyConnection, sql: str, params: list | dict | None = None) -> list[tuple]:
    """All rows of `sql` on the database the pointer `db` names now (or on a connection)."""
    if isinstance(db, duckdb.DuckDBPyConnection):
        return db.cursor().execute(sql, params or []).fetchall()
    real = resolve_live(Path(db))
    assert real is not None, f"no database published at {db}"
    con = _QUERY_CONNECTIONS.get(real)
    if con is None:
        con = _QUERY_CONNECTIONS[real] = connect_readonly(real)
    return con.cursor().execute(sql, params or []).fetchall()


def close_query_connections() -> None:
    """Close the connections `query` opened (after each test: DuckDB caches open instances per
    process, and a test may delete or replace files)."""
    while _QUERY_CONNECTIONS:
        _QUERY_CONNECTIONS.popitem()[1].close()


def build_in_memory(
    data_dir: Path, extra_steps: list[Step] | None = None
) -> tuple[duckdb.DuckDBPyConnection, BuildReport]:
    """Everything `build(data_dir, ...)` does except writing and publishing a file.

    For tests about rules and loading: the same tables, quarantine and report, in about half the
    time of a build to disk. Tests about publishing use `build`. Like a build's connection
    (`etl.core.db.new_build`), inputs below `SMALL_WORK_BYTES` are loaded on one thread.
    """
    small = work_bytes(Path(data_dir)) < SMALL_WORK_BYTES
    con = duckdb.connect(":memory:", config={"threads": 1} if small else {})
    report = BuildReport(db_path=Path(":memory:"))
    load(con, Path(data_dir), report, extra_steps=extra_steps)
    return con, report


# --- dashboard tests ---------------------------------------------------------------------

ROOT = PROJECT_ROOT
PAGES = (
    "pages/1_overview.py",
    "pages/2_casualties.py",
    "pages/3_deployments.py",
    "pages/4_attribution.py",
    "pages/5_map.py",
    "pages/6_explore.py",
    "pages/7_sources.py",
)
HEADERS = {
    "actors.csv": "name,aliases,kind,side,parent\n",
    "places.csv": "place_id,name,aliases,kind,admin2,admin1,country_code,lat,lon,coord_precision,source_url,notes\n",
    "documents.csv": "doc_id,outlet,url,title,published_at,language,tags,notes\n",
    "claims.csv": "ref,claimant,channel,stated_on,stated_on_precision,claim_type,metric,subject,value_low,"
    "value_high,qualifier,basis,period_start,period_end,places,region,verification,documents,quote,notes\n",
    "responses.csv": "responder,stance,about,claims,stated_on,stated_on_precision,documents,quote\n",
    "events.csv": "event_id,title,kind,date_start,date_end,date_precision,place,region,key_event,"
    "fatalities_low,fatalities_best,fatalities_high,source_url,documents,notes\n",
}


def build_empty(tmp: Path) -> Path:
    """Build a dataset whose files have headers and no rows."""
    data = tmp / "empty"
    data.mkdir(parents=True)
    for name, text in HEADERS.items():
        (data / name).write_text(text)
    pointer = tmp / "emptydb" / "claims.duckdb"
    build(data, pointer)
    return pointer


def app_test(
    db: Path,
    monkeypatch: pytest.MonkeyPatch,
    page: str | None = None,
    timeout: float = 60,
    **params: str | list[str],
) -> AppTest:
    """The dashboard (entry file) on database pointer `db`, with URL `params`, run once.

    The one app builder of the AppTest modules: `page` is the page the session opens on, as a
    visitor following a link to it (one run, not the default page's run and then a switch: the
    tests that click from page to page call `at.switch_page` themselves). Fails the test on any
    exception the app raised.
    """
    monkeypatch.setattr(ui, "DB_PATH", db)
    at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=timeout)
    for k, v in params.items():
        at.query_params[k] = v
    if page is not None:
        at.switch_page(page)
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def copy_build(pointer: Path, directory: Path) -> Path:
    """A copy of the database `pointer` publishes, behind its own pointer in `directory`.

    Cheaper than a build: a test that imports into (or otherwise republishes) a database starts
    from the session's one build of data/ without touching it.
    """
    built = resolve_live(pointer)
    assert built is not None, f"no database published at {pointer}"
    (directory / ".versions").mkdir(parents=True)
    shutil.copyfile(built, directory / ".versions" / built.name)
    ptr = directory / "claims.duckdb"
    os.symlink(os.path.join(".versions", built.name), ptr)
    return ptr


def imported_copy(built_curated_db: Path, folder: Path, source: str, path: Path) -> Path:
    """A copy of the run's curated build in `folder` with `path` imported as `source` into it.

    For module-scoped fixtures whose tests only read the result (a test that imports again or
    otherwise republishes takes its own copy: `live`).
    """
    pointer = copy_build(built_curated_db, folder)
    run_import(source, str(path), pointer, show_progress=False)
    return pointer


def with_column(src: Path, dst: Path, extra: str | None = None, rename: dict[str, str] | None = None) -> Path:
    """`src` with one more column `extra` (every cell "helper"), or its header names renamed; every
    other byte of a cell kept (read and written as Latin-1, so a row that is not UTF-8 stays so)."""
    with src.open(encoding="latin-1", newline="") as fh:
        rows = list(csv.reader(fh))
    rows[0] = [(rename or {}).get(h, h) for h in rows[0]]
    if extra is not None:
        rows = [[*rows[0], extra], *([*r, "helper"] for r in rows[1:])]
    with dst.open("w", encoding="latin-1", newline="") as fh:
        csv.writer(fh, lineterminator="\n").writerows(rows)
    return dst


WIRE_HEADER = "Wire\n\nMarch 3, 2025\n\nTitle\n\n"


def numeric_claims(text: str) -> list[dict[str, object]]:
    """The extracted claims that carry a figure (what the numeric score counts)."""
    from etl.extract import extract

    return [c for c in extract(text).claims if c["value_low"] is not None or c["value_high"] is not None]


def one_claim(text: str, value: int) -> dict[str, Any]:
    """The one extracted claim of `text` whose figure starts at `value` (fails if none or several)."""
    from etl.extract import extract

    got = [c for c in extract(text).claims if c["value_low"] == value]
    assert len(got) == 1, got
    return got[0]


def read_numeric(body: str, header: str = WIRE_HEADER) -> list[tuple[object, ...]]:
    """(claimant, metric, low, high, qualifier) of each figure in `body` under a dated header."""
    return [
        (c["claimant"], c["metric"], c["value_low"], c["value_high"], c["qualifier"])
        for c in numeric_claims(header + body)
    ]


def trace_values(v: dict[str, str] | list[float]) -> list[float]:
    """A trace's numbers as a spec holds them: a list, or Plotly's typed array (base64 `bdata`)."""
    if isinstance(v, dict):
        return np.frombuffer(base64.b64decode(v["bdata"]), dtype=v["dtype"]).tolist()
    return [float(x) for x in v]


def chart_specs(at: AppTest) -> list[dict[str, Any]]:
    """The Plotly spec of every chart on the page, in order (as claimsdesk.chartview sends it)."""
    return [
        json.loads(json.loads(el.proto.json)["spec"])
        for el in at.get("bidi_component")
        if el.proto.component_name == "claimsdesk.chart"
    ]


def bundled_traces() -> set[str]:
    """The trace types claimsdesk/plotly_bundle/entry.js registers (scatter is in the core)."""
    entry = (ROOT / "claimsdesk" / "plotly_bundle" / "entry.js").read_text(encoding="utf-8")
    return {"scatter", *re.findall(r'require\("plotly\.js/lib/(\w+)"\)', entry)} - {"core"}


def caseless_data(directory: Path) -> Path:
    """A data folder with data/'s actors and places but no events or claims: no case's days, so
    a date line without a year is read by the rule alone (`etl.extract.document._likely_year`)."""
    directory.mkdir(parents=True, exist_ok=True)
    for name in ("actors.csv", "places.csv"):
        shutil.copyfile(DEFAULT_DATA_DIR / name, directory / name)
    return directory


def as_shown(markdown: str) -> str:
    """The text a Markdown element shows for `markdown` whose special characters are escaped
    (`claimsdesk.filters.markdown_literal`): its backslashes taken away."""
    return re.sub(r"\\(.)", r"\1", markdown)


@contextmanager
def lock_held(pointer: Path) -> Iterator[None]:
    """Another writer (a thread of this process) holds `pointer`'s writer lock for the body."""
    release, held = threading.Event(), threading.Event()

    def hold() -> None:
        with writer_lock(pointer, on_wait=None):
            held.set()
            release.wait(60)

    other = threading.Thread(target=hold, daemon=True)
    other.start()
    assert held.wait(10), "the other writer never got the lock"
    try:
        yield
    finally:
        release.set()
        other.join(10)


#: Columns that record when, not what: a full build re-imports declared sources at its own time.
SKIP_COLUMNS = {("import_log", "imported_at")}
#: Tables whose `row_id` points at a claims_wide row.
ROW_ID_TABLES = ("quote_tokens", "figure_cube", "war_cube")


def table_hashes(db_file: Path) -> dict[str, tuple[int, int]]:
    """(row count, order-independent hash of all rows) per table, build_info excepted: what an
    incremental build or an import must leave equal to a full build of the same inputs.

    `quote_tokens.row_id`, `figure_cube.row_id` and `war_cube.row_id` are physical pointers into
    claims_wide (row order differs between the two builds); they are compared through what they
    point at: the claim id at that row must match (quote_tokens: hashed with its token), and
    quote_tokens must hold exactly the words of every claims_wide row's quote.
    """
    con = duckdb.connect(str(db_file), read_only=True)
    try:
        tables = [r[0] for r in con.execute("SELECT table_name FROM duckdb_tables() ORDER BY 1").fetchall()]
        out: dict[str, tuple[int, int]] = {}
        for t in tables:
            if t == "build_info":
                continue
            cols = [
                r[0]
                for r in con.execute(
                    "SELECT column_name FROM duckdb_columns() WHERE table_name = $1 ORDER BY column_index",
                    [t],
                ).fetchall()
                if (t, r[0]) not in SKIP_COLUMNS and not (t in ROW_ID_TABLES and r[0] == "row_id")
            ]
            expr = "hash(" + ", ".join(f't."{c}"' for c in cols) + ")"
            frm = f"{t} t"
            if t == "quote_tokens":  # a word and the claim its row id points at
                expr = "hash(t.token, w.claim_id)"
                frm = "quote_tokens t LEFT JOIN claims_wide w ON w.rowid = t.row_id"
            n, h = con.execute(f"SELECT count(*), coalesce(sum({expr}), 0) FROM {frm}").fetchall()[0]
            out[t] = (int(n), int(h))
        index = "SELECT token, row_id FROM quote_tokens"
        bad = con.execute(
            f"SELECT count(*) FROM (({index}) EXCEPT ALL ({tokens_sql()})) "
            f"UNION ALL SELECT count(*) FROM (({tokens_sql()}) EXCEPT ALL ({index}))"
        ).fetchall()
        out["quote_tokens rows that are not the words of their claims_wide row"] = (
            int(bad[0][0]) + int(bad[1][0]),
            0,
        )
        for t in ("figure_cube", "war_cube"):
            bad = con.execute(
                f"SELECT count(*) FROM {t} f LEFT JOIN claims_wide w ON w.rowid = f.row_id "
                "WHERE w.claim_id IS DISTINCT FROM f.claim_id"
            ).fetchall()[0][0]
            out[f"{t} row ids that do not point at their claim"] = (int(bad), 0)
        return out
    finally:
        con.close()
