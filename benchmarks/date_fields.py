"""Per-writer accuracy of the date fields (stated_on+precision, period) and numeric F1.

Usage: python benchmarks/date_fields.py [--set dev|holdout|PATH ...] [--misses FILE]

Each report is scored with `extraction_eval.score_report`; the counts are summed per writer
(`writer_sets.writers()`; reports no writer list names are "other"). Field accuracy is the share
of gold claims whose aligned proposal has the field right (as `extraction_eval` prints it).
`--misses FILE` writes every stated_on+precision miss, one line each, with its report and writer.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
for p in (ROOT, ROOT / "benchmarks"):
    if str(p) not in sys.path:
        sys.path.insert(0, str(p))

from extraction_eval import ReportScore, report_files, resolve_sets, score_report, total
from writer_sets import writers

from etl.extract.reference import load_reference

FIELDS = ("stated_on+precision", "period")


def line(label: str, scores: list[ReportScore]) -> str:
    t = total(scores)
    p, r, f = t.numeric
    cells = "  ".join(
        f"{name} {t.fields_ok[name] / t.gold if t.gold else 0:.3f} ({t.fields_ok[name]}/{t.gold})"
        for name in FIELDS
    )
    return f"{label} ({len(scores)} reports): {cells}  numeric P {p:.3f} R {r:.3f} F1 {f:.3f}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--set", dest="sets", action="append", metavar="dev|holdout|PATH")
    parser.add_argument("--misses", type=Path, default=None)
    args = parser.parse_args(argv)
    ref = load_reference(None)
    owner = {n: label for label, names in writers() for n in names}
    for name in args.sets or ["dev"]:
        scores = [score_report(t, ref) for t in report_files(resolve_sets([name]))]
        print(f"set {name}: {line('all', scores)}")
        who = owner if name == "dev" else {}  # the holdout is one writer's set
        groups: dict[str, list[ReportScore]] = {}
        for s in scores:
            groups.setdefault(who.get(s.name, "other" if name == "dev" else "holdout writer"), []).append(s)
        order = sorted(
            groups,
            key=lambda g: (not g.startswith("writer "), int(g.split()[1]) if g.startswith("writer ") else 0),
        )
        for label in order:
            print(f"  {line(label, groups[label])}")
        if args.misses:
            with args.misses.open("a", encoding="utf-8") as out:
                for s in scores:
                    for m in s.misses:
                        if m.startswith(FIELDS):
                            out.write(f"{name}\t{who.get(s.name, 'other')}\t{s.name}\t{m}\n")
    print(f"load average {os.getloadavg()[0]:.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
