"""The dashboard's filter state: one frozen value, hashable (a cache key), with URL parsing.

No Streamlit here: the sidebar builds a `Filters` from its widgets; queries take a `Filters`.
URL values are validated against the options the database offers; anything else is reported
back as a notice and ignored, never passed on.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace

#: URL parameter name -> Filters field, for list filters (repeated keys in the URL).
LIST_PARAMS: dict[str, str] = {
    "claimant": "claimants",
    "side": "sides",
    "type": "claim_types",
    "metric": "metrics",
    "subject": "subjects",
    "place": "places",
    "region": "regions",
    "verification": "verification",
}
DATE_PARAM = "dates"
TEXT_PARAM = "q"
MAX_TEXT = 200


@dataclass(frozen=True)
class Filters:
    """What the analyst selected. Empty tuple = no restriction."""

    date_from: dt.date | None = None
    date_to: dt.date | None = None
    claimants: tuple[str, ...] = ()
    sides: tuple[str, ...] = ()
    claim_types: tuple[str, ...] = ()
    metrics: tuple[str, ...] = ()
    subjects: tuple[str, ...] = ()
    places: tuple[str, ...] = ()
    regions: tuple[str, ...] = ()
    verification: tuple[str, ...] = ()
    q: str = ""

    def normalised(self) -> Filters:
        """Sorted, de-duplicated lists so equal selections share one cache entry."""
        def norm(v: tuple[str, ...]) -> tuple[str, ...]:
            return tuple(sorted(set(v)))

        return replace(
            self, claimants=norm(self.claimants), sides=norm(self.sides),
            claim_types=norm(self.claim_types), metrics=norm(self.metrics),
            subjects=norm(self.subjects), places=norm(self.places), regions=norm(self.regions),
            verification=norm(self.verification), q=self.q.strip()[:MAX_TEXT],
        )

    def describe(self) -> str:
        """A one-line, human-readable statement of the active filters (CSV header, captions)."""
        parts: list[str] = []
        if self.date_from or self.date_to:
            parts.append(f"stated {self.date_from or '…'} to {self.date_to or '…'}")
        for param, name in LIST_PARAMS.items():
            values = getattr(self, name)
            if values:
                parts.append(f"{param}={'|'.join(values)}")
        if self.q:
            parts.append(f"q={self.q}")
        return "; ".join(parts) if parts else "no filters (all claims)"


def parse_date(text: str) -> dt.date | None:
    """An ISO date from a URL value, or None when it is not one."""
    try:
        return dt.date.fromisoformat(text.strip()[:10]) if len(text.strip()) == 10 else None
    except ValueError:
        return None


def validate_params(
    params: dict[str, list[str]], options: dict[str, list[str]]
) -> tuple[dict[str, list[str]], list[str]]:
    """Split URL values into the valid ones and notices about the rest.

    `params` maps URL keys to their (repeated) values; `options` maps the same keys to the
    values the database offers. Unknown keys are left alone (Streamlit's own, e.g. `embed`).
    """
    valid: dict[str, list[str]] = {}
    notices: list[str] = []
    for key, values in params.items():
        if key in LIST_PARAMS:
            allowed = set(options.get(key, []))
            good = [v for v in values if v in allowed]
            bad = [v for v in values if v not in allowed]
            if bad:
                shown = ", ".join(repr(b[:60]) for b in bad[:3])
                notices.append(f"Ignored unknown {key} value(s) in the link: {shown}")
            valid[key] = good
        elif key == DATE_PARAM:
            dates = [parse_date(v) for v in values]
            if len(values) not in (1, 2) or any(d is None for d in dates):
                notices.append(
                    f"Ignored the date range in the link ({', '.join(v[:20] for v in values)}): "
                    "expected dates as YYYY-MM-DD"
                )
            elif len(dates) == 2 and dates[0] is not None and dates[1] is not None \
                    and dates[0] > dates[1]:
                notices.append("Ignored the date range in the link: the start is after the end")
            else:
                valid[key] = values
        elif key == TEXT_PARAM:
            text = values[-1] if values else ""
            if len(text) > MAX_TEXT:
                notices.append(f"Shortened the text search in the link to {MAX_TEXT} characters")
            valid[key] = [text[:MAX_TEXT]]
    return valid, notices
