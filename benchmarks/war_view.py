"""War-wide view benchmark: `python benchmarks/war_view.py [--n 1000000] [--repeat 5]`.

Builds N synthetic claims with benchmarks/dashboard_queries.py's generator, makes a quarter of
them war-wide (no region or place) and the cumulative ones killed-or-wounded, gives the claimants actors, one claim in 25 a note, one war-wide claim in 10
war claims a publisher's warring-party flag and one claimant a daily series (the General
Staff's source), then rebuilds the cubes. It times the casualty page's whole-war queries for
both charts (war_claims, war_daily_series, war_band on Russian and Ukrainian losses: six
queries) as the page runs them (from `war_cube`) against the same queries on `claims_wide`
(the scan they did before the cube), measured in the same run, with no filter and with the
dashboard's filters; it checks both give the same frames. Prints the machine's load next to
each line: the machine is shared. Target: the whole view <= 100 ms at 10M claims. Not a
timed test.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import duckdb
import pandas as pd
import sqlalchemy as sa

from benchmarks.dashboard_queries import CLAIMANTS, SIDES, best_of, generate
from claimsdesk import queries as Q
from claimsdesk.filters import Filters
from etl.core import db
from etl.core.schema import refresh_derived

# The generator's cumulative casualty claims are all 'wounded' (metric and basis cycle together):
# `prepare` makes them 'killed_or_wounded', the page's default count.
METRIC = "killed_or_wounded"
DAILY_CLAIMANT = "General Staff of the Armed Forces of Ukraine"


def prepare(path: Path, n: int) -> None:
    """Synthetic claims, a quarter war-wide, with actors, notes, flags and a daily series."""
    generate(path, n)
    con = duckdb.connect(str(path))
    con.execute(
        "UPDATE claims_wide SET region = NULL, places = NULL, place_ids = []::VARCHAR[] WHERE hash(claim_id) % 4 = 0"
    )
    con.execute(
        "DELETE FROM claim_places WHERE claim_id IN (SELECT claim_id FROM claims_wide WHERE len(place_ids) = 0)"
    )
    con.execute(
        "UPDATE claims_wide SET metric = $1 WHERE metric = 'wounded' AND basis = 'cumulative'", [METRIC]
    )
    # About 1,000 claims per 1M of one claimant as its daily series (region = the day's direction).
    con.execute(
        "UPDATE claims_wide SET source = 'general-staff', region = 'Kursk Oblast' "
        "WHERE claimant = $1 AND hash(claim_id) % 40 = 1",
        [DAILY_CLAIMANT],
    )
    # DuckDB updates a list column by moving the row: store the table by date again (as the ETL
    # does), with fresh row ids; the cubes and the quote index are rebuilt below.
    con.execute(
        "CREATE OR REPLACE TABLE claims_wide AS SELECT * FROM claims_wide ORDER BY stated_on, claim_id"
    )
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
        "period_start, period_end, region, verification, quote, "
        "CASE WHEN hash(claim_id) % 25 = 7 THEN 'Synthetic note on ' || claim_id END, source FROM claims_wide"
    )
    # A publisher's answer overrides the claimant's side for some claims (claim_party rule).
    con.execute(
        "INSERT INTO claim_warring_flags SELECT claim_id, (hash(claim_id) // 40) % 2 = 0, 'economist' "
        "FROM claims_wide WHERE claim_type = 'casualties' AND hash(claim_id) % 40 = 4"
    )
    refresh_derived(con)  # cubes and quote index: the updates above changed what they hold
    con.execute("CHECKPOINT")
    con.close()


Query = Callable[[duckdb.DuckDBPyConnection, Filters, str, sa.Table | None], pd.DataFrame]
QUERIES: dict[str, Query] = {
    "war_claims": lambda con, f, s, t: Q.war_claims(con, f, s, METRIC, table=t),
    "war_daily_series": lambda con, f, s, t: Q.war_daily_series(con, f, s, table=t),
    "war_band": lambda con, f, s, t: Q.war_band(con, f, s, METRIC, table=t),
}


def view(con: duckdb.DuckDBPyConnection, f: Filters, table: sa.Table | None) -> list[pd.DataFrame]:
    """Both charts' six queries (table None: as the page runs them)."""
    return [q(con, f, s, table) for s in Q.WAR_SUBJECTS for q in QUERIES.values()]


def load() -> str:
    return f"load {os.getloadavg()[0]:.1f}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=1_000_000, help="synthetic claims (default 1M)")
    parser.add_argument("--repeat", type=int, default=10, help="best of (default 10)")
    parser.add_argument(
        "--db", type=Path, help="a database this script prepared before (kept with --keep); --n is ignored"
    )
    parser.add_argument("--keep", type=Path, help="also copy the prepared database to this path")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = args.db or Path(tmp) / "war.duckdb"
        if args.db is None:
            t0 = time.perf_counter()
            prepare(path, args.n)
            print(f"generated {args.n:,} claims in {time.perf_counter() - t0:.1f} s ({load()})")
            if args.keep:
                shutil.copy(path, args.keep)
        con = db.connect_readonly(path)
        n_cube = con.execute("SELECT count(*) FROM war_cube").fetchall()[0][0]
        rare = con.execute(
            "SELECT claim_id FROM war_cube WHERE war_wide AND subject = $1 AND metric = $2 ORDER BY claim_id DESC LIMIT 1",
            [Q.WAR_SUBJECTS[0], METRIC],
        ).fetchall()[0][0]
        print(f"war_cube: {n_cube:,} rows")
        filters = {
            "no filter": Filters(),
            "claimant + dates": Filters(
                claimants=(CLAIMANTS[0], CLAIMANTS[1], CLAIMANTS[2]),
                date_from=dt.date(2023, 1, 1),
                date_to=dt.date(2024, 6, 30),
            ),
            "side + verification": Filters(sides=("Ukraine",), verification=("disputed", "confirmed")),
            "place": Filters(places=("Place 45",)),
            # a place's number (in 1 quote of 200) and a claim's number (in one quote)
            "quote search": Q.with_search_plan(con, Filters(q="45")),
            "quote search rare": Q.with_search_plan(con, Filters(q=rare.lstrip("c").lstrip("0"))),
        }
        print("no filter, per query (ms)      cube     scan")
        for s in Q.WAR_SUBJECTS:
            for name, q in QUERIES.items():
                cube_ms = 1000 * best_of(lambda q=q, s=s: q(con, Filters(), s, None), args.repeat)
                scan_ms = 1000 * best_of(lambda q=q, s=s: q(con, Filters(), s, Q.claims_wide), args.repeat)
                print(f"  {s[:9]:<10} {name:<18} {cube_ms:>7.1f} {scan_ms:>8.1f}")
        print(
            f"{'whole view (six queries)':<26} {'cube ms':>8} {'scan ms':>8} {'ratio':>6}  rows  target <= 100 ms"
        )
        for label, f in filters.items():
            got, scanned = view(con, f, None), view(con, f, Q.claims_wide)
            for a, b in zip(got, scanned, strict=True):
                pd.testing.assert_frame_equal(a, b)  # the cube answers exactly as the scan
            cube_ms = 1000 * best_of(lambda f=f: view(con, f, None), args.repeat)
            scan_ms = 1000 * best_of(lambda f=f: view(con, f, Q.claims_wide), args.repeat)
            rows = sum(len(df) for df in got)
            print(
                f"{label:<26} {cube_ms:>8.1f} {scan_ms:>8.1f} {cube_ms / scan_ms:>6.2f} {rows:>5}  {load()}"
            )
        con.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
