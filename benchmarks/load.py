"""Load benchmark: `python benchmarks/load.py [--n 1000000] [--proxy --processes 2]`.

Generates N synthetic claims (benchmarks/dashboard_queries.generate), starts the dashboard
(one Streamlit process, or several behind nginx with --proxy, rendered from deploy/nginx.conf),
and drives it at protocol level (benchmarks/streamlit_client.py: WebSocket on /_stcore/stream,
`rerun_script` with a page and a filter, wait for `script_finished`) with 1, 5, 10 and 20
concurrent sessions. For every page and level it prints p50 / p95 / max seconds per view,
errors, server CPU per view and server RSS, next to the machine's load average.

- "cached": every session asks for the same view (after one warm-up): what twenty analysts
  opening one shared link cost.
- "uncached": every view has its own date filter, so no result or figure cache can answer.

Not a timed test: it prints figures; targets (issue 11) are p95 <= 3 s at 20 sessions through
the proxy with two processes, server RSS <= 500 MB per process after 500 views.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.streamlit_client import Session
from deploy import processes
from deploy.processes import free_port, streamlit_argv

PAGES = ("overview", "casualties", "deployments", "attribution", "map", "explore")
DAY0 = dt.date(2022, 3, 1)


def wait_healthy(url: str, timeout: float = 120) -> None:
    """Return once `url` answers "ok"; raise if it never does (a benchmark cannot go on)."""
    if not processes.wait_healthy(url, timeout):
        raise RuntimeError(f"{url} did not become healthy")


def rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def cpu_seconds(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def load() -> str:
    return " ".join(f"{x:.2f}" for x in os.getloadavg())


class Servers:
    """Streamlit processes on one database, optionally behind nginx."""

    def __init__(self, db: Path, processes: int, proxy: bool, workdir: Path) -> None:
        env = {**os.environ, "CLAIMS_DESK_DB": str(db), "CLAIMS_DESK_HOSTED": "1"}
        self.procs: list[subprocess.Popen[bytes]] = []
        ports = [free_port() for _ in range(processes)]
        for port in ports:
            self.procs.append(
                subprocess.Popen(
                    streamlit_argv(port),
                    cwd=ROOT,
                    env=env,
                    stdout=(workdir / f"streamlit-{port}.log").open("w"),
                    stderr=subprocess.STDOUT,
                )
            )
        for port in ports:
            wait_healthy(f"http://127.0.0.1:{port}/_stcore/health")
        self.nginx: subprocess.Popen[bytes] | None = None
        self.url = f"http://127.0.0.1:{ports[0]}"
        if proxy:
            nginx = shutil.which("nginx") or "/usr/sbin/nginx"
            sys.path.insert(0, str(ROOT / "deploy"))
            from render_nginx import render

            port = free_port()
            conf = workdir / "nginx.conf"
            conf.write_text(
                render(
                    f"127.0.0.1:{port}",
                    [f"127.0.0.1:{p}" for p in ports],
                    workdir / "nginx",
                    error_log=str(workdir / "nginx-error.log"),
                    upstream_header=True,
                )
            )
            self.nginx = subprocess.Popen(
                [nginx, "-e", "stderr", "-p", str(workdir / "nginx"), "-c", str(conf), "-g", "daemon off;"],
                stderr=subprocess.DEVNULL,
            )
            self.url = f"http://127.0.0.1:{port}"
            wait_healthy(f"{self.url}/healthz")

    def pids(self) -> list[int]:
        return [p.pid for p in self.procs]

    def stop(self) -> None:
        for p in [*([self.nginx] if self.nginx else []), *self.procs]:
            p.terminate()
        for p in [*([self.nginx] if self.nginx else []), *self.procs]:
            try:
                p.wait(10)
            except subprocess.TimeoutExpired:
                p.kill()


problems: list[str] = []


def level(
    url: str, page: str, sessions: int, views: int, cached: bool, seq: list[int]
) -> tuple[list[float], int]:
    """`sessions` concurrent sessions, each `views` runs of `page`; returns latencies and errors."""
    times: list[float] = []
    errors = 0
    lock = threading.Lock()
    start = threading.Barrier(sessions)

    def query() -> str:
        if cached:
            return ""
        with lock:
            seq[0] += 1
            k = seq[0]
        return f"dates={DAY0 + dt.timedelta(days=k % 900)}&dates=2025-12-01"

    def one() -> None:
        nonlocal errors
        try:
            s = Session(url)
        except Exception as exc:
            with lock:
                errors += 1
                problems.append(f"connect: {type(exc).__name__}: {exc}")
            return
        try:
            start.wait(60)
            for _ in range(views):
                try:
                    r = s.run("" if page == "overview" else page, query())  # the default page is "/"
                    ok = r.ok
                    if not ok:
                        problems.append(
                            f"{page}: {r.exceptions or ('page not found' if r.page_not_found else r.status)}"
                        )
                except Exception as exc:
                    ok = False
                    problems.append(f"{page}: {type(exc).__name__}: {exc}")
                with lock:
                    if ok:
                        times.append(r.seconds)
                    else:
                        errors += 1
        finally:
            s.close()

    threads = [threading.Thread(target=one) for _ in range(sessions)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return times, errors


def pct(xs: list[float], q: float) -> float:
    if not xs:
        return float("nan")
    xs = sorted(xs)
    return xs[min(len(xs) - 1, round(q * (len(xs) - 1)))]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=1_000_000, help="synthetic claims (default 1M)")
    ap.add_argument("--sessions", default="1,5,10,20", help="concurrency levels")
    ap.add_argument(
        "--pages", default="overview,casualties", help=f"comma list of {','.join(PAGES)} or 'all'"
    )
    ap.add_argument("--views", type=int, default=3, help="views per session per level")
    ap.add_argument("--mode", choices=("cached", "uncached", "both"), default="both")
    ap.add_argument("--proxy", action="store_true", help="nginx in front of --processes servers")
    ap.add_argument(
        "--processes", type=int, default=None, help="server processes (default 2 with --proxy, else 1)"
    )
    ap.add_argument("--url", help="benchmark a running server or proxy instead (no data generated)")
    ap.add_argument("--db", type=Path, help="use this database file instead of generating one")
    args = ap.parse_args()
    pages = PAGES if args.pages == "all" else tuple(args.pages.split(","))
    levels = [int(x) for x in args.sessions.split(",")]
    modes = ("cached", "uncached") if args.mode == "both" else (args.mode,)
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        servers = None
        url = args.url
        if not url:
            dbfile = args.db
            if dbfile is None:
                from benchmarks.dashboard_queries import generate

                dbfile = work / "bench.duckdb"
                t0 = time.perf_counter()
                generate(dbfile, args.n)
                print(f"generated {args.n:,} claims in {time.perf_counter() - t0:.1f} s")
            procs = args.processes or (2 if args.proxy else 1)
            servers = Servers(dbfile, procs, args.proxy, work)
            print(f"{procs} Streamlit process(es){' behind nginx' if args.proxy else ''} at {servers.url}")
        try:
            seq = [0]
            views_total = 0
            print(
                f"{'page':<12} {'mode':<9} {'sessions':>8} {'p50 s':>7} {'p95 s':>7} {'max s':>7} {'errors':>6} "
                f"{'cpu ms/view':>11} {'rss MB/proc':>11}  load 1/5/15 min"
            )
            target = url or (servers.url if servers else "")
            for page in pages:
                for mode in modes:
                    if mode == "cached":
                        level(target, page, 1, 1, True, seq)  # warm the caches
                    for n in levels:
                        pids = servers.pids() if servers else []
                        cpu0 = sum(cpu_seconds(p) for p in pids)
                        times, errors = level(target, page, n, args.views, mode == "cached", seq)
                        views_total += n * args.views
                        cpu = (sum(cpu_seconds(p) for p in pids) - cpu0) / max(1, len(times)) * 1000
                        rss = max((rss_mb(p) for p in pids), default=float("nan"))
                        print(
                            f"{page:<12} {mode:<9} {n:>8} {statistics.median(times) if times else float('nan'):>7.2f} "
                            f"{pct(times, 0.95):>7.2f} {max(times, default=float('nan')):>7.2f} {errors:>6} "
                            f"{cpu if pids else float('nan'):>11.0f} {rss:>11.0f}  {load()}",
                            flush=True,
                        )
            if problems:
                print(f"{len(problems)} error(s); first: {problems[0]}")
            if servers:
                print(
                    f"after {views_total} views: RSS per process "
                    + ", ".join(f"{rss_mb(p):.0f} MB" for p in servers.pids())
                )
        finally:
            if servers:
                servers.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
