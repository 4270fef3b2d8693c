"""Step 2: person mentions in the scanned text, before any event exists.

A mention is a full name, a title with a country or organisation ("الرئيس الروسي"), a title with a
name ("وزير الخارجية الفرنسي جان نويل بارو"), a role alone ("ولي العهد", resolved only by
coreference), a counterpart ("نظيره الإيراني"), a dual title ("الرئيسان المصري والفرنسي") or an
office of the home country ("جلالة الملك"). Words after a title that the reference data does not
know are kept as a name only when they pass the name test (``is_name_word``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

from rasd.arabic import WORD_START
from rasd.config import titles
from rasd.dates import bare_that_words
from rasd.extract.camel_names import name_analyser
from rasd.extract.lexicon import lexicon, strip_clitic
from rasd.extract.refdata import Entry, ReferenceData
from rasd.extract.scan import ENTITY_KINDS, Match, adjacent
from rasd.normalize import normalize_key
from rasd.words import alternation, matches_at

# An unknown name is read from at most this many characters after its title (and words): without
# CAMeL's data a name of up to three words, with it the run of proper nouns up to five words.
NAME_WINDOW_CHARS = 60
NAME_WINDOW_CHARS_CAMEL = 100
NAME_MAX_WORDS = 3
NAME_MAX_WORDS_CAMEL = 5
# Words of left context handed to CAMeL's NER with a candidate name.
NAME_LEFT_CONTEXT_CHARS = 40
# A name may be this far (characters of spaces / punctuation) from its title or honorific.
NAME_GAP_CHARS = 4
# At most this many honorifics, second titles or qualifiers stand between an office and a name.
MAX_INTERPOSED = 3
_PUNCT = ",.:()\"'«»“”،؛"
# "نائب " before a title: the prefix word ends within this many characters before it.
TITLE_PREFIX_CHARS = 16
# ... a prefix of several words ("مستشار الأمن القومي للرئيس", "المتحدث الرسمي باسم الرئيس") within this many.
LONG_PREFIX_CHARS = 28
# "نائب الرئيس X", "ولي ولي العهد X": the name after the title is the deputy's.
_DEPUTY = re.compile(WORD_START + r"[وف]?(?:ال)?(?:نائب|ولي)")
# A possessive office ("ورئيس وزرائها") refers to a mention at most this many characters before it.
POSSESSIVE_GAP_CHARS = 40
# "رئيس مجلس السيادة في السودان": a title of several words and its country joined by "في".
IN_COUNTRY = re.compile(r"\s+في\s+")
# A plural counterpart ("نظرائه", "نظراءه") then "في" / "من" (and "كل من") opens a list of countries.
COUNTRIES_LIST_OPENER = re.compile(r"\s+(?:في|من)\s+(?:كل\s+من\s+)?")
# "قادة دول المجموعة الخمس (أ، ب، ...)": the group's name after the plural title, at most this long
# before its first country; the list's countries are joined by commas, "و" and brackets only; three
# or more make the list (two are read as a dual's countries).
GROUP_OPENER = re.compile(r"\s+(كل\s+من|\S+)")
GROUP_NAME_CHARS = 60
GROUP_MIN_COUNTRIES = 3
LIST_GAP = re.compile(r"[\s,،()\-]*(?:و\s*)?")
# A title this close after a named person (spaces, commas) is an apposition describing them.
APPOSITION_GAP_CHARS = 3
# The gap of an apposition: spaces, a comma, a closing quote ("محمد بن سلمان" ولي العهد).
_APPOSITION_GAP = " ,،\n\"'»”"


# "و" + a portfolio after a dual minister title, then "في الحكومة" / "بالحكومة" before the country.
_OTHER_PORTFOLIO = re.compile(r"\s*و(\S+)(?:\s+(?:في|ب)\s*(?:ال)?حكومه)?\s*")


@dataclass
class EntityMention:
    start: int
    end: int
    person_id: str | None = None
    role: str | None = None  # office role, or "counterpart"
    country: str | None = None
    org: str | None = None
    unknown_name: str | None = None
    not_holder: bool = False  # "المنتخب", "السابق": named by an office they do not hold that day
    via_home: bool = False  # country taken from the dateline/outlet ("جلالة الملك"), not the text
    role_only: bool = False  # "ولي العهد" with no country: only coreference in the article decides
    former: bool = False  # "الرئيس السابق": not a leader on the day, so never a participant
    incoming: bool = False  # "الرئيس الجديد", "المنتخب": the office's newest holder, maybe not yet in office
    deputy: bool = False  # named after someone else's office ("نائب الرئيس X"): a party only if a leader that day
    # right after the office of a leader someone acts for ("نائب الرئيس الأمريكي X", "مستشار الملك Y"):
    # that office's role and place (country or organisation); its holder on the day is no party
    agent_of: tuple[str, str | None] | None = None
    joint: bool = False  # one of a list of leaders ("قادة بريطانيا وكندا وفرنسا"): one call together


class Office(NamedTuple):
    """An office a title names with no known name after it, where a name in another spelling may
    stand (``skeleton_names``)."""

    start: int
    name_at: int  # where its holder's name may start: past the country, qualifiers, honorifics
    roles: frozenset[str]  # the title's role (and a second title's, ``skeleton_names``)
    place: str | None  # the country or organisation the text gives it (not the dateline's)
    on_the_day: bool  # no "former", "elected" or "new" qualifier: a holder on the day


@lru_cache(maxsize=1)
def _title_prefix() -> re.Pattern[str]:
    """A word that makes the title after it someone else's ("نائب", "مستشار"), at the end of a text;
    also after "and" and in the accusative with "of" ("وليا للعهد ونائبا لرئيس مجلس الوزراء"), and
    after a preposition's clitic ("اجتمع بمستشار الرئيس", "بالمبعوث الشخصي للأمين العام")."""
    return _prefix_pattern(lexicon().title_not_after, r"(?:لل|[بل]?ال)?")


# An agent's noun written with the article ("المبعوث", "بالمستشار", "للنائب"): in no construct.
DEFINITE_CLITICS = re.compile(r"[وف]?(?:لل|[بل]?ال)")


@lru_cache(maxsize=1)
def agent_prefix() -> re.Pattern[str]:
    """``_title_prefix`` for the nouns of someone who acts for a leader (extract_words.yaml
    ``agent_nouns``: "نائب", "مستشار", "موفد", "زوجة"): the title after it is that leader's office."""
    return _prefix_pattern(lexicon().agent_nouns, r"(?:لل|[بل]?ال|[بل])?")


def _prefix_pattern(keys: tuple[str, ...], clitics: str) -> re.Pattern[str]:
    """``keys`` at the end of a text, after ``clitics``: a preposition's clitic before the defined
    word ("التقى بالمبعوث الخاص للأمين العام"), and for an agent's noun before the bare word too
    ("اجتمع بمستشار الرئيس"; not "برئاسة الوزير", the one who chairs)."""
    words = alternation(keys)
    # "النائب الأول للرئيس", "المبعوث الخاص", "الممثلة الخاصة للأمين العام" (ة folded to ه, ى to ي)
    # and indefinite in the accusative ("مبعوثا خاصا لرئيس الجمهورية")
    ranks = r"(?:\s+(?:الاول|الاولي|الثاني|الثانيه|الخاص|الخاصه|الشخصي|الشخصيه|خاصا|خاصه|شخصيا))?"
    return re.compile(rf"{WORD_START}[وف]?{clitics}(?:{words})ا?{ranks}\s*(?:ل\s*)?$")


@lru_cache(maxsize=1)
def principal_roles() -> dict[str, str]:
    """A deputy's role and the role of the leader the deputy serves (titles.yaml ``principal_roles``)."""
    return dict(titles().get("principal_roles") or {})


@lru_cache(maxsize=1)
def _home_titles() -> frozenset[str]:
    """Titles that alone name the home country's office ("رئيس الجمهورية"), titles.yaml ``home_titles``."""
    return frozenset(normalize_key(w) for w in titles().get("home_titles") or ())


def is_name_word(word: str) -> bool:
    """The reviewed-lexicon name test: not a function word, contact word, time word, verb, common
    noun or adjective (with or without a proclitic), and made of letters."""
    lex = lexicon()
    if not word or not word[0].isalpha() or word in lex.stop_words:
        return False
    return not any(form in lex.not_names for form in strip_clitic(word)) and not _plural_verb(word)


def _plural_verb(word: str) -> bool:
    """ "يستعرضان", "يؤكدون": a present-tense verb of two or more, by its prefix and suffix."""
    lex = lexicon()
    word = word[1:] if word[:1] in ("و", "ف") and len(word) > lex.verb_min_letters else word
    return len(word) >= lex.verb_min_letters and word.startswith(lex.verb_prefixes) and word.endswith(lex.verb_suffixes)


def unknown_name(text: str, pos: int) -> tuple[str | None, int]:
    """Words after a title that reference data could not resolve, kept as a name when at least two
    words pass the name test; where CAMeL's data is installed (``camel_names``) the name is also cut
    to the leading run of proper nouns ("ألبير شينغيرو أكد" gives "ألبير شينغيرو")."""
    analyser = name_analyser()
    limit, window = (NAME_MAX_WORDS_CAMEL, NAME_WINDOW_CHARS_CAMEL) if analyser else (NAME_MAX_WORDS, NAME_WINDOW_CHARS)
    words: list[str] = []
    ends: list[int] = []
    for m in re.finditer(r"\S+", text[pos : pos + window]):
        word = m.group().strip(_PUNCT)
        if len(words) == limit or not is_name_word(word):
            break
        words.append(word)
        ends.append(pos + m.end())
        if m.group() != word:  # punctuation closes the name
            break
    if analyser is not None and words:
        left = text[max(0, pos - NAME_LEFT_CONTEXT_CHARS) : pos].split()[-4:]
        words = words[: analyser.proper_noun_run(words, left_context=left)]
    if len(words) >= 2:
        return " ".join(words), ends[len(words) - 1]
    return None, pos


def _slots(matches: list[Match]) -> list[list[Match]]:
    """Entity matches grouped by span: one slot may hold several meanings ("السوداني" is an
    adjective and a surname)."""
    out: list[list[Match]] = []
    head: Match | None = None  # the first match of the last slot
    for m in matches:
        if m.entry.kind not in ENTITY_KINDS:
            continue
        if head is not None and head.word_start == m.word_start and head.end == m.end:
            out[-1].append(m)
        elif head is not None and head.word_start <= m.word_start and m.end <= head.end:
            continue  # inside a longer match ("الدولة" in "رئيس شؤون الدولة"): part of its words
        else:
            out.append([m])
            head = m
    return out


def _find(slot: list[Match], *kinds: str) -> Match | None:
    for m in slot:
        if m.entry.kind in kinds:
            return m
    return None


def _space_only(text: str, start: int, end: int) -> bool:
    """Nothing but one or two spaces between ``start`` and ``end``."""
    return 0 < end - start <= 2 and not text[start:end].strip()


class _Reader:
    """Reads mentions slot by slot; one method per mention shape."""

    def __init__(
        self, text: str, matches: list[Match], ref: ReferenceData, confirmed: set[str], home: str | None
    ) -> None:
        self.text, self.ref, self.confirmed, self.home = text, ref, confirmed, home
        self.slots = _slots(matches)
        self._pair: tuple[str, ...] | None = None
        self._apposed_end: int | None = None  # end of the office just read as an apposition
        self.offices: list[Office] = []  # offices read with no known name, in text order

    def near(self, left_end: int, k: int, *kinds: str, gap: int = 3) -> Match | None:
        if k >= len(self.slots):
            return None
        m = _find(self.slots[k], *kinds)
        if m is None or m.word_start - left_end > gap:
            return None  # too far for ``adjacent`` (decided without slicing the gap)
        return m if adjacent(self.text, left_end, m, gap) else None

    def part_of(self, left_end: int, k: int, *kinds: str, gap: int = 3) -> Match | None:
        """``near``, for a word that continues the mention (an honorific, a second title, the
        name): one written with a conjunction or preposition ("والملك", "بالسيد", "وجيحون")
        opens another mention instead."""
        m = self.near(left_end, k, *kinds, gap=gap)
        return m if m is not None and self.text[m.word_start : m.start] in ("", "ال") else None

    def read(self) -> list[EntityMention]:
        out: list[EntityMention] = []
        i = 0
        deputy = False  # the previous slot was someone else's office ("النائب الأول للرئيس")
        agent_of: tuple[str, str | None, int] | None = None  # the office an agent acts for, and its end
        while i < len(self.slots):
            slot = self.slots[i]
            head = _find(slot, "title", "counterpart", "dual_title", "possessive_title", "person", "person_ambiguous")
            if head is None:
                i += 1
                continue
            kind = head.entry.kind
            found: list[EntityMention]
            if kind == "title" and self._not_holder_title(head):
                # the name after "نائب الرئيس" is the deputy's; after "مكتب الرئيس" the principal's
                before = self.text[max(0, head.word_start - LONG_PREFIX_CHARS) : head.word_start]
                deputy = _DEPUTY.search(before[-TITLE_PREFIX_CHARS:]) is not None
                found, i = [], self._skip_title(head, i)
                # after an agent's noun ("مستشار الرئيس الفرنسي X"): X is the agent or the leader he acts for
                agent_of = self._office_of(head, i, head.entry.value[0]) if self._agent_governs(before, head) else None
                continue
            if kind in ("title", "person", "person_ambiguous") and self._names_a_place(head):
                i += 1  # "مطار الملك خالد", "كأس محمد السادس": a place or prize named after a ruler, no mention
                continue
            if kind == "title" and self._misread_name(head, out, i):
                out.pop()  # "ماكي صال، رئيس السنغال": a one-word name inside another person's name
            if kind == "title" and self._apposition(head, out, i):
                if out[-1].role is None and head.entry.value[0] != "leader":
                    out[-1].role = head.entry.value[0]  # "X، رئيس الوزراء": the office X acts in
                found, i = [], self._skip_title(head, i)
                self._apposed_end = max(m.end for m in self.slots[i - 1])
                deputy = False
                # "X، نائب الرئيس الأمريكي Y": Y, right after the deputy's office, may be the leader X serves
                principal = principal_roles().get(head.entry.value[0])
                agent_of = self._office_of(head, i, principal) if principal else None
                continue
            elif kind in ("title", "counterpart"):
                found, i = self.title(head, i)
                if deputy and found and found[0].person_id and found[0].role is None:
                    found[0].deputy = True  # "ولي ولي العهد ... الأمير X": an honorific before the deputy's name
                if agent_of and found and found[0].person_id and found[0].role is None:
                    found[0].agent_of = agent_of[:2] if self._right_after(agent_of[2], found[0].start) else None
            elif kind == "dual_title" and head.entry.key in lexicon().dual_homographs:
                # "ملكي السويد والنرويج"; "قصر ملكي", "الديوان الملكي الأردني" are the adjective: no mention
                found, i = self._dual_homograph(head, i) or ([], i + 1)
            elif kind == "dual_title":
                found, i = self.dual(head, i)
            elif kind == "possessive_title":
                found, i = self.possessive(head, i, out)
            elif (pair := self._dual_homograph(head, i)) is not None:
                found, i = pair  # "من رئيسي إيران وتركمانستان": the two presidents, not Raisi
            else:
                person = _find(slot, "person") or self._confirmed_namesake(slot, head)
                ok = (
                    _full_name(person)
                    or person.entry.value in self.confirmed
                    or self._after_honorific(i, person)
                    or self._coordinated(i, person)
                    or self._contact_subject(person)
                )
                found = [EntityMention(person.start, person.end, person_id=person.entry.value)] if ok else []
                if found and deputy:
                    found[0].deputy = True
                if found and agent_of and self._right_after(agent_of[2], person.word_start):
                    found[0].agent_of = agent_of[:2]
                i += 1
                if agent_of and person.word_start < agent_of[2]:
                    # "لملك البحرين الشيخ X": a name of the office itself, its holder's name may follow
                    agent_of = (*agent_of[:2], max(agent_of[2], person.end))
                    out.extend(found)
                    continue
            deputy = False
            agent_of = None
            self._apposed_end = None
            out.extend(found)
        return out

    def _confirmed_namesake(self, slot: list[Match], person: Match) -> Match:
        """ "الرئيس سلام" after "نواف سلام": of the people an ambiguous name written once may be (Tammam
        and Nawaf Salam), the one the article names in full; else the first."""
        if person.entry.value in self.confirmed:
            return person
        return next(
            (
                m
                for m in slot
                if m.entry.kind == person.entry.kind
                and (m.start, m.end) == (person.start, person.end)
                and m.entry.value in self.confirmed
            ),
            person,
        )

    def _after_honorific(self, i: int, person: Match) -> bool:
        """ "آية الله رئيسي", "السيد عون": an honorific right before it makes an ambiguous surname a name."""
        before = _find(self.slots[i - 1], "honorific") if i > 0 else None
        return before is not None and adjacent(self.text, before.end, person, NAME_GAP_CHARS)

    def _contact_subject(self, person: Match) -> bool:
        """An ambiguous surname in the subject's place of a contact: between a caller's or receiver's
        verb and the contact word ("تلقى البرهان اتصالا"), or after "أن" / "إن" right before that verb
        ("أن البرهان تلقى"); a common word ("البرهان": the proof) never stands there."""
        if self.text[person.word_start : person.start] not in ("", "ال") or not _full_name(person, "person_ambiguous"):
            return False
        lex = lexicon()
        verbs = {*lex.caller_verbs, *lex.receiver_verbs}
        before = self.text[max(0, person.word_start - 16) : person.word_start].split()
        after = self.text[person.end : person.end + 24].split()
        if not before or not after or before[-1][-1] in _PUNCT:
            return False
        prev, nxt = before[-1], after[0].strip(_PUNCT)
        if any(form in verbs for form in strip_clitic(prev)):
            return any(form in lex.contact_words for form in strip_clitic(nxt))
        return prev in bare_that_words() and after[0] == nxt and nxt in verbs

    def _sure_name(self, m: Match | None) -> bool:
        return m is not None and (_full_name(m) or m.entry.value in self.confirmed)

    def _coordinated(self, i: int, person: Match) -> bool:
        """ "بين الأسد وأردوغان", "أردوغان والأسد": an ambiguous surname joined by "و" to the name of
        someone else is a name too (a common word is not listed with a leader)."""
        after = _find(self.slots[i + 1], "person") if i + 1 < len(self.slots) else None
        before = _find(self.slots[i - 1], "person") if i > 0 else None
        return self._joined(person, after, after) or self._joined(before, person, before)

    def _joined(self, first: Match | None, second: Match | None, sure: Match | None) -> bool:
        """``second`` follows ``first`` with "و" and one or two spaces between, ``sure`` (one of them) is
        a sure name and the two name different people."""
        return (
            first is not None
            and second is not None
            and self._sure_name(sure)
            and first.entry.value != second.entry.value
            and self.text[second.word_start : second.start].startswith("و")
            and _space_only(self.text, first.end, second.word_start)
        )

    def possessive(self, head: Match, i: int, out: list[EntityMention]) -> tuple[list[EntityMention], int]:
        """ "رئيسة سنغافورة ورئيس وزرائها": the office of the country of the mention just before."""
        prev = out[-1] if out else None
        if prev is None or head.start - prev.end > POSSESSIVE_GAP_CHARS:
            return [], i + 1
        country = prev.country
        if country is None and prev.person_id in self.ref.people:
            countries = {o.country for o in self.ref.people[prev.person_id].offices if o.country}
            country = countries.pop() if len(countries) == 1 else None
        if country is None:
            return [], i + 1
        mention = EntityMention(head.start, head.end, role=head.entry.value, country=country)
        person = self._person_after(mention, head.end, i + 1)
        if person is not None:
            mention.person_id, mention.end = person.entry.value, person.end
            return [mention], i + 2
        return [mention], i + 1

    def _not_holder_title(self, head: Match) -> bool:
        """ "نائب رئيس الوزراء", "مستشار الرئيس": the office belongs to someone else."""
        before = self.text[max(0, head.word_start - LONG_PREFIX_CHARS) : head.word_start]
        return _title_prefix().search(before) is not None or agent_prefix().search(before) is not None

    def _apposition(self, head: Match, out: list[EntityMention], i: int) -> bool:
        """ "محمد بن عبدالرحمن، وزير الخارجية القطري": a title right after a named person describes
        them, unless they never held an office of its country or organisation ("التقى ترامب الزعيم
        الكوري الشمالي", "التقى X الأمين العام للجامعة العربية": the object of the verb)."""
        if not out or out[-1].person_id is None:
            return False
        clitic = self.text[head.word_start : head.start]
        # "X، ولي العهد ورئيس مجلس الوزراء", "X ولي العهد رئيس مجلس الوزراء": a second office right
        # after the first is the same person's
        second = (
            self._apposed_end is not None
            and clitic in ("", "ال", "و", "وال")
            and not self.text[self._apposed_end : head.word_start].strip()
        )
        # "محمد بن سلمان آل سعود، ولي العهد": a family name may stand between the name and its office
        gap = _FAMILY_NAME.sub("", self.text[out[-1].end : head.word_start], count=1)
        # "، والمستشار" (a list), "برئيس الحكومة" (the object of a preposition): another person
        conjunction = clitic not in ("", "ال")
        if not second and (conjunction or len(gap) > APPOSITION_GAP_CHARS or gap.strip(_APPOSITION_GAP)):
            return False
        place = self.near(head.end, i + 1, "country_adj", "country_name", "org")
        person = self.ref.people.get(out[-1].person_id)
        if place is None or person is None:
            return True
        if place.entry.kind == "org":  # "التقى X الأمين العام للأمم المتحدة": the body's head, someone else
            return any(o.org == place.entry.value for o in person.offices)
        return any(o.country == place.entry.value for o in person.offices)

    def _foreigner_named(self, k: int, end: int) -> bool:
        """A known person who never held an office of the home country is named among the words
        before ``end`` ("رئيس الدولة روبن ريفلين" on another state's outlet): the name, not the outlet's
        country, tells who the title is."""
        for slot in self.slots[k:]:
            m = _find(slot, "person")
            if slot[0].start >= end:
                return False
            person = self.ref.people.get(m.entry.value) if m is not None else None
            if person is not None and all(o.country != self.home for o in person.offices):
                return True
        return False

    def _names_a_place(self, head: Match) -> bool:
        """The title or name follows a noun of a place, a body or a prize named after someone ("مطار",
        "قاعدة", "جامعة", "كأس": extract_words.yaml ``named_place_nouns``)."""
        window = self.text[max(0, head.word_start - TITLE_PREFIX_CHARS) : head.word_start]
        before = [w for w in (w.strip(_PUNCT) for w in window.split()) if w]
        if not before or self.text[head.word_start : head.start].lstrip(_PUNCT) not in ("", "ال"):
            return False
        if window.rstrip()[-1:] in ",.:،؛":  # "على أرض المطار، أمير الكويت": the noun's phrase ended
            return False
        noun = before[-1]
        if re.match(r"[وفبكل]?ال|لل", noun):  # "استقبله في المطار الملك": a definite noun is in no construct
            return False
        return any(form in lexicon().named_place_nouns for form in strip_clitic(noun))

    def _misread_name(self, head: Match, out: list[EntityMention], i: int) -> bool:
        """A bare one-word name followed by one or two other name words and a comma, then a title of
        a country the person never served ("ماكي صال، رئيس جمهورية السنغال" is not "ماكي" of
        Belarus): the word was the first of someone else's name, whom the title describes."""
        if not out or out[-1].person_id is None or out[-1].role is not None:
            return False
        prev = out[-1]
        if " " in self.text[prev.start : prev.end].strip():
            return False
        gap = self.text[prev.end : head.word_start]
        words = gap.split()
        if not gap.rstrip().endswith(("،", ",")) or not 1 <= len(words) <= 2:
            return False
        if not all(is_name_word(w.strip(_PUNCT)) for w in words):
            return False
        place = self.near(head.end, i + 1, "country_adj", "country_name")
        person = self.ref.people.get(prev.person_id or "")
        if place is None or person is None:
            return False
        return not any(o.country == place.entry.value for o in person.offices)

    def _agent_governs(self, before: str, head: Match) -> bool:
        """An agent's noun right before the title governs it: in construct ("مستشار الرئيس"), or with the
        article and "لـ" ("المبعوث الخاص للرئيس"); not a definite noun right before a title ("وسلم السفير
        الرئيس التونسي X": the ambassador, then the president he met)."""
        m = agent_prefix().search(before)
        if m is None:
            return False
        definite = DEFINITE_CLITICS.match(m.group().lstrip()) is not None
        return (
            not definite or m.group().rstrip().endswith(" ل") or self.text[head.word_start : head.start].startswith("ل")
        )

    def _office_of(self, head: Match, i: int, role: str) -> tuple[str, str | None, int]:
        """The office a skipped title names ("الرئيس الأمريكي": ``role`` and its country or
        organisation, the slots up to ``i``), and where it ends."""
        skipped = [m for slot in self.slots[:i] for m in slot if m.start >= head.start]
        place = next((m.entry.value for m in skipped if m.entry.kind in ("country_adj", "country_name", "org")), None)
        return role, place, max((m.end for m in skipped), default=head.end)

    def _right_after(self, end: int, start: int) -> bool:
        """Only spaces, a comma and honorifics stand between an office's end and a name (its holder's,
        in apposition: "لملك البحرين الشيخ X")."""
        gap = list(self.text[end:start])
        for slot in self.slots:
            for m in slot:
                if m.entry.kind == "honorific" and end <= m.word_start and m.end <= start:
                    gap[m.word_start - end : m.end - end] = " " * (m.end - m.word_start)
        return not "".join(gap).strip(_APPOSITION_GAP)

    def _skip_title(self, head: Match, i: int) -> int:
        """Past a title and the country or organisation that completes it."""
        j = i + 1
        place = self.near(head.end, j, "country_adj", "country_name", "org")
        return j + 1 if place is not None else j

    def _dual_homograph(self, head: Match, i: int) -> tuple[list[EntityMention], int] | None:
        """A name that is also a dual title ("رئيسي") read as the dual when two countries follow."""
        role = lexicon().dual_homographs.get(self.text[head.word_start : head.end])
        if head.entry.kind == "dual_title" and not self.text[head.word_start : head.start].endswith(("ال", "لل")):
            role = head.entry.value  # "ملكي", "وأميرا": the construct dual has no article
        if role is None:
            return None
        found, j = self.dual(head, i, role)
        return (found, j) if len({m.country for m in found}) >= 2 else None

    def _next_country(self, last: int, j: int) -> Match | None:
        """The country right after ``last``, or after "و" + a state noun ("وجمهورية تركمانستان")."""
        c = self.near(last, j, "country_adj", "country_name", gap=NAME_GAP_CHARS)
        if c is not None:
            return c
        m = re.match(r"\s*و(\S+)\s", self.text[last : last + 24])
        if m is None or m.group(1) not in lexicon().state_nouns:
            return None
        c = self.near(last + m.end() - 1, j, "country_name", gap=NAME_GAP_CHARS)
        return c

    def dual(
        self, head: Match, i: int, role: str | None = None, start: int | None = None
    ) -> tuple[list[EntityMention], int]:
        """ "الرئيسان المصري والفرنسي", "نظرائه الروسي والصيني", "الرئيسان العراقي X والفلسطيني Y":
        one mention per country after a dual title or plural counterpart (from ``start``, past
        "في كل من", when given), with its name if given."""
        out = []
        j, last = i + 1, head.end if start is None else start
        role = role or head.entry.value
        if start is None and (found := self._with_other_portfolio(head, j, role)) is not None:
            return [found[0]], found[1] + 1
        while (c := self._next_country(last, j)) is not None:
            mention = EntityMention(c.start, c.end, role=role, country=c.entry.value, joint=role == "leader")
            last, j = c.end, j + 1
            person = self.near(last, j, "person", gap=NAME_GAP_CHARS)
            if person is not None:
                mention.person_id, mention.end = person.entry.value, person.end
                last, j = person.end, j + 1
            else:
                self._unnamed(mention, last)
            out.append(mention)
        if not out and start is None and (listed := self._group_listed(head, i, role)) is not None:
            return listed
        if not out and head.entry.kind == "dual_title":
            return self._both_countries(head, role), i + 1
        return out, max(j, i + 1)

    def _group_listed(self, head: Match, i: int, role: str) -> tuple[list[EntityMention], int] | None:
        """ "قادة دول حوض النهر الأربع، أ وب وج ود", "رؤساء بلدان المجموعة (أ، ب، ج)": a plural title,
        a group's name opened by a word of ``leader_group_nouns`` and then a list of three or more
        countries (commas, "و", brackets between them): one joint mention per country. A group with
        no list after it ("قادة دول الخليج") names nobody."""
        opener = GROUP_OPENER.match(self.text, head.end)
        if opener is None or opener.group(1) not in lexicon().status_more.get("leader_group_nouns", ()):
            return None
        limit = head.end + GROUP_NAME_CHARS
        j = i + 1
        while j < len(self.slots) and self.slots[j][0].word_start < limit:
            if _find(self.slots[j], "country_name") is not None:
                break
            if _find(self.slots[j], "person", "title", "dual_title", "counterpart") is not None:
                return None  # someone named before any country: not a list of the group's members
            j += 1
        else:
            return None
        if any(c in self.text[head.end : self.slots[j][0].word_start] for c in ".:؛;\n"):
            return None
        first = self.slots[j][0]
        if self.text[first.word_start : first.start].startswith("و") or self.text[: first.word_start].endswith(" و "):
            return None  # "قادة دول المجلس ومصر والأردن": more countries beside the group, not its members
        out: list[EntityMention] = []
        last = None
        while j < len(self.slots):
            c = _find(self.slots[j], "country_name")
            if c is None or (last is not None and not LIST_GAP.fullmatch(self.text[last : c.word_start])):
                break
            if all(m.country != c.entry.value for m in out):
                out.append(EntityMention(c.start, c.end, role=role, country=c.entry.value, joint=True))
            last, j = c.end, j + 1
        return (out, j) if len(out) >= GROUP_MIN_COUNTRIES else None

    def _with_other_portfolio(self, head: Match, j: int, role: str) -> tuple[EntityMention, int] | None:
        """ "وزيري الخارجية والدفاع في الحكومة الفرنسية": a dual minister title whose second minister
        holds another portfolio (extract_words.yaml ``other_portfolios``): one country's minister of
        the title's office, its country after "في الحكومة" or as an adjective right after."""
        m = _OTHER_PORTFOLIO.match(self.text, head.end)
        if m is None or m.group(1) not in lexicon().other_portfolios:
            return None
        while j < len(self.slots) and self.slots[j][0].start < m.end():
            j += 1  # the portfolio itself may read as a country ("المالية": finance, or Malian)
        c = self.near(m.end(), j, "country_adj", "country_name")
        if c is None:
            return None
        return EntityMention(head.start, c.end, role=role, country=c.entry.value), j

    def _countries_listed(self, head: Match, j: int) -> tuple[list[EntityMention], int] | None:
        """ "نظرائه في كل من السعودية وقطر والعراق", "نظرائه من مصر والأردن": a plural counterpart
        followed by "في" / "من" (and "كل من") and a list of at least two countries."""
        m = COUNTRIES_LIST_OPENER.match(self.text, head.end)
        if m is None or head.entry.key not in lexicon().plural_counterparts:
            return None
        if self.near(m.end() - 1, j, "country_name", gap=1) is None:
            return None
        found, k = self.dual(head, j - 1, "counterpart", start=m.end() - 1)
        return (found, k) if len({x.country for x in found}) >= 2 else None

    def _both_countries(self, head: Match, role: str) -> list[EntityMention]:
        """ "وزيرا خارجية البلدين": one mention per country of the article's two (``article_pair``)."""
        m = re.match(r"\s*(\S+)", self.text[head.end : head.end + 24])
        if m is None or m.group(1).strip(_PUNCT) not in lexicon().both_countries:
            return []
        end = head.end + m.end()
        return [EntityMention(head.start, end, role=role, country=c) for c in self.article_pair()]

    def article_pair(self) -> tuple[str, ...]:
        """The two countries the article names most, when they stand clear of a third."""
        if self._pair is None:
            counts: dict[str, int] = {}
            for slot in self.slots:
                place = _find(slot, "country_adj", "country_name")
                if place is not None:
                    counts[place.entry.value] = counts.get(place.entry.value, 0) + 1
            ranked = sorted(counts.items(), key=lambda kv: -kv[1])
            clear = len(ranked) == 2 or (len(ranked) > 2 and ranked[1][1] > ranked[2][1])
            self._pair = (ranked[0][0], ranked[1][0]) if clear else ()
        return self._pair

    def title(self, head: Match, i: int) -> tuple[list[EntityMention], int]:
        """A title, its country or organisation, interposed words, then a name (known or not)."""
        role, only = head.entry.value if head.entry.kind == "title" else ("counterpart", ())
        mention = EntityMention(head.start, head.end, role=role)
        last, j = head.end, i + 1
        place = self.near(last, j, "country_adj", "country_name", "org")
        if place is None and head.entry.kind == "title":
            place, j = self._place_further(head, j)
        if place is not None and role == "emir" and place.entry.kind == "country_adj":
            if not self.ref.holders.get(("emir", place.entry.value)):
                # "الأمير تركي بن طلال": a prince's given name (or a prince of a country without
                # emirs), not an emir of that country: no office, so no leader
                return [], i + 1
        if place is not None:
            # A surname that is also a country adjective ("السوداني") reads as the country here.
            if place.entry.kind == "org":
                mention.org = place.entry.value
            else:
                mention.country = place.entry.value
            last, j = place.end, j + 1
        if place is None and head.entry.kind == "title" and (later := self._country_after_qualifier(head, j)):
            # "الرئيس المنتخب للولايات المتحدة", "السلطان الجديد لعمان": the newest holder of that office
            qualifier, place = later
            mention.country, mention.incoming = place.entry.value, True
            mention.not_holder = qualifier.entry.value == "not_holder"
            last, j = place.end, j + 2
        if place is None and head.entry.kind == "title" and (capital := self._capital_after(head)) is not None:
            # "ولي عهد أبوظبي": the office of the capital's country; another emirate's holder of the
            # same role ("Crown Prince of Dubai", titles.yaml emirate_offices) is never it, so the
            # office holder on the day resolves it like "ولي العهد الإماراتي"
            mention.country, last = capital
        if len(only) == 1 and not (mention.country or mention.org):
            mention.country = next(iter(only))  # "خادم الحرمين الشريفين": one country's office by its very title
        if self.home and not (mention.country or mention.org) and head.entry.kind == "title":
            last, j = self._home(mention, head, i, last, j)
        if only and (mention.country or mention.org) and mention.country not in only:
            return [], i + 1  # "المستشار الفرنسي" is an adviser, not a chancellor
        # with no country at all ("المستشارة" alone) the title stays: a role-only mention that only a
        # chancellor named in the article resolves
        if role == "counterpart" and place is not None and self.near(last, j, "country_adj") is not None:
            return self.dual(head, i, "counterpart")  # "نظرائه الروسي والصيني والهندي"
        if role == "counterpart" and place is None and (listed := self._countries_listed(head, j)):
            return listed  # "نظرائه في كل من السعودية وقطر": one counterpart per country
        k = j
        while (
            k - j < MAX_INTERPOSED and (extra := self.part_of(last, k, "honorific", "title", "qualifier")) is not None
        ):
            if extra.entry.kind == "qualifier" and extra.entry.value in ("not_holder", "former"):
                mention.not_holder = True
                mention.former = mention.former or extra.entry.value == "former"
            if extra.entry.kind == "qualifier" and extra.entry.value in ("not_holder", "incoming"):
                mention.incoming = True
            if extra.entry.kind == "title" and mention.role == "vice_president":
                mention.role = extra.entry.value[0]  # "نائب رئيس الدولة رئيس مجلس الوزراء": also premier
            last, k = extra.end, k + 1
        person = self._person_after(mention, last, k)
        if person is not None:
            mention.person_id, mention.end = person.entry.value, person.end
            if not (mention.country or mention.org):
                mention.role = None  # "الأمير محمد": an honorific use, not a claim about an office
            return [mention], k + 1
        self._unnamed(mention, last)
        if mention.country or mention.org:
            mention.end = last
            # a known name behind a conjunction ("ووانغ يي", "وماكرون") is its own mention, no unknown name
            known = self.near(last, k, "person", "person_ambiguous", gap=NAME_GAP_CHARS)
            name, name_end = unknown_name(self.text, last) if known is None else (None, last)
            if name:
                mention.unknown_name, mention.end = name, name_end
                if mention.via_home and self._foreigner_named(k, name_end):
                    mention.country, mention.via_home = None, False
            return [mention], max(j, i + 1)
        if head.entry.kind == "title" and self._definite(head) and k == j and role != "leader":  # not "الأمير سلطان"
            mention.role_only = True  # "ولي العهد": only a person of this office named in the article
            return [mention], max(j, i + 1)
        return [], max(j, i + 1)

    def _unnamed(self, mention: EntityMention, name_at: int) -> None:
        """An office read with no known name after it (``offices``)."""
        place = None if mention.via_home else mention.country or mention.org
        on_the_day = not (mention.not_holder or mention.incoming)
        self.offices.append(Office(mention.start, name_at, frozenset({mention.role or ""}), place, on_the_day))

    def _place_further(self, head: Match, j: int) -> tuple[Match | None, int]:
        """The country of a title past an interim qualifier ("رئيس مجلس السيادة الانتقالي السوداني"),
        after "في" for a title of several words ("رئيس مجلس السيادة في السودان"), or after a state noun
        ("وزير خارجية جمهورية تشيلي", "رئيس دولة الإمارات")."""
        extra = self.part_of(head.end, j, "qualifier")
        if extra is not None and extra.entry.value == "current":
            place = self.near(extra.end, j + 1, "country_adj", "country_name")
            if place is not None:
                return place, j + 1
            head_end, j = extra.end, j + 1
        else:
            head_end = head.end
        if j < len(self.slots):
            place = _find(self.slots[j], "country_name")
            gap = self.text[head_end : place.word_start] if place is not None else ""
            if place is not None and " " in head.entry.key and IN_COUNTRY.fullmatch(gap):
                return place, j
            # "وزير خارجية جمهورية إثيوبيا": a state noun in construct before the country's name
            if place is not None and place.word_start == place.start and gap.strip() in lexicon().state_nouns:
                return place, j
        return None, j - (1 if extra is not None and extra.entry.value == "current" else 0)

    def _country_after_qualifier(self, head: Match, j: int) -> tuple[Match, Match] | None:
        """An elected or new office holder's country after "لـ" ("الرئيس المنتخب لإيران"):
        (qualifier, country)."""
        extra = self.part_of(head.end, j, "qualifier")
        if extra is None or extra.entry.value not in ("not_holder", "incoming"):
            return None
        place = self.near(extra.end, j + 1, "country_name")
        if place is None or self.text[place.word_start : place.start] not in ("ل", "لل"):
            return None
        return extra, place

    def _capital_after(self, head: Match) -> tuple[str, int] | None:
        """A title in construct with a capital ("ولي عهد أبوظبي"): (country, end of the capital)."""
        if self._definite(head):
            return None
        m = re.match(r"\s*(\S+)(?:\s+(\S+))?", self.text[head.end : head.end + 40])
        if m is None:
            return None
        for n in (2, 1):
            words = [w.strip(_PUNCT) for w in m.groups()[:n] if w]
            if len(words) == n and (code := self.ref.capitals.get(" ".join(words))) is not None:
                return code, head.end + m.end(n)
        return None

    def _definite(self, head: Match) -> bool:
        """A complete title ("الرئيس", "ولي العهد"), not the head of a construct ("رئيس البرلمان")."""
        prefix = self.text[head.word_start : head.start]
        return prefix.endswith(("ال", "لل")) or head.entry.key.split()[-1].startswith("ال")

    def _home(self, mention: EntityMention, head: Match, i: int, last: int, j: int) -> tuple[int, int]:
        """ "أمير البلاد", "جلالة الملك": the office of the dateline's (or outlet's) country."""
        word = self.near(last, j, "home_word")
        if word is not None and _ADJECTIVE_AFTER.match(self.text, word.end):
            word = None  # "رئيس الدولة العبرية", "رئيس الدولة الفلسطينية": another state, named by its adjective
        if word is not None:
            mention.country, mention.via_home = self.home, True
            return word.end, j + 1
        if self.home and normalize_key(head.entry.key) in _home_titles():
            # "رئيس الجمهورية" alone: the republic of the dateline (a foreign one takes its adjective)
            mention.country, mention.via_home = self.home, True
            return last, j
        if i > 0:
            before = _find(self.slots[i - 1], "honorific")
            if before is not None and before.entry.value == "home" and adjacent(self.text, before.end, head):
                mention.country, mention.via_home = self.home, True
        return last, j

    def _person_after(self, mention: EntityMention, last: int, k: int) -> Match | None:
        person = self.part_of(last, k, "person", gap=NAME_GAP_CHARS)
        if person is not None:
            return person
        maybe = self.part_of(last, k, "person_ambiguous", gap=NAME_GAP_CHARS)
        if maybe is None:
            return None
        maybe = self._confirmed_namesake(self.slots[k], maybe)
        # An ambiguous surname after a complete title is the person only when they belong to that
        # country or are named in full elsewhere in the article.
        if maybe.entry.value in self.confirmed:
            return maybe
        person_rec = self.ref.people.get(maybe.entry.value)
        countries = {o.country for o in person_rec.offices} if person_rec else set()
        return maybe if mention.country and mention.country in countries else None


def entity_mentions(
    text: str, matches: list[Match], ref: ReferenceData, confirmed: set[str], home_country: str | None = None
) -> tuple[list[EntityMention], list[Office]]:
    """Every person mention of the article, in text order, and the offices read with no known name.
    Someone the article introduces by a deputy's title ("النائب الأول للرئيس X") keeps it in the later
    mentions of their bare name."""
    reader = _Reader(text, matches, ref, confirmed, home_country)
    out = reader.read()
    # someone named by title, country and a short surname ("الرئيس الكوري الجنوبي المنتخب يون") is
    # named as surely as in full: their short name elsewhere ("مع يون") is theirs too
    by_office = {m.person_id for m in out if m.person_id and m.country and m.person_id not in confirmed}
    if by_office and (by_office & set(ref.short_names) or _unread(matches, out, by_office)):
        confirmed = confirmed | by_office
        reader = _Reader(text, with_short_names(text, matches, ref, by_office), ref, confirmed, home_country)
        out = reader.read()
    deputies = {m.person_id for m in out if m.deputy}
    for m in out:
        if m.person_id in deputies and m.role is None:
            m.deputy = True
    return out, reader.offices


def _unread(matches: list[Match], out: list[EntityMention], people: set[str]) -> bool:
    """Some name of ``people`` in the text is in no mention yet (a short surname left unconfirmed)."""
    found = sum(1 for m in matches if m.entry.kind in ("person", "person_ambiguous") and m.entry.value in people)
    return found > sum(1 for m in out if m.person_id in people)


# A name of this many letters or fewer ("يون", "شي") is also a syllable of other names and words: it
# counts only for someone the article names in full.
SHORT_NAME_LETTERS = 3


def _full_name(m: Match, kind: str = "person") -> bool:
    return m.entry.kind == kind and len(m.entry.key.replace(" ", "")) > SHORT_NAME_LETTERS


def confirmed_people(matches: list[Match]) -> set[str]:
    """People named in full (unambiguously) somewhere in the article."""
    # _full_name, inlined: this reads every match of the article, three times per article
    return {
        m.entry.value
        for m in matches
        if m.entry.kind == "person" and len(m.entry.key.replace(" ", "")) > SHORT_NAME_LETTERS
    }


def with_short_names(text: str, matches: list[Match], ref: ReferenceData, named: set[str] | None = None) -> list[Match]:
    """Add short ambiguous names (شي for Xi) of people the article already names in full (or
    ``named``, people it names by office and surname), and on the first pass their family names
    after a title (``with_surnames``)."""
    if named is None:  # the article's first pass: family names of people it names in full too
        people = confirmed_people(matches)  # the same after with_surnames: it adds ambiguous names only
        matches = with_surnames(text, matches, ref, people)
    else:
        people = named
    wanted = {pid: ref.short_names[pid] for pid in people if pid in ref.short_names}
    if not wanted:
        return matches
    covered: bytearray | None = None  # built at the first match found (most articles have none)
    extra = []
    for pid, keys in wanted.items():
        for key in keys:
            if key not in text:
                continue  # every match holds the key as written: no whole-text scan
            pattern = rf"(?<![^\W\d_])(?P<clitic>وال|بال|فال|لل|ال|و|ف|ب|ل)?{re.escape(key)}(?![^\W\d_])"
            for found in finditer_where_written(re.compile(pattern), text, key, 3):  # a clitic of 3 letters at most
                start = found.start() + len(found["clitic"] or "")
                if covered is None:
                    covered = _covered(text, matches)
                if 1 in covered[found.start() : found.end()]:
                    continue
                extra.append(Match(start, found.end(), found.start(), Entry("person_ambiguous", pid, key)))
    return sorted(matches + extra, key=lambda m: (m.start, m.end)) if extra else matches


# A family name derived from a full name is at least this many letters ("تبون", not "لي").
SURNAME_MIN_LETTERS = 4
# The patronymic particles, one list: "بن"/"ابن" (son of; titles.yaml name_spellings, read once at
# import) and "بنت" (daughter of).
_SON_OF_WORDS = tuple(normalize_key(w) for w in titles()["name_spellings"]["son_of"])
_CHILD_OF_WORDS = (*_SON_OF_WORDS, "بنت")
_NAME_PARTICLES = frozenset({*_CHILD_OF_WORDS, "ال", "ابو", "عبد", "دا", "دي", "فون", "فان"})
# The rest of a name between a name and the office after it: a family name ("آل سعود", "آل خليفة",
# folded to "ال") or a patronymic ("بن عبدالله", "ابن الحسين"), any number, then a regnal ordinal
# ("الحسين بن عبدالله الثاني ولي العهد").
_REGNAL = tuple(normalize_key(w) for w in titles()["name_spellings"].get("regnal_ordinals", []))
_FAMILY_NAME = re.compile(
    rf"^(?:\s+(?:ال|{'|'.join(_CHILD_OF_WORDS)})\s+[^\W\d_]+)*(?:\s+(?:{'|'.join(_REGNAL)})(?![^\W\d_]))?"
)


def with_surnames(
    text: str, matches: list[Match], ref: ReferenceData, confirmed: set[str] | None = None
) -> list[Match]:
    """ "الرئيس تبون" after "عبد المجيد تبون": the family name (last word of a full name) of someone
    the article names in full (``confirmed``, when known), right after a title or an honorific, is that
    person; so is their patronymic ("بن زايد", ``_patronymic_matches``) anywhere."""
    wanted: dict[str, str] = {}
    people = confirmed_people(matches) if confirmed is None else confirmed
    for pid in people:
        person = ref.people.get(pid)
        if person is not None:
            for key in _surnames(person.names_ar, person.ambiguous_ar):
                wanted.setdefault(key, pid)
    if not people:
        return matches
    heads = {m.end for m in matches if m.entry.kind in ("title", "honorific", "country_adj")}
    given = _given_names(people, ref, set(wanted))
    titled = {m.end for m in matches if m.entry.kind in ("title", "honorific")}
    covered: bytearray | None = None  # built when a candidate needs it
    extra = []
    for key, pid in [*wanted.items(), *given.items()]:
        start = text.find(key)
        while start != -1:
            end = start + len(key)
            if key in given and (start - 1 not in titled or _particle_after(text, end)):
                start = text.find(key, end)
                continue
            if (start - 1 in heads or (key in wanted and _after_opener(text, start))) and (
                text[start - 1 : start] == " " and (end == len(text) or not text[end].isalpha())
            ):
                if covered is None:
                    covered = _covered(text, matches)
                if 1 not in covered[start:end]:
                    extra.append(Match(start, end, start, Entry("person_ambiguous", pid, key)))
            start = text.find(key, end)
    extra += _patronymic_matches(text, matches, ref, people)
    extra += _article_clitic_names(text, matches, ref, people)
    return sorted(matches + extra, key=lambda m: (m.start, m.end)) if extra else matches


# The word before a bare family name is read within this many characters.
_OPENER_CHARS = 12


def _after_opener(text: str, start: int) -> bool:
    """The word right before ``start`` is the preposition of a contact's other party ("مع", "إلى";
    extract_words.yaml ``bare_surname_openers``): a family name there is a party's, not a common word."""
    m = re.search(r"(?:^|\s)(\S+)\s$", text[max(0, start - _OPENER_CHARS) : start])
    return m is not None and m.group(1) in lexicon().status_more.get("bare_surname_openers", ())


def _given_names(people: set[str], ref: ReferenceData, taken: set[str]) -> dict[str, str]:
    """ "الأمير محمد" after "الأمير محمد بن سلمان": the given name of a full name of the form "X بن Y"
    (normalised first word) of someone the article names in full, when no other person it names in full
    shares it nor has it as a family name; only right after a title or an honorific (``with_surnames``)."""
    found: dict[str, set[str]] = {}
    for pid in people:
        person = ref.people.get(pid)
        for first in _given_of(person.names_ar, person.ambiguous_ar) if person is not None else ():
            found.setdefault(first, set()).add(pid)
    return {key: next(iter(pids)) for key, pids in found.items() if len(pids) == 1 and key not in taken}


@lru_cache(maxsize=4096)
def _given_of(names: tuple[str, ...], ambiguous: tuple[str, ...]) -> tuple[str, ...]:
    """The given names (normalised first words) of a person's full names of the form "X بن Y" that
    are not themselves keys of that person, particles nor common words (``_given_names``: once per
    person, as ``_surnames``, not once per article)."""
    lex = lexicon()
    keys = {normalize_key(n) for n in names + ambiguous}
    out = []
    for name in names:
        words = normalize_key(name).split()
        if len(words) < 3 or words[1] not in _CHILD_OF_WORDS:
            continue
        first = words[0]
        if (
            len(first) >= SURNAME_MIN_LETTERS
            and first not in keys
            and first not in _NAME_PARTICLES
            and first not in lex.stop_words
        ):
            out.append(first)
    return tuple(out)


_NEXT_WORD = re.compile(r"\S+")


def _particle_after(text: str, end: int) -> bool:
    """A patronymic particle or "آل" right after a given name: the full name of someone, maybe another."""
    # the first word after ``end`` found in place: ``text[end:].split()`` copied the rest of the text
    # for every given name (quadratic on a long text)
    nxt = _NEXT_WORD.search(text, end)
    return nxt is not None and nxt.group() in (*_CHILD_OF_WORDS, "ال")


def _article_clitic_names(text: str, matches: list[Match], ref: ReferenceData, people: set[str]) -> list[Match]:
    """ "جرت للسوداني مراسم استقبال" after "محمد شياع السوداني": a one-word name with the article of
    someone the article names in full (``ambiguous_ar``, also an adjective of a country), written with
    "لـ" whose "ل" swallows the article's alif ("للسوداني", "وللسوداني"): that person, read as the bare
    name is ("السوداني"); the adjective's match stays beside it for the reader to choose."""
    extra = []
    names = [m for m in matches if m.entry.kind in ("person", "person_ambiguous")]
    for pid in people:
        person = ref.people.get(pid)
        for name in person.ambiguous_ar if person is not None else ():
            key = normalize_key(name)
            if " " in key or not key.startswith("ال") or len(key) < SURNAME_MIN_LETTERS + 2:
                continue
            stem = key[2:]
            if "لل" + stem not in text:
                continue  # an exact pre-test: most names are not written so
            pattern = re.compile(rf"(?<![^\W\d_])(?:و|ف)?ل(?=ل{re.escape(stem)}(?![^\W\d_]))")
            for found in finditer_where_written(pattern, text, "لل" + stem, 1):
                start, end = found.end(), found.end() + 1 + len(stem)
                if any(m.start < end and start < m.end for m in names):
                    continue
                extra.append(Match(start, end, found.start(), Entry("person_ambiguous", pid, key)))
    return extra


def finditer_where_written(pattern: re.Pattern[str], text: str, key: str, lead: int) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)``, for a pattern (never empty) whose every match holds ``key`` at most
    ``lead`` characters after its start: tried only at the starts that can hold it, where ``key`` is
    written (``str.find``; ``words.matches_at``), not at every character of the text."""
    return matches_at(pattern, text, _starts_before(text, key, lead), len(text))


def _starts_before(text: str, key: str, lead: int) -> Iterator[int]:
    """Each start at most ``lead`` characters before a place where ``key`` is written, once, in order."""
    tried = -1
    at = text.find(key)
    while at != -1:
        yield from range(max(tried + 1, at - lead), at + 1)
        tried = at
        at = text.find(key, at + 1)


def _patronymic_matches(text: str, matches: list[Match], ref: ReferenceData, people: set[str]) -> list[Match]:
    """ "وجدد بن زايد" after "محمد بن زايد": the patronymic ("بن" and the father's name) of someone
    the article names in full, anywhere, when no other person the article names in full shares it
    and no given name stands before it (then it is that other man's name: "هزاع بن زايد")."""
    owners: dict[str, set[str]] = {}
    for pid in people:
        person = ref.people.get(pid)
        for key in _patronymics(person.names_ar) if person is not None else ():
            owners.setdefault(key, set()).add(pid)
    covered: bytearray | None = None
    extra = []
    for key, pids in owners.items():
        if len(pids) != 1:
            continue  # "بن زايد" after both Mohamed and Abdullah bin Zayed: whose is not told
        if key not in text:
            continue  # an exact pre-test: most patronymics are not written again
        pid = next(iter(pids))
        pattern = re.compile(rf"(?<![^\W\d_]){re.escape(key)}(?![^\W\d_])")
        for found in finditer_where_written(pattern, text, key, 0):
            if covered is None:
                covered = _covered(text, matches)
            if 1 in covered[found.start() : found.end()]:
                continue
            m = Match(found.start(), found.end(), found.start(), Entry("person_ambiguous", pid, key))
            if not _namesake(text, m, ref):
                extra.append(m)
    return extra


@lru_cache(maxsize=4096)
def _patronymics(names: tuple[str, ...]) -> tuple[str, ...]:
    """ "بن زايد" of "محمد بن زايد آل نهيان": "بن" and the word after it, in a name whose first
    word is the given name ("بن" first is a family name, "بن علي")."""
    out = []
    for name in names:
        words = normalize_key(name).split()
        for k in range(1, len(words) - 1):
            if words[k] in _SON_OF_WORDS and len(words[k + 1]) >= SURNAME_MIN_LETTERS - 1:
                out.append(f"{words[k]} {words[k + 1]}")
                break  # the first patronymic only: "بن محمد" of "خالد بن محمد بن زايد"
    return tuple(dict.fromkeys(out))


def _covered(text: str, matches: list[Match]) -> bytearray:
    """1 at every character of an entity match (its clitic included)."""
    covered = bytearray(len(text))
    for m in matches:
        if m.entry.kind in ENTITY_KINDS:
            covered[m.word_start : m.end] = b"\x01" * (m.end - m.word_start)
    return covered


@lru_cache(maxsize=4096)
def _surnames(names: tuple[str, ...], ambiguous: tuple[str, ...]) -> tuple[str, ...]:
    """The family names (normalised last words) of a person's full names that are not themselves
    keys of that person nor common words."""
    lex = lexicon()
    keys = {normalize_key(n) for n in names + ambiguous}
    out = []
    for name in names:
        words = normalize_key(name).split()
        last = words[-1] if len(words) >= 2 else ""
        if (
            len(last) >= SURNAME_MIN_LETTERS
            and last not in keys
            and words[-2] not in _NAME_PARTICLES
            and last not in lex.stop_words
            and not any(form in lex.not_names for form in strip_clitic(last))
        ):
            out.append(last)
    return tuple(dict.fromkeys(out))


# A dateline ("عمان - بترا:", "الرياض، 12 مايو") sits in the first characters of the text.
DATELINE_CHARS = 60


def home_country_of(norm: str, ref: ReferenceData) -> str | None:
    """The country of a dateline such as "عمان - بترا:" or "الرياض، 12 مايو" at the top of the text."""
    head = norm.lstrip()[:DATELINE_CHARS]
    m = re.match(r"([^\d\-–:(,،\n]{2,30}?)\s*[\-–:(,،]", head)
    if not m:
        return None
    words = m.group(1).split()
    for size in (3, 2, 1):
        for start in range(0, max(1, len(words) - size + 1)):
            code = ref.capitals.get(" ".join(words[start : start + size]))
            if code:
                return code
    return None


def without_namesakes(text: str, matches: list[Match], ref: ReferenceData) -> list[Match]:
    """Drop a one-word name (a surname) written right after a given name that is not its bearer's:
    "عبدالله العليمي" is not "رشاد العليمي". A given name spelt like one of the bearer's own name
    words (same first two letters: "دونلد" for "دونالد") keeps the match. Drop too a name that
    goes on another person's name ("نواف الأحمد الجابر المبارك": one patronymic chain)."""
    out: list[Match] = []
    last_person: Match | None = None
    # people named somewhere by a name of two words or more: their one-word name after someone
    # else's full name is their mention ("استقبل سلفاكير ميارديت البرهان": the object of the verb)
    in_full = {m.entry.value for m in matches if m.entry.kind == "person" and " " in m.entry.key}
    for m in matches:
        if m.entry.kind in ("person", "person_ambiguous"):
            if (
                last_person is not None
                and _continues_name(text, last_person, m)
                and not (" " not in m.entry.key and m.entry.value in in_full)
            ):
                continue  # "نواف الأحمد الجابر المبارك الصباح": one long name, not two people
            if _namesake(text, m, ref) or _fathers_name(text, m) or _other_grandfather(text, m, ref):
                continue
            last_person = m
        out.append(m)
    return out


def _continues_name(text: str, before: Match, m: Match) -> bool:
    """``m`` goes on the name ``before`` (another person's) with nothing but a space between."""
    return (
        before.entry.kind == "person"  # "الجيش السوداني عبد الفتاح البرهان": an adjective, not a name
        and before.entry.value != m.entry.value
        and 0 < m.word_start - before.end <= 2
        and not text[before.end : m.word_start].strip()
        and m.word_start == m.start - (2 if text[m.word_start : m.start] == "ال" else 0)
    )


_CHILD_OF = re.compile(WORD_START + rf"(?:{'|'.join(_CHILD_OF_WORDS)})\s+$")


def _fathers_name(text: str, m: Match) -> bool:
    """ "الأمير خالد بن سلمان بن عبدالعزيز": a name right after "بن" is the father's in someone
    else's patronymic chain, not a mention of the father."""
    return _CHILD_OF.search(text, max(0, m.word_start - 6), m.word_start) is not None


_SON_OF_AFTER = re.compile(rf"\s+(?:{'|'.join(_SON_OF_WORDS)})\s+([^\W\d_]+)")


def _other_grandfather(text: str, m: Match, ref: ReferenceData) -> bool:
    """ "الأمير محمد بن عبدالرحمن بن عبدالعزيز" is not the bearer of "محمد بن عبدالرحمن" whose own
    longer name goes on with another grandfather ("... بن جاسم"): the chain names a namesake. Only a
    bearer whose names give his grandfather is told apart; a chain his names do not go on keeps him."""
    if m.entry.kind != "person" or not set(m.entry.key.split()) & set(_SON_OF_WORDS):
        return False
    after = _SON_OF_AFTER.match(text, m.end)
    person = ref.people.get(m.entry.value)
    if after is None or person is None:
        return False
    grandfathers: set[str] = set()
    size = len(m.entry.key.split())
    for name in person.names_ar:
        words = normalize_key(name).split()
        for i in range(len(words) - size - 1):
            if " ".join(words[i : i + size]) == m.entry.key and words[i + size] in _SON_OF_WORDS:
                grandfathers.add(words[i + size + 1])
    return bool(grandfathers) and normalize_key(after.group(1)) not in grandfathers


_ADJECTIVE_AFTER = re.compile(r"\s+ال\S+ي(?:ة|ه)(?!\S)")
_PATRONYMIC_ALIAS = re.compile(rf"(?:{'|'.join(_SON_OF_WORDS)}) \S+")


def _given_before(ref: ReferenceData, person_id: str, key: str) -> set[str]:
    """The words right before the patronymic ``key`` ("بن سلمان") in a person's own names."""
    person = ref.people.get(person_id)
    out: set[str] = set()
    size = len(key.split())
    for name in person.names_ar if person is not None else ():
        words = normalize_key(name).split()
        out.update(words[i - 1] for i in range(1, len(words)) if " ".join(words[i : i + size]) == key)
    return out


def _namesake(text: str, m: Match, ref: ReferenceData) -> bool:
    """A surname, or a patronymic short name ("بن سلمان"), right after a given name that is not its
    bearer's: "الأمير خالد بن سلمان" is not "محمد بن سلمان"."""
    if m.entry.kind not in ("person", "person_ambiguous"):
        return False
    patronymic = _PATRONYMIC_ALIAS.fullmatch(m.entry.key) is not None
    if " " in m.entry.key and not patronymic:
        return False
    if text[m.word_start : m.start] not in ("", "ال"):  # "وماكرون": a conjunction starts a new name
        return False
    before = text[max(0, m.word_start - 24) : m.word_start].split()
    if not before or not is_name_word(before[-1]):
        return False
    if patronymic and len(before) >= 2 and before[-2] in ("عبد", "ابو") and is_name_word(before[-1]):
        # a compound given name written in two words ("الأمير عبد العزيز بن سلمان"): its son's name
        compound = before[-2] + before[-1]
        return normalize_key(compound) not in _given_before(ref, m.entry.value, m.entry.key)
    if patronymic and not before[-1].startswith("ال"):  # not a title ("ولي العهد بن سلمان")
        # a given name before "بن" starts the name of a son ("الأمير تركي بن سلمان"): the bearer's
        # only if one of his own names has that word right before the patronymic
        return normalize_key(before[-1]) not in _given_before(ref, m.entry.value, m.entry.key)
    given = [" ".join(before[-2:])] if len(before) >= 2 and before[-2] in ("عبد", "ابو") else []
    given.append(before[-1])
    own = ref.name_words.get(m.entry.value, frozenset())
    for name in given:
        if name in ref.given_names:
            first = name.split()[-1] if name.startswith(("عبد ", "ابو ")) else name
            return not any(w[:2] == first[:2] or w == name.replace(" ", "") for w in own)
    return False
