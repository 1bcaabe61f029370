"""Plain-Python steps of the review page, so the page stays thin and the steps are testable.

The page shows proposals, lets the analyst map or create claimants and fix the document, then
saves: new actors first (so the claims validate), then the document and claims, then the
responses (linked to the saved claims' refs) and events, then rebuilds the database.
"""

from __future__ import annotations

import datetime as dt
import json
import math
import re
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from etl.core.contract import (
    ACTORS_INPUT,
    CLAIMS_INPUT,
    DOCUMENTS_INPUT,
    EVENTS_INPUT,
    ISO_DAY_RE,
    MAX_YEAR,
    METRIC_RE,
    MIN_YEAR,
    PUBLISHED_AT_FORM,
    PUBLISHED_AT_RE,
    RESPONSES_INPUT,
    TYPED_FIGURE_RE,
    URL_RE,
    actor_id,
    claim_id,
)
from etl.core.db import connect_scratch
from etl.core.input_checks import CONTROL_RE, KEY_COLUMNS
from etl.core.report import InputFileError, Quarantined
from etl.core.rules import errs_sql
from etl.core.staging import checked_header, label_for
from etl.curated import actors, claims, documents, events, responses
from etl.curated.claims import claim_row_rules
from etl.extract import rx
from etl.extract.reader import about_words
from etl.extract.reference import Gazetteer, Place, load_reference
from etl.extract.registry import actor_id_taken, actor_name, append_actor, save_events, save_responses
from etl.extract.save import SaveResult, Written, open_quote_problem, rows_on_record, save_accepted

#: How the quote is marked inside its context (plain text: no HTML, no markdown).
MARK_OPEN, MARK_CLOSE = "»", "«"


def published_date(value: str) -> dt.date | None:
    """The day of a "Published at" the analyst typed ("2025-03-29" or "2025-03-29T10:05"), or
    None when it is empty or not a date (the extractor then reads the report's own dateline)."""
    try:
        return dt.date.fromisoformat(value.strip()[:10])
    except ValueError:
        return None


def document_problem(document: dict[str, Any]) -> str:
    """(session 20) Why the build would quarantine this document (and with it every claim,
    response and event saved with it), in one line; "" when it would load. Checked before a save
    writes anything, so a save never says "added" for rows the rebuild then quarantines."""
    if not str(document.get("outlet", "") or "").strip():
        return "the document needs an outlet: fill in Outlet above (who published the report)"
    url = str(document.get("url", "") or "").strip()
    if url and not rx.match(URL_RE, url):
        return f"the URL must start with http:// or https:// (got {url[:60]!r})"
    published = str(document.get("published_at", "") or "").strip()
    if published and (published_date(published) is None or not _timestamp(published)):
        # (round 42) a date with a time that is none ("2025-06-16T25:61") is refused too, as the
        # build refuses it; (QA pass 40) and exactly what the build refuses, by one definition
        return f"Published at must be {PUBLISHED_AT_FORM} (got {published[:40]!r})"
    language = str(document.get("language", "") or "").strip()
    if language and not rx.fullmatch(r"[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})?", language):
        # (QA pass 43) the field took any text ("English", "русский"): the dataset keeps codes
        return f"Language must be a language code such as en, uk, ru or ko (got {language[:40]!r})"
    for key in KEY_COLUMNS["documents"]:
        value = str(document.get(key, "") or "")
        if rx.search(CONTROL_RE, value):
            # (round 42) a tab or line break pasted into the outlet: the build quarantines a key
            # holding a control character, and with it everything saved with the document
            return f"{key.replace('_', ' ').capitalize()} holds a tab, line break or other control character: remove it"
    return ""


def _timestamp(value: str) -> bool:
    """Whether the build reads `value` as a publication time (`PUBLISHED_AT_RE`): a date, or a
    date and a valid time, with an optional offset or zone name. (QA pass 40: Python's reading
    took "20241220" and "2024-12-20T0900", which the build quarantines.)"""
    v = value.strip()
    if not rx.match(PUBLISHED_AT_RE, v):
        return False
    day, _, rest = v.replace(" ", "T", 1).partition("T")
    m = rx.match(r"\d{2}:\d{2}(:\d{2})?", rest)
    clock = m.group(0) if m else ""
    if clock in ("24:00", "24:00:00"):
        clock = "00:00"  # (QA pass 41 #12) the next day's 00:00, as ISO 8601 and the build read it
    try:
        when = dt.datetime.fromisoformat(f"{day}T{clock}" if clock else day)
    except ValueError:
        return False
    return MIN_YEAR <= when.year <= MAX_YEAR


def _row_of(raw_row: str | None) -> dict[str, str] | None:
    """A quarantined row's raw text (a JSON object of the file's header to its cells) as cells."""
    try:
        row = json.loads(raw_row or "")
    except ValueError:
        return None
    if not isinstance(row, dict):
        return None
    return {str(k): "" if v is None else str(v).strip() for k, v in row.items()}


def _is_written(q: Quarantined, written: Written) -> bool:
    row = _row_of(q.raw_row)
    if row is None:
        return False
    name = Path(q.source_file).name
    return any(
        file == name and all(row.get(k, "") == str(v).strip() for k, v in cells.items())
        for file, cells in written
    )


def quarantined_from_save(quarantine: list[Quarantined], written: Written) -> list[str]:
    """(session 20) The rebuild's quarantine messages for rows a save just wrote: those whose
    cells are one of the rows the save wrote or changed (`SaveSummary.written`). (QA pass 41 #5)
    Matching rows that name the save's document was not enough: a row an earlier save of the
    same document left quarantined names it too, but was not "just saved"."""
    order = ("documents.csv", "actors.csv", "claims.csv", "responses.csv", "events.csv")
    mine = [q for q in quarantine if _is_written(q, written)]
    mine.sort(key=lambda q: order.index(Path(q.source_file).name) if Path(q.source_file).name in order else 9)
    # (the file's name, not the workspace's path: the analyst knows the data folder)
    return [replace(q, source_file=Path(q.source_file).name).message() for q in mine]


def undated_notice(
    read_against: str, today: dt.date | None = None, named_date: str = "", case_date: str = ""
) -> str:
    """What the analyst must check when the report gave no date to read relative dates against
    ("on Friday", "27 March" without a year; `Extraction.read_against` empty): those were read
    against the latest day the report names (`Extraction.named_date`), else the case's last day
    (`Extraction.case_date`), else today, so they are guesses. Empty when the report (or the
    analyst) gave a date."""
    if read_against:
        return ""
    if named_date:
        against = f"the latest day the report names ({named_date})"
    elif case_date:
        against = f"the last day of the case in data/ ({case_date}), as the report names no day with its year"
    else:
        against = f"today ({(today or dt.date.today()).isoformat()})"
    return (
        "The report gives no date of its own, so dates without a year and days such as "
        f"“on Friday” were read against {against}: check each claim's date. Fill in "
        "Published at and press Propose claims again to re-read them against it."
    )


def yearless_notice(read_against: str, year_guessed: bool) -> str:
    """What the analyst must check when the report's date line gave no year (`Extraction.
    year_guessed`): the report was dated, and its relative dates read, with a guessed year."""
    if not (read_against and year_guessed):
        return ""
    return (
        f"The report's date line gives no year, so it was read as {read_against} (the latest such "
        "day not after today, or a year the text names, kept within the dates of the case in data/): "
        "check it and each claim's date. If the year is wrong, fill in Published at and press "
        "Propose claims again."
    )


def _find_across_breaks(flat: str, q: str) -> tuple[int, int]:
    """Where quote `q` sits in `flat` when the report broke its words at a line's end ("Mon-" /
    "day", flattened to "Mon- day") and the extractor joined them again, or (session 23) set a
    superscript note number the quote leaves out ("Kursk Oblast,¹ Ser- gei"): (start, length) in
    `flat`, or (-1, 0)."""
    parts: list[str] = []
    for a, b in zip(q, q[1:] + " ", strict=True):
        parts.append(r"\s+" if a == " " else re.escape(a) + "[⁰¹²³⁴⁵⁶⁷⁸⁹]*")
        if a.isalpha() and b.isalpha():
            parts.append(r"(?:-\s)?")
    m = rx.search("".join(parts), flat)
    return (m.start(), m.end() - m.start()) if m else (-1, 0)


def quote_in_context(text: str, quote: str, width: int = 240) -> str:
    """The quote with up to `width` characters either side, marked »like this«, as plain text."""
    flat = rx.sub(r"\s+", " ", text).strip()
    q = rx.sub(r"\s+", " ", quote).strip()
    if not q:
        return ""
    i, n = flat.find(q), len(q)
    if i < 0:
        i, n = _find_across_breaks(flat, q)
    if i < 0:
        return f"{MARK_OPEN}{q}{MARK_CLOSE} (quote not found verbatim in the report)"
    start, end = max(0, i - width), min(len(flat), i + n + width)
    before = flat[start:i]
    after = flat[i + n : end]
    if start > 0:
        before = "…" + before[before.find(" ") + 1 :] if " " in before else "…" + before
    if end < len(flat):
        after = (after[: after.rfind(" ")] if " " in after else after) + "…"
    return f"{before}{MARK_OPEN}{q}{MARK_CLOSE}{after}"


#: The fields of a claim the analyst adds by hand, as the review page's form names them.
MANUAL_FIELDS: tuple[str, ...] = (
    "claimant",
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
    "quote",
)


def _whole(field: str, value: str) -> int | None:
    """A figure as written in the form ("1,100"), or None when empty; never rounded."""
    v = value.strip()
    if not v:
        return None
    if not rx.fullmatch(TYPED_FIGURE_RE, v):  # the grid's spelling: ASCII digits, commas by thousands
        raise ValueError(f"{field}: “{value}” is not a whole number")
    return int(v.replace(",", ""))


def _about_claims(noun: str, claims: list[dict[str, Any]]) -> str:
    """`about` in words for claims added by hand, as the reader words it for its own: whose
    claims (an actor's acronym in brackets stands for it), of what kind, and when."""
    names = {str(c.get("claimant") or "") for c in claims}
    label = ""
    if len(names) == 1:
        name = names.pop()
        short = rx.search(r"\(([A-Z][A-Za-z]{1,9})\)\s*$", name)
        label = short.group(1) if short else name
    kinds = {str(c.get("claim_type") or "") for c in claims}
    days = {
        (
            dt.date.fromisoformat(s[:10]) if (s := str(c.get("stated_on") or "")) else None,
            str(c.get("stated_on_precision") or ""),
        )
        for c in claims
    }
    return about_words(label, kinds.pop() if len(kinds) == 1 else "", noun or "claims", days)


def link_manual_claims(responses: list[dict[str, Any]], manual: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """(QA pass 41 #12) The report's responses with the claims the analyst added by hand.

    A response the extractor could tie to none of its claims ("Russia did not comment." in a
    report whose claim it missed) answers the report's claims, and those are the ones added by
    hand: it names them (`claims`, `about`) instead of being saved about nothing. A response tied
    to claims the extractor found keeps them: which of those a later hand-added claim joins is
    the analyst's call. New dicts; the proposals (cached by the page) are not changed."""
    ids = [str(c.get("claim_id") or "") for c in manual if c.get("claim_id")]
    if not ids:
        return responses
    return [
        {**r, "claims": ";".join(ids), "about": _about_claims(str(r.get("about") or ""), manual)}
        if not str(r.get("claims") or "").strip()
        else r
        for r in responses
    ]


def manual_claim(fields: dict[str, str], text: str, data_dir: Path | None = None) -> dict[str, Any]:
    """A claim the extractor missed, as the analyst enters it: a proposal row like the
    extractor's (its claim id is the one the build will give it). Raises ValueError with one
    line naming the field.

    Why checked here and not only by the build: a row the build would quarantine should not be
    proposed at all, and the analyst should hear why while the form is still open. The quote
    must be copied from the report: a claim keeps the words it came from. Bounds follow the
    qualifier as the dataset stores them (exact and about: one figure; at least and over: the
    lower bound only; up to and nearly: the upper bound only; range: both, low < high).
    """
    f = {k: str(fields.get(k, "") or "").strip() for k in MANUAL_FIELDS}
    for need in ("claimant", "claim_type", "metric", "quote"):
        if not f[need]:
            raise ValueError(f"{need}: required")
    if not rx.fullmatch(METRIC_RE, f["metric"]):  # (QA pass 31) saved, then quarantined by the build
        raise ValueError(f"metric: “{f['metric']}” must be a lower-case slug such as killed_or_wounded")
    if rx.sub(r"\s+", " ", f["quote"]) not in rx.sub(r"\s+", " ", text):
        raise ValueError("quote: not found word for word in the report; copy it from the text")
    if f["stated_on"]:
        try:
            if not rx.fullmatch(ISO_DAY_RE, f["stated_on"]):
                raise ValueError
            dt.date.fromisoformat(f["stated_on"])
        except ValueError:
            raise ValueError(f"stated_on: “{f['stated_on']}” is not a date (YYYY-MM-DD)") from None
    low, high = _whole("value_low", f["value_low"]), _whole("value_high", f["value_high"])
    q = f["qualifier"]
    if low is None and high is None:
        q = basis = ""  # a claim without a figure (a deployment or a territorial claim)
    else:
        basis = f["basis"] or "cumulative"
        if q in ("exact", "about"):
            if low is None:
                raise ValueError(f"value_low: “{q}” needs the figure")
            high = low
        elif q in ("at_least", "over"):
            if low is None:
                raise ValueError(f"value_low: “{q}” is a lower bound and needs value_low")
            high = None
        elif q in ("up_to", "nearly"):
            if high is None:
                raise ValueError(f"value_high: “{q}” is an upper bound and needs value_high")
            low = None
        elif q == "range":
            # (QA pass 31) the build's rule: low < high (equal figures are one figure, "exact")
            if low is None or high is None or low >= high:
                raise ValueError(
                    "value_low: a range needs value_low < value_high (one figure: exact or about)"
                )
        else:
            raise ValueError("qualifier: choose how the figure is qualified")
    actor = load_reference(data_dir).actors.resolve(f["claimant"])
    row: dict[str, Any] = {
        "claim_id": "",
        "claimant": actor.name if actor else f["claimant"],  # a new name stays as written
        "claimant_side": actor.side if actor else "",
        "channel": f["channel"],
        "stated_on": f["stated_on"],
        "stated_on_precision": (f["stated_on_precision"] or "day") if f["stated_on"] else "unknown",
        "claim_type": f["claim_type"],
        "metric": f["metric"],
        "subject": f["subject"],
        "value_low": low,
        "value_high": high,
        "qualifier": q,
        "basis": basis,
        "period_start": "",
        "period_end": "",
        "places": "",
        "region": "",
        "verification": "unverified",
        "quote": f["quote"],
    }
    row["claim_id"] = claim_id({**row, "claimant_id": actor_id(row["claimant"])})
    return row


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
    #: (QA pass 20) how many were accepted: the rest were on record already ("0 responses" after
    #: "To save: 4 responses" read as a loss)
    responses_accepted: int = 0
    events_accepted: int = 0
    #: (QA pass 41 #5) every row the save wrote or changed, in any file (`quarantined_from_save`)
    written: Written = field(default_factory=list)

    def words(self) -> str:
        """ "2 claim(s) added, 1 merged …, 5 already on record": each accepted row accounted for."""
        s = self.saved

        def part(added: int, accepted: int, noun: str) -> str:
            known = accepted - added
            return f"{added} {noun}(s) added" + (f" ({known} already on record)" if known > 0 else "")

        claims = f"{s.added} claim(s) added, {s.merged} merged into existing claims as new reports"
        if s.unchanged:
            claims += f", {s.unchanged} already on record with this document"
        if s.corrected:
            claims += (
                f", {s.corrected} corrected (the figure saved before from this document and quote replaced)"
            )
        return (
            f"{claims}, {part(self.responses_added, self.responses_accepted, 'response')}, "
            f"{part(self.events_added, self.events_accepted, 'event')}, {len(self.actors_added)} new actor(s)"
        )


def figure_problem(claims: list[dict[str, Any]]) -> str:
    """The first figure of the accepted claims that is not a whole number, named by row and field
    ("" if none). Why before anything is written: a grid cell typed "12.5" must never be saved
    rounded or otherwise changed (the build would quarantine it after the save; this says so
    while the analyst can still correct it)."""
    for n, claim in enumerate(claims, start=1):
        for field_name in ("value_low", "value_high"):
            value = claim.get(field_name)
            if value is None or (isinstance(value, float) and math.isnan(value)):
                continue
            if isinstance(value, float) and value.is_integer():
                continue
            text = str(value).strip()
            if text and not rx.fullmatch(TYPED_FIGURE_RE, text):
                return f"proposed claim {n}, {field_name}: “{text}” is not a whole number (figures are never rounded)"
    return ""


#: The cells of a claim its own rules read (`claim_row_rules`), and how each is typed as the
#: build types it: dates, whole figures, the rest text (trimmed, empty as NULL).
_RULE_CELLS: dict[str, str] = {
    "stated_on": "DATE", "stated_on_precision": "VARCHAR", "claim_type": "VARCHAR", "metric": "VARCHAR",
    "value_low": "BIGINT", "value_high": "BIGINT", "qualifier": "VARCHAR", "basis": "VARCHAR",
    "verification": "VARCHAR", "period_start": "DATE", "period_end": "DATE",
}  # fmt: skip


def _cell(value: object) -> str | None:
    """A grid cell as the build reads it: text, trimmed; empty, None or NaN as NULL."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return None
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value).strip() or None


def claim_rule_problem(claims: list[dict[str, Any]]) -> str:
    """The first rule of a claim's own cells that an accepted claim breaks, named by row, field and
    the build's reason ("" if none): the build's rules (`claim_row_rules`, one definition), run on
    the claims before anything is written (QA pass 41 #5: a day typed with precision "unknown"
    was saved, then quarantined by the rebuild, with the responses naming it)."""
    if not claims:
        return ""
    names = list(_RULE_CELLS)
    rows = [[n, *(_cell(c.get(k)) for k in names)] for n, c in enumerate(claims, start=1)]
    typed = ", ".join(
        f"TRY_CAST(replace(c{i}, ',', '') AS {t}) AS {k}"
        if t == "BIGINT"
        else f"TRY_CAST(c{i} AS {t}) AS {k}"
        for i, (k, t) in enumerate(_RULE_CELLS.items())
    )
    con = connect_scratch()
    try:
        con.execute(
            f"CREATE TABLE cells (n INTEGER, {', '.join(f'c{i} VARCHAR' for i in range(len(names)))})"
        )
        con.executemany(f"INSERT INTO cells VALUES ({', '.join('?' * (len(names) + 1))})", rows)
        got = con.execute(
            f"""
            WITH typed AS (SELECT n, {typed} FROM cells),
            final AS (
                SELECT n, s.* EXCLUDE (n, stated_on_precision),
                       coalesce(s.stated_on_precision,
                                CASE WHEN s.stated_on IS NULL THEN 'unknown' END) AS stated_on_precision
                FROM typed s
            )
            SELECT s.n, {errs_sql(*claim_row_rules())} FROM final s ORDER BY s.n
            """
        ).fetchall()
    finally:
        con.close()
    for n, errs in got:
        if errs:
            return f"proposed claim {n}, {errs[0]['field']}: {errs[0]['reason']}"
    return ""


def place_problem(
    claims: list[dict[str, Any]], data_dir: Path, events: list[dict[str, Any]] | None = None
) -> str:
    """(QA pass 31) The first place of the accepted claims (then events) that the build cannot
    resolve ("" if none), as `etl.curated.resolvers` resolves a places cell: by name, alias or
    place id, any case; within the row's region when several places have the name. Why before
    saving: the extractor proposes "Vorozhba" with no region when the report names none, and
    there is one in Kursk Oblast and one in Sumy Oblast, so the build quarantined the saved
    claim (QA pass 33: and an event's place alike)."""
    gazetteer = load_reference(data_dir).gazetteer
    on_record = rows_on_record(data_dir, claims) if claims else []
    rows = [("proposed claim", n, c, "places", on_record[n - 1]) for n, c in enumerate(claims, start=1)]
    rows += [("proposed event", n, e, "place", None) for n, e in enumerate(events or [], start=1)]
    known = {p.admin1 for p in gazetteer.places if p.admin1}
    for what, n, row, cell, record in rows:
        written = str(row.get("region") or "")
        region = written.strip()
        misspelt = _region_spelling(written, known)
        if misspelt:
            return f"{what} {n}, region: {misspelt}"
        # (QA pass 33 #12) a claim on record keeps its row's region when the save merges into it;
        # (QA pass 35) with none, the region its places are in ("Sudzha" merged into a row naming
        # only VOROZHBA-SUMY was one claim in two countries again)
        kept = str((record or {}).get("region") or "").strip()
        held = {
            p.admin1 for p in _unique_places(gazetteer, str((record or {}).get("places") or "")) if p.admin1
        }
        by_places = next(iter(held)) if not kept and len(held) == 1 else ""
        for item in (x.strip() for x in str(row.get(cell) or "").split(";")):
            if not item:
                continue
            cands = gazetteer.candidates(item)
            if not cands:
                return (
                    f"{what} {n}, {cell}: “{item}” is not in data/places.csv; add it there, or clear the cell"
                )
            inside = [p for p in cands if p.admin1 == region]
            if len(cands) > 1 and len(inside) != 1:
                which = "; ".join(f"{p.place_id} in {p.admin1 or 'no region'}" for p in cands)
                return (
                    f"{what} {n}, {cell}: “{item}” names {len(cands)} places ({which}); set "
                    "region to one of those regions, or write the place id instead of the name"
                )
            # (QA pass 33 #12) a place in another region than the row's: "Vorozhba;VOROZHBA-SUMY"
            # in Kursk Oblast was saved as one claim in two countries, shown as one name twice
            where = kept or by_places or region
            place = inside[0] if inside else cands[0] if len(cands) == 1 else None
            if where and place is not None and place.admin1 and place.admin1 != where:
                whose = (
                    f"the claim is on record in {where} (claims.csv)"
                    if kept
                    else f"the claim on record names places in {where} (claims.csv)"
                    if by_places
                    else f"the {what.split()[-1]}'s region is {where}"
                )
                return (
                    f"{what} {n}, {cell}: “{item}” is {place.place_id} in {place.admin1}, but {whose}; "
                    f"name a place in {where}, or clear the cell"
                    + ("" if kept or by_places else ", or change the region")
                )
    return ""


def _region_spelling(written: str, known: set[str]) -> str:
    """(QA pass 35) What is wrong with a region cell that means a known region but is written
    otherwise ("kursk oblast", "Kursk  Oblast", a no-break space after it), "" if nothing: the
    build compares regions as written, and would keep it as a region of its own."""
    region = written.strip()
    spelled = next((k for k in known if " ".join(region.split()).casefold() == k.casefold()), "")
    if region and region not in known and spelled:
        return f"“{written}” is not how the region is written: write “{spelled}”"
    if region in known and region != written.strip(" "):
        return f"“{written}” has an invisible character around it: write “{region}”"
    return ""


def _unique_places(gazetteer: Gazetteer, cell: str) -> list[Place]:
    """The places of a places cell that name one place each (an ambiguous name is left out)."""
    return [c[0] for x in cell.split(";") if len(c := gazetteer.candidates(x)) == 1]


def claimant_problem(claims: list[dict[str, Any]], decisions: list[ActorDecision], data_dir: Path) -> str:
    """(QA pass 20) The first accepted claim whose claimant is neither on record nor one the page
    offered to map or create ("" if none): a name typed into the table's claimant cell was saved
    as written, and the rebuild quarantined the claim and the responses linked to it."""
    pending = set(unknown_claimants(claims, data_dir)) - {d.written for d in decisions}
    created = [actor_name(d.written) for d in decisions if not d.map_to]
    for k, name in enumerate(created):
        clash = actor_id_taken(name, data_dir, also=created[:k])
        if clash:  # (QA pass 31) the build would quarantine it, and its claims with it
            return f"new claimant “{name}”: {clash}"
    for n, claim in enumerate(claims, start=1):
        name = str(claim.get("claimant") or "").strip()
        if name in pending:
            return (
                f"proposed claim {n}, claimant: “{name}” is not in actors.csv: pick an actor on record, or add "
                "the claim with “Add a claim the extractor missed”, which offers to map or create a new claimant"
            )
    return ""


#: The files a review save appends to, with the columns the build needs in each.
_SAVED_FILES: tuple[tuple[str, dict[str, str], tuple[str, ...]], ...] = (
    ("actors.csv", ACTORS_INPUT, actors.REQUIRED),
    ("documents.csv", DOCUMENTS_INPUT, documents.REQUIRED),
    ("claims.csv", CLAIMS_INPUT, claims.REQUIRED),
    ("responses.csv", RESPONSES_INPUT, responses.REQUIRED),
    ("events.csv", EVENTS_INPUT, events.REQUIRED),
)


def header_problem(data_dir: Path) -> str:
    """One line naming a file of `data_dir` whose header the build refuses ("" if none).

    Why before anything is written: a save builds its rows from the header it reads, so into a
    claims.csv re-saved with `;` between columns it appended `""` while the document and a
    response naming a claim that was never written went to their files, and with `Value_Low`
    it saved the claim without its figure; the page said "Saved" (QA pass 42 #3)."""
    for name, columns, required in _SAVED_FILES:
        path = Path(data_dir) / name
        if not path.is_file() or path.stat().st_size == 0:
            continue  # (a save starts such a file with its own header)
        try:
            header = checked_header(path, columns, required)
        except InputFileError as exc:
            return f"{str(exc).splitlines()[0]}: the build refuses the file as it is; fix it, then save again"
        absent = [c for c in columns if c not in header]
        if absent:
            # (QA pass 43) an optional column renamed by hand (`places` as `place`): the save wrote
            # its rows without their places and said "Saved"
            return (
                f"{label_for(path)}, row 1 (header): missing column(s) {', '.join(absent)}: a save would "
                "write its rows without them; fix the header, then save again"
            )
    return ""


def save_review(
    data_dir: Path,
    document: dict[str, Any],
    claims: list[dict[str, Any]],
    responses: list[dict[str, Any]],
    events: list[dict[str, Any]],
    decisions: list[ActorDecision],
) -> SaveSummary:
    """Create/map actors, then save document + claims, responses and events (all appends).

    The document is checked first (`document_problem`): a save the build would quarantine as a
    whole (no outlet, a link that is no link, a date that is no date) writes nothing."""
    problem = (
        document_problem(document)
        or figure_problem(claims)
        or claim_rule_problem(claims)
        or place_problem(claims, data_dir, events)
        or claimant_problem(claims, decisions, data_dir)
    )
    # (QA 6) a file a hand edit left with an open quote would swallow the rows appended to it
    for name in ("actors.csv", "documents.csv", "claims.csv", "responses.csv", "events.csv"):
        problem = problem or open_quote_problem(data_dir / name)
    problem = problem or header_problem(data_dir)
    if problem:
        raise ValueError(problem)
    added: list[str] = []
    rename: dict[str, str] = {}
    written: Written = []
    for d in decisions:
        if d.map_to:
            rename[d.written] = d.map_to
        else:
            # (QA pass 31) the actor is written with its spaces collapsed ("Apti  Alaudinov"):
            # its claims and responses name it so, or the build finds no such actor
            name = actor_name(d.written)
            written += append_actor(data_dir, name, d.side, d.kind)
            added.append(name)
            if name != d.written:
                rename[d.written] = name
    claims = [
        {**c, "claimant": rename.get(str(c.get("claimant", "")), c.get("claimant", ""))} for c in claims
    ]
    responses = [
        {**r, "responder": rename.get(str(r.get("responder", "")), r.get("responder", ""))} for r in responses
    ]
    saved = save_accepted(data_dir, document, claims)
    written += saved.written
    published = str(document.get("published_at", "") or "")[:10]
    n_resp = save_responses(
        data_dir, saved.doc_id, responses, saved.refs, published, "day" if published else "unknown", written
    )
    n_ev = save_events(data_dir, saved.doc_id, events, str(document.get("url", "") or ""), written)
    return SaveSummary(saved, added, n_resp, n_ev, len(responses), len(events), written)
