"""`python -m etl extract REPORT.txt ...`: print the claims a report makes, for review.

Nothing is written to the dataset: the output is a proposal an analyst checks before accepting
rows (see `etl.extract.save`). Errors are one line on stderr with exit status 2.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from datetime import date
from pathlib import Path
from typing import NoReturn

from etl.extract.core import CLAIM_COLUMNS, Extraction, extract
from etl.extract.reference import DEFAULT_DATA_DIR


class UsageError(Exception):
    """A bad argument: reported as one line, exit status 2."""


class _Parser(argparse.ArgumentParser):
    """argparse, but errors raise instead of printing usage and exiting."""

    def error(self, message: str) -> NoReturn:
        raise UsageError(message)


def _parser() -> _Parser:
    p = _Parser(
        prog="python -m etl extract",
        description="Propose claims, responses and events from scraped news reports "
                    "(headline, glued dateline, outlet line, captions, body, #tags).",
        epilog="csv prints the claims_flat columns for all reports; json prints one "
               '{"document", "claims", "responses", "events"} object per report '
               "(a list when several reports are given).",
    )
    p.add_argument("reports", nargs="+", type=Path, metavar="REPORT.txt",
                   help="scraped report text file(s)")
    p.add_argument("--published", metavar="YYYY-MM-DD",
                   help="publication date for resolving 'on Monday' etc. "
                        "(default: the report's dateline)")
    p.add_argument("--format", choices=("csv", "json"), default="csv",
                   help="output format (default: csv)")
    p.add_argument("--data", type=Path, default=DEFAULT_DATA_DIR, metavar="DIR",
                   help=f"data folder with actors.csv and places.csv (default: {DEFAULT_DATA_DIR})")
    return p


def _csv_value(v: object) -> str:
    return "" if v is None else str(v)


def _print_csv(results: list[Extraction]) -> None:
    w = csv.writer(sys.stdout, lineterminator="\n")
    w.writerow(CLAIM_COLUMNS)
    for r in results:
        for c in r.claims:
            w.writerow([_csv_value(c[k]) for k in CLAIM_COLUMNS])


def main(argv: list[str] | None = None) -> int:
    """Run the extract command; returns the exit status."""
    args_in = list(sys.argv[1:] if argv is None else argv)
    if args_in[:1] == ["extract"]:
        args_in = args_in[1:]
    try:
        args = _parser().parse_args(args_in)
        published: date | None = None
        if args.published:
            try:
                published = date.fromisoformat(args.published)
            except ValueError:
                raise UsageError(
                    f"--published: not a YYYY-MM-DD date: {args.published!r}") from None
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
    except UsageError as exc:
        print(f"python -m etl extract: error: {exc}", file=sys.stderr)
        return 2
    except SystemExit as exc:  # --help
        return int(exc.code or 0)
    results = [extract(t, published=published, data_dir=args.data) for t in texts]
    if args.format == "json":
        payload = [r.as_dict() for r in results]
        json.dump(payload[0] if len(payload) == 1 else payload, sys.stdout, indent=2,
                  ensure_ascii=False)
        sys.stdout.write("\n")
    else:
        _print_csv(results)
    return 0


if __name__ == "__main__":
    sys.exit(main())
