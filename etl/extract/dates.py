"""Dates as reports write them, resolved against the publication date.

News copy rarely prints a full date: "on Monday", "In November", "on Dec. 14 and 15", "the night
of Aug. 5-6". Each is resolved to the latest matching date on or before publication, with the
precision the text supports (a month stays a month: data/README.md stores its 1st).
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import lru_cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from etl.extract import rx
from etl.extract.lexicon import NUMBER_WORDS

#: The months' names, January first (for writing a date out as words).
MONTH_NAMES: tuple[str, ...] = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip
MONTHS: dict[str, int] = {
    "january": 1,
    "february": 2,
    "march": 3,
    "april": 4,
    "may": 5,
    "june": 6,
    "july": 7,
    "august": 8,
    "september": 9,
    "october": 10,
    "november": 11,
    "december": 12,
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "sept": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}
WEEKDAYS: tuple[str, ...] = (
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
)

#: A month's name or its abbreviation, as a regex (a full stop may follow).
MONTH_WORD = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?"
)
#: (round 68) A month in Roman numerals, as Polish and other Central European pages write a date
#: ("17-XII-2024", "14-XII", "1-I-2025").
_ROMAN_MONTHS: dict[str, int] = {
    r: i + 1 for i, r in enumerate("I II III IV V VI VII VIII IX X XI XII".split())
}
_ROMAN_MONTH = r"(?:XII|XI|X|IX|VIII|VII|VI|V|IV|III|II|I)"
#: (round 56) A month's three capitals, as cables and date-time groups print them ("DEC").
_CAPS_MONTH = r"(?:JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)"
#: A weekday's full name, as a regex (the reader and the layout use it too).
WEEKDAY_WORD = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_WD = WEEKDAY_WORD
_NUMW = "|".join(NUMBER_WORDS)

_ORDINAL_UNITS = (
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth"
    " fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth"
).split()
#: Days spelt out for reading aloud or in formal copy: "January the ninth", "the twenty-second
#: of January", "March thirty-first".
ORDINAL_DAY: dict[str, int] = {w: i + 1 for i, w in enumerate(_ORDINAL_UNITS)}
ORDINAL_DAY.update({"twentieth": 20, "thirtieth": 30})
ORDINAL_DAY.update({f"twenty-{w}": 20 + i + 1 for i, w in enumerate(_ORDINAL_UNITS[:9])})
ORDINAL_DAY.update({"thirty-first": 31})
_ORDINAL_WORD_RX = "|".join(w.replace("-", r"[\s-]") for w in sorted(ORDINAL_DAY, key=len, reverse=True))

DATELINE_RE = re.compile(
    r"^\s*(?:(?P<h>\d{1,2}):(?P<mi>\d{2}))?\s*(?P<d>\d{1,2})[/.](?P<mo>\d{1,2})[/.](?P<y>\d{4})"
    r"(?:\s*,?\s*(?P<wd>[A-Za-z]+))?\s*$"
)
DATELINE_TEXT_RE = re.compile(
    rf"^\s*(?P<mon>{MONTH_WORD})\s+(?P<d>\d{{1,2}}),\s*(?P<y>\d{{4}})"
    r"(?:\s*,?\s*(?P<h>\d{1,2}):(?P<mi>\d{2}))?\s*$"
)

_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "night",
        re.compile(
            rf"\b(?:on\s+)?the\s+night\s+of\s+(?P<m1>{MONTH_WORD})\s+(?P<d1>\d{{1,2}})\s*(?:-|–|to|and)"
            rf"\s*(?:(?P<m2>{MONTH_WORD})\s+)?(?P<d2>\d{{1,2}})\b"
        ),
    ),
    (
        "month_range",
        re.compile(
            rf"\b(?i:in|between|from|during)\s+(?P<m1>{MONTH_WORD})\s+(?:and|to|through|-|–)\s+"
            rf"(?P<m2>{MONTH_WORD})(?!\s*\d{{1,2}}\b)(?:\s+(?P<y>\d{{4}}))?"
        ),
    ),
    # (round 68) "in the first two months of the year": January to the month named by the count
    (
        "month_range",
        re.compile(
            r"\b(?i:in|during|over)\s+the\s+first\s+(?P<nm>two|three|four|five|six|\d)\s+months\s+of\s+"
            r"(?:the|this)\s+year\b"
        ),
    ),
    (
        "range",
        re.compile(
            rf"\b(?:(?i:on|between|from)\s+)?(?P<m1>{MONTH_WORD})\s+(?P<d1>\d{{1,2}})\s*(?:-|–|and|to)\s*"
            rf"(?:(?P<m2>{MONTH_WORD})\s+)?(?P<d2>\d{{1,2}})(?!\d|,\d)(?:,?\s+(?P<y>\d{{4}}))?\b"
        ),
    ),
    (
        "range",  # "between 20 and 22 December", "14-15 Dec 2024": the month after both days
        re.compile(
            # ((round 68) with ordinals too: "from 14th to 15th December")
            rf"(?<![\d,.])\b(?:(?i:on|between|from)\s+)?(?:the\s+)?(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?\s*(?:-|–|and|to)\s*"
            rf"(?:the\s+)?(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m1>{MONTH_WORD}|{_CAPS_MONTH})(?:\s+(?P<y>\d{{4}}))?\b"
        ),
    ),
    # (round 56) a military date-time group: "311500ZOCT24", "16 1800Z Dec 24", and a log
    # entry's "071255Z" (a day of the month the log is dated in)
    (
        "day",
        re.compile(rf"(?<![\w])(?P<d1>[0-3]\d)[0-2]\d[0-5]\d[A-Z](?P<m1>{_CAPS_MONTH})(?P<yy>\d{{2}})(?!\w)"),
    ),
    (
        "day",
        re.compile(
            rf"(?<![\w])(?P<d1>[0-3]?\d)\s+[0-2]\d[0-5]\dZ\s+(?P<m1>{_CAPS_MONTH}|{MONTH_WORD})\s+(?P<yy>\d{{2}})(?!\d)"
        ),
    ),
    ("day", re.compile(r"(?<![\w])(?P<d1>[0-3]\d)[0-2]\d[0-5]\dZ(?![\w])")),
    # (round 56) a cable's month in capitals: "on 05 NOV", "28 DEC 24" (a two-digit year 20-29 only:
    # "on 16 DEC 30 North Korean soldiers were killed" keeps its figure, QA pass 22)
    (
        "day",
        re.compile(
            rf"\b(?:(?i:on)\s+)?(?P<d1>[0-3]?\d)\s+(?P<m1>{_CAPS_MONTH})(?:\s+(?P<y>(?:19|20)\d\d)|\s+(?P<yy>2\d))?(?![\w])"
        ),
    ),
    (
        "day",
        re.compile(
            rf"\b(?:(?i:on)\s+)?(?P<m1>{MONTH_WORD})\s+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?(?!\d)"
            rf"(?:,?\s+(?P<y>\d{{4}}))?\b"
        ),
    ),
    (
        "day",
        re.compile(
            rf"\b(?:(?i:on)\s+)?(?:the\s+)?(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m1>{MONTH_WORD})"
            rf"(?:,?\s+(?P<y>\d{{4}}))?\b"
        ),
    ),
    # "on January the ninth", "the twenty-second of January": a day spelt as an ordinal word
    (
        "ordinal_day",
        re.compile(
            rf"\b(?:(?i:on)\s+)?(?P<m1>{MONTH_WORD})\s+(?:the\s+)?(?P<d1>(?i:{_ORDINAL_WORD_RX}))\b"
            rf"(?:,?\s+(?P<y>\d{{4}}))?\b"
        ),
    ),
    (
        "ordinal_of_day",  # (tried only where "of <month>" occurs: see `_OF_MONTH`)
        re.compile(
            rf"\b(?:(?i:on)\s+)?(?:the\s+)?(?P<d1>(?i:{_ORDINAL_WORD_RX}))\s+(?:day\s+)?of\s+(?P<m1>{MONTH_WORD})"
            rf"(?:,?\s+(?P<y>\d{{4}}))?\b"
        ),
    ),
    # (round 68) a day with its month in Roman numerals: "17-XII-2024", "On Saturday, 14-XII", "14.XII"
    (
        "day",
        re.compile(
            rf"(?<![\w./-])(?:(?i:on)\s+)?(?P<d1>[0-3]?\d)[-.](?P<m1>{_ROMAN_MONTH})"
            r"(?:[-.](?P<y>(?:19|20)\d{2}))?(?![\w/-])"
        ),
    ),
    # (QA pass 43) written with spaces, with its year: "On 14 XII 2024"
    (
        "day",
        re.compile(
            rf"(?<![\w./-])(?:(?i:on)\s+)?(?P<d1>[0-3]?\d) (?P<m1>{_ROMAN_MONTH}) (?P<y>(?:19|20)\d{{2}})(?![\w/-])"
        ),
    ),
    # "on 03/03/2025", "on 2025-03-03": numeric dates in running text (day first, as datelines)
    (
        "numeric_day",
        re.compile(r"(?<![\d/.-])(?P<y>(?:19|20)\d{2})-(?P<mo>\d{1,2})-(?P<d1>\d{1,2})(?![\d-])"),
    ),
    (
        "numeric_day",
        re.compile(r"(?<![\d/.])(?P<d1>\d{1,2})[/.](?P<mo>\d{1,2})[/.](?P<y>(?:19|20)\d{2})(?!\d)"),
    ),
    # (round 68) Korean and Japanese pages' order, year first: "on 2024.12.19", "(2024/12/24)"
    (
        "numeric_day",
        re.compile(
            r"(?<![\d/.])(?P<y>(?:19|20)\d{2})([./])\s?(?P<mo>\d{1,2})\2\s?(?P<d1>\d{1,2})\.?(?![\d/])"
        ),
    ),
    # "reported on the 30th": a day of the report's month (translated Korean copy), or of the
    # month before when that day is still to come
    (
        "day",
        re.compile(
            rf"\b(?i:on)\s+the\s+(?P<d1>[1-9]|[12]\d|3[01])(?:st|nd|rd|th)\b(?!\s+(?:of\s+)?{MONTH_WORD})"
            r"(?!\s+(?:day|week|month|anniversary|time)\b)"
        ),
    ),
    # (round 58) "said on the twelfth that ...": the same, the day spelt as a word; only where the
    # phrase ends there ("on the second front", "on the third attempt" are no days)
    (
        "day",
        re.compile(
            rf"\b(?i:on)\s+the\s+(?P<d1>(?i:{_ORDINAL_WORD_RX}))"
            r"(?=\s*[,.;:)]|\s+(?:that|when|as|after|before|and|in|at|to|about|the|of\s+this\s+month)\b"
            r"|\s+(?:[A-Z][a-z]+\s+){1,2}(?:said|told|says|reported|announced|claimed|wrote|put|stated)\b)"
            rf"(?!\s+(?:of\s+)?{MONTH_WORD})"
        ),
    ),
    (
        # (round 36) "over three days of fighting to Sunday": the days up to that weekday
        "weekday_range",
        re.compile(
            rf"\b(?i:over|in)\s+(?P<nd>\d|{_NUMW})\s+days\s+(?:of\s+(?:fighting|combat|battles?|clashes)\s+)?"
            rf"(?:(?:in|near)\s+[^,;.]{{1,40}}?\s+)?(?i:to|through|until|ending(?:\s+on)?)\s+(?P<wd6>{_WD})\b"
        ),
    ),
    (
        "relative_days",
        re.compile(
            rf"\b(?:over|in|during|within)\s+(?:the\s+)?(?:past\s+|last\s+|previous\s+)?"
            rf"(?P<n>\d+|{_NUMW})\s+days\b",
            re.IGNORECASE,
        ),
    ),
    (
        "relative_days",  # "over two weeks of fighting", "in the past three weeks"
        re.compile(
            rf"\b(?:over|in|during|within)\s+(?:the\s+)?(?:past\s+|last\s+|previous\s+)?"
            rf"(?P<nw>\d+|{_NUMW})\s+weeks\b",
            re.IGNORECASE,
        ),
    ),
    (
        "past_day",
        re.compile(
            r"\b(?:over|in|during|within)\s+the\s+(?:past|last|previous)\s+"
            r"(?:day|24\s+hours)\b|\bover\s+the\s+day\b",
            re.IGNORECASE,
        ),
    ),
    (
        "relative_days",
        re.compile(
            r"\b(?:over|in|during|within)\s+the\s+(?:past|last|previous)\s+(?P<wk>week)\b", re.IGNORECASE
        ),
    ),
    (
        "weekday_range",
        re.compile(
            rf"\b(?i:between|from)\s+(?P<wd1>{_WD})\s+(?:and|to|through)\s+(?P<wd2>{_WD})\b"
            # (round 36) "on Saturday and Sunday" (two days running), "Friday to Sunday"
            rf"|\b(?i:on)\s+(?P<wd3>{_WD})\s+and\s+(?P<wd4>{_WD})\b(?!\s*,?\s+\d)"
            rf"|\b(?P<wd5>{_WD})\s+(?:to|through)\s+(?P<wd7>{_WD})\b"
        ),
    ),
    (
        "weekend",
        re.compile(
            r"\b(?:over|during|at|on)?\s*(?:the\s+)?(?:previous|last|past)\s+weekend\b"
            r"|\b(?:over|during|at|on)\s+the\s+weekend\b",
            re.IGNORECASE,
        ),
    ),
    # "on Monday last week": that weekday in the previous calendar week
    ("weekday_last_week", re.compile(rf"\b(?:(?i:on)\s+)?(?P<wd>{_WD})\s+(?:of\s+)?last\s+week\b")),
    ("last_week", re.compile(r"\blast\s+week\b", re.IGNORECASE)),
    ("this_week", re.compile(r"\b(?:earlier\s+|later\s+)?this\s+week\b", re.IGNORECASE)),
    # (session 17) opening a sentence or clause: "Two days later the agency revised …", "Three
    # days earlier, …" (counted from the occasion just told, whatever word follows)
    (
        "same_day",
        re.compile(
            r"(?:^|(?<=[.!?;,:]\s)|(?<=[.!?][\"”’]\s)|(?<=\band\s)|(?<=[-–—]\s))"
            rf"(?P<n>a|an|one|\d|{_NUMW})\s+days?\s+(?P<dir>earlier|later)\b",
            re.IGNORECASE,
        ),
    ),
    ("days_ago", re.compile(r"\bthe\s+day\s+before\s+yesterday\b", re.IGNORECASE)),
    ("weekday", re.compile(rf"\b(?:(?i:on|last)\s+)?(?P<wd>{_WD})\b")),
    ("yesterday", re.compile(r"\byesterday\b", re.IGNORECASE)),
    # (round 68) "On the eve of Orthodox Christmas", "on the eve of Christmas", "Orthodox Christmas
    # Day" (7 January, as Russia and Ukraine's Orthodox church kept it until 2023)
    (
        "holiday",
        re.compile(
            r"\b(?:(?i:on)\s+)?(?:(?i:the)\s+(?P<eve>eve)\s+of\s+)?(?P<orth>Orthodox)\s+(?P<hol>Christmas)(?:\s+Day)?\b"
            r"|\b(?:(?i:on)\s+)?(?i:the)\s+(?P<eve2>eve)\s+of\s+(?P<hol2>Christmas|New\s+Year['’]s(?:\s+Day)?)\b"
        ),
    ),
    # "on Christmas Eve", "the day before Christmas Eve", "the day after New Year's Eve"
    (
        "holiday",
        re.compile(
            r"\b(?:the\s+day\s+(?P<rel>before|after)\s+)?(?P<hol>New\s+Year['’]s|Christmas)\s+(?P<eve>Eve)\b"
        ),
    ),
    # "On the same day", "a day earlier", "four days later": counted from the occasion just
    # reported (the reader resolves them; `ref` until then)
    ("same_day", re.compile(r"\b(?:on\s+)?the\s+same\s+day\b", re.IGNORECASE)),
    # "Hours later", "Later that day", "That evening": the day of the occasion just reported
    (
        "same_day",
        re.compile(
            # ("That day, the JCS said …", "Within hours, Seoul offered its own estimate")
            r"\b(?:(?:a\s+few\s+|several\s+|two\s+|three\s+)?hours\s+(?:later|earlier)|later\s+(?:that|the\s+same)\s+day"
            r"|(?<![\w,] )that\s+(?:same\s+)?day(?=\s*,)|within\s+(?:a\s+few\s+)?hours"
            r"|(?:later\s+)?that\s+(?:same\s+)?(?:evening|afternoon|morning|night))\b",
            re.IGNORECASE,
        ),
    ),
    # "the next day", "the following day": the day after the occasion just reported
    ("same_day", re.compile(r"\b(?:on\s+)?the\s+(?P<nxt>next|following)\s+day\b", re.IGNORECASE)),
    (
        "same_day",
        re.compile(
            rf"\b(?P<n>a|an|one|\d|{_NUMW})\s+days?\s+(?P<dir>earlier|before|later|after)\b(?!\s+(?:the|that|it|this))",
            re.IGNORECASE,
        ),
    ),
    ("days_ago", re.compile(rf"\b(?P<n>a|one|\d|{_NUMW})\s+days?\s+ago\b", re.IGNORECASE)),
    # ("Zelensky on Telegram this afternoon: …": the part of today a post names)
    ("today", re.compile(r"\btoday\b|\bthis\s+(?:morning|afternoon|evening)\b", re.IGNORECASE)),
    ("day_before", re.compile(r"\bthe\s+(?:day|night)\s+before\b", re.IGNORECASE)),
    # "at the start of the year": January of the year the report is in (month precision)
    (
        "year_start",
        re.compile(
            r"\b(?:at|in)\s+the\s+(?:very\s+)?(?:start|beginning|turn)\s+of\s+the\s+(?:new\s+)?year\b", re.I
        ),
    ),
    # (round 68) "killed … since the start of the month": the statement's month so far (a span the
    # reader ends on the statement day)
    (
        "month_start",
        re.compile(
            r"\bsince\s+the\s+(?:start|beginning|first)\s+(?:day\s+)?of\s+(?:the|this)\s+month\b",
            re.IGNORECASE,
        ),
    ),
    # (QA pass 43) "since the start of December": that month so far, as "since December 1"
    (
        "named_month_start",
        re.compile(
            rf"\bsince\s+the\s+(?:start|beginning|first\s+day)\s+of\s+(?P<m1>{MONTH_WORD})"
            rf"(?:\s+(?P<y>(?:19|20)\d{{2}}))?\b",
            re.IGNORECASE,
        ),
    ),
    ("this_month", re.compile(r"\b(?:earlier|later)?\s*this\s+month\b", re.IGNORECASE)),
    # "in an interview at the start of the month": the report's month
    (
        "this_month",
        re.compile(r"\b(?:at|from|by)\s+the\s+(?:start|beginning|turn)\s+of\s+the\s+month\b", re.IGNORECASE),
    ),
    # "on New Year's Day", "on Christmas Day": that day, the latest one on or before the report
    ("holiday", re.compile(r"\b(?P<hol>New\s+Year['’]s|Christmas)\s+Day\b")),
    # "Just before Christmas": the latest December, month precision
    ("christmas", re.compile(r"\b(?:just\s+|shortly\s+)?(?:before|after|around|at|over)\s+Christmas\b")),
    ("last_month", re.compile(r"\blast\s+month\b", re.IGNORECASE)),
    ("this_year", re.compile(r"\b(?:earlier\s+)?this\s+year\b", re.IGNORECASE)),
    ("last_year", re.compile(r"\blast\s+year\b", re.IGNORECASE)),
    (
        "month",
        re.compile(
            rf"\b(?:(?i:in|since|during|by|until|through|back\s+in|last)\s+)?(?:(?i:early|mid|late)"
            rf"[\s-]+)?(?P<m1>{MONTH_WORD})(?!\s*\d{{1,2}}\b)(?:\s+(?P<y>\d{{4}}))?\b"
        ),
    ),
    (
        "year",  # "in early 2025"; never a birth year ("born in 2005")
        re.compile(
            r"(?<!born\s)\b(?i:in|since|during)\s+(?:(?i:early|mid|late)[\s-]+)?(?P<y>(?:19|20)\d{2})\b"
        ),
    ),
)


@dataclass(frozen=True)
class DateMention:
    """A date expression and what it resolves to (`first`..`last`, with precision)."""

    kind: str
    start: int
    end: int
    first: date
    last: date
    precision: str
    text: str
    days: int = 0

    @property
    def is_weekday(self) -> bool:
        """Day words ("Monday", "yesterday") are how copy dates a statement."""
        return self.kind in ("weekday", "yesterday", "today", "weekday_last_week", "days_ago")


def parse_dateline(line: str) -> datetime | None:
    """`15:5516/12/2024, Monday` (time glued to a dd/mm/yyyy date) -> datetime(2024,12,16,15,55)."""
    m = DATELINE_RE.match(line)
    if m:
        try:
            return datetime(int(m["y"]), int(m["mo"]), int(m["d"]), int(m["h"] or 0), int(m["mi"] or 0))
        except ValueError:
            return None
    m = DATELINE_TEXT_RE.match(line)
    if m:
        try:
            return datetime(
                int(m["y"]),
                MONTHS[m["mon"].rstrip(".").lower()],
                int(m["d"]),
                int(m["h"] or 0),
                int(m["mi"] or 0),
            )
        except ValueError:
            return None
    return None


_TIME_RE = re.compile(
    # (QA pass 29) Korean, Japanese and Chinese write AM and PM before the time ("오후 3:12")
    r"(?:(?P<pre>오전|오후|午前|午後|上午|下午)\s*)?"
    r"(?<![\d:])(?P<h>[01]?\d|2[0-3])[:.](?P<mi>[0-5]\d)(?::\d{2})?(?![\d:])(?:\s*(?P<ampm>[AaPp]\.?[Mm]\b\.?))?"
)
_PM_BEFORE = ("오후", "午後", "下午")


def _hour(t: re.Match[str] | None) -> int:
    """The hour of a time match, on the 24-hour clock ("4:10 pm" -> 16)."""
    if t is None:
        return 0
    h = int(t["h"])
    ampm = (t["ampm"] or "").lower().replace(".", "")
    if t["pre"]:
        ampm = "pm" if t["pre"] in _PM_BEFORE else "am"
    if ampm == "pm" and h < 12:
        return h + 12
    if ampm == "am" and h == 12:
        return 0
    return h


#: (QA pass 40 #6) A clock time and the zone written after it: "09:00 KST", "4:10 p.m. ET",
#: "07:58:31 -0500", "14:20 (Kyiv time)", "1105 GMT". A "-10:00" glued to a time with no seconds
#: is the end of a range ("09:00-10:00"), not an offset; a "+" never is.
_ZONED_TIME = re.compile(
    r"(?<![\d:.])(?P<h>[01]?\d|2[0-3])(?:[:.](?P<mi>[0-5]\d)|(?P<mi2>[0-5]\d)(?=\s*(?:GMT|UTC)\b))"
    r"(?P<s>:[0-5]\d(?:\.\d+)?)?(?![\d:])(?:\s*(?P<ampm>[AaPp]\.?[Mm]\b\.?))?"
    r"(?:,?\s*\(?\s*(?P<zone>"
    r"(?<=\d)Z(?!\w)"
    r"|\+(?:0\d|1[0-4]):?[0-5]\d(?!\d)"
    r"|(?:(?<=\s)|(?<=\d\d:\d\d:\d\d))-(?:0\d|1[0-2]):?[0-5]\d(?!\d)"
    r"|(?:GMT|UTC)(?:\s*[+-]\s*\d{1,2}(?::?[0-5]\d)?(?!\d))?(?!\w)"
    r"|[A-Z]{2,4}(?![\w/])"
    r"|[A-Z][a-z]+/[A-Z][A-Za-z_]+"
    r"|(?i:kyiv|kiev|moscow|seoul|pyongyang|tokyo|washington|london|eastern|pacific)"
    r"(?i:\s+(?:standard|daylight|summer))?\s+(?i:time)\b"
    r"))?"
)
#: A zone's abbreviation -> its offset, or the zone whose offset it is on the day. Abbreviations
#: that name several zones (IST: India, Ireland, Israel; BST: Britain, Bangladesh; CST: China,
#: Chicago) are left out: a page's time with one of them gets no offset rather than a wrong one.
_ZONE_ABBREVIATIONS: dict[str, str] = {
    "Z": "+00:00", "GMT": "+00:00", "UTC": "+00:00", "KST": "+09:00", "JST": "+09:00",
    "MSK": "+03:00", "EET": "+02:00", "EEST": "+03:00", "CET": "+01:00", "CEST": "+02:00",
    "EST": "-05:00", "EDT": "-04:00", "PST": "-08:00", "PDT": "-07:00",
    "ET": "America/New_York", "PT": "America/Los_Angeles",
}  # fmt: skip
#: "Kyiv time", "Eastern Time": the zone of a city's or a region's name.
_ZONE_PLACES: dict[str, str] = {
    "kyiv": "Europe/Kyiv", "kiev": "Europe/Kyiv", "moscow": "Europe/Moscow", "seoul": "Asia/Seoul",
    "pyongyang": "Asia/Pyongyang", "tokyo": "Asia/Tokyo", "washington": "America/New_York",
    "london": "Europe/London", "eastern": "America/New_York", "pacific": "America/Los_Angeles",
}  # fmt: skip
#: How far into a page its own date line may be looked for (a header, an e-mail's fields).
_ZONE_SCAN_CHARS = 3000


def offset_text(minutes: int) -> str:
    """540 -> "+09:00"; -300 -> "-05:00"."""
    sign = "-" if minutes < 0 else "+"
    h, m = divmod(abs(minutes), 60)
    return f"{sign}{h:02d}:{m:02d}"


def offset_of(when: datetime) -> str:
    """The offset an aware time carries as text ("+09:00"); "" for a naive one."""
    offset = when.utcoffset()
    return "" if offset is None else offset_text(int(offset.total_seconds()) // 60)


def _zone_offset(zone: str, when: datetime) -> str:
    """The offset a written zone had at the local time `when`; "" when it names no one zone."""
    zone = " ".join(zone.split())
    named = _ZONE_ABBREVIATIONS.get(zone)
    if named is None and (g := rx.fullmatch(r"(?:GMT|UTC)\s*([+-])\s*(\d{1,2})(?::?(\d{2}))?", zone)):
        minutes = int(g[2]) * 60 + int(g[3] or 0)
        return offset_text(-minutes if g[1] == "-" else minutes) if minutes <= 14 * 60 else ""
    if named is None and (g := rx.fullmatch(r"([+-])(\d{2}):?(\d{2})", zone)):
        minutes = int(g[2]) * 60 + int(g[3])
        return offset_text(-minutes if g[1] == "-" else minutes)
    if named is None and (g := rx.fullmatch(r"(?i)(\w+)(?:\s+\w+)?\s+time", zone)):
        named = _ZONE_PLACES.get(g[1].lower())
    if named is None and "/" in zone:
        named = zone
    if named is None or named.startswith(("+", "-")):
        return named or ""
    try:
        return offset_of(when.replace(tzinfo=ZoneInfo(named)))
    except (ZoneInfoNotFoundError, ValueError):
        return ""


def written_offset(text: str, when: datetime) -> str:
    """(QA pass 40 #6) The offset of the zone a page writes after its own time ("Dec 16, 2024 09:00
    KST" -> "+09:00"), "" when the first place the page gives that time names no zone, or one
    that names several. The build takes a time without an offset as UTC, so a Seoul page's 09:00
    would otherwise be stored nine hours late."""
    for m in _ZONED_TIME.finditer(text[:_ZONE_SCAN_CHARS]):
        h, ampm = int(m["h"]), (m["ampm"] or "").lower().replace(".", "")
        h = h + 12 if ampm == "pm" and h < 12 else 0 if ampm == "am" and h == 12 else h
        if (h, int(m["mi"] or m["mi2"])) == (when.hour, when.minute):
            return _zone_offset(m["zone"], when) if m["zone"] else ""
    return ""


_LINE_DATES: tuple[re.Pattern[str], ...] = (
    # KCNA: "Juche 114 (2025) 4.28." (the Juche year, the common era year, month.day)
    re.compile(r"\bJuche\s+\d{1,3}\s*\((?P<y>(?:19|20)\d{2})\)\s*(?P<mo>\d{1,2})\.(?P<d>\d{1,2})\b"),
    re.compile(r"(?<!\d)(?P<y>(?:19|20)\d{2})-(?P<mo>\d{1,2})-(?P<d>\d{1,2})(?!\d)"),
    # Korean pages: "2024.12.20 09:14 KST", "2025. 3. 27. (Thu)", "2024/12/20" (year, month, day)
    re.compile(r"(?<![\d.])(?P<y>(?:19|20)\d{2})([./])\s?(?P<mo>\d{1,2})\2\s?(?P<d>\d{1,2})(?![\d/])"),
    re.compile(r"(?<![\d/.])(?P<d>\d{1,2})[/.](?P<mo>\d{1,2})[/.](?P<y>(?:19|20)\d{2})(?!\d)"),
    # (round 62) Czech, Slovak and German pages space their dots: "27. 4. 2025 9:05"
    re.compile(r"(?<![\d/.])(?P<d>\d{1,2})\.\s(?P<mo>\d{1,2})\.\s(?P<y>(?:19|20)\d{2})(?!\d)"),
    # "13-03-2025 19:42 CET": day, month and year joined by hyphens (European pages)
    re.compile(r"(?<![\d-])(?P<d>\d{1,2})-(?P<mo>\d{1,2})-(?P<y>(?:19|20)\d{2})(?![\d-])"),
    # "Released 07:00 20-Mar-2025", "20 Mar 25" is not read: a month's name between hyphens
    re.compile(rf"(?i)(?<![\w-])(?P<d>\d{{1,2}})-(?P<mon>{MONTH_WORD})-(?P<y>(?:19|20)\d{{2}})(?![\w-])"),
    # (round 68) "Warsaw, 17-XII-2024, 07:45": the month in Roman numerals (Polish pages)
    re.compile(
        rf"(?<![\w.-])(?P<d>\d{{1,2}})[-.](?P<mon>{_ROMAN_MONTH})[-.](?P<y>(?:19|20)\d{{2}})(?![\w-])"
    ),
    # "[27-Mar-25 10:14 AM]" (a chat export's stamp): a two-digit year, read only before a time
    re.compile(
        rf"(?i)(?<![\w-])(?P<d>\d{{1,2}})-(?P<mon>{MONTH_WORD})-(?P<yy>\d{{2}})(?![\w-])(?=\s+\d{{1,2}}:\d{{2}})"
    ),
    # (round 56) a date-time group: "DTG: 290600ZOCT24", "DTG 28 0600Z Dec 24", and a cable's
    # "DAILY SITREP - 28 DEC 24" (a two-digit year after a month in capitals)
    re.compile(
        rf"(?<![\w])(?P<d>[0-3]\d)(?P<h>[0-2]\d)(?P<mi>[0-5]\d)[A-Z](?P<mon>{_CAPS_MONTH})(?P<yy>\d{{2}})(?!\w)"
    ),
    re.compile(
        rf"(?<![\w])(?P<d>[0-3]?\d)\s+(?P<h>[0-2]\d)(?P<mi>[0-5]\d)Z\s+(?P<mon>{_CAPS_MONTH}|{MONTH_WORD})\s+(?P<yy>\d{{2}})(?!\d)"
    ),
    re.compile(rf"(?<![\w])(?P<d>[0-3]?\d)\s+(?P<mon>{_CAPS_MONTH})\s+(?P<yy>2\d)(?![\w:])"),
    # "08NOV24 1415 UTC": day, month's three capitals and a two-digit year run together
    re.compile(
        r"(?<![\w])(?P<d>[0-3]\d)(?P<mon>JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)(?P<yy>\d{2})(?!\w)"
    ),
    # "Fri Mar 28 21:06:44 UTC 2025" (a mail archive's or a server's stamp): the year after the time
    re.compile(
        rf"(?i)(?<![\w])(?P<mon>{MONTH_WORD})\s+(?P<d>\d{{1,2}})\s+\d{{1,2}}:\d{{2}}(?::\d{{2}})?"
        r"(?:\s+[A-Z]{2,5}(?:[+-]\d{1,4})?)?\s+(?P<y>(?:19|20)\d{2})\b"
    ),
    # "06.01.25, 21:47": a two-digit year (Ukrainian outlets' headers), day first
    re.compile(
        r"(?<![\w/.])(?P<d>\d{1,2})\.(?P<mo>\d{1,2})\.(?P<yy>\d{2})(?![\d.])(?=\s*(?:,|\s\d{1,2}:\d{2}|$))"
    ),
    # "Nov.20,2024", "OCTOBER 31, 2024"
    re.compile(
        rf"(?i)(?<![\w])(?P<mon>{MONTH_WORD})\s*(?P<d>\d{{1,2}})(?:st|nd|rd|th)?(?:,\s*|\s+)(?P<y>(?:19|20)\d{{2}})\b"
    ),
    # "10th April 2025", "13 March, Thursday, 2025 16:20" (a weekday between month and year)
    re.compile(
        rf"(?i)(?<!\d)(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<mon>{MONTH_WORD})\s*,?\s+(?:{_WD},?\s+)?"
        r"(?P<y>(?:19|20)\d{2})\b"
    ),
    # Russian pages: "02 дек 2024, 13:05", "2 декабря 2024"
    re.compile(
        r"(?i)(?<!\d)(?P<d>\d{1,2})\s+(?P<mon>(?:янв|фев|мар|апр|ма[йя]|июн|июл|авг|сен|окт|ноя|дек)[а-я]*\.?)\s+(?P<y>(?:19|20)\d{2})\b"
    ),
)
#: Russian month stems (a translated page keeps its Cyrillic header date).
_RU_MONTHS = ("янв", "фев", "мар", "апр", "ма", "июн", "июл", "авг", "сен", "окт", "ноя", "дек")
#: Month names of a translated page's own header (French, German, Spanish, Italian, Portuguese),
#: read when a day and a year stand on either side: "mercredi 18 juin 2025", "18. Juni 2025".
_FOREIGN_MONTHS = {
    "janvier": "January", "février": "February", "fevrier": "February", "mars": "March", "avril": "April",
    "mai": "May", "juin": "June", "juillet": "July", "août": "August", "aout": "August",
    "septembre": "September", "octobre": "October", "novembre": "November", "décembre": "December",
    "decembre": "December", "januar": "January", "februar": "February", "märz": "March", "juni": "June",
    "juli": "July", "oktober": "October", "dezember": "December", "enero": "January",
    "febrero": "February", "marzo": "March", "abril": "April", "mayo": "May", "junio": "June",
    "julio": "July", "agosto": "August", "septiembre": "September", "setiembre": "September",
    "octubre": "October", "noviembre": "November", "diciembre": "December", "gennaio": "January",
    "febbraio": "February", "aprile": "April", "maggio": "May", "giugno": "June", "luglio": "July",
    "settembre": "September", "ottobre": "October", "dicembre": "December", "janeiro": "January",
    "fevereiro": "February", "março": "March", "maio": "May", "junho": "June", "julho": "July",
    "setembro": "September", "outubro": "October", "novembro": "November", "dezembro": "December",
}  # fmt: skip
_FOREIGN_DATE = re.compile(
    r"(?i)\b(?P<d>\d{1,2})\.?\s+(?:de\s+)?(?P<mon>"
    + "|".join(_FOREIGN_MONTHS)
    + r")\s+(?:de\s+)?(?P<y>(?:19|20)\d{2})\b"
)
#: A time written the French way: "14 h 30".
_FOREIGN_TIME = re.compile(r"\b(?P<h>\d{1,2})\s*h\s*(?P<mi>\d{2})\b")


#: (round 61) A Korean or Japanese date: "2025년 1월 14일", "2025年1月14日" (an email client's
#: "보낸 날짜:" header), read as the ISO date it is.
_CJK_DATE = re.compile(r"(?P<y>(?:19|20)\d{2})\s*[년年]\s*(?P<m>\d{1,2})\s*[월月]\s*(?P<d>\d{1,2})\s*[일日]")


def parse_date_line(line: str) -> datetime | None:
    """A header line that dates the report, in the common formats, with a time if printed.

    `Updated 27/12/2024 18:40`, `Posted June. 17, 2025 07:45`, `26.04.2025 | 18:47`,
    `13 December 2024, 18:20`, `2024-12-23 10:15`, `Jan. 22, 2025`. Numeric dates are read
    day first (dd/mm/yyyy), unless the first number cannot be a month-day pair that way.
    Long lines are sentences, not datelines, and are not read here.
    """
    cjk = _CJK_DATE.search(line) if len(line) <= 120 else None
    if cjk is not None:
        t = _TIME_RE.search(line[cjk.end() :])  # (QA pass 29) its time, "오후 3:12" the afternoon's
        try:
            return datetime(int(cjk["y"]), int(cjk["m"]), int(cjk["d"]), _hour(t), int(t["mi"]) if t else 0)
        except ValueError:
            return None
    glued = parse_dateline(line)
    if glued is not None:
        return glued
    foreign = _FOREIGN_DATE.search(line) if len(line) <= 120 else None
    if foreign is not None and not rx.search(rf"(?i)\b{MONTH_WORD}(?!\w)", line):
        line = f"{foreign['d']} {_FOREIGN_MONTHS[foreign['mon'].lower()]} {foreign['y']}" + _FOREIGN_TIME.sub(
            r"\g<h>:\g<mi>", line[foreign.end() :]
        )
    if len(line.strip()) > 90:
        # "Released Friday, January 10, 2025 · 52 min · Auto-generated transcript (…)": a header
        # line of parts is read part by part; a long sentence is never a dateline
        parts = header_fields(line)
        if len(parts) < 2:
            return None
        for part in parts:
            got = parse_date_line(part) if len(part) <= 90 else None
            if got is not None:
                return got
        return None
    for pat in _LINE_DATES:
        m = pat.search(line)
        if not m:
            continue
        g = m.groupdict()
        try:
            day = int(g["d"])
            month = month_number(g["mon"]) if g.get("mon") else int(g["mo"])
            if not g.get("mon") and month > 12 and day <= 12:
                day, month = month, day  # mm/dd/yyyy
            elif not g.get("mon") and "/" in m[0] and _SLASH_ORDER.get() == "mdy" and month <= 12:
                day, month = month, day  # (round 68) a page that writes its dates month first
            t = (
                _TIME_RE.search(line[m.end() :])
                or _TIME_RE.search(line[: m.start()])
                or _TIME_RE.search(m[0])
            )
            year = int(g["y"]) if g.get("y") else 2000 + int(g["yy"])
            if g.get("h"):  # a date-time group's own time
                return datetime(year, month, day, int(g["h"]), int(g["mi"]))
            return datetime(year, month, day, _hour(t), int(t["mi"]) if t else 0)
        except (ValueError, KeyError):
            continue
    return _short_slashed_line(line)


#: (round 68) "Posted 12/20/24, 6:00 PM ET": a slashed date with a two-digit year, read in the order
#: the page writes its dates (month first beside a US zone), else only where it can be read one way.
_YY_SLASH = re.compile(r"(?<![\d/.])(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<yy>\d{2})(?![\d/])")
_US_ZONE = re.compile(r"\b(?:ET|EST|EDT|CT|CST|CDT|MT|MST|MDT|PT|PST|PDT)\b")


def _short_slashed_line(line: str) -> datetime | None:
    m = _YY_SLASH.search(line)
    if m is None:
        return None
    a, b = int(m["a"]), int(m["b"])
    order = _SLASH_ORDER.get() or ("mdy" if _US_ZONE.search(line) else "")
    if not order:
        order = "dmy" if a > 12 else "mdy" if b > 12 else ""
    if not order:
        return None
    day, month = (a, b) if order == "dmy" else (b, a)
    t = _TIME_RE.search(line[m.end() :]) or _TIME_RE.search(line[: m.start()])
    try:
        return datetime(2000 + int(m["yy"]), month, day, _hour(t), int(t["mi"]) if t else 0)
    except ValueError:
        return None


_MONTH_YEAR = re.compile(
    rf"(?i)^(?:published|issued|updated|dated)?\s*(?P<mon>{MONTH_WORD})\s+(?P<y>(?:19|20)\d{{2}})$"
)


#: Where a header line divides into fields: a pipe or a bullet, a run of spaces (a fixed-width
#: header: "P101  TELENORD TEXT   101 Thu 13 Mar"), or a parenthesis a wrapped line ran into.
_HEADER_FIELD = re.compile(r"\s+[·•|]\s+|\s{3,}|\s+(?=\()")


def header_fields(line: str) -> list[str]:
    """The fields of a header line ("Information Bulletin No. 51 | Friday, 20 December 2024
    (English version …)" -> the bulletin's number, its date, the note in brackets)."""
    return [p.strip() for p in _HEADER_FIELD.split(line.strip()) if p.strip()]


def parse_month_line(line: str) -> date | None:
    """A header line naming only a month ("February 2025") -> that month's last day, else None.

    It gives a report with no dated header a year for its yearless dates ("on 24 November"
    in a brief headed "February 2025" is 2024-11-24); it does not date the report to a day.
    A line of fields is read field by field ("April 2025 | Issue 4 | Interview").
    """
    fields = header_fields(line)
    if len(fields) > 1 and len(line) <= 120:
        return next((d for d in map(parse_month_line, fields) if d is not None), None)
    m = _MONTH_YEAR.match(line.strip())
    if m is None:
        return None
    try:
        month, year = month_number(m["mon"]), int(m["y"])
    except KeyError:
        return None
    nxt = date(year + (month == 12), month % 12 + 1, 1)
    return date.fromordinal(nxt.toordinal() - 1)


def month_number(text: str) -> int:
    """ "Dec." / "December" / "дек" / (round 68) a Roman numeral "XII" -> 12."""
    key = text.rstrip(".").lower()
    if key in MONTHS:
        return MONTHS[key]
    if text in _ROMAN_MONTHS:
        return _ROMAN_MONTHS[text]
    for i, stem in enumerate(_RU_MONTHS, start=1):
        if key.startswith(stem):
            return i
    raise KeyError(text)


def latest_day(month: int, day: int, ref: date, year: int | None = None) -> date:
    """The date (month, day) on or before `ref`, unless a year is given."""
    if year:
        return date(year, month, day)
    d = date(ref.year, month, min(day, calendar.monthrange(ref.year, month)[1]))
    if d > ref:
        d = date(ref.year - 1, month, min(day, calendar.monthrange(ref.year - 1, month)[1]))
    return d


def latest_month(month: int, ref: date, year: int | None = None) -> date:
    """First day of the month on or before `ref`'s month, unless a year is given."""
    if year:
        return date(year, month, 1)
    return date(ref.year if month <= ref.month else ref.year - 1, month, 1)


def month_end(d: date) -> date:
    """Last day of d's month: a month-precision range ends there."""
    return date(d.year, d.month, calendar.monthrange(d.year, d.month)[1])


def weekday_on_or_before(weekday: str, ref: date) -> date:
    """ "on Monday" in a report published on `ref`: that weekday, this week (ref itself included)."""
    target = WEEKDAYS.index(weekday.lower())
    return ref - timedelta(days=(ref.weekday() - target) % 7)


#: "of January": the cheap sign that a day spelt "the twenty-second of January" may be there.
_OF_MONTH = re.compile(rf"\bof\s+{MONTH_WORD}")


def _day_number(text: str) -> int:
    """A day of the month written as digits ("9", "9th") or as an ordinal word ("ninth")."""
    text = rx.sub(r"\s+", "-", text.strip().lower())
    return ORDINAL_DAY[text] if text in ORDINAL_DAY else int(rx.sub(r"\D", "", text))


def _resolve(kind: str, m: re.Match[str], ref: date) -> tuple[date, date, str, int] | None:
    g = m.groupdict()
    y = int(g["y"]) if g.get("y") else 2000 + int(g["yy"]) if g.get("yy") else None
    if g.get("yy") and y is not None and y > ref.year + 1:
        return None  # (QA pass 22) "16 DEC 30 North Korean soldiers": no year 2030 in a 2024 report
    try:
        if kind in ("night", "range"):
            m1 = month_number(g["m1"])
            m2 = month_number(g["m2"]) if g.get("m2") else m1
            d1, d2 = int(g["d1"]), int(g["d2"])
            first = latest_day(m1, d1, ref, y)
            last = date(first.year + (1 if m2 < m1 else 0), m2, d2)
            return (first, last, "day", 0) if first <= last else None
        if kind == "month_range" and g.get("nm"):
            months = int(g["nm"]) if g["nm"].isdigit() else NUMBER_WORDS.get(g["nm"].lower(), 0)
            if not 1 <= months <= 11 or months > ref.month:
                return None
            return date(ref.year, 1, 1), month_end(date(ref.year, months, 1)), "month", 0
        if kind == "month_range":
            m1, m2 = month_number(g["m1"]), month_number(g["m2"])
            first = latest_month(m1, ref, y)
            last = month_end(date(first.year + (1 if m2 < m1 else 0), m2, 1))
            return first, last, "month", 0
        if kind == "day" and not g.get("m1"):
            day = _day_number(g["d1"])
            back = ref.replace(day=1)
            while day > calendar.monthrange(back.year, back.month)[1] or back.replace(day=day) > ref:
                back = (back - timedelta(days=1)).replace(day=1)
            d = back.replace(day=day)
            return d, d, "day", 0
        if kind == "day":
            d = latest_day(month_number(g["m1"]), _day_number(g["d1"]), ref, y)
            return d, d, "day", 0
        if kind == "weekday_range" and g.get("nd"):
            n = g["nd"].lower()
            days = int(n) if n.isdigit() else NUMBER_WORDS.get(n, 0)
            if not 2 <= days <= 7:
                return None
            last = weekday_on_or_before(g["wd6"], ref)
            return last - timedelta(days=days - 1), last, "day", 0
        if kind == "weekday_range":
            wd1, wd2 = g.get("wd1") or g.get("wd3") or g["wd5"], g.get("wd2") or g.get("wd4") or g["wd7"]
            last = weekday_on_or_before(wd2, ref)
            span = (WEEKDAYS.index(wd2.lower()) - WEEKDAYS.index(wd1.lower())) % 7
            if g.get("wd3") and span != 1:
                return None  # "on Monday and Thursday": two days, not the days between
            return last - timedelta(days=span), last, "day", 0
        if kind == "weekend":  # resolved against the statement date by the reader
            sat = ref - timedelta(days=(ref.weekday() - 5) % 7 or 7)
            return sat, sat + timedelta(days=1), "day", 0
        if kind == "past_day":  # "over the past day / 24 hours": the day before to the day
            return ref, ref, "day", 1
        if kind == "last_week":  # a week is no precision of ours: its month, if it has one
            start = ref - timedelta(days=ref.weekday() + 7)
            end = start + timedelta(days=6)
            if start.month != end.month:
                return None
            d = date(start.year, start.month, 1)
            return d, month_end(d), "month", 0
        if kind == "relative_days" and g.get("wk"):
            return ref, ref, "day", 7
        if kind == "relative_days" and g.get("nw"):
            n = g["nw"].lower()
            return ref, ref, "day", 7 * (int(n) if n.isdigit() else NUMBER_WORDS.get(n, 0))
        if kind == "relative_days":
            n = g["n"].lower()
            days = int(n) if n.isdigit() else NUMBER_WORDS.get(n, 0)
            return ref, ref, "day", days
        if kind == "weekday":
            d = weekday_on_or_before(g["wd"], ref)
            if d == ref and rx.match(r"(?i)last\b", m.group(0)):
                d = ref - timedelta(days=7)  # "last Friday" said on a Friday: a week ago
            return d, d, "day", 0
        if kind == "yesterday" or kind == "day_before":
            d = ref - timedelta(days=1)
            return d, d, "day", 0
        if kind == "same_day" and g.get("nxt"):
            return ref, ref, "day", 1
        if kind == "same_day" and g.get("n"):
            n = g["n"].lower()
            days = 1 if n in ("a", "an") else int(n) if n.isdigit() else NUMBER_WORDS.get(n, 0)
            return ref, ref, "day", -days if g["dir"].lower() in ("earlier", "before") else days
        if kind == "numeric_day":
            d = date(int(g["y"]), int(g["mo"]), int(g["d1"]))
            return (d, d, "day", 0) if d <= ref + timedelta(days=1) else None
        if kind == "weekday_last_week":
            start = ref - timedelta(days=ref.weekday() + 7)
            d = start + timedelta(days=WEEKDAYS.index(g["wd"].lower()))
            return d, d, "day", 0
        if kind == "this_week":  # a week is no precision of ours: its month, if it has one
            start = ref - timedelta(days=ref.weekday())
            if start.month != ref.month:
                return None
            d = date(ref.year, ref.month, 1)
            return d, month_end(d), "month", 0
        if kind == "days_ago" and not g.get("n"):  # "the day before yesterday"
            d = ref - timedelta(days=2)
            return d, d, "day", 0
        if kind == "days_ago":
            n = g["n"].lower()
            d = ref - timedelta(days=1 if n == "a" else int(n) if n.isdigit() else NUMBER_WORDS.get(n, 0))
            return d, d, "day", 0
        if kind in ("today", "same_day"):
            return ref, ref, "day", 0
        if kind == "month_start":
            d = ref.replace(day=1)
            return d, d, "day", 0
        if kind == "named_month_start":
            d = latest_month(month_number(g["m1"]), ref, int(g["y"]) if g.get("y") else None)
            return d, d, "day", 0
        if kind == "year_start":
            d = date(ref.year, 1, 1)
            return d, month_end(d), "month", 0
        if kind == "holiday" and (g.get("orth") or g.get("hol2")):
            if g.get("orth"):
                month, day = 1, 7
            else:
                month, day = (1, 1) if g["hol2"].lower().startswith("new") else (12, 25)
            shift = -1 if (g.get("eve") or g.get("eve2")) else 0
            d = latest_day(month, day, ref - timedelta(days=shift)) + timedelta(days=shift)
            return d, d, "day", 0
        if kind == "holiday":
            month, day = (1, 1) if g["hol"].lower().startswith("new") else (12, 25)
            if g.get("eve"):
                month, day = (12, 31) if g["hol"].lower().startswith("new") else (12, 24)
            shift = {"before": -1, "after": 1}.get(g.get("rel") or "", 0)
            d = latest_day(month, day, ref - timedelta(days=shift)) + timedelta(days=shift)
            return d, d, "day", 0
        if kind == "christmas":
            d = latest_month(12, ref)
            return d, month_end(d), "month", 0
        if kind == "this_month":
            d = date(ref.year, ref.month, 1)
            return d, month_end(d), "month", 0
        if kind == "last_month":
            d = (date(ref.year, ref.month, 1) - timedelta(days=1)).replace(day=1)
            return d, month_end(d), "month", 0
        if kind == "this_year":
            return date(ref.year, 1, 1), date(ref.year, 12, 31), "year", 0
        if kind == "last_year":
            return date(ref.year - 1, 1, 1), date(ref.year - 1, 12, 31), "year", 0
        if kind == "month":
            if g["m1"].startswith("May") and not (y or rx.match(r"(?i)(in|since|during|by)\b", m.group(0))):
                return None  # "may" the verb
            if rx.search(
                r"(?i)\b(?:its|their|his|her|the\s+(?:earlier|previous|old))\s+$", m.string[: m.start()]
            ) and rx.match(
                r"\s+(?:estimate|figure|count|toll|tally|assessment|number)s?\b", m.string[m.end() :]
            ):
                return None  # "updated its April estimate": that figure's month, not this statement's
            d = latest_month(month_number(g["m1"]), ref, y)
            return d, month_end(d), "month", 0
        if kind == "year":
            yy = int(g["y"])
            return date(yy, 1, 1), date(yy, 12, 31), "year", 0
    except (ValueError, KeyError):
        return None
    return None


#: What may stand between a weekday and the date it names: "Friday, December 27", "Friday 28
#: March 2025", "Wednesday (30 April)".
_WEEKDAY_GAP = re.compile(r"\s*,?\s*\(?\s*")


def _fits_next_year(day: date) -> bool:
    """Whether `day` a year later is still not after today (so a weekday may move it there)."""
    try:
        return date(day.year + 1, day.month, day.day) <= date.today()
    except ValueError:
        return False


def _weekday_with_its_date(text: str, out: list[DateMention]) -> list[DateMention]:
    """A weekday followed by the date it falls on is that date ("on Friday, December 27", "on
    Tuesday 2 September"), not the weekday before the report's date. A date written without its
    year takes the latest year, back from the one it resolved to, in which it falls on that
    weekday ("Friday, December 27" read in January 2026 is 2024's)."""
    merged: list[DateMention] = []
    skip = False
    for i, d in enumerate(out):
        if skip:
            skip = False
            continue
        nxt = out[i + 1] if i + 1 < len(out) else None
        wd = rx.search(_WD, d.text, re.IGNORECASE) if d.kind == "weekday" else None
        if (
            wd is None
            or nxt is None
            or nxt.kind != "day"
            or nxt.precision != "day"
            or _WEEKDAY_GAP.fullmatch(text[d.end : nxt.start]) is None
        ):
            merged.append(d)
            continue
        day = nxt.first
        if not rx.search(r"\b(?:19|20)\d{2}\b", nxt.text):
            name = wd.group(0).capitalize()
            # the year it resolved to, then the next one (not after today: "Tuesday 2 September"
            # read against 15 June 2025 is 2025's, not 2019's), then back
            years = [
                day.year,
                *([day.year + 1] if _fits_next_year(day) else []),
                *range(day.year - 1, day.year - 7, -1),
            ]
            for y in years:
                try:
                    cand = date(y, day.month, day.day)
                except ValueError:
                    continue
                if cand.strftime("%A") == name:
                    day = cand
                    break
        merged.append(DateMention("day", d.start, nxt.end, day, day, "day", text[d.start : nxt.end]))
        skip = True
    return merged


#: (round 68) The order a page writes its slashed dates in: "dmy" (13/12/2024, "06/12" is 6
#: December), "mdy" (12/20/24, "12/19" is 19 December) or "" (the page does not say): set for one
#: report by `slash_dates`, read by `find_dates`.
_SLASH_ORDER: ContextVar[str] = ContextVar("slash_order", default="")

#: (round 68) Whether a page writes its dates with dots, day first ("03.04.2025"): then a day and
#: month with their dots and no year ("last Thursday (27.3.)", "On 5.3.,") are dates too.
_DOTTED: ContextVar[bool] = ContextVar("dotted_days", default=False)
_FULL_DOTTED = re.compile(r"(?<![\d.])(?:[0-2]?\d|3[01])\.(?:0?[1-9]|1[0-2])\.(?:19|20)\d{2}(?![\d])")
_DOTTED_DAY = re.compile(
    r"(?<![\w.,/-])(?P<d>[0-2]?\d|3[01])\.(?P<m>0?[1-9]|1[0-2])\.(?![\w/-]|\d|\s*(?:%|per\s*cent|percent)\b)"
)

#: A slashed date with its year, as a page prints its own date or another full date.
_FULL_SLASH = re.compile(r"(?<![\d/.])(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?:\d{4}|\d{2})(?![\d/])")
#: A note on the page saying which way its dates are written ("Dates in the text are day/month").
_ORDER_NOTE = re.compile(r"(?i)\b(?:dates?\b[^.\n]{0,40}?\b)(?P<o>day/month|month/day|dd/mm|mm/dd)\b")
#: A slashed day and month in running text, with a two- or four-digit year or none ("on 12/19",
#: "on 06/12", "on 12/14/24"), after a word that introduces a date or a comma.
_SLASH_DAY = re.compile(
    r"(?<![\w/.,-])(?P<a>\d{1,2})/(?P<b>\d{1,2})(?:/(?:(?P<y>(?:19|20)\d{2})|(?P<yy>\d{2})))?"
    r"(?![\w/%]|[.,]\d|\s+(?:of|majority|share)\b)"
)
_SLASH_BEFORE = re.compile(
    r"(?:\b(?i:on|of|since|from|to|until|through|by|before|after|the|dated|for|and|between)\s+|[,(]\s*|^\s*)$"
)


def slash_order(text: str) -> str:
    """Which way a page writes its slashed dates: a note saying so, else its full dates where one
    of them can be read one way only (13/12/2024 day first, 12/20/24 month first); "" when they
    do not say or disagree."""
    note = _ORDER_NOTE.search(text)
    if note is not None:
        return "dmy" if note["o"].lower() in ("day/month", "dd/mm") else "mdy"
    votes = set()
    for m in _FULL_SLASH.finditer(text):
        a, b = int(m["a"]), int(m["b"])
        if a > 12 and 1 <= b <= 12:
            votes.add("dmy")
        elif b > 12 and 1 <= a <= 12:
            votes.add("mdy")
        elif _US_ZONE.search(text, m.end(), m.end() + 24):
            votes.add("mdy")  # "09/02/25 10:14 AM ET": an American page writes month first
    return votes.pop() if len(votes) == 1 else ""


def dotted_days(text: str) -> bool:
    """Whether a page writes its full dates with dots, day first ("03.04.2025", "28.03.2025")."""
    return _FULL_DOTTED.search(text) is not None


@contextmanager
def slash_dates(order: str, dotted: bool = False) -> Iterator[None]:
    """Read slashed dates in `order` ("dmy", "mdy" or "" for none), and (`dotted`) a day and month
    with their dots and no year, while the block runs."""
    token = _SLASH_ORDER.set(order)
    dot_token = _DOTTED.set(dotted)
    try:
        yield
    finally:
        _DOTTED.reset(dot_token)
        _SLASH_ORDER.reset(token)


def find_dates(text: str, ref: date) -> list[DateMention]:
    """Date expressions in `text`, left to right, without overlaps (earlier patterns win)."""
    return list(_find_dates(text, ref, _SLASH_ORDER.get(), _DOTTED.get()))


def _dotted_days(text: str, ref: date) -> Iterator[DateMention]:
    """(round 68) "last Thursday (27.3.)", "On 5.3.,": a day and month of a page that dates with
    dots (the latest such day), after a word that introduces a date, a comma or a bracket."""
    for m in _DOTTED_DAY.finditer(text):
        if not _SLASH_BEFORE.search(text[: m.start()]):
            continue
        try:
            d = latest_day(int(m["m"]), int(m["d"]), ref)
        except ValueError:
            continue
        yield DateMention("numeric_day", m.start(), m.end(), d, d, "day", m.group(0))


def _slash_days(text: str, ref: date, order: str) -> Iterator[DateMention]:
    """(round 68) "on 12/19" on a page that writes month first, "on 06/12" on one that writes day
    first: a slashed day of the page's own order (the latest such day, unless a year is given)."""
    for m in _SLASH_DAY.finditer(text):
        if (m["a"] == "24" and m["b"] == "7") or not _SLASH_BEFORE.search(text[: m.start()]):
            continue  # "24/7" is no date
        a, b = int(m["a"]), int(m["b"])
        day, month = (a, b) if order == "dmy" else (b, a)
        y = int(m["y"]) if m["y"] else 2000 + int(m["yy"]) if m["yy"] else None
        try:
            d = latest_day(month, day, ref, y) if 1 <= month <= 12 and 1 <= day <= 31 else None
        except ValueError:
            d = None
        if d is None or (y is not None and d > ref + timedelta(days=1)):
            continue
        yield DateMention("numeric_day", m.start(), m.end(), d, d, "day", m.group(0))


@lru_cache(maxsize=4096)
def _find_dates(text: str, ref: date, order: str = "", dotted: bool = False) -> tuple[DateMention, ...]:
    """Cached: the reader asks about the same sentence for events, claims and responses."""
    taken: list[tuple[int, int]] = []
    out: list[DateMention] = []
    if order and "/" in text:
        for d in _slash_days(text, ref, order):
            taken.append((d.start, d.end))
            out.append(d)
    if dotted and "." in text:
        for d in _dotted_days(text, ref):
            if not any(d.start < e and s < d.end for s, e in taken):
                taken.append((d.start, d.end))
                out.append(d)
    for kind, pat in _PATTERNS:
        if kind == "ordinal_of_day" and _OF_MONTH.search(text) is None:
            continue
        kind = "day" if kind in ("ordinal_day", "ordinal_of_day") else kind
        for m in pat.finditer(text):
            if any(m.start() < e and s < m.end() for s, e in taken):
                continue
            r = _resolve(kind, m, ref)
            if r is None:
                continue
            taken.append((m.start(), m.end()))
            out.append(DateMention(kind, m.start(), m.end(), r[0], r[1], r[2], m.group(0), r[3]))
    out.sort(key=lambda d: d.start)
    out = _weekday_with_its_date(text, out)
    # "Earlier this month, on March 13, …": a day set in commas after a month it falls in says
    # which day of that month; the month alone is no second date
    return tuple(
        d
        for i, d in enumerate(out)
        if not (
            d.precision == "month"
            and i + 1 < len(out)
            and out[i + 1].precision == "day"
            and d.first <= out[i + 1].first <= d.last
            and rx.fullmatch(r",\s*", text[d.end : out[i + 1].start])
        )
    )


def iso(d: date | None) -> str:
    """ISO date, or empty: the dataset writes unknown dates as empty cells."""
    return d.isoformat() if d else ""
