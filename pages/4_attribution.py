"""Attribution: who claims what, through which channel and outlet, and who answered."""

import streamlit as st

from claimsdesk import charts, figures, queries, ui

ui.leave_legacy_pages_mode()
f = ui.filters()
st.title("Attribution: who claims what")
ui.filter_caption(f)
left, right = st.columns(2)
with left:
    figures.chart("by_claimant", f, key="by_claimant")
with right:
    figures.chart("verification", f, key="verification")
figures.chart("flow", f, key="flow")

st.subheader("Responses: confirmed, denied, no comment")
resp = ui.query(queries.responses_by_actor, f)
if resp.empty:
    st.info("No responses to the filtered claims.")
else:
    figures.chart("responses", f, key="responses")
    ui.table(resp, what="responses", budget=40_000)

st.subheader("Quotes")
st.caption("Use 'Search quotes' in the sidebar to search; the table shows the newest matches.")
qt = charts.with_figure_labels(ui.query(queries.quotes, f), 4, drop_bounds=True)
ui.table(
    qt,
    total=ui.query(queries.count_claims, f),
    what="matching claims (newest first)",
    hint="narrow the filters or search quotes to see others, or export them from Explore & export",
    budget=100_000,
)
