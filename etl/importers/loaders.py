"""The importers by source name, and how one batch of a source's files is loaded.

Below both ways in: `python -m etl import` (`etl.importers.runner`) and the build steps of the
sources declared in `data/sources/` (`etl.importers.sources`), so each can use the other.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import duckdb

from etl.core.report import BuildReport
from etl.core.schema import ensure_import_objects
from etl.importers.acled import load_acled
from etl.importers.checks import check_not_all_quarantined
from etl.importers.economist import expand_economist_inputs, load_economist
from etl.importers.general_staff import expand_gs_inputs, load_general_staff
from etl.importers.inputs import ImportInputError, Outcome, SourceFile
from etl.importers.ucdp import load_ucdp

Loader = Callable[[duckdb.DuckDBPyConnection, list[SourceFile], BuildReport], list[Outcome]]

LOADERS: dict[str, Loader] = {
    "general-staff": load_general_staff,
    "acled": load_acled,
    "ucdp": load_ucdp,
    "economist": load_economist,
}


def local_inputs(source: str, path: Path) -> list[SourceFile]:
    """The files of a local PATH: General Staff accepts a folder with both JSON files."""
    if source == "general-staff":
        paths = expand_gs_inputs(path)
    elif source == "economist":
        paths = expand_economist_inputs(path)
    else:
        if path.is_dir():
            raise ImportInputError(f"{path}: is a folder; give the {source} CSV file")
        if not path.is_file():
            raise ImportInputError(f"{path}: file not found")
        paths = [path]
    return [SourceFile(p, p.name, str(p)) for p in paths]


def run_loader(
    con: duckdb.DuckDBPyConnection, source: str, files: list[SourceFile], report: BuildReport
) -> list[Outcome]:
    """Load `files` of `source` into `con`, appending counts and quarantine to `report`.

    `source` is one of `LOADERS` (checked by the callers: the CLI and the declarations).
    """
    ensure_import_objects(con)
    first = len(report.files)
    outcomes = LOADERS[source](con, files, report)
    check_not_all_quarantined(report, first, source)  # never a "success" that loaded nothing
    ensure_import_objects(con)  # the view reads claims: recreate after the tables changed
    return outcomes
