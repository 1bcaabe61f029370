"""The event-import template (ACLED, UCDP): stage rows, documents from the source field, upsert.

An event importer checks its header, calls `start_event_import`, writes its own SQL rules into
`<prefix>_chk` (reading `<prefix>_in`, the known columns only) and its cast rows into
`<prefix>_stage`, then calls `finish_event_import`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import duckdb
import pandas as pd

from etl.core.report import BuildReport, FileResult
from etl.core.rules import collect_errors
from etl.importers.csvread import CsvTable, split_outlets, stage_frame
from etl.importers.inputs import Outcome, SourceFile, sha256_file
from etl.importers.store import upsert_documents, upsert_events

#: The columns `start_event_import` adds to a file's own (`etl.importers.csvread`): the row
#: number, the not-UTF-8 flag and the row's document ids. A file's column of the same name is
#: replaced by the importer's, and no known column starts with `_`.
HELPER_COLUMNS = ("_row", "_recoded", "_doc_ids")


def outlet_documents(
    cells: pd.Series, source: str, make: Callable[[str, int], dict[str, Any]]
) -> tuple[list[list[str]], pd.DataFrame]:
    """Per row, the doc_ids of its `;`-split source cell; and the documents they name.

    `make(item, index, row_cells)` returns a document dict for one item (with `doc_id`). Each
    distinct cell is split once.
    """
    cache: dict[object, list[str]] = {}
    docs: dict[str, dict[str, Any]] = {}
    per_row: list[list[str]] = []
    for cell in cells:
        key = cell if isinstance(cell, str) else None
        if key not in cache:
            ids: list[str] = []
            for i, item in enumerate(split_outlets(cell)):
                d = make(item, i)
                if d["doc_id"] not in ids:
                    ids.append(d["doc_id"])
                docs.setdefault(d["doc_id"], d)
            cache[key] = ids
        per_row.append(cache[key])
    frame = pd.DataFrame(
        list(docs.values()),
        columns=[
            "doc_id",
            "outlet",
            "url",
            "title",
            "published_at",
            "language",
            "tags",
            "content_hash",
            "source",
            "notes",
        ],
    )
    if not frame.empty:
        frame["source"] = source
    return per_row, frame


def used_documents(con: duckdb.DuckDBPyConnection, staged: str, docs: pd.DataFrame) -> pd.DataFrame:
    """The documents named by rows of `staged` (column doc_ids) only."""
    if docs.empty:
        return docs
    used = {r[0] for r in con.execute(f"SELECT DISTINCT unnest(doc_ids) FROM {staged}").fetchall()}
    return docs[docs["doc_id"].isin(used)].reset_index(drop=True)


def start_event_import(
    con: duckdb.DuckDBPyConnection,
    prefix: str,
    source: str,
    sf: SourceFile,
    table: CsvTable,
    known: set[str],
    source_col: str,
    make_doc: Callable[[str, int], dict],
) -> tuple[Outcome, pd.DataFrame]:
    """The common start of an event import (ACLED, UCDP), after its header check.

    Notes unknown columns as warnings, turns the source field into documents, and stages the
    rows as `<prefix>_src` (every column, as read) and `<prefix>_in` (a view of the known
    columns and `HELPER_COLUMNS` only: what the importer's SQL reads, so no column of the file
    can take the name of one the importer adds). Returns the outcome to fill and the documents
    the rows may use.
    """
    outcome = Outcome(sf.label, source, sf.location, sha256_file(sf.path))
    unknown = [h for h in table.header if h not in known]
    if unknown:
        outcome.warnings.append("unknown column(s) ignored: " + ", ".join(unknown))
    frame = table.frame
    recoded = int(frame["_recoded"].sum())
    if recoded:
        # (QA pass 13) said on the console, not only in each event's flags
        outcome.warnings.append(
            f"{recoded} row(s) were not UTF-8 and were read as {table.recoded_as} (flagged not_utf8); "
            "if their text looks wrong, save the file as UTF-8 and import it again"
        )
    doc_ids, docs = outlet_documents(frame[source_col], source, make_doc)
    frame["_doc_ids"] = ["\n".join(ids) for ids in doc_ids]
    stage_frame(con, frame, f"{prefix}_src")
    # (QA pass 42 #4) The rules and the mapping read `<prefix>_in`: the columns the importer
    # knows and its own helpers, never the file's other columns. A file's `lat` (coordinates
    # renamed, or a helper column beside `latitude`) was the text column the place match then
    # used in place of the importer's own number (a BinderException traceback); `errs`, `dup`,
    # `ev_id`, `d`, `d_amb` did the same. `<prefix>_src` keeps every column, for the raw row a
    # quarantine entry shows.
    cols = ", ".join([*(f'"{c}"' for c in sorted(known)), *HELPER_COLUMNS])
    con.execute(f"CREATE OR REPLACE TEMP VIEW {prefix}_in AS SELECT {cols} FROM {prefix}_src")
    return outcome, docs


def finish_event_import(
    con: duckdb.DuckDBPyConnection,
    prefix: str,
    source: str,
    sf: SourceFile,
    table: CsvTable,
    docs: pd.DataFrame,
    outcome: Outcome,
    report: BuildReport,
) -> Outcome:
    """The common end of an event import (ACLED, UCDP) whose rows are staged in `<prefix>_stage`.

    Upserts the documents the events use and the events themselves, then records the file's
    quarantine and counts (rows read = loaded + quarantined) in the build report.
    """
    stage = f"{prefix}_stage"
    con.execute(f"ALTER TABLE {stage} ADD COLUMN doc_id VARCHAR")
    con.execute(f"UPDATE {stage} SET doc_id = doc_ids[1] WHERE len(doc_ids) > 0")
    upsert_documents(con, used_documents(con, stage, docs))
    outcome.rows_new = upsert_events(con, stage)
    quarantine = sorted(
        table.quarantine + collect_errors(con, f"{prefix}_chk", f"{prefix}_src", sf.label),
        key=lambda q: q.row_number or 0,
    )
    loaded, dmin, dmax = con.execute(
        f"SELECT count(*), min(date_start), max(date_start) FROM {stage}"
    ).fetchall()[0]
    report.quarantine.extend(quarantine)
    report.files.append(
        FileResult(sf.label, source, table.rows_read, int(loaded), len(quarantine), dmin, dmax)
    )
    return outcome
