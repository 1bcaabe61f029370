"""Read one input CSV into a temporary table with DuckDB's own reader, losing no row.

DuckDB parses and type-casts every cell (fast, parallel); rows it cannot parse (wrong column
count, bytes that are not UTF-8, a date or number that does not cast) land in its rejects table
with their row number, and become quarantine entries here. Rows that parse are then checked
against the domain rules by the loaders in SQL; both kinds of failure end up in `quarantine`, so
for every file: rows read = rows loaded + rows quarantined.

Row numbers are spreadsheet rows: the header is row 1 and a quoted cell spanning several physical
lines is still one row. A parsed row's number is recovered from its position (`rowid` of the
staging table, which keeps file order) and the numbers of the rejected rows before it.
"""

from __future__ import annotations

import bisect
import codecs
import csv
import io
from collections.abc import Mapping
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field, replace
from pathlib import Path

import duckdb
import pandas as pd

from etl.core import input_checks, tempdirs
from etl.core.db import PROJECT_ROOT
from etl.core.report import InputFileError, Quarantined, column_count_problem

EXPECTED_BY_TYPE: dict[str, str] = {
    "DATE": "a date as YYYY-MM-DD",
    "TIMESTAMP": "a date YYYY-MM-DD or date-time YYYY-MM-DDTHH:MM",
    "BIGINT": "a whole number",
    "DOUBLE": "a number",
    "BOOLEAN": "true or false",
}


@dataclass
class Staged:
    """A file read into the temp table `table` (rowid = parsed-row ordinal, file order)."""

    path: Path
    label: str
    table: str
    n_parsed: int
    rejected_rows: list[int]
    quarantine: list[Quarantined] = field(default_factory=list)

    @property
    def rows_read(self) -> int:
        return self.n_parsed + len(self.rejected_rows)

    blank_rows: list[int] = field(default_factory=list)
    #: The file's byte scan (`input_checks.scan`), made once for every check that needs it.
    scan: input_checks.FileScan | None = None
    #: (QA pass 43) A header's column not read, or an optional one missing (`header_note`).
    note: str = ""

    def row_number(self, ordinal: int) -> int:
        """Spreadsheet row of the parsed row at 0-based `ordinal`, skipping rejected and blank rows."""
        skipped = sorted(self.rejected_rows + self.blank_rows)
        row = ordinal + 2  # header is row 1
        # Each skipped row at or before the candidate pushes the parsed row one further down.
        lo = 0
        while True:
            n_before = bisect.bisect_right(skipped, row)
            if n_before == lo:
                return row
            row += n_before - lo
            lo = n_before


def label_for(path: Path) -> str:
    """How a file is named in messages: relative to the project when inside it."""
    try:
        return str(path.resolve().relative_to(PROJECT_ROOT))
    except ValueError:
        return str(path)


#: The longest column name a header may have (the csv module's default field limit).
MAX_HEADER_CELL = 131_072


def read_header(path: Path) -> list[str]:
    """The header's column names (BOM and surrounding spaces removed)."""
    if not path.is_file():
        raise InputFileError(f"{label_for(path)}: file not found")
    with path.open("rb") as fh:
        first = fh.readline()
    if first.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE, codecs.BOM_UTF32_BE)):  # (and UTF-32 LE's)
        # (QA pass 30) it was read as a header of garbled names: "missing column(s) claimant, …"
        raise InputFileError(
            f"{label_for(path)}: UTF-16 or UTF-32 text (a byte-order mark {first[: 4 if first[0] == 0 else 2].hex(' ')}); "
            "save it as UTF-8 CSV and build again"
        )
    wide = input_checks.wide_text_without_bom(first + b"\x00" * 3)  # (the line's last NULs are on the next)
    if wide is not None:
        # (QA pass 39) it was read as garbled names too: "missing column(s) claimant, …"
        raise InputFileError(
            f"{label_for(path)}: {wide[:6].upper()} text without a byte-order mark; save it as UTF-8 CSV "
            "and build again"
        )
    first = first.split(b"\r", 1)[0] if b"\r" in first.rstrip(b"\r\n") else first  # CR-only
    text = first.decode("utf-8", errors="replace").lstrip("\ufeff")
    sep_line = input_checks.excel_sep_problem(label_for(path), text)
    if sep_line is not None:
        raise InputFileError(sep_line)
    try:
        names = next(csv.reader(io.StringIO(text)), [])
    except csv.Error as exc:
        raise InputFileError(f"{label_for(path)}, row 1 (header): not a CSV header ({exc})") from None
    # Checked here, not left to the csv module's limit: that limit is process-wide, and an
    # importer that ran earlier in the same process may have raised it.
    longest = max((len(n) for n in names), default=0)
    if longest > MAX_HEADER_CELL:
        raise InputFileError(
            f"{label_for(path)}, row 1 (header): not a CSV header (a cell of {longest:,} characters; "
            f"a column name is at most {MAX_HEADER_CELL:,})"
        )
    return [n.strip() for n in names]


def blank_rows(path: Path, found: input_checks.FileScan | None = None) -> list[int]:
    """Row numbers of blank lines (DuckDB skips them but still counts them in its row numbers).

    The byte scan the input checks make anyway (`input_checks.scan`, `found` when the caller
    has it) rules most files out; only a file with an empty line is read with the csv module,
    which tells a blank row from an empty line inside a quoted cell.
    """
    if path.stat().st_size == 0 or not (found or input_checks.scan(path)).maybe_blank:
        return []
    rows: list[int] = []
    with path.open(encoding="utf-8", errors="replace", newline="") as fh:
        for i, rec in enumerate(csv.reader(fh), start=1):
            if not rec:
                rows.append(i)
    return rows


def _lit(text: str) -> str:
    """A SQL string literal for a header name (file content: quotes escaped, never trusted)."""
    return "'" + text.replace("'", "''") + "'"


def checked_header(
    path: Path, columns: Mapping[str, str], required: tuple[str, ...] | None = None
) -> list[str]:
    """`path`'s header as the build reads it (`read_header`), or InputFileError naming why the
    build refuses the file: a name twice, a required column missing (`required`, default every
    one of `columns`). One check for the build and for a review save, which must not append rows
    to a file the build refuses (QA pass 42 #3: into a `;`-delimited claims.csv it wrote `""`)."""
    label = label_for(path)
    header = read_header(path)
    input_checks.check_header(label, header)
    required = tuple(columns) if required is None else required
    missing = [c for c in required if c not in header]
    if missing:
        one = header[0] if len(header) == 1 else ""
        sep = next((s for s in (";", "\t", "|") if s in one), "")
        hint = (
            f" (the header is one column with {'a tab' if sep == chr(9) else repr(sep)} in it: save the file "
            "with commas between columns)"
            if sep
            else ""
        )
        raise InputFileError(
            f"{label}, row 1 (header): missing column(s) {', '.join(missing)}; expected {', '.join(columns)}{hint}"
        )
    return header


def header_note(label: str, header: list[str], columns: Mapping[str, str]) -> str:
    """One line when a header has a column the loader does not read, or lacks an optional one
    ("" when neither). Why: a column renamed by hand (`places` as `place`, `channel` as
    `Channel`) was read as empty without a word, and every claim's places went (QA pass 43)."""
    unknown = [h for h in header if h and h not in columns]
    absent = [c for c in columns if c not in header]
    if not unknown and not absent:
        return ""
    parts = [f"column(s) {', '.join(unknown)} not read (not one of this file's columns)"] if unknown else []
    parts += [f"column(s) {', '.join(absent)} missing, read as empty"] if absent else []
    return f"{label}, row 1 (header): " + "; ".join(parts)


def stage_csv(
    con: duckdb.DuckDBPyConnection,
    path: Path,
    name: str,
    columns: dict[str, str],
    required: tuple[str, ...] | None = None,
) -> Staged:
    """Read `path` into temp table `stg_<name>` with the declared column types.

    Columns are matched by header name, not position. Missing required columns make the file
    unreadable (InputFileError); columns the loader does not know are read as text and ignored.
    """
    label = label_for(path)
    header = checked_header(path, columns, required)
    note = header_note(label, header, columns)
    # Column names come from the header (duplicates or blanks made addressable); types from the
    # loader's declaration, text for columns it does not know.
    seen: dict[str, int] = {}
    col_spec: dict[str, str] = {}
    for h in header:
        key = h or "unnamed"
        seen[key] = seen.get(key, 0) + 1
        key = key if seen[key] == 1 else f"{key}_{seen[key]}"
        col_spec[key] = columns.get(key, "VARCHAR")
    # Whole numbers are read as text and checked strictly: DuckDB's cast rounds 30.5 to 31.
    int_cols = [k for k, v in col_spec.items() if v == "BIGINT"]
    read_spec = {k: ("VARCHAR" if k in int_cols else v) for k, v in col_spec.items()}
    new_line = input_checks.new_line_option(path)
    table = f"stg_{name}"
    rej = f"rej_{name}"
    scan = f"rejscan_{name}"
    spec_sql = "{" + ", ".join(f"{_lit(k)}: {_lit(v)}" for k, v in read_spec.items()) + "}"
    absent = [c for c in columns if c not in col_spec]
    extra = "".join(f', CAST(NULL AS {columns[c]}) AS "{c}"' for c in absent)
    # The byte scan the checks need runs on a thread of its own while DuckDB reads the file:
    # DuckDB releases the GIL while it works, and its reader leaves part of two cores idle.
    pool = ThreadPoolExecutor(max_workers=1)
    scanning = pool.submit(input_checks.scan, path)

    def read(source: Path) -> int:
        # The statement's result is the number of rows it wrote (no count(*) afterwards).
        return int(
            con.execute(
                f"""
                CREATE OR REPLACE TEMP TABLE {table} AS
                SELECT *{extra} FROM read_csv($path, header = true, columns = {spec_sql},
                    auto_detect = false, delim = ',', quote = '"', escape = '"',
                    new_line = {_lit(new_line)},
                    store_rejects = true, rejects_table = '{rej}', rejects_scan = '{scan}',
                    strict_mode = true, null_padding = false)
                """,
                {"path": str(source)},
            ).fetchall()[0][0]
        )

    failed: duckdb.Error | None = None
    n_parsed = 0
    try:
        # (a file whose first lines end in CR LF goes straight to its LF copy below: read as it is,
        # it would give no row and cost a whole read)
        if not input_checks.starts_crlf(path):
            n_parsed = read(path)
    except duckdb.Error as exc:
        failed = exc
    finally:
        pool.shutdown(wait=True)
    found = scanning.result()
    lf_copy = None
    source = path
    if found.bare_cr:
        # (round 42) a CR outside quotes, anywhere in a cell ("\rSaid" too): DuckDB takes it for
        # a line end and splits the record, so it is refused here, before any row is counted
        bad = input_checks.bare_cr_error(path, label, list(col_spec))
        if bad is not None:
            raise bad
    if found.crlf:
        # (round 42) Windows line ends, in the whole file or in one row an editor saved so:
        # DuckDB 2.0.1's reader reads no row of such a file while it keeps a rejects table (a
        # silent loss the QA pass found), or refuses a mixed one; it reads an LF copy instead,
        # which has the same rows, fields and row numbers (a CR LF inside quotes becomes LF)
        lf_copy = tempdirs.new("stage")
        source = Path(lf_copy.name) / path.name
        input_checks.write_lf_copy(path, source)
        failed = None
        try:
            n_parsed = read(source)
        except duckdb.Error as exc:
            failed = exc
        found = replace(input_checks.scan(source), crlf=True)
    try:
        if failed is not None:  # the whole file refused (e.g. a bare CR): say where, one line
            raise input_checks.explain_unreadable(source, label, list(col_spec), failed) from None
        staged = _finish_staging(
            con, path, source, label, name, table, rej, scan, n_parsed, found, col_spec, int_cols, absent
        )
        staged.note = note
        return staged
    finally:
        if lf_copy is not None:
            lf_copy.cleanup()


def _finish_staging(
    con: duckdb.DuckDBPyConnection,
    path: Path,
    source: Path,
    label: str,
    name: str,
    table: str,
    rej: str,
    scan: str,
    n_parsed: int,
    found: input_checks.FileScan,
    col_spec: dict[str, str],
    int_cols: list[str],
    absent: list[str],
) -> Staged:
    """The rejects, blank rows and strict checks of a file DuckDB has read (`source`: the file
    itself or its LF copy, which `path` names in every message)."""
    rejects = con.execute(
        f"""
        SELECT line, column_idx, column_name, error_type, csv_line, error_message
        FROM {rej} ORDER BY line, column_idx
        """
    ).fetchall()
    staged = Staged(
        path=path,
        label=label,
        table=table,
        n_parsed=n_parsed,
        rejected_rows=[],
        blank_rows=blank_rows(source, found),
        scan=found,
    )
    if n_parsed == 0 and not rejects and _has_rows(source):
        # (round 42, QA pass 5) a guard for what the two fixes above cannot foresee: a reader that
        # keeps no row of a file holding some (CR CR LF line ends did) never passes for an empty file
        raise InputFileError(
            f"{label}: the CSV reader read no row of a file that has rows below its header (line ends "
            "it does not know?); nothing was loaded. Save the file with LF or CR LF line ends"
        )
    by_line: dict[int, list[tuple]] = {}
    for rec in rejects:
        by_line.setdefault(int(rec[0]), []).append(rec)
    staged.rejected_rows = sorted(by_line)
    header_names = list(col_spec)
    for line, recs in sorted(by_line.items()):
        raw = recs[0][4]
        q = _reader_reject(label, line, recs, raw, header_names, col_spec)
        if recs[0][3] == "LINE SIZE OVER MAXIMUM":
            q = input_checks.long_line_reject(source, q, header_names)
        staged.quarantine.append(q)
    con.execute(f"DROP TABLE IF EXISTS {rej}; DROP TABLE IF EXISTS {scan}")
    dates = [c for c, t in col_spec.items() if t in ("DATE", "TIMESTAMP")]
    apply_strict_checks(con, staged, name, int_cols, [*col_spec, *absent], dates)
    return staged


def _has_rows(path: Path) -> bool:
    """Whether anything but whitespace follows the header line (read only when no row was)."""
    with path.open("rb") as fh:
        fh.readline()
        while chunk := fh.read(1 << 20):
            if chunk.strip():
                return True
    return False


def _reader_reject(
    label: str,
    line: int,
    recs: list[tuple],
    raw: str | None,
    header: list[str],
    types: dict[str, str],
) -> Quarantined:
    """Turn DuckDB's reject records for one row into one quarantine entry with a clear reason."""
    raw = raw.lstrip("\r\n") if raw else raw  # DuckDB keeps a preceding blank line's newline
    cells = next(csv.reader(io.StringIO(raw or "")), []) if raw else []
    reasons: list[str] = []
    first_field: str | None = None
    first_value: str | None = None
    for _line, col_idx, col_name, err_type, _csv_line, err_msg in recs:
        fld = col_name
        if fld is None and col_idx is not None and 0 < int(col_idx) <= len(header):
            fld = header[int(col_idx) - 1]
        value = None
        if col_idx is not None and 0 < int(col_idx) <= len(cells):
            value = cells[int(col_idx) - 1]
        if err_type == "CAST":
            expected = EXPECTED_BY_TYPE.get(types.get(fld or "", ""), "a valid value")
            reason = f"{value!r} is not {expected}"
        elif err_type in ("MISSING COLUMNS", "TOO MANY COLUMNS"):
            # (one reason for the row however many records DuckDB gave for it: QA 11)
            fld, reason = column_count_problem(header, len(cells))
            first_field, first_value = fld, None
            reasons = [reason]
            break
        elif err_type == "INVALID ENCODING":
            reason = "bytes that are not UTF-8 (save the file as UTF-8)"
            value = None
        else:
            reason = f"{err_type.lower()}: {err_msg}"
        if first_field is None:
            first_field, first_value = fld, value
        reasons.append(f"{fld}: {reason}" if fld and len(recs) > 1 else reason)
    swallowed = input_checks.swallowed_rows_problem(raw, header)
    if swallowed is not None:  # (QA pass 39) what the reader's own words leave out
        first_field, first_value = swallowed[0], None
        reasons = [f"{swallowed[1]} (the reader: {'; '.join(dict.fromkeys(reasons))})"]
    return Quarantined(
        source_file=label,
        row_number=line,
        field=first_field,
        value=first_value,
        reason="; ".join(dict.fromkeys(reasons)),
        raw_row=raw,
    )


def apply_strict_checks(
    con: duckdb.DuckDBPyConnection,
    staged: Staged,
    name: str,
    int_cols: list[str],
    columns: list[str] | None = None,
    date_cols: list[str] | None = None,
) -> None:
    """Quarantine the staged rows `strict_row_checks` finds and cast `int_cols` to BIGINT.

    The failing rows leave the staged table exactly as DuckDB's own rejects do (their row
    numbers join `rejected_rows`), so the loaders' row numbering and counts stay right. Without
    failing rows (the usual case) the columns are only retyped in place, which is cheap.
    """
    records = 1 + staged.n_parsed + len(staged.rejected_rows) + len(staged.blank_rows)
    keys_needed, controls = input_checks.control_check_needed(staged.path, records, staged.scan)
    qs, ords = input_checks.strict_row_checks(
        con,
        staged.table,
        name if keys_needed else "",
        staged.label,
        int_cols,
        staged.row_number,
        controls,
        columns,
        date_cols,
    )

    def cast(c: str) -> str:
        return f"CAST(nullif(trim(\"{c}\"), '') AS BIGINT)"

    if not ords:
        for c in int_cols:
            con.execute(f'ALTER TABLE {staged.table} ALTER "{c}" TYPE BIGINT USING {cast(c)}')
        return
    casts = ", ".join(f'{cast(c)} AS "{c}"' for c in int_cols)
    replace = f" REPLACE ({casts})" if casts else ""
    tmp = f"{staged.table}_strict"
    con.execute(f"DROP TABLE IF EXISTS {tmp}")
    con.execute(
        f"CREATE TEMP TABLE {tmp} AS SELECT *{replace} FROM {staged.table} "
        "WHERE NOT list_contains($bad, rowid) ORDER BY rowid",
        {"bad": ords},
    )
    con.execute(f"DROP TABLE {staged.table}")
    con.execute(f"ALTER TABLE {tmp} RENAME TO {staged.table}")
    staged.rejected_rows = sorted(staged.rejected_rows + [q.row_number or 0 for q in qs])
    staged.n_parsed -= len(ords)
    staged.quarantine.extend(qs)


def insert_quarantine(con: duckdb.DuckDBPyConnection, entries: list[Quarantined]) -> None:
    """Write quarantined rows to the `quarantine` table (the one writer of it: builds,
    incremental builds and imports), with typed columns even where every value is empty."""
    if not entries:
        return
    frame = pd.DataFrame(
        {
            "source_file": [q.source_file for q in entries],
            "row_number": pd.array([q.row_number for q in entries], dtype="Int64"),
            "field": pd.array([q.field for q in entries], dtype=object),
            "value": pd.array([q.value for q in entries], dtype=object),
            "reason": [q.reason for q in entries],
            "raw_row": pd.array([q.raw_row for q in entries], dtype=object),
        }
    )
    con.register("quarantine_rows", frame)
    try:
        con.execute(
            "INSERT INTO quarantine SELECT source_file, row_number, field, value, reason, raw_row "
            "FROM quarantine_rows"
        )
    finally:
        con.unregister("quarantine_rows")
