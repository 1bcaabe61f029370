"""Map: claims and events by place, sized by the largest figure claimed there (works offline)."""

import streamlit as st

from claimsdesk import charts, queries, ui

ui.leave_legacy_pages_mode()
f = ui.filters()
st.title("Map of claims and events")
ui.filter_caption(f)
st.caption(
    "Red circles: places named in claims (area ~ largest figure claimed there; open circles are "
    "places whose coordinates are approximate). Blue diamonds: events. Hover for details."
)
places = ui.query(queries.map_claims, f)
evs = ui.query(queries.map_events, f)
ui.chart(
    charts.claims_map(
        places,
        evs,
        "Claims and events by place (view centred on the places named in claims)",
        reference=ui.query(queries.reference_places),
    ),
    "map",
)
if not (places.empty and evs.empty):
    bounds = charts.focus_bounds(places, evs)
    away = [
        *charts.outside_focus(places, bounds)["name"].tolist(),
        *(
            f"{t} ({p})"
            for t, p in charts.outside_focus(evs, bounds)[["title", "place_name"]].itertuples(index=False)
        ),
    ]
    if away:
        shown, more = away[:12], len(away) - 12
        tail = f"; and {more:,} more (narrow the Region or Place filter to see them)" if more > 0 else ""
        st.caption("Outside the map view: " + "; ".join(str(a) for a in shown) + tail)
if not places.empty:
    st.dataframe(
        places[
            ["name", "admin1", "claims", "max_figure", "claimants", "metrics", "coord_precision", "notes"]
        ],
        hide_index=True,
        column_config=ui.link_config(),
        width="stretch",
    )
