"""`python -m etl extract`: formats, options and one-line errors."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from etl.cli import main as etl_main
from etl.core.contract import CLAIMS_FLAT_COLUMNS

ROOT = Path(__file__).resolve().parents[1]


def main(args: list[str]) -> int:
    """`python -m etl extract ARGS` in process (the one ETL parser reads extract's options)."""
    return etl_main(args if args[:1] == ["extract"] else ["extract", *args])


REPORT = ROOT / "tests" / "reports" / "dev" / "kbs-2025-04-30-nis-600-killed.txt"
OTHER = ROOT / "tests" / "reports" / "dev" / "aa-2024-12-23-zelenskyy-3000-casualties.txt"


def test_csv_prints_the_claims_flat_columns(capsys: pytest.CaptureFixture[str]) -> None:
    assert main([str(REPORT)]) == 0
    rows = list(csv.reader(io.StringIO(capsys.readouterr().out)))
    assert tuple(rows[0]) == CLAIMS_FLAT_COLUMNS
    assert len(rows) == 6
    assert all(len(r) == len(CLAIMS_FLAT_COLUMNS) for r in rows)


def test_csv_for_several_reports_has_one_header(capsys: pytest.CaptureFixture[str]) -> None:
    assert main([str(REPORT), str(OTHER)]) == 0
    rows = list(csv.reader(io.StringIO(capsys.readouterr().out)))
    assert sum(1 for r in rows if tuple(r) == CLAIMS_FLAT_COLUMNS) == 1
    assert len(rows) == 1 + 5 + 6


def test_json_prints_document_claims_responses_events(capsys: pytest.CaptureFixture[str]) -> None:
    assert main([str(REPORT), "--format", "json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert set(out) == {"document", "claims", "responses", "events", "new_actors"}
    assert out["document"]["outlet"] == "KBS World"
    assert out["claims"][0]["value_low"] == 600


def test_json_for_several_reports_is_a_list(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["extract", str(REPORT), str(OTHER), "--format", "json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert isinstance(out, list) and len(out) == 2


def test_published_option_changes_relative_dates(capsys: pytest.CaptureFixture[str]) -> None:
    assert main([str(REPORT), "--published", "2025-05-07", "--format", "json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["claims"][0]["stated_on"] == "2025-05-07"


@pytest.mark.parametrize(
    ("args", "needle"),
    [
        (["missing-report.txt"], "no such report file"),
        ([str(REPORT), "--published", "2025-02-30"], "not a YYYY-MM-DD date"),
        ([str(REPORT), "--format", "xml"], "invalid choice"),
        ([str(REPORT), "--data", "/nonexistent/data"], "no such folder"),
    ],
)
def test_errors_are_one_line_with_exit_status_2(
    args: list[str], needle: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(args) == 2
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1
    assert needle in err


def test_help_exits_zero(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--help"]) == 0
    out = " ".join(capsys.readouterr().out.split())
    assert "--published" in out
    # (QA pass 24) every kind of input the extractor reads is named
    assert all(kind in out for kind in (".srt", ".vtt", ".md", ".rss", ".jsonl"))


def test_module_entry_point_runs_as_a_subprocess() -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "etl", "extract", str(REPORT)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.startswith("claim_id,claimant,")


@pytest.mark.parametrize("fmt", ["json", "csv"])
def test_a_reader_that_stops_early_gets_no_traceback(
    fmt: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    # (QA 10) `python -m etl extract … | head -1`: the pipe's reader is gone before the output is
    # written; exit as a tool killed by SIGPIPE does, with nothing on stderr
    read_end, write_end = os.pipe()
    os.close(read_end)
    with os.fdopen(write_end, "w") as closed_pipe:
        monkeypatch.setattr(sys, "stdout", closed_pipe)
        assert main([str(REPORT), str(OTHER), "--format", fmt]) == 141
    monkeypatch.undo()
    assert capsys.readouterr().err == ""


def test_an_empty_file_or_a_device_is_named_for_what_it_is(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """(QA pass 30) An empty report printed the CSV header alone with exit 0; /dev/zero and a
    folder were "no such report file"."""
    empty = tmp_path / "empty.txt"
    empty.write_text("\n  \n")
    assert main([str(empty)]) != 0
    assert "empty.txt: an empty file (no text to read)" in capsys.readouterr().err
    assert main(["/dev/zero"]) == 2
    assert "not a regular file: /dev/zero" in capsys.readouterr().err
