"""Build the database once on first start, however many visitors (or processes) arrive at once.

Why: a hosted link is opened by many people at once, and a fresh deployment has no database yet.
The first visitor builds it under an exclusive `fcntl.flock` on a lock file beside the database
pointer; the lock holds across threads, sessions and server processes (several Streamlit
processes behind a proxy share one data directory). Everyone else waits for the lock, finds the
published database and goes on. No Streamlit here: the caller shows the progress.

The build itself is passed in (`etl.build.build`, by the dashboard's entry file and by
`python -m etl first-start`), so this core module depends on nothing outside `etl.core`.
"""

from __future__ import annotations

import fcntl
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import duckdb

from etl.core import db
from etl.core.contract import BUILD_FORMAT
from etl.core.schema import missing_columns

Build = Callable[[Path, Path], object]


#: (QA pass 39) What to run when the published file cannot be read: a build carries the one-off
#: imports over from it (`python -m etl build`, with or without `--full`, failed on it too), so
#: only a build from data/ alone replaces it.
REBUILD_UNREADABLE = (
    "rebuild it from data/ alone with `python -m etl build --without-imports` (its one-off imports "
    "cannot be carried over: import their files again)"
)


#: DuckDB's file header: three 4 KiB blocks before the data blocks.
_HEADER_BYTES = 3 * 4096


@dataclass(frozen=True)
class Published:
    """What a published file says of itself, read in one read-only connection."""

    #: Why it cannot be read (DuckDB's first line, or a size short of its blocks), else None.
    error: str | None = None
    #: The columns of this release's tables it lacks, as "table.column" (QA passes 37-38: a page
    #: and an import failed on a database of an older release: `responses.notes`, `reports.ord`).
    missing: list[str] = field(default_factory=list)
    #: The build format it records (`BUILD_FORMAT`), if any.
    build_format: str | None = None


def _blocks_in_use(con: duckdb.DuckDBPyConnection, used: int) -> int:
    """How many blocks the file must hold: one past the highest block a table's data or the
    metadata is in, and at least as many as are in use (`used`, total less free).

    Why not the header's total: a checkpoint leaves free blocks at the end of the file off it
    (QA pass 42 #1: after a few incremental builds the file was 113 blocks of a total of 119, 35
    of them free, and every writer refused a whole database as "cut short")."""
    last = -1
    tables = con.execute(
        "SELECT table_name FROM duckdb_tables() WHERE database_name = current_database()"
    ).fetchall()
    for (name,) in tables:
        # (the table names are the file's own catalog's; pragma_storage_info takes a constant)
        literal = "'" + str(name).replace("'", "''") + "'"
        row = con.execute(
            f"SELECT max(block_id) FROM pragma_storage_info({literal}) WHERE block_id >= 0"
        ).fetchone()
        if row is not None and row[0] is not None:
            last = max(last, int(row[0]))
    meta = con.execute("SELECT max(block_id) FROM pragma_metadata_info()").fetchone()
    if meta is not None and meta[0] is not None:
        last = max(last, int(meta[0]))
    return max(last + 1, used)


def inspect(live: Path) -> Published:
    """Read the published file `live`'s columns, size and build format once. A file cut short
    (QA pass 40: `truncate -s 300000`) opens, and its catalog reads, until a query reaches a
    missing block: it is found by its size against the blocks its data and metadata are in."""
    try:
        with db.connect_readonly(live) as con:
            missing = missing_columns(con)
            row = con.execute("PRAGMA database_size").fetchall()[0]
            blocks = _blocks_in_use(con, int(row[3]) - int(row[5]))  # total_blocks - free_blocks
            found = (
                con.execute("SELECT value FROM build_info WHERE key = 'incremental_format'").fetchall()
                if not missing
                else []
            )
    except duckdb.Error as exc:
        return Published(error=str(exc).splitlines()[0])
    need = _HEADER_BYTES + int(row[2]) * blocks  # block_size * the blocks it must hold
    size = live.stat().st_size
    if size < need:
        return Published(error=f"the file is {size:,} bytes, cut short of the {need:,} its blocks take")
    return Published(missing=missing, build_format=found[0][0] if found else None)


def read_error(live: Path) -> str | None:
    """Why the published file `live` cannot be read, or None when it can (`inspect`)."""
    return inspect(live).error


def damaged(exc: BaseException, *files: Path) -> bool:
    """Whether DuckDB's error `exc` is about reading one of `files` (a damaged database), not a
    query's own fault or another file's: a writer says so in one line, never a traceback."""
    return isinstance(exc, duckdb.IOException) and any(f.name in str(exc) for f in files)


def unreadable_message(live: Path, why: str) -> str:
    """The one line every writer and first-start print for a published file they cannot read."""
    return f"the published database {live} cannot be read ({why}): {REBUILD_UNREADABLE}"


def is_current_file(live: Path) -> bool:
    """Whether the published file `live` has every column of this release's tables and records
    this release's build format (`BUILD_FORMAT`: QA pass 40, a database built before publication
    times were stored in UTC showed them labelled UTC, unconverted, until a build). One that
    cannot be read at all counts as current: the dashboard says so (`claimsdesk.ui.is_unreadable`)
    and nothing rebuilds it."""
    found = inspect(live)
    if found.error is not None:
        return True
    return not found.missing and found.build_format in (None, BUILD_FORMAT)


def is_current(db_path: Path) -> bool:
    """Whether a database of this release is published at `db_path` (`is_current_file`)."""
    live = db.resolve_live(db_path)
    return live is not None and is_current_file(live)


def lock_path(db_path: Path) -> Path:
    """The lock file guarding the first build of `db_path` (a hidden file beside the pointer)."""
    return db_path.with_name(f".{db_path.name}.first-start.lock")


def build_once(
    data_dir: Path,
    db_path: Path,
    build: Build,
    on_wait: Callable[[], None] | None = None,
    poll_seconds: float = 0.25,
) -> bool:
    """Make sure a database of this release is published at `db_path` (`is_current`); if none
    is, `build(data_dir, db_path)`.

    Returns True when this call built it. `on_wait` is called once if another thread or process
    is building right now (so the caller can say so); the call then returns when that build is
    published. If that build fails, the lock is released and this call builds instead.
    """
    if is_current(db_path):
        return False
    db_path.parent.mkdir(parents=True, exist_ok=True)
    with open(lock_path(db_path), "a+") as fh:
        told = False
        while True:
            try:
                fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if not told and on_wait is not None:
                    on_wait()
                    told = True
                time.sleep(poll_seconds)
        try:
            if is_current(db_path):  # built while we waited
                return False
            build(data_dir, db_path)
            return True
        finally:
            fcntl.flock(fh.fileno(), fcntl.LOCK_UN)
