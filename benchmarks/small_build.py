"""Fixed cost of one build: `python benchmarks/small_build.py [--rounds 15]`.

Builds the tests' minimal dataset (tests/fixtures/etl/base: a few actors, places, documents and
claims) again and again, as the ETL tests do hundreds of times, and prints the median wall and
CPU seconds of a full build, and of an incremental build after one claim is appended (which
copies the published file). What this measures is what does not depend on the data's size:
statements, table and index creation, checkpoints, publishing. Not a timed test; it prints
the load average next to the figures.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from etl.build import build

BASE = Path(__file__).resolve().parents[1] / "tests" / "fixtures" / "etl" / "base"


def _load() -> str:
    return " ".join(f"{x:.2f}" for x in os.getloadavg())


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=15, help="builds of each kind (median)")
    args = parser.parse_args()
    print(f"load average before: {_load()} ({os.cpu_count()} CPUs)")
    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp) / "data"
        shutil.copytree(BASE, data)
        pointer = Path(tmp) / "out" / "claims.duckdb"
        claims = data / "claims.csv"
        last = claims.read_bytes().rstrip(b"\n").rsplit(b"\n", 1)[-1]
        build(data, pointer, keep_imports=False, incremental=False)  # warm-up
        full: list[tuple[float, float]] = []
        inc: list[tuple[float, float]] = []
        for i in range(args.rounds):
            wall, cpu = time.perf_counter(), time.process_time()
            build(data, pointer, keep_imports=False, incremental=False)
            full.append((time.perf_counter() - wall, time.process_time() - cpu))
            # one more claim: the last row under a new ref, with another figure (a new identity)
            row = last.replace(b"base-nis", f"bench-{i}".encode()).replace(b",100,", f",{1000 + i},".encode())
            with claims.open("ab") as fh:
                fh.write(row + b"\n")
            wall, cpu = time.perf_counter(), time.process_time()
            report = build(data, pointer, keep_imports=False)
            inc.append((time.perf_counter() - wall, time.process_time() - cpu))
            assert report.mode == "incremental", report.fallback
    for name, xs in (("full build", full), ("incremental build (one claim added)", inc)):
        print(
            f"{name:36}: wall {statistics.median(x[0] for x in xs):.3f} s, "
            f"CPU {statistics.median(x[1] for x in xs):.3f} s (median of {len(xs)})"
        )
    print(f"load average after: {_load()}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
