"""New actors and outlets, and the responses and events of a reviewed report, into data/*.csv.

An extractor that only knows `actors.csv` would drop the claim of any speaker the analysts have
not met yet; instead the name is kept as written and flagged, and the review page offers close
existing actors (a spelling variant, an alias the file lacks) or creates the actor. Outlets work
the same way; the outlets already known are those of `documents.csv` plus the scraped-outlet
lexicon, so a new outlet becomes known by being saved with its document.

Every write is an append through `etl.extract.save`'s table writer: existing rows byte-identical,
the file replaced atomically.
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from etl.core.contract import ACTOR_KINDS, EVENT_KINDS, PRECISIONS, SIDES, STANCES, actor_id
from etl.extract import rx
from etl.extract.lexicon import OUTLETS
from etl.extract.reference import Actors, _read_csv, load_reference
from etl.extract.save import Written, _read_table, _slug, _write_atomic

NEW_ACTOR = "new actor"
NEW_OUTLET = "new outlet"
ACTORS_HEADER: tuple[str, ...] = ("name", "aliases", "kind", "side", "parent")
RESPONSES_HEADER: tuple[str, ...] = (
    "responder",
    "stance",
    "about",
    "claims",
    "stated_on",
    "stated_on_precision",
    "documents",
    "quote",
    "notes",
)
EVENTS_HEADER: tuple[str, ...] = (
    "event_id",
    "title",
    "kind",
    "date_start",
    "date_end",
    "date_precision",
    "place",
    "region",
    "key_event",
    "fatalities_low",
    "fatalities_best",
    "fatalities_high",
    "source_url",
    "documents",
    "notes",
)
#: Spelling variants that should not make two names look different.
_SAME_WORD = {
    "defense": "defence",
    "british": "uk",
    "britain": "uk",
    "u.k.": "uk",
    "united kingdom": "uk",
    "u.s.": "us",
    "american": "us",
    "united states": "us",
    "ukraine's": "ukrainian",
    "russia's": "russian",
    "korea's": "korean",
    "centre": "center",
    "ministry": "ministry",
    "mod": "ministry defence",
    "intelligence": "intelligence",
    "spy": "intelligence",
}
_STOP = {"the", "of", "and", "s", "a", "an", "for"}


class RegistryError(ValueError):
    """A new actor or row that would make the data folder invalid (one line, names the field)."""


def _norm(text: str) -> str:
    t = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    t = rx.sub(r"[’']", "'", t)
    for a, b in sorted(_SAME_WORD.items(), key=lambda kv: -len(kv[0])):
        t = rx.sub(rf"(?<![\w.]){re.escape(a)}(?![\w])", b, t)
    return rx.sub(r"\s+", " ", rx.sub(r"[^\w' ]+", " ", t)).strip()


def _tokens(text: str) -> set[str]:
    return {w.removesuffix("'s") for w in _norm(text).split() if w not in _STOP}


def similarity(a: str, b: str) -> float:
    """0..1: the better of character similarity and token overlap, after spelling folding."""
    na, nb = _norm(a), _norm(b)
    if not na or not nb:
        return 0.0
    ratio = difflib.SequenceMatcher(None, na, nb).ratio()
    ta, tb = _tokens(a), _tokens(b)
    overlap = len(ta & tb) / len(ta | tb) if ta and tb else 0.0
    return max(ratio, overlap)


@lru_cache(maxsize=8)
def _names_by_words(actors: Actors) -> dict[frozenset[str], frozenset[str]]:
    """Each set of words an actor's name or alias spells (order and spelling aside) -> the actors
    spelled so (one file's actors: built once per load of actors.csv)."""
    out: dict[frozenset[str], set[str]] = {}
    for a in actors.by_name.values():
        for surface in (a.name, *a.aliases):
            if words := frozenset(_tokens(surface)):
                out.setdefault(words, set()).add(a.name)
    return {k: frozenset(v) for k, v in out.items()}


def same_words_actor(name: str, actors: Actors) -> str:
    """(QA pass 41 #10) The one actor whose name or alias has exactly `name`'s words, order and
    spelling aside ("Ministry of Defence of the United Kingdom" is "UK Ministry of Defence"), else
    "". The review page suggests it at 100%; the extractor takes it, so the id it prints is the
    id the saved claim gets."""
    names = _names_by_words(actors).get(frozenset(_tokens(name)), frozenset())
    return next(iter(names)) if len(names) == 1 else ""


@dataclass(frozen=True)
class Suggestion:
    """An existing actor (or outlet) close to a new name, with what matched."""

    name: str
    score: float
    via: str


def suggest(
    name: str, candidates: Iterable[tuple[str, Iterable[str]]], limit: int = 5, floor: float = 0.45
) -> list[Suggestion]:
    """Closest candidates (name, aliases) to `name`, best first, above `floor`."""
    best: dict[str, Suggestion] = {}
    for cname, aliases in candidates:
        for surface in (cname, *aliases):
            s = similarity(name, surface)
            if s >= floor and (cname not in best or s > best[cname].score):
                best[cname] = Suggestion(cname, round(s, 3), surface)
    return sorted(best.values(), key=lambda x: (-x.score, x.name))[:limit]


def suggest_actors(
    name: str, data_dir: Path | None = None, limit: int = 5, side: str = ""
) -> list[Suggestion]:
    """Existing actors close to a claimant name that `actors.csv` does not know.

    With the new actor's side, actors of another side rank lower ("UK Ministry of Defense" is
    not the "Ministry of Defence of Ukraine", however alike the spelling).
    """
    actors: Actors = load_reference(data_dir).actors
    found = suggest(name, ((a.name, a.aliases) for a in actors.by_name.values()), limit * 3)
    if side:
        sides = {a.name: a.side for a in actors.by_name.values()}
        found = [
            Suggestion(x.name, round(x.score * (1.0 if sides.get(x.name) == side else 0.7), 3), x.via)
            for x in found
        ]
        found.sort(key=lambda x: (-x.score, x.name))
    return found[:limit]


def _outlet_names(data_dir: Path | None) -> list[tuple[str, str]]:
    """(name, outlet) rows of outlets.csv: the other names sources write for an outlet."""
    data = load_reference(data_dir).data_dir
    rows = ((r.get("name", "").strip(), r.get("outlet", "").strip()) for r in _read_csv(data / "outlets.csv"))
    return [(n, o) for n, o in rows if n and o]


def known_outlets(data_dir: Path | None = None) -> list[str]:
    """Outlets on record, in first-seen order: the lexicon's, those of documents.csv and the
    outlets outlets.csv maps names to."""
    data = load_reference(data_dir).data_dir
    names = list(
        dict.fromkeys(
            [
                *OUTLETS.values(),
                *(r.get("outlet", "") for r in _read_csv(data / "documents.csv")),
                *(o for _, o in _outlet_names(data_dir)),
            ]
        )
    )
    # (QA pass 29) one outlet in any case: "reuters" (outlets.csv) beside "Reuters" was offered twice
    once: dict[str, str] = {}
    for n in names:
        if n:
            once.setdefault(n.lower(), n)
    return list(once.values())


def outlet_status(outlet: str, data_dir: Path | None = None) -> str:
    """ "new outlet" when the outlet is not on record (empty outlets are not flagged).

    (QA pass 27) A name outlets.csv maps to an outlet ("Reuters News") is on record: it was
    flagged as new, and the analyst was asked to pick an outlet the build already merges it into.
    """
    if not outlet.strip():
        return ""
    known = {o.lower() for o in known_outlets(data_dir)}
    known.update(n.lower() for n, _ in _outlet_names(data_dir))
    return "" if outlet.strip().lower() in known else NEW_OUTLET


def suggest_outlets(name: str, data_dir: Path | None = None, limit: int = 5) -> list[Suggestion]:
    """Outlets on record close to a new outlet name (scraped lines: "AA" -> Anadolu too, and
    outlets.csv's names: "Reuters Newss" -> Reuters through "Reuters News")."""
    aliases: dict[str, list[str]] = {}
    for line, outlet in OUTLETS.items():
        aliases.setdefault(outlet, []).append(line)
    for other, outlet in _outlet_names(data_dir):
        aliases.setdefault(outlet, []).append(other)
    return suggest(name, ((o, aliases.get(o, [])) for o in known_outlets(data_dir)), limit)


def actor_name(written: str) -> str:
    """A new actor's name as actors.csv records it: spaces collapsed ("Apti  Alaudinov")."""
    return rx.sub(r"\s+", " ", written).strip()


def actor_id_taken(name: str, data_dir: Path, also: Iterable[str] = ()) -> str:
    """(QA pass 31) Why a new actor `name` cannot be added ("" if it can): its id (the slug the
    build gives it) is that of an actor on record, or of another new name in `also`. The build
    would quarantine it ("Western-Officials" beside "Western officials")."""
    mine = actor_id(name)
    table = _read_table(Path(data_dir) / "actors.csv", ACTORS_HEADER)
    for r in table.records:
        other = dict(zip(table.header, r.fields, strict=False)).get("name", "").strip()
        if other and other.lower() != name.strip().lower() and actor_id(other) == mine:
            return f"its id {mine!r} is that of the actor {other!r} on record: map it to that actor"
    for other in also:
        if other.strip().lower() != name.strip().lower() and actor_id(other) == mine:
            return f"its id {mine!r} is that of the other new actor {other!r}: map one to the other"
    return ""


def append_actor(
    data_dir: Path, name: str, side: str, kind: str, aliases: str = "", parent: str = ""
) -> Written:
    """Add one actor to actors.csv (atomic append; existing rows byte-identical); the row written."""
    name = actor_name(name)
    if not name:
        raise RegistryError("actors.csv: new actor: field name is empty")
    if side not in SIDES:
        raise RegistryError(
            f"actors.csv: new actor {name!r}: field side {side!r} is not one of {', '.join(SIDES)}"
        )
    if kind not in ACTOR_KINDS:
        raise RegistryError(
            f"actors.csv: new actor {name!r}: field kind {kind!r} is not one of {', '.join(ACTOR_KINDS)}"
        )
    path = Path(data_dir) / "actors.csv"
    table = _read_table(path, ACTORS_HEADER)
    taken: set[str] = set()
    for r in table.records:
        row = dict(zip(table.header, r.fields, strict=False))
        taken.add(row.get("name", "").strip().lower())
        taken.update(a.strip().lower() for a in row.get("aliases", "").split(";") if a.strip())
    alias_list = [a.strip() for a in aliases.split(";") if a.strip()]
    for n in (name, *alias_list):
        if n.lower() in taken:
            raise RegistryError(f"actors.csv: new actor {name!r}: {n!r} is already an actor name or alias")
    same_id = actor_id_taken(name, data_dir)
    if same_id:
        raise RegistryError(f"actors.csv: new actor {name!r}: {same_id}")
    if parent and parent.lower() not in taken:
        raise RegistryError(f"actors.csv: new actor {name!r}: field parent {parent!r} is not an actor")
    values = {"name": name, "aliases": ";".join(alias_list), "kind": kind, "side": side, "parent": parent}
    return _write_atomic(path, table, [[values.get(h, "") for h in table.header]])


def _cell(v: object) -> str:
    return "" if v is None else str(v).strip()


def save_responses(
    data_dir: Path,
    doc_id: str,
    responses: list[dict[str, Any]],
    refs: dict[str, str],
    stated_on: str = "",
    precision: str = "",
    written: Written | None = None,
) -> int:
    """Append responses for one document; `refs` maps proposal claim ids to saved claim refs.

    A response already recorded for this document (same responder, stance and quote) is not
    added twice, so saving the same review again changes nothing. The rows written are added to
    `written` when given.
    """
    path = Path(data_dir) / "responses.csv"
    table = _read_table(path, RESPONSES_HEADER)
    seen = set()
    for r in table.records:
        row = dict(zip(table.header, r.fields, strict=False))
        for d in row.get("documents", "").split(";"):
            seen.add((row.get("responder", ""), row.get("stance", ""), row.get("quote", ""), d.strip()))
    new_rows: list[list[str]] = []
    for i, resp in enumerate(responses, start=2):
        stance = _cell(resp.get("stance"))
        if stance not in STANCES:
            raise RegistryError(
                f"responses row {i}: field stance {stance!r} is not one of {', '.join(STANCES)}"
            )
        if not _cell(resp.get("responder")):
            raise RegistryError(f"responses row {i}: field responder is empty")
        key = (_cell(resp.get("responder")), stance, _cell(resp.get("quote")), doc_id)
        if key in seen:
            continue
        seen.add(key)
        claim_refs = [
            refs[c] for c in _cell(resp.get("claims")).split(";") if c.strip() and refs.get(c.strip())
        ]
        when = _cell(resp.get("stated_on")) or stated_on[:10]
        prec = _cell(resp.get("stated_on_precision")) or (precision if when else "unknown")
        if prec not in PRECISIONS:
            prec = "day" if when else "unknown"
        values = {
            "responder": key[0],
            "stance": stance,
            "about": _cell(resp.get("about")),
            "claims": ";".join(dict.fromkeys(claim_refs)),
            "stated_on": when,
            "stated_on_precision": prec,
            "documents": doc_id,
            "quote": key[2],
            # (QA pass 37) the analyst's own words (a paraphrase, a caveat): a note, never a quote
            "notes": _cell(resp.get("notes")),
        }
        new_rows.append([values.get(h, "") for h in table.header])
    if new_rows:
        rows = _write_atomic(path, table, new_rows)
        if written is not None:
            written += rows
    return len(new_rows)


def event_kind(title: str) -> str:
    """A first guess of an event's kind from its title (the analyst can change it)."""
    t = title.lower()
    for kind, words in (
        ("incursion", ("incursion",)),
        ("offensive", ("offensive",)),
        ("recapture", ("recaptur", "liberat", "retak", "capture of")),
        ("diplomatic", ("treaty", "visit", "sign", "summit", "talks")),
        ("deployment", ("deploy", "arriv")),
        ("statement", ("confirms", "announces", "declares")),
        ("combat", ("strike", "attack", "battle", "fighting", "captured")),
    ):
        if any(w in t for w in words) and kind in EVENT_KINDS:
            return kind
    return "other"


def save_events(
    data_dir: Path,
    doc_id: str,
    events: list[dict[str, Any]],
    source_url: str = "",
    written: Written | None = None,
) -> int:
    """Append events; one already recorded (same title and dates) is not added again. The rows
    written are added to `written` when given."""
    path = Path(data_dir) / "events.csv"
    table = _read_table(path, EVENTS_HEADER)
    ids: set[str] = set()
    seen: set[tuple[str, str, str]] = set()
    for r in table.records:
        row = dict(zip(table.header, r.fields, strict=False))
        ids.add(row.get("event_id", ""))
        seen.add((row.get("title", "").lower(), row.get("date_start", ""), row.get("date_end", "")))
    new_rows: list[list[str]] = []
    for ev in events:
        title = _cell(ev.get("title"))
        key = (title.lower(), _cell(ev.get("date_start")), _cell(ev.get("date_end")))
        if not title or key in seen:
            continue
        seen.add(key)
        base = "-".join(x for x in (_slug(title, 6), key[1]) if x) or "event"
        event_id, n = base, 2
        while event_id in ids:
            event_id, n = f"{base}-{n}", n + 1
        ids.add(event_id)
        kind = _cell(ev.get("kind")) or event_kind(title)
        values = {
            "event_id": event_id,
            "title": title,
            "kind": kind if kind in EVENT_KINDS else "other",
            "date_start": key[1],
            "date_end": key[2] or key[1],
            "date_precision": _cell(ev.get("date_precision")) or "day",
            "place": _cell(ev.get("place")),
            "region": _cell(ev.get("region")),
            "key_event": "false",
            "source_url": source_url,
            "documents": doc_id,
            "notes": _cell(ev.get("notes")),
        }
        new_rows.append([values.get(h, "") for h in table.header])
    if new_rows:
        rows = _write_atomic(path, table, new_rows)
        if written is not None:
            written += rows
    return len(new_rows)
