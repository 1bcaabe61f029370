"""Where reports come from: a `.txt`, an `.html` page, a URL, or a folder/glob of them.

Every input becomes a `Source`: the report text the extractor reads plus the metadata a page
carries (title, outlet, date, canonical URL). HTML is read with trafilatura (a maintained
news-extraction library) rather than hand-written parsing; a URL is fetched with a timeout and a
size cap so a slow or huge page fails cleanly instead of hanging a batch.
"""

from __future__ import annotations

import codecs
import email
import email.policy
import glob
import html as htmllib
import http.client
import json
import re
import urllib.error
import urllib.request
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from etl.core.deadline import Deadline
from etl.core.input_checks import wide_text_without_bom
from etl.extract import rx
from etl.extract.core import Extraction, extract
from etl.extract.dates import offset_of
from etl.extract.document import outlet_name
from etl.extract.markup import plain_text
from etl.extract.registry import outlet_status

#: File suffixes read as reports when a folder is given: text and web pages, and (round 58) a feed
#: saved as it came (RSS or Atom XML, a feed reader's JSON Lines), read item by item.
SUFFIXES: tuple[str, ...] = (
    ".txt",
    ".html",
    ".htm",
    ".xml",
    ".rss",
    ".atom",
    ".jsonl",
    ".srt",  # (round 59) captions files and note apps' Markdown exports
    ".vtt",
    ".md",
    ".eml",  # (QA pass 41 #4) a saved e-mail, read as its decoded message
)
#: Download limits for a URL: seconds to connect/read, and bytes.
TIMEOUT_S: float = 15.0
MAX_BYTES: int = 5_000_000
_USER_AGENT = "ClaimsDesk-extract/1.0 (+analyst review tool)"


class InputError(Exception):
    """An input that cannot be read: the message is one line naming the file or URL."""


@dataclass
class Source:
    """One report to extract: text plus whatever metadata the page gave."""

    name: str
    text: str
    url: str = ""
    title: str = ""
    outlet: str = ""
    published: str = ""

    def published_date(self) -> date | None:
        """The page's date (YYYY-MM-DD prefix), used to resolve "on Monday" in the body."""
        try:
            return date.fromisoformat(self.published[:10]) if self.published else None
        except ValueError:
            return None


def metadata_time(value: str) -> str:
    """A page's metadata time as the build reads it: "2024-12-16T09:00:00+09:00" ->
    "2024-12-16T09:00+09:00" (the offset kept: the build takes a time without one as UTC); a day
    alone stays a day; "" for what is no date."""
    value = value.strip()
    try:
        when = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return ""
    if len(value) <= 10:
        return when.date().isoformat()
    return when.strftime("%Y-%m-%dT%H:%M") + offset_of(when)


def is_url(spec: str) -> bool:
    """http(s) links are fetched; anything else is a path or a glob."""
    return rx.match(r"(?i)https?://", spec) is not None


#: An HTML page larger than this is said to be large when no article is found in it.
BIG_HTML_CHARS = 2_000_000


def html_to_source(html: str, name: str, url: str = "") -> Source:
    """Article text and metadata of an HTML page (trafilatura JSON: title, date, source...)."""
    import trafilatura  # imported here: only HTML input needs it (and its import costs ~0.3 s)

    raw = trafilatura.extract(
        html,
        output_format="json",
        with_metadata=True,
        url=url or None,
        include_comments=False,
        include_tables=True,  # (QA pass 41 #8) a tracker's figures may be in a table alone
    )
    if not raw:
        if len(html) > BIG_HTML_CHARS:  # (QA pass 30: a 15 MB page was "no article text found")
            raise InputError(
                f"{name}: {len(html):,} characters of HTML and no article found in them; one report "
                "is read at a time: save the article's own page or its text, and try again"
            )
        raise InputError(f"{name}: no article text found in the HTML")
    meta: dict[str, Any] = json.loads(raw)
    title = (meta.get("title") or "").strip()
    body = [ln.strip() for ln in (meta.get("text") or "").splitlines() if ln.strip()]
    if body and title and body[0] == title:
        body = body[1:]  # the page's <h1> repeats the title
    outlet = (meta.get("source-hostname") or "").strip() or _host_outlet(meta.get("hostname"))
    # (QA pass 41 #8) the canonical link as the page writes it: trafilatura's reorders its query
    # and drops parameters, so it is not the URL as published
    canonical = page_link(html) or (meta.get("source") or "").strip()
    lines = [title, *body] if title else body
    # paragraphs apart, a table's rows together (a pipe table, as a tracker pasted as text is read)
    text = "".join(
        ("\n" if ln.startswith("|") and lines[i - 1].startswith("|") else "\n\n") + ln if i else ln
        for i, ln in enumerate(lines)
    )
    return Source(
        name,
        text + "\n",
        canonical or url,
        title,
        outlet_name(outlet) if outlet else "",
        page_time(html) or (meta.get("date") or "").strip(),
    )


#: (QA pass 41 #1) A page's own publication time as its head gives it: Open Graph's
#: `article:published_time`, schema.org's `datePublished` (a meta tag or JSON-LD), `pubdate`.
_PAGE_TIME = re.compile(
    r"""(?is)<meta\b[^>]*?(?:property|name|itemprop)\s*=\s*["'](?:article:published_time|datePublished|"""
    r"""pubdate|publish[-_]?date|dc\.date\.issued)["'][^>]*?\bcontent\s*=\s*["']([^"']{10,40})["']"""
    r"""|"datePublished"\s*:\s*"([^"]{10,40})(?=")"""
)


_CANONICAL = re.compile(
    r"""(?is)<link\b(?=[^>]*\brel\s*=\s*["']?canonical\b)[^>]*?\bhref\s*=\s*["']([^"']{8,2000})["']"""
)


def page_link(html: str) -> str:
    """The page's canonical link as its head writes it (entities read), "" if none is http(s)."""
    m = _CANONICAL.search(html[:300_000])
    link = htmllib.unescape(m.group(1)).strip() if m else ""
    return link if rx.match(r"(?i)https?://", link) else ""


def page_time(html: str) -> str:
    """The publication time a page's head gives, with its offset as written ("" if none has a
    time of day): trafilatura keeps the day alone, and a Seoul page's 03:30 is 18:30 UTC the
    day before."""
    for m in _PAGE_TIME.finditer(html[:300_000]):
        value = (m.group(1) or m.group(2) or "").strip()
        if rx.match(r"\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}", value) and metadata_time(value):
            return value
    return ""


def _host_outlet(host: object) -> str:
    """ "www.reuters.com" -> "reuters.com": kept as written when no site name is given."""
    h = str(host or "").strip().lower()
    return rx.sub(r"^www\.", "", h)


def read_file(path: Path) -> Source:
    """A `.txt` (scraped text as is) or `.html`/`.htm` (article extracted) file."""
    if not path.is_file():
        raise InputError(f"{'not a regular file' if path.exists() else 'no such report file'}: {path}")
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(f"cannot read {path}: {exc.strerror or exc}") from exc
    return source_from_bytes(data, str(path))


def source_from_bytes(data: bytes, name: str) -> Source:
    """A report file's bytes (a file read, or uploaded on the review page) as text.

    HTML is read as UTF-8 with bad bytes replaced (its article is extracted). Text is UTF-8 (a
    byte-order mark is dropped), or UTF-16 or UTF-32 with or without its byte-order mark (Windows
    editors save UTF-16); anything else is refused with one line naming the file, never read as
    replacement marks: a cp1252 file's quotes would not be its words, and binary junk would look like "no claims".
    """
    if not data.strip():  # (QA pass 30) it printed the CSV header alone, with no word of why
        raise InputError(f"{name}: an empty file (no text to read)")
    if name.lower().endswith((".html", ".htm")):
        return html_to_source(data.decode("utf-8", errors="replace"), name)
    if name.lower().endswith(".eml"):
        return eml_to_source(data, name)
    wide = None
    if data.startswith((codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)) and len(data) % 4 == 0:
        wide = "utf-32"  # (its mark starts like UTF-16's: tried first)
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)) and len(data) % 2 == 0:
        wide = "utf-16"
    elif (guess := wide_text_without_bom(data)) is not None and len(data) % (4 if "32" in guess else 2) == 0:
        wide = guess  # (QA pass 40) no mark: every other byte (or three in four) a NUL
    if wide is not None:
        try:
            text = data.decode(wide)
        except UnicodeDecodeError:
            text = ""
        text = "" if "\x00" in text else text
        # bytes that only start like a mark decode to CJK-looking noise; a report is mostly
        # Latin or Cyrillic (a file that is not is named below as not UTF-8: save it so)
        if text and sum(c < "\u3000" for c in text) >= 0.9 * len(text):
            return _text_source(name, text)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(
            f"{name}: not UTF-8 text (byte {exc.start}); save it as UTF-8 and try again"
        ) from exc
    if "\x00" in text:
        raise InputError(f"{name}: not a text file (it holds NUL bytes)")
    return _text_source(name, text)


def _text_source(name: str, text: str) -> Source:
    """A file's decoded text as a report; one line for a file of a byte-order mark and spaces alone
    (QA pass 41 #12: the CLI printed a header row alone, the review page asked for a report)."""
    if not text.replace("\ufeff", "").strip():
        raise InputError(f"{name}: an empty file (no text to read)")
    return Source(name, text)


def eml_to_source(data: bytes, name: str) -> Source:
    """(QA pass 41 #4) A saved e-mail as a pasted one reads: its From, Date and Subject lines, then
    its text decoded (quoted-printable or base64, in its charset; an HTML-only message as its
    text). Read as raw bytes, "up to 3,0=" and "00 killed" on the next line were two figures and
    the quotes kept "=E2=80=99"."""
    msg = email.message_from_bytes(data, policy=email.policy.default)
    part = msg.get_body(preferencelist=("plain", "html"))
    if part is None:
        raise InputError(f"{name}: an e-mail with no text part (nothing to read)")
    try:
        body = str(part.get_content())
    except (LookupError, ValueError, UnicodeError) as exc:
        raise InputError(f"{name}: an e-mail whose text cannot be decoded ({exc})") from exc
    if part.get_content_subtype() == "html":
        body = plain_text(body)
    head = [
        f"{key}: {value}" for key in ("From", "Date", "Subject") if (value := str(msg.get(key, "") or ""))
    ]
    text = "\n".join(head) + "\n\n" + body.strip() + "\n" if head else body
    src = _text_source(name, text)
    src.title = str(msg.get("Subject", "") or "").strip()
    return src


def fetch_url(url: str, timeout: float = TIMEOUT_S, max_bytes: int = MAX_BYTES) -> Source:
    """Download a page (timeout, size cap) and read it as HTML or plain text."""
    if not is_url(url.strip()):
        # (QA pass 20) an empty box or "kyivindependent.com/…": Request() raised a ValueError
        # that replaced the review page with an exception box
        shown = url.strip() or "an empty link"
        raise InputError(f"{shown}: give a web link that starts with http:// or https://")
    req = urllib.request.Request(url.strip(), headers={"User-Agent": _USER_AGENT})
    # (round 42) `timeout` holds for the whole page, headers and body: a server sending a byte a
    # second is cut there (a socket timeout alone bounds each read)
    watch = Deadline(timeout)
    try:
        with watch, watch.open(req, timeout=timeout) as resp:
            length = resp.headers.get("Content-Length")
            if length and length.isdigit() and int(length) > max_bytes:
                raise InputError(f"{url}: page is {int(length):,} bytes, over the {max_bytes:,}-byte cap")
            data = resp.read(max_bytes + 1)
            if watch.expired:
                raise TimeoutError(f"not finished after {timeout:g} s")
            ctype = resp.headers.get_content_type()
            charset = resp.headers.get_content_charset() or "utf-8"
            final = resp.geturl() or url
    except InputError:
        raise
    except urllib.error.HTTPError as exc:
        raise InputError(f"{url}: HTTP {exc.code} {exc.reason}") from exc
    except urllib.error.URLError as exc:
        raise InputError(f"{url}: cannot download ({exc.reason})") from exc
    except (TimeoutError, OSError, http.client.HTTPException) as exc:
        why = f"not finished after {timeout:g} s" if watch.expired else str(exc) or type(exc).__name__
        raise InputError(f"{url}: cannot download ({why})") from exc
    if len(data) > max_bytes:
        raise InputError(f"{url}: page is over the {max_bytes:,}-byte cap")
    if ctype == "application/pdf" or data[:5] == b"%PDF-":
        # (QA pass 20) it said "no article text found in the HTML"
        raise InputError(
            f"{url}: is a PDF; the review queue reads web pages and text: copy the PDF's text in"
        )
    text = data.decode(charset, errors="replace")
    if ctype == "text/plain":
        return Source(url, text, url)
    src = html_to_source(text, url, final)
    src.url = src.url or final
    return src


def expand(specs: list[str]) -> tuple[list[str], bool]:
    """Inputs -> (files and URLs in order, whether any spec was a folder or glob: a batch)."""
    out: list[str] = []
    batch = False
    for spec in specs:
        if is_url(spec):
            out.append(spec)
            continue
        p = Path(spec)
        if p.is_dir():
            batch = True
            found = sorted(str(f) for f in p.rglob("*") if f.suffix.lower() in SUFFIXES and f.is_file())
            if not found:
                raise InputError(f"{spec}: folder has no {'/'.join(SUFFIXES)} reports")
            out += found
        elif glob.has_magic(spec):
            batch = True
            found = sorted(f for f in glob.glob(spec, recursive=True) if Path(f).is_file())
            if not found:
                raise InputError(f"{spec}: no file matches")
            out += found
        else:
            out.append(spec)
    return out, batch


def load(spec: str, timeout: float = TIMEOUT_S, max_bytes: int = MAX_BYTES) -> Source:
    """One input (path or URL) -> Source."""
    return fetch_url(spec, timeout, max_bytes) if is_url(spec) else read_file(Path(spec))


#: (QA 6) The longest text read as one report: about 30,000 words, several times the longest
#: article. Reading a report costs time faster than its length grows (each claim is compared
#: with the others), so a paste of a whole corpus would hold the review page for minutes; it is
#: refused with one line instead. A 200,000-character paste of nothing but figures takes ~10 s.
MAX_TEXT_CHARS = 200_000


def extract_source(src: Source, published: date | None = None, data_dir: Path | None = None) -> Extraction:
    """Extract a Source; page metadata fills the document where the text itself has none.
    Raises InputError for a text longer than MAX_TEXT_CHARS (one report, not a corpus)."""
    if len(src.text) > MAX_TEXT_CHARS:
        raise InputError(
            f"{src.name}: {len(src.text):,} characters of text; one report is read at a time, up to "
            f"{MAX_TEXT_CHARS:,} (about 30,000 words): split it into its reports"
        )
    result = extract(
        src.text, published=published or src.published_date(), data_dir=data_dir, source_url=src.url
    )
    doc = result.document
    if src.outlet and not doc.get("outlet"):
        doc["outlet"] = src.outlet
        for c in result.claims:
            c["reported_by"] = c.get("reported_by") or src.outlet
    if src.title and not doc.get("title"):
        doc["title"] = src.title
    meta = metadata_time(src.published)
    if meta and (not doc.get("published_at") or doc["published_at"] == meta[:10]):
        doc["published_at"] = meta  # (QA pass 40 #6) the metadata's time, with its offset
    doc["url"] = src.url or doc.get("url", "")
    doc["source"] = src.name
    doc["outlet_flag"] = outlet_status(str(doc.get("outlet", "")), data_dir)
    return result


__all__ = [
    "InputError",
    "Source",
    "expand",
    "extract_source",
    "fetch_url",
    "html_to_source",
    "is_url",
    "load",
    "read_file",
]
