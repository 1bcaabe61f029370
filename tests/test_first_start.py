"""A fresh server's first sessions: one build under a lock, no error page.

A server with no database builds it on first start; that only shows on a *fresh* server, so the
browser test here starts its own and watches its first sessions. That a fresh server's first
session never shows the legacy `pages/` navigation (stack-traps 15-16) is checked by the
first-session tests of tests/test_browser_e2e.py (`tests.browser.assert_no_legacy_navigation`).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
import urllib.parse
from collections.abc import Iterator
from pathlib import Path

import duckdb
import pytest

from etl.build import build
from etl.cli import main as etl_main
from etl.core import db, first_start
from tests.browser import CHROMIUM, expect_shared_filters
from tests.helpers import ROOT, write_dataset
from tests.serving import Streamlit

#: A claimant of the curated files (the link's filter).
UK_MOD = "UK Ministry of Defence"

#: One first-start build in a process of its own; prints whether this process built.
#: (A fresh interpreter, not multiprocessing's spawn: spawn re-runs the parent's `__main__`, which
#: after an AppTest in the same worker is dashboard.py, and that would build into the repo's data/.)
_CHILD = (
    "import sys; from pathlib import Path; from etl.build import build; from etl.core import first_start; "
    "print(first_start.build_once(Path(sys.argv[1]), Path(sys.argv[2]), build))"
)


def test_concurrent_first_builds_in_two_processes_build_once(tmp_path: Path) -> None:
    data = write_dataset(tmp_path / "data")
    pointer = tmp_path / "db" / "claims.duckdb"
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", _CHILD, str(data), str(pointer)],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
        )
        for _ in range(2)
    ]
    outs = [p.communicate(timeout=120)[0] for p in procs]
    assert [p.returncode for p in procs] == [0, 0], outs
    built = sorted(o.strip().splitlines()[-1] for o in outs)
    assert built == ["False", "True"], "exactly one process builds; the other waits for it"
    assert db.resolve_live(pointer) is not None
    assert len(list(db.versions_dir(pointer).glob("claims-*.duckdb"))) == 1


def test_a_waiter_is_told_and_returns_once_the_holder_publishes(tmp_path: Path) -> None:
    import fcntl
    import threading

    data = write_dataset(tmp_path / "data")
    pointer = tmp_path / "db" / "claims.duckdb"
    pointer.parent.mkdir()
    told: list[bool] = []
    with open(first_start.lock_path(pointer), "a+") as fh:
        fcntl.flock(fh.fileno(), fcntl.LOCK_EX)  # another process is building
        t = threading.Thread(
            target=lambda: told.append(
                first_start.build_once(data, pointer, build, on_wait=lambda: told.append(True))
            )
        )
        t.start()
        time.sleep(0.6)
        assert told == [True], "the waiter says it waits, and does not build meanwhile"
        assert db.resolve_live(pointer) is None
        build(data, pointer)  # the holder publishes, then releases the lock
    t.join(60)
    assert told == [True, False], "the waiter found the holder's database and did not build again"
    assert len(list(db.versions_dir(pointer).glob("claims-*.duckdb"))) == 1


# ------------------------------------------------------------------------------ browser

browser_only = pytest.mark.skipif(
    not CHROMIUM.exists() and not os.environ.get("CI"),
    reason=f"needs Debian's chromium (looked for {CHROMIUM})",
)


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    if not CHROMIUM.exists():
        if os.environ.get("CI"):
            raise RuntimeError(
                "CI must run the browser tests: install Debian's chromium-headless-shell (.ci/run does)"
            )
        pytest.skip(f"needs Debian's chromium (looked for {CHROMIUM})")
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=["--no-sandbox", "--disable-gpu"])
        yield b
        b.close()


def dashboard_ready(pg: object, timeout: float = 120.0) -> None:
    """Wait for the final frame: top navigation, the shared filters, the script done."""
    from playwright.sync_api import expect

    expect(pg.get_by_test_id("stTopNavLink").first).to_be_visible(timeout=timeout * 1000)  # type: ignore[attr-defined]
    expect_shared_filters(pg, timeout * 1000)
    pg.wait_for_selector(
        "[data-testid=stApp][data-test-script-state=notRunning]",
        state="attached",  # type: ignore[attr-defined]
        timeout=timeout * 1000,
    )


@pytest.mark.browser
@browser_only
def test_three_visitors_of_a_fresh_server_without_a_database_all_get_the_dashboard(
    browser: object, tmp_path: Path
) -> None:
    data = tmp_path / "data"  # the curated files: the first-start build is what is watched, not its size
    shutil.copytree(ROOT / "data", data, ignore=shutil.ignore_patterns("*.duckdb*", ".versions", "sources"))
    pointer = tmp_path / "db" / "claims.duckdb"
    server = Streamlit(
        tmp_path / "streamlit.log", {"CLAIMS_DESK_DB": str(pointer), "CLAIMS_DESK_DATA": str(data)}
    )
    contexts = [browser.new_context(viewport={"width": 1400, "height": 1000}) for _ in range(2)]  # type: ignore[attr-defined]
    try:
        # all arrive at once, before any database exists; (QA pass 21) two on a page's link,
        # which ran in Streamlit's legacy `pages/` mode without the first-start build
        pages = [contexts[1].new_page(), contexts[1].new_page(), contexts[0].new_page()]
        link = f"/explore?claimant={urllib.parse.quote(UK_MOD)}"
        for pg, path in zip(pages, (link, link, "/"), strict=True):
            pg.goto(f"{server.url}{path}", wait_until="commit")
        assert db.resolve_live(pointer) is None
        *explore, home = pages
        for pg in pages:
            dashboard_ready(pg)
        home.get_by_role("heading", name="Claims Desk: Kursk 2024–2025").wait_for(timeout=60_000)
        assert int(home.get_by_test_id("stMetricValue").first.inner_text().replace(",", "")) > 0
        from playwright.sync_api import expect

        for pg in explore:
            pg.get_by_test_id("stTopNav").wait_for(timeout=60_000)
            expect(pg.get_by_test_id("stSidebar")).to_contain_text(UK_MOD, timeout=30_000)
        for pg in pages:
            assert pg.get_by_test_id("stException").count() == 0
            body = pg.locator("body").inner_text()
            assert "FileNotFoundError" not in body and "no database" not in body
        versions = list(db.versions_dir(pointer).glob("claims-*.duckdb"))
        assert len(versions) == 1, f"the first-start build ran {len(versions)} times"
        assert "Error" not in server.log.read_text()
    finally:
        for c in contexts:
            c.close()
        server.stop()


def test_the_first_start_command_builds_once_then_finds_the_build(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`python -m etl first-start` (deployments run it before the servers): builds only if none is published."""
    data = write_dataset(tmp_path / "data")
    pointer = tmp_path / "db" / "claims.duckdb"
    args = ["first-start", "--data", str(data), "--db", str(pointer)]
    assert etl_main(args) == 0
    assert capsys.readouterr().out.startswith("built ")
    assert etl_main(args) == 0
    assert capsys.readouterr().out.startswith("found ")
    assert len(list(db.versions_dir(pointer).glob("claims-*.duckdb"))) == 1


def test_a_database_of_an_older_release_is_built_anew_once(tmp_path: Path) -> None:
    """(QA pass 37) A database built before responses had notes failed the Attribution page with
    a BinderException under the new code. A published database that lacks a column of this
    release's tables counts as missing: the first start builds once."""
    data = write_dataset(tmp_path / "data")
    pointer = tmp_path / "db" / "claims.duckdb"
    assert first_start.build_once(data, pointer, build) is True
    assert first_start.is_current(pointer) and first_start.build_once(data, pointer, build) is False
    old = db.resolve_live(pointer)
    con = duckdb.connect(str(old))
    con.execute("ALTER TABLE reports DROP COLUMN ord")  # as a release before session 36 built it
    con.close()
    assert not first_start.is_current(pointer)
    assert first_start.build_once(data, pointer, build) is True
    assert db.resolve_live(pointer) != old and first_start.is_current(pointer)


def test_an_import_into_a_database_of_an_older_release_is_refused_in_one_line(tmp_path: Path) -> None:
    """(QA pass 38) A one-off import into a database built before reports had `ord` ended in a
    BinderException. It is refused before anything is copied, saying to build first."""
    from etl.importers.atomic import NoDatabaseError
    from etl.importers.runner import run_import

    data = write_dataset(tmp_path / "data")
    pointer = tmp_path / "db" / "claims.duckdb"
    build(data, pointer)
    live = db.resolve_live(pointer)
    con = duckdb.connect(str(live))
    con.execute("ALTER TABLE reports DROP COLUMN ord")  # as a release before session 36 built it
    con.close()
    fixture = ROOT / "tests" / "fixtures" / "import" / "general-staff"
    with pytest.raises(
        NoDatabaseError, match=r"built by an older release .*reports\.ord.*python -m etl build"
    ):
        run_import("general-staff", str(fixture), pointer, show_progress=False)
    assert db.resolve_live(pointer) == live  # nothing published


def test_first_start_on_a_database_that_cannot_be_read_fails_in_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """(QA pass 38) `python -m etl first-start` on a corrupt published file printed "found …" and
    exited 0, and the servers started after it could only say the file cannot be read."""
    data = write_dataset(tmp_path / "data")
    pointer = tmp_path / "db" / "claims.duckdb"
    build(data, pointer)
    live = db.resolve_live(pointer)
    live.write_bytes(b"not a database" * 1000)
    assert etl_main(["first-start", "--data", str(data), "--db", str(pointer)]) == 1
    err = capsys.readouterr().err
    assert "cannot be read" in err and "python -m etl build" in err and "Traceback" not in err


def test_a_database_of_an_earlier_build_format_is_built_anew_once_by_the_first_start(tmp_path: Path) -> None:
    """(QA pass 40 #7) A database built before publication times were stored in UTC (build format
    6, the same columns) was served as it was: the Sources page labelled its unconverted times
    "UTC" until someone ran a build. The first start now builds it anew, once."""
    data = write_dataset(tmp_path / "data")
    pointer = tmp_path / "db" / "claims.duckdb"
    build(data, pointer)
    live = db.resolve_live(pointer)
    con = duckdb.connect(str(live))
    con.execute("UPDATE build_info SET value = '6' WHERE key = 'incremental_format'")
    con.close()
    assert not first_start.is_current(pointer)
    assert first_start.build_once(data, pointer, build) is True
    assert db.resolve_live(pointer) != live and first_start.is_current(pointer)
    assert first_start.build_once(data, pointer, build) is False


def _file_short_of_its_free_tail(tmp_path: Path) -> Path:
    """A database as an import or an incremental build leaves it: copied, changed, checkpointed,
    until the file ends before the free blocks its header still counts."""
    path = tmp_path / "live.duckdb"
    with duckdb.connect(str(path)) as con:
        con.execute("CREATE TABLE a (i BIGINT PRIMARY KEY, s VARCHAR)")
        con.execute("INSERT INTO a SELECT range, md5(range::VARCHAR) FROM range(300000)")
        con.execute("CREATE TABLE b AS SELECT range AS i, md5(range::VARCHAR) AS s FROM range(300000)")
    for step in range(6):
        work = tmp_path / "work.duckdb"
        shutil.copyfile(path, work)
        with duckdb.connect(str(work)) as con:
            con.execute("SET max_vacuum_tasks = 0")  # as db.new_version does on a copy
            con.execute("UPDATE b SET s = s || 'x' WHERE i % 1000 = 0")
            con.execute("DELETE FROM a WHERE i = ?", [step])
            con.execute("CHECKPOINT")
        os.replace(work, path)
        with duckdb.connect(str(path), read_only=True) as con:
            block, total = con.execute("PRAGMA database_size").fetchall()[0][2:4]
        if path.stat().st_size < 3 * 4096 + block * total:
            return path
    pytest.skip("this DuckDB leaves no free blocks off the end of a file")


def test_a_file_that_ends_before_its_free_blocks_is_whole_and_one_cut_short_is_not(tmp_path: Path) -> None:
    """(QA pass 42 #1) After a few incremental builds or imports the published file ended before
    the free blocks its header counts, and every writer refused the whole database as "cut
    short" (advising a rebuild that drops the one-off imports). A file cut inside the blocks
    its tables use is still refused."""
    path = _file_short_of_its_free_tail(tmp_path)
    with duckdb.connect(str(path), read_only=True) as con:
        assert con.execute("SELECT count(*) FROM b").fetchone() == (300000,)  # every block reads
    assert first_start.inspect(path).error is None
    with path.open("r+b") as fh:
        fh.truncate(path.stat().st_size // 2)
    assert first_start.inspect(path).error is not None  # (its size, or the block DuckDB misses)
