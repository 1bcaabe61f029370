"""Limits on downloads and cleanup of their temporary folders.

A download has three limits, all configurable:

- a per-read timeout (20 s): a server that goes silent fails fast;
- an overall deadline, `CLAIMS_DESK_DOWNLOAD_DEADLINE` seconds (default 600), or
  `download_deadline_s` in a `data/sources/*.toml` declaration: a server that drips one byte at a
  time is cut at the deadline, however steadily it drips;
- a size cap, `CLAIMS_DESK_DOWNLOAD_MAX_MB` megabytes (default 1024), or `download_max_mb` in a
  declaration: a body announced (Content-Length) or found to be larger is refused.

Downloads go to a temporary folder named `claimsdesk-import-<pid>-*` in the system temp folder.
It is removed when the import ends, however it ends except a kill; the next import removes the
folders whose process no longer runs.
"""

from __future__ import annotations

import os
import re
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

from etl.staging import InputFileError

DEADLINE_ENV = "CLAIMS_DESK_DOWNLOAD_DEADLINE"
MAX_MB_ENV = "CLAIMS_DESK_DOWNLOAD_MAX_MB"
DEFAULT_DEADLINE_S = 600.0
DEFAULT_MAX_MB = 1024.0
READ_TIMEOUT_S = 20.0
TMP_PREFIX = "claimsdesk-import-"
_TMP_RE = re.compile(rf"^{TMP_PREFIX}(\d+)-")


@dataclass(frozen=True)
class DownloadLimits:
    """How long a whole download may take and how large its body may be."""

    deadline_s: float = DEFAULT_DEADLINE_S
    max_bytes: int = int(DEFAULT_MAX_MB * 1_000_000)

    @property
    def max_mb(self) -> float:
        return self.max_bytes / 1_000_000


def _positive(raw: object, where: str) -> float:
    try:
        value = float(raw)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        raise InputFileError(f"{where}: {raw!r} is not a number") from None
    if value <= 0:
        raise InputFileError(f"{where}: must be greater than 0, got {raw!r}")
    return value


def download_limits(deadline_s: object = None, max_mb: object = None) -> DownloadLimits:
    """Limits from the arguments (a declaration's fields), else the environment, else defaults."""
    if deadline_s is None:
        env = os.environ.get(DEADLINE_ENV, "").strip()
        deadline = _positive(env, DEADLINE_ENV) if env else DEFAULT_DEADLINE_S
    else:
        deadline = _positive(deadline_s, "download_deadline_s")
    if max_mb is None:
        env = os.environ.get(MAX_MB_ENV, "").strip()
        mb = _positive(env, MAX_MB_ENV) if env else DEFAULT_MAX_MB
    else:
        mb = _positive(max_mb, "download_max_mb")
    return DownloadLimits(deadline_s=deadline, max_bytes=int(mb * 1_000_000))


def _pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def clean_stale_tempdirs(root: Path | None = None) -> list[Path]:
    """Remove `claimsdesk-import-<pid>-*` folders whose process is gone (killed imports)."""
    base = Path(root or tempfile.gettempdir())
    removed: list[Path] = []
    try:
        entries = list(base.iterdir())
    except OSError:
        return removed
    for entry in entries:
        m = _TMP_RE.match(entry.name)
        if not m or not entry.is_dir() or _pid_alive(int(m.group(1))):
            continue
        shutil.rmtree(entry, ignore_errors=True)
        removed.append(entry)
    return removed


def new_import_tempdir() -> tempfile.TemporaryDirectory[str]:
    """A temporary folder for one import, named with this pid; stale ones are removed first."""
    clean_stale_tempdirs()
    return tempfile.TemporaryDirectory(prefix=f"{TMP_PREFIX}{os.getpid()}-")
