"""Casualty claims over time: competing claims side by side; period and cumulative kept apart."""

import streamlit as st

from claimsdesk import figures, ui

ui.leave_legacy_pages_mode()
f = ui.filters()
st.title("Casualty claims over time")
ui.filter_caption(f)
TYPES = ("casualties", "missing", "captured")
series = ui.query("figure_options", f, TYPES)
if series.empty:
    st.info("No casualty figures match the filters.")
    st.stop()

subjects = sorted(series["subject"].unique())
c1, c2, c3 = st.columns([2, 2, 1])
subject = c1.selectbox("Whose losses (subject)", subjects, key="subject_of",
                       index=subjects.index("DPRK forces") if "DPRK forces" in subjects else 0,
                       bind="query-params")
metrics = series[series["subject"] == subject]["metric"].tolist()
metric = c2.selectbox("What was counted (metric)", metrics, key="counted",
                      index=metrics.index("killed_or_wounded") if "killed_or_wounded" in metrics else 0,
                      bind="query-params")
log_y = c3.toggle("Log scale", value=True, key="log", bind="query-params",
                  help="Figures span from tens to thousands; a log scale keeps both readable.")
gs = ui.query("gs_metrics")
# Lazy tabs: only the open tab's figures are built and sent (the tab is in the URL: ?view=...).
names = ["Competing claims", "Period figures", *(["General Staff series"] if not gs.empty else [])]
tabs = st.tabs(names, key="view", bind="query-params", on_change="rerun")

with tabs[0]:
    if tabs[0].open:
        st.caption(
            "Each claimant's **cumulative** figures (totals 'so far') side by side. They are never added "
            "together: the spread between claimants is the point. ▲ = lower bound, ▼ = upper bound, "
            "bar = range, ○ = estimate, ● = exact."
        )
        figures.chart("competing", f, TYPES, subject, metric, log_y, key="competing")
        figures.chart("competing_latest", f, TYPES, subject, metric, key="competing_latest")

with tabs[1]:
    if tabs[1].open:
        st.caption(
            "Figures for a stated period only (e.g. 'at least 30 on Dec 14–15'). Each bar spans the days it "
            "covers; they are not a running total and are not summed."
        )
        figures.chart("period", f, TYPES, subject, log_y, key="period")
        per = ui.query("figure_points", f, TYPES, "period", subject, None)
        if not per.empty:
            with st.expander("The period figures as a table"):
                st.dataframe(figures.as_table(per)[["stated_on", "claimant", "metric", "figure", "period_start",
                                                    "period_end", "places", "reported_by", "source_url", "quote",
                                                    "claim_id"]],
                             hide_index=True, column_config=ui.link_config(), width="stretch")

if not gs.empty:
    with tabs[2]:
        if tabs[2].open:
            st.caption(
                "An imported series (`python -m etl import general-staff …`): one cumulative claim per metric per "
                "day by one claimant. The daily increase is derived here from consecutive totals and labelled so; "
                "a day where the total went down is a correction in the published series and is marked."
            )
            gs_names = gs["metric"].tolist()
            gs_metric = st.selectbox("General Staff metric", gs_names, key="gs_metric", bind="query-params",
                                     index=gs_names.index("personnel_losses") if "personnel_losses" in gs_names else 0)
            figures.chart("general_staff", f, gs_metric, key="gs")
