"""The quote search index: a token table built with the database, so search reads an index.

`quote_tokens(token, row_id)` holds one row per distinct word of each claim's quote, sorted by
token (then row), so a word's rows sit together and DuckDB's per-row-group min/max skip the
rest: a lookup reads a few row groups instead of scanning every quote (stack-traps note 18:
8 ms against 61-91 ms for a scan at 1M quotes, and scans grow with the data). `row_id` is the
claim's `claims_wide.rowid`: the dashboard filters `claims_wide.rowid IN (...)`, which DuckDB
turns into row-range skips (3 ms at 1M claims) where matching string ids needs a full scan of
`claim_id` (52 ms). Row ids hold because the index is rebuilt by `etl.core.schema.refresh_derived`
after anything changes claims_wide, and a published database is never written again.

No claim id column: the row id names the claim (`claims_wide.claim_id` at that row), and a copy
of the 17-character id on every word's row doubled the index's build time (the sort carried it,
the file stored 6.5M random strings at 1M claims) for nothing the search reads.

Word semantics (README, "Search quotes"): a word is a run of letters and digits (Unicode),
compared in lower case; punctuation separates words. A search matches the claims whose quote
contains every word of the search, in any order. "Kurilovka" finds "near Kurilovka." but
"Kurilov" does not find it (no substrings or prefixes).
"""

from __future__ import annotations

import re

import duckdb

#: A word: letters and digits (no underscore), the same as RE2's [\p{L}\p{N}]+ in the index.
_WORD_PY = re.compile(r"[^\W_]+")
MAX_WORDS = 8


def words(text: str) -> list[str]:
    """The distinct search words of `text`, as the index stores them (lower case, in order)."""
    return list(dict.fromkeys(_WORD_PY.findall(text.lower())))[:MAX_WORDS]


#: Quotes of up to this many words drop repeated words with a positional filter (each word
#: kept where it first occurs); longer ones with `list_distinct`. Why: on short lists the filter
#: costs a tenth of `list_distinct`'s hashing (0.1 against 0.7-1.0 CPU s over 1M quotes of
#: 8 words), but it compares every pair, so a long quote takes the hash.
SHORT_QUOTE_WORDS = 32


def tokens_sql(rows: str = "claims_wide", where: str = "true") -> str:
    """The (token, row_id) rows of `rows` (claims_wide or a copy of some of its rows)."""
    row_id = "rowid" if rows == "claims_wide" else "NULL"
    return rf"""
        SELECT token, row_id
        FROM (
            SELECT row_id,
                   unnest(CASE WHEN len(w) <= {SHORT_QUOTE_WORDS}
                               THEN list_filter(w, lambda x, i: list_position(w, x) = i)
                               ELSE list_distinct(w) END) AS token
            FROM (
                SELECT {row_id} AS row_id,
                       string_split(regexp_replace(lower(quote), '[^\p{{L}}\p{{N}}]+', ' ', 'g'), ' ') AS w
                FROM {rows}
                WHERE quote IS NOT NULL AND ({where})
            )
        )
        WHERE token <> ''
        ORDER BY token, row_id
        """


def build_search_index(con: duckdb.DuckDBPyConnection) -> None:
    """(Re)build `quote_tokens` from `claims_wide` (call after anything changes claims).

    Words are cut by replacing every run of non-word characters with a space and splitting
    (faster than a regex split or extract); each word is kept once per claim (SHORT_QUOTE_WORDS).
    """
    con.execute("CREATE OR REPLACE TABLE quote_tokens AS " + tokens_sql())


def insert_search_rows(con: duckdb.DuckDBPyConnection, where: str) -> None:
    """Add the tokens of the claims_wide rows matching `where` (SQL written in code)."""
    con.execute("INSERT INTO quote_tokens " + tokens_sql(where=where))
