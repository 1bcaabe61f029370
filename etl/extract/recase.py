"""Text printed in capitals (a TV or radio script, a telex, a cable) read as ordinary copy.

The reader finds speakers, places and sentences partly by their capitals ("Kyrylo Budanov said",
"in Sudzha"), so a line in capitals hides them all. Such a line is put in sentence case, and the
words the data files spell with a capital (people's names, places, states, one-word aliases,
acronyms) and the calendar's words get theirs back. Lines in ordinary case are left alone.
"""

from __future__ import annotations

import re

from etl.extract import rx
from etl.extract.lexicon import NATIONALITY_SIDE, SIDE_WORDS
from etl.extract.reference import Reference

_CALENDAR = (
    "January February March April May June July August September October November December"
    " Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec"
    " Monday Tuesday Wednesday Thursday Friday Saturday Sunday Mon Tue Tues Wed Thu Thur Thurs Fri Sat Sun"
).split()
#: Platforms and words that are proper in any copy.
_ALWAYS = ("Telegram", "Facebook", "YouTube", "Twitter", "Western", "Christmas", "I")
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")
_CACHE: dict[int, dict[str, str]] = {}


def _proper_words(ref: Reference) -> dict[str, str]:
    """Lower-cased word -> the spelling the data files give it."""
    hit = _CACHE.get(id(ref))
    if hit is not None:
        return hit
    out: dict[str, str] = {}

    def add(word: str) -> None:
        if word[:1].isupper():
            out.setdefault(word.lower(), word)

    for a in ref.actors.by_name.values():
        names = (rx.sub(r"\s*\([^)]*\)$", "", a.name), *a.aliases)
        for n in names:
            words = n.replace("’", "'").split()
            if len(words) == 1 or a.kind in ("official", "media", "analyst", "state"):
                for w in words:
                    add(rx.sub(r"'s$", "", w))
            for w in words:
                if len(w) >= 2 and w.isupper():
                    add(w)  # "NIS", "JCS", "DPRK"
    for p in ref.gazetteer.places:
        for n in (p.name, *p.aliases, p.admin1):
            for w in n.split():
                add(w)
    for phrase in (*SIDE_WORDS, *NATIONALITY_SIDE, *_CALENDAR, *_ALWAYS):
        for w in phrase.split():
            add(rx.sub(r"['’]s$", "", w))
    if len(_CACHE) > 8:
        _CACHE.clear()
    _CACHE[id(ref)] = out
    return out


def _shouting(line: str) -> bool:
    """A line of running text in capitals: mostly upper-case letters, several words, a sentence's end."""
    letters = [c for c in line if c.isalpha()]
    if len(letters) < 30 or sum(c.isupper() for c in letters) < 0.9 * len(letters):
        return False
    return len(line.split()) >= 8 and rx.search(r"[.!?][\"”’']?(?:\s|$)", line) is not None


def _stopped(line: str, screen: bool) -> str:
    """(round 59) A screen's line in capitals is a sentence of its own ("GERASIMOV: UKRAINE LOST
    MORE THAN 76,000 KILLED AND WOUNDED IN KURSK"): given its stop when the text is mostly such
    lines and it has none, so the next line is not read as its continuation."""
    if not screen or not rx.search(r"[A-Za-z]", line) or rx.search(r"[.!?:;\"”'’)\]>]\s*$", line):
        return line
    return line.rstrip() + "."


def _capitals(line: str) -> bool:
    """(round 59) A line of three words or more in capitals, however short ("HERE IS JOHN KIRBY.")."""
    letters = [c for c in line if c.isalpha()]
    return (
        len(letters) >= 10
        and len(line.split()) >= 3
        and sum(c.isupper() for c in letters) >= 0.9 * len(letters)
    )


def _recase_line(line: str, proper: dict[str, str]) -> str:
    low = line.lower()

    def word(m: re.Match[str]) -> str:
        w = m.group(0)
        base, tail = w, ""
        poss = rx.match(r"(.+?)(['’]s?)$", w)
        if poss:
            base, tail = poss.group(1), poss.group(2)
        parts = [proper.get(p, p) for p in base.split("-")]
        return "-".join(parts) + tail

    out = _WORD.sub(word, low)
    # a sentence starts with a capital: the line's first letter, and after . ! ? (and a quote)
    return rx.sub(
        r"(^|[.!?][\"”’']?\s+|^[\"“'\[]|[.!?]\s+[\"“'])([a-z])",
        lambda m: m.group(1) + m.group(2).upper(),
        out,
    )


#: A wire flash's headline in capitals, then its text in ordinary case: "1903 WASHINGTON --
#: PENTAGON: NK HAS SENT AROUND 10,000 SOLDIERS IN TOTAL TO TRAIN IN EASTERN RUSSIA. Pentagon …".
_FLASH_HEAD = re.compile(
    # (its time and dateline kept as they are: "1903 WASHINGTON -- ")
    r"(?P<pre>(?:\[?\d{4}\]?\s+)?(?:[A-Z][A-Z.]+\s+)*?(?:[A-Z][A-Z.]+\s+--\s+))?"
    r"(?P<head>[^a-z]{30,}?[.!?])(?P<rest>\s+[\"“]?[A-Z][a-z].*)"
)


def _flash_head(line: str) -> bool:
    m = _FLASH_HEAD.fullmatch(line)
    return m is not None and _shouting(m.group("head")) and not _shouting(m.group("rest"))


def _recase_flash(line: str, proper: dict[str, str]) -> str:
    m = _FLASH_HEAD.fullmatch(line)
    assert m is not None
    return (m.group("pre") or "") + _recase_line(m.group("head"), proper) + m.group("rest")


#: (session 24) A machine transcript's turn: its time code and speaker label, then the words.
_TURN_HEAD = re.compile(r"(?:\[?\d{1,2}:\d{2}(?::\d{2})?\]?\s*)?(?:[A-Z][A-Z0-9 .'’()-]{1,40}:\s+)?")


def _whispering(line: str) -> bool:
    """(session 24) A line of running text all in lower case, after its time code and speaker label
    ("[01:02:10] HOST (RAY DELGADO): welcome back … john kirby at the white house said …"), as
    some transcription services give it: the names are lost as in a line in capitals."""
    head = _TURN_HEAD.match(line)
    rest = line[head.end() if head else 0 :]  # (callers pass turn lines: `head` is always found)
    letters = [c for c in rest if c.isalpha()]
    return (
        len(letters) >= 30
        and len(rest.split()) >= 8
        and sum(c.isupper() for c in letters) <= 0.01 * len(letters)
    )


#: (round 59) Where a new sentence starts in a machine caption with no stops: a subject with its
#: capitals back, then its verb of saying ("… killed and wounded the Kremlin declined to comment").
_SUBJECT_START = re.compile(
    # (round 60) its capitals back on the first word only: "Ukraine's special operations forces"
    r"\s+(?=(?:the\s+)?[A-Z][\w'’.-]*\s+(?:[A-Za-z][\w'’.-]*\s+){0,3}"
    # (round 60) "… also posted", "… later put the number"
    r"(?:(?:also|later|then|now|separately|again)\s+)?"
    r"(?:said|says|declined|told|announced|reported|claimed|estimated|confirmed|denied|posted|wrote"
    r"|put|puts|added|assessed|estimates|briefed)\b)"
)
#: ... not after a word that ties the name to what went before ("that the HUR said", "at the
#: White House said": a name's own capitalised word).
_TIED_BEFORE = frozenset("that and the of on at to by as in from for with a an".split())


def _run_on_sentences(line: str) -> str:
    """(round 59) A long recased line with no sentence stop at all (a machine caption's cues run
    on) split where a new speaker's sentence starts, so one speaker's refusal to comment is not
    read into another's figure. Lines with stops are left as they are."""
    # (round 60: a stop at the very end is a transcript paragraph's, `document._stop`)
    if len(line.split()) < 40 or rx.search(r"[.!?](?=\s)", line.rstrip()):
        return line

    def stop(m: re.Match[str]) -> str:
        before = line[: m.start()].split()
        last = before[-1] if before else ""
        return m.group(0) if not last or last[:1].isupper() or last.lower() in _TIED_BEFORE else ". "

    out = _SUBJECT_START.sub(stop, line)
    return rx.sub(r"\. ([a-z])", lambda m: ". " + m.group(1).upper(), out)


def recase_whispering(text: str, ref: Reference) -> str:
    """`text` with each all-lower-case line of a mostly lower-case text put in sentence case and its
    proper words restored (`_recase_line`), the turn's time code and label kept as they are. Only
    when such lines are most of the text's long lines: an article's one lower-case line is left."""
    lines = text.split("\n")
    long = [ln for ln in lines if len(ln) >= 60]
    quiet = [ln for ln in long if _whispering(ln)]
    # (round 59) or by volume: a machine caption's cues joined are one long line under a header
    volume = sum(map(len, quiet)) >= 200 and 3 * sum(map(len, quiet)) >= 2 * sum(map(len, long))
    if (len(quiet) < 3 or len(quiet) * 2 < len(long)) and not volume:
        return text
    proper = _proper_words(ref)
    out = []
    for ln in lines:
        if _whispering(ln):
            turn = _TURN_HEAD.match(ln)
            head = turn.end() if turn else 0  # (a whispering line starts with a turn's head)
            ln = ln[:head] + _run_on_sentences(_recase_line(ln[head:], proper))
        out.append(ln)
    return "\n".join(out)


#: (round 56) A name in capitals inside ordinary copy, as cables, situation reports and
#: watch logs print them ("HUR claims at least 30 … near PLEKHOVO, VOROZHBA and MARTYNOVKA").
_CAPITALS_WORD = re.compile(r"(?<![\w'’-])[A-Z][A-Z'’-]{3,}(?![\w'’-])")
_CALENDAR_LOWER = {w.lower() for w in _CALENDAR}


def _layout_capitals(text: str, m: re.Match[str]) -> bool:
    """Whether the word `m` is capitals the layout reads as such: a transcript's label ("MR.
    KIRBY: …"), a dateline's city ("KYIV, Ukraine -", "SEOUL (Reuters) -"), a line in capitals."""
    start = text.rfind("\n", 0, m.start()) + 1
    end = text.find("\n", m.end())
    line = text[start : end if end >= 0 else len(text)]
    at = m.start() - start
    first_lower = next((i for i, c in enumerate(line) if c.islower()), None)
    if first_lower is None:
        return True  # a heading or a line in capitals
    if not any(c.islower() for c in line[:at]) and rx.match(
        r"(?:\s+[A-Z][A-Z.'’-]*)*\s*\([^()]{1,60}\)\s*:", line[at + len(m.group(0)) :]
    ):
        return True  # (QA pass 22) a label with its note: "MR. KIRBY (Tuesday call): …"
    if at > first_lower:
        return False  # inside ordinary copy
    after = line[at + len(m.group(0)) : first_lower]
    if ":" in after:
        return True  # a label
    return not line[:at].strip(" \t\"“'*•·") and rx.match(r"\s*(?:[,(—–]|-)", after) is not None


def recase_names_in_copy(text: str, ref: Reference) -> str:
    """`text` with the names it prints in capitals inside ordinary copy given the case the data
    files spell them with ("ZELENSKYY" -> "Zelenskyy", "KURSK" -> "Kursk"): the reader finds
    speakers and places by their capitals and the gazetteer's spelling. Only where the copy does
    so three times or more (a convention, not an emphasised word); acronyms the data files spell
    in capitals (NIS, DPRK), the calendar's words ("28 DEC 24", a date) and a line's leading
    capitals keep theirs."""
    proper = _proper_words(ref)
    hits = [
        m
        for m in _CAPITALS_WORD.finditer(text)
        if (w := proper.get(rx.sub(r"['’]s?$", "", m.group(0)).lower())) is not None
        and not w.isupper()
        and w.lower() not in _CALENDAR_LOWER
        and not _layout_capitals(text, m)
    ]
    if len(hits) < 3:
        return text
    out, at = [], 0
    for m in hits:
        word = m.group(0)
        poss = rx.match(r"(.+?)(['’]s?)$", word)
        base, tail = (poss.group(1), poss.group(2).lower()) if poss else (word, "")
        out += [text[at : m.start()], proper[base.lower()] + tail]
        at = m.end()
    return "".join(out) + text[at:]


def recase_shouting(text: str, ref: Reference) -> str:
    """`text` with each line in capitals put in sentence case, its proper words restored (a
    flash's headline in capitals too, before its text in ordinary case), and names printed in
    capitals inside ordinary copy given their case (`recase_names_in_copy`)."""
    text = recase_whispering(text, ref)
    if not rx.search(r"[A-Z]{4,}\s+[A-Z]{4,}\s+[A-Z]{4,}", text):
        # the common case: nothing in capitals for three words running
        return recase_names_in_copy(text, ref) if _CAPITALS_WORD.search(text) else text
    lines = text.split("\n")
    # (round 59) or a text mostly in capitals, its lines without stops (TV screens run through OCR)
    long = sum(len(ln) for ln in lines if len(ln) >= 30)
    mostly_caps = 3 * sum(len(ln) for ln in lines if len(ln) >= 30 and _capitals(ln)) >= 2 * long > 0
    if not any(_shouting(ln) or _flash_head(ln) for ln in lines) and not mostly_caps:
        return recase_names_in_copy(text, ref)
    proper = _proper_words(ref)
    # (round 59) a text mostly in capitals (a live caption, TV screens): its short lines too
    loud = mostly_caps or 3 * sum(len(ln) for ln in lines if _shouting(ln)) >= 2 * long
    shouted = _capitals if loud else _shouting
    return recase_names_in_copy(
        "\n".join(
            _stopped(_recase_line(ln, proper), mostly_caps)
            if shouted(ln)
            else (_recase_flash(ln, proper) if _flash_head(ln) else ln)
            for ln in lines
        ),
        ref,
    )
