"""Whole reports against an analyst's reading: the seed (shared gold) and tests/reports."""

from __future__ import annotations

import csv
import re
import sys
from collections import Counter
from pathlib import Path

import pytest

from etl.extract import extract
from etl.extract.reference import load_reference

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(__file__).resolve().parents[1].parent / "shared"
REPORTS = Path(__file__).resolve().parent / "reports" / "dev"
GOLD_CLAIM_COLUMNS = (
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
)
#: What numeric-only gold (written outside the project) is checked on: who claimed what, when,
#: over which period. Channel, side, places and region follow that writer's own conventions.
CORE_CLAIM_COLUMNS = (
    "claimant",
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
OWN = sorted(p.name[: -len(".txt")] for p in REPORTS.glob("*.txt"))
#: Reports whose gold lists only claims with a figure (the holdout writer's convention).
NUMERIC_ONLY = {
    ln.strip()
    for ln in (REPORTS / "numeric-only.list").read_text().splitlines()
    if ln.strip() and not ln.startswith("#")
}


def _rows(path: Path) -> list[dict[str, str]]:
    if not path.is_file():
        return []
    with path.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def _cell(v: object) -> str:
    return "" if v is None else str(v)


def _check_report(txt: Path) -> None:
    stem = txt.with_suffix("")
    got = extract(txt.read_text(encoding="utf-8"))
    gold = _rows(Path(f"{stem}.claims.csv"))
    claims = got.claims
    columns = GOLD_CLAIM_COLUMNS
    if txt.name[: -len(".txt")] in NUMERIC_ONLY:
        claims = [c for c in claims if c["value_low"] is not None or c["value_high"] is not None]
        columns = CORE_CLAIM_COLUMNS
    actors = load_reference().actors

    def canon(k: str, v: str) -> str:
        """A claimant written as the report wrote it is the actor it resolves to, if any."""
        if k != "claimant":
            return v
        actor = actors.resolve(v)
        return actor.name if actor else v

    want = Counter(tuple(canon(k, g[k]) for k in columns) for g in gold)
    have = Counter(tuple(canon(k, _cell(c[k])) for k in columns) for c in claims)
    assert have == want, f"missing: {sorted(want - have)}\nextra: {sorted(have - want)}"
    doc = _rows(Path(f"{stem}.document.csv"))
    if doc:
        if txt.name[: -len(".txt")] in NUMERIC_ONLY:  # that writer's gold times are not all in the text
            assert got.document["published_at"][:10] == doc[0]["published_at"][:10]
        else:
            assert {k: got.document[k] for k in doc[0]} == doc[0]
    responses = _rows(Path(f"{stem}.responses.csv"))
    assert Counter((r["responder"], r["stance"]) for r in responses) == Counter(
        (r["responder"], r["stance"]) for r in got.responses
    )
    events = _rows(Path(f"{stem}.events.csv"))
    ev_keys = ("date_start", "date_end", "date_precision", "place", "region")
    assert Counter(tuple(e[k] for k in ev_keys) for e in events) == Counter(
        tuple(e[k] for k in ev_keys) for e in got.events
    )


def test_seed_report_reads_as_the_shared_gold() -> None:
    gold = SHARED / "gold"
    if not gold.is_dir():
        pytest.skip("../shared is absent (fresh clone)")
    txts = sorted(gold.glob("*.txt"))
    assert txts
    for txt in txts:
        _check_report(txt)


def test_seed_claims_have_quotes_outlet_ids_and_one_report_each() -> None:
    seed = SHARED / "seed" / "anadolu-2024-12-16-hur-north-korean-casualties.txt"
    if not seed.is_file():
        pytest.skip("../shared is absent (fresh clone)")
    e = extract(seed.read_text(encoding="utf-8"))
    text = seed.read_text(encoding="utf-8")
    for c in e.claims:
        assert c["quote"] and c["quote"] in text
        assert c["reported_by"] == "Anadolu Agency (AA)"
        assert c["n_reports"] == 1
        assert re.fullmatch(r"c[0-9a-f]{16}", c["claim_id"])  # the database's id format
    assert len({c["claim_id"] for c in e.claims}) == len(e.claims)
    about = {(r["responder"], r["about"]) for r in e.responses}
    assert ("Russia", "HUR casualty claims of 2024-12-16") in about
    assert ("DPRK", "North Korean deployment allegations (November 2024)") in about


def test_claim_ids_are_stable_across_runs() -> None:
    txt = REPORTS / OWN[0]
    a = extract(txt.with_suffix(".txt").read_text(encoding="utf-8"))
    b = extract(txt.with_suffix(".txt").read_text(encoding="utf-8"))
    assert [c["claim_id"] for c in a.claims] == [c["claim_id"] for c in b.claims]


@pytest.mark.parametrize("name", OWN)
def test_own_report_reads_as_its_gold(name: str) -> None:
    _check_report(REPORTS / f"{name}.txt")


def test_there_are_at_least_ten_own_reports_with_gold() -> None:
    assert len([n for n in OWN if (REPORTS / f"{n}.claims.csv").is_file()]) >= 10


def test_claims_rows_have_exactly_the_claims_flat_columns() -> None:
    from etl.core.contract import CLAIMS_FLAT_COLUMNS

    e = extract((REPORTS / f"{OWN[0]}.txt").read_text(encoding="utf-8"))
    assert e.claims and all(tuple(c) == CLAIMS_FLAT_COLUMNS for c in e.claims)


def test_benchmark_meets_its_targets() -> None:
    sys.path.insert(0, str(ROOT))
    from benchmarks.extraction_eval import evaluate, total

    scores = evaluate([SHARED / "gold", REPORTS])
    t = total(scores)
    assert t.f1 >= 0.9 and t.numeric[2] >= 0.9
    seed = [s for s in scores if s.name.startswith("anadolu-2024-12-16")]
    for s in seed:
        assert s.num_matched == s.num_gold
