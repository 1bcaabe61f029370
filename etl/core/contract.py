"""The data contract: vocabularies, input and output columns, and what makes a claim one claim.

Kept in one place so that a new qualifier, input column or output column is added once, and the
schema's CHECK constraints, the loaders, the extractor, the dashboard and the exports agree.
Claim identity is defined here once and rendered both as SQL (the build) and as Python (the
extractor and the review page), so both give a claim the same id.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections.abc import Mapping

#: Ids written by analysts (place_id, doc_id, event_id): lower-case slugs.
SLUG_RE = "^[a-z0-9][a-z0-9._-]*$"
#: A metric as claims.csv takes it (`killed_or_wounded`): the build and the review page's form check it.
METRIC_RE = "^[a-z][a-z0-9_]*$"
#: A day as the review page takes it; stricter than Python's `date.fromisoformat`, which takes
#: "20250220" and "2025-W08-4" (QA pass 31: saved, then quarantined by the build).
ISO_DAY_RE = r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$"
#: (QA pass 30) Ids the importers give their events and documents: a curated row with one took an
#: imported row's place (a UCDP event vanished; 1,468 General Staff claims showed a curated outlet).
IMPORTED_EVENT_ID_PREFIXES: tuple[str, ...] = ("acled-", "ucdp-")
IMPORTED_DOC_ID_PREFIXES: tuple[str, ...] = (
    "acled-src-",
    "econ-",
    "economist-",
    "general-staff-",
    "ucdp-src-",
)


#: A document's link: the build refuses any other URL, and the review page checks it before saving.
URL_RE = "^https?://"
#: A figure as an analyst types it on the review page: digits, or digits grouped by commas
#: ("1,100"); anything else is named, never rounded (`etl.extract.review.figure_problem`).
TYPED_FIGURE_RE = r"[0-9]+|[0-9]{1,3}(?:,[0-9]{3})+"  # ASCII digits only: "٣٠" and "３０" are named

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
#: The qualifiers of a figure given as a bound or a range, not a count: no difference is derived
#: to or from one (the General Staff's "over 12,000" days, `gs_daily` and its chart).
BOUND_QUALIFIERS: tuple[str, ...] = ("at_least", "over", "up_to", "nearly", "range")
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


#: The largest figure a BIGINT column holds: a larger one is quarantined, never a traceback.
MAX_FIGURE = 2**63 - 1


def sql_in(values: tuple[str, ...]) -> str:
    """Render a vocabulary as a SQL IN list for DDL CHECK constraints (constants only)."""
    return "(" + ", ".join("'" + v.replace("'", "''") + "'" for v in values) + ")"


# --------------------------------------------------------------------------------------------
# Input files (data/*.csv): column name -> DuckDB type, in the order the files are written
# --------------------------------------------------------------------------------------------

#: The curated input files in `data/`, in dependency order (a file may refer to the ones before
#: it): what a full build loads (`etl.build.CURATED_FILES`) and an incremental one hashes.
CURATED_NAMES: tuple[str, ...] = (
    "actors.csv",
    "places.csv",
    "outlets.csv",
    "documents.csv",
    "claims.csv",
    "responses.csv",
    "events.csv",
)


ACTORS_INPUT: dict[str, str] = {
    "name": "VARCHAR",
    "aliases": "VARCHAR",
    "kind": "VARCHAR",
    "side": "VARCHAR",
    "parent": "VARCHAR",
}
PLACES_INPUT: dict[str, str] = {
    "place_id": "VARCHAR",
    "name": "VARCHAR",
    "aliases": "VARCHAR",
    "kind": "VARCHAR",
    "admin2": "VARCHAR",
    "admin1": "VARCHAR",
    "country_code": "VARCHAR",
    "lat": "DOUBLE",
    "lon": "DOUBLE",
    "coord_precision": "VARCHAR",
    "source_url": "VARCHAR",
    "notes": "VARCHAR",
}
#: (QA pass 40) A document's publication: a date, or a date and time with an optional offset
#: (`Z`, `+09:00`, `+0900`, `+09`), a zone's IANA name (`Europe/Kyiv`) or UTC/GMT. A zone written
#: as letters is refused: DuckDB reads "BST" as Bangladesh (+06:00), not British Summer Time, and
#: "IST" as India's. One definition for the build and the review page's check.
PUBLISHED_AT_RE = (
    r"^\d{4}-\d{2}-\d{2}"
    r"([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?"
    r"(Z|[+-]\d{2}(:?\d{2})?| ?(UTC|GMT)| ?[A-Za-z]+/[A-Za-z_]+(/[A-Za-z_]+)?)?)?$"
)
PUBLISHED_AT_FORM = (
    "a date YYYY-MM-DD or date-time YYYY-MM-DDTHH:MM, with an optional offset such as +09:00 or Z "
    "(a zone written as letters, as BST or IST, is ambiguous: write its offset)"
)
#: The years a date may have (Python cannot hold 12024; "0000" is 1 BC).
MIN_YEAR, MAX_YEAR = 1900, 2100

DOCUMENTS_INPUT: dict[str, str] = {
    "doc_id": "VARCHAR",
    "outlet": "VARCHAR",
    "url": "VARCHAR",
    "title": "VARCHAR",
    # read as written and checked against PUBLISHED_AT_RE by the loader, which stores it in UTC
    # (QA pass 37 #12: as TIMESTAMP, DuckDB's reader dropped the offset)
    "published_at": "VARCHAR",
    "language": "VARCHAR",
    "tags": "VARCHAR",
    "notes": "VARCHAR",
}
#: (session 31) `outlets.csv`: a name or web host as sources write it -> the outlet it means, so
#: "Reuters", "Reuters News" and "reuters.com" count as one outlet. Optional.
OUTLETS_INPUT: dict[str, str] = {
    "name": "VARCHAR",
    "outlet": "VARCHAR",
    "notes": "VARCHAR",
}
CLAIMS_INPUT: dict[str, str] = {
    "ref": "VARCHAR",
    "claimant": "VARCHAR",
    "channel": "VARCHAR",
    "stated_on": "DATE",
    "stated_on_precision": "VARCHAR",
    "claim_type": "VARCHAR",
    "metric": "VARCHAR",
    "subject": "VARCHAR",
    "value_low": "BIGINT",
    "value_high": "BIGINT",
    "qualifier": "VARCHAR",
    "basis": "VARCHAR",
    "period_start": "DATE",
    "period_end": "DATE",
    "places": "VARCHAR",
    "region": "VARCHAR",
    "verification": "VARCHAR",
    "documents": "VARCHAR",
    "quote": "VARCHAR",
    "notes": "VARCHAR",
}
RESPONSES_INPUT: dict[str, str] = {
    "responder": "VARCHAR",
    "stance": "VARCHAR",
    "about": "VARCHAR",
    "claims": "VARCHAR",
    "stated_on": "DATE",
    "stated_on_precision": "VARCHAR",
    "documents": "VARCHAR",
    "quote": "VARCHAR",
    "notes": "VARCHAR",
}
EVENTS_INPUT: dict[str, str] = {
    "event_id": "VARCHAR",
    "title": "VARCHAR",
    "kind": "VARCHAR",
    "date_start": "DATE",
    "date_end": "DATE",
    "date_precision": "VARCHAR",
    "place": "VARCHAR",
    "region": "VARCHAR",
    "key_event": "BOOLEAN",
    "fatalities_low": "BIGINT",
    "fatalities_best": "BIGINT",
    "fatalities_high": "BIGINT",
    "source_url": "VARCHAR",
    "documents": "VARCHAR",
    "notes": "VARCHAR",
}

# --------------------------------------------------------------------------------------------
# Output: the `claims_flat` view (exports, the extractor's CSV and other tools rely on it)
# --------------------------------------------------------------------------------------------

#: The exact columns of `claims_flat`, in order.
CLAIMS_FLAT_COLUMNS: tuple[str, ...] = (
    "claim_id",
    "claimant",
    "claimant_side",
    "channel",
    "stated_on",
    "stated_on_precision",
    "claim_type",
    "metric",
    "subject",
    "value_low",
    "value_high",
    "qualifier",
    "basis",
    "period_start",
    "period_end",
    "places",
    "region",
    "verification",
    "reported_by",
    "source_url",
    "quote",
    "n_reports",
)

# --------------------------------------------------------------------------------------------
# Identity: actors and claims
# --------------------------------------------------------------------------------------------


def actor_id_sql(name_expr: str) -> str:
    """SQL: the actor id (a slug) of a canonical actor name.

    (QA pass 31) A name with no ASCII letter or digit ("Юрий Подоляка") slugged to "", so two
    such actors had one id and the build ended in a traceback: it is then "actor-" and the
    first 12 hex digits of the MD5 of the lower-case name."""
    slug = f"trim(regexp_replace(lower(trim({name_expr})), '[^a-z0-9]+', '-', 'g'), '-')"
    return f"CASE WHEN {slug} = '' THEN 'actor-' || left(md5(lower(trim({name_expr}))), 12) ELSE {slug} END"


def actor_id(name: str) -> str:
    """The actor id `actor_id_sql` gives the same name (ASCII slug of the canonical name)."""
    slug = re.sub(r"[^a-z0-9]+", "-", name.strip().lower()).strip("-")
    return slug or "actor-" + hashlib.md5(name.strip().lower().encode()).hexdigest()[:12]


#: What makes two rows the same claim (data/README.md "De-duplication"); the claimant is its
#: actor id, so any alias of the same actor gives the same claim.
CLAIM_IDENTITY: tuple[str, ...] = (
    "claimant_id",
    "stated_on",
    "stated_on_precision",
    "claim_type",
    "metric",
    "subject",
    "value_low",
    "value_high",
    "qualifier",
    "basis",
    "period_start",
    "period_end",
)


def claim_id_sql(alias: str = "") -> str:
    """SQL computing the claim id from the identity columns of `alias` (see `claim_id`)."""
    p = f"{alias}." if alias else ""
    parts = ", ".join(f"coalesce(CAST({p}{c} AS VARCHAR), '')" for c in CLAIM_IDENTITY)
    return f"'c' || substr(md5(concat_ws('|', {parts})), 1, 16)"


def _identity_text(v: object) -> str:
    """A value as DuckDB's CAST(... AS VARCHAR) writes it; None and '' are both empty."""
    if v is None:
        return ""
    if isinstance(v, dt.date):
        return v.isoformat()
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, float) and v.is_integer():
        return str(int(v))  # a figure read as float (pandas) is still a whole number
    return str(v).strip()


def claim_id(values: Mapping[str, object]) -> str:
    """The id `claim_id_sql` gives a claim with these identity values (keys: CLAIM_IDENTITY).

    'c' + the first 16 hex digits of md5 over the '|'-joined identity values. A test checks
    that the two agree on the bundled data.
    """
    texts = {c: _identity_text(values.get(c)) for c in CLAIM_IDENTITY}
    if not texts["stated_on_precision"] and not texts["stated_on"]:
        texts["stated_on_precision"] = "unknown"  # as the loader reads an empty precision
    key = "|".join(texts[c] for c in CLAIM_IDENTITY)
    return "c" + hashlib.md5(key.encode("utf-8")).hexdigest()[:16]


#: Bump when what a build records, or how it is used, changes: older databases build in full
#: (`etl.incremental`), and the dashboard's first start builds one anew (`etl.core.first_start`).
#: ("3": the claims and place cubes keep the date's precision, session 24.)
#: ("4": outlets.csv and the outlet_names table, session 31.)
#: ("5": outlet_names holds each outlet's own name; import documents' content_hash is the
#: document's identity and a General Staff file's document is dated by its last day, session 32.)
#: ("6": reports.ord, the documents' written order, gives a claim its source link, session 36.)
#: ("7": documents' published_at is stored in UTC, a written offset converted, session 37.)
BUILD_FORMAT = "7"
