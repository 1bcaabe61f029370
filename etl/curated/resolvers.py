"""Resolve the cells that name other rows: places (region-aware), documents, claim refs.

Each distinct cell value is resolved once and joined back: a million rows usually carry a few
thousand distinct cells. Claims, responses and events resolve their cells the same way.
"""

from __future__ import annotations

from etl.core.rules import split_sql
from etl.core.schema import OUTLET_JOIN_D, OUTLET_OF_D


def resolve_refs_sql(src: str, list_col: str, keys: str) -> str:
    """Resolve each item of `src.list_col` (per row) against a (key, id) table, keeping order."""
    return f"""
        SELECT s._ord, u.i AS ord, u.item, any_value(k.id) AS id
        FROM {src} s,
             LATERAL (SELECT unnest(s.{list_col}) AS item,
                             generate_subscripts(s.{list_col}, 1) AS i) u
        LEFT JOIN {keys} k ON k.key = lower(u.item)
        GROUP BY s._ord, u.i, u.item
    """


def place_cells_sql(table: str, cell: str, region: str) -> str:
    """Resolve each distinct (places cell, region) once: real data repeats them a lot."""
    return f"""
        WITH cells AS (
            SELECT DISTINCT coalesce({cell}, '') AS cell,
                   coalesce(nullif(trim({region}), ''), '') AS region
            FROM {table}
        ),
        items AS (
            SELECT cell, region, unnest(l) AS item, generate_subscripts(l, 1) AS ord
            FROM (SELECT cell, region, {split_sql("cell")} AS l FROM cells)
        ),
        res AS (
            SELECT i.cell, i.region, i.ord, i.item,
                   CASE WHEN count(DISTINCT k.place_id) FILTER (k.admin1 = i.region) = 1
                             THEN any_value(k.place_id) FILTER (k.admin1 = i.region)
                        WHEN count(DISTINCT k.place_id) = 1 THEN any_value(k.place_id) END AS id,
                   count(DISTINCT k.place_id) AS n,
                   string_agg(DISTINCT k.place_id, ', ' ORDER BY k.place_id) AS cands
            FROM items i LEFT JOIN place_keys k ON k.key = lower(i.item)
            GROUP BY i.cell, i.region, i.ord, i.item
        ),
        once AS (
            -- "Sudzha;Суджа" names one place twice: keep its first mention only.
            SELECT * FROM res
            QUALIFY id IS NULL OR row_number() OVER (PARTITION BY cell, region, id ORDER BY ord) = 1
        ),
        final AS (
            SELECT r.cell, r.region,
                   list(r.id ORDER BY r.ord) FILTER (WHERE r.id IS NOT NULL) AS place_ids,
                   string_agg(p.name, ';' ORDER BY r.ord) AS names,
                   string_agg(r.item, ', ' ORDER BY r.ord) FILTER (WHERE r.n = 0) AS unknown,
                   string_agg(r.item || ' (' || r.cands || ')', ', ' ORDER BY r.ord)
                       FILTER (WHERE r.id IS NULL AND r.n > 1) AS ambiguous
            FROM once r LEFT JOIN places p ON p.place_id = r.id
            GROUP BY r.cell, r.region
        )
        SELECT * FROM final
    """


def doc_cells_sql(table: str, cell: str) -> str:
    """Resolve each distinct documents cell once, with what claims_wide shows about it."""
    return f"""
        WITH cells AS (SELECT DISTINCT coalesce({cell}, '') AS cell FROM {table}),
        items AS (
            SELECT cell, unnest(l) AS item, generate_subscripts(l, 1) AS ord
            -- De-duplicated keeping the written order (list_distinct does not keep it): the
            -- first document is the one a response or event shows.
            FROM (SELECT cell, list_filter(l0, lambda x, i: list_position(l0, x) = i) AS l
                  FROM (SELECT cell, {split_sql("cell")} AS l0 FROM cells))
        ),
        final AS (
            SELECT i.cell,
                   list(d.doc_id ORDER BY i.ord) FILTER (WHERE d.doc_id IS NOT NULL) AS doc_ids,
                   string_agg(i.item, ', ' ORDER BY i.ord)
                       FILTER (WHERE d.doc_id IS NULL) AS unknown,
                   string_agg(DISTINCT {OUTLET_OF_D}, ';' ORDER BY {OUTLET_OF_D}) AS reported_by,
                   -- the first document listed with a URL (`reports.ord`: the source first)
                   arg_min(d.url, i.ord) FILTER (WHERE d.url IS NOT NULL) AS source_url,
                   count(d.doc_id) AS n_docs
            FROM items i LEFT JOIN documents d ON d.doc_id = i.item {OUTLET_JOIN_D}
            GROUP BY i.cell
        )
        SELECT * FROM final
    """
