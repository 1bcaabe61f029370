"""Keep a self-hosted deployment running: N dashboard processes behind nginx (run-local.sh's core).

    python deploy/supervise.py --ports 8501 8502 --listen 0.0.0.0:8080 --run-dir run

Starts the dashboard processes, waits until each answers /_stcore/health, renders the nginx
configuration (render_nginx.py) and starts nginx in the foreground. Then it watches them:

- a dashboard process that exits is started again on its port (after `RESTART_DELAY` seconds,
  doubled up to `MAX_RESTART_DELAY` while it keeps exiting within `QUICK_EXIT` seconds: a port
  taken by another program is not retried in a tight loop); nginx routes around it meanwhile
  (`max_fails`), so the other processes' viewers never notice;
- if nginx exits, everything stops (nothing would reach the processes) and the exit status is 1;
- SIGTERM, SIGINT (Ctrl-C) or SIGHUP (the terminal closed) stops everything it started and exits 0.

Each child runs in its own process group, stopped as a group: nginx's workers go with their master
even when the master was killed on its own (QA pass 22: a worker kept the public port).

Why not bash: `wait -n` under `set -e` ended the script when the first process exited, and its
EXIT trap then stopped nginx and every other process: one crash took the whole deployment down
(QA pass 21). Stdlib only.
"""

from __future__ import annotations

import argparse
import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from types import FrameType

sys.path.insert(0, str(Path(__file__).resolve().parent))
from processes import streamlit_argv, wait_healthy
from render_nginx import render

#: Seconds before a process that exited is started again.
RESTART_DELAY = 2.0
#: The longest wait before a restart, for a process that keeps exiting at once.
MAX_RESTART_DELAY = 60.0
#: A process that exits within this many seconds of its start exited "at once".
QUICK_EXIT = 10.0
#: Seconds between two looks at the processes.
POLL = 0.5


@dataclass
class Child:
    """One supervised process: how to start it, where it logs, and the running one."""

    name: str
    argv: list[str]
    log: Path
    proc: subprocess.Popen[bytes] | None = None
    exited_at: float | None = None
    started_at: float = 0.0
    restarts: int = 0
    delay: float = RESTART_DELAY

    def start(self, cwd: Path | None = None, now: float | None = None) -> None:
        with self.log.open("ab") as out:
            self.proc = subprocess.Popen(
                self.argv, stdout=out, stderr=subprocess.STDOUT, cwd=cwd, start_new_session=True
            )
        self.exited_at = None
        self.started_at = time.monotonic() if now is None else now


@dataclass
class Supervisor:
    """Dashboard processes that are restarted when they exit, and a proxy that must not exit."""

    servers: list[Child]
    proxy: Child
    cwd: Path | None = None
    say: Callable[[str], None] = field(default=lambda msg: print(f"supervise: {msg}", file=sys.stderr))
    stopping: bool = False

    def stop(self, *_: object) -> None:
        self.stopping = True

    def children(self) -> list[Child]:
        return [*self.servers, self.proxy]

    def step(self, now: float) -> int | None:
        """One look: restart exited dashboard processes; the exit status if it must end."""
        if self.stopping:
            return 0
        assert self.proxy.proc is not None
        if self.proxy.proc.poll() is not None:
            self.say(f"{self.proxy.name} exited ({self.proxy.proc.returncode}); stopping the rest")
            return 1
        for child in self.servers:
            assert child.proc is not None
            if child.proc.poll() is None:
                continue
            if child.exited_at is None:
                child.exited_at = now
                quick = now - child.started_at < QUICK_EXIT and child.restarts > 0
                child.delay = min(child.delay * 2, MAX_RESTART_DELAY) if quick else RESTART_DELAY
                self.say(
                    f"{child.name} exited ({child.proc.returncode}); nginx routes around it, "
                    f"starting it again in {child.delay:.0f} s (log: {child.log})"
                )
            elif now - child.exited_at >= child.delay:
                child.restarts += 1
                child.start(self.cwd, now)
        return None

    def run(self) -> int:
        """Watch until stopped (signal) or the proxy exits; then stop every child."""
        try:
            while True:
                status = self.step(time.monotonic())
                if status is not None:
                    return status
                time.sleep(POLL)
        finally:
            self.terminate()

    def terminate(self, timeout: float = 10.0) -> None:
        """Stop every child's process group (a child that already exited may have left processes
        of its group behind: nginx's workers)."""
        procs = [c.proc for c in self.children() if c.proc is not None]
        for p in procs:
            _signal_group(p, signal.SIGTERM)
        deadline = time.monotonic() + timeout
        for p in procs:
            try:
                p.wait(max(0.1, deadline - time.monotonic()))
            except subprocess.TimeoutExpired:
                _signal_group(p, signal.SIGKILL)
                p.wait()
            while _group_alive(p.pid) and time.monotonic() < deadline:
                time.sleep(0.05)
            _signal_group(p, signal.SIGKILL)  # what is left of the group after the deadline


def _signal_group(proc: subprocess.Popen[bytes], sig: signal.Signals) -> None:
    try:
        os.killpg(proc.pid, sig)  # its own session: the group id is its pid
    except (ProcessLookupError, PermissionError):
        pass


def _group_alive(pgid: int) -> bool:
    try:
        os.killpg(pgid, 0)
    except (ProcessLookupError, PermissionError):
        return False
    return True


def deployment(ports: Sequence[int], listen: str, run_dir: Path, nginx: str) -> Supervisor:
    """The dashboard processes on `ports` (127.0.0.1) and nginx on `listen`, logging in `run_dir`."""
    servers = [
        Child(f"dashboard process on port {port}", streamlit_argv(port), run_dir / f"streamlit-{port}.log")
        for port in ports
    ]
    conf = run_dir / "nginx.conf"
    conf.write_text(
        render(
            listen,
            [f"127.0.0.1:{port}" for port in ports],
            run_dir / "nginx",
            error_log=str(run_dir / "nginx-error.log"),
        )
    )
    proxy = Child(
        "nginx",
        [nginx, "-e", "stderr", "-p", str(run_dir / "nginx"), "-c", str(conf), "-g", "daemon off;"],
        run_dir / "nginx.out",
    )
    return Supervisor(servers, proxy, cwd=Path(__file__).resolve().parent.parent)


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--ports", type=int, nargs="+", required=True, help="the dashboard processes' ports")
    ap.add_argument("--listen", default="127.0.0.1:8080", help="address:port nginx listens on")
    ap.add_argument("--run-dir", type=Path, default=Path("run"), help="config, pid, temp files and logs")
    ap.add_argument("--nginx", default="nginx", help="the nginx executable")
    args = ap.parse_args(argv)
    run_dir = args.run_dir.resolve()
    (run_dir / "nginx").mkdir(parents=True, exist_ok=True)
    sup = deployment(args.ports, args.listen, run_dir, args.nginx)

    def on_signal(_sig: int, _frame: FrameType | None) -> None:
        sup.stop()
        raise SystemExit(0)  # out of a start-up wait or the watch loop; `finally` stops the children

    for sig in (signal.SIGTERM, signal.SIGINT, signal.SIGHUP):
        signal.signal(sig, on_signal)
    try:
        for child in sup.servers:  # side by side
            child.start(sup.cwd)
        for port, child in zip(args.ports, sup.servers, strict=True):
            url = f"http://127.0.0.1:{port}/_stcore/health"
            if not wait_healthy(url, 120, child.proc):
                print(f"supervise: {url} never became healthy (see {child.log})", file=sys.stderr)
                return 1
        sup.proxy.start(sup.cwd)
        host, _, port = args.listen.rpartition(":")
        probe = f"http://{'127.0.0.1' if host in ('', '0.0.0.0', '*', '[::]') else host}:{port}/healthz"
        if not wait_healthy(probe, 30, sup.proxy.proc):
            print(f"supervise: nginx did not start on {args.listen} (see {sup.proxy.log})", file=sys.stderr)
            return 1
        print(
            f"Claims Desk: {len(args.ports)} processes behind nginx on http://{args.listen} (logs in {run_dir})",
            flush=True,
        )
        return sup.run()
    finally:
        sup.terminate()


if __name__ == "__main__":
    sys.exit(main())
