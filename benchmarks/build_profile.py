"""Per-statement profile of a full build: `python benchmarks/build_profile.py [--n 1000000]`.

Runs one full build (`etl.build.build`, no imports, not incremental) of N synthetic claims (the
dataset of `benchmarks/etl_load.py`, or `--data DIR`) with every SQL statement timed
(`etl.core.db.profiled`), and prints, in build order, each statement over `--min` seconds with
its wall time and the process's CPU time (all DuckDB threads), then the totals: SQL, work
outside SQL (Python: hashing, the row index, pandas frames), and the final checkpoint and
publish. Why CPU time: on a shared machine wall times swing with the load; what a statement
costs shows in its CPU time. Not a timed test; it prints the load average next to the figures.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.etl_load import generate
from etl.build import build
from etl.core import db


def _load() -> str:
    return " ".join(f"{x:.2f}" for x in os.getloadavg())


def profile(data_dir: Path, out: Path, min_seconds: float) -> None:
    """One full build of `data_dir` into `out` with each statement timed; prints the profile."""
    os.environ["CLAIMS_DESK_PROFILE"] = "1"
    db.PROFILE_SINK = sink = []
    print(f"load average before: {_load()} ({os.cpu_count()} CPUs)")
    wall0, cpu0 = time.perf_counter(), time.process_time()
    report = build(data_dir, out, keep_imports=False, incremental=False)
    wall, cpu = time.perf_counter() - wall0, time.process_time() - cpu0
    db.PROFILE_SINK = None
    print(f"{'wall s':>7} {'cpu s':>7}  statement (first 100 characters)")
    for label, w, c in sink:
        if w >= min_seconds or c >= min_seconds:
            print(f"{w:7.3f} {c:7.3f}  {label}")
    sql_w, sql_c = sum(s[1] for s in sink), sum(s[2] for s in sink)
    print(f"{sql_w:7.3f} {sql_c:7.3f}  = {len(sink)} SQL statements")
    print(f"{wall - sql_w:7.3f} {cpu - sql_c:7.3f}  = outside SQL (Python work, final checkpoint, publish)")
    print(f"{wall:7.3f} {cpu:7.3f}  = the whole build ({report.counts.get('claims', 0):,} claims)")
    print(f"load average after: {_load()}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=1_000_000, help="synthetic claims (default 1M)")
    parser.add_argument("--data", type=Path, help="an existing data folder (default: generate one)")
    parser.add_argument("--min", type=float, default=0.02, help="print statements over this (s)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        data_dir = args.data
        if data_dir is None:
            data_dir = root / "data"
            generate(data_dir, args.n)
        profile(data_dir, root / "out" / "claims.duckdb", args.min)
    return 0


if __name__ == "__main__":
    sys.exit(main())
