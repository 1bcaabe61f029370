"""Claims Desk: the Streamlit entry file.

It only configures the page, builds the navigation over `pages/`, draws the shared sidebar
filters (every one bound to the URL) and runs the chosen page.
"""

import streamlit as st

from claimsdesk import ui
from etl.build import build

ui.leave_legacy_pages_mode()
st.set_page_config(page_title="Claims Desk", layout="wide")
ui.ensure_database(build)

pages = [
    st.Page("pages/1_overview.py", title="Overview",
            url_path="overview", default=True),
    st.Page("pages/2_casualties.py", title="Casualty claims",
            url_path="casualties"),
    st.Page("pages/3_deployments.py", title="Troop deployments",
            url_path="deployments"),
    st.Page("pages/4_attribution.py", title="Attribution",
            url_path="attribution"),
    st.Page("pages/5_map.py", title="Map", url_path="map"),
    st.Page("pages/6_explore.py", title="Explore & export",
            url_path="explore"),
    st.Page("pages/7_sources.py", title="Sources & data quality",
            url_path="sources"),
]
if not ui.is_hosted():
    pages.append(st.Page("pages/8_review.py", title="Review queue (local)", url_path="review"))
page = st.navigation(pages)
ui.sidebar_filters()
page.run()
