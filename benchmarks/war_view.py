"""War-wide view benchmark: `python benchmarks/war_view.py [--n 1000000]`.

Builds N synthetic claims with benchmarks/dashboard_queries.py's generator, makes a quarter of
them war-wide (no region or place) and gives the claimants actors, then times the casualty
page's whole-war queries (war_claims, war_daily_series, war_band for both sides) against the
same selections done by pandas on a DataFrame already in memory, as a ratio. Not a timed test.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import duckdb
import pandas as pd

from benchmarks.dashboard_queries import CLAIMANTS, SIDES, best_of, generate
from claimsdesk import queries as Q
from claimsdesk.filters import Filters
from etl.core import db

# The generator's cumulative casualty claims are all 'wounded' (metric and basis cycle together).
METRIC = "wounded"
SUBJECTS = ("Russian forces", "Ukrainian forces")


def prepare(path: Path, n: int) -> None:
    """Synthetic claims, a quarter of them war-wide, with actors and the claims table's notes."""
    generate(path, n)
    con = duckdb.connect(str(path))
    con.execute("UPDATE claims_wide SET region = NULL, places = NULL WHERE hash(claim_id) % 4 = 0")
    for i, (name, side) in enumerate(zip(CLAIMANTS, SIDES, strict=True)):
        con.execute(
            "INSERT INTO actors (actor_id, name, aliases, kind, side) VALUES (?, ?, [], 'state_body', ?)",
            [f"actor{i}", name, side],
        )
    con.execute(
        "INSERT INTO claims (claim_id, ref, claimant_id, channel, stated_on, stated_on_precision, claim_type, "
        "metric, subject, value_low, value_high, qualifier, basis, period_start, period_end, region, "
        "verification, quote, notes, source) SELECT claim_id, ref, claimant_id, channel, stated_on, "
        "stated_on_precision, claim_type, metric, subject, value_low, value_high, qualifier, basis, "
        "period_start, period_end, region, verification, quote, NULL, source FROM claims_wide"
    )
    con.execute("CHECKPOINT")
    con.close()


def pandas_view(df: pd.DataFrame, subject: str) -> object:
    """The same selections in pandas: war-wide cumulative claims, sorted, and a quarterly band."""
    m = (
        (df["claim_type"] == "casualties")
        & (df["basis"] == "cumulative")
        & (df["subject"] == subject)
        & (df["metric"] == METRIC)
        & df["region"].isna()
        & df["places"].isna()
    )
    sel = df[m].sort_values(["stated_on", "claimant", "claim_id"]).head(Q.MAX_POINTS)
    q = df[m].assign(bin=pd.to_datetime(df.loc[m, "stated_on"]).dt.to_period("Q"))
    band = q.groupby("bin").agg(low=("value_low", "min"), high=("value_high", "max"))
    return sel, band


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=1_000_000, help="synthetic claims (default 1M)")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "war.duckdb"
        t0 = time.perf_counter()
        prepare(path, args.n)
        print(f"generated {args.n:,} claims in {time.perf_counter() - t0:.1f} s")
        con = db.connect_readonly(path)
        frame = con.execute("SELECT * EXCLUDE (place_ids) FROM claims_wide").df()
        print(f"{'query':<18} {'duckdb ms':>10} {'pandas ms':>10} {'ratio':>7}")
        f = Filters()
        total = 0.0
        for subject in SUBJECTS:
            for name, fn in (
                ("war_claims", lambda s=subject: Q.war_claims(con, f, s, METRIC)),
                ("war_daily_series", lambda s=subject: Q.war_daily_series(con, f, s)),
                ("war_band", lambda s=subject: Q.war_band(con, f, s, METRIC)),
            ):
                ms = 1000 * best_of(fn, args.repeat)
                total += ms
                print(f"{name:<18} {ms:>10.1f}")
        pms = 1000 * sum(best_of(lambda s=s: pandas_view(frame, s), args.repeat) for s in SUBJECTS)
        print(
            f"{'whole view':<18} {total:>10.1f} {pms:>10.1f} {total / pms:>7.2f}  (both charts; target <= 100 ms)"
        )
        con.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
