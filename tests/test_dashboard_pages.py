"""AppTest: every page runs, filters shape the queries, links reproduce views, hostile links are safe."""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import shutil
from pathlib import Path

import duckdb
import pytest
from streamlit.testing.v1 import AppTest

from claimsdesk import charts, queries, ui
from claimsdesk.filters import Filters
from etl.build import build
from etl.core import db
from tests.helpers import (
    PAGES,
    ROOT,
    app_test,
    as_shown,
    build_empty,
    bundled_traces,
    chart_specs,
    claim_row,
    copy_build,
    write_dataset,
)

#: Streamlit's caches are emptied when the module starts and ends (conftest `module_caches`), not
#: before every test: a test that counts what is built or queried takes `fresh_caches`.
pytestmark = pytest.mark.usefixtures("module_caches")

TIMEOUT = 60


@pytest.fixture(scope="module")
def default_db(built_default_db: Path) -> Path:
    """The session's one build of data/ (the pages only read it)."""
    return built_default_db


@pytest.fixture(scope="module")
def empty_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_empty(tmp_path_factory.mktemp("dash-empty"))


def app(
    db: Path, monkeypatch: pytest.MonkeyPatch, page: str | None = None, **params: str | list[str]
) -> AppTest:
    """The dashboard on `db`, opened on `page` (by its link) or on the default page."""
    return app_test(db, monkeypatch, page, timeout=TIMEOUT, **params)


def claims_metric(at: AppTest) -> int:
    return int(next(m for m in at.metric if m.label == "Claims").value.replace(",", ""))


def chart_types(at: AppTest) -> list[str]:
    out = []
    for spec in chart_specs(at):
        out.extend(tr.get("type", "scatter") for tr in spec["data"])
    return out


@pytest.mark.parametrize("page", PAGES)
def test_every_page_runs_on_the_default_data(
    default_db: Path, monkeypatch: pytest.MonkeyPatch, page: str
) -> None:
    at = app(default_db, monkeypatch)
    at.switch_page(page).run()
    assert not at.exception, [e.value for e in at.exception]
    assert at.title, "each page has a title"
    # The shared filters stay in the sidebar after a page switch (the pages/ legacy-mode guard).
    assert len(at.sidebar.multiselect) == 8
    # The date range and the eight lists sit in one popover (its widgets are drawn only when it
    # opens: issue 11's first paint); the quote search stays in view.
    (popover,) = at.sidebar.get("popover")
    assert len(popover.multiselect) == 8 and len(popover.date_input) == 1
    assert not popover.text_input and at.sidebar.text_input(key="q") is not None
    # (session 37) A column the table shows as a date or date-time holds dates: text there is
    # re-read by the browser and re-formatted, as the Sources page's "2024-12-19" (a day alone,
    # QA pass 36) was shown "2024-12-19 00:00".
    for df in at.dataframe:
        columns = json.loads(df.proto.columns or "{}")
        if "published_at" in df.value.columns:  # (QA pass 40: "2024-12-20 03:00 UTC" was cut)
            assert columns["published_at"]["width"] == "medium", columns["published_at"]
        for key, cfg in columns.items():
            kind = (cfg.get("type_config") or {}).get("type")
            name = key.removeprefix("name:")
            if kind in ("date", "datetime") and name in df.value.columns:
                texts = df.value[name].dropna().map(lambda v: isinstance(v, str))
                assert not texts.any(), (page, name, df.value[name].head(3).tolist())


#: Pages and views whose charts the default views do not draw (lazy tabs, other views).
VIEWS: tuple[tuple[str, dict[str, str]], ...] = (
    ("pages/1_overview.py", {}),
    ("pages/1_overview.py", {"overview_chart": "Events per month by source"}),
    ("pages/2_casualties.py", {}),
    ("pages/2_casualties.py", {"section": "Period figures"}),
    ("pages/2_casualties.py", {"section": "Latest per claimant"}),
    ("pages/2_casualties.py", {"view": "Whole war"}),
    ("pages/3_deployments.py", {}),
    ("pages/4_attribution.py", {}),
    ("pages/4_attribution.py", {"attribution_chart": "Claimant → channel → outlet"}),
    ("pages/5_map.py", {}),
)


def test_every_chart_uses_only_trace_types_the_plotly_bundle_registers(
    default_db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Plotly draws nothing for a trace type its bundle lacks (claimsdesk/plotly_bundle)."""
    seen: set[str] = set()
    for page, params in VIEWS:
        at = app(default_db, monkeypatch, page, **params)
        types = set(chart_types(at))
        assert types, (page, params)
        assert types <= bundled_traces(), (page, params, types)
        seen |= types
    assert seen == bundled_traces()  # each bundled type is drawn somewhere


@pytest.mark.parametrize("page", PAGES)
def test_every_page_runs_on_an_empty_database(
    empty_db: Path, monkeypatch: pytest.MonkeyPatch, page: str
) -> None:
    app(empty_db, monkeypatch, page)  # fails on any exception


def test_charts_render_figures_drawn_as_bounds(default_db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    at = app(default_db, monkeypatch, "pages/2_casualties.py")
    specs = chart_specs(at)
    # A claimant's points are one trace with a glyph per point (marker.symbol is then a list).
    symbols = {
        str(symbol)
        for spec in specs
        for tr in spec["data"]
        if tr.get("x") not in (None, [None])
        for symbol in (
            tr.get("marker", {}).get("symbol")
            if isinstance(tr.get("marker", {}).get("symbol"), list)
            else [tr.get("marker", {}).get("symbol")]
        )
    }
    # Zelenskyy's "over 3,000" is a lower bound (triangle-up); the Pentagon's range is a bar.
    assert "triangle-up" in symbols
    assert "line-ew" in symbols
    titles = [s["layout"]["title"]["text"] for s in specs]
    assert any("Competing" in t for t in titles)
    assert all(s["layout"]["yaxis"]["title"]["text"] for s in specs)


def test_a_filter_changes_what_the_queries_return(default_db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    at = app(default_db, monkeypatch)
    everything = claims_metric(at)
    at.sidebar.multiselect(key="claimant").set_value(["Volodymyr Zelenskyy"]).run()
    only_zelenskyy = claims_metric(at)
    assert 0 < only_zelenskyy < everything
    at.sidebar.text_input(key="q").set_value("Kurilovka").run()
    assert claims_metric(at) == 0  # Zelenskyy never mentioned Kurilovka
    at.sidebar.multiselect(key="claimant").set_value([]).run()
    assert claims_metric(at) == 1  # HUR's missing-soldiers claim


def test_a_shared_link_reproduces_the_filters(default_db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    at = app(
        default_db,
        monkeypatch,
        claimant="National Intelligence Service (South Korea)",
        type="casualties",
        dates=["2024-12-01", "2025-01-31"],
    )
    assert at.sidebar.multiselect(key="claimant").value == ["National Intelligence Service (South Korea)"]
    assert at.sidebar.multiselect(key="type").value == ["casualties"]
    # NIS casualty claims stated Dec 2024 - Jan 2025: 19 Dec (killed, wounded) and 13 Jan (killed, wounded).
    assert claims_metric(at) == 4
    at.switch_page("pages/6_explore.py").run()
    assert at.sidebar.multiselect(key="claimant").value == ["National Intelligence Service (South Korea)"]


@pytest.mark.parametrize(
    "params",
    [
        {"claimant": "x'); DROP TABLE claims; --"},
        {"dates": ["2024-13-45", "yesterday"]},
        {"dates": ["2025-05-01", "2024-01-01"]},
        {"type": ["casualties", "<script>alert(1)</script>"]},
        {"q": "%' OR 1=1 --" + "x" * 500},
        {"region": "Atlantis", "verification": "true"},
    ],
)
def test_hostile_link_values_give_a_notice_not_an_exception(
    default_db: Path, monkeypatch: pytest.MonkeyPatch, params: dict[str, str | list[str]]
) -> None:
    at = app(default_db, monkeypatch, **params)
    for page in PAGES:
        at.switch_page(page).run()
        assert not at.exception, (page, [e.value for e in at.exception])
    notices = [as_shown(w.value) for w in at.sidebar.warning]
    if "q" not in params or len(params["q"]) > 200:
        assert notices, "an ignored link value is reported to the analyst"


def test_a_link_value_the_notice_calls_ignored_leaves_the_address(
    default_db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """(QA pass 32) "?type=&metric=&metric=killed": the notice said the empty values were
    ignored, and the address kept them, so a copied link carried values the page never applied."""
    at = app(default_db, monkeypatch, type="", claimant="bogus", metric=["", "killed"], side="Ukraine")
    assert not at.exception
    assert {k: at.query_params[k] for k in at.query_params} == {"metric": "killed", "side": "Ukraine"}
    notices = [as_shown(w.value) for w in at.sidebar.warning]
    assert "Ignored unknown type value(s) in the link: ''" in notices
    assert at.sidebar.multiselect(key="metric").value == ["killed"]


def test_link_values_are_shown_as_text_never_as_markdown(
    default_db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """(QA pass 21) A crafted link's search and unknown values were drawn as Markdown in the
    filters caption, the sidebar's "Active:" line and the notices: a clickable link to another
    site, a remote image (fetched on open) and a red "VERIFIED" badge under the page title."""
    q = "Kursk [URGENT: re-login](http://127.0.0.1:9/phish) ![x](http://127.0.0.1:9/p.png) :red-background[**VERIFIED**] a -- b"
    at = app(
        default_db,
        monkeypatch,
        "pages/6_explore.py",
        q=q,
        claimant="[Official correction](http://127.0.0.1:9/c)",
    )
    assert not at.exception
    shown = [c.value for c in (*at.caption, *at.sidebar.caption)] + [w.value for w in at.sidebar.warning]
    assert any("URGENT" in v for v in shown) and any("Official correction" in v for v in shown)
    for v in shown:
        assert "](" not in v and "![" not in v and ":red-background[" not in v and " -- " not in v, v
    assert any("\\[URGENT\\: re\\-login\\]\\(http\u2060\\://127\\.0\\.0\\.1\\:9/phish\\)" in v for v in shown)


@pytest.mark.parametrize("damage", ["not a database", "corrupt blocks"])
@pytest.mark.usefixtures("fresh_caches")  # nothing an earlier test cached for a path like it
def test_a_damaged_database_is_one_line_and_a_retry_after_the_repair(
    built_curated_db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, damage: str
) -> None:
    """(QA pass 21) A published file that is not a database gave Streamlit's generic error page
    with no sidebar, and viewers stayed on it after the repair (nothing left to click). (QA pass
    22) So did one whose blocks are corrupt: DuckDB's checksum error is its bare base class."""
    import random

    from etl.core import db

    pointer = copy_build(built_curated_db, tmp_path / "db")
    live = db.resolve_live(pointer)
    assert live is not None
    good = live.read_bytes()
    if damage == "not a database":
        live.write_bytes(b"not a database")
    else:
        noise = random.Random(7).randbytes(len(good) // 2)
        live.write_bytes(good[:4096] + noise + good[4096 + len(noise) :])
    with pytest.raises(duckdb.Error):  # the damage is one DuckDB cannot read past
        db.connect_readonly(live).close()
    monkeypatch.setattr(ui, "DB_PATH", pointer)
    at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=TIMEOUT)
    at.switch_page("pages/6_explore.py").run()
    assert not at.exception, [e.value for e in at.exception]
    # (A CI run once drew no error here, not reproduced since: say what the page drew instead.)
    drawn = [(el.type, str(getattr(el, "value", ""))[:80]) for el in at.main] + [
        ("sidebar " + el.type, str(getattr(el, "value", ""))[:80]) for el in at.sidebar
    ]
    assert len(at.error) == 1, (ui.DB_PATH, ui.live_path(), live, drawn)
    [error] = [e.value for e in at.error]
    assert error.startswith("The claims database cannot be read right now (")
    assert error.endswith(
        "Whoever runs this server can rebuild it with `python -m etl build` (a damaged file: "
        "`python -m etl build --without-imports`); then try again."
    )
    live.write_bytes(good)
    at.button(key="retry_database").click().run()
    assert not at.error and not at.exception
    assert at.dataframe, "the page is drawn again"


@pytest.mark.usefixtures("fresh_caches")  # nothing an earlier test cached for a path like it
def test_a_build_published_while_a_page_runs_is_the_next_runs(
    built_curated_db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fresh_caches: None
) -> None:
    """(QA pass 34) Each query looked up the published file again: a build that landed between
    the Explore page's count and its table split the view ("9 claims match" over 10 rows, the new
    claim among them). A run now reads the build published when it started."""
    pointer = copy_build(built_curated_db, tmp_path / "db")
    v1 = db.resolve_live(pointer)
    assert v1 is not None
    v2 = v1.with_name("claims-v2.duckdb")
    shutil.copyfile(v1, v2)
    zel = "Volodymyr Zelenskyy"
    with duckdb.connect(str(v2)) as con:  # the next build: Zelenskyy's claims gone
        con.execute("DELETE FROM claims_wide WHERE claimant = ?", [zel])

    def publish(version: Path) -> None:
        tmp = pointer.with_name(".next")
        tmp.symlink_to(Path(".versions") / version.name)
        os.replace(tmp, pointer)

    counted = queries.count_claims

    def count_then_publish(con: duckdb.DuckDBPyConnection, f: Filters) -> int:
        n = counted(con, f)
        publish(v2)  # a build publishes right after the page has counted
        return n

    monkeypatch.setattr(queries, "count_claims", count_then_publish)
    at = app(pointer, monkeypatch, "pages/6_explore.py", claimant=zel)
    said = next(m.value for m in at.markdown if "match" in m.value)
    shown = len(at.dataframe[0].value)
    assert shown > 0 and said.startswith(f"**{shown:,}** claim")
    at.run()  # the next run reads the new build (its table: no Zelenskyy claim left)
    assert not at.exception and (not at.dataframe or len(at.dataframe[0].value) == 0)


def test_a_database_outage_keeps_the_links_filters_in_the_address(
    built_curated_db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """(QA pass 22) While the published database could not be read, a run dropped every filter
    (and the page's own controls) from the address: the controls were not drawn, so a reload or
    a copied link lost the view. The address keeps them, a visitor opening the link meanwhile
    keeps them, and after the repair the view is the one the link named."""
    pointer = copy_build(built_curated_db, tmp_path / "db")
    good = db.resolve_live(pointer)
    assert good is not None
    damaged = good.with_name("claims-damaged.duckdb")
    damaged.write_bytes(b"not a database")

    def publish(version: Path) -> None:
        pointer.unlink()
        pointer.symlink_to(Path(".versions") / version.name)

    def address(at: AppTest) -> dict[str, list[str]]:
        return {k: v if isinstance(v, list) else [v] for k, v in at.query_params.items()}

    hur = "Defense Intelligence of Ukraine (HUR)"
    link = {"claimant": [hur], "q": ["Plekhovo"], "sort": ["value_low"]}
    at = app(pointer, monkeypatch, "pages/6_explore.py", claimant=hur, q="Plekhovo", sort="value_low")
    assert address(at) == link
    publish(damaged)
    at.run()
    assert not at.exception and len(at.error) == 1
    assert address(at) == link
    visitor = app(pointer, monkeypatch, "pages/6_explore.py", claimant=hur, q="Plekhovo", sort="value_low")
    assert len(visitor.error) == 1
    assert address(visitor) == link
    publish(good)
    for session in (at, visitor):
        session.button(key="retry_database").click().run()
        assert not session.error and not session.exception
        assert session.sidebar.multiselect(key="claimant").value == [hur]
        assert session.selectbox(key="sort").value == "value_low"
        assert address(session) == link


def test_a_filter_value_a_rebuild_took_away_is_named_not_silently_dropped(
    default_db: Path, built_curated_db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """(QA pass 21) A viewer filtered on a claimant; a rebuild without that claimant widened the
    open page to every claim at its next rerun, without a notice (a link opened afresh says it)."""
    mediazona = "Mediazona and Meduza"  # a claimant of the bundled Economist tables only
    at = app(default_db, monkeypatch, "pages/6_explore.py", claimant=mediazona)
    assert at.sidebar.multiselect(key="claimant").value == [mediazona]
    assert not at.sidebar.warning
    monkeypatch.setattr(ui, "DB_PATH", built_curated_db)  # what the rebuild published
    at.run()
    assert not at.exception
    notices = [as_shown(w.value) for w in at.sidebar.warning]
    assert notices == [
        "Dropped filter value(s) the data no longer has (it was rebuilt since): claimant 'Mediazona and Meduza'"
    ]
    at.run()  # still said on the next run, until the analyst changes a filter
    assert [as_shown(w.value) for w in at.sidebar.warning] == notices


@pytest.mark.parametrize("wholly", [True, False])
def test_a_date_range_a_rebuild_no_longer_covers_is_adjusted_and_named(
    default_db: Path, built_curated_db: Path, monkeypatch: pytest.MonkeyPatch, wholly: bool
) -> None:
    """(QA pass 22) A viewer's date range that a rebuild's data no longer covered was reset by the
    date control to all dates, silently ("Active: no filters"). It is clamped to the new dates, or
    all dates are shown when none is left, and the notice says which."""
    start = "2026-06-01" if wholly else "2025-06-01"
    at = app(default_db, monkeypatch, "pages/6_explore.py", dates=[start, "2026-06-30"])
    assert not at.sidebar.warning
    monkeypatch.setattr(ui, "DB_PATH", built_curated_db)  # a rebuild whose data end earlier
    at.run()
    assert not at.exception
    [notice] = [as_shown(w.value) for w in at.sidebar.warning]
    lo, hi = at.sidebar.date_input(key="dates").min, at.sidebar.date_input(key="dates").max
    if wholly:
        assert notice.endswith(
            f"dates {start} to 2026-06-30 (no claim is dated in them now: showing all dates)"
        )
        assert tuple(at.sidebar.date_input(key="dates").value) == (lo, hi)
    else:
        assert notice.endswith(f"dates {start} to 2026-06-30 (clamped to {start} to {hi})")
        assert tuple(str(d) for d in at.sidebar.date_input(key="dates").value) == (start, str(hi))


def test_a_page_controls_value_a_rebuild_took_away_is_named_and_leaves_the_address(
    built_curated_db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """(QA pass 22) A page control's value (whose losses) that a rebuild took away switched to the
    default with no notice, while the address kept the old value: a copied link named a view the
    page did not show."""
    data = tmp_path / "data"
    data.mkdir()
    for f in (ROOT / "data").glob("*.csv"):
        text = f.read_text(encoding="utf-8")
        if f.name == "claims.csv":  # the rebuild drops the one claim about both armies
            text = "".join(
                line for line in text.splitlines(keepends=True) if "Russian and DPRK forces" not in line
            )
        (data / f.name).write_text(text, encoding="utf-8")
    rebuilt = tmp_path / "db" / "claims.duckdb"
    build(data, rebuilt)
    both = "Russian and DPRK forces"
    at = app(built_curated_db, monkeypatch, "pages/2_casualties.py", subject_of=both)
    assert at.selectbox(key="subject_of").value == both
    monkeypatch.setattr(ui, "DB_PATH", rebuilt)
    at.run()
    assert not at.exception
    notices = [as_shown(w.value) for w in at.sidebar.warning]
    assert any(
        n.startswith(f"Dropped subject_of value '{both}' the data no longer has (it was rebuilt since)")
        for n in notices
    ), notices
    assert at.selectbox(key="subject_of").value != both
    assert at.query_params.get("subject_of") != [both]


def test_sources_page_shows_counts_per_file(default_db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    at = app(default_db, monkeypatch, "pages/7_sources.py")
    # The curated files' table (the bundled public datasets have tables of their own above it).
    log = next(
        df.value
        for df in at.dataframe
        if any(str(f).endswith("claims.csv") for f in df.value.get("source_file", []))
    )
    assert (log["rows_read"] == log["rows_loaded"] + log["rows_quarantined"]).all()
    for df in at.dataframe:
        if {"rows_read", "rows_loaded", "rows_quarantined"} <= set(df.value.columns):
            counts = df.value
            assert (counts["rows_read"] == counts["rows_loaded"] + counts["rows_quarantined"]).all()


def test_sources_page_says_how_the_database_was_built_and_how_long_it_took(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An incremental rebuild recorded "0" seconds, and the page said "built ... in 0 s": it
    now records its own time and the page names the kind of build."""
    data = write_dataset(tmp_path / "data")
    pointer = tmp_path / "claims.duckdb"
    build(data, pointer)
    with (data / "claims.csv").open("a", encoding="utf-8") as fh:
        fh.write(claim_row(ref="one-more", value_low="31", quote="At least 31 were killed.") + "\n")
    assert build(data, pointer).mode == "incremental"
    real = db.resolve_live(pointer)
    assert real is not None
    con = db.connect_readonly(real)
    try:
        info = queries.build_info(con)
    finally:
        con.close()
    assert info["build"] == "incremental" and float(info["seconds"]) > 0
    at = app(pointer, monkeypatch, "pages/7_sources.py")
    caption = next(c.value for c in at.caption if c.value.startswith("Database built"))
    assert "(incremental build, " in caption and " 0.0 s" not in caption, caption


@pytest.mark.parametrize(
    ("page", "tab", "columns"),
    [
        (
            "pages/1_overview.py",
            ("overview_chart", "Most recent claims"),
            {"stated_on", "stated_on_precision", "claimant", "figure", "source_url", "quote"},
        ),
        ("pages/1_overview.py", ("overview_chart", "Key events"), {"date_start", "title", "source_url"}),
        (
            "pages/3_deployments.py",
            ("deploy_chart", "Latest per claimant"),
            {"claimant", "figure", "source_url", "quote"},
        ),
        ("pages/4_attribution.py", ("attribution_chart", "Responses"), {"responder", "stance"}),
        ("pages/4_attribution.py", ("attribution_chart", "Quotes"), {"claimant", "figure", "quote"}),
        ("pages/5_map.py", ("map_view", "Places as a table"), {"name", "claims", "claimants"}),
    ],
)
def test_a_page_opens_without_a_table_and_its_tab_holds_it(
    default_db: Path, monkeypatch: pytest.MonkeyPatch, page: str, tab: tuple[str, str], columns: set[str]
) -> None:
    """A data grid on a page cost the browser about a quarter second of its first paint, each
    (issue 11): a page opens with its chart, and each table is one tab away (the tab in the link)."""
    at = app(default_db, monkeypatch, page)
    assert len(at.dataframe) == 0
    at = app(default_db, monkeypatch, page, **{tab[0]: tab[1]})
    assert len(at.dataframe) == 1
    table = at.dataframe[0].value
    assert columns <= set(table.columns) and len(table) > 0


def test_a_response_with_no_verbatim_words_says_so_and_shows_the_wording_as_a_note(
    default_db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """(QA pass 36) Putin's thanks to "Kim Jong Un and the KPA units" was the fact sheet's
    paraphrase, shown in the quote column as his words. The Responses table says no verbatim
    quote is on record, and the wording is a note."""
    at = app(default_db, monkeypatch, "pages/4_attribution.py", attribution_chart="Responses")
    table = at.dataframe[0].value
    putin = table[(table["responder"] == "Vladimir Putin") & (table["stance"] == "confirmed")]
    assert list(putin["quote"]) == [charts.NO_QUOTE_SEE_NOTES]
    assert putin["notes"].iloc[0].startswith("Thanks Kim Jong Un")
    peskov = table[table["quote"] == "It looks like another piece of fake news"]
    assert len(peskov) == 1 and peskov["notes"].isna().all()  # his own words stay a quote


def test_the_overviews_claim_count_says_how_many_are_the_daily_series(
    default_db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """(QA pass 36) "Claims 19,454" under the title "Kursk 2024–2025" was 98.7% the General
    Staff's war-wide daily series; the cards now say how many, and how many others."""
    at = app(default_db, monkeypatch, "pages/1_overview.py")
    claims = int(next(m.value for m in at.metric if m.label == "Claims").replace(",", ""))
    (said,) = [c.value for c in at.caption if "General Staff's daily series (war-wide" in c.value]
    daily, others = (int(n.replace(",", "")) for n in re.findall(r"(\d[\d,]*) (?:are|claims)", said)[1:3])
    assert daily + others == claims and 0 < others < daily


def test_an_overview_of_the_daily_series_alone_says_the_toggle_counts_them(
    default_db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """(QA pass 37) With `?metric=personnel_losses` the chart said "No dated claims match the
    filters" while 1,406 matched (left out by the toggle), and the cards "…and 0 are other claims"."""
    at = app(default_db, monkeypatch, "pages/1_overview.py", metric="personnel_losses")
    assert any("switch on the toggle above to count them" in i.value for i in at.info)
    assert any(c.value.startswith("All ") and "daily series" in c.value for c in at.caption)
    assert not any("0 are other claims" in c.value for c in at.caption)


def test_the_kursk_casualty_charts_sources_are_tables_in_the_latest_tab(
    default_db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """(session 20, QA find 7) Each claimant's latest figure and every figure of the Competing
    claims chart, with quote and source link; the page still opens with its chart alone."""
    assert len(app(default_db, monkeypatch, "pages/2_casualties.py").dataframe) == 0
    at = app(default_db, monkeypatch, "pages/2_casualties.py", section="Latest per claimant")
    latest, every = (d.value for d in at.dataframe)
    for table in (latest, every):
        assert {"claimant", "figure", "source_url", "quote", "claim_id"} <= set(table.columns)
    assert latest["claimant"].is_unique and len(every) >= len(latest) > 1
    assert set(latest["claim_id"]) <= set(every["claim_id"])


def test_a_deployment_total_with_no_known_date_is_named_not_silently_left_out(
    default_db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """(session 20, QA pass 2 find 3) The US official's "about 11,000" (F19) has no known date: the
    charts over time and of each claimant's latest cannot place it, and they say so."""
    for tab in ("Over time", "Latest per claimant"):
        at = app(default_db, monkeypatch, "pages/3_deployments.py", deploy_chart=tab)
        notes = [c.value for c in at.caption if "no known date" in c.value]
        assert notes and "Explore & export" in notes[0], [c.value for c in at.caption]
    # a date filter leaves undated figures out anyway: no note then
    at = app(default_db, monkeypatch, "pages/3_deployments.py", dates=["2024-10-01", "2025-06-30"])
    assert not [c.value for c in at.caption if "no known date" in c.value]


def test_claims_with_no_figure_are_counted_where_the_charts_leave_them_out(
    default_db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """(QA pass 23) Kirby's "several dozens" (F44) and Zelenskyy's first claim of losses (F01) give
    no figure: the Competing chart left them out without a word, and the deployments page said
    only "No deployment figures match" for Rutte, whose claim has no number. Both say how many
    claims with no figure they leave out, and where to find them."""
    at = app(default_db, monkeypatch, "pages/2_casualties.py")
    notes = [c.value for c in at.caption if "with no figure" in c.value]
    assert notes and "Explore & export" in notes[0], [c.value for c in at.caption]
    assert int(notes[0].split()[0]) >= 2  # F01 and F44 at least
    at = app(default_db, monkeypatch, "pages/3_deployments.py", claimant="Mark Rutte (NATO)")
    assert [i.value for i in at.info] == ["No deployment figures match the filters."]
    notes = [c.value for c in at.caption if "with no figure" in c.value]
    assert notes and notes[0].startswith("1 claim of this series with no figure"), [
        c.value for c in at.caption
    ]
    # the period tab says the metric choice is not its own
    at = app(default_db, monkeypatch, "pages/2_casualties.py", section="Period figures")
    assert any("Every metric of the chosen subject is drawn here" in c.value for c in at.caption)


@pytest.mark.parametrize(
    ("page", "params", "named"),
    [
        ("pages/1_overview.py", {"overview_chart": "zzz", "daily": "maybe"}, ["overview_chart", "daily"]),
        ("pages/2_casualties.py", {"view": "bogus"}, ["view"]),
        ("pages/2_casualties.py", {"section": "nope", "subject_of": "Martians"}, ["section", "subject_of"]),
        (
            "pages/2_casualties.py",
            {"view": "Whole war", "war_metric": "x", "log": "maybe"},
            ["war_metric", "log"],
        ),
        ("pages/2_casualties.py", {"view": "Whole war", "section": "nope"}, ["section"]),  # QA pass 5
        (
            "pages/3_deployments.py",
            {"deploy_chart": "<script>", "troops_of": "x"},
            ["deploy_chart", "troops_of"],
        ),
        # (QA pass 34) with no deployment figure to show too
        ("pages/3_deployments.py", {"q": "zzzzqq", "deploy_chart": "bogus"}, ["deploy_chart"]),
        ("pages/4_attribution.py", {"attribution_chart": "-1"}, ["attribution_chart"]),
        ("pages/5_map.py", {"map_view": "💣"}, ["map_view"]),
    ],
)
def test_every_page_names_the_link_values_its_controls_do_not_accept(
    default_db: Path, monkeypatch: pytest.MonkeyPatch, page: str, params: dict[str, str], named: list[str]
) -> None:
    """(Round 42's QA pass) only Explore named them; every other page dropped a link's bad
    control value from the address without a word."""
    at = app(default_db, monkeypatch, page, **params)
    assert not at.exception
    notes = " ".join(as_shown(w.value) for w in at.sidebar.warning)
    for key in named:
        assert f"Ignored {key} value(s) in the link" in notes, (key, notes)


def test_a_link_s_rows_and_sort_no_control_accepts_are_named_in_the_sidebar(
    default_db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """(session 20, QA pass 2 find 6) "rows=7&sort=bogus" were dropped without a word."""
    at = app(default_db, monkeypatch, "pages/6_explore.py", rows="7", sort="bogus")
    assert not at.exception
    notes = " ".join(as_shown(w.value) for w in at.sidebar.warning)
    assert (
        "Ignored rows value(s) in the link: '7'" in notes
        and "Ignored sort value(s) in the link: 'bogus'" in notes
    )
    assert at.selectbox(key="sort").value == "stated_on" and at.selectbox(key="rows").value == 250
    # a link the controls accept says nothing
    at = app(default_db, monkeypatch, "pages/6_explore.py", rows="500", sort="claimant")
    assert not [w for w in at.sidebar.warning if "Ignored" in w.value]


def test_troop_deployments_latest_totals_leave_out_batches(
    default_db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    at = app(default_db, monkeypatch, "pages/3_deployments.py", deploy_chart="Latest per claimant")
    claimants = set(at.dataframe[0].value["claimant"])
    assert "Pat Ryder (US Department of Defense)" in claimants
    assert "Sergei Shoigu (Security Council of Russia)" not in claimants, (
        "his figures are batches, not totals"
    )


def test_explore_shows_exactly_the_filtered_rows(default_db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    at = app(default_db, monkeypatch, "pages/6_explore.py", claimant="Defense Intelligence of Ukraine (HUR)")
    table = at.dataframe[0].value
    assert set(table["claimant"]) == {"Defense Intelligence of Ukraine (HUR)"}
    assert len(at.get("download_button")) == 1
    # The date stated with its precision (a month-precision claim is stored on the 1st), then the
    # figure as claimed among the first columns on screen (it was the tenth, off screen), and
    # every claims_flat column is still there.
    assert list(at.dataframe[0].proto.column_order)[:4] == [
        "stated_on",
        "stated_on_precision",
        "claimant",
        "figure",
    ]
    assert "at least 30" in set(table["figure"])
    assert {"claim_id", "value_low", "value_high", "qualifier", "quote"} <= set(table.columns)


@pytest.mark.usefixtures("fresh_caches")  # a new published file, with nothing cached before
def test_a_running_dashboard_picks_up_a_rebuilt_database(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, built_curated_db: Path
) -> None:
    """The ETL publishes a new file while a session has the old one open: no lock, no error."""
    data = tmp_path / "data"  # the curated files (the run's curated build is of the same files)
    shutil.copytree(ROOT / "data", data, ignore=shutil.ignore_patterns("*.duckdb*", ".versions", "sources"))
    pointer = copy_build(built_curated_db, tmp_path / "db")
    at = app(pointer, monkeypatch)
    before = claims_metric(at)
    with (data / "claims.csv").open("a", encoding="utf-8") as fh:
        fh.write(
            "hot-swap,HUR,Telegram,2025-02-01,day,casualties,killed,DPRK forces,12,12,exact,period,"
            "2025-01-30,2025-01-31,Sudzha,Kursk Oblast,unverified,aa-2024-12-16-hur-dprk-casualties,"
            "A claim added while the dashboard runs,\n"
        )
    build(data, pointer)  # succeeds although the session still holds the previous version open
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    assert claims_metric(at) == before + 1


def _span_and_claims(db_path: Path, f: Filters) -> tuple[dt.date, dt.date, int]:
    """The data's first and last date stated, and the overview's claim count under `f`."""
    con = db.connect_readonly(db_path.resolve())
    try:
        lo, hi = queries.date_span(con)
        assert lo is not None and hi is not None
        return lo, hi, int(queries.headline(con, f)["claims"].iloc[0])
    finally:
        con.close()


def test_a_page_controls_link_notice_goes_once_that_control_is_changed(
    default_db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """(QA 9) "Ignored view value(s) in the link: 'bogus'" stayed beside the view the analyst had
    chosen, through every later step. It goes with the first change of its control, even on a view
    that stops the page early; a shared filter's notice is the filters' own (it stays here, as no
    filter changed), and a page switch keeps the notices of an unchanged control."""
    at = app(
        default_db, monkeypatch, "pages/2_casualties.py", view="bogus", section="nope", claimant="Nobody"
    )
    first = [as_shown(w.value) for w in at.sidebar.warning]
    assert any("view value" in n for n in first) and any("section value" in n for n in first)
    assert any("claimant" in n for n in first)
    at.radio(key="view").set_value("Whole war").run()  # (this view stops the page early)
    assert not at.exception
    now = [as_shown(w.value) for w in at.sidebar.warning]
    assert not any("view value" in n or "section value" in n for n in now), now
    assert any("claimant" in n for n in now)
    at.radio(key="view").set_value("Kursk & DPRK").run()  # back: the notice does not come back
    assert not any("view value" in n for n in (as_shown(w.value) for w in at.sidebar.warning))
    ov = app(default_db, monkeypatch, "pages/1_overview.py", overview_chart="bogus")
    assert any("overview_chart" in as_shown(w.value) for w in ov.sidebar.warning)
    ov.switch_page("pages/6_explore.py").run()
    ov.switch_page("pages/1_overview.py").run()
    assert any("overview_chart" in as_shown(w.value) for w in ov.sidebar.warning)


def test_a_link_notice_holds_across_pages_and_goes_once_a_filter_changes(
    default_db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """(QA 7) "Ignored: the dates ..." stayed in the sidebar for the whole session, after the
    analyst had set other filters: it then described a view no longer on screen."""
    at = app(default_db, monkeypatch, dates=["2099-06-01", "2099-07-01"])
    assert [as_shown(w.value)[:7] for w in at.sidebar.warning] == ["Ignored"]
    at.switch_page("pages/6_explore.py").run()  # the same view on another page: still named
    assert [as_shown(w.value)[:7] for w in at.sidebar.warning] == ["Ignored"]
    at.multiselect(key="type").set_value(["casualties"]).run()
    assert not at.exception
    assert at.session_state["_filters"].claim_types == ("casualties",)
    assert [as_shown(w.value) for w in at.sidebar.warning] == []
    at.multiselect(key="type").set_value([]).run()  # back to the link's view: it does not come back
    assert [as_shown(w.value) for w in at.sidebar.warning] == []


@pytest.mark.parametrize(
    ("dates", "expected", "notice"),
    [
        # Reversed: swapped whole (the full span, so every claim, undated ones included).
        (["HI", "LO"], None, "Swapped"),
        (["2025-01-31", "2024-12-01"], ("2024-12-01", "2025-01-31"), "Swapped"),
        (["2024-12-16"], ("2024-12-16", "2024-12-16"), "The link gives one date"),
        (["2024-12-16", "2024-12-16"], ("2024-12-16", "2024-12-16"), None),
        (["1999-01-01", "2024-12-31"], ("LO", "2024-12-31"), "Clamped"),
        (["2099-06-01", "2099-07-01"], None, "Ignored"),
        # (QA 6) a date not written YYYY-MM-DD is ignored, and so is the whole range: the date
        # control bound to the link must not read it by itself
        (["2024-12-1", "2025-01-01"], None, "Ignored"),
        (["2025-01-01", "2024-12-1"], None, "Ignored"),
        (["2024-12-1"], None, "Ignored"),
    ],
)
def test_date_links_are_applied_whole_and_every_adjustment_is_named(
    default_db: Path,
    monkeypatch: pytest.MonkeyPatch,
    dates: list[str],
    expected: tuple[str, str] | None,
    notice: str | None,
) -> None:
    """The claim count is the one the named query gives for the adjusted range (or all dates)."""
    lo, hi, total = _span_and_claims(default_db, Filters())
    sub = {"LO": lo.isoformat(), "HI": hi.isoformat()}
    dates = [sub.get(d, d) for d in dates]
    if expected is None:
        described, claims = "no filters (all claims)", total
    else:
        start, end = (dt.date.fromisoformat(sub.get(d, d)) for d in expected)
        described = f"stated {start} to {end}"
        claims = _span_and_claims(default_db, Filters(date_from=start, date_to=end))[2]
        assert 0 < claims < total  # the range is applied, and it narrows the view
    at = app(default_db, monkeypatch, dates=dates)
    assert claims_metric(at) == claims
    assert at.session_state["_filters"].describe() == described
    if notice == "Ignored":  # (QA 6) and the link no longer carries what was ignored
        assert "dates" not in at.query_params, at.query_params
    notices = [as_shown(w.value) for w in at.sidebar.warning]
    if notice is None:
        assert notices == []
    else:
        assert len(notices) == 1 and notices[0].startswith(notice)
    at.switch_page("pages/6_explore.py").run()  # the export sees the same filter
    assert not at.exception
    assert at.session_state["_filters"].describe() == described


def test_a_date_link_logs_no_warning_on_the_server(default_db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """(QA pass 26) Every `?dates=` link logged Streamlit's "created with a default value but
    also had its value set via the Session State API" with a stack trace: the link's range is set
    through session state on purpose (QA 6), so the server's log said something was wrong when
    nothing was. The project's config turns that one warning off (.streamlit/config.toml)."""
    from streamlit.elements.lib import policies

    logged: list[str] = []
    monkeypatch.setattr(policies, "_shown_default_value_warning", False)  # (once per process)
    monkeypatch.setattr(policies._LOGGER, "warning", lambda msg, *a, **k: logged.append(msg % a))
    lo, hi, _total = _span_and_claims(default_db, Filters())
    start = lo + dt.timedelta(days=30)
    at = app(default_db, monkeypatch, dates=[start.isoformat(), hi.isoformat()])
    assert at.session_state["_filters"].describe() == f"stated {start} to {hi}"
    assert logged == []


def test_most_recent_claims_say_how_many_of_the_matching_claims_they_show(
    built_default_db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """(QA pass 32) The tab listed 15 of 19 matching claims with nothing to say it was not all."""
    at = app_test(built_default_db, monkeypatch, "pages/1_overview.py", overview_chart="Most recent claims")
    claims = int(at.metric[0].value.replace(",", ""))
    assert claims > 15
    assert f"The 15 most recently stated of {claims:,} claims" in " ".join(c.value for c in at.caption)
    one = app_test(
        built_default_db,
        monkeypatch,
        "pages/1_overview.py",
        overview_chart="Most recent claims",
        q="Kurilovka",
    )
    assert not [c.value for c in one.caption if "most recently stated" in c.value]


def test_a_control_given_twice_in_a_link_says_which_value_the_page_shows(
    built_default_db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """(QA pass 32) "?rows=500&rows=100" showed 100 rows and "?q=Kurilovka&q=Sudzha" searched
    "Sudzha" alone, with no notice."""
    at = app_test(
        built_default_db, monkeypatch, "pages/6_explore.py", rows=["500", "100"], q=["Kurilovka", "Sudzha"]
    )
    said = " ".join(as_shown(w.value) for w in at.warning)
    assert "The link gives rows 2 times: the page shows '100'." in said
    assert at.selectbox(key="rows").value == 100
    assert "The link gives the text search 2 times: searched 'Sudzha' only" in said
    assert at.text_input(key="q").value == "Sudzha"


def test_the_timeline_says_the_daily_series_is_left_out_only_when_it_matches(
    built_default_db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """(QA pass 32) With filters no daily-series claim matches, the title still said "imported
    daily series left out"."""

    def title(**params: str) -> str:
        at = app_test(built_default_db, monkeypatch, "pages/1_overview.py", **params)
        return next(
            s["layout"]["title"]["text"]
            for s in chart_specs(at)
            if "per month" in s["layout"]["title"]["text"]
        )

    assert "left out" in title()  # the General Staff series matches with no filter
    assert "left out" not in title(metric="killed_or_wounded", subject="DPRK forces")


def test_a_long_search_in_a_link_is_shortened_at_a_words_end(
    default_db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """(QA pass 34) A 203-character search was cut at 200, inside a word ("… soldi"), and matched
    no claim though its words matched three; the notice said only "Shortened"."""
    q = "K " + ("North Korean soldiers killed near Plekhovo " * 5).strip()  # (200 cuts "killed")
    assert len(q) > 200 and not q[199].isspace() and not q[200].isspace()
    at = app(default_db, monkeypatch, "pages/6_explore.py", q=q)
    kept = at.sidebar.text_input(key="q").value
    assert len(kept) <= 200 and q.startswith(kept) and q[len(kept)].isspace()
    assert at.query_params["q"] == kept
    notes = " ".join(as_shown(w.value) for w in at.sidebar.warning)
    assert f"to its first {len(kept.split())} words" in notes


def test_a_pages_main_column_points_to_the_links_notices_in_the_sidebar(
    default_db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """(QA pass 34) On a phone the sidebar is closed: a link with a misspelt claimant, a bad date
    and a wrong view showed the default view with no word of why. Under the filters line the page
    says how many notices the sidebar holds; a clean link says nothing."""
    at = app(
        default_db, monkeypatch, "pages/2_casualties.py", claimant="Volodymir Zelensky", view="Whole War"
    )
    notices = [w for w in at.sidebar.warning]
    assert len(notices) == 2
    pointer = [c.value for c in at.main.caption if "in the sidebar" in c.value]
    assert len(pointer) == 1 and "2 notices" in pointer[0]
    clean = app(default_db, monkeypatch, "pages/2_casualties.py", claimant="Volodymyr Zelenskyy")
    assert not clean.sidebar.warning and not [c for c in clean.main.caption if "in the sidebar" in c.value]


def test_the_filter_lists_offer_no_select_all_matches(
    default_db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """(QA pass 34) Typing "killed" in Metric then Enter chose "Select 2 matches", the first line
    of the list: killed and killed_or_wounded, two different counts, as one filter."""
    at = app(default_db, monkeypatch)
    lists = [
        at.sidebar.multiselect(key=k) for k in ("claimant", "side", "type", "metric", "subject", "place")
    ]
    assert all(not m.proto.select_all for m in lists)
