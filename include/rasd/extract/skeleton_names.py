"""Names in another spelling: a run of words whose consonant skeleton is that of a listed name.

Outlets transliterate foreign and Maghrebi names into Arabic many ways: long vowels written or
dropped, g as ك, ج, غ or ق, a letter doubled or not, ch as تش or ش, compounds spaced or joined
(``normalize.words_skeleton`` and its letter classes). The reference data lists one spelling or a
few. ``skeleton_names`` reads a run of words the scan does not know as a listed person when the
run stands where a name stands and its skeleton is one of that person's names':

* right after an office the mention reader read with no known name (``mentions.Office``: "وزير
  الخارجية X Y", "رئيس الوزراء الفلاني X", "نظيره التونسي X Y", past its country, qualifiers and
  honorifics), or after the next country of a list of such ("الرئيسان المصري X Y والفرنسي Z", once X
  is read: ``article.read_people``): two words, or one word when the title gives the country, whose
  skeleton is a name of someone holding on the day an office the title may name (of its country when given), and of
  nobody else holding one;
* without a title: a run of two or three words standing alone (no other name word right before or
  after it), its first word written as the first word of the listed name, whose skeleton is a full
  name of one person of the reference data, no name, short name or part of a name of anyone else
  having it.

A one-word skeleton never counts without a title and its country, nor a short one at all
(``ONE_WORD_MIN_LETTERS``); the words pass the name test (``mentions.is_name_word``). The person's
match joins the scan's, as if the name were written as listed. Only the words after titles and the
words written as a listed first name are looked at: linear and cheap.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from itertools import accumulate
from operator import itemgetter

from rasd.extract.mentions import NAME_GAP_CHARS, Office, is_name_word
from rasd.extract.refdata import Entry, NameSkeletons, ReferenceData
from rasd.extract.resolve import title_may_name
from rasd.extract.scan import GAP_RUN, Match
from rasd.normalize import word_skeleton, words_skeleton

# A one-word run after a title and its country counts with a skeleton of at least this many letters
# ("بوقدوم": بكدم, not "تبون": تبن).
ONE_WORD_MIN_LETTERS = 4
# A run read without a title has a skeleton of at least this many letters.
FULL_NAME_MIN_LETTERS = 5
# Words in a run read without a title: three ("محمد ولد الغزاوني") or two.
FULL_NAME_WORDS = (3, 2)
_PUNCT = ",.:;()[]\"'«»“”،؛!?؟-–/|"
_WORD = re.compile(r"\S+")
_START, _END = itemgetter(0), itemgetter(1)


class _Text:
    """One article's normalised text, its scan's matches, and the words read so far."""

    def __init__(self, text: str, matches: list[Match]) -> None:
        self.text = text
        self.matches = matches
        self._starts: list[int] | None = None  # the matches' starts, in order
        self._reach: list[int] = []  # the furthest end of the matches up to each of them
        self.used: set[int] = set()  # starts of words read as a name
        self.titled: set[int] = set()  # starts of the first words after an office that took no name there

    def covered(self, start: int, end: int) -> bool:
        """A match of the scan (a name, a title, a country, any word it knows) overlaps ``start:end``
        (a clitic before it aside): found by bisection over the matches' starts and the furthest end
        reached so far."""
        if self._starts is None:  # the scan's matches come ordered by start
            self._starts = list(map(_START, self.matches))
            self._reach = list(accumulate(map(_END, self.matches), max))
        i = bisect.bisect_left(self._starts, end)
        return i > 0 and self._reach[i - 1] > start

    def words_from(self, at: int, most: int) -> list[tuple[int, int]]:
        """(start, end) of up to ``most`` words from ``at`` (a word's start), one space between each."""
        out: list[tuple[int, int]] = []
        m = _WORD.match(self.text, at)
        while m is not None:
            out.append(m.span())
            if len(out) == most or not self.text.startswith(" ", m.end()):
                break
            m = _WORD.match(self.text, m.end() + 1)
        return out

    def skeleton(self, spans: list[tuple[int, int]]) -> str:
        """The skeleton of the words at ``spans``, punctuation around them aside."""
        return words_skeleton(self.text[a:b].strip(_PUNCT) for a, b in spans)

    def run(self, spans: list[tuple[int, int]]) -> tuple[int, int] | None:
        """(start, end) of the words at ``spans`` when they are name words the scan does not know and
        none is read already, with no punctuation between them (punctuation before the first and after
        the last stays out)."""
        raw = [self.text[a:b] for a, b in spans]
        start = spans[0][1] - len(raw[0].lstrip(_PUNCT))
        end = spans[-1][0] + len(raw[-1].rstrip(_PUNCT))
        if start >= end or self.covered(start, end) or any(a in self.used for a, _ in spans):
            return None
        names = [w.strip(_PUNCT) for w in raw]
        if raw[:-1] != names[:-1] or not all(map(is_name_word, names)):
            return None
        return start, end

    def name_word_before(self, at: int) -> bool:
        """A name word the scan does not know stands right before the word at ``at``, one space between."""
        if at < 2 or self.text[at - 1] != " " or self.text[at] in _PUNCT:
            return False
        start = at - 1
        while start > 0 and not self.text[start - 1].isspace():
            start -= 1
        return self._unknown_name(start, at - 1, self.text[start : at - 1].rstrip(_PUNCT) == self.text[start : at - 1])

    def name_word_after(self, end: int) -> bool:
        """A name word the scan does not know stands right after the word ending at ``end``."""
        if not self.text.startswith(" ", end) or self.text[end - 1] in _PUNCT:
            return False
        m = _WORD.match(self.text, end + 1)
        return m is not None and self._unknown_name(m.start(), m.end(), m.group() == m.group().lstrip(_PUNCT))

    def _unknown_name(self, start: int, end: int, joined: bool) -> bool:
        word = self.text[start:end].strip(_PUNCT)
        return joined and bool(word) and is_name_word(word) and not self.covered(start, end)


def skeleton_names(
    text: str, matches: list[Match], offices: list[Office], ref: ReferenceData, day: dt.date | None
) -> list[Match]:
    """A person match over each run of words read as a listed name by its skeleton (module docstring)
    that ``matches`` (the scan's, ordered by start) do not hold yet: after the ``offices`` the mention
    reader read with no known name, and standing alone."""
    if ref.skeletons is None:
        return []
    reading = _Text(text, matches)
    extra = _after_offices(reading, offices, ref, ref.skeletons, day) if day is not None else []
    return extra + _full_names(reading, ref, ref.skeletons)


def _match(reading: _Text, start: int, end: int, pid: str, ref: ReferenceData) -> Match:
    """A person match over ``start:end``; a first "و" that begins none of the person's name words is
    the conjunction, a clitic (the skeleton drops it: it is a vowel letter)."""
    clitic = reading.text.startswith("و", start) and not any(w[:1] == "و" for w in ref.name_words.get(pid, ()))
    return Match(start + clitic, end, start, Entry("person", pid, reading.text[start + clitic : end]))


def _after_offices(
    reading: _Text, offices: list[Office], ref: ReferenceData, skeletons: NameSkeletons, day: dt.date
) -> list[Match]:
    """Person matches of runs where the name of an office's holder may start; a title among the words
    of the office before it ("الرئيس التونسي وزير الخارجية X") adds its role to that office's."""
    chains: list[Office] = []
    for office in offices:
        if chains and office.start < (first := chains[-1]).name_at:
            chains[-1] = first._replace(
                name_at=office.name_at,
                roles=first.roles | office.roles,
                place=first.place or office.place,
                on_the_day=first.on_the_day and office.on_the_day,
            )
        else:
            chains.append(office)
    out: list[Match] = []
    for office in chains:
        if office.on_the_day and (found := _name_after(reading, office, ref, skeletons, day)) is not None:
            out.append(found)
    return out


def _first_of_a_name(reading: _Text, at: int, skeletons: NameSkeletons) -> bool:
    """The word at ``at`` may open a name the scan does not know: its skeleton is that of a listed
    name's first word (or first two, written joined). A cheap test before any run of words is read."""
    if reading.covered(at, at + 1):
        return False  # a name (or word) the scan knows as written
    m = _WORD.match(reading.text, at)
    return m is not None and word_skeleton(m.group().strip(_PUNCT)) in skeletons.openings


def _holder(skeleton: str, office: Office, ref: ReferenceData, skeletons: NameSkeletons, day: dt.date) -> str | None:
    """The one bearer of a name with ``skeleton`` who holds on ``day`` an office the title may name
    (of its country or organisation when given); None for nobody or several."""
    found = None
    for pid in skeletons.bearers.get(skeleton, ()):
        person = ref.people.get(pid)
        for held in person.offices_on(day) if person is not None else ():
            if office.place is not None and office.place not in (held.country, held.org):
                continue
            if any(title_may_name(role, held.role) for role in office.roles):
                if found is not None:
                    return None
                found = pid
                break
    return found


def _name_after(
    reading: _Text, office: Office, ref: ReferenceData, skeletons: NameSkeletons, day: dt.date
) -> Match | None:
    """The person match of the two words (or, with a country, the one word) where the name of the
    office's holder may start, if their skeleton is a name of one holder on ``day`` of an office its
    title names."""
    gap = GAP_RUN.match(reading.text, office.name_at)
    at = gap.end() if gap is not None else office.name_at  # the pattern matches anywhere (maybe empty)
    if at - office.name_at > NAME_GAP_CHARS or at >= len(reading.text):
        return None
    reading.titled.add(at)
    if not _first_of_a_name(reading, at, skeletons):
        return None
    spans = reading.words_from(at, 2)
    for size in (2, 1) if office.place else (2,):
        if len(spans) < size:
            continue
        skeleton = reading.skeleton(spans[:size])
        if size == 1 and len(skeleton) < ONE_WORD_MIN_LETTERS:
            continue
        pid = _holder(skeleton, office, ref, skeletons, day)
        run = reading.run(spans[:size]) if pid is not None else None
        if pid is None or run is None:
            continue
        found = _match(reading, *run, pid, ref)
        if found.start != found.word_start:
            return None  # "وزير الخارجية وX": a conjunction, another person after the title
        reading.used.update(a for a, _ in spans[:size])
        return found
    return None


def _full_names(reading: _Text, ref: ReferenceData, skeletons: NameSkeletons) -> list[Match]:
    """Person matches of runs of two or three words anywhere, the first written as a listed first name,
    whose skeleton is one person's full name and no one else's name or part of a name, standing alone."""
    text = reading.text
    out: list[Match] = []
    for first in skeletons.first_word_forms.intersection(text.split()):
        at = text.find(first)
        while at != -1:
            if (
                (at == 0 or text[at - 1].isspace())
                and text.startswith(" ", at + len(first))
                and not reading.covered(at, at + len(first))  # a name the scan knows
            ):
                found = _full_name_at(reading, at, ref, skeletons)
                if found is not None:
                    out.append(found)
            at = text.find(first, at + len(first))
    return out


def _full_name_at(reading: _Text, at: int, ref: ReferenceData, skeletons: NameSkeletons) -> Match | None:
    if at in reading.titled or at in reading.used:
        return None  # an office's words: its own reading decides
    spans = reading.words_from(at, max(FULL_NAME_WORDS))
    for size in FULL_NAME_WORDS:
        if len(spans) < size:
            continue
        skeleton = reading.skeleton(spans[:size])
        if skeleton not in skeletons.full_names or len(skeleton) < FULL_NAME_MIN_LETTERS:
            continue
        bearers = skeletons.bearers[skeleton] | skeletons.parts.get(skeleton, frozenset())
        run = reading.run(spans[:size]) if len(bearers) == 1 else None
        if run is None or reading.name_word_before(run[0]) or reading.name_word_after(run[1]):
            continue
        pid = next(iter(bearers))
        found = _match(reading, *run, pid, ref)
        if reading.text[found.start : found.end].split()[0] not in ref.name_words.get(pid, frozenset()):
            return None  # the first word written as another person's first name only
        reading.used.update(a for a, _ in spans[:size])
        return found
    return None
