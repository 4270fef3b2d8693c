"""Reference data: people with offices, countries, organisations, sources, topics, triggers.

The YAML files under ``rasd/data`` are reviewed data, not code. This module loads them once and
builds the lookups the extractor needs: an Aho-Corasick automaton over normalised Arabic keys and
"who held this office on that day".
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from collections import defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import ahocorasick
import yaml

from rasd.arabic import WORD_START
from rasd.config import DATA_DIR, ConfigError, news_sources, read_yaml
from rasd.config import titles as titles_data
from rasd.extract.lexicon import lexicon
from rasd.normalize import normalize_key, words_skeleton

HEAD_OF_STATE_ROLES = ("president", "king", "queen", "emir", "sultan", "emperor", "pope")


@dataclass(frozen=True)
class Office:
    role: str
    country: str | None
    org: str | None
    start: dt.date | None
    end: dt.date | None

    def held_on(self, day: dt.date) -> bool:
        return (self.start is None or self.start <= day) and (self.end is None or day <= self.end)


@dataclass(frozen=True)
class Person:
    person_id: str
    name_en: str
    names_ar: tuple[str, ...]
    ambiguous_ar: tuple[str, ...]
    offices: tuple[Office, ...]

    @property
    def name_ar(self) -> str:
        return self.names_ar[0] if self.names_ar else ""

    def country_on(self, day: dt.date | None) -> str | None:
        offices = [o for o in self.offices if o.country]
        if day is not None:
            current = [o for o in offices if o.held_on(day)]
            if current:
                return current[0].country
        return offices[-1].country if offices else None

    def offices_on(self, day: dt.date) -> list[Office]:
        return [o for o in self.offices if o.held_on(day)]


@dataclass(frozen=True)
class Country:
    code: str
    name_en: str
    adjective_en: str
    names_ar: tuple[str, ...]
    adjectives_ar: tuple[str, ...]
    capitals_ar: tuple[str, ...] = ()
    arab_league: bool = False


@dataclass(frozen=True)
class Entry:
    """One meaning of a normalised key found in text."""

    kind: str  # person | person_ambiguous | title | dual_title | counterpart | honorific | country_adj
    #            | country_name | org | source | source_ambiguous | source_template | topic | trigger
    #            | status_cue | background_cue | attribution_cue
    value: Any
    key: str
    has_article: bool = False
    gathering: bool = False  # a summit word read as a meeting by the participants told with it (scan)


@dataclass(frozen=True)
class NameSkeletons:
    """Consonant skeletons (``normalize.name_skeleton``) of the people's Arabic names."""

    bearers: dict[str, frozenset[str]]  # of every name and short name -> the people bearing one with it
    full_names: frozenset[str]  # of the names of two words or more
    # those names' first words as written (normalised), particles aside, also after the conjunction "و"
    first_word_forms: frozenset[str]
    # of every run of two or more words inside a name ("جين بينغ" of "شي جين بينغ") -> its bearers
    parts: dict[str, frozenset[str]]
    # of the first word of every name, and of its first two words joined ("عبدالمجيد"): what the
    # first word written of a name may be
    openings: frozenset[str]


@dataclass
class ReferenceData:
    people: dict[str, Person]
    countries: dict[str, Country]
    organizations: dict[str, dict[str, Any]]
    automaton: Any
    holders: dict[tuple[str, str], list[tuple[Office, Person]]] = field(default_factory=dict)
    source_kinds: dict[str, str] = field(default_factory=dict)
    source_countries: dict[str, str] = field(default_factory=dict)  # source name -> country code
    # built source names ("Tunisian presidential press office") -> country code, filled as they are met
    source_countries_built: dict[str, str | None] = field(default_factory=dict)
    source_line_labels: tuple[str, ...] = ()
    template_overrides: dict[str, str] = field(default_factory=dict)
    capitals: dict[str, str] = field(default_factory=dict)  # normalised capital name -> country code
    short_names: dict[str, list[str]] = field(default_factory=dict)  # person_id -> short ambiguous keys
    # first words of the people's full Arabic names ("رشاد", "عبد الله"): a given name before a
    # surname that belongs to someone else makes that surname another person's ("عبدالله العليمي")
    # (with the common given names of extract_words.yaml, mostly women's, that leaders lack)
    given_names: frozenset[str] = frozenset()
    name_words: dict[str, frozenset[str]] = field(default_factory=dict)  # person_id -> words of their names
    skeletons: NameSkeletons | None = None  # of the people's names (``name_skeletons``)

    def holder_of(self, role: str, place: str, day: dt.date | None) -> Person | None:
        """Who held ``role`` for country or organisation ``place`` on ``day``."""
        candidates = self.holders.get((role, place), [])
        if day is not None:
            current = [p for o, p in candidates if o.held_on(day)]
            if len(current) == 1:
                return current[0]
            if len(current) > 1:  # overlapping records: prefer the most recent start
                return max(
                    ((o, p) for o, p in candidates if o.held_on(day)),
                    key=lambda op: op[0].start or dt.date.min,
                )[1]
            return None
        return None

    def head_of_state(self, place: str, day: dt.date | None) -> Person | None:
        for role in HEAD_OF_STATE_ROLES:
            person = self.holder_of(role, place, day)
            if person:
                return person
        return None


def _date(value: Any) -> dt.date | None:
    if value in (None, "", "null"):
        return None
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value))


def _yaml(path: Path) -> Any:
    return read_yaml(path) or []


class ReferenceDataError(ConfigError):
    """A people file row that cannot be read; the message names the file, the row and the field."""


def _office(o: Any, where: str) -> Office:
    if not isinstance(o, dict) or not o.get("role"):
        raise ReferenceDataError(f"{where}: an office without a role")
    if not (o.get("country") or o.get("org")):
        raise ReferenceDataError(f"{where}: office {o['role']!r} names neither a country nor an org")
    try:
        start, end = _date(o.get("start")), _date(o.get("end"))
    except ValueError as exc:
        raise ReferenceDataError(f"{where}: office {o['role']!r} has a date that is not YYYY-MM-DD ({exc})") from None
    if start and end and end < start:
        raise ReferenceDataError(f"{where}: office {o['role']!r} ends ({end}) before it starts ({start})")
    return Office(o["role"], o.get("country"), o.get("org"), start, end)


def _person(row: Any, where: str) -> Person:
    """One people-file row, validated: a malformed row stops loading with a one-line reason."""
    if not isinstance(row, dict):
        raise ReferenceDataError(f"{where}: a row must be a mapping, not {type(row).__name__}")
    for key in ("id", "name_en"):
        if not row.get(key):
            raise ReferenceDataError(f"{where}: missing {key}")
    where = f"{where} ({row['id']})"
    for key in ("names_ar", "ambiguous_ar", "offices"):
        if not isinstance(row.get(key) or [], list):
            raise ReferenceDataError(f"{where}: {key} must be a list")
    return Person(
        person_id=str(row["id"]),
        name_en=str(row["name_en"]),
        names_ar=tuple(row.get("names_ar") or []),
        ambiguous_ar=tuple(row.get("ambiguous_ar") or []),
        offices=tuple(_office(o, where) for o in row.get("offices") or []),
    )


def load_people(directory: Path = DATA_DIR / "people") -> dict[str, Person]:
    people: dict[str, Person] = {}
    by_name: dict[str, str] = {}
    for path in sorted(directory.glob("*.yaml")):
        try:
            rows = _yaml(path)
        except (yaml.YAMLError, ValueError) as exc:
            first = str(exc).strip().splitlines()[0]
            raise ReferenceDataError(f"people/{path.name}: not valid YAML ({first})") from None
        if not isinstance(rows, list):
            raise ReferenceDataError(f"people/{path.name}: the file must be a list of people")
        for index, row in enumerate(rows, start=1):
            person = _person(row, f"people/{path.name} row {index}")
            same_name = by_name.get(person.name_en.casefold())
            if same_name and same_name != person.person_id:
                # One person listed in two regional files (a national leader who later led an
                # international body): keep one id, merge the offices and names.
                person = Person(same_name, person.name_en, person.names_ar, person.ambiguous_ar, person.offices)
            by_name.setdefault(person.name_en.casefold(), person.person_id)
            if person.person_id in people:  # the same person in two regional files: merge offices
                old = people[person.person_id]
                person = Person(
                    old.person_id,
                    old.name_en,
                    tuple(dict.fromkeys(old.names_ar + person.names_ar)),
                    tuple(dict.fromkeys(old.ambiguous_ar + person.ambiguous_ar)),
                    old.offices + person.offices,
                )
            people[person.person_id] = person
    return people


def load_countries(path: Path = DATA_DIR / "countries.yaml") -> dict[str, Country]:
    countries = {}
    for row in _yaml(path):
        code = str(row["code"])
        countries[code] = Country(
            code=code,
            name_en=row["name_en"],
            adjective_en=row.get("adjective_en") or row["name_en"],
            names_ar=tuple(row.get("names_ar", [])),
            adjectives_ar=tuple(row.get("adjectives_ar", [])),
            capitals_ar=tuple(row.get("capital_ar", []) or []),
            arab_league=bool(row.get("arab_league")),
        )
    return countries


def load_organizations(path: Path = DATA_DIR / "organizations.yaml") -> dict[str, dict[str, Any]]:
    if not path.exists():
        return {}
    return {row["id"]: row for row in _yaml(path)}


def adjective_forms(adjective: str) -> list[str]:
    """Masculine nisba adjective -> the forms news text uses (feminine, dual, plural). Multi-word
    adjectives inflect every word and may carry the article inside ("الكوري الشمالي")."""
    words = normalize_key(adjective).split()
    forms = []
    for suffix in ("", "ه", "ان", "ين", "تان", "تين"):
        inflected = [w + suffix for w in words]
        forms.append(" ".join(inflected))
        if len(inflected) > 1:
            forms.append(" ".join([inflected[0]] + ["ال" + w for w in inflected[1:]]))
    return forms


def _strip_article(key: str) -> tuple[str, bool]:
    if key.startswith("ال") and len(key) > 4:
        return key[2:], True
    return key, False


class _Builder:
    def __init__(self) -> None:
        self.entries: dict[str, list[Entry]] = defaultdict(list)

    def add(self, text: str, kind: str, value: Any, strip_article: bool = True) -> None:
        key = normalize_key(text)
        if not key:
            return
        has_article = False
        # Only a bare ال is the article: أل/إل/آل begin names (ألباريس is not ال + باريس).
        if strip_article and text.strip().startswith("ال"):
            key, has_article = _strip_article(key)
        entry = Entry(kind, value, key, has_article)
        if entry not in self.entries[key]:
            self.entries[key].append(entry)

    def automaton(self) -> Any:
        auto = ahocorasick.Automaton()
        for key, entries in self.entries.items():
            auto.add_word(key, (key, tuple(entries)))
        auto.make_automaton()
        return auto


_ABD_SPACED = re.compile(WORD_START + r"عبد ال")
_ABD_JOINED = re.compile(WORD_START + r"عبدال")


@dataclass(frozen=True)
class _NameSpellings:
    """``name_spellings`` of titles.yaml: the patronymic's two spellings and a foreign name's g."""

    son_of: re.Pattern[str]
    other_son_of: dict[str, str]
    read_as_g: re.Pattern[str]
    g_letters: tuple[str, ...]
    g_variant_min_letters: int


@lru_cache(maxsize=1)
def _name_spellings() -> _NameSpellings:
    data = titles_data()["name_spellings"]
    son_of = [normalize_key(w) for w in data["son_of"]]
    if len(son_of) != 2:
        raise ConfigError("titles.yaml name_spellings.son_of: two spellings, each written for the other")
    return _NameSpellings(
        son_of=re.compile(WORD_START + "(?:" + "|".join(map(re.escape, son_of)) + ")(?= )"),
        other_son_of={son_of[0]: son_of[1], son_of[1]: son_of[0]},
        read_as_g=re.compile("[" + "".join(data["read_as_g"]) + "]"),
        g_letters=tuple(data["g_letters"]),
        g_variant_min_letters=int(data["g_variant_min_letters"]),
    )


def spelling_variants(name: str, foreign: bool = False) -> list[str]:
    """A name and its other spellings: "عبد ال" spaced or joined ("عبد المجيد" / "عبدالمجيد"), the
    patronymic "بن" or "ابن", and for a ``foreign`` person (no office in an Arab League country) the g
    written غ, ج or ق."""
    spell = _name_spellings()
    key = normalize_key(name)
    out = [name]
    if _ABD_SPACED.search(key):
        out.append(_ABD_SPACED.sub("عبدال", key))
    elif _ABD_JOINED.search(key):
        out.append(_ABD_JOINED.sub("عبد ال", key))
    for form in list(out):
        form_key = normalize_key(form)
        if spell.son_of.search(form_key):
            out.append(spell.son_of.sub(lambda m: spell.other_son_of[m.group(0)], form_key))
    if foreign:
        for form in list(out):
            form_key = normalize_key(form)
            if " " not in form_key and len(form_key) < spell.g_variant_min_letters:
                continue
            if spell.read_as_g.search(form_key):
                out.extend(spell.read_as_g.sub(g, form_key) for g in spell.g_letters)
    return [v for i, v in enumerate(out) if normalize_key(v) not in {normalize_key(w) for w in out[:i]}]


# A full name's first word shorter than this is also a common word or a syllable ("جو", "شي", "هو").
FIRST_WORD_MIN_LETTERS = 3
# First words of full names that open no name by themselves: a patronymic or family particle ("بن
# عبد الرحمان" is a short name of its own, "آل ثاني" a family's).
_NOT_FIRST_WORDS = frozenset({"بن", "ابن", "بنت", "ال"})


def name_skeletons(people: Any, title_words: set[str]) -> NameSkeletons:
    """The skeletons of every person's names (``normalize.words_skeleton``). Their first
    words are kept without the titles and honorifics some names open with, the particles and the
    common words (extract_words.yaml ``stop_words``, ``not_names``) and the short ones ("جو", "شي")."""
    lex = lexicon()
    not_first = _NOT_FIRST_WORDS | title_words | lex.stop_words | lex.not_names
    bearers: dict[str, set[str]] = defaultdict(set)
    parts: dict[str, set[str]] = defaultdict(set)
    full_names: set[str] = set()
    first_words: set[str] = set()
    openings: set[str] = set()
    for person in people:
        for names, full in ((person.names_ar, True), (person.ambiguous_ar, False)):
            for key in map(normalize_key, names):
                words = key.split()
                whole = words_skeleton(words)
                if not whole:
                    continue
                bearers[whole].add(person.person_id)
                openings.update((words_skeleton(words[:1]), words_skeleton(words[:2])))
                if full and len(words) > 1:
                    full_names.add(whole)
                    if len(words[0]) >= FIRST_WORD_MIN_LETTERS and words[0] not in not_first:
                        first_words.add(words[0])
                for i, j in itertools.combinations(range(len(words) + 1), 2):
                    if j - i > 1:
                        parts[words_skeleton(words[i:j])].add(person.person_id)
    return NameSkeletons(
        {k: frozenset(v) for k, v in bearers.items()},
        frozenset(full_names),
        frozenset(first_words | {"و" + w for w in first_words}),
        {k: frozenset(v) for k, v in parts.items()},
        frozenset(openings),
    )


def _given_names(people: Any, title_words: set[str]) -> frozenset[str]:
    """First words of the people's multi-word Arabic names (two words for "عبد"/"أبو" compounds),
    without titles and honorifics, and none of three letters or fewer."""
    out = set()
    for person in people:
        for name in person.names_ar:
            words = normalize_key(name).split()
            if len(words) < 2 or words[0] in title_words or words[0].startswith("ال"):
                continue
            if words[0] in ("عبد", "ابو") and len(words) > 2:
                out.add(" ".join(words[:2]))
            elif len(words[0]) > 3:  # "بان" (Ban Ki-moon) is also "بأن", "جو" a common word
                out.add(words[0])
    return frozenset(out)


@lru_cache(maxsize=1)
def reference_data() -> ReferenceData:
    # One pass over every data file into one automaton builder (about 110 lines): each block adds
    # one file's keys; splitting it would only hand the builder and the lookups around.
    people = load_people()
    countries = load_countries()
    organizations = load_organizations()
    b = _Builder()

    titles = _yaml(DATA_DIR / "titles.yaml")
    title_words = {normalize_key(w) for t in titles["titles"] for w in t["ar"]}
    holders: dict[tuple[str, str], list[tuple[Office, Person]]] = defaultdict(list)
    short_names: dict[str, list[str]] = {}
    for person in people.values():
        ambiguous = {normalize_key(n) for n in person.ambiguous_ar}
        for name in person.names_ar:
            if normalize_key(name) not in ambiguous:  # e.g. كان (Naoto Kan) is also "was"
                b.add(name, "person", person.person_id)
    arab = {c.code for c in countries.values() if c.arab_league}
    for person in people.values():
        # other spellings of the names, each only where no name, word or office is written so already
        ambiguous = {normalize_key(n) for n in person.ambiguous_ar}
        foreign = not any(o.country in arab for o in person.offices)
        for name in person.names_ar:
            for variant in spelling_variants(name, foreign)[1:]:
                if normalize_key(variant) not in ambiguous and normalize_key(variant) not in b.entries:
                    b.add(variant, "person", person.person_id)
    for person in people.values():
        for name in person.ambiguous_ar:
            # "ولي العهد السعودي" is an office, resolved by date through titles.yaml, not a name.
            if any(normalize_key(name).startswith(w + " ") for w in title_words):
                continue
            key = normalize_key(name)
            if len(key) <= 3:
                # Two- or three-letter short names (شي، لي، هو) occur inside countless words; they
                # are looked up only for people already named in full in the article.
                short_names.setdefault(person.person_id, []).append(key)
                continue
            b.add(name, "person_ambiguous", person.person_id, strip_article=False)
        for office in person.offices:
            place = office.country or office.org
            if place:
                holders[(office.role, place)].append((office, person))

    for country in countries.values():
        for adj in country.adjectives_ar:
            # "ألماني" folds to "الماني": only a written article (ال) may be stripped, or the key
            # would lose the root's first letters.
            bare = adj.strip().startswith("ال")
            for form in adjective_forms(adj):
                b.add(form, "country_adj", country.code, strip_article=bare)
        for name in country.names_ar:
            b.add(name, "country_name", country.code)
    for org_id, org in organizations.items():
        for name in org.get("names_ar", []):
            b.add(name, "org", org_id)
        for adj in org.get("adjectives_ar", []) or []:
            for form in adjective_forms(adj):
                b.add(form, "org", org_id)

    for title in titles["titles"]:
        only = tuple(title.get("countries") or ())
        for word in title["ar"]:
            b.add(word, "title", (title["role"], only))
        for word in title.get("dual", []):
            b.add(word, "dual_title", title["role"])
    for role, words in (titles.get("possessive") or {}).items():
        for word in words:
            b.add(word, "possessive_title", role, strip_article=False)
    for word in titles["counterpart"]:
        b.add(word, "counterpart", None, strip_article=False)
    home_honorifics = {normalize_key(w) for w in titles.get("home_honorifics", [])}
    for word in titles["honorifics"] + titles.get("home_honorifics", []):
        b.add(word, "honorific", "home" if normalize_key(word) in home_honorifics else None)
    for word in titles.get("home_words", []):
        b.add(word, "home_word", None)
    for kind, words in titles.get("qualifiers", {}).items():
        for word in words:
            b.add(word, "qualifier", kind)

    sources = news_sources()
    source_kinds = {}
    source_countries: dict[str, str] = {}
    for source in sources["sources"]:
        source_kinds[source["name_en"]] = source.get("kind", "agency")
        if source.get("country"):
            source_countries[source["name_en"]] = str(source["country"])
        for name in source["ar"]:
            b.add(name, "source", source["name_en"])
        for name in source.get("ambiguous", []) or []:
            b.add(name, "source_ambiguous", source["name_en"])
    for template in sources["templates"]:
        for phrase in template["ar"]:
            b.add(phrase, "source_template", template["name_en"])
    for item in sources.get("contextual", []):
        for phrase in item["ar"]:
            b.add(phrase, "source_contextual", (item["name_en"], item["office"]))
    for cue in sources["attribution_cues"]:
        b.add(cue, "attribution_cue", None, strip_article=False)

    for topic in _yaml(DATA_DIR / "topics.yaml")["topics"]:
        for trigger in topic["ar"]:
            b.add(trigger, "topic", topic["label"])

    triggers = _yaml(DATA_DIR / "triggers.yaml")
    for event_type, phrases in triggers["event_types"].items():
        for phrase in phrases:
            b.add(phrase, "trigger", event_type)
    for verb in triggers.get("spoke_verbs", []):
        b.add(verb, "trigger", "spoke", strip_article=False)
    for verb in triggers.get("talks_verbs", []):
        b.add(verb, "trigger", "talks", strip_article=False)
    for verb in lexicon().trip_verbs:  # extract_words.yaml travel_verbs, the one home of the verbs of travel
        b.add(verb, "trigger", "trip", strip_article=False)
    for verb in triggers.get("greetings_verbs", []):
        b.add(verb, "greetings_verb", None, strip_article=False)
    for word in triggers.get("summit_words", []):
        b.add(word, "trigger", "summit")
    for status, cues in triggers["status_cues"].items():
        for cue in cues:
            b.add(cue, "status_cue", status, strip_article=False)
    for status, cues in (triggers.get("status_cues_after") or {}).items():
        for cue in cues:
            b.add(cue, "status_cue_after", status, strip_article=False)
    for cue in triggers["background_cues"]:
        b.add(cue, "background_cue", None, strip_article=False)
    # "في مايو الماضي", "أيار الماضي": a month gone by, named without a day, dates an earlier contact
    months = _yaml(DATA_DIR / "calendar.yaml")["months"].values()
    for suffix in triggers.get("background_month_suffixes", []):
        for month in itertools.chain.from_iterable(months):
            b.add(f"{month} {suffix}", "background_cue", None, strip_article=False)

    return ReferenceData(
        people=people,
        countries=countries,
        organizations=organizations,
        automaton=b.automaton(),
        holders=dict(holders),
        source_kinds=source_kinds,
        source_countries=source_countries,
        source_line_labels=tuple(normalize_key(x) for x in sources["source_line_labels"]),
        template_overrides=dict(sources.get("template_overrides") or {}),
        short_names=short_names,
        given_names=_given_names(people.values(), title_words) | lexicon().more_given_names,
        name_words={
            p.person_id: frozenset(w for n in p.names_ar + p.ambiguous_ar for w in normalize_key(n).split())
            for p in people.values()
        },
        capitals={normalize_key(c): country.code for country in countries.values() for c in country.capitals_ar},
        skeletons=name_skeletons(people.values(), title_words),
    )
