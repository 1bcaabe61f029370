"""Quote search at scale: rarest word first, then the others semi-joined to it; a word found in
very many quotes limits the search to the newest SEARCH_WINDOW claims, and the sidebar says so."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import duckdb
import pytest
import streamlit as st

from benchmarks.dashboard_queries import generate
from claimsdesk import queries
from claimsdesk.filters import Filters
from etl.core import db
from tests.helpers import app_test

N = 3000


@pytest.fixture(scope="module")
def gen_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("search-plan") / "gen.duckdb"
    generate(path, N)
    return path


@pytest.fixture
def con(gen_db: Path) -> Iterator[duckdb.DuckDBPyConnection]:
    c = db.connect_readonly(gen_db)
    yield c
    c.close()


def scanned(con: duckdb.DuckDBPyConnection, q: str, from_row: int = 0) -> set[str]:
    """The claims whose quote holds every word of `q`, found by reading every quote in Python."""
    want = set(re.findall(r"[^\W_]+", q.lower()))
    rows = con.execute("SELECT claim_id, quote FROM claims_wide WHERE rowid >= ?", [from_row]).fetchall()
    return {cid for cid, quote in rows if want <= set(re.findall(r"[^\W_]+", (quote or "").lower()))}


def found(con: duckdb.DuckDBPyConnection, f: Filters) -> set[str]:
    rows = queries.explore(con, f, limit=N)
    assert queries.count_claims(con, f) == len(rows)
    return set(rows["claim_id"])


def test_the_rarest_word_goes_first_and_the_answer_is_the_same(con: duckdb.DuckDBPyConnection) -> None:
    order, from_row, counts = queries.plan_search(con, "near Place 17")
    assert order[0] == "17" and set(order) == {"near", "place", "17"}
    assert counts["17"] < counts["near"] == counts["place"] == N
    assert from_row is None  # every word is rarer than the window at this size: all quotes read
    planned = queries.with_search_plan(con, Filters(q="near Place 17"))
    expected = scanned(con, "near Place 17")
    assert expected and found(con, planned) == found(con, Filters(q="near Place 17")) == expected


def test_a_very_common_word_searches_the_newest_claims_only(
    con: duckdb.DuckDBPyConnection, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(queries, "SEARCH_WINDOW", 500)
    _order, from_row, counts = queries.plan_search(con, "near place 17")
    assert from_row == N - 500 and counts["near"] > 500
    f = queries.with_search_plan(con, Filters(q="near place 17"))
    expected = scanned(con, "near place 17", from_row)
    assert expected and found(con, f) == expected
    # The window holds the newest claims: none of those found is older than what the window left out.
    newest = con.execute("SELECT min(stated_on) FROM claims_wide WHERE rowid >= ?", [from_row]).fetchone()
    older = con.execute("SELECT max(stated_on) FROM claims_wide WHERE rowid < ?", [from_row]).fetchone()
    assert newest is not None and older is not None and newest[0] >= older[0]
    # A rare word alone is never windowed.
    assert queries.plan_search(con, "17")[1] is None


def test_the_sidebar_says_when_only_the_newest_claims_were_searched(
    gen_db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    st.cache_data.clear()
    monkeypatch.setattr(queries, "SEARCH_WINDOW", 500)
    at = app_test(gen_db, monkeypatch, "pages/6_explore.py", q="near place")
    notes = " ".join(i.value for i in at.sidebar.info)
    assert "Only the newest 500 claims were searched" in notes and "“near” (3,000)" in notes
    st.cache_data.clear()
    at = app_test(gen_db, monkeypatch, "pages/6_explore.py", q="17")
    assert not at.sidebar.info
    st.cache_data.clear()
