"""Casualty claims over time: competing claims side by side; period and cumulative kept apart."""

import streamlit as st

from claimsdesk import charts, queries, ui

ui.leave_legacy_pages_mode()
f = ui.filters()
st.title("Casualty claims over time")
ui.filter_caption(f)
TYPES = ("casualties", "missing", "captured")
series = ui.query(queries.figure_options, f, TYPES)
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
events = ui.query(queries.key_events, f)
label = f"{metric.replace('_', ' ')} · {subject}"

st.subheader("Competing claims")
st.caption(
    "Each claimant's **cumulative** figures (totals 'so far') side by side. They are never added "
    "together: the spread between claimants is the point. ▲ = lower bound, ▼ = upper bound, "
    "bar = range, ○ = estimate, ● = exact."
)
cum = ui.query(queries.figure_points, f, TYPES, "cumulative", subject, metric)
ui.chart(charts.bounds_chart(cum, f"Competing cumulative claims: {label}", f"{metric.replace('_', ' ')} (people, as claimed)",
                             events, log_y=log_y), "competing")
latest = ui.query(queries.latest_per_claimant, f, TYPES, subject, metric)
if not latest.empty:
    latest = latest[latest["basis"] == "cumulative"]
    ui.chart(charts.latest_bars(latest, f"Latest cumulative figure per claimant: {label}",
                                f"{metric.replace('_', ' ')} (people, as claimed)"), "competing_latest")

st.subheader("Period figures")
st.caption(
    "Figures for a stated period only (e.g. 'at least 30 on Dec 14–15'). Each bar spans the days it "
    "covers; they are not a running total and are not summed."
)
per = ui.query(queries.figure_points, f, TYPES, "period", subject, None)
ui.chart(charts.bounds_chart(per, f"Period figures (all metrics): {subject}", "people (as claimed, per period)",
                             events, log_y=log_y, period_segments=True), "period")
if not per.empty:
    with st.expander("The period figures as a table"):
        table = charts.with_figure_labels(per, 0)
        st.dataframe(table[["stated_on", "claimant", "metric", "figure", "period_start", "period_end", "places",
                            "reported_by", "source_url", "quote", "claim_id"]],
                     hide_index=True, column_config=ui.link_config(), width="stretch")

gs = ui.query(queries.gs_metrics)
if not gs.empty:
    st.subheader("General Staff of Ukraine: daily claims of Russian losses")
    st.caption(
        "An imported series (`python -m etl import general-staff …`): one cumulative claim per metric per "
        "day by one claimant. The daily increase is derived here from consecutive totals and labelled so; "
        "a day where the total went down is a correction in the published series and is marked."
    )
    names = gs["metric"].tolist()
    gs_metric = st.selectbox("General Staff metric", names, key="gs_metric", bind="query-params",
                             index=names.index("personnel_losses") if "personnel_losses" in names else 0)
    ui.chart(charts.gs_chart(ui.query(queries.gs_series, f, gs_metric), gs_metric, events), "gs")
