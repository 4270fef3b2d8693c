"""Trips and the meetings told with them.

A visit whose meeting the article tells is one contact (``visits_met``); a visit told with its
visitor only takes its host from the destination (``trip_to_host``, ``destination``) unless the
host is elsewhere or the traveller an envoy (``host_elsewhere``, ``envoy_of``); a meeting told after a
trip or arrival takes the trip's people or day (``during_trip``, ``arrival_day``, ``visitor_met``,
``guest_met``, ``trip_of_meeting``).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from typing import cast

from rasd.dates import DateMention, vague_after, vocabulary
from rasd.extract.article import Article
from rasd.extract.events import Draft, Drafts, PeopleMap, absorb
from rasd.extract.frames import CLAUSE_MARK, Frame, meeting_to_come
from rasd.extract.lexicon import has_cue, lexicon
from rasd.extract.status import pluperfect, pluperfect_subject
from rasd.records import Participant
from rasd.words import last_word_spans

# A trip's meeting may fall on a later day of the trip than its arrival ("يصل اليوم ... ويعقد غدا قمة").
TRIP_DAYS = 3


def visits_met(a: Article, drafts: list[Draft]) -> list[Draft]:
    """A trip in which the article tells the meeting of the same leaders is one contact, the meeting
    (the corpus convention, for trips that took place and trips to come alike: "استقبل X Y ... في إطار
    الزيارة التي يقوم بها Y"; "سيزور X بلد Y حيث يلتقي Y"): a visit whose people all took part in
    meetings of the same status and standing (background or not), with no day of its own or on a day
    of the trip (its day up to ``TRIP_DAYS`` later), joins those meetings. A trip to two hosts met
    separately ("يزور X إسرائيل للقاء Y وZ") joins the meetings of both."""
    out: list[Draft] = []
    meetings = [
        d for d in drafts if d.type == "meeting" and d.status in ("reported", "planned") and len(d.participants) >= 2
    ]
    for d in drafts:
        if d.type == "visit" and d.status in ("reported", "planned") and len(d.participants) >= 2:
            met = [
                m
                for m in meetings
                if m.status == d.status
                and m.background == d.background
                and len(set(d.participants) & set(m.participants)) >= 2
                and _on_trip(a, d, m)
            ]
            if met and set(d.participants) <= {key for m in met for key in m.participants}:
                absorb(met[0], d)
                continue
        out.append(d)
    return out


def _on_trip(a: Article, visit: Draft, meeting: Draft) -> bool:
    """The meeting falls within the visit: its day is the visit's day or one of the next
    ``TRIP_DAYS``; or the meeting has no day of its own; or the visit has none and took place (told
    after the meeting it came for), or is still to come and told in one of the meeting's sentences,
    or announced for the coming days or week that hold the meeting's day (``_trip_week_holds``; a
    meeting to come on a day of its own told apart, "سيلتقيان خلال قمة أبيك يوم 30 أكتوبر ... كما
    سيزور الصين مطلع العام المقبل", is another contact)."""
    met_on = meeting.date.date if meeting.date else None
    if met_on is None or meeting.date_basis == "published":
        return True
    came_on = visit.date.date if visit.date and not visit.date.said else None  # not a statement's day
    if came_on is None or visit.date_basis == "published":
        return (
            visit.status == "reported"
            or bool(set(visit.sentences) & set(meeting.sentences))
            or _trip_week_holds(a, visit, met_on)
        )
    return 0 <= (met_on - came_on).days <= TRIP_DAYS


# "الأسبوع المقبل" and the like reach at most this many days past publication.
TRIP_WEEK_DAYS = 14


def _trip_week_holds(a: Article, visit: Draft, day: dt.date) -> bool:
    """A trip to come with no day of its own, announced for the coming days or week ("سيبدأ X زيارته
    إلى واشنطن خلال الأسبوع المقبل"), holds a meeting to come dated within those days ("سيعقد X
    اجتماعا مع Y يوم الأربعاء المقبل"): the words in one of the visit's sentences, the meeting's day
    after publication and at most ``TRIP_WEEK_DAYS`` later; so does a trip announced for the next month
    or this one ("سيزور X روسيا الشهر المقبل") with a meeting dated in that month."""
    if visit.status != "planned" or a.pub is None or day < a.pub:
        return False
    lex = lexicon()
    told = [a.norm[a.sentences[s][0] : a.sentences[s][1]] for s in visit.sentences]
    if (day - a.pub).days <= TRIP_WEEK_DAYS and any(has_cue(text, lex.trip_week_phrases) for text in told):
        return True
    # "سيزور X روسيا الشهر المقبل": a meeting dated in that month (the next one, or the current one)
    months = (day.year - a.pub.year) * 12 + day.month - a.pub.month
    if months == 1 and any(has_cue(text, lex.trip_next_month_phrases) for text in told):
        return True
    return months == 0 and any(has_cue(text, lex.trip_this_month_phrases) for text in told)


# The destination is named at most this many words after the visit word ("سيزور تركيا", "سيقوم
# بزيارة دولة إلى المغرب").
DESTINATION_WORDS = 5


_DESTINATION_CLITICS = ("ب", "ل", "و")
# Punctuation a place name may carry in running text (a quotation closed right after it: "... إلى موسكو\"").
_WORD_MARKS = "،,.\"'«»:؛;()"


def _destination(a: Article, f: Frame, visitor_end: int) -> str | None:
    """The country a visit word leads to: the first country name, or capital, in the few words after
    it (after the visitor's name when it follows the verb: "أن يزور ماكرون الجزائر"), in its clause."""
    lo = visitor_end if f.trigger.end <= visitor_end < f.trigger.end + 80 else f.trigger.end
    end = CLAUSE_MARK.search(a.norm, f.trigger.end, f.hi)
    words = list(re.finditer(r"\S+", a.norm[lo : end.start() if end else f.hi]))[:DESTINATION_WORDS]
    if not words:
        return None
    hi = lo + words[-1].end()
    for m in a.index.between(lo, hi):
        if m.entry.kind == "country_name":
            return cast(str, m.entry.value)
    for i, w in enumerate(words):
        word = w.group().strip(_WORD_MARKS)
        after = words[i + 1].group().strip(_WORD_MARKS) if i + 1 < len(words) else ""
        for form in (word, *(word[len(c) :] for c in _DESTINATION_CLITICS if word.startswith(c))):
            # a capital of one word, or of two ("لتل أبيب")
            code = a.ref.capitals.get(form) or (a.ref.capitals.get(f"{form} {after}") if after else None)
            if code is not None:
                return code
    return None


def host_elsewhere(a: Article, f: Frame, people: PeopleMap) -> bool:
    """A visit word whose destination is named ("بعد زيارة الرئيس بوتين للهند", "زيارته إلى أسمرا")
    while no party of its sentence is of that country: the trip is to a host the sentence does not
    name, and the leaders named with it are parties of another contact ("مؤتمر بالفيديو بين بوتين
    وبايدن بعد زيارة بوتين للهند"), not the visit's host. Only when every party has a country (a head
    of an organisation may receive a visitor anywhere)."""
    countries = {person.country for person, _, _ in people.values()}
    if None in countries:
        return False
    dest = _destination(a, f, _visitor_after(f, people)) or _destination_before(a, f)
    if dest is None or dest in countries:
        return False
    # a capital of a party's country around the visit word may be the destination: "عمان" is Amman as well
    # as Oman ("وصل X إلى العاصمة الأردنية عمان في زيارة يستقبله خلالها الملك")
    before = [w.group() for w in last_word_spans(a.norm, f.lo, f.trigger.word_start, DESTINATION_BEFORE_WORDS)]
    after = a.norm[f.trigger.end : f.hi].split()[:DESTINATION_WORDS]
    words = {w.strip("،,.") for w in before + after}
    words |= {w[len(c) :] for w in words for c in _DESTINATION_CLITICS if w.startswith(c)}
    return not any(a.ref.capitals.get(w) in countries for w in words)


# The visitor of a visit noun stands right after it ("زيارة الرئيس X المفاجئة إلى موسكو"), within this many
# characters (the reach ``_destination`` gives a visitor named after the verb).
VISITOR_AFTER_CHARS = 80


def _visitor_after(f: Frame, people: PeopleMap) -> int:
    """Where the destination of a visit word is read from: after the party named right after the visit
    word ("الزيارة التي قام بها الرئيس X أمس إلى موسكو", "زيارة X المفاجئة إلى موسكو": the traveller, then
    where he went), else right after the word."""
    after = [(start, end) for _, start, end in people.values() if 0 <= start - f.trigger.end < VISITOR_AFTER_CHARS]
    return min(after)[1] if after else f.trigger.end


def destination_host(a: Article, f: Frame, people: PeopleMap, drafts: list[Draft]) -> PeopleMap | None:
    """A visit word with its traveller named right after it and its destination after him ("بنتائج
    الزيارة التي قام بها الرئيس X أمس إلى موسكو", "زيارة X المفاجئة إلى موسكو"): the trip is the
    traveller's to the leader of that country, a party of the sentence (the one of that country), else
    the one party of that country of the article's contacts told so far ("بوتين", who told of the visit).
    Others the sentence names told of the trip or heard of it; they are no parties of the visit. None when
    the traveller, the destination or that one host is not known, or the traveller is of that country."""
    visitor = next(
        (
            k
            for k, (_, start, _) in sorted(people.items(), key=lambda kv: kv[1][1])
            if 0 <= start - f.trigger.end < VISITOR_AFTER_CHARS
        ),
        None,
    )
    if visitor is None:
        return None
    dest = _destination(a, f, people[visitor][2])
    if dest is None or people[visitor][0].country in (None, dest):
        return None
    hosts = {key: value for key, value in people.items() if value[0].country == dest}
    if not hosts:
        hosts = {
            key: value
            for d in drafts
            if len(d.participants) >= 2
            for key, value in d.participants.items()
            if value[0].country == dest
        }
    if len(hosts) != 1:
        return None
    return {visitor: people[visitor], **hosts}


def visitor_and_host(a: Article, f: Frame, people: PeopleMap) -> PeopleMap | None:
    """A visit word with its destination named after it ("الوزير X الذي زار تونس اليوم، قال إنه تلقى
    من الرئيس Y ... سيحملها إلى الرئيس Z"), told with more than two people, one of that country and
    the others all of one other country: the trip is the visitor's (of those others, the one named
    nearest the visit word) to the host; his compatriots named with it (the leader who sent him, the
    one he reports to) stay at home or travel with him, no parties of the visit. None otherwise."""
    if len(people) < 3:
        return None
    dest = _destination(a, f, f.trigger.end) or _destination(a, f, _visitor_after(f, people))
    country = {key: person.country for key, (person, _, _) in people.items()}
    hosts = [key for key, code in country.items() if code == dest]
    away = [key for key in people if key not in hosts]
    if dest is None or len(hosts) != 1 or len({country[key] for key in away}) != 1 or country[away[0]] is None:
        return None
    at = f.trigger.word_start

    def distance(key: str) -> int:
        _, start, end = people[key]
        return at - end if end <= at else start - f.trigger.end

    visitor = min(away, key=distance)
    return {key: value for key, value in people.items() if key in (visitor, hosts[0])}


# "سافر X أمس إلى أسمرا عاصمة إريتريا في زيارة عمل": the destination stands in the few words before
# the visit word, after "إلى", also with the capital's description and the hour of arrival between
# ("وصل X إلى العاصمة اليونانية أثينا ظهر اليوم في زيارة").
DESTINATION_BEFORE_WORDS = 8


def _destination_before(a: Article, f: Frame) -> str | None:
    """The country a trip leads to, named after "إلى" in the few words before the visit word ("وصل X
    إلى أسمرا في زيارة"): a country name or a capital."""
    words = last_word_spans(a.norm, f.lo, f.trigger.word_start, DESTINATION_BEFORE_WORDS)
    to_words = lexicon().destination_words  # normalised, as the text is ("الى", "الي" alike)
    to = next((i for i, w in enumerate(words) if w.group() in to_words), None)
    if to is None:
        return None
    lo, hi = words[to].end(), f.trigger.word_start
    for m in a.index.between(lo, hi):
        if m.entry.kind == "country_name":
            return cast(str, m.entry.value)
    for w in words[to + 1 :]:
        word = w.group().strip("،,.")
        code = a.ref.capitals.get(word)
        if code is not None:
            return code
    return None


def _meeting_of_trip(a: Article, f: Frame, d: Draft, trip: Draft, dest: str | None = None) -> bool:
    """A meeting told as the trip's: in the trip's sentence ("يجري X زيارة ... من أجل عقد لقاء مع Y"),
    or in one of the next sentences that names the visit ("ويجري خلال الزيارة مباحثات مع Y") or that
    dates the meeting on the arrival's own day, both told by a day word ("وصل X إلى أثينا ظهر اليوم في
    زيارة ... ويجري X عصر اليوم مباحثات مع Y"), or that tells a meeting to come on a day of the trip,
    after a trip told with its day ("وصل X اليوم إلى روما. ومن المقرر أن يلتقي
    X غدا الرئيس Y"), or that places a meeting to come in the trip's destination ("وسوف يلتقي X في إسرائيل
    برئيس الوزراء Y"): news tells the arrival and then the programme of the trip just begun."""
    if d.type != "meeting":
        return False
    came = trip.date.date if trip.date is not None and trip.date_basis != "published" else None
    met = d.date.date if d.date is not None and d.date_basis != "published" else None
    same_day = came is not None and met is not None and came == met
    # a meeting to come told right after an arrival on a day of its own ("وصل X اليوم"), on a day of the
    # trip ("غدا"; a meeting without a day may be told for a later time, "الأسبوع المقبل")
    to_come = d.status == "planned" and came is not None and met is not None and 0 <= (met - came).days <= TRIP_DAYS
    # a meeting to come told with no time at all, right after a trip made ("وصل X إلى طهران ... ومن المقرر
    # أن يلتقي الرئيس Y"): the trip's programme (one told with a time, "الشهر المقبل", may be a later one)
    to_come = to_come or (
        trip.status == "reported"
        and d.status == "planned"
        and d.date_basis == "published"
        and not d.vague_day
        and not any(_told_with_a_time(a, j) for j in d.sentences)
    )
    there = d.status == "planned" and dest is not None
    return any(
        j == f.sentence
        or (
            0 < j - f.sentence <= TRIP_MEETING_SENTENCES
            and (
                same_day
                or to_come
                or any(t.entry.value == "visit" for t in a.triggers.get(j, []))
                or (there and _placed_in(a, j, cast(str, dest)))
            )
        )
        for j in d.sentences
    )


def _told_with_a_time(a: Article, s_index: int) -> bool:
    """Does the sentence write a date or a time to come without a day ("الأسبوع المقبل", "الشهر القادم")?"""
    lo, hi, _ = a.sentences[s_index]
    if a.dates.between(lo, hi):
        return True
    markers = vocabulary().future_markers
    return any(w.strip("،,.") in markers for w in a.norm[lo:hi].split())


def _placed_in(a: Article, s_index: int, country: str) -> bool:
    """Does the sentence place something "in" the country ("في إسرائيل", a name of the country after "في")?"""
    lo, hi, _ = a.sentences[s_index]
    return any(
        m.entry.kind == "country_name"
        and m.entry.value == country
        and a.norm[max(lo, m.word_start - 4) : m.word_start].split()[-1:] == ["في"]
        for m in a.index.between(lo, hi)
    )


def trip_to_host(
    a: Article, f: Frame, trip: Draft, drafts: list[Draft], named: PeopleMap | None = None
) -> Draft | None:
    """A visit told with its visitor only ("وأعلن الكرملين أن بوتين سيزور تركيا الشهر المقبل", "توجه X
    اليوم إلى أسمرا في زيارة رسمية") to the country of exactly one party of the article's other
    contacts (the leader called or met there, "أردوغان"): that leader hosts the visit. A trip made
    takes its host from a meeting told as the trip's only (``_meeting_of_trip``; a call tells nothing
    of a trip, "كلف X مستشاره بزيارة طهران"),
    never when recalled in the pluperfect: with its meeting told it joins it (``visits_met``), with its
    meeting still to come it stays a visit ("توجه X إلى أسمرا في زيارة ... ومن المقرر أن يجري خلالها
    مباحثات مع Y").

    Several leaders of the destination met (or to be met) on the trip are its hosts together.

    A planned trip to a country whose one leader the article names, though in no contact of its own
    ("غادر الرئيس Y إلى باريس. ومن المقرر أن يزور X بلاد Y الاثنين المقبل"): that leader is the host
    (``named``: the people the article names, read once). Not a trip made: its host is whoever the
    news shows receiving the visitor, and a leader named only in passing may be away."""
    made = trip.status == "reported"
    if made and pluperfect(a, f.lo, f.trigger):
        return None  # "وكان X قد زار بيروت": an earlier trip recalled
    (visitor,) = trip.participants
    dest = _destination(a, f, trip.participants[visitor][2]) or _destination_before(a, f)
    if dest is None:
        return None
    if trip.participants[visitor][0].country == dest:
        return None  # a leader going home
    hosts = {
        key: value
        for d in drafts
        if len(d.participants) >= 2
        and visitor in d.participants
        and (not made or _meeting_of_trip(a, f, d, trip, dest))
        for key, value in d.participants.items()
        if key != visitor and value[0].country == dest
    }
    # the leaders of the destination the visitor meets on the trip are its hosts, one or several ("بدأ X
    # زيارته لتل أبيب ... وسوف يلتقي رئيس الوزراء Y والرئيس Z"); of those only named, one
    if not hosts and not made and named:
        hosts = {key: value for key, value in named.items() if key != visitor and value[0].country == dest}
        if len(hosts) != 1:
            return None
    if len(hosts) > 1:  # "استقبله وزير الخارجية Y ... ومن المقرر أن يلتقي الرئيس Z": Z hosts the visit
        day = trip.date.date if trip.date and trip.date.date else a.pub
        heads = {key: value for key, value in hosts.items() if _heads(a, value[0], day)}
        hosts = heads if len(heads) == 1 else hosts
    if not hosts:
        return None
    # a trip whose meeting is told joins it (``visits_met``): one meeting
    visit = dataclasses.replace(trip, participants={**trip.participants, **hosts})
    visit.explicit_day = bool(trip.date and trip.date.basis == "explicit")
    visit.triggers, visit.sentences, visit.initiators = [f.trigger], [f.sentence], [None]
    visit.sources = {src.name_en: (src, lo, hi) for src, lo, hi in f.sources}
    return visit


# The offices of a country's head of state or government: the host of a visit among the leaders of the
# destination the article's contacts of the trip name (a foreign minister or crown prince who receives
# the visitor is not).
STATE_HEAD_ROLES = frozenset({"president", "king", "queen", "emir", "sultan", "ruler", "emperor", "supreme_leader"})
HEAD_ROLES = STATE_HEAD_ROLES | {"prime_minister", "chancellor"}


def _heads(a: Article, p: Participant, day: dt.date | None) -> bool:
    """Does ``p`` hold the office of a head of state or government on ``day``?"""
    person = a.ref.people.get(p.person_id) if p.person_id else None
    if person is None or day is None:
        return p.role in HEAD_ROLES
    return any(o.role in HEAD_ROLES for o in person.offices_on(day))


# A non-leader's title stands at most this many words before the leader it serves ("المبعوث الخاص للسلطان").
ENVOY_WORDS = 3


def envoy_of(a: Article, f: Frame, people: PeopleMap) -> bool:
    """The traveller of a trip is a non-leader ("وزير الدفاع", "المبعوث"): that title stands right
    before the last person named before the trip word ("غادر المبعوث الخاص للرئيس X متوجها إلى ...")
    or between him and the trip word ("بتكليف من الرئيس X غادر مبعوثه الخاص ... متوجها إلى"). The
    leader only sends him: no trip of the leader."""
    before = [(lo, hi) for _, lo, hi in people.values() if hi <= f.trigger.word_start and lo >= f.lo]
    if not before:
        return False
    lo, hi = max(before)
    words = a.norm[max(f.lo, lo - 60) : lo].split()[-ENVOY_WORDS:] + a.norm[hi : f.trigger.word_start].split()
    actors = lexicon().non_leader_actors
    return any(w in actors or w[1:] in actors or w[2:] in actors for w in words)


def trip_told_on(trip: Draft, drafts: list[Draft]) -> bool:
    """A trip made ("غادر X القاهرة متوجها إلى الجزائر") and, in later sentences, the visit of the same
    people told with a plan ("ومن المنتظر أن تشهد الزيارة لقاء مع Y"): the plan is of what happens
    during the trip, the visit is the one made. That later visit takes the trip's status and day (so
    that its meeting to come stays a contact of its own, ``visits_met``). Returns whether it did."""
    if trip.status != "reported" or not trip.sentences:
        return False
    for d in drafts:
        if (
            d.type == "visit"
            and d.status == "planned"
            and not d.background
            and set(d.participants) == set(trip.participants)
            and d.sentences
            and min(d.sentences) > trip.sentences[0]
        ):
            d.status = "reported"
            if d.date is None or d.date_basis == "published":
                d.date, d.date_basis, d.explicit_day = trip.date, trip.date_basis, trip.explicit_day
            d.take_evidence(trip)
            return True
    return False


# A meeting to come told at most this many sentences after a trip that names its visitor only.
TRIP_MEETING_SENTENCES = 2


def during_trip(a: Article, f: Frame, trips: list[tuple[Frame, Draft]]) -> DateMention | None:
    """A meeting told with a present verb of a meeting to come ("يلتقي خلال الزيارة رئيس ...") in the
    sentences right after a trip still to come, told with its visitor only: that trip's meeting, a
    planned one. Returns the trip's date (None when no such trip)."""
    if f.type != "meeting" or f.status != "reported" or not trips or not meeting_to_come(a.norm, f.trigger):
        return None
    trip_frame, trip = trips[-1]
    if trip.status != "planned" or not 0 < f.sentence - trip_frame.sentence <= TRIP_MEETING_SENTENCES:
        return None
    return trip.date


def planned_trip_day(a: Article, f: Frame, people: PeopleMap, trips: list[tuple[Frame, Draft]]) -> DateMention | None:
    """A meeting to come without a day of its own that names the visitor and his host, in the sentences
    right after a trip still to come told with its visitor and its day ("سيقوم X بزيارة إلى اليابان
    اعتبارا من الثلاثاء المقبل. وسيلتقي X رئيس الوزراء Y. كما سيجتمع X أيضا مع الإمبراطور Z"): a
    meeting of that trip, on the trip's day (the day its first meeting takes from the trip, ``visits_met``).
    The host is of the trip's destination when the trip names one, and of one country other than the
    visitor's."""
    if f.type != "meeting" or f.status != "planned" or not trips:
        return None
    trip_frame, trip = trips[-1]
    if trip.status != "planned" or trip.date is None or not trip.date.date or trip.date_basis == "published":
        return None
    if not 0 < f.sentence - trip_frame.sentence <= TRIP_MEETING_SENTENCES:
        return None
    ((visitor, (person, _, visitor_end)),) = trip.participants.items()
    hosts = {value[0].country for key, value in people.items() if key != visitor}
    if visitor not in people or len(hosts) != 1 or None in hosts or person.country in hosts:
        return None
    place = _destination(a, trip_frame, visitor_end) or _destination_before(a, trip_frame)
    return trip.date if place is None or place in hosts else None


def arrival_day(a: Article, f: Frame, people: PeopleMap, trips: list[tuple[Frame, Draft]]) -> DateMention | None:
    """A meeting told without a day of its own in the sentences right after an arrival, told with its
    visitor only, a past verb of arrival and its day ("وصل X مساء أمس إلى القاهرة في زيارة رسمية.
    واستقبله Y في المطار، ثم عقدا جلسة مباحثات"): news tells the arrival and then what the visitor
    did on it; a meeting of the visitor takes the arrival's day. The nearest trip only; not a trip
    told in a return ("عاد X اليوم بعد جولة بدأها بزيارة لباريس": that day is the return's); a
    meeting with a day of its own ("ويلتقي غدا") never asks."""
    if not trips or pluperfect_subject(a, f) or vague_after(a.norm, f.trigger.end, f.hi):
        return None  # "وكان الملك قد التقى Y قبل شهرين": an earlier meeting, not the arrival's
    trip_frame, trip = trips[-1]
    if not 0 < f.sentence - trip_frame.sentence <= TRIP_MEETING_SENTENCES:
        return None
    if trip.status != "reported" or trip.background or trip.date is None or not trip.date.date or trip.date.said:
        return None
    arrived = lexicon().arrived_verbs
    words = a.norm[trip_frame.lo : trip_frame.trigger.word_start].split()
    if not any(w in arrived or w.removeprefix("و") in arrived for w in words):
        return None
    ((visitor, _),) = trip.participants.items()
    return trip.date if visitor in people and len(people) >= 2 else None


def visitor_met(a: Article, f: Frame, people: PeopleMap, trips: list[tuple[Frame, Draft]]) -> PeopleMap | None:
    """A meeting to come naming one leader, its subject dropped, in the sentences right after a trip
    told with its visitor only ("يصل X غدا إلى باريس في زيارة دولة. ومن المقرر أن يلتقي الرئيس Y"):
    the visitor meets that leader, a leader of another country; so with several leaders of that one
    other country ("يلتقي خلالها رئيس الجمهورية Y ووزير الخارجية Z": a meeting with each,
    ``callers.meets_hosts``)."""
    if f.status != "planned" or not trips:
        return None
    trip_frame, trip = trips[-1]
    if trip.status == "reported" and trip.date is not None and trip.date.date != a.pub:
        return None  # a trip told as made on an earlier day: the meeting to come is another one
    if not 0 < f.sentence - trip_frame.sentence <= TRIP_MEETING_SENTENCES:
        return None
    ((visitor, value),) = trip.participants.items()
    countries = {host[0].country for host in people.values()}
    if visitor in people or len(countries) != 1 or None in countries or value[0].country in countries:
        return None
    return {visitor: value, **people}


def guest_met(a: Article, f: Frame, people: PeopleMap, drafts: Drafts) -> PeopleMap | None:
    """A reception naming its host alone and calling the other side "the guest" ("وكان في استقبال
    الضيف في المطار رئيس الوزراء X", "أقام X مأدبة لضيفه"), in the sentences right after a trip told
    with its visitor: the guest is that visitor, the one party of the trip from another country than
    the host's (the guest's own country is not named)."""
    if not has_cue(a.norm[f.lo : f.hi], lexicon().guest_words):
        return None
    ((key, host),) = people.items()
    if not host[0].country:
        return None
    for d in reversed(drafts.shared):
        if d.background or d.type not in ("visit", "meeting") or not d.sentences:
            continue
        if not 0 < f.sentence - d.sentences[-1] <= TRIP_MEETING_SENTENCES:
            return None
        guests = [k for k, v in d.participants.items() if k != key and v[0].country not in (None, host[0].country)]
        return {guests[0]: d.participants[guests[0]], **people} if len(guests) == 1 else None
    return None


def host_met(f: Frame, people: PeopleMap, drafts: Drafts) -> PeopleMap | None:
    """A meeting to come naming one leader, its subject not read (dropped, or a bare first name), in
    the sentences right after a visit to come told with its visitor and that leader as its host ("يزور
    X الرياض غدا ... ومن المتوقع أن يلتقي Y"): the visitor meets the host, as ``visitor_met`` reads it
    after a trip told with its visitor only."""
    if f.status != "planned" or f.type != "meeting":
        return None
    ((key, host),) = people.items()
    for d in reversed(drafts.shared):
        if d.background or not d.sentences:
            continue
        if d.type != "visit" or d.status != "planned" or key not in d.participants:
            return None
        if not 0 < f.sentence - d.sentences[-1] <= TRIP_MEETING_SENTENCES:
            return None
        guests = [k for k, v in d.participants.items() if k != key and v[0].country not in (None, host[0].country)]
        return {guests[0]: d.participants[guests[0]], **people} if len(guests) == 1 == len(d.participants) - 1 else None
    return None


def trip_of_meeting(
    a: Article, f: Frame, d: Draft, trips: list[tuple[Frame, Draft]], met: bool = False
) -> Draft | None:
    """A planned visit told with its visitor only, and in the next sentences a meeting to come of the
    visitor with one host ("يحل X غدا بالمغرب في زيارة رسمية. وسيلتقي خلالها رئيس الحكومة Y"): the
    visit is the visitor's to that host, on the visit's day; not a trip to another country than the
    host's ("على أن يزور إسبانيا الخميس. وسيلتقي رئيس الوزراء الفرنسي Y": a meeting of the stop he is at)."""
    if f.type != "meeting" or d.status != "planned" or len(d.participants) != 2:
        return None
    for trip_frame, trip in reversed(trips):
        if not 0 < f.sentence - trip_frame.sentence <= TRIP_MEETING_SENTENCES:
            continue
        if trip.status != "planned" and not met:
            continue  # a trip made: only the meeting that names its host alone (``visitor_met``)
        ((visitor, (_, _, visitor_end)),) = trip.participants.items()
        if visitor not in d.participants:
            return None
        host = next(v[0] for k, v in d.participants.items() if k != visitor)
        place = _destination(a, trip_frame, visitor_end)
        if place is not None and host.country is not None and place != host.country:
            return None
        visit = dataclasses.replace(trip, participants=dict(d.participants))
        visit.explicit_day = bool(trip.date and trip.date.basis == "explicit")
        visit.triggers, visit.sentences, visit.initiators = [trip_frame.trigger], [trip_frame.sentence], [None]
        visit.sources = dict(d.sources)
        trips.remove((trip_frame, trip))  # one host to a trip
        return visit
    return None
