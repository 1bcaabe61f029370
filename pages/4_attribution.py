"""Attribution: who claims what, through which channel and outlet, and who answered."""

import streamlit as st

from claimsdesk import charts, queries, ui

ui.leave_legacy_pages_mode()
f = ui.filters()
st.title("Attribution: who claims what")
ui.filter_caption(f)
left, right = st.columns(2)
with left:
    ui.chart(
        charts.claimant_bars(ui.query(queries.by_claimant, f), "Claims per claimant, by side"), "by_claimant"
    )
with right:
    ui.chart(
        charts.stacked_counts(
            ui.query(queries.verification_by_claimant, f),
            "claimant",
            "verification",
            "Verification status of each claimant's claims",
            "claims (count)",
        ),
        "verification",
    )
ui.chart(
    charts.sankey(ui.query(queries.flow, f), "Claimant → channel → reporting outlet (claim reports)"), "flow"
)

st.subheader("Responses: confirmed, denied, no comment")
resp = ui.query(queries.responses_by_actor, f)
if resp.empty:
    st.info("No responses to the filtered claims.")
else:
    ui.chart(
        charts.stacked_counts(
            ui.query(queries.response_counts, f),
            "responder",
            "stance",
            "Responses per actor and stance",
            "responses (count)",
            charts.STANCE_COLOURS,
        ),
        "responses",
    )
    st.dataframe(resp, hide_index=True, column_config=ui.link_config(), width="stretch")

st.subheader("Quotes")
st.caption("Use 'Search quotes' in the sidebar to search; the table shows the newest 500 matches.")
qt = charts.with_figure_labels(ui.query(queries.quotes, f), 4, drop_bounds=True)
st.dataframe(qt, hide_index=True, column_config=ui.link_config(), width="stretch")
