"""The Docker image's recipe, run without Docker (the CI machine has no daemon and no registry).

Docker itself is not run. What the `Dockerfile` and `compose.yaml` ask of the code is run instead,
read from those two files so that a change to either is what gets tested:

- the project is copied as `COPY . .` would copy it (`.dockerignore` applied) and the image's
  build-time `RUN python …` steps run in the copy;
- at run time the project folder is read-only (the image copies it as root and runs as an
  unprivileged user) and the database lives in a volume (`CLAIMS_DESK_DB`). Here the copy is
  bind-mounted read-only in a private mount namespace (`unshare -m`): root ignores file modes, so
  a read-only mount is what makes the folder read-only for these processes. The unprivileged
  user itself is not emulated (CI's Python lives under /root, which no other user may enter);
- `db-init`'s command builds the database into the volume; the `Dockerfile`'s `CMD` serves it
  (port and address moved to a free loopback port) until its `HEALTHCHECK` passes; the `proxy`
  service's command renders nginx's configuration and serves, with `app:8501` pointing at that
  process; a session through the proxy renders pages without an exception.
"""

from __future__ import annotations

import fnmatch
import json
import os
import re
import shlex
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.helpers import ROOT
from tests.serving import free_port, wait_healthy

yaml = pytest.importorskip("yaml", reason="reading compose.yaml needs PyYAML (requirements-dev.txt)")
NGINX = shutil.which("nginx") or ("/usr/sbin/nginx" if Path("/usr/sbin/nginx").exists() else None)
UNSHARE = shutil.which("unshare")
if sys.platform != "linux" or os.geteuid() != 0 or UNSHARE is None or NGINX is None:
    pytest.skip(
        "needs Linux, root (a private read-only bind mount) and nginx; CI has them",
        allow_module_level=True,
    )
pytest.importorskip("websockets", reason="the protocol-level client needs the websockets package")

from benchmarks.streamlit_client import Session  # noqa: E402

#: The image's paths, as the Dockerfile and compose.yaml spell them.
IMAGE_APP = "/app"
IMAGE_VOLUME = "/var/lib/claimsdesk"
#: In the namespace: bind the copy read-only over itself, prove a write fails, then run the command.
READ_ONLY = (
    'mount --bind "$1" "$1" && mount -o remount,bind,ro "$1" '
    '&& ! touch "$1/.write-probe" 2>/dev/null && cd "$1" && shift && exec "$@"'
)


@dataclass(frozen=True)
class Dockerfile:
    """The instructions this test runs: build-time `RUN python …` lines, ENV, CMD, HEALTHCHECK."""

    workdir: str
    env: dict[str, str]
    python_runs: list[str]
    cmd: list[str]
    healthcheck: str


def read_dockerfile(path: Path) -> Dockerfile:
    text = re.sub(r"\\\n", " ", path.read_text(encoding="utf-8"))
    workdir, env, runs, cmd, health = "/", {}, [], [], ""
    for line in text.splitlines():
        word, _, rest = line.strip().partition(" ")
        rest = rest.strip()
        if word == "WORKDIR":
            workdir = rest
        elif word == "ENV":
            env.update(dict(pair.split("=", 1) for pair in shlex.split(rest)))
        elif word == "RUN" and rest.startswith("python "):
            runs.append(rest)
        elif word == "CMD":
            cmd = json.loads(rest)
        elif word == "HEALTHCHECK":
            health = rest.split(" CMD ", 1)[1]
    assert cmd and health, "the Dockerfile has no CMD or no HEALTHCHECK"
    return Dockerfile(workdir, env, runs, cmd, health)


def dockerignored(rel: str, patterns: list[str]) -> bool:
    """Whether `.dockerignore` leaves `rel` (a path relative to the project) out of `COPY . .`."""
    for pat in patterns:
        pat = pat.rstrip("/")
        if fnmatch.fnmatch(rel, pat) or fnmatch.fnmatch(rel, pat.removeprefix("**/")):
            return True
        if pat.startswith("**/") and fnmatch.fnmatch(Path(rel).name, pat[3:]):
            return True
    return False


def copy_context(dest: Path) -> None:
    """The project as `COPY . .` copies it: every file but `.dockerignore`'s (and git's own)."""
    patterns = [
        p.strip()
        for p in (ROOT / ".dockerignore").read_text(encoding="utf-8").splitlines()
        if p.strip() and not p.startswith("#")
    ]

    def ignore(folder: str, names: list[str]) -> set[str]:
        rel = Path(folder).relative_to(ROOT)
        return {n for n in names if n == ".git" or dockerignored(str(rel / n).removeprefix("./"), patterns)}

    shutil.copytree(ROOT, dest, ignore=ignore, symlinks=True)


@dataclass
class Container:
    app: Path
    volume: Path
    env: dict[str, str]
    procs: list[subprocess.Popen[bytes]]
    app_url: str
    proxy_url: str
    logs: Path


def in_image(argv: list[str], c: Container, log: str) -> subprocess.Popen[bytes]:
    """Start `argv` as the image would: in the project folder, mounted read-only, with the image's
    environment only."""
    return subprocess.Popen(
        [UNSHARE or "unshare", "-m", "sh", "-c", READ_ONLY, "sh", str(c.app), *argv],
        env=c.env,
        stdout=(c.logs / log).open("w"),
        stderr=subprocess.STDOUT,
    )


def image_env(dockerfile: Dockerfile, app: Path, volume: Path, home: Path) -> dict[str, str]:
    """The image's environment only, its paths moved to this test's folders (the venv's Python
    first on PATH, as the image's Python is)."""
    return {
        "PATH": f"{Path(sys.executable).parent}:/usr/sbin:/usr/bin:/sbin:/bin",
        "HOME": str(home),
        **{
            k: v.replace(IMAGE_VOLUME, str(volume)).replace(IMAGE_APP, str(app))
            for k, v in dockerfile.env.items()
        },
    }


@pytest.fixture(scope="module")
def container(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Container]:
    root = tmp_path_factory.mktemp("image")
    app, volume, home, logs = root / "app", root / "volume", root / "home", root / "logs"
    for d in (volume, home, logs):
        d.mkdir()
    dockerfile = read_dockerfile(ROOT / "Dockerfile")
    assert dockerfile.workdir == IMAGE_APP
    compose = yaml.safe_load((ROOT / "compose.yaml").read_text(encoding="utf-8"))
    copy_context(app)
    for run in dockerfile.python_runs:  # build time: as root, the folder still writable
        subprocess.run(
            shlex.split(run), cwd=app, check=True, env={**os.environ, "PYTHONDONTWRITEBYTECODE": "1"}
        )
    c = Container(app, volume, image_env(dockerfile, app, volume, home), [], "", "", logs)
    try:
        # db-init: builds the database into the (empty) volume once, then exits.
        init = in_image(compose["services"]["db-init"]["command"], c, "db-init.log")
        assert init.wait(180) == 0, (logs / "db-init.log").read_text()
        # app: the image's CMD, on a free loopback port.
        port = free_port()
        cmd = [
            a.replace("--server.port=8501", f"--server.port={port}").replace(
                "--server.address=0.0.0.0", "--server.address=127.0.0.1"
            )
            for a in dockerfile.cmd
        ]
        c.procs.append(in_image(cmd, c, "app.log"))
        c.app_url = f"http://127.0.0.1:{port}"
        health = shlex.split(dockerfile.healthcheck.replace("127.0.0.1:8501", f"127.0.0.1:{port}"))
        deadline = time.time() + 120
        while subprocess.run(health, env=c.env, capture_output=True).returncode != 0:
            assert c.procs[0].poll() is None and time.time() < deadline, (logs / "app.log").read_text()
            time.sleep(0.5)
        # proxy: compose's command, `app:8501` being that process.
        proxy_port = free_port()
        nginx_dir = root / "nginx"
        proxy = [
            a.replace("0.0.0.0:8080", f"127.0.0.1:{proxy_port}")
            .replace("app:8501", f"127.0.0.1:{port}")
            .replace("/tmp/nginx", str(nginx_dir))
            for a in compose["services"]["proxy"]["command"]
        ]
        c.procs.append(in_image(proxy, c, "proxy.log"))
        c.proxy_url = f"http://127.0.0.1:{proxy_port}"
        assert wait_healthy(f"{c.proxy_url}/healthz", 30), (logs / "proxy.log").read_text()
        yield c
    finally:
        for p in c.procs:
            p.terminate()
        for p in c.procs:
            try:
                p.wait(10)
            except subprocess.TimeoutExpired:
                p.kill()


def test_the_image_builds_its_database_into_the_volume_and_writes_nothing_in_the_app_folder(
    container: Container,
) -> None:
    pointer = Path(container.env["CLAIMS_DESK_DB"])
    assert pointer.parent == container.volume
    assert pointer.is_symlink() and pointer.resolve().is_file()
    assert not (container.app / ".write-probe").exists()  # the folder was read-only: the probe failed
    assert not list((container.app / "data").glob("*.duckdb*"))
    assert not (container.app / "data" / ".versions").exists()


def test_a_session_through_the_compose_proxy_renders_the_pages_of_the_image(container: Container) -> None:
    s = Session(container.proxy_url)
    try:
        home = s.run("", "")
        assert home.ok, home.exceptions
        assert int(home.metrics["Claims"].replace(",", "")) > 0
        for page in ("casualties", "attribution", "sources"):
            run = s.run(page, "")
            assert run.ok, (page, run.exceptions)
    finally:
        s.close()
    for log in ("app.log", "proxy.log"):
        text = (container.logs / log).read_text()
        assert "Traceback" not in text and "Read-only file system" not in text, (log, text[-2000:])


def test_the_image_serves_no_editing_page(container: Container) -> None:
    """A shared server (CLAIMS_DESK_HOSTED=1, set by the image) has no review page: its link gets
    the overview, never the page, and Streamlit's "Page not found" over it.

    (Session 21: when this is the freshly started server's first session, Streamlit's legacy
    `pages/` mode runs the review file, whose guard reruns into the navigation: the overview is
    shown, but without the notice. Which worker meets the fresh server first depends on how
    xdist deals the tests out, so both sessions are checked here: the first, whatever the server
    has seen, never shows the page; the next one also gets the notice.)"""
    assert container.env["CLAIMS_DESK_HOSTED"] == "1"
    for attempt in ("first", "next"):
        s = Session(container.app_url)
        try:
            run = s.run("review", "")
            assert not run.exceptions, (attempt, run.exceptions)
            assert "Claims" in run.metrics, attempt  # the overview
            assert not any("Review queue" in h for h in run.headings), (attempt, run.headings)
            if attempt == "next":
                assert run.page_not_found
        finally:
            s.close()
