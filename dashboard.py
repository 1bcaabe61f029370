"""Claims Desk: the Streamlit entry file.

Navigation comes first (before any slow import or database work: see claimsdesk/nav.py), then
the page config, the first-start build, the shared sidebar filters (every one bound to the URL)
and the chosen page.
"""

import streamlit as st

from claimsdesk import nav

page = nav.navigation()
nav.preload_charts(page)

from claimsdesk import ui  # noqa: E402  (after st.navigation on purpose: pandas, DuckDB, Plotly)
from etl.build import build  # noqa: E402  (the writer, handed to the first-start build)

st.set_page_config(page_title="Claims Desk", layout="wide")
ui.ensure_database(build)
try:
    ui.pin_live_path()  # (one build per run: a build published meanwhile is the next run's)
    ui.sidebar_filters()
    ui.start_page_link_notices()
    ui.keep_review_state(page.url_path)
    page.run()
except ui.DatabaseError as exc:  # a damaged or unreadable published file: one line, not a traceback
    if not ui.is_unreadable(exc):
        raise
    ui.unreadable_database(exc)
ui.show_page_link_notices()  # (a page that stops early draws them in `ui.stop`)
