"""The figure grammar: numbers as reports write them, with the qualifier that bounds them.

A claim's figure is stored as bounds *as stated* (data/README.md): "at least 30" has a low bound
only, "up to 12,000" a high bound only, "10-12,000" both. Getting this wrong invents a bound, so
the grammar is explicit and unit-tested rather than left to a general-purpose parser.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from etl.extract import rx
from etl.extract.lexicon import NUMBER_WORDS, QUALIFIER_PHRASES, SCALE_WORDS, SHARE_WORDS

_CARD = "|".join(sorted(NUMBER_WORDS, key=len, reverse=True))
_WORD = "|".join(sorted([*NUMBER_WORDS, *SCALE_WORDS], key=len, reverse=True))
#: A spelled-out cardinal: "three", "twenty-five", "two hundred", "fifteen thousand".
WORD_NUMBER = rf"(?:{_CARD})(?:(?:[\s-]+|\s+and\s+)(?:{_WORD}))*"
#: Amounts without a number ("several hundred", "thousands of"): a claim, but no bounds.
VAGUE = (
    r"(?:a\s+few|many)\s+(?:hundred|thousand|dozen)(?!\s+(?:and|of)\b)"
    r"|several\s+(?:thousand|dozen)(?!\s+(?:and|of)\b)"
    r"|(?:hundreds|thousands|dozens|tens\s+of\s+thousands)(?=\s+of\b)"
)
#: "Several hundred": the fact sheet codes it 200-999 (F02, F45), a range, not a vague amount.
SEVERAL_HUNDRED = r"several\s+hundred(?!\s+(?:and|of|thousand)\b)"
#: Digits with optional thousands separators (a comma, or a space as Ukrainian and European
#: outlets write "3 000") and decimal part, optionally scaled.
#: (session 18) A dot as the thousands separator, as German, Polish and Turkish outlets write it
#: ("3.000", "38.000": never a decimal with three zeros in a count of people), and a comma as the
#: decimal mark before a scale word ("1,1 thousand").
#: (round 67) An apostrophe as the thousands separator, as Swiss and some Indian pages write it
#: ("10'000", "12’000").
#: The characters written between a figure's groups besides the comma and the dot.
GROUP_SPACE = r"[ \u00a0\u202f'’]"
DIGIT_NUMBER = (
    rf"\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?|\d{{1,3}}(?:{GROUP_SPACE}\d{{3}})+(?!\d|[,.]\d)"
    r"|\d{1,3}(?:\.\d{3})+(?![\d%]|[,.]\d|\s+(?:thousand|million)\b)"
    r"|\d+,\d{1,2}(?=[\s-]+(?:thousand|million)\b)"
    r"|\d+(?:\.\d+)?"
)
_UNIT = rf"(?:{DIGIT_NUMBER}|{_CARD})"
#: Mixed forms written for the ear or by translation: "four-thousand-100", "4-thousand-700",
#: "4-thousand 700" and "37 thousand 355" (the hundreds after a space), "15-thousand", "1.1 thousand", "2K", "11k",
#: "a thousand", "41-hundred".
MIXED_NUMBER = (
    # (round 34) "four and a half thousand", "1 and a half million": a broadcaster's half
    rf"(?:{_UNIT})\s+and\s+a\s+half\s+(?:thousand|million)(?![\w-])"
    rf"|(?:{_UNIT}|\ba)[\s-]+(?:thousand|million)(?![\w])(?:-(?:{_UNIT})(?:[\s-]+hundred)?"
    rf"(?:[\s-]+(?:and\s+)?(?:{_CARD}))?"
    r"|(?<=thousand)\s\d{1,3}(?![\w%]|[,.]\d)"
    # "two thousand seven hundred", "four thousand one hundred and twenty": the rest in words
    rf"|(?<=thousand)\s+(?:and\s+)?(?:{_CARD})(?:[\s-]+hundred)?(?:[\s-]+(?:and\s+)?(?:{_CARD}))?(?![\w-]))?"
    rf"|(?:{DIGIT_NUMBER})\s?[kK](?![\w])"
    rf"|\ba\s+hundred(?![\w-])"
    # (round 27) "some 41-hundred wounded": a broadcaster's hundreds, two digits then "hundred"
    r"|\b[1-9]\d[\s-]hundred(?![\w-])"
)
NUMBER = (
    rf"(?:(?<![\w-])(?:{MIXED_NUMBER})|(?:{DIGIT_NUMBER})(?:\s+(?:thousand|million))?"
    rf"|(?<![\w-])(?:{WORD_NUMBER})(?![\w-]))"
)
_QUAL = "|".join(re.escape(q) for q in sorted(QUALIFIER_PHRASES, key=len, reverse=True))
_SHARE = "|".join(re.escape(s) for s in sorted(SHARE_WORDS, key=len, reverse=True))

FIGURE_RE = re.compile(
    # ((QA pass 43) no figure starts right after a slash: "1/3 of the troops" was 3 killed)
    rf"(?<![\w,.<>=≥≤/])(?:(?P<q>{_QUAL})\s+|(?P<tilde>~|≈)\s*|(?P<cmp>>=|≥|⩾|>|<=|≤|⩽|<)\s*)?"
    rf"(?:(?P<share>(?:{_SHARE})(?=\s+of\b)|\d+(?:\.\d+)?\s*(?:%|percent\b|per\s+cent\b)"
    rf"(?=\s+of\b)"
    # (QA pass 43) a fraction of a whole: "about 1/3 of", "2/3 of the 11,000" (a share, no count)
    rf"|\d{{1,2}}\s*/\s*\d{{1,2}}(?=\s+of\b)"
    rf"|{VAGUE})"
    rf"|(?P<several>{SEVERAL_HUNDRED})"
    rf"|between\s+(?P<b1>{NUMBER})\s+and\s+(?P<b2>{NUMBER})"
    # (QA pass 41 #3) "at least 300 and possibly as many as 500": a range, its lower bound first
    rf"|(?P<lb1>{NUMBER})\s*,?\s+(?:and|but)\s+(?:possibly|perhaps|maybe|potentially|likely)\s+"
    rf"(?:as\s+many\s+as|up\s+to)\s+(?P<lb2>{NUMBER})"
    rf"|from\s+(?P<f1>{NUMBER})\s+to\s+(?P<f2>{NUMBER})"
    # the high end may be a "k" form right after a hyphen ("11k-12k", "10-12k"), which NUMBER
    # leaves alone (its mixed forms never start inside a hyphenated word)
    rf"|(?P<n1>{NUMBER})(?:\s*(?P<sep>-|–|—|\bto\b)\s*(?P<n2>(?:{DIGIT_NUMBER})\s?[kK](?![\w])|{NUMBER}))?"
    # (round 67) a bound or an approximation written after the figure: "3,000 or above", "1,000
    # or thereabouts", "4,500-plus", "3,000 plus troops" (not "300 plus 2,700": a sum), "3,000-odd",
    # "30, at least," and "12,000 at most"
    r"(?:,?\s+or\s+(?P<post>more|so|fewer|less|thereabouts|above|over|higher|under|below)\b"
    r"|(?P<plus>\+(?![\d+])|-plus(?![\w-])|\s+plus(?=\s+[A-Za-z])(?!\s+(?:an?|the|and|or|one|two|three|four|five"
    r"|six|seven|eight|nine|ten|hundreds?|thousands?|dozens?|another|more|some|about|around|roughly|nearly|almost"
    r"|over|up\s+to|at\s+least)\b))"
    r"|(?P<odd>-odd|\s+odd(?=\s+(?:[\w-]+\s+){0,2}?(?:soldiers|troops|servicemen|men|fighters|casualties"
    r"|personnel|prisoners|North\s+Koreans)\b))(?![\w-])"
    # (closing its phrase: "since December 14 at least 200" bounds the 200, not the day)
    r"|,?\s+at\s+(?P<least>(?:the\s+)?(?:very\s+)?least|(?:the\s+)?most)(?=\s*(?:[,.;:)]|$)))?)"
    r"(?![\w]|/\d)",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Figure:
    """A figure as stated: bounds, qualifier and where it sits in the sentence.

    `share` marks a figure with no count ("nearly half", "several hundred"): the claim is kept
    but no bound is recorded, since any number would be invented.
    """

    low: int | None
    high: int | None
    qualifier: str
    start: int
    end: int
    share: bool = False
    text: str = ""

    @property
    def numbers(self) -> set[int]:
        """The stated numbers, to recognise the same figure restated in a lead or headline."""
        return {v for v in (self.low, self.high) if v is not None}


def words_to_int(text: str) -> int | None:
    """Spelled-out cardinal to int ("twenty-five" -> 25, "two hundred" -> 200)."""
    total = 0
    current = 0
    seen = False
    for tok in rx.split(r"[\s-]+", text.lower().strip()):
        if tok == "and" or not tok:
            continue
        if tok in NUMBER_WORDS:
            current += NUMBER_WORDS[tok]
            seen = True
        elif tok == "hundred":
            current = max(current, 1) * 100
            seen = True
        elif tok in SCALE_WORDS:
            total += max(current, 1) * SCALE_WORDS[tok]
            current = 0
            seen = True
        else:
            return None
    return total + current if seen else None


def _mixed_to_int(t: str) -> tuple[int | None, int]:
    """ "four-thousand-100" -> 4100, "2k" -> 2000, "a thousand" -> 1000 (with scale 1000)."""
    t = rx.sub(rf"(?<=\d){GROUP_SPACE}(?=\d{{3}})", "", t)
    t = rx.sub(r"(?<=\d),(?=\d{1,2}(?!\d))", ".", t)  # "1,1 thousand": a decimal comma
    k = rx.fullmatch(r"(\d+(?:\.\d+)?)\s?k", t.replace(",", ""))
    if k:
        return round(float(k.group(1)) * 1000), 1000
    half = rx.fullmatch(r"(.+?)\s+and\s+a\s+half\s+(thousand|million)", t)
    if half:
        whole, _ = parse_number(half.group(1))
        if whole is None or "." in half.group(1):  # "2.5 and a half thousand" is no number
            return None, 1
        return round((whole + 0.5) * SCALE_WORDS[half.group(2)]), SCALE_WORDS[half.group(2)]
    total = 0.0
    current = 0.0
    scale_seen = 1
    for tok in rx.split(r"[\s-]+", t.replace(",", "")):
        if tok in ("and", ""):
            continue
        if tok == "a":
            current = 1
        elif rx.fullmatch(r"\d+(?:\.\d+)?", tok):
            current += float(tok)
        elif tok in NUMBER_WORDS:
            current += NUMBER_WORDS[tok]
        elif tok == "hundred":
            current = max(current, 1) * 100
        elif tok in SCALE_WORDS:
            total += max(current, 1) * SCALE_WORDS[tok]
            scale_seen = max(scale_seen, SCALE_WORDS[tok])
            current = 0
        else:
            return None, 1
    return round(total + current), scale_seen


def _european(digits: str, scaled: bool) -> str:
    """ "3.000" -> "3,000" (a dot between thousands); "1,1" before a scale word -> "1.1"."""
    if rx.fullmatch(r"\d{1,3}(?:\.\d{3})+", digits) and not scaled:
        return digits.replace(".", ",")
    if rx.fullmatch(r"\d+,\d{1,2}", digits):
        return digits.replace(",", ".")
    return digits


def parse_number(text: str) -> tuple[int | None, int]:
    """Number text to (value, multiplier of its scale): "12,000" -> (12000, 1000)."""
    t = text.strip().lower()
    if rx.fullmatch(MIXED_NUMBER, t, re.IGNORECASE):
        return _mixed_to_int(t)
    m = rx.fullmatch(rf"({DIGIT_NUMBER})(?:\s+(thousand|million))?", t)
    if m:
        scale = SCALE_WORDS.get(m.group(2) or "", 1)
        digits = rx.sub(GROUP_SPACE, ",", _european(m.group(1), scale > 1))
        value = float(digits.replace(",", "")) * scale
        groups = digits.count(",")
        mult = scale if scale > 1 else (1000**groups if groups else 1)
        return round(value), mult
    w = words_to_int(t)
    if w is None:
        return None, 1
    return w, 1000 if "thousand" in t else 1


def _shared_scale(a: int, b: int, mult_b: int) -> int:
    """The low end of a range that shares the high end's scale word or thousands: "10-12,000",
    "between eleven and twelve thousand", "from 10 to 12 thousand" (10,000, not 10)."""
    if a < b and mult_b > 1 and a * mult_b <= b * 10 and a < mult_b:
        return a * mult_b
    return a


#: A comparison sign before a figure, as its qualifier.
_CMP_QUALIFIER = {">=": "at_least", "≥": "at_least", "⩾": "at_least", ">": "over"} | dict.fromkeys(
    ("<=", "≤", "⩽", "<"), "up_to"
)


def figure_from_match(m: re.Match[str]) -> Figure | None:
    """Turn one FIGURE_RE match into bounds and a qualifier; None if it is not a number."""
    qual = QUALIFIER_PHRASES.get((m.group("q") or "").lower(), "")
    if m.group("tilde"):
        qual = "about"  # "~1.1k": the tilde is "about"
    if m.group("cmp"):
        # (session 23) a table's signs are bounds, never exact: ">=100" at least, ">200" over,
        # "<50" and "<=50" up to
        qual = _CMP_QUALIFIER[m.group("cmp")]
    if m.group("share"):
        return Figure(None, None, "", m.start(), m.end(), True, m.group(0))
    if m.group("several"):
        return Figure(200, 999, "range", m.start(), m.end(), False, m.group(0))
    if m.group("b1") or m.group("f1") or m.group("lb1"):
        a, _ = parse_number(m.group("b1") or m.group("f1") or m.group("lb1"))
        b, mult_b = parse_number(m.group("b2") or m.group("f2") or m.group("lb2"))
        if a is None or b is None:
            return None
        a = _shared_scale(a, b, mult_b)  # "between eleven and twelve thousand"
        return Figure(min(a, b), max(a, b), "range", m.start(), m.end(), False, m.group(0))
    a, _ = parse_number(m.group("n1"))
    if a is None:
        return None
    if m.group("n2"):
        b, mult_b = parse_number(m.group("n2"))
        if b is None:
            return None
        a = _shared_scale(a, b, mult_b)  # "10-12,000"
        if a < b:
            return Figure(a, b, "range", m.start(), m.end(), False, m.group(0))
        return None
    post = (m.group("post") or "").lower()
    if post and not m.group("n2"):
        # "some 3,000 or more": the trailing words bound the figure, whatever came before
        qual = {"more": "at_least", "above": "at_least", "over": "at_least", "higher": "at_least"}.get(
            post, ""
        )
        qual = qual or {"so": "about", "thereabouts": "about"}.get(post, "up_to")
    if m.group("odd"):
        qual = "about"  # "3,000-odd troops": a round figure, not a count
    least = (m.group("least") or "").lower()
    if least:
        qual = "up_to" if least.endswith("most") else "at_least"  # "30, at least,", "12,000 at most"
    if m.group("plus") and not qual:
        qual = "over"  # "4,500+": more than the figure, as a tracker or a graphic writes it
    if not qual and rx.fullmatch(r"(?i)an?\s+(?:hundred|thousand)", m.group("n1")):
        qual = "about"  # "a thousand": a round figure said for its size, not a count
    return make_figure(a, qual or "exact", m.start(), m.end(), m.group(0))


def make_figure(n: int, qualifier: str, start: int = 0, end: int = 0, text: str = "") -> Figure:
    """Bounds for a single number under a qualifier: never invent the missing bound."""
    if qualifier in ("at_least", "over"):
        return Figure(n, None, qualifier, start, end, False, text)
    if qualifier in ("nearly", "up_to"):
        return Figure(None, n, qualifier, start, end, False, text)
    return Figure(n, n, qualifier if qualifier == "about" else "exact", start, end, False, text)


#: "a North Korean soldier captured ...": one soldier taken prisoner, counted with no numeral.
#: ("a North Korean soldier who had been captured", "forces captured a North Korean soldier":
#: the relative clause and the active verb too, round 31)
_ONE_CAPTURED = re.compile(
    r"\b[Aa]n?(?=\s+(?:(?:North|South)\s+)?(?:Korean|Ukrainian|Russian)\s+(?:soldier|serviceman|fighter)"
    r"\s+(?:(?:who|that)\s+)?(?:was\s+|had\s+been\s+|has\s+been\s+)?(?:captured|taken\s+(?:prisoner|captive))\b)"
    r"|(?<=\bcaptured\s)an?(?=\s+(?:wounded\s+)?(?:(?:North|South)\s+)?(?:Korean|Ukrainian|Russian)\s+"
    r"(?:soldier|serviceman|fighter)\b)"
)

#: "saying the pair were captured on Jan. 9": two people taken prisoner, counted by the word.
_PAIR_CAPTURED = re.compile(
    r"(?<=\bthe\s)pair(?=(?:\s*,\s*(?:both|each)\s+(?:wounded|injured)\s*,)?\s+(?:were|was|had\s+been|have\s+been)\s+(?:both\s+|later\s+)?"
    r"(?:captured|taken\s+(?:prisoner|captive))\b)"
)


def find_figures(text: str) -> list[Figure]:
    """Every number-like figure in `text` (callers decide which ones count people)."""
    out = []
    for m in FIGURE_RE.finditer(text):
        if (
            m.group("n2")
            and rx.fullmatch(r"(?:19|20)\d\d", m.group("n1"))
            and rx.search(r"[A-Za-z]{3,9}\.?\s+$", text[max(0, m.start() - 12) : m.start()])
            and rx.fullmatch(r"\s+[-–—]\s+", text[m.end("n1") : m.start("n2")])
        ):
            # "since 6 August 2024 - 25,200 killed": a date's year, a dash, then the figure
            out.append(make_figure(int(m.group("n1")), "exact", m.start("n1"), m.end("n1"), m.group("n1")))
            second = FIGURE_RE.match(text, m.start("n2"))
            f = figure_from_match(second) if second is not None else None
            if f is not None:
                out.append(f)
            continue
        f = figure_from_match(m)
        if f is not None:
            out.append(f)
    if "captured" in text or "taken" in text:
        for m in _ONE_CAPTURED.finditer(text):
            out.append(Figure(1, 1, "exact", m.start(), m.end(), text=m.group()))
        for m in _PAIR_CAPTURED.finditer(text):
            out.append(Figure(2, 2, "exact", m.start(), m.end(), text=m.group()))
        out.sort(key=lambda f: f.start)
    return out


def parse_figure(text: str) -> Figure | None:
    """The first figure in a short phrase: a convenience for tests and callers."""
    figs = find_figures(text)
    return figs[0] if figs else None
