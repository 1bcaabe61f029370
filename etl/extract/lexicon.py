"""Small word lists the extractor needs that are not data: outlets, cue words, generic claimants.

Actors and places live in `data/actors.csv` and `data/places.csv` (analyst-edited); only
phrasing that is about *how reports are written* is kept here, so a new alias goes into the
data, not into code. `GENERIC_ACTORS` is the fallback for collective claimants that the actors
file may not list; an entry is ignored when the actors file already has the name or alias.
"""

from __future__ import annotations

#: Outlet line as scraped -> outlet name as recorded in `documents.csv`.
#: Official social-media handles (lower case) -> the actor that posts under them.
HANDLES: dict[str, str] = {
    "@defencehq": "UK Ministry of Defence",
    "@mod_russia": "Russian Ministry of Defense",
    "@generalstaffua": "General Staff of the Armed Forces of Ukraine",
    "@di_ukraine": "Defense Intelligence of Ukraine (HUR)",
    "@zelenskyyua": "Volodymyr Zelenskyy",
}

OUTLETS: dict[str, str] = {
    "AA": "Anadolu Agency (AA)",
    "Anadolu": "Anadolu Agency (AA)",
    "Anadolu Agency": "Anadolu Agency (AA)",
    "AP": "Associated Press (AP)",
    "AFP": "Agence France-Presse (AFP)",
    "Reuters": "Reuters",
    "Yonhap": "Yonhap News Agency",
    "KBS": "KBS World",
    "KBS World": "KBS World",
    "TASS": "TASS",
    "UP": "Ukrainska Pravda",
    "Ukrainska Pravda": "Ukrainska Pravda",
    "RBC-Ukraine": "RBC-Ukraine",
    "The Moscow Times": "The Moscow Times",
    "MT": "The Moscow Times",
    "NK News": "NK News",
    "Kyiv Independent": "The Kyiv Independent",
    "The Kyiv Independent": "The Kyiv Independent",
}

#: Extra spellings for actors that exist in actors.csv (added only if the alias is unknown there).
EXTRA_ALIASES: dict[str, tuple[str, ...]] = {
    "DPRK": ("Kim Jong Un's government", "Kim Jong Un's regime", "North Korean regime"),
    "National Intelligence Service (South Korea)": (
        "South Korea's intelligence agency",
        "South Korean intelligence agency",
        # the spelling with full stops that American newspapers use ("the N.I.S. said")
        "N.I.S.",
    ),
    "Russia": ("Russian regime",),
    # the body's short name ("Seoul's Joint Chiefs, same day: …")
    "Joint Chiefs of Staff (South Korea)": (
        "South Korea's Joint Chiefs",
        "South Korean Joint Chiefs",
        "Joint Chiefs",
        # the country's armed forces as news copy names their command ("South Korea's military
        # said …"): the JCS speaks for them
        "South Korea's military",
        "Seoul's military",
    ),
    # posts and notes abbreviate the country: "RU MoD statement: …"
    "Russian Ministry of Defense": ("RU MoD", "RF MoD", "RU Defence Ministry", "RU Defense Ministry"),
    # the department's short form in headlines, posts and dashboards
    "US State Department": ("State Dept", "State Dept.", "US State Dept", "U.S. State Dept"),
    # British copy (Hansard, UK papers) names the UK body bare; Ukraine's is "Ukraine's Defence
    # Intelligence" or "Defence Intelligence of Ukraine", longer aliases that win where they occur
    "UK Ministry of Defence (Defence Intelligence)": (
        "Defence Intelligence",
        # the British body by its country: the Defence Intelligence updates on X are what is meant
        "British intelligence",
        "UK intelligence",
        "British military intelligence",
        "British Defense Intelligence",
    ),
    # the same unnamed official in British spelling, or by the department's full name
    "US Department of Defense (senior official)": (
        "senior US defence official",
        "senior U.S. defence official",
        "senior American defence official",
        "senior American defense official",
        "senior Department of Defense official",
        "senior Defense Department official",
        "senior US Department of Defense official",
        "senior U.S. Department of Defense official",
        "US defence official",
        "U.S. defence official",
    ),
}

#: Collective claimants as (name, side, aliases); used only where actors.csv lacks the name.
GENERIC_ACTORS: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("Ukrainian officials", "Ukraine", ("Ukrainian official",)),
    ("Western officials", "Other", ("Western official",)),
    ("US officials", "United States", ("U.S. officials", "American officials", "US official")),
    ("US intelligence", "United States", ("U.S. intelligence", "American intelligence")),
    ("Russian officials", "Russia", ("Russian official",)),
    ("Western intelligence agencies", "Other", ("Western intelligence",)),
)

#: Nationality words -> side, for coordinated claimants ("both Ukrainian and Western officials").
NATIONALITY_SIDE: dict[str, str] = {
    "Ukrainian": "Ukraine",
    "Western": "Other",
    "US": "United States",
    "U.S.": "United States",
    "American": "United States",
    "South Korean": "South Korea",
    "North Korean": "DPRK",
    "Russian": "Russia",
}

#: Words naming a side's forces or state, as they appear in text -> side.
SIDE_WORDS: dict[str, str] = {
    # a people named by its plural ("twelve thousand North Koreans"): the people counted
    "North Koreans": "DPRK",
    "Russians": "Russia",
    "Ukrainians": "Ukraine",
    "North Korean": "DPRK",
    "North Korea": "DPRK",
    "DPRK": "DPRK",
    "Pyongyang": "DPRK",
    "Korean People's Army": "DPRK",
    "KPA": "DPRK",  # the Korean People's Army by its initials ("about 15,000 KPA troops")
    "KNDR": "DPRK",  # (round 40) the initials in Russian and Ukrainian (КНДР): "the losses of KNDR"
    "NK": "DPRK",  # a brief's or a ticker's short form ("losses of the NK army", "77 NK soldiers")
    "Russian": "Russia",
    "Russia": "Russia",
    "Moscow": "Russia",
    "Kremlin": "Russia",
    "Ukrainian": "Ukraine",
    "Ukraine": "Ukraine",
    "Kyiv": "Ukraine",
    "Kiev": "Ukraine",
    "AFU": "Ukraine",  # the Armed Forces of Ukraine, as Russian outlets write it
    "ZSU": "Ukraine",
    "VSU": "Ukraine",  # (round 40) the Russian initials of the Armed Forces of Ukraine (ВСУ)
    "South Korean": "South Korea",
    "South Korea": "South Korea",
    "Seoul": "South Korea",
}

#: Words around a claimant the actors file does not know that tell its side ("White House
#: spokesman John Kirby", "Russian military blogger"); checked in the name, then just before it.
SIDE_HINTS: tuple[tuple[str, str], ...] = (
    (r"\bNorth\s+Korea|\bDPRK\b|\bKNDR\b|\bPyongyang\b|\bKCNA\b", "DPRK"),
    (r"\bSouth\s+Korea|\bSeoul\b|\bROK\b", "South Korea"),
    (r"\bUkrain|\bKyiv\b|\bKiev\b|\bZSU\b|\bVSU\b", "Ukraine"),
    (r"\bRussia|\bKremlin\b|\bMoscow\b|\bpro-war\b|\bpro-Kremlin\b|\bTASS\b", "Russia"),
    (
        r"\bU\.?S\.?\b|\bAmerican\b|\bWhite\s+House\b|\bPentagon\b|\bState\s+Department\b"
        r"|\bWashington\b|\bUnited\s+States\b",
        "United States",
    ),
)
#: Capitalised words that start a sentence or title a person but do not name a speaker.
NOT_A_NAME: frozenset[str] = frozenset(
    (
        # (round 52) a Q&A's heading: "Who announced the capture?" names nobody
        "Who",
        "Whom",
        "Whose",
        "What",
        "Which",
        "The",
        "A",
        "An",
        "He",
        "She",
        "It",
        "They",
        "We",
        "I",
        "This",
        "That",
        "These",
        "Those",
        "In",
        "On",
        "At",
        "By",
        "For",
        "From",
        "With",
        "Last",
        "Earlier",
        "Later",
        "And",
        "But",
        "However",
        "Meanwhile",
        "Also",
        "Both",
        "Neither",
        "Officials",
        "Analysts",
        "Experts",
        "Reports",
        "Sources",
        "President",
        "Minister",
        "Spokesman",
        "Spokeswoman",
        "General",
        "Mr",
        "Mrs",
        "Ms",
        "Dr",
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
        "Another",
        "One",
        "Some",
        "His",
        "Her",
        "Its",
        "Their",
        "Our",
        "Military",
        "Lawmaker",
        "Lawmakers",
        "Kyiv",
        "Moscow",
        "Seoul",
        "Pyongyang",
        "Washington",
        "Russia",
        "Ukraine",
        "Russian",
        "Ukrainian",
        "North",
        "South",
        "Korean",
        "Korea",
        "Western",
        "Statement",
        "Update",
        "Recall",
        "Yesterday",
        "Today",
        "Telegram",
        "X",
        "Twitter",
        "Facebook",
        "YouTube",
        "Instagram",
        "TV",
        "Radio",
        "BBC",
        "CNN",
        "Reuters",
        "Yonhap",
        "AP",
        "AFP",
        "TASS",
        "RIA",
        "Novosti",
        "Interfax",
        "Sputnik",
    )
)

#: Side -> how a claim's `subject` names that side's forces, and the side as a state subject.
FORCES: dict[str, str] = {
    "DPRK": "DPRK forces",
    "Russia": "Russian forces",
    "Ukraine": "Ukrainian forces",
    "South Korea": "South Korean forces",
    "United States": "US forces",
}
STATE_SUBJECT: dict[str, str] = {
    "DPRK": "DPRK",
    "Russia": "Russia",
    "Ukraine": "Ukraine",
    "South Korea": "South Korea",
    "United States": "United States",
}
#: Adjective used when a response's `about` names several claimants by the subject's side.
SUBJECT_ADJECTIVE: dict[str, str] = {
    "DPRK forces": "North Korean",
    "Russian forces": "Russian",
    "Ukrainian forces": "Ukrainian",
    "DPRK": "North Korean",
}

#: Cardinal words for spelled-out figures ("three servicemen").
NUMBER_WORDS: dict[str, int] = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
SCALE_WORDS: dict[str, int] = {"hundred": 100, "thousand": 1_000, "million": 1_000_000}

#: Qualifier phrases placed before a figure -> qualifier slug. Longest phrases win.
QUALIFIER_PHRASES: dict[str, str] = {
    "at least": "at_least",
    "no fewer than": "at_least",
    "no less than": "at_least",
    "not less than": "at_least",
    "not fewer than": "at_least",  # (round 39) a translation's "not fewer than 3 thousand"
    "a minimum of": "at_least",
    "over": "over",
    "more than": "over",
    "more then": "over",  # the common misspelling, as machine translations print it
    "upwards of": "over",
    # (round 67) more wordings of a bound: "upward of", "well in excess of", "a little over"
    "upward of": "over",
    "well in excess of": "over",
    "a little over": "over",
    "a little more than": "over",
    "slightly over": "over",
    "slightly more than": "over",
    "just above": "over",
    "in excess of": "over",
    "north of": "over",  # "north of 3,000 casualties" (a place is never followed by a figure)
    "exceeded": "over",
    "exceeding": "over",
    "exceeds": "over",
    "exceed": "over",
    "topped": "over",
    "surpassed": "over",
    # verbs of a running count going beyond a mark: "casualties had passed 3,000"
    "passed": "over",
    "crossed": "over",
    "gone past": "over",
    "went past": "over",
    "about": "about",
    "around": "about",
    "approximately": "about",
    "approx.": "about",
    "roughly": "about",
    "some": "about",
    "an estimated": "about",
    # the Latin and the idiom for a round figure: "circa 2,000", "in the region of 4,000"
    "circa": "about",
    "in the region of": "about",
    # (round 67) "in the vicinity of 2,000", "on the order of 10,000", "something like 600"
    "in the vicinity of": "about",
    "on the order of": "about",
    "something like": "about",
    "give or take": "about",
    "nearly": "nearly",
    "almost": "nearly",
    "close to": "nearly",
    "approaching": "nearly",
    "approaches": "nearly",  # (round 40) "the number of wounded approaches 1 thousand"
    "approached": "nearly",
    "nearing": "nearly",
    "just under": "nearly",
    # (round 67) "just shy of 1,000", "a shade under", "not quite": a figure approached from below
    "just shy of": "nearly",
    "shy of": "nearly",
    "just short of": "nearly",
    "a shade under": "nearly",
    "a little under": "nearly",
    "slightly under": "nearly",
    "slightly fewer than": "nearly",
    "slightly less than": "nearly",
    "not quite": "nearly",
    "close on": "nearly",
    "up to": "up_to",
    "as many as": "up_to",
    # an upper bound stays a bound, never an exact number
    "fewer than": "up_to",
    "less than": "up_to",
    # (QA pass 41 #3) "under 300" was an exact 300
    "under": "up_to",
    "below": "up_to",
    "no more than": "up_to",
    "not more than": "up_to",
    "at most": "up_to",
    "a maximum of": "up_to",
    "well over": "over",
    "just over": "over",
    "well above": "over",
}

#: Fractions that make a figure a share of a group, not a count ("nearly half").
SHARE_WORDS: tuple[str, ...] = (
    "half",
    "a third",
    "one third",
    "one-third",
    "two-thirds",
    "two thirds",
    "a quarter",
    "one quarter",
    "three quarters",
    "a fifth",
    "a tenth",
    "the majority",
    "most",
)

#: Nouns that make a number a count of people (what the dashboard tracks).
PEOPLE_NOUNS: tuple[str, ...] = (
    "soldiers",
    "soldier",
    "troops",
    "troop",
    "servicemen",
    "serviceman",
    "persons",  # (round 39) a translation's "25 200 persons irrecoverably"
    "service members",
    "personnel",
    "fighters",
    "men",
    "people",
    "marines",
    "commandos",
    "troopers",
    "combatants",
    "casualties",
    "military personnel",
    "special forces troops",
    "occupiers",
    "occupants",  # (round 41) a translation's "Russian occupants" (оккупанты)
    "invaders",
    "sappers",
    "builders",  # (round 40) "5 thousand military builders" sent to restore the Kursk region
    "military builders",
    "builders",
    "deminers",
    "engineers",
    "workers",
    "conscripts",
    "mercenaries",
    "militants",
    "recruits",
    "servicemembers",
    "servicepeople",
    "service personnel",
    "prisoners",
    "POWs",
    "North Koreans",
    "Russians",
    "Ukrainians",
)

#: People nouns that name the claimant's enemy ("occupiers" in a Ukrainian statement).
ENEMY_NOUNS: str = r"occupiers|occupants|invaders|enemy|adversary"
#: Side -> the side its statements call "the enemy".
ENEMY_OF: dict[str, str] = {"Ukraine": "Russia", "Russia": "Ukraine"}

#: Nouns after a number that make it something other than people (a unit, time, weapon).
NON_PEOPLE_NOUNS: tuple[str, ...] = (
    "mm",
    "km",
    "kilometers",
    "kilometres",
    "miles",
    "meters",
    "metres",
    "percent",
    "%",
    "days",
    "day",
    "hours",
    "hour",
    "weeks",
    "week",
    "months",
    "month",
    "years",
    "year",
    "times",
    "tanks",
    "rocket",
    "rockets",
    "launchers",
    "guns",
    "artillery",
    "deployments",
    "villages",
    "settlements",
    "brigades",
    "countries",
    "drones",
    "missiles",
    "shells",
    "minutes",
    "rounds",
    "aircraft",
    "vehicles",
    "per cent",
    "views",
    "reposts",
    "likes",
    "comments",
    "words",
    "pieces",
    "square",
    "sq",
    "armored",
    "armoured",
    "infantry",
    "pickup",
    "pickups",
    "mortars",
    "automobiles",
    "cars",
    "trucks",
    "helicopters",
    "planes",
    "sites",
    "positions",
    "counterattacks",
    "attacks",
    "assaults",
    "mm",
    "millimetre",
    "millimeter",
    "kilometer",
    "kilometre",
    "ammunition",
    "depots",
    "targets",
    "strikes",
    "storage",
    "boats",
    "ships",
    # weapon systems counted by their own names in equipment lists ("including 11 HIMARS")
    "HIMARS",
    "MLRS",
    "ATACMS",
    "howitzers",
    "systems",
    "air",
    "radar",
    "radars",
    "hectares",
)

#: Metric cues, most specific first; each is a regex fragment.
METRIC_CUES: tuple[tuple[str, str], ...] = (
    ("killed_or_wounded", r"killed\s+or\s+(?:wounded|injured)|(?:wounded|injured)\s+or\s+killed"),
    # (round 39) a translation's "eliminated and wounded not less than 30", "liquidated or wounded"
    ("killed_or_wounded", r"(?:eliminated|liquidated)\s+(?:and|or)\s+(?:wounded|injured)"),
    # (round 41) a translation's "4,5 thous. perished and wounded" ("погибшими и ранеными")
    # ("perished or were wounded": the auxiliary of the second verb printed too)
    (
        "killed_or_wounded",
        r"(?:perished|fallen|killed|died)\s+(?:and|or)\s+(?:were\s+|was\s+)?(?:wounded|injured)",
    ),
    # "several hundred, ranging from killed in action to wounded": the range of fates spans both
    (
        "killed_or_wounded",
        r"from\s+(?:the\s+)?(?:killed|dead)(?:\s+in\s+action)?\s+to\s+(?:the\s+)?(?:wounded|injured)",
    ),
    # "lost more than 38,000 soldiers - killed, wounded, taken prisoner": the fates listed
    ("killed_or_wounded", r"killed,\s+(?:wounded|injured)\b|(?:wounded|injured),\s+killed\b"),
    ("killed_or_wounded", r"killed\s+and\s+(?:wounded|injured)(?!\s+\d)"),
    # "38,000 servicemen, wounded and killed": the two together, in either order
    ("killed_or_wounded", r"(?:wounded|injured)\s+and\s+killed(?!\s+\d)"),
    # "for a combined toll of about 4,700": the dead and the wounded together
    ("killed_or_wounded", r"combined\s+(?:toll|casualties|losses|total)"),
    # "lost more than 76,000 men, dead and wounded together"
    ("killed_or_wounded", r"dead\s+(?:and|or)\s+(?:wounded|injured)|(?:wounded|injured)\s+(?:and|or)\s+dead"),
    (
        "killed",
        r"irrecoverabl[ey](?:\s+losses)?|irretrievabl[ey](?:\s+losses)?|irreversibl[ey](?:\s+losses)?",
    ),
    ("wounded", r"sanitary\s+losses"),
    (
        "killed_or_wounded",
        r"put\s+out\s+of\s+action|casualt(?:y|ies)|losses|lost|losing"
        r"|eliminated|eliminating|liquidated|neutrali[sz]ed",  # Russian and Ukrainian staff wording
    ),
    ("missing", r"(?:went\s+|gone\s+|are\s+|were\s+)?missing"),
    (
        "captured",
        r"captured|capturing|capture\s+of|taken\s+prisoner|prisoners?\s+of\s+war|POWs?|surrendered"
        # (round 40) a translation's "took into captivity", "were taken into captivity"
        r"|(?:took|taken|take)\s+into\s+captivity",
    ),
    ("killed", r"killed|killing|dead|deaths?|died|perished|lost\s+their\s+lives|death\s+toll"),
    ("wounded", r"wounded|wounding|injured|injuring|injuries"),
    (
        "troops_deployed",
        r"deployed|deploying|deploy|sent|send|sending|dispatched|dispatching|dispatch|stationed"
        # (not "killed in Russia": where they died, round 39)
        r"|(?<!killed\s)(?<!died\s)(?<!dead\s)(?<!wounded\s)(?<!injured\s)"
        r"(?:in|to|inside)\s+(?:(?:eastern|western|southern|northern|central|far[\s-]eastern)\s+)?Russia\b"
        # (round 40) a translation's "in the Kursk region are located more than 11 thousand military"
        r"|(?:are|were|is|was)\s+(?:now\s+|already\s+|currently\s+)?located\b"
        # (round 40) a translation's "in the east of Russia", "on the territory of Russia"
        r"|(?<!killed\s)(?<!died\s)(?<!dead\s)(?:in|to)\s+the\s+(?:far\s+)?(?:east|west|north|south)\s+of\s+Russia\b"
        r"|(?<!killed\s)(?<!died\s)(?<!dead\s)(?:on|to)\s+the\s+territory\s+of\s+(?:the\s+)?(?:Russia|Russian\s+Federation|RF)\b"
        r"|(?:moved|transferred|redeployed|relocated)\s+(?:closer\s+)?to\s+the\s+[A-Z][\w-]*\s+(?:region|oblast|front)"
        # "as many as 8,000 of them had been moved to Kursk": a place by its name alone
        r"|(?<=been\s)(?:moved|transferred|redeployed|relocated)\s+to\s+[A-Z][\w-]+"
        # "as many as 10,000 have made their way to Kursk": troops that got there
        r"|made\s+their\s+way\s+(?:to|into|there)\b"
        r"|returned\s+to\s+(?:the\s+)?(?:front|front\s+line|frontline|combat|battlefield)"
        r"|back\s+(?:on|at)\s+the\s+front|took\s+part\s+in\s+(?:the\s+)?(?:fighting|combat|battles?|operations?)"
        r"|(?:are|were|is|was)\s+(?:now\s+|already\s+|currently\s+)?(?:in|inside)\s+(?:the\s+)?"
        r"[A-Z][\w-]*"
        # (round 39) "…: 11,000 to 12,000 North Korean troops in Kursk"
        r"|(?<=troops\s)(?:in|inside)\s+(?:the\s+)?(?:Kursk|Russia|Russian)\b",
    ),
)

METRIC_TYPE: dict[str, str] = {
    "killed": "casualties",
    "wounded": "casualties",
    "killed_or_wounded": "casualties",
    "missing": "missing",
    "captured": "captured",
    "troops_deployed": "deployment",
    "withdrawal": "deployment",
    "withdrawn_from_combat": "statement",
    "area_held_km2": "territorial",
    "recaptured": "territorial",
    "reinforcement": "statement",
    "characterization": "statement",
    "stated_aim": "statement",
    "relations": "statement",
}

#: Where a link's host starts: after "//" or a space or bracket, never inside another host or path.
_LINK_START = r"(?:(?<=//)|(?<![\w.@/-]))"

#: Channels, most specific first (a Telegram statement is recorded as Telegram).
CHANNEL_CUES: tuple[tuple[str, str], ...] = (
    # (QA pass 41 #11) a post's link in the sentence names its channel: "(https://t.me/DIUkraine/5023)"
    # ((QA pass 43) any case, telegram.me, and the mobile and short hosts: m.facebook.com, fb.com)
    ("Telegram", rf"\bTelegram\b|{_LINK_START}(?i:(?:t|telegram)\.me)/\w"),
    (
        "social media",
        r"\bon\s+X\b|\bTwitter\b|\bFacebook\b|\bsocial\s+media\b|\bInstagram\b"
        rf"|{_LINK_START}(?i:(?:(?:www|m|web|mobile|mbasic)\.)?(?:x|twitter|facebook|fb|instagram)\.com)/\w",
    ),
    ("video call", r"\bvideo\s*call\b"),  # as the report says it
    ("video conference", r"\bvideo\s*(?:conference|link)\b"),
    (
        "parliamentary briefing",
        r"\bparliamentary\s+briefing\b|\btold\s+(?:lawmakers|parliament|MPs)\b|\b[Bb]riefing\s+lawmakers\b"
        r"|\b[Ll]awmakers?\b[^.]*\bbriefing\b|\bclosed-door\s+briefing\b",
    ),
    ("interview", r"\binterview\b"),
    ("briefing", r"\b(?:news|press)?\s*briefing\b|\bpress\s+conference\b"),
    ("video", r"\bvideo\s+(?:address|message)\b|\bin\s+a\s+video\b"),
    (
        "statement",
        r"\bin\s+a\s+(?:\w+\s+)?statement\b|\bstatement\s+(?:by|from|on|of)\b"
        r"|\b(?:issued|released)\s+a\s+statement\b",
    ),
)

#: Verbs and phrases that introduce what someone claims.
#: (round 39) When a verb of saying was said, written between the verb and its speaker or its "by" (a
#: translation's word order): "on Monday", "on Saturday, 26 April", "on the 19th", "yesterday, 22
#: January", "today".
#: (round 40: "yesterday, 23 of December", "on 19 of December")
WHEN_SAID: str = (
    r"(?:on\s+the\s+\d{1,2}(?:st|nd|rd|th)|on\s+\d{1,2}\s+(?:of\s+)?[A-Z][a-z]+|on\s+\w+(?:,\s+\d{1,2}\s+(?:of\s+)?\w+)?"
    r"|yesterday(?:,\s+\d{1,2}\s+(?:of\s+)?\w+)?|today)"
)
SPEECH_VERBS: str = (
    r"said|says|say|claimed|claims|claim|told|tells|reported|reports|stated|states|announced"
    r"|announces|estimated|estimates|estimate|estimating|believed|believes|added|adds|wrote"
    r"|assessed|assesses|assess|judged|judges"
    # "Western officials briefed the BBC that …": a briefing relays what the briefer claims
    r"|briefed(?=\s+(?:the\s+|a\s+)?[A-Z\w'’.]+(?:\s+[A-Z\w'’.]+){0,4}\s+(?:on\s+\w+\s+)?that\b)"
    # "Western intelligence agencies were quoted putting the force at …": quoted with a figure
    r"|(?<=were\s)quoted(?=\s+(?:as\s+)?(?:saying|putting|estimating|giving)\b)"
    r"|(?<=was\s)quoted(?=\s+(?:as\s+)?(?:saying|putting|estimating|giving)\b)"
    # "Defence Intelligence published an assessment on X that …": the body's own assessment
    r"|(?:published|issued|released)(?=\s+(?:an?|its|their|a\s+new)\s+(?:[\w-]+\s+)?(?:assessment|update|estimate)"
    r"\b[^.;]{0,40}?\bthat\b)"
    # (round 52) "the NIS went back to parliament with a more conservative count: about 300 …":
    # a body coming with its count gives it
    r"|(?<=\s)(?:came|went|returned|comes|goes)(?=\s+(?:back\s+)?(?:to\s+[\w\s'’]{2,40}?\s+)?with\s+"
    r"(?:a|an|its|their|a\s+new)\s+(?:[\w-]+\s+){0,2}(?:count|estimate|tally|figure|toll)\s*:)"
    r"|writes|(?<=had\s)written|(?<=has\s)written|(?<=have\s)written|posted|posts(?=\s+that\b)|acknowledged|acknowledges|confirmed|confirms|confirming|asserted|asserts"
    r"|condemned|condemns|calling|described|describing|warned|insisted|noted|thanked"
    # "For Russia it listed 25,200 killed", "Syrskyi summed up that ...": a speaker's own list or
    # summary (not the passive "were listed as missing")
    r"|(?<!\bwere\s)(?<!\bwas\s)(?<!\bbeen\s)(?<!\bare\s)(?<!\bis\s)(?:listed|lists)(?!\s+as\b)"
    r"|summed\s+up(?=\s+(?:that|the|its|his|her)\b)"
    # other verbs of telling a figure: "the agency disclosed", "Budanov revealed", "the ministry
    # recorded", "officials reckon"
    r"|disclosed|discloses|revealed|reveals|indicated|indicates|testified|reckoned|reckons|calculated"
    # (round 53) "The Service recalled its report to the Committee of 20 November, that …": a body
    # recalling what it said itself (not "recalled that …", background the speaker reminds of and
    # often someone else's word: "Shoigu recalled that Gerasimov reported …"; nor "recalled troops")
    r"|(?:recalled|recalls)(?=\s+(?:its|his|her|their)\s+(?:own\s+)?(?:[\w-]+\s+)?(?:report|statement"
    r"|estimate|assessment|briefing|remarks|words|figures?)\b[^.;]{0,80}?\bthat\b)"
    r"|argued|argues|maintained|maintains|conceded|concedes"
    r"|replied|answered|responded|observed|concluded|recorded|records|counted|counts|tallied"
    r"|explained|explains|(?<=statement\s)read|(?<=report\s)read|(?<=post\s)read"
    # (session 18) a translation's "the HUR informed in its Telegram channel that …", "informs"
    # (round 39: an inverted "…, informed on Saturday the General Staff" is put in the order the
    # reader knows when the layout is read, `document._translated_word_order`; one it cannot put so,
    # "…, informed on Thursday in Washington the American secretary of state Antony Blinken", is
    # still no verb after a comma, as in session 18: writer 115's set measured it)
    r"|informs|informed(?=\s+(?:that|in|via|through|about|journalists|reporters)\b)|(?<![,;]\s)informed(?=\s+on\b)"
    # (round 40) a translation's comma before "that": "the SSO informed, that …", "underlined, that"
    r"|(?:informed|underlined|emphasi[sz]ed|specified|communicated|clarified)(?=,\s*that\b)"
    # (round 40) "named a figure of around 1,1 thousand", "Zelensky named the figure of 3 800"
    r"|(?:named|names|voiced|voices)(?=\s+(?:(?:on|in|at)\s+[^.;:\d]{1,40}?\s+)?(?:a|an|the|this|that|its|his|her|their)\s+"
    r"(?:new\s+|updated\s+|first\s+|own\s+)?(?:figure|number|estimate|count|data|losses)\b)"
    # (round 40) a translation's "declared" ("заявил"): "Zelensky declared, that …", "declared on
    # the briefing that …" (not "Moscow declared Kursk liberated", a declaration the events read)
    r"|(?:declared|declares)(?=\s*(?:,\s*)?(?:that|about)\b|\s+to\s+(?:the\s+)?(?:journalists|reporters|press|lawmakers"
    r"|parliament|deputies)\b|\s+(?:on|in|at|during)\s+(?:the\s+|a\s+|his\s+|her\s+|its\s+)?"
    r"(?:[\w-]+\s+){0,3}?(?:briefing|address|interview|statement|conference|speech|meeting|air|channel|Telegram"
    r"|Facebook|network|networks)\b|\s*[.;:]|\s*,\s*[\"“]?\s*$)"
    # (round 39) "DeepState's map yesterday showed 140 square kilometres … under Ukrainian control"
    r"|(?:showed|shows)(?=\s+(?:(?:only|just|about|around|some)\s+)?\d[\d,.]*\s+(?:square|sq\.?|km))"
    # ((round 61) "DeepState's map on Thursday showed Ukrainian forces holding 140 square kilometres";
    # whose map it is: `reader`'s "a map published by X")
    r"|(?:showed|shows)(?=\s+(?:[\w'’-]+\s+){1,4}?(?:holding|controlling|with|in\s+control\s+of)\s+"
    r"(?:(?:only|just|about|around|some)\s+)?\d[\d,.]*\s+(?:square|sq\.?|km))"
    # "The Pentagon thinks 11,000 …", "as the NIS put it on Monday"
    r"|thinks|think|thought|believe"
    # "Western officials … gave the first estimate that separated the dead: about 1,000 killed":
    # an estimate given, its figures after a colon
    # ((round 40) the plural too: "also gave the figures of the losses of … : 25 200 persons …")
    r"|(?:gave|gives|offered|offers)(?=\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,2}?(?:estimates?|figures?"
    r"|counts?|tally|numbers?|losses|casualties|toll)\b[^.;:\d]{0,160}:)"
    # (round 39) "The Pentagon gave its latest count on Monday: …" (not after an aside: "the agency,
    # through a lawmaker, gave its first casualty estimate: …" is read through its noun)
    r"|(?<!,\s)(?:gave|gives)(?=\s+(?:its|his|her|their)\s+(?:[\w-]+\s+){0,2}?(?:estimates?|figures?"
    r"|counts?|tally|numbers?|losses|casualties|toll)\b[^.;:\d]{0,160}:)"
    # (round 40) a translation's "was forced to recognize: …", "admitted, that …"
    r"|(?:recogni[sz]e[sd]?|admit(?:ted|s)?)(?=\s*(?::|,?\s*that\b))"
    # "By 20 November the NIS was telling lawmakers that …", "the JCS were reporting that": the
    # progressive of a verb of saying
    r"|(?:(?<=\bwas\s)|(?<=\bwere\s)|(?<=\bis\s)|(?<=\bare\s)|(?<=\bbeen\s))(?:telling|reporting|saying|claiming)"
    r"(?=\s+(?:\w+\s+){0,3}?that\b)"
    # "Zelensky himself gave 3,800 killed or injured": a figure given straight after the verb
    # ("he had given a flat 4,000", "had given 3,800 killed or injured")
    r"|(?:gave|gives|(?<=had\s)given|(?<=has\s)given)(?=\s+(?:a\s+flat\s+)?[\"“]?(?:(?:about|around|roughly|over"
    r"|more\s+than|some|nearly|up\s+to|at\s+least)\s+)?\d)"
    r"|(?<=\s)put(?=\s+it\s*(?:[,.;]|$|\s+(?:on|in|during|when|to|at\s+(?:a|an|the|his|her|its)\b)"
    # 'Zelensky put it as "they are losing them - 4 thousand"': his words follow
    r"|\s+(?:as|like\s+this|this\s+way)\s*:?\s*[\"“]))"
    # "Ryder spoke of several hundred casualties", "…, speaking of over 38,000 losses"
    # (also with the occasion between: "spoke at his press briefing of", "had spoken of")
    r"|(?:spoke|spoken|speaks)(?:\s+(?:at|in|on|to|during|after)\s+[^.;,:\"“]{1,60}?)?"
    # (round 53) "had spoken earlier this month of "several hundred"": when, then what of
    r"(?:\s+(?:earlier|later|last|this)(?:\s+(?:this|that|last|in\s+the)\s+)?(?:\s*(?:week|month|year|day))?)?\s+of"
    r"|(?<=,\s)speaking\s+of"
    # "Defence Intelligence weighed in in late March with an estimate of more than 5,000"
    r"|weighed\s+in(?=\s[^.;]{0,40}?\bwith\s+(?:an?|its|their|a\s+new)\s+(?:\w+\s+)?(?:estimate|figure|assessment)\b"
    # ("weighed in on 28 March with more than 5,000 casualties": the figure straight after "with")
    r"|\s[^.;]{0,40}?\bwith\s+(?:(?:about|around|roughly|some|more\s+than|over|nearly|at\s+least|up\s+to)\s+)?\d)"
    # 'Syrskyi had already given "over 38,000"': a quoted figure given
    r"|given(?=\s+[\"“]\s*(?:about|around|over|more|some|nearly|up\s+to|at\s+least|\d))"
    r"|put\s+the\s+(?:figure|number|total|toll|count)"
    r"|(?:raised|raises|lowered|lowers|revised|revises|updated|updates)\s+(?:its|their|his|her|the)\s+"
    r"(?:\w+\s+)?(?:estimate|figure|count|toll|assessment)s?"
    # "on 15 June it raised this, again on X, to more than 6,000": the figure just given
    r"|(?:raised|raises|lowered|lowers|revised|revises|updated|updates)(?=\s+(?:this|that|it)\b[^.;]{0,40}?\bto\b)"
    # ("had given on Monday, in his nightly address, a figure of": the occasion between)
    r"|(?:gave|gives|giving|(?<=had\s)given|(?<=has\s)given)"
    r"(?:\s+(?:on|in|at|during|after)\s+[^.;:\"“\d]{1,70}?,?)?\s+(?:a|an|the|that|this|its|his|her)\s+"
    r"(?:new\s+|fresh\s+|updated\s+|revised\s+"
    r"|higher\s+|lower\s+|different\s+|much\s+|far\s+)*(?:figure|estimate|count|toll|total)"
    # "Ryder put the total in Russia between 11,000 and 12,000": a range put without "at"
    r"|puts?(?=\s+(?:the|its|their)\s+(?:[\w-]+\s+){1,4}?between\s+(?:\d|[a-z]+\s+thousand))"
    # ((round 64) 120 characters: "They put total North Korean casualties, counting the killed,
    # wounded, missing and captured, at about 4,000")
    r"|puts?(?!\s+out\b)(?=\s[^;]{0,120}?\bat\s+[\"“]?(?:about|around|roughly|some|more|over|at\s+least"
    # (a figure in words: "put North Korean casualties at several hundred", "at four thousand")
    r"|nearly|up\s+to|between|\d|several|hundreds|thousands|dozens|a\s+(?:few|dozen|hundred|thousand)\b"
    r"|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty)"
    r"(?:[\s-]+(?:hundred|thousand))\b))"
)

#: Verbs meaning the speaker admits something about their own side (verification: confirmed).
ADMISSION_VERBS: str = r"acknowledg\w*|confirm\w*|admitt?\w*"

#: Figure-less statements: (metric, regex), checked in this order.
STATEMENT_CUES: tuple[tuple[str, str], ...] = (
    (
        # (session 18) "appear not to have engaged in combat since mid-January", "had not been seen
        # in combat", "have been pulled from combat", "had not encountered North Korean troops"
        # (F54): the troops out of the fighting, a statement, not a withdrawal from Russia
        "withdrawn_from_combat",
        r"\bnot\s+(?:to\s+have\s+)?(?:been\s+)?(?:seen|observed|engaged|involved|taken\s+part|participated)"
        r"\s+in\s+(?:any\s+)?(?:combat|fighting|battles?|hostilities)\b"
        r"|\bnot\s+(?:\w+\s+){0,2}(?:engaged|involved)\s+in\s+(?:any\s+)?(?:combat|fighting)\b"
        r"|\bno\s+longer\s+(?:\w+\s+){0,2}(?:in\s+combat|fighting|engaged\s+in\s+combat)\b"
        r"|\b(?:pulled|withdrawn|taken)\s+(?:out\s+)?(?:of|from)\s+(?:the\s+)?(?:front-?line\s+)?(?:combat|fighting)\b"
        r"|\bnot\s+(?:\w+\s+){0,2}encountered\s+(?:any\s+)?(?:North\s+Korean|DPRK)\b",
    ),
    (
        "relations",
        r"\brelations\s+with\b|\bcooperation\s+with\b|\bpartnership\b|\btreaty\b"
        r"|\balliance\s+with\b|\bties\s+with\b",
    ),
    (
        "recaptured",
        r"\brecaptured\b|\bretaken\b|\bretook\b|\bregained\s+control\b"
        r"|\bliberated\b|\bliberation\s+of\b|\btook\s+control\b",
    ),
    (
        "reinforcement",
        r"\breplenish\w*|\breinforc\w*|\bfresh\s+personnel\b|\brotate\b"
        # (round 64) "additional North Korean troops had been deployed"
        r"|\b(?:additional|more|fresh)\s+troops\b|\badditional\s+(?:North\s+Korean|DPRK)\s+troops\b",
    ),
    (
        "troops_deployed",
        r"\b(?:deployed|sent|dispatched)\s+(?:\w+\s+){0,2}(?:troops|soldiers"
        # (round 35) the passive, its force named as the sender's: "North Korean units had been
        # deployed to the Kursk region", "its troops had been sent to Kursk"
        r"|forces)\b|\b(?:North\s+Korean|DPRK|its|their)\s+(?:military\s+)?(?:troops|soldiers|units)\s+"
        r"(?:had|have|has)\s+been\s+(?:deployed|sent|dispatched)\s+to\b"
        r"|\btaken\s+part\s+in\b|\bfought\s+in\b|\bfighting\s+in\b"
        r"|\bmoved\s+(?:toward|towards|closer\s+to|into)\b"
        r"|\btaking\s+part\s+in\b|\bparticipat\w*\s+in\b|\bfought\s+(?:alongside|with|for)\b"
        r"|\bfighting\s+(?:alongside|for)\s+Russia"
        r"|\bused\s+(?:by\s+[A-Z]\w+\s+)?in\s+(?:[\w-]+\s+){0,2}(?:assaults"
        r"|attacks|fighting|combat)\b"
        r"|\bthank\w*\s+(?:the\s+)?(?:[A-Z][\w-]*\s+){0,2}(?:soldiers|troops)\b"
        # (round 64) "thanked Kim Jong Un and the North Korean soldiers"
        r"|\bthank\w*\s+(?:[A-Z][\w-]*\s+){1,3}and\s+(?:the\s+|his\s+)?(?:[A-Z][\w-]*\s+){1,2}(?:soldiers|troops)\b",
    ),
    (
        "withdrawal",
        r"\b(?:pulled|withdrawn|pulled\s+back)\s+from\s+(?:the\s+)?"
        r"(?:front|frontline|Kursk)",
    ),
    (
        "killed_or_wounded",
        r"\bsuffered\s+[\"“]?(?:heavy\s+|significant\s+|serious\s+)?"
        r"(?:casualties|losses)\b",
    ),
    ("stated_aim", r"\b(?:aim|goal|purpose|objective)s?\s+(?:was|is|were|are|of)\b"),
    (
        "characterization",
        r"\bcondemn\w*|\bcall(?:ed|ing)\s+it\b|\bdescrib\w*\s+(?:it|the\s+\w+)"
        r"\s+as\b|\blabell?ed\b|\bbranded\b",
    ),
)

#: What a characterised thing stands for ("the incursion" is Kyiv's operation).
TOPIC_SUBJECT: tuple[tuple[str, str], ...] = (
    (r"\b(?:incursion|cross-border\s+operation|Kursk\s+operation)\b", "Ukrainian forces"),
)

#: Responses: silence and denial.
NO_COMMENT: str = (
    # (round 39) "still hasn't acknowledged", "has so far not confirmed", "does not acknowledge",
    # "has not reacted", "has not said a word", "didn't respond"
    r"\b(?:ha(?:s|ve|d)|did|do|does)(?:\s+(?:still|so\s+far|yet|also|officially|publicly)){0,2}"
    r"(?:\s+(?:not|never)|n['’]t)\s+(?:yet\s+)?(?:officially\s+|publicly\s+|immediately\s+|even\s+|formally\s+)?"
    r"(?:commented|comment|confirmed|confirm|acknowledged|acknowledge|responded|respond|reacted|react|admitted|admit"
    # ((round 40) a translation's "have not recognized the presence of North Korean military")
    r"|recogni[sz]ed|recogni[sz]e"
    r"|replied|reply|answered|answer|mentioned|(?:disclosed|published|released)(?=\s+(?:its|their|any)\b)"
    r"|(?:said|say)\s+(?:a\s+(?:single\s+)?word|anything)"
    r"|(?:given|give|offered|offer|made|make)\s+(?:an?\s+|any\s+)?(?:official\s+|public\s+)?(?:reaction|response|comment))\b"
    # (round 39) "Moscow still won't publicly admit they're even there", "would not comment on"
    r"|\b(?:won['’]t|wouldn['’]t|will\s+not|would\s+not)\s+(?:even\s+|publicly\s+|officially\s+){0,2}"
    r"(?:comment|confirm|acknowledge|admit)\b"
    # (round 39) a briefer's "I'm not going to confirm specific figures", "I'm not in a position
    # to confirm that", "I cannot confirm that"
    r"|\b(?:(?:am|is|are|was|were)\s+not|['’]m\s+not|isn['’]t|aren['’]t)\s+(?:going\s+to|in\s+a\s+position\s+to)\s+"
    r"(?:be\s+in\s+a\s+position\s+to\s+)?(?:comment|confirm|discuss|acknowledge|verify)\b"
    r"|\b(?:cannot|can['’]t)\s+(?:independently\s+|publicly\s+)?(?:comment|confirm|verify)\b"
    # "I have nothing to add to what I have said", "We have nothing further to add"
    r"|\b(?:have|has|had)\s+nothing\s+(?:more\s+|further\s+|new\s+)?to\s+add\b"
    # (round 39) "has said nothing", "North Korea, of course, said nothing" (not "said nothing had
    # changed", which is what was said), "has given no casualty figures", "made no mention"
    r"|\b(?:(?:has|have|had)\s+(?:(?:still|so\s+far|also)\s+)?)?said\s+nothing\b"
    r"(?!\s+(?:had|has|was|is|were|would|will|could|can|new)\b)"
    r"|\b(?:has|have|had)\s+(?:(?:so\s+far|still|also)\s+)?(?:made|given|offered|published)\s+no\s+"
    r"(?:official\s+|public\s+)?(?:comment|reaction|response|mention|(?:casualty\s+)?figures?)\b"
    r"|\bdeclin(?:ed|es|ing)\s+(?:(?:on|in)\s+[\w\s]{1,20}?\s+|again\s+)?(?:to\s+(?:comment|discuss)|further\s+comment)\b"
    # "a claim not confirmed by Russia's Defence Ministry": who was silent comes after "by"
    r"|\bnot\s+(?:been\s+|yet\s+)?(?:confirmed|acknowledged)\s+by\b"
    # "said only: \"Images are a serious thing\"", "said only that it was checking the reports"
    # (not before a figure: "said only that about 300 had died" is a claim)
    r"|\b(?:(?:said|say|says)\s+only|only\s+said)\b(?![^.;]*\d)"
    r"|\b(?:was|were|is|are)\s+(?:still\s+)?checking\s+(?:the\s+)?reports\b"
    r"|\b[Nn]o\s+(?:immediate\s+)?(?:comment|response|reaction|reply|word)\b"
    # (round 39) "Nothing from KCNA.", "There has been nothing from Pyongyang since …"
    r"|\b(?<!almost\s)(?<!next\sto\s)[Nn]othing(?:\s+(?:yet|so\s+far|at\s+all))?(?=\s+from\b)"
    # (round 39) "we've heard nothing from Pyongyang": who was silent comes after "from"
    r"|\bheard\s+nothing\b(?=\s+from\b)"
    # (round 64) "Moscow has been unwilling to discuss it"
    r"|\b(?:has|have|had|is|are|was|were)\s+(?:been\s+)?(?:so\s+far\s+)?unwilling\s+to\s+(?:discuss|comment|confirm|acknowledge)\b"
    # (round 34) "asked the Russian embassy for comment and has not had a response"
    # (the asker's words: the one asked, named before, is silent)
    r"|\bfor\s+comment\b[^.;]{0,80}?\b(?:has|have|had)\s+not\s+(?:yet\s+)?(?:had|received|got|gotten)\s+"
    r"(?:a|any)\s+(?:response|reply|answer)\b"
    r"|\bneither\s+confirmed\s+nor\s+denied\b"
    # evasion: "would neither confirm nor deny", "wouldn't confirm or deny", "did not deny it",
    # "declined to deny that …"
    r"|\bneither\s+confirm(?:s|ed)?\s+nor\s+den(?:y|ies|ied)\b"
    r"|\b(?:would|will|did|does|do|has|have|had)(?:\s+not|n['’]t)\s+(?:confirm\s+or\s+)?den(?:y|ied)\b"
    r"|\bdeclined\s+to\s+(?:confirm\s+or\s+)?deny\b"
    # "has remained silent", "Moscow and Pyongyang remain silent", "refused to discuss"; (round 39)
    # "Pyongyang also keeps silent", "keeps silence", "prefers to stay silent"
    r"|\b(?<!can\s)(?<!may\s)(?<!could\s)(?:remain(?:s|ed)?|keep(?:s|ing)?|kept|stay(?:s|ed|ing)?"
    r"|ha(?:s|ve|d)\s+(?:remained|kept|been|stayed))\s+"
    r"(?:largely\s+|publicly\s+|completely\s+)?silen(?:t|ce)\b"
    # (round 39) "has refused to acknowledge their presence", "still refuses to say a word"
    r"|\brefus(?:ed|es|e|ing)\s+to\s+(?:publicly\s+|even\s+)?(?:comment|discuss|acknowledge|confirm|admit"
    r"|say\s+(?:a\s+word|anything|either\s+way))\b"
)
NEITHER_VERBS: str = (
    r"\b(?:commented|comment|acknowledged|confirmed|responded|admitted|admit|recogni[sz]ed"
    r"|(?:published|disclosed|released|given)(?=\s+(?:any|a|its|their)\b))\b"
    # (round 64) "a deployment that neither Moscow nor Pyongyang has been willing to discuss"
    r"|\bwilling\s+to\s+(?:discuss|comment|confirm|acknowledge)\b"
)
DENIAL: str = (
    r"\b(?:denied|denies|deny|denying|dismissed|dismisses|dismissing|rejected|rejects|rejecting"
    r"|refuted|refutes|refuting)\b"
    r"|\b(?:are|is|were|was)\s+(?:not\s+true|untrue|false)\b"
    # "said that they were \"groundless lies\"", "spoke of \"groundless rumours\""
    r"|\b(?:are|is|were|was|spoke\s+of)\s+[\"“‘]?(?:\w+\s+)?(?:groundless|baseless|fabricat\w*)\b"
    r"|\bcalled\s+(?:the|these|those|such)\s+(?:reports?|claims?|allegations?)\s+"
    r"(?:groundless|false|fake|baseless)"
    # "called them \"groundless rumours\"", "called the first reports \"another piece of fake news\"",
    # "said the story looked like fake news": the words say untrue (not "called it a provocation")
    r"|\b(?:call(?:ed|s|ing)\s+(?:them|it|(?:(?:the|these|those|such|an?|that)\s+)?(?:[\w'’-]+\s+){0,3}?"
    r"(?:reports?|claims?|allegations?|stor(?:y|ies)|news|information|talk)"
    r"(?:\s+(?:of|about|on|that|by)\s+[^\"“;.,]{1,60}?)?)"
    r"|look(?:ed|s)?\s+like|seem(?:ed|s)?\s+like"
    # "described such reports on October 10 as \"another piece of fake news\""
    r"|describ(?:ed|es|ing)\s+(?:them|it|[^\"“;.,]{0,40}?\b(?:reports?|claims?|allegations?|stor(?:y|ies)|news"
    r"|information|talk)\b[^\"“;.,]{0,60}?)\s+as)\s+[\"“‘']?(?:(?:an?|another|yet|just|more|one|more|piece"
    r"|of|stereotyped|malicious)[\s,]+){0,4}(?:groundless|false|fake|baseless|untrue|not\s+true|lies|fabricat\w*)"
    # (round 65) a deck's bullet read as its speaker's words: 'said on 21 Oct: "groundless stereotyped
    # rumours"', 'said on 10 Oct: reports of North Korean troops "another piece of fake news"'
    r"|\bsaid\b[^:\"“]{0,60}:\s+(?:(?:the\s+)?(?:reports?|claims?|stor(?:y|ies))\b[^\"“:;]{0,60}\s)?[\"“]"
    r"(?:(?:an?|another|yet|just|more|piece|of|stereotyped|malicious)\s+){0,4}"
    r"(?:groundless|false|fake|baseless|untrue|lies|fabricat\w*)"
)
#: A side confirming or acknowledging (not a passive "was confirmed by", not a negation, which
#: NO_COMMENT reads): "Gerasimov acknowledged for the first time that ...", "Pyongyang's own
#: confirmation on Monday".
CONFIRMATION: str = (
    r"(?<!\bbe\s)(?<!been\s)(?<!being\s)(?<!was\s)(?<!were\s)(?<!is\s)(?<!are\s)(?<!not\s)(?<!n't\s)"
    r"\b(?:confirmed|confirms|acknowledged|acknowledges|admitted|admits)\b(?!\s+by\b)"
    r"|(?<=['’]s\s)(?:own\s+)?(?:confirmation|acknowledge?ment|admission)\b"
    # (round 34) "…, confirming Zelensky's announcement": the speaker's statement confirms another's
    r"|(?<=,\s)confirming(?=\s+(?:the\s+|an?\s+|its\s+|[A-Z][\w.-]*['’]s\s+)(?:[\w-]+\s+){0,2}?"
    r"(?:announcement|claim|report|statement|account|figure|capture)s?\b)"
    # "carried a statement of the party's Central Military Commission confirming that …"
    r"|\bstatement\s+(?:of|from|by)\s+(?:[\w'’-]+\s+){1,10}?confirming(?=\s+that\b)"
)

DISPUTE: str = (
    r"\b(?:disputed|disputes|contested|contests)\b"
    # "questioned the figures" disputes; "the pair being questioned" is an interrogation
    r"|\b(?<!being\s)(?<!been\s)(?<!was\s)(?<!were\s)questioned\s+(?:the|these|those|its|their|his|her|such|Kyiv['’]s"
    r"|Moscow['’]s|Seoul['’]s)\s+(?:[\w'’-]+\s+){0,2}(?:claims?|figures?|estimates?|reports?|numbers?|accounts?"
    r"|data|assessments?|tally|toll)\b"
)

#: Words in a response that say which kind of claim it answers.
RESPONSE_TOPICS: tuple[tuple[str, str], ...] = (
    (
        "territorial",
        r"\boperation\b|\bcontrol\b|\bliberat\w*|\bpositions\b|\bretak\w*"
        r"|\brecaptur\w*|\bloss\s+of\s+the\s+(?:town|village|city)\b",
    ),
    ("deployment", r"\btroops?\b|\bdeploy\w*|\bsoldiers\b|\bpresence\b"),
    ("casualties", r"\bcasualt\w*|\blosses\b|\bkilled\b|\bwounded\b"),
)

#: Words naming what a response answers, kept in `about`.
RESPONSE_NOUNS: str = r"\b(claims?|allegations?|reports?|figures?|remarks|statements?)\b"

#: Sentence fragments after which numbers are a baseline, not the claim.
BASELINE: str = (
    r"\b(?:down|up)\s+from\b|\bcompared\s+with\b|\bfrom\s+a\s+peak\s+of\b"
    # a corrected figure: 'corrected from "at least 1,100" to "around 1,100"' (the old one goes)
    r"|\b(?:corrected|revised|changed|amended|updated|downgraded|upgraded)\s+from\b"
)

#: Page furniture around a scraped article: menus, bylines, reading times, share and footer lines.
#: (A copyright line is short: a long "(c) On 28 March 2025, …" is a list's third item.)
FURNITURE: str = (
    r"^(?:Skip\s+to\s+(?:content|main)|Search|Menu|Subscribe|Sign\s+in|Log\s+in|Home|EN\s*\|.*"
    r"|By\s+[A-Z].{0,60}|Estimated\s+reading\s+time.*|Reading\s+time.*|\d+\s+min(?:ute)?s?\s+read.*"
    r"|Share(?:\s+this)?:?.*|Read\s+(?:also|more):.*|Related:.*|Most\s+(?:Popular|Read).*"
    r"|Support\s+.{0,80}|©.*|\(c\)\s.{0,100}|Copyright.*|All\s+rights\s+reserved.*|Advertisement"
    r"|\(END\)|\d+\s+comments?|Comments?\s*\(\d+\).*|Write\s*:.*|Updated?\s*:?.*\d{1,2}:\d{2}.*"
    r"|Posted\s*:?.*\d{4}.*|Published\s*:?.*\d{4}.*"
    # consent banners: "We use cookies to ... [Accept all]"
    r"|(?:We|This\s+(?:site|website))\s+uses?\s+cookies\b.*|.*\bcookies\b.*\[(?:Accept|OK|Agree)[^]]*\].*)$"
)

#: Caption lines under the outlet line.
CAPTION: str = (
    r"^(?:File\s+photo|Illustrative\s+photo|Photo\b.*|\(Photo.*|Credit:.*|Illustration.*"
    r"|Screenshot.*|Video.*)$"
)
