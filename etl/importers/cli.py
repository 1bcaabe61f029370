"""`python -m etl import SOURCE PATH_OR_URL [--db PATH]`."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from etl import db
from etl.importers import SOURCES
from etl.lock import add_lock_timeout_option


def cmd_import(args: argparse.Namespace) -> int:
    """Import one public dataset file (or URL) into the published database, atomically."""
    from etl.importers.runner import run_import
    from etl.staging import InputFileError

    try:
        res = run_import(args.source, args.path_or_url, Path(args.db),
                         show_progress=not args.quiet, lock_timeout=args.lock_timeout)
    except InputFileError as exc:
        print(f"error: {exc} (database unchanged)", file=sys.stderr)
        return 1
    rep = res.report
    width = max([len(f.label) for f in rep.files] + [4])
    print(f"{'file':<{width}}  {'read':>9}  {'loaded':>9}  {'quarantined':>11}  {'new':>9}  span")
    new = {o.label: o.rows_new for o in res.outcomes}
    for f in rep.files:
        span = f"{f.date_min} .. {f.date_max}" if f.date_min else "-"
        print(f"{f.label:<{width}}  {f.rows_read:>9,}  {f.rows_loaded:>9,}  "
              f"{f.rows_quarantined:>11,}  {new.get(f.label, 0):>9,}  {span}")
    for o in res.outcomes:
        for w in o.warnings:
            print(f"note: {o.label}: {w}", file=sys.stderr)
    for q in rep.quarantine[:20]:
        print(f"quarantined: {q.message()}", file=sys.stderr)
    if len(rep.quarantine) > 20:
        print(f"... and {len(rep.quarantine) - 20:,} more (see the quarantine table)",
              file=sys.stderr)
    c = rep.counts
    print(f"now: claims {c.get('claims', 0):,}, events {c.get('events', 0):,}, "
          f"documents {c.get('documents', 0):,}")
    print(f"published {args.db} -> {res.version_path} in {res.seconds:.2f} s")
    return 0


def add_import_parser(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Register the `import` subcommand on the ETL's subparsers."""
    p = sub.add_parser(
        "import",
        help="import a public dataset (General Staff JSON, ACLED CSV, UCDP GED CSV)",
        description="Import a General Staff loss file (or a folder with both JSON files), an "
        "ACLED export or a UCDP GED CSV into the published database. A copy of the live "
        "database is modified and published atomically; importing the same file twice changes "
        "nothing. PATH_OR_URL may be an http(s) URL (downloaded: 20 s per read, "
        "$CLAIMS_DESK_DOWNLOAD_DEADLINE s overall (600), $CLAIMS_DESK_DOWNLOAD_MAX_MB MB (1024)). "
        "To keep an "
        "import across `python -m etl build`, declare it in data/sources/ (see its README).",
    )
    p.add_argument("source", choices=SOURCES, help="which publisher's format")
    p.add_argument("path_or_url", metavar="PATH_OR_URL", help="file, folder or http(s) URL")
    p.add_argument("--db", default=str(db.DEFAULT_DB_PATH),
                   help="database pointer path (default: data/claims.duckdb)")
    p.add_argument("--quiet", action="store_true", help="no progress bar")
    add_lock_timeout_option(p)
    p.set_defaults(func=cmd_import)
