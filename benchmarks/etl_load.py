"""ETL load benchmark: `python benchmarks/etl_load.py [--n 1000000]`.

Generates N synthetic claim rows in the project's input format (1 row in 20 is a second
report of the previous row's claim from another document, as when two outlets carry one figure) (plus the small actor, place and
document files they refer to), then times in the same run:

- baseline: a bare DuckDB `CREATE TABLE AS SELECT * FROM read_csv(...)` of the claims file;
- build: `etl.build.build`, which validates every row, de-duplicates claims into reports,
  resolves places, writes the quarantine and publishes the file.

It prints both times and their ratio (target: build <= 1.3 x baseline). Not a timed test.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import duckdb

from etl.build import build
from etl.core.contract import CLAIMS_INPUT

ACTORS = """name,aliases,kind,side,parent
Defense Intelligence of Ukraine (HUR),HUR,intelligence,Ukraine,
National Intelligence Service (South Korea),NIS,intelligence,South Korea,
US Department of Defense,Pentagon,state_body,United States,
Russian Ministry of Defense,,state_body,Russia,
Volodymyr Zelenskyy,Zelensky,official,Ukraine,
"""
PLACES = """place_id,name,aliases,kind,admin2,admin1,country_code,lat,lon,coord_precision,source_url,notes
kursk-oblast,Kursk Oblast,,region,,Kursk Oblast,RU,51.75,36.0167,exact,,
sudzha,Sudzha,,town,Sudzhansky District,Kursk Oblast,RU,51.19,35.27,exact,,
plekhovo,Plekhovo,,village,Sudzhansky District,Kursk Oblast,RU,51.1,35.33,exact,,
vorozhba-kursk,Vorozhba,,village,Belovsky District,Kursk Oblast,RU,51.1,35.5,approximate,,
vorozhba-sumy,Vorozhba,,town,Sumy Raion,Sumy Oblast,UA,51.17,34.23,exact,,
"""
EMPTY = {
    "responses.csv": "responder,stance,about,claims,stated_on,stated_on_precision,documents,quote\n",
    "events.csv": "event_id,title,kind,date_start,date_end,date_precision,place,region,key_event,"
    "fatalities_low,fatalities_best,fatalities_high,source_url,documents,notes\n",
}


def generate(data_dir: Path, n: int, n_docs: int = 1000) -> Path:
    """Write a valid synthetic dataset of `n` claims; returns the claims file."""
    data_dir.mkdir(parents=True, exist_ok=True)
    (data_dir / "actors.csv").write_text(ACTORS)
    (data_dir / "places.csv").write_text(PLACES)
    for name, text in EMPTY.items():
        (data_dir / name).write_text(text)
    con = duckdb.connect()
    con.execute(
        f"""
        COPY (SELECT 'doc-' || i AS doc_id, 'Outlet ' || (i % 50) AS outlet,
                     'https://example.org/' || i AS url, 'Title ' || i AS title,
                     DATE '2024-08-01' + CAST(i % 500 AS INTEGER) AS published_at, 'en' AS language,
                     'Kursk' AS tags, NULL AS notes
              FROM range({n_docs}) t(i))
        TO '{data_dir / "documents.csv"}' (HEADER)
        """
    )
    cols = ", ".join(CLAIMS_INPUT)
    con.execute(
        f"""
        COPY (
            WITH r AS (SELECT i, CASE WHEN i % 20 = 1 THEN i - 1 ELSE i END AS j FROM range({n}) t(i)),
                 g AS (SELECT i, j, j % 7 AS k FROM r)
            SELECT NULL AS ref,
                   ['HUR', 'NIS', 'Pentagon', 'Russian Ministry of Defense', 'Zelensky'][1 + j % 5]
                       AS claimant,
                   ['Telegram', 'briefing', 'interview'][1 + j % 3] AS channel,
                   DATE '2024-08-06' + CAST(j % 600 AS INTEGER) AS stated_on,
                   'day' AS stated_on_precision,
                   CASE WHEN k < 5 THEN 'casualties' ELSE 'deployment' END AS claim_type,
                   CASE WHEN k < 5 THEN ['killed', 'wounded', 'killed_or_wounded'][1 + j % 3]
                        ELSE 'troops_deployed' END AS metric,
                   ['DPRK forces', 'Russian forces', 'Ukrainian forces'][1 + j % 3] AS subject,
                   CASE WHEN k IN (0, 1, 2, 5) THEN 10 + j END AS value_low,
                   CASE WHEN k = 0 THEN 10 + j
                        WHEN k IN (3, 4) THEN 100 + j
                        WHEN k = 5 THEN 20 + j END AS value_high,
                   ['exact', 'at_least', 'over', 'up_to', 'nearly', 'range', NULL][1 + k]
                       AS qualifier,
                   CASE WHEN k = 6 THEN NULL WHEN k < 3 THEN 'period' ELSE 'cumulative' END AS basis,
                   CASE WHEN k < 3 THEN DATE '2024-08-01' + CAST(j % 600 AS INTEGER) END
                       AS period_start,
                   CASE WHEN k < 3 THEN DATE '2024-08-03' + CAST(j % 600 AS INTEGER) END
                       AS period_end,
                   ['Sudzha', 'Plekhovo;Vorozhba', '', 'Kursk Oblast'][1 + j % 4] AS places,
                   'Kursk Oblast' AS region, 'unverified' AS verification,
                   'doc-' || (i % {n_docs}) AS documents,
                   'Synthetic quote number ' || j || ', "quoted", with a comma' AS quote,
                   NULL AS notes
            FROM g
        ) TO '{data_dir / "claims.csv"}' (HEADER)
        """
    )
    con.close()
    # Keep the declared column order (COPY writes the SELECT's order, which matches).
    assert tuple(CLAIMS_INPUT) == tuple(cols.split(", "))
    return data_dir / "claims.csv"


def bare_load(claims_csv: Path, db_file: Path) -> float:
    """The baseline: DuckDB's own reader into a table, no validation."""
    started = time.perf_counter()
    con = duckdb.connect(str(db_file))
    con.execute(f"CREATE TABLE claims AS SELECT * FROM read_csv('{claims_csv}')")
    con.close()
    return time.perf_counter() - started


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=1_000_000, help="synthetic claims (default 1M)")
    parser.add_argument("--repeat", type=int, default=3, help="runs of each; best is reported")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        t0 = time.perf_counter()
        claims_csv = generate(root / "data", args.n)
        size_mb = claims_csv.stat().st_size / 1e6
        print(f"generated {args.n:,} claims ({size_mb:.0f} MB) in {time.perf_counter() - t0:.1f} s")
        bare: list[float] = []
        built: list[float] = []
        for r in range(args.repeat):
            bare.append(bare_load(claims_csv, root / f"bare-{r}.duckdb"))
            started = time.perf_counter()
            report = build(root / "data", root / "out" / "claims.duckdb")
            built.append(time.perf_counter() - started)
            assert report.files[3].rows_read == args.n, report.files[3]
            assert report.files[3].rows_quarantined == 0, report.quarantine[:3]
        b, e = min(bare), min(built)
        print(f"baseline  bare read_csv CTAS : {b:7.3f} s  (best of {args.repeat})")
        print(f"etl build (validate + load)  : {e:7.3f} s  (best of {args.repeat})")
        print(f"ratio build / baseline       : {e / b:7.2f} x  (target <= 1.30)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
