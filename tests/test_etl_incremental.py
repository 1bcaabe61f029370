"""Incremental builds give the same database as a full build from the same inputs (issue 12).

Each step changes `data/` (add, edit, delete a claim row; a row that is quarantined; a second
report of a claim; a duplicate ref; a new document; a changed actor), runs the default build
(incremental when it can) and then a `--full` build of the same inputs into the same pointer
(so both keep the same live import), and compares every table of the two published files by
hashing each row (order does not matter; `build_info` and import times excepted, see
`helpers.table_hashes`). A General Staff import is present throughout.

Everything lives in tmp_path (xdist-safe). The claims file is a few blocks long
(`etl.core.rowindex.BLOCK`) so changes in its middle exercise the block comparison. The grown
dataset and its build with the import are made once per run (`setup` copies them); the sequence
of changes (`STEPS`) is checked in two tests that run side by side, the second starting from a
full build of the state the first ends in.
"""

from __future__ import annotations

import csv
import io
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import duckdb
import pytest

import etl.build as etl_build
from etl.build import build
from etl.core.contract import CURATED_NAMES
from etl.core.report import BuildReport, StrictModeError
from etl.core.rowindex import BLOCK
from etl.importers.runner import run_import
from tests.conftest import run_shared
from tests.helpers import (
    DEFAULT_DATA_DIR,
    PROJECT_ROOT,
    claim_row,
    claims_csv,
    copy_build,
    query,
    table_hashes,
    write_dataset,
)

GS_FIXTURE = PROJECT_ROOT / "tests" / "fixtures" / "import" / "general-staff"


def _diff(a: Path, b: Path, table: str) -> str:
    con = duckdb.connect()
    try:
        con.execute(f"ATTACH '{a}' AS a (READ_ONLY); ATTACH '{b}' AS b (READ_ONLY)")
        only_a = con.execute(f"SELECT * FROM a.{table} EXCEPT ALL SELECT * FROM b.{table} LIMIT 3").fetchall()
        only_b = con.execute(f"SELECT * FROM b.{table} EXCEPT ALL SELECT * FROM a.{table} LIMIT 3").fetchall()
        return f"{table}: only incremental {only_a}; only full {only_b}"
    except duckdb.Error as exc:
        return f"{table}: {exc}"
    finally:
        con.close()


def _rows(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.reader(fh))


def _write_rows(path: Path, rows: list[list[str]]) -> None:
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\n").writerows(rows)
    path.write_text(buf.getvalue(), encoding="utf-8")


def _dataset(root: Path) -> Path:
    """The bundled curated files (no sources/) with claims.csv grown to a few blocks.

    Extra rows copy the bundled claims under a numbered subject (new claims); every 7th is a
    second report (another document) of the row before it: one claim, two reports.
    """
    data = root / "data"
    data.mkdir()
    for f in DEFAULT_DATA_DIR.glob("*.csv"):
        shutil.copyfile(f, data / f.name)
    rows = _rows(data / "claims.csv")
    header, base = rows[0], rows[1:]
    col = {c: i for i, c in enumerate(header)}
    docs = [r[0] for r in _rows(data / "documents.csv")[1:]]
    extra: list[list[str]] = []
    i = 0
    while sum(len(",".join(r)) for r in extra) < 3 * BLOCK:
        r = list(base[i % len(base)])
        r[col["ref"]] = ""
        r[col["subject"]] = f"{r[col['subject']] or 'forces'} (copy {i})"
        extra.append(r)
        if i % 7 == 0:
            twin = list(r)
            twin[col["documents"]] = docs[i % len(docs)]
            twin[col["quote"]] = f"Second report {i}"
            extra.append(twin)
        i += 1
    _write_rows(data / "claims.csv", [header, *base, *extra])
    return data


def _setup(folder: Path) -> None:
    data = _dataset(folder)
    pointer = folder / "out" / "claims.duckdb"
    build(data, pointer)
    run_import("general-staff", str(GS_FIXTURE), pointer, show_progress=False)


@pytest.fixture
def setup(tmp_path: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """This test's copy of the grown dataset and of its published build (with the General Staff
    import), made once per run (`run_shared`): the copy's record matches the copied files, so the
    next build is incremental, as after a build of them."""
    shared = run_shared(tmp_path_factory, "incremental-base", _setup)
    data = tmp_path / "data"
    shutil.copytree(shared / "data", data)
    return data, copy_build(shared / "out" / "claims.duckdb", tmp_path / "out")


def _check_same(data: Path, pointer: Path, expect_incremental: bool = True) -> None:
    inc = build(data, pointer)
    if expect_incremental:
        assert inc.mode == "incremental", inc.fallback
    else:
        assert inc.mode == "full" and inc.fallback
    assert inc.version_path is not None
    inc_file = inc.version_path
    full = build(data, pointer, incremental=False)
    assert full.mode == "full" and full.version_path is not None
    a, b = table_hashes(inc_file), table_hashes(full.version_path)
    assert a.keys() == b.keys()
    differing = [t for t in a if a[t] != b[t]]
    assert not differing, [_diff(inc_file, full.version_path, t) for t in differing]
    assert a["quote_tokens rows that are not the words of their claims_wide row"][0] == 0
    assert a["figure_cube row ids that do not point at their claim"][0] == 0
    assert a["war_cube row ids that do not point at their claim"][0] == 0
    assert a["war_cube"][0] > 0  # the whole-war view's claims are in the dataset
    # The report a CLI prints is the same too.
    assert [(f.label, f.rows_read, f.rows_loaded, f.rows_quarantined) for f in inc.files] == [
        (f.label, f.rows_read, f.rows_loaded, f.rows_quarantined) for f in full.files
    ]
    for f in inc.files:
        assert f.rows_read == f.rows_loaded + f.rows_quarantined


@dataclass
class _Claims:
    """claims.csv of a test's dataset as rows, changed step by step (`STEPS`)."""

    data: Path
    rows: list[list[str]]

    @property
    def path(self) -> Path:
        return self.data / "claims.csv"

    @property
    def col(self) -> dict[str, int]:
        return {c: i for i, c in enumerate(self.rows[0])}


def _nothing(c: _Claims, n: int) -> None:
    pass


def _append_new(c: _Claims, n: int) -> None:
    """A new claim appended."""
    col, rows = c.col, c.rows
    new = list(rows[5])
    new[col["ref"]] = "incr-new"
    new[col["subject"]] = "DPRK forces (incremental)"
    rows.append(new)
    _write_rows(c.path, rows)


def _append_second_report(c: _Claims, n: int) -> None:
    """A second report of an existing claim (same identity, another document), appended."""
    col, rows = c.col, c.rows
    twin = list(rows[n // 2])
    twin[col["ref"]] = ""
    twin[col["documents"]] = rows[3][col["documents"]]
    twin[col["quote"]] = "The same figure, reported again"
    rows.append(twin)
    _write_rows(c.path, rows)


def _edit_middle(c: _Claims, n: int) -> None:
    """A figure edited in the middle of the file (the claim changes identity)."""
    col, rows = c.col, c.rows
    r = rows[n // 2 + 3]
    if r[col["qualifier"]] in ("at_least", "over"):
        r[col["value_low"]] = str(int(r[col["value_low"]]) + 1000)
    else:
        r[col["quote"]] = r[col["quote"]] + " (edited)"
    _write_rows(c.path, rows)


def _delete_middle(c: _Claims, n: int) -> None:
    """A row deleted in the middle (the first report of a shared claim: its second row now leads)."""
    col, rows = c.col, c.rows
    shared_first = next(i for i in range(n // 3, n) if rows[i + 1][col["quote"]].startswith("Second report"))
    del rows[shared_first]
    _write_rows(c.path, rows)


def _insert_bad_row(c: _Claims, n: int) -> None:
    """A bad row inserted early (quarantined; every later row number shifts by one)."""
    col, rows = c.col, c.rows
    bad = list(rows[10])
    bad[col["value_low"]] = "30.5"
    rows.insert(10, bad)
    _write_rows(c.path, rows)


def _insert_duplicate_ref(c: _Claims, n: int) -> None:
    """A duplicate ref inserted before the row that had it: that later row is now the duplicate."""
    col, rows = c.col, c.rows
    dup = list(rows[40])
    dup[col["ref"]] = rows[1][col["ref"]]
    dup[col["subject"]] = "DPRK forces (ref clash)"
    rows.insert(1, dup)
    _write_rows(c.path, rows)


def _add_document_claim_response(c: _Claims, n: int) -> None:
    """A document and a claim citing it added (documents.csv changes, still incremental); a
    response naming the new claim's ref."""
    col, rows = c.col, c.rows
    with (c.data / "documents.csv").open("a", encoding="utf-8") as fh:
        fh.write("incr-doc,Incremental Outlet,https://example.org/incr,Title,2025-01-02,en,,\n")
    cited = list(rows[2])
    cited[col["ref"]] = "incr-cited"
    cited[col["subject"]] = "Russian forces (new document)"
    cited[col["documents"]] = "incr-doc"
    rows.append(cited)
    _write_rows(c.path, rows)
    with (c.data / "responses.csv").open("a", encoding="utf-8") as fh:
        fh.write("Russia,denied,incremental claim,incr-cited,2025-01-03,day,incr-doc,It is false.\n")


def _delete_last_without_line_end(c: _Claims, n: int) -> None:
    """The last row deleted and the file left without a final line end."""
    _write_rows(c.path, c.rows[:-1])
    c.path.write_bytes(c.path.read_bytes().rstrip(b"\n"))


def _append_after_missing_line_end(c: _Claims, n: int) -> None:
    """A row appended to that file (the old last row gains its line end)."""
    tail = list(c.rows[7])
    tail[c.col["subject"]] = "DPRK forces (after a missing line end)"
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\n").writerow(tail)
    c.path.write_bytes(c.path.read_bytes() + b"\n" + buf.getvalue().encode())


#: The changes, in order: each is applied to the dataset as the ones before it left it.
STEPS = (
    _nothing,
    _append_new,
    _append_second_report,
    _edit_middle,
    _delete_middle,
    _insert_bad_row,
    _insert_duplicate_ref,
    _add_document_claim_response,
    _delete_last_without_line_end,
    _append_after_missing_line_end,
)
#: Where the sequence is cut in two tests (they run side by side under xdist).
SECOND_HALF = 5


def _run_steps(data: Path, pointer: Path, first: int, last: int) -> None:
    """Apply STEPS[:first] without checking, publish a full build of that state in this test's
    folder (what the step before leaves live; `setup`'s copy when `first` is 0), then check STEPS[first:last] one by one: each
    change's incremental build equals a full build of the same inputs."""
    claims = _Claims(data, _rows(data / "claims.csv"))
    n = len(claims.rows)
    for step in STEPS[:first]:
        step(claims, n)
    if first:  # with no step applied, the live database is already a full build of that state
        build(data, pointer, incremental=False)
    for step in STEPS[first:last]:
        step(claims, n)
        _check_same(data, pointer)


def test_incremental_build_equals_full_build_through_adds_edits_deletes(setup: tuple[Path, Path]) -> None:
    """Nothing changed; a claim appended; a second report appended; a figure edited and a row
    deleted in the middle."""
    _run_steps(*setup, 0, SECOND_HALF)


def test_incremental_build_equals_full_build_through_bad_rows_refs_documents_and_line_ends(
    setup: tuple[Path, Path],
) -> None:
    """Continuing from the state the first test ends in: a quarantined row inserted early, a
    duplicate ref, a new document with a claim and a response citing it, the last row deleted
    leaving no final line end, and a row appended to that file."""
    _run_steps(*setup, SECOND_HALF, len(STEPS))


def test_an_incremental_build_of_a_moved_data_folder_names_its_files_where_they_are_now(
    setup: tuple[Path, Path], tmp_path: Path
) -> None:
    # Inputs are compared by content, so a moved (or copied) data folder still builds
    # incrementally; its load log and quarantine then name the new paths, once each, as a full
    # build of the moved folder does (they used to keep the old paths beside the new ones).
    data, pointer = setup
    claims = _Claims(data, _rows(data / "claims.csv"))
    _insert_bad_row(claims, len(claims.rows))
    build(data, pointer, incremental=False)
    moved = tmp_path / "moved"
    shutil.copytree(data, moved)
    _check_same(moved, pointer)
    live = pointer.resolve()
    con = duckdb.connect(str(live), read_only=True)
    try:
        logged = [
            r[0] for r in con.execute("SELECT source_file FROM load_log WHERE source = 'curated'").fetchall()
        ]
        quarantined = {r[0] for r in con.execute("SELECT source_file FROM quarantine").fetchall()}
    finally:
        con.close()
    assert sorted(Path(x).name for x in logged) == sorted(CURATED_NAMES)
    assert all(Path(x).parent == moved for x in logged)
    assert str(moved / "claims.csv") in quarantined
    assert not any(x.startswith(str(data) + "/") for x in quarantined)


def test_a_changed_actor_falls_back_to_a_full_build_that_says_why(setup: tuple[Path, Path]) -> None:
    data, pointer = setup
    with (data / "actors.csv").open("a", encoding="utf-8") as fh:
        fh.write("Incremental Test Actor,,official,Ukraine,\n")
    _check_same(data, pointer, expect_incremental=False)
    report = build(data, pointer)
    assert report.mode == "incremental"  # the next build has a record again


@pytest.mark.parametrize(
    ("edit", "why"),
    [
        (lambda b: b.replace(b"\n", b"\r\n"), "it had CR LF line ends (Windows), or a CR LF in a cell"),
        (lambda b: b.replace(b"\n", b"\n\n", 3), "it had blank lines"),
    ],
    ids=["crlf", "blank-lines"],
)
def test_the_build_after_one_that_could_not_index_claims_csv_names_the_real_cause(
    setup: tuple[Path, Path], edit: Callable[[bytes], bytes], why: str
) -> None:
    """(QA pass 42 #6) After a build of a CR LF claims.csv, every later build said "the last build
    could not index claims.csv (blank lines or CR-only line ends)": the file had neither. The
    build that could not index it records why, and the next one says that."""
    data, pointer = setup
    claims = data / "claims.csv"
    claims.write_bytes(edit(claims.read_bytes()))
    first = build(data, pointer)
    assert first.mode == "full"
    second = build(data, pointer)
    assert (second.mode, second.fallback) == ("full", f"the last build could not index claims.csv: {why}")
    claims.write_bytes(claims.read_bytes().replace(b"\r\n", b"\n").replace(b"\n\n", b"\n"))
    third = build(data, pointer)
    assert (third.mode, third.fallback) == ("full", f"the last build could not index claims.csv: {why}")
    assert build(data, pointer).mode == "incremental"  # indexed again


def test_claims_csv_emptied_to_its_header_then_restored_builds_as_a_full_build_would(
    setup: tuple[Path, Path],
) -> None:
    """(QA pass 19) After a build of a header-only claims.csv (a bad merge, an editor accident),
    restoring the file gave "76 read, 76 loaded" for 75 rows and every row's record shifted by one;
    the next edit in the middle of the file ended in an IndexError traceback, not published."""
    data, pointer = setup
    full = (data / "claims.csv").read_bytes()
    header = full.split(b"\n", 1)[0] + b"\n"
    (data / "claims.csv").write_bytes(header)
    _check_same(data, pointer)
    (data / "claims.csv").write_bytes(full)
    _check_same(data, pointer)
    c = _Claims(data, _rows(data / "claims.csv"))
    _edit_middle(c, len(c.rows))
    _check_same(data, pointer)


@pytest.mark.parametrize("first", ["full", "incremental"])
def test_an_actors_edit_saved_while_a_build_runs_is_applied_by_the_next_build(
    setup: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch, first: str
) -> None:
    """(QA pass 19) A build recorded the input files' hashes when it ended: actors.csv saved while
    it ran (after it had read the file) was recorded as built, every later build stayed incremental
    and the edit was never applied (only --full showed it). The hashes are now taken before the
    files are read. (The save is made as soon as the build has loaded places.csv, the file read
    after actors.csv in full and incremental builds alike.)"""
    data, pointer = setup
    actors = data / "actors.csv"
    text = actors.read_text(encoding="utf-8")
    line = next(ln for ln in text.splitlines() if ln.startswith("Western officials,"))
    edited = text.replace(line, line.replace(",Other,", ",United States,", 1))
    side = "SELECT DISTINCT claimant_side FROM claims_wide WHERE claimant = 'Western officials'"
    loaders = dict(etl_build.CURATED_FILES)
    real_places = loaders["places.csv"]

    def places_then_save(con: duckdb.DuckDBPyConnection, path: Path, report: BuildReport) -> None:
        real_places(con, path, report)
        actors.write_text(edited, encoding="utf-8")

    with monkeypatch.context() as m:
        m.setattr(
            etl_build,
            "CURATED_FILES",
            tuple((k, places_then_save if k == "places.csv" else v) for k, v in loaders.items()),
        )
        if first == "incremental":
            c = _Claims(data, _rows(data / "claims.csv"))
            _append_new(c, len(c.rows))
        running = build(data, pointer, incremental=first == "incremental")
    assert running.mode == first, running.fallback
    assert query(pointer, side) == [("Other",)]  # the running build read actors.csv before the save
    again = build(data, pointer)
    assert (again.mode, again.fallback) == ("full", "actors.csv changed")
    assert query(pointer, side) == [("United States",)]


def test_an_incremental_build_that_fails_leaves_the_live_database_as_it_was(setup: tuple[Path, Path]) -> None:
    data, pointer = setup
    before = pointer.resolve()
    before_hashes = table_hashes(before)
    (data / "responses.csv").write_text("not,a,responses,header\n", encoding="utf-8")
    with pytest.raises(Exception, match=r"responses\.csv"):
        build(data, pointer)
    assert pointer.resolve() == before
    assert table_hashes(before) == before_hashes


def test_strict_refuses_an_incremental_build_with_a_quarantined_row(setup: tuple[Path, Path]) -> None:
    data, pointer = setup
    before = pointer.resolve()
    rows = _rows(data / "claims.csv")
    col = {c: i for i, c in enumerate(rows[0])}
    bad = list(rows[3])
    bad[col["claimant"]] = "Nobody We Know"
    rows.append(bad)
    _write_rows(data / "claims.csv", rows)
    with pytest.raises(StrictModeError, match="not an actor name"):
        build(data, pointer, strict=True)
    assert pointer.resolve() == before
    report = build(data, pointer)  # without --strict the row is quarantined, incrementally
    assert report.mode == "incremental"
    claims = next(f for f in report.files if f.label.endswith("claims.csv"))
    assert claims.rows_quarantined == 1 and claims.rows_read == len(rows) - 1


def test_the_curated_files_are_named_once_for_full_and_incremental_builds() -> None:
    """A file added to the contract is loaded by a full build and hashed by an incremental one."""
    import etl.build
    import etl.core.contract
    import etl.incremental

    assert etl.incremental.CURATED_NAMES is etl.core.contract.CURATED_NAMES
    assert tuple(name for name, _loader in etl.build.CURATED_FILES) == etl.core.contract.CURATED_NAMES


@pytest.mark.parametrize("multiline", [False, True], ids=["one-line-rows", "quoted-line-break"])
def test_claim_rows_give_each_record_its_bytes_and_claim(tmp_path: Path, multiline: bool) -> None:
    # `claim_rows` holds each record's length and claim, in file order: an incremental build
    # finds rows by those offsets. When every line is a record the line feeds are taken as
    # record ends without counting quotes; a quoted cell with a line break must still be one
    # record (its line feed is not an end).
    quote = "First line.\nSecond line." if multiline else "One line."
    rows = [
        claim_row(ref="r1"),
        claim_row(ref="r2", value_low="31", quote=quote),
        claim_row(ref="r3", value_low="32"),
    ]
    data = write_dataset(tmp_path / "data", claims=claims_csv(*rows))
    pointer = tmp_path / "out" / "claims.duckdb"
    build(data, pointer)
    raw = (data / "claims.csv").read_bytes()
    header_end = raw.index(b"\n") + 1
    got = query(pointer, "SELECT ord, bytes, ref FROM claim_rows ORDER BY ord")
    expected = [line.encode() + b"\n" for line in rows]
    assert [(o, b, r) for o, b, r in got] == [(i, len(e), f"r{i + 1}") for i, e in enumerate(expected)]
    assert header_end + sum(b for _o, b, _r in got) == len(raw)
    ids = query(pointer, "SELECT c.ref, c.claim_id FROM claims c ORDER BY c.ref")
    assert query(pointer, "SELECT ref, claim_id FROM claim_rows ORDER BY ref") == ids
    # and the next build, after an edit of the last row, is incremental and equal to a full one
    (data / "claims.csv").write_bytes(raw.replace(b",32,", b",33,"))
    inc = build(data, pointer)
    assert inc.mode == "incremental", inc.fallback
    full = build(data, pointer, incremental=False)
    assert inc.version_path is not None and full.version_path is not None
    assert table_hashes(inc.version_path) == table_hashes(full.version_path)
    assert query(pointer, "SELECT value_low FROM claims WHERE ref = 'r3'") == [(33,)]


@pytest.mark.parametrize("day", ["12024-01-01", "0000-01-01"])
def test_a_claim_dated_outside_1900_to_2100_is_quarantined_by_incremental_and_full_builds(
    setup: tuple[Path, Path], day: str
) -> None:
    """(QA pass 30) "12024-01-01" ended the incremental build in a traceback, and a full build
    published it: every dashboard page then failed ("year 12024 is out of range"); "0000-01-01"
    was stored as 1 BC."""
    data, pointer = setup
    c = _Claims(data, _rows(data / "claims.csv"))
    c.rows[5][c.col["stated_on"]] = day
    _write_rows(c.path, c.rows)
    _check_same(data, pointer)
    report = build(data, pointer)
    bad = [q for q in report.quarantine if q.source_file.endswith("claims.csv") and q.field == "stated_on"]
    shown = day  # (QA pass 39: as written, not as DuckDB reads it, "0001-01-01 (BC)")
    assert [q.reason for q in bad] == [f"'{shown}' is not a date between 1900 and 2100"]
    assert bad[0].row_number == 6


def _curated_claim_an_import_reports(data: Path, pointer: Path, tmp_path: Path) -> None:
    """A curated row UKY (UK MoD, about 1,000,000 killed or wounded, 2025-07-15), built
    incrementally, then a one-off import of an Economist table listing the same figure."""
    row = (
        "UKY,UK Ministry of Defence,X,2025-07-15,day,casualties,killed_or_wounded,Russian forces,"
        '1000000,1000000,about,cumulative,,,,,unverified,kbs-2025-03-28-uk-mod-5000,"UK MoD: about 1,000,000",\n'
    )
    with (data / "claims.csv").open("a", encoding="utf-8", newline="") as fh:
        fh.write(row)
    assert build(data, pointer).mode == "incremental"
    table = tmp_path / "economist-one-row.csv"
    table.write_text(
        'date,estimate_low,estimate_high,estimate,type,source,source_url,country,"ignore for chart, data from warring parties"\n'
        "15/07/2025,,,1000000,casualties,UK MoD,https://example.org/ukmod-1m,russia,\n"
    )
    run_import("economist", str(table), pointer, show_progress=False)


def test_a_changed_curated_claim_that_an_import_also_reports_keeps_the_imports_reports(
    setup: tuple[Path, Path], tmp_path: Path
) -> None:
    """(QA pass 37) A curated row with the identity of a claim The Economist's table also lists
    (UK MoD, about 1,000,000) holds the import's reports too. Changing the row's documents rewrote
    the claim from its rows alone: the import's reports went, and a later full build, carrying
    one-off imports forward from the live database, could not bring them back. Such a change
    builds in full, and the import's reports stay."""
    data, pointer = setup
    _curated_claim_an_import_reports(data, pointer, tmp_path)
    sql = (
        "SELECT d.source, count(*) FROM reports r JOIN documents d USING (doc_id) "
        "JOIN claims c USING (claim_id) WHERE c.ref = 'UKY' GROUP BY 1 ORDER BY 1"
    )
    before = query(pointer, sql)
    assert [s for s, _ in before] == ["curated", "economist"], before
    text = (data / "claims.csv").read_text(encoding="utf-8")
    (data / "claims.csv").write_text(
        text.replace(
            ',unverified,kbs-2025-03-28-uk-mod-5000,"UK MoD: about 1,000,000',
            ',unverified,kbs-2025-03-28-uk-mod-5000;yonhap-2025-03-28-uk-mod-5000,"UK MoD: about 1,000,000',
        ),
        encoding="utf-8",
    )
    report = build(data, pointer)
    assert report.mode == "full" and "reports from an import" in (report.fallback or "")
    after = dict(query(pointer, sql))
    assert after == {"curated": 2, "economist": dict(before)["economist"]}


def test_an_import_that_adds_a_report_to_a_curated_claim_refreshes_its_cube_rows(
    setup: tuple[Path, Path], tmp_path: Path
) -> None:
    """(QA pass 37) A one-off import adding its reports to a curated claim (UK MoD, about
    1,000,000) changed the claim's claims_wide row ("AA;The Economist;example.org", three
    reports) but not the cubes the Whole war view reads (one reporter, no link)."""
    data, pointer = setup
    _curated_claim_an_import_reports(data, pointer, tmp_path)
    wide = query(
        pointer,
        "SELECT w.claim_id, w.reported_by, w.source_url, w.n_reports FROM claims_wide w "
        "JOIN claims c USING (claim_id) WHERE c.ref = 'UKY'",
    )
    (claim_id, reported_by, source_url, n_reports) = wide[0]
    assert n_reports == 3 and "example.org" in reported_by
    cubes = {
        t: query(pointer, f"SELECT {cols} FROM {t} WHERE claim_id = $1", [claim_id])
        for t, cols in (
            ("war_cube", "reported_by, source_url, n_reports"),
            ("figure_cube", "reported_by, source_url"),
        )
    }
    assert cubes == {
        "war_cube": [(reported_by, source_url, n_reports)],
        "figure_cube": [(reported_by, source_url)],
    }


def test_a_curated_claim_an_import_reported_then_deleted_builds_as_a_full_build_would(
    setup: tuple[Path, Path], tmp_path: Path
) -> None:
    """(QA pass 40 #3) The analyst deletes a curated row a one-off import reported: its claim and
    the import's reports of it go (the build falls back to a full one), but `import_touched` kept
    the import's record of those reports, which the next full build of the same inputs dropped:
    two full builds differed."""
    data, pointer = setup
    _curated_claim_an_import_reports(data, pointer, tmp_path)
    text = (data / "claims.csv").read_text(encoding="utf-8")
    kept = [ln for ln in text.splitlines(keepends=True) if not ln.startswith("UKY,")]
    (data / "claims.csv").write_text("".join(kept), encoding="utf-8")
    _check_same(data, pointer, expect_incremental=False)
