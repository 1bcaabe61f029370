"""Server CPU per uncached view, A/B: `python benchmarks/view_cpu.py --db bench1m.duckdb --base main`.

Starts one Streamlit server on the working tree and one on `--base` (a git ref, exported with
`git archive` into a temporary folder), both on the same database, and views each page on both
in turn (interleaved: page view k on A, then on B), every view with its own date filter so no
result or figure cache answers it; both servers see the same sequence of filters. For every page
it prints the server CPU per view (utime + stime of the server process, /proc, over all views of
that page) of the base and of the working tree, their ratio, the working tree's CPU for the same
view once more (cached: what the page costs without queries or figures), and the load average.

Not a timed test: CPU time, not wall time, because the machine is shared (issue 11's target is
p95 <= 3 s with 20 sessions on two processes; a view's CPU decides how many fit in that).
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import os
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.load import cpu_seconds, free_port, load, streamlit_argv, wait_healthy
from benchmarks.streamlit_client import Session

DAY0 = dt.date(2022, 3, 1)


def export_tree(ref: str, dest: Path) -> Path:
    """The files of git `ref` in `dest` (no worktree, nothing written to the repository)."""
    data = subprocess.run(["git", "archive", ref], cwd=ROOT, check=True, capture_output=True).stdout
    with tarfile.open(fileobj=io.BytesIO(data)) as tar:
        tar.extractall(dest, filter="data")
    return dest


def start(tree: Path, db: Path, log: Path) -> tuple[subprocess.Popen[bytes], str]:
    port = free_port()
    env = {**os.environ, "CLAIMS_DESK_DB": str(db), "CLAIMS_DESK_HOSTED": "1", "PYTHONPATH": str(tree)}
    proc = subprocess.Popen(
        streamlit_argv(port),
        cwd=tree,
        env=env,
        stdout=log.open("w"),
        stderr=subprocess.STDOUT,
    )
    url = f"http://127.0.0.1:{port}"
    wait_healthy(f"{url}/_stcore/health")
    return proc, url


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--db", type=Path, required=True, help="a published database (e.g. a 1M benchmark file)")
    ap.add_argument("--base", default="main", help="git ref to compare with (default main)")
    ap.add_argument(
        "--pages",
        default="casualties,deployments",
        help="comma list of url paths ('overview' is the default page)",
    )
    ap.add_argument("--views", type=int, default=30, help="uncached views per page per server")
    ap.add_argument("--query", default="", help="extra query string for every view (e.g. view=Whole+war)")
    args = ap.parse_args()
    pages = args.pages.split(",")
    path = {p: "" if p == "overview" else p for p in pages}  # the default page is "/"
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        trees = {"base": export_tree(args.base, work / "base"), "this": ROOT}
        servers = {name: start(tree, args.db.resolve(), work / f"{name}.log") for name, tree in trees.items()}
        try:
            sessions = {name: Session(url) for name, (_p, url) in servers.items()}
            for name, s in sessions.items():  # warm-up: imports, the first run, the filter options
                for page in pages:
                    r = s.run(path[page], f"dates={DAY0}&dates=2025-12-01")
                    assert r.ok, (name, page, r.exceptions)
            print(f"{args.views} uncached views per page per server; base = {args.base}, this = working tree")
            print(
                f"{'page':<12} {'base ms/view':>12} {'this ms/view':>12} {'this/base':>9} "
                f"{'this, cached':>13}  load 1/5/15 min"
            )
            k = 1
            for page in pages:
                cpu = dict.fromkeys(servers, 0.0)
                cached = dict.fromkeys(servers, 0.0)
                for _ in range(args.views):
                    k += 1
                    q = f"dates={DAY0 + dt.timedelta(days=k % 900)}&dates=2025-12-{1 + k // 900 % 28:02d}"
                    q += f"&{args.query}" if args.query else ""
                    for name, (proc, _url) in servers.items():
                        for again in (False, True):  # the same view again: what no query or figure costs
                            c0 = cpu_seconds(proc.pid)
                            r = sessions[name].run(path[page], q)
                            (cached if again else cpu)[name] += cpu_seconds(proc.pid) - c0
                            if not r.ok:
                                raise RuntimeError(f"{name} {page}: {r.exceptions or r.status}")
                base, this, floor = (
                    d[n] / args.views * 1000 for d, n in ((cpu, "base"), (cpu, "this"), (cached, "this"))
                )
                print(
                    f"{page:<12} {base:>12.0f} {this:>12.0f} {this / base:>9.2f} {floor:>13.0f}  {load()}",
                    flush=True,
                )
            for s in sessions.values():
                s.close()
        finally:
            for proc, _url in servers.values():
                proc.terminate()
                proc.wait(10)
    return 0


if __name__ == "__main__":
    sys.exit(main())
