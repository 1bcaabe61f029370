"""Streamlit glue shared by the entry file and the pages: connection, caching, sidebar filters.

Queries (`queries`), charts (`charts`), exports and shaping stay plain Python, never importing
Streamlit; the modules that draw on a page do: this one, `figures` (cached figure builds),
`chartview` (drawing a figure) and `nav` (the top bar).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import logging
from collections.abc import Callable, Sequence
from contextvars import ContextVar
from pathlib import Path
from typing import Any, NoReturn, TypeVar

import duckdb
import pandas as pd
import streamlit as st

from claimsdesk import chartview, export, payload, queries, shape
from claimsdesk.filters import (
    DATE_PARAM,
    LIST_PARAMS,
    TEXT_PARAM,
    Filters,
    ignored_link_values,
    markdown_literal,
    quoted,
    selected_range,
    validate_params,
)
from claimsdesk.nav import is_hosted, leave_legacy_pages_mode  # noqa: F401  (pages use them via ui)
from etl.core import db, first_start

R = TypeVar("R")

DB_PATH = db.db_path_default()
DATA_DIR = db.data_dir_default()


def data_label() -> str:
    """How the (local-only) review page names the folder it saves to: "data/", or the folder
    CLAIMS_DESK_DATA names (QA pass 26: it said "Saved to data/" when the rows went elsewhere).
    Pages a hosted link shows keep saying "data/", the project's folder, never a server path."""
    if DATA_DIR.resolve() == Path(db.DEFAULT_DATA_DIR).resolve():
        return "data/"
    return f"{DATA_DIR}/"


LABELS: dict[str, str] = {
    "claimant": "Claimant",
    "side": "Claimant's side",
    "type": "Claim type",
    "metric": "Metric",
    "subject": "Subject (whose forces)",
    "place": "Place",
    "region": "Region",
    "verification": "Verification",
}


def ensure_database(build: first_start.Build) -> None:
    """Build the database from data/ on first start, once, while other visitors wait for it.

    The build runs under a file lock beside the database pointer (`first_start.build_once`), so
    concurrent sessions and server processes never build twice and never see "no database".
    `build(data_dir, db_path)` is passed in by the entry file (`etl.build.build`): the dashboard
    package depends on `etl.core` only, never on the writer.
    """
    live = db.resolve_live(DB_PATH)
    if live is not None and _is_current(str(live)):
        return
    note = st.empty()

    def waiting() -> None:
        note.info(
            "The claims database is being built for this server's first start; the "
            "dashboard opens as soon as it is ready.",
            icon=":material/hourglass_top:",
        )

    why = (
        "First start: preparing the claims database from data/ …"
        if live is None
        else "The claims database was built by an older release of Claims Desk: rebuilding it from data/ …"
    )
    with st.spinner(why):
        first_start.build_once(DATA_DIR, DB_PATH, build, on_wait=waiting)
    note.empty()


@functools.lru_cache(maxsize=16)
def _is_current(live: str) -> bool:
    """`first_start.is_current_file`, once per published version (a version never changes)."""
    return first_start.is_current_file(Path(live))


#: What reading a damaged or unreadable published file raises: DuckDB's IO errors (not a database
#: file, a truncated one, permissions) and its bare base error (QA pass 22: "Corrupt database file:
#: computed checksum … does not match"). The entry file catches it around the page; a query's own
#: error (a BinderException, say) is a subclass and is raised as it was (`is_unreadable`).
DatabaseError = duckdb.Error


def is_unreadable(exc: BaseException) -> bool:
    """Whether a DuckDB error says the file cannot be read, rather than that a query is wrong."""
    return isinstance(exc, duckdb.IOException) or type(exc) is duckdb.Error


LOG = logging.getLogger("claimsdesk")


def unreadable_database(exc: BaseException) -> None:
    """(QA pass 21) The page's one-line message when the published database cannot be read, and a
    button to try again: viewers got Streamlit's generic error page with no sidebar, and stayed on
    it after the file was repaired (nothing left to click). The details go to the server's log,
    not to a shared link's viewers."""
    LOG.error("the published database cannot be read: %s", exc, exc_info=exc)
    st.error(
        f"The claims database cannot be read right now ({type(exc).__name__}). Whoever runs this "
        "server can rebuild it with `python -m etl build` (a damaged file: `python -m etl build "
        "--without-imports`); then try again.",
        icon=":material/database:",
    )
    st.button("Try again", key="retry_database", icon=":material/refresh:")
    # (QA pass 22) The filters' controls were not drawn, and a run that ends drops the URL values
    # of controls it did not draw: a reload during the outage lost the view a shared link named.
    # A stopped run keeps them (and the controls' values for the run after the repair).
    st.stop()


def _close(con: duckdb.DuckDBPyConnection) -> None:
    con.close()


@st.cache_resource(max_entries=3, on_release=_close)
def _connect(real_path: str) -> duckdb.DuckDBPyConnection:
    """One read-only connection per published file; a new build is a new path, so a new entry."""
    return db.connect_readonly(Path(real_path))


#: The published file this run reads (`pin_live_path`); unset outside a run of the entry file.
_RUN_PATH: ContextVar[str | None] = ContextVar("run_db_path", default=None)


def pin_live_path() -> None:
    """The entry file, at the start of each run: every query of the run reads the build published
    now. (QA pass 34) Resolved per query, a build published while a page ran split the view: the
    count said 9 claims and the table below it showed 10, the new claim among them."""
    _RUN_PATH.set(None)
    _RUN_PATH.set(live_path())


def live_path() -> str:
    """The published database file of this run (`pin_live_path`), else the one published now
    (re-resolved every run to pick up new builds)."""
    pinned = _RUN_PATH.get()
    if pinned is not None:
        return pinned
    real = db.resolve_live(DB_PATH)
    if real is None:
        raise FileNotFoundError(f"no database at {DB_PATH}; run: python -m etl build")
    return str(real)


@st.cache_data(ttl="15m", max_entries=1024, show_spinner=False)
def _cached(
    key: str, real_path: str, f: Filters | None, args: tuple[Any, ...], _fn: Callable[..., Any]
) -> Any:
    """Cached by (query's qualified name, published file, filters, arguments); `_fn` is not hashed."""
    con = _connect(real_path)
    return _fn(con, *args) if f is None else _fn(con, f, *args)


def query(fn: Callable[..., R], f: Filters | None = None, *args: Any) -> R:
    """Run a query function of `claimsdesk.queries` (passed by reference) through the cache.

    `fn(con, *args)` when `f` is None, else `fn(con, f, *args)`. The cache key is the function's
    module and qualified name, so two queries never share an entry and go-to-definition works.
    """
    key = f"{fn.__module__}.{fn.__qualname__}"
    result: R = _cached(key, live_path(), f, tuple(args), fn)
    return result


def _raw_params() -> dict[str, list[str]]:
    keys = [*LIST_PARAMS, DATE_PARAM, TEXT_PARAM]
    return {k: st.query_params.get_all(k) for k in keys if k in st.query_params}


def page_link_notices(page: str, allowed: dict[str, Sequence[str]]) -> None:
    """A page's own link values that its controls do not accept, named in the sidebar (read before
    the controls are drawn, which reset them). Every page calls it for each control a link may set,
    right before drawing it: a control whose options come from the data is checked once they are
    known. The notices are drawn once the page has drawn its controls (`show_page_link_notices`),
    and go when the analyst changes one of them, as the shared filters' notices go."""
    key = f"_page_notices_{page}_{'-'.join(sorted(allowed))}"  # a page may check its controls in turns
    if key not in st.session_state:
        raw = {k: st.query_params.get_all(k) for k in allowed if k in st.query_params}
        st.session_state[key] = ignored_link_values(raw, allowed)
    else:
        _note_choices_a_rebuild_took(key, allowed)
    if st.session_state[key]:
        pending = _PENDING_NOTICES.get(None)
        if pending is None:  # (a run the entry file did not start: drawn by the next `show`)
            pending = []
            _PENDING_NOTICES.set(pending)
        pending.append((key, st.sidebar.container(), tuple(allowed)))


def _note_choices_a_rebuild_took(key: str, allowed: dict[str, Sequence[str]]) -> None:
    """(QA pass 22) A page control's value the data no longer offer (a rebuild took that subject or
    metric away while the page was open): the control showed its default with no word, and the
    address kept the old value, so a copied link named a view the page did not show. The value is
    named in the page's notice, and the control (and with it the address) shows the first choice."""
    gone = {
        k: v
        for k in allowed
        if isinstance(v := st.session_state.get(k), str) and v not in allowed[k] and allowed[k]
    }
    if not gone:
        return
    for k in gone:  # (the address follows the control it is bound to)
        st.session_state[k] = allowed[k][0]
    st.session_state[key] = [
        f"Dropped {k} value {quoted(v[:60])} the data no longer has (it was rebuilt since); "
        f"showing {quoted(allowed[k][0])} (one of: {', '.join(allowed[k])})."
        for k, v in gone.items()
    ]
    st.session_state.pop(f"{key}_values", None)  # shown until the control changes


#: This run's page notices waiting for their controls' values: (state key, sidebar box, controls).
_PENDING_NOTICES: ContextVar[list[tuple[str, Any, tuple[str, ...]]]] = ContextVar("page_notices")


#: The review queue's inputs that Streamlit forgets while another page is shown (a run drops the
#: state of the widgets it does not draw): its pasted text, its link and its document form.
_REVIEW_INPUTS = ("review_text", "review_link", "doc_")


def keep_review_state(page_url: str) -> None:
    """(QA pass 20) Keep the review queue's text and document form across a visit to another page
    (re-assigned on every run, as Streamlit advises), and note that the page was left: its tables'
    edits cannot be kept so (a data editor's state cannot be set), and the review page then asks
    for the report to be proposed again instead of showing proposals with the edits undone."""
    for key in [k for k in st.session_state if isinstance(k, str) and k.startswith(_REVIEW_INPUTS)]:
        st.session_state[key] = st.session_state[key]
    if page_url != "review" and st.session_state.get("review_result") is not None:
        st.session_state["_review_left"] = True


def start_page_link_notices() -> None:
    """The entry file, before the page runs: no notice of an earlier run is pending (the shared
    filters' notices, drawn just before, are counted)."""
    _PENDING_NOTICES.set([])
    _POINTER_SLOT.set(None)


def show_page_link_notices() -> None:
    """The entry file after the page has run, and `stop` before a page stops: each page notice is
    drawn in its box while its controls hold the values they had on the run that opened the link,
    and goes for good once the analyst changes one (QA 9: "Ignored view value 'bogus'" stayed
    beside the view the analyst had chosen)."""
    for key, box, controls in _PENDING_NOTICES.get([]):
        _notices_until_changed(box, key, {k: st.session_state.get(k) for k in controls})
    _PENDING_NOTICES.set([])
    _pointer_to_notices()
    _POINTER_SLOT.set(None)


def _notices_until_changed(box: Any, key: str, now: object) -> None:
    """The link notices kept under `key`, drawn in `box` while `now` (the filters, or a page's
    controls) is what it was on the run that opened the link; gone for good once it changes."""
    if now != st.session_state.setdefault(f"{key}_values", now):
        st.session_state[key] = []
    for notice in st.session_state.get(key, []):
        box.warning(markdown_literal(notice), icon=":material/link_off:")
    _NOTICES_DRAWN.set(_NOTICES_DRAWN.get() + len(st.session_state.get(key, [])))


#: How many link notices this run drew in the sidebar (`pointer_to_notices` says so on the page).
_NOTICES_DRAWN: ContextVar[int] = ContextVar("notices_drawn", default=0)
#: The page's place for that pointer, under its filters line (`filter_caption`).
_POINTER_SLOT: ContextVar[Any] = ContextVar("notice_pointer_slot", default=None)


def _pointer_to_notices() -> None:
    """(QA pass 34) On a phone the sidebar is closed, and its notices with it: a link with a
    misspelt claimant showed the Kursk view and "Filters: no filters" with no word of why. Under
    the filters line, the page says the sidebar has notices."""
    slot, n = _POINTER_SLOT.get(), _NOTICES_DRAWN.get()
    if slot is not None and n:
        slot.caption(
            f":material/link_off: The link had {'a value' if n == 1 else 'values'} this page could not apply as "
            f"written: {'a notice' if n == 1 else f'{n} notices'} in the sidebar (» at the top left opens it)."
        )


def stop() -> NoReturn:
    """`st.stop()` for a page: its link notices are drawn first (after `st.stop()` nothing can
    read the controls' state in that run). Pages never call `st.stop()` themselves."""
    show_page_link_notices()
    st.stop()


def _note_values_a_rebuild_took(opts: dict[str, list[str]], lo: dt.date | None, hi: dt.date | None) -> None:
    """(QA pass 21) Filter values of this session that the data no longer offer (a rebuild took
    them away while the page was open): the lists drop them, which widened the view to every claim
    without a word. Said in the sidebar's notice, until the next filter change. (QA pass 22) So is a
    date range the rebuilt data's dates no longer cover: it is clamped to them (or, wholly outside
    them, all dates are shown), as a link's range is, where the date control reset it silently."""
    gone = {
        key: [v for v in st.session_state.get(key) or [] if v not in set(opts.get(key, []))] for key in LABELS
    }
    said = [f"{key} {', '.join(quoted(v[:60]) for v in vs[:3])}" for key, vs in gone.items() if vs]
    span, picked = st.session_state.get("_date_span"), st.session_state.get(DATE_PARAM)
    st.session_state["_date_span"] = (lo, hi)
    if (
        lo is not None
        and hi is not None
        and isinstance(picked, tuple | list)
        and picked
        and all(isinstance(d, dt.date) for d in picked)
    ):
        start, end = min(picked), max(picked)
        if (start, end) == span:  # no date filter: the whole of the data's dates, old and new
            st.session_state[DATE_PARAM] = (lo, hi)
        elif start < lo or end > hi:
            if end < lo or start > hi:
                st.session_state[DATE_PARAM] = (lo, hi)
                said.append(f"dates {start} to {end} (no claim is dated in them now: showing all dates)")
            else:
                st.session_state[DATE_PARAM] = (max(start, lo), min(end, hi))
                said.append(f"dates {start} to {end} (clamped to {max(start, lo)} to {min(end, hi)})")
    if said:
        st.session_state["_url_notices"] = [
            f"Dropped filter value(s) the data no longer has (it was rebuilt since): {'; '.join(said)}"
        ]
        st.session_state.pop("_url_notices_values", None)  # shown until the filters change


def sidebar_filters() -> Filters:
    """Draw the shared filters (all bound to the URL) and return the filter state."""
    opts = query(queries.options)
    lo, hi = query(queries.date_span)
    if "_url_notices" not in st.session_state:
        raw = _raw_params()
        valid, notices = validate_params(raw, opts, (lo, hi))
        st.session_state["_url_notices"] = notices
        # (QA pass 32) a list value the notice calls ignored leaves the address too ("type=",
        # "metric=&metric=killed" were kept): a copied link says only what the page applies
        _set_url_params(
            {
                k: valid.get(k, [])
                for k in (*LIST_PARAMS, TEXT_PARAM)
                if k in raw and raw[k] != valid.get(k, [])
            }
        )
        if TEXT_PARAM in raw and raw[TEXT_PARAM] != valid.get(TEXT_PARAM):
            # (QA pass 34) the search as the notice says it was shortened (at a word's end), not
            # as the control cuts it (inside a word: "… soldi" matched nothing): checked once drawn
            st.session_state["_q_link_wanted"] = (valid.get(TEXT_PARAM) or [""])[0]
        if DATE_PARAM in st.query_params and lo and hi:  # the adjusted range, or all dates
            got = valid.get(DATE_PARAM)
            wanted = tuple(dt.date.fromisoformat(d) for d in got) if got else (lo, hi)
            st.session_state[DATE_PARAM] = wanted
            st.session_state["_date_link_wanted"] = wanted  # checked once the control is drawn
    if "_q_link_set" in st.session_state:  # (as the dates below)
        st.session_state[TEXT_PARAM] = fixed_q = st.session_state.pop("_q_link_set")
        _set_url_param(TEXT_PARAM, [fixed_q] if fixed_q else [])
    if "_date_link_set" in st.session_state:  # (before the control: a value set by code wins)
        st.session_state[DATE_PARAM] = fixed = st.session_state.pop("_date_link_set")
        _set_url_param(DATE_PARAM, [d.isoformat() for d in fixed] if fixed != (lo, hi) else [])
    _note_values_a_rebuild_took(opts, lo, hi)
    _carry_filters_to_url(lo, hi)
    sidebar = st.sidebar
    sidebar.header("Filters")
    notice_box = sidebar.container()  # filled once the filters are known (see the end)
    q = sidebar.text_input(
        "Search quotes", key=TEXT_PARAM, bind="query-params", placeholder="e.g. Kurilovka", max_chars=200
    )
    wanted_q = st.session_state.pop("_q_link_wanted", None)
    if wanted_q is not None and q != wanted_q:
        st.session_state["_q_link_set"] = wanted_q  # (the control read the link itself: once more)
        st.rerun()
    # The date range and the eight lists sit in a popover: the browser draws a closed popover's
    # widgets only when it is opened. Drawn in the sidebar they cost about 0.3 s of browser CPU
    # on every page's first paint (issue 11). They are still created on every run, so their
    # values (and the URL they are bound to) hold whether the popover is open or not.
    with sidebar.popover("Edit filters", icon=":material/filter_list:", width="stretch"):
        dates: Any = ()
        if lo and hi:
            dates = st.date_input(
                "Date stated",
                value=(lo, hi),
                min_value=lo,
                max_value=hi,
                key=DATE_PARAM,
                bind="query-params",
                help=(
                    "A claim dated only to a month or year is kept when that month or year overlaps "
                    "the range. Narrowing the range hides claims whose date is unknown."
                ),
            )
        wanted = st.session_state.pop("_date_link_wanted", None)
        if wanted is not None and tuple(dates) != wanted:
            # (QA 6) On a session's first run the control bound to the link reads the link itself,
            # and takes dates the notice calls ignored ("2024-12-1"): run again with the range the
            # notice names (on later runs a value set by code wins over the link).
            st.session_state["_date_link_set"] = wanted
            st.rerun()
        chosen: dict[str, tuple[str, ...]] = {}
        for key, label in LABELS.items():
            chosen[key] = tuple(
                # (QA pass 34) no "Select N matches" first in the list: typing "killed" then Enter
                # took killed_or_wounded too, two different counts (all of a list is no filter)
                st.multiselect(
                    label,
                    opts.get(key, []),
                    key=key,
                    bind="query-params",
                    placeholder="all",
                    select_all=False,
                )
            )
    d_from, d_to = selected_range(dates, (lo, hi))
    narrowed = (d_from, d_to) != (lo, hi) and d_from is not None and d_to is not None
    _restore_url_params(
        {
            **{key: list(values) for key, values in chosen.items()},
            DATE_PARAM: [d.isoformat() for d in (d_from, d_to) if d] if narrowed else [],
        }
    )
    f = Filters(
        date_from=d_from,
        date_to=d_to,
        claimants=chosen["claimant"],
        sides=chosen["side"],
        claim_types=chosen["type"],
        metrics=chosen["metric"],
        subjects=chosen["subject"],
        places=chosen["place"],
        regions=chosen["region"],
        verification=chosen["verification"],
        q=q or "",
    ).normalised()
    if f.q:
        order, from_row, counts = query(queries.plan_search, None, f.q)
        f = dataclasses.replace(f, q_words=order, q_from_row=from_row)
        if from_row is not None:
            common = ", ".join(
                f"“{markdown_literal(w)}” ({counts[w]:,})" for w in order if counts[w] > queries.SEARCH_WINDOW
            )
            st.sidebar.info(
                f"Search words found in very many quotes: {common}. Only the newest "
                f"{queries.SEARCH_WINDOW:,} claims were searched; add a rarer word to search them all.",
                icon=":material/manage_search:",
            )
    _NOTICES_DRAWN.set(0)
    _link_notices(notice_box, f)
    sidebar.caption(f"Active: {markdown_literal(f.describe())}")
    sidebar.caption("Every filter is in the page address: copy the link to share this view.")
    st.session_state["_filters"] = f
    return f


def _link_notices(box: Any, f: Filters) -> None:
    """The link's notices (values ignored or adjusted), shown while the filters are the ones the
    link gave. Why: once the analyst changes a filter, "the dates were ignored" describes a view
    no longer on screen (QA 7); the notice goes with the first change and does not come back."""
    _notices_until_changed(box, "_url_notices", f)


def _carry_filters_to_url(lo: dt.date | None, hi: dt.date | None) -> None:
    """After a page switch, put every filter the switch dropped from the address back at once,
    before the bound controls are drawn. (QA pass 33) Drawn first, each control put its own back
    (the search, the dates, the claimant …): one change of address each, and the browser kept
    each as a history entry, so Back went through views with some of the filters."""
    values: dict[str, list[str]] = {}
    text = st.session_state.get(TEXT_PARAM)
    if isinstance(text, str) and text:
        values[TEXT_PARAM] = [text]
    for key in LABELS:
        chosen = st.session_state.get(key)
        if isinstance(chosen, list | tuple) and chosen:
            values[key] = [str(v) for v in chosen]
    picked = st.session_state.get(DATE_PARAM)
    if (
        isinstance(picked, list | tuple)
        and len(picked) == 2
        and all(isinstance(d, dt.date) for d in picked)
        and tuple(picked) != (lo, hi)
    ):
        values[DATE_PARAM] = [d.isoformat() for d in picked]
    _restore_url_params(values)


def _restore_url_params(params: dict[str, list[str]]) -> None:
    """Put back into the URL the filter values a page switch dropped from it.

    Why: a bound widget writes its URL parameter when the browser draws it, and the widgets of
    a closed popover are not drawn; after a switch in the top bar the page kept applying the
    filters while its address lost them, so a copied link showed another view. Streamlit's own
    restore of a bound parameter (`QueryParams.set_corrected_value`, what it does for a value
    it clamped or a widget that moved) is the one way to set a bound parameter; it is internal,
    so if it moves this does nothing (and the browser test of page switches fails).
    """
    _set_url_params({key: values for key, values in params.items() if values and key not in st.query_params})


def _set_url_param(key: str, values: list[str]) -> None:
    """Set (or, with no values, remove) a bound parameter in the URL: the link then says what the
    page shows (`_set_url_params`)."""
    _set_url_params({key: values})


def _set_url_params(params: dict[str, list[str]]) -> None:
    """Set (or, with no values, remove) bound parameters in the URL, in one change of address.
    Through Streamlit's internal restore of a bound parameter (`_restore_url_params` says why); a
    no-op if it moves.

    (QA pass 32) One change, not one per parameter: the browser keeps each change of address as
    a history entry, so a page switch that put back three filters one by one left four entries,
    and Back went through views with some of the filters (claimant without metric, then none)."""
    if not params:
        return
    try:
        from streamlit.runtime.scriptrunner import get_script_run_ctx
        from streamlit.runtime.state.query_params import _coerce_value_for_query_url

        ctx = get_script_run_ctx()
        if ctx is None:
            return
        with ctx.session_state.query_params() as qp:
            held = qp._query_params  # (internal: set every value, then send the address once)
            for key, values in params.items():
                if values:
                    held[key] = _coerce_value_for_query_url(values, "string_array_value")
                else:
                    held.pop(key, None)
            qp._send_query_param_msg()
    except (ImportError, AttributeError):  # pragma: no cover - Streamlit internals moved
        return


def filters() -> Filters:
    """The filter state the entry file drew for this run."""
    f = st.session_state.get("_filters")
    return f if isinstance(f, Filters) else Filters()


def filter_caption(f: Filters) -> None:
    """Say which filters shape the page (so a screenshot is self-explaining), and keep a place
    under it to point to the link's notices (`_pointer_to_notices`)."""
    st.caption(f"Filters: {markdown_literal(f.describe())}")
    _POINTER_SLOT.set(st.empty())


DATE_COLUMNS = (
    "stated_on",
    "period_start",
    "period_end",
    "date_start",
    "date_end",
    "date_min",
    "date_max",
    "first",
    "last",
)


def link_config() -> dict[str, Any]:
    """Column config: source URLs as links, dates as dates (no midnight times)."""
    cfg: dict[str, Any] = {
        "source_url": st.column_config.LinkColumn("source", display_text="open source"),
        "url": st.column_config.LinkColumn("url", display_text="open"),
    }
    cfg.update({d: st.column_config.DateColumn(d, format="YYYY-MM-DD") for d in DATE_COLUMNS})
    cfg["imported_at"] = st.column_config.DatetimeColumn("imported_at", format="YYYY-MM-DD HH:mm")
    # Text as the query wrote it (`queries.document_list`): a day alone, or a day and a time in
    # UTC. A date-time column re-read it in the browser and showed every day alone as "… 00:00".
    cfg["published_at"] = st.column_config.TextColumn(
        "published_at",
        help="In UTC; the day alone where the source gives no time.",
        width="medium",  # (QA pass 40: the default width cut "2024-12-20 03:00 UTC" to "… 03:")
    )
    return cfg


PLOTLY_CONFIG: dict[str, Any] = {
    "displaylogo": False,
    # (QA pass 34) no "Share chart…" button: it uploads the chart's data to Plotly's cloud, off
    # the analysts' own server (a link to the view is the page's address)
    "showSendToCloud": False,
    "plotlyServerURL": "",
    # Map outlines are served from ./static (server.enableStaticServing) so maps work offline.
    "topojsonURL": "app/static/topojson/",
}


def chart(spec: str, key: str) -> None:
    """Draw a figure's JSON with the app's Plotly config (claimsdesk.chartview says how)."""
    chartview.draw(spec, PLOTLY_CONFIG, key=f"chart_{key}")


#: A table of claims, first columns first: who claimed what figure about whom, when, in which
#: words and where it was reported (the Overview's recent claims; the Explore table's order).
CLAIM_TABLE: tuple[str, ...] = (
    "stated_on",
    "stated_on_precision",  # beside the date: a month-precision claim is stored on the 1st
    "claimant",
    "figure",
    "metric",
    "subject",
    "basis",
    "verification",
    "quote",
    "reported_by",
    "source_url",
    "claim_id",
)
#: Explore's columns: the claim's note beside its quote (a fact-sheet row with no verbatim
#: sentence has the sheet's wording there, a General Staff figure its correction and direction).
EXPLORE_TABLE: tuple[str, ...] = (
    *CLAIM_TABLE[: CLAIM_TABLE.index("quote") + 1],
    "notes",
    *CLAIM_TABLE[CLAIM_TABLE.index("quote") + 1 :],
)


def table(
    df: pd.DataFrame,
    *,
    total: int | None = None,
    what: str = "rows",
    hint: str = "narrow the filters to see others",
    budget: int = payload.TABLE_BYTES,
    **kwargs: Any,
) -> int:
    """Draw `df` as a table of at most `budget` bytes (issue 11 payload caps); returns rows shown.

    When rows are left out (by the budget, or because `total` says the query itself stopped
    short), a caption says "Showing N of M <what>; <hint>." above the table.
    """
    shown = payload.fit_rows(df, budget)
    of = len(df) if total is None else max(total, len(df))
    if len(shown) < of:
        st.caption(f"Showing **{len(shown):,}** of **{of:,}** {what}; {hint}.")
    kwargs.setdefault("hide_index", True)
    kwargs.setdefault("column_config", link_config())
    kwargs.setdefault("width", "stretch")
    st.dataframe(shown, **kwargs)
    return len(shown)


def download_csv(f: Filters, sort: str, descending: bool, total: int) -> None:
    """The Download CSV button: every claim the filters match, built only when clicked."""
    n = min(total, export.EXPORT_MAX_ROWS)
    description = export.describe_export(f.describe(), sort, descending, total)
    st.download_button(
        f"Download CSV ({n:,} {'claim' if n == 1 else 'claims'})",
        data=functools.partial(
            export.filtered_csv, live_path(), f, sort, descending, description, pointer=str(DB_PATH)
        ),
        file_name=export.export_filename(f.describe()),
        mime="text/csv",
        on_click="ignore",
        icon=":material/download:",
        key="download_csv",
        help="Every claim the filters match"
        + (f" (the first {export.EXPORT_MAX_ROWS:,} in this order)" if total > n else "")
        + ", not only the rows shown; spreadsheet-safe (formula-like cells are prefixed with '), "
        "UTF-8; the first line records the filters.",
    )


def stated(v: Any, precision: Any) -> str:
    """A date stated as precisely as it is known, for a metric card: "2025-01" for a claim dated
    only to January (QA 9: "2025-01-01" read as a day), "–" for none. (A word after it, "(month)",
    did not fit the card: it printed "2025-07 (…"; the card's help says it.)"""
    label = shape.stated_label(v, precision)
    return "–" if label == "undated" else label


def stated_help(precision: Any) -> str | None:
    """The metric card's help for a date known only to its month or year."""
    return f"Known only to the {precision}." if precision in ("month", "year") else None


def build_caption(info: dict[str, str]) -> str:
    """How fresh the database is and how it was built, from `queries.build_info`.

    An incremental build (a rebuild that redid only what changed) says so: its seconds are the
    update's, not a full build's.
    """
    kind = {"full": "full build", "incremental": "incremental build"}.get(info.get("build", ""), "build")
    try:
        took = f"{float(info.get('seconds', '')):,.1f} s"
    except ValueError:
        took = "? s"
    return f"Database built {info.get('built_at', '?')} ({kind}, {took}; DuckDB {info.get('duckdb', '?')})."
