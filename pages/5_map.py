"""Map: claims and events by place, sized by how many claims name them (works offline)."""

import streamlit as st

from claimsdesk import charts, figures, queries, shape, ui

ui.leave_legacy_pages_mode()
f = ui.filters()
st.title("Map of claims and events")
ui.filter_caption(f)
st.caption(
    "Red circles: places named in claims (area ~ how many claims name the place, whoever made them: "
    "each figure with its claimant and qualifier is in Explore & export; open circles are "
    "places whose coordinates are approximate, and places that share one estimated point are one "
    "marker that names them all). Blue diamonds: events, one marker per location "
    "(about 1 km), larger where more events happened. Hover for details."
)
places = ui.query(queries.map_claims, f)
evs = ui.query(queries.map_events, f)
totals = ui.query(queries.map_totals, f)
left_out = [
    f"{len(places):,} of {totals['places']:,} places with claims (those with the most claims)"
    if len(places) < totals["places"]
    else "",
    f"{len(evs):,} of {totals['locations']:,} event locations (those with the most events)"
    if len(evs) < totals["locations"]
    else "",
]
if any(left_out):
    st.caption(
        "Showing " + " and ".join(t for t in left_out if t) + "; narrow the dates (for the claims' places, "
        "also the Region or Place filter) to see the others, or export the claims from Explore & export."
    )
# Lazy tabs (the open one is in the link, ?map_view=...): the map is drawn first; the places as
# a table only when opened (a data grid under the map cost the browser about a quarter second of
# its first paint, issue 11).
ui.page_link_notices("map", {"map_view": ["Map", "Places as a table"]})
tabs = st.tabs(["Map", "Places as a table"], key="map_view", bind="query-params", on_change="rerun")
with tabs[0]:
    if tabs[0].open:
        figures.chart(figures.claims_map, f, key="map")
        if not (places.empty and evs.empty):
            bounds = charts.focus_bounds(places, evs)
            away = charts.outside_focus_labels(places, evs, bounds)
            if away:
                shown, more = away[:12], len(away) - 12
                tail = (
                    # (session 20, QA 2 find 2: an imported event's region, "Donetsk oblast", is no
                    # Region filter value, which lists the claims' regions)
                    f"; and {more:,} more (narrow the dates to see them)" if more > 0 else ""
                )
                st.caption("Outside the map view: " + "; ".join(str(a) for a in shown) + tail)
with tabs[1]:
    if tabs[1].open:
        if places.empty:
            st.info("No places are named in the claims that match the filters.")
        else:
            ui.table(
                shape.pick(
                    places,
                    (
                        "name",
                        "admin1",
                        "claims",
                        "claimants",
                        "metrics",
                        "coord_precision",
                        "notes",
                    ),
                ),
                total=totals["places"],
                what="places",
                hint="narrow the filters to see the others",
                budget=60_000,
            )
