"""`python -m etl import`: atomic publish, URLs (local server, offline), and data/sources."""

from __future__ import annotations

import csv
import functools
import hashlib
import http.server
import io
import re
import shutil
import socket
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from etl.build import build
from etl.cli import main
from etl.core import db
from etl.core.report import InputFileError, Quarantined
from etl.importers.checks import reason_counts
from etl.importers.runner import run_import
from etl.importers.sources import source_steps
from tests.helpers import build_in_memory
from tests.helpers import query as q

PROJECT = Path(__file__).resolve().parents[1]
DATA = PROJECT / "data"
FIXROOT = PROJECT / "tests" / "fixtures" / "import"
GED = FIXROOT / "ucdp" / "ged_ukraine_sample.csv"
ACLED = FIXROOT / "acled" / "acled_ukraine_russia_2024.csv"
GS = FIXROOT / "general-staff"


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture
def server() -> Iterator[str]:
    """A local HTTP server on 127.0.0.1 serving tests/fixtures/import/, in a thread."""
    handler = functools.partial(_QuietHandler, directory=str(FIXROOT))
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=httpd.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
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


def state(ptr: Path) -> tuple[Path, str, list[str]]:
    """Where the pointer points, the live file's hash, and what is in .versions/."""
    live = db.resolve_live(ptr)
    assert live is not None
    digest = hashlib.sha256(live.read_bytes()).hexdigest()
    files = sorted(p.name for p in db.versions_dir(ptr).iterdir() if p.name != ".import.lock")
    return live, digest, files


def test_cli_import_publishes_a_new_version_and_keeps_the_previous(
    live: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = db.resolve_live(live)
    assert main(["import", "ucdp", str(GED), "--db", str(live), "--quiet"]) == 0
    after = db.resolve_live(live)
    assert after != before and before.is_file()  # a reader of the old version is not disturbed
    assert after.parent == before.parent and not list(after.parent.glob("*.tmp"))
    out = capsys.readouterr()
    line = next(ln for ln in out.out.splitlines() if ln.startswith("ged_ukraine_sample.csv"))
    assert line.split()[1:5] == ["6", "3", "3", "3"]  # read, loaded, quarantined, new
    assert "quarantined: ged_ukraine_sample.csv, row 5, field best" in out.err
    assert q(live, "SELECT count(*) FROM events WHERE source = 'ucdp'") == [(3,)]
    imported_at = q(live, "SELECT via, imported_at IS NOT NULL, rows_new FROM import_log")
    assert imported_at == [("import", True, 3)]


def test_import_from_a_url_on_a_local_http_server(live: Path, server: str) -> None:
    url = f"{server}/ucdp/ged_ukraine_sample.csv"
    assert main(["import", "ucdp", url, "--db", str(live), "--quiet"]) == 0
    assert q(
        live, f"SELECT rows_read, rows_loaded, rows_quarantined FROM load_log WHERE source_file = '{url}'"
    ) == [(6, 3, 3)]
    assert q(live, f"SELECT location FROM import_log WHERE source_file = '{url}'") == [(url,)]
    assert q(live, "SELECT count(*) FROM events WHERE source = 'ucdp'") == [(3,)]
    gs_url = f"{server}/general-staff/russia_losses_personnel.json"
    res = run_import("general-staff", gs_url, live, show_progress=True)
    assert res.report.files[0].rows_loaded == 9
    assert q(live, "SELECT count(*) FROM claims WHERE source = 'general-staff'") == [(9,)]


def test_credentials_in_a_url_are_not_stored(live: Path, server: str) -> None:
    url = f"{server}/ucdp/ged_ukraine_sample.csv?key=SECRET123&email=me%40example.org"
    res = run_import("ucdp", url, live, show_progress=False)
    label = res.report.files[0].label
    assert "SECRET123" not in label and "example.org" not in label
    assert label == f"{server}/ucdp/ged_ukraine_sample.csv?key=***&email=***"
    stored = q(live, "SELECT source_file, location FROM import_log")
    assert stored == [(label, label)]


def test_offline_url_gives_one_line_error_nonzero_exit_and_database_untouched(
    live: Path, tmp_path: Path
) -> None:
    before = state(live)
    url = f"http://127.0.0.1:{closed_port()}/ged.csv"
    proc = subprocess.run(
        [sys.executable, "-m", "etl", "import", "ucdp", url, "--db", str(live)],
        cwd=PROJECT,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert proc.returncode != 0
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1, proc.stderr
    assert lines[0].startswith(f"error: cannot download {url}: ")
    assert "refused" in lines[0].lower()
    assert state(live) == before


def test_http_error_status_is_a_one_line_error(
    live: Path, server: str, capsys: pytest.CaptureFixture[str]
) -> None:
    before = state(live)
    assert main(["import", "acled", f"{server}/acled/missing.csv", "--db", str(live), "--quiet"]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "HTTP 404" in err[0]
    assert state(live) == before


def test_import_without_a_database_says_to_build_first(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ptr = tmp_path / "nothing" / "claims.duckdb"
    assert main(["import", "acled", str(ACLED), "--db", str(ptr), "--quiet"]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1
    assert "run `python -m etl build` first" in err[0]
    assert not (tmp_path / "nothing").exists()


def test_a_failed_import_leaves_the_live_database_as_it_was(
    live: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = state(live)
    bad = tmp_path / "export.csv"
    bad.write_text("event_id_cnty,year\nUKR1,2024\n")
    assert main(["import", "acled", str(bad), "--db", str(live), "--quiet"]) == 1
    assert "missing column(s) event_date" in capsys.readouterr().err
    assert state(live) == before


def _data_copy(tmp_path: Path) -> Path:
    data = tmp_path / "data"
    shutil.copytree(DATA, data, ignore=shutil.ignore_patterns("claims.duckdb*", ".versions", "sources"))
    (data / "sources").mkdir()
    return data


def test_build_includes_sources_declared_in_data_sources(tmp_path: Path) -> None:
    data = _data_copy(tmp_path)
    shutil.copytree(GS, data / "sources" / "general-staff")
    shutil.copy(ACLED, data / "sources" / ACLED.name)
    (data / "sources" / "general-staff.toml").write_text(
        'source = "general-staff"\npath = "sources/general-staff"\n'
    )
    (data / "sources" / "acled.toml").write_text(f'source = "acled"\npath = "sources/{ACLED.name}"\n')
    (data / "sources" / "ucdp.toml").write_text(
        'source = "ucdp"\nurl = "http://127.0.0.1:9/never.csv"\nenabled = false\n'
    )
    ptr = tmp_path / "claims.duckdb"
    report = build(data, ptr, extra_steps=source_steps(data))
    labels = {f.label: (f.source, f.rows_read, f.rows_loaded, f.rows_quarantined) for f in report.files}
    assert labels["russia_losses_equipment.json"] == ("general-staff", 24, 23, 1)
    assert labels[ACLED.name] == ("acled", 7, 4, 3)
    assert q(ptr, "SELECT count(*) FROM claims WHERE source = 'general-staff'") == [(32,)]
    assert q(ptr, "SELECT count(*) FROM claims_wide WHERE source = 'general-staff'") == [(32,)]
    assert q(ptr, "SELECT count(*) FROM events WHERE source = 'acled'") == [(4,)]
    assert q(ptr, "SELECT count(*) FROM gs_daily WHERE is_negative") == [(2,)]
    assert q(ptr, "SELECT DISTINCT via FROM import_log") == [("build",)]
    assert q(ptr, "SELECT count(*) FROM quarantine WHERE source_file = 'russia_losses_equipment.json'") == [
        (1,)
    ]
    # The CLI import of the same files into that build finds nothing new: both are left out and
    # nothing is published (QA pass 19: they were imported again as "(one-off import)" rows).
    res = run_import("general-staff", str(data / "sources" / "general-staff"), ptr, show_progress=False)
    assert res.version_path is None and res.outcomes == [] and len(res.skipped) == 2


@pytest.mark.parametrize(
    ("toml", "message"),
    [
        ('source = "nope"\npath = "x"\n', "source 'nope' is not one of"),
        (
            'source = "acled"\npath = "sources/absent.csv"\n',
            "path 'sources/absent.csv' (relative to the data folder) not found",
        ),
        ('source = "acled"\n', "give path"),
        ("source = acled\n", "not valid TOML"),
    ],
)
def test_a_bad_declaration_fails_the_build_with_one_line(
    tmp_path: Path, toml: str, message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    data = _data_copy(tmp_path)
    (data / "sources" / "bad.toml").write_text(toml)
    ptr = tmp_path / "claims.duckdb"
    with pytest.raises(InputFileError, match=re.escape(message)):
        build(data, ptr, extra_steps=source_steps(data))
    assert not ptr.exists()
    assert main(["build", "--data", str(data), "--db", str(ptr), "--quiet"]) == 1
    assert message in capsys.readouterr().err


def test_a_build_with_no_declared_source_still_gets_the_import_objects(
    tmp_path: Path,
) -> None:
    data = _data_copy(tmp_path)  # the project's CSVs with an empty sources/ folder
    assert list((data / "sources").glob("*.toml")) == []
    steps = source_steps(data)
    assert len(steps) == 1  # only the setup step
    ptr, _ = build_in_memory(data, steps)  # a build short of publishing
    assert q(ptr, "SELECT count(*) FROM gs_daily") == [(0,)]
    assert q(ptr, "SELECT count(*) FROM import_log") == [(0,)]
    assert q(ptr, "SELECT count(*) FROM event_documents") == [(0,)]
    assert q(ptr, "SELECT count(*) FROM source_declarations") == [(0,)]


def test_an_imports_summary_counts_new_and_changed_rows_apart(
    live: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """(QA passes 14 and 16) The summary's one count of rows inserted or replaced was headed
    "new": a UCDP file that only moved an event, or The Economist's revised figure (a new claim
    id), were reported as new rows. The per-file column is now "written", and one line says how
    many claims and events are new, changed and withdrawn, in a refresh's words."""
    assert main(["import", "ucdp", str(GED), "--db", str(live), "--quiet"]) == 0
    out = capsys.readouterr().out
    assert "file" in out and "written" in out.splitlines()[0]
    assert "claims: 0 new, 0 changed; events: 3 new, 0 changed" in out.splitlines()

    rows = list(csv.reader(io.StringIO(GED.read_bytes().decode("latin-1"), newline="")))
    assert rows[1][0] == "400001"
    rows[1][rows[0].index("latitude")] = "51.25"
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\n").writerows(rows)
    moved = tmp_path / "ged-moved.csv"
    moved.write_bytes(buf.getvalue().encode("latin-1"))
    assert main(["import", "ucdp", str(moved), "--db", str(live), "--quiet"]) == 0
    out = capsys.readouterr().out
    line = next(ln for ln in out.splitlines() if ln.startswith("ged-moved.csv"))
    assert line.split()[4] == "1"  # written: the one moved event
    assert "claims: 0 new, 0 changed; events: 0 new, 1 changed" in out.splitlines()

    econ = FIXROOT / "economist" / "estimates.csv"
    assert main(["import", "economist", str(econ), "--db", str(live), "--quiet"]) == 0
    first_new = next(ln for ln in capsys.readouterr().out.splitlines() if ln.startswith("claims: "))
    assert first_new.startswith("claims: ") and ", 0 changed; events: 0 new, 0 changed" in first_new
    assert int(first_new.split()[1]) > 0
    revised = tmp_path / "estimates.csv"
    old = econ.read_text()
    assert "20/07/2022,15000," in old
    revised.write_text(old.replace("20/07/2022,15000,", "20/07/2022,16000,"))
    assert main(["import", "economist", str(revised), "--db", str(live), "--quiet"]) == 0
    assert "claims: 0 new, 1 changed; events: 0 new, 0 changed" in capsys.readouterr().out.splitlines()


def test_a_quarantine_reason_only_one_row_gave_is_printed_as_that_row_gave_it() -> None:
    """(Session 33, seen in QA pass 30's runs) An import printed "quarantined 1 x estimate: gives the
    same claim … as estimates.csv row N with a different figure (N)": the row and the figure a
    reader would look up were hidden. Reasons many rows share stay grouped."""
    one = Quarantined(
        "estimates.csv",
        19,
        "estimate",
        "11977",
        "gives the same claim as estimates.csv row 3 with a different figure (11966)",
        None,
    )
    many = [Quarantined("ged.csv", n, "best", str(n), f"'{n}' is not a whole number", None) for n in (4, 5)]
    assert reason_counts([one, *many]) == [
        ("best: '…' is not a whole number", 2),
        ("estimate: gives the same claim as estimates.csv row 3 with a different figure (11966)", 1),
    ]
