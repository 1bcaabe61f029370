"""One writer at a time: the exclusive lock every publish of a database takes.

`build`, `import`, `refresh` and the review page's save all change what the live pointer names.
Each of them holds `writer_lock(db_path)` from before it reads the live database until after it
has published, so two writers never both start from the same version and the later one never
publishes over the earlier one's work (a lost update).

The lock is `fcntl.flock` on `<pointer>.lock` beside the pointer (`data/claims.duckdb.lock`).
The kernel releases it when the holder exits, however it exits (kill -9 included), so there is
never a stale lock to clean up. The holder writes its pid into the file, so a waiting writer can
say whom it waits for. The lock is re-entrant within a thread (the review page's save holds it
around writing data/ and the build it then runs); other threads of the same process wait like
other processes.

Timeout: `CLAIMS_DESK_LOCK_TIMEOUT` (seconds, default 600; 0 = fail at once if busy), or the
`--lock-timeout` option of the commands. A timeout raises `LockTimeoutError` (one line).
"""

from __future__ import annotations

import argparse
import fcntl
import os
import sys
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from etl.core.report import InputFileError

LOCK_TIMEOUT_ENV = "CLAIMS_DESK_LOCK_TIMEOUT"
DEFAULT_LOCK_TIMEOUT_S = 600.0
_POLL_S = 0.05

#: Per lock file: the thread lock guarding it in this process and how deep its holder is.
_local_locks: dict[str, threading.RLock] = {}
_depth: dict[str, int] = {}
_registry_guard = threading.Lock()


class LockTimeoutError(InputFileError):
    """Another writer held the database for longer than the timeout."""

    def __init__(self, message: str, holder: str = "?", waited: float = 0.0) -> None:
        super().__init__(message)
        self.holder = holder
        self.waited = waited

    def for_the_page(self) -> str:
        """The timeout as the review page says it: no lock file's path, no command-line flag (QA
        pass 28: a browser user was told to pass `--lock-timeout`)."""
        who = f"another writer (a build or an import, pid {self.holder})" if self.holder else "another save"
        return (
            f"{who} still held the database after {self.waited:g} s; save again once it has "
            f"finished (the wait is {LOCK_TIMEOUT_ENV} seconds, set where the dashboard is started)"
        )


def lock_path(db_path: Path) -> Path:
    """The lock file of the database pointer `db_path` (beside it)."""
    return db_path.with_name(db_path.name + ".lock")


def lock_timeout(value: float | None = None) -> float:
    """`value` if given, else `CLAIMS_DESK_LOCK_TIMEOUT`, else the default (600 s)."""
    if value is not None:
        return max(0.0, float(value))
    raw = os.environ.get(LOCK_TIMEOUT_ENV, "").strip()
    if not raw:
        return DEFAULT_LOCK_TIMEOUT_S
    try:
        return max(0.0, float(raw))
    except ValueError:
        raise InputFileError(f"{LOCK_TIMEOUT_ENV}={raw!r}: not a number of seconds") from None


def _holder(path: Path) -> str:
    """The pid written by the current holder, or '?' when it has not written it yet."""
    try:
        text = path.read_text(encoding="ascii", errors="replace").strip()
    except OSError:
        return "?"
    return text if text.isdigit() else "?"


def _say(msg: str) -> None:
    print(msg, file=sys.stderr, flush=True)


@contextmanager
def writer_lock(
    db_path: Path,
    timeout: float | None = None,
    on_wait: Callable[[str], None] | None = _say,
) -> Iterator[None]:
    """Hold the exclusive writer lock of `db_path` for the body of the `with`.

    Waits while another writer holds it, telling `on_wait` once ("waiting for another writer
    (pid N) ..."); raises LockTimeoutError after `timeout` seconds (see `lock_timeout`).
    """
    path = lock_path(Path(db_path))
    path.parent.mkdir(parents=True, exist_ok=True)
    key = str(path.resolve())  # one key per file, however the path is spelled
    limit = lock_timeout(timeout)
    deadline = time.monotonic() + limit
    with _registry_guard:
        rlock = _local_locks.setdefault(key, threading.RLock())
    got = rlock.acquire(blocking=False)
    if not got and limit > 0:
        # (QA pass 29) another thread of this process writes (a review save in another tab): the
        # wait is said as any other, not a silent one
        if on_wait is not None:
            on_wait(
                f"waiting for another writer in this process (another save) to finish (up to {limit:g} s) ..."
            )
        got = rlock.acquire(timeout=limit)
    if not got:
        raise LockTimeoutError(
            f"{path}: another writer in this process still holds the database after "
            f"{limit:g} s; nothing was changed (set {LOCK_TIMEOUT_ENV} or --lock-timeout to wait longer)",
            "",
            limit,
        )
    try:
        if _depth.get(key, 0) > 0:  # re-entered by the thread that holds it
            _depth[key] += 1
            try:
                yield
            finally:
                _depth[key] -= 1
            return
        fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
        try:
            told = False
            while True:
                try:
                    fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                    break
                except BlockingIOError:
                    pass
                if time.monotonic() >= deadline:
                    raise LockTimeoutError(
                        f"{path}: another writer (pid {_holder(path)}) still holds the database "
                        f"after {limit:g} s; nothing was changed (set {LOCK_TIMEOUT_ENV} or "
                        "--lock-timeout to wait longer)",
                        _holder(path),
                        limit,
                    )
                if not told and on_wait is not None:
                    on_wait(
                        f"waiting for another writer (pid {_holder(path)}) to finish (up to {limit:g} s) ..."
                    )
                    told = True
                time.sleep(_POLL_S)
            os.ftruncate(fd, 0)
            os.pwrite(fd, f"{os.getpid()}\n".encode("ascii"), 0)
            _depth[key] = 1
            try:
                yield
            finally:
                _depth[key] = 0
                os.ftruncate(fd, 0)
                fcntl.flock(fd, fcntl.LOCK_UN)
        finally:
            os.close(fd)
    finally:
        rlock.release()


def add_lock_timeout_option(parser: argparse.ArgumentParser) -> None:
    """The `--lock-timeout SECONDS` option every writing command shares."""
    parser.add_argument(
        "--lock-timeout",
        type=float,
        default=None,
        metavar="SECONDS",
        help=f"how long to wait for another writer (default: ${LOCK_TIMEOUT_ENV} or "
        f"{DEFAULT_LOCK_TIMEOUT_S:g} s; 0 = do not wait)",
    )
