"""claimsdesk.shape: the small reshapes pages use instead of writing pandas themselves."""

import math

import pandas as pd

from claimsdesk import charts, shape


def test_choices_keep_the_query_order_without_repeats() -> None:
    df = pd.DataFrame({"subject": ["b", "a", "b", "c"], "metric": ["k", "w", "kw", "k"]})
    assert shape.choices(df, "subject") == ["b", "a", "c"]
    assert shape.choices(df, "subject", sort=True) == ["a", "b", "c"]


def test_choices_narrow_to_rows_whose_columns_equal_the_keywords() -> None:
    df = pd.DataFrame({"subject": ["b", "a", "b"], "metric": ["killed", "wounded", "captured"]})
    assert shape.choices(df, "metric", subject="b") == ["killed", "captured"]
    assert shape.choices(df, "metric", subject="nobody") == []


def test_groups_yield_each_values_rows_in_first_seen_order() -> None:
    df = pd.DataFrame({"declaration": ["ucdp", "gs", "ucdp"], "file": ["u1", "g1", "u2"]})
    got = [(k, rows["file"].tolist()) for k, rows in shape.groups(df, "declaration")]
    assert got == [("ucdp", ["u1", "u2"]), ("gs", ["g1"])]


def test_pick_sends_only_the_columns_shown_in_their_order() -> None:
    df = pd.DataFrame({"a": [1], "b": [2], "c": [3]})
    assert list(shape.pick(df, ("c", "a")).columns) == ["c", "a"]


def test_first_row_of_a_one_row_result() -> None:
    assert shape.first_row(pd.DataFrame({"claims": [7]}))["claims"] == 7


def test_accepted_rows_are_the_ticked_ones_without_the_tick_and_with_blanks_for_empty_cells() -> None:
    df = pd.DataFrame(
        {
            "accept": [True, False, None],
            "claimant": ["HUR", "NIS", "Pentagon"],
            "value_low": [30.0, 1.0, math.nan],
            "places": [["Plekhovo"], [], []],
        }
    )
    df.loc[0, "value_low"] = math.nan
    assert shape.accepted(df) == [{"claimant": "HUR", "value_low": "", "places": ["Plekhovo"]}]
    assert shape.accepted(None) == [] and shape.accepted(df.iloc[0:0]) == []


def test_outside_focus_labels_name_claim_places_and_event_places_with_counts() -> None:
    places = pd.DataFrame({"name": ["Sudzha", "Vladivostok"], "lat": [51.19, 43.12], "lon": [35.27, 131.9]})
    events = pd.DataFrame(
        {"place_name": ["Kursk", None], "events": [2, 3], "lat": [51.73, 60.0], "lon": [36.19, 100.0]}
    )
    bounds = (50.0, 53.0, 33.0, 38.0)
    assert charts.outside_focus_labels(places, events, bounds) == [
        "Vladivostok",
        "unnamed place (3 event(s))",
    ]
    assert charts.outside_focus_labels(places.iloc[0:0], events.iloc[0:0], bounds) == []
