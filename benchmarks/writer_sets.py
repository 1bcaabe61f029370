"""Per-writer numeric scores summed from the per-report lines of `extraction_eval.py` outputs.

Usage: python benchmarks/writer_sets.py BEFORE.txt AFTER.txt

Writers 2-17 are the file lists of `benchmarks/results/writers-round18.txt`; writers 18-22 are
the reports named in `tests/reports/dev/fresh-round18-README.md` and
`tests/reports/dev-pending/fresh-round19-README.md`, `…/fresh-round20a-README.md` and
`…/fresh-round20b-README.md` (writers 20 and 21), `…/fresh-round21-README.md` (writer 22) and
`…/fresh-round22a-README.md`, `…22b…`, `…22c…` (writers 23-25) and `…/fresh-round23a-README.md`,
`…23b…`, `…23c…` (writers 26-28); from writer 29 on, the `fresh-round24a-README.md` and later
READMEs in `dev-pending/`, in order, with each writer's `-wNN` report suffix.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
REPORTS = ROOT / "tests" / "reports"
LINE = re.compile(r"^(\S+)\s+(\d+)/\s*(\d+)/(\d+)\s")
NAME = re.compile(r"`?([a-z0-9]+(?:-[a-z0-9]+)*-20\d\d-\d\d-\d\d-[a-z0-9-]+)`?")


def writers() -> list[tuple[str, list[str]]]:
    """Each writer's label and report names."""
    out: list[tuple[str, list[str]]] = []
    label = ""
    text = (ROOT / "benchmarks" / "results" / "writers-round18.txt").read_text(encoding="utf-8")
    for line in text.splitlines():
        if line.startswith("writer "):
            label = line.split(":", 1)[0].split(" (")[0]
            if "(fresh-" in line.split(":", 1)[0]:
                label += " (" + line.split("(fresh-", 1)[1].split(")", 1)[0].join(["fresh-", ""]) + ")"
        elif line.strip().startswith("files:"):
            out.append((label, line.split(":", 1)[1].split()))
    for label, readme in (
        ("writer 18 (fresh-round18)", REPORTS / "dev" / "fresh-round18-README.md"),
        ("writer 19 (fresh-round19)", REPORTS / "dev-pending" / "fresh-round19-README.md"),
        ("writer 20 (fresh-round20a)", REPORTS / "dev-pending" / "fresh-round20a-README.md"),
        ("writer 21 (fresh-round20b)", REPORTS / "dev-pending" / "fresh-round20b-README.md"),
        ("writer 22 (fresh-round21)", REPORTS / "dev-pending" / "fresh-round21-README.md"),
        ("writer 23 (fresh-round22a)", REPORTS / "dev-pending" / "fresh-round22a-README.md"),
        ("writer 24 (fresh-round22b)", REPORTS / "dev-pending" / "fresh-round22b-README.md"),
        ("writer 25 (fresh-round22c)", REPORTS / "dev-pending" / "fresh-round22c-README.md"),
        ("writer 26 (fresh-round23a)", REPORTS / "dev-pending" / "fresh-round23a-README.md"),
        ("writer 27 (fresh-round23b)", REPORTS / "dev-pending" / "fresh-round23b-README.md"),
        ("writer 28 (fresh-round23c)", REPORTS / "dev-pending" / "fresh-round23c-README.md"),
    ):
        names = sorted(
            {m.group(1) for m in NAME.finditer(readme.read_text(encoding="utf-8"))}
            & {p.name.removesuffix(".txt") for p in REPORTS.glob("*/*.txt")}
        )
        out.append((label, names))
    # Writers 29 on: one README each, `fresh-roundNNx` from round 24 on, in order (writer 29 is
    # fresh-round24a); they end every report name with their set's suffix (writer 29 wrote
    # holdout31: `-w31`), since their READMEs also name older reports they read.
    later = sorted(
        (int(m.group(1)), m.group(2), path)
        for path in (REPORTS / "dev-pending").glob("fresh-round*-README.md")
        if (m := re.fullmatch(r"fresh-round(\d+)([a-z]?)-README\.md", path.name)) and int(m.group(1)) >= 24
    )
    all_reports = [p.name.removesuffix(".txt") for p in REPORTS.glob("*/*.txt")]
    for number, (rnd, part, _path) in enumerate(later, start=29):
        names = sorted(n for n in all_reports if n.endswith(f"-w{number + 2}"))
        out.append((f"writer {number} (fresh-round{rnd}{part})", names))
    return out


def per_report(path: Path) -> dict[str, tuple[int, int, int]]:
    """Numeric gold, proposed and matched counts per report."""
    rows: dict[str, tuple[int, int, int]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        m = LINE.match(line)
        if m and m.group(1) != "TOTAL":
            rows[m.group(1)] = (int(m.group(2)), int(m.group(3)), int(m.group(4)))
    return rows


def score(rows: dict[str, tuple[int, int, int]], names: list[str]) -> str:
    gold = sum(rows[n][0] for n in names if n in rows)
    found = sum(rows[n][1] for n in names if n in rows)
    match = sum(rows[n][2] for n in names if n in rows)
    p = match / found if found else 0.0
    r = match / gold if gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return f"P {p:.3f}  R {r:.3f}  F1 {f:.3f}  ({match} of {gold} gold, {found} proposed)"


def main(argv: list[str]) -> None:
    runs = [per_report(Path(a)) for a in argv]
    sets = writers()
    listed = {n for _, names in sets for n in names}
    sets.append(("other dev reports", sorted(set(runs[0]) - listed)))
    sets.append(("all", sorted(runs[0])))
    for label, names in sets:
        missing = [n for n in names if n not in runs[0]]
        cells = " | ".join(score(rows, names) for rows in runs)
        print(f"{label} ({len(names)} reports{', missing ' + str(missing) if missing else ''}): {cells}")


if __name__ == "__main__":
    main(sys.argv[1:])
