"""Browser benchmark: `python benchmarks/first_paint.py [--n 1000000] [--url http://host:port]`.

Generates N synthetic claims (benchmarks/dashboard_queries.generate), starts the dashboard and
opens every page in Debian's headless Chromium (Playwright, executable /usr/bin/chromium).
Each page is opened once to warm the browser's and the server's caches, then --repeat more
times in new tabs of the same browser ("warm"). For each it prints:

- first meaningful paint: from navigation to the page's title and every chart on it drawn (its
  traces in Plotly's SVG, not only the empty frame: a map's frame comes before its outlines and
  markers) with the script finished. Charts in closed lazy tabs are not on the page until opened;
- the browser's main-thread CPU for the tab from navigation to that paint (Chromium's
  `TaskDuration` metric in thread time): it moves much less with the machine's load than wall time;
- bytes sent to the browser: WebSocket frames (the page's content) and HTTP bodies (the app's
  static files, mostly cached when warm), from Chromium's own network events (CDP);
- the machine's load average, since paint times depend on it;
- a baseline measured in the same run: a bare Streamlit page (a title and a line of text, served
  by a second server with the same config), whose first paint is Streamlit's own floor (its
  JavaScript boot and WebSocket handshake) on this machine today. Each page's ratio to it is the
  part that moves with the app rather than with the machine: on a slower day both grow together.

Targets (issue 11): warm first meaningful paint <= 2 s per page on a quiet machine, <= 250 kB
sent per page. Not a timed test.
"""

from __future__ import annotations

import argparse
import base64
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import TYPE_CHECKING

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.load import free_port, streamlit_argv, wait_healthy

if TYPE_CHECKING:  # Playwright is a test/benchmark requirement, imported when a benchmark runs
    from playwright.sync_api import BrowserContext, CDPSession

CHROMIUM = "/usr/bin/chromium"
PAGES = {
    "overview": "",
    "casualties": "casualties",
    "deployments": "deployments",
    "attribution": "attribution",
    "map": "map",
    "explore": "explore",
    "sources": "sources",
}


#: The baseline app: what every Streamlit page pays before the app's own content.
BASELINE_APP = """import streamlit as st

st.title("Baseline")
st.write("A bare Streamlit page: the floor under every page's first paint.")
"""


def load() -> str:
    return " ".join(f"{x:.2f}" for x in os.getloadavg())


def task_seconds(cdp: CDPSession) -> float:
    """The tab's renderer main-thread CPU so far (Chromium's TaskDuration, in thread time)."""
    metrics = cdp.send("Performance.getMetrics")["metrics"]
    return float(next(m["value"] for m in metrics if m["name"] == "TaskDuration"))


def visit(context: BrowserContext, url: str) -> tuple[float, int, int, float]:
    """Open `url` in a new tab; returns (seconds to first meaningful paint, ws bytes, http bytes,
    main-thread CPU seconds until that paint)."""
    page = context.new_page()
    cdp = context.new_cdp_session(page)
    cdp.send("Network.enable")
    cdp.send("Performance.enable", {"timeDomain": "threadTicks"})  # CPU time, not wall time
    cpu0 = task_seconds(cdp)
    sizes = {"ws": 0, "http": 0}

    def frame(ev: dict) -> None:
        r = ev["response"]
        data = r.get("payloadData", "")
        sizes["ws"] += len(base64.b64decode(data)) if r.get("opcode") == 2 else len(data.encode())

    cdp.on("Network.webSocketFrameReceived", frame)
    cdp.on(
        "Network.loadingFinished",
        lambda ev: sizes.__setitem__("http", sizes["http"] + int(ev["encodedDataLength"])),
    )
    t0 = time.perf_counter()
    page.goto(url, wait_until="commit")
    page.wait_for_selector(
        "[data-testid=stApp][data-test-script-state=notRunning]", state="attached", timeout=120_000
    )
    page.wait_for_selector("h1", timeout=120_000)
    page.wait_for_function(
        """() => {
            const app = document.querySelector('[data-testid=stApp]');
            if (!app || app.getAttribute('data-test-script-state') !== 'notRunning') return false;
            if (document.querySelector('[data-testid=stSkeleton]')) return false;
            // A chart counts once Plotly has drawn its traces, not when its empty frame (.main-svg)
            // appears: a map's frame comes before its outlines and markers (fetched, then drawn).
            // Every chart is keyed chart_<name> (ui.chart), whichever element draws it.
            const charts = [...document.querySelectorAll('.stElementContainer[class*="st-key-chart_"]')];
            return charts.every(c => {
                const gd = c.querySelector('.js-plotly-plot');
                if (!gd || !gd.querySelector('.main-svg') || !gd.data) return false;
                return gd.data.length === 0 || gd.querySelector('.trace, .sankey') !== null;
            });
        }""",
        timeout=120_000,
        polling=50,
    )
    seconds = time.perf_counter() - t0
    cpu = task_seconds(cdp) - cpu0
    page.wait_for_timeout(300)  # late frames (e.g. the script_finished message) still count as sent
    page.close()
    return seconds, sizes["ws"], sizes["http"], cpu


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=1_000_000, help="synthetic claims (default 1M)")
    ap.add_argument("--db", type=Path, help="use this database file instead of generating one")
    ap.add_argument("--url", help="measure a running server instead (no data generated)")
    ap.add_argument("--repeat", type=int, default=3, help="warm visits per page")
    ap.add_argument(
        "--incognito",
        action="store_true",
        help="an in-memory browser profile (no disk cache, so no code cache) instead of a profile on disk",
    )
    args = ap.parse_args()
    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory() as tmp:
        server = None
        url = args.url
        if not url:
            dbfile = args.db
            if dbfile is None:
                from benchmarks.dashboard_queries import generate

                dbfile = Path(tmp) / "bench.duckdb"
                t0 = time.perf_counter()
                generate(dbfile, args.n)
                print(f"generated {args.n:,} claims in {time.perf_counter() - t0:.1f} s")
            port = free_port()
            server = subprocess.Popen(
                streamlit_argv(port),
                cwd=ROOT,
                env={**os.environ, "CLAIMS_DESK_DB": str(dbfile), "CLAIMS_DESK_HOSTED": "1"},
                stdout=(Path(tmp) / "streamlit.log").open("w"),
                stderr=subprocess.STDOUT,
            )
            url = f"http://127.0.0.1:{port}"
            wait_healthy(f"{url}/_stcore/health")
        baseline_server = None
        try:
            # The baseline server runs in the tree's root (the same .streamlit/config.toml) but from
            # a folder with no pages/, so it is a one-page app.
            bare = Path(tmp) / "baseline" / "app.py"
            bare.parent.mkdir()
            bare.write_text(BASELINE_APP, encoding="utf-8")
            bport = free_port()
            bargv = streamlit_argv(bport)
            bargv[bargv.index("dashboard.py")] = str(bare)
            baseline_server = subprocess.Popen(
                bargv, cwd=ROOT, stdout=(Path(tmp) / "baseline.log").open("w"), stderr=subprocess.STDOUT
            )
            burl = f"http://127.0.0.1:{bport}"
            wait_healthy(f"{burl}/_stcore/health")
            with sync_playwright() as p:
                # A returning visitor's browser keeps its profile (HTTP and code caches) on disk.
                opts = {"executable_path": CHROMIUM, "args": ["--no-sandbox", "--disable-gpu"]}
                viewport = {"width": 1500, "height": 1100}
                if args.incognito:
                    browser = p.chromium.launch(**opts)
                    context = browser.new_context(viewport=viewport)
                else:
                    context = p.chromium.launch_persistent_context(
                        str(Path(tmp) / "profile"), viewport=viewport, **opts
                    )
                print(f"browser profile: {'in memory' if args.incognito else 'on disk'}")
                print(
                    f"{'page':<12} {'cold s':>7} {'warm s p50':>10} {'warm max':>9} {'cpu s p50':>9} "
                    f"{'ws kB':>7} {'http kB':>8}  load 1/5/15 min"
                )
                visit(context, burl)  # warm the baseline's caches like the pages'
                rows: list[tuple[str, float, float]] = []
                every_base: list[tuple[float, int, int, float]] = []
                for name, path in PAGES.items():
                    cold = visit(context, f"{url}/{path}")[0]
                    warm = []
                    base = []
                    for _ in range(args.repeat):  # each warm visit next to a baseline visit
                        warm.append(visit(context, f"{url}/{path}"))
                        base.append(visit(context, burl))
                    every_base += base
                    secs = [w[0] for w in warm]
                    ws = statistics.median(w[1] for w in warm) / 1000
                    http = statistics.median(w[2] for w in warm) / 1000
                    p50, cpu = statistics.median(secs), statistics.median(w[3] for w in warm)
                    rows.append(
                        (
                            name,
                            p50 / statistics.median(b[0] for b in base),
                            cpu / statistics.median(b[3] for b in base),
                        )
                    )
                    print(
                        f"{name:<12} {cold:>7.2f} {p50:>10.2f} {max(secs):>9.2f} "
                        f"{cpu:>9.2f} {ws:>7.0f} {http:>8.0f}  {load()}",
                        flush=True,
                    )
                context.close()
                # The baseline's visits were interleaved with each page's, so both saw the same load.
                print(f"\nbaseline, a bare Streamlit page, visited between the warm visits above ({burl}):")
                print(
                    f"baseline warm s p50 {statistics.median(b[0] for b in every_base):.2f}, "
                    f"cpu s p50 {statistics.median(b[3] for b in every_base):.2f}, "
                    f"ws kB {statistics.median(b[1] for b in every_base) / 1000:.0f}"
                )
                print(f"{'page':<12} {'wall / baseline':>15} {'cpu / baseline':>15}")
                for name, wall_ratio, cpu_ratio in rows:
                    print(f"{name:<12} {wall_ratio:>15.2f} {cpu_ratio:>15.2f}")
        finally:
            if baseline_server is not None:
                baseline_server.terminate()
                baseline_server.wait(10)
            if server is not None:
                server.terminate()
                server.wait(10)
    return 0


if __name__ == "__main__":
    sys.exit(main())
