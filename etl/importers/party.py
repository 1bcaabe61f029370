"""Who is a party to the war: claims by a warring party versus third-party estimates.

The casualty page separates the two. A claim's answer comes from, in order:

1. `claim_warring_flags`: an explicit per-claim flag set by an importer whose publisher marks
   it (The Economist's "ignore for chart, data from warring parties" column), with
   `flagged_by` naming who decided (`economist`);
2. otherwise the claimant: an actor whose `side` is a warring party (Ukraine, Russia, DPRK) and
   who is not an independent `analyst` (DeepState, UAlosses) speaks for a warring party.

The view `claim_party (claim_id, by_warring_party, decided_by)` gives that answer for every
claim, so a page filters with one join and never re-derives the rule.
"""

from __future__ import annotations

import duckdb

from etl.vocab import sql_in

#: Sides that are parties to the war (vocabulary of etl.vocab.SIDES).
WARRING_SIDES: tuple[str, ...] = ("Ukraine", "Russia", "DPRK")

PARTY_SQL = f"""
CREATE TABLE IF NOT EXISTS claim_warring_flags (
    claim_id      VARCHAR NOT NULL,   -- claims.claim_id
    warring_party BOOLEAN NOT NULL,   -- true: the figure comes from a warring party itself
    flagged_by    VARCHAR NOT NULL    -- who decided: the importer's source name
);
CREATE OR REPLACE VIEW claim_party AS
SELECT w.claim_id,
       coalesce(f.warring_party,
                w.claimant_side IN {sql_in(WARRING_SIDES)} AND a.kind <> 'analyst')
           AS by_warring_party,
       coalesce(f.flagged_by, 'claimant side') AS decided_by
FROM claims_wide w
JOIN actors a ON a.actor_id = w.claimant_id
LEFT JOIN claim_warring_flags f ON f.claim_id = w.claim_id;
"""


def ensure_party_objects(con: duckdb.DuckDBPyConnection) -> None:
    """Create `claim_warring_flags` if absent and (re)create the `claim_party` view."""
    con.execute(PARTY_SQL)
