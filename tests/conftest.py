"""Shared test fixtures and helpers.

ETL helpers (usable from any test module with `from tests.conftest import ...`):

- `write_dataset(dir, **files)`: a minimal valid dataset (tests/fixtures/etl/base) with any file's
  text overridden (`claims="..."`, `events=b"..."` for raw bytes, `responses=None` to omit it).
- `claim_row(**fields)` / `claims_csv(*rows)`: one valid claims.csv line with some fields changed,
  and a whole claims.csv text from such lines (header added).
- `query(pointer, sql)`: rows from a published database, through a read-only connection that is
  closed again (DuckDB caches open instances per process).

Fixtures: `project_root`, `shared_dir` (skips when ../shared is absent), `built_default_db`
(session-scoped: the default dataset data/, bundled sources included, built once into a tmp dir;
returns the pointer path), `built_curated_db` (the same without data/sources/), `live` (a copy of
the curated build to import into).
"""

from __future__ import annotations

import csv
import io
import shutil
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

PROJECT_ROOT = Path(__file__).resolve().parents[1]
if str(PROJECT_ROOT) not in sys.path:
    sys.path.insert(0, str(PROJECT_ROOT))

SHARED_DIR = Path(__file__).resolve().parents[2] / "shared"
DEFAULT_DATA_DIR = PROJECT_ROOT / "data"
ETL_FIXTURES_DIR = PROJECT_ROOT / "tests" / "fixtures" / "etl"
BASE_DATASET_DIR = ETL_FIXTURES_DIR / "base"
DATASET_FILES = (
    "actors.csv",
    "places.csv",
    "documents.csv",
    "claims.csv",
    "responses.csv",
    "events.csv",
)

CLAIMS_HEADER: tuple[str, ...] = (
    "ref",
    "claimant",
    "channel",
    "stated_on",
    "stated_on_precision",
    "claim_type",
    "metric",
    "subject",
    "value_low",
    "value_high",
    "qualifier",
    "basis",
    "period_start",
    "period_end",
    "places",
    "region",
    "verification",
    "documents",
    "quote",
    "notes",
)

#: A valid claim (HUR, at least 30 killed near Plekhovo, reported by doc-a of the base dataset).
VALID_CLAIM: dict[str, str] = {
    "ref": "",
    "claimant": "HUR",
    "channel": "Telegram",
    "stated_on": "2024-12-16",
    "stated_on_precision": "day",
    "claim_type": "casualties",
    "metric": "killed",
    "subject": "DPRK forces",
    "value_low": "30",
    "value_high": "",
    "qualifier": "at_least",
    "basis": "period",
    "period_start": "2024-12-14",
    "period_end": "2024-12-15",
    "places": "Plekhovo",
    "region": "Kursk Oblast",
    "verification": "unverified",
    "documents": "doc-a",
    "quote": "At least 30 were killed.",
    "notes": "",
}


def csv_line(values: list[str] | tuple[str, ...]) -> str:
    """One CSV record (cells with a comma, quote or newline are quoted), without line end."""
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\n").writerow(values)
    return buf.getvalue()[:-1]


def claim_row(**fields: str) -> str:
    """A claims.csv record: `VALID_CLAIM` with `fields` replacing some cells."""
    unknown = set(fields) - set(CLAIMS_HEADER)
    if unknown:
        raise KeyError(f"not claims.csv columns: {sorted(unknown)}")
    row = {**VALID_CLAIM, **fields}
    return csv_line([row[c] for c in CLAIMS_HEADER])


def claims_csv(*rows: str) -> str:
    """A claims.csv text: the header, then `rows` (records or raw text lines) one per line."""
    return "\n".join([",".join(CLAIMS_HEADER), *rows]) + "\n"


def write_dataset(directory: Path, **files: str | bytes | None) -> Path:
    """Write the minimal valid dataset into `directory` (created) and return it.

    The base (tests/fixtures/etl/base) has actors with a parent chain and aliases (HUR, NIS, ...),
    places including both Vorozhbas (vorozhba-kursk, vorozhba-sumy), three documents (doc-a,
    doc-b, doc-c from three outlets), two valid claims and header-only responses and events.
    Override a file with `claims="..."` (or `**{"claims.csv": ...}`): text is written as UTF-8,
    bytes as they are, None removes the file.
    """
    directory = Path(directory)
    directory.mkdir(parents=True, exist_ok=True)
    for name in DATASET_FILES:
        shutil.copyfile(BASE_DATASET_DIR / name, directory / name)
    for key, content in files.items():
        name = key if key.endswith(".csv") else f"{key}.csv"
        if name not in DATASET_FILES:
            raise KeyError(f"not a dataset file: {name}")
        target = directory / name
        if content is None:
            target.unlink()
        elif isinstance(content, bytes):
            target.write_bytes(content)
        else:
            target.write_text(content, encoding="utf-8")
    return directory


@contextmanager
def readonly(pointer: Path) -> Iterator[object]:
    """A read-only connection to the database `pointer` names now; closed on exit."""
    from etl.db import connect_readonly, resolve_live

    real = resolve_live(Path(pointer))
    assert real is not None, f"no database published at {pointer}"
    con = connect_readonly(real)
    try:
        yield con
    finally:
        con.close()


def query(pointer: Path, sql: str, params: list | dict | None = None) -> list[tuple]:
    """All rows of `sql` on the database `pointer` names now."""
    with readonly(pointer) as con:
        return con.execute(sql, params or []).fetchall()  # type: ignore[attr-defined]


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
    from etl.build import build

    pointer = tmp_path_factory.mktemp("default-db") / "claims.duckdb"
    build(DEFAULT_DATA_DIR, pointer)
    return pointer


@pytest.fixture(scope="session")
def built_curated_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The curated CSVs of data/ without the bundled public datasets of data/sources/, built once.

    Importer tests import their own fixtures into it and count what arrived.
    """
    from etl.build import build
    from etl.sources import source_steps

    folder = tmp_path_factory.mktemp("curated-db")
    pointer = folder / "claims.duckdb"
    build(DEFAULT_DATA_DIR, pointer, extra_steps=source_steps(folder))  # no sources/: setup step only
    return pointer


@pytest.fixture
def live(built_curated_db: Path, tmp_path: Path) -> Path:
    """A published database for one test: a copy of the session's curated build behind its own
    pointer, so a test may import into it (imports publish a new version) without affecting others.
    """
    import os

    from etl.db import resolve_live

    built = resolve_live(built_curated_db)
    assert built is not None
    (tmp_path / ".versions").mkdir()
    shutil.copyfile(built, tmp_path / ".versions" / built.name)
    ptr = tmp_path / "claims.duckdb"
    os.symlink(os.path.join(".versions", built.name), ptr)
    return ptr
