"""`python -m etl refresh [SOURCE]`: fetch each declared source again and import it atomically.

A declaration in `data/sources/*.toml` names its snapshot (`path`) and where it comes from:
`refresh_url` if given (a URL for a file, or a table `{ "file name" = "URL" }` for a folder),
else `url`, else `upstream_url` (a GitHub `blob/` page is fetched from raw.githubusercontent.com). A declaration whose upstream is a page for a folder, or that has none, is left as it is
(a note says so). Refresh:

1. downloads every upstream file of every selected declaration into a temporary folder. Any
   failure (offline: connection refused, DNS failure, timeout; an HTTP error; a web page where
   data was expected) prints one line and exits 1 before anything is touched;
2. leaves a source alone when every download is byte-identical to its snapshot;
3. otherwise, on a copy of the live database (one atomic publish for everything): takes the
   source's rows out and loads every enabled declaration of that source again, in build order,
   from the downloads laid over the snapshots, under the snapshot's file names (exactly what a
   build from the new snapshots would load); compares with the rows before: *new* ids,
   *changed* ids (same id, different content) and *withdrawn* ids (gone upstream);
4. publishes the database, then swaps each snapshot file for the downloaded one (`os.replace`
   in the same folder) and sets the declaration's `snapshot_date` to today, so the next
   `python -m etl build` gives the same rows and the Sources page the true date.

Rows are claims for claim sources (General Staff, The Economist), compared by what they are
about (claimant, date, metric, subject, basis, period: a revised figure is *changed*), and
events for event sources (ACLED, UCDP), compared by event id; both by full content.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import re
import shutil
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

import duckdb

from etl.core import db, schema
from etl.core.lock import LockTimeoutError, add_lock_timeout_option
from etl.core.report import BuildReport, FileResult, InputFileError, file_table
from etl.core.staging import label_for
from etl.importers import SOURCES
from etl.importers.atomic import modify_live, require_live
from etl.importers.carry import carry_imports
from etl.importers.declarations import read_declaration
from etl.importers.inputs import (
    ImportInputError,
    SourceFile,
    download,
    new_tempdir,
    public_url,
    sha256_file,
)
from etl.importers.loaders import local_inputs, run_loader
from etl.importers.store import record_imports, withdraw_source, write_load_records

#: The table holding a source's rows, its id column, and the sources it applies to.
ROW_TABLES: dict[str, tuple[str, str]] = {
    "general-staff": ("claims", "claim_id"),
    "economist": ("claims", "claim_id"),
    "acled": ("events", "event_id"),
    "ucdp": ("events", "event_id"),
}


@dataclass
class Plan:
    """One enabled declaration: its snapshot, and the files to fetch (none: kept as it is)."""

    decl: Path
    source: str
    path: Path | None  # the snapshot file or folder (None: a url-only declaration)
    targets: list[tuple[Path | None, str]]  # (snapshot file or None, URL to fetch)
    folder: bool = False  # targets are files of the snapshot folder `path`
    skip: str | None = None  # why it is not refreshed
    downloads: list[Path] = field(default_factory=list)


@dataclass
class Change:
    """What a refresh did to one source (all its declarations)."""

    source: str
    decls: list[Path]
    unchanged_files: bool = False
    new: int = 0
    changed: int = 0
    withdrawn: int = 0
    same: int = 0
    files: list[FileResult] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    snapshots: list[Path] = field(default_factory=list)


_BLOB_RE = re.compile(r"^https://github\.com/([^/]+)/([^/]+)/blob/(.+)$")


def fetch_url(url: str) -> str:
    """The URL that serves the file itself: a GitHub `blob/` page → raw.githubusercontent.com."""
    m = _BLOB_RE.match(url)
    return f"https://raw.githubusercontent.com/{m[1]}/{m[2]}/{m[3]}" if m else url


def _plan(decl: Path, data_dir: Path) -> Plan | None:
    """The refresh plan of one declaration (None when it is disabled)."""
    source, path, _raw, url, enabled = read_declaration(decl, data_dir)
    if not enabled:
        return None
    cfg = tomllib.loads(decl.read_text(encoding="utf-8"))
    where = label_for(decl)
    fetch = cfg.get("refresh_url", url if url is not None else cfg.get("upstream_url"))
    plan = Plan(decl, source, path, [])
    if fetch is None:
        plan.skip = "no refresh_url, upstream_url or url"
    elif isinstance(fetch, str):
        if path is not None and path.is_dir():
            plan.skip = (
                "its upstream is one URL for a folder of files; add "
                'refresh_url = { "file name" = "URL", ... }'
            )
        else:
            plan.targets.append((path, fetch_url(fetch)))
    elif isinstance(fetch, dict) and fetch:
        if path is None:
            raise InputFileError(f"{where}: a refresh_url table needs a folder path")
        plan.folder = True
        for name, u in fetch.items():
            if Path(name).name != name:
                raise InputFileError(f"{where}: refresh_url key {name!r} is not a file name")
            plan.targets.append((path / name, u if not isinstance(u, str) else fetch_url(u)))
    else:
        raise InputFileError(f"{where}: refresh_url must be a URL or a table of URLs")
    for _, u in plan.targets:
        if not isinstance(u, str) or not u.lower().startswith(("http://", "https://")):
            raise InputFileError(f"{where}: URL {u!r} must start with http:// or https://")
    return plan


def plans_for(data_dir: Path, only: str | None) -> dict[str, list[Plan]]:
    """Enabled declarations by source (of `only`, if given), in build order."""
    if only is not None and only not in SOURCES:
        raise InputFileError(f"unknown source {only!r}; expected one of {', '.join(SOURCES)}")
    folder = data_dir / "sources"
    by_source: dict[str, list[Plan]] = {}
    for decl in sorted(folder.glob("*.toml")) if folder.is_dir() else []:
        plan = _plan(decl, data_dir)
        if plan is not None and (only is None or plan.source == only):
            by_source.setdefault(plan.source, []).append(plan)
    refreshable = {s: ps for s, ps in by_source.items() if any(p.targets for p in ps)}
    if not refreshable:
        what = f"source {only!r}" if only else "source"
        why = "; ".join(f"{label_for(p.decl)}: {p.skip}" for ps in by_source.values() for p in ps)
        raise InputFileError(
            f"no enabled {what} to refresh in {label_for(folder)}/*.toml" + (f" ({why})" if why else "")
        )
    return by_source


#: What a claim is about, its figure aside: a revised figure is a *changed* row, not a new one
#: (claim ids include the figure, etl.core.contract).
CLAIM_KEY_SQL = (
    "concat_ws('|', claimant_id, CAST(stated_on AS VARCHAR), claim_type, metric, subject, basis, "
    "CAST(period_start AS VARCHAR), CAST(period_end AS VARCHAR))"
)


def _fingerprints(con: duckdb.DuckDBPyConnection, source: str) -> dict[str, str]:
    """Row key -> content hash of the source's rows (claims by what they are about, events by id)."""
    table, id_col = ROW_TABLES[source]
    key = CLAIM_KEY_SQL if table == "claims" else id_col
    return dict(
        con.execute(
            f"SELECT {key} AS k, md5(string_agg(CAST(t AS VARCHAR), '|' ORDER BY CAST(t AS VARCHAR))) "
            f"FROM {table} t WHERE source = $1 GROUP BY k",
            [source],
        ).fetchall()
    )


def _note_declared_rows(con: duckdb.DuckDBPyConnection, source: str, plans: list[Plan]) -> None:
    """Record in temp tables `rf_old_claims`, `rf_old_events` the ids the source's snapshots
    give now (loaded again on `con`, then taken out): the rows of the source that are not
    among them came from one-off imports, which a refresh keeps. With no one-off import of the
    source live there is nothing to tell apart, and no snapshot is loaded (empty tables).

    (QA pass 7) When one-off imports of the source are live and a snapshot is missing or no
    longer loads, rows withdrawn upstream cannot be told from the imports' rows: ImportInputError
    (one line; nothing changes), rather than keeping withdrawn rows as if imported."""
    one_off = con.execute(
        "SELECT count(*) FROM import_log WHERE via = 'import' AND source = $1", [source]
    ).fetchall()[0][0]
    withdraw_source(con, source)
    for plan in plans if one_off else ():  # (no one-off import: nothing to tell apart, no load)
        try:
            if plan.path is None:
                raise ImportInputError(f"{label_for(plan.decl)}: it keeps no snapshot")
            if not plan.path.exists():
                raise ImportInputError(f"{label_for(plan.decl)}: its snapshot is missing")
            run_loader(con, plan.source, local_inputs(plan.source, plan.path), BuildReport(db_path=plan.path))
        except (InputFileError, duckdb.Error) as exc:
            raise ImportInputError(
                f"{str(exc).splitlines()[0]}; with one-off imports of {source} live, the rows "
                "upstream withdrew cannot be told from theirs: restore the snapshot (it is in git), "
                "or run `python -m etl build --without-imports` first"
            ) from None
    con.execute(
        "CREATE OR REPLACE TEMP TABLE rf_old_claims AS SELECT claim_id FROM claims WHERE source = $1",
        [source],
    )
    con.execute(
        "CREATE OR REPLACE TEMP TABLE rf_old_events AS SELECT event_id FROM events WHERE source = $1",
        [source],
    )


def _inputs(plan: Plan, work: Path) -> list[SourceFile]:
    """The files a build from the refreshed snapshot would load, labelled as a build labels them.

    For a folder, the snapshot folder with the downloads laid over it (a file upstream does not
    list stays as it is), read the way a build reads the folder.
    """
    if not plan.targets:  # not refreshed: its snapshot, loaded again as a build loads it
        assert plan.path is not None, "a url-only declaration always has a target"
        return local_inputs(plan.source, plan.path)
    if not plan.folder:
        ((snap, url),) = plan.targets
        return [
            SourceFile(plan.downloads[0], snap.name if snap is not None else public_url(url), public_url(url))
        ]
    assert plan.path is not None
    if plan.path.is_dir():
        shutil.copytree(plan.path, work)
    else:
        work.mkdir(parents=True)
    urls = {}
    for (snap, url), new in zip(plan.targets, plan.downloads, strict=True):
        assert snap is not None
        shutil.copyfile(new, work / snap.name)
        urls[snap.name] = public_url(url)
    return [
        SourceFile(f.path, f.label, urls.get(f.label, str(plan.path / f.label)))
        for f in local_inputs(plan.source, work)
    ]


def _same_files(plans: list[Plan]) -> bool:
    """True when every download of these plans is byte-identical to its snapshot file."""
    return all(
        snap is not None and snap.is_file() and sha256_file(snap) == sha256_file(new)
        for plan in plans
        for (snap, _), new in zip(plan.targets, plan.downloads, strict=True)
    )


def _fetch(plan: Plan, dest: Path, show_progress: bool) -> None:
    """Download the plan's files; a web page where data was expected is an error."""
    for j, (_, url) in enumerate(plan.targets):
        sub = dest / str(j)
        sub.mkdir(parents=True)
        got = download(url, sub, show_progress)
        with got.open("rb") as fh:
            head = fh.read(512).lstrip().lower()
        if head.startswith((b"<!doctype html", b"<html")):
            raise ImportInputError(
                f"{public_url(url)} is a web page, not the data file; give the file's own URL as "
                f"refresh_url in {label_for(plan.decl)}"
            )
        plan.downloads.append(got)


_SNAPSHOT_DATE_RE = re.compile(r"^snapshot_date\s*=\s*(.*?)\s*$", re.MULTILINE)
_DESCRIPTION_RE = re.compile(r'^(description\s*=\s*")(.*)("\s*)$', re.MULTILINE)
#: (QA pass 39) A refresh's mark before a declaration's description: the curator's words ("Records
#: 2022-02-25 to 2025-12-31 … at commit …") describe the snapshot they were written for, not the
#: files upstream has since given, and the Sources page showed them as if they did.
_REFRESHED_RE = re.compile(
    r"^\(Refreshed \d{4}-\d{2}-\d{2} from upstream; the words after this describe the snapshot of "
    r"([^)]*)\) "
)


def refreshed_description(description: str, was: str, day: dt.date) -> str:
    """`description` marked as written for the snapshot of `was` (kept from an earlier mark)."""
    m = _REFRESHED_RE.match(description)
    written_for, words = (m.group(1), description[m.end() :]) if m else (was, description)
    return (
        f"(Refreshed {day.isoformat()} from upstream; the words after this describe the snapshot "
        f"of {written_for or 'an earlier date'}) {words}"
    )


def _set_snapshot_date(decl: Path, day: dt.date, renewed: bool = True) -> None:
    """Rewrite the declaration's snapshot_date line (if it has one), keeping everything else, and
    where its files changed (`renewed`) mark its description as the earlier snapshot's
    (`refreshed_description`): the same files are still what the words describe."""
    text = decl.read_text(encoding="utf-8")
    old = _SNAPSHOT_DATE_RE.search(text)
    new = _SNAPSHOT_DATE_RE.sub(f"snapshot_date = {day.isoformat()}", text, count=1)
    was = old.group(1).strip("\"'") if old else ""
    if renewed:
        new = _DESCRIPTION_RE.sub(
            lambda m: m.group(1) + refreshed_description(m.group(2), was, day) + m.group(3), new, count=1
        )
    if new != text:
        part = decl.with_name(f".{decl.name}.refresh")
        part.write_text(new, encoding="utf-8")
        os.replace(part, decl)


def run_refresh(
    data_dir: Path,
    db_path: Path,
    only: str | None = None,
    show_progress: bool = False,
    lock_timeout: float | None = None,
) -> list[Change]:
    """Refresh the declared sources (see the module doc); InputFileError on any failure."""
    by_source = plans_for(data_dir, only)
    require_live(db_path)
    today = dt.date.today()
    changes = [Change(src, [p.decl for p in plans]) for src, plans in by_source.items()]
    with new_tempdir() as tmp:
        for i, plan in enumerate(p for ps in by_source.values() for p in ps):
            if plan.targets:  # 1. everything is fetched before anything changes
                _fetch(plan, Path(tmp) / f"dl{i}", show_progress)
        todo = []
        for change in changes:
            plans = by_source[change.source]
            change.warnings = [f"{label_for(p.decl)}: not refreshed: {p.skip}" for p in plans if p.skip]
            change.unchanged_files = _same_files(plans)
            if not change.unchanged_files:
                todo.append((plans, change))
        if not todo:
            return changes
        staged: list[tuple[Path, Path]] = []
        backups: list[tuple[Path, Path | None]] = []
        try:
            _refresh_live(db_path, lock_timeout, todo, tmp, today, staged, backups, data_dir)
        except BaseException:
            _restore(backups)  # (the database was not published: the snapshots go back as they were)
            raise
        for _snap, backup in backups:
            if backup is not None:
                backup.unlink(missing_ok=True)
    return changes


def _refresh_live(
    db_path: Path,
    lock_timeout: float | None,
    todo: list[tuple[list[Plan], Change]],
    tmp: str,
    today: dt.date,
    staged: list[tuple[Path, Path]],
    backups: list[tuple[Path, Path | None]],
    data_dir: Path,
) -> None:
    """The refresh's write, under the writer lock: the database copy is brought up to the
    downloads, the snapshot files follow, then the copy is published (`modify_live`'s exit)."""
    with modify_live(db_path, lock_timeout) as (con, _tmpdb):  # the writer lock
        clean_leftovers(data_dir)  # (what a killed refresh left: never another one's, under the lock)
        live = require_live(db_path)  # the version this copy was made from (under the lock)
        marked: dict[Path, bool] = {}  # declaration -> whether any of its files changed
        for plans, change in todo:
            before = _fingerprints(con, change.source)
            _note_declared_rows(con, change.source, plans)
            withdraw_source(con, change.source)
            for k, plan in enumerate(plans):  # every declaration of the source, build order
                report = BuildReport(db_path=db_path)
                files = _inputs(plan, Path(tmp) / f"work-{change.source}-{k}")
                outcomes = run_loader(con, plan.source, files, report)
                write_load_records(con, report)
                record_imports(con, outcomes, "refresh" if plan.targets else "build")
                change.files.extend(report.files)
                change.warnings += [f"{o.label}: {w}" for o in outcomes for w in o.warnings]
                renewed = False
                for (snap, _), new in zip(plan.targets, plan.downloads, strict=True):
                    if snap is not None:
                        staged.append((new, snap))
                        # (QA pass 39) named only where its bytes change
                        if not snap.is_file() or sha256_file(snap) != sha256_file(new):
                            change.snapshots.append(snap)
                            renewed = True
                if plan.targets:
                    _update_declaration_rows(con, plan, today, renewed)
                    marked[plan.decl] = renewed
            # what `python -m etl import` added stays, as a build keeps it (issue 12)
            kept = BuildReport(db_path=db_path)
            loaded = [f.label for f in change.files]
            if carry_imports(con, live, kept, (change.source,), ("rf_old_claims", "rf_old_events"), loaded):
                write_load_records(con, kept)
                change.warnings.append(
                    f"kept what one-off imports of {change.source} added "
                    f"({len(kept.files)} file(s); `python -m etl build --without-imports` drops them)"
                )
            after = _fingerprints(con, change.source)
            change.new = len(after.keys() - before.keys())
            change.withdrawn = len(before.keys() - after.keys())
            common = after.keys() & before.keys()
            change.changed = sum(1 for k in common if after[k] != before[k])
            change.same = len(common) - change.changed
        schema.check_integrity(con)
        schema.refresh_derived(con)
        # 4. (QA pass 28) the snapshots follow before the database is published, still under
        # the lock: a build waiting for it reads files and database that agree. (They were
        # replaced after the lock was released: a build in between published the old files'
        # rows, and a kill in between left a database its next full build undid.) Each file
        # is one rename; the old ones are kept until the publish is done.
        for new, snap in staged:
            snap.parent.mkdir(parents=True, exist_ok=True)
            part = snap.with_name(f".{snap.name}{_PART}")  # same folder: the rename is atomic
            shutil.copyfile(new, part)
            backups.append((snap, _keep(snap)))
            os.replace(part, snap)
        for plans, _change in todo:
            for plan in plans:
                if plan.targets:
                    backups.append((plan.decl, _keep(plan.decl)))
                    _set_snapshot_date(plan.decl, today, marked.get(plan.decl, True))


#: A snapshot file's next version while it is written, and its last version until the publish.
_PART = ".refresh"
_KEPT = ".before-refresh"


def _keep(path: Path) -> Path | None:
    """A copy of `path` beside it (hidden), to put back if the publish fails; None if no file."""
    if not path.is_file():
        return None
    kept = path.with_name(f".{path.name}{_KEPT}")
    shutil.copyfile(path, kept)
    return kept


def _restore(backups: list[tuple[Path, Path | None]]) -> None:
    """Put the snapshot files back as they were before a refresh that was not published."""
    for path, kept in reversed(backups):
        if kept is not None and kept.is_file():
            os.replace(kept, path)
        elif kept is None:
            path.unlink(missing_ok=True)


def clean_leftovers(data_dir: Path) -> list[Path]:
    """Remove what a killed refresh left in data/sources/ (a half-written next version, a kept
    copy of the last one): hidden files of ours only. Returns them (QA pass 28: a `.refresh`
    file stayed for good)."""
    root = Path(data_dir) / "sources"
    gone = [
        p
        for p in (root.rglob(".*") if root.is_dir() else [])
        if p.is_file() and (p.name.endswith(_PART) or p.name.endswith(_KEPT))
    ]
    for p in gone:
        p.unlink(missing_ok=True)
    return gone


def _update_declaration_rows(
    con: duckdb.DuckDBPyConnection, plan: Plan, day: dt.date, renewed: bool = True
) -> None:
    """The database's record of the declaration follows its new snapshot date (and, where its
    files changed, its description's mark, as `_set_snapshot_date` writes it)."""
    exists = con.execute(
        "SELECT count(*) FROM information_schema.tables WHERE table_name = 'source_declarations'"
    ).fetchall()[0][0]
    if exists:
        rows = con.execute(
            "SELECT DISTINCT CAST(snapshot_date AS VARCHAR), description FROM source_declarations "
            "WHERE declaration = $1",
            [plan.decl.name],
        ).fetchall()
        for was, description in rows:
            con.execute(
                "UPDATE source_declarations SET snapshot_date = $1, description = $2 "
                "WHERE declaration = $3 AND description IS NOT DISTINCT FROM $4",
                [
                    day,
                    refreshed_description(description, was or "", day)
                    if description and renewed
                    else description,
                    plan.decl.name,
                    description,
                ],
            )


def cmd_refresh(args: argparse.Namespace) -> int:
    """Print what changed per declaration; one line and exit 1 on any failure."""
    import sys

    try:
        changes = run_refresh(
            Path(args.data),
            Path(args.db),
            args.source,
            show_progress=not args.quiet,
            lock_timeout=args.lock_timeout,
        )
    except (InputFileError, ImportInputError, OSError) as exc:  # (OSError: a full disk, a lost mount)
        unchanged = "" if isinstance(exc, LockTimeoutError) else "; database and snapshots unchanged"
        print(f"error: refresh failed: {exc}{unchanged}", file=sys.stderr)  # (QA pass 29: said once)
        return 1
    for c in changes:
        name = f"{c.source} ({', '.join(d.name for d in c.decls)})"
        for w in c.warnings if c.unchanged_files else []:
            print(f"  note: {w}", file=sys.stderr)
        if c.unchanged_files:
            print(f"{name}: upstream files unchanged, nothing to do")
            continue
        unit = ROW_TABLES[c.source][0]
        print(
            f"{name}: {c.new:,} new, {c.changed:,} changed, {c.withdrawn:,} withdrawn, "
            f"{c.same:,} unchanged {unit}"
        )
        for line in file_table(c.files, indent="  "):
            print(line)
        for w in c.warnings:
            print(f"  note: {w}", file=sys.stderr)
        for snap in c.snapshots:
            print(f"  snapshot updated: {label_for(snap)}")
    if any(not c.unchanged_files for c in changes):
        print(f"published {args.db}")
    return 0


def add_refresh_parser(sub: argparse._SubParsersAction) -> None:
    """Register the `refresh` subcommand on the ETL's subparsers."""
    p = sub.add_parser(
        "refresh",
        help="download declared sources again from upstream and import them atomically",
        description="For each source declared in data/sources/*.toml (or only SOURCE), "
        "download its upstream_url, import it into a copy of the live database and publish it "
        "atomically, then update the snapshot. Prints new, changed and withdrawn rows. If any "
        "download fails (offline), prints one line, exits 1 and changes nothing.",
    )
    p.add_argument("source", nargs="?", choices=SOURCES, help="only this source")
    db.add_location_options(p, data="input folder holding sources/")
    p.add_argument("--quiet", action="store_true", help="no progress bar")
    add_lock_timeout_option(p)
    p.set_defaults(func=cmd_refresh)
