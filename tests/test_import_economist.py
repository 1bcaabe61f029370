"""The Economist's estimates tables: a fixture with the real file's quirks, and the real sample.

tests/fixtures/import/economist/estimates.csv has what the real table has (thousands
separators in quoted cells, one-digit days and months, a note inside a source name with a
trailing space, notes in place of or after a URL, spelling variants of one source, a lower
figure alone, the warring-party column) plus messy rows that must be quarantined (a note in a
value cell, columns shifted left, no such date, low above high, a missing column, a second
figure for the same claim). uk-mod-monthly.csv is the month-by-month table's shape.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from etl.build import build
from etl.cli import main
from etl.core import db
from etl.core.schema import check_integrity
from etl.importers.economist import POINT_NOTE, REPO_URL
from etl.importers.runner import run_import
from etl.importers.sources import source_steps
from tests.helpers import build_in_memory, copy_build, imported_copy
from tests.helpers import query as q

PROJECT = Path(__file__).resolve().parents[1]
DATA = PROJECT / "data"
FIX = PROJECT / "tests" / "fixtures" / "import" / "economist"
ESTIMATES = FIX / "estimates.csv"
MONTHLY = FIX / "uk-mod-monthly.csv"
SAMPLE = Path(__file__).resolve().parents[2] / "shared" / "samples" / "economist"


@pytest.fixture(scope="module")
def imported(built_curated_db: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The fixture tables imported once per module; the tests read them (writers: `imported_rw`)."""
    return imported_copy(built_curated_db, tmp_path_factory.mktemp("economist"), "economist", FIX)


@pytest.fixture
def imported_rw(live: Path) -> Path:
    """The fixture tables imported into this test's own copy (it imports again)."""
    run_import("economist", str(FIX), live, show_progress=False)
    return live


def claim(ptr: Path, where: str, params: list | None = None) -> dict:
    """The one claims_wide row (with notes and the party view) matching `where`."""
    with db.connect_readonly(db.resolve_live(ptr)) as con:
        cur = con.execute(
            "SELECT w.*, c.notes, p.by_warring_party, p.decided_by FROM claims_wide w "
            "JOIN (SELECT claim_id, notes FROM claims) c USING (claim_id) "
            "JOIN claim_party p USING (claim_id) "
            f"WHERE w.source = 'economist' AND {where}",
            params or [],
        )
        names = [d[0] for d in cur.description]
        rows = cur.fetchall()
    assert len(rows) == 1, (where, rows)
    return dict(zip(names, rows[0], strict=True))


def test_every_row_is_loaded_or_quarantined_naming_file_row_and_field(imported: Path) -> None:
    assert q(
        imported,
        "SELECT source_file, rows_read, rows_loaded, rows_quarantined, "
        "CAST(date_min AS VARCHAR), CAST(date_max AS VARCHAR) FROM load_log "
        "WHERE source = 'economist' ORDER BY 1",
    ) == [
        ("estimates.csv", 18, 12, 6, "2022-04-01", "2026-06-30"),
        ("uk-mod-monthly.csv", 4, 3, 1, "2022-04-01", "2022-06-01"),
    ]
    rows = q(
        imported,
        "SELECT source_file, row_number, field, value, reason FROM quarantine "
        "WHERE source_file IN ('estimates.csv', 'uk-mod-monthly.csv') "
        "ORDER BY 1, 2",
    )
    assert rows == [
        (
            "estimates.csv",
            14,
            "estimate_low",
            "about 700,000 (Austin)",
            "'about 700,000 (Austin)' is not a whole number (a note in a value cell is not read)",
        ),
        (
            "estimates.csv",
            15,
            "type",
            "NATO officials (via media24)",
            "'NATO officials (via media24)' is not deaths or casualties (shifted columns?)",
        ),
        ("estimates.csv", 16, "date", "31/02/2024", "'31/02/2024' is not a valid dd/mm/yyyy date"),
        ("estimates.csv", 17, "estimate", None, "estimate_low 165000 is above estimate_high 160000"),
        (
            "estimates.csv",
            18,
            "ignore for chart, data from warring parties",
            None,
            "wrong column count (expected 9, found 8): the row ends before column 9, "
            "'ignore for chart, data from warring parties'",
        ),
        (
            "estimates.csv",
            19,
            "estimate",
            "12000-12000",
            "gives the same claim (UK Ministry of Defence, 2022-04-01, killed_or_wounded, Russian "
            "forces) as estimates.csv row 3 with a different figure (11966)",
        ),
        ("uk-mod-monthly.csv", 5, "month", "junee", "'junee' is not a month name"),
    ]
    with db.connect_readonly(db.resolve_live(imported)) as con:
        check_integrity(con)


def test_spelling_variants_are_one_actor_and_via_goes_to_notes(imported: Path) -> None:
    ukmod = q(
        imported,
        "SELECT DISTINCT claimant, claimant_id FROM claims_wide "
        "WHERE source = 'economist' AND claimant LIKE 'UK%'",
    )
    assert ukmod == [("UK Ministry of Defence", "uk-ministry-of-defence")]  # UK MoD + variant
    csis = q(
        imported,
        "SELECT DISTINCT claimant FROM claims_wide WHERE source = 'economist' "
        "AND claimant LIKE '%Strategic%'",
    )
    assert csis == [("Center for Strategic and International Studies (CSIS)",)]
    us = claim(imported, "claimant = 'US officials'")
    assert us["notes"] == "as The Economist lists it: via NYT"
    # An existing actor (data/actors.csv) is found by its own name: not created again.
    afu = claim(imported, "claimant = 'Armed Forces of Ukraine'")
    assert afu["claimant_id"] == "armed-forces-of-ukraine"
    assert q(imported, "SELECT count(*) FROM actors WHERE name ILIKE '%armed forces of ukraine%'") == [
        (2,)
    ]  # AFU and the General Staff of the AFU, as before


def test_values_become_bounds_and_qualifiers_never_invented(imported: Path) -> None:
    point = claim(imported, "claimant = 'Armed Forces of Ukraine'")
    assert (point["value_low"], point["value_high"], point["qualifier"]) == (390580, 390580, "about")
    assert point["notes"] == POINT_NOTE
    up_to = claim(imported, "stated_on = DATE '2022-06-29'")
    assert (up_to["value_low"], up_to["value_high"], up_to["qualifier"]) == (None, 25000, "up_to")
    at_least = claim(imported, "claimant LIKE 'Central Intelligence%'")
    assert (at_least["value_low"], at_least["value_high"], at_least["qualifier"]) == (15000, None, "at_least")
    # (QA pass 36) the CIA said "some 15,000": the bound is the table's reading, and says so
    assert "the source's own wording is not in the table" in at_least["notes"]
    assert "'some', an estimate" in at_least["notes"]
    ranged = claim(imported, "claimant = 'US officials'")
    assert (ranged["value_low"], ranged["value_high"], ranged["qualifier"]) == (70000, 80000, "range")
    with_point = claim(imported, "stated_on = DATE '2024-06-21'")
    assert (with_point["value_low"], with_point["value_high"], with_point["qualifier"]) == (
        106000,
        140000,
        "range",
    )  # "140,000" read; the point estimate kept in notes
    assert with_point["notes"].startswith("point estimate 120,000; ")
    big = claim(imported, "stated_on = DATE '2025-12-01'")  # 1/12/2025, "1,200,000"
    assert (big["value_low"], big["value_high"]) == (1200000, 1200000)


def test_type_and_country_become_metric_and_subject(imported: Path) -> None:
    rows = q(
        imported,
        "SELECT claim_type, metric, subject, basis, count(*) FROM claims "
        "WHERE source = 'economist' AND period_start IS NULL GROUP BY ALL "
        "ORDER BY ALL",
    )
    assert rows == [
        ("casualties", "killed", "Russian forces", "cumulative", 5),
        ("casualties", "killed", "Ukrainian forces", "cumulative", 3),
        # 4 from the estimates table, 2 more from the monthly table (its first is shared)
        ("casualties", "killed_or_wounded", "Russian forces", "cumulative", 6),
    ]


def test_notes_in_the_source_name_and_url_cells_are_kept_as_notes(imported: Path) -> None:
    mivd = claim(imported, "stated_on = DATE '2025-12-31'")
    assert mivd["claimant"] == "Dutch Military Intelligence and Security Service (MIVD)"
    assert mivd["notes"].startswith(
        "The Economist's note in the source name: note, timing clarified via email; "
    )
    assert (mivd["value_low"], mivd["qualifier"]) == (500000, "at_least")
    meduza = claim(imported, "stated_on = DATE '2024-06-21'")
    # A note where the URL should be: no link invented; the table itself is the source link.
    assert meduza["source_url"] == REPO_URL
    assert meduza["n_reports"] == 1
    assert (
        "The Economist's note on the source: new to this piece, via email from Alexandr "
        "at Meduza" in meduza["notes"]
    )
    ual = claim(imported, "claimant = 'UALosses'")
    assert ual["source_url"] == "https://ualosses.org/en/soldiers/"
    assert "one should exclude pre-invasion deaths" in ual["notes"]


def test_warring_party_flag_is_kept_and_queryable_for_every_claim(imported: Path) -> None:
    afu = claim(imported, "claimant = 'Armed Forces of Ukraine'")
    assert (afu["by_warring_party"], afu["decided_by"]) == (True, "economist")
    cia = claim(imported, "claimant LIKE 'Central Intelligence%'")
    assert (cia["by_warring_party"], cia["decided_by"]) == (False, "claimant side")
    # (session 20, QA find 8) The Economist leaves the leaked Ukrainian estimate's cell empty: no
    # answer, so the claimant's side decides (Kyiv's own estimate of its losses is a warring
    # party's figure, not a third party's).
    leak = claim(imported, "claimant = 'Ukrainian officials'")
    assert (leak["claimant_side"], leak["by_warring_party"], leak["decided_by"]) == (
        "Ukraine",
        True,
        "claimant side",
    )
    assert "leak via WSJ" in leak["notes"]
    # Claims of other sources are answered from the claimant (side and kind).
    assert q(
        imported,
        "SELECT DISTINCT w.claimant_side, p.by_warring_party, p.decided_by "
        "FROM claims_wide w JOIN claim_party p USING (claim_id) "
        "WHERE w.claimant = 'Defense Intelligence of Ukraine (HUR)'",
    ) == [("Ukraine", True, "claimant side")]
    assert q(imported, "SELECT count(*) FROM claim_party") == q(imported, "SELECT count(*) FROM claims_wide")


def test_an_unknown_source_becomes_an_actor_that_claims_nothing_about_itself(
    imported: Path,
) -> None:
    assert q(
        imported,
        "SELECT actor_id, kind, side, parent_id FROM actors "
        "WHERE name = 'Estonian Foreign Intelligence Service'",
    ) == [("estonian-foreign-intelligence-service", "group", "Other", None)]
    assert q(imported, "SELECT warnings FROM import_log WHERE source_file = 'estimates.csv'")[0][
        0
    ].startswith("actor(s) created: ")


def test_uk_mod_monthly_rows_are_period_and_cumulative_claims(imported: Path) -> None:
    months = q(
        imported,
        "SELECT CAST(period_start AS VARCHAR), CAST(period_end AS VARCHAR), "
        "CAST(stated_on AS VARCHAR), value_low, value_high, qualifier "
        "FROM claims WHERE source = 'economist' AND basis = 'period' "
        "ORDER BY 1",
    )
    assert months == [
        ("2022-03-01", "2022-03-31", "2022-04-01", 11966, 11966, "about"),
        ("2022-04-01", "2022-04-30", "2022-05-01", 5790, 5790, "about"),
        ("2022-05-01", "2022-05-31", "2022-06-01", 7161, 7161, "about"),
    ]
    cumulative = q(
        imported,
        "SELECT CAST(stated_on AS VARCHAR), value_low, n_reports "
        "FROM claims_wide WHERE claimant = 'UK Ministry of Defence' "
        "AND basis = 'cumulative' AND metric = 'killed_or_wounded' "
        "ORDER BY 1",
    )
    # 1 April 2022 is in both tables: one claim, reported by the X post and both tables.
    assert cumulative == [("2022-04-01", 11966, 3), ("2022-05-01", 17756, 2), ("2022-06-01", 24917, 2)]
    april = claim(imported, "basis = 'period' AND period_start = DATE '2022-04-01'")
    assert "average 193 a day over 30 days" in april["notes"]
    assert april["source_url"] == "https://x.com/DefenceHQ/status/1876584633103507960/photo/2"
    assert "The Economist" in april["reported_by"]


def test_a_figure_posted_long_after_its_date_says_when_it_was_posted(imported: Path) -> None:
    """(QA pass 23) The UK MoD months from March 2022 on were drawn as "stated 2022-04-01" though
    UK MoD posted them together in January 2025 (the post's X status id gives the day), and the
    cumulative series is the month-by-month table's running total. The date stays the table's
    "as of" date; each such claim's note says when it was posted and what the total is."""
    april = claim(imported, "basis = 'period' AND period_start = DATE '2022-04-01'")
    assert "dated as of 2022-05-01 (The Economist's date), not when it was said" in april["notes"]
    assert "published on 2025-01-07 (its X status id's time stamp)" in april["notes"]
    total = claim(imported, "basis = 'cumulative' AND stated_on = DATE '2022-05-01' AND source = 'economist'")
    assert "running total: the monthly figures added up to this month" in total["notes"]
    assert "published on 2025-01-07" in total["notes"]


def test_a_post_made_within_a_month_of_its_date_gets_no_such_note() -> None:
    """(negative) A post made the month after its figure's date is as good as the date."""
    import datetime as dt

    from etl.importers.economist import posted_note

    url = "https://x.com/DefenceHQ/status/2022574088812630475/photo/2"  # posted 2026-02-14
    assert posted_note(url, dt.date(2026, 2, 1)) is None
    assert posted_note("https://www.economist.com/europe/2022/07/24/x", dt.date(2022, 4, 1)) is None


def test_reimport_changes_nothing(imported_rw: Path) -> None:
    tables = (
        "claims",
        "claims_wide",
        "reports",
        "documents",
        "actors",
        "quarantine",
        "load_log",
        "claim_warring_flags",
    )
    before = {t: q(imported_rw, f"SELECT * FROM {t} ORDER BY ALL") for t in tables}
    again = run_import("economist", str(FIX), imported_rw, show_progress=False)
    assert [o.rows_new for o in again.outcomes] == [0, 0]
    assert {t: q(imported_rw, f"SELECT * FROM {t} ORDER BY ALL") for t in tables} == before


def test_cli_import_economist_path(live: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["import", "economist", str(ESTIMATES), "--db", str(live), "--quiet"]) == 0
    out = capsys.readouterr().out
    assert "estimates.csv" in out and "published" in out
    assert q(live, "SELECT count(*) FROM claims WHERE source = 'economist'") == [(12,)]


def test_a_declared_economist_source_is_part_of_the_build(tmp_path: Path) -> None:
    data = tmp_path / "data"
    shutil.copytree(DATA, data, ignore=shutil.ignore_patterns("claims.duckdb*", ".versions", "sources"))
    shutil.copytree(FIX, data / "sources" / "economist")
    (data / "sources" / "economist.toml").write_text('source = "economist"\npath = "sources/economist"\n')
    ptr, report = build_in_memory(data, source_steps(data))  # a build short of publishing
    counts = {
        f.label: (f.rows_read, f.rows_loaded, f.rows_quarantined)
        for f in report.files
        if f.source == "economist"
    }
    assert counts == {"estimates.csv": (18, 12, 6), "uk-mod-monthly.csv": (4, 3, 1)}
    assert q(ptr, "SELECT count(*) FROM claims WHERE source = 'economist'") == [(17,)]
    assert q(ptr, "SELECT count(*) FROM claim_warring_flags") == [(1,)]  # the one "yes" (empty: no answer)
    assert q(ptr, "SELECT via FROM import_log WHERE source = 'economist' LIMIT 1") == [("build",)]


# --- The real tables (../shared/samples/economist), when present ------------------------------


def test_real_economist_tables_import_without_losing_a_row(live: Path) -> None:
    if not (SAMPLE / "soldier-deaths-casualties-estimates.csv").is_file():
        pytest.skip(f"{SAMPLE} is absent")
    res = run_import("economist", str(SAMPLE), live, show_progress=False)
    counts = {f.label: (f.rows_read, f.rows_loaded, f.rows_quarantined) for f in res.report.files}
    assert counts == {
        "soldier-deaths-casualties-estimates.csv": (124, 124, 0),
        "uk-mod-month-by-month-estimates.csv": (47, 47, 0),
    }
    assert [f.label for f in res.report.files] == [
        "soldier-deaths-casualties-estimates.csv",
        "uk-mod-month-by-month-estimates.csv",
    ]
    # "UK MoD" and "UK Ministry of Defence" are one claimant; 47 months, each also cumulative.
    assert q(
        live,
        "SELECT count(DISTINCT claimant_id) FROM claims WHERE source = 'economist' "
        "AND claimant_id LIKE 'uk-min%'",
    ) == [(1,)]
    assert q(live, "SELECT count(*) FROM claims WHERE source = 'economist' AND basis = 'period'") == [(47,)]
    assert q(
        live,
        "SELECT count(*) FROM claim_party p JOIN claims c USING (claim_id) "
        "WHERE c.source = 'economist' AND p.by_warring_party",
    ) == [(6,)]  # the four "yes", and the leaked Ukrainian estimate's two (empty cell: Ukraine's side)


def test_header_only_and_unknown_tables_are_one_line_errors(
    live: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    empty = tmp_path / "estimates.csv"
    empty.write_text(ESTIMATES.read_text().splitlines()[0] + "\n")
    before = db.resolve_live(live)
    assert main(["import", "economist", str(empty), "--db", str(live), "--quiet"]) == 1
    assert capsys.readouterr().err == (
        "error: estimates.csv: no rows (only a header row); nothing to import (database unchanged)\n"
    )
    other = tmp_path / "raw_estimates.csv"
    other.write_text("date,source,country,estimate\n2022-07-24,CIA,russia,15000\n")
    assert main(["import", "economist", str(other), "--db", str(live), "--quiet"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert err.startswith("error: raw_estimates.csv, row 1 (header): neither The Economist's")
    assert db.resolve_live(live) == before


def test_the_two_tables_as_two_declarations_share_claims_and_flags(tmp_path: Path) -> None:
    """As data/sources declares them: one declaration per table, each its own build step."""
    data = tmp_path / "data"
    shutil.copytree(DATA, data, ignore=shutil.ignore_patterns("claims.duckdb*", ".versions", "sources"))
    (data / "sources").mkdir()
    shutil.copy(ESTIMATES, data / "sources" / "estimates.csv")
    monthly = MONTHLY.read_text().replace("march,2022,386,31,11966,11966,", "march,2022,386,31,11966,11999,")
    (data / "sources" / "uk-mod-monthly.csv").write_text(monthly)
    for name in ("estimates", "uk-mod-monthly"):
        (data / "sources" / f"economist-{name}.toml").write_text(
            f'source = "economist"\npath = "sources/{name}.csv"\n'
        )
    ptr, report = build_in_memory(data, source_steps(data))  # a build short of publishing
    counts = {
        f.label: (f.rows_read, f.rows_loaded, f.rows_quarantined)
        for f in report.files
        if f.source == "economist"
    }
    # March's cumulative 11,999 competes with the estimates table's 11,966 for the same claim:
    # the later row is quarantined, not merged (its per-month figure still loads).
    assert counts == {"estimates.csv": (18, 12, 6), "uk-mod-monthly.csv": (4, 2, 2)}
    assert q(
        ptr, "SELECT reason FROM quarantine WHERE source_file = 'uk-mod-monthly.csv' AND row_number = 2"
    ) == [
        (
            "gives the same claim (UK MoD, 2022-04-01, killed_or_wounded, Russian forces) as "
            "economist-soldier-deaths-casualties-estimates with a different figure (11966)",
        )
    ]
    assert q(ptr, "SELECT count(*) FROM claims WHERE source = 'economist' AND basis = 'period'") == [(3,)]
    # The estimates table's warring-party flags survive the second declaration's step.
    assert q(ptr, "SELECT count(*) FROM claim_warring_flags") == [(1,)]
    assert q(
        ptr,
        "SELECT p.by_warring_party, p.decided_by FROM claim_party p JOIN claims_wide w USING (claim_id) "
        "WHERE w.claimant = 'Armed Forces of Ukraine'",
    ) == [(True, "economist")]


def test_a_revised_figure_replaces_the_one_the_table_gave_before(imported_rw: Path, tmp_path: Path) -> None:
    revised = tmp_path / "estimates.csv"  # same file name: the same table, a newer version
    revised.write_text(ESTIMATES.read_text().replace("20/07/2022,15000,", "20/07/2022,16000,"))
    run_import("economist", str(revised), imported_rw, show_progress=False)
    assert q(imported_rw, "SELECT value_low FROM claims_wide WHERE claimant LIKE 'Central Intel%'") == [
        (16000,)
    ]
    assert q(imported_rw, "SELECT count(*) FROM claims WHERE source = 'economist'") == [(17,)]
    with db.connect_readonly(db.resolve_live(imported_rw)) as con:
        check_integrity(con)


def test_the_same_table_under_upstreams_file_name_is_the_same_table(
    imported_rw: Path, tmp_path: Path
) -> None:
    """(QA pass 13) Upstream's file name ("Soldier deaths_casualties in Ukraine - estimates.csv", as
    the README's refresh link downloads it) used to make a second document of the same table: the
    same content added a report to every claim (n_reports overstated corroboration), and a revised
    figure was quarantined as "another table's" instead of replacing the old one."""
    reports = "SELECT count(*) FROM reports WHERE starts_with(doc_id, 'economist-')"
    before = q(imported_rw, reports)
    upstream = tmp_path / "Soldier deaths_casualties in Ukraine - estimates.csv"
    upstream.write_text(ESTIMATES.read_text().replace("20/07/2022,15000,", "20/07/2022,16000,"))
    res = run_import("economist", str(upstream), imported_rw, show_progress=False)
    assert not [x for x in res.report.quarantine if " as economist-" in x.reason]  # "another table"
    assert q(imported_rw, "SELECT value_low FROM claims_wide WHERE claimant LIKE 'Central Intel%'") == [
        (16000,)
    ]
    assert q(imported_rw, reports) == before


@pytest.mark.parametrize("full", [True, False], ids=["full build", "incremental build"])
def test_a_rebuild_keeps_a_one_off_import_with_the_actors_it_created_and_its_flags(
    imported_rw: Path, tmp_path: Path, full: bool
) -> None:
    """A one-off import created actors that are not in actors.csv and flagged claims as a
    warring party's; a later build (full or incremental) keeps all of it. (A full build used to
    fail: 'claimant ... no longer in actors.csv'; the flags were not carried.)"""
    data = tmp_path / "data"
    data.mkdir()
    for f in (PROJECT / "data").glob("*.csv"):
        shutil.copyfile(f, data / f.name)
    what = (
        "SELECT (SELECT count(*) FROM claims WHERE source = 'economist'), "
        "(SELECT count(*) FROM claim_warring_flags WHERE flagged_by = 'economist'), "
        "(SELECT count(*) FROM imported_actors), (SELECT count(*) FROM actors)"
    )
    before = q(imported_rw, what)
    assert before[0][0] > 0 and before[0][1] > 0 and before[0][2] > 0
    report = build(data, imported_rw, incremental=not full)
    assert report.mode == ("full" if full else "incremental"), report.fallback
    assert q(imported_rw, what) == before
    orphans = q(
        imported_rw,
        "SELECT count(*) FROM claims WHERE claimant_id NOT IN (SELECT actor_id FROM actors)",
    )
    assert orphans == [(0,)]


def test_equal_low_and_high_are_one_estimate_not_a_range(live: Path, tmp_path: Path) -> None:
    # (QA 11) low = high was imported as a 'range', which the publish-time rules now refuse (a
    # range's bounds differ): the import stopped with a traceback. One figure is an estimate.
    table = tmp_path / "est-eq.csv"
    table.write_text(
        'date,estimate_low,estimate_high,estimate,type,source,source_url,country,"ignore for chart, '
        'data from warring parties"\n'
        "16/01/2024,50000,50000,,deaths,Some Think Tank,https://example.org/a,russia,no\n"
        "17/01/2024,60000,60000,60000,deaths,Other Think Tank,https://example.org/b,russia,no\n",
        encoding="utf-8",
    )
    assert main(["import", "economist", str(table), "--db", str(live)]) == 0
    got = q(
        live,
        "SELECT value_low, value_high, qualifier FROM claims_wide WHERE source = 'economist' "
        "AND value_low IN (50000, 60000) ORDER BY value_low",
    )
    assert got == [(50000, 50000, "about"), (60000, 60000, "about")]


def test_importing_one_table_keeps_the_notes_the_other_table_gave_its_claims(
    imported_rw: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """(QA pass 26) A newer estimates table imported on its own took "the month-by-month table's
    running total …" off every UK MoD claim the monthly table also gives (34 on the bundled
    tables, "34 changed"): the claim's notes are both tables' notes, as a build of both gives."""
    running = "SELECT count(*) FROM claims WHERE source = 'economist' AND notes LIKE '%running total%'"
    before = q(imported_rw, running)
    assert before[0][0] > 0
    newer = tmp_path / "estimates.csv"
    text = ESTIMATES.read_text()
    url = "https://www.reuters.com/world/europe/cia-director-says-some-15000-russians-killed-ukraine-war-2022-07-20/"
    assert url in text
    newer.write_text(text.replace(url, url + "?v=2", 1))
    capsys.readouterr()
    assert main(["import", "economist", str(newer), "--db", str(imported_rw)]) == 0
    assert "0 changed" in capsys.readouterr().out
    assert q(imported_rw, running) == before


@pytest.mark.parametrize("figure", ["١١٩٦٦", "１１９６６"])
def test_an_estimate_in_digits_other_than_ascii_is_quarantined_not_read(
    live: Path, tmp_path: Path, figure: str
) -> None:
    """(QA pass 30) "٣٠" and "３０" were read as 30 by this importer alone: the curated files and
    the other importers name them (the README's rule: figures are ASCII digits)."""
    text = (FIX / "estimates.csv").read_text(encoding="utf-8")
    assert "01/04/2022,,,11966," in text
    path = tmp_path / "estimates.csv"
    path.write_text(text.replace("01/04/2022,,,11966,", f"01/04/2022,,,{figure},"), encoding="utf-8")
    res = run_import("economist", str(path), live, show_progress=False)
    hit = [x for x in res.report.quarantine if x.value == figure]
    assert len(hit) == 1 and "is not a whole number" in hit[0].reason, res.report.quarantine
    assert q(live, "SELECT count(*) FROM claims WHERE source = 'economist' AND value_low = 11966") == [(0,)]


def test_a_source_name_with_a_control_character_is_quarantined(live: Path, tmp_path: Path) -> None:
    """(QA pass 30) The `source` column becomes an actor's name: "AB\\x00C" became an actor."""
    text = (FIX / "estimates.csv").read_text(encoding="utf-8")
    assert "01/04/2022,,,11966,casualties,UK MoD," in text
    path = tmp_path / "estimates.csv"
    path.write_text(text.replace(",casualties,UK MoD,", ",casualties,UK\x00MoD,", 1), encoding="utf-8")
    res = run_import("economist", str(path), live, show_progress=False)
    hit = [x for x in res.report.quarantine if x.field == "source" and "control character" in x.reason]
    assert len(hit) == 1, res.report.quarantine
    assert q(live, "SELECT count(*) FROM actors WHERE regexp_matches(name, '[\\x00-\\x1f]')") == [(0,)]


@pytest.mark.parametrize("encoding", ["utf-16", "utf-32", "utf-32-le", "utf-32-be"])
def test_the_estimates_table_saved_as_utf16_is_read_as_its_utf8_copy(
    built_curated_db: Path, tmp_path: Path, encoding: str
) -> None:
    """(QA pass 30) Saved as UTF-16 (Excel's "Unicode text") the table was "neither The Economist's
    estimates table nor its UK MoD month-by-month table"; the README says UTF-16 files are read.
    (QA pass 40) UTF-32 too, with its byte-order mark or without one."""
    wide = tmp_path / "wide" / "estimates.csv"
    wide.parent.mkdir()
    wide.write_bytes((FIX / "estimates.csv").read_text(encoding="utf-8").encode(encoding))
    every = (
        "SELECT claim_id, value_low, value_high, quote FROM claims WHERE source = 'economist' ORDER BY ALL"
    )
    got = []
    for name, path in (("a", FIX / "estimates.csv"), ("b", wide)):
        ptr = copy_build(built_curated_db, tmp_path / name)
        res = run_import("economist", str(path), ptr, show_progress=False)
        got.append(
            ([(f.rows_read, f.rows_loaded, f.rows_quarantined) for f in res.report.files], q(ptr, every))
        )
    assert got[0] == got[1] and got[0][1]


def test_a_folders_csv_the_importer_does_not_read_is_named(live: Path, tmp_path: Path) -> None:
    """(QA pass 36) Importing the published folder read its two tables and said nothing of the
    `raw_estimates.csv` beside them. A CSV of the folder that is neither table is named as not
    read; the two tables are imported."""
    folder = tmp_path / "economist"
    folder.mkdir()
    for f in FIX.glob("*.csv"):
        (folder / f.name).write_bytes(f.read_bytes())
    # (QA pass 37) whatever the case of its suffix
    (folder / "raw_estimates.CSV").write_text("date,source,estimate_type,estimate\n2022-07-24,x,low,1\n")
    res = run_import("economist", str(folder), live, show_progress=False)
    assert [s.split(":")[0] for s in res.skipped] == [f"raw_estimates.CSV in {folder}"]
    assert "not read" in res.skipped[0]
    assert sorted(o.label for o in res.outcomes) == ["estimates.csv", "uk-mod-monthly.csv"]
