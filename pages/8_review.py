"""Review queue: paste, upload or fetch a report, review every proposal, save what is right.

Local use only (hidden on a hosted link): saving appends to data/*.csv (reviewed in git like any
other edit), then rebuilds the database. Quotes are shown as plain text (st.code), never as HTML
or markdown, so a "$" or "<" in a report cannot change what is displayed.
"""

import logging
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

import pandas as pd
import streamlit as st

from claimsdesk import jobs, shape, ui
from etl.build import build
from etl.core.contract import (
    ACTOR_KINDS,
    BASES,
    CLAIM_TYPES,
    EVENT_KINDS,
    PRECISIONS,
    QUALIFIERS,
    SIDES,
    STANCES,
)
from etl.core.lock import LockTimeoutError, writer_lock
from etl.core.report import InputFileError
from etl.extract.inputs import SUFFIXES, InputError, Source, extract_source, fetch_url, source_from_bytes
from etl.extract.reference import load_reference
from etl.extract.registry import (
    NEW_ACTOR,
    RegistryError,
    event_kind,
    outlet_status,
    suggest_actors,
    suggest_outlets,
)
from etl.extract.review import (
    MANUAL_FIELDS,
    ActorDecision,
    link_manual_claims,
    manual_claim,
    published_date,
    quarantined_from_save,
    quote_in_context,
    save_review,
    undated_notice,
    unknown_claimants,
    yearless_notice,
)

LOG = logging.getLogger("claimsdesk.review")

ui.leave_legacy_pages_mode()
st.title("Review queue: from a report to claims")
if ui.is_hosted():
    st.info("The review queue edits the dataset and is available only when running locally.")
    ui.stop()

CLAIM_COLS = [
    "claimant",
    "channel",
    "stated_on",
    "stated_on_precision",
    "claim_type",
    "metric",
    "subject",
    "value_low",
    "value_high",
    "qualifier",
    "basis",
    "period_start",
    "period_end",
    "places",
    "region",
    "verification",
    "quote",
    "notes",
]
#: The figures, edited as text (`claimsdesk.shape.ticked`).
FIGURE_COLS = ("value_low", "value_high")
RESPONSE_COLS = ["responder", "stance", "about", "quote", "notes"]
EVENT_COLS = ["title", "kind", "date_start", "date_end", "date_precision", "place", "region"]
CREATE = "(new) create it as a new actor"
DOC_FIELDS = (
    ("outlet", "Outlet"),
    ("url", "URL"),
    ("published_at", "Published at (YYYY-MM-DD or YYYY-MM-DDTHH:MM, +09:00 for its offset)"),
    ("title", "Title"),
    # (QA pass 41 #12) a guess from the page's words; every save used to write "en"
    ("language", "Language (a code: en, uk, ru, ko …)"),
)

st.caption(
    "Paste a news report as scraped, upload a .txt or .html page (or a saved feed, captions, a note "
    "app's Markdown export or a saved e-mail), or fetch it from a link. The "
    "extractor proposes claims, responses and events; fix the document, map or create new "
    "claimants, untick what is wrong, then save. A claim already in the dataset becomes a new "
    "report of it."
)


def _md(text: str) -> str:
    """Text from a report inside markdown: `$` would start LaTeX, `*`/`_` emphasis."""
    return "".join("\\" + c if c in "\\`*_[]$<>#" else c for c in text)


def _fetch() -> None:
    """Download the link's page into the text box and the document form (a callback)."""
    link = st.session_state.get("review_link", "").strip()
    try:
        src = fetch_url(link)
    except InputError as exc:
        st.session_state["review_notice"] = str(exc)
        return
    st.session_state["review_text"] = src.text
    st.session_state["review_source"] = src
    st.session_state["review_notice"] = ""


with st.container(border=True):
    c1, c2 = st.columns([4, 1], vertical_alignment="bottom")
    c1.text_input("Fetch from a link", key="review_link", placeholder="https://…")
    c2.button("Fetch", key="review_fetch", on_click=_fetch)
upload = st.file_uploader(
    "…or upload a report (.txt, .html; a feed's .xml, .rss or .atom; a reader's .jsonl; a chat's .json; "
    "captions' .srt or .vtt; a note's .md; an e-mail's .eml)",
    type=[*(suffix.lstrip(".") for suffix in SUFFIXES), "json"],  # the folder inputs, and a chat's .json
    key="review_upload",
)
st.text_area("…or paste the report", height=220, key="review_text")


def _propose() -> None:
    """Extract from the upload, fetched page or pasted text; seed the document form."""
    up = st.session_state.get("review_upload")
    st.session_state.pop("review_saved", None)
    st.session_state["review_notice"] = ""
    fetched: Source | None = st.session_state.get("review_source")
    body = st.session_state.get("review_text", "")
    try:
        if up is not None:  # read as the CLI reads a file: a file not in UTF-8 is named, not garbled
            src = source_from_bytes(up.getvalue(), up.name)
            if (
                body.strip()
                and body.strip() != src.text.strip()
                and body != st.session_state.get("review_text_used")
            ):
                # (QA pass 20) the attached file won over a report pasted after it, without a word
                st.session_state["review_notice"] = (
                    f"Proposed from the attached file {up.name}, not from the pasted text: remove the "
                    "file (its × in the uploader) to propose the pasted report."
                )
        elif fetched is not None and fetched.text == body:
            src = fetched
        elif fetched is not None and body.strip() and body.strip()[:300] in fetched.text:
            # (QA pass 20) the fetched page trimmed of its furniture is still that page: its link,
            # title, outlet and date stay (they were dropped as for a pasted text)
            src = replace(fetched, text=body)
        else:
            src = Source("pasted text", body)
    except InputError as exc:
        st.session_state["review_result"] = None  # no proposals of an earlier report stay on show
        st.session_state["review_notice"] = str(exc)
        return
    if not src.text.strip():
        st.session_state["review_result"] = None
        st.session_state["review_notice"] = "Paste a report, upload a file or fetch a link first."
        return
    # The same report again: a "Published at" the analyst typed is the date its relative dates
    # are read against (a report without a dateline), and the claims added by hand stay.
    same = st.session_state.get("review_text_used") == src.text
    typed = str(st.session_state.get("doc_published_at", "") or "").strip() if same else ""
    try:
        result = extract_source(src, published=published_date(typed), data_dir=ui.DATA_DIR)
    except InputError as exc:  # (QA 6) a corpus pasted as one report: one line, not minutes of work
        st.session_state["review_result"] = None
        st.session_state["review_notice"] = str(exc)
        return
    st.session_state["review_result"] = result
    # (QA pass 20) each proposal gets grids of its own: a grid keyed alike kept the edits made for
    # the last report (a figure typed, a claim unticked) and applied them to the next one's rows
    st.session_state["review_gen"] = int(st.session_state.get("review_gen", 0)) + 1
    if not same:
        st.session_state["review_manual"] = []  # claims added by hand belong to one report
    st.session_state["review_text_used"] = src.text
    # The same report proposed again: what the analyst typed in the document form stays (an
    # outlet filled in by hand is not wiped by the extractor's empty one).
    kept = (
        {key: str(st.session_state.get(f"doc_{key}", "") or "").strip() for key, _ in DOC_FIELDS}
        if same
        else {}
    )
    for key, _label in DOC_FIELDS:
        st.session_state[f"doc_{key}"] = kept.get(key) or str(result.document.get(key, "") or "")
    if published_date(typed) is not None:
        st.session_state["doc_published_at"] = typed  # as typed (with its time, if any)
    for k in [k for k in st.session_state if str(k).startswith(("actor_", "outlet_pick"))]:
        del st.session_state[k]


def _mark_edited() -> None:
    """A table of this proposal was edited (what `ui.keep_review_state` cannot keep)."""
    st.session_state["_review_edited"] = st.session_state.get("review_gen")


st.button("Propose claims", type="primary", key="review_propose", on_click=_propose)
if st.session_state.get("review_notice"):
    st.warning(_md(st.session_state["review_notice"]))

if st.session_state.pop("_review_left", False) and st.session_state.get(
    "_review_edited"
) == st.session_state.get("review_gen"):
    # (QA pass 20) back from another page: Streamlit has dropped the tables' edits; proposals shown
    # with the edits undone were saved as the extractor proposed them
    st.session_state["review_result"] = None
    st.warning(
        "You left the review queue with edits in its tables, which Streamlit does not keep across "
        "pages: propose the report again (the text and the document form are kept)."
    )
result = st.session_state.get("review_result")


def _decisions(names: list[str]) -> list[ActorDecision]:
    out = []
    for i, name in enumerate(names):
        pick = st.session_state.get(f"actor_map_{i}", CREATE)
        if pick == CREATE:
            out.append(
                ActorDecision(
                    name,
                    side=st.session_state.get(f"actor_side_{i}", "Other"),
                    kind=st.session_state.get(f"actor_kind_{i}", "official"),
                )
            )
        else:
            out.append(ActorDecision(name, map_to=pick))
    return out


def _add_manual() -> None:
    """Add the form's claim (one the extractor missed) to the proposals (a callback)."""
    fields = {k: str(st.session_state.get(f"add_{k}", "") or "") for k in MANUAL_FIELDS}
    try:
        row = manual_claim(fields, st.session_state.get("review_text_used", ""), ui.DATA_DIR)
    except ValueError as exc:
        st.session_state["review_add_error"] = str(exc)
        return
    st.session_state["review_add_error"] = ""
    st.session_state["review_manual"] = [*st.session_state.get("review_manual", []), row]
    for k in ("value_low", "value_high", "quote"):
        st.session_state[f"add_{k}"] = ""


def _use_outlet() -> None:
    """Put the outlet picked on record into the document form (a callback, before the form)."""
    pick = st.session_state.get("outlet_pick", "")
    if pick and pick != "(keep as written)":
        st.session_state["doc_outlet"] = pick


def _one_line(exc: BaseException) -> str:
    """An exception as the page says it: its type and its message's first line."""
    first = str(exc).splitlines()[0] if str(exc) else ""
    return f"{type(exc).__name__}: {first}".rstrip(": ")


def _files_state(data_dir: Path) -> dict[str, tuple[int, int]]:
    """Each CSV file of data/ by size and modification time: what a save changed."""
    state = {}
    for path in data_dir.glob("*.csv"):
        try:
            st_ = path.stat()
        except OSError:
            continue
        state[path.name] = (st_.st_size, st_.st_mtime_ns)
    return state


#: The session's running save (a `claimsdesk.jobs` token).
SAVE_JOB = "_review_save_job"
#: The running save's token in the page's address too: a reload starts a new session (its state
#: empty), and the page then finds the save by the address it reloaded and reports it.
SAVE_PARAM = "saving"


def _save(
    claims: pd.DataFrame | None,
    responses: pd.DataFrame | None,
    events: pd.DataFrame | None,
    new_names: list[str],
) -> None:
    """Start writing everything accepted to data/ and rebuilding (a callback): a job of its own.

    (QA pass 28) The save waits for another writer in a thread no rerun stops: inside the page
    run, a keystroke while it waited stopped the run and dropped the save without a word. The
    page reads the job on every run (`_collect_save`)."""
    if jobs.get(st.session_state.get(SAVE_JOB)) is not None:
        # (QA pass 29) another report's save clicked while the first one waits: said, never dropped
        st.session_state["review_busy"] = True
        return
    doc = {key: st.session_state.get(f"doc_{key}", "").strip() for key, _ in DOC_FIELDS}
    proposed = st.session_state.get("review_result")
    doc["tags"] = proposed.document.get("tags", "") if proposed else ""
    for key in ("review_error", "review_rebuild_error", "review_partial_error", "review_saved"):
        st.session_state.pop(key, None)
    accepted = (
        shape.accepted(claims, whole=FIGURE_COLS),
        shape.accepted(responses),
        shape.accepted(events),
        _decisions(new_names),
    )
    data_dir, db_path, rebuild = ui.DATA_DIR, ui.DB_PATH, build  # (as bound when the page ran)

    def work(on_wait: Callable[[str], None]) -> tuple[str, Any]:
        """The files, then the rebuild, under the writer lock; no page call (no Streamlit).

        (QA pass 29) A failure nothing here foresaw was reported "Nothing saved" even when the
        save had appended rows to some files first: the outcome now says which files changed."""
        before = _files_state(data_dir)
        rebuilt: list[bool] = []
        try:
            return save_and_rebuild(on_wait, rebuilt)
        except Exception as exc:
            LOG.error("review save failed: %s", jobs.plain_traceback(exc))  # (from the job's thread)
            what = _one_line(exc)
            after = _files_state(data_dir)
            changed = sorted(name for name in set(before) | set(after) if before.get(name) != after.get(name))
            if not changed:
                return "review_error", what
            return "review_partial_error", (changed, bool(rebuilt), what)

    def save_and_rebuild(on_wait: Callable[[str], None], rebuilt: list[bool]) -> tuple[str, Any]:
        saved = None
        try:
            # one writer: no build or import between the save and its build; (round 42) the wait
            # is said on the page, and its timeout is a one-line error, not a crash
            with writer_lock(db_path, on_wait=on_wait):
                try:
                    saved = save_review(data_dir, doc, *accepted)
                except (RegistryError, ValueError, OSError) as exc:
                    return "review_error", str(exc).splitlines()[0]
                try:
                    report = rebuild(data_dir, db_path)
                    rebuilt.append(True)
                except InputFileError:
                    raise
                except Exception as exc:  # data/ is written: say so, never a bare traceback
                    # (QA pass 19) the page says what was saved and how to publish it; the
                    # traceback goes to the server's log
                    LOG.error("rebuild after a review save failed: %s", jobs.plain_traceback(exc))
                    return "review_rebuild_error", (
                        f"{_one_line(exc)} (run `python -m etl build --full` to publish it)"
                    )
        except LockTimeoutError as exc:  # (nothing was written: the lock was never had)
            return "review_error", exc.for_the_page()
        except InputFileError as exc:  # a data/ file the rebuild cannot read
            return ("review_error" if saved is None else "review_rebuild_error"), str(exc).splitlines()[0]
        # (QA pass 28) data/'s own files apart from the publishers' datasets (bundled or imported),
        # whose rows the analyst does not edit here
        quarantined = (
            sum(f.rows_quarantined for f in report.files if f.source == "curated"),
            sum(f.rows_quarantined for f in report.files if f.source != "curated"),
        )
        mine = quarantined_from_save(report.quarantine, saved.written)
        return "review_saved", (saved, quarantined, report.counts, mine)

    token = jobs.start(work)
    st.session_state[SAVE_JOB] = token
    st.query_params[SAVE_PARAM] = token


def _forget_save() -> None:
    """The session's save is reported (or gone): out of the state and the address."""
    st.session_state.pop(SAVE_JOB, None)
    if SAVE_PARAM in st.query_params:
        del st.query_params[SAVE_PARAM]


def _collect_save() -> None:
    """Wait for the session's save, saying on the page what it waits for, and keep its outcome
    in the session state (a rerun meanwhile ends this run only: the next run waits again).

    (QA pass 29) A reload while the save ran showed an empty page and never its outcome: the new
    session takes the save over from the address (`SAVE_PARAM`)."""
    token = st.session_state.get(SAVE_JOB) or st.query_params.get(SAVE_PARAM)
    job = jobs.get(token)
    if job is None or token is None:
        _forget_save()
        return
    st.session_state[SAVE_JOB] = token
    note = st.empty()
    said = None
    while not job.done.wait(0.25):
        now = (
            f"Saving waits for the database: {job.waiting}"
            if job.waiting
            else "Saving the accepted proposals and rebuilding …"
        )
        if now != said:
            note.info(now, icon=":material/hourglass_top:")
            said = now
    note.empty()
    done = jobs.collect(token)
    _forget_save()
    if done is None:
        return
    if done.error is not None:  # (an interruption, not an error `work` reports: nothing to say of files)
        st.session_state["review_error"] = _one_line(done.error)
        return
    key, value = done.outcome
    st.session_state[key] = value
    if key != "review_error":
        st.cache_data.clear()
    if done.waiting:
        st.session_state["review_waited"] = True


if result is not None:
    st.subheader("Document")
    undated = undated_notice(result.read_against, named_date=result.named_date, case_date=result.case_date)
    if undated:
        st.warning(undated, icon=":material/event_busy:")
    if yearless_notice(result.read_against, result.year_guessed):
        st.warning(yearless_notice(result.read_against, result.year_guessed), icon=":material/event_busy:")
    d1, d2 = st.columns(2)
    for i, (key, label) in enumerate(DOC_FIELDS):
        (d1 if i % 2 == 0 else d2).text_input(label, key=f"doc_{key}")
    outlet = st.session_state.get("doc_outlet", "")
    if outlet_status(outlet, ui.DATA_DIR):
        st.warning(
            f"New outlet: “{_md(outlet)}” is not on record. Keep it as written (it is recorded "
            "with this document) or pick one on record:"
        )
        close = [s.name for s in suggest_outlets(outlet, ui.DATA_DIR)]
        if close:
            st.selectbox(
                "Outlet on record", ["(keep as written)", *close], key="outlet_pick", on_change=_use_outlet
            )
    elif not outlet:
        st.info("The report names no outlet: fill it in above.")

    proposals = [*result.claims, *st.session_state.get("review_manual", [])]
    new_names = unknown_claimants(proposals, ui.DATA_DIR)
    if new_names:
        st.subheader(f"New claimants ({len(new_names)}), flagged “{NEW_ACTOR}”")
        actors = sorted(load_reference(ui.DATA_DIR).actors.by_name)
        for i, name in enumerate(new_names):
            with st.container(border=True):
                st.text(f"“{name}” is not in actors.csv")
                side = next((a["side"] for a in result.new_actors if a["name"] == name), "")
                close = suggest_actors(name, ui.DATA_DIR, side=side)
                ordered = [s.name for s in close] + [a for a in actors if a not in {s.name for s in close}]
                # Preselect an existing actor only when it is almost surely the same one.
                default = 1 if close and close[0].score >= 0.9 else 0
                if close:
                    st.text(
                        "Closest: " + "; ".join(f"{s.name} ({s.score:.0%}, via “{s.via}”)" for s in close[:3])
                    )
                pick = st.selectbox(
                    "Map to an existing actor, or create it",
                    [CREATE, *ordered],
                    index=default,
                    key=f"actor_map_{i}",
                    help="Closest actors first (aliases and spelling variants).",
                )
                if pick == CREATE:
                    a1, a2 = st.columns(2)
                    a1.selectbox("Side", SIDES, index=SIDES.index("Other"), key=f"actor_side_{i}")
                    a2.selectbox(
                        "Kind", ACTOR_KINDS, index=ACTOR_KINDS.index("official"), key=f"actor_kind_{i}"
                    )

    edited_claims = edited_resp = edited_events = None
    if not proposals:
        st.warning("No claims found in this report.")
    else:
        st.subheader(f"Proposed claims ({len(proposals)})")
        edited_claims = st.data_editor(
            shape.ticked(proposals, (*CLAIM_COLS, "claim_id"), text=FIGURE_COLS, blank=("notes",)),
            hide_index=True,
            width="stretch",
            key=f"review_editor_{st.session_state.get('review_gen', 0)}",
            on_change=_mark_edited,
            disabled=["claim_id"],
            column_config={
                "accept": st.column_config.CheckboxColumn("accept", help="untick to reject"),
                # (QA pass 41 #10) the id as proposed: an edit of what identifies the claim gives
                # the saved claim another, which the save reports
                "claim_id": st.column_config.TextColumn(
                    "id as proposed",
                    help="The id the extractor gave this claim. Editing its claimant, date, figure, "
                    "qualifier, basis or period gives the saved claim another id.",
                ),
                # typed as written: a number column would drop a decimal point ("12.5" -> 125)
                **{c: st.column_config.TextColumn(c, help="a whole number, or empty") for c in FIGURE_COLS},
            },
        )
    with st.expander("Add a claim the extractor missed"):
        st.caption(
            "Copy the quote from the report (it is checked word for word). A claimant not in "
            "actors.csv is kept as written and flagged as a new claimant above. Bounds follow the "
            "qualifier: one figure for exact and about, the lower bound for at least and over, the "
            "upper bound for up to and nearly, both for a range."
        )
        with st.form("review_add_form", clear_on_submit=False, border=False):
            m1, m2, m3 = st.columns(3)
            m1.text_input("Claimant (as written)", key="add_claimant")
            m2.text_input("Channel", key="add_channel", placeholder="Telegram, briefing, …")
            m3.text_input("Stated on (YYYY-MM-DD)", key="add_stated_on")
            m1.selectbox("Date precision", PRECISIONS, key="add_stated_on_precision")
            m2.selectbox("Claim type", CLAIM_TYPES, key="add_claim_type")
            m3.text_input("Metric", key="add_metric", placeholder="killed, killed_or_wounded, …")
            m1.text_input("Subject (whose)", key="add_subject", placeholder="DPRK forces")
            m2.text_input("Value low", key="add_value_low")
            m3.text_input("Value high", key="add_value_high")
            m1.selectbox("Qualifier", QUALIFIERS, key="add_qualifier")
            m2.selectbox("Basis", BASES, index=BASES.index("cumulative"), key="add_basis")
            st.text_area("Quote (copied from the report)", key="add_quote", height=80)
            st.form_submit_button("Add to the proposals", key="review_add", on_click=_add_manual)
        if st.session_state.get("review_add_error"):
            st.error(f"Not added: {_md(st.session_state['review_add_error'])}")
    if result.responses:
        st.subheader(f"Proposed responses ({len(result.responses)})")
        edited_resp = st.data_editor(
            shape.ticked(
                link_manual_claims(result.responses, st.session_state.get("review_manual", [])),
                (*RESPONSE_COLS, "claims"),
                blank=("notes",),
            ),
            hide_index=True,
            width="stretch",
            key=f"review_responses_{st.session_state.get('review_gen', 0)}",
            on_change=_mark_edited,
            disabled=["claims"],
            column_config={
                "stance": st.column_config.SelectboxColumn("stance", options=list(STANCES)),
                "claims": st.column_config.TextColumn("claims (proposal ids)"),
            },
        )
    if result.events:
        st.subheader(f"Proposed events ({len(result.events)})")
        edited_events = st.data_editor(
            shape.ticked([{**e, "kind": event_kind(e["title"])} for e in result.events], EVENT_COLS),
            hide_index=True,
            width="stretch",
            key=f"review_events_{st.session_state.get('review_gen', 0)}",
            on_change=_mark_edited,
            column_config={"kind": st.column_config.SelectboxColumn("kind", options=list(EVENT_KINDS))},
        )

    text_used = st.session_state.get("review_text_used", "")
    with st.expander("Quotes in context (the quote is marked »like this«)", expanded=True):
        items = [("claim", f"{c['claimant']}: {c['metric']}", c["quote"]) for c in proposals]
        items += [("response", f"{r['responder']}: {r['stance']}", r["quote"]) for r in result.responses]
        for n, (kind, label, quote) in enumerate(items, start=1):
            st.text(f"{n}. {kind} — {label}")
            st.code(quote_in_context(text_used, quote), language=None, wrap_lines=True)

    n_claims, n_resp, n_ev = map(shape.n_ticked, (edited_claims, edited_resp, edited_events))
    st.caption(f"To save: {n_claims} claim(s), {n_resp} response(s), {n_ev} event(s).")
    st.button(
        "Save the accepted proposals and rebuild",
        key="review_save",
        type="primary",
        on_click=_save,
        args=(edited_claims, edited_resp, edited_events, new_names),
        # (QA pass 29) one save at a time per session: the button waits for the running one
        disabled=not (n_claims or n_resp or n_ev) or jobs.get(st.session_state.get(SAVE_JOB)) is not None,
    )

_collect_save()
if st.session_state.pop("review_busy", False):
    st.error(
        "Nothing of this report was saved: the previous save was still running (its result is "
        "below). Save this report again now."
    )
if st.session_state.pop("review_waited", False):
    st.info(
        "The save waited for another writer (a build, an import or another save) to finish first.",
        icon=":material/check:",
    )
if st.session_state.get("review_error"):
    st.error(f"Nothing saved: {_md(st.session_state['review_error'])}")
if st.session_state.get("review_rebuild_error"):
    st.error(
        f"Saved to {_md(ui.data_label())}, but the rebuild failed, so the dashboard does not show it yet: "
        + _md(st.session_state["review_rebuild_error"])
    )
if st.session_state.get("review_partial_error"):
    files, rebuilt, what = st.session_state["review_partial_error"]
    st.error(
        f"The save stopped part-way ({_md(what)}) after writing to {_md(', '.join(files))} in "
        f"{_md(ui.data_label())}"
        + (
            ", and the dashboard was rebuilt with them"
            if rebuilt
            else "; the dashboard does not show them yet"
        )
        + ". Check the rows at the end of those files, then run `python -m etl build`."
    )
saved_state = st.session_state.get("review_saved")
if saved_state:
    summary, quarantined, counts, mine = saved_state
    saved = summary.saved
    if mine:
        # the rebuild refused rows this save wrote: say so first, and why (never a plain "added")
        st.error(
            f"Saved to {_md(ui.data_label())}, but the rebuild quarantined {len(mine)} of the rows just saved, so they "
            "are not in the dashboard: " + _md("; ".join(mine[:3])) + (" …" if len(mine) > 3 else "")
        )
    (st.warning if mine else st.success)(
        f"Saved to {_md(ui.data_label())} (document {saved.doc_id}{', new' if saved.document_added else ''}): "
        f"{summary.words()}. "
        f"Rebuilt: {counts.get('claims', 0):,} claims, {counts.get('reports', 0):,} reports, "
        f"{counts.get('responses', 0):,} responses."
    )
    own, published = quarantined
    if own or published:
        st.warning(
            f"{own:,} row(s) of the files in {_md(ui.data_label())}"
            + (f" and {published:,} of the publishers' datasets (bundled or imported)" if published else "")
            + " are quarantined in all: see Sources & data quality."
        )
