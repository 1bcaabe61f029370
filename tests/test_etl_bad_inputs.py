"""Inputs that used to change data silently or crash the build: each gets a one-line error or a
quarantined row naming file, row and field (issue 12, "What was measured")."""

from __future__ import annotations

import codecs
import csv
import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import duckdb
import pytest

from etl.build import build
from etl.cli import main
from etl.core.db import resolve_live
from etl.core.input_checks import file_has_controls, scan
from etl.core.report import BuildReport, InputFileError
from etl.importers.csvread import read_csv_records
from tests.helpers import (
    BASE_DATASET_DIR,
    DATASET_FILES,
    PROJECT_ROOT,
    build_in_memory,
    claim_row,
    claims_csv,
    query,
    write_dataset,
)

RESPONSE = "Russia,no_comment,the claims,base-kia,2024-12-17,day,doc-a,No comment."
RESPONSES = (BASE_DATASET_DIR / "responses.csv").read_text() + RESPONSE + "\n"


def _build(tmp_path: Path, **files: str | bytes) -> tuple[Path, duckdb.DuckDBPyConnection, BuildReport]:
    """Load the dataset with `files` in memory (what a build does, short of publishing a file):
    the rules and the quarantine are what these tests check."""
    data = write_dataset(tmp_path / "data", **files)
    con, report = build_in_memory(data)
    return data, con, report


@pytest.fixture
def published(published_base: tuple[Path, Path]) -> tuple[Path, Path, Path]:
    """The minimal dataset and its published database (a copy of the run's build of it):
    (data, pointer, live file), to check that a failed build publishes nothing."""
    data, pointer = published_base
    live = resolve_live(pointer)
    assert live is not None
    return data, pointer, live


def _cli_build(data: Path, pointer: Path, capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    """`python -m etl build ... --quiet` in this process (the entry point itself: test_etl_cli):
    its exit code and what it printed on stderr."""
    capsys.readouterr()
    code = main(["build", "--data", str(data), "--db", str(pointer), "--quiet"])
    return code, capsys.readouterr().err


def _counts_hold(report: BuildReport) -> None:
    for f in report.files:
        assert f.rows_read == f.rows_loaded + f.rows_quarantined, f


# -- duplicate header names --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "header_from", "header_to", "field"),
    [
        ("actors.csv", "name,aliases,kind,side,parent", "name,aliases,kind,side,parent,parent", "parent"),
        ("responses.csv", "documents,quote", "documents,quote,Quote", "Quote"),
    ],
)
def test_a_duplicate_header_name_is_an_error_naming_file_and_column(
    published, tmp_path, capsys, name, header_from, header_to, field
):
    data, pointer, live = published
    text = (data / name).read_text()
    lines = text.splitlines()
    lines[0] = lines[0].replace(header_from, header_to)
    lines[1:] = [ln + "," if ln else ln for ln in lines[1:]]
    if name == "responses.csv":
        lines.append(RESPONSE + ",")
    (data / name).write_text("\n".join(lines) + "\n")
    with pytest.raises(InputFileError) as err:
        build(data, pointer)
    msg = str(err.value)
    assert "\n" not in msg
    assert f"{name}, row 1 (header), field {field}:" in msg
    assert "appears twice" in msg
    assert resolve_live(pointer) == live
    code, err = _cli_build(data, pointer, capsys)
    assert code == 1
    assert err.startswith("error: ") and "Traceback" not in err


# -- rows quarantined: figures, control characters, very long cells ---------------------------
#
# The rows these tests check go into one dataset loaded once for the module (`one_load`): a
# row's outcome does not depend on the other rows (the good rows are claims of their own), and
# a load costs about 0.3 s of CPU whatever its size. Each test checks its own row: exactly one
# quarantine entry at that spreadsheet row, with its field, value and reason, and the row's
# claim not loaded. A key whose only control character is a line break is loaded on its own
# (`test_a_line_break_in_a_key_is_quarantined`): in a file with other control characters the
# full control check would catch it before the rule that test is about.

# (QA pass 13) "0x1E", "0b11" and "3_0" are read as numbers by a bare cast to BIGINT
FRACTIONS = ["30.5", "30.4", "1e3", "30,5", "0x1E", "0b11", "3_0"]
CONTROLS = [
    ("ref", "base-kia\x00"),  # also: the response naming base-kia is quarantined, not unlinked
    ("ref", "a\tb"),
    ("claimant", "HUR\x01"),
    ("places", "Plekhovo\x1f"),
    ("documents", "doc-a\x7f"),
    ("region", "Kursk\x00Oblast"),
    ("claimant", "HUR\x85"),  # a C1 control (NEL)
]
LINE_BREAKS = [("ref", "a\nb"), ("ref", "a\r\nb")]  # quoted line breaks: no other control character
WHOLE = {"a": (" 30 ", 30), "b": ("40.0", 40), "c": ("+50", 50)}  # ref: (as written, as loaded)
HUGE = "x" * 5_000_000
BIG = "y" * 1_200_000


def _rows() -> tuple[list[str], dict[object, int]]:
    """The module's claims.csv rows and the spreadsheet row of each case (2 is the first)."""
    rows: list[str] = []
    at: dict[object, int] = {}

    def add(key: object, row: str) -> None:
        at[key] = 2 + len(rows)
        rows.append(row)

    # A fraction rounded to 30 would be a second report of this claim: it must stay alone.
    add("whole", claim_row(ref="whole", value_low="30", documents="doc-b"))
    add("ok", claim_row(ref="ok-1", subject="DPRK forces (good row)"))
    for i, value in enumerate(FRACTIONS):
        add(("fraction", value), claim_row(ref=f"frac-{i}", value_low=value))
    for i, (field, value) in enumerate(CONTROLS):
        add(("control", field, value), claim_row(**{"ref": f"ctl-{i}", field: value}))
    for ref, (written, _loaded) in WHOLE.items():
        metric, claim_type = {"a": ("killed", "casualties"), "b": ("wounded", "casualties")}.get(
            ref, ("missing", "missing")
        )
        subject = "DPRK forces (whole numbers)"
        add(ref, claim_row(ref=ref, value_low=written, metric=metric, claim_type=claim_type, subject=subject))
    add("huge", claim_row(ref="huge", metric="wounded", quote=HUGE))
    # (QA pass 39) two cells, neither over the line limit alone
    add("two-big", claim_row(ref="two-big", metric="missing", claim_type="missing", quote=BIG, notes=BIG))
    add(
        "blank-low", claim_row(ref="blank-low", metric="killed", value_low=" ", subject="DPRK forces (blank)")
    )
    # (session 34, decided) a date-time in stated_on is the day it writes: data/README.md says so
    add(
        "timed",
        claim_row(ref="timed", metric="captured", claim_type="captured", stated_on="2024-12-16T01:30+09:00"),
    )
    return rows, at


def _event_row(**fields: str) -> str:
    header = (BASE_DATASET_DIR / "events.csv").read_text().splitlines()[0].split(",")
    row = dict.fromkeys(header, "")
    row.update(fields)
    return ",".join(row[h] for h in header)


@dataclass
class OneLoad:
    con: duckdb.DuckDBPyConnection
    report: BuildReport
    at: dict[object, int]


@pytest.fixture(scope="module")
def one_load(tmp_path_factory: pytest.TempPathFactory) -> Iterator[OneLoad]:
    rows, at = _rows()
    events = (BASE_DATASET_DIR / "events.csv").read_text()
    event = _event_row(
        event_id="e1",
        title="Battle",
        kind="battle",
        date_start="2024-12-14",
        date_precision="day",
        fatalities_best="12.5",
    )
    actors = (BASE_DATASET_DIR / "actors.csv").read_text() + "Wagner\x00,,armed_group,Russia,\n"
    _, con, report = _build(
        tmp_path_factory.mktemp("bad-rows"),
        claims=claims_csv(*rows),
        responses=RESPONSES,
        events=events + event + "\n",
        actors=actors,
    )
    yield OneLoad(con, report, at)
    con.close()


def _entry(load: OneLoad, key: object) -> tuple:
    """(field, value, reason) of the one claims.csv quarantine entry at `key`'s row."""
    q = query(
        load.con,
        "SELECT field, value, reason FROM quarantine WHERE source_file LIKE '%claims.csv' AND row_number = ?",
        [load.at[key]],
    )
    assert len(q) == 1, q
    return q[0]


def _refs(load: OneLoad) -> set[str]:
    return {r[0] for r in query(load.con, "SELECT ref FROM claims")}


def test_rows_in_are_rows_loaded_plus_rows_quarantined_and_good_rows_load(one_load):
    _counts_hold(one_load.report)
    assert {"whole", "ok-1", *WHOLE} <= _refs(one_load)


@pytest.mark.parametrize("value", FRACTIONS)
def test_a_figure_that_is_not_a_whole_number_is_quarantined_never_rounded(one_load, value):
    field, val, reason = _entry(one_load, ("fraction", value))
    assert (field, val) == ("value_low", value)
    assert "is not a whole number" in reason
    assert not [r for r in _refs(one_load) if r.startswith("frac-")]
    # The whole-number row is its own claim with one report: nothing merged into it, no 31.
    assert query(one_load.con, "SELECT value_low FROM claims WHERE ref = 'whole'") == [(30,)]
    assert query(
        one_load.con, "SELECT count(*) FROM reports r JOIN claims c USING (claim_id) WHERE c.ref = 'whole'"
    ) == [(1,)]
    assert query(one_load.con, "SELECT count(*) FROM claims WHERE value_low IN (31, 1000)") == [(0,)]


def test_whole_numbers_with_spaces_sign_or_point_zero_load(one_load):
    rows = [one_load.at[ref] for ref in WHOLE]
    assert query(one_load.con, "SELECT count(*) FROM quarantine WHERE row_number IN (?, ?, ?)", rows) == [
        (0,)
    ]
    assert query(
        one_load.con, "SELECT ref, value_low FROM claims WHERE ref IN ('a', 'b', 'c') ORDER BY ref"
    ) == [(ref, loaded) for ref, (_written, loaded) in WHOLE.items()]


def test_event_fatalities_are_checked_the_same_way(one_load):
    assert query(
        one_load.con, "SELECT row_number, field FROM quarantine WHERE source_file LIKE '%events.csv'"
    ) == [(2, "fatalities_best")]
    assert query(one_load.con, "SELECT count(*) FROM events") == [(0,)]


@pytest.mark.parametrize(("field", "value"), CONTROLS)
def test_control_characters_in_keys_are_quarantined(one_load, field, value):
    got_field, got_value, reason = _entry(one_load, ("control", field, value))
    assert got_field == field
    assert "\x00" not in got_value and "control character" in reason
    assert f"ctl-{CONTROLS.index((field, value))}" not in _refs(one_load)
    assert "ok-1" in _refs(one_load)


def test_the_byte_scan_flags_every_control_character_the_keys_test_uses(tmp_path):
    """The module's load has several control characters in one file; each must also send a
    file where it is the only one to the full control check."""
    for i, (_field, value) in enumerate(CONTROLS):
        path = tmp_path / f"c{i}.csv"
        path.write_text(claims_csv(claim_row(ref="ok-1"), claim_row(ref=value)), encoding="utf-8")
        assert file_has_controls(path), repr(value)


@pytest.mark.parametrize(("field", "value"), LINE_BREAKS)
def test_a_line_break_in_a_key_is_quarantined(tmp_path, field, value):
    _, con, report = _build(
        tmp_path,
        claims=claims_csv(claim_row(ref="ok-1"), claim_row(**{"ref": "bad", field: value})),
    )
    _counts_hold(report)
    q = query(con, "SELECT row_number, field, value, reason FROM quarantine")
    assert len(q) == 1
    assert q[0][:2] == (3, field)
    assert "control character" in q[0][3]
    assert query(con, "SELECT ref FROM claims") == [("ok-1",)]


def test_a_nul_in_a_ref_does_not_break_the_responses_that_name_it(one_load):
    """The row with the NUL is quarantined; the response naming the ref is quarantined too,
    with a message saying no loaded claim has it (not silently unlinked)."""
    assert _entry(one_load, ("control", "ref", "base-kia\x00"))[0] == "ref"
    assert query(one_load.con, "SELECT field FROM quarantine WHERE source_file LIKE '%responses.csv'") == [
        ("claims",)
    ]


def test_a_nul_in_an_actor_name_is_quarantined(one_load):
    assert query(one_load.con, "SELECT field FROM quarantine WHERE source_file LIKE '%actors.csv'") == [
        ("name",)
    ]


# -- line ends ---------------------------------------------------------------------------------


def _content(con: duckdb.DuckDBPyConnection) -> list:
    tables = [
        "actors",
        "places",
        "documents",
        "claims",
        "reports",
        "claim_places",
        "responses",
        "response_claims",
        "events",
        "claims_wide",
        "quarantine",
    ]
    return [query(con, f"SELECT * FROM {t} ORDER BY ALL") for t in tables]


#: The dataset of the line-end tests: a multi-line quote, a quarantined row, a response, an event.
LINE_END_FILES = {
    "claims": claims_csv(
        claim_row(ref="a", quote="two\nlines"), claim_row(ref="b", metric="wounded", value_low="x")
    ),
    "responses": RESPONSES.replace("base-kia", "a"),
    "events": (BASE_DATASET_DIR / "events.csv").read_text()
    + "e1,Battle,battle,2024-12-14,,day,Plekhovo,,true,,3,,,doc-a,\n",
}


@pytest.fixture(scope="module")
def lf_load(
    tmp_path_factory: pytest.TempPathFactory,
) -> Iterator[tuple[duckdb.DuckDBPyConnection, BuildReport]]:
    """That dataset with LF line ends, loaded once for the module (every file's CR case compares
    with it)."""
    _, con, report = _build(tmp_path_factory.mktemp("lf"), **LINE_END_FILES)
    yield con, report
    con.close()


def test_a_file_ending_in_a_bare_cr_is_the_one_line_error_in_an_incremental_build_too(published, capsys):
    """(QA pass 5) the incremental build ended in a traceback (IndexError) where the full build named
    the CR; an incremental build now leaves any claims.csv with a CR to the full build."""
    data, pointer, live = published
    text = (data / "claims.csv").read_text()
    (data / "claims.csv").write_text(text + claim_row(ref="z", notes="checked") + "\r")
    code, err = _cli_build(data, pointer, capsys)
    assert code == 1 and "Traceback" not in err
    assert "carriage return" in err.strip().splitlines()[0]
    assert resolve_live(pointer) == live


def _with_line_ends(tmp_path: Path, name: str, ending: str) -> tuple[duckdb.DuckDBPyConnection, BuildReport]:
    """The line-end dataset with file `name`'s LFs written as `ending`, loaded."""
    files = dict(LINE_END_FILES)
    key = name.removesuffix(".csv")
    files[key] = (files.get(key) or (BASE_DATASET_DIR / name).read_text()).replace("\n", ending)
    _, con, report = _build(tmp_path / "line-ends", **files)
    return con, report


def _assert_loads_like_lf(
    lf_load: tuple[duckdb.DuckDBPyConnection, BuildReport],
    con: duckdb.DuckDBPyConnection,
    report: BuildReport,
    cr_in_quotes: bool = False,
) -> None:
    """Same counts per file and same table contents as the LF load (the quarantine's path aside;
    with `cr_in_quotes`, a quoted line break read as the file's own CR line end)."""
    lf_con, lf_report = lf_load
    assert [(f.rows_read, f.rows_loaded, f.rows_quarantined) for f in report.files] == [
        (f.rows_read, f.rows_loaded, f.rows_quarantined) for f in lf_report.files
    ]
    lf, got = _content(lf_con), _content(con)
    if cr_in_quotes:
        got = [[tuple(c.replace("\r", "\n") if isinstance(c, str) else c for c in r) for r in t] for t in got]
    lf[-1] = [r[1:5] for r in lf[-1]]  # quarantine: compare without the (different) path
    got[-1] = [r[1:5] for r in got[-1]]
    assert got == lf


@pytest.mark.parametrize("name", DATASET_FILES)
def test_cr_only_line_ends_load_like_lf(tmp_path, lf_load, name):
    con, report = _with_line_ends(tmp_path, name, "\r")
    _assert_loads_like_lf(lf_load, con, report, cr_in_quotes=name == "claims.csv")
    assert query(con, "SELECT row_number, field FROM quarantine") == [(3, "value_low")]


@pytest.mark.parametrize("name", DATASET_FILES)
def test_windows_line_ends_load_like_lf(tmp_path, lf_load, name):
    """(Round 42's QA pass) a file re-saved with CR LF line ends (a spreadsheet on Windows) read no
    row at all, with exit 0: DuckDB's reader keeps no row of it while it keeps a rejects table.
    The quoted line break reads as LF, as in the LF file."""
    _assert_loads_like_lf(lf_load, *_with_line_ends(tmp_path, name, "\r\n"))


@pytest.mark.parametrize("name", ["claims.csv", "responses.csv", "events.csv"])
def test_crs_piled_before_each_line_feed_load_like_lf(tmp_path, lf_load, name):
    """(QA pass 5) "\\r\\r\\n" line ends (Python's csv module in text mode on Windows, unix2dos
    run twice) still read no row at all, with exit 0."""
    _assert_loads_like_lf(lf_load, *_with_line_ends(tmp_path, name, "\r\r\n"))


def test_a_reader_that_keeps_no_row_of_a_file_with_rows_is_an_error(tmp_path):
    """The guard behind the line-end fixes: a file with rows below its header never passes for an
    empty one (`_has_rows` is read only when the reader kept no row)."""
    from etl.core.staging import _has_rows

    (tmp_path / "empty.csv").write_text("ref,claimant\n\n  \n")
    (tmp_path / "rows.csv").write_text("ref,claimant\na,HUR\n")
    assert not _has_rows(tmp_path / "empty.csv") and _has_rows(tmp_path / "rows.csv")


def test_one_row_saved_with_windows_line_ends_loads_like_the_others(tmp_path):
    """(Round 42's QA pass) one CR LF row in an LF file (an editor on Windows) made the whole file
    "cannot be read as CSV" with no row named."""
    text = claims_csv(claim_row(ref="a"), claim_row(ref="b", metric="wounded", notes="checked"))
    head, last = text.rstrip("\n").rsplit("\n", 1)
    _, con, report = _build(tmp_path, claims=head + "\n" + last + "\r\n")
    claims = next(f for f in report.files if f.label.endswith("claims.csv"))
    assert (claims.rows_read, claims.rows_loaded, claims.rows_quarantined) == (2, 2, 0)
    assert query(con, "SELECT metric FROM claims ORDER BY metric") == [("killed",), ("wounded",)]


def test_a_cr_opening_an_unquoted_cell_is_a_one_line_error_in_full_and_incremental_builds(
    published, tmp_path, capsys
):
    """(Round 42's QA pass) "…,\rSaid,…": DuckDB split the record in two (rows read 3 for 2,
    both halves quarantined for wrong reasons) and the incremental build ended in a traceback."""
    data, pointer, live = published
    before = (data / "claims.csv").read_text()
    row = claim_row(ref="b", quote="Said")
    (data / "claims.csv").write_text(before + row.replace(",Said,", ",\rSaid,") + "\n")
    code, err = _cli_build(data, pointer, capsys)  # incremental first: it falls back to full
    assert code == 1 and "Traceback" not in err
    first = err.strip().splitlines()[0]
    assert first.startswith("error: ") and "carriage return" in first
    assert f"{data / 'claims.csv'}" in first or "data/claims.csv, row" in first
    assert "field quote" in first and "claimsdesk-" not in first
    assert resolve_live(pointer) == live


def test_a_bare_cr_inside_an_unquoted_cell_is_a_one_line_error(published, tmp_path, capsys):
    data, pointer, live = published
    (data / "claims.csv").write_text(
        claims_csv(claim_row(ref="a"), claim_row(ref="b", subject="DPRK\rforces"))
    )
    code, err = _cli_build(data, pointer, capsys)
    assert code == 1
    lines = err.strip().splitlines()
    assert "Traceback" not in err
    assert lines[0].startswith("error: ") and "claims.csv, row 3, field subject:" in lines[0]
    assert "carriage return" in lines[0]
    assert resolve_live(pointer) == live


# -- very long cells ----------------------------------------------------------------------------


def test_a_5_mb_cell_is_quarantined_naming_row_and_field(one_load):
    field, _value, reason = _entry(one_load, "huge")
    assert field == "quote"
    assert "5,000,000 bytes" in reason and "\n" not in reason
    assert "huge" not in _refs(one_load) and "ok-1" in _refs(one_load)


def test_a_5_mb_header_cell_is_a_one_line_error(published, tmp_path, capsys):
    data, pointer, live = published
    (data / "events.csv").write_text(
        (BASE_DATASET_DIR / "events.csv").read_text().rstrip("\n") + "," + "h" * 5_000_000 + "\n"
    )
    code, err = _cli_build(data, pointer, capsys)
    assert code == 1 and "Traceback" not in err
    assert err.startswith("error: ") and "events.csv, row 1 (header)" in err
    assert len(err) < 2_000  # the 5 MB cell is not echoed
    assert resolve_live(pointer) == live


def test_a_huge_header_cell_is_refused_even_after_an_import_read_big_cells_in_this_process(
    published, tmp_path, capsys
):
    """The header check once relied on the csv module's process-wide field limit, which the
    importers' reader raised for good: after an import in the same process, a build took a 5 MB
    header cell as a column name and published (seen in the parallel suite)."""
    big = tmp_path / "big.csv"
    big.write_text("a,b\n" + "x" * 300_000 + ",1\n")
    read_csv_records(big, "big.csv", {"a", "b"})  # an importer's read of a big cell
    assert csv.field_size_limit() == 131_072  # put back after the read
    data, pointer, live = published
    (data / "events.csv").write_text(
        (BASE_DATASET_DIR / "events.csv").read_text().rstrip("\n") + "," + "h" * 200_000 + "\n"
    )
    csv.field_size_limit(1 << 30)  # even if some other code raised it for good
    try:
        code, err = _cli_build(data, pointer, capsys)
    finally:
        csv.field_size_limit(131_072)
    assert code == 1 and "Traceback" not in err
    assert "events.csv, row 1 (header): not a CSV header (a cell of 200,000 characters" in err
    assert resolve_live(pointer) == live


def test_the_fast_byte_scan_tells_which_files_need_the_full_control_check(tmp_path):
    cases = {
        "plain": b'a,b\r\n"x\ny",\xc2\xa0z\n',
        "tab": b"a,b\n1\t,2\n",
        "nul": b"a\x00\n",
        "c1": b"a,\xc2\x85\n",
        "del": b"a\x7f\n",
    }
    got = {}
    for name, data in cases.items():
        (tmp_path / name).write_bytes(data)
        got[name] = file_has_controls(tmp_path / name)
    assert got == {"plain": False, "tab": True, "nul": True, "c1": True, "del": True}


@pytest.mark.parametrize("mark", [b"\n\n", b"\n\r\n", b"\r\r"])
@pytest.mark.parametrize("offset", [-2, -1, 0])
def test_a_blank_line_across_the_byte_scans_chunk_boundary_is_found(tmp_path, mark, offset):
    """The one byte scan per file (`input_checks.scan`) reads 16 MiB chunks; a blank line whose
    bytes straddle two chunks must still send the file to the row-by-row blank-line check."""
    chunk = 1 << 24
    head = b"a,b\n"
    filler = b"x,y\n" * ((chunk + offset - len(head) - 1) // 4)  # then at least one "z"
    body = head + filler + b"z" * (chunk + offset - len(head) - len(filler))
    path = tmp_path / "f.csv"
    path.write_bytes(body + mark + b"x,y\n")
    assert scan(path).maybe_blank
    plain = tmp_path / "g.csv"
    plain.write_bytes(body + b"\nx,y\n")
    assert not scan(plain).maybe_blank


IMPORT_SAMPLES = PROJECT_ROOT / "tests" / "fixtures" / "import"


@pytest.mark.parametrize(
    ("source", "sample"),
    [
        ("acled", IMPORT_SAMPLES / "acled" / "acled_ukraine_russia_2024.csv"),
        ("ucdp", IMPORT_SAMPLES / "ucdp" / "ged_ukraine_sample.csv"),
    ],
)
def test_a_header_only_import_says_no_rows(published, tmp_path, capsys, source, sample):
    """An ACLED or UCDP file with only its header: one line, exit 1, database unchanged."""
    _data, pointer, live = published
    only_header = tmp_path / f"{source}-header-only.csv"
    only_header.write_bytes(sample.read_bytes().splitlines(keepends=True)[0])
    assert main(["import", source, str(only_header), "--db", str(pointer), "--quiet"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Traceback" not in err
    assert f"{only_header.name}: no rows (only a header row)" in err
    assert resolve_live(pointer) == live


def test_a_figure_beyond_the_largest_whole_number_is_out_of_range_not_a_fraction(tmp_path: Path) -> None:
    """(QA pass 30) 9999999999999999999 was called "not a whole number (never rounded …)" in the
    curated files; the importers say "out of range", which is what it is."""
    data = write_dataset(
        tmp_path / "data", claims=claims_csv(claim_row(ref="huge", value_low="9999999999999999999"))
    )
    con, report = build_in_memory(data)
    try:
        assert [(q.field, q.reason) for q in report.quarantine] == [
            (
                "value_low",
                "'9999999999999999999' is out of range (the largest figure is 9,223,372,036,854,775,807)",
            )
        ]
    finally:
        con.close()


def test_a_utf16_file_is_named_as_utf16_not_as_missing_columns(tmp_path: Path) -> None:
    """(QA pass 30) A claims.csv saved as UTF-16 (Excel's "Unicode text") was refused as
    "missing column(s) claimant, stated_on, …"."""
    text = (BASE_DATASET_DIR / "claims.csv").read_text(encoding="utf-8")
    data = write_dataset(tmp_path / "data", claims=text.encode("utf-16"))
    with pytest.raises(
        InputFileError,
        match=r"claims\.csv: UTF-16 or UTF-32 text \(a byte-order mark ff fe\); save it as UTF-8",
    ):
        build_in_memory(data)


def test_a_stated_on_written_with_a_time_is_the_day_it_writes(one_load):
    """As data/README.md says: the day the claimant's own clock gave, never moved by the offset
    (01:30 at UTC+9 is 16:30 UTC the day before)."""
    assert query(one_load.con, "SELECT stated_on, stated_on_precision FROM claims WHERE ref = 'timed'") == [
        (dt.date(2024, 12, 16), "day")
    ]


@pytest.mark.parametrize(
    "next_quote",
    [
        "At least 32 were killed.",  # the open quote runs to the end of the file
        "At least 32, it said.",  # it closes at the next row's own quote: a cell too many
    ],
)
def test_a_quote_left_open_names_the_rows_it_swallowed(tmp_path: Path, next_quote: str) -> None:
    """(QA pass 39 #3) A quote opened and never closed on its line ran into the next row, which
    then vanished with no entry of its own ("wrong column count … found 22" was all the analyst
    was told, and five responses naming the lost row's ref were quarantined). The entry now names
    the open quote, its field, and the start of the line it swallowed."""
    open_row = claim_row(ref="open-quote", value_low="31").rsplit(",", 2)[0] + ',"an unclosed quote,'
    swallowed = claim_row(ref="swallowed-row", value_low="32", quote=next_quote)
    _, _, report = _build(tmp_path, claims=claims_csv(open_row, swallowed))
    (q,) = [q for q in report.quarantine if q.source_file.endswith("claims.csv")]
    assert q.row_number == 2 and q.field == "quote", q
    assert "quote" in q.reason and "never closed" in q.reason and "swallowed-row," in q.reason, q.reason
    assert "close the quote" in q.reason
    _counts_hold(report)


def test_a_quoted_cell_over_several_lines_is_not_called_an_open_quote(tmp_path: Path) -> None:
    """A closed quote holding line breaks is a cell, not an open quote: a row with such a cell and
    a cell too many says only that."""
    row = claim_row(ref="two-lines", value_low="33", quote="At least 33,\nsaid the statement.") + ",extra"
    _, _, report = _build(tmp_path, claims=claims_csv(row))
    (q,) = [q for q in report.quarantine if q.source_file.endswith("claims.csv")]
    assert "wrong column count" in q.reason and "never closed" not in q.reason, q.reason


def test_a_row_over_the_line_limit_in_two_cells_is_named_as_a_row(one_load):
    """(QA pass 39 #6) Two cells of 1.2 MB read "a cell of 1,200,002 bytes: over the 2,000,000-byte
    line limit", which contradicts itself: the row is over it, and its longest cell is named."""
    field, _value, reason = _entry(one_load, "two-big")
    assert field in ("quote", "notes"), field
    assert reason.startswith("a row of 2,4") and "over the 2,000,000-byte line limit" in reason, reason
    assert "its longest cell is" in reason


def test_a_lower_bound_without_its_figure_says_value_low_is_needed(one_load):
    """(QA pass 39 #6) A blank value_low with at_least was told "value_low only, value_high empty"
    though value_high was empty: the fault is the missing figure."""
    field, _value, reason = _entry(one_load, "blank-low")
    assert (field, reason) == ("qualifier", "'at_least' is a lower bound: it needs value_low (the figure)")


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be"])
def test_a_utf16_or_utf32_file_without_its_mark_is_named_as_such(tmp_path: Path, encoding: str) -> None:
    """(QA pass 39 #7) Without a byte-order mark it was still "missing column(s) claimant, …";
    (QA pass 40) UTF-32 too."""
    text = (BASE_DATASET_DIR / "claims.csv").read_text(encoding="utf-8")
    data = write_dataset(tmp_path / "data", claims=text.encode(encoding))
    wide = encoding[:6].upper()
    with pytest.raises(InputFileError, match=rf"claims\.csv: {wide} text without a byte-order mark"):
        build_in_memory(data)


def test_a_big_endian_utf32_file_with_its_mark_is_named(tmp_path: Path) -> None:
    """(QA pass 40) Its mark (00 00 FE FF) is not UTF-16's, so it was not named."""
    text = (BASE_DATASET_DIR / "claims.csv").read_text(encoding="utf-8")
    data = write_dataset(tmp_path / "data", claims=codecs.BOM_UTF32_BE + text.encode("utf-32-be"))
    with pytest.raises(InputFileError, match=r"claims\.csv: UTF-16 or UTF-32 text \(a byte-order mark"):
        build_in_memory(data)


@pytest.mark.parametrize("line", ["sep=,", '"sep=,"', "SEP=;"])
def test_excels_sep_line_before_the_header_is_named_in_curated_files_and_imports(
    tmp_path: Path, line: str
) -> None:
    """(QA pass 39 #7) Excel's `sep=,` first line was read as the header: "missing column(s)
    claimant, …", and an ACLED import asked "is this an ACLED export?"."""
    text = (BASE_DATASET_DIR / "claims.csv").read_text(encoding="utf-8")
    data = write_dataset(tmp_path / "data", claims=f"{line}\n{text}")
    with pytest.raises(
        InputFileError, match=r"(?i)claims\.csv, row 1: Excel's .*sep=.* line comes before the header"
    ):
        build_in_memory(data)
    acled = PROJECT_ROOT / "tests" / "fixtures" / "import" / "acled" / "acled_ukraine_russia_2024.csv"
    sep_acled = tmp_path / "acled.csv"
    sep_acled.write_text(f"{line}\n" + acled.read_text(encoding="utf-8"), encoding="utf-8")
    with pytest.raises(InputFileError, match=r"acled\.csv, row 1: Excel's .* line comes before the header"):
        read_csv_records(sep_acled, "acled.csv", set())


def test_excels_sep_line_over_an_economist_table_is_named_alone_or_in_a_folder(tmp_path: Path) -> None:
    """(QA pass 40 #10) The Economist's importer called such a file "neither The Economist's
    estimates table … nor its UK MoD … table", and in a folder skipped it without a word."""
    from etl.importers.economist import _kind_of

    table = PROJECT_ROOT / "tests" / "fixtures" / "import" / "economist" / "estimates.csv"
    sep = tmp_path / "estimates.csv"
    sep.write_text("sep=,\n" + table.read_text(encoding="utf-8"), encoding="utf-8")
    assert _kind_of(sep) == "estimates"  # (taken for its table, in a folder too)
    with pytest.raises(
        InputFileError, match=r"estimates\.csv, row 1: Excel's 'sep=,' line comes before the header"
    ):
        read_csv_records(sep, "estimates.csv", set())


@pytest.mark.parametrize(("sep", "named"), [(";", "';'"), ("\t", "a tab")])
def test_a_file_delimited_by_semicolons_or_tabs_is_named_as_such_not_only_as_missing_columns(
    tmp_path: Path, sep: str, named: str
) -> None:
    """(QA pass 42) A claims.csv re-saved by a European Excel (`;` between columns) was refused as
    "missing column(s) claimant, …" with no word of the delimiter."""
    text = (BASE_DATASET_DIR / "claims.csv").read_text(encoding="utf-8")
    data = write_dataset(tmp_path / "data", claims=text.replace(",", sep).encode("utf-8"))
    with pytest.raises(
        InputFileError,
        match=rf"missing column\(s\) .*one column with {named} in it: save the file with commas",
    ):
        build_in_memory(data)


def test_a_renamed_optional_column_is_named_in_a_note_not_read_as_empty_without_a_word(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """(QA pass 43) claims.csv's `places` renamed `place` by hand: the build read every claim's
    places as empty and said nothing (claim_places went from 9 rows to 0)."""
    from etl.cli import main

    text = (BASE_DATASET_DIR / "claims.csv").read_text(encoding="utf-8")
    data = write_dataset(tmp_path / "data", claims=text.replace(",places,", ",place,", 1).encode("utf-8"))
    assert (
        main(["build", "--data", str(data), "--db", str(tmp_path / "db" / "claims.duckdb"), "--quiet"]) == 0
    )
    out = capsys.readouterr().out
    (note,) = [ln for ln in out.splitlines() if ln.startswith("note: ") and "claims.csv" in ln]
    assert note.endswith(
        "claims.csv, row 1 (header): column(s) place not read (not one of this file's columns); "
        "column(s) places missing, read as empty"
    ), note
    data2 = write_dataset(tmp_path / "data2", claims=text.encode("utf-8"))
    assert (
        main(["build", "--data", str(data2), "--db", str(tmp_path / "db2" / "claims.duckdb"), "--quiet"]) == 0
    )
    assert "claims.csv, row 1 (header)" not in capsys.readouterr().out  # a whole header: no note
