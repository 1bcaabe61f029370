"""Machine formats pasted as text: a NewsML/XML or HTML item, an iCalendar export.

Analysts paste what the wire or the planner gives them. The reader reads prose, so markup is
turned into the prose it carries first: the headline, the item's date and its paragraphs (tags,
metadata and escapes would otherwise be read as words and figures: "version 3", "4\\,000").
"""

from __future__ import annotations

import html
import re
from datetime import datetime
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

_MARKUP_START = re.compile(r"\s*<(?:\?xml|!DOCTYPE|[A-Za-z][\w:.-]*[\s>/])")
_TITLE = re.compile(
    r"<(?:[\w-]+:)?(?:headline|title|h1)\b[^>]*>(?P<t>.*?)</(?:[\w-]+:)?(?:headline|title|h1)>", re.S | re.I
)
_PARA = re.compile(r"<(?:[\w-]+:)?p\b[^>]*>(?P<t>.*?)</(?:[\w-]+:)?p>", re.S | re.I)
_ISO_STAMP = re.compile(r"\b(?P<d>20\d\d-\d\d-\d\d)T(?P<h>\d\d):(?P<m>\d\d)")
_TAG = re.compile(r"<[^>]+>")
_MONTHS = ("January February March April May June July August September October November December").split()


def _clean(fragment: str) -> str:
    """A fragment's text: tags out, entities decoded, white space collapsed."""
    return re.sub(r"\s+", " ", html.unescape(_TAG.sub(" ", fragment))).strip()


def _day_text(d: datetime) -> str:
    return f"{_MONTHS[d.month - 1]} {d.day}, {d.year}"


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
    if re.match(r"\d{8}", exported):
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
            if re.match(r"\d{8}T\d{6}Z$", start):
                when = datetime.strptime(start, "%Y%m%dT%H%M%SZ").replace(tzinfo=ZoneInfo("UTC"))
                when = when.astimezone(zone) if zone is not None else when
            elif re.match(r"\d{8}", start):
                when = datetime.strptime(start[:8], "%Y%m%d")
            body = " ".join(
                _ics_unescape(event[k]).strip().rstrip(".") + "."
                for k in ("SUMMARY", "DESCRIPTION")
                if event.get(k)
            )
            if when is not None:
                out.append(f"{when:%A}, {_day_text(when)}")  # the event's day, as a heading
            if body:
                out.append(re.sub(r"[ \t]*\n[ \t]*", " ", body))
    return "\n\n".join(out) + "\n"


#: A number as OCR reads it, with the letter O for a zero: "4,5OO", "2O25" (a digit and an O).
_OCR_NUMBER = re.compile(r"(?<![\w.,])(?=[\dO,.]*\d)(?=[\dO,.]*O)[\dO](?:[\dO,.]*[\dO])?(?![\w])")


def _ocr_zeros(text: str) -> str:
    """A faxed or scanned page's numbers with their zeros back ("25,2OO" is 25,200)."""
    return _OCR_NUMBER.sub(lambda m: m.group(0).replace("O", "0"), text)


def plain_text(text: str) -> str:
    """The prose a pasted machine format carries; any other text unchanged (but for OCR's
    letter O inside numbers)."""
    text = _ocr_zeros(text)
    if text.lstrip().startswith("BEGIN:VCALENDAR"):
        return _from_ics(text)
    if _MARKUP_START.match(text) and "</" in text:
        prose = _from_markup(text)
        if prose is not None:
            return prose
    return text
