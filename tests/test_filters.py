"""Link values are validated against what the database offers; the rest becomes a notice."""

from __future__ import annotations

import datetime as dt

from claimsdesk.filters import Filters, validate_params

OPTIONS = {"claimant": ["HUR", "NIS"], "type": ["casualties"]}


def test_known_values_pass_and_unknown_ones_are_reported() -> None:
    valid, notices = validate_params({"claimant": ["HUR", "DROP TABLE x"]}, OPTIONS)
    assert valid["claimant"] == ["HUR"]
    assert len(notices) == 1 and "DROP TABLE x" in notices[0]


def test_bad_or_reversed_dates_are_reported() -> None:
    assert validate_params({"dates": ["2024-13-01"]}, OPTIONS)[1]
    assert validate_params({"dates": ["2025-01-01", "2024-01-01"]}, OPTIONS)[1]
    valid, notices = validate_params({"dates": ["2024-01-01", "2024-02-01"]}, OPTIONS)
    assert not notices and valid["dates"] == ["2024-01-01", "2024-02-01"]


def test_equal_selections_share_one_cache_key() -> None:
    a = Filters(claimants=("NIS", "HUR", "HUR"), q="  Kursk ").normalised()
    b = Filters(claimants=("HUR", "NIS"), q="Kursk").normalised()
    assert a == b and hash(a) == hash(b)


def test_the_description_names_every_active_filter() -> None:
    f = Filters(date_from=dt.date(2024, 12, 1), claimants=("HUR",), q="Kursk")
    assert f.describe() == "stated 2024-12-01 to …; claimant=HUR; q=Kursk"
    assert Filters().describe() == "no filters (all claims)"
