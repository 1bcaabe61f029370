"""Issue 11 payload caps: no page sends more than 250 kB, whatever the data's size.

The dataset is generated larger than every cap (5,000 claims naming 400 places, 20,000 events at
thousands of locations). The bytes a page sends are the serialised elements AppTest receives
(the same protobuf messages the browser gets over its WebSocket: `benchmarks/first_paint.py`
measured the same sizes in Chromium).
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from streamlit.testing.v1 import AppTest

from benchmarks.dashboard_queries import generate
from claimsdesk import export, payload, queries
from claimsdesk.filters import Filters
from tests.helpers import PAGES, app_test, chart_specs

#: Streamlit's caches are emptied when the module starts and ends (conftest `module_caches`), not
#: before every test: a test that counts what is built or queried takes `fresh_caches`.
pytestmark = pytest.mark.usefixtures("module_caches")

N_CLAIMS = 5000
N_PLACES = 400


@pytest.fixture(scope="module")
def big_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("payload") / "big.duckdb"
    generate(path, N_CLAIMS, n_places=N_PLACES)
    return path


def _nodes(node: Any) -> Iterator[Any]:
    yield node
    for child in getattr(node, "children", {}).values():
        yield from _nodes(child)


def page_bytes(at: AppTest) -> int:
    """Bytes of every element the run sent (leaf elements' protobuf messages)."""
    return sum(
        n.proto.ByteSize()
        for n in _nodes(at._tree)
        if getattr(n, "proto", None) is not None and not getattr(n, "children", None)
    )


def captions(at: AppTest) -> str:
    return " ".join(c.value for c in at.caption)


@pytest.mark.parametrize("page", [p for p in PAGES if "review" not in p])
@pytest.mark.parametrize("params", [{}, {"rows": "500"}], ids=["default", "most-rows"])
def test_no_page_sends_more_than_the_cap(
    big_db: Path, monkeypatch: pytest.MonkeyPatch, page: str, params: dict[str, str]
) -> None:
    at = app_test(big_db, monkeypatch, page, **params)
    assert page_bytes(at) <= payload.PAGE_BYTES, page_bytes(at)


#: The tabs that hold a page's tables (opened by their link): each is a view of its own.
TABLE_TABS = [
    ("pages/1_overview.py", {"overview_chart": "Most recent claims"}),
    ("pages/1_overview.py", {"overview_chart": "Key events"}),
    ("pages/3_deployments.py", {"deploy_chart": "Latest per claimant"}),
    ("pages/4_attribution.py", {"attribution_chart": "Responses"}),
    ("pages/4_attribution.py", {"attribution_chart": "Quotes"}),
    ("pages/5_map.py", {"map_view": "Places as a table"}),
]


@pytest.mark.parametrize(("page", "params"), TABLE_TABS, ids=[next(iter(p.values())) for _, p in TABLE_TABS])
def test_no_table_tab_sends_more_than_the_cap(
    big_db: Path, monkeypatch: pytest.MonkeyPatch, page: str, params: dict[str, str]
) -> None:
    at = app_test(big_db, monkeypatch, page, **params)
    assert not at.exception
    assert page_bytes(at) <= payload.PAGE_BYTES, page_bytes(at)


def test_the_map_draws_capped_points_and_says_how_many_are_left_out(
    big_db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    at = app_test(big_db, monkeypatch, "pages/5_map.py")
    spec = chart_specs(at)[0]
    by_name = {tr["name"]: tr for tr in spec["data"]}
    claim_points = sum(len(tr["customdata"]) for n, tr in by_name.items() if n.startswith("claims"))
    event_points = len(by_name["events (marker size: events at the location)"]["customdata"])
    assert claim_points == queries.MAP_PLACES < N_PLACES
    assert event_points == queries.MAP_EVENT_POINTS
    text = captions(at)
    assert f"Showing {queries.MAP_PLACES:,} of {N_PLACES:,} places with claims" in text
    assert f"{queries.MAP_EVENT_POINTS:,} of " in text and "event locations" in text
    # Hovers are templates: per-point values only, not a formatted string per point.
    assert "%{customdata[0]}" in by_name["claims (exact location)"]["hovertemplate"]
    assert "hovertext" not in by_name["claims (exact location)"]


def test_explore_shows_part_and_says_so_and_the_export_holds_every_match(
    big_db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    at = app_test(big_db, monkeypatch, "pages/6_explore.py", rows="500")
    shown = len(at.dataframe[0].value)
    assert 0 < shown <= 500
    assert f"Showing **{shown:,}** of **{N_CLAIMS:,}** claims" in " ".join(c.value for c in at.caption)
    assert at.get("download_button")[0].proto.label == f"Download CSV ({N_CLAIMS:,} claims)"
    # The button's data is built on click from these arguments: every matching claim, sanitised.
    body = export.filtered_csv(str(big_db), Filters(), "stated_on", True, "all").decode("utf-8-sig")
    header, rows = body.split("\r\n", 1)
    assert header.startswith("# Claims Desk export; filters: all; rows: 5000")
    assert len(list(csv.DictReader(io.StringIO(rows)))) == N_CLAIMS


def test_the_export_is_written_a_batch_at_a_time_with_the_same_bytes_as_one_frame(big_db: Path) -> None:
    # The download never holds the whole result in one DataFrame: it reads DuckDB vectors in
    # batches (here 2,048 rows) and writes each; the file equals the one-frame export.
    from etl.core import db

    con = db.connect_readonly(big_db)
    try:
        frames = list(queries.explore_batches(con, Filters(), "claimant", False, N_CLAIMS, batch_rows=2048))
        whole = queries.explore(con, Filters(), "claimant", False, N_CLAIMS)
    finally:
        con.close()
    assert [len(x) for x in frames] == [2048, 2048, N_CLAIMS - 4096]

    def without_stamp(data: bytes) -> str:
        head, body = data.decode("utf-8-sig").split("\r\n", 1)
        return head.rsplit("; exported ", 1)[0] + "\r\n" + body

    batched = export.frames_to_safe_csv(iter(frames), "claimant asc")
    assert without_stamp(batched) == without_stamp(export.to_safe_csv(whole, "claimant asc"))
    assert f"rows: {N_CLAIMS};" in batched.decode("utf-8-sig").split("\r\n", 1)[0]


def test_a_table_is_cut_to_its_byte_budget() -> None:
    import pandas as pd

    df = pd.DataFrame({"quote": ["x" * 1000] * 50, "n": range(50)})
    assert len(payload.fit_rows(df, budget=10_000)) == 9  # 9 x (1000 + 2 x 8) <= 10,000
    assert len(payload.fit_rows(df.iloc[:0], budget=10)) == 0
    assert len(payload.fit_rows(df, budget=10)) == 1  # never an empty table when rows exist


@pytest.mark.parametrize("page", ["pages/2_casualties.py", "pages/3_deployments.py"])
def test_the_generated_data_fills_each_figure_page_default_chart(
    big_db: Path, monkeypatch: pytest.MonkeyPatch, page: str
) -> None:
    """The benchmarks' generated claims must give the default view of each figure page something
    to draw: a cap, a payload or a first paint measured on an empty chart says nothing (the
    generator once tied basis to the metric, so the Casualty page's default chart was empty)."""
    at = app_test(big_db, monkeypatch, page)
    spec = chart_specs(at)[0]
    assert spec["data"], page
    notes = [a.get("text", "") for a in spec["layout"].get("annotations", [])]
    assert not any("No figures match" in t for t in notes), notes
