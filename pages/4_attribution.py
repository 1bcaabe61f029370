"""Attribution: who claims what, through which channel and outlet, and who answered."""

import streamlit as st

from claimsdesk import charts, ui

ui.leave_legacy_pages_mode()
f = ui.filters()
st.title("Attribution: who claims what")
ui.filter_caption(f)
left, right = st.columns(2)
with left:
    ui.chart(charts.claimant_bars(ui.query("by_claimant", f), "Claims per claimant, by side"), "by_claimant")
with right:
    ui.chart(charts.stacked_counts(ui.query("verification_by_claimant", f), "claimant", "verification",
                                   "Verification status of each claimant's claims", "claims (count)"),
             "verification")
ui.chart(charts.sankey(ui.query("flow", f), "Claimant → channel → reporting outlet (claim reports)"), "flow")

st.subheader("Responses: confirmed, denied, no comment")
resp = ui.query("responses_by_actor", f)
if resp.empty:
    st.info("No responses to the filtered claims.")
else:
    counts = resp.groupby(["responder", "stance"], as_index=False).size().rename(columns={"size": "n"})
    ui.chart(charts.stacked_counts(counts, "responder", "stance", "Responses per actor and stance",
                                   "responses (count)", charts.STANCE_COLOURS), "responses")
    st.dataframe(resp, hide_index=True, column_config=ui.link_config(), width="stretch")

st.subheader("Quotes")
st.caption("Use 'Search quotes' in the sidebar to search; the table shows the newest 500 matches.")
qt = ui.query("quotes", f)
if not qt.empty:
    qt.insert(4, "figure", charts.figure_labels(qt))
st.dataframe(qt.drop(columns=["value_low", "value_high", "qualifier"], errors="ignore"), hide_index=True,
             column_config=ui.link_config(), width="stretch")
