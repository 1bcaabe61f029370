"""Publishing is atomic: a failed or killed build leaves the previous database, readable as it was;
a reader holding the live database never blocks a build."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import pytest

import etl.build
from etl.build import build
from etl.core.db import connect_readonly, resolve_live
from etl.core.report import InputFileError
from tests.helpers import PROJECT_ROOT, claim_row, claims_csv, query, write_dataset


def _stray(pointer: Path) -> list[str]:
    """Temporary files of unfinished builds beside the pointer."""
    vdir = pointer.parent / ".versions"
    names = [p.name for p in vdir.iterdir()] if vdir.is_dir() else []
    names += [p.name for p in pointer.parent.iterdir() if p.name.endswith(".link")]
    return sorted(n for n in names if ".tmp" in n or n.endswith(".link"))


def _snapshot(pointer: Path) -> tuple[Path, list[tuple]]:
    return resolve_live(pointer), query(pointer, "SELECT claim_id, ref FROM claims ORDER BY ALL")


@pytest.fixture
def published(tmp_path: Path) -> tuple[Path, Path]:
    """A dataset (two claims) and the pointer of its published build."""
    data = write_dataset(tmp_path / "data")
    pointer = tmp_path / "db" / "claims.duckdb"
    build(data, pointer)
    assert pointer.is_symlink()
    return data, pointer


def _grow(data: Path) -> None:
    """Change the dataset so that the next build has different content (three claims)."""
    write_dataset(
        data,
        claims=claims_csv(
            claim_row(ref="n1"),
            claim_row(ref="n2", metric="wounded"),
            claim_row(ref="n3", metric="missing", claim_type="missing"),
        ),
    )


def test_a_build_that_fails_midway_leaves_the_previous_database(published, monkeypatch):
    data, pointer = published
    before = _snapshot(pointer)
    _grow(data)

    def broken_events(con, path, report):
        # Fail after actors, places, documents, claims and responses were loaded.
        assert con.execute("SELECT count(*) FROM claims").fetchone()[0] == 3
        raise RuntimeError("events loader exploded")

    files = tuple(
        (name, broken_events if name == "events.csv" else loader) for name, loader in etl.build.CURATED_FILES
    )
    monkeypatch.setattr(etl.build, "CURATED_FILES", files)
    with pytest.raises(RuntimeError, match="exploded"):
        build(data, pointer)
    assert _snapshot(pointer) == before
    assert _stray(pointer) == []
    monkeypatch.undo()
    report = build(data, pointer)
    assert report.counts["claims"] == 3
    assert resolve_live(pointer) != before[0]
    assert [r[1] for r in _snapshot(pointer)[1]] != [r[1] for r in before[1]]
    assert _stray(pointer) == []


def test_a_build_failing_on_an_unreadable_events_file_leaves_the_previous_database(published):
    data, pointer = published
    before = _snapshot(pointer)
    _grow(data)
    (data / "events.csv").unlink()
    (data / "events.csv").mkdir()  # not a readable file
    with pytest.raises(InputFileError, match=r"events\.csv"):
        build(data, pointer)
    assert _snapshot(pointer) == before
    assert _stray(pointer) == []
    (data / "events.csv").rmdir()
    write_dataset(data, claims=(data / "claims.csv").read_text())  # restores events.csv
    assert build(data, pointer).counts["claims"] == 3
    assert _stray(pointer) == []


# --- SIGKILL midway ----------------------------------------------------------------------------


def _generate_large(data: Path, n: int) -> None:
    """A valid dataset of `n` claim rows (the idea of benchmarks/etl_load.py's generate())."""
    write_dataset(data)
    con = duckdb.connect()
    try:
        con.execute(
            f"""
            COPY (
                SELECT NULL AS ref, ['HUR', 'NIS', 'Western officials'][1 + i % 3] AS claimant,
                       'Telegram' AS channel,
                       DATE '2024-08-06' + CAST(i % 600 AS INTEGER) AS stated_on,
                       'day' AS stated_on_precision, 'casualties' AS claim_type,
                       ['killed', 'wounded', 'killed_or_wounded'][1 + i % 3] AS metric,
                       'DPRK forces' AS subject, 10 + i AS value_low, NULL AS value_high,
                       'at_least' AS qualifier, 'cumulative' AS basis,
                       NULL AS period_start, NULL AS period_end,
                       ['Sudzha', 'Plekhovo;Vorozhba', ''][1 + i % 3] AS places,
                       'Kursk Oblast' AS region, 'unverified' AS verification,
                       ['doc-a', 'doc-b', 'doc-a;doc-c'][1 + i % 3] AS documents,
                       'Synthetic quote ' || i || ', "quoted"' AS quote, NULL AS notes
                FROM range({n}) t(i)
            ) TO '{data / "claims.csv"}' (HEADER)
            """
        )
    finally:
        con.close()


def test_a_build_killed_midway_leaves_the_pointer_on_the_previous_version(published, tmp_path):
    data, pointer = published
    old_version, old_claims = _snapshot(pointer)
    large = tmp_path / "large"
    _generate_large(large, 300_000)
    vdir = pointer.parent / ".versions"
    proc = subprocess.Popen(
        [sys.executable, "-m", "etl", "build", "--quiet", "--data", str(large), "--db", str(pointer)],
        cwd=PROJECT_ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    try:
        deadline = time.monotonic() + 30
        tmp_file = None
        while time.monotonic() < deadline and proc.poll() is None:
            tmps = [p for p in vdir.iterdir() if p.name.endswith(".duckdb.tmp")]
            if tmps:
                tmp_file = tmps[0]
                break
            time.sleep(0.005)
        assert tmp_file is not None, "the build never wrote a .tmp file (or ended first)"
        time.sleep(0.3)  # well into loading 300k claims
        assert proc.poll() is None, "the build finished before it could be killed"
        os.kill(proc.pid, signal.SIGKILL)
    finally:
        if proc.poll() is None:
            proc.kill()
        proc.wait(timeout=30)
        proc.stderr.close()
    assert proc.returncode == -signal.SIGKILL
    assert tmp_file.exists(), "the killed build's .tmp should still be there before the next build"
    # The pointer still names the previous version, readable read-only with its old content.
    assert resolve_live(pointer) == old_version
    con = connect_readonly(resolve_live(pointer))
    try:
        assert con.execute("SELECT claim_id, ref FROM claims ORDER BY ALL").fetchall() == old_claims
        assert con.execute("SELECT count(*) FROM claims_flat").fetchone()[0] == len(old_claims)
    finally:
        con.close()
    # The next build succeeds and removes the stale .tmp (and its .wal, if any).
    _grow(data)
    assert build(data, pointer).counts["claims"] == 3
    assert not tmp_file.exists()
    assert _stray(pointer) == []


# --- a reader holds the live database ----------------------------------------------------------


def test_a_build_succeeds_while_a_reader_holds_the_live_database(published):
    data, pointer = published
    old_real = resolve_live(pointer)
    reader = connect_readonly(old_real)
    try:
        old_claims = reader.execute("SELECT ref FROM claims ORDER BY 1").fetchall()
        assert old_claims == [("base-kia",), ("base-nis",)]
        _grow(data)
        report = build(data, pointer)  # no lock error although a reader is open
        assert report.counts["claims"] == 3
        # The open connection still reads the data it opened.
        assert reader.execute("SELECT ref FROM claims ORDER BY 1").fetchall() == old_claims
        new_real = resolve_live(pointer)
        assert new_real != old_real
        assert report.version_path == new_real
        fresh = connect_readonly(new_real)
        try:
            assert fresh.execute("SELECT ref FROM claims ORDER BY 1").fetchall() == [
                ("n1",),
                ("n2",),
                ("n3",),
            ]
        finally:
            fresh.close()
    finally:
        reader.close()


def test_what_a_writer_killed_inside_publish_left_goes_with_the_next_build(published):
    """(QA pass 28) A kill between the rename and the pointer's swap left a version newer by name
    than the live one, kept among the versions by count; a kill after the link was made left
    `.claims.duckdb.<pid>.link` for good (only the same pid removed it)."""
    data, pointer = published
    live, claims = _snapshot(pointer)
    orphan = live.with_name("claims-29991231T000000000000000-424242.duckdb")  # renamed, never pointed to
    orphan.write_bytes(live.read_bytes())
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    link = pointer.with_name(f".{pointer.name}.{dead.pid}.link")
    os.symlink(os.path.relpath(orphan, pointer.parent), link)
    assert _snapshot(pointer) == (live, claims)  # the pointer was never swapped
    _grow(data)
    assert build(data, pointer).counts["claims"] == 3
    assert not orphan.exists() and not link.exists()
    assert _stray(pointer) == []


def test_a_build_never_removes_the_version_another_pointer_in_the_folder_names(published):
    """(QA pass 29) `--db trial.duckdb` beside claims.duckdb shares .versions/: the next build of
    claims.duckdb took trial's newer version for an orphan of a killed publish and deleted it."""
    data, pointer = published
    trial = pointer.with_name("trial.duckdb")
    build(data, trial)
    _grow(data)
    assert build(data, pointer).counts["claims"] == 3
    assert query(trial, "SELECT count(*) FROM claims") == [(2,)]
