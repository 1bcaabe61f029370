"""Command line of the ETL: `build`, `import` and `extract`.

Every command prints what it did and exits non-zero on failure with a one-line error naming the
file (and row and field where there is one).
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from etl import db
from etl.lock import add_lock_timeout_option


def _print_summary(report: object) -> None:
    from etl.build import BuildReport

    assert isinstance(report, BuildReport)
    width = max([len(f.label) for f in report.files] + [4])
    print(f"{'file':<{width}}  {'read':>9}  {'loaded':>9}  {'quarantined':>11}")
    for f in report.files:
        print(f"{f.label:<{width}}  {f.rows_read:>9,}  {f.rows_loaded:>9,}  {f.rows_quarantined:>11,}")
    tr = sum(f.rows_read for f in report.files)
    tl = sum(f.rows_loaded for f in report.files)
    tq = sum(f.rows_quarantined for f in report.files)
    print(f"{'total':<{width}}  {tr:>9,}  {tl:>9,}  {tq:>11,}")
    c = report.counts
    print(
        f"claims {c.get('claims', 0):,} (with {c.get('reports', 0):,} reports), "
        f"documents {c.get('documents', 0):,}, actors {c.get('actors', 0):,}, "
        f"places {c.get('places', 0):,}, responses {c.get('responses', 0):,}, "
        f"events {c.get('events', 0):,}"
    )
    for q in report.quarantine[:20]:
        print(f"quarantined: {q.message()}", file=sys.stderr)
    if len(report.quarantine) > 20:
        print(f"... and {len(report.quarantine) - 20:,} more (see the quarantine table)",
              file=sys.stderr)
    print(f"wrote {report.db_path} -> {report.version_path} in {report.seconds:.2f} s")


def cmd_build(args: argparse.Namespace) -> int:
    """Validate, load and publish; the summary shows rows read/loaded/quarantined per file."""
    from tqdm import tqdm

    from etl.build import StrictModeError, build
    from etl.sources import source_steps
    from etl.staging import InputFileError

    data_dir = Path(args.data)
    steps = source_steps(data_dir)
    names = ["actors.csv", "places.csv", "documents.csv", "claims.csv", "responses.csv",
             "events.csv"]
    bar = tqdm(total=len(names) + len(steps) + 1, unit="step", disable=args.quiet,
               file=sys.stderr, leave=False)

    def progress(msg: str) -> None:
        bar.set_description(msg)
        bar.update(1)

    try:
        report = build(data_dir, Path(args.db), strict=args.strict, progress=progress,
                       extra_steps=steps, lock_timeout=args.lock_timeout,
                       keep_imports=not args.without_imports)
    except (InputFileError, StrictModeError) as exc:
        bar.close()
        print(f"error: {exc}", file=sys.stderr)
        print("the previously published database (if any) is unchanged", file=sys.stderr)
        return 1
    bar.close()
    _print_summary(report)
    return 0


def make_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m etl",
        description="Claims Desk ETL: validate the dataset in data/ and publish the DuckDB "
        "database the dashboard reads.",
    )
    sub = parser.add_subparsers(dest="command", required=True)
    b = sub.add_parser("build", help="validate every input file and publish a new database",
                       description="Validate every input file, load it, and publish a new "
                       "database atomically (the previous one stays if anything fails).")
    b.add_argument("--data", default=str(db.DEFAULT_DATA_DIR), help="input folder (default: data/)")
    b.add_argument("--db", default=str(db.DEFAULT_DB_PATH),
                   help="database pointer path (default: data/claims.duckdb)")
    b.add_argument("--strict", action="store_true",
                   help="fail (exit 1, publish nothing) if any row is quarantined")
    b.add_argument("--quiet", action="store_true", help="no progress bar")
    b.add_argument("--without-imports", action="store_true",
                   help="drop what `python -m etl import` added to the live database "
                   "(default: keep it)")
    add_lock_timeout_option(b)
    b.set_defaults(func=cmd_build)
    try:
        from etl.importers.cli import add_import_parser
    except ImportError:  # pragma: no cover - importers not installed
        pass
    else:
        add_import_parser(sub)
    sub.add_parser("extract", help="propose claims from a news report (see: extract --help)",
                   add_help=False)
    return parser


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv and argv[0] == "extract":
        from etl.extract.cli import main as extract_main

        return extract_main(argv[1:])
    args = make_parser().parse_args(argv)
    started = time.perf_counter()
    code = int(args.func(args))
    del started
    return code
