"""Run an import: into the live database (atomic copy-modify-publish) or as a build step."""

from __future__ import annotations

import shutil
import time
from dataclasses import dataclass, field, replace
from pathlib import Path

import duckdb

from etl.core import db, derived
from etl.core.report import BuildReport, InputFileError
from etl.core.schema import check_integrity, ensure_import_objects, refresh_derived, require_full_build
from etl.importers import SOURCES, touched
from etl.importers.atomic import modify_live, require_live
from etl.importers.carry import ONE_OFF_SUFFIX
from etl.importers.declarations import read_declaration
from etl.importers.economist import unread_in_folder
from etl.importers.inputs import (
    ImportInputError,
    Outcome,
    SourceFile,
    download,
    is_url,
    new_tempdir,
    public_url,
    sha256_file,
)
from etl.importers.loaders import LOADERS, local_inputs, run_loader
from etl.importers.sources import reload_declared
from etl.importers.store import record_imports, write_load_records


@dataclass
class ImportResult:
    """What `run_import` did: the per-file counts and quarantine, and what was new."""

    source: str
    report: BuildReport
    outcomes: list[Outcome] = field(default_factory=list)
    version_path: Path | None = None
    seconds: float = 0.0
    #: Files left out because the database already holds a file of the same content under
    #: another name, or a folder's files the importer does not read (one line each); with every
    #: file left out nothing is published.
    skipped: list[str] = field(default_factory=list)
    #: Per kind ('claim', 'event'; 'report', 'flag' on other sources' claims): rows made new, changed
    #: and withdrawn (`touched.changes`).
    changes: dict[str, tuple[int, int, int]] = field(default_factory=dict)
    #: Rows the import set back to a declared file's figures, and the declarations loaded again
    #: so that the database holds what a full build would (`_restore_declared`).
    reverted: int = 0
    reloaded: list[str] = field(default_factory=list)
    #: Why the declared files were not loaded again (rows set back, nothing reloaded).
    not_reloaded: str = ""


def _own_labels(con: duckdb.DuckDBPyConnection, files: list[SourceFile]) -> list[SourceFile]:
    """(QA pass 7) A one-off file named as a file a build loads from a declaration (upstream's own
    `russia_losses_personnel.json`, with newer days) is logged as "<name> (one-off import)": under
    the declared file's name its import_log and load_log rows replaced the declared file's, and the
    next full build took the import for its own file and dropped it (`etl.importers.carry`)."""
    ensure_import_objects(con)
    declared = {
        r[0]
        for r in con.execute(
            "SELECT source_file FROM import_log WHERE via <> 'import' AND list_contains($labels, source_file)",
            {"labels": [f.label for f in files]},
        ).fetchall()
    }
    return [replace(f, label=f.label + ONE_OFF_SUFFIX) if f.label in declared else f for f in files]


def _declaration_gone(con: duckdb.DuckDBPyConnection, source_file: str) -> str | None:
    """The declaration (`sources/NAME.toml`) that loaded `source_file` at the last build, if it no
    longer loads it (removed, disabled, or pointed elsewhere); None if it still does or that cannot
    be told (no build record, the data folder gone, a declaration the next build fails on)."""
    if not db.has_table(con, "source_declarations") or not db.has_table(con, "build_info"):
        return None
    row = con.execute("SELECT value FROM build_info WHERE key = 'data_dir'").fetchall()
    data_dir = Path(row[0][0]) if row else None
    if data_dir is None or not data_dir.is_dir():
        return None
    rows = con.execute(  # a file name is loaded by one declaration (a build refuses two)
        "SELECT declaration, source, location FROM source_declarations WHERE source_file = $1",
        [source_file],
    ).fetchall()
    if not rows:
        return None
    decl, source, location = rows[0]
    where = data_dir / "sources" / decl
    if where.is_file():
        try:
            now, _path, raw_path, url, enabled = read_declaration(where, data_dir)
        except InputFileError:
            return None  # the next build fails on it and publishes nothing: no row is lost
        if enabled and now == source and (raw_path or url) == location:
            return None
    return f"sources/{decl}"


def _same_content_elsewhere(
    db_path: Path, source: str, files: list[SourceFile]
) -> tuple[dict[str, str], list[str]]:
    """(QA pass 13) Files whose content the live database already holds under another name, with
    why they are left out: importing upstream's file again under its own name, or a browser's
    "file(1).json", used to add a second document and a second report to every claim (n_reports
    overstated corroboration) while printing "new 0". The same name and content is idempotent
    as it was (the import changes nothing) and is not left out here.

    Second, the files whose content came from a declaration that no longer loads it: the next
    build drops those rows, so leaving the file out with "already in the database" misled (the
    analyst who removed a declaration and imported its file by hand lost the rows). They are
    refused with what to do instead."""
    live = db.resolve_live(db_path)
    if live is None:
        return {}, []
    con = db.connect_readonly(live)
    try:
        if not db.has_table(con, "import_log"):
            return {}, []
        out: dict[str, str] = {}
        gone: list[str] = []
        for f in files:
            # (QA pass 19) a declared file's own content under its own name is left out too: it
            # was imported as "(one-off import)" rows a full build then dropped (the builds differed)
            rows = con.execute(
                "SELECT source_file, CAST(imported_at AS DATE), via, imported_at FROM import_log "
                "WHERE source = $1 AND content_sha256 = $2 "
                "AND (source_file NOT IN ($3, $3 || $4) OR via <> 'import') "
                "ORDER BY imported_at LIMIT 1",
                [source, sha256_file(f.path), f.label, ONE_OFF_SUFFIX],
            ).fetchall()
            if not rows:
                continue
            held, day, via, at = rows[0]
            decl = _declaration_gone(con, held) if via != "import" else None
            # (session 33) a later one-off import of the source may have revised this content's
            # figures: "already in the database" was then false, and the file changed nothing
            later = con.execute(
                "SELECT source_file, CAST(imported_at AS DATE) FROM import_log WHERE source = $1 "
                "AND via = 'import' AND imported_at >= $2 AND content_sha256 IS DISTINCT FROM $3 "
                "AND source_file <> $4 ORDER BY imported_at DESC LIMIT 1",  # (stamps are to the second)
                [source, at, sha256_file(f.path), held],
            ).fetchall()
            if decl is not None:
                gone.append(
                    f"{f.label}: the database holds this content from {decl}, which no longer "
                    f"loads {held!r}, so the next build drops those rows; run `python -m etl "
                    "build`, then import the file again"
                )
            elif later:
                out[f.label] = (
                    f"{f.label}: the same content as {held!r} (imported {day}) was loaded, but a "
                    f"later one-off import ({later[0][0]!r}, {later[0][1]}) may have revised its "
                    "figures, and importing this file again does not undo that; left out. To go "
                    f"back to {held!r}'s figures, run `python -m etl build --without-imports` "
                    "(it drops every one-off import), then import again the one-off files to keep"
                )
            else:
                out[f.label] = (
                    f"{f.label}: the same content as {held!r} (imported {day}) is "
                    "already in the database; left out"
                )
        return out, gone
    finally:
        con.close()


def _restore_declared(
    con: duckdb.DuckDBPyConnection, source: str, tmp: Path, work: Path
) -> tuple[list[str], str]:
    """(QA pass 30) After an import that set rows back to a declared file's figures: load the
    source again as a full build would (its declared files, then the one-off imports now in
    `con`), so the live database holds the declared file's reports of those rows again. Returns
    the declarations loaded, or none and why (the data folder of the last build is gone, or
    `sources.reload_declared` cannot). Then (QA pass 33) the live database lacks those reports
    until a full build, so the next build is made a full one."""
    row = con.execute("SELECT value FROM build_info WHERE key = 'data_dir'").fetchall()
    data_dir = Path(row[0][0]) if row else None
    loaded: list[str] = []
    why = "the data folder of the last build is gone"
    if data_dir is not None and data_dir.is_dir():
        con.execute("CHECKPOINT")
        prev = work / "before-reload.duckdb"  # the import's result: what the reload carries over
        shutil.copyfile(tmp, prev)
        try:
            loaded, why = reload_declared(con, source, data_dir, prev)
        finally:
            prev.unlink(missing_ok=True)
    if loaded:
        check_integrity(con)
        refresh_derived(con)
    else:
        require_full_build(
            con, f"an import set rows back to a declared file's figures and could not load it again ({why})"
        )
    return loaded, why


def run_import(
    source: str,
    target: str,
    db_path: Path,
    show_progress: bool = True,
    lock_timeout: float | None = None,
) -> ImportResult:
    """`python -m etl import SOURCE PATH_OR_URL`: import into the live database atomically.

    The database must exist (NoDatabaseError otherwise). A URL is downloaded first; if that
    fails nothing is touched. Raises InputFileError subclasses with one-line messages.
    """
    started = time.perf_counter()
    if source not in LOADERS:
        raise ImportInputError(f"unknown source {source!r}; expected one of {', '.join(SOURCES)}")
    require_live(db_path)
    report = BuildReport(db_path=db_path)
    result = ImportResult(source=source, report=report)
    with new_tempdir() as tmpdir:
        if is_url(target):
            path = download(target, Path(tmpdir), show_progress)
            shown = public_url(target)
            files = [SourceFile(path, shown, shown)]
        else:
            files = local_inputs(source, Path(target))
            if source == "economist":
                result.skipped = unread_in_folder(Path(target))
        same, gone = _same_content_elsewhere(db_path, source, files)
        if gone:
            raise ImportInputError("; ".join(gone))
        result.skipped += list(same.values())
        files = [f for f in files if f.label not in same]
        if not files:
            result.seconds = time.perf_counter() - started
            return result  # nothing new: nothing published
        with modify_live(db_path, lock_timeout) as (con, tmp):
            legacy = not db.has_table(con, "import_touched")
            files = _own_labels(con, files)
            # Integrity (a loader bug fails the import, never publishes) and the tables derived
            # from claims_wide, for this source's claims only (etl.core.derived).
            with derived.tracking_source(con, source):
                if legacy:  # a database from before import_touched: what older imports brought
                    touched.backfill(con)
                touched.snapshot(con, source)
                result.outcomes = run_loader(con, source, files, report)
                touched.record(con, source)  # what a full build must keep (etl.importers.touched)
                result.changes = touched.changes(con)
                write_load_records(con, report)
                record_imports(con, result.outcomes, "import")
            result.reverted = touched.reverted(con)
            if result.reverted:
                result.reloaded, result.not_reloaded = _restore_declared(con, source, tmp, Path(tmpdir))
            for table in ("claims", "reports", "documents", "events", "quarantine"):
                n = con.execute(f"SELECT count(*) FROM {table}").fetchall()[0][0]
                report.counts[table] = int(n)
            result.version_path = Path(str(tmp).removesuffix(".tmp"))
            derived.checkpoint_keeping_row_ids(con)
    result.seconds = time.perf_counter() - started
    return result
