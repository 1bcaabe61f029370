"""Explore & export: the filtered claims_flat table and a spreadsheet-safe CSV of exactly it."""

import streamlit as st

from claimsdesk import export, queries, ui

ui.leave_legacy_pages_mode()
f = ui.filters()
st.title("Explore & export")
ui.filter_caption(f)
c1, c2, c3 = st.columns([2, 1, 1])
sort = c1.selectbox("Sort by", queries.SORTABLE, key="sort", bind="query-params")
desc = c2.toggle("Newest / largest first", value=True, key="desc", bind="query-params")
limit = int(c3.selectbox("Rows shown", [1000, 5000, 10000], key="rows", bind="query-params"))
total = ui.query(queries.count_claims, f)
rows = ui.query(queries.explore, f, sort, desc, limit)
shown = len(rows)
st.write(
    f"**{total:,}** claims match; showing **{shown:,}**"
    + ("" if shown == total else " (narrow the filters or raise 'Rows shown' to see more)")
    + "."
)
description = f.describe() + f"; sort={sort} {'desc' if desc else 'asc'}; rows={shown}"
st.download_button(
    "Download CSV",
    data=export.to_safe_csv(rows, description),
    file_name=export.export_filename(f.describe()),
    mime="text/csv",
    on_click="ignore",
    icon=":material/download:",
    key="download_csv",
    help="Exactly the rows below, spreadsheet-safe (formula-like cells are prefixed with '), "
    "UTF-8; the first line records the filters.",
)
st.dataframe(rows, hide_index=True, column_config=ui.link_config(), width="stretch", height=600)
