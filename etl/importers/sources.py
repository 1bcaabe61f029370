"""Imported public datasets declared in `data/sources/` become extra build steps.

Each `data/sources/*.toml` file declares one source (see data/sources/README.md):

    source = "general-staff"          # general-staff, acled or ucdp
    path = "sources/general-staff"    # file or folder, relative to the data folder
    url = "https://..."               # optional: where it comes from; downloaded only if no path
    enabled = true                    # optional
    licence = "CC BY 4.0"             # optional metadata, shown on the Sources page:
    attribution = "..."               #   licence, attribution to show with the data,
    upstream_url = "https://..."      #   where the bundled snapshot came from,
    snapshot_date = 2026-08-22        #   and when (TOML date or "YYYY-MM-DD")
    download_deadline_s = 600         # optional: a `url` download's overall deadline and
    download_max_mb = 1024            #   size cap (default: the environment, see inputs.py)

`python -m etl build` runs one step per enabled file, in file-name order, after the curated
files: the step imports into the build's own connection exactly as `python -m etl import` would
into the live database. A declaration that cannot be read, or a file it names that is missing,
fails the build with a one-line error (the previous database stays published).

The first step (always present) creates the importers' objects (`import_log`,
`event_documents`, the `gs_daily` view) and `source_declarations`, so every database has them,
even with no source. Each import step adds one `source_declarations` row per file it loaded
(the declaration's licence and attribution travel with the data they govern).
"""

from __future__ import annotations

import datetime as dt
import tomllib
from collections.abc import Callable
from pathlib import Path

import duckdb

from etl.core.db import has_table
from etl.core.report import BuildReport, InputFileError
from etl.core.schema import SOURCE_DECLARATIONS_DDL, ensure_import_objects
from etl.core.staging import label_for
from etl.importers.carry import carry_imports
from etl.importers.declarations import METADATA_KEYS, read_declaration
from etl.importers.inputs import (
    DownloadLimits,
    SourceFile,
    download,
    download_limits,
    new_tempdir,
    public_url,
    source_file_hashes,
)
from etl.importers.loaders import local_inputs, run_loader
from etl.importers.store import record_imports, withdraw_source, write_load_records

#: A build step: runs on the build's connection after the curated files, adding to its report.
Step = Callable[[duckdb.DuckDBPyConnection, BuildReport], None]


def _ensure_step(con: duckdb.DuckDBPyConnection, report: BuildReport) -> None:
    ensure_import_objects(con)
    con.execute(SOURCE_DECLARATIONS_DDL)


def read_metadata(decl: Path) -> dict[str, object]:
    """The declaration's descriptive keys (missing ones None); InputFileError if mistyped."""
    cfg = tomllib.loads(decl.read_text(encoding="utf-8"))
    meta: dict[str, object] = {k: cfg.get(k) for k in METADATA_KEYS}
    for key, value in meta.items():
        if value is not None and key != "snapshot_date" and not isinstance(value, str):
            raise InputFileError(f"{label_for(decl)}: {key} must be a string")
    snap = meta["snapshot_date"]
    if isinstance(snap, str):
        try:
            snap = dt.date.fromisoformat(snap)
        except ValueError:
            snap = None
    if meta["snapshot_date"] is not None and type(snap) is not dt.date:
        raise InputFileError(f"{label_for(decl)}: snapshot_date must be a date (YYYY-MM-DD)")
    meta["snapshot_date"] = snap
    return meta


def _failing_step(message: str) -> Step:
    def step(con: duckdb.DuckDBPyConnection, report: BuildReport) -> None:
        raise InputFileError(message)

    return step


def _import_step(
    decl: Path,
    source: str,
    path: Path | None,
    raw_path: str | None,
    url: str | None,
    meta: dict[str, object] | None = None,
    limits: DownloadLimits | None = None,
) -> Step:
    def step(con: duckdb.DuckDBPyConnection, report: BuildReport) -> None:
        with new_tempdir() as tmpdir:
            if path is not None:
                if not path.exists():
                    raise InputFileError(
                        f"{label_for(decl)}: path {raw_path!r} (relative to the data folder) not found"
                    )
                files = local_inputs(source, path)
            else:
                assert url is not None
                downloaded = download(url, Path(tmpdir), show_progress=False, limits=limits)
                shown = public_url(url)
                files = [SourceFile(downloaded, shown, shown)]
            done = {f.label for f in report.files}
            again = [f.label for f in files if f.label in done]
            if again:
                raise InputFileError(
                    f"{label_for(decl)}: {', '.join(again)} is already loaded by another "
                    "declaration (file names must differ)"
                )
            outcomes = run_loader(con, source, files, report)
            record_imports(con, outcomes, "build")
            m = meta or {}
            for f in files:
                con.execute(
                    "INSERT INTO source_declarations VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)",
                    [
                        decl.name,
                        source,
                        f.label,
                        raw_path or url,
                        m.get("licence"),
                        m.get("attribution"),
                        m.get("upstream_url"),
                        m.get("snapshot_date"),
                        m.get("description"),
                    ],
                )

    return step


def source_steps(data_dir: Path) -> list[Step]:
    """Build steps for every source declared in `data_dir/sources/*.toml` (plus the setup step).

    Never raises: a bad declaration becomes a step that fails the build with its message.
    """
    steps: list[Step] = [_ensure_step]
    folder = data_dir / "sources"
    if not folder.is_dir():
        return steps
    for decl in sorted(folder.glob("*.toml")):
        try:
            source, path, raw_path, url, enabled = read_declaration(decl, data_dir)
            meta = read_metadata(decl)
        except InputFileError as exc:
            steps.append(_failing_step(str(exc)))
            continue
        if enabled:
            try:
                limits = declaration_limits(decl)
            except InputFileError as exc:
                steps.append(_failing_step(str(exc)))
                continue
            steps.append(_import_step(decl, source, path, raw_path, url, meta, limits))
    return steps


def declaration_limits(decl: Path) -> DownloadLimits:
    """The download limits of a declaration (`download_deadline_s`, `download_max_mb`), falling
    back to the environment and the defaults (see `etl.importers.inputs.download_limits`)."""
    cfg = tomllib.loads(decl.read_text(encoding="utf-8"))
    try:
        return download_limits(cfg.get("download_deadline_s"), cfg.get("download_max_mb"))
    except InputFileError as exc:
        raise InputFileError(f"{label_for(decl)}: {exc}") from None


def _sources_as_built(con: duckdb.DuckDBPyConnection, data_dir: Path) -> str:
    """Why `data_dir/sources/` is not what the last build loaded ("" when it is): a file added,
    changed or removed since (`build_inputs`, which every build records), or no record at all."""
    if not has_table(con, "build_inputs"):
        return "the database records no build inputs"
    built = dict(
        con.execute("SELECT file, content_hash FROM build_inputs WHERE file LIKE 'sources/%'").fetchall()
    )
    now = source_file_hashes(data_dir)
    changed = sorted(k for k in built.keys() | now.keys() if built.get(k) != now.get(k))
    return f"{changed[0]} changed since the last build" if changed else ""


def reload_declared(
    con: duckdb.DuckDBPyConnection, source: str, data_dir: Path, prev: Path
) -> tuple[list[str], str]:
    """Load `source` on `con` again as a full build of `data_dir` loads it: its declared files,
    then the one-off imports of it that the database `prev` holds (`etl.importers.carry`).

    Why (QA pass 30): an import that sets a row back to what a declared file gives (one-off
    files v1, v2, then v1 again) held only the imports' reports of it; the declared file's went
    with v2's revision, and only reading that file again brings them back, as a full build does.
    Returns the declarations loaded, or none (nothing changed) and why: the source has no enabled
    declaration, one of them downloads its file (never downloaded by an import), or a file under
    `data/sources/` is not what the last build loaded (QA pass 33: an import published a declared
    file edited since, which the next incremental build, seeing the build's record, never undid).
    """
    folder = data_dir / "sources"
    decls = []
    for decl in sorted(folder.glob("*.toml")) if folder.is_dir() else []:
        try:
            src, path, raw_path, url, enabled = read_declaration(decl, data_dir)
            meta = read_metadata(decl)
        except InputFileError as exc:  # (the next build fails on it, in one line)
            return [], str(exc)
        if enabled and src == source:
            if path is None:
                return [], f"{label_for(decl)} downloads its file"
            decls.append((decl, path, raw_path, url, meta))
    if not decls:
        return [], f"no enabled declaration of {source} in data/sources/"
    moved = _sources_as_built(con, data_dir)
    if moved:
        return [], moved
    withdraw_source(con, source)
    con.execute("DELETE FROM source_declarations WHERE source = $1", [source])
    report = BuildReport(db_path=prev)
    for decl, path, raw_path, url, meta in decls:
        _import_step(decl, source, path, raw_path, url, meta)(con, report)
    write_load_records(con, report)
    kept = BuildReport(db_path=prev)
    if carry_imports(con, prev, kept, (source,), None, [f.label for f in report.files]):
        write_load_records(con, kept)
    return [f"sources/{d[0].name}" for d in decls], ""
