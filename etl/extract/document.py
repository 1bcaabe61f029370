"""The layout of a report as scraped from a news site: headline, dateline, outlet, captions, body.

Scraped pages keep the site's furniture: the time glued to the date (`15:5516/12/2024, Monday`),
the outlet as a bare line (`AA`), photo captions, a deck (sub-headline) and `#tags`. Separating
them first keeps captions and tags out of the sentences that claims are read from.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime

from etl.extract.dates import parse_dateline
from etl.extract.lexicon import CAPTION, OUTLETS

_ABBREV = (
    "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "Gen",
    "Col", "Lt", "Maj", "Sgt", "Mr", "Mrs", "Ms", "Dr", "St", "No", "vs", "approx", "U.S",
    "U.K", "U.N", "Jr", "Sr", "Adm", "Capt", "Rep", "Sen", "Gov", "Pres",
)
_URL_RE = re.compile(r"https?://\S+")


@dataclass
class Layout:
    """What the scraped text is made of."""

    title: str = ""
    published: datetime | None = None
    outlet: str = ""
    captions: list[str] = field(default_factory=list)
    deck: str = ""
    paragraphs: list[str] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    url: str = ""

    def published_at(self) -> str:
        """`YYYY-MM-DDTHH:MM` when the dateline had a time, else `YYYY-MM-DD`."""
        if self.published is None:
            return ""
        if self.published.hour or self.published.minute:
            return self.published.strftime("%Y-%m-%dT%H:%M")
        return self.published.date().isoformat()


def outlet_name(line: str) -> str:
    """Outlet line as scraped -> the recorded outlet name (unknown outlets kept as written)."""
    key = line.strip()
    return OUTLETS.get(key, OUTLETS.get(key.upper(), key))


def _is_caption(line: str) -> bool:
    return re.match(CAPTION, line.strip(), re.IGNORECASE) is not None


def parse_layout(text: str) -> Layout:
    """Split scraped text into headline, dateline, outlet, captions, deck, paragraphs and tags."""
    lines = [ln.rstrip() for ln in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    lay = Layout()
    i = 0
    n = len(lines)
    while i < n and not lines[i].strip():
        i += 1
    if i < n and parse_dateline(lines[i]) is None:
        lay.title = lines[i].strip()
        i += 1
    while i < n and not lines[i].strip():
        i += 1
    if i < n and parse_dateline(lines[i]) is not None:
        lay.published = parse_dateline(lines[i])
        i += 1
        # The outlet and captions follow the dateline as one block of short lines.
        if i < n and lines[i].strip() and len(lines[i].strip()) <= 40 \
                and not lines[i].strip().endswith("."):
            lay.outlet = outlet_name(lines[i])
            i += 1
        while i < n and lines[i].strip():
            lay.captions.append(lines[i].strip())
            i += 1
    # Trailing #tags.
    end = n
    while end > i and (not lines[end - 1].strip() or lines[end - 1].strip().startswith("#")):
        if lines[end - 1].strip():
            lay.tags.insert(0, lines[end - 1].strip().lstrip("#").strip())
        end -= 1
    paras: list[str] = []
    for ln in lines[i:end]:
        s = ln.strip()
        if not s or _is_caption(s) or s.startswith("#"):
            continue
        url = _URL_RE.search(s)
        if url and len(s) - len(url.group(0)) < 20:
            lay.url = lay.url or url.group(0)
            continue
        paras.append(s)
    if paras and not re.search(r"[.!?][\"”’']?$", paras[0]):
        lay.deck = paras.pop(0)
    lay.paragraphs = paras
    return lay


def split_sentences(paragraph: str) -> list[str]:
    """Sentences of a paragraph; abbreviations ("Dec.", "U.S.") and dates do not end one."""
    out: list[str] = []
    start = 0
    for m in re.finditer(r"[.!?][\"”’']?(?=\s+[\"“‘A-Z0-9#])", paragraph):
        before = paragraph[start:m.start() + 1]
        word = re.search(r"([A-Za-z.]+)\.$", before)
        if word and word.group(1).rstrip(".") in _ABBREV:
            continue
        if re.search(r"\b[A-Z]\.$", before):  # initials
            continue
        out.append(paragraph[start:m.end()].strip())
        start = m.end()
    rest = paragraph[start:].strip()
    if rest:
        out.append(rest)
    return out


def reference_date(layout: Layout, published: date | None) -> date | None:
    """The date relative expressions resolve against: the caller's, else the dateline's."""
    if published is not None:
        return published
    return layout.published.date() if layout.published else None
