"""Machine formats pasted as text: a NewsML/XML or HTML item, an iCalendar export, a chat's JSON
export, a map's KML.

Analysts paste what the wire or the planner gives them. The reader reads prose, so markup is
turned into the prose it carries first: the headline, the item's date and its paragraphs (tags,
metadata and escapes would otherwise be read as words and figures: "version 3", "4\\,000").
"""

from __future__ import annotations

import html
import json
import re
from datetime import datetime
from email.utils import parsedate_to_datetime
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from etl.extract import rx
from etl.extract.dates import MONTH_NAMES, offset_of

_MARKUP_START = re.compile(r"\s*<(?:\?xml|!DOCTYPE|[A-Za-z][\w:.-]*[\s>/])")
_TITLE = re.compile(
    r"<(?:[\w-]+:)?(?:headline|title|h1)\b[^>]*>(?P<t>.*?)</(?:[\w-]+:)?(?:headline|title|h1)>", re.S | re.I
)
_PARA = re.compile(r"<(?:[\w-]+:)?p\b[^>]*>(?P<t>.*?)</(?:[\w-]+:)?p>", re.S | re.I)
_ISO_STAMP = re.compile(r"\b(?P<d>20\d\d-\d\d-\d\d)T(?P<h>\d\d):(?P<m>\d\d)")
_TAG = re.compile(r"<[^>]+>")


def _clean(fragment: str) -> str:
    """A fragment's text: tags out, entities decoded, white space collapsed."""
    return rx.sub(r"\s+", " ", html.unescape(_TAG.sub(" ", fragment))).strip()


def _clock(when: datetime) -> str:
    """A stamp's time of day as the page's date line gives it: "09:30", and "09:30 +09:00" when the
    stamp carries its offset (QA pass 40 #6: the document's time is then stored in UTC rightly)."""
    return f"{when:%H:%M} {offset_of(when)}".rstrip()


def _day_text(d: datetime) -> str:
    return f"{MONTH_NAMES[d.month - 1]} {d.day}, {d.year}"


def _from_markup(text: str) -> str | None:
    """An XML or HTML item's headline, first time stamp and paragraphs; None if it has no
    paragraphs (then the text is left as it is)."""
    paras = [p for p in (_clean(m.group("t")) for m in _PARA.finditer(text)) if p]
    if not paras:
        return None
    out: list[str] = []
    title = _TITLE.search(text)
    if title and _clean(title.group("t")):
        out.append(_clean(title.group("t")))
    stamp = _ISO_STAMP.search(text)
    if stamp:
        d = datetime.fromisoformat(stamp.group("d"))
        out.append(f"{_day_text(d)} {stamp.group('h')}:{stamp.group('m')}")
    return "\n\n".join(out + paras) + "\n"


def _ics_unescape(value: str) -> str:
    return (
        value.replace("\\n", "\n")
        .replace("\\N", "\n")
        .replace("\\,", ",")
        .replace("\\;", ";")
        .replace("\\\\", "\\")
    )


def _from_ics(text: str) -> str:
    """An iCalendar export's events as dated paragraphs, each under its own day (the event's start
    in the calendar's time zone: a Seoul briefing at 08:00 KST is 23:00 UTC the day before)."""
    lines: list[str] = []
    for raw in text.replace("\r\n", "\n").split("\n"):
        if raw[:1] in (" ", "\t") and lines:
            lines[-1] += raw[1:]  # a folded line goes on the one before
        else:
            lines.append(raw)
    props = [(ln.split(":", 1)[0].split(";", 1)[0].upper(), ln.split(":", 1)[1]) for ln in lines if ":" in ln]
    zone = None
    name = ""
    exported = ""
    for key, value in props:
        if key == "X-WR-TIMEZONE" and zone is None:
            try:
                zone = ZoneInfo(value.strip())
            except (ZoneInfoNotFoundError, ValueError):
                zone = None
        elif key == "X-WR-CALNAME" and not name:
            name = _ics_unescape(value).strip()
        elif key in ("X-EXPORTED", "DTSTAMP") and not exported:
            exported = value.strip()
    out = [name or "Calendar"]
    if rx.match(r"\d{8}", exported):
        out.append(_day_text(datetime.strptime(exported[:8], "%Y%m%d")))
    event: dict[str, str] = {}
    for key, value in props:
        if key == "BEGIN" and value.strip().upper() == "VEVENT":
            event = {}
        elif key in ("DTSTART", "SUMMARY", "DESCRIPTION"):
            event.setdefault(key, value)
        elif key == "END" and value.strip().upper() == "VEVENT":
            start = event.get("DTSTART", "").strip()
            when = None
            if rx.match(r"\d{8}T\d{6}Z$", start):
                when = datetime.strptime(start, "%Y%m%dT%H%M%SZ").replace(tzinfo=ZoneInfo("UTC"))
                when = when.astimezone(zone) if zone is not None else when
            elif rx.match(r"\d{8}", start):
                when = datetime.strptime(start[:8], "%Y%m%d")
            body = " ".join(
                _ics_unescape(event[k]).strip().rstrip(".") + "."
                for k in ("SUMMARY", "DESCRIPTION")
                if event.get(k)
            )
            if when is not None:
                out.append(f"{when:%A}, {_day_text(when)}")  # the event's day, as a heading
            if body:
                out.append(rx.sub(r"[ \t]*\n[ \t]*", " ", body))
    return "\n\n".join(out) + "\n"


#: An XML or HTML tag left in a text file (a KML or RSS export copied as text).
_ANY_TAG = re.compile(r"</?[A-Za-z][\w:.-]*(?:\s[^<>]*)?/?>")
_CLOSING_TAG = re.compile(r"</[A-Za-z][\w:.-]*>")


def _strip_markup(text: str) -> str:
    """A text file of markup (a map's KML export, a feed's XML): the text inside the tags, line by
    line; a tag that only holds a code (a colour, coordinates, a style's scale) leaves nothing.
    Text with a few stray tags is left as it is."""
    if "</" not in text or len(_CLOSING_TAG.findall(text)) < 5:
        return text
    text = rx.sub(r"<!\[CDATA\[|\]\]>", "", text)
    text = rx.sub(r"(?i)<br\s*/?>", "\n", text)
    text = rx.sub(r"<\?xml[^>]*\?>", "", text)
    out = []
    for ln in text.split("\n"):
        inner = _ANY_TAG.sub(" ", ln).strip()
        if not inner or (rx.fullmatch(r"\S+", inner) and not rx.search(r"[A-Za-z]{3}", inner)):
            out.append("" if ln.strip() else ln)
            continue
        out.append(rx.sub(r"\s{2,}", " ", inner))
    return "\n".join(out)


#: (round 58) A feed's items: RSS 2.0 `<item>` or Atom `<entry>`, with the fields read from them.
_FEED_ITEM = re.compile(r"<(?P<tag>item|entry)\b[^>]*>(?P<body>.*?)</(?P=tag)>", re.S | re.I)
_FEED_STAMP_FIELDS = ("pubDate", "published", "dc:date", "updated")
_FEED_TEXT_FIELDS = ("description", "content:encoded", "summary", "content", "itunes:summary")


def _feed_field(body: str, name: str) -> str:
    """A feed element's text: CDATA opened, escaped markup (Atom's `type="html"`) decoded, tags out."""
    m = rx.search(rf"(?is)<{re.escape(name)}\b[^>]*>(.*?)</{re.escape(name)}>", body)
    if m is None:
        return ""
    raw = rx.sub(r"<!\[CDATA\[|\]\]>", "", m.group(1))
    raw = html.unescape(raw) if rx.search(r"&lt;\w", raw) else raw  # escaped markup: tags again
    # (the source's own line breaks are white space; paragraphs and breaks in the markup end a part)
    raw = rx.sub(r"(?i)<br\s*/?>|</p>|</li>", "\n", rx.sub(r"\s+", " ", raw))
    paras = (rx.sub(r"[ \t]+", " ", html.unescape(_TAG.sub(" ", part))).strip() for part in raw.split("\n"))
    return "\n\n".join(p for p in paras if p)


def _summary(body: str) -> str:
    """An item's text: its description, else its content or summary."""
    return next((t for f in _FEED_TEXT_FIELDS if (t := _feed_field(body, f))), "")


def _feed_stamp(value: str) -> datetime | None:
    """An item's time as its feed wrote it, in its own offset (RFC 822 or ISO 8601): the day a
    Seoul item calls "on Monday" is counted from the Seoul date it carries."""
    value = value.strip()
    try:
        return (
            parsedate_to_datetime(value)
            if rx.match(r"[A-Za-z]{3},|\d{1,2} [A-Za-z]{3} ", value)
            else datetime.fromisoformat(value.replace("Z", "+00:00"))
        )
    except (TypeError, ValueError, IndexError):
        return None


def _from_feed(text: str) -> str | None:
    """(round 58) An RSS or Atom feed pasted as text: the feed's title, its last update (else its
    newest item's time) as the page's date, then each item under its own day (title, summary). Item
    fields (guid, comment counts, ttl, generator versions) are left out: they read as figures.
    None if it has no dated item (then the text goes on as it is)."""
    items = list(_FEED_ITEM.finditer(text))
    if not items:
        return None
    head = text[: items[0].start()]
    title = _TITLE.search(head)
    out: list[tuple[datetime, str]] = []
    for item in items:
        body = item.group("body")
        when = next((w for f in _FEED_STAMP_FIELDS if (w := _feed_stamp(_feed_field(body, f)))), None)
        if when is None:
            continue
        entry = "\n\n".join(w for w in (_feed_field(body, "title"), _summary(body)) if w)
        if entry:
            out.append((when, entry))
    if not out:
        return None
    built = next(
        (w for f in ("lastBuildDate", "updated", "pubDate") if (w := _feed_stamp(_feed_field(head, f)))), None
    )
    return _feed_page(_clean(title.group("t")) if title else "", built, out)


#: A line that opens a JSON object (a JSON Lines export's item).
_JSON_LINE = re.compile(r"(?m)^[ \t]*\{")


def _feed_json_lines(text: str) -> str | None:
    """(round 58) A feed reader's export as JSON Lines (one item per line: "title", "published",
    "summary"): read as a feed, each item under its own day; the export's comment lines ("#
    exported 2025-02-05T09:12:44+09:00") give the page's date. None if it is no such export."""
    items: list[tuple[datetime, str]] = []
    exported: datetime | None = None
    for line in text.splitlines():
        line = line.strip()
        if not line.startswith("{"):
            stamp = _ISO_STAMP.search(line) if line.startswith("#") else None
            if stamp is not None and exported is None:
                exported = _feed_stamp(line[stamp.start() :].split()[0])
            continue
        try:
            item = json.loads(line)
        except (ValueError, RecursionError):  # (QA pass 29: a deeply nested line)
            return None
        if not isinstance(item, dict):
            return None
        when = next(
            (
                w
                for f in ("published", "updated", "date", "pubDate")
                if (w := _feed_stamp(str(item.get(f) or "")))
            ),
            None,
        )
        words = [
            _clean(v)
            for f in ("title", "summary", "content", "description")
            if isinstance(v := item.get(f), str) and v.strip()
        ]
        if when is not None and words:
            items.append((when, "\n\n".join(words)))
    if len(items) < 2:
        return None
    return _feed_page("Saved feed items", exported, items)


def _feed_page(title: str, updated: datetime | None, items: list[tuple[datetime, str]]) -> str:
    """A feed as the reader reads a live page: its name, "Last updated …" (the feed's own update,
    else its newest item's time) as the page's date line (not a heading over the items), a sentence
    (so the first item's day heading is read in the body, as a stamp, not as part of the page's
    header), then each item under its day as a heading, as an iCalendar event's: "today" and "on
    Monday" in an item count from the day the item was posted."""
    if updated is None:
        updated = max(items, key=lambda item: item[0].replace(tzinfo=None))[0]
    head = [
        title,
        f"Last updated {_day_text(updated)} {_clock(updated)}",
        "The feed's items follow, each under its day.",
    ]
    days = [f"{when:%A}, {_day_text(when)}\n\n{text}" for when, text in items]
    return "\n\n".join([*(h for h in head if h), *days]) + "\n"


def _message_text(value: object) -> str:
    """A message's text as a chat export stores it: a string, or a list of strings and entities
    ({"type": "bold", "text": "Sudzha"})."""
    if isinstance(value, str):
        return value
    if isinstance(value, list):
        return "".join(_message_text(v.get("text", "") if isinstance(v, dict) else v) for v in value)
    return ""


def _json_export(text: str) -> str:
    """A channel's or chat's export as raw JSON (Telegram Desktop's result.json: a name and
    "messages" with "date", "from" and "text"): the channel's name over its messages, each a
    stamped line "[YYYY-MM-DD HH:MM] sender: text", under the latest message's stamp as the page's
    date. Ids, view counts, photo sizes and unix stamps are left out. Other text is left as it is."""
    if not text.lstrip().startswith("{"):
        return text
    try:
        data = json.loads(text)
    except (ValueError, RecursionError):  # (QA pass 29: deeply nested JSON is no article)
        return text
    messages = data.get("messages") if isinstance(data, dict) else None
    if not isinstance(messages, list):
        return text
    lines: list[str] = []
    stamps: list[str] = []
    for msg in messages:
        if not isinstance(msg, dict):
            continue
        body = rx.sub(r"\s+", " ", _message_text(msg.get("text", ""))).strip()
        stamp = str(msg.get("date", ""))
        m = rx.match(r"((?:19|20)\d\d-\d\d-\d\d)[T ](\d\d:\d\d)", stamp)
        if not body or m is None:
            continue
        stamps.append(f"{m.group(1)} {m.group(2)}")
        sender = rx.sub(r"[:\d]", "", str(msg.get("from") or "channel")).strip() or "channel"
        lines += [f"[{m.group(1)} {m.group(2)}] {sender}: {body}", ""]
    if not lines:
        return text
    return "\n".join([str(data.get("name", "")).strip(), "", max(stamps), "", *lines])


#: (round 61) The fields of an article in a JSON document (a news API's response, a CMS's REST
#: export, a search engine's hit, a GraphQL answer): its text, headline, standfirst, date, outlet.
_JSON_BODY = ("content", "body", "articleBody", "bodyText", "text", "fullText", "story", "content_text")
_JSON_HEAD = ("title", "headline")
_JSON_DEK = ("description", "summary", "standfirst", "dek", "excerpt")
_JSON_DATE = (
    "published", "pubDate", "publishedAt", "datePublished", "published_at", "publication_date",
    "firstPublished", "date", "created_at",
)  # fmt: skip
_JSON_OUTLET = ("outlet", "source_name", "publisher", "site_name", "siteName", "source_id")
#: A paragraph's end inside an article's HTML.
_PARA_END = re.compile(r"(?i)</p\s*>|<br\s*/?>|</h\d\s*>|</li\s*>")


#: A news API's mark of a cut article: "… [+2700 chars]".
_CUT_MARK = re.compile(r"\s*(?:…|\.\.\.)?\s*\[\+\d+ chars\]\s*$")


def _json_text(value: object) -> str:
    """A field's text: a string, WordPress's {"rendered": …}, a publisher's {"name": …}, or a
    GraphQL body's {"text": …} / {"html": …} (QA pass 29: an object body lost its article)."""
    if isinstance(value, dict):
        value = next(
            (
                v
                for k in ("rendered", "text", "plain", "html", "value", "name")
                if isinstance(v := value.get(k), str)
            ),
            "",
        )
    return value if isinstance(value, str) else ""


def _json_articles(node: object, found: list[dict[str, Any]], depth: int = 0) -> None:
    """The dicts of a JSON document that hold an article's text (the first found on each branch)."""
    if depth > 12:
        return
    if isinstance(node, dict):
        body = next((_json_text(node.get(k)) for k in _JSON_BODY if len(_json_text(node.get(k))) >= 80), "")
        if body and rx.search(r"[a-z]{3}[^.!?]*[.!?]", body):
            found.append(node)
            return
        for v in node.values():
            _json_articles(v, found, depth + 1)
    elif isinstance(node, list):
        for v in node:
            _json_articles(v, found, depth + 1)


def _json_article(item: dict[str, Any]) -> tuple[datetime | None, str]:
    """One article of a JSON document as a page: headline, outlet, date line, standfirst, then
    its paragraphs (HTML paragraphs and blank lines kept apart, tags and entities gone)."""
    body = next(_json_text(item.get(k)) for k in _JSON_BODY if len(_json_text(item.get(k))) >= 80)
    body = _CUT_MARK.sub("", body)  # (QA pass 29: a news API's "… [+2700 chars]" is no text)
    paras = [c for p in rx.split(r"\n\s*\n", _PARA_END.sub("\n\n", body)) if (c := _clean(p))]
    head = next((_clean(h) for k in _JSON_HEAD if (h := _json_text(item.get(k)))), "")
    dek = next((_clean(d) for k in _JSON_DEK if (d := _json_text(item.get(k)))), "")
    outlet = next((_clean(o) for k in _JSON_OUTLET if (o := _json_text(item.get(k)))), "")
    when = next((w for k in _JSON_DATE if (w := _feed_stamp(_json_text(item.get(k))))), None)
    out = [head] if head else []
    if outlet and not rx.search(r"[_/]|\d", outlet):
        out.append(outlet)
    if when is not None:
        out.append(f"{_day_text(when)} {_clock(when)}")
    if dek and not any(dek in p for p in paras):
        out.append(dek)
    return when, "\n\n".join(out + paras)


def _json_document(text: str) -> str | None:
    """(round 61) A JSON document an analyst copied (a news API's response, a WordPress REST
    export, an Elasticsearch hit, a GraphQL answer): its article read as a page, several as a
    feed of dated items; ids, counts, image sizes and scores are left out. None if the text is no
    JSON or holds no article."""
    if not text.lstrip().startswith(("{", "[")):
        return None
    try:
        data = json.loads(text)
    except (ValueError, RecursionError):  # (QA pass 29: a traceback on 45 KB of nesting)
        return None
    found: list[dict[str, Any]] = []
    _json_articles(data, found)
    if len(found) == 1:
        return _json_article(found[0])[1] + "\n"
    items = [(w, page) for w, page in map(_json_article, found) if w is not None]
    if len(items) < 2:
        return None
    return _feed_page("Saved items", None, items)


#: A number as OCR reads it, with the letter O for a zero: "4,5OO", "2O25" (a digit and an O).
_OCR_NUMBER = re.compile(r"(?<![\w.,])(?=[\dO,.]*\d)(?=[\dO,.]*O)[\dO](?:[\dO,.]*[\dO])?(?![\w])")


def _ocr_zeros(text: str) -> str:
    """A faxed or scanned page's numbers with their zeros back ("25,2OO" is 25,200)."""
    return _OCR_NUMBER.sub(lambda m: m.group(0).replace("O", "0"), text)


#: A note marker glued to a figure: "more than 11,000[1] troops", "about 600³ killed" (papers,
#: wiki pages and PDFs). Glued to a digit only: "km²" keeps its unit, "[1]" opening a note stays.
_NOTE_MARKER = re.compile(r"(?<=\d)(?:\[(?:\d{1,3}|[a-z])\]|[¹²³⁴⁵⁶⁷⁸⁹⁰]+)+(?![\w(])")
#: (round 58) A note number after a clause's comma: "over three days,[22] while the Joint Chiefs …"
#: (the reader took it for words and lost the next speaker). One closing a sentence stays: a
#: numbered reference list dates the claim through it (`citations`).
_NOTE_AFTER_COMMA = re.compile(r"(?<=\w[,;])\[\d{1,3}\](?=\s)")


def _note_markers(text: str) -> str:
    """A figure without the footnote marker glued to it ("11,000[1]" is 11,000 for the reader;
    the marker would otherwise end the number's words)."""
    return _NOTE_AFTER_COMMA.sub("", _NOTE_MARKER.sub("", text))


#: (round 60) Deleted wording as editors' tools mark it, which the final text does not say: a
#: suggestion export's "[deleted: …]", Word's "<del>…</del>", Markdown's "~~…~~", a word diff's
#: "[-…-]", CriticMarkup's "{--…--}" and the old side of "{~~old~>new~~}".
#: (QA pass 27) Every span is bounded (an unclosed "{~~" took 10 s on 6 KB) and may wrap onto the
#: next line but not run over a blank one; a CriticMarkup substitution is read first (its "~~"
#: would otherwise be read as Markdown's strikethrough).
_SUBSTITUTED = re.compile(r"\{~~((?:[^{}\n]|\n(?!\n)){0,400}?)~>((?:[^{}\n]|\n(?!\n)){0,400}?)~~\}")
_DELETED = re.compile(
    r"\[deleted:[^\]]{0,2000}\]|<del\b[^>]{0,200}>(?:[^<]|<(?!/del>)){0,2000}</del>"
    r"|~~(?:[^~\n]|\n(?!\n)){1,400}?~~|\[-(?:[^\n\]]|\n(?!\n)){1,400}?-\]|\{--(?:[^{}]){0,400}?--\}"
    r"|<s>[^<]{0,2000}</s>|<strike>[^<]{0,2000}</strike>"
    # a character struck through with Unicode's combining stroke: "3̶,̶8̶0̶0̶"
    r"|(?:[^\s\u0336]\u0336)+",
    re.IGNORECASE,
)
#: ... and inserted wording, which it does: the marks go, the words stay.
_INSERTED = re.compile(
    r"\[inserted:\s*([^\]]{0,2000})\]|<ins\b[^>]{0,200}>((?:[^<]|<(?!/ins>)){0,2000})</ins>"
    r"|\{\+(?!\+)([^{}]{0,400}?)\+\}|\{\+\+([^{}]{0,400}?)\+\+\}",
    re.IGNORECASE,
)
#: A tracked-changes export's balloon list: "Deleted: 2,000 - T. Nakamura, 14/01/2025 09:12".
_BALLOON = re.compile(r"(?im)^(?:deleted|inserted|formatted|moved\s+(?:from|to)(?:\s*\[\d+\])?)\s*:\s.*$")
#: A unified diff's hunk header ("@@ -3,9 +3,10 @@") and a revision page's line numbers
#: ("Line 61:\tLine 61:"): the lines below them are the old (-, −) and new (+) versions.
_HUNK = re.compile(r"(?m)^(?:@@ -\d+(?:,\d+)? \+\d+(?:,\d+)? @@.*|Line \d+:\s+Line \d+:\s*)$")
#: (QA pass 27's leftover) A plain `diff`'s hunk header ("3c3", "12,14c12,15"): below it the old
#: lines start "< ", the new ones "> ", with "---" between.
_NORMAL_HUNK = re.compile(r"(?m)^\d+(?:,\d+)?[acd]\d+(?:,\d+)?$")


#: (round 60) A review export's old and final lines of each segment ("MT draft: …" / "Final: …").
_DRAFT_LINE = re.compile(
    r"(?im)^[ \t]*(?:mt\s+draft|machine\s+translation|draft|original|before|source\s+mt)[ \t]*:\s.*$"
)
#: (spaces and tabs only: "^\s*" under MULTILINE ran over every blank line below each line
#: start, 0.4 s on a text of 10,000 lines with no label at all)
_FINAL_LABEL = re.compile(r"(?im)^([ \t]*)(?:final|after|revised|approved)[ \t]*:[ \t]*")
#: A correction's old wording quoted under its label ("The original answer was:"), to the label
#: of the corrected one ("The correct answer should have been:").
_OLD_HEAD = re.compile(
    r"(?i)^\s*(?:the\s+)?(?:original|previous|earlier|incorrect)\s+(?:answer|text|version|wording|statement)"
    r"\s+(?:was|read|said|stated)\s*:\s*$"
)
_NEW_HEAD = re.compile(r"(?i)\b(?:correct|corrected|should\s+have\s+been|now\s+reads|revised|amended)\b")


def _superseded_blocks(text: str) -> str:
    """(round 60) The superseded wording a correction or a review export prints beside the final
    one: a segment's "MT draft:" line under "Final:" lines (the label goes, the final words
    stay), and a quoted "The original answer was:" block up to "The correct answer should have
    been:". Only where the page marks itself so (two "Final:" lines; such a label). (A corrections
    column's "A report on 7 January said …" is read as before: taking its figures out lost the
    noun the corrected figure after it counts, in a dev report.)"""
    lines = text.split("\n")
    # (QA pass 27) a draft line goes where the next line is its final ("MT draft: …" then
    # "Final: …", however many segments), and only then do "Final:" labels go
    drafts: set[int] = set()
    if _FINAL_LABEL.search(text):
        after = ""  # the next non-blank line below, found in one pass from the end
        for k in range(len(lines) - 1, -1, -1):
            if _DRAFT_LINE.fullmatch(lines[k]) and _FINAL_LABEL.match(after):
                drafts.add(k)
            if lines[k].strip():
                after = lines[k]
    if drafts:
        lines = [_FINAL_LABEL.sub(r"\1", ln) for k, ln in enumerate(lines) if k not in drafts]
    # (QA pass 27) an old wording's label only with a corrected one's below it, and up to it:
    # "The earlier statement said:" in an article is no correction
    heads = [k for k, ln in enumerate(lines) if _OLD_HEAD.match(ln)]
    ends = [k for k, ln in enumerate(lines) if ln.strip().endswith(":") and _NEW_HEAD.search(ln)]
    cut: set[int] = set()
    for h in heads:
        e = next((k for k in ends if k > h), None)
        if e is not None:
            cut |= set(range(h, e + 1))
    if drafts or cut:
        text = "\n".join(ln for k, ln in enumerate(lines) if k not in cut)
    return text


def _final_wording(text: str) -> str:
    """(round 60) A document pasted with its edit history (tracked changes, suggestions,
    strikethrough corrections, a diff of two versions) read as its final version: deleted and
    removed wording goes, inserted wording stays without its marks, a balloon list's "Deleted: …"
    and "Inserted: …" lines go (they repeat the text), and below a diff's hunk header the old
    lines ("-", "−") go and the new and unchanged ones lose their mark. The final text is the
    document's claim; what an editor took out is no one's (a withdrawn figure is often a real
    figure of another claim). Text without such marks is returned as it is."""
    text = _superseded_blocks(_SUBSTITUTED.sub(r"\2", text))
    marked = _DELETED.search(text) or _INSERTED.search(text)
    hunks = _HUNK.search(text)
    normal = _NORMAL_HUNK.search(text) and rx.search(r"(?m)^< ", text) and rx.search(r"(?m)^> ", text)
    if not marked and not hunks and not normal:
        return text
    if normal:
        out, in_normal = [], False
        for line in text.split("\n"):
            if _NORMAL_HUNK.fullmatch(line):
                in_normal = True
                continue
            if in_normal and (line.startswith(("< ", "> ")) or line in ("---", "<", ">")):
                if line.startswith("> "):
                    out.append(line[2:])  # the new version's line
                continue  # the old version's line, or the separator
            in_normal = False
            out.append(line)
        text = "\n".join(out)
    if not marked and not hunks:
        return text
    if marked:
        text = _DELETED.sub("", text)
        text = _INSERTED.sub(lambda m: next((g for g in m.groups() if g is not None), ""), text)
        if len(_BALLOON.findall(text)) >= 2:
            text = _BALLOON.sub("", text)
    if hunks:
        out, in_hunk = [], False
        for line in text.split("\n"):
            if _HUNK.fullmatch(line):
                in_hunk = True
                continue
            if line.startswith("diff --git ") or (line.startswith(("--- ", "+++ ")) and in_hunk is False):
                in_hunk = False
                continue
            if in_hunk and (not line or line[:1] not in (" ", "+", "-", "\u2212", "\\")):
                in_hunk = False  # (QA pass 27) the diff ended: a later "- item" is a list's
            if in_hunk and line[:1] in ("-", "\u2212") and not line.startswith("---"):
                continue  # the old version's line
            if in_hunk and line[:1] == "+" and not line.startswith("+++"):
                line = line[1:]
            elif in_hunk and line[:1] == " ":
                line = line[1:]
            out.append(line)
        text = "\n".join(out)
    return text


#: (QA pass 41 #2) A thin, hair, figure or punctuation space, as a typesetter or a CMS puts one
#: between a figure's groups ("1 200"): a space, which the figures' reader takes between groups.
_THIN_SPACE = re.compile(r"[\u2007\u2008\u2009\u200a]")
#: Characters with no width (a zero-width space, a word joiner, a byte-order mark inside the text):
#: "1\u200b200" is 1200 on the page, "sol\u200bdiers" one word (read as 200, or as two words).
_NO_WIDTH = re.compile(r"[\u200b\u2060\ufeff]")


def _odd_spaces(text: str) -> str:
    """The text with its thin and zero-width spaces read as the page shows them (QA pass 41 #2)."""
    if not rx.search(r"[\u2007-\u200b\u2060\ufeff]", text):
        return text
    return _THIN_SPACE.sub(" ", _NO_WIDTH.sub("", text))


def plain_text(text: str) -> str:
    """The prose a pasted machine format carries (an iCalendar export, an XML or HTML item, a
    chat's JSON export, a map's KML); any other text unchanged (but for OCR's letter O inside
    numbers and footnote markers glued to figures, and a document's edit history read as its
    final version)."""
    text = _final_wording(_note_markers(_ocr_zeros(_odd_spaces(text))))
    if text.lstrip().startswith("BEGIN:VCALENDAR"):
        return _from_ics(text)
    if _MARKUP_START.match(text) and "</" in text:
        prose = _from_feed(text) if rx.search(r"<(?:rss|feed)\b", text[:2000]) else None
        prose = prose if prose is not None else _from_markup(text)
        if prose is not None:
            return prose
    if len(_JSON_LINE.findall(text)) >= 2 and (items := _feed_json_lines(text)) is not None:
        return items
    exported = _json_export(text)
    if exported is text and (article := _json_document(text)) is not None:
        return article  # (a chat's export first: its messages' "text" is no article)
    return _unquote_lines(_strip_markup(exported))


#: (round 41) A quoted post or email pasted with "> " before each line (a thread's quote-post).
#: (at the line's start: an indented "    > …" is an annotation export's highlight, read as it is)
#: (round 61) An email thread quotes each earlier message one level deeper: "> > > Yesterday …"
#: loses every level (a caption's ">>" loses one ">", as before: the mark of a change of speaker).
_QUOTE_MARK = re.compile(r"(?m)^(?:>[ \t])*>[ \t]?(?=[ \t]*\S)")
#: A quoted blank line: ">" or "> >" alone (the blank line between a quoted header and its text).
_QUOTED_BLANK = re.compile(r"(?m)^(?:>[ \t]*)+$")


def _unquote_lines(text: str) -> str:
    """A quote-post's lines read as lines: "> Volodymyr Zelenskyy @ZelenskyyUa · Dec 23" over '> "…
    exceeds 3,000."' are the quoted account and its words (the marker only says they are quoted).
    Only where two or more lines carry the marker (a lone ">" is left as written)."""
    text = _WRAPPED_WROTE.sub(r"\1 wrote:", text)  # (QA pass 29: Gmail wraps its "wrote:" line)
    text = _MUTT_ATTRIBUTION.sub(r"\g<q>On \g<d>, \g<who> wrote:", text)
    if len(_QUOTE_MARK.findall(text)) < (1 if _EMAIL_THREAD.search(text) else 2):
        return text  # (a mail's one quoted line is a quote too: QA pass 29)
    text = _QUOTED_BLANK.sub("", text)
    if _EMAIL_THREAD.search(text):  # (an email's ">>" is a deeper quote, never a caption's mark)
        return _EMAIL_QUOTE_MARK.sub("", _back_to_the_reply(text))
    return _QUOTE_MARK.sub("", text)


def _back_to_the_reply(text: str) -> str:
    """(round 61) An inline reply's own words after a quoted message are the reply's, written on
    its day: its "Date:" line is repeated there, so "yesterday" below counts from the reply's day
    again, not from the quoted message's "On Thu, Dec 19, 2024 … wrote:". A "wrote:" line is
    set apart from the message it introduces."""
    top = next((m for m in _TOP_DATE.finditer(text)), None)
    out: list[str] = []
    quoted = False
    for line in text.split("\n"):
        if line.startswith(">"):
            quoted = True
        elif line.strip() and quoted and top is not None and not WROTE_LINE.fullmatch(line.strip()):
            out += [f"Date: {top.group('d').strip()}", ""]
            quoted = False
        if out and WROTE_LINE.fullmatch(out[-1].strip()) and line.strip(" \t>"):
            out.append("")  # (the quoted message's first line is its text, not a heading)
        out.append(line)
    return "\n".join(out)


#: The thread's own date header (unquoted): "Date: Fri, 20 Dec 2024 07:58:31 -0500", "Sent: …".
_TOP_DATE = re.compile(r"(?im)^(?:date|sent)\s*:[ \t]*(?P<d>\S.{5,60})$")
#: A reply's line over the message it quotes: "On 22.01.2025 18:04, Ilze Berzina wrote:", "On
#: Mon, 16 Dec 2024 at 09:12, Rui Matos <rui@…> wrote:" (one rule: `document` dates the message
#: below it by it).
WROTE_LINE = re.compile(r"(?i)on\s+(?P<d>.{6,100}?)\s+wrote\s*:")


#: (QA pass 29) A reply's "On …, X <x@…>" line wrapped before its "wrote:" (Gmail at 78 columns).
_WRAPPED_WROTE = re.compile(r"(?m)^((?:>[ \t]?)*[Oo]n\s[^\n]{6,100}?)[ \t]*\n(?:>[ \t]?)*wrote:[ \t]*$")
#: (QA pass 29) mutt's attribution line: "* Bob Lee <bob@…> [2025-01-12 09:15]:", read as a
#: "On 2025-01-12 09:15, Bob Lee <…> wrote:" line.
_MUTT_ATTRIBUTION = re.compile(
    r"(?m)^(?P<q>(?:>[ \t]?)*)\*[ \t]+(?P<who>[^\n\[]{2,80}?)[ \t]+\[(?P<d>\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2})[^\]\n]*\]:[ \t]*$"
)
#: (round 61) An email thread: a reply's "On 27 Dec 2024, at 23:40, Leah Cohen <…> wrote:" line
#: or a quoted message's own header ("> From: Rui Matos").
_EMAIL_THREAD = re.compile(r"(?im)^[> \t]*(?:on\s.{6,100}\swrote\s*:\s*$|>[ \t]*(?:from|sent|date)\s*:\s*\S)")
#: Every quote mark of an email's line, however deep: ">>> On 23 Dec …", "> > Yesterday …".
_EMAIL_QUOTE_MARK = re.compile(r"(?m)^(?:>[ \t]?)+(?=[ \t]*\S)")
