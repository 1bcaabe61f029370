"""Casualty claims over time: competing claims side by side; period and cumulative kept apart.

One view control (`?view=`): the Kursk & DPRK claims (lazy tabs: competing cumulative claims,
period figures), the whole war, or the imported General Staff series. Only the chosen view's
figures are built and sent; every figure comes from the cached-figure path (claimsdesk.figures).
"""

import streamlit as st

from claimsdesk import figures, queries, shape, ui

ui.leave_legacy_pages_mode()
f = ui.filters()
st.title("Casualty claims over time")
ui.filter_caption(f)
KURSK, WAR, GS = "Kursk & DPRK", "Whole war", "General Staff series"
gs = ui.query(queries.gs_metrics)
VIEWS = (KURSK, WAR, *([GS] if not gs.empty else []))
SECTIONS = ["Competing claims", "Latest per claimant", "Period figures"]
# (the Kursk view's tabs checked here too: a bad ?section= under another view is named as well)
ui.page_link_notices("casualties", {"view": VIEWS, "section": SECTIONS})
# A bound radio puts the option as shown into the URL (?view=Whole+war): short labels, no format_func.
view = st.radio(
    "View",
    VIEWS,
    key="view",
    horizontal=True,
    bind="query-params",
    help="Whole war: claims on Russian and Ukrainian losses since February 2022. General Staff "
    "series: Ukraine's daily published totals, imported.",
)

if view == WAR:
    METRICS = {"killed or wounded": "killed_or_wounded", "killed": "killed"}
    SPLIT = "Warring parties vs third parties"
    ui.page_link_notices(
        "casualties",
        {"war_metric": list(METRICS), "parties": ("All claimants", SPLIT), "log": ("true", "false")},
    )
    w1, w2, w3 = st.columns([2, 3, 1])
    counted = w1.radio(
        "What was counted",
        list(METRICS),
        key="war_metric",
        horizontal=True,
        bind="query-params",
        help="Killed and killed-or-wounded are different counts: never on one chart.",
    )
    parties = w2.radio(
        "Who claims",
        ("All claimants", SPLIT),
        key="parties",
        horizontal=True,
        bind="query-params",
        help="Split: claims by a warring party (Ukraine, Russia) drawn as they are, beside "
        "the range spanned by third-party estimates (governments, researchers).",
    )
    log_war = w3.toggle(
        "Log scale",
        value=True,
        key="log",
        bind="query-params",
        help="Figures span from thousands to over a million.",
    )
    st.caption(
        "Each figure is a **cumulative** claim (a total since 24 Feb 2022) as its claimant stated it, on one "
        "time axis; none are added together. The General Staff's daily total is a line; its metric is its own "
        "(“personnel losses”, which Ukraine presents as killed and analysts often compare with "
        "killed-or-wounded estimates), so it is shown beside both counts and named as such. "
        "▲ = lower bound, ▼ = upper bound, bar = range, ○ = estimate. "
        + (
            # (QA 8) the band is drawn only when the warring parties are split from the others
            "The band spans the lowest to the highest third-party figure stated in each quarter, each "
            "with its own qualifier (its hover names them); quarters without one leave a gap. "
            if parties == SPLIT
            else ""
        )
        + "Hover a point for its quote or note and source; the table below links every source."
    )
    for subject, whose in (("Russian forces", "Russian"), ("Ukrainian forces", "Ukrainian")):
        st.subheader(f"Competing claims on {whose} losses")
        figures.chart(
            figures.war,
            f,
            subject,
            whose,
            counted,
            METRICS[counted],
            parties == SPLIT,
            log_war,
            key=f"war_{whose.lower()}",
        )
        claims = ui.query(queries.war_claims, f, subject, METRICS[counted])
        ui.table(  # (QA pass 31) within the payload budget, as every table
            claims,
            what="claims",
            hide_index=True,
            width="stretch",
            key=f"war_table_{whose.lower()}",
            column_order=(
                "stated_on",
                "claimant",
                "claimant_side",
                "party",
                "figure",
                "qualifier",
                "quote",
                "notes",
                "reported_by",
                "source_url",
                "decided_by",
                "claim_id",
            ),
            column_config=ui.link_config(),
        )
    ui.stop()

if view == GS:
    st.subheader("General Staff of Ukraine: daily claims of Russian losses")
    st.caption(
        "An imported series (`python -m etl import general-staff …`): one cumulative claim per metric per "
        "day by one claimant. The daily increase is derived here from consecutive totals and labelled so; "
        "a day where the total went down is a correction in the published series and is marked."
    )
    gs_names = shape.choices(gs, "metric")
    ui.page_link_notices("casualties", {"gs_metric": gs_names})
    gs_metric = st.selectbox(
        "General Staff metric",
        gs_names,
        key="gs_metric",
        bind="query-params",
        index=gs_names.index("personnel_losses") if "personnel_losses" in gs_names else 0,
    )
    figures.chart(figures.general_staff, f, gs_metric, key="gs")
    ui.stop()

TYPES = ("casualties", "missing", "captured")
series = ui.query(queries.figure_options, f, TYPES)
if series.empty:
    st.info("No casualty figures match the filters.")
    ui.stop()

subjects = shape.choices(series, "subject", sort=True)
ui.page_link_notices("casualties", {"subject_of": subjects, "log": ("true", "false")})
c1, c2, c3 = st.columns([2, 2, 1])
subject = c1.selectbox(
    "Whose losses (subject)",
    subjects,
    key="subject_of",
    index=subjects.index("DPRK forces") if "DPRK forces" in subjects else 0,
    bind="query-params",
)
metrics = shape.choices(series, "metric", subject=subject)
ui.page_link_notices("casualties", {"counted": metrics})
metric = c2.selectbox(
    "What was counted (metric)",
    metrics,
    key="counted",
    index=metrics.index("killed_or_wounded") if "killed_or_wounded" in metrics else 0,
    bind="query-params",
)
log_y = c3.toggle(
    "Log scale",
    value=True,
    key="log",
    bind="query-params",
    help="Figures span from tens to thousands; a log scale keeps both readable.",
)
# Lazy tabs: only the open tab's figures are built and sent (the tab is in the URL: ?section=...).
tabs = st.tabs(
    SECTIONS,
    key="section",
    bind="query-params",
    on_change="rerun",
)

with tabs[0]:
    if tabs[0].open:
        st.caption(
            "Each claimant's **cumulative** figures (totals 'so far') side by side. They are never added "
            "together: the spread between claimants is the point. ▲ = lower bound, ▼ = upper bound, "
            "bar = range, ○ = estimate, ● = exact. War-wide totals on Russian or Ukrainian losses (no region "
            "or place named) are compared in the **Whole war** view, not here."
        )
        figures.chart(figures.competing, f, TYPES, subject, metric, log_y, key="competing")
        if undated := figures.undated_note(f, TYPES, subject, metric):
            st.caption(undated)
        if figureless := figures.figureless_note(f, TYPES, subject, metric):
            st.caption(figureless)
        st.caption(
            "Hover a point for its quote and source. Every figure of this chart, with its quote and source "
            "link, is a table in the next tab (a table here would slow the page's first paint)."
        )

with tabs[1]:
    # Each claimant's latest total as a bar: a tab of its own, so the page opens with one chart
    # (a second chart under the first cost about a tenth of a second of first paint, issue 11).
    if tabs[1].open and not figures.chart(
        figures.competing_latest, f, TYPES, subject, metric, key="competing_latest"
    ):
        st.info("No cumulative figures match the filters.")
    elif tabs[1].open:
        # (session 20, QA find 7) the sources of both cumulative charts, as on the other views
        latest = ui.query(queries.latest_per_claimant, f, TYPES, subject, metric, "cumulative")
        if not latest.empty:
            st.markdown("**Each claimant's latest figure**")
            ui.table(figures.latest_table(latest), what="claimants")
        every = ui.query(queries.figure_points, f, TYPES, "cumulative", subject, metric)
        if not every.empty:
            with st.expander(f"Every cumulative figure of the Competing claims chart ({len(every):,})"):
                ui.table(
                    figures.as_table(
                        every,
                        (
                            "stated_on",
                            "stated_on_precision",
                            "claimant",
                            "figure",
                            "qualifier",
                            *figures.SOURCE_COLUMNS,
                        ),
                    ),
                    what="figures",
                )

with tabs[2]:
    if tabs[2].open:
        st.caption(
            "Every metric of the chosen subject is drawn here (the metric above applies to the other tabs). "
            "Figures for a stated period only (e.g. 'at least 30 on Dec 14–15'). Each bar spans the days it "
            "covers; a figure whose days are not given is a point on the day it was stated (its hover says "
            "'period: not stated'). They are not a running total and are not summed."
        )
        figures.chart(figures.period, f, TYPES, subject, log_y, key="period")
        per = ui.query(queries.figure_points, f, TYPES, "period", subject, None)
        if not per.empty:
            with st.expander("The period figures as a table"):
                ui.table(
                    figures.as_table(
                        per,
                        (
                            "stated_on",
                            "stated_on_precision",
                            "claimant",
                            "metric",
                            "figure",
                            "period_start",
                            "period_end",
                            *figures.SOURCE_COLUMNS,
                        ),
                    ),
                    what="period figures",
                    hide_index=True,
                    column_config=ui.link_config(),
                    width="stretch",
                )
