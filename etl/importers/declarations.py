"""Reading a `data/sources/*.toml` declaration (see `etl.importers.sources` for the keys).

Its own module so that `python -m etl import` (`etl.importers.runner`) and the build steps of
`etl.importers.sources` can both ask whether a declaration still loads a file."""

from __future__ import annotations

import tomllib
from pathlib import Path

from etl.core.report import InputFileError
from etl.core.staging import label_for
from etl.importers import SOURCES

#: Descriptive keys of a declaration, stored in `source_declarations` (all optional).
METADATA_KEYS = ("licence", "attribution", "upstream_url", "snapshot_date", "description")
#: Download limits of a `url` declaration (see `etl.importers.inputs.DownloadLimits`).
LIMIT_KEYS = ("download_deadline_s", "download_max_mb")
#: refresh_url: where `python -m etl refresh` downloads from when upstream_url is a web page
#: (a URL for a file, or a table {"file name" = "URL"} for a folder).
ALLOWED_KEYS = {"source", "path", "url", "enabled", "notes", "refresh_url", *METADATA_KEYS, *LIMIT_KEYS}


def read_declaration(decl: Path, data_dir: Path) -> tuple[str, Path | None, str | None, str | None, bool]:
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
        raise InputFileError(f"{where}: source {source!r} is not one of {', '.join(SOURCES)}")
    enabled = cfg.get("enabled", True)
    if not isinstance(enabled, bool):
        raise InputFileError(f"{where}: enabled must be true or false")
    raw_path, url = cfg.get("path"), cfg.get("url")
    if raw_path is None and url is None:
        raise InputFileError(f"{where}: give path (relative to the data folder) or url")
    if url is not None and (not isinstance(url, str) or not url.lower().startswith(("http://", "https://"))):
        raise InputFileError(f"{where}: url must start with http:// or https://")
    path = None
    if raw_path is not None:
        if not isinstance(raw_path, str) or not raw_path.strip():
            raise InputFileError(f"{where}: path must be a non-empty string")
        path = (data_dir / raw_path).resolve()
    return source, path, raw_path, url, enabled
