"""Sentence-level reading of a report body into claims, responses and events.

Rule-based on purpose: every output row must be explainable to an analyst reviewing it ("the
figure is 'at least 30' in this sentence, the claimant is the actor before 'claimed'"). The rules
follow how agency copy is written: the lead summarises the main claim (and dates it), later
sentences attribute it precisely, "The statement further claimed"/"It added" continue the same
source, and silence or denial by the other side is reported near the end.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from functools import lru_cache
from itertools import pairwise, permutations

from etl.extract import rx
from etl.extract.dates import MONTH_WORD, WEEKDAY_WORD, DateMention, find_dates, iso, month_end
from etl.extract.document import Layout, split_sentences
from etl.extract.lexicon import (
    ADMISSION_VERBS,
    BASELINE,
    CHANNEL_CUES,
    CONFIRMATION,
    DENIAL,
    DISPUTE,
    ENEMY_NOUNS,
    ENEMY_OF,
    FORCES,
    METRIC_CUES,
    METRIC_TYPE,
    NATIONALITY_SIDE,
    NEITHER_VERBS,
    NO_COMMENT,
    NON_PEOPLE_NOUNS,
    NOT_A_NAME,
    OUTLETS,
    PEOPLE_NOUNS,
    QUALIFIER_PHRASES,
    RESPONSE_NOUNS,
    RESPONSE_TOPICS,
    SIDE_HINTS,
    SIDE_WORDS,
    SPEECH_VERBS,
    STATE_SUBJECT,
    STATEMENT_CUES,
    SUBJECT_ADJECTIVE,
    TOPIC_SUBJECT,
    WHEN_SAID,
)
from etl.extract.numbers import Figure, find_figures, make_figure
from etl.extract.reference import Actor, Mention, Reference
from etl.extract.registry import same_words_actor

FLOW_TYPES = ("casualties", "missing", "captured")
OPINION_METRICS = ("characterization", "stated_aim", "relations")
STATEMENT_KINDS = (
    "day",
    "days_ago",
    "numeric_day",
    "weekday_last_week",
    "this_week",
    "weekday",
    "yesterday",
    "today",
    "this_month",
    "christmas",
    "holiday",
    "year_start",
    "last_month",
    "month",
    "this_year",
    "last_year",
    "year",
    "last_week",
)
PERIOD_KINDS = (
    "night",
    "range",
    "day",
    "numeric_day",
    "weekday_last_week",
    "weekday",
    "yesterday",
    "month",
    "relative_days",
    "past_day",
    "month_range",
    "weekend",
    "weekday_range",
    "last_month",
    "this_month",
    "month_start",
    "named_month_start",
)
COUNTRY_NAME = {
    "DPRK": "North Korea",
    "Russia": "Russia",
    "Ukraine": "Ukraine",
    "South Korea": "South Korea",
    "United States": "the United States",
}
ADJECTIVE = {"Ukraine": "Ukrainian", "Russia": "Russian", "DPRK": "North Korean"}

_CONJUNCTIONS = frozenset(
    ("As", "When", "While", "If", "Since", "After", "Before", "Although", "Though", "Because")
)
_SPEECH_RE = re.compile(rf"\b(?:{SPEECH_VERBS})\b")
_NOUN_BEFORE = re.compile(
    r"(?:\b(?:the|these|those|its|their|his|her|such|of|first|an|a|"
    r"new|latest)|['’]s)\s+"
    # "its first casualty estimate", "the agency's revised death toll estimates": words that only
    # qualify a noun between the determiner and the noun
    r"(?:(?:casualty|casualties|death|loss|losses|troop|own|initial|preliminary|revised|updated|official"
    r"|earlier|previous|final|lower|higher|conservative|rough|first|latest|new)\s+){0,2}$",
    re.IGNORECASE,
)
_PREP_BEFORE = re.compile(
    r"\b(?:with|against|alongside|to|into|from|for|(?<!President\s)of|in|on|at|by|about)"
    r"\s+(?:the\s+)?(?:President\s+)?$"
)  # (round 39: "President of Russia Vladimir Putin": a title, its "of" no preposition)
#: The smallest figure read as a deployment: a force sent abroad is counted in the hundreds.
_FEWEST_DEPLOYED = 20
#: A body's intelligence arm as the speaker: "the British Defence Ministry's intelligence said".
_ARM_SAYS = re.compile(
    r"['’]s\s+(?:defen[cs]e\s+|military\s+)?intelligence(?:\s+(?:arm|service|branch|wing|staff))?\s+"
    r"(?:(?:also|has|had|now)\s+)?(?:said|says|assessed|assesses|estimated|estimates|reported|reports|believes)\b"
)
#: (session 23) A title or month abbreviated with a full stop inside a speaker's words before a
#: colon ("NIS briefing to lawmakers, via Rep. Lee Seong-kweun: about 300 …"); its stop is
#: masked by a one-dot leader of the same length, so positions hold.
_TITLE_DOT = re.compile(
    r"\b(Rep|Reps|Sen|Gen|Lt|Col|Maj|Capt|Dr|Mr|Ms|Mrs|Prof|Amb|Adm|Gov|Sgt|Jan|Feb|Aug|Sept|Oct|Nov|Dec)\.(?=\s)"
)
#: A briefing's topic opener before a colon: "On North Korea: the department now assesses ...",
#: "Turning to the DPRK: we ..." (what the figures are about, never who gives them).
_TOPIC_OPENER = re.compile(
    r"^\W*(?:On|Regarding|Concerning|As\s+(?:for|to|regards)|Turning\s+to|Now,?\s+(?:on|to))\s+(?:the\s+)?$"
)
#: A side's word, then what of its people is counted: the parts of `_SECTION_SIDE`, `_TITLE_SIDE`.
_SIDE_WORD = (
    r"(?<![\w-])(?P<w>" + "|".join(re.escape(w) for w in sorted(SIDE_WORDS, key=len, reverse=True)) + ")"
)
_SIDE_NOUN = r"\s+(?:losses|casualties|dead|deaths|death\s+toll|toll|troops|forces|soldiers|deployment)\b"
#: A heading naming whose people its figures count: "North Korean losses", "Russian casualties".
_SECTION_SIDE = re.compile(_SIDE_WORD + _SIDE_NOUN)
#: A headline's side: a heading's words, the possessive too ("North Korea's troops in Kursk").
_TITLE_SIDE = re.compile(_SIDE_WORD + r"(?:['’]s)?" + _SIDE_NOUN)
#: An outlet carrying a speaker's words between the speaker and the verb: "X quoted by The New
#: York Times said", "X, cited by Reuters, told …".
_QUOTED_BY = re.compile(
    r"(?<=[A-Za-z)])(?:,\s+|\s+)(?:quoted|cited|interviewed)\s+by\s+(?:the\s+|The\s+)?(?:[A-Z][\w.'’&-]*\s+){1,4}?"
    r"(?:,\s+)?(?=(?:has\s+|had\s+|also\s+)?(?:said|says|told|tells|estimated|put)\b)"
)
_SIDE_RE = re.compile(
    r"(?<![\w-])(?:"
    + "|".join(re.escape(w) for w in sorted(SIDE_WORDS, key=len, reverse=True))
    + r")(?:['’]s)?(?![\w-])"
)
_ADJ = r"(?:Ukrainian|Western|US|U\.S\.|American|South\s+Korean|North\s+Korean|Russian)"
_GROUP_RE = re.compile(
    rf"(?:\b(?:both|neither|Both|Neither)\s+)?(?P<adjs>{_ADJ}(?:\s*,\s*{_ADJ})*"
    rf"(?:,?\s+(?:and|nor)\s+{_ADJ}))\s+(?P<noun>officials|authorities|intelligence\s+agencies"
    rf"|intelligence\s+services|intelligence|governments|sources)\b"
)
#: The same group named by its countries: "officials in the US, South Korea and Ukraine".
_COUNTRY = r"(?:the\s+)?(?:US|U\.S\.|United\s+States|South\s+Korea|North\s+Korea|Ukraine|Russia)"
_GROUP_IN_RE = re.compile(
    rf"\b(?P<noun>[Oo]fficials|[Aa]uthorities)\s+(?:in|from)\s+(?P<cs>{_COUNTRY}(?:\s*,\s*{_COUNTRY})*"
    rf",?\s+and\s+{_COUNTRY})(?![\w'’-])"
)
_COUNTRY_ADJ = {
    "US": "US",
    "U.S.": "US",
    "United States": "US",
    "South Korea": "South Korean",
    "North Korea": "North Korean",
    "Ukraine": "Ukrainian",
    "Russia": "Russian",
}
#: A person described, not named, right before their verb ("the head of Ukraine's military
#: intelligence told …", "A prominent Russian military blogger has claimed …"): a wire's lead,
#: whose next paragraphs name the person.
_DESCRIBED_SPEAKER = re.compile(
    r"(?:^|(?<=[\s,]))(?P<desc>(?:[Tt]he|[Aa]n?)\s+(?:(?:prominent|popular|well-known|leading|top|pro-war|pro-Kremlin)\s+)?"
    r"(?:(?P<role>head|chief|director|secretary)\s+of\s+(?P<body>[^,;:\"“]{3,60}?)"
    r"|(?P<adj>Russian|Ukrainian)\s+(?:(?:military|war|pro-war|pro-Kremlin|nationalist)\s+){0,2}blogger))"
    r"\s+(?:(?:has|had|also)\s+)?$"
)
#: A title next to a person's name that makes them the head of their body.
_HEAD_TITLE = re.compile(r"\b(?:head|chief|director|commander)\b", re.IGNORECASE)
#: A sum of money: a scale word money is counted in, or a currency, right after the figure
#: ("20 trillion won", "3 billion dollars", "1.5bn"); a currency sign right before it ("$700").
_MONEY_AFTER = re.compile(
    r"\s*(?:(?:trillion|billion|bn|tn)\b|(?:million\s+)?(?:won|dollars?|euros?|roubles?|rubles?|yuan"
    r"|hryvnias?|hryvnia|pounds\s+sterling|USD|EUR|KRW|RUB|UAH)\b)"
)
_MONEY_BEFORE = re.compile(r"(?:[$€£₩₽]|US\$|\bUSD|\bKRW|\bRUB|\bEUR)\s*$")
#: Ages of the people named: "aged 67 and 71", "aged 24, 40 and 77", "aged between 19 and 25".
_AGES_BEFORE = re.compile(
    r"\b(?:aged|ages?|age\s+of)\s+(?:between\s+|from\s+)?(?:\d{1,3}\s*(?:,|and|or|to|-|–)\s*){0,4}$"
)
_PEOPLE = "|".join(re.escape(p) for p in sorted(PEOPLE_NOUNS, key=len, reverse=True))
_NONPEOPLE = "|".join(re.escape(p) for p in sorted(NON_PEOPLE_NOUNS, key=len, reverse=True))
_METRIC_RES = [(m, re.compile(rf"\b(?:{cue})\b")) for m, cue in METRIC_CUES]
#: Losses named with whose they are, then a verb and the figure ("casualties among North Korean
#: troops in Russia's Kursk region are estimated at").
_LOSSES_AMONG = re.compile(
    r"\b(?P<noun>casualties|losses|deaths|dead|killed|wounded|injured|(?:death\s+)?toll)\s+among\s+[^.;:\d]{3,110}?"
    r"\b(?:are|were|is|was|have|has|had|stood|stand|stands|reached|totall?ed|amounted|numbered)\b[^.;:\d]{0,30}$"
)
#: The full stop of an abbreviated month ("Aug. 6, 2024").
_MONTH_DOT = re.compile(
    r"(?:(?<=\bJan|\bFeb|\bMar|\bApr|\bJun|\bJul|\bAug|\bSep|\bOct|\bNov|\bDec)|(?<=\bSept))\.(?=\s+\d)"
)
#: A clause that opens with the counted noun ("Casualties among …", "Deaths were …").
_LEAD_COUNT_NOUN = re.compile(
    r"^([\s\"“'‘]*)([A-Z])(?=(?:asualties|osses|eaths|ead|illed|ounded|njured|njuries|rrecoverable"
    r"|rretrievable|issing)\b)"
)
_VERB_METRIC = re.compile(
    r"\b(?P<v>killed|killing|wounded|wounding|injured|injuring|captured|capturing|deployed"
    r"|eliminated|liquidated|neutrali[sz]ed"
    r"|deploying|deploy|sent|send|sending|dispatched|dispatching|dispatch)\s+(?:a\s+total\s+of\s+|the\s+)?$"
)
#: More of a force, sent (its noun left out): "no fewer than 3,000 more had been dispatched".
_MORE_SENT = (
    r"\s+(?:more|others|additional)\s+(?:(?:had|have|has)\s+(?:(?:already|now|also|reportedly|since|additionally)\s+)?been"
    r"|were|was)\s+(?:(?:already|now|also|reportedly|additionally|further)\s+)?(?:sent|dispatched|deployed|transferred)\b"
)
#: "bringing its total to", "taking the toll to": a running total right after a new figure.
_RUNNING_TOTAL = re.compile(
    r"\b(?:bringing|brings|taking|takes|raising|raises|pushing)\s+(?:its|the|their|his|her)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:total|toll|tally|count)\s+(?:\w+\s+)?"
    # (QA pass 41 #7) "bringing the total since their deployment to more than 4,000": what the
    # total counts from, and the bound before the figure
    r"(?:(?:since|from|for)\s+(?:[\w'’-]+\s+){1,4}?)?to\s+"
    r"(?:(?:more\s+than|over|at\s+least|some|about|around|nearly|almost|roughly|upwards\s+of)\s+)?$"
)
#: A news outlet named after "according to": who reported it, never who claimed it.
_OUTLET_RE = re.compile(
    r"(?:[Tt]he\s+)?(?:"
    + "|".join(re.escape(o) for o in sorted({*OUTLETS, *OUTLETS.values()}, key=len, reverse=True))
    + r"|Associated\s+Press|New\s+York\s+Times|Wall\s+Street\s+Journal|Washington\s+Post|Financial\s+Times"
    r"|BBC|CNN|Bloomberg|Reuters|Kyodo|Yonhap)(?![\w-])"
)
#: The full-scale invasion began on this day: figures counted from it are running totals.
WAR_START = date(2022, 2, 24)
_LIST_PERSONNEL = re.compile(
    r"\bpersonnel\s*[—–:-]+\s*(?:(?:about|approximately|around)\s+)?(?:[\d,.]+\s*\(\s*\+?\s*)?$"
)
_TOTAL_WORDS = re.compile(
    r"(?i)\bin\s+total\b|\bsince\s+the\s+(?:start|beginning|outbreak)\b|\bso\s+far\b|\bto\s+date\b"
    r"|\btotal\s+(?:losses|casualties|toll)\b"
)
#: NEW_ACTOR marks a claimant proposed as written because actors.csv does not know it.
NEW_ACTOR = "new actor"
_CAP = r"(?:[A-Z][\w.'’&-]*|de|von|van|al|bin)"
_NAME_RUN = re.compile(rf"{_CAP}(?:\s+(?:of\s+the\s+|of\s+|for\s+|and\s+)?{_CAP}){{0,6}}")
_PERSON = r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,3}"
#: (session 26) Where a named person spoke, between the name and a body the actors file does not
#: know: "John Kirby at the White House said" is Kirby's claim (the Pentagon, a known body, never
#: took it: "Sabrina Singh at the Pentagon said").
#: ((round 54) "the" may be part of the body as matched: "Pat Ryder at | the Pentagon briefing")
_WHERE_SPOKEN = re.compile(r",?\s*(?:(?:speaking|standing)\s+)?(?:at|in)\s+(?:the\s+)?")
_TITLED_GAP = re.compile(rf"^\s*(?:[a-z][\w-]*\s+){{1,4}}(?P<name>{_PERSON})\s*,?\s*(?:also\s+)?$")
_VERB_TO_METRIC = {
    "killed": "killed",
    "killing": "killed",
    "wounded": "wounded",
    "wounding": "wounded",
    "injured": "wounded",
    "injuring": "wounded",
    "captured": "captured",
    "capturing": "captured",
    "eliminated": "killed_or_wounded",
    "liquidated": "killed_or_wounded",
    "neutralized": "killed_or_wounded",
    "neutralised": "killed_or_wounded",
}


#: The rest of an organisation's name after a known alias: " of the Armed Forces (of Ukraine)".
_NAME_TAIL = re.compile(r"\s+of\s+(?:the\s+)?[A-Z][\w'’-]+(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w'’-]+)*")


#: "Since <date>" further back than this counts from the start of an operation: a running total.
_RUNNING_SINCE_DAYS = 92


#: The sender named before a deployment figure: its troops are the subject.
_DPRK_SENDER = re.compile(r"\b(?:North\s+Korea(?:n\s+leader)?|Pyongyang|Kim\s+Jong[\s-]+[Uu]n|DPRK)\b")
#: A speech verb in the present tense: the news of the day the report is dated.
_PRESENT_SAYS = re.compile(r"\b(?:says|estimates|believes|assesses|reports|claims|announces)\b")


#: A title in apposition right before a name: "the Commander-in-Chief, " (then the name).
_TITLE_APPOSITION = re.compile(r"\bthe\s+(?P<title>[A-Z][\w-]+(?:\s+[A-Z][\w-]+){0,3}),\s+$")


#: An attribution set in commas right after a figure, before the figure's verb ("10,000, he
#: said, had made their way there").
_FIGURE_ASIDE = re.compile(
    r"(?<=\d)(?P<a>,\s+(?:he|she|they|it|officials|the\s+(?:ministry|agency|official))\s+"
    r"(?:said|says|added|told\s+(?:reporters|lawmakers))),\s+"
    r"(?=(?:had|have|has|were|was|are|is|would|will)\b)"
)
#: A figure that carries its own verb of going beyond a mark ("exceeded 200", "had passed 3,000"):
#: the noun counted comes before the verb.
_EXCEED_FIG = re.compile(r"(?i)exceed|top|surpass|passed|crossed|gone\s+past|went\s+past")
#: A clause whose subject is an estimate or an update rather than whoever made it, with an
#: optional date in brackets and an aside in commas before its verb.
_DOC_SUBJECT = re.compile(
    r"^\s*(?:[A-Z][\w\s]{0,30},\s+)?[Tt](?:he|heir|his|hat)\s+(?:(?:first|second|third|fourth|fifth|latest|new|next"
    r"|last|revised|updated|previous|earlier|own|January|February|March|April|May|June|July|August|September|October"
    r"|November|December)\s+){0,2}(?:estimate|assessment|update|tally|count)"
    r"(?:\s*\([^()]{1,40}\))?(?:\s*,[^,;:]{1,120},)?\s+(?:also\s+|then\s+|later\s+)?$"
)
#: A comparison after a figure, up to the source of the figure compared with: "…, well below
#: the figure given by", "…, up from the 100 given by", "…, higher than the estimate by".
_COMPARED = re.compile(
    # (", a far higher figure than the one given by …": the comparison with its noun)
    r",\s+(?:(?:an?|the)\s+)?(?:(?:well|far|much|still|slightly|just)\s+)?(?:below|above|under|beyond|short\s+of"
    r"|(?:lower|higher|smaller|larger|greater|fewer|more|less)(?:\s+(?:figure|number|estimate|count|tally|toll))?\s+than|up\s+from|down\s+from|compared\s+(?:with|to)|against"
    r"|unlike|in\s+contrast\s+(?:with|to)|twice|double|half)\b[^,;:]{0,60}$"
)
#: A relative clause set in commas right before a verb: "…, who heads Kyiv's Center for …, said".
_RELATIVE_ASIDE = re.compile(
    r"\)?,\s+(?:who|which|whose)\b[^,;:\"“”]{1,140},\s*(?:also\s+|later\s+|first\s+|then\s+)?$"
)
#: (session 24) The same without commas, as a machine transcript has it: "… who heads X said".
_BARE_RELATIVE = re.compile(
    r"\s+who\s+(?:heads|leads|runs|chairs|directs|is\s+(?:the\s+)?head\s+of)\b[^,;:\"“”]{1,140}?\s+$"
)
#: The start of a time aside set in commas: "Ukraine's General Staff, on the day Moscow declared …,".
_WHEN_ASIDE_BEFORE = re.compile(
    r"\b[A-Z][\w'’.-]*,\s+(?:on\s+the\s+(?:same\s+)?day|the\s+(?:same\s+)?day|when|while|hours\s+after|days\s+after)\s+"
    r"[^,;:\"“”]{1,50}$"
)
#: A whole time aside set in commas right before a verb: ", on the day Moscow declared Kursk
#: "liberated," put the figure at".
_WHEN_ASIDE = re.compile(
    r",\s+(?:on\s+the\s+(?:same\s+)?day|the\s+(?:same\s+)?day|when|while|hours\s+after|days\s+after)\s+"
    r"[^,;:]{1,80},[\"”’']?\s*(?:also\s+|later\s+|first\s+)?$"
)
#: (round 35) An occasion aside set in commas right before a verb: "Rutte, after a briefing by a
#: South Korean intelligence delegation in Brussels, confirmed": who briefed is no speaker.
_BRIEFING_ASIDE = re.compile(
    r",\s+(?:speaking\s+[^,;:]{0,40}?\s+)?(?:after|following)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}"
    r"(?:briefing|meeting|talks|visit)\b[^,;:\"“”]{1,100},\s*(?:also\s+|later\s+|first\s+)?$"
)
#: (session 17) An interview's introduction naming a spokesperson and the body they speak for:
#: "Oleh Marchuk, a spokesman for the directorate", "one of the unit's press officers".
_SPOKESPERSON = re.compile(
    r"\b(?:spokes(?:man|woman|person)|press\s+(?:officer|secretary)|representative)s?\s+(?:for|of|from|at)\s+"
    r"(?P<org>(?:the\s+|its\s+)?[^,.;:]{2,60})"
    r"|\b(?:the|its)\s+(?:unit|directorate|agency|service|ministry|command|brigade|regiment|force)['’]s\s+"
    r"(?:press\s+officers?|spokes(?:man|woman|person)|representatives?)\b"
    # "its spokesman took questions", "The spokesman, Col. Lee Sung-jun, answered"
    r"|\b(?:the|its)\s+spokes(?:man|woman|person)\b"
    # "Briefer: Col. Lee Sung-jun, JCS public affairs director"
    r"|\b(?P<org2>[A-Z]{2,6})\s+(?:public\s+affairs|press|media)\s+(?:director|officer|chief)\b",
    re.IGNORECASE,
)
#: An interview's introduction telling when it was given ("spoke to us on Sunday", "We reached
#: one of the unit's press officers by video link that evening").
_INTERVIEW_CUE = re.compile(
    r"(?i)\b(?:spoke|speaking|talked|interview(?:ed)?|reached|sat\s+down|conducted|recorded|by\s+(?:phone|video))\b"
)
_SAME_DAY = re.compile(r"(?i)\b(?:the\s+same|that)\s+(?:day|evening|afternoon|morning|night)\b")
#: (session 17) A date in brackets closing a clause: "[17 June 2025]", "(interview, July 2025)".
#: (A footnote's "(source: …, 28 October 2024)" dates its source, not the claim.)
_BRACKET_OPEN = re.compile(r"[\[(](?!\s*source:)(?:[^\[\]()]{0,60},\s*)?$")
_BRACKET_CLOSE = re.compile(r"\s*[\])][\s.;,\"”’]*")
#: A day named between a verb and its "at" ("put the toll the same day at", "… on Monday at").
_A_DAY_BETWEEN = rf"(?:(?:the\s+same\s+day|that\s+day|on\s+{WEEKDAY_WORD})\s+)?"
#: A body named by its kind alone ("the directorate"): the one the report named before.
_BODY_NOUN = re.compile(
    r"(?i)(?:the|its)\s+(?:unit|directorate|agency|service|ministry|command|brigade|regiment|forces?)\b"
)
#: A question's side: "How many North Korean soldiers", "Russia's losses", "the North sent".
_QUESTION_SIDE = re.compile(_SIDE_WORD + r"(?:['’]s)?(?:\s+[a-z]+){0,2}?" + _SIDE_NOUN)
_THE_NORTH = re.compile(r"\bthe\s+North\b(?!\s+(?:of|Atlantic|Caucasus|Sea))")
#: A transcript label that names the spokesperson's role, not a name.
_SPOKES_LABEL = re.compile(r"(?i)(?:the\s+)?spokes(?:man|woman|person)|press\s+(?:officer|secretary)")
_BODY_KINDS = ("intelligence", "military_unit", "state_body", "group")
#: An aside set in commas right before a verb ("the President, in an interview, estimated").
_ASIDE_END = re.compile(
    r",\s+(?:in|at|on|for|during|as|after|speaking|writing|again|once\s+again|too|also)\b[^,;:\"“”]{0,50},\s*$"
)
#: A count of people followed by their capture: "two wounded men had been captured".
_CAPTURED_AFTER = re.compile(
    rf"(?:\s+(?:(?:wounded|injured|North\s+Korean|Russian|Ukrainian|Korean|enemy|more)\s+)*(?:{_PEOPLE}))?"
    r"(?:\s*,\s*(?:both|all|each)\s+(?:wounded|injured)\s*,)?\s+(?:were|was|had\s+been|have\s+been|has\s+been)\s+"
    # ((round 66) or the capture quoted: 'the two wounded men were "captured … on Jan. 9"')
    r"(?:(?:later|also|reportedly|both)\s+)?[\"“]?(?:captured|taken\s+(?:prisoner|captive|alive))\b"
    # (round 27) "two North Korean soldiers were in Ukrainian custody", "are being held captive"
    rf"|(?:\s+(?:(?:wounded|injured|North\s+Korean|Russian|Ukrainian|Korean|enemy)\s+)*(?:{_PEOPLE}))?\s+(?:were|was|are|is)\s+"
    r"(?:now\s+|still\s+)?(?:in\s+(?:Ukrainian\s+|Russian\s+|Ukraine['’]s\s+|Kyiv['’]s\s+)?custody|(?:being\s+)?held\s+(?:captive|prisoner))\b"
)
#: A capture named as a noun: "confirmed the captures", "the capture of".
_CAPTURE_NOUN = re.compile(r"\b(?:captures?|captured|prisoners?|captives?)\b")
#: The people counted, then "were taken" with no "to/away/…": taken captive, the capture named before.
_TAKEN_PLAIN = re.compile(
    rf"(?:\s+(?:(?:wounded|injured|North\s+Korean|Russian|Ukrainian|Korean|enemy)\s+)*(?:{_PEOPLE}))?"
    r"(?:\s*,[^,;]{1,40},)?"  # ("the two, one aged 20 and one 26, had been taken")
    r"\s+(?:were|was|had\s+been|have\s+been)\s+taken\b(?!\s+(?:to|into|from|away|part|over|up|down|off|out|in)\b)"
)
#: An unnamed group as the subject of a verb of saying: "Russian Telegram channels close to the
#: army wrote", "social media accounts claimed", "local residents said".
_UNNAMED_VOICE = re.compile(
    r"(?:^|[,;:]\s*|\b(?:and|but|while)\s+)(?:[\w'’-]+\s+){0,3}(?:channels|accounts|users|posts|outlets"
    r"|commentators|observers|residents|witnesses|blogs"
    # (QA pass 20) one such voice: "A Russian military blogger claimed on Monday that …" was given
    # to the General Staff named in the sentence before
    r"|(?<=\b[Aa]\s)(?:[\w'’-]+\s+){0,3}?(?:blogger|war\s+correspondent|commentator|observer|resident|witness"
    r"|Telegram\s+channel|channel|account|user|source))"
    r"(?:\s+(?:close\s+to|linked\s+to|affiliated\s+with"
    r"|in|on|from)\s+[^,;:\"“]{1,40}?)?(?:\s+(?:also|later|had|have|then|earlier)){0,2}\s*$"
)
#: Nameless officials as a sentence's speaker: ", officials said", "local officials say".
_BARE_OFFICIALS = re.compile(
    r"(?:^|[,;:]\s*|\b(?:and|but|while)\s+)(?:(?:local|provincial|regional|city|state|fire|health|emergency)\s+)?"
    r"(?:officials|authorities"
    # (round 36) "…; 2 injured, regional governor says": a nameless local official
    r"|(?:the\s+)?(?:regional|local|city|provincial|district)\s+(?:governor|mayor|head|administration)|police)"
    r"(?:\s+(?:also|later|had|have|then|earlier)){0,2}\s*$"
)
#: Words that put a clause on the war (as `core._WAR_WORDS`).
_WAR_TALK = re.compile(
    r"(?i)korea|russia|ukrain|kursk|kyiv|moscow|pyongyang|seoul|kremlin|soldier|troop|servicem|forces"
    r"|militar|army|\bwar\b|front|combat|battle|occupier|enemy|brigade|\bunits?\b"
    # (round 40) the war's bodies and sides by their initials: "the NIS estimated the number of the
    # perished at about 600 persons"
    r"|\b(?:NIS|HUR|GUR|JCS|SSO|DPRK|KNDR|VSU|AFU|ZSU|KPA)\b|intelligence"
)
#: Between a state outlet and the body whose statement it carried: " carried a statement of the
#: ruling party's " (round 35).
_CARRIED_STATEMENT = re.compile(
    r"\s*,?\s*(?:\([A-Z]{2,6}\)\s*,?\s*)?(?:also\s+|later\s+)?(?:(?:carried|published|ran|released|aired)"
    r"|followed\s+(?:on\s+[\w\s]{1,20}?\s+)?with)\s+(?:a|the|an)\s+"
    r"(?:[\w-]+\s+){0,2}?statement\s+(?:of|from|by)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,4}?"
)
#: A sum made of someone else's figures: "the outlet's tally of the NIS figures", "a calculation
#: based on the agency's numbers".
_DERIVED_TALLY = re.compile(
    r"\b(?:tally|calculation|sum|arithmetic|reckoning|addition)\s+(?:of|from|based\s+on)\s+(?:the\s+)?"
    r"(?:[\w'’.-]+\s+){1,3}?(?:figures|numbers|estimates|data|counts)\b"
)
#: A figure compared with a named person's earlier one: "… soldiers had made their way to the
#: Kursk region, up from the "as many as 8,000" that Antony Blinken gave on Oct. 31".
_EARLIER_GIVEN = re.compile(
    r"\d[\d,]*\s+(?P<what>(?:North\s+Korean\s+|Russian\s+|Ukrainian\s+)?(?:soldiers|troops|servicemen)\b[^,;\"“]{0,80}?),"
    r"\s+(?:up|down)\s+from\s+(?:the\s+)?[\"“]?(?P<fig>(?:[a-z]+\s+){0,3}\d[\d,]*)[\"”]?\s+(?:that\s+)?"
    r"(?P<who>(?:[A-Z][\w'’.-]*\s+(?:of\s+)?){1,6}?)(?:had\s+)?(?:gave|given|cited|announced)\s+"
    r"(?P<when>on\s+[A-Z][a-z]+\.?\s+\d{1,2}(?:,\s+\d{4})?)"
)
#: A body's briefing or report giving figures after a colon: "'s briefing to the committee on 13
#: January produced the first detailed South Korean numbers:".
_PAPER_GAVE = re.compile(
    r"['’]s\s+(?:[\w-]+\s+)?(?:briefing|report|statement|update|assessment|bulletin)\b[^:;.]{0,120}?"
    r"\b(?:produced|gave|yielded|contained|carried|put\s+out|brought)\b[^:;.]{0,60}?"
    r"\b(?:numbers|figures|estimates?|counts?|tally|toll)\s*:"
)
#: A capture that did not happen: "about to be captured", "rather than be taken prisoner".
_NOT_YET_CAPTURED = re.compile(
    r"\b(?:about\s+to\s+be|rather\s+than\s+be(?:ing)?|instead\s+of\s+being|to\s+avoid\s+being|avoid\s+being"
    r"|before\s+being|not\s+to\s+be|never\s+to\s+be)\s+$"
)
#: A count whose people are left out, then their capture: "and over 700 taken prisoner".
#: (round 41) A concessive aside on wounds after a count: "Two soldiers, although wounded, survived".
_THOUGH_WOUNDED = re.compile(
    rf"(?:\s+(?:[\w-]+\s+){{0,2}}?(?:{_PEOPLE}))?(?P<aside>\s*,\s*(?:even\s+)?(?:though|although|albeit|if|while)\s+"
    r"(?:(?:badly|seriously|severely|lightly|both)\s+)?(?:wounded|injured)\s*,)"
)
_CAPTURE_WORD = re.compile(r"(?i)\b(?:captured|captivity|captive|prisoners?|taken\s+to\s+[A-Z]|POWs?)\b")
_TAKEN_BARE = re.compile(r"\s+(?:(?:were|had\s+been|have\s+been)\s+)?taken\s+(?:prisoner|captive)\b")
#: A count whose people are left out, then their fate: "at least three had gone missing".
_FATE_BARE = re.compile(
    r"\s+(?:(?:had|have|has)\s+(?:also\s+)?(?:gone|been)\s+|(?:were|are)\s+(?:also\s+)?|went\s+|remain(?:ed)?\s+)"
    r"(?:missing|killed|wounded|injured|captured)\b"
)
#: "had taken [two soldiers] prisoner/alive": the verb before the count, the fate after the people.
_TAKEN_COUNT = re.compile(r"\b(?:taken|took|taking|take)\s+$")
_TAKEN_AFTER = re.compile(
    rf"\s+(?:(?:(?:wounded|injured|North\s+Korean|Russian|Ukrainian|Korean|enemy|more)\s+)*(?:{_PEOPLE})"
    # (round 64) "had taken two of them alive"
    r"|of\s+them)\s+(?:prisoner|prisoners|captive|alive)\b"
)
#: A title named by its country: "Ukraine's president", "the Ukrainian president".
_COUNTRY_TITLE = re.compile(
    r"\b(?:(?P<c>Ukraine|Russia|South\s+Korea|North\s+Korea)['’]s\s+|[Tt]he\s+(?P<adj>Ukrainian|Russian|South\s+Korean"
    r"|North\s+Korean)\s+)(?P<t>[Pp]resident|[Dd]efen[cs]e\s+[Mm]inister|[Ff]oreign\s+[Mm]inister)\b"
)
#: A force's size put at a figure: "put the whole contingent at", "estimated the force at".
_FORCE_AT = re.compile(
    r"\b(?:puts?|putting|estimated|estimates|estimating|pegged|pegs|placed|places)\s+(?:the\s+|its\s+|their\s+)?"
    r"(?:(?:(?:whole|entire|total|full|overall|North\s+Korean)\s+)*(?:contingent|force|deployment|troop\s+presence)"
    r"(?:\s+(?:in|inside)\s+(?:[\w-]+\s+){1,2}?)?\s+at\s+(?:(?:about|around|some|roughly|between)\s+)?"
    # "put the total in Russia between 11,000 and 12,000": the total present in a country
    r"|total\s+(?:in|inside)\s+(?:the\s+)?[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?\s+(?:at\s+)?(?:(?:about|around|some|roughly|between)\s+)?)$"
)
#: "estimate of deaths by X, given in January, was": the count an estimate is of, then its figure.
_ESTIMATE_OF_WAS = re.compile(
    r"\b(?:figure|estimate|count|tally|toll|assessment)\s+of\s+(?P<what>[\w\s-]{2,40}?)(?:\s+(?:by|from)\s+[^,;]{2,80}?)?"
    r"(?:\s*,[^,;]{1,80},)?\s+(?:was|is|stood\s+at|stands\s+at|had\s+been|has\s+been)\s+$"
)
#: Figures or data credited to a body, then the verb saying what they show.
_DATA_FROM = re.compile(
    r"\b(?:[Ff]igures|[Dd]ata|[Nn]umbers|[Ss]tatistics|[Ee]stimates|[Tt]allies|(?:[Aa]n?|[Tt]he)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:report|update|assessment|estimate|tally|count|summary))\s+(?:(?:released|published|issued|provided|compiled"
    r"|given|presented|posted)\s+)?(?:by|from)\s+(?:the\s+)?"
)
_DATA_SHOW = re.compile(
    r"\b(?:show|shows|showed|shown|indicate|indicates|indicated|suggest|suggests|suggested|put|puts|found|finds)\b"
)
#: A figure said to be a body's or a person's by a possessive pronoun or anaphor.
_OWN_FIGURE = re.compile(
    # (a time first: "In late April the same agency's estimate had been about 600 dead")
    r"\W*(?:(?:In|On|By|Back\s+in|As\s+of|Until|Earlier|Later)\b[^,;:\d]{0,30}?(?:\s+\d{1,2}|\s+\d{4})?,?\s+)?"
    r"(?:(?P<pos>Its|His|Her|Their)|[Tt]he\s+(?:same\s+)?(?P<noun>(?:spy\s+)?(?:agency|ministry|service|staff|command))['’]s)"
    r"\s+(?:[\w-]+\s+){0,2}?(?:estimate|figure|count|tally|toll|answer|assessment|number|post|statement|update|message|bulletin)s?"
    r"\s*(?::|\s+(?:is|was|stood\s+at|stands\s+at|had\s+been|has\s+been)\b)"
)
#: The same possessive inside a sentence, opening its figures with a colon: "a lawmaker …
#: relayed the agency's latest count: roughly 300 …" (whoever passes it on, the count is the body's).
_OWN_FIGURE_COLON = re.compile(
    r"\b(?:(?P<pos>its|his|her|their)|[Tt]he\s+(?:same\s+)?(?P<noun>(?:spy\s+)?(?:agency|ministry|service|staff|command))['’]s)"
    r"\s+(?:[\w-]+\s+){0,2}?(?:estimate|figure|count|tally|toll|assessment|number|post|statement|update|message|bulletin)s?\s*:\s"
)
#: A body's name right after a country's ("Seoul's Joint Chiefs of Staff", "Republic of Korea
#: Joint Chiefs of Staff").
_BODY_HEAD = re.compile(
    r"Staff|Ministry|Service|Intelligence|Command|Council|Agency|Forces|Directorate|Department|Office"
    r"|Committee|Guard|Army|Navy|Chiefs|Government|Defen[cs]e"
)
_BODY_BEFORE_COUNTRY = re.compile(
    r"((?:[A-Z][\w-]+)(?:\s+(?:[A-Z][\w-]+|of|the|and)){0,5}?)\s+of\s+(?:the\s+)?$"
)
#: A confirmation by way of a source: "confirmed through a friendly nation's intelligence
#: organization", "citing an allied intelligence service".
_CONFIRMED_THROUGH = re.compile(
    r"[^.;]{0,40}?\b(?:through|via|citing)\s+[\"“]?(?:an?|the|its)\s+(?:[\w'’-]+\s+){0,3}?"
    r"(?:intelligence|agency|service|organi[sz]ation)\b"
)
#: Sides outside the fighting and the counting: their "confirmed" is a claim of their own.
_OUTSIDERS = frozenset(("United States", "Other"))
#: A state's UN mission named by the state: "North Korea's mission", "Pyongyang's UN mission to
#: the United Nations" (not "Russia's mission in Syria").
_UN = r"(?:UN|U\.N\.|United\s+Nations)"
_MISSION_AFTER = re.compile(
    # ((round 42, read after scoring) the title's capitals too: "Russia's Permanent Mission to …")
    rf"['’]s\s+(?:(?:{_UN}\s+|[Pp]ermanent\s+)?[Mm]ission\b(?:\s+(?:to|at)\s+the\s+{_UN})?(?!\s+(?:to|in|of|for|at)\b)"
    rf"|(?:{_UN}\s+)?(?:representative|delegation|envoy|diplomats?)\s+(?:to|at)\s+the\s+{_UN}\b)"
)
_MISSION_BEFORE = re.compile(r"\b[Mm]ission\s+of\s+(?:the\s+)?$")
#: "the Russian Embassy in Oslo", "the North Korean mission": a state's diplomats by adjective.
_STATE_ADJ = r"(Russian|North\s+Korean|Ukrainian|South\s+Korean)"
# ((round 42, read after scoring) "the Russian Foreign Ministry": the state's diplomats too)
_EMBASSY_OR_MINISTRY = r"[Ee]mbassy|[Ff]oreign\s+[Mm]inistry"
_ADJ_EMBASSY = re.compile(
    rf"\b{_STATE_ADJ}\s+({_EMBASSY_OR_MINISTRY}"
    r"|mission(?=\s+(?:did|has|had|declined)\b)"
    rf"|(?:mission|representative|delegation|envoy|diplomats?)(?=\s+(?:to|at)\s+the\s+{_UN}))"
)
#: (round 42) A state's diplomats named by adjective, embassy or foreign ministry (`etl.extract.core`).
DIPLOMATS = re.compile(rf"\b{_STATE_ADJ}\s+(?:{_EMBASSY_OR_MINISTRY})\b")
_BODY_AFTER_COUNTRY = re.compile(
    r"(?:['’]s)?\s+(?:own\s+)?((?:[A-Z][\w-]+)(?:\s+(?:[A-Z][\w-]+|of|the|and)){0,5})"
)
#: A person's verb of saying right after the name (an apposition between): "Pat Ryder, the Pentagon
#: press secretary, told a press briefing", "Valery Gerasimov gave during a video conference".
_VOICE_AFTER = re.compile(
    r"(?:\s*,[^,.;]{1,80},)?\s+(?:(?:has|had|also)\s+)?(?:said|says|told|stated|announced|gave|put|estimated|added"
    r"|reported|confirmed)\b"
)
#: A later sentence about the figure just given: "This was stated by", "told a briefing that the
#: number could go up slightly".
_BACK_TO_FIGURE = re.compile(
    r"^\s*(?:This|That|It)\s+was\s+(?:stated|said|announced|reported)\s+by\b"
    # ("gave the updated figure at a briefing")
    r"|\b(?:the|this|that)\s+(?:(?:updated|new|latest|revised|higher|lower|same)\s+)?"
    r"(?:number|figure|estimate|total|count|assessment)\b"
)
#: A sentence that ends on a body's bare attribution: "…, the White House said Friday.", "…, the
#: White House has said."
_BODY_SAID_END = re.compile(
    r",\s+(?:the\s+)?[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,4}\s+(?:(?:has|have)\s+)?(?:said|says|announced|reported|estimated)"
    r"(?:\s+(?:on\s+)?[A-Z][a-z]+day)?"
    # (session 18) "…, the Pentagon said on Monday, as NATO's new chief said …", "…, the White
    # House said Friday, blaming …": a side clause after the attribution
    r"(?:,\s+(?:as|while|blaming|citing|warning|noting|adding)\b[^.;]*)?"
    r"\s*[.]?\s*$"
)
#: The start of a sentence that names the speaker first, by title only: "National Security Council
#: spokesman John Kirby", "Pentagon deputy press secretary Sabrina Singh" (no clause before).
_TITLE_OPENER = re.compile(
    # (session 18) after a quotation that opens the sentence: '"… expendable," National Security
    # Council spokesman John Kirby told reporters'
    r"\s*(?:[\"“][^\"“”]{1,300}[,.!?][\"”]\s+)?(?:(?:the|The|[A-Z][\w.-]*|[a-z]+)\s+){0,6}$"
)
#: The official named in "This was stated by (the) Pentagon press secretary Pat Ryder".
_STATED_BY = re.compile(
    r"\s*(?:This|That|It)\s+was\s+(?:stated|said|announced|reported)\s+by\s+(?:the\s+)?[^,.;]{0,60}$"
)
#: A later sentence opening on a quoted bare figure and its speaker: "'A thousand,' Kirby said".
_QUOTED_FIGURE = re.compile(r"\s*[\"“](?P<q>[^\"“”]{1,40}?)[,.!]?[\"”],?\s+")
#: The title between a body and the name of its official: "HUR chief ", "'s press secretary ".
_BODY_TITLE_GAP = re.compile(
    r"(?:['’]s)?\s+(?:[a-z-]+\s+){0,2}?(?:chief|head|director|commander|spokes(?:man|woman|person)"
    r"|press\s+secretary|secretary|minister)(?:,\s*|\s+)"
)
#: A paper quoting a source: "quoted a senior U.S. defense official as saying".
_QUOTED_AS = re.compile(
    r"\bquot(?:ed|es|ing)\s+(?P<who>[^,;:\"“]{2,80}?)\s+(?P<as>as\s+(?:saying|estimating|putting|stating))\b"
)
#: "the number of injured is nearing": the kind of loss a number counts, right before the figure.
_NUMBER_OF_KIND = re.compile(
    r"\bthe\s+number\s+of\s+(?P<w>injured|wounded|dead|killed|deaths|casualties)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:is|was|has\s+been|had\s+been|stands\s+at|stood\s+at)\s+(?:now\s+|already\s+)?"
    r"(?:nearing|approaching|close\s+to|near|at)?\s*$"
)
#: A word for a figure after the figure in its own sentence ("– a figure X gave"): a cheap first test.
_FIGURE_WORD = re.compile(r"\b(?:figure|estimate|number|count|total)\s")
#: A person after the figure who "gave that figure": the one who spoke it for their body.
_GAVE_THAT_FIGURE = re.compile(
    r"\s+(?:had\s+|first\s+)?(?:gave|cited|announced|put\s+out|used)\s+(?:that|the|this)\s+(?:figure|number|estimate|count)\b"
)
#: (session 18) The figure's sentence closing on its official by title: "…, deputy press secretary
#: Sabrina Singh told a briefing.", "…, according to deputy press secretary Sabrina Singh." (what
#: is before the name, after the last comma).
_TRAILING_TITLE = re.compile(r",\s+(?:according\s+to\s+)?(?:(?:the|[A-Z][\w.-]*|[a-z-]+)\s+){1,6}$")
#: (session 18) A figure's sentence that ends in a clause after a comma (maybe its speaker's).
_TRAILING_CLAUSE = re.compile(r",\s+[^,;]{3,120}$")
#: (session 18) After the name: the sentence's end ("according to … Sabrina Singh."), or a verb of
#: speaking and then only its occasion ("told a briefing.", "said on Monday.").
_TRAILING_VOICE_END = re.compile(
    r"(?:\s+(?:(?:has|had)\s+)?(?:said|says|told|stated|announced)\b[^,;\"“”]{0,40})?\s*[.]?\s*$"
)
#: (session 18) A next sentence opening on a body's official who briefed the press: "Deputy
#: Pentagon press secretary Major General Pat Ryder told a news briefing …" (the briefing the
#: figure before was given at).
_BRIEFED = re.compile(
    r",?\s+told\s+(?:a\s+|the\s+)?(?:(?:regular|daily|weekly|news|press)\s+)*(?:briefing|reporters|journalists"
    r"|(?:news|press)\s+conference)\b"
)
#: The figure named as someone's right before the name: "– a figure Valery Gerasimov gave".
_FIGURE_WORD_BEFORE = re.compile(r"\b(?:figure|estimate|number|count|total)\s+(?:that\s+)?$")
#: "This was stated by X …", "That was reported by X …": an attribution after its content.
_SAID_BY_NEXT = re.compile(
    r"\s*(?:This|That|It)(?:\s+(?:figure|number|estimate|information|data))?\s+was\s+"
    r"(?P<tail>(?:stated|said|reported|announced|noted|written|declared"
    # (session 18) a translation's "This was informed on Monday by the Main Intelligence …",
    # "This figure was told to the South Korean parliamentarian Yu Yong-weon by …"
    r"|informed|communicated|told\s+to\s+[^.;]{3,80}?)(?:\s+" + WHEN_SAID + r")?\s+by\s+.+)$",
    re.DOTALL,
)


#: (session 18) Words that make "not engaged in combat" a stop: "since mid-January", "no longer",
#: "pulled", "for about three weeks", "any more".
_CESSATION = re.compile(
    r"\bsince\b|\bno\s+longer\b|\bpulled\b|\bwithdrawn\b|\bfor\s+(?:\w+\s+){0,2}weeks\b"
    r"|\bany\s?more\b|\bstopped\b|\blull\b|\bpause\b",
    re.IGNORECASE,
)


def _said_after(tail: str) -> str:
    """The next sentence's "stated by X …" as read: a translation's "informed" is "reported", and a
    day between the verb and "by" goes after the speaker ("reported on Monday by the HUR." ->
    "reported by the HUR on Monday.")."""
    tail = rx.sub(
        r"^(?:informed|communicated|declared|written|told\s+to\s+[^.;]{3,80}?(?=\s+(?:"
        + WHEN_SAID
        + r"\s+)?by\b))",
        "reported",
        tail,
    )
    m = rx.match(r"(\w+)\s+(" + WHEN_SAID + r")\s+(by\s+.+?)([.!]?)\s*$", tail, re.DOTALL)
    return f"{m.group(1)} {m.group(3)} {m.group(2)}{m.group(4)}" if m else tail


#: (round 40) A translation's next sentence naming the paper the figure is in: "This is said in the
#: summary of the Ministry of Defence of Russia, published on Monday."
_SAID_IN_NEXT = re.compile(
    r"\s*(?:This|That|It)\s+(?:is|was)\s+(?:said|stated|reported|noted|written|informed)\s+in\s+(?:the\s+|a\s+|its\s+)?"
    r"(?:[\w-]+\s+){0,2}?(?:summary|statement|report|message|bulletin|communiqu[eé]|post|update|address|briefing)"
    r"\s+(?:of|by|from)\s+(?P<who>.+)$",
    re.DOTALL,
)
#: The next sentence naming where the figure came from: "The Board noted that the figure came from
#: the website of Global Defense Corp, as relayed by …" (the figure before is that source's).
_CAME_FROM_NEXT = re.compile(
    r"\s*(?:[^.;]{0,60}?\bthat\s+)?(?:the|this|that)\s+(?:figure|number|toll|estimate|count|claim)\s+"
    r"(?:came|comes|had\s+come|originated)\s+from\s+(?:the\s+(?:website|statement|post|account|channel|briefing)"
    r"\s+of\s+)?(?P<who>.+)$",
    re.DOTALL,
)
#: "The "about 500" … killed in the strike comes from Global Defense Corp's website": the source of
#: the figure named after it, in the same sentence.
_COMES_FROM = re.compile(r"\b(?:comes|came)\s+from\s+(?=(?:the\s+)?[A-Z])")
#: A speaker as the label of a line or item: "Card 6. General Staff …, on Facebook, 26 April 2025: …".
_SPEAKER_LABEL = re.compile(r"\s*(?P<who>[^:;\"“]{2,160}?):\s+\S")
#: (round 39) A speaker talking about their own figure ("The figure I gave combines the killed and
#: the wounded over the whole period in which they have taken part in combat"): no statement of its own.
_FIGURE_TALK = re.compile(
    r"\b(?:[Tt]he|[Tt]his|[Tt]hat|[Oo]ur|[Mm]y)\s+(?:figure|number|estimate|count|assessment)\s+(?:I|we)\s+"
    r"(?:gave|give|have\s+given|cited|quoted|mentioned|used)\b"
)
#: (round 39) A silence the sentence says has ended or is long past: "Moscow had for months
#: refused to confirm their presence", "kept silent … for months before acknowledging it", "a year
#: ago, when Moscow wouldn't admit they were there", "after months of refusing to discuss".
_SILENCE_BROKEN = re.compile(
    r"\bhad\s+(?:(?:for\s+(?:\w+\s+)?(?:months|weeks)|previously|long|until\s+now)\s+)"
    r"|\b(?:until\s+recently|a\s+year\s+ago|after\s+months\s+of|before\s+(?:acknowledging|admitting|confirming))\b"
    r"|^\s*For\s+(?:\w+\s+)?(?:months|weeks)\b"
    r"|\bfor\s+(?:\w+\s+)?(?:months|weeks)\s+(?:before|until)\b"
)
#: What may follow a labelled speaker's name before the colon: its post, update or statement, the
#: channel, the occasion, the date ("'s update on X today", ", in remarks to reporters in Budapest").
_LABEL_TAIL = re.compile(
    # ("agencies' total for the whole contingent": a plural's possessive, what the figure is of)
    # ("RU MoD statement:": the body's statement, no possessive)
    r"(?:(?:['’]s?\s+|\s+)(?:[\w-]+\s+){0,2}?(?:update|post|statement|briefing|account|channel|estimate"
    r"|figures?|total|tally|count|numbers?)"
    r"(?:\s+(?:on|in|via|per)\s+[\w.]+|\s+for\s+(?:the\s+)?(?:[\w-]+\s+)?[\w-]+)?(?:\s+(?:today|yesterday))?)?"
    # "Zelensky on Telegram this afternoon, …": the channel and the time without a comma
    r"(?:\s+(?:on|in|via)\s+[A-Z][\w.]*(?:\s+(?:this\s+(?:morning|afternoon|evening)|today|yesterday|tonight"
    r"|just\s+now))?)?"
    r"(?:\s*\([^()]{1,40}\))?(?:\s*,\s*[^,:;]{1,60}?){0,3}\s*"  # "(his TG)", "(TASS daily call)"
)
#: (round 56) A day a narrative names with the article ("On the Monday", "That Saturday"): a
#: day of the scene's week, not of the week the piece was printed.
_ANAPHORIC_DAY = re.compile(rf"\b(?:[Oo]n\s+the|[Tt]hat|[Tt]he\s+following|[Tt]he\s+next)\s+{WEEKDAY_WORD}\b")
#: A day written with its month: a narrative's scene ("the fourteenth of December 2024").
_SCENE_DAY = re.compile(rf"\b{MONTH_WORD}(?!\w)")
#: A timeline item opening with its date: "* 2 February - ", "28/10/2024 – ", "December 2024 – ".
#: (round 66) Losses told without a figure after a count of the force: "there are already losses".
_LOSSES_WITHOUT_FIGURE = re.compile(
    r"\bthere\s+(?:are|were|have\s+been)\s+already\s+(?:losses|casualties)\b"
    r"|\b(?:have|has|had)\s+already\s+(?:suffered|taken|sustained)\s+(?:losses|casualties)\b"
)
_TIMELINE_ITEM = re.compile(
    r"\s*(?:[*•·]\s*)?(?P<d>\d{1,2}(?:[-–]\d{1,2})?\s+[A-Z][a-z]+(?:\s+(?:19|20)\d\d)?"
    r"|\d{1,2}/\d{1,2}/(?:19|20)\d\d|[A-Z][a-z]+\s+(?:\d{1,2},\s+)?(?:19|20)\d\d"
    # a wire factbox's "OCT 28 - ", "JAN 13, 2025 - ", "APRIL 28 (today) - ": month first, any case
    r"|(?i:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?"
    r"|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?\s+\d{1,2}(?:,\s+(?:19|20)\d\d)?"
    r"(?:\s+\([a-z]+\))?)\s+[-–—]\s+"
    # a log's bracketed day: "[10.10.2024] Peskov …", "[2024-10-28] …"
    r"|\s*\[(?P<d2>\d{1,2}[./]\d{1,2}[./](?:19|20)\d\d|(?:19|20)\d\d-\d\d-\d\d)\]\s+"
    # (round 56) a watch log's or a cable's date-time group: "071255Z  Wires: …", "- 311500ZOCT24: …"
    r"|\s*(?:[-*•·]\s*)?(?P<d3>[0-3]\d[0-2]\d[0-5]\dZ(?:[A-Z]{3}\d\d)?):?\s+"
)
#: Anonymous posts or rumours relaying what a body said: the relayed reading is the posts',
#: often a misreading a fact-check corrects, never the body's claim.
_HEARSAY = re.compile(
    r"(?i)(?:^|[,;]\s*|\b(?:viral|social[\s-]media|online|some|many|several)\s+)"
    r"(?:posts|tweets|videos|rumou?rs|messages|users)\b(?:\s+[\w'’-]+(?:,\d{3})*){0,8}?\s+"
    r"(?:claim(?:ed|ing)?|say|said|suggest(?:ed)?|allege[sd]?)\b"
    r"|,\s*(?:viral\s+|social[\s-]media\s+)?(?:posts|rumou?rs)\s+(?:claim|say|said|allege)"
    # (round 62) one post, video or caption as the subject: "A viral video claims Zelensky
    # admitted …", "A Telegram post viewed 410,000 times claims …" (never "a post by HUR said")
    # (an indefinite one: "…, the same message says" is the body's own message, named before)
    r"|(?:^|[,;]\s*)(?:an?|one)\s+(?:[\w'’-]+\s+){0,2}(?:post|tweet|video|clip|caption|message)\b"
    r"(?:\s+(?!by\b|from\b|of\b)[\w'’-]+(?:,\d{3})*){0,6}?\s+(?:claims|claimed|says|alleges|alleged)\b(?!\s+to\b)"
)
#: (round 62) A quotation a post, a caption or a video's text said: '"BREAKING: White House
#: confirms 1,000 … killed," reads a post shared 9,400 times' is the post's wording, not the body's.
_POST_QUOTE = re.compile(
    r"(?i)[\"”]\s*,?\s*(?:reads|read|says|said|claims|claimed)\s+(?:an?|one|the)\s+(?:[\w'’-]+\s+){0,2}"
    r"(?:post|tweet|caption|message|video|clip|headline)\b"
)
#: (round 62) A saying denied to everyone: "none of these sources says that …", "no official has
#: said …", "neither Seoul nor Kyiv has claimed …": the figure after it is nobody's claim.
_NOBODY_SAID = re.compile(
    r"(?i)\b(?:none\s+of\s+(?:these|those|the|them)(?:\s+(?:sources|officials|agencies|governments))?"
    r"|no\s+(?:official|government|agency|source|one)|nobody|no-one)"
    r"\s+(?:has\s+|have\s+|had\s+)?(?:says?|said|claim(?:s|ed)?|reported|put|given)\b"
)
#: A yes/no question asks whether a figure was said ("Did Seoul say 4,000 died in Kursk?"), and a
#: fact-check's "CLAIM:" line quotes the wording it goes on to test: neither asserts the figure.
_QUESTIONED = re.compile(
    # (round 62) after a label: "[Fact check] Did South Korea's military say 4,000 … died?"
    r"^\s*(?:\[[^\]]{1,30}\]\s*|(?:FACT[\s-]?CHECK|Fact[\s-]?check|Explainer|EXPLAINER)\s*[:|-]\s*)?"
    r"[\"“]?(?:Did|Does|Do|Is|Are|Was|Were|Has|Have|Had)\s+[^?]{3,200}\?[\"”]?\s*$"
    # (round 62) also with a note before the colon: 'Claim (viral on Facebook, 640,000 views): "…"'
    r"|^\s*(?:CLAIM|Claim|THE\s+CLAIM|The\s+claim)\s*(?:\([^)]{0,120}\)\s*)?:\s*[\"“]"
)
#: The writer's own sum, credited to the outlet: "That puts the total at about 4,700, by The Korea
#: Herald's count", "by our reckoning". A source the actors file knows ("by Seoul's count", "by
#: Zelensky's count") is an attribution instead; the caller checks the name.
_OWN_COUNT = re.compile(
    # (the page itself: "By this page's arithmetic", "by this newspaper's count")
    r"\b[Bb]y\s+(?:(?P<who>(?:the\s+|The\s+)?[A-Za-z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,3})['’]s|our|my"
    r"|this\s+(?:page|site|paper|newspaper|outlet|blog|newsletter|desk|newsroom|publication)['’]s)\s+"
    r"(?:own\s+)?(?:count|tally|reckoning|calculation|arithmetic|estimate)\b"
)
#: A correction notice quoting the wording it withdraws: "An earlier version of this article said
#: …", "This story previously reported …", "… was incorrectly reported as …".
_CORRECTION = re.compile(
    r"(?i)\b(?:an?\s+|the\s+)?(?:earlier|previous|original|first)\s+version\s+of\s+(?:this|the)\s+"
    r"(?:article|story|report|post|piece|page|deck|slides?|presentation)\b"
    r"|\b(?:this|the)\s+(?:article|story|report|piece)\s+(?:previously|originally|incorrectly|wrongly)\s+"
    r"(?:said|stated|reported|gave|quoted)\b"
    r"|\b(?:incorrectly|wrongly|mistakenly)\s+(?:reported|stated|quoted|attributed|given)\b"
)
#: A lawmaker introduced by name: "Lawmaker Lee Seong-kweun", "Rep. Yu Yong-weon".
_LAWMAKER_NAME = re.compile(
    # ("according to lawmakers Lee Seong-kweun and Kim Byung-kee": the first of two)
    r"\b(?:[Ll]awmakers?|Reps?\.|[Ll]egislators?|MPs?|[Aa]ssemblyman|[Aa]ssemblywoman)\s+"
    r"(?P<name>[A-Z][a-z]+(?:\s+[A-Z][\w-]+){0,2})"
    # "Reps. Lee Seong-kweun and Kim Byung-kee": two lawmakers relaying together
    r"(?:\s+and\s+(?P<name2>[A-Z][a-z]+(?:\s+[A-Z][\w-]+){0,2}))?"
    # "Lee Seong-kweun, a member of parliament's intelligence committee, …": the apposition
    # (session 17: "Lee Seong-kweun, member of the National Assembly intelligence committee", no article)
    r"|(?P<named>[A-Z][a-z]+(?:\s+[A-Z][\w-]+){1,2}),\s+(?:(?:a|an|the)\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:lawmaker|legislator|MP|member\s+of\s+(?:the\s+)?(?:parliament|National\s+Assembly)"
    # (round 39) "Lee Seong-kweun, the People Power Party secretary of the National Assembly
    # Intelligence Committee, …"
    r"|(?:[\w'’-]+\s+){0,2}?(?:secretary|chair(?:man|woman)?|member)\s+(?:of|on)\s+(?:the\s+)?"
    r"(?:National\s+Assembly(?:['’]s)?\s+)?(?:Intelligence|Defen[cs]e)\s+Committee)\b"
)


#: A person coming from a briefing to tell of it: "Lee Seong-kweun told reporters after a
#: closed-door briefing by the NIS", "Lee came out of the NIS briefing and said".
_BRIEFED_PERSON = re.compile(
    r"(?P<name>[A-Z][a-z]+(?:\s+[A-Z][\w-]+){0,2})\s+(?:told\s+(?:reporters|journalists|the\s+press)|said|came\s+out"
    # (round 39) "conveyed this to reporters after the closed-door report of the NIS"
    r"|(?:conveyed|relayed|passed\s+on)\s+(?:this|it|the\s+(?:figures?|estimates?))\s+to\s+(?:reporters|journalists))"
    r"\s+(?:after|from|following|of)\s+(?:a|the)\s+(?:closed-door\s+|private\s+|parliamentary\s+)?"
    r"(?:[A-Z]{2,5}(?:['’]s)?\s+)?(?:briefing|session|report)\b"
)
#: A named person doing something, then saying ("Lee Seong-kweun came out of the NIS briefing
#: and said"): the name opens the clause (after a time phrase) and the verb ends the run.
_AND_SAID = re.compile(
    r"\s*(?:(?:This|That|Earlier|Later)\s+(?:afternoon|morning|evening|day|week)\s+|On\s+[A-Z][a-z]+,?\s+)?"
    r"(?P<name>[A-Z][a-z]+(?:\s+[A-Z][\w-]+){1,2})\s+(?!said\b|says\b|told\b)[a-z][\w'’-]*\s+"
    r"(?:[\w'’-]+\s+){0,10}?and\s+(?:then\s+)?(?:[-–—]\s+)?$"
)
#: A clause opening on an occasion of speech, no speaker named: "And in an interview earlier this
#: month it was 3,800 …", "In his evening address the figure was …".
_OCCASION_ONLY = re.compile(
    r"\s*(?:(?:And|But|Then|Later|Earlier|So),?\s+)?(?:[Ii]n|[Bb]ack\s+in)\s+"
    r"(?:(?:an?|his|her|its|their|the\s+same)\s+(?:[\w-]+\s+)?(?:interview|address|speech|statement|post|briefing"
    r"|remarks)\b[^.;:]{0,40}?"
    # "And in April it was about 600": the last speaker's figure at an earlier time
    r"|(?:(?:early|mid|late)[-\s])?(?:January|February|March|April|May|June|July|August|September|October"
    r"|November|December)\s+)"
    r"\b(?:it|that|the\s+(?:figure|number|toll|count|estimate))\s+(?:was|had\s+been|stood\s+at)\b"
)
#: An aside between dashes or brackets listing what a total counts: " - counting killed, wounded,
#: missing and captured - ", " (including the missing and captured) ".
_CATEGORY = r"(?:the\s+)?(?:killed|dead|wounded|injured|missing|captured|prisoners|taken\s+prisoner)"
_CATEGORY_LIST = rf"{_CATEGORY}(?:\s*,\s*(?:(?:and|or)\s+)?{_CATEGORY}|\s+(?:and|or)\s+{_CATEGORY})+"
_COUNTING_ASIDE = re.compile(
    r"\s[-–—]\s+(?:counting|including|that\s+is)\b[^-–—.;]{1,100}\s[-–—]\s"
    r"|\s\((?:counting|including)\b[^()]{1,100}\)"
    # (round 27) a bare list of the kinds a total takes in, between dashes or brackets ("casualties
    # - killed, wounded, missing or captured - stood at"), or after a comma with its participle
    # ("casualties, counting killed, wounded, missing and captured, had reached")
    rf"|\s[-–—]\s+{_CATEGORY_LIST}\s+[-–—]\s"
    rf"|\s\({_CATEGORY_LIST}\)"
    rf"|,\s+(?:counting|including)\s+{_CATEGORY_LIST}\s*,"
)
#: "the total of killed, wounded, missing and captured was " right before a figure: a total
#: over the listed fates (round 35).
_TOTAL_OF_KINDS = re.compile(
    rf"\b(?:total|tally|sum|count|number)\s+of\s+(?P<kinds>{_CATEGORY_LIST})\s+(?:[A-Z][\w-]*\s+|[a-z]+\s+){{0,3}}?"
    r"(?:(?:was|is|were|are|stood|came|had\s+reached|reached|amounted)\s+)?(?:(?:at|to)\s+)?"
    r"(?:(?:about|around|roughly|some|nearly|almost|over|more\s+than|at\s+least|up\s+to)\s+)?$"
)
#: One lower-case word in quotes right before the noun a figure counts: 'its "irrecoverable"
#: losses', 'the "sanitary" losses' (round 35).
_SCARE_QUOTED_KIND = re.compile(
    r"[\"“](?P<w>[a-z][a-z-]{2,20})[\"”](?=\s+(?:losses|casualties|deaths|dead|toll)\b)"
)
#: An estimate's noun right before its figure: "X's estimate of about ", "a count of " (round 35).
_ESTIMATE_OF_FIG = re.compile(
    r"\b(?:estimate|figure|count|tally|assessment)\s+of\s+(?:(?:about|around|roughly|some|nearly|almost|over"
    r"|more\s+than|at\s+least|up\s+to|as\s+many\s+as)\s+)?$"
)
#: A verb (or a span's word) between a figure and a day: the day is the verb's, not the telling's.
_VERB_BETWEEN = re.compile(
    r"\b(?:were|was|had|have|has|is|are|been|killed|died|wounded|captured|taken|lost|sent|deployed|since"
    r"|between|from|until|through|during|in\s+(?:the\s+)?(?:fighting|battle|strike|attack|assault))\b"
)
#: A share of a whole set after a figure: ", nearly half of those initially deployed", ", over
#: half of the force initially deployed", ", about a third of the contingent".
_SHARE_ASIDE = re.compile(
    r"[\"”]?(?:\s*,|\s+[-–—])\s+(?:(?:nearly|almost|about|around|roughly|over|more\s+than|some|just\s+under)\s+)?"
    r"(?:half|a\s+third|a\s+quarter|two[-\s]thirds|three[-\s]quarters|\d{1,2}\s*(?:%|per\s*cent|percent))\s+of\s+"
    r"(?:those|the|its|their)\b"
)
#: "…, after a report from his commander-in-chief " before a name: whose report prompted the
#: statement, not who makes it.
_AFTER_REPORT = re.compile(
    r"\b(?:after|following)\s+(?:a|an|the|his|her|its)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:report|briefing|call|meeting|conversation)\s+(?:from|by|with)\b[^,:;]*$"
)
#: A news item as the subject of a verb of saying: "Babel's English copy", "the AFP story".
_MEDIA_COPY = re.compile(
    r"(?:^|\s)(?:[A-Z][\w-]*['’]s|[Tt]he|[Aa]n?|[Tt]heir|[Ii]ts)\s+(?:[\w-]+\s+){0,2}"
    r"(?:copy|story|article|headline|translation|version|write-up)\s+(?:also\s+|now\s+)?$"
)
#: "down to 140 km², from " before a figure: the value it fell from.
_FELL_FROM = re.compile(
    r"\b(?:down|fallen|dropped|shrunk|shrunken|up|risen|rose|fell|grown)\s+to\s+[^,;]{1,40},\s+from\s+$"
)
#: "… it was " before a bare figure.
_IT_WAS = re.compile(r"\b(?:it|that|the\s+(?:figure|number|toll|count|estimate))\s+(?:was|had\s+been)\s+$")
#: Nothing after a figure but the clause's end.
_BARE_END = re.compile(r"[\"”']?\s*(?:[.;)]|$)")
#: A second batch joined by "as well as" or "plus" (a quote may open before it).
_ALSO_BATCH = re.compile(r"[^;.]{0,80},?\s+[\"“]?(?:as\s+well\s+as|plus)\s+$")
_COMMA_AND = re.compile(r"[^;.]{0,80},\s+and\s+$")
_FORCE_NOUN_AFTER = re.compile(r"[\"”]?\s+(?:[\w-]+\s+)?(?:builders|sappers|engineers|troops|soldiers)\b")
#: A sentence opening a quote.
_OPENS_QUOTE = re.compile(r"\s*[\"“]")
#: An agency's own briefing right after its name: "the NIS briefing", "NIS's closed-door briefing".
_OWN_BRIEFING = re.compile(r"(?:['’]s)?\s+(?:closed-door\s+|private\s+)?briefing\b")
#: A loss noun, then "now" or "already" right before the figure, no verb: "casualties in Kursk now
#: over 3,000".
_LOSSES_NOW = re.compile(
    r"\b(?:casualties|losses|deaths|dead|killed\s+(?:and|or)\s+(?:wounded|injured)|toll)\b[^,;:.\d]{0,60}?"
    r"\b(?:now|already)\s*$"
)
#: A note's label opening a clause, then its count: "Wounded: around 4,100", "Total sent: about 15,000".
_COUNT_LABEL = re.compile(
    r"\W*(?P<w>(?i:killed|dead|deaths|wounded|injured|casualties|losses|captured|missing"
    r"|(?:total\s+)?(?:sent|deployed|dispatched)))\s*:\s*[\"“]?"
)
_LABEL_METRIC = {
    "killed": "killed",
    "dead": "killed",
    "deaths": "killed",
    "wounded": "wounded",
    "injured": "wounded",
    "casualties": "killed_or_wounded",
    "losses": "killed_or_wounded",
    "captured": "captured",
    "missing": "missing",
    "sent": "troops_deployed",
    "deployed": "troops_deployed",
    "dispatched": "troops_deployed",
}
#: A person's name among the media and analysts of the actors file ("Vladimir Romanov"), not a
#: project's or a company's ("Global Defense Corp", "DeepState").
_BLOGGER_NAME = re.compile(
    r"(?!.*\b(?:Corp|Group|Institute|Center|Centre|Project|Map|News|Agency|Times|Post|Media|Network|Lab|Watch"
    r"|Service|Journal|Daily|Monitor|Analytics|Research)\b)[A-Z][a-z'’-]+\s+[A-Z][a-z'’-]+"
)
#: A source given after the content, in brackets or after a dash, at the sentence's end:
#: "(Zelensky, 7 November)", "(source: NIS)", "— NIS, 13 January."
_TAIL_SOURCE = re.compile(
    r"[(\[]\s*(?:[Ss]ources?:\s*|[Aa]ccording\s+to\s+|[Pp]er\s+|[Vv]ia\s+)?(?P<who>[^()\[\],;:]{2,60}?)"
    r"(?:,\s*[^()\[\]]{2,40})?\s*[)\]]\s*[.;]?[\"”']?\s*$"
    # (a wire's or a ticker's typed dash too: "… in Kursk -- SSO on Telegram.")
    r"|\s(?:[—–]|--)\s+(?:[Ss]ources?:\s*)?(?P<who2>[^—–,;:-]{2,60}?)(?:,\s*[^—–]{2,40}?)?\s*[.;]?\s*$"
)
#: An alert's or a ticker's "Speaker -- content" (after a "BREAKING:" tag): "Zelensky -- over 3,000 …".
_DASH_SPEAKER = re.compile(
    r"\W*(?:(?:BREAKING|URGENT|FLASH|JUST\s+IN|UPDATE|ALERT|DEVELOPING)\s*:\s*)?"
    r"(?P<who>[A-Z][^:;.,—–\-\"“]{1,50}?)\s(?:--|[—–])\s+[\"“]?(?:[A-Za-z]+\s+){0,2}\d"
)
#: Verbs of giving out a figure, in a relative clause after it ("the 600 the NIS gave lawmakers").
_GAVE = r"(?:gave|given|put\s+out|released|published|offered|cited|presented|provided|announced|reported)\b"
#: A bulleted paragraph: "- around 2,000 …", "• 1,000 engineers …".
_BULLET = re.compile(r"\s*[-*•–]\s+\S")
#: What a source's words come in: "briefing", "statement", "post" (see `Reader._list_intro_source`).
_SOURCE_DOC = (
    r"(?:briefing|statement|post|update|report|assessment|figures|estimates|numbers|data|readout|bulletin"
    r"|address|announcement|release|communiqu[ée]|summary)\b"
)


#: A paragraph that is one quotation and nothing else: '"Since 6 August … 36,200 sanitary losses."'.
_WHOLE_QUOTE = re.compile(
    # (or a forum's or a mail's quoted block: "> North Korean forces have likely suffered …")
    r"\s*[\"“][^\"“”]{10,}[\"”]\s*|\s*[\"“][^\"“”]{10,}[.!?][\"”]?\s*|\s*>\s+[^\"“”]{10,}"
)
#: A paragraph ending on its speaker's verb and a colon ("In the evening statement, posted on
#: Facebook, the General Staff said:"), not a label or a box's heading.
_SAYS_INTRO = re.compile(
    r"\b(?:said|says|stated|wrote|added|declared|announced|reported|posted|told\s+[\w ]{2,40}?)\s*:\s*$"
    # ("UK Defence Intelligence just posted their update on X:": the post named after the verb)
    r"|\b(?:posted|published|issued|put\s+out)\s+(?:its|their|his|her|the|a)\s+(?:\w+\s+)?"
    r"(?:update|statement|post|assessment|bulletin|summary)(?:\s+on\s+[\w ]{1,20})?\s*:\s*$"
)
#: The rest of a newspaper's name after a place's: "(Washington) Post", "(Korea) Times", "(Kyiv)
#: Independent", "(Korea) Herald".
_PAPER_AFTER_PLACE = re.compile(
    r"\s+(?:Post|Times|Herald|Independent|Journal|Examiner|Telegraph|Tribune|Gazette|Daily|Courier)\b"
)
#: A body's own paper, and perhaps its date, right before a colon: "(the HUR)['s] post on Dec 16",
#: "(the NIS) briefing in January", "(Kyiv)'s latest update".
_PAPER_BEFORE_COLON = re.compile(
    r"(?:['’]s)?\s+(?:(?:latest|last|new|own|first|daily|evening|morning|weekly|Telegram)\s+)?"
    r"(?:post|briefing|statement|update|report|bulletin|readout|summary|assessment)"
    r"(?:\s+(?:on|of|in|from)\s+[\w ,-]{1,30}?|\s+(?:that|the\s+same|this|last)\s+(?:day|week|morning|evening))?"
    # (round 54) a chat's "NIS statement to AFP this morning: …": whom it was given to, and when
    r"(?:\s+to\s+(?:the\s+)?[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?)?"
    r"(?:\s+(?:this\s+(?:morning|afternoon|evening)|today|yesterday|tonight|just\s+now|last\s+night))?"
)
#: A person's occasion, then a relative clause in which "he" or "she" gives the figure: "(Zelenskyy)
#: gave an interview in which he put the number at".
_IN_WHICH_HE = re.compile(
    r"\s+(?:gave|held|granted|made|delivered|posted|published|recorded)\s+(?:an?|his|her)\s+[\w -]{2,40}?"
    r"\s+(?:in|during)\s+which\s+(?:he|she)\s+(?:\w+\s+)?(?P<v>said|put|gave|estimated|claimed|wrote|stated|cited)\b"
)
#: An opening that dates the news by someone else's earlier word: "Two days after KCNA's statement,",
#: "A week after the Pentagon's briefing,".
_AFTER_ITS_PAPER = re.compile(
    r"\W*(?:(?:\w+|a|an)\s+)?(?:days?|hours?|weeks?|months?)\s+(?:after|before)\s+[^,;:\"“]{2,60}?['’]s\s+"
    r"(?:\w+\s+)?(?:statement|announcement|report|post|claim|briefing|address|remarks)\s*,"
)
#: A body's short name in brackets right after its full one: " (NIS)", " (HUR)".
_ACRONYM_AFTER = re.compile(r"\s*\((?P<a>[A-Z][A-Za-z]{1,7})\)")
#: A chain of citations after "according to": "according to (Yonhap, which cited RBC-Ukraine, which in
#: turn cited )the defense website …" (the bracketed part is `mid`).
_CITED_CHAIN = re.compile(
    r"\baccording\s+to\s+(?P<mid>[^,;]{2,60}?(?:,\s+which\s+(?:in\s+turn\s+|itself\s+|also\s+)?"
    r"(?:cited|quoted|relied\s+on|drew\s+on)\s+[^,;]{2,60}?)*,\s+which\s+(?:in\s+turn\s+|itself\s+|also\s+)?"
    r"(?:cited|quoted|relied\s+on|drew\s+on)\s+)"
)
#: A bare count's fate with no people named: "(more than 4,000) had been lost", "have been killed".
_LOST_BARE = re.compile(r"\s+(?:had|have|has)\s+(?:now\s+|already\s+)?been\s+(?:lost|killed|wounded)\b")
#: Listeners who relay a briefing, named before its briefer: "lawmakers briefed by (the NIS)".
_BRIEFED_BY = re.compile(
    r"\b(?:[Ll]awmakers?|[Ll]egislators?|MPs|[Mm]embers(?:\s+of\s+parliament)?|[Rr]eporters|[Jj]ournalists"
    r"|[Dd]iplomats|[Ss]enators)\s+(?:who\s+(?:were|had\s+been)\s+)?briefed\s+(?:\w+\s+)?by\s+(?:the\s+)?$"
)
#: The listeners' verb after the briefer: "(… briefed by the NIS) said", "(…) told reporters".
_BRIEFED_SAID = re.compile(r"[^;:\"“]{0,60}?\b(?P<v>said|say|says|told|reported|were\s+told)\b")
#: A sentence that ends a body's quotation: '…," the statement said.', '…," it said.'
_QUOTE_THEN_IT = re.compile(
    r"[,.!?][\"”]\s+(?:the\s+(?:statement|ministry|agency|service|staff|command|bulletin|post|report)|it)\s+"
    r"(?:said|added|stated|read|noted|continued|wrote)\b[^\"“”]{0,60}$"
)
#: One of a group already counted: "One of the two", "each of the three", "neither of the two".
_ONE_OF_THE = re.compile(r"\b(?:[Oo]ne|[Ee]ach|[Nn]either|[Ee]ither|[Bb]oth)\s+of\s+(?:the|these|those)\s+$")
#: The size of a country's whole army before its figure: "a standing army of some 1.2 million",
#: "armed forces numbering about 1.3 million", "an army estimated at 1.2 million".
_ARMY_SIZE = re.compile(
    r"\b(?:standing|active|regular|conscript)\s+(?:army|armed\s+forces|military|force)\s+"
    r"(?:(?:of|numbering|estimated\s+at|put\s+at)\s+)?(?:(?:some|about|around|roughly|nearly|over|more\s+than)\s+)?$"
)
#: A list's introduction ending on its speaker's verb: "the NIS told the committee today:".
#: (round 41) A body's name as a translation spells it, then the acronym the actors file knows:
#: "the Main directorate of intelligence of Ministry of Defense of Ukraine (HUR)", "the National
#: service of intelligence (NIS)". The words before the brackets (a body's words only).
_NAME_BEFORE_ACRONYM = re.compile(
    r"(?:^|(?<=[\s(\"“]))(?P<run>[A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|of|the|for|and|on|intelligence|service|services"
    r"|staff|ministry|defen[cs]e|armed|forces|general|security|council|chiefs|joint|national|main|directorate"
    r"|department|agency|office|committee|headquarters|command|assembly|affairs|foreign|military)){1,12})\s*\($"
)
_BODY_WORD = re.compile(
    r"(?i)\b(?:directorate|service|ministry|staff|agency|committee|command|council|headquarters|department"
    r"|office|intelligence|forces)\b"
)
_ACRONYM_BODY_KINDS: tuple[str, ...] = ("intelligence", "state_body", "military_unit")


def _named_by_acronym(text: str, found: list[Mention]) -> list[Mention]:
    """A body's name spelled its own way before the acronym in brackets is that acronym's body:
    the mention grows to cover the name, and mentions inside it (a "Ministry of Defense of
    Ukraine" in HUR's long name) go. A person before the brackets ("Kyrylo Budanov (HUR)") is
    no body's name and is left alone."""
    out = list(found)
    for m in found:
        if m.actor.kind not in _ACRONYM_BODY_KINDS or not (
            m.start and text[m.start - 1] == "(" and text[m.end : m.end + 1] == ")"
        ):
            continue
        run = _NAME_BEFORE_ACRONYM.search(text[: m.start])
        if run is None or not _BODY_WORD.search(run.group("run")):
            continue
        start = run.start("run")
        inside = [o for o in out if o is not m and start <= o.start < m.start]
        if any(o.actor.kind not in ("state", *_ACRONYM_BODY_KINDS) or o.actor == m.actor for o in inside):
            continue  # a person or an outlet in the run, or the body's own known name: left as read
        grown = Mention(m.actor, start, m.end + 1, text[start : m.end + 1])
        out = [o for o in out if o is not m and o not in inside] + [grown]
    return sorted(out, key=lambda x: (x.start, x.end))


#: (round 41) A summary paragraph's opening span: "During the past day, …", "Over the past 24 hours".
_PAST_DAY_LEAD = re.compile(
    r"\s*(?:During|Over|In)\s+the\s+(?:past|last)\s+(?:day|24\s+hours|twenty-four\s+hours)\b"
)
#: (round 41) An introduction that only names who is quoted below, ending in a colon (its
#: post counter and item number before the name).
_NAMED_INTRO = re.compile(
    r"(?=.*:\s*$)(?:\d{1,2}/\d{1,2}\s+)?(?:\(\d{1,2}\)\s+|\d{1,2}[.)]\s+)?(?:[Tt]he\s+)?", re.DOTALL
)
#: (round 41) A count told by whose it is, named by description: "the agency's count had stood at".
_WHOSE_COUNT = re.compile(
    r"\b(?P<np>the\s+(?:spy\s+)?(?:agency|service|ministry|staff|intelligence))['’]s\s+(?:[\w-]+\s+){0,2}?"
    r"(?:figure|estimate|count|tally|toll)\s+(?:(?:now|then|still)\s+)?(?:was|is|had\s+been|has\s+been"
    r"|(?:had\s+|has\s+)?stood\s+at|stands\s+at|reached|had\s+reached|has\s+reached)\b"
)
#: (round 41) Whose briefing a relayed figure comes from: "after a closed briefing of (by) the NIS".
#: (not the briefed: "a closed-door briefing of the National Assembly's intelligence committee by …")
_NOT_THE_BRIEFED = r"(?!National\s+Assembly|[^,.;]{0,40}\bcommittee\b|[Pp]arliament|[Ll]awmakers)"
_BRIEFING_OF = re.compile(rf"\bbriefing\s+(?:by\s+(?:the\s+)?|of\s+(?:the\s+)?{_NOT_THE_BRIEFED})(?=[A-Z])")
#: (round 41) A release's "… the National Intelligence Service (NIS) reported as follows." before its
#: items: the sentence read as a list's introduction ("… reported:").
_AS_FOLLOWS = re.compile(r"(?:^|(?<=[.!?]\s))(?P<s>[^.!?]*?)\s+(?:as\s+follows|the\s+following)\s*[.:]")


def _as_follows_intro(para: str) -> str:
    """The sentence of `para` that says the items below follow, ending in a colon; else ""."""
    m = _AS_FOLLOWS.search(para)
    return f"{m.group('s')}:" if m else ""


_LIST_SAYS = re.compile(
    r"\s+(?:(?:has|had|also)\s+)?(?:told|said|says|reported|briefed|announced|stated|listed|gave)\b"
    r"[^.;:\"“]{0,60}:\s*$"
)


#: An intelligence update named as the occasion of a figure ("in its intelligence update on X").
INTELLIGENCE_UPDATE = re.compile(
    # ("said in an update on X": the ministry's regular intelligence update, by where it is posted)
    # ((round 40) a translation's "in its intelligence review", "intelligence summary")
    r"\bintelligence\s+(?:update|review|summary|bulletin)|\b(?:update|assessment)\s+(?:posted\s+|published\s+)?on\s+(?:X|Twitter)\b",
    re.IGNORECASE,
)
#: A figure given in a body's update or assessment, or posted on X, in its own sentence.
_UPDATE_HERE = re.compile(
    r"\b(?:in\s+(?:an?|its|the)\s+(?:\w+\s+)?(?:update|assessment)|(?:posted\s+)?on\s+X)\b"
)
#: A defence ministry named without its country ("The Ministry of Defence said").
_BARE_DEFENCE_MINISTRY = re.compile(r"(?i)(?:the\s+)?(?:ministry\s+of\s+defen[cs]e|defen[cs]e\s+ministry)")
_BRITISH = re.compile(r"\b(?:British|Britain|UK|U\.K\.|United\s+Kingdom)\b")
#: Another country's defence ministry named in the report ("Russia's Defence Ministry").
_OTHER_DEFENCE_MINISTRY = re.compile(
    r"\b(?:Russia|Ukraine|Korea|Russian|Ukrainian|Korean|Moscow|Kyiv)(?:['’]s)?\s+(?:Ministry\s+of\s+Defen[cs]e"
    r"|Defen[cs]e\s+Ministry)|\bMinistry\s+of\s+Defen[cs]e\s+of\s+(?:Russia|Ukraine|the\s+Russian)"
)


#: Background, not the day's news: a perfect or past perfect ("has said", "had estimated"), an
#: earlier occasion ("earlier", "last year", "in 2024", "ago"), a belief in the passive.
_BACKGROUND = re.compile(
    r"\b(?:has|have|had|'ve|'d)\s+(?:\w+\s+){0,2}?(?:said|told|estimated|put|reported|claimed|stated"
    r"|assessed|given|spoken|announced|confirmed|suggested|shown)\b"
    # ("earlier in the day", "earlier today": the report's own day, not an earlier occasion)
    r"|\b(?:earlier|previously|formerly|ago)\b(?!\s+(?:in\s+the\s+day|today|this\s+(?:morning|afternoon|evening))\b)"
    # a day the text set earlier: "the same day", "that evening", "at the time"
    r"|\b(?:the\s+same|that)\s+(?:day|evening|morning|night|week|month)\b|\bat\s+the\s+time\b"
    r"|\b(?:last|previous|past|this)\s+(?:week|month|year|autumn|fall|spring|summer|winter)\b"
    # ("since 6 August 2024", "since February 2022": where a running total starts, not when it was said)
    rf"|\b(?:in|by|until|of)\s+(?:late\s+|early\s+|mid-?)?(?:{MONTH_WORD}\s+)?(?:19|20)\d{{2}}\b"
    r"|\b(?:are|is|were|was)\s+(?:\w+\s+)?(?:believed|thought|estimated|reported)\s+to\b",
    re.IGNORECASE,
)
#: A statement verb in the simple past ("said", "told", "put … at"), or "say(s)": other verbs in
#: the present ("DeepState puts the area at …") date a later paragraph only with "now".
_NEWS_VERB = re.compile(
    r"\b(?:said|says|say|told|reported|announced|wrote|posted|stated|added|put|confirmed|gave|declared)\b",
    re.IGNORECASE,
)
#: Any verb of speech, to count the statements a sentence joins.
_SPEECH_VERB = re.compile(
    r"\b(?:said|says|told|put|puts|estimated|estimates|reported|announced|claimed|wrote|stated|added"
    r"|confirmed|gave)\b",
    re.IGNORECASE,
)
#: "according to" the source, and a state of things in the present perfect ("North Korea has
#: sent more than 10,000 soldiers, according to …"): background the report recalls.
_ACCORDING_TO = re.compile(r"\baccording\s+to\b", re.IGNORECASE)
_PERFECT_STATE = re.compile(r"\b(?:has|have)\s+(?!been\b)(?:\w+ly\s+)?\w+(?:ed|en|t)\b", re.IGNORECASE)


def _told_as_news(quote: str, ref: date) -> bool:
    """A claim's sentence tells a statement as news: a statement verb in the simple past or
    present (or "according to" over a present state), no background form, no calendar day of
    its own (one the other rules did not take as the statement's: "the raid, which he dated to
    Dec. 6"), no month before the verb, and no weekday when two statements share the sentence."""
    if _BACKGROUND.search(quote) is not None:
        return False
    if _NEWS_VERB.search(quote) is None and (
        _ACCORDING_TO.search(quote) is None or _PERFECT_STATE.search(quote) is not None
    ):
        return False
    verb = _NEWS_VERB.search(quote) or _ACCORDING_TO.search(quote)
    # "X put the losses at … on Saturday, while Y estimated them at …": whose day it is is unsure
    two_speakers = len(_SPEECH_VERB.findall(quote)) >= 2
    return not any(
        (d.precision == "day" and (d.kind == "day" or (d.is_weekday and two_speakers)))
        or (d.precision in ("month", "year") and verb is not None and d.start < verb.start())
        for d in find_dates(quote, ref)
        if not _SINCE_START.search(quote[: d.start])  # "since 6 August 2024": a total's start
    )


#: What comes before the day a running total starts on: "since", "since the start of the
#: operation on", "since the incursion began in".
_SINCE_START = re.compile(
    r"\bsince\s+(?:(?:the\s+)?(?:start|beginning|launch)\s+of\s+(?:[\w'’-]+\s+){1,4}?(?:(?:on|in)\s+)?)?$",
    re.IGNORECASE,
)


#: A statement's month after its verb: "had put the dead at about 600 in April", "the figure the
#: agency gave lawmakers in late April", "spoke in June of more than 6,000 casualties".
_SAID_IN_MONTH = re.compile(
    r"\b(?:had\s+)?(?:put|gave|given|spoke|spoken|said|told|estimated)\b[^.;:]{0,120}?"
    rf"\bin\s+(?:late\s+|early\s+|mid-?)?(?P<mon>{MONTH_WORD})\b(?![\s,]+\d)"
)


#: A month, then the statement made in it: "raised its figure from April, when it put the dead at
#: about 600" (the month the 600 was given in, not the month they died in).
_MONTH_WHEN_SAID = re.compile(
    # ("from January, when the National Intelligence Service (NIS) said …": a name of several words)
    rf"\b(?:from|since|in)\s+(?P<mon>{MONTH_WORD}),\s+when\s+(?:it|he|she|they|the\s+\w+"
    r"(?:\s+(?:[A-Z][\w'’-]+|of|for|and)){0,6}(?:\s+\([A-Z]{2,6}\))?)\s+(?:had\s+)?"
    r"(?:put|gave|said|estimated|reported|told)\b"
)


#: A statement verb right before a month ("said last month", "told lawmakers last month").
_VERB_BEFORE_MONTH = re.compile(
    r"\b(?:said|told(?:\s+\w+)?|announced|estimated|reported|wrote|stated)\s+$", re.IGNORECASE
)


def _month_said_in(quote: str, ref: date) -> DateMention | None:
    """The month a statement was made in, when the sentence names no other date: a month after
    the statement's verb ("Seoul's spies had put the dead at about 600 in April"), "earlier this
    month" anywhere, or "last month" right after the verb ("the NIS said last month")."""
    dates = find_dates(quote, ref)
    if (
        len(dates) == 1
        and dates[0].kind in ("this_month", "last_month")
        and (
            dates[0].text.lower().startswith("earlier")
            or _VERB_BEFORE_MONTH.search(quote[: dates[0].start]) is not None
        )
    ):
        return dates[0]
    m = _SAID_IN_MONTH.search(quote) or _MONTH_WHEN_SAID.search(quote)
    if m is None:
        return None
    lo = quote.rfind(";", 0, m.start()) + 1  # the clause: "…spoke in June of …; Seoul's spies put …"
    hi = quote.find(";", m.end())
    clause = quote[lo : hi if hi >= 0 else len(quote)]
    dates = find_dates(clause, ref)
    at = m.start("mon") - lo
    if len(dates) != 1 or dates[0].kind != "month" or not dates[0].start <= at < dates[0].end:
        return None
    return dates[0]


def own_date_carry_blocked(clause: str) -> bool:
    """Background ("has said", "had said", "earlier") is not what an entry reports that day."""
    return (
        rx.search(
            r"\b(?:has|have|had)\s+(?:\w+\s+)?(?:said|claimed|estimated|reported)\b"
            r"|\bearlier\b|\bpreviously\b",
            clause,
        )
        is not None
    )


#: A sentence's closing attribution: "…, the General Staff said.", "…, Kyiv's military said on Friday."
_TRAILING_ATTRIBUTION = re.compile(
    r",\s+(?P<att>(?:the\s+|an?\s+)?(?:[A-Z][\w'’.-]*\s+|[a-z][\w'’-]*\s+){0,5}?(?:[A-Z][\w'’.-]*|[a-z]+)\s+"
    r"(?:said|says|reported|announced|stated|wrote|claimed)(?:\s+(?:on\s+)?[A-Z]\w+day)?)\s*[.!]?\s*$"
)


def _lend_trailing_attribution(clauses: list[str]) -> list[str]:
    """ "Russia's irrecoverable losses stood at 25,200, while a further 36,200 … were wounded, the
    General Staff said": the attribution closing the sentence also speaks for a clause split off
    before it that names no speaker and no speech of its own."""
    if len(clauses) < 2:
        return clauses
    tail = _TRAILING_ATTRIBUTION.search(clauses[-1])
    if tail is None or tail.start() == 0:
        return clauses
    out = []
    for c in clauses[:-1]:
        if (
            find_figures(c)
            and _SPEECH_VERB.search(c) is None
            and _ACCORDING_TO.search(c) is None
            and not rx.search(r"[\"“”]", c)
        ):
            c = c.rstrip(" ,.") + ", " + tail.group("att") + "."
        out.append(c)
    return [*out, clauses[-1]]


def _is_batch(clause: str, fig: Figure, metric: str) -> bool:
    """Whether a deployment or capture figure counts one batch, not a standing total: "will
    send 1,000 sappers", "3,500 more are training", "a second batch of 1,500", "1,000 engineers
    have arrived", "captured two soldiers" (a handful taken at once, no running-total words)."""
    before = clause[max(0, fig.start - 70) : fig.start]
    after = clause[fig.end : fig.end + 180]
    if metric == "troops_deployed":
        # a plan to send specialists is one batch; "decided to send 12,000 troops" is the force
        specialists = rx.match(
            r"\s+(?:[\w-]+\s+){0,2}?(?:sappers|builders|engineers|workers|specialists|deminers|labou?rers"
            r"|instructors|reinforcements)\b",
            after,
        )
        return bool(
            (
                specialists
                and rx.search(r"\b(?:will|would|to)\s+(?:send|dispatch|deploy)\b[^;]{0,60}$", before)
            )
            or (
                specialists
                and rx.match(
                    r"[^;.]{0,160}?\b(?:agreed|decided|pledged|promised|planned|plans)\s+to\s+send\b", after
                )
            )
            or (  # "5,000 military builders would go as well": more of a plan already announced
                specialists
                and rx.match(
                    r"\s+(?:[\w-]+\s+){0,2}?\w+\s+(?:would|will)\s+(?:also\s+)?(?:go|follow|be\s+sent)\b",
                    after,
                )
            )
            or rx.match(r"\s+(?:[\w-]+\s+)?(?:additional|more|fresh)\b", after)
            or rx.search(
                r"\b(?:second|third|fourth|new|fresh)\s+(?:batch|wave|contingent|rotation)\s+of\s+(?:\w+\s+)?$",
                before,
            )
            or rx.match(
                r"[^;.]{0,40}?\bpart\s+of\s+(?:a|the)\s+(?:second|third|fourth|new)\s+(?:batch|wave|deployment)",
                after,
            )
            or rx.match(r"\s+(?:[\w-]+\s+){0,4}(?:have|has|had)\s+(?:already\s+|now\s+)?arrived\b", after)
        )
    if metric == "captured":
        return (
            fig.qualifier == "exact"
            and fig.low is not None
            and fig.low < 100
            and not rx.search(
                r"(?i)\b(?:in\s+all|overall|altogether|since|total|so\s+far|to\s+date)\b", clause
            )
        )
    return False


#: "of [some] 12,000", "out of the roughly 11 thousand": a figure named as the whole a part is
#: taken from (the opening quote of a quoted figure allowed).
_OF_WHOLE = re.compile(r"\b(?:out\s+)?of\s+(?:the\s+|an?\s+)?(?:estimated\s+)?[\"“]?$")
#: ... unless the words before "of" make it a count of something else ("the deaths of 300",
#: "a total of 11,000", "half of 6,000").
_OF_NOT_WHOLE = re.compile(
    r"\b(?:deaths?|loss(?:es)?|casualties|capture|killing|wounding|toll|number|total|tally|count|figure"
    r"|estimate|share|most|half|third|quarter|percent|cent|some|any|none|all|each|one|two|many|few"
    r"|which|whom|them|those|these)\s+(?:out\s+)?of\s+(?:the\s+|an?\s+)?(?:estimated\s+)?[\"“]?$"
)
#: The whole is a force sent: "12,000 (North Korean) (troops) sent/deployed/dispatched".
_WHOLE_SENT = re.compile(
    r"[\"”]?\s+(?:(?:North\s+|South\s+)?Koreans?\s+|Russians?\s+|Ukrainians?\s+|DPRK\s+)?"
    r"(?:(?:troops|soldiers|servicemen|men|personnel|fighters)\s+)?(?:(?:who|that)\s+(?:were|had\s+been)\s+)?"
    r"(?:sent|deployed|dispatched|committed|transferred)\b"
)
#: What became of the part: "had been lost", "had become casualties", "were killed or wounded".
_PART_FATE = re.compile(
    # (a note leaves the auxiliary out: "of around 12,000 deployed, more than 4,000 lost")
    r"(?:(?:had|have|has|were|was)\s+(?:already\s+|now\s+)?(?:been\s+)?|(?=lost\b))(?P<w>lost|become\s+casualties"
    r"|killed\s+or\s+wounded|killed\s+and\s+wounded|killed|wounded|injured|captured)\b"
)
#: The part of a force moved on somewhere: "8,000 of some 10,000 … have been deployed to Kursk".
_PART_MOVED = re.compile(
    r"\b(?:have|has|had|were|was)\s+(?:already\s+|now\s+)?(?:been\s+)?(?:deployed|sent|moved|dispatched|transferred)"
    r"\s+(?:to|into)\b"
)
#: The fate right after the whole, its verb left out: '"around 4,000" of the some 11,000 killed
#: or injured'.
_BARE_FATE = re.compile(
    r"[\"”]?\s+(?P<w>killed\s+or\s+(?:wounded|injured)|killed\s+and\s+(?:wounded|injured))\b"
)
_FATE_METRIC = {"killed": "killed", "wounded": "wounded", "injured": "wounded", "captured": "captured"}


#: A figure with its noun left out, placed or moved somewhere: "as many as 8,000 are in the
#: Kursk region", "up to 4,000 had been moved to Kursk", "10,000 have made their way to Kursk".
_PLACED = re.compile(
    r"[\"”]?\s+(?:(?:are|were|is|was)\s+(?:now\s+|currently\s+|already\s+|still\s+|reportedly\s+){0,2}"
    r"(?:in|inside|stationed\s+in|based\s+in|deployed\s+(?:in|to|into)|fighting\s+in"
    r"|(?:sent|dispatched|moved|transferred)\s+(?:to|into))"
    r"|(?:have|has|had)\s+(?:now\s+|already\s+|since\s+|reportedly\s+){0,2}(?:been\s+)?"
    r"(?:moved|transferred|redeployed|relocated|sent|dispatched|deployed)\s+(?:to|into|closer\s+to)"
    r"|(?:have|has|had)\s+(?:now\s+|already\s+|since\s+){0,2}made\s+(?:their|its)\s+way\s+(?:to|into)"
    # "…' total: 10,000 to 12,000 sent to Russia": a note's bare participle
    r"|(?:sent|dispatched|deployed)\s+(?:to|into)"
    # '"including about 10,000" now in the Kursk region': the verb left out
    r"|(?:now|currently|still)\s+(?:in|inside|deployed\s+in|stationed\s+in))"
    r"\s+(?:the\s+)?(?:[A-Z][\w-]+|front(?:\s+lines?|line)?\b|(?:border\s+)?region\b|oblast\b)"
)
#: "the total in Russia stood at 11,000 to 12,000", "the contingent inside Russia numbered": the
#: size of a force somewhere, its noun left out.
_FORCE_THERE = re.compile(
    r"\b(?:total|contingent|force|deployment|presence|number)\s+(?:\w+\s+)?(?:in|inside)\s+(?:the\s+)?[A-Z][\w-]+"
    r"(?:\s+[A-Z][\w-]+)?(?:\s+(?:region|[Oo]blast))?\s+(?:(?:now|then)\s+)?(?:stood\s+at|stands\s+at|was|is"
    r"|numbered|numbers|came\s+to|had\s+reached|reached)"
    # ((round 50) "the total in Russia was now 11,000 to 12,000": the adverb after the verb too)
    r"(?:\s+(?:now|already|still))?\s*$"
)


#: (QA 12) After a total's figure, what it counts: "…, counting killed and wounded".
_LOSSES_COUNTED = re.compile(
    r"[\"”]?\s*,\s+(?:counting|counted\s+as|all|mostly)\b[^.;]{0,30}?"
    r"\b(?P<what>killed\s+(?:and|or)\s+wounded|dead\s+(?:and|or)\s+wounded|killed|dead|wounded|injured|casualties|losses)\b"
)


def _placed_force(clause: str, fig: Figure) -> bool:
    """A force's size with the noun left out (see `_PLACED`); small numbers are people named
    before ("the two are in Kyiv"), not a force."""
    there = rx.search(
        r"\bthere\s+(?:are|were|is|was)\s+(?:now\s+|already\s+)?$", clause[: fig.start]
    ) and rx.match(
        r"\s+(?:in|inside)\s+(?:the\s+)?[A-Z]", clause[fig.end :]
    )  # "there were 11,000-12,000 in Russia": a force present
    return (
        (fig.low or fig.high or 0) >= 50
        and not fig.share
        and (
            _PLACED.match(clause, fig.end) is not None
            or bool(there)
            or (
                bool(_FORCE_THERE.search(clause[: fig.start]))
                # ((QA 12) "the total in Kursk was already 4,000, counting killed and wounded": a
                # total of losses, not of the force)
                and not _LOSSES_COUNTED.match(clause, fig.end)
            )
        )
        and not rx.search(r"\b(?:aged|ages?)\s+$|\b(?:in|since|by|from)\s+$", clause[: fig.start])
    )


#: The words describing a source before its name, after "according to": "the Ukrainian
#: analytical project", "Ukrainian open-source monitoring project", "analysts of the".
_SOURCE_DESCRIBED = re.compile(
    r"(?:(?:the|a|an)\s+)?(?:[\w'’-]+\s+){0,4}?(?:project|group|monitor|website|site|think[\s-]tank"
    r"|institute|channel|blogger|outlet|map|analysts?\s+(?:of|at|from)\s+(?:the\s+)?)\s*"
)


#: The present state of things, said as such: "are now inside Russia", "are in Russia",
#: "now control about 140 sq km", "currently number" (not "are believed to be").
#: (round 68) The span of the figure just before, named again: "over the same two days", "in the
#: same period".
_SAME_SPAN = re.compile(
    r"(?i)\b(?:over|in|during|on|across)\s+the\s+same\s+(?:(?:two|three|four|five|six|seven|\d)\s+days"
    r"|period|days|weekend|week|span)\b"
)
#: (round 68) Losses just counted, placed: "the losses were inflicted … near the villages of …".
_LOSSES_PLACED = re.compile(
    r"\b[Tt]he\s+(?:losses|casualties)\s+(?:were|had\s+been)\s+(?:inflicted|suffered|sustained|incurred)\b"
)
#: (round 68) A happening told of the people a figure counts: "30 soldiers were killed or wounded".
_HAPPENED = re.compile(
    r"\b(?:were|was|had\s+been|have\s+been|has\s+been)\s+(?:\w+\s+)?(?:killed|wounded|injured|captured"
    r"|eliminated|taken\s+prisoner)\b|\b(?:died|perished)\b"
)

_PRESENT_STATE = re.compile(
    r"\b(?:are|is)\s+(?:now\s+|currently\s+|still\s+)?(?:in|inside|deployed\s+in|stationed\s+in|fighting\s+in)\s+"
    r"(?:the\s+)?[A-Z]"
    r"|\b(?:now|currently|still)\s+(?:control|controls|hold|holds|number|numbers|occupy|occupies)\b"
    # "DeepState's map now shows 140 km²", "the area ... has shrunk to 140 square kilometres"
    r"|\b(?:now|currently)\s+(?:shows?|puts?)\b|\b(?:has|have)\s+(?:now\s+)?(?:shrunk|shrunken|fallen|dropped)\s+to\b"
)


#: The object of "put ... at" naming a force sent: "the total sent", "the number deployed".
_FORCE_SENT = re.compile(
    r"\b(?:total|number|force|contingent|troops?|soldiers)\s+(?:(?:it|they|he|she)\s+(?:had\s+|has\s+)?)?"
    r"(?:sent|deployed|dispatched)\b"
)


#: A person's name: two or three capitalised words ("Matthew Miller", "Antony Blinken").
_NAMED_PERSON = re.compile(r"[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+){1,2}")


#: Things a report counts that "of them" can point back to (not units of time or measure).
_THINGS = (
    r"drones|tanks|missiles|shells|rockets|launchers|guns|mortars|vehicles|aircraft|helicopters|planes"
    r"|boats|ships|systems|cars|trucks|pickups|radars|depots|villages|settlements|positions|weapons"
)


@lru_cache(maxsize=512)
def _part_whole_of(clause: str) -> dict[int, tuple[str, str]]:
    """`_part_whole` over every figure of the clause (cached: asked once per figure)."""
    return _part_whole(clause, find_figures(clause))


def _part_whole(clause: str, figs: list[Figure]) -> dict[int, tuple[str, str]]:
    """Figures read as a part taken from a force sent, by start offset: {start: (role, metric)}.

    "of around 12,000 soldiers sent there, more than 4,000 had been lost", "3,000 of about
    8,000 deployed had been killed", "casualties at 4,000 out of some 11,000 sent": the whole
    is the force deployed, the part takes its metric from what became of it (empty when the
    words do not say, so the figure's own words decide)."""
    out: dict[int, tuple[str, str]] = {}
    for j, whole in enumerate(figs):
        before = clause[: whole.start]
        if not _OF_WHOLE.search(before) or _OF_NOT_WHOLE.search(before):
            continue
        after = clause[whole.end :]
        sent = _WHOLE_SENT.match(after)
        part: Figure | None = None
        fate_text = ""
        if j and rx.fullmatch(
            r"[\"”]?\s+(?:out\s+)?of\s+(?:the\s+|an?\s+)?(?:estimated\s+)?[\"“]?",
            clause[figs[j - 1].end : whole.start],
        ):
            if (
                sent is None
                and not _has_people_noun(rx.sub(r"^[\"”]", "", after))
                and not _BARE_FATE.match(after)
            ):
                continue
            part = figs[j - 1]
            fate_text = rx.split(r"[;.]\s|,\s+(?:and|but|while)\b", after, maxsplit=1)[0][:140]
        elif j + 1 < len(figs):
            nxt = figs[j + 1]
            gap = clause[whole.end : nxt.start]
            if (
                len(gap) > 140
                or "," not in gap
                or rx.search(r"[;.]\s", gap)
                or (sent is None and not _has_people_noun(rx.sub(r"^[\"”]", "", after)))
            ):
                continue
            fate = rx.match(r"[\"”]?\s+(?:[\w-]+\s+){0,3}?" + _PART_FATE.pattern, clause[nxt.end :])
            if fate is None:
                # the fate told before the part: "of 12,000 sent there, Russia had already lost
                # more than 4,000"
                fate = rx.search(
                    r",\s+(?:[\w'’-]+\s+){1,3}?(?:had|have|has)\s+(?:already\s+|now\s+)?(?P<w>lost)\s+$",
                    gap,
                )
            if fate is not None:  # (else the whole may still close the sentence before it)
                part = nxt
                fate_text = fate.group(0)
        if part is None:
            if j and sent is not None and rx.search(r",\s+out\s+of\s+(?:the\s+|an?\s+)?[\"“]?$", before):
                out[whole.start] = (
                    "whole",
                    "troops_deployed",
                )  # "1,000 had been killed, out of some 11,000 sent"
            continue
        fate = _PART_FATE.search(fate_text) or _BARE_FATE.match(fate_text)
        metric = ""
        if fate is not None:
            w = rx.sub(r"\s+", " ", fate.group("w"))
            metric = _FATE_METRIC.get(w, "killed_or_wounded")
        elif _PART_MOVED.search(fate_text):
            metric = "troops_deployed"  # "as many as 8,000 of some 10,000 … have been deployed to Kursk"
        out[whole.start] = ("whole", "troops_deployed")
        out[part.start] = ("part", metric)
    return out


_LATE_QUAL = (
    r"at\s+least|more\s+than|over|up\s+to|as\s+many\s+as|nearly|almost|around|about|roughly"
    r"|approximately|some|no\s+fewer\s+than"
)
#: A qualifier set off after a bare figure's words: "… killed or wounded - at least - according to".
_ASIDE_QUALIFIER = re.compile(
    rf"^[^.;]*?(?:\s[-–—]\s*|\(\s*|,\s+)(?:(?P<q>{_LATE_QUAL})\s*(?:[-–—)]|,\s+according\b)"
    # "… killed as of 14 December - an estimated figure posted by …"
    r"|(?P<q1>an\s+estimated)\s+(?:figure|number|count|toll|total)\b)"
)
#: A later sentence on the figure's wording: 'Its wording was "over".', '"Around", the agency
#: said.', "… - around that many, …".
_WORDING_QUALIFIER = re.compile(
    rf"\b(?:[Ii]ts|[Tt]heir|[Tt]he|[Hh]is|[Hh]er)\s+(?:own\s+)?(?:wording|word)\s+was\s+[\"“'‘](?P<q>{_LATE_QUAL})[\"”'’]"
    rf"|(?:^|[.!?]\s+)[\"“](?P<q2>{_LATE_QUAL})[\"”]?,[\"”]?\s+(?:the\s+[\w-]+|he|she|it|they)\s+(?:said|says|added)\b"
    rf"|[-–—,]\s+(?P<q3>{_LATE_QUAL})\s+that\s+many\b",
    re.IGNORECASE,
)


@dataclass
class PeriodSpec:
    """A figure's period as found; resolved once the claim's statement date is known."""

    kind: str
    first: date
    last: date
    days: int = 0
    since: bool = False
    #: "in the past week": the week up to and including the statement day (the fact sheet's
    #: reading of Kirby's week, 12-20..12-27), where "over three days" ends the day before.
    to_stated: bool = False


#: Words before a date that make it a span's or an event's, not the statement's.
_NOT_SAID_ON = re.compile(
    r"\b(?:by|after|before|to|from|through|dated|strike|attack|battle|fighting|assault|captured|killed|wounded)"
    r"\s+(?:the\s+)?$",
    re.IGNORECASE,
)
#: Words anywhere before a date in its clause that make it where a span starts or ends ("from"
#: only right before it: "the count came from the NIS on 19 December" names the source).
_SPAN_WORD = re.compile(
    r"\b(?:since|between|until|till|began|begun|started|start|launched|beginning|as\s+of"
    r"|up\s+to)\b",
    re.IGNORECASE,
)


def _attribution_day(
    clause: str, dates: list[DateMention], figure_at: int, yearless: bool
) -> DateMention | None:
    """The one written-out day in the attribution before a figure, when no rule dated the claim:
    "The earliest count came from the NIS on 19 December 2024, relayed by lawmakers: at least
    100 killed", "The Group notes the assessment given by the NIS on 30 April 2025: about 600".
    A day after a span's or an event's word ("since the start … on 6 August 2024", "in the
    strike on 20 November", "which he dated to Dec. 6") is not when it was said; a time after
    it ("27 Apr 09:00") makes it a log's stamp; a clause with two written days is left undated, and
    so does a day without its year in a report with no date of its own (`yearless` False)."""
    days = [
        d
        for d in dates
        if d.kind == "day"
        and d.precision == "day"
        and d.end <= figure_at
        and (yearless or rx.search(r"\b(?:19|20)\d{2}\b", d.text))
        and not _NOT_SAID_ON.search(clause[max(0, d.start - 40) : d.start])
        and not _SPAN_WORD.search(clause[: d.start])
        and not rx.match(
            r"\s*(?:strike|attack|battle|assault|raid)\b|\s*\d{1,2}:\d{2}|:\d{2}", clause[d.end :]
        )
    ]
    written = [d for d in dates if d.kind == "day"]
    return days[0] if len(days) == 1 and len(written) == 1 else None


@dataclass
class Draft:
    """A claim being assembled from one clause; finished after the whole report is read."""

    claimant: Actor
    metric: str
    subject: str
    figure: Figure | None
    quote: str
    sentence_no: int
    zone: str
    region: str = ""
    places: list[str] = field(default_factory=list)
    channel: str = ""
    stated: date | None = None
    precision: str = "unknown"
    own_date: bool = False
    explicit: bool = True
    period_spec: PeriodSpec | None = None
    period: tuple[date, date] | None = None
    admission: bool = False
    stance: str = ""
    dropped: bool = False
    #: Said to be a running total ("in total", "since the start of"): no period carries to it.
    running_total: bool = False
    #: One batch or one announcement ("will send 1,000 sappers", "3,500 more", "captured two"):
    #: a `period` figure even when the text gives no dates (the analysts' convention).
    batch: bool = False
    #: The paragraph the claim was read in (round 35: a bullet's headline and its body).
    para: int = -1

    @property
    def claim_type(self) -> str:
        """The dataset's claim_type follows from the metric."""
        return METRIC_TYPE.get(self.metric, "statement")

    @property
    def factual(self) -> bool:
        """Factual claims can be verified or denied; opinions (aims, relations) cannot."""
        return self.metric not in OPINION_METRICS


@dataclass
class ResponseDraft:
    """A response (silence, denial) and the claims it answers."""

    responder: Actor
    stance: str
    noun: str
    quote: str
    targets: list[Draft]
    topic: str = ""


def _bare_surface(name: str) -> str:
    """A name as written, lower-cased, without a leading article."""
    return rx.sub(r"^(?:the|a|an)\s+", "", name.strip().lower())


#: A figure worked out from others, in the conditional or as an implication: "taken together, that
#: would amount to 6,000 in all", "80,000 would mean roughly 230 casualties a day". The writer's
#: arithmetic, which nobody stated.
_WOULD_MEAN = re.compile(
    r"\b(?:would|could)\s+(?:mean|imply|amount\s+to|work\s+out\s+(?:to|at)|translate\s+(?:in)?to)\s+"
    r"(?:(?:roughly|about|around|some|nearly|almost|just|over|under|more\s+than|fewer\s+than|less\s+than)\s+)?$"
    r"|\bworks\s+out\s+(?:to|at)\s+(?:(?:roughly|about|around|some|nearly|almost)\s+)?$"
    # (round 27) "The figures amount to a total of 4,700 casualties", "the two numbers add up to
    # about 5,000": several figures summed, by the writer (a speaker's own total is said, not added)
    r"|\b(?:[Tt]he|[Tt]hese|[Tt]hose|[Bb]oth|[Tt]he\s+two|[Tt]hose\s+two|[Tt]hese\s+two)\s+(?:[\w-]+\s+)?"
    r"(?:figures|numbers|estimates|counts)\s+(?:together\s+|combined\s+)?"
    r"(?:amount|amounted|add\s+up|added\s+up|come|came|sum|summed)\s+to\s+"
    r"(?:a\s+(?:combined\s+|total\s+)?(?:total|sum)\s+of\s+|a\s+combined\s+)?"
    r"(?:(?:roughly|about|around|some|nearly|almost|just\s+over|over|more\s+than)\s+)?$"
    # (round 55) a fact-checker's "Adding the NIS's two figures gives roughly 1,100 killed and injured"
    r"|\b(?:[Aa]dding|[Cc]ombining|[Ss]umming|[Tt]otalling|[Tt]otaling)\b[^.;:]{1,80}?\b(?:gives?|makes?|yields?"
    r"|comes?\s+to|brings?\s+(?:it|the\s+total)\s+to)\s+(?:(?:roughly|about|around|some|nearly|almost|over|just\s+over)\s+)?$"
)
#: "one in ten", "two out of every three": the share a proportion states, never a count.
_RATIO_DENOMINATOR = (
    r"\s+(?:in|out\s+of)\s+(?:every\s+)?"
    r"(?:two|three|four|five|six|seven|eight|nine|ten|twenty|a\s+hundred|\d{1,3})(?![\w,.-]|\.\d)"
)
_RATIO_NUMERATOR = (
    r"\b(?:one|two|three|four|five|\d)\s+(?:in|out\s+of)\s+(?:every\s+)?$"
    # "one death for every seven or eight wounded": the other side of a rate
    r"|\bfor\s+every\s+(?:(?:one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(?:or|to)\s+)?$"
)


def _has_people_noun(text: str) -> bool:
    return (
        rx.match(
            rf"\s*(?:[A-Z][\w'’-]*\s+|more\s+|additional\s+|fresh\s+|special\s+forces\s+|elite\s+"
            rf"|combat\s+|army\s+|regular\s+|front-?line\s+|military\s+|construction\s+"
            rf"|of\s+(?:the|its|their)\s+(?:[A-Z][\w'’-]*\s+){{0,2}}"
            rf"|and\s+(?=[A-Z])){{0,5}}"  # "200 Russian and North Korean servicemen"
            rf"(?:{_PEOPLE}|(?:North\s+|South\s+)?Koreans|Ukrainians|Russians)\b",
            text,
        )
        is not None
    )


#: A person named again by their role ("according to the general", "the minister said").
_ROLE_NOUN = (
    r"(?:(?:general|minister|president|commander|spokes(?:man|woman|person)|secretary|marshal"
    r"|chief|lawmaker|envoy|ambassador)\b(?!\s+(?:of|staff)\b)"
    # (round 39) "the head of state said" (Ukrainian and Russian copy): the president
    r"|head\s+of\s+(?:the\s+)?state\b)"
)

_ROLE_RE = re.compile(_ROLE_NOUN, re.IGNORECASE)
#: Words a report puts before a role when it names a person by it again: "the top general", "the
#: Ukrainian president" (a nationality then says whose).
_ROLE_ADJ = (
    r"(?:(?P<radj>top|chief|senior|Ukrainian|Russian|American|U\.S\.|US|South\s+Korean|North\s+Korean"
    r"|British)\s+)?"
)
#: A definite role as the subject right before a verb: "…," the president wrote; "the Ukrainian
#: leader said".
_ROLE_BEFORE_VERB = re.compile(
    r"(?:^|[\s,\"”])[Tt]he\s+(?P<role>"
    + _ROLE_ADJ
    + r"(?:president|minister|general|commander|spokes(?:man|woman|person)"
    r"|secretary|chief|leader))\s+(?:also\s+|later\s+)?$"
)
#: Where the words before a name stop being its title: a quote mark or a verb of saying between
#: ('"…," the president wrote on Telegram after a report from Commander-in-Chief X').
_TITLE_WINDOW_CUT = re.compile(r"[;:\"“”]|\b(?:said|says|wrote|writes|told|added|stated)\b")
#: The verbs of the other side's answer to a claim (a denial or dispute).
_ANSWER_VERB = r"denied|dismissed|rejected|disputed|refuted|called\s+(?:it|untrue|false|propaganda)"
#: The kind of loss named right after a figure: "25,200 irrecoverable", "36,200 wounded", "4,500
#: killed and wounded" (a people noun may come between: "76,000 servicemen killed and wounded").
_OWN_KIND_AFTER = re.compile(
    r"\s+(?:(?:servicemen|soldiers|troops|personnel|men)\s+)?(?P<w>(?:killed|dead|perished|irrecoverable|irretrievable|wounded"
    r"|injured|missing|captured)\b(?:\s+(?:and|or)\s+(?:wounded|injured|missing))?)"
)
#: A person named by the office they head: "the chief of the General Staff", "the head of the
#: spy agency" (then a comma: no name follows).
_HEAD_OF_BODY = re.compile(
    r"\s*(?:the\s+)?(?P<role>[Cc]hief|[Hh]ead|[Cc]ommander|[Mm]inister|[Ss]ecretary)\s+of\s+(?:the\s+)?(?P<body>[\w\s'’-]{2,60}?)(?=\s*,)"
)
#: Between a name and its verb, a relative pronoun: "…, who said", "…, who had told"; (round 50)
#: after the name's title in commas too: "…, secretary of Russia's Security Council, who said".
_WHO_THEN_VERB = re.compile(
    # ((QA 11) a title, not a second agent or an aside: not "…, and by Ukraine's military
    # intelligence, who said", not "…, speaking after talks with Zelenskyy, who said")
    r"(?:\s*,\s+(?:the\s+|a\s+|an\s+)?(?!(?:and|but|or|nor|by|with|after|before|while|when|as|in|on|at"
    r"|from|to|for|of|not|also|then|who|which|whose)\b|[a-z]+ing\b)[a-z][^,;:\"“”()]{1,80}?)?"
    r"\s*,\s+who\s+(?:(?:also|had|has|later|then|first)\s+)?"
)
#: "quoted the agency as saying": a body named before, quoted by whoever relays it.
_QUOTED_AGENCY = re.compile(
    r"(?:quoted|cited)\s+(?P<np>the\s+(?:same\s+)?(?:spy\s+)?(?:agency|ministry|service|staff|command))"
    r"(?P<as>\s+as\s+saying)\b"
)
#: The sides whose own troops fight in Kursk (an onlooker's "they" are not its own forces).
_FIGHTING_SIDES = frozenset({"DPRK", "Russia", "Ukraine"})
#: A title right before "of <body>": "Chief of the General Staff …", "head of the …".
_TITLE_OF_BODY = re.compile(
    r"\b(?P<t>chief|head|commander|minister|secretary)\s+of\s+(?:the\s+)?$", re.IGNORECASE
)
#: A speaker going on to a larger (or smaller) figure after a colon: "he went further:",
#: "British Defence Intelligence went further: more than 5,000".
_WENT_FURTHER = re.compile(
    r"(?:^|[\s,])(?P<p>[Hh]e|[Ss]he|[Tt]hey|[Ii]t)\s+(?:\w+\s+)?went\s+(?:even\s+|still\s+|much\s+)?(?:further|higher|lower)\s*$"
)
#: The kinds of body that speak for a state (a state's figure is one of theirs).
_SPEAKING_BODIES = frozenset({"intelligence", "state_body", "military_unit"})
#: A participle after the content naming an earlier source the speaker echoes: ", confirming an
#: announcement by …", ", contradicting a claim by …".
_ECHOED_SOURCE = re.compile(
    r",\s+(?:confirming|echoing|repeating|matching|contradicting|disputing|rejecting|following|after)\s+"
    r"(?:an?|the)\s+(?:[\w-]+\s+){0,2}$"
)
#: Between a subject and "its/his/her/their" estimate: a verb or two ("offered its own estimate").
_SUBJECT_THEN_OWN = re.compile(
    r"\s+(?:(?:also|then|quickly|soon|later)\s+)?(?:[a-z]+ed|gave|put|had|has|made)\s+"
)
#: "the (total) number of <people> … was / stood at" right before a figure.
_NUMBER_OF_WAS = re.compile(
    rf"\b(?:(?:total\s+)?number|total)\s+of\s+(?:[\w-]+\s+){{0,3}}?(?:{_PEOPLE}|casualties|dead|killed|wounded)\b[^.;:\d]{{0,60}}?"
    r"\b(?:was|is|were|are|stood\s+at|stands\s+at|(?:had|has)\s+(?:reached|risen\s+to|grown\s+to)|reached|totall?ed"
    # (session 18) "… killed in the Kursk fighting, …, is now assessed at around 2,000"
    r"|(?:is|are|was|were|has\s+been|had\s+been)\s+(?:now\s+)?(?:assessed|estimated|put|reckoned|counted)\s+at)"
    r"\s+(?:(?:now|already|about|around|roughly|some)\s+)?[\"“]?\s*$"
)
#: A speaker revising their own figure ("had raised his figure to 3,500"): their own earlier count.
_OWN_REVISION = re.compile(
    r"\b(?:his|her|its|their)\s+(?:own\s+)?(?:[\w-]+\s+)?(?:figure|estimate|count|number|tally|toll)\b"
    r"|\b(?:raised|revised|lowered|updated|increased|cut)\b"
)
#: "raised its estimate of the number of <people> in Russia to (between) N": a revised count.
_RAISED_ESTIMATE_TO = re.compile(
    rf"\b(?:raised|lowered|revised|increased|cut|updated)\s+(?:its|his|her|their|the)\s+(?:own\s+)?"
    rf"(?:estimate|figure|count|tally|assessment)\s+(?:of\s+(?:the\s+)?(?:number\s+of\s+)?(?:[\w-]+\s+){{0,3}}?"
    rf"(?:{_PEOPLE}|casualties|dead|killed|wounded)\b[^.;:\d]{{0,40}}?\s+)?(?:up\s+|down\s+)?to\s+(?:between\s+)?$"
)
#: The writer's own sum of the figures just given: "That is roughly 3,000 casualties in total",
#: "This makes about 4,700 in all" (a clause opening on "That/This is", the total after the figure).
_THAT_IS_IN_ALL = re.compile(
    r"^\W*(?:That|This)\s+(?:is|was|makes|made|comes\s+to|came\s+to|adds\s+up\s+to|added\s+up\s+to)\s+"
    r"(?:(?:roughly|about|around|some|nearly|almost|just\s+over|over|more\s+than)\s+)?$"
)
_IN_ALL_AFTER = re.compile(r"(?:\s+[\w-]+){0,3}?\s+(?:in\s+(?:total|all)|altogether|combined)\b")
#: A title before a name, "of ..." allowed ("Secretary of State Antony Blinken" is "the
#: Secretary" later); "General Staff" is a body, not a title.
_ROLE_TITLE = re.compile(
    r"(?:general|minister|president|commander|spokes(?:man|woman|person)|secretary|marshal"
    r"|chief|lawmaker|envoy|ambassador)\b(?!\s+staff\b)",
    re.IGNORECASE,
)
_SAID_THIS = re.compile(
    r"\b(?:said|wrote|stated|announced|reported)\s+(?:this|so)\b"
    r"|\b(?:This|That)\s+was\s+(?:said|stated|announced|reported)\s+by\b"  # "This was reported by X"
)
_ROLE_AT = re.compile(_ROLE_ADJ + _ROLE_NOUN)


#: A capture told without a number: "captured North Korean soldiers", "have taken ... prisoner".
_CAPTURE_TOLD = re.compile(r"\b(?:captured|(?:taken|took)\s+(?:[\w-]+\s+){0,4}?(?:prisoners?|captive))\b")

#: The people of a body, before its name: "the analysts of DeepState", "researchers at the ISW".
_MEMBERS_OF = re.compile(
    r"\b(?:[Aa]nalysts|[Ee]xperts|[Rr]esearchers|[Aa]uthors|[Tt]eam|[Mm]appers|[Ss]pecialists)\s+(?:of|at|from)\s+(?:the\s+)?$"
)

#: A question quoting the person it is put to: "back in November you told us there were …".
_YOU_SAID = re.compile(
    r"\byou\s+(?:had\s+|have\s+|also\s+|yourself\s+)?(?:said|told\s+(?:us|me|reporters|journalists|the\s+\w+)"
    r"|estimated|gave|reported|announced|claimed|wrote|put\s+(?:it|the\s+\w+))\b"
    # (round 42) "Your own statement on Facebook that day said …": the answerer's words quoted back
    r"|\b[Yy]our\s+(?:own\s+|latest\s+|last\s+|first\s+)?(?:statement|post|update|estimate|figures?|report"
    r"|summary|briefing|assessment|release)\b[^.?!]{0,60}?\b(?:said|says|put|gave|showed|stated|counted)\b"
)


def _first_names(actor: Actor) -> set[str]:
    """An official's first names as the aliases spell them ("Sabrina" of "Sabrina Singh")."""
    if actor.kind != "official":
        return set()
    return {
        words[0]
        for alias in (actor.name.split(" (")[0], *actor.aliases)
        if len(words := alias.split()) == 2
        and _NAMED_PERSON.fullmatch(alias) is not None
        and words[0] not in ("President", "Secretary", "General", "Minister", "Colonel", "Major", "Admiral")
    }


def _surnames(actor: Actor) -> set[str]:
    """The last words of an actor's name and aliases ("Zelenskyy", "Zelensky", "Zelenskiy")."""
    names = [actor.name.split(" (")[0], *actor.aliases]
    return {n.split()[-1] for n in names if n.split() and n.split()[-1][:1].isupper()}


#: A quote's last sentence, closing on its speaker: '… already losses," the President said.'
_QUOTE_CLOSES = re.compile(
    r"[,.!?][\"”]\s*(?:[^\"“”]{1,80}?\s)?(?:said|says|told|added|wrote|stated|declared)\b[^\"“”]*$"
)


def _quote_closer(sents: list[str], k: int) -> str:
    """The sentence that closes the quote `sents[k]` opens without closing, when it names the
    speaker after the quote (else "")."""
    sent = sents[k]
    if not _OPENS_QUOTE.match(sent) or (sent.count('"') + sent.count("“") + sent.count("”")) % 2 == 0:
        return ""
    for later in sents[k + 1 : k + 4]:
        marks = later.count('"') + later.count("“") + later.count("”")
        if marks:  # the first quote mark after: the quote closes here (with its speaker) or not at all
            return later if marks % 2 == 1 and _QUOTE_CLOSES.search(later) else ""
    return ""


#: A strike told by its verb or weapon ("missiles hit", "Ukraine struck", "a missile strike").
_HIT = re.compile(
    r"\b(?:(?P<who>Ukrainian|Russian|Ukraine|Russia)\s+(?:(?:forces|troops|had|has)\s+)*)?"
    r"(?:(?P<how>missile|drone|rocket|HIMARS|ATACMS|Storm\s+Shadows?)\s+)?"
    r"(?:strikes?|struck|missiles?\s+(?:hit|struck)|(?<=Shadows\s)hit)\b"
)
#: The start of Ukraine's cross-border operation: "the incursion began", "launched an operation",
#: "crossed the border", "crossed into Russia's Kursk region", "which started on".
_INCURSION_START = re.compile(
    r"\b(?:(?:incursion|offensive|operation|counter-?offensive)\b[^.;]{0,40}?\b(?:began|begun|started|was\s+launched)"
    r"|launched\s+(?:an?\s+|its\s+|the\s+)?(?:surprise\s+)?(?:ground\s+|cross-border\s+)?(?:operation|incursion|offensive)"
    r"|crossed\s+(?:the\s+(?:state\s+)?border|into)|went\s+into\s+Russian\s+territory)\b"
)
#: A leader's visit to a command post or headquarters ("Putin, in fatigues, visited a command post").
_VISITED_POST = re.compile(
    r"\b(?P<name>[A-Z][a-z]+)(?:,[^,;.]{0,50},)?\s+(?:had\s+|has\s+)?visited\s+(?:an?|the)\s+"
    r"(?:(?:military|army|forward|field)\s+)?(?P<what>command\s+post|headquarters)\b"
)
#: A region declared wholly retaken ("the Kursk region had been fully 'liberated'").
_DECLARED_RETAKEN = re.compile(
    r"\b(?:Kursk\s+(?:region|oblast|Oblast|Region)|the\s+(?:border\s+)?region)\s+(?:had\s+been|has\s+been|was|is)\s+"
    r"(?:fully|completely|entirely)\s+[\"“'‘]?(?:liberated|recaptured|retaken|cleared)\b"
)
#: A state confirming its own deployment ("North Korea confirmed … that it had sent troops",
#: "KCNA carried a statement … confirming that the country sent troops", "Pyongyang admitted
#: for the first time that it had dispatched troops").
_CONFIRMED_DEPLOYMENT = re.compile(
    r"\b(?:North\s+Korea|Pyongyang|DPRK|KCNA|Korean\s+Central\s+News\s+Agency|Central\s+Military\s+Commission)\b"
    r"[^.;]{0,120}?\b(?:confirmed|confirming|confirms|acknowledged|acknowledging|admitted|admitting)\b[^.;]{0,60}?"
    r"\bthat\s+(?:it|its\s+(?:troops|units|soldiers|forces)|the\s+country|Pyongyang|North\s+Korean\s+(?:troops|units|soldiers))\s+"
    r"(?:had\s+|has\s+|have\s+)?(?:been\s+)?(?:sent|deployed|dispatched)\b"
)
#: Troops going into battle ("North Korean troops had taken part in actual combat in December").
_ENTERED_COMBAT = re.compile(
    r"\bNorth\s+Korean\s+(?:troops|units|soldiers|forces)\b[^.;]{0,40}?\b(?:first\s+)?(?:took|taken|take|taking|began\s+taking)"
    r"\s+part\s+in\s+(?:actual\s+|real\s+)?(?:combat|fighting|battles?)\b"
)
#: A state ceremony ("held a state decoration ceremony", "at a ceremony in Pyongyang").
_CEREMONY = re.compile(
    r"\b(?:held|holds|presided\s+over|[Aa]t)\s+an?\s+(?:[\w*-]+\s+){0,3}?\*{0,2}ceremony\b"
)
#: Talks or a statement in a capital ("after talks with Kim Jong Un in Pyongyang", "talks in
#: Pyongyang", "said in Pyongyang", "visited Pyongyang on the 17th").
_TALKS_IN = re.compile(
    r"\b(?:talks?|meeting)(?:\s+with\s+(?:(?:North\s+Korean|Russian|DPRK|top)\s+leader\s+|(?:Chairman|President|leader)\s+)?"
    r"(?P<host>(?:[A-Z][\w-]*\s+){0,2}[A-Z][\w-]*))?\s+in\s+(?P<city>[A-Z][\w-]+)\b"
    r"|\b(?:said|says|announced|announces)\s+in\s+(?P<city2>[A-Z][\w-]+)\b|\bvisited\s+(?P<city3>[A-Z][\w-]+)\b"
)
#: A capture of people: "captured", "taken alive/prisoner/captive", "taken on <a day>".
_CAPTURED = re.compile(r"\b(?:captured(?:\s+alive)?|taken\s+(?:alive|prisoners?|captive)|taken(?=\s+on\s))\b")
#: Soldiers as a noun phrase's head (the people a capture is about).
_CAPTIVES = r"\b(?:soldiers?|troops|servicem[ae]n|prisoners?|POWs?|fighters?|North\s+Koreans)\b"
#: A verb of saying or reporting: a day after it dates the statement, not the happening.
_SAYING = re.compile(rf"\b(?:{SPEECH_VERBS}|according)\b")
#: A verb of saying right before a day ("said on Friday", "announced Monday").
_SAID_ON = re.compile(
    rf"\b(?:{SPEECH_VERBS})\s+(?:on\s+)?$"
    # ((round 68) "In a statement on 02/12 the ministry said …": the day of the statement)
    r"|\b(?i:in|at|during)\s+(?:an?|the|its|his|her|their)\s+(?:[\w-]+\s+)?(?:statement|post|briefing"
    r"|interview|address|update|bulletin)\s+(?:on\s+)?$"
)


def _said_day(sentence: str, d: DateMention) -> bool:
    """Whether day `d` dates a saying ("said on Friday"), not what was said: "noted the 31
    January strike" is the strike's day."""
    return not d.text.lower().startswith("the ") and _SAID_ON.search(sentence, 0, d.start) is not None


#: (round 58) A count right after civilians' (or people's) first one in the same breath, sharing
#: their noun: "11 civilians killed and 47 injured", "killed 19 civilians and injured 104".
_PEOPLES_OTHER_COUNT = re.compile(
    r"\b(?:people|civilians|residents|persons)\s+(?:(?:were|have\s+been|had\s+been)\s+)?"
    r"(?:killed|dead|died|injured|wounded|hurt)\s*(?:,\s*|and\s+|while\s+)(?:another\s+|a\s+further\s+)?$"
    r"|\b(?:people|civilians|residents|persons)\s+and\s+(?:injured|wounded|hurt)\s+(?:at\s+least\s+|more\s+than\s+|some\s+|about\s+)?$"
)


#: (round 67) "the dead number about 300", "the injured, X told reporters, number just shy of 1,000":
#: the people counted, then "number" as the verb (the noun says what is counted, whatever follows).
_KIND_NUMBERS = re.compile(
    r"\b(?P<w>injured|wounded|dead|killed|deaths|casualties|losses)(?:\s*,[^,;.\d]{1,80},)?\s+"
    r"(?:now\s+|already\s+|still\s+)?number(?:s|ed)?\s*$"
)
#: (round 67) A count's earlier figure in a relative clause after its noun: "The number of North
#: Korean soldiers killed in Kursk, which the spy agency had put at about 600 in April, …",
#: "North Korean losses, which Kyiv estimated at some 4,000 in March, …".
_WHICH_PUT_AT = re.compile(
    r"(?P<head>\b[^,;]{3,140}),\s+which\s+(?:[^,;]|(?<=\d),(?=\d{3})){0,80}?\b(?:(?:put|estimated|pegged|placed|reckoned|assessed"
    r"|numbered|counted)\s+at|(?:gave|given|reported|cited)\s+as)\s*$"
)
#: (round 67) A relative clause that holds an earlier figure of the count (put at, given as), set between a count's noun and its verb: ",
#: which the spy agency had put at about 600 in April, now stands at …".
_FIGURE_RELATIVE_ASIDE = re.compile(
    r",\s+which\s+(?:[^,;]|(?<=\d),(?=\d{3})){0,80}?\b(?:(?:put|estimated|pegged|placed|reckoned|assessed"
    r"|numbered|counted)\s+at|(?:gave|given|reported|cited)\s+as)\s+(?:[^,;]|(?<=\d),(?=\d{3})){0,40}?\d"
    r"(?:[^,;]|(?<=\d),(?=\d{3})){0,60},\s*"
)


def _without_relative_aside(clause: str, fig: Figure) -> tuple[str, Figure, int, int] | None:
    """The clause without the relative clause that ends just before the figure (its verb between
    them), the figure moved with it, and where the aside was; None if there is none."""
    if ", which" not in clause:
        return None
    aside = None
    for m in _FIGURE_RELATIVE_ASIDE.finditer(clause, max(0, fig.start - 240), fig.start):
        aside = m
    if aside is None or not rx.fullmatch(r"(?:[\w'’-]+\s+){0,4}", clause[aside.end() : fig.start]):
        return None
    shift = aside.end() - aside.start() - 1
    return (
        clause[: aside.start()] + " " + clause[aside.end() :],
        replace(fig, start=fig.start - shift, end=fig.end - shift),
        aside.start(),
        aside.end(),
    )


class Reader:
    """Reads one report's body; `run()` returns drafts, responses and events."""

    def __init__(self, ref: Reference, layout: Layout, pub: date | None) -> None:
        self.ref = ref
        self.layout = layout
        self.pub = pub or date.today()
        self._mention_cache: dict[str, tuple[Mention, ...]] = {}
        self.page_pub = self.pub  # `pub` moves to a year section's end under a year heading
        self.scene: date | None = None
        #: Sentence number -> its text (a figure's occasion may be told in the sentence before).
        self.sent_log: dict[int, str] = {}
        #: A timeline item's leading date ("* 2 February - ... Zelensky says ..."): when the
        #: statements in the item were made.
        self.item_date: DateMention | None = None
        self.drafts: list[Draft] = []
        self.responses: list[ResponseDraft] = []
        self.events: list[dict[str, str]] = []
        #: Events told in a statement that gives no day of its own ("…, Shoigu said after talks with
        #: Kim Jong Un in Pyongyang", "the ministry said its troops had recaptured Sudzha"):
        #: (sentence, title, place, region), dated at the end by the day of the claim the same
        #: sentence makes, since the happening is the news the statement brings.
        self.undated_events: list[tuple[str, str, str, str]] = []
        self.prev_claimant: list[Actor] = []
        self.prev_claimant_at = -1  # the sentence whose clause named prev_claimant
        self.prev_stated: DateMention | None = None
        self.prev_background = False
        self.prev_attributed: list[Actor] = []
        #: The actors named before the current sentence ("It said …" points back to them).
        self.hist_before: list[Actor] = []
        #: The last statement the report dated to a day ("The same day, ..." counts from it).
        self.last_occasion: DateMention | None = None
        #: Lead sentences whose undated past-tense statement is the report's news.
        self.lead_news: set[int] = set()
        #: Role words written before an actor's name ("Army General Valery Gerasimov").
        self.roles: dict[str, set[str]] = {}
        #: The claimants of an "According to X, ..." sentence, its number and its paragraph.
        self.according: tuple[list[Actor], int, int] | None = None
        self.last_response_at = 0
        self.last_targets: list[Draft] = []
        self.sentence_no = 0
        self.para_start = 1  # the number of the current paragraph's first sentence
        #: (session 18) Sentence number -> the paragraph it is in.
        self.sent_para: dict[int, int] = {}
        self.doc_region = self._doc_region()
        #: Every actor named so far, latest last: pronouns and "the ministry" point back here.
        self.history: list[Actor] = []
        self.author = self._author()
        self.home = self._home_country()
        self.title_speaker = self._title_speaker()
        #: A page that prints one person's address or speech in full: (speaker, the day given).
        self.address: tuple[Actor, DateMention | None] | None = self._address_page()
        self.para_index = 0
        #: Titles the report has tied to a known actor by apposition ("the Commander-in-Chief, X").
        self.titled: dict[str, Actor] = {}
        #: Names of lawmakers the report introduces ("Lawmaker Lee Seong-kweun"): they relay.
        self.relayers: set[str] = set()
        self.entry_date: date | None = None
        self.occasions: dict[str, DateMention] = {}
        #: A spokesperson's name -> the body they speak for ("HUR spokesman Andriy Yusov").
        self.speaks_for: dict[str, Actor] = {}
        #: Who speaks the current paragraph by its label (transcript turn, forwarded post).
        self.para_speaker: Actor | None = None
        #: An interview's answer paragraphs and the day its introduction says it was given.
        self.answer_paras: set[int] = set()
        self.first_turn = 0
        self.interview_day: DateMention | None = None
        self._interviewee_known = False
        #: Whose forces the last question of a transcript asked about ("How many North Korean
        #: soldiers …?"): the answers' figures that name no side count them.
        self.question_side = ""
        self._spokes_known = False
        self._spokes_cache: tuple[Actor, str] | None = None
        self._interviewee_cache: Actor | None = None
        #: The sentence that last told of a capture ("have taken ... prisoner"), whether it gave a
        #: number, and the side of the people taken.
        self.capture_told: tuple[int, bool, str] = (-1, False, "")
        #: The last capture counted (sentence number, draft): "X announced the capture" repeats it.
        self.last_capture: tuple[int, Draft] | None = None
        #: The sentence in which a lawmaker last relayed an agency ("He added" goes on relaying).
        self.relayed_at = -1
        #: "stated by X …" when the next sentence is "This was stated by X …": the attribution
        #: given after the figures it credits
        self.said_after = ""
        self.quote_tail = ""
        #: The sentence's text before the clause being read, when a semicolon ends it (else "").
        self.before_semicolon = ""
        #: Who the current question is put to (a figure "you told us" is theirs).
        self.answerer: Actor | None = None
        #: The source a list's introduction names ("Summary of yesterday's NIS briefing …:"),
        #: and whether the current paragraph is one of its bulleted items.
        self.list_source: Actor | None = None
        self.para_past_day = False  # the paragraph opens "During the past day, …"
        #: The speaker a paragraph ending "…, the General Staff said:" hands its words to: the
        #: quoted paragraphs under it, each a quotation on its own, are that speaker's.
        self.quote_intro: Actor | None = None
        self.section_side = ""  # whose forces a heading's figures count ("North Korean losses")
        # whose forces the headline names, when it names one side ("North Korea's troops in
        # Kursk: what we know"): the report's own topic, for a first figure that names no side
        title_sides = {
            FORCES.get(SIDE_WORDS.get(m.group("w"), ""), "") for m in _TITLE_SIDE.finditer(layout.title or "")
        }
        self.title_side = title_sides.pop() if len(title_sides) == 1 else ""
        self.in_bullet = False

    # ----------------------------------------------------------------- document context
    def _doc_region(self) -> str:
        """The region the report is about: the one named most often (first on a tie)."""
        counts: dict[str, int] = {}
        order: list[str] = []
        texts = [self.layout.title, self.layout.deck, *self.layout.paragraphs]
        for t in texts:
            for _, _, region in self.ref.gazetteer.region_mentions(t):
                counts[region] = counts.get(region, 0) + 1
                if region not in order:
                    order.append(region)
        if not counts:
            return ""
        return max(order, key=lambda r: (counts[r], -order.index(r)))

    # ----------------------------------------------------------------- main loop
    def _interview_turns(self) -> tuple[set[int], set[int]]:
        """(questions, answers) of an interview printed as dialogue dashes ("— How many …?" then
        "— At least …"): a dash paragraph ending in a question mark asks, the one after answers."""
        paras = self.layout.paragraphs
        dashed = {i for i, p in enumerate(paras) if rx.match(r"\s*[—–]\s", p)}
        asks = {i for i in dashed if paras[i].rstrip().endswith("?")}
        if len(dashed) < 2 or not asks:
            return set(), set()
        return asks, {i for i in dashed - asks if i - 1 in asks}

    def _interviewee(self) -> Actor | None:
        """Who answers an interview's questions: the person the headline quotes ("Syrskyi: …");
        else the body the introduction's spokesperson speaks for ("We spoke to Oleh Marchuk, a
        spokesman for the directorate": the directorate, HUR), unless that person is one the
        actors file knows; else the last person the introduction named. Settled at the first turn
        (later answers name other people: "Gerasimov gave no figure")."""
        if self._interviewee_known:
            return self._interviewee_cache
        self._interviewee_known, self._interviewee_cache = True, self._find_interviewee()
        return self._interviewee_cache

    def _find_interviewee(self) -> Actor | None:
        if self.title_speaker is not None and self.title_speaker.kind == "official":
            return self.title_speaker
        person = next((a for a in reversed(self.history) if a.kind == "official"), None)
        spokes = self._intro_spokesperson()
        if spokes is not None and not (person is not None and self._names(spokes[1], person)):
            return spokes[0]
        return person

    def _posted_day(self) -> date:
        """(session 24) The day the paragraph was posted: its entry's day under a post's stamp or a
        day heading (`Layout.day_of`), else the page's. Its present tense ("HUR says") is that day."""
        day = self.layout.day_of.get(self.para_index) if self.para_index in self.layout.stamped else None
        if day is not None:
            return day
        published = self.layout.published
        assert published is not None  # (the caller asks only where a page date or a day is known)
        return published.date()

    def _intro_spokesperson(self) -> tuple[Actor, str] | None:
        """(body, sentence) when a transcript's introduction (before its first turn) names a
        spokesperson and the body they speak for: "We spoke to Oleh Marchuk, a spokesman for the
        directorate" (HUR, named before), "The spokesman, Col. Lee Sung-jun, answered
        questions" (the Joint Chiefs of Staff). Settled once, at the first turn."""
        if self._spokes_known:
            return self._spokes_cache
        self._spokes_known = True
        for para in self.layout.paragraphs[: self.first_turn]:
            for sent in split_sentences(para, self.layout.lower_starts):
                voice = _SPOKESPERSON.search(sent)
                if voice is None:
                    continue
                org = voice.group("org") or voice.group("org2")
                named = [
                    m.actor for m in self._mentions(org or "") if m.actor.kind not in ("state", "official")
                ]
                body = named[0] if named else None
                if body is None and (org is None or _BODY_NOUN.match(org)):
                    # "the directorate", "one of the unit's press officers", "its spokesman": the
                    # body named before
                    before = self.history + [m.actor for m in self._mentions(sent[: voice.start()])]
                    body = next((a for a in reversed(before) if a.kind in _BODY_KINDS), None)
                if body is not None:
                    self._spokes_cache = (body, sent)
                    return self._spokes_cache
        return None

    def _interview_day(self, first_turn: int) -> DateMention | None:
        """The day an interview was given, as its introduction tells it: "spoke to The Kyiv Weekly
        in his office on Sunday", "We reached him by video link that evening" (the day named
        before it). None when the introduction names no such day."""
        if not first_turn or self.layout.published is None:
            return None
        pub = self.layout.published.date()
        last_day: DateMention | None = None
        for para in self.layout.paragraphs[:first_turn]:
            for sent in split_sentences(para, self.layout.lower_starts):
                days = [
                    d
                    for d in find_dates(sent, pub)
                    if d.precision == "day" and d.first <= pub and d.kind != "same_day"
                ]
                if _INTERVIEW_CUE.search(sent):
                    if days:
                        return days[-1]
                    if last_day is not None and _SAME_DAY.search(sent):
                        return last_day
                if days:
                    last_day = days[-1]
        return None

    def _names(self, text: str, actor: Actor) -> bool:
        """Whether `text` names `actor` (by name or alias)."""
        return any(m.actor == actor for m in self._mentions(text))

    def run(self) -> None:
        """Read every sentence in order (context carries forward), then settle dates."""
        asks, answers = self._interview_turns()
        answers |= self.layout.answers  # "A: We have seen three brigades.": the interviewee's turn
        self.answer_paras = answers
        # the first turn of a transcript: what comes before it introduces who speaks and when
        self.first_turn = min(answers | asks | self.layout.questions | set(self.layout.speaker_of), default=0)
        self.interview_day = self._interview_day(self.first_turn)
        for pi, para in enumerate(self.layout.paragraphs):
            self.para_index = pi
            zone = "lead" if pi == 0 and not self.layout.breaks else "body"
            if pi in self.layout.breaks:  # a new live-blog entry or brief: no carried context
                self.prev_claimant, self.prev_attributed, self.prev_stated = [], [], None
                self.last_occasion = None
            year = self.layout.year_of.get(pi)
            self.pub = min(self.page_pub, date(year, 12, 31)) if year else self.page_pub
            item = _TIMELINE_ITEM.match(para)
            self.item_date = None
            if item:
                lead = item.group("d") or item.group("d2") or item.group("d3")
                lead_dates = find_dates(
                    lead.title() if lead.split()[0].isupper() and not item.group("d3") else lead, self.pub
                )
                if len(lead_dates) == 1 and lead_dates[0].precision in ("day", "month"):
                    self.item_date = lead_dates[0]
                    if self.layout.result_page and self.item_date.precision == "day":
                        # (round 66) a result's date ("Nov 5, 2024 — … told a press briefing on
                        # Monday …") is when its snippet was published: its weekdays count back
                        # from that day, as an article's from its dateline
                        self.pub = min(self.pub, self.item_date.first)
                        para = " " * item.end() + para[item.end() :]
            self.entry_date = (
                self.layout.day_of.get(pi, self.layout.published.date())
                if pi in self.layout.stamped and self.layout.published
                # (session 18) a digest dated only by the days it covers: its day headings
                else self.layout.day_of.get(pi)
                if pi in self.layout.stamped and self.layout.month_ref
                else None
            )
            if self.entry_date is not None and pi in self.layout.day_of and self.entry_date < self.pub:
                # an entry under its own earlier day ("Date: Tue, 2 Sep 2025", "Thursday 9 January"):
                # "today", "yesterday" and "on Monday" in it count from that day
                self.pub = self.entry_date
            self.in_bullet = _BULLET.match(para) is not None
            # a section heading: "5. North Korean losses in Kursk" names whose people the figures
            # under it count when a figure names no side
            # (a heading kept as a paragraph, short and unpunctuated, starts a section too)
            head = self.layout.section_of.get(pi)
            if (
                head is None
                and not self.in_bullet
                and len(para) <= 90
                and not rx.search(r"[.!?:;,\"”')\]]$", para)
            ):
                head = para
            if head is not None:
                side = _SECTION_SIDE.search(head)
                self.section_side = FORCES.get(SIDE_WORDS.get(side.group("w"), ""), "") if side else ""
            if not self.in_bullet:
                intro = para if para.rstrip().endswith(":") else _as_follows_intro(para)
                self.list_source = self._list_intro_source(intro) if intro else None
            label = self.layout.speaker_of.get(pi)
            self.para_speaker = self._label_actor(label, para) if label else None
            source = self.layout.entry_source.get(pi)
            for m in self._mentions(source) if source else []:
                # (session 39) the source a digest's entry head names: "the ministry said" below
                # it points back to it, as to a body the text named
                if m.actor in self.history:
                    self.history.remove(m.actor)
                self.history.append(m.actor)
            if label is None and _WHOLE_QUOTE.fullmatch(para):
                # '… the General Staff said: ¶ "Since 6 August … 25,200 irrecoverable …"': each
                # quoted paragraph under the introduction is the introducer's words
                self.para_speaker = self.quote_intro
            elif not self.in_bullet:
                says = _SAYS_INTRO.search(para)
                self.quote_intro = (
                    (self._list_intro_source(para) or self._intro_subject(para, says.start()))
                    if says
                    else self._named_intro(para)
                )
            if self.para_speaker is None and self.address is not None and not para.startswith("["):
                self.para_speaker = self.address[0]  # the address printed in full: the speaker's own words
            if pi in answers:  # "— At least 80,000 killed or wounded.": the interviewee answers
                self.para_speaker = self._interviewee()
            question = pi in self.layout.questions or pi in asks
            if question:
                sides = {SIDE_WORDS[m.group("w")] for m in _QUESTION_SIDE.finditer(para)}
                sides |= {"DPRK"} if _THE_NORTH.search(para) else set()
                self.question_side = FORCES.get(sides.pop(), "") if len(sides) == 1 else ""
            # who a question is put to: the next labelled turn's speaker, or the interviewee
            # ("back in November you told us ...": a figure the answerer gave before)
            self.answerer = None
            if pi in asks or (question and pi + 1 in self.layout.answers):
                self.answerer = self._interviewee()
            elif question and pi + 1 in self.layout.speaker_of:
                nxt = self.layout.paragraphs[pi + 1]
                self.answerer = self._label_actor(self.layout.speaker_of[pi + 1], nxt)
            n_drafts, n_responses = len(self.drafts), len(self.responses)
            self.para_start = self.sentence_no + 1
            self.para_past_day = _PAST_DAY_LEAD.match(para) is not None
            sents = split_sentences(para, self.layout.lower_starts)
            paras = self.layout.paragraphs
            para_pub = self.pub
            for k, sent in enumerate(sents):
                if k + 1 < len(sents):
                    said_by = _SAID_BY_NEXT.match(sents[k + 1])
                elif pi + 1 < len(paras) and pi + 1 not in self.layout.breaks:
                    # "… more than 4,500 killed and wounded. ¶ This was reported by the General
                    # Staff on Facebook": a one-sentence paragraph attributed by the next one's start
                    said_by = _SAID_BY_NEXT.match(split_sentences(paras[pi + 1], self.layout.lower_starts)[0])
                else:
                    said_by = None
                self.said_after = _said_after(said_by.group("tail")) if said_by else ""
                came = _CAME_FROM_NEXT.match(sents[k + 1]) if k + 1 < len(sents) and not said_by else None
                said_in = _SAID_IN_NEXT.match(sents[k + 1]) if k + 1 < len(sents) and not said_by else None
                if said_in and not self._counts_in(sents[k + 1]):
                    # (round 40) "… lost over 37 355 servicemen. This is said in the summary of the
                    # Ministry of Defence of Russia, published on Monday": that body's figure
                    self.said_after = "reported by " + said_in.group("who")
                if came and not self._counts_in(sents[k + 1]):
                    # "… about 500 North Korean soldiers had been killed … . The Board noted that
                    # the figure came from the website of Global Defense Corp": that source's figure
                    self.said_after = "reported by " + came.group("who")
                self.sentence_no += 1
                self.sent_log[self.sentence_no] = sent
                self.sent_para[self.sentence_no] = pi
                self.pub = para_pub
                if self.scene is not None and _ANAPHORIC_DAY.search(sent):
                    # (round 56) "On the Monday, …", "That Saturday …" in a narrative: the week of
                    # the scene the text last dated ("It was the fourteenth of December 2024"),
                    # not the week the piece was printed
                    self.pub = min(para_pub, self.scene + timedelta(days=6))
                if _SCENE_DAY.search(sent):  # (only a day written with its month sets the scene)
                    for seen in find_dates(sent, self.pub):
                        if seen.precision == "day" and _SCENE_DAY.search(seen.text) and seen.last <= para_pub:
                            self.scene = seen.last
                for lm in _LAWMAKER_NAME.finditer(sent):
                    who = lm.group("name") or lm.group("named")
                    self.relayers.update({who, who.split()[0]})
                    if lm.group("name2"):
                        self.relayers.update({lm.group("name2"), lm.group("name2").split()[0]})
                for lm in _BRIEFED_PERSON.finditer(sent):
                    # "Lee Seong-kweun told reporters after a closed-door briefing by the NIS": the
                    # person passes the briefing on (a known actor speaks for themself)
                    if not self.ref.actors.mentions(lm.group("name")):
                        self.relayers.update({lm.group("name"), lm.group("name").split()[0]})
                self.hist_before = list(self.history)
                for m in self._mentions(sent):
                    title = _TITLE_APPOSITION.search(sent[: m.start])
                    if title:  # "the Commander-in-Chief, Oleksandr Syrskyi": the title names them
                        self.titled.setdefault(title.group("title").lower(), m.actor)
                    prior = [x for x in self._mentions(sent) if x.end <= m.start]
                    before = [x.end for x in prior]
                    lo = max([m.start - 50, *before[-1:]])  # the title right before this name only
                    if (
                        prior
                        and prior[-1].actor.name == m.actor.parent
                        and not sent[prior[-1].end : m.start].strip()
                    ):
                        # "Chief of the General Staff of the Russian Armed Forces Valery Gerasimov": the
                        # title before the body the person heads is theirs
                        of_body = _TITLE_OF_BODY.search(sent, max(0, prior[-1].start - 40), prior[-1].start)
                        if of_body:
                            self.roles.setdefault(m.actor.name, set()).add(of_body.group("t").lower())
                    cut = [x.end() for x in _TITLE_WINDOW_CUT.finditer(sent, max(0, lo), m.start)]
                    lo = max(
                        [lo, *cut[-1:]]
                    )  # '"…," the president wrote after a report from X': not X's title
                    # the title right before the name, or inside the alias that named them
                    # ("Secretary of State Antony Blinken")
                    for r in _ROLE_TITLE.finditer(sent[max(0, lo) : m.start] + " " + m.text):
                        self.roles.setdefault(m.actor.name, set()).add(r.group(0).lower())
                    if m.actor in self.history:
                        self.history.remove(m.actor)
                    self.history.append(m.actor)
                self._read_events(sent)
                if (
                    pi == 0
                    and self.layout.published is not None
                    and _SAID_THIS.search(sent)
                    and not any(d.precision in ("day", "month") for d in find_dates(sent, self.pub))
                ):
                    # "... more than 38 thousand. Zelensky said this in his evening address": the
                    # lead's figures, said on the report's day unless dated elsewhere
                    self.lead_news.update({self.sentence_no - 1, self.sentence_no})
                # "Regarding the two soldiers announced by X as captured, the NIS said ...": the
                # opening topic has its own speaker, apart from the sentence's
                topic = rx.match(
                    r"(?P<t>(?:Regarding|Concerning|As\s+for|As\s+to)\s+the\s+[^,;]{5,160}?\bby\s+[^,;]{3,80}),\s+"
                    r"(?=(?:the\s+)?[A-Za-z])",
                    sent,
                )
                parts = [topic.group("t"), sent[topic.end() :]] if topic else [sent]
                clauses = [
                    c
                    for part in parts
                    for c in rx.split(
                        # ("Two soldiers, though wounded, survived": a parenthesis, not a new clause)
                        r",\s+(?:though|although|but|while|whereas)\s+(?![\w-]+(?:\s+[\w-]+)?,)|;\s+"
                        r"|,\s+and\s+(?=(?:the\s+)?(?:[A-Z][\w'’.-]+\s+){1,3}(?:mission\s+|embassy\s+|spokes(?:man|woman)\s+)?"
                        r"(?:(?:still|also)\s+)?"
                        r"(?:(?:has|have|did|had|does|do)(?:\s+(?:still\s+)?(?:not|never)|n['’]t)|won['’]t|will\s+not"
                        r"|(?:(?:has|have|had)\s+)?(?:declined|refused|said\s+nothing))\b)"
                        # (round 39) "…, and we've heard nothing from Pyongyang", "…, and neither has
                        # Moscow": a second silence, a response of its own
                        r"|,\s+and\s+(?=(?:we|we['’]ve|I)\s+(?:have\s+)?heard\s+nothing\s+from\b"
                        r"|neither\s+(?:has|have|did|does|had)\s+[A-Z])"
                        # (round 33) "Peskov called them fake news, and North Korea's mission to the
                        # UN called them groundless": a second denial, a response of its own
                        # (round 39: also after a closing quotation mark, '… "another piece of fake
                        # news," and North Korea's mission … called them …')
                        r"|,[\"”’]?\s+and\s+(?=(?:the\s+)?[A-Z][\w'’.-]*\s+(?:[\w'’.-]+\s+){0,6}?(?:called|dismissed|denied"
                        r"|rejected)\s+(?:them|it|the|these|those|such)\b)"
                        # (round 27) "X claimed more than 76,000 Ukrainian losses, which Kyiv
                        # dismissed": the other side's answer in a relative clause is a response of
                        # its own; the claim before it stands
                        # (round 30: no relative pronoun either, "…, a figure Kyiv dismissed")
                        rf"|,\s+(?=(?:which|a\s+(?:figure|claim|number)(?:\s+(?:that|which))?)\s+(?:[A-Z][\w'’.-]+\s+){{1,4}}"
                        rf"(?:(?:has|had|have|later|quickly|swiftly)\s+)?(?:{_ANSWER_VERB})\b)"
                        # (round 64, QA pass 35) "… had been sent to Russia, a deployment that neither
                        # Moscow nor Pyongyang has been willing to discuss": the silence is a clause of
                        # its own, the claim before it stands
                        r"|,\s+(?=(?:an?|the)\s+(?:[\w-]+\s+){0,2}(?:that|which)\s+neither\s+[A-Z])"
                        # "…, alongside the estimate the NIS gave lawmakers: about 300": a second source
                        r"|,\s+(?=(?:alongside|beside|besides|as\s+well\s+as|along\s+with|together\s+with|compared\s+with"
                        r"|against)\s+(?:the|an?)\s+(?:[\w-]+\s+)?(?:estimate|figure|count|tally|assessment)\b)"
                        # (round 53) "… said that a US official had spoken of "several hundred", and
                        # that Andrii Kovalenko of the Center … had said the previous day that …": a
                        # second "that" clause with a speaker of its own
                        r"|,\s+and\s+(?=that\s+(?:the\s+)?(?:[A-Z][\w'’.-]+\s+){1,4}(?:of\s+[^,;:]{3,70}?\s+)?"
                        r"(?:had\s+|has\s+)?(?:said|told|claimed|estimated|reported|put)\b)"
                        # "X said A, and the Pentagon said B": each speaker has a clause of their own
                        # (a time first: "…, and on Wednesday (30 April) the NIS told lawmakers …")
                        r"|,\s+and\s+(?=(?:(?:on|in|at|by|later|earlier|then|that|the\s+same|the\s+next)\b[^,;:]{0,30}?"
                        r",?\s+(?=(?:the\s+)?(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January"
                        r"|February|March|April|May|June|July|August|September|October|November|December)\b)[A-Z]))?"
                        # (a title first: "…, and commander-in-chief Oleksandr Syrskyi said …",
                        # "…, and Pentagon press secretary Maj. Gen. Pat Ryder put the number at …")
                        r"(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:[A-Z][\w'’.-]+\s+){1,4}"
                        # (round 53) "…, and Western officials briefing the BBC on 22 January said
                        # about 1,000 …": a group named by its adjective, who it briefed, and when
                        r"(?:(?:intelligence\s+)?(?:officials|sources|agencies|authorities|diplomats)\s+)?"
                        r"(?:(?:briefing|speaking\s+to|talking\s+to|quoted\s+by)\s+(?:the\s+)?(?:[A-Z][\w'’.-]+\s+){1,3})?"
                        r"(?:on\s+(?:\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+(?:\s+\d{1,2})?)\s+)?"
                        r"(?:said|told|says|added|claimed"
                        r"|reported|estimated|announced|stated|briefed"
                        r"|put\s+(?:the|their|its|his|her)\s+(?:number|total|figure|count|toll|estimate)"
                        # ("…, and on 26 April Ukraine's General Staff put total North Korean losses
                        # … at more than 4,500": the losses it puts at a figure)
                        r"|assessed|put\s+(?:total\s+|overall\s+)?(?:[A-Z][\w-]+\s+){0,2}(?:losses|casualties|deaths))\b)"
                        # (round 27) "… 5,000 builders, a senior Russian official said Tuesday, even as
                        # Western intelligence said Pyongyang's losses there had topped 6,000": a second
                        # speaker brought in by "even as" / "while" has a clause of their own
                        r"|,\s+(?=(?:even\s+as|while|whereas)\s+(?:the\s+)?(?:[A-Z][\w'’.-]+\s+){1,4}"
                        r"(?:(?:intelligence|officials|military|government|authorities)\s+)?(?:said|says|estimated"
                        r"|reported|claimed|announced|confirmed|believes|believed)\b)"
                        # "… said on Thursday, as Britain's Ministry of Defence put North Korean
                        # casualties at more than 5,000": a second body's estimate joined by "as"
                        r"|,\s+(?=as\s+(?:the\s+)?[A-Z][\w'’.-]+\s+(?:(?:[A-Z][\w'’.-]+|of|the)\s+){0,4}"
                        r"(?:put|puts|estimated|estimates|said|says|reported)\s+(?:(?:the|its|their)\s+)?"
                        r"(?:[\w-]+\s+){0,3}?(?:losses|casualties|deaths|dead|toll|number|figure|total)\b)"
                        # (round 64) "… killed and 2,700 wounded, the NIS told lawmakers, as Ukraine
                        # said it had taken two of them alive": the capture is the second speaker's
                        r"|,\s+(?=as\s+(?:the\s+)?[A-Z][\w'’.-]+\s+(?:(?:[A-Z][\w'’.-]+|of|the)\s+){0,4}"
                        r"(?:said|says|announced|reported)\s+(?:that\s+)?(?:it|they)\s+(?:had|has|have)\s+"
                        r"(?:taken|captured)\b)"
                        # "Shoigu said …, days after Britain estimated that …": the figure after the
                        # second speaker is theirs, not the first speaker's
                        r"|,\s+(?=(?:(?:days|hours|weeks|a\s+day|a\s+week|shortly|soon|just|only)\s+)?(?:after|before)"
                        r"\s+(?:the\s+)?(?:[A-Z][\w'’.-]+\s+){1,4}(?:said|told|says|claimed|reported|estimated"
                        r"|announced|stated)\s+that\b)"
                        # "… had confirmed that Ukraine captured two …, a day after President X
                        # announced their capture": the capture the second speaker announced
                        r"|,\s+(?=(?:(?:days|hours|a\s+day|shortly|just)\s+)?after\s+(?:[A-Z][\w'’.-]+\s+){1,4}"
                        r"(?:had\s+)?(?:announced|reported|disclosed|revealed)\s+(?:their|the)\s+capture\b)",
                        part,
                    )
                ]
                clauses = _lend_trailing_attribution(clauses)
                # a quote split at ";" whose speaker is named after it, at the sentence's end
                self.quote_tail = clauses[-1] if len(clauses) > 1 and rx.match(r"\s*[\"“]", sent) else ""
                if not self.quote_tail:
                    # '"There are 11,000 of them in the Kursk region. Some … . There are already
                    # losses," the President said.': a quote of several sentences, its speaker named
                    # after it closes
                    self.quote_tail = _quote_closer(sents, k)
                # (round 35) "• Seoul's spy agency says more than 11,000 … . Lawmaker X told
                # reporters yesterday …": a bullet's opening sentence heads the item the way a
                # lead heads a story
                sent_zone = (
                    "headline" if zone == "body" and self.in_bullet and k == 0 and len(sents) > 1 else zone
                )
                for clause in clauses:
                    at = sent.find(clause)
                    # (QA 9's leftover) the sentence's text before a clause that follows a semicolon:
                    # "Ukraine's General Staff gave no figure of its own; it said …": "it" is the
                    # body named there, not the last one of the sentences before
                    self.before_semicolon = sent[:at] if at > 0 and sent[:at].rstrip().endswith(";") else ""
                    if not self._read_response(clause, sent):
                        self._read_claims(clause, sent, sent_zone)
                self.before_semicolon = ""
                earlier = _EARLIER_GIVEN.search(sent)
                said = self.ref.actors.resolve(earlier.group("who").strip()) if earlier else None
                if earlier is not None and said is not None and said.kind == "official":
                    # 'as many as 10,000 … had made their way to the Kursk region, up from the "as
                    # many as 8,000" that Antony Blinken gave on Oct. 31': the person's own
                    # earlier claim, read as he said it
                    self._read_claims(
                        f"{earlier.group('who').strip()} said {earlier.group('when')} that "
                        f"{earlier.group('fig')} {earlier.group('what')}.",
                        sent,
                        zone,
                    )
            self._late_qualifier(para, n_drafts)
            for d in self.drafts[n_drafts:]:
                d.para = pi
            if question:
                # A reporter's question claims nothing of its own, but a figure it credits to a
                # named body ("lawmakers said today, citing their National Intelligence Service,
                # that at least 100 ...") is that body's claim, relayed
                kept = [
                    d
                    for d in self.drafts[n_drafts:]
                    # (round 42) "Your own statement on Facebook that day said … more than 4,500":
                    # the answerer's figure, quoted back (no name in the question to make it explicit)
                    if (
                        d.figure is not None
                        and d.claimant == self.answerer
                        and _YOU_SAID.search(d.quote) is not None
                    )
                    # (round 42) a figure-less claim too, credited by name: "General Valery Gerasimov
                    # told Vladimir Putin … that the Kursk region had been fully liberated"
                    or (
                        (d.figure is not None or d.claimant.kind not in ("state", NEW_ACTOR))
                        and d.explicit
                        and (
                            (
                                d.figure is not None
                                and d.claimant == self.answerer
                                and _YOU_SAID.search(d.quote) is not None
                            )
                            or (
                                d.figure is not None
                                and d.claimant.kind != NEW_ACTOR
                                and rx.search(r"\b(?:citing|according\s+to)\b", d.quote)
                            )
                            # "Secretary Blinken said as many as 8,000 on Thursday. Why the change?",
                            # "spokesman Matthew Miller said this morning that ...": a named person's
                            # figure, quoted back to the speaker
                            or (
                                _NAMED_PERSON.fullmatch(d.claimant.name.split(" (")[0]) is not None
                                and (d.claimant.kind in ("official", "media") or d.claimant.kind == NEW_ACTOR)
                                and any(
                                    # "Zelensky said" is Zelenskyy's; "Sabrina Singh told reporters",
                                    # "Sabrina said from this podium": her first name or another verb
                                    rx.search(
                                        # (session 17: "…, Kyrylo Budanov, had told him …")
                                        # ((round 42) "Gerasimov also said …")
                                        rf"\b{re.escape(w)},?\s+(?:(?:has|had)\s+)?(?:(?:also|later|then|again|first)\s+)?"
                                        r"(?:said|told|put|estimated|announced|wrote|claimed|acknowledged|declared)\b",
                                        d.quote,
                                    )
                                    for w in _surnames(d.claimant) | _first_names(d.claimant)
                                )
                            )
                            # "South Korea's spy agency told lawmakers today that at least 100 …": a
                            # named body (not a state, not "someone") quoted by name with its verb;
                            # (round 42) or a body's unnamed official the actors file knows: "A senior
                            # US defence official told The New York Times … that several hundred …"
                            or (
                                (
                                    d.claimant.kind not in (NEW_ACTOR, "state", "official")
                                    or (d.claimant.kind == "official" and "official)" in d.claimant.name)
                                )
                                and any(
                                    m.actor == d.claimant
                                    and rx.match(
                                        r"\s+(?:(?:has|have|had)\s+)?(?:said|says|told|reported|estimated|announced)\b",
                                        d.quote[m.end :],
                                    )
                                    for m in self._mentions(d.quote)
                                )
                            )
                            # "and the State Department's Matthew Miller said earlier today that as
                            # many as 10,000 …": a body's named official quoted back (the body's claim
                            # when the actors file does not know the official)
                            or (
                                d.claimant.kind not in (NEW_ACTOR, "state")
                                and rx.search(
                                    r"[’']s\s+(?:spokes(?:man|woman|person)\s+)?[A-Z][a-z]+\s+[A-Z][a-z]+\s+said\b",
                                    d.quote,
                                )
                            )
                        )
                    )
                ]
                self.drafts[n_drafts:] = kept
                # (round 39) a stance the question states as known ("North Korea's mission called
                # these reports \"groundless stereotyped rumours\" on October 21. Your response?")
                # is kept; the question sentence itself was never read as one
                self.responses[n_responses:] = [
                    r
                    for r in self.responses[n_responses:]
                    if r.stance in ("denied", "disputed", "no_comment")
                ]
        self._finish()

    def _list_intro_source(self, intro: str) -> Actor | None:
        """The body or person whose words a list's introduction says follow: "Summary of yesterday's
        NIS briefing to lawmakers, as relayed by …:", "Figures from the General Staff's update:".
        A state is no source ("What Russia says:" introduces a report's own account)."""
        for m in self._mentions(intro):
            if m.actor.kind in ("state", "group", NEW_ACTOR):
                continue
            if rx.match(r"(?:['’]s)?\s+(?:[\w-]+\s+){0,2}?" + _SOURCE_DOC, intro[m.end :]) or rx.search(
                _SOURCE_DOC + r"\s+(?:[\w-]+\s+){0,2}?(?:by|from|of)\s+(?:the\s+)?$", intro[: m.start]
            ):
                return m.actor
        for m in self._mentions(intro):
            if m.actor.kind in ("state", "group", NEW_ACTOR):
                continue
            # ((round 41) "the National Intelligence Service (NIS) reported:": its acronym after it)
            if _LIST_SAYS.match(rx.sub(r"^(?:\s*\([^()]{1,15}\)|\))", "", intro[m.end :])):
                # "… after the NIS told the intelligence committee today:", "HUR said on Monday:":
                # the speaker of the intro's verb gives the items under it
                return m.actor
        return None

    def _named_intro(self, para: str) -> Actor | None:
        """(round 41) A thread's "(1) Zelensky, on Telegram, after a report from Syrskyi:" over a
        quoted post: the person or body it opens with, named with no verb, gives the quote below."""
        m = _NAMED_INTRO.match(para)
        if m is None or find_figures(para[m.end() :]):
            return None
        first = next(iter(self._mentions(para)), None)
        if first is None or first.start != m.end() or first.actor.kind in ("state", "group", NEW_ACTOR):
            return None
        if not rx.match(r"\s*(?:,|\s(?:on|in|via)\s)", para[first.end :]):
            return None
        return first.actor

    def _intro_subject(self, intro: str, verb_at: int) -> Actor | None:
        """The body or person last named before an introduction's verb ("UK Defence Intelligence
        just posted their update on X:"), when nothing but a few words stands between."""
        named = [
            m
            for m in self._mentions(intro)
            if m.end <= verb_at and m.actor.kind not in ("state", "group", NEW_ACTOR)
        ]
        if named and rx.fullmatch(r"(?:\s+[a-z]+){0,2}\s*", intro[named[-1].end : verb_at]):
            return named[-1].actor
        if named and rx.search(r"\b(?:he|she)\s+(?:also\s+|then\s+)?$", intro[:verb_at]):
            # (session 23) "Shoigu is in Pyongyang again. After the talks with Kim Jong Un he told
            # reporters:": the pronoun is the person the paragraph is about, its first named
            people = [m for m in named if m.actor.kind in ("official", "analyst")]
            if people:
                return people[0].actor
        return None

    def _late_qualifier(self, para: str, n_drafts: int) -> None:
        """A bare figure whose qualifier the paragraph gives after it: an aside right after its
        words ("80,000 Russian soldiers killed or wounded - at least - according to …"), or a
        later sentence about its wording ('Its wording was "over".', '"Around", the agency
        said.', "around that many"). Only a paragraph with one figure: the word has nothing else
        to bound."""
        new = [
            d for d in self.drafts[n_drafts:] if not d.dropped and d.figure is not None and not d.figure.share
        ]
        if not new or len({d.figure.text for d in new if d.figure}) != 1:
            return
        fig = new[0].figure
        assert fig is not None
        if fig.qualifier != "exact" or fig.low is None or fig.low != fig.high:
            return
        at = para.find(fig.text)
        if at < 0:
            return
        tail = para[at + len(fig.text) :]
        m = _ASIDE_QUALIFIER.search(tail[:160]) or _WORDING_QUALIFIER.search(tail)
        if m is None:
            return
        said = next(w for w in m.groups() if w)
        qualifier = QUALIFIER_PHRASES.get(rx.sub(r"\s+", " ", said.lower()), "")
        if not qualifier:
            return
        late = make_figure(fig.low, qualifier, fig.start, fig.end, fig.text)
        for d in new:
            d.figure = late

    # ----------------------------------------------------------------- actors
    def _label_actor(self, label: str, para: str) -> Actor | None:
        """The actor a paragraph label names: "MS. SINGH" (a surname the actors file knows),
        "SECRETARY BLINKEN", "Zelensky after a report from Syrskyi" (the first name given).
        An unknown label ("Forwarded from ССО") falls back to the body the post names as the
        doer at its start ("SSO operators eliminated ...")."""
        text = rx.sub(r"^[^\w\"“]+", "", label).strip()
        spokes = self._intro_spokesperson()
        if spokes is not None:
            # (session 17) "SPOKESMAN:", or "COL. LEE:" under "The spokesman, Col. Lee Sung-jun":
            # the body the introduction's spokesperson speaks for
            surname = rx.sub(r"^(?:[A-Z]{2,4}\.\s+)+", "", text).split()[-1:] if text else []
            if _SPOKES_LABEL.fullmatch(text) or (
                surname and rx.search(rf"\b{re.escape(surname[0])}\b", spokes[1], re.IGNORECASE)
            ):
                return spokes[0]
        for cand in (text, text.title()):
            found = self._mentions(cand)
            if found:
                return found[0].actor
        words = rx.findall(r"[A-Za-z][\w'’-]+", text)
        if words:
            surname = words[-1].lower()
            hits = [
                a
                for a in self.ref.actors.by_name.values()
                if a.kind not in ("group",) and a.name.split(" (")[0].lower().split()[-1:] == [surname]
            ]
            if len(hits) == 1:
                return hits[0]
        if (
            rx.match(
                r"(?i)(?:(?:deputy|chief|principal)\s+)?(?:spokes(?:man|woman|person)|press\s+secretary)\b",
                text,
            )
            and self.author is not None
            and self.author.kind not in ("state", "official", NEW_ACTOR)
        ):
            # (round 39) "SPOKESPERSON COL. LEE SUNG-JUN:" on the Joint Chiefs' own briefing page: a
            # spokesperson the actors file does not know speaks for the body whose page it is
            return self.author
        head = self._mentions(para[:80])
        if head and rx.match(
            r"\s+(?:[a-z]+\s+)?(?:eliminated|destroyed|killed|wounded|captured|hit|struck)\b",
            para[head[0].end :],
        ):
            return head[0].actor
        return None

    def _account_actor(self, name: str) -> Actor | None:
        """The actor an account name is: an alias, or a known body's alias plus its country
        ("SSO Ukraine", "HUR Ukraine")."""
        known = self.ref.actors.resolve(name)
        if known is None:
            found = self._mentions(name)
            rest = name[found[0].end :].strip() if found and found[0].start == 0 else "-"
            if rx.fullmatch(r"(?:Ukraine|Russia|UK|US|Korea|official)?", rest, re.IGNORECASE):
                known = found[0].actor
        words = rx.findall(r"[A-Za-z][\w'’-]+", name)
        if known is None and words and words[-1][0].isupper():
            # "Voenkor Romanov": a channel named by a title and a surname one known person has
            surname = words[-1].lower()
            hits = [
                a
                for a in self.ref.actors.by_name.values()
                if a.kind not in ("group", "state", "state_body")
                and " " in a.name.split(" (")[0]
                and a.name.split(" (")[0].lower().split()[-1] == surname
            ]
            if len(hits) == 1:
                known = hits[0]
        return known

    def _author(self) -> Actor | None:
        """The actor a press release or a copied social-media post is by, if any."""
        if self.layout.account:  # "UK Ministry of Defence" above "@DefenceHQ"
            # "Сили спеціальних операцій ЗСУ | SSO Ukraine": a channel named in two languages
            parts = [self.layout.account, *rx.split(r"\s+[|·•/]\s+", self.layout.account)]
            known = next((a for p in parts if (a := self._account_actor(p)) is not None), None)
            if known is None and self.layout.account_inline:
                return None  # (round 41) a thread by someone the actors file does not know
            return known or self._new_actor_named(self.layout.account, "")
        for line in (self.layout.outlet, self.layout.title):
            name = rx.sub(
                r"(?i)^(?:statement|press\s+release|communiqu[ée])\s+(?:of|by|from)\s+"
                r"(?:the\s+)?",
                "",
                line.strip(),
            )
            actor = self.ref.actors.resolve(name) if name else None
            if actor is not None:
                return actor
        if not self.layout.outlet and self.layout.title:
            # a body's own page, headed by its name: "Генеральний штаб ЗСУ / General Staff of the
            # Armed Forces of Ukraine", "REPUBLIC OF KOREA JOINT CHIEFS OF STAFF" (no outlet above)
            # (round 39: "Joint Chiefs of Staff, Republic of Korea": the body, then its country)
            for part in rx.split(
                r"\s+[|/·•]\s+|,\s+(?=Republic\s+of\s+|Ukraine$|Russia$|United\s+States$)",
                self.layout.title.strip(),
            ):
                if part.isupper():  # "REPUBLIC OF KOREA JOINT CHIEFS OF STAFF": small words stay small
                    part = rx.sub(r"\b(Of|The|And|For)\b", lambda w: w.group(1).lower(), part.title())
                found = self._mentions(part)
                if (
                    found
                    and found[-1].end == len(part)
                    and found[-1].actor.kind not in ("state", "official", NEW_ACTOR)
                    and not rx.search(r"[.!?:]|\b(?:says?|said|claims?)\b", part)
                ):
                    return found[-1].actor
        # "... – address by the President of Ukraine": an official site's speech or statement
        by = rx.search(
            r"[-–—:]\s*(?:(?:video\s+)?address|speech|statement|message|remarks)\s+(?:by|of)\s+(?:the\s+)?"
            r"(?P<who>[A-Z][^–—|]{2,60}?)\s*$",
            self.layout.title,
        )
        if by:
            return self.ref.actors.resolve(by.group("who"))
        return None

    def _title_speaker(self) -> Actor | None:
        """The speaker a headline credits ("..., South Korea's spy agency says", "Zelensky: ..."):
        who an unattributed lead speaks for."""
        t = self.layout.title.strip()
        m = rx.match(r"^(?P<who>[A-Z][^:]{1,50}):\s+\S", t) or rx.search(
            r",\s+(?P<who>[^,]{2,60}?)\s+(?:says|said|claims|estimates|reports)\s*$", t
        )
        if m is None:
            return None
        who = m.group("who").strip()
        found = self.ref.actors.mentions(who)
        if found and found[-1].end == len(who):
            return found[-1].actor
        return self.ref.actors.resolve(who)

    def _address_page(self) -> tuple[Actor, DateMention | None] | None:
        """(speaker, day) when the page is the full text of one person's address or speech
        ("Full text: Zelensky's evening address of January 6 - …"): its paragraphs are theirs,
        said on the day the headline gives (else the page's day); bracketed editor's notes are not."""
        t = self.layout.title
        if not rx.search(r"(?i)\b(?:full\s+text|transcript|text\s+of)\b", t) or not rx.search(
            r"(?i)\b(?:address|speech|remarks)\b", t
        ):
            return None
        people = [m.actor for m in self.ref.actors.mentions(t) if m.actor.kind == "official"]
        if not people:
            return None
        ref = self.page_pub
        days = [d for d in find_dates(t, ref) if d.precision == "day"] if ref else []
        return people[0], (days[0] if days else None)

    def _home_country(self) -> str:
        """Where the copy comes from (the dateline's city, else the outlet): "the spy agency" in
        a story filed from Seoul by Yonhap is South Korea's when no agency was named before.
        (session 17) A masthead kept as the title ("KYIV MORNING LINE | English-language service |
        Wednesday, 18 December 2024") names the outlet in its first part."""
        masthead = ""
        if not self.layout.outlet and rx.search(r"\s[|│]\s", self.layout.title or ""):
            first = rx.split(r"\s[|│]\s", self.layout.title)[0]
            masthead = first if first.upper() == first and len(first.split()) <= 5 else ""
        for text in (self.layout.city.title(), self.layout.outlet, masthead):
            for hint, side in SIDE_HINTS:
                if text and rx.search(hint, text):
                    return side
            if rx.search(
                r"(?i)\b(?:yonhap|kbs|korea\s+(?:herald|times|joongang)|joongang|arirang|dong-?a|chosun|hankyoreh|nk\s+news)\b",
                text or "",
            ):
                return "South Korea"
            if rx.search(r"(?i)\b(?:ukrinform|kyiv|ukrainska|suspilne|babel)\b", text or ""):
                return "Ukraine"
            if rx.search(r"(?i)\b(?:tass|ria|sputnik|interfax|izvestia)\b", text or ""):
                return "Russia"
        return ""

    def _mentions(self, text: str) -> list[Mention]:
        """Actor mentions; coordinated groups split ("both Ukrainian and Western officials").
        Depends only on the text and the reference files, so each text is read once per report
        (a clause is asked about two or three times)."""
        hit = self._mention_cache.get(text)
        if hit is None:
            hit = self._mention_cache[text] = tuple(self._find_mentions(text))
        return list(hit)

    def _missions(self, text: str, found: list[Mention]) -> list[Mention]:
        """A state's diplomats: "North Korea's mission (to the UN)", "the mission of the Russian
        Federation" are the actors file's UN mission of that state; "the Russian Embassy in Oslo"
        is the state (an embassy has no row of its own)."""
        out = []
        for m in found:
            country = COUNTRY_NAME.get(m.actor.side, "") if m.actor.kind == "state" else ""
            if country:
                after = _MISSION_AFTER.match(text, m.end)
                before = _MISSION_BEFORE.search(text[max(0, m.start - 20) : m.start])
                mission = self.ref.actors.resolve(f"{country}'s UN mission")
                if mission is not None and mission.kind != "state" and (after or before):
                    start = m.start - len(before.group(0)) if before else m.start
                    end = after.end() if after else m.end
                    m = Mention(mission, start, end, text[start:end])
            out.append(m)
        taken = [(m.start, m.end) for m in out]
        for e in _ADJ_EMBASSY.finditer(text):
            side = SIDE_WORDS.get(rx.sub(r"\s+", " ", e.group(1)), "")
            state = self.ref.actors.resolve(COUNTRY_NAME.get(side, "")) if side else None
            if state is None or any(s < e.end() and e.start() < t for s, t in taken):
                continue
            if not e.group(2).lower().startswith(("embassy", "foreign")):
                state = self.ref.actors.resolve(f"{COUNTRY_NAME[side]}'s UN mission") or state
            out.append(Mention(state, e.start(), e.end(), e.group(0)))
        return sorted(out, key=lambda x: (x.start, x.end))

    def _find_mentions(self, text: str) -> list[Mention]:
        found = self.ref.actors.mentions(text)
        # "Ryder told reporters", "Romanov wrote": a surname alone that one known person has
        found = sorted(found + self.ref.actors.surname_mentions(text, found), key=lambda m: m.start)
        # "RBC-Ukraine", "Suspilne-Ukraine": a state's name glued by a hyphen to a capitalised word
        # before it is part of an outlet's name, not the state
        found = [
            m
            for m in found
            if not (
                m.actor.kind == "state" and rx.search(r"[A-Z][\w]*-$", text[max(0, m.start - 20) : m.start])
            )
            # "in an interview with The Washington Post", "the Kyiv Independent", "Korea Times": a
            # place's name that begins a newspaper's is the paper, not the state
            and not (m.actor.kind == "state" and _PAPER_AFTER_PLACE.match(text, m.end))
        ]
        # A name goes on past the alias it starts with: "Ukraine's General Staff of the Armed
        # Forces" is the General Staff, not a new actor "Armed Forces".
        longer = []
        for m in found:
            tail = _NAME_TAIL.match(text, m.end)
            if tail and not any(o is not m and m.end <= o.start < tail.end() for o in found):
                m = Mention(m.actor, m.start, tail.end(), text[m.start : tail.end()])
            longer.append(m)
        found = longer
        found = _named_by_acronym(text, found)
        found = self._missions(text, found)
        merged: set[int] = set()
        for i, m in enumerate(found):
            # "Seoul's Joint Chiefs of Staff", "Kyiv's General Staff": a country named by its capital
            # or short name before a body's name is that country's body, as the actors file
            # spells it with the country's name
            # (also without the possessive: "Republic of Korea Joint Chiefs of Staff")
            country = COUNTRY_NAME.get(m.actor.side, "") if m.actor.kind == "state" else ""
            body = _BODY_AFTER_COUNTRY.match(text, m.end) if country else None
            inner = [o for o in found if body is not None and m.start < o.start < body.end()]
            if (
                body is not None
                and len(inner) == 1
                and inner[0].start == body.start(1)
                and inner[0].actor.side == m.actor.side
                and inner[0].actor.kind != "state"
            ):
                if inner[0].actor.kind == "official" and rx.search(r"\bof\s+(?:the\s+)?$", text[: m.start]):
                    # (round 40) "the state secretary of the USA Antony Blinken": the country ends
                    # the title; the person is named on their own (and speaks)
                    merged.add(id(m))
                    continue
                # "South Korea's own National Intelligence Service": one body, named with its country
                found[i] = Mention(inner[0].actor, m.start, inner[0].end, text[m.start : inner[0].end])
                merged.add(id(inner[0]))
                continue
            if body is None or inner:
                continue
            words = body.group(1).split()
            while words and words[-1] in ("of", "the", "and"):
                words.pop()
            for n in range(len(words), 0, -1):
                if not _BODY_HEAD.fullmatch(words[n - 1]):
                    continue  # a body's name ends in its kind of body ("… of Staff", "… Service")
                actor = self.ref.actors.resolve(f"{country}'s {' '.join(words[:n])}")
                if actor is not None and actor.kind != "state":
                    end = body.start(1) + len(" ".join(words[:n]))
                    found[i] = Mention(actor, m.start, end, text[m.start : end])
                    break
        found = [m for m in found if id(m) not in merged]
        for m in list(found):
            # "the Joint Chiefs of Staff of the Republic of Korea", "the Ministry of Defence of the
            # Russian Federation": a body named with its country after it is that country's body
            country = COUNTRY_NAME.get(m.actor.side, "") if m.actor.kind == "state" else ""
            lo = max(0, m.start - 80)
            if not country or not rx.search(r"\bof\s+(?:the\s+)?$", text[max(0, m.start - 9) : m.start]):
                continue
            head = _BODY_BEFORE_COUNTRY.search(text, lo, m.start)
            if head is None:
                continue
            words = head.group(1).split()
            for k in range(len(words)):
                name = " ".join(words[k:])
                if not _BODY_HEAD.fullmatch(words[-1]):
                    break
                actor = self.ref.actors.resolve(f"{country}'s {name}")
                if actor is not None and actor.kind != "state":
                    start = head.start(1) + len(" ".join(words[:k])) + (1 if k else 0)
                    found = [o for o in found if o.end <= start or o.start >= m.end]
                    found.append(Mention(actor, start, m.end, text[start : m.end]))
                    break
        found.sort(key=lambda x: (x.start, x.end))
        for org, person in pairwise(found):
            if (
                person.actor.kind == "official"
                and person.actor.parent == org.actor.name
                and rx.fullmatch(r"['’]s\s+", text[org.end : person.start])
            ):
                # "Pentagon's Ryder", "NATO's Rutte": the body's own person, named by the body
                whole = Mention(person.actor, org.start, person.end, text[org.start : person.end])
                found = [whole if m is org else m for m in found if m is not person]
                break
        for t in _COUNTRY_TITLE.finditer(text):
            # "Ukraine's president put ...": a title held by one person of that country is that
            # person (the actors file's "President of Ukraine"), not the country; a name right
            # after the title is its own mention
            if rx.match(r"\s+[A-Z][a-z]", text[t.end() :]):
                continue
            title = t.group("t").lower()
            country = t.group("c") or COUNTRY_NAME.get(SIDE_WORDS.get(t.group("adj") or "", ""), "")
            actor = self.ref.actors.resolve(f"{title} of {country}") if country else None
            if actor is None or actor.kind != "official":
                continue
            found = [m for m in found if m.end <= t.start() or m.start >= t.end()]
            found.append(Mention(actor, t.start(), t.end(), t.group(0)))
        for g in _GROUP_RE.finditer(text):
            core_start = g.start("adjs")
            if any(m.start <= core_start and m.end >= g.end() for m in found):
                continue  # the whole phrase is an alias ("US and South Korean officials")
            noun = rx.sub(r"\s+", " ", g.group("noun"))
            parts = [
                rx.sub(r"\s+", " ", a)
                for a in rx.split(r"\s*,\s*|\s+(?:and|nor)\s+|,", g.group("adjs"))
                if a.strip()
            ]
            found = [m for m in found if m.end <= g.start() or m.start >= g.end()]
            group = self._group_actor(parts, noun)
            if group is not None:
                # "U.S., South Korean and Ukrainian authorities", "South Korean and US officials":
                # a group the actors file knows, spelt or ordered another way, speaks as one
                found.append(Mention(group, g.start(), g.end(), g.group(0)))
                continue
            for adj in parts:
                actor = self.ref.actors.resolve(f"{adj} {noun}")
                if actor is None:
                    actor = Actor(f"{adj} {noun}", NATIONALITY_SIDE.get(adj, "Other"), "group")
                found.append(Mention(actor, g.start(), g.end(), g.group(0)))
        for g in _GROUP_IN_RE.finditer(text):
            parts = [
                _COUNTRY_ADJ.get(rx.sub(r"\s+", " ", rx.sub(r"^the\s+", "", c.strip())), "")
                for c in rx.split(r"\s*,\s*(?:and\s+)?|\s+and\s+", g.group("cs"))
                if c.strip()
            ]
            group = self._group_actor(parts, g.group("noun").lower()) if all(parts) else None
            if group is not None:
                # "officials in the US, South Korea and Ukraine say": the group the actors file
                # names by its nationalities ("US, South Korean and Ukrainian officials")
                found = [m for m in found if m.end <= g.start() or m.start >= g.end()]
                found.append(Mention(group, g.start(), g.end(), g.group(0)))
        return sorted(found, key=lambda m: (m.start, m.end))

    def _described_person(self, described: re.Match[str]) -> Actor | None:
        """The one known person a description before a verb stands for: the head of the body it
        names (a person of that body named with a head's title, earlier or in the paragraph and
        the two after it), or a blogger of that nationality named there."""
        body: Actor | None = None
        if described.group("role"):
            found = self._mentions(described.group("body"))
            if len(found) != 1 or found[0].actor.kind in ("official", "media", "person", NEW_ACTOR):
                return None
            body = found[0].actor
        side = SIDE_WORDS.get(described.group("adj") or "", "")
        pi = self.para_index
        texts = [*self.sent_log.values()][-3:] + list(self.layout.paragraphs[pi : pi + 3])
        people: set[str] = set()
        for text in texts:
            for m in self._mentions(text):
                a = m.actor
                if body is not None:
                    if (
                        a.kind == "official"
                        and a.parent == body.name
                        and (
                            _HEAD_TITLE.search(text[max(0, m.start - 40) : m.end + 40])
                            # (round 52) "Sergei Shoigu … . After talks, the secretary of Russia's
                            # Security Council told reporters": a council has one secretary, and
                            # the official of it the report named is the one
                            or described.group("role") == "secretary"
                        )
                    ):
                        people.add(a.name)
                elif "blogger" in a.name.lower() and (not side or a.side == side):
                    people.add(a.name)
        return self.ref.actors.by_name.get(people.pop()) if len(people) == 1 else None

    def _group_actor(self, parts: list[str], noun: str) -> Actor | None:
        """A coordinated group of nationalities the actors file names as one group, whatever the
        order of the adjectives or the spelling of "U.S." ("American" is "US")."""
        if not 2 <= len(parts) <= 4:
            return None
        norm = [{"U.S.": "US", "American": "US"}.get(p, p) for p in parts]
        for perm in permutations(norm):
            head = ", ".join(perm[:-1])
            actor = self.ref.actors.resolve(f"{head} and {perm[-1]} {noun}")
            if actor is not None and actor.kind == "group":
                return actor
        return None

    def _speech_verbs(self, clause: str) -> list[re.Match[str]]:
        out = []
        for m in _SPEECH_RE.finditer(clause):
            w = m.group(0)
            if w in ("claims", "claim", "reports", "estimate", "estimates") and _NOUN_BEFORE.search(
                clause[: m.start()]
            ):
                continue
            if w in ("estimated", "reported") and rx.search(
                r"\b(?:an|the|its|their|his|her|our|a\s+total\s+of)\s+(?:[a-z]+ly\s+)?$", clause[: m.start()]
            ):
                continue  # "an estimated 200 killed", "the reported figure": an adjective, nobody speaks
            if w in ("estimate", "estimates") and rx.match(
                r"\s+(?:of\s+[\w\s-]{2,40}?\s+)?(?:by|from)\s+(?:the\s+)?[A-Z]", clause[m.end() :]
            ):
                continue  # "the estimate of deaths by the NIS": a noun, its source named after it
            if rx.search(
                r"\b(?:is|are|was|were|been|being)\s+(?:widely\s+|now\s+|also\s+)?$", clause[: m.start()]
            ) and rx.match(r"\s+to\b", clause[m.end() :]):
                continue  # "North Korea is believed to have sent": nobody speaks here
            if (
                w in ("confirmed", "confirming")
                and rx.search(r",\s*$", clause[: m.start()])
                and rx.match(r"\s+(?:through|via|by\s+way\s+of|in\s+cooperation)\b", clause[m.end() :])
            ):
                continue  # (round 54) "…, confirmed through cooperation with the SBU": how, not who speaks
            if _WHEN_ASIDE_BEFORE.search(clause[: m.start()]) and rx.match(
                r"[^,;:\d]{0,60}[,;][\"”’']?\s+(?!(?:he|she|they|it|we)\b)", clause[m.end() :]
            ):
                continue  # "X, on the day Moscow declared Kursk liberated, put the figure at": a time aside
            out.append(m)
        return out

    @staticmethod
    def _compared_source(clause: str, at: int, verbs: list[re.Match[str]], mentions: list[Mention]) -> bool:
        """Whether the source named from `at` on ("given by Kyiv", "according to HUR") belongs to a
        figure the clause compares its own with ("…, well below the figure given by Kyiv", "…, up from
        the 100 given by HUR"), while a speaker named before it, with a verb of saying, gives the
        clause's own figure ("The JCS put casualties at around 1,100, …")."""
        cmp = _COMPARED.search(clause, 0, at)
        if cmp is None or rx.search(r"[;:]", clause[cmp.end() : at]):
            return False
        if not find_figures(clause[: cmp.start()]):
            return False  # the compared figure comes first: nothing of the speaker's own before it
        return any(
            v.end() <= cmp.start() and any(0 <= v.start() - m.end <= 40 for m in mentions) for v in verbs
        )

    def _claimant(
        self, clause: str, mentions: list[Mention]
    ) -> tuple[list[Actor], int, int, bool, list[tuple[int, int]]]:
        """(claimants, verb start, verb end, named explicitly, claimant spans) or no claimants."""
        verbs = self._speech_verbs(clause)

        def group_at(m: Mention) -> list[Mention]:
            return [x for x in mentions if x.start == m.start and x.end == m.end]

        def pack(
            ms: list[Mention], vs: int, ve: int
        ) -> tuple[list[Actor], int, int, bool, list[tuple[int, int]]]:
            return [x.actor for x in ms], vs, ve, True, [(x.start, x.end) for x in ms]

        derived = _DERIVED_TALLY.search(clause)
        if derived is not None and any(f.start >= derived.end() for f in find_figures(clause)):
            # "GlobeWire's tally of the NIS figures puts total casualties at roughly 3,000": a sum
            # someone made of another's figures, not a figure anyone stated
            return [], 0, 0, False, []
        quoted_as = _QUOTED_AS.search(clause)
        quoted_src = [
            m
            for m in mentions
            if quoted_as is not None and quoted_as.start("who") <= m.start < quoted_as.end("who")
        ]
        if quoted_as is not None and quoted_src:
            # "The Times quoted a senior U.S. defense official as saying several hundred …": the one
            # quoted gives the figure; the paper relays it (round 30)
            return pack(group_at(quoted_src[-1]), quoted_as.start("as"), quoted_as.end("as"))
        described = _DESCRIBED_SPEAKER.search(clause, 0, verbs[0].start()) if verbs else None
        person = self._described_person(described) if described else None
        if described is not None and person is not None:
            # "…, the head of Ukraine's military intelligence told a visiting lawmaker" with
            # "Kyrylo Budanov, chief of Ukraine's Defence Intelligence" next: the person (the
            # description must stand right before the clause's first verb)
            v = verbs[0]
            return [person], v.start(), v.end(), True, [(described.start("desc"), described.end("desc"))]
        you = _YOU_SAID.search(clause) if self.answerer is not None else None
        if you is not None and self.answerer is not None:
            # "On New Year's Day you said Russia had lost …": the answerer's own earlier figure
            return [self.answerer], you.start(), you.end(), True, []
        if self.para_speaker is not None and (
            not verbs
            or rx.search(r"(?:\b[Ww]e|\bI|\b[Oo]ur\s+\w+)\s+(?:\w+\s+){0,2}$", clause[: verbs[0].start()])
        ):
            # a transcript turn or a forwarded post: the labelled speaker, unless they relay
            # someone else ("the Pentagon said")
            v0 = verbs[0] if verbs else None
            return [self.para_speaker], v0.start() if v0 else 0, v0.end() if v0 else 0, True, []
        if not verbs:
            # "Back in April the NIS figure was about six hundred dead": whose figure it was
            for m in mentions:
                if rx.match(
                    r"['’]s\s+(?:own\s+|latest\s+|updated\s+|live\s+)?(?:map|maps|data|tally)\s+"
                    # ((round 61) "DeepState's map on Thursday showed Ukrainian forces holding 140 …")
                    r"(?:(?:on|last)\s+[A-Z][a-z]+\s+|today\s+|yesterday\s+)?(?:now\s+|currently\s+"
                    r"|still\s+)?(?:shows?|showed|puts?|indicates?|indicated)\b",
                    clause[m.end :],
                ):
                    return pack(group_at(m), m.start, m.end)  # "DeepState's map now shows 140 km²"
                if _PAPER_GAVE.match(clause, m.end):
                    # "The NIS's briefing to the committee on 13 January produced the first detailed
                    # numbers: about 300 killed": the body whose briefing or report gave them
                    return pack(group_at(m), m.start, m.end)
                if rx.match(
                    # ("The NIS's killed-only estimate reached around 2,000": a word or two before
                    # the noun, and a verb of growth)
                    r"(?:['’]s)?\s+(?:own\s+|latest\s+|earlier\s+|official\s+|[a-z]+-[a-z]+\s+|new\s+|revised\s+)?"
                    r"(?:casualty\s+|death\s+|loss\s+)?(?:figure|estimate|count|tally|toll)"
                    r"(?:\s+of\s+[\w\s-]{2,40}?)?"  # "the NIS's estimate of deaths was about 300"
                    r"(?:\s*,[^,;]{1,80},)?"  # ("…, still widely quoted, was", "…, given in an interview …, was")
                    r"(?:\s+(?:now|currently|still|then))?"  # ("The NIS's count now stands at")
                    r"\s+(?:was|is|had\s+been|has\s+been|(?:had\s+|has\s+)?stood\s+at|stands\s+at|reached|had\s+reached"
                    r"|has\s+reached|(?:rose|climbed|grew|increased|jumped|had\s+risen|has\s+risen)\s+to|topped|passed"
                    r"|exceeded)\b",
                    clause[m.end :],
                ):
                    return pack(group_at(m), m.start, m.end)
                if rx.search(
                    r"\b(?:figure|estimate|count|tally|toll|assessment)\s+(?:of\s+[\w\s-]{2,40}?\s+)?(?:by|from)\s+(?:the\s+)?$",
                    clause[: m.start],
                ) and rx.match(
                    r"(?:\s*,[^,;]{1,80},)?\s+(?:was|is|had\s+been|has\s+been|stood\s+at|stands\s+at)\b",
                    clause[m.end :],
                ):
                    # "The most recent estimate of deaths by South Korea's NIS, given to lawmakers in
                    # January, was about 300": the body the estimate is by
                    return pack(group_at(m), m.start, m.end)
        whose_count = _WHOSE_COUNT.search(clause) if not mentions else None
        back = self._anaphora(whose_count.group("np")) if whose_count else None
        if whose_count is not None and back is not None:
            # (round 41, writer 130's features, read after they were scored) "In late April the
            # agency's count had stood at about 600 dead": the agency named before
            return [back], whose_count.start("np"), whose_count.end("np"), True, []
        if not verbs:
            tail = _TAIL_SOURCE.search(clause)
            at = tail.start("who") if tail and tail.group("who") else (tail.start("who2") if tail else -1)
            src = [
                m
                for m in mentions
                if tail is not None
                and at <= m.start
                # ("(President Volodymyr Zelenskyy, on Telegram, Monday)": a title before the name)
                and (m.start <= at + 4 or rx.fullmatch(r"(?:[A-Z][\w.'’-]*\s+){1,4}", clause[at : m.start]))
            ]
            if tail is not None and src:
                # "About 11,000 … are in the Kursk region (Zelensky, 7 November).", "… killed — NIS,
                # 13 January.": a source given in brackets or after a dash at the end
                return pack(group_at(src[0]), tail.start(), tail.start() + 1)
            for m in mentions:
                if rx.search(
                    r"\d[\d,.]*\s*[kK]?[\"”']?\s+(?:that\s+|which\s+)?$", clause[: m.start]
                ) and rx.match(r"\s+(?:had\s+|has\s+|first\s+)?" + _GAVE, clause[m.end :]):
                    # 'up from the "about 600" the NIS gave lawmakers in April': the figure is theirs
                    return pack(group_at(m), m.start, m.end)
            rel = rx.search(
                r"\d[\d,.]*\s*[kK]?[\"”']?\s+(?:that\s+|which\s+)?(?P<np>[Tt]he\s+(?:same\s+)?(?:spy\s+)?(?:agency|ministry|service))"
                r"\s+(?:had\s+|has\s+|first\s+)?" + _GAVE,
                clause,
            )
            back = self._anaphora(rel.group("np")) if rel else None
            if rel is not None and back is not None:
                return [back], rel.start("np"), rel.end("np"), True, []
            est = rx.search(
                r"\b(?:estimate|figure|count|tally|assessment|number)s?\s+(?:that\s+)?(?:the\s+)?", clause
            )
            src = [m for m in mentions if est is not None and est.end() <= m.start <= est.end() + 2]
            if (
                est is not None
                and src
                and rx.match(r"\s+(?:had\s+|has\s+|first\s+)?" + _GAVE, clause[src[0].end :])
            ):
                # "the estimate South Korea's NIS gave lawmakers on 13 January: about 300 …"
                return pack(group_at(src[0]), src[0].start, src[0].end)
        if not verbs:
            for m in mentions:
                if rx.match(
                    r"['’]s\s+(?:[\w-]+\s+)?(?:figure|estimate|count|tally|toll)\s+of\s+[\"“]?"
                    r"(?:(?:about|around|over|more\s+than|some|nearly|almost|up\s+to|at\s+least)\s+)?\d",
                    clause[m.end :],
                ):
                    # "Zelensky's figure of 11,000 North Korean troops …": whose figure it is
                    return pack(group_at(m), m.start, m.end)
                if rx.match(
                    r"['’]s\s+(?:[\w-]+\s+)?(?:claim|statement|assertion|assessment|estimate|announcement|finding"
                    r"|conclusion)\s+that\b",
                    clause[m.end :],
                ):
                    # "Zelensky's claim that 3,000 … had been killed": whose claim it is
                    return pack(group_at(m), m.start, m.end)
        published_by = rx.search(
            r"\b(?:map|maps|data|update|tally)\s+(?:published|released|posted|updated)\s+(?:\w+\s+){0,3}?"
            r"(?P<by>by\s+(?:the\s+)?)(?=[A-Z])",
            clause,
        )
        src = [m for m in mentions if published_by is not None and m.start == published_by.end("by")]
        if published_by is not None and src and verbs and verbs[0].start() > src[0].end:
            # ((round 61) "A map published Thursday by DeepState, a Ukrainian monitoring group,
            # showed Ukrainian forces holding 140 square kilometres": the map's maker, not the
            # nation its apposition or its figure names)
            return pack(group_at(src[0]), published_by.start("by"), published_by.end("by"))
        passive = rx.search(
            r"\b(?:was|were|is|are|been)\s+(?:put|estimated|placed|assessed|reckoned|given|pegged)\s+at\s+[^.;]{1,60}?"
            r"\s(?P<by>by\s+(?:the\s+)?)(?=[A-Z])",
            clause,
        )
        src = [m for m in mentions if passive is not None and m.start == passive.end("by")]
        if passive is not None and src:
            # "The number of dead was put at about 300 by the NIS": the agent of the estimate
            return pack(group_at(src[0]), passive.start("by"), passive.end("by"))
        came = (
            rx.search(
                r"\b(?:count|estimate|figure|number|tally|toll|assessment|casualty\s+figure|data)s?\s+"
                r"(?:\w+\s+){0,2}?(?:came|comes|had\s+come|has\s+come)\s+from\s+(?:the\s+)?",
                clause,
            )
            if not verbs or verbs[0].start() > 0
            else None
        )
        src = [m for m in mentions if came is not None and came.end() - 4 <= m.start <= came.end() + 1]
        if (
            came is not None
            and src
            and verbs
            and not rx.fullmatch(
                # "The figure came from X, a news website, which said about 500 …": the body the
                # figure came from is the one that says it (the verb in its relative clause)
                r"(?:['’]s\s+[\w-]+)?(?:,\s+(?:an?|the)\s+[^,;]{1,60})?,\s+(?:which|who)\s+(?:also\s+|had\s+|has\s+)?",
                clause[src[0].end : verbs[0].start()],
            )
        ):
            came = None
        if came is not None and src:
            # "The earliest official count came from South Korea's NIS on 19 December: at least 100
            # …": the body the count came from speaks
            return pack(group_at(src[0]), came.start(), came.end())
        estimate_of = rx.search(r"\b(?:estimate|assessment)s?\s+of\s+(?:the\s+)?(?=[A-Z])", clause)
        src = [m for m in mentions if estimate_of is not None and m.start == estimate_of.end()]
        if estimate_of is not None and src and rx.match(r"\s+that\b", clause[src[0].end :]):
            # (QA pass 35) "The same reports restated the estimate of US and South Korean officials
            # that more than 10,000 …": whose estimate it is says it, not the reports' speaker
            return pack(group_at(src[0]), estimate_of.start(), estimate_of.end())
        notice = rx.search(
            r"\b(?:notice|statement|release|report|update|briefing|assessment|post|message)\s+from\s+(?:the\s+)?",
            clause,
        )
        src = [m for m in mentions if notice is not None and notice.end() - 4 <= m.start <= notice.end() + 1]
        which = (
            rx.match(
                r"(?:['’]s\s+[\w-]+)?(?:\s+(?:on|in|of)\s+[^,;]{1,30})?,\s+(?:which|who)\s+(?:also\s+)?"
                r"(?P<v>said|stated|reported|added|warned|claimed)\b",
                clause[src[0].end :],
            )
            if src
            else None
        )
        if notice is not None and src and which is not None:
            # (round 64) "follows a press notice from the NIS on February 27, which said …
            # additional troops had been deployed": the body the notice came from says it
            at = src[0].end
            return pack(group_at(src[0]), at + which.start("v"), at + which.end("v"))
        own = (_OWN_FIGURE.match(clause) or _OWN_FIGURE_COLON.search(clause)) if not verbs else None
        if own:
            # "Its estimate: about 600 dead", "The agency's new figure is about 600": whose
            # figure it is, named before
            word = own.group("pos")
            owner = [
                m
                for m in mentions
                if word
                and m.actor.kind != "state"
                and _SUBJECT_THEN_OWN.fullmatch(clause[m.end : own.start("pos")])
                and not _PREP_BEFORE.search(clause[: m.start])
            ]
            if owner:
                # "Within hours South Korea's Joint Chiefs of Staff offered its own estimate: around
                # 1,100": the subject right before the possessive owns the figure
                return pack(group_at(owner[-1]), own.start(), own.end())
            subject = {"its": "it", "his": "he", "her": "she", "their": "they"}.get((word or "").lower(), "")
            back = self._anaphora(f", {subject} " if subject else "the " + (own.group("noun") or ""))
            if back is not None:
                return [back], own.start(), own.end(), False, []
        dash = _DASH_SPEAKER.match(clause) if not verbs else None
        if dash:
            # "BREAKING: Zelensky -- over 3,000 North Korean soldiers killed …": an alert's
            # "Speaker -- content", the speaker's name (a person or a body, not a dateline's
            # place) and nothing else before the dash
            dash_named = [
                m
                for m in mentions
                if m.start <= dash.start("who") + 4
                and dash.end("who") - 1 <= m.end <= dash.end("who")
                and m.actor.kind not in ("state", NEW_ACTOR)
            ]
            if dash_named:
                return pack(group_at(dash_named[0]), dash.end("who"), dash.end("who") + 1)
        # (session 23) a title's full stop ("via Rep. Lee Seong-kweun:") does not end the speaker
        colon = rx.match(r"\W*(?P<who>[^:;.]{2,120}?):\s+\S", _TITLE_DOT.sub("\\1\u2024", clause))
        if colon and not verbs:
            # "South Korea's Joint Chiefs of Staff: North Korean troops have suffered ...": a
            # brief's or a post's "Speaker: content"
            ends = [
                m
                for m in mentions
                if m.end >= colon.end("who") - 1
                and m.start < colon.end("who")
                # ("Zelensky, in remarks to reporters in Kyiv:": a capital as the place, no speaker)
                and not (m.actor.kind == "state" and _PREP_BEFORE.search(clause[: m.start]))
                and not _AFTER_REPORT.search(clause[: m.start])
                and not _TOPIC_OPENER.search(clause[: m.start])
            ]
            if ends:
                return pack(group_at(ends[0]), colon.end("who"), colon.end("who") + 1)
            paper = [
                m
                for m in mentions
                if m.end < colon.end("who")
                and m.actor.kind not in ("state", NEW_ACTOR)
                and _PAPER_BEFORE_COLON.fullmatch(clause, m.end, colon.end("who"))
                # ((round 54) "Zelenskyy, on Telegram, after Syrskyi's report: …": the report
                # was the occasion, the one named before it speaks)
                and not rx.search(r"\b(?:after|following)\s+$", clause[: m.start])
            ]
            if paper:
                # "Don't forget the HUR post on Dec 16: at least 30 …": the body whose post (or
                # briefing, update) the colon opens is the speaker, wherever the sentence starts
                at_body = [
                    m
                    for m in mentions
                    if m.end <= paper[-1].start
                    and m.actor.kind == "official"
                    and _WHERE_SPOKEN.fullmatch(clause[m.end : paper[-1].start])
                ]
                if at_body:
                    # (round 54) "Pat Ryder at the Pentagon briefing on Monday: 11,000 to 12,000":
                    # the person speaking at the body's briefing, as "X at the White House said"
                    return pack(group_at(at_body[-1]), colon.end("who"), colon.end("who") + 1)
                return pack(group_at(paper[-1]), colon.end("who"), colon.end("who") + 1)
            # "The agency revised the picture upward: roughly 300 killed and …": the subject of
            # the clause a colon opens onto the figures (a body or a person, not a state, whose
            # numbers the report would then give in its own voice)
            dated = rx.match(
                r"\W*(?:(?:On|In|By|Then,?\s+on)\s+(?:\d{1,2}\s+)?[A-Z][a-z]+(?:\s+\d{1,2})?(?:,?\s+\d{4})?,?\s+"
                # ("The same day the NIS briefed lawmakers: …": a day told by reference)
                r"|(?:The\s+same\s+day|That\s+(?:same\s+)?day|The\s+(?:next|following)\s+day"
                r"|(?:Later|Earlier)\s+that\s+(?:day|week|month)|Later|Earlier|Meanwhile"
                # ("Within hours South Korea's Joint Chiefs of Staff offered its own estimate: …")
                r"|Within\s+(?:hours|days|minutes|a\s+day|the\s+hour)|(?:Hours|Days|Minutes|A\s+day|A\s+week)\s+later"
                # ((round 41, writer 130's features, read after they were scored) "Two days later the
                # agency was more specific: …", "Six days later, on December 12, the blogger … :")
                r"|(?:One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|\d{1,2})\s+(?:days?|weeks?)\s+later"
                r"(?:,\s+on\s+[A-Z][a-z]+\s+\d{1,2})?),?\s+)?",
                clause,
            )  # "On 13 January 2025 the agency …:": the day said first
            at = dated.end() if dated else 0
            # (a person's description before the name: "the blogger Vladimir Romanov went further …:")
            described = rx.match(r"the\s+(?:[a-z-]+\s+){1,2}(?=[A-Z])", clause[at:])
            first = [
                m
                for m in mentions
                if (at <= m.start <= at + 4 or (described is not None and m.start == at + described.end()))
                and m.end < colon.end("who")
            ]
            if first and first[0].actor.kind != "state" and not _PREP_BEFORE.search(clause[: first[0].start]):
                return pack(group_at(first[0]), colon.end("who"), colon.end("who") + 1)
            same_post = rx.fullmatch(
                r"\W*(?:[Tt]he\s+)?[Ss]ame\s+(?:post|statement|report|bulletin|update|briefing|message)\s*",
                colon.group("who"),
            )
            post_before = self.sent_log.get(self.sentence_no - 1, "") if same_post else ""
            post_maker = [
                mm for mm in self._mentions(post_before) if mm.actor.kind not in ("state", "media", NEW_ACTOR)
            ]
            if post_maker:
                # (round 36) "UKR General Staff on Facebook denied …. Same post: total losses …
                # "more than 4,500"": the one whose post the sentence before was about
                return [post_maker[0].actor], colon.end("who"), colon.end("who") + 1, True, []
            anaphor = rx.match(
                r"\s*(?:[Tt]he\s+(?:same\s+)?(?:spy\s+)?(?:agency|ministry|service|staff|command))\b",
                clause[at:],
            )
            back = self._anaphora(anaphor.group(0).strip(' "“')) if anaphor else None
            if back is not None:
                return [back], colon.end("who"), colon.end("who") + 1, True, []
            further = _WENT_FURTHER.search(colon.group("who"))
            back = self._anaphora(f", {further.group('p').lower()} ") if further else None
            if further is not None and back is not None:
                # "Speaking to the AP on Sunday, he went further: "more than 4,000" …": the one the
                # pronoun stands for says what follows the colon
                return [back], colon.end("who"), colon.end("who") + 1, True, []
        label = _SPEAKER_LABEL.match(clause) if not verbs else None
        if label:
            # "Card 6. General Staff of the Armed Forces of Ukraine, on Facebook, 26 April 2025: …",
            # "e) Yesterday (7 Nov) - Ukrainian President Zelensky, in remarks to reporters: "…"",
            # "Second, UK Defence Intelligence's update on X today: upwards of 5,000 …": a speaker
            # set as the label of what follows, with the occasion, channel or date after the name
            labelled = [
                m
                for m in mentions
                if m.end <= label.end("who")
                and m.actor.kind not in ("state", NEW_ACTOR)
                and _LABEL_TAIL.fullmatch(clause[m.end : label.end("who")])
                and not rx.search(r"\b(?:that|which|who|is|are|was|were|has|have|had)\b", clause[: m.start])
                # "X, after a report from his commander-in-chief Syrskyi:": the report's author is not
                # the speaker of the label
                and not _AFTER_REPORT.search(clause[: m.start])
            ]
            if labelled:
                return pack(group_at(labelled[0]), label.end("who"), label.end("who") + 1)
        data = _DATA_FROM.search(clause)
        if data:
            src = [m for m in mentions if m.start == data.end()]
            show = _DATA_SHOW.search(clause, src[0].end) if src else None
            if src and show is not None and show.start() - src[0].end <= 60:
                # "Figures released by the General Staff on Monday showed that …", "Data from the NIS
                # show …": the body whose figures they are speaks
                return pack(group_at(src[0]), show.start(), show.end())
        quoted = rx.search(r"\b(?:quoted|cited)\s+(?:the\s+)?", clause)
        if quoted:
            as_saying_re = re.compile(r"\s+as\s+saying\b")
            who = [m for m in mentions if m.start == quoted.end()]
            as_saying = as_saying_re.search(clause, who[0].end) if who else None
            if who and as_saying is not None and as_saying.start() - who[0].end <= 12:
                # "Lee, a ruling party lawmaker, quoted the NIS as saying ... that": the NIS
                return pack(group_at(who[0]), as_saying.start(), as_saying.end())
            qa = _QUOTED_AGENCY.match(clause, quoted.start())
            back = self._anaphora(qa.group("np")) if qa else None
            if qa and back is not None:
                # "…, Lee quoted the agency as saying": the agency named before, which the
                # lawmaker relays (not a body named inside the content)
                return [back], qa.start("as"), qa.end("as"), True, []
        relay = rx.search(
            r"\b(?:Reps?\.|[Ll]awmakers?|[Ll]egislators?|MPs?|[Aa]ssembly(?:man|woman|members?))[^;]{0,90}?"
            r"\b(?P<v>told|said|says|briefed)\b[^;]{0,40}?\b(?:after|following|at|during|in)\s+(?:a|the)\s+"
            r"(?:closed-door\s+|parliamentary\s+|private\s+)?briefing\b(?!\s+by)",
            clause,
        )
        if relay:
            # "Rep. Park of the Democratic Party told reporters after the closed-door briefing that":
            # a lawmaker relays the briefing; the agency that briefed is the claimant
            briefer = next((a for a in reversed(self.history) if a.kind == "intelligence"), None)
            if briefer is not None:
                return [briefer], relay.start("v"), relay.end("v"), True, [(relay.start(), relay.start("v"))]
        for m in mentions:
            which = _IN_WHICH_HE.match(clause, m.end)
            if which and m.actor.kind in ("official", NEW_ACTOR):
                # "Zelenskyy gave an interview in which he put the number at 3,800": the "he" of
                # the relative clause is the subject who gave the interview
                return pack(group_at(m), which.start("v"), which.end("v"))
        for m in mentions:
            said = _BRIEFED_SAID.match(clause, m.end)
            if said and m.actor.kind not in ("state", NEW_ACTOR) and _BRIEFED_BY.search(clause, 0, m.start):
                # "South Korean lawmakers briefed by the NIS said at least 100 …": the listeners
                # relay; the body that briefed them gives the figure
                return pack(group_at(m), said.start("v"), said.end("v"))
        acc = rx.search(
            # "Per lawmaker Lee, ..." opening a sentence is "According to lawmaker Lee, ..."
            # ("…, per the NIS", "…, again per the NIS via Lee", "(per the same briefing)": "per" after
            # the content, set off by a comma, a bracket or a dash, is "according to" too)
            r"(?:\b[Aa]ccording\s+to|^\s*Per|(?<=[,(—–])\s*(?:(?:again|also|all|both|both\s+times)\s+)?per(?=\s+(?:the\s+)?[A-Za-z]))"
            r"\s+(?:the\s+|an?\s+)?(?:(?:latest\s+|new\s+)?(?:estimates?|figures?|data|reports?"
            # ("the assessment made public by the JCS on 27 March"; (round 40) a translation's "according
            # to the evaluations of", "according to the words of"; (round 57) an act's "according to a
            # statement of the Joint Chiefs of Staff of 27 March 2025")
            r"|assessments?|evaluations?|estimations?|words|information|statements?|announcements?)\s+"
            r"(?:(?:made\s+public|published|released|issued|given|presented)\s+)?(?:by|from|of)"
            r"\s+(?:the\s+)?)?"
            # the source told after the content as the maker of the figure: "…, by the count the
            # NIS gave lawmakers", "- an estimated figure posted on Telegram by HUR"
            r"|\bby\s+the\s+(?:count|estimate|tally|reckoning|figures?)(?:\s+(?:of|from))?\s+(?:the\s+)?"
            r"|\b(?:figures?|estimates?|counts?|tally|number|toll|claim)[,\s]\s*(?:posted|published|released|issued|given"
            r"|put\s+out)\s+(?:(?:on|in|via)\s+(?:[A-Z][\w-]+\s+){1,2})?by\s+(?:the\s+)?"
            # "The figure of 11,000 …, given by Zelensky on 7 November, …": a participle after a comma
            r"|,\s*(?:as\s+)?(?:first\s+)?(?:given|provided|released|published|issued|supplied|announced)\s+by\s+(?:the\s+)?"
            # "In the NIS's words, …", "By Kyiv's own count, …": whose words or reckoning
            r"|\b(?:[Ii]n|[Bb]y|[Oo]n)\s+(?:the\s+)?(?!(?:President|Secretary|Minister|General|Commander|Chief|Head)\b)"
            r"(?=[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,5}['’]s?\s+(?:own\s+)?"
            r"(?:words|view|estimate|estimation|assessment|count|reckoning|tally|account|figures|telling|version"
            r"|numbers|calculations?)\b)",
            clause,
        )
        if acc and any(v.end() <= acc.start() for v in verbs) and _OUTLET_RE.match(clause[acc.end() :]):
            acc = None  # "HUR reported 300 deaths on Dec. 16, according to The Associated Press"
        if acc and acc.group(0).lower().startswith("according"):
            said_then = [
                v
                for v in verbs
                if rx.fullmatch(
                    r"(?:\s+(?:on|in|at)\s+[^,;.:\"“]{1,30})?\s*,\s*", clause[v.end() : acc.start()]
                )
            ]
            if said_then and any(
                m.actor.kind != "state" and not clause[m.end : said_then[-1].start()].strip()
                for m in mentions
            ):
                acc = None  # "…, the NIS said, according to Lee": the body said it; the name after relays
        if acc and self._compared_source(clause, acc.start(), verbs, mentions):
            acc = None  # "X put the toll at 1,100, up from 300 according to Kyiv": the older figure's source
        if acc:
            pro = rx.match(
                # ("according to its estimate", "according to their figures": the owner named before)
                r"(?P<poss>its|his|her|their)\s+(?:own\s+|latest\s+|new\s+|updated\s+)?(?:estimates?|assessments?"
                r"|figures?|count|tally|calculations?|data)\b"
                r"|(?P<p>him|her|them|it)\b|(?P<np>(?:the\s+)?(?:same\s+)?(?:spy\s+)?(?:agency|ministry|service|department"
                # ((round 40) a translation's "according to the data of the intelligence": the
                # intelligence body named before)
                r"|command|council|general|minister|president|commander|intelligence|spokes(?:man|woman|person)))\b",
                clause[acc.end() :],
            )
            if pro and not any(acc.end() - 4 <= m.start <= acc.end() + 2 for m in mentions):
                # "According to him, …", "According to the agency, …": the speaker named before
                word = pro.group("p") or pro.group("poss")
                subject = {
                    "him": "he",
                    "his": "he",
                    "her": "she",
                    "them": "they",
                    "their": "they",
                    "it": "it",
                    "its": "it",
                }.get(word or "", "")
                back = self._anaphora(
                    f", {subject} " if subject else "the " + pro.group("np").removeprefix("the ")
                )
                if back is not None:
                    return [back], acc.start(), acc.end() + pro.end(), False, []
            head_of = _HEAD_OF_BODY.match(clause, acc.end())
            back = self._by_role(head_of.group("role").lower()) if head_of else None
            if (
                head_of
                and back is not None
                and back.kind == "official"
                and (
                    head_of.group("body").lower() in back.parent.lower()
                    or getattr(self.ref.actors.resolve(head_of.group("body")), "name", None) == back.parent
                )
            ):
                # "According to the chief of the General Staff, the enemy lost …": the person the
                # report named with that title before, not the body (or its namesake) after "of"
                return [back], acc.start(), head_of.end(), False, []
            after = [m for m in mentions if acc.end() - 4 <= m.start <= acc.end() + 2]
            if not after:
                # "according to the Ukrainian analytical project DeepState", "according to
                # analysts of the DeepState project": a source described before its name
                after = [
                    m
                    for m in mentions
                    if acc.end() < m.start <= acc.end() + 70
                    and (
                        _SOURCE_DESCRIBED.fullmatch(clause[acc.end() : m.start])
                        # "by the Russian military blogger X" (the alias takes "military blogger")
                        or rx.fullmatch(r"(?:[A-Z][a-z]+\s+){1,2}", clause[acc.end() : m.start])
                    )
                ][:1]
            if after:
                chief = self._titled_official(clause, mentions, after[0])
                if chief is not None:
                    # "according to Ukraine's military intelligence chief Kyrylo Budanov": the body
                    # names the person's post; the person gave the figure (round 31)
                    after = [chief]
                # "according to estimates by the NIS, the Pentagon and Ukraine": each one claims it
                listed = [after[0]]
                for m in mentions:
                    if m.start > listed[-1].end and rx.fullmatch(
                        r"\s*(?:,|,?\s+and)\s+(?:the\s+)?", clause[listed[-1].end : m.start]
                    ):
                        listed.append(m)
                # a list ends with "and X"; "According to Gerasimov, the Ukrainian armed forces
                # lost ...": after a comma alone comes the content, not another source
                while len(listed) > 1 and not rx.search(
                    r"\band\b", clause[listed[-2].end : listed[-1].start]
                ):
                    listed.pop()
                return pack(listed, acc.start(), acc.end())
            if rx.match(
                r"(?:my|our)\s+(?:own\s+)?(?:sources|information|data|estimates?)\b", clause[acc.end() :]
            ):
                author = self._author()
                if author is not None:  # "According to my sources, ...": the post's author speaks
                    return [author], acc.start(), acc.end(), True, []
            if (
                rx.match(
                    r"(?:same\s+)?(?:statement|ministry|agency|report|post|briefing)\b", clause[acc.end() :]
                )
                and self.prev_claimant
            ):
                return self.prev_claimant, acc.start(), acc.end(), False, []
            lawmaker = rx.match(
                r"(?:a\s+|the\s+)?(?:(?:ruling|opposition|South\s+Korean)\s+(?:party\s+)?)?(?:[Ll]awmakers?|Reps?\.|[Ll]egislators?)"
                r"(?:\s+[A-Z][\w'’-]+){0,3}",
                clause[acc.end() :],
            )
            briefer = next((a for a in reversed(self.history) if a.kind == "intelligence"), None)
            if (
                lawmaker
                and briefer is not None
                # "According to Rep. Yu, Kyrylo Budanov put …": the lawmaker relays the person named
                and not any(m.start >= acc.end() and m.actor.kind != "state" for m in mentions)
                # "…, the NIS said Wednesday, according to lawmakers": the speaker came first
                and not any(v.end() <= acc.start() for v in verbs)
            ):
                # "Per lawmaker Lee, who relayed it, around 300 …" after "NIS briefed the committee":
                # a lawmaker passes on the agency that briefed
                self.relayed_at = self.sentence_no
                return [briefer], acc.start(), acc.end() + lawmaker.end(), True, []
            role = _ROLE_AT.match(clause[acc.end() :])
            person = self._by_role(role.group(0)) if role else None
            if role and person is not None:
                # "According to the general": the last person the report named, by their role
                return [person], acc.start(), acc.end() + role.end(), False, []
        cite = rx.search(r"\bciting\s+(?:the\s+)?(?:country['’]s\s+|its\s+|their\s+)?", clause)
        via = rx.search(
            r"\b(?:citing|relaying)\s+(?:a|an|the|his|her|their)\s+(?:[\w-]+\s+){0,2}?(?:briefing|report|"
            r"assessment|estimate|data|findings|figures?|account)\s+(?:[\w'’]+\s+){0,3}?(?:from|by|of)"
            r"\s+(?:the\s+)?",
            clause,
        )
        relayed = rx.search(r"\b(?:relayed|relays|relaying|passed\s+on|conveyed)\s+", clause)
        if relayed:
            src = [
                m
                for m in mentions
                if m.start == relayed.end()
                and rx.match(
                    r"['’]s\s+(?:[\w-]+\s+){0,2}?(?:estimate|figure|count|assessment|tally|numbers?)s?\b",
                    clause[m.end :],
                )
            ]
            if src:  # "lawmaker Yu ... relayed Budanov's estimate of about 4,000": Budanov's figure
                return pack(group_at(src[0]), relayed.start(), relayed.end())
            authored = [
                m
                for m in mentions
                if m.start > relayed.end()
                and rx.fullmatch(
                    r"(?:an?|the|his|her|its)\s+(?:[\w-]+\s+){0,2}?(?:estimate|figure|count|assessment|tally)s?"
                    r"\s+(?:by|from|of)\s+(?:[\w'’-]+\s+){0,6}?",
                    clause[relayed.end() : m.start],
                )
                and rx.match(r"\s*(?:,|of\b)", clause[m.end :])
            ]
            if authored:
                # (round 68) "lawmaker Yu relayed an estimate by Ukraine's military intelligence chief
                # Kyrylo Budanov, who had briefed him in Kyiv, of about 4,000": the estimate's author
                return pack(group_at(authored[-1]), relayed.start(), relayed.end())
            whose = rx.match(
                r"(?P<np>the\s+(?:spy\s+)?(?:agency|service|ministry|staff|intelligence))['’]s\s+"
                r"(?:[\w-]+\s+){0,2}?(?:estimate|figure|count|assessment|tally|numbers?)s?\b",
                clause[relayed.end() :],
            )
            back = self._anaphora(whose.group("np")) if whose else None
            if back is not None:
                # '"…," he said, relaying the agency's assessment': the agency named before, which
                # the speaker passes on (round 34), not the last person named
                return [back], relayed.start(), relayed.end(), True, []
        told = rx.search(r"\s+(?:had\s+|has\s+)?(?:also\s+)?(?:told|informed)\s+(?:him|her|them)\b", clause)
        if told:
            src = [m for m in mentions if 0 <= told.start() - m.end <= 1]
            # "that Kyrylo Budanov, head of Ukraine's military intelligence, told him": the person
            # before the apposition tells, not the body the apposition names
            appo = rx.search(r",[^,;\"“]{3,80},$", clause[: told.start()])
            head = [
                m for m in mentions if appo and 0 <= appo.start() - m.end <= 1 and m.actor.kind != "state"
            ]
            if head:
                src = head
            earlier = [v for v in verbs if v.end() <= (src[0].start if src else 0)]
            own_day = rx.match(r"((?!\bthat\b)[^;]){0,90}?\bthat\b", clause[told.end() :])
            if src and earlier and own_day and find_dates(own_day.group(0), self.pub or date.today()):
                # "Yu reported on March 5 that Budanov had told him during a briefing in late
                # February that …": the teller's own day, said between "told him" and "that", dates it
                return pack(group_at(src[0]), told.start(), told.end())
            if src and earlier:
                # "Yu said on March 5 that Budanov had told him casualties stood at about 4,000":
                # the figure is the teller's, dated by the relaying speaker's verb
                return pack(group_at(src[0]), earlier[0].start(), earlier[0].end())
        if via:
            src = [m for m in mentions if via.end() <= m.start <= via.end() + 2]
            if src:
                # "citing a briefing he received from X": the figure is X's, the speaker relays it
                earlier = [v for v in verbs if v.start() < via.start()]
                v0 = earlier[0] if earlier else via  # the relaying speaker's verb dates it
                return pack(group_at(src[0]), v0.start(), v0.end())
        if cite:
            after = [m for m in mentions if cite.end() <= m.start <= cite.end() + 2]
            if after:
                earlier = [v for v in verbs if v.start() < cite.start()]
                v0 = earlier[-1] if earlier else cite
                return pack(group_at(after[0]), v0.start(), v0.end())
        stmt = rx.search(
            r"\b(?:it\s+)?(?:is|was)\s+(?:said|stated|reported|noted|specified)\s+in\s+(?:the|a)\s+"
            r"(?:statement|message|report|bulletin|communiqu[ée]|summary|communication|post|update)\s+(?:of|from|by)\s+"
            r"(?:the\s+)?",
            clause,
        )
        if stmt:
            # "…, it is said in the statement of the Ministry of Defense" (a translated page's
            # passive): the body whose statement it is speaks, on the statement's occasion
            after = [m for m in mentions if stmt.end() <= m.start <= stmt.end() + 2]
            if after:
                return pack(group_at(after[0]), stmt.start(), stmt.end())
        by = rx.search(
            rf"\bbriefing\s+of\s+(?:the\s+)?{_NOT_THE_BRIEFED}(?=[A-Z])"
            r"|\b(?:statement|briefing|report|post|assessment|announcement|(?:reported|claimed|announced|stated|said|noted"
            r"|given|estimated|published|released|cited))\s+by\s+"
            # ((round 41) "after a closed briefing of the National Intelligence Service": whose briefing)
            r"(?:the\s+)?(?:country['’]s\s+|its\s+|their\s+)?(?:President\s+|Secretary\s+|Minister\s+|General\s+"
            # ((round 40) a translation's "by the head of state Volodymyr Zelensky")
            r"|head\s+of\s+(?:the\s+)?state\s+"
            # ((round 41) a translation's "by the military correspondent Vladimir Romanov" (военкор))
            r"|(?:(?:military|war|front-?line|pro-war)\s+)?(?:correspondent|blogger|milblogger|voenkor)\s+"
            # ("by the analytical site Global Defense Corp", "by the monitoring project DeepState")
            r"|(?:(?:analytical|news|defen[cs]e|military|monitoring|independent|online|OSINT)\s+)?(?:site|website"
            r"|project|channel|portal|outlet|publication|agency|newspaper)\s+)?"
            # "relayed a report on the website of Global Defense Corp saying that": the site's owner
            r"|\b(?:report|statement|post|article|claim)\s+(?:on|in)\s+the\s+(?:website|site|channel|page|account"
            r"|Telegram\s+channel)\s+of\s+(?:the\s+)?"
            # "relayed a claim from the website Global Defense Corp that": the claim's author
            r"|\b(?:claim|report|figure|estimate)\s+from\s+(?:the\s+)?(?:(?:defen[cs]e\s+|news\s+)?(?:website|site"
            r"|channel|outlet|blog)\s+)?(?=[A-Z])",
            clause,
        )
        if by and not any(
            by.end() <= m.start <= by.end() + 2 or m.start < by.end() < m.end for m in mentions
        ):
            # ((round 41) "…, as reported by the deputy Lee Seong-kweun after a closed briefing of
            # the NIS": no known speaker after the first "by"; the briefing's body after it is)
            brief = _BRIEFING_OF.search(clause, by.end())
            by = brief or by
        if (
            by
            and _ECHOED_SOURCE.search(clause[: by.start()])
            # (round 35) "told reporters yesterday, after a closed-door briefing by the NIS, that
            # …": a briefing before any figure is the occasion the relayed figure comes from,
            # once the teller has spoken, or (round 42) when nobody is named before it: "Yesterday,
            # after a closed-door briefing by the NIS, lawmaker Lee said …" (but "Rutte, after a
            # briefing by …, confirmed" is Rutte's)
            and not (
                rx.match(r"briefing\b", by.group(0))
                and not find_figures(clause[: by.start()])
                and (
                    any(v.end() <= by.start() for v in verbs)
                    or not any(m.end <= by.start() for m in mentions)
                )
            )
        ):
            # "The NIS said the two were captured on Jan. 9, confirming an announcement by
            # Zelenskyy": whose announcement the speaker confirms, not who speaks
            by = None
        if by and self._compared_source(clause, by.start(), verbs, mentions):
            # "The JCS put casualties at around 1,100, well below the figure given by Kyiv": the
            # source of the figure compared with is not the speaker of the clause's own figure
            by = None
        if by and rx.search(r"\bafter\s+(?:a|an|the|his|her)\s+(?:[\w-]+\s+){0,2}$", clause[: by.start()]):
            if any(
                0 <= v.start() - m.end <= 2 for v in verbs if v.end() <= by.start() for m in mentions
            ) or any(self._role_subject(clause[: v.start()]) for v in verbs if v.end() <= by.start()):
                # "…," Zelensky wrote after a report by Commander-in-Chief Syrskyi: the named
                # speaker's own words (or "the president wrote", a role the report named before);
                # only a nameless speaker ("a lawmaker said after a briefing by …") passes the
                # figure to the source
                by = None
        if by:
            # (a title the pattern took may start the alias: "by President of Ukraine ...")
            after = [m for m in mentions if by.end() <= m.start <= by.end() + 2 or m.start < by.end() < m.end]
            if after:
                chief = self._titled_official(clause, mentions, after[0])
                if chief is not None:
                    # "given by Ukraine's military intelligence chief, Kyrylo Budanov": the person
                    # the post names, as after "according to" (round 34)
                    after = [chief]
                later = [v for v in verbs if v.start() >= after[0].end]
                earlier = [v for v in verbs if v.end() <= by.start()]
                # "X said last month, citing a briefing by the NIS, that ...": the verb before
                v = later[0] if later else (earlier[-1] if earlier else by)
                return pack(group_at(after[0]), v.start(), v.end())
            if rx.search(r"(?i)\b(?:website|site|channel|outlet|blog|of)\s+$", by.group(0)):
                # "a claim from the website Frontline Ledger that …": a site the actors file does
                # not know speaks through its own name
                site = self._new_actor(clause, by.end(), forward=True)
                if site is not None:
                    return [site[0]], by.start(), by.end(), True, [site[1]]
        # "citing the spy agency", "after a closed-door briefing by the country's spy agency"
        rel = cite or (by if by and rx.search(r"brief", by.group(0)) else None)
        if rel:
            said = rx.match(
                r"(?:the\s+)?(?:spy\s+)?(?:agency|ministry|service|intelligence\s+service)\b",
                clause[rel.end() :],
            )
            back = self._anaphora("the " + said.group(0).removeprefix("the ")) if said else None
            if back is None and said:
                # "a South Korean lawmaker told reporters ..., citing the spy agency": the agency
                # of the relaying speaker's country, the nearest nationality before "citing"
                noun = said.group(0).removeprefix("the ")
                for sm in reversed(list(_SIDE_RE.finditer(clause[: rel.start()]))):
                    country = COUNTRY_NAME.get(SIDE_WORDS[rx.sub(r"['’]s$", "", sm.group(0))], "")
                    back = self.ref.actors.resolve(f"{country}'s {noun}") if country else None
                    if back is not None:
                        break
            if back is not None:  # "citing the spy agency" named earlier in the report
                earlier = [v for v in verbs if v.start() < rel.start()]
                v0 = earlier[-1] if earlier else rel
                return [back], v0.start(), v0.end(), True, []
        if cite:  # "citing Global Defense Corp": a speaker the actors file does not know
            new = self._new_actor(clause, cite.end(), forward=True)
            if new is not None:
                earlier = [v for v in verbs if v.start() < cite.start()]
                v0 = earlier[-1] if earlier else cite
                return [new[0]], v0.start(), v0.end(), True, [new[1]]
        if acc:
            new = self._new_actor(clause, acc.end(), forward=True)
            if new is not None:
                relay_hit = next(
                    (
                        (x, relay_voice)
                        for x in mentions
                        # ((round 55) a body too: "According to Lee, the NIS said at least 100 …")
                        if x.actor.kind not in ("state", NEW_ACTOR)
                        and rx.fullmatch(r",\s*(?:the\s+)?", clause[new[1][1] : x.start])
                        and (relay_voice := _VOICE_AFTER.match(clause, x.end)) is not None
                    ),
                    None,
                )
                if relay_hit is not None:
                    # "According to Yu, Budanov put the losses at about 4,000": the relay names the
                    # known official whose figure it passes on (round 30)
                    relay_who, relay_at = relay_hit
                    return pack(group_at(relay_who), relay_at.start(), relay_at.end())
                return [new[0]], acc.start(), acc.end(), True, [new[1]]
        if len(verbs) >= 2:  # "RBC-Ukraine reported that Global Defense Corp, a website, said"
            inner = rx.match(
                rf"\s+that\s+(?:the\s+)?(?P<name>{_NAME_RUN.pattern})(?:,[^,]{{1,80}},)?\s*$",
                clause[verbs[0].end() : verbs[1].start()],
            )
            agency = rx.match(
                r"\s+(?:that\s+)?(?P<np>[Tt]he\s+(?:same\s+)?(?:spy\s+)?(?:agency|ministry|service|staff|command))"
                r"\s+(?:also\s+|had\s+|has\s+|then\s+)*$",
                clause[verbs[0].end() : verbs[1].start()],
            )
            back = self._anaphora(agency.group("np")) if agency else None
            if back is not None:
                # "Lee said the agency also reported that …": the lawmaker relays the agency named
                # before; the innermost speaker of a chain is the claimant
                return [back], verbs[1].start(), verbs[1].end(), True, []
            if inner:
                known = [m for m in mentions if m.start == verbs[0].end() + inner.start("name")]
                if known:
                    return pack(group_at(known[0]), verbs[1].start(), verbs[1].end())
                new = self._new_actor(clause, verbs[0].end() + inner.start("name"), forward=True)
                if new is not None:
                    return [new[0]], verbs[1].start(), verbs[1].end(), True, [new[1]]
        for v in verbs:
            pro = rx.search(
                r"(?<![\w])(?P<p>[Hh]e|[Ss]he)\s+(?:(?:also|later|then|further|again)\s+)?$",
                clause[: v.start()],
            )
            colon_after = clause.find(":", v.end())
            if (
                pro
                and rx.match(r"\s*,", clause[v.end() :])
                and colon_after > 0
                and any(
                    m.start > colon_after and m.actor.kind != "state" and 0 <= w.start() - m.end <= 40
                    for w in verbs
                    if w.start() > colon_after
                    for m in mentions
                )
            ):
                # "Her delegation, she said, could share the assessment: Pat Ryder had said on
                # Monday that …": the aside's speaker relays; the one named after the colon, with
                # a verb of their own, is the innermost speaker
                continue
            doc = _DOC_SUBJECT.search(clause[: v.start()])
            if doc:
                # "The third estimate (30 April), delivered days after Moscow's first admission, put
                # the dead at about 600": an estimate or update has no voice of its own; it is the
                # last speaker's, whatever the aside between it and its verb names
                back = self.prev_claimant[0] if self.prev_claimant else None
                if back is None:
                    back = next(
                        (a for a in reversed(self.history) if a.kind not in ("state", "official")), None
                    )
                if back is not None:
                    return [back], v.start(), v.end(), True, []
            it = rx.search(
                r"(?<![\w])(?P<p>it|they)\s+(?:(?:also|later|then|further|again)\s+)?$", clause[: v.start()]
            )
            if it and it.start() > 0 and not rx.search(r"[,;:]\s*$", clause[: it.start()]):
                # "For Russia it listed 25,200 killed": the pronoun right before the verb is its
                # subject, not a place or side named in a phrase put first
                back = self._anaphora(", " + it.group("p") + " ")
                same = [
                    m
                    for m in mentions
                    if m.end <= it.start() and m.actor.kind not in ("state", "official", "media", NEW_ACTOR)
                ]
                if (
                    it.group("p") == "they"
                    and same
                    and rx.search(r",\s+(?:when|as|after|where)\s+$", clause[: it.start()])
                ):
                    # "the estimate Western officials gave on Jan. 22, when they put the losses at
                    # …": "they" goes back to the body this sentence named, not one named before it
                    # (round 31)
                    back = same[-1].actor
                if back is not None:
                    return [back], v.start(), v.end(), True, []
            if pro and pro.start() > 0:
                back = self._anaphora(", " + pro.group("p") + " ")

                intro = [
                    m
                    for m in mentions
                    if m.actor.kind == "official"
                    and rx.match(r"[^:;\"“]{0,40}:\s*[\"“]", clause[m.end : pro.start()])
                    and rx.search(r"[,.!?][\"”]\s*$", clause[: pro.start()])
                ]
                if intro:
                    # 'Zelensky was blunter: "There are 11,000 of them," he told reporters': the
                    # person who introduced the quote, not the last speaker
                    back = intro[-1].actor
                colon_at = clause.rfind(":", 0, pro.start())
                lead = [m for m in mentions if m.end <= colon_at] if colon_at > 0 and not intro else []
                if lead and not rx.search(r"[.;!?]", clause[lead[-1].end : colon_at]):
                    # "spokesman Matthew Miller put it differently: as many as 10,000 …, he said":
                    # the pronoun is the person who introduced the figure before the colon; a
                    # spokesperson the actors file does not know speaks for the body named
                    seg = clause[lead[-1].end : colon_at]
                    # ("John Kirby, the White House national security spokesman, went further:": a
                    # title in commas after the name is no other person)
                    bare = rx.sub(r"^,\s*(?:the|a|an)\s+[^,:;.\"“]{1,80},", "", seg)
                    if lead[-1].actor.kind == "official" and not rx.search(
                        r"\b[A-Z][a-z]+\s+[A-Z][a-z]+\b", bare
                    ):
                        back = lead[-1].actor
                    elif lead[-1].actor.kind != "official" and rx.search(
                        r"^(?:['’]s)?[\s,]*(?:spokes(?:man|woman|person)|press\s+secretary)\b", seg
                    ):
                        back = lead[-1].actor
                if back is not None:
                    # "visited Pyongyang and after the talks with Kim he said": the person the
                    # pronoun stands for, not the last place or body named before it (named in
                    # this clause, the clause from their name on attributes: "visited on the 17th")
                    named = [(m.start, m.end) for m in mentions if m.actor == back and m.end <= pro.start()]
                    return [back], v.start(), v.end(), True, named[:1]
            before = [
                m
                for m in mentions
                if m.end <= v.start()
                # "the analysts of DeepState estimate": the people of a body speak for it
                and (
                    not _PREP_BEFORE.search(clause[: m.start])
                    or _MEMBERS_OF.search(clause[: m.start])
                    # "remarks by Antony Blinken, who said …": the relative pronoun makes them the subject
                    or _WHO_THEN_VERB.fullmatch(clause[m.end : v.start()])
                )
                and not (_TOPIC_OPENER.search(clause[: m.start]) and clause[m.end : m.end + 1] == ":")
                and v.start() - m.end < 160
            ]
            who = [m for m in before if _WHO_THEN_VERB.fullmatch(clause[m.end : v.start()])]
            if who:
                # (round 50) "by Sergei Shoigu, secretary of Russia's Security Council, who said":
                # the relative pronoun stands for the name, not for the body in the name's title
                before = [m for m in before if m.end <= who[0].end]
            if rx.search(r"[,!?][\"”]\s*$", clause[: v.start()]):
                after_verb = [m for m in mentions if v.end() < m.start <= v.end() + 2]
                if after_verb:
                    # '"… sent to help Russia," said US and South Korean officials': the speaker
                    # after the verb, not a name inside the quote
                    return pack(group_at(after_verb[0]), v.start(), v.end())
            if before and rx.search(
                r",[\"”’']?\s*(?:[Tt]he\s+)[\w\s]{0,20}$", clause[before[-1].end : v.start()]
            ):
                subject = clause[: v.start()]
                if v.group(0) == "quoted":
                    # "<content>, the agency was quoted as saying": the passive's subject (round 31)
                    subject = rx.sub(r"\s+(?:was|were)\s+$", " ", subject)
                back = self._anaphora(subject)
                if back is not None:  # "<content with North Korea>, the spy agency said Tuesday"
                    return [back], v.start(), v.end(), True, []
            if before:
                best = before[-1]
                near = self._new_actor(clause, v.start(), forward=False)
                if near is not None and any(
                    d.start <= near[1][0] < d.end for d in find_dates(clause[: near[1][1]], self.pub)
                ):
                    near = None  # "had given a similar figure on New Year's Day, speaking of": a day
                if near is not None and rx.search(
                    r"spokes|press\s+secretary|representative", clause[best.end : near[1][0]]
                ):
                    self.speaks_for[near[0].name] = best.actor  # "Yusov added" later: HUR again
                    near = None  # a spokesperson speaks for the body named before
                if near is not None and rx.search(
                    r"\b(?:to|with|for|by|from)\s+(?:the\s+)?$", clause[: near[1][0]]
                ):
                    near = None  # "officials speaking to the BBC's Russian Service said": the audience
                if near is not None and _WHERE_SPOKEN.fullmatch(clause[best.end : near[1][0]]):
                    near = None  # "John Kirby at the White House said": where the person spoke
                if near is not None and near[1][0] >= best.end and v.start() - near[1][1] <= 12:
                    # "..., Secretary of the Security Council Sergei Shoigu said": the speaker
                    return [near[0]], v.start(), v.end(), True, [near[1]]
                rel = _RELATIVE_ASIDE.search(clause, 0, v.start())
                if rel is None and self.layout.lower_starts:
                    # (session 24) a machine transcript sets no commas: "Andrii Kovalenko who heads
                    # Ukraine's Centre for Countering Disinformation said …"
                    rel = _BARE_RELATIVE.search(clause, 0, v.start())
                if rel is not None and best.start > rel.start():
                    # "Andrii Kovalenko, who heads the Center for … at Ukraine's National Security and
                    # Defense Council, said": a relative clause set in commas between the subject and
                    # its verb names no speaker; its head does
                    heads = [m for m in before if 0 <= rel.start() - m.end <= 1 and m.actor.kind != "state"]
                    if heads:
                        best = heads[-1]
                when = _WHEN_ASIDE.search(clause, 0, v.start()) or _BRIEFING_ASIDE.search(
                    clause, 0, v.start()
                )
                if when is not None and best.start > when.start():
                    # "Ukraine's General Staff, on the day Moscow declared Kursk "liberated," put the
                    # figure at": a time aside in commas names no speaker; its head does
                    heads = [m for m in before if 0 <= when.start() - m.end <= 1]
                    if heads:
                        best = heads[-1]
                gap = clause[best.end : v.start()]
                titled = _TITLED_GAP.match(gap)
                if titled and rx.search(
                    r"spokes|press\s+secretary|representative", gap[: titled.start("name")]
                ):
                    titled = None  # a spokesperson speaks for the body named before
                if titled and rx.search(
                    r"\b(?:to|with|for|by|from)\s+(?:the\s+)?$", gap[: titled.start("name")]
                ):
                    titled = None  # "officials speaking to the BBC's Russian Service said": the audience
                if titled and _WHERE_SPOKEN.fullmatch(gap[: titled.start("name")]):
                    titled = None  # "John Kirby at the White House said": not a second speaker
                if (
                    titled
                    and self.ref.actors.resolve(titled.group("name")) is None
                    and titled.group("name").split()[0] not in NOT_A_NAME
                ):
                    # "Ukraine's military intelligence chief Kyrylo Budanov said": the person
                    start = best.end + titled.start("name")
                    actor = self._new_actor_named(titled.group("name"), clause[:start])
                    return [actor], v.start(), v.end(), True, [(start, start + len(titled.group("name")))]
                # "Kyrylo Budanov, head of Ukraine's Defense Intelligence (HUR), put ...": the
                # apposition's body (its acronym in brackets too) is not the speaker
                if rx.fullmatch(r"\s*(?:\([^()]{1,20}\))?\)?\s*,\s*(?:also\s+|later\s+|first\s+)?", gap):
                    heads = [m for m in before if m.start < best.start and clause[m.end : m.end + 1] == ","]
                    if heads:
                        best = heads[0]
                elif rx.fullmatch(r"[^,;.:\"“]{0,40},\s*(?:also\s+|later\s+|first\s+)?", gap):
                    # "Pat Ryder, Pentagon press secretary, said": a known person, then an
                    # apposition naming their body with their role; the person speaks
                    heads = [
                        m
                        for m in before
                        if m.start < best.start
                        and m.actor.kind == "official"
                        and rx.fullmatch(r",\s*(?:the\s+|a\s+)?", clause[m.end : best.start])
                    ]
                    if heads:
                        best = heads[-1]
                listed = [best]
                if rx.fullmatch(r"\s+(?:both\s+|each\s+|all\s+)?", clause[best.end : v.start()]):
                    # "The NIS and the JCS both put the number at …": each one of a coordinated subject
                    for o in reversed([x for x in before if x.end <= best.start]):
                        if not rx.fullmatch(
                            r"\s*(?:,|,?\s+and)\s+(?:the\s+)?", clause[o.end : listed[0].start]
                        ):
                            break
                        listed.insert(0, o)
                if (
                    len(listed) > 1
                    and rx.search(r"\band\b", clause[listed[-2].end : best.start])
                    and all(x.actor.kind != "state" for x in listed)
                    and not _PREP_BEFORE.search(clause[: listed[0].start])
                ):
                    return pack([y for x in listed for y in group_at(x)], v.start(), v.end())
                return pack(group_at(best), v.start(), v.end())
            if not before and rx.fullmatch(
                r"\s*[Tt]he\s+(?:same\s+)?(?:spy\s+)?(?:agency|ministry|service)\s+(?:(?:also|now|still|earlier|previously|since)\s+){0,2}",
                clause[: v.start()],
            ):
                back = self._anaphora(clause[: v.start()])
                if back is not None:  # "The agency believes Pyongyang has sent …": the agency named before
                    return [back], v.start(), v.end(), True, []
            inverted = [
                m
                for m in mentions
                if v.end() <= m.start <= v.end() + 2
                and not rx.match(r"['’]s\b", clause[m.end : m.end + 2])
                # "The agency believes Pyongyang has sent ...": the subject of what is believed
                and not rx.match(
                    r"\s+(?:has|have|had|is|are|was|were|will|would|could|may|might)\b", clause[m.end :]
                )
            ]  # "put Ukraine's losses at": a possessive after the verb is what is counted
            if inverted:
                titled_person = self._titled_official(clause, mentions, inverted[0])
                if titled_person is not None:
                    # "a lawmaker said Ukraine's military intelligence chief Kyrylo Budanov had put
                    # …": the body only names the title of the person who gave the figure
                    return pack(group_at(titled_person), v.start(), v.end())
                return pack(group_at(inverted[0]), v.start(), v.end())
            if v is verbs[0] and len(verbs) > 1:
                # "<content>, the White House said Friday, as ... what U.S. officials described":
                # the body right before the first verb speaks, not a later verb's subject
                near = self._new_actor(clause, v.start(), forward=False)
                if (
                    near is not None
                    # ("the White House has said, as Seoul confirmed that …": an auxiliary between)
                    and rx.fullmatch(r"\s*(?:(?:has|have|had)\s+)?", clause[near[1][1] : v.start()])
                    and rx.search(r",\s*(?:the\s+)?$", clause[: near[1][0]])
                ):
                    return [near[0]], v.start(), v.end(), True, [near[1]]
        for v in verbs:
            # "the President, in an interview, estimated": an aside in commas between a subject and
            # its verb does not change who the subject is
            subj = _ASIDE_END.sub(" ", clause[: v.start()])
            role_m = rx.search(rf"\b[Tt]he\s+(?P<r>{_ROLE_ADJ}{_ROLE_NOUN})\s*$", subj, re.IGNORECASE)
            if role_m:
                # "earlier this month the President estimated": the person named by that title
                back = self._anaphora(subj) or self._by_role(role_m.group("r"))
                if back is not None:  # "as the Secretary said": the person named by that title
                    return [back], v.start(), v.end(), True, []
            if (
                self.relayed_at == self.sentence_no - 1
                and self.prev_claimant
                and rx.fullmatch(r"\s*(?:He|She)\s+(?:also\s+|later\s+|then\s+)?", clause[: v.start()])
            ):
                # "lawmaker Lee, citing the NIS, said … . He added that …": the lawmaker goes on
                # relaying the agency, on the same occasion
                return self.prev_claimant, v.start(), v.end(), False, []
            if rx.search(
                r"\b(?:[Ll]awmakers?|Reps?\.|[Ll]egislators?|MPs?)\s+(?:[A-Z][\w'’-]+\s+){1,3}$",
                clause[: v.start()],
            ):
                # (round 39) "Lawmaker Lee Seong-kweun said after an NIS parliamentary briefing
                # that …": the lawmaker relays, the agency whose briefing it was is the claimant
                brief = rx.match(r"\s+(?:after|following|from)\s+[^,;]{0,60}?\bbriefing\b", clause[v.end() :])
                briefers = [
                    m.actor
                    for m in self._mentions(brief.group(0) if brief else "")
                    if m.actor.kind == "intelligence"
                ]
                if briefers:
                    return briefers[:1], v.start(), v.end(), True, []
            new = self._new_actor(clause, v.start(), forward=False)
            if new is not None:
                return [new[0]], v.start(), v.end(), True, [new[1]]
            both = _AND_SAID.match(subj)
            if both and self.ref.gazetteer.lookup(both.group("name")) is None:
                # "Lee Seong-kweun came out of the briefing and said …": one subject, two verbs
                start = both.start("name")
                name = both.group("name")
                actor = self._new_actor_named(name, clause[:start])
                return [actor], v.start(), v.end(), True, [(start, start + len(name))]
            back = self._anaphora(subj)
            if back is not None:
                return [back], v.start(), v.end(), True, []
        for v in verbs[:1]:
            # "British intelligence estimated ...": a body named by its country, as written
            body = rx.search(
                r"(?:^|[,;:]\s*|\b(?:and|but)\s+)(?:[Tt]he\s+)?(?P<np>(?:[A-Z][\w'’.-]*\s+){1,3}"
                r"(?:military\s+)?(?:intelligence|military|government|army|authorities|media|forces|troops"
                r"|(?<=military\s)officials))"
                r"(?:\s+(?:also|later|had|has|have|then|further|again|first|already|earlier|previously"
                r"|reportedly)){0,2}\s*$",
                clause[: v.start()],
            )
            if body and body.group("np").split()[0] not in (
                "A",
                "An",
                "He",
                "She",
                "It",
                "They",
                "This",
                "That",
            ):
                np = body.group("np")
                # (session 17) "On Monday military intelligence said": the day is no part of the name
                day = rx.match(rf"(?:On\s+)?{WEEKDAY_WORD}\s+", np)
                np = np[day.end() :] if day and np[day.end() :] else np
                if np.lower().strip() == "military intelligence" and self.home:
                    # a bare "military intelligence" in copy from Kyiv: Ukraine's (an actors-file alias)
                    adjective = next((a for a, side in NATIONALITY_SIDE.items() if side == self.home), "")
                    home = (
                        self.ref.actors.resolve(f"{adjective} military intelligence") if adjective else None
                    )
                    if home is not None:
                        return [home], v.start(), v.end(), True, [(body.end("np") - len(np), body.end("np"))]
                if (
                    rx.fullmatch(r"(?:[Tt]he|[Oo]ur)\s+military", np)
                    and self.author is not None
                    and self.author.kind == "state_body"
                    and rx.search(r"(?i)chiefs|defen[cs]e|general\s+staff", self.author.name)
                ):
                    # (round 39) "The military assesses …" on the Joint Chiefs' own briefing page:
                    # the body whose page it is
                    return (
                        [self.author],
                        v.start(),
                        v.end(),
                        True,
                        [(body.end("np") - len(np), body.end("np"))],
                    )
                if np.split()[-1] == "media" and self.ref.actors.resolve(np) is None:
                    # "Russian media had put the toll at 18": no one the report names speaks
                    return [], 0, 0, False, []
                actor = self.ref.actors.resolve(np) or self._new_actor_named(np, clause[: body.start("np")])
                if actor.kind == NEW_ACTOR and actor not in self.history:
                    self.history.append(actor)
                return [actor], v.start(), v.end(), True, [(body.start("np"), body.end("np"))]
        if (
            verbs
            and _BARE_OFFICIALS.search(clause[: verbs[0].start()])
            and not any(m.end <= verbs[0].start() for m in mentions)
            and not _WAR_TALK.search(clause)
        ):
            # (round 35) "The fires have killed at least 28 people, officials said": nameless
            # officials in a sentence off the war are no one the report has named before
            return [], 0, 0, False, []
        if verbs and _MEDIA_COPY.search(clause[: verbs[0].start()]):
            # "Babel's English copy says \"4,000 have died\"": an outlet's rendering speaks for no one
            return [], 0, 0, False, []
        if (
            verbs
            and _UNNAMED_VOICE.search(clause[: verbs[0].start()])
            and not any(m.end <= verbs[0].start() for m in mentions)
        ):
            # "Earlier, Russian Telegram channels close to the army wrote that 18 …": a speaker
            # the report does not name, not whoever spoke last
            return [], 0, 0, False, []
        body_np = (
            rx.search(
                r"(?:^|[.;:]\s*)[Tt]he\s+(?P<noun>ministry|agency|department|service)(?:\s+itself)?"
                r"(?:\s+(?:also|later|had|has|then|earlier|previously)){0,2}\s*$",
                clause[: verbs[0].start()],
            )
            if verbs and self.prev_claimant
            else None
        )
        if body_np is not None and all(
            a.kind in ("official", "media", "analyst") and body_np.group("noun") not in a.parent.lower()
            for a in self.prev_claimant
        ):
            # "Romanov wrote on Telegram …. The ministry itself claimed …": a body the report has
            # not named is no person who spoke before (a spokesman's "the department" is his)
            return [], 0, 0, False, []
        if verbs and self.prev_claimant:
            return self.prev_claimant, verbs[0].start(), verbs[0].end(), False, []
        if not verbs and self.prev_claimant and _OCCASION_ONLY.match(clause):
            # "… Zelensky put it as …. And in an interview earlier this month it was 3,800": an
            # occasion of speech with no speaker named is the last speaker's
            return self.prev_claimant, 0, 0, False, []
        if not verbs and self.author is not None:  # a press release speaks for its author
            return [self.author], 0, 0, False, []
        if not verbs and self.para_index == 0 and self.title_speaker is not None:
            # "About 300 ... have been killed." under "..., South Korea's spy agency says"
            if self.title_speaker not in self.history:
                self.history.append(self.title_speaker)
            return [self.title_speaker], 0, 0, False, []
        return [], 0, 0, False, []

    def _occasion_before(self, speaker: Actor) -> DateMention | None:
        """The day the sentences just before give `speaker`'s occasion: going back up to three
        sentences, past ones that name nobody ("Friday."), the first naming an actor must name
        the speaker, count nothing, and carry one statement date."""
        entry = max((b for b in self.layout.breaks if b <= self.para_index), default=0)
        for n in range(self.sentence_no - 1, max(0, self.sentence_no - 4), -1):
            sent = self.sent_log.get(n, "")
            named = self._mentions(sent)
            if not named and len(sent.split()) <= 3:
                continue
            # (session 18: "By Wednesday, Seoul had a new count. Briefing lawmakers, the NIS said
            # …": the state the speaker belongs to, named for it; only within the current entry: a
            # live blog's earlier entry is other news)
            same_entry = self.sent_para.get(n, entry) >= entry
            if not any(m.actor == speaker or (same_entry and self._under(speaker, m.actor)) for m in named):
                return None
            if any(d.sentence_no == n and d.figure is not None for d in self.drafts):
                return None
            found = [
                d
                for d in find_dates(sent, self.pub)
                if (d.kind in STATEMENT_KINDS or d.kind == "same_day") and d.precision == "day"
            ]
            # (session 18) "Two days later, on Monday, HUR added detail.": the day it names
            # outright, not one counted from an occasion (which this sentence may just have moved)
            found = [d for d in found if d.kind != "same_day"] or found
            days = [
                # ("Kyiv's General Staff rejected the claim the same day, saying in a statement …":
                # the day of the occasion reported before it)
                self._same_day(d) if d.kind == "same_day" else d
                for d in found
            ]
            days = [d for d in days if d.precision == "day"]
            # one day, however many ways it is written ("Yesterday (Monday)")
            return days[0] if days and all(d.first == days[0].first for d in days) else None
        return None

    def _anaphora(self, before_verb: str) -> Actor | None:
        """ "The ministry said", "it put ...": the latest actor named that fits the description."""
        m = rx.search(
            r"(?:^|[,;!?][\"”’']?\s*|\b(?:and|but|as)\s+|(?<=\d)\s+"
            # "On 19 December the agency said": the day said first
            # ((round 61) or after a semicolon, in lower case: "…; on Wednesday it had told MPs …")
            r"|^(?:[Oo]n|[Ii]n|[Bb]y)\s+(?:\d{1,2}\s+)?[A-Z][a-z]+(?:\s+\d{1,2})?(?:,?\s+\d{4})?,?\s+"
            # (round 36) "Last Wednesday the agency told lawmakers …"
            rf"|^(?:Last|Earlier\s+on|On\s+the\s+previous)\s+{WEEKDAY_WORD},?\s+"
            # ((round 41) "On the previous briefing for deputies in April the intelligence estimated")
            # ("In the closed-door briefing the spy agency told the committee …": writer 130's, read
            # after it was scored)
            r"|^(?:On|At|During|In)\s+the\s+(?:(?:previous|last|earlier|closed(?:-door)?|same|September|April)\s+)+"
            r"(?:briefing|meeting|session)"
            r"(?:\s+(?:for|to)\s+[\w-]+)?(?:\s+in\s+[A-Z][a-z]+)?,?\s+)"
            # ((round 66) "the intelligence agency said", as a copy cut before its name calls it)
            r"(?:[Tt]he\s+(?:same\s+)?(?P<noun>(?:spy\s+|intelligence\s+)?agency|ministry"
            r"|service|department|office|committee|council|command|staff|intelligence"
            r"|military|army|government)|(?P<pro>[Ii]t|[Hh]e|[Ss]he|[Tt]hey)"
            # ((session 23) "The same post puts the total losses …": the post the sentence before told of)
            r"|[Tt]he\s+(?:same\s+)?(?P<doc>statement|bulletin|report|post|message|communiqu[ée])"
            r"|[Tt]he\s+(?P<role>(?:(?:top|chief|senior|Ukrainian|Russian|American|U\.S\.|US|South\s+Korean"
            r"|North\s+Korean|British)\s+)?(?i:general|minister|president|commander|spokes(?:man|woman|person)"
            r"|secretary|marshal|envoy|ambassador)))"
            # ("the President himself had written": the reflexive only stresses who)
            # an adverb between the subject and its verb ("The agency now says", "it still
            # estimates", "he earlier said") does not change who the subject is
            r"(?:\s+(?:also|later|had|has|have|then|further|again|first|himself|herself|itself|now|still"
            r"|earlier|previously|already|since|subsequently|initially|separately|once|publicly|officially)){0,3}\s*$",
            before_verb,
        )
        if m is None:
            return None
        if m.group("role"):
            # "as the Secretary said on Thursday": the last person the report named by that role
            return self._by_role(m.group("role"))
        people = ("official", NEW_ACTOR)
        if m.group("doc"):
            prev = self.sent_log.get(self.sentence_no - 1, "")
            made = rx.search(rf"\b(?:an?|its|their|his|her)\s+(?:[\w-]+\s+)?{m.group('doc')}\b", prev)
            named = [
                mm
                for mm in (self._mentions(prev) if made else [])
                if made and mm.end <= made.start() and mm.actor.kind not in ("state", "media", NEW_ACTOR)
            ]
            if named:
                # (round 36) "The General Staff rejected the claim, saying in a statement that …. The
                # statement put …": the body the sentence before says made the statement
                return named[-1].actor
            # '"...," the statement read': the body whose statement the report is quoting
            if self.prev_claimant:
                return self.prev_claimant[0]
            return next((a for a in reversed(self.history) if a.kind != "state"), None)
        order = list(self.history)
        if m.group("pro") == "it" and self.before_semicolon:
            bodies = [
                mm.actor
                for mm in self._mentions(self.before_semicolon)
                if mm.actor.kind not in ("official", "state", NEW_ACTOR)
            ]
            if bodies:
                return bodies[-1]
        if m.group("pro") in ("it", "It"):
            # "Defence Intelligence published an update. It said that North Korea …": "it" is the
            # body named last before this sentence, not a state named after the pronoun in it
            order = [a for a in self.hist_before if a.kind != "official"][-1:]
            last = self.prev_claimant[:1]
            if (
                last
                and last[0].kind not in ("official", "state", NEW_ACTOR)
                and order
                and order[0].kind == "state"
            ):
                # "X said North Korea had suffered …. By June 15 it said …": the body that spoke
                # last, not the state it spoke about (a lower-case "it" goes on with the speaker)
                order = last
            elif (
                last
                and last[0].kind not in ("official", "state", NEW_ACTOR)
                and order != last
                and _QUOTE_THEN_IT.search(self.sent_log.get(self.sentence_no - 1, ""))
            ):
                # '"… brigades of the Armed Forces of Ukraine …," the statement said. ¶ "…," it
                # added': after a body's quotation "it" goes on with the body that spoke, not one
                # the quotation was about
                order = last
        elif m.group("pro") in ("they", "They"):
            # "The SSO put out a post on Monday. Over three days, they said, ...": the body named
            # last before this sentence (people and states are not "they")
            order = [a for a in self.hist_before if a.kind not in ("official", "state", NEW_ACTOR)][-1:]
        elif m.group("pro"):
            order += self.prev_claimant[:1]  # a pronoun is the last speaker first
            subject = self._last_sentence_subject()
            if subject is not None and m.group("pro").lower() in ("he", "she"):
                # "Syrskyi had given the same order of magnitude. On January 1 he said …": the
                # person the sentence before was about (and claimed nothing in), not the speaker
                # before that
                order.append(subject)
        if m.group("noun") and m.group("noun").lower().startswith("spy"):
            for actor in reversed(order):  # "the spy agency": one the report or its aliases call so
                if any("spy agency" in a.lower() for a in actor.aliases):
                    return actor
            home = COUNTRY_NAME.get(self.home, "")
            known = self.ref.actors.resolve(f"{home}'s spy agency") if home else None
            if known is not None:
                return known  # named nowhere before: the agency of the country the copy is from
        for actor in reversed(order):
            if m.group("pro") in ("he", "He", "she", "She"):
                if actor.kind in people and not rx.search(
                    r"(?i)ministry|agency|service|department|staff|council|office",
                    actor.name.split(" (")[0],  # "Sergei Shoigu (Security Council of Russia)" is a he
                ):
                    return actor
                if actor.kind in ("media", "analyst") and _BLOGGER_NAME.fullmatch(actor.name.split(" (")[0]):
                    return actor  # "Vladimir Romanov (Russian military blogger)": a blogger is a he too
            elif m.group("pro"):
                if actor.kind != "official":
                    return actor
            else:
                noun = m.group("noun").lower().replace("spy agency", "intelligence")
                noun = noun.replace("intelligence agency", "intelligence")
                stems = {
                    "agency": ("agency", "intelligence", "service"),
                    "intelligence": ("intelligence", "agency", "service"),
                }.get(noun, (noun,))
                if noun in ("ministry", "department", "government") and actor.kind == "intelligence":
                    continue  # "the ministry" is not its intelligence arm, whatever the arm's name
                if any(st in actor.name.lower() for st in stems):
                    return actor
        return None

    def _last_sentence_subject(self) -> Actor | None:
        """The person the sentence before this one opens with as its subject ("Ukraine's
        commander-in-chief, Oleksandr Syrskyi, had given …"), when that sentence is in the same
        paragraph and credited nobody with a claim."""
        prev = self.sentence_no - 1
        sent = self.sent_log.get(prev, "")
        if not sent or self.para_start > prev:
            return None
        if any(d.sentence_no == prev for d in self.drafts):
            return None
        for mm in self._mentions(sent):
            if mm.start > 70:
                break
            if (
                mm.actor.kind == "official"
                and rx.fullmatch(
                    # (a note's label first: "[Editor's note: Ukraine's commander-in-chief, X, had …")
                    r"(?:\[?[^:\]\d]{0,30}:\s+)?(?:[A-Z][\w'’-]*\s+|[a-z-]+,?\s+|the\s+|[\w-]+['’]s\s+|,\s*)*",
                    sent[: mm.start],
                )
                and rx.match(
                    # ("President X of Ukraine went further.": the person of a country, any verb)
                    # ("Zelensky also turned to …": an adverb before the verb, round 31)
                    r"(?:\s+of\s+(?:the\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)?,?\s*(?:[^,;]{1,80},\s*)?"
                    r"(?:(?:also|then|later|again|further|next)\s+)?"
                    r"(?:had|has|have|was|is|gave|said|told|went|spoke|wrote|put|took|made|[a-z]{3,}ed)\b",
                    sent[mm.end :],
                )
            ):
                return mm.actor
        return None

    def _by_role(self, words: str) -> Actor | None:
        """The last person the report named who holds the role `words` names ("the general",
        "the top general", "the Ukrainian president"): by the title written before their name,
        their actors-file aliases ("President Zelenskyy") or their body; a nationality must be
        theirs."""
        m = rx.fullmatch(_ROLE_ADJ + r"(?P<noun>.+)", words.strip(), re.IGNORECASE)
        if m is None:
            return None
        noun = m.group("noun").lower()
        # (round 39) "the head of state" (Ukrainian and Russian copy) is the president
        noun = "president" if rx.fullmatch(r"head\s+of\s+(?:the\s+)?state", noun) else noun
        adj = rx.sub(r"\s+", " ", m.group("radj") or "")
        side = NATIONALITY_SIDE.get(adj, NATIONALITY_SIDE.get(adj.title(), "")) if adj else ""
        people = [a for a in reversed(self.history) if a.kind == "official" and (not side or a.side == side)]
        for a in people:  # the title the report gave them, or their body's name
            if noun in self.roles.get(a.name, set()) or noun in f"{a.name} {a.parent}".lower():
                return a
        for a in people:  # "Zelenskyy" named bare, then "the Ukrainian president": his aliases
            # ("President Zelenskyy"; "NATO Secretary General Mark Rutte" is no "secretary")
            if any(
                rx.search(
                    rf"(?i)\b{re.escape(noun)}\s+(?:[A-Z][\w'’-]+\s+)?{re.escape(a.name.split()[-1])}\b", x
                )
                or rx.search(rf"(?i)\b{re.escape(noun)}\s+{re.escape(a.name.split()[0])}\b", x)
                for x in a.aliases
            ):
                return a
        if self.author is not None and not side:
            # (round 39) "The Secretary said …" on the State Department's own briefing page: the
            # one official of that body the actors file titles so ("Secretary of State Antony Blinken")
            heads = [
                a
                for a in self.ref.actors.by_name.values()
                if a.kind == "official"
                and a.parent == self.author.name
                and any(rx.match(rf"(?i)(?:\w+\s+)?{re.escape(noun)}\b", x) for x in a.aliases)
            ]
            if len(heads) == 1:
                return heads[0]
        return None

    def _role_subject(self, before_verb: str) -> Actor | None:
        """The person a definite role right before a verb names ("…," the president wrote): one
        the report named before, so the clause has a known speaker of its own."""
        m = _ROLE_BEFORE_VERB.search(before_verb)
        return self._by_role(m.group("role")) if m else None

    def _new_actor_named(self, name: str, context: str) -> Actor:
        """A claimant kept as written; its side from the name, else the words just before it. (QA
        pass 41 #10) A name with exactly an actor's words in another order is that actor."""
        known = same_words_actor(name, self.ref.actors)
        if known:
            return self.ref.actors.by_name[known]
        side = ""
        for text in (name, context[-60:]):
            for hint, s in SIDE_HINTS:
                if rx.search(hint, text):
                    side = s
                    break
            if side:
                break
        return Actor(name, side or "Other", NEW_ACTOR)

    def _briefer(self) -> Actor | None:
        """The intelligence agency last named, when this sentence or the two before it tell of a
        briefing ("briefed lawmakers", "a closed-door session of the committee"): whose figures a
        lawmaker then passes on."""
        near = " ".join(self.sent_log.get(self.sentence_no - k, "") for k in range(3))
        if not rx.search(r"(?i)\bbrief|\bcommittee\b|\bclosed[- ]door", near):
            return None
        return next((a for a in reversed(self.history) if a.kind == "intelligence"), None)

    def _new_actor(self, clause: str, at: int, forward: bool) -> tuple[Actor, tuple[int, int]] | None:
        """A proper name right before a speech verb (or after "citing"/"according to") that the
        actors file does not know: "The UK Ministry of Defense said", "Yuri Kotenok, put"."""
        if forward:
            m = _NAME_RUN.match(clause, at)
            if m is None:
                return None
            start, end = m.start(), m.end()
        else:
            head = rx.sub(
                r"(?:\s+(?:has|have|had|also|earlier|previously|later|reportedly|was|were"
                r"|is|are|been|then|first))+\s*$",
                "",
                clause[:at].rstrip(),
            )
            appos = rx.search(r",\s+(?:a|an|the|who|[a-z][\w'’-]*)\b[^,]{0,80},$", head)
            if appos and rx.search(r"[A-Z]", head[: appos.start()][-40:] or ""):
                head = head[: appos.start()]  # "Sergei Shoigu, secretary of ..., said"
            head = head.rstrip(", ")
            runs = list(_NAME_RUN.finditer(head))
            if not runs or runs[-1].end() != len(head):
                return None
            start, end = runs[-1].start(), runs[-1].end()
        name = clause[start:end].strip()
        if rx.search(r"(?:^|\s)[A-Z][a-z]+\.$", name) and not clause[end:].strip(" \"”’')"):
            name = name[:-1]  # "according to Lee.": the sentence's full stop is no part of a name
            end = start + len(name)
        if any(m.end == len(clause[start:end].rstrip()) for m in self.ref.actors.mentions(clause[start:end])):
            return None  # "the Russian Defense Ministry said": a known actor, not "Defense Ministry"
        words = name.split()
        while words and (
            (words[0] in NOT_A_NAME and words[0] not in ("North", "South"))
            or words[0] in _CONJUNCTIONS
            # (session 17) "On Monday military intelligence said": a day is no part of a name
            or rx.fullmatch(rf"On|{WEEKDAY_WORD}", words[0])
        ):
            words = words[1:]  # "As reported earlier", "As Sabrina said": no name starts with "As"

        if words and (words[-1] in ("of", "the", "and", "for") or words[0] in ("of", "for")):
            return None
        if rx.fullmatch(r"(?i)(?:the\s+)?head\s+of\s+(?:the\s+)?state", " ".join(words)):
            # "the Head of State said" (Ukrainian and Russian copy): the president named before
            president = self._by_role("president")
            return (president, (end - len(words[-1]), end)) if president is not None else None
        titles = [
            i
            for i, w in enumerate(words)
            if rx.fullmatch(
                r"Minister|Secretary|Spokes(?:man|woman|person)|President|Chief|Commander|General"
                r"|Director|Head|Ambassador|Chair(?:man|woman)?|Advis[eo]r|Envoy|Lt\.|Col\.|Gen\."
                r"|Sen\.|Reps?\.|Adm\.|Maj\.|Capt\.",
                w,
            )
        ]
        if titles and len(words) - titles[-1] - 1 >= 2:
            words = words[titles[-1] + 1 :]  # "Defense Minister Andrei Belousov": the person
            if words[0] in ("of", "for") or len(words) > 3:
                words = words[-2:]  # "Secretary of the Security Council Sergei Shoigu"
            if words[0] in ("of", "for"):
                return None  # "Minister of Defence": a title with no name is nobody's name
        if (
            not words
            or len(words) > 7
            or rx.search(r"\d", name)
            or all(w in NOT_A_NAME or w.lower() == w for w in words)
        ):
            return None
        if forward and any(
            rx.fullmatch(r"MPs?|Reps?\.|[Ll]awmakers?|[Ll]egislators?|Assembly(?:man|woman)", w)
            for w in words[:-1]
        ):
            return None  # "according to South Korean MP Yu Yong-weon": a lawmaker relays, never claims
        name = " ".join(words)
        if rx.search(
            r"(?i)\b(?:lawmakers?|legislators?|MPs?|deput(?:y|ies)|Reps?\.|assembly(?:man|"
            r"woman)|parliamentarians?|member\s+of\s+parliament)\s*(?:\w+\s+){0,2}$",
            clause[: end - len(name)],
        ):
            # a lawmaker relaying a briefing: the briefer is the claimant ((round 42) the agency
            # the report has told of briefing: "The NIS briefed lawmakers … . Lawmaker Lee
            # Seong-kweun said at least 100 …"; else nobody)
            # (not when the clause names the agency after: "According to Rep. Lee …, the NIS
            # assessed …" is read from the agency's own verb; nor a figure told before the
            # lawmaker is named, "… 11,000 …, according to Rep. Lee, who briefed reporters")
            named = any(m.actor.kind == "intelligence" and m.start >= end for m in self._mentions(clause))
            told = find_figures(
                rx.sub(r"^\s*\d+(?:\.\d+)+\s", " ", clause[:start])
            )  # ("3.2 Yesterday, …": a section)
            briefer = None if named or told else self._briefer()
            return (briefer, (end - len(name), end)) if briefer is not None else None
        if self.ref.actors.resolve(name) is not None or self.ref.actors.mentions(name):
            return None
        if self.ref.gazetteer.lookup(name) is not None or name in SIDE_WORDS:
            return None
        start = end - len(name)
        bare = [
            a
            for a in self.ref.actors.by_name.values()
            if rx.sub(r"\s*\([^)]*\)$", "", a.name).lower() == name.lower()
        ]
        if len(bare) == 1:  # "the Joint Chiefs of Staff": the known "(South Korea)" one
            return bare[0], (start, end)
        home = COUNTRY_NAME.get(self.home, "")
        if home and rx.fullmatch(
            r"(?:Defen[cs]e|Foreign|Interior)\s+Ministry|Ministry\s+of\s+(?:Defen[cs]e|Foreign\s+Affairs)"
            r"|General\s+Staff",
            name,
        ):
            # "the Defense Ministry" in Moscow copy is Russia's: the body of the country the copy is from
            short = rx.sub(r"Ministry\s+of\s+(Defen[cs]e|Foreign)(?:\s+Affairs)?", r"\1 Ministry", name)
            local = self.ref.actors.resolve(f"{home}'s {name}") or self.ref.actors.resolve(
                f"{home}'s {short}"
            )
            if local is not None:
                return local, (start, end)
        titled = self.titled.get(name.lower())
        if titled is not None:  # "the Commander-in-Chief" after "the Commander-in-Chief, Oleksandr Syrskyi"
            return titled, (start, end)
        first = [
            a for a in self.history if a.kind == "official" and len(words) == 1 and a.name.split()[0] == name
        ]
        if not first and len(words) == 1:
            # "As Sabrina said from this podium" in a Pentagon briefing: the one known official of
            # that first name who works for the body of someone the report has named
            bodies = {
                a.parent for a in (*self.history, *self.prev_claimant) if a.kind == "official" and a.parent
            }
            first = [
                a
                for a in self.ref.actors.by_name.values()
                if a.kind == "official" and a.parent in bodies and a.name.split()[0] == name
            ]
        if len({a.name for a in first}) == 1:  # "As Sabrina said" after "Sabrina Singh": the person
            return first[-1], (start, end)
        same = [
            a for a in self.history if a.kind == NEW_ACTOR and len(words) == 1 and a.name.split()[-1] == name
        ]
        if same:  # "Shoigu" after "Sergei Shoigu"; a spokesperson's surname is their body
            return self.speaks_for.get(same[-1].name, same[-1]), (start, end)
        person = self.ref.actors.by_surname(name) if len(words) == 1 else None
        if person is not None:
            # "Romanov said on his channel", "Ryder told reporters": a surname alone that one person
            # in the actors file has is that person, though the report never gives the full name
            return person, (start, end)
        actor = self._new_actor_named(name, clause[:start])
        known = next((a for a in self.history if a.name == actor.name), None)
        if known is None:
            self.history.append(actor)
        return known or actor, (start, end)

    # ----------------------------------------------------------------- sides / subjects
    def _side_mentions(self, clause: str, exclude: list[tuple[int, int]]) -> list[tuple[int, int, str, bool]]:
        """(start, end, side, is_adjective) for nationality words that can name a subject."""
        out = []
        for m in _SIDE_RE.finditer(clause):
            if any(s <= m.start() < e for s, e in exclude):
                continue
            if m.group(0).endswith(("'s", "’s")) and any(0 <= s - m.end() <= 1 for s, _e in exclude):
                continue  # "South Korea's NIS": the speaker's own country, not whose people are counted
            word = rx.sub(r"['’]s$", "", m.group(0))
            side = SIDE_WORDS[word]
            # ("the NK army": initials before a noun read as the adjective)
            adjective = (word.endswith(("an", "Korean")) and not word.endswith("Korea")) or word == "NK"
            before = clause[: m.start()]
            after = clause[m.end() :]
            if word.endswith("ans"):
                pass  # a people by its plural ("4,000 North Koreans"): the people themselves
            elif adjective:
                # ("killed fighting Ukrainian forces": the enemy they fought, not whose men are counted)
                if rx.search(
                    r"\b(?:alongside|against|with|push|pushing|out\s+of|fighting|battling)\s+(?:the\s+)?$",
                    before,
                ):
                    continue
                if not rx.match(
                    r"\s+(?:[\w-]+\s+){0,2}?(?:soldiers?|troops|forces|servicem[ae]n|army|fighter"
                    r"|units|losses|casualties|personnel|military|fighters|troop|deaths|dead|killed"
                    r"|wounded|militants|mercenaries|formations|group|grouping|contingent|Armed\s+Forces|Army)\b",
                    after,
                ):
                    continue
            else:
                if (
                    rx.search(
                        r"\b(?:to|in|into|from|by|against|alongside|with|for|toward|towards"
                        r"|inside|within|on|of|at|help|helping|across|about)\s+(?:the\s+)?"
                        r"(?:eastern\s+|western\s+|southern\s+|northern\s+)?$",
                        before,
                    )
                    and not rx.match(
                        r"(?:\s+regime)?['’]s\s+(?:[\w-]+\s+)?(?:forces|troops|army|military|units|soldiers)\b",
                        after,
                    )
                    and not (
                        # (round 40) "the losses of KNDR", "the losses of the DPRK army": whose losses
                        rx.search(
                            r"\b(?:losses|casualties|deaths|toll)\s+(?:of|among)\s+(?:the\s+)?$", before
                        )
                        # "soldiers of North Korea", "77 servicemen of the DPRK": whose people
                        or rx.search(
                            rf"\b(?:{_PEOPLE}|military|contingent|army|troops)\s+of\s+(?:the\s+)?$", before
                        )
                        or (
                            rx.search(r"\bof\s+the\s+$", before)
                            and rx.match(
                                r"\s+(?:army|Army|armed\s+forces|Armed\s+Forces|troops|forces)\b", after
                            )
                        )
                    )
                ):
                    continue
                possessive = m.group(0) != word
                if possessive and rx.match(
                    r"\s+(?:[\w-]+\s+){0,2}(?:region|Far\s+East|border"
                    r"|territory|war|sovereignty)",
                    after,
                ):
                    continue  # "Russia's Kursk region" names a place, not forces
                if word == "Kremlin":
                    continue
            out.append((m.start(), m.end(), side, adjective))
        return out

    def _subject_for_figure(
        self, clause: str, fig: Figure, sides: list[tuple[int, int, str, bool]], claimants: list[Actor]
    ) -> str:
        """Whose people the figure counts: the nationality in its noun phrase, else nearby."""
        after = clause[fig.end : fig.end + 60]
        enemy = ENEMY_OF.get(claimants[0].side, "")
        if enemy and (
            rx.match(rf"\s*(?:{ENEMY_NOUNS})\b", after)
            or rx.search(
                rf"\b(?:losses|casualties)\s+of\s+(?:the\s+)?(?:[A-Z][\w-]+\s+)?(?:{ENEMY_NOUNS})\b"
                rf"|\b(?:{ENEMY_NOUNS})(?:['’]s?)\s+(?:[\w-]+\s+){{0,2}}(?:losses|casualties)\b",
                clause[: fig.start],
            )
        ):
            # "losses of the (Russian) occupiers", "the enemy's losses ... amounted to"
            return FORCES[enemy]
        if enemy and rx.search(
            rf"\b(?:{ENEMY_NOUNS})\s+(?:has\s+|have\s+|had\s+)?(?:lost|suffered)\b[^;]{{0,40}}$",
            clause[: fig.start],
        ):
            return FORCES[enemy]  # "the enemy lost more than 250 servicemen"
        if rx.match(
            # "200 servicemen of Russian and North Korean units", "200 Russian and North Korean
            # soldiers": both sides' people, counted together
            rf"\s*(?:[\w-]+\s+)?(?:(?:{_PEOPLE})\s+(?:(?:fighting|serving)\s+)?(?:of|from|in|with|for)\s+)?"
            r"(?:the\s+)?(?:Russian\s+and\s+North\s+Korean|North\s+Korean\s+and\s+Russian)\s+"
            rf"(?:units|forces|troops|army|armies|{_PEOPLE})\b",
            after,
        ):
            return "Russian and DPRK forces"
        army = (
            rx.match(
                rf"\s*(?:[\w-]+\s+){{0,2}}?(?:{_PEOPLE})\s+of\s+(?:the\s+)?(?P<w>{_SIDE_RE.pattern})"
                r"\s+(?:army|armed\s+forces|military|forces|troops|Army|Armed\s+Forces)\b",
                after,
            )
            or rx.match(
                # (round 39) a translation's "30 military of the army of the DPRK"
                rf"\s*(?:[\w-]+\s+){{0,2}}?(?:{_PEOPLE})\s+of\s+the\s+(?:army|armed\s+forces|Army|Armed\s+Forces)"
                rf"\s+of\s+(?:the\s+)?(?P<w>{_SIDE_RE.pattern})\b",
                after,
            )
            or rx.match(
                # (round 40) "40 military of the DPRK", "3 thousand soldiers of North Korea"
                rf"\s*(?:[\w-]+\s+){{0,2}}?(?:{_PEOPLE}|military)\s+of\s+(?:the\s+)?(?P<w>{_SIDE_RE.pattern})"
                r"(?!\s+(?:region|border|territory))",
                after,
            )
        )
        if army:  # "77 soldiers of the DPRK army"
            word = rx.sub(r"['’]s$", "", army.group("w"))
            if word in SIDE_WORDS:
                return FORCES[SIDE_WORDS[word]]
        held = rx.match(
            rf"\s*(?:square\s+(?:kilometers|kilometres)|sq\.?\s*km|km2|km²)[^;.]{{0,50}}?\bunder\s+(?P<w>{_SIDE_RE.pattern})"
            r"\s+control\b",
            after,
        )
        if held is None and rx.match(r"\s*(?:square\s+(?:kilometers|kilometres)|sq\.?\s*km|km2|km²)", after):
            # "the area under Ukrainian control ... has shrunk to 140 square kilometres"; (round 40)
            # a translation's "under the control of the VSU … remained only 140 square kilometres"
            held = rx.search(
                rf"\bunder\s+(?:(?P<w>{_SIDE_RE.pattern})\s+control|the\s+control\s+of\s+(?:the\s+)?"
                rf"(?P<w2>{_SIDE_RE.pattern}))\b[^;.]{{0,80}}$",
                clause[: fig.start],
            )
            if held is not None and held.group("w") is None:
                held = rx.search(rf"(?P<w>{_SIDE_RE.pattern})", held.group("w2"))
        if held and rx.sub(r"['’]s$", "", held.group("w")) in SIDE_WORDS:
            return FORCES[
                SIDE_WORDS[rx.sub(r"['’]s$", "", held.group("w"))]
            ]  # "140 km² ... under Ukrainian control"
        np = rx.match(rf"(.*?)\b(?:{_PEOPLE}|square|km)\b", after) or rx.match(
            r"(.*?)\b(?:deaths|dead|killed|wounded)\b",
            after,  # "300 North Korean deaths"
        )
        if np:
            for s, _e, side, _adj in sides:
                if fig.end <= s <= fig.end + len(np.group(1)):  # "12,000 North Koreans"
                    return FORCES[side]
        live = [d for d in self.drafts if not d.dropped]
        if live and _TAKEN_COUNT.search(clause[: fig.start]) and rx.match(r"\s+of\s+them\b", after):
            return live[-1].subject  # (round 64) "had taken two of them alive": the people just counted
        before = [x for x in sides if x[1] <= fig.start]
        if rx.match(rf"\s*of\s+(?:its|their)\s+(?:own\s+)?(?:[\w-]+\s+)?(?:{_PEOPLE})\b", after):
            # (round 64) "North Korea is presumed to have sent 3,000 more troops to Russia, South
            # Korea's JCS said, adding that about 4,000 of its soldiers had been killed": "its" is
            # the country the clause is about, not the speaker's own named in its name
            own = [(m.start, m.end) for m in self._mentions(clause) if m.actor in claimants]
            others = [
                x
                for x in before
                if not any(st - 1 <= x[1] and x[0] < en for st, en in own)
                and not rx.match(r"\s*(?:[:—–]|--)", clause[x[1] :])  # (a dateline: "Seoul: …")
            ]
            if others:
                return FORCES[others[0][2]]
        if (
            before
            and (
                fig.text == "pair"
                # (round 52) "the NIS confirmed the capture, saying the two were captured on Jan. 9":
                # a bare number standing for people named before
                or (
                    rx.search(r"\b[Tt]he\s+$", clause[: fig.start])
                    and rx.match(r"\s+(?:were|had\s+been)\b", after)
                )
            )
        ):
            # "Seoul's NIS confirmed it, saying the pair were captured": the speaker's own country
            # names the speaker, not the people taken
            own = [(m.start, m.end) for m in self._mentions(clause) if m.actor in claimants]
            # (the country just before the speaker's name, or inside it: "South Korea's National
            # Intelligence Service (NIS)" is one name in the actors file)
            before = [x for x in before if not any(st - 1 <= x[1] and x[0] < en for st, en in own)]
            if not before and self.capture_told[2]:
                return FORCES[self.capture_told[2]]
        if before:
            return FORCES[before[-1][2]]
        shared = rx.match(
            # (round 40) "killed 77 and wounded 40 soldiers of the DPRK": the pair's one noun says
            # whose people both figures count
            rf"\s+(?:and|or)\s+(?:[\w-]+\s+){{1,2}}?(?:another\s+)?\d[\d\s,.]*(?:thousand\s+)?"
            rf"(?:{_PEOPLE}|military)\s+of\s+(?:the\s+)?$",
            clause[fig.end : min((s for s, _e, _sd, _a in sides if s >= fig.end), default=fig.end)],
        )
        if shared:
            return FORCES[next(sd for s, _e, sd, _a in sides if s >= fig.end)]
        if rx.search(r"\b(?:its|their)\s+(?:units|forces|troops|fighters)\b", clause[: fig.start]):
            return FORCES.get(claimants[0].side, "")
        if self.question_side and self.para_index in self.answer_paras | set(self.layout.speaker_of):
            # (session 17) "Q: How many North Korean soldiers have died?" "LEE: About 600 have been
            # killed.": the side the question asked about
            return self.question_side
        if self.section_side:
            return self.section_side  # under "North Korean losses": the heading's side
        live = [d for d in self.drafts if not d.dropped]
        return live[-1].subject if live else self.title_side

    def _subject_for_cue(
        self,
        metric: str,
        clause: str,
        cue: re.Match[str],
        sides: list[tuple[int, int, str, bool]],
        claimants: list[Actor],
    ) -> str:
        """Subject of a figure-less statement; each kind has its own grammar (agent, object)."""
        own = FORCES.get(claimants[0].side, "")
        before = [x for x in sides if x[1] <= cue.start()]
        near = clause[max(0, cue.start() - 40) : cue.start()]
        if metric == "recaptured":
            if rx.search(r"\b(?:its|their)\s+(?:\w+\s+){0,1}(?:troops|forces|units)\b", near):
                return own
            agents = [x for x in before if cue.start() - x[1] < 40 and x[3]]
            return FORCES[agents[-1][2]] if agents else own
        if metric == "troops_deployed":
            inside = [x for x in sides if cue.start() <= x[0] < cue.end()]
            if inside:  # "thanked North Korean soldiers"
                return FORCES[inside[0][2]]
            if rx.search(r"\bKorean\s+(?:soldiers|troops|servicemen)\b", cue.group(0)):
                return FORCES["DPRK"]  # (round 64) "Putin thanked Kim Jong Un and the Korean soldiers"
            if rx.search(r"\b(?:it|the\s+country|they)\s+(?:\w+\s+){0,2}$", clause[: cue.start()]) and (
                claimants[0].side in _FIGHTING_SIDES
            ):
                # ("they participated in actual fighting", quoted from Seoul's spy agency: an
                # onlooker's "they" are the troops it watches, not its own)
                return own
            if before:
                return FORCES[before[-1][2]]
            if rx.search(r"\b(?:of\s+the\s+)?(?:DPRK|North\s+Korea(?:n)?)\b", clause[: cue.start()]):
                # (round 39) "acknowledged that military of the DPRK took part in the fighting"
                return FORCES["DPRK"]
            live = [d for d in self.drafts if not d.dropped]
            if live:
                return live[-1].subject
            after = [x for x in sides if x[0] >= cue.end()]
            return FORCES[after[0][2]] if after else ""
        if metric == "reinforcement":
            if before:
                return FORCES[before[-1][2]]  # the sender named before the cue
            if rx.search(r"\bthe\s+North\b(?!\s+(?:of|Atlantic|Sea)\b)", clause[: cue.start()]):
                # (round 35) "the North appeared to be preparing to rotate or reinforce its troops, and
                # to send Russia more launchers": Korea copy's "the North" is the sender
                return FORCES["DPRK"]
            return FORCES[sides[0][2]] if sides else own
        if metric == "killed_or_wounded":
            return FORCES[before[-1][2]] if before else (FORCES[sides[0][2]] if sides else "")
        if metric == "stated_aim":
            return own
        if metric == "relations":
            for m in _SIDE_RE.finditer(clause):
                side = SIDE_WORDS[rx.sub(r"['’]s$", "", m.group(0))]
                if side != claimants[0].side:
                    return STATE_SUBJECT[side]
            return ""
        if metric == "characterization":
            for pat, subject in TOPIC_SUBJECT:
                if rx.search(pat, clause):
                    return subject
            return FORCES[sides[0][2]] if sides else ""
        return FORCES[sides[0][2]] if sides else ""

    # ----------------------------------------------------------------- figures
    def _accept(self, clause: str, fig: Figure) -> str:
        """'people', 'area' or 'anaphoric' if the figure is a tracked count, else ''."""
        apart = _without_relative_aside(clause, fig)
        if apart is not None:
            # (round 67) "The number of soldiers killed in Kursk, which the agency had put at about
            # 600 in April, now stands at roughly two thousand": the figure read with its noun, the
            # relative clause that holds the earlier figure set aside
            kind = self._accept_read(apart[0], apart[1])
            if kind:
                return kind
        return self._accept_read(clause, fig)

    def _accept_read(self, clause: str, fig: Figure) -> str:
        """`_accept` on the clause as given."""
        after = clause[fig.end : fig.end + 80]
        if rx.match(r"[\"”’']\s", after):
            after = after[1:]  # He said "a thousand" North Korean soldiers: the quote closes early
        # a word quoted after the figure is read as a word ('25,200 "irrecoverable"')
        after = rx.sub(r"^(\s+)[\"“]([\w -]{1,30})[\"”]", r"\1\2", after)
        if rx.match(r"\s+(?:people|civilians|residents|persons)\b", after) and not _WAR_TALK.search(clause):
            # (round 36) "…, the air force said; 2 people were killed in the region.": people a
            # clause off the war counts (an air raid's, a flood's) are no soldiers' losses
            return ""
        lead = clause[max(0, fig.start - 80) : fig.start]
        if _PEOPLES_OTHER_COUNT.search(lead) and not _WAR_TALK.search(clause):
            # (round 58) the same people's other count: "11 civilians killed and 47 injured",
            # "killed at least 19 civilians and injured 104"
            return ""
        box = rx.match(r"\s*[—–]\s+", after)
        if box and not clause[: fig.start].strip(" ~≈*•·-"):
            # "~842,930 — Russian troops killed and wounded since …": a numbers box's line, the
            # figure first and what it counts after the dash
            after = after[box.end() - 1 :]
        # ("losses since the start of the operation on Aug. 6, 2024 stood at": a month's full stop
        # is not a sentence's)
        before = _MONTH_DOT.sub(" ", clause[max(0, fig.start - 90) : fig.start])
        if rx.search(
            rf"\b(?:casualties|losses|killed|wounded|dead|deaths|toll)\b[^;]{{0,40}}?(?:{BASELINE})[^;]{{1,40}}?"
            r"\bto\s*[\"“]?$",
            before,
        ):
            return "people"  # 'casualties … corrected from "at least 1,100" to "around 1,100"': the new count
        if rx.search(r",\s+(?:and\s+|but\s+)?not\s+$", before) and not rx.match(
            r"(?i)(?:more|less|fewer)\b", fig.text
        ):
            return ""  # "about 4,000 casualties, not 4,000 dead": a reading the speaker rules out
        if rx.search(rf"(?:{BASELINE})\s*[\"“]?(?:the\s+|a\s+)?$", before) or _FELL_FROM.search(before):
            # "down from (the) 1,376 km²", "down to 140 km², from 1,376 km²": the earlier value a
            # figure is compared with
            return ""
        if rx.match(r"\s*(?:square\s+(?:kilometers|kilometres)|sq\.?\s*km|km2|km²)", after):
            # ground held or taken, never the size of a district ("which covers 1,300 sq km")
            if rx.search(r"\b(?:covers|covering|spans|spanning|measures|measuring|area\s+of)\s*$", before):
                return ""
            if rx.match(r"(?i)several\b", fig.text):
                return ""  # "still holds several hundred square kilometres": no figure to track
            if rx.search(
                r"^[^;.]{0,70}?\b(?:demin\w*|de-min\w*|landmines?|mines|minefields?|mine-contaminated"
                r"|contaminated|unexploded)\b",
                after,
            ):
                # (round 35) "139,000 square kilometres of its territory need to be surveyed for
                # mines": land to be cleared, not ground held or taken
                return ""
            return "area"
        if fig.share:
            return "people" if _has_people_noun(after) else ""
        if rx.match(r"-?\s*(?:mm|millimet(?:re|er)s?)\b", after):
            return ""  # "240-mm multiple rocket launchers", "170-millimetre guns": a calibre
        if _ONE_OF_THE.search(before):
            return ""  # "One of the two was wounded in the jaw": the two counted before, not a count
        if (
            fig.text.isalpha()
            and rx.search(r"\b[Tt]he\s+$", before)
            and rx.match(
                r"\s+(?:[\w-]+\s+){0,2}?(?:men|soldiers|servicemen|prisoners|captives|troops),\s+(?:both|all)\s+",
                after,
            )
            and not _CAPTURED.search(clause[fig.end :])
        ):
            # (round 53) "the two men, both wounded, had been taken to Kyiv": the captives told of,
            # their state in apposition, not a count of wounded (where the clause tells their
            # capture, "the two soldiers, both wounded, had been captured on 9 January", it counts)
            return ""
        if fig.text.lower() == "one" and rx.match(r"\s+of\s+(?:the|them|these|those|his|her|their)\b", after):
            # "one of the soldiers was born in 2005": a pointer to a person, not a count ((round 53)
            # checked before the counts below: "One of the two North Korean soldiers captured … has
            # expressed a wish to come to South Korea" was read as one captured)
            return ""
        if _ARMY_SIZE.search(before):
            return ""  # "a standing army of some 1.2 million personnel": a country's army, not a claim
        if _MONEY_AFTER.match(after) or _MONEY_BEFORE.search(before):
            return ""  # "at up to 20 trillion won", "$700 million": a sum of money, never a count
        if (
            rx.match(r":\d", after)
            or rx.search(r"\d:$", before)
            or rx.search(r"\bratio\s+(?:of\s+)?(?:about\s+|roughly\s+|some\s+)?$", before)
        ):
            return ""  # "a wounded-to-killed ratio of 9:1", "a 3:1 ratio": a ratio, not a count
        if (rx.match(_RATIO_DENOMINATOR, after) and (fig.high or fig.low or 0) <= 10) or rx.search(
            _RATIO_NUMERATOR, before
        ):
            return ""  # "nearly one in ten of the force", "two out of every three": a proportion
        if _THAT_IS_IN_ALL.search(before) and _IN_ALL_AFTER.match(after):
            return ""  # "That is roughly 3,000 casualties in total.": the writer adds up the figures before
        if _WOULD_MEAN.search(before):
            return ""  # "that would amount to 6,000 in all", "would mean roughly 230 a day": a sum worked out
        if rx.match(r"(?:\s+|-)(?:times|fold)\b", after):
            return ""  # "more than three times the agency's estimate", "a tenfold rise": a multiple
        if rx.match(r"-strong\b", after) and (fig.low or fig.high or 0) >= 100:
            return "people"  # "an 11,000-strong contingent": the size of a force
        if rx.search(
            r"\b(?:casualties|losses|deaths|dead|killed|wounded|toll)(?:\s*\([^)]{1,40}\))?\s*:\s*[\"“]?$",
            before,
        ):
            return (
                "people"  # "North Korean losses (killed and wounded): about 4,000": a label, then its count
            )
        if (count_label := _COUNT_LABEL.match(clause)) is not None and count_label.end() == fig.start:
            return "people"  # "Wounded: around 4,100, per the same briefing.": a note's label, then its count
        if _LOSSES_NOW.search(before):
            return (
                "people"  # "North Korean killed and wounded in Kursk now over 3,000": a note's verbless count
            )
        if rx.search(r"\b[Hh]ow\s+many\s+[^?,;]{3,80}", clause[: fig.start]) and rx.match(
            r"\s*(?:[.,;]|$)", after
        ):
            return "people"  # "Asked how many … had been killed, Budanov replied: about 4,000."
        if rx.search(
            r"\b(?:estimate|figure|count|tally|reckoning)(?:\s*,[^,;]{1,40},)?\s+(?:was|is|had\s+been|has\s+been"
            r"|stood\s+at|stands\s+at)\s*[\"“']?$",
            before,
        ) and not rx.match(
            r"[\"”']?\s*(?:[\w-]+\s+){0,2}?(?:killed|wounded|injured|dead|deaths|died|casualties|losses|captured|missing"
            r"|prisoners|troops|soldiers|servicemen|personnel|men)\b",
            after,
        ):
            return "anaphoric"  # "An earlier NIS estimate, still widely quoted, was about 11,000": the same count
        if (
            rx.search(r"\d", fig.text)
            and rx.search(r"\bthe\s+[\"“']?$", before)
            and rx.match(
                r"[\"”']?\s+(?:that\s+|which\s+)?(?:the\s+)?(?:[\w'’-]+\s+){1,5}?(?:had\s+|has\s+|first\s+)?"
                + _GAVE,
                after,
            )
        ):
            return "anaphoric"  # 'up from the "about 600" the agency gave in April': the same count, earlier
        if rx.search(
            r"\b(?:toll|number|count|figure|losses|casualties)\s+(?:had\s+|has\s+|have\s+)?(?:risen|rose|grown|grew"
            r"|climbed|jumped|increased|fallen|fell|dropped)\s+(?:[a-z]+ly\s+)?from\s+(?:its|their|his|her|the)\s+"
            r"(?:earlier\s+|previous\s+|last\s+|own\s+)?(?:estimate|figure|count|tally)\s+of\s+[\"“']?$",
            before,
        ):
            return "anaphoric"  # "the death toll had risen sharply from its estimate of about 600": the same count, earlier
        if rx.match(
            r"\s+(?:American|U\.S\.|US)\s+(?:troops|soldiers|service\s*members|personnel)\s+(?:still\s+)?"
            r"(?:stationed|based|garrisoned)\s+(?:in|on)\b",
            after,
        ):
            return ""  # "the 28,500 U.S. troops stationed in South Korea": a standing garrison, no claim of the war
        if _AGES_BEFORE.search(before):
            return ""  # "two civilians aged 67 and 71 were injured": ages of people, not a count
        if rx.search(
            r"\b(?:said|says|saying|gave|given|gives|giving)\s+(?:a\s+flat\s+|only\s+|just\s+)?[\"“']?$"
            r"|\b(?:estimate|figure|count|tally)\b[^.;:\d\"“]{0,40}:\s*[\"“']?$",
            before,
        ) and rx.match(r"[\"”']?\s*(?:[.;)]|,\s+(?:not|but|and|as|in)\b|$)", after):
            # "The JCS said around 1,100.", 'He said "as many as 8,000".', "he had given a flat
            # 4,000", "gave a lower estimate the same day: around 1,100": a bare count said, of
            # what was being counted just before
            return "anaphoric"
        if _IT_WAS.search(before) and _OCCASION_ONLY.match(clause) and _BARE_END.match(after):
            return "anaphoric"  # "And in April it was about 600.": the same count, at an earlier time
        if fig.start in _part_whole_of(clause):
            return "people"  # a force sent, or the part of it lost
        if _placed_force(clause, fig):
            return "people"  # "as many as 8,000 are in the Kursk region": the noun is left out
        if _FORCE_THERE.search(clause[: fig.start]) and _LOSSES_COUNTED.match(clause, fig.end):
            return "people"  # (QA 12) "the total in Kursk was already 4,000, counting killed and wounded"
        if rx.search(
            r"\b(?:planned|proposed|intended|envisaged)\s+(?:[\w-]+\s+){0,2}(?:deployment|contingent|batch|dispatch)"
            r"\s+of\s*$",
            before,
        ):
            return ""  # "out of a planned third deployment of six thousand troops": a plan, not a count
        if rx.search(r"\b(?:deployment|dispatch|troop)\s+plans?\s+of\s*$", before):
            return ""  # "out of the recent third deployment plan of 6,000 troops": a plan
        if rx.search(
            r"\bplans?\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,2}(?:deployment|dispatch)\s+of\s*$", before
        ):
            return ""  # (round 41) a translation's "from the plan of the third deployment of 6 thous."
        if rx.search(
            r"\b(?:plans?|planned|intends?|aims?|wants?)\s+to\s+(?:bring|raise|increase|expand|take)\s+(?:it\s+)?to\s*$",
            before,
        ):
            return ""  # (round 41) "a third deployment that Pyongyang plans to bring to 6,000 troops": a plan
        if rx.match(
            r"\s+(?:[\w-]+\s+){0,2}?(?:per|a|each)\s+(?:day|week|month)\b(?!\s+(?:earlier|later|before|after|ago)\b)"
            r"|\s+(?:[\w-]+\s+){0,2}?daily\b",
            after,
        ):
            return ""  # "around 1,300 casualties per day": a rate, not a count ("a week earlier" is a time)
        if (
            fig.text.isalpha()
            and rx.fullmatch(r"\s*(?:The|These|Those|Both)\s+", clause[: fig.start])
            and not (
                rx.match(
                    r"\s*(?:[\w-]+\s+){0,3}?(?:were|had\s+been)\s+(?:captured|taken\s+(?:prisoner|captive|alive))\b",
                    after,
                )
                and not any(d.figure is not None and d.figure.numbers & fig.numbers for d in self.drafts)
            )
        ):
            # "The two men, aged 20 and 26, ...": people already counted, pointed back to ((round 53)
            # unless none was counted before and the clause tells their capture: "The two were
            # captured on Jan. 9, the NIS said last month" is the NIS's count)
            return ""
        if rx.match(rf"\s*(?:{_NONPEOPLE})(?![\w])", after, re.IGNORECASE):
            return ""
        if rx.match(
            r"\s*(?:units?|items?)\b(?!\s+(?:of|from)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}(?:troops|soldiers|forces|army)\b)",
            after,
        ) and (
            rx.search(
                r"\b(?:equipment|hardware|materiel|weapons?|vehicles?)\b(?:\s+\w+){0,4}\s*$",
                clause[: fig.start],
            )
            or rx.match(
                r"\s*(?:units?|items?)\s+of\s+(?:military\s+)?(?:equipment|hardware|materiel|weapon)", after
            )
        ):
            return ""  # (round 64) "put its equipment losses at more than 7,700 units": no people
        if rx.match(
            r"\s*(?:American|U\.\s?S\.|US|South\s+Korean)\s+(?:troops|soldiers|service\s*members|forces)\s+"
            r"(?:[\w-]+\s+){0,2}?(?:stationed|based|garrisoned)\b",
            after,
        ):
            return ""  # (round 64) "some 28,500 American troops remain stationed in South Korea": no party's
        if (
            fig.low is not None
            and fig.low == fig.high
            and 1900 <= fig.low <= 2100
            and rx.search(r"(?<![\d,.])\d{4}$", fig.text) is not None  # "2K", "two thousand" are no year
        ):
            return "people" if _has_people_noun(after) else ""
        if _has_people_noun(after):
            return "people"
        if _TAKEN_COUNT.search(clause[: fig.start]) and _TAKEN_AFTER.match(after):
            return "people"  # (round 64) "as Ukraine said it had taken two of them alive"
        if (
            (fig.high or fig.low or 0) <= 100
            and rx.search(r"\b[Tt]he\s+$", clause[: fig.start])
            and _CAPTURE_NOUN.search(clause)
            and _TAKEN_PLAIN.match(after)
        ):
            # "the NIS confirmed the capture, saying the two had been taken on 9 January": the
            # captives named by their number alone
            return "people"
        if (_TAKEN_BARE.match(after) or _FATE_BARE.match(after)) and any(
            f.end <= fig.start and self._accept(clause, f) == "people"
            for f in find_figures(clause[: fig.start])
        ):
            # "over 38,000 troops killed or wounded, and over 700 taken prisoner", "at least 30 …
            # killed, and that at least three had gone missing": more of the people just counted
            return "people"
        more = rx.match(r"\s+more\b", after)
        if (
            more is not None
            and _FATE_BARE.match(after, more.end())
            and self.drafts
            and self.sentence_no - self.drafts[-1].sentence_no <= 1
            and self.drafts[-1].metric in ("killed", "wounded", "killed_or_wounded", "missing", "captured")
        ):
            # (round 36) "… at least 30 North Korean soldiers had been killed. The same post said at
            # least three more had gone missing": more of the people the sentence before counted
            return "people"
        if (
            _LOST_BARE.match(after)
            and self.drafts
            and not self.drafts[-1].dropped
            and self.drafts[-1].sentence_no >= self.sentence_no - 3
            and self.drafts[-1].metric in ("killed", "wounded", "killed_or_wounded")
        ):
            # "Zelenskyy said 3,800 had been killed or wounded. … In an interview with the AP he
            # said more than 4,000 had been lost": the people counted just before, counted again
            return "people"
        if rx.match(r"\s+more\s+(?:are|were|have|had|is|was|will)\b", after) and any(
            f.end <= fig.start and self._accept(clause, f) == "people"
            for f in find_figures(clause[: fig.start])
        ):
            return "people"  # "1,500 soldiers ..., and 3,500 more are training": more of the same
        if rx.match(
            rf"\s+of\s+(?:them|these|those)\s+(?:(?:were|are)\s+)?(?:[\w-]+\s+)?(?:{_THINGS})\b", after
        ):
            return ""  # "7,700 pieces of equipment, 412 of them tanks": things, named after the figure
        if rx.match(r"\s+of\s+(?:them|these|those)\b", after):
            nouns = [
                (m.end(), m.group("p") is not None)
                for m in rx.finditer(
                    rf"\b(?:(?P<p>{_PEOPLE})|{_THINGS})\b", clause[max(0, fig.start - 120) : fig.start]
                )
            ]
            if nouns and not nouns[-1][1]:
                return ""  # "watched by drones (Kyiv set a target of a million of them)": not people
            return "people"  # "11,000 of them were in the Kursk region"
        if rx.match(
            r"[\"”]?\s*(?:(?:North\s+|South\s+)?Korean\s+|Ukrainian\s+|Russian\s+|more\s+|others?\s+)?"
            r"(?:,\s*(?:both|all|each)\s+(?:wounded|injured)\s*,\s*)?"  # "the pair, both wounded, had been"
            r"(?:went\s+(?=missing))?"  # '"at least three" went missing'
            # ("300 had died and 2.7 thousand been wounded": the auxiliary left out)
            # ("and some 4,000 to have become casualties": "were believed" left out before it)
            r"(?:(?:have|has|had|were|was)\s+(?:been\s+|become\s+)?|been\s+|to\s+have\s+(?:been\s+|become\s+)?)?"
            r"(?:killed|wounded|injured|dead|deaths|died|perished|missing|captured|put\s+out\s+of\s+action"
            r"|irrecoverabl[ey]|irretrievabl[ey]"  # '25,200 "irrecoverable" and 36,200 wounded'
            r"|(?<=become\s)casualties)\b",  # "roughly 4,000 had become casualties"
            after,
        ):
            return "people"
        if (
            rx.search(
                # (round 40) a translation's verb before its count: "of the North Koreans were lost
                # more than 4 thousand", "in the fights perished about 300": the people named before
                r"\b(?:were|was|have\s+been|has\s+been|had\s+been)?\s*(?:lost|killed|wounded|injured|liquidated"
                r"|eliminated|perished|died)\s+(?:already\s+|in\s+total\s+)?$",
                before,
            )
            and rx.match(r"\s*(?:[.;,]|$)", after)
            and (
                rx.search(rf"\b(?:{_PEOPLE}|military)\b", before)
                or rx.search(r"\b(?:North\s+Koreans|Russians|Ukrainians|Koreans)\b", before)
            )
        ):
            return "people"
        if rx.match(r"\s+(?:have|has|had|were|was)\s+(?:already\s+)?been\s+lost\b", after) and rx.search(
            # (round 34: "of the North Korean troops sent to Kursk, more than 4,000 had been lost")
            rf"\b[Oo]f\s+(?:the\s+|some\s+|around\s+|about\s+)?(?:[\d,]+|(?:[A-Z][\w-]*\s+){{0,3}}(?:{_PEOPLE})\b)",
            clause[: fig.start],
        ):
            return "people"  # "of around 12,000 soldiers sent ..., more than 4,000 had been lost"
        if rx.match(
            r"\s+(?:have|has|had|were|was|are|is)\s+(?:(?:been|already|now|since)\s+){1,2}"
            r"(?:moved|sent|deployed|transferred|redeployed|dispatched|stationed)\s+(?:to|in|into|closer)\b",
            after,
        ) and rx.search(
            r"\b(?:[Oo]f\s+(?:those|them|these)|[Aa]mong\s+them"
            r"|[Oo]f\s+(?:the\s+|some\s+|around\s+|about\s+|roughly\s+)?[\d,]+\s+(?:[\w-]+\s+){0,2}?(?:"
            + _PEOPLE
            + r"))\b",
            clause[: fig.start],
        ):
            # "Of those, as many as 8,000 have been moved to the Kursk region"; "of some 10,000
            # soldiers in Russia, as many as 8,000 had been moved to Kursk": a part of a force
            return "people"
        if rx.match(
            # ("some 3,000 or more had been additionally dispatched", "3,000 more were sent over")
            r"\s+(?:more\s+|others\s+)?(?:(?:have|has|had)\s+(?:(?:already|now|since|reportedly|also)\s+)?been|were|was)"
            r"\s+(?:(?:already|now|since|reportedly|also|further|[a-z]+ally)\s+){0,2}(?:sent|deployed|dispatched)\b",
            after,
        ):
            return (
                "people"  # "about 15,000 had been sent", "3,000 more were dispatched": the noun is left out
            )
        if rx.match(
            r"\s+(?:(?:first|initially|originally)\s+)?(?:deployed|sent|dispatched)\b", after
        ) and rx.search(
            r"\b(?:half|third|quarter|part|share|most|some)\s+of\s+(?:the|those|its)\s+(?:[a-z]+\s+)?$",
            before,
        ):
            return "people"  # "over half of the roughly 11,000 first deployed": the force, its noun left out
        if rx.match(
            r"\s+(?:have|has|had)\s+(?:already\s+|now\s+)?made\s+their\s+way\s+(?:to|into|there)\b", after
        ):
            return "people"  # "as many as 10,000 had made their way there": troops, the noun left out
        if rx.search(
            r"\b(?:killed|wounded|injured|captured|eliminated)\s+(?:another|a\s+further)\s*$", before
        ) and any(f.end <= fig.start and self._accept(clause, f) for f in find_figures(clause[: fig.start])):
            return "people"  # "eliminated 77 soldiers ... and wounded another 40"
        if _VERB_METRIC.search(before):
            return "people"
        if rx.search(
            r"(?:casualties|losses|wounded|injured|killed|dead|deaths|toll|(?:total\s+)?number\s+of|total\s+of"
            # ("casualties, killed and wounded, were more than 6,000": an aside in commas)
            # ("the NIS's killed-only estimate reached": a word joined to the noun)
            # ((round 67) a longer aside: "The injured, lawmaker Lee told reporters after the session,
            # number just shy of 1,000")
            r"\s+[\w\s]+?)(?:-[a-z]+)?(?:\s*,\s*[^,;.\d]{1,80}?,)?"
            # ("Casualties among North Korean troops fighting in Kursk are estimated at": whose)
            r"(?:\s+among\s+(?:[\w'’-]+\s+){0,7}?[\w'’-]+)?\s+(?:[\w'’]+\s+){0,4}?(?:was|were|is|are|stood\s+at|totall?ed|totals?|amounts?\s+to"
            # ((round 67) "number" as the verb: "the dead number about 300", "casualties now number
            # in excess of 3,000", "the wounded numbered 2,700")
            r"|number(?:s|ed)?"
            r"|reached|at|of|(?:rose|risen|climbed|increased|grown|grew|jumped)\s+to)"
            # "casualties were already more than three thousand"
            r"(?:\s+(?:already|now|still|reportedly|likely|probably))?\s*[\"“']?\s*$",
            before,
        ):
            return "people"
        if rx.search(
            # ((QA 11) not civilians' or children's deaths: "Civilian deaths in the Kursk fighting had
            # risen to 31", "Deaths of children in …")
            r"(?<!\bcivilian\s)(?<!\bCivilian\s)\b(?:casualties|losses|deaths|death\s+toll)\s+(?:in|among|of|from)\s+"
            r"(?!(?:the\s+)?(?:civilians?|children|residents|people|women|locals)\b)(?:[\w'’-]+\s+){1,6}?"
            r"(?:had\s+|has\s+|have\s+)?(?:already\s+|now\s+)?(?:rose|risen|climbed|increased|grown|grew|jumped)"
            r"\s+to\s*[\"“']?\s*$",
            before,
        ):
            return (
                "people"  # (round 50) "North Korean deaths in the Kursk fighting had risen to around 2,000"
            )
        if rx.match(r"(?i)(?:nearing|approaching|exceeding|topping|surpassing)\b", fig.text) and rx.search(
            r"\b(?:casualties|losses|wounded|injured|killed|dead|deaths|toll|number\s+of\s+[\w\s]+?)\s+$",
            before,
        ):
            return "people"  # "with the number of wounded nearing 1,000": the verb is the qualifier
        if rx.search(
            r"(?:puts?|putting)\s+the\s+(?:total|number)\s+(?:sent|deployed|dispatched)\s+at\s*$", before
        ):
            return "people"  # "put the total sent at between 10,000 and 12,000": the force
        if rx.search(
            # (round 36) "put the toll the same day at around 1,100": a day between
            r"(?:puts?|putting)\s+the\s+(?:figure|number|total|toll)\s+(?:\w+\s+)?"
            + _A_DAY_BETWEEN
            + r"at\s*$",
            before,
        ):
            return "anaphoric"
        if _FORCE_AT.search(before):
            return "people"  # "put the whole contingent at 10,000 to 12,000": the force sent
        which_put = _WHICH_PUT_AT.search(clause, max(0, fig.start - 240), fig.start)
        if which_put is not None and any(cue_re.search(which_put.group("head")) for _, cue_re in _METRIC_RES):
            return (
                "people"  # "The number of soldiers killed, which the agency had put at about 600 in April, …"
            )
        if rx.search(
            r"\b(?:puts?|putting|estimated|estimates|estimating|pegged|pegs|placed|places)\s+them\s+at\s*$",
            before,
        ):
            return "anaphoric"  # "while the JCS estimated them at around 1,100": the losses just counted
        if rx.search(
            r"\b(?:raised|lowered|revised|increased|updated|upped|cut|raising|revising)\s+(?:his|her|its|their|the)"
            # ("raised the US figure to": a country's own figure)
            r"\s+(?:own\s+|[A-Z][\w.]*\s+)?(?:figure|estimate|count|toll|tally|number)\s+(?:\w+\s+)?to\s*$"
            # ("it raised this, again on X, to more than 6,000")
            r"|\b(?:raised|lowered|revised|increased|updated|upped|cut)\s+(?:this|that|it)(?:\s*,[^,;]{1,40},)?\s+to\s*$",
            before,
        ):
            return "anaphoric"  # "had raised his figure to 4,000": the count that speaker gave before
        if rx.search(
            r"\b(?:losing|lose|loses)\s+(?:them|troops|soldiers|men|people|personnel|fighters)?\s*[–—:,-]?\s*[\"“]?\s*$",
            before,
        ):
            return "people"  # 'are losing them – "4 thousand as of now"': the noun is the lost
        if rx.search(
            r"\b(?:gave|give|gives|giving|offered|cited)\s+(?:a|an|the|its|his|her|their)\s+(?:[\w-]+\s+){0,3}?"
            r"(?:estimate|figure|count|toll|tally|number)\s+of\s*$",
            before,
        ):
            return "anaphoric"  # "gave a much lower estimate of around 1.1K": of the count just given
        if rx.search(
            r"\b(?:[Tt]he|[Tt]hat|[Tt]his|[Ii]ts|[Tt]heir)\s+(?:figure|estimate|count|toll|tally|total)\s+"
            r"(?:was|is|stood\s+at|(?:had\s+|has\s+)?(?:rose|risen|grown|grew|climbed)\s+to)\s+"
            r"(?:[\"“]?(?:highly\s+|very\s+)?(?:likely|probably|almost\s+certainly)[\"”]?\s+)?$",
            before,
        ):
            return "anaphoric"  # 'it said the figure was "highly likely" more than 6,000': the count named before
        est = _ESTIMATE_OF_WAS.search(clause[max(0, fig.start - 200) : fig.start])
        if est and self._first_metric(est.group("what"), True):
            return "people"  # "the estimate of deaths by the NIS, given in January, was about 300"
        if rx.search(r"\b(?:(?:had|has|have)\s+(?:already\s+)?given|gave)\s+[\"“]\s*$", before):
            return "anaphoric"  # 'Syrskyi had already given "over 38,000"': the count just named
        if rx.search(
            r"\bwent\s+(?:even\s+|still\s+|much\s+)?(?:further|higher|lower)\s*:\s*[\"“]?\s*$", before
        ) and not (
            rx.match(
                rf"[\"”]?\s+(?:[\w-]+\s+){{0,2}}(?:{_PEOPLE}|North\s+Koreans|Russians|Ukrainians)\b", after
            )
        ):
            return "anaphoric"  # "The next day Britain's Defence Intelligence went further: more than 5,000"
        if rx.search(r"\b(?:spoke|spoken|speaks)\s+of\s+[\"“]\s*$", before):
            return "anaphoric"  # 'the NIS spoke of "more than 11,000"': a quoted bare figure of the count just named
        if rx.search(r"\b(?:spoke|spoken|speaks)\s+of\s*$", before) and rx.match(
            r"\s+(?:in|inside)\s+(?:the\s+)?(?:Kursk|Russia)\b", after
        ):
            return "anaphoric"  # (round 36) "Blinken spoke of up to 8,000 in the Kursk region": the force just counted
        if rx.search(r"\b(?:puts?|putting)\s+it\s+at\s+[\"“]?\s*$", before):
            return "people"  # 'Zelensky put it at "4 thousand as of now" — killed and wounded'
        if (
            rx.search(r"\b(?:had|has|have)\s+(?:already\s+)?lost\s*[\"“]?\s*$", before)
            # ("is losing its soldiers - "4 thousand as of now"": the losing told, then how many)
            or rx.search(
                r"\b(?:is|are|was|were|been)\s+[\"“]?losing[\"”]?\s+(?:its\s+|their\s+|his\s+)?(?:soldiers|troops|men|them|people)\b"
                # ('was losing its soldiers too, "4 thousand as of now"': a comma before the count)
                r"[^.;\d]{0,60}?[—–:,-]\s*[\"“]?\s*$",
                before,
            )
        ) and rx.match(
            r"[\"”]?\s*(?:there\b|in\s|since\b|during\b|so\s+far\b|as\s+of\s+(?:now|today)\b|to\s+date\b"
            r"|by\s+now\b|thus\s+far\b|,|\.|;|$)",
            after,
        ):
            # "Russia had lost over 38,000 there", 'had lost "4 thousand as of now"': the lost, the
            # noun left out
            return "people"
        if rx.search(
            r"\b(?:losses|killed|wounded|dead|injured|captured|missing|prisoners)\)?\s*[—–-]+\s*$", before
        ) and (
            rx.search(r":[^.]*$", before)
            or rx.fullmatch(r"\s*[a-z][\w ()'’-]{0,40}?\s*[—–-]+\s*", clause[: fig.start])  # the next item
        ):
            return "people"  # "Of these: irrecoverable losses – 25,200; sanitary (wounded) – 36,200"
        if _LIST_PERSONNEL.search(before):
            return "people"  # "personnel — about 845,900 (+1,210) persons": the total and the day's
        if _RUNNING_TOTAL.search(before) and any(
            f.end <= fig.start and self._accept(clause, f) for f in find_figures(clause[: fig.start])
        ):
            return "people"  # "lost 1,450 troops over the past day, bringing its total to 804,000"
        if rx.search(
            r"\b(?:gave|give|gives|giving|offered|provided)\s+(?:a|an|the)\s+(?:new\s+|fresh\s+"
            r"|updated\s+|revised\s+)?(?:figure|estimate|count|number|toll)\s+for\s+[^;]{0,120}$",
            clause[: fig.start],
        ):
            return "people"  # "gave a new figure for North Korean killed and wounded: ... 4 thousand"
        put = rx.search(
            # ('put the wounded "approaching 1,000"': the "at" left out before a quoted figure)
            # ((round 67) an aside in commas between the count and its "at": "put the number of
            # soldiers killed or wounded in Kursk, in fighting it said took place on Saturday and
            # Sunday, at no fewer than thirty")
            r"\b(?:puts?|putting|pegs?|pegged|estimates?|estimated|estimating)\s+([^;\"“]{0,100}?)"
            r"(?:,[^,;\"“\d]{4,90},\s*)?(?:\bat\s*|\s[\"“])$",
            # (a wider window: "estimated the total number of North Korean casualties - killed,
            # wounded, captured or missing - at some 4,000")
            _MONTH_DOT.sub(" ", clause[max(0, fig.start - 220) : fig.start]),
        )
        if put and (
            any(cue_re.search(put.group(1)) for _, cue_re in _METRIC_RES) or _FORCE_SENT.search(put.group(1))
        ):
            return "people"  # "put North Korean deaths at roughly 300", "put the total sent at"
        if rx.match(r"\s*(?:(?:were|was|are|is)\s+)?(?:[\w-]+\s+)?(?:losses|casualties)\b", after):
            return "people"  # "25,200 were irrecoverable losses", "36,200 sanitary losses"
        if _EXCEED_FIG.match(fig.text) and rx.search(
            r"(?:casualties|losses|killed|wounded|dead|deaths|toll)\b[^;]{0,90}$", before
        ):
            return "people"  # "the number of killed and wounded ... already exceeds 3,000"
        if rx.search(
            r"(?:losses|casualties)\b[^.;]{0,90}?\b(?:amounted\s+to|amount\s+to|came\s+to"
            r"|totall?ed|exceeded|topped|reached|stood\s+at|numbered)\s*$",
            before,
        ):
            return "people"
        if rx.search(r"\b(?:including|of\s+which|of\s+them|among\s+them)\s*$", before) and any(
            f.end <= fig.start and self._accept(clause, f) for f in find_figures(clause[: fig.start])
        ):
            return "people"  # a part of a figure already counted: "871,850 troops, including 1,150"
        wide = _MONTH_DOT.sub(" ", clause[max(0, fig.start - 140) : fig.start])
        # (round 39: the wider window for "The number of North Korean soldiers killed in the war in
        # the Kursk region of Russia is estimated at around 2,000")
        if _NUMBER_OF_WAS.search(wide) or _RAISED_ESTIMATE_TO.search(before):
            # (round 27) 'the total number of North Korean soldiers in Russia was "11,000 to
            # 12,000"': the people counted named before the verb
            return "people"
        return ""

    @staticmethod
    def _first_metric(text: str, prefer_flow: bool) -> str:
        hits: list[tuple[int, int, str]] = []
        for metric, cue_re in _METRIC_RES:
            for m in cue_re.finditer(text):
                if metric == "captured" and _NOT_YET_CAPTURED.search(text, 0, m.start()):
                    continue  # "One soldier, about to be captured, shouted": no capture happened
                hits.append((m.start(), -(m.end() - m.start()), metric))
        if not hits:
            return ""
        hits.sort()
        if prefer_flow:
            flows = [h for h in hits if h[2] != "troops_deployed"]
            if flows:
                return flows[0][2]
        return hits[0][2]

    def _metric(self, clause: str, figs: list[Figure], i: int, lean: int = 0) -> str:
        """The figure's metric; `lean` limits borrowing from coordinated figures (-1 back, 1 on)."""
        apart = _without_relative_aside(clause, figs[i])
        if apart is not None:
            # (round 67) the figure after a relative clause that holds an earlier figure counts
            # the noun before that clause
            kept = [f for f in figs if f.end <= apart[2] or f.start >= apart[3]]
            shift = apart[3] - apart[2] - 1
            shifted = [
                f if f.end <= apart[2] else replace(f, start=f.start - shift, end=f.end - shift) for f in kept
            ]
            metric = self._metric(apart[0], shifted, kept.index(figs[i]), lean)
            if metric:
                return metric
        metric = self._metric_read(clause, figs, i, lean)
        wound = _THOUGH_WOUNDED.match(clause, figs[i].end) if metric == "wounded" else None
        if wound is None:
            return metric
        # (round 41) "Two soldiers, though wounded, kept fighting": the wounds describe the men; the
        # aside alone never makes them a wounded count
        # (the captives of a capture told just before are left to `_read_claims`'s survivors rule)
        near = (
            clause[: figs[i].start]
            + clause[wound.end() :]
            + " "
            + self.sent_log.get(self.sentence_no - 1, "")
        )
        if _CAPTURE_WORD.search(near):
            return metric
        blank = " " * (wound.end() - wound.start("aside"))
        return self._metric_read(
            clause[: wound.start("aside")] + blank + clause[wound.end() :], figs, i, lean
        )

    def _metric_read(self, clause: str, figs: list[Figure], i: int, lean: int = 0) -> str:
        """`_metric` as the words around the figure read, before a concessive aside is weighed."""
        counting = _COUNTING_ASIDE.search(clause, 0, figs[i].start)
        if counting:
            # "casualties overall - counting killed, wounded, missing and captured - stood at about
            # 4,000": the aside lists what the figure includes, the noun before it says what it is
            clause = (
                clause[: counting.start()]
                + " " * (counting.end() - counting.start())
                + clause[counting.end() :]
            )
        label = _COUNT_LABEL.match(clause)
        if label and label.end() == figs[i].start:
            # "Wounded: around 4,100", "Total sent: about 15,000": the label says what it counts
            return _LABEL_METRIC[rx.sub(r"^total\s+", "", label.group("w").lower())]
        share = _SHARE_ASIDE.match(clause, figs[i].end)
        if share:
            # "casualties were upwards of 5,000, nearly half of those initially deployed": the
            # share says how big the figure is against the force, not what it counts
            clause, figs = clause[: share.start()], figs[: i + 1]
        metric = self._metric_cue(clause, figs, i, lean)
        among = _LOSSES_AMONG.search(clause[max(0, figs[i].start - 140) : figs[i].start])
        if metric == "troops_deployed" and among:
            # "casualties among North Korean troops fighting in Russia's Kursk region are estimated
            # at around 4,000": the losses counted, not the troops sent to Russia
            return self._first_metric(among.group("noun"), True) or "killed"  # a bare "toll": the dead
        after = clause[figs[i].end :]
        est = _ESTIMATE_OF_WAS.search(clause[max(0, figs[i].start - 200) : figs[i].start])
        if est and self._first_metric(est.group("what"), True):
            return self._first_metric(est.group("what"), True)  # "estimate of deaths … was": deaths
        if _FORCE_AT.search(clause[max(0, figs[i].start - 90) : figs[i].start]):
            return "troops_deployed"  # "put the whole contingent at …": the size of the force
        if metric != "captured" and (
            (_TAKEN_COUNT.search(clause[: figs[i].start]) and _TAKEN_AFTER.match(after))
            or _CAPTURED_AFTER.match(after)
            or _TAKEN_BARE.match(after)
            # "confirmed the captures, saying the two wounded men were taken on 9 January": a
            # capture named before, "taken" alone after the count
            or (_CAPTURE_NOUN.search(clause, 0, figs[i].start) and _TAKEN_PLAIN.match(after))
        ):
            # "the two wounded men had been captured", "had taken one soldier alive", "had taken
            # two North Korean soldiers prisoner": the capture is what is counted; "wounded" or
            # "died of his wounds" describes the prisoners
            return "captured"
        if (
            metric == "killed_or_wounded"
            and (
                rx.search(
                    r"\b(?:eliminated|liquidated|neutrali[sz]ed)\s+(?:\w+\s+){0,2}$", clause[: figs[i].start]
                )
                or rx.match(
                    r"\s+(?:[\w-]+\s+){0,4}(?:were|was|have\s+been|had\s+been)\s+"
                    r"(?:eliminated|liquidated|neutrali[sz]ed)\b",
                    after,
                )
            )
            and (
                rx.search(r"\b(?:wounded|injured)\s+(?:another|a\s+further|some\s+)?\s*\d", after)
                or rx.search(
                    r"\b(?:another|a\s+further)\s+\d[\d,]*\s+(?:[\w-]+\s+){0,3}(?:were|was)\s+"
                    r"(?:wounded|injured)\b",
                    after,
                )
            )
        ):
            # "eliminated 77 ... and wounded another 40", "77 ... were eliminated and another 40
            # were wounded": the wounded are counted apart, so the eliminated are the dead
            return "killed"
        total_of = _TOTAL_OF_KINDS.search(clause[max(0, figs[i].start - 160) : figs[i].start])
        if (
            total_of is not None
            and rx.search(r"\b(?:killed|dead)\b", total_of.group("kinds"))
            and rx.search(r"\b(?:wounded|injured)\b", total_of.group("kinds"))
        ):
            # (round 35) "the total of killed, wounded, missing and captured was about 4,000": a
            # total over the fates, the broad count, not its last-named kind
            return "killed_or_wounded"
        if metric == "killed" and rx.search(
            r"\b(?:rang(?:e|es|ed|ing)|running)\s+[\"“]?from\s+(?:the\s+)?(?:killed|dead)\b[^;]{0,30}?\bto\s+"
            r"(?:the\s+)?(?:wounded|injured)\b",
            clause,
        ):
            return "killed_or_wounded"  # casualties "ranging from killed in action to wounded"
        return metric

    def _metric_cue(self, clause: str, figs: list[Figure], i: int, lean: int = 0) -> str:
        """The metric the words around a figure name (see `_metric`)."""
        fig = figs[i]
        role = _part_whole_of(clause).get(fig.start)
        if role is not None and role[1]:
            return role[1]  # "of 12,000 sent, 4,000 had been lost": the force, and what it lost
        number_of = _NUMBER_OF_KIND.search(clause[figs[i - 1].end if i else 0 : fig.start])
        if number_of is not None and self._first_metric(number_of.group("w"), prefer_flow=True):
            # "the number of injured is nearing 1,000 after they took part in combat": the noun
            # the number counts, whatever the rest of the sentence says of the force (round 30)
            return self._first_metric(number_of.group("w"), prefer_flow=True)
        kind_numbers = _KIND_NUMBERS.search(clause, figs[i - 1].end if i else 0, fig.start)
        if kind_numbers is not None and self._first_metric(kind_numbers.group("w"), prefer_flow=True):
            return self._first_metric(
                kind_numbers.group("w"), prefer_flow=True
            )  # "the dead number about 300"
        if _placed_force(clause, fig):
            return "troops_deployed"  # "as many as 8,000 are in the Kursk region"
        if (fig.low or fig.high or 0) >= 50 and rx.match(
            r"\s+(?:[A-Z][\w-]+\s+){0,2}(?:troops|soldiers|servicemen|personnel)\s+(?:are|were|is|was)\s+"
            r"(?:now\s+|already\s+|still\s+|currently\s+)?(?:in|inside|stationed\s+in|deployed\s+in|fighting\s+in)"
            r"\s+(?:the\s+)?[A-Z]"
            # ((QA 12) not people held, treated or buried there: "are in Russian captivity", "are in
            # Kursk hospitals", "are in Ukrainian POW camps")
            r"(?![^,;.]{0,40}\b(?:captivity|custody|hands|hospitals?|morgues?|POWs?|prisons?|camps?|graves?)\b)",
            clause[fig.end :],
        ):
            # (round 51) "said that 11,000 North Korean soldiers are in Kursk Oblast and that they have
            # already suffered losses": a force present; the losses are a claim of their own
            return "troops_deployed"
        if rx.search(
            # (round 39: a translation's "eliminated and wounded not less than 30 military")
            r"\b(?:killed|kill|eliminated|liquidated)\s+(?:or|and)\s+(?:wounded|injured|wound)\s*$",
            clause[: fig.start],
        ):
            return "killed_or_wounded"  # "Ukrainian forces killed or wounded at least 30 ..."
        pair = figs[i + 1] if i + 1 < len(figs) else None
        if (
            pair is not None
            and rx.match(
                # ((round 40) a translation's "at about 300 perished and 2 700 wounded")
                r"\s+(?:[\w-]+\s+){0,3}?(?:dead|killed|perished)\s*(?:,|and)\s*(?:and\s+)?(?:another\s+)?$",
                clause[fig.end : pair.start],
            )
            and rx.match(r"\s+(?:[\w-]+\s+){0,3}?(?:wounded|injured)\b", clause[pair.end :])
        ):
            # "put losses at at least 100 killed and nearly 1,000 wounded": each figure's own word
            # says what it counts, whatever noun ("losses") framed the pair
            return "killed"
        if rx.search(
            r"\b[Tt]here\s+(?:were|are)\s+(?:now\s+|already\s+)?$", clause[: fig.start]
        ) and rx.match(
            r"\s+(?:[\w-]+\s+){0,2}(?:troops|soldiers|servicemen)\s+(?:in|inside)\s+[^,;]{0,30}?\b(?:[A-Z][\w-]+|region|oblast)",
            clause[fig.end :],
        ):
            return "troops_deployed"  # "there were 11,000 North Korean troops in the Kursk region"
        if rx.search(
            r"\b[Tt]here\s+(?:were|are)\s+(?:now\s+|already\s+)?$", clause[: fig.start]
        ) and rx.match(
            r"\s+of\s+them\b(?![^;.]{0,30}\b(?:killed|dead|died|wounded|injured|captured|missing)\b)",
            clause[fig.end :],
        ):
            return "troops_deployed"  # '"There are 11,000 of them," he told reporters': a force present
        lo = figs[i - 1].end if i else 0
        if i and rx.search(r"\b(?:including|of\s+which|of\s+them|among\s+them)\s*$", clause[lo : fig.start]):
            hi = figs[i + 1].start if i + 1 < len(figs) else len(clause)
            own = self._first_metric(clause[fig.end : hi], prefer_flow=True)
            return own or self._metric(clause, figs, i - 1)  # a part of the figure before it
        reached = rx.search(
            # ("The irrecoverable losses of the occupiers … amount to 25,200 personnel; the sanitary
            # losses amount to 36,200": the staff's kind of loss before the noun says what it counts)
            r"\b(?P<noun>(?:(?:irrecoverable|irretrievable|irreversible|sanitary)\s+)?losses|casualties|deaths"
            r"|death\s+toll|(?:killed|perished|dead)\s+(?:and|or)\s+(?:wounded|injured)|dead|wounded)\b"
            r"(?:,\s+(?:including|excluding|counting)\s+[^,;]{1,60},|[^,;]){0,90}?\b(?:had\s+|has\s+|have\s+)?(?:already\s+|now\s+)?(?:reached|stood\s+at|totall?ed|totals?|amounts?\s+to|exceeded|topped"
            r"|(?:rose|risen|climbed|increased|grown|grew|jumped)\s+to|amounted\s+to|numbered|hit)\s*$",
            clause[lo : fig.start],
        )
        if reached is None and _EXCEED_FIG.match(fig.text):
            # "losses ... have already exceeded 200": the verb is part of the figure; ("the number
            # killed or wounded … has already exceeded 3,000": the pair, not its last word; round 31)
            reached = rx.search(
                # ((round 41) a translation's "the number of perished and wounded … exceeded 3 thous.")
                r"\b(?P<noun>casualties|losses|deaths|death\s+toll|(?:killed|perished|dead)\s+(?:and|or)\s+(?:wounded|injured)"
                r"|dead|wounded)\b"
                r"[^,;]{0,90}?\b(?:had|has|have|had)?\s*(?:already\s+|now\s+)?$",
                clause[lo : fig.start],
            )
        own_word = _OWN_KIND_AFTER.match(clause, fig.end)
        if reached and own_word:
            # "losses … have reached 25,200 irrecoverable and 36,200 wounded": the word right after
            # each figure says what it counts; the noun before frames both
            return self._first_metric(own_word.group("w"), prefer_flow=True)
        if reached and self._first_metric(reached.group("noun"), prefer_flow=True):
            return self._first_metric(reached.group("noun"), prefer_flow=True)  # "casualties ... reached"
        if i and rx.fullmatch(r"\s*\(\s*\+?\s*", clause[lo : fig.start]):
            return self._metric(clause, figs, i - 1, lean=-1)  # "845,900 (+1,210)": the day's rise
        if i and _RUNNING_TOTAL.search(clause[lo : fig.start]):
            return self._metric(clause, figs, i - 1, lean=-1)  # the total of what was just counted
        gave = rx.search(
            r"\b(?:figure|estimate|count|number|toll)\s+for\s+([^:;]{0,80})", clause[lo : fig.start]
        )
        if gave and self._first_metric(gave.group(1), prefer_flow=True):
            return self._first_metric(gave.group(1), prefer_flow=True)
        put = rx.search(
            r"\b(?:puts?|putting|pegs?|pegged|estimates?|estimated|estimating)\s+([^;]{0,100}?)\bat\s*$",
            clause[lo : fig.start],
        )
        if put and _FORCE_SENT.search(put.group(1)):
            return "troops_deployed"  # "put the total sent at between 10,000 and 12,000"
        if (
            put
            and own_word
            and rx.search(r"\blosses\b", put.group(1))
            and not rx.match(
                r"\s*,\s*(?:killed|wounded|injured|missing|captured)\b", clause[own_word.end() :]
            )
        ):
            # "put Russian losses at 25,200 irrecoverable and 36,200 wounded": the word right
            # after each figure says what it counts; the losses before frame both
            return self._first_metric(own_word.group("w"), prefer_flow=True)
        if put:  # "put North Korean killed and wounded at 3,800": the words before say what
            said = self._first_metric(put.group(1), prefer_flow=True)
            if said:
                return said
        imm = _VERB_METRIC.search(clause[lo : fig.start])
        if imm:
            v = imm.group("v")
            return _VERB_TO_METRIC.get(v, "troops_deployed")
        which = rx.match(
            # ("nearly 15,000 of these losses being irreversible": the participle too)
            r"\s+of\s+(?:these|those|them|the|which)\b[^,;]{0,30}?\b(?:are|were|was|is|being)\s+(\w+(?:\s+losses)?)",
            clause[fig.end :],
        )
        if which and self._first_metric(which.group(1), prefer_flow=True):
            return self._first_metric(which.group(1), prefer_flow=True)  # "of these losses are irreversible"
        if rx.match(
            rf"\s+(?:more\s+|additional\s+|fresh\s+)?(?:(?:North\s+|South\s+)?Korean\s+|Russian\s+|Ukrainian\s+)?"
            rf"(?:{_PEOPLE})\s+(?:had|have|has|were|was)\s+(?:already\s+|now\s+)?(?:been\s+)?"
            r"(?:sent|dispatched|deployed|transferred|moved)\b",
            clause[fig.end :],
        ):
            return "troops_deployed"  # "3,000 more troops had been dispatched ..., replacing losses"
        if rx.match(
            rf"\s+(?:[\w-]+\s+){{0,2}}?(?:{_PEOPLE})\s+(?:would|will)\s+(?:also\s+)?(?:go|follow|be\s+sent"
            r"|be\s+dispatched|be\s+deployed)\b",
            clause[fig.end :],
        ):
            return "troops_deployed"  # "5,000 military builders would go as well": people sent
        if rx.match(_MORE_SENT, clause[fig.end :]):
            return "troops_deployed"  # "no fewer than 3,000 more had been dispatched": more of a force sent
        hi = len(clause)
        if i + 1 < len(figs):
            hi = figs[i + 1].start
            nxt = _VERB_METRIC.search(clause[fig.end : hi])
            if nxt:
                hi = fig.end + nxt.start()
        tail = clause[fig.end : hi]
        comma = rx.search(
            r",\s+(?:days?|weeks?|months?|shortly|soon|just)?\s*(?:after|before|when|as|while)\b"
            # "…, a figure that includes the missing and captured": what the count takes in
            r"|,\s+(?:a|the)\s+(?:figure|number|count|total|toll|estimate)\s+(?:that|which)\s+(?:also\s+)?"
            r"(?:includes?|included|covers?|covered|counts?|counted)\b",
            tail,
        )
        if comma:
            tail = tail[: comma.start()]  # "5,000 workers to Kursk, days after Britain estimated casualties"
        after = self._first_metric(tail, prefer_flow=True)
        if after == "troops_deployed" and rx.search(
            # ((round 66) or a side named as its capital, in the past: "Kyiv lost more than 76,000
            # troops in the Kursk adventure", as a headline puts it)
            r"\b(?:has|have|had)\s+(?:already\s+|now\s+)?lost\s*$|\b(?:Kyiv|Kiev|Moscow|Pyongyang|Ukraine|Russia)"
            r"\s+lost\s*$",
            clause[lo : fig.start],
        ):
            return "killed_or_wounded"  # "have lost more than 250 servicepeople in …": lost, not sent
        if after:
            return after
        before_text = clause[lo : fig.start]
        hits = []
        for metric, cue_re in _METRIC_RES:
            for m in cue_re.finditer(before_text):
                hits.append((m.end(), m.end() - m.start(), metric))
        if hits:
            return max(hits)[2]  # the last cue; the longest where two end together
        # "1,000 sappers and 5,000 builders (that X agreed to send)": coordinated figures share one
        # "1,000 sappers to clear mines and 5,000 builders": a purpose phrase may follow the first
        # (or a destination: "1,000 sappers to Kursk to clear mines and 5,000 builders")
        # ("to clear mines in the Kursk region, plus 5,000 builders": a longer purpose, "plus")
        coordinated = (
            rf"\s*(?:[\w-]+\s+){{0,2}}?(?:{_PEOPLE})(?:\s+(?:to|for)\s+[A-Za-z][\w-]*(?:\s+[\w'’-]+){{0,7}})?"
            # ((round 40) "and also", "and also some": a translation's "а также")
            r"\s*(?:,|and|or|,\s+and|,?\s+plus)\s+(?:also\s+)?"
        )
        if lean >= 0 and i + 1 < len(figs) and rx.fullmatch(coordinated, clause[fig.end : figs[i + 1].start]):
            ahead = self._metric(clause, figs, i + 1, lean=1)
            if ahead:
                return ahead
        if lean <= 0 and i and rx.fullmatch(coordinated, clause[figs[i - 1].end : fig.start]):
            return self._metric(clause, figs, i - 1, lean=-1)
        if (
            lean <= 0
            and i
            # ("… one thousand sappers to Kursk to clear mines, plus five thousand military builders":
            # "plus", or "and" after a comma, before a force of a kind the words name)
            and (
                _ALSO_BATCH.search(clause[figs[i - 1].end : fig.start])
                or (
                    _COMMA_AND.search(clause[figs[i - 1].end : fig.start])
                    and _FORCE_NOUN_AFTER.match(clause[fig.end :])
                )
            )
        ):
            return self._metric(
                clause, figs, i - 1, lean=-1
            )  # "1,000 sappers to ..., as well as 5,000 builders"
        # "1,500 soldiers have been moved ..., and 3,500 more are training": one kind of count
        if lean >= 0 and i + 1 < len(figs) and rx.match(r"\s+more\b", clause[figs[i + 1].end :]):
            return self._metric(clause, figs, i + 1, lean=1)
        if lean <= 0 and i and rx.match(r"\s+more\b", clause[fig.end :]):
            return self._metric(clause, figs, i - 1, lean=-1)
        return ""

    # ----------------------------------------------------------------- places / regions
    def _explicit_region(self, clause: str) -> str:
        found = self.ref.gazetteer.region_mentions(clause)
        if found:
            return found[0][2]
        if rx.search(r"\bthe\s+(?:border\s+)?region\b|\bthe\s+area\b", clause):
            return self.doc_region
        return ""

    def _places(self, clause: str, region_hint: str, exclude: list[tuple[int, int]]) -> tuple[list[str], str]:
        """Place names in the clause resolved within a region, and the region they imply."""
        gaz = self.ref.gazetteer
        pms = [p for p in gaz.mentions(clause) if not any(s <= p.start < e for s, e in exclude)]
        region = region_hint
        if not region:
            unique = {p.candidates[0].admin1 for p in pms if len(p.candidates) == 1}
            if len(unique) == 1:
                region = unique.pop()
        lookup_region = region or self.doc_region
        names: list[str] = []
        for p in pms:
            place = gaz.resolve(p, lookup_region)
            name = place.name if place else p.surface
            if name not in names:
                names.append(name)
        return names, region

    def _counts_in(self, text: str, bounded: bool = False) -> bool:
        """Whether the text has a figure that is not part of a date (with `bounded`, one with a
        number: "most of them" is no figure of its own)."""
        dates = find_dates(text, self.pub)
        return any(
            not any(f.start < d.end and d.start < f.end for d in dates)
            and (not bounded or f.low is not None or f.high is not None)
            for f in find_figures(text)
        )

    # ----------------------------------------------------------------- claims
    def _read_claims(self, clause: str, sentence: str, zone: str) -> None:
        # "Casualties among North Korean troops are estimated at around 4,000": a sentence that
        # opens with the counted noun reads it as the noun (the cues are lower case)
        clause = _LEAD_COUNT_NOUN.sub(lambda m: m.group(1) + m.group(2).lower(), clause, count=1)
        # (round 35) 'Russia's "irrecoverable" losses': a word in scare quotes before the counted
        # noun is read as a word (offsets kept)
        clause = _SCARE_QUOTED_KIND.sub(lambda m: " " + m.group("w") + " ", clause)
        aside = _FIGURE_ASIDE.search(clause)
        if aside:
            # "as many as 10,000, he said, had made their way there": the figure goes on with its
            # verb; the attribution set in commas is read at the clause's end (text before the
            # figure keeps its offsets)
            end = rx.search(r"[.!?]?[\"”’']?\s*$", clause)
            rest = clause[aside.end() : end.start() if end else len(clause)]
            clause = clause[: aside.start()] + " " + rest + aside.group("a") + (end.group(0) if end else "")
        came = _COMES_FROM.search(clause)
        if came and self._counts_in(clause[: came.start()]):
            # 'The "about 500" North Koreans killed in the strike comes from Global Defense Corp's
            # website': the source named after the figure reports it
            clause = clause[: came.start()] + "was reported by " + clause[came.end() :]
        if _HEARSAY.search(clause) or _POST_QUOTE.search(clause):
            return  # "Posts shared on X claim South Korea said 4,000 died": what posts say, not X
        own = _OWN_COUNT.search(clause)
        if (
            own is not None
            and not rx.search(r"[\"“”]", clause)  # '"By our count, …," Zelensky wrote': the speaker's count
            and (not own.group("who") or not self._mentions(own.group("who")))
        ):
            return  # "That puts the total at 4,700, by KBC's count": the outlet's sum, nobody's claim
        if _QUESTIONED.search(sentence):
            return  # "Did Seoul say 4,000 died?": asked or put to the test, not asserted
        if _NOBODY_SAID.search(clause):
            return  # "none of these sources says that North Korea has had 4,000 men killed"
        if _CORRECTION.search(sentence):
            return  # "An earlier version of this article said the JCS estimated …": a wording withdrawn
        told = _CAPTURE_TOLD.search(clause)
        if told:
            # "Our soldiers have taken North Korean servicemen prisoner.": the capture, counted or not,
            # and whose people were taken
            counted = bool(find_figures(clause))
            if self.capture_told[0] != self.sentence_no or counted:
                side = next(
                    (
                        SIDE_WORDS.get(rx.sub(r"['’]s$", "", m.group(0)), "")
                        # (round 52) the people the capture names, not a body later in the
                        # sentence ("… captured on Jan. 9 … cooperated with Ukraine's SBU")
                        for m in _SIDE_RE.finditer(clause[told.start() : told.end() + 40])
                    ),
                    "",
                )
                # (round 52) "saying the two were captured on Jan. 9": no side named, the captives
                # are the ones told of before
                self.capture_told = (self.sentence_no, counted, side or self.capture_told[2])
        by_outlet = _QUOTED_BY.search(clause)
        if by_outlet:
            # "A senior US official quoted by The New York Times said …": the outlet only carries
            # the words; blanked (offsets kept) so the subject before it is the speaker
            clause = (
                clause[: by_outlet.start()]
                + " " * (by_outlet.end() - by_outlet.start())
                + clause[by_outlet.end() :]
            )
        for named in self._mentions(clause):
            acronym = _ACRONYM_AFTER.match(clause, named.end)
            if (
                acronym
                and ":" in clause[acronym.end() :]
                and self.ref.actors.resolve(acronym.group("a")) == named.actor
            ):
                # "the National Intelligence Service (NIS) had given …:": the body's short name
                # in brackets is no second speaker; blanked (offsets kept)
                clause = (
                    clause[: acronym.start()]
                    + " " * (acronym.end() - acronym.start())
                    + clause[acronym.end() :]
                )
        chain = _CITED_CHAIN.search(clause)
        if chain:
            # "…, according to Yonhap News Agency, which cited RBC-Ukraine, which in turn cited the
            # defense website Global Defense Corp": the source at the end of the chain gives the
            # figure; the outlets between only carry it (blanked, offsets kept)
            clause = (
                clause[: chain.start("mid")]
                + " " * (chain.end("mid") - chain.start("mid"))
                + clause[chain.end("mid") :]
            )
        after_paper = _AFTER_ITS_PAPER.match(clause)
        if after_paper and self._mentions(clause[after_paper.end() :]):
            # "Two days after KCNA's statement, on April 30, lawmakers … said the NIS now assessed
            # that about 600 …": the earlier statement only dates the news; blanked (offsets kept)
            clause = " " * after_paper.end() + clause[after_paper.end() :]
        mentions = self._mentions(clause)
        claimants, vs, ve, explicit, spans = self._claimant(clause, mentions)
        if not claimants and self.quote_tail and clause != self.quote_tail and find_figures(clause):
            # '"… Russia has lost more than 38,000 …; almost 15,000 … irreversible," the Head of
            # State said.': the quote's first part is the speaker's too
            ender = self._claimant(self.quote_tail, self._mentions(self.quote_tail))
            if ender[0]:
                claimants, vs, ve, explicit, spans = ender[0], len(clause), len(clause), ender[3], []
        if (
            not claimants
            and self.said_after
            and sentence.rstrip().endswith(clause.rstrip())
            and find_figures(clause)
        ):
            # "Russia has lost over 38 thousand … . This was stated by President Zelensky in his
            # address on Monday": the figures are read with the attribution the next sentence gives
            clause = rx.sub(r"[.!?]?[\"”’']?\s*$", "", clause) + ", as " + self.said_after
            mentions = self._mentions(clause)
            claimants, vs, ve, explicit, spans = self._claimant(clause, mentions)
        if not claimants and self.prev_claimant and rx.match(r"\s*(?:Another|A\s+further)\s+\d", clause):
            claimants = self.prev_claimant  # "Another 983 ... were taken prisoner": the list goes on
        if (
            not claimants
            and self.drafts
            and self.drafts[-1].sentence_no >= self.sentence_no - 3
            and rx.match(
                r"\s*(?:\d{1,2}/\d{1,2}\s+)?(?:[Aa]lso|[Mm]ore|[Aa]nd)\s+(?:via|from|per)\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?\s*:",
                clause,
            )
            and not mentions
        ):
            # (round 41) a live thread's "Also via Lee: the number of wounded is …" under "Lee,
            # quoting the NIS: …": the relay goes on with the same source (across the thread's posts)
            claimants = [self.drafts[-1].claimant]
        if (
            not claimants
            and self.prev_claimant
            and self.drafts
            and self.drafts[-1].sentence_no >= self.sentence_no - 1
            and rx.match(
                r"\s*(?:[Oo]f\s+(?:these|them|those|whom|that\s+number|this\s+number|the\s+total)"
                r"|[Aa]mong\s+(?:them|these|those|whom))\s*,?\s+(?:[\w-]+\s+){0,2}?\d"
                # (round 53) "About 1,000 of them were believed to have been killed": the part first
                r"|\s*(?:(?:[Aa]bout|[Aa]round|[Ss]ome|[Nn]early|[Oo]ver|[Mm]ore\s+than|[Aa]t\s+least|[Rr]oughly)\s+)?"
                r"\d[\d,.]*\s+of\s+(?:them|these|those|whom)\b"
                # "also "at least three" went missing": a chat message or note going on with the
                # figures of the one before
                r"|\s*(?:[Aa]lso|[Pp]lus|[Aa]nd\s+also)\s+(?:[\"“]?(?:about|around|over|more\s+than|at\s+least|some"
                r"|nearly|up\s+to|another)\s+)?[\"“]?(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|a\s+few"
                r"|dozens|hundreds)\b)",
                clause,
            )
            and not self._speech_verbs(clause)
        ):
            # "X said 12,000 had been sent; of these, about 600 had been killed …": the part of a
            # force just counted is told by whoever counted the whole
            claimants = self.prev_claimant
        if (
            not claimants
            and self.prev_claimant
            and self.prev_claimant_at == self.sentence_no - 1
            and not mentions
            and not self._speech_verbs(clause)
            and rx.search(
                r"\bhad\s+(?:already\s+)?been\s+(?:killed|wounded|injured|captured|deployed|sent)\b", clause
            )
            and self._counts_in(clause)
        ):
            # (round 53) "The NIS reported that the troops had begun fighting this month. Of the
            # soldiers deployed, at least 100 had been killed …": the past perfect goes on with the
            # report the sentence before began (a writer's own narrative says "were killed")
            claimants = self.prev_claimant
        if (
            not claimants
            and self.prev_claimant
            and self.prev_claimant_at == self.sentence_no
            and rx.search(r";\s+" + re.escape(clause.strip()[:40]), sentence)
            and not self._speech_verbs(clause)
            and not mentions
            and self._counts_in(clause)
        ):
            # "According to the NIS, about 15,000 troops were sent; about 600 of them were killed
            # and about 4,100 wounded": the account goes on past the semicolon, with no new speaker
            claimants = self.prev_claimant
        if self.in_bullet and self.list_source is not None and find_figures(clause):
            first = min(f.start for f in find_figures(clause))
            relative = bool(spans) and rx.search(
                r"\b(?!(?:and|but|that|as|while|when|after|before|said|says|where)\b)[a-z]{3,}\s+$",
                clause[: spans[0][0]],
            )
            if not claimants or (vs > first and (relative or not rx.search(r"[,;:—–()]", clause[first:vs]))):
                # "- around 2,000 … died." under "Summary of the NIS briefing:": the list's source;
                # a verb in a relative clause after the figure ("the deployment Shoigu announced")
                # names no speaker of the item
                claimants, vs, ve, explicit, spans = [self.list_source], 0, 0, False, []
        if len(claimants) == 1 and claimants[0].kind == NEW_ACTOR and spans:
            # (round 35) "KCNA carried a statement of the ruling party's Central Military Commission
            # confirming that …": the body the actors file does not know speaks through the state
            # media that carried its statement, the claimant the golds record
            carrier = next(
                (
                    m
                    for m in mentions
                    if m.actor.kind == "media"
                    and m.end <= spans[0][0]
                    and _CARRIED_STATEMENT.fullmatch(clause[m.end : spans[0][0]])
                ),
                None,
            )
            if carrier is not None:
                claimants, spans = [carrier.actor], [(carrier.start, carrier.end)]
        if claimants and rx.match(r"\s*According\s+to\b", sentence):
            self.according = (claimants, self.sentence_no, self.para_index)
        elif (
            not claimants
            and self.according is not None
            and self.according[1] == self.sentence_no - 1
            and self.according[2] in (self.para_index, self.para_index - 1)
            and not _SPEECH_RE.search(clause)
            and find_figures(clause)
            and not self._dated_background(clause)
            and not any(m.start < find_figures(clause)[0].start for m in mentions)
        ):
            # "According to the general, the adventure has failed. The total losses of the enemy
            # amounted to ...": the next sentence goes on with the account, into the paragraph
            # after it too ("According to the General Staff, ... . ¶ Since the start ..., the
            # Russian group has lost 62.4 thousand ... In addition, 983 ...")
            claimants = self.according[0]
            self.according = (claimants, self.sentence_no, self.para_index)
        if (
            len(claimants) == 1
            and claimants[0].kind == NEW_ACTOR
            and (
                rx.search(
                    r"\bbriefed\s+(?:\w+\s+)?(?:lawmakers|legislators|parliament|MPs|the\s+\w+\s+committee)"
                    r"|\b(?:closed-door|parliamentary)\s+briefing\b",
                    sentence,
                )
                # "Lee came out of the NIS briefing and said …", "…, citing the agency": the
                # agency's own briefing or words, passed on
                or any(
                    m.actor.kind == "intelligence" and _OWN_BRIEFING.match(sentence[m.end :])
                    for m in self._mentions(sentence)
                )
            )
            and any(a.kind == "intelligence" for a in self.history)
        ):
            # "the NIS briefed lawmakers ..., and according to Lee, who does the readout, ...": a
            # person not in the actors file, relaying a briefing, speaks for the agency
            self.relayers.update({claimants[0].name, claimants[0].name.split()[0]})
        if len(claimants) == 1 and claimants[0].kind == NEW_ACTOR and claimants[0].name in self.relayers:
            # "Lee said ..." after "Lawmaker Lee Seong-kweun ... relayed the figure": a lawmaker
            # passes on the briefing, the agency that briefed is the claimant
            briefer = next((a for a in reversed(self.history) if a.kind == "intelligence"), None)
            if briefer is not None:
                claimants = [briefer]
        if not claimants:
            return
        if claimants[0].kind == "intelligence" and rx.search(
            r"\b(?:[Ll]awmakers?|[Ll]egislators?|Reps?\.|MPs?)\b[^;]{0,120}\b(?:citing|relaying|quoting)\b",
            clause,
        ):
            self.relayed_at = self.sentence_no  # a lawmaker passing on the agency's figures
        found_dates = find_dates(clause, self.pub)
        # (round 35) "confirmed the capture the next day, Sunday,": the weekday set beside a relative
        # day names that day; the two are one mention, the day the clause's speaker spoke
        apposed: list[DateMention] = []
        for k, d in enumerate(found_dates):
            if (
                d.kind == "day_before"
                and rx.fullmatch(r"[\s\-–—•*]*(?:(?:And|But|Then)\s+)?", clause[: d.start])
                and clause[d.end :].lstrip().startswith(",")
            ):
                # (round 35) "The day before, Andrii Kovalenko … said": the day before the occasion
                # just told, as "a day earlier"
                found_dates[k] = replace(d, kind="same_day", days=-1)
        for k in range(len(found_dates) - 1, 0, -1):
            rel, wd = found_dates[k - 1], found_dates[k]
            if (
                rel.kind == "same_day"
                and wd.kind == "weekday"
                and wd.precision == "day"
                and rx.fullmatch(r"\s*,\s*", clause[rel.end : wd.start])
            ):
                one = DateMention(
                    "day", rel.start, wd.end, wd.first, wd.last, "day", clause[rel.start : wd.end]
                )
                found_dates[k - 1 : k + 1] = [one]
                apposed.append(one)
        named_past_day: DateMention | None = None
        for k in range(len(found_dates) - 1, 0, -1):
            span, beside = found_dates[k - 1], found_dates[k]
            if (
                span.kind == "past_day"
                and beside.kind in ("day", "numeric_day")
                and beside.precision == "day"
                and rx.fullmatch(r"\s*[,(–—-]\s*", clause[span.end : beside.start])
                and rx.match(r"\s*[,)–—-]", clause[beside.end :])
            ):
                # (round 68) "Over the past day, December 15, Russian forces lost 1,520": the day
                # set beside "the past day" names that day, the span the figure covers (15 to 15),
                # not the day it was said; the report of a past day comes the day after it
                named_past_day = DateMention(
                    "range",
                    span.start,
                    beside.end,
                    beside.first,
                    beside.last,
                    "day",
                    clause[span.start : beside.end],
                )
                found_dates[k - 1 : k + 1] = [named_past_day]
        dates = [
            self._same_day(
                d,
                # "…, a day after President X announced their capture" split off as its own
                # clause: X spoke the day before the occasion just reported, not after it
                flip=(
                    not clause[: d.start].strip()
                    and rx.fullmatch(r"(?i).*\b(?:after|before)", d.text) is not None
                    and rx.match(r"\s+(?:[A-Z][\w'’.-]+\s+){1,4}(?:had\s+)?[a-z]+ed\b", clause[d.end :])
                    is not None
                )
                # (round 35) "The announcement came two days after British military intelligence
                # said …": the speaker after "after" spoke that many days before the occasion
                or (
                    rx.search(r"\b(?:came|comes|was\s+made|followed|were\s+made)\s+$", clause[: d.start])
                    is not None
                    and rx.fullmatch(r"(?i).*\b(?:after|before)", d.text) is not None
                    and rx.match(
                        r"\s+(?:the\s+)?(?:[A-Z][\w'’.-]+\s+){1,4}(?:[a-z]+\s+){0,2}?(?:had\s+)?(?:said|[a-z]+ed)\b",
                        clause[d.end :],
                    )
                    is not None
                ),
            )
            for d in found_dates
        ]
        # "the same day", "a day later": counted from an occasion, so an occasion (when it was
        # said), never a span of fighting
        relative_occasions = [
            d
            for o, d in zip(found_dates, dates, strict=True)
            if (o.kind == "same_day" and d.precision == "day") or o in apposed
        ]
        masked = [(d.start, d.end) for d in dates]
        figs = [
            f
            for f in find_figures(clause)
            if not any(f.start < e and s < f.end for s, e in masked)
            and not any(f.start < e and s < f.end for s, e in spans)
        ]
        accepted = [(f, kind) for f in figs if (kind := self._accept(clause, f))]
        capture = rx.search(
            r"\b(?:announced|reported|disclosed|revealed|confirmed)\s+(?:the|this|their)\s+capture\b", clause
        )
        told_before = self.last_capture
        captured_again: Draft | None = None
        if (
            capture
            and told_before is not None
            and told_before[1].figure is not None
            # ("confirmed the capture to AFP: two wounded men taken on 9 January": the same two)
            and all(f.numbers == told_before[1].figure.numbers for f in figs)
            and 0 <= self.sentence_no - told_before[0] <= 2
            and told_before[1].claimant not in claimants
        ):
            # "… had captured two wounded North Korean soldiers. President Zelensky had announced the
            # capture on the 11th.": the capture counted just before, announced by this speaker
            accepted = [
                (replace(told_before[1].figure, start=capture.start(), end=capture.end()), "anaphoric")
            ]
            captured_again = told_before[1]
        # Attribution (claimant + verb) vs content: "X said (on Monday) that <content>", or
        # inverted "<content>, X said on Monday" / "<content>, according to X".
        attr_start = min([vs, *[st for st, _ in spans]])
        that = rx.search(r"\bthat\b", clause[ve : ve + 100])
        inverted = (bool(accepted) and accepted[0][0].end <= attr_start) or (
            not accepted
            and (
                clause[vs:ve].lower().startswith("according")
                or (not that and any(rx.search(pat, clause[:attr_start]) for _, pat in STATEMENT_CUES))
            )
        )
        if inverted:
            content_start, content_end = 0, attr_start
            stmt_zone = (attr_start, len(clause))
        else:
            content_start = ve + that.end() if that else ve
            content_end = len(clause)
            stmt_zone = (attr_start, content_start)
        stated: DateMention | None = None
        event_lead: DateMention | None = None
        rank = {"day": 0, "month": 1, "year": 2}
        for d in sorted(dates, key=lambda x: rank.get(x.precision, 3)):
            if (
                d.kind == "month"
                and (when_said := _MONTH_WHEN_SAID.search(clause, max(0, d.start - 8))) is not None
                and d.start <= when_said.start("mon") < d.end
                and any(f.start > d.end for f, _ in accepted)
            ):
                stated = d  # "raised its figure from April, when it put the dead at about 600"
                break
            if d.kind not in STATEMENT_KINDS:
                continue
            leading = not clause[: d.start].strip() or rx.fullmatch(
                # (a label first: "Worth revisiting: in late February, during a briefing, X put …")
                # (a list item's marker first: "- Today, X said …", "• On Sunday, …", "b) Monday - …")
                r"\s*(?:[-–—*•▸·]\s*|\(?(?:\d{1,2}(?:\.\d{1,2})*|[a-z])[.)]\s+)?"
                r"(?:[A-Z][\w'’ -]{2,30}:\s+)?(?:Earlier|Later|Also|So|And|But|Then|Now|Well)?\s*",
                clause[: d.start],
            )
            if leading and rx.match(
                r"\s*(?:and|to|–|-)\s+(?:the\s+)?\d{1,2}(?:st|nd|rd|th)?\b", clause[d.end :]
            ):
                # (round 39) "On the 14th and 15th of December, Ukrainian defenders eliminated …":
                # a span of days the figure covers, not the day it was said
                leading = None
            if (
                leading
                and inverted
                and accepted
                and d.precision == "day"
                and d.end <= accepted[0][0].start
                and rx.fullmatch(
                    r"\s*,\s*(?:[a-z]+\s+){0,3}",
                    clause[d.end : accepted[0][0].start],
                )
                and _HAPPENED.search(clause[accepted[0][0].end : attr_start])
            ):
                # (round 68) "On December 15, 30 North Korean soldiers were killed or wounded near
                # Plekhovo, HUR reports": the day opening the account dates the killing (the
                # figure's one day), not the statement, which the attribution dates
                event_lead = d
                continue
            in_zone = stmt_zone[0] <= d.start and d.end <= stmt_zone[1]
            right_after = not inverted and not that and 0 <= d.start - ve <= 30 and d.is_weekday
            # "announced the capture of the two soldiers on Saturday": a day word after the
            # verb's noun-phrase object dates the verb, not the event the noun names
            right_after = right_after or (
                not inverted
                and not that
                and (d.is_weekday or d.kind == "day")
                and 0 <= d.start - ve <= 70
                and rx.fullmatch(
                    r"\s+(?:(?:the|a|an|its|his|her|their)\b|\d)(?:(?!\b(?:had|has|have|was|were|is|are|who"
                    r"|which|that|after|before|when)\b)(?:[^,;]|(?<=\d),(?=\d)))*",
                    clause[ve : d.start],
                )
                is not None
                and not rx.search(r"\b(?:from|since|between|until|to|through)\s*$", clause[ve : d.start])
            )
            # "The toll, posted in an intelligence update on X on Sunday": when it was made public
            made_public = rx.search(
                r"\b(?:posted|published|released|issued|made\s+public|unveiled|given)\b(?:[^.;:]|(?<=\d):(?=\d)|(?<=\d)\s?[ap]\.m\.){0,45}$",
                clause[: d.start],
            )
            # (round 34) "Western intelligence agencies, quoted on Monday, put the number at …": the
            # speaker's own appositive, set off by commas before the verb, says when they spoke
            quoted_on = (
                not inverted
                and (d.is_weekday or d.kind == "day")
                and d.end <= vs
                and rx.fullmatch(
                    r"[^,;]{3,80},\s*quoted\s+(?:by\s+[^,;]{1,40}?\s+)?(?:on\s+)?", clause[: d.start]
                )
                is not None
                and rx.fullmatch(r"\s*,\s*", clause[d.end : vs]) is not None
            )
            if not quoted_on and rx.search(
                r"\b(?:relayed|quoted|cited|passed\s+on|disclosed)\b[^,;]{0,60}$", clause[: d.start]
            ):
                continue  # "told lawmakers in late February, relayed by a lawmaker on March 5"
            if rx.search(rf"(?:{BASELINE})[^;]{{0,50}}$", clause[: d.start]):
                continue  # "..., down from the peak of last August": the baseline's date
            # "A March 2025 assessment by ...", "in its Feb. 13 report": the date of the statement
            names_statement = rx.match(
                r"\s+(?:[\w-]+\s+)?(?:assessment|report|estimate|statement|update|briefing|interview"
                r"|post|address|bulletin|summary|conference|speech|hearing|remarks|meeting)\b",
                clause[d.end :],
            )
            # "..., in an interview with The Washington Post earlier this month": the occasion
            in_occasion = rx.search(
                r"\b(?:in|during|at)\s+(?:an?|the|his|her|its|their)\s+(?:[\w-]+\s+){0,2}?(?:interview|statement"
                r"|address|speech|briefing|post|remarks|press\s+conference|meeting)(?:\s+(?:with|to|on|for|at)"
                r"\s+[^,;]{1,60}?)?\s*$",
                clause[: d.start],
            )
            # "told the St. Petersburg International Economic Forum in June": the verb's occasion
            told_month = (
                not inverted
                and d.precision == "month"
                and rx.fullmatch(r"\s+(?:the\s+)?(?:[A-Z][\w.'’-]*\s+){1,7}", clause[ve : d.start])
                is not None
            )
            # "had put the number at 11,000 on Nov. 7, telling reporters …": the day the figure
            # was put at, whichever verb of saying follows
            put_at = (
                d.precision == "day"
                and (d.is_weekday or d.kind == "day")
                and rx.search(
                    r"\b(?:had\s+)?put\s+(?:the|its|his|her|their)\s+(?:number|figure|toll|total|count|estimate)\b"
                    r"[^,;]{0,40}?\bat\s+(?:\d[\d,.]*|[^,;\s]+)(?:\s+[a-z]+)?\s+$",
                    clause[: d.start],
                )
                is not None
            )
            # (round 39) "Total losses …, as the Ministry of Defence said on 2 December, exceeded
            # …": the day of the aside that names the speaker
            as_aside = (
                (d.is_weekday or d.kind == "day")
                and rx.search(
                    r"(?:^|,)\s*[Aa]s\s+[^,;]{2,120}?\s(?:said|says|informed|informs|reported|reports|stated"
                    r"|announced|noted|wrote|told\s+[^,;]{1,40}?)\s+(?:on\s+)?$",
                    clause[: d.start],
                )
                is not None
                and rx.match(r"\s*,", clause[d.end :]) is not None
            )
            if (
                leading
                or in_zone
                or right_after
                or as_aside
                or made_public
                or names_statement
                or in_occasion
                or told_month
                or put_at
                or quoted_on
            ):
                stated = d
                break
        if stated is None and event_lead is not None and not _PRESENT_SAYS.fullmatch(clause[vs:ve]):
            # (round 68) "On Saturday, 200 … were killed, HUR said": a past-tense attribution with no
            # day of its own is read on the day the account opens with, as before
            stated = event_lead
        if stated is None and accepted:
            # (round 35) "Yu relayed Budanov's estimate of about 4,000 North Korean casualties in
            # Kursk on March 5": the day closing a clause whose figure is an estimate's object, with
            # no verb of its own, is when the estimate was given
            fig0 = accepted[0][0]
            if _ESTIMATE_OF_FIG.search(clause[max(0, fig0.start - 40) : fig0.start]):
                stated = next(
                    (
                        d
                        for d in dates
                        if d.kind == "day"
                        and d.precision == "day"
                        and d.start >= accepted[-1][0].end
                        and rx.fullmatch(r"[\s.,;\"”’')]*", clause[d.end :])
                        and not _VERB_BETWEEN.search(clause[accepted[-1][0].end : d.start])
                    ),
                    None,
                )
        if stated is None and accepted:
            # (round 66) "Budanov told visiting lawmaker Yu … that casualties stood at about 4,000,
            # Yu said on Wednesday, March 5": the day the relayer's own "said" closes the sentence
            # with is when the figure was made public, not a day the figure counts
            stated = next(
                (
                    d
                    for d in dates
                    if d.kind in STATEMENT_KINDS
                    and d.precision == "day"
                    and d.start >= accepted[-1][0].end
                    and rx.search(
                        r",\s+(?:(?!(?:that|which|who|and|but)\b)[\w'’.-]+\s+){1,6}(?:said|wrote|told\s+\w+)\s+"
                        r"(?:on\s+)?$",
                        clause[: d.start],
                    )
                    and rx.fullmatch(r"[\s.,;\"”’')…]*", clause[d.end :])
                ),
                None,
            )
        if stated is None and rx.fullmatch(r"believes|estimates|assesses|thinks|says", clause[vs:ve]):
            # (round 35) "Lee told reporters yesterday, after a briefing by the NIS, that the NIS
            # believes …": the relayed present tense is the view the teller gave on the day he
            # told it
            told = rx.search(
                r"\b(?:told|said\s+to)\s+(?:reporters|journalists|lawmakers|the\s+press|parliament)\s+(?=\S)",
                clause[:vs],
            )
            if told is not None and rx.search(r"\bthat\s+(?:the\s+)?[A-Z]", clause[told.end() : vs]):
                told_day = next(
                    (d for d in dates if d.kind in STATEMENT_KINDS and d.start == told.end() and d.end <= vs),
                    None,
                )
                stated = told_day
        if (
            stated is None
            and not inverted
            and rx.match(
                r"\s*(?:[A-Z][a-z]+ing\b|In\s+(?:an?|the|his|her|its)\b|(?:At|During|In)\s+(?:an?\s+|the\s+)?[A-Z][a-z]+day['’]s\b|At\s+(?:an?|the)\b)",
                clause,
            )
        ):
            # "Briefing lawmakers on Jan. 13, it put ...": the opening phrase dates the statement
            lead = [
                d
                for d in dates
                if d.kind in STATEMENT_KINDS
                and d.end <= attr_start
                and not any(f.start < d.start for f, _ in accepted)
            ]
            if lead:
                stated = sorted(lead, key=lambda x: rank.get(x.precision, 3))[0]
        if stated is None and not inverted:
            # "on November 4 the Pentagon said": a date right before the speaker
            close = [
                d
                for d in dates
                if d.kind in STATEMENT_KINDS
                and (
                    0 <= attr_start - d.end <= 6
                    # "on November 4, the Pentagon's press secretary, Maj. Gen. Pat Ryder, put ...",
                    # "came on October 28, when deputy press secretary Sabrina Singh said": the
                    # speaker's title in between
                    or (
                        0 <= attr_start - d.end <= 90
                        and rx.fullmatch(
                            r",?\s*(?:when\s+)?(?:(?:the|a|an|its|his|her)\s+|[A-Z][\w'’.-]*,?\s+|[a-z-]+,?\s+"
                            # ("deputy press secretary, Sabrina Singh"; (round 58) "Russia's chief of
                            # the General Staff, Valery Gerasimov")
                            r"|[\w-]+['’]s\s+|,\s*)*"
                            # ((round 68) "on Friday afternoon Seoul time, South Korea's National
                            # Intelligence Service (NIS) said": the body's name before its acronym)
                            r"\(?",
                            clause[d.end : attr_start],
                        )
                        is not None
                        and not rx.search(
                            r"\b(?:that|after|before|since|until|by|from|in)\b|\d", clause[d.end : attr_start]
                        )
                    )
                )
                and not any(f.start < d.start for f, _ in accepted)
            ]
            if close:
                stated = close[-1]
        bracketed = [
            d
            for d in dates
            if d.precision in ("day", "month")
            and _BRACKET_OPEN.search(clause[: d.start])
            and _BRACKET_CLOSE.fullmatch(clause[d.end :])
        ]
        if bracketed:
            # (session 17) a chronology's entry ending on its date in brackets: "… to restore
            # damaged infrastructure [17 June 2025].", "… [interview with The Washington Post,
            # July 2025]": the day (or month) the claim was made
            stated = bracketed[-1]
        if stated is None:
            # "losses ... from February 24, 2022 to February 7, 2025", "as of Feb. 7": the day the
            # running totals were given
            for k, d in enumerate(dates):
                since_war = (
                    k
                    and dates[k - 1].first == WAR_START
                    and rx.fullmatch(r"\s*(?:to|until|through|-|–)\s*", clause[dates[k - 1].end : d.start])
                )
                if d.precision == "day" and (since_war or rx.search(r"\bas\s+of\s*$", clause[: d.start])):
                    stated = d
                    break
        if stated is None and accepted:
            relayed = [
                d
                for d in dates
                if d.kind in STATEMENT_KINDS
                and d.precision == "day"
                and rx.search(r"\b(?:said|told\s+\w+|announced|reported)\s+$", clause[: d.start])
                and rx.match(
                    r"\s*,\s+(?:according\s+to|citing|as\s+(?:quoted|cited)\s+by)\b", clause[d.end :]
                )
            ]
            if relayed:
                # (round 36) "…, the U.S. Defense Department said Monday, according to Yonhap, which
                # quoted …": the day the speaker said it, whoever relays it
                stated = relayed[0]
        if stated is None and self.item_date is not None and explicit:
            # "* 2 February - In an interview with AP, Zelensky says ...": a timeline item's
            # statements (with a figure or without) were made on the item's date
            stated = self.item_date
        if (
            stated is None
            and self.para_speaker is not None
            and claimants == [self.para_speaker]
            and self.layout.published is not None
            and self.para_index in self.layout.speaker_of
        ):
            # a transcript's speaker speaks on its day, or (session 18) a clip's on the day its
            # label names ("RYDER (briefing audio, Monday): We now assess …")
            day = self.layout.day_of.get(self.para_index) or self.layout.published.date()
            stated = DateMention("today", 0, 0, day, day, "day", "")
        if (
            stated is None
            and not inverted
            and accepted
            and rx.match(r"put|gave|estimated|pegged", clause[vs:ve])
        ):
            # "had put the number ... at more than 3K on Monday": the day word right after the
            # figure dates the estimate, not a span of fighting
            last = accepted[-1][0]
            tail = [
                d
                for d in dates
                if d.is_weekday and 0 <= d.start - last.end <= 4 and not clause[d.end :].strip(' .,;"”')
            ]
            if tail:
                stated = tail[0]
        if (
            stated is None
            and self.para_speaker is not None
            and claimants == [self.para_speaker]
            and self.para_index in self.answer_paras
            and (self.interview_day is not None or self.layout.published is not None)
        ):
            # (session 17) an interview's answer: said on the day the introduction gives, else the
            # page's day (as a transcript's)
            if self.interview_day is not None:
                stated = self.interview_day
            elif self.layout.published is not None:
                day = self.layout.published.date()
                stated = DateMention("today", 0, 0, day, day, "day", "")
        if (
            stated is None
            and self.address is not None
            and claimants == [self.address[0]] == [self.para_speaker]
            and (self.address[1] is not None or self.layout.published is not None)
        ):
            # the address printed in full: said on the day its headline gives, else the page's
            if self.address[1] is not None:
                stated = self.address[1]
            elif self.layout.published is not None:
                day = self.layout.published.date()
                stated = DateMention("today", 0, 0, day, day, "day", "")
        if stated is None and vs == ve == 0 and claimants == [self.author] and self.layout.published:
            day = self.layout.published.date()  # a press release is stated when it is issued
            stated = DateMention("today", 0, 0, day, day, "day", "")
        if (
            stated is None
            and self.para_index == 0
            and accepted
            and self.layout.published is not None
            and (
                _PRESENT_SAYS.fullmatch(clause[vs:ve])
                or (clause[vs:ve] == "said" and rx.search(r",\s*$", clause[:vs]) is not None)
                # "Western officials have told the BBC": told the outlet, so today's news too ("has
                # said" is not: older golds date such a lead by the sentence after it)
                or (clause[vs:ve] == "told" and rx.search(r"\b(?:has|have)\s+$", clause[:vs]) is not None)
            )
        ):
            # The first paragraph of a dated report tells that day's news: "the NIS estimates",
            # "X says" in the present tense is the report's day (a clipped post's, its post's day).
            day = self._posted_day()
            stated = DateMention("today", 0, 0, day, day, "day", "")
        if (
            stated is None
            and accepted
            and self.layout.published is not None
            and self.para_index in self.layout.speaker_of
            and _PRESENT_SAYS.fullmatch(clause[vs:ve])
            # ("on Sunday the agency confirms it. It says …": the turn's own day word dates it)
            and not find_dates(self.layout.paragraphs[self.para_index], self.pub)
        ):
            # (round 34) a dated broadcast's speaker, live: "The agency estimates about 600 …" in a
            # correspondent's turn is that day's news, as in a report's first paragraph (session 24:
            # in a clip file, "HUR says …" under a post's head is that post's day)
            day = self._posted_day()
            stated = DateMention("today", 0, 0, day, day, "day", "")
        if (
            stated is None
            and accepted
            and self.layout.published is not None
            and rx.search(r"\bnow\s+$", clause[:vs]) is not None
            and rx.fullmatch(
                r"(?:puts|says|estimates|reports|claims|counts|shows|gives|believes|assesses)", clause[vs:ve]
            )
        ):
            # "DeepState now puts the area at 140 square kilometres": "now" and the present tense
            # are the report's day, wherever in the report the sentence stands
            day = self._posted_day()
            stated = DateMention("today", 0, 0, day, day, "day", "")
        if (
            stated is None
            and self.para_index == 0
            and accepted
            and self.layout.published is not None
            and rx.fullmatch(r"said|reported|announced|stated|wrote|explained|told", clause[vs:ve])
            is not None
            and rx.search(r"\b(?:has|have|had)\s+(?:\w+\s+)?$", clause[:vs]) is None
            and not any(d.precision in ("day", "month") for d in find_dates(sentence, self.pub))
        ):
            # "X reported to Y during a videoconference", "X said this in his evening address": a
            # lead's undated past-tense statement is the report's news, unless the report dates it
            self.lead_news.add(self.sentence_no)
        if (
            stated is None
            and self.para_index == 0
            and accepted
            and self.layout.published is not None
            and clause[vs:ve] == "said"
            and rx.search(r"\b(?:has|have)\s+$", clause[:vs]) is not None
            and len(_SPEECH_VERB.findall(sentence)) == 1  # not "..., The New York Times reported"
            and not any(d.precision in ("day", "month") for d in find_dates(sentence, self.pub))
        ):
            # "More than 3,000 ... , Zelenskyy has said, in Kyiv's highest estimate yet": a dated
            # report's lead in the present perfect is that day's news, unless the body dates it
            self.lead_news.add(self.sentence_no)
        if (
            stated is None
            and self.entry_date is not None
            and not own_date_carry_blocked(clause)
            and rx.fullmatch(
                r"said|told|reported|announced|wrote|posted|claimed|estimated"
                r"|stated|added|confirmed"
                # (round 40) "put North Korean casualties at around 1,100", "declared", "informed"
                r"|put|gave|named|declared|informed|assessed|noted|disclosed|revealed",
                clause[vs:ve],
            )
        ):
            day = self.entry_date  # a live-blog entry under a time stamp: posted that day
            stated = DateMention("today", 0, 0, day, day, "day", "")
        if (
            stated is None
            and self.entry_date is not None
            and accepted
            and not own_date_carry_blocked(clause)
            and (
                not rx.search(r"[A-Za-z]", clause[vs:ve])  # no verb: "Speaker: …", "Speaker -- …"
                or rx.fullmatch(r"says|say|estimates|estimate|claims|reports|puts", clause[vs:ve]) is not None
            )
            and not any(d.precision in ("day", "month") and d.kind in STATEMENT_KINDS for d in dates)
        ):
            # "[1405] SEOUL: ROK Joint Chiefs of Staff estimate around 1,100 …", "[0812] UKR special
            # forces: 77 NK soldiers killed … -- SSO on Telegram.": an alert under its time stamp,
            # in the present tense or with no verb at all, is that day's news
            day = self.entry_date
            stated = DateMention("today", 0, 0, day, day, "day", "")
        pronoun_led = rx.match(
            r"\s*(?:He|She|They|It)\s+(?:later\s+|also\s+|then\s+)?(?:said|wrote|posted|told|added"
            r"|announced|stated|made\s+the\s+(?:claim|remarks?))\b[^,;]*",
            clause,
        )
        if stated is None and pronoun_led and not accepted:
            # "He wrote on Telegram on 23 December, citing ...": when the speaker just named spoke
            said_on = [d for d in dates if d.kind in STATEMENT_KINDS and d.end <= pronoun_led.end()]
            stated = said_on[0] if said_on else None
        if (
            stated is None
            and accepted
            and self.layout.published is not None
            and _PRESENT_STATE.search(clause[content_start:content_end])
            and not own_date_carry_blocked(clause)
            and not any(
                d.precision in ("day", "month")
                and not rx.search(rf"(?:{BASELINE})[^;]{{0,50}}$", clause[: d.start])
                for d in dates
            )
        ):
            # "Up to 12,000 soldiers are now inside Russia, according to ...", "Ukrainian forces
            # now control about 140 sq km": the state of things on the day the report (or the
            # live-blog entry) was written ("are believed to be" is background, left undated)
            day = self.entry_date or self.layout.published.date()
            stated = DateMention("today", 0, 0, day, day, "day", "")
        if (
            stated is None
            and accepted
            and self.layout.published is not None
            and rx.fullmatch(r"says|say|reports|claims|tells", clause[vs:ve])
            and not own_date_carry_blocked(clause)
            and not any(d.precision in ("day", "month") and d is not event_lead for d in dates)
        ):
            # "U.S. and South Korean officials say more than 10,000 …", "Russia's MoD says on
            # Telegram …": a present-tense statement is made on the day the report (or the
            # live-blog entry) was written, as the fact sheet dates such claims (F06); an
            # analysis's "agencies estimate" is left to the occasion it names
            day = self.entry_date or self.layout.published.date()
            stated = DateMention("today", 0, 0, day, day, "day", "")
        if stated is None and relative_occasions and accepted:
            stated = relative_occasions[0]
        if stated is None and named_past_day is not None and accepted:
            # (round 68) "Over the past day, December 15, … lost 1,520, the General Staff said": the
            # tally of a named past day is given the day after it (not after the page's own day)
            day_after = named_past_day.first + timedelta(days=1)
            if self.layout.published is not None:
                day_after = min(day_after, self._posted_day())
            stated = DateMention("today", 0, 0, day_after, day_after, "day", "")
        at = sentence.find(clause) if stated is None and accepted else -1
        if at > 0 and rx.search(r",\s+(?:while|whereas)\s+$", sentence[:at]):
            # "On Monday, X put the losses at …, while Y estimated them at …": a day that opens
            # the sentence dates the clause a "while" joins to it
            opening = [
                d
                for d in find_dates(sentence, self.pub)
                if d.precision == "day"
                and rx.fullmatch(r"[-–•*\w\s,]{0,32}", sentence[: d.start])
                and rx.match(r"\s*,", sentence[d.end :])
            ]
            if opening:
                stated = self._same_day(opening[0]) if opening[0].kind == "same_day" else opening[0]
        if stated is None and accepted:
            dated_report = self.layout.published is not None or self.layout.month_ref is not None
            stated = _attribution_day(clause, dates, accepted[0][0].start, dated_report)
        own_date = stated is not None
        if (
            stated is None
            and claimants[0].name in self.occasions
            and rx.search(
                r"\b(?:after|at|during|in)\s+the\s+(?:same\s+)?(?:[\w-]+\s+){0,2}(?:briefing|meeting"
                r"|interview|session|hearing|press\s+conference)\b",
                clause,
            )
        ):
            # "said after the closed-door briefing": the occasion already reported for them
            stated, own_date = self.occasions[claimants[0].name], True
        if (
            stated is None
            and accepted
            and [a.name for a in claimants] == [a.name for a in self.prev_attributed]
            and self.prev_stated is not None
            and self.prev_stated.precision == "day"
            and not self.prev_background
            and rx.match(r"\s*(?:He|She|It|They)\s+(?:also\s+)?added\b", clause)
        ):
            # "He added that …": the occasion just reported, not an earlier one of the same speaker
            stated = self.prev_stated
        if stated is None and accepted and claimants[0].name in self.occasions:
            # "On 2 September the NIS updated its toll. Lawmaker X told reporters …": the sentence
            # just before gives this occasion, ahead of an earlier one the report dated for them
            day_before = self._occasion_before(claimants[0])
            if day_before is not None:
                stated, own_date = day_before, True
        if (
            stated is None
            and accepted
            and claimants[0].name in self.occasions
            and self.occasions[claimants[0].name].precision == "day"
            and rx.fullmatch(
                r"said|told|added|estimated|reported|puts?|gave|as",
                clause[vs:ve].split()[0] if clause[vs:ve] else "",
            )
            and not own_date_carry_blocked(clause)
            and not rx.search(r"\b(?:in|since)\s+(?:19|20)\d\d\b|\blast\s+(?:year|month)\b", clause)
        ):
            # "The agency said ...": a speaker the report has already dated speaks on that
            # occasion unless the clause says it is background
            stated = self.occasions[claimants[0].name]
            # its own date only against a different one carried from background just before
            own_date = self.prev_stated is not None and self.prev_stated.first != stated.first
        if stated is None and accepted and explicit and not own_date_carry_blocked(clause):
            day_before = self._occasion_before(claimants[0])
            if day_before is not None:
                # "Kirby was at the press briefing yesterday. … And he said …": the sentence
                # before names the speaker and the day, and counts nothing itself
                stated, own_date = day_before, True
        same_speaker = [a.name for a in claimants] == [a.name for a in self.prev_attributed]
        if (
            stated is None
            and (not explicit or same_speaker)
            and self.prev_stated is not None
            and not (explicit and self.prev_background)
        ):
            stated = self.prev_stated  # "The agency said ...": same occasion as before
        if stated is not None and stated.precision == "day":
            self.last_occasion = stated
        if explicit or stated is not None:
            self.prev_stated = stated
            # "The NIS had estimated in April": background, not the occasion being reported
            self.prev_background = own_date_carry_blocked(clause)
        self.prev_attributed = claimants
        if own_date and stated is not None and zone != "headline":
            # (a bullet's headline "X says …" sums up; the item's own sentences name the occasion)
            for a in claimants:  # the first dated occasion each speaker is reported at
                self.occasions.setdefault(a.name, stated)
        for m in rx.finditer(r"\b(?:briefing|statement|report)\s+by\s+(?:the\s+)?", clause):
            by = [x for x in mentions if x.start == m.end()]
            when = (
                [
                    d
                    for d in dates
                    if d.kind in STATEMENT_KINDS and 0 <= d.start - (by[0].end if by else 0) <= 4
                ]
                if by
                else []
            )
            if by and when:  # "after a closed-door briefing by the NIS on Wednesday"
                self.occasions.setdefault(by[0].actor.name, when[0])
        if own_date and stated is not None and not accepted:
            # "X has said that 3,000 ... . He wrote on Telegram on 23 December": a sentence that
            # only attributes dates the undated claims its speaker made just before.
            names = {a.name for a in claimants}
            if pronoun_led:  # "He" is the speaker just named, whoever the clause goes on to cite
                names |= {a.name for a in self.prev_claimant}
            for dr in self.drafts:
                refines = (  # "In September, the agency said ... . That figure, given on 2 September"
                    dr.precision == "month"
                    and stated.precision == "day"
                    and dr.stated == stated.first.replace(day=1)
                )
                if (
                    dr.sentence_no == self.sentence_no - 1
                    and dr.claimant.name in names
                    and (not dr.own_date or refines)
                ):
                    dr.stated, dr.precision, dr.own_date = stated.first, stated.precision, True
        self.prev_claimant = claimants
        self.prev_claimant_at = self.sentence_no
        content = clause[content_start:content_end]
        cut = rx.search(rf"(?:{BASELINE})|,\s+(?:where|when)\b", content)
        offset = content_start
        period_text_end = offset + (cut.start() if cut else len(content))
        sides = self._side_mentions(clause, spans)
        channel = ""
        for name, pat in CHANNEL_CUES:
            if rx.search(pat, clause):
                channel = name
                break
        if not channel and vs == ve == 0 and claimants == [self.author]:
            channel = self.layout.platform or "statement"  # a copied Telegram post: "Telegram"
        explicit_region = self._explicit_region(clause)
        places, place_region = self._places(clause, explicit_region, spans)
        if not accepted and places and _LOSSES_PLACED.search(clause):
            # (round 68) "… at least 30 … killed or wounded. According to the statement, the losses
            # were inflicted … near the villages of Plekhovo, Vorozhba and Martynovka": where the
            # losses just counted were suffered
            for dr in self.drafts:
                if (
                    dr.sentence_no == self.sentence_no - 1
                    and not dr.dropped
                    and dr.figure is not None
                    and dr.claim_type == "casualties"
                    and not dr.places
                ):
                    dr.places = list(places)
        admission = bool(rx.search(rf"\b(?:{ADMISSION_VERBS})", clause[vs : ve + 40])) and not rx.search(
            r"\bnot\b", clause[max(0, vs - 12) : ve]
        )
        period_spec = self._period_spec(clause, dates, stated, offset, period_text_end)
        if period_spec is None and accepted and _SAME_SPAN.search(clause[content_start:content_end]):
            # (round 68) "… went missing near Kurilovka over the same two days": the span the
            # speaker's figure just before was given for
            spans_before = [
                dr.period_spec
                for dr in self.drafts
                if not dr.dropped
                and dr.claimant in claimants
                and dr.period_spec is not None
                and self.sentence_no - dr.sentence_no <= 3
            ]
            if spans_before:
                period_spec = spans_before[-1]
        if period_spec is None and event_lead is not None:
            # (round 68) the day that opens the account of the killing is the figure's one day,
            # whichever day the attribution gives the statement
            period_spec = PeriodSpec("day", event_lead.first, event_lead.last)
        if period_spec is None and content_start > 0 and accepted:
            # "Over the past 24 hours, according to the ministry, the enemy lost ...": a span
            # that opens the sentence, before its attribution, is the figures' span
            opening = [
                d
                for d in dates
                if d.kind in ("relative_days", "past_day", "weekend", "weekday_range", "month_range", "night")
                and not clause[: d.start].strip(" ,")
            ]
            if opening:
                period_spec = self._period_spec(clause, opening, stated, 0, opening[0].end)
        if (
            period_spec is None
            and accepted
            and self.para_past_day
            and self.sentence_no > self.para_start
            and not rx.search(r"(?i)\b(?:in\s+total|since|so\s+far|to\s+date|overall|altogether)\b", clause)
            and self.pub is not None
        ):
            # (round 41) a ministry summary's "During the past day, units … repelled 7
            # counterattacks. The Ukrainian Armed Forces losses amounted to more than 310
            # servicemen": the paragraph's opening span is its later sentences' too
            period_spec = PeriodSpec("past_day", self.pub, self.pub, 1)

        new: list[Draft] = []
        accepted_figs = [f for f, _ in accepted]
        for k in range(1, len(accepted_figs)):
            prev_fig, fig_k = accepted_figs[k - 1], accepted_figs[k]
            if (
                fig_k.qualifier == "exact"
                and prev_fig.qualifier == "about"
                and rx.match(r"(?i)(?:about|around|roughly|some|approximately)\b", prev_fig.text)
                and (
                    (
                        rx.fullmatch(r"[^,;:\d]{0,100}\band\s+", clause[prev_fig.end : fig_k.start])
                        and rx.match(r"\s+(?:others?\s+|more\s+)?[a-z]", clause[fig_k.end :])
                    )
                    # "put the number killed at about 300 and the wounded at 2,700": one
                    # approximation over the parallel "at" phrases (round 30)
                    or (
                        rx.search(r"\bat\s+$", clause[: prev_fig.start]) is not None
                        and rx.fullmatch(
                            r"\s+and\s+(?:the\s+)?(?:number\s+of\s+)?[a-z]+(?:\s+[a-z]+)?\s+at\s+",
                            clause[prev_fig.end : fig_k.start],
                        )
                        is not None
                        and rx.match(r"\s*(?:[.;,]|$)", clause[fig_k.end :]) is not None
                    )
                )
            ):
                # "About 300 ... have been killed and 2,700 others wounded": one approximation
                # over the coordinated figures
                accepted_figs[k] = replace(fig_k, qualifier="about")
                accepted[k] = (accepted_figs[k], accepted[k][1])
        for i, (fig, kind) in enumerate(accepted):
            if kind == "area":
                metric = "area_held_km2"
            elif kind == "anaphoric":
                live = [d for d in self.drafts if not d.dropped]
                if not live:
                    continue
                mine = [
                    d for d in live if d.claimant in claimants and d.figure is not None and not d.figure.share
                ]
                # the same number given before ('had already given "over 38,000"'), else the
                # speaker's own earlier count first
                # (the same number from the same side: "five thousand military builders" Shoigu
                # announced is no earlier "more than 5,000" of British intelligence)
                same = [
                    d
                    for d in live
                    if d.figure is not None
                    and d.figure.numbers & fig.numbers
                    and (not claimants or d.claimant.side == claimants[0].side)
                ]
                counts = [d for d in live if d.figure is not None and not d.figure.share]  # a count
                # ("Zelenskyy said more than 3,000 had been killed or wounded. The JCS, the same day,
                # gave a figure of around 1,100": a count in the sentence before sets the topic)
                just = [
                    d
                    for d in counts
                    if d.sentence_no >= self.sentence_no - 1
                    and d.claim_type in FLOW_TYPES
                    and not _OWN_REVISION.search(clause)
                ]
                metric = (same or just or mine or counts or live)[-1].metric
                if captured_again is not None:
                    # "X confirmed the capture, saying the two had been taken prisoner on …": the
                    # capture counted before, whoever's figures came in between (round 30)
                    metric = captured_again.metric
            else:
                metric = self._metric(clause, accepted_figs, i)
                if not metric and rx.search(
                    # ("put the toll the same day at around 1,100": the day between)
                    r"\b(?:the|its|their)\s+toll\s+(?:\w+\s+)?" + _A_DAY_BETWEEN + r"at\s*$",
                    clause[max(0, fig.start - 60) : fig.start],
                ):
                    # "The same day the JCS put the toll at around 1,100": the toll of the count
                    # just reported
                    counts = [
                        d
                        for d in self.drafts
                        if not d.dropped and d.figure is not None and not d.figure.share
                    ]
                    metric = counts[-1].metric if counts and counts[-1].claim_type == "casualties" else ""
            survivors = (
                metric in ("wounded", "")
                and kind == "people"
                and self.capture_told[0] == self.sentence_no - 1
                and rx.match(r"[^;.]{0,40}\bsurvived\b", clause[fig.end :]) is not None
            )
            if survivors and self.capture_told[1]:
                continue  # "captured two servicemen. "Two soldiers, although wounded, survived"": the same two
            if survivors:
                # "... have taken North Korean servicemen prisoner. Two soldiers, though wounded,
                # survived": the survivors are the captives the sentence before did not count
                metric = "captured"
            if not metric:
                continue
            if metric == "troops_deployed" and (fig.high or fig.low or 0) < _FEWEST_DEPLOYED:
                # "the two men", "one of the two prisoners": a handful of soldiers is people named
                # in a story (captives, casualties), never the size of a force sent
                continue
            part_of = i and rx.search(
                r"\b(?:including|of\s+which|of\s+them|among\s+them)\s*$",
                clause[accepted_figs[i - 1].end : fig.start],
            )
            if kind == "anaphoric":
                live = [d for d in self.drafts if not d.dropped]
                mine = [
                    d for d in live if d.claimant in claimants and d.figure is not None and not d.figure.share
                ]
                # (the same number from the same side: "five thousand military builders" Shoigu
                # announced is no earlier "more than 5,000" of British intelligence)
                same = [
                    d
                    for d in live
                    if d.figure is not None
                    and d.figure.numbers & fig.numbers
                    and (not claimants or d.claimant.side == claimants[0].side)
                ]
                counts = [d for d in live if d.figure is not None and not d.figure.share]
                just = [
                    d
                    for d in counts
                    if d.sentence_no >= self.sentence_no - 1
                    and d.claim_type in FLOW_TYPES
                    and not _OWN_REVISION.search(clause)
                ]
                subject = (same or just or mine or counts or live)[-1].subject
            elif part_of and new:
                subject = new[-1].subject  # "62,400 people, of which 25,200 ...": same people
            elif new and new[-1].subject and _part_whole_of(clause).get(fig.start, ("",))[0] == "part":
                subject = new[-1].subject  # "of 12,000 North Koreans sent, Russia had lost 4,000": theirs
            else:
                subject = self._subject_for_figure(clause, fig, sides, claimants)
            if not subject and new and new[-1].figure is not None:
                subject = new[-1].subject  # "eliminated 77 North Korean soldiers and wounded another 40"
            if survivors and not subject and self.capture_told[2]:
                subject = FORCES[self.capture_told[2]]  # the captives the sentence before named
            if metric == "troops_deployed" and not subject and _DPRK_SENDER.search(clause[: fig.start]):
                subject = FORCES["DPRK"]  # "Kim Jong Un has decided to send 1,000 sappers": his forces
            for actor in claimants:
                fig_draft = Draft(actor, metric, subject, fig, sentence, self.sentence_no, zone)
                apart = _without_relative_aside(clause, fig)
                fig_draft.period_spec = self._figure_period(
                    clause,
                    # (round 67) a month in the relative clause before the figure dates the earlier
                    # figure it holds, not this one's span
                    [d for d in dates if not apart or not apart[2] <= d.start < apart[3]],
                    stated,
                    accepted_figs,
                    i,
                    None
                    if apart is not None
                    and period_spec is not None
                    and any(apart[2] <= d.start < apart[3] and d.first == period_spec.first for d in dates)
                    else period_spec,
                    offset,
                    period_text_end,
                )
                fig_draft.running_total = fig_draft.period_spec is None and bool(_TOTAL_WORDS.search(clause))
                fig_draft.batch = not fig_draft.running_total and _is_batch(clause, fig, metric)
                if (
                    fig_draft.batch
                    and metric == "troops_deployed"
                    and fig.qualifier == "about"
                    and rx.fullmatch(r"(?i)an?\s+(?:hundred|thousand)", fig.text)
                ):
                    # "will send a thousand sappers": a batch announced is a number of people
                    # ordered to go, said in words, not an estimate
                    fig_draft.figure = replace(fig, qualifier="exact")
                if (
                    not fig_draft.batch
                    and i
                    and new
                    and new[-1].batch
                    and new[-1].metric == metric
                    and rx.search(
                        r"(?:,|\band|\bas\s+well\s+as|\bplus)\s+$",
                        clause[accepted_figs[i - 1].end : fig.start],
                    )
                ):
                    fig_draft.batch = True  # "1,000 sappers ..., as well as 5,000 builders": one plan
                new.append(fig_draft)
        if (
            new
            and all(d.figure is not None and d.metric == "troops_deployed" for d in new)
            and (loss := _LOSSES_WITHOUT_FIGURE.search(clause, accepted_figs[-1].end if accepted_figs else 0))
            is not None
        ):
            # (round 66) '"There are 11,000 of them," Zelenskyy told reporters, saying the soldiers
            # were already in combat and "there are already losses"': the force counted, and its
            # losses told without a figure, a claim of their own
            subject = (
                self._subject_for_cue("killed_or_wounded", clause, loss, sides, claimants) or new[0].subject
            )
            for actor in claimants:
                new.append(Draft(actor, "killed_or_wounded", subject, None, sentence, self.sentence_no, zone))
        if not new and not _FIGURE_TALK.search(clause):
            search_from = 0 if inverted else vs
            for metric, pat in STATEMENT_CUES:
                cue = rx.compiled(pat).search(clause, search_from)
                if cue is None:
                    continue
                if metric == "withdrawn_from_combat" and not _CESSATION.search(clause):
                    # (session 18) "We have not seen them engaged in combat operations at this
                    # point" (November 2024): not yet in the fight, not out of it
                    continue
                if rx.search(
                    r"\b(?:was|were|been)\s+asked\s+(?:[\w,]+\s+){0,4}?(?:about|whether|if)\b",
                    clause[: cue.start()],
                ):
                    # (round 35) "Putin was asked about reports that troops had been sent": the
                    # question's premise, not the speaker's statement
                    break
                if metric == "troops_deployed" and any(d.metric == "withdrawn_from_combat" for d in new):
                    # (session 18) "the North Korean troops deployed to Kursk have not engaged in
                    # combat since mid-January": the deployment is the premise, not the news
                    continue
                subject = self._subject_for_cue(metric, clause, cue, sides, claimants)
                if metric == "relations" and not subject:
                    # (round 39) "cooperation with our allies": relations between no one the case
                    # is about
                    continue
                for actor in claimants:
                    new.append(Draft(actor, metric, subject, None, sentence, self.sentence_no, zone))
                if metric not in ("troops_deployed", "killed_or_wounded", "withdrawn_from_combat"):
                    # one statement per clause, except participation + losses, and (session 18) a
                    # pause in the fighting + what came after it ("…, then placed back on the front")
                    break
        for draft in new:
            draft.channel = channel
            draft.explicit = explicit
            if stated is not None:
                draft.stated, draft.precision, draft.own_date = stated.first, stated.precision, own_date
            if draft.figure is not None and _WHICH_PUT_AT.search(
                clause, max(0, draft.figure.start - 240), draft.figure.start
            ):
                # (round 67) "…, which the spy agency had put at about 600 in April, now stands at
                # roughly two thousand": the earlier figure was given in its month, a running total
                given_in = next(
                    (
                        d
                        for d in dates
                        if d.kind == "month"
                        and rx.fullmatch(
                            r"\s+(?:in\s+(?:late\s+|early\s+|mid-?)?)?", clause[draft.figure.end : d.start]
                        )
                        and rx.match(r"(?i)in\b", clause[draft.figure.end :].lstrip())
                    ),
                    None,
                )
                if given_in is not None:
                    draft.stated, draft.precision, draft.period_spec = given_in.first, "month", None
            if draft.figure is None or (
                draft.claim_type not in FLOW_TYPES
                and not (draft.period_spec is not None and draft.period_spec.kind == "month_range")
            ):
                draft.period_spec = None  # stocks (deployments) have no period, unless a span is named
            draft.admission = admission
            region = explicit_region or place_region
            if not region and (
                draft.claim_type in ("casualties", "missing", "captured", "territorial")
                or draft.metric in ("characterization", "stated_aim")
            ):
                region = self.doc_region
            if draft.metric == "relations":
                region = ""
            draft.region = region
            if draft.metric not in OPINION_METRICS:
                draft.places = list(places)
        self.drafts.extend(new)
        for nd in new:
            if nd.metric == "captured" and nd.figure is not None:
                self.last_capture = (self.sentence_no, nd)

    def _dated_background(self, clause: str) -> bool:
        """A sentence dated months before the report ("in the first weeks of the incursion,
        which began in August 2024"): history told by the writer, not the source's account."""
        return any(
            d.precision in ("month", "year") and (self.pub - d.last).days > 60
            for d in find_dates(clause, self.pub)
        )

    def _same_day(self, d: DateMention, flip: bool = False) -> DateMention:
        """ "On the same day" is the day of the occasion reported just before, if it has one
        (`flip`: counted back from it, for a clause that opens "a day after X announced")."""
        if d.kind != "same_day":
            return d
        if flip:
            d = replace(d, days=-d.days)
        # the occasion just reported; an undated remark in between ('"...," X added') leaves it
        prev = self.prev_stated or self.last_occasion
        if prev is not None and prev.precision != "day" and d.days and self.last_occasion is not None:
            # (round 64) "The JCS had said in March …. The briefing came two days after Pyongyang
            # confirmed …": counted from the last occasion with a day, not the month just recalled
            prev = self.last_occasion
        if prev is None or prev.precision != "day":
            return DateMention("unresolved", d.start, d.end, d.first, d.last, "unknown", d.text)
        day = prev.first + timedelta(days=d.days)  # "a day earlier": days = -1
        return DateMention("day", d.start, d.end, day, day, "day", d.text)

    def _figure_period(
        self,
        clause: str,
        dates: list[DateMention],
        stated: DateMention | None,
        figs: list[Figure],
        i: int,
        clause_spec: PeriodSpec | None,
        start: int,
        end: int,
    ) -> PeriodSpec | None:
        """One figure's period: a span named next to it wins over the clause's; a running total
        ("since the start of the invasion", "in total") has none."""
        fig = figs[i]
        if _RUNNING_TOTAL.search(clause[max(0, fig.start - 60) : fig.start]):
            return None  # "..., bringing its total to 804,000": the running total has no period
        if i and rx.fullmatch(r"\s*\(\s*\+\s*", clause[figs[i - 1].end : fig.start]):
            return PeriodSpec("past_day", self.pub, self.pub, 1)  # "845,900 (+1,210)": the past day
        if i + 1 < len(figs) and rx.fullmatch(r"\s*\(\s*\+\s*", clause[fig.end : figs[i + 1].start]):
            return None  # the total before its daily rise
        seg_end = figs[i + 1].start if i + 1 < len(figs) else end
        segment = clause[fig.end : seg_end]
        if rx.search(
            # ((round 68) not "since the start of the month": the month so far, a span)
            r"\bsince\s+the\s+(?:start|beginning|outbreak)\b(?!\s+(?:day\s+)?of\s+(?:(?:the|this)\s+month\b"
            rf"|{MONTH_WORD}\b))"
            r"|\bin\s+total\b|\bso\s+far\b|\bto\s+date\b",
            segment,
        ):
            return None
        own = self._period_spec(clause, dates, stated, fig.end, seg_end)
        if own is not None:
            return own
        if clause_spec is not None:
            at = next(
                (
                    d.start
                    for d in dates
                    if d.first == clause_spec.first and d.kind == clause_spec.kind and start <= d.start < end
                ),
                None,
            )
            owner = next(
                (j for j in range(len(figs) - 1) if at is not None and figs[j].end <= at < figs[j + 1].start),
                None,
            )
            if owner is not None and owner < i:
                both_casualties = (
                    METRIC_TYPE.get(self._metric(clause, figs, owner))
                    == METRIC_TYPE.get(self._metric(clause, figs, i))
                    == "casualties"
                )
                if not (
                    both_casualties
                    # (round 35: "…, and the number of wounded is approaching 1,000": the toll's
                    # other half, told in the same breath)
                    and rx.search(
                        r"\band\s+that\b|,\s+and\s+(?:that\s+)?the\s+(?:number|count|toll)\s+of\s+(?:the\s+)?"
                        r"(?:wounded|injured|dead|killed)\b"
                        # ((round 66) "… killed … this month and the injured are approaching 1,000")
                        r"|\band\s+(?:that\s+)?the\s+(?:wounded|injured|dead)\s+(?:are|were|is|was|have|had|number(?:ed)?)\b",
                        clause[figs[owner].end : fig.start],
                    )
                    and not rx.search(
                        r"\b(?:since|so\s+far|in\s+total|overall|in\s+all)\b", clause[fig.end : seg_end]
                    )
                ):
                    # "sent 3,000 in January and February, adding that 4,000 ...": not 4,000's; but
                    # "100 had been killed in the December fighting and that nearly 1,000 had been
                    # wounded": the toll's two halves share the span
                    return None
            after_all = at is not None and figs[-1].end <= at and len(figs) - 1 != i
            if after_all and METRIC_TYPE.get(self._metric(clause, figs, len(figs) - 1)) != METRIC_TYPE.get(
                self._metric(clause, figs, i)
            ):
                return None  # "4,000 had been killed, and that 3,000 more had been sent in January"
        if (
            clause_spec is not None
            and clause_spec.since
            and rx.search(r"\btotal\b", clause[max(0, start - 200) : fig.start])
        ):
            return None  # "Since Aug. 6, the total losses ... amounted to": a running total
        return clause_spec

    def _period_spec(
        self, clause: str, dates: list[DateMention], stated: DateMention | None, start: int, end: int
    ) -> PeriodSpec | None:
        # a named span ("between Friday and Sunday") says more than a count of days
        for d in sorted(dates, key=lambda x: (x.kind == "relative_days", x.start)):
            if d is stated or d.kind not in PERIOD_KINDS or not (start <= d.start < end):
                continue
            if d.first == WAR_START:
                continue  # "from February 24, 2022 to ...": the whole war, a running total
            if rx.search(
                # ((round 58) or "by the middle of January", "by the end of March")
                r"\b(?:as\s+of|by|until|up\s+to)(?:\s+the\s+(?:middle|end|start|beginning)\s+of)?\s*$",
                clause[: d.start],
            ) or rx.match(r"(?i)(?:as\s+of|by|until|up\s+to)\s", d.text):
                # "as of last month", "by mid-January" (the mention may hold its "by"): when the
                # total stood, not a span
                continue
            if rx.match(r"\s+(?:figure|estimate|count|tally|toll|assessment|update)s?\b", clause[d.end :]):
                continue  # "more than triple its April figure": which estimate, not a span
            since = bool(rx.search(r"\bsince\b", clause[start : d.end], re.IGNORECASE))
            return PeriodSpec(
                d.kind,
                d.first,
                d.last,
                d.days,
                since,
                d.kind == "relative_days"
                and rx.search(r"(?i)\b(?:past|previous|last)\s+week\b", d.text) is not None,
            )
        return None

    # ----------------------------------------------------------------- responses
    def _read_response(self, clause: str, sentence: str) -> bool:
        if rx.search(r"\?[\"”’']?\s*$", sentence):
            return False  # "Has Moscow acknowledged the losses?": a question, nobody's answer
        stance = ""
        verb: re.Match[str] | None = None
        # ((round 40) after an adverb: "Officially neither Moscow nor Pyongyang have recognized …")
        neither = rx.match(
            r"\s*(?:(?:[Oo]fficially|[Ss]o\s+far|[Yy]et|[Ss]till),?\s+)?[Nn]either\b", clause
        ) or rx.search(
            # (round 34) "None … has been verified, and neither Russia nor North Korea has published …"
            r"[,;]\s*(?:and|but)\s+neither\b(?=\s+[A-Z])"
            # (round 64) "… a deployment that neither Moscow nor Pyongyang has been willing to discuss"
            r"|\b(?:that|which)\s+neither\b(?=\s+[A-Z][^.;]{0,40}\bnor\b)",
            clause,
        )
        inverted = rx.fullmatch(
            r"\s*[Nn]either\s+(?:has|have|had|did|does|do)\s+(?P<who>[A-Z][^,;:]{1,60}?)\s*[.!]?\s*", clause
        )
        if inverted is not None and self._mentions(inverted.group("who")):
            # (round 39) "North Korea has not said a word, and neither has Moscow": the one named
            # after the inverted verb is silent too
            return self._read_response(f"{inverted.group('who')} has not commented.", sentence)
        if neither:
            clause = clause[neither.start() :]  # the two named after "neither", not a speaker before
            verb = rx.search(NEITHER_VERBS, clause)
            stance = "no_comment" if verb else ""
        if not stance:
            for name, pat in (("no_comment", NO_COMMENT), ("denied", DENIAL), ("disputed", DISPUTE)):
                verb = rx.search(pat, clause)
                if verb and name == "no_comment" and _SILENCE_BROKEN.search(clause):
                    # (round 39) "Moscow had for months refused to confirm their presence", "had
                    # until now neither confirmed nor denied": a past silence, not an answer (nor
                    # its "denied" a denial); an admission that ended it still counts
                    verb = None
                    break
                if verb:
                    stance = name
                    break
        confirming = False
        if not stance:
            verb = rx.search(CONFIRMATION, clause)
            if (
                verb is not None
                and not rx.search(r"\b(?:not|never|neither|yet\s+to)\b[^,;]{0,25}$", clause[: verb.start()])
                and not rx.match(
                    r"\s*(?:It|This|That)\s+(?:is|was)\b", clause
                )  # "It is the first time X has confirmed": a gloss
            ):
                stance, confirming = "confirmed", True
                if _CONFIRMED_THROUGH.match(clause, verb.end()):
                    # "said it had confirmed, through an allied intelligence service, that …": a
                    # finding of its own with its source, not an answer to another party's claim
                    return False
        if not stance or verb is None:
            return False
        responders: list[Actor] = []
        before = self._mentions(clause[: verb.start()])
        for i, m in enumerate(before):
            nxt = before[i + 1] if i + 1 < len(before) else None
            if (
                nxt is not None
                and nxt.actor.kind == "official"
                and rx.fullmatch(r"['’]s\s+(?:[a-z][\w-]*\s+){1,3}", clause[m.end : nxt.start])
            ):
                continue  # "Putin's press secretary Dmitry Peskov": the spokesman speaks, not Putin
            if m.actor not in responders and (
                not _PREP_BEFORE.search(clause[: m.start])
                or rx.search(r"\bbeen\s+\w+\s+by\s+(?:the\s+)?$", clause[: m.start])
            ):
                responders.append(m.actor)  # "confirmed by Moscow or Pyongyang" names them too
        which = rx.search(r",\s+(?:which|who)\s+(?:[a-z'’]+\s+){0,3}$", clause[: verb.start()])
        if which is not None and before:
            # (round 39) "… Ukraine, South Korea and the United States … counting the dead of a
            # fourth, North Korea, which said nothing at all": the one the relative clause is about
            group = [m for m in before if m.end <= which.start()][-1:]
            for m in reversed([m for m in before if m.end <= which.start()][:-1]):
                if not rx.fullmatch(
                    r"\s*(?:,\s*)?(?:(?:and|or|nor)\s+)?(?:the\s+)?", clause[m.end : group[0].start]
                ):
                    break
                group.insert(0, m)  # "… by Moscow or Pyongyang, which still do not acknowledge …": both
            # (the antecedent, even after "of": "the dead of North Korea, which …"; but "the
            # Russian embassy in Seoul, which had not responded" is the embassy's, not Seoul's)
            if group and not rx.search(r"\b(?:in|at|from|to)\s+(?:the\s+)?$", clause[: group[0].start]):
                responders = list(dict.fromkeys(m.actor for m in group))
        if confirming:
            # "Pyongyang's own confirmation": the possessive names who confirmed; otherwise the
            # subject right before each verb, not every actor the clause mentions
            responders = []
            lo = 0
            for cv in rx.finditer(CONFIRMATION, clause):
                if cv.group(0).endswith("confirming"):
                    # "The NIS said …, confirming Zelensky's announcement": the clause's speaker
                    subj = [
                        m
                        for m in self._mentions(clause[: cv.start()])
                        if m.start >= lo and not _PREP_BEFORE.search(clause[: m.start])
                    ][:1]
                    who = subj[0].actor if subj else None
                    if who is not None and who.kind == "media" and cv.group(0) != "confirming":
                        # "KCNA carried a statement of the party's commission confirming …": state
                        # media carry the state's word, not their own
                        who = self.ref.actors.resolve(who.parent) or who
                    if who is not None and who not in responders:
                        responders.append(who)
                    lo = cv.end()
                    continue
                near = [
                    m
                    for m in self._mentions(clause[: cv.start()])
                    if m.start >= lo and cv.start() - m.end <= 60
                ]
                aside = _BRIEFING_ASIDE.search(clause, 0, cv.start())
                if aside is not None:
                    # (round 35) "Rutte, after a briefing by a South Korean intelligence delegation,
                    # confirmed": who briefed does not confirm
                    near = [m for m in near if m.end <= aside.start()]
                # "followed by Pyongyang's own confirmation": a possessive owns it, preposition or not
                owner = (
                    bool(near) and rx.fullmatch(r"['’]s\s+", clause[near[-1].end : cv.start()]) is not None
                )
                is_noun = (
                    cv.group(0)
                    .split()[-1]
                    .startswith(("confirmation", "acknowledgment", "acknowledgement", "admission"))
                )
                in_quote = len(rx.findall(r"[\"“”]", clause[: cv.start()])) % 2 == 1
                if (
                    near
                    and not in_quote  # 'posts claimed that "Seoul has confirmed 4,000 dead"'
                    and (owner or not _PREP_BEFORE.search(clause[: near[-1].start]))
                    and (owner or not is_noun)  # "called the North's admission …": not the speaker's
                    and near[-1].actor not in responders
                ):
                    responders.append(near[-1].actor)
                lo = cv.end()
            pro = rx.match(
                r"\s*(?:He|She)\s+(?:\w+\s+){0,3}?$", clause[: verb.start()].split(",")[0] + " "
            ) or (
                # (round 35) "For the first time, he also acknowledged that …": the pronoun after
                # an opening phrase
                rx.fullmatch(
                    r"\s*(?:[Ff]or\s+the\s+first\s+time|[Aa]t\s+the\s+same\s+time|[Ii]n\s+the\s+same\s+\w+"
                    r"|[Ll]ater|[Ee]arlier|[Tt]hen)\s*,\s*(?:he|she)\s+(?:\w+\s+){0,3}?",
                    clause[: verb.start()],
                )
            )
            if not responders and pro:
                # "He also acknowledged, for the first time, that …": the person speaking before
                people = [a for a in self.prev_claimant if a.kind == "official"]
                people = people or [a for a in self.hist_before if a.kind == "official"][-1:]
                responders = people[:1]
            # "NATO's Rutte confirmed that troops were sent": an outsider's confirmation is its own
            # claim (the claims file has it), not a party's response
            responders = [a for a in responders if a.side not in _OUTSIDERS]
        quoted = rx.match(r"\s*[\"“][^\"”]+[,.!?]?[\"”],?\s+", clause)
        if not responders and quoted and verb.end() <= quoted.end():
            # '"It looks like more fake news," Dmitry Peskov told reporters': the speaker named
            # right after the quotation
            after = [m for m in self._mentions(clause) if m.start >= quoted.end()]
            if after and rx.fullmatch(r"(?:[\w.-]+\s+){0,4}", clause[quoted.end() : after[0].start]) is None:
                after = []
            if after and _SPEECH_RE.match(clause, after[0].end + 1):
                responders = [after[0].actor]
        if stance == "no_comment" and verb.group(0).endswith(" by"):
            responders = []  # "a claim not confirmed by X": X, not the claim's maker before it
        if not responders and stance == "no_comment":
            # "There was no immediate comment from Pyongyang": who was silent comes after
            frm = rx.match(r"\s+" if verb.group(0).endswith(" by") else r"\s+from\s+", clause[verb.end() :])
            if frm:
                at = verb.end() + frm.end()
                responders = [m.actor for m in self._mentions(clause) if at <= m.start <= at + 4][:1]
        if (
            stance == "no_comment"
            and rx.search(
                r"(?:^|[\s\"“,;])(?:I|[Ww]e)(?:['’](?:m|ve|d|ll|re))?(?:\s+[a-z'’]+){0,6}\s*$",
                clause[: verb.start()],
            )
            and not rx.match(r"\s+from\b", clause[verb.end() :])
        ):
            # (round 39) "MR. KIRBY: I'm not going to confirm specific figures …", "Gerasimov
            # reported it, and I have nothing to add": the turn's speaker, in the first person
            # (not "we've heard nothing from Pyongyang": who was silent comes after); with no
            # speaker known, nobody (not the Gerasimov named before)
            label = rx.match(r"\s*(?P<who>[^:\"“]{2,80}):\s", clause)
            labelled = [m.actor for m in self._mentions(label.group("who"))] if label else []
            # ("Heorhii Tykhyi: I will not comment …": a turn the layout did not take for one, its
            # speaker named before the colon)
            responders = [self.para_speaker] if self.para_speaker is not None else labelled[-1:]
        if not responders and self.author is not None and stance == "denied":
            responders = [self.author]  # a statement that calls the other side's claims untrue
        if stance == "no_comment":
            # (round 42, read after scoring) "North Korea's state media has not mentioned the
            # casualties": a state's media keeping silent is the state's silence (dev's golds: DPRK 10
            # times, the agency once), as its carrying a statement is the state's word (above)
            responders = [
                (self.ref.actors.resolve(r.parent) or r)
                if r.kind == "media" and (self.ref.actors.resolve(r.parent) or r).kind == "state"
                else r
                for r in responders
            ]
        if not responders:
            return False
        noun_m = rx.search(RESPONSE_NOUNS, clause[verb.end() :])
        noun = noun_m.group(1) if noun_m else "claims"
        sides = {r.side for r in responders}
        fresh = [
            d
            for d in self.drafts[self.last_response_at :]
            if not d.dropped and d.factual and d.claimant.side not in sides
        ]
        targets = fresh or list(self.last_targets)
        tail = rx.split(r",|\s+and\s+", clause[verb.end() :])[0]
        named = {m.actor.name for m in self._mentions(tail)}
        if named:  # "has not commented on Gerasimov's remarks": that speaker's claims
            by_name = [d for d in self.drafts if d.claimant.name in named and d.factual]
            targets = by_name or targets
        for topic, pat in RESPONSE_TOPICS:
            if rx.search(pat, clause[verb.end() :]):
                narrowed = [
                    d
                    for d in targets
                    if d.claim_type == topic or (topic == "casualties" and d.claim_type in FLOW_TYPES)
                ]
                if narrowed:
                    targets = narrowed
                elif topic == "deployment" and not rx.search(
                    dict(RESPONSE_TOPICS)["casualties"], clause[verb.end() :]
                ):
                    # (QA pass 41 #9) "North Korea denied that any of its soldiers were fighting in
                    # Ukraine": the deployment denied, in a report whose figures are casualties. It
                    # answers none of them: linked to them, each read as denied on the chart
                    targets, noun = [], "the deployment"
                break
        topic = next((t for t, pat in RESPONSE_TOPICS if rx.search(pat, clause[verb.end() :])), "")
        own_voice = [m.actor for m in self._mentions(sentence) if m.actor.kind == "official"]
        responders = [
            # (round 36) "The Kremlin declined to comment …, Interfax said, quoting spokesman Dmitry
            # Peskov as saying …": a body's silence told with its own speaker's words is the speaker's
            next((a for a in own_voice if a.parent == r.name), r) if r.kind == "state_body" else r
            for r in responders
        ]
        for r in responders:
            self.responses.append(ResponseDraft(r, stance, noun, sentence, targets, topic))
        if stance in ("denied", "disputed"):
            for d in targets:
                d.stance = d.stance or stance
        if confirming or verb.group(0).endswith("ing"):
            # what is confirmed is also a claim of the confirming side; "said this ..., rejecting
            # X's claim" also dates what was said: read the clause for claims too
            return False
        self.last_response_at = len(self.drafts)
        self.last_targets = targets
        return True

    # ----------------------------------------------------------------- events
    def _read_events(self, sentence: str) -> None:
        # ((QA pass 43) "since the start of December, when the units began fighting": the month,
        # for an event, as "December" alone; the day is a period's start only)
        dates = [
            replace(d, kind="month", last=month_end(d.first), precision="month")
            if d.kind == "named_month_start"
            else d
            for d in find_dates(sentence, self.pub)
        ]
        gaz = self.ref.gazetteer
        stems = {r.rsplit(" ", 1)[0]: r for r in gaz.regions}
        doc_stem = self.doc_region.rsplit(" ", 1)[0] if self.doc_region else ""

        def when(after: int) -> DateMention | None:
            for d in dates:
                if d.start >= after and d.kind in (
                    "night",
                    "range",
                    "day",
                    "weekday",
                    "month",
                    "day_before",
                    "yesterday",
                ):
                    return d
            return None

        m = rx.search(
            r"(?P<actor>Kyiv|Ukraine|Russia|Moscow|Ukrainian\s+forces|Russian\s+forces)(?:['’]s)?"
            r"\s+(?:(?P<noun>incursion|offensive|counteroffensive|counter-offensive)\s+into\s+"
            r"(?:the\s+)?(?P<reg>[A-Z][\w-]+)\s+(?:border\s+)?region\s+(?:began|started)"
            r"|launched\s+(?:an?|its)\s+(?:cross-border\s+)?(?P<noun2>incursion|offensive)"
            r"(?:\s+into\s+(?:the\s+)?(?:neighbou?ring\s+)?(?P<reg2>[A-Z][\w-]+)\s+"
            r"(?:border\s+)?region)?)",
            sentence,
        )
        if m:
            side = SIDE_WORDS.get(m.group("actor").split()[0], "")
            stem = m.group("reg") or m.group("reg2") or doc_stem
            d = when(m.start())
            if d and stem:
                region = stems.get(stem, self.doc_region)
                places = [p for p in gaz.mentions(sentence)]
                place = gaz.resolve(places[0], region) if places else None
                self._add_event(
                    f"{ADJECTIVE.get(side, '')} {m.group('noun') or m.group('noun2')}"
                    f" into {stem} region begins".strip(),
                    d,
                    place.name if place else "",
                    region,
                )
        else:
            self._read_incursion(sentence, dates)
        m = rx.search(
            r"(?P<name>[A-Z][a-z]+)\s+visited\s+(?:an?\s+|the\s+)?"
            r"(?P<what>[a-z][\w\s-]*?)"
            r"\s+in\s+(?:the\s+)?(?P<reg>[A-Z][\w-]+)\s+region",
            sentence,
        )
        if m:
            d = when(m.end())
            if d:
                self._add_event(
                    f"{m.group('name')} visits {m.group('what')} in {m.group('reg')} region",
                    d,
                    "",
                    stems.get(m.group("reg"), ""),
                )
        m = rx.search(
            r"(?P<name>[A-Z][a-z]+)\s+visited\s+(?:an?\s+|the\s+)?(?P<what>(?:[a-z][\w-]*\s+){0,3}?"
            r"(?:command\s+post|headquarters|front|troops|positions))\s+of\s+the\s+(?P<reg>[A-Z][\w-]+)\s+group\b",
            sentence,
        )
        if m and m.group("reg") in stems:
            # "On March 12, Putin visited the command post of the Kursk group of forces"
            before = [x for x in dates if x.end <= m.start() and x.precision == "day"]
            d = before[-1] if before else when(m.end())
            if d:
                self._add_event(
                    f"{m.group('name')} visits {m.group('what')} in {m.group('reg')} region",
                    d,
                    "",
                    stems[m.group("reg")],
                )
        m = rx.search(
            r"\b(?:the\s+)?(?P<reg>[A-Z][\w-]+)\s+[Rr]egion\s+was\s+invaded\s+by\s+Ukrainian\s+(?:troops|forces)\b",
            sentence,
        )
        if m and m.group("reg") in stems:
            d = when(m.end())  # "The Kursk Region was invaded by Ukrainian troops on August 6, 2024"
            if d:
                self._add_event(
                    f"Ukrainian incursion into {m.group('reg')} region begins", d, "", stems[m.group("reg")]
                )
        m = rx.search(
            r"signed\s+(?:the|a|an)\s+(?P<what>[\w\s-]*?treaty)\s+in\s+"
            r"(?P<place>[A-Z][\w-]+)",
            sentence,
        )
        if m:
            d = when(m.end())
            sides: list[str] = []
            for s in _SIDE_RE.finditer(sentence[: m.start()]):
                side = SIDE_WORDS[rx.sub(r"['’]s$", "", s.group(0))]
                if side not in sides:
                    sides.append(side)
            for a in self.ref.actors.mentions(sentence[: m.start()]):
                if a.actor.side in COUNTRY_NAME and a.actor.side not in sides:
                    sides.insert(0, a.actor.side)
            what = rx.sub(r"^the\s+", "", m.group("what"))
            if what == "treaty":
                body = " ".join(self.layout.paragraphs)
                longer = rx.findall(r"((?:[a-z-]+\s+){1,3})treaty", body)
                best = max((x.strip() for x in longer if x.strip() not in ("the", "a")), key=len, default="")
                words = [w for w in best.split() if w not in ("the", "a", "two", "an")]
                what = " ".join([*words, "treaty"])
            place = self.ref.gazetteer.lookup(m.group("place"))
            if d and len(sides) >= 2:
                who = " and ".join(COUNTRY_NAME[s] for s in sides[:2])
                region = place.admin1 if place and place.admin1 in gaz.regions else ""
                self._add_event(f"{who} sign {what}", d, place.name if place else "", region)

        if not self._read_strike(sentence, dates, when):
            self._read_hit(sentence, dates)
        self._read_taking(sentence, dates)
        self._read_prisoners(sentence, dates)
        self._read_declared(sentence, dates)
        m = rx.search(
            r"\b(?P<what>(?:[\w-]+\s+){0,3}?(?i:treaty|agreement|pact))\b[^.;]{0,160}?"
            r"\b(?:entered|enters|came|comes|went|goes)\s+into\s+(?:force|effect)\b",
            sentence,
        )
        if m:  # "the Treaty on ... Partnership ..., which entered into force on December 4, 2024"
            d = next((x for x in dates if x.start >= m.end() - 30 and x.precision == "day"), None)
            parties: list[str] = []
            for s in _SIDE_RE.finditer(sentence[m.start() : m.end()]):
                side = SIDE_WORDS[rx.sub(r"['’]s$", "", s.group(0))]
                if side in COUNTRY_NAME and side not in parties:
                    parties.append(side)
            if d is not None:
                who = "-".join(COUNTRY_NAME[x] for x in sorted(parties)[:2])
                self._add_event(
                    f"{who} treaty enters into force" if who else "Treaty enters into force", d, "", ""
                )

    def _read_taking(self, sentence: str, dates: list[DateMention]) -> None:
        """ "its troops had retaken the town of Sudzha", "the village of Gornal, was liberated",
        "Russian forces seized Plekhovo on December 6": a settlement the gazetteer knows changing
        hands, on a named day (the day after the place, else the day the sentence reports)."""
        gaz = self.ref.gazetteer
        for pm in gaz.mentions(sentence):
            place = gaz.resolve(pm, self.doc_region) or (pm.candidates[0] if pm.candidates else None)
            if place is None or place.kind not in ("town", "village", "city", "settlement", "khutor"):
                continue
            before = sentence[max(0, pm.start - 60) : pm.start]
            after = sentence[pm.end : pm.end + 90]
            active = rx.search(
                r"\b(?:retaken|retook|retake|recaptured|recapture|seized|seize|captured|liberated|liberate"
                r"|took\s+control\s+of|taken\s+control\s+of|regained\s+control\s+of|(?:re)?capture\s+of"
                r"|liberation\s+of)[\"”']?\s+(?:the\s+)?(?:(?:[\w-]+\s+)?(?:town|village|city|settlement)\s+of\s+)?$",
                before,  # (session 16) 'its troops had "liberated" Sudzha': the quoted verb too
            )
            passive = rx.match(
                r"(?:,[^,;]{0,70},|,)?\s+(?:had|has|have)?\s*(?:been|was|were)\s+(?:\w+\s+)?"
                r"(?:liberated|retaken|recaptured|taken|seized|captured)\b",
                after,
            )
            if not (active or passive):
                continue
            own = [
                d
                for d in dates
                if d.start >= pm.end and d.precision == "day" and d.kind in ("day", "numeric_day")
            ]
            told: list[DateMention] = []
            for d in dates:
                if d.start >= pm.start or d.kind not in (
                    "weekday",
                    "yesterday",
                    "today",
                    "day",
                    "numeric_day",
                    "same_day",
                ):
                    continue
                base = [x for x in told if x.end <= d.start]
                if d.kind == "same_day" and base:
                    # "On March 12, Putin visited ...; the next day ... Sudzha had been liberated"
                    shift = timedelta(days=1) if rx.search(r"(?i)next|following", d.text) else timedelta(0)
                    day = base[-1].first + shift
                    told.append(DateMention("day", d.start, d.end, day, day, "day", d.text))
                else:
                    told.append(self._same_day(d))
            told = [d for d in told if d.precision == "day"]
            on = own[0] if own else (told[-1] if told else None)  # the nearest day before the place
            if rx.search(r"(?i)\btoday\b", sentence) and on is None:
                on = DateMention("today", 0, 0, self.pub, self.pub, "day", "today")
            region = place.admin1 if place.admin1 in gaz.regions else ""
            if on is None:
                if not dates and _SAYING.search(sentence):
                    self.undated_events.append(
                        (sentence, f"Reported capture of {place.name}", place.name, region)
                    )
                continue
            self._add_event(f"Reported capture of {place.name}", on, place.name, region)

    def _day_of(
        self, sentence: str, dates: list[DateMention], at: int, end: int, spoken: bool, month: bool = False
    ) -> DateMention | None:
        """The named day of what sits at `at`..`end` in `sentence`: the first after it (within 60
        characters), else the last before it with no "that" or ";" between, never a day still to
        come. `spoken`: the happening is itself a statement (a declaration, a confirmation), so a
        day after a saying verb, or before its "that", dates it; otherwise "said on Friday" dates
        only the saying. `month`: a month ("last month", "in August") dates it too."""
        ok = [
            d
            for d in dates
            if (d.precision == "day" or (month and d.precision == "month"))
            and d.kind not in ("same_day", "unresolved")
            and (d.last if d.precision == "day" else d.first) <= self.pub  # "this month" is under way
            and (spoken or not _said_day(sentence, d))
        ]
        inside = [d for d in ok if at <= d.start and d.end <= end]  # "confirmed on Monday … that it had"
        if inside:
            return inside[0]
        after = [
            d
            for d in ok
            if end <= d.start <= end + 60
            and not rx.search(r"[;]", sentence[end : d.start])
            and not _SAYING.search(sentence, end, d.start)  # "…, the NIS said Wednesday": another statement
        ]
        if after:
            return after[0]
        cut = r"[;]" if spoken else r"[;]|\bthat\b"  # "told Putin on Saturday that the region …"
        before = [d for d in ok if d.end <= at and not rx.search(cut, sentence[d.end : at])]
        return before[-1] if before else None

    def _read_declared(self, sentence: str, dates: list[DateMention]) -> None:
        """Three happenings that are themselves statements, dated by the day the sentence gives:
        a leader's visit to a command post or headquarters ("Putin, in fatigues, visited a command
        post of the Kursk group of forces on Wednesday"), a region declared fully retaken ("the
        Kursk region had been completely 'liberated', naming the village of Gornal as the last
        settlement"), and a state confirming its own deployment for the first time ("North Korea
        confirmed on Monday that it had sent troops")."""
        gaz = self.ref.gazetteer
        kursk = "Kursk Oblast" if "Kursk Oblast" in gaz.regions else ""
        region = (
            kursk
            if rx.search(r"\bKursk\b", sentence)
            else (self.doc_region if self.doc_region == kursk else "")
        )
        m = _VISITED_POST.search(sentence)
        if m and region and not any(" visits " in e["title"] for e in self.events):
            d = self._day_of(sentence, dates, m.start(), m.end(), spoken=False)
            if d is not None:
                self._add_event(f"{m.group('name')} visits a {m.group('what')} in {region}", d, "", region)
        m = _DECLARED_RETAKEN.search(sentence)
        if m and rx.search(
            r"\bclaims?\s+(?:that\s+)?$|\b(?:rejected|denied|dismissed|disputed)\b", sentence[: m.start()]
        ):
            m = None  # "Ukraine on Sunday rejected Moscow's claim that the region had been retaken"
        if m and region:
            d = self._day_of(sentence, dates, m.start(), m.end(), spoken=True)
            if d is not None:
                self._add_event(f"Russia declares {region} fully retaken", d, self._last_settlement(), region)
            elif not dates:
                self.undated_events.append(
                    (sentence, f"Russia declares {region} fully retaken", self._last_settlement(), region)
                )
        m = _ENTERED_COMBAT.search(sentence)
        if m and not rx.search(r"\b(?:not|never|no\s+longer|yet\s+to|stopped)\b|n't\b", m.group(0)):
            d = self._day_of(sentence, dates, m.start(), m.end(), spoken=False, month=True)
            if d is not None:
                self._add_event("North Korean troops take part in combat", d, "", region)
        m = _CEREMONY.search(sentence)
        if m:
            d = self._day_of(sentence, dates, m.start(), m.end(), spoken=False, month=True)
            city = self._city_after(sentence, m.start(), m.end() + 60)
            if d is not None and city:
                self._add_event(f"State ceremony in {city}", d, city, "")
        m = _TALKS_IN.search(sentence)
        if m:
            d = self._day_of(sentence, dates, m.start(), m.end(), spoken=True)
            named = self.ref.gazetteer.lookup(m.group("city") or m.group("city2") or m.group("city3"))
            city = named.name if named is not None and named.kind in ("city", "capital") else ""
            host = m.group("host")
            title = f"Talks with {host} in {city}" if host else f"Talks in {city}"
            if d is not None and city:
                self._add_event(title, d, city, "")
            elif city and d is None and not dates:
                self.undated_events.append((sentence, title, city, ""))
        m = _CONFIRMED_DEPLOYMENT.search(sentence)
        if m:
            d = self._day_of(sentence, dates, m.start(), m.end(), spoken=True)
            if d is not None:
                self._add_event("North Korea confirms it sent troops to Russia", d, "Pyongyang", "")
            elif not dates:
                self.undated_events.append(
                    (sentence, "North Korea confirms it sent troops to Russia", "Pyongyang", "")
                )

    def _city_after(self, sentence: str, start: int, end: int) -> str:
        """The city the gazetteer knows, named with "in" between `start` and `end` ("a ceremony in
        Pyongyang"), or ""."""
        for m in rx.finditer(r"\bin\s+(?P<c>[A-Z][\w-]+)", sentence):
            if start <= m.start("c") <= end:
                place = self.ref.gazetteer.lookup(m.group("c"))  # capitals too (mentions() skips them)
                if place is not None and place.kind in ("city", "capital"):
                    return place.name
        return ""

    def _last_settlement(self) -> str:
        """The settlement the report names as the last one retaken ("naming the village of Gornal
        as the last settlement", "the last settlement held by Ukraine, Gornal, had been cleared"),
        wherever in the report it says so; "" if none or more than one."""
        gaz = self.ref.gazetteer
        body = "\n".join(self.layout.paragraphs)
        names = set()
        for pm in gaz.mentions(body):
            place = gaz.resolve(pm, self.doc_region)
            around = body[max(0, pm.start - 70) : pm.end + 70]
            if (
                place is not None
                and place.kind in ("town", "village", "settlement", "city")
                and rx.search(r"\blast\s+(?:[\w-]+\s+)?(?:settlement|village|town)\b", around)
            ):
                names.add(place.name)
        return names.pop() if len(names) == 1 else ""

    def _read_incursion(self, sentence: str, dates: list[DateMention]) -> None:
        """ "Ukrainian troops crossed the border near Sudzha on the night of Aug. 5-6", "The Kursk
        operation began on August 6, 2024", "the operation in Kursk, which started on 6 August":
        the start of Ukraine's cross-border operation, on the day (or night) the clause gives it,
        at the settlement it names ("near Sudzha"), if any. A month alone ("the August 2024
        incursion") is background, not news. Needs Ukraine as the actor and Kursk (or a report
        about it) as the target; "since the operation began" without a date dates nothing."""
        starts = list(_INCURSION_START.finditer(sentence))
        if not starts:
            return
        if not rx.search(r"Ukrain|Kyiv|\bour\s+(?:warriors|troops|forces|soldiers)\b", sentence) or rx.search(
            r"\bRussia(?:['’]s|n)\s+(?:(?:summer|autumn|winter|spring|counter-?)\s*)?offensive\b", sentence
        ):
            return
        gaz = self.ref.gazetteer
        kursk = "Kursk Oblast" if "Kursk Oblast" in gaz.regions else ""
        place, region = "", ""
        for pm in gaz.mentions(sentence):
            if rx.search(
                r"\b(?:near|at|around|through)\s+(?:the\s+(?:town|village)\s+of\s+)?$", sentence[: pm.start]
            ):
                found = gaz.resolve(pm, kursk)
                if found is not None and found.kind in ("town", "village", "city", "settlement"):
                    place, region = found.name, found.admin1
                    break
        if rx.search(r"\bKursk\b", sentence) or self.doc_region == kursk:
            region = region or kursk
        if not region or region != kursk:
            return
        days = [d for d in dates if d.kind in ("day", "night", "range", "numeric_day")]
        for start in starts:
            d = self._day_of(sentence, days, start.start(), start.end(), spoken=False)
            if d is not None:
                self._add_event("Ukrainian incursion into Kursk region begins", d, place, region)
                return

    def _read_prisoners(self, sentence: str, dates: list[DateMention]) -> None:
        """ "the two wounded soldiers had been captured on Jan. 9 in the Kursk region", "one North
        Korean soldier was captured alive in Kursk on 26 December": soldiers taken prisoner on a
        named day. The day must belong to the capture, not to the statement that reports it ("…
        captured two soldiers, Zelensky said on Saturday" dates nothing): no saying verb between
        the two, and a day before the verb only when it opens the clause ("On Jan. 9, Ukrainian
        forces captured …"). Soldiers named Russian or Ukrainian only are not this case's news."""
        for v in _CAPTURED.finditer(sentence):
            before = sentence[max(0, v.start() - 70) : v.start()]
            if rx.search(r"\b(?:be|being|get)\s+$", before):
                continue  # "rather than be captured", "to avoid being captured": never happened
            after = sentence[v.end() : v.end() + 60]
            passive = rx.search(
                r"(?:"
                + _CAPTIVES
                + r"|\bthe\s+(?:two|pair)\b)[^.;]{0,40}?(?:\b(?:was|were|been|being))?\s*$",
                before,
            )
            active = rx.match(r"\s+(?:[\w-]+\s+){0,4}?" + _CAPTIVES, after)
            who = passive or active
            if who is None:
                continue
            near = sentence[max(0, v.start() - 90) : v.end() + 60]
            if not rx.search(r"North\s+Korean|DPRK|Pyongyang", near) and rx.search(
                r"\b(?:Russian|Ukrainian)\s+(?:[\w-]+\s+)?" + _CAPTIVES, near
            ):
                continue
            day = None
            for d in dates:
                if d.precision != "day" or d.first > self.pub:
                    continue
                if d.start >= v.end() and d.start - v.end() <= 60:
                    gap = sentence[v.end() : d.start]
                elif d.end <= v.start() and rx.match(r"\s*(?:[-–—•]\s*)?(?:On|on)?\s*$", sentence[: d.start]):
                    gap = sentence[d.end : v.start()]  # "On Jan. 9, Ukrainian forces captured …"
                else:
                    continue
                if not _SAYING.search(gap) and not rx.search(r"[;:]|\bthat\b", gap):
                    day = d
                    break
            if day is None:
                continue
            told = self.last_capture
            if (
                passive is not None
                and told is not None
                and 1 <= self.sentence_no - told[0] <= 2
                and told[1].period_spec is None
                and not told[1].dropped
                and rx.search(
                    r"(?i)\b(?:the|that|this|both|these|those)\s+(?:[\w-]+\s+){0,2}$",
                    before[: passive.start()],
                )
                # (told by the counter, not by another body: "On Sunday the NIS said … the two were
                # taken on Jan. 9" is the NIS's account, not the day of Zelensky's announcement)
                and all(m.actor == told[1].claimant for m in self._mentions(sentence))
            ):
                # (round 68) "… said a North Korean soldier captured alive had died. The soldier was
                # taken prisoner … on Thursday": the capture just counted happened on that day
                told[1].period_spec = PeriodSpec("day", day.first, day.last)
            if any(e["date_start"] == iso(day.first) and "captured" in e["title"] for e in self.events):
                return  # one capture a day: the report's later sentences retell it
            gaz = self.ref.gazetteer
            region = ""
            for pm in gaz.mentions(sentence):
                place = gaz.resolve(pm, self.doc_region)
                if place is not None and place.admin1 in gaz.regions:
                    region = place.admin1
                    break
            if not region and rx.search(r"\bKursk\b", sentence) and "Kursk Oblast" in gaz.regions:
                region = "Kursk Oblast"
            count = rx.search(r"\b((?i:one|two|three|four|five)|\d+)\s+(?:[\w-]+\s+){0,3}?" + _CAPTIVES, near)
            n = (
                count.group(1).capitalize() + " "
                if count and count.group(1).lower() not in ("one", "1")
                else ""
            )
            plural = bool(n) or bool(
                rx.search(r"\b(?:soldiers|troops|prisoners|servicemen|fighters)\b", who.group(0))
            )
            what = "North Korean soldier" + ("s" if plural else "")
            title = f"{n}{what} captured" + (f" in {region}" if region else "")
            self._add_event(title, day, "", region)
            return

    def _read_strike(
        self, sentence: str, dates: list[DateMention], when: Callable[[int], DateMention | None]
    ) -> bool:
        """ "a Ukrainian missile strike on the command post ... in Rylsk on Jan. 31": an attack,
        at a place the gazetteer knows, on a named day (never "last week")."""
        m = rx.search(
            r"\b(?:(?:an?|the)\s+)?(?P<who>Ukrainian|Russian|North\s+Korean)?\s*(?P<how>(?:missile|drone"
            r"|air|artillery|rocket|HIMARS|ATACMS|Storm\s+Shadow)\s+)?(?P<noun>strike|attack|raid|shelling"
            r"|bombing|assault|clashes|fighting|battle|firefight)(?:\s+(?:on|against|at|of|between)\s+"
            # (a month's abbreviation keeps its full stop: "on Friday, Jan. 31, on a command post")
            r"(?:[^.;]|\.(?=\s+\d)){0,120}?)?(?=\s+(?:in|near|at|around)\s)",
            sentence,
        )
        if not m:
            return False
        gaz = self.ref.gazetteer
        tail = sentence[m.end() : m.end() + 200]
        pm = next(
            (
                p
                for p in gaz.mentions(sentence)
                if p.start >= m.end()
                and rx.search(r"\b(?:in|near|at|around)\s+(?:the\s+\w+\s+of\s+)?$", sentence[: p.start])
            ),
            None,
        )
        if pm is None or len(tail) == 0:
            return False
        d = when(pm.end)
        if d is None or d.precision != "day" or d.start - pm.end > 12:
            # (round 35) "a missile strike on Friday, Jan. 31, on a command post in Rylsk": the day
            # right after the attack's noun dates it too
            d = next(
                (
                    x
                    for x in dates
                    if x.precision == "day"
                    and x.first == x.last
                    and m.group("noun") in ("strike", "attack", "raid", "bombing", "shelling")
                    and m.end("noun") < x.start < pm.start
                    and rx.fullmatch(r"\s+(?:on\s+)?", sentence[m.end("noun") : x.start])
                ),
                None,
            )
        if d is None:
            return False  # the date must follow the place ("in Rylsk on Jan. 31") or the attack
        place = gaz.resolve(pm, self.doc_region)
        if place is None:
            return False
        noun = m.group("noun")
        title = " ".join(x for x in (m.group("who"), (m.group("how") or "").strip(), noun) if x)
        prep = rx.search(r"\b(in|near|at|around)\s+(?:the\s+\w+\s+of\s+)?$", sentence[: pm.start])
        where = prep.group(1) if prep else "in"
        self._add_event(f"{title[:1].upper()}{title[1:]} {where} {place.name}", d, place.name, place.admin1)
        return True

    def _read_hit(self, sentence: str, dates: list[DateMention]) -> None:
        """ "Storm Shadow missiles hit a command post at Maryino … on Wednesday", "a Ukrainian
        missile strike on Friday on a command post in the town of Rylsk", "Ukraine struck the
        command post … in Rylsk on January 31": a strike on a settlement the gazetteer knows, dated
        by a named day in the same clause that is not the day someone spoke of it ("claimed on 24
        November that … a strike near Maryino on 20 November" is the 20th)."""
        m = _HIT.search(sentence)
        if not m:
            return
        gaz = self.ref.gazetteer
        pm = next(
            (
                p
                for p in gaz.mentions(sentence)
                if m.end() <= p.start <= m.end() + 120
                and rx.search(
                    r"\b(?:in|near|at|around)\s+(?:the\s+(?:[\w-]+\s+){1,2}of\s+)?$", sentence[: p.start]
                )
                and not rx.search(r"[.;]", sentence[m.end() : p.start])
            ),
            None,
        )
        if pm is None:
            return
        place = gaz.resolve(pm, self.doc_region)
        if place is None or place.kind not in ("town", "village", "city", "settlement", "khutor"):
            return
        lo, hi = max(0, m.start() - 45), pm.end + 45
        days = [
            d
            for d in dates
            if d.precision == "day"
            and d.first <= self.pub
            and lo <= d.start < hi
            and not _said_day(sentence, d)
            and not rx.search(r"[;]|\bthat\b", sentence[min(d.end, m.start()) : max(d.start, m.start())])
        ]
        if not days:
            return
        after = [d for d in days if d.start >= pm.end]
        d = after[0] if after else days[-1]
        if any(e["date_start"] == iso(d.first) and e["place"] == place.name for e in self.events):
            return
        who = m.group("who") or ""
        how = (m.group("how") or "").replace("Storm Shadows", "Storm Shadow")
        title = " ".join(x for x in (who, how, "strike") if x)
        self._add_event(f"{title[:1].upper()}{title[1:]} on {place.name}", d, place.name, place.admin1)

    def _add_event(self, title: str, d: DateMention, place: str, region: str) -> None:
        """Keep one event per title (the most precise date wins) and per named place and day (two
        sentences telling one happening in other words). A report with no date of its own dates an
        event only by a date with its year: "last month" or "on June 17" would be counted from the
        day of reading."""
        if self.layout.published is None and not rx.search(r"\b(?:19|20)\d\d\b", d.text):
            return
        if place and any(
            old["title"] != title
            and (old["date_start"], old["date_end"], old["place"]) == (iso(d.first), iso(d.last), place)
            for old in self.events
        ):
            return
        ev = {
            "title": title,
            "date_start": iso(d.first),
            "date_end": iso(d.last),
            "date_precision": d.precision,
            "place": place,
            "region": region,
        }
        rank = {"day": 0, "month": 1, "year": 2}
        for i, old in enumerate(self.events):
            if old["title"] == title:
                if rank[d.precision] < rank.get(old["date_precision"], 3):
                    self.events[i] = ev
                return
        self.events.append(ev)

    # ----------------------------------------------------------------- finishing
    def _intelligence_arm(self, body: Actor) -> Actor | None:
        """The one intelligence body the actors file places under `body` (the UK Ministry of
        Defence's Defence Intelligence), if the body is not a state and has exactly one."""
        if body.kind == "state":
            return None
        arms = [
            a for a in self.ref.actors.by_name.values() if a.parent == body.name and a.kind == "intelligence"
        ]
        return arms[0] if len(arms) == 1 else None

    def _credit_intelligence_updates(self) -> None:
        """A body's figure the report places in an intelligence update ("the ministry published
        the assessment in its intelligence update on X", "Latest Defence Intelligence update")
        is its intelligence arm's claim (the fact sheet credits the UK MoD's updates to Defence
        Intelligence): the update named in the figure's sentence or up to three sentences away."""
        british: bool | None = None
        for d in self.drafts:
            near = " ".join(self.sent_log.get(n, "") for n in range(d.sentence_no - 3, d.sentence_no + 4))
            if d.claimant.kind == NEW_ACTOR and _BARE_DEFENCE_MINISTRY.fullmatch(d.claimant.name):
                # "The Ministry of Defence said … in its regular intelligence update" in a report
                # that names Britain and no other country's defence ministry: the UK's (the
                # intelligence updates are its series)
                if british is None:
                    every = " ".join(self.sent_log.values())
                    british = bool(_BRITISH.search(every)) and not _OTHER_DEFENCE_MINISTRY.search(every)
                uk = self.ref.actors.by_name.get("UK Ministry of Defence")
                if british and uk is not None and INTELLIGENCE_UPDATE.search(near):
                    d.claimant = uk
                ru = self.ref.actors.by_name.get("Russian Ministry of Defense")
                if (
                    d.claimant.kind == NEW_ACTOR
                    and ru is not None
                    and d.figure is not None
                    and d.metric in ("killed", "wounded", "killed_or_wounded", "captured", "missing")
                    and d.subject == FORCES.get("Ukraine")
                ):
                    # "on 2 December the Ministry of Defence stated that Ukrainian losses … had
                    # exceeded 37,355": a defence ministry counting Ukraine's losses is Russia's
                    d.claimant = ru
            arm = self._intelligence_arm(d.claimant)
            if arm is None:
                continue
            here = self.sent_log.get(d.sentence_no, "")
            if INTELLIGENCE_UPDATE.search(near) or _UPDATE_HERE.search(here) or _ARM_SAYS.search(here):
                # (or "said in an update on X that …": the body's regular update, its arm's)
                d.claimant = arm
        for d in self.drafts:
            arm = self._intelligence_arm(d.claimant)
            if arm is None or d.figure is None or d.dropped:
                continue
            twin = next(
                (
                    x
                    for x in self.drafts
                    if x.claimant.name == arm.name
                    and not x.dropped
                    and x.figure is not None
                    and x.metric == d.metric
                    and x.figure.numbers == d.figure.numbers
                    and x.figure.qualifier == d.figure.qualifier
                ),
                None,
            )
            if twin is not None:
                # "…, as Britain's Ministry of Defence put casualties at more than 5,000" in the lead
                # and "in its intelligence update, the ministry said … more than 5,000" further down:
                # one figure, its arm's (dated by the arm's, when the lead gives no day)
                d.claimant = arm
                if d.stated is None:
                    d.stated, d.precision = twin.stated, twin.precision

    def _state_to_body(self) -> None:
        """A figure credited to a state ("Seoul says 100 … dead", "Seoul, whose last estimate,
        given to lawmakers, was about 300 killed") is a body's: the state's own bodies speak for
        it. Where a body of that side gives the same number in the report (whatever the word or
        the qualifier: a headline's "4,000 died" for the JCS's "around 4,000 casualties"), the
        state's copy is that claim, loosely retold, and goes; else, where the report names exactly
        one body of that side, a count of losses is that body's."""
        for d in self.drafts:
            if d.dropped or d.figure is None or d.claimant.kind != "state":
                continue
            side = d.claimant.side
            if any(
                x is not d
                and not x.dropped
                and x.figure is not None
                and x.claimant.kind not in ("state", NEW_ACTOR)
                and x.claimant.side == side
                and x.figure.numbers & d.figure.numbers
                for x in self.drafts
            ):
                d.dropped = True
                continue
            speakers = [x.claimant for x in self.drafts if not x.dropped] + [
                r.responder for r in self.responses
            ]
            speakers += self.history  # (and the bodies the report names)
            bodies = {a.name: a for a in speakers if a.side == side and a.kind in _SPEAKING_BODIES}
            if len(bodies) == 1 and d.claim_type in FLOW_TYPES:
                # (a count of losses is always some body's estimate; a force "sent, according to
                # Seoul" may stand as the government's own position)
                d.claimant = next(iter(bodies.values()))

    def _under(self, actor: Actor, body: Actor) -> bool:
        """Whether `actor` belongs to `body` by the actors file's parent chain (up to three steps)."""
        seen = actor
        for _ in range(3):
            if not seen.parent:
                return False
            if seen.parent == body.name:
                return True
            nxt = self.ref.actors.by_name.get(seen.parent)
            if nxt is None:
                return False
            seen = nxt
        return False

    def _titled_official(self, clause: str, mentions: list[Mention], body: Mention) -> Mention | None:
        """The official of `body` named right after it with only a post between ("Ukraine's military
        intelligence chief Kyrylo Budanov", "the Pentagon's press secretary Pat Ryder"): the body
        names the person's post, and the person is the one speaking."""
        return next(
            (
                m
                for m in mentions
                if m.start > body.end
                and m.actor.kind == "official"
                and self._part_of(m.actor, body.actor)
                and _BODY_TITLE_GAP.fullmatch(clause[body.end : m.start])
            ),
            None,
        )

    def _part_of(self, actor: Actor, body: Actor) -> bool:
        """Whether `actor` belongs to `body`: by the actors file, or, for a body the file does not
        know ("the White House"), by its name inside the actor's parent's name."""
        if body.kind == NEW_ACTOR:
            name = body.name.lower()
            return len(name) >= 5 and name in actor.parent.lower()
        return self._under(actor, body)

    def _credit_named_voice(self) -> None:
        """A state's or a body's figure goes to the one known official of it who, in the same
        sentence after the figure or in the next two, is said to have spoken: "North Korea has
        between 11,000 and 12,000 soldiers in Russia, the Pentagon said Monday. Maj. Gen. Pat Ryder,
        the Pentagon press secretary, told a press briefing …", "The United States estimates … .
        This was stated by Pentagon Press Secretary Pat Ryder", "Moscow claimed … more than 76,000 –
        a figure Chief of the General Staff Valery Gerasimov gave" (the analysts credit the person)."""
        for d in self.drafts:
            if d.figure is None or d.claimant.kind not in ("state", "state_body", NEW_ACTOR):
                continue
            at = d.quote.find(d.figure.text)
            texts = [(d.quote[at + len(d.figure.text) :] if at >= 0 else "", True)]
            texts += [(self.sent_log.get(d.sentence_no + k, ""), False) for k in (1, 2)]
            body_said = _BODY_SAID_END.search(d.quote) is not None
            voices: set[str] = set()
            for k, (text, same) in enumerate(texts):
                if same and not _FIGURE_WORD.search(text) and not _TRAILING_CLAUSE.search(text):
                    continue  # no "a figure X gave", no "…, press secretary X told a briefing" after it
                if not same and self._counts_in(text, bounded=True):
                    continue  # a figure of its own
                opener = k == 1 and body_said  # "…, the White House said Friday. Spokesman X told"
                briefed = (
                    k == 1
                    # (a next sentence with a claim of its own: the official speaks for that one)
                    and not any(x.sentence_no == d.sentence_no + 1 for x in self.drafts)
                    and any(
                        m.actor.kind == "official"
                        and _TITLE_OPENER.match(text[: m.start]) is not None
                        and _BRIEFED.match(text, m.end) is not None
                        for m in self._mentions(text)
                    )
                )
                if not same and not opener and not briefed and not _BACK_TO_FIGURE.search(text):
                    continue  # not about the figure before
                for m in self._mentions(text):
                    trailing = (
                        same
                        and _TRAILING_TITLE.search(text[: m.start]) is not None
                        and _TRAILING_VOICE_END.fullmatch(text[m.end :]) is not None
                    )
                    if (
                        m.actor.kind == "official"
                        and self._part_of(m.actor, d.claimant)
                        and (
                            _VOICE_AFTER.match(text[m.end :]) or _STATED_BY.match(text[: m.start]) or trailing
                        )
                        and (
                            not same
                            or trailing
                            or _FIGURE_WORD_BEFORE.search(text[: m.start])
                            # "the Pentagon spoke of "several hundred"; Pat Ryder gave that figure"
                            or _GAVE_THAT_FIGURE.match(text, m.end)
                        )
                        and (
                            same
                            or (d.claimant.kind != NEW_ACTOR and _BACK_TO_FIGURE.search(text) is not None)
                            or _TITLE_OPENER.match(text[: m.start]) is not None
                        )
                    ):
                        voices.add(m.actor.name)
            if len(voices) == 1:
                d.claimant = self.ref.actors.by_name[voices.pop()]

    def _credit_quoted_figure(self) -> None:
        """A body's figure that a later sentence puts, as a bare quote, in the mouth of one of its
        officials is that official's: "… about a thousand killed or wounded, the White House said
        Friday. … 'A thousand,' Kirby said when asked for a figure" (round 30: the claimant is the
        one the text gives the figure to)."""
        for d in self.drafts:
            if d.figure is None or d.claimant.kind not in ("state", "state_body", NEW_ACTOR):
                continue
            for k in range(1, 5):
                sent = self.sent_log.get(d.sentence_no + k)
                if sent is None:
                    break
                quoted = _QUOTED_FIGURE.match(sent)
                if quoted is None:
                    continue
                figures = find_figures(quoted.group("q"))
                if len(figures) != 1 or figures[0].numbers != d.figure.numbers:
                    continue
                rest = sent[quoted.end() :]
                who = next(iter(self._mentions(rest)), None)
                if (
                    who is not None
                    and who.start == 0
                    and who.actor.kind == "official"
                    and self._part_of(who.actor, d.claimant)
                    and _VOICE_AFTER.match(rest[who.end :])
                ):
                    d.claimant = who.actor
                break

    def _short_name_to_full(self) -> None:
        """A claimant named only by a shorter form of a body the report names in full is that body:
        "the Service told the committee" after "the National Intelligence Service"; "Defence
        Intelligence said" on a page sourced to "Defence Intelligence of Ukraine" (not the UK's)."""
        surfaces: dict[str, set[str]] = {}
        actors: dict[str, Actor] = {}
        for sent in self.sent_log.values():
            for m in self._mentions(sent):
                surfaces.setdefault(m.actor.name, set()).add(_bare_surface(m.text))
                actors[m.actor.name] = m.actor
        full: dict[str, Actor | None] = {}
        for d in self.drafts:
            name = d.claimant.name
            if name not in full:
                own = {_bare_surface(name)} if d.claimant.kind == NEW_ACTOR else surfaces.get(name, set())
                fuller = (
                    {
                        other
                        for other, texts in surfaces.items()
                        if other != name
                        and all(
                            any(
                                len(t) > len(o) and o in t and rx.search(rf"\b{re.escape(o)}\b", t)
                                for t in texts
                            )
                            for o in own
                        )
                    }
                    if own and all(own)
                    else set()
                )
                full[name] = actors[fuller.pop()] if len(fuller) == 1 else None
            better = full[name]
            if better is not None:
                d.claimant = better

    def _finish(self) -> None:
        # A response reported before the claim it answers ("Ukraine rejected Moscow's claim
        # that ..." in the lead) answers the later claims of the other side on its topic.
        for r in self.responses:
            if r.targets:
                continue
            later = [
                d
                for d in self.drafts
                if d.factual
                and d.claimant.side != r.responder.side
                and (
                    not r.topic
                    or d.claim_type == r.topic
                    or (r.topic == "casualties" and d.claim_type in FLOW_TYPES)
                )
            ]
            r.targets = later
            if r.stance in ("denied", "disputed"):
                for d in later:
                    d.stance = d.stance or r.stance
        self._credit_named_voice()
        self._credit_quoted_figure()
        self._short_name_to_full()
        live: list[Draft] = []
        for d in self.drafts:
            # A lead that restates a later, more precise attribution is the outlet's summary.
            for lead in [
                x
                for x in live
                if (
                    (x.zone == "lead" and d.zone in ("body", "headline"))
                    # a bullet's headline, restated in its own item
                    or (x.zone == "headline" and d.zone != "headline" and x.para == d.para)
                )
                and not x.dropped
                and x.sentence_no != d.sentence_no
            ]:
                distinct = (
                    # "Zelensky said 38,000 …" led, "Syrskyi had said 38,000 …" later: two named
                    # speakers of one side, each with his own claim
                    lead.explicit
                    and d.explicit
                    and NEW_ACTOR not in (lead.claimant.kind, d.claimant.kind)
                    and "state" not in (lead.claimant.kind, d.claimant.kind)
                    and lead.claimant.name != d.claimant.name
                    and lead.claimant.name != d.claimant.parent
                    and d.claimant.name != lead.claimant.parent
                    # (round 27) "…, a senior Russian official said Tuesday" led, "Sergei Shoigu …
                    # said" later: an unnamed group of one side, then the named one of it
                    and not (lead.claimant.kind == "group" and lead.claimant.side == d.claimant.side)
                )
                # (round 35) "Russia's top general said … Kursk had been liberated" led, "Chief of
                # the General Staff Valery Gerasimov told Putin … Gornal was the last settlement
                # retaken" later: the same figure-less claim, its speaker named in the body
                figureless_same = (
                    lead.figure is None
                    and d.figure is None
                    and lead.metric == d.metric
                    and lead.subject == d.subject
                    and lead.claimant.kind in ("state", "group")
                    and d.claimant.kind == "official"
                    and lead.claimant.side == d.claimant.side
                    and lead.zone == "lead"
                )
                if figureless_same:
                    lead.dropped = True
                    if not d.own_date and lead.stated:
                        d.stated, d.precision, d.own_date = lead.stated, lead.precision, True
                    d.places += [p for p in lead.places if p not in d.places]
                    d.channel = d.channel or lead.channel
                    continue
                same = (
                    not distinct
                    and lead.metric == d.metric
                    # (a lead whose subject went unread, "another 2,700 have been wounded", is the
                    # body's "About 300 North Korean soldiers … killed and 2,700 wounded" too)
                    and (lead.subject == d.subject or not d.subject or not lead.subject)
                    and lead.figure is not None
                    and d.figure is not None
                    and lead.figure.numbers == d.figure.numbers
                    and (
                        lead.claimant.side == d.claimant.side
                        or NEW_ACTOR in (lead.claimant.kind, d.claimant.kind)
                    )
                )
                if same:
                    lead.dropped = True
                    if d.figure is not None and d.figure.qualifier == "exact" and lead.figure is not None:
                        d.figure = lead.figure  # "about 1,100" in the lead, a bare "1,100" quoted later
                    d.subject = d.subject or lead.subject
                    if (
                        d.claimant.kind == NEW_ACTOR
                        or (lead.claimant.name == d.claimant.parent and d.claimant.kind != "official")
                        or (d.claimant.name == lead.claimant.parent)
                    ):
                        # the name the report leads with (or knows); a body and its part (the UK
                        # MoD and its Defence Intelligence) named for one figure are one claimant
                        d.claimant = lead.claimant
                    d.places += [p for p in lead.places if p not in d.places]
                    if lead.zone == "headline":
                        # a bullet's headline sums up the item: the item's sentence says when and
                        # over what span
                        continue
                    if d.period_spec is None and lead.period_spec is not None and not d.own_date:
                        # "nearly 1,000 wounded … this month" led, '"The injured are approaching
                        # 1,000," Lee quoted the agency as saying': the lead's span is the claim's
                        d.period_spec = lead.period_spec
                    if not d.own_date and lead.stated:
                        d.stated, d.precision, d.own_date = lead.stated, lead.precision, True
                    d.channel = d.channel or lead.channel
                    d.batch = d.batch or lead.batch  # "will send 1,000 sappers" led, quoted later
            prev = next((x for x in reversed(live) if not x.dropped), None)
            if (
                prev is not None
                and prev.claimant.name != d.claimant.name
                and prev.claimant.name == d.claimant.parent
                and prev.sentence_no != d.sentence_no
                and not d.own_date
                and prev.stated
            ):
                # "The Pentagon said on Monday ... Pentagon spokeswoman X told a news briefing":
                # the body's own official, next, speaks on the occasion the body was dated by
                d.stated, d.precision = prev.stated, prev.precision
            if (
                prev is not None
                and prev.claimant.name == d.claimant.name
                and prev.sentence_no != d.sentence_no
            ):
                if not d.explicit and prev.channel:
                    d.channel = prev.channel  # "The statement further claimed": same channel
                if not d.own_date and prev.stated:
                    d.stated, d.precision = prev.stated, prev.precision
                    d.channel = d.channel or prev.channel
                    if (
                        d.figure is not None
                        and d.period_spec is None
                        and d.claim_type in FLOW_TYPES
                        and not d.running_total
                        and prev.claim_type in FLOW_TYPES  # a deployment's months are not losses
                        and prev.period_spec is not None
                    ):
                        d.period_spec = prev.period_spec
            live.append(d)
        for d in self.drafts:
            # A lead's undated "X has said" is the occasion the body dates for X.
            if d.zone == "lead" and d.stated is None and d.claimant.name in self.occasions:
                when = self.occasions[d.claimant.name]
                d.stated, d.precision = when.first, when.precision
            elif d.stated is None and d.sentence_no in self.lead_news and self.layout.published is not None:
                d.stated, d.precision = self.layout.published.date(), "day"
        news = {
            d.claimant.name: d
            for d in self.drafts
            if d.sentence_no in self.lead_news and d.stated is not None
        }
        for d in self.drafts:
            lead_draft = news.get(d.claimant.name)
            if (
                lead_draft is not None
                and d.stated is None
                and d.figure is not None
                and not d.dropped
                and d.sentence_no > lead_draft.sentence_no
                and not own_date_carry_blocked(d.quote)
            ):
                # "X reported to Y during a videoconference … . According to the general, the
                # enemy's losses amounted to …": the lead's speaker, still on the report's occasion
                d.stated, d.precision = lead_draft.stated, lead_draft.precision
        for d in self.drafts:
            if d.stated is not None or d.figure is None or d.dropped:
                continue
            # One figure from one claimant, repeated undated ("According to the NIS, ... some 600
            # were killed"), is the claim the report dated: the same claim, not a second one.
            twin = next(
                (
                    x
                    for x in self.drafts
                    if x is not d
                    and not x.dropped
                    and x.stated is not None
                    and x.figure is not None
                    and x.claimant.name == d.claimant.name
                    and x.metric == d.metric
                    and x.subject == d.subject
                    and x.figure.numbers == d.figure.numbers
                ),
                None,
            )
            if twin is not None:
                d.stated, d.precision = twin.stated, twin.precision
                for part in self.drafts:  # the other figures of that sentence: the same occasion
                    if (
                        part.sentence_no == d.sentence_no
                        and part.stated is None
                        and part.claimant == d.claimant
                    ):
                        part.stated, part.precision = twin.stated, twin.precision
        for d in self.drafts:
            # "the White House said" and "White House spokesman John Kirby told reporters" for
            # one figure: one claim, the official's, dated and spanned by whichever says more
            # (round 27: a known body too, "…, the Pentagon said Monday" and "Deputy Pentagon press
            # secretary Sabrina Singh … 'around 10,000,' Singh said": one claim, hers)
            if d.dropped or d.figure is None or d.claimant.kind not in (NEW_ACTOR, "state_body"):
                continue
            body = d.claimant.name.lower()
            official = next(
                (
                    x
                    for x in self.drafts
                    if x is not d
                    and not x.dropped
                    and x.figure is not None
                    and x.claimant.kind == "official"
                    and len(body) >= 5
                    and (
                        x.claimant.parent == d.claimant.name
                        if d.claimant.kind == "state_body"
                        else body in x.claimant.parent.lower()
                    )
                    and x.metric == d.metric
                    and x.figure.numbers == d.figure.numbers
                    and (d.claimant.kind == NEW_ACTOR or x.figure.qualifier == d.figure.qualifier)
                ),
                None,
            )
            if official is None:
                continue
            d.dropped = True
            if official.stated is None and d.stated is not None:
                official.stated, official.precision, official.own_date = d.stated, d.precision, d.own_date
            if official.period_spec is None and d.period_spec is not None:
                official.period_spec = d.period_spec
            official.batch = official.batch or d.batch
            official.subject = official.subject or d.subject
            official.places += [p for p in d.places if p not in official.places]
        for d in self.drafts:
            # (round 36) "Pentagon: North Korea has sent around 10,000 soldiers …. Pentagon press
            # secretary Sabrina Singh at the regular briefing: …": a body's figure, and the next
            # sentence of the item opens on the official of that body who gave it (and counts
            # nothing itself): the official's claim
            if d.dropped or d.figure is None or d.claimant.kind != "state_body" or d.para < 0:
                continue
            at = d.quote.find(d.figure.text)
            giver = next(
                (
                    m
                    for m in self._mentions(d.quote)
                    if m.actor.kind == "official"
                    and m.actor.parent == d.claimant.name
                    and 0 <= m.end < at
                    and rx.search(
                        r"\b(?:when|as|after)\s+(?:its\s+|the\s+)?(?:[\w.'’-]+\s+){0,3}$", d.quote[: m.start]
                    )
                    and rx.match(r"\s+(?:put|said|told|gave|estimated|announced)\b", d.quote[m.end :])
                ),
                None,
            )
            if giver is not None:
                # "… the number the Pentagon gave on Monday, when spokesman Pat Ryder put the total
                # at between 11,000 and 12,000": the body's official who gave it, in the same breath
                d.claimant = giver.actor
                continue
            nxt = self.sent_log.get(d.sentence_no + 1, "")
            if (
                not nxt
                or nxt not in self.layout.paragraphs[d.para]
                or any(x.sentence_no == d.sentence_no + 1 and x.figure is not None for x in self.drafts)
            ):
                continue
            opener = next(
                (
                    m
                    for m in self._mentions(nxt)
                    if m.actor.kind == "official" and m.actor.parent == d.claimant.name
                ),
                None,
            )
            if (
                opener is not None
                # (only the body and the post before the name: "Pentagon press secretary …")
                and rx.fullmatch(r"(?:[\w.'’-]+\s+){0,5}", nxt[: opener.start])
                and rx.match(r"\s*(?:,\s*)?(?:at|in|during|told|said|speaking)\b", nxt[opener.end :])
            ):
                d.claimant = opener.actor
        for d in self.drafts:
            # "days after Britain estimated that casualties had passed 6,000 … Britain's Defence
            # Intelligence said more than 6,000": one figure credited loosely to a country (a state,
            # or a one-word name the actors file does not know) and exactly to a body of the same
            # side elsewhere in the report is the body's claim, said once
            loose = d.claimant.kind == "state" or (
                d.claimant.kind == NEW_ACTOR and rx.fullmatch(r"[A-Z][a-z]+", d.claimant.name) is not None
            )
            if d.dropped or d.figure is None or not loose:
                continue
            if any(
                x is not d
                and not x.dropped
                and x.figure is not None
                and x.claimant.kind not in ("state", NEW_ACTOR)
                and x.claimant.side == d.claimant.side
                and x.metric == d.metric
                and (x.figure.low, x.figure.high, x.figure.qualifier)
                == (d.figure.low, d.figure.high, d.figure.qualifier)
                for x in self.drafts
            ):
                d.dropped = True
        self._state_to_body()
        for d in self.drafts:
            # "Ukraine's armed forces have lost over 37,355 servicemen, the ministry said" led,
            # "the enemy has lost over 37,355" quoted later: one claimant's one figure, said
            # once; the copy whose subject went unread is the same claim, not a second one
            if d.dropped or d.figure is None or d.subject:
                continue
            if any(
                x is not d
                and not x.dropped
                and x.figure is not None
                and x.subject
                and x.claimant.name == d.claimant.name
                and x.metric == d.metric
                and d.stated in (None, x.stated)
                and x.figure.numbers == d.figure.numbers
                and x.figure.qualifier == d.figure.qualifier
                for x in self.drafts
            ):
                d.dropped = True
        for d in self.drafts:
            d.period = self._resolve_period(d)
        for d in self.drafts:
            if d.dropped or d.period is not None or d.figure is None:
                continue
            # A summary restating one figure without its span ("said a soldier captured ... had
            # died" above the entry that says "on Thursday") is that claim, not a second one.
            if any(
                x is not d
                and not x.dropped
                and x.period is not None
                and x.figure is not None
                and x.claimant.name == d.claimant.name
                and x.metric == d.metric
                and x.subject == d.subject
                and d.stated in (None, x.stated)
                and x.figure.numbers == d.figure.numbers
                and x.figure.qualifier == d.figure.qualifier
                for x in self.drafts
            ):
                d.dropped = True
        if self.layout.published is not None:
            day = self.layout.published.date()
            for d in self.drafts:
                if d.stated is not None or d.dropped:
                    continue
                # "X had put the dead at about 600 in April": the month the figure was given in,
                # not the month the 600 died in (a running total, as the golds read it)
                month = _month_said_in(d.quote, self.pub) if d.figure is not None else None
                spec = d.period_spec
                if month is not None and (
                    spec is None or (spec.first, spec.last) == (month.first, month.last)
                ):
                    d.stated, d.precision = month.first, "month"
                    d.period_spec, d.period = None, None
                elif (d.figure is not None or self._lone_figureless(d)) and _told_as_news(d.quote, self.pub):
                    # "In Seoul, the JCS said around 1,100 were killed or wounded" in a dated news
                    # story: a claim the report tells as said, without any date, is that day's
                    # news, as the golds date it; background ("has said", "earlier", "last year")
                    # stays undated
                    before = [
                        x
                        for x in self.drafts
                        if x.stated is not None
                        and not x.dropped
                        and x.claimant.name == d.claimant.name
                        and x.sentence_no < d.sentence_no
                    ]
                    if before:
                        d.stated, d.precision = before[-1].stated, before[-1].precision
                    else:  # (round 56) the day the lead dates the news to, else the report's
                        d.stated, d.precision = self._news_day(d) or day, "day"
                    if d.period is None and d.period_spec is not None:
                        # "said on Telegram that they had killed 77 … over three days": the days
                        # before the day the news was told
                        d.period = self._resolve_period(d)
        for d in self.drafts:
            # (round 35) "The JCS said it believed around 1,100 … . It also said it had detected signs
            # that the North was preparing to rotate or reinforce its contingent": the statement goes
            # on, on the occasion just dated
            if d.dropped or d.figure is not None or d.stated is not None:
                continue
            said_also = rx.match(
                r"\s*(?:(?:It|He|She|They|The\s+[A-Z]\w*)\s+(?:also\s+|further\s+)?|The\s+[\w\s]{1,30}?\s+(?:also|further)\s+)"
                r"(?:said|added|reported|stated|noted|warned)\b",
                d.quote,
            )
            # ("What's next: Seoul's Joint Chiefs also said …": a label, then the named speaker "also")
            named_also = rx.match(
                r"\s*(?:[A-Z][\w'’ ]{0,30}:\s+)?(?:[A-Z][\w'’.-]*\s+){1,4}(?:also|further)\s+"
                r"(?:said|added|reported|stated|noted|warned)\b",
                d.quote,
            )
            earlier = [
                x
                for x in self.drafts
                if not x.dropped
                and x.stated is not None
                and x.claimant.name == d.claimant.name
                and 0 < d.sentence_no - x.sentence_no <= (8 if named_also else 3)
            ]
            said_also = said_also or named_also
            twice = any(
                x is not d and not x.dropped and x.claimant.name == d.claimant.name and x.metric == d.metric
                for x in self.drafts
            )  # a figure-less claim told twice is merged with its dated copy by date: left as it is
            if said_also and earlier and not twice:
                d.stated, d.precision = earlier[-1].stated, earlier[-1].precision
        for d in self.drafts:
            if not d.channel:
                for o in self.drafts:
                    if (
                        d.claimant.name in (o.claimant.name, o.claimant.parent)  # or its official
                        and o.channel
                        and o.stated == d.stated
                        and d.stated is not None
                    ):
                        d.channel = o.channel
                        break
        for d in self.drafts:
            # (round 35) "More than 11,000 … deployed … . Some are already taking part in combat, Lee
            # said": the speaker's counted deployment already says the troops are there
            if (
                not d.dropped
                and d.figure is None
                and d.metric in ("troops_deployed", "killed_or_wounded")
                and any(
                    x is not d
                    and not x.dropped
                    and x.figure is not None
                    and x.claim_type == d.claim_type
                    and x.claimant.name == d.claimant.name
                    and x.subject == (d.subject or x.subject)  # ("the troops": whose goes unsaid)
                    and x.stated == d.stated
                    for x in self.drafts
                )
            ):
                d.dropped = True
        self._credit_intelligence_updates()
        self._date_undated_events()

    def _news_day(self, d: Draft) -> date | None:
        """(round 56) The day a story's lead dates its news to ("Zelensky said on Monday …" in
        Tuesday's paper), when that is a day to three before publication: an undated claim the
        story tells as news further down ("Hours later, the JCS said …") was said that day, as the
        golds read it, rather than on the day the story was printed."""
        assert self.layout.published is not None
        pub = self.layout.published.date()
        for x in sorted(self.drafts, key=lambda x: x.sentence_no):
            if x.sentence_no >= d.sentence_no:
                break
            if (
                not x.dropped
                and x.own_date
                and x.precision == "day"
                and x.stated is not None
                and 1 <= (pub - x.stated).days <= 3
                and x.para == 0
            ):
                return x.stated
        return None

    def _date_undated_events(self) -> None:
        """Events a statement told without a day ("Kim has decided to send 1,000 sappers, Shoigu said
        after talks with Kim Jong Un in Pyongyang") happened by the day the claim the same sentence
        makes was stated, when the report dates that claim to one day."""
        for sentence, title, place, region in self.undated_events:
            days = {
                d.stated
                for d in self.drafts
                if self.sent_log.get(d.sentence_no) == sentence and not d.dropped and d.precision == "day"
            }
            day = days.pop() if len(days) == 1 else None
            # (round 50) not after the page's day: `pub` is left at the last entry's own day once a
            # live blog's oldest entry, at its foot, has been read
            if day is not None and day <= self.page_pub:
                self._add_event(title, DateMention("day", 0, 0, day, day, "day", iso(day)), place, region)

    def _lone_figureless(self, d: Draft) -> bool:
        """A figureless claim (a recapture, a confirmation) no other draft of the report repeats
        for the same claimant: the only such claim may take the report's day; a repeat is merged
        with its dated copy by date, so dating it would split one claim in two. Statements (aims,
        characterisations) are left undated, as the golds leave them."""
        return d.claim_type != "statement" and not any(
            x is not d and not x.dropped and x.claimant.name == d.claimant.name and x.metric == d.metric
            for x in self.drafts
        )

    def _resolve_period(self, d: Draft) -> tuple[date, date] | None:
        spec = d.period_spec
        if (
            spec is None
            or d.figure is None
            or (d.claim_type not in FLOW_TYPES and spec.kind != "month_range")
        ):
            return None
        stated = d.stated if d.precision == "day" else None
        if spec.kind == "past_day":
            return (stated - timedelta(days=1), stated) if stated else None
        if spec.kind == "relative_days":
            if stated is None or spec.days <= 0:
                return None
            if spec.to_stated:
                return stated - timedelta(days=spec.days), stated
            return stated - timedelta(days=spec.days), stated - timedelta(days=1)
        if spec.kind == "month_start":
            return (stated.replace(day=1), stated) if stated else None  # the statement's month so far
        if spec.kind == "named_month_start":  # (QA pass 43) "since the start of December"
            return (spec.first, stated) if stated and spec.first <= stated else None
        if spec.since:
            if stated and (stated - spec.first).days > _RUNNING_SINCE_DAYS:
                return None  # "since August 6, 2024" eight months on: a running total, no window
            return (spec.first, stated) if stated else None
        if spec.kind == "month_range":
            return spec.first, spec.last  # "in January and February": the whole months
        if spec.kind == "weekend":
            if stated is None:
                return None
            sat = stated - timedelta(days=(stated.weekday() - 5) % 7 or 7)
            return sat, sat + timedelta(days=1)
        last = min(spec.last, stated) if stated else spec.last
        return (spec.first, last) if spec.first <= last else None  # a span after the statement is none

    def verification(self, d: Draft) -> str:
        """unverified by default for factual claims; confirmed when a side admits its own."""
        if not d.factual:
            return ""
        if d.admission or (
            d.metric == "troops_deployed"
            and d.subject == "DPRK forces"
            and d.claimant.side in ("DPRK", "Russia")
        ):
            return "confirmed"
        if d.stance:
            return d.stance
        return "unverified"

    def response_about(self, r: ResponseDraft) -> str:
        """`about` in words: whose claims, of what kind, and when."""
        t = [d for d in r.targets if not d.dropped]
        if not t:
            return r.noun
        names = {d.claimant.name for d in t}
        label = t[0].claimant.short if len(names) == 1 else SUBJECT_ADJECTIVE.get(t[0].subject, "")
        return about_words(label, t[0].claim_type, r.noun, {(d.stated, d.precision) for d in t})


#: A claim type as a response's `about` names it ("HUR casualty claims of 2024-12-16").
_ABOUT_KIND = {
    "casualties": "casualty",
    "missing": "casualty",
    "captured": "capture",
    "deployment": "deployment",
    "territorial": "territorial",
}


def about_words(label: str, claim_type: str, noun: str, days: set[tuple[date | None, str]]) -> str:
    """A response's `about`: whose claims (`label`), of what kind, the noun ("claims", "the
    deployment"), and the day or month they were stated when they share one. One wording for the
    extractor's responses and for those tied to claims added by hand (`review.link_manual_claims`)."""
    when = ""
    if len(days) == 1:
        stated, precision = next(iter(days))
        if stated and precision == "day":
            when = f"of {stated.isoformat()}"
        elif stated and precision == "month":
            when = f"({stated.strftime('%B %Y')})"
    return " ".join(x for x in (label, _ABOUT_KIND.get(claim_type, ""), noun, when) if x)


__all__ = ["Draft", "Reader", "ResponseDraft", "about_words"]
