"""Imported public datasets declared in `data/sources/` become extra build steps.

Each `data/sources/*.toml` file declares one source (see data/sources/README.md):

    source = "general-staff"          # general-staff, acled or ucdp
    path = "sources/general-staff"    # file or folder, relative to the data folder
    url = "https://..."               # optional: where it comes from; downloaded only if no path
    enabled = true                    # optional

`python -m etl build` runs one step per enabled file, in file-name order, after the curated
files: the step imports into the build's own connection exactly as `python -m etl import` would
into the live database. A declaration that cannot be read, or a file it names that is missing,
fails the build with a one-line error (the previous database stays published).

The first step (always present) creates the importers' objects (`import_log`,
`event_documents`, the `gs_daily` view), so every database has them, even with no source.
"""

from __future__ import annotations

import tomllib
from collections.abc import Callable
from pathlib import Path

import duckdb

from etl.importers import SOURCES
from etl.staging import InputFileError, label_for

Step = Callable[[duckdb.DuckDBPyConnection, object], None]

ALLOWED_KEYS = {"source", "path", "url", "enabled", "notes", "description",
                "download_deadline_s", "download_max_mb"}


def _ensure_step(con: duckdb.DuckDBPyConnection, report: object) -> None:
    from etl.importers.common import ensure_import_objects

    del report
    ensure_import_objects(con)


def _failing_step(message: str) -> Step:
    def step(con: duckdb.DuckDBPyConnection, report: object) -> None:
        raise InputFileError(message)

    return step


def _import_step(
    decl: Path, source: str, path: Path | None, raw_path: str | None, url: str | None,
    limits: object = None,
) -> Step:
    def step(con: duckdb.DuckDBPyConnection, report: object) -> None:
        from etl.importers.common import (
            SourceFile,
            download,
            new_tempdir,
            public_url,
            record_imports,
        )
        from etl.importers.runner import local_inputs, run_loader

        with new_tempdir() as tmpdir:
            if path is not None:
                if not path.exists():
                    raise InputFileError(
                        f"{label_for(decl)}: path {raw_path!r} (relative to the data folder) "
                        "not found"
                    )
                files = local_inputs(source, path)
            else:
                assert url is not None
                downloaded = download(url, Path(tmpdir), show_progress=False,
                                      limits=limits)  # type: ignore[arg-type]
                shown = public_url(url)
                files = [SourceFile(downloaded, shown, shown)]
            done = {f.label for f in report.files}  # type: ignore[attr-defined]
            again = [f.label for f in files if f.label in done]
            if again:
                raise InputFileError(
                    f"{label_for(decl)}: {', '.join(again)} is already loaded by another "
                    "declaration (file names must differ)"
                )
            outcomes = run_loader(con, source, files, report)  # type: ignore[arg-type]
            record_imports(con, outcomes, "build")

    return step


def read_declaration(
    decl: Path, data_dir: Path
) -> tuple[str, Path | None, str | None, str | None, bool]:
    """(source, path, path as written, url, enabled) of one declaration; InputFileError if bad."""
    where = label_for(decl)
    try:
        cfg = tomllib.loads(decl.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise InputFileError(f"{where}: not valid TOML ({exc})") from None
    unknown = sorted(set(cfg) - ALLOWED_KEYS)
    if unknown:
        raise InputFileError(f"{where}: unknown key(s) {', '.join(unknown)}")
    source = cfg.get("source")
    if source not in SOURCES:
        raise InputFileError(
            f"{where}: source {source!r} is not one of {', '.join(SOURCES)}"
        )
    enabled = cfg.get("enabled", True)
    if not isinstance(enabled, bool):
        raise InputFileError(f"{where}: enabled must be true or false")
    raw_path, url = cfg.get("path"), cfg.get("url")
    if raw_path is None and url is None:
        raise InputFileError(f"{where}: give path (relative to the data folder) or url")
    if url is not None and (not isinstance(url, str)
                            or not url.lower().startswith(("http://", "https://"))):
        raise InputFileError(f"{where}: url must start with http:// or https://")
    path = None
    if raw_path is not None:
        if not isinstance(raw_path, str) or not raw_path.strip():
            raise InputFileError(f"{where}: path must be a non-empty string")
        path = (data_dir / raw_path).resolve()
    return source, path, raw_path, url, enabled


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
        except InputFileError as exc:
            steps.append(_failing_step(str(exc)))
            continue
        if enabled:
            try:
                limits = declaration_limits(decl)
            except InputFileError as exc:
                steps.append(_failing_step(str(exc)))
                continue
            steps.append(_import_step(decl, source, path, raw_path, url, limits))
    return steps


def declaration_limits(decl: Path) -> object:
    """The download limits of a declaration (`download_deadline_s`, `download_max_mb`), falling
    back to the environment and the defaults (see `etl.importers.limits`)."""
    from etl.importers.limits import download_limits

    cfg = tomllib.loads(decl.read_text(encoding="utf-8"))
    try:
        return download_limits(cfg.get("download_deadline_s"), cfg.get("download_max_mb"))
    except InputFileError as exc:
        raise InputFileError(f"{label_for(decl)}: {exc}") from None
