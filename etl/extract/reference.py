"""Actors and places loaded from the data folder, with the lookups the extractor needs.

The extractor never hard-codes who speaks or where places are: an analyst adds an alias to
`actors.csv` or a village to `places.csv` and the extractor picks it up. Names repeat across the
border, so places resolve within a region first.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from pathlib import Path

from etl.extract import rx
from etl.extract.lexicon import EXTRA_ALIASES, GENERIC_ACTORS

DEFAULT_DATA_DIR: Path = Path(__file__).resolve().parents[2] / "data"


@dataclass(frozen=True)
class Actor:
    """One row of actors.csv (or a generic claimant from the lexicon)."""

    name: str
    side: str
    kind: str = ""
    parent: str = ""
    aliases: tuple[str, ...] = ()

    @property
    def short(self) -> str:
        """The abbreviation in the name's parentheses ("HUR"), else the name: for `about` text."""
        m = rx.search(r"\(([A-Z]{2,6})\)$", self.name)
        return m.group(1) if m else self.name


@dataclass(frozen=True)
class Mention:
    """An actor named in a sentence, with its character span."""

    actor: Actor
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Place:
    """One row of places.csv."""

    place_id: str
    name: str
    kind: str
    admin1: str
    country_code: str
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True)
class PlaceMention:
    """A gazetteer name found in text; `candidates` has several places when the name repeats."""

    surface: str
    start: int
    end: int
    candidates: tuple[Place, ...]


def _read_csv(path: Path) -> list[dict[str, str]]:
    """Rows of a UTF-8 CSV (BOM tolerated); empty when the file is missing."""
    if not path.is_file():
        return []
    with path.open(encoding="utf-8-sig", newline="") as f:
        return [{k: (v or "").strip() for k, v in row.items() if k} for row in csv.DictReader(f)]


def _split(cell: str) -> tuple[str, ...]:
    return tuple(a.strip() for a in cell.split(";") if a.strip())


#: Ways news copy names the same country before a body: "UK Ministry of Defence" is also
#: "Britain's Ministry of Defence" and "the British Ministry of Defence".
_POSSESSIVE: tuple[tuple[str, ...], ...] = (
    # a capital stands for its state's bodies too ("Seoul's intelligence service")
    ("Ukrainian ", "Ukraine's ", "Kyiv's "),
    ("Russian ", "Russia's ", "Moscow's "),
    ("North Korean ", "North Korea's ", "Pyongyang's "),
    ("South Korean ", "South Korea's ", "Seoul's "),
    ("UK ", "U.K. ", "British ", "Britain's ", "UK's ", "London's "),
    ("US ", "U.S. ", "American ", "America's ", "United States ", "Washington's "),
)
_SPELLINGS = (("Defence", "Defense"),)
#: What copy puts before a country's "intelligence agency" without naming another body.
_AGENCY_ADJ = ("", "main ", "top ", "chief ", "primary ", "national ", "state ")


def _german_spelling(alias: str) -> str:
    """A Slavic surname as German copy transliterates it: "Zelenskyy" is "Selenskyj", "Syrskyi"
    is "Syrskyj" (З is S, the -skyi/-sky ending is -skyj); other words stay as written."""
    words = []
    for w in alias.split(" "):
        german = rx.sub(r"sk(?:yy|yi|iy|y)$", "skyj", w)
        if german != w and german.startswith("Z"):
            german = "S" + german[1:]
        words.append(german)
    return " ".join(words)


def _polish_spelling(alias: str) -> str:
    """(session 18) A Slavic name as Polish (and German) copy transliterates it: "Kovalenko" is
    "Kowalenko", "Budanov" is "Budanow", "Andrii" is "Andrij" (v is w, a final -ii/-iy is -ij).
    Only words that start with a capital; other words stay as written."""
    words = []
    for w in alias.split(" "):
        if w[:1].isupper() and w[1:].islower():
            w = rx.sub(r"(?:ii|iy)$", "ij", w.replace("v", "w").replace("V", "W"))
        words.append(w)
    return " ".join(words)


def _polish_russian_spelling(alias: str) -> str:
    """(round 39) A Russian name as Polish copy writes it: "Gerasimov" is "Gierasimow", "Peskov"
    "Pieskow", "Valery" "Walerij", "Vladimir" "Władimir" (e is ie after g, k, p, b, m, w, f; a hard
    l is ł; a final -y or -i after a consonant is -ij), on top of `_polish_spelling`."""
    words = []
    for w in _polish_spelling(alias).split(" "):
        if w[:1].isupper() and w[1:].islower():
            w = rx.sub(r"(?<=[GKPBMWFgkpbmwf])e", "ie", w)
            w = rx.sub(r"l(?=[aouy])", "ł", w)
            w = rx.sub(r"(?<=[^aeiouj])[yi]$", "ij", w)
        words.append(w)
    return " ".join(words)


def _lithuanian_spelling(alias: str) -> str:
    """(round 40) A Slavic name as Lithuanian copy writes it: "Gerasimov" is "Gerasimovas",
    "Zelenskyy" "Zelenskis", "Volodymyr" "Volodymyras", "Kovalenko" "Kovalenka" (a masculine -as or
    -is ending); other words stay as written, and an alias with no such word is returned as is."""
    words = []
    for w in alias.split(" "):
        if w[:1].isupper() and w[1:].islower():
            w = rx.sub(r"sk(?:yy|yi|iy|ii|y|i)$", "skis", w)
            w = rx.sub(r"enko$", "enka", w)
            w = rx.sub(r"(?<=[a-z])(ov|ev|in|yr|ir|ch)$", r"\1as", w)
        words.append(w)
    return " ".join(words)


def _variants(alias: str) -> set[str]:
    """Spellings to match: as written, "Ukraine's military" for "Ukrainian military",
    "Britain's Ministry of Defense" for "UK Ministry of Defence"."""
    out = {
        alias,
        _german_spelling(alias),
        _polish_spelling(alias),
        _polish_russian_spelling(alias),
        _lithuanian_spelling(alias),
    }
    spy = rx.fullmatch(r"(?P<c>.+?['’]s\s+)spy\s+agency", alias)
    if spy:
        # "South Korea's spy agency" is also "South Korea's main intelligence agency"
        out |= {
            f"{spy.group('c')}{adj}{noun} agency" for adj in _AGENCY_ADJ for noun in ("intelligence", "spy")
        }
        out.add(f"{spy.group('c')}spies")  # (round 27) "Seoul's spies put the dead at about 600": the agency
    for a, b in _SPELLINGS:
        out |= {v.replace(a, b) for v in out} | {v.replace(b, a) for v in out}
    if rx.fullmatch(r"[A-Z][a-z]+ [a-z]+", alias):
        # (round 54) "the Western-intelligence estimate": a group's name as a compound adjective
        out.add(alias.replace(" ", "-"))
    for group in _POSSESSIVE:
        for v in list(out):
            head = next((g for g in group if v.startswith(g)), None)
            if head is not None:
                out |= {g + v[len(head) :] for g in group}
    return out


def _case_sensitive(alias: str) -> bool:
    """Acronyms and short names must match exactly ("US" is not "us"); phrases need not."""
    return " " not in alias.strip() or len(alias) <= 5


def _bare_name(a: Actor) -> tuple[str, ...]:
    """An official's name without the body in parentheses ("Sabrina Singh" for "Sabrina Singh
    (US Department of Defense)"): reports name the person, so a row with no aliases still matches."""
    m = rx.fullmatch(r"((?:[A-Z][\w'.-]+\s){1,3}[A-Z][\w'-]+)\s+\([^)]+\)", a.name)
    if a.kind != "official" or m is None:
        return ()
    return (m.group(1),)


#: Words that make a name a body's, not a person's ("Global Defense Corp").
_BODY_WORD = re.compile(
    r"\b(?:Corp|Inc|Ltd|Agency|Service|Ministry|Council|Forces|Staff|Mission|House|Office|Command"
    r"|Department|Intelligence|Group|Project|News|Institute|Center|Centre)\b"
)


_TITLE_WORD = re.compile(
    r"(?:Mr|Ms|Mrs|Dr|Gen|Maj|Lt|Col|Adm|Capt|Sen|Rep)\.?|President|Secretary|Minister|General|Colonel"
    r"|Spokes(?:man|woman|person)|Chief|Commander|Director|Ambassador|Envoy|Marshal|Admiral|Major|Blogger"
)


def _person_names(a: Actor) -> tuple[str, ...]:
    """A person's full names ("Vladimir Romanov" of "Vladimir Romanov (Russian military blogger)"
    and its aliases of two or three capitalised words); none for a body."""
    if a.kind not in ("official", "media", "analyst"):
        return ()
    names = (rx.sub(r"\s*\([^)]*\)$", "", a.name), *a.aliases)
    return tuple(
        n
        for n in names
        if rx.fullmatch(r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,2}", n) and not _BODY_WORD.search(n)
    )


class Actors:
    """Alias index over actors.csv plus lexicon fallbacks; longest alias wins in text."""

    def __init__(self, actors: list[Actor]) -> None:
        self.by_name: dict[str, Actor] = {}
        self._alias: dict[str, Actor] = {}
        for a in actors:
            self.by_name.setdefault(a.name, a)
        for a in actors:
            for alias in (a.name, *a.aliases):
                self._alias.setdefault(alias.lower(), a)
        for a in actors:
            for alias in _bare_name(a):
                self._alias.setdefault(alias.lower(), a)
        surfaces: dict[str, Actor] = {}
        for a in actors:
            for alias in (a.name, *a.aliases, *_bare_name(a)):
                for v in _variants(alias):
                    key = v if _case_sensitive(v) else v.lower()
                    surfaces.setdefault(key, a)
        self._surfaces = surfaces
        ordered = sorted(surfaces, key=len, reverse=True)
        # Alternatives grouped by their first letter, each group behind a look-ahead for it: at a
        # word's start only the names that begin with its letter are tried (longest first, as
        # before), not all ~700 of them.
        groups: dict[str, list[str]] = {}
        for s in ordered:
            groups.setdefault(s[0].lower(), []).append(
                re.escape(s) if _case_sensitive(s) else f"(?i:{re.escape(s)})"
            )
        alts = [f"(?=[{re.escape(c)}{re.escape(c.upper())}])(?:{'|'.join(g)})" for c, g in groups.items()]
        self._re = re.compile(r"(?<![\w.])(?:" + "|".join(alts) + r")(?![\w])") if ordered else None
        self._cache: dict[str, tuple[Mention, ...]] = {}
        by_surname: dict[str, set[str]] = {}
        for a in actors:
            for full in _person_names(a):
                by_surname.setdefault(full.split()[-1].lower(), set()).add(a.name)
        #: A person's surname alone ("Romanov said", "Ryder told reporters"), kept only when one
        #: person in the file has it.
        self._surname_cache: dict[str, tuple[Mention, ...]] = {}
        self._surname: dict[str, Actor] = {
            k: self.by_name[next(iter(v))] for k, v in by_surname.items() if len(v) == 1
        }

    def resolve(self, text: str) -> Actor | None:
        """Actor by canonical name or alias (or its possessive variant), case-insensitively."""
        key = text.strip().lower()
        if key in self._alias:
            return self._alias[key]
        for v in _variants(text.strip()):
            if v.lower() in self._alias:
                return self._alias[v.lower()]
        return None

    def by_surname(self, word: str) -> Actor | None:
        """The one person the actors file names with this surname ("Romanov" is Vladimir Romanov,
        whatever his row's parenthesis says), else None (two people share it, or nobody has it)."""
        return self._surname.get(word.strip().lower())

    def surname_mentions(self, text: str, taken: list[Mention]) -> list[Mention]:
        """Surnames alone that one known person has ("Ryder", "Romanov"), outside `taken` spans
        and not after another capitalised name word ("Maria Romanov" is someone else); a title
        before the surname ("Secretary Blinken", "Maj. Gen. Ryder") is no name."""
        if not self._surname:
            return []
        hit = self._surname_cache.get(text)
        if hit is not None:
            return list(hit)
        out = []
        for m in rx.finditer(r"(?<![\w.'’-])[A-Z][a-z'’-]+(?![\w-])", text):
            actor = self._surname.get(m.group(0).lower())
            if actor is None or any(t.start <= m.start() < t.end for t in taken):
                continue
            before = rx.search(r"([A-Z][\w'’.-]*)\s+$", text[: m.start()])
            # (a possessive is no first name: "Pentagon's Ryder", "NATO's Rutte")
            if (
                before
                and not _TITLE_WORD.fullmatch(before.group(1))
                and not before.group(1).endswith(("'s", "’s"))
            ):
                continue
            out.append(Mention(actor, m.start(), m.end(), m.group(0)))
        if len(self._surname_cache) > 4096:  # bounded, as `mentions`
            self._surname_cache.clear()
        self._surname_cache[text] = tuple(out)
        return out

    def state(self, side: str) -> Actor | None:
        """The state actor of a side (responses name states: "Moscow" is Russia)."""
        for a in self.by_name.values():
            if a.kind == "state" and a.side == side:
                return a
        return None

    def mentions(self, text: str) -> list[Mention]:
        """Actors named in `text`, left to right, longest alias at each position."""
        if self._re is None:
            return []
        hit = self._cache.get(text)
        if hit is not None:
            return list(hit)
        found = self._scan(text)
        if len(self._cache) > 4096:  # bounded: a batch of reports must not grow it forever
            self._cache.clear()
        self._cache[text] = tuple(found)
        return found

    def clear_cache(self) -> None:
        """Forget remembered sentences (benchmarks measure cold reads)."""
        self._cache.clear()
        self._surname_cache.clear()

    def _scan(self, text: str) -> list[Mention]:
        assert self._re is not None
        out = []
        for m in self._re.finditer(text):
            actor = self._surfaces.get(m.group(0)) or self._surfaces.get(m.group(0).lower())
            if rx.search(r"(?i)\bmilitary$", m.group(0)) and rx.match(
                r"\s+(?:officials?|sources?|analysts?|experts?|bloggers?|observers?)\b", text[m.end() :]
            ):
                continue  # "South Korean military officials": people of the forces, not their command
            if (
                actor is not None
                and m.group(0).lower() in _OWN_COUNTRY_BARE
                and (pos := rx.search(r"\b([A-Z][a-z]+)['’]s\s+$", text[max(0, m.start() - 40) : m.start()]))
                and pos.group(1) in _OTHER_COUNTRIES
            ):
                # (QA pass 20) "Estonia's defence intelligence chief": another country's body of
                # that generic name, not the British one the bare words stand for in UK copy
                continue
            if actor is not None:
                out.append(Mention(actor, m.start(), m.end(), m.group(0)))
        if len(out) > 1 and "(" in text:
            out = _drop_affiliations(text, out)
        return out


#: Bare generic names that stand for one country's body ("defence intelligence" in British copy):
#: after another country's possessive ("Estonia's defence intelligence chief") they name no actor
#: of the file ("the United Kingdom's", "Sunday's" are no other country).
_OWN_COUNTRY_BARE = frozenset({"defence intelligence", "defense intelligence"})
_OTHER_COUNTRIES = frozenset(
    {
        "Estonia",
        "Latvia",
        "Lithuania",
        "Poland",
        "Finland",
        "Sweden",
        "Norway",
        "Denmark",
        "Germany",
        "France",
        "Netherlands",
        "Italy",
        "Spain",
        "Romania",
        "Moldova",
        "Georgia",
        "Canada",
        "Australia",
        "Japan",
        "Korea",
        "Ukraine",
        "Russia",
        "Belarus",
        "Israel",
        "Turkey",
        "Czechia",
        "Slovakia",
        "Hungary",
        "Austria",
        "Switzerland",
        "Belgium",
        "Ireland",
        "India",
        "China",
        "Taiwan",
    }
)


def _drop_affiliations(text: str, found: list[Mention]) -> list[Mention]:
    """A body in brackets right after an official's name ("John Kirby (White House NSC)") says
    whom the official works for: the official is the one named, so the bracket is no mention."""
    keep: list[Mention] = []
    for m in found:
        prev = keep[-1] if keep else None
        if (
            prev is not None
            and prev.actor.kind in ("official", "analyst")
            and m.actor.kind not in ("official", "analyst")
            and rx.fullmatch(r"\s*\([^()]*", text[prev.end : m.start])
            and rx.match(r"[^()]*\)", text[m.end :])
        ):
            continue
        keep.append(m)
    return keep


#: (round 68) A word after a town's name that makes it the name of a district around it.
_DISTRICT_AFTER = re.compile(r"\s+(?:district|raion|rayon|municipal\s+district)\b", re.IGNORECASE)


class Gazetteer:
    """Place names and aliases from places.csv, and the oblast-level regions they sit in."""

    def __init__(self, places: list[Place]) -> None:
        self.places = places
        self._index: dict[str, list[Place]] = {}
        for p in places:
            for n in {p.name, *p.aliases}:
                self._index.setdefault(n, [])
                if p not in self._index[n]:
                    self._index[n].append(p)
        self.regions: list[str] = sorted(
            {p.admin1 for p in places if p.admin1.endswith((" Oblast", " Krai", " Raion"))}
            | {p.name for p in places if p.kind == "region" and p.admin1 == p.name}
        )
        names = sorted((n for n in self._index if len(n) >= 3), key=len, reverse=True)
        self._re = (
            re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(n) for n in names) + r")(?![\w-])")
            if names
            else None
        )
        stems = sorted({r.rsplit(" ", 1)[0] for r in self.regions}, key=len, reverse=True)
        self._stem_region = {r.rsplit(" ", 1)[0]: r for r in self.regions}
        if stems:
            alt = "|".join(re.escape(s) for s in stems)
            self._region_re: re.Pattern[str] | None = re.compile(
                rf"\bregion\s+of\s+(?P<a>{alt})\b"
                rf"|\b(?P<b>{alt})(?:\s+border)?\s+(?:region|[Oo]blast|province|area|direction)\b"
                rf"|(?<!city of )(?<!town of )\b(?P<c>{alt})\b(?!['’]s?\s)(?!\s+city)"
            )
        else:
            self._region_re = None

    def region_mentions(self, text: str) -> list[tuple[int, int, str]]:
        """Regions named in text ("Kursk region", "region of Kursk", bare "Kursk")."""
        if self._region_re is None:
            return []
        out = []
        for m in self._region_re.finditer(text):
            stem = m.group("a") or m.group("b") or m.group("c")
            out.append((m.start(), m.end(), self._stem_region[stem]))
        return out

    def mentions(self, text: str) -> list[PlaceMention]:
        """Settlements named in text; regions, districts and capitals (metonyms) are left out."""
        if self._re is None:
            return []
        regions = self.region_mentions(text)
        out = []
        for m in self._re.finditer(text):
            if any(s <= m.start() < e for s, e, _ in regions):
                continue
            if _DISTRICT_AFTER.match(text, m.end()):
                continue  # (round 68) "in the Rylsk district": the district the town names, not the town
            cands = tuple(
                p for p in self._index[m.group(0)] if p.kind not in ("region", "district", "capital")
            )
            if cands:
                out.append(PlaceMention(m.group(0), m.start(), m.end(), cands))
        return out

    @staticmethod
    def resolve(mention: PlaceMention, region: str) -> Place | None:
        """The place meant: the only candidate, else the one in `region`, else None."""
        if len(mention.candidates) == 1:
            return mention.candidates[0]
        inside = [p for p in mention.candidates if p.admin1 == region]
        return inside[0] if len(inside) == 1 else None

    def by_id(self, place_id: str) -> Place | None:
        """A place_id is unambiguous, so it is tried before names."""
        for p in self.places:
            if p.place_id == place_id:
                return p
        return None

    def candidates(self, name: str) -> list[Place]:
        """Every place a places cell's item may mean, as the build matches it
        (`etl.curated.places`: its id, name or an alias, in any case)."""
        key = name.strip().lower()
        return [
            p
            for p in self.places
            if key in {p.place_id.lower(), p.name.lower(), *(a.lower() for a in p.aliases)}
        ]

    def lookup(self, name: str, region: str = "") -> Place | None:
        """Resolve a name or id as data/README.md says: id, else name within region, else unique."""
        p = self.by_id(name)
        if p:
            return p
        cands = tuple(self._index.get(name, ()))
        if not cands:
            low = name.lower()
            cands = tuple(
                {id(p): p for n, ps in self._index.items() if n.lower() == low for p in ps}.values()
            )
        if not cands:
            return None
        return self.resolve(PlaceMention(name, 0, 0, cands), region)


@dataclass
class Reference:
    """Everything loaded from one data folder."""

    actors: Actors
    gazetteer: Gazetteer
    data_dir: Path
    lexicon_actors: list[str] = field(default_factory=list)
    #: (session 17) The days the case covers: its first event to its latest event or claim
    #: (`events.csv`, `claims.csv`). A date line without a year is read inside it (`case_window`).
    case_window: tuple[date, date] | None = None


def _child_cores(child: Actor, parent: Actor) -> set[str]:
    """What a body is called under its parent: "UK Defence Intelligence" under the UK Ministry
    of Defence is "Defence Intelligence" (the parent's own words and a "(UK)" tag dropped)."""
    parent_words = {w.lower() for n in (parent.name, *parent.aliases) for w in rx.findall(r"[\w']+", n)}
    cores = set()
    for alias in (child.name, *child.aliases):
        core = rx.sub(r"\s*\([^)]*\)\s*$", "", alias).split()
        while len(core) > 2 and core[0].lower().removesuffix("'s") in parent_words:
            core = core[1:]
        text = " ".join(core)
        stripped = text != rx.sub(r"\s*\([^)]*\)\s*$", "", alias)
        if stripped and len(core) >= 2 and text[0].isupper():
            cores.add(text)
    return cores


def _with_parent_possessives(actors: list[Actor], known: set[str], added: list[str]) -> list[Actor]:
    """A body named through its parent ("the UK Ministry of Defence's Defence Intelligence",
    "Ukraine's Defence Ministry's Main Intelligence Directorate") is the body, not the parent: the
    longest alias wins in text, so the parent would otherwise take the claim."""
    by_name = {a.name: a for a in actors}
    out = []
    for a in actors:
        parent = by_name.get(a.parent)
        if parent is None or parent.kind == "state" or a.kind != "intelligence":
            out.append(a)
            continue
        extra = tuple(
            sorted(
                {
                    f"{p}'s {core}"
                    for core in _child_cores(a, parent)
                    for p in (parent.name, *parent.aliases)
                    if " " in p and f"{p}'s {core}".lower() not in known
                }
            )
        )
        if extra:
            known.update(x.lower() for x in extra)
            added.extend(f"{x} -> {a.name}" for x in extra)
            a = Actor(a.name, a.side, a.kind, a.parent, (*a.aliases, *extra))
        out.append(a)
    return out


#: A body's name ending in its country: "Special Operations Forces of Ukraine".
_OF_COUNTRY = re.compile(
    r"(?P<core>[A-Z]\w+(?:\s+[A-Z]\w+){2,4})\s+of\s+(?:the\s+)?"
    r"(?:Ukraine|Russia|Russian Federation|Republic of Korea|South Korea|North Korea|DPRK|United States)"
)


def _without_country(actors: list[Actor], known: set[str], added: list[str]) -> list[Actor]:
    """A body whose name ends in its country ("Special Operations Forces of Ukraine") answers to
    the name without it ("Special Operations Forces") when no other actor's name begins so: a
    slide or a list drops the country it shares with its neighbours. Three capitalised words at
    least, none "of", so "Ministry of Defence" or "General Staff" (every side has one) never do."""
    cores: dict[str, list[int]] = {}
    for i, a in enumerate(actors):
        for alias in (a.name, *a.aliases):
            m = _OF_COUNTRY.fullmatch(rx.sub(r"\s*\([^)]*\)\s*$", "", alias))
            if m:
                cores.setdefault(m.group("core").lower(), []).append(i)
    out = list(actors)
    for core, owners in cores.items():
        if len(set(owners)) != 1 or core in known:
            continue
        a = out[owners[0]]
        own = {x.lower() for x in (a.name, *a.aliases)}
        if any(k.startswith(core) and k not in own for k in known):
            continue  # another actor's name begins so
        name = next(x for x in (a.name, *a.aliases) if x.lower().startswith(core))[: len(core)]
        out[owners[0]] = Actor(a.name, a.side, a.kind, a.parent, (*a.aliases, name))
        known.add(core)
        added.append(f"{name} -> {a.name}")
    return out


def _load_actors(data_dir: Path) -> tuple[list[Actor], list[str]]:
    rows = _read_csv(data_dir / "actors.csv")
    actors = [
        Actor(
            r.get("name", ""),
            r.get("side", ""),
            r.get("kind", ""),
            r.get("parent", ""),
            _split(r.get("aliases", "")),
        )
        for r in rows
        if r.get("name")
    ]
    known = {s.lower() for a in actors for s in (a.name, *a.aliases)}
    added: list[str] = []
    for i, a in enumerate(actors):
        extra = tuple(x for x in EXTRA_ALIASES.get(a.name, ()) if x.lower() not in known)
        if extra:
            actors[i] = Actor(a.name, a.side, a.kind, a.parent, (*a.aliases, *extra))
            added.extend(f"{x} -> {a.name}" for x in extra)
    actors = _with_parent_possessives(actors, known, added)
    actors = _without_country(actors, known, added)
    for name, side, aliases in GENERIC_ACTORS:
        if name.lower() in known:
            continue
        fresh = tuple(a for a in aliases if a.lower() not in known)
        actors.append(Actor(name, side, "group", "", fresh))
        added.append(name)
    return actors, added


def _load_places(data_dir: Path) -> list[Place]:
    return [
        Place(
            r.get("place_id", ""),
            r.get("name", ""),
            r.get("kind", ""),
            r.get("admin1", ""),
            r.get("country_code", ""),
            _split(r.get("aliases", "")),
        )
        for r in _read_csv(data_dir / "places.csv")
        if r.get("name")
    ]


def case_window(path: Path) -> tuple[date, date] | None:
    """The days the case covers: from its first event (`events.csv` date_start) to its latest
    event or claim (`claims.csv` stated_on), or None when the folder has neither. Unreadable
    cells are skipped: the build names them; here they only narrow a guess."""
    days: list[date] = []
    for name, cols in (("events.csv", ("date_start", "date_end")), ("claims.csv", ("stated_on",))):
        f = path / name
        if not f.is_file():
            continue
        with f.open(encoding="utf-8", newline="") as fh:
            for row in csv.DictReader(fh):
                for col in cols:
                    try:
                        days.append(date.fromisoformat((row.get(col) or "").strip()[:10]))
                    except ValueError:
                        continue
    return (min(days), max(days)) if days else None


_WATCHED = ("actors.csv", "places.csv", "events.csv", "claims.csv")


@lru_cache(maxsize=8)
def _load_cached(data_dir: str, stamp: tuple[float, ...]) -> Reference:
    path = Path(data_dir)
    actors, added = _load_actors(path)
    return Reference(Actors(actors), Gazetteer(_load_places(path)), path, added, case_window(path))


def load_reference(data_dir: Path | None = None) -> Reference:
    """Load (cached until the files change) actors, places and the case's days from `data_dir`."""
    path = (data_dir or DEFAULT_DATA_DIR).resolve()
    stamp = tuple((path / n).stat().st_mtime if (path / n).is_file() else 0.0 for n in _WATCHED)
    return _load_cached(str(path), stamp)
