"""Browser test support: watch a page for Streamlit's legacy `pages/` navigation.

Streamlit runs the first session after a server start in its legacy `pages/` mode (stack-traps
15-16): for a moment it may show the sidebar page list, links named after the page files, or
"Page not found". `LEGACY_RECORDER` (an init script: installed before the page's own scripts)
records every such sign on every DOM change, however brief; `assert_no_legacy_navigation` reads
what it saw. The first-session tests of tests/test_browser_e2e.py install it on every page.
"""

from __future__ import annotations

import json
from pathlib import Path

#: Debian's headless Chromium: the headless shell (package `chromium-headless-shell`: the same
#: Blink without the desktop browser's layers, about a fifth less browser CPU a page load here;
#: docs/performance.md, session 23) where installed, else the `chromium` package.
CHROMIUM_BUILDS = (Path("/usr/bin/chromium-headless-shell"), Path("/usr/bin/chromium"))
CHROMIUM = next((p for p in CHROMIUM_BUILDS if p.exists()), CHROMIUM_BUILDS[-1])

#: Link texts of the legacy navigation (the page files' names).
LEGACY_LINK_TEXTS = {
    "dashboard",
    "overview",
    "casualties",
    "deployments",
    "attribution",
    "map",
    "explore",
    "sources",
    "review",
}

#: Records the legacy navigation's signs in `window.__legacySeen` on each DOM change;
#: `window.__legacyChecks` counts the changes seen.
LEGACY_RECORDER = """
(() => {
  const LEGACY = new Set(LEGACY_TEXTS);
  window.__legacySeen = [];
  window.__legacyChecks = 0;
  const check = () => {
    window.__legacyChecks += 1;
    const seen = window.__legacySeen;
    if (document.querySelector('[data-testid="stSidebarNav"]')) seen.push("stSidebarNav");
    for (const a of document.querySelectorAll("a")) {
      const t = (a.textContent || "").trim();
      if (LEGACY.has(t)) seen.push("link '" + t + "'");
    }
    if (document.body && document.body.textContent.includes("Page not found")) seen.push("Page not found");
  };
  new MutationObserver(check).observe(document, {childList: true, subtree: true, characterData: true});
})();
""".replace("LEGACY_TEXTS", json.dumps(sorted(LEGACY_LINK_TEXTS)))


def legacy_nav_seen(pg: object) -> list[str]:
    """What of the legacy navigation is on screen now: its sidebar nav, or file-name links."""
    found: list[str] = []
    if pg.get_by_test_id("stSidebarNav").count():  # type: ignore[attr-defined]
        found.append("stSidebarNav")
    for text in pg.locator("a").all_inner_texts():  # type: ignore[attr-defined]
        if text.strip() in LEGACY_LINK_TEXTS:
            found.append(f"link {text.strip()!r}")
    body = pg.locator("body").inner_text()  # type: ignore[attr-defined]
    if "Page not found" in body:
        found.append("Page not found")
    return found


def assert_no_legacy_navigation(pg: object) -> None:
    """The page (loaded with `LEGACY_RECORDER`) never showed the legacy navigation, and shows the
    dashboard's own: what the recorder saw since the document loaded, and what is there now."""
    checks = pg.evaluate("window.__legacyChecks")  # type: ignore[attr-defined]
    assert checks >= 20, f"the recorder saw only {checks} DOM changes"
    seen = pg.evaluate("window.__legacySeen") + legacy_nav_seen(pg)  # type: ignore[attr-defined]
    assert seen == [], f"legacy navigation shown in the first session: {sorted(set(seen))}"
    links = pg.get_by_test_id("stTopNav").inner_text()  # type: ignore[attr-defined]
    assert "Overview" in links and "Casualty claims" in links


def expect_shared_filters(pg: object, timeout_ms: float) -> None:
    """Wait until the sidebar holds the shared filters: the quote search and the popover that
    holds the date range and the eight lists (their widgets are drawn when it opens)."""
    from playwright.sync_api import expect

    sidebar = pg.get_by_test_id("stSidebar")  # type: ignore[attr-defined]
    expect(sidebar.locator(".st-key-q input")).to_have_count(1, timeout=timeout_ms)
    expect(sidebar.get_by_test_id("stPopover")).to_have_count(1, timeout=timeout_ms)


def open_filters(pg: object) -> None:
    """Open the shared filters' popover (if closed) and wait for its eight lists."""
    from playwright.sync_api import expect

    lists = pg.get_by_test_id("stMultiSelect")  # type: ignore[attr-defined]
    if lists.count() < 8:
        pg.get_by_test_id("stSidebar").get_by_test_id("stPopover").get_by_role("button").click()  # type: ignore[attr-defined]
    expect(lists).to_have_count(8, timeout=15_000)


def close_filters(pg: object) -> None:
    """Close the shared filters' popover (Escape), so the page is seen as a visitor first sees it."""
    from playwright.sync_api import expect

    pg.keyboard.press("Escape")  # type: ignore[attr-defined]
    expect(pg.get_by_test_id("stMultiSelect")).to_have_count(0, timeout=15_000)  # type: ignore[attr-defined]
