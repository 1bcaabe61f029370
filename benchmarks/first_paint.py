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
- the machine's load average, since paint times depend on it.

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

from benchmarks.load import free_port, streamlit_argv, wait_healthy  # noqa: E402

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
        try:
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
                for name, path in PAGES.items():
                    cold = visit(context, f"{url}/{path}")[0]
                    warm = [visit(context, f"{url}/{path}") for _ in range(args.repeat)]
                    secs = [w[0] for w in warm]
                    ws = statistics.median(w[1] for w in warm) / 1000
                    http = statistics.median(w[2] for w in warm) / 1000
                    print(
                        f"{name:<12} {cold:>7.2f} {statistics.median(secs):>10.2f} {max(secs):>9.2f} "
                        f"{statistics.median(w[3] for w in warm):>9.2f} {ws:>7.0f} {http:>8.0f}  {load()}",
                        flush=True,
                    )
                context.close()
        finally:
            if server is not None:
                server.terminate()
                server.wait(10)
    return 0


if __name__ == "__main__":
    sys.exit(main())
