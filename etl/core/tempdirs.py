"""The writers' temporary folders, named after the process that made them.

Imports download into one, an incremental build copies its inputs into one, and a CSV file with
Windows line ends is read from an LF copy in one. A killed process (`kill -9`, a lost machine)
never runs its clean-up, so every folder is named `claimsdesk-<use>-<pid>-*` and the next
writer removes the folders whose process is gone (issue 12: "the temporary folders of dead
processes are removed on the next run"). Folders of live processes, and anything not named so,
are left alone, but for an older release's pid-less `claimsdesk-incr-*` folders once a day old.
"""

from __future__ import annotations

import os
import re
import shutil
import tempfile
import time
from pathlib import Path

#: The uses: `import` (downloads), `incr` (an incremental build's inputs), `stage` (LF copies).
USES = ("import", "incr", "stage")
_TMP_RE = re.compile(rf"^claimsdesk-(?:{'|'.join(USES)})-(\d+)-")


def pid_alive(pid: int) -> bool:
    """Whether process `pid` exists (one of another user counts as alive)."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


#: Folders an incremental build made before they were named by pid (`claimsdesk-incr-x1y2z3ab`).
_LEGACY_RE = re.compile(r"^claimsdesk-incr-[a-z0-9_]{8}$")
#: How old such a folder must be to be a killed build's: no build runs for a day.
LEGACY_AGE_S = 24 * 3600


def clean_stale(root: Path | None = None) -> list[Path]:
    """Remove `claimsdesk-<use>-<pid>-*` folders whose process is gone, and an older release's
    pid-less incremental folders a day old (QA pass 5: they were left for good); returns them."""
    base = Path(root or tempfile.gettempdir())
    removed: list[Path] = []
    try:
        entries = list(base.iterdir())
    except OSError:
        return removed
    now = time.time()
    for entry in entries:
        m = _TMP_RE.match(entry.name)
        if m and entry.is_dir() and not pid_alive(int(m.group(1))):
            shutil.rmtree(entry, ignore_errors=True)
            removed.append(entry)
        elif _LEGACY_RE.match(entry.name) and entry.is_dir():
            try:
                old = now - entry.stat().st_mtime >= LEGACY_AGE_S
            except OSError:
                continue
            if old:
                shutil.rmtree(entry, ignore_errors=True)
                removed.append(entry)
    return removed


def new(use: str) -> tempfile.TemporaryDirectory[str]:
    """A temporary folder for `use`, named with this pid; stale ones are removed first."""
    if use not in USES:
        raise ValueError(f"unknown temporary-folder use {use!r}")
    clean_stale()
    return tempfile.TemporaryDirectory(prefix=f"claimsdesk-{use}-{os.getpid()}-")
