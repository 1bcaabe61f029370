"""Figures are drawn as claimed: two figures one claimant gave on one day are two points (never a
range from the smaller to the larger), and a batch ("3,000 more") is never read as a total.

Built from a small dataset of our own: NIS gives 1,000 sappers and 5,000 builders on one day (as
Shoigu did on 17 June 2025), a total of 11,000, and later a batch of 3,000 more.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from pathlib import Path

import duckdb
import pandas as pd
import pytest

from claimsdesk import charts, figures, queries, ui
from claimsdesk.filters import Filters
from etl.build import build
from etl.core import db
from tests.helpers import claim_row, claims_csv, trace_values, write_dataset

TYPES = ("deployment",)


def deployment(ref: str, stated_on: str, low: str, high: str, qualifier: str, basis: str, quote: str) -> str:
    return claim_row(
        ref=ref,
        claimant="NIS",
        channel="parliamentary briefing",
        stated_on=stated_on,
        claim_type="deployment",
        metric="troops_deployed",
        subject="DPRK forces",
        value_low=low,
        value_high=high,
        qualifier=qualifier,
        basis=basis,
        period_start="",
        period_end="",
        places="Plekhovo",
        documents="doc-b",
        quote=quote,
    )


@pytest.fixture(scope="module")
def pointer(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("apart")
    rows = [
        deployment(
            "d-total", "2024-11-20", "11000", "11000", "about", "cumulative", "About 11,000 are deployed."
        ),
        deployment("d-sappers", "2025-06-17", "1000", "1000", "exact", "period", "One thousand sappers."),
        deployment("d-builders", "2025-06-17", "5000", "5000", "exact", "period", "Five thousand builders."),
        deployment(
            "d-more", "2025-07-01", "3000", "", "at_least", "period", "At least 3,000 more were sent."
        ),
    ]
    data = write_dataset(folder / "data", claims=claims_csv(*rows))
    build(data, folder / "claims.duckdb")
    return folder / "claims.duckdb"


@pytest.fixture(scope="module")
def con(pointer: Path) -> Iterator[duckdb.DuckDBPyConnection]:
    real = db.resolve_live(pointer)
    assert real is not None
    c = db.connect_readonly(real)
    yield c
    c.close()


@pytest.mark.parametrize(
    "f",
    [Filters(), Filters(places=("Plekhovo",))],
    ids=["from the cube", "from the claim rows (a place filter)"],
)
def test_two_figures_of_one_day_are_two_points_not_a_range(
    con: duckdb.DuckDBPyConnection, f: Filters
) -> None:
    pts = queries.figure_points(con, f, TYPES, "period", "DPRK forces", "troops_deployed")
    day = pts[pts["stated_on"] == "2025-06-17"]
    assert sorted(zip(day["value_low"], day["value_high"], day["claims"], strict=True)) == [
        (1000, 1000, 1),
        (5000, 5000, 1),
    ]
    assert sorted(day["quote"]) == ["Five thousand builders.", "One thousand sappers."]
    assert "1,000–5,000" not in charts.figure_labels(pts)


def test_the_latest_total_is_not_hidden_by_a_later_batch(con: duckdb.DuckDBPyConnection) -> None:
    latest = queries.latest_per_claimant(
        con, Filters(), TYPES, "DPRK forces", "troops_deployed", "cumulative"
    )
    assert latest[["claimant", "value_low", "qualifier"]].values.tolist() == [
        ["National Intelligence Service (South Korea)", 11000, "about"]
    ]
    any_basis = queries.latest_per_claimant(con, Filters(), TYPES, "DPRK forces", "troops_deployed")
    assert any_basis["value_low"].tolist() == [3000], "without a basis the latest is the batch"


def drawn(pointer: Path, monkeypatch: pytest.MonkeyPatch, recipe: Callable[..., object]) -> list[float]:
    """The y values of every marked point the Troop deployments chart `recipe` draws."""
    monkeypatch.setattr(ui, "DB_PATH", pointer)
    fig = figures.figure(recipe, Filters(), TYPES, "DPRK forces", "troops_deployed")
    assert fig is not None
    spec = json.loads(fig.to_json())
    marked = [tr for tr in spec["data"] if tr.get("mode") == "markers+text"]
    return sorted(y for tr in marked for y in trace_values(tr["y"]))


def test_the_totals_chart_draws_totals_and_the_batches_tab_the_batches(
    pointer: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert drawn(pointer, monkeypatch, figures.deployments) == [11000]
    assert drawn(pointer, monkeypatch, figures.deployments_batches) == [1000, 3000, 5000]


def test_the_last_points_label_has_room_before_the_legend(
    pointer: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A fixed 12% of the time span after the last point left "about 15,000" running into the
    legend: the room now grows with the label (about 6 px a character in a ~430 px plot)."""
    monkeypatch.setattr(ui, "DB_PATH", pointer)
    fig = figures.figure(figures.deployments_batches, Filters(), TYPES, "DPRK forces", "troops_deployed")
    assert fig is not None
    spec = json.loads(fig.to_json())
    marked = [tr for tr in spec["data"] if tr.get("mode") == "markers+text"]
    at = {pd.Timestamp(x): t for tr in marked for x, t in zip(tr["x"], tr["text"], strict=True)}
    last = max(at)
    lo, hi = (pd.Timestamp(v) for v in spec["layout"]["xaxis"]["range"])
    assert at[last] == "at least 3,000"
    assert (hi - last) / (hi - lo) >= (6 * len(at[last]) + 14) / charts.PLOT_PX
