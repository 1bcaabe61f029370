"""End to end in a real headless Chromium: a fresh server, every page, a shared link, the CSV.

The first session after a fresh server start is the one Streamlit's legacy `pages/` mode breaks,
so each `test_first_session_*` scenario starts a fresh server (`server`) and its first page load is
the session under test: besides its own checks, it never shows the legacy navigation, not even
for a moment (`tests.browser`: every page records it from its first DOM change). The other
scenarios use whichever server is running (`shared_server`). The module's servers run one at a
time on one port, and every scenario uses the module's one browser tab (`page`: cookies, stored
state and routes cleared between tests; the frontend's scripts stay cached, as for a returning
visitor); the tour of every page switches pages in the top bar as a visitor does.
Screenshots of every page go to artifacts/screenshots/ (and to docs/screenshots/ when
UPDATE_SCREENSHOTS=1, for the README).
"""

from __future__ import annotations

import csv
import io
import os
import shutil
import time
import urllib.parse
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import duckdb
import pytest

from claimsdesk import chartview, nav
from tests.browser import (
    CHROMIUM,
    LEGACY_RECORDER,
    assert_no_legacy_navigation,
    close_filters,
    expect_shared_filters,
    open_filters,
)
from tests.helpers import ROOT
from tests.serving import Streamlit, free_port

LAUNCH_ARGS = [
    "--no-sandbox",
    "--headless",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-back-forward-cache",  # a page left for the next server never comes back to life
]
SHOTS = ROOT / "artifacts" / "screenshots"
PAGES = {
    "overview": ("", 1),
    "casualties": ("casualties", 1),  # the latest-per-claimant bars are a lazy tab
    "deployments": ("deployments", 1),  # the latest-per-claimant bars are a lazy tab
    "attribution": ("attribution", 1),  # one chart per lazy tab
    "map": ("map", 1),
    "explore": ("explore", 0),
    "sources": ("sources", 0),
    "review": ("review", 0),
}
#: The top bar's link title of each page, by URL path ("" is the default page, at /).
NAV_TITLES = {("" if i == 0 else url): title for i, (_, title, url) in enumerate(nav.PAGES + nav.LOCAL_PAGES)}
ZELENSKYY = "Volodymyr Zelenskyy"
HUR = "Defense Intelligence of Ukraine (HUR)"

pytestmark = pytest.mark.browser

if not CHROMIUM.exists():
    if os.environ.get("CI"):
        raise RuntimeError(
            "CI must run the browser test: install Debian's chromium-headless-shell (.ci/run does)"
        )
    pytest.skip(f"needs Debian's chromium (looked for {CHROMIUM})", allow_module_level=True)

sync_api = pytest.importorskip("playwright.sync_api")


@pytest.fixture(scope="module")
def db(built_default_db: Path) -> Path:
    """The session's build of data/ (the served dashboard only reads it)."""
    return built_default_db


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=LAUNCH_ARGS)
        yield b
        b.close()


class _Slot:
    """The module's dashboard servers, one at a time on one loopback port.

    `fresh()` stops the running server and starts a new one on the same port: its first session
    is the next page load. Every server of the module has the same address, so the tab's
    cache still holds the frontend's scripts a new server sends again (a load from a new
    address costs Chromium about 3 s more CPU). Should the port have been taken meanwhile, the
    new server gets another free one.
    """

    def __init__(self, db: Path, folder: Path) -> None:
        self.db, self.folder, self.port = db, folder, free_port()
        self.current: Streamlit | None = None
        self.started = 0

    def fresh(self) -> Streamlit:
        self.stop()
        self.started += 1
        log = self.folder / f"streamlit-{self.started}.log"
        env = {"CLAIMS_DESK_DB": str(self.db)}
        try:
            self.current = Streamlit(log, env, port=self.port)
        except RuntimeError:  # the port was taken between two servers
            self.port = free_port()
            self.current = Streamlit(log, env, port=self.port)
        return self.current

    def running(self) -> Streamlit:
        if self.current is None or self.current.proc.poll() is not None:
            return self.fresh()
        return self.current

    def stop(self) -> None:
        if self.current is not None:
            self.current.stop()
            self.current = None


@pytest.fixture(scope="module")
def slot(db: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[_Slot]:
    s = _Slot(db, tmp_path_factory.mktemp("e2e-servers"))
    yield s
    s.stop()


@pytest.fixture
def server(slot: _Slot, page: object) -> Streamlit:
    """A fresh server: the test's first page load is the server's first session (the shared
    tab has left the previous server's page, see `page`, before it stops)."""
    return slot.fresh()


@pytest.fixture
def shared_server(slot: _Slot) -> Streamlit:
    """The running server (whatever sessions it has served) for the scenarios that are not
    about a server's first session."""
    return slot.running()


@contextmanager
def _tab(browser: object) -> Iterator[object]:
    """A tab in a new browser context that records the legacy navigation and external requests."""
    ctx = browser.new_context(viewport={"width": 1500, "height": 1100}, accept_downloads=True)  # type: ignore[attr-defined]
    pg = ctx.new_page()
    pg.add_init_script(LEGACY_RECORDER)  # watches for the legacy navigation from the first DOM change
    pg.external_requests = []  # type: ignore[attr-defined]

    def note(req: object) -> None:
        url = req.url  # type: ignore[attr-defined]
        if not url.startswith(("http://127.0.0.1", "http://localhost", "data:", "blob:", "about:")):
            pg.external_requests.append(url)  # type: ignore[attr-defined]

    pg.on("request", note)
    yield pg
    ctx.close()


@pytest.fixture(scope="module")
def tab(browser: object) -> Iterator[object]:
    with _tab(browser) as pg:
        yield pg


@pytest.fixture
def page(tab: object) -> Iterator[object]:
    """The module's one tab, as a new visitor has it: no cookies, no stored state (the sidebar's
    collapsed state is kept in localStorage), no routes, no external requests noted yet; only
    the browser's cache of the frontend is kept. A page load in a tab that has loaded the app
    before costs about half the browser CPU of one in a new context. After the test the tab
    leaves the app (about:blank), so no session of it reconnects to a later server."""
    pg = tab
    pg.external_requests.clear()  # type: ignore[attr-defined]
    yield pg
    pg.unroute_all(behavior="ignoreErrors")  # type: ignore[attr-defined]
    if pg.url.startswith("http"):  # type: ignore[attr-defined]
        pg.evaluate("() => { localStorage.clear(); sessionStorage.clear(); }")  # type: ignore[attr-defined]
    pg.goto("about:blank")  # type: ignore[attr-defined]
    pg.context.clear_cookies()  # type: ignore[attr-defined]


def wait_for_app(pg: object) -> None:
    """Streamlit's own e2e wait: debounce, connected, script not running, no skeletons."""
    pg.wait_for_timeout(250)  # type: ignore[attr-defined]
    pg.wait_for_selector(
        "[data-testid=stApp][data-test-connection-state=CONNECTED]", state="attached", timeout=60_000
    )  # type: ignore[attr-defined]
    pg.wait_for_selector(
        "[data-testid=stApp][data-test-script-state=notRunning]", state="attached", timeout=90_000
    )  # type: ignore[attr-defined]
    sync_api.expect(pg.get_by_test_id("stSkeleton")).to_have_count(0, timeout=30_000)  # type: ignore[attr-defined]
    # The first session may be between the legacy-mode run and the guard's rerun: wait for the
    # final frame (st.navigation's links and the shared filters), then for that run to end.
    nav = pg.get_by_test_id("stTopNav").get_by_test_id("stTopNavLink")  # type: ignore[attr-defined]
    sync_api.expect(nav.first).to_have_text("Overview", timeout=30_000)
    expect_shared_filters(pg, 30_000)
    pg.wait_for_selector(
        "[data-testid=stApp][data-test-script-state=notRunning]", state="attached", timeout=90_000
    )  # type: ignore[attr-defined]
    pg.wait_for_timeout(600)  # type: ignore[attr-defined]


def chosen(pg: object, key: str) -> str:
    """What the shared filter `key` shows (read in its popover, closed again afterwards)."""
    open_filters(pg)
    text = pg.locator(f".st-key-{key}").inner_text()  # type: ignore[attr-defined]
    close_filters(pg)
    return text


def query_params(pg: object) -> dict[str, list[str]]:
    return urllib.parse.parse_qs(urllib.parse.urlparse(pg.url).query)  # type: ignore[attr-defined]


def shoot(pg: object, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    pg.screenshot(path=str(SHOTS / f"{name}.png"), full_page=True)  # type: ignore[attr-defined]
    if os.environ.get("UPDATE_SCREENSHOTS"):
        docs = ROOT / "docs" / "screenshots"
        docs.mkdir(parents=True, exist_ok=True)
        shutil.copy(SHOTS / f"{name}.png", docs / f"{name}.png")


def test_first_session_keeps_filters_when_switching_pages(server: Streamlit, page: object) -> None:
    """Also (QA pass 32) the switch puts the filters back in one change of address: one per
    filter left a history entry each, and Back went through views nobody chose (the claimant
    without the metric, then no filter at all)."""
    wanted = {
        "claimant": [ZELENSKYY],
        "metric": ["killed_or_wounded"],
        "dates": ["2024-12-01", "2025-01-31"],
        "q": ["Kursk"],
        "verification": ["unverified"],
    }
    page.goto(f"{server.url}/?{urllib.parse.urlencode(wanted, doseq=True)}")  # type: ignore[attr-defined]
    wait_for_app(page)
    assert ZELENSKYY in chosen(page, "claimant")
    before = page.evaluate("history.length")  # type: ignore[attr-defined]
    page.get_by_test_id("stTopNav").get_by_text("Casualty claims").click()  # type: ignore[attr-defined]
    wait_for_app(page)
    assert "/casualties" in page.url  # type: ignore[attr-defined]
    assert {k: query_params(page).get(k) for k in wanted} == wanted
    assert page.evaluate("history.length") - before <= 2  # type: ignore[attr-defined]
    # (QA pass 33) a second switch too: the controls put their filters back one by one, one
    # history entry each; Back now goes to the page before with every filter, never a part
    page.get_by_test_id("stTopNav").get_by_text("Explore & export").click()  # type: ignore[attr-defined]
    wait_for_app(page)
    assert {k: query_params(page).get(k) for k in wanted} == wanted
    seen = []
    for _ in range(3):
        page.go_back()  # type: ignore[attr-defined]
        page.wait_for_timeout(1500)  # type: ignore[attr-defined]
        seen.append((urllib.parse.urlparse(page.url).path, {k: query_params(page).get(k) for k in wanted}))  # type: ignore[attr-defined]
        if seen[-1][0].endswith("/casualties"):
            break
    assert seen[-1][0].endswith("/casualties"), seen
    assert all(params == wanted for _path, params in seen), seen
    assert ZELENSKYY in chosen(page, "claimant")
    assert page.get_by_test_id("stException").count() == 0  # type: ignore[attr-defined]
    assert page.external_requests == []  # type: ignore[attr-defined]
    assert_no_legacy_navigation(page)  # the first session, on / then on a page


def test_first_session_deep_link_to_a_page_shows_its_filters(server: Streamlit, page: object) -> None:
    """Also (QA pass 21) two more viewers open the link at the same moment: all but the first
    stayed in Streamlit's legacy `pages/` run (the first had cleared the process-wide flag before
    they checked it), with no navigation, no filters and every claim, in the table and the CSV."""
    url = f"{server.url}/deployments?claimant={urllib.parse.quote(HUR)}&type=deployment"
    others = [page.context.new_page() for _ in range(2)]  # type: ignore[attr-defined]
    try:
        for pg in others:
            pg.add_init_script(LEGACY_RECORDER)
        for pg in (page, *others):
            pg.goto(url, wait_until="commit")
        for pg in others:
            wait_for_app(pg)
            assert "/deployments" in pg.url
            assert HUR in pg.get_by_test_id("stSidebar").inner_text()
            assert pg.get_by_test_id("stTopNav").count() == 1
            assert pg.get_by_test_id("stException").count() == 0
    finally:
        for pg in others:
            pg.close()
    wait_for_app(page)
    assert "/deployments" in page.url  # type: ignore[attr-defined]
    # The lists are not drawn until their popover opens (issue 11's first paint), yet the page
    # applies them and says so beside the popover.
    assert page.get_by_test_id("stMultiSelect").count() == 0  # type: ignore[attr-defined]
    assert HUR in page.get_by_test_id("stSidebar").inner_text()  # type: ignore[attr-defined]
    assert HUR in chosen(page, "claimant")
    assert "deployment" in chosen(page, "type")
    assert page.get_by_test_id("stTopNav").count() == 1  # type: ignore[attr-defined]
    assert page.get_by_test_id("stSidebarNav").count() == 0  # type: ignore[attr-defined]
    assert page.get_by_test_id("stException").count() == 0  # type: ignore[attr-defined]
    assert_no_legacy_navigation(page)


def test_every_page_renders_its_charts_without_errors(shared_server: Streamlit, page: object) -> None:
    """Every page, reached as a visitor does: the first by its URL, the others by the top bar.

    (Switching pages in the top bar reruns the script in the same session; loading each URL
    would reload the whole frontend for every page, about twice the browser CPU. Loading a page
    by its URL is what the deep-link, hostile-link and download scenarios do.)
    """
    for k, (name, (path, n_charts)) in enumerate(PAGES.items()):
        if k == 0:
            page.goto(f"{shared_server.url}/{path}")  # type: ignore[attr-defined]
        else:
            page.get_by_test_id("stTopNav").get_by_text(NAV_TITLES[path], exact=True).click()  # type: ignore[attr-defined]
        wait_for_app(page)
        assert urllib.parse.urlparse(page.url).path == f"/{path}", name  # type: ignore[attr-defined]
        charts = page.get_by_test_id("cdChart")  # type: ignore[attr-defined]
        if n_charts:
            # Waited for, not counted at once: after a top-bar click on a busy machine the new
            # page's elements can arrive after wait_for_app's settle time (seen once in CI: the
            # Map's chart was counted 0 times a moment before it was drawn).
            charts.nth(n_charts - 1).wait_for(state="attached", timeout=30_000)
        for i in range(charts.count()):
            # A rendered Plotly chart has drawn SVG with marks in it.
            sync_api.expect(charts.nth(i).locator(".main-svg").first).to_be_visible(timeout=30_000)
            # (QA pass 34) its toolbar offers no "Share chart…" (an upload to Plotly's cloud)
            assert charts.nth(i).locator(".modebar-btn").count() > 0, name
            assert charts.nth(i).locator('.modebar-btn[data-title^="Share chart"]').count() == 0, name
            # (QA pass 34) named for screen readers by its title
            title = charts.nth(i).locator(".gtitle").first
            label = charts.nth(i).get_attribute("aria-label") or ""
            assert charts.nth(i).get_attribute("role") == "figure" and label.endswith(" (chart)"), name
            if title.count():
                drawn = " ".join((title.text_content() or "").replace("\u200b", " ").split())
                assert label.startswith(drawn[:20]), (name, label, drawn)
        assert page.get_by_test_id("stException").count() == 0, name  # type: ignore[attr-defined]
        shoot(page, name)
    assert page.external_requests == [], page.external_requests  # type: ignore[attr-defined]


def test_a_secondary_chart_is_drawn_only_when_its_tab_is_opened(
    shared_server: Streamlit, page: object
) -> None:
    """Issue 11 first paint: Attribution opens with one drawn chart; the flow chart is neither in
    the page nor drawn until its tab is clicked, then it is drawn and the link names the tab."""
    page.goto(f"{shared_server.url}/attribution")  # type: ignore[attr-defined]
    wait_for_app(page)
    charts = page.get_by_test_id("cdChart")  # type: ignore[attr-defined]
    assert charts.count() == 1
    sync_api.expect(charts.first.locator(".main-svg").first).to_be_visible(timeout=30_000)
    assert page.locator(".sankey").count() == 0  # type: ignore[attr-defined]
    page.get_by_role("tab", name="Claimant → channel → outlet").click()  # type: ignore[attr-defined]
    wait_for_app(page)
    sync_api.expect(page.locator(".js-plotly-plot .sankey").first).to_be_visible(timeout=30_000)  # type: ignore[attr-defined]
    assert page.get_by_test_id("cdChart").count() == 1  # type: ignore[attr-defined]
    assert query_params(page).get("attribution_chart") == ["Claimant → channel → outlet"]
    assert page.get_by_test_id("stException").count() == 0  # type: ignore[attr-defined]


def test_a_map_waits_for_slow_outlines_instead_of_fetching_them_again(
    shared_server: Streamlit, page: object
) -> None:
    """The outlines the Map page's first message fetches arrive late (1.5 s): the map waits for
    them instead of drawing its frame and letting Plotly download the same file again (xhr)."""

    def slow(route: object) -> None:
        time.sleep(1.5)
        route.continue_()  # type: ignore[attr-defined]

    page.route(f"**/topojson/{nav.MAP_OUTLINES}.json", slow)  # type: ignore[attr-defined]
    try:
        page.goto(f"{shared_server.url}/map")  # type: ignore[attr-defined]
        wait_for_app(page)
        chart = page.get_by_test_id("cdChart").first  # type: ignore[attr-defined]
        sync_api.expect(chart.locator(".geo .layer.land path").first).to_be_attached(timeout=30_000)
        fetched = page.evaluate(  # type: ignore[attr-defined]
            "performance.getEntriesByType('resource').filter(r => r.name.includes('/topojson/'))"
            ".map(r => r.initiatorType)"
        )
        assert fetched == ["fetch"], fetched
    finally:
        page.unroute(f"**/topojson/{nav.MAP_OUTLINES}.json")  # type: ignore[attr-defined]


def test_the_map_draws_the_outlines_its_first_message_fetched(shared_server: Streamlit, page: object) -> None:
    """Issue 11 first paint: the Map page fetches Plotly's Europe outlines with its first message
    into Plotly's own cache, so Plotly draws them without fetching any (neither the Europe file
    again nor the 1.1 MB world file), and the map's land and markers are drawn."""
    page.goto(f"{shared_server.url}/map")  # type: ignore[attr-defined]
    wait_for_app(page)
    chart = page.get_by_test_id("cdChart").first  # type: ignore[attr-defined]
    sync_api.expect(chart.locator(".geo .layer.land path").first).to_be_attached(timeout=30_000)
    sync_api.expect(chart.locator(".geo .scatterlayer .trace").first).to_be_attached(timeout=30_000)
    fetched = page.evaluate(  # type: ignore[attr-defined]
        "performance.getEntriesByType('resource').filter(r => r.name.includes('/topojson/'))"
        ".map(r => [r.name.split('/').pop(), r.initiatorType])"
    )
    assert fetched == [[f"{nav.MAP_OUTLINES}.json", "fetch"]], fetched  # ours only, not Plotly's (xhr)
    assert page.evaluate(f"!!window.PlotlyGeoAssets.topojson['{nav.MAP_OUTLINES}'].objects.land")  # type: ignore[attr-defined]
    assert page.get_by_test_id("stException").count() == 0  # type: ignore[attr-defined]


def test_charts_load_plotly_once_as_a_classic_script_not_streamlits_module(
    shared_server: Streamlit, page: object
) -> None:
    """Issue 11 first paint: Plotly comes from the app's static folder through one classic
    <script> (Chromium keeps compiled code for those, not for ES modules), never from
    Streamlit's PlotlyChart module, and it is fetched once however many charts the page has
    (the whole-war view draws two)."""
    page.goto(f"{shared_server.url}/casualties?view=Whole+war")  # type: ignore[attr-defined]
    wait_for_app(page)
    charts = page.get_by_test_id("cdChart")  # type: ignore[attr-defined]
    sync_api.expect(charts).to_have_count(2, timeout=30_000)
    for i in range(2):
        sync_api.expect(charts.nth(i).locator(".main-svg .trace").first).to_be_attached(timeout=30_000)
    loaded = page.evaluate(  # type: ignore[attr-defined]
        "performance.getEntriesByType('resource').map(r => [r.name.split('/').pop(), r.initiatorType])"
        ".filter(([n]) => n.toLowerCase().includes('plotly'))"
    )
    assert loaded == [[chartview.PLOTLY_NAME, "script"]], loaded
    scripts = page.evaluate(  # type: ignore[attr-defined]
        "[...document.querySelectorAll('script[data-cd-plotly]')].map(s => [s.type, s.getAttribute('src')])"
    )
    assert scripts == [["", chartview.PLOTLY_URL]], scripts  # one classic script (no type="module")


def test_a_chart_is_drawn_when_the_first_request_for_plotly_fails(
    shared_server: Streamlit, page: object
) -> None:
    """A dropped request for Plotly (the page's preload) does not leave the page without charts:
    the chart element asks again."""
    attempts: list[str] = []

    def flaky(route: object) -> None:
        attempts.append(route.request.url)  # type: ignore[attr-defined]
        if len(attempts) == 1:
            route.abort()  # type: ignore[attr-defined]
        else:
            route.continue_()  # type: ignore[attr-defined]

    page.route(f"**/{chartview.PLOTLY_NAME}", flaky)  # type: ignore[attr-defined]
    page.goto(f"{shared_server.url}/deployments")  # type: ignore[attr-defined]
    wait_for_app(page)
    sync_api.expect(page.get_by_test_id("cdChart").first.locator(".main-svg .trace").first).to_be_attached(  # type: ignore[attr-defined]
        timeout=30_000
    )
    assert len(attempts) == 2, attempts


def test_a_chart_opens_full_screen_and_follows_the_width_of_its_column(
    shared_server: Streamlit, page: object
) -> None:
    """Streamlit's charts have a full-screen button, and analysts read crowded charts that way: the
    chart element keeps one. Full screen gives the chart the screen's height; leaving restores it.

    Then, on the same page: the chart element redraws Plotly at its column's width when the
    column changes, as Streamlit's own chart does: closing the sidebar widens the column without
    any window resize (a chart drawn once at a fixed width would leave a gap or overflow).
    (One page load for both: a load costs Chromium 2-3 s of CPU.)
    """
    page.goto(f"{shared_server.url}/deployments")  # type: ignore[attr-defined]
    wait_for_app(page)
    chart = page.get_by_test_id("cdChart").first  # type: ignore[attr-defined]
    sync_api.expect(chart.locator(".main-svg .trace").first).to_be_attached(timeout=30_000)
    height = "el => el.querySelector('.main-svg').getBoundingClientRect().height"
    before = chart.evaluate(height)
    chart.hover()
    button = page.get_by_test_id("cdFullscreen").first  # type: ignore[attr-defined]
    sync_api.expect(button).to_have_attribute("title", "View fullscreen")
    button.click()
    page.wait_for_function("() => document.fullscreenElement?.classList.contains('cd-wrap')")  # type: ignore[attr-defined]
    page.wait_for_function(  # type: ignore[attr-defined]
        "h => document.fullscreenElement.querySelector('.main-svg').getBoundingClientRect().height > h + 100",
        arg=before,
        timeout=15_000,
    )
    sync_api.expect(button).to_have_attribute("title", "Exit fullscreen")
    button.click()
    page.wait_for_function("() => document.fullscreenElement === null")  # type: ignore[attr-defined]
    page.wait_for_function(  # type: ignore[attr-defined]
        "h => Math.abs(document.querySelector('[data-testid=cdChart] .main-svg').getBoundingClientRect().height - h) < 2",
        arg=before,
        timeout=15_000,
    )

    width = "el => el.querySelector('.main-svg').getBoundingClientRect().width"
    column = "el => el.parentElement.getBoundingClientRect().width"
    before = chart.evaluate(width)
    assert abs(before - chart.evaluate(column)) < 2
    page.get_by_test_id("stSidebar").hover()  # type: ignore[attr-defined]
    page.locator("[data-testid=stSidebarCollapseButton] button").first.click()  # type: ignore[attr-defined]
    page.wait_for_function(  # type: ignore[attr-defined]
        "w => document.querySelector('[data-testid=cdChart] .main-svg').getBoundingClientRect().width > w + 100",
        arg=before,
        timeout=15_000,
    )
    page.wait_for_function(  # the sidebar's collapse animates: the chart follows it to the end
        "() => { const el = document.querySelector('[data-testid=cdChart]');"
        " return Math.abs(el.querySelector('.main-svg').getBoundingClientRect().width"
        " - el.parentElement.getBoundingClientRect().width) < 2; }",
        timeout=15_000,
    )  # type: ignore[attr-defined]
    assert abs(chart.evaluate(width) - chart.evaluate(column)) < 2


def test_a_hostile_link_shows_a_notice_not_an_error(shared_server: Streamlit, page: object) -> None:
    bad = urllib.parse.quote("x'); DROP TABLE claims; --")
    page.goto(f"{shared_server.url}/explore?claimant={bad}&dates=2024-13-45&dates=nope")  # type: ignore[attr-defined]
    wait_for_app(page)
    assert page.get_by_test_id("stException").count() == 0  # type: ignore[attr-defined]
    assert "Ignored" in page.get_by_test_id("stSidebar").inner_text()  # type: ignore[attr-defined]


def test_the_overviews_cards_show_their_dates_whole_on_a_laptop_and_a_tablet(
    shared_server: Streamlit, page: object
) -> None:
    """(QA pass 34) Five cards in one row cut the first and latest dates to "2022-02…" at 1280 px
    with the sidebar open, and at 768 px."""
    for width, height in ((1280, 800), (768, 1024)):
        page.set_viewport_size({"width": width, "height": height})  # type: ignore[attr-defined]
        page.goto(f"{shared_server.url}/")  # type: ignore[attr-defined]
        wait_for_app(page)
        values = page.evaluate(  # type: ignore[attr-defined]
            "Array.from(document.querySelectorAll('[data-testid=stMetricValue] div'))"
            ".map(e => [e.innerText, e.scrollWidth > e.clientWidth + 1])"
        )
        assert len(values) == 5 and not [v for v, cut in values if cut], (width, values)


def test_on_a_phone_a_charts_legend_goes_below_it_whole(shared_server: Streamlit, page: object) -> None:
    """(QA pass 34) At 390 px the legend beside the plot covered it, and the plot kept a third of
    the width. Under a narrow column the legend goes below the plot, every entry in view; on a
    laptop it stays beside it."""
    legends = (
        "Array.from(document.querySelectorAll('.js-plotly-plot')).map(g => [g._fullLayout.legend.orientation,"
        " Array.from(g.querySelectorAll('.legend .scrollbar')).some(e => +e.getAttribute('height') > 0),"
        " g._fullLayout.title.text.includes('<br>')])"  # (QA pass 35: the title wrapped to the column)
    )
    for width, orientation in ((390, "h"), (1280, "v")):
        page.set_viewport_size({"width": width, "height": 900})  # type: ignore[attr-defined]
        page.goto(f"{shared_server.url}/casualties?view=Whole+war")  # type: ignore[attr-defined]
        # (not `wait_for_app`: on a phone the top bar's links are in its menu)
        page.wait_for_selector(  # type: ignore[attr-defined]
            "[data-testid=stApp][data-test-script-state=notRunning]", state="attached", timeout=90_000
        )
        page.get_by_test_id("cdChart").nth(1).locator(".main-svg").first.wait_for(timeout=30_000)  # type: ignore[attr-defined]
        page.wait_for_timeout(1000)  # type: ignore[attr-defined]
        got = page.evaluate(legends)  # type: ignore[attr-defined]
        assert len(got) == 2 and got == [[orientation, False, width < 640]] * 2, (width, got)


#: On a phone, what a chart's text needs: every text inside the chart, bar names cut (whole in the
#: hover), event labels apart and right of the value axis, a title above the plot.
PHONE_FIT = """() => Array.from(document.querySelectorAll('.js-plotly-plot')).map(g => {
  const svg = g.querySelector('.main-svg').getBoundingClientRect();
  const size = g._fullLayout._size;
  const box = (e) => e.getBoundingClientRect();
  const texts = Array.from(g.querySelectorAll('.barlayer text, .textpoint text, .ytick text'))
    .filter(e => e.textContent).map(box);
  const events = Array.from(g.querySelectorAll('.annotation'))
    .filter(e => e.textContent && e.querySelector('text')).map(box);
  const apart = events.every((a, i) => events.every((b, j) => i === j || a.right <= b.left + 1
    || b.right <= a.left + 1 || a.bottom <= b.top + 1 || b.bottom <= a.top + 1));
  const title = g.querySelector('.gtitle');
  const ticktext = (g._fullLayout.yaxis || {}).ticktext || [];
  return {
    inside: texts.every(r => r.left >= svg.left - 1 && r.right <= svg.right + 1),
    apart: apart,
    rightOfAxis: events.every(r => r.left >= svg.left + size.l - 2),
    titleAbove: !title || box(title).bottom <= svg.top + size.t + 1,
    cut: ticktext.filter(t => t.includes('…')).length,
    unique: new Set(ticktext).size === ticktext.length,
    sideways: g.closest('.cd-wrap').scrollWidth > g.closest('.cd-wrap').clientWidth + 20,
  };
})"""


def _phone_charts(page: object, url: str) -> list[dict[str, object]]:
    page.goto(url)  # type: ignore[attr-defined]
    page.wait_for_selector(  # type: ignore[attr-defined]
        "[data-testid=stApp][data-test-script-state=notRunning]", state="attached", timeout=90_000
    )
    page.get_by_test_id("cdChart").first.locator(".main-svg").first.wait_for(timeout=30_000)  # type: ignore[attr-defined]
    page.wait_for_timeout(1000)  # type: ignore[attr-defined]
    return page.evaluate(PHONE_FIT)  # type: ignore[attr-defined, no-any-return]


def test_on_a_phone_names_counts_and_labels_stay_inside_the_chart(
    shared_server: Streamlit, page: object
) -> None:
    """(QA pass 34 #7) At 390 px the Attribution bars' long names were cut at the chart's left
    edge and the longest bar's count ("19,2") at its right; the Sankey's three columns of names
    overprinted one another, and its subtitle ran into it; the event labels crowded over each
    other and the value axis, and "over 6,000" lost a digit. On a phone a long bar name is cut
    with "…" (the hover keeps it), counts and labels end inside the chart, event labels keep
    apart, the Sankey keeps a laptop's width in a column that scrolls sideways, and a title
    ends above its plot."""
    page.set_viewport_size({"width": 390, "height": 900})  # type: ignore[attr-defined]
    base = shared_server.url
    bars = _phone_charts(page, f"{base}/attribution")
    assert len(bars) == 1 and bars[0]["inside"] and bars[0]["titleAbove"], bars
    assert bars[0]["cut"] and not bars[0]["sideways"], bars
    # (QA pass 37) two names cut alike ("US Department of Defen…" twice) keep their ends instead
    shares = _phone_charts(page, f"{base}/attribution?attribution_chart=Verification+status")
    assert len(shares) == 1 and shares[0]["cut"] and shares[0]["unique"], shares
    # (QA pass 38 #8) under 356 px the two UN missions' names were cut alike at both ends
    page.set_viewport_size({"width": 340, "height": 900})  # type: ignore[attr-defined]
    answers = _phone_charts(page, f"{base}/attribution?attribution_chart=Responses")
    assert answers and all(c["unique"] for c in answers), answers
    assert any(c["cut"] for c in answers), answers
    page.set_viewport_size({"width": 390, "height": 900})  # type: ignore[attr-defined]
    flow = _phone_charts(
        page, f"{base}/attribution?attribution_chart=" + urllib.parse.quote("Claimant → channel → outlet")
    )
    assert len(flow) == 1 and flow[0]["sideways"] and flow[0]["titleAbove"], flow
    assert (
        "scroll the chart sideways"
        in page.get_by_test_id("cdChart")
        .first.locator(  # type: ignore[attr-defined]
            "xpath=.."
        )
        .inner_text()
    )
    for path in ("casualties", "deployments", "", "casualties?view=General+Staff+series"):
        got = _phone_charts(page, f"{base}/{path}")
        assert got and all(c["inside"] and c["apart"] and c["rightOfAxis"] for c in got), (path, got)


def test_a_chart_is_fitted_again_when_the_window_narrows_or_widens(
    shared_server: Streamlit, page: object
) -> None:
    """(QA pass 37) The phone's fitting was decided once, at first draw: a window narrowed from
    1280 to 390 px kept the long names, cut at the left edge, and a tablet's sidebar opened did
    the same; widened again, the names stayed cut. Crossing the phone/laptop line fits again."""
    page.set_viewport_size({"width": 1280, "height": 900})  # type: ignore[attr-defined]
    wide = _phone_charts(page, f"{shared_server.url}/attribution")
    assert len(wide) == 1 and wide[0]["cut"] == 0, wide
    for width, cut in ((390, True), (1280, False)):
        page.set_viewport_size({"width": width, "height": 900})  # type: ignore[attr-defined]
        page.wait_for_timeout(1500)  # type: ignore[attr-defined]
        got = page.evaluate(PHONE_FIT)  # type: ignore[attr-defined]
        assert len(got) == 1 and bool(got[0]["cut"]) == cut and got[0]["inside"], (width, got)


def test_the_overviews_own_path_opens_it_without_page_not_found(
    shared_server: Streamlit, page: object
) -> None:
    """The default page is served at "/"; a typed or bookmarked "/overview?…" (its own path) showed
    Streamlit's "Page not found" over it in every session but the first after a start."""
    for _ in range(2):  # the first session after a start never showed it: look at a later one too
        page.goto(f"{shared_server.url}/overview?overview_chart=Key+events")  # type: ignore[attr-defined]
        wait_for_app(page)
        page.wait_for_timeout(1500)  # type: ignore[attr-defined]  # the dialog came after the page
        body = page.locator("body").inner_text()  # type: ignore[attr-defined]
        assert "Page not found" not in body
        assert "Claims Desk" in page.locator("h1").first.inner_text()  # type: ignore[attr-defined]
        assert page.get_by_role("tab", name="Key events", selected=True).count() == 1  # type: ignore[attr-defined]


def test_the_downloaded_csv_holds_exactly_the_rows_shown(
    shared_server: Streamlit, page: object, db: Path
) -> None:
    page.goto(f"{shared_server.url}/explore?claimant={urllib.parse.quote(HUR)}")  # type: ignore[attr-defined]
    wait_for_app(page)
    with page.expect_download() as dl:  # type: ignore[attr-defined]
        page.get_by_role("button", name="Download CSV").click()  # type: ignore[attr-defined]
    data = Path(dl.value.path()).read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    text = data.decode("utf-8-sig")
    header, body = text.split("\r\n", 1)
    assert header.startswith("# Claims Desk export; filters: claimant=Defense Intelligence of Ukraine (HUR)")
    rows = list(csv.DictReader(io.StringIO(body)))
    con = duckdb.connect(str(db.resolve()), read_only=True)
    expected = {
        r[0] for r in con.execute("SELECT claim_id FROM claims_flat WHERE claimant = ?", [HUR]).fetchall()
    }
    con.close()
    assert {r["claim_id"] for r in rows} == expected
    assert len(rows) == len(expected) > 0
    shown = page.get_by_text("claims match").inner_text()  # type: ignore[attr-defined]
    assert f"{len(rows)}" in shown
    assert dl.value.suggested_filename.startswith("claims-")


WAR_SPLIT = "Warring parties vs third parties"
BAND_NAME = "range spanned (per quarter)"


def _fills(chart: object) -> int:
    """Filled areas Plotly drew (SVG; a WebGL trace would draw none)."""
    return chart.locator("g.fills path.js-fill").count()  # type: ignore[attr-defined]


def _shoot_chart(chart: object, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    chart.scroll_into_view_if_needed()  # type: ignore[attr-defined]
    chart.page.mouse.move(0, 0)  # type: ignore[attr-defined]  # no hover label or mode bar in the shot
    chart.page.wait_for_timeout(300)  # type: ignore[attr-defined]
    chart.screenshot(path=str(SHOTS / f"{name}.png"))  # type: ignore[attr-defined]
    if os.environ.get("UPDATE_SCREENSHOTS"):
        docs = ROOT / "docs" / "screenshots"
        docs.mkdir(parents=True, exist_ok=True)
        shutil.copy(SHOTS / f"{name}.png", docs / f"{name}.png")


def test_first_session_flips_the_warring_party_control_and_the_link_keeps_it(
    server: Streamlit, page: object
) -> None:
    page.goto(f"{server.url}/casualties")  # type: ignore[attr-defined]
    wait_for_app(page)
    page.locator(".st-key-view").get_by_text("Whole war", exact=True).click()  # type: ignore[attr-defined]
    wait_for_app(page)
    assert query_params(page).get("view") == ["Whole war"]
    charts = page.get_by_test_id("cdChart")  # type: ignore[attr-defined]
    sync_api.expect(charts).to_have_count(2, timeout=30_000)
    sync_api.expect(charts.nth(0).locator(".gtitle")).to_contain_text("Russian soldiers killed or wounded")
    legend = charts.nth(0).locator(".legend").text_content() or ""
    assert "UK Ministry of Defence" in legend and "General Staff" in legend and BAND_NAME not in legend
    assert _fills(charts.nth(0)) == 0 and _fills(charts.nth(1)) == 0

    page.locator(".st-key-parties").get_by_text(WAR_SPLIT, exact=True).click()  # type: ignore[attr-defined]
    wait_for_app(page)
    assert query_params(page).get("parties") == [WAR_SPLIT]
    assert query_params(page).get("view") == ["Whole war"]
    for i in range(2):
        chart = charts.nth(i)
        sync_api.expect(chart.locator(".legend")).to_contain_text(BAND_NAME, timeout=30_000)
        assert _fills(chart) >= 1
        box = chart.locator("g.fills path.js-fill").first.bounding_box()
        assert box is not None and box["width"] > 100 and box["height"] > 10  # a band one can see
    legend = charts.nth(0).locator(".legend").text_content() or ""
    assert "Claims by Ukraine (warring party)" in legend and "Third-party estimates" in legend
    sync_api.expect(charts.nth(1).locator(".legend")).to_contain_text("Claims by Russia (warring party)")
    _shoot_chart(charts.nth(0), "war-wide-russian-losses")
    # Killed is its own chart (never mixed with killed-or-wounded); the link keeps every choice.
    page.locator(".st-key-war_metric").get_by_text("killed", exact=True).click()  # type: ignore[attr-defined]
    wait_for_app(page)
    assert query_params(page).get("war_metric") == ["killed"]
    assert query_params(page).get("parties") == [WAR_SPLIT]
    sync_api.expect(charts.nth(1).locator(".gtitle")).to_contain_text("Ukrainian soldiers killed:")
    sync_api.expect(charts.nth(1).locator(".legend")).to_contain_text("Claims by Ukraine (warring party)")
    assert _fills(charts.nth(1)) >= 1
    _shoot_chart(charts.nth(1), "war-wide-ukrainian-losses")

    assert_no_legacy_navigation(page)  # the server's first session, opened on /casualties

    # The link reproduces the view: a new session opened from it draws the band again.
    link = page.url  # type: ignore[attr-defined]
    page.goto(link)  # type: ignore[attr-defined]
    wait_for_app(page)
    sync_api.expect(page.get_by_test_id("cdChart").nth(0).locator(".legend")).to_contain_text(
        BAND_NAME, timeout=30_000
    )
    assert page.get_by_test_id("stException").count() == 0  # type: ignore[attr-defined]
    assert page.external_requests == [], page.external_requests  # type: ignore[attr-defined]
