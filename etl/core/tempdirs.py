"""The writers' temporary folders, named after the process that made them.

Imports download into one, an incremental build copies its inputs into one, and a CSV file with
Windows line ends is read from an LF copy in one. A killed process (`kill -9`, a lost machine)
never runs its clean-up, so every folder is named `claimsdesk-<use>-<pid>-*` and the next
writer removes the folders whose process is gone (issue 12: "the temporary folders of dead
processes are removed on the next run"). Folders of live processes, and anything not named so,
are left alone.
"""

from __future__ import annotations

import os
import re
import shutil
import tempfile
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


def clean_stale(root: Path | None = None) -> list[Path]:
    """Remove `claimsdesk-<use>-<pid>-*` folders whose process is gone; returns them."""
    base = Path(root or tempfile.gettempdir())
    removed: list[Path] = []
    try:
        entries = list(base.iterdir())
    except OSError:
        return removed
    for entry in entries:
        m = _TMP_RE.match(entry.name)
        if not m or not entry.is_dir() or pid_alive(int(m.group(1))):
            continue
        shutil.rmtree(entry, ignore_errors=True)
        removed.append(entry)
    return removed


def new(use: str) -> tempfile.TemporaryDirectory[str]:
    """A temporary folder for `use`, named with this pid; stale ones are removed first."""
    if use not in USES:
        raise ValueError(f"unknown temporary-folder use {use!r}")
    clean_stale()
    return tempfile.TemporaryDirectory(prefix=f"claimsdesk-{use}-{os.getpid()}-")
