"""The layout of a report as scraped from a news site: headline, dateline, outlet, captions, body.

Scraped pages keep the site's furniture: the time glued to the date (`15:5516/12/2024, Monday`),
the outlet as a bare line (`AA`), photo captions, a deck (sub-headline) and `#tags`. Separating
them first keeps captions and tags out of the sentences that claims are read from.
"""

from __future__ import annotations

import csv
import dataclasses
import re
from collections import Counter
from contextvars import ContextVar
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from itertools import pairwise

from etl.extract import rx
from etl.extract.dates import (
    MONTH_NAMES,
    MONTH_WORD,
    MONTHS,
    WEEKDAY_WORD,
    find_dates,
    parse_date_line,
    parse_dateline,
    parse_month_line,
    written_offset,
)
from etl.extract.lexicon import (
    CAPTION,
    FURNITURE,
    HANDLES,
    OUTLETS,
    PEOPLE_NOUNS,
    QUALIFIER_PHRASES,
    WHEN_SAID,
)
from etl.extract.markup import WROTE_LINE
from etl.extract.numbers import find_figures

_ABBREV = (
    "Jan",
    "Feb",
    "Mar",
    "Apr",
    "Jun",
    "Jul",
    "Aug",
    "Sep",
    "Sept",
    "Oct",
    "Nov",
    "Dec",
    "Gen",
    "Col",
    "Lt",
    "Maj",
    "Sgt",
    "Mr",
    "Mrs",
    "Ms",
    "Dr",
    "St",
    "No",
    "vs",
    "approx",
    "U.S",
    "U.K",
    "U.N",
    "Jr",
    "Sr",
    "Adm",
    "Capt",
    "Rep",
    "Reps",
    "Sen",
    "Gov",
    "Pres",
)
_URL_RE = re.compile(r"https?://\S+")
#: A footnote marker glued to the text ("... 300 servicemen.[16] Russian milblogger ..."), as
#: think tanks and encyclopaedias print them: not part of any sentence.
_FOOTNOTE = re.compile(r"(?<=\S)\[\d{1,3}\]")
#: A PDF's footnote number glued to a word's punctuation ("had been lost.7 Ukraine's …",
#: "in the strike,4 a figure …") or set as a superscript ("assault.⁶"): not part of the text.
#: (A unit's power stays: "140 km²", "3 m³".)
#: (round 50) A digest item's source after its last full stop: "… sent to Russia in total. (mbl.is)",
#: "… on Thursday. [Kyiv Independent]": the outlet that carried it, no part of the sentence.
_SOURCE_TAIL = re.compile(
    r"(?:(?<=[.!?])|(?<=[.!?][\"”’']))\s*(?:\([A-Za-z][A-Za-z .&'’-]{1,38}\)|\[[A-Za-z][A-Za-z .&'’-]{1,38}\])\s*$"
)
#: (round 50) Where a source tail is the item's source: a list item ("• …", "■ …"), or a tail in
#: square brackets. (A paragraph ending "… in this image. (Yonhap)" is a photo's caption and credit.)
_SOURCED_ITEM = re.compile(r"\s*[•■▪●◦*–—-]\s|.*[.!?][\"”’']?\s*\[[A-Za-z][A-Za-z .&'’-]{1,38}\]\s*$")
_GLUED_NOTE = re.compile(
    r"(?<=[A-Za-z)\"”’][.,;:])\d{1,2}(?=\s|$)|(?<=\S)(?<![kK]m)(?<!mi)(?<!\bm)[¹²³⁴⁵⁶⁷⁸⁹⁰]+"
)
#: (round 42) The same number glued to a figure's full stop: "puts North Korean casualties at
#: about 4,000.6" is 4,000 and note 6 (a figure in thousands has no tenths of a soldier), read
#: so only in a text whose words carry such notes too (`_GLUED_NOTE`), where "4,000.6" is no
#: decimal anyone wrote.
_FIGURE_NOTE = re.compile(r"(?<=\d,\d{3}\.)\d{1,2}(?=\s|$)")


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
    #: Paragraph indices that start a new entry (live-blog timestamp, brief item heading):
    #: context (speaker, date) does not carry across them.
    breaks: set[int] = field(default_factory=set)
    #: Paragraph indices under a live-blog time stamp ("18:40"): posted on the page's date.
    stamped: set[int] = field(default_factory=set)
    #: Stamped paragraphs under a day heading ("Thursday 9 January"): posted that day instead.
    day_of: dict[int, date] = field(default_factory=dict)
    #: The name above an account handle ("UK Ministry of Defence" / "@DefenceHQ"): a copied
    #: post speaks for that account.
    account: str = ""
    #: (round 41) the account was read from a post's one-line head ("Name (@handle) · date"): it
    #: speaks for the post only when the actors file knows it (a journalist's thread relays others)
    account_inline: bool = False
    #: The platform an account's handle line names ("t.me/…", "… subscribers": Telegram).
    platform: str = ""
    #: The wire dateline's city ("SEOUL"), where the copy was filed.
    city: str = ""
    #: (round 35) The day a reprinted wire story was filed, from its one dated dateline
    #: ("WASHINGTON, Nov 4 (Worldwire) -" on a page dated 6 Nov): its "on Monday" and "said"
    #: count from that day, not the reprinting page's.
    filed: datetime | None = None
    #: Paragraph index -> who speaks it, as labelled: a transcript's "SECRETARY BLINKEN:", a
    #: channel's "Forwarded from SSO", a heading "Zelensky after a report ...:" over a quote.
    speaker_of: dict[int, str] = field(default_factory=dict)
    #: (session 39) Paragraph index -> the source a digest's entry head names above it
    #: (`_ENTRY_HEAD`): "the ministry said" in the entry points back to it.
    entry_source: dict[int, str] = field(default_factory=dict)
    #: Paragraphs a transcript labels as a question ("Q:"): nobody claims anything there.
    questions: set[int] = field(default_factory=set)
    #: (session 17) The days the case covers (`Reference.case_window`): a date line without a
    #: year is put inside them when the text itself does not settle its year.
    case_window: tuple[date, date] | None = None
    #: (session 17) Paragraphs a transcript labels as an answer ("A:", "ANSWER:", "GUEST:"): the
    #: interviewee's words, whose "I" and "we" are the interviewee (the reader names them).
    answers: set[int] = field(default_factory=set)
    #: (session 17) Sentences the layout rewrote to be read (a table row as "On <date>, <who> said
    #: that …", a bare answer figure given its question's noun): (how, as read, as printed), so a
    #: quote can be given back as the report prints it (`etl.extract.core.verbatim`). `how` is
    #: "part" (the printed words replace the read ones inside a quote) or "whole" (a quote from the
    #: read sentence is the printed cell).
    rewrites: list[tuple[str, str, str]] = field(default_factory=list)
    #: (session 20) The page's text as pasted, whitespace collapsed: a quote found in it as it is
    #: needs no rewrite undone (`core.verbatim`).
    printed: str = ""
    #: A header naming only a month ("February 2025"): its last day, which gives yearless
    #: dates their year when nothing dates the report to a day.
    month_ref: date | None = None
    #: Paragraph index -> the year heading it sits under ("2024" over "* 20 November - ...").
    year_of: dict[int, int] = field(default_factory=dict)
    #: Paragraph index -> the section heading it sits under ("5. North Korean losses in Kursk").
    section_of: dict[int, str] = field(default_factory=dict)
    #: (session 24) A machine transcript's sentences start in lower case ("welcome back. three
    #: numbers tonight …"): `split_sentences` then ends a sentence before a lower-case word too.
    lower_starts: bool = False
    #: (round 66) A search engine's or aggregator's result page (`_result_page_capture`): a
    #: result's leading date is the day its snippet was published, from which its "on Monday"
    #: counts back, not the day of the statement itself.
    result_page: bool = False

    def published_at(self) -> str:
        """`YYYY-MM-DDTHH:MM` (and `+09:00` where the page gives its zone) when the dateline had a
        time, else `YYYY-MM-DD`."""
        if self.published is None:
            return ""
        if self.published.hour or self.published.minute:
            # (QA pass 40 #6) with the offset of the zone the page writes after its time
            return self.published.strftime("%Y-%m-%dT%H:%M") + written_offset(self.printed, self.published)
        return self.published.date().isoformat()


def outlet_name(line: str) -> str:
    """Outlet line as scraped -> the recorded outlet name (unknown outlets kept as written)."""
    key = line.strip()
    return OUTLETS.get(key, OUTLETS.get(key.upper(), key))


def _is_caption(line: str) -> bool:
    return rx.match(CAPTION, line.strip(), re.IGNORECASE) is not None


#: A subtitle cue's timing line (SRT "00:00:03,480 --> 00:00:08,120", WebVTT "00:03.480 --> …").
_CUE_TIMING = re.compile(
    r"\s*(?:\d{1,2}:)?\d{1,2}:\d{2}(?:[,.]\d{1,3})?\s*-->\s*(?:\d{1,2}:)?\d{1,2}:\d{2}(?:[,.]\d{1,3})?(?:\s.*)?"
)
#: Text on screen inside a captions file ("[GRAPHIC: …]", "[MUSIC]"): not spoken, not a claim.
_CUE_NOTE = re.compile(r"\s*\[[^\]]*\]\s*")
#: (round 59) A WebVTT cue's voice ("<v Pat Ryder>", "<v.loud Anchor>") and its other tags
#: ("</v>", "<i>", "<c.yellow>", a karaoke time stamp "<00:00:01.500>").
_VTT_VOICE = re.compile(r"^<v(?:\.[\w.-]+)?\s+([^>]{1,60})>")
_VTT_TAG = re.compile(r"</?(?:v|c|i|b|u|ruby|rt|lang)(?:[.\s][^>]*)?>|<\d{2}:\d{2}(?::\d{2})?\.\d{3}>")
#: (round 59) A live caption's change of speaker: ">> THEY ARE THROWING …" (the mark goes).
#: (round 60) Or what is left of it, ">", once a paste's quote marks were read (`_unquote_lines`
#: takes one ">" off every line that starts with one).
_ROLL_UP_MARK = re.compile(r"^>>?\s*")


def _cue_key(line: str) -> str:
    """A caption line as compared with the line before it: case and spacing aside."""
    return " ".join(line.lower().split())


def _join_cues(lines: list[str]) -> list[str]:
    """A captions file read as prose: cue numbers and identifiers and timings go, an on-screen note
    in brackets and a WebVTT NOTE block go, and the cues' lines run on into sentences (a sentence
    split over two or three cues is one sentence again). A paragraph ends where a cue ends a
    sentence. (round 59) Roll-up captions repeat the cue before's lines and paint-on captions
    grow a line cue by cue: a line the cue before showed is read once, and a line that completes
    one it showed replaces it. Lines outside the cues (a bulletin's header) are kept as they are."""
    timings = [i for i, ln in enumerate(lines) if _CUE_TIMING.fullmatch(ln)]
    if len(timings) < 2:
        return lines
    first = timings[0] - 1 if timings[0] > 0 and lines[timings[0] - 1].strip().isdigit() else timings[0]
    # (the file's own header: "WEBVTT", and WebVTT's "Kind: captions" and "Language: en")
    out = [
        ln
        for ln in lines[:first]
        if not rx.fullmatch(r"(?i)\s*(?:webvtt.*|kind:\s*\w+|language:\s*[\w-]+)\s*", ln)
    ]
    out.append("")
    buf = ""
    speaker = ""  # the voice of the cues read last (WebVTT's "<v Pat Ryder>")
    before: list[str] = []  # the cue before's lines (their keys)
    now: list[str] = []  # this cue's lines so far
    in_note = False  # inside a WebVTT NOTE block (to the blank line)
    for i in range(first, len(lines)):
        s = lines[i].strip()
        if _CUE_TIMING.fullmatch(s):
            before, now = (now or before), []
        if rx.match(r"NOTE(?:\s|$)", s):
            in_note = True
        if in_note or (s and i + 1 < len(lines) and _CUE_TIMING.fullmatch(lines[i + 1].strip())):
            in_note = in_note and bool(s)
            continue  # a NOTE block; a cue's number or identifier ("kirby-2") right above its timing
        if not s or _CUE_TIMING.fullmatch(s) or _CUE_NOTE.fullmatch(s):
            if not s and rx.search(r"[.!?][\"”’']?$", buf):
                out += [buf, ""]  # the cue ended a sentence: a paragraph of its own
                buf = ""
            continue
        s = _ROLL_UP_MARK.sub("", s)
        voice = _VTT_VOICE.match(s)
        s = " ".join(_VTT_TAG.sub("", s).split())
        if voice is not None and voice.group(1).strip() != speaker:
            # (round 59) a WebVTT cue's voice: a change of speaker starts a labelled turn
            speaker = voice.group(1).strip()
            if buf:
                out += [buf, ""]
            buf = f"{speaker}:"
        key = _cue_key(s)
        now.append(key)
        if not s or key in before:
            continue  # (round 59) roll-up captions show the cue before's lines again
        grown = next((b for b in before if key.startswith(b) and len(key) > len(b)), None)
        if grown is not None and _cue_key(buf).endswith(grown):
            buf = buf[: len(buf) - len(grown)].rstrip()  # (a paint-on line, now complete)
        buf = f"{buf} {s}".strip()
    if buf:
        out.append(buf)
    return out


#: (round 59) A number as OCR damages it: letters read for digits inside a thousands group
#: ("B,OOO", "l2,OOO", "25O,OOO") or beside digits ("2O24", "1O1", "4,5OO").
_OCR_GROUPED = re.compile(r"(?<![\w,.])[0-9OolIB]{1,3}(?:,[0-9OolIBS]{3})+(?![\w,])")
_OCR_MIXED = re.compile(r"(?<![\w,.])(?=[0-9OolI]*\d)(?=[0-9OolI]*[OolI])[0-9OolI]{2,6}(?![\w])")
#: ... and a word in capitals with a zero for its O ("N0RTH", "F0RCES", "W0UNDED").
_OCR_DOTTED_DATE = re.compile(r"\b[0-9OolI]{1,2}\.[0-9OolI]{1,2}\.[0-9OolI]{4}\b")
_OCR_ZERO_WORD = re.compile(r"\b[A-Z]+0[A-Z0]*\b|\b[A-Z0]*0[A-Z]+\b")
_OCR_DIGIT = str.maketrans({"O": "0", "o": "0", "l": "1", "I": "1", "B": "8", "S": "5"})


def repair_ocr_numbers(text: str) -> str:
    """(round 59) Text from a scan run through OCR with its numbers repaired: "as many as B,OOO"
    is 8,000, "between 11,OOO and l2,OOO" is 11,000 to 12,000, "2O24" is 2024, and "N0RTH KOREAN"
    is NORTH KOREAN. Only where the text shows such damage at least twice (a clean text is left
    as it is: "B,OOO" never occurs in one, but one stray token is no evidence of a scan)."""
    damaged = [
        m.group(0)
        for m in (*_OCR_GROUPED.finditer(text), *_OCR_MIXED.finditer(text))
        if not m.group(0).replace(",", "").isdigit()
    ]
    if len(damaged) < 2:
        return text
    text = _OCR_GROUPED.sub(lambda m: m.group(0).translate(_OCR_DIGIT), text)
    text = _OCR_MIXED.sub(lambda m: m.group(0).translate(_OCR_DIGIT), text)
    text = _OCR_DOTTED_DATE.sub(lambda m: m.group(0).translate(_OCR_DIGIT), text)  # "26.O4.2O25"
    return _OCR_ZERO_WORD.sub(lambda m: m.group(0).replace("0", "O"), text)


#: (round 60) A line of a video page's transcript panel as copied: its time stamp on a line of
#: its own ("0:52", "1:02:03") above the words, or before them on one line ("0:52 let's start").
_PANEL_STAMP = re.compile(r"\s*(\d{1,2}(?::\d{2}){1,2})\s*")
_PANEL_INLINE = re.compile(r"\s*(\d{1,2}(?::\d{2}){1,2})\s+(\S.*)")
#: The shortest run of time-stamped lines read as a transcript (a description's chapter list,
#: "0:00 headlines / 0:52 kyiv's count", is shorter).
_PANEL_MIN = 6
#: ... or, when the stamps stand on lines of their own above the words (no chapter list does),
#: this many.
_PANEL_MIN_ALONE = 3
#: A jump in the stamps this long (seconds) is a cut: the words after it start a paragraph.
_PANEL_CUT = 15
#: What follows a transcript on the page: its comments ("Pinned by …", "@handle 2 days ago",
#: "12 Comments", "Comments are turned off").
_PANEL_COMMENTS = re.compile(
    # (QA pass 27: "Comments from lawmakers followed: …" is the transcript's own text)
    r"\s*(?:Pinned by\b.*|@[\w.-]+\s+.*\bago\b.*|[\d,.]+[KM]?\s+Comments?\b.*"
    r"|Comments?(?:\s*\(\d+\))?\s*|Comments\s+are\s+(?:turned\s+off|closed|disabled)\b.*)",
    re.IGNORECASE,
)


def _stop(para: str) -> str:
    """A transcript's paragraph ended (a new speaker, a cut): its sentence ended too. A machine
    caption has no stops, and a paragraph without one reads as a heading."""
    return para if rx.search(r"[.!?…][\"”’')]?$", para) else f"{para}."


def _clock_times(run: list[str]) -> bool:
    """Whether a run's stamps are clock times ("09:01"): a video's offsets are never written with
    a leading zero ("0:05", "9:01", "1:02:03"); a chat log's or a live blog's times are."""
    return any(rx.match(r"\s*0\d:\d\d(?!:)", ln) is not None for ln in run)  # ("00:00:04" is an offset)


def _turns(items: list[tuple[int, str]]) -> bool:
    """Whether most time-stamped lines are a named speaker's turn ("Olena: …"): a chat log."""
    # (QA pass 27) or a handle: "9:01 @olena_k …"
    named = sum(1 for _, w in items if rx.match(r"[A-Z][\w.'’ -]{0,30}:\s|@[\w.]{2,30}\b", w) is not None)
    return named >= 2 and named * 3 >= len(items)


def _seconds(stamp: str) -> int:
    n = 0
    for part in stamp.split(":"):
        n = n * 60 + int(part)
    return n


def _panel_items(lines: list[str]) -> tuple[int, int, list[tuple[int, str]]]:
    """The longest run of time-stamped lines: (first line, line after it, [(seconds, words)])."""
    best: tuple[int, int, list[tuple[int, str]]] = (0, 0, [])
    i, n = 0, len(lines)
    while i < n:
        items: list[tuple[int, str]] = []
        start, j, last = i, i, -1
        while j < n:
            s = lines[j]
            m = _PANEL_STAMP.fullmatch(s)
            inline = None if m else _PANEL_INLINE.fullmatch(s)
            if m and j + 1 < n and lines[j + 1].strip() and not _PANEL_STAMP.fullmatch(lines[j + 1]):
                t, words, step = _seconds(m.group(1)), lines[j + 1].strip(), 2
            elif inline is not None:
                t, words, step = _seconds(inline.group(1)), inline.group(2).strip(), 1
            elif not s.strip() and items:
                j += 1
                continue
            else:
                break
            if t < last:
                break
            items.append((t, words))
            last, j = t, j + step
        if len(items) > len(best[2]):
            best = (start, j, items)
        i = max(j, i + 1)
    return best


def _join_transcript_panel(lines: list[str]) -> list[str]:
    """(round 60) A video page's transcript panel read as prose: the stamps go, on-screen notes
    ("[Music]") go, the lines run on (a new speaker, ">>", or a cut in the stamps starts a
    paragraph), and the page's comments below the transcript go. The page's title, channel and
    description above it are kept as they are. Text without such a run is returned as it is."""
    if sum(1 for ln in lines if _PANEL_STAMP.fullmatch(ln) or _PANEL_INLINE.fullmatch(ln)) < _PANEL_MIN_ALONE:
        return lines
    first, after, items = _panel_items(lines)
    # (a run of stamps on lines of their own above the words is a transcript from three on)
    alone = sum(1 for ln in lines[first:after] if _PANEL_STAMP.fullmatch(ln))
    least = _PANEL_MIN_ALONE if alone * 2 >= len(items) else _PANEL_MIN
    if len(items) < least or _clock_times(lines[first:after]) or _turns(items):
        return lines
    out = [*lines[:first], ""]
    buf, last = "", items[0][0]
    for t, words in items:
        words = _CUE_NOTE.sub(" ", words).strip()
        turn = _ROLL_UP_MARK.match(words) is not None
        if buf and (turn or t - last >= _PANEL_CUT):
            out += [_stop(buf), ""]
            buf = ""
        last = t
        buf = f"{buf} {_ROLL_UP_MARK.sub('', words)}".strip()
    if buf:
        out.append(_stop(buf))
    rest = lines[after:]
    cut = next((k for k, ln in enumerate(rest) if _PANEL_COMMENTS.fullmatch(ln)), len(rest))
    return [*out, *rest[:cut]]


def join_captions(text: str) -> str:
    """(round 59) A captions file's cues run on into prose before the text is recased: a cue's
    lines are short, so lines in capitals (a live caption) or in lower case (a machine caption)
    are only seen as such once joined. (round 60) So does a video page's transcript panel. Other
    text is returned as it is."""
    lines = text.split("\n")
    joined = _join_cues(lines)
    if joined is lines:
        joined = _join_transcript_panel(lines)
    return text if joined is lines else "\n".join(joined)


#: A line that ends a sentence, a markup tag or a table row: never run on into the next line.
_LINE_END = re.compile(r"[.!?:;\"”’')\]>|]$")
#: A line that starts something new (a list item, a key, a label or a header field such as
#: "Applicant: …", a quote, markup, a table row, a time stamp): never the tail of the line above.
_NEW_ITEM = re.compile(
    r"(?:[-*•·◦○–—+>#|<]|\d{1,3}[.)]\s|\(?[a-zA-Z0-9]{1,3}\)\s|[A-Z][.)]?\s{2,}|\[[^\]]*\]"
    r"|[A-Z][A-Z.'’-]+(?:\s+[A-Z][A-Z.'’-]*){0,6}:|[A-Z][\w'’-]*(?:\s+[\w'’-]+){0,2}:\s"
    r"|Q[.:]\s|A[.:]\s|\d{1,2}:\d{2}\b)"
)
#: Hard-wrapped text is wrapped at most this wide (a one-paragraph-per-line page is not wrapped).
_MAX_WRAP = 160
#: The shortest line counted as broken at the wrap width: a newspaper column pasted from an
#: e-paper is 28-40 characters wide (session 16; an e-mail or a PDF's text is 60-110).
_MIN_WRAP = 24


def _wrap_width(lines: list[str]) -> int | None:
    """The width a hard-wrapped text (a plain-text e-mail, a `lynx -dump`, a PDF's text) was
    wrapped at, or None for text with one paragraph per line.

    Evidence: the long lines that stop mid-sentence with text on the next line. In wrapped text
    there are several, most stop within a word's length of one width, and hardly any line is
    wider; in a page with one paragraph per line they are rare (headings, labels) and of any
    length, under paragraphs far wider."""
    pairs = [
        (len(a), b.strip())
        for a, b in pairwise(lines)
        if len(a.strip()) >= _MIN_WRAP
        and b.strip()
        and not _LINE_END.search(a)
        and not _NEW_ITEM.match(b.strip())
        and not b.strip().isupper()
        and _indent(b) >= _indent(a) - 4  # a paragraph's first line may be indented
        # (a long line full of names, broken mid-sentence, is prose, not a headline)
        and not (_title_case(a) and len(a.strip()) < 90)
    ]
    cut = sorted(n for n, _ in pairs)
    if len(cut) < 5:
        return None
    width = cut[(len(cut) * 4) // 5 - 1]
    tol = min(22, max(8, width // 3))  # a word's length either side (narrower for a column)
    near = sum(1 for n in cut if width - tol <= n <= width + tol)
    if width > _MAX_WRAP or near < 0.6 * len(cut):
        return None
    if width < 40 and sum(bool(rx.match(r"[a-z0-9(]", b)) for _, b in pairs) < 0.4 * len(pairs):
        # a narrow column's sentences go on in lower case on the next line; a ticker of short
        # one-line items, each starting with a capital, is no column
        return None
    # Wrapped text has (almost) no line much wider than its width; a forum thread's short header
    # lines ("reply by … - 4 points") stop mid-sentence too, above posts one line long.
    text = [ln for ln in lines if ln.strip()]
    if sum(len(ln) > width + 25 for ln in text) > max(2, len(text) // 10):
        return None
    return width


def _title_case(s: str) -> bool:
    """A headline's capitals ("Kursk Governor Reports 3 Civilians Wounded"): not wrapped prose."""
    words = [w for w in rx.findall(r"[^\W\d_]{4,}", s)]
    return len(words) >= 3 and sum(w[0].isupper() for w in words) >= 0.7 * len(words)


def _indent(s: str) -> int:
    return len(s) - len(s.lstrip())


def _unwrap(lines: list[str]) -> list[str]:
    """Hard-wrapped text read as paragraphs: a line broken at the wrap width runs on into the
    next line, so that a sentence split over lines ("Shoigu said" / "North Korea would send
    1,000 sappers") is one sentence again. Lines stay apart where the first ends a sentence or
    is short (a heading, a paragraph's last line), or where the second starts something new (a
    list item, a key, a label, a heading in capitals). A hanging indent (an item's second line,
    indented under its text) always continues its item. Text with one paragraph per line is
    returned as it is."""
    width = _wrap_width(lines)
    if width is None:
        return _join_lower_runs(lines)
    out: list[str] = []
    last = ""  # the physical line that ends out[-1]
    table = _spaced_table_lines(lines)  # (session 23) a table's rows end at their lines
    for k, ln in enumerate(lines):
        s = ln.strip()
        apart = k in table or k - 1 in table
        if (
            s
            and out
            and out[-1].strip()
            and not s.isupper()
            and not apart
            and _continues(out[-1], last, ln, width)
        ):
            out[-1] = _run_on(out[-1], s)
        else:
            out.append(ln)
        last = ln
    return out


#: A lettered or roman sub-item: "a. …", "(b) …", "iv) …".
_SUB_ITEM = re.compile(r"(?:\(?[a-z]\)|[a-z]\.|[ivx]{1,4}[.)])\s")


def _join_lower_runs(lines: list[str]) -> list[str]:
    """Text too short to show its wrap width: a long line that stops mid-sentence goes on into the
    next line when that one starts in lower case ("… After the meeting, lawmaker Lee Seong-kweun" /
    "told reporters what the NIS said."). (round 61) A list item's hanging indent goes on with
    its item, as in wrapped text ("1. Western officials … about 1,000" / "   North Korean soldiers
    killed …" in a short quoted mail)."""
    out: list[str] = []
    for ln in lines:
        s = ln.strip()
        prev = out[-1] if out else ""
        if (
            s
            and _NEW_ITEM.match(prev.strip())
            and _indent(ln) > _indent(prev)
            and not _page_footer(ln, prev)
            and not _NEW_ITEM.match(s)
            and not _SUB_ITEM.match(s)  # ("  a. around 2,000 …" under "1. (U) NIS, …:": an item of its own)
            and not prev.rstrip().endswith(":")
        ):
            out[-1] = _run_on(prev, s)
        elif (
            s[:1].islower()
            and len(prev.strip()) >= 60
            and not _LINE_END.search(prev.rstrip())
            and _indent(ln) <= _indent(prev) + 4
            and not _NEW_ITEM.match(s)
            and not rx.match(r"(?:https?://|www\.)", s)  # a table's or an export's next row
            and '","' not in s
            and '","' not in prev
        ):
            out[-1] = _run_on(prev, s)
        else:
            out.append(ln)
    return out


#: A word broken over two lines at a hyphen: "law-" / "makers", "four thou-" / "sand" (PDF text).
_BROKEN_WORD = re.compile(r"(?<![\w-])(?P<w>[A-Za-z]*[a-z])-$")
#: Whole left halves whose hyphen is the word's own ("twenty-" / "five", "self-" / "propelled").
_OWN_HYPHEN = re.compile(
    r"(?i)twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|self|well|so|non|anti|ex|co|pro"
    r"|all|half|cross|long|short|high|low|full|part|first|second|third|north|south|east|west"
)


def _run_on(prev: str, s: str) -> str:
    """Line `prev` going on with line `s`: a space between, or, where a word was broken at a
    hyphen to wrap ("law-" / "makers"), the word whole again (a hyphen of the word's own stays:
    "twenty-five", "self-propelled")."""
    head = prev.rstrip()
    broken = _BROKEN_WORD.search(head)
    if not broken or not s[:1].islower():
        return f"{head} {s}"
    # the whole left half, not its ending: "recall-" / "ed" is one word broken, not "all-"
    return head + s if _OWN_HYPHEN.fullmatch(broken.group("w")) else head[:-1] + s


def _continues(first: str, last: str, ln: str, width: int) -> bool:
    """Whether wrapped line `ln` goes on with the paragraph that starts with line `first` and
    ends, so far, with line `last`."""
    s = ln.strip()
    if _NEW_ITEM.match(s) or not rx.search(r"[a-z]", last):
        return False  # nor does a heading in capitals, an index line or a rule run on
    if _page_footer(ln, first):
        return False
    if _indent(ln) > _indent(first):
        return True  # a hanging indent: the item's text goes on under itself
    # the same indent, or less: a paragraph whose first line is indented ("  By December the …")
    return _indent(ln) <= _indent(first) and len(last) >= 0.75 * width and not _ends_sentence(last, s)


def _page_footer(ln: str, above: str) -> bool:
    """(round 65) A page's footer set far to the right under a line, ending in the page's number
    and the count of pages ("POLS 4471 · Wk 2 · 2 / 9"): the page's edge, never the tail of the line
    above."""
    return _indent(ln) >= _indent(above) + 20 and rx.search(r"\S\s+\d{1,3}\s*/\s*\d{1,3}\s*$", ln) is not None


def _ends_sentence(last: str, s: str) -> bool:
    """Whether wrapped line `last` ends a sentence before line `s`. A quote or bracket closed
    straight after a word ('… said: "There are 11,000 of them"') ends the quote, not the
    sentence, when the next line goes on in lower case ("in the Kursk region.")."""
    if not _LINE_END.search(last):
        return False
    return not (rx.search(r"[\w,%]\s?[\"”’')\]]$", last.rstrip()) and rx.match(r"[a-z(]", s))


#: Headline shorthand for the two Koreas: "N. Korean troops", "S.Korea's spy agency", "NK soldiers".
_KOREA_SHORT = re.compile(
    r"\b(?:(?P<ns>[NS])\.\s?(?P<rest>Koreans?|Korea(?:'s|’s)?)|(?P<nk>NK)(?=\s+(?:troops|soldiers|forces)\b))"
)


def _korea_long(m: re.Match[str]) -> str:
    """The full name, so the side words read it ("N. Korean" -> "North Korean")."""
    if m.group("nk"):
        return "North Korean"
    return ("North " if m.group("ns") == "N" else "South ") + m.group("rest")


#: A code view's line number: "  4. [10.10.2024] Peskov …", " 12.", "17 | text".
_LINE_NO = re.compile(r"\s{0,3}(?P<n>\d{1,4})(?:\.|\s\|)(?:\s+|$)")


#: A numbered line's indentation after the number and its text.
_NUMBERED = re.compile(r"\s{0,3}\d{1,4}(?:\.|\s\|)(?P<pad>\s*)(?P<t>.*)")


#: (round 51) A factbox's item, the figure first and its source after a colon: "- More than 6,000
#: casualties in Kursk: UK Defence Intelligence, in an intelligence update on X on Sunday."
_FIG_START = (
    r"(?:~|≈|(?:about|around|roughly|some|approximately|more\s+than|over|at\s+least|up\s+to|nearly|almost"
    r"|as\s+many\s+as)\s+)?\d[\d,.]*(?:\s*[-–]\s*\d[\d,.]*)?"
)
#: A month's name or its short form: "Dec.", "December", "Sept".
_MONTH_WORD = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
_FACTBOX_ITEM = re.compile(
    # (a timeline's "* 12 January 2025: …" is a day, not a figure)
    rf"\s*[-•*–■▪]\s+(?P<fig>(?i:{_FIG_START})(?!\d)(?!\s+{_MONTH_WORD}(?:\s|,|$))\s+[^:]{{1,140}}?):\s+"
    r"(?P<src>(?:(?:[Aa]n?|[Tt]he)\s+[A-Za-z]|[A-Z])[^,:;.\"“]{1,80}?)(?P<rest>,\s+[^:]{1,160}?)?\.?\s*"
)
#: (round 64) A key-facts card's item led by its figure, its source in brackets at the end:
#: "- At least 30 - North Korean soldiers killed or wounded near … (HUR, on Telegram on Monday)".
_LED_ITEM = re.compile(
    rf"\s*[-•*–■▪]\s+(?P<fig>(?i:{_FIG_START}))(?!\d)\s+[-–—]\s+(?P<what>[A-Za-z][^()]{{3,300}}?)\.?\s*"
    r"\((?P<src>(?:[Tt]he\s+)?(?:[Ss]ame\s+)?[A-Z][^()]{2,200})\)\s*\.?\s*"
)
#: (round 64) A "by the numbers" line led by its figure and a dash, no bullet: "~1,000 - North
#: Korean soldiers believed killed …", "4,000+ - North Korean soldiers lost in Kursk …".
_DASH_LED = re.compile(rf"\s*(?P<fig>(?i:{_FIG_START})\+?)(?!\d)\s+[-–—]\s+(?P<what>[A-Za-z\"“].{{10,}})")
#: A source in square brackets ending an item: "… [SSO, Telegram, 23 Dec]".
_BRACKET_SOURCE = re.compile(r"(?P<what>.*?)[\s.,]*\[(?P<src>[A-Z][^\[\]]{2,200})\]\s*\.?\s*")


#: A figure's "~" or "≈": "about" as the reader reads it.
_ABOUT_MARK = re.compile(r"^[~≈]\s*")


def _source_first(src: str, fig: str, what: str) -> str:
    """(round 64) An item's figure and text with its source put first, as a speaker's label the
    reader reads: "Ukraine's military intelligence, HUR, on Telegram on Monday: at least 30 North
    Korean soldiers …" ("Same HUR post" is "the same HUR post")."""
    src = rx.sub(r"^(?:the\s+)?same\s+", "the same ", src.strip().rstrip("."), flags=re.I)
    fig = _ABOUT_MARK.sub("about ", fig)
    return f"{src[:1].upper()}{src[1:]}: {fig[:1].lower()}{fig[1:]} {what.rstrip('.')}."


def _led_by(fig: str, text: str) -> str:
    """(round 64) An item's figure and text, read as a sentence: its source in square brackets at
    the end put first ("… in Kursk Oblast [SSO, Telegram, 23 Dec]" → "SSO, Telegram, 23 Dec: 77 …
    in Kursk Oblast."), else the figure before the text."""
    m = _BRACKET_SOURCE.fullmatch(text)
    if m is None:
        return _ABOUT_MARK.sub("about ", fig) + " " + text
    return _source_first(m.group("src"), fig, m.group("what"))


#: (round 51) A numbers box's heading naming its source: "KEY NUMBERS (NIS parliamentary briefing,
#: Wednesday)"; its items ("- ~600: North Korean soldiers killed") are that source's figures.
_NUMBERS_BOX = re.compile(
    r"(?i:key\s+numbers|key\s+figures|by\s+the\s+numbers|numbers\s+of\s+the\s+day)\s*"
    r"\((?P<src>[^,()]{2,60})(?:,\s*(?P<when>[^()]{2,40}))?\)\s*:?\s*"
)
#: A speech verb or "according to" in a factbox item: the item names its own source already.
_ATTRIBUTED = re.compile(r"\b(?:said|says|say|told|according|per)\b")
#: The same in a numbers box's item, and the words of someone else's figure ("(Ukraine's estimate)").
_OTHER_SOURCE = re.compile(rf"\(|{_ATTRIBUTED.pattern}|\b(?:estimates?|claims?|claimed)\b|['’]s\b")
#: A day as a numbers box's heading gives it: "Wednesday", "Dec 12", "12 December".
_DAY_WORDS = (
    rf"(?:mon|tues|wednes|thurs|fri|satur|sun)day|{_MONTH_WORD}\s+\d{{1,2}}|\d{{1,2}}\s+{_MONTH_WORD}"
)
_BOX_ITEM = re.compile(
    rf"\s*[-•*–■▪]\s+(?P<fig>(?i:{_FIG_START}))\s*:\s+(?P<what>[A-Za-z][^:]{{1,140}}?)\.?\s*"
)


def _bullet_text(line: str) -> str:
    """A list item's text without its bullet: what the report prints as the item."""
    return rx.sub(r"^\s*[-•*–■▪]\s+", "", line).strip()


#: A weekday as a deck or a digest abbreviates it: "Mon", "Thu", "Tues".
_WEEKDAY_ABBR = r"(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\.?"

#: (round 58) A numeric date with slashes: "11/05/2024" (its order is the page's, not fixed).
_SLASH_DATE = re.compile(r"(?<![\d/.])(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<y>(?:19|20)\d{2})(?![\d/])")


#: (round 59) A slash date with a time in a US time zone: a US page, month first.
_US_ZONE_STAMP = re.compile(
    r"\b\d{1,2}/\d{1,2}/(?:19|20)\d\d,?\s+\d{1,2}:\d{2}\s*(?:[AaPp]\.?[Mm]\.?\s*)?(?:ET|EST|EDT|CT|CST|CDT|PT|PST|PDT)\b"
)


def _month_first_dates(lines: list[str]) -> list[str]:
    """(round 58) A page that writes its numeric dates month first, as US agencies and government
    pages do ("Date: 11/05/2024 01:12 AM", "Date of shooting: 11/04/2024, 10/31/2024"), with its
    dates written out as ISO dates to be read (the quote keeps them as printed). The reader takes
    "11/05/2024" day first, as European datelines are; a page is month first only on evidence: one
    of its slash dates can only be month first ("10/31/2024"), or one reads month first as a date the
    page also spells out ("09/02/2025" beside "2 September 2025"), and none can only be day first."""
    text = "\n".join(lines)
    found = [(int(m["a"]), int(m["b"]), int(m["y"])) for m in _SLASH_DATE.finditer(text)]
    if not found or any(a > 12 and b <= 12 for a, b, _ in found):
        return lines
    us_zone = _US_ZONE_STAMP.search(text) is not None  # (round 59) "Aired 11/05/2024 6:30 PM ET"
    if not any(b > 12 for _, b, _ in found) and not us_zone:  # (none can only be month first: words decide)
        spelled = {
            (d.first.month, d.first.day, d.first.year)
            for d in find_dates(_SLASH_DATE.sub(" ", text), date(2100, 1, 1))
            if d.precision == "day" and d.kind != "numeric_day" and rx.search(r"(?:19|20)\d{2}", d.text)
        }
        if not any((a, b, y) in spelled and (b, a, y) not in spelled for a, b, y in found):
            return lines

    def iso(m: re.Match[str]) -> str:
        a, b = int(m["a"]), int(m["b"])
        if a > 12 or b > 31:
            return m.group(0)
        read = f"{m['y']}-{a:02d}-{b:02d}"
        _note_rewrite("part", read, m.group(0))
        return read

    def words(m: re.Match[str]) -> str:
        months = [int(m["m1"]), int(m["m2"] or m["m1"])]
        days = [int(m["d1"]), int(m["d2"] or m["d1"])]
        if not all(1 <= x <= 12 for x in months) or not all(1 <= x <= 31 for x in days):
            return m.group(0)
        one, two = (f"{d} {MONTH_NAMES[k - 1]}" for d, k in zip(days, months, strict=True))
        read = one if not m["d2"] else f"{days[0]}-{two}" if months[0] == months[1] else f"{one}-{two}"
        _note_rewrite("part", f"{m['lead']}{read}", m.group(0))
        return f"{m['lead']}{read}"

    # (round 65) and its days written without their year where a day goes ("Mon 12/16", "press
    # briefing, 12/16)", "12/14-12/15", "week of 12/16"), as words: a slide's "1/5" is no day
    return [_YEARLESS_SLASH_DAY.sub(words, _SLASH_DATE.sub(iso, ln)) for ln in lines]


#: (round 65) A month-first day without its year: after a weekday, after a comma or "of" at an item's
#: end, or as a range of days.
_YEARLESS_SLASH_DAY = re.compile(
    rf"(?P<lead>(?:^|(?<=\s)){_WEEKDAY_ABBR}\s+|(?<=,)\s*(?=\d{{1,2}}/\d{{1,2}}\s*(?:[),;:]|$))"
    r"|(?<=\bof)\s+(?=\d{1,2}/\d{1,2}\s*(?:[),;:]|$))|(?<![\d/.\w])(?=\d{1,2}/\d{1,2}\s*[-–]\s*\d{1,2}/))"
    r"(?P<m1>\d{1,2})/(?P<d1>\d{1,2})(?:\s*[-–]\s*(?P<m2>\d{1,2})/(?P<d2>\d{1,2}))?(?![\d/])"
)


#: (round 58) A slide deck pasted as text: slide markers ("Slide 3 –", "3 |", "slide 3/7") or a
#: presentation named in its first lines.
_SLIDE_MARK = re.compile(
    r"(?i)^\s*(?:slide\s+\d{1,3}\b|\d{1,2}\s*\|\s)|\bslide\s+\d{1,3}\s*/\s*\d{1,3}\b"
    r"|\bpage\s+\d{1,3}\s*(?:/|of)\s*\d{1,3}\s*$"
    # (round 65) a slide's number and the deck's length before its title ("7 / 24  The figures"), or
    # a PDF of slides' footer ending in them ("POLS 4471 · Wk 2 · 2 / 9")
    r"|\S\s+[·|]\s+\d{1,2}\s*/\s*\d{1,2}\s*$"
)
_DECK_NAME = re.compile(
    r"(?i)\b(?:slides\s+(?:with|for|as|from)|(?:seminar|lecture|talk|board|webinar|conference)\s+slides"
    r"|slide\s+(?:pack|deck)|deck\b|keynote|powerpoint|google\s+slides|poster\b|outline\s+view)"
)
#: (round 65) How a deck was pasted, in a note under a title of several lines: "[Slides exported from
#: Keynote as text]", "(text copied from the PDF; one block per slide)", "… from the PDF of the slides".
_DECK_PASTED = re.compile(
    r"(?i)\b(?:slides\s+exported|exported\s+from\s+(?:keynote|powerpoint|google\s+slides)|keynote\s+(?:export|text)"
    r"|powerpoint|google\s+slides|outline\s+view|(?:one|a)\s+\w+\s+per\s+slide\b|pdf\s+of\s+(?:the\s+)?slides\b)"
)
#: (round 65) A slide's number and the deck's length opening its title: "7 / 24  The figures".
_SLIDE_OF = re.compile(r"^\s*\d{1,2}\s*/\s*(?P<of>\d{1,2})\s{2,}[A-Z]")
#: A slide's heading: "Slide 3 – South Korea's JCS (statement, 27.03.25)", "5 | Kirby (NSC), …".
_SLIDE_HEAD = re.compile(
    r"^\s*(?:[Ss]lide\s+\d{1,3}\s*[–—:-]|\d{1,2}\s*\||\d{1,2}\s{2,}(?=\S)"
    # (round 65) "Slide 1 of 8: Timeline", "7 / 24  The figures …", "p.3  Russia, …", "[2] Pyongyang, …"
    r"|[Ss]lide\s+\d{1,3}\s+of\s+\d{1,3}\s*[:–—-]|\d{1,2}\s*/\s*\d{1,2}\s{2,}|p\.\s?\d{1,3}\s{2,}|\[\d{1,2}\]\s+)"
    r"\s*(?P<title>.+)$"
)
#: (round 65) A slide's number alone on its line, its title on the next: "Slide 3", "— 2 —".
_SLIDE_ALONE = re.compile(r"\s*(?:[Ss]lide\s+\d{1,3}|[—–-]\s*\d{1,3}\s*[—–-])\s*")
#: A bullet's source label before its figures: "• NIS (statement to AFP, Jan-12): …".
_DECK_LABEL = re.compile(
    r"^\s*(?:[-•*–■▪○◦·]\s+)?(?P<label>[A-Z\"“\d][^:]{1,110}?):\s+(?P<rest>.*(?:\d|\b(?:thousand|hundred|two|three|four|five|six|seven|eight|nine|ten)\b).*)$"
)
#: (round 65) A labelled bullet with no figure that tells a deployment, a part in the fighting or a
#: place retaken: "• NATO (Mark Rutte, press conference, 28 Oct): North Korean units deployed to …".
_DECK_PLAIN_LABEL = re.compile(
    r"^\s*(?:[-•*–■▪○◦·]\s+)?(?P<label>[A-Z\"“\d][^:]{1,110}?):\s+(?P<rest>.*\b(?:deployed|took\s+part|retaken"
    r"|recaptured|liberated)\b.*)$"
)
#: (round 65) A bullet that opens on its day and then gives its label: "• 13 Mar: Russian MoD
#: (Telegram): Sudzha retaken".
_DECK_DAY_THEN_LABEL = re.compile(
    r"^(?P<lead>\s*[-•*–■▪○◦·]\s+)(?P<day>[^:,()]{3,16}):\s+(?P<who>[A-Z][^:()]{1,60}?)\s*"
    r"(?:\((?P<how>[^()]{2,40})\))?:\s+(?P<rest>\S.*)$"
)
#: (round 65) A bullet that opens on its day and tells what was done: "○ 2025.4.28. North Korea
#: confirms the deployment", "• 31 Jan: Kremlin spokesman Dmitry Peskov declined to comment …".
_DECK_DAY_CLAUSE = re.compile(
    r"^\s*[-•*–■▪○◦·]\s+(?P<day>(?:\d{4}\.\s?\d{1,2}\.\s?\d{1,2}\.?|\d{1,2}(?:-\d{1,2})?\s+[A-Z][a-z]{2,8}\.?"
    r"(?:\s+\d{4})?|[A-Z][a-z]{2,8}\s+\d{1,2}))(?:\s*\((?P<night>night)\))?"
    r"[:.]?\s+(?P<clause>[A-Z][\w'’.,-]*(?:\s+[\w'’.,-]+)*?\s+(?:[a-z]+s|[a-z]+ed|has\s+\w+|had\s+\w+"
    r"|cross|enter|strike|take|retake|launch)\b[^:]*)$"
)
#: (round 65) A bullet that tells a stance in a sentence of its own (no label, no figure): "• The NIS
#: statement confirms Zelenskyy's announcement", "◦ same day: the NIS said only that it was checking".
_DECK_STANCE_SENTENCE = re.compile(
    r"^\s*[-•*–■▪○◦·]\s+(?P<same>(?i:(?:the\s+)?same\s+day)[:,]\s+)?(?P<clause>(?:[A-Z]|the\s)[^:]*?\b(?:confirms"
    r"|confirmed|denies|denied|declined|dismissed|rejected|acknowledges|acknowledged|said\s+only)\b[^:]*)$"
)
#: (round 65) A bullet whose label is who and whose text is their words in quotation marks, perhaps
#: after what they were said of: 'Peskov, 10 Oct: reports of North Korean troops "another piece of
#: fake news"'.
_DECK_QUOTED = re.compile(
    r"^\s*[-•*–■▪○◦·]\s+(?P<label>[A-Z][^:\"“]{1,110}?):\s+(?P<rest>(?:[a-z][^\"“:;\d]{0,60}\s)?[\"“][^\"”\d]{3,120}[\"”])\s*$"
)
#: (round 65) A timeline's historical present, read as what was done: "Putin visits a command post",
#: "Ukrainian forces cross into Kursk Oblast" (the first verb of a dated bullet).
_DECK_PAST = {
    "visit": "visited",
    "cross": "crossed",
    "enter": "entered",
    "launch": "launched",
    "strike": "struck",
    "hit": "hit",
    "capture": "captured",
    "retake": "retook",
    "recapture": "recaptured",
    "take": "took",
    "liberate": "liberated",
    "declare": "declared",
    "announce": "announced",
    "confirm": "confirmed",
    "decorate": "decorated",
    "withdraw": "withdrew",
}
_DECK_PRESENT = re.compile(
    r"(?<=[a-z\s,])\b(?P<verb>visit|cross|enter|launch|strike|hit|capture|retake|recapture|take|liberate|declare"
    r"|announce|confirm|decorate|withdraw)(?:s|es)?\b(?!\s+(?:of|by)\b)"
)


def _deck_past(m: re.Match[str]) -> str:
    return _DECK_PAST[m.group("verb")]


#: (round 65) A bullet whose label is who and whose text is what they did: "• Russia's mission to
#: the UN: declined to comment", "• General Staff: has not confirmed …", "(same day): denied that …".
_DECK_STANCE = re.compile(
    r"^\s*(?:[-•*–■▪○◦·]\s+)?(?P<label>[A-Z][^:]{1,80}?):\s+(?P<rest>(?:declined|refused|did\s+not|does\s+not"
    r"|has\s+not|have\s+not|had\s+not|would\s+not|denied|denies|dismissed|rejected|confirmed|confirms"
    r"|neither\s+confirmed)\b.*)$"
)
#: (round 65) A bullet that names its speaker and verb after a label of day and occasion: "Mon 6
#: Jan, nightly video address: Zelenskyy puts Russian losses … at more than 38,000".
_DECK_SPEAKER_LEAD = re.compile(
    r"(?P<who>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})\s+(?:puts|says|announces|claims|estimates|reports|tells"
    r"|gives|writes|posts|cites)\b"
)
_DECK_COUNT = re.compile(
    r"(?i)\b(?:KIA|WIA|MIA|POWs?|killed|wounded|injured|dead|casualt\w*|troops|soldiers|servicemen|"
    r"captured|missing|losses|lost|losing|engineers|sappers|builders)\b"
)
_DECK_ABBREVIATIONS = (
    (re.compile(r"\bKIA\s*(?:\+|/|&|and)\s*WIA\b"), "killed or wounded"),
    (re.compile(r"\bKIA\b"), "killed"),
    (re.compile(r"\bWIA\b"), "wounded"),
    (re.compile(r"\bMIA\b"), "missing"),
    (re.compile(r"\bPOWs\b"), "prisoners of war"),
    (re.compile(r"\bPOW\b"), "prisoner of war"),
    (re.compile(r"\bUA\b"), "Ukraine's"),
    (re.compile(r"\bRU\b"), "Russian"),
    # (round 65) "NK captured: 2", "NK killed": North Korean, whose soldiers the next rule counts
    (re.compile(r"\bNK(?=\s+(?:killed|wounded|dead|captured|missing)\b)"), "North Korean"),
    (re.compile(r"(?<![\w~])~\s?(?=\d)"), "about "),
    # "DPRK killed or wounded": whose people, as a noun the reader counts
    (
        re.compile(
            r"\b(DPRK|North\s+Korean|Russian|Ukrainian)\s+(?=(?:killed|wounded|missing|captured|dead)\b)"
        ),
        r"\1 soldiers ",
    ),
)
_DECK_CHANNEL = re.compile(
    r"(?i)\b(?:telegram|facebook|social\s+media|statement|briefing|interview|address|update|notice|post|"
    r"report|conference|speech|call|meeting|remarks|website|on\s+X)\b|^X$"
)
_DECK_NAMED_CHANNEL = re.compile(r"(?i)^(?:telegram|facebook|social\s+media|X)$")
_DECK_NUMERIC_DAY = re.compile(
    r"^(?:[A-Z][a-z]{2,3}\s+)?(?P<d>\d{1,2})[./](?P<m>\d{1,2})(?:[./](?P<y>\d{2}|\d{4}))?\.?$"
    # (round 65) Korean order, year first: "2025.4.30.", "2025.4.26. (Sat)"
    r"|^(?P<ky>\d{4})\.\s?(?P<km>\d{1,2})\.\s?(?P<kd>\d{1,2})\.?(?:\s*\([A-Z][a-z]{2}\))?$"
)
_MONTH_DASH_DAY = re.compile(
    rf"^(?P<mon>{_MONTH_WORD})-(?P<d>\d{{1,2}})$|^(?P<d2>\d{{1,2}})-(?P<mon2>{_MONTH_WORD})$"
)


def _is_deck(lines: list[str]) -> bool:
    """Whether the text is a slide deck: two slide or page markers, or a deck named at the top."""
    marks = sum(_SLIDE_MARK.search(ln) is not None for ln in lines)
    # (round 65) "7 / 24  …", "8 / 24  …": slides numbered out of one deck's length (a table's
    # month-first days, "12/16  HUR …", are out of no one length)
    lengths = Counter(m.group("of") for ln in lines if (m := _SLIDE_OF.match(ln)) is not None)
    # (round 65) the note on how it was pasted may sit under a title of three or four lines
    top = [ln for ln in lines if ln.strip()][:6]
    return (
        marks >= 2
        or any(n >= 2 for n in lengths.values())
        or any(_DECK_NAME.search(ln) for ln in lines[:4])
        or any(_DECK_PASTED.search(ln) for ln in top)
    )


def _deck_date(part: str) -> str:
    """A label's date as words the reader dates: "27.03.25" -> "on 27 March 2025", "23/12" -> "on
    23 December", "Jan-13" -> "on 13 January", "Tue 2 Sept" -> "on Tue 2 Sept", "July" -> "in July"."""
    part = part.strip()
    m = _DECK_NUMERIC_DAY.match(part)
    if m is not None and m.group("ky"):
        kday, kmonth = int(m.group("kd")), int(m.group("km"))
        if 1 <= kmonth <= 12 and 1 <= kday <= 31:
            return f" on {kday} {MONTH_NAMES[kmonth - 1]} {m.group('ky')}"
        m = None
    if m is not None and 1 <= int(m.group("m")) <= 12 and 1 <= int(m.group("d")) <= 31:
        year = m.group("y") or ""
        year = f" 20{year}" if len(year) == 2 else f" {year}" if year else ""
        return f" on {int(m.group('d'))} {MONTH_NAMES[int(m.group('m')) - 1]}{year}"
    m = _MONTH_DASH_DAY.match(part)
    if m is not None:
        mon, day = m.group("mon") or m.group("mon2"), m.group("d") or m.group("d2")
        return f" on {day} {mon.rstrip('.')}"
    if find_dates(part, date(2025, 12, 31)) and rx.search(r"\d", part):  # (any day: is it a date?)
        return f" on {part}"
    if rx.fullmatch(rf"(?:(?i:early|mid|late)[- ])?{_MONTH_WORD}(?:\s+\d{{4}})?", part):
        return f" in {part}"  # (round 65) "Early Jan": a month, early in it
    if part.lower() in ("today", "yesterday"):
        return f" {part.lower()}"
    return ""


def _deck_source(label: str) -> tuple[str, str, str] | None:
    """A label's (source, channel words, date words): "Zelenskyy (Telegram, 23/12)" -> ("Zelenskyy",
    " on Telegram", " on 23 December"). The source is "" where the label opens on its date ("Sun
    15.06 – update on X": the slide's heading names the source), and None where it opens on no name."""
    label = rx.sub(r"\s*\(via\s[^()]*\)|,?\s+via\s+[^,()]+", "", label).strip()
    head = rx.split(r"\s*[(,–—]\s*|\s+-\s+", label, maxsplit=1)
    src = head[0].strip(' "“”')
    parts = [p.strip(' )"“”') for p in rx.split(r"[(),;–—]|\s+-\s+", label[len(head[0]) :]) if p.strip(" )")]
    when = how = ""
    extra: list[str] = []
    lead = _deck_leading_day(src)
    if lead is not None:  # (round 65) "Mon 23.12. Zelenskyy (Telegram)": the day, then who
        when, src = lead
    elif _deck_date(src) or rx.match(_WEEKDAY + r"\s", src):
        parts, src = [src, *parts], ""
        # (round 65) "Mon 13 Jan, NIS to lawmakers (parliamentary briefing)": who follows the day
        named = parts[1] if len(parts) > 1 and _deck_named_part(parts[1]) else None
        if named is not None:  # (right after the day: "speech …, (Ramstein)" is where, not who)
            parts.remove(named)
            src = named
    for part in parts:
        day = _deck_date(part)
        if day and not when:
            when = day
        elif _DECK_CHANNEL.search(part) and not how:
            how = _deck_channel_words(part)
        elif (
            part
            and not rx.search(r"\d", part)
            and not rx.match(r"(?i)(?:relayed|cited|as|via)\b", part)
            and not rx.fullmatch(_WEEKDAY, part)  # ("2025.4.30. (Wed)": the day's name)
        ):
            extra.append(part)
    if src and not rx.match(r"[A-Z]", src):
        return None
    # (round 65) who and how in one part: "NIS statement to AFP", "MoD statement", "NIS to lawmakers"
    joined = _DECK_WHO_HOW.fullmatch(src)
    if joined is not None and not how:
        src, how = joined.group("who"), _deck_channel_words(joined.group("how"))
    told = rx.fullmatch(
        r"(?P<who>[A-Z][\w'’.&-]*(?:\s+[A-Z][\w'’.&-]*){0,3})\s+to\s+(?P<whom>[a-z]\w+|the\s+[A-Z].{2,60})",
        src,
    )
    if told is not None:
        src, how = told.group("who"), f" to {told.group('whom')}{how}"
    if src and extra and all(rx.fullmatch(r"[A-Za-z][\w'’ .&-]{1,40}", e) for e in extra):
        src = f"{src} ({', '.join(extra)})"  # "Budanov (HUR)", "Romanov (milblogger)": who, not how
    capital = _DECK_BODY_CAPITAL.fullmatch(src)
    if capital is not None:  # (round 59) "JCS Seoul": Seoul's JCS, not Seoul
        src = f"{capital.group('city')}'s {capital.group('body')}"
    if src and _DECK_NOT_SOURCE.match(src):
        return None  # (round 65) a chart's labels, the notes, a footer: nobody's statement
    return src, how, when


def _deck_channel_words(part: str) -> str:
    """A label's channel as the words the reader takes: "Telegram" -> " on Telegram", "press
    briefing" -> " at a press briefing", "statement to AFP" -> " in a statement to AFP"."""
    if _DECK_NAMED_CHANNEL.match(part):
        return f" on {part}"
    lead = part.split()[0].lower()
    article = (
        ""
        if lead in ("the", "a", "an", "his", "her", "its", "their")
        else ("an " if part[:1].lower() in "aeiou" else "a ")
    )
    at = rx.match(r"(?i)(?:(?:press|parliamentary|closed-door)\s+)?briefing\b", part) is not None
    return f" {'at' if at else 'in'} {article}{part}"


def _deck_leading_day(src: str) -> tuple[str, str] | None:
    """(round 65) A label part that opens on its day and goes on with a name: "Mon 23.12. Zelenskyy"
    -> (" on 23 December", "Zelenskyy"); None where it does not."""
    words = src.split()
    for k in range(min(3, len(words) - 1), 0, -1):
        day = _deck_date(" ".join(words[:k]))
        rest = " ".join(words[k:]).lstrip(",: ")
        if day and rx.match(r"[A-Z][a-zA-Z]", rest) and not _deck_date(rest):
            return day, rest
    return None


def _deck_named_part(part: str) -> bool:
    """Whether a label's part names a speaker: capitalised, no day, no aside, no occasion unless
    after a name ("Western officials briefing the BBC")."""
    return (
        rx.match(r"[A-Z][\w'’.-]", part) is not None
        and not _deck_date(part)
        and (not _DECK_CHANNEL.search(part) or _DECK_WHO_HOW.fullmatch(part) is not None)
        and not _DECK_CHANNEL.match(part)
        and not _DECK_NOT_SOURCE.match(part)
        and not rx.search(r"\d", part)
    )


#: (round 65) A speaker and the occasion in one part of a label: "NIS statement to AFP", "MoD
#: statement", "NIS closed-door briefing", "NIS press notice".
_DECK_WHO_HOW = re.compile(
    r"(?P<who>[A-Z][\w'’.&-]*(?:\s+[\w'’.&-]+){0,3}?)\s+(?P<how>(?:(?:press|closed-door|parliamentary|nightly"
    r"|video|written|joint|official|anonymous)\s+){0,2}"
    r"(?:statement|briefing|notice|post|address|update|interview|conference|remarks|website)\b.*)"
)
#: (round 65) A slide's labels that name no speaker: a chart's parts, the notes, a footer, the
#: deck's own sections and house rules.
_DECK_NOT_SOURCE = re.compile(
    r"(?i)(?:(?:data\s+)?labels?|bars?|columns?|axis(?:\s+ticks)?|[xy][- ]?axis|(?:vertical|horizontal)\s+axis"
    r"|ticks|legend|chart|notes?|(?:speaker|presenter)\s+notes|sources?|footer|timing|distribution|deadline"
    r"|agenda|headline\b.*|dateline|house\s+style|style|exercise|task|q\d+|questions?|summary|bottom\s+line"
    r"|key\s+judgements?|checklist|readings?|office\s+hours|next\b.*|our\b.*|.*#\d.*"
    # a training slide's examples and answers: "Wrong:", "Bad lede:", "Example headline:", "Quiz:"
    r"|wrong|right|correct|incorrect|bad\b.*|good\b.*|.*\bexamples?|examples?\b.*|hypothetical\b.*|quiz"
    r"|answer|tip|rule|draft|lede|.*\bheadline|word\s+limit)\s*(?:\(.*\))?$"
)
#: (round 65) A training slide whose bullets are examples, wrong or right, and exercises, not the
#: sources' statements: "8 / 24  Don't", "Exercise (hypothetical: not a real claim)", "Quiz".
_DECK_DRILL_TITLE = re.compile(
    r"(?i)(?:do|don['’]?t|dos\s+and\s+don['’]?ts|do\s+and\s+don['’]?t|exercise|quiz|practice|test\s+yourself"
    r"|wrong\s+examples?|bad\s+examples?|common\s+mistakes|mistakes|pitfalls|hypothetical)\b.*"
)
#: (round 65) A label that says what is counted, not who counted it: "North Korean killed in
#: Kursk", "sent to Russia in total", "Russian losses in the Kursk zone since 6 Aug 2024".
_DECK_COUNTED = re.compile(
    r"(?i)\b(?:KIA|WIA|MIA|POWs?|killed|wounded|injured|dead|deaths|casualt\w*|captured|missing|losses"
    r"|lost|sent|deployed|arrived)\b"
)
#: (round 65) A running header or footer of a PDF of slides: its text, then the page's number.
_DECK_PAGE_LINE = re.compile(r"\s*(?P<key>\S.*?\S)(?:\s{2,}|\s+[·|]\s+)\d{1,3}(?:\s*/\s*\d{1,3})?\s*")
#: (round 65) A nation whose troops a deck counts, as its title or a slide names them.
_DECK_NATION = re.compile(r"\b(North\s+Korean?|DPRK|NK|Russian|Ukrainian)\b")
#: A nation's people as a bullet counts them: "North Korean killed", "DPRK troops".
_DECK_NATION_PEOPLE = re.compile(
    rf"{_DECK_NATION.pattern}\s+(?:troops|soldiers|servicemen|forces|units|killed|wounded|dead|casualties|losses)\b"
)
#: People a bullet counts: its figure needs no noun from the title.
_DECK_PEOPLE = re.compile(
    r"(?i)\b(?:troops|soldiers|servicemen|forces|personnel|sappers|engineers|builders|workers|North\s+Koreans"
    r"|KIA|WIA|MIA|POWs?|killed|wounded|injured|dead|casualt\w*|captured|missing|losses|them)\b"
)
#: A deployment's verb or place in a verbless bullet ("sent to Russia", "now in Russia", "in the
#: Kursk region").
_DECK_DEPLOYED = re.compile(
    r"(?i)\b(?:sent|deployed|arrived|dispatched|now\s+in|in\s+the\s+Kursk\s+region|in\s+Kursk)\b"
)
#: A verbless batch: "1,000 sappers "to demine …"", "5,000 military builders to restore …".
_DECK_BATCH = re.compile(
    r"(?P<fig>(?:about\s+|around\s+)?\d[\d,]*)\s+(?P<noun>(?:[a-z]+\s+)?(?:sappers|builders|engineers|workers))"
    r"\s+(?P<tail>[\"“]?to\s+[a-z].*)"
)


#: (round 65) A day and month with their dots and no year: "26.12.".
_DECK_DOTTED_DAY = re.compile(r"(?<![\d.])(?P<d>[0-3]?\d)\.(?P<m>[01]?\d)\.(?![\d.])")


def _deck_nation(text: str) -> str:
    """The nation a deck's line names, as the adjective of its troops ("" when none)."""
    m = _DECK_NATION.search(text)
    if m is None:
        return ""
    word = " ".join(m.group(1).split())
    return "North Korean" if word in ("North Korea", "DPRK", "NK") else word


def _deck_running(lines: list[str]) -> set[str]:
    """(round 65) A PDF of slides' running header or footer: a line printed on two pages or more,
    its page number aside ("HCSS | Kursk Monitor #6 | 12/20/2024   3", "POLS 4471 · Wk 2 · 2 / 9")."""
    keys = Counter(
        " ".join(m.group("key").split()) for ln in lines if (m := _DECK_PAGE_LINE.fullmatch(ln)) is not None
    )
    return {k for k, n in keys.items() if n >= 2}


_DECK_BODY_CAPITAL = re.compile(
    r"(?P<body>[A-Z][A-Za-z]{1,5})\s+(?P<city>Seoul|Kyiv|Kiev|Moscow|Washington|Pyongyang|London)"
)
#: (round 65) A slide's title that says whose count it gives: "Russia's count of Ukrainian losses".
_DECK_OWNER = re.compile(
    r"(?P<state>Russia|Ukraine|North\s+Korea|South\s+Korea)['’]s\s+(?:count|figures|numbers|claims|estimates?|tally)\b"
)
#: A body a deck names without its state: "MoD", "Defence Ministry", "General Staff".
_DECK_BARE_BODY = re.compile(
    r"(?:the\s+)?(?:MoD|MOD|Defen[cs]e\s+Ministry|Ministry\s+of\s+Defen[cs]e|General\s+Staff)"
)
#: (round 65) A slide's title that is a place or a capital alone, with its day: "Pyongyang, Tue 17
#: June", "Russia, 2025.4.26. (Sat)": where it was said, not who said it.
_DECK_PLACE_TITLE = re.compile(
    r"(?:Seoul|Kyiv|Kiev|Moscow|Washington|Pyongyang|London|Kursk|Russia|Ukraine|North\s+Korea|South\s+Korea"
    r"|the\s+Kremlin|Brussels|Beijing|Tokyo)"
)


def _deck_figures(rest: str, nation: str = "") -> str:
    """A bullet's terse figures as words: abbreviations spelt out ("~300 KIA" -> "about 300
    killed"), a figure set after what it counts put first ('DPRK KIA+WIA in Kursk "over 3,000"');
    (round 65) a deployment's figure with no noun given the troops of the nation the deck counts
    ("11,000-12,000 now in Russia" -> "11,000-12,000 North Korean troops now in Russia"), and a
    batch given its verb ("1,000 sappers "to demine …"" -> "1,000 sappers to be sent …")."""
    for pat, word in _DECK_ABBREVIATIONS:
        rest = pat.sub(word, rest)
    # (round 65) a day written as a deck writes it, day and month with their dots ("on 26.12."), as words
    rest = _DECK_DOTTED_DAY.sub(
        lambda m: f"{int(m['d'])} {MONTH_NAMES[int(m['m']) - 1]}" if 1 <= int(m["m"]) <= 12 else m.group(0),
        rest,
    )
    late = rx.match(
        r"^(?P<what>[A-Za-z][^\d\"“]{3,80}?)\s+[\"“]?(?P<fig>(?:over|more\s+than|about|around|at\s+least|some|"
        r"nearly|almost|roughly|approaching)?\s*\d(?:[\d,.]*\d)?\+?)[\"”]?(?P<tail>\s+[–—-]\s.*|[;,]\s.*)?$",
        rest,
    )
    if late is not None and not rx.match(
        r"(?i)(?:over|more|about|around|at|some|nearly|almost|roughly|approaching)\b", rest
    ):
        what = late.group("what").rstrip(":")
        what = (
            what[:1].lower() + what[1:]
            if rx.fullmatch(r"[A-Z][a-z]+", what.split()[0]) and not _DECK_NATION.match(what)
            else what
        )
        rest = f"{late.group('fig').strip()} {what}{late.group('tail') or ''}"
    present = rx.fullmatch(
        r"(?P<np>[\"“]?(?:as\s+many\s+as|up\s+to|over|more\s+than|about|around|some|nearly)?\s*\d[\d,]*\+?[\"”]?"
        r"(?:\s+[A-Z][a-z]+){0,2}\s+(?:soldiers|troops|servicemen))\s+(?P<tail>(?:now\s+)?in\s+(?:the\s+)?[A-Z].*)",
        rest,
    )
    if present is not None:
        # (round 65) "as many as 8,000 North Korean soldiers in the Kursk region": they are there
        rest = f"{present.group('np')} are {present.group('tail')}"
    # (round 65) "North Korean units deployed to the Kursk region": a deployment told without its verb
    rest = rx.sub(
        r"^((?:North\s+Korean|DPRK|Russian|Ukrainian)\s+(?:units|troops|soldiers|forces))\s+(deployed|sent)\b",
        r"\1 have been \2",
        rest,
    )
    batch = _DECK_BATCH.fullmatch(rest)
    if batch is not None and not rx.search(
        r"\b(?:are|were|will|would|to\s+be|sent|arrived|deployed)\b", rest
    ):
        rest = f"{batch.group('fig')} {batch.group('noun')} to be sent {batch.group('tail')}"
    elif (
        nation
        and not _DECK_PEOPLE.search(rest)
        and _DECK_DEPLOYED.search(rest)
        # (troops sent to Russia or in Kursk are not Russia's own)
        and not (nation == "Russian" and rx.search(r"\b(?:to|in)\s+(?:Russia|Kursk)\b", rest))
    ):
        fig = rx.match(
            r"(?P<fig>[\"“]?(?:(?:as\s+many\s+as|up\s+to|over|more\s+than|about|around|at\s+least|some|nearly|almost"
            r"|roughly)\s+)?\d[\d,]*(?:\s*(?:-|to|–)\s*\d[\d,]*)?\+?)(?P<more>\s+more)?\s",
            rest,
        )
        if fig is not None:
            rest = f"{fig.group('fig')}{fig.group('more') or ''} {nation} troops {rest[fig.end() :]}"
    return rest.rstrip(" .;")


def _deck_lines(lines: list[str]) -> list[str]:
    """(round 58) A slide deck's bullets read as their sources' sentences. Slides give figures as
    terse labelled fragments ("• NIS (parliamentary briefing, Jan-13): ~300 KIA, ~2,700 WIA"),
    the source often in the slide's heading ("Slide 3 – UK Defence Intelligence (update on X,
    28.03.25)" over '• "over 5,000" DPRK casualties'): each such bullet is read as "NIS said at a
    parliamentary briefing on 13 January: about 300 killed, about 2,700 wounded." (the quote stays
    the bullet as printed). Other text, and text that is no deck, is left as it is.

    (round 65) A label ending its line ("- Shoigu, remarks after talks …:") gives its source to the
    sub-bullets under it, and a bullet to the sub-bullets indented under it; a label that says what
    is counted ("North Korean killed in Kursk: about 600") takes the source of its slide; a slide's
    "Source:" line under its bullets names the source of those that name none; a PDF of slides'
    running header or footer is a page's edge, the line after it the next slide's title."""
    if not _is_deck(lines):
        return lines
    out: list[str] = []
    heading: tuple[str, str, str] | None = None
    last: tuple[str, str, str] | None = None  # the last bullet's source
    after_page = False  # (a PDF of slides: the line after a page's footer is the slide's heading)
    running = _deck_running(lines)
    footers = _deck_source_footers(lines, running)
    title_nation = next((n for ln in lines[:8] if (n := _deck_nation(ln))), "")
    nation = title_nation
    state = ""  # the state whose count a slide's title says it gives ("Russia's count of …")
    parent: tuple[tuple[str, str, str], int] | None = None  # a label over sub-bullets, its indent
    speaker: tuple[str, str, str] | None = None  # who the slide's last "day, occasion: X puts …" named
    slide_day = ""  # the day a slide's title gives, where it names a place, not a source
    day_over: tuple[str, int] | None = None  # a day's label over sub-bullets ("• 23 Dec:"), its indent
    drill = False  # a training slide's examples and exercises ("Don't", "Exercise", "Quiz")
    above: tuple[tuple[str, str, str], int] | None = None  # the last read bullet, its indent
    for k, ln in enumerate(lines):
        indent = _indent(ln)
        page = _DECK_PAGE_LINE.fullmatch(ln)
        if page is not None and " ".join(page.group("key").split()) in running:
            after_page, heading, parent, above, nation, state = True, None, None, None, title_nation, ""
            speaker, slide_day, day_over, drill = None, "", None, False
            out.append(ln)
            continue
        if after_page and ln.strip():
            after_page = False
            title = rx.sub(r"^[A-Z][a-z]+:\s+(?=[A-Z])", "", ln.strip())  # ("Kyiv: HUR, Mon 12/16")
            nation = _deck_nation(title) or title_nation
            drill = drill or _DECK_DRILL_TITLE.fullmatch(title) is not None
            if rx.fullmatch(r"[A-Z][\w'’.&()-]*(?:\s+[\w'’.&()-]+){0,7}(?:,\s+[^,]{3,30})?", title):
                got = _deck_source(title)
                slide_day = got[2] if got is not None else ""
                heading = (
                    got
                    if got is not None
                    and got[0]
                    and not _DECK_PLACE_TITLE.fullmatch(got[0])
                    # (a title that names no day nor occasion is a name: "UK Defence Intelligence",
                    # not "Four statements in a week")
                    and (got[1] or got[2] or rx.fullmatch(r"(?:[A-Z][\w'’.&-]*\s*){1,4}", got[0]))
                    and not _DECK_COUNTED.search(got[0])  # ("Losses": what the slide counts)
                    else None
                )
                out.append(ln)
                continue
        if rx.search(r"(?i)\bpage\s+\d{1,3}\s*(?:/|of)\s*\d{1,3}\s*$", ln) or _SLIDE_ALONE.fullmatch(ln):
            after_page, heading, speaker, slide_day, day_over, drill = True, None, None, "", None, False
            out.append(ln)
            continue
        head = _SLIDE_HEAD.match(ln)
        if head is not None:
            title = head.group("title").strip()
            got = _deck_source(title) if rx.search(r"\(|,", title) and not title.startswith("[") else None
            heading = got if got is not None and got[0] and (got[1] or got[2]) else None
            slide_day = got[2] if got is not None else ""  # ("[2] Pyongyang, Tue 17 June": the slide's day)
            # (round 65) a title that names no source ("Slide 3: Seoul") may have it in the line under it
            # ("NIS briefing to lawmakers, 13 Jan")
            after_page = heading is None
            if heading is not None and _DECK_PLACE_TITLE.fullmatch(heading[0]):
                heading = None
            parent = above = speaker = day_over = None
            nation = _deck_nation(title) or title_nation
            drill = _DECK_DRILL_TITLE.fullmatch(title) is not None
            owner = _DECK_OWNER.match(title)
            state = owner.group("state") if owner is not None else ""
            out.append(ln)
            continue
        if drill and rx.match(r"\s*[-•*–■▪○◦·✗✓✔✘×]\s", ln):
            # (round 65) "8 / 24  Don't" over '• ✗ "4,000 North Koreans died"': an example, wrong or
            # right, or an exercise's made-up figure: nobody's statement, left out
            out.append("")
            continue
        if day_over is not None and ln.strip() and indent <= day_over[1]:
            day_over = None
        if parent is not None and (indent <= parent[1] or not ln.strip()):
            parent = None if ln.strip() else parent
        if above is not None and ln.strip() and indent <= above[1]:
            above = None
        said_of = _DECK_NATION_PEOPLE.search(ln)  # ("North Korean killed in Kursk: about 600" above)
        nation = _deck_nation(said_of.group(0)) if said_of is not None else nation
        opener = rx.match(r"^\s*(?:[-•*–■▪○◦·]\s+)?(?P<label>[A-Z\d][^:]{2,150}):\s*$", ln)
        if opener is not None:
            got = _deck_source(opener.group("label"))
            if got is not None and got[0]:
                if not got[2]:
                    got = (got[0], got[1], heading[2] if heading is not None else slide_day)
                parent = (got, indent)
            elif got is not None and got[2] and not got[1]:
                day_over = (got[2], indent)  # (round 65) "• 23 Dec:" over the day's labelled sub-bullets
            out.append(ln)
            continue
        ln = _deck_label_first(ln)
        twice = _DECK_DAY_THEN_LABEL.match(ln)
        if twice is not None and _deck_date(twice.group("day")):
            # (round 65) "• 13 Mar: Russian MoD (Telegram): Sudzha retaken …": the day, then the label
            how = f", {twice.group('how')}" if twice.group("how") else ""
            ln = f"{twice.group('lead')}{twice.group('who')} ({twice.group('day')}{how}): {twice.group('rest')}"
        dated = _DECK_DAY_CLAUSE.match(ln)
        if dated is not None and _deck_date(dated.group("day")) and _DECK_LABEL.match(ln) is None:
            # (round 65) "○ 2025.4.28. North Korea confirms the deployment", "• 31 Jan: Kremlin
            # spokesman Dmitry Peskov declined to comment …": what happened that day, one sentence
            clause = _DECK_PRESENT.sub(_deck_past, dated.group("clause"), count=1)
            night = "the night of " if dated.group("night") else ""  # ("5-6 Aug 2024 (night): …")
            read = f"On {night}{dated.group('day').strip()}, {clause.rstrip(' .;')}."
            _note_rewrite("whole", read, _bullet_text(ln))
            out.append(read)
            continue
        told = _DECK_STANCE_SENTENCE.match(ln)
        if told is not None and not rx.search(r"\d", ln):
            # (round 65) "• The NIS statement confirms Zelenskyy's announcement (…)", "◦ same day: the
            # NIS said only that it was checking reports": a stance told in a sentence without its stop
            opening = "The same day, " if told.group("same") else ""
            read = f"{opening}{told.group('clause').rstrip(' .;')}."
            _note_rewrite("whole", read, _bullet_text(ln))
            out.append(read)
            continue
        quoted = _DECK_QUOTED.match(ln)
        if quoted is not None:
            got = _deck_source(quoted.group("label"))
            if got is not None and got[0]:
                # (round 65) '• DPRK mission to the UN (First Committee, 21 Oct): "groundless stereotyped
                # rumours"': the speaker's own words, on that day
                read = f"{got[0]} said{got[1]}{got[2] or slide_day}: {quoted.group('rest').strip()}."
                _note_rewrite("whole", read, _bullet_text(ln))
                out.append(read)
                continue
        stance = _DECK_STANCE.match(ln)
        if stance is not None and not rx.search(
            r"\d", stance.group("rest")
        ):  # (a stance, no figure of its own)
            got = _deck_source(stance.group("label"))
            if got is not None and got[0]:
                # (round 65) "• Russia's mission to the UN: declined to comment on Kirby's figure": who,
                # then what they did, one sentence
                read = f"{got[0]} {stance.group('rest').rstrip(' .;')}."
                _note_rewrite("whole", read, _bullet_text(ln))
                out.append(read)
                continue
        label = _DECK_LABEL.match(ln) or _DECK_PLAIN_LABEL.match(ln)
        bullet = rx.match(
            r"^\s*[-•*–■▪○◦·]\s+(?P<rest>.*(?:\d|\b(?:deployed|took\s+part|retaken|recaptured)\b).*)$", ln
        )
        src: tuple[str, str, str] | None = None
        rest = ""
        over = (
            parent[0] if parent is not None else above[0] if above is not None else heading or footers.get(k)
        )
        if label is not None and rx.match(r"(?i)(?:slide|page)\s+\d", label.group("label")):
            label = None  # ("Slide 3/7: 6,000+. Casualties, according to …": a carousel's own words)
        if (
            label is not None
            and rx.match(r"\s*[-•*–■▪○◦·]\s", ln)
            and _DECK_COUNTED.search(label.group("label"))
            and not _DECK_NOT_SOURCE.match(rx.sub(r"^\s*[-•*–■▪○◦·]\s+", "", label.group("label")))
        ):
            # (round 65) "- North Korean killed in Kursk: about 600": what is counted, then the figure
            what, fig = label.group("label").strip(), label.group("rest").strip()
            what = rx.sub(r"^\s*[-•*–■▪○◦·]\s+", "", what)
            # (round 65) "• NK losses: 3,000+ (NIS, 13 Jan)": the source in brackets after the figure
            cited = rx.fullmatch(r"(?P<fig>.*?\d.*?)\s*\((?P<src>[A-Z][^()]{1,80})\)\s*\.?", fig)
            own = _deck_source(cited.group("src")) if cited is not None else None
            if own is not None and own[0] and cited is not None:
                over, fig = own, cited.group("fig")
            if over is not None and over[0] and not _SPEECH_VERB_IN.search(fig):
                src = over
                if rx.match(r"[A-Z][a-z]+\b", what) and not _DECK_NATION.match(what):
                    what = what[:1].lower() + what[1:]  # ("Deployed to Russia: ~11,000": after the figure)
                rest = f"{what}: {fig}" if _DECK_PEOPLE.search(fig) else f"{fig} {what}"
        elif label is not None and (
            _DECK_COUNT.search(label.group("rest"))
            or (_DECK_DEPLOYED.search(label.group("rest")) and nation)
            or _DECK_LABEL.match(ln) is None  # (a label over a deployment or a place retaken, no figure)
        ):
            text = label.group("label")
            same = rx.match(r"(?i)same\s+(?:report|briefing|statement|post|update|interview|source)\b", text)
            day = rx.match(r"(?i)(?:the\s+)?same\s+day,?\s+(?P<who>.+)$", text)
            if same is not None:  # ("Same briefing: around 1,000 …": the source of the bullet before)
                src = last
            elif day is not None and last is not None:  # ("Same day, Western intelligence agencies: …")
                got = _deck_source(day.group("who"))
                src = (got[0], got[1], got[2] or last[2]) if got is not None else None
            else:
                src = _deck_source(text)
            rest = label.group("rest")
            if src is not None and not src[0] and over is not None:
                src = (over[0], src[1] or over[1], src[2] or over[2])
            elif src is not None and not src[0] and (src[1] or src[2]):
                lead = _DECK_SPEAKER_LEAD.match(rest)
                if lead is not None:
                    # (round 65) "Mon 6 Jan, nightly video address: Zelenskyy puts …": the bullet
                    # names its speaker; read with its day and occasion before it
                    when = src[2].strip()
                    read = (
                        f"{when[:1].upper()}{when[1:]},{src[1] + ',' if src[1] else ''} {rest.rstrip(' .;')}."
                    )
                    if not src[2]:
                        read = f"{src[1].strip()[:1].upper()}{src[1].strip()[1:]}, {rest.rstrip(' .;')}."
                    last = speaker = (lead.group("who"), "", "")
                    _note_rewrite("whole", read, _bullet_text(ln))
                    out.append(read)
                    continue
                if speaker is not None and src[1]:
                    # (round 65) the next day's occasion with no speaker, on the same slide: the
                    # speaker before's ("Thu 9 Jan, speech at the Ukraine Defense Contact Group: …")
                    src = (speaker[0], src[1], src[2])
        elif (
            bullet is not None
            and over is not None
            and (_DECK_COUNT.search(bullet.group("rest")) or _DECK_DEPLOYED.search(bullet.group("rest")))
            # (not a bullet that names its own source before a colon: "NIS (statement, 04.02.25): …")
            and not rx.match(r"[A-Z][^:]{1,110}?\([^()]*\)\s*:\s", bullet.group("rest"))
        ):
            src, rest = over, bullet.group("rest")
        if src is None or not src[0] or _SPEECH_VERB_IN.search(rest):
            out.append(ln)
            continue
        if not src[2] and day_over is not None:
            src = (src[0], src[1], day_over[0])  # (round 65) "• 23 Dec:" over "– JCS: around 1,100 …"
        if not src[2] and slide_day:
            # ("[3] London, Sun 15 June" over "- UK Defence Intelligence, …:")
            src = (src[0], src[1], slide_day)
        if state and _DECK_BARE_BODY.fullmatch(src[0]):
            # (round 65) "MoD" under "Slide 2 — Russia's count of Ukrainian losses": Russia's MoD
            src = (f"{state}'s {src[0]}", src[1], src[2])
        last = src
        if (label is not None or bullet is not None) and parent is None:
            above = (src, indent)
        said = _deck_figures(rest, nation)
        where = _deck_where(lines, k)
        if where:  # (round 65) "   – near Plekhovo, Vorozhba and Martynovka" under the bullet: its places
            said = f"{said}, {where}"
        if not rx.search(r"\d", said) and src[2].startswith(" on "):
            # (round 65) a figure-less statement is dated by a day put first ("On 13 Mar, Russian MoD
            # said on Telegram: Sudzha retaken …")
            read = f"On {src[2].removeprefix(' on ')}, {src[0]} said{src[1]}: {said}."
        else:
            read = f"{src[0]} said{src[1]}{src[2]}: {said}."
        _note_rewrite("whole", read, _bullet_text(ln))
        out.append(read)
    return out


#: (round 65) A bullet's label set off by a dash, not a colon: "• Zelenskyy (Telegram, 23 Dec) – more
#: than 3,000 …", "• Kirby, press briefing, 27 Dec - "a thousand" …".
_DECK_DASH_LABEL = re.compile(
    r"(?P<lead>\s*[-•*–■▪○◦·]\s+)(?P<label>[A-Z][^:–—\d]{1,60}?(?:[,(][^:–—()]{1,60}\)?)?)\s+[–—-]\s+(?P<rest>\S.*(?:\d|\b(?:thousand|hundred)\b).*)"
)
#: (round 65) A bullet led by its figures, its source in brackets at its end: "• 77 killed, 40
#: wounded over three days (SSO, Telegram, 23 Dec)".
_DECK_SOURCE_LAST = re.compile(
    r"(?P<lead>\s*[-•*–■▪○◦·]\s+)(?P<rest>[~≈\d\"“(a-z][^()]*\d[^()]*?)\s*\((?P<label>[A-Z][^()]{1,80})\)\s*\.?"
)


def _deck_label_first(ln: str) -> str:
    """(round 65) A bullet whose source is set off by a dash, or given in brackets at its end, as the
    labelled bullet it stands for ("• SSO (Telegram, 23 Dec): 77 killed, 40 wounded …"): only where
    the label names a source with its day or occasion."""
    for pat in (_DECK_DASH_LABEL, _DECK_SOURCE_LAST):
        m = pat.fullmatch(ln)
        if m is None:
            continue
        got = _deck_source(m.group("label").strip())
        if got is not None and got[0] and (got[1] or got[2]) and _DECK_COUNT.search(m.group("rest")):
            return f"{m.group('lead')}{m.group('label').strip()}: {m.group('rest').strip()}"
    return ln


def _deck_where(lines: list[str], k: int) -> str:
    """(round 65) A sub-bullet right under bullet `k` that only says where ("   – near Plekhovo,
    Vorozhba and Martynovka"): the bullet's places, as words to read with it ("" when none)."""
    below = next((ln for ln in lines[k + 1 :] if ln.strip()), "")
    m = rx.fullmatch(
        r"\s*[-•*–■▪○◦·]\s+(?P<w>(?:near|in|at|around)\s+[A-Z][\w'’-]+(?:(?:,\s+|\s+and\s+)[A-Z][\w'’-]+){0,5})\s*",
        below,
    )
    return m.group("w") if m is not None and _indent(below) > _indent(lines[k]) else ""


#: (round 65) A slide's notes that say whose statement its figures are: "Speaker notes: Both figures
#: are from the JCS statement of 27 March."
_DECK_NOTED_SOURCE = re.compile(
    r"^\s*(?:(?:Speaker|Presenter)\s+)?[Nn]otes?(?:\s+\([^()]*\))?:\s+(?:(?:All|Both|The|These)\s+)?(?:\w+\s+)?"
    r"(?:figures?|numbers?|estimates?)\s+(?:(?:are|is|come|comes)\s+)?from\s+(?:the\s+)?"
    rf"(?P<who>[A-Z][\w'’.&-]*(?:\s+[A-Z][\w'’.&-]*){{0,3}}?)(?:['’]s)?\s+(?P<how>statement|briefing|post|update"
    rf"|interview|address|notice|press\s+conference)\s+(?:of|on)\s+(?P<day>\d{{1,2}}\s+{_MONTH_WORD}(?:\s+\d{{4}})?)"
)


#: (round 65) News outlets a slide's source line may name: who reported a figure, never who gave it.
_DECK_OUTLET = re.compile(
    r"(?i)(?:the\s+)?(?:reuters|ap|afp|associated\s+press|agence\s+france-presse|yonhap|bbc|cnn|bloomberg|new\s+york"
    r"\s+times|nyt|washington\s+post|wall\s+street\s+journal|wsj|financial\s+times|guardian|kyiv\s+independent"
    r"|ukrinform|tass|ria\s+novosti|interfax|nhk|kbs|al\s+jazeera|rbc-ukraine)\b"
)


def _deck_source_footers(lines: list[str], running: set[str]) -> dict[int, tuple[str, str, str]]:
    """(round 65) A slide's "Source: General Staff …, Facebook, 26.04.2025" under its bullets: the
    source of the bullets above it on that slide that name none (a compilation, a chart or a map is
    nobody's statement)."""
    found: dict[int, tuple[str, str, str]] = {}
    start = 0
    for k, ln in enumerate(lines):
        page = _DECK_PAGE_LINE.fullmatch(ln)
        if _SLIDE_HEAD.match(ln) or (page is not None and " ".join(page.group("key").split()) in running):
            start = k + 1
            continue
        noted = _DECK_NOTED_SOURCE.search(ln)
        if noted is not None:
            # (round 65) "Speaker notes: Both figures are from the JCS statement of 27 March."
            how = _deck_channel_words(noted.group("how"))
            for j in range(start, k):
                found.setdefault(j, (noted.group("who"), how, f" on {noted.group('day')}"))
            continue
        m = rx.match(r"^\s*Sources?:\s+(?P<src>[^;]{3,150})$", ln)  # (several: outlets, not a speaker)
        if m is None or rx.search(
            r"(?i)\b(?:compilation|chart|map|transcripts?|calculations?|analysis)\b", m.group("src")
        ):
            continue
        got = _deck_source(m.group("src"))
        if got is not None and got[0] and not _DECK_OUTLET.match(got[0]):  # (an outlet reports, not claims)
            for j in range(start, k):
                found[j] = got
    return found


#: A bullet that already says who said it ("… told lawmakers", "confirms"): read as written.
_SPEECH_VERB_IN = re.compile(
    r"\b(?:said|says|told|confirm(?:s|ed)?|announced|claimed|stated|reported|according\s+to)\b"
)


#: (round 59) Marks of a note-taking app's export (Obsidian, Logseq, Roam, Notion, Apple Notes…).
_NOTE_MARKS = (
    re.compile(r"^\s*[-*]?\s*[\w-]+::(?:\s|$)"),  # a property: "source:: [[HUR]]"
    re.compile(r"\[\[[^\[\]\n]+\]\]"),  # a wiki link
    re.compile(r"\{\{[^{}\n]*\}\}|\(\([\w-]{6,}\)\)"),  # a macro, a block reference
    re.compile(r"^\s*>\s*\[![\w-]+\]"),  # a callout: "> [!info] Agenda"
    re.compile(r"^\s*(?:[-*]\s+\[[ xX]\]|[☐☑✅]\s)"),  # a checkbox
    re.compile(r"^\s*(?:[-*•]\s+)?(?:TODO|DONE|LATER|NOW)\s"),  # a task
    re.compile(r"(?i)^\s*(?:folder|notebook|shared\s+with|created|last\s+edited)\s*:\s"),  # a note's header
)
#: ... its inline markup, dropped or read as the words it shows.
_NOTE_MACRO = re.compile(r"\{\{[^{}\n]*\}\}|\(\([\w-]{6,}\)\)|#\[\[[^\[\]\n]*\]\]|(?<![\w&])#[A-Za-z][\w/-]*")
#: (no "[" inside a link: "[[[[…" is read in linear time, QA pass 24)
_NOTE_LINK = re.compile(r"\[\[(?:[^\[\]|\n]*\|)?([^\[\]\n]*)\]\]")
_NOTE_ORDINAL = re.compile(rf"\b({MONTH_WORD}\.?\s+\d{{1,2}})(?:st|nd|rd|th)\b")
#: ... a task or a ticked item: the analyst's to-do list, no one's claim.
_NOTE_TASK = re.compile(r"^\s*(?:[-*•]\s+)?(?:\[[ xX]\]|[☐☑✅]|TODO\b|DONE\b|LATER\b|NOW\b|query::)")
#: ... a line that says its numbers are the analyst's own, not anyone's claim.
_NOTE_OWN = re.compile(
    r"(?i)\b(?:my|our)\s+(?:own\s+)?(?:numbers?|tally|range|estimates?|model|calculation|working\s+number)\b"
    r"|\bnot\s+(?:a\s+)?claims?\b|\binternal\s+number\b|\bnot\s+sourced\b|\(mine\b|\bmine\)|,\s*mine\b"
    r"|\bWeak,\s+mine\b|['’]s\s+model\b"
    # (QA pass 24) "I'd put it nearer 1,000", "My count from the footage: 450", "my guess is 600"
    r"|\bmy\s+(?:own\s+)?(?:count|guess|read(?:ing)?|reckoning|view|take|calc\w*|figure|projection)\b"
    r"|\bI['’]?d\s+(?:put|say|guess|estimate|reckon)\b|\bI\s+(?:reckon|guess|estimate|think)\b"
)
#: ... a source line over the bullets that give its figures: "JCS, statement, Thursday 27 March",
#: "Pat Ryder at the Pentagon press briefing, Thursday:".
_NOTE_SOURCE = re.compile(
    r"(?:[A-Z][a-z]+\s+side:\s+)?(?:(?:Earlier|Later|Also|Then|Another)\s+)?(?:[Tt]he\s+)?(?:[a-z]+\s+)?"
    r"(?P<who>[A-Z][\w'’.&-]*"
    r"(?:\s+(?:[A-Z][\w'’.&-]*|of|for|and))*(?:\s+(?:officials|intelligence|sources|authorities|agencies))?)"
    r"(?P<rest>(?:,|\s+[a-z]|\s*\().*)?$"
)


#: Words that open a note's line but name no source ("Same call", "This week", "My take").
_NOTE_NOT_WHO = frozenset(
    {
        "Same",
        "This",
        "That",
        "These",
        "Those",
        "It",
        "My",
        "Our",
        "See",
        "Note",
        "Also",
        "Then",
        "For",
        "In",
        "On",
    }
    | {"At", "From", "After", "Before", "Per", "By", "With", "Week", "Day", "Total", "So", "But", "And", "If"}
)


def _note_link(m: re.Match[str]) -> str:
    """A wiki link's words: a hierarchical note name ("actors.gerasimov") reads as its last part."""
    words = m.group(1)
    if rx.fullmatch(r"[a-z0-9-]+(?:\.[a-z0-9-]+)+", words):
        return words.rsplit(".", 1)[1].replace("-", " ").title()
    return words


def _note_indent(line: str) -> int:
    return (
        len(line)
        - len(line.lstrip(" \t").lstrip(">").lstrip(" \t"))
        + line[: len(line) - len(line.lstrip())].count("\t") * 3
    )


def _is_note_export(lines: list[str]) -> bool:
    """Whether the text is a note app's export: two kinds of its marks, or three wiki links."""
    kinds = sum(any(p.search(ln) for ln in lines) for p in _NOTE_MARKS)
    front = bool(lines) and lines[0].strip() == "---" and any(ln.strip() == "---" for ln in lines[1:30])
    links = sum(len(_NOTE_LINK.findall(ln)) for ln in lines)
    return kinds + front >= 2 or links >= 3


def _note_source(text: str, heading_day: str = "") -> str | None:
    """A note line's source and its channel and day as words ("JCS said in a statement on Thursday
    27 March"), or None when the line names no source with a channel or a day. A line that gives
    no day takes its heading's (`heading_day`: "## Yesterday (Tue 2 Sep)")."""
    body = text.strip().rstrip(":").strip()
    if ":" in rx.sub(r"^[A-Z][a-z]+\s+side:\s+", "", body):
        return None  # "Same video conference: first …": a label and its text, not a source line
    if rx.search(r"\d", _DATE_WORDS.sub("", body).replace("(", " ")) and not rx.fullmatch(
        r"[^\d]*(?:\b\d{1,2}\b[^\d]*)*", _DATE_WORDS.sub("", body)
    ):
        return None  # a figure of its own: not a source line
    m = _NOTE_SOURCE.fullmatch(body)
    if m is None or len(m.group("who").split()) > 5 or m.group("who").split()[0] in _NOTE_NOT_WHO:
        return None
    who = rx.sub(r"['’]s$", "", m.group("who"))  # "The General Staff's own Facebook post"
    rest = rx.sub(r"^\s*own\s+", " ", m.group("rest") or "")
    parts = [p.strip(" ,)") for p in rx.split(r"[(),]", rest) if p.strip(" ,)")]
    how = when = ""
    for part in sorted(parts, key=lambda p: rx.search(r"\d", p) is None):  # a day with its date first
        day = _deck_date(part) if rx.search(r"\d", part) or rx.fullmatch(rf"{_MONTH}\w*", part) else ""
        if not day and rx.fullmatch(
            rf"(?:on\s+|published\s+)?{_WEEKDAY}\w*\.?(?:\s+\d{{1,2}}\s+{_MONTH}\w*)?", part
        ):
            day = " on " + rx.sub(r"^(?:on|published)\s+", "", part)
        if day and not when:
            when = day
        elif _DECK_CHANNEL.search(part) and not how:
            lead = part.split()[0].lower()
            art = "an " if part[:1].lower() in "aeiou" else "a "
            how = (
                f" {part}"
                if lead in ("at", "in", "on", "via", "during", "told", "briefing")
                else f" in {art}{part}"
            )
    if not (how or when or text.rstrip().endswith(":")):
        return None
    return f"{who} said{how}{when or heading_day}"


def _note_heading_day(text: str) -> str:
    """A note heading's day as words ("## Yesterday (Tue 2 Sep)" -> " on Tue 2 Sep"), or ""."""
    for part in rx.split(r"[():,]", text.lstrip("#! ")):
        part = part.strip()
        if rx.search(r"\d", part) and (day := _deck_date(part)):
            return day
    return ""


def _note_stamp_day(lines: list[str]) -> str:
    """(round 59) A note's stamp as a date: TiddlyWiki's "modified:"/"created: 20250903061244518",
    Foam's or Dendron's "updated:"/"created: 1745829005410" (milliseconds since 1970, UTC); the last
    edit's first, as the note's text is as of then. (QA pass 24) A stamp earlier than a day the
    note itself names ("created" 3 January over "Monday 13 January") dates nothing: the note was
    written on, and its text dates itself."""
    stamps: dict[str, str] = {}
    for ln in lines[:12]:
        m = rx.match(r"^\s*(created|modified|updated)\s*:\s*(\d{13}|\d{17})\s*$", ln)
        if m is None:
            continue
        stamp = m.group(2)
        stamps[m.group(1)] = (
            f"{stamp[:4]}-{stamp[4:6]}-{stamp[6:8]}"
            if len(stamp) == 17
            else datetime.fromtimestamp(int(stamp) / 1000, tz=UTC).date().isoformat()
        )
    day = stamps.get("modified") or stamps.get("updated") or stamps.get("created", "")
    if not day:
        return ""
    stamped = date.fromisoformat(day)
    named = find_dates("\n".join(lines), stamped + timedelta(days=366))
    # (a day that names its year or weekday: a bare "15 June" is read against the stamp itself)
    if any(
        d.precision == "day" and d.first > stamped and rx.search(rf"(?:19|20)\d\d|{WEEKDAY_WORD}", d.text)
        for d in named
    ):
        return ""
    return day


def _note_lines(lines: list[str]) -> list[str]:
    """(round 59) An analyst's note exported from a note-taking app (Markdown with front matter,
    Logseq or Roam outlines, Notion pages, Apple Notes) read as prose: wiki links read as their
    words, macros, tags, tasks and properties go (a date title or front matter's date dates the
    page), the analyst's own numbers go with the bullets under them, and a source line's bullets
    are read as that source's statements ("• around 4,000 …" under "JCS, statement, Thursday 27
    March" is "JCS said in a statement on Thursday 27 March: around 4,000 …"). Other text is left
    as it is."""
    if not _is_note_export(lines):
        return lines
    out: list[str] = []
    page_day = ""
    k = 0
    if lines and lines[0].strip() == "---":
        end = next((j for j in range(1, min(len(lines), 40)) if lines[j].strip() == "---"), 0)
        for ln in lines[1:end]:
            m = rx.match(r"(?i)\s*(?:date|created|day)\s*:\s*[\"']?(\d{4}-\d{2}-\d{2})", ln)
            page_day = page_day or (m.group(1) if m else "")
        k = end + 1 if end else 0
    page_day = page_day or _note_stamp_day(lines)
    if page_day:
        out.append(page_day)
    heading_day = ""  # the day the last heading names
    drop_below: int | None = None  # the analyst's own numbers: this line's children go too
    source: tuple[int, str] | None = None  # a source line's depth and its words
    last_said: str | None = None  # the last source named ("Same call: …" is its)
    for ln in lines[k:]:
        title = rx.match(r"^\s*(?:title|date)::\s*(.+)$", ln)
        if title is not None:
            out.append(_NOTE_ORDINAL.sub(r"\1", _NOTE_LINK.sub(_note_link, title.group(1))))
            continue
        if rx.match(r"^\s*[-*]?\s*[\w-]+::(?:\s|$)", ln):
            continue  # a property
        text = _NOTE_ORDINAL.sub(r"\1", _NOTE_LINK.sub(_note_link, _NOTE_MACRO.sub("", ln))).rstrip()
        text = rx.sub(r"^(\s*)>\s*\[![\w-]+\]\s*", r"\1", text)
        text = rx.sub(r"^(\s*(?:[-*]\s+)?)>\s?", r"\1", text)
        text = rx.sub(r"''(.+?)''", r"\1", text)  # (TiddlyWiki's bold)
        text = _MD_BOLD.sub(r"\2", text)  # (Markdown's bold)
        stars = rx.match(r"^(\*{2,})\s+", text)  # (TiddlyWiki's "** " is a bullet two deep)
        if stars is not None:
            text = " " * (3 * (len(stars.group(1)) - 1)) + "* " + text[stars.end() :]
        text = rx.sub(r"^!{1,6}\s*", "## ", text)  # (its "!! " is a heading)
        depth = _note_indent(text) if text.strip() else -1
        if not text.strip():
            if drop_below is not None and drop_below < 0:
                drop_below = None
            source = None if source is not None and source[0] < 0 else source
            out.append("")
            continue
        bare = rx.sub(r"^\s*(?:[-*•]\s+|#{1,6}\s+)", "", text)
        heading = rx.match(r"^\s*#{1,6}\s", text) is not None
        if drop_below is not None and (depth > drop_below or drop_below < 0) and not heading:
            continue
        drop_below = None
        if _NOTE_TASK.match(text) or _NOTE_OWN.search(bare):
            bullet = rx.match(r"^\s*[-*•]\s", text) is not None
            drop_below = depth if bullet else -1  # a heading's or a box's lines go to the blank line
            continue
        if source is not None and (depth > source[0] or (source[0] < 0 and not heading)):
            figure = rx.search(r"\d|\b(?:dozens?|hundreds?|thousands?)\b", _DATE_WORDS.sub("", bare))
            if figure and not _SPEECH_VERB_IN.search(bare):
                read = f"{source[1]}: {_note_clause(bare.strip().strip(chr(34) + '“”'))}".rstrip(" .") + "."
                _note_rewrite("whole", read, bare.strip())
                out.append(read)
                continue
            out.append(text)
            continue
        source = None
        if heading:
            heading_day = _note_heading_day(bare)
        got = _note_source(bare, heading_day) if not heading else None
        if got is not None:
            bullet = rx.match(r"^\s*[-*•]\s", text) is not None
            source = (depth if bullet else -1, got)
        if got is not None:
            last_said = got
        inline = _NOTE_INLINE.match(bare) if got is None and not heading else None
        said = _note_source(inline.group("head"), heading_day) if inline is not None else None
        if inline is not None and said is None and _NOTE_BARE_SOURCE.fullmatch(inline.group("head")):
            said = f"{inline.group('head')} said{heading_day}"  # "HUR: at least 30 …"
        if inline is not None and rx.match(r"(?i)same\b", inline.group("head")):
            said = last_said  # "Same call: …": the source named last
            if said is None:  # (none named as such: the label goes, the line reads on from the last)
                out.append(inline.group("rest"))
                continue
        if said is not None:
            last_said = said
        if inline is not None and said is not None and not _SPEECH_VERB_IN.search(inline.group("head")):
            # "UK Defence Intelligence, intelligence update on X, Sun 15 June: … more than 6,000 …"
            read = f"{said}: {_note_clause(inline.group('rest').strip())}".rstrip(" .") + "."
            _note_rewrite("whole", read, bare.strip())
            out.append(read)
            continue
        out.append(text)
    return out


def _note_clause(text: str) -> str:
    """A note's terse clause as a sentence's: "deaths now put at around 2,000" -> "deaths are now
    put at around 2,000" (notes drop the verb's auxiliary)."""
    return rx.sub(
        r"(?<!\bwere )(?<!\bare )(?<!\bwas )(?<!\bis )(?<!\bbe )\b((?:now|then)\s+)?(put|estimated|assessed|reckoned)\s+at\b",
        r"are \1\2 at",
        text,
        count=1,
    )


#: (round 59) A note's label that is a source's initials alone: "HUR:", "NIS:", "UK MoD:".
_NOTE_BARE_SOURCE = re.compile(r"(?:[A-Z]{2,6}\s+)?[A-Z][A-Za-z]?[A-Z]{1,5}")
#: (round 59) A note's line that gives its source, channel and day before a colon, then the figure.
_NOTE_INLINE = re.compile(
    r"(?P<head>[^:]{3,160}?):\s+(?P<rest>.*(?:\d|\b(?:dozens?|hundreds?|thousands?)\b).*)$"
)


#: (round 59) A web archive's capture pasted as text: the Wayback Machine's or archive.today's
#: banner, or an analyst's "=== CAPTURE B: … ===" between captures of one page.
_ARCHIVE_BANNER = re.compile(
    r"(?i)^\s*(?:the\s+wayback\s+machine\s+-\s+https?://web\.archive\.org/|archive\.(?:today|ph|is|li|md)\b"
    r"|=+\s*capture\b|\[analyst's\s+paste:.*\bcaptures?\b)"
)
#: ... the archive's own lines: its navigation, capture counts and dates, snapshot links.
_ARCHIVE_CHROME = re.compile(
    r"(?i)^\s*(?:the\s+wayback\s+machine\s+-|internet\s+archive\s*\|?\s*wayback|\d[\d,]*\s+captures?\s*\|"
    r"|collected\s+by\b|collection:|all\s+snapshots\s+from|no\s+other\s+snapshots|webpage\s*\|\s*screenshot"
    r"|history\s*<<|archive\.(?:today|ph|is|li|md)\b|about\s+this\s+capture|=+\s*capture\b|\[analyst's\s+paste:)"
)
#: ... a comment thread's heading ("11 Comments", "237 Comments | Commenting is closed").
_COMMENTS_HEAD = re.compile(
    r"(?i)^\s*(?:\d[\d,]*\s+(?:reader\s+)?comments?\b|(?:reader\s+)?comments?\s*(?:\(\d[\d,]*\)|\d[\d,]*)?\s*(?:$|\|))"
)


def _archive_lines(lines: list[str]) -> list[str]:
    """(round 59) A page pasted from a web archive read as the page: the archive's banner, capture
    counts and snapshot links go (their dates are the capture's, not the page's); of several
    captures of one page pasted one after the other, the last is the page (an earlier capture's
    wording, since corrected, is no claim); and the readers' comments under it go (a commenter's
    "500 of them died" is nobody's claim on record). Other text is left as it is."""
    if not any(_ARCHIVE_BANNER.match(ln) for ln in lines[:6]):
        return lines
    captures = [
        i
        for i, ln in enumerate(lines)
        # (QA pass 24) or each capture under its own Wayback banner
        if rx.match(
            r"(?i)^\s*(?:=+\s*capture\b|the\s+wayback\s+machine\s+-\s+https?://web\.archive\.org/)", ln
        )
    ]
    if len(captures) >= 2:
        lines = lines[: captures[0]] + lines[captures[-1] :]
    captured = _capture_day(lines)
    out: list[str] = []
    for ln in lines:
        if _COMMENTS_HEAD.match(ln):
            break  # (the thread runs to the end of the paste)
        if _ARCHIVE_CHROME.match(ln):
            out.append("")
            continue
        if captured is not None:  # "2 days ago" on the page: counted from the capture
            ln = _AGO.sub(lambda m: _ago_day(m, captured), ln)
        out.append(ln)
    head = [ln for ln in out if ln.strip()][:8]
    if not any(len(ln) <= 160 and parse_date_line(ln) is not None for ln in head):
        # a page with no date of its own: its address's date ("/2024/12/27/"), else the capture's
        # day, the latest it can be of
        day = _address_day(lines) or captured
        if day is not None:
            out.insert(0, f"{day.day} {MONTH_NAMES[day.month - 1]} {day.year}")
    return out


#: (round 66) The stamp an analyst pastes over a search engine's or a news aggregator's result
#: page: "copied Wed 3 Sep 2025, 08:15 CEST", "Captured: Tue 29 Oct 2024, 09:14 CET",
#: "— saved Tue 29 Apr 2025, 07:30 CEST".
_RESULT_STAMP = re.compile(
    r"(?i)(?:^|[\s—·|(-])(?:results\s+)?(?:copied|captured|saved|retrieved|accessed|pasted)\b:?\s+(?!from\b)([^—·|()]+)"
)
#: (round 66) What says a page is a result list: a search address with its query, Google News's
#: address or a result count ("About 4,370,000 results", "Found 2 thous. results", "검색결과 약
#: 12,800건").
_RESULT_PAGE = re.compile(
    # (an engine's or an aggregator's bare name is not enough: an article may say "Follow us on
    # Google News" or come from a portal's news pages)
    r"(?i)(?:/search(?:\.\w+)?/?\?|[?&](?:q|query|text|wd)=|news\.google\.|duckduckgo\.com"
    r"|^\s*(?:about|found|approximately)\s+[\d,.]+\s*(?:thous\.\s*|million\s+)?results\b|검색결과)"
)
#: (round 66) A result's age on such a page: "17 hours ago", "3h ago", "Yesterday, 14:52", "Today",
#: "1일 전" (a day ago), "5시간 전", "3時間前", "2天前", "3 дня назад", "vor 2 Stunden", "il y a
#: 3 jours", "hace 2 días".
_RESULT_AGE = re.compile(
    r"(?i)(?<![\w-])(?:(?P<n>\d{1,2}|an?|one|two|three|four|five|six)\s*(?P<u>minutes?|mins?|m|hours?|hrs?|h"
    r"|days?|d|weeks?|w)\s+ago"
    r"|(?P<day>yesterday|today|вчера|сегодня|어제|오늘|gestern|heute|hier|aujourd['’]hui|ayer|hoy|昨天|今天|昨日|今日)"
    r"(?:,?\s+(?:at\s+|в\s+|um\s+|à\s+)?(?:[01]?\d|2[0-3])[:.h][0-5]\d)?"
    r"|(?P<cn>\d{1,2})\s*(?P<cu>분|시간|일|주|分|時間|小时|小時|日|天|週間|周)\s*(?:전|前)"
    r"|(?P<rn>\d{1,2})\s+(?P<ru>мин|час|дн|нед|ден)\w*\.?\s+назад"
    r"|(?:vor|il\s+y\s+a|hace)\s+(?P<en>\d{1,2})\s+(?P<eu>minut|min|stunde|heure|hora|tag|jour|día|dia|woche|semaine"
    r"|semana)\w*)(?![\w-])"
)
#: (round 66) How long each of `_RESULT_AGE`'s units is, by its first letters.
_AGE_UNITS: tuple[tuple[tuple[str, ...], timedelta], ...] = (
    (("min", "m", "분", "分"), timedelta(minutes=1)),
    (("h", "시", "時", "小", "час", "stunde", "heure", "hora"), timedelta(hours=1)),
    (("w", "주", "週", "周", "нед", "woche", "semaine", "semana"), timedelta(days=7)),
)
_YESTERDAY = ("yesterday", "вчера", "어제", "gestern", "hier", "ayer", "昨天", "昨日")


def _is_result_page(lines: list[str]) -> bool:
    """Whether the page's head says it is a search engine's or an aggregator's result list."""
    return any(_RESULT_PAGE.search(ln) for ln in [ln for ln in lines if ln.strip()][:9])


def _result_page_capture(lines: list[str]) -> datetime | None:
    """The capture stamp of a pasted result page (see `_RESULT_STAMP`); None for any other page."""
    if not _is_result_page(lines):
        return None
    full = [ln for ln in lines if ln.strip()]
    head = full[:5]
    for ln in head + full[-3:]:  # (or at the page's foot: "Saved 28 Dec 2024, 10:15")
        for m in _RESULT_STAMP.finditer(ln):
            got = parse_date_line(m.group(1).strip(" ,;"))
            if got is not None:
                return got
    # a browser's print header over the page: "28/12/2024, 10:12      north korean … - Search"
    first = rx.split(r"\s{3,}|\t", head[0].strip())[0] if head else ""
    return parse_date_line(first) if rx.search(r"\d", first) and len(first) <= 30 else None


def _result_age(m: re.Match[str], captured: datetime) -> str:
    """A result's age as the day it names, counted from the capture (an hour's age too: "17 hours
    ago" at 08:15 is the day before)."""
    if m.group("day") is not None:
        when = captured - timedelta(days=1 if m.group("day").lower() in _YESTERDAY else 0)
    else:
        word, unit = next(
            (m.group(n), m.group(u))
            for n, u in (("n", "u"), ("cn", "cu"), ("rn", "ru"), ("en", "eu"))
            if m.group(n)
        )
        count = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}.get(
            word.lower()
        ) or int(word)
        step = next((span for heads, span in _AGE_UNITS if unit.lower().startswith(heads)), timedelta(days=1))
        when = captured - count * step
    return f"{when.day} {MONTH_NAMES[when.month - 1]} {when.year}"


#: (round 66) A result's snippet after its day (as `_dash_after_date` writes it): "17 June 2025 — …".
_DATED_SNIPPET = re.compile(rf"\s*\d{{1,2}}\s+{MONTH_WORD}\s+(?:19|20)\d\d\s+—\s+\S")


def _dash_after_date(line: str) -> str:
    """(round 66) A result's date set off from its snippet by a dot ("Nov 5, 2024 · Pentagon press
    secretary …", "Yonhap · 13 Jan 2025 · About 300 …") as by a dash, the form a dated item is
    read in."""
    m = rx.match(r"(\s*)(?:[^·—|]{2,40}?\s+·\s+)?([^·—|]{6,24}?)\s+[·—–|-]\s+(?=\S.{40})", line)
    day = _day_words(m.group(2)) if m is not None else None
    if m is None or day is None:
        return line
    # (a cluster's line "TASS · 26 April 2025 · Gerasimov: Kyiv lost …": its site is left out;
    # a date in numbers, "2025.03.27. — …", is written in words, as a dated item's is read)
    text = line[m.end() :]
    if _SPEAKER_HEADLINE.match(text) and rx.search(r"\d", text) and not rx.search(r"[.!?…]\s*$", text):
        # a copy's headline that names its speaker first ("Gerasimov: Kyiv lost more than 76,000
        # troops …") is that speaker's sentence, though a headline has no full stop
        text = f"{text.rstrip()}."
    return f"{m.group(1)}{day} — {text}"


#: (round 66) A headline that names its speaker first: "Gerasimov: Kyiv lost …", "UK MoD: …".
_SPEAKER_HEADLINE = re.compile(r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}:\s+\S")


def _day_words(part: str) -> str | None:
    """A result's date ("Nov 5, 2024", "2025.02.27.", "12 дек. 2024") in words ("5 November 2024");
    None when the part is no date with its day."""
    got = parse_date_line(part) if rx.search(r"\d", part) and len(part) <= 24 else None
    return None if got is None else f"{got.day} {MONTH_NAMES[got.month - 1]} {got.year}"


def _meta_line_day(line: str) -> str | None:
    """(round 66) The date on a result's source line ("The Moscow Times · 22 Jan 2025", "FBC News ·
    4 February 2025 · Reuters", Naver's "Yonhap   A1면 1단   19 December 2024   네이버뉴스"): the line
    names a site first and its date in a part of its own; None for any other line."""
    if len(line.strip()) > 90 or rx.search(r"https?://|›|[.!?…]\s*$", line):
        return None
    parts = [p for p in rx.split(r"\s+[·|—–]\s+|\s{3,}", line.strip()) if p]
    if len(parts) < 2 or rx.search(r"\d", parts[0]):  # ("2.1M views · 1 day ago": no site)
        return None
    days = [d for d in map(_day_words, parts[1:]) if d is not None]
    return days[0] if len(days) == 1 else None


def _source_tail_first(line: str) -> str:
    """(round 66) An answer that ends on its source and date ("More than 10,000 … have been sent
    …. - RBC-Ukraine, Dec 19, 2024") is read as a result dated that day: "19 December 2024 — More
    than 10,000 …"."""
    m = rx.search(r"\s+[-–—]\s+([^-–—,·]{2,40}?)(?:,|\s+·)\s+([^,·]{6,24})\s*$", line)
    day = _day_words(m.group(2)) if m is not None else None
    if m is None or day is None or len(line[: m.start()].split()) < 8:
        return line
    lead = len(line) - len(line.lstrip())
    return f"{line[:lead]}{day} — {line[lead : m.start()].strip()}"


def _crumb_day(line: str) -> str | None:
    """(round 66) The day in a result's breadcrumb or address ("themoscowtimes.com › 2024/10/28 ›
    nato-…", "…/2024/12/27/white-house-…", "sputnikglobe.com › 20241202 › …"), the day its page was
    published; None for a line that is no breadcrumb or names no day."""
    if len(line.strip()) > 160 or not rx.search(r"›|://|^\s*(?:www\.)?[\w-]+(?:\.[\w-]+)+/", line):
        return None
    m = rx.search(
        r"(?:›\s*|/)((?:19|20)\d\d)(?:\s*[/›]\s*(\d{1,2})\s*[/›]\s*(\d{1,2})|(\d\d)(\d\d))(?=\s*[/›]|\s*$)",
        line,
    )
    if m is None:
        return None
    try:
        day = date(int(m.group(1)), int(m.group(2) or m.group(4)), int(m.group(3) or m.group(5)))
    except ValueError:
        return None
    return f"{day.day} {MONTH_NAMES[day.month - 1]} {day.year}"


def _dated_snippets(lines: list[str]) -> list[str]:
    """(round 66) A result's snippet under its source line and its title, dated by the source
    line's date ("The Moscow Times · 22 Jan 2025" / title / "About 1,000 … had been killed …"): the
    snippet is read as "22 Jan 2025 — About 1,000 …", a dated result, since that is the day its
    news was published. A title with no snippet under it (a cluster's headline) is left as it is."""
    out = list(lines)
    full = [i for i, ln in enumerate(lines) if ln.strip()]
    for n, i in enumerate(full[:-2]):
        day = _meta_line_day(lines[i]) or _crumb_day(lines[i])
        if day is None:
            continue
        answer = lines[i - 1] if i and n and full[n - 1] == i - 1 else ""
        if (
            len(answer.strip()) >= 60
            and _meta_line_day(answer) is None
            and _dash_after_date(answer) == answer
            and _indent(answer) > 0
        ):
            # (round 66) a 'People also ask' answer over its source line ("    Western intelligence
            # agencies estimate …" / "    mbl.is · Jan 13, 2025"): the answer is dated by it
            out[i - 1] = f"{answer[: _indent(answer)]}{day} — {answer.lstrip()}"
            out[i] = ""
            continue
        title, snippet = full[n + 1], full[n + 2]
        if rx.match(r"\s*(?:https?://|\S+\.\w{2,}\S*\s+›)", lines[title]) and n + 3 < len(full):
            title, snippet = snippet, full[n + 3]  # (a breadcrumb before the title)
        text = lines[snippet]
        if (
            len(text.strip()) < 60
            or _meta_line_day(lines[title]) is not None
            or _meta_line_day(text) is not None
            or _dash_after_date(text) != text
            or _DATED_SNIPPET.match(text)  # (dated already: "17 June 2025 — The UK …")
            or rx.match(r"\s*\S{1,30}\s+[-–—]\s", text)
            # (a wire copy's own dateline: "SEOUL, Dec. 19 -- …" dates it already)
            or rx.match(r"\s*[A-Z][A-Z .'-]{2,},\s", text)
        ):
            continue
        lead = len(text) - len(text.lstrip())
        out[snippet] = f"{text[:lead]}{day} — {text[lead:]}"
    return out


def _result_page_lines(lines: list[str]) -> list[str]:
    """(round 66) A search engine's or aggregator's result page pasted with its capture stamp: each
    result's age ("17 hours ago —", "Yesterday, 14:52 —", "1일 전") is the day it names, counted
    from the capture, since the page prints no other date for it; and the capture's day is the
    page's own (a date line put first), the latest day any result can be of. Other pages unchanged."""
    captured = _result_page_capture(lines)
    if captured is None:
        return lines
    out = [_dash_after_date(_RESULT_AGE.sub(lambda m: _result_age(m, captured), ln)) for ln in lines]
    out = _dated_snippets([_source_tail_first(ln) for ln in out])
    # (round 66) a dated snippet is a paragraph of its own, not the tail of the title above it
    # (the title rounds, sums or cuts what the snippet says: "… to send 6K military workers …")
    out = [
        part
        for k, ln in enumerate(out)
        for part in (["", ln] if k and out[k - 1].strip() and _DATED_SNIPPET.match(ln) else [ln])
    ]
    stamp = f"{captured.day} {MONTH_NAMES[captured.month - 1]} {captured.year}"
    return [f"{stamp}, {captured:%H:%M}" if captured.hour or captured.minute else stamp, *out]


def _address_day(lines: list[str]) -> date | None:
    """The date in a captured page's address: ".../world/2024/12/27/white-house-…"."""
    for ln in lines[:8]:
        for m in rx.finditer(r"https?://\S+?/((?:19|20)\d\d)/(\d{2})/(\d{2})/", ln):
            if "web.archive.org/web/" + m.group(1) not in m.group(0):
                try:
                    return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
                except ValueError:
                    continue
    return None


#: (round 59) "2 days ago", "an hour ago" on a captured page.
_AGO = re.compile(r"(?i)\b(\d{1,2}|an?|one|two|three|four|five|six)\s+(hours?|days?|weeks?)\s+ago\b")


def _ago_day(m: re.Match[str], captured: date) -> str:
    n = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}.get(
        m.group(1).lower()
    )
    count = n if n is not None else int(m.group(1))
    unit = m.group(2).lower().rstrip("s")
    day = captured - timedelta(days=count * (7 if unit == "week" else 1 if unit == "day" else 0))
    return f"{day.day} {MONTH_NAMES[day.month - 1]} {day.year}"


def _capture_day(lines: list[str]) -> date | None:
    """The day a web archive captured the page: the Wayback address's stamp ("/web/20241127061210/"),
    archive.today's "| 18 Dec 2024 22:16:40 UTC", or the last "=== CAPTURE B: 24 Dec 2024 … ===" line."""
    for ln in lines[:8]:
        m = rx.search(r"web\.archive\.org/web/(\d{4})(\d{2})(\d{2})\d{6}", ln)
        if m is not None:
            return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        if rx.match(r"(?i)^\s*(?:archive\.|=+\s*capture)", ln):
            for part in reversed(rx.split(r"\s*[|:=]\s+", ln)):
                d = parse_date_line(part)
                if d is not None:
                    return d.date()
    return None


def _factbox_lines(lines: list[str]) -> list[str]:
    """Factbox items and a numbers box's items rewritten as their sources' sentences, which the
    reader reads: "UK Defence Intelligence said, in an intelligence update on X on Sunday: more than
    6,000 casualties in Kursk." A year is no figure ("- 2024: …" is a timeline's line)."""
    out: list[str] = []
    box: tuple[str, str] | None = None
    for ln in lines:
        if not ln.strip():
            box = None  # (QA 12: a blank line ends a numbers box)
        head = _NUMBERS_BOX.fullmatch(ln.strip())
        if head is not None:
            box = (head.group("src").strip(), (head.group("when") or "").strip())
            out.append(ln)
            continue
        item = _BOX_ITEM.fullmatch(ln) if box is not None else None
        if item is not None and _OTHER_SOURCE.search(item.group("what")):
            item = None  # ((QA 12) "- 600: North Korean dead (Ukraine's estimate)": another's figure)
        if item is not None and box is not None:
            src, when = box
            on = (
                f" on {when}"
                if rx.fullmatch(_DAY_WORDS, when, re.IGNORECASE)
                # ((QA 12) the heading's day or month: "(Ukraine's General Staff, Dec 12)", "(NIS, January)")
                else f" in {when}"
                if rx.fullmatch(rf"{_MONTH_WORD}(?:\s+\d{{4}})?", when, re.IGNORECASE)
                else ""
            )
            fig = rx.sub(r"^[~≈]\s*", "about ", item.group("fig"))
            read = f"The {src} said{on}: {fig} {item.group('what')}."
            _note_rewrite("whole", read, _bullet_text(ln))  # (the quote is the item as printed)
            out.append(read)
            continue
        if ln.strip() and not rx.match(r"\s*[-•*–■▪]\s", ln):
            box = None  # (the box ends at its first line that is no item)
        led = _LED_ITEM.fullmatch(ln)
        if led is not None and not _ATTRIBUTED.search(led.group("what")):
            # (round 64) a key-facts card's "- At least 30 - North Korean soldiers killed or
            # wounded near … (Ukraine's military intelligence, HUR, on Telegram on Monday)"
            read = _source_first(led.group("src"), led.group("fig"), led.group("what"))
            _note_rewrite("whole", read, _bullet_text(ln))
            out.append(read)
            continue
        dash = _DASH_LED.fullmatch(ln)
        if dash is not None and not rx.fullmatch(r"(?:19|20)\d{2}", dash.group("fig").strip()):
            # (round 64) a "by the numbers" line with no bullet: "~1,000 - North Korean soldiers
            # believed killed in Kursk by mid-January, according to Western officials …" (the
            # figure heads its text; a source in brackets at its end is said as "according to")
            read = _led_by(dash.group("fig"), dash.group("what"))
            _note_rewrite("whole", read, ln.strip())
            out.append(read)
            continue
        fact = _FACTBOX_ITEM.fullmatch(ln)
        if fact is not None and (
            rx.search(
                r"\d", fact.group("src")
            )  # ((QA 12) "1,200 killed: Russian 810th Marine Brigade": a unit)
            # (attributed already, in the item's first sentence)
            or _ATTRIBUTED.search((fact.group("src") + (fact.group("rest") or "")).split(". ")[0])
            or rx.match(
                r",\s+[A-Z][^,]*(?:,\s+[A-Z][^,]*)*\s+and\s+[A-Z]", fact.group("rest") or ""
            )  # (places)
        ):
            fact = None
        if fact is not None and not rx.fullmatch(r"(?:19|20)\d{2}", fact.group("fig").strip()):
            fig = rx.sub(r"^[~≈]\s*", "about ", fact.group("fig"))
            fig = fig[0].lower() + fig[1:]
            src = fact.group("src")
            read = f"{src[0].upper()}{src[1:]}{fact.group('rest') or ''}, said: {fig}."
            _note_rewrite("whole", read, _bullet_text(ln))
            out.append(read)
            continue
        out.append(ln)
    return out


#: (round 53) A PDF's footnote rule: the line its text puts between a page's body and its notes.
_FOOTNOTE_RULE = re.compile(r"\s*_{5,}\s*")
#: A footnote under the rule: its number (or mark), then its text ("1 Yonhap, 27 March 2025.").
_PAGE_NOTE = re.compile(r"\s*(?:\d{1,3}|[*†‡])\s+\S")
#: A page's number as a PDF's footer or header prints it, alone on its line or right-aligned after
#: a gap or a dash: "Page 1 of 2", "page 4", "- page 1/2", "- 1 -", "1 | 2" (not prose that ends
#: "… on page 4").
_PAGE_MARK = re.compile(
    r"(?i)(?:^\s*|\S\s{4,}|\S\s+[-–—|]\s+)"
    r"(?:page\s+\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?|[-–—]\s*\d{1,4}\s*[-–—]|\d{1,4}\s*\|\s*\d{1,4})\s*$"
)


def _running_head(line: str, lines: list[str], at: int) -> bool:
    """A page's header line after a page break: a line the text prints elsewhere too (the
    document's name on every page, digits aside), one in two parts far apart ("JCFAD Minutes No. 42
    <gap> Tuesday 29 April 2025"), or one indented far deeper than the line after it."""
    s = line.strip()
    if not s or _PAGE_MARK.search(line):
        return bool(s)
    key = rx.sub(r"\d+", "#", " ".join(s.split()))
    if any(k != at and rx.sub(r"\d+", "#", " ".join(ln.split())) == key for k, ln in enumerate(lines)):
        return True
    if rx.search(r"\S\s{4,}\S", s):
        return True
    after = next((ln for ln in lines[at + 1 :] if ln.strip()), "")
    return bool(after) and _indent(line) >= _indent(after) + 6


#: (QA pass 43) A page's number alone on its line as text tools copy it out of a PDF: "2", "[2]",
#: "2/6", "p. 2", with the form feed `pdftotext` puts at a page's end.
_PAGE_END = "\ue000"  # a form feed while the layout is made (`parse_layout`)
_BARE_PAGE = re.compile(
    r"(?i)\s*\ue000?\s*(?:\[\d{1,4}\]|\d{1,4}(?:\s*/\s*\d{1,4})?|pp?\.\s*\d{1,4})\s*\ue000?\s*|\s*\ue000\s*"
)
#: A line ending in a word a count follows ("at least", "about", "of"): a number alone on the
#: next line is the sentence's own figure, not a page's number.
_TAKES_A_NUMBER = (
    r"(?i)\b(?:least|about|around|some|nearly|almost|over|than|to|of|up|by|and|or|approximately|roughly"
    r"|estimated|totalled|totaled|reached|at|numbered)\s*$"
)


def _page_break_in_sentence(lines: list[str], k: int, out: list[str]) -> int:
    """(QA pass 41 #12) A page break with no footnotes inside a sentence: a page's number line
    ("Page 2 of 6", or the document's name, a gap and the number) between a line that ends no
    sentence and one that goes on in lower case, with the next page's header lines, if any. The
    index of the sentence's next line, or 0 when line `k` is no such break (the claim's sentence
    was cut in two and lost; kept in a quote, the footer read as the claimant's words)."""
    ln = lines[k]
    bare = _BARE_PAGE.fullmatch(ln) is not None
    if not (_PAGE_MARK.search(ln) or bare) or _FOOTNOTE_RULE.fullmatch(ln):
        return 0
    if not (
        bare or rx.fullmatch(r"(?i)\s*(?:page\s+)?[-–—\d\s|/of]+\s*", ln) or rx.search(r"\S\s{4,}\S", ln)
    ):
        return 0  # prose that ends with a page number, not a footer
    last = next((x for x in reversed(out) if x.strip()), "")
    if not last or _LINE_END.search(last.rstrip()):
        return 0
    if bare and rx.search(_TAKES_A_NUMBER, last):
        return 0  # "at least" / "30" / "soldiers were …": the number is the sentence's
    j = k + 1
    while j < len(lines) and j - k <= 4 and (not lines[j].strip() or _running_head(lines[j], lines, j)):
        j += 1
    if j >= len(lines) or not rx.match(r"\s*[a-z]", lines[j]):
        return 0
    while out and not out[-1].strip():
        out.pop()
    return j


def _lift_page_furniture(lines: list[str]) -> list[str]:
    """(round 53) Text copied out of a PDF: a page's footnotes, its footer and the next page's header
    sit in the middle of a sentence the page break cut ("… North Korean losses" / rule / notes /
    "- 1 -" / header / "had already exceeded 200 troops."). Where a footnote rule opens such a run
    and a page number closes it, the run goes: the footnotes move to the end of the text, the page's
    footer and the next one's header are dropped, and the two halves of the sentence meet again
    (joined by `_unwrap`; a page that ended a paragraph keeps a blank line). Footnotes with no page
    break after them (the last page's) stay where they are."""
    out: list[str] = []
    notes: list[str] = []
    k = 0
    while k < len(lines):
        ln = lines[k]
        after = _page_break_in_sentence(lines, k, out)
        if after:
            k = after  # (QA pass 41 #12) the footer and header go; the sentence's halves meet
            continue
        if not (_FOOTNOTE_RULE.fullmatch(ln) and any(x.strip() for x in out) and k + 1 < len(lines)):
            out.append(ln)
            k += 1
            continue
        j = k + 1
        block: list[str] = []
        if _PAGE_NOTE.match(lines[j]):
            while j < len(lines) and j - k <= 14 and not _PAGE_MARK.search(lines[j]) and lines[j].strip():
                block.append(lines[j])
                j += 1
            while j < len(lines) and not lines[j].strip() and j - k <= 14:
                j += 1
        if j >= len(lines) or not _PAGE_MARK.search(lines[j]):
            out.append(ln)  # no page break after the notes: a rule in the text, or the last page's notes
            k += 1
            continue
        while j < len(lines) and (not lines[j].strip() or _running_head(lines[j], lines, j)):
            j += 1
        notes += block
        last = next((x for x in reversed(out) if x.strip()), "")
        while out and not out[-1].strip():
            out.pop()
        if _LINE_END.search(last.rstrip()) and not rx.search(r"[a-z]\.\d{1,3}$", last.rstrip()):
            out.append("")  # the page ended a paragraph
        k = j
    return out + (["", *notes] if notes else [])


def _strip_line_numbers(lines: list[str]) -> list[str]:
    """A paste's or code view's numbered lines ("  3." blank, "  4. [10.10.2024] Peskov …", "  5.
    may have been sent …"): the numbers go, so wrapped sentences join and dates open items. Only
    a run of eight or more lines numbered one after another, some of them empty (a numbered
    list's items are never empty). A line indented deeper than the others goes on the one above."""
    out = list(lines)
    i = 0
    while i < len(lines):
        m = _LINE_NO.match(lines[i])
        if m is None:
            i += 1
            continue
        j, n, empty = i, int(m.group("n")), 0
        while j < len(lines) and (mj := _LINE_NO.match(lines[j])) is not None and int(mj.group("n")) == n:
            empty += not lines[j][mj.end() :].strip()
            j, n = j + 1, n + 1
        if j - i >= 8 and empty:
            contents = [_NUMBERED.match(lines[k]) for k in range(i, j)]
            base = min((len(c.group("pad")) for c in contents if c and c.group("t")), default=1)
            last = -1
            for k, c in zip(range(i, j), contents, strict=True):
                text = c.group("t") if c else lines[k]
                if c and text and len(c.group("pad")) > base and last >= 0:
                    # "  5.   the Kursk direction. …": a wrapped line goes on the one above it
                    out[last] = f"{out[last]} {text}"
                    out[k] = ""
                    continue
                out[k] = text
                last = k if text else -1
        i = max(j, i + 1)
    return out


#: A quote's attribution on the line under it: "-- Andrii Kovalenko, head of …, Wednesday".
_DASH_ATTRIBUTION = re.compile(r"\s*(?:--|—|–)\s+(?P<who>[A-Z][^\n]{2,})$")
#: A quote that ends its line: '… exceeded 200 troops."'.
_QUOTE_END = re.compile(r"(?P<p>[.!?,]?)(?P<q>[\"”])\s*$")


def _quote_attributions(lines: list[str]) -> list[str]:
    """A quote with its speaker under it after a dash (a quotes-of-the-week list, a pull quote)
    read as one sentence: '"… 200 troops," said Andrii Kovalenko, head of …, Wednesday.' The
    attribution's wrapped lines go with it, up to the next blank line."""
    out: list[str] = []
    open_at = -1  # the attribution being gathered into out[open_at]
    for ln in lines:
        att = _DASH_ATTRIBUTION.match(ln)
        # (the last non-blank line, looked for only under an attribution: looked for on every
        # line, a run of 20,000 blank lines took half a minute)
        prev = next((i for i in range(len(out) - 1, -1, -1) if out[i].strip()), -1) if att else -1
        if att and prev == len(out) - 1 and prev >= 0 and _QUOTE_END.search(out[prev]):
            quote = _QUOTE_END.sub(lambda m: "," + m.group("q"), out[prev])
            out[prev] = f"{quote} said {att.group('who').rstrip(' .')}."
            open_at = prev
            continue
        if (
            open_at >= 0
            and open_at == len(out) - 1
            and ln.strip()
            and not _NEW_ITEM.match(ln.strip())
            and not ln.strip().startswith("(")  # "(Editor's note: …)" under it is not the speaker's
        ):
            out[open_at] = f"{out[open_at][:-1]} {ln.strip().rstrip(' .')}."
            continue
        open_at = -1
        out.append(ln)
    return out


def _period_line_end(line: str) -> date | None:
    """The last day of a header line that is only a span of days with its year ("Dec. 14-20,
    2024", "14-20 December 2024"): the days a weekly digest covers. None for anything else."""
    text = line.strip()
    if len(text) > 40 or not _WRITTEN_YEAR.search(text):
        return None
    found = find_dates(text, date.today())
    if len(found) != 1 or found[0].kind != "range" or found[0].precision != "day":
        return None
    return found[0].last if len(text) - len(found[0].text) <= 2 else None


#: (round 42) A wire dateline on a line of its own, its dash ending the line: "LONDON, Jan 22
#: (Capital Wire) -", "SEOUL, Sept 2 (Seabridge) --" (the story's first paragraph below it).
_DATELINE_ALONE = re.compile(
    r"[A-Z][A-Z'.-]{2,}(?:[/ ][A-Z][A-Z'.-]+){0,2},\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s*(?:19|20)\d{2})?"
    r"\s*\([A-Z][\w .&-]{1,30}\)\s*(?:--|[-–—])"
)
#: A wire's paragraph number before its text: "1. About 1,000 North Korean soldiers …".
_PARA_NUMBER = re.compile(r"\d{1,2}\.\s+(?=[A-Z\"“])")


def _dateline_alone(lines: list[str]) -> list[str]:
    """A dateline alone on its line put before the paragraph it opens (and without that
    paragraph's number), as wires print it: "LONDON, Jan 22 (Capital Wire) - About 1,000 …". The
    blank lines between go, so the line count changes only there."""
    out: list[str] = []
    k = 0
    while k < len(lines):
        ln = lines[k]
        if _DATELINE_ALONE.fullmatch(ln.strip()):
            j = k + 1
            while j < len(lines) and not lines[j].strip():
                j += 1
            if j < len(lines):
                body = lines[j].strip()
                number = _PARA_NUMBER.match(body)
                body = body[number.end() :] if number else body
                if body[:1].isupper() or body[:1] in '"“':
                    out.append(f"{ln.strip()} {body}")
                    k = j + 1
                    continue
        out.append(ln)
        k += 1
    return out


#: Markdown's bold: "**About 600.**", "__at least 3,000__".
_MD_BOLD = re.compile(r"(\*\*|__)(\S(?:.*?\S)?)\1")


def parse_layout(text: str, case_window: tuple[date, date] | None = None) -> Layout:
    """Split scraped text into headline, dateline, outlet, captions, deck, paragraphs and tags.
    `case_window`: the days the case covers, for a date line without a year (`_likely_year`)."""
    # (QA pass 43) a form feed (`pdftotext`'s page end) is kept as a mark until the page breaks
    # are lifted: stripped as space, it left a blank line that cut the sentence it fell in
    text = text.replace("\f", _PAGE_END)
    lines = [ln.rstrip() for ln in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    # (round 64) Markdown's bold anywhere, not only in a note app's export: "**Around 10,000** North
    # Korean soldiers have been sent …" was no figure with its qualifier ("**Around")
    lines = [_MD_BOLD.sub(r"\2", ln) if "**" in ln or "__" in ln else ln for ln in lines]
    rewrites: list[tuple[str, str, str]] = []
    token_rw = _REWRITES.set(rewrites)  # filled by the helpers that rewrite a sentence to read it
    token = _CASE_WINDOW.set(case_window)  # read by `_likely_year` while the layout is made
    result_page = _is_result_page(lines)
    token_rp = _RESULT_PAGE_CTX.set(result_page)
    try:
        lines = _note_lines(_archive_lines(_result_page_lines(lines)))
        lines = _lift_page_furniture(_strip_line_numbers(lines))
        lines = [ln.replace(_PAGE_END, " ").rstrip() if _PAGE_END in ln else ln for ln in lines]
        lines = [_SOURCE_TAIL.sub("", ln) if _SOURCED_ITEM.match(ln) else ln for ln in lines]
        lines = _dateline_alone(_quote_attributions(_unwrap(_join_cues(lines))))
        first = [i for i, ln in enumerate(lines) if ln.strip()][:2]
        lines = _factbox_lines(_deck_lines(_month_first_dates(lines)))
        lines = [
            _possessive_estimate(_translated_word_order(_defined_body_nouns(_spoken_quote_marks(ln))))
            for ln in lines
        ]
        if (
            len(first) == 2
            and parse_dateline(lines[first[0]]) is None
            and parse_dateline(lines[first[1]]) is not None
        ):
            lay = _agency_layout(lines)
        else:
            lay = _web_layout(lines)
    finally:
        _CASE_WINDOW.reset(token)
        _REWRITES.reset(token_rw)
        _RESULT_PAGE_CTX.reset(token_rp)
    lay.case_window = case_window
    lay.rewrites = rewrites
    lay.result_page = result_page
    for how, read, printed in reversed(rewrites):  # (undone last first, as `core.verbatim`)
        if how == "part" and read in lay.title:
            # (round 39) the headline is recorded as printed: "lost at least 30 military killed and
            # wounded", not the "servicemen" the reader reads it as
            lay.title = lay.title.replace(read, printed)
    _year_sections(lay, lines)
    # (the body only: the headline is recorded as printed)
    lay.paragraphs = [_KOREA_SHORT.sub(_korea_long, p) for p in lay.paragraphs]
    body = " ".join(lay.paragraphs)
    lower = len(_LOWER_START.findall(body))
    lay.lower_starts = lower >= 4 and lower > len(_UPPER_START.findall(body))
    return lay


#: (session 24) A sentence's end, then a lower-case or an upper-case word: a machine transcript
#: has more of the first than of the second ("welcome back. three numbers tonight").
_LOWER_START = re.compile(r"[a-z0-9)\]][.?!]\s+[a-z]")
_UPPER_START = re.compile(r"[a-z0-9)\]][.?!][\"”’']?\s+[A-Z]")


#: A heading that is a year alone ("2024", "== 2025 =="): a timeline's section.
_YEAR_HEADING = re.compile(r"\s*(?:=+\s*)?((?:19|20)\d\d)(?:\s*=+)?\s*")


def _year_sections(lay: Layout, lines: list[str]) -> None:
    """Paragraphs under a year heading ("2024" then "* 20 November - ..."): that year is the
    one their yearless dates fall in (recorded in `year_of`)."""
    heads = [(i, int(m.group(1))) for i, ln in enumerate(lines) if (m := _YEAR_HEADING.fullmatch(ln))]
    if not heads:
        return
    j = 0
    for k, para in enumerate(lay.paragraphs):
        key = para[:30]
        at = next((i for i in range(j, len(lines)) if key in lines[i]), None)
        if at is None:
            continue  # rewritten (a dateline taken off): keep the last place found
        j = at
        years = [y for i, y in heads if i < at]
        if years:
            lay.year_of[k] = years[-1]


def _tag_line(s: str) -> bool:
    """A line of hashtags ("#Kursk #DPRK"), not a post flagged by one ("#BREAKING Zelensky …")."""
    flagged = _FLAG_TAGS.match(s)
    return s.startswith("#") and not (flagged and _body_like(s[flagged.end() :]))


def _agency_layout(lines: list[str]) -> Layout:
    """Headline, glued dateline, outlet line, captions, body, #tags (the agency scrape)."""
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
        if i < n and lines[i].strip() and len(lines[i].strip()) <= 40 and not lines[i].strip().endswith("."):
            lay.outlet = outlet_name(lines[i])
            i += 1
        while i < n and lines[i].strip():
            lay.captions.append(lines[i].strip())
            i += 1
    # Trailing #tags.
    end = n
    while end > i and (not lines[end - 1].strip() or _tag_line(lines[end - 1].strip())):
        if lines[end - 1].strip():
            lay.tags.insert(0, lines[end - 1].strip().lstrip("#").strip())
        end -= 1
    paras: list[str] = []
    for ln in lines[i:end]:
        s = ln.strip()
        flagged = _FLAG_TAGS.match(s)
        if flagged and _body_like(s[flagged.end() :]):
            s = s[flagged.end() :]  # "#BREAKING Zelensky said …": the post's flag, then its text
        if not s or _is_caption(s) or s.startswith("#"):
            continue
        url = _URL_RE.search(s)
        if url and len(s) - len(url.group(0)) < 20:
            lay.url = lay.url or url.group(0)
            continue
        paras.append(s)
    # a table of statements, a listicle's items or note-form bullets read as in any other page
    paras = [
        p
        for p in _note_items(
            _figure_items(_table_prose(_qa_answers(_source_lines(_footnote_sources(paras)))))
        )
        if p
    ]
    for k, p in enumerate(paras):  # (a listicle's items: entries of their own, `_figure_items`)
        if p.startswith(ITEM_START):
            paras[k] = p[1:]
            if k:
                lay.breaks.add(k)
    if (
        paras
        and not rx.search(r"[.!?][\"”’']?$", _FOOTNOTE.sub("", paras[0]))
        and not _ENTRY_HEAD.fullmatch(paras[0])
    ):
        lay.deck = paras.pop(0)  # ((session 39) a digest's first entry head is no deck: it names a source)
    lay.paragraphs = _label_turns(paras, lay)
    _wire_datelines(lay)
    return lay


def _label_turns(paras: list[str], lay: Layout) -> list[str]:
    """Transcript turns in a plain list of paragraphs: labels stripped, speakers recorded, each
    turn going on until the next label (see `_web_layout`, which does the same inline)."""
    named = _named_surnames(paras)
    out: list[str] = []
    turn = ""
    for s in paras:
        s = _TIME_CODE.sub("", s)
        chat = _CHAT_TURN.fullmatch(s)
        if chat:  # a chat message: its handle is no speaker (see `_web_layout`)
            s = chat.group("rest").strip()
            s += "" if rx.search(r"[.!?][\"”’')]?$", s) else "."
        labelled = _speaker_label(s, named)
        if labelled is not None:
            turn, s = labelled
        if turn in _QUESTION_LABELS:
            lay.questions.add(len(out))
        elif turn in _ANSWER_LABELS:
            lay.answers.add(len(out))
        elif turn and turn not in _ROLE_LABELS:
            lay.speaker_of[len(out)] = turn
        out.append(s)
    return out


#: "SEOUL, Dec. 23 (Yonhap) --", "MOSCOW, December 2. /TASS/.", "Seoul (AFP) –",
#: "MOSCOW, March 13 – RIA Novosti.", "LONDON —": the wire dateline opening a paragraph.
_WIRE_RE = re.compile(
    r"^(?:\((?:LEAD|URGENT|2nd LD|UPDATE)[^)]*\)\s*)?"
    # "(ANSA) - ROME, APR 28 - …": the agency before the city
    r"(?:\((?P<o0>[A-Z][A-Za-z&-]{1,15})\)\s*[-–—]\s*(?=[A-Z]))?"
    # ("Sofia/Seoul, February 4 (BTA) - …": two cities)
    r"(?P<city>[A-Z][A-Za-z'.-]+(?:(?:\s|/)[A-Z][A-Za-z'.-]+){0,2})"
    r"(?:,\s*(?P<mon>[A-Z][a-z]{2,8}|[A-Z]{3,9})\.?\s+(?P<day>\d{1,2})\.?(?:,\s*(?P<year>(?:19|20)\d{2}))?)?"
    # ("Seoul, Jan 13 (EFE).- …": a full stop after the agency)
    r"(?:\s*\((?P<o1>[A-Z][\w .&-]{1,30})\)\.?\s*|\s*/(?P<o2>[A-Z][\w .-]{1,20})/\.?\s*"
    r"|\s*[-–—]+\s*(?P<o3>[A-Z][\w .-]{1,25}?)\.\s+)?"
    r"\s*(?:--|[-–—])?\s*(?=[A-Z\"“])"
)


#: An agency's dateline with the country after the city and the day after the agency:
#: "SEOUL, South Korea (AW) - June 17 - …".
_WIRE_DAY_AFTER = re.compile(
    r"^[A-Z][A-Z'.-]{2,}(?:\s+[A-Z][A-Z'.-]+){0,2},\s+(?:[A-Z][a-z]+\s+){0,2}[A-Z][a-z]+\s*"
    r"\([A-Z][\w .&-]{1,30}\)\s*[-–—]\s*(?P<mon>[A-Z][a-z]{2,8})\.?\s+(?P<day>\d{1,2})\s*[-–—]\s"
)


#: A dateline with the day before the month: "KYIV, 23 December 2024 (UNA) - …".
_WIRE_DAY_FIRST = re.compile(
    r"^[A-Z][A-Z'.-]{2,}(?:\s+[A-Z][A-Z'.-]+){0,2},\s+(?P<day>\d{1,2})\s+(?P<mon>[A-Z][a-z]{2,8})\.?"
    r"(?:\s+(?P<year>(?:19|20)\d{2}))?\s*\([A-Z][\w .&-]{1,30}\)\s*[-–—]\s"
)


def _filed_day(lay: Layout, days: list[tuple[int, int, int]]) -> None:
    """The one dated dateline of a story reprinted under a later page date (one to three days
    later): the day the story was filed (`Layout.filed`). Several dated datelines (a round-up of
    stories) give none."""
    if lay.published is None or len(days) != 1:
        return
    year, month, day = days[0]
    page = lay.published.date()
    year = year or (page.year if (month, day) <= (page.month, page.day) else page.year - 1)
    try:
        filed = date(year, month, day)
    except ValueError:
        return
    if 1 <= (page - filed).days <= 3:
        lay.filed = datetime(filed.year, filed.month, filed.day)


_ALERT_WORDS = frozenset(
    {"FLASH", "URGENT", "BULLETIN", "ALERT", "BREAKING", "WRITETHRU", "UPDATE", "REPEAT"}
)


def _wire_datelines(lay: Layout) -> None:
    """Strip wire datelines from paragraph starts; they give the outlet (and a date)."""
    had_date = lay.published is not None
    days: list[tuple[int, int, int]] = []
    for k, para in enumerate(lay.paragraphs):
        after = _WIRE_DAY_AFTER.match(para) or _WIRE_DAY_FIRST.match(para)
        if after and after.group("mon").lower() in MONTHS:
            year = after.groupdict().get("year")
            days.append((int(year or 0), MONTHS[after.group("mon").lower()], int(after.group("day"))))
            if had_date:
                # the dateline is no part of the story's first sentence: its day is no span
                lay.paragraphs[k] = para[after.end() :].strip()
                lay.city = lay.city or para.split(",")[0]
                continue
        m = _WIRE_RE.match(para)
        if not m or m.end() == 0:
            continue
        city = m.group("city")
        outlet = m.group("o0") or m.group("o1") or m.group("o2") or m.group("o3") or ""
        shouting = city.isupper() and len(city) >= 4
        if not outlet and not (shouting and rx.match(r"\s*(?:,[^-–—]*)?[-–—]", para[len(city) :])):
            continue  # an ordinary sentence that starts with a name
        if m.group("mon") and m.group("mon").lower() not in MONTHS:
            continue
        if rx.fullmatch(
            r"(?i)(?:mon|tues|wednes|thurs|fri|satur|sun)day|yesterday|today", outlet.strip()
        ) or rx.fullmatch(r"(?i)yesterday|today|tonight|earlier|later", city):
            continue  # "Yesterday (Monday) NIS briefed ...": a day, not a dateline's outlet
        lay.paragraphs[k] = para[m.end() :].strip()
        lay.city = lay.city or city
        if outlet and (not lay.outlet or lay.outlet.upper() in _ALERT_WORDS):
            # ((round 42) a wire alert's "FLASH" or "URGENT" over the story is no outlet)
            lay.outlet = outlet_name(outlet.strip())
        if m.group("mon"):
            days.append((int(m.group("year") or 0), MONTHS[m.group("mon").lower()], int(m.group("day"))))
        if m.group("mon") and lay.published is None:
            year = int(m.group("year")) if m.group("year") else 0
            year = year or _likely_year(
                lay, MONTHS[m.group("mon").lower()], int(m.group("day")), lay.paragraphs[k]
            )
            try:
                lay.published = datetime(year, MONTHS[m.group("mon").lower()], int(m.group("day")))
            except ValueError:
                pass
    if had_date:
        _filed_day(lay, days)


#: A heading's day with its weekday and no year: "What's on TV tonight: Thursday 1 May".
#: The weekday may be cut to three letters ("Thu 13 Mar 21:40:07", a teletext page's header).
_WEEKDAY_DAY = re.compile(
    r"\b(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon|Tue|Wed|Thu|Fri|Sat|Sun)\.?,?\s+"
    r"(?:(?P<d1>\d{1,2})\s+(?P<m1>[A-Z][a-z]+)|(?P<m2>[A-Z][a-z]+)\s+(?P<d2>\d{1,2}))\b(?!,?\s+\d{4})"
)


def _weekday_heading(header: list[str]) -> datetime | None:
    """A page dated in its heading by a weekday and a day without a year ("Thursday 1 May"): the
    latest year, not after today, in which that day falls on that weekday (within seven years)."""
    for s in header:
        m = _WEEKDAY_DAY.search(s)
        if m is None:
            continue
        mon = (m.group("m1") or m.group("m2")).lower()
        if mon not in MONTHS:
            continue
        month, day = MONTHS[mon], int(m.group("d1") or m.group("d2"))
        wd = next(
            w
            for w in ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
            if w.startswith(m.group("wd"))
        )
        y = _year_on_weekday(month, day, wd, date.today().year - 6)
        return datetime(y, month, day) if y is not None else None
    return None


def _year_on_weekday(
    month: int, day: int, weekday: str, earliest: int, lags: tuple[int, ...] = (0,)
) -> int | None:
    """The latest year from this one back to `earliest` in which `month`/`day` falls on
    `weekday` ("Tuesday") and is not after today; None if none does. With `lags`, the weekday
    may fall that many days before the date (a dateline's lead "said Thursday" of the day before),
    each lag tried only when no year fits the ones before it (the same day first)."""
    today = date.today()
    for k in lags:
        for y in range(today.year, earliest - 1, -1):
            try:
                d = date(y, month, day)
            except ValueError:
                continue
            if d <= today and (d - timedelta(days=k)).strftime("%A") == weekday:
                return y
    return None


#: How many days a dateline's lead weekday may fall before the dateline: "SEOUL, Dec. 20 ...
#: lawmakers said Thursday" (the 19th), "WASHINGTON, Nov 5 ... said on Monday" (the 4th), the
#: same day or the day before (a statement made the evening before, or across time zones).
_LEAD_LAGS = (0, 1)


#: The rewrites of the layout being made (`Layout.rewrites`), while `parse_layout` runs.
_REWRITES: ContextVar[list[tuple[str, str, str]] | None] = ContextVar("rewrites", default=None)
#: The case's days while `parse_layout` runs (its helpers build the layout they date).
_CASE_WINDOW: ContextVar[tuple[date, date] | None] = ContextVar("case_window", default=None)
#: (round 66) Set while a result page's layout is made (`_is_result_page`): its snippets are cut
#: with "…", so a long line ending so is a sentence (`_body_like`), not a heading.
_RESULT_PAGE_CTX: ContextVar[bool] = ContextVar("result_page", default=False)
#: How far past the case's latest day a report about it may be dated (a month's reporting on it).
CASE_MARGIN = timedelta(days=31)
#: A date line this close before today (a week) is this week's news, whatever the case's days.
RECENT = timedelta(days=7)


def _likely_year(lay: Layout, month: int, day: int, lead: str) -> int:
    """A year for a dateline without one (`_year_guess`), never one that puts the report after
    today: "SEOUL, Dec. 19" read on 3 December 2026 was filed in 2025 at the latest. (session 17)
    When that puts the report outside the case's days (`Layout.case_window`, plus a month), it
    is not a date line of the last week and the text names no year from the case's first on,
    the latest year inside them is taken instead: "KYIV, Nov. 9" over a text that names only
    "since 2016" is 2024 for the Kursk case; one that names 2026 stays in 2026."""
    year = _year_guess(lay, month, day, lead)
    today = date.today()
    year = year - 1 if year >= today.year and (month, day) > (today.month, today.day) else year
    window = lay.case_window or _CASE_WINDOW.get()
    if window is None:
        return year
    first, last = window[0], min(window[1] + CASE_MARGIN, today)

    def on(y: int) -> date | None:
        try:
            return date(y, month, day)
        except ValueError:
            return None

    guess = on(year)
    if guess is None or first <= guess <= last or timedelta(0) <= today - guess <= RECENT:
        return year
    text = " ".join([lay.title, *lay.paragraphs])
    if any(first.year <= int(y) <= today.year for y in rx.findall(r"\b(20[0-4]\d)\b", text)):
        return year  # the text names a year of the case or after it: its own reading stands
    inside = [y for y in range(first.year, last.year + 1) if (d := on(y)) is not None and first <= d <= last]
    return max(inside) if inside else year


def _year_guess(lay: Layout, month: int, day: int, lead: str) -> int:
    """A year for a dateline without one: the latest year (not before the latest one the report
    mentions) in which the dateline falls on the weekday the lead says ("said Tuesday"), else the
    latest plausible year mentioned, else the latest year matching that weekday."""
    text = " ".join([lay.title, *lay.paragraphs])
    years = [int(y) for y in rx.findall(r"\b(20[0-4]\d)\b", text)]
    now = date.today().year
    years = [y for y in years if y <= now]
    wd = rx.search(
        # "said Tuesday", "told lawmakers on Wednesday" (the verb's object in between)
        r"\b(?:said|says|told|announced|reported)\s+(?:[\w'’-]+\s+){0,3}?(?:on\s+)?(Monday|Tuesday|Wednesday"
        r"|Thursday|Friday|Saturday|Sunday)\b",
        lead,
    ) or rx.search(
        # "North Korea on Monday confirmed …": the day before the verb
        r"\bon\s+(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s+(?:\w+\s+)?"
        r"(?:said|told|announced|reported|confirmed|acknowledged|denied|claimed|stated|put|raised)\b",
        lead,
    )
    if years:
        latest = max(years)
        # A report comes after the dated events it recalls: "MOSCOW, April 28" over a text that
        # recalls "August 6, 2024" was filed in 2025.
        recalled = rx.findall(rf"\b([A-Z][a-z]{{2,8}})\.?\s+(\d{{1,2}}),\s+{latest}\b", text) + [
            (mon, d) for d, mon in rx.findall(rf"\b(\d{{1,2}})\s+([A-Z][a-z]{{2,8}})\s+{latest}\b", text)
        ]  # "August 6, 2024" and "6 August 2024"
        # (session 17) a month with the year: "the incursion, launched in August 2024" (its first day)
        recalled += [(mon, "1") for mon in rx.findall(rf"\b([A-Z][a-z]{{2,8}})\s+{latest}\b", text)]
        earliest = latest
        for mon, d in recalled:
            if mon.lower() in MONTHS and (MONTHS[mon.lower()], int(d)) > (month, day) and latest < now:
                earliest = latest + 1
        if wd:
            # A weekday pins the year: the latest year, no earlier than the latest one the text
            # mentions (or the one after, past the days it recalls), in which the dateline falls
            # on it ("SEOUL, Jan. 13 ... said Monday" over a text that mentions "since 2021" is
            # 2025). A bare year in the body is background.
            y = _year_on_weekday(month, day, wd.group(1), earliest, _LEAD_LAGS)
            if y is not None:
                return y
        return earliest
    if wd:
        return _year_on_weekday(month, day, wd.group(1), now - 6, _LEAD_LAGS) or now
    return now


def _body_like(line: str) -> bool:
    """A sentence (or several): ends like one and is long enough not to be a heading."""
    s = line.strip()
    # ((round 42) a PDF's note number after the full stop still ends one: "… of Kursk Oblast.4")
    bare = _FIGURE_NOTE.sub("", _GLUED_NOTE.sub("", _FOOTNOTE.sub("", s)))
    ends = rx.search(r"[.!?][\"”’')]?$", bare) is not None and not rx.search(r"\b[A-Z]\.$", s)
    intro = s.endswith(":") and len(s.split()) >= 10  # "... reports the losses of the enemy:"
    # ((round 61) but not a reply's "On 27 Dec 2024, at 23:41, Rafael Ortiz <…> wrote:": a header)
    intro = intro and WROTE_LINE.fullmatch(s) is None
    # ((round 66) a result page's snippet cut with "…" or "..." ends as a sentence does)
    ends = ends or (_RESULT_PAGE_CTX.get() and rx.search(r"\w[\"”’')]?\s*(?:…|\.\.\.)$", bare) is not None)
    return (ends and len(s.split()) >= 8) or len(s) >= 160 or intro


#: (session 39) A digest's entry head: its day (year first), a bar, and the source the entry
#: reviews ("2024-12-02 | Russian Ministry of Defence (statement)", "2024-12-12 | Vladimir
#: Romanov, military blogger (Telegram)"): "the ministry said" under it points back to the source
#: it names (`Layout.entry_source`; an agency-style page keeps it as a paragraph, read as a
#: heading). Short and unpunctuated with a bar in it, it was dropped as a breadcrumb, or taken for
#: the deck.
_ENTRY_HEAD = re.compile(r"\s*\d{4}-\d{2}-\d{2}\s+\|\s+(?P<who>[A-Z][^|]{2,80}?)\s*")


def _is_furniture(line: str) -> bool:
    s = line.strip()
    return (
        bool(rx.match(FURNITURE, s, re.IGNORECASE))
        or (" | " in s and len(s) < 80 and not rx.search(r"[.!?]$", s))
        or (" > " in s and len(s) < 80 and not rx.search(r"[.!?]$", s))
    )  # breadcrumbs: "Home > News"


#: One item of a figures list: "personnel — about 845,900 (+1,210) persons,", "tanks – 9,950 (+5)".
#: (round 41) A list item that is a bare count: "- more than 310 servicemen;", "- 302 tanks;".
_COUNT_ITEM = re.compile(
    r"[—–•*-]\s+(?:(?:about|approximately|around|some|more\s+than|over|up\s+to|nearly|at\s+least)\s+)?"
    r"\d[\d,.]*(?:\s+thousand)?\s+[a-z][a-z -]{1,40}[;,.]?"
)
_LIST_ITEM = re.compile(
    # (a dash may lead the item: "– irrecoverable losses – 25,200;")
    r"(?:[—–•*-]\s+)?[a-z][\w /()'’-]{0,40}?\s+[—–-]+\s*(?:about|approximately|around|some)?\s*\d[\d,.]*"
    r"(?:\s*\(\s*[+-]?\s*[\d,.]+\s*\))?(?:\s+[a-z]+)?\s*[,;.]?"
)
#: A live blog's time stamp: "18:40", "21.40 GMT", "5.20pm GMT", "10:05 a.m. ET".
_TIME_LINE = re.compile(r"(?i)\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?(?:\s*[A-Z]{2,4}(?:[+-]\d{1,2})?)?")
_WEEKDAY = r"(?:Mon|Tue|Tues|Wed|Wednes|Thu|Thur|Thurs|Fri|Sat|Satur|Sun)(?:day)?\.?"
_MONTH = _MONTH_WORD
#: (session 17) A timeline's heading that is a weekday alone: "Wednesday", "Thursday:".
_WEEKDAY_HEADING = re.compile(rf"{WEEKDAY_WORD}:?")
#: A live blog's day heading: "Thursday 9 January", "Thursday, January 9", "9 January 2025".
_DAY_HEADING = re.compile(
    rf"(?:{_WEEKDAY},?\s+)?(?:\d{{1,2}}\s+{_MONTH}|{_MONTH}\s+\d{{1,2}})(?:,?\s+\d{{4}})?"
)


#: (round 39) A digest's day heading written with numbers or its weekday after the day: "THU 12.12",
#: "Mon 28.04", "22.01 WED", "Fri 27/12", "9 JAN (THU)", and a two-day range ("Sat 28/12 - Sun 29/12",
#: "WED 18 JUN - THU 19 JUN"), whose first day is taken.
_WD_ANY = rf"(?i:{_WEEKDAY})"
_NUMERIC_DAY = re.compile(
    rf"(?:(?P<wd1>{_WD_ANY}),?\s+)?(?P<d>\d{{1,2}})[./](?P<m>\d{{1,2}})(?:[./](?P<y>\d{{4}}))?\.?"
    rf"(?:\s*\(?(?P<wd2>{_WD_ANY})\)?)?"
)
_DAY_THEN_WEEKDAY = re.compile(rf"(?P<day>\d{{1,2}}\s+(?i:{_MONTH}))\s*\(?(?P<wd>{_WD_ANY})\)?")
_RANGE_TAIL = re.compile(r"\s*[-–—]\s*\S.{0,24}")
#: (round 50) A live blog's entry stamp with its day and time of day: "Mon 23 Dec 2024 19.40 CET",
#: "Sun 12 Jan 2025 · 13.15 GMT", "Saturday, January 11, 2025 at 9:00 a.m."
_TIMED_DAY = re.compile(
    rf"(?P<day>{_WEEKDAY},?\s+(?:\d{{1,2}}\s+{_MONTH}|{_MONTH}\s+\d{{1,2}})(?:,?\s+\d{{4}})?)"
    r"\s*(?:[,·|]\s*)?(?:at\s+)?\d{1,2}[:.]\d{2}\s*(?i:[ap]\.?m\.?)?(?:\s*[A-Z]{2,4}(?:[+-]\d{1,2})?)?"
)
#: (round 40) A day heading with no weekday, in numbers only: "17/06", "19.12", "12.01.2025",
#: "2025-01-12"; and a weekday with the day's ordinal alone: "Thursday 19th".
_BARE_NUMERIC_DAY = re.compile(
    r"(?P<d>\d{1,2})[./](?P<m>\d{1,2})(?:[./](?P<y>\d{4}|\d{2}))?\.?:?|(?P<iy>\d{4})-(?P<im>\d{2})-(?P<id>\d{2}):?"
)
_WEEKDAY_ORDINAL = re.compile(rf"(?P<wd>{_WD_ANY}),?\s+(?:the\s+)?(?P<d>\d{{1,2}})(?:st|nd|rd|th)\.?:?")


def _numbered_day(line: str, page_day: date) -> date | None:
    """(round 40) The day a heading in numbers alone or "Thursday 19th" names: on or before the
    page's day and at most 180 days before it; None for any other line."""
    bare = _BARE_NUMERIC_DAY.fullmatch(line)
    when: date | None = None
    if bare is not None:
        try:
            if bare.group("iy"):
                when = date(int(bare.group("iy")), int(bare.group("im")), int(bare.group("id")))
            else:
                day, month = int(bare.group("d")), int(bare.group("m"))
                y = bare.group("y")
                years = [int(y) + (2000 if len(y) == 2 else 0)] if y else [page_day.year, page_day.year - 1]
                when = next((d for d in (date(yr, month, day) for yr in years) if d <= page_day), None)
        except ValueError:
            return None
    ordinal = _WEEKDAY_ORDINAL.fullmatch(line)
    if ordinal is not None:
        wd = ordinal.group("wd")[:3].lower()
        for back in range(0, 62):
            d = page_day - timedelta(days=back)
            if d.day == int(ordinal.group("d")) and d.strftime("%a").lower() == wd:
                when = d
                break
    if when is None or when > page_day or (page_day - when).days > 180:
        return None
    return when


def _heading_day(line: str, page_day: date, live: bool = False) -> str | None:
    """A day heading in a form `_DAY_HEADING` does not read, rewritten as one it does ("Thursday 12
    December"; "MON 13 JAN" as "Mon 13 Jan"); None for any other line."""
    head = line.strip()
    timed = _TIMED_DAY.fullmatch(head) if live else None
    if timed is not None:
        # (round 50) a live blog's entry stamp: the entry's day; its time of day is no part of it
        # ((QA 11) only on a page whose entries have bare time stamps too: elsewhere a dated time
        # stamp is a related link's or a post's, and dates nothing under it)
        return timed.group("day")
    iso = _numbered_day(head, page_day) if rx.fullmatch(r"\d{4}-\d{2}-\d{2}:?", head) else None
    if iso is not None:  # (round 40) "2024-12-27": no range
        return f"{iso.strftime('%A')} {iso.day} {iso.strftime('%B')}"
    first = _RANGE_TAIL.sub("", head, count=1) if rx.search(r"\d\s*[-–—]\s*\S|\s[-–—]\s", head) else head
    num = _NUMERIC_DAY.fullmatch(first)
    if num is not None and (num.group("wd1") or num.group("wd2")):
        day, month = int(num.group("d")), int(num.group("m"))
        years = [int(num.group("y"))] if num.group("y") else [page_day.year, page_day.year - 1]
        for year in years:
            try:
                when = date(year, month, day)
            except ValueError:
                return None
            if when <= page_day:
                return f"{when.strftime('%A')} {when.day} {when.strftime('%B')}"
        return None
    numbered = _numbered_day(first, page_day)
    if numbered is not None:
        return f"{numbered.strftime('%A')} {numbered.day} {numbered.strftime('%B')}"
    named = _DAY_THEN_WEEKDAY.fullmatch(first)
    if named is not None:
        return f"{named.group('wd').title()} {named.group('day').title()}"
    titled = first.title() if first.isupper() else first  # "MON 13 JAN", "SATURDAY 26 APRIL"
    if (first != head or titled != first) and _DAY_HEADING.fullmatch(titled):
        return titled  # (and "WED 18 JUN - THU 19 JUN": the range's first day)
    return None


#: A transcript's speaker label: "[00:01:24] GUEST: ...", "MS. SINGH: ...", "Q: ...". Upper-case
#: words (a name, a title) before a colon at the start of a paragraph; a time code goes too.
#: An email's or a memo's date header: "Date: Tue, 2 Sep 2025 17:42", "Sent: 2 September 2025".
_EMAIL_DATE = re.compile(r"(?i)(?:date|sent|보낸\s*날짜|送信日時)\s*:\s*(?P<d>.{6,60})")
_TIME_CODE = re.compile(
    # (a stream's chat replay: "00:06:31  [MOD] nightowl_ops: …", the stream time unbracketed, the
    # chatter's badges after it)
    r"^(?:\[\d{1,2}:\d{2}(?::\d{2})?\]|\d{1,2}:\d{2}:\d{2}(?=\s))\s*(?:\[[A-Z][\w .]{0,15}\]\s*)*"
)
#: An alert's or a wire flash's time of day (24-hour, no colon) at the head of its item: "[0812] …",
#: "1225 BRUSSELS -- …" (a dateline in capitals and a typed dash after the time).
_ALERT_STAMP = re.compile(
    r"\[(?:[01]\d|2[0-3])[0-5]\d\]\s+|(?:[01]\d|2[0-3])[0-5]\d\s+(?=[A-Z][A-Z.]+(?:\s[A-Z][A-Z.]+)*\s+--\s)"
)
#: A wire's item heading led by its time of day and a typed dash: "2002 -- URGENT -- WASHINGTON -- …".
_ALERT_HEAD = re.compile(r"(?:[01]\d|2[0-3])[0-5]\d\s+--\s+[A-Z]")
#: A recap's heading with its day in brackets: "WEEKEND RECAP (Sat 26 Apr):".
_RECAP_HEADING = re.compile(
    rf"[A-Za-z][\w '’-]{{2,40}}\(\s*(?P<d>(?:{_WEEKDAY},?\s+)?(?:\d{{1,2}}\s+{_MONTH}|{_MONTH}\s+\d{{1,2}})(?:,?\s+\d{{4}})?)\s*\)\s*:?"
)
#: A chat export's message after its time code: "jun.park: morning. HUR posted …" (a lower-case
#: handle with a dot, an underscore or a digit in it, then a colon).
_CHAT_TURN = re.compile(r"@?(?=[a-z][\w.-]*[._\d])[a-z][\w.-]{1,30}:\s+(?P<rest>\S.*)")
#: A messaging app's exported message: "23/12/2024, 18:05 - Oksana K: text", "[23.12.24, 18:05:12]
#: Jae-min (Seoul): text", "[09:13] Jun Park: text" (a date before the time, or the time in
#: brackets, a dash after an unbracketed stamp), the sender's name optional (the app's own notices have none).
_STAMPED_MESSAGE = re.compile(
    r"(?:\[\s*(?:\d{1,4}[/.-]\d{1,2}[/.-]\d{2,4},?\s+)?{t}\s*\]\s*|\d{1,4}[/.-]\d{1,2}[/.-]\d{2,4},?\s+{t}\s+[-–—]\s+)"
    r"(?:(?P<name>[^\s:\d][^:]{0,40}?):\s+)?(?P<rest>\S.*)".replace(
        "{t}", r"\d{1,2}:\d{2}(?::\d{2})?(?:\s*[APap]\.?[Mm]\.?)?"
    )
)
#: A figure set as a label over (or before) the words that say what it counts: "1,000" on its own
#: line, "~11K.", "6,000+", "3,000-plus", "77 and 40"; after a slide's or card's number ("Slide 3/7:").
_FIG = r"[~≈]?\s?\d[\d,]*(?:\.\d+)?\s?[kKmM]?(?:\+|-plus)?"
_FIGURE_LABEL = re.compile(
    rf"(?:[A-Z][a-z]{{1,10}}\s+\d{{1,3}}(?:/\d{{1,3}})?\s*[:.)–—-]\s+)?(?P<label>{_FIG}(?:\s+(?:and|/)\s+{_FIG})?)"
    r"(?:\.\s+(?P<rest>[A-Z\"“].*)|\.?)"
)
_DATE_WORDS = re.compile(
    rf"\b\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH}(?:,?\s+\d{{4}})?|\b{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+\d{{4}})?"
    r"|\b(?:19|20)\d{2}\b"
)
_SAY_QUALIFIER = {
    "about": "about",
    "over": "more than",
    "at_least": "at least",
    "up_to": "up to",
    "nearly": "nearly",
}


def _label_of(s: str, alone: bool) -> str:
    """The figure label `s` is (on its own line when `alone`, else before its words), or "". A
    list's number ("1. Seoul spy agency says …") and a year heading ("2024") are none."""
    m = _FIGURE_LABEL.fullmatch(s)
    if (
        m is None
        or bool(m.group("rest")) == alone
        or rx.fullmatch(r"\d{1,2}|(?:19|20)\d\d", m.group("label"))
    ):
        return ""
    return m.group("label")


def _labelled_figure(label: str, text: str) -> str:
    """The words under a figure label read with the figure: "1,000" over "North Korean soldiers
    killed …, according to X" is "1,000 North Korean soldiers killed …". Text whose first sentence
    gives a figure of its own ("80K." over "At least 80,000 Russians …") stays as it is."""
    first = rx.split(r"(?<=[.!?])\s+", text, maxsplit=1)[0]
    if rx.search(r"\d", _DATE_WORDS.sub("", first)):  # a date ("15 June 2025") gives no figure
        return text
    label = rx.sub(r"(?i)(\d)-plus\b", r"\1+", label.strip())
    figs = find_figures(label)
    if len(figs) == 1 and figs[0].qualifier == "exact":
        # "1,000" over "… Kirby said the figure was around a thousand": the words' qualifier
        same = [f for f in find_figures(text) if (f.low, f.high) == (figs[0].low, figs[0].high)]
        if same and same[0].qualifier in _SAY_QUALIFIER:
            label = f"{_SAY_QUALIFIER[same[0].qualifier]} {label}"
    words = text.split(maxsplit=2)
    head = rx.sub(r"\W+$", "", words[0]) if words else ""
    if head[1:].islower() and (head.lower() in PEOPLE_NOUNS or len(words) < 2 or not words[1][:1].isupper()):
        text = text[:1].lower() + text[1:]  # "Casualties, according to …", "Sappers Kim Jong Un sent"
    return f"{label} {text}"


#: A thread's post counter after a post's last sentence: "... in the Kursk fighting. 2/8", "(3/5)".
_POST_COUNTER = re.compile(r"(?<=[.!?\"”’)])\s+\(?\d{1,3}/\d{1,3}\)?\s*$")
_SPEAKER_LABEL = re.compile(
    r"^(?P<label>Q|A|[A-Z][A-Z.'’-]+(?:\s+[A-Z][A-Z.'’-]*){0,6})"
    # (session 18) a clip's note naming its day after the label: "RYDER (briefing audio, Monday):"
    # (not a role's note, "REPORTER (V/O):", "ANCHOR (SEO JI-WON):": those lines stay prose)
    rf"(?:\s+\((?=[^()]*\b{WEEKDAY_WORD}\b)(?P<note>[^()]{{1,60}})\))?:\s+(?P<rest>\S.*)$"
)
#: (session 18) A conversation's turn labelled by a first name as written: "Ji-won: Hello …",
#: "Mark: And the headline …" (a label only when the text turns between such names, below).
_NAME_LABEL = re.compile(r"^(?P<label>[A-Z][a-z]+(?:-[a-z]+)?(?:\s+[A-Z][a-z]+)?):\s+(?P<rest>\S.*)$")
_QUESTION_LABELS = frozenset({"Q", "QUESTION", "REPORTER", "JOURNALIST", "INTERVIEWER"})
#: (session 17) A briefing's "SPOKESMAN:": the spokesperson the introduction names (the reader
#: gives the turn to the body they speak for).
_SPOKES_LABELS = frozenset({"SPOKESMAN", "SPOKESWOMAN", "SPOKESPERSON"})
#: Labels of an interview's answers: the interviewee speaks (a role, not a name, so no speaker
#: by the label itself; the reader gives the turn to the person interviewed).
_ANSWER_LABELS = frozenset({"A", "ANSWER", "GUEST"})
#: Labels that name a role, not a speaker a claim can be credited to.
_ROLE_LABELS = frozenset(
    # ("A:" answers a "Q:": the question's turn ends there, and the answer speaks for no one by its label)
    {"HOST", "GUEST", "MODERATOR", "OPERATOR", "ANNOUNCER", "NARRATOR", "ANCHOR", "A", "ANSWER"}
)
#: (session 18) Every role a label can name: written in mixed case ("Question:", "Host:") they
#: are read as before, not as a conversation's first names.
_ROLE_WORDS = _QUESTION_LABELS | _ANSWER_LABELS | _ROLE_LABELS | _SPOKES_LABELS
#: An account's handle line: "@DefenceHQ", "@usof_ua · 184K subscribers".
_HANDLE = re.compile(
    r"(?:@\w{2,30}|(?:https?://)?(?:t\.me|telegram\.me|x\.com|twitter\.com)/@?\w{2,40})"
    r"(?:\s*[·•|]\s*[\d.,]+\s*[KkMm]?\s+(?:subscribers|followers|members))?"
)
#: ((round 40) after an arrow or an emoji: "↪️ Forwarded from: Volodymyr Zelensky / Official")
_FORWARDED = re.compile(r"(?i)^[^\w\s]{0,4}\s*(?:forwarded|reposted|shared)\s+from\s*:?\s+(?P<who>.{2,80})$")


def _named_surnames(lines: list[str]) -> frozenset[str]:
    """Surnames the text gives with a first name before them ("John Kirby", "ELISE MARCHETTI",
    "MARK DONNELLY:"), upper-cased: a transcript's bare "KIRBY:" label is that person."""
    out: set[str] = set()
    for ln in lines:
        for m in rx.finditer(
            r"\b[A-Z][a-z]+\s+(?=([A-Z][a-z]+(?:[-'’][A-Z]?[a-z]+)?)\b)|\b[A-Z]{2,}\s+(?=([A-Z]{3,})\b)", ln
        ):
            out.add((m.group(1) or m.group(2)).upper())
        # (session 17) a Korean name, surname first: "Rep. Lee Seong-kweun" makes "LEE:" a label
        for m in rx.finditer(r"\b([A-Z][a-z]{1,5})\s+[A-Z][a-z]+-[a-z]+\b", ln):
            out.add(m.group(1).upper())
    # (session 18) a conversation labelled by first names as written ("Ji-won:", "Mark:"): two or
    # more names that each open two or more lines are its speakers ("Note:" once is no turn)
    turns = Counter(t.group("label") for ln in lines if (t := _NAME_LABEL.match(ln.strip())) is not None)
    voices = {
        label
        for label, n in turns.items()
        if n >= 2 and label.lower() not in _NOT_NAME_LABELS and label.upper() not in _ROLE_WORDS
    }
    # (round 41) an official transcript's full names, each speaking once or more ("Valery
    # Gerasimov: Comrade Supreme Commander-in-Chief, …", "Vladimir Putin: Thank you."): a label
    # when two or more such names open lines and the page names each in its own text as well
    full = {
        label
        for label in turns
        if rx.fullmatch(r"[A-Z][a-z]+\s+[A-Z][a-z]+(?:-[a-z]+)?", label)
        and not set(label.lower().split()) & _NOT_NAME_WORDS
        and any(label in ln and not ln.strip().startswith(label + ":") for ln in lines)
    }
    if len(voices) >= 2 or len(full) >= 2:
        out |= {_NAME_TURN + v for v in (voices | full if len(full) >= 2 else voices)}
    return frozenset(out)


#: (round 41) Words that make a "Word Word:" line opener a heading, not a person's name.
_NOT_NAME_WORDS = frozenset(
    {
        "region",
        "oblast",
        "district",
        "front",
        "direction",
        "update",
        "summary",
        "note",
        "day",
        "week",
        "kursk",
        "sumy",
        "belgorod",
        "donetsk",
        "north",
        "south",
        "east",
        "west",
        "breaking",
        "live",
        "key",
        "main",
        "latest",
        "editor",
        "read",
        "more",
        "source",
        "sources",
        "related",
        "photo",
        "video",
    }
)


#: (session 18) How `named` marks a first-name label ("\x00Ji-won"), apart from surnames.
_NAME_TURN = "\x00"
#: Line openers that look like a name and are page furniture, not a speaker.
_NOT_NAME_LABELS = frozenset(
    {
        "note",
        "update",
        "photo",
        "source",
        "sources",
        "editor",
        "editors",
        "read",
        "watch",
        "listen",
        "related",
        "correction",
        "disclaimer",
        "transcript",
        "tags",
        "topics",
        "share",
        "video",
        "audio",
        "credit",
        "caption",
        "image",
        "file",
        "warning",
        "summary",
        "background",
        "context",
        "analysis",
        "comment",
        "copyright",
        # (round 54) an e-mail's header fields, each on every message of a thread or a forward
        "from",
        "to",
        "cc",
        "bcc",
        "subject",
        "sent",
        "date",
    }
)


def _note_day(note: str, lay: Layout) -> date | None:
    """The one day a label's note names ("briefing audio, Monday", "Friday briefing"), read
    against the page's day; None without a page day or a single day."""
    page_day = lay.published.date() if lay.published is not None else lay.month_ref
    if page_day is None:
        return None
    days = [d for d in find_dates(note, page_day) if d.precision == "day"]
    if not days:  # a bare weekday in a note ("Friday briefing") is read as "on Friday"
        weekday = rx.search(rf"\b{WEEKDAY_WORD}\b", note)
        days = list(find_dates(f"on {weekday.group(0)}", page_day)) if weekday else []
    return days[0].first if len(days) == 1 and days[0].first <= page_day else None


def _speaker_label(s: str, named: frozenset[str] = frozenset()) -> tuple[str, str] | None:
    """("MS. SINGH", rest) for a transcript paragraph; None for ordinary text ("KYIV, Dec 16")."""
    m = _SPEAKER_LABEL.match(s)
    if m is None:
        # (session 18) a first-name turn of a conversation the text is made of ("Ji-won: …")
        n = _NAME_LABEL.match(s)
        if n is not None and _NAME_TURN + n.group("label") in named:
            return n.group("label").upper(), n.group("rest")
        return None
    label = m.group("label")
    words = label.replace(".", " ").split()
    # a single word is a label only when it is a role ("HOST"), a title with a name ("MS. X") or
    # (round 34) the surname of someone the text names in full ("KIRBY:" under "John Kirby")
    if (
        len(words) == 1
        and label not in _QUESTION_LABELS | _ROLE_LABELS | _SPOKES_LABELS
        and label not in named
    ):
        return None
    return label, m.group("rest")


#: Column headings of a table of statements: who said it, when, where, and what.
_WHO_COL = re.compile(r"(?i)who|source|claimant|speaker|said\s+by|by")
_WHEN_COL = re.compile(r"(?i)(?:date|when|day|posted)(?:\s+(?:said|stated|given))?")
#: (round 59) A column of both the day and the venue: "When / where".
_WHEN_WHERE_COL = re.compile(
    r"(?i)(?:when|date)\s*(?:/|&|and)\s*(?:where|venue)|(?:where|venue)\s*(?:/|&|and)\s*(?:when|date)"
)
#: The words of a column of the channel a statement was made in.
_CHANNEL_WORDS = r"channel|venue|medium|platform|how"
_WHERE_COL = re.compile(rf"(?i){_CHANNEL_WORDS}|where")


#: (round 52) A tracker's column of whose figure it is: "claimant", "estimate by", "who".
_FT_WHO = re.compile(r"(?i)claimant|who|speaker|said\s+by|estimate\s+by|claimed\s+by|by")
#: ... and "source" when no column above is there (else "source" names the outlet).
_FT_SOURCE = re.compile(r"(?i)source")
_FT_WHEN = re.compile(
    r"(?i)date|date\s+(?:said|stated|given|of\s+statement)|said(?:\s+on)?|stated(?:\s+on)?|posted|as\s+of"
    r"|claim\s+date|when|when\s+said|day"
)
#: (round 60) "How", "via" and "Where/how" name the channel too.
_FT_CHANNEL = re.compile(rf"(?i){_CHANNEL_WORDS}|via|where\s*/\s*how|how\s*/\s*where")
_FT_WHAT = re.compile(
    r"(?i)claim|what|what\s+(?:they|was)\s+(?:claim(?:ed)?|said)|series|metric|claim,?\s+as\s+worded"
    r"|description|counted|what\s+is\s+counted|counts|scope|what\s+it\s+counts|unit"
)
_FT_FIGURE = re.compile(
    r"(?i)figure(?:,?\s+as\s+worded)?|value|number|count|estimate(?:,?\s+as\s+worded)?|figure\s+given"
)
#: (round 60) An org-mode table's "n" column is the figure, but only where a "#" column numbers
#: the rows (QA pass 27: "| N | Date | Claimant | Figure |" numbers its rows in "N").
_FT_FIGURE_N = re.compile(r"(?i)n")
#: (round 60) A column of notes on a row ("Notes", "Note", "Comment").
_FT_NOTES = re.compile(r"(?i)notes?|comments?|remarks?")
#: (round 60) A column of the figure's qualifier, beside the figure's own ("Figure | Qualifier").
_FT_QUAL = re.compile(r"(?i)qualifier|qual\.?|q")
#: ... its cells as the words a sentence gives the figure ("~" about, ">" more than; a range,
#: "=", an exact figure's dash: no word).
_FT_QUAL_WORDS: dict[str, str] = {
    "around": "around",
    "about": "about",
    "approximately": "about",
    "approx.": "about",
    "roughly": "about",
    "some": "some",
    "~": "about",
    "c.": "about",
    "as many as": "as many as",
    "up to": "up to",
    "<=": "up to",
    "≤": "up to",
    "more than": "more than",
    "over": "over",
    ">": "more than",
    "exceeded": "more than",
    "above": "more than",
    "at least": "at least",
    ">=": "at least",
    "≥": "at least",
    "nearly": "nearly",
    "almost": "nearly",
    "approaching": "nearly",
    # (QA pass 27) the signs and words of an upper or lower bound or an estimate
    "<": "up to",
    "under": "up to",
    "fewer than": "up to",
    "less than": "up to",
    "below": "up to",
    "max.": "up to",
    "maximum": "up to",
    "min.": "at least",
    "minimum": "at least",
    "≈": "about",
    "circa": "about",
    "ca.": "about",
    "est.": "about",
    "estimated": "about",
    "roughly about": "about",
}
#: (QA pass 27) A note's words of answering a claim: such a note is no figure's place.
_FT_STANCE = re.compile(
    r"(?i)\b(?:denied|denies|deny|confirmed|confirms|confirm|comment|commented|declined|dismissed|rejected|"
    r"refused|acknowledged|disputed)\b"
)
#: (round 60) A spreadsheet's ditto mark: the cell says what the one above it says.
_FT_DITTO = frozenset({'"', "“", "”", "''", "〃", "ditto", "do."})
_FT_PLACE = re.compile(r"(?i)where|place|places|location|area")
_FT_WINDOW = re.compile(r"(?i)window|period|span")
#: Cells that say nothing: a dash, "n/a".
_EMPTY_CELLS = frozenset({"", "-", "–", "—", "n/a", "N/A"})
#: A tracker's cells that say nothing: the empty cells, "--", "n.d." (no date), "none".
_FT_BLANK = _EMPTY_CELLS | {"--", "n.d.", "none"}
#: A window cell that says the figure is a running total.
_FT_TO_DATE = re.compile(r"(?i)to\s+date|so\s+far|cumulative|total|since\s+deployment")
#: A markdown table's rule row: "|---|:--:|".
_FT_RULE = re.compile(r"\|?\s*:?-{2,}:?\s*(?:[|+]\s*:?-{2,}:?\s*)*\|?")
#: Nationalities a table's title may give its figures (the people they count).
_FT_NATION = re.compile(r"\b(?:North\s+Korean|DPRK|Russian|Ukrainian)\b")
#: A word or figure that counts: digits or a number word ("several hundred", "nearly half").
_FT_COUNTS = re.compile(
    r"\d|(?i:\b(?:one|two|three|four|five|six|seven|eight|nine|ten|dozen|dozens|hundreds?|thousands?"
    r"|several|half)\b)"
)
_FT_PEOPLE = re.compile(
    r"(?i)\b(?:" + "|".join(re.escape(p) for p in PEOPLE_NOUNS) + r"|losses|killed|dead|wounded)\b"
)


#: A row's words that say what happened to the people counted; without one they are present.
_FT_VERB = re.compile(
    r"(?i)\b(?:killed|wounded|injured|dead|died|deaths|lost|losses|casualties|captured|sent|deployed"
    r"|arrived|dispatched|liberated|retaken|recaptured|held|taken|missing|exceeded|to\s+be)\b"
)


def _ft_cells(row: str, tabs: bool) -> list[str]:
    """A tracker row's cells: split on tabs, or on "|" (a markdown row's outer pipes dropped)."""
    if tabs:
        return [c.strip() for c in row.split("\t")]
    cells = [c.strip() for c in row.strip().split("|")]
    if row.strip().startswith("|"):
        cells = cells[1:]
    if row.strip().endswith("|") and cells:
        cells = cells[:-1]
    return cells


def _ft_head(row: str) -> tuple[list[str], bool] | None:
    """A tracker table's header: its normalised column names and whether rows split on tabs."""
    line = row.strip()
    columns = rx.match(r"(?i)columns?\s*:\s*", line)
    if columns:  # "Columns: date | claimant | …" over tab-separated rows
        line = line[columns.end() :]
    if "|" in line:
        tabs = bool(columns)
        raw = _ft_cells(line.replace("||", "|"), False)  # (a wiki's header cells: "||Said||Who||")
    elif "\t" in line:
        tabs, raw = True, _ft_cells(line, True)
    else:
        return None
    head = [rx.sub(r"\s+", " ", rx.sub(r"\s*\([^()]*\)", "", c).replace("_", " ")).strip() for c in raw]
    if len(head) < 3 or any(len(c.split()) > 5 for c in head):
        return None
    return head, tabs


def _looks_named(cell: str) -> bool:
    """Whether a cell reads as a speaker's name ("JCS (South Korea)", "Zelenskyy"), not a day."""
    return bool(cell) and cell[:1].isupper() and not rx.search(r"\d", cell)


def _ft_said(what: str, fig: str, nation: str) -> str:
    """What a tracker row says, as words: its figure and what it counts."""
    what = rx.sub(r"\s*\+\s*", " and ", what).replace("k+w", "killed and wounded").strip(" .;")
    what = rx.sub(r"\bNK\b", "North Korean", what)  # (round 60) "NK soldiers captured"
    fig = fig.strip(" .;")
    figs, whats = fig.split(" / "), what.split(" / ")
    if len(figs) > 1 and len(figs) == len(whats):
        # (round 60) paired cells, "~300 / ~2,700 | killed / wounded": each figure with its own
        return " and ".join(_ft_said(w, f, nation) for f, w in zip(figs, whats, strict=True))
    numeral = rx.sub(r"\D", "", fig)
    worded = not numeral or numeral in rx.sub(r"\D", "", what)
    if fig and what and _FT_COUNTS.search(what) and worded:
        return what  # the claim as worded carries its figure ("4,000 casualties have occurred")
    if fig and what:
        if _FT_PEOPLE.match(what) or _FT_NATION.search(what) or _FT_PEOPLE.search(fig):
            return f"{fig} {what}" if not _FT_PEOPLE.search(fig) else f"{fig}, {what}"
        first = what.split()[0].lower()
        if any(first == p.lower() or first + "s" == p.lower() for p in PEOPLE_NOUNS):
            return f"{fig} {nation} {what}".replace("  ", " ")  # "one thousand North Korean sappers …"
        return f"{fig} {nation} soldiers {what}".replace("  ", " ")  # "about 600 … soldiers killed in Kursk"
    if fig:
        return fig if _FT_PEOPLE.search(fig) or not nation else f"{fig} {nation} soldiers"
    return what


def _figure_table(rows: list[str], out: list[str], i: int) -> int | None:
    """(round 52) A tracker's table of claims pasted as text, its cells split by pipes or tabs, with
    a column of who gave the figure and one of the figure ("date said | claimant | channel | claim
    | figure | where | source"): each row is read as a sentence, "On <date>, <who> said in a
    <channel> that <figure> <what it counts> in <place> so far.", the row's number, the outlet it
    was seen in and the tracker's own notes left out. A nounless figure ("around 10,000") counts
    the people the table's title names ("North Korean troops in Russia: who said how many").
    Returns the row after the table, or None (not such a table: `_table_prose` reads it)."""
    found = _ft_head(rows[i])
    if found is None:
        return None
    head, tabs = found

    def col(pattern: re.Pattern[str], taken: set[int]) -> int | None:
        return next((k for k, c in enumerate(head) if k not in taken and pattern.fullmatch(c)), None)

    who = col(_FT_WHO, set())
    if who is None:
        who = col(_FT_SOURCE, set())
    figure = col(_FT_FIGURE, {who} if who is not None else set())
    if figure is None and "#" in head:
        figure = col(_FT_FIGURE_N, {who} if who is not None else set())
    if who is None or figure is None:
        return None
    taken = {who, figure}
    when = col(_FT_WHEN, taken)
    taken |= {when} if when is not None else set()
    channel = col(_FT_CHANNEL, taken)
    taken |= {channel} if channel is not None else set()
    what = col(_FT_WHAT, taken)
    taken |= {what} if what is not None else set()
    place = col(_FT_PLACE, taken)
    window = col(_FT_WINDOW, taken | ({place} if place is not None else set()))
    qual = col(_FT_QUAL, taken | {k for k in (place, window) if k is not None})
    notes = col(_FT_NOTES, taken | {k for k in (place, window, qual) if k is not None})
    title = " ".join(r for r in rows[max(0, i - 4) : i] if r)
    nat = _FT_NATION.search(title)
    if nat is None:  # (round 60) the nearest title further up: "# DPRK troops in Russia: who said how many"
        nat = next(
            (m for r in reversed(rows[max(0, i - 12) : max(0, i - 4)]) if (m := _FT_NATION.search(r))), None
        )
    nation = (
        "North Korean"
        if nat and nat.group(0) == "DPRK"
        else (rx.sub(r"\s+", " ", nat.group(0)) if nat else "")
    )
    j = i + 1
    above: list[str] | None = None
    while j < len(rows) and rows[j] and (_FT_RULE.fullmatch(rows[j].strip()) or ("\t" in rows[j]) == tabs):
        if _FT_RULE.fullmatch(rows[j].strip()):
            out[j] = ""
            j += 1
            continue
        cells = _ft_cells(rows[j], tabs)
        if tabs and len(head) - 2 <= len(cells) < len(head) and rows[j].strip():
            # (QA pass 27) a pasted row's empty first or last cells were trimmed with the line's
            # spaces: a row whose first cell is no day lost its leading (merged) cells
            gap = [""] * (len(head) - len(cells))
            leading = when is not None and when == 0 and not rx.search(r"\d", cells[0])
            cells = (
                gap + cells
                if leading or (who is not None and who > 0 and _looks_named(cells[0]))
                else cells + gap
            )
        if len(cells) != len(head):
            break
        # (round 60) a merged cell comes out blank and a ditto mark repeats the cell above: a row
        # with no speaker or day of its own takes the row above's; a row in a merged block (no
        # speaker of its own) takes its channel too, but a row that names its own keeps it
        merged = cells[who] in _FT_DITTO or (not cells[who] and above is not None)
        for k in (who, when, *((channel,) if merged else ())):
            if k is not None and above is not None and (cells[k] in _FT_DITTO or not cells[k]):
                cells[k] = above[k]
        for k in range(len(cells)):
            if cells[k] in _FT_DITTO:
                cells[k] = above[k] if above is not None else ""
        above = cells
        fig = cells[figure].strip("\"“”' ")
        q = _FT_QUAL_WORDS.get(cells[qual].strip().lower()) if qual is not None else None
        if q is None and qual is not None:
            q = next(
                (w for k, w in _FT_QUAL_WORDS.items() if cells[qual].strip().lower().startswith(k + " ")),
                None,
            )
        if q and fig and fig not in _FT_BLANK and not fig.lower().startswith(q):
            fig = f"{q} {fig}"
        said_what = cells[what] if what is not None else ""
        nofig = rx.match(r"(?i)no\s+figure\s*[:;,-]?\s*", fig)
        if nofig:
            said_what, fig = said_what or fig[nofig.end() :], ""
        if fig in _FT_BLANK:
            fig = ""
        said_what = (
            "" if said_what in _FT_BLANK else said_what.replace('"', "").replace("“", "").replace("”", "")
        )
        said = _ft_said(said_what, fig, nation)
        if not said:
            out[j] = ""
            j += 1
            continue
        # (round 60) a figure's note without numbers of its own says where or how it was meant
        # ("deployed to the Kursk region", "to train in eastern Russia")
        note = (
            cells[notes].replace('"', "").replace("“", "").replace("”", "").strip(" .;")
            if notes is not None
            else ""
        )
        # (a note that quotes the figure itself, "There are 11,000 of them" in …, says where)
        if fig:
            note = rx.sub(
                rf"(?i)(?:there\s+are\s+)?{re.escape(fig.split()[-1])}(?:\s+of\s+them)?\s*", "", note
            )
            note = note.strip(" ,;")
        # (QA pass 27) only a note that says where ("to train in eastern Russia", "deployed to the
        # Kursk region"): "Moscow denied it" in a note became a denial of another row's claim
        where_note = rx.match(r"(?:in|inside|near|at|to|into|across|from)\s", note) is not None or (
            rx.search(r"\b(?:Kursk|Russia|region|oblast)\b", note) is not None
            and _FT_STANCE.search(note) is None
        )
        if fig and note and note not in _FT_BLANK and where_note and not rx.search(r"\d", note):
            joint = " " if rx.match(r"(?:in|inside|near|at|to|into|across|from)\s", note) else ", "
            said = f"{said}{joint}{note}"
        where = rx.sub(r"\s*\([^()]*\)", "", cells[place]).strip() if place is not None else ""
        if where and where not in _FT_BLANK and where.lower() not in said.lower():
            said = f"{said} in {where}"
        if fig and not _FT_VERB.search(said):
            said = f"there are {said}"  # "around 10,000 North Korean soldiers in eastern Russia"
        if window is not None and _FT_TO_DATE.fullmatch(cells[window].strip()):
            said = f"{said} so far"
        m = _ORG_PERSON.fullmatch(cells[who])
        speaker = f"{m.group('org')}'s {m.group('who')}" if m else rx.sub(r"\s*\([^()]*\)", "", cells[who])
        speaker = speaker.split(",")[0].strip()
        venue = cells[channel] if channel is not None and cells[channel] not in _FT_BLANK else ""
        venue = rx.sub(r"\s*\([^()]*\)", "", venue).strip()
        how = (f" on {venue}" if venue.lower() in _PLATFORMS else f" in a {venue}") if venue else ""
        day = rx.sub(r"\s*\([^()]*\)", "", cells[when]).strip() if when is not None else ""
        day = "" if day in _FT_BLANK else day
        lead = (f"On {day}, " if day[:1].isdigit() else f"In {day}, ") if day else ""
        if speaker and speaker not in _FT_BLANK:
            out[j] = f"{lead}{speaker} said{how} that {said}."
            _note_rewrite("whole", out[j], rows[j].strip())
        else:
            out[j] = ""
        j += 1
    if j == i + 1:
        return None
    out[i] = ""  # the header row names columns, no one says it
    return j


#: (round 59) A headerless table row's first cell: the day the figure was given ("28 Oct",
#: "Nov 4", "2024-11-20").
_HT_DAY = re.compile(
    rf"(?i)(?:\d{{1,2}}\s+{MONTH_WORD}\.?(?:\s+(?:19|20)\d\d)?|{MONTH_WORD}\.?\s+\d{{1,2}}(?:,?\s+(?:19|20)\d\d)?"
    r"|(?:19|20)\d\d-\d\d-\d\d)"
)
#: ... its speaker cell: a capitalised name, its channel in brackets ("Pat Ryder, Pentagon (press
#: briefing)"); "NIS via lawmaker Lee Seong-kweun" speaks for the NIS.
_HT_WHO = re.compile(r"(?P<who>[A-Z][^|()]{1,80}?)\s*\((?P<how>[^()]{3,40})\)")


def _headless_figure_table(rows: list[str], out: list[str], i: int) -> int | None:
    """(round 59) A poster's or slide's table with no header row, "day | who (channel) | figure as
    quoted": each row is read as "On <day>, <who> said in a <channel> that there are <figure>
    <nation> troops …", the nation and noun from the nearest title above ("official estimates of
    North Korean troops in Russia"); "11,000 of them" counts those troops. Needs two such rows in
    a row. Returns the row after the table, or None."""
    parsed: list[tuple[str, str, str, str]] = []
    j = i
    while j < len(rows) and "|" in rows[j]:
        cells = _ft_cells(rows[j], False)
        # (round 60) a fourth cell says where ("… | "around 10,000" | eastern Russia")
        if len(cells) not in (3, 4) or not _HT_DAY.fullmatch(cells[0]):
            break
        named = _HT_WHO.fullmatch(cells[1])
        if named is None or not find_figures(cells[2]):
            break
        where = cells[3].strip() if len(cells) == 4 else ""
        where = f" in {where}" if where and where not in _FT_BLANK and not rx.search(r"\d", where) else ""
        parsed.append((cells[0], named.group("who"), named.group("how"), cells[2] + where))
        j += 1
    if len(parsed) < 2:
        return None
    title = next((m for r in reversed(rows[:i]) if (m := _FT_NATION.search(r))), None)
    nation = "North Korean" if title is None or title.group(0) == "DPRK" else title.group(0)
    for k, (day, who, how, cell) in enumerate(parsed):
        speaker = rx.sub(r"\s+via\s+.*$", "", who).split(",")[0].strip()
        said = rx.sub(r"[\"“”]", "", cell).strip(" .;")
        fig = find_figures(said)[0]
        rest = said[fig.end :]
        if rx.match(r"\s+of\s+them\b", rest):
            rest = rx.sub(r"^\s+of\s+them", "", rest)
        if not _FT_PEOPLE.match(rest.strip()):
            said = f"{said[: fig.end]} {nation} troops{rest}"
        if rx.match(r"(?i)there\s+(?:are|were)\b", said):
            said = said[0].lower() + said[1:]
        elif not _FT_VERB.search(said):
            said = f"there are {said}"
        art = "an" if how[:1].lower() in "aeiou" else "a"
        venue = f" on {how}" if how.lower() in _PLATFORMS else f" in {art} {how}"
        out[i + k] = f"On {day}, {speaker} said{venue} that {said}."
        _note_rewrite("whole", out[i + k], rows[i + k].strip())
    return j


def _table_prose(rows: list[str]) -> list[str]:
    """A table of statements ("DATE | WHO | CHANNEL | WHAT THEY SAID") read as sentences: each row
    becomes "On <date>, <who> said in a <channel> that <what>.", so a figure in a row is read like
    one in prose, with its speaker and day. Other rows are left as they are."""
    out = list(rows)
    i = 0
    while i < len(rows):
        side_by_side = (
            _speaker_columns(rows, out, i)
            or _spaced_table(rows, out, i)
            or _figure_table(rows, out, i)
            or _headless_figure_table(rows, out, i)
        )
        if side_by_side is not None:
            i = side_by_side
            continue
        sheet = "|" not in rows[i]  # a spreadsheet's CSV export: "row,date_said,who,channel,what …"
        if sheet and (rows[i].count(",") < 2 or not _WHO_WORD.search(rows[i])):
            i += 1  # (no header of a statements sheet: not worth reading as CSV)
            continue
        head = [rx.sub(r"\s*\([^()]*\)", "", c).replace("_", " ").strip() for c in _cells(rows[i], sheet)]
        who = [k for k, c in enumerate(head) if _WHO_COL.fullmatch(c)]
        if len(head) < 3 or not who or any(len(c.split()) > 4 for c in head):
            i += 1
            continue
        when = next((k for k, c in enumerate(head) if _WHEN_COL.fullmatch(c)), None)
        where = next((k for k, c in enumerate(head) if _WHERE_COL.fullmatch(c)), None)
        # (round 59) one column of both, "When / where": "news conference …, Thu 31 Oct"
        both = next((k for k, c in enumerate(head) if _WHEN_WHERE_COL.fullmatch(c)), None)
        region = next((k for k, c in enumerate(head) if rx.fullmatch(r"(?i)region|area|oblast", c)), None)
        what = [k for k in range(len(head)) if k not in (who[0], when, where, both, region)]
        if sheet:
            # the words said, not the row number or the tracker's own note
            what = [k for k in what if _SAID_COL.search(head[k])]
            if not what:
                i += 1
                continue
        j = i + 1
        while j < len(rows) and rows[j] and len(cells := _cells(rows[j], sheet)) == len(head):
            if not sheet and _FT_RULE.fullmatch(rows[j].strip()):
                out[j] = ""  # (round 52) a markdown table's rule row: "|---|---|"
                j += 1
                continue
            speaker = rx.sub(r"\s*\([^()]*\)", "", cells[who[0]]).split(",")[0].strip()
            if sheet:
                # "Pentagon - Ryder": the body's person, as "Pentagon's Ryder"
                speaker = rx.sub(r"^([A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)\s+[-–—]\s+(?=[A-Z])", r"\1's ", speaker)
            said = " ".join(cells[k] for k in what).strip().rstrip(".")
            day = cells[when] if when is not None else ""
            if sheet and not _FULL_DATE.fullmatch(day):
                day = ""  # "week before 19/12": no day to put the row on
            venue = cells[where] if where is not None else ""
            if both is not None:
                split = rx.match(r"^(?P<venue>.*?),\s*(?P<day>[^,]*\d[^,]*)$", cells[both])
                if split is not None:
                    venue = split.group("venue")
                    day = rx.sub(r"\s*\([^()]*\)", "", split.group("day")).strip()
            if speaker and said:
                art = "an" if venue[:1].lower() in ("a", "e", "i", "o", "u") else "a"
                how = f" in {art} {venue}" if venue else ""
                out[j] = f"{'On ' + day + ', ' if day else ''}{speaker} said{how} that {said}."
                _note_rewrite("whole", out[j], " ".join(cells[k] for k in what).strip())
            elif sheet:
                out[j] = ""  # a scratch or empty row of the sheet ("SUM (do not cite)"): no one speaks
            j += 1
        i = j
    return out


#: A side-by-side table's column heading: its side, then who spoke and when ("Russia (Gerasimov,
#: Saturday)").
_COLUMN_SPEAKER = re.compile(
    r"(?P<side>[A-Z][\w .'’-]{1,30}?)\s*\((?P<who>[A-Z][^(),]{1,40}),\s*(?P<when>[A-Z][a-z]+\.?(?:\s+\d{1,2})?)\)"
)


def _speaker_columns(rows: list[str], out: list[str], i: int) -> int | None:
    """(round 36) A side-by-side table, one column per speaker ("Russia (Gerasimov, Saturday) |
    Ukraine (General Staff, Saturday)"): each cell below is read as "On <when>, <side>'s <who> said
    that <cell>." (a dash is an empty cell). Returns the row after the table, or None."""
    if "|" not in rows[i]:
        return None
    heads = [_COLUMN_SPEAKER.fullmatch(c.strip()) for c in rows[i].split("|")]
    if len(heads) < 2 or not all(heads):
        return None
    j = i + 1
    while j < len(rows) and rows[j] and len(cells := [c.strip() for c in rows[j].split("|")]) == len(heads):
        said = []
        for h, c in zip(heads, cells, strict=True):
            c = c.rstrip(".").strip()
            if h is None or not c or c in ("-", "–", "—", "n/a"):
                continue
            if rx.match(r"(?i)(?:denied|rejected|confirmed|disputed|no\s+comment)\s*:", c):
                continue  # a stance's label ("Denied: …"): the answer the prose tells, not a claim
            who = (
                h.group("who")
                if h.group("who").startswith(h.group("side"))
                else f"{h.group('side')}'s {h.group('who')}"
            )
            said.append(f"On {h.group('when')}, {who} said that {c}.")
        out[j] = " ".join(said)
        j += 1
    return j


#: (session 23) The gap between two columns of a table in a PDF's text: a run of spaces.
_SPACED_GAP = re.compile(r"\s{2,}")
#: A column of the figure given: "Figure", "Estimate (killed and wounded)", "Number".
_FIGURE_COL = re.compile(
    r"(?i)(?:figure|estimate|number|count|total|claim(?:ed)?|losses|casualties|troops)s?"
)
#: A column of where: "Location", "Place", "Area".
_PLACE_COL = re.compile(r"(?i)location|place|area|region")
#: A table's caption: "Table 1: Public estimates of North Korean casualties in Kursk, 2025".
_TABLE_CAPTION = re.compile(r"(?i)(?:table|figure|chart)\s+\d+[a-z]?\s*[:.–-]\s*(?P<what>.+)")
#: A figure with no noun: "more than 5,000", "around 10,000", "11,000-12,000", "as many as 8,000".
_NOUNLESS_FIGURE = re.compile(
    r"(?:[A-Za-z]+\s+){0,3}(?:>=|≥|>|<=|≤|<|~|≈)?\s*\d[\d,.]*\+?(?:\s*[-–]\s*\d[\d,.]*)?"
)
#: A table's speaker cell with a person in brackets: "Pentagon (Sabrina Singh)".
_ORG_PERSON = re.compile(
    r"(?P<org>[A-Z][\w.'’-]+)\s*\((?P<who>(?!(?:South|North|United|Ukraine|Russia|State|Dept)\b)[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){1,2})\)"
)


def _spaced_head(row: str) -> list[str] | None:
    """The column headings of a table laid out with spaces, when `row` is one with a column of who
    and one of a figure ("Claimant      Date      Figure      Location"); else None."""
    if "|" in row or "," in row:
        return None
    head = [rx.sub(r"\s*\([^()]*\)", "", c).strip() for c in _SPACED_GAP.split(row.strip())]
    if len(head) < 3 or any(len(c.split()) > 4 for c in head):
        return None
    if not any(_WHO_COL.fullmatch(c) for c in head):
        return None
    if not any(_FIGURE_COL.fullmatch(c) or _COUNT_COL.fullmatch(c) for c in head):
        return None
    return head


def _spaced_table_lines(lines: list[str]) -> set[int]:
    """The indexes of the lines of every table laid out with spaces (`_spaced_head`, then each
    row with as many cells)."""
    found: set[int] = set()
    for i, ln in enumerate(lines):
        head = _spaced_head(ln)
        if head is None:
            continue
        found.add(i)
        j = i + 1
        while j < len(lines) and lines[j].strip() and len(_SPACED_GAP.split(lines[j].strip())) == len(head):
            found.add(j)
            j += 1
            if _wrapped_cell([ln.strip() for ln in lines], j, len(head)) is not None:
                found.add(j)  # a row's cell wrapped onto the next line
                j += 1
    return found


def _spaced_table(rows: list[str], out: list[str], i: int) -> int | None:
    """(session 23) A table pasted from a PDF, its columns set apart by runs of spaces ("Source
    Date    Estimate (killed and wounded)"), with a column of who and one of a figure: each row is
    read as a sentence. What is counted comes from the table's caption ("Table 1: Public
    estimates of North Korean casualties in Kursk") or else the figure column's bracket: "On
    <date>, <who> said that <figure> <what is counted> in <place>."; columns named by what they
    count ("Killed", "All casualties") give "<who> said of <what is counted> that <figure>
    killed; <figure> all casualties.". A qualifier column ("more than") goes before its figure,
    a dash is an empty cell. Returns the row after the table, or None."""
    head = _spaced_head(rows[i])
    if head is None:
        return None
    cells_of_head = _SPACED_GAP.split(rows[i].strip())
    who = next(k for k, c in enumerate(head) if _WHO_COL.fullmatch(c))
    figure = next((k for k, c in enumerate(head) if _FIGURE_COL.fullmatch(c)), None)
    counts = [k for k, c in enumerate(head) if _COUNT_COL.fullmatch(c)]
    when = next((k for k, c in enumerate(head) if _WHEN_COL.fullmatch(c)), None)
    where = next((k for k, c in enumerate(head) if _WHERE_COL.fullmatch(c)), None)
    place = next((k for k, c in enumerate(head) if _PLACE_COL.fullmatch(c)), None)
    qualifier = next((k for k, c in enumerate(head) if _QUALIFIER_COL.fullmatch(c)), None)
    caption = next(
        (m.group("what") for r in rows[max(0, i - 2) : i] if (m := _TABLE_CAPTION.fullmatch(r.strip()))), ""
    )
    # what the caption says the figures are of ("estimates of North Korean casualties in Kursk")
    of = rx.split(r"\s+of\s+", caption.split(",")[0], maxsplit=1)
    counted = of[1].strip() if len(of) == 2 else ""
    if not counted and (named := _CLAIMED_CAPTION.match(caption.split(",")[0])):
        counted = named.group("what").strip()  # "Claimed North Korean losses in Kursk Oblast"
    if not counted and figure is not None and (bracket := rx.search(r"\(([^()]+)\)", cells_of_head[figure])):
        counted = bracket.group(1)
    j = i + 1
    while j < len(rows) and rows[j] and len(cells := _SPACED_GAP.split(rows[j].strip())) == len(head):
        wrapped = _wrapped_cell(rows, j + 1, len(head))
        if wrapped is not None:
            # (QA pass 7) the row's cell goes on on the next line ("Defense Intelligence of" /
            # "Ukraine (HUR)"): the speaker's cell is joined when it is the first column; a row
            # whose other cell wraps is read as nothing rather than with half a name
            out[j + 1] = ""
            if who != 0:
                out[j] = ""
                j += 2
                continue
            cells[0] = f"{cells[0]} {wrapped}"
        m = _ORG_PERSON.fullmatch(cells[who])
        speaker = f"{m.group('org')}'s {m.group('who')}" if m else rx.sub(r"\s*\([^()]*\)", "", cells[who])
        bound = cells[qualifier].strip("\"“”' ").lower() + " " if qualifier is not None else ""
        if bound.strip() not in QUALIFIER_PHRASES:
            bound = ""
        venue = cells[where] if where is not None and cells[where] not in _EMPTY_CELLS else ""
        how = (f" on {venue}" if venue.lower() in _PLATFORMS else f" in a {venue}") if venue else ""
        day = cells[when] if when is not None else ""
        if figure is not None:
            said = bound + cells[figure].rstrip(".")
            if counted and _NOUNLESS_FIGURE.fullmatch(said):
                said = f"{said} {counted}"
            if place is not None and cells[place] not in _EMPTY_CELLS:
                said = f"{said} in {cells[place]}"
            told = f"{how} that {said}"
        else:
            said = "; ".join(
                f"{bound}{cells[k]} {head[k].lower()}" for k in counts if cells[k] not in _EMPTY_CELLS
            )
            told = f"{how} of {counted} that {said}" if counted else f"{how} that {said}"
        if said:
            out[j] = f"{'On ' + day + ', ' if day else ''}{speaker} said{told}."
            _note_rewrite("whole", out[j], rows[j].strip() + (f" {wrapped}" if wrapped else ""))
        j += 2 if wrapped is not None else 1
    return j if j > i + 1 else None


def _wrapped_cell(rows: list[str], k: int, width: int) -> str | None:
    """Line `k`'s text when it is the rest of the table row above it: one cell where the table has
    `width`, followed by another row of the table, a blank line or the end ("Ukraine (HUR)")."""
    if k >= len(rows) or not rows[k] or len(_SPACED_GAP.split(rows[k].strip())) != 1:
        return None
    if rx.match(r"[A-Z][\w ]{0,20}:\s", rows[k].strip()) or rows[k].rstrip().endswith("."):
        return None  # the table's source or note line under it ("Source: CRC log; KBS."), a sentence
    after = rows[k + 1] if k + 1 < len(rows) else ""
    if after and len(_SPACED_GAP.split(after.strip())) != width:
        return None
    return rows[k].strip()


#: A column of what one kind of loss counts: "Killed", "Killed or wounded", "All casualties".
_COUNT_COL = re.compile(
    r"(?i)killed|wounded|injured|killed or wounded|killed and wounded|all casualties|captured"
)
#: A caption that names what its figures count: "Claimed North Korean losses in Kursk Oblast".
_CLAIMED_CAPTION = re.compile(r"(?i)(?:claimed|estimated|reported|official|public)\s+(?P<what>.+)")
#: A column of the figure's wording: "Qualifier", "Wording".
_QUALIFIER_COL = re.compile(r"(?i)qualifier|wording|bound")
#: Channels one posts on rather than in.
_PLATFORMS = frozenset({"telegram", "x", "twitter", "facebook", "instagram", "youtube", "vk"})


#: A column heading naming who spoke, anywhere in a line (a cheap test before reading it as CSV).
_WHO_WORD = re.compile(r"(?i)(?:^|,)\s*(?:who|source|claimant|speaker|said\s+by|by)\s*(?:,|$)")
#: A sheet's column of what was said: "what they said", "quote", "statement", "claim".
_SAID_COL = re.compile(r"(?i)\b(?:said|says|say|quote|quoted|statement|claim|text|wording|verbatim)\b")
#: A whole date in a cell: "19/12/2024", "2024-12-19", "19.12.2024".
_FULL_DATE = re.compile(r"\d{1,2}[/.-]\d{1,2}[/.-](?:19|20)\d\d|(?:19|20)\d\d-\d{2}-\d{2}")


def _cells(row: str, sheet: bool) -> list[str]:
    """A table row's cells: split on "|", or read as one CSV line (quoted cells keep their commas)."""
    if not sheet:
        return [c.strip() for c in row.split("|")]
    if row.count(",") < 2:
        return []
    try:
        return [c.strip() for c in next(csv.reader([row]))]
    except (csv.Error, StopIteration):
        return []


#: A source line under a figure: "Source: National Intelligence Service, 13 January 2025."
_SOURCE_LINE = re.compile(r"(?:Sources?|SOURCES?)\s*:\s*(?P<who>[^:]{2,100}?)\.?")


def _source_lines(rows: list[str]) -> list[str]:
    """A "Source: X" line right under a sentence (a chart's, a factbox's or a slide's) names who
    gave it: the line goes into the sentence as a bracket at its end ("… (source: X)."), which
    credits X when X is a known speaker and nobody else is named."""
    out = list(rows)
    for i, r in enumerate(rows):
        m = _SOURCE_LINE.fullmatch(r.strip())
        j = next((k for k in range(i - 1, max(-1, i - 3), -1) if out[k]), None)
        if m is None or j is None:
            continue
        prev = out[j]
        end = rx.search(r"([.!?])([\"”’']?)$", prev)
        if end is None or "(" in m.group("who"):
            continue
        out[j] = f"{prev[: end.start()]} (source: {m.group('who').strip()}){end.group(1)}{end.group(2)}"
        _note_rewrite("part", f" (source: {m.group('who').strip()})", "")  # no part of a quote
        out[i] = ""
    return out


#: A footnote's text: "[3] NIS briefing to lawmakers, 13 January 2025." (several may share a line).
_NOTE_TEXT = re.compile(r"\[(?P<n>\d{1,3})\]\s+(?P<t>[^\[\]]{2,120}?)(?=\s*\[\d{1,3}\]\s|\s*$)")


def _footnote_sources(rows: list[str]) -> list[str]:
    """A sentence ending in a footnote marker ("… had been killed.[3]") whose footnote names who
    gave the figure ("[3] NIS briefing to lawmakers, 13 January 2025."): the note goes into the
    sentence as a bracketed source, as a "Source:" line does (see `_source_lines`)."""
    notes: dict[str, str] = {}
    for r in rows:
        if rx.match(r"\s*\[\d{1,3}\]\s", r):
            notes.update(
                {m.group("n"): m.group("t").strip().rstrip(".") for m in _NOTE_TEXT.finditer(r.strip())}
            )
    if not notes:
        return rows
    out = list(rows)
    for i, r in enumerate(rows):
        if rx.match(r"\s*\[\d{1,3}\]\s", r):
            continue

        def cite(m: re.Match[str]) -> str:
            text = notes.get(m.group("n"))
            if not text:
                return m.group(0)
            _note_rewrite("part", f" (source: {text})", "")  # no part of a quote (`Layout.rewrites`)
            return f" (source: {text}){m.group('p')}"

        out[i] = rx.sub(r"(?P<p>[.!?])\[(?P<n>\d{1,3})\](?=\s|$)", cite, r)
    return out


#: A question asking for a count: "Q: How many North Korean soldiers have been killed?"
_HOW_MANY = re.compile(
    # ((round 64) an FAQ's question alone on its line: "How many North Korean soldiers have been
    # killed in Kursk?", "And how many wounded?")
    r"(?:(?P<ql>(?:Q|Question|QUESTION)\s*[:.]\s*).*?|(?:(?:And|So)\s+)?(?=[Hh]ow\b))\b[Hh]ow\s+many\s+(?P<np>[^?]{3,80}?)"
    r"(?:\s+(?:did|does|do|has|have)\s+[^?]{1,60}?\s+(?P<verb>send|deploy|dispatch|lose|lost|capture|kill|killed|sent"
    r"|deployed|captured|take|taken)"
    # ((QA pass 35) "How many troops does North Korea have in Russia?": whose, and where they are)
    r"|\s+(?:does|do)\s+(?P<owner>[A-Z][^?]{1,40}?)\s+have\s+(?P<where>(?:in|inside)\s+[^?]{2,40})"
    r"|\s+(?:did|does|do)\s+[^?]{2,60})?\?\s*"
)
#: A question's verb after its subject ("did North Korea send"), as a passive after the noun.
_ASKED_VERB = {
    "send": "were sent",
    "sent": "were sent",
    "deploy": "were deployed",
    "deployed": "were deployed",
    "dispatch": "were dispatched",
    "lose": "were lost",
    "lost": "were lost",
    "capture": "were captured",
    "captured": "were captured",
    "take": "were captured",
    "taken": "were captured",
    "kill": "were killed",
    "killed": "were killed",
}
#: Its answer: "A: About 300, according to the NIS."
_ANSWER = re.compile(r"(?P<label>(?:A|Answer|ANSWER)\s*[:.]\s*)(?P<a>\S.*)")
#: (round 64) An answer whose next sentence says whose figure it is: "About 600 … . That is the
#: National Intelligence Service's estimate, given at a parliamentary briefing on Wednesday."
_ANSWER_OWNER = re.compile(
    r"(?P<fig>[^.]+?)\.\s+(?:That|This)\s+is\s+(?P<who>(?:the\s+)?[A-Z][^.,]{1,80}?['’]s?\s+(?:own\s+)?"
    r"(?:latest\s+|new\s+)?(?:estimate|figure|count|number|assessment))(?P<rest>,\s+[^.]+)?\.(?P<tail>.*)"
)
#: (round 64) An FAQ's answer under its question, with no label: "About 600. That is the …".
_BARE_ANSWER = re.compile(r"(?P<label>)(?P<a>\S.*)")
_ANSWER_FIGURE = re.compile(
    r"(?:(?:about|around|over|more\s+than|nearly|almost|some|at\s+least|up\s+to|roughly|approximately"
    r"|as\s+many\s+as|between\s+[\d,]+\s+and)\s+)?(?:\d[\d,.]*\d|\d)(?:\s*[kK]\b|\s+thousand\b)?(?=\s*(?:[,.;](?!\d)|$))",
    re.IGNORECASE,
)


#: (session 18) A broadcaster's spoken quotation marks: 'his answer was, quote, "There are 11,000
#: of them."', '"… losses," unquote.'
_QUOTE_WORD = re.compile(r"(?P<left>\S{1,20}),?\s+quote,?\s+(?P<q>[\"“]\S{1,20})")
_UNQUOTE_WORD = re.compile(r"(?P<left>[\"”]),?\s+(?:unquote|end\s+quote)\b,?")


def _spoken_quote_marks(row: str) -> str:
    """'was, quote, "There are …"' is read as 'was: "There are …"', and ', unquote' goes: the
    spoken marks of a quotation, not words of it (the quote is given back as printed)."""
    out = row
    for m in list(_QUOTE_WORD.finditer(row)):
        read = f"{m.group('left')}: {m.group('q')}"
        _note_rewrite("part", read, m.group(0))
        out = out.replace(m.group(0), read, 1)
    for m in list(_UNQUOTE_WORD.finditer(out)):
        _note_rewrite("part", m.group("left"), m.group(0))
        out = out.replace(m.group(0), m.group("left"), 1)
    return out


#: (round 53) A formal text's defined term for a body named before: minutes, filings and reports
#: write "the Service", "the Ministry" with a capital (not "the Ministry of Defence", a name).
_DEFINED_BODY = re.compile(
    r"\b(?P<the>[Tt]he)\s+(?P<n>Service|Agency|Ministry|Directorate|Department)\b(?!\s+(?:of|for)\b|\s+[A-Z(])"
)


def _defined_body_nouns(row: str) -> str:
    """ "The Service recalled …" is read as "The service recalled …": the body named before, as a
    news story writes it (a capital word alone would be read as a new body's name)."""
    out = _DEFINED_BODY.sub(lambda m: f"{m.group('the')} {m.group('n').lower()}", row)
    _note_rewrite("part", out, row)
    return out


#: A name's words: capitalised words, "of", "the", "for", "and", an acronym in brackets.
_ACRONYM = r"\([A-Z][A-Za-z]*(?:\s+[A-Z][A-Za-z]*)*\)"
_PROPER_RUN = rf"[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|of|the|for|and|{_ACRONYM}))*?(?:\s+{_ACRONYM})?"
#: (round 39) A translation's verb of saying before its subject, as Ukrainian, Russian and Polish
#: put it: "…, as informed the press service of the Ministry of Defence on 2 December, exceeded …",
#: "…, informed on Saturday the General Staff of the Armed Forces of Ukraine on its Facebook page".
_SAY_VERB = (
    r"informed|informs|reported|reports|said|says|stated|states|announced|announces|noted|notes|wrote|writes"
    r"|declared|declares"  # (round 40) "заявил"
)
_AS_VERB_SUBJECT = re.compile(
    rf"\b(?P<as>[Aa]s)\s+(?P<v>{_SAY_VERB})\s+(?P<when>(?:on\s+[A-Z][a-z]+|yesterday|today)\s+)?(?P<who>the\s+(?:[a-z-]+\s+){{0,5}}?{_PROPER_RUN})"
    r"(?=\s*[,;.]|\s+(?:on|in|at|yesterday|today|this|last)\b)"
)
_VERB_WHEN_SUBJECT = re.compile(
    rf"(?P<lead>,\s+)(?P<v>{_SAY_VERB})\s+(?P<when>on\s+[A-Z][a-z]+(?:,\s+\d{{1,2}}\s+[A-Z][a-z]+,)?|yesterday|today"
    r"|this\s+morning)"
    # ((round 40) "…, informed on Thursday in its Telegram channel the Ministry of Defence of Russia")
    r"(?P<where>\s+(?:in|on|via)\s+(?:its|his|her|their|the)\s+(?:official\s+)?(?:[A-Z][\w-]*\s+)?"
    r"(?:channel|page|account|statement|address|briefing))?"
    rf"\s+(?P<who>the\s+(?:[a-z-]+\s+){{0,5}}?{_PROPER_RUN})(?=\s*[.;,]|\s+(?:on|in|via|through)\b)"
)
#: (round 39) "…, said the National Intelligence Service (NIS) on the 19th.": a body named after
#: its verb at a sentence's end, read as "…, the National Intelligence Service (NIS) said on the 19th."
_TRAILING_VERB_SUBJECT = re.compile(
    rf"(?P<lead>,\s+)(?P<v>{_SAY_VERB}|added|stressed)\s+(?P<who>the\s+(?:[a-z-]+\s+){{0,3}}?{_PROPER_RUN})"
    r"(?P<rest>(?:,?\s+(?:on|in|at|via|through|citing|according)\b[^.;:\"“”]{1,80})?[.;](?:\s|$))"
)
#: (round 39) A translation's "in the General Staff noted" ("В Генштабі зазначили"): the body
#: speaking, read as "the General Staff noted"; and '"…," stressed in the General Staff.' too.
_IN_THE_BODY_SAID = re.compile(
    rf"\b[Ii]n\s+(?P<who>the\s+{_PROPER_RUN})\s+(?P<also>also\s+)?"
    r"(?P<v>noted|said|added|gave|stressed|explained|reported|informed|specified|emphasi[sz]ed|clarified"
    r"|led|brought|cited)\b"  # ((round 41) "In the General Staff also led the losses": "привели")
)
_SAID_IN_THE_BODY = re.compile(
    rf"(?P<lead>[,\"”]\s*)(?P<v>noted|said|added|stressed|explained|reported|informed|specified|emphasi[sz]ed)"
    rf"\s+in\s+(?P<who>the\s+{_PROPER_RUN})(?=\s*[.;])"
)
#: (round 39) '"…," said the head of state': a role named after its verb, read in the order the
#: reader knows ('"…," the head of state said').
_SAID_THE_ROLE = re.compile(
    r"(?P<q>[,!?]?[\"”])\s+(?P<v>said|says|added|stated|noted|stressed|emphasi[sz]ed)\s+"
    r"(?P<who>the\s+(?:[a-z-]+\s+){0,2}?(?:president|head\s+of\s+(?:the\s+)?state|minister|general|commander"
    r"|spokes(?:man|woman|person)|secretary|chief|leader))(?=\s*[.,;])",
    re.IGNORECASE,
)
#: (round 39) A translation's "About this informed on Monday the General Staff on Facebook" ("Об этом
#: сообщил …"): read as "This was informed on Monday by the General Staff on Facebook", the form the
#: reader takes for the sentence before's source.
#: (round 40) A body's name as a translation lower-cases it: "the National intelligence service of
#: South Korea", "the Main directorate of intelligence" (its own words only, so no clause is taken in).
_BODY_RUN = (
    rf"[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|of|the|for|and|{_ACRONYM}"
    r"|intelligence|service|services|staff|ministry|defen[cs]e|armed|forces|general|press|council|security"
    r"|chiefs|joint|national|main|directorate|department|agency|office|committee|headquarters|command"
    r"|assembly|parliament))*?"  # ((round 41) "the deputy of National assembly of South Korea Lee …")
)
_ABOUT_THIS_SAID = re.compile(
    rf"\bAbout\s+this\s+(?:(?P<w1>{WHEN_SAID}),?\s+)?"
    # ((round 40) "About this on Tuesday at a closed briefing in parliament informed …")
    r"(?P<where0>(?:at|on|during|in)\s+(?:a|the)\s+(?:[\w-]+\s+){0,2}?(?:briefing|conference|meeting|session"
    r"|address|interview)(?:\s+(?:in|of|for|with)\s+(?:the\s+)?[\w-]+)?,?\s+)?"
    r"(?P<v>informed|reported|said|wrote|stated|announced|told|declared|noted)"
    rf"\s+(?:(?P<w2>{WHEN_SAID}),?\s+)?(?P<where>(?:in|on|via)\s+(?:[A-Z][\w-]*"
    # ((round 41) "in own Telegram-channel", "on own page in Facebook": "в своём", as translated)
    r"|(?:its|his|her|their|own|(?:his|her|its|their)\s+own)\s+[\w-]+(?:\s+(?:channel|page))?(?:\s+(?:in|on)\s+[A-Z][\w-]*)?)\s+"
    # ((round 40) "About this on Tuesday at a closed briefing in parliament informed the NIS")
    r"|(?:at|on|during)\s+(?:a|the)\s+(?:[\w-]+\s+){0,2}?(?:briefing|conference|meeting|session)"
    r"(?:\s+(?:in|of|for)\s+(?:the\s+)?[\w-]+)?\s+)?"
    rf"(?P<who>(?:the\s+(?:[a-z-]+\s+){{0,5}}?)?{_BODY_RUN})"
    r"(?=\s*[.,;]|\s+(?:on|in|via|citing|after|at|during|when|while|speaking|answering)\b)"
)
#: (round 39) A translation's "4 thousand military", "3 800 killed and wounded North Korean
#: military": servicemen counted, not an institution (read as "servicemen"; the quote keeps "military").
_COUNTED_MILITARY = re.compile(
    # (QA pass 29) a number is one token, or thousands after spaces ("4 000"): "[\d\s.,]*" ran over a
    # list of 2,000 ids from every digit, in quadratic time (4 s)
    r"(?P<pre>(?<![\d.,])\d(?:[\d.,]*\d)?(?:\s\d{3}(?:[.,]\d+)*)*(?:\s+(?:thousand|hundred))?\s+"
    r"(?:(?:killed|wounded|and|North|South|Korean|Ukrainian|Russian|DPRK|enemy|more)\s+){0,4})military"
    r"(?=\s*[.,;:)]|\s+(?:of|in|from|were|was|are|who|killed|wounded|and|have|had|has|at|on|near|during|since|to"
    # (round 40) "100 North Korean military perished", "4 thousand military received wounds"
    r"|perished|died|fell|received|got|lost|already)\b)"
)


#: (round 41) A translation's "By his words, …" ("По его словам"): "According to him, …".
_BY_HIS_WORDS = re.compile(r"\b(?P<b>[Bb])y\s+(?P<who>his|her|their)\s+words\b")
_PRONOUN_OBJECT = {"his": "him", "her": "her", "their": "them"}
#: (round 41) A translation's "by data of NIS" ("по данным"): "according to NIS".
_BY_DATA_OF = re.compile(
    r"\b(?P<b>[Bb])y\s+(?:the\s+)?(?:data|information|estimates?)\s+of\s+(?=(?:the\s+)?[A-Z])"
)
#: (round 41) The calques of "привели" (gave figures), read as "gave".
_GAVE = {"led": "gave", "brought": "gave", "cited": "gave"}


#: (round 40) A translation's abbreviated "thousand": "3 tys." (Polish, Ukrainian тис.), "2 thous."
#: (Russian тыс.), "12 tis." and "12 tisíc" (Czech), "11 tūkst." (Lithuanian), "4 Tsd." (German).
_SCALE_ABBREVIATION = re.compile(
    r"(?P<n>(?<![\d.,])\d(?:[\d.,]*\d)?(?:\s\d{3}(?:[.,]\d+)*)*)\s*"
    r"(?:(?:tys|thous|thsd|tis|t[uū]kst|Tsd|тыс|тис)\.|tisíc|tysięcy|tysiące)(?=[\s,;:)]|$)"
)


#: (round 40) A translation's "relayed the words of the head of GUR Kyrylo Budanov: …" ("передал
#: слова"): read as "relayed that the head of GUR Kyrylo Budanov said: …", whose words they are.
_WORDS_OF = re.compile(
    r"\b(?P<v>relayed|conveyed|passed\s+on|cited|quoted|repeated)\s+the\s+words\s+of\s+"
    rf"(?P<who>(?:the\s+)?(?:[a-z-]+\s+){{0,4}}?{_BODY_RUN})(?=\s*:)"
)


def _translated_word_order(row: str) -> str:
    """A translation's inverted "as informed the press service of X" is read as "as the press
    service of X informed", and "4 thousand military" as "4 thousand servicemen" (the quote is
    given back as printed)."""
    out = row
    for shape, build in (
        (
            _AS_VERB_SUBJECT,
            lambda m: (
                f"{m.group('as')} {m.group('who')} {m.group('v')}"
                + (f" {m.group('when').strip()}" if m.group("when") else "")
            ),
        ),
        (
            _VERB_WHEN_SUBJECT,
            lambda m: (
                f"{m.group('lead')}{m.group('who')} {m.group('v')} {m.group('when')}{m.group('where') or ''}"
            ),
        ),
        (_SCALE_ABBREVIATION, lambda m: f"{m.group('n')} thousand"),
        (_BY_DATA_OF, lambda m: f"{'A' if m.group('b') == 'B' else 'a'}ccording to "),
        (
            _BY_HIS_WORDS,
            lambda m: f"{'A' if m.group('b') == 'B' else 'a'}ccording to {_PRONOUN_OBJECT[m.group('who')]}",
        ),
        (_WORDS_OF, lambda m: f"{m.group('v')} that {m.group('who')} said"),
        (_COUNTED_MILITARY, lambda m: f"{m.group('pre')}servicemen"),
        (
            _ABOUT_THIS_SAID,
            lambda m: " ".join(
                x
                for x in (
                    "This was",
                    {"wrote": "written", "told": "reported"}.get(m.group("v"), m.group("v")),
                    m.group("w1") or m.group("w2") or "",
                    "by",
                    m.group("who"),
                    (m.group("where") or m.group("where0") or "").strip(" ,"),
                )
                if x
            ),
        ),
        (_SAID_THE_ROLE, lambda m: f"{m.group('q')} {m.group('who')} {m.group('v')}"),
        (
            _IN_THE_BODY_SAID,
            # (only where a clause starts: "…, in the General Staff noted", "Also in the …")
            lambda m: (
                f"{'T' if m.group(0)[0] == 'I' else 't'}{m.group('who')[1:]} {m.group('also') or ''}"
                f"{_GAVE.get(m.group('v'), m.group('v'))}"
                if rx.search(
                    r"(?:^|[.;:,]\s|\b[Aa]lso\s)"
                    # ((round 41) "Recall, on 2 of December in the Ministry of Defense informed, that")
                    r"(?:(?:on\s+(?:\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?[A-Z][a-z]+|[A-Z][a-z]+day)|yesterday|today"
                    r"|earlier|later)\s+)?$",
                    m.string[: m.start()],
                )
                else m.group(0)
            ),
        ),
        (_SAID_IN_THE_BODY, lambda m: f"{m.group('lead')}{m.group('who')} {m.group('v')}"),
        (
            _TRAILING_VERB_SUBJECT,
            lambda m: f"{m.group('lead')}{m.group('who')} {m.group('v')}{m.group('rest')}",
        ),
    ):
        for m in list(shape.finditer(out)):
            read = build(m)
            _note_rewrite("part", read, m.group(0))
            out = out.replace(m.group(0), read, 1)
    return out


#: (round 63) A body's estimate given as what it "was": "The NIS's previous estimate, given in
#: April, was about 600 dead", "Kyiv's latest figure is 200 killed" (a figure follows).
_POSSESSIVE_ESTIMATE = re.compile(
    r"\b(?P<who>(?:[Tt]he\s+)?[A-Z][\w.'’-]*(?:\s+(?:[A-Z][\w.'’-]*|of|for))*?)['’]s\s+"
    r"(?:(?:previous|latest|earlier|last|first|own|new|updated|official|most\s+recent)\s+)?"
    r"(?:estimate|figure|count|tally|assessment)"
    r"(?:,\s+(?:given|made|released|published|issued)\s+(?P<when>(?:in|on)\s+[^,;.]{2,30}),)?"
    r"\s+(?:was|is|stood\s+at|stands\s+at)\s+"
    r"(?=(?:about|around|some|roughly|approximately|nearly|almost|over|more\s+than|at\s+least|up\s+to)?\s*\d)"
)


def _possessive_estimate(row: str) -> str:
    """(round 63) "The NIS's previous estimate, given in April, was about 600 dead" is read as
    "In April the NIS estimated about 600 dead": the body whose estimate it is speaks, on the day
    given (the estimate's own sentence, not the page's day)."""

    def read(m: re.Match[str]) -> str:
        who = m["who"]
        if m["when"]:
            who = who[0].lower() + who[1:] if who.startswith("The ") else who
            return f"{m['when'][0].upper()}{m['when'][1:]} {who} estimated "
        return f"{who} estimated "

    def reported(m: re.Match[str]) -> bool:
        # "Budanov told a lawmaker that Kyiv's estimate was about 4,000": whose estimate is told
        # by the one who speaks
        before = rx.split(r"[.;:!?]\s", row[: m.start()])[-1]
        return (
            rx.search(r"\b(?:that|said|says|told|stated|wrote|added|noted|according\s+to)\b", before)
            is not None
        )

    found = [m for m in _POSSESSIVE_ESTIMATE.finditer(row) if not reported(m)]
    out = row
    for m in reversed(found):
        out = out[: m.start()] + read(m) + out[m.end() :]
        _note_rewrite("part", read(m), m.group(0))
    return out


def _note_rewrite(how: str, read: str, printed: str) -> None:
    """Record a sentence rewritten to be read (`Layout.rewrites`), when a layout is being made."""
    notes = _REWRITES.get()
    if notes is not None and read != printed:
        notes.append((how, read, printed))


def _qa_answers(rows: list[str]) -> list[str]:
    """A question-and-answer page: an answer that gives a bare figure ("A: About 300, according
    to the NIS.") counts what its question asks about ("Q: How many North Korean soldiers have
    been killed?"), so the two are read as one sentence; the answer's label goes."""
    out = list(rows)
    for i, r in enumerate(rows):
        q = _HOW_MANY.fullmatch(r)
        if q is None:
            continue
        j = next((k for k in range(i + 1, min(i + 3, len(rows))) if rows[k]), None)
        a = _ANSWER.fullmatch(rows[j]) if j is not None else None
        if a is None and j is not None and q.group("ql") is None:
            a = _BARE_ANSWER.fullmatch(rows[j])  # (round 64) an FAQ's answer, no "A:" before it
        fig = _ANSWER_FIGURE.match(a.group("a")) if a else None
        if a is None or fig is None or j is None:
            continue
        text = a.group("a")
        np = q.group("np").strip() + (f" {_ASKED_VERB[q.group('verb')]}" if q.group("verb") else "")
        if q.group("owner"):
            np += f" of {q.group('owner')} are {q.group('where')}"  # ("troops of North Korea are in Russia")
        answer = f"{text[: fig.end()]} {np}{text[fig.end() :]}"
        owner = _ANSWER_OWNER.match(answer)
        if owner is not None:
            # (round 64) "About 600 [killed]. That is the NIS's estimate, given at a briefing on
            # Wednesday": whose figure the next sentence says, read as "according to" before it
            answer = f"According to {owner.group('who')}{owner.group('rest') or ''}, {owner.group('fig')}.{owner.group('tail')}"
        out[j] = f"{'A: ' if a.group('label') else ''}{answer}"
        _note_rewrite("part", f"{text[: fig.end()]} {np}", text[: fig.end()])
    return out


#: A numbered item led by a bare figure: "1 of 10 - 1,376", "#4 — 80,000", "7. 2,000".
_FIGURE_ITEM = re.compile(
    # (the separator has a space beside it: "18:40" and "14.20" are times, not items)
    r"#?\d{1,2}(?:\s+of\s+\d{1,2})?(?:\s+[-–—]|[-–—:.)])\s+(?P<fig>[~≈]?\d[\d,.]*\d|\d)(?P<unit>\s*[+%]|\s*[kK])?"
)
#: Marks a row that starts an entry of its own (a listicle's item): the layout makes it a break.
ITEM_START = "\u2063"
#: (round 64) A "week in numbers" item's figure alone on its line ("100", "1,000", "More than
#: 3,000"), its text on the next line ("North Korean soldiers killed in …").
_BARE_FIGURE_LINE = re.compile(
    r"(?P<fig>(?:(?:About|Around|Over|More\s+than|At\s+least|Nearly|Some|Up\s+to)\s+)?[~≈]?(?:\d{1,3}(?:,\d{3})+|\d{1,5}))"
    r"(?P<unit>\s*[+%])?\s*"
)
#: The first word of an item's text that keeps its capital after a figure ("2,000 North Korean
#: soldiers", "983 Russian servicemen").
_PROPER_START = re.compile(r"(?:North|South|Russian|Ukrainian|Korean|American|Western|British|[A-Z]{2,})\b")


def _figure_items(rows: list[str]) -> list[str]:
    """A listicle's items ("3 - 983" over "Russian servicemen taken prisoner …, according to …"):
    the bare figure heading an item is the count its text describes, so the two are read as one
    sentence ("983 Russian servicemen taken prisoner …"). Needs two such items in a row; the
    item's number goes."""

    def head(r: str) -> re.Match[str] | None:
        return _FIGURE_ITEM.fullmatch(r) or _BARE_FIGURE_LINE.fullmatch(r)

    heads = [i for i, r in enumerate(rows) if head(r)]
    if len(heads) < 2:
        return rows
    out = list(rows)
    for i in heads:
        j = next((k for k in range(i + 1, min(i + 3, len(rows))) if rows[k]), None)
        if j is None or head(rows[j]) or not rows[j][:1].isalpha():
            continue
        m = head(rows[i])
        assert m is not None
        text = rows[j]
        head_figs = find_figures(m.group("fig"))
        if head_figs and any(f.numbers & head_figs[0].numbers for f in find_figures(text)):
            # ("200" over "… said losses had 'already exceeded 200 troops'", "1,000" over "… said
            # the figure was around a thousand": the text gives the figure itself)
            continue
        if not _PROPER_START.match(text) and text[1:2].islower():
            text = text[0].lower() + text[1:]
        out[i] = ""
        # (QA pass 35) each item an entry of its own: the page's first item, undated, took the
        # next item's "the NIS said on Thursday" as a lead takes its body's day
        out[j] = ITEM_START + _led_by(f"{m.group('fig')}{(m.group('unit') or '').strip()}", text)
    return out


#: A list item in note form: "- Valery Gerasimov, chief of …, video conference with …, 26 April
#: 2025: <what was said>" (who, asides, where, when, then a colon and the content).
_NOTE_ITEM = re.compile(
    # (a bullet, or a labelled item: "Bar 2 - ", "Row 3: ", "(4) ", "#5 ")
    r"(?P<bullet>(?:[-*•–]|[A-Z][a-z]{1,10}\s+\d{1,3}\s*[-–—:]|\(\d{1,3}\)|#\d{1,3}[.:]?)\s+)(?P<head>(?:[^:\d\"“]|\d{1,2}\s+[A-Z][a-z]{2})[^:\"“]{1,79}?"
    r"(?:,\s*[^:\"“]{2,120}?)*):\s+(?P<body>\S.*)"
)
#: A note's part that names the occasion, not the speaker: "Telegram", "press briefing".
_CHANNEL_PART = re.compile(
    r"(?i)(?:on\s+|in\s+an?\s+|at\s+an?\s+)?(?:telegram|x|twitter|facebook|youtube|video(?:\s+address)?"
    r"|(?:press\s+|news\s+)?(?:briefing|conference)|interview|statement|address|post|radio|tv)"
)
#: A note's part that points back to the item before: "Same post", "same video conference".
_SAME_PART = re.compile(r"(?i)(?:the\s+)?same\s+(?P<what>[\w -]{2,40})")


def _note_items(rows: list[str]) -> list[str]:
    """A changelog's or tracker's items in note form read as sentences: "- WHO, ASIDE, CHANNEL,
    DATE: CONTENT" becomes "On DATE, WHO, ASIDE, said in a CHANNEL that CONTENT", so a figure in
    the content has its speaker, occasion and day as in prose. "Same post: …" and "WHO, same
    video conference: …" take what they leave out from the item before. Needs two such items on
    the page; an item whose head has no date (and no "same") is left as written."""
    notes: list[tuple[int, re.Match[str], list[str]]] = []
    for i, r in enumerate(rows):
        m = _NOTE_ITEM.fullmatch(r)
        if m is None:
            continue
        parts = [p.strip() for p in m.group("head").split(",") if p.strip()]
        if len(parts) > 5 or any(len(p.split()) > (16 if _OCCASION_DAY.fullmatch(p) else 8) for p in parts):
            continue
        notes.append((i, m, parts))
    if len(notes) < 2:
        return rows
    out = list(rows)
    prev: tuple[str, str, str] | None = None  # who, channel, day of the item before
    topic = _list_topic(rows[: notes[0][0]])
    for i, m, parts in notes:
        day = next((p for p in parts if _DATE_ONLY.fullmatch(p)), "")
        if not day:
            # "at a press briefing on 19 December 2024", "in a statement on Thursday": the
            # occasion with its day
            for k, p in enumerate(parts):
                dm = _OCCASION_DAY.fullmatch(p)
                if dm and k > 0:
                    day = dm.group("day") or dm.group("part")
                    parts = (
                        [*parts[:k], dm.group("occ"), *parts[k + 1 :]]
                        if dm.group("occ")
                        else parts[:k] + parts[k + 1 :]
                    )
                    break
        rest = [p for p in parts if p != day]
        same = [p for p in rest if _SAME_PART.fullmatch(p)]
        rest = [p for p in rest if p not in same]
        if not day and not (same and prev):
            continue
        if len(rest) == 2 and _CHANNEL_PART.fullmatch(rest[0]) and not _CHANNEL_PART.fullmatch(rest[1]):
            rest = rest[::-1]  # "23 Dec, Telegram, Zelensky: …": the occasion before the speaker
        who = rest[0] if rest else ""
        channel = rest[-1] if len(rest) >= 2 else ""
        asides = rest[1:-1]
        if rx.match(r"(?i)as\s|via\s", channel):
            asides, channel = [*asides, channel], ""  # "as relayed by a lawmaker": how it came, no channel
        if same and prev:
            what = _SAME_PART.fullmatch(same[0])
            if what and what.group("what").strip().lower() == "day":
                day = day or prev[2]  # "Same day, X: …" is X on the item before's day
            else:
                who = who or prev[0]
                day = day or prev[2]
                channel = channel or (f"the same {what.group('what')}" if what else prev[1])
        if not who or not day:
            continue
        where = ""
        if channel and rx.match(r"(?i)(?:in|at|on|during|via|through)\s", channel):
            where = f" {channel}"  # "at a press briefing": the occasion with its own preposition
        elif channel:
            art = (
                ""
                if rx.match(r"(?i)(?:a|an|the)\s", channel)
                else ("an " if channel[:1].lower() in "aeiou" else "a ")
            )
            where = f" in {art}{channel}"
        aside = "".join(f", {a}" for a in asides) + ("," if asides else "")
        body = m.group("body")
        bare = _BARE_FIGURE.match(body) if topic else None
        if bare:
            # 'Bar 2 - JCS, 23 December 2024: around 1,100.' under "estimates of North Korean
            # soldiers killed or wounded": the list's heading says what each figure counts
            body = f"{body[: bare.end()]} {topic}{body[bare.end() :]}"
        if not rx.search(r"[.!?][\"”’')]?$", body):
            body += "."  # a slide's or a tracker's item without its full stop is still a sentence
        on = "In" if _MONTH_PART.fullmatch(day) else "On"
        out[i] = (
            f"{on} {day[:1].lower() + day[1:] if on == 'In' else day}, {who}{aside} said{where} that {body}"
        )
        prev = (who, channel.removeprefix("the same ") if channel.startswith("the same ") else channel, day)
    return out


#: A note's part that is an occasion and its day: "at a press briefing on 19 December 2024",
#: "in a statement on Thursday", "on 2 February 2025" (the day goes to the item's date).
_OCCASION_DAY = re.compile(
    rf"(?P<occ>(?:in|at|during|as\s+relayed\s+by|as\s+reported\s+by|via)\s+[^,]{{2,80}}?)?\s*\b(?:on\s+(?P<day>\d{{1,2}}\s+"
    rf"{MONTH_WORD}(?:\s+\d{{4}})?|{MONTH_WORD}\s+\d{{1,2}}(?:,?\s+\d{{4}})?|(?:Monday|Tuesday|Wednesday|Thursday|Friday"
    rf"|Saturday|Sunday))|in\s+(?P<part>(?:[Ee]arly|[Mm]id|[Ll]ate)[- ]{MONTH_WORD}(?:\s+\d{{4}})?))"
)
#: An item's content that is a figure and nothing it counts: 'around 1,100.', '"several hundred".',
#: "more than 5,000. Open right end." (the figure, then the sentence's end).
_BARE_FIGURE = re.compile(
    r"[\"“]?(?:(?:about|around|over|more\s+than|nearly|almost|some|at\s+least|up\s+to|roughly|approximately"
    r"|as\s+many\s+as)\s+)?(?:\d[\d,.]*\d|\d)(?:\s*[kK]\b)?[\"”]?(?=\s*(?:[.;]|$))"
    r"|[\"“](?:several\s+hundred|[\w\s~,.]{1,20})[\"”](?=\s*(?:[.;]|$))"
)
#: What a list of figures counts, as its heading or introduction says: "estimates of North Korean
#: soldiers killed or wounded", "North Korean losses".
_TOPIC = re.compile(
    r"\b(?:(?:North\s+Korean|Russian|Ukrainian|DPRK)\s+)(?:soldiers|troops|servicemen|personnel|forces)\s+"
    r"(?:killed\s+or\s+wounded|killed\s+and\s+wounded|killed|wounded|captured|taken\s+prisoner|deployed|sent)\b"
    r"|\b(?:North\s+Korean|Russian|Ukrainian|DPRK)\s+(?:casualties|losses|deaths|dead)\b"
)


def _list_topic(before: list[str]) -> str:
    """The count a list's introduction names, nearest the list first ("" when none does, or
    when the nearest names two different counts)."""
    for r in reversed(before[-8:]):
        found = {rx.sub(r"\s+", " ", m.group(0)) for m in _TOPIC.finditer(r)}
        if len(found) == 1:
            return found.pop()
        if found:
            return ""
    return ""


#: A part of a note's head that is a month with a part of it: "Early January", "late March 2025".
_MONTH_PART = re.compile(rf"(?:[Ee]arly|[Mm]id|[Ll]ate)[- ]{MONTH_WORD}(?:\s+\d{{4}})?")
#: A part of a note's head that is a date and nothing else: "26 April 2025", "April 26, 2025".
_DATE_ONLY = re.compile(
    rf"(?:on\s+)?(?:\d{{1,2}}\s+{MONTH_WORD}(?:\s+\d{{4}})?|{MONTH_WORD}\s+\d{{1,2}}(?:,?\s+\d{{4}})?"
    r"|\d{4}-\d{2}-\d{2}|\d{1,2}[./]\d{1,2}[./]\d{4})"
    rf"|{_MONTH_PART.pattern}"
)


_MASTHEAD = re.compile(r"[A-Z][A-Z0-9.&'’]+(?:\s+[A-Z0-9.&'’]+){0,5}\s+[-–—|]\s+\S")


#: A header field that says when the page itself came out ("Published 12 June 2025", "Issued
#: June. 17, 2025, 17:30 GMT", "Submitted: May. 15, 2025", "Map drawn 14/03/2025").
_PUBLISHED_CUE = re.compile(
    r"(?i)\b(?:published|posted|issued|released|submitted|dated|filed|drawn|exported|saved)\b"
)
#: Where a header line divides into fields: a pipe or a bullet, or the end of a sentence.
_FIELD_SPLIT = re.compile(r"\s+[·•|]\s+|(?<=[.;])\s+(?=[A-Z])")


def _cued_date(rows: list[str]) -> datetime | None:
    """The date of the first header field that names itself the page's date ("Tromsø, 11-12
    September 2025 | Programme version 3, published 28 August 2025" is of 28 August, not of the
    event it announces; "Published 12 June 2025. Approved in draft by the Chair" of 12 June)."""
    for row in rows:
        if not _PUBLISHED_CUE.search(row):
            continue
        for part in _FIELD_SPLIT.split(row):
            m = _PUBLISHED_CUE.search(part)
            if m and len(part) - m.start() <= 80 and (d := parse_date_line(part[m.start() :])) is not None:
                return d
    return None


#: (round 59) A header's field named as the page's date: "Date: 01/13/2025 09:21 AM".
_DATE_FIELD = re.compile(
    r"(?i)\s*(?:date|publication\s+date|date\s+published|보낸\s*날짜|送信日時)\s*:\s*(?=\S)"
)


#: (round 60) A video page's own date, under its title: "1,412 views  Dec 17, 2024", "Premiered
#: Jan 13, 2025", "Streamed live on Dec 27, 2024" (a note of when it was copied is not its date).
_VIDEO_DATE_FIELD = re.compile(
    r"(?i)\s*(?:[\d.,]+\s*[KM]?\s+views\s+|premiered\s+(?:on\s+)?|streamed\s+live\s+(?:on\s+)?)(?=\S)"
)


def _date_field(header: list[str]) -> datetime | None:
    """(round 59) The date of a header's "Date:" field: the page says it is its own date, so a
    cued date further down the header ("Kyiv - Date unknown, released 12 January 2025", a video
    shot list's source line) does not replace it. (round 60) So does a video page's date line."""
    for row in header:
        m = _DATE_FIELD.match(row) or _VIDEO_DATE_FIELD.match(row)
        if m is not None and (d := parse_date_line(row[m.end() :])) is not None:
            return d
    return None


#: A footer's own publication note: "originally published … on", "Uploaded on", "last edited on".
_FOOTER_CUE = re.compile(r"(?i)\b(?:published|posted|issued|released|uploaded|edited|dated)\b")


def _footer_date(rows: list[str]) -> datetime | None:
    """The date a footer line says the page came out, read from its cue on (at most 60
    characters: the date follows the cue closely, "published in The Han River Post on April
    30, 2025"); the last such line wins (the latest edit)."""
    for row in rows[::-1]:
        for part in _FIELD_SPLIT.split(row)[::-1]:
            m = _FOOTER_CUE.search(part)
            if m and (d := parse_date_line(part[m.start() : m.start() + 60])) is not None:
                return d
    return None


#: A section heading of a briefing or advisory, never the name of the outlet above it.
_SECTION_HEADING = re.compile(
    r"(?i)(?:summary|background|contacts?|key(?: points)?|what'?s new|advice|update|overview|notes?"
    r"|highlights|analysis|context|details|sources?|assessment|outlook)"
)


def _first_day_heading(rows: list[str], body_at: int) -> int:
    """(round 40) A digest's first day heading set right above its first item ("Mon 23 Dec" under
    "Published 28.12.2024"): the body starts at the heading, so the items under it are that day's,
    when the lines above it date the page to a later day (a date line under a byline stays the
    page's own)."""
    k = body_at - 1
    while k >= 0 and not rows[k]:
        k -= 1
    if k < 1 or len(rows[k]) > 40:
        return body_at
    page = next((d for d in map(parse_date_line, [r for r in rows[:k] if r]) if d is not None), None)
    if page is None:
        return body_at
    line = _heading_day(rows[k], page.date()) or rows[k].strip()
    if not (_DAY_HEADING.fullmatch(line) and rx.match(_WEEKDAY, line)):
        return body_at
    days = [d for d in find_dates(line, page.date()) if d.precision == "day"]
    if days and days[0].first < page.date() and (page.date() - days[0].first).days <= 180:
        return k
    return body_at


#: (round 61) A mail's header field: "From: …", "Sent: …", "Subject: …", "보낸 날짜: …".
_MAIL_FIELD = re.compile(
    r"(?i)(?:from|to|cc|bcc|subject|date|sent|reply-to|보낸\s*사람|받는\s*사람|보낸\s*날짜|제목|참조)\s*:"
)


#: A mail's subject field, without the reply and forward marks before it ("RE: FW: …", "Fwd:").
_MAIL_SUBJECT = re.compile(
    r"(?i)(?:subject|제목)\s*:\s*(?:(?:re|fwd?|aw|wg|tr|sv|답장|전달)\s*(?:\[\d+\])?\s*:\s*)*(?P<subject>\S.*)$"
)


def _mail_header_end(rows: list[str]) -> int:
    """(round 61) Where a mail's body starts: after its header block (two or more fields, one of
    them its date, among the first rows). A short first line of the body ("All three threads
    below, newest first.") had left the quoted messages' own "From:" and "Date:" lines in the
    page's header, so their messages were dated by the reply. len(rows) when it is no mail."""
    filled = [i for i, s in enumerate(rows) if s][:12]
    fields = [i for i in filled if _MAIL_FIELD.match(rows[i])]
    wrote = next((i for i in filled if WROTE_LINE.fullmatch(rows[i])), len(rows))
    if len(fields) < 2 or not any(rx.match(r"(?i)(?:date|sent|보낸\s*날짜)\s*:", rows[i]) for i in fields):
        return wrote  # (a reply's "On …, X wrote:" line starts a message: never the header)
    end = fields[0]
    while end + 1 < len(rows) and rows[end + 1] and _MAIL_FIELD.match(rows[end + 1]):
        end += 1
    return min(wrote, next((i for i in range(end + 1, len(rows)) if rows[i]), len(rows)))


def _forwarders_note(rows: list[str], body_at: int, mail_at: int) -> bool:
    """A forwarder's short note above a mail's header ("FYI - see the HUR figure below." over
    "From: … / Sent: … / Subject: FW: …"), as an Outlook thread is pasted: the page then had no
    title and was dated by its first line. At most two short lines, with no figure in them, before
    the header's first field."""
    if mail_at >= len(rows) or body_at >= mail_at:
        return False
    first = next((i for i, s in enumerate(rows) if s and _MAIL_FIELD.match(s)), len(rows))
    note = [s for s in rows[:first] if s]
    return (
        first < mail_at
        and 0 < len(note) <= 2
        and all(len(s) <= 160 and not rx.search(r"\d{2,}", s) for s in note)
    )


def _web_layout(lines: list[str]) -> Layout:
    """Any other page: header lines (site, menu, headline, byline, date), body, footer."""
    lay = Layout()
    named = _named_surnames(lines)
    rows = _table_prose([rx.sub(r"\s*\((?:END|LEAD)\)\s*$", "", ln.strip()) for ln in lines])
    rows = _note_items(_figure_items(_qa_answers(_source_lines(_footnote_sources(_feed_items(rows))))))
    rows = _list_bullets([_english_gloss(r) for r in rows])
    body_at = next(
        (
            i
            for i, s in enumerate(rows)
            # a transcript starts at its first labelled turn, however short ("MODERATOR: Welcome.")
            if s
            and (
                (_body_like(_POST_COUNTER.sub("", s)) and not _is_furniture(s))
                or _speaker_label(_TIME_CODE.sub("", s), named) is not None
                # a chat export starts at its first time-coded message
                or (
                    _TIME_CODE.match(s) is not None
                    and _CHAT_TURN.fullmatch(_TIME_CODE.sub("", s)) is not None
                )
                or _STAMPED_MESSAGE.fullmatch(s) is not None
            )
        ),
        len(rows),
    )
    mail_at = _mail_header_end(rows)
    if _forwarders_note(rows, body_at, mail_at):
        body_at = mail_at  # the mail's header dates and titles the page, not the note above it
    body_at = min(body_at, mail_at)
    body_at = _first_day_heading(rows, body_at)
    header = [s for s in rows[:body_at] if s]
    near = [r for r in rows[body_at : body_at + 8] if r and (len(r) <= 90 or _PARTS.search(r))]
    # (round 64) a photo's caption under the first paragraphs is no field of the page ("Photo: …
    # in an image released by the Defence Ministry on March 20, 2025" beat "April 27, 2025 | 9:20
    # AM" under the byline, and the page's "on Saturday" was read five weeks early)
    lay.published = _date_field(header) or _cued_date(
        [r for r in rows[: body_at + 8] if r and not _is_caption(r)]
    )
    for s in [r for r in header + near if not _NOTE.match(r) and lay.published is None]:
        d = parse_date_line(s)
        if d is not None:
            lay.published = d
            break
    if lay.published is None:
        # a copied post's or a translated page's stamp under the body ("11.01.2025, 14:07
        # (edited)", "15:02 02.12.2024 (updated: …)"): a date with a time, among the last lines
        for s in [r for r in rows[body_at:] if r][-6:][::-1]:
            if len(s) <= 90 and _TIME_RE.search(s) and not _NOTE.match(s):
                d = parse_date_line(s)
                if d is not None:
                    lay.published = d
                    break
    if lay.published is None:
        lay.published = _weekday_heading(header[:6])
    if lay.published is None:
        lay.month_ref = next((m for m in map(parse_month_line, header) if m is not None), None)
    if lay.published is None and lay.month_ref is None:
        # (session 18) a digest's line of the days it covers ("Dec. 14-20, 2024"): its yearless
        # day headings and its "on Monday" are read against the last of them
        lay.month_ref = next((d for d in map(_period_line_end, header) if d is not None), None)
    if lay.published is None and lay.month_ref is None:
        # a page with no date above its text may say below it when it came out ("This article was
        # originally published in … on April 30, 2025", "Uploaded on September 3, 2025", "Date
        # decision issued: 14 May 2025"): a month-day in its text is then of that year, not today's
        lay.published = _footer_date([r for r in rows[body_at:] if r][-8:])
    head = next((m for m in map(_NAME_HANDLE_LINE.match, header) if m is not None), None)
    if head is not None:
        # (round 41) a pasted post's one-line head: "Oleksandr Syrskyi (@SyrskyiO) · Feb 14, 2025"
        lay.account = HANDLES.get("@" + head.group("handle").lower(), head.group("name").strip())
        lay.account_inline = True
    for prev, s in pairwise(header):
        if _HANDLE.fullmatch(s):
            lay.account = rx.sub(r"[^\w)]+$", "", prev).strip()
            # a well-known handle says which body a bare "Ministry of Defence" is
            lay.account = HANDLES.get(s.split()[0].lower(), lay.account)
            if rx.search(r"(?i)\bt(?:elegram)?\.me/|\bsubscribers\b", s):
                lay.platform = "Telegram"  # a channel's link or its subscriber count
            break
    candidates = [
        s
        for s in header
        if not _is_furniture(s)
        and not _is_caption(s)
        and parse_date_line(s) is None
        and not s.startswith("#")
        and not _HANDLE.fullmatch(s)
        # (QA pass 29) a mail's "From: Name <address>" was its title: its header's fields are not
        and not (mail_at < len(rows) and _MAIL_FIELD.match(s))
    ]
    for s in header:
        key = rx.sub(r"^(?:©|\(c\))\s*\d{0,4}\s*", "", s).strip()
        if key in OUTLETS or key.upper() in OUTLETS or key in OUTLETS.values():
            lay.outlet = outlet_name(key)
            break
    # a masthead line ("ADDRESS ARCHIVE - Transcripts", "TURTLE BAY BULLETIN - Meetings coverage"):
    # the site's name in capitals and a section, never the headline
    titled = [
        s for s in candidates if len(s.split()) >= 4 and not s.endswith(":") and not _MASTHEAD.match(s)
    ] or [s for s in candidates if len(s.split()) >= 4 and not s.endswith(":")]
    subject = next((m.group("subject") for m in map(_MAIL_SUBJECT.match, header) if m), None)
    if subject and mail_at < len(rows):
        lay.title = subject  # (QA pass 29) a mail's title is its subject, without "RE:" / "FW:"
    elif titled:
        lay.title = titled[0]
    elif header:
        lay.title = next((s for s in header if not (mail_at < len(rows) and _MAIL_FIELD.match(s))), "")
    if not lay.outlet and candidates:
        top = candidates[0]
        if (
            top != lay.title
            and len(top.split()) <= 8
            and not rx.search(r"[\d.!?:]", top)
            and top[:1].isupper()
            and not _SECTION_HEADING.fullmatch(top)
        ):
            lay.outlet = outlet_name(top)
    paras: list[str] = []
    pending_break = False
    # A live blog's first entry: its time stamp sits among the header lines, just above the
    # entry's own heading (if any) and its first paragraph.
    stamp = any(_TIME_LINE.fullmatch(h) or _ALERT_HEAD.match(h) for h in header[-2:])
    entry_day: date | None = None
    recap_day = False  # the day a recap's heading gives its items, until the next alert
    first_post = (
        header[-1] if header and _POST_HEADER.search(header[-1]) and _TIME_LINE.search(header[-1]) else ""
    )
    first_stamp = parse_date_line(first_post) if first_post else None
    if (
        first_stamp is not None
        and first_stamp == lay.published
        and rx.match(r"(?i)posted\s*:?\s*(?!by\b)", first_post)
        and any(rx.match(r"By\s+[A-Z]", h) for h in header)
    ):
        # (round 64) a bylined news page's own date line above its text ("Posted : 2024-12-20
        # 10:41 | Updated : …") is no forum post's head: the whole report was read as one live
        # entry, and the figures the NIS gave lawmakers "Thursday" were dated the day printed
        first_stamp = None
    short_first = _HANDLE_STAMP.search(header[-1]) if header and lay.published is not None else None
    if first_stamp is None and short_first is not None and lay.published is not None:
        first_stamp = _short_stamp(short_first.group("when"), lay.published)  # "Name @handle · Mar 3"
    # (session 24, QA 9) a clip file has two heads or more: one head quoted in an article's body
    # (its own dateline above) dates nothing
    clip_file = sum(_CLIP_HEAD.match(r.strip()) is not None for r in rows) >= 2
    first_clip = (
        _CLIP_HEAD.match(header[-1])
        if header and first_stamp is None and lay.published and clip_file
        else None
    )
    if first_clip is not None and lay.published is not None:  # (session 24) the first clip's head
        first_stamp = _clip_day(first_clip.group("when"), lay.published)
    if first_stamp is not None:  # the first post's "#8221 by X » Sat Jan 11, 2025 7:02 pm" header
        stamp, entry_day = True, first_stamp.date()

    def yearless_day(line: str) -> date | None:
        """(session 24) A day heading without a year ("28 October") on a page with no date of its
        own, as a channel's export has them over its posts: that day, in the year the case's days
        put it in, or the one the text's own years give (`_likely_year`)."""
        if not _bare_day_heading(line):
            return None
        mentions = [m.first for m in find_dates(line, date.today()) if m.precision == "day"]
        if not mentions:
            return None
        whole = dataclasses.replace(lay, paragraphs=[r for r in rows if r.strip()])  # (its years)
        year = _likely_year(whole, mentions[0].month, mentions[0].day, "")
        try:
            return mentions[0].replace(year=year)
        except ValueError:  # (29 February in a year without it)
            return None

    # (session 24) a messenger channel's export: its subscriber or view counts, its forwards (a
    # yearless date under a blog's name is the page's date line, not a post's day)
    channel_page = bool(lay.platform) or any(
        _FORWARDED.match(r) or rx.search(r"(?i)👁|\bsubscribers\b|\btelegram channel\b", r) for r in rows
    )
    heading_days: list[date] = []
    day_run = len({r.strip() for r in rows if _bare_day_heading(r.strip())}) >= 2
    # (QA 11) a live blog: entries under bare time stamps ("17.05 CET"), of which a dated one
    # ("Mon 23 Dec 2024 19.40 CET") starts an earlier day
    live = any(_TIME_LINE.fullmatch(r.strip()) for r in rows)
    if lay.published is None and lay.month_ref is None and first_stamp is None and channel_page:
        # the first post's day heading sits among the header lines ("28 October" ¶ "Forwarded from …")
        posted_on = [p for p in map(yearless_day, header[-4:]) if p is not None]
        if posted_on:
            stamp, entry_day = True, posted_on[-1]
            heading_days.append(posted_on[-1])
    if day_run and lay.published is not None and entry_day is None:
        # (session 24, QA 9) a live blog's first bare day heading among the header lines ("14 March"
        # under "Published 15 Mar 2025"): the first entry is that day's
        for h in reversed(header[-3:]):
            if _bare_day_heading(h.strip()):
                got = [d.first for d in find_dates(h, lay.published.date()) if d.precision == "day"]
                if got and got[0] < lay.published.date():
                    stamp, entry_day = True, got[0]
                break
    label_next = ""  # "Forwarded from X" / "X after a report:": the next paragraph is X's
    entry_source = ""  # (session 39) a digest's entry head's source, for the next paragraph
    if first_clip is not None and first_stamp is not None:
        label_next = _clip_author(first_clip.group("who"))
    last_heading = ""  # the last short unpunctuated line (a channel's name over its post)
    channel_voice = ""  # the channel whose embedded post the paragraphs are, until the post ends
    card_title = False  # a card's author line was just read: its title may come before its text
    turn = ""  # the transcript speaker whose turn it is
    post_stamps: list[datetime] = []
    section = ""  # the section heading the next paragraphs sit under
    links = False  # (round 63) under a list of links' heading ("More from World", "Related:")
    figure_label = ""  # a figure on its own line, waiting for the words under it
    if header:  # the first post's "Forwarded from X" or speaker heading sits above the body
        fwd = _FORWARDED.match(header[-1])
        if fwd is None and len(header) >= 2 and _TIME_LINE.search(header[-1]) and len(header[-1]) <= 30:
            # (round 40) its stamp between: "Forwarded from: X" then "[11.01.2025 14:27]"
            fwd = _FORWARDED.match(header[-2])
        if fwd:
            label_next = fwd.group("who")
        elif header[-1].endswith(":") and len(header[-1].split()) >= 2:
            label_next = header[-1][:-1]
        figure_label = _label_of(header[-1], alone=True)  # "1,200" over the first paragraph
        cards = [_ACCOUNT_LINE.fullmatch(h) for h in header[-2:]]
        if cards[-1] is not None or (
            len(cards) == 2 and cards[0] is not None and len(header[-1].split()) <= 10
        ):
            # the first card's author ("UK Defence Intelligence (X)"), maybe over its title
            label_next = next(c.group("who") for c in cards if c is not None)
    in_messages = False  # inside an exported chat: a line without a stamp goes on with a message
    for s in rows[body_at:]:
        if not s:
            continue
        if s.startswith(ITEM_START):  # (a listicle's item: an entry of its own, `_figure_items`)
            s, pending_break = s[1:], True
        s = _POST_COUNTER.sub("", s)  # "... killed in the Kursk fighting. 2/8": the post's text
        message = _STAMPED_MESSAGE.fullmatch(s)
        if message is not None and _speaker_label(_TIME_CODE.sub("", s), named) is not None:
            message = None  # "[00:41] MS. SINGH: …": a transcript's labelled turn (below)
        if message is not None:
            # "23/12/2024, 18:06 - Jae-min (Seoul): our JCS says around 1,100": a message of an
            # exported chat, a sentence however it ends; its sender is no speaker
            sent_at = parse_date_line(
                message.group(0)[: message.start("name" if message.group("name") else "rest")]
            )
            entry_day = sent_at.date() if sent_at is not None else entry_day  # the message's day
            s = message.group("rest").strip()
            in_messages = True
        s = _TIME_CODE.sub("", s)
        alert = _ALERT_STAMP.match(s) if message is None else None
        if alert is not None:
            # "[0812] UKR special forces: …", "1225 BRUSSELS -- …": an alert's or a flash's time
            # of day before its text; the item is that day's news, the time no part of it
            s = s[alert.end() :]
            if recap_day:
                entry_day, recap_day = None, False  # (the recap is over: today's flashes again)
        chat = _CHAT_TURN.fullmatch(s)
        if chat or message is not None or (in_messages and not _is_furniture(s)):
            # "[09:13] jun.park: also 3 went missing": a chat message is a sentence of the log,
            # however short and whether or not it ends with a full stop; the handle is no speaker
            # (a message's further lines, "SSO channel: over the past three days …", too)
            s = chat.group("rest").strip() if chat else s
            if not rx.search(r"[.!?][\"”’')]?$", s):
                s += "."
            if pending_break and paras:
                lay.breaks.add(len(paras))
            pending_break = False
            if in_messages and entry_day is not None:
                lay.stamped.add(len(paras))
                lay.day_of[len(paras)] = entry_day
            paras.append(s)
            continue
        fwd = _FORWARDED.match(s)
        if fwd:
            label_next = fwd.group("who")
            pending_break = True
            continue
        flagged = _FLAG_TAGS.match(s)
        if flagged and _body_like(s[flagged.end() :]):
            # "#BREAKING Zelensky in Budapest: …": a post's flag before its text, not a tag line
            s = s[flagged.end() :]
        post_head = _POST_HEADER.search(s) is not None and _TIME_LINE.search(s) is not None
        if (s.startswith("#") and not post_head) or rx.match(r"(?i)tags?:", s):
            lay.tags += [
                t.strip().lstrip("#")
                for t in rx.split(r"[,\s]+#|,\s*", s.split(":", 1)[-1] if s.lower().startswith("tag") else s)
                if t.strip().lstrip("#")
            ]
            continue
        url = _URL_RE.search(s)
        if url and len(s) - len(url.group(0)) < 20:
            lay.url = lay.url or url.group(0)
            continue
        head = _ENTRY_HEAD.fullmatch(s)
        if head is not None:
            entry_source = head.group("who")  # (the breadcrumb rule below would drop the line)
            continue
        if _is_caption(s) or _is_furniture(s):
            if _LINK_LIST_HEADING.match(s):
                links = True  # ("Related:", "Read more:": page furniture over a list of links)
            continue
        alone = _label_of(s, alone=True)
        if alone:
            figure_label = alone  # "92,000" on its own line: the next words count it
            pending_break = True
            continue
        label = _FIGURE_LABEL.fullmatch(s)
        if label is not None and label.group("rest") and _label_of(s, alone=False):
            s = _labelled_figure(label.group("label"), label.group("rest"))
        elif figure_label:
            s = _labelled_figure(figure_label, s)
        figure_label = ""
        if paras and (
            (_LIST_ITEM.fullmatch(s) and (paras[-1].endswith(":") or _LIST_ITEM.search(paras[-1])))
            # ((round 41) "…losses amounted to:" over "- more than 310 servicemen;" "- 2 tanks;": a
            # ministry summary's bare counts go on its sentence, as the labelled ones above do)
            or (
                _COUNT_ITEM.fullmatch(s)
                and rx.search(r"\b(?:amounted|amount|totall?ed|lost|were|was)(?:\s+to)?\s*:$", paras[-1])
            )
        ):
            # "personnel — about 845,900 (+1,210) persons,": a press release's list continues the
            # sentence that introduces it ("... reports the total combat losses of the enemy:")
            item = rx.sub(r"^[—–•*-]\s+", "", s)
            if _COUNT_ITEM.fullmatch(s):
                # (its first count only, read without the colon: "… losses amounted to more than 310
                # servicemen"; the colon would make the sentence before it a speaker's label)
                paras[-1] = f"{paras[-1][:-1].rstrip()} {item}"
            else:
                paras[-1] = f"{paras[-1]} {item}"
            continue
        if (
            not _body_like(s)
            # ((round 42) nor a PDF's note number after the full stop: "… of Kursk Oblast.4")
            and not rx.search(
                r"[.!?][\"”’']?$", _FIGURE_NOTE.sub("", _GLUED_NOTE.sub("", _FOOTNOTE.sub("", s)))
            )
            # ((round 41) a transcript's turn opening on an address: "Valery Gerasimov: Comrade
            # Supreme Commander-in-Chief," is the turn's label, not a heading)
            and not ((nl := _NAME_LABEL.match(s)) is not None and _NAME_TURN + nl.group("label") in named)
            # ((round 41) a release's list item ending its line with ";": "- irrecoverable losses
            # (killed): 25,200 personnel;" goes on the sentence, as one ending in a full stop does)
            and not (_BULLET_ROW.match(s) and rx.search(r"\d", s) and s.rstrip().endswith(";"))
            and not (_figure_bullet(s) and not links)
        ):
            post_stamp = (
                parse_date_line(s)
                if (lay.account or _POST_HEADER.search(s)) and _TIME_LINE.search(s)
                else None
            )
            short = _HANDLE_STAMP.search(s) if lay.published is not None and post_stamp is None else None
            if short is not None and lay.published is not None:
                # a copied post's "Name @handle · Nov 5" or "· 2h": the post's day, in the page's year
                post_stamp = _short_stamp(short.group("when"), lay.published)
            clip = (
                _CLIP_HEAD.match(s)
                if post_stamp is None and lay.published is not None and clip_file
                else None
            )
            clip_stamp = _clip_day(clip.group("when"), lay.published) if clip and lay.published else None
            if clip_stamp is not None:
                # (session 24) an analyst's clip of a post: "[3] HUR · Telegram · Mon 16 Dec · 11:20":
                # the post below is that account's, said that day
                post_stamp = clip_stamp
            sent = _EMAIL_DATE.fullmatch(s) or WROTE_LINE.fullmatch(s)
            email = parse_date_line(sent.group("d")) if sent and lay.published is not None else None
            if email is not None and post_stamp is None:
                # an email's or a memo's own "Date: Tue, 2 Sep 2025 17:42": "today" below it is that day
                entry_day = email.date()
            if post_stamp is not None:
                # a channel page's post stamp ("Dec 23, 2024 at 10:14") dates the post below it
                post_stamps.append(post_stamp)
                entry_day = post_stamp.date()
            if _VERIFIED_LINE.fullmatch(s) and last_heading:
                # an embedded channel post: its name, then "✅ verified channel", then its title
                # and text ("Defence Intelligence of Ukraine ¶ ✅ verified channel ¶ ⚡️ …")
                label_next, card_title, channel_voice = last_heading, True, last_heading
            elif s.endswith(":") and not s.startswith("#") and len(s.split()) >= 2:
                label_next = s[:-1]  # "Zelensky after a report from Syrskyi:" over a quote
            elif (card := _ACCOUNT_LINE.fullmatch(s)) is not None:
                # a card's or an embed's author over its title and text: "UK Defence Intelligence (X)"
                label_next, card_title = card.group("who"), True
            elif card_title and len(s.split()) <= (16 if channel_voice else 10):
                card_title = False  # the card's title ("Intelligence update - 28 March 2025")
            elif not _TIME_LINE.search(s):
                label_next = channel_voice = ""  # (a post's view count or a rule ends the post)
            if clip_stamp is not None and clip is not None:
                label_next, channel_voice = _clip_author(clip.group("who")), ""
            last_heading = s
            if not _BULLET_ROW.match(s):  # (a list's own items are no heading of it)
                links = _LINK_LIST_HEADING.match(s) is not None
            if (
                not s.endswith(":")
                and _TIME_LINE.search(s) is None
                and post_stamp is None
                and email is None
                # (round 63) an item of a list is no heading of what follows it ("More from World"
                # stays the section of its second headline)
                and not _BULLET_ROW.match(s)
            ):
                section = s  # a section heading: the paragraphs under it, until the next
            pending_break = True  # a timestamp, a section or brief heading: a new entry
            is_time = (
                _TIME_LINE.fullmatch(s) is not None
                or post_stamp is not None
                or email is not None
                # (round 36) a wire's urgent under its time of day: "2002 -- URGENT -- WASHINGTON -- …"
                or _ALERT_HEAD.match(s) is not None
            )
            recap = _RECAP_HEADING.fullmatch(s) if lay.published is not None else None
            recap_days = (
                [d for d in find_dates(recap.group("d"), lay.published.date()) if d.precision == "day"]
                if recap is not None and lay.published is not None
                else []
            )
            if recap_days:
                # (round 36) "WEEKEND RECAP (Sat 26 Apr):": the items below are that day's news
                is_time, entry_day, recap_day = True, recap_days[0].first, True
            page_day = lay.published.date() if lay.published is not None else lay.month_ref
            if page_day is None and channel_page and (posted := yearless_day(s)) is not None:
                entry_day, stamp = posted, True  # (session 24) a post's day in an undated export
                heading_days.append(posted)
                continue
            heading_day = _heading_day(s, page_day, live) if page_day is not None else None
            if heading_day is not None:
                # (round 39) "THU 12.12", "22.01 WED", "Fri 27/12", "9 JAN (THU)", "Sat 28/12 - Sun
                # 29/12": a digest's day heading in numbers, its weekday after, or a range (its first day)
                s = heading_day
            if (_DAY_HEADING.fullmatch(s) or _WEEKDAY_HEADING.fullmatch(s)) and page_day is not None:
                days = [d for d in find_dates(s, page_day) if d.precision == "day"]
                if days and not rx.search(r"\d{4}", s) and (page_day - days[0].first).days > 180:
                    # (round 39) "Wed Dec 4" in a planner of the week after its Sunday: a day still
                    # to come (read as last year's), no day the entries below were said
                    days = []
                entry_day = days[0].first if days else entry_day  # "Thursday 9 January": entries below
                # (session 17) a timeline's day heading ("Monday, 16 December", "Wednesday"): the
                # entries under it are that day's, as under a live blog's time stamp
                # (a heading naming its weekday, below the body's first paragraph and not the
                # page's own day: a date line under a byline is no entry)
                is_time = is_time or (
                    bool(days)
                    # (round 39: or a digest's first day heading, above its first item, on a page
                    # dated a later day: "MON 23 DEC" under "Tuesday 24 December 2024 | 06:00 UTC")
                    and (bool(paras) or (lay.published is not None and days[0].first < page_day))
                    # ((session 24, QA 9) or one of a live blog's two or more bare day headings,
                    # "14 March" then "13 March": the weekday is not needed to tell them from a
                    # date line when the page has several)
                    and (rx.match(_WEEKDAY, s) is not None or day_run)
                    and days[0].first != page_day
                )
            stamp = is_time or (stamp and pending_break)  # a heading under a time stamp
            continue
        if pending_break and paras:
            lay.breaks.add(len(paras))
        if stamp or alert is not None:
            lay.stamped.add(len(paras))
            if entry_day is not None:
                lay.day_of[len(paras)] = entry_day
        pending_break = False
        labelled = _speaker_label(s, named)
        if labelled is not None:
            clip = _SPEAKER_LABEL.match(s)
            turn, s = labelled  # a transcript turn goes on until the next label
            clip_day = _note_day(clip.group("note"), lay) if clip is not None and clip.group("note") else None
            if clip_day is not None:
                # (session 18) "RYDER (briefing audio, Monday): …", "KIRBY (Friday briefing): …": a
                # clip of what was said that day, in a programme aired later
                lay.stamped.add(len(paras))
                lay.day_of[len(paras)] = clip_day
        if turn in _QUESTION_LABELS:
            lay.questions.add(len(paras))
        elif turn in _ANSWER_LABELS:
            lay.answers.add(len(paras))
        elif turn and turn not in _ROLE_LABELS:
            lay.speaker_of[len(paras)] = turn
        elif label_next and (s[:1] in '"“«' or len(paras) in lay.breaks or not paras):
            lay.speaker_of[len(paras)] = label_next
        elif channel_voice:
            lay.speaker_of[len(paras)] = channel_voice  # the channel's post goes on
        label_next = ""
        if entry_source:
            lay.entry_source[len(paras)] = entry_source
            entry_source = ""
        if section:
            lay.section_of[len(paras)] = section
        if not _BULLET_ROW.match(s):
            links = False  # (prose ends a list of links)
        paras.append(_GLUED_NOTE.sub("", s))
    if any(_GLUED_NOTE.search(ln) for ln in lines):
        paras = [_FIGURE_NOTE.sub("", p) for p in paras]
    lay.paragraphs = paras
    if lay.published is None and lay.month_ref is None:
        # a post's yearless stamp over its text ("26 April at 18:20 · 🌐"): the year in which
        # the day falls after the dated events the post recalls
        for h in header:
            m = _YEARLESS_STAMP.match(h)
            mon = (m.group("mon") or m.group("mon2") or "").lower() if m else ""
            if m and m.group("mm"):  # "04-29 08:47 from iPhone": a microblog's month-day stamp
                mon = next((k for k, v in MONTHS.items() if v == int(m.group("mm"))), "")
            if m and mon in MONTHS:
                month, day = MONTHS[mon], int(m.group("d") or m.group("d2") or m.group("dd"))
                year = _likely_year(lay, month, day, "")
                try:
                    lay.published = datetime(year, month, day, int(m.group("h")), int(m.group("mi")))
                except ValueError:
                    continue
                break
    if post_stamps and lay.published is not None and max(post_stamps) > lay.published:
        lay.published = max(post_stamps)  # a channel page is as new as its latest post
    if heading_days and lay.published is None and lay.month_ref is None:
        lay.month_ref = max(heading_days)  # (session 24) and an undated export as its latest day
    _wire_datelines(lay)
    return lay


#: A forum post's header over its text: "#8221  by Vlaskov » Sat Jan 11, 2025 7:02 pm",
#: "Posted by kim_w on …", "Reply #12 on …".
_POST_HEADER = re.compile(
    r"^#\d+\s|\bby\s+@?[\w.-]+\s*[»›|·]|^(?:Posted|Reply|Post)\b"
    # a chat export's message header over its text: "[27-Mar-25 10:14 AM] mirka"
    r"|^\[[^\[\]]{6,30}\]\s+@?[\w.-]+(?:\s+\[[A-Z]+\])?$"
)
#: An account named with its platform, on a line of its own: "UK Defence Intelligence (X)".
#: A messenger channel's badge under its name: "✅ verified channel", "Verified account".
_VERIFIED_LINE = re.compile(r"(?i)[^\w]{0,4}\s*verified\s+(?:channel|account|page)")
_ACCOUNT_LINE = re.compile(
    r"(?P<who>[A-Z][\w.'’&-]*(?:\s+[\w.'’&-]+){0,6}?)\s+\((?:X|Twitter|Telegram|Facebook|YouTube|Instagram"
    r"|Bluesky|Mastodon|Threads|Weibo|VK)\)"
)
#: A post's author line with its short stamp: "Korea Herald Defence @kh_defence · Nov 5", "… · 2h".
#: (round 41) A post's head on one line: the account's name, its handle, then the post's day.
_NAME_HANDLE_LINE = re.compile(
    r"(?P<name>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,5})\s*\(?@(?P<handle>\w{2,30})\)?\s*[·•|]\s*"
    r"(?:[A-Z][a-z]{2}\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+[A-Z][a-z]{2,8}\s+\d{4})\s*$"
)
_HANDLE_STAMP = re.compile(
    r"@[\w.]+\s*[·•|]\s*(?P<when>[A-Z][a-z]{2}\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2}|\d{1,2}\s?[hm])\s*$"
)


#: (session 24) A clipped post's head: its number, the account, the platform, then its day and
#: time, "·"-separated: "[2] HUR · Telegram · Sat 14 Dec · 18:05", "@ZelenskyyUa · X · Sat 11 Jan ·
#: 14:32", "White House pool, relayed by @poolnotes · X · Mon 16 Dec · 19:40 (12:40 ET)".
_CLIP_HEAD = re.compile(
    r"(?:\[\d{1,3}\]\s*)?(?P<who>[^·•|\[\]]{2,80}?)\s*[·•|]\s*"
    r"(?:Telegram|X|Twitter|Bluesky|Mastodon|Facebook|VK|Threads|YouTube|Instagram)\s*[·•|]\s*"
    r"(?P<when>(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,?\s+)?(?:\d{1,2}\s+[A-Z][a-z]{2,8}|[A-Z][a-z]{2,8}\.?\s+\d{1,2})"
    r"(?:,?\s+(?:19|20)\d{2})?)\s*(?:[·•|,]|\bat\b)\s*\d{1,2}[:.]\d{2}\b"
)


def _bare_day_heading(line: str) -> bool:
    """(session 24) A day heading without a year: "28 October", "Thursday 9 January"."""
    return _DAY_HEADING.fullmatch(line) is not None and rx.search(r"\d{4}", line) is None


def _clip_day(when: str, page: datetime) -> datetime | None:
    """A clip head's day ("Thu 12 Dec", "Dec 12", "12 December 2024"): in the page's year unless
    it says its own, and the year before if that would be after the page."""
    days = [d for d in find_dates(when, page.date()) if d.precision == "day"]
    if not days:
        return None
    day = days[0].first
    if not rx.search(r"\b(?:19|20)\d{2}\b", when) and day > page.date():
        try:
            day = day.replace(year=day.year - 1)
        except ValueError:
            return None
    return datetime(day.year, day.month, day.day)


def _clip_author(who: str) -> str:
    """The account a clip head names: "White House pool, relayed by @poolnotes" is the pool's post;
    a handle known to `HANDLES` is its body's ("@ZelenskyyUa")."""
    who = rx.split(r",?\s+(?:relayed|via|reposted|quoted)\s+by\b", who)[0].strip()
    return HANDLES.get(who.lower(), who) if who.startswith("@") else who


def _short_stamp(when: str, page: datetime) -> datetime | None:
    """A post's short stamp read against the page's own date: "2h" (that day), "Nov 5" (in the
    page's year, or the year before if that would be after the page)."""
    if rx.fullmatch(r"\d{1,2}\s?[hm]", when):
        return page
    words = when.split()
    mon, day = (words[0], words[1]) if words[0][:1].isalpha() else (words[1], words[0])
    month = MONTHS.get(mon.lower())
    if month is None:
        return None
    try:
        got = datetime(page.year, month, int(day))
        return got if got <= page else datetime(page.year - 1, month, int(day))
    except ValueError:
        return None


#: Hashtags flagging a post before its text ("#BREAKING #Kursk Zelensky says …").
_FLAG_TAGS = re.compile(r"(?:#\w+\s+){1,3}(?=[A-Z\"“])")
#: A feed's stamp over an item: "[flag] 2 hours ago", "4h", "18:40", "[!] 1 day ago".
_FEED_STAMP = re.compile(
    r"(?:\[[^\[\]]{1,12}\]\s*)?(?:\d{1,2}\s+(?:minutes?|mins?|hours?|hrs?|days?)\s+ago|\d{1,2}\s?[hm]|\d{1,2}:\d{2})"
)
#: An item's source line under it: "source: deepstatemap.live · show on map".
_FEED_SOURCE = re.compile(r"(?i)sources?\s*:")


def _feed_items(rows: list[str]) -> list[str]:
    """A live map's or feed's items: a stamp line, one line of text with no full stop, then a
    "source:" line, another stamp or nothing. The text is a sentence of the feed (else it would
    pass for a heading); a full stop closes it."""
    out = list(rows)
    filled = [i for i, r in enumerate(rows) if r.strip()]
    for k, i in enumerate(filled):
        if k == 0 or not _FEED_STAMP.fullmatch(rows[filled[k - 1]].strip()):
            continue
        row = rows[i].strip()
        nxt = rows[filled[k + 1]].strip() if k + 1 < len(filled) else ""
        if (
            len(row.split()) >= 8
            and not _ENDS_PUNCT.search(row)
            and (not nxt or _FEED_SOURCE.match(nxt) or _FEED_STAMP.fullmatch(nxt))
        ):
            out[i] = row + "."
    return out


#: Letters of the scripts an analyst glosses (Hangul, CJK, Cyrillic).
_FOREIGN = re.compile(r"[\u1100-\u11ff\u3130-\u318f\uac00-\ud7af\u4e00-\u9fff\u0400-\u04ff]")
#: An English gloss in brackets: "[about 600 North Korean soldiers killed]", "(… told the committee today)".
_GLOSS = re.compile(r"\[(?P<b>[^\[\]]{12,300})\]|\((?P<p>[^()]{12,300})\)")


def _english_gloss(row: str) -> str:
    """A line in another script with the translator's English in brackets ("- 부상자 약 4,100명
    [about 4,100 wounded]"): the English is what is read (the original's figures would be
    counted twice); a bullet and a closing colon stay."""
    if not _FOREIGN.search(row):
        return row
    gloss = [
        m
        for m in _GLOSS.finditer(row)
        if not _FOREIGN.search(m.group(0)) and len(rx.findall(r"[A-Za-z]{2,}", m.group(0))) >= 2
    ]
    if len(gloss) != 1:
        return row
    outside = row[: gloss[0].start()] + row[gloss[0].end() :]
    if rx.search(r"[A-Za-z]{3,}", rx.sub(r"[^\w\s]", " ", outside)):
        return row  # English outside the brackets too: an aside, not a gloss
    bullet = rx.match(r"\s*[-*•–]\s+", row)
    text = (gloss[0].group("b") or gloss[0].group("p")).strip()
    tail = ":" if outside.rstrip().endswith(":") else ""
    return (bullet.group(0) if bullet else "") + text + tail


_ENDS_PUNCT = re.compile(r"[.!?;:,][\"”’')\]]?$")
#: A bulleted item: "- about 600 killed", "• 15,000 sent in total".
_BULLET_ROW = re.compile(r"\s*[-*•–]\s+\S")
#: Citation numbers ending a line: " [1]", " [2][3]", " [1]-[5]", " [4, 5]".
_CITE_TAIL = re.compile(r"(?:\s*\[\d{1,3}(?:\s*,\s*\d{1,3})*\](?:\s*[-–]\s*\[\d{1,3}\])?)+\s*$")
#: A list item whose label names who speaks: "* South Korea's NIS: about 300 killed …".
_LABELLED_ITEM = re.compile(
    r"\s*[-*•–]\s+(?!(?:Same|This|That|These|Those|Also|Note|Update|Total|Result|Sources?|Earlier|Later|"
    r"Previously|Next|Then)\b)(?P<who>[A-Z][\w'’.()-]*(?:\s+[\w'’.()-]+){0,5}):\s+\S"
)
#: The heading of a list of links, not of statements: "More from World", "Related news",
#: "From the archive", "Sources", "Read more".
_LINK_LIST_HEADING = re.compile(
    r"(?i)\s*(?:more\s+from|more\s+stories|related|from\s+the\s+archive|archive|sources?|read\s+more|"
    r"read\s+next|see\s+also|previously|recommended|most\s+read|latest|also\s+read|read\s+also|"
    r"further\s+reading|earlier\s+coverage|popular|trending|top\s+stories|you\s+may\s+also\s+like|"
    r"editor['’]?s\s+picks|keep\s+reading|must\s+read|more\s+on\s+this)\b"
)


def _figure_bullet(line: str) -> bool:
    """(round 63) A list item that states a figure under a speaker's label, with no full stop, is
    a sentence, not a heading: an AI answer's "* Volodymyr Zelenskyy: 3,800 killed or injured
    (interview, early January) [1]" was dropped with the heading lines. (Not under a list of
    links, whose "- Zelenskyy: over 3,000 North Koreans killed (Dec. 23)" is a headline: the
    caller knows the heading.)"""
    if not _LABELLED_ITEM.match(line):
        return False
    body = _CITE_TAIL.sub("", line).rstrip()
    return bool(rx.search(r"\d", body)) and len(body.split()) >= 7 and not body.endswith(":")


def _list_bullets(rows: list[str]) -> list[str]:
    """Bulleted figures under a line that introduces them ("… told the committee today:" then
    "- about 600 killed"): each item is a sentence of the list, however short and unpunctuated
    (else it would pass for a heading)."""
    out = list(rows)
    intro = False
    for i, r in enumerate(rows):
        if not r:
            continue
        if _BULLET_ROW.match(r) and intro:
            if any(c.isdigit() for c in r) and not _ENDS_PUNCT.search(r):
                out[i] = r + "."
            continue
        # (a sentence that introduces, not a box's heading: "Related news:", "Read more:")
        intro = r.rstrip().endswith(":") and not _BULLET_ROW.match(r) and len(r.split()) >= 5
    return out


#: A social post's stamp with no year: "26 April at 18:20", "April 26 at 6:20 PM".
_YEARLESS_STAMP = re.compile(
    # "26 April at 18:20", or a page's date line "Mar 29, 09:15 | Share", "June 17, 21:50 JST"
    r"(?:(?:(?P<d>\d{1,2})\s+(?P<mon>[A-Z][a-z]{2,8})|(?P<mon2>[A-Z][a-z]{2,8})\s+(?P<d2>\d{1,2}))(?:\s+at\s+|,\s+)"
    # a microblog's "04-29 08:47 from iPhone" (month first, no year)
    r"|(?P<mm>0[1-9]|1[0-2])-(?P<dd>[0-2]\d|3[01])\s+)"
    r"(?P<h>\d{1,2}):(?P<mi>\d{2})\b"
)
#: A footnote under a brief ("3 Yonhap, 20 November 2024."): it dates its source, not the page.
_NOTE = re.compile(r"^\d{1,3}\s+[A-Z][^:]*\.$")
_PARTS = re.compile(r"\s[·•|]\s")
_TIME_RE = re.compile(r"(?<![\d:.])(?:[01]?\d|2[0-3]):[0-5]\d(?![\d])")


def split_sentences(paragraph: str, lower_starts: bool = False) -> list[str]:
    """Sentences of a paragraph; abbreviations ("Dec.", "U.S.") and dates do not end one.

    `lower_starts` (a machine transcript, `Layout.lower_starts`): a sentence may start with a
    lower-case word ("… none of them checkable. first this morning Andrii Kovalenko …")."""
    out: list[str] = []
    start = 0
    # a footnote marker ("servicemen.[16] Russian ...") stays with the sentence it ends
    # (a bracketed sentence after one is a sentence of its own: "… began. (That works out to …)")
    for m in rx.finditer(_LOWER_END if lower_starts else _SENTENCE_END, paragraph):
        before = paragraph[start : m.start() + 1]
        word = rx.search(r"([A-Za-z.]+)\.$", before)
        if word and word.group(1).rstrip(".") in _ABBREV:
            continue
        if lower_starts and rx.search(r"(?:\b[a-z]\.[a-z]|\b(?:approx|incl|etc|vs|no|cf))\.$", before):
            continue  # "e.g. the", "i.e. the", "approx. six hundred": no end
        if rx.search(r"\b[A-Z]\.$", before):  # initials
            continue
        if rx.search(r"\b\d{1,2}(?:[:.]\d{2})?\s*[ap]\.m\.$", before) and rx.match(
            # ((QA 12) a time zone, not any capitals: "at 6 p.m. AFP reported" starts a sentence)
            r"\s+(?:ET|EST|EDT|CT|CST|CDT|PT|PST|PDT|GMT|UTC|BST|CET|CEST|EET|EEST|MSK|KST|JST|IST)\b"
            r"(?:\)|[,.;!?]|\s+[a-z])",
            paragraph[m.end() :],
        ):
            continue  # (round 50) "on Monday afternoon (around 2 p.m. ET) that …": a time and its zone
        if rx.search(r"\b\d{1,2}(?:[:.]\d{2})?\s*[ap]\.m\.$", before) and rx.match(
            r"\s+(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b(?!\s+(?:was|is|will)\b)"
            r"|[A-Z][a-z]+\s+time\b)",
            paragraph[m.end() :],
        ):
            continue  # (round 68) "at 8 p.m. Monday, Seoul time, that …", "at 10:52 p.m. Kyiv time": its day or zone
        if m.group(0)[-1] in "\"”’'" and rx.match(
            r"\s+\([A-Z][^()]{2,100}\)[.;]?(?:\s|$)", paragraph[m.end() :]
        ):
            # 'THE CLAIM: "… already exceeds 3,000." (President X, on Telegram, Monday)': a fact
            # check's credit in brackets after the quotation belongs to it
            continue
        out.append(paragraph[start : m.end()].strip())
        start = m.end()
    rest = paragraph[start:].strip()
    if rest:
        out.append(rest)
    return [piece for sentence in out for piece in _cut_long(sentence)]


#: A sentence's end: its stop (and closing quote, note markers) before a capital, a digit or a quote.
_SENTENCE_END = re.compile(r"[.!?][\"”’']?(?:\[\d{1,3}\])*(?=\s+(?:[\"“‘A-Z0-9#]|\((?=[A-Z][a-z])))")
#: (session 24) In a machine transcript: before a lower-case word too.
#: (Not before "and", "but", "or", "plus", "so": "… say about one thousand killed. and four thousand
#: casualties in total" goes on with what they say.)
_LOWER_END = re.compile(
    r"[.!?][\"”’']?(?:\[\d{1,3}\])*(?=\s+(?:[\"“‘A-Z0-9#]|(?!(?:and|but|or|plus|so)\b)[a-z]|\((?=[A-Z][a-z])))"
)

#: (QA 6) The longest run of text read as one sentence. Reading costs time in the square of a
#: sentence's length (each figure looks along its sentence), and no sentence of prose is this
#: long: a paste with no full stops (a table's text, a log, one line repeated) is cut into pieces
#: of at most this many characters, at a space, so a 1 MB paste takes seconds, not hours.
MAX_SENTENCE = 1500


def _cut_long(sentence: str) -> list[str]:
    """`sentence`, or its pieces of at most MAX_SENTENCE characters cut at spaces (a semicolon or
    comma near the end of a piece is preferred)."""
    pieces: list[str] = []
    while len(sentence) > MAX_SENTENCE:
        window = sentence[:MAX_SENTENCE]
        cut = max(window.rfind("; "), window.rfind(", "))
        if cut < MAX_SENTENCE // 2:
            cut = window.rfind(" ")
        if cut <= 0:
            cut = MAX_SENTENCE - 1
        pieces.append(sentence[: cut + 1].strip())
        sentence = sentence[cut + 1 :].strip()
    if sentence:
        pieces.append(sentence)
    return pieces


def reference_date(layout: Layout, published: date | None) -> date | None:
    """The date relative expressions resolve against: the caller's, else the dateline's."""
    if published is not None:
        return published
    return layout.published.date() if layout.published else layout.month_ref


_WRITTEN_YEAR = re.compile(r"\b(?:19|20)\d{2}\b")


def latest_named_date(layout: Layout, today: date | None = None) -> date | None:
    """(session 17) For a report with no date of its own: the latest day it names with its year
    ("on April 30, 2025", "2025-01-03"), not after today. A report is written on or after the
    days it tells of, so its "on Monday" is read against that day rather than against today
    (which dates a 2025 statement in the year it is pasted). None when it names no such day."""
    today = today or date.today()
    best: date | None = None
    for text in (layout.title, layout.deck, *layout.paragraphs):
        for d in find_dates(text or "", today):
            if d.precision != "day" or not _WRITTEN_YEAR.search(d.text) or d.last > today:
                continue
            if best is None or d.last > best:
                best = d.last
    return best
