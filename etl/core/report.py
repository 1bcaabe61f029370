"""What a build or an import did: per-file counts, quarantined rows, and the errors that stop one.

Shared by the curated loaders, the importers, the orchestration and the CLI, so it lives in the
core: nothing here imports another part of `etl/`.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

#: Characters a message would show as nothing or as a plain space: C0/C1 controls and DEL,
#: format characters (zero-width space, byte-order mark, direction marks) and separators other
#: than the space (no-break, thin, ideographic spaces; line and paragraph separators).
_INVISIBLE_RE = re.compile(
    r"[\x00-\x1f\x7f-\x9f\u00a0\u00ad\u1680\u180e\u2000-\u200f\u2028-\u202f\u205f-\u206f\u3000\ufeff\ufff9-\ufffb]"
)


def visible(text: str) -> str:
    """`text` with the characters a reader cannot see written as escapes (`\\x00`, `\\u00a0`), so a
    message stays one readable line and a figure's no-break space is not read as a space (QA
    pass 14: "'30 ' is not a whole number")."""

    def esc(m: re.Match[str]) -> str:
        c = ord(m.group())
        return f"\\x{c:02x}" if c <= 0x9F else f"\\u{c:04x}"

    return _INVISIBLE_RE.sub(esc, text)


class InputFileError(Exception):
    """A file that cannot be read at all (missing, or its header lacks required columns)."""


class UsageError(Exception):
    """A bad command-line argument: reported as one line, exit status 2."""


class StrictModeError(Exception):
    """Raised under --strict when any row was quarantined (nothing is published)."""


@dataclass(frozen=True)
class Quarantined:
    """One input row that failed, with where and why."""

    source_file: str
    row_number: int | None
    field: str | None
    value: str | None
    reason: str
    raw_row: str | None

    def __post_init__(self) -> None:
        # Every message names what a reader could not see (the value itself stays as read).
        object.__setattr__(self, "reason", visible(self.reason))

    def message(self) -> str:
        """A one-line message naming file, row and field."""
        where = f"{self.source_file}, row {self.row_number}" if self.row_number else self.source_file
        fld = f", field {self.field}" if self.field else ""
        reason = self.reason
        if self.field and reason.startswith(f"{self.field}: "):
            # (session 20, QA find 11) "field ref: ref: bytes that are not UTF-8": named once
            reason = reason[len(self.field) + 2 :]
        return f"{where}{fld}: {reason}"


@dataclass
class FileResult:
    """Counts for one input file: rows_read = rows_loaded + rows_quarantined."""

    label: str
    source: str
    rows_read: int
    rows_loaded: int
    rows_quarantined: int
    date_min: dt.date | None = None
    date_max: dt.date | None = None


def file_table(
    files: Sequence[FileResult],
    *,
    written: Mapping[str, int] | None = None,
    total: bool = False,
    indent: str = "",
) -> list[str]:
    """The lines of the per-file table every command prints: rows read, loaded, quarantined (an
    import adds the rows it wrote and the date span; a build a total line). One definition for
    `build`, `import` and `refresh` (QA pass 31: three printers had drifted apart)."""
    width = max([len(f.label) for f in files] + [4])
    extra = "  {:>9}  span".format("written") if written is not None else ""
    lines = [f"{indent}{'file':<{width}}  {'read':>9}  {'loaded':>9}  {'quarantined':>11}{extra}"]
    for f in files:
        line = (
            f"{indent}{f.label:<{width}}  {f.rows_read:>9,}  {f.rows_loaded:>9,}  {f.rows_quarantined:>11,}"
        )
        if written is not None:
            span = f"{f.date_min} .. {f.date_max}" if f.date_min else "-"
            line += f"  {written.get(f.label, 0):>9,}  {span}"
        lines.append(line)
    if total:
        tr = sum(f.rows_read for f in files)
        tl = sum(f.rows_loaded for f in files)
        tq = sum(f.rows_quarantined for f in files)
        lines.append(f"{indent}{'total':<{width}}  {tr:>9,}  {tl:>9,}  {tq:>11,}")
    return lines


@dataclass
class BuildReport:
    """What a build (or an import) did, for the CLI summary and tests."""

    db_path: Path
    version_path: Path | None = None
    files: list[FileResult] = field(default_factory=list)
    quarantine: list[Quarantined] = field(default_factory=list)
    seconds: float = 0.0
    counts: dict[str, int] = field(default_factory=dict)
    mode: str = "full"  # or "incremental" (etl.incremental)
    fallback: str | None = None  # why a build was not incremental
    #: (QA pass 43) One line per input file whose header renames or lacks an optional column
    #: ("claims.csv, row 1 (header): column(s) place not read; …"): printed, never an error.
    notes: list[str] = field(default_factory=list)


#: A progress callback: called with a short description of the step starting.
Progress = Callable[[str], None]


def column_count_problem(header: list[str], found: int) -> tuple[str, str]:
    """(field, reason) for a row with the wrong number of cells: the field where it goes wrong.

    Why a field: every quarantine entry names one (QA 10 found this one did not). A short row
    names the first column it lacks; a long one the first cell past the header.
    """
    expected = len(header)
    count = f"wrong column count (expected {expected}, found {found})"
    if found < expected:
        return header[found], f"{count}: the row ends before column {found + 1}, {header[found]!r}"
    return f"column {expected + 1}", f"{count}: {found - expected} cell(s) past the last column"
