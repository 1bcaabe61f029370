"""deploy/supervise.py, the self-hosted deployment's supervisor (deploy/run-local.sh runs it).

(QA pass 21) run-local.sh waited with bash's `wait -n` under `set -e`: the first dashboard
process to exit ended the script, and its EXIT trap stopped nginx and every other process, so one
crash took the whole deployment down. The supervisor starts a process that exits again and keeps
the proxy; only the proxy's exit (or a signal) stops everything. Stand-in children (sleeping
Python processes) keep the tests cheap; tests/test_deploy_proxy.py covers nginx and Streamlit.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests.helpers import ROOT

sys.path.insert(0, str(ROOT / "deploy"))
import supervise

SLEEPER = [sys.executable, "-c", "import time; time.sleep(120)"]


@pytest.fixture
def sup(tmp_path: Path) -> supervise.Supervisor:
    servers = [supervise.Child(f"dashboard {i}", SLEEPER, tmp_path / f"s{i}.log") for i in range(2)]
    said: list[str] = []
    s = supervise.Supervisor(servers, supervise.Child("proxy", SLEEPER, tmp_path / "p.log"), say=said.append)
    s.said = said  # type: ignore[attr-defined]
    for child in s.children():
        child.start()
    yield s
    s.terminate()


def alive(child: supervise.Child) -> bool:
    return child.proc is not None and child.proc.poll() is None


def test_a_dashboard_process_that_exits_is_started_again_and_the_rest_keep_serving(
    sup: supervise.Supervisor,
) -> None:
    first, other = sup.servers
    old = first.proc
    assert old is not None
    old.kill()
    old.wait()
    assert sup.step(100.0) is None  # noticed: said, not yet restarted
    assert "dashboard 0 exited" in sup.said[-1]  # type: ignore[attr-defined]
    assert first.proc is old and alive(other) and alive(sup.proxy)
    assert sup.step(100.0 + supervise.RESTART_DELAY / 2) is None
    assert first.proc is old  # not in a tight loop
    assert sup.step(100.0 + supervise.RESTART_DELAY) is None
    assert first.proc is not old and alive(first) and first.restarts == 1
    assert alive(other) and alive(sup.proxy)


def test_the_proxy_exiting_stops_every_process(sup: supervise.Supervisor) -> None:
    assert sup.proxy.proc is not None
    sup.proxy.proc.kill()
    assert sup.run() == 1
    assert not any(alive(c) for c in sup.children())
    assert "proxy exited" in sup.said[-1]  # type: ignore[attr-defined]


def test_a_stop_request_stops_every_process_with_status_zero(sup: supervise.Supervisor) -> None:
    sup.stop()
    assert sup.run() == 0
    assert not any(alive(c) for c in sup.children())


def test_run_local_hands_its_processes_to_the_supervisor() -> None:
    script = (ROOT / "deploy" / "run-local.sh").read_text()
    assert "wait -n" not in script and "deploy/supervise.py" in script
    assert subprocess.run(["bash", "-n", str(ROOT / "deploy" / "run-local.sh")]).returncode == 0
