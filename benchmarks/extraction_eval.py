"""Score the claim extractor against hand-read gold files.

Every `NAME.txt` with a `NAME.claims.csv` beside it is extracted and compared. Claims match on
what was claimed: (claimant, metric, subject, value_low, value_high, qualifier); on matched
claims the statement date (with precision), period, places and basis are checked too. Responses
match on (responder, stance) and events on (date_start, date_end, place).

    python benchmarks/extraction_eval.py [FOLDER ...] [--data DIR] [--show-misses]

Defaults: ../shared/gold (beside the project) and tests/reports; a missing folder is skipped.
Always exits 0: it measures, the tests enforce.
"""

from __future__ import annotations

import argparse
import csv
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from etl.extract import extract  # noqa: E402
from etl.extract.reference import Reference, load_reference  # noqa: E402

MATCH_KEY = ("claimant", "metric", "subject", "value_low", "value_high", "qualifier")
DEFAULT_FOLDERS = (ROOT.parent / "shared" / "gold", ROOT / "tests" / "reports")


@dataclass
class ReportScore:
    """One report's counts; totals are sums of these."""

    name: str
    gold: int = 0
    found: int = 0
    matched: int = 0
    figures_gold: int = 0
    figures_matched: int = 0
    stated_ok: int = 0
    period_ok: int = 0
    places_ok: int = 0
    basis_ok: int = 0
    responses_gold: int = 0
    responses_found: int = 0
    responses_matched: int = 0
    events_gold: int = 0
    events_found: int = 0
    events_matched: int = 0
    misses: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        """Share of proposed claims that the gold has (an empty proposal is not penalised)."""
        return self.matched / self.found if self.found else 1.0

    @property
    def recall(self) -> float:
        """Share of gold claims the extractor proposed."""
        return self.matched / self.gold if self.gold else 1.0

    @property
    def f1(self) -> float:
        """Harmonic mean: one number to hold the target (>= 0.9) against."""
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def _read(path: Path) -> list[dict[str, str]]:
    if not path.is_file():
        return []
    with path.open(encoding="utf-8-sig", newline="") as f:
        return [{k: (v or "").strip() for k, v in r.items()} for r in csv.DictReader(f)]


def _num(v: object) -> str:
    s = "" if v is None else str(v).replace(",", "").strip()
    try:
        return str(int(float(s))) if s else ""
    except ValueError:
        return s


def _claimant(ref: Reference, name: str) -> str:
    actor = ref.actors.resolve(name)
    return actor.name if actor else name


def _key(ref: Reference, row: dict[str, object]) -> tuple[str, ...]:
    out = []
    for k in MATCH_KEY:
        v = row.get(k)
        if k == "claimant":
            out.append(_claimant(ref, str(v or "")))
        elif k in ("value_low", "value_high"):
            out.append(_num(v))
        else:
            out.append(str(v or ""))
    return tuple(out)


def _places(ref: Reference, cell: object, region: object) -> frozenset[str]:
    ids = set()
    for name in str(cell or "").split(";"):
        name = name.strip()
        if not name:
            continue
        place = ref.gazetteer.lookup(name, str(region or ""))
        ids.add(place.place_id if place else name.lower())
    return frozenset(ids)


def score_report(txt: Path, ref: Reference, data_dir: Path | None = None) -> ReportScore:
    """Extract one report and compare it with its gold files."""
    stem = txt.name[: -len(".txt")]
    gold = _read(txt.with_name(f"{stem}.claims.csv"))
    got = extract(txt.read_text(encoding="utf-8"), data_dir=data_dir)
    s = ReportScore(stem, gold=len(gold), found=len(got.claims))
    s.figures_gold = sum(1 for g in gold if g.get("value_low") or g.get("value_high"))
    pool = list(got.claims)
    for g in gold:
        gk = _key(ref, g)
        hit = next((c for c in pool if _key(ref, c) == gk), None)
        if hit is None:
            s.misses.append("missed: " + " | ".join(gk))
            continue
        pool.remove(hit)
        s.matched += 1
        if g.get("value_low") or g.get("value_high"):
            s.figures_matched += 1
        checks = {
            "stated": (g["stated_on"], g["stated_on_precision"]) ==
                      (hit["stated_on"], hit["stated_on_precision"]),
            "period": (g["period_start"], g["period_end"]) ==
                      (hit["period_start"], hit["period_end"]),
            "places": _places(ref, g["places"], g["region"]) ==
                      _places(ref, hit["places"], hit["region"]),
            "basis": g["basis"] == hit["basis"],
        }
        s.stated_ok += checks["stated"]
        s.period_ok += checks["period"]
        s.places_ok += checks["places"]
        s.basis_ok += checks["basis"]
        for name, ok in checks.items():
            if not ok:
                s.misses.append(f"{name} wrong: {' | '.join(gk)}")
    for c in pool:
        s.misses.append("extra: " + " | ".join(_key(ref, c)))
    gresp = Counter((_claimant(ref, r["responder"]), r["stance"])
                    for r in _read(txt.with_name(f"{stem}.responses.csv")))
    fresp = Counter((_claimant(ref, r["responder"]), r["stance"]) for r in got.responses)
    s.responses_gold, s.responses_found = sum(gresp.values()), sum(fresp.values())
    s.responses_matched = sum((gresp & fresp).values())
    gev = Counter((e["date_start"], e["date_end"], e["place"])
                  for e in _read(txt.with_name(f"{stem}.events.csv")))
    fev = Counter((e["date_start"], e["date_end"], e["place"]) for e in got.events)
    s.events_gold, s.events_found = sum(gev.values()), sum(fev.values())
    s.events_matched = sum((gev & fev).values())
    return s


def evaluate(folders: list[Path], data_dir: Path | None = None) -> list[ReportScore]:
    """Scores for every report with gold claims in the folders that exist."""
    ref = load_reference(data_dir)
    scores = []
    for folder in folders:
        if not folder.is_dir():
            continue
        for txt in sorted(folder.glob("*.txt")):
            if txt.with_name(txt.name[: -len(".txt")] + ".claims.csv").is_file():
                scores.append(score_report(txt, ref, data_dir))
    return scores


def total(scores: list[ReportScore]) -> ReportScore:
    """Counts summed over reports (micro-average: big reports weigh more)."""
    t = ReportScore("TOTAL")
    for s in scores:
        for k in ("gold", "found", "matched", "figures_gold", "figures_matched", "stated_ok",
                  "period_ok", "places_ok", "basis_ok", "responses_gold", "responses_found",
                  "responses_matched", "events_gold", "events_found", "events_matched"):
            setattr(t, k, getattr(t, k) + getattr(s, k))
    return t


def _pct(n: int, d: int) -> str:
    return f"{n / d:.2f}" if d else "  - "


def render(scores: list[ReportScore], show_misses: bool = False) -> str:
    """The per-report table with a totals row; misses listed under each report on request."""
    width = max([len(s.name) for s in scores] + [10])
    head = (f"{'report':<{width}}  gold found match    P    R   F1  fig  stated period places"
            f" basis  resp  event")
    lines = [head, "-" * len(head)]
    for s in [*scores, total(scores)]:
        if s.name == "TOTAL":
            lines.append("-" * len(head))
        m = s.matched
        lines.append(
            f"{s.name:<{width}}  {s.gold:>4} {s.found:>5} {m:>5} {s.precision:4.2f} "
            f"{s.recall:4.2f} {s.f1:4.2f} {s.figures_matched:>2}/{s.figures_gold:<2} "
            f"{_pct(s.stated_ok, m):>6} {_pct(s.period_ok, m):>6} {_pct(s.places_ok, m):>6} "
            f"{_pct(s.basis_ok, m):>5} {s.responses_matched:>2}/{s.responses_gold:<2} "
            f"{s.events_matched:>2}/{s.events_gold:<2}"
        )
        if show_misses:
            lines.extend(f"    {x}" for x in s.misses)
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    """Print the table; always 0 (a benchmark reports, the tests enforce)."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folders", nargs="*", type=Path,
                        help="folders with NAME.txt + NAME.claims.csv (default: "
                             "../shared/gold and tests/reports)")
    parser.add_argument("--data", type=Path, default=None, help="data folder (actors, places)")
    parser.add_argument("--show-misses", action="store_true", help="list unmatched and wrong")
    args = parser.parse_args(argv)
    folders = args.folders or list(DEFAULT_FOLDERS)
    scores = evaluate(folders, args.data)
    if not scores:
        print("no reports with gold found in: " + ", ".join(str(f) for f in folders))
        return 0
    print(render(scores, args.show_misses))
    return 0


if __name__ == "__main__":
    sys.exit(main())
