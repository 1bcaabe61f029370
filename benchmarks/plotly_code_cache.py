"""Does Chromium's code cache spare a returning visitor Plotly's evaluation? `python
benchmarks/plotly_code_cache.py [--visits 4]`

Why (issue 11): on a warm visit a chart page spends most of its extra browser CPU evaluating
Streamlit's Plotly bundle, an ES module, and a trace shows that time as V8 compiling Plotly's
functions (V8.ParseFunction, V8.CompileCode) on every visit. This serves plotly.js (the
`plotly.min.js` the plotly package ships, the same library as Streamlit's bundle) from a local
static server twice: loaded by a classic `<script>` and imported as an ES module, and opens each
--visits times in one Chromium profile kept on disk (as a returning visitor's is). It prints the
evaluation time per visit and the module / classic ratio of the last visit: Chromium reuses its
code cache for the classic script from the third visit; whether it does for the module is what
the ratio shows.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.load import free_port

CHROMIUM = "/usr/bin/chromium"

CLASSIC = """<!doctype html><meta charset="utf-8"><script>window.t0 = performance.now();</script>
<script src="plotly.min.js"></script><script>window.seconds = (performance.now() - window.t0) / 1000;</script>"""
MODULE = """<!doctype html><meta charset="utf-8"><script>window.t0 = performance.now();</script>
<script type="module">import "./plotly.min.js"; window.seconds = (performance.now() - window.t0) / 1000;</script>"""


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--visits", type=int, default=4, help="visits per page in one profile")
    args = ap.parse_args()
    import plotly
    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory() as tmp:
        site = Path(tmp) / "site"
        site.mkdir()
        shutil.copy(Path(plotly.__file__).parent / "package_data" / "plotly.min.js", site)
        (site / "classic.html").write_text(CLASSIC)
        (site / "module.html").write_text(MODULE)
        port = free_port()
        server = subprocess.Popen(
            [sys.executable, "-m", "http.server", str(port), "--bind", "127.0.0.1"],
            cwd=site,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        try:
            time.sleep(1)
            results: dict[str, list[float]] = {}
            with sync_playwright() as p:
                for kind in ("classic", "module"):
                    ctx = p.chromium.launch_persistent_context(
                        str(Path(tmp) / f"profile-{kind}"),
                        executable_path=CHROMIUM,
                        args=["--no-sandbox", "--disable-gpu"],
                    )
                    results[kind] = []
                    for _ in range(args.visits):
                        page = ctx.new_page()
                        page.goto(f"http://127.0.0.1:{port}/{kind}.html")
                        page.wait_for_function("window.seconds !== undefined", timeout=120_000)
                        results[kind].append(float(page.evaluate("window.seconds")))
                        page.close()
                    ctx.close()
        finally:
            server.terminate()
            server.wait(10)
    load = " ".join(f"{x:.2f}" for x in os.getloadavg())
    for kind, secs in results.items():
        print(f"{kind:<8} evaluation s per visit: {' '.join(f'{s:.2f}' for s in secs)}  load {load}")
    last_c, last_m = results["classic"][-1], results["module"][-1]
    print(
        f"last visit: module / classic = {last_m / last_c:.1f}x; classic last / first = "
        f"{last_c / results['classic'][0]:.2f}; module last / first = {last_m / results['module'][0]:.2f}"
        f" (median module {statistics.median(results['module']):.2f} s)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
