"""Chart points read their example claim's quote and source by claims_wide row
(`figure_cube.row_id`); a database built before that column existed still answers, from
claims_wide, with the same points."""

from __future__ import annotations

from pathlib import Path

import duckdb
import pandas as pd

from claimsdesk import queries
from claimsdesk.filters import Filters
from etl.core import db
from tests.helpers import copy_build

TYPES = ("casualties", "missing", "captured")


def points_and_latest(pointer: Path) -> tuple[pd.DataFrame, pd.DataFrame]:
    real = db.resolve_live(pointer)
    assert real is not None
    con = db.connect_readonly(real)
    try:
        pts = queries.figure_points(con, Filters(), TYPES, "cumulative")
        latest = queries.latest_per_claimant(con, Filters(), TYPES)
        truth = con.execute(
            "SELECT claim_id, quote, source_url FROM claims_wide WHERE claim_id IN (SELECT unnest(?))",
            [pts["claim_id"].tolist()],
        ).df()
    finally:
        con.close()
    assert len(pts) > 10 and not latest.empty
    merged = pts.merge(truth, on="claim_id", suffixes=("", "_truth"))
    assert len(merged) == len(pts)
    assert (merged["quote"].fillna("") == merged["quote_truth"].fillna("")).all()
    assert (merged["source_url"].fillna("") == merged["source_url_truth"].fillna("")).all()
    return pts, latest


def test_points_carry_their_own_claims_text_with_or_without_the_row_column(
    built_default_db: Path, tmp_path: Path
) -> None:
    pts, latest = points_and_latest(built_default_db)
    old = copy_build(built_default_db, tmp_path)
    real = db.resolve_live(old)
    assert real is not None
    con = duckdb.connect(str(real))
    con.execute("ALTER TABLE figure_cube DROP COLUMN row_id")  # as built before the column
    con.close()
    old_pts, old_latest = points_and_latest(old)
    # Points of one claimant and day come in no set order: compare them in one order.
    assert same(old_pts, pts) and same(old_latest, latest)


def same(a: pd.DataFrame, b: pd.DataFrame) -> bool:
    keys = ["claimant", "stated_on", "metric", "subject", "qualifier", "claim_id"]
    x, y = (d.sort_values([k for k in keys if k in d.columns]).reset_index(drop=True) for d in (a, b))
    return bool(x.equals(y))
