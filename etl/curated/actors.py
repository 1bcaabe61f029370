"""`data/actors.csv`: claimants and responders, keyed by a slug of the canonical name."""

from __future__ import annotations

from pathlib import Path

import duckdb

from etl.core.contract import ACTOR_KINDS, ACTORS_INPUT, SIDES, actor_id_sql
from etl.core.report import BuildReport
from etl.core.rules import errs_sql, finish_file, rule, split_sql, vocab_rule
from etl.core.staging import stage_csv

#: The columns the build cannot load actors.csv without (a review save checks them too).
REQUIRED: tuple[str, ...] = ("name", "kind", "side")


def load_actors(con: duckdb.DuckDBPyConnection, path: Path, report: BuildReport) -> None:
    """Actors, keyed by a slug of the canonical name; aliases must name exactly one actor."""
    st = stage_csv(con, path, "actors", ACTORS_INPUT, required=REQUIRED)
    con.execute(
        f"""
        CREATE TEMP TABLE chk_actors AS
        WITH src AS (
            SELECT rowid AS _ord, trim(name) AS name, {split_sql("aliases")} AS aliases,
                   trim(kind) AS kind, trim(side) AS side, nullif(trim(parent), '') AS parent,
                   {actor_id_sql("name")} AS actor_id
            FROM {st.table}
        ),
        keys AS (
            SELECT DISTINCT _ord, lower(k) AS key
            FROM (SELECT _ord, unnest(list_prepend(name, aliases)) AS k FROM src)
            WHERE k IS NOT NULL AND k <> ''
        ),
        clashes AS (
            SELECT k1._ord, string_agg(DISTINCT k1.key, ', ' ORDER BY k1.key) AS keys
            FROM keys k1 JOIN keys k2 ON k1.key = k2.key AND k2._ord < k1._ord
            GROUP BY k1._ord
        ),
        name_clashes AS (
            -- (QA pass 26) the row's own name is what clashes: the message names that field
            SELECT DISTINCT s._ord FROM src s JOIN keys k ON k.key = lower(s.name) AND k._ord < s._ord
        ),
        id_clashes AS (
            -- (QA pass 31) two names, one slug ("Western-Officials", "Western officials"): the
            -- second is quarantined (the build ended in a duplicate-key traceback)
            SELECT s._ord, arg_min(e.name, e._ord) AS other
            FROM src s JOIN src e ON e.actor_id = s.actor_id AND e._ord < s._ord
            WHERE lower(e.name) <> lower(s.name)
            GROUP BY s._ord
        ),
        parents AS (
            SELECT s._ord, min(k._ord) AS parent_ord
            FROM src s JOIN keys k ON k.key = lower(s.parent)
            GROUP BY s._ord
        ),
        final AS (
            SELECT s.*, p.parent_ord,
                {
            errs_sql(
                rule("s.name IS NULL OR s.name = ''", "name", "'is required'", "s.name"),
                vocab_rule("s.kind", ACTOR_KINDS, nullable=False),
                vocab_rule("s.side", SIDES, nullable=False),
                rule(
                    "c.keys IS NOT NULL AND s._ord IN (SELECT _ord FROM name_clashes)",
                    "name",
                    "'name or alias already used by an earlier actor: ' || c.keys",
                    "s.name",
                ),
                rule(
                    "c.keys IS NOT NULL AND s._ord NOT IN (SELECT _ord FROM name_clashes)",
                    "aliases",
                    "'name or alias already used by an earlier actor: ' || c.keys",
                    "c.keys",
                ),
                rule(
                    "ic.other IS NOT NULL AND c.keys IS NULL",
                    "name",
                    "'its id ' || s.actor_id || ' is that of an earlier actor, ' || ic.other || ': rename one of them'",
                    "s.name",
                ),
                rule(
                    "s.parent IS NOT NULL AND p.parent_ord IS NULL",
                    "parent",
                    "'''' || s.parent || ''' is not an actor name or alias in this file'",
                    "s.parent",
                ),
                rule(
                    "s.parent IS NOT NULL AND p.parent_ord = s._ord",
                    "parent",
                    "'an actor cannot be its own parent'",
                    "s.parent",
                ),
            )
        } AS errs
            FROM src s LEFT JOIN clashes c USING (_ord) LEFT JOIN id_clashes ic USING (_ord)
            LEFT JOIN parents p USING (_ord)
        )
        SELECT * FROM final
        """
    )
    # A child of a quarantined parent cannot be loaded either (its parent_id would dangle).
    while True:
        n = con.execute(
            """
            UPDATE chk_actors c SET errs = list_append(c.errs, struct_pack(
                field := 'parent', value := c.parent,
                reason := 'parent actor ''' || c.parent || ''' was quarantined'))
            FROM chk_actors p
            WHERE c.parent_ord = p._ord AND len(p.errs) > 0 AND len(c.errs) = 0
            """
        ).fetchall()[0][0]
        if not n:
            break
    # Insert parents before children so the self-referencing foreign key always holds.
    depth = 0
    while True:
        n = con.execute(
            """
            INSERT INTO actors
            SELECT c.actor_id, c.name, c.aliases, c.kind, c.side, p.actor_id
            FROM chk_actors c LEFT JOIN chk_actors p ON p._ord = c.parent_ord
            WHERE len(c.errs) = 0
              AND c.actor_id NOT IN (SELECT actor_id FROM actors)
              AND (c.parent_ord IS NULL OR p.actor_id IN (SELECT actor_id FROM actors))
            ORDER BY c.actor_id
            """
        ).fetchall()[0][0]
        depth += 1
        if not n or depth > 50:
            break
    # Rows still not inserted are in a parent cycle (A's parent is B, B's parent is A).
    con.execute(
        """
        UPDATE chk_actors SET errs = list_append(errs, struct_pack(
            field := 'parent', value := parent,
            reason := 'the parent chain is a cycle (an actor is its own ancestor)'))
        WHERE len(errs) = 0 AND actor_id NOT IN (SELECT actor_id FROM actors)
        """
    )
    con.execute(
        """
        CREATE TEMP TABLE actor_keys AS
        SELECT DISTINCT lower(k) AS key, actor_id
        FROM (SELECT actor_id, unnest(list_prepend(name, aliases)) AS k FROM actors)
        """
    )
    finish_file(con, st, "chk_actors", "curated", report)
