"""`python -m etl build`: validate every input file and publish a new claims database.

Orchestration only: the curated loaders (`etl.curated`, one per `data/*.csv`) run in dependency
order, then the public datasets declared in `data/sources/` (`etl.importers.sources`), then the
dashboard tables are materialised and the file is published atomically (`etl.core.db`).

Idempotent: ids derive from content (slugs the analyst wrote, or hashes of what was claimed), never
from row order or time, so two builds from the same inputs give identical tables (only
`build_info` records when and how long). Every curated table is rebuilt from `data/`; what
`python -m etl import` added to the live database is carried over (`etl.importers.carry`) unless
`--without-imports`, so a build never loses an import (issue 12).
"""

from __future__ import annotations

import time
from pathlib import Path

import duckdb

from etl.core import db, first_start, tempdirs
from etl.core.contract import CURATED_NAMES
from etl.core.lock import writer_lock
from etl.core.report import BuildReport, InputFileError, Progress, StrictModeError
from etl.core.schema import (
    CLAIMS_FLAT_VIEW_SQL,
    check_integrity,
    create_schema,
    refresh_derived,
    write_build_info,
)
from etl.core.staging import insert_quarantine
from etl.curated.claims import load_claims
from etl.importers.carry import carry_imports
from etl.importers.refresh import clean_leftovers
from etl.importers.sources import Step, source_steps
from etl.incremental import (
    DEFAULT_LOADERS,
    FullBuildNeeded,
    Loader,
    build_incremental,
    input_hashes,
    plan,
    record_build,
)

#: The incremental build's loaders of the small files, plus the full claims loader.
_LOADERS: dict[str, Loader] = {**DEFAULT_LOADERS, "claims.csv": load_claims}
#: Input files with their loaders, in dependency order (`etl.core.contract.CURATED_NAMES`).
CURATED_FILES: tuple[tuple[str, Loader], ...] = tuple((name, _LOADERS[name]) for name in CURATED_NAMES)


def _finalise(
    con: duckdb.DuckDBPyConnection,
    report: BuildReport,
    seconds: float,
    data_dir: Path,
    inputs: dict[str, str],
) -> None:
    """Materialise the dashboard table and the view; write quarantine, load log, build info."""
    check_integrity(con)
    refresh_derived(con)
    con.execute(CLAIMS_FLAT_VIEW_SQL)
    insert_quarantine(con, report.quarantine)
    for f in report.files:
        con.execute(
            "INSERT INTO load_log VALUES ($1, $2, $3, $4, $5, $6, $7)",
            [f.label, f.source, f.rows_read, f.rows_loaded, f.rows_quarantined, f.date_min, f.date_max],
        )
    write_build_info(con, seconds)
    record_build(con, data_dir, inputs, "full")  # what the next, incremental build compares
    tables = ("claims", "reports", "documents", "actors", "places", "responses", "events", "quarantine")
    counts = con.execute("SELECT " + ", ".join(f"(SELECT count(*) FROM {t})" for t in tables)).fetchall()[0]
    report.counts.update(zip(tables, counts, strict=True))


def build(
    data_dir: Path = db.DEFAULT_DATA_DIR,
    db_path: Path = db.DEFAULT_DB_PATH,
    strict: bool = False,
    progress: Progress | None = None,
    extra_steps: list[Step] | None = None,
    lock_timeout: float | None = None,
    keep_imports: bool = True,
    incremental: bool = True,
) -> BuildReport:
    """Validate and load every input file in `data_dir`; publish atomically to `db_path`.

    With `incremental` (the default) and a live database recorded by an earlier build, only
    what changed is applied to a copy of it (`etl.incremental`); when that is not possible the
    build is a full one and `report.fallback` says why. Either way the result is the same.

    `extra_steps` default to the public datasets declared in `data_dir/sources/` (and the
    importers' empty tables and views, so every database has them).
    Raises InputFileError for an unreadable file and StrictModeError under `strict` when any
    row was quarantined; in both cases the previously published database is left as it was.
    Holds the writer lock (`etl.core.lock`) throughout; with `keep_imports`, what
    `python -m etl import` added to the live database is kept (`etl.importers.carry`).
    """
    with writer_lock(db_path, lock_timeout):
        tempdirs.clean_stale()  # (round 42) a killed writer's temporary folders go first
        clean_leftovers(data_dir)  # (QA pass 28) and what a killed refresh left in data/sources/
        if incremental and extra_steps is None:
            report = _try_incremental(data_dir, db_path, strict, progress, keep_imports)
            if report.mode == "incremental":
                return report
            fallback = report.fallback
        else:
            fallback = "a full build was asked for" if not incremental else "custom build steps"
        report = _build_locked(data_dir, db_path, strict, progress, extra_steps, keep_imports)
        report.fallback = fallback
        return report


def _try_incremental(
    data_dir: Path, db_path: Path, strict: bool, progress: Progress | None, keep_imports: bool
) -> BuildReport:
    """An incremental build under the writer lock; `mode` stays "full" (with `fallback`) if not."""
    started = time.perf_counter()
    report = BuildReport(db_path=db_path)
    live = db.resolve_live(db_path)
    if live is None or not live.is_file():
        report.fallback = "no published database yet"
        return report
    try:
        the_plan = plan(live, data_dir, keep_imports)  # read-only checks before any copy
        with db.new_build(db_path, copy_from=live) as (con, tmp):
            build_incremental(con, data_dir, report, strict, the_plan, progress, dict(CURATED_FILES))
            report.version_path = Path(str(tmp).removesuffix(".tmp"))
    except (FullBuildNeeded, duckdb.Error) as exc:
        return BuildReport(db_path=db_path, fallback=str(exc).splitlines()[0])
    report.mode = "incremental"
    report.seconds = time.perf_counter() - started
    return report


def _build_locked(
    data_dir: Path,
    db_path: Path,
    strict: bool,
    progress: Progress | None,
    extra_steps: list[Step] | None,
    keep_imports: bool,
) -> BuildReport:
    """`build` under the writer lock: the live database read here is the latest published."""
    started = time.perf_counter()
    report = BuildReport(db_path=db_path)
    live = db.resolve_live(db_path) if keep_imports else None
    if live is not None and live.is_file() and (why := first_start.read_error(live)) is not None:
        # (QA pass 39) the carry step's ATTACH ended in a traceback on a damaged file
        raise InputFileError(first_start.unreadable_message(live, why))
    with db.new_build(db_path, work=db.work_bytes(data_dir)) as (con, tmp):
        try:
            load(db.profiled(con), data_dir, report, strict, progress, extra_steps, carry_from=live)
        except duckdb.Error as exc:
            if live is not None and first_start.damaged(exc, live):  # (QA pass 40: the carry's reads)
                raise InputFileError(first_start.unreadable_message(live, str(exc).splitlines()[0])) from None
            raise
        report.version_path = Path(str(tmp).removesuffix(".tmp"))
    report.seconds = time.perf_counter() - started
    return report


def load(
    con: duckdb.DuckDBPyConnection,
    data_dir: Path,
    report: BuildReport,
    strict: bool = False,
    progress: Progress | None = None,
    extra_steps: list[Step] | None = None,
    carry_from: Path | None = None,
) -> None:
    """Everything a build does on its connection `con` (an empty database), short of publishing.

    Why separate: the rule tests load into an in-memory connection (no file, no publish), and
    the build wraps this in its atomic new-version context. `carry_from` (the live database)
    gives the one-off imports to keep (`etl.importers.carry`).
    """
    started = time.perf_counter()
    say = progress or (lambda _msg: None)
    inputs = input_hashes(data_dir, "")  # before reading: a file saved meanwhile is not "built"
    create_schema(con)
    for name, loader in CURATED_FILES:
        say(f"loading {name}")
        loader(con, data_dir / name, report)
    if extra_steps is None:
        extra_steps = source_steps(data_dir)
    for step in extra_steps:
        step(con, report)
    say("materialising claims_wide")
    # (QA pass 39) --strict is about the analyst's own files: the rows publishers' datasets break
    # (UCDP's low <= best <= high) are kept as published and listed, and nobody here can fix them
    own = {f.label for f in report.files if f.source == "curated"}
    bad = [q for q in report.quarantine if q.source_file in own]
    if strict and bad:
        raise StrictModeError(f"--strict: {len(bad)} row(s) quarantined; first: {bad[0].message()}")
    if carry_from is not None and carry_from.is_file():
        carry_imports(con, carry_from, report)  # after --strict: their quarantine is not this build's
    _finalise(con, report, time.perf_counter() - started, data_dir, inputs)
