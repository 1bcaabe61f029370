"""Atomic modification of the published database: copy the live file, modify, publish.

Like a build, an import never writes the file a dashboard may be reading: the live version
(the file the `claims.duckdb` pointer resolves to) is copied to a new `.tmp` version in the same
`.versions/` folder, opened read-write, modified, checkpointed, closed and published by swapping
the pointer (`etl.core.db.publish`). Any failure deletes the copy and leaves the pointer as it was.

Imports take the writer lock (`etl.core.lock`, shared with builds) for the whole copy-modify-publish,
and copy the live file only once they hold it, so an import never publishes over a build or
another import that finished while it waited (no lost update).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import duckdb

from etl.core import db
from etl.core.first_start import damaged, inspect, unreadable_message
from etl.core.lock import writer_lock
from etl.core.report import InputFileError


class NoDatabaseError(InputFileError):
    """There is no published database to import into."""


def require_live(db_path: Path) -> Path:
    """The live versioned file behind `db_path`, or NoDatabaseError with what to do.

    (QA pass 38) A database built by an older release lacks columns this release writes
    (`reports.ord`): an import into it ended in a BinderException. It is refused in one line."""
    live = db.resolve_live(db_path)
    if live is None or not live.is_file():
        raise NoDatabaseError(f"no database at {db_path}: run `python -m etl build` first")
    found = inspect(live)
    if found.error is not None:  # (QA passes 39-40) the copy and the import ended in tracebacks on it
        raise NoDatabaseError(unreadable_message(live, found.error))
    missing = found.missing
    if missing:
        raise NoDatabaseError(
            f"{db_path} was built by an older release of Claims Desk (it has no {', '.join(missing[:3])}"
            f"{' …' if len(missing) > 3 else ''}): run `python -m etl build` first (one-off imports are kept)"
        )
    return live


@contextmanager
def modify_live(
    db_path: Path, lock_timeout: float | None = None
) -> Iterator[tuple[duckdb.DuckDBPyConnection, Path]]:
    """Yield a read-write connection to a fresh copy of the live database; publish it on exit.

    On an exception the copy is deleted and the live pointer is untouched.
    """
    db.kept_versions_budget()  # (a setting that is not a number stops it here, before any work)
    vdir = db.versions_dir(db_path)
    vdir.mkdir(parents=True, exist_ok=True)
    with writer_lock(db_path, lock_timeout):
        live = require_live(db_path)  # resolved under the lock: the newest publish wins
        with db.new_build(db_path, copy_from=live) as (con, tmp):
            try:
                yield con, tmp
            except duckdb.Error as exc:
                # (QA pass 40) a damaged block the checks before could not see, read in the copy
                if damaged(exc, live, tmp):
                    raise NoDatabaseError(unreadable_message(live, str(exc).splitlines()[0])) from None
                raise
