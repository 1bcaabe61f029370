"""The one module that opens DuckDB connections, and the atomic publish of a new build.

Layout on disk (``data/`` by default):

- ``claims.duckdb`` is a *symlink* (the "live pointer") to a versioned file in ``.versions/``.
- A build writes ``.versions/claims-<stamp>-<pid>.duckdb.tmp``, checkpoints and closes it, renames
  it to its final versioned name, then atomically swaps the pointer with ``os.replace``.

Why: DuckDB allows one writer *or* many readers per file, never both, and a reader process keeps
the instance it opened cached. Writing a new file and swapping a pointer means a running dashboard
never sees a half-built database, never blocks the ETL, and picks up the new file by resolving the
pointer again. A build that fails or is killed leaves only a ``.tmp`` file; the pointer still
names the last good database.
"""

from __future__ import annotations

import argparse
import math
import os
import re
import shutil
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime, timedelta
from pathlib import Path

import duckdb

from etl.core import tempdirs
from etl.core.report import InputFileError

PROJECT_ROOT = Path(__file__).resolve().parents[2]
DEFAULT_DATA_DIR = PROJECT_ROOT / "data"
DEFAULT_DB_PATH = DEFAULT_DATA_DIR / "claims.duckdb"
#: (QA pass 28) Where the dashboard and every CLI command read and write unless told otherwise:
#: the CLI had ignored these, so `python -m etl build` rebuilt a database a dashboard started on
#: another folder never read.
DATA_ENV = "CLAIMS_DESK_DATA"
DB_ENV = "CLAIMS_DESK_DB"


def data_dir_default() -> Path:
    """The data folder: $CLAIMS_DESK_DATA, else the project's data/."""
    return Path(os.environ.get(DATA_ENV) or DEFAULT_DATA_DIR)


def db_path_default() -> Path:
    """The database pointer: $CLAIMS_DESK_DB, else data/claims.duckdb."""
    return Path(os.environ.get(DB_ENV) or DEFAULT_DB_PATH)


def add_location_options(parser: argparse.ArgumentParser, data: str | None = "input folder") -> None:
    """The `--data` (described as `data`; None: no such option) and `--db` options of every
    command, defaulting as the dashboard does (one definition for the CLI's parsers)."""
    if data is not None:
        parser.add_argument(
            "--data", default=str(data_dir_default()), help=f"{data} (default: ${DATA_ENV} or data/)"
        )
    parser.add_argument(
        "--db",
        default=str(db_path_default()),
        help=f"database pointer path (default: ${DB_ENV} or data/claims.duckdb)",
    )


VERSIONS_DIRNAME = ".versions"
KEEP_VERSIONS = 3

#: Hardening for every read-only connection: no file or network access from SQL.
READONLY_CONFIG: dict[str, str | bool | int | float | list[str]] = {
    "enable_external_access": False,
    "lock_configuration": True,
}

_TMP_RE = re.compile(r"-(\d+)\.duckdb\.tmp$")
#: A version's name: "claims-<stamp>-<pid>.duckdb" (".tmp" while it is built).
_STAMP_RE = re.compile(r"claims-(\d{8}T\d{6}\d{9})-\d+\.duckdb")


def has_table(con: duckdb.DuckDBPyConnection, table: str, catalog: str | None = None) -> bool:
    """Whether `table` exists in `catalog` (an attached database's name; default: the connection's
    own): databases written by older releases lack tables added since."""
    where = "database_name = $2" if catalog else "database_name = current_database()"
    params = [table, catalog] if catalog else [table]
    n = con.execute(f"SELECT count(*) FROM duckdb_tables() WHERE table_name = $1 AND {where}", params)
    return bool(n.fetchall()[0][0])


def versions_dir(db_path: Path) -> Path:
    """Folder holding the versioned database files behind the pointer `db_path`."""
    return db_path.parent / VERSIONS_DIRNAME


def resolve_live(db_path: Path = DEFAULT_DB_PATH) -> Path | None:
    """The real file the pointer names now, or None when no database has been published."""
    if not db_path.exists():
        return None
    return db_path.resolve()


def connect_readonly(real_path: Path) -> duckdb.DuckDBPyConnection:
    """Open a published database file read-only, with external access disabled.

    Callers pass the *resolved* versioned path (see `resolve_live`) so that a pointer swap yields
    a different path, hence a fresh connection, instead of DuckDB's cached stale instance.
    """
    return duckdb.connect(str(real_path), read_only=True, config=dict(READONLY_CONFIG))


def connect_scratch() -> duckdb.DuckDBPyConnection:
    """An in-memory connection for a check that reads no database: the review page runs the
    build's claim rules on the grid's claims before a save writes anything."""
    return duckdb.connect(":memory:")


def clean_stale_tmp(db_path: Path) -> list[Path]:
    """Remove half-written builds left by killed processes (their pid is gone).

    (QA pass 28) And what a writer killed inside `publish` left: a version renamed but never
    pointed to (newer by name than the live one; the writer lock, which every caller holds, means
    no other writer is publishing it), and the pointer's next link (named by its writer's pid).
    """
    removed: list[Path] = []
    for link in Path(db_path).parent.glob(f".{Path(db_path).name}.*.link"):
        pid = link.name.removesuffix(".link").rsplit(".", 1)[-1]
        if pid.isdigit() and (not tempdirs.pid_alive(int(pid)) or int(pid) == os.getpid()):
            link.unlink(missing_ok=True)
            removed.append(link)
    vdir = versions_dir(db_path)
    if not vdir.is_dir():
        return removed
    for tmp in vdir.glob("*.duckdb.tmp*"):
        m = _TMP_RE.search(tmp.name.replace(".wal", ""))
        if m and tempdirs.pid_alive(int(m.group(1))) and int(m.group(1)) != os.getpid():
            continue
        tmp.unlink(missing_ok=True)
        removed.append(tmp)
    live = resolve_live(db_path)
    if live is not None:
        # (QA pass 29) never a version another pointer in the folder names ("--db trial.duckdb"
        # beside claims.duckdb shares .versions/), nor one whose writer still runs
        named = {
            p.resolve()
            for p in Path(db_path).parent.iterdir()
            if p.is_symlink() and not p.name.endswith(".link")
        }
        for orphan in vdir.glob("claims-*.duckdb"):
            m = _VERSION_PID_RE.search(orphan.name)
            if (
                orphan.name > live.name
                and orphan.resolve() not in named
                and m is not None
                and not tempdirs.pid_alive(int(m.group(1)))
            ):
                orphan.unlink(missing_ok=True)
                Path(f"{orphan}.wal").unlink(missing_ok=True)
                removed.append(orphan)
    return removed


#: The writer's pid in a version's name: "claims-<stamp>-<pid>.duckdb".
_VERSION_PID_RE = re.compile(r"-(\d+)\.duckdb$")


#: Below this many bytes of work (a build's input files, or the database an import or an
#: incremental build copies) a build runs DuckDB on one thread. Why: a table under one row
#: group (122,880 rows) gains nothing from a second thread, and each of a build's ~120
#: statements paid for scheduling on it: a build of the tests' minimal dataset costs about a
#: tenth less CPU on one thread (`benchmarks/small_build.py`; the suite runs hundreds).
SMALL_WORK_BYTES = 32_000_000


def work_bytes(folder: Path) -> int:
    """Bytes of the files under `folder` (a build's inputs), for `new_build`'s `work`; published
    databases (`data/` holds them by default) and hidden folders (`.versions`) are not inputs."""
    total = 0
    for root, dirs, files in os.walk(folder):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        for name in files:
            if ".duckdb" in name:
                continue
            try:
                total += os.stat(os.path.join(root, name)).st_size
            except OSError:
                continue
    return total


@contextmanager
def new_build(
    db_path: Path = DEFAULT_DB_PATH, copy_from: Path | None = None, work: int | None = None
) -> Iterator[tuple[duckdb.DuckDBPyConnection, Path]]:
    """Yield a read-write connection to a new temporary database file beside the live one.

    The file starts empty (a build) or as a copy of `copy_from` (an import modifying the live
    version). On normal exit it is checkpointed, closed and published atomically; on any
    exception it is deleted and the live pointer is left untouched. `work` (bytes: the inputs
    of a build; default the size of `copy_from`) below SMALL_WORK_BYTES runs it on one thread.
    """
    kept_versions_budget()  # (a setting that is not a number stops it here, before any work)
    vdir = versions_dir(db_path)
    vdir.mkdir(parents=True, exist_ok=True)
    clean_stale_tmp(db_path)
    tmp = vdir / f"claims-{version_stamp(vdir)}-{os.getpid()}.duckdb.tmp"
    wal = Path(str(tmp) + ".wal")
    try:
        if copy_from is not None:
            shutil.copyfile(copy_from, tmp)
            src_wal = Path(str(copy_from) + ".wal")
            if src_wal.is_file():
                shutil.copyfile(src_wal, wal)
        if work is None and copy_from is not None:
            work = copy_from.stat().st_size
        config: dict[str, str | bool | int | float | list[str]] = {}
        if work is not None and work < SMALL_WORK_BYTES:
            config["threads"] = 1
        con = duckdb.connect(str(tmp), config=config)
        if copy_from is not None:
            # No vacuum at checkpoint: it would renumber the row ids of tables with deleted rows,
            # and quote_tokens.row_id points at claims_wide rows by row id (a full build
            # compacts everything again). See etl.core.derived.checkpoint_keeping_row_ids.
            con.execute("SET max_vacuum_tasks = 0")
    except BaseException:
        tmp.unlink(missing_ok=True)
        wal.unlink(missing_ok=True)
        raise
    try:
        yield con, tmp
        con.execute("CHECKPOINT")
        con.close()
    except BaseException:
        con.close()
        tmp.unlink(missing_ok=True)
        wal.unlink(missing_ok=True)
        raise
    publish(tmp, db_path)


def version_stamp(vdir: Path, now_ns: int | None = None) -> str:
    """The stamp of a new version's name: later than every version's in `vdir`, so the names
    sort in publishing order (pruning keeps the newest by name).

    UTC from one clock reading ("20250103T101500" + nine digits of nanoseconds). Should the
    clock read earlier than the newest name (a clock stepped back, as a VM's may be, or names
    written in local time by an older release), the stamp is the newest one plus a nanosecond.
    """
    ns = time.time_ns() if now_ns is None else now_ns
    stamp = time.strftime("%Y%m%dT%H%M%S", time.gmtime(ns // 1_000_000_000)) + f"{ns % 1_000_000_000:09d}"
    names = (_STAMP_RE.match(p.name) for p in vdir.glob("claims-*.duckdb*"))
    newest = max((m.group(1) for m in names if m), default="")
    if stamp > newest:
        return stamp
    second = datetime.strptime(newest[:15], "%Y%m%dT%H%M%S")
    nanos = int(newest[15:]) + 1
    if nanos >= 1_000_000_000:
        second, nanos = second + timedelta(seconds=1), 0
    return second.strftime("%Y%m%dT%H%M%S") + f"{nanos:09d}"


def publish(tmp: Path, db_path: Path) -> Path:
    """Rename a finished build to its versioned name and swap the pointer to it atomically."""
    final = tmp.with_name(tmp.name.removesuffix(".tmp"))
    os.replace(tmp, final)
    previous = resolve_live(db_path)
    link_tmp = db_path.with_name(f".{db_path.name}.{os.getpid()}.link")
    link_tmp.unlink(missing_ok=True)
    os.symlink(os.path.relpath(final, db_path.parent), link_tmp)
    os.replace(link_tmp, db_path)
    _prune_versions(db_path, keep={final} | ({previous} if previous is not None else set()))
    return final


def _prune_versions(db_path: Path, keep: set[Path]) -> None:
    """Keep the newest few versions: a running dashboard may still read the previous one.

    Sized by count (KEEP_VERSIONS) and by bytes (`kept_versions_budget`): the newest two are
    always kept, older ones only while the total stays within the budget; `keep` (the version
    just published and the one the pointer named before it) is kept whatever the names say.
    """
    files = sorted(versions_dir(db_path).glob("claims-*.duckdb"), key=lambda p: p.name)
    kept = versions_to_keep(files, KEEP_VERSIONS, kept_versions_budget())
    for old in files:
        if old not in keep and old not in kept:
            old.unlink(missing_ok=True)


KEEP_MB_ENV = "CLAIMS_DESK_KEEP_VERSIONS_MB"
DEFAULT_KEEP_MB = 1024


def kept_versions_budget() -> int:
    """Bytes the kept versions may take: `CLAIMS_DESK_KEEP_VERSIONS_MB` (default 1024 MB).

    A value that is not a number is an InputFileError naming it, as the lock's and the download's
    settings are (QA pass 39: it fell back to the default without a word); writers read it before
    they work (`new_build`, `etl.importers.atomic.modify_live`), so it never fails a publish."""
    raw = os.environ.get(KEEP_MB_ENV, "").strip()
    try:
        mb = float(raw) if raw else DEFAULT_KEEP_MB
    except ValueError:
        mb = math.nan
    if not math.isfinite(mb):  # (QA pass 40: "nan" and "inf" are floats, and int() failed on them)
        raise InputFileError(f"{KEEP_MB_ENV}={raw!r}: not a number of megabytes")
    return int(max(mb, 0) * 1_000_000)


def versions_to_keep(files: list[Path], count: int, budget: int) -> set[Path]:
    """Of `files` (oldest first): the newest two, then older ones while within count and bytes."""
    kept: set[Path] = set()
    total = 0
    for i, f in enumerate(reversed(files)):
        try:
            size = f.stat().st_size
        except OSError:
            continue
        if i >= 2 and (len(kept) >= count or total + size > budget):
            break
        kept.add(f)
        total += size
    return kept


#: Where `_Timed` records (label, wall s, CPU s) per statement when a profiler collects them
#: (benchmarks/build_profile.py); None prints each statement instead.
PROFILE_SINK: list[tuple[str, float, float]] | None = None


class _Timed:
    """A connection that times each statement (`CLAIMS_DESK_PROFILE=1`, a debug aid).

    Wall time and the process's CPU time (every DuckDB thread): on a shared machine the CPU time
    says what a statement costs, the wall time what it took.
    """

    def __init__(self, con: duckdb.DuckDBPyConnection) -> None:
        self._con = con

    def execute(self, sql: str, params: object = None) -> duckdb.DuckDBPyConnection:
        t, c = time.perf_counter(), time.process_time()
        out = self._con.execute(sql, params)
        wall, cpu = time.perf_counter() - t, time.process_time() - c
        label = " ".join(sql.split())[:100]
        if PROFILE_SINK is not None:
            PROFILE_SINK.append((label, wall, cpu))
        else:
            print(f"{wall:7.3f} {cpu:7.3f} {label}", flush=True)
        return out

    def __getattr__(self, name: str) -> object:
        return getattr(self._con, name)


def profiled(con: duckdb.DuckDBPyConnection) -> duckdb.DuckDBPyConnection:
    """`con`, or with CLAIMS_DESK_PROFILE set a wrapper timing each statement."""
    if os.environ.get("CLAIMS_DESK_PROFILE"):
        # _Timed forwards every attribute to the connection (__getattr__), which mypy cannot see.
        return _Timed(con)  # type: ignore[return-value]
    return con
