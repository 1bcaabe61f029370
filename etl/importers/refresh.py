"""`python -m etl refresh [SOURCE]`: fetch each declared source again and import it atomically.

A declaration in `data/sources/*.toml` names where its snapshot lives (`path`) and where it
comes from (`upstream_url`: one URL for a file, or a table `{ "file name" = "URL" }` for a
folder of files; a declaration with only `url` refreshes from that). Refresh:

1. downloads every upstream file of every selected declaration into a temporary folder. Any
   failure (offline: connection refused, DNS failure, timeout; an HTTP error) prints one line
   and exits 1 before anything is touched: database and snapshots stay as they were;
2. skips a declaration whose downloaded files are byte-identical to its snapshot;
3. otherwise, on a copy of the live database (one atomic publish for all declarations): takes
   the source's rows out, loads the new files under the snapshot's file names (exactly what a
   build from the new snapshot would load), and compares with the rows before: *new* ids,
   *changed* ids (same id, different content) and *withdrawn* ids (gone upstream);
4. publishes the database, then swaps each snapshot file for the downloaded one
   (`os.replace`, same folder), so the next `python -m etl build` gives the same rows.

Rows are claims for claim sources (General Staff, The Economist) and events for event sources
(ACLED, UCDP), compared by id and full content.
"""

from __future__ import annotations

import os
import shutil
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

import duckdb

from etl.importers.common import ImportInputError, SourceFile, download, public_url, sha256_file
from etl.staging import InputFileError, label_for

#: The table holding a source's rows, its id column, and the sources it applies to.
ROW_TABLES: dict[str, tuple[str, str]] = {
    "general-staff": ("claims", "claim_id"),
    "economist": ("claims", "claim_id"),
    "acled": ("events", "event_id"),
    "ucdp": ("events", "event_id"),
}


@dataclass
class Plan:
    """One declaration to refresh: its snapshot files and where each comes from."""

    decl: Path
    source: str
    targets: list[tuple[Path | None, str]]  # (snapshot file or None, upstream URL)
    downloads: list[Path] = field(default_factory=list)


@dataclass
class Change:
    """What a refresh did to one declaration's source."""

    decl: Path
    source: str
    unchanged_files: bool = False
    new: int = 0
    changed: int = 0
    withdrawn: int = 0
    same: int = 0
    files: list[object] = field(default_factory=list)  # FileResult
    warnings: list[str] = field(default_factory=list)
    snapshots: list[Path] = field(default_factory=list)


def plans_for(data_dir: Path, only: str | None) -> list[Plan]:
    """The enabled declarations (of source `only`, if given) that say where to refresh from."""
    from etl.importers import SOURCES
    from etl.sources import read_declaration

    if only is not None and only not in SOURCES:
        raise InputFileError(f"unknown source {only!r}; expected one of {', '.join(SOURCES)}")
    plans: list[Plan] = []
    folder = data_dir / "sources"
    for decl in sorted(folder.glob("*.toml")) if folder.is_dir() else []:
        source, path, _raw, url, enabled = read_declaration(decl, data_dir)
        if not enabled or (only is not None and source != only):
            continue
        cfg = tomllib.loads(decl.read_text(encoding="utf-8"))
        upstream = cfg.get("upstream_url", url)
        where = label_for(decl)
        if upstream is None:
            raise InputFileError(f"{where}: no upstream_url (or url) to refresh from")
        targets: list[tuple[Path | None, str]] = []
        if isinstance(upstream, str):
            if path is not None and path.is_dir():
                raise InputFileError(
                    f'{where}: path is a folder; give upstream_url as a table of {{ "file name" = "URL" }}'
                )
            targets.append((path, upstream))
        elif isinstance(upstream, dict) and upstream:
            if path is None:
                raise InputFileError(f"{where}: an upstream_url table needs a folder path")
            for name, u in upstream.items():
                if Path(name).name != name:
                    raise InputFileError(f"{where}: upstream_url key {name!r} is not a file name")
                targets.append((path / name, u))
        else:
            raise InputFileError(f"{where}: upstream_url must be a URL or a table of URLs")
        for _, u in targets:
            if not isinstance(u, str) or not u.lower().startswith(("http://", "https://")):
                raise InputFileError(f"{where}: upstream URL {u!r} must start with http(s)://")
        plans.append(Plan(decl, source, targets))
    if not plans:
        what = f"source {only!r}" if only else "source"
        raise InputFileError(f"no enabled {what} declared in {label_for(folder)}/*.toml")
    return plans


def _fingerprints(con: duckdb.DuckDBPyConnection, source: str) -> dict[str, str]:
    table, id_col = ROW_TABLES[source]
    return dict(
        con.execute(
            f"SELECT {id_col}, md5(CAST(t AS VARCHAR)) FROM {table} t WHERE source = $1", [source]
        ).fetchall()
    )


def withdraw_source(con: duckdb.DuckDBPyConnection, source: str) -> None:
    """Take every row a source imported out of the database (its files are loaded again next)."""
    con.execute(
        "CREATE OR REPLACE TEMP TABLE rf_claims AS SELECT claim_id FROM claims WHERE source = $1", [source]
    )
    for table in ("claim_warring_flags", "reports", "claim_places", "claims_wide"):
        con.execute(f"DELETE FROM {table} WHERE claim_id IN (SELECT claim_id FROM rf_claims)")
    con.execute("DELETE FROM claims WHERE source = $1", [source])
    con.execute(
        "DELETE FROM event_documents WHERE event_id IN (SELECT event_id FROM events WHERE source = $1)",
        [source],
    )
    con.execute("DELETE FROM events WHERE source = $1", [source])
    con.execute(
        """
        DELETE FROM documents WHERE source = $1
          AND doc_id NOT IN (SELECT doc_id FROM reports)
          AND doc_id NOT IN (SELECT doc_id FROM event_documents)
          AND doc_id NOT IN (SELECT doc_id FROM events WHERE doc_id IS NOT NULL)
          AND doc_id NOT IN (SELECT doc_id FROM responses WHERE doc_id IS NOT NULL)
          AND doc_id NOT IN (SELECT doc_id FROM response_reports)
        """,
        [source],
    )
    con.execute(
        "DELETE FROM quarantine WHERE source_file IN (SELECT source_file FROM load_log WHERE source = $1)",
        [source],
    )
    con.execute("DELETE FROM load_log WHERE source = $1", [source])
    con.execute("DELETE FROM import_log WHERE source = $1", [source])


def _same_files(plan: Plan) -> bool:
    """True when every download is byte-identical to its snapshot file."""
    return all(
        snap is not None and snap.is_file() and sha256_file(snap) == sha256_file(new)
        for (snap, _), new in zip(plan.targets, plan.downloads, strict=True)
    )


def run_refresh(
    data_dir: Path, db_path: Path, only: str | None = None, show_progress: bool = False
) -> list[Change]:
    """Refresh the declared sources (see the module doc); InputFileError on any failure."""
    from etl import schema
    from etl.build import BuildReport
    from etl.importers.atomic import modify_live, require_live
    from etl.importers.common import new_tempdir, record_imports, write_load_records
    from etl.importers.runner import run_loader

    plans = plans_for(data_dir, only)
    require_live(db_path)
    changes = [Change(p.decl, p.source) for p in plans]
    with new_tempdir() as tmp:
        for i, plan in enumerate(plans):  # 1. everything is fetched before anything changes
            dest = Path(tmp) / f"{i}"
            dest.mkdir()
            for j, (_, url) in enumerate(plan.targets):
                sub = dest / str(j)
                sub.mkdir()
                plan.downloads.append(download(url, sub, show_progress))
        todo = []
        for plan, change in zip(plans, changes, strict=True):
            change.unchanged_files = _same_files(plan)
            if not change.unchanged_files:
                todo.append((plan, change))
        if not todo:
            return changes
        staged: list[tuple[Path, Path]] = []
        with modify_live(db_path) as (con, _tmpdb):
            for plan, change in todo:
                before = _fingerprints(con, plan.source)
                withdraw_source(con, plan.source)
                report = BuildReport(db_path=db_path)
                files = [
                    SourceFile(new, snap.name if snap is not None else public_url(url), public_url(url))
                    for (snap, url), new in zip(plan.targets, plan.downloads, strict=True)
                ]
                outcomes = run_loader(con, plan.source, files, report)
                write_load_records(con, report)
                record_imports(con, outcomes, "refresh")
                after = _fingerprints(con, plan.source)
                change.new = len(after.keys() - before.keys())
                change.withdrawn = len(before.keys() - after.keys())
                common = after.keys() & before.keys()
                change.changed = sum(1 for k in common if after[k] != before[k])
                change.same = len(common) - change.changed
                change.files = list(report.files)
                change.warnings = [f"{o.label}: {w}" for o in outcomes for w in o.warnings]
                for (snap, _), new in zip(plan.targets, plan.downloads, strict=True):
                    if snap is not None:
                        snap.parent.mkdir(parents=True, exist_ok=True)
                        part = snap.with_name(f".{snap.name}.refresh")
                        shutil.copyfile(new, part)
                        staged.append((part, snap))
                        change.snapshots.append(snap)
            schema.check_integrity(con)
            schema.refresh_derived(con)
        # 4. the database is published: now the snapshots follow, one rename each.
        for part, snap in staged:
            os.replace(part, snap)
    return changes


def cmd_refresh(args: object) -> int:
    """Print what changed per declaration; one line and exit 1 on any failure."""
    import sys

    try:
        changes = run_refresh(
            Path(args.data),
            Path(args.db),
            args.source,  # type: ignore[attr-defined]
            show_progress=not args.quiet,
        )  # type: ignore[attr-defined]
    except (InputFileError, ImportInputError) as exc:
        print(f"error: refresh failed: {exc}; database and snapshots unchanged", file=sys.stderr)
        return 1
    for c in changes:
        name = f"{c.source} ({label_for(c.decl)})"
        if c.unchanged_files:
            print(f"{name}: upstream files unchanged, nothing to do")
            continue
        unit = ROW_TABLES[c.source][0]
        print(
            f"{name}: {c.new:,} new, {c.changed:,} changed, {c.withdrawn:,} withdrawn, "
            f"{c.same:,} unchanged {unit}"
        )
        for f in c.files:
            print(
                f"  {f.label}: read {f.rows_read:,}, loaded {f.rows_loaded:,}, "  # type: ignore[attr-defined]
                f"quarantined {f.rows_quarantined:,}"
            )  # type: ignore[attr-defined]
        for w in c.warnings:
            print(f"  note: {w}", file=sys.stderr)
        for s in c.snapshots:
            print(f"  snapshot updated: {label_for(s)}")
    if any(not c.unchanged_files for c in changes):
        print(f"published {args.db}")  # type: ignore[attr-defined]
    return 0


def add_refresh_parser(sub: object) -> None:
    """Register the `refresh` subcommand on the ETL's subparsers."""
    from etl import db
    from etl.importers import SOURCES

    p = sub.add_parser(  # type: ignore[attr-defined]
        "refresh",
        help="download declared sources again from upstream and import them atomically",
        description="For each source declared in data/sources/*.toml (or only SOURCE), "
        "download its upstream_url, import it into a copy of the live database and publish it "
        "atomically, then update the snapshot. Prints new, changed and withdrawn rows. If any "
        "download fails (offline), prints one line, exits 1 and changes nothing.",
    )
    p.add_argument("source", nargs="?", choices=SOURCES, help="only this source")
    p.add_argument(
        "--data", default=str(db.DEFAULT_DATA_DIR), help="input folder holding sources/ (default: data/)"
    )
    p.add_argument(
        "--db", default=str(db.DEFAULT_DB_PATH), help="database pointer path (default: data/claims.duckdb)"
    )
    p.add_argument("--quiet", action="store_true", help="no progress bar")
    p.set_defaults(func=cmd_refresh)
