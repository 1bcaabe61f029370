"""Test support: start `streamlit run dashboard.py` processes on free loopback ports."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def free_port() -> int:
    """A free TCP port on the loopback interface."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def wait_healthy(url: str, timeout: float = 60.0, proc: subprocess.Popen[bytes] | None = None) -> bool:
    """Poll `url` (a /_stcore/health endpoint) until it answers "ok" (False at once if `proc`,
    the server, has exited: a port taken meanwhile, say)."""
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


class Streamlit:
    """One dashboard server process; `env` adds to the environment (CLAIMS_DESK_DB, ...).

    Waits until the server answers its health check, unless `wait=False` (start several, then
    `wait_ready()` on each: they start side by side). `terminate()` + `stop()` likewise.
    """

    def __init__(self, log: Path, env: dict[str, str], port: int | None = None, wait: bool = True) -> None:
        self.port = port or free_port()
        self.log = log
        self.proc = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "streamlit",
                "run",
                "dashboard.py",
                "--server.port",
                str(self.port),
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
            ],
            cwd=ROOT,
            env={**os.environ, **env},
            stdout=log.open("w"),
            stderr=subprocess.STDOUT,
        )
        if wait:
            self.wait_ready()

    def wait_ready(self) -> None:
        """Return once the server answers; raise (after stopping it) if it never does."""
        if not wait_healthy(f"{self.url}/_stcore/health", proc=self.proc):
            self.stop()
            raise RuntimeError(f"streamlit did not start; see {self.log}")

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def terminate(self) -> None:
        """Ask the server to stop, without waiting (`stop()` waits)."""
        if self.proc.poll() is None:
            self.proc.terminate()

    def stop(self) -> None:
        self.terminate()
        try:
            self.proc.wait(10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait(5)
