"""Whole-file checks of an import: a file with no rows, and a file whose every row failed.

Both mean the file is not what the importer expects (a wrong export, a format the importer
does not read), so neither may look like success: a header-only file is a one-line error, and
an import whose rows were all quarantined fails (nothing is published) with a summary of why.
"""

from __future__ import annotations

import re
from collections import Counter

from etl.core.report import BuildReport, Quarantined
from etl.importers.csvread import CsvTable
from etl.importers.inputs import ImportInputError


class AllQuarantinedError(ImportInputError):
    """Every row of a file was quarantined: the import fails and publishes nothing."""

    def __init__(self, message: str, report: BuildReport, labels: list[str]) -> None:
        super().__init__(message)
        self.report = report
        self.labels = labels


def require_rows(table: CsvTable, label: str) -> None:
    """A one-line error for a file with a header and no data rows."""
    if table.rows_read == 0:
        raise ImportInputError(f"{label}: no rows (only a header row); nothing to import")


_QUOTED = re.compile(r"'(?:[^']|'')*'")
_NUMBER = re.compile(r"(?<![\w-])\d+(?:,\d{3})*(?![\w-])")
_FIELD_PREFIX = re.compile(r"^[\w/ ]+: ")


def reason_counts(quarantine: list[Quarantined]) -> list[tuple[str, int]]:
    """Quarantine reasons grouped (quoted values and numbers dropped), most frequent first.

    A row that broke several rules counts once under each of them.
    """
    counts: Counter[str] = Counter()
    #: (session 33) a reason only one row gave is said as that row gave it: "row N with a
    #: different figure (N)" told nothing a reader could look up
    example: dict[str, str] = {}
    #: groups whose rows all gave the very same reason (shown as given too: "claimant 'General
    #: Staff …' is quarantined in actors.csv (row 4, …)" for 19,197 rows)
    alike: set[str] = set()

    def seen(key: str, raw: str) -> None:
        if key not in example:
            example[key] = raw
            alike.add(key)
        elif key in alike and example[key] != raw:
            alike.discard(key)

    for q in quarantine:
        text = _NUMBER.sub("N", _QUOTED.sub("'…'", q.reason))
        parts = text.split("; ")
        if len(parts) > 1 and all(_FIELD_PREFIX.match(p) for p in parts):
            counts.update(parts)  # several rules broken: "field: reason; field: reason"
            for grouped, raw in zip(parts, q.reason.split("; "), strict=False):
                seen(grouped, raw)
        else:
            key = f"{q.field}: {text}" if q.field else text
            counts[key] += 1
            seen(key, f"{q.field}: {q.reason}" if q.field else q.reason)
    return [(example[r] if r in alike else r, n) for r, n in counts.most_common()]


def summary_line(quarantine: list[Quarantined], limit: int = 3) -> str:
    """'3,883 × date_start: '…' is not a date (…); 31 × low/best/high: …' (the top reasons)."""
    top = reason_counts(quarantine)
    text = "; ".join(f"{n:,} × {r}" for r, n in top[:limit])
    if len(top) > limit:
        text += f"; and {len(top) - limit} more reason(s)"
    return text


def check_not_all_quarantined(report: BuildReport, first_file: int, source: str) -> None:
    """Raise AllQuarantinedError if a file loaded since `report.files[first_file]` lost every row."""
    files = report.files[first_file:]
    dead = [f for f in files if f.rows_read > 0 and f.rows_loaded == 0]
    if not dead:
        return
    labels = [f.label for f in dead]
    q = [x for x in report.quarantine if x.source_file in labels]
    names = ", ".join(f"{f.label} ({f.rows_read:,} rows)" for f in dead)
    raise AllQuarantinedError(
        f"{names}: every row was quarantined, nothing imported ({source}): {summary_line(q)}",
        report,
        labels,
    )
