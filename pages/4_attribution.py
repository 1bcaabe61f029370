"""Attribution: who claims what, through which channel and outlet, and who answered."""

import streamlit as st

from claimsdesk import charts, figures, queries, ui

#: (tab label, (figure recipe, what the tab says when there is nothing to draw)).
CHARTS = {
    "Claims per claimant": (figures.by_claimant, "No claims match the filters."),
    "Verification status": (figures.verification, "No claims match the filters."),
    "Claimant → channel → outlet": (figures.flow, "No claims match the filters."),
    "Responses": (figures.responses, "No responses to the filtered claims."),
}
CHART_TABS, CHART_RECIPES = list(CHARTS), list(CHARTS.values())
ui.leave_legacy_pages_mode()
f = ui.filters()
st.title("Attribution: who claims what")
ui.filter_caption(f)
# Lazy tabs: one view is built, sent and drawn at a time (the open one; it is in the URL as
# ?attribution_chart=...). Four charts drawn at once were most of this page's first paint, and
# the two tables under them another third of a second (issue 11): the responses table sits under
# the Responses chart, the quotes in a tab of their own.
ui.page_link_notices("attribution", {"attribution_chart": [*CHART_TABS, "Quotes"]})
tabs = st.tabs([*CHART_TABS, "Quotes"], key="attribution_chart", bind="query-params", on_change="rerun")
for tab, (recipe, empty) in zip(tabs[: len(CHART_RECIPES)], CHART_RECIPES, strict=True):
    with tab:
        if tab.open and not figures.chart(recipe, f, key=recipe.__name__):
            st.info(empty)
responses_tab = tabs[CHART_TABS.index("Responses")]
with responses_tab:
    if responses_tab.open:
        st.subheader("Responses: confirmed, denied, no comment")
        resp = ui.query(queries.responses_by_actor, f)
        if queries.narrows_claims(f):
            st.caption(
                "Only responses tied to the filtered claims are shown; responses about the topic in "
                'general ("neither confirmed nor denied the deployment") are listed without claim filters.'
            )
        if not resp.empty:
            ui.table(charts.unquoted_marked(resp), what="responses", budget=40_000)
with tabs[-1]:
    if tabs[-1].open:
        st.caption("Use 'Search quotes' in the sidebar to search; the table shows the newest matches.")
        qt = charts.with_figure_labels(ui.query(queries.quotes, f), 4, drop_bounds=True)
        ui.table(
            qt,
            total=ui.query(queries.count_claims, f),
            what="matching claims (newest first)",
            hint="narrow the filters or search quotes to see others, or export them from Explore & export",
            budget=100_000,
        )
