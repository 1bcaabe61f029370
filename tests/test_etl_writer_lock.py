"""One writer at a time, and no lost update: build and import serialise on the writer lock, an
import copies the live database only once it holds the lock, and a build keeps one-off imports."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
import threading
import time
from pathlib import Path

import pytest

from etl.build import build
from etl.cli import main
from etl.core import db
from etl.core.lock import LockTimeoutError, lock_path, writer_lock
from tests.helpers import PROJECT_ROOT, claim_row, claims_csv, query, write_dataset

GED = PROJECT_ROOT / "tests" / "fixtures" / "import" / "ucdp" / "ged_ukraine_sample.csv"

#: Runs `python -m etl ARGS` with the writer's work slowed by DELAY seconds (inside the lock:
#: the build's events loader, the import's loader), so that the two writers surely overlap.
DRIVER = textwrap.dedent(
    """
    import sys, time
    delay = float(sys.argv[1])
    import etl.build as b
    import etl.importers.runner as r
    slow_events = dict(b.CURATED_FILES)["events.csv"]
    def events(con, path, report):
        time.sleep(delay)
        slow_events(con, path, report)
    b.CURATED_FILES = tuple((n, events if n == "events.csv" else f) for n, f in b.CURATED_FILES)
    loader = r.run_loader
    def run_loader(*a, **k):
        time.sleep(delay)
        return loader(*a, **k)
    r.run_loader = run_loader
    from etl.cli import main
    sys.exit(main(sys.argv[2:]))
    """
)


@pytest.fixture
def published(tmp_path: Path) -> tuple[Path, Path]:
    data = write_dataset(tmp_path / "data")
    pointer = tmp_path / "db" / "claims.duckdb"
    build(data, pointer)
    return data, pointer


def _start(tmp_path: Path, args: list[str], delay: float = 1.5) -> subprocess.Popen[str]:
    driver = tmp_path / "driver.py"
    driver.write_text(DRIVER)
    env = {**os.environ, "PYTHONPATH": str(PROJECT_ROOT)}
    return subprocess.Popen(
        [sys.executable, str(driver), str(delay), *args], cwd=PROJECT_ROOT, env=env,
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )


@pytest.mark.parametrize("first", ["build", "import"])
def test_concurrent_build_and_import_keep_both_changes(published, tmp_path, first):
    data, pointer = published
    # The build's change: a new claim in claims.csv.
    write_dataset(data, claims=claims_csv(claim_row(ref="n1"), claim_row(ref="added-by-build",
                                                                          metric="wounded")))
    build_args = ["build", "--data", str(data), "--db", str(pointer), "--quiet"]
    import_args = ["import", "ucdp", str(GED), "--db", str(pointer), "--quiet"]
    order = [build_args, import_args] if first == "build" else [import_args, build_args]
    p1 = _start(tmp_path, order[0])
    time.sleep(0.4)
    p2 = _start(tmp_path, order[1])
    _out1, err1 = p1.communicate(timeout=120)
    _out2, err2 = p2.communicate(timeout=120)
    assert p1.returncode == 0, err1
    assert p2.returncode == 0, err2
    assert "waiting for another writer (pid " in err2  # the second one waited for the first
    refs = {r[0] for r in query(pointer, "SELECT ref FROM claims")}
    assert "added-by-build" in refs  # the build's change
    n_ucdp = query(pointer, "SELECT count(*) FROM events WHERE source = 'ucdp'")[0][0]
    assert n_ucdp == 4  # the import's change
    wide = query(pointer, "SELECT count(*) FROM claims_wide")[0][0]
    assert wide == len(refs)
    logged = query(pointer, "SELECT rows_read, rows_loaded, rows_quarantined FROM load_log "
                            "WHERE source_file = 'ged_ukraine_sample.csv'")
    assert logged == [(6, 4, 2)]


def test_build_keeps_an_import_and_without_imports_drops_it(published):
    data, pointer = published
    assert main(["import", "ucdp", str(GED), "--db", str(pointer), "--quiet"]) == 0
    events_sql = "SELECT * FROM events ORDER BY event_id"
    before = query(pointer, events_sql)
    docs_before = query(pointer, "SELECT * FROM event_documents ORDER BY ALL")
    assert main(["build", "--data", str(data), "--db", str(pointer), "--quiet"]) == 0
    assert query(pointer, events_sql) == before
    assert query(pointer, "SELECT * FROM event_documents ORDER BY ALL") == docs_before
    assert query(pointer, "SELECT count(*) FROM quarantine WHERE source_file = "
                          "'ged_ukraine_sample.csv'") == [(2,)]
    assert query(pointer, "SELECT via FROM import_log") == [("import",)]
    assert main(["build", "--data", str(data), "--db", str(pointer), "--quiet",
                 "--without-imports"]) == 0
    assert query(pointer, "SELECT count(*) FROM events") == [(0,)]
    assert query(pointer, "SELECT count(*) FROM import_log") == [(0,)]


def test_a_second_writer_times_out_with_one_line(published, tmp_path, capsys):
    data, pointer = published
    holder = _start(tmp_path, ["build", "--data", str(data), "--db", str(pointer), "--quiet"],
                    delay=4)
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:  # wait until the holder has the lock (its pid is written)
        if lock_path(pointer).exists() and lock_path(pointer).read_text().strip():
            break
        time.sleep(0.05)
    code = main(["import", "ucdp", str(GED), "--db", str(pointer), "--quiet",
                 "--lock-timeout", "0.5"])
    err = capsys.readouterr().err.strip().splitlines()
    holder.communicate(timeout=120)
    assert code == 1
    assert err[-1].startswith("error: ")
    assert f"another writer (pid {holder.pid})" in err[-1]
    assert "Traceback" not in "\n".join(err)
    assert query(pointer, "SELECT count(*) FROM events") == [(0,)]  # the import did nothing


def test_a_dead_holder_releases_the_lock(published, tmp_path):
    """kill -9 of a writer holding the lock: the kernel releases it, the next writer proceeds."""
    data, pointer = published
    holder = _start(tmp_path, ["build", "--data", str(data), "--db", str(pointer), "--quiet"],
                    delay=30)
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        if lock_path(pointer).exists() and lock_path(pointer).read_text().strip():
            break
        time.sleep(0.05)
    holder.kill()
    holder.communicate(timeout=30)
    started = time.monotonic()
    with writer_lock(pointer, timeout=5, on_wait=None):
        assert time.monotonic() - started < 2


def test_the_lock_is_reentrant_in_a_thread_and_exclusive_across_threads(tmp_path):
    pointer = tmp_path / "claims.duckdb"
    waited: list[str] = []
    with writer_lock(pointer, timeout=1, on_wait=None), writer_lock(pointer, timeout=1,
                                                                     on_wait=None):
        errors: list[Exception] = []

        def other() -> None:
            try:
                with writer_lock(pointer, timeout=0.3, on_wait=waited.append):
                    pass
            except LockTimeoutError as exc:
                errors.append(exc)

        t = threading.Thread(target=other)
        t.start()
        t.join()
        assert len(errors) == 1
    with writer_lock(pointer, timeout=0.3, on_wait=waited.append):  # released after the outer
        pass


def test_kept_versions_are_sized_by_bytes_as_well_as_count(tmp_path, monkeypatch):
    vdir = tmp_path / ".versions"
    vdir.mkdir()
    files = []
    for i, mb in enumerate([1, 1, 1, 1, 1]):
        f = vdir / f"claims-2026010{i}T000000000000000-1.duckdb"
        f.write_bytes(b"x" * (mb * 1_000_000))
        files.append(f)
    # A budget smaller than one version still keeps the newest two (a dashboard may read the
    # previous one); a large budget falls back to the count.
    assert db.versions_to_keep(files, 3, 1) == {files[3], files[4]}
    assert db.versions_to_keep(files, 3, 10**9) == {files[2], files[3], files[4]}
    assert db.versions_to_keep(files, 5, 3_500_000) == {files[2], files[3], files[4]}
    pointer = tmp_path / "claims.duckdb"
    monkeypatch.setenv("CLAIMS_DESK_KEEP_VERSIONS_MB", "2.5")  # room for two, not three
    db._prune_versions(pointer, keep=files[-1])
    assert sorted(p.name for p in vdir.iterdir()) == [files[3].name, files[4].name]


def test_the_lock_is_reentrant_however_the_path_is_spelled(tmp_path):
    pointer = tmp_path / "new" / "claims.duckdb"  # the folder does not exist yet
    other = tmp_path / "new" / ".." / "new" / "claims.duckdb"
    started = time.monotonic()
    with writer_lock(pointer, timeout=1, on_wait=None), writer_lock(other, timeout=1,
                                                                     on_wait=None):
        pass
    assert time.monotonic() - started < 1
