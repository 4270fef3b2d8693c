"""The extractor's pipeline for one article: scan -> mentions -> frames -> events -> attributes.

Decisions are taken once per article: mentions are read over the whole text first, so that title
mentions resolve by coreference with the people the article names; each trigger sentence makes a
frame; frames merge into events; the day, caller, sources and confidence are then set per event.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from dataclasses import dataclass
from typing import cast

from rasd.dates import DateMention, find_dates, parse_iso
from rasd.extract.confidence import confidence
from rasd.extract.events import Draft, PeopleMap, assemble, group_caller, merge_or_add, participant_groups
from rasd.extract.frames import (
    Frame,
    contact_triggers,
    governing_date,
    in_other_clause,
    main_trigger,
    page_stamp,
    pick_date,
    status_of,
)
from rasd.extract.initiator import event_initiator, frame_initiator
from rasd.extract.lexicon import cue_pattern, has_cue, lexicon
from rasd.extract.mentions import EntityMention, confirmed_people, entity_mentions, home_country_of, with_short_names
from rasd.extract.refdata import ReferenceData, reference_data
from rasd.extract.resolve import context_role, resolve
from rasd.extract.scan import Match, Spans, scan, sentences
from rasd.extract.sources import (
    body_end,
    contextual_source,
    office_source,
    resolve_source_name,
    source_country,
    sources_in,
)
from rasd.extract.sources import (
    source_line as trailing_source_line,
)
from rasd.normalize import NormalizedText, normalize
from rasd.records import EXTRACTOR_VERSION, DateBasis, Event, EventStatus, Participant, SourceRef, Span, participant_key

# A reported call older than this many days before publication is a mention in passing.
BACKGROUND_AFTER_DAYS = 3


@dataclass
class Article:
    """Everything the steps share about one article."""

    nt: NormalizedText
    norm: str
    pub: dt.date | None
    ref: ReferenceData
    index: Spans
    dates: Spans
    mentions: Spans
    named: list[str]
    sentences: list[tuple[int, int, bool]]
    owner: dict[int, int]  # sentence -> the trigger sentence whose story it continues
    trigger_sentences: list[int]
    triggers: dict[int, list[Match]]  # sentence -> its contact triggers

    def is_trigger_sentence(self, index: int) -> bool:
        return index in self._trigger_set

    def __post_init__(self) -> None:
        self._trigger_set = set(self.trigger_sentences)


def _read(text: str, published: str | dt.date | None, ref: ReferenceData, home: str | None) -> Article:
    pub = parse_iso(published)
    nt = normalize(text)
    norm = nt.text
    matches = with_short_names(norm, scan(norm, ref), ref)
    confirmed = confirmed_people(matches)
    home = home_country_of(norm, ref) or home
    end = body_end(norm)
    mentions = [m for m in entity_mentions(norm, matches, ref, confirmed, home) if m.start < end]
    named = list(dict.fromkeys(m.person_id for m in mentions if m.person_id))
    index = Spans(matches)
    sents = [s for s in sentences(norm) if s[0] < end]
    triggers = {i: contact_triggers(norm, index.between(lo, hi), lo, hi) for i, (lo, hi, _) in enumerate(sents)}
    trig = [i for i, found in triggers.items() if found]
    owner: dict[int, int] = {}
    current = None
    trig_set = set(trig)
    for i in range(len(sents)):
        if i in trig_set:
            current = i
        elif current is not None:
            owner[i] = current
    dates = Spans(find_dates(norm, pub))
    return Article(nt, norm, pub, ref, index, dates, Spans(mentions), named, sents, owner, trig, triggers)


def _frames(a: Article) -> list[Frame]:
    out = []
    for s_index in a.trigger_sentences:
        lo, hi, heading = a.sentences[s_index]
        inside = a.index.between(lo, hi)
        triggers = a.triggers[s_index]
        s_dates = a.dates.between(lo, hi)
        trigger, status = main_trigger(a.norm, inside, triggers, lo, s_dates)
        out.append(
            Frame(
                sentence=s_index,
                type=trigger.entry.value,
                status=status,
                trigger=trigger,
                entities=a.mentions.between(lo, hi),
                date=governing_date(a.norm, s_dates, trigger, a.pub),
                sources=_sources(a, lo, hi),
                topics=[(m.entry.value, m.word_start, m.end) for m in inside if m.entry.kind == "topic"],
                background_cue=any(m.entry.kind == "background_cue" for m in inside),
                heading=heading,
                lo=lo,
                hi=hi,
            )
        )
        out += _side_frames(a, out[-1], triggers, inside)
    return out


_CLAUSE_MARK = re.compile(r"[,،;؛]")
_SINCE = re.compile(r"منذ\s*$")


def _side_frames(a: Article, main: Frame, triggers: list[Match], inside: list[Match]) -> list[Frame]:
    """Other contacts a sentence mentions beside its main one ("..., وهي الأولى منذ اجتماعهما في
    جنيف في يونيو"): a trigger of another type in a clause of its own that has its own date or a
    background cue makes a frame of that clause."""
    out = []
    for t in triggers:
        if t.entry.value == main.type or main.trigger.word_start <= t.start < main.trigger.end:
            continue
        before = [m.end() for m in _CLAUSE_MARK.finditer(a.norm, main.lo, t.word_start)]
        clause_lo = before[-1] if before else main.lo
        after = _CLAUSE_MARK.search(a.norm, t.end, main.hi)
        clause_hi = after.start() if after else main.hi
        if clause_lo <= main.trigger.word_start < clause_hi:
            continue  # the main trigger's own clause
        dates = [d for d in a.dates.between(clause_lo, clause_hi) if d.date]
        cue = any(m.entry.kind == "background_cue" and clause_lo <= m.start < clause_hi for m in inside)
        cue = cue or _SINCE.search(a.norm, max(0, t.word_start - 8), t.word_start) is not None  # "منذ لقائهما"
        if not dates and not cue:
            continue
        out.append(
            Frame(
                main.sentence,
                t.entry.value,
                status_of(a.norm, inside, t, clause_lo),
                t,
                a.mentions.between(clause_lo, clause_hi),
                pick_date(dates, t.start),
                [],
                [],
                cue,
                main.heading,
                clause_lo,
                clause_hi,
            )
        )
    return out


def _continuation_date(a: Article, s_index: int) -> DateMention | None:
    """A date for a trigger sentence that has none: the one of the sentence just before it when that
    sentence is not itself about a contact (a lead "أمس الاثنين، ..." split off by punctuation). A
    date in the sentences after it mostly dates something else (a surgery, a trip), so it is not taken."""
    if s_index > 0 and not a.is_trigger_sentence(s_index - 1):
        lo, hi, heading = a.sentences[s_index - 1]
        found = [
            d
            for d in a.dates.between(lo, hi)
            if d.date and not in_other_clause(a.norm, d, lo) and not page_stamp(a.norm, d, a.pub)
        ]
        if found and not heading:
            return pick_date(found, hi)
    return None


def _frame_date(a: Article, f: Frame, drafts: list[Draft]) -> DateMention | None:
    date = f.date
    if date is not None and date.basis == "same_day":
        previous = next((d for d in reversed(drafts) if d.date is not None), None)
        date = previous.date if previous else None
    if date is None:
        date = _continuation_date(a, f.sentence)
    if (
        date is not None
        and date.date
        and a.pub
        and f.status == "planned"
        and date.basis == "weekday"
        and date.date < a.pub
    ):
        # "سيتصل الخميس": a plan names the coming weekday, not the last one.
        date = dataclasses.replace(date, date=date.date + dt.timedelta(days=7), future=True)
    return date


# How far before a mention a "not a party" word may stand ("على صحة أخيه السلطان").
NOT_PARTY_CHARS = 40


def _talked_about(a: Article, start: int) -> bool:
    """The mention at ``start`` follows a word that makes it a topic ("صحة", "تحيات", "مبعوث"), with
    at most one other word or only honorifics between ("تحيات حضرة صاحب السمو أمير البلاد")."""
    before = a.norm[max(0, start - NOT_PARTY_CHARS) : start]
    not_names = lexicon().not_names
    for m in cue_pattern(lexicon().not_party_after).finditer(before):
        between = [w.strip(" ،,") for w in before[m.end() :].split()]
        if len(between) <= 1 or all(w in not_names or w == "ال" for w in between[:-1]):
            return True
    return False


# A role's own holder may be named this many characters after it ("وزير الخارجية وشؤون المغتربين X").
ROLE_NAME_CHARS = 40


def _role_candidates(ent: EntityMention, f: Frame, elsewhere: list[str]) -> list[str]:
    """Who a role alone in a contact sentence may be: the person named right after it (its own
    holder, with words between), else only people the sentence does not name ("الملك" receiving a
    cable "من الملك سلمان" is not Salman)."""
    after = [e.person_id for e in f.entities if e.person_id and 0 <= e.start - ent.end <= ROLE_NAME_CHARS]
    return after[:1] + elsewhere if after else elsewhere


def _people(a: Article, f: Frame, day: dt.date | None) -> tuple[PeopleMap, list[tuple[int, int, str]]]:
    """The frame's participants by key, and (start, end, key) per mention for the caller."""
    role = context_role(f.entities, a.ref, day)
    people: PeopleMap = {}
    spans = []
    named_here = {e.person_id for e in f.entities if e.person_id}
    # A role alone ("الملك") is never the other party named in the same sentence ("... من الملك سلمان").
    elsewhere = [pid for pid in a.named if pid not in named_here]
    for ent in f.entities:
        if _talked_about(a, ent.start):
            continue
        candidates = _role_candidates(ent, f, elsewhere) if ent.role_only else a.named
        p = resolve(ent, a.ref, day, role, a.nt.original_span_text(ent.start, ent.end), candidates)
        if p is None:
            continue
        key = participant_key(p)
        people.setdefault(key, (p, ent.start, ent.end))
        spans.append((ent.start, ent.end, key))
    return people, spans


_DURING = re.compile(r"(?:خلال|اثناء|في)\s*$")


def _back_reference(a: Article, f: Frame) -> bool:
    """ "وخلال الاتصال، ..." / "أثناء المكالمة": the sentence tells more of the contact just reported;
    the people it names (greetings passed on, a health asked about) make no new contact."""
    if not a.norm[f.trigger.word_start : f.trigger.start].endswith("ال"):
        return False
    return _DURING.search(a.norm[max(0, f.trigger.word_start - 8) : f.trigger.word_start]) is not None


_THAT_CAME = re.compile(r"\W*(?:و)?(?:جاء ذلك|جاءت تصريحات|جاء هذا|جاءت هذه)")


def _that_came(a: Article, f: Frame) -> bool:
    """ "جاء ذلك في اتصال هاتفي ...": the contact of what the sentence before reported."""
    return _THAT_CAME.match(a.norm, f.lo) is not None


def _people_before(a: Article, f: Frame, day: dt.date | None) -> PeopleMap:
    """The participants named in the sentence before the frame's."""
    if f.sentence == 0:
        return {}
    lo, hi, _ = a.sentences[f.sentence - 1]
    before = Frame(
        f.sentence - 1, f.type, f.status, f.trigger, a.mentions.between(lo, hi), None, [], [], False, False, lo, hi
    )
    return _people(a, before, day)[0]


def _core(a: Article, f: Frame, people: PeopleMap) -> PeopleMap:
    """The parties of a contact sentence: people named before the clause that tells what was said
    during the contact ("، بحثا خلاله ...", "، نقل خلاله تحيات ..."); all of them when fewer than two
    are named before it."""
    if len(people) <= 2 or f.type not in ("phone_call", "message"):  # a visit's host follows "خلالها"
        return people
    m = cue_pattern(lexicon().clause_breakers).search(a.norm, f.trigger.end, f.hi)
    if m is None:
        return people
    core = {k: v for k, v in people.items() if v[1] < m.start()}
    return core if len(core) >= 2 else people


def _pair_reference(a: Article, f: Frame, drafts: list[Draft]) -> PeopleMap | None:
    """ "وكان الزعيمان قد تحادثا": a contact sentence that names nobody new but refers to "the two"
    takes the two participants of the latest event with exactly two."""
    dual_suffix = a.norm[f.trigger.start : f.trigger.end + 4].split(" ")[0].endswith("هما")  # "اجتماعهما"
    if not dual_suffix and not has_cue(a.norm[f.lo : f.hi], lexicon().pair_references):
        return None
    latest = next((d for d in reversed(drafts) if len(d.participants) == 2), None)
    return dict(latest.participants) if latest else None


def _caller(a: Article, f: Frame, spans: list[tuple[int, int, str]]) -> str | None:
    """The caller the frame's sentence presents, read at each of its call triggers in turn."""
    if f.type not in ("phone_call", "video_call"):
        return None
    triggers = [m for m in a.triggers[f.sentence] if m.entry.value == f.type]
    for trigger in triggers or [f.trigger]:
        caller = frame_initiator(a.norm, f.lo, f.hi, trigger, spans)
        if caller is not None:
            return caller
    return None


def _separate(a: Article, f: Frame) -> bool:
    """Does the sentence report separate contacts of its first participant? Yes on a cue ("اتصالين",
    "ثم مع"); for calls and messages also by default, as calls and cables are one-to-one unless the
    text says they brought several parties together ("جمعت", "ثلاثي", "مشترك"); no for meetings,
    video summits and visits unless a cue says so."""
    sentence = a.norm[f.lo : f.hi]
    lex = lexicon()
    if has_cue(sentence, lex.separate_contacts):
        return True
    if f.type == "message":
        return not has_cue(sentence, lex.joint_contacts)
    if f.type == "phone_call":
        return not has_cue(sentence, lex.joint_contacts + lex.joint_calls)
    return False


def _status(f: Frame, date: DateMention | None, day: dt.date | None, pub: dt.date | None) -> EventStatus:
    """The frame's status; a reported contact dated after publication ("الثلاثاء المقبل") is planned."""
    # refused / hypothetical frames never get here (skipped in _drafts); the cast narrows the Literal
    status = cast(EventStatus, "reported" if f.status in ("refused", "hypothetical") else f.status)
    if status == "reported" and ((date and date.future) or (day and pub and day > pub)):
        return "planned"
    return status


def _drafts(a: Article, frames: list[Frame]) -> list[Draft]:
    drafts: list[Draft] = []
    for f in frames:
        if f.heading or f.status in ("refused", "hypothetical"):  # declined, tried in vain, only wished
            continue
        date = _frame_date(a, f, drafts)
        day = date.date if date and date.date else a.pub
        people, spans = _people(a, f, day)
        earlier = any(len(d.participants) >= 2 for d in drafts)
        people = {} if earlier and _back_reference(a, f) else _core(a, f, people)
        if len(people) < 2 and _that_came(a, f):  # "جاء ذلك في اتصال هاتفي": the sentence before
            people = _people_before(a, f, day) or people
        if len(people) < 2:
            pair = _pair_reference(a, f, drafts)
            if pair is not None and set(people) <= set(pair):  # nobody outside the pair is named
                people = pair
        status = _status(f, date, day, a.pub)
        # a dated mention's basis is explicit/today/yesterday/weekday ("same_day" was resolved above)
        basis = cast(DateBasis, date.basis if date and date.date else ("published" if a.pub else "none"))
        background = status == "reported" and (
            f.background_cue or (day is not None and a.pub is not None and (a.pub - day).days > BACKGROUND_AFTER_DAYS)
        )
        caller = _caller(a, f, spans)
        for group in participant_groups(people, _separate(a, f), f.trigger.word_start, caller):
            d = Draft(f.type, status, background, group, date if date and date.date else None, basis)
            d.explicit_day = bool(date and date.date and date.basis == "explicit")
            d.needs_publication = a.pub is None and not (date and date.date)
            d.triggers.append(f.trigger)
            d.sentences.append(f.sentence)
            d.initiators.append(group_caller(caller, group) if len(group) < len(people) else caller)
            for src, lo, hi in f.sources:
                d.sources.setdefault(src.name_en, (src, lo, hi))
            for label, lo, hi in f.topics:
                d.topics.setdefault(label, (lo, hi))
            merge_or_add(drafts, d)
    return drafts


def _sources(a: Article, lo: int, hi: int) -> list[tuple[SourceRef, int, int]]:
    """Sources named in a sentence, with the offices of people named there ("وقال مكتب ستارمر")."""
    found = sources_in(a.norm, a.index, a.ref, lo, hi)
    for m in a.mentions.between(lo, hi):
        src = office_source(a.norm, m.start, m.person_id, a.ref, a.pub)
        if src is not None:
            found.append((src, m.start, m.end))
    return found


def _continuations(a: Article, final: list[Draft]) -> None:
    """Sentences after a trigger sentence add their sources and topics to its events."""
    by_sentence: dict[int, list[Draft]] = {}
    for d in final:
        for s_index in set(d.sentences):
            by_sentence.setdefault(s_index, []).append(d)
    for s_index, owner_index in a.owner.items():
        drafts = by_sentence.get(owner_index)
        if not drafts:
            continue
        lo, hi, _ = a.sentences[s_index]
        sources = _sources(a, lo, hi)
        topics = [m for m in a.index.between(lo, hi) if m.entry.kind == "topic"]
        for d in drafts:
            for src, x, y in sources:
                d.sources.setdefault(src.name_en, (src, x, y))
            for m in topics:
                d.topics.setdefault(m.entry.value, (m.word_start, m.end))


def extract_events(
    text: str,
    published: str | dt.date | None = None,
    source_line: str | None = None,
    ref: ReferenceData | None = None,
    home_country: str | None = None,
) -> list[Event]:
    """Events in one cleaned article. ``published`` anchors relative dates (None: events whose day
    depends on it get no date and the flag ``date_needs_publication``); ``home_country`` (the
    outlet's country) resolves offices named without a country ("جلالة الملك") when the text has
    no dateline that says otherwise."""
    a = _read(text, published, ref or reference_data(), home_country)
    final = assemble(_drafts(a, _frames(a)))
    _continuations(a, final)
    line = source_line or trailing_source_line(text)
    line_ref = resolve_source_name(line, a.ref) if line else None
    dateline = _dateline_sources(a)
    officials = _official_sources(a)
    return [to_event(d, a, line_ref, dateline + _speaking_for(d, officials, a.ref)) for d in final]


def _official_sources(a: Article) -> list[tuple[SourceRef, int, int]]:
    """Official bodies quoted anywhere in the body ("وأصدر الديوان الملكي السعودي بيانا", "وقالت
    الرئاسة التونسية"): each speaks for its own country's leader."""
    found = []
    for lo, hi, heading in a.sentences:
        if not heading:
            found += [s for s in _sources(a, lo, hi) if s[0].kind == "official" or s[0].kind.startswith("pending:")]
    return found


def _speaking_for(
    d: Draft, officials: list[tuple[SourceRef, int, int]], ref: ReferenceData
) -> list[tuple[SourceRef, int, int]]:
    """The official sources of the article whose country is that of one of the event's participants."""
    if d.background:
        return []
    countries = {p.country for p, _, _ in d.participants.values() if p.country}
    people = [p for p, _, _ in d.participants.values()]
    out = []
    for src, x, y in officials:
        if src.kind.startswith("pending:"):  # "رئاسة الجمهورية": the presidency of the event's president
            if contextual_source(src, people, ref, d.date.date if d.date else None) is not None:
                out.append((src, x, y))
        elif source_country(src, ref) in countries:
            out.append((src, x, y))
    return out


# The head of an article (dateline, stamp, agency credit) ends at its first contact sentence and
# within this many characters.
HEAD_CHARS = 400


def _dateline_sources(a: Article) -> list[tuple[SourceRef, int, int]]:
    """Agencies credited in the article's head ("عمان - بترا:", "(واس)", a credit before the body):
    they report every event of the article."""
    if not a.sentences:
        return []
    body = [a.sentences[i][0] for i in a.trigger_sentences if not a.sentences[i][2]]
    first = body[0] if body else a.sentences[0][1]
    end = min(HEAD_CHARS, max(first, a.sentences[0][1]))
    head = sources_in(a.norm, a.index, a.ref, 0, end)
    return [s for s in head if s[0].kind == "agency"]


def _caller_and_flags(d: Draft, participants: list[Participant]) -> tuple[str | None, list[str]]:
    """The event's initiator and its warning flags."""
    initiator, conflict = event_initiator(d.initiators, {participant_key(p) for p in participants})
    flags = []
    if d.needs_publication:
        flags.append("date_needs_publication")
    if conflict:
        flags.append("initiator_conflict")
    if d.date and d.date.month_conflict:
        flags.append("date_conflict")
    return initiator, flags


def to_event(d: Draft, a: Article, line_ref: SourceRef | None, dateline: list[tuple[SourceRef, int, int]]) -> Event:
    nt, pub = a.nt, a.pub
    evidence: list[Span] = []

    def span(kind: str, x: int, y: int) -> None:
        ox, oy = nt.to_original(x, y)
        evidence.append(Span(kind, ox, oy, nt.original[ox:oy]))

    for t in d.triggers:
        span("trigger", t.word_start, t.end)
    participants: list[Participant] = []
    for p, x, y in d.participants.values():
        span("participant", x, y)
        participants.append(p)
    if d.date is not None:
        span("date", d.date.start, d.date.end)
    sources: list[SourceRef] = []
    for src, x, y in list(d.sources.values()) + ([] if d.background else dateline):
        if src.kind.startswith("pending:"):
            resolved = contextual_source(src, participants, a.ref, d.date.date if d.date else pub)
            if resolved is None:
                continue
            src = resolved
        if any(s.name_en == src.name_en for s in sources):
            continue
        span("source", x, y)
        sources.append(SourceRef(src.name_en, nt.original_span_text(x, y), src.kind))
    if (
        line_ref
        and not d.background
        and line_ref.kind != "outlet"
        and all(s.name_en != line_ref.name_en for s in sources)
    ):
        sources.append(line_ref)
    for x, y in d.topics.values():
        span("topic", x, y)
    date = d.date.date if d.date else (None if d.needs_publication else pub)
    initiator, flags = _caller_and_flags(d, participants)
    not_call = d.type not in ("phone_call", "video_call")
    has_caller = initiator is not None or not_call
    score = confidence(participants, d.date_basis, len(d.sentences), len(sources), has_caller, flags)
    return Event(
        type=d.type,
        status=d.status,
        background=d.background,
        date=date.isoformat() if date else None,
        date_basis=d.date_basis,
        participants=participants,
        sources=sources,
        topics=list(d.topics),
        evidence=evidence,
        extractor_version=EXTRACTOR_VERSION,
        date_conflict=d.date.month_conflict if d.date else None,
        initiator=initiator,
        confidence=score,
        flags=flags,
    )
