"""Incremental builds: a rebuild does work in proportion to what changed in `data/`.

A full build (`etl.build`) records, beside the tables, what it was built from:

- `build_inputs`: a content hash per input file (`data/*.csv` and every file under
  `data/sources/`);
- `claim_rows`: one row per record of `claims.csv` (length in bytes, the claim it became or NULL
  when quarantined, its ref) and `claims_csv_index` (the file's block digests,
  `etl.core.rowindex`).

The next build copies the live database (a plain file copy, about 0.1 s for 300 MB) and, when
the copy's record matches, applies only the change (`build_incremental`):

1. `actors.csv`, `places.csv`, `outlets.csv` and `documents.csv` are loaded again into an
   in-memory scratch catalog (small files). Actors, places and outlets must be unchanged;
   documents may only gain rows. Their load log and quarantine are rewritten from that load.
2. The changed bytes of `claims.csv` are found from the block digests; the records covering
   them are re-read (the same staging, rules and identity SQL as a full build, on a small CSV of
   those records' bytes). Every claim any changed record belonged to before or belongs to now
   is recomputed from all of its records (one claim, many reports holds across the delta), as
   is every record sharing a ref with a changed one (a duplicate ref depends on file order).
   Row numbers of later records shift; their quarantine entries follow.
3. claims, reports, claim_places and claims_wide lose the affected claims and gain their new
   rows; the cubes and the quote index are updated for those claims only (`etl.core.derived`).
4. `responses.csv` and `events.csv` (small, and responses name claims by ref) are loaded again.
5. Integrity is checked for the affected claims, and the file is published like any build.

`FullBuildNeeded` (with the reason) makes the caller fall back to a full build: no live
database or no record in it, another DuckDB version, a changed source
declaration or file under `data/sources/`, an actor, place or outlet name that changed, a document that
changed or was removed, a changed header, CR-only or CR LF line ends or blank lines in claims.csv
(the last full build records which: build_info `claims_not_indexed`),
`--without-imports` while imports are live, an affected claim id that an import also uses,
or an affected curated claim that an import also reports (its reports are not in claims.csv).
The result equals a full build from the same inputs, table by table
(`tests/test_etl_incremental.py`); only rows' physical order and `build_info` differ.
"""

from __future__ import annotations

import time
import tomllib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import duckdb
import numpy as np
import pandas as pd

from etl.core import derived, tempdirs
from etl.core.contract import BUILD_FORMAT, CURATED_NAMES
from etl.core.db import connect_readonly, has_table, profiled
from etl.core.input_checks import new_line_option
from etl.core.report import BuildReport, FileResult, InputFileError, Quarantined, StrictModeError
from etl.core.rowindex import BLOCK, blocks, common_prefix_suffix, content_hash, partial_digest, rows_in
from etl.core.rules import ERRS_TYPE, collect_errors
from etl.core.schema import (
    BUILD_INPUTS_DDL,
    CLAIMS_NOT_INDEXED,
    FULL_BUILD_NEEDED,
    create_schema,
    write_build_info,
)
from etl.core.staging import Staged, insert_quarantine, label_for
from etl.curated.actors import load_actors
from etl.curated.claims import (
    check_claims,
    drop_check_tables,
    stage_claims,
    write_claims_of,
)
from etl.curated.documents import load_documents
from etl.curated.events import load_events
from etl.curated.outlets import load_outlets
from etl.curated.places import load_places
from etl.curated.responses import load_responses
from etl.importers.inputs import sha256_file, source_file_hashes

#: (session 37) defined in etl.core.contract, which the dashboard's first start reads too.
FORMAT = BUILD_FORMAT

Loader = Callable[[duckdb.DuckDBPyConnection, Path, BuildReport], None]

DEFAULT_LOADERS: dict[str, Loader] = {
    "actors.csv": load_actors,
    "places.csv": load_places,
    "outlets.csv": load_outlets,
    "documents.csv": load_documents,
    "responses.csv": load_responses,
    "events.csv": load_events,
}


class FullBuildNeeded(Exception):
    """The live database cannot be updated incrementally; the message says why."""


def input_hashes(data_dir: Path, claims_hash: str | None) -> dict[str, str]:
    """Content hash of every input file, keyed by its path relative to `data_dir`.

    A build takes them before it reads the files (`record_build` stores them): taken after, a file
    saved while the build ran was recorded as built, and every later incremental build kept the
    old content (QA pass 19: an actor's side edited during a full build). `claims_hash` "" leaves
    claims.csv's to `record_build` (the hash of the bytes the build staged)."""
    out: dict[str, str] = {}
    for name in CURATED_NAMES:
        p = data_dir / name
        if name == "claims.csv" and claims_hash is not None:
            out[name] = claims_hash
        elif p.is_file():
            out[name] = sha256_file(p)
    out.update(source_file_hashes(data_dir))
    return out


def record_build(con: duckdb.DuckDBPyConnection, data_dir: Path, hashes: dict[str, str], mode: str) -> None:
    """`build_inputs` (the input hashes the build took before reading, `input_hashes`) and the
    build_info keys an incremental build checks."""
    hashes = dict(hashes)
    if hashes.get("claims.csv") == "":
        row = con.execute("SELECT size, prefix FROM claims_csv_index").fetchall()
        if row:
            hashes["claims.csv"] = content_hash(row[0][1], int(row[0][0]))
        else:
            del hashes["claims.csv"]
    con.execute(BUILD_INPUTS_DDL)
    con.executemany("INSERT INTO build_inputs VALUES ($1, $2)", [[k, v] for k, v in sorted(hashes.items())])
    con.execute(
        "INSERT INTO build_info VALUES ('incremental_format', $1), ('data_dir', $2), ('build', $3)",
        [FORMAT, str(data_dir.resolve()), mode],
    )


def _one(con: duckdb.DuckDBPyConnection, sql: str, params: object = None) -> Any:
    return con.execute(sql, params).fetchall()[0][0]


def _declares_download(data_dir: Path) -> bool:
    """Whether a declaration in data/sources/ names a URL without a bundled path."""
    for p in sorted((data_dir / "sources").glob("*.toml")):
        try:
            decl = tomllib.loads(p.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return True
        if decl.get("url") and not decl.get("path"):
            return True
    return False


def _write_records(path: Path, data: bytes, header_end: int, starts: np.ndarray, ords: list[int]) -> None:
    """A small CSV: the header and the records `ords` (in file order), byte for byte."""
    n = len(starts)
    with path.open("wb") as fh:
        fh.write(data[:header_end])
        for o in ords:
            end = int(starts[o + 1]) if o + 1 < n else len(data)
            rec = data[int(starts[o]) : end]
            fh.write(rec if rec.endswith(b"\n") else rec + b"\n")


def _stage_and_check(
    con: duckdb.DuckDBPyConnection,
    main: str,
    small: Path,
    data: bytes,
    header_end: int,
    starts: np.ndarray,
    ords: list[int],
) -> Staged:
    """Stage and check records `ords` as `chk_claims`, with `chk_map` (_ord -> record).

    Runs in the scratch catalog, so places and documents resolve against the curated files
    only, exactly as in a full build (which checks claims before any import step).
    """
    drop_check_tables(con)
    _write_records(small, data, header_end, starts, ords)
    con.execute("USE scratch")
    try:
        st = stage_claims(con, small)
        check_claims(con, st)
    except InputFileError as exc:
        # (round 42) the changed records cannot be read (a CR inside an unquoted cell, a line
        # the reader refuses): the full build reads the whole file and names it, row and field
        # (this copy's name would mean nothing to the user)
        raise FullBuildNeeded("claims.csv's changed rows cannot be read on their own") from exc
    finally:
        con.execute(f'USE "{main}"')
    pairs = [
        [int(o), ords[st.row_number(int(o)) - 2]]
        for (o,) in con.execute("SELECT _ord FROM chk_claims").fetchall()
    ]
    frame = pd.DataFrame(
        {
            "_ord": np.array([p[0] for p in pairs], dtype=np.int64),
            "ord": np.array([p[1] for p in pairs], dtype=np.int64),
        }
    )
    con.register("chk_map_df", frame)
    try:
        con.execute("CREATE OR REPLACE TEMP TABLE chk_map AS SELECT _ord, ord FROM chk_map_df")
    finally:
        con.unregister("chk_map_df")
    return st


@dataclass
class Plan:
    """What `plan` found: the new claims.csv and its digests (read once)."""

    data: bytes
    prefix: list[str]
    suffix: list[str]
    label: str
    hashes: dict[str, str]  # every input's, taken before anything is read (`record_build`)


def plan(live: Path, data_dir: Path, keep_imports: bool) -> Plan:
    """Check, on the live database read-only, that an incremental build can start from it.

    Before any copy is made: raises FullBuildNeeded (with the reason) otherwise.
    """
    try:
        con = connect_readonly(live)
    except duckdb.Error as exc:
        raise FullBuildNeeded(f"the live database cannot be read ({exc})") from None
    try:
        if not has_table(con, "build_inputs") or not has_table(con, "claims_csv_index"):
            raise FullBuildNeeded(
                "the live database does not record its inputs (built before incremental builds)"
            )
        info = dict(con.execute("SELECT key, value FROM build_info").fetchall())
        if not _one(con, "SELECT count(*) FROM claims_csv_index"):
            # (QA pass 42 #6) the cause the last build recorded: "blank lines or CR-only line
            # ends" was said of a CR LF file with neither (a database built before the record:
            # every cause there is)
            why = info.get(CLAIMS_NOT_INDEXED) or (
                "it had blank lines, CR-only or CR LF line ends, or rows its CSV reader counted otherwise"
            )
            raise FullBuildNeeded(f"the last build could not index claims.csv: {why}")
        if info.get("incremental_format") != FORMAT:
            raise FullBuildNeeded("the live database records its inputs in another format")
        if info.get("duckdb") != duckdb.__version__:
            raise FullBuildNeeded(f"the live database was built with DuckDB {info.get('duckdb')}")
        if info.get(FULL_BUILD_NEEDED):
            raise FullBuildNeeded(info[FULL_BUILD_NEEDED])
        # Not compared: the data folder's path (build_info.data_dir, kept for the record). Inputs
        # are compared by content, so a project moved or copied with its database stays incremental.
        if not keep_imports and _one(con, "SELECT count(*) FROM import_log WHERE via = 'import'"):
            raise FullBuildNeeded("--without-imports drops the live imports")
        old_hashes = dict(con.execute("SELECT file, content_hash FROM build_inputs").fetchall())
    finally:
        con.close()
    claims_path = data_dir / "claims.csv"
    if not claims_path.is_file() or new_line_option(claims_path) == "\\r":
        raise FullBuildNeeded("claims.csv is missing or has CR-only line ends")
    data = claims_path.read_bytes()
    if b"\r" in data:
        # (round 42) a CR LF file is staged from an LF copy, so its records have no byte index to
        # compare; a bare CR (QA pass 5: one ending the file) the full build reads or names
        raise FullBuildNeeded("claims.csv has carriage returns (CR LF line ends, or a CR in a cell)")
    prefix, suffix = blocks(data)
    claims_hash = content_hash(prefix, len(data))
    new_hashes = input_hashes(data_dir, claims_hash)
    changed = {f for f in set(old_hashes) | set(new_hashes) if old_hashes.get(f) != new_hashes.get(f)}
    if any(not f.endswith(".csv") or "/" in f for f in changed):
        raise FullBuildNeeded("a declaration or file under data/sources/ changed")
    # (outlets.csv: every claim's reported_by may change, imported ones too)
    for name in ("actors.csv", "places.csv", "outlets.csv"):
        if name in changed:  # importers add actors too: the table alone cannot tell
            raise FullBuildNeeded(f"{name} changed")
    if _declares_download(data_dir):
        raise FullBuildNeeded("a source declaration downloads its file on every build")
    return Plan(data, prefix, suffix, label_for(claims_path), new_hashes)


def build_incremental(
    con: duckdb.DuckDBPyConnection,
    data_dir: Path,
    report: BuildReport,
    strict: bool,
    the_plan: Plan,
    say: object = None,
    loaders: dict[str, Loader] | None = None,
) -> None:
    """Bring the copy of the live database on `con` in line with `data_dir` (see the module).

    `the_plan` comes from `plan` on the live file. `loaders` are the build's curated loaders by
    file name (`etl.build.CURATED_FILES`; the claims loader's parts are used directly). Raises
    FullBuildNeeded when it cannot; the caller then discards the copy.
    """
    use = {**DEFAULT_LOADERS, **(loaders or {})}
    started = time.perf_counter()
    progress = say if callable(say) else (lambda _m: None)
    data, prefix, suffix = the_plan.data, the_plan.prefix, the_plan.suffix
    label = the_plan.label

    # 1. The small files, loaded again in a scratch catalog (curated rows only, as a full build
    #    sees them when it checks claims).
    progress("incremental: actors, places, documents")
    main = str(_one(con, "SELECT current_database()"))
    small = BuildReport(db_path=report.db_path)
    con.execute("ATTACH ':memory:' AS scratch")
    try:
        _apply(
            con,
            main,
            data_dir,
            data,
            prefix,
            suffix,
            the_plan.hashes,
            label,
            small,
            report,
            strict,
            progress,
            use,
            started,
        )
    finally:
        con.execute(f'USE "{main}"')
        con.execute("DETACH scratch")
    report.seconds = time.perf_counter() - started


def _apply(
    con: duckdb.DuckDBPyConnection,
    main: str,
    data_dir: Path,
    data: bytes,
    prefix: list[str],
    suffix: list[str],
    inputs: dict[str, str],
    label: str,
    small: BuildReport,
    report: BuildReport,
    strict: bool,
    progress: object,
    use: dict[str, Loader],
    started: float,
) -> None:
    say = progress if callable(progress) else (lambda _m: None)
    con = profiled(con)
    con.execute("USE scratch")
    create_schema(con)
    for name in ("actors.csv", "places.csv", "outlets.csv", "documents.csv"):
        use[name](con, data_dir / name, small)
    m = f'"{main}".main'
    cur_docs = f"SELECT * FROM {m}.documents WHERE source = 'curated'"
    if _one(con, f"SELECT count(*) FROM (({cur_docs}) EXCEPT ALL (SELECT * FROM scratch.main.documents))"):
        raise FullBuildNeeded("a document was changed or removed")
    con.execute(
        f"CREATE OR REPLACE TEMP TABLE new_docs AS (SELECT * FROM scratch.main.documents) EXCEPT ALL ({cur_docs})"
    )
    if _one(con, f"SELECT count(*) FROM new_docs WHERE doc_id IN (SELECT doc_id FROM {m}.documents)"):
        raise FullBuildNeeded("a new document's id is already used by an import")
    docs_changed = bool(_one(con, "SELECT count(*) FROM new_docs"))
    con.execute(f'USE "{main}"')
    _relabel_moved_inputs(con, data_dir)

    # 2. claims.csv: which records changed.
    say("incremental: claims.csv")
    size, header_end, header, oprefix, osuffix = con.execute(
        f"SELECT size, header_end, header, prefix, suffix FROM {m}.claims_csv_index"
    ).fetchall()[0]
    size, header_end = int(size), int(header_end)
    if data[:header_end] != bytes(header):
        raise FullBuildNeeded("the header of claims.csv changed")
    p_bytes, s_bytes = common_prefix_suffix((oprefix, osuffix, size), (prefix, suffix, len(data)))
    if p_bytes == size - size % BLOCK and size % BLOCK and len(data) > size and data[size - 1] == 10:
        # Every whole block matched: if the old file's last, partial block is also the start of
        # the new file's block there, the old file (ending in a line end) is a prefix: rows
        # were appended, and only they are read.
        if partial_digest(data[p_bytes:size]) == oprefix[-1]:
            p_bytes, s_bytes = size, 0
    lengths = (
        con.execute(f"SELECT bytes FROM {m}.claim_rows ORDER BY ord").fetchnumpy()["bytes"].astype(np.int64)
    )
    # One offset per recorded row: none for a file that had only its header (QA pass 19: a phantom
    # record there shifted every row's number by one, and the next edit ended in an IndexError).
    old_off = header_end + np.concatenate(([0], np.cumsum(lengths)))[:-1].astype(np.int64)
    n_old = len(old_off)
    old_end = np.append(old_off[1:], size) if n_old else np.empty(0, np.int64)
    i_a = int(np.searchsorted(old_end, max(p_bytes, header_end), "right"))
    a = int(old_off[i_a]) if i_a < n_old else size
    i_b = max(int(np.searchsorted(old_off, size - s_bytes, "left")), i_a)
    b_old = int(old_off[i_b]) if i_b < n_old else size
    shift = len(data) - size
    mid = rows_in(data, a, b_old + shift)
    if mid is None or (a == size and n_old and not data[size - 1 : size] == b"\n"):
        raise FullBuildNeeded("the changed part of claims.csv does not end on a record boundary")
    k_new = len(mid)
    dk = k_new - (i_b - i_a)
    starts = np.concatenate((old_off[:i_a], mid, old_off[i_b:] + shift)).astype(np.int64)
    n_new = len(starts)
    mid_ords = list(range(i_a, i_a + k_new))
    con.execute(
        f"""
        CREATE OR REPLACE TEMP VIEW cr AS
        SELECT CASE WHEN ord >= {i_b} THEN ord + ({dk}) ELSE ord END AS ord, claim_id, ref
        FROM {m}.claim_rows WHERE ord < {i_a} OR ord >= {i_b}
        """
    )
    con.execute(
        f"CREATE OR REPLACE TEMP TABLE k_ids AS SELECT DISTINCT claim_id FROM {m}.claim_rows "
        f"WHERE ord >= {i_a} AND ord < {i_b} AND claim_id IS NOT NULL"
    )
    con.execute(
        f"CREATE OR REPLACE TEMP TABLE r_keys AS SELECT DISTINCT ref FROM {m}.claim_rows "
        f"WHERE ord >= {i_a} AND ord < {i_b} AND ref IS NOT NULL"
    )

    with tempdirs.new("incr") as tmp:  # (a killed build's folder: removed by the next writer)
        small_csv = Path(tmp) / "claims.csv"
        # Pass 1: the new records (and, when documents were added, every quarantined record,
        # which may now resolve): which claims and refs they name.
        pass1 = list(mid_ords)
        if docs_changed:
            pass1 += [int(o) for (o,) in con.execute("SELECT ord FROM cr WHERE claim_id IS NULL").fetchall()]
            pass1 = sorted(set(pass1))
        if pass1:
            _stage_and_check(con, main, small_csv, data, header_end, starts, pass1)
            con.execute(
                "INSERT INTO k_ids SELECT DISTINCT claim_id FROM chk_claims WHERE claim_id IS NOT NULL"
            )
            con.execute("INSERT INTO r_keys SELECT DISTINCT ref FROM chk_claims WHERE ref IS NOT NULL")
        con.execute(
            "INSERT INTO k_ids SELECT DISTINCT claim_id FROM cr WHERE ref IN (SELECT ref FROM r_keys) AND claim_id IS NOT NULL"
        )
        # Pass 2: every record of every affected claim, the records whose ref status may change,
        # and (as context only) the other records sharing their refs. Repeated while a record
        # turns out to belong to a claim not yet counted as affected.
        extra_q = "cr.claim_id IS NULL" if docs_changed else "false"
        while True:
            con.execute(
                f"""
                CREATE OR REPLACE TEMP TABLE a_ords AS
                SELECT ord FROM cr SEMI JOIN k_ids USING (claim_id)
                UNION SELECT ord FROM cr SEMI JOIN r_keys USING (ref)
                UNION SELECT ord FROM cr WHERE {extra_q}
                UNION SELECT unnest($mid)
                """,
                {"mid": mid_ords},
            )
            con.execute(
                """
                CREATE OR REPLACE TEMP TABLE ra_keys AS
                SELECT ref FROM r_keys
                UNION SELECT ref FROM cr WHERE ord IN (SELECT ord FROM a_ords) AND ref IS NOT NULL
                """
            )
            ords = sorted(
                int(o)
                for (o,) in con.execute(
                    "SELECT ord FROM a_ords UNION SELECT ord FROM cr WHERE ref IN (SELECT ref FROM ra_keys)"
                ).fetchall()
            )
            st = _stage_and_check(con, main, small_csv, data, header_end, starts, ords)
            n_extra = _one(
                con,
                """
                SELECT count(*) FROM (
                    SELECT DISTINCT c.claim_id FROM chk_claims c JOIN chk_map USING (_ord)
                    WHERE len(c.errs) = 0 AND chk_map.ord IN (SELECT ord FROM a_ords)
                      AND c.claim_id NOT IN (SELECT claim_id FROM k_ids))
                """,
            )
            if not n_extra:
                break
            con.execute(
                """
                INSERT INTO k_ids SELECT DISTINCT c.claim_id FROM chk_claims c JOIN chk_map USING (_ord)
                WHERE len(c.errs) = 0 AND chk_map.ord IN (SELECT ord FROM a_ords)
                  AND c.claim_id NOT IN (SELECT claim_id FROM k_ids)
                """
            )
        # Quarantine entries of the affected records, with their row numbers in the real file.
        semantic = collect_errors(
            con, "chk_claims", st.table, label, key="_ord", src_key="rowid", row_number=st.row_number
        )
    a_set = {int(o) for (o,) in con.execute("SELECT ord FROM a_ords").fetchall()}
    new_q: list[Quarantined] = []
    for q in st.quarantine + semantic:
        real = ords[(q.row_number or 2) - 2]
        if real in a_set:
            new_q.append(Quarantined(label, real + 2, q.field, q.value, q.reason, q.raw_row))

    if _one(
        con,
        "SELECT count(*) FROM claims WHERE claim_id IN (SELECT claim_id FROM k_ids) AND source <> 'curated'",
    ):
        raise FullBuildNeeded("a changed claim has the id of an imported claim")
    if _one(
        con,
        "SELECT count(*) FROM reports r JOIN documents d USING (doc_id) "
        "WHERE r.claim_id IN (SELECT claim_id FROM k_ids) AND d.source <> 'curated'",
    ):
        # (QA pass 37) an import's reports on a curated claim (a figure The Economist also lists)
        # are not in claims.csv: rewriting the claim from its rows dropped them, and a full build
        # could not bring back a one-off import's
        raise FullBuildNeeded("a changed claim has reports from an import")

    # 3. The tables: affected claims out, their new rows in; derived tables for them only.
    say("incremental: claims, claims_wide, cubes")
    con.execute("DELETE FROM k_ids WHERE claim_id IS NULL")
    where = "claim_id IN (SELECT claim_id FROM k_ids)"
    derived.snapshot(con, where)
    for table in ("response_claims", "response_reports", "responses"):
        con.execute(f"DELETE FROM {table}")
    for table in ("claims_wide", "claim_places", "reports", "claims"):
        con.execute(f"DELETE FROM {table} WHERE {where}")
    if docs_changed:
        con.execute("INSERT INTO documents SELECT * FROM new_docs ORDER BY doc_id")
    write_claims_of(con, "k_ids")
    derived.refresh_changed(con, where)

    # claim_rows for the new file, in place: the old middle out, later records shifted, the
    # new middle in, affected records given their new claim.
    con.execute(
        """
        CREATE OR REPLACE TEMP TABLE a_status AS
        SELECT a.ord, CASE WHEN len(c.errs) = 0 THEN c.claim_id END AS claim_id, c.ref,
               CASE WHEN len(c.errs) = 0 THEN c.stated_on END AS stated_on
        FROM a_ords a LEFT JOIN chk_map m ON m.ord = a.ord LEFT JOIN chk_claims c ON c._ord = m._ord
        """
    )
    con.execute("DELETE FROM claim_rows WHERE ord >= $1 AND ord < $2", [i_a, i_b])
    if dk:
        con.execute("UPDATE claim_rows SET ord = ord + $1 WHERE ord >= $2", [dk, i_b])
    mid_bytes = np.diff(np.append(mid, b_old + shift)).astype(np.int64)
    frame = pd.DataFrame({"ord": np.arange(i_a, i_a + k_new, dtype=np.int64), "bytes": mid_bytes})
    con.register("new_rows_df", frame)
    try:
        con.execute(
            """
            INSERT INTO claim_rows
            SELECT f.ord, f.bytes, a.claim_id, a.ref, a.stated_on
            FROM new_rows_df f LEFT JOIN a_status a ON a.ord = f.ord ORDER BY f.ord
            """
        )
    finally:
        con.unregister("new_rows_df")
    # Affected records outside the new middle (their claim was recomputed) get their new claim.
    outside = [
        int(o)
        for (o,) in con.execute(
            f"SELECT ord FROM a_status WHERE ord < {i_a} OR ord >= {i_a + k_new} ORDER BY ord"
        ).fetchall()
    ]
    if outside:
        # A literal list lets DuckDB skip the row groups of claim_rows (stored in file order).
        listed = ", ".join(str(o) for o in outside) if len(outside) <= 64 else "SELECT ord FROM a_status"
        con.execute(
            f"""
            UPDATE claim_rows c SET claim_id = a.claim_id, ref = a.ref, stated_on = a.stated_on
            FROM a_status a WHERE c.ord = a.ord AND c.ord IN ({listed})
            """
        )
    con.execute("DELETE FROM claims_csv_index")
    con.execute(
        "INSERT INTO claims_csv_index VALUES ($1, $2, $3, $4, $5, $6)",
        [label, len(data), header_end, data[:header_end], prefix, suffix],
    )

    # Quarantine of claims.csv: the old middle out, later rows shifted, affected rows redone.
    con.execute(
        "DELETE FROM quarantine WHERE source_file = $1 AND row_number - 2 >= $2 AND row_number - 2 < $3",
        [label, i_a, i_b],
    )
    if dk:
        con.execute(
            "UPDATE quarantine SET row_number = row_number + $1 WHERE source_file = $2 AND row_number - 2 >= $3",
            [dk, label, i_b],
        )
    con.execute(
        "DELETE FROM quarantine WHERE source_file = $1 AND row_number - 2 IN (SELECT ord FROM a_ords)",
        [label],
    )
    insert_quarantine(con, new_q)
    n_q = int(_one(con, "SELECT count(*) FROM quarantine WHERE source_file = $1", [label]))
    dmin, dmax = con.execute("SELECT min(stated_on), max(stated_on) FROM claim_rows").fetchall()[0]
    claims_result = FileResult(label, "curated", n_new, n_new - n_q, n_q, dmin, dmax)

    # 4. responses.csv and events.csv, loaded again (they are small; responses name claims).
    say("incremental: responses, events")
    drop_check_tables(con)
    con.execute(
        f"""
        CREATE TEMP TABLE chk_claims AS
        SELECT ref, claim_id, []::{ERRS_TYPE} AS errs FROM claim_rows
        WHERE claim_id IS NOT NULL AND ref IS NOT NULL
        """
    )
    con.execute("DELETE FROM events WHERE source = 'curated'")
    later = BuildReport(db_path=report.db_path)
    for name in ("responses.csv", "events.csv"):
        use[name](con, data_dir / name, later)
    if _one(
        con,
        """
        SELECT count(*) FROM (
            SELECT doc_id FROM response_reports UNION ALL SELECT doc_id FROM responses
            UNION ALL SELECT doc_id FROM events WHERE source = 'curated')
        WHERE doc_id IN (SELECT doc_id FROM documents WHERE source <> 'curated')
        """,
    ):
        raise FullBuildNeeded("a curated response or event names an imported document")

    # Load log and quarantine of the curated files.
    results = [*small.files, claims_result, *later.files]
    labels = [f.label for f in results]
    con.execute("DELETE FROM load_log WHERE list_contains($1, source_file)", [labels])
    others = [lb for lb in labels if lb != label]
    con.execute("DELETE FROM quarantine WHERE list_contains($1, source_file)", [others])
    insert_quarantine(con, small.quarantine + later.quarantine)
    for f in results:
        con.execute(
            "INSERT INTO load_log VALUES ($1, $2, $3, $4, $5, $6, $7)",
            [f.label, f.source, f.rows_read, f.rows_loaded, f.rows_quarantined, f.date_min, f.date_max],
        )

    # 5. Check, record, report.
    derived.check_integrity_of(con, "k_ids")
    _fill_report(con, report, results)
    if strict:
        # (QA pass 39) the analyst's own files only, as a full build's --strict
        n_bad = _one(
            con,
            "SELECT count(*) FROM quarantine WHERE source_file IN "
            "(SELECT source_file FROM load_log WHERE source = 'curated')",
        )
        if n_bad:
            own = {f.label for f in report.files if f.source == "curated"}
            first = next((q for q in report.quarantine if q.source_file in own), report.quarantine[0])
            raise StrictModeError(f"--strict: {n_bad} row(s) quarantined; first: {first.message()}")
    con.execute("DELETE FROM build_info")
    # The seconds so far (the checkpoint and publish follow): it wrote "0", read as "built in 0 s".
    write_build_info(con, time.perf_counter() - started)
    record_build(con, data_dir, inputs, "incremental")
    con.execute("DROP VIEW IF EXISTS cr")
    for t in ("k_ids", "r_keys", "ra_keys", "a_ords", "a_status", "chk_map", "new_docs"):
        con.execute(f"DROP TABLE IF EXISTS {t}")
    drop_check_tables(con)
    derived.checkpoint_keeping_row_ids(con)


def _relabel_moved_inputs(con: duckdb.DuckDBPyConnection, data_dir: Path) -> None:
    """Name the curated files' load-log and quarantine rows, and the declared files' import log,
    by the paths read now.

    Why: inputs are compared by content, so a data folder that was moved or copied still builds
    incrementally; without this its files' rows would keep the old folder's paths, and the load
    log would list every curated file twice (old and new path), unlike a full build.
    """
    for name in CURATED_NAMES:
        new = label_for(data_dir / name)
        old = [
            r[0]
            for r in con.execute(
                "SELECT source_file FROM load_log WHERE source = 'curated' AND source_file <> $1 "
                "AND (source_file = $2 OR source_file LIKE '%/' || $2)",
                [new, name],
            ).fetchall()
        ]
        if old:
            con.execute(
                "UPDATE quarantine SET source_file = $1 WHERE list_contains($2, source_file)", [new, old]
            )
            con.execute("DELETE FROM load_log WHERE list_contains($1, source_file)", [old])
    # (QA pass 19) the declared sources' files were logged where they were read then
    was = con.execute("SELECT value FROM build_info WHERE key = 'data_dir'").fetchall()
    now = str(data_dir.resolve())
    if was and was[0][0] != now:
        con.execute(
            "UPDATE import_log SET location = $now || substr(location, length($was) + 1) "
            "WHERE via <> 'import' AND starts_with(location, $was || '/')",
            {"now": now, "was": was[0][0]},
        )


def _fill_report(con: duckdb.DuckDBPyConnection, report: BuildReport, curated: list[FileResult]) -> None:
    """The report a full build would give: curated files first, then the others' load log."""
    labels = {f.label for f in curated}
    report.files = list(curated)
    for row in con.execute(
        "SELECT source_file, source, rows_read, rows_loaded, rows_quarantined, date_min, date_max "
        "FROM load_log ORDER BY source_file"
    ).fetchall():
        if row[0] not in labels:
            report.files.append(
                FileResult(row[0], row[1], int(row[2]), int(row[3]), int(row[4]), row[5], row[6])
            )
    report.quarantine = [
        Quarantined(*r)
        for r in con.execute(
            "SELECT source_file, row_number, field, value, reason, raw_row FROM quarantine "
            "ORDER BY source_file, row_number"
        ).fetchall()
    ]
    for table in ("claims", "reports", "documents", "actors", "places", "responses", "events", "quarantine"):
        report.counts[table] = int(_one(con, f"SELECT count(*) FROM {table}"))
