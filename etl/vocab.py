"""Controlled vocabularies shared by validation, the schema and the dashboard.

Kept in one place so that a new qualifier or side is added once and the schema's CHECK
constraints, the loader's messages and the dashboard's filters agree.
"""

from __future__ import annotations

SIDES: tuple[str, ...] = ("Ukraine", "Russia", "DPRK", "South Korea", "United States", "Other")
ACTOR_KINDS: tuple[str, ...] = (
    "state",
    "state_body",
    "official",
    "military_unit",
    "intelligence",
    "media",
    "analyst",
    "group",
)
PRECISIONS: tuple[str, ...] = ("day", "month", "year", "unknown")
CLAIM_TYPES: tuple[str, ...] = (
    "casualties",
    "deployment",
    "missing",
    "captured",
    "territorial",
    "statement",
    "equipment",
)
QUALIFIERS: tuple[str, ...] = ("exact", "at_least", "over", "about", "nearly", "up_to", "range")
BASES: tuple[str, ...] = ("period", "cumulative")
VERIFICATIONS: tuple[str, ...] = ("unverified", "disputed", "denied", "confirmed")
STANCES: tuple[str, ...] = ("confirmed", "denied", "no_comment", "disputed")
PLACE_KINDS: tuple[str, ...] = ("region", "district", "city", "town", "village", "capital", "other")
COORD_PRECISIONS: tuple[str, ...] = ("exact", "approximate")
EVENT_KINDS: tuple[str, ...] = (
    "incursion",
    "offensive",
    "recapture",
    "deployment",
    "diplomatic",
    "combat",
    "statement",
    "battle",
    "explosions",
    "violence_against_civilians",
    "state_based",
    "non_state",
    "one_sided",
    "other",
)

#: What each qualifier means for the bounds, as a reader would state it.
QUALIFIER_LABELS: dict[str, str] = {
    "exact": "exactly",
    "at_least": "at least",
    "over": "over",
    "about": "about",
    "nearly": "nearly",
    "up_to": "up to",
    "range": "between",
}


def sql_in(values: tuple[str, ...]) -> str:
    """Render a vocabulary as a SQL IN list for DDL CHECK constraints (constants only)."""
    return "(" + ", ".join("'" + v.replace("'", "''") + "'" for v in values) + ")"
