"""Review queue: paste or upload a report, review the proposed claims, save the accepted ones.

Local use only (hidden on a hosted link): saving edits data/*.csv, which go into git like any
other edit, then rebuilds the database.
"""

import html

import pandas as pd
import streamlit as st

from claimsdesk import ui
from etl.build import build
from etl.core.lock import writer_lock
from etl.extract import extract
from etl.extract.save import save_accepted

ui.leave_legacy_pages_mode()
st.title("Review queue: from a report to claims")
if ui.is_hosted():
    st.info("The review queue edits the dataset and is available only when running locally.")
    st.stop()

EDITABLE = ["claimant", "channel", "stated_on", "stated_on_precision", "claim_type", "metric", "subject",
            "value_low", "value_high", "qualifier", "basis", "period_start", "period_end", "places",
            "region", "verification", "quote"]

st.caption(
    "Paste a news report as scraped (headline, dateline, outlet, body, #tags) or upload a .txt. "
    "The extractor proposes claims with their claimant, qualifier, dates and places; edit, untick "
    "what is wrong, then save. A claim already in the dataset becomes a new report of it."
)
upload = st.file_uploader("Upload a report (.txt)", type=["txt"], key="review_upload")
st.text_area("…or paste the report", height=220, key="review_text")
url = st.text_input("Source URL of the report (optional)", key="review_url")



def _propose() -> None:
    """Run the extractor on the pasted or uploaded text (a callback: state is set before the rerun)."""
    up = st.session_state.get("review_upload")
    body = up.getvalue().decode("utf-8", errors="replace") if up is not None else st.session_state.get("review_text", "")
    st.session_state.pop("review_saved", None)
    if not body.strip():
        st.session_state["review_result"] = None
        st.session_state["review_notice"] = "Paste a report or upload a .txt first."
        return
    st.session_state["review_notice"] = ""
    st.session_state["review_result"] = extract(body, data_dir=ui.DATA_DIR,
                                                source_url=st.session_state.get("review_url", "").strip())
    st.session_state["review_text_used"] = body


st.button("Propose claims", type="primary", key="review_propose", on_click=_propose)
if st.session_state.get("review_notice"):
    st.warning(st.session_state["review_notice"])


def _save(doc: dict[str, str], accepted: pd.DataFrame) -> None:
    """Append the accepted claims to data/ (atomically, merging known claims) and rebuild."""
    if accepted.empty:
        return
    rows = [{k: ("" if pd.isna(v) else v) for k, v in r.items()} for r in accepted.to_dict("records")]
    with writer_lock(ui.DB_PATH):  # one writer: no build or import between the save and its build
        saved = save_accepted(ui.DATA_DIR, doc, rows)
        report = build(ui.DATA_DIR, ui.DB_PATH)
    st.cache_data.clear()
    st.session_state["review_saved"] = (saved, report.files[3].rows_quarantined, report.counts)


result = st.session_state.get("review_result")
if result is not None:
    doc = dict(result.document)
    st.subheader("Document")
    st.json(doc)
    claims = pd.DataFrame(result.claims)
    if claims.empty:
        st.warning("No claims found in this report.")
    else:
        claims.insert(0, "accept", True)
        st.subheader(f"Proposed claims ({len(claims)})")
        edited = st.data_editor(
            claims[["accept", *[c for c in EDITABLE if c in claims.columns]]],
            hide_index=True, width="stretch", key="review_editor",
            column_config={"accept": st.column_config.CheckboxColumn("accept", help="untick to reject")},
        )
        # The report with every proposed quote highlighted (escaped text; st.html sanitises).
        body = html.escape(st.session_state.get("review_text_used", ""))
        for quote in edited.loc[edited["accept"], "quote"].dropna().unique():
            q = html.escape(str(quote))
            if q and q in body:
                body = body.replace(q, f"<mark>{q}</mark>")
        with st.expander("The report, with the accepted quotes highlighted", expanded=True):
            st.html(f"<div style='white-space: pre-wrap; font-size: 0.9rem'>{body}</div>")
        if result.responses:
            st.caption("Responses found (saved with the claims is not yet supported; add them to "
                       "data/responses.csv by hand):")
            st.dataframe(pd.DataFrame(result.responses), hide_index=True, width="stretch")
        accepted = edited[edited["accept"]].drop(columns=["accept"])
        st.caption(f"{len(accepted)} of {len(edited)} proposed claim(s) accepted.")
        st.button("Save the accepted claims and rebuild", key="review_save", on_click=_save,
                  args=(doc, accepted), disabled=False)

saved_state = st.session_state.get("review_saved")
if saved_state:
    saved, quarantined, counts = saved_state
    st.success(
        f"Saved to data/ (document {saved.doc_id}{', new' if saved.document_added else ''}): "
        f"{saved.added} claim(s) added, {saved.merged} merged into existing claims as new reports. "
        f"Rebuilt: {counts.get('claims', 0):,} claims, {counts.get('reports', 0):,} reports."
    )
    if quarantined:
        st.warning(f"{quarantined} row(s) of claims.csv are quarantined: see Sources & data quality.")
