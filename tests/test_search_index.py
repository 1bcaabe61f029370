"""Quote search by index: word semantics, and the index agrees with the quotes it was built from."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from claimsdesk import queries
from claimsdesk.filters import Filters
from etl.cli import main as etl_main
from etl.core.search_index import words
from tests.helpers import ROOT, copy_build, query, readonly

IMPORT_FIXTURES = ROOT / "tests" / "fixtures" / "import"


def test_words_are_lower_case_runs_of_letters_and_digits() -> None:
    assert words("Near KURILOVKA, at least 30 — Курилівка's HUR_x") == [
        "near",
        "kurilovka",
        "at",
        "least",
        "30",
        "курилівка",
        "s",
        "hur",
    ]
    assert words("…, —") == []
    assert words("a a A") == ["a"]


def ids(pointer: Path, q: str) -> set[str]:
    with readonly(pointer) as con:
        df = queries.explore(con, Filters(q=q), limit=100_000)  # type: ignore[arg-type]
        assert queries.count_claims(con, Filters(q=q)) == len(df)  # type: ignore[arg-type]
    return set(df["claim_id"])


def test_search_matches_whole_words_in_any_order_and_case(built_default_db: Path) -> None:
    kurilovka = ids(built_default_db, "Kurilovka")
    assert kurilovka, "the seed's missing-soldiers claim names Kurilovka"
    assert ids(built_default_db, "kurilovka.") == kurilovka == ids(built_default_db, "KURILOVKA")
    assert ids(built_default_db, "Kurilov") == set(), "words, not substrings or prefixes"
    both = ids(built_default_db, "North Korean")
    assert both and both == ids(built_default_db, "korean north")
    assert both <= ids(built_default_db, "korean") and both <= ids(built_default_db, "north")
    assert ids(built_default_db, "-- ;") == set(), "a search without letters or digits matches nothing"


def test_the_index_agrees_with_the_quotes(built_default_db: Path) -> None:
    rows = query(built_default_db, "SELECT claim_id, quote FROM claims_wide")
    # Independent of the index's own tokenizer: Python's idea of a word (letters and digits).
    by_claim = {cid: set(re.findall(r"[^\W_]+", (q or "").lower())) for cid, q in rows}
    vocabulary = sorted({w for ws in by_claim.values() for w in ws})
    assert len(vocabulary) > 100
    for w in vocabulary[:: max(1, len(vocabulary) // 40)]:
        expected = {cid for cid, ws in by_claim.items() if w in ws}
        assert ids(built_default_db, w) == expected, w
    # Two words: both must be there.
    a, b = "north", "soldiers"
    assert ids(built_default_db, f"{a} {b}") == {cid for cid, ws in by_claim.items() if {a, b} <= ws}


def test_the_index_is_stored_in_token_order(built_default_db: Path) -> None:
    tokens = [t for (t,) in query(built_default_db, "SELECT token FROM quote_tokens")]
    assert len(tokens) > 100
    assert tokens == sorted(tokens), "sorted by token, so a word's rows sit in few row groups"


@pytest.mark.parametrize("q", ["Kurilovka", "North Korean"])
def test_a_search_combines_with_other_filters(built_default_db: Path, q: str) -> None:
    everyone = ids(built_default_db, q)
    with readonly(built_default_db) as con:
        df = queries.explore(con, Filters(q=q, claim_types=("missing",)), limit=1000)  # type: ignore[arg-type]
    assert set(df["claim_id"]) <= everyone
    assert set(df["claim_type"]) <= {"missing"}


def test_an_import_publish_rebuilds_the_index(built_default_db: Path, tmp_path: Path) -> None:
    """The index is rebuilt by `etl.core.schema.refresh_derived`, which a build and an import both run.

    An import rewrites claims_wide (new claims, new row ids): every claim with a quote word must
    be in the index with its current row id afterwards, or search would miss or misplace claims.
    """
    pointer = copy_build(built_default_db, tmp_path)
    before = query(pointer, "SELECT count(*) FROM claims_wide")[0][0]
    assert (
        etl_main(
            [
                "import",
                "general-staff",
                str(IMPORT_FIXTURES / "general-staff"),
                "--db",
                str(pointer),
                "--quiet",
            ]
        )
        == 0
    )
    assert query(pointer, "SELECT count(*) FROM claims_wide")[0][0] > before
    indexed = set(
        query(
            pointer,
            "SELECT DISTINCT w.claim_id, q.row_id FROM quote_tokens q "
            "LEFT JOIN claims_wide w ON w.rowid = q.row_id",
        )
    )
    expected = {
        (cid, rid)
        for cid, rid, q in query(pointer, "SELECT claim_id, rowid, quote FROM claims_wide")
        if words(q or "")
    }
    assert indexed == expected


@pytest.mark.parametrize("repeat", [1, 3, 40])
def test_the_index_holds_each_word_once_per_quote(repeat: int) -> None:
    """One (token, row) per distinct word, for short quotes (positional de-duplication) and for
    quotes over SHORT_QUOTE_WORDS words (hashed), with the words the Python side finds."""
    import duckdb

    from etl.core.search_index import SHORT_QUOTE_WORDS, tokens_sql

    quotes = [
        " ".join(["Near Kurilovka, near KURILOVKA"] * repeat) + " — 30 soldiers; 30 Курилівка's",
        " ".join(f"w{i % 7} Ёлка" for i in range(repeat * 2)),
        "…, —",
        "",
        None,
        "a A a_b",
    ]
    assert any(len((q or "").split()) > SHORT_QUOTE_WORDS for q in quotes) == (repeat == 40)
    con = duckdb.connect()
    con.execute("CREATE TABLE claims_wide (quote VARCHAR)")
    con.executemany("INSERT INTO claims_wide VALUES (?)", [[q] for q in quotes])
    got = con.execute(tokens_sql()).fetchall()
    expected = sorted(
        (w, i) for i, q in enumerate(quotes) for w in set(re.findall(r"[^\W_]+", (q or "").lower()))
    )
    assert got == expected
