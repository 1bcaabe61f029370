"""Troop deployments: figures over time by claimant with ranges, and each claimant's latest."""

import streamlit as st

from claimsdesk import figures, queries, shape, ui

ui.leave_legacy_pages_mode()
f = ui.filters()
st.title("Troop deployments")
ui.filter_caption(f)
TYPES = ("deployment",)
series = ui.query(queries.figure_options, f, TYPES)
DEPLOY_TABS = ["Over time", "Latest per claimant", "Batches sent"]
if series.empty:
    # (QA pass 34) the tab a link names is checked with no figure to show too
    ui.page_link_notices("deployments", {"deploy_chart": DEPLOY_TABS})
    st.info("No deployment figures match the filters.")
    if figureless := figures.figureless_note(f, TYPES):
        st.caption(figureless)
    ui.stop()
subjects = shape.choices(series, "subject", sort=True)
ui.page_link_notices("deployments", {"troops_of": subjects, "deploy_chart": DEPLOY_TABS})
subject = st.selectbox(
    "Whose troops",
    subjects,
    key="troops_of",
    bind="query-params",
    index=subjects.index("DPRK forces") if "DPRK forces" in subjects else 0,
)
metrics = shape.choices(series, "metric", subject=subject)
metric = "troops_deployed" if "troops_deployed" in metrics else metrics[0]
st.caption(
    "Totals (how many troops a claimant says are deployed) and batches (how many were sent in one "
    "dispatch, e.g. “3,000 more”) are kept apart: a batch is never drawn among the totals, and "
    "batches are never added up. Some totals count the troops in the Kursk region only, others all "
    "those in Russia: each point's hover says where."
)
# Lazy tabs: only the open tab's chart is built, sent and drawn; each point's quote and source
# are in its hover, and the latest totals with their sources are a table in the second tab.
tabs = st.tabs(
    DEPLOY_TABS,
    key="deploy_chart",
    bind="query-params",
    on_change="rerun",
)
with tabs[0]:
    if tabs[0].open:
        figures.chart(figures.deployments, f, TYPES, subject, metric, key="deploy_over_time")
        if figureless := figures.figureless_note(f, TYPES, subject, metric):
            st.caption(figureless)
        st.caption(
            "Hover a point for its quote and source. Each claimant's latest total, with its source, "
            "is a table in the next tab."
        )
        if undated := figures.undated_note(f, TYPES, subject, metric):
            st.caption(undated)
with tabs[1]:
    if tabs[1].open:
        figures.chart(figures.deployments_latest, f, TYPES, subject, metric, key="deploy_latest")
        if undated := figures.undated_note(f, TYPES, subject, metric):
            st.caption(undated)
        # The table (with each figure's quote and source) sits in this tab, not under the first
        # chart: a data grid on the page cost the browser ~0.25 s of its first paint (issue 11).
        latest = ui.query(queries.latest_per_claimant, f, TYPES, subject, metric, "cumulative")
        if not latest.empty:
            ui.table(figures.latest_table(latest), what="claimants")
with tabs[2]:
    if tabs[2].open:
        figures.chart(figures.deployments_batches, f, TYPES, subject, metric, key="deploy_batches")
