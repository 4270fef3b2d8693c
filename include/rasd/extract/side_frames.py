"""Other contacts a trigger sentence tells beside its main frame, each a frame of its own.

Our contact recalled in a message (``our_contact``), a message carried at a meeting or in a call
(``carried_message``, ``message_in_call``), a second contact coordinated after the first
(``coordinated``), the meeting a trip is made for (``trip_meeting``, ``trips_meetings``), an earlier
contact that sets the time of the main one (``earlier_contacts``) and a contact of another type in a
clause of its own with its own day or background cue (``clause_frames``; also a visit or plan announced
in a call, a second contact of the same two people).
"""

from __future__ import annotations

import bisect
import dataclasses
import itertools
import re
from collections import Counter
from functools import lru_cache
from typing import cast

from rasd.arabic import WORD_START
from rasd.dates import DateMention
from rasd.extract.article import Article
from rasd.extract.events import CALL_TYPES
from rasd.extract.frames import (
    CLAUSE_MARK,
    STATUS_CUE_MAX_WORDS,
    Frame,
    governing_date,
    intention_before,
    main_trigger,
    meeting_to_come,
    pick_date,
    promised,
    status_of,
    time_setting,
    told_again,
)
from rasd.extract.lexicon import Lexicon, any_written, first_person_noun, has_cue, lexicon, strip_clitic
from rasd.extract.mentions import EntityMention
from rasd.extract.other_contacts import PhraseEnds, possessed_contact
from rasd.extract.scan import Match
from rasd.extract.status import accepted_invitation, accepted_later, month_year_gone
from rasd.records import EventType
from rasd.words import alternation, bare_or_conjoined

# A carrier word stands at most this many words before the message word ("نقل إليه رسالة شفهية").
CARRIER_WORDS_BEFORE = 3


_FROM = re.compile(WORD_START + r"من\s")


def carried_message(a: Article, out: list[Frame], triggers: list[Match], inside: list[Match]) -> list[Frame]:
    """A message handed over at a meeting ("استقبل X الوزير Y الذي نقل إليه رسالة من Z", "وتسلم منه
    رسالة"): the sentence reports the meeting of X and Y; a message named there for the first time (no
    article) is Z's to X, or Z's to W when both are named after it ("رسالة أرسلها Z للملك W")."""
    main = out[-1]
    meeting = next((t for t in triggers if t.entry.value == "meeting"), None)
    if main.type != "message" or meeting is None or main.status != "reported":
        return []
    words = list(re.finditer(r"\S+", a.norm[max(main.lo, main.trigger.word_start - 40) : main.trigger.word_start]))
    carrier = next(
        (w for w in reversed(words[-CARRIER_WORDS_BEFORE:]) if w.group() in lexicon().message_carriers), None
    )
    if carrier is None:
        return _handed_over_at_meeting(a, out, meeting, inside)
    carrier_at = max(main.lo, main.trigger.word_start - 40) + words[-CARRIER_WORDS_BEFORE:][0].start()
    again = a.norm[main.trigger.word_start : main.trigger.start].endswith("ال") or main.trigger.entry.has_article
    if meeting.start > main.trigger.end and not again:
        # "وصل الوزير X حاملا رسالة الرئيس Y للسلطان Z وكان في استقباله W": the message is Y's to Z
        # (named between the message word and the reception); the carrier is no party of it, and the
        # reception is a meeting of the carrier and his host only.
        named = [e for e in main.entities if main.trigger.end <= e.start < meeting.word_start]
        hosts = [e for e in main.entities if e.start >= meeting.end]
        carriers = [e for e in main.entities if e.start < carrier_at]
        if len(named) < 2 or not hosts or not carriers:
            return []
        out[-1] = dataclasses.replace(
            main,
            type="meeting",
            status=status_of(a.norm, inside, meeting, main.lo),
            trigger=meeting,
            entities=[*carriers, *hosts],
        )
        return [dataclasses.replace(main, entities=named, sources=[], topics=[])]
    cut = carrier_at if meeting.start < carrier_at else main.hi
    met = [e for e in main.entities if e.start < cut]
    out[-1] = dataclasses.replace(
        main, type="meeting", status=status_of(a.norm, inside, meeting, main.lo), trigger=meeting, entities=met
    )
    if a.norm[main.trigger.word_start : main.trigger.start].endswith("ال") or main.trigger.entry.has_article:
        return []  # "بتسليم الرسالة": the message was reported before
    source = _FROM.search(a.norm, main.trigger.end, main.hi)
    sender = next((e for e in main.entities if source and e.start >= source.end()), None)
    host = _addressee(a, met, sender)
    ends = [e for e in main.entities if e.start >= main.trigger.end]
    if sender is None and len({e.person_id or e.start for e in ends}) >= 2:
        # "وتسلم منه رسالة أرسلها الأمير Y للملك Z": the sender and the addressee named after the message
        return [dataclasses.replace(main, entities=ends, sources=[], topics=[])]
    if host is None or sender is None:
        return []
    return [dataclasses.replace(main, entities=[host, sender], sources=[], topics=[])]


def _handed_over_at_meeting(a: Article, out: list[Frame], meeting: Match, inside: list[Match]) -> list[Frame]:
    """A sentence that opens with a verb of handing over, its subject the carrier, and tells the meeting
    where the message was handed after it ("سلم الوزير X اليوم الرئيس Y رسالة من Z، خلال استقبال الرئيس Y
    له", "سلم الوزير X رسالة من Z إلى الرئيس Y، خلال استقباله"): the meeting of X and Y, and Z's message
    to Y. The addressee is named between the carrier and the message word, else after the sender ("إلى
    Y"), else right after the meeting word; a message told before ("الرسالة") is left as it is."""
    main = out[-1]
    first = a.norm[main.lo : main.trigger.word_start].split()[:1]
    if not first or first[0].strip("،,").removeprefix("و") not in lexicon().handover_words:
        return []
    if meeting.start < main.trigger.end or main.trigger.entry.has_article:
        return []
    if a.norm[main.trigger.word_start : main.trigger.start].endswith("ال"):
        return []
    carrier = next((e for e in main.entities if e.start < main.trigger.word_start), None)
    source = _FROM.match(a.norm, main.trigger.end + 1) or _FROM.match(a.norm, main.trigger.end)
    named = [e for e in main.entities if main.trigger.end <= e.start < meeting.word_start]
    sender = named[0] if source is not None and named else None
    if carrier is None or carrier.person_id is None or sender is None:
        return []
    between = [e for e in main.entities if carrier.end <= e.start < main.trigger.word_start]
    after = [e for e in main.entities if e.start >= meeting.end]
    receiver = next(iter(between or named[1:] or after), None)
    parties = {e.person_id or e.start for e in (carrier, sender, receiver) if e is not None}
    if receiver is None or len(parties) < 3:
        return []
    status = status_of(a.norm, inside, meeting, main.lo)
    out[-1] = dataclasses.replace(main, type="meeting", status=status, trigger=meeting, entities=[carrier, receiver])
    return [dataclasses.replace(main, entities=[receiver, sender], sources=[], topics=[])]


def _addressee(a: Article, met: list[EntityMention], sender: EntityMention | None) -> EntityMention | None:
    """Who of a meeting's people a message carried there is for: a carrier brings his own country's
    message, so the one met of another country than the sender's ("التقى الوزير X الرئيس Y ... حمل
    خلالها رسالة من الرئيس Z", X and Z compatriots: Y's); else the subject of "استقبل" / "التقى"
    (before or right after the verb), the one named first."""
    if not met:
        return None
    home = _country(a, sender) if sender is not None else None
    if home is not None and _country(a, met[0]) == home:
        return next((e for e in met[1:] if _country(a, e) not in (None, home)), met[0])
    return met[0]


def _country(a: Article, e: EntityMention) -> str | None:
    """The country of a mention: its person's on the day of publication, else the one its title names."""
    person = a.ref.people.get(e.person_id) if e.person_id else None
    return (person.country_on(a.pub) if person else None) or e.country


# The carrier's mention ends at most this many characters before the carrier's word.
CARRIER_NAME_CHARS = 120


def carrier_contact(a: Article, main: Frame, triggers: list[Match]) -> list[Frame]:
    """A named carrier takes a new message to its addressee himself, in a sentence that tells no
    reception: "وصل الوزير X اليوم إلى عمان حاملا رسالة من الرئيس Y إلى الملك Z" (a verb of travel
    before the carrier's word) is X's visit to Z; "قام الوزير X بتسليم رسالة من Y إلى Z" (a word of
    handing over) is X's meeting with Z, and so is "قال X إنه سلم إلى Z رسالة من Y" (the addressee between
    the word of handing over and the message, ``_handed_to``). The message stays Y's to Z
    (``without_carriers`` drops X)."""
    if main.type != "message" or main.heading or any(t.entry.value == "meeting" for t in triggers):
        return []
    if a.norm[main.trigger.word_start : main.trigger.start].endswith("ال") or main.trigger.entry.has_article:
        return []  # "بتسليم الرسالة": the message told before
    lex = lexicon()
    words = list(re.finditer(r"\S+", a.norm[main.lo : main.trigger.word_start]))
    if not words:
        return []
    last = words[-1].group()
    kind: EventType
    handed = None if last in lex.carrier_words or last in lex.handover_words else _handed_to(a, main, words)
    if last in lex.carrier_words:
        kind = "visit"
    elif last in lex.handover_words or handed is not None:
        kind = "meeting"
    else:
        return []
    if handed is not None:  # "سلم إلى Z رسالة من Y": the addressee between the handover and the message
        at, addressee = handed
        carrier_at = main.lo + words[at].start()
        carriers = [e for e in main.entities if e.end <= carrier_at and carrier_at - e.end <= CARRIER_NAME_CHARS]
        if not carriers or carriers[-1].person_id is None or carriers[-1].person_id == addressee.person_id:
            return []
        return [dataclasses.replace(main, type=kind, entities=[carriers[-1], addressee], topics=[])]
    carrier_at = main.lo + words[-1].start()
    carriers = [e for e in main.entities if e.end <= carrier_at and carrier_at - e.end <= CARRIER_NAME_CHARS]
    if not carriers or carriers[0].person_id is None:
        return []
    carrier = carriers[0]  # the subject of the sentence, before the carrier's word
    if kind == "visit" and not any(
        form in lex.carrier_trip_verbs
        for w in words[:-1]
        if main.lo + w.start() < carrier_at
        for form in strip_clitic(w.group().strip("،,"))
    ):
        return []  # "X حاملا رسالة" with no trip told
    after = [e for e in main.entities if e.start >= main.trigger.end and e.person_id != carrier.person_id]
    source = _FROM.match(a.norm, main.trigger.end + 1)
    if source is not None:  # "رسالة من Y إلى Z": the addressee after the sender
        after = [e for e in after if e.person_id != after[0].person_id] if after else []
    if not after:
        return []
    # the addressee may be named by the office alone ("للرئيس الإماراتي"): resolved with the frame's people
    return [dataclasses.replace(main, type=kind, entities=[carrier, after[0]], topics=[])]


# The addressee of a handover stands at most this many words before the message word ("سلم إلى نظيره
# الرئيس X رسالة").
HANDED_TO_WORDS = 8


def _handed_to(a: Article, main: Frame, words: list[re.Match[str]]) -> tuple[int, EntityMention] | None:
    """A handover word, then "إلى" or "لـ" and the one leader it went to, then the message word ("قال X
    إنه سلم إلى نظيره الرئيس Z رسالة من Y"): the index of the handover word among ``words`` and the
    addressee, else None."""
    lex = lexicon()
    tail = words[-HANDED_TO_WORDS - 1 :]
    for i, w in enumerate(tail[:-1]):
        if w.group().strip("،,").removeprefix("و") not in lex.handover_words:
            continue
        to = tail[i + 1].group()
        if to not in lex.destination_words and not to.startswith("ل"):
            return None
        lo, hi = main.lo + tail[i + 1].start(), main.trigger.word_start
        named = [e for e in main.entities if lo <= e.start and e.end <= hi and e.person_id]
        if len({e.person_id for e in named}) != 1:
            return None
        return len(words) - len(tail) + i, named[0]
    return None


def message_in_call(a: Article, main: Frame, triggers: list[Match]) -> list[Frame]:
    """A message carried during a call ("تلقى X اتصالا من الوزير Y نقل خلاله رسالة من Z"): the
    sentence reports the call of X and Y; a message named there for the first time (no article),
    right after a carrier word and followed by "من", is Z's to the call's receiver: the subject of a
    receiving verb ("تلقى"), else the party called (the first one named after the call word)."""
    if main.type not in CALL_TYPES or main.status != "reported":
        return []
    message = next((t for t in triggers if t.entry.value == "message" and t.start > main.trigger.end), None)
    if message is None or main.trigger.entry.value not in CALL_TYPES:
        return []
    if a.norm[message.word_start : message.start].endswith("ال") or message.entry.has_article:
        return []  # "نقل خلاله الرسالة": a message told before
    left = max(main.trigger.end, message.word_start - 40)
    words = list(re.finditer(r"\S+", a.norm[left : message.word_start]))[-CARRIER_WORDS_BEFORE:]
    carrier = next((w for w in words if w.group() in lexicon().message_carriers), None)
    source = _FROM.search(a.norm, message.end, main.hi)
    if carrier is None or source is None:
        return []
    carrier_at = left + carrier.start()
    sender = next((e for e in main.entities if e.start >= source.end()), None)
    parties = [e for e in main.entities if e.start < carrier_at]
    received = has_cue(a.norm[main.lo : main.trigger.word_start], lexicon().receiver_verbs)
    after = [e for e in parties if e.start >= main.trigger.end]
    receiver = parties[0] if received and parties else (after[0] if after else None)
    if sender is None or receiver is None:
        return []
    # the message frame opens at the carrier word: who sent it is read there, not from the call verb
    return [
        dataclasses.replace(
            main, type="message", trigger=message, entities=[receiver, sender], sources=[], topics=[], lo=carrier_at
        )
    ]


def coordinated(a: Article, out: list[Frame], triggers: list[Match], inside: list[Match]) -> list[Frame]:
    """ "أجرى X اتصالا بـ Y، والتقى Z": the first contact keeps the clause before the conjunction; the
    second gets its own frame of X (the sentence's subject) and the people of its clause."""
    main = out[-1]
    found = _coordination(a, main.lo, triggers)
    if found is None:
        return []
    cut, t = found
    before = [e for e in main.entities if e.start < cut]
    after = [e for e in main.entities if e.start >= cut]
    if not after or not (before or _own_subject(a, cut, after, t)):
        return []
    head = [u for u in triggers if u.end <= cut]
    first, first_status = main_trigger(a.norm, [m for m in inside if m.start < cut], head, main.lo, [])
    subjects = [e for e in before if e.start < first.start][:2]  # "عقد X وY قمة مع Z"
    if not subjects and not _verb_chained(a, main.lo, first):
        subjects = before[:1]  # "التقى X بـY، وسيلتقي Z": the verb opens its clause, X after it its subject
    antecedent = _relative_antecedent(a, before, first.end, cut)
    dates_before = [d for d in a.dates.between(main.lo, cut)]
    out[-1] = dataclasses.replace(
        main,
        type=first.entry.value,
        status=first_status,
        trigger=first,
        entities=before,
        date=governing_date(a.norm, dates_before, first),
        hi=cut,
    )
    dates = [d for d in a.dates.between(cut, main.hi)]
    date = governing_date(a.norm, dates, t)
    earlier = False
    if antecedent is not None:
        # "استقبل X الوزير Y، الذي زار جوبا الاثنين الماضي والتقى رئيسها Z": the relative clause's
        # subject (Y) met Z, on the clause's own day; a day before the main contact's is an earlier one
        subjects = [antecedent]
        told = [d for d in a.dates.between(antecedent.end, main.hi) if d.date]
        date = date or pick_date(told, t.start)
        main_day = out[-1].date.date if out[-1].date else None
        earlier = bool(date and date.date and main_day and date.date < main_day)
    return [
        dataclasses.replace(
            main,
            type=t.entry.value,
            status=status_of(a.norm, inside, t, cut),
            trigger=t,
            entities=[*subjects, *after],
            date=date or _shared_date(a, first, out[-1].date),
            sources=[],
            topics=[],
            background_cue=main.background_cue or earlier,
            lo=cut,
        )
    ]


def _verb_chained(a: Article, lo: int, first: Match) -> bool:
    """The first contact word is a verb joined by "و" to another verb in the middle of its clause ("قبل
    أن ينتقل إلى عمان ويلتقي بها X"): both verbs share the dropped subject (the traveller), and X after
    it is its object, not the subject of the contact in the next clause ("، بينما يلتقي غدا بـ Y")."""
    written = a.norm[first.word_start : first.end]
    if not written.startswith("و") or first.start - first.word_start != 1:
        return False
    marks = [m.end() for m in CLAUSE_MARK.finditer(a.norm, lo, first.word_start)]
    clause = a.norm[(marks[-1] if marks else lo) : first.word_start].split()
    return any(w not in lexicon().sentence_connectors for w in clause)


def _own_subject(a: Article, cut: int, after: list[EntityMention], t: Match) -> bool:
    """The first clause names nobody ("يعقد الاجتماع على هامش ...، كما سيعقد X لقاءات مع Y"): the
    second clause, which names its own subject before its contact word, has the sentence's people."""
    return after[0].start < t.word_start and a.mentions.between(cut, t.word_start) != []


def _shared_date(a: Article, first: Match, date: DateMention | None) -> DateMention | None:
    """The first contact's day, shared by a contact coordinated after it, unless it is written in a
    relative clause of the first contact word ("الاتصال الذي أجراه يوم الأحد ... وعلى مضمون الرسالة
    التي تلقاها"): that day is the first contact's own."""
    if date is None or date.start < first.end:
        return date
    words = a.norm[first.end : date.start].split()
    if any(w in lexicon().relative_pronouns for w in words) and not CLAUSE_MARK.search(a.norm, first.end, date.start):
        return None
    return date


_RELATIVE_AFTER_NAME = re.compile(r"\s*[,،]\s*(?:الذي|التي)\s")


def _relative_antecedent(a: Article, before: list[EntityMention], lo: int, hi: int) -> EntityMention | None:
    """The person a relative clause ("، الذي زار ...") describes, when one opens between lo and hi
    right after the name: the subject of the contacts told in that clause."""
    for e in reversed(before):
        if lo <= e.start and e.end < hi and _RELATIVE_AFTER_NAME.match(a.norm, e.end):
            return e
    return None


COORDINATION_TRIGGERS = 40


# Calls and cables are one-to-one by default (``callers.told_separate``): a second verb of their type needs no frame.
SPLIT_BY_DEFAULT = frozenset({"phone_call", "video_call", "message"})


def _coordination(a: Article, lo: int, triggers: list[Match]) -> tuple[int, Match] | None:
    """Where a second contact of another type opens a clause joined by "و"/"ثم" after a first one.
    Only a sentence's first COORDINATION_TRIGGERS contact words are read: real sentences hold a
    handful, and a run-on text of thousands must not cost quadratic time (tests/test_fuzz.py)."""
    lex = lexicon()
    triggers = triggers[:COORDINATION_TRIGGERS]
    sequence_words = _sorted_words(lex.sequence_words)
    for t in triggers:
        earlier = [u for u in triggers if u.end <= t.word_start]
        left = max(lo, t.word_start - SEQUENCE_CHARS)
        seq = (
            [w for w in re.finditer(r"\S+", a.norm[left : t.word_start]) if _sequence_word(w.group(), lex)]
            if earlier and any_written(a.norm, sequence_words, left, t.word_start)  # a sequence word holds one
            else []
        )
        if earlier and seq:  # "سبقتها محادثات مماثلة عبر الفيديو": the second contact's clause
            return left + seq[-1].start(), t
        planned_at = _planned_clause(a, max(lo, earlier[-1].end), t) if earlier else None
        if planned_at is not None:  # "، ومن المقرر أن يلتقي Y غدا", "، وسيجري اتصالا مماثلا بـ Y": to come
            return planned_at, t
        then = _THEN.search(a.norm, max(lo, earlier[-1].end), t.word_start) if earlier else None
        if then is not None:  # "استقبل X A، ثم عقد اجتماعا مع B": a second contact after the first
            return then.start(), t
        intended = _intended_another(a, max(lo, earlier[-1].end), t) if earlier else None
        if intended is not None:  # "يلتقي X بـ A كما ينوي لقاء B": another contact of the subject's
            return intended, t
        first = [u for u in earlier if not {u.entry.value, t.entry.value} <= CALL_TYPES]
        written = a.norm[t.word_start : t.end]  # the key may have lost its article ("التقى")
        again = t.entry.value not in SPLIT_BY_DEFAULT and written.removeprefix("و") in lex.coordinated_contact_verbs
        calls = [u for u in earlier if {u.entry.value, t.entry.value} <= CALL_TYPES]
        if not first and calls and _call_again(a, max(lo, calls[-1].end), t, lex):
            first, again = calls, True  # "تلقى X اتصالا من A، تناول ...، كما تلقى اتصالا من B"
        again = again or (bool(earlier) and _another_of_kind(a, max(lo, earlier[-1].end), t))
        if not first or (all(u.entry.value == t.entry.value for u in first) and not again):
            continue  # "التقى X A، ثم التقى B": the same verb again opens a second meeting
        if written[:1] in ("و", "ف") and written[1:] in lex.coordinated_contact_verbs:
            return t.word_start, t
        left = max(lo, first[-1].end, t.word_start - 24)
        words = list(re.finditer(r"\S+", a.norm[left : t.word_start]))
        if words:
            word = words[-1].group()
            noun = a.norm[t.start : t.end].split()[0]  # "وتلقى اتصالا هاتفيا": the verb and the contact noun
            if word.startswith("و") and f"{word[1:]} {noun}" in lex.coordinated_contact_verbs:
                return left + words[-1].start(), t
        opener = [
            w for w in list(re.finditer(r"\S+", a.norm[left : t.word_start]))[-3:] if w.group() in lex.clause_openers
        ]
        if opener:  # "، وعلى مضمون الرسالة التي تلقاها من Y"
            return left + opener[-1].start(), t
    return None


def _another_of_kind(a: Article, lo: int, t: Match) -> bool:
    """ "التقى X بـ A، كما تم لقاء جمع بين X وB": after a comma, "كما" and at most a light verb of
    holding ("تم", "عقد", "جرى") open another contact of the same kind (``another_contact_verbs``)."""
    parts = CLAUSE_MARK.split(a.norm[lo : t.word_start])
    clause = parts[-1].split() if len(parts) > 1 else []
    if not clause or clause[0] not in lexicon().status_more.get("another_contact_openers", ()):
        return False
    return len(clause) == 1 or (
        len(clause) == 2 and clause[1] in lexicon().status_more.get("another_contact_verbs", ())
    )


def _intended_another(a: Article, lo: int, t: Match) -> int | None:
    """ "يلتقي X بـ A كما ينوي لقاء B", "، ويعتزم إجراء محادثات مع B": a verb of intention right before
    the contact word (``frames.intention_before``), written with "و" or after "كما" / "وكذلك"
    (``another_contact_openers``), opens another contact, the subject the sentence's: where its clause
    opens, None when no such verb stands there."""
    at = intention_before(a.norm, lo, t.word_start)
    if at is None:
        return None
    if a.norm[at] == "و":
        return at
    before = list(re.finditer(r"\S+", a.norm[lo:at]))[-1:]
    openers = lexicon().status_more.get("another_contact_openers", ())
    return lo + before[0].start() if before and before[0].group().strip("،,") in openers else None


# "ثم" and at most one word (the verb) right before a contact word: a contact after another one.
_THEN = re.compile(WORD_START + r"ثم\s+(?:\S+\s+)?(?=\S+$)|" + WORD_START + r"ثم\s+(?:\S+\s+)?$")


def _planned_clause(a: Article, lo: int, t: Match) -> int | None:
    """Where a clause opens (after a comma) that tells the contact word ``t`` as one to come: a
    planning word in ``t`` itself ("وسيلتقي") or a few words before it ("ومن المقرر أن يلتقي")."""
    marks = [m.end() for m in CLAUSE_MARK.finditer(a.norm, lo, t.word_start)]
    if len(marks) > 1 and _departure_participle(a, marks[-1]):
        marks.pop()  # "، ومن المنتظر أن يغادر X مساء اليوم، متوجها إلى روما للقاء Y": one clause
    if not marks:
        return None
    if promised(a.norm, marks[-1], t):
        return marks[-1]  # "، على أن يستقبل اليوم Y"
    wishes = lexicon().status_more.get("wish_words", ())
    for m in a.index.between(marks[-1], t.end):
        if m.entry.kind != "status_cue" or m.entry.value != "planned":
            continue
        if a.norm[m.start : m.end].split()[0] in wishes:
            return None  # "، الذي أكد تطلعه إلى لقاء X": a wish
        if m.start >= t.word_start or len(a.norm[m.end : t.word_start].split()) <= STATUS_CUE_MAX_WORDS:
            return marks[-1]
    return None


def _call_again(a: Article, lo: int, t: Match, lex: Lexicon) -> bool:
    """A second call told with its own verb after a first one ("واتصل", "كما تلقى اتصالا"), the verb
    opened by "و", "ثم" or a clause opener ("كما")."""
    words = a.norm[lo : t.word_start].split()[-3:]
    verb = a.norm[t.word_start : t.end]
    if verb.removeprefix("و") in lex.coordinated_contact_verbs:  # the trigger is the verb ("اتصل", "تلقى اتصالا")
        return verb.startswith("و") or bool(words and (words[-1] in lex.clause_openers or words[-1] == "ثم"))
    noun = a.norm[t.start : t.end].split()[0]
    if not words or f"{words[-1].removeprefix('و')} {noun}" not in lex.coordinated_contact_verbs:
        return False
    return words[-1].startswith("و") or (len(words) > 1 and words[-2] in lex.clause_openers)


# A sequence word stands at most this many characters before the second contact word.
SEQUENCE_CHARS = 30


def _sequence_word(word: str, lex: Lexicon) -> bool:
    """ "سبقتها", "وتلاها": a word that orders a second contact before or after the first."""
    word = word.strip("،,")
    return bare_or_conjoined(word, lex.sequence_words)


@lru_cache(maxsize=8)
def _sorted_words(words: frozenset[str]) -> tuple[str, ...]:
    """A word set as a tuple (for ``any_written``), built once."""
    return tuple(sorted(words))


def clause_frames(a: Article, main: Frame, triggers: list[Match], inside: list[Match]) -> list[Frame]:
    """Other contacts a sentence mentions beside its main one ("..., وهي الأولى منذ اجتماعهما في
    جنيف في يونيو"): a trigger of another type in a clause of its own that has its own date or a
    background cue makes a frame of that clause."""
    out = []
    # read once for the sentence, searched by bisection per trigger (linear on run-on sentences):
    # the clause marks, the background cues, and the frame's people by position
    lo = min([main.lo] + [t.end for t in triggers])
    marks = [m.start() for m in CLAUSE_MARK.finditer(a.norm, lo, max([main.hi] + [t.word_start for t in triggers]))]
    cues = sorted(m.start for m in inside if m.entry.kind == "background_cue")
    by_start = sorted(main.entities, key=lambda e: e.start)
    starts = [e.start for e in by_start]
    in_order = by_start == main.entities
    named: set[str] = set()
    distinct = [0]  # how many people the first i entities name
    for e in by_start:
        if e.person_id:
            named.add(e.person_id)
        distinct.append(len(named))
    for t in triggers:
        if main.trigger.word_start <= t.start < main.trigger.end:
            continue
        same = t.entry.value == main.type
        if same and not (t.start > main.trigger.end and _new_contact_word(a, t)):
            continue
        i = bisect.bisect_left(marks, t.word_start)  # the last mark before the trigger, within the frame
        clause_lo = marks[i - 1] + 1 if i and marks[i - 1] >= main.lo else main.lo
        if i > 1 and clause_lo > main.lo and _departure_participle(a, clause_lo):
            clause_lo = marks[i - 2] + 1 if marks[i - 2] >= main.lo else main.lo  # one clause with its verb
        i = bisect.bisect_left(marks, t.end)  # the first mark after it
        clause_hi = marks[i] if i < len(marks) and marks[i] < main.hi else main.hi
        if clause_lo <= main.trigger.word_start < clause_hi:
            if distinct[-1] == 2 and _callers_plan_discussed(a, main, t, inside):
                kind = cast(EventType, t.entry.value)
                out.append(
                    dataclasses.replace(main, type=kind, status="planned", trigger=t, date=None, sources=[], topics=[])
                )
            continue  # the main trigger's own clause
        dates = [d for d in a.dates.between(clause_lo, clause_hi) if d.date]
        if same and not _own_earlier_day(a, main, t, dates):
            continue  # the same kind of contact again in a clause of its own: only with a day of its own
        i = bisect.bisect_left(cues, clause_lo)
        cue = i < len(cues) and cues[i] < clause_hi
        cue = cue or _SINCE.search(a.norm, max(0, t.word_start - 8), t.word_start) is not None  # "منذ لقائهما"
        status = status_of(a.norm, inside, t, clause_lo)
        people = a.mentions.between(clause_lo, clause_hi)
        named_before = distinct[bisect.bisect_left(starts, t.word_start)]
        host = message_receiver(a, main, t)
        guests = [e for e in people if e.start > t.end]
        if host is not None and not any(e.person_id for e in guests) and _carrier_clause(a, clause_lo, t):
            guests = [e for e in people if e.end <= t.word_start]  # "، نقلها إليه الوزير Y خلال لقائه"
        if host is not None and any(e.person_id for e in guests):
            # "تلقى X رسالة من Z، وذلك خلال استقباله لوزير الخارجية Y": X received the carrier Y
            met = [host, *guests]
            date = pick_date(dates, t.start) or main.date
            reception = dataclasses.replace(main, type="meeting", status=status, trigger=t, entities=met, date=date)
            out.append(
                dataclasses.replace(reception, sources=[], topics=[], background_cue=cue, lo=clause_lo, hi=clause_hi)
            )
            continue
        if not dates and not cue:
            if _plan_told_in_call(a, main, t, status, people, named_before, clause_lo):
                status = "planned"
                people = [e for e in main.entities if e.start < clause_hi]  # one caller visits, or meets, the other
                date = None
            elif _second_contact_told(a, main, t, status, people, distinct[-1], clause_lo):
                people, date = main.entities, main.date  # the same two people, the same day
            else:
                continue
        else:
            if not any(e.person_id for e in people) and _visit_announced_in_call(main, t, status, named_before):
                if in_order:
                    people = main.entities[: bisect.bisect_left(starts, clause_lo)]
                else:
                    people = [e for e in main.entities if e.start < clause_lo]
            date = pick_date(dates, t.start)
        # cue is False on the first branch (a contact told inside the call)
        out.append(
            Frame(
                main.sentence, t.entry.value, status, t, people, date, [], [], cue, main.heading, clause_lo, clause_hi
            )
        )
    return out


_SINCE = re.compile(r"منذ\s*$")


def _visit_announced_in_call(main: Frame, t: Match, status: str, named_before: int) -> bool:
    """A visit to come told in a clause of its own, naming nobody, in the sentence of a reported call
    between two people ("تلقى X اتصالا من Y ... وأبلغه أنه سيزور العاصمة يوم الخميس"): the callers
    announce a trip of one to the other; the visit's people are the call's. ``named_before``: how many
    people the call's frame names before the visit word."""
    if t.entry.value != "visit" or status != "planned" or main.status != "reported" or main.background_cue:
        return False
    if main.type not in ("phone_call", "video_call"):
        return False
    return named_before == 2


def _plan_told_in_call(
    a: Article, main: Frame, t: Match, status: str, people: list[EntityMention], named_before: int, clause_lo: int
) -> bool:
    """A visit or meeting to come told, without a day, in a clause of its own after a reported call
    between two people ("تلقى X اتصالا من Y أكد خلاله أنه سيزور العاصمة قريبا", "واتفقا خلاله على
    اللقاء", "وقبل Y دعوة X لزيارة القاهرة"): the callers' plan, a contact of its own. The clause
    names nobody else; a wish ("أكد تطلعه إلى لقائه") or an invitation alone is no plan. A caller
    named again by a bare office ("رئيس الوزراء", no country: the article's one) counts as named."""
    if t.entry.value not in ("visit", "meeting") or t.start < main.trigger.end or main.background_cue:
        return False
    if named_before == 1 and any(e.role_only and e.person_id is None for e in main.entities if e.start < t.word_start):
        named_before = 2  # "جدد X خلال الاتصال دعوة رئيس الوزراء لزيارة ...": the other caller, by his office
    if main.type not in ("phone_call", "video_call") or main.status != "reported" or named_before != 2:
        return False
    more = lexicon().status_more
    clause = a.norm[clause_lo : t.word_start]
    accepted = accepted_invitation(clause) or accepted_later(a, main.sentence, clause_lo, t)
    if status != "planned" and not (status == "hypothetical" and accepted):
        return False
    if has_cue(clause, more.get("wish_words", ())) or _gathering_of_a_body(a, t):
        return False
    # the callers are the people named before the contact word, in its clause too ("، "دعوة رئيس الوزراء
    # لزيارة الإمارات": the invited caller opens the clause)
    before = {e.person_id for e in main.entities if e.start < t.word_start and e.person_id}
    return all(e.person_id in before for e in people if e.person_id)


# The verb of a second contact stands at most this many words before its contact word ("وبعث إليه
# برسالة", "ورد عليها باتصال").
SECOND_CONTACT_VERB_WORDS = 3


_REMOTE = frozenset({"phone_call", "video_call", "message"})


def _second_contact_told(
    a: Article, main: Frame, t: Match, status: str, people: list[EntityMention], named: int, clause_lo: int
) -> bool:
    """A call and a message of the same two people told in two clauses of one sentence, the second
    with its own verb and a pronoun for the other party ("اتصل X بـ Y، وبعث إليه برسالة خطية", "تلقى X
    رسالة من Y، ورد عليها باتصال هاتفي"): two contacts of different types. The contact word is new
    (no article, no possessive), sets no time ("بعد رسالة") and is no message carried during the call
    ("نقل خلاله رسالة")."""
    if main.status != "reported" or main.background_cue or status != "reported" or named != 2:
        return False
    if {t.entry.value, main.type} <= CALL_TYPES or not {t.entry.value, main.type} <= _REMOTE:
        return False
    if a.norm[t.word_start : t.start].endswith("ال") or t.entry.has_article or possessed_contact(a, t):
        return False
    if time_setting(a.norm, t) or told_again(a.norm, t):
        return False
    named_ids = {e.person_id for e in main.entities if e.person_id}
    if not all(e.person_id in named_ids for e in people if e.person_id):
        return False
    words = a.norm[clause_lo : t.word_start].split()
    if t.start < main.trigger.start:  # the sentence opens with this contact, the main one is coordinated
        marks = [m.end() for m in CLAUSE_MARK.finditer(a.norm, t.end, main.trigger.word_start)]
        own = a.norm[marks[-1] : main.trigger.word_start].split() if marks else []
        return clause_lo == main.lo and len(own) <= SECOND_CONTACT_VERB_WORDS and _coordinated_verb(own)
    return len(words) <= SECOND_CONTACT_VERB_WORDS and _coordinated_verb(words)


def _coordinated_verb(words: list[str]) -> bool:
    """The clause opens with "و"/"ف" + a verb (or "كما"/"ثم" and a verb) and no setting word ("خلال", "في") comes before the contact
    word."""
    words = [w.strip("،,") for w in words]
    setting = lexicon().setting_words
    if any(w in setting or w.removeprefix("و") in setting or w.startswith(("خلال", "وخلال")) for w in words):
        return False
    if len(words) >= 2 and words[0] in ("كما", "كذلك", "ثم"):
        return True  # "، كما هنأه هاتفيا"
    opener = next((w for w in reversed(words) if w.startswith(("و", "ف")) and len(w) > 2), None)
    return opener is not None and opener not in lexicon().stop_words


# The visitor is named at most this many characters after the visit word ("لزيارة الرئيس ماكرون").
VISITOR_AFTER_CHARS = 30


def _callers_plan_discussed(a: Article, main: Frame, t: Match, inside: list[Match]) -> bool:
    """A reported call between two people that discusses a visit of one of them, or a meeting of the
    two, still to come ("بحثا في اتصال هاتفي الترتيبات لزيارة ماكرون المرتقبة إلى أنقرة", "ناقشا
    التحضير لزيارته المقبلة", "تناول الترتيبات الخاصة بلقائهما المرتقب"): a planned contact of the
    callers. The word follows the call word and a planning cue governs it; a visit's visitor is a
    caller (named right after it, or its possessive pronoun), a meeting is theirs (the dual pronoun
    "لقائهما"); no invitation or wish, unless the invitation to visit is told accepted. A plan told
    before the call word, the call its setting, is ``_plan_made_in_call``'s."""
    if t.entry.value not in ("visit", "meeting") or main.background_cue:
        return False
    if main.type not in ("phone_call", "video_call") or main.status != "reported":
        return False
    if t.start < main.trigger.end:
        return _plan_made_in_call(a, main, t, inside)
    more = lexicon().status_more
    before = a.norm[main.trigger.end : t.word_start]
    status = status_of(a.norm, inside, t, main.trigger.end)
    if t.entry.value == "visit" and status in ("planned", "hypothetical"):
        # "جدد X خلال الاتصال دعوة Y لزيارة ..." and "ووعد Y بتلبيتها" there or in the next sentences:
        # an accepted invitation, a visit to come between the callers (as ``_plan_told_in_call``)
        if accepted_invitation(before) or accepted_later(a, main.sentence, main.trigger.end, t):
            return True
    if status != "planned":
        return False
    if has_cue(before, more.get("invitation_words", ())) or has_cue(before, more.get("wish_words", ())):
        return False
    written = a.norm[t.word_start : t.end]
    if t.entry.value == "meeting":
        return written.endswith("هما")  # "لقائهما المرتقب"
    if written.endswith(("ه", "ها")):
        return True  # "زيارته المرتقبة"
    named = next((e for e in main.entities if e.start >= t.end), None)
    return named is not None and named.start - t.end <= VISITOR_AFTER_CHARS and named.person_id is not None


def _plan_made_in_call(a: Article, main: Frame, t: Match, inside: list[Match]) -> bool:
    """A visit or meeting to come told first, with a verb of its own, and the reported call between the
    same two people told after it as the setting where it was agreed ("أعلن X أنه سيزور بغداد الأسبوع
    المقبل تلبية لدعوة من Y تلقاها خلال اتصال هاتفي بينهما"): a planned contact of the callers beside
    the call. The call word right after a word of setting ("خلال", "في", "أثناء"); the contact told to
    come (an invitation alone or a wish is no plan)."""
    if t.end > main.trigger.word_start:
        return False
    setting = a.norm[max(main.lo, main.trigger.word_start - 10) : main.trigger.word_start].split()[-1:]
    if not setting or setting[0].removeprefix("و") not in lexicon().setting_words:
        return False
    if status_of(a.norm, inside, t, main.lo) != "planned":
        return False
    more = lexicon().status_more
    before = a.norm[main.lo : t.word_start]
    return not (has_cue(before, more.get("invitation_words", ())) or has_cue(before, more.get("wish_words", ())))


# A body's gathering is named at most this many words after the meeting word ("اجتماع طارئ لمجلس
# الجامعة العربية").
BODY_WORDS_AFTER = 4


def _gathering_of_a_body(a: Article, t: Match) -> bool:
    """The meeting word names a gathering of a body or of many ("اجتماع طارئ لمجلس الجامعة", "قمة
    لقادة دول الجوار"): a conference, not a meeting of the two callers."""
    if t.entry.value != "meeting":
        return False
    body = lexicon().status_more.get("body_gathering_words", ())
    return names_a_body(a, t.end, body, BODY_WORDS_AFTER, orgs=True)


def names_a_body(
    a: Article, at: int, body: tuple[str, ...], reach: int, openers: tuple[str, ...] | None = None, orgs: bool = False
) -> bool:
    """The one reader of a body's gathering: do the ``reach`` words after a meeting word that ends at
    ``at`` name the body or the many it gathers ("اجتماع وزراء الخارجية", "اجتماع طارئ لمجلس الجامعة")?
    One of ``body`` among them, or with ``orgs`` an organisation named there. With ``openers``, a body
    word past the first must be under "لـ" after adjectives, none of the words before it opening a
    phrase of its own ("الاجتماع الاستثنائي لوزراء ...", not "اجتماع مع وزراء ..."). Each rule gives
    its own list and scope (extract_words.yaml ``status_more``: ``gathering_bodies``,
    ``body_gathering_words``)."""
    words = a.norm[at : at + 60].split()[:reach]
    bare = [w.strip("،,.") for w in words]
    for i, w in enumerate(bare):
        if w in body and (i == 0 or openers is None or (w.startswith("ل") and not any(x in openers for x in bare[:i]))):
            return True
    if not orgs:
        return False
    hi = at + sum(len(w) + 1 for w in words)
    return any(m.entry.kind == "org" for m in a.index.between(at, hi))


def _departure_participle(a: Article, at: int) -> bool:
    """The clause at ``at`` opens with a participle of departure ("، متوجها إلى روما للقاء Y"): the
    circumstance of the verb of the clause before ("يغادر X العاصمة مساء اليوم"), whose subject and day
    are its own (``status_more.departure_participles``)."""
    first = a.norm[at : at + 20].split()[:1]
    return bool(first) and first[0].removeprefix("و") in lexicon().status_more.get("departure_participles", ())


def message_receiver(a: Article, main: Frame, t: Match) -> EntityMention | None:
    """ "تلقى الرئيس X رسالة من Z ... خلال استقباله لـY": a reception word with a possessive pronoun
    ("استقباله", "لقائه") in a sentence that reports a message its subject received: the pronoun is that
    subject, the one named right after the receiving verb before the message word; None otherwise."""
    if main.type != "message" or t.entry.value != "meeting" or t.start < main.trigger.end:
        return None
    word = (a.nt.original_span_text(t.word_start, t.end).split() or [""])[0].strip("،,.")
    if not word.endswith(("ه", "ها")):  # the original text: ه is not the folded ة ("استقباله", not "مقابلة")
        return None
    verbs = lexicon().receiver_verbs
    for m in re.finditer(r"\S+", a.norm[main.lo : main.trigger.word_start]):
        if any(form in verbs for form in strip_clitic(m.group())):
            at = main.lo + m.end()
            return next((e for e in main.entities if e.person_id and at <= e.start < main.trigger.word_start), None)
    return None


def _carrier_clause(a: Article, clause_lo: int, t: Match) -> bool:
    """The clause of the meeting word ``t`` opens with a verb of carrying the message just named, its
    object pronoun on it ("، نقلها إليه الوزير Y خلال لقائه", ``carrier_clause_openers``): the clause's
    subject carried it and is the one met."""
    words = a.norm[clause_lo : t.word_start].split()
    return bool(words) and any(form in lexicon().carrier_clause_openers for form in strip_clitic(words[0].strip("،,")))


def _new_contact_word(a: Article, t: Match) -> bool:
    """An indefinite contact word of its own ("إذ أجريا مكالمة هاتفية في 17 يناير"), not the contact told
    before ("الاتصال"), a possessed one ("مكالمته مع"), one that sets another's time ("بعد اتصال") or
    one told again ("ويأتي الاتصال")."""
    if t.entry.has_article or a.norm[t.word_start : t.start].endswith("ال") or possessed_contact(a, t):
        return False
    return not (time_setting(a.norm, t) or told_again(a.norm, t))


@lru_cache(maxsize=1)
def _since_or_other() -> re.Pattern[str]:
    """A word that dates another happening (the lexicon's ``since_or_other``: "منذ", "بعد")."""
    words = alternation(lexicon().since_or_other)
    return re.compile(WORD_START + rf"(?:{words})(?!\w)")


def _own_earlier_day(a: Article, main: Frame, t: Match, dates: list[DateMention]) -> bool:
    """A clause after the main contact with a written day, right after its contact word, before the
    main contact's (or, undated, the publication's): a second, earlier contact of the same kind ("وهذا
    الاتصال هو الثالث هذا العام، إذ أجريا مكالمة في 17 يناير"); not a day that dates another happening
    ("أول اتصال بينهما منذ بدء الحرب في 24 فبراير")."""
    days = [
        d.date
        for d in dates
        if d.date
        and d.basis == "explicit"
        and d.start >= t.end
        and not _since_or_other().search(a.norm, t.end, d.start)
    ]
    if not days:
        return False
    main_day = main.date.date if main.date is not None and main.date.date else None
    return main_day is None or all(day < main_day for day in days)


def trip_meeting(a: Article, main: Frame, triggers: list[Match]) -> list[Frame]:
    """A trip made for a meeting ("يزور ... غدا حيث يلتقي الرئيس", "زيارة من أجل عقد لقاء مع"): the
    visit, and the meeting it is for as a planned contact of the same people."""
    if main.type != "visit" or main.status not in ("planned", "reported"):
        return []
    meetings = [t for t in triggers if t.entry.value == "meeting" and t.start > main.trigger.start]
    meeting = next((t for t in meetings if main.status == "planned" or meeting_to_come(a.norm, t)), None)
    if meeting is None:
        return []
    return [dataclasses.replace(main, type="meeting", status="planned", trigger=meeting, sources=[], topics=[])]


def trips_meetings(a: Article, main: Frame, last: Frame, triggers: list[Match]) -> list[Frame]:
    """The meetings trips are made for (``trip_meeting``): of the sentence's main frame, a visit whose
    meeting clause has a day of its own and so a frame of its own naming the host alone ("يزور X موسكو،
    حيث يلتقي Y يوم الثلاثاء": the clause's subject is the visitor), and of the last frame read, a visit
    told in a clause after the main contact ("، متوجها إلى روما للقاء Y"); one frame per meeting word."""
    out = trip_meeting(a, last, triggers)
    if last is not main:
        out += [f for f in trip_meeting(a, main, triggers) if all(f.trigger.start != g.trigger.start for g in out)]
    return out


def reception_trip(a: Article, main: Frame, triggers: list[Match]) -> list[Frame]:
    """A trip told with the reception of its visitor ("وصل X إلى طهران في زيارة تستغرق يومين، حيث كان في
    استقباله الوزير Y"): the sentence's contact is the reception, a meeting of X and Y; the trip is a
    visit of its own, told with its visitor only (the one named last before the visit word), whose host
    the article's other contacts give (``trips.trip_to_host``; when Y is that host, the visit joins the
    meeting: ``trips.visits_met``). The visit word is a new one (no article, no pronoun) before the
    reception word, whose pronoun is the visitor."""
    if main.type != "meeting" or main.status != "reported" or main.background_cue:
        return []
    if main.trigger.entry.key not in lexicon().reception_pronoun_triggers:
        return []
    visit = next((t for t in triggers if t.entry.value == "visit" and t.end <= main.trigger.word_start), None)
    if visit is None or visit.entry.has_article or possessed_contact(a, visit):
        return []
    if a.norm[visit.word_start : visit.start].endswith("ال"):
        return []
    visitors = [e for e in main.entities if e.end <= visit.word_start]
    if not visitors or visitors[-1].person_id is None:
        return []
    return [dataclasses.replace(main, type="visit", trigger=visit, entities=visitors[-1:], sources=[], topics=[])]


# The dual pronoun on a contact noun ("لقائهما", "اتصالهما"): the contact of the two people named before it.
DUAL_SUFFIX = "هما"


def earlier_contacts(a: Article, main: Frame, triggers: list[Match]) -> list[Frame]:
    """A contact of the sentence's subject that only sets the time of the main one ("بعد مكالمته
    الهاتفية مع X أمس، أجرى Y اتصالا مع Z"): a frame of its own, the subject (the first person named
    outside that phrase) and the people and date of the phrase."""
    out = []
    ends = PhraseEnds(a, main)
    entities = main.entities
    starts = [e.start for e in entities]
    in_order = all(x <= y for x, y in itertools.pairwise(starts))  # else each phrase reads them all
    ids = Counter(e.person_id for e in entities)
    for t in triggers:
        if t.start == main.trigger.start or not time_setting(a.norm, t, True) or not possessed_contact(a, t):
            continue
        end = ends(t.word_start)
        if in_order:  # the phrase's people by bisection; those outside it are the rest
            lo = bisect.bisect_left(starts, t.word_start)
            hi = max(lo, bisect.bisect_left(starts, end))
            named = entities[bisect.bisect_left(starts, t.end, lo, hi) : hi]
            phrase = Counter(e.person_id for e in entities[lo:hi])
            subject = entities[0] if lo > 0 else (entities[hi] if hi < len(entities) else None)
            again = all(ids[e.person_id] > phrase[e.person_id] for e in named)
        else:
            named = [e for e in entities if t.end <= e.start < end]
            outside = [e for e in entities if not t.word_start <= e.start < end]
            subject = next(iter(outside), None)
            again = {e.person_id for e in named} <= {e.person_id for e in outside}
        dual = None if named else _dual_pair(a, t, entities)
        if dual is not None:
            subject, named, again = dual[0], [dual[1]], False
        if not named or subject is None:
            continue
        if again:
            continue  # "التقى X بـ Y بعد لقائهما ..." / named again outside: the main frame has them
        dates = [d for d in a.dates.between(t.end, end) if d.date]
        frame = Frame(
            main.sentence,
            t.entry.value,
            "reported",
            t,
            [subject, *named],
            pick_date(dates, t.start),
            [],
            [],
            False,  # earlier by its own day, when written; else one with the same contact told elsewhere
            main.heading,
            t.word_start,
            end,
        )
        if dual is not None and not (dates or month_year_gone(a, frame)):
            continue  # "في مؤتمر صحفي بعد لقائهما": the contact the sentence tells, not an earlier one
        out.append(frame)
    return out


def _dual_pair(a: Article, t: Match, entities: list[EntityMention]) -> tuple[EntityMention, EntityMention] | None:
    """The two people a contact noun with the dual pronoun stands for ("هذه ثاني قمة بين X وY بعد
    لقائهما في جنيف في حزيران"): the only two the sentence names before it; ``earlier_contacts`` keeps
    the contact only with a time of its own (a day, or a month gone by), earlier than the one told."""
    first = a.norm[t.word_start : t.end].split()[0]
    if not first.endswith(DUAL_SUFFIX):
        return None
    before = [e for e in entities if e.start < t.word_start]
    if len(before) != 2 or (before[0].person_id is not None and before[0].person_id == before[1].person_id):
        return None
    return before[0], before[1]


def _first_person_contact(a: Article, t: Match) -> bool:
    """Is the contact word a noun with the writer's pronoun ("لقائنا", "مكالمتنا", "لقائي")
    (``lexicon.first_person_noun``, as a post's words are read)?"""
    word = a.norm[t.word_start : t.end].split()[0].strip('،,."«»')
    return first_person_noun(word, lexicon().possessed_contact_nouns)


def our_contact(a: Article, out: list[Frame], triggers: list[Match], inside: list[Match]) -> list[Frame]:
    """A contact the writer of a message recalls with its addressee ("أكد في رسالته أن الصداقة تجلت
    خلال لقائنا في موسكو"): "we" in the content of a message are its two parties, so the contact word
    with that pronoun, of another type, after the message word, is a contact of their own (reported and
    earlier, or to come: "لقائنا المقبل"). Its parties are the message's, named in this sentence or in
    the last message frame naming two people (the message told again: "في رسالته")."""
    main = out[-1]
    if main.type != "message" or main.status != "reported":
        return []
    ours = [
        t
        for t in triggers
        if t.start >= main.trigger.end and t.entry.value != main.type and _first_person_contact(a, t)
    ]
    if not ours:
        return []
    pair = next(
        (
            f
            for f in reversed(out)
            if f.type == "message"
            and f.status == "reported"
            and len({e.person_id for e in f.entities if e.person_id}) == 2
        ),
        None,
    )
    if pair is None:
        return []
    seen: dict[str, EntityMention] = {}
    for e in pair.entities:
        if e.person_id:
            seen.setdefault(e.person_id, e)
    frames = []
    for t in ours[:1]:
        status = status_of(a.norm, inside, t, main.trigger.end)
        if status not in ("reported", "planned"):
            continue
        dates = [d for d in a.dates.between(t.end, main.hi) if d.date]
        date = pick_date(dates, t.start)
        cue = status == "reported"
        kind = cast(EventType, t.entry.value)
        frames.append(
            Frame(
                main.sentence,
                kind,
                status,
                t,
                list(seen.values()),
                date,
                [],
                [],
                cue,
                main.heading,
                t.word_start,
                main.hi,
            )
        )
    return frames
