"""General Staff of the Armed Forces of Ukraine: daily cumulative claims of Russian losses.

Input: the JSON files of the public 2022-Ukraine-Russia-War-Dataset
(https://github.com/PetroIvaniuk/2022-Ukraine-Russia-War-Dataset): `russia_losses_personnel.json`
and `russia_losses_equipment.json`, each a list of daily records such as
`{"date": "2025-12-31", "day": 1407, "personnel": 1207910, "personnel*": "about"}` and
`{"date": "2022-03-05", "aircraft": 39, "field artillery": 125, "greatest losses direction": "Donetsk"}`.
Files are recognised by content, not name, so any one of them (or both) may be given.

Mapping (one claim per figure, i.e. per metric per day):

- claimant: the actor "General Staff of the Armed Forces of Ukraine" (looked up in `actors` by
  name or alias; if absent, every figure is quarantined saying so); subject "Russian forces";
  basis `cumulative` (each figure is the running total claimed up to that date); stated_on = the
  record's date, precision day; channel "daily report"; verification `unverified`;
  source `general-staff`.
- `personnel` → claim_type `casualties`, metric `personnel_losses`: the General Staff's
  "personnel" figure (Ukrainian "особового складу ... ліквідовано": personnel *eliminated*,
  which in its usage means killed). The metric name keeps the publisher's wording rather than
  asserting "killed". Qualifier from `personnel*`: "about" → `about` with value_low =
  value_high; "more" → `over` with value_low only; anything else is quarantined.
- `POW` → claim_type `captured`, metric `captured`, exact.
- (QA pass 42) these keys and `date`, `personnel*`, `greatest losses direction` are matched
  whatever their case and spaces around them (`KNOWN_KEYS`): `"Personnel"` is the personnel
  figure with its qualifier, never an equipment metric `personnel`. A note names each key the
  file spells otherwise; one key given twice in a record (`personnel*` and `Personnel*`)
  quarantines that record's figures.
- every other numeric key → claim_type `equipment`, metric = slug of the key
  (`field artillery` → `field_artillery`, `APC` → `apc`), exact. Keys that appear later become
  new metrics; a key absent on a day gives no claim that day (never a zero).
- `greatest losses direction` (text) is context, not a scope: every figure of the day is a
  war-wide running total, so the direction is kept in the claim's `notes` ("greatest losses
  direction: Bakhmut and Avdiivka") and in `gs_daily.direction`, never in `region` or
  `claim_places` (where the Region filter, the map and the Kursk scope would read a war-wide
  total as a figure for that place).
- A figure lower than the previous day's of the same metric (a correction) is kept as published
  and flagged in `notes` ("correction: lower than the previous figure ..."), before the
  direction.
- claim_id = `gs-<date>-<metric>`: re-importing replaces nothing that did not change.
- quote = the figure as the JSON publishes it (`"personnel": 1207910, "personnel*": "about"`).
- One document per input file (doc_id `general-staff-<file-name-slug>`, url = the dataset's
  GitHub page, published_at = the file's last date); every claim is a report of its file's
  document.

Rows for the nothing-lost count are *figures*: one per key per record (`date`, `day`,
`personnel*` and `greatest losses direction` are not figures). A figure published as null is
read and quarantined ("no figure published"), never read as zero nor left out of the count
(QA pass 6). A record that is not an object counts as one row, quarantined.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path
from urllib.parse import urlparse

import duckdb
import pandas as pd

from etl.core.contract import MAX_FIGURE
from etl.core.db import has_table
from etl.core.report import BuildReport, FileResult, Quarantined
from etl.core.schema import DIRECTION_NOTE, DIRECTION_NOTE_PATTERN, GS_SOURCE
from etl.importers.inputs import ImportInputError, Outcome, SourceFile, is_url, sha256_file, short_hash, slug
from etl.importers.store import date_documents_by_reports, upsert_claims, upsert_documents

CLAIMANT = "General Staff of the Armed Forces of Ukraine"
SUBJECT = "Russian forces"
CHANNEL = "daily report"
DATASET_URL = "https://github.com/PetroIvaniuk/2022-Ukraine-Russia-War-Dataset"
OUTLET = "2022-Ukraine-Russia-War-Dataset (GitHub)"

DIRECTION_KEY = "greatest losses direction"
QUALIFIER_KEY = "personnel*"
META_KEYS = {"date", "day", QUALIFIER_KEY, DIRECTION_KEY}
#: The keys the importer gives a meaning of their own (every other key is an equipment figure).
#: (QA pass 42 #5) They are matched case-insensitively, spaces around them ignored, as `POW`
#: always was: a file with "Personnel" loaded 1,406 personnel losses a second time, as
#: *equipment* claims whose "about" became exact, without a word. Why read it rather than refuse
#: the file: a key's case carries no meaning in this dataset (every equipment key is folded to a
#: lower-case metric already, `APC` → `apc`), "Personnel" can mean nothing but the personnel
#: figure, and a refusal would hold back every other figure of the file for a change of spelling.
#: What is not silent: a note names each key read so (the claims' quotes write the dataset's
#: spelling, so the same figures are the same claims), and a record giving one of these keys in
#: two spellings is not guessed at (its figures are quarantined, or the second figure is, as
#: "already given").
KNOWN_KEYS: dict[str, str] = {k.lower(): k for k in (*sorted(META_KEYS), "personnel", "POW")}


def known_key(key: str) -> str | None:
    """The dataset's spelling of `key` when it is one of `KNOWN_KEYS` in any case, else None."""
    return KNOWN_KEYS.get(key.strip().lower())


QUALIFIERS = {"about": "about", "more": "over"}
_DATE_RE = re.compile(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$")  # (ASCII digits only)


def metric_for(key: str) -> tuple[str, str]:
    """(claim_type, metric) for a figure key of the dataset (`personnel` and `POW` in any case)."""
    if known_key(key) == "personnel":
        return "casualties", "personnel_losses"
    if known_key(key) == "POW":
        return "captured", "captured"
    m = slug(key, "_")
    if not m or not m[0].isalpha():
        m = "key_" + (m or "unnamed")
    return "equipment", m


def expand_gs_inputs(path: Path) -> list[Path]:
    """A folder holding the two dataset files, or one file."""
    if path.is_dir():
        found = [
            path / n
            for n in ("russia_losses_personnel.json", "russia_losses_equipment.json")
            if (path / n).is_file()
        ]
        others = sorted(
            p.name
            for p in path.glob("*.json")
            if p.name.startswith("russia_losses") and p.name not in {f.name for f in found}
        )
        if others:
            # (QA pass 14) a browser's "russia_losses_personnel(1).json" in the folder was left
            # out without a word, its new and revised days with it
            raise ImportInputError(
                f"{path}: {', '.join(others)} is not one of the dataset's two file names "
                "(russia_losses_personnel.json, russia_losses_equipment.json); rename it or import "
                "it on its own"
            )
        if not found:
            raise ImportInputError(
                f"{path}: no russia_losses_personnel.json or russia_losses_equipment.json in it"
            )
        return found
    if not path.is_file():
        raise ImportInputError(f"{path}: file not found")
    return [path]


def _figure(value: object) -> tuple[int | None, str | None]:
    """A published figure as an int, or the reason it is not one."""
    if isinstance(value, bool):
        return None, f"{value!r} is not a whole number"
    if isinstance(value, int):
        n = value
    elif isinstance(value, float) and value.is_integer():
        n = int(value)
    elif isinstance(value, str) and re.fullmatch(r"[0-9]+", value.strip()):
        # (QA pass 13) ASCII digits only: str.isdigit() passes "²", which int() refuses
        n = int(value.strip())
    else:
        return None, f"{json.dumps(value, ensure_ascii=False)} is not a whole number"
    if n < 0:
        return None, "figures cannot be negative"
    if n > MAX_FIGURE:
        return None, f"{n} is out of range (the largest figure is {MAX_FIGURE:,})"
    return n, None


def parse_file(sf: SourceFile, file_ord: int) -> tuple[list[dict], list[Quarantined], int, list[str]]:
    """Figures of one file as dicts, quarantined figures, the number of rows read, and notes
    (the keys of `KNOWN_KEYS` the file spells otherwise)."""
    try:
        records = json.loads(sf.path.read_bytes().decode("utf-8-sig"))
    except UnicodeDecodeError as exc:
        raise ImportInputError(f"{sf.label}: not UTF-8 JSON ({exc.reason})") from None
    except json.JSONDecodeError as exc:
        raise ImportInputError(f"{sf.label}: not valid JSON ({exc.msg}, line {exc.lineno})") from None
    if not isinstance(records, list):
        raise ImportInputError(f"{sf.label}: expected a JSON list of daily records")
    if not records:  # (QA pass 30: `[]` was imported, published and logged as a 0-row file)
        raise ImportInputError(f"{sf.label}: no rows (an empty list of daily records); nothing to import")
    figures: list[dict] = []
    quarantine: list[Quarantined] = []
    rows_read = 0
    respelled: dict[str, str] = {}  # a key as the file spells it -> the importer's name for it
    for i, rec in enumerate(records, start=1):
        if not isinstance(rec, dict):
            rows_read += 1
            quarantine.append(
                Quarantined(
                    sf.label,
                    i,
                    None,
                    None,
                    "record is not a JSON object",
                    json.dumps(rec, ensure_ascii=False)[:2000],
                )
            )
            continue
        # The record's known keys by the importer's name (see KNOWN_KEYS), as the file spells them.
        spelled: dict[str, list[str]] = {}
        for key in rec:
            name = known_key(key)
            if name is not None:
                spelled.setdefault(name, []).append(key)
                if key != name:
                    respelled.setdefault(key, name)
        meta = {name: rec[keys[0]] for name, keys in spelled.items() if name in META_KEYS}
        qual_key = spelled.get(QUALIFIER_KEY, [QUALIFIER_KEY])[0]
        raw_date = meta.get("date")
        date: dt.date | None = None
        date_err = None
        err_field, err_value = "date", str(raw_date)
        twice = next(
            (keys for name, keys in spelled.items() if name in META_KEYS - {"day"} and len(keys) > 1), None
        )
        if twice:
            # "date" and "Date" in one record: which one is meant is not guessed
            err_field, err_value = twice[1], str(rec[twice[1]])
            date_err = f"{' and '.join(map(json.dumps, twice))} are one key given twice in this record"
        elif isinstance(raw_date, str) and _DATE_RE.match(raw_date.strip()):
            try:
                date = dt.date.fromisoformat(raw_date.strip())
            except ValueError:
                date_err = f"date {raw_date!r} is not a valid YYYY-MM-DD date"
        else:
            date_err = f"date {raw_date!r} is not YYYY-MM-DD"
        direction = meta.get(DIRECTION_KEY)
        direction = str(direction).strip() if direction not in (None, "") else None
        qual_raw = meta.get(QUALIFIER_KEY)
        for key, value in rec.items():
            if known_key(key) in META_KEYS:
                continue
            rows_read += 1
            raw = json.dumps({"date": raw_date, key: value}, ensure_ascii=False)
            if value is None:
                quarantine.append(
                    Quarantined(
                        sf.label, i, key, None, f"{key}: null (no figure published; never read as 0)", raw
                    )
                )
                continue
            if date_err:
                quarantine.append(Quarantined(sf.label, i, err_field, err_value, date_err, raw))
                continue
            n, err = _figure(value)
            if err:
                quarantine.append(Quarantined(sf.label, i, key, str(value), err, raw))
                continue
            claim_type, metric = metric_for(key)
            qualifier = "exact"
            low: int | None = n
            high: int | None = n
            # (the dataset's spelling of a known key: the same figure under "Personnel" is the
            # same claim, not a revision of all of them; the note names the file's spelling)
            quote = f"{json.dumps(known_key(key) or key, ensure_ascii=False)}: {json.dumps(value)}"
            if known_key(key) == "personnel":
                q = QUALIFIERS.get(str(qual_raw).strip().lower()) if qual_raw is not None else None
                if q is None:
                    quarantine.append(
                        Quarantined(
                            sf.label,
                            i,
                            qual_key,
                            None if qual_raw is None else str(qual_raw),
                            f"personnel qualifier {qual_raw!r} is not 'about' or 'more'",
                            raw,
                        )
                    )
                    continue
                qualifier = q
                if q == "over":
                    high = None
                quote += f", {json.dumps(QUALIFIER_KEY)}: {json.dumps(qual_raw, ensure_ascii=False)}"
            figures.append(
                {
                    "_file": file_ord,
                    "_rec": i,
                    "label": sf.label,
                    "key": key,
                    "raw": raw,
                    "stated_on": date,
                    "claim_type": claim_type,
                    "metric": metric,
                    "value_low": low,
                    "value_high": high,
                    "qualifier": qualifier,
                    "direction": direction,
                    "quote": quote,
                }
            )
    notes = []
    if respelled:
        said = ", ".join(
            f"{json.dumps(k, ensure_ascii=False)} read as {json.dumps(n)}" for k, n in respelled.items()
        )
        notes.append(f"key(s) {said} (the dataset's keys are matched whatever their case)")
    return figures, quarantine, rows_read, notes


def _stem(label: str) -> str:
    """File name without extension, of a path or a URL's path."""
    return Path(urlparse(label).path if is_url(label) else label).stem


def _names(raw_row: str | None, name: str) -> bool:
    """Whether a quarantined actors.csv row (its JSON) is the actor `name`."""
    try:
        row = json.loads(raw_row or "")
    except ValueError:
        return False
    return isinstance(row, dict) and str(row.get("name") or "").strip().lower() == name.lower()


def load_general_staff(
    con: duckdb.DuckDBPyConnection, files: list[SourceFile], report: BuildReport
) -> list[Outcome]:
    """Import General Staff JSON files into claims (see the module doc); one Outcome per file."""
    all_figs: list[dict] = []
    per_file: list[tuple[SourceFile, list[Quarantined], int]] = []
    notes: dict[str, list[str]] = {}
    for n, sf in enumerate(files):
        figs, quarantine, rows_read, notes[sf.label] = parse_file(sf, n)
        all_figs.extend(figs)
        per_file.append((sf, quarantine, rows_read))

    # The same metric and day twice (in one file or across files) is one claim: keep the first.
    seen: dict[tuple[object, str], dict] = {}
    kept: list[dict] = []
    more_q: dict[str, list[Quarantined]] = {}
    for f in all_figs:
        k = (f["stated_on"], f["metric"])
        if k in seen:
            first = seen[k]
            more_q.setdefault(f["label"], []).append(
                Quarantined(
                    f["label"],
                    f["_rec"],
                    f["key"],
                    str(f["value_low"]),
                    f"{f['metric']} on {f['stated_on']} is already given by {first['label']} "
                    f"record {first['_rec']}",
                    f["raw"],
                )
            )
            continue
        seen[k] = f
        kept.append(f)

    rows = con.execute(
        """
        SELECT actor_id FROM actors
        WHERE lower(name) = lower($1)
           OR list_contains(list_transform(aliases, lambda x: lower(x)), lower($1))
        ORDER BY (lower(name) = lower($1)) DESC LIMIT 1
        """,
        [CLAIMANT],
    ).fetchall()
    actor = rows[0] if rows else None
    if actor is None:
        # (QA pass 30) the actor is often in actors.csv but quarantined there (its parent's row
        # broke a rule): say which row and why, not "add it to data/actors.csv"
        held = [
            (q.row_number, q.field, q.reason)
            for q in report.quarantine
            if q.source_file.endswith("actors.csv") and _names(q.raw_row, CLAIMANT)
        ][:1] or (
            con.execute(  # (an import: the live build's quarantine)
                "SELECT row_number, field, reason FROM quarantine WHERE source_file LIKE '%actors.csv' "
                "AND lower(raw_row::JSON->>'name') = lower($1) ORDER BY row_number LIMIT 1",
                [CLAIMANT],
            ).fetchall()
            if has_table(con, "quarantine")
            else []
        )
        why = (
            f"claimant '{CLAIMANT}' is quarantined in actors.csv (row {held[0][0]}, field {held[0][1]}: "
            f"{held[0][2]}); fix that row"
            if held
            else f"claimant '{CLAIMANT}' is not in the actors table (add it to data/actors.csv)"
        )
        for f in kept:
            more_q.setdefault(f["label"], []).append(
                Quarantined(
                    f["label"],
                    f["_rec"],
                    "claimant",
                    CLAIMANT,
                    why,
                    f["raw"],
                )
            )
        kept = []
    actor_id = actor[0] if actor else None

    doc_ids = {sf.label: f"general-staff-{slug(_stem(sf.label)) or 'file'}" for sf, _, _ in per_file}
    frame = pd.DataFrame(
        {
            "claim_id": [f"gs-{f['stated_on'].isoformat()}-{f['metric']}" for f in kept],
            "stated_on": pd.array([f["stated_on"] for f in kept], dtype=object),
            "claim_type": [f["claim_type"] for f in kept],
            "metric": [f["metric"] for f in kept],
            "value_low": pd.array([f["value_low"] for f in kept], dtype="Int64"),
            "value_high": pd.array([f["value_high"] for f in kept], dtype="Int64"),
            "qualifier": [f["qualifier"] for f in kept],
            "direction": pd.array([f["direction"] for f in kept], dtype=object),
            "quote": [f["quote"] for f in kept],
            "doc_id": [doc_ids[f["label"]] for f in kept],
            "label": [f["label"] for f in kept],
        },
        columns=[
            "claim_id",
            "stated_on",
            "claim_type",
            "metric",
            "value_low",
            "value_high",
            "qualifier",
            "direction",
            "quote",
            "doc_id",
            "label",
        ],
    )
    con.register("gs_df", frame)
    try:
        con.execute(
            f"""
            CREATE OR REPLACE TEMP TABLE gs_stage AS
            SELECT CAST(claim_id AS VARCHAR) AS claim_id, CAST(NULL AS VARCHAR) AS ref,
                   CAST($actor AS VARCHAR) AS claimant_id,
                   '{CHANNEL}' AS channel, CAST(stated_on AS DATE) AS stated_on,
                   'day' AS stated_on_precision, CAST(claim_type AS VARCHAR) AS claim_type,
                   CAST(metric AS VARCHAR) AS metric, '{SUBJECT}' AS subject,
                   CAST(value_low AS BIGINT) AS value_low, CAST(value_high AS BIGINT) AS value_high,
                   CAST(qualifier AS VARCHAR) AS qualifier, 'cumulative' AS basis,
                   CAST(NULL AS DATE) AS period_start,
                   CAST(NULL AS DATE) AS period_end, CAST(NULL AS VARCHAR) AS region,
                   'unverified' AS verification, CAST(quote AS VARCHAR) AS quote,
                   '{GS_SOURCE}' AS source, []::VARCHAR[] AS place_ids,
                   CAST(direction AS VARCHAR) AS direction,
                   CAST(doc_id AS VARCHAR) AS doc_id, CAST(label AS VARCHAR) AS label
            FROM gs_df
            """,
            {"actor": actor_id},
        )
    finally:
        con.unregister("gs_df")
    # One document per input file.
    docs = []
    for sf, _, _ in per_file:
        dmax = con.execute("SELECT max(stated_on) FROM gs_stage WHERE label = $1", [sf.label]).fetchall()[0][
            0
        ]
        docs.append(
            {
                "doc_id": doc_ids[sf.label],
                "outlet": OUTLET,
                "url": DATASET_URL,
                "title": f"{CLAIMANT}: claimed Russian losses, daily cumulative ({_stem(sf.label)})",
                "published_at": dmax.isoformat() if dmax else None,
                "language": "en",
                "tags": ["general-staff", "imported"],
                # the document's identity, not the last file's digest: a one-off copy of a
                # declared file (same name) feeds the same document, and a build of the same
                # inputs must not depend on which was read last; import_log has each file's SHA-256
                "content_hash": short_hash(doc_ids[sf.label], 32),
                "source": GS_SOURCE,
                "notes": "The dataset's transcription of the General Staff's daily reports of "
                "Russian losses (MIT licence, Petro Ivaniuk); where and when this file was "
                "imported from is in import_log",
            }
        )
    changed_docs = upsert_documents(con, pd.DataFrame(docs))
    con.execute("CREATE OR REPLACE TEMP TABLE gs_final AS SELECT * EXCLUDE (label, direction) FROM gs_stage")
    n_new = {sf.label: 0 for sf, _, _ in per_file}
    upsert_claims(con, "gs_final", changed_docs)
    date_documents_by_reports(con, GS_SOURCE)
    for label, n in con.execute(
        "SELECT g.label, count(*) FROM gs_stage g JOIN imp_changed USING (claim_id) GROUP BY 1"
    ).fetchall():
        n_new[label] = int(n)
    flag_corrections(con)

    outcomes: list[Outcome] = []
    for sf, quarantine, rows_read in per_file:
        q = sorted(quarantine + more_q.get(sf.label, []), key=lambda x: x.row_number or 0)
        loaded, dmin, dmax = con.execute(
            "SELECT count(*), min(stated_on), max(stated_on) FROM gs_stage WHERE label = $1",
            [sf.label],
        ).fetchall()[0]
        report.quarantine.extend(q)
        report.files.append(FileResult(sf.label, GS_SOURCE, rows_read, int(loaded), len(q), dmin, dmax))
        outcomes.append(
            Outcome(sf.label, GS_SOURCE, sf.location, sha256_file(sf.path), n_new[sf.label], notes[sf.label])
        )
    return outcomes


def flag_corrections(con: duckdb.DuckDBPyConnection) -> None:
    """Write every General Staff claim's notes: a correction flag where a figure is lower than the
    previous one of its metric (kept as published), then the day's greatest losses direction.

    A claim staged by this import (`gs_stage`) takes its record's direction; the others keep the
    one their notes already hold, so importing one file never drops another file's directions.
    Idempotent: only notes that change are written.
    """
    con.execute(
        f"""
        UPDATE claims c SET notes = f.notes
        FROM (
            SELECT claim_id,
                   nullif(concat_ws('; ', correction, CASE WHEN direction <> '' THEN $note || direction END),
                          '') AS notes
            FROM (
                SELECT k.claim_id,
                       CASE WHEN k.value_low < k.prev_value THEN
                           'correction: lower than the previous figure (' || k.prev_value || ' on '
                           || CAST(k.prev_date AS VARCHAR) || ')' END AS correction,
                       CASE WHEN s.claim_id IS NOT NULL THEN s.direction
                            ELSE regexp_extract(k.notes, $pattern, 1) END AS direction
                FROM (SELECT claim_id, value_low, notes,
                             lag(value_low) OVER (PARTITION BY metric ORDER BY stated_on) AS prev_value,
                             lag(stated_on) OVER (PARTITION BY metric ORDER BY stated_on) AS prev_date
                      FROM claims WHERE source = '{GS_SOURCE}') k
                LEFT JOIN gs_stage s USING (claim_id)
            )
        ) f
        WHERE c.claim_id = f.claim_id AND c.notes IS DISTINCT FROM f.notes
        """,
        {"note": DIRECTION_NOTE, "pattern": DIRECTION_NOTE_PATTERN},
    )
