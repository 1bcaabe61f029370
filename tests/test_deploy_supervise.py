"""deploy/supervise.py, the self-hosted deployment's supervisor (deploy/run-local.sh runs it).

(QA pass 21) run-local.sh waited with bash's `wait -n` under `set -e`: the first dashboard
process to exit ended the script, and its EXIT trap stopped nginx and every other process, so one
crash took the whole deployment down. The supervisor starts a process that exits again and keeps
the proxy; only the proxy's exit (or a signal) stops everything. Stand-in children (sleeping
Python processes) keep the tests cheap; tests/test_deploy_proxy.py covers nginx and Streamlit.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
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


def test_a_process_that_keeps_exiting_at_once_is_retried_less_and_less_often(tmp_path: Path) -> None:
    """(QA pass 22) A process whose port another program took exited at once, and was started
    again every few seconds for ever: the wait doubles while it keeps exiting at once."""
    failing = supervise.Child(
        "dashboard 0", [sys.executable, "-c", "raise SystemExit(1)"], tmp_path / "s.log"
    )
    s = supervise.Supervisor(
        [failing], supervise.Child("proxy", SLEEPER, tmp_path / "p.log"), say=lambda _m: None
    )
    s.proxy.start()
    try:
        now = 0.0
        failing.start(now=now)
        delays = []
        for _ in range(4):
            assert failing.proc is not None
            failing.proc.wait()
            s.step(now)  # noticed
            delays.append(failing.delay)
            now += failing.delay
            s.step(now)  # started again
        assert delays == [2.0, 4.0, 8.0, 16.0]
    finally:
        s.terminate()


def test_stopping_takes_a_childs_whole_process_group(tmp_path: Path) -> None:
    """(QA pass 22) nginx's master killed on its own left its worker holding the public port; a
    child's group is stopped as a whole, whatever became of the child itself."""
    marker = tmp_path / "worker.pid"
    parent = [
        sys.executable,
        "-c",
        "import subprocess, sys, time; "
        f"w = subprocess.Popen([sys.executable, '-c', 'import time; time.sleep(120)']); "
        f"open({str(marker)!r}, 'w').write(str(w.pid)); time.sleep(120)",
    ]
    proxy = supervise.Child("proxy", parent, tmp_path / "p.log")
    s = supervise.Supervisor([], proxy, say=lambda _m: None)
    proxy.start()
    for _ in range(100):
        if marker.exists() and marker.read_text():
            break
        time.sleep(0.05)
    worker = int(marker.read_text())
    assert proxy.proc is not None
    proxy.proc.kill()  # the master alone, as `kill -9 <master>`
    proxy.proc.wait()
    assert s.run() == 1
    for _ in range(100):
        try:
            os.kill(worker, 0)
        except ProcessLookupError:
            break
        time.sleep(0.05)
    else:
        raise AssertionError("the worker outlived its group's stop")
