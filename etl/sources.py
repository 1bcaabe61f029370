"""Imported public datasets declared in `data/sources/` become extra build steps."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import duckdb


def source_steps(data_dir: Path) -> list[Callable[[duckdb.DuckDBPyConnection, object], None]]:
    """Build steps for every source declared in `data_dir/sources/` (none yet)."""
    return []
