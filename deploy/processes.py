"""Start and watch dashboard server processes: the one place that spells out `streamlit run`.

The tests (tests/serving.py) and the benchmarks (benchmarks/load.py and the scripts that use it)
start servers the same way, so a benchmark measures the server the tests check. Stdlib only.
"""

from __future__ import annotations

import socket
import subprocess
import sys
import time
import urllib.request


def free_port() -> int:
    """A free TCP port on the loopback interface."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def streamlit_argv(port: int) -> list[str]:
    """The command that serves the dashboard (run in the tree's root) headless on 127.0.0.1:`port`:
    no usage statistics, no development mode, no file watcher (its polling is CPU a measurement
    would count, and a test never edits the app while it runs)."""
    return [
        sys.executable,
        "-m",
        "streamlit",
        "run",
        "dashboard.py",
        "--server.port",
        str(port),
        "--server.address",
        "127.0.0.1",
        "--server.headless",
        "true",
        "--browser.gatherUsageStats",
        "false",
        "--global.developmentMode",
        "false",
        "--server.fileWatcherType",
        "none",
    ]


def wait_healthy(url: str, timeout: float = 60.0, proc: subprocess.Popen[bytes] | None = None) -> bool:
    """Poll `url` (a /_stcore/health endpoint) until it answers "ok"; False after `timeout`, or
    at once if `proc`, the server, has exited (a port taken meanwhile, say)."""
    deadline = time.time() + timeout
    while time.time() < deadline:
        if proc is not None and proc.poll() is not None:
            return False
        try:
            with urllib.request.urlopen(url, timeout=2) as r:
                if r.read() == b"ok":
                    return True
        except OSError:
            time.sleep(0.2)
    return False
