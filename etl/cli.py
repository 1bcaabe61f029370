"""Command line of the ETL: one parser with the subcommands `build`, `first-start`,
`import`, `refresh` and `extract`.

Every command prints what it did and exits non-zero on failure with a one-line error naming the
file (and row and field where there is one). Usage errors are one line too, with exit status 2.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import NoReturn

import duckdb
from tqdm import tqdm

from etl import INTERRUPTED
from etl.build import CURATED_FILES, build
from etl.core import db, first_start
from etl.core.lock import LockTimeoutError, add_lock_timeout_option
from etl.core.report import BuildReport, InputFileError, StrictModeError, UsageError, file_table
from etl.core.schema import IntegrityError
from etl.extract.cli import add_extract_arguments, run_extract
from etl.importers import SOURCES
from etl.importers.checks import AllQuarantinedError, reason_counts
from etl.importers.inputs import (
    DEADLINE_ENV,
    DEFAULT_DEADLINE_S,
    DEFAULT_MAX_MB,
    DOWNLOAD_TIMEOUT_S,
    MAX_MB_ENV,
    Outcome,
)
from etl.importers.refresh import add_refresh_parser
from etl.importers.runner import run_import
from etl.importers.sources import source_steps

SHOWN_QUARANTINE = 20


class _Parser(argparse.ArgumentParser):
    """argparse, but a usage error raises (one line on stderr, exit 2) instead of printing usage."""

    def error(self, message: str) -> NoReturn:
        raise UsageError(message)


def _change_words(kind: str, counts: tuple[int, int, int]) -> str:
    """ "claims: 3 new, 1 changed", as a refresh words it (withdrawn only where there are any)."""
    new, changed, withdrawn = counts
    words = f"{kind}s: {new:,} new, {changed:,} changed"
    return words + (f", {withdrawn:,} withdrawn" if withdrawn else "")


def print_summary(
    report: BuildReport,
    published: str,
    outcomes: Sequence[Outcome] | None = None,
    changes: dict[str, tuple[int, int, int]] | None = None,
) -> None:
    """Per file: rows read, loaded, quarantined (an import adds the rows it wrote and the date
    span, then how many claims and events are new, changed and withdrawn).

    Then the first quarantined rows (stderr), the table counts and where the file was published.
    """
    written = None if outcomes is None else {o.label: o.rows_new for o in outcomes}
    for line in file_table(report.files, written=written, total=outcomes is None):
        print(line)
    if changes:
        print("; ".join(_change_words(kind, changes.get(kind, (0, 0, 0))) for kind in ("claim", "event")))
        others = [
            _change_words(words, changes[kind])
            for kind, words in (("report", "report"), ("flag", "warring-party answer"))
            if any(changes.get(kind, (0, 0, 0)))
        ]
        if others:
            print(f"on other sources' claims: {'; '.join(others)}")
    for o in outcomes or []:
        for w in o.warnings:
            print(f"note: {o.label}: {w}", file=sys.stderr)
    for q in report.quarantine[:SHOWN_QUARANTINE]:
        print(f"quarantined: {q.message()}", file=sys.stderr)
    if len(report.quarantine) > SHOWN_QUARANTINE:
        print(
            f"... and {len(report.quarantine) - SHOWN_QUARANTINE:,} more (see the quarantine table)",
            file=sys.stderr,
        )
    c = report.counts
    print(
        ", ".join(
            f"{t} {c[t]:,}"
            for t in ("claims", "reports", "documents", "actors", "places", "responses", "events")
            if t in c
        )
    )
    print(f"{published} {report.db_path} -> {report.version_path} in {report.seconds:.2f} s")


def cmd_build(args: argparse.Namespace) -> int:
    """Validate, load and publish; the summary shows rows read/loaded/quarantined per file."""
    data_dir = Path(args.data)
    steps = source_steps(data_dir)
    bar = tqdm(
        total=len(CURATED_FILES) + len(steps) + 1,
        unit="step",
        disable=args.quiet,
        file=sys.stderr,
        leave=False,
    )

    def progress(msg: str) -> None:
        bar.set_description(msg)
        bar.update(1)

    try:
        report = build(
            data_dir,
            Path(args.db),
            strict=args.strict,
            progress=progress,
            lock_timeout=args.lock_timeout,
            keep_imports=not args.without_imports,
            incremental=not args.full,
        )
    except (InputFileError, StrictModeError) as exc:
        bar.close()
        print(f"error: {exc}", file=sys.stderr)
        if not isinstance(exc, LockTimeoutError):  # (it says "nothing was changed" itself)
            print("the previously published database (if any) is unchanged", file=sys.stderr)
        return 1
    bar.close()
    print_summary(report, "wrote")
    for note in report.notes:  # (QA pass 43) a renamed column was read as empty without a word
        print(f"note: {note}")
    if report.mode == "incremental":
        print("incremental build: only what changed in data/ was applied (--full rebuilds all)")
    elif report.fallback:
        print(f"full build: {report.fallback}")
    return 0


def cmd_first_start(args: argparse.Namespace) -> int:
    """Build the database once if none is published (under the dashboard's first-start lock).

    For deployments that build before starting the servers (deploy/run-local.sh, compose): any
    number of these, and dashboard sessions, may start at once; exactly one builds.
    """
    db_path, data_dir = Path(args.db), Path(args.data)
    try:
        built = first_start.build_once(
            data_dir, db_path, build, on_wait=lambda: print("waiting for another first-start build …")
        )
    except (InputFileError, StrictModeError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    live = db.resolve_live(db_path)
    if not built and live is not None:
        # (QA pass 38) a published file that cannot be read was "found" with exit 0, and the
        # servers started on it showed only that it cannot be read
        why = first_start.read_error(live)
        if why is not None:
            print(f"error: {first_start.unreadable_message(live, why)}", file=sys.stderr)
            return 1
    print(f"{'built' if built else 'found'} {live}")
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    """Import one public dataset file (or URL) into the published database, atomically."""
    try:
        res = run_import(
            args.source,
            args.path_or_url,
            Path(args.db),
            show_progress=not args.quiet,
            lock_timeout=args.lock_timeout,
        )
    except AllQuarantinedError as exc:  # a summary, then why; never reported as a success
        for line in file_table(exc.report.files):
            print(line)
        for q in exc.report.quarantine[:5]:
            print(f"quarantined: {q.message()}", file=sys.stderr)
        print(f"error: {exc} (database unchanged)", file=sys.stderr)
        return 1
    except InputFileError as exc:
        unchanged = "" if isinstance(exc, LockTimeoutError) else " (database unchanged)"  # (said once)
        print(f"error: {exc}{unchanged}", file=sys.stderr)
        return 1
    for line in res.skipped:
        print(f"note: {line}", file=sys.stderr)
    if res.version_path is None:
        print("nothing to import (database unchanged)")
        return 0
    res.report.version_path = res.version_path
    res.report.seconds = res.seconds
    print_summary(res.report, "published", res.outcomes, res.changes)
    if res.reloaded:
        print(
            f"note: {res.reverted:,} row(s) set back to the figures a declared file gives; loaded "
            f"{', '.join(res.reloaded)} again, so the declared files' own reports of them are back "
            "(as a full build gives them)",
            file=sys.stderr,
        )
    elif res.reverted:
        print(
            f"note: {res.reverted:,} row(s) set back to the figures a declared file gave; not loaded "
            f"again ({res.not_reloaded}): the next `python -m etl build` is a full one",
            file=sys.stderr,
        )
    for reason, n in reason_counts(res.report.quarantine):
        print(f"quarantined {n:,} x {reason}", file=sys.stderr)
    return 0


def make_parser() -> argparse.ArgumentParser:
    """The one parser of `python -m etl`, with a subparser per command."""
    parser = _Parser(
        prog="python -m etl",
        description="Claims Desk ETL: validate the dataset in data/ and publish the DuckDB "
        "database the dashboard reads; import public datasets; propose claims from reports.",
    )
    sub = parser.add_subparsers(dest="command", required=True)
    b = sub.add_parser(
        "build",
        help="validate every input file and publish a new database",
        description="Validate every input file, load it, and publish a new "
        "database atomically (the previous one stays if anything fails).",
    )
    db.add_location_options(b)
    b.add_argument(
        "--strict",
        action="store_true",
        help="fail (exit 1, publish nothing) if any row of data/'s own files is quarantined "
        "(rows a publisher's dataset breaks are listed, as always, but nobody here can fix them)",
    )
    b.add_argument("--quiet", action="store_true", help="no progress bar")
    b.add_argument(
        "--without-imports",
        action="store_true",
        help="drop what `python -m etl import` added to the live database (default: keep it)",
    )
    b.add_argument(
        "--full",
        action="store_true",
        help="rebuild everything from data/ (default: apply only what changed since the live build "
        "when it can, see docs/architecture.md, 'Incremental builds')",
    )
    add_lock_timeout_option(b)
    b.set_defaults(func=cmd_build)

    fs = sub.add_parser(
        "first-start",
        help="build the database once if none is published (deployments)",
        description="Build the database from the data folder unless one is already "
        "published, under the same file lock as the dashboard's first start, so "
        "several server processes starting at once build it once. Paths default "
        "to CLAIMS_DESK_DATA / CLAIMS_DESK_DB like the dashboard's.",
    )
    db.add_location_options(fs)
    fs.set_defaults(func=cmd_first_start)

    i = sub.add_parser(
        "import",
        help="import a public dataset (General Staff JSON, ACLED CSV, UCDP GED CSV, "
        "The Economist's estimates CSVs)",
        description="Import a General Staff loss file (or a folder with both JSON files), an "
        "ACLED export, a UCDP GED CSV or The Economist's estimates tables (a file, or a folder "
        "holding the estimates and UK MoD month-by-month CSVs) into the published database. A copy of the live "
        "database is modified and published atomically; importing the same file twice changes "
        f"nothing. PATH_OR_URL may be an http(s) URL (downloaded: {DOWNLOAD_TIMEOUT_S:g} s per "
        f"read, ${DEADLINE_ENV} s overall ({DEFAULT_DEADLINE_S:g}), ${MAX_MB_ENV} MB "
        f"({DEFAULT_MAX_MB:g})). A later `python -m etl build` keeps the import (unless "
        "--without-imports); to have builds re-read it, declare it in data/sources/ "
        "(see its README).",
    )
    i.add_argument("source", choices=SOURCES, help="which publisher's format")
    i.add_argument("path_or_url", metavar="PATH_OR_URL", help="file, folder or http(s) URL")
    db.add_location_options(i, data=None)
    i.add_argument("--quiet", action="store_true", help="no progress bar")
    add_lock_timeout_option(i)
    i.set_defaults(func=cmd_import)
    add_refresh_parser(sub)

    e = sub.add_parser("extract", help="propose claims from news reports (nothing is saved)")
    add_extract_arguments(e)
    e.set_defaults(func=run_extract)
    return parser


def _command(args_in: list[str]) -> str:
    """The command as the user typed it, for a one-line error."""
    known = ("build", "import", "first-start", "extract", "refresh")
    return f"python -m etl {args_in[0]}" if args_in and args_in[0] in known else "python -m etl"


def main(argv: list[str] | None = None) -> int:
    """Parse `argv` (default: the command line) and run the command; returns the exit status."""
    args_in = list(sys.argv[1:] if argv is None else argv)
    try:
        args = make_parser().parse_args(args_in)
        status = int(args.func(args))
        sys.stdout.flush()  # (a closed pipe shows here, not in the interpreter's exit)
        return status
    except UsageError as exc:
        print(f"{_command(args_in)}: error: {exc}", file=sys.stderr)
        return 2
    except IntegrityError as exc:
        # (QA 11) the publish-time checks refused the new version: one line, the live one untouched
        print(f"{_command(args_in)}: error: nothing published: {exc}", file=sys.stderr)
        return 1
    except SystemExit as exc:  # --help
        return int(exc.code or 0)
    except BrokenPipeError:
        # (QA 10) `python -m etl extract … | head -1`: the reader has all it wanted. No traceback;
        # point stdout at /dev/null so the interpreter's last flush cannot fail again, and exit as a
        # tool killed by SIGPIPE does (128 + 13)
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 141
    except (KeyboardInterrupt, duckdb.InterruptException):
        # (QA 6, 7) Ctrl-C: one line, not a traceback, also when it lands inside a DuckDB query
        # (which stops the query and raises its own exception)
        print(INTERRUPTED, file=sys.stderr)
        return 130
    except RuntimeError as exc:
        if not str(exc).startswith("Query interrupted"):  # DuckDB's interrupt seen as a RuntimeError
            raise
        print(INTERRUPTED, file=sys.stderr)
        return 130
