"""(Round 57) Academic copy dates its claims through citations: the reference list says when.

A paper writes "Zelenskyy said that more than 3,000 … had been killed or wounded (Zelenskyy 2024)"
and, at the end, "Zelenskyy, V. (2024) Telegram post, 23 December." (author-date), or "… [7]" and
"[7] Defense Intelligence of Ukraine (HUR), Telegram post, 16 December 2024." (numbered). The claim
was made on the day the entry names; the paper's own date, months later, is not it. Each in-text
citation whose entry names a day is read with that day beside it ("(Zelenskyy 2024, 23 December
2024)"), as a report's "(Yonhap, 23 December 2024)" is; the quote keeps the printed citation
(`Layout.rewrites`). An entry naming only a year or a month ("Putin, V. (2025) Statement …",
"July") dates nothing here.
"""

from __future__ import annotations

import re
from datetime import date

from etl.extract import rx
from etl.extract.dates import MONTH_WORD, WEEKDAY_WORD, find_dates, month_number

#: The heading that opens a reference list. (Spaces and tabs only around it: "^\s*" under
#: MULTILINE ran over every blank line below each line start, 9 s on 20,000 blank lines.)
_HEADING = re.compile(
    r"(?im)^[ \t]*(?:references|bibliography|works\s+cited|sources|notes\s+and\s+references)[ \t]*:?[ \t]*$"
)
#: An author-date entry: "Zelenskyy, V. (2024) …", "NIS (2025a) …", "Ross, A. and Fine, M. (2018) …".
_AUTHOR_ENTRY = re.compile(
    r"^\s*(?P<author>[A-Z][^()\n]{0,80}?)\s*\((?P<year>(?:19|20)\d\d)(?P<suffix>[a-z]?)\)\s+(?P<rest>.+)$"
)
#: A numbered entry: "[7] Defense Intelligence of Ukraine (HUR), Telegram post, 16 December 2024."
_NUMBERED_ENTRY = re.compile(r"^\s*\[(?P<n>\d{1,3})\]\s+(?P<rest>.+)$")
#: A day and month in an entry, with the year if written: "23 December", "16 December 2024".
_ENTRY_DAY = re.compile(rf"\b(?P<d>[0-3]?\d)\s+(?P<m>{MONTH_WORD})(?:\s+(?P<y>(?:19|20)\d\d))?\b")


def _entry_day(rest: str, year: int | None) -> date | None:
    """The one day an entry names (the last, if several: "…, 27 December. Transcript"), else None."""
    days = list(_ENTRY_DAY.finditer(rest))
    if not days:
        return None
    m = days[-1]
    y = int(m["y"]) if m["y"] else year
    if y is None:
        return None
    try:
        return date(y, month_number(m["m"]), int(m["d"]))
    except (ValueError, KeyError):
        return None


def _surname(author: str) -> str:
    """The name an in-text citation uses: "Zelenskyy, V." -> "Zelenskyy"; "NIS" -> "NIS";
    "Ross, A. and Fine, M." -> "Ross and Fine"; "Russian MoD" -> "Russian MoD"."""
    people = [p.split(",")[0].strip() for p in rx.split(r"\s+(?:and|&)\s+", author.rstrip(". "))]
    return " and ".join(people)


def reference_days(text: str) -> tuple[dict[tuple[str, str], date], dict[str, date]]:
    """The days the text's reference list names: {(author, year+suffix): day} and {number: day}."""
    headings = list(_HEADING.finditer(text))
    if not headings:
        return {}, {}
    heading = headings[-1]  # the last such heading: a paper's list comes at its end
    by_author: dict[tuple[str, str], date] = {}
    by_number: dict[str, date] = {}
    for line in text[heading.end() :].splitlines():
        if m := _NUMBERED_ENTRY.match(line):
            if (day := _entry_day(m["rest"], None)) is not None:
                by_number[m["n"]] = day
        elif m := _AUTHOR_ENTRY.match(line):
            if (day := _entry_day(m["rest"], int(m["year"]))) is not None:
                by_author[(_surname(m["author"]), m["year"] + m["suffix"])] = day
    return by_author, by_number


#: A day as a sentence names it: "12 December", "Dec. 14", "Monday", "yesterday".
_A_DAY = (
    rf"(?:{WEEKDAY_WORD},?\s+)?(?:[0-3]?\d(?:st|nd|rd|th)?\s+(?:of\s+)?{MONTH_WORD}(?!\w)"
    rf"|{MONTH_WORD}\.?\s+[0-3]?\d(?:st|nd|rd|th)?\b)"
    rf"|{WEEKDAY_WORD}\b|yesterday\b|today\b|this\s+morning\b|last\s+night\b"
)
_SAY = r"(?:said|says|wrote|told|posted|announced|stated|reported|claimed|confirmed|estimated|added|noted)"
#: (round 63) Where a sentence says on which day its claim was made: "wrote on Telegram on 12
#: December that …", "On Monday, Ryder said …", a list item's note "(parliamentary briefing,
#: Monday 13 Jan, …)". An AI answer's or a digest's sources list dates the page that reported
#: it (often the next day), not the statement.
_OWN_DAY = re.compile(
    rf"\b{_SAY}\b[^.;:\"“]{{0,60}}?\b(?:on\s+)?(?:{_A_DAY})"
    rf"|\b[Oo]n\s+(?:{_A_DAY})[^.;]{{0,80}}?\b{_SAY}\b"
    rf"|\((?:[^()]*?(?:,\s*|\bon\s+))?(?:{_A_DAY})[^()]*\)"
)
#: A list item's head naming who and when: "- Pentagon, 28 Oct. …", "- Ukraine, Thursday. …".
_ITEM_HEAD = re.compile(rf"\s*[-*•–]\s+[^,.:;]{{2,40}},\s+(?:{_A_DAY})")
#: A day counted from the page's own date, which the reference list cannot date.
_PAGE_RELATIVE = re.compile(r"(?i)\b(?:yesterday|today|this\s+morning|last\s+night)\b")


def _sentence_before(paragraph: str, at: int) -> str:
    """The text of the sentence a citation at `at` ends: from the last full stop before it."""
    stops = [m.end() for m in rx.finditer(r"[.!?][\"”’')\]]?\s+(?=[A-Z\"“*•-])", paragraph[:at])]
    return paragraph[stops[-1] if stops else 0 : at]


def _claim_day(paragraph: str, at: int, cited: date) -> date | None:
    """(round 63) The day the sentence ending at a citation says its claim was made (its own
    words, or its list item's head), within a month before the cited page's day; else `cited`.
    None when the sentence counts its day from the page ("yesterday"): the citation then dates
    nothing, and the reader counts from the page's date."""
    for text in (_sentence_before(paragraph, at), (h.group(0) if (h := _ITEM_HEAD.match(paragraph)) else "")):
        said = _OWN_DAY.search(text) or _ITEM_HEAD.fullmatch(text)
        if said is None:
            continue
        if _PAGE_RELATIVE.search(said.group(0)):
            return None
        days = [d.first for d in find_dates(said.group(0), cited) if d.precision == "day"]
        if days and 0 <= (cited - days[-1]).days <= 31:
            return days[-1]
    return cited


def _day_text(day: date) -> str:
    return f"{day.day} {day:%B} {day.year}"


def dated_citations(
    paragraph: str, by_author: dict[tuple[str, str], date], by_number: dict[str, date]
) -> tuple[str, list[tuple[str, str]]]:
    """`paragraph` with each citation the reference list dates read with its day beside it, and
    the (as read, as printed) pairs: "(Zelenskyy 2024)" -> "(Zelenskyy 2024, 23 December 2024)",
    "Singh (2024)" -> "Singh (2024, 28 October 2024)", "[7]" -> "[7, 16 December 2024]". A
    citation of several works, or of a work the list does not date to a day, is left as printed."""
    pairs: list[tuple[str, str]] = []

    def note(printed: str, read: str) -> str:
        if read != printed:
            pairs.append((read, printed))
        return read

    def lookup(author: str, year: str) -> date | None:
        words = author.split()
        for i in range(len(words)):  # "Sabrina Singh (2024)" is Singh's entry
            day = by_author.get((" ".join(words[i:]), year))
            if day is not None:
                return day
        return None

    if by_author:

        def author_year(m: re.Match[str]) -> str:
            # "(Zelenskyy 2024)" and "Singh (2024)" both end in the bracket the day goes before
            day = lookup(m["author"], m["year"])
            return m.group(0) if day is None else note(m.group(0), f"{m.group(0)[:-1]}, {_day_text(day)})")

        paragraph = rx.sub(
            r"\((?P<author>[A-Z][\w'’.-]*(?:\s+(?:and\s+)?[A-Z][\w'’.-]*){0,3})\s+(?P<year>(?:19|20)\d\d[a-z]?)"
            r"(?:,\s*pp?\.\s*[\d-]+)?\)",
            author_year,
            paragraph,
        )
        paragraph = rx.sub(
            r"\b(?P<author>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2})\s+\((?P<year>(?:19|20)\d\d[a-z]?)\)",
            author_year,
            paragraph,
        )
    if by_number:

        def numbered(m: re.Match[str]) -> str:
            day = by_number.get(m["n"])
            day = _claim_day(m.string, m.start(), day) if day is not None else None
            return m.group(0) if day is None else note(m.group(0), f"[{m['n']}, {_day_text(day)}]")

        paragraph = rx.sub(r"\[(?P<n>\d{1,3})\]", numbered, paragraph)
    return paragraph, pairs


def is_reference_heading(paragraph: str) -> bool:
    """Whether a paragraph opens the reference list (its heading, alone or on its first line)."""
    first = paragraph.strip().split("\n", 1)[0]
    return _HEADING.fullmatch(first) is not None
