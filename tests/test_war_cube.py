"""The whole-war view read from `war_cube` gives exactly what the claims_wide scan gives.

Generated dataset (benchmarks/war_view.py's `prepare`: a quarter of the claims war-wide, notes
on some claims, a publisher's warring-party flag on some, one claimant's daily series): every
whole-war query is run on both tables under the dashboard's filters, and the frames compared
whole. Then: a flag changed after the build is seen at once (the cube does not store the
answer), a database without the cube and a subject outside it are read from claims_wide, and
the Casualty page's whole-war view (AppTest) shows the cube's rows.
"""

from __future__ import annotations

import datetime as dt
import logging
import shutil
from collections.abc import Iterator
from pathlib import Path

import duckdb
import pandas as pd
import pytest
import streamlit as st

from benchmarks.dashboard_queries import CLAIMANTS
from benchmarks.war_view import METRIC, prepare
from claimsdesk import queries as Q
from claimsdesk.filters import Filters
from etl.core import db
from tests.helpers import app_test, chart_specs

N = 48_000
RU, UA = Q.WAR_SUBJECTS


@pytest.fixture(scope="module")
def gen_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("war-cube") / "gen.duckdb"
    prepare(path, N)
    return path


@pytest.fixture
def con(gen_db: Path) -> Iterator[duckdb.DuckDBPyConnection]:
    c = db.connect_readonly(gen_db)
    yield c
    c.close()


def _filters(con: duckdb.DuckDBPyConnection) -> dict[str, Filters]:
    # War-wide claims name no place: a place filter keeps daily-series claims that name one.
    daily_place = con.execute(
        "SELECT p.name FROM war_cube w, unnest(w.place_ids) u(place_id) JOIN places p USING (place_id) "
        "WHERE w.subject = $1 ORDER BY w.claim_id LIMIT 1",
        [RU],
    ).fetchall()[0][0]
    # A place number some war-wide claim's quote names ("Synthetic quote 12 near Place 12").
    war_place = con.execute(
        "SELECT split_part(c.quote, ' ', -1) FROM war_cube w JOIN claims_wide c USING (claim_id) "
        "WHERE w.subject = $1 ORDER BY w.claim_id LIMIT 1",
        [RU],
    ).fetchall()[0][0]
    return {
        "none": Filters(),
        "claimants and dates": Filters(
            claimants=(CLAIMANTS[0], CLAIMANTS[1], CLAIMANTS[5]),
            date_from=dt.date(2023, 1, 1),
            date_to=dt.date(2024, 6, 30),
        ),
        "side and verification": Filters(sides=("Ukraine",), verification=("disputed", "confirmed")),
        "type, metric, subject": Filters(claim_types=("casualties",), metrics=(METRIC,), subjects=(RU,)),
        "region": Filters(regions=("Kursk Oblast",)),
        "place": Filters(places=(daily_place, "Place 65")),
        "quote search, planned": Q.with_search_plan(con, Filters(q="near place 45")),
        "quote search, unplanned": Filters(q=f"synthetic place {war_place}"),
        "nothing matches": Filters(claimants=("nobody",)),
    }


def _war_frames(con: duckdb.DuckDBPyConnection, f: Filters, table: object) -> dict[str, pd.DataFrame]:
    out: dict[str, pd.DataFrame] = {}
    for s in Q.WAR_SUBJECTS:
        out[f"claims {s}"] = Q.war_claims(con, f, s, METRIC, table=table)  # type: ignore[arg-type]
        out[f"limited {s}"] = Q.war_claims(con, f, s, METRIC, limit=50, table=table)  # type: ignore[arg-type]
        out[f"daily {s}"] = Q.war_daily_series(con, f, s, table=table)  # type: ignore[arg-type]
        out[f"band {s}"] = Q.war_band(con, f, s, METRIC, table=table)  # type: ignore[arg-type]
    return out


def test_the_cube_and_the_scan_give_identical_frames_under_every_filter(
    con: duckdb.DuckDBPyConnection,
) -> None:
    shown: dict[str, int] = {}
    for label, f in _filters(con).items():
        cube, scan = _war_frames(con, f, Q.war_cube), _war_frames(con, f, Q.claims_wide)
        for key in cube:
            pd.testing.assert_frame_equal(cube[key], scan[key], obj=f"{label}: {key}")
        # What the page calls (no table given) is the cube's answer.
        pd.testing.assert_frame_equal(Q.war_claims(con, f, RU, METRIC), cube[f"claims {RU}"])
        shown[label] = sum(len(df) for df in cube.values())
    # The comparisons were not of empty frames: every filter but the last keeps some rows.
    assert shown["nothing matches"] == 0
    assert all(n > 0 for label, n in shown.items() if label != "nothing matches"), sorted(shown.items())
    everything = _war_frames(con, Filters(), Q.war_cube)
    claims = everything[f"claims {RU}"]
    # The limit keeps the earliest claims, as ordered (date stated, claimant, id).
    assert len(claims) > 50
    pd.testing.assert_frame_equal(everything[f"limited {RU}"], claims.head(50))
    # The dataset exercises what the rows carry: both ways of deciding the party, notes,
    # bounds, quotes read by row, the daily series and the band.
    assert set(claims["decided_by"]) == {"claimant side", "economist"}
    assert set(claims["party"]) == {"warring party", "third party"}
    assert claims["notes"].notna().any() and claims["notes"].isna().any()
    assert claims["quote"].str.startswith("Synthetic quote").all()
    # Each figure keeps its qualifier ("at least 30,815", "about 7,040", "11,000–12,000").
    assert claims["figure"].str.fullmatch(r"(at least |about |over |up to |nearly )?[\d,]+(–[\d,]+)?").all()
    assert (
        claims["figure"].str.startswith("at least ").any() and claims["figure"].str.startswith("about ").any()
    )
    assert not everything[f"daily {RU}"].empty and not everything[f"band {RU}"].empty


def test_a_flag_changed_after_the_build_is_seen_without_a_refresh(gen_db: Path, tmp_path: Path) -> None:
    path = tmp_path / "flagged.duckdb"
    shutil.copyfile(gen_db, path)
    con = duckdb.connect(str(path))
    try:
        before = Q.war_claims(con, Filters(), RU, METRIC)
        warring = before[before["decided_by"] == "claimant side"].iloc[0]
        con.execute(
            "INSERT INTO claim_warring_flags VALUES ($1, $2, 'test publisher')",
            [warring["claim_id"], not bool(warring["by_warring_party"])],
        )
        cube = Q.war_claims(con, Filters(), RU, METRIC, table=Q.war_cube)
        pd.testing.assert_frame_equal(cube, Q.war_claims(con, Filters(), RU, METRIC, table=Q.claims_wide))
        row = cube.set_index("claim_id").loc[warring["claim_id"]]
        assert row["decided_by"] == "test publisher"
        assert bool(row["by_warring_party"]) is not bool(warring["by_warring_party"])
        band = Q.war_band(con, Filters(), RU, METRIC)
        pd.testing.assert_frame_equal(band, Q.war_band(con, Filters(), RU, METRIC, table=Q.claims_wide))
    finally:
        con.close()


def test_a_database_without_the_cube_and_other_subjects_read_claims_wide(
    gen_db: Path, tmp_path: Path, caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    """(QA pass 31: and the server's log says so once, where it said nothing)"""
    monkeypatch.setattr(Q, "_said_slow", set())
    con = db.connect_readonly(gen_db)
    try:
        want = Q.war_claims(con, Filters(), RU, METRIC, table=Q.claims_wide)
        dprk = Q.war_claims(con, Filters(), "DPRK forces", "killed")  # not a cube subject
        pd.testing.assert_frame_equal(
            dprk, Q.war_claims(con, Filters(), "DPRK forces", "killed", table=Q.claims_wide)
        )
    finally:
        con.close()
    path = tmp_path / "old.duckdb"
    shutil.copyfile(gen_db, path)
    rw = duckdb.connect(str(path))
    rw.execute("DROP TABLE war_cube")  # as built before the cube existed
    rw.close()
    old = db.connect_readonly(path)
    try:
        with caplog.at_level(logging.WARNING, logger="claimsdesk.queries"):
            pd.testing.assert_frame_equal(Q.war_claims(old, Filters(), RU, METRIC), want)
            assert not Q.war_band(old, Filters(), RU, METRIC).empty
    finally:
        old.close()
    said = [r.getMessage() for r in caplog.records if r.name == "claimsdesk.queries"]
    assert len(said) == 1 and said[0].startswith("war_cube unreadable, reading claims_wide instead"), said


def test_the_casualty_page_whole_war_view_shows_the_cube_rows(
    gen_db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    st.cache_data.clear()
    st.cache_resource.clear()
    claimants = [CLAIMANTS[0], CLAIMANTS[1]]  # a warring party and a third party
    at = app_test(
        gen_db,
        monkeypatch,
        "pages/2_casualties.py",
        view="Whole war",
        parties="Warring parties vs third parties",
        claimant=claimants,
    )
    assert at.radio(key="view").value == "Whole war"
    assert at.radio(key="war_metric").value == "killed or wounded"
    con = db.connect_readonly(gen_db)
    try:
        f = Filters(claimants=tuple(claimants))
        ru = Q.war_claims(con, f, RU, METRIC, table=Q.claims_wide)
        assert len(ru) > 20 and set(ru["claimant"]) == set(claimants)
        assert set(ru["party"]) == {"warring party", "third party"}
        for table, subject in zip(at.dataframe, Q.WAR_SUBJECTS, strict=True):
            want = Q.war_claims(con, f, subject, METRIC, table=Q.claims_wide)
            got = table.value.reset_index(drop=True)
            assert got["claim_id"].tolist() == want["claim_id"].tolist()
            assert got["party"].tolist() == want["party"].tolist()
            assert got["quote"].tolist() == want["quote"].tolist()
        # Split view: the band of the third-party estimates is drawn on the Russian chart.
        specs = chart_specs(at)
        assert any(tr.get("fill") == "toself" for tr in specs[0]["data"])
        # Killed is another count: none of the killed-or-wounded claims on its chart.
        at.radio(key="war_metric").set_value("killed").run()
        assert not at.exception, [e.value for e in at.exception]
        for table, subject in zip(at.dataframe, Q.WAR_SUBJECTS, strict=True):
            killed = Q.war_claims(con, f, subject, "killed", table=Q.claims_wide)
            either = Q.war_claims(con, f, subject, METRIC, table=Q.claims_wide)
            got = table.value.reset_index(drop=True)["claim_id"].tolist()
            assert got == killed["claim_id"].tolist()
            assert not set(got) & set(either["claim_id"])
    finally:
        con.close()


def test_the_cube_carries_each_claims_quote_outlets_and_link(con: duckdb.DuckDBPyConnection) -> None:
    """Issue 11: the whole-war points read their text from war_cube (no scattered reads of
    claims_wide); it is the text of the claim's own claims_wide row."""
    rows = con.execute(
        "SELECT count(*), count(*) FILTER (WHERE w.quote IS NOT DISTINCT FROM c.quote "
        "AND w.reported_by IS NOT DISTINCT FROM c.reported_by AND w.source_url IS NOT DISTINCT FROM "
        "c.source_url AND w.n_reports IS NOT DISTINCT FROM c.n_reports AND w.claim_id = c.claim_id) "
        "FROM war_cube w JOIN claims_wide c ON c.rowid = w.row_id"
    ).fetchall()[0]
    assert rows[0] > 100 and rows[1] == rows[0]


def test_a_cube_built_without_the_text_columns_is_read_from_claims_wide(gen_db: Path, tmp_path: Path) -> None:
    path = tmp_path / "older.duckdb"
    shutil.copyfile(gen_db, path)
    rw = duckdb.connect(str(path))
    for col in ("quote", "reported_by", "source_url", "n_reports"):
        rw.execute(f"ALTER TABLE war_cube DROP COLUMN {col}")  # as built before they were added
    rw.close()
    old = db.connect_readonly(path)
    try:
        for f in (Filters(), Filters(sides=("Ukraine",))):
            pd.testing.assert_frame_equal(
                Q.war_claims(old, f, RU, METRIC), Q.war_claims(old, f, RU, METRIC, table=Q.claims_wide)
            )
            pd.testing.assert_frame_equal(
                Q.war_daily_series(old, f, RU), Q.war_daily_series(old, f, RU, table=Q.claims_wide)
            )
    finally:
        old.close()


def test_a_side_with_nothing_to_draw_skips_the_full_queries(
    con: duckdb.DuckDBPyConnection, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Issue 11: an empty side cost 10-15 ms per query at 10M claims. Once a query has come back
    empty, a side that matches nothing is answered by one probe of the cube, with the same
    (empty) frame; a side with rows still runs the query."""
    nothing = Filters(claimants=("Nobody",))
    queries = {
        "war_claims": lambda f, s: Q.war_claims(con, f, s, METRIC),
        "war_daily_series": lambda f, s: Q.war_daily_series(con, f, s),
        "war_band": lambda f, s: Q.war_band(con, f, s, METRIC),
    }
    first = {k: q(nothing, RU) for k, q in queries.items()}  # as the queries return it
    assert all(df.empty for df in first.values())
    ran: list[str] = []
    real = Q.run
    monkeypatch.setattr(Q, "run", lambda c, stmt: ran.append(str(stmt)) or real(c, stmt))
    for k, q in queries.items():
        again = q(nothing, UA)
        pd.testing.assert_frame_equal(again, first[k], obj=k)
    assert ran == []  # no full query ran for the empty side
    for k, q in queries.items():
        got = q(Filters(), RU)
        assert not got.empty, k
    assert len(ran) >= 3
