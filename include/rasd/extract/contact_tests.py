"""Is a frame a leaders' contact at all, or one told already?

Tests the drafts step applies to each frame: the topic of talks (``visit_discussed``), a gathering of
many or of a body (``with_counterparts``, ``body_gathering``), officials who are no leaders
(``non_leader_pair``, ``non_leader_subject``, ``one_side_after_with``), a public post, a contact told
before (``measured_from_told``, ``told_before``, ``same_type_before``, ``plan_of_told_meeting``); and the
people of a contact read beyond its sentence (``joined_contact``, ``recalled_meeting``,
``listed_after``, ``without_carriers``).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re

from rasd.dates import DateMention, saying_words
from rasd.extract.article import Article
from rasd.extract.callers import COUNTED_CHARS
from rasd.extract.days import ARTICLE_CLITICS
from rasd.extract.events import Draft, Drafts, PeopleMap
from rasd.extract.frames import CLAUSE_MARK, QUOTE_MARKS, Frame
from rasd.extract.lexicon import WITH, any_written, cue_pattern, has_cue, lexicon, strip_clitic, word_pattern
from rasd.extract.other_contacts import possessed_contact
from rasd.extract.parties import discussed_visit, frame_people
from rasd.extract.referred_parties import people_before, refers_back
from rasd.extract.side_frames import message_receiver, names_a_body
from rasd.words import last_word_spans


def without_carriers(a: Article, f: Frame) -> Frame:
    """A message word right after a carrier's word ("حاملا رسالة X إلى Y", "لتسليم رسالة من X"): the
    people named before it carry the message and are no parties of it."""
    if f.type != "message":
        return f
    after = a.norm[f.trigger.end : f.trigger.end + 24].strip()
    if any(after.startswith(w) for w in lexicon().carrier_after):  # "الرسالة التي حملها من X إلى Y"
        kept = [e for e in f.entities if e.start >= f.trigger.end]
        return dataclasses.replace(f, entities=kept) if len(kept) >= 2 else f
    words = re.findall(r"\S+", a.norm[max(f.lo, f.trigger.word_start - 30) : f.trigger.word_start])
    # a quotation mark may open the carrier's own words ("قال إنه \"حمل رسالة إلى الرئيس Y\"")
    if not words or words[-1].lstrip(QUOTE_MARKS) not in lexicon().carrier_words:
        return f
    carrier_at = f.trigger.word_start - len(words[-1]) - 1
    # "التقى X الوزير Y حاملا رسالة من Z": carried to a meeting, its parties read there (``carried_message``)
    if any(t.entry.value == "meeting" and t.end <= carrier_at for t in a.triggers.get(f.sentence, [])):
        return f
    kept = [e for e in f.entities if e.start >= carrier_at]
    return dataclasses.replace(f, entities=kept) if len(kept) < len(f.entities) else f


# A platform named this close to a message word, in its clause, is where the message was posted.
POSTED_CHARS = 50


def public_post(a: Article, f: Frame) -> bool:
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


# A visit to come discussed at most this many sentences after the reported call it was discussed in.
CALL_PLAN_SENTENCES = 3


def visit_discussed(a: Article, f: Frame, drafts: Drafts | None = None) -> bool:
    """A visit noun that is the object of a verb of talks ("بحثا زيارة الأخير إلى إسرائيل", "ناقشا
    ترتيبات زيارة X"): what the talks were about, not a trip the sentence reports. Not a visit still to
    come discussed in the sentences right after a reported call ("كما تناولا الزيارة التي سيقوم بها
    الملك إلى تركيا الشهر المقبل"): the callers' planned visit, as one discussed in the call's own
    sentence (side_frames ``_callers_plan_discussed``)."""
    if f.type != "visit" or not discussed_visit(a, f.lo, f.trigger):
        return False
    return not (f.status == "planned" and drafts is not None and _after_a_call(f, drafts))


def _after_a_call(f: Frame, drafts: Drafts) -> bool:
    """A reported call between two or more was told in the frame's sentence or in one of the
    ``CALL_PLAN_SENTENCES`` before it."""
    return any(
        d.type in ("phone_call", "video_call")
        and d.status == "reported"
        and not d.background
        and d.sentences
        and 0 <= f.sentence - max(d.sentences) <= CALL_PLAN_SENTENCES
        for d in drafts.shared
    )


def measured_from_told(a: Article, f: Frame) -> bool:
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


def praised_told(a: Article, f: Frame) -> bool:
    """The reception noun follows a word of its quality ("عبر عن شكره لحسن استقبال الرئيس X", "أشاد
    بحفاوة الاستقبال"; ``status_more.praised_contact_words``): the contact the article told, praised,
    no other one."""
    if a.norm[f.trigger.word_start : f.trigger.end].removeprefix("و").removeprefix("ال") != RECEPTION_NOUN:
        return False  # only the reception noun: "حسن" before another contact word is a name ("سامية حسن برقية")
    words = lexicon().status_more.get("praised_contact_words", ())
    before = a.norm[max(f.lo, f.trigger.word_start - 16) : f.trigger.word_start].split()
    return bool(before) and (before[-1] in words or " ".join(before[-2:]) in words)


# The noun of a reception (normalised, without the article), the one contact word a guest praises.
RECEPTION_NOUN = "استقبال"


def non_leader_pair(a: Article, f: Frame) -> bool:
    """A dual title of officials who are no leaders stands as the subject in the few words before the
    contact word, nobody named between ("بعد أن كان وزيرا اقتصاد البلدين قد أجريا لقاء"): the contact
    of those two, not of the leaders the sentence or the article names."""
    if f.type == "message":
        return False
    lex = lexicon()
    words = last_word_spans(a.norm, f.lo, f.trigger.word_start, lex.non_leader_dual_words)
    for i, w in enumerate(words[:-1]):
        word = w.group().strip("،,")
        if word not in lex.non_leader_duals and word.removeprefix("و") not in lex.non_leader_duals:
            continue
        nxt = words[i + 1].group().strip("،,")
        if nxt in lex.non_leader_dual_ministries or nxt.startswith("ل"):
            continue
        at = w.end()
        if not a.mentions.between(at, f.trigger.word_start):
            return True
    return False


# Plural counterparts named by their nationality right after the word ("مع نظرائه الصيني X،
# والإيراني Y"): a person's mention starts within this many characters after it.
COUNTERPARTS_NAMED_CHARS = 16


def with_counterparts(a: Article, f: Frame) -> bool:
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
    return _unnamed_leaders(a, f) or _delegation_met(a, f)


def _delegation_met(a: Article, f: Frame) -> bool:
    """ "التقى الرئيس X مع الوفد المصري الذي نقل دعوة من الرئيس Y", "استقبل X وفدا أمريكيا": a
    delegation as the one met (after "مع" or as the object after the verb's subjects) is no leader,
    nor is the leader who sent it; not when its head is told ("وفدا برئاسة الوزير Y", "الذي يرأسه Y")
    or someone is named right after it ("وفد الرئيس Y")."""
    lex = lexicon()
    groups = lex.status_more.get("delegation_objects", ())
    if f.type != "meeting" or not groups:
        return False
    starts = [f.trigger.end]
    subjects = _subjects_after_verb(a, f)
    if subjects is not None:
        starts.append(_past_time_words(a, subjects, f.hi))
    if not any(_unnamed_group_at(a, f, lo, groups) for lo in starts):
        return False
    return not any(w.strip("،,.") in lex.party_place_words for w in a.norm[starts[-1] : f.hi].split())


def _unnamed_leaders(a: Article, f: Frame) -> bool:
    """ "لعقد قمة مع قادة دول عربية": leaders of states the text does not name right after the meeting
    word (after "مع" or as its object): a gathering of many, no meeting of the others the sentence
    names; not when countries or people follow ("قادة دول مصر والأردن")."""
    lex = lexicon()
    if _unnamed_group_at(a, f, f.trigger.end, lex.unnamed_leader_groups):
        return True
    # "استقبل الرئيس X والأمين العام Y، رؤساء الدول والحكومات": the verb's subjects, then its object
    subjects = _subjects_after_verb(a, f)
    groups = (*lex.unnamed_leader_groups, *lex.status_more.get("object_leader_groups", ()))
    return subjects is not None and _unnamed_group_at(a, f, subjects, groups)


def _past_time_words(a: Article, lo: int, hi: int) -> int:
    """Where the text from ``lo`` goes on past the time words that open it ("أمس", "مساء اليوم")."""
    time_words = lexicon().time_words
    for w in re.finditer(r"\S+", a.norm[lo:hi]):
        if w.group().strip("،,") not in time_words:
            return lo + w.start()
    return lo


def _unnamed_group_at(a: Article, f: Frame, lo: int, groups: tuple[str, ...]) -> bool:
    """One of ``groups`` stands at ``lo`` (after a comma or "مع"), no one named right after it."""
    after = a.norm[lo : f.hi].lstrip(" ،,")
    after = after[3:] if after.startswith("مع ") else after
    group = next((g for g in groups if after.startswith(g + " ") or after == g), None)
    if group is None:
        return False
    at = f.hi - len(after)
    return not a.mentions.between(at, min(f.hi, at + len(group) + COUNTERPARTS_NAMED_CHARS))


# The subject of a verb that opens its clause stands this close after it ("استقبل الرئيس X").
SUBJECT_AFTER_VERB_CHARS = 3


def _subjects_after_verb(a: Article, f: Frame) -> int | None:
    """Where the list of people right after the contact verb ends (they are joined by "و" or a comma),
    or None when no one is named right after it."""
    named = a.mentions.between(f.trigger.end, f.hi)
    if not named or named[0].start - f.trigger.end > SUBJECT_AFTER_VERB_CHARS:
        return None
    end = named[0].end
    for m in named[1:]:
        if m.start < end:
            end = max(end, m.end)
            continue
        if a.norm[end : m.start].strip(" ،,") not in ("و", "", "ال", "وال"):  # the article left out of a mention
            break
        end = m.end
    return end


def body_gathering(a: Article, f: Frame) -> bool:
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
    if not any(written in (noun, *(c + noun for c in ARTICLE_CLITICS)) for noun in nouns):
        return False
    before = a.norm[f.lo : f.trigger.word_start].split()[-1:]
    if before and before[0].removeprefix("و") in lexicon().setting_words:
        return False  # "تحدثا خلال اجتماع مجموعة العشرين": the setting of a contact told otherwise
    return names_a_body(
        a, f.trigger.end, more.get("gathering_bodies", ()), 2, openers=more.get("gathering_phrase_openers", ())
    )


def carrier_reception(a: Article, f: Frame) -> bool:
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
    return message_receiver(a, main, f.trigger) is not None


def told_before(a: Article, f: Frame, people: PeopleMap, drafts: Drafts) -> bool:
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


def joined_contact(a: Article, f: Frame, people: PeopleMap, day: dt.date | None) -> PeopleMap:
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


def same_type_before(a: Article, f: Frame) -> bool:
    """The sentence before tells a contact of the frame's own type ("التقى X Y. جاء ذلك في لقاء ...")."""
    return f.sentence > 0 and any(t.entry.value == f.type for t in a.triggers.get(f.sentence - 1, []))


def recalled_meeting(a: Article, f: Frame, date: DateMention | None, drafts: list[Draft]) -> PeopleMap | None:
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


def listed_after(a: Article, f: Frame, people: PeopleMap, drafts: list[Draft]) -> PeopleMap | None:
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


def one_side_after_with(a: Article, f: Frame, people: PeopleMap) -> bool:
    """Every party stands in one list after one "مع" past the contact word, each after the first
    joined by "و" ("زيارته جاءت بعد لقاءات عقدها مع الرئيس A ووزير الخارجية B"), and nobody of the
    sentence before it is named: the list is one side of contacts whose other side, the subject,
    is no leader (or not named); its members did not meet each other."""
    starts = sorted(v[1] for v in people.values())
    if starts[0] < f.lo or starts[-1] >= f.hi:
        return False
    withs = [m for m in word_pattern(WITH).finditer(a.norm, f.trigger.end, starts[0])]
    if not withs or len(a.norm[withs[-1].end() : starts[0]].split()) > 3:
        return False  # "مع" right before the first party (its title, or "كل من", between)
    if word_pattern(WITH).search(a.norm, withs[-1].end(), starts[-1]) or re.search(
        r"\bبين\b", a.norm[f.lo : starts[-1]]
    ):
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


# Words between a meeting verb and its object marked by "بـ" where its unnamed subject stands ("التقى
# شارة برئيسة المفوضية A ورئيس المجلس B"): at most this many.
OBJECT_SUBJECT_WORDS = 3


def objects_after_marker(a: Article, f: Frame, people: PeopleMap) -> bool:
    """Every party of a meeting stands in one list right after the verb, the first marked as its object
    by "بـ" ("التقى X بالرئيس A ورئيس الوزراء B"), each after the first joined by "و", and the words
    before the list name nobody: the list is the side the unnamed (or unknown) subject met; its members
    did not meet each other."""
    if f.type != "meeting" or any(t.start != f.trigger.start for t in a.triggers[f.sentence]):
        return False  # another contact word may tell the list's own contact ("يلتقي بـA وB، قد يجتمعان")
    starts = sorted(v[1] for v in people.values())
    if starts[0] < f.trigger.end or starts[-1] >= f.hi:
        return False
    first = starts[0]
    word_start = a.norm.rfind(" ", f.trigger.end, first) + 1
    if not word_start or a.norm[word_start:first] not in ("ب", "بال"):
        return False  # the first party is no object marked by "بـ"
    if len(a.norm[f.trigger.end : word_start].split()) > OBJECT_SUBJECT_WORDS:
        return False
    if a.mentions.between(f.trigger.end, word_start):
        return False  # a named subject between: its own contact is with the list
    for start in starts[1:]:
        before = a.norm[max(first, start - 8) : start].split()
        if not before or not (before[-1].startswith("و") or a.norm[start - 1 : start] == "و"):
            return False
    return True


def possessor_objects(a: Article, f: Frame, people: PeopleMap) -> bool:
    """A contact noun with a one person's possessive pronoun and the people after it as its object
    ("جولته التي تشمل لقاءه قادة تونس والمغرب وليبيا", "خلال اجتماعها رئيسي A وB"), with nobody named
    before it in the sentence: the parties listed are those the possessor meets, one side of his own
    contacts; with the possessor not found they did not meet each other (no event of the list)."""
    if len(people) < 2 or not possessed_contact(a, f.trigger):
        return False
    first = a.norm[f.trigger.word_start : f.trigger.end].split()[0]
    written = a.nt.original_span_text(f.trigger.word_start, f.trigger.word_start + len(first)).strip("،,.")
    if not written.endswith(("ه", "ها")) or written.endswith(("هما", "هم")):
        return False
    if any(not f.trigger.end <= start < f.hi for _, start, _ in people.values()):
        return False
    return not a.mentions.between(a.sentences[f.sentence][0], f.trigger.word_start)


def non_leader_subject(a: Article, f: Frame, people: PeopleMap) -> bool:
    """A meeting sentence that opens with a subject who is no leader ("التقى المبعوث الأممي X اليوم
    الرئيس A، ثم التقى الرئيس B", "وصل وزير الدفاع X إلى عمان حيث التقى الملك A، قبل أن يلتقي
    الرئيس B"): a title of ``non_leader_actors`` or ``non_leader_titles`` among the sentence's first
    words, before every party, and no verb of saying between it and the meeting word (a statement
    about others' meeting: "قال السفير إن A سيلتقي B"); or a place right after a receiving verb
    (``_place_receives``)."""
    lex = lexicon()
    lo, hi, _ = a.sentences[f.sentence]  # the sentence's own start (a frame may open at a later clause)
    words = list(re.finditer(r"\S+", a.norm[lo : min(hi, lo + 80)]))[: lex.non_leader_subject_words + 2]
    if not words:
        return False
    if _place_receives([w.group().strip("،,") for w in words]):
        return True
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
    if _former_office(a, m.end(), first_party):
        return False  # "التقى المبعوث الأممي السابق X الرئيس A": the office is no longer his
    verbs, that = saying_words()
    said = verbs | that  # "قال السفير إن A سيلتقي B": the title's holder speaks of others' meeting
    before = a.norm[lo : m.start()].split()
    between = a.norm[m.end() : f.trigger.word_start].split() if m.end() < f.trigger.word_start else []
    return not any(w.strip("،,") in said or w.strip("،,")[1:] in said for w in before + between)


def _place_receives(words: list[str]) -> bool:
    """The sentence opens (after connectors) with a receiving verb whose subject is a place ("واستقبلت
    العاصمة X أمس قادة A وB"; extract_words.yaml ``status_more.place_receivers``): a city hosts the
    guests, who met nobody by being received there."""
    lex = lexicon()
    while words and words[0] in lex.sentence_connectors:
        words = words[1:]
    verbs = lex.status_more.get("reception_verbs", ())
    return (
        len(words) >= 2
        and any(form in verbs for form in strip_clitic(words[0]))
        and words[1] in lex.status_more.get("place_receivers", ())
    )


# A "former" qualifier (titles.yaml ``qualifiers.former``) stands this many words at most after the
# title it ends ("المبعوث الأممي السابق": the title, an adjective, the qualifier).
FORMER_AFTER_TITLE_WORDS = 3


def _former_office(a: Article, lo: int, hi: int) -> bool:
    """A "former" qualifier among the few words from ``lo`` (a title's end) up to ``hi`` (its holder's
    name): the title is one the person held before, not his office now."""
    end = lo + sum(len(w) + 1 for w in a.norm[lo:hi].split(" ")[: FORMER_AFTER_TITLE_WORDS + 1])
    return any(m.entry.kind == "qualifier" and m.entry.value == "former" for m in a.index.between(lo, min(hi, end)))


def plan_of_told_meeting(a: Article, f: Frame, d: Draft, drafts: Drafts) -> bool:
    """ "استقبل X Y ... وسيلتقي Y الرئاسات الثلاث": a meeting of two leaders still to come, with no day
    of its own (none, or the day of the meeting told), told after the article reported their meeting
    on that day: the plan of the contact told, not a second one; unless a word says it is another
    ("سيلتقيان مجددا"). A trip reported that day with its meeting to come ("وصل اليوم في زيارة يلتقي
    خلالها Y") keeps its planned meeting: the sets annotate it both ways; so does the host's reception of
    the arrival ("وصل X إلى القاهرة وكان في استقباله Y ... وسيعقد الرئيسان قمة") when the plan is a
    summit or talks (``trip_talks_words``; "سيلتقي Y" after it is the reception's plan told): the
    greeting at the airport is held, the talks of the trip just begun are still to come."""
    if d.type != "meeting" or d.status != "planned" or d.background or len(d.participants) != 2:
        return False
    day = d.date.date if d.date and d.date.date else a.pub
    if any(
        v.type == "visit"
        and v.status == "reported"
        and f.sentence in v.sentences
        and set(v.participants) == set(d.participants)
        for v in drafts.shared
    ):
        return False  # "وكان X قد وصل اليوم في زيارة يعقد خلالها لقاء مع Y": the trip's meeting to come
    for e in drafts.shared:
        if e.type != "meeting" or e.status != "reported" or e.background:
            continue
        if set(e.participants) != set(d.participants):
            continue
        if arrival_reception(a, e) and has_cue(
            a.norm[f.trigger.word_start : f.trigger.end], lexicon().trip_talks_words
        ):
            continue
        if (e.date.date if e.date and e.date.date else a.pub) == day:
            return not has_cue(a.norm[f.lo : f.hi], lexicon().again_words)
    return False


def arrival_reception(a: Article, d: Draft) -> bool:
    """The draft's first contact word is a reception noun ("في استقباله", "في مقدمة مستقبليه":
    extract_words.yaml ``status_more.reception_words``) after a past verb of arrival in its sentence
    (``travel_verbs`` role ``arrived``: "وصل X ... وكان في استقباله Y"): the host's greeting of the
    visitor on arrival."""
    if not d.triggers:
        return False
    t = d.triggers[0]
    if a.norm[t.start : t.end] not in lexicon().status_more.get("reception_words", ()):
        return False
    lo, _, _ = a.sentences[d.sentences[0]]
    verbs = lexicon().arrived_verbs
    words = [w.strip("،,") for w in a.norm[lo : t.word_start].split()]
    return any(w in verbs or w.removeprefix("و") in verbs for w in words)


# A plural title of leaders whose countries follow it names them within this many characters of its end.
GROUP_MEMBERS_CHARS = 80
# A summit told with its participants is the meeting of at least this many leaders it names.
GATHERING_MIN_PARTIES = 3
# The plural titles of leaders ("قادة", "رؤساء", "ملوك"), by the role their mentions take.
GROUP_LEADER_ROLES = frozenset({"leader", "president", "prime_minister", "king", "emir", "sultan"})
# ... and its first country stands at most this far after it when they follow it directly.
DUAL_COUNTRY_GAP_CHARS = 5


def unnamed_gathering(a: Article, f: Frame, people: PeopleMap) -> bool:
    """A summit word read as a meeting by its participation cue ("قمة بمشاركة ...", "يشارك في القمة
    ...") that names fewer than three leaders, or whose participants include a group the text does
    not list ("قمة بمشاركة الرئيس X وقادة دول الخليج"), or one named by a country name two states share
    ("الكونغو"): the parties of that summit are not all known, so
    it makes no meeting (not one of the few it names). A group whose members are listed ("رؤساء دول
    الحوض الثلاث: أ وب وج") names them (``mentions._group_listed``)."""
    if not f.trigger.entry.gathering:
        return False
    if len(people) < GATHERING_MIN_PARTIES:
        return True
    shared = lexicon().status_more.get("shared_country_names", ())
    if any(a.norm[lo:hi].removeprefix("ال") in shared for _, lo, hi in people.values()):
        return True  # "رؤساء أ والكونغو وب": which Congo's president the text does not say
    for m in a.index.between(f.lo, f.hi):
        if m.entry.kind != "dual_title" or m.entry.value not in GROUP_LEADER_ROLES:
            continue  # ministers of states are not the summit's parties ("ووزراء خارجية أ وب")
        after = a.mentions.between(m.end, m.end + GROUP_MEMBERS_CHARS)
        # its countries right after it ("رؤساء أ وب وج") or after the group's name ("قادة دول الحوض: أ، ب، ج")
        if not after or not (after[0].joint or after[0].start - m.end <= DUAL_COUNTRY_GAP_CHARS):
            return True  # "وقادة دول الخليج": leaders of states it does not name
    return False


def untold_headline(a: Article, f: Frame, drafts: Drafts) -> bool:
    """A headline's contact the body does not tell. A headline sums up the article's news and the body
    tells its contact again (with the day, sources and caller), so a headline makes no contact of its
    own. But when one of the two or more people the headline names is in none of the body's contacts
    with another of them, the body has told that contact in words that are no contact word ("بدأ
    بالتواصل مع الملك X مهنئا"), or in a sentence the reader did not take whole, or the page keeps the
    headline and a lead alone: the headline is then the one place the contact is told."""
    day = f.date.date if f.date is not None and f.date.date else a.pub
    people = set(frame_people(a, f, day)[0])
    if len(people) < 2:
        return False
    paired = {key for d in drafts.shared if len(people & d.participants.keys()) >= 2 for key in d.participants}
    return not people <= paired
