"""Row rules, written once: SQL that checks every row of a staged file and one error collector.

A rule is a SQL condition on a staged row plus the field, value and reason to report when it
holds. `errs_sql` turns a row's rules into a list of failed (field, value, reason) structs;
`collect_errors` turns the rows with a non-empty list into `Quarantined` entries. The curated
loaders and the importers use the same two, so a rule reads (and reports) the same everywhere.
Every SQL fragment here is written in code, never taken from input text.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass

import duckdb

from etl.core.contract import PRECISIONS, sql_in
from etl.core.input_checks import CONTROL_RE, CONTROL_REASON, out_of_range_sql, too_big_sql, whole_number_bad
from etl.core.report import BuildReport, FileResult, Quarantined
from etl.core.staging import Staged

#: The SQL type of a row's list of failed rules.
ERRS_TYPE = "STRUCT(field VARCHAR, value VARCHAR, reason VARCHAR)[]"


@dataclass(frozen=True)
class Rule:
    """One row rule: when `cond` holds, the row fails with (field, value, reason).

    `field` may be qualified (`s.claimant`); the report names its last part. `value` is the SQL
    of the value to show (default: the field itself); `reason` is a SQL string expression.
    """

    cond: str
    field: str
    reason: str
    value: str | None = None

    def sql(self) -> str:
        """A (field, value, reason) struct when the rule fails, else NULL."""
        val = self.value if self.value is not None else self.field
        name = self.field.split(".")[-1]
        return (
            f"CASE WHEN {self.cond} THEN struct_pack(field := '{name}', "
            f"value := CAST({val} AS VARCHAR), reason := {self.reason}) END"
        )


def rule(cond: str, fld: str, reason: str, value: str | None = None) -> Rule:
    """A rule (see `Rule`); the spelling every loader and importer uses."""
    return Rule(cond, fld, reason, value)


def errs_sql(*rules: Rule) -> str:
    """SQL for the list of failed rules of a row.

    The list of structs is only built for rows where some rule fails (CASE evaluates its branch
    for those rows only): building it for every valid row was the loader's largest cost.
    """
    any_bad = " OR ".join(f"coalesce(({r.cond}), false)" for r in rules)
    built = "list_filter([" + ",\n        ".join(r.sql() for r in rules) + "], lambda e: e IS NOT NULL)"
    return f"(CASE WHEN {any_bad} THEN {built} ELSE []::{ERRS_TYPE} END)"


def vocab_rule(col: str, vocab: tuple[str, ...], nullable: bool = True) -> Rule:
    """The cell must be one of `vocab` (or empty, when `nullable`)."""
    allowed = ", ".join(vocab)
    cond = f"{col} IS NOT NULL AND {col} NOT IN {sql_in(vocab)}"
    if not nullable:
        cond = f"{col} IS NULL OR {col} NOT IN {sql_in(vocab)}"
    return rule(cond, col, f"'''' || coalesce({col}, '') || ''' is not one of: {allowed}'")


def date_precision_rules(date_col: str, prec_col: str) -> list[Rule]:
    """A date and its precision agree (month: the 1st; year: 1 January; unknown: no date)."""
    d, p = date_col.split(".")[-1], prec_col.split(".")[-1]  # names as the analyst wrote them
    return [
        vocab_rule(prec_col, PRECISIONS, nullable=False),
        rule(
            f"{date_col} IS NULL AND {prec_col} IN ('day', 'month', 'year')",
            date_col,
            f"'is empty but {p} is ''' || {prec_col} || ''''",
        ),
        rule(
            f"{date_col} IS NOT NULL AND {prec_col} = 'unknown'",
            prec_col,
            f"'is ''unknown'' but {d} is given'",
        ),
        *precision_day_rules(date_col, prec_col),
    ]


def precision_day_rules(date_col: str, prec_col: str) -> list[Rule]:
    """A month's date is its 1st, a year's its 1 January (claims, responses and events alike)."""
    return [
        rule(
            f"{prec_col} = 'month' AND day({date_col}) <> 1",
            date_col,
            "'month precision: write the 1st of the month'",
        ),
        rule(
            f"{prec_col} = 'year' AND (day({date_col}) <> 1 OR month({date_col}) <> 1)",
            date_col,
            "'year precision: write 1 January of the year'",
        ),
    ]


def imported_id_rule(col: str, field: str, prefixes: tuple[str, ...], sep: str = ", ") -> Rule:
    """(QA pass 30) A curated id in an importer's namespace (`prefixes`, from the contract) took
    an imported row's place: a curated "ucdp-…" event vanished, a "general-staff-…" document
    relabelled every General Staff claim."""
    starts = " OR ".join(f"starts_with({col}, '{p}')" for p in prefixes)
    said = sep.join(prefixes)
    return rule(f"({starts})", field, f"'ids starting {said} are the importers'': choose another'", col)


def key_rule(col: str) -> Rule:
    """(QA pass 30) A key an importer reads (an event id) holds no control character: "AB\\x00C"
    became event "acled-AB\\x00C". The curated files' keys are checked in staging the same way."""
    return rule(
        f"regexp_matches({col}, '{CONTROL_RE}')",
        col,
        f"'{CONTROL_REASON}; keys must be plain text'",
        col,
    )


def int_rules(col: str, label: str | None = None) -> list[Rule]:
    """A non-empty cell that must be a whole number >= 0 that a BIGINT holds."""
    name = label or col
    too_big = too_big_sql(col)
    return [
        rule(
            # (QA pass 13) "2.5", "1e3", "0x10" are not whole numbers: a bare cast rounds or reads them
            f"(({col} IS NOT NULL AND try_cast({col} AS BIGINT) IS NULL) OR {whole_number_bad(col)}) "
            f"AND NOT {too_big}",
            name,
            f"'''' || {col} || ''' is not a whole number'",
            col,
        ),
        rule(
            too_big,
            name,
            out_of_range_sql(col),
            col,
        ),
        rule(f"try_cast({col} AS BIGINT) < 0", name, "'cannot be negative'", col),
    ]


def coord_rules(lat: str, lon: str) -> list[Rule]:
    """Text cells that must be a latitude and a longitude when given."""
    return [
        rule(
            f"{lat} IS NOT NULL AND (try_cast({lat} AS DOUBLE) IS NULL "
            f"OR NOT try_cast({lat} AS DOUBLE) BETWEEN -90 AND 90)",
            "latitude",
            f"'''' || {lat} || ''' is not a latitude (-90..90)'",
            lat,
        ),
        rule(
            f"{lon} IS NOT NULL AND (try_cast({lon} AS DOUBLE) IS NULL "
            f"OR NOT try_cast({lon} AS DOUBLE) BETWEEN -180 AND 180)",
            "longitude",
            f"'''' || {lon} || ''' is not a longitude (-180..180)'",
            lon,
        ),
    ]


def split_sql(expr: str) -> str:
    """A `;`-joined cell as a list of trimmed, non-empty items."""
    return (
        f"list_filter(list_transform(string_split(coalesce({expr}, ''), ';'), lambda x: trim(x)), "
        "lambda x: x <> '')"
    )


def collect_errors(
    con: duckdb.DuckDBPyConnection,
    checked: str,
    src: str,
    label: str,
    key: str = "_row",
    src_key: str = "_row",
    row_number: Callable[[int], int] = int,
) -> list[Quarantined]:
    """Quarantine entries for the rows of `checked` (columns `key`, `errs`) that broke a rule.

    The raw row is the `src` row joined on `src.src_key = checked.key`, without helper columns
    (names starting with `_`); `row_number` maps the key to the spreadsheet row.
    """
    rows = con.execute(
        f"""
        SELECT c.{key}, c.errs, to_json(s) AS raw
        FROM {checked} c JOIN {src} s ON s.{src_key} = c.{key}
        WHERE len(c.errs) > 0 ORDER BY c.{key}
        """
    ).fetchall()
    out: list[Quarantined] = []
    for k, errs, raw in rows:
        first = errs[0]
        out.append(
            Quarantined(
                label, row_number(int(k)), first["field"], first["value"], _reason(errs), _public_raw(raw)
            )
        )
    return out


def _reason(errs: list[dict[str, str]]) -> str:
    """All failed rules of a row in one line (field names only when there are several, and only
    where the reason does not start with its field already: "value_low 1100 is greater …")."""
    return "; ".join(
        f"{e['field']}: {e['reason']}"
        if len(errs) > 1 and not str(e["reason"]).startswith(str(e["field"]))
        else e["reason"]
        for e in errs
    )


def _public_raw(raw: object) -> str:
    """The row as read, as JSON, without the loader's own helper columns."""
    text = raw if isinstance(raw, str) else json.dumps(raw)
    try:
        cells = json.loads(text)
    except ValueError:
        return text
    if not isinstance(cells, dict) or not any(k.startswith("_") for k in cells):
        return text
    return json.dumps({k: v for k, v in cells.items() if not k.startswith("_")}, ensure_ascii=False)


def finish_file(
    con: duckdb.DuckDBPyConnection,
    staged: Staged,
    checked: str,
    source: str,
    report: BuildReport,
    date_col: str | None = None,
) -> int:
    """Record quarantine and counts for a staged file whose checked rows are in `checked`."""
    semantic = collect_errors(
        con, checked, staged.table, staged.label, key="_ord", src_key="rowid", row_number=staged.row_number
    )
    quarantined = staged.quarantine + semantic
    loaded = staged.n_parsed - len(semantic)
    dmin = dmax = None
    if date_col:
        span = con.execute(
            f"SELECT min({date_col}), max({date_col}) FROM {checked} WHERE len(errs) = 0"
        ).fetchall()
        dmin, dmax = span[0]
    report.quarantine.extend(sorted(quarantined, key=lambda q: q.row_number or 0))
    if staged.note:
        report.notes.append(staged.note)
    report.files.append(
        FileResult(staged.label, source, staged.rows_read, loaded, len(quarantined), dmin, dmax)
    )
    return loaded
