"""The extractor's pipeline for one article: scan -> mentions -> frames -> events -> attributes.

Decisions are taken once per article: mentions are read over the whole text first, so that title
mentions resolve by coreference with the people the article names; each trigger sentence makes a
frame; frames merge into events; the day, caller, sources and confidence are then set per event.
"""

from __future__ import annotations

import bisect
import dataclasses
import datetime as dt
import itertools
import re
from collections import Counter
from functools import lru_cache
from typing import cast

from rasd.arabic import WORD_START
from rasd.dates import DateMention, bare_that_words, bound_day, denial_day, saying_words, vague_after, vocabulary
from rasd.extract.article import Article, read_article, sentence_sources
from rasd.extract.attribution import (
    attach_continuations,
    attach_own_posts,
    contested_reports,
    dateline_sources,
    earlier_step_people,
    head_sources_for,
    official_sources,
    speaking_for,
)
from rasd.extract.confidence import (
    confidence,
    contested,
    fold_neutral_talks,
    proximity,
    told_as_other_kind,
    told_aside,
)
from rasd.extract.events import (
    CALL_TYPES,
    Draft,
    Drafts,
    PeopleMap,
    absorb,
    assemble,
    group_caller,
    hub_of,
    merge_or_add,
    participant_groups,
)
from rasd.extract.frames import (
    CLAUSE_MARK,
    STATUS_CUE_MAX_WORDS,
    Frame,
    OtherClauses,
    content_told,
    governing_date,
    main_trigger,
    meeting_to_come,
    page_stamp,
    pick_date,
    promised,
    status_of,
    time_setting,
    told_again,
)
from rasd.extract.initiator import event_initiator, frame_called, frame_initiator, received_at
from rasd.extract.lexicon import (
    Lexicon,
    any_written,
    cue_pattern,
    first_person_noun,
    has_cue,
    lexicon,
    pluperfects,
    strip_clitic,
)
from rasd.extract.mentions import EntityMention
from rasd.extract.parties import (
    PhraseEnds,
    attended_contact,
    back_reference,
    core_parties,
    discussed_visit,
    domestic,
    frame_people,
    health_asked,
    lead_parties,
    lone_of_list,
    pair_reference,
    people_before,
    possessed_contact,
    prior_contact,
    pronoun_subject,
    refers_back,
    similar_contact,
    similar_receiver,
    that_came,
    timing_contact_parties,
    without_attendees,
    without_other_contacts,
    without_successors,
)
from rasd.extract.refdata import ReferenceData, reference_data
from rasd.extract.resolve import HISTORY_BEFORE_YEAR
from rasd.extract.scan import Match
from rasd.extract.sources import (
    contextual_source,
    foreign_body,
    resolve_source_names,
)
from rasd.extract.sources import (
    source_line as trailing_source_line,
)
from rasd.records import (
    EXTRACTOR_VERSION,
    DateBasis,
    Event,
    EventStatus,
    EventType,
    Participant,
    SourceRef,
    Span,
    participant_key,
)
from rasd.words import alternation, bare_or_conjoined, last_word_spans, last_words

# A reported call older than this many days before publication is a mention in passing.
BACKGROUND_AFTER_DAYS = 3


def _frames(a: Article) -> list[Frame]:
    out = []
    first_told = _first_told(a)  # a contact of the kind told before: a statement's day is not its day
    for s_index in a.trigger_sentences:
        lo, hi, heading = a.sentences[s_index]
        listed = _list_end(a, s_index)
        if listed is not None:  # "تلقى الرئيس اتصالات من:" and one line per caller
            if not a.mentions.between(lo, hi):
                continue  # the listed callers are one side: with nobody before the colon, no contact
            hi, heading = listed, False
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
                date=governing_date(a.norm, s_dates, trigger, first_told.get(trigger.entry.value, s_index) < s_index),
                sources=sentence_sources(a, lo, hi),
                topics=[(m.entry.value, m.word_start, m.end) for m in inside if m.entry.kind == "topic"],
                background_cue=any(
                    m.entry.kind == "background_cue" and not _cue_of_other_clause(a, m, trigger, triggers)
                    for m in inside
                )
                or (not a.mentions.between(lo, hi) and _pluperfect(a, lo, trigger)),
                heading=heading,
                lo=lo,
                hi=hi,
            )
        )
        sentence_frame = out[-1]
        if _talks_at_visit(a, out[-1]) or _visit_to_person(a, out[-1]) or _talk_in_person(a, out[-1], triggers, inside):
            out[-1] = dataclasses.replace(out[-1], type="meeting")  # the meeting itself is reported
        out[-1] = _relative_gathering(a, out[-1])
        out += _carried_message(a, out, triggers, inside)
        out += _message_in_call(a, out[-1], triggers)
        out += _coordinated(a, out, triggers, inside)
        out += _side_frames(a, out[-1], triggers, inside)
        out += _trip_meeting(a, out[-1], triggers)
        out += _earlier_contacts(a, sentence_frame, triggers)
        out += _our_contact(a, out, triggers, inside)
    return out


def _first_person_contact(a: Article, t: Match) -> bool:
    """Is the contact word a noun with the writer's pronoun ("لقائنا", "مكالمتنا", "لقائي")
    (``lexicon.first_person_noun``, as a post's words are read)?"""
    word = a.norm[t.word_start : t.end].split()[0].strip('،,."«»')
    return first_person_noun(word, lexicon().possessed_contact_nouns)


def _our_contact(a: Article, out: list[Frame], triggers: list[Match], inside: list[Match]) -> list[Frame]:
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


def _relative_gathering(a: Article, f: Frame) -> Frame:
    """A gathering told in a relative clause with a pronoun ("أطلع X Y على نتائج القمة التي جمعته
    بنظيريه Z و W"): it brought the sentence's subject together with the people named after it; the
    object of the main verb (Y) is no party of it."""
    words = a.norm[f.lo : f.trigger.word_start].split()[-1:]
    if f.type != "meeting" or not words or words[0] not in lexicon().relative_pronouns:
        return f
    if not a.norm[f.trigger.word_start : f.trigger.end].endswith(("ه", "هما", "هم")):
        return f
    before = [e for e in f.entities if e.start < f.trigger.word_start]
    after = [e for e in f.entities if e.start >= f.trigger.end]
    if not before or not after:
        return f
    return dataclasses.replace(f, entities=[before[0], *after])


# The particle of the pluperfect stands at most this many words before the contact word ("قد أجريا اتصالا").
PLUPERFECT_PARTICLE_WORDS = 2


def _pluperfect(a: Article, lo: int, trigger: Match) -> bool:
    """The contact word follows a pluperfect ("وكان الرئيسان قد تحادثا", "وكانت قد التقت"): an
    auxiliary, a few words, the particle, at most two words before the contact word. Read in a
    bounded window before the trigger. Asked only of a sentence that names nobody (it refers back to
    the pair just reported); with a name, "وكان X قد تلقى اتصالا" often retells the lead contact."""
    window = lexicon().pluperfect_words
    words = [w.strip("،,") for w in last_words(a.norm, lo, trigger.word_start, window + 3)]
    return any(j >= len(words) - (PLUPERFECT_PARTICLE_WORDS + 1) for _, j in pluperfects(words, window))


def _cue_of_other_clause(a: Article, cue: Match, trigger: Match, triggers: list[Match]) -> bool:
    """A background cue after the contact word in a clause about another happening ("أجرى X اتصالا
    بـ Y، بعد أن كان قد تحدث أمس مع Z"), after a contact noun with a possessive pronoun ("لقائهما") or
    after a contact told before ("بعث رسالة ردا على الاتصال
    الذي تلقاه منه الأسبوع الماضي"): it marks that clause's contact, not the sentence's."""
    if cue.start < trigger.end:
        return False
    if any(trigger.end <= t.start < cue.start and told_again(a.norm, t) for t in triggers):
        return True
    if any(trigger.end <= t.start < cue.start and possessed_contact(a, t) for t in triggers):
        return True  # "..، واستعرضا ما اتفقا عليه خلال لقائهما الشهر الماضي": the cue dates that earlier contact
    if any(
        trigger.end <= t.start < cue.start
        and t.entry.value != trigger.entry.value
        and CLAUSE_MARK.search(a.norm, trigger.end, t.start)
        for t in triggers
    ):
        return True  # "استقبل X Y اليوم، وكان الرئيسان قد تحادثا هاتفيا الأسبوع الماضي": the later clause's contact
    openers = cue_pattern(lexicon().other_event_openers).finditer(a.norm, trigger.end, cue.start)
    if any(not CLAUSE_MARK.search(a.norm, m.end(), cue.start) for m in openers):
        return True
    return _in_relative_clause(a, trigger, cue, triggers)


# A relative pronoun at least this many words after the contact word has another antecedent ("رسالة
# ... على ضوء مجهود المبعوث الذي قام خلال الأسابيع الماضية بجولة"), not the contact itself ("اللقاء
# الذي كان قد جمعهما").
RELATIVE_AFTER_WORDS = 3


def _in_relative_clause(a: Article, trigger: Match, cue: Match, triggers: list[Match]) -> bool:
    """Is the cue inside a relative clause about someone or something else than a contact, opened
    after the contact word with no clause mark between ("... المبعوث الخاص الذي قام خلال الأسابيع
    الماضية بجولة")? Not when another contact word stands before the pronoun ("المحادثات الأقل ودية
    التي أجراها الزعيمان مع Z في الأسابيع الماضية": that contact's clause)."""
    relative = lexicon().relative_pronouns
    spans = [m for m in re.finditer(r"\S+", a.norm[trigger.end : cue.start])]
    at = [i for i, m in enumerate(spans) if m.group() in relative and i >= RELATIVE_AFTER_WORDS]
    if not at:
        return False
    pronoun = trigger.end + spans[at[-1]].start()
    if any(trigger.end <= t.start < pronoun for t in triggers):
        return False
    nouns = _referring_nouns()
    if any(m.group().strip('.,،:؛;()«»"') in nouns for m in spans[: at[-1]]):
        return False
    return not CLAUSE_MARK.search(a.norm, pronoun, cue.start)


def _first_told(a: Article) -> dict[str, int]:
    """The first sentence (not a heading) that tells a contact of each type (one pass)."""
    first: dict[str, int] = {}
    for i in a.trigger_sentences:
        if not a.sentences[i][2]:
            for t in a.triggers[i]:
                first.setdefault(t.entry.value, i)
    return first


_WITH_WORD = re.compile(WORD_START + r"مع" + r"(?=\s)")
# A party is named right after "مع" (its titles first) within this many characters.
TALKS_PARTY_CHARS = 60


def _talks_at_visit(a: Article, f: Frame) -> bool:
    """A reported visit whose sentence tells that its people held talks ("بحث X مع Y، الذي يزور
    القاهرة حاليا، ..."): a verb of talks with "مع", a party before "مع" and one right after it."""
    if f.type != "visit" or f.status != "reported" or f.background_cue:
        return False
    lex = lexicon()
    first = min((e.start for e in f.entities), default=None)
    starts = sorted(e.start for e in f.entities)
    for m in _WITH_WORD.finditer(a.norm, f.lo, f.hi):
        words = last_words(a.norm, f.lo, m.start(), lex.talks_with_words)
        forms = {w.strip("،,") for w in words} | {f"{x} {y}" for x, y in zip(words, words[1:], strict=False)}
        forms |= {w[1:] for w in forms if w[:1] in ("و", "ف")}
        if not forms & lex.talks_with_verbs:
            continue
        before = first is not None and first < m.start()
        i = bisect.bisect_left(starts, m.end())  # the first party named at or after "مع"
        after = i < len(starts) and starts[i] - m.end() <= TALKS_PARTY_CHARS
        if before and after:
            return True
    return False


# The leader visited stands at most this many characters into the word after "إلى" ("إلى الرئيس") or
# after the visit word ("للرئيس": the clitic and the article before the title).
VISITED_PERSON_CHARS = 3


def _visit_discussed(a: Article, f: Frame) -> bool:
    """A visit noun that is the object of a verb of talks ("بحثا زيارة الأخير إلى إسرائيل", "ناقشا
    ترتيبات زيارة X"): what the talks were about, not a trip the sentence reports."""
    return f.type == "visit" and discussed_visit(a, f.lo, f.trigger)


# Plural counterparts named by their nationality right after the word ("مع نظرائه الصيني X،
# والإيراني Y"): a person's mention starts within this many characters after it.
COUNTERPARTS_NAMED_CHARS = 16


def _with_counterparts(a: Article, f: Frame) -> bool:
    """A meeting word with plural counterparts in the few words after it ("عقد اجتماع تشاوري مع
    نظرائهما العرب"): a gathering of many whose others are not named, not the pair's meeting; unless
    the counterparts are named one by one right after the word ("اجتماعات ثنائية مع نظرائه الصيني X
    والإيراني Y"), the list of the subject's own meetings."""
    if f.type != "meeting":
        return False
    lex = lexicon()
    for w in list(re.finditer(r"\S+", a.norm[f.trigger.end : f.hi]))[: lex.plural_counterpart_words]:
        if w.group().strip("،,.") not in lex.plural_counterparts:
            continue
        at = f.trigger.end + w.start()
        named = [m for m in a.mentions.between(at, at + len(w.group()) + COUNTERPARTS_NAMED_CHARS) if m.person_id]
        return not named
    return False


def _body_gathering(a: Article, f: Frame) -> bool:
    """A meeting noun that names the gathering of a body of many, the body right after it ("اجتماع
    وزراء خارجية الدول العربية") or after one adjective under "لـ" ("الاجتماع الاستثنائي لوزراء خارجية
    المنظمة"): a conference the sentence mentions ("أشارا إلى القرار الصادر عن الاجتماع ..."), no
    contact of the people it names beside it. Not when the noun is the setting of another contact
    ("تحدثا خلال اجتماع مجموعة العشرين")."""
    if f.type != "meeting":
        return False
    more = lexicon().status_more
    written = a.norm[f.trigger.word_start : f.trigger.end]
    written = "ال" + written[2:] if written.startswith("لل") else written  # "للاجتماع"
    nouns = more.get("gathering_nouns", ())
    if not any(written in (noun, *(c + noun for c in _ARTICLE_CLITICS)) for noun in nouns):
        return False
    before = a.norm[f.lo : f.trigger.word_start].split()[-1:]
    if before and before[0].removeprefix("و") in lexicon().setting_words:
        return False  # "تحدثا خلال اجتماع مجموعة العشرين": the setting of a contact told otherwise
    return _names_a_body(
        a, f.trigger.end, more.get("gathering_bodies", ()), 2, openers=more.get("gathering_phrase_openers", ())
    )


def _names_a_body(
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


def _non_leader_pair(a: Article, f: Frame) -> bool:
    """A dual title of officials who are no leaders stands as the subject in the few words before the
    contact word, nobody named between ("بعد أن كان وزيرا اقتصاد البلدين قد أجريا لقاء"): the contact
    of those two, not of the leaders the sentence or the article names."""
    if f.type == "message":
        return False
    lex = lexicon()
    words = list(re.finditer(r"\S+", a.norm[f.lo : f.trigger.word_start]))[-lex.non_leader_dual_words :]
    for i, w in enumerate(words[:-1]):
        word = w.group().strip("،,")
        if word not in lex.non_leader_duals and word.removeprefix("و") not in lex.non_leader_duals:
            continue
        nxt = words[i + 1].group().strip("،,")
        if nxt in lex.non_leader_dual_ministries or nxt.startswith("ل"):
            continue
        at = f.lo + w.end()
        if not a.mentions.between(at, f.trigger.word_start):
            return True
    return False


def _visit_to_person(a: Article, f: Frame) -> bool:
    """A visit paid to a leader, not to a place ("أدى X زيارة إلى الرئيس Y", "في زيارة للملك Y"), the
    visitor's name may stand between ("زيارة الرئيس X إلى الملك Y"): visiting someone is meeting him,
    so the contact is a meeting (of the visit's status)."""
    if f.type != "visit" or f.status not in ("reported", "planned"):
        return False
    people = sorted((e.start, e.end) for e in f.entities if e.person_id or e.role)
    end = CLAUSE_MARK.search(a.norm, f.trigger.end, f.hi)
    hi = end.start() if end else f.hi
    words = list(re.finditer(r"\S+", a.norm[f.trigger.end : min(hi, f.trigger.end + 120)]))
    if not words:
        return False
    lo = f.trigger.end

    def person_at(start: int) -> tuple[int, int] | None:
        return next((p for p in people if start <= p[0] <= start + VISITED_PERSON_CHARS), None)

    first = lo + words[0].start()
    if words[0].group()[:1] == "ل" and any(first < p[0] <= first + VISITED_PERSON_CHARS for p in people):
        return True  # "زيارة للرئيس Y": the one visited after the clitic
    visitor = person_at(first)
    if visitor is not None:  # "زيارة الرئيس X إلى ...": the visitor's titles and name first
        words = [w for w in words if lo + w.start() >= visitor[1]]
    if len(words) < 2 or words[0].group() not in lexicon().destination_words:
        return False
    return person_at(lo + words[1].start()) is not None


def _talk_in_person(a: Article, f: Frame, triggers: list[Match], inside: list[Match]) -> bool:
    """A reported "محادثة" / "تحادث" in a sentence that also tells a reported visit or meeting ("أجرت
    محادثة مع X في إطار زيارة بدأتها اليوم"): a talk in person, not a call. A visit or meeting still to
    come or only offered ("دعوة X لزيارة الصين العام المقبل") is another contact: the talk stays a call."""
    if f.type != "phone_call" or f.status != "reported" or f.trigger.entry.key not in lexicon().in_person_talk_words:
        return False
    if any(t.entry.value == "phone_call" and 0 <= t.start - f.trigger.end <= 2 for t in triggers):
        return False  # "تحادثا هاتفيا": by phone, said so
    return any(
        t.entry.value in ("meeting", "visit")
        and t.start != f.trigger.start
        and status_of(a.norm, inside, t, f.lo) == "reported"
        and not _invited_before(a, f, t)
        for t in triggers
    )


# An invitation word stands at most this many words before the visit word it offers ("دعوة X لزيارة").
INVITED_WORDS = 3


def _invited_before(a: Article, f: Frame, t: Match) -> bool:
    """The visit or meeting word is what an invitation offers ("دعوة شي لبوتين لزيارة الصين")."""
    words = last_words(a.norm, f.lo, t.word_start, INVITED_WORDS)
    return has_cue(" ".join(words), lexicon().status_more.get("invitation_words", ()))


_BULLET = re.compile(r"\s*(?:[-–—•*·▪●]|\d{1,2}\s*[-).])\s*")


def _list_end(a: Article, s_index: int) -> int | None:
    """A contact sentence that ends with a colon and is followed by bullet lines (one caller a
    line) reads on to the end of the list; None when it has no list."""
    lo, hi, _ = a.sentences[s_index]
    if not a.norm[lo:hi].rstrip().endswith(":"):
        return None
    end = None
    numbered = False  # "1." split off as a sentence of its own: the next one is the item
    for j in range(s_index + 1, len(a.sentences)):
        j_lo, j_hi, _ = a.sentences[j]
        number = a.norm[j_lo:j_hi].strip().isdigit()
        if a.is_trigger_sentence(j) or not (number or numbered or _BULLET.match(a.norm, j_lo)):
            break
        numbered = number
        end = j_hi
    return end


# A carrier word stands at most this many words before the message word ("نقل إليه رسالة شفهية").
CARRIER_WORDS_BEFORE = 3
_FROM = re.compile(WORD_START + r"من\s")


def _carried_message(a: Article, out: list[Frame], triggers: list[Match], inside: list[Match]) -> list[Frame]:
    """A message handed over at a meeting ("استقبل X الوزير Y الذي نقل إليه رسالة من Z"): the sentence
    reports the meeting of X and Y; a message named there for the first time (no article) is Z's to X."""
    main = out[-1]
    meeting = next((t for t in triggers if t.entry.value == "meeting"), None)
    if main.type != "message" or meeting is None or main.status != "reported":
        return []
    words = list(re.finditer(r"\S+", a.norm[max(main.lo, main.trigger.word_start - 40) : main.trigger.word_start]))
    carrier = next(
        (w for w in reversed(words[-CARRIER_WORDS_BEFORE:]) if w.group() in lexicon().message_carriers), None
    )
    if carrier is None:
        return []
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
    host = met[0] if met else None  # the subject of "استقبل" / "التقى" (before or right after the verb)
    source = _FROM.search(a.norm, main.trigger.end, main.hi)
    sender = next((e for e in main.entities if source and e.start >= source.end()), None)
    if host is None or sender is None:
        return []
    return [dataclasses.replace(main, entities=[host, sender], sources=[], topics=[])]


def _message_in_call(a: Article, main: Frame, triggers: list[Match]) -> list[Frame]:
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


COORDINATION_TRIGGERS = 40
# Calls and cables are one-to-one by default (``_separate``): a second verb of their type needs no frame.
SPLIT_BY_DEFAULT = frozenset({"phone_call", "video_call", "message"})


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


def _coordinated(a: Article, out: list[Frame], triggers: list[Match], inside: list[Match]) -> list[Frame]:
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


def _trip_meeting(a: Article, main: Frame, triggers: list[Match]) -> list[Frame]:
    """A trip made for a meeting ("يزور ... غدا حيث يلتقي الرئيس", "زيارة من أجل عقد لقاء مع"): the
    visit, and the meeting it is for as a planned contact of the same people."""
    if main.type != "visit" or main.status not in ("planned", "reported"):
        return []
    meetings = [t for t in triggers if t.entry.value == "meeting" and t.start > main.trigger.start]
    meeting = next((t for t in meetings if main.status == "planned" or meeting_to_come(a.norm, t)), None)
    if meeting is None:
        return []
    return [dataclasses.replace(main, type="meeting", status="planned", trigger=meeting, sources=[], topics=[])]


def _earlier_contacts(a: Article, main: Frame, triggers: list[Match]) -> list[Frame]:
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
        if not named or subject is None:
            continue
        if again:
            continue  # "التقى X بـ Y بعد لقائهما ..." / named again outside: the main frame has them
        dates = [d for d in a.dates.between(t.end, end) if d.date]
        out.append(
            Frame(
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
    names nobody else; a wish ("أكد تطلعه إلى لقائه") or an invitation alone is no plan."""
    if t.entry.value not in ("visit", "meeting") or t.start < main.trigger.end or main.background_cue:
        return False
    if main.type not in ("phone_call", "video_call") or main.status != "reported" or named_before != 2:
        return False
    more = lexicon().status_more
    clause = a.norm[clause_lo : t.word_start]
    accepted = _accepted_invitation(clause) or _accepted_later(a, main.sentence, clause_lo, t)
    if status != "planned" and not (status == "hypothetical" and accepted):
        return False
    if has_cue(clause, more.get("wish_words", ())) or _gathering_of_a_body(a, t):
        return False
    before = {e.person_id for e in main.entities if e.start < clause_lo and e.person_id}
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
    "لقائهما"); no invitation or wish."""
    if t.entry.value not in ("visit", "meeting") or t.start < main.trigger.end or main.background_cue:
        return False
    if main.type not in ("phone_call", "video_call") or main.status != "reported":
        return False
    if status_of(a.norm, inside, t, main.trigger.end) != "planned":
        return False
    more = lexicon().status_more
    before = a.norm[main.trigger.end : t.word_start]
    if has_cue(before, more.get("invitation_words", ())) or has_cue(before, more.get("wish_words", ())):
        return False
    written = a.norm[t.word_start : t.end]
    if t.entry.value == "meeting":
        return written.endswith("هما")  # "لقائهما المرتقب"
    if written.endswith(("ه", "ها")):
        return True  # "زيارته المرتقبة"
    named = next((e for e in main.entities if e.start >= t.end), None)
    return named is not None and named.start - t.end <= VISITOR_AFTER_CHARS and named.person_id is not None


# A body's gathering is named at most this many words after the meeting word ("اجتماع طارئ لمجلس
# الجامعة العربية").
BODY_WORDS_AFTER = 4


def _gathering_of_a_body(a: Article, t: Match) -> bool:
    """The meeting word names a gathering of a body or of many ("اجتماع طارئ لمجلس الجامعة", "قمة
    لقادة دول الجوار"): a conference, not a meeting of the two callers."""
    if t.entry.value != "meeting":
        return False
    body = lexicon().status_more.get("body_gathering_words", ())
    return _names_a_body(a, t.end, body, BODY_WORDS_AFTER, orgs=True)


def _side_frames(a: Article, main: Frame, triggers: list[Match], inside: list[Match]) -> list[Frame]:
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
        host = _message_receiver(a, main, t)
        if host is not None and any(e.person_id and e.start > t.end for e in people):
            # "تلقى X رسالة من Z، وذلك خلال استقباله لوزير الخارجية Y": X received the carrier Y
            met = [host, *(e for e in people if e.start > t.end)]
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


def _departure_participle(a: Article, at: int) -> bool:
    """The clause at ``at`` opens with a participle of departure ("، متوجها إلى روما للقاء Y"): the
    circumstance of the verb of the clause before ("يغادر X العاصمة مساء اليوم"), whose subject and day
    are its own (``status_more.departure_participles``)."""
    first = a.norm[at : at + 20].split()[:1]
    return bool(first) and first[0].removeprefix("و") in lexicon().status_more.get("departure_participles", ())


def _message_receiver(a: Article, main: Frame, t: Match) -> EntityMention | None:
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


def _carrier_reception(a: Article, f: Frame) -> bool:
    """The meeting frame is the reception of a message's carrier by its receiver, told in the message's
    sentence ("تلقى X رسالة من Z خلال استقباله Y"): "استقباله" is that reception, not one told before."""
    if f.type != "meeting":
        return False
    message = next(
        (t for t in a.triggers.get(f.sentence, []) if t.entry.value == "message" and t.end <= f.trigger.start), None
    )
    if message is None:
        return False
    lo, hi, _ = a.sentences[f.sentence]
    main = dataclasses.replace(f, type="message", trigger=message, lo=lo, hi=hi, entities=a.mentions.between(lo, hi))
    return _message_receiver(a, main, f.trigger) is not None


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


# A sentence of at most this many words before a contact sentence is a fragment of its lead split
# off by punctuation ("أمس الاثنين.").
LEAD_FRAGMENT_WORDS = 4


def _continuation_date(a: Article, f: Frame) -> DateMention | None:
    """A date for a trigger sentence that has none: the one of the sentence just before it when that
    sentence is not itself about a contact and leads to it: a fragment split off by punctuation ("أمس
    الاثنين."), a lead about a person the reference data knows ("أعرب الرئيس شي اليوم (الجمعة) عن ..."
    then "وخلال محادثة هاتفية مع ستارمر، أكد شي"), or the sentence the contact sentence refers back to
    ("جاء ذلك خلال اتصال"). A sentence about a happening that names no such person (an earthquake, a
    storm, a quote "اليوم نقول للعالم") dates that happening, not the contact; a date in the sentences after it mostly dates
    something else (a trip), so it is not taken."""
    s_index = f.sentence
    if s_index > 0 and not a.is_trigger_sentence(s_index - 1):
        lo, hi, heading = a.sentences[s_index - 1]
        if heading or not _leads_to_contact(a, f, lo, hi):
            return None
        other = OtherClauses(a.norm, lo, hi)
        found = [
            d
            for d in a.dates.between(lo, hi)
            if d.date and not other.hold(d) and not page_stamp(a.norm, d) and not bound_day(a.norm, d)
        ]
        if found:
            return pick_date(found, hi)
    return None


def _leads_to_contact(a: Article, f: Frame, lo: int, hi: int) -> bool:
    if len(a.norm[lo:hi].split(None, LEAD_FRAGMENT_WORDS)) <= LEAD_FRAGMENT_WORDS or that_came(a, f):
        return True
    return any(m.person_id for m in a.mentions.between(lo, hi))


def _frame_date(a: Article, f: Frame, drafts: list[Draft]) -> DateMention | None:
    date = f.date
    if date is not None and date.basis == "same_day":
        previous = next((d for d in reversed(drafts) if d.date is not None), None)
        date = previous.date if previous else None
    if date is None:
        date = _continuation_date(a, f)
    date = _reported_today(a, f, date)
    if date is not None and _own_vague_time(a, f, date):
        return None  # "نقل X الأحد إلى المستشفى، وتم تأجيل لقائه المقرر نهاية هذا الأسبوع مع Y": no day of its own
    if date is not None and (date.said and f.status in ("planned", "denied") or _denials_day(a, f, date)):
        # "قال المتحدث الخميس إن X سيلتقي Y", "نفى الكرملين الثلاثاء أن يكون X تحدث مع Y": the day of
        # the plan's announcement or of the denial, never the day of the contact, which has none: the
        # publication day (``to_event`` names its basis), still a statement's day when reports merge
        return dataclasses.replace(date, date=a.pub, said=True) if a.pub else None
    if (
        date is not None
        and date.date
        and a.pub
        and f.status == "planned"
        and date.date < a.pub
        and (date.past_marked or date.basis == "yesterday")
    ):
        # "وصل X أمس الخميس إلى ميامي، وسيلتقي Y نهاية الأسبوع": a day marked as gone by is another
        # clause's, never the plan's; the plan has no day of its own (the publication day).
        return dataclasses.replace(date, date=a.pub, said=True)
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
    if (
        date is not None
        and date.date
        and a.pub
        and f.status == "planned"
        and date.basis == "explicit"
        and date.date < a.pub
        and not _YEAR.search(a.norm, date.start, date.end)
    ):
        # "سيلتقيان في 30 أكتوبر": a plan's day and month without a year is the next such day.
        date = dataclasses.replace(date, date=_next_year(date.date), future=True)
    return date


# A vague time to come ends at most this many words after a planned contact word ("لقائه المقرر له
# نهاية هذا الأسبوع").
VAGUE_TIME_WORDS = 7


def _own_vague_time(a: Article, f: Frame, date: DateMention) -> bool:
    """A planned contact whose clause gives it a time without a day ("المقرر نهاية هذا الأسبوع",
    "الأسبوع المقبل") right after its word, while the day picked stands before it in another clause:
    that day is the other clause's, the contact has none."""
    if f.status != "planned" or date.start >= f.trigger.word_start:
        return False
    if not CLAUSE_MARK.search(a.norm, date.end, f.trigger.word_start):
        return False
    words = a.norm[f.trigger.end : min(f.hi, f.trigger.end + 80)].split()[:VAGUE_TIME_WORDS]
    return has_cue(" ".join(words), lexicon().status_more.get("future_phrases", ()))


def _denials_day(a: Article, f: Frame, date: DateMention) -> bool:
    """A denied contact's date told right after the denial verb and its subject: the denial's day
    (``rasd.dates.denial_day``, beside ``said_day``)."""
    if f.status != "denied" or date.start >= f.trigger.word_start:
        return False
    denials = [
        m.end for m in a.index.between(f.lo, date.start) if m.entry.kind == "status_cue" and m.entry.value == "denied"
    ]
    return denial_day(a.norm, date, denials)


_YEAR = re.compile(r"\d{4}")


@lru_cache(maxsize=1)
def _that_word() -> re.Pattern[str]:
    """A bare that-word (``bare_that_words``) as a word of its own."""
    return re.compile(rf"(?<!\S)(?:{alternation(bare_that_words())})(?!\S)")


def _reported_today(a: Article, f: Frame, date: DateMention | None) -> DateMention | None:
    """ "قال المكتب في بيان أمس إن الرئيس تلقى اليوم اتصالا": "اليوم" inside reported speech is the
    day the statement was made (dated before "إن"), not the article's."""
    if date is None or date.basis != "today":
        return date
    said = [
        d
        for d in a.dates.between(f.lo, date.start)
        if d.date and d.basis in ("yesterday", "weekday", "explicit") and d.end <= date.start
    ]
    if said and _that_word().search(a.norm, said[-1].end, date.start):
        return dataclasses.replace(date, date=said[-1].date, basis=said[-1].basis)
    return date


def _next_year(day: dt.date) -> dt.date:
    try:
        return day.replace(year=day.year + 1)
    except ValueError:  # 29 February
        return day + dt.timedelta(days=365)


# How many call triggers of one sentence are read for its caller.
MAX_TRIGGERS_READ = 6


def _caller(a: Article, f: Frame, spans: list[tuple[int, int, str]]) -> str | None:
    """The caller (the sender of a message) the frame's sentence presents, read at each of its
    triggers of that type in turn."""
    if f.type not in ("phone_call", "video_call", "message"):
        return None
    triggers = [m for m in a.triggers[f.sentence] if m.entry.value == f.type]
    # Each reading scans the sentence; a real sentence names its call a few times at most, so a bound
    # keeps a run-on "sentence" of thousands of triggers linear.
    for trigger in (triggers or [f.trigger])[:MAX_TRIGGERS_READ]:
        caller = frame_initiator(a.norm, f.lo, f.hi, trigger, spans)
        if caller is not None:
            return caller
    return None


# After an initiative cue ("بمبادرة من", "بناء على طلب"), the side's country is named within this many
# characters ("بمبادرة من الجانب التركي", "بطلب من أنقرة").
SIDE_CHARS = 30


def _initiative_side(a: Article, f: Frame, people: PeopleMap) -> str | None:
    """The call placed at the initiative or request of a side named by its country, not by a person
    ("بمبادرة من الجانب التركي", "بناء على طلب من أنقرة", "بطلب من فرنسا"): the one participant of
    that country."""
    lex = lexicon()
    if f.type not in ("phone_call", "video_call") or len(people) < 2:
        return None
    if not any_written(a.norm, lex.initiative, f.lo, f.hi):
        return None
    for cue in cue_pattern(lex.initiative).finditer(a.norm, f.lo, f.hi):
        end = min(f.hi, cue.end() + SIDE_CHARS)
        if any(m.start < end for m in a.mentions.between(cue.end(), end) if m.person_id or m.role):
            return None  # a person follows the cue: the sentence's own reading names them
        country = next(
            (m.entry.value for m in a.index.between(cue.end(), end) if m.entry.kind in ("country_adj", "country_name")),
            None,
        )
        words = [w.strip(".,،:؛;()") for w in a.norm[cue.end() : end].split()]
        words = words[1:] if words[:1] == ["من"] else words  # "بناء على طلب من أنقرة"
        if country is None and words:
            first = strip_clitic(words[0])
            country = next((a.ref.capitals[w] for w in first if w in a.ref.capitals), None)
        keys = [k for k, (p, _, _) in people.items() if country and p.country == country]
        if len(keys) == 1:
            return keys[0]
    return None


_FROM_WORD = re.compile(WORD_START + r"من" + r"(?=\s)")
# "طلب X من Y إجراء مكالمة": the request verb stands at most this many characters before the call word.
REQUEST_CHARS = 120


def _asked_to_call(a: Article, f: Frame, people: PeopleMap) -> str | None:
    """ "طلب X من Y إجراء مكالمة هاتفية معه", "يطلب من Y الاتصال به": the one asked to place the call
    (named after "من", before the call word) is its caller."""
    more = lexicon().status_more
    verbs = more.get("request_verbs", ())
    lo = max(f.lo, f.trigger.word_start - REQUEST_CHARS)
    if (
        f.type not in ("phone_call", "video_call")
        or not verbs
        or not any_written(a.norm, verbs, lo, f.trigger.word_start)
    ):
        return None
    requests = list(cue_pattern(verbs).finditer(a.norm, lo, f.trigger.word_start))
    if not requests:
        return None
    request = requests[-1]
    from_ = _FROM_WORD.search(a.norm, request.end(), f.trigger.word_start)
    if from_ is None:
        return None
    asked = [k for k, (_, x, _) in people.items() if from_.end() <= x < f.trigger.word_start]
    return min(asked, key=lambda k: people[k][1]) if asked else None


def _pair_caller(
    a: Article, f: Frame, spans: list[tuple[int, int, str]], caller: str | None, group: PeopleMap
) -> str | None:
    """The caller of one pair split from a sentence. When the sentence's first caller is outside the
    pair, a later trigger of the sentence may name this pair's own caller by a calling verb ("تلقى X
    اتصالا من A، كما أجرى اتصالا مع B": X called B); else ``group_caller`` (each caller on the far side
    of a list)."""
    if caller is not None and caller not in group:
        triggers = [m for m in a.triggers[f.sentence] if m.entry.value == f.type][:MAX_TRIGGERS_READ]
        for trigger in triggers[1:]:
            if received_at(a.norm, f.lo, trigger):
                continue  # "ومازال يتلقى اتصالات من نظرائه": no caller of this pair named
            own = frame_initiator(a.norm, f.lo, f.hi, trigger, spans)
            if own is not None and own in group:
                return own
    return group_caller(caller, group)


def _called(a: Article, f: Frame, spans: list[tuple[int, int, str]]) -> str | None:
    """The participant a call with a pronoun caller was placed to ("أنه أجرى مكالمة مع X"), or None."""
    if f.type not in ("phone_call", "video_call"):
        return None
    return frame_called(a.norm, f.lo, f.hi, f.trigger, spans)


def _separate(a: Article, f: Frame) -> bool:
    """Does the sentence report separate contacts of its first participant? Yes on a cue ("اتصالين",
    "ثم مع"); for calls and messages also by default, as calls and cables are one-to-one unless the
    text says they brought several parties together ("جمعت", "ثلاثي", "مشترك"); no for meetings,
    video summits and visits unless a cue says so."""
    sentence = a.norm[f.lo : f.hi]
    lex = lexicon()
    if has_cue(sentence, lex.separate_contacts):
        return True
    joint, together = _joint_words(lex.joint_contacts, lex.joint_calls)
    if f.type in ("phone_call", "message") and has_cue(sentence, lex.each_of) and not has_cue(sentence, together):
        return True  # "بين X وكل من A وB": one contact each
    if f.type == "message":
        return not has_cue(sentence, lex.joint_contacts)
    if f.type == "phone_call":
        return not (has_cue(sentence, joint) or _between_list(a, f))
    return False


# A word that counts several contacts stands this close to the contact word ("اتصالين هاتفيين").
COUNTED_CHARS = 12


def _counted(a: Article, f: Frame) -> bool:
    """The contact word counts several contacts ("اتصالين", "مكالمات هاتفية", "كل على حدة" next to it)."""
    near = a.norm[max(f.lo, f.trigger.word_start - COUNTED_CHARS) : min(f.hi, f.trigger.end + COUNTED_CHARS)]
    return has_cue(near, lexicon().separate_contacts)


def _each_of_object(a: Article, f: Frame, people: PeopleMap) -> str | None:
    """ "هنأ كل من A وB الرئيس C في اتصالين": the person named right after the list that "كل من" opens,
    not joined to it by "و", is the object every listed subject contacted (before the contact word)."""
    text = a.norm[f.lo : f.trigger.word_start]
    opened = [f.lo + i for i in (text.find(w) for w in lexicon().each_of) if i >= 0]
    if not opened:
        return None
    named = sorted((v[1], k) for k, v in people.items() if min(opened) < v[1] < f.trigger.word_start)
    for start, key in named[1:]:
        word_at = a.norm.rfind(" ", f.lo, start) + 1  # the mention's word, with its clitics ("والرئيس")
        if a.norm.startswith("و", word_at) or a.norm[f.lo : word_at].rstrip().endswith(("،", ",")):
            continue  # one more of the list
        return key
    return None


# "اتصل كل من A وB بـ C": "كل من" opens the list at most this many characters after the contact verb.
EACH_OF_AFTER_CHARS = 12


def _each_of_callers(a: Article, f: Frame, people: PeopleMap) -> str | None:
    """ "اتصل كل من A وB بالرئيس C", "هاتف كل من A وB الرئيس C": the list "كل من" opens right after the
    contact verb is its subjects, each calling the one marked as its object after the list (with
    "بـ"), who is every contact's other party."""
    after = a.norm[f.trigger.end : min(f.hi, f.trigger.end + EACH_OF_AFTER_CHARS)]
    if not has_cue(after, lexicon().each_of):
        return None
    named = sorted((v[1], k) for k, v in people.items() if v[1] > f.trigger.end)
    for n, (start, key) in enumerate(named):
        word_at = a.norm.rfind(" ", f.lo, start) + 1
        if n >= 2 and a.norm[word_at:start] in ("ب", "وب", "بال", "وبال"):  # "بالرئيس", "بنظيره"
            return key
    return None


def _joint(a: Article, f: Frame) -> bool:
    """The sentence says its contact brought its parties together ("اتصال جمع X وY وZ", "قمة ثلاثية",
    "مكالمة بين X وY وZ"): its list of people is the list of parties."""
    return has_cue(a.norm[f.lo : f.hi], lexicon().joint_contacts) or _between_list(a, f)


@lru_cache(maxsize=4)
def _joint_words(contacts: tuple[str, ...], calls: tuple[str, ...]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The joint-contact and joint-call cues, and those of them without "بين" (built once, not per frame)."""
    joint = contacts + calls
    return joint, tuple(w for w in joint if "بين" not in w)


@lru_cache(maxsize=8)
def _sorted_words(words: frozenset[str]) -> tuple[str, ...]:
    """A word set as a tuple (for ``any_written``), built once."""
    return tuple(sorted(words))


@lru_cache(maxsize=4)
def _phrases(words: tuple[str, ...]) -> tuple[str, ...]:
    """The cues of several words among ``words`` (built once, not per frame)."""
    return tuple(m for m in words if len(m.split()) > 1)


def _meets_hosts(a: Article, f: Frame, people: PeopleMap) -> bool:
    """ "التقت فيها الرئيس X ورئيسة الحكومة Y": one visitor meeting two or more leaders of one other
    country (its head of state and head of government) holds a meeting with each; guests of several
    countries received together ("استقبل X رؤساء A وB وC") stay one meeting."""
    if f.type != "meeting" or len(people) < 3 or has_cue(a.norm[f.lo : f.hi], lexicon().joint_contacts):
        return False
    keys = list(people)
    before = [k for k in keys if people[k][1] < f.trigger.word_start]
    after = [k for k in keys if people[k][1] >= f.trigger.word_start]
    if len(before) == 1 and len(after) >= 2:
        hub, others = before[0], after
    elif len(after) == 1 and len(before) >= 2:
        hub, others = after[0], before
    elif not before:  # "التقى X الرئيس Y ورئيس الحكومة Z": the verb's subject first
        hub, others = keys[0], keys[1:]
    else:
        return False
    countries = [people[k][0].country for k in others]
    hosts = Counter(c for c in countries if c and c != people[hub][0].country)
    return any(n >= 2 for n in hosts.values())


_BETWEEN = re.compile(WORD_START + r"بين\s+\S{0,3}$")  # "بين الرئيس": the key may start after "ال"


def _between_list(a: Article, f: Frame) -> bool:
    """ "مكالمة جرت الإثنين بين ميرتس وماكرون وزيلينسكي": the parties follow "بين" after the trigger."""
    first = next((e for e in f.entities if e.start >= f.trigger.end), None)
    return first is not None and _BETWEEN.search(a.norm, max(f.trigger.end, first.start - 12), first.start) is not None


def _status(f: Frame, date: DateMention | None, day: dt.date | None, pub: dt.date | None) -> EventStatus:
    """The frame's status; a reported contact dated after publication ("الثلاثاء المقبل") is planned."""
    # refused / hypothetical frames never get here (skipped in _drafts); the cast narrows the Literal
    status = cast(EventStatus, "reported" if f.status in ("refused", "hypothetical") else f.status)
    if status == "reported" and ((date and date.future) or (day and pub and day > pub)):
        return "planned"
    return status


_QUOTES = re.compile(r"[«»\"“”„‘’'‹›]")


@lru_cache(maxsize=4)
def _since_after(words: tuple[str, ...]) -> re.Pattern[str] | None:
    """ "بعد"/"منذ"/"عقب" (extract_words.yaml ``out_of_office_after``) right before a phrase, with و/ف."""
    if not words:
        return None
    return re.compile(WORD_START + r"(?:[وف]?(?:" + "|".join(re.escape(w) for w in words) + r"))\s+$")


def _out_of_office(a: Article, f: Frame) -> bool:
    """After the contact word, "بعد"/"منذ" + a phrase that puts a party out of office ("بعد مغادرة
    الأول منصبه"): the contacts meant are a former leader's, which make no event."""
    words = lexicon().out_of_office
    since = _since_after(lexicon().out_of_office_after)
    if since is None or not any_written(a.norm, words, f.trigger.end, f.hi):
        return False
    for m in cue_pattern(words).finditer(a.norm, f.trigger.end, f.hi):
        if since.search(a.norm, max(f.trigger.end, m.start() - 8), m.start()):
            return True
    return False


def _held_form(a: Article, f: Frame) -> bool:
    """The meeting word tells a meeting that took place: a past verb of meeting ("استقبل", "التقى",
    "تصافح") or the host "كان في استقبال" the guest (``held_meeting`` in extract_words.yaml)."""
    words = lexicon().status_more.get("held_meeting", ())
    if a.norm[f.trigger.word_start : f.trigger.end].lstrip("وف") in words:
        return True
    before = a.norm[max(f.lo, f.trigger.word_start - 40) : f.trigger.word_start].split()
    copulas = lexicon().status_more.get("past_copulas", ())
    return bool(before) and before[-1] == "في" and any(w.lstrip("وف") in copulas for w in before[-6:-1])


def _clause_before(a: Article, f: Frame) -> str:
    """The contact word's clause before it: back to the last comma or semicolon that does not touch
    a party's name or the frame's day ("يعقد الملك X، والرئيس Y، اليوم الثلاثاء، قمة ثلاثية": the
    verb "يعقد" opens the clause of "قمة")."""
    spans = [(e.start, e.end) for e in f.entities if f.lo <= e.start < f.trigger.word_start]
    if f.date is not None and f.lo <= f.date.start < f.trigger.word_start:
        spans.append((f.date.start, f.date.end))
    at = f.trigger.word_start
    while marks := list(CLAUSE_MARK.finditer(a.norm, f.lo, at)):
        m = marks[-1]
        touches = any(
            start < m.start() < end or not a.norm[end : m.start()].strip() or not a.norm[m.end() : start].strip()
            for start, end in spans
        )
        if not touches:
            return a.norm[m.end() : f.trigger.word_start]
        at = m.start()
    return a.norm[f.lo : f.trigger.word_start]


def _clause_after(a: Article, f: Frame) -> str:
    """The contact word's clause after it: up to the first comma or semicolon that is not inside a
    party's name, before one, or closing one a comma opened ("يلتقي الرئيس الأوكراني، فولوديمير
    زيلينسكي، نظيره الأمريكي جو بايدن الأسبوع المقبل": the commas of an appositive name end no clause)."""
    at = f.trigger.end
    names = sorted((e.start, e.end) for e in f.entities if at <= e.start < f.hi)
    while (m := CLAUSE_MARK.search(a.norm, at, f.hi)) is not None:
        inside = any(start < m.start() < end for start, end in names)
        later = [start for start, _ in names if start >= m.end()]
        opens = bool(later) and not a.norm[m.end() : later[0]].strip()
        closes = any(  # "نظيره، فلان، في ...": the comma that closes a name opened by one
            not a.norm[end : m.start()].strip() and _comma_before(a.norm, start)
            for start, end in names
            if end <= m.start()
        )
        if not (inside or opens or closes):
            return a.norm[f.trigger.end : m.start()]
        at = m.end()
    return a.norm[f.trigger.end : f.hi]


def _comma_before(text: str, at: int) -> bool:
    """Is the last character before ``at``, white space aside, a comma? (Read back from ``at``: not
    the whole text before it stripped, once per name and clause mark.)"""
    while at > 0 and text[at - 1].isspace():
        at -= 1
    return at > 0 and text[at - 1] in "،,"


def _more_status(a: Article, f: Frame) -> str:
    """Status cues read here beside ``frames.status_of`` (extract_words.yaml ``status_more``): "غير
    مخطط له", "لا نعلن عن" (the spokesman rules the contact out: denied, as the sets annotate it);
    "ربما"/"قد يلتقي"/"لقاء محتمل" (no contact: hypothetical); "بعدم استقباله" (ruled out: refused);
    "لم «يجر»" (a quote mark between the
    negation and its verb: denied); "طلب من X إجراء مكالمة" (planned);
    "زعم X أن ...، ونفى Y" (a claim denied in the same sentence)."""
    if f.status in ("reported", "denied", "unconfirmed", "planned") and _out_of_office(a, f):
        return "hypothetical"  # "نفى أي مكالمات بينهما بعد مغادرة الأول منصبه": a former leader's
    more = lexicon().status_more
    if (
        f.status in ("reported", "hypothetical")
        and f.type == "visit"
        and (
            _accepted_invitation(a.norm[f.lo : f.trigger.word_start]) or _accepted_later(a, f.sentence, f.lo, f.trigger)
        )
    ):
        return "planned"  # "قبل دعوة Y وأعلن أنه ينوي زيارة": an accepted invitation
    if f.status in ("reported", "planned") and _invited_to(a, f):
        return "hypothetical"  # "دعا X نظيره Y إلى زيارة باريس": an invitation, no contact yet
    if f.status != "reported":
        return f.status
    if not more:
        return f.status
    own = a.norm[f.trigger.word_start : f.trigger.end].split()
    if len(own) > 1 and any(w in more.get("planned_in_trigger", ()) for w in own[1:]):
        return "planned"  # "رحلته المقررة إلى", "القمة المرتقبة بينهما"
    before = a.norm[f.lo : f.trigger.word_start]
    after = a.norm[f.trigger.end : f.hi]
    head = after.split(None, 4)[:4]  # the first four words (split no further)
    head_after = head[:1]  # "لقاء يجمع X وY": a present verb right after the contact noun
    near = before.split()[-5:]
    clause = _clause_after(a, f)
    if has_cue(clause, more.get("not_planned_after", ())) or has_cue(" ".join(near), more.get("not_planned_after", ())):
        return "denied"  # "مكالمة بين X وY غير مخطط لها": the speaker rules the contact out
    if head_after and head_after[0].strip("،,").lstrip("وف") in more.get("future_after_contact", ()):
        return "planned"  # "الزيارة ستدوم يومين": the contact noun is the subject of a verb to come
    if has_cue(" ".join(head[:2]), more.get("maybe_after", ())):
        if set(head[:3]) & set(more.get("past_after_maybe", ())):
            return "unconfirmed"  # "اتصال محتمل جرى بعيدا عن الأضواء": said to have taken place, maybe
        return "hypothetical"  # "لقاء محتمل بين الرئيسين": a possibility, no contact
    whether = more.get("whether_cues", ())
    if whether and has_cue(before, whether):
        cue = list(cue_pattern(whether).finditer(a.norm, f.lo, f.trigger.word_start))
        if cue and len(CLAUSE_MARK.split(a.norm[cue[-1].end() : f.trigger.word_start])) == 1:
            if _unnamed_between(a, cue[-1].end(), f.trigger.word_start) <= WHETHER_WORDS:
                asked = a.norm[cue[-1].end() : f.trigger.word_start].split()
                if any(w.lstrip("وف") in more.get("whether_future", ()) for w in asked):
                    return "planned"  # "سئل عما إذا كان سيتم عقد لقاء": a contact on the agenda
                return "unconfirmed"  # "سئل عما إذا كان X وY قد تحدثا هاتفيا": asked, not told
    if near and near[-1] in more.get("negated_noun_before", ()):
        return "refused"  # "قرار بعدم استقباله": a contact ruled out, no event (as set E annotates it)
    absence = more.get("absence_before", ())
    if near and (near[-1] in absence or (len(near) >= 2 and near[-2] in absence and near[-1].startswith("ال"))):
        return "refused"  # "غياب الاتصالات", "الغياب الملحوظ لبرقيات": the contact did not take place
    if has_cue(" ".join(near), more.get("not_announced", ())):
        return "denied"  # "لا نعلن عن مكالمات": the spokesman confirms none
    maybe = more.get("maybe_before", ())
    verbs_now = more.get("maybe_verbs", ())
    word = a.norm[f.trigger.word_start : f.trigger.end]
    if near and near[-1] in maybe and (near[-1] != "قد" or word.lstrip("وف") in verbs_now):
        return "hypothetical"  # "قد يلتقي": a possibility ("قد التقى", "قد تحادثا" are past)
    if len(near) >= 2 and near[-2] in maybe and near[-1] in verbs_now:
        return "hypothetical"  # "ربما يجري اتصالا", "قد يجري اتصالا"
    if has_cue(" ".join(near[:-1]), _phrases(maybe)):
        return "hypothetical"  # "من المحتمل أن يجري اتصالا"
    bare = _QUOTES.sub(" ", a.norm[max(f.lo, f.trigger.word_start - 30) : f.trigger.end]).split()
    negs, verbs = more.get("negations", ()), more.get("negated_contact_verbs", ())
    if any(x in negs and y in verbs for x, y in zip(bare, bare[1:], strict=False)) and _QUOTES.search(
        a.norm, max(f.lo, f.trigger.word_start - 30), f.trigger.end
    ):
        return "denied"
    near_verbs = _unnamed_words_before(a, f.lo, f.trigger.word_start, PRESENT_VERB_WORDS)  # "فيصل" names no verb
    if _present_verb(word, near_verbs, verbs_now) and has_cue(clause, more.get("future_phrases", ())):
        return "planned"  # "يلتقي X Y الأسبوع المقبل": a present verb with a time to come
    own_clause = _clause_before(a, f)
    head = own_clause.split()[:1]  # the verb opening the contact word's clause
    head_at = f.trigger.word_start - len(own_clause.lstrip())
    present = _present_verb(word, near_verbs, verbs_now) or (
        bool(head) and _verb_form(a, head_at, head[0]) in verbs_now
    )
    present = present or (bool(head_after) and head_after[0].lstrip("وف") in more.get("present_after_contact", ()))
    if word.lstrip("وف") in verbs_now and has_cue(
        " ".join(CLAUSE_MARK.split(before)[-1].split()[:NOTE_OPENER_WORDS]), more.get("note_openers", ())
    ):
        return "planned"  # "يذكر أن X يزور القاهرة بدعوة من Y": the report's trip told in the present
    if present and _bare_weekday_to_come(a, f):
        return "planned"  # "يلتقي X Y الأحد في سوتشي": news tells a contact held with a past verb
    if present and _own_clause_day(a, f) and (_today_to_come(a, f, more) or _day_of_month_to_come(a, f)):
        return "planned"  # "يستقبل X اليوم Y", "يلتقي X Y في 20 مايو": the day's schedule, told ahead
    if _time_to_come_after(a, f, more):
        return "planned"  # "قبل زيارته إلى إسرائيل الأسبوع المقبل": the contact's own time, still to come
    if _trip_to_come_before(f, before, more):
        return "planned"  # "يصل X إلى كندا نهاية الأسبوع، في زيارة رسمية": the visit of a trip to come
    if word.lstrip("وف") in verbs_now and has_cue(CLAUSE_MARK.split(before)[-1], more.get("future_phrases", ())):
        return "planned"  # "يتوجه X إلى الجزائر الأسبوع المقبل حيث يلتقي Y": the time to come of its clause
    if present and _present_sentence(a, f.lo, before, verbs_now) and has_cue(before, more.get("future_phrases", ())):
        return "planned"  # "يشارك X في القمة الأسبوع المقبل، ويلتقي على هامشها Y": one time for both clauses
    if near and near[-1] in more.get("request_objects", ()) and has_cue(before, more.get("request_verbs", ())):
        return "planned"  # "طلب X من Y إجراء مكالمة"
    if _scheduled_before(before, more):
        return "planned"  # "جدول الأعمال المعلن للرئيس يتضمن لقاءات مع X": a schedule, still to come
    if (
        has_cue(before, more.get("claim_verbs", ()))
        and has_cue(after, more.get("denial_after", ()))
        and not content_told(a.norm, f.lo, f.trigger)
    ):
        return "denied"
    return f.status


# A schedule's present verb ("يتضمن", "يشمل") stands among the last this many words before the contact
# word ("يتضمن برنامج زيارته لقاء"), its schedule noun among the last SCHEDULE_WORDS, the subject's name
# and a place between ("جدول أعمال الرئيس X في الدوحة يشمل لقاء").
SCHEDULE_VERB_WORDS = 4
SCHEDULE_WORDS = 12


# A closing note's opener ("تجدر الإشارة إلى أن") is among the first this many words of the contact verb's clause.
NOTE_OPENER_WORDS = 5


def _scheduled_before(before: str, more: dict[str, tuple[str, ...]]) -> bool:
    """A schedule told in the present governs the contact word after it ("يتضمن جدول أعمال الرئيس
    لقاءات مع X", "برنامج الزيارة يشمل لقاء مع Y"): the contacts listed are still to come. "كان" in
    those words tells a schedule of the past ("كان برنامج الزيارة يتضمن"): left as it is."""
    words = [w.strip("،,:؛") for w in before.split()[-SCHEDULE_WORDS:]]
    words = [w for w in words if w]
    verbs = more.get("schedule_verbs", ())
    if not verbs or not any(w.lstrip("وف") in verbs for w in words[-SCHEDULE_VERB_WORDS:]):
        return False
    if any(w.lstrip("وف") in more.get("past_copulas", ()) for w in words):
        return False
    return has_cue(" ".join(words), more.get("schedule_nouns", ()))


def _bare_weekday_to_come(a: Article, f: Frame) -> bool:
    """The frame's own day is a bare weekday ("الأحد", not "الأحد الماضي") other than the publication
    day's, not the day of a statement: with a present verb it is the coming one, not the last
    (``_frame_date`` moves a planned contact's weekday after publication)."""
    d = f.date
    return (
        d is not None
        and d.basis == "weekday"
        and not d.past_marked
        and not d.said
        and d.date is not None
        and a.pub is not None
        and d.date != a.pub
    )


def _present_sentence(a: Article, lo: int, before: str, verbs_now: tuple[str, ...]) -> bool:
    """The sentence (``before`` starts at ``lo``) opens with a present verb ("يشارك", "ويتوجه"; "ي" opens
    no past verb)."""
    first = before.split()[:1]
    if not first:
        return False
    verb = _verb_form(a, lo + len(before) - len(before.lstrip()), first[0])
    return verb in verbs_now or verb[:1] == "ي"


def _verb_form(a: Article, at: int, word: str) -> str:
    """``word`` (written at ``at``) without its leading "و"/"ف", or "" when a person's name holds it:
    "فيصل" is no "ف" + "يصل", "وفيق" no "و" + "ف" + "يق"."""
    return "" if _in_name(a, at, at + 1) else word.lstrip("وف")


# A mention read back for a name over a word starts at most this many characters before it.
NAME_REACH_CHARS = 200


def _in_name(a: Article, lo: int, hi: int) -> bool:
    """Does a mention of the text cover part of ``a.norm[lo:hi]``? A name is no verb: the one test of
    ``_verb_form`` and ``_unnamed_words_before``."""
    return any(m.start < hi and lo < m.end for m in a.mentions.between(max(0, lo - NAME_REACH_CHARS), hi))


def _own_clause_day(a: Article, f: Frame) -> bool:
    """The frame's day and its contact word stand in one clause of the sentence: no relative pronoun
    and no other contact word between them ("استقبل X اليوم Y الذي يجري زيارة": the day is the
    reception's, the present verb the visitor's)."""
    d = f.date
    if d is None:
        return False
    lo, hi = min(d.end, f.trigger.end), max(d.start, f.trigger.word_start)
    if any(w in lexicon().relative_pronouns for w in a.norm[lo:hi].split()):
        return False
    return not any(lo <= t.start < hi and t.start != f.trigger.start for t in a.triggers.get(f.sentence, ()))


def _today_to_come(a: Article, f: Frame, more: dict[str, tuple[str, ...]]) -> bool:
    """The frame's own day is the publication day, by a relative word ("اليوم", "مساء اليوم") or by its
    weekday ("اليوم الأربعاء" on a Wednesday), not a statement's day nor "earlier today": with a present
    verb, the contact is on the day's schedule, still to come when the text was written."""
    d = f.date
    if d is None or d.said or d.past_marked or d.date is None or a.pub is None or d.date != a.pub:
        return False
    if d.basis not in ("today", "weekday"):
        return False
    return not has_cue(a.norm[d.start : d.end], more.get("earlier_today", ()))


# A day and month without a year, told with a present verb, is the coming one when it falls at most
# this many days after publication ("يلتقي X Y في 20 مايو" in a page of 15 May).
DAY_OF_MONTH_TO_COME_DAYS = 60


def _day_of_month_to_come(a: Article, f: Frame) -> bool:
    """The frame's own day is a day and month without a year that resolved before publication, while
    its next occurrence is a few days after it: with a present verb it is that coming day
    (``_frame_date`` moves a planned contact's day without a year to the next year)."""
    d = f.date
    if d is None or d.basis != "explicit" or d.said or d.past_marked or d.date is None or a.pub is None:
        return False
    if d.date >= a.pub or _YEAR.search(a.norm, d.start, d.end):
        return False
    return 0 < (_next_year(d.date) - a.pub).days <= DAY_OF_MONTH_TO_COME_DAYS


# A time to come ("الأسبوع المقبل") at most this many words after a contact noun is its own time.
TIME_TO_COME_WORDS = 4


def _time_to_come_after(a: Article, f: Frame, more: dict[str, tuple[str, ...]]) -> bool:
    """A contact noun ("زيارته", "اتصال") followed within a few words of its clause by a time still to
    come ("الأسبوع المقبل", "قريبا"), with no other contact word, relative pronoun or planning
    adjective between them (those give the time to something else: "القمة المقررة الأسبوع المقبل")."""
    phrases = more.get("future_phrases", ())
    end = min(f.hi, f.trigger.end + 80)
    if not phrases or not any_written(a.norm, phrases, f.trigger.end, end):
        return False
    words = a.norm[f.trigger.word_start : f.trigger.end].split()
    if not words or words[0][:1] in ("ي", "ت", "س") or words[0].lstrip("وف")[:1] in ("ي", "ت"):
        return False  # a verb: the present-verb rules read it
    m = cue_pattern(phrases).search(a.norm, f.trigger.end, end)
    if m is None or CLAUSE_MARK.search(a.norm, f.trigger.end, m.start()):
        return False
    between = a.norm[f.trigger.end : m.start()].split()
    if _unnamed_between(a, f.trigger.end, m.start()) > TIME_TO_COME_WORDS:
        return False
    lex = lexicon()
    stop = set(lex.relative_pronouns) | set(lex.occasion_openers)
    if any(w in stop for w in between):
        return False
    return not any(f.trigger.end <= t.start < m.start() for t in a.triggers[f.sentence])


# The visit word opens its clause after at most this many words ("، في زيارة", "، وذلك في زيارة").
TRIP_APPOSITION_WORDS = 2


def _trip_to_come_before(f: Frame, before: str, more: dict[str, tuple[str, ...]]) -> bool:
    """A visit word that opens a clause ("، في زيارة رسمية") after the sentence's trip clause, told with a
    present verb and a time still to come ("يصل X إلى كندا نهاية الأسبوع"): the visit is that trip's."""
    if f.type != "visit" or not CLAUSE_MARK.search(before):
        return False
    if len(CLAUSE_MARK.split(before)[-1].split()) > TRIP_APPOSITION_WORDS:
        return False
    opening = before.split()[:1]
    if not opening or opening[0].lstrip("وف") not in more.get("maybe_verbs", ()):
        return False
    return has_cue(before, more.get("future_phrases", ()))


# "عما إذا كان" + at most this many words outside the names before the contact word
WHETHER_WORDS = 3


def _unnamed_between(a: Article, lo: int, hi: int) -> int:
    """How many words between ``lo`` and ``hi`` lie outside every person mention (titles count as the
    mention's own words)."""
    spans = [(m.start, m.end) for m in a.mentions.between(max(0, lo - 200), hi) if m.end > lo]
    count = 0
    for w in re.finditer(r"\S+", a.norm[lo:hi]):
        x, y = lo + w.start(), lo + w.end()
        if not any(s < y and x < e for s, e in spans):
            count += 1
    return count


def _invited_to(a: Article, f: Frame) -> bool:
    """The visit or meeting word is what an invitation before it in the sentence is to ("إلى زيارة",
    "لزيارة", "للقاء"), or a visit to come that someone welcomes ("ترحيبه بزيارة X"), and neither the sentence nor the next ones tell the invitation accepted."""
    if f.type not in ("visit", "meeting"):
        return False
    lex = lexicon()
    more = lex.status_more
    before = a.norm[f.lo : f.trigger.word_start]
    words = before.split()
    governed = a.norm[f.trigger.word_start : f.trigger.start] in lex.li_clitics or (
        bool(words) and words[-1] in more.get("invitation_purpose_words", ())
    )  # "لزيارة", "إلى زيارة", "للقيام بزيارة"
    welcomed = (
        (f.status == "planned" or has_cue(a.norm[f.trigger.end : f.hi], more.get("welcome_soon_words", ())))
        and a.norm[f.trigger.word_start : f.trigger.start] in lex.bi_clitics
        and bool(words)
        and words[-1].strip("،,") in more.get("welcome_words", ())
    )  # "ترحيبه بزيارة X القاهرة في أقرب فرصة": welcoming a visit to come invites it
    return (
        (governed or welcomed)
        and (welcomed or has_cue(before, more.get("invitation_words", ())))
        and not _accepted_invitation(before)
        and not _accepted_later(a, f.sentence, f.lo, f.trigger)  # "... لزيارة أبوظبي. وأعلن Y قبول الدعوة"
    )


# An accepting verb stands at most this many words before the invitation ("قبل الملك عبد الله دعوة").
ACCEPT_WORDS_BEFORE = 6


def _accepted_invitation(before: str) -> bool:
    """The text before a visit or meeting word tells an invitation accepted: a phrase of
    ``accepted_invitation`` ("قبل دعوة"), or an accepting verb ("قبل", "لبى", "وافق") with the
    accepting leader's titles and name between it and the invitation word ("وقبل الملك عبد الله دعوة
    الرئيس لزيارة القاهرة")."""
    more = lexicon().status_more
    if has_cue(before, more.get("accepted_invitation", ())):
        return True
    accept, invitation = more.get("accept_verbs", ()), more.get("invitation_nouns", ())
    words = [w.strip("،,") for w in before.split()]
    for i, w in enumerate(words):
        if w in invitation or w.removeprefix("و") in invitation:
            near = words[max(0, i - ACCEPT_WORDS_BEFORE) : i]
            return any(bare_or_conjoined(x, accept) for x in near)
    return False


# An invitation is told accepted at most this many sentences after it.
ACCEPTED_LATER_SENTENCES = 2


def _accepted_later(a: Article, sentence: int, lo: int, t: Match) -> bool:
    """An invitation to visit ("جدد X دعوة Y لزيارة الإمارات") that the rest of its sentence or one of
    the next sentences tells accepted ("وعد بتلبية الدعوة", "قبل الدعوة"), naming no other contact: a
    visit to come."""
    more = lexicon().status_more
    if not has_cue(a.norm[lo : t.word_start], more.get("invitation_words", ())):
        return False
    if _accepted_invitation(a.norm[t.end : a.sentences[sentence][1]]):
        return True  # "... لزيارة باريس، ووعد بتلبيتها", "...، وقد قبل الرئيس X الدعوة": later in its sentence
    for j in range(sentence + 1, min(len(a.sentences), sentence + 1 + ACCEPTED_LATER_SENTENCES)):
        if a.is_trigger_sentence(j):
            return False
        lo, hi, _ = a.sentences[j]
        if has_cue(a.norm[lo:hi], more.get("accepted_invitation", ())):
            return True
    return False


# The present verb stands at most this many words before a contact noun ("يجري الرئيس X اتصالا").
PRESENT_VERB_WORDS = 5


def _unnamed_words_before(a: Article, lo: int, at: int, k: int) -> list[str]:
    """The last ``k`` words of ``a.norm[lo:at]`` outside every person mention: a name is no verb
    ("فيصل" is also "ف" + "يصل")."""
    return [w.group() for w in last_word_spans(a.norm, lo, at, k) if not _in_name(a, w.start(), w.end())]


def _present_verb(word: str, near: list[str], verbs: tuple[str, ...]) -> bool:
    """The contact word is a present verb ("يلتقي"), or one stands in the few words before it."""
    return word.lstrip("وف") in verbs or any(w.lstrip("وف") in verbs for w in near[-PRESENT_VERB_WORDS:])


def _without_carriers(a: Article, f: Frame) -> Frame:
    """A message word right after a carrier's word ("حاملا رسالة X إلى Y", "لتسليم رسالة من X"): the
    people named before it carry the message and are no parties of it."""
    if f.type != "message":
        return f
    after = a.norm[f.trigger.end : f.trigger.end + 24].strip()
    if any(after.startswith(w) for w in lexicon().carrier_after):  # "الرسالة التي حملها من X إلى Y"
        kept = [e for e in f.entities if e.start >= f.trigger.end]
        return dataclasses.replace(f, entities=kept) if len(kept) >= 2 else f
    words = re.findall(r"\S+", a.norm[max(f.lo, f.trigger.word_start - 30) : f.trigger.word_start])
    if not words or words[-1] not in lexicon().carrier_words:
        return f
    carrier_at = f.trigger.word_start - len(words[-1]) - 1
    kept = [e for e in f.entities if e.start >= carrier_at]
    return dataclasses.replace(f, entities=kept) if len(kept) < len(f.entities) else f


def _joined_contact(a: Article, f: Frame, people: PeopleMap, day: dt.date | None) -> PeopleMap:
    """ "عقد المجلس اجتماعا مع الوزير X. وناقش الاجتماع ... وترأس الاجتماع الوزير Y وشارك فيه Z": the
    contact word points back ("الاجتماع") at the contact of a sentence just before (with the same
    contact word) that named one person only, its other side an organisation or a delegation: that
    person is one more party of the people named here."""
    if not refers_back(a, f):
        return people
    for index in range(f.sentence - 1, max(-1, f.sentence - 1 - JOINED_SENTENCES), -1):
        lo, _, _ = a.sentences[index]
        if not any(t.entry.value == f.type for t in a.triggers_of(lo)):
            return people
        before = people_before(a, dataclasses.replace(f, sentence=index + 1), day)
        if before:
            (key,) = before if len(before) == 1 else (None,)
            return {key: before[key], **people} if key is not None and key not in people else people
    return people


# A sentence that points back at a contact stands at most this many sentences after the one that told it.
JOINED_SENTENCES = 2


def _measured_from_told(a: Article, f: Frame) -> bool:
    """The sentence counts a time from the contact told before ("وقبل الزيارة بأيام، وصف X الزيارة بأنها
    ...", "بعد اللقاء بساعات"): "قبل/بعد" + the contact noun with the article + a span
    (``status_more.span_after_contact``), and every other contact word of its type in the sentence is
    that noun again with the article: the contact of the report, no other one."""
    more = lexicon().status_more
    spans = more.get("span_after_contact", ())
    times = {*lexicon().contact_time_before, *lexicon().contact_time_after}
    same = [t for t in a.triggers.get(f.sentence, []) if t.entry.value == f.type]
    measured = False
    for t in same:
        written = a.norm[t.word_start : t.end]
        if not written.removeprefix("و").startswith("ال") or " " in written:
            return False  # a possessed, named or indefinite contact word may be another contact
        before = a.norm[max(0, t.word_start - 8) : t.word_start].split()[-1:]
        after = a.norm[t.end : t.end + 12].split()[:1]
        if before and before[0].lstrip("و") in times and after and after[0].strip("،,") in spans:
            measured = True
    return measured


def _drafts(a: Article, frames: list[Frame]) -> list[Draft]:
    drafts = Drafts()
    trips: list[tuple[Frame, Draft]] = []  # planned visits that name the visitor only
    headline: dict[str, DateMention] = {}  # the day a headline gives its contact, by type
    told_present: set[str] = set()  # ... when the headline tells it in the present ("X يستقبل Y الأحد")
    told: set[str] = set()  # the types of contact the body told so far
    headline_caller: dict[str, str | None] = {}  # the caller a headline presents ("X يتلقى اتصالا من Y")
    for f in frames:
        f = without_other_contacts(a, _without_carriers(a, f))
        more = _more_status(a, f)
        if more != f.status:  # frames are never changed in place: share the unchanged one
            f = dataclasses.replace(f, status=more)  # type: ignore[arg-type]
        if f.heading and f.date is not None and _headline_day(a, f):
            if f.status != "reported" and _CALLS.get(f.type, f.type) not in headline:
                told_present.add(_CALLS.get(f.type, f.type))
            headline.setdefault(_CALLS.get(f.type, f.type), f.date)
        if (
            f.heading
            and f.status == "reported"
            and f.type in ("phone_call", "video_call")
            and "call" not in headline_caller
        ):
            _, head_spans = frame_people(a, f, a.pub)
            headline_caller["call"] = _caller(a, f, head_spans)
        if f.heading or f.status in ("refused", "hypothetical"):  # declined, tried in vain, only wished
            continue
        if _public_post(a, f):  # "وجه رسالة عبر حسابه على منصة إكس": a public post, no contact
            continue
        if _visit_discussed(a, f):  # "بحثا زيارة الأخير إلى إسرائيل": the topic of talks, no trip
            continue
        if _CALLS.get(f.type, f.type) in told and _measured_from_told(a, f):
            continue  # "وقبل الزيارة بأيام، وصف X الزيارة بأنها ...": the contact told before
        if _non_leader_pair(a, f):  # "كان وزيرا اقتصاد البلدين قد أجريا لقاء": no leaders' contact
            continue
        if _with_counterparts(a, f):  # "اجتماع تشاوري مع نظرائهما العرب": a gathering of many
            continue
        if _body_gathering(a, f):  # "الاجتماع الاستثنائي لوزراء الخارجية": a body's gathering
            continue
        date = _frame_date(a, f, drafts)
        if date is None and f.status == "reported":
            date = (
                _referred_date(a, f, drafts)
                or _setting_date(a, f)
                or _follow_on_date(a, f, drafts)
                or (
                    _headline_date(f, told, headline)
                    if _CALLS.get(f.type, f.type) not in told_present or _held_form(a, f)
                    else None
                )
                or _history_date(drafts)
            )
        trip_day = _during_trip(a, f, trips)
        if trip_day is not None:  # "يلتقي خلال الزيارة": a meeting of the trip to come, on its day
            f = dataclasses.replace(f, status="planned")
            date = date if date and date.date else trip_day
        day = date.date if date and date.date else a.pub
        people, spans = frame_people(a, f, day)
        earlier = bool(drafts.shared)
        named = people
        core = core_parties(a, f, people)
        # "كما حضر اللقاء Z": who else was at the contact just reported (also after "في": "شارك في الاجتماع")
        attended = attended_contact(a, f, core, drafts, day) if earlier else None
        told_again = earlier and back_reference(a, f) and not _carrier_reception(a, f)
        people = attended or ({} if told_again else core)
        people = without_successors(a, without_attendees(a, f, timing_contact_parties(a, f, people), day), day)
        if _told_before(a, f, people, drafts):
            continue
        prior = prior_contact(a, f, named, people)
        if not earlier and len(people) >= 2:
            people = _joined_contact(a, f, people, day)
        if len(people) < 2 and that_came(a, f):  # "جاء ذلك في اتصال هاتفي": the sentence before
            before = people_before(a, f, day)
            if f.type == "meeting" and before and not _same_type_before(a, f):
                # "تسلم X رسالة من Z. جاء ذلك خلال لقائه Y": the first-named one's meeting with Y,
                # never a meeting of the message's two ends
                first = min(before, key=lambda k: before[k][1])
                before = {first: before[first]}
            people = {**before, **people}  # the frame's own party ("أجراه مع Y") joins them
            # their mentions there are where the caller of "اتصال أجراه / تلقاه" is read
            seen = {key for _, _, key in spans}
            spans = sorted(spans + [(x, y, key) for key, (_, x, y) in people.items() if key not in seen and x < f.lo])
        similar_hub = None
        if len(people) < 2 or f.type == "message":
            similar = similar_contact(a, f, people, drafts)
            similar_hub = similar_receiver(people, similar) if similar else None
            people = similar or people
        if len(people) < 2 and not earlier:
            people = lead_parties(a, f, people, day) or people
        if len(people) == 1:  # also after other contacts ("كما أجرى الملك Y اتصالا للاطمئنان على صحة Z")
            people = health_asked(a, f, people, day) or people
        if not people:
            people = _recalled_meeting(a, f, date, drafts) or people
        if len(people) < 2:
            pair = pair_reference(a, f, drafts, day)
            if pair is not None and set(people) <= set(pair):  # nobody outside the pair is named
                people = pair
        if people and not earlier:
            people = _listed_after(a, f, people, drafts) or people
        if len(people) == 1 or (len(people) > 1 and set(people) <= set(named)):
            people = pronoun_subject(a, f, people, drafts, day) or people
            seen = {key for _, _, key in spans}  # "كما أجرى الرئيس اتصالا": the title is the caller's mention
            spans += [(x, y, key) for key, (_, x, y) in people.items() if key not in seen and f.lo <= x < f.hi]
        if len(people) >= 2 and _one_side_after_with(a, f, people):
            continue  # "لقاءات عقدها المبعوث مع الرئيس A ووزير B": the others met one subject, not each other
        if f.type == "meeting" and len(people) >= 2 and _non_leader_subject(a, f, people):
            continue  # "التقى المبعوث X الرئيس A، ثم الرئيس B": each leader met the envoy
        met = _visitor_met(a, f, people, trips) if people and f.type == "meeting" else None
        if met is None and len(people) == 1 and f.type == "meeting":
            people = _guest_met(a, f, people, drafts) or people
        people = met or people
        # the day of the trip the visitor's meetings to come are told in, taken before the first of
        # them turns that trip into its visit (``_trip_of_meeting``): each meeting without a day has it
        trip_day = trips[-1][1].date if met is not None else None
        if date is None and f.status == "reported" and f.type == "meeting" and not f.background_cue:
            date = _arrival_day(a, f, people, trips)  # "وصل X أمس إلى القاهرة. واستقبله Y في المطار"
            day = date.date if date and date.date else day
        if f.type == "visit" and people and _envoy_of(a, f, people):
            continue  # "بتكليف من الرئيس X غادر مبعوثه ... متوجها إلى": the envoy's trip
        if f.type == "visit" and len(people) >= 2 and _host_elsewhere(a, f, people):
            continue  # "مؤتمر بالفيديو بين X وY بعد زيارة X للهند": a trip to a country neither leads
        if len(people) == 1 and f.type == "visit" and f.status in ("planned", "reported") and not f.background_cue:
            status, background, basis = _dating(a, f, date)
            if status in ("planned", "reported") and not background:
                trip = Draft("visit", status, background, people, date if date and date.date else None, basis)
                trips.append((f, trip))
        caller = _initiative_side(a, f, people) or _asked_to_call(a, f, people) or _caller(a, f, spans)
        called = _called(a, f, spans) if caller is None else None
        separate = _separate(a, f) or _meets_hosts(a, f, people)
        counted = _counted(a, f)
        shared = _each_of_object(a, f, people) if counted and len(people) > 2 else None
        if shared is None and len(people) > 2:
            shared = _each_of_callers(a, f, people)
        if shared is None and similar_hub is not None:
            shared, caller = similar_hub, None  # "وبعث A وB ببرقيتين مماثلتين": one each to the receiver
        callee = _pronoun_object_hub(a, f, people) if shared is None else None
        if callee is not None:
            shared, caller = callee, None  # "اتصل به A وB": each one called the hub
        if shared is not None:  # "هنأ كل من A وB الرئيس C في اتصالين": one contact each with C
            groups = [{shared: people[shared], k: v} for k, v in people.items() if k != shared]
        else:
            groups = _groups(a, f, people, separate, caller, counted)
        if prior:  # "بعد مباحثات أجراها في شكل منفصل مع X وY": the subject's other contacts
            hub = hub_of(people, f.trigger.word_start, caller) if len(people) > 1 else next(iter(people))
            groups += participant_groups({hub: people[hub], **prior}, True, f.trigger.word_start, None)
        for group in groups:
            if domestic(a, group, day):  # one government's people: no diplomatic contact
                continue
            own = _own_date(a, f, group, groups, date) if len(groups) > 1 else date
            if trip_day is not None and not (own and own.date):
                own = trip_day  # "يتوجه X غدا إلى طهران ... يلتقي خلالها Y وZ": the trip's day
            status, background, basis = _dating(a, f, own)
            later = _later_clause(a, f, group, groups) if status == "reported" and len(groups) > 1 else None
            if later is not None:
                # "، ويجتمع لاحقا مع C": met later, on a day the clause names, else the publication's
                own = own if own is not None and own.date and own.start >= later else None
                status, background, basis = _dating(a, f, own)
                status = "planned"
            d = Draft(f.type, status, background, group, own if own and own.date else None, basis)
            d.explicit_day = bool(own and own.date and own.basis == "explicit")
            d.split = len(group) < len(people)
            d.joint = len(group) > 2 and _joint(a, f)
            d.refers_back = refers_back(a, f)
            d.held = status == "reported" and not background and _held_form(a, f)
            d.purpose = a.norm[f.trigger.word_start : f.trigger.start].lstrip("وف").startswith("ل")
            d.day_background = background and not f.background_cue and not _pluperfect_subject(a, f)
            d.needs_publication = a.pub is None and not (own and own.date)
            d.vague_day = not (own and own.date) and vague_after(a.norm, f.trigger.end, f.hi)
            d.triggers.append(f.trigger)
            d.sentences.append(f.sentence)
            pair_caller = _pair_caller(a, f, spans, caller, group) if len(group) < len(people) else caller
            if pair_caller is None and caller is None and len(group) == 2 < len(people) and _received(a, f):
                pair_caller = list(group)[1]  # "تلقى X سلسلة من الاتصالات من A وB": each caller phoned X
            if pair_caller is None and callee in group and len(group) == 2:
                pair_caller = next(k for k in group if k != callee)  # "اتصل به A وB": A called, B called
            if pair_caller is None and caller is None and len(group) == 2 and called in group:
                pair_caller = next(k for k in group if k != called)  # "أنه أجرى مكالمة مع X": the other one
            d.initiators.append(pair_caller)
            for src, lo, hi in f.sources:
                d.sources.setdefault(src.name_en, (src, lo, hi))
            for label, lo, hi in f.topics:
                d.topics.setdefault(label, (lo, hi))
            if _plan_of_told_meeting(a, f, d, drafts):
                continue
            merge_or_add(drafts, d)
            told.add(_CALLS.get(d.type, d.type))
            visit = _trip_of_meeting(f, d, trips, met is not None)
            if visit is not None:
                merge_or_add(drafts, visit)
    for trip_frame, trip in trips:  # trips no meeting sentence gave a host: the host by the destination
        visit = _trip_to_host(a, trip_frame, trip, drafts)
        if visit is not None and not _trip_told_on(visit, drafts):
            merge_or_add(drafts, visit)
    _headline_caller(drafts, headline_caller.get("call"))
    return fold_neutral_talks(_visits_met(a, drafts), lexicon().medium_neutral_talks)


def _plan_of_told_meeting(a: Article, f: Frame, d: Draft, drafts: Drafts) -> bool:
    """ "استقبل X Y ... وسيلتقي Y الرئاسات الثلاث": a meeting of two leaders still to come, with no day
    of its own (none, or the day of the meeting told), told after the article reported their meeting
    on that day: the plan of the contact told, not a second one; unless a word says it is another
    ("سيلتقيان مجددا"). A trip reported that day with its meeting to come ("وصل اليوم في زيارة يلتقي
    خلالها Y") keeps its planned meeting: the sets annotate it both ways."""
    if d.type != "meeting" or d.status != "planned" or d.background or len(d.participants) != 2:
        return False
    day = d.date.date if d.date and d.date.date else a.pub
    for e in drafts.shared:
        if e.type != "meeting" or e.status != "reported" or e.background:
            continue
        if set(e.participants) != set(d.participants):
            continue
        if (e.date.date if e.date and e.date.date else a.pub) == day:
            return not has_cue(a.norm[f.lo : f.hi], lexicon().again_words)
    return False


def _recalled_meeting(a: Article, f: Frame, date: DateMention | None, drafts: list[Draft]) -> PeopleMap | None:
    """An earlier summit recalled in a sentence that names nobody ("وكانت القمة الأخيرة للدول الثلاث
    قد عقدت في أنقرة في ..."): a meeting of the group of the latest contact told before, when the
    sentence refers to that group ("الدول الثلاث", "البلدين", "الزعيمين") and tells the summit as an
    earlier one (a background cue, or a day before publication)."""
    lex = lexicon()
    if (
        f.type != "meeting"
        or a.norm[f.trigger.word_start : f.trigger.end].removeprefix("و") not in lex.recalled_meetings
    ):
        return None
    earlier = bool(date and date.date and a.pub and date.date < a.pub)
    if not (f.background_cue or earlier):
        return None
    if not has_cue(a.norm[f.lo : f.hi], lex.group_references + lex.pair_references):
        return None
    latest = next((d for d in reversed(drafts) if len(d.participants) >= 2 and not d.background), None)
    return dict(latest.participants) if latest else None


# A trip's meeting may fall on a later day of the trip than its arrival ("يصل اليوم ... ويعقد غدا قمة").
TRIP_DAYS = 3


def _visits_met(a: Article, drafts: list[Draft]) -> list[Draft]:
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
    came_on = visit.date.date if visit.date else None
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
    after publication and at most ``TRIP_WEEK_DAYS`` later."""
    if visit.status != "planned" or a.pub is None or not 0 <= (day - a.pub).days <= TRIP_WEEK_DAYS:
        return False
    phrases = lexicon().trip_week_phrases
    return any(has_cue(a.norm[a.sentences[s][0] : a.sentences[s][1]], phrases) for s in visit.sentences)


# The destination is named at most this many words after the visit word ("سيزور تركيا", "سيقوم
# بزيارة دولة إلى المغرب").
DESTINATION_WORDS = 5
_DESTINATION_CLITICS = ("ب", "ل", "و")


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
    for w in words:
        word = w.group().strip("،,.")
        for form in (word, *(word[len(c) :] for c in _DESTINATION_CLITICS if word.startswith(c))):
            code = a.ref.capitals.get(form)
            if code is not None:
                return code
    return None


def _host_elsewhere(a: Article, f: Frame, people: PeopleMap) -> bool:
    """A visit word whose destination is named ("بعد زيارة الرئيس بوتين للهند", "زيارته إلى أسمرا")
    while no party of its sentence is of that country: the trip is to a host the sentence does not
    name, and the leaders named with it are parties of another contact ("مؤتمر بالفيديو بين بوتين
    وبايدن بعد زيارة بوتين للهند"), not the visit's host. Only when every party has a country (a head
    of an organisation may receive a visitor anywhere)."""
    countries = {person.country for person, _, _ in people.values()}
    if None in countries:
        return False
    dest = _destination(a, f, f.trigger.end) or _destination_before(a, f)
    if dest is None or dest in countries:
        return False
    # a capital of a party's country around the visit word may be the destination: "عمان" is Amman as well
    # as Oman ("وصل X إلى العاصمة الأردنية عمان في زيارة يستقبله خلالها الملك")
    before = [w.group() for w in last_word_spans(a.norm, f.lo, f.trigger.word_start, DESTINATION_BEFORE_WORDS)]
    after = a.norm[f.trigger.end : f.hi].split()[:DESTINATION_WORDS]
    words = {w.strip("،,.") for w in before + after}
    words |= {w[len(c) :] for w in words for c in _DESTINATION_CLITICS if w.startswith(c)}
    return not any(a.ref.capitals.get(w) in countries for w in words)


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


def _meeting_of_trip(a: Article, f: Frame, d: Draft, trip: Draft) -> bool:
    """A meeting told as the trip's: in the trip's sentence ("يجري X زيارة ... من أجل عقد لقاء مع Y"),
    or in one of the next sentences that names the visit ("ويجري خلال الزيارة مباحثات مع Y") or that
    dates the meeting on the arrival's own day, both told by a day word ("وصل X إلى أثينا ظهر اليوم في
    زيارة ... ويجري X عصر اليوم مباحثات مع Y")."""
    if d.type != "meeting":
        return False
    same_day = (
        trip.date is not None
        and d.date is not None
        and trip.date_basis != "published"
        and d.date_basis != "published"
        and trip.date.date == d.date.date
    )
    return any(
        j == f.sentence
        or (
            0 < j - f.sentence <= TRIP_MEETING_SENTENCES
            and (same_day or any(t.entry.value == "visit" for t in a.triggers.get(j, [])))
        )
        for j in d.sentences
    )


def _trip_to_host(a: Article, f: Frame, trip: Draft, drafts: list[Draft]) -> Draft | None:
    """A visit told with its visitor only ("وأعلن الكرملين أن بوتين سيزور تركيا الشهر المقبل", "توجه X
    اليوم إلى أسمرا في زيارة رسمية") to the country of exactly one party of the article's other
    contacts (the leader called or met there, "أردوغان"): that leader hosts the visit. A trip made
    takes its host from a meeting told as the trip's only (``_meeting_of_trip``; a call tells nothing
    of a trip, "كلف X مستشاره بزيارة طهران"),
    never when recalled in the pluperfect: with its meeting told it joins it (``_visits_met``), with its
    meeting still to come it stays a visit ("توجه X إلى أسمرا في زيارة ... ومن المقرر أن يجري خلالها
    مباحثات مع Y")."""
    made = trip.status == "reported"
    if made and _pluperfect(a, f.lo, f.trigger):
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
        if len(d.participants) >= 2 and visitor in d.participants and (not made or _meeting_of_trip(a, f, d, trip))
        for key, value in d.participants.items()
        if key != visitor and value[0].country == dest
    }
    if len(hosts) != 1:
        return None
    # a trip whose meeting is told joins it (``_visits_met``): one meeting
    visit = dataclasses.replace(trip, participants={**trip.participants, **hosts})
    visit.explicit_day = bool(trip.date and trip.date.basis == "explicit")
    visit.triggers, visit.sentences, visit.initiators = [f.trigger], [f.sentence], [None]
    visit.sources = {src.name_en: (src, lo, hi) for src, lo, hi in f.sources}
    return visit


# A non-leader's title stands at most this many words before the leader it serves ("المبعوث الخاص للسلطان").
ENVOY_WORDS = 3


def _envoy_of(a: Article, f: Frame, people: PeopleMap) -> bool:
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


def _trip_told_on(trip: Draft, drafts: list[Draft]) -> bool:
    """A trip made ("غادر X القاهرة متوجها إلى الجزائر") and, in later sentences, the visit of the same
    people told with a plan ("ومن المنتظر أن تشهد الزيارة لقاء مع Y"): the plan is of what happens
    during the trip, the visit is the one made. That later visit takes the trip's status and day (so
    that its meeting to come stays a contact of its own, ``_visits_met``). Returns whether it did."""
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


def _headline_caller(drafts: list[Draft], caller: str | None) -> None:
    """The caller a headline presents ("العاهل الأردني يتلقى اتصالا من الرئيس المصري") votes for the
    body's first call when no body sentence names one ("بحث X وY هاتفيا")."""
    if caller is None:
        return
    first = next((d for d in drafts if d.type in ("phone_call", "video_call") and len(d.participants) >= 2), None)
    if first is not None and caller in first.participants and not any(first.initiators) and not first.background:
        first.initiators.append(caller)


# A meeting to come told at most this many sentences after a trip that names its visitor only.
TRIP_MEETING_SENTENCES = 2


def _during_trip(a: Article, f: Frame, trips: list[tuple[Frame, Draft]]) -> DateMention | None:
    """A meeting told with a present verb of a meeting to come ("يلتقي خلال الزيارة رئيس ...") in the
    sentences right after a trip still to come, told with its visitor only: that trip's meeting, a
    planned one. Returns the trip's date (None when no such trip)."""
    if f.type != "meeting" or f.status != "reported" or not trips or not meeting_to_come(a.norm, f.trigger):
        return None
    trip_frame, trip = trips[-1]
    if trip.status != "planned" or not 0 < f.sentence - trip_frame.sentence <= TRIP_MEETING_SENTENCES:
        return None
    return trip.date


def _arrival_day(a: Article, f: Frame, people: PeopleMap, trips: list[tuple[Frame, Draft]]) -> DateMention | None:
    """A meeting told without a day of its own in the sentences right after an arrival, told with its
    visitor only, a past verb of arrival and its day ("وصل X مساء أمس إلى القاهرة في زيارة رسمية.
    واستقبله Y في المطار، ثم عقدا جلسة مباحثات"): news tells the arrival and then what the visitor
    did on it; a meeting of the visitor takes the arrival's day. The nearest trip only; not a trip
    told in a return ("عاد X اليوم بعد جولة بدأها بزيارة لباريس": that day is the return's); a
    meeting with a day of its own ("ويلتقي غدا") never asks."""
    if not trips or _pluperfect_subject(a, f) or vague_after(a.norm, f.trigger.end, f.hi):
        return None  # "وكان الملك قد التقى Y قبل شهرين": an earlier meeting, not the arrival's
    trip_frame, trip = trips[-1]
    if not 0 < f.sentence - trip_frame.sentence <= TRIP_MEETING_SENTENCES:
        return None
    if trip.status != "reported" or trip.background or trip.date is None or not trip.date.date or trip.date.said:
        return None
    arrived = lexicon().status_more.get("arrived_verbs", ())
    words = a.norm[trip_frame.lo : trip_frame.trigger.word_start].split()
    if not any(w in arrived or w.removeprefix("و") in arrived for w in words):
        return None
    ((visitor, _),) = trip.participants.items()
    return trip.date if visitor in people and len(people) >= 2 else None


def _visitor_met(a: Article, f: Frame, people: PeopleMap, trips: list[tuple[Frame, Draft]]) -> PeopleMap | None:
    """A meeting to come naming one leader, its subject dropped, in the sentences right after a trip
    told with its visitor only ("يصل X غدا إلى باريس في زيارة دولة. ومن المقرر أن يلتقي الرئيس Y"):
    the visitor meets that leader, a leader of another country; so with several leaders of that one
    other country ("يلتقي خلالها رئيس الجمهورية Y ووزير الخارجية Z": a meeting with each,
    ``_meets_hosts``)."""
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


def _same_type_before(a: Article, f: Frame) -> bool:
    """The sentence before tells a contact of the frame's own type ("التقى X Y. جاء ذلك في لقاء ...")."""
    return f.sentence > 0 and any(t.entry.value == f.type for t in a.triggers.get(f.sentence - 1, []))


def _one_side_after_with(a: Article, f: Frame, people: PeopleMap) -> bool:
    """Every party stands in one list after one "مع" past the contact word, each after the first
    joined by "و" ("زيارته جاءت بعد لقاءات عقدها مع الرئيس A ووزير الخارجية B"), and nobody of the
    sentence before it is named: the list is one side of contacts whose other side, the subject,
    is no leader (or not named); its members did not meet each other."""
    starts = sorted(v[1] for v in people.values())
    if starts[0] < f.lo or starts[-1] >= f.hi:
        return False
    withs = [m for m in _WITH_WORD.finditer(a.norm, f.trigger.end, starts[0])]
    if not withs or len(a.norm[withs[-1].end() : starts[0]].split()) > 3:
        return False  # "مع" right before the first party (its title, or "كل من", between)
    if _WITH_WORD.search(a.norm, withs[-1].end(), starts[-1]) or re.search(r"\bبين\b", a.norm[f.lo : starts[-1]]):
        return False
    if a.mentions.between(a.sentences[f.sentence][0], withs[-1].start()):
        return False  # "قال بوتين إنه سيلتقي مع A وB": the subject named before, a clause earlier
    if not a.norm[a.sentences[f.sentence][0] : f.trigger.word_start].strip(' \n"«،,.و'):
        return False  # "سيلتقي خلال القمة مع A وB": a verb that opens its sentence, its subject the one told before
    for start in starts[1:]:
        before = a.norm[max(f.lo, start - 8) : start].split()
        if not before and a.norm[start - 1 : start] != "و":
            return False
        if before and not (before[-1].startswith("و") or a.norm[start - 1 : start] == "و"):
            return False
    return True


def _non_leader_subject(a: Article, f: Frame, people: PeopleMap) -> bool:
    """A meeting sentence that opens with a subject who is no leader ("التقى المبعوث الأممي X اليوم
    الرئيس A، ثم التقى الرئيس B", "وصل وزير الدفاع X إلى عمان حيث التقى الملك A، قبل أن يلتقي
    الرئيس B"): a title of ``non_leader_actors`` or ``non_leader_titles`` among the sentence's first
    words, before every party, and no verb of saying between it and the meeting word (a statement
    about others' meeting: "قال السفير إن A سيلتقي B")."""
    lex = lexicon()
    lo, hi, _ = a.sentences[f.sentence]  # the sentence's own start (a frame may open at a later clause)
    words = list(re.finditer(r"\S+", a.norm[lo : min(hi, lo + 80)]))[: lex.non_leader_subject_words + 2]
    if not words:
        return False
    head_end = lo + words[-1].end()
    first_party = min((v[1] for v in people.values() if v[1] >= lo), default=hi)
    titles = lex.non_leader_actors + lex.non_leader_titles
    if not any_written(a.norm, titles, lo, head_end):
        return False
    m = cue_pattern(titles).search(a.norm, lo, head_end)
    if m is None or m.start() >= first_party:
        return False
    if len(a.norm[lo : m.start()].split()) > lex.non_leader_subject_words - 1:
        return False
    verbs, that = saying_words()
    said = verbs | that  # "قال السفير إن A سيلتقي B": the title's holder speaks of others' meeting
    before = a.norm[lo : m.start()].split()
    between = a.norm[m.end() : f.trigger.word_start].split() if m.end() < f.trigger.word_start else []
    return not any(w.strip("،,") in said or w.strip("،,")[1:] in said for w in before + between)


def _guest_met(a: Article, f: Frame, people: PeopleMap, drafts: Drafts) -> PeopleMap | None:
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


def _trip_of_meeting(f: Frame, d: Draft, trips: list[tuple[Frame, Draft]], met: bool = False) -> Draft | None:
    """A planned visit told with its visitor only, and in the next sentences a meeting to come of the
    visitor with one host ("يحل X غدا بالمغرب في زيارة رسمية. وسيلتقي خلالها رئيس الحكومة Y"): the
    visit is the visitor's to that host, on the visit's day."""
    if f.type != "meeting" or d.status != "planned" or len(d.participants) != 2:
        return None
    for trip_frame, trip in reversed(trips):
        if not 0 < f.sentence - trip_frame.sentence <= TRIP_MEETING_SENTENCES:
            continue
        if trip.status != "planned" and not met:
            continue  # a trip made: only the meeting that names its host alone (``_visitor_met``)
        (visitor,) = trip.participants
        if visitor not in d.participants:
            return None
        visit = dataclasses.replace(trip, participants=dict(d.participants))
        visit.explicit_day = bool(trip.date and trip.date.basis == "explicit")
        visit.triggers, visit.sentences, visit.initiators = [trip_frame.trigger], [trip_frame.sentence], [None]
        visit.sources = dict(d.sources)
        trips.remove((trip_frame, trip))  # one host to a trip
        return visit
    return None


_CALLS = {"video_call": "phone_call"}


def _headline_day(a: Article, f: Frame) -> bool:
    """Does a headline's frame give its contact a day a body sentence may take? A reported one's own day
    (not a statement's), and a day gone by in a headline written in the present, as headlines tell
    news ("السيسي يستقبل العاهل الأردني الأحد" over "استقبل الرئيس ... العاهل الأردني"): a weekday on or
    before publication or a written day before it, never one marked as to come ("غدا", "المقبل"); a body
    sentence takes that one only when it tells the meeting as held ("استقبل", ``_held_form``)."""
    d = f.date
    if d is None or not d.date or d.said:
        return False
    if f.status == "reported":
        return True
    return (
        f.status == "planned"
        and not d.future
        and d.basis in ("weekday", "explicit")
        and a.pub is not None
        and d.date <= a.pub
    )


def _headline_date(f: Frame, told: set[str], headline: dict[str, DateMention]) -> DateMention | None:
    """The day the headline gives a contact ("ماكرون وبايدن يبحثان هاتفيا الأربعاء ...") for the first
    body sentence that tells a contact of its type without a day of its own."""
    kind = _CALLS.get(f.type, f.type)
    date = headline.get(kind)
    if date is None or f.background_cue or kind in told:
        return None
    return date


_ARTICLE_CLITICS = ("و", "ف", "ب", "ل", "وب", "فب", "ول", "فل")


@lru_cache(maxsize=1)
def _referring_nouns() -> frozenset[str]:
    """The referring contact nouns, bare or after one of ``_ARTICLE_CLITICS`` (one set look-up a word)."""
    nouns = lexicon().status_more.get("referring_contact_nouns", ())
    return frozenset(nouns) | {c + n for c in _ARTICLE_CLITICS for n in nouns}


# A follow-on sentence is at most this many sentences after the contact whose day it takes.
FOLLOW_ON_SENTENCES = 2


def _history_date(drafts: list[Draft]) -> DateMention | None:
    """A contact without a day of its own, in an article whose every contact told before it has a
    written day in a year before HISTORY_BEFORE_YEAR (a history piece: "زيارة X إلى السعودية عام 1965
    واستقبال الملك Y له", then "اللقاء الثاني الذي جمع الملك والرئيس"): the day of the last of them, so
    that its bare titles resolve on that day (to nobody when no holder is known then) and never to
    the holders of the publication day. An article with a contact of today told first keeps it."""
    if not drafts or not all(
        d.explicit_day and d.date is not None and d.date.date and d.date.date.year < HISTORY_BEFORE_YEAR for d in drafts
    ):
        return None
    return drafts[-1].date


def _follow_on_date(a: Article, f: Frame, drafts: list[Draft]) -> DateMention | None:
    """A sentence without a day of its own that goes on from the contact told just before: "كما أجرى
    X اتصالا بـ Z" (another call of the round: the day of the last reported contact of its kind), "وكان
    في استقبال X لدى وصوله Y" (the reception of the arrival told just before): that contact's day."""
    if not drafts:
        return None
    more = lexicon().status_more
    opener = a.norm[f.lo : f.lo + 12].split()[:1]
    words = a.norm[f.trigger.word_start : f.trigger.end].split()
    follows = bool(opener) and opener[0] in more.get("follow_on_openers", ())
    reception = f.type == "meeting" and any(w in more.get("reception_words", ()) for w in words)
    if not follows and not reception:
        follows = _same_verb_again(a, f, drafts)
    if not follows and not reception:
        return None
    kind = _CALLS.get(f.type, f.type)
    previous = next(
        (
            d
            for d in reversed(drafts[-REFERRED_DRAFTS:])
            if d.date is not None
            and d.date.date
            and (reception or _CALLS.get(d.type, d.type) == kind)  # "كما تلقى برقيات": not a call's day
        ),
        None,
    )
    if previous is None or previous.status != "reported" or previous.background:
        return None
    gap = f.sentence - max(previous.sentences)
    # ", كما تم لقاء جمع X وZ" inside the sentence that told the last contact: a clause split off after it
    within = gap == 0 and follows and f.lo > a.sentences[f.sentence][0]
    if not (0 < gap <= FOLLOW_ON_SENTENCES or within):
        return None
    if reception and not follows and previous.type != "visit":
        return None
    return previous.date


def _same_verb_again(a: Article, f: Frame, drafts: list[Draft]) -> bool:
    """Does the sentence open with "و" and the very verb of a sentence just before or the one before it
    ("تبادل X أطراف الحديث مع A" then "وتبادل X الأحاديث مع B")? (The contact whose day it takes is
    checked by ``_follow_on_date``: the last of its kind, reported, at most two sentences before.)"""
    opener = a.norm[f.lo : f.trigger.word_start].split()[:1]
    if not opener or f.sentence == 0:
        return False
    joiners = lexicon().status_more.get("follow_on_joiners", ())
    verb = next((opener[0][len(j) :] for j in joiners if opener[0].startswith(j)), "")
    if len(verb) < 4:  # "وفي", "وقد": no verb
        return False
    for index in range(f.sentence - 1, max(-1, f.sentence - 1 - FOLLOW_ON_SENTENCES), -1):
        lo, hi, heading = a.sentences[index]
        if not heading and verb in a.norm[lo:hi].split():
            return True
    return False


# A happening a contact is set in ("وخلال المأدبة") is named at most this many sentences before it.
SETTING_SENTENCES = 4


def _setting_date(a: Article, f: Frame) -> DateMention | None:
    """A contact without a day of its own set "during" or "on the sidelines of" a happening named with
    the article, before or after the contact word ("وخلال المأدبة، تبادل X الحديث مع Y", "والتقى X على
    هامش أعمال القمة Y"), that an earlier sentence names with its day ("شارك X في مأدبة عشاء أقامها Z
    مساء السبت", "افتتحت أمس أعمال القمة"): that day, from the nearest such sentence that has one."""
    more = lexicon().status_more
    nouns = more.get("setting_occasion_nouns", ())
    proceedings = more.get("setting_proceedings_words", ())
    # "على هامش أعمال القمة": the proceedings' word between the setting word and the happening
    # before the contact word or after it ("والتقى X على هامش المنتدى Y")
    words = [w.strip('.,،:؛;()«»"') for w in a.norm[f.lo : f.hi].split()]
    words = [w for w in words if w not in proceedings]
    during = lexicon().during_words | lexicon().occasion_settings  # "خلال", "أثناء", "على هامش"
    named = [
        w[2:]
        for i, w in enumerate(words)
        if i
        and (words[i - 1] in during or words[i - 1].removeprefix("و") in during)
        and w[:2] == "ال"
        and w[2:] in nouns
    ]
    if not named:
        return None
    noun = named[0]
    for index in range(f.sentence - 1, max(-1, f.sentence - 1 - SETTING_SENTENCES), -1):
        lo, hi, heading = a.sentences[index]
        if heading:
            continue
        at = [
            m.start()
            for m in re.finditer(r"\S+", a.norm[lo:hi])
            if (w := m.group().strip('.,،:؛;()«»"')) == noun
            or (w.endswith(noun) and w[: -len(noun)] in _SETTING_CLITICS)
        ]
        if not at:
            continue
        other = OtherClauses(a.norm, lo, hi)
        # the happening's own day ("افتتحت أمس أعمال القمة"), not the day of what came after or before
        # it ("عاد X اليوم إلى بلاده، قادما من تركيا، بعد مشاركته في القمة": the return's)
        found = [
            d
            for d in a.dates.between(lo, hi)
            if d.date
            and not other.hold(d)
            and not page_stamp(a.norm, d)
            and not bound_day(a.norm, d)
            and any(not _time_opener_between(a.norm, *sorted((d.end, lo + x))) for x in at)
        ]
        if found:  # "وشارك في مأدبة العشاء، التي أقيمت في متحف": named again, its day told before
            return pick_date(found, hi)
    return None


def _time_opener_between(text: str, lo: int, hi: int) -> bool:
    """A word that sets a happening before or after another ("بعد", "عقب", "قبل": ``contact_time_after``,
    ``contact_time_before``, also with "و") among the words of ``text[lo:hi]``."""
    lex = lexicon()
    words = set(lex.contact_time_after) | set(lex.contact_time_before)
    return any(w in words or w.removeprefix("و") in words for w in text[lo:hi].split())


# The clitics and article a happening's noun takes when named ("في مأدبة", "العشاء", "للقمة").
_SETTING_CLITICS = frozenset({"ال", "وال", "بال", "فال", "لل", "ول", "ب", "و", "ل", "وب", "ف"})


# The contact a definite contact word points at is among the last few told (a bound keeps it O(1)).
REFERRED_DRAFTS = 8


def _referred_date(a: Article, f: Frame, drafts: list[Draft]) -> DateMention | None:
    """A contact without a day of its own in a sentence that names, with the article, the in-person
    contact told just before ("وإنه سلم نظيره رسالة خلال المحادثات", "تناول الغداء مع الملكة قبل
    اللقاء"): the day of that contact, the nearest earlier reported one with a day."""
    if not drafts:
        return None
    nouns = _referring_nouns()
    words = [w.strip('.,،:؛;()«»"') for w in a.norm[f.lo : f.hi].split()]
    at = [i for i, w in enumerate(words) if w in nouns]
    # a message handed over at the contact, or a contact set in its time ("قبل اللقاء", "خلال المحادثات");
    # not a new contact that only speaks about it ("بحث في اتصال نتائج اللقاء")
    if not at or (f.type != "message" and not any(i and words[i - 1] in lexicon().time_setting_words for i in at)):
        return None
    previous = next(
        (
            d
            for d in reversed(drafts[-REFERRED_DRAFTS:])
            if d.date is not None and d.date.date and d.status == "reported"
        ),
        None,
    )
    if previous is None or previous.background or previous.type not in ("meeting", "visit"):
        return None
    return previous.date


# "وكان الملك عبد الله قد التقى": the pluperfect with its subject between "كان" and "قد" (the background
# cue "كان قد" with a name inside) tells an earlier contact; at most this many words between them.
PLUPERFECT_SUBJECT_WORDS = 6


def _pluperfect_subject(a: Article, f: Frame) -> bool:
    """Does a pluperfect with its subject inside ("وكان الملك عبد الله قد التقى") stand before the contact word?"""
    return bool(pluperfects(a.norm[f.lo : f.trigger.start].split(), PLUPERFECT_SUBJECT_WORDS))


def _dating(a: Article, f: Frame, date: DateMention | None) -> tuple[EventStatus, bool, DateBasis]:
    """The status, background flag and date basis a frame's contact takes with ``date``."""
    day = date.date if date and date.date else a.pub
    status = _status(f, date, day, a.pub)
    if status == "planned" and _past_written_day(a, date):
        status = "reported"  # "خلال زيارة X إلى القاهرة في 14 فبراير 2024", months before: held, not to come
    # a dated mention's basis is explicit/today/yesterday/weekday ("same_day" was resolved before)
    basis = cast(DateBasis, date.basis if date and date.date else ("published" if a.pub else "none"))
    background = status == "reported" and (
        f.background_cue
        or (day is not None and a.pub is not None and (a.pub - day).days > BACKGROUND_AFTER_DAYS)
        or (not (date and date.date) and _month_year_gone(a, f))
    )
    return status, background, basis


# A month and year without a day ("في أكتوبر 2019") dates the contact noun at most this many words before it.
MONTH_YEAR_WORDS = 6


@lru_cache(maxsize=1)
def _month_year() -> re.Pattern[str]:
    months = vocabulary().month_of
    return re.compile(WORD_START + r"(?:[وب]?(?:في\s+)?)(?P<m>" + alternation(list(months)) + r")\s+(?P<y>\d{4})(?!\d)")


def _month_year_gone(a: Article, f: Frame) -> bool:
    """An undated contact noun followed in its clause, within a few words and with no other contact word
    between, by a month and a year without a day that ended before the publication month ("نتائج زيارة
    الرئيس إلى الرياض في أكتوبر 2019" in a page of 2020): an earlier contact, told in passing."""
    if a.pub is None:
        return False
    end = min(f.hi, f.trigger.end + 120)
    for m in _month_year().finditer(a.norm, f.trigger.end, end):
        between = a.norm[f.trigger.end : m.start()]
        if CLAUSE_MARK.search(between) or len(between.split()) > MONTH_YEAR_WORDS:
            return False
        if any(f.trigger.end <= t.start < m.start() for t in a.triggers.get(f.sentence, ())):
            return False
        month = vocabulary().month_of[m.group("m")]
        return (int(m.group("y")), month) < (a.pub.year, a.pub.month)
    return False


# A plan cannot lie this many days or more before the publication day.
PAST_PLAN_DAYS = 30


def _past_written_day(a: Article, date: DateMention | None) -> bool:
    """The contact's day is written in full, year and all, a month or more before publication: a
    contact held then, whatever plan the sentence tells of something else."""
    if date is None or not date.date or not a.pub or date.basis != "explicit" or date.said:
        return False
    return (a.pub - date.date).days >= PAST_PLAN_DAYS and bool(_YEAR.search(a.norm, date.start, date.end))


def _own_date(
    a: Article, f: Frame, group: PeopleMap, groups: list[PeopleMap], date: DateMention | None
) -> DateMention | None:
    """The day of one of a sentence's several contacts: the one date written in the clause that names
    its own counterpart ("تلقى X أمس اتصالا من A، واليوم اتصالا من B"), else the sentence's."""
    shared = set.intersection(*(set(g) for g in groups))
    own = [k for k in group if k not in shared]
    if len(own) != 1:
        return date
    at = group[own[0]][1]
    if not f.lo <= at < f.hi:
        return date
    marks = [m.end() for m in CLAUSE_MARK.finditer(a.norm, f.lo, at)]
    after = CLAUSE_MARK.search(a.norm, at, f.hi)
    lo, hi = (marks[-1] if marks else f.lo), (after.start() if after else f.hi)
    found = [d for d in a.dates.between(lo, hi) if d.date and not page_stamp(a.norm, d) and not bound_day(a.norm, d)]
    if len({d.date for d in found}) != 1 or (date is not None and found[0].date == date.date):
        return date
    if date is not None and any(d.start == date.start for d in found):
        return date  # the sentence's own date, read for a contact to come ("يوم 17 مارس" of next week)
    return min(found, key=lambda d: _NAMED_DAY_FIRST.get(d.basis, 9))  # "غداة ... يوم الثلاثاء": the weekday


# The present verb of a later clause opens with one of these letters (after "و"): "ويجتمع", "وتلتقي".
_PRESENT_PREFIXES = ("ي", "ت")


def _later_clause(a: Article, f: Frame, group: PeopleMap, groups: list[PeopleMap]) -> int | None:
    """Is the group's own counterpart named in a clause of its own after a comma, opened by "و" and a
    verb in the present with a time to come ("، ويجتمع لاحقا مع كل من C وD", "وتلتقي في وقت لاحق
    بـ C")? Those are met later than the contact told before (planned). Where the clause opens, or None."""
    shared = set.intersection(*(set(g) for g in groups))
    own = [k for k in group if k not in shared]
    if len(own) != 1:
        return None
    at = group[own[0]][1]
    if not f.trigger.end <= at < f.hi:
        return None
    marks = [m.end() for m in CLAUSE_MARK.finditer(a.norm, f.trigger.end, at)]
    if not marks:
        return None
    clause = a.norm[marks[-1] : at]
    words = clause.split()
    if not words or not words[0].startswith("و") or not words[0][1:].startswith(_PRESENT_PREFIXES):
        return None
    if len(words[0]) < 5:  # "وتم", "ويا": no verb of a meeting
        return None
    return marks[-1] if has_cue(clause, lexicon().status_more.get("later_times", ())) else None


# A day written out names it better than a relative word ("غداة مكالمة ... يوم الثلاثاء").
_NAMED_DAY_FIRST = {"explicit": 0, "weekday": 1}


def _listed_after(a: Article, f: Frame, people: PeopleMap, drafts: list[Draft]) -> PeopleMap | None:
    """ "تلقى X اتصالات هاتفية." then "وشملت الاتصالات كلا من A وB": a sentence that refers back to
    the several contacts of one person told just before (a counted or plural contact word, nobody
    else named) names the others; that person is the shared party (one contact each)."""
    if not refers_back(a, f):
        return None
    lead = next((d for d in reversed(drafts) if d.type == f.type), None)
    if lead is None or len(lead.participants) != 1 or set(lead.participants) & set(people):
        return None
    s_index = lead.sentences[-1]
    if not 0 < f.sentence - s_index <= 1:
        return None
    lo, hi, _ = a.sentences[s_index]
    trigger = lead.triggers[-1]
    if not has_cue(
        a.norm[max(lo, trigger.word_start - COUNTED_CHARS) : min(hi, trigger.end + COUNTED_CHARS)],
        lexicon().separate_contacts,
    ):
        return None
    return {**lead.participants, **people}


def _told_before(a: Article, f: Frame, people: PeopleMap, drafts: Drafts) -> bool:
    """A definite or possessive contact word ("فيما تناول الاتصال مع العاهل الأردني ...") whose two
    people are parties of two or more contacts of its type reported before, never together: the
    sentence tells more of those contacts (one leader's calls with each), not a new one between them.
    The frame is dropped (its status is no news of those contacts)."""
    if len(people) != 2 or not refers_back(a, f):
        return False
    same = [d for d in drafts.shared if d.type == f.type and d.status == "reported"]
    if len(same) < 2 or any(set(people) <= set(d.participants) for d in same):
        return False
    return all(any(key in d.participants for d in same) for key in people)


# A platform named this close to a message word, in its clause, is where the message was posted.
POSTED_CHARS = 50


def _public_post(a: Article, f: Frame) -> bool:
    """A message posted on a social platform ("وجه رسالة عبر حسابه على منصة إكس إلى X", "رسالة في
    تغريدة"): a public statement addressed to someone, not a contact with them."""
    if f.type != "message":
        return False
    for m in a.index.between(max(f.lo, f.trigger.word_start - POSTED_CHARS), min(f.hi, f.trigger.end + POSTED_CHARS)):
        if m.entry.kind != "source" or a.ref.source_kinds.get(m.entry.value) != "social":
            continue
        lo, hi = sorted((m.start, f.trigger.end if m.start > f.trigger.end else f.trigger.word_start))
        if not CLAUSE_MARK.search(a.norm, lo, hi):
            return True
    return False


# A pronoun object stands among the first words after a calling verb ("اتصل به", "اتصل بسيادته").
OBJECT_PRONOUN_WORDS = 2


def _pronoun_object_hub(a: Article, f: Frame, people: PeopleMap) -> str | None:
    """ "توالت الاتصالات على X، إذ اتصل به A، وB، وC": a calling verb whose object is a pronoun, with
    one person named before it and two or more after it: the one before is everyone's callee (the
    hub), each one after a caller of their own call."""
    if len(people) < 3 or f.type not in ("phone_call", "video_call"):
        return None
    lex = lexicon()
    for t in a.triggers[f.sentence][:MAX_TRIGGERS_READ]:
        if t.entry.value != f.type:
            continue
        words = a.norm[t.word_start : min(f.hi, t.end + 40)].split()[1 : 1 + OBJECT_PRONOUN_WORDS]
        if not any(w.strip("،,") in lex.pronoun_objects for w in words):
            continue
        before = [k for k, (_, start, _) in people.items() if start < t.word_start]
        after = [k for k, (_, start, _) in people.items() if start >= t.end]
        if len(before) == 1 and len(after) >= 2:
            return before[0]
    return None


def _received(a: Article, f: Frame) -> bool:
    """The sentence's subject received the contact: a receiving verb before or in its trigger."""
    words = [w.strip("،,") for w in a.norm[f.lo : f.trigger.end].split()]
    verbs = set(lexicon().receiver_verbs)
    return any(form in verbs for w in words for form in strip_clitic(w))


def _groups(
    a: Article, f: Frame, people: PeopleMap, separate: bool, caller: str | None, counted: bool = False
) -> list[PeopleMap]:
    """The events of one frame's people: separate pairs or one group, except that a list of leaders
    ("تحدث إلى قادة بريطانيا وكندا وفرنسا") is one call with them even beside separate ones ("بعد
    مباحثات أجراها في شكل منفصل مع X وY"); not when the contact word itself counts several contacts
    ("في اتصالين هاتفيين مع قادة الإمارات والبحرين") or is a cable (one each: "برقيات من قادة ...")."""
    joint_at = {e.start for e in f.entities if e.joint}
    joint = {k for k, (_, start, _) in people.items() if start in joint_at}
    if not separate or len(joint) < 2 or counted or f.type == "message":
        if separate and caller not in people:  # "التقى A وB الملك C، كل على حدة": C met each
            caller = lone_of_list(a, people) or caller
        return participant_groups(people, separate, f.trigger.word_start, caller)
    if len(people) - len(joint) < 2:
        return [people]
    rest = {k: v for k, v in people.items() if k not in joint}
    groups = participant_groups(rest, True, f.trigger.word_start, caller)
    hub = hub_of(rest, f.trigger.word_start, caller)
    return [*groups, {hub: people[hub], **{k: people[k] for k in joint}}]


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
    a = read_article(text, published, ref or reference_data(), home_country)
    final = contested_reports(assemble(_drafts(a, _frames(a))))
    attach_continuations(a, final)
    attach_own_posts(a, final)
    line = source_line or trailing_source_line(text)
    line_refs = resolve_source_names(line, a.ref) if line else []
    dateline = dateline_sources(a)
    officials = official_sources(a)
    earlier = earlier_step_people(a, officials)
    other_kind = told_as_other_kind(final, a.pub)
    return [
        to_event(
            d,
            a,
            line_refs,
            head_sources_for(d, dateline, a) + speaking_for(d, officials, a.ref, a.home, earlier),
            i in other_kind,
        )
        for i, d in enumerate(final)
    ]


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


def to_event(
    d: Draft,
    a: Article,
    line_refs: list[SourceRef],
    dateline: list[tuple[SourceRef, int, int]],
    other_kind: bool = False,
) -> Event:
    # Assembles one Event field by field with its evidence spans (the ``span`` closure keeps the
    # offset map in one place); a straight sequence with no branching worth a function of its own.
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
    for src, x, y in list(d.sources.values()) + dateline:
        if src.kind.startswith("pending:"):
            resolved = contextual_source(src, participants, a.ref, d.date.date if d.date else pub, a.home)
            if resolved is None:
                continue
            src = resolved
        if any(s.name_en == src.name_en for s in sources) or foreign_body(
            src, participants, a.ref, d.date.date if d.date else pub
        ):
            continue
        span("source", x, y)
        sources.append(SourceRef(src.name_en, nt.original_span_text(x, y), src.kind))
    for line_ref in line_refs:
        by_line: SourceRef | None = line_ref
        if line_ref.kind.startswith("pending:"):
            by_line = contextual_source(line_ref, participants, a.ref, d.date.date if d.date else pub, a.home)
        if (
            by_line
            and by_line.kind != "outlet"
            and all(s.name_en != by_line.name_en for s in sources)
            and not foreign_body(by_line, participants, a.ref, d.date.date if d.date else pub)
        ):
            sources.append(by_line)
    for x, y in d.topics.values():
        span("topic", x, y)
    date = d.date.date if d.date else (None if d.needs_publication else pub)
    basis = d.date_basis
    if d.status != "reported" and d.date is not None and d.date.said and date == pub:
        # "نفى الكرملين اليوم أن يكون بوتين تحدث مع X": the day of the denial, of the plan's announcement,
        # not of a contact that took place; the contact has no day of its own
        basis = "published"
    initiator, flags = _caller_and_flags(d, participants)
    if contested(a, d):
        flags.append("contested")
    not_call = d.type not in ("phone_call", "video_call")
    has_caller = initiator is not None or not_call
    distance = proximity([(x, y) for _, x, y in d.participants.values()], [(t.word_start, t.end) for t in d.triggers])
    named = frozenset(a.named)
    news = any(not (t.entry.has_article or a.norm[t.word_start : t.start].endswith("ال")) for t in d.triggers)
    score = confidence(
        participants,
        d.date_basis,
        len(d.sentences),
        len(sources),
        has_caller,
        flags,
        distance,
        named,
        news,
        d.background,
        d.type,
        told_aside(a, d),
        d.joint,
        other_kind,
    )
    return Event(
        type=d.type,
        status=d.status,
        background=d.background,
        date=date.isoformat() if date else None,
        date_basis=basis,
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
