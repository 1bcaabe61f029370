"""The dashboard's filter state: one frozen value, hashable (a cache key), with URL parsing.

No Streamlit here: the sidebar builds a `Filters` from its widgets; queries take a `Filters`.
URL values are validated against the options the database offers; anything else is reported
back as a notice and ignored, never passed on.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

#: URL parameter name -> Filters field, for list filters (repeated keys in the URL).
LIST_PARAMS: dict[str, str] = {
    "claimant": "claimants",
    "side": "sides",
    "type": "claim_types",
    "metric": "metrics",
    "subject": "subjects",
    "place": "places",
    "region": "regions",
    "verification": "verification",
}
DATE_PARAM = "dates"
TEXT_PARAM = "q"
MAX_TEXT = 200


@dataclass(frozen=True)
class Filters:
    """What the analyst selected. Empty tuple = no restriction."""

    date_from: dt.date | None = None
    date_to: dt.date | None = None
    claimants: tuple[str, ...] = ()
    sides: tuple[str, ...] = ()
    claim_types: tuple[str, ...] = ()
    metrics: tuple[str, ...] = ()
    subjects: tuple[str, ...] = ()
    places: tuple[str, ...] = ()
    regions: tuple[str, ...] = ()
    verification: tuple[str, ...] = ()
    q: str = ""
    #: The search's plan (`queries.plan_search`): its words rarest first, and the first
    #: claims_wide row searched when a word is too common to search every quote (None: all).
    q_words: tuple[str, ...] = ()
    q_from_row: int | None = None

    def normalised(self) -> Filters:
        """Sorted, de-duplicated lists so equal selections share one cache entry."""

        def norm(v: tuple[str, ...]) -> tuple[str, ...]:
            return tuple(sorted(set(v)))

        return replace(
            self,
            claimants=norm(self.claimants),
            sides=norm(self.sides),
            claim_types=norm(self.claim_types),
            metrics=norm(self.metrics),
            subjects=norm(self.subjects),
            places=norm(self.places),
            regions=norm(self.regions),
            verification=norm(self.verification),
            q=self.q.strip()[:MAX_TEXT],
        )

    def describe(self) -> str:
        """A one-line, human-readable statement of the active filters (CSV header, captions)."""
        parts: list[str] = []
        if self.date_from or self.date_to:
            parts.append(f"stated {self.date_from or '…'} to {self.date_to or '…'}")
        for param, name in LIST_PARAMS.items():
            values = getattr(self, name)
            if values:
                parts.append(f"{param}={'|'.join(values)}")
        if self.q:
            parts.append(f"q={self.q}")
        return "; ".join(parts) if parts else "no filters (all claims)"


#: Characters Streamlit's Markdown gives a meaning: CommonMark's punctuation, its own ":red[…]",
#: ":material/…:" and emoji directives, "$" (LaTeX) and "--" (typographic dashes).
_MARKDOWN_CHARS = re.compile(r"([\\`*_{}\[\]()#+\-.!|~<>:$&])")


#: (QA pass 22) Where Streamlit's Markdown makes a link of bare text, which no backslash escape
#: prevents: a scheme ("http", "https", "ftp", "mailto"), "www" and an e-mail's "@". A word joiner
#: (U+2060, zero width, no line break) after each leaves the text as it reads and keeps it from
#: being a link (a zero-width space let the line break inside "http://").
_AUTOLINK = re.compile(r"(?i)\b(?:https?|ftp|mailto)(?=:)|\bwww(?=\.)|@")


#: Marks that change the direction of the text around them (embeddings, overrides, isolates).
_BIDI_CONTROLS = re.compile("[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def markdown_literal(text: str) -> str:
    """`text` as Markdown that shows exactly these characters (each special one escaped with a
    backslash, line breaks as spaces). Why: a link's values are shown in captions and notices,
    which Streamlit renders as Markdown; a crafted link drew a clickable link to another site, a
    remote image (a tracking pixel for whoever opened it) or a coloured "VERIFIED" badge under the
    page title (QA pass 21); bare URLs and e-mail addresses were still links (QA pass 22)."""
    text = _AUTOLINK.sub("\\g<0>\u2060", " ".join(text.splitlines()))
    # (QA pass 34) a direction override ("x\u202e ;deifirev=noitacifirev") reversed the text after
    # it, so the filters line read "verification=verified": such marks are named, not obeyed
    text = _BIDI_CONTROLS.sub(lambda m: f"⟨U+{ord(m.group(0)):04X}⟩", text)
    return _MARKDOWN_CHARS.sub(r"\\\1", text)


def parse_date(text: str) -> dt.date | None:
    """An ISO date from a URL value, or None when it is not one."""
    try:
        return dt.date.fromisoformat(text.strip()[:10]) if len(text.strip()) == 10 else None
    except ValueError:
        return None


DateSpan = tuple[dt.date | None, dt.date | None]


def adjust_date_range(
    values: list[str], span: DateSpan = (None, None)
) -> tuple[tuple[dt.date, dt.date] | None, list[str]]:
    """The (start, end) a link's `dates` values mean, and a notice for every adjustment.

    One date means that day; a reversed range is swapped; a range partly outside the data's
    `span` (first, last date stated) is clamped to it; a range wholly outside it, or values
    that are not dates, are ignored (None). Never half-applied: the result is a whole, ordered
    range or nothing.
    """
    shown = ", ".join(v[:20] for v in values)
    dates = [parse_date(v) for v in values]
    if len(values) not in (1, 2) or any(d is None for d in dates):
        return None, [
            f"Ignored the date range in the link ({shown}): expected one or two dates as YYYY-MM-DD"
        ]
    notices: list[str] = []
    start, end = dates[0], dates[-1]
    assert start is not None and end is not None
    if len(dates) == 1:
        notices.append(
            f"The link gives one date: showing claims stated on {start} (and those dated only to its month or year)"
        )
    elif start > end:
        start, end = end, start
        notices.append(
            f"Swapped the date range in the link ({shown}): the start was after the "
            f"end; showing {start} to {end}"
        )
    lo, hi = span
    if lo is not None and hi is not None:
        if end < lo or start > hi:
            return None, [
                f"Ignored the date range in the link ({start} to {end}): no claim is "
                f"dated in it (the data runs from {lo} to {hi}); showing all dates"
            ]
        if start < lo or end > hi:
            c_start, c_end = max(start, lo), min(end, hi)
            notices.append(
                f"Clamped the date range in the link ({start} to {end}) to the data's "
                f"dates: showing {c_start} to {c_end}"
            )
            start, end = c_start, c_end
    return (start, end), notices


def selected_range(dates: object, span: DateSpan) -> tuple[dt.date | None, dt.date | None]:
    """(date_from, date_to) for the filter from the date widget's value.

    One date is that day; two are ordered; the data's whole span means no date filter (so
    undated claims stay in). Anything else is no filter.
    """
    lo, hi = span
    if not isinstance(dates, tuple | list) or not dates or lo is None or hi is None:
        return None, None
    picked = [d for d in dates if isinstance(d, dt.date)]
    if len(picked) != len(dates) or len(picked) > 2:
        return None, None
    start, end = min(picked), max(picked)
    if (start, end) == (lo, hi):
        return None, None
    return start, end


def quoted(value: str) -> str:
    """A link's value as a notice names it: in quotes, as typed (QA pass 22: `repr` doubled every
    backslash of a Windows path and escaped an apostrophe)."""
    return f"'{value}'"


def validate_params(
    params: dict[str, list[str]], options: dict[str, list[str]], span: DateSpan = (None, None)
) -> tuple[dict[str, list[str]], list[str]]:
    """Split URL values into the valid ones and notices about the rest.

    `params` maps URL keys to their (repeated) values; `options` maps the same keys to the
    values the database offers; `span` is the data's first and last date stated (dates are
    adjusted to it, see `adjust_date_range`). Unknown keys are left alone (Streamlit's own,
    e.g. `embed`).
    """
    valid: dict[str, list[str]] = {}
    notices: list[str] = []
    for key, values in params.items():
        if key in LIST_PARAMS:
            allowed = set(options.get(key, []))
            good = [v for v in values if v in allowed]
            bad = [v for v in values if v not in allowed]
            if bad:
                shown = ", ".join(quoted(b[:60]) for b in bad[:3])
                notices.append(f"Ignored unknown {key} value(s) in the link: {shown}")
            valid[key] = good
        elif key == DATE_PARAM:
            rng, said = adjust_date_range(values, span)
            notices.extend(said)
            if rng is not None:
                valid[key] = [rng[0].isoformat(), rng[1].isoformat()]
        elif key == TEXT_PARAM:
            text = values[-1] if values else ""
            if len(values) > 1:  # (QA pass 32) "?q=Kurilovka&q=Sudzha" searched the last alone, unsaid
                notices.append(
                    f"The link gives the text search {len(values)} times: "
                    + (f"searched {quoted(text[:60])} only" if text else "the last is empty: no text search")
                )
            kept = text[:MAX_TEXT]
            if len(text) > MAX_TEXT:
                # (QA pass 34) at a word's end: cut inside a word ("… soldi"), the search matched none
                if not text[MAX_TEXT].isspace() and len(kept.split()) > 1:
                    kept = kept.rsplit(maxsplit=1)[0]
                notices.append(
                    f"Shortened the text search in the link to its first {len(kept.split())} words "
                    f"({MAX_TEXT} characters at most)"
                )
            valid[key] = [kept]
    return valid, notices


def ignored_link_values(raw: dict[str, list[str]], allowed: dict[str, Sequence[str]]) -> list[str]:
    """(session 20, QA pass 2) A page's own link values that no control accepts ("rows=7",
    "sort=bogus"), as notices: the control falls back to its default, and the analyst is told."""
    out = []
    for key, choices in allowed.items():
        if set(choices) <= {"true", "false"}:
            # (QA pass 34) a toggle takes "TRUE" and "False" as written: no notice that it did not
            raw = {**raw, key: [v.lower() if v.lower() in choices else v for v in raw.get(key, [])]}
        bad = [v for v in raw.get(key, []) if v not in choices]
        if bad:
            shown = ", ".join(quoted(v[:40]) for v in bad[:3])
            out.append(f"Ignored {key} value(s) in the link: {shown} (one of: {', '.join(choices)}).")
        given = raw.get(key, [])
        if len(given) > 1:
            # (QA pass 32) "?rows=500&rows=100": a control holds one value; the page takes the last
            # ((QA pass 34) which, when the page does not know it, is none of them: "?sort=claimant
            # &sort=bogus" sorted by the default, and the notice named 'bogus' alone)
            out.append(
                f"The link gives {key} {len(given)} times: the page shows {quoted(given[-1][:40])}."
                if given[-1] in choices
                else f"The link gives {key} {len(given)} times, the last one the page does not know: it shows "
                f"its default {key}."
            )
    return out
