"""`claimsdesk.jobs`: the review page's save runs as a job that outlives the page run."""

from __future__ import annotations

import logging
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from claimsdesk import jobs
from tests.helpers import PROJECT_ROOT


def test_a_job_running_when_the_server_process_ends_is_finished_first(tmp_path: Path) -> None:
    """(QA pass 31) The job ran in a daemon thread: a server stopped mid-save (its main thread
    ending) cut the save between two files. The process now waits for the job to end."""
    done = tmp_path / "second-file"
    script = textwrap.dedent(
        f"""
        import time
        from pathlib import Path
        from claimsdesk import jobs

        def work(on_wait):
            Path({str(tmp_path / "first-file")!r}).write_text("1")
            time.sleep(0.5)
            Path({str(done)!r}).write_text("2")

        jobs.start(work)
        """
    )
    subprocess.run([sys.executable, "-c", script], cwd=PROJECT_ROOT, check=True, timeout=30)
    assert done.read_text() == "2"


def test_a_failed_job_is_logged_when_it_fails_not_only_when_a_page_collects_it(
    caplog: pytest.LogCaptureFixture,
) -> None:
    def work(on_wait: object) -> None:
        raise RuntimeError("disk went away")

    with caplog.at_level(logging.ERROR, logger="claimsdesk.jobs"):
        token = jobs.start(work)
        job = jobs.get(token)
        assert job is not None and job.done.wait(10)
    logged = [r.getMessage() for r in caplog.records if "failed" in r.getMessage()]
    assert logged and "Traceback" in logged[0] and "RuntimeError: disk went away" in logged[0], logged
    collected = jobs.collect(token)
    assert collected is not None and isinstance(collected.error, RuntimeError)


def test_a_failed_jobs_log_never_parses_code_in_the_jobs_thread(
    caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    """(Session 34) Python 3.11 works out a traceback's caret lines with `ast.parse`: logged from
    the job's thread, that parse raced the script runner's `ast.parse` of a page in the main
    thread, and the page failed with "SystemError: AST constructor recursion depth mismatch" (a
    clean-clone test run). The job's log is written without them."""
    import ast
    import threading

    parsed_in: list[str] = []
    real_parse = ast.parse

    def parse(*args: object, **kwargs: object) -> object:
        parsed_in.append(threading.current_thread().name)
        return real_parse(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(ast, "parse", parse)

    def work(on_wait: object) -> None:
        value = {"a": 1}
        value["b"] + value["a"]  # a KeyError on a line whose carets Python 3.11 would parse

    with caplog.at_level(logging.ERROR, logger="claimsdesk.jobs"):
        token = jobs.start(work)
        job = jobs.get(token)
        assert job is not None and job.done.wait(10)
    assert parsed_in == []
    assert [r for r in caplog.records if "KeyError" in r.getMessage()]
