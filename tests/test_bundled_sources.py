"""The public datasets bundled in data/sources/: declared, licensed, attributed, loaded, shown.

Snapshots may be shipped only with their licence and attribution (MIT: the copyright notice;
CC BY 4.0: cite The Economist / UCDP). ACLED's terms forbid redistribution: never bundled.
"""

from __future__ import annotations

import csv
import subprocess
import tomllib
from pathlib import Path

import pytest
import streamlit as st
from streamlit.testing.v1 import AppTest

from claimsdesk import queries, ui
from etl.build import build
from etl.core.db import connect_readonly, resolve_live
from etl.core.report import InputFileError
from etl.importers import SOURCES
from etl.importers.sources import source_steps
from tests.helpers import DEFAULT_DATA_DIR, ROOT, query

SOURCES_DIR = DEFAULT_DATA_DIR / "sources"
#: What each bundled declaration must say (licence, words the attribution must contain).
EXPECTED = {
    "general-staff.toml": ("MIT", ("Copyright (c) 2022 Petro Ivaniuk", "General Staff")),
    "ucdp.toml": ("CC BY 4.0", ("Uppsala Conflict Data Program",)),
    "economist-estimates.toml": ("CC BY 4.0", ("The Economist",)),
    "economist-uk-mod.toml": ("CC BY 4.0", ("The Economist", "UK Ministry of Defence")),
}
MAX_BUNDLE_BYTES = 20 * 1024 * 1024


def _declarations() -> dict[str, dict]:
    """Bundled declarations by file name."""
    return {p.name: tomllib.loads(p.read_text(encoding="utf-8")) for p in sorted(SOURCES_DIR.glob("*.toml"))}


#: Rows of the bundled UCDP extract that break low <= best <= high (quarantined, issue 10).
UCDP_ORDER_BREAKS = 13


def _ucdp_records(path: Path) -> int:
    with path.open(encoding="utf-8", newline="") as fh:
        return sum(1 for _ in csv.DictReader(fh))


def test_every_bundled_source_is_declared_with_licence_attribution_snapshot_and_upstream() -> None:
    decls = _declarations()
    assert set(decls) == set(EXPECTED)
    for name, (licence, words) in EXPECTED.items():
        cfg = decls[name]
        assert cfg["licence"] == licence, name
        for word in words:
            assert word in cfg["attribution"], (name, word)
        assert cfg["upstream_url"].startswith("https://"), name
        assert cfg["snapshot_date"].year >= 2023, name
        assert (DEFAULT_DATA_DIR / cfg["path"]).exists(), (name, cfg["path"])
        assert "url" not in cfg, f"{name}: a bundled snapshot builds offline, without a download"


def test_the_mit_notice_travels_with_the_general_staff_files() -> None:
    text = (SOURCES_DIR / "general-staff" / "LICENSE").read_text(encoding="utf-8")
    assert "MIT License" in text
    assert "Copyright (c) 2022 Petro Ivaniuk" in text
    assert "The above copyright notice and this permission notice shall be included" in text


def test_acled_data_is_never_bundled() -> None:
    assert all(cfg["source"] != "acled" for cfg in _declarations().values())
    for path in DEFAULT_DATA_DIR.rglob("*"):
        if path.is_file() and path.suffix.lower() in {".csv", ".txt", ".xlsx", ".json"}:
            with path.open("rb") as fh:
                head = fh.readline()
            assert b"event_id_cnty" not in head, f"{path} looks like an ACLED export"


@pytest.mark.skipif(not (DEFAULT_DATA_DIR.parent / ".git").exists(), reason="not a git checkout")
def test_a_local_acled_export_where_the_example_puts_it_is_kept_out_of_git() -> None:
    """(QA pass 26) acled.toml.example says never to commit the export, yet `git status` listed
    data/sources/acled/… and acled.toml as files to add."""
    example = tomllib.loads((DEFAULT_DATA_DIR / "sources" / "acled.toml.example").read_text())
    paths = ["data/" + example["path"], "data/sources/acled.toml"]
    done = subprocess.run(
        ["git", "check-ignore", *paths], cwd=DEFAULT_DATA_DIR.parent, capture_output=True, text=True
    )
    assert done.stdout.split() == paths, done


def test_the_bundled_snapshots_stay_small_enough_for_git() -> None:
    total = sum(p.stat().st_size for p in SOURCES_DIR.rglob("*") if p.is_file())
    assert 0 < total < MAX_BUNDLE_BYTES


def test_every_bundled_declaration_is_active_and_names_a_known_importer() -> None:
    """No declaration waits as `.toml.pending`: each bundled snapshot is built on first start."""
    assert sorted(p.name for p in SOURCES_DIR.glob("*.pending")) == []
    for name, cfg in _declarations().items():
        assert cfg["source"] in SOURCES, name


def test_the_default_build_loads_every_bundled_file_and_records_its_declaration(built_default_db) -> None:
    rows = query(
        built_default_db,
        "SELECT d.declaration, d.source_file, d.licence, d.snapshot_date, l.rows_read, "
        "l.rows_loaded, l.rows_quarantined FROM source_declarations d "
        "JOIN load_log l USING (source_file) ORDER BY 1, 2",
    )
    by_file = {r[1]: r for r in rows}
    loaded = {p.name for p in SOURCES_DIR.glob("*.toml")}
    assert {r[0] for r in rows} == loaded
    for name in loaded:
        cfg = tomllib.loads((SOURCES_DIR / name).read_text(encoding="utf-8"))
        for r in rows:
            if r[0] == name:
                assert (r[2], r[3]) == (cfg["licence"], cfg["snapshot_date"])
    ucdp = SOURCES_DIR / "ucdp" / "UCDP-GED-Ukraine-2023-06-23.csv"
    for _, file, _, _, read, ok, bad in rows:
        # UCDP's extract has 13 rows breaking low <= best <= high: quarantined with that reason.
        assert read == ok + bad and ok > 0 and bad == (UCDP_ORDER_BREAKS if file == ucdp.name else 0)
    assert by_file[ucdp.name][4] == _ucdp_records(ucdp)
    # UCDP rows breaking low <= best <= high are quarantined with their own reason, never loaded.
    bad_ucdp = query(
        built_default_db,
        "SELECT count(*) FROM quarantine WHERE source_file = ? AND reason LIKE '%low <= best <= high%'",
        [ucdp.name],
    )[0][0]
    assert bad_ucdp == by_file[ucdp.name][6] > 0
    assert query(built_default_db, "SELECT count(*) FROM events WHERE source = 'ucdp'") == [
        (_ucdp_records(ucdp) - UCDP_ORDER_BREAKS,)
    ]
    # The Economist's two tables load whole: every estimate, every UK MoD month.
    for name in ("soldier-deaths-casualties-estimates.csv", "uk-mod-month-by-month-estimates.csv"):
        assert by_file[name][6] == 0 and by_file[name][5] == by_file[name][4] > 0, name
    months = by_file["uk-mod-month-by-month-estimates.csv"][4]
    assert query(
        built_default_db,
        "SELECT count(*) FROM claims WHERE source = 'economist' "
        "AND basis = 'period' AND subject = 'Russian forces'",
    ) == [(months,)]
    # The General Staff series reaches the snapshot's last day.
    assert query(built_default_db, "SELECT CAST(max(date) AS VARCHAR) FROM gs_daily") == [("2025-12-31",)]


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        ("licence = 4\n", "licence must be a string"),
        ('snapshot_date = "last week"\n', "snapshot_date must be a date"),
        ('licnece = "MIT"\n', "unknown key(s) licnece"),
    ],
)
def test_a_mistyped_declaration_field_fails_the_build_with_one_line(
    tmp_path: Path, extra: str, message: str
) -> None:
    data = tmp_path / "data"
    (data / "sources").mkdir(parents=True)
    for name in ("actors.csv", "places.csv", "documents.csv", "claims.csv", "responses.csv", "events.csv"):
        (data / name).write_bytes((DEFAULT_DATA_DIR / name).read_bytes())
    (data / "sources" / "one.csv").write_bytes(
        (SOURCES_DIR / "ucdp" / "UCDP-GED-Ukraine-2023-06-23.csv").read_bytes()
    )
    (data / "sources" / "bad.toml").write_text(f'source = "ucdp"\npath = "sources/one.csv"\n{extra}')
    with pytest.raises(InputFileError, match=r"bad\.toml") as err:
        build(data, tmp_path / "db" / "claims.duckdb", extra_steps=source_steps(data))
    assert message in str(err.value)
    assert "\n" not in str(err.value)


def test_bundled_sources_query_is_empty_on_a_database_built_before_declarations(tmp_path: Path) -> None:
    pointer = tmp_path / "db" / "claims.duckdb"
    build(DEFAULT_DATA_DIR, pointer, extra_steps=[])  # no import objects at all, like an old build
    con = connect_readonly(resolve_live(pointer))
    try:
        df = queries.bundled_sources(con)
    finally:
        con.close()
    assert df.empty
    assert {"licence", "attribution", "snapshot_date", "upstream_url", "rows_read"} <= set(df.columns)


# ------------------------------------------------------------------------------------------ page


@pytest.fixture
def default_db(built_default_db: Path) -> Path:
    """The session's one build of data/ (bundled sources included)."""
    return built_default_db


def test_the_sources_page_shows_licence_attribution_snapshot_upstream_and_counts(
    default_db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    st.cache_data.clear()
    st.cache_resource.clear()
    monkeypatch.setattr(ui, "DB_PATH", default_db)
    at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=60)
    at.run()
    at.switch_page("pages/7_sources.py").run()
    assert not at.exception, [e.value for e in at.exception]
    text = "\n".join(m.value for m in at.markdown) + "\n".join(c.value for c in at.caption)
    for name in (p.name for p in SOURCES_DIR.glob("*.toml")):
        cfg = tomllib.loads((SOURCES_DIR / name).read_text(encoding="utf-8"))
        assert f"licence **{cfg['licence']}**" in text, name
        assert cfg["attribution"] in text, name
        assert f"snapshot {cfg['snapshot_date'].isoformat()}" in text, name
        assert cfg["upstream_url"] in text, name
    assert "Uppsala Conflict Data Program" in text
    assert "Copyright (c) 2022 Petro Ivaniuk, MIT License" in text
    frames = [df.value for df in at.dataframe]
    counts = next(f for f in frames if "UCDP-GED-Ukraine-2023-06-23.csv" in set(f.get("source_file", [])))
    row = counts.set_index("source_file").loc["UCDP-GED-Ukraine-2023-06-23.csv"]
    ucdp = _ucdp_records(SOURCES_DIR / "ucdp" / "UCDP-GED-Ukraine-2023-06-23.csv")
    assert (row["rows_read"], row["rows_loaded"], row["rows_quarantined"]) == (
        ucdp,
        ucdp - UCDP_ORDER_BREAKS,
        UCDP_ORDER_BREAKS,
    )


def test_a_quote_inside_a_ucdp_headline_does_not_swallow_the_next_articles(built_default_db) -> None:
    """(QA pass 36) UCDP writes its source articles as `"…";"…"` and leaves a quote inside a
    headline unescaped ("Lugansk republic"s militias"): the next six MemoryBook articles became
    part of that TASS document's title. Every article is a document of its own."""
    docs = query(
        built_default_db,
        "SELECT ed.event_id, count(*) FROM event_documents ed "
        "WHERE ed.event_id IN ('ucdp-203635', 'ucdp-203637') GROUP BY 1 ORDER BY 1",
    )
    assert docs == [("ucdp-203635", 13), ("ucdp-203637", 10)]
    glued = query(built_default_db, """SELECT count(*) FROM documents WHERE title LIKE '%";"%'""")
    assert glued == [(0,)]


def test_gs_daily_derives_no_increase_to_or_from_a_total_published_as_a_bound(built_default_db) -> None:
    """(QA pass 36) The view other tools read gave "+1,000" into and "0" out of "over 11,000" and
    "over 12,000" (March 2022), as the README says it does not; the chart masked them already."""
    got = query(
        built_default_db,
        "SELECT CAST(date AS VARCHAR), qualifier, increment FROM gs_daily WHERE metric = 'personnel_losses' "
        "AND date BETWEEN DATE '2022-03-06' AND DATE '2022-03-16' ORDER BY date",
    )
    derived = {d: inc for d, q, inc in got}
    assert [d for d, q, _ in got if q == "over"] == [
        "2022-03-07",
        "2022-03-10",
        "2022-03-11",
        "2022-03-12",
        "2022-03-13",
        "2022-03-14",
    ]
    for day in ("2022-03-07", "2022-03-08", "2022-03-10", "2022-03-11", "2022-03-14", "2022-03-15"):
        assert derived[day] is None, day
    assert (derived["2022-03-06"], derived["2022-03-09"], derived["2022-03-16"]) == (1000, 0, 300)
