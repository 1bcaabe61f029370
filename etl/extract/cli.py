"""`python -m etl extract INPUT ...`: print the claims reports make, for review.

An input is a `.txt` (scraped text), an `.html` page, a saved feed, captions (`.srt`, `.vtt`), a note's
`.md`, an http(s) URL, a folder or a glob. Nothing
is written to the dataset: the output is a proposal an analyst checks before accepting rows (see
`etl.extract.save`). A folder or glob is a batch: a progress bar on stderr and JSON Lines out.
The options are parsed by the ETL's one parser (`etl.cli`, which calls `add_extract_arguments`).
Errors are one line on stderr: exit status 2 for bad arguments, 1 for an input that cannot be
read or downloaded (in a batch the other inputs are still extracted).
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from datetime import date
from pathlib import Path

from etl.core import db
from etl.core.contract import CLAIMS_FLAT_COLUMNS
from etl.core.report import UsageError
from etl.extract.core import Extraction
from etl.extract.inputs import MAX_BYTES, TIMEOUT_S, InputError, expand, extract_source, load


def add_extract_arguments(e: argparse.ArgumentParser) -> None:
    """The `extract` subcommand's description and options (kept beside the code that reads them)."""
    e.description = (
        "Propose claims, responses and events from news reports: scraped text "
        "(.txt), web pages (.html, or an http(s) URL), saved feeds (.xml, .rss, .atom, .jsonl), "
        "captions (.srt, .vtt), note apps' Markdown exports (.md), or a folder/glob of them."
    )
    e.epilog = (
        "csv prints the claims_flat columns for all reports (claim_id is the id the "
        'database gives the claim); json prints one {"document", "claims", "responses", '
        '"events", "new_actors"} object per report (a list when several are given); '
        "jsonl prints one such object per line (the default for a folder or glob)."
    )
    e.add_argument(
        "reports",
        nargs="+",
        metavar="INPUT",
        help="report file (.txt/.html; a saved feed .xml/.rss/.atom/.jsonl; captions .srt/.vtt; a note's .md), "
        "http(s) URL, folder or glob (quote it)",
    )
    e.add_argument(
        "--published",
        metavar="YYYY-MM-DD",
        help="publication date for resolving 'on Monday' etc. (default: the report's dateline)",
    )
    e.add_argument(
        "--format",
        choices=("csv", "json", "jsonl"),
        default=None,
        help="output format (default: csv; jsonl for a folder or glob)",
    )
    e.add_argument(
        "--data",
        type=Path,
        default=db.data_dir_default(),
        metavar="DIR",
        help="data folder with actors.csv and places.csv (and events.csv, claims.csv: the case's days, for dates without a year; default: $CLAIMS_DESK_DATA or data/)",
    )
    e.add_argument(
        "--timeout",
        type=float,
        default=TIMEOUT_S,
        metavar="SECONDS",
        help=f"URL download timeout (default: {TIMEOUT_S:g})",
    )
    e.add_argument(
        "--max-bytes",
        type=int,
        default=MAX_BYTES,
        metavar="N",
        help=f"URL download size cap (default: {MAX_BYTES:,})",
    )
    e.add_argument("--quiet", action="store_true", help="no progress bar")


def _csv_value(v: object) -> str:
    return "" if v is None else str(v)


def _print_csv(results: list[Extraction]) -> None:
    w = csv.writer(sys.stdout, lineterminator="\n")
    w.writerow(CLAIMS_FLAT_COLUMNS)
    for r in results:
        for c in r.claims:
            w.writerow([_csv_value(c[k]) for k in CLAIMS_FLAT_COLUMNS])


def _print_json(results: list[Extraction]) -> None:
    payload = [r.as_dict() for r in results]
    json.dump(payload[0] if len(payload) == 1 else payload, sys.stdout, indent=2, ensure_ascii=False)
    sys.stdout.write("\n")


def _error(message: str) -> None:
    print(f"python -m etl extract: error: {message}", file=sys.stderr)


def run_extract(args: argparse.Namespace) -> int:
    """Run `python -m etl extract` on arguments parsed by `etl.cli`; returns the exit status.

    Raises UsageError (one line, exit status 2) for a bad date, folder, report file or glob.
    """
    published: date | None = None
    if args.published:
        try:
            published = date.fromisoformat(args.published)
        except ValueError:
            raise UsageError(f"--published: not a YYYY-MM-DD date: {args.published!r}") from None
    if not args.data.is_dir():
        raise UsageError(f"--data: no such folder: {args.data}")
    try:
        inputs, batch = expand([str(r) for r in args.reports])
    except InputError as exc:
        raise UsageError(str(exc)) from None
    if not batch:
        for spec in inputs:
            if not spec.lower().startswith(("http://", "https://")) and not Path(spec).is_file():
                # (QA pass 30) /dev/zero, a FIFO or a folder exist: "no such file" misled
                what = "not a regular file" if Path(spec).exists() else "no such report file"
                raise UsageError(f"{what}: {spec}")
    fmt = args.format or ("jsonl" if batch else "csv")
    results: list[Extraction] = []
    failed = 0
    bar = None
    if batch and not args.quiet:
        from tqdm import tqdm

        bar = tqdm(total=len(inputs), desc="extract", unit="report", file=sys.stderr)
    for spec in inputs:
        try:
            src = load(spec, args.timeout, args.max_bytes)
            result = extract_source(src, published=published, data_dir=args.data)
        except InputError as exc:
            failed += 1
            if bar is not None:
                bar.clear()
            _error(str(exc))
            if bar is not None:
                bar.update(1)
            continue
        for actor in result.new_actors:
            print(
                f"python -m etl extract: {spec}: {actor['flag']}: {actor['name']!r} "
                f"({len(actor['claims'])} claim(s); not in actors.csv)",
                file=sys.stderr,
            )
        if fmt == "jsonl":  # streamed: a long batch shows results as it goes
            json.dump({"source": spec, **result.as_dict()}, sys.stdout, ensure_ascii=False)
            sys.stdout.write("\n")
        else:
            results.append(result)
        if bar is not None:
            bar.update(1)
    if bar is not None:
        bar.close()
    if fmt == "json" and results:
        _print_json(results)
    elif fmt == "csv" and (results or not failed):
        _print_csv(results)
    if batch and not args.quiet:
        print(
            f"{len(inputs) - failed} of {len(inputs)} report(s) extracted, {failed} failed", file=sys.stderr
        )
    return 1 if failed else 0
