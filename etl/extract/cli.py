"""`python -m etl extract REPORT.txt ...`: print the claims a report makes, for review.

Nothing is written to the dataset: the output is a proposal an analyst checks before accepting
rows (see `etl.extract.save`). The options are parsed by the ETL's one parser (`etl.cli`);
errors are one line on stderr with exit status 2.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from datetime import date

from etl.core.contract import CLAIMS_FLAT_COLUMNS
from etl.core.report import UsageError
from etl.extract.core import Extraction, extract


def _csv_value(v: object) -> str:
    return "" if v is None else str(v)


def _print_csv(results: list[Extraction]) -> None:
    w = csv.writer(sys.stdout, lineterminator="\n")
    w.writerow(CLAIMS_FLAT_COLUMNS)
    for r in results:
        for c in r.claims:
            w.writerow([_csv_value(c[k]) for k in CLAIMS_FLAT_COLUMNS])


def run_extract(args: argparse.Namespace) -> int:
    """Run `python -m etl extract` on arguments parsed by `etl.cli`; returns the exit status.

    Raises UsageError (one line, exit status 2) for a bad date, folder or report file.
    """
    published: date | None = None
    if args.published:
        try:
            published = date.fromisoformat(args.published)
        except ValueError:
            raise UsageError(f"--published: not a YYYY-MM-DD date: {args.published!r}") from None
    if not args.data.is_dir():
        raise UsageError(f"--data: no such folder: {args.data}")
    texts = []
    for path in args.reports:
        if not path.is_file():
            raise UsageError(f"no such report file: {path}")
        try:
            texts.append(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError) as exc:
            raise UsageError(f"cannot read {path}: {exc}") from exc
    results = [extract(t, published=published, data_dir=args.data) for t in texts]
    if args.format == "json":
        payload = [r.as_dict() for r in results]
        json.dump(payload[0] if len(payload) == 1 else payload, sys.stdout, indent=2,
                  ensure_ascii=False)
        sys.stdout.write("\n")
    else:
        _print_csv(results)
    return 0
