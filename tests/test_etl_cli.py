"""The command line: help works, and a build prints what it read, loaded and quarantined."""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

from etl.cli import main, make_parser
from etl.core.schema import IntegrityError
from tests.helpers import DATASET_FILES, PROJECT_ROOT, claim_row, claims_csv, query, write_dataset


def test_help_exits_zero():
    """`python -m etl --help`, as a user types it (the entry point; other commands run in-process)."""
    proc = subprocess.run(
        [sys.executable, "-m", "etl", "--help"],
        cwd=PROJECT_ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert proc.returncode == 0, proc.stderr
    assert "usage:" in proc.stdout


def test_build_help_exits_zero_and_names_the_options(capsys):
    assert main(["build", "--help"]) == 0
    out = capsys.readouterr().out
    assert "usage:" in out
    for option in ("--data", "--db", "--strict"):
        assert option in out


def test_build_prints_rows_read_loaded_and_quarantined_per_file_and_the_time(tmp_path, capsys):
    data = write_dataset(
        tmp_path / "data",
        claims=claims_csv(claim_row(ref="a"), claim_row(ref="b", qualifier="roughly"), "c,HUR"),
    )
    pointer = tmp_path / "db" / "claims.duckdb"
    code = main(["build", "--quiet", "--data", str(data), "--db", str(pointer)])
    out, err = capsys.readouterr()
    assert code == 0, err
    assert re.search(r"\bread\b.*\bloaded\b.*\bquarantined\b", out)
    logged = query(pointer, "SELECT source_file, rows_read, rows_loaded, rows_quarantined FROM load_log")
    assert len(logged) == len(DATASET_FILES)  # (the base dataset has every curated file)
    for label, read, loaded, quarantined in logged:
        line = next((ln for ln in out.splitlines() if ln.startswith(label)), None)
        assert line is not None, f"no summary line for {label}:\n{out}"
        assert [int(n.replace(",", "")) for n in line[len(label) :].split()] == [read, loaded, quarantined]
    claims_line = next(ln for ln in out.splitlines() if ln.startswith(str(data / "claims.csv")))
    assert claims_line.split()[1:] == ["3", "1", "2"]
    assert re.search(r"\b\d+(\.\d+)? s\b", out), out
    # The quarantined rows are named on stderr with file, row and field.
    assert f"{data / 'claims.csv'}, row 3, field qualifier" in err
    assert f"{data / 'claims.csv'}, row 4" in err


def test_strict_build_of_a_clean_dataset_exits_zero(tmp_path, capsys):
    data = write_dataset(tmp_path / "data")
    pointer = tmp_path / "db" / "claims.duckdb"
    assert main(["build", "--strict", "--quiet", "--data", str(data), "--db", str(pointer)]) == 0
    assert pointer.is_symlink()


def test_a_build_error_is_one_line_and_exits_non_zero(tmp_path, capsys):
    data = write_dataset(tmp_path / "data", documents=None)
    pointer = tmp_path / "db" / "claims.duckdb"
    assert main(["build", "--quiet", "--data", str(data), "--db", str(pointer)]) != 0
    err = capsys.readouterr().err
    assert f"{data / 'documents.csv'}: file not found" in err
    assert not pointer.exists()


@pytest.mark.parametrize(
    "interrupt",
    [KeyboardInterrupt(), duckdb.InterruptException("Query interrupted"), RuntimeError("Query interrupted")],
    ids=["python", "duckdb", "duckdb-as-runtime-error"],
)
def test_ctrl_c_is_one_line_and_exit_130_not_a_traceback(
    interrupt: BaseException,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """(QA 6, 7) Ctrl-C during an import (a slow download) printed a KeyboardInterrupt traceback;
    landing inside a DuckDB query, the query's own "Query interrupted" error and exit 1."""
    import etl.cli

    def interrupted(*_args: object, **_kwargs: object) -> None:
        raise interrupt

    monkeypatch.setattr(etl.cli, "run_import", interrupted)
    code = etl.cli.main(
        ["import", "ucdp", "https://example.org/ged.csv", "--db", str(tmp_path / "db" / "x.duckdb")]
    )
    err = capsys.readouterr().err
    assert code == 130 and "Traceback" not in err
    assert err.strip().splitlines() == [
        "python -m etl: interrupted (a publish is all or nothing: the live database is the last whole one)"
    ]


def _help_texts() -> list[str]:
    """Every help text of `python -m etl` and its subcommands' options."""
    texts, todo = [], [make_parser()]
    while todo:
        parser = todo.pop()
        for action in parser._actions:
            texts.append(action.help or "")
            if isinstance(action, argparse._SubParsersAction):
                todo.extend(action.choices.values())
    return texts


def test_help_texts_point_to_sections_that_exist() -> None:
    # (QA 10) `build --help` sent readers to a README section that does not exist
    refs = [
        (m.group("file"), m.group("section"))
        for text in _help_texts()
        for m in re.finditer(r"see (?P<file>README|docs/[\w-]+\.md),? '(?P<section>[^']+)'", text)
    ]
    assert refs, "the check found no references to check"
    for file, section in refs:
        path = PROJECT_ROOT / ("README.md" if file == "README" else file)
        headings = {h.strip() for h in re.findall(r"^#+\s+(.+)$", path.read_text(encoding="utf-8"), re.M)}
        assert section in headings, f"{file} has no section {section!r}"


def test_a_refused_publish_is_one_line_and_exit_1(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    # (QA 11) an IntegrityError from the publish-time checks reached the user as a traceback
    def refused(*_args: object, **_kwargs: object) -> None:
        raise IntegrityError("1 claim(s) break the rule: a range keeps value_low < value_high")

    monkeypatch.setattr("etl.cli.build", refused)
    data = write_dataset(tmp_path / "data")
    assert main(["build", "--data", str(data), "--db", str(tmp_path / "claims.duckdb"), "--quiet"]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert err == [
        "python -m etl build: error: nothing published: 1 claim(s) break the rule: a range keeps "
        "value_low < value_high"
    ]


def test_every_command_reads_the_dashboards_folders_from_the_environment(tmp_path, monkeypatch):
    """(QA pass 28) The dashboard reads CLAIMS_DESK_DATA and CLAIMS_DESK_DB; `build`, `import`,
    `refresh` and `extract` had always used data/, so with the dashboard on a copy a plain
    `python -m etl build` rebuilt a database the dashboard never read."""
    data = write_dataset(tmp_path / "newsroom")
    pointer = tmp_path / "db" / "claims.duckdb"
    monkeypatch.setenv("CLAIMS_DESK_DATA", str(data))
    monkeypatch.setenv("CLAIMS_DESK_DB", str(pointer))
    assert main(["build", "--quiet"]) == 0
    assert pointer.is_symlink() and query(pointer, "SELECT count(*) FROM claims") == [(2,)]
    parser = make_parser()
    for argv in (["import", "ucdp", "x.csv"], ["refresh"], ["first-start"]):
        args = parser.parse_args(argv)
        assert args.db == str(pointer), argv
        assert getattr(args, "data", str(data)) == str(data), argv
    assert parser.parse_args(["extract", "x.txt"]).data == data
