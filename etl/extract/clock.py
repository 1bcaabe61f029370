"""The extractor's "today": the latest day a date printed without its year may fall on.

A date without a year ("Mar 29, 09:15", "SEOUL, Dec. 19", "On 13 January") takes the latest
year that does not put it after today. Read long after the fighting the desk follows, the wall
clock's year is the wrong guess: "Mar 29" read in December 2026 is not 2026's when the desk's
records end in 2025. So while a report is read (`extract()`), "today" is the wall clock's day,
but no later than a month after the newest record in the data folder (`documents.csv`).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from datetime import date

_HORIZON: ContextVar[date | None] = ContextVar("records_horizon", default=None)


def capped(today: date) -> date:
    """`today` (the caller's wall clock), no later than the records' horizon while one is set."""
    horizon = _HORIZON.get()
    return min(today, horizon) if horizon is not None else today


@contextmanager
def records_horizon(day: date | None) -> Iterator[None]:
    """Within the block, `capped()` keeps "today" no later than `day` (None: the wall clock)."""
    token = _HORIZON.set(day)
    try:
        yield
    finally:
        _HORIZON.reset(token)
