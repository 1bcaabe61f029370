"""Shared fixtures (helpers live in tests/helpers.py).

`project_root`, `shared_dir` (skips when ../shared is absent), `built_default_db` (session-scoped:
the default dataset data/, bundled sources included, built once into a tmp dir; returns the pointer
path), `built_curated_db` (the same without data/sources/), `live` (a per-test copy of the curated
build behind its own pointer, to import into).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from etl.build import build
from etl.importers.sources import source_steps
from tests.helpers import DEFAULT_DATA_DIR, PROJECT_ROOT, SHARED_DIR, copy_build


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


@pytest.fixture(scope="session")
def built_default_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The default dataset (data/) built once per session; returns the `claims.duckdb` pointer."""
    pointer = tmp_path_factory.mktemp("default-db") / "claims.duckdb"
    build(DEFAULT_DATA_DIR, pointer)
    return pointer


@pytest.fixture(scope="session")
def built_curated_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The curated CSVs of data/ without the bundled public datasets of data/sources/, built once.

    Importer tests import their own fixtures into it and count what arrived.
    """
    folder = tmp_path_factory.mktemp("curated-db")
    pointer = folder / "claims.duckdb"
    build(DEFAULT_DATA_DIR, pointer, extra_steps=source_steps(folder))  # no sources/: setup step only
    return pointer


@pytest.fixture
def live(built_curated_db: Path, tmp_path: Path) -> Path:
    """A published database for one test: a copy of the session's curated build behind its own
    pointer, so a test may import into it (imports publish a new version) without affecting others.
    """
    return copy_build(built_curated_db, tmp_path)
