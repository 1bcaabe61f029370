"""The default dataset against the seed report's gold reading and the fact sheet (../shared)."""

from __future__ import annotations

import csv
import datetime as dt
import re
import shutil
from pathlib import Path

import pytest

from etl.cli import main
from etl.core.contract import CURATED_NAMES
from tests.helpers import DEFAULT_DATA_DIR, query

FLAT_COLUMNS = [
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
]


def _text(value: object) -> str:
    """A database value as the gold CSV writes it (NULL = empty)."""
    if value is None:
        return ""
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


def _flat(pointer: Path) -> list[dict]:
    rows = query(pointer, f"SELECT {', '.join(FLAT_COLUMNS)} FROM claims_flat")
    return [dict(zip(FLAT_COLUMNS, r, strict=True)) for r in rows]


def _gold_rows(shared: Path) -> list[dict]:
    files = sorted((shared / "gold").glob("*.claims.csv"))
    if not files:
        pytest.skip("no gold claims in shared/gold")
    rows = []
    for f in files:
        with f.open(encoding="utf-8", newline="") as fh:
            rows += [dict(r, _file=f.name) for r in csv.DictReader(fh)]
    return rows


def test_claims_flat_has_exactly_the_documented_columns_in_order(built_default_db):
    with_types = query(built_default_db, "DESCRIBE claims_flat")
    assert [r[0] for r in with_types] == FLAT_COLUMNS


def test_every_gold_claim_of_the_seed_report_is_in_claims_flat(built_default_db, shared_dir):
    flat = [{k: _text(v) for k, v in r.items()} for r in _flat(built_default_db)]
    missing = []
    for gold in _gold_rows(shared_dir):
        columns = [c for c in gold if c != "_file"]
        assert set(columns) <= set(FLAT_COLUMNS), columns
        if not any(all(row[c] == gold[c] for c in columns) for row in flat):
            near = [
                {c: (row[c], gold[c]) for c in columns if row[c] != gold[c]}
                for row in flat
                if row["claimant"] == gold["claimant"] and row["metric"] == gold["metric"]
            ]
            missing.append((gold["_file"], gold["claimant"], gold["metric"], near))
    assert missing == []


def test_the_seed_casualty_claim_keeps_its_lower_bound_period_and_places(built_default_db):
    rows = [
        r
        for r in _flat(built_default_db)
        if r["claimant"] == "Defense Intelligence of Ukraine (HUR)"
        and r["metric"] == "killed_or_wounded"
        and r["stated_on"] == dt.date(2024, 12, 16)
    ]
    assert len(rows) == 1
    (r,) = rows
    assert r["channel"] == "Telegram"
    assert r["claimant_side"] == "Ukraine"
    assert r["stated_on_precision"] == "day"
    assert r["claim_type"] == "casualties"
    assert r["subject"] == "DPRK forces"
    assert r["value_low"] == 30
    assert r["value_high"] is None  # "at least 30": never an invented upper bound
    assert r["qualifier"] == "at_least"
    assert r["basis"] == "period"
    assert (r["period_start"], r["period_end"]) == (dt.date(2024, 12, 14), dt.date(2024, 12, 15))
    assert r["places"] == "Plekhovo;Vorozhba;Martynovka"
    assert r["region"] == "Kursk Oblast"
    assert r["verification"] == "unverified"
    # The seed report is one report; the fact sheet's F42 (same HUR statement, carried by the
    # Kyiv Independent, Reuters, AFP and AP) is the same claim with more reports, never a copy.
    assert "Anadolu Agency (AA)" in r["reported_by"].split(";")
    assert r["n_reports"] == len(r["reported_by"].split(";")) >= 5
    # Vorozhba and Martynovka are resolved on the Kursk side of the border.
    places = query(
        built_default_db,
        "SELECT cp.place_id FROM claim_places cp WHERE cp.claim_id = ? ORDER BY cp.ord",
        [r["claim_id"]],
    )
    assert [p[0] for p in places] == ["plekhovo", "vorozhba-kursk", "martynovka-kursk"]


def test_the_over_10000_deployment_claims_are_stated_in_november_with_month_precision(built_default_db):
    rows = [
        r
        for r in _flat(built_default_db)
        if r["metric"] == "troops_deployed" and r["stated_on"] == dt.date(2024, 11, 1)
    ]
    assert sorted(r["claimant"] for r in rows) == ["Ukrainian officials", "Western officials"]
    for r in rows:
        assert r["stated_on_precision"] == "month"
        assert r["subject"] == "DPRK forces"
        assert r["claim_type"] == "deployment"
        assert (r["value_low"], r["value_high"], r["qualifier"]) == (10000, None, "over")
        assert r["basis"] == "cumulative"


def test_the_default_dataset_builds_strictly_its_publishers_rows_listed_not_failing(
    built_default_db, tmp_path
):
    # The only quarantined rows are the bundled UCDP extract's 13 that break low <= best <= high
    # (their own quarantine reason, issue 10); the curated files build strictly.
    assert query(built_default_db, "SELECT source_file, field, count(*) FROM quarantine GROUP BY ALL") == [
        ("UCDP-GED-Ukraine-2023-06-23.csv", "low/best/high", 13)
    ]
    # (QA pass 39 #4) `--strict` is about the analyst's own files: the bundled data, publishers'
    # datasets included, builds strictly (it failed on UCDP's 13 rows, which nobody here can fix)
    data = tmp_path / "data"
    shutil.copytree(DEFAULT_DATA_DIR, data, ignore=shutil.ignore_patterns("claims.duckdb*", ".versions"))
    pointer = tmp_path / "strict" / "claims.duckdb"
    code = main(["build", "--strict", "--quiet", "--data", str(data), "--db", str(pointer)])
    assert code == 0
    assert pointer.is_symlink()
    assert query(pointer, "SELECT count(*) FROM quarantine") == [(13,)]  # (still listed)


#: Fact sheet column -> claims_flat column (the fact sheet calls places "location").
FACT_COLUMNS = {
    "stated_on": "stated_on",
    "stated_on_precision": "stated_on_precision",
    "claimant": "claimant",
    "claimant_side": "claimant_side",
    "channel": "channel",
    "claim_type": "claim_type",
    "metric": "metric",
    "subject": "subject",
    "value_low": "value_low",
    "value_high": "value_high",
    "qualifier": "qualifier",
    "period_start": "period_start",
    "period_end": "period_end",
    "location": "places",
    "region": "region",
    "verification": "verification",
}


#: Fact-sheet metrics that are stances (responses), not figures, and the stance each becomes.
FACT_STANCES = {"denial": "denied", "no_comment": "no_comment"}

FACT_EVENT_RE = re.compile(r"fact sheet (E\d\d)\b", re.IGNORECASE)


def _read_facts(shared: Path, name: str) -> list[dict]:
    path = shared / "facts" / name
    if not path.is_file():
        pytest.skip(f"{path} is absent")
    with path.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert rows, path
    return rows


def _fact_value(fact: dict, fact_col: str) -> str:
    want = fact[fact_col]
    if fact_col == "location":  # "Sudzha; Melovoy; Podol" in the sheet
        want = ";".join(p.strip() for p in want.split(";")) if want else ""
    return want


def _report_urls(pointer: Path) -> dict[str, set[str]]:
    """claim_id -> the URLs of every document that reported it."""
    urls: dict[str, set[str]] = {}
    for claim_id, url in query(
        pointer,
        "SELECT r.claim_id, d.url FROM reports r JOIN documents d USING (doc_id) WHERE d.url IS NOT NULL",
    ):
        urls.setdefault(claim_id, set()).add(url)
    return urls


def test_every_fact_sheet_claim_is_present_by_ref_with_the_same_values(built_default_db, shared_dir):
    """Each figure row of ../shared/facts is a claim with the same values and its source URL, the
    link the dashboard shows for it.

    A row is found by its `ref`; a row written as a second report of an earlier claim (F42 is
    the seed report's HUR statement) is found by its values instead, and must be unique.
    """
    facts = [f for f in _read_facts(shared_dir, "claims.csv") if f["metric"] not in FACT_STANCES]
    cols = ", ".join(f"f.{c}" for c in FACT_COLUMNS.values())
    flat = {
        r[0]: (r[1], dict(zip(FACT_COLUMNS.values(), r[3:], strict=True)))
        for r in query(
            built_default_db,
            f"SELECT c.claim_id, c.ref, f.source_url, {cols} FROM claims c JOIN claims_flat f USING (claim_id)",
        )
    }
    shown_url = {
        r[0]: r[1]
        for r in query(
            built_default_db, "SELECT claim_id, source_url FROM claims_flat WHERE source_url IS NOT NULL"
        )
    }
    by_ref = {ref: claim_id for claim_id, (ref, _) in flat.items() if ref}
    urls = _report_urls(built_default_db)
    problems = {}
    for fact in facts:
        ref = fact["claim_id"]
        if ref in by_ref:
            claim_id = by_ref[ref]
        else:
            same = [
                cid
                for cid, (_, row) in flat.items()
                if all(_text(row[fc]) == _fact_value(fact, c) for c, fc in FACT_COLUMNS.items())
                and fact["source_url"] in urls.get(cid, set())
            ]
            if len(same) != 1:
                problems[ref] = f"missing ({len(same)} claims with its values and source URL)"
                continue
            claim_id = same[0]
        row = flat[claim_id][1]
        diffs = {
            c: (_text(row[fc]), _fact_value(fact, c))
            for c, fc in FACT_COLUMNS.items()
            if _text(row[fc]) != _fact_value(fact, c)
        }
        if fact["source_url"] and fact["source_url"] not in urls.get(claim_id, set()):
            diffs["source_url"] = (sorted(urls.get(claim_id, set())), fact["source_url"])
        elif fact["source_url"] and shown_url.get(claim_id) != fact["source_url"]:
            # (QA pass 36) the link the dashboard shows is the sheet's, not another report's
            diffs["shown source_url"] = (shown_url.get(claim_id), fact["source_url"])
        if diffs:
            problems[ref] = diffs
    assert problems == {}


NO_VERBATIM = "(No verbatim sentence retained: the wording above is the fact sheet's, not the claimant's.)"


def test_a_curated_quote_is_verbatim_or_empty_never_the_analysts_wording() -> None:
    """(QA 2 find 6) A quote is shown as the claimant's words: where none was retained it is
    empty and `notes` keeps the sheet's wording, marked, instead of the wording posing as a quote."""
    with (DEFAULT_DATA_DIR / "claims.csv").open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    posing = [
        r["ref"]
        for r in rows
        if r["quote"] and r["quote"] in r["notes"] and r["notes"].startswith(r["quote"])
    ]
    assert posing == []
    unquoted = [r for r in rows if not r["quote"]]
    assert unquoted and all(r["notes"].endswith(NO_VERBATIM) for r in unquoted), [r["ref"] for r in unquoted]


def test_no_curated_quote_is_the_fact_sheets_own_notes(shared_dir):
    notes = {f["claim_id"]: f["notes"].strip() for f in _read_facts(shared_dir, "claims.csv")}
    with (DEFAULT_DATA_DIR / "claims.csv").open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert [r["ref"] for r in rows if r["quote"] and r["quote"].strip() == notes.get(r["ref"])] == []


RESPONSE_NO_VERBATIM = (
    "(No verbatim sentence retained: the wording above is the fact sheet's, not the responder's.)"
)


def test_a_responses_quote_is_the_responders_words_never_the_fact_sheets_paraphrase(shared_dir):
    """(QA pass 36) 12 of 21 response quotes were the fact sheet's own wording ("Thanks Kim Jong Un
    and the KPA units…", the DPRK's "no comment" as "More than 10,000 North Korean soldiers…"),
    shown in Attribution as the responder's words. A quote the sheet's notes also hold is one the
    sheet quotes; a response with no verbatim words keeps the wording in its notes, marked."""
    sheet = " ".join(f["notes"] for f in _read_facts(shared_dir, "claims.csv"))
    with (DEFAULT_DATA_DIR / "responses.csv").open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    paraphrased = [
        r["quote"]
        for r in rows
        if r["quote"] and r["quote"] in sheet and sheet[sheet.index(r["quote"]) - 1] not in "'\"‘“"
    ]
    assert paraphrased == []
    unquoted = [r for r in rows if not r["quote"]]
    assert len(unquoted) == 12 and all(r["notes"].endswith(RESPONSE_NO_VERBATIM) for r in unquoted)


def test_the_fact_sheet_s_denials_and_no_comments_are_responses_not_figures(built_default_db, shared_dir):
    stances = [f for f in _read_facts(shared_dir, "claims.csv") if f["metric"] in FACT_STANCES]
    responses = query(
        built_default_db,
        "SELECT a.name, r.stance, CAST(r.stated_on AS VARCHAR), r.stated_on_precision, d.url "
        "FROM responses r JOIN actors a ON a.actor_id = r.responder_id "
        "JOIN response_reports rr USING (response_id) JOIN documents d ON d.doc_id = rr.doc_id",
    )
    missing = [
        f["claim_id"]
        for f in stances
        if (
            f["claimant"],
            FACT_STANCES[f["metric"]],
            f["stated_on"],
            f["stated_on_precision"],
            f["source_url"],
        )
        not in set(responses)
    ]
    assert missing == []
    # A stance is never loaded as a claim.
    refs = {f["claim_id"] for f in stances}
    assert query(
        built_default_db, "SELECT count(*) FROM claims WHERE metric IN ('denial', 'no_comment')"
    ) == [(0,)]
    loaded_refs = {r[0] for r in query(built_default_db, "SELECT ref FROM claims WHERE ref IS NOT NULL")}
    assert refs.isdisjoint(loaded_refs)


def test_every_fact_sheet_event_is_an_event_with_its_dates_place_and_source(built_default_db, shared_dir):
    facts = _read_facts(shared_dir, "events.csv")
    rows = query(
        built_default_db,
        "SELECT event_id, CAST(date_start AS VARCHAR), coalesce(CAST(date_end AS VARCHAR), ''), "
        "date_precision, coalesce(place_name, ''), coalesce(source_url, ''), coalesce(quote, '') "
        "FROM events WHERE source = 'curated'",
    )
    by_fact: dict[str, list[tuple]] = {}
    for row in rows:
        for eid in FACT_EVENT_RE.findall(row[6]):
            by_fact.setdefault(eid.upper(), []).append(row)
    problems = {}
    for fact in facts:
        found = by_fact.get(fact["event_id"], [])
        if len(found) != 1:
            problems[fact["event_id"]] = f"{len(found)} events say 'Fact sheet {fact['event_id']}'"
            continue
        _, start, end, precision, place, url, _ = found[0]
        got = (start, end, precision, place)
        want = (fact["date_start"], fact["date_end"], fact["date_precision"], fact["location"])
        if got != want or (fact["source_url"] and url != fact["source_url"]):
            problems[fact["event_id"]] = (got, url, want, fact["source_url"])
    assert problems == {}


def test_every_fact_sheet_id_is_represented(built_default_db, shared_dir):
    """Every F-id is a claim (by ref or as a merged report) or a response; every E-id an event.

    The three tests above check the values; this one guards against a row silently skipped
    (e.g. a new metric that is neither a figure nor a known stance).
    """
    claims = _read_facts(shared_dir, "claims.csv")
    events = _read_facts(shared_dir, "events.csv")
    assert [f["claim_id"] for f in claims] == [f"F{i:02d}" for i in range(1, len(claims) + 1)]
    assert [e["event_id"] for e in events] == [f"E{i:02d}" for i in range(1, len(events) + 1)]
    refs = {r[0] for r in query(built_default_db, "SELECT ref FROM claims WHERE ref IS NOT NULL")}
    flat = query(built_default_db, "SELECT claimant, metric, CAST(stated_on AS VARCHAR) FROM claims_flat")
    n_responses = query(built_default_db, "SELECT count(*) FROM responses")[0][0]
    unrepresented = [
        f["claim_id"]
        for f in claims
        if f["metric"] not in FACT_STANCES
        and f["claim_id"] not in refs
        and (f["claimant"], f["metric"], f["stated_on"]) not in set(flat)
    ]
    assert unrepresented == []
    assert n_responses >= sum(f["metric"] in FACT_STANCES for f in claims)
    quotes = " ".join(r[0] or "" for r in query(built_default_db, "SELECT quote FROM events"))
    assert {e["event_id"] for e in events} <= {m.upper() for m in FACT_EVENT_RE.findall(quotes)}


def test_every_claim_has_at_least_one_report(built_default_db):
    assert query(built_default_db, "SELECT count(*) FROM claims_flat WHERE n_reports < 1") == [(0,)]
    assert query(
        built_default_db,
        "SELECT count(*) FROM claims_flat f "
        "WHERE n_reports <> (SELECT count(*) FROM reports r WHERE r.claim_id = f.claim_id)",
    ) == [(0,)]


def test_the_default_build_labels_its_files_relative_to_the_project(built_default_db):
    labels = sorted(
        r[0] for r in query(built_default_db, "SELECT source_file FROM load_log WHERE source = 'curated'")
    )
    assert labels == sorted(f"data/{n}" for n in CURATED_NAMES)  # every curated file the project ships


def test_build_report_counts_match_the_database(built_default_db, built_default_report):
    pointer, report = built_default_db, built_default_report
    for table, n in report.counts.items():
        assert query(pointer, f"SELECT count(*) FROM {table}") == [(n,)], table
    for f in report.files:
        assert f.rows_read == f.rows_loaded + f.rows_quarantined
