"""The self-hosted deployment without Docker: nginx in front of two Streamlit processes.

Starts Debian's nginx with deploy/nginx.conf (rendered by deploy/render_nginx.py into a temp
prefix, loopback ports only, as an ordinary user would) and two dashboard processes on one
published database, then drives sessions through the proxy at protocol level (HTTP page load
for cookies, WebSocket on /_stcore/stream: benchmarks/streamlit_client.py). Checks: WebSocket
upgrade and Host forwarding (Streamlit refuses a WebSocket whose Origin does not match Host),
sticky sessions spread over both processes, a rebuild (`python -m etl build`) while they serve,
and a process going away.
"""

from __future__ import annotations

import csv
import gzip
import io
import re
import shutil
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest

from claimsdesk import chartview, nav
from tests.helpers import ROOT, copy_build
from tests.serving import Streamlit, free_port, wait_healthy

NGINX = shutil.which("nginx") or ("/usr/sbin/nginx" if Path("/usr/sbin/nginx").exists() else None)
if NGINX is None:
    pytest.skip("nginx is not installed (apt-get install nginx-light; .ci/run does)", allow_module_level=True)
pytest.importorskip("websockets", reason="the protocol-level client needs the websockets package")

from benchmarks.streamlit_client import Session  # noqa: E402

sys.path.insert(0, str(ROOT / "deploy"))
from render_nginx import render  # noqa: E402


@dataclass
class Deployment:
    data: Path
    pointer: Path
    servers: list[Streamlit]
    nginx: subprocess.Popen[bytes]
    url: str
    env: dict[str, str]


def claims_count(run_metrics: dict[str, str]) -> int:
    return int(run_metrics["Claims"].replace(",", ""))


@contextmanager
def deploy(tmp_path: Path, built_default_db: Path) -> Iterator[Deployment]:
    """nginx in front of two dashboard processes on a copy of data/ and of its build."""
    data = tmp_path / "data"
    shutil.copytree(ROOT / "data", data, ignore=shutil.ignore_patterns("*.duckdb*", ".versions"))
    # The run's build of data/ (the same files as `data`), copied: a rebuild publishes beside it.
    pointer = copy_build(built_default_db, tmp_path / "db")
    env = {"CLAIMS_DESK_DB": str(pointer), "CLAIMS_DESK_DATA": str(data), "CLAIMS_DESK_HOSTED": "1"}
    servers: list[Streamlit] = []
    nginx: subprocess.Popen[bytes] | None = None
    try:
        for i in range(2):  # both start side by side
            servers.append(Streamlit(tmp_path / f"streamlit-{i}.log", env, wait=False))
        for s in servers:
            s.wait_ready()
        port = free_port()
        prefix = tmp_path / "nginx"
        conf = tmp_path / "nginx.conf"
        conf.write_text(
            render(
                f"127.0.0.1:{port}",
                [f"127.0.0.1:{s.port}" for s in servers],
                prefix,
                error_log=str(tmp_path / "nginx-error.log"),
                upstream_header=True,
            )
        )
        nginx = subprocess.Popen(
            [NGINX, "-e", "stderr", "-p", str(prefix), "-c", str(conf), "-g", "daemon off;"],
            stdout=subprocess.DEVNULL,
            stderr=(tmp_path / "nginx.out").open("w"),
        )
        url = f"http://127.0.0.1:{port}"
        assert wait_healthy(f"{url}/healthz", 30), (tmp_path / "nginx.out").read_text()
        yield Deployment(data, pointer, servers, nginx, url, env)
    finally:
        if nginx is not None:
            nginx.terminate()
        for s in servers:
            s.terminate()  # all asked at once, then waited for
        if nginx is not None:
            nginx.wait(10)
        for s in servers:
            s.stop()


@pytest.fixture(scope="module")
def deployment(tmp_path_factory: pytest.TempPathFactory, built_default_db: Path) -> Iterator[Deployment]:
    """One deployment for the module's tests (per xdist worker). A test may rebuild its database
    (each compares with what it saw before); one that stops a process starts it again."""
    with deploy(tmp_path_factory.mktemp("deploy"), built_default_db) as d:
        yield d


def both_running(d: Deployment) -> None:
    """Start again, on its port, a dashboard process a test stopped. `test_new_visitors_...`
    leaves it stopped: it is the file's last test, so nothing needs to start it again (nginx
    keeps away from a process that failed for `fail_timeout`, 10 s, so a test run right after it
    would not find both processes anyway, whether or not it had been started again)."""
    for i, s in enumerate(d.servers):
        if s.proc.poll() is not None:
            d.servers[i] = Streamlit(s.log, d.env, port=s.port)


def sessions_on_both(url: str, max_tries: int = 16) -> dict[str, Session]:
    """Open sessions (each a new browser: no cookies) until both processes have one."""
    by_upstream: dict[str, Session] = {}
    for _ in range(max_tries):
        s = Session(url)
        if s.upstream in by_upstream:
            s.close()
        else:
            by_upstream[s.upstream] = s
        if len(by_upstream) == 2:
            break
    return by_upstream


def add_claim(data: Path) -> None:
    """Append a new claim (a copy of the first one with another figure and ref) to claims.csv."""
    path = data / "claims.csv"
    text = path.read_text(encoding="utf-8")
    row = next(csv.DictReader(io.StringIO(text)))
    row.update(ref="proxy-test-new", value_low="31", quote="A new claim published during the proxy test.")
    buf = io.StringIO()
    csv.DictWriter(buf, fieldnames=list(row), lineterminator="\n").writerow(row)
    path.write_text(text.rstrip("\n") + "\n" + buf.getvalue(), encoding="utf-8")


def test_render_refuses_a_bad_address(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="not a host:port"):
        render("127.0.0.1:80; include /etc/passwd", ["127.0.0.1:1"], tmp_path)
    with pytest.raises(ValueError, match="at least one"):
        render("127.0.0.1:8080", [], tmp_path)


def test_sessions_through_the_proxy_are_sticky_and_spread_over_both_processes(deployment: Deployment) -> None:
    both_running(deployment)
    sessions = sessions_on_both(deployment.url)
    try:
        assert set(sessions) == {f"127.0.0.1:{s.port}" for s in deployment.servers}, sessions.keys()
        for upstream, s in sessions.items():
            # The WebSocket went through the proxy (Upgrade, Host kept for Streamlit's origin check).
            run = s.run("casualties", "claimant=Volodymyr+Zelenskyy")
            assert run.ok, run.exceptions
            assert "Casualty claims over time" in run.headings and run.charts >= 1
            # Sticky: the same browser (cookie) keeps reaching the same process.
            route = s.cookie("claimsdesk_route")
            assert route
            for _ in range(4):
                req = urllib.request.Request(
                    f"{deployment.url}/", headers={"Cookie": f"claimsdesk_route={route}"}
                )
                with urllib.request.urlopen(req, timeout=10) as r:
                    assert r.headers["X-Claims-Desk-Upstream"] == upstream
    finally:
        for s in sessions.values():
            s.close()


def test_the_proxys_page_paths_are_the_dashboards() -> None:
    """The nested-path redirect names every page the dashboard has, and nothing else."""
    conf = (ROOT / "deploy" / "nginx.conf").read_text(encoding="utf-8")
    names = re.search(r'location ~\*? "\^/\(([a-z|-]+)\)/"', conf)
    assert names is not None
    assert set(names.group(1).split("|")) == {url for _, _, url in nav.PAGES + nav.LOCAL_PAGES}


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args: object, **kwargs: object) -> None:
        return None


@pytest.mark.parametrize(
    ("path", "location"),
    [
        ("/explore/extra", "/explore"),
        ("/casualties/x/y?view=Whole+war&claimant=HUR", "/casualties?view=Whole+war&claimant=HUR"),
        ("/map/", "/map"),
        (
            "/Explore/extra",
            "/Explore",
        ),  # (QA pass 43) a capital typed: Streamlit's "page not found", not blank
    ],
)
def test_a_pages_path_with_more_after_it_is_sent_to_the_page_with_its_filters(
    deployment: Deployment, path: str, location: str
) -> None:
    """(QA pass 34 #18) "/explore/extra" was a blank page (its scripts loaded from under the
    extra part); Streamlit's own paths (/_stcore/, /static/, /app/static/) are not pages."""
    opener = urllib.request.build_opener(_NoRedirect)
    with pytest.raises(urllib.error.HTTPError) as got:
        opener.open(f"{deployment.url}{path}", timeout=10)
    assert got.value.code == 302 and got.value.headers["Location"].endswith(location)
    with urllib.request.urlopen(f"{deployment.url}{location}", timeout=10) as r:
        assert r.status == 200 and b"<script" in r.read()
    with urllib.request.urlopen(f"{deployment.url}/_stcore/health", timeout=10) as r:
        assert r.status == 200


def test_the_proxy_serves_plotly_compressed_and_cacheable_for_good(deployment: Deployment) -> None:
    """The charts' Plotly (claimsdesk/chartview.py) goes through the proxy gzipped, with a
    long-lived cache header (its name carries its version), and arrives byte for byte."""
    assert chartview.plotly_served()
    req = urllib.request.Request(
        f"{deployment.url}/{chartview.PLOTLY_URL}", headers={"Accept-Encoding": "gzip"}
    )
    with urllib.request.urlopen(req, timeout=30) as r:
        assert r.headers["Content-Encoding"] == "gzip"
        assert "immutable" in r.headers["Cache-Control"] and "max-age=31536000" in r.headers["Cache-Control"]
        body = r.read()
    original = chartview.plotly_source().read_bytes()
    assert gzip.decompress(body) == original and len(body) < len(original) / 2


def test_a_rebuild_while_serving_reaches_open_sessions_on_both_processes(deployment: Deployment) -> None:
    both_running(deployment)
    sessions = sessions_on_both(deployment.url)
    try:
        assert len(sessions) == 2
        before = {u: claims_count(s.run("", "").metrics) for u, s in sessions.items()}
        assert len(set(before.values())) == 1
        add_claim(deployment.data)
        build = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "etl",
                "build",
                "--data",
                str(deployment.data),
                "--db",
                str(deployment.pointer),
                "--quiet",
            ],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
        )
        served = 0
        while build.poll() is None:  # keep both processes serving while the build runs
            for s in sessions.values():
                run = s.run("attribution", "")
                assert run.ok, run.exceptions
                served += 1
            time.sleep(0.05)
        out = build.stdout.read().decode() if build.stdout else ""
        assert build.returncode == 0, out
        assert served >= 2
        for upstream, s in sessions.items():
            run = s.run("", "")  # the same open session, next rerun
            assert run.ok, (upstream, run.exceptions)
            assert claims_count(run.metrics) == before[upstream] + 1, upstream
    finally:
        for s in sessions.values():
            s.close()


def test_new_visitors_are_served_when_one_process_goes_away(deployment: Deployment) -> None:
    both_running(deployment)
    deployment.servers[1].stop()  # started again by the next test that needs both (`both_running`)
    for _ in range(6):
        s = Session(deployment.url)
        try:
            assert s.upstream.endswith(f":{deployment.servers[0].port}"), s.upstream
            run = s.run("", "")
            assert run.ok, run.exceptions
        finally:
            s.close()
