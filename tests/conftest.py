"""Shared fixtures (helpers live in tests/helpers.py).

`project_root`; `shared_dir` (skips when ../shared is absent); `built_default_db` (the default
dataset data/, bundled sources included; returns the pointer path) and `built_default_report`
(that build's report); `built_curated_db` (the same without data/sources/); `built_base_db` (the
minimal dataset of `write_dataset`); `live` (a per-test copy of the curated build behind its own
pointer, to import into) and `published_base` (a per-test minimal dataset and a copy of its build).

The suite runs in parallel (pytest-xdist, options in pyproject.toml). The `built_*` builds are
made once per *run*, not once per worker (`run_shared`): the first worker to need one builds it
into the run's shared temp folder under a file lock, the others wait and reuse it. They are
read-only for tests: a test that writes (imports, rebuilds, saves) works on `copy_build(...)` of
one, in its tmp_path.
"""

from __future__ import annotations

import fcntl
import functools
import os
import pickle
import shutil
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
import streamlit as st
from streamlit.components.v2 import manifest_scanner

from etl.build import build
from etl.core.report import BuildReport
from tests.helpers import (
    DEFAULT_DATA_DIR,
    PROJECT_ROOT,
    SHARED_DIR,
    close_query_connections,
    copy_build,
    write_dataset,
)

#: Data folders with no test modules: about 9,800 report and fixture files that collection would
#: otherwise visit one by one in every worker (about 0.8 s each).
collect_ignore = ["reports", "fixtures"]


def pytest_configure(config: pytest.Config) -> None:
    """Let this run's Python processes keep compiled bytecode, even where the environment says
    not to write it (PYTHONDONTWRITEBYTECODE=1, as on some development machines and images).

    The suite starts many interpreters (the xdist workers, dashboard servers, `python -m etl`
    subprocesses), and without .pyc files each one compiles every project module it imports
    again (and pytest rewrites every test module again). Workers and subprocesses are started
    after this hook and inherit the environment; `__pycache__/` is gitignored. A clean machine
    without the variable behaves the same way.
    """
    os.environ.pop("PYTHONDONTWRITEBYTECODE", None)
    sys.dont_write_bytecode = False
    if not hasattr(config, "workerinput"):  # the controller (or a serial run) picks basetemp
        _temp_root_in_memory(config)


#: A RAM-backed folder for the run's temporary files, used when it has this much room.
MEMORY_TEMP_ROOT = Path("/dev/shm")
MEMORY_TEMP_MIN_FREE = 2 << 30


def _temp_root_in_memory(config: pytest.Config) -> None:
    """Put the run's temp folders (tmp_path, the shared builds) on a RAM-backed file system when
    there is one with room, unless the command (`--basetemp`) or environment (TMPDIR,
    PYTEST_DEBUG_TEMPROOT) chose a place.

    Nearly every ETL test publishes DuckDB files, and DuckDB syncs each to disk (fsync on every
    checkpoint): on a shared disk those waits, not the work, set the time of the build-heavy
    modules (four of them took 19-25 s in tmpfs against 26-36 s in /tmp, serially). A file in
    tmpfs is still a real file: the tests open, copy, lock and rename the same DuckDB files.
    `tmp_path_retention_policy = "failed"` (pyproject.toml) deletes a passed test's folder when it
    ends, so the RAM in use stays about that of the running tests and the shared builds.
    Containers often give /dev/shm only 64 MB: then the default temp folder is used.
    """
    if config.option.basetemp or os.environ.get("PYTEST_DEBUG_TEMPROOT") or os.environ.get("TMPDIR"):
        return
    try:
        fs = os.statvfs(MEMORY_TEMP_ROOT)
    except OSError:
        return
    if fs.f_bavail * fs.f_frsize >= MEMORY_TEMP_MIN_FREE and os.access(MEMORY_TEMP_ROOT, os.W_OK):
        # pytest's documented variable for its temp root (`tempfile.gettempdir()` otherwise)
        os.environ["PYTEST_DEBUG_TEMPROOT"] = str(MEMORY_TEMP_ROOT)


def run_shared(tmp_path_factory: pytest.TempPathFactory, name: str, make: Callable[[Path], None]) -> Path:
    """The folder `name` in this run's temp root, filled once by `make(folder)` across workers.

    Under xdist every worker has its own basetemp below one per-run folder; the folder is made
    there under an exclusive lock, so one worker builds and the others wait, then reuse it. A
    folder holds a finished build only when `make` returned (the `.done` mark is written last).
    """
    base = tmp_path_factory.getbasetemp()
    root = base.parent if os.environ.get("PYTEST_XDIST_WORKER") else base
    folder = root / f"shared-{name}"
    with open(root / f"shared-{name}.lock", "a+") as lock:
        fcntl.flock(lock.fileno(), fcntl.LOCK_EX)
        if not (folder / ".done").exists():
            folder.mkdir(exist_ok=True)
            make(folder)
            (folder / ".done").touch()
    return folder


@pytest.fixture(scope="session")
def project_root() -> Path:
    """The project folder (the one holding etl/ and data/)."""
    return PROJECT_ROOT


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """../shared beside the project (gold, fact sheet, samples); skips the test when absent."""
    if not SHARED_DIR.is_dir():
        pytest.skip(f"{SHARED_DIR} is absent (a fresh clone has no shared/)")
    return SHARED_DIR


def _build_default(folder: Path) -> None:
    report = build(DEFAULT_DATA_DIR, folder / "claims.duckdb")
    (folder / "report.pickle").write_bytes(pickle.dumps(report))


@pytest.fixture(scope="session")
def built_default_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The default dataset (data/) built once per run; returns the `claims.duckdb` pointer.

    Read-only for tests (servers and AppTests only read it); copy it to change it.
    """
    return run_shared(tmp_path_factory, "default-db", _build_default) / "claims.duckdb"


@pytest.fixture(scope="session")
def built_default_report(built_default_db: Path) -> BuildReport:
    """The `BuildReport` of that build."""
    report = pickle.loads((built_default_db.parent / "report.pickle").read_bytes())
    assert isinstance(report, BuildReport)
    return report


@pytest.fixture(scope="session")
def built_curated_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The curated CSVs of data/ without the bundled public datasets of data/sources/, built once.

    Importer tests import their own fixtures into a copy of it (`live`) and count what arrived.
    """

    def make(folder: Path) -> None:
        # data/'s CSVs in a folder of their own, without sources/: what the build records as its
        # inputs is then what it loaded, so a rebuild of a copy of them is incremental.
        data = folder / "data"
        data.mkdir()
        for f in DEFAULT_DATA_DIR.glob("*.csv"):
            shutil.copyfile(f, data / f.name)
        build(data, folder / "claims.duckdb")

    return run_shared(tmp_path_factory, "curated-db", make) / "claims.duckdb"


@pytest.fixture(scope="session")
def built_base_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The minimal dataset (`write_dataset`, tests/fixtures/etl/base) built once per run."""

    def make(folder: Path) -> None:
        build(write_dataset(folder / "data"), folder / "claims.duckdb")

    return run_shared(tmp_path_factory, "base-db", make) / "claims.duckdb"


@pytest.fixture
def published_base(built_base_db: Path, tmp_path: Path) -> tuple[Path, Path]:
    """This test's minimal dataset (tmp_path/data) and a published build of it: a copy of the
    run's build behind its own pointer (tmp_path/db/claims.duckdb), to rebuild or import into."""
    return write_dataset(tmp_path / "data"), copy_build(built_base_db, tmp_path / "db")


@pytest.fixture
def live(built_curated_db: Path, tmp_path: Path) -> Path:
    """A published database for one test: a copy of the session's curated build behind its own
    pointer, so a test may import into it (imports publish a new version) without affecting others.
    """
    return copy_build(built_curated_db, tmp_path)


#: The tests that take longest (browser sessions, long build sequences), in groups of about equal
#: CPU. Under xdist's worksteal each worker starts on a contiguous share of the collected tests and
#: an idle worker takes tests from the *end* of a busy one's share, so a long test late in a share
#: is the run's tail. `pytest_collection_modifyitems` puts group k first in share k (mod workers):
#: they start at once, side by side. Prefixes of node ids; the rest keep their order.
LONG_GROUPS: tuple[tuple[str, ...], ...] = (
    ("tests/test_browser_e2e.py",),
    (
        "tests/test_etl_incremental.py::test_incremental_build_equals_full_build_through_adds",
        "tests/test_first_start.py",
        "tests/test_deploy_proxy.py",
    ),
    (
        "tests/test_etl_incremental.py::test_incremental_build_equals_full_build_through_bad",
        "tests/test_browser_review.py",
    ),
)


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Under xdist, start each group of `LONG_GROUPS` first in its own worker's share."""
    workers = int(getattr(config, "workerinput", {}).get("workercount", 0))
    if workers < 2:
        return
    heads: list[list[pytest.Item]] = [[] for _ in range(workers)]
    grouped: set[int] = set()
    for k, prefixes in enumerate(LONG_GROUPS):
        for item in items:
            if id(item) not in grouped and item.nodeid.startswith(prefixes):
                heads[k % workers].append(item)
                grouped.add(id(item))
    rest = [item for item in items if id(item) not in grouped]
    ordered: list[pytest.Item] = []
    remaining = len(items)
    for k in range(workers):  # the shares worksteal cuts: remaining // workers left, in order
        size = remaining // (workers - k)
        remaining -= size
        take = max(0, size - len(heads[k]))
        ordered += heads[k] + rest[:take]
        rest = rest[take:]
    items[:] = ordered + rest


@pytest.fixture(scope="session", autouse=True)
def _component_scan_once_per_worker() -> Iterator[None]:
    """Every AppTest scans all installed packages' metadata for Streamlit components (about
    0.2 s of CPU each, over 250 distributions, for the same answer every time): the scan runs
    once per worker instead. Packages are not installed or removed while the tests run."""
    with pytest.MonkeyPatch.context() as mp:
        scan = functools.cache(manifest_scanner.scan_component_manifests)
        mp.setattr(manifest_scanner, "scan_component_manifests", scan)
        yield


def _clear_streamlit_caches() -> None:
    st.cache_data.clear()
    st.cache_resource.clear()


@pytest.fixture
def fresh_caches() -> None:
    """Empty Streamlit's data and resource caches before this test: for a test that counts what
    a page builds or queries (a result cached by an earlier test would hide the call)."""
    _clear_streamlit_caches()


@pytest.fixture(scope="module")
def module_caches() -> Iterator[None]:
    """Empty Streamlit caches at the start and end of a module of AppTests; between its tests a
    cached query or figure (keyed on the published file and the arguments) is reused, as a
    running dashboard reuses it for its next visitors. Every cached result was computed by an
    earlier run of the same page code in this process, and an exception is never cached."""
    _clear_streamlit_caches()
    yield
    _clear_streamlit_caches()


def _repo_data_listing() -> set[str]:
    versions = DEFAULT_DATA_DIR / ".versions"
    names = set(os.listdir(DEFAULT_DATA_DIR))
    return names | ({f".versions/{n}" for n in os.listdir(versions)} if versions.is_dir() else set())


@pytest.fixture(autouse=True)
def _repository_data_untouched() -> object:
    """No test writes into the repository's data/ (a build, a lock, a saved report): tests work
    on copies in tmp_path. Checked around every test (under xdist, a neighbour's write may be
    blamed on this test; run the module with `-n 0` to find the writer)."""
    before = _repo_data_listing()
    yield
    close_query_connections()  # tests.helpers.query's connections of this test
    new = _repo_data_listing() - before
    assert not new, f"a test wrote into the repository's data/: {sorted(new)}"
