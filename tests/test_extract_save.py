"""save_accepted: append, de-duplicate into existing claims, never disturb other rows."""

from __future__ import annotations

import csv
import io
import os
from pathlib import Path

import pytest

from etl.extract import extract
from etl.extract.save import CLAIMS_HEADER, save_accepted

REPORTS = Path(__file__).resolve().parent / "reports" / "dev"

ACTORS = """name,aliases,kind,side,parent
DPRK,North Korea;Pyongyang,state,DPRK,
National Intelligence Service (South Korea),NIS;South Korea's spy agency,intelligence,South Korea,
Volodymyr Zelenskyy,Zelenskyy,official,Ukraine,
"""
PLACES = """place_id,name,aliases,kind,admin2,admin1,country_code,lat,lon,coord_precision,source_url,notes
kursk-oblast,Kursk Oblast,,region,,Kursk Oblast,RU,51.75,36.01,exact,,
"""
# CRLF, a quoted multi-line quote, needless quotes: rewriting any of it would change bytes.
CLAIMS = (
    "ref,claimant,channel,stated_on,stated_on_precision,claim_type,metric,subject,value_low,"
    "value_high,qualifier,basis,period_start,period_end,places,region,verification,documents,"
    "quote,notes\r\n"
    "F04,NIS,parliamentary briefing,2024-12-19,day,casualties,killed,DPRK forces,100,,at_least,"
    'period,2024-12-01,2024-12-19,,"Kursk Oblast",unverified,up-2024-12-19,"At least 100, '
    'said the ""NIS"".\r\nSecond line",\r\n'
    "F99,Zelenskyy,,2024-11-07,day,casualties,killed_or_wounded,DPRK forces,,,,,,,,"
    "Kursk Oblast,unverified,up-2024-12-19,First claim,\r\n"
)
DOCUMENTS = (
    "doc_id,outlet,url,title,published_at,language,tags,notes\n"
    "up-2024-12-19,Ukrainska Pravda,https://www.pravda.com.ua/eng/news/2024/12/19/7489788/,,"
    "2024-12-19,en,North Korea,\n"
)


@pytest.fixture()
def data_dir(tmp_path: Path) -> Path:
    d = tmp_path / "data"
    d.mkdir()
    (d / "actors.csv").write_text(ACTORS, encoding="utf-8")
    (d / "places.csv").write_text(PLACES, encoding="utf-8")
    (d / "claims.csv").write_bytes(CLAIMS.encode("utf-8"))
    (d / "documents.csv").write_bytes(DOCUMENTS.encode("utf-8"))
    return d


def _read(name: str) -> tuple[dict[str, str], list[dict[str, object]]]:
    e = extract((REPORTS / f"{name}.txt").read_text(encoding="utf-8"))
    return e.document, e.claims


def test_new_claims_are_appended_and_existing_rows_stay_byte_identical(data_dir: Path) -> None:
    before_claims = (data_dir / "claims.csv").read_bytes()
    before_docs = (data_dir / "documents.csv").read_bytes()
    doc, claims = _read("aa-2024-12-23-zelenskyy-3000-casualties")
    result = save_accepted(data_dir, doc, claims)
    assert (result.added, result.merged, result.document_added) == (6, 0, True)
    after_claims = (data_dir / "claims.csv").read_bytes()
    after_docs = (data_dir / "documents.csv").read_bytes()
    assert after_claims.startswith(before_claims)
    assert after_docs.startswith(before_docs)
    new_lines = after_claims[len(before_claims) :].decode().split("\r\n")
    assert len([ln for ln in new_lines if ln]) == 6  # the file's CRLF is kept
    assert result.doc_id in after_claims.decode()
    assert result.doc_id.startswith("aa-2024-12-23-")
    assert not [p for p in data_dir.iterdir() if p.name.endswith(".tmp")]


def test_same_claim_from_a_new_report_gets_a_row_of_its_own_with_its_words(data_dir: Path) -> None:
    """(QA pass 41 #6) The new document was listed on the claim's row and its report held that
    row's quote; it now has a row of its own, the claim's, with its own words."""
    doc, claims = _read("pravda-2024-12-19-kovalenko-losses")
    doc = {**doc, "outlet": "Yonhap News Agency", "title": "Another outlet's report"}
    before = (data_dir / "claims.csv").read_bytes()
    result = save_accepted(data_dir, doc, claims)
    # NIS killed (F04) and Zelenskyy's figure-less claim (F99) are already there.
    assert (result.added, result.merged) == (2, 2)
    text = (data_dir / "claims.csv").read_bytes().decode("utf-8")
    assert text.encode("utf-8").startswith(before)  # the rows on record stay as they were
    rows = list(csv.DictReader(io.StringIO(text)))
    f04 = next(r for r in rows if r["ref"] == "F04")
    own = [r for r in rows if r["documents"] == result.doc_id and r["value_low"] == "100"]
    assert len(own) == 1 and own[0]["ref"] == ""
    assert {k: own[0][k] for k in ("claimant", "metric", "stated_on", "qualifier", "basis")} == {
        k: f04[k] for k in ("claimant", "metric", "stated_on", "qualifier", "basis")
    }
    nis = next(c for c in claims if c["value_low"] == 100)
    assert own[0]["quote"] == nis["quote"] != f04["quote"]  # its own words, not the fact sheet's


def test_saving_the_same_report_twice_changes_nothing(data_dir: Path) -> None:
    doc, claims = _read("aa-2025-01-13-nis-300-killed")
    first = save_accepted(data_dir, doc, claims)
    snapshot = {p.name: p.read_bytes() for p in data_dir.iterdir()}
    second = save_accepted(data_dir, doc, claims)
    assert second.doc_id == first.doc_id
    assert (second.document_added, second.added, second.merged) == (False, 0, 0)
    assert second.unchanged == len(claims)
    assert {p.name: p.read_bytes() for p in data_dir.iterdir()} == snapshot


def test_a_page_saved_before_its_offset_was_kept_is_the_same_document(data_dir: Path) -> None:
    # (QA pass 40 #6) the extractor now writes "09:00+09:00" where it wrote "09:00": the same page
    # saved again is the document already recorded, not a second one
    doc, claims = _read("aa-2025-01-13-nis-300-killed")
    first = save_accepted(data_dir, {**doc, "url": "", "published_at": "2025-01-13T09:00"}, claims)
    second = save_accepted(data_dir, {**doc, "url": "", "published_at": "2025-01-13T09:00+09:00"}, claims)
    assert (second.doc_id, second.document_added) == (first.doc_id, False)
    third = save_accepted(data_dir, {**doc, "url": "", "published_at": "2025-01-13T10:00+09:00"}, claims)
    assert third.document_added  # (negative) another time is another document


def test_known_document_is_found_by_url(data_dir: Path) -> None:
    doc, claims = _read("pravda-2024-12-19-kovalenko-losses")
    doc = {**doc, "url": "https://www.pravda.com.ua/eng/news/2024/12/19/7489788/"}
    result = save_accepted(data_dir, doc, claims)
    assert (result.doc_id, result.document_added) == ("up-2024-12-19", False)
    assert result.merged == 0 and result.unchanged == 2  # F04/F99 already cite that document


def test_a_failed_replace_leaves_the_files_untouched(data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    snapshot = {p.name: p.read_bytes() for p in data_dir.iterdir()}

    def boom(src: str, dst: str) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", boom)
    doc, claims = _read("kbs-2025-04-30-nis-600-killed")
    with pytest.raises(OSError):
        save_accepted(data_dir, doc, claims)
    assert {p.name: p.read_bytes() for p in data_dir.iterdir()} == snapshot


def test_columns_follow_the_files_own_header_order(data_dir: Path) -> None:
    header = [
        "documents",
        "claimant",
        "metric",
        "value_low",
        "value_high",
        "qualifier",
        "subject",
        "stated_on",
        "stated_on_precision",
        "claim_type",
        "basis",
        "period_start",
        "period_end",
        "quote",
    ]
    (data_dir / "claims.csv").write_text(",".join(header) + "\n", encoding="utf-8")
    doc, claims = _read("kbs-2025-04-30-nis-600-killed")
    save_accepted(data_dir, doc, claims)
    lines = (data_dir / "claims.csv").read_text(encoding="utf-8").splitlines()
    assert lines[0] == ",".join(header)
    assert lines[1].split(",")[1:6] == [
        "National Intelligence Service (South Korea)",
        "killed",
        "600",
        "600",
        "about",
    ]


def test_missing_files_are_created_with_the_readme_columns(tmp_path: Path) -> None:
    d = tmp_path / "empty"
    d.mkdir()
    doc, claims = _read("kbs-2025-04-30-nis-600-killed")
    result = save_accepted(d, doc, claims)
    assert result.added == len(claims)
    first = (d / "claims.csv").read_text(encoding="utf-8").splitlines()[0]
    assert first == ",".join(CLAIMS_HEADER)
    assert (d / "documents.csv").read_text(encoding="utf-8").startswith("doc_id,outlet,url,")


def test_a_new_row_after_a_last_line_ending_in_a_bare_cr_starts_a_line_of_its_own(data_dir: Path) -> None:
    """(QA pass 5) the new row was glued after the CR ("…,\\rx-9fee…"), and the rebuild refused the file."""
    lf = CLAIMS.replace("\r\n", "\n")
    (data_dir / "claims.csv").write_bytes((lf[:-1] + "\r").encode("utf-8"))  # the last LF a bare CR
    doc, claims = _read("aa-2024-12-23-zelenskyy-3000-casualties")
    save_accepted(data_dir, doc, claims)
    text = (data_dir / "claims.csv").read_bytes().decode("utf-8")
    assert "\r" not in text.replace('"NIS"".\n', "")  # no CR is left anywhere outside the quote
    assert text.startswith(lf) and len(text.splitlines()) > len(lf.splitlines())


def test_a_figure_corrected_after_its_save_replaces_the_row_it_saved(data_dir: Path) -> None:
    """(QA pass 28) Saved as 9001, corrected in the grid to 9002 and saved again: a second claim
    with the same quote and document contradicted the first ("1 claim(s) added" twice)."""
    doc, claims = _read("aa-2025-01-13-nis-300-killed")
    claim = next(c for c in claims if c["value_low"] == 300)
    first = save_accepted(data_dir, doc, [{**claim, "value_low": 9001, "value_high": 9001}])
    assert first.added == 1
    others = (data_dir / "claims.csv").read_bytes().split(b"\r\n")
    second = save_accepted(data_dir, doc, [{**claim, "value_low": 9002, "value_high": 9002}])
    assert (second.added, second.corrected, second.doc_id) == (0, 1, first.doc_id)
    text = (data_dir / "claims.csv").read_text(encoding="utf-8")
    assert "9001" not in text and text.count(",9002,9002,") == 1
    assert second.refs == first.refs  # the row keeps its ref: responses saved with it still link
    after = (data_dir / "claims.csv").read_bytes().split(b"\r\n")
    assert len(after) == len(others)
    assert [a for a, b in zip(after, others, strict=True) if a != b] == [
        a for a in after if b"9002" in a
    ]  # only that row changed
    # negatives: another figure of the same quote (a new metric) is a claim of its own, and the
    # same figure again is on record
    wounded = {**claim, "metric": "wounded", "value_low": 2700, "value_high": 2700}
    assert save_accepted(data_dir, doc, [wounded]).added == 1
    assert save_accepted(data_dir, doc, [{**claim, "value_low": 9002, "value_high": 9002}]).unchanged == 1


def test_corrections_touch_only_the_row_corrected(data_dir: Path) -> None:
    """(QA pass 29) Two claims of one quote: saving the second after the first had replaced the
    first ("1 corrected"), and correcting one of two saved rows added a third; a corrected day
    added a second claim."""
    doc, claims = _read("aa-2025-01-13-nis-300-killed")
    claim = next(c for c in claims if c["value_low"] == 300)
    low = {**claim, "value_low": 300, "value_high": 300}
    rng = {**claim, "value_low": 250, "value_high": 350, "qualifier": "range"}

    def rows() -> list[tuple[str, str, str]]:
        text = (data_dir / "claims.csv").read_text(encoding="utf-8")
        return sorted(
            (r["value_low"], r["value_high"], r["stated_on"])
            for r in csv.DictReader(io.StringIO(text))
            if r["quote"] == claim["quote"]
        )

    assert save_accepted(data_dir, doc, [rng]).added == 1
    second = save_accepted(data_dir, doc, [rng, low])  # both ticked: the range stays
    assert (second.added, second.unchanged, second.corrected) == (1, 1, 0)
    assert rows() == [("250", "350", claim["stated_on"]), ("300", "300", claim["stated_on"])]
    third = save_accepted(data_dir, doc, [rng, {**low, "value_low": 310, "value_high": 310}])
    assert (third.added, third.corrected) == (0, 1)
    assert rows() == [("250", "350", claim["stated_on"]), ("310", "310", claim["stated_on"])]
    fourth = save_accepted(
        data_dir, doc, [rng, {**low, "value_low": 310, "value_high": 310, "stated_on": "2025-01-12"}]
    )
    assert (fourth.added, fourth.corrected) == (0, 1)
    assert rows() == [("250", "350", claim["stated_on"]), ("310", "310", "2025-01-12")]


def test_a_correction_of_a_row_other_documents_report_too_is_refused_with_nothing_written(
    data_dir: Path,
) -> None:
    """(QA pass 29) The first save merged the figure into a row another document reports; the
    correction then added a claim while the document still reported the old figure there."""
    doc, claims = _read("pravda-2024-12-19-kovalenko-losses")
    doc = {**doc, "outlet": "Yonhap News Agency", "title": "Another outlet's report"}
    # the same words as F04's row: the document goes on that row (QA pass 41: other words get a
    # row of their own, which a correction may change)
    on_record = next(r for r in csv.DictReader(io.StringIO(CLAIMS)) if r["ref"] == "F04")["quote"]
    claims = [{**c, "quote": on_record} if c["value_low"] == 100 else c for c in claims]
    first = save_accepted(data_dir, doc, claims)
    assert first.merged == 2  # (F04 and F99 are the fact sheet's rows, reported by another document)
    f04 = next(c for c in claims if c["value_low"] == 100)
    before = {p.name: p.read_bytes() for p in data_dir.iterdir()}
    with pytest.raises(ValueError, match="other documents report too; nothing was saved"):
        save_accepted(data_dir, doc, [{**f04, "value_low": 110}])
    assert {p.name: p.read_bytes() for p in data_dir.iterdir()} == before


def test_a_correction_of_a_reports_own_row_changes_that_row_alone(data_dir: Path) -> None:
    """(QA pass 41 #6) A report with words of its own has a row of its own: its correction
    changes that row, and the claim the other document reports stays."""
    doc, claims = _read("pravda-2024-12-19-kovalenko-losses")
    doc = {**doc, "outlet": "Yonhap News Agency", "title": "Another outlet's report"}
    first = save_accepted(data_dir, doc, claims)
    f04 = next(c for c in claims if c["value_low"] == 100)
    fixed = save_accepted(data_dir, doc, [{**f04, "value_low": 110}])
    assert (fixed.corrected, fixed.added) == (1, 0)
    rows = list(csv.DictReader(io.StringIO((data_dir / "claims.csv").read_text("utf-8"))))
    assert next(r for r in rows if r["ref"] == "F04")["value_low"] == "100"
    assert [r["value_low"] for r in rows if r["documents"] == first.doc_id and r["metric"] == "killed"] == [
        "110"
    ]


def test_a_new_report_of_a_claim_on_two_rows_goes_last_and_leaves_its_source_first(data_dir: Path) -> None:
    """(QA pass 37) A claim on two rows (the seed's AA row, with no link, then F42 listing the
    Kyiv Independent first): a new report was appended to the first row, came before F42's
    documents, and became the claim's source link. It goes last, on the claim's last row."""
    text = (data_dir / "claims.csv").read_bytes().decode("utf-8")
    twin = text.split("\r\n")[1].replace("F04,", "F04b,", 1).replace(",up-2024-12-19,", ",ki-2024-12-19,", 1)
    (data_dir / "claims.csv").write_bytes(
        (text + twin.split('"At least')[0] + '"Second row",\r\n').encode("utf-8")
    )
    row = next(r for r in csv.DictReader(io.StringIO(text)) if r["ref"] == "F04")
    # (the last row's words: other words go on a row of their own, QA pass 41 #6)
    claim = {k: v for k, v in row.items() if k not in ("ref", "documents")} | {
        "claim_id": "x",
        "quote": "Second row",
    }
    doc = {
        "outlet": "Yonhap",
        "url": "https://en.yna.co.kr/view/nis-100",
        "title": "NIS: 100",
        "published_at": "2024-12-19",
    }
    result = save_accepted(data_dir, doc, [claim])
    assert result.merged == 1
    rows = {
        r["ref"]: r["documents"]
        for r in csv.DictReader(io.StringIO((data_dir / "claims.csv").read_text("utf-8")))
    }
    assert rows["F04"] == "up-2024-12-19"  # the first row, and the source first, as written
    assert rows["F04b"] == f"ki-2024-12-19;{result.doc_id}"


def test_a_report_already_on_a_middle_row_of_a_claim_is_not_added_again(data_dir: Path) -> None:
    """(QA pass 38) A claim on three rows, its documents yonhap / kbs / ians: saving the KBS
    report again appended it to the last row (the save read only the first and last rows)."""
    text = (data_dir / "claims.csv").read_bytes().decode("utf-8")
    first = text.split("\r\n")[1]
    head = first.split('"At least')[0]
    rows = [
        head.replace("F04,", f"F04{c},", 1).replace(",up-2024-12-19,", f",{d},", 1)
        for c, d in (("b", "kbs-1"), ("c", "ians-1"))
    ]
    (data_dir / "claims.csv").write_bytes(
        (text + "".join(r + '"Another row",\r\n' for r in rows)).encode("utf-8")
    )
    (data_dir / "documents.csv").write_bytes(
        (
            (data_dir / "documents.csv").read_text("utf-8")
            + "kbs-1,KBS,https://kbs.example/1,,2024-12-19,en,,\n"
        ).encode("utf-8")
    )
    row = next(r for r in csv.DictReader(io.StringIO(text)) if r["ref"] == "F04")
    claim = {k: v for k, v in row.items() if k not in ("ref", "documents")} | {"claim_id": "x"}
    before = (data_dir / "claims.csv").read_bytes()
    result = save_accepted(
        data_dir,
        {"outlet": "KBS", "url": "https://kbs.example/1", "title": "", "published_at": "2024-12-19"},
        [claim],
    )
    assert result.doc_id == "kbs-1" and result.merged == 0
    assert (data_dir / "claims.csv").read_bytes() == before


def test_a_correction_of_two_figures_of_one_sentence_changes_both_rows(data_dir: Path) -> None:
    """(QA pass 41 #5) Two figures of one sentence (one claimant, metric and quote): changing the
    day of both after a save added two claims and left the two stale ones on the chart (with one
    figure per sentence the same edit was "1 corrected"). Each is now paired with its own row: by
    its figure when the day changed, by its day when the figure did."""
    quote = "Some 1,500 were killed or wounded in January, bringing the total to more than 4,000, the ministry said."
    base = {
        "claim_id": "proposed",
        "claimant": "NIS",
        "channel": "",
        "stated_on": "2025-02-02",
        "stated_on_precision": "day",
        "claim_type": "casualties",
        "metric": "killed_or_wounded",
        "subject": "DPRK forces",
        "region": "Kursk Oblast",
        "verification": "unverified",
        "quote": quote,
        "places": "",
    }
    month = {**base, "value_low": 1500, "value_high": 1500, "qualifier": "about", "basis": "period"}
    total = {**base, "value_low": 4000, "value_high": None, "qualifier": "over", "basis": "cumulative"}
    doc = {
        "outlet": "UK MoD",
        "url": "https://example.org/mod",
        "title": "Update",
        "published_at": "2025-02-03",
    }
    first = save_accepted(data_dir, doc, [month, total])
    assert first.added == 2
    rows_before = (data_dir / "claims.csv").read_text("utf-8").count("\r\n")
    redated = save_accepted(
        data_dir, doc, [{**month, "stated_on": "2025-02-03"}, {**total, "stated_on": "2025-02-03"}]
    )
    assert (redated.corrected, redated.added) == (2, 0)
    refigured = save_accepted(
        data_dir,
        doc,
        [
            {**month, "stated_on": "2025-02-03", "value_low": 1600, "value_high": 1600},
            {**total, "stated_on": "2025-02-03"},
        ],
    )
    assert (refigured.corrected, refigured.added, refigured.unchanged) == (1, 0, 1)
    text = (data_dir / "claims.csv").read_text("utf-8")
    assert text.count("\r\n") == rows_before
    rows = [r for r in csv.DictReader(io.StringIO(text)) if r["documents"] == first.doc_id]
    assert sorted((r["stated_on"], r["value_low"]) for r in rows) == [
        ("2025-02-03", "1600"),
        ("2025-02-03", "4000"),
    ]
