"""Explore & export: the filtered claims_flat table (as many rows as the page's payload cap
allows) and a spreadsheet-safe CSV of every claim the filters match."""

import streamlit as st

from claimsdesk import charts, queries, ui

ui.leave_legacy_pages_mode()
f = ui.filters()
st.title("Explore & export")
ui.filter_caption(f)
ui.page_link_notices(
    "explore",
    {"sort": queries.SORTABLE, "rows": [str(n) for n in queries.EXPLORE_ROWS], "desc": ("true", "false")},
)
c1, c2, c3 = st.columns([2, 1, 1])
sort = c1.selectbox("Sort by", queries.SORTABLE, key="sort", bind="query-params")
desc = c2.toggle("Newest / largest first", value=True, key="desc", bind="query-params")
limit = int(
    c3.selectbox("Rows shown (at most)", queries.EXPLORE_ROWS, index=1, key="rows", bind="query-params")
)
total = ui.query(queries.count_claims, f)
rows = ui.query(queries.explore, f, sort, desc, limit)
st.write(f"**{total:,}** {'claim matches' if total == 1 else 'claims match'}.")
ui.download_csv(f, sort, desc, total)
# The figure as claimed ("at least 30") beside who claimed it and when: in the export's column
# order it came tenth, off screen. The raw bounds and qualifier stay further right (and in the CSV).
ui.table(
    charts.with_figure_labels(rows, 2),
    total=total,
    what="claims",
    hint="narrow the filters, or Download CSV for all of them",
    budget=200_000,
    # (QA pass 26) as tall as its rows up to 600 px: one match under fifteen empty grid rows read
    # as missing data
    height=600 if total > 15 else "auto",
    column_order=ui.EXPLORE_TABLE + tuple(c for c in rows.columns if c not in ui.EXPLORE_TABLE),
)
