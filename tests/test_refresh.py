"""`python -m etl refresh`: against a local HTTP server (online) and unreachable ones (offline)."""

from __future__ import annotations

import csv
import datetime as dt
import functools
import hashlib
import http.server
import io
import json
import re as rx
import shutil
import socket
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import duckdb
import pytest

from etl.build import build
from etl.cli import main
from etl.core import db
from etl.importers.sources import source_steps
from tests.conftest import run_shared
from tests.helpers import close_query_connections, copy_build, table_hashes
from tests.helpers import query as q

PROJECT = Path(__file__).resolve().parents[1]
DATA = PROJECT / "data"
FIX = PROJECT / "tests" / "fixtures" / "import"
ECON = FIX / "economist"
GED = FIX / "ucdp" / "ged_ukraine_sample.csv"
GED_NEW = FIX / "ucdp" / "ged_spreadsheet_dates.csv"


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture
def upstream(tmp_path: Path) -> Iterator[tuple[str, Path]]:
    """A local HTTP server on 127.0.0.1 (in a thread) serving a folder the test fills."""
    folder = tmp_path / "upstream"
    folder.mkdir()
    handler = functools.partial(_QuietHandler, directory=str(folder))
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=httpd.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}", folder
    finally:
        httpd.shutdown()
        httpd.server_close()
        thread.join(timeout=5)


def closed_port() -> int:
    """A port on 127.0.0.1 where nothing listens (connection refused)."""
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    return port


@pytest.fixture
def silent_port() -> Iterator[int]:
    """A port that accepts connections and never answers (a timeout)."""
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    s.listen(8)
    try:
        yield s.getsockname()[1]
    finally:
        s.close()


def declare(data: Path, base: str | dict[str, str], monthly: str | None = None) -> None:
    """data/sources/economist.toml: the fixture tables as snapshot, refreshed from `base`."""
    if isinstance(base, dict):
        urls = base
    else:
        urls = {
            "estimates.csv": f"{base}/estimates.csv",
            "uk-mod-monthly.csv": monthly or f"{base}/uk-mod-monthly.csv",
        }
    table = ", ".join(f'"{k}" = "{v}"' for k, v in urls.items())
    (data / "sources" / "economist.toml").write_text(
        f'source = "economist"\npath = "sources/economist"\nsnapshot_date = 2026-08-22\n'
        f"refresh_url = {{ {table} }}\n"
    )


def project(tmp_path: Path) -> tuple[Path, Path]:
    """A data folder (the curated files + the economist snapshot) and its built database."""
    data = tmp_path / "data"
    shutil.copytree(DATA, data, ignore=shutil.ignore_patterns("claims.duckdb*", ".versions", "sources"))
    shutil.copytree(ECON, data / "sources" / "economist")
    return data, tmp_path / "db" / "claims.duckdb"


def built(data: Path, ptr: Path) -> Path:
    build(data, ptr, extra_steps=source_steps(data))
    return ptr


def _built_project(folder: Path) -> None:
    data, ptr = project(folder)
    declare(data, f"http://127.0.0.1:{closed_port()}")
    built(data, ptr)


@pytest.fixture
def built_project(tmp_path: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """This test's copy of `project`'s data folder and of its build, made once per run
    (`run_shared`). The build stores no refresh_url, so a test declares its own upstream after
    the copy and has the database a build with that declaration gives. (A test that compares
    the load log with a build of its own data folder builds its own: the log names the files.)"""
    return _shared_project(tmp_path, tmp_path_factory, "refresh-project", _built_project)


def state(ptr: Path, data: Path) -> tuple:
    """Where the pointer points, the live file's hash, and the snapshot files' hashes."""
    live = db.resolve_live(ptr)
    assert live is not None
    snaps = sorted(
        (p.name, hashlib.sha256(p.read_bytes()).hexdigest())
        for p in (data / "sources").rglob("*")
        if p.is_file()
    )
    return live, hashlib.sha256(live.read_bytes()).hexdigest(), snaps


def revised_estimates(folder: Path) -> None:
    """Upstream's next version: CIA's figure revised, the Estonian row withdrawn, one new row."""
    text = (ECON / "estimates.csv").read_text()
    lines = text.splitlines()
    out = []
    for line in lines:
        if ",CIA," in line:
            line = line.replace("20/07/2022,15000,", "20/07/2022,16000,")
        if "Estonian" in line:
            continue
        out.append(line)
    out.append(
        "05/02/2025,115000,,,deaths,Norwegian Defense Intelligence,"
        "https://www.etterretningstjenesten.no/publikasjoner/fokus,russia,"
    )
    (folder / "estimates.csv").write_text("\n".join(out) + "\n")
    shutil.copy(ECON / "uk-mod-monthly.csv", folder / "uk-mod-monthly.csv")


def test_online_refresh_prints_new_changed_withdrawn_and_updates_snapshot_and_database(
    tmp_path: Path, upstream: tuple[str, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    base, folder = upstream
    data, ptr = project(tmp_path)
    declare(data, base)
    built(data, ptr)
    before_live = db.resolve_live(ptr)
    revised_estimates(folder)

    assert main(["refresh", "--data", str(data), "--db", str(ptr), "--quiet"]) == 0
    out = capsys.readouterr().out
    assert "economist (" in out
    assert ": 1 new, 1 changed, 1 withdrawn, 15 unchanged claims" in out
    assert "snapshot updated:" in out and "published" in out
    assert db.resolve_live(ptr) != before_live
    # The database has the new version...
    assert q(ptr, "SELECT value_low FROM claims_wide WHERE claimant LIKE 'Central Intel%'") == [(16000,)]
    assert q(ptr, "SELECT count(*) FROM claims_wide WHERE claimant LIKE 'Estonian%'") == [(0,)]
    assert q(ptr, "SELECT count(*) FROM claims_wide WHERE claimant LIKE 'Norwegian%'") == [(1,)]
    assert q(ptr, "SELECT via FROM import_log WHERE source = 'economist' ORDER BY 1") == [
        ("refresh",),
        ("refresh",),
    ]
    # ...the snapshot is the downloaded file...
    snap = data / "sources" / "economist"
    assert (snap / "estimates.csv").read_bytes() == (folder / "estimates.csv").read_bytes()
    assert sorted(p.name for p in snap.iterdir()) == ["estimates.csv", "uk-mod-monthly.csv"]
    # ...the declaration says when the snapshot was taken, in the file and in the database...
    today = dt.date.today()
    assert f"snapshot_date = {today.isoformat()}\n" in (data / "sources" / "economist.toml").read_text()
    assert q(ptr, "SELECT DISTINCT snapshot_date FROM source_declarations WHERE source = 'economist'") == [
        (today,)
    ]
    # ...and a build from the updated snapshot gives the same rows as the refresh.
    rebuilt = built(data, tmp_path / "rebuilt" / "claims.duckdb")
    for sql in (
        "SELECT * FROM claims ORDER BY ALL",
        "SELECT * FROM claims_wide ORDER BY ALL",
        "SELECT * FROM reports ORDER BY ALL",
        "SELECT * FROM claim_warring_flags ORDER BY ALL",
        "SELECT * FROM load_log ORDER BY ALL",
        "SELECT * FROM quarantine ORDER BY ALL",
    ):
        assert q(ptr, sql) == q(rebuilt, sql), sql


def test_refreshing_unchanged_upstream_changes_nothing(
    built_project: tuple[Path, Path], upstream: tuple[str, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    base, folder = upstream
    data, ptr = built_project
    declare(data, base)
    for name in ("estimates.csv", "uk-mod-monthly.csv"):
        shutil.copy(ECON / name, folder / name)
    before = state(ptr, data)
    assert main(["refresh", "economist", "--data", str(data), "--db", str(ptr), "--quiet"]) == 0
    assert "upstream files unchanged, nothing to do" in capsys.readouterr().out
    assert state(ptr, data) == before


@pytest.mark.parametrize("how", ["connection refused", "DNS failure", "timeout"])
def test_offline_refresh_prints_one_line_exits_1_and_changes_nothing(
    built_project: tuple[Path, Path],
    upstream: tuple[str, Path],
    silent_port: int,
    how: str,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import etl.importers.inputs as common

    base, folder = upstream
    revised_estimates(folder)  # the first file would download fine and differs: still untouched
    data, ptr = built_project
    bad = {
        "connection refused": f"http://127.0.0.1:{closed_port()}/uk-mod-monthly.csv",
        "DNS failure": "http://claims-desk-upstream.invalid/uk-mod-monthly.csv",
        "timeout": f"http://127.0.0.1:{silent_port}/uk-mod-monthly.csv",
    }[how]
    # A silent server fails at the per-read timeout (20 s in use; 1 s here: the same code path).
    monkeypatch.setattr(common, "READ_TIMEOUT_S", 1.0)
    declare(data, base, monthly=bad)
    capsys.readouterr()
    before = state(ptr, data)
    assert main(["refresh", "--data", str(data), "--db", str(ptr), "--quiet"]) == 1
    out, err = capsys.readouterr()
    assert out == ""
    assert len(err.splitlines()) == 1, err
    assert err.startswith("error: refresh failed: cannot download ")
    assert err.rstrip().endswith("database and snapshots unchanged")
    assert state(ptr, data) == before
    assert not list((data / "sources" / "economist").glob(".*.refresh"))


def test_refresh_source_only_fetches_that_source_and_diffs_events(
    tmp_path: Path, upstream: tuple[str, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    base, folder = upstream
    data, ptr = project(tmp_path)
    # The economist declaration points at a dead port: `refresh ucdp` must not even try it.
    declare(data, f"http://127.0.0.1:{closed_port()}")
    shutil.copy(GED, data / "sources" / "ged.csv")
    (data / "sources" / "ucdp.toml").write_text(
        f'source = "ucdp"\npath = "sources/ged.csv"\nupstream_url = "{base}/ged.csv"\n'
    )
    built(data, ptr)
    econ_before = q(ptr, "SELECT * FROM claims WHERE source = 'economist' ORDER BY ALL")
    shutil.copy(GED_NEW, folder / "ged.csv")
    assert main(["refresh", "ucdp", "--data", str(data), "--db", str(ptr), "--quiet"]) == 0
    out = capsys.readouterr().out
    # The old file's 3 events are gone upstream, the new file brings 4.
    assert ": 4 new, 0 changed, 3 withdrawn, 0 unchanged events" in out
    # (QA pass 31) the per-file table of `build` and `import`, under the source's line
    assert rx.search(r"\n  file +read +loaded +quarantined\n  \S*ged\.csv +8 +4 +4\n", out), out
    assert q(ptr, "SELECT count(*) FROM events WHERE source = 'ucdp'") == [(4,)]
    assert q(ptr, "SELECT count(*) FROM quarantine WHERE source_file = 'ged.csv'") == [(4,)]
    assert q(ptr, "SELECT * FROM claims WHERE source = 'economist' ORDER BY ALL") == econ_before
    assert (data / "sources" / "ged.csv").read_bytes() == GED_NEW.read_bytes()


def _ucdp_project_with_a_one_off_import(tmp_path: Path, base: str) -> tuple[Path, Path]:
    """`project`'s data with the UCDP fixture declared (upstream at `base`), built, and a one-off
    import of another UCDP file (the new fixture's rows under other ids, 5200xx)."""
    data, ptr = project(tmp_path)
    shutil.copy(GED, data / "sources" / "ged.csv")
    (data / "sources" / "ucdp.toml").write_text(
        f'source = "ucdp"\npath = "sources/ged.csv"\nupstream_url = "{base}/ged.csv"\n'
    )
    built(data, ptr)
    other = tmp_path / "other-ged.csv"
    other.write_text(GED_NEW.read_text().replace("\n5100", "\n5200"))
    assert main(["import", "ucdp", str(other), "--db", str(ptr), "--quiet"]) == 0
    return data, ptr


def test_refresh_keeps_what_a_one_off_import_of_the_same_source_added(
    tmp_path: Path, upstream: tuple[str, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    """A refresh withdraws what upstream withdrew from the declared snapshot, never the events an
    analyst imported from another file of the same publisher (`python -m etl import ucdp FILE`):
    those stay, with their import_log row, through the refresh and the next build."""
    base, folder = upstream
    data, ptr = _ucdp_project_with_a_one_off_import(tmp_path, base)
    one_off = q(
        ptr, "SELECT event_id FROM events WHERE source = 'ucdp' AND event_id LIKE '%5200%' ORDER BY 1"
    )
    assert len(one_off) == 4
    capsys.readouterr()
    shutil.copy(GED_NEW, folder / "ged.csv")  # upstream: the snapshot's 3 events gone, 4 new
    assert main(["refresh", "ucdp", "--data", str(data), "--db", str(ptr), "--quiet"]) == 0
    out, err = capsys.readouterr()
    assert ": 4 new, 0 changed, 3 withdrawn, 4 unchanged events" in out
    assert "note: kept what one-off imports of ucdp added (1 file(s)" in err
    for after in ("refresh", "build"):
        if after == "build":
            built(data, ptr)
        assert q(ptr, "SELECT count(*) FROM events WHERE source = 'ucdp'") == [(8,)], after
        assert q(ptr, "SELECT event_id FROM events WHERE event_id LIKE '%5200%' ORDER BY 1") == one_off, after
        assert q(ptr, "SELECT via FROM import_log WHERE source_file = 'other-ged.csv'") == [("import",)], (
            after
        )


def test_refresh_without_an_upstream_url_is_a_one_line_error(
    built_project: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    data, ptr = built_project
    (data / "sources" / "economist.toml").write_text('source = "economist"\npath = "sources/economist"\n')
    capsys.readouterr()
    assert main(["refresh", "--data", str(data), "--db", str(ptr), "--quiet"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert "no enabled source to refresh in" in err
    assert "economist.toml: no refresh_url, upstream_url or url" in err


def test_an_upstream_file_that_fails_to_import_changes_nothing(
    built_project: tuple[Path, Path], upstream: tuple[str, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    base, folder = upstream
    data, ptr = built_project
    declare(data, base)
    shutil.copy(ECON / "uk-mod-monthly.csv", folder / "uk-mod-monthly.csv")
    (folder / "estimates.csv").write_text((ECON / "estimates.csv").read_text().splitlines()[0])
    capsys.readouterr()
    before = state(ptr, data)
    assert main(["refresh", "--data", str(data), "--db", str(ptr), "--quiet"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert "estimates.csv: no rows (only a header row)" in err
    assert state(ptr, data) == before


def test_a_web_page_where_data_was_expected_is_a_one_line_error(
    built_project: tuple[Path, Path], upstream: tuple[str, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    base, folder = upstream
    data, ptr = built_project
    declare(data, base)
    (folder / "estimates.csv").write_text("<!DOCTYPE html>\n<html><body>GitHub page</body></html>\n")
    shutil.copy(ECON / "uk-mod-monthly.csv", folder / "uk-mod-monthly.csv")
    capsys.readouterr()
    before = state(ptr, data)
    assert main(["refresh", "--data", str(data), "--db", str(ptr), "--quiet"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert "/estimates.csv is a web page, not the data file; give the file's own URL as refresh_url" in err
    assert state(ptr, data) == before


def test_github_blob_pages_are_fetched_from_raw_and_folder_pages_are_not_guessed(tmp_path: Path) -> None:
    from etl.importers.refresh import fetch_url, plans_for

    assert fetch_url("https://github.com/peacerep/ukraine-map/blob/f0821cc/data/UCDP-Ukraine.csv") == (
        "https://raw.githubusercontent.com/peacerep/ukraine-map/f0821cc/data/UCDP-Ukraine.csv"
    )
    data, _ = project(tmp_path)
    (data / "sources" / "gs").mkdir()
    (data / "sources" / "gs.toml").write_text(
        'source = "general-staff"\npath = "sources/gs"\nupstream_url = "https://github.com/o/r"\n'
    )
    (data / "sources" / "ucdp.toml").write_text(
        'source = "ucdp"\npath = "sources/ged.csv"\nupstream_url = "https://github.com/o/r/blob/main/ged.csv"\n'
    )
    plans = plans_for(data, None)
    assert plans["general-staff"][0].targets == []
    assert "add refresh_url" in (plans["general-staff"][0].skip or "")
    assert plans["ucdp"][0].targets == [
        (data.resolve() / "sources" / "ged.csv", "https://raw.githubusercontent.com/o/r/main/ged.csv")
    ]


def _project_and_newer_estimates(tmp_path: Path) -> tuple[Path, Path, Path]:
    """`project`'s data and build, and a one-off file named as the declared `estimates.csv` with one
    newer row (a Norwegian estimate of 115,000)."""
    data, ptr = project(tmp_path)
    declare(data, f"http://127.0.0.1:{closed_port()}")
    built(data, ptr)
    newer = tmp_path / "one-off" / "estimates.csv"
    newer.parent.mkdir()
    newer.write_text(
        (ECON / "estimates.csv").read_text().rstrip("\n")
        + "\n05/02/2025,115000,,,deaths,Norwegian Defense Intelligence,https://example.org/n,russia,\n"
    )
    return data, ptr, newer


def test_a_one_off_import_named_as_a_declared_file_survives_full_builds_under_its_own_label(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """(QA 7) An analyst imports upstream's own file name (`estimates.csv`) with a newer row: the
    import is logged as "estimates.csv (one-off import)", and a full build keeps its row and both
    files' logs (under the declared name, its import_log and load_log rows replaced the declared
    file's, and the next full build took the import for its own file and dropped the row)."""
    data, ptr, newer = _project_and_newer_estimates(tmp_path)
    assert main(["import", "economist", str(newer), "--db", str(ptr), "--quiet"]) == 0
    norwegian = "SELECT count(*) FROM claims WHERE source = 'economist' AND value_low = 115000"
    label = "estimates.csv (one-off import)"
    for step in ("import", "full build", "incremental build"):
        if step != "import":
            build(data, ptr, extra_steps=source_steps(data), incremental=step != "full build")
        assert q(ptr, norwegian) == [(1,)], step
        assert q(ptr, "SELECT via FROM import_log WHERE source_file = $1", [label]) == [("import",)], step
        assert q(ptr, "SELECT via FROM import_log WHERE source_file = 'estimates.csv'") == [("build",)], step
        logs = dict(q(ptr, "SELECT source_file, rows_read FROM load_log WHERE source = 'economist'"))
        assert logs["estimates.csv"] > 1 and logs[label] == logs["estimates.csv"] + 1, (step, logs)


def test_a_refresh_with_one_off_imports_and_no_snapshot_to_compare_is_refused(
    tmp_path: Path, upstream: tuple[str, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    """(QA 7) With the old snapshot gone, the rows upstream withdrew could not be told from a one-off
    import's and were kept as if imported ("0 withdrawn"): the refresh now says why in one line
    and changes nothing."""
    base, folder = upstream
    data, ptr = _ucdp_project_with_a_one_off_import(tmp_path, base)
    (data / "sources" / "ged.csv").unlink()
    shutil.copy(GED_NEW, folder / "ged.csv")
    live = db.resolve_live(ptr)
    capsys.readouterr()
    assert main(["refresh", "ucdp", "--data", str(data), "--db", str(ptr), "--quiet"]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "its snapshot is missing" in err[0] and "cannot be told" in err[0], err
    assert db.resolve_live(ptr) == live  # nothing published


def test_a_full_build_keeps_an_older_import_logged_under_a_declared_files_name(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """(QA 7) A database from before: the one-off import is logged under the declared file's own
    name. The next full build carries it under "<name> (one-off import)" all the same."""
    import etl.importers.runner as runner

    data, ptr, newer = _project_and_newer_estimates(tmp_path)
    with monkeypatch.context() as m:
        m.setattr(runner, "_own_labels", lambda _con, files: files)  # as the import logged it before
        assert main(["import", "economist", str(newer), "--db", str(ptr), "--quiet"]) == 0
    assert q(ptr, "SELECT via FROM import_log WHERE source_file = 'estimates.csv'") == [("import",)]
    build(data, ptr, extra_steps=source_steps(data), incremental=False)
    assert q(ptr, "SELECT count(*) FROM claims WHERE source = 'economist' AND value_low = 115000") == [(1,)]
    assert q(
        ptr, "SELECT source_file, via FROM import_log WHERE source_file LIKE 'estimates.csv%' ORDER BY 1"
    ) == [
        ("estimates.csv", "build"),
        ("estimates.csv (one-off import)", "import"),
    ]


def _make_declared_gs(folder: Path) -> None:
    data = folder / "data"
    shutil.copytree(DATA, data, ignore=shutil.ignore_patterns("claims.duckdb*", ".versions", "sources"))
    shutil.copytree(FIX / "general-staff", data / "sources" / "general-staff")
    (data / "sources" / "general-staff.toml").write_text(
        'source = "general-staff"\npath = "sources/general-staff"\n'
    )
    built(data, folder / "db" / "claims.duckdb")


def _make_declared_ucdp(folder: Path) -> None:
    data, ptr = project(folder)
    shutil.copy(GED, data / "sources" / "ged.csv")
    (data / "sources" / "ucdp.toml").write_text('source = "ucdp"\npath = "sources/ged.csv"\n')
    built(data, ptr)


def _shared_project(
    tmp_path: Path, factory: pytest.TempPathFactory, name: str, make: Callable[[Path], None]
) -> tuple[Path, Path]:
    """This test's copy of a data folder and its build, made once per run (`run_shared`, as
    `built_project`): a build costs about half a CPU second, and most tests here start from one of
    the same few."""
    shared = run_shared(factory, name, make)
    data = tmp_path / "data"
    shutil.copytree(shared / "data", data)
    return data, copy_build(shared / "db" / "claims.duckdb", tmp_path / "db")


def _declared_gs_project(tmp_path: Path, factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """The curated files with the General Staff fixture declared in data/sources/, built."""
    return _shared_project(tmp_path, factory, "refresh-declared-gs", _make_declared_gs)


def _declared_ucdp_project(tmp_path: Path, factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """`project`'s data with the UCDP fixture declared in data/sources/, built."""
    return _shared_project(tmp_path, factory, "refresh-declared-ucdp", _make_declared_ucdp)


def _ged_with(path: Path, column: str, value: str, was: str | None = None) -> None:
    """The UCDP fixture with event 400001's `column` set to `value`, written to `path`."""
    rows = list(csv.reader(io.StringIO(GED.read_bytes().decode("latin-1"), newline="")))
    k = rows[0].index(column)
    assert rows[1][0] == "400001" and (was is None or rows[1][k] == was)
    rows[1][k] = value
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\n").writerows(rows)
    path.write_bytes(buf.getvalue().encode("latin-1"))


@pytest.mark.parametrize(
    "source",
    [
        "general-staff",
        "economist",
        "ucdp",
        "general-staff direction",
        "ucdp coordinates",
        "general-staff new day",
    ],
)
def test_a_one_off_imports_revised_figure_survives_full_builds_as_it_does_incremental_ones(
    tmp_path: Path, tmp_path_factory: pytest.TempPathFactory, source: str
) -> None:
    """(QA pass 13) A newer copy of a declared file, imported by hand, revises a figure. A full
    build used to restore the declared copy's figure (General Staff: the same claim id), or keep
    both figures as two claims (The Economist: the id changes with the figure), while an
    incremental build kept the revision: two builds of the same inputs disagreed. (QA pass 26,
    session 32) The documents too: a one-off copy's digest and last day stayed on the shared
    document after an incremental build, and a full build put the declared copy's back."""
    newer = tmp_path / "one-off"
    newer.mkdir()
    if source == "general-staff":
        data, ptr = _declared_gs_project(tmp_path, tmp_path_factory)
        text = (FIX / "general-staff" / "russia_losses_personnel.json").read_text()
        assert '"personnel": 5710' in text
        (newer / "russia_losses_personnel.json").write_text(
            text.replace('"personnel": 5710', '"personnel": 5720')
        )
        what = "SELECT claim_id, value_low FROM claims WHERE source = 'general-staff' AND value_low IN (5710, 5720)"
        revised = [("gs-2022-03-01-personnel_losses", 5720)]
    elif source == "general-staff new day":  # (the file's document is dated by its last day)
        data, ptr = _declared_gs_project(tmp_path, tmp_path_factory)
        days = json.loads((FIX / "general-staff" / "russia_losses_personnel.json").read_text())
        assert days[-1]["date"] == "2022-03-01"
        days.append({"date": "2022-03-02", "day": 7, "personnel": 5840, "personnel*": "about"})
        (newer / "russia_losses_personnel.json").write_text(json.dumps(days))
        what = "SELECT published_at FROM documents WHERE doc_id = 'general-staff-russia-losses-personnel'"
        revised = [(dt.datetime(2022, 3, 2),)]
    elif source == "general-staff direction":  # (QA pass 15) only the day's direction, in notes
        data, ptr = _declared_gs_project(tmp_path, tmp_path_factory)
        text = (FIX / "general-staff" / "russia_losses_equipment.json").read_text()
        assert text.count('"greatest losses direction": "Kursk"') == 1
        (newer / "russia_losses_equipment.json").write_text(
            text.replace('"greatest losses direction": "Kursk"', '"greatest losses direction": "Sudzha"')
        )
        what = "SELECT count(*) FROM claims WHERE source = 'general-staff' AND notes LIKE '%Sudzha%'"
        revised = [(4,)]
    elif source == "ucdp coordinates":  # (QA pass 15) an event's coordinates, not its figures
        data, ptr = _declared_ucdp_project(tmp_path, tmp_path_factory)
        _ged_with(newer / "ged.csv", "latitude", "51.25")
        what = "SELECT lat FROM events WHERE event_id = 'ucdp-400001'"
        revised = [(51.25,)]
    elif source == "ucdp":  # an event's deaths: best 10 (low 5, high 15) revised to 12
        data, ptr = _declared_ucdp_project(tmp_path, tmp_path_factory)
        _ged_with(newer / "ged.csv", "best", "12", was="10")
        what = "SELECT fatalities_low, fatalities_best, fatalities_high FROM events WHERE event_id = 'ucdp-400001'"
        revised = [(5, 12, 15)]
    else:
        data, ptr = _shared_project(tmp_path, tmp_path_factory, "refresh-project", _built_project)
        text = (ECON / "estimates.csv").read_text()
        assert "20/07/2022,15000," in text
        (newer / "estimates.csv").write_text(text.replace("20/07/2022,15000,", "20/07/2022,16000,"))
        what = "SELECT value_low FROM claims_wide WHERE claimant LIKE 'Central Intel%'"
        revised = [(16000,)]
    target = newer / {
        "general-staff": "russia_losses_personnel.json",
        "general-staff new day": "russia_losses_personnel.json",
        "general-staff direction": "russia_losses_equipment.json",
        "ucdp": "ged.csv",
        "ucdp coordinates": "ged.csv",
    }.get(source, "estimates.csv")
    importer = source.split()[0]
    assert main(["import", importer, str(target), "--db", str(ptr), "--quiet"]) == 0
    every = (
        "SELECT claim_id, hash(value_low, value_high, notes, quote) FROM claims UNION ALL "
        "SELECT event_id, hash(fatalities_best, fatalities_high, lat, lon, place_name) FROM events UNION ALL "
        # (QA pass 26) the documents too: the table document's content_hash was the one-off
        # file's after an incremental build and the declared file's after a full one
        "SELECT doc_id, hash(outlet, url, title, published_at, content_hash, notes) FROM documents ORDER BY 1"
    )
    after_import = q(ptr, every)
    assert q(ptr, what) == revised
    for step in ("full build", "incremental build", "full build again"):
        build(data, ptr, extra_steps=source_steps(data), incremental=step == "incremental build")
        assert q(ptr, what) == revised, step
        assert q(ptr, every) == after_import, step


def test_a_one_off_imports_second_source_for_a_declared_claim_survives_full_builds(
    tmp_path: Path, tmp_path_factory: pytest.TempPathFactory
) -> None:
    """(QA pass 26) A newer copy of the declared estimates table cites another source for CIA's
    15,000: one claim, a second report. An incremental build kept that report and a full build
    dropped it (n_reports 2 against 1, another source_url), so two builds of the same inputs
    disagreed."""
    data, ptr = _shared_project(tmp_path, tmp_path_factory, "refresh-project", _built_project)
    text = (ECON / "estimates.csv").read_text()
    old_url = "https://www.reuters.com/world/europe/cia-director-says-some-15000-russians-killed-ukraine-war-2022-07-20/"
    assert old_url in text
    newer = tmp_path / "one-off"
    newer.mkdir()
    (newer / "estimates.csv").write_text(
        text.replace(old_url, "https://apnews.com/article/cia-burns-15000-russians")
    )
    assert main(["import", "economist", str(newer / "estimates.csv"), "--db", str(ptr), "--quiet"]) == 0
    cia = (
        "SELECT r.doc_id, d.url FROM reports r JOIN documents d USING (doc_id) JOIN claims_wide w USING (claim_id) "
        "WHERE w.claimant LIKE 'Central Intel%' ORDER BY 1"
    )
    wide = "SELECT n_reports, reported_by, source_url FROM claims_wide WHERE claimant LIKE 'Central Intel%'"
    after_import, shown = q(ptr, cia), q(ptr, wide)
    assert len(after_import) == 3 and any("apnews.com" in u for _, u in after_import)  # (and the table)
    for step in ("full build", "incremental build", "full build again"):
        build(data, ptr, extra_steps=source_steps(data), incremental=step == "incremental build")
        assert q(ptr, cia) == after_import, step
        assert q(ptr, wide) == shown, step


def _curated_row_then_one_off_table(
    tmp_path: Path, factory: pytest.TempPathFactory, row: str, table_row: str
) -> tuple[Path, Path, Path]:
    """The built project with a curated `row` appended to claims.csv, and a one-off Economist
    table of one `table_row` written (not imported): (data, pointer, table)."""
    data, ptr = _shared_project(tmp_path, factory, "refresh-project", _built_project)
    with (data / "claims.csv").open("a", encoding="utf-8", newline="") as fh:
        fh.write(row + "\n")
    built(data, ptr)
    table = tmp_path / "one-off" / "economist-one-row.csv"
    table.parent.mkdir()
    table.write_text(
        'date,estimate_low,estimate_high,estimate,type,source,source_url,country,"ignore for chart, data from warring parties"\n'
        + table_row
        + "\n"
    )
    return data, ptr, table


def test_a_one_off_imports_report_of_a_curated_claim_survives_full_builds(
    tmp_path: Path, tmp_path_factory: pytest.TempPathFactory
) -> None:
    """(QA pass 37 #2) A curated row (UK MoD, about 1,000,000, 2025-07-15) that a one-off copy of
    The Economist's table also lists: one claim, with the import's two reports (the table's
    document, which the declared file's build makes too, and the row's link). A full build carried
    the link's document but dropped the table's report (n_reports 3, then 2), since the table's
    document is the build's own. The import now records the reports it gives other sources'
    claims, and builds of every kind keep them."""
    data, ptr, one_off = _curated_row_then_one_off_table(
        tmp_path,
        tmp_path_factory,
        "UKY,UK Ministry of Defence,X,2025-07-15,day,casualties,killed_or_wounded,Russian forces,"
        '1000000,1000000,about,cumulative,,,,,unverified,kbs-2025-03-28-uk-mod-5000,"UK MoD: about 1,000,000",',
        "15/07/2025,,,1000000,casualties,UK MoD,https://example.org/ukmod-1m,russia,",
    )
    assert main(["import", "economist", str(one_off), "--db", str(ptr), "--quiet"]) == 0
    reports = (
        "SELECT d.source, d.doc_id FROM reports r JOIN documents d USING (doc_id) "
        "JOIN claims c USING (claim_id) WHERE c.ref = 'UKY' ORDER BY 1, 2"
    )
    wide = "SELECT w.n_reports, w.reported_by FROM claims_wide w JOIN claims c USING (claim_id) WHERE c.ref = 'UKY'"
    after_import, shown = q(ptr, reports), q(ptr, wide)
    assert [s for s, _ in after_import] == ["curated", "economist", "economist"], after_import
    for step in ("full build", "incremental build", "full build again"):
        build(data, ptr, extra_steps=source_steps(data), incremental=step == "incremental build")
        assert q(ptr, reports) == after_import, step
        assert q(ptr, wide) == shown, step


@pytest.mark.parametrize("source", ["economist", "general-staff"])
def test_one_off_imports_that_undo_each_other_leave_what_a_full_build_gives(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], source: str
) -> None:
    """(QA pass 30) One-off copies of a declared file: v1 (The Economist: CIA's 15,000 cited from
    another link, a second report; General Staff: a new day), v2 (a figure revised), then v1
    again. The live database lost the declared file's report of CIA's claim (2 reports; a full
    build gave 3), and kept a record of a General Staff "revision" to the declared figure itself.
    Now the third import loads the declared file again and the live database is what a full
    build of the same inputs gives, table by table."""
    v1, v2 = tmp_path / "v1", tmp_path / "v2"
    v1.mkdir()
    v2.mkdir()
    if source == "economist":
        data, ptr = project(tmp_path)  # (built here: the load log names this data folder's files)
        declare(data, f"http://127.0.0.1:{closed_port()}")
        built(data, ptr)
        name, text = "estimates.csv", (ECON / "estimates.csv").read_text()
        old_url = "https://www.reuters.com/world/europe/cia-director-says-some-15000-russians-killed-ukraine-war-2022-07-20/"
        first = text.replace(old_url, "https://apnews.com/article/cia-burns-15000-russians")
        second = first.replace("20/07/2022,15000,", "20/07/2022,16000,")
        what = (
            "SELECT value_low, n_reports, reported_by, source_url FROM claims_wide "
            "WHERE claimant LIKE 'Central Intel%'"
        )
    else:
        _make_declared_gs(tmp_path)
        data, ptr = tmp_path / "data", tmp_path / "db" / "claims.duckdb"
        name = "russia_losses_personnel.json"
        days = json.loads((FIX / "general-staff" / name).read_text())
        days.append({"date": "2022-03-02", "day": 7, "personnel": 5840, "personnel*": "about"})
        first = json.dumps(days)
        assert '"personnel": 5710' in first
        second = first.replace('"personnel": 5710', '"personnel": 5720')
        what = (
            "SELECT value_low, n_reports FROM claims_wide WHERE claim_id = 'gs-2022-03-01-personnel_losses'"
        )
    (v1 / name).write_text(first)
    (v2 / name).write_text(second)
    given = q(ptr, what)
    for step in (v1, v2, v1):
        assert main(["import", source, str(step / name), "--db", str(ptr), "--quiet"]) == 0, step
    said = capsys.readouterr().err
    live = db.resolve_live(ptr)
    assert live is not None
    assert q(ptr, what)[0][0] == given[0][0]
    if source == "economist":  # the declared file's report and the one-off file's
        assert q(ptr, what)[0][1] == given[0][1] + 1
    assert q(ptr, "SELECT count(*) FROM import_touched WHERE id = 'gs-2022-03-01-personnel_losses'") == [(0,)]
    full = build(data, ptr, extra_steps=source_steps(data), incremental=False)
    assert full.version_path is not None
    close_query_connections()  # (`q` keeps its connection; `table_hashes` opens its own)
    a, b = table_hashes(live), table_hashes(full.version_path)
    assert [t for t in a if a[t] != b.get(t)] == []
    assert "row(s) set back to the figures a declared file gives" in said  # (and why it reloaded)


@pytest.mark.parametrize("source", ["economist", "general-staff"])
def test_a_row_a_one_off_import_added_then_revised_stays_through_full_builds_and_undoing(
    tmp_path: Path, source: str
) -> None:
    """(QA pass 33) A one-off file adds a row no declared file gives (a new estimate; a new day),
    a second one revises it (The Economist: a new claim id; General Staff: the same id): its
    record took the first import's figures for a declared file's, so a full build dropped the
    row, and importing the first file again "set it back to a declared file's figures" and lost
    it. After every import the live database is what a full build gives, the row in it."""
    v1, v2 = tmp_path / "v1", tmp_path / "v2"
    v1.mkdir()
    v2.mkdir()
    if source == "economist":
        data, ptr = project(tmp_path)
        declare(data, f"http://127.0.0.1:{closed_port()}")
        built(data, ptr)
        name = "estimates.csv"
        head = (ECON / name).read_text().splitlines()[0]
        row = "05/02/2025,{},,,deaths,QA Institute of Studies,https://example.org/qa,russia,"
        (v1 / name).write_text(f"{head}\n{row.format(42000)}\n")
        (v2 / name).write_text(f"{head}\n{row.format(43000)}\n")
        what = "SELECT value_low FROM claims_wide WHERE claimant = 'QA Institute of Studies'"
    else:
        _make_declared_gs(tmp_path)
        data, ptr = tmp_path / "data", tmp_path / "db" / "claims.duckdb"
        name = "russia_losses_personnel.json"
        days = json.loads((FIX / "general-staff" / name).read_text())
        for folder, figure in ((v1, 5840), (v2, 5850)):
            (folder / name).write_text(
                json.dumps(
                    [*days, {"date": "2022-03-02", "day": 7, "personnel": figure, "personnel*": "about"}]
                )
            )
        what = "SELECT value_low FROM claims WHERE claim_id = 'gs-2022-03-02-personnel_losses'"
    for step in (v1, v2, v1):
        assert main(["import", source, str(step / name), "--db", str(ptr), "--quiet"]) == 0, step
        after = q(ptr, what)
        assert len(after) == 1, (step, after)
        live = db.resolve_live(ptr)
        full = build(data, ptr, incremental=False)
        assert live is not None and full.version_path is not None
        close_query_connections()
        a, b = table_hashes(live), table_hashes(full.version_path)
        assert [t for t in a if a[t] != b.get(t)] == [], step
        assert q(ptr, what) == after, step


def test_an_undoing_import_does_not_load_a_declared_file_edited_since_the_last_build(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """(QA pass 33) v1, v2, then the declared file edited on disk (not built), then v1 again: the
    import loaded the edited declared file, and once the edit was undone the next incremental
    build (its record unchanged) kept the edit's rows. Now the import leaves a declared file it
    was not built from alone, says why, and the next build is a full one."""
    _make_declared_gs(tmp_path)
    data, ptr = tmp_path / "data", tmp_path / "db" / "claims.duckdb"
    name = "russia_losses_personnel.json"
    declared = data / "sources" / "general-staff" / name
    text = declared.read_text()
    days = json.loads(text)
    days.append({"date": "2022-03-02", "day": 7, "personnel": 5840, "personnel*": "about"})
    v1, v2 = tmp_path / "v1", tmp_path / "v2"
    v1.mkdir()
    v2.mkdir()
    (v1 / name).write_text(json.dumps(days))
    (v2 / name).write_text(json.dumps(days).replace('"personnel": 5710', '"personnel": 5720'))
    for step in (v1, v2):
        assert main(["import", "general-staff", str(step / name), "--db", str(ptr), "--quiet"]) == 0
    assert '"personnel": 2800' in text
    declared.write_text(text.replace('"personnel": 2800', '"personnel": 2801'))  # edited, not built
    capsys.readouterr()
    assert main(["import", "general-staff", str(v1 / name), "--db", str(ptr), "--quiet"]) == 0
    said = capsys.readouterr().err
    assert (
        "not loaded again (sources/general-staff/russia_losses_personnel.json changed since the last build)"
        in said
    )
    assert q(ptr, "SELECT count(*) FROM claims WHERE value_low = 2801") == [(0,)]  # the edit is not published
    declared.write_text(text)  # the edit undone
    report = build(data, ptr, extra_steps=None)
    assert report.mode == "full" and "could not load it again" in (report.fallback or "")
    live = db.resolve_live(ptr)
    full = build(data, ptr, incremental=False)
    assert live is not None and full.version_path is not None
    close_query_connections()
    a, b = table_hashes(live), table_hashes(full.version_path)
    assert [t for t in a if a[t] != b.get(t)] == []


def test_a_refresh_with_a_one_off_import_live_gives_what_a_full_build_gives(
    tmp_path: Path, upstream: tuple[str, Path]
) -> None:
    """(Session 34) A refresh reloads its source: the actors the declared tables create were
    kept from before, so the refreshed `import_log` said no actor was created where a full build
    of the same snapshot lists them. Every table is now what a full build gives, with a one-off
    import live (its own new actor, a Norwegian agency, carried)."""
    base, folder = upstream
    data, ptr = project(tmp_path)
    declare(data, base)
    built(data, ptr)
    one_off = tmp_path / "one-off" / "norway.csv"
    one_off.parent.mkdir()
    one_off.write_text(
        (ECON / "estimates.csv").read_text().splitlines()[0]
        + "\n05/02/2025,115000,,,deaths,Norwegian Defense Intelligence,https://example.org/n,russia,\n"
    )
    assert main(["import", "economist", str(one_off), "--db", str(ptr), "--quiet"]) == 0
    revised_estimates(folder)
    assert main(["refresh", "--data", str(data), "--db", str(ptr), "--quiet"]) == 0
    live = db.resolve_live(ptr)
    assert live is not None
    created = "SELECT warnings FROM import_log WHERE source_file = 'estimates.csv'"
    assert "actor(s) created: Central Intelligence Agency" in q(ptr, created)[0][0]
    full = build(data, ptr, extra_steps=source_steps(data), incremental=False)
    assert full.version_path is not None
    close_query_connections()
    a, b = table_hashes(live), table_hashes(full.version_path)
    # (a refresh records where it fetched each file and that it did, and is no build)
    assert [t for t in a if a[t] != b.get(t)] == ["build_inputs", "import_log"]
    logged = "SELECT source_file, content_sha256, rows_new, warnings FROM import_log ORDER BY ALL"
    assert q(live, logged) == q(full.version_path, logged)


def test_a_corrected_declared_file_replaces_its_old_figure_with_one_off_imports_live(tmp_path: Path) -> None:
    """(QA pass 14) With any one-off Economist import live, correcting a figure in the declared
    estimates table published the old figure beside the new one (the build carried every live
    row it lacked, the old declared copy's included). The corrected figure now replaces it, and
    the one-off import's own revision of the *unchanged* monthly table stands."""
    data, ptr = project(tmp_path)
    declare(data, f"http://127.0.0.1:{closed_port()}")
    built(data, ptr)
    # a renamed copy of the monthly table with April's per-month figure revised (5,790 -> 5,800)
    renamed = (
        tmp_path / "one-off" / "Soldier deaths_casualties in Ukraine - uk mod month-by-month estimates.csv"
    )
    renamed.parent.mkdir()
    monthly = (ECON / "uk-mod-monthly.csv").read_text()
    assert "april,2022,193,30,5790," in monthly
    renamed.write_text(monthly.replace("april,2022,193,30,5790,", "april,2022,193,30,5800,"))
    assert main(["import", "economist", str(renamed), "--db", str(ptr), "--quiet"]) == 0
    estimates = data / "sources" / "economist" / "estimates.csv"
    assert "20/07/2022,15000," in estimates.read_text()
    estimates.write_text(estimates.read_text().replace("20/07/2022,15000,", "20/07/2022,15500,"))
    cia = "SELECT value_low FROM claims_wide WHERE claimant LIKE 'Central Intel%'"
    april = "SELECT value_low FROM claims WHERE source = 'economist' AND value_low IN (5790, 5800)"
    for full in (False, True):  # (a changed data/sources file makes the first a full build too)
        build(data, ptr, extra_steps=source_steps(data), incremental=not full)
        assert q(ptr, cia) == [(15500,)], full
        assert q(ptr, april) == [(5800,)], full


def _as_before_import_touched(ptr: Path) -> None:
    """Make the live database look like one the previous release wrote: no `import_touched`."""
    con = duckdb.connect(str(db.resolve_live(ptr)))
    try:
        con.execute("DROP TABLE import_touched")
    finally:
        con.close()


@pytest.mark.parametrize("then", ["two full builds", "a new import, then a full build"])
def test_a_database_from_before_import_touched_keeps_its_one_off_imports(
    tmp_path: Path, tmp_path_factory: pytest.TempPathFactory, then: str
) -> None:
    """(QA pass 15) A database the previous release wrote has one-off imports but no record of
    their rows: the first new import recorded only its own rows (the next full build then dropped
    the older imports' events), and a full build wrote an empty record (the one after it dropped
    them all)."""
    data, ptr = _declared_gs_project(tmp_path, tmp_path_factory)
    acled = FIX / "acled" / "acled_ukraine_russia_2024.csv"
    assert main(["import", "acled", str(acled), "--db", str(ptr), "--quiet"]) == 0
    _as_before_import_touched(ptr)
    events = "SELECT count(*) FROM events WHERE source = 'acled'"
    (n,) = q(ptr, events)[0]
    assert n > 0
    if then == "a new import, then a full build":
        other = tmp_path / "ged.csv"
        shutil.copy(GED, other)
        assert main(["import", "ucdp", str(other), "--db", str(ptr), "--quiet"]) == 0
        steps = ["full"]
    else:
        steps = ["full", "full"]
    for _ in steps:
        build(data, ptr, extra_steps=source_steps(data), incremental=False)
        assert q(ptr, events) == [(n,)]


@pytest.mark.parametrize("source", ["general-staff", "economist"])
def test_a_refresh_keeps_a_one_off_revision_of_a_row_upstream_still_gives(
    tmp_path: Path, tmp_path_factory: pytest.TempPathFactory, upstream: tuple[str, Path], source: str
) -> None:
    """(QA pass 16) A one-off import revised a row of the declared snapshot; upstream then changed
    another row, and `refresh` dropped the revised row altogether when its id stayed the same
    (General Staff: neither figure left, and no later build brought it back): the refresh took it
    for a row upstream had withdrawn."""
    base, folder = upstream
    if source == "general-staff":
        data, ptr = _declared_gs_project(tmp_path, tmp_path_factory)
        names = ("russia_losses_personnel.json", "russia_losses_equipment.json")
        urls = ", ".join(f'"{n}" = "{base}/{n}"' for n in names)
        toml = data / "sources" / "general-staff.toml"
        toml.write_text(toml.read_text() + f"refresh_url = {{ {urls} }}\n")
        built(data, ptr)
        text = (FIX / "general-staff" / "russia_losses_personnel.json").read_text()
        one_off = tmp_path / "one-off" / "russia_losses_personnel.json"
        revise = ('"personnel": 5710', '"personnel": 5720')
        other = ('"personnel": 2800', '"personnel": 2801')
        watch = "SELECT value_low FROM claims WHERE claim_id = 'gs-2022-03-01-personnel_losses'"
        (folder / names[1]).write_text((FIX / "general-staff" / names[1]).read_text())
        upstream_file, changed = folder / names[0], 2801
    else:
        data, ptr = project(tmp_path)
        declare(data, base)
        built(data, ptr)
        text = (ECON / "estimates.csv").read_text()
        one_off = tmp_path / "one-off" / "Soldier deaths_casualties in Ukraine - estimates.csv"
        revise = ("20/07/2022,15000,", "20/07/2022,16000,")
        other = ("02/03/2026,,,95000,", "02/03/2026,,,96000,")
        watch = "SELECT value_low FROM claims_wide WHERE claimant LIKE 'Central Intel%'"
        shutil.copy(ECON / "uk-mod-monthly.csv", folder / "uk-mod-monthly.csv")
        upstream_file, changed = folder / "estimates.csv", 96000
    assert revise[0] in text and other[0] in text
    one_off.parent.mkdir()
    one_off.write_text(text.replace(*revise))
    assert main(["import", source, str(one_off), "--db", str(ptr), "--quiet"]) == 0
    revised = q(ptr, watch)
    assert len(revised) == 1
    upstream_file.write_text(text.replace(*other))  # upstream changes another row only
    assert main(["refresh", source, "--data", str(data), "--db", str(ptr), "--quiet"]) == 0
    assert q(ptr, watch) == revised
    assert q(ptr, f"SELECT count(*) FROM claims WHERE source = '{source}' AND value_low = {changed}") == [
        (1,)
    ]
    build(data, ptr, extra_steps=source_steps(data), incremental=False)
    assert q(ptr, watch) == revised


def test_a_carried_event_is_linked_to_a_place_added_after_its_import(
    tmp_path: Path, tmp_path_factory: pytest.TempPathFactory
) -> None:
    """(QA pass 16) An ACLED event imported before its place was in places.csv stayed unlinked
    after the build that added the place, while importing after adding it linked it: the same
    inputs gave two databases, depending on the order."""
    data, ptr = _declared_gs_project(tmp_path, tmp_path_factory)
    acled = FIX / "acled" / "acled_ukraine_russia_2024.csv"
    assert main(["import", "acled", str(acled), "--db", str(ptr), "--quiet"]) == 0
    linked = "SELECT count(*) FROM events WHERE source = 'acled' AND place_id = 'velyka-pysarivka'"
    assert q(ptr, linked) == [(0,)]
    with (data / "places.csv").open("a", encoding="utf-8") as fh:
        fh.write(
            "velyka-pysarivka,Velyka Pysarivka,Велика Писарівка,town,Bohodukhiv Raion,Sumy Oblast,UA,"
            "50.4300,35.4800,exact,,\n"
        )
    build(data, ptr, extra_steps=source_steps(data))  # (places.csv changed: a full build)
    assert q(ptr, linked) == [(1,)]


def test_an_alias_in_actors_csv_for_an_actor_an_import_created_is_one_line_not_two_actors(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """(QA pass 16) actors.csv gained an actor whose alias is the name an Economist import had
    created an actor for: the build copied the imported actor too, two actors answered to the
    name, and importing the same file again added its claim a second time under the new one."""
    data, ptr = project(tmp_path)
    built(data, ptr)
    assert main(["import", "economist", str(ECON / "estimates.csv"), "--db", str(ptr), "--quiet"]) == 0
    estonian = "SELECT count(*) FROM claims_wide WHERE claimant LIKE 'Estonian%'"
    assert q(ptr, estonian) == [(1,)]
    with (data / "actors.csv").open("a", encoding="utf-8") as fh:
        fh.write(
            "Estonian Foreign Intelligence Service (Välisluureamet),Estonian Foreign Intelligence Service,"
            "intelligence,Other,\n"
        )
    live = db.resolve_live(ptr)
    capsys.readouterr()
    assert main(["build", "--data", str(data), "--db", str(ptr), "--quiet"]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert "now has the alias 'Estonian Foreign Intelligence Service'" in err[0], err
    assert err[1:] == ["the previously published database (if any) is unchanged"]
    assert db.resolve_live(ptr) == live  # nothing published
    # the way out the message gives: one claim, the actors.csv actor's
    assert main(["build", "--without-imports", "--data", str(data), "--db", str(ptr), "--quiet"]) == 0
    assert main(["import", "economist", str(ECON / "estimates.csv"), "--db", str(ptr), "--quiet"]) == 0
    assert q(ptr, "SELECT claimant FROM claims_wide WHERE claimant LIKE 'Estonian%'") == [
        ("Estonian Foreign Intelligence Service (Välisluureamet)",)
    ]


def _renamed(data: Path, old: str, new: str) -> None:
    """actors.csv with `old` renamed `new`, the old name kept first among its aliases."""
    lines = (data / "actors.csv").read_text(encoding="utf-8").splitlines()
    out = [f"{new},{old};" + ln[len(old) + 1 :] if ln.startswith(old + ",") else ln for ln in lines]
    assert out != lines
    (data / "actors.csv").write_text("\n".join(out) + "\n", encoding="utf-8")


def test_a_renamed_claimant_of_an_imports_revision_is_one_line_never_a_silent_revert(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """(QA pass 42 #2) A one-off import revised a figure the declared Economist table gives
    (390,580 -> 390,590); actors.csv then renamed its claimant, the old name kept as an alias.
    The build exited 0 with the bundled figure back and no word (a claim's id includes its
    claimant's, so the revision matched nothing). It is refused in one line naming the rename
    and the ways out; nothing is published; the way out works."""
    data, ptr = project(tmp_path)
    built(data, ptr)
    one_off = tmp_path / "one-off" / "estimates.csv"
    one_off.parent.mkdir()
    one_off.write_text((ECON / "estimates.csv").read_text().replace(",390580,", ",390590,"))
    assert main(["import", "economist", str(one_off), "--db", str(ptr), "--quiet"]) == 0
    figure = "SELECT value_low FROM claims_wide WHERE claimant LIKE '%Armed Forces%' AND source = 'economist'"
    assert q(ptr, figure) == [(390590,)]
    # a full build keeps the revision (and records it anew)
    assert main(["build", "--full", "--data", str(data), "--db", str(ptr), "--quiet"]) == 0
    assert q(ptr, figure) == [(390590,)]
    _renamed(data, "Armed Forces of Ukraine", "Ukrainian Armed Forces (ZSU)")
    live = db.resolve_live(ptr)
    capsys.readouterr()
    assert main(["build", "--data", str(data), "--db", str(ptr), "--quiet"]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert (
        "name claimant 'Armed Forces of Ukraine', which is now an alias of 'Ukrainian Armed Forces (ZSU)'"
        in err[0]
    ), err
    assert "--without-imports" in err[0] and "Traceback" not in "\n".join(err)
    assert db.resolve_live(ptr) == live and q(ptr, figure) == [(390590,)]  # nothing published
    assert main(["build", "--without-imports", "--data", str(data), "--db", str(ptr), "--quiet"]) == 0
    assert main(["import", "economist", str(one_off), "--db", str(ptr), "--quiet"]) == 0
    assert q(
        ptr,
        "SELECT claimant, value_low FROM claims_wide WHERE claimant LIKE '%ZSU%' AND source = 'economist'",
    ) == [("Ukrainian Armed Forces (ZSU)", 390590)]


def _gs_refresh_project(
    tmp_path: Path, tmp_path_factory: pytest.TempPathFactory, base: str, folder: Path
) -> tuple[Path, Path]:
    """`_declared_gs_project` with a refresh_url at `base`, whose folder serves the fixture files."""
    data, ptr = _declared_gs_project(tmp_path, tmp_path_factory)
    names = ("russia_losses_personnel.json", "russia_losses_equipment.json")
    urls = ", ".join(f'"{n}" = "{base}/{n}"' for n in names)
    toml = data / "sources" / "general-staff.toml"
    toml.write_text(toml.read_text() + f"refresh_url = {{ {urls} }}\n")
    for n in names:
        shutil.copy(FIX / "general-staff" / n, folder / n)
    built(data, ptr)
    return data, ptr


def test_two_refreshes_give_upstreams_latest_word_and_keep_one_record_per_row(
    tmp_path: Path, tmp_path_factory: pytest.TempPathFactory, upstream: tuple[str, Path]
) -> None:
    """(QA pass 17) A one-off import revised a day (5,710 -> 5,720). Upstream then gave 5,730
    (it wins), then 5,710 again: the second refresh brought back 5,730, a figure no input gives
    any more, and `import_touched` doubled at every refresh. Upstream's latest word stands now,
    and the record is what a full build of the same inputs writes."""
    base, folder = upstream
    data, ptr = _gs_refresh_project(tmp_path, tmp_path_factory, base, folder)
    personnel = (FIX / "general-staff" / "russia_losses_personnel.json").read_text()
    one_off = tmp_path / "one-off" / "russia_losses_personnel.json"
    one_off.parent.mkdir()
    one_off.write_text(personnel.replace('"personnel": 5710', '"personnel": 5720'))
    assert main(["import", "general-staff", str(one_off), "--db", str(ptr), "--quiet"]) == 0
    day = "SELECT value_low FROM claims WHERE claim_id = 'gs-2022-03-01-personnel_losses'"
    records = "SELECT count(*), count(DISTINCT (kind, id)) FROM import_touched"
    for upstream_figure in (5730, 5710):
        (folder / "russia_losses_personnel.json").write_text(
            personnel.replace('"personnel": 5710', f'"personnel": {upstream_figure}')
        )
        assert main(["refresh", "general-staff", "--data", str(data), "--db", str(ptr), "--quiet"]) == 0
        assert q(ptr, day) == [(upstream_figure,)]
        refreshed = q(ptr, "SELECT * FROM import_touched ORDER BY ALL")
        (n, distinct) = q(ptr, records)[0]
        assert n == distinct
        build(data, ptr, extra_steps=source_steps(data), incremental=False)
        assert q(ptr, day) == [(upstream_figure,)]
        assert q(ptr, "SELECT * FROM import_touched ORDER BY ALL") == refreshed


@pytest.mark.parametrize("how", ["refresh", "full build of the new snapshot"])
def test_a_revision_of_a_row_upstream_withdrew_goes_with_it(
    tmp_path: Path, tmp_path_factory: pytest.TempPathFactory, upstream: tuple[str, Path], how: str
) -> None:
    """(QA pass 17) A one-off import revised a day, then upstream withdrew that day: a refresh
    withdrew it, a full build of the same new snapshot kept the revision (two answers for the
    same inputs). Both withdraw it now; a day the import added stays."""
    base, folder = upstream
    data, ptr = _gs_refresh_project(tmp_path, tmp_path_factory, base, folder)
    records = json.loads((FIX / "general-staff" / "russia_losses_personnel.json").read_text())
    revised = [dict(r, personnel=5720) if r["date"] == "2022-03-01" else r for r in records]
    revised.append({"date": "2022-03-02", "day": 7, "personnel": 5840, "personnel*": "about"})
    one_off = tmp_path / "one-off" / "russia_losses_personnel.json"
    one_off.parent.mkdir()
    one_off.write_text(json.dumps(revised))
    assert main(["import", "general-staff", str(one_off), "--db", str(ptr), "--quiet"]) == 0
    withdrawn = json.dumps([r for r in records if r["date"] != "2022-03-01"])
    if how == "refresh":
        (folder / "russia_losses_personnel.json").write_text(withdrawn)
        assert main(["refresh", "general-staff", "--data", str(data), "--db", str(ptr), "--quiet"]) == 0
    else:
        (data / "sources" / "general-staff" / "russia_losses_personnel.json").write_text(withdrawn)
    build(data, ptr, extra_steps=source_steps(data), incremental=False)
    days = "SELECT claim_id, value_low FROM claims WHERE claim_id LIKE 'gs-2022-03-0%-personnel_losses'"
    assert q(ptr, days) == [("gs-2022-03-02-personnel_losses", 5840)]


@pytest.mark.parametrize("name", ["russia_losses_personnel.json", "personnel-newer.json"])
def test_a_one_off_file_upstream_now_publishes_is_not_carried_or_logged(
    tmp_path: Path,
    tmp_path_factory: pytest.TempPathFactory,
    upstream: tuple[str, Path],
    capsys: pytest.CaptureFixture[str],
    name: str,
) -> None:
    """(QA passes 17-18) Upstream published exactly the file a one-off import had brought, under
    the declared name or another: the refresh said it "kept what one-off imports added" and every
    build kept its import_log entry (and its quarantine twice)."""
    base, folder = upstream
    data, ptr = _gs_refresh_project(tmp_path, tmp_path_factory, base, folder)
    newer = (
        (FIX / "general-staff" / "russia_losses_personnel.json")
        .read_text()
        .replace('"personnel": 5710', '"personnel": 5720')
    )
    one_off = tmp_path / "one-off" / name
    one_off.parent.mkdir()
    one_off.write_text(newer)
    assert main(["import", "general-staff", str(one_off), "--db", str(ptr), "--quiet"]) == 0
    (folder / "russia_losses_personnel.json").write_text(newer)
    capsys.readouterr()
    assert main(["refresh", "general-staff", "--data", str(data), "--db", str(ptr)]) == 0
    assert "kept what one-off imports" not in capsys.readouterr().out
    build(data, ptr, extra_steps=source_steps(data), incremental=False)
    assert q(ptr, "SELECT count(*) FROM import_log WHERE via = 'import'") == [(0,)]
    assert q(ptr, "SELECT value_low FROM claims WHERE claim_id = 'gs-2022-03-01-personnel_losses'") == [
        (5720,)
    ]


def test_an_analysts_row_of_a_claim_a_source_also_gives_keeps_its_words_and_gains_a_report(
    tmp_path: Path, upstream: tuple[str, Path]
) -> None:
    """(QA pass 19) The analyst recorded the CIA's 15,000 from Reuters in claims.csv; The
    Economist's table gives the same claim. The import replaced the analyst's row: its quote
    became the importer's generated note, its channel and ref were emptied and its source became
    'economist'. The claim now keeps the analyst's row and gains The Economist's report; a refresh
    that finds the row withdrawn upstream takes that report away and leaves the claim."""
    base, folder = upstream
    data, ptr = project(tmp_path)
    declare(data, base)
    with (data / "actors.csv").open("a", encoding="utf-8") as fh:
        fh.write("Central Intelligence Agency (US),CIA,intelligence,United States,\n")
    with (data / "documents.csv").open("a", encoding="utf-8") as fh:
        fh.write(
            "reuters-2022-07-20-cia,Reuters,https://www.reuters.com/world/europe/cia-15000,"
            '"CIA director says some 15,000 Russians killed",2022-07-20,en,,\n'
        )
    with (data / "claims.csv").open("a", encoding="utf-8") as fh:
        fh.write(
            "CIA-15K,Central Intelligence Agency (US),speech,2022-07-20,day,casualties,killed,Russian forces,"
            "15000,,at_least,cumulative,,,,,unverified,reuters-2022-07-20-cia,"
            '"The latest estimate is something like 15,000 killed.",\n'
        )
    built(data, ptr)
    watch = (
        "SELECT c.source, c.ref, c.channel, w.quote, w.n_reports FROM claims c JOIN claims_wide w USING (claim_id) "
        "WHERE c.value_low = 15000 AND w.claimant LIKE 'Central Intel%'"
    )
    kept = ("curated", "CIA-15K", "speech", "The latest estimate is something like 15,000 killed.")
    # its reports: Reuters as the analyst recorded it, The Economist's table and the source it cites
    assert q(ptr, watch) == [(*kept, 3)]
    for _ in ("incremental", "full"):
        build(data, ptr, extra_steps=source_steps(data), incremental=_ == "incremental")
        assert q(ptr, watch) == [(*kept, 3)]
    text = (ECON / "estimates.csv").read_text()
    (folder / "estimates.csv").write_text(
        "\n".join(ln for ln in text.splitlines() if ",CIA," not in ln) + "\n"
    )
    shutil.copy(ECON / "uk-mod-monthly.csv", folder / "uk-mod-monthly.csv")
    assert main(["refresh", "economist", "--data", str(data), "--db", str(ptr), "--quiet"]) == 0
    assert q(ptr, watch) == [(*kept, 1)]
    refreshed = q(ptr, "SELECT claim_id, n_reports, reported_by FROM claims_wide ORDER BY claim_id")
    build(data, ptr, extra_steps=source_steps(data), incremental=False)
    assert q(ptr, "SELECT claim_id, n_reports, reported_by FROM claims_wide ORDER BY claim_id") == refreshed


def test_a_one_off_import_of_a_declared_files_own_content_is_left_out(
    tmp_path: Path, tmp_path_factory: pytest.TempPathFactory, capsys: pytest.CaptureFixture[str]
) -> None:
    """(QA pass 19) Importing by hand the very file a declaration loads (same name, same bytes)
    published a new version with "(one-off import)" rows in load_log and import_log, which the
    next full build dropped while incremental builds kept them. It is left out, as the same content
    under another name already was, and nothing is published."""
    data, ptr = _declared_gs_project(tmp_path, tmp_path_factory)
    live = db.resolve_live(ptr)
    same = data / "sources" / "general-staff" / "russia_losses_personnel.json"
    capsys.readouterr()
    assert main(["import", "general-staff", str(same), "--db", str(ptr), "--quiet"]) == 0
    out = capsys.readouterr()
    assert "nothing to import (database unchanged)" in out.out
    assert "russia_losses_personnel.json: the same content as 'russia_losses_personnel.json'" in out.err
    assert db.resolve_live(ptr) == live
    assert q(ptr, "SELECT count(*) FROM import_log WHERE source_file LIKE '%one-off%'") == [(0,)]


def test_a_declared_files_content_imported_after_a_revision_says_the_revision_stands_and_how_to_undo_it(
    tmp_path: Path, tmp_path_factory: pytest.TempPathFactory, capsys: pytest.CaptureFixture[str]
) -> None:
    """(Session 33) After a one-off import revised a figure (5,710 -> 5,720), importing the
    declared file again (to undo it) was left out as "already in the database" while the
    database held the revision."""
    data, ptr = _declared_gs_project(tmp_path, tmp_path_factory)
    same = data / "sources" / "general-staff" / "russia_losses_personnel.json"
    revised = tmp_path / "one-off" / "russia_losses_personnel.json"
    revised.parent.mkdir()
    revised.write_text(same.read_text().replace('"personnel": 5710', '"personnel": 5720'))
    assert main(["import", "general-staff", str(revised), "--db", str(ptr), "--quiet"]) == 0
    live = db.resolve_live(ptr)
    capsys.readouterr()
    assert main(["import", "general-staff", str(same), "--db", str(ptr), "--quiet"]) == 0
    err = capsys.readouterr().err
    assert "already in the database" not in err, err
    assert "a later one-off import ('russia_losses_personnel.json (one-off import)'" in err, err
    assert "run `python -m etl build --without-imports`" in err, err
    assert db.resolve_live(ptr) == live  # (nothing published: the note says the revision stands)
    day = "SELECT value_low FROM claims WHERE claim_id = 'gs-2022-03-01-personnel_losses'"
    assert q(ptr, day) == [(5720,)]
    assert main(["build", "--data", str(data), "--db", str(ptr), "--without-imports", "--quiet"]) == 0
    assert q(ptr, day) == [(5710,)]  # (what the note says to do)


@pytest.mark.parametrize("how", ["removed", "disabled"])
def test_a_declared_files_content_imported_after_its_declaration_went_is_refused_with_what_to_do(
    tmp_path: Path, tmp_path_factory: pytest.TempPathFactory, capsys: pytest.CaptureFixture[str], how: str
) -> None:
    """(Session 27's leftover) After removing (or disabling) the declaration, importing its file by
    hand was left out as "already in the database", exit 0, and the next build dropped every row
    it had loaded. The import is refused (exit 1, nothing published) and says to build first;
    doing that, then importing, keeps the rows as a one-off import, one report each."""
    data, ptr = _declared_gs_project(tmp_path, tmp_path_factory)
    built(data, ptr)  # this folder's own build (the shared one was made elsewhere)
    gs = "SELECT count(*), sum(n_reports) FROM claims_wide WHERE source = 'general-staff'"
    before = q(ptr, gs)
    assert before[0][0] > 0 and before[0][0] == before[0][1]
    decl = data / "sources" / "general-staff.toml"
    if how == "removed":
        decl.unlink()
    else:
        decl.write_text(decl.read_text() + "enabled = false\n")
    kept = tmp_path / "kept" / "russia_losses_personnel.json"
    kept.parent.mkdir()
    shutil.copy(data / "sources" / "general-staff" / kept.name, kept)
    live = db.resolve_live(ptr)
    capsys.readouterr()
    assert main(["import", "general-staff", str(kept), "--db", str(ptr), "--quiet"]) == 1
    err = capsys.readouterr().err
    assert f"from sources/general-staff.toml, which no longer loads '{kept.name}'" in err
    assert "run `python -m etl build`, then import the file again" in err
    assert db.resolve_live(ptr) == live
    if how == "disabled":
        return
    build(data, ptr, extra_steps=source_steps(data), incremental=False)
    assert q(ptr, gs) == [(0, None)]
    assert main(["import", "general-staff", str(kept), "--db", str(ptr), "--quiet"]) == 0
    personnel = q(ptr, gs)
    assert personnel[0][0] > 0 and personnel[0][0] == personnel[0][1]
    build(data, ptr, extra_steps=source_steps(data), incremental=False)
    assert q(ptr, gs) == personnel


def test_an_incremental_build_of_a_moved_project_logs_its_declared_files_where_they_are_now(
    tmp_path: Path, tmp_path_factory: pytest.TempPathFactory
) -> None:
    """(QA pass 19) After the project folder was moved, incremental builds kept the old folder's
    paths in import_log.location for the declared files; a full build named the new ones."""
    data, ptr = _declared_gs_project(tmp_path, tmp_path_factory)
    built(data, ptr)  # this folder's own build (the shared one was made elsewhere)
    moved = tmp_path / "moved"
    shutil.copytree(data, moved)
    where = "SELECT source_file, location FROM import_log WHERE via = 'build' ORDER BY 1"
    report = build(moved, ptr)  # (the declared sources are the default steps)
    assert report.mode == "incremental", report.fallback
    incremental = q(ptr, where)
    assert incremental and all(loc.startswith(str(moved.resolve()) + "/") for _f, loc in incremental)
    build(moved, ptr, extra_steps=source_steps(moved), incremental=False)
    assert q(ptr, where) == incremental


def test_a_refreshs_snapshots_are_in_place_before_its_database_is_published(
    built_project: tuple[Path, Path], upstream: tuple[str, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    """(QA pass 28) The snapshot files were replaced after the writer lock was released: a build
    that took the lock in between published the old files' rows, and a refresh killed in between
    left a database that its next full build undid. They are replaced under the lock now, before
    the publish; a publish that fails puts them back, and a killed refresh's hidden files go."""
    base, folder = upstream
    data, ptr = built_project
    declare(data, base)
    revised_estimates(folder)
    snap = data / "sources" / "economist" / "estimates.csv"
    seen: list[bytes] = []
    real_publish = db.publish

    def publish(*args: object, **kwargs: object) -> object:
        seen.append(snap.read_bytes())  # what a build waiting for the lock would read next
        return real_publish(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(db, "publish", publish)
    assert main(["refresh", "--data", str(data), "--db", str(ptr), "--quiet"]) == 0
    assert seen == [(folder / "estimates.csv").read_bytes()]
    assert not [p.name for p in (data / "sources").rglob(".*")]


def test_a_refresh_whose_publish_fails_leaves_the_snapshots_and_clears_a_killed_ones_leftovers(
    built_project: tuple[Path, Path], upstream: tuple[str, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    base, folder = upstream
    data, ptr = built_project
    declare(data, base)
    revised_estimates(folder)
    econ = data / "sources" / "economist"
    (econ / ".estimates.csv.refresh").write_text("half a download")  # a killed refresh's
    (econ / ".uk-mod-monthly.csv.before-refresh").write_text("a kept copy")
    before = state(ptr, data)

    def no_publish(*_args: object, **_kwargs: object) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(db, "publish", no_publish)
    assert main(["refresh", "--data", str(data), "--db", str(ptr), "--quiet"]) == 1
    after = state(ptr, data)
    assert after[:2] == before[:2]  # the database as it was
    assert [s for s in after[2] if not s[0].startswith(".")] == [
        s for s in before[2] if not s[0].startswith(".")
    ]
    assert not [p.name for p in (data / "sources").rglob(".*")]  # the leftovers went, under the lock


@pytest.mark.parametrize("damage", ["not a database", "cut short"])
def test_a_damaged_live_database_is_one_line_from_every_writer_naming_the_rebuild_that_works(
    built_project: tuple[Path, Path], capsys: pytest.CaptureFixture[str], damage: str
) -> None:
    """(QA pass 39 #1) With the published file damaged, `build`, `build --full`, `import` and
    `refresh` ended in tracebacks (the carry step's ATTACH, the import's copy), and first-start and
    the dashboard advised `python -m etl build`, one of them. Each now says in one line that the
    file cannot be read and to rebuild with `--without-imports`, which works."""
    data, ptr = built_project
    declare(data, f"http://127.0.0.1:{closed_port()}")
    live = db.resolve_live(ptr)
    assert live is not None
    if damage == "cut short":  # (QA pass 40) it opened, and its catalog read, until a query did not
        with live.open("r+b") as fh:
            fh.truncate(live.stat().st_size // 2)
    else:
        live.write_bytes(b"not a database" * 10_000)
    acled = Path(__file__).parent / "fixtures" / "import" / "acled" / "acled_ukraine_russia_2024.csv"
    for argv in (
        ["build", "--data", str(data), "--db", str(ptr)],
        ["build", "--full", "--data", str(data), "--db", str(ptr)],
        ["import", "acled", str(acled), "--db", str(ptr)],
        ["refresh", "economist", "--data", str(data), "--db", str(ptr)],
        ["first-start", "--data", str(data), "--db", str(ptr)],
    ):
        assert main(argv) == 1, argv
        err = capsys.readouterr().err
        (line,) = [e for e in err.splitlines() if e.startswith("error:")]
        assert "Traceback" not in err, (argv, err)
        assert "cannot be read" in line and "python -m etl build --without-imports" in line, (argv, err)
        assert db.resolve_live(ptr) == live  # nothing published over it
    assert main(["build", "--without-imports", "--data", str(data), "--db", str(ptr), "--quiet"]) == 0
    assert q(ptr, "SELECT count(*) > 0 FROM claims") == [(True,)]


def test_a_refresh_marks_the_descriptions_words_as_the_earlier_snapshots_and_names_only_changed_files(
    tmp_path: Path, upstream: tuple[str, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    """(QA pass 39 #9) A refresh set snapshot_date, but the description ("Records … to 2025-12-31
    at commit …") stayed on the Sources page as if it described the new files, and "snapshot
    updated" was printed for a file whose bytes had not changed. The description now says it was
    written for the earlier snapshot (in the file and the database alike, twice refreshed or
    once), and only changed files are named."""
    base, folder = upstream
    data, ptr = project(tmp_path)
    declare(data, base)
    decl = data / "sources" / "economist.toml"
    decl.write_text(decl.read_text() + 'description = "Estimates to 2026-08-22 at commit abc123."\n')
    built(data, ptr)
    revised_estimates(folder)
    today = dt.date.today().isoformat()
    mark = f"(Refreshed {today} from upstream; the words after this describe the snapshot of 2026-08-22) "
    for _ in range(2):
        assert main(["refresh", "--data", str(data), "--db", str(ptr), "--quiet"]) == 0
        out = capsys.readouterr().out
        written = f'description = "{mark}Estimates to 2026-08-22 at commit abc123."\n'
        assert written in decl.read_text(), decl.read_text()
        assert q(ptr, "SELECT DISTINCT description FROM source_declarations WHERE source = 'economist'") == [
            (mark + "Estimates to 2026-08-22 at commit abc123.",)
        ]
        (folder / "estimates.csv").write_text((folder / "estimates.csv").read_text() + "\n")  # (a change)
    assert "snapshot updated: data/sources/economist/estimates.csv" in out or "estimates.csv" in out
    assert "uk-mod-monthly.csv" not in "".join(ln for ln in out.splitlines() if "snapshot updated" in ln)


def test_a_one_off_imports_warring_party_answer_for_a_curated_claim_survives_full_builds(
    tmp_path: Path, tmp_path_factory: pytest.TempPathFactory, capsys: pytest.CaptureFixture[str]
) -> None:
    """(QA pass 40 #2) A one-off Economist table listing a curated figure with "yes" (data from a
    warring party) gave the claim its answer live; a full build dropped it, and the claim read as
    a third party's on the Whole war page. Builds of every kind keep it now."""
    data, ptr, one_off = _curated_row_then_one_off_table(
        tmp_path,
        tmp_path_factory,
        "QA-W1,Western officials,briefing,2024-06-02,day,casualties,killed,Russian forces,100000,100000,"
        'about,cumulative,,,,,unverified,kbs-2025-03-28-uk-mod-5000,"about 100,000 Russians killed",',
        "02/06/2024,,,100000,deaths,Western officials,https://example.org/w,russia,yes",
    )
    capsys.readouterr()
    assert main(["import", "economist", str(one_off), "--db", str(ptr)]) == 0
    # (QA pass 40 #11) the summary names what it gave the curated claim ("claims: 0 new" alone)
    assert (
        "on other sources' claims: reports: 2 new, 0 changed; warring-party answers: 1 new, 0 changed"
        in capsys.readouterr().out
    )
    party = (
        "SELECT p.by_warring_party, p.decided_by FROM claim_party p JOIN claims c USING (claim_id) "
        "WHERE c.ref = 'QA-W1'"
    )
    after_import = q(ptr, party)
    assert after_import and after_import[0][0] is True, after_import
    for step in ("full build", "incremental build", "full build again"):
        build(data, ptr, extra_steps=source_steps(data), incremental=step == "incremental build")
        assert q(ptr, party) == after_import, step


def test_a_refresh_whose_upstream_withdraws_a_warring_party_answer_takes_it_away(
    tmp_path: Path, upstream: tuple[str, Path]
) -> None:
    """(QA pass 40 #2) Upstream's table first answers "yes" for a figure a curated row also gives,
    then withdraws the row: the answer stayed on the curated claim live, while a full build of
    the new snapshot had none."""
    base, folder = upstream
    data, ptr = project(tmp_path)
    declare(data, base)
    with (data / "claims.csv").open("a", encoding="utf-8", newline="") as fh:
        fh.write(
            "QA-W1,Western officials,briefing,2024-06-02,day,casualties,killed,Russian forces,100000,100000,"
            'about,cumulative,,,,,unverified,kbs-2025-03-28-uk-mod-5000,"about 100,000 Russians killed",\n'
        )
    built(data, ptr)
    estimates = (ECON / "estimates.csv").read_text()
    row = "02/06/2024,,,100000,deaths,Western officials,https://example.org/w,russia,yes\n"
    shutil.copyfile(ECON / "uk-mod-monthly.csv", folder / "uk-mod-monthly.csv")
    (folder / "estimates.csv").write_text(estimates.rstrip("\n") + "\n" + row)
    party = (
        "SELECT p.by_warring_party, p.decided_by FROM claim_party p JOIN claims c USING (claim_id) "
        "WHERE c.ref = 'QA-W1'"
    )
    assert main(["refresh", "--data", str(data), "--db", str(ptr), "--quiet"]) == 0
    assert q(ptr, party) == [(True, "economist")]
    (folder / "estimates.csv").write_text(estimates)
    assert main(["refresh", "--data", str(data), "--db", str(ptr), "--quiet"]) == 0
    rebuilt = built(data, tmp_path / "rebuilt" / "claims.duckdb")
    assert q(ptr, party) == q(rebuilt, party) == [(False, "claimant side")]


def test_a_declaration_whose_files_upstream_left_as_they_were_keeps_its_words_unmarked(
    tmp_path: Path,
) -> None:
    """(QA pass 40 #13) A refresh marked every declaration of the source, also one whose files had
    not changed (their words still describe them); and the mark named a key, "refresh_url"."""
    from etl.importers.refresh import _set_snapshot_date

    decl = tmp_path / "economist-uk-mod.toml"
    decl.write_text('source = "economist"\nsnapshot_date = 2026-08-22\ndescription = "Monthly to 2026-08."\n')
    _set_snapshot_date(decl, dt.date(2026, 12, 7), renewed=False)
    assert (
        decl.read_text()
        == 'source = "economist"\nsnapshot_date = 2026-12-07\ndescription = "Monthly to 2026-08."\n'
    )
    _set_snapshot_date(decl, dt.date(2026, 12, 8), renewed=True)
    assert (
        'description = "(Refreshed 2026-12-08 from upstream; the words after this describe the snapshot of 2026-12-07) Monthly'
        in decl.read_text()
    )
