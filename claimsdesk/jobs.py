"""Writes that outlive the page run that started them (the review page's save).

Why: Streamlit stops a session's script run when the analyst acts on the page (a keystroke, a
click, another page) and starts a new run at once. A save that waited for another writer inside
the run was stopped with it: its first page call after the wait raised, and the edit was dropped
without a word (QA pass 28). A job runs in a thread of its own, which no rerun stops; the page
only starts it and, on every run, reads how it stands.

Streamlit-free: a job is a function that takes `on_wait` (a message while it waits for the
writer lock) and returns its outcome.
"""

from __future__ import annotations

import logging
import threading
import time
import traceback
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

#: Finished jobs no page has collected are forgotten after this long (a closed browser tab).
KEEP_UNCOLLECTED_S = 3600.0

LOG = logging.getLogger("claimsdesk.jobs")


@dataclass
class Job:
    """One write: `done` is set once `outcome` (or `error`) is final; `waiting` says why it waits."""

    done: threading.Event = field(default_factory=threading.Event)
    waiting: str = ""
    outcome: Any = None
    error: BaseException | None = None
    finished_at: float = 0.0


_jobs: dict[str, Job] = {}
_guard = threading.Lock()


def plain_traceback(exc: BaseException) -> str:
    """`exc`'s traceback as text, for a log written from a job's thread, without the caret
    lines Python 3.11 works out with `ast.parse`. Why: that parse, racing the script runner's
    own `ast.parse` of a page in the main thread, made the page fail with CPython 3.11's
    "SystemError: AST constructor recursion depth mismatch" (a clean-clone test run, session 34)."""
    frames = [
        traceback.FrameSummary(f.filename, f.lineno, f.name, line=f.line)
        for f in traceback.extract_tb(exc.__traceback__)
    ]
    return (
        "Traceback (most recent call last):\n"
        + "".join(traceback.format_list(frames))
        + "".join(traceback.format_exception_only(type(exc), exc))
    ).rstrip()


def start(work: Callable[[Callable[[str], None]], Any]) -> str:
    """Run `work(on_wait)` in a thread of its own; return the job's token."""
    token = uuid.uuid4().hex
    job = Job()

    def waiting(message: str) -> None:
        job.waiting = message

    def run() -> None:
        try:
            job.outcome = work(waiting)
        except BaseException as exc:  # kept for the page to report, never lost with the thread
            job.error = exc
            # (QA pass 31) and logged now: a job no page collects is forgotten after an hour
            LOG.error("job %s failed: %s", token[:8], plain_traceback(exc))
        finally:
            job.finished_at = time.monotonic()
            job.done.set()

    with _guard:
        now = time.monotonic()
        for old in [
            t for t, j in _jobs.items() if j.done.is_set() and now - j.finished_at > KEEP_UNCOLLECTED_S
        ]:
            del _jobs[old]
        _jobs[token] = job
    # Not a daemon: (QA pass 31) a server stopped mid-save (Ctrl+C) waits for the save to end
    # instead of cutting it between two files (actors.csv written, claims.csv not).
    threading.Thread(target=run, name=f"claimsdesk-job-{token[:8]}", daemon=False).start()
    return token


def get(token: str | None) -> Job | None:
    """The job of `token`, running or done; None once collected (or for no token)."""
    if not token:
        return None
    with _guard:
        return _jobs.get(token)


def collect(token: str) -> Job | None:
    """The finished job of `token`, removed from the registry; None while it runs."""
    with _guard:
        job = _jobs.get(token)
        if job is None or not job.done.is_set():
            return None
        return _jobs.pop(token)
