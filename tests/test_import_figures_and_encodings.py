"""QA pass 13 (session 26): what the public-dataset importers do with figures that are not whole
numbers, missing figure columns, figures too large to store, and files that are not UTF-8.

Each case used to load silently (rounded or reinterpreted figures, empty figures, gibberish with
only a flag) or end in a traceback. Inputs are the fixtures with one thing changed, written to
tmp_path; each test imports into its own copy of the curated build (`live`).
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from etl.importers.inputs import ImportInputError
from etl.importers.runner import run_import
from tests.helpers import PROJECT_ROOT
from tests.helpers import query as q

FIX = PROJECT_ROOT / "tests" / "fixtures" / "import"
GED = FIX / "ucdp" / "ged_ukraine_sample.csv"
ACLED = FIX / "acled" / "acled_ukraine_russia_2024.csv"
GS = FIX / "general-staff" / "russia_losses_personnel.json"


def _rows(path: Path) -> tuple[list[str], list[list[str]]]:
    """Header and rows of a fixture (its bytes read as Windows-1252 where not UTF-8)."""
    raw = path.read_bytes()
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = raw.decode("cp1252")
    rows = list(csv.reader(io.StringIO(text, newline="")))
    return rows[0], [r for r in rows[1:] if r]


def _clean(fixture: Path, n: int) -> tuple[list[str], list[list[str]]]:
    """The fixture's header and `n` copies of its first row (one that loads), each its own event."""
    header, rows = _rows(fixture)
    key = header.index("id" if "id" in header else "event_id_cnty")
    out = []
    for k in range(n):
        row = list(rows[0])
        row[key] = f"{row[key]}{k}"
        out.append(row)
    return header, out


def _write(path: Path, header: list[str], rows: list[list[str]], encoding: str = "utf-8") -> Path:
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\n").writerows([header, *rows])
    path.write_bytes(buf.getvalue().encode(encoding))
    return path


@pytest.mark.parametrize(
    "cell", ["2.5", "1e3", "0x10", "0b11", "1_0"], ids=["decimal", "exponent", "hex", "binary", "underscore"]
)
def test_a_ucdp_figure_that_is_not_a_whole_number_is_quarantined_not_rounded(
    live: Path, tmp_path: Path, cell: str
) -> None:
    header, rows = _clean(GED, 2)
    best = header.index("best")
    rows[0][header.index("low")], rows[0][best], rows[0][header.index("high")] = "0", cell, "9999"
    res = run_import("ucdp", str(_write(tmp_path / "ged.csv", header, rows)), live, show_progress=False)
    f = res.report.files[0]
    assert (f.rows_read, f.rows_loaded, f.rows_quarantined) == (2, 1, 1)
    assert q(
        live, "SELECT row_number, field, value, reason FROM quarantine WHERE source_file = 'ged.csv'"
    ) == [(2, "best", cell, f"'{cell}' is not a whole number")]


@pytest.mark.parametrize(
    ("cell", "shown"),
    [("1\u00a0200", "1\\u00a0200"), ("\u200b12", "\\u200b12"), ("1\u202f200", "1\\u202f200")],
    ids=["no-break space", "zero-width space", "narrow no-break space"],
)
def test_a_figures_invisible_character_is_named_in_the_message_not_shown_as_a_space(
    live: Path, tmp_path: Path, cell: str, shown: str
) -> None:
    """(QA pass 14) "'1 200' is not a whole number": the no-break space pasted into the figure
    read as a plain space, so the message did not say what was wrong (a trailing one is trimmed
    and loads, as a space does). The message writes it as an escape; the value stays as read."""
    header, rows = _clean(GED, 2)
    rows[0][header.index("low")], rows[0][header.index("best")], rows[0][header.index("high")] = (
        "0",
        cell,
        "9999",
    )
    run_import("ucdp", str(_write(tmp_path / "ged.csv", header, rows)), live, show_progress=False)
    assert q(live, "SELECT value, reason FROM quarantine WHERE source_file = 'ged.csv'") == [
        (cell, f"'{shown}' is not a whole number")
    ]


def test_an_acled_fatality_count_that_is_not_a_whole_number_is_quarantined(
    live: Path, tmp_path: Path
) -> None:
    header, rows = _clean(ACLED, 3)
    col = header.index("fatalities")
    rows[0][col], rows[1][col] = "2.5", "0x10"
    res = run_import("acled", str(_write(tmp_path / "acled.csv", header, rows)), live, show_progress=False)
    f = res.report.files[0]
    assert (f.rows_read, f.rows_loaded, f.rows_quarantined) == (3, 1, 2)
    assert q(
        live, "SELECT field, value FROM quarantine WHERE source_file = 'acled.csv' ORDER BY row_number"
    ) == [
        ("fatalities", "2.5"),
        ("fatalities", "0x10"),
    ]


@pytest.mark.parametrize(
    ("source", "fixture", "drop", "named"),
    [
        ("acled", ACLED, ("fatalities",), "fatalities"),
        ("ucdp", GED, ("low", "best", "high"), "low, best, high"),
    ],
)
def test_a_file_without_its_figure_columns_is_refused_naming_them(
    live: Path, tmp_path: Path, source: str, fixture: Path, drop: tuple[str, ...], named: str
) -> None:
    # it used to load every event with no figure and no word said
    header, rows = _clean(fixture, 2)
    keep = [k for k, h in enumerate(header) if h not in drop]
    path = _write(tmp_path / f"{source}.csv", [header[k] for k in keep], [[r[k] for k in keep] for r in rows])
    before = live.resolve()
    with pytest.raises(ImportInputError, match=rf"row 1 \(header\): missing column\(s\) {named}"):
        run_import(source, str(path), live, show_progress=False)
    assert live.resolve() == before


@pytest.mark.parametrize(
    ("value", "reason"), [("²", '"²" is not a whole number'), (10**20, "is out of range")]
)
def test_a_general_staff_figure_that_int_refuses_or_that_overflows_is_quarantined(
    live: Path, tmp_path: Path, value: object, reason: str
) -> None:
    records = json.loads(GS.read_text(encoding="utf-8"))
    records[0]["personnel"] = value
    path = tmp_path / "russia_losses_personnel.json"
    path.write_text(json.dumps(records), encoding="utf-8")
    res = run_import("general-staff", str(path), live, show_progress=False)
    assert res.report.files[0].rows_quarantined == 1
    (got,) = q(
        live, "SELECT field, reason FROM quarantine WHERE source_file = 'russia_losses_personnel.json'"
    )
    assert got[0] == "personnel" and reason in got[1]


def test_an_economist_figure_too_large_to_store_is_quarantined(live: Path, tmp_path: Path) -> None:
    header, rows = _rows(FIX / "economist" / "estimates.csv")
    k, col = next((k, c) for k, r in enumerate(rows) for c in range(len(r)) if r[c] == "390580")
    rows[k][col] = "99999999999999999999"
    res = run_import(
        "economist", str(_write(tmp_path / "estimates.csv", header, rows)), live, show_progress=False
    )
    f = res.report.files[0]
    assert f.rows_read == f.rows_loaded + f.rows_quarantined
    assert q(live, "SELECT row_number, value, reason FROM quarantine WHERE reason LIKE '%out of range%'") == [
        (
            k + 2,
            "99999999999999999999",
            "'99999999999999999999' is out of range (the largest figure is 9,223,372,036,854,775,807)",
        )
    ]


def test_cyrillic_windows_1251_rows_are_read_as_such_and_said_on_the_console(
    live: Path, tmp_path: Path
) -> None:
    # they used to load as "Êóðñê" with only a flag on each event
    header, rows = _clean(ACLED, 2)
    rows[0][header.index("location")] = "Курск"
    rows[0][header.index("notes")] = "Погибли 5 военнослужащих"
    path = _write(tmp_path / "acled.csv", header, rows, encoding="cp1251")
    res = run_import("acled", str(path), live, show_progress=False)
    assert q(live, "SELECT place_name, quote FROM events WHERE flags LIKE '%not_utf8%'") == [
        ("Курск", "Погибли 5 военнослужащих")
    ]
    assert any("1 row(s) were not UTF-8 and were read as Windows-1251" in w for w in res.outcomes[0].warnings)


def test_a_western_stray_byte_is_still_read_as_windows_1252(live: Path, tmp_path: Path) -> None:
    # (negative) "Kraków" saved as Windows-1252 is not taken for Cyrillic
    header, rows = _clean(ACLED, 1)
    rows[0][header.index("location")] = "Kraków"
    res = run_import(
        "acled", str(_write(tmp_path / "acled.csv", header, rows, "cp1252")), live, show_progress=False
    )
    assert q(live, "SELECT place_name FROM events WHERE flags LIKE '%not_utf8%'") == [("Kraków",)]
    assert any("read as Windows-1252" in w for w in res.outcomes[0].warnings)


def test_a_utf16_export_with_its_byte_order_mark_loads(live: Path, tmp_path: Path) -> None:
    # Excel's "Unicode text" CSV: it used to fail with "missing column(s) … is this an ACLED export?"
    header, rows = _clean(ACLED, 3)
    path = _write(tmp_path / "acled.csv", header, rows, encoding="utf-16")
    res = run_import("acled", str(path), live, show_progress=False)
    f = res.report.files[0]
    assert (f.rows_read, f.rows_loaded, f.rows_quarantined) == (3, 3, 0)
    assert res.outcomes[0].warnings == []


# --- QA pass 14: what the fixes above missed ----------------------------------------------


def test_polish_windows_1250_rows_are_not_taken_for_cyrillic(live: Path, tmp_path: Path) -> None:
    # "Żółkiew" and "łóżko" in Windows-1250 hold three such bytes in a row, and were read as
    # Windows-1251 ("Їуіkiew"); a Cyrillic word is made of those bytes only
    header, rows = _clean(ACLED, 2)
    rows[0][header.index("location")] = "Żółkiew"
    rows[0][header.index("notes")] = "Ostrzał koło Żółkiewki; łóżko szpitalne"
    path = _write(tmp_path / "acled.csv", header, rows, encoding="cp1250")
    res = run_import("acled", str(path), live, show_progress=False)
    assert q(live, "SELECT place_name, quote FROM events WHERE flags LIKE '%not_utf8%'") == [
        ("Żółkiew", "Ostrzał koło Żółkiewki; łóżko szpitalne")
    ]
    assert any("read as Windows-1250" in w for w in res.outcomes[0].warnings)


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be"])
def test_a_utf16_or_utf32_export_without_a_byte_order_mark_loads(
    live: Path, tmp_path: Path, encoding: str
) -> None:
    # it used to fail with "missing column(s) … is this an ACLED export?"
    header, rows = _clean(ACLED, 3)
    res = run_import("acled", str(_write(tmp_path / "acled.csv", header, rows, encoding)), live, False)
    f = res.report.files[0]
    assert (f.rows_read, f.rows_loaded, f.rows_quarantined) == (3, 3, 0)


def test_an_acled_figure_past_bigint_is_out_of_range_not_a_fraction(live: Path, tmp_path: Path) -> None:
    header, rows = _clean(ACLED, 2)
    rows[0][header.index("fatalities")] = "9223372036854775808"
    run_import("acled", str(_write(tmp_path / "acled.csv", header, rows)), live, show_progress=False)
    assert q(live, "SELECT reason FROM quarantine WHERE source_file = 'acled.csv'") == [
        ("'9223372036854775808' is out of range (the largest figure is 9,223,372,036,854,775,807)",)
    ]


def test_a_general_staff_folder_with_a_renamed_copy_is_refused_naming_it(live: Path, tmp_path: Path) -> None:
    # "russia_losses_personnel(1).json" beside the equipment file was left out without a word
    folder = tmp_path / "gs"
    folder.mkdir()
    (folder / "russia_losses_personnel(1).json").write_text(GS.read_text(encoding="utf-8"), encoding="utf-8")
    (folder / "russia_losses_equipment.json").write_text(
        (FIX / "general-staff" / "russia_losses_equipment.json").read_text(encoding="utf-8"), encoding="utf-8"
    )
    before = live.resolve()
    with pytest.raises(
        ImportInputError, match=r"russia_losses_personnel\(1\)\.json is not one of the dataset"
    ):
        run_import("general-staff", str(folder), live, show_progress=False)
    assert live.resolve() == before
