"""Plain-Python steps of the review page, so the page stays thin and the steps are testable.

The page shows proposals, lets the analyst map or create claimants and fix the document, then
saves: new actors first (so the claims validate), then the document and claims, then the
responses (linked to the saved claims' refs) and events, then rebuilds the database.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from etl.extract.reference import load_reference
from etl.extract.registry import append_actor, save_events, save_responses
from etl.extract.save import SaveResult, save_accepted

#: How the quote is marked inside its context (plain text: no HTML, no markdown).
MARK_OPEN, MARK_CLOSE = "»", "«"


def quote_in_context(text: str, quote: str, width: int = 240) -> str:
    """The quote with up to `width` characters either side, marked »like this«, as plain text."""
    flat = re.sub(r"\s+", " ", text).strip()
    q = re.sub(r"\s+", " ", quote).strip()
    if not q:
        return ""
    i = flat.find(q)
    if i < 0:
        return f"{MARK_OPEN}{q}{MARK_CLOSE} (quote not found verbatim in the report)"
    start, end = max(0, i - width), min(len(flat), i + len(q) + width)
    before = flat[start:i]
    after = flat[i + len(q) : end]
    if start > 0:
        before = "…" + before[before.find(" ") + 1 :] if " " in before else "…" + before
    if end < len(flat):
        after = (after[: after.rfind(" ")] if " " in after else after) + "…"
    return f"{before}{MARK_OPEN}{q}{MARK_CLOSE}{after}"


def unknown_claimants(claims: list[dict[str, Any]], data_dir: Path | None = None) -> list[str]:
    """Claimant names as written that actors.csv does not know, in order of appearance."""
    actors = load_reference(data_dir).actors
    out: list[str] = []
    for c in claims:
        name = str(c.get("claimant") or "").strip()
        if name and actors.resolve(name) is None and name not in out:
            out.append(name)
    return out


@dataclass(frozen=True)
class ActorDecision:
    """What the analyst chose for one new claimant: map to an existing actor, or create it."""

    written: str
    map_to: str = ""
    side: str = ""
    kind: str = ""


@dataclass
class SaveSummary:
    """Everything one review save did."""

    saved: SaveResult
    actors_added: list[str] = field(default_factory=list)
    responses_added: int = 0
    events_added: int = 0


def save_review(
    data_dir: Path,
    document: dict[str, Any],
    claims: list[dict[str, Any]],
    responses: list[dict[str, Any]],
    events: list[dict[str, Any]],
    decisions: list[ActorDecision],
) -> SaveSummary:
    """Create/map actors, then save document + claims, responses and events (all appends)."""
    added: list[str] = []
    rename: dict[str, str] = {}
    for d in decisions:
        if d.map_to:
            rename[d.written] = d.map_to
        else:
            append_actor(data_dir, d.written, d.side, d.kind)
            added.append(d.written)
    claims = [
        {**c, "claimant": rename.get(str(c.get("claimant", "")), c.get("claimant", ""))} for c in claims
    ]
    responses = [
        {**r, "responder": rename.get(str(r.get("responder", "")), r.get("responder", ""))} for r in responses
    ]
    saved = save_accepted(data_dir, document, claims)
    published = str(document.get("published_at", "") or "")[:10]
    n_resp = save_responses(
        data_dir, saved.doc_id, responses, saved.refs, published, "day" if published else "unknown"
    )
    n_ev = save_events(data_dir, saved.doc_id, events, str(document.get("url", "") or ""))
    return SaveSummary(saved, added, n_resp, n_ev)
