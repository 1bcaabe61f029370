"""Sources & data quality: what was loaded from where, and what did not load and why."""

import streamlit as st

from claimsdesk import queries, shape, ui

ui.leave_legacy_pages_mode()
st.title("Sources & data quality")
info = ui.query(queries.build_info)
st.caption(ui.build_caption(info))

bundled = ui.query(queries.bundled_sources)
if not bundled.empty:
    st.subheader("Public datasets built in (data/sources/)")
    st.caption(
        "Snapshots shipped with the project and declared in data/sources/*.toml, imported on every "
        "build. Their licences allow redistribution with attribution: the attribution below goes "
        "with any chart or export of these data. ACLED data is never bundled (its terms forbid it)."
    )
    for _, rows in shape.groups(bundled, "declaration"):  # the query orders by declaration, then file
        first = shape.first_row(rows)
        snap = first["snapshot_date"]
        snap_text = snap.strftime("%Y-%m-%d") if hasattr(snap, "strftime") else "unknown"
        with st.container(border=True):
            st.markdown(
                f"**{first['source']}** · licence **{first['licence'] or 'not declared'}** · "
                f"snapshot {snap_text}"
            )
            st.markdown(f"Attribution: {first['attribution'] or 'not declared'}")
            if first["upstream_url"]:
                st.markdown(f"Upstream: [{first['upstream_url']}]({first['upstream_url']})")
            if first["description"]:
                st.caption(first["description"])
            ui.table(
                shape.pick(
                    rows,
                    ("source_file", "rows_read", "rows_loaded", "rows_quarantined", "date_min", "date_max"),
                ),
                hide_index=True,
                column_config=ui.link_config(),
                width="stretch",
            )

st.subheader("Dataset files (data/)")
log = ui.query(queries.load_summary)
st.caption("For every file: rows read = rows loaded + rows quarantined.")
ui.table(log, what="files")

imp = ui.query(queries.imports)
if not imp.empty:
    st.subheader("Imported public datasets")
    st.caption(
        "General Staff, ACLED, UCDP and The Economist files: rows read = loaded + quarantined; the date span they cover; "
        "when they were imported (UTC). A General Staff 'row' is one figure of one day."
    )
    ui.table(imp, what="imported files")

st.subheader("Quarantined rows")
counts = ui.query(queries.table_counts)
q = ui.query(queries.quarantine_rows)
if q.empty:
    st.success("No input row was quarantined: every row loaded.")
else:
    declared = counts["quarantined_declared"]
    own = counts["quarantined"] - declared
    if own:
        st.warning(
            f"{own:,} row(s) did not load. Fix them in the named file and row, then rebuild with "
            "`python -m etl build` (the files of data/), or import the fixed file again with "
            "`python -m etl import SOURCE FILE` (a file imported by hand: a rebuild reads it from "
            "the database, not from the file)."
        )
    if declared:
        st.info(
            f"{declared:,} row(s) of publishers' files declared in data/sources/ did not load: they "
            "break a rule of the data as published (e.g. UCDP's low ≤ best ≤ high) and are listed "
            "here as the publisher gave them. The files are kept as published, so nothing in data/ "
            "needs fixing."
        )
    ui.table(
        q,
        total=counts["quarantined"],
        what="quarantined rows (by file and row)",
        hint="the database's `quarantine` table holds them all",
        budget=80_000,
    )

left, right = st.columns([1, 2])
with left:
    st.subheader("Outlets")
    st.caption(
        'One row per outlet: the names sources write for it ("Reuters News", "reuters.com") '
        "count as one, as `data/outlets.csv` says; *written as* lists them."
    )
    ui.table(
        ui.query(queries.outlets), total=counts["outlets"], what="outlets (most reports first)", budget=20_000
    )
with right:
    st.subheader("Documents")
    ui.table(
        ui.query(queries.document_list),
        total=counts["documents"],
        what="documents (newest first)",
        hint="the database's `documents` table holds them all",
        budget=80_000,
    )
