"""The Economist's table of published estimates of soldiers killed and wounded → claims.

Input (public repository TheEconomist/the-economist-ukraine-war-dead-and-wounded-estimates, data
CC BY 4.0: cite The Economist), recognised by header, given as files or a folder holding them:

- the estimates table (`Soldier deaths_casualties in Ukraine - estimates.csv`): `date`
  (dd/mm/yyyy), `estimate_low`, `estimate_high`, `estimate`, `type`, `source`, `source_url`,
  `country`, `ignore for chart, data from warring parties`;
- the UK MoD month-by-month table (`... uk mod month-by-month estimates.csv`): `month`, `year`,
  `casualties (average daily losses)`, `days in month`, `casualties in month`,
  `cumulative casualties`, `date (at beginning of next month)`, `source`, `source_url`, `note`.

Estimates table, one claim per row:

- claimant = `source`, resolved through `ALIASES` (spelling variants such as "UK MoD" and
  "UK Ministry of Defence" are one actor) and then the actors table (name or alias, case
  ignored). A trailing "(via NYT)" / "(leak via WSJ)" names the outlet that carried it and a
  "; note, ..." inside the name is The Economist's note: both go to the claim's notes, not the
  name. A source that resolves nowhere becomes a new actor (kind `group`, side `Other`: nothing
  is assumed about who it is), listed in the import's notes.
- claim_type `casualties`; `type` deaths → metric `killed`, casualties → `killed_or_wounded`
  (the project's metric for "killed or wounded"); `country` russia/ukraine → subject
  "Russian forces"/"Ukrainian forces" (whose soldiers). basis `cumulative` (totals since the
  full-scale invasion), stated_on = `date`, precision day: the date The Economist gives the
  estimate (usually when it was published, for some the "as of" date).
- bounds, never invented: low and high → `range`; low only → `at_least` (value_high NULL; the
  table does not keep whether the source said "at least", "over" or "some": the note says so);
  high only → `up_to`;
  a point estimate alone → `about` with low = high = the point (an estimate, not a count);
  low, high and a point → `range` with the point kept in notes. A point with only one bound is
  quarantined (unclear which reading is meant).
- the warring-party column ("yes" or "no") → `claim_warring_flags` (flagged_by `economist`), one
  row per claim so flagged, queryable with the claimant side through the `claim_party` view; an
  empty cell flags nothing (the claimant's side decides there).
- `source_url` → a document (outlet = the web host); a note in place of a URL, or after it,
  goes to notes. Every claim is also reported by the table itself (a document citing
  The Economist), so each claim has the source link and the attribution.
- claim_id = the project's one claim id (`etl.core.contract.claim_id`: claimant, date,
  metric, subject, bounds, qualifier, basis, period): re-importing changes nothing; a figure the
  table revises replaces the claim it gave before (same claimant, date, metric, subject).

UK MoD month-by-month table (the UK Ministry of Defence's estimate of Russian casualties): each
row gives BOTH a per-month figure and a cumulative one, so it becomes two claims by the UK MoD,
metric killed_or_wounded, subject Russian forces, qualifier `about`:
- `casualties in month` → basis `period`, period = the calendar month, stated_on = the row's
  `date (at beginning of next month)`; the daily average is kept in notes;
- `cumulative casualties` → basis `cumulative`, stated_on the same date. It is the same claim
  (same claim_id and content) as the estimates table's UK MoD monthly rows, so a figure in
  both files is one claim with one more report, never two claims.

Quarantined (file, row, field, reason; rows read = loaded + quarantined): a date that is not
dd/mm/yyyy, a value cell that is not a whole number (thousands separators are fine; a note in a
value cell is not), no figure at all, low > high or a point outside them, a `type` or `country`
outside the table's vocabulary or a warring-party cell other than yes/no/empty (the signs of
shifted columns), no source, a row with the wrong column count, and a row that gives the same
claim as an earlier row with a different figure.
"""

from __future__ import annotations

import calendar
import csv
import datetime as dt
import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlparse

import duckdb
import pandas as pd

from etl.core.contract import MAX_FIGURE, claim_id
from etl.core.input_checks import CONTROL_RE, CONTROL_REASON
from etl.core.report import BuildReport, FileResult, Quarantined
from etl.importers.checks import require_rows
from etl.importers.csvread import header_names, read_csv_records
from etl.importers.inputs import ImportInputError, Outcome, SourceFile, sha256_file, short_hash, slug
from etl.importers.store import upsert_claims, upsert_documents

SOURCE = "economist"
REPO_URL = "https://github.com/TheEconomist/the-economist-ukraine-war-dead-and-wounded-estimates"
OUTLET = "The Economist"
LICENCE_NOTE = (
    "Data: The Economist, CC BY 4.0 (cite The Economist as the source); "
    "where and when this file was imported from is in import_log"
)

FLAG_COL = "ignore for chart, data from warring parties"
ESTIMATE_COLS = {
    "date",
    "estimate_low",
    "estimate_high",
    "estimate",
    "type",
    "source",
    "source_url",
    "country",
    FLAG_COL,
}
MONTHLY_COLS = {
    "month",
    "year",
    "casualties (average daily losses)",
    "days in month",
    "casualties in month",
    "cumulative casualties",
    "date (at beginning of next month)",
    "source",
    "source_url",
    "note",
}

METRICS = {"deaths": "killed", "casualties": "killed_or_wounded"}
SUBJECTS = {"russia": "Russian forces", "ukraine": "Ukrainian forces"}
#: The warring-party cell: "yes" and "no" are The Economist's answer; an empty cell gives none,
#: so the claimant's side decides (`claim_party`): a leaked Ukrainian estimate of Ukraine's own
#: losses is a warring party's figure (session 20, QA find 8: it was drawn as a third party's).
FLAGS: dict[str, bool | None] = {"": None, "no": False, "yes": True}
POINT_NOTE = "a point estimate as The Economist lists it; the source's exact wording is not in the table"


@dataclass(frozen=True)
class ActorSpec:
    """An actor the importer may need: found by name/alias, else created as written here."""

    name: str
    kind: str
    side: str
    parent: str | None = None
    aliases: tuple[str, ...] = ()


#: The Economist's `source` spellings (lower case, after "(via X)" and notes are removed) →
#: the actor. Existing actors (data/actors.csv) are found by their own names and aliases first.
ALIASES: dict[str, ActorSpec] = {}


def _spec(spec: ActorSpec, *spellings: str) -> None:
    for s in (spec.name, *spec.aliases, *spellings):
        ALIASES[s.lower()] = spec


_spec(
    ActorSpec(
        "UK Ministry of Defence",
        "state_body",
        "Other",
        None,
        ("UK MoD", "UK Ministry of Defense", "British Ministry of Defence", "Ministry of Defence (UK)"),
    )
)
_spec(
    ActorSpec(
        "UK Foreign Office",
        "state_body",
        "Other",
        None,
        ("UK Foreign ministry", "UK Foreign, Commonwealth and Development Office", "FCDO"),
    )
)
_spec(ActorSpec("Armed Forces of Ukraine", "military_unit", "Ukraine", "Ukraine"))
_spec(ActorSpec("Russian Ministry of Defense", "state_body", "Russia", "Russia"))
_spec(
    ActorSpec(
        "Office of the President of Ukraine",
        "state_body",
        "Ukraine",
        "Ukraine",
        ("President's Office of Ukraine", "Presidential Office of Ukraine"),
    )
)
_spec(ActorSpec("Ukrainian officials", "official", "Ukraine", "Ukraine"), "Ukrainian estimate")
_spec(
    ActorSpec(
        "US officials", "official", "United States", "United States", ("U.S. officials", "American officials")
    )
)
_spec(
    ActorSpec("US Department of Defense", "state_body", "United States", "United States"),
    "US DoD",
    "Pentagon leak",
)
_spec(
    ActorSpec(
        "US Secretary of Defense",
        "official",
        "United States",
        "US Department of Defense",
        ("US Sec of Def", "US Defense Secretary"),
    )
)
_spec(
    ActorSpec(
        "Central Intelligence Agency (US)",
        "intelligence",
        "United States",
        "United States",
        ("CIA", "Central Intelligence Agency"),
    )
)
_spec(
    ActorSpec(
        "US intelligence community",
        "intelligence",
        "United States",
        "United States",
        ("US intelligence services", "US intelligence", "ODNI"),
    )
)
_spec(ActorSpec("Western intelligence agencies", "intelligence", "Other"))
_spec(ActorSpec("NATO officials", "official", "Other", None, ("NATO official",)))
_spec(ActorSpec("NATO nations", "group", "Other"))
_spec(
    ActorSpec(
        "French foreign minister", "official", "Other", None, ("French Foreign Minister", "Stéphane Séjourné")
    )
)
_spec(
    ActorSpec(
        "Norwegian Defence Intelligence",
        "intelligence",
        "Other",
        None,
        ("Norwegian Defense Intelligence", "Norwegian Intelligence Service"),
    )
)
_spec(
    ActorSpec(
        "Dutch Military Intelligence and Security Service (MIVD)",
        "intelligence",
        "Other",
        None,
        ("MIVD", "Dutch Military Intelligence and Security Service"),
    )
)
_spec(
    ActorSpec(
        "Center for Strategic and International Studies (CSIS)",
        "analyst",
        "Other",
        None,
        (
            "CSIS",
            "The Centre for Strategic and International Studies",
            "Centre for Strategic and International Studies",
            "Center for Strategic and International Studies",
        ),
    )
)
_spec(
    ActorSpec(
        "International Institute for Strategic Studies (IISS)",
        "analyst",
        "Other",
        None,
        ("IISS", "International Institute for Strategic Studies"),
    )
)
_spec(
    ActorSpec(
        "Mediazona and Meduza",
        "media",
        "Other",
        None,
        ("Mediazona; Meduza", "Mediazona/Meduza", "Mediazona & Meduza"),
    ),
    "mediazona; meduza (cumulative)",
)
_spec(ActorSpec("BBC Russian Service", "media", "Other", None, ("BBC Russia", "BBC Russian")))
_spec(
    ActorSpec(
        "Dmitry Kobak (excess deaths estimate)",
        "analyst",
        "Other",
        None,
        ("Excess deaths estimate (D. Kobak)", "Dmitry Kobak", "D. Kobak"),
    )
)
_spec(ActorSpec("The Memory Book (Ukraine)", "group", "Other", None, ("The Memory Book", "Book of Memory")))
_spec(ActorSpec("UALosses", "analyst", "Other", None, ("UAlosses", "ualosses.org")))
_spec(ActorSpec("LostArmour", "analyst", "Other", None, ("Lostarmour", "lostarmour.info")))
_spec(ActorSpec("Yurii Butusov", "media", "Other", None, ("Yurii Butosov", "Yuriy Butusov", "Yuri Butusov")))

_VIA_RE = re.compile(r"^(?P<name>.*?)\s*\((?P<how>(?:leak\s+)?via\s+[^)]*)\)\s*$", re.IGNORECASE)
_NOTE_IN_NAME_RE = re.compile(
    r"^(?P<name>.*?)\s*\((?P<inner>[^;()]*);\s*(?P<note>note\b[^)]*)\)\s*$", re.IGNORECASE
)
_TRAILING_PAREN_NOTE_RE = re.compile(r"^(?P<name>.*?)\s*\((?P<note>cumulative)\)\s*$", re.IGNORECASE)
#: A control character in the name of who made an estimate (it becomes an actor's name): the
#: curated files' keys and the other importers' ids refuse it the same way.
_CONTROL = re.compile(CONTROL_RE)
_CONTROL_REASON = f"{CONTROL_REASON}; names must be plain text"
#: ASCII digits only (QA pass 30: "٣٠" and "３０" were read as 30; every other importer names them)
_NUMBER_RE = re.compile(r"^([0-9]{1,3}(,[0-9]{3})+|[0-9]+)$")
_DATE_RE = re.compile(r"^([0-9]{1,2})/([0-9]{1,2})/([0-9]{4})$")
_URL_RE = re.compile(r"^(https?://\S+)\s*(.*)$", re.DOTALL)


def clean_source(cell: str) -> tuple[str, list[str]]:
    """The claimant's name in a `source` cell, and the notes found inside it."""
    name = re.sub(r"\s+", " ", cell).strip()
    notes: list[str] = []
    m = _NOTE_IN_NAME_RE.match(name)
    if m:
        name = f"{m['name']} ({m['inner'].strip()})"
        notes.append(f"The Economist's note in the source name: {m['note'].strip()}")
    m = _VIA_RE.match(name)
    if m:
        name = m["name"].strip()
        notes.append(f"as The Economist lists it: {m['how'].strip()}")
    m = _TRAILING_PAREN_NOTE_RE.match(name)
    if m and m["name"].lower() + f" ({m['note'].lower()})" in ALIASES:
        name = m["name"].strip()
        notes.append(f"The Economist marks this figure '{m['note']}'")
    return name, notes


#: An X (Twitter) post's address: its status id holds the moment it was posted (a "snowflake").
_STATUS_URL = re.compile(r"https?://(?:www\.)?(?:x|twitter)\.com/\w+/status/(\d{15,20})")
#: The snowflake's epoch (2010-11-04T01:42:54.657Z), in milliseconds.
_SNOWFLAKE_EPOCH_MS = 1288834974657


#: (QA pass 23) What the month-by-month table's cumulative column is: each row's total is the
#: one before plus the month's figure (the importer warns where it is not).
RUNNING_SUM_NOTE = (
    "the month-by-month table's running total: the monthly figures added up to this month, as the "
    "table gives it"
)


def posted_note(url: str | None, as_of: dt.date) -> str | None:
    """(QA pass 23) Where the source is an X post made well after the table's date, say so: The
    Economist dates a monthly figure "at the beginning of next month", but UK MoD gave the months
    from March 2022 to December 2024 in one post of January 2025. The date stays the table's (the
    figure's "as of" date, so the series keeps its shape); the note gives the day it was posted,
    read from the post's own status id."""
    m = _STATUS_URL.match(url or "")
    if m is None:
        return None
    ms = (int(m.group(1)) >> 22) + _SNOWFLAKE_EPOCH_MS
    posted = dt.datetime.fromtimestamp(ms / 1000, tz=dt.UTC).date()
    if (posted - as_of).days <= 31:
        return None
    return (
        f"dated as of {as_of.isoformat()} (The Economist's date), not when it was said: the source "
        f"post was published on {posted.isoformat()} (its X status id's time stamp)"
    )


def parse_number(cell: str | None) -> tuple[int | None, str | None]:
    """A whole number written with or without thousands separators, or the reason it is not."""
    if cell is None:
        return None, None
    text = cell.strip()
    if _NUMBER_RE.match(text):
        n = int(text.replace(",", ""))
        if n > MAX_FIGURE:  # (QA pass 13) a BIGINT column's limit: quarantined, not a traceback
            return None, f"'{text}' is out of range (the largest figure is {MAX_FIGURE:,})"
        return n, None
    return None, f"'{text}' is not a whole number (a note in a value cell is not read)"


def parse_date(cell: str | None) -> tuple[dt.date | None, str | None]:
    """A dd/mm/yyyy date (one-digit day or month fine), or the reason it is not."""
    text = (cell or "").strip()
    m = _DATE_RE.match(text)
    if not m:
        return None, f"'{text}' is not a dd/mm/yyyy date"
    try:
        return dt.date(int(m[3]), int(m[2]), int(m[1])), None
    except ValueError:
        return None, f"'{text}' is not a valid dd/mm/yyyy date"


def split_url(cell: str | None) -> tuple[str | None, str | None]:
    """(url, note) of a `source_url` cell: a URL, a URL then a note, or a note alone."""
    if cell is None or not cell.strip():
        return None, None
    text = cell.strip()
    m = _URL_RE.match(text)
    if m:
        note = m[2].strip().strip("()").strip() or None
        return m[1], note
    return None, text.strip("()").strip()


@dataclass
class Row:
    """One claim read from a file row (or half of a monthly row), before it is staged."""

    label: str
    row: int
    raw: str
    claimant: str  # cleaned name, resolved later
    stated_on: dt.date
    metric: str
    subject: str
    low: int | None
    high: int | None
    qualifier: str
    basis: str
    quote: str
    url: str | None
    notes: list[str] = field(default_factory=list)
    warring: bool | None = None
    period: tuple[dt.date, dt.date] | None = None
    actor_id: str | None = None


def _cells(rec: dict) -> dict:
    """A record with every empty cell as None (pandas may give NaN) and text cells as str."""
    return {k: (v if isinstance(v, str) or k.startswith("_") else None) for k, v in rec.items()}


def _raw(rec: dict) -> str:
    return json.dumps({k: v for k, v in rec.items() if not k.startswith("_")}, ensure_ascii=False)


def _bounds(
    low: int | None, high: int | None, point: int | None
) -> tuple[int | None, int | None, str, list[str], str | None]:
    """(value_low, value_high, qualifier, notes, error) from the three value cells."""
    if low is None and high is None and point is None:
        return None, None, "", [], "no figure: estimate_low, estimate_high and estimate are empty"
    if low is not None and high is not None and low > high:
        return None, None, "", [], f"estimate_low {low} is above estimate_high {high}"
    if point is not None and (low is None) != (high is None):
        return (
            None,
            None,
            "",
            [],
            ("a point estimate with only one bound: unclear whether the bound or the point is the claim"),
        )
    if point is not None and low is not None and high is not None:
        if not low <= point <= high:
            return None, None, "", [], f"estimate {point} is outside {low}-{high}"
        if low == high:
            return low, high, "about", ["estimate_low, estimate_high and estimate give one figure"], None
        return low, high, "range", [f"point estimate {point:,}"], None
    if low is not None and high is not None and low == high:
        # (QA 11) one figure in both bounds is an estimate, not a range (a range's bounds differ)
        return low, high, "about", ["estimate_low and estimate_high give one figure"], None
    if low is not None and high is not None:
        return low, high, "range", [], None
    if low is not None:
        return (
            low,
            None,
            "at_least",
            [
                # (QA pass 36) the CIA's "some 15,000" is such a row: the note says what is not known
                "The Economist lists only a lower figure, shown as a lower bound; the source's own "
                "wording is not in the table (it may have said 'at least', 'over', or 'some', an "
                "estimate)"
            ],
            None,
        )
    if high is not None:
        return None, high, "up_to", ["The Economist lists only an upper figure"], None
    return point, point, "about", [POINT_NOTE], None


def _quote(source: str, metric_cell: str, country: str, date_cell: str, figures: str) -> str:
    return f"{source.strip()}, {metric_cell}, {country}, {date_cell}: {figures}"


def read_estimates(sf: SourceFile, rows_out: list[Row], quarantine: list[Quarantined]) -> int:
    """Rows of the estimates table as claims; failures quarantined. Returns rows read."""
    table = read_csv_records(sf.path, sf.label, ESTIMATE_COLS)
    require_rows(table, sf.label)
    quarantine.extend(table.quarantine)
    for rec in map(_cells, table.frame.to_dict("records")):
        n = int(rec["_row"])
        raw = _raw(rec)

        def bad(fld: str, value: object, reason: str, n: int = n, raw: str = raw) -> None:
            quarantine.append(
                Quarantined(sf.label, n, fld, None if value is None else str(value), reason, raw)
            )

        date, err = parse_date(rec["date"])
        if date is None:
            bad("date", rec["date"], err or "is not a date")
            continue
        kind = (rec["type"] or "").strip().lower()
        if kind not in METRICS:
            bad("type", rec["type"], f"'{rec['type'] or ''}' is not deaths or casualties (shifted columns?)")
            continue
        country = (rec["country"] or "").strip().lower()
        if country not in SUBJECTS:
            bad(
                "country",
                rec["country"],
                f"'{rec['country'] or ''}' is not russia or ukraine (shifted columns?)",
            )
            continue
        flag = (rec[FLAG_COL] or "").strip().lower()
        if flag not in FLAGS:
            bad(FLAG_COL, rec[FLAG_COL], f"'{rec[FLAG_COL]}' is not yes, no or empty (shifted columns?)")
            continue
        if not (rec["source"] or "").strip():
            bad("source", None, "is required (who made the estimate)")
            continue
        if _CONTROL.search(rec["source"]):  # (QA pass 30: "AB\x00C" became an actor's name)
            bad("source", rec["source"], _CONTROL_REASON)
            continue
        values: dict[str, int | None] = {}
        failed = False
        for col in ("estimate_low", "estimate_high", "estimate"):
            v, err = parse_number(rec[col])
            if err:
                bad(col, rec[col], err)
                failed = True
                break
            values[col] = v
        if failed:
            continue
        low, high, qualifier, notes, err = _bounds(
            values["estimate_low"], values["estimate_high"], values["estimate"]
        )
        if err:
            bad("estimate", rec["estimate"], err)
            continue
        name, name_notes = clean_source(rec["source"])
        url, url_note = split_url(rec["source_url"])
        if url_note:
            notes.append(f"The Economist's note on the source: {url_note}")
        if (posted := posted_note(url, date)) is not None:
            notes.insert(0, posted)  # first: a hover shows a note's first 240 characters
        figures = ", ".join(
            f"{c} {rec[c]}" for c in ("estimate_low", "estimate_high", "estimate") if rec[c] is not None
        )
        rows_out.append(
            Row(
                sf.label,
                n,
                raw,
                name,
                date,
                METRICS[kind],
                SUBJECTS[country],
                low,
                high,
                qualifier,
                "cumulative",
                _quote(name, kind, country, date.strftime("%d/%m/%Y"), figures),
                url,
                name_notes + notes,
                FLAGS[flag],
            )
        )
    return table.rows_read


def read_monthly(
    sf: SourceFile, rows_out: list[Row], quarantine: list[Quarantined], warnings: list[str]
) -> int:
    """Rows of the UK MoD month-by-month table: a per-month and a cumulative claim each."""
    table = read_csv_records(sf.path, sf.label, MONTHLY_COLS)
    require_rows(table, sf.label)
    quarantine.extend(table.quarantine)
    months = {m.lower(): i for i, m in enumerate(calendar.month_name) if m}
    prev_cum: tuple[int, int] | None = None  # (row, cumulative)
    for rec in map(_cells, table.frame.to_dict("records")):
        n = int(rec["_row"])
        raw = _raw(rec)

        def bad(fld: str, value: object, reason: str, n: int = n, raw: str = raw) -> None:
            quarantine.append(
                Quarantined(sf.label, n, fld, None if value is None else str(value), reason, raw)
            )

        month = months.get((rec["month"] or "").strip().lower())
        year, _ = parse_number(rec["year"])
        if month is None:
            bad("month", rec["month"], f"'{rec['month'] or ''}' is not a month name")
            continue
        if year is None or not 1900 <= year <= 2100:
            bad("year", rec["year"], f"'{rec['year'] or ''}' is not a year")
            continue
        date, err = parse_date(rec["date (at beginning of next month)"])
        if date is None:
            bad(
                "date (at beginning of next month)",
                rec["date (at beginning of next month)"],
                err or "is not a date",
            )
            continue
        values: dict[str, int | None] = {}
        failed = False
        for col in (
            "casualties in month",
            "cumulative casualties",
            "casualties (average daily losses)",
            "days in month",
        ):
            v, err = parse_number(rec[col])
            if err or (v is None and col in ("casualties in month", "cumulative casualties")):
                bad(col, rec[col], err or "is required")
                failed = True
                break
            values[col] = v
        if failed:
            continue
        source = (rec["source"] or "").strip()
        if not source:
            bad("source", None, "is required (who made the estimate)")
            continue
        if _CONTROL.search(source):
            bad("source", source, _CONTROL_REASON)
            continue
        first = dt.date(year, month, 1)
        last = dt.date(year, month, calendar.monthrange(year, month)[1])
        if date <= last:
            bad(
                "date (at beginning of next month)",
                rec["date (at beginning of next month)"],
                f"is not after {calendar.month_name[month]} {year}",
            )
            continue
        name, name_notes = clean_source(source)
        url, url_note = split_url(rec["source_url"])
        extra = [f"The Economist's note on the source: {url_note}"] if url_note else []
        if rec["note"]:
            extra.append(f"The Economist's note: {rec['note'].strip()}")
        posted = [note] if (note := posted_note(url, date)) is not None else []
        in_month, cum = values["casualties in month"], values["cumulative casualties"]
        assert in_month is not None and cum is not None
        if prev_cum is not None and prev_cum[1] + in_month != cum:
            warnings.append(
                f"row {n}: cumulative {cum:,} is not row {prev_cum[0]}'s "
                f"{prev_cum[1]:,} + {in_month:,} (kept as published)"
            )
        prev_cum = (n, cum)
        avg, days = values["casualties (average daily losses)"], values["days in month"]
        month_note = (
            [f"average {avg:,} a day over {days} days, as the table gives it"]
            if avg is not None and days is not None
            else []
        )
        about = ["an estimate as the UK MoD's month-by-month table gives it"]
        rows_out.append(
            Row(
                sf.label,
                n,
                raw,
                name,
                date,
                "killed_or_wounded",
                "Russian forces",
                in_month,
                in_month,
                "about",
                "period",
                f"{source}, casualties in {calendar.month_name[month]} {year}: {rec['casualties in month']}",
                url,
                posted + name_notes + about + month_note + extra,  # (a hover shows the first 240 characters)
                None,
                (first, last),
            )
        )
        # The cumulative figure: the same claim as the estimates table's row for that date.
        rows_out.append(
            Row(
                sf.label,
                n,
                raw,
                name,
                date,
                "killed_or_wounded",
                "Russian forces",
                cum,
                cum,
                "about",
                "cumulative",
                _quote(
                    name,
                    "casualties",
                    "russia",
                    date.strftime("%d/%m/%Y"),
                    f"estimate {rec['cumulative casualties'].strip()}",
                ),
                url,
                [*posted, *name_notes, POINT_NOTE, RUNNING_SUM_NOTE, *extra],
                None,
            )
        )
    return table.rows_read


def expand_economist_inputs(path: Path) -> list[Path]:
    """A folder holding the estimates and/or month-by-month CSVs, or one CSV file."""
    if path.is_dir():
        found = sorted(p for p in _csv_files(path) if _kind_of(p) is not None)
        if not found:
            raise ImportInputError(
                f"{path}: no estimates or UK MoD month-by-month CSV of The Economist in it"
            )
        return found
    if not path.is_file():
        raise ImportInputError(f"{path}: file not found")
    return [path]


def _csv_files(folder: Path) -> list[Path]:
    """A folder's CSV files, whatever the case of their suffix ("RAW_ESTIMATES.CSV", QA pass 37)."""
    return [p for p in folder.iterdir() if p.is_file() and p.suffix.lower() == ".csv"]


def unread_in_folder(path: Path) -> list[str]:
    """The CSV files of a folder `expand_economist_inputs` does not read, one line each. Why:
    importing the published folder read its two tables and said nothing of `raw_estimates.csv`
    beside them (QA pass 36); a General Staff folder with a third file is refused."""
    if not path.is_dir():
        return []
    return [
        f"{p.name} in {path}: not read (not The Economist's estimates or UK MoD month-by-month table)"
        for p in sorted(_csv_files(path))
        if _kind_of(p) is None
    ]


def _kind_of(path: Path) -> str | None:
    """'estimates', 'monthly' or None, from the header row."""
    try:
        header = header_names(path)
    except (OSError, csv.Error):
        return None
    if {"estimate_low", "estimate_high", "estimate", "type", "country"} <= header:
        return "estimates"
    if {"casualties in month", "cumulative casualties"} <= header:
        return "monthly"
    return None


def _resolve_actors(con: duckdb.DuckDBPyConnection, rows: list[Row]) -> list[str]:
    """Set each row's actor_id, creating actors that do not exist; returns created names."""
    existing = con.execute("SELECT actor_id, name, aliases FROM actors").fetchall()
    by_key: dict[str, str] = {}
    for actor_id, name, aliases in existing:
        for k in (name, *(aliases or [])):
            by_key.setdefault(k.lower(), actor_id)
    created: list[str] = []

    def ensure(spec: ActorSpec) -> str:
        for k in (spec.name, *spec.aliases):
            if k.lower() in by_key:
                return by_key[k.lower()]
        parent_id = (
            ensure(ALIASES[spec.parent.lower()])
            if (spec.parent and spec.parent.lower() in ALIASES)
            else (by_key.get(spec.parent.lower()) if spec.parent else None)
        )
        actor_id = slug(spec.name) or f"actor-{short_hash(spec.name)}"
        if con.execute("SELECT count(*) FROM actors WHERE actor_id = $1", [actor_id]).fetchall()[0][0]:
            actor_id = f"{actor_id}-{short_hash(spec.name, 6)}"  # a different actor has that id
        aliases = [a for a in spec.aliases if a.lower() not in by_key]
        con.execute(
            "INSERT INTO actors VALUES ($1, $2, $3, $4, $5, $6)",
            [actor_id, spec.name, aliases, spec.kind, spec.side, parent_id],
        )
        # Recorded, so that a later full build carries the actor with the claims that name it.
        con.execute("INSERT INTO imported_actors VALUES ($1, $2)", [actor_id, SOURCE])
        for k in (spec.name, *aliases):
            by_key[k.lower()] = actor_id
        created.append(spec.name)
        return actor_id

    for r in rows:
        key = r.claimant.lower()
        if key in by_key:
            r.actor_id = by_key[key]
        elif key in ALIASES:
            r.actor_id = ensure(ALIASES[key])
        else:  # unknown: created as written, claiming nothing about who it is
            r.actor_id = ensure(ActorSpec(r.claimant, "group", "Other"))
    return created


def _figure_text(low: object, high: object) -> str:
    """A figure as a message names it: "11966", or a range "200-999" (QA pass 27: a single figure
    read "11966-11966")."""
    return str(low) if low == high else f"{'' if low is None else low}-{'' if high is None else high}"


def _host_doc(url: str) -> dict:
    host = (urlparse(url).hostname or "unknown").removeprefix("www.")
    return {
        "doc_id": f"econ-src-{short_hash(url, 16)}",
        "outlet": host,
        "url": url,
        "title": None,
        "published_at": None,
        "language": None,
        "tags": ["economist", "imported"],
        "content_hash": short_hash(url, 32),
        "source": SOURCE,
        "notes": "A source cited by The Economist's table of published estimates",
    }


#: The document of each table (the ids of the bundled copies' file names).
TABLE_DOC_IDS: dict[str, str] = {
    "estimates": "economist-soldier-deaths-casualties-estimates",
    "monthly": "economist-uk-mod-month-by-month-estimates",
}


def _table_doc(kind: str) -> dict:
    # Always the repository page (not the raw file it came from: import_log keeps that), so a
    # refresh and a build from the same snapshot give the same document.
    title = (
        "Published estimates of soldiers killed and wounded, by source"
        if kind == "estimates"
        else "UK MoD estimates of Russian casualties, month by month"
    )
    return {
        # (QA pass 13) one document per table, whatever the file is called: upstream's
        # "Soldier deaths_casualties in Ukraine - estimates.csv" is the same table as the bundled
        # copy, so its rows are the same reports (not a second report of every claim) and a
        # figure it revises replaces the old one (not quarantined as another table's)
        "doc_id": TABLE_DOC_IDS[kind],
        "outlet": OUTLET,
        "url": REPO_URL,
        "title": f"The Economist: {title}",
        "published_at": None,
        "language": "en",
        "tags": ["economist", "imported"],
        # The table's identity, not the file's digest: several files feed one table document
        # (the declared copy, a newer one-off copy), and a build of the same inputs must not depend
        # on which was read last (QA pass 26: an incremental build kept the one-off file's digest,
        # a full build the declared file's). Each file's SHA-256 is in import_log.
        "content_hash": short_hash(f"{REPO_URL}#{kind}", 32),
        "source": SOURCE,
        "notes": LICENCE_NOTE,
    }


def _period(r: Row) -> tuple[dt.date | None, dt.date | None]:
    """(period_start, period_end) of a per-month claim, else (None, None)."""
    return r.period if r.period is not None else (None, None)


def _contract_id(r: Row) -> str:
    """The project's one claim id (etl.core.contract): the same figure from both tables is one claim."""
    start, end = _period(r)
    return claim_id(
        {
            "claimant_id": r.actor_id,
            "stated_on": r.stated_on,
            "stated_on_precision": "day",
            "claim_type": "casualties",
            "metric": r.metric,
            "subject": r.subject,
            "value_low": r.low,
            "value_high": r.high,
            "qualifier": r.qualifier,
            "basis": r.basis,
            "period_start": start,
            "period_end": end,
        }
    )


def _claim_key(r: Row) -> str:
    """Who, when, what, whose forces (and which month for a per-month figure): the figure aside."""
    return (
        f"econ-{r.stated_on.isoformat()}-{r.actor_id}-{r.metric}-"
        + ("ru" if r.subject.startswith("Russian") else "ua")
        + (f"-month-{r.period[0].strftime('%Y-%m')}" if r.period else "")
    )


def _conflicts_in_db(
    con: duckdb.DuckDBPyConnection, claims: dict[str, Row], table_docs: dict[str, dict]
) -> dict[str, tuple[object, object, str]]:
    """Keys of claims already in the database from another Economist table, with other bounds."""
    if not claims:
        return {}
    ours = [d["doc_id"] for d in table_docs.values()]
    con.execute("SELECT 1").fetchall()  # settle any half-read result before register()
    con.register("econ_check_df", _key_frame(claims))
    try:
        rows = con.execute(
            f"""
            SELECT e.key, any_value(c.value_low), any_value(c.value_high), min(r.doc_id)
            FROM econ_check_df e
            JOIN claims c ON {_SAME_KEY}
            JOIN reports r ON r.claim_id = c.claim_id
            WHERE starts_with(r.doc_id, 'economist-') AND NOT list_contains($ours, r.doc_id)
              AND (c.value_low IS DISTINCT FROM CAST(e.low AS BIGINT)
                   OR c.value_high IS DISTINCT FROM CAST(e.high AS BIGINT)
                   OR c.qualifier IS DISTINCT FROM e.qualifier)
            GROUP BY e.key
            """,
            {"ours": ours},
        ).fetchall()
    finally:
        con.unregister("econ_check_df")
    return {key: (lo, hi, doc) for key, lo, hi, doc in rows}


#: A database claim with the same key (who, when, what, whose forces, basis, month) as `e`.
_SAME_KEY = (
    "c.source = 'economist' AND c.claimant_id = e.claimant_id "
    "AND c.stated_on = CAST(e.stated_on AS DATE) AND c.metric = e.metric "
    "AND c.subject = e.subject AND c.basis = e.basis "
    "AND c.period_start IS NOT DISTINCT FROM CAST(e.period_start AS DATE)"
)


def _key_frame(claims: dict[str, Row]) -> pd.DataFrame:
    rows = list(claims.values())
    return pd.DataFrame(
        {
            "key": list(claims),
            "claim_id": [_contract_id(r) for r in rows],
            "claimant_id": [r.actor_id for r in rows],
            "stated_on": pd.array([r.stated_on for r in rows], dtype=object),
            "metric": [r.metric for r in rows],
            "subject": [r.subject for r in rows],
            "basis": [r.basis for r in rows],
            "period_start": pd.array([_period(r)[0] for r in rows], dtype=object),
            "low": pd.array([r.low for r in rows], dtype="Int64"),
            "high": pd.array([r.high for r in rows], dtype="Int64"),
            "qualifier": [r.qualifier for r in rows],
        }
    )


def _drop_revised(con: duckdb.DuckDBPyConnection, claims: dict[str, Row], ours: list[str]) -> None:
    """A figure these tables now give differently replaces the one they gave before (by key)."""
    con.execute("SELECT 1").fetchall()
    con.register("econ_check_df", _key_frame(claims))
    try:
        con.execute(
            f"""
            CREATE OR REPLACE TEMP TABLE econ_revised AS
            SELECT DISTINCT c.claim_id FROM econ_check_df e JOIN claims c ON {_SAME_KEY}
            WHERE c.claim_id <> e.claim_id
              AND c.claim_id IN (SELECT claim_id FROM reports WHERE list_contains($ours, doc_id))
              AND c.claim_id NOT IN (SELECT claim_id FROM reports
                                     WHERE starts_with(doc_id, 'economist-')
                                       AND NOT list_contains($ours, doc_id))
            """,
            {"ours": ours},
        )
    finally:
        con.unregister("econ_check_df")
    for table in ("claim_warring_flags", "reports", "claim_places", "claims_wide", "claims"):
        con.execute(f"DELETE FROM {table} WHERE claim_id IN (SELECT claim_id FROM econ_revised)")


def load_economist(
    con: duckdb.DuckDBPyConnection, files: list[SourceFile], report: BuildReport
) -> list[Outcome]:
    """Import The Economist's tables into claims (see the module doc); one Outcome per file."""
    per_file: list[tuple[SourceFile, str, int, list[Quarantined], list[Row], Outcome]] = []
    for sf in files:
        kind = _kind_of(sf.path)
        if kind is None:
            raise ImportInputError(
                f"{sf.label}, row 1 (header): neither The Economist's estimates table (date, "
                "estimate_low, estimate_high, estimate, type, source, source_url, country, ...) "
                "nor its UK MoD month-by-month table"
            )
        rows: list[Row] = []
        quarantine: list[Quarantined] = []
        outcome = Outcome(sf.label, SOURCE, sf.location, sha256_file(sf.path))
        if kind == "estimates":
            n_read = read_estimates(sf, rows, quarantine)
        else:
            n_read = read_monthly(sf, rows, quarantine, outcome.warnings)
        per_file.append((sf, kind, n_read, quarantine, rows, outcome))

    all_rows = [r for *_, rows, _ in per_file for r in rows]
    created = _resolve_actors(con, all_rows)

    # One claim per key; the same claim again (identical content) is one more report of it.
    claims: dict[str, Row] = {}
    reports: dict[str, list[str]] = {}
    table_docs = {sf.label: _table_doc(kind) for sf, kind, *_ in per_file}
    docs: dict[str, dict] = {d["doc_id"]: d for d in table_docs.values()}
    dropped: set[tuple[str, int]] = set()
    for r in all_rows:
        cid = _claim_key(r)
        same = claims.get(cid)
        content = (r.low, r.high, r.qualifier, r.basis, r.period)
        if same is not None and (same.low, same.high, same.qualifier, same.basis, same.period) != content:
            for sf, _, _, quarantine, _, _ in per_file:
                if sf.label == r.label and (r.label, r.row) not in dropped:
                    quarantine.append(
                        Quarantined(
                            r.label,
                            r.row,
                            "estimate",
                            f"{r.low}-{r.high}",
                            f"gives the same claim ({r.claimant}, {r.stated_on}, {r.metric}, "
                            f"{r.subject}) as {same.label} row {same.row} with a different figure "
                            f"({_figure_text(same.low, same.high)})",
                            r.raw,
                        )
                    )
            dropped.add((r.label, r.row))
            continue
        if same is None:
            claims[cid] = r
            reports[cid] = []
        elif same.warring is None and r.warring is not None:
            same.warring = r.warring
        for note in r.notes:
            if note not in claims[cid].notes:
                claims[cid].notes.append(note)
        if r.url:
            d = _host_doc(r.url)
            docs.setdefault(d["doc_id"], d)
            if d["doc_id"] not in reports[cid]:
                reports[cid].append(d["doc_id"])
        tdoc = table_docs[r.label]["doc_id"]
        if tdoc not in reports[cid]:
            reports[cid].append(tdoc)
    # Source links first: the claim's own document is the first report.
    for cid in reports:
        reports[cid].sort(key=lambda d: d.startswith("economist-"))

    # The same claim already loaded from another Economist table (another declaration) with a
    # different figure: competing versions are not merged, the later row is quarantined.
    for cid, (other_low, other_high, other_doc) in _conflicts_in_db(con, claims, table_docs).items():
        r0 = claims.pop(cid)
        reports.pop(cid)
        for r in all_rows:
            if (r.label, r.row) in dropped or r.actor_id != r0.actor_id or _claim_key(r) != cid:
                continue
            for sf, _, _, quarantine, _, _ in per_file:
                if sf.label == r.label:
                    quarantine.append(
                        Quarantined(
                            r.label,
                            r.row,
                            "estimate",
                            f"{r.low}-{r.high}",
                            f"gives the same claim ({r.claimant}, {r.stated_on}, {r.metric}, "
                            f"{r.subject}) as {other_doc} with a different figure "
                            f"({_figure_text(other_low, other_high)})",
                            r.raw,
                        )
                    )
            dropped.add((r.label, r.row))

    _drop_revised(con, claims, [d["doc_id"] for d in table_docs.values()])
    changed_docs = upsert_documents(con, pd.DataFrame(list(docs.values())))
    ids = list(claims)
    cid_of = {k: _contract_id(claims[k]) for k in ids}
    frame = pd.DataFrame(
        {
            "claim_id": [cid_of[c] for c in ids],
            "claimant_id": [claims[c].actor_id for c in ids],
            "stated_on": pd.array([claims[c].stated_on for c in ids], dtype=object),
            "metric": [claims[c].metric for c in ids],
            "subject": [claims[c].subject for c in ids],
            "value_low": pd.array([claims[c].low for c in ids], dtype="Int64"),
            "value_high": pd.array([claims[c].high for c in ids], dtype="Int64"),
            "qualifier": [claims[c].qualifier for c in ids],
            "basis": [claims[c].basis for c in ids],
            "period_start": pd.array([_period(claims[c])[0] for c in ids], dtype=object),
            "period_end": pd.array([_period(claims[c])[1] for c in ids], dtype=object),
            "quote": [claims[c].quote for c in ids],
            "notes": ["; ".join(claims[c].notes) or None for c in ids],
            "warring": pd.array([claims[c].warring for c in ids], dtype="boolean"),
        },
        columns=[
            "claim_id",
            "claimant_id",
            "stated_on",
            "metric",
            "subject",
            "value_low",
            "value_high",
            "qualifier",
            "basis",
            "period_start",
            "period_end",
            "quote",
            "notes",
            "warring",
        ],
    )
    con.register("econ_df", frame)
    try:
        con.execute(
            f"""
            CREATE OR REPLACE TEMP TABLE econ_claims AS
            SELECT CAST(claim_id AS VARCHAR) AS claim_id, CAST(NULL AS VARCHAR) AS ref,
                   CAST(claimant_id AS VARCHAR) AS claimant_id, CAST(NULL AS VARCHAR) AS channel,
                   CAST(stated_on AS DATE) AS stated_on, 'day' AS stated_on_precision,
                   'casualties' AS claim_type, CAST(metric AS VARCHAR) AS metric,
                   CAST(subject AS VARCHAR) AS subject, CAST(value_low AS BIGINT) AS value_low,
                   CAST(value_high AS BIGINT) AS value_high,
                   CAST(qualifier AS VARCHAR) AS qualifier, CAST(basis AS VARCHAR) AS basis,
                   CAST(period_start AS DATE) AS period_start,
                   CAST(period_end AS DATE) AS period_end, CAST(NULL AS VARCHAR) AS region,
                   'unverified' AS verification, CAST(quote AS VARCHAR) AS quote,
                   '{SOURCE}' AS source, []::VARCHAR[] AS place_ids,
                   CAST(notes AS VARCHAR) AS notes, CAST(warring AS BOOLEAN) AS warring
            FROM econ_df
            """
        )
    finally:
        con.unregister("econ_df")
    # Reports: upsert once per round, each claim with its k-th document (upsert_claims takes
    # one document per staged claim); the first round inserts or replaces the claims.
    n_new = 0
    most = max((len(v) for v in reports.values()), default=0)
    for k in range(max(most, 1)):
        pairs = pd.DataFrame(
            {
                "claim_id": [cid_of[c] for c in ids if len(reports[c]) > k],
                "doc_id": [reports[c][k] for c in ids if len(reports[c]) > k],
            },
            columns=["claim_id", "doc_id"],
        )
        con.execute("SELECT 1").fetchall()  # settle any half-read result before register()
        con.register("econ_docs_df", pairs)
        try:
            con.execute(
                """
                CREATE OR REPLACE TEMP TABLE econ_stage AS
                SELECT c.* EXCLUDE (notes, warring), CAST(d.doc_id AS VARCHAR) AS doc_id
                FROM econ_claims c JOIN econ_docs_df d USING (claim_id)
                """
            )
        finally:
            con.unregister("econ_docs_df")
        n = upsert_claims(con, "econ_stage", changed_docs if k == 0 else [])
        if k == 0:
            n_new = n
    # (QA pass 26) A claim the other table gives too keeps that table's notes: importing the
    # estimates table alone took "the month-by-month table's running total …" off 34 UK MoD claims
    # (a build, reading both tables, merges their rows' notes: this import's first, then the
    # rest, as a build orders them).
    other_tables = sorted(set(TABLE_DOC_IDS.values()) - {d["doc_id"] for d in table_docs.values()})
    con.execute(
        """
        CREATE OR REPLACE TEMP TABLE econ_notes AS
        WITH parts AS (
            SELECT s.claim_id, c.notes AS old, s.notes AS new,
                   coalesce(string_split(s.notes, '; '), []::VARCHAR[]) AS new_parts,
                   EXISTS (SELECT 1 FROM reports r
                           WHERE r.claim_id = s.claim_id AND list_contains($other, r.doc_id)) AS shared
            FROM econ_claims s JOIN claims c USING (claim_id)
            WHERE c.source = 'economist'
        ),
        final AS (
            SELECT claim_id, old,
                   CASE WHEN shared AND old IS NOT NULL
                        THEN nullif(array_to_string(list_concat(new_parts, list_filter(
                                 string_split(old, '; '), lambda x: NOT list_contains(new_parts, x))), '; '), '')
                        ELSE new END AS notes
            FROM parts
        )
        SELECT claim_id, notes FROM final WHERE old IS DISTINCT FROM notes
        """,
        {"other": other_tables},
    )
    con.execute("UPDATE claims c SET notes = n.notes FROM econ_notes n WHERE c.claim_id = n.claim_id")
    con.execute(
        f"""
        DELETE FROM claim_warring_flags
        WHERE flagged_by = '{SOURCE}'
          AND claim_id IN (SELECT claim_id FROM econ_claims WHERE warring IS NOT NULL);
        INSERT INTO claim_warring_flags
        SELECT claim_id, warring, '{SOURCE}' FROM econ_claims WHERE warring IS NOT NULL
        ORDER BY claim_id;
        """
    )

    outcomes: list[Outcome] = []
    for i, (sf, _kind, n_read, quarantine, rows, outcome) in enumerate(per_file):
        kept = [r for r in rows if (r.label, r.row) not in dropped]
        loaded_rows = {r.row for r in kept} - {row for lab, row in dropped if lab == sf.label}
        dates = [r.stated_on for r in kept]
        quarantine.sort(key=lambda q: q.row_number or 0)
        report.quarantine.extend(quarantine)
        report.files.append(
            FileResult(
                sf.label,
                SOURCE,
                n_read,
                len(loaded_rows),
                len(quarantine),
                min(dates) if dates else None,
                max(dates) if dates else None,
            )
        )
        if i == 0 and created:
            outcome.warnings.append("actor(s) created: " + ", ".join(created))
        outcome.rows_new = n_new if i == 0 else 0
        outcomes.append(outcome)
    return outcomes
