"""Checks on input CSV files that DuckDB's reader would otherwise pass silently or crash on.

Each one turns a silent change or a traceback into a one-line error naming file, row and field,
or a quarantined row (rows read = loaded + quarantined still holds):

- a duplicate header name: an error (DuckDB renames it, and the loader reads only one of the two
  columns, silently dropping the other's values);
- a whole-number field written `30.5` or `30.4`: quarantined "is not a whole number" (DuckDB's
  cast to BIGINT rounds, and a rounded figure can merge into another claim);
- NUL or another control character in a key (ref, ids, names, the cells that name other rows):
  quarantined (it would load, and the rows naming that key would no longer link);
- CR-only line ends (old Mac style): read as such (DuckDB's `new_line = '\\r'`);
- a bare CR inside an unquoted cell of a file with LF line ends: an error naming row and field;
- a cell longer than DuckDB's line limit: quarantined with the field and the cell's size.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import duckdb

from etl.core.contract import MAX_FIGURE, MAX_YEAR, MIN_YEAR
from etl.core.report import InputFileError, Quarantined, visible

#: Columns holding keys or references to other rows, by staged file name (see `stage_csv`).
KEY_COLUMNS: dict[str, tuple[str, ...]] = {
    "actors": ("name", "aliases", "kind", "side", "parent"),
    "places": ("place_id", "name", "aliases", "kind", "admin1", "coord_precision"),
    "documents": ("doc_id", "outlet"),
    "claims": (
        "ref",
        "claimant",
        "stated_on_precision",
        "claim_type",
        "metric",
        "qualifier",
        "basis",
        "places",
        "region",
        "verification",
        "documents",
    ),
    "responses": ("responder", "stance", "claims", "stated_on_precision", "documents"),
    "events": ("event_id", "kind", "date_precision", "place", "region", "documents"),
}

#: C0 controls, DEL and C1 controls (RE2 syntax, written into SQL by code only).
CONTROL_RE = r"[\x00-\x1f\x7f-\x9f]"
#: A whole number as text: optional sign, digits, optionally `.0` (no rounding involved).
WHOLE_RE = r"^\s*[+-]?[0-9]+(\.0*)?\s*$"

_SNIFF_BYTES = 1 << 20


#: Excel's first line naming the separator ("sep=," or "sep=;"), written before the header by
#: some exports and by analysts who want Excel to open the file right.
_EXCEL_SEP = re.compile(r'^"?sep=.?"?,?$', re.IGNORECASE)


def excel_sep_problem(label: str, first_line: str) -> str | None:
    """(QA pass 39) One line for a file whose first line is Excel's `sep=,`, or None: it was
    read as the header, and the build said "missing column(s) claimant, …" (an ACLED import "is
    this an ACLED export?"), never naming the line."""
    if _EXCEL_SEP.match(first_line.strip().lstrip("\ufeff")):
        return (
            f"{label}, row 1: Excel's {first_line.strip()!r} line comes before the header; delete "
            "that first line and try again"
        )
    return None


def wide_text_without_bom(raw: bytes) -> str | None:
    """ "utf-16-le", "utf-16-be", "utf-32-le" or "utf-32-be" when `raw` looks like such text without
    its byte-order mark (the NULs ASCII letters give: one byte in two, or three in four), else None.
    (QA pass 39 #7: read as UTF-8, either was "missing column(s) claimant, …"; QA pass 40: UTF-32.)"""
    head = raw[:2000]
    head = head[: len(head) - len(head) % 4]
    if len(head) < 8:
        return None
    lanes = [head[i::4] for i in range(4)]
    zero = [lane.count(0) > 0.9 * len(lane) for lane in lanes]
    some = [lane.count(0) < 0.1 * len(lane) for lane in lanes]
    if some[0] and zero[1] and zero[2] and zero[3]:
        return "utf-32-le"
    if zero[0] and zero[1] and zero[2] and some[3]:
        return "utf-32-be"
    odd, even = head[1::2], head[0::2]
    if odd.count(0) > 0.9 * len(odd) and even.count(0) < 0.1 * len(even):
        return "utf-16-le"
    if even.count(0) > 0.9 * len(even) and odd.count(0) < 0.1 * len(odd):
        return "utf-16-be"
    return None


def check_header(label: str, header: list[str]) -> None:
    """InputFileError when two header cells have the same name (case and spaces ignored)."""
    seen: dict[str, int] = {}
    for i, name in enumerate(header, start=1):
        key = name.strip().lower()
        if not key:
            continue
        if key in seen:
            raise InputFileError(
                f"{label}, row 1 (header), field {name}: column {name!r} appears twice "
                f"(columns {seen[key]} and {i}); rename or remove one"
            )
        seen[key] = i


def line_ending(path: Path) -> str:
    """'\\r' when the file's lines end in a bare CR (no LF at all near the start), else '\\n'."""
    with path.open("rb") as fh:
        head = fh.read(_SNIFF_BYTES)
    if b"\r" in head and b"\n" not in head:
        return "\r"
    return "\n"


def starts_crlf(path: Path) -> bool:
    """Whether the file's first lines end in CR LF (the sniffed head holds a CR LF pair)."""
    with path.open("rb") as fh:
        return b"\r\n" in fh.read(_SNIFF_BYTES)


def new_line_option(path: Path) -> str:
    """DuckDB's `new_line` option for `path`: `\\r` for CR-only files, else `\\n`."""
    return "\\r" if line_ending(path) == "\r" else "\\n"


_TOKEN = re.compile(rb'"(?:[^"]|"")*"?|[^,"\r\n]+|,|\r\n|\n|\r|"')


def _cells(data: bytes, cr_only: bool) -> Iterator[tuple[int, int, int, bytes]]:
    """(spreadsheet row, 0-based column, token kind, token) for every token of a CSV text.

    Kinds: 0 = cell text (quoted or not), 1 = a bare CR outside quotes in an LF file.
    """
    row, col = 1, 0
    for m in _TOKEN.finditer(data):
        tok = m.group()
        if tok == b",":
            col += 1
        elif tok in (b"\n", b"\r\n") or (tok == b"\r" and cr_only):
            row, col = row + 1, 0
        elif tok == b"\r":
            yield row, col, 1, tok
        else:
            yield row, col, 0, tok


def _field(header: list[str], col: int) -> str:
    return header[col] if 0 <= col < len(header) else f"column {col + 1}"


def explain_unreadable(path: Path, label: str, header: list[str], exc: Exception) -> InputFileError:
    """A one-line error for a file DuckDB's reader refused as a whole (no traceback)."""
    data = path.read_bytes()
    cr_only = line_ending(path) == "\r"
    for row, col, kind, _tok in _cells(data, cr_only):
        if kind == 1:
            return InputFileError(
                f"{label}, row {row}, field {_field(header, col)}: a carriage return (CR) inside "
                "an unquoted cell; put the cell in double quotes or remove the CR"
            )
    first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    return InputFileError(f"{label}: cannot be read as CSV ({first})")


def locate_long_cell(path: Path, row: int, header: list[str]) -> tuple[str, int, int] | None:
    """(field, size in bytes) of the longest cell of spreadsheet row `row`, and the bytes of all
    its cells, if found."""
    cr_only = line_ending(path) == "\r"
    best: tuple[int, int] | None = None
    total = 0
    with path.open("rb") as fh:
        data = fh.read()
    for r, col, kind, tok in _cells(data, cr_only):
        if r > row:
            break
        if r == row and kind == 0:
            total += len(tok)
            if best is None or len(tok) > best[1]:
                best = (col, len(tok))
    if best is None:
        return None
    return _field(header, best[0]), best[1], total


_BARE_CR = re.compile(rb"\r(?!\n)")
_CRS_LF = re.compile(rb"\r+\n")


def write_lf_copy(path: Path, dest: Path) -> None:
    """`path` with every CR LF pair made a LF, written to `dest` (chunk by chunk: a pair split
    between two chunks is joined first). Why: DuckDB 2.0.1's reader, with its rejects table
    kept, reads no row at all of a file with Windows line ends (round 42's QA pass). CRs piled
    before a LF ("\\r\\r\\n": Python's csv module writing in text mode on Windows, or unix2dos run
    twice) are one line end too (QA pass 5)."""
    with path.open("rb") as src, dest.open("wb") as out:
        carry = b""
        while chunk := src.read(1 << 24):
            chunk = carry + chunk
            body = chunk.rstrip(b"\r")  # the CRs a chunk ends with wait for the next byte
            carry = chunk[len(body) :]
            out.write(_CRS_LF.sub(b"\n", body))
        out.write(carry)


def bare_cr_error(path: Path, label: str, header: list[str]) -> InputFileError | None:
    """The one-line error for a bare CR outside quotes in a file with LF (or CR LF) line ends,
    None when every bare CR sits inside a quoted cell (a line break the cell keeps)."""
    data = path.read_bytes()
    for row, col, kind, _tok in _cells(_CRS_LF.sub(b"\n", data), False):
        if kind == 1:
            return InputFileError(
                f"{label}, row {row}, field {_field(header, col)}: a carriage return (CR) inside "
                "an unquoted cell; put the cell in double quotes or remove the CR"
            )
    return None


_PRINTABLE = bytes(range(0x20, 0x7F)) + bytes(range(0x80, 0x100)) + b"\n\r"
_C1 = re.compile(rb"\xc2[\x80-\x9f]")


def file_has_controls(path: Path) -> bool:
    """Whether the file holds a control character other than CR and LF (a fast byte scan).

    When it does not, a key can only hold a control character as a line break inside a quoted
    cell, which `strict_row_checks` then looks for with a cheap substring test.
    """
    return scan(path).controls


#: Byte sequences that start a blank line (LF, CRLF and CR-only files): where none occurs, no
#: row is blank and `etl.core.staging.blank_rows` need not read the file with the csv module.
_BLANK_MARKS = (b"\n\n", b"\n\r\n", b"\r\r")


@dataclass(frozen=True)
class FileScan:
    """What one byte scan of an input file found (`scan`)."""

    controls: bool  # a control character other than CR/LF
    ends: int  # line ends (LF, or CR in a CR-only file)
    last: bytes  # the last byte
    maybe_blank: bool  # a blank-line byte sequence occurs (a blank row, or one inside quotes)
    crlf: bool = False  # a CR LF pair occurs (Windows line ends, or one row saved so)
    bare_cr: bool = False  # a CR not followed by LF occurs in a file that is not CR-only


def scan(path: Path) -> FileScan:
    """One pass over `path` for everything the checks need.

    `etl.core.staging.stage_csv` makes it once per file and hands it to each check: at a
    million rows each check's own pass over the file cost a few tenths of a second.
    """
    cr_only = line_ending(path) == "\r"
    ends = 0
    last = b""
    controls = False
    blank = False
    tail = b""
    crlf = bare_cr = False
    with path.open("rb") as fh:
        while chunk := fh.read(1 << 24):
            ends += chunk.count(b"\r" if cr_only else b"\n")
            if not cr_only and (b"\r" in chunk or tail.endswith(b"\r")):
                # (round 42) a CR pair or a bare CR, judged with the byte before the chunk (a
                # pair may straddle two chunks; a chunk's last CR waits for the next byte)
                both = tail[-1:] + chunk
                crlf = crlf or b"\r\n" in both
                bare_cr = bare_cr or _BARE_CR.search(both, 0, len(both) - 1) is not None
            if not blank:
                joined = tail + chunk if tail else chunk  # a sequence may straddle two chunks
                # Without a CR (a fast byte search) only LF LF can start a blank line: one
                # search of the chunk instead of three (0.3 s less at 200 MB).
                marks = _BLANK_MARKS if b"\r" in joined else _BLANK_MARKS[:1]
                blank = any(m in joined for m in marks)
            tail = chunk[-2:]
            last = chunk[-1:]
            if not controls and (
                chunk.translate(None, _PRINTABLE) or (b"\xc2" in chunk and _C1.search(chunk))
            ):
                controls = True
    bare_cr = bare_cr or (not cr_only and last == b"\r")  # a file ending in a bare CR
    return FileScan(controls, ends, last, blank, crlf, bare_cr)


def control_check_needed(path: Path, records: int, found: FileScan | None = None) -> tuple[bool, bool]:
    """(any key may hold a control character, it may be other than a line break).

    `records` counts the file's rows (header, parsed, rejected and blank). A file without
    control bytes whose line count equals its record count has no line break inside a cell
    either, so its keys need no check at all: the common case costs one byte scan (`found`,
    when the caller made it already).
    """
    found = found or scan(path)
    if found.controls:
        return True, True
    return not lines_are_records(found, records), False


def lines_are_records(found: FileScan, records: int) -> bool:
    """Whether the scanned file has exactly `records` lines (header, parsed, rejected and blank
    rows): then no line break lies inside a cell, and every line feed ends a record."""
    lines = found.ends + (1 if found.last and found.last not in b"\r\n" else 0)
    return lines == records


def whole_number_bad(q: str) -> str:
    """SQL: the text cell `q` is given but is not a whole number (cheap tests first).

    DuckDB's cast to BIGINT rounds ("2.5" gives 3) and reads "1e3", "0x10", "0b11" and "1_0" as
    numbers: a cell with any character besides digits, a sign and spaces must match WHOLE_RE
    ("30", "30.0", " +30 "), so no figure is ever rounded or reinterpreted (QA pass 13).
    """
    return (
        f"(CASE WHEN {q} IS NULL THEN false WHEN TRY_CAST({q} AS BIGINT) IS NULL "
        f"THEN trim({q}) <> '' WHEN translate({q}, '0123456789+- ', '') <> '' "
        f"THEN NOT regexp_matches({q}, '{WHOLE_RE}') ELSE false END)"
    )


def too_big_sql(q: str) -> str:
    """SQL: the text cell `q` is a whole number past BIGINT's largest (QA pass 14: "out of range",
    not "not a whole number"; the curated files and the importers say it alike)."""
    return f"({q} IS NOT NULL AND try_cast({q} AS BIGINT) IS NULL AND regexp_matches({q}, '{WHOLE_RE}'))"


def out_of_range_sql(q: str) -> str:
    """SQL: the reason a `too_big_sql` cell gives."""
    return f"'''' || {q} || ''' is out of range (the largest figure is {MAX_FIGURE:,})'"


#: Why a key (or a name that becomes one) holding a control character is refused, wherever it is read.
CONTROL_REASON = "contains a control character (NUL, tab, line break or similar)"

#: The years a date in an input file may have: the conflicts this tool follows, and some room.


def strict_row_checks(
    con: duckdb.DuckDBPyConnection,
    table: str,
    name: str,
    label: str,
    int_cols: list[str],
    row_number: Callable[[int], int],
    controls_possible: bool = True,
    columns: list[str] | None = None,
    date_cols: list[str] | None = None,
) -> tuple[list[Quarantined], list[int]]:
    """Find staged rows with a non-whole figure or a control character in a key.

    `int_cols` were read as text; `row_number(ordinal)` maps a staged rowid to its spreadsheet
    row; with `controls_possible` False (see `file_has_controls`) keys are only searched for
    line breaks; `columns` are the table's columns when the caller knows them (else read from
    the catalog). Returns the quarantine entries and the ordinals (rowids) of the rows to
    remove. Only rows that fail build their (field, value, reason) list.
    """
    if columns is None:
        columns = [r[0] for r in con.execute(f"DESCRIBE {table}").fetchall()]
    cols = set(columns)
    keys = [c for c in KEY_COLUMNS.get(name, ()) if c in cols]
    tests: list[str] = []
    conds: list[str] = []
    prefix = "'^[^\\x00-\\x1f\\x7f-\\x9f]*'"
    for c in keys:
        q = '"' + c + '"'
        tests.append(
            f"CASE WHEN regexp_matches({q}, '{CONTROL_RE}') THEN struct_pack(field := '{c}', "
            f"value := {q}, reason := '{CONTROL_REASON} at position ' || "
            f"(length(regexp_extract({q}, {prefix})) + 1) || '; keys must be plain text') END"
        )
    if keys:
        joined = "concat_ws(' ', " + ", ".join('"' + c + '"' for c in keys) + ")"
        conds.append(
            f"regexp_matches({joined}, '{CONTROL_RE}')"
            if controls_possible
            else f"(contains({joined}, chr(10)) OR contains({joined}, chr(13)))"
        )
    for c in int_cols:
        q = '"' + c + '"'
        bad = whole_number_bad(q)
        conds.append(bad)
        tests.append(
            f"CASE WHEN {bad} THEN struct_pack(field := '{c}', value := {q}, reason := "
            # (QA pass 30) digits beyond BIGINT are a figure out of range, as the importers say
            f"CASE WHEN {too_big_sql(q)} THEN {out_of_range_sql(q)} ELSE "
            f"'''' || {q} || ''' is not a whole number' || CASE WHEN TRY_CAST({q} AS DOUBLE) "
            "IS NOT NULL THEN ' (never rounded: write the figure as claimed, as a whole "
            "number)' ELSE '' END END) END"
        )
    for c in date_cols or ():
        # (QA pass 30) DuckDB reads "12024-01-01" and "0000-01-01" as dates; Python cannot hold
        # the first (every page failed on it) and the second is 1 BC
        q = '"' + c + '"'
        bad = f"(year({q}) NOT BETWEEN {MIN_YEAR} AND {MAX_YEAR})"
        conds.append(bad)
        # (QA pass 39) the date as written: "0000-01-01" was shown as DuckDB's "0001-01-01 (BC)"
        shown = f"printf('%04d-%02d-%02d', year({q}), month({q}), day({q}))"
        tests.append(
            f"CASE WHEN {bad} THEN struct_pack(field := '{c}', value := {shown}, reason := "
            f"'''' || {shown} || ''' is not a date between {MIN_YEAR} and {MAX_YEAR}') END"
        )
    if not conds:
        return [], []
    rows = con.execute(
        f"""
        SELECT rowid AS _ord,
               list_filter([{", ".join(tests)}], lambda e: e IS NOT NULL) AS errs,
               to_json(t) AS raw
        FROM {table} t
        WHERE {" OR ".join(conds)}
        ORDER BY _ord
        """
    ).fetchall()
    rows = [r for r in rows if r[1]]
    out: list[Quarantined] = []
    for ordinal, errs, raw in rows:
        first = errs[0]
        reason = "; ".join(f"{e['field']}: {e['reason']}" if len(errs) > 1 else e["reason"] for e in errs)
        value = first["value"]
        out.append(
            Quarantined(
                source_file=label,
                row_number=row_number(int(ordinal)),
                field=first["field"],
                value=visible(value) if value else value,
                reason=reason,  # (written visible by `Quarantined` itself)
                raw_row=raw,
            )
        )
    return out, [int(r[0]) for r in rows]


def long_line_reject(path: Path, q: Quarantined, header: list[str]) -> Quarantined:
    """DuckDB's "line size over maximum" reject, with the field and the cell's size named."""
    found = locate_long_cell(path, q.row_number, header) if q.row_number else None
    if found is None:
        return q
    fld, size, total = found
    limit = re.search(r"Maximum line size of (\d+)", q.reason)
    cap = f"{int(limit.group(1)):,}-byte" if limit else "maximum"
    # (QA pass 39) two cells of 1.2 MB read "a cell of 1,200,002 bytes: over the 2,000,000-byte
    # line limit": where no cell is over it alone, the row is named, and its longest cell
    what = (
        f"a cell of {size:,} bytes: over the {cap} line limit"
        if limit is None or size >= int(limit.group(1))
        else f"a row of {total:,} bytes in its cells: over the {cap} line limit; its longest cell "
        f"is {fld}, {size:,} bytes"
    )
    return Quarantined(
        source_file=q.source_file,
        row_number=q.row_number,
        field=fld,
        value=None,
        reason=f"{what} (shorten it, or keep long text in the document it comes from)",
        raw_row=None,
    )


def swallowed_rows_problem(raw: str | None, header: list[str]) -> tuple[str, str] | None:
    """(field, reason) for a record the reader took over several lines because a quote in it was
    left open, or None.

    Why: a quote opened and never closed on its line runs into the next rows, which vanish with
    no entry of their own (QA pass 39: "wrong column count … found 22" was all the analyst was
    told, and the responses naming the lost row were quarantined). A cell holding a line that
    reads as a row (half a header's commas or more) is taken for one, not a closed quote's line
    breaks (a paragraph of a statement)."""
    if not raw or "\n" not in raw.rstrip("\r\n"):
        return None
    cells = next(csv.reader(io.StringIO(raw)), [])
    for i, cell in enumerate(cells):
        lines = cell.replace("\r\n", "\n").split("\n")
        if len(lines) > 1 and any(line.count(",") >= len(header) // 2 for line in lines[1:]):
            field = header[i] if i < len(header) else f"column {i + 1}"
            n = sum(1 for line in lines[1:] if line.strip())
            first = next(line for line in lines[1:] if line.strip())
            shown = first[:40] + ("…" if len(first) > 40 else "")
            return field, (
                f"the quote opened in column {field!r} is never closed on its line, so the {n} line(s) after "
                f"it were read into this row (the first begins {shown!r}) and are not loaded on their "
                "own: close the quote"
            )
    return None
