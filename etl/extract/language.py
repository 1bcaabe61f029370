"""A first guess of a report's language, for the document row a review save writes.

Why: documents.csv keeps each report's language, and the review page used to write "en" for
every save, a Russian or Korean page included. The guess is the analyst's to correct on the
page; it only needs to be right for the plain cases: the script a page is written in (Cyrillic,
Hangul, kana, Han), Ukrainian's own letters, and, among pages in Latin script, the language whose
commonest words the page uses most. A page quoting a few words of another language keeps its own.
"""

from __future__ import annotations

import re
import unicodedata

#: The commonest short words of the Latin-script languages a report in this case comes in.
_FUNCTION_WORDS: dict[str, frozenset[str]] = {
    "en": frozenset("the and of to in that is was were said for with on by from".split()),
    "de": frozenset("der die das und nicht ist mit von den dem sich auch wurde".split()),
    "fr": frozenset("le la les et des est une dans pour que qui sur du au".split()),
    "es": frozenset("el la los las y que del en por con una para según".split()),
    "it": frozenset("il la di che e gli della delle per con sono nel una".split()),
    "pt": frozenset("o a os as e que do da em para com uma não segundo".split()),
    "pl": frozenset("i w z na się że nie do jest oraz przez po od".split()),
    "nl": frozenset("de het een en van dat niet is op te met voor zijn".split()),
}
_UKRAINIAN_LETTERS = frozenset("іїєґІЇЄҐ")
_RUSSIAN_LETTERS = frozenset("ыэъёЫЭЪЁ")
_LINK = re.compile(r"\S+://\S+|www\.\S+|\S+@\S+")
_WORD = re.compile(r"[^\W\d_]+")


def _script(ch: str) -> str:
    name = unicodedata.name(ch, "")
    for script in ("CYRILLIC", "HANGUL", "HIRAGANA", "KATAKANA", "CJK", "LATIN"):
        if name.startswith(script) or f" {script} " in f" {name} ":
            return script
    return ""


def guess_language(text: str) -> str:
    """An ISO 639-1 code for `text` ("en" when nothing says otherwise)."""
    text = _LINK.sub(" ", text)
    counts: dict[str, int] = {}
    for ch in text:
        if ch.isalpha():
            s = _script(ch)
            counts[s] = counts.get(s, 0) + 1
    letters = sum(counts.values())
    if not letters:
        return "en"
    if counts.get("HIRAGANA", 0) + counts.get("KATAKANA", 0) > letters * 0.1:
        return "ja"
    if counts.get("HANGUL", 0) > letters * 0.4:
        return "ko"
    if counts.get("CJK", 0) > letters * 0.4:
        return "zh"
    if counts.get("CYRILLIC", 0) > letters * 0.5:
        uk = sum(ch in _UKRAINIAN_LETTERS for ch in text)
        ru = sum(ch in _RUSSIAN_LETTERS for ch in text)
        return "uk" if uk > ru else "ru"
    words = [w.lower() for w in _WORD.findall(text)]
    scores = {lang: sum(w in common for w in words) for lang, common in _FUNCTION_WORDS.items()}
    best = max(scores, key=lambda lang: (scores[lang], lang == "en"))
    # another language wins only clearly: an English page quoting a sentence keeps "en"
    return best if scores[best] > 1.5 * scores["en"] + 2 else "en"
