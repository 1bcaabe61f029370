"""The CSV export cannot smuggle a formula into a spreadsheet, and records its filters."""

from __future__ import annotations

import csv
import datetime as dt
import io
from pathlib import Path

import pandas as pd
import pytest

from claimsdesk.export import export_filename, neutralise, safe_frame, to_safe_csv

HOSTILE = [
    '=HYPERLINK("http://evil.example","click")',
    "+SUM(1,2)",
    "-2+3",
    "@cmd|' /C calc'!A0",
    "\t=1+1",
    "\r=1+1",
]


@pytest.mark.parametrize("cell", HOSTILE)
def test_a_formula_like_text_cell_is_prefixed_with_a_quote(cell: str) -> None:
    assert neutralise(cell) == "'" + cell


@pytest.mark.parametrize("cell", ["HUR claimed", "30", "", "Плехово", "a=b"])
def test_ordinary_text_is_left_alone(cell: str) -> None:
    assert neutralise(cell) == cell


def test_numbers_stay_numbers_even_when_negative() -> None:
    df = pd.DataFrame({"value_low": pd.array([-5, 30, None], dtype="Int64"), "quote": ["=1", "ok", None]})
    out = safe_frame(df)
    assert out["value_low"].tolist()[:2] == [-5, 30]
    assert out["quote"].tolist()[:2] == ["'=1", "ok"]


def test_the_csv_file_is_utf8_with_a_filter_header_and_no_live_formula() -> None:
    df = pd.DataFrame({"claimant": HOSTILE, "places": ["Плехово;Суджа"] * len(HOSTILE)})
    data = to_safe_csv(df, "claimant=HUR; q==evil")
    assert data.startswith(b"\xef\xbb\xbf")
    text = data.decode("utf-8-sig")
    first, rest = text.split("\n", 1)
    assert first.startswith("# Claims Desk export; filters: claimant=HUR; q==evil")
    rows = list(csv.DictReader(io.StringIO(rest)))
    assert len(rows) == len(HOSTILE)
    for row in rows:
        assert not row["claimant"].startswith(("=", "+", "-", "@", "\t", "\r"))
        assert row["places"] == "Плехово;Суджа"


def test_a_header_that_starts_like_a_formula_is_neutralised_too() -> None:
    text = to_safe_csv(pd.DataFrame({"a": [1]}), "x").decode("utf-8-sig")
    assert text.startswith("# Claims Desk")


def test_the_file_name_records_the_filters() -> None:
    name = export_filename(
        "claimant=Defense Intelligence of Ukraine (HUR); type=casualties", dt.date(2026, 1, 2)
    )
    assert name == "claims-2026-01-02-claimant-defense-intelligence-of-ukraine-hur-type-casualties.csv"


# Beyond OWASP's list: what a spreadsheet or an importer may trim or fold before evaluating.
DISGUISED = [
    "\n=1+1",  # a line feed first
    " =1+1",  # a space first
    "   +SUM(1,2)",
    "\u00a0@cmd",  # no-break space
    "\u3000=1",  # ideographic space
    '\uff1dHYPERLINK("http://evil.example")',  # full-width ＝
    "\uff0b1+1",  # full-width ＋
    "\uff0d2+3",  # full-width －
    "\uff20SUM(A1)",  # full-width ＠
    "\ufe66 1",  # small equals sign
    "\u200b=1+1",  # zero-width space
    "\ufeff=1+1",  # BOM
    "\u2060\u200d+1",  # word joiner, zero-width joiner
    "\u202e=1",  # right-to-left override
    "\u00ad-1",  # soft hyphen
    " \u200b \uff1d1",  # mixed
    # (round 42's QA pass) control characters, blank fillers, selectors and tag characters
    "\x00=1+1",  # NUL
    "\x07=1+1",  # BEL
    "\x85=1",  # next line (C1)
    "\u2800=1+1",  # braille blank
    "\u180b=1",  # Mongolian free variation selector
    "\ufe0f=1",  # variation selector 16
    "\U000e0020=1",  # tag space
    "\u0301=1",  # a combining mark alone
    # (QA pass 5) unassigned code points readers draw as nothing
    "\u2065=1",
    "\ufff0=1",
    "\U000e0000=1",
]


@pytest.mark.parametrize("cell", DISGUISED)
def test_a_formula_behind_whitespace_invisible_or_full_width_characters_is_neutralised(
    cell: str,
) -> None:
    assert neutralise(cell) == "'" + cell


@pytest.mark.parametrize("cell", [" Kursk", "\u200bSudzha", "\uff21BC", "\u3000Плехово", "1=1"])
def test_text_behind_whitespace_or_invisible_characters_is_left_alone(cell: str) -> None:
    assert neutralise(cell) == cell


def test_disguised_formulas_are_neutralised_in_the_file() -> None:
    data = to_safe_csv(pd.DataFrame({"quote": DISGUISED}), "x").decode("utf-8-sig")
    rows = list(csv.DictReader(io.StringIO(data.split("\n", 1)[1])))
    assert [r["quote"] for r in rows] == ["'" + c for c in DISGUISED]


def test_the_first_line_counts_the_rows_once_and_says_what_a_capped_download_leaves_out() -> None:
    """(session 20, QA find 10) "rows=9; rows: 9": the count was printed twice."""
    from claimsdesk import export

    described = export.describe_export("claimant=HUR", "stated_on", True, 9)
    assert described == "claimant=HUR; sort=stated_on desc"
    capped = export.describe_export("all", "stated_on", False, export.EXPORT_MAX_ROWS + 5)
    assert capped.endswith(
        f"; the first {export.EXPORT_MAX_ROWS:,} of {export.EXPORT_MAX_ROWS + 5:,} matching claims"
    )


def test_a_link_s_search_with_commas_stays_in_the_first_line_s_one_cell() -> None:
    """(QA pass 5) "q=Kursk,=HYPERLINK(…)" in the filters split the first line into cells, one a formula."""
    text = to_safe_csv(
        pd.DataFrame({"claimant": ["HUR"]}), 'q=Kursk,=HYPERLINK("http://example.invalid","x")'
    ).decode("utf-8-sig")
    first = next(csv.reader(io.StringIO(text)))
    assert len(first) == 1 and first[0].startswith("# Claims Desk export; filters: q=Kursk,=HYPERLINK")
    # a description without commas or quotes is written as before, unquoted
    plain = to_safe_csv(pd.DataFrame({"claimant": ["HUR"]}), "claimant=HUR").decode("utf-8-sig")
    assert plain.startswith("# Claims Desk export; filters: claimant=HUR;")


def test_an_export_of_no_claims_has_its_header_row(built_curated_db: Path) -> None:
    """(QA pass 21) A link matching no claim ("?q=Kursk,=HYPERLINK(…)") downloaded a file of only
    its first line: no column names, so a spreadsheet or a script reading it found no columns."""
    from claimsdesk import export
    from claimsdesk.filters import Filters
    from etl.core import db

    live = str(db.resolve_live(built_curated_db))
    text = export.filtered_csv(live, Filters(q="no claim says this zzqx"), "stated_on", True, "q").decode(
        "utf-8-sig"
    )
    first, header, *rest = text.split("\r\n")
    assert first.startswith("# Claims Desk export") and "rows: 0" in first
    assert rest == [""]
    some = export.filtered_csv(live, Filters(), "stated_on", True, "all").decode("utf-8-sig")
    assert header == some.split("\r\n")[1] and "claimant" in header.split(",")


def test_an_export_whose_build_was_pruned_reads_the_current_one_and_says_so(
    built_curated_db: Path, tmp_path: Path
) -> None:
    """(QA pass 21) A page left open while the data were rebuilt a few times: its Download CSV
    named a version the builds had pruned, and the click did nothing (the server logged an error)."""
    from claimsdesk import export
    from claimsdesk.filters import Filters
    from etl.core import db
    from tests.helpers import copy_build

    pointer = copy_build(built_curated_db, tmp_path / "db")
    gone = str(tmp_path / "db" / "claims-pruned.duckdb")
    text = export.filtered_csv(gone, Filters(), "stated_on", True, "all", pointer=str(pointer)).decode(
        "utf-8-sig"
    )
    first = text.split("\r\n")[0]
    assert "the data were rebuilt after the page was drawn: this is the current build" in first
    now = export.filtered_csv(str(db.resolve_live(pointer)), Filters(), "stated_on", True, "all")
    assert text.split("\r\n")[1:] == now.decode("utf-8-sig").split("\r\n")[1:]
