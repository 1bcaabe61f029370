"""Test support: start `streamlit run dashboard.py` processes on free loopback ports."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

from deploy.processes import free_port, streamlit_argv, wait_healthy

__all__ = ["Streamlit", "free_port", "wait_healthy"]

ROOT = Path(__file__).resolve().parents[1]


class Streamlit:
    """One dashboard server process; `env` adds to the environment (CLAIMS_DESK_DB, ...).

    Waits until the server answers its health check, unless `wait=False` (start several, then
    `wait_ready()` on each: they start side by side). `terminate()` + `stop()` likewise.
    """

    def __init__(self, log: Path, env: dict[str, str], port: int | None = None, wait: bool = True) -> None:
        self.port = port or free_port()
        self.log = log
        self.proc = subprocess.Popen(
            streamlit_argv(self.port),
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
