"""One claim, many reports: rows with the same identity are one claim; each document a report."""

from __future__ import annotations

from pathlib import Path

import duckdb

from tests.helpers import build_in_memory, claim_row, claims_csv, query, write_dataset

FLAT = (
    "claim_id, claimant, claimant_side, channel, stated_on, stated_on_precision, claim_type, "
    "metric, subject, value_low, value_high, qualifier, basis, period_start, period_end, places, "
    "region, verification, reported_by, source_url, quote, n_reports"
)


def _build_claims(tmp_path: Path, name: str, *rows: str) -> duckdb.DuckDBPyConnection:
    """The base dataset with these claims rows, loaded in memory (the rules are under test)."""
    data = write_dataset(tmp_path / name / "data", claims=claims_csv(*rows))
    con, report = build_in_memory(data)
    assert report.quarantine == [], [q.message() for q in report.quarantine]
    return con


def _flat(pointer: duckdb.DuckDBPyConnection) -> list[dict]:
    cols = [c.strip() for c in FLAT.split(",")]
    return [
        dict(zip(cols, r, strict=True))
        for r in query(pointer, f"SELECT {FLAT} FROM claims_flat ORDER BY claim_id")
    ]


def test_two_rows_of_one_claim_from_two_documents_are_one_claim_with_two_reports(tmp_path):
    pointer = _build_claims(
        tmp_path,
        "two-rows",
        claim_row(ref="first", documents="doc-a", places="Plekhovo", quote="Quote from AA."),
        # The same claim as carried by Reuters, written with the canonical claimant name.
        claim_row(
            claimant="Defense Intelligence of Ukraine (HUR)",
            documents="doc-b",
            places="Vorozhba;Plekhovo",
            quote="Quote from Reuters.",
            channel="statement",
        ),
    )
    (flat,) = _flat(pointer)
    assert flat["n_reports"] == 2
    assert flat["reported_by"] == "Anadolu Agency (AA);Reuters"
    assert flat["places"] == "Plekhovo;Vorozhba"
    # The first row gives the descriptive fields.
    assert (flat["quote"], flat["channel"]) == ("Quote from AA.", "Telegram")
    assert query(pointer, "SELECT ref FROM claims") == [("first",)]
    assert sorted(query(pointer, "SELECT doc_id, quote FROM reports")) == [
        ("doc-a", "Quote from AA."),
        ("doc-b", "Quote from Reuters."),
    ]
    assert sorted(query(pointer, "SELECT place_id FROM claim_places")) == [
        ("plekhovo",),
        ("vorozhba-kursk",),
    ]
    # The earliest-published document with a URL is the source link.
    assert flat["source_url"] == "https://example.org/a"


def test_one_row_listing_two_documents_equals_two_rows(tmp_path):
    two_rows = _build_claims(
        tmp_path,
        "two-rows",
        claim_row(ref="k", documents="doc-a", places="Plekhovo;Vorozhba"),
        claim_row(documents="doc-b", places="Plekhovo;Vorozhba"),
    )
    one_row = _build_claims(
        tmp_path, "one-row", claim_row(ref="k", documents="doc-a;doc-b", places="Plekhovo;Vorozhba")
    )
    assert _flat(one_row) == _flat(two_rows)
    (flat,) = _flat(one_row)
    assert flat["n_reports"] == 2
    assert flat["reported_by"] == "Anadolu Agency (AA);Reuters"
    assert flat["places"] == "Plekhovo;Vorozhba"
    for table in ("claims", "reports", "claim_places"):
        sql = f"SELECT * FROM {table} ORDER BY ALL"
        assert query(one_row, sql) == query(two_rows, sql), table


def test_the_same_figure_from_the_same_claimant_on_another_day_is_another_claim(tmp_path):
    pointer = _build_claims(
        tmp_path,
        "two-days",
        claim_row(ref="monday", stated_on="2024-12-16", documents="doc-a"),
        claim_row(ref="tuesday", stated_on="2024-12-17", documents="doc-b"),
    )
    flat = _flat(pointer)
    assert len(flat) == 2
    assert len({f["claim_id"] for f in flat}) == 2
    assert sorted(str(f["stated_on"]) for f in flat) == ["2024-12-16", "2024-12-17"]
    assert [f["n_reports"] for f in flat] == [1, 1]


def test_a_different_bound_or_qualifier_is_another_claim(tmp_path):
    pointer = _build_claims(
        tmp_path,
        "bounds",
        claim_row(ref="at-least-30"),
        claim_row(ref="over-30", qualifier="over"),
        claim_row(ref="exactly-30", qualifier="exact", value_high="30"),
    )
    assert len(_flat(pointer)) == 3


def test_a_bound_is_never_stored_as_an_exact_figure(tmp_path):
    pointer = _build_claims(
        tmp_path,
        "bounds",
        claim_row(ref="at-least", value_low="30", value_high="", qualifier="at_least"),
        claim_row(
            ref="up-to",
            value_low="",
            value_high="12000",
            qualifier="up_to",
            claim_type="deployment",
            metric="troops_deployed",
            basis="cumulative",
            period_start="",
            period_end="",
        ),
        claim_row(
            ref="nearly-half",
            value_low="",
            value_high="",
            qualifier="nearly",
            metric="killed_or_wounded",
            basis="cumulative",
            period_start="",
            period_end="",
        ),
    )
    got = {
        r[0]: r[1:]
        for r in query(
            pointer,
            "SELECT c.ref, f.value_low, f.value_high, f.qualifier "
            "FROM claims c JOIN claims_flat f USING (claim_id)",
        )
    }
    assert got == {
        "at-least": (30, None, "at_least"),
        "up-to": (None, 12000, "up_to"),
        "nearly-half": (None, None, "nearly"),
    }


def test_an_alias_and_the_canonical_name_are_the_same_claimant(tmp_path):
    pointer = _build_claims(
        tmp_path,
        "alias",
        claim_row(ref="by-alias", claimant="GUR", documents="doc-a"),
        claim_row(claimant="Defense Intelligence of Ukraine (HUR)", documents="doc-c"),
    )
    (flat,) = _flat(pointer)
    assert flat["claimant"] == "Defense Intelligence of Ukraine (HUR)"
    assert flat["claimant_side"] == "Ukraine"
    assert flat["n_reports"] == 2
    assert flat["reported_by"] == "Anadolu Agency (AA);Ukrainska Pravda"


def test_a_place_named_twice_in_one_cell_is_linked_once(tmp_path):
    # "Plyokhovo" is an alias of Plekhovo: the cell names one place twice.
    pointer = _build_claims(
        tmp_path, "twice", claim_row(ref="k", places="Plekhovo;Plyokhovo;Vorozhba;plekhovo")
    )
    (flat,) = _flat(pointer)
    assert flat["places"] == "Plekhovo;Vorozhba"
    assert query(pointer, "SELECT place_id FROM claim_places ORDER BY ord") == [
        ("plekhovo",),
        ("vorozhba-kursk",),
    ]


def test_a_response_may_cite_the_ref_of_any_row_of_a_shared_claim(tmp_path):
    # Both rows load (one claim, two reports); the second row's ref must not be lost.
    data = write_dataset(
        tmp_path / "data",
        claims=claims_csv(
            claim_row(ref="by-aa", documents="doc-a"), claim_row(ref="by-reuters", documents="doc-b")
        ),
        responses=(
            "responder,stance,about,claims,stated_on,stated_on_precision,documents,quote\n"
            "Russia,denied,the figure Reuters carried,by-reuters,2024-12-17,day,doc-b,No.\n"
        ),
    )
    pointer, report = build_in_memory(data)
    assert [q.message() for q in report.quarantine] == []
    (claim_id,) = query(pointer, "SELECT claim_id FROM claims")[0]
    assert query(pointer, "SELECT claim_id FROM response_claims") == [(claim_id,)]


def test_the_first_document_written_is_the_one_a_response_shows(tmp_path: Path) -> None:
    """Documents listed as `b;a;b` keep their written order: the response's document is b."""
    docs = (
        "doc_id,outlet,url,title,published_at,language,tags,notes\n"
        "zz-first,Outlet Z,https://z.example/1,Z,2024-12-16,en,,\n"
        "aa-second,Outlet A,https://a.example/1,A,2024-12-16,en,,\n"
    )
    responses = (
        "responder,stance,about,claims,stated_on,stated_on_precision,documents,quote\n"
        "Russia,no_comment,the claims,,2024-12-16,day,zz-first;aa-second;zz-first,Neither commented.\n"
    )
    data = write_dataset(tmp_path / "data", **{"documents.csv": docs, "responses.csv": responses})
    pointer, _report = build_in_memory(data)
    assert query(pointer, "SELECT doc_id FROM responses") == [("zz-first",)]
    assert query(pointer, "SELECT count(*) FROM response_reports") == [(2,)]


def test_a_claims_source_link_is_the_first_document_listed_with_one(tmp_path: Path) -> None:
    """(QA pass 36) With its reports dated alike, a claim linked the first doc_id in alphabetical
    order (F43 showed the Kyiv Independent's link, not TRT World's, the source the curator listed
    first). The link is the first document listed that has a URL, across a claim's rows in file
    order; the Explore table, the hover and the export show it."""
    docs = (
        "doc_id,outlet,url,title,published_at,language,tags,notes\n"
        "no-url,Outlet N,,N,2024-12-16,en,,\n"
        "zz-source,Outlet Z,https://z.example/source,Z,2024-12-16,en,,\n"
        "aa-mirror,Outlet A,https://a.example/mirror,A,2024-12-16,en,,\n"
        "mm-early,Outlet M,https://m.example/early,M,2024-12-15,en,,\n"
    )
    claims = claims_csv(
        claim_row(ref="one", documents="no-url;zz-source;aa-mirror"),
        # a claim of two rows: the first row's documents have no link, the second's do
        claim_row(ref="two-a", value_low="40", documents="no-url"),
        claim_row(ref="two-b", value_low="40", documents="zz-source;mm-early;aa-mirror"),
    )
    data = write_dataset(tmp_path / "data", claims=claims, **{"documents.csv": docs})
    pointer, report = build_in_memory(data)
    assert report.quarantine == [], [q.message() for q in report.quarantine]
    got = query(pointer, "SELECT value_low, source_url, n_reports FROM claims_flat ORDER BY value_low")
    assert got == [(30, "https://z.example/source", 3), (40, "https://z.example/source", 4)]


def test_a_response_quote_of_only_spaces_is_no_quote(tmp_path: Path) -> None:
    """(QA pass 37) A quote cell of spaces loaded as '   ': the Responses table showed an empty
    cell, not that no verbatim quote is on record."""
    responses = (
        "responder,stance,about,claims,stated_on,stated_on_precision,documents,quote,notes\n"
        "Russia,no_comment,the claims,,2024-12-16,day,doc-a,   ,Said nothing (paraphrase)\n"
    )
    data = write_dataset(tmp_path / "data", **{"responses.csv": responses})
    pointer, _report = build_in_memory(data)
    assert query(pointer, "SELECT quote, notes FROM responses") == [(None, "Said nothing (paraphrase)")]
