"""Overview: headline numbers, the timeline of claims and key events, the latest claims."""

import streamlit as st

from claimsdesk import charts, figures, queries, shape, ui

#: The charts, then the tables: one tab is built and drawn at a time (issue 11 first paint: the
#: two tables under the chart cost the browser about a third of a second before the page was
#: readable).
TABS = ["Claims per month", "Events per month by source", "Most recent claims", "Key events"]
ui.leave_legacy_pages_mode()
f = ui.filters()
st.title("Claims Desk: Kursk 2024–2025")
st.caption(
    "What the parties claim, not what happened: every figure keeps its claimant, date, qualifier "
    "and source. Independent verification of most claims is not possible."
)
ui.filter_caption(f)

h = shape.first_row(ui.query(queries.headline, f))
# (QA pass 34) the counts, then the two dates on a row of their own: five cards in one row cut
# the dates to "2022-02…" on a laptop with the sidebar open and on a tablet
cols = [*st.columns(3), *st.columns(3)[:2]]
cols[0].metric("Claims", f"{int(h['claims']):,}")
cols[1].metric("Claimants", f"{int(h['claimants']):,}")
cols[2].metric("Outlets reporting", f"{int(h['outlets'] or 0):,}")
cols[3].metric(
    "First claim stated",
    ui.stated(h["first"], h["first_precision"]),
    help=ui.stated_help(h["first_precision"]),
)
cols[4].metric(
    "Latest claim stated", ui.stated(h["last"], h["last_precision"]), help=ui.stated_help(h["last_precision"])
)
n_daily = ui.query(queries.daily_series_claims, f)
others = int(h["claims"]) - n_daily
if n_daily:  # (QA pass 36) "Claims 19,454" under "Kursk 2024–2025" was 98.7% the war-wide series
    st.caption(
        f"Of the {int(h['claims']):,} claims, {n_daily:,} are the General Staff's daily series "
        f"(war-wide totals, one a day per metric) and {others:,} are other claims."
        if others
        else f"All {n_daily:,} claims are the General Staff's daily series (war-wide totals, one a day per metric)."
    )
if int(h["undated"] or 0):
    st.caption(f"{int(h['undated']):,} claim(s) have no known date and are not on the timeline.")

ui.page_link_notices("overview", {"daily": ("true", "false"), "overview_chart": TABS})
daily = n_daily > 0 and st.toggle(
    "Count the imported daily series in the chart",
    value=False,
    key="daily",
    bind="query-params",
    help="The General Staff of Ukraine publishes its running totals every day, one claim per "
    "metric: hundreds a month, beside a few curated claims.",
)
# Lazy tabs: the timeline is drawn first; the other tabs only when opened (the open one is in
# the link, ?overview_chart=...).
tabs = st.tabs(TABS, key="overview_chart", bind="query-params", on_change="rerun")
with tabs[0]:
    if tabs[0].open:
        if n_daily and not daily and not others:
            # (QA pass 37) "No dated claims match the filters" while every match was left out
            st.info(
                f"Every matching claim ({n_daily:,}) is of the General Staff's daily series, left out "
                "of this chart: switch on the toggle above to count them."
            )
        else:
            # (QA pass 32) with no daily series among the matches there is nothing to leave out
            figures.chart(figures.timeline, f, daily or not n_daily, key="overview_timeline")
        if n_daily and not daily and others:
            st.caption(
                f"Left out of the chart: {n_daily:,} claims of the General Staff's daily series (one "
                "figure a day per metric; see Casualty claims → General Staff series). Switch on the "
                "toggle above to count them."
            )
        st.caption(
            "The most recent claims and the key events, with their sources, are the last two tabs; "
            "every claim is in Explore & export."
        )
with tabs[1]:
    if tabs[1].open and not figures.chart(figures.events_by_month, f, key="overview_events"):
        st.info("No events (curated, ACLED or UCDP) match the filters.")
with tabs[2]:
    if tabs[2].open:
        recent = charts.with_figure_labels(ui.query(queries.recent_claims, f), 3)
        if recent.empty:
            st.info("No claims match the filters.")
        else:
            if int(h["claims"]) > len(recent):  # (QA pass 32) the table is the latest few, not all
                st.caption(
                    f"The {len(recent):,} most recently stated of {int(h['claims']):,} claims; every claim "
                    "is in Explore & export."
                )
            ui.table(shape.pick(recent, ui.EXPLORE_TABLE), what="claims")
with tabs[3]:
    if tabs[3].open:
        events = ui.query(queries.key_events, f)
        if events.empty:
            st.info("No key events in the selected dates.")
        else:
            ui.table(
                shape.pick(events, ("date_start", "date_end", "title", "place_name", "source_url")),
                what="events",
            )
