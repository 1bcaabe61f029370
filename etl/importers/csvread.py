"""CSV reading for the importers: by header name, any quoting, an encoding fallback per row.

Public exports are messier than the curated files (extra columns, stray Windows-1252 bytes), so
they are read with Python's csv module into text cells and staged as VARCHAR; the importers'
SQL rules then check and cast them.
"""

from __future__ import annotations

import codecs
import csv
import io
import re
from dataclasses import dataclass
from pathlib import Path

import duckdb
import pandas as pd

from etl.core.input_checks import excel_sep_problem, wide_text_without_bom
from etl.core.report import Quarantined, column_count_problem
from etl.importers.inputs import ImportInputError

#: A word of the bytes Windows-1251 gives Cyrillic letters, and nothing else: three or more, with
#: no ASCII letter in the word. Central European text (Windows-1250: "Żółkiew", "łóżko", "Žďár")
#: mixes such bytes with ASCII letters inside its words; Russian and Ukrainian words are all of
#: them ("Курск", "Київ").
_CYRILLIC_WORD = re.compile(rb"(?<![A-Za-z\x80-\xff])[\x80-\xff]{3,}(?![A-Za-z\x80-\xff])")
#: Letters of Windows-1250 (Polish) whose bytes are symbols in Windows-1252 (ł ³, ą ¹, ż ¿, Ł £,
#: Ą ¥, Ż ¯), inside a word: Polish text, where Western text never has such a symbol in a word.
_CENTRAL_EUROPEAN = re.compile(r"[A-Za-zÀ-ž][łążŁĄŻ]|[łążŁĄŻ][A-Za-zÀ-ž]")
#: Names the console note gives the encodings.
_ENCODING_NAMES = {"cp1251": "Windows-1251", "cp1250": "Windows-1250", "cp1252": "Windows-1252"}


def header_names(path: Path) -> set[str]:
    """The header's column names, lower case, in whatever encoding `read_csv_records` reads
    (QA pass 30: The Economist's table saved as UTF-16 was "neither table" to a UTF-8 read)."""
    with path.open("rb") as fh:
        raw = fh.read(1 << 16)
    if b"\x00" in raw:  # a wide encoding's read cut at a whole character
        unit = 4 if raw.startswith(codecs.BOM_UTF32_BE) or "32" in (wide_text_without_bom(raw) or "") else 2
        raw = raw[: len(raw) - len(raw) % unit]
    text, _bad, _how = _decode_lenient(raw)
    text = text.lstrip("\ufeff")
    if excel_sep_problem("", text.split("\n", 1)[0]) is not None:
        # (QA pass 40) the header is under Excel's `sep=,` line: the file is taken for its table,
        # and reading it says to delete the line (it was "neither table", or skipped in a folder)
        text = text.split("\n", 1)[1] if "\n" in text else ""
    first = next(csv.reader(io.StringIO(text, newline="")), [])
    return {h.strip().lower() for h in first}


def _decode_lenient(raw: bytes) -> tuple[str, set[int], str]:
    """Text of `raw`, the 1-based physical lines that were not UTF-8, and what they were read as.

    A UTF-16 file (Excel's "Unicode text") or a UTF-32 one, with its byte-order mark or without
    one, is decoded whole. Lines that are not UTF-8 are read as Windows-1251 when most of them hold words of
    Cyrillic letters only (exports re-saved on a Russian or Ukrainian machine), as Windows-1250
    when they hold Polish letters Windows-1252 has no letter for, else as Windows-1252 (the usual
    culprit), else as Latin-1 (never fails), so a stray byte costs one character, never the row.
    """
    if raw.startswith((codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)):
        try:
            return raw.decode("utf-32"), set(), ""
        except UnicodeDecodeError:
            pass
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return raw.decode("utf-16"), set(), ""
        except UnicodeDecodeError:
            pass
    wide = wide_text_without_bom(raw)
    if wide is not None:
        try:
            return raw.decode(wide), set(), ""
        except UnicodeDecodeError:
            pass
    try:
        return raw.decode("utf-8"), set(), ""
    except UnicodeDecodeError:
        pass
    lines = raw.splitlines(keepends=True)
    bad: dict[int, bytes] = {}
    for i, line in enumerate(lines, start=1):
        try:
            line.decode("utf-8")
        except UnicodeDecodeError:
            bad[i] = line
    cyrillic = sum(1 for b in bad.values() if _CYRILLIC_WORD.search(b))
    central = sum(1 for b in bad.values() if _CENTRAL_EUROPEAN.search(b.decode("cp1250", "replace")))
    if cyrillic * 2 > len(bad):
        legacy = "cp1251"
    elif central * 2 > len(bad):
        legacy = "cp1250"
    else:
        legacy = "cp1252"
    parts: list[str] = []
    for i, line in enumerate(lines, start=1):
        if i not in bad:
            parts.append(line.decode("utf-8"))
            continue
        try:
            parts.append(line.decode(legacy))
        except UnicodeDecodeError:
            parts.append(line.decode("latin-1"))
    return "".join(parts), set(bad), _ENCODING_NAMES[legacy]


@dataclass
class CsvTable:
    """A CSV read by header name: all cells as text, one DataFrame row per record."""

    frame: pd.DataFrame  # columns: lower-cased header names, plus _row and _recoded
    header: list[str]
    rows_read: int
    quarantine: list[Quarantined]
    #: What rows that were not UTF-8 were read as ("Windows-1251", "Windows-1252"), else "".
    recoded_as: str = ""


def read_csv_records(path: Path, label: str, known: set[str]) -> CsvTable:
    """Read every record of a CSV export; rows with the wrong column count are quarantined.

    Header names are matched case-insensitively (BOM and spaces stripped). Quoted cells may hold
    commas, quotes and newlines. `_row` is the spreadsheet row (header = 1; a multi-line record
    is one row); `_recoded` says the row had bytes that were not UTF-8 (`_decode_lenient`).
    Columns in `known` that the file lacks are added empty, so SQL can name them all.
    """
    if not path.is_file():
        raise ImportInputError(f"{label}: file not found")
    text, bad_lines, recoded_as = _decode_lenient(path.read_bytes())
    text = text.removeprefix(codecs.BOM_UTF8.decode("utf-8"))
    sep_line = excel_sep_problem(label, text.split("\n", 1)[0])
    if sep_line is not None:
        raise ImportInputError(sep_line)
    # Big cells are read here and judged by the caller; the csv module's limit is process-wide,
    # so it is raised for this read only and put back (other readers rely on the default).
    saved_limit = csv.field_size_limit(1 << 30)
    try:
        table = _read_rows(label, text, bad_lines, known)
        table.recoded_as = recoded_as
        return table
    finally:
        csv.field_size_limit(saved_limit)


def _read_rows(label: str, text: str, bad_lines: set[int], known: set[str]) -> CsvTable:
    """The body of read_csv_records, run while the csv module's field limit is raised."""
    reader = csv.reader(io.StringIO(text, newline=""))
    try:
        header_raw = next(reader)
    except StopIteration:
        raise ImportInputError(f"{label}: empty file (no header row)") from None
    except csv.Error as exc:
        raise ImportInputError(f"{label}, row 1 (header): {exc}") from None
    header: list[str] = []
    seen: dict[str, int] = {}
    for h in header_raw:
        key = h.strip().lower() or "unnamed"
        seen[key] = seen.get(key, 0) + 1
        header.append(key if seen[key] == 1 else f"{key}_{seen[key]}")
    twice = [k for k, n in seen.items() if n > 1 and k in known]
    if twice:  # (QA pass 30) which of the two is the figure? The curated files refuse it too
        raise ImportInputError(
            f"{label}, row 1 (header), field {twice[0]}: column '{twice[0]}' appears twice"
        )
    ncol = len(header)
    columns: list[list[str | None]] = [[] for _ in range(ncol)]
    rows: list[int] = []
    recoded: list[bool] = []
    quarantine: list[Quarantined] = []
    rows_read = 0
    row_no = 1
    prev_line = reader.line_num
    while True:
        try:
            rec = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            # An unparseable record (e.g. a NUL byte): report it, keep reading.
            row_no += 1
            rows_read += 1
            quarantine.append(Quarantined(label, row_no, None, None, f"unreadable CSV: {exc}", None))
            prev_line = reader.line_num
            continue
        first_line, prev_line = prev_line + 1, reader.line_num
        if not rec or (len(rec) == 1 and rec[0] == "" and ncol > 1):
            continue  # a blank line is not a row
        row_no += 1
        rows_read += 1
        if len(rec) != ncol:
            field, reason = column_count_problem(header, len(rec))
            quarantine.append(Quarantined(label, row_no, field, None, reason, ",".join(rec)[:2000]))
            continue
        for j, cell in enumerate(rec):
            columns[j].append(cell if cell.strip() != "" else None)
        rows.append(row_no)
        recoded.append(any(n in bad_lines for n in range(first_line, prev_line + 1)))
    data: dict[str, object] = {h: pd.array(col, dtype=object) for h, col in zip(header, columns, strict=True)}
    for k in sorted(known - set(header)):
        data[k] = pd.array([None] * len(rows), dtype=object)
    data["_row"] = pd.array(rows, dtype="int64")
    data["_recoded"] = pd.array(recoded, dtype="bool")
    frame = pd.DataFrame(data)
    return CsvTable(frame=frame, header=header, rows_read=rows_read, quarantine=quarantine)


#: What a UCDP source article starts with: "Outlet,YYYY-MM-DD," (an outlet's name has no quote
#: or semicolon).
_ARTICLE_START = r"[^\";]{1,120}?,\d{4}-\d{2}-\d{2},"
_ARTICLE_HEAD = re.compile(_ARTICLE_START)
#: Where one article ends and the next begins: `";"` (or a `;` with a quote missing on either
#: side), only before the next article's "Outlet,YYYY-MM-DD,".
_ARTICLE_BOUNDARY = re.compile(r'"?\s*;\s*"?(?=' + _ARTICLE_START + ")")


def _split_articles(text: str) -> list[str]:
    """A cell of "Outlet,YYYY-MM-DD,Headline" articles, split where the next one starts.

    Why not by quotes: UCDP leaves the quotes inside a headline unescaped, and a headline may hold
    `"; ` or an unclosed quote (QA passes 36 and 37: "Putin: "we will respond"; Kremlin adds" was
    cut in two, "Ukraine's "special operation" swallowed the next article)."""
    quoted = text.startswith('"')  # then the whole cell is quoted: its last quote closes it
    inner = text[1:-1] if quoted and text.endswith('"') and len(text) > 1 else text.lstrip('"')
    out: list[str] = []
    # (QA pass 38) and at a bare `";"` too: an article dated otherwise ("BBC,10 Aug 2024,…") after
    # it was swallowed into the one before
    for part in _ARTICLE_BOUNDARY.split(inner):
        for item in part.split('";"'):
            item = item.strip()
            if item and item not in out:
                out.append(item)
    return out


def split_outlets(cell: str | None) -> list[str]:
    """Split a `;`-joined source cell, respecting double quotes; items trimmed, unquoted, unique.

    A quote opens an item only at its start and closes it only before a `;` or the end. Why: UCDP
    writes items as `"…";"…"` without escaping a quote inside one (`Lugansk republic"s
    militias`), and that stray quote swallowed the next six articles into one document's title
    (QA pass 36)."""
    if not isinstance(cell, str) or not cell.strip():
        return []
    text = cell.strip()
    if _ARTICLE_HEAD.match(text[1:] if text.startswith('"') else text):
        return _split_articles(text)
    items: list[str] = []
    buf: list[str] = []
    quoted = False
    for i, ch in enumerate(cell):
        if ch == '"':
            if not quoted and not "".join(buf).strip():
                quoted = True
            elif quoted and cell[i + 1 :].lstrip()[:1] in ("", ";"):
                quoted = False
            buf.append(ch)
        elif ch == ";" and not quoted:
            items.append("".join(buf))
            buf = []
        else:
            buf.append(ch)
    items.append("".join(buf))
    out: list[str] = []
    for it in items:
        it = it.strip()
        if len(it) >= 2 and it[0] == '"' and it[-1] == '"':
            it = it[1:-1].strip()
        if it and it not in out:
            out.append(it)
    return out


def stage_frame(con: duckdb.DuckDBPyConnection, frame: pd.DataFrame, table: str) -> None:
    """Copy a CsvTable frame into temp table `table`: every cell VARCHAR (trimmed, '' → NULL).

    Columns whose name starts with `_` (added by the importer) are copied as they are.
    """
    con.register(f"{table}_df", frame)
    try:
        con.execute(
            f"""
            CREATE OR REPLACE TEMP TABLE {table} AS
            SELECT nullif(trim(CAST(COLUMNS(lambda c: NOT starts_with(c, '_')) AS VARCHAR)), ''),
                   CAST(_row AS BIGINT) AS _row, CAST(_recoded AS BOOLEAN) AS _recoded,
                   COLUMNS(lambda c: starts_with(c, '_') AND c NOT IN ('_row', '_recoded'))
            FROM {table}_df
            """
        )
    finally:
        con.unregister(f"{table}_df")
