"""Chart points show their example claim's own quote and source: copied into `figure_cube` at
build time (read with the points, in one query), or read by claims_wide row. A database built
before those columns existed still answers, from claims_wide, with the same points."""

from __future__ import annotations

from pathlib import Path

import duckdb
import pandas as pd
import pytest

from claimsdesk import queries
from claimsdesk.filters import Filters
from etl.core import db
from etl.core.schema import FIGURE_CUBE
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


def built_before(built_default_db: Path, tmp_path: Path, *columns: str) -> Path:
    """A copy of the bundled build whose figure_cube lacks `columns`, as a build before they
    existed."""
    old = copy_build(built_default_db, tmp_path)
    real = db.resolve_live(old)
    assert real is not None
    con = duckdb.connect(str(real))
    for col in columns:
        con.execute(f"ALTER TABLE figure_cube DROP COLUMN {col}")
    con.close()
    return old


def test_points_carry_their_own_claims_text_with_or_without_the_row_column(
    built_default_db: Path, tmp_path: Path
) -> None:
    pts, latest = points_and_latest(built_default_db)
    old_pts, old_latest = points_and_latest(built_before(built_default_db, tmp_path, "row_id"))
    # Points of one claimant and day come in no set order: compare them in one order.
    assert same(old_pts, pts) and same(old_latest, latest)


def test_points_read_from_a_cube_without_the_example_text_match_the_cube_with_it(
    built_default_db: Path, tmp_path: Path
) -> None:
    pts, latest = points_and_latest(built_default_db)
    text = ("quote", "reported_by", "source_url", "channel", "places")
    old_pts, old_latest = points_and_latest(built_before(built_default_db, tmp_path, *text))
    assert same(old_pts, pts) and same(old_latest, latest)


def test_a_points_example_text_is_that_claims_own_even_where_it_has_no_outlet(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Three claims in one point, two of them in one cube row (the third is confirmed: a cube row
    per verification, one point for both; a point's region is one of its keys): the example is the largest claim
    id, which names no outlet and no link. Its point shows none, not another claim's (`arg_max`
    would skip the NULLs, in the cube or in the query). Points summarise claims only when there
    are more than `SPLIT_MAX` (generated data; fewer are split by figure): here, more than one."""
    monkeypatch.setattr(queries, "SPLIT_MAX", 1)
    con = duckdb.connect(str(tmp_path / "cube.duckdb"))
    con.execute(
        """CREATE TABLE claims_wide AS SELECT * FROM (VALUES
            ('c-1', 'HUR', 'Ukraine', DATE '2024-12-16', 'killed_or_wounded', 'DPRK forces', 'at_least',
             'period', 'casualties', 'Kursk', 'unverified', 'curated', 30, NULL, DATE '2024-12-14',
             DATE '2024-12-15', 'day', 'at least 30', 'Kyiv Independent', 'https://a.example/1',
             'telegram', 'Plekhovo'),
            ('c-2', 'HUR', 'Ukraine', DATE '2024-12-16', 'killed_or_wounded', 'DPRK forces', 'at_least',
             'period', 'casualties', 'Kursk', 'unverified', 'curated', 40, NULL, DATE '2024-12-15',
             DATE '2024-12-15', 'day', 'no fewer than 40', NULL, NULL, NULL, NULL),
            ('c-0', 'HUR', 'Ukraine', DATE '2024-12-16', 'killed_or_wounded', 'DPRK forces', 'at_least',
             'period', 'casualties', 'Kursk', 'confirmed', 'curated', 35, NULL, DATE '2024-12-14',
             DATE '2024-12-14', 'day', 'at least 35', 'Reuters', 'https://b.example/2', 'telegram',
             'Vorozhba')
        ) t(claim_id, claimant, claimant_side, stated_on, metric, subject, qualifier, basis, claim_type,
            region, verification, source, value_low, value_high, period_start, period_end,
            stated_on_precision, quote, reported_by, source_url, channel, places)"""
    )
    con.execute(FIGURE_CUBE.create_sql())
    # (a point's note is looked up in claims, as the build publishes it)
    con.execute("CREATE TABLE claims AS SELECT claim_id, stated_on, NULL::VARCHAR AS notes FROM claims_wide")
    # (and its responses in response_claims, responses and actors: none here)
    con.execute("CREATE TABLE response_claims (response_id VARCHAR, claim_id VARCHAR)")
    con.execute(
        "CREATE TABLE responses (response_id VARCHAR, responder_id VARCHAR, stance VARCHAR, about VARCHAR, stated_on DATE)"
    )
    con.execute("CREATE TABLE actors (actor_id VARCHAR, name VARCHAR)")
    con.close()
    con = db.connect_readonly(tmp_path / "cube.duckdb")
    try:
        pts = queries.figure_points(con, Filters(), ("casualties",), "period")
    finally:
        con.close()
    assert len(pts) == 1
    p = pts.iloc[0]
    assert (p["claims"], p["claim_id"], p["value_low"]) == (3, "c-2", 30)
    assert p["quote"] == "no fewer than 40"
    assert pd.isna(p["reported_by"]) and pd.isna(p["source_url"]) and pd.isna(p["places"])


def same(a: pd.DataFrame, b: pd.DataFrame) -> bool:
    keys = ["claimant", "stated_on", "metric", "subject", "qualifier", "claim_id"]
    x, y = (d.sort_values([k for k in keys if k in d.columns]).reset_index(drop=True) for d in (a, b))
    return bool(x.equals(y))
