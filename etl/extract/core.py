"""`extract()`: one scraped report in, proposed claims/responses/events out (nothing is saved).

The output uses the dataset's own vocabulary (data/README.md) so an analyst can accept rows as
they are; `claims` rows have exactly the `claims_flat` columns, and `claim_id` is the id the
build gives the claim (`etl.core.contract.claim_id`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from pathlib import Path
from typing import Any

from etl.core.contract import actor_id, claim_id
from etl.extract.citations import dated_citations, is_reference_heading, reference_days
from etl.extract.dates import dotted_days, find_dates, iso, parse_date_line, slash_dates, slash_order
from etl.extract.document import (
    CASE_MARGIN,
    Layout,
    join_captions,
    latest_named_date,
    parse_layout,
    reference_date,
    repair_ocr_numbers,
)
from etl.extract.language import guess_language
from etl.extract.markup import plain_text
from etl.extract.reader import DIPLOMATS, NEW_ACTOR, Draft, Reader, ResponseDraft
from etl.extract.recase import recase_shouting
from etl.extract.reference import Reference, load_reference


@dataclass
class Extraction:
    """What one report says: its document, claims, responses and dated events."""

    document: dict[str, str]
    claims: list[dict[str, Any]] = field(default_factory=list)
    responses: list[dict[str, str]] = field(default_factory=list)
    events: list[dict[str, str]] = field(default_factory=list)
    #: Claimants not in actors.csv, kept as written: {"name", "side", "flag": "new actor",
    #: "claims": claim ids}. The review page maps them to an actor or creates one.
    new_actors: list[dict[str, Any]] = field(default_factory=list)
    #: The day relative dates ("on Friday", "27 March") were read against: the caller's date,
    #: else the report's dateline or month heading; "" when the report has none (read against
    #: today, so every such date is a guess the review page asks the analyst to check).
    read_against: str = ""
    #: The report's own date came from a date line without its year ("Mar 29, 09:15", "SEOUL,
    #: Jan. 13"): the year is a guess (the latest such day not after today, or a year the text
    #: names), and the review page asks the analyst to check it.
    year_guessed: bool = False
    #: (session 17) For a report with no date of its own: the latest day it names with its year
    #: ("on April 30, 2025"), which its relative dates were read against instead of today; ""
    #: when it names none (then read against today). The review page asks the analyst to check.
    named_date: str = ""
    #: (session 17) For a report that names no such day either: the case's last day (`data/`'s
    #: latest event or claim plus a month, not after today) it was read against instead of today.
    case_date: str = ""

    def as_dict(self) -> dict[str, Any]:
        """The JSON shape the CLI prints."""
        return {
            "document": self.document,
            "claims": self.claims,
            "responses": self.responses,
            "events": self.events,
            "new_actors": self.new_actors,
        }


#: Words that put a sentence on the war: its sides, its places, its soldiers (round 34: a live
#: blog's "Officials in Los Angeles County … 16 people remain missing" names none of them).
_WAR_WORDS = re.compile(
    r"(?i)korea|russia|ukrain|kursk|kyiv|moscow|pyongyang|seoul|kremlin|soldier|troop|servicem|forces"
    r"|militar|army|\bwar\b|front|combat|battle|occupier|enemy|brigade|\bunits?\b"
)


def _off_war_bodies(reader: Reader, outlet: str, url: str) -> set[str]:
    """Bodies the actors file does not know whose every figure sits in a sentence off the war: a
    live blog's other stories (round 34). One sentence on the war keeps all of a body's claims
    ("In late March, the ministry had put the figure at over 5,000")."""
    seen: dict[str, bool] = {}
    for d in reader.drafts:
        if d.dropped or d.figure is None:
            continue
        row = _row(reader, d, outlet, url)
        if reader.ref.actors.resolve(row["claimant"]) is None:
            name = row["claimant"]
            seen[name] = seen.get(name, False) or _WAR_WORDS.search(row["quote"]) is not None
    return {name for name, on_war in seen.items() if not on_war}


def _row(reader: Reader, d: Draft, outlet: str, url: str) -> dict[str, Any]:
    fig = d.figure
    has_value = fig is not None and not fig.share
    basis = ""
    if has_value:
        basis = "period" if d.period or d.batch else "cumulative"
    row: dict[str, Any] = {
        "claim_id": "",
        "claimant": d.claimant.name,
        "claimant_side": d.claimant.side,
        "channel": d.channel,
        "stated_on": iso(d.stated),
        "stated_on_precision": d.precision if d.stated else "unknown",
        "claim_type": d.claim_type,
        "metric": d.metric,
        "subject": d.subject,
        "value_low": fig.low if has_value and fig else None,
        "value_high": fig.high if has_value and fig else None,
        "qualifier": fig.qualifier if has_value and fig else "",
        "basis": basis,
        "period_start": iso(d.period[0]) if d.period and has_value else "",
        "period_end": iso(d.period[1]) if d.period and has_value else "",
        "places": ";".join(d.places),
        "region": d.region,
        "verification": reader.verification(d),
        "reported_by": outlet,
        "source_url": url,
        "quote": verbatim(d.quote, reader.layout.rewrites, reader.layout.printed),
        "n_reports": 1,
    }
    # The id the build gives this claim: identity with the claimant as its actor id.
    row["claim_id"] = claim_id({**row, "claimant_id": actor_id(d.claimant.name)})
    return row


def verbatim(quote: str, rewrites: list[tuple[str, str, str]] | None = None, printed: str = "") -> str:
    """The quote as the report prints it: what the layout rewrote to read a sentence (a footnote's
    text set beside it, a table row, a bare answer figure; `Layout.rewrites`) given back as printed.
    The dataset keeps the verbatim quote."""
    if printed and " ".join(quote.split()) in printed:
        # (session 20) printed so already: a rewrite made elsewhere on the page ("11 tūkst." read as
        # "11 thousand" in the headline) is not undone in a sentence that printed "11 thousand"
        return quote
    flat = " ".join(quote.split())
    if printed and len(flat.lower()) == len(flat) and len(printed.lower()) == len(printed):
        # (session 24) read in another case (a line in capitals or all in lower case, put in
        # sentence case to be read, its line's end read as a full stop): given back as printed
        for probe in dict.fromkeys((flat, flat.rstrip("."))):
            at = printed.lower().find(probe.lower()) if probe else -1
            if at >= 0:
                return printed[at : at + len(probe)]
    q = quote
    # (session 20) undone last first: a rewrite may read the result of one before it ("3 tys.
    # military" -> "3 thousand military" -> "3 thousand servicemen")
    for how, read, as_printed in reversed(rewrites or ()):
        if how == "part" and read in q:
            q = q.replace(read, as_printed)
        elif how == "whole" and q.strip() and q.strip().rstrip(".") in read:
            return as_printed
    return q


def _once(reader: Reader) -> list[ResponseDraft]:
    """One party's one stance on one thing per report: "The Kremlin declined to comment" in the lead
    and "the Kremlin has not commented" further down are the same silence (the first is kept); a
    silence about another claim is another response."""
    seen: set[tuple[str, str, str]] = set()
    out = []
    for r in reader.responses:
        if (
            r.stance in ("denied", "disputed")
            and r.responder.kind == "state"
            and not DIPLOMATS.search(r.quote)
        ):
            # (not "The Russian Embassy in London dismissed …": the state's diplomats, named, speak
            # for the state, not for the one Russian the report quotes, round 42)
            # "Kyiv denied the claim" in a report whose only Ukrainian speaker is the General
            # Staff: the state's denial is that body's statement
            own = {
                d.claimant.name: d.claimant
                for d in reader.drafts
                if not d.dropped
                and d.claimant.side == r.responder.side
                and d.claimant.kind not in ("state", NEW_ACTOR)
            }
            if len(own) == 1:
                r = replace(r, responder=next(iter(own.values())))
        # (round 34) a party confirms a thing once: "North Korea confirmed …" in the lead and "KCNA
        # carried a statement confirming …" below are one confirmation, whatever each is read as about
        key = (r.responder.name, r.stance, "" if r.stance == "confirmed" else reader.response_about(r))
        if key not in seen:
            seen.add(key)
            out.append(r)
    # "Moscow has dismissed the reports" and "Peskov called them fake news", "The Kremlin's
    # spokesman, Dmitry Peskov, called …": one denial, told of the state or body and of its own
    # speaker; the speaker's is kept
    # (round 35) "Gerasimov acknowledged that North Korean troops had fought" and "Russia's admission":
    # one confirmation, its speaker's
    denied_below: set[tuple[str, str]] = {
        (name, r.stance)
        for r in out
        if r.stance in ("denied", "disputed", "confirmed")
        for name in _ancestors(reader, r.responder.parent)
    }
    # "Moscow has never confirmed it, and the Kremlin declined to comment": in one sentence, the
    # state's silence is its body's
    silent_below: set[tuple[str, str]] = {
        (name, r.quote)
        for r in out
        if r.stance == "no_comment"
        for name in _ancestors(reader, r.responder.parent)
    }
    return [
        r
        for r in out
        if (r.responder.name, r.stance) not in denied_below
        and not (r.stance == "no_comment" and (r.responder.name, r.quote) in silent_below)
    ]


def _ancestors(reader: Reader, parent: str) -> list[str]:
    """The bodies and state an actor belongs to, nearest first ("Kremlin", "Russia")."""
    out: list[str] = []
    while parent and parent not in out:
        out.append(parent)
        actor = reader.ref.actors.resolve(parent)
        parent = actor.parent if actor is not None else ""
    return out


def _date_citations(layout: Layout, text: str) -> None:
    """(Round 57) A paper's citations read with the day its reference list gives them
    (`etl.extract.citations`), the printed citation kept for the quote (`Layout.rewrites`)."""
    by_author, by_number = reference_days(text)
    if not by_author and not by_number:
        return
    for i, para in enumerate(layout.paragraphs):
        if is_reference_heading(para):
            break  # the list itself is not read with its own days
        read, pairs = dated_citations(para, by_author, by_number)
        layout.paragraphs[i] = read
        layout.rewrites += [("part", as_read, as_printed) for as_read, as_printed in pairs]


def extract(
    text: str, published: date | None = None, data_dir: Path | None = None, source_url: str = ""
) -> Extraction:
    """Read a scraped report; `published` overrides the dateline for resolving relative dates."""
    ref = load_reference(data_dir)
    plain = plain_text(text)
    with slash_dates(slash_order(plain), dotted_days(plain)):
        return _extract(text, plain, ref, published, source_url)


def _extract(text: str, plain: str, ref: Reference, published: date | None, source_url: str) -> Extraction:
    layout = parse_layout(recase_shouting(join_captions(repair_ocr_numbers(plain)), ref), ref.case_window)
    layout.printed = " ".join(plain.split())
    _date_citations(layout, plain)
    published_at = layout.published_at() or (published.isoformat() if published else "")
    # (round 35) a reprinted wire story is read on the day it was filed, the page keeps its own date
    story = replace(layout, published=layout.filed) if layout.filed and published is None else layout
    if story.published is None and published is not None:
        # (session 20) a page with no date of its own, dated by the analyst (or the page's
        # metadata): that is its day, so its undated "said" is that day's news, as under a dateline
        story = replace(story, published=datetime(published.year, published.month, published.day))
    read_against = reference_date(story, published)
    named = latest_named_date(story) if read_against is None else None
    case_day = None
    if (
        read_against is None
        and named is None
        and ref.case_window is not None
        and ref.case_window[1] + CASE_MARGIN < date.today()
    ):
        # (session 17) nothing dates the report: read it against the case's last days (its
        # latest event or claim plus a month) rather than today, when today is past them
        case_day = ref.case_window[1] + CASE_MARGIN
    reader = Reader(ref, story, read_against or named or case_day)
    reader.run()
    url = source_url or layout.url
    document = {
        "outlet": layout.outlet,
        "published_at": published_at,
        "title": layout.title,
        "tags": ";".join(layout.tags),
        # (QA pass 41 #11) the report's own link, as its text gives it on a line of its own
        "url": url,
        # (QA pass 41 #12) the page's language as its words say, for the analyst to correct
        "language": guess_language(" ".join(layout.paragraphs) or plain),
    }
    claims: list[dict[str, Any]] = []
    by_id: dict[str, dict[str, Any]] = {}
    draft_ids: dict[int, str] = {}  # draft -> claim_id, so responses can name their claims
    off_war = _off_war_bodies(reader, layout.outlet, url)
    for d in reader.drafts:
        if d.dropped:
            continue
        row = _row(reader, d, layout.outlet, url)
        if d.figure is not None and row["claimant"] in off_war:  # another story's figure
            continue
        draft_ids[id(d)] = row["claim_id"]
        same = by_id.get(row["claim_id"])
        if same is not None:  # one claim said twice in the report: keep the first, unite places
            places = [p for p in same["places"].split(";") if p]
            places += [p for p in row["places"].split(";") if p and p not in places]
            same["places"] = ";".join(places)
            same["channel"] = same["channel"] or row["channel"]
            continue
        by_id[row["claim_id"]] = row
        claims.append(row)
    if layout.result_page:
        copies = _syndicated_copies(claims)
        claims = [c for c in claims if c["claim_id"] not in copies]
        draft_ids = {k: v for k, v in draft_ids.items() if v not in copies}
    responses = [
        {
            "responder": r.responder.name,
            "stance": r.stance,
            "about": reader.response_about(r),
            "quote": verbatim(r.quote, reader.layout.rewrites, reader.layout.printed),
            "claims": ";".join(dict.fromkeys(draft_ids[id(t)] for t in r.targets if id(t) in draft_ids)),
        }
        for r in _once(reader)
    ]
    new_actors: dict[str, dict[str, Any]] = {}
    for c in claims:
        actor = reader.ref.actors.resolve(c["claimant"])
        if actor is None:
            entry = new_actors.setdefault(
                c["claimant"],
                {"name": c["claimant"], "side": c["claimant_side"], "flag": NEW_ACTOR, "claims": []},
            )
            entry["claims"].append(c["claim_id"])
    return Extraction(
        document,
        claims,
        responses,
        list(reader.events),
        list(new_actors.values()),
        read_against.isoformat() if read_against else "",
        published is None
        and layout.published is not None
        and not _year_written(plain, layout.published.date()),
        named.isoformat() if named else "",
        case_day.isoformat() if case_day else "",
    )


def _syndicated_copies(claims: list[dict[str, Any]]) -> set[str]:
    """(round 66) On a result page one statement is printed by several outlets, and a copy or a
    headline drops its qualifier or narrows its noun ("around 4,000 … killed or injured" in one
    snippet, "4,000 have died" in another, both the same body's on the same day): the copy with no
    qualifier whose figure and day another claim of the same claimant and subject gives with one,
    in the same measure or a wider one (killed or wounded over killed, wounded), is that claim.
    Returns the copies' claim ids."""
    wider = {"killed": "killed_or_wounded", "wounded": "killed_or_wounded"}
    out: set[str] = set()
    for c in claims:
        if c["qualifier"] != "exact" or c["value_low"] is None or not c["stated_on"]:
            continue
        for o in claims:
            if (
                o is not c
                and o["qualifier"] not in ("exact", "")
                and (o["claimant"], o["subject"], o["stated_on"])
                == (c["claimant"], c["subject"], c["stated_on"])
                and o["metric"] in (c["metric"], wider.get(c["metric"]))
                and c["value_low"] in (o["value_low"], o["value_high"])
            ):
                out.add(c["claim_id"])
                break
    return out


#: A numeric date with a two-digit year: 13.01.25, 13/01/25, 01/13/25.
_SHORT_YEAR_DATE = re.compile(r"\b(\d{1,2})[./-](\d{1,2})[./-](\d{2})\b")
#: (QA 10) A numeric date with its year glued to the time before it, as Anadolu's date line has
#: it: "15:5516/12/2024, Monday".
_GLUED_DATE = re.compile(r"(\d{1,2})[./-](\d{1,2})[./-](\d{4})\b")


def _year_written(text: str, day: date) -> bool:
    """Whether `text` writes `day` with its year somewhere ("13 Jan 2025", "13.01.2025",
    "2025-01-13", "13.01.25"): if not, the report's date was read off a date line without one."""
    year = str(day.year)
    for line in (x for x in text.splitlines() if year in x):  # only lines that write the year
        if any(m.first == day and m.precision == "day" and year in m.text for m in find_dates(line, day)):
            return True
        stamp = parse_date_line(line)  # (QA pass 41 #12) "2024/12/16 09:00 KST" at a wire's foot
        if stamp is not None and stamp.date() == day:
            return True
    for pattern, year_written in ((_SHORT_YEAR_DATE, day.year % 100), (_GLUED_DATE, day.year)):
        for m in pattern.finditer(text):
            a, b, c = (int(x) for x in m.groups())
            if c == year_written and {(a, b), (b, a)} & {(day.day, day.month)}:
                return True
    return False
