"""The contact's status (reported, planned, ...) and background flag.

``frames.status_of`` reads the status cues of the trigger's own clause; ``more_status`` reads the cues
beside it (a schedule, a day or time still to come, an invitation, a phrase that puts a party out of
office); ``dating`` gives a frame's contact, with its day, the status, background flag and date basis
(a reported contact dated after publication is planned; one told long before it is background).
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache
from typing import cast

from rasd.arabic import WORD_START
from rasd.dates import DateMention, vocabulary
from rasd.extract.article import Article
from rasd.extract.attribution import _opens_pluperfect
from rasd.extract.days import YEAR, next_year
from rasd.extract.frames import CLAUSE_MARK, Frame, content_told, future_form
from rasd.extract.lexicon import any_written, cue_pattern, has_cue, lexicon, pluperfects, word_set
from rasd.extract.scan import Match
from rasd.records import DateBasis, EventStatus
from rasd.words import alternation, bare_or_conjoined, last_word_spans, last_words

_QUOTES = re.compile(r"[«»\"“”„‘’'‹›]")


@lru_cache(maxsize=4)
def _phrases(words: tuple[str, ...]) -> tuple[str, ...]:
    """The cues of several words among ``words`` (built once, not per frame)."""
    return tuple(m for m in words if len(m.split()) > 1)


def more_status(a: Article, f: Frame) -> str:
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
        and (accepted_invitation(a.norm[f.lo : f.trigger.word_start]) or accepted_later(a, f.sentence, f.lo, f.trigger))
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
    if f.type == "message" and _carried_not_handed(a, f, near, more):
        return "planned"  # "وصل الوزير حاملا رسالة من X إلى Y": on its way, not handed over yet
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
    verbs_now = word_set(more.get("maybe_verbs", ()))  # asked up to a dozen times per frame
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
    present_verb = _present_verb(a, f, word, verbs_now)  # asked twice below: read once
    if present_verb and has_cue(clause, more.get("future_phrases", ())):
        return "planned"  # "يلتقي X Y الأسبوع المقبل": a present verb with a time to come
    own_clause = _clause_before(a, f)
    head = own_clause.split()[:1]  # the verb opening the contact word's clause
    head_at = f.trigger.word_start - len(own_clause.lstrip())
    present = present_verb or (bool(head) and _is_verb(a, head_at, head[0], verbs_now))
    present = present or (bool(head_after) and head_after[0].lstrip("وف") in more.get("present_after_contact", ()))
    if (
        present
        and f.type == "meeting"
        and (
            has_cue(own_clause, more.get("during_trip", ()))
            or (word.lstrip("وف") in verbs_now and has_cue(clause, more.get("during_trip", ())))
        )
    ):
        return "planned"  # "يعقد X خلال هذه الزيارة اجتماعات مع Y", "يلتقي X خلال الزيارة Y": the trip's programme
    if word.lstrip("وف") in verbs_now and has_cue(
        " ".join(CLAUSE_MARK.split(before)[-1].split()[:NOTE_OPENER_WORDS]), more.get("note_openers", ())
    ):
        return "planned"  # "يذكر أن X يزور القاهرة بدعوة من Y": the report's trip told in the present
    if present and _bare_weekday_to_come(a, f):
        return "planned"  # "يلتقي X Y الأحد في سوتشي": news tells a contact held with a past verb
    if present and _own_clause_day(a, f) and (_today_to_come(a, f, more) or _day_of_month_to_come(a, f)):
        return "planned"  # "يستقبل X اليوم Y", "يلتقي X Y في 20 مايو": the day's schedule, told ahead
    if _guest_to_come(a, f, more):
        return "planned"  # "اعتزازه باستقبال الملك X، الذي سيحل ضيفا الأحد": the guest still to come
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


def _carried_not_handed(a: Article, f: Frame, near: list[str], more: dict[str, tuple[str, ...]]) -> bool:
    """The word right before the message word is a carrier's on the way with it ("حاملا", "يحمل"),
    not a participle after a past verb of arrival ("وصل X إلى مسقط حاملا رسالة": brought),
    and the rest of the sentence does not tell it handed over ("وسلمها إلى Y")."""
    carrier = near[-1].strip("،,") if near else ""
    if carrier not in more.get("carried_before", ()):
        return False
    if carrier in more.get("carrying_participles", ()):
        arrived = lexicon().arrived_with_verbs
        if any(bare_or_conjoined(w, arrived) for w in a.norm[f.lo : f.trigger.word_start].split()):
            return False
    return not has_cue(a.norm[f.trigger.end : a.sentences[f.sentence][1]], more.get("handed_over_after", ()))


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
    verbs = more.get("schedule_verbs", ())
    if not verbs or not any_written(before, verbs):
        return False  # an exact pre-test: the verb is written in ``before`` (most contact words: none)
    words = [w.strip("،,:؛") for w in before.split()[-SCHEDULE_WORDS:]]
    words = [w for w in words if w]
    if not any(w.lstrip("وف") in verbs for w in words[-SCHEDULE_VERB_WORDS:]):
        return False
    if any(w.lstrip("وف") in more.get("past_copulas", ()) for w in words):
        return False
    return has_cue(" ".join(words), more.get("schedule_nouns", ()))


def _bare_weekday_to_come(a: Article, f: Frame) -> bool:
    """The frame's own day is a bare weekday ("الأحد", not "الأحد الماضي") other than the publication
    day's, not the day of a statement: with a present verb it is the coming one, not the last
    (``days.frame_date`` moves a planned contact's weekday after publication)."""
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


def _present_sentence(a: Article, lo: int, before: str, verbs_now: frozenset[str]) -> bool:
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


def _is_verb(a: Article, at: int, word: str, verbs: frozenset[str]) -> bool:
    """Is ``word`` (written at ``at``) one of ``verbs`` (none empty) as ``_verb_form`` reads it? The
    name test only for a verb's word."""
    return word.lstrip("وف") in verbs and not _in_name(a, at, at + 1)


# A mention read back for a name over a word starts at most this many characters before it.
NAME_REACH_CHARS = 200


def _in_name(a: Article, lo: int, hi: int) -> bool:
    """Does a mention of the text cover part of ``a.norm[lo:hi]``? A name is no verb: the one test of
    ``_verb_form`` and ``_present_verb``."""
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
    (``days.frame_date`` moves a planned contact's day without a year to the next year)."""
    d = f.date
    if d is None or d.basis != "explicit" or d.said or d.past_marked or d.date is None or a.pub is None:
        return False
    if d.date >= a.pub or YEAR.search(a.norm, d.start, d.end):
        return False
    return 0 < (next_year(d.date) - a.pub).days <= DAY_OF_MONTH_TO_COME_DAYS


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


# The guest's name starts at most this many characters after a contact noun ("باستقبال الملك X").
GUEST_CHARS = 30


def _guest_to_come(a: Article, f: Frame, more: dict[str, tuple[str, ...]]) -> bool:
    """A contact noun ("استقبال", "لقاء"), its guest right after it, then a relative clause on the guest
    in the future ("باستقبال الملك X، الذي سيحل بالعاصمة الأحد"): the guest is still to come, so is
    the contact. Not after a past verb of meeting ("استقبل X Y، الذي سيتوجه غدا إلى ..."): held."""
    word = a.norm[f.trigger.word_start : f.trigger.end].lstrip("وف")
    if word in more.get("held_meeting", ()) or word[:1] in ("ي", "ت", "س"):
        return False  # a verb: held, or read by the present-verb rules
    guest = next((m for m in f.entities if m.start >= f.trigger.end), None)
    if guest is None or guest.start - f.trigger.end > GUEST_CHARS:
        return False
    last = guest
    for m in f.entities:  # the guest's name may be read as several mentions ("الملك" + name)
        if last.end <= m.start <= last.end + 1:
            last = m
    words = [w.strip("،,") for w in a.norm[last.end : min(f.hi, last.end + 40)].split()[:3]]
    words = [w for w in words if w][:2]
    if len(words) < 2 or words[0] not in lexicon().relative_pronouns:
        return False
    if not a.norm[last.end : last.end + 3].lstrip().startswith(("،", ",")) and a.norm[last.end : last.end + 2].strip():
        return False
    return future_form(words[1].lstrip("وف"), 0)


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
        and not accepted_invitation(before)
        and not accepted_later(a, f.sentence, f.lo, f.trigger)  # "... لزيارة أبوظبي. وأعلن Y قبول الدعوة"
    )


# An accepting verb stands at most this many words before the invitation ("قبل الملك عبد الله دعوة").
ACCEPT_WORDS_BEFORE = 6


def accepted_invitation(before: str) -> bool:
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


def accepted_later(a: Article, sentence: int, lo: int, t: Match) -> bool:
    """An invitation to visit ("جدد X دعوة Y لزيارة الإمارات") that the rest of its sentence or one of
    the next sentences tells accepted ("وعد بتلبية الدعوة", "قبل الدعوة"), naming no other contact: a
    visit to come."""
    more = lexicon().status_more
    if not has_cue(a.norm[lo : t.word_start], more.get("invitation_words", ())):
        return False
    if accepted_invitation(a.norm[t.end : a.sentences[sentence][1]]):
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


def _present_verb(a: Article, f: Frame, word: str, verbs: frozenset[str]) -> bool:
    """The contact word is a present verb ("يلتقي"), or one stands in the last few words before it,
    outside every person mention: a name is no verb ("فيصل" is also "ف" + "يصل"; a mention is read
    for the verbs' words only), and no past copula stands after it ("لحضور مؤتمر يعقد هناك وكان في
    استقباله Y": the present verb is the conference's, the reception is told in the past)."""
    if word.lstrip("وف") in verbs:
        return True
    copulas = lexicon().status_more.get("past_copulas", ())
    present = False
    for w in last_word_spans(a.norm, f.lo, f.trigger.word_start, PRESENT_VERB_WORDS):
        form = w.group().lstrip("وف")
        if form in copulas:
            present = False  # "مؤتمر يعقد هناك وكان في استقباله Y": the copula after it opens the contact's clause
        elif form in verbs and not _in_name(a, w.start(), w.end()):
            present = True
    return present


def held_form(a: Article, f: Frame) -> bool:
    """The meeting word tells a meeting that took place: a past verb of meeting ("استقبل", "التقى",
    "تصافح") or the host "كان في استقبال" / "كان على رأس مستقبلي" the guest (``held_meeting`` in extract_words.yaml)."""
    words = lexicon().status_more.get("held_meeting", ())
    if a.norm[f.trigger.word_start : f.trigger.end].lstrip("وف") in words:
        return True
    before = a.norm[max(f.lo, f.trigger.word_start - 40) : f.trigger.word_start].split()
    copulas = lexicon().status_more.get("past_copulas", ())
    # "كان في استقباله Y", "كان في مقدمة مستقبليه Y", "كان على رأس مستقبليه Y" (normalised "علي")
    return bool(before) and before[-1] in ("في", "علي") and any(w.lstrip("وف") in copulas for w in before[-6:-1])


# A reported call older than this many days before publication is a mention in passing.
BACKGROUND_AFTER_DAYS = 3


def dating(a: Article, f: Frame, date: DateMention | None) -> tuple[EventStatus, bool, DateBasis]:
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
        or (not (date and date.date) and month_year_gone(a, f))
    )
    return status, background, basis


def _status(f: Frame, date: DateMention | None, day: dt.date | None, pub: dt.date | None) -> EventStatus:
    """The frame's status; a reported contact dated after publication ("الثلاثاء المقبل") is planned."""
    # refused / hypothetical frames never get here (skipped in _drafts); the cast narrows the Literal
    status = cast(EventStatus, "reported" if f.status in ("refused", "hypothetical") else f.status)
    if status == "reported" and ((date and date.future) or (day and pub and day > pub)):
        return "planned"
    return status


# A month and year without a day ("في أكتوبر 2019") dates the contact noun at most this many words before it.
MONTH_YEAR_WORDS = 6


@lru_cache(maxsize=1)
def _month_year() -> re.Pattern[str]:
    vocab = vocabulary()
    months = alternation(list(vocab.month_of))
    future = alternation(list(vocab.future_markers + vocab.current_markers))
    return re.compile(
        WORD_START
        + r"(?:[وب]?(?P<fi>(?:في|خلال)\s+(?:شهر\s+)?)?)(?P<m>"
        + months
        + r")(?:\s+(?P<y>\d{4})(?!\d)|(?P<alone>(?!\w)(?!\s+(?:(?:"
        + future
        + r")(?!\w)|\d))))"
    )


def month_year_gone(a: Article, f: Frame) -> bool:
    """An undated contact noun followed in its clause, within a few words and with no other contact word
    between, by a month and a year without a day that ended before the publication month ("نتائج زيارة
    الرئيس إلى الرياض في أكتوبر 2019" in a page of 2020): an earlier contact, told in passing. A month
    after "في" without a year or a day ("بعد لقائهما في موسكو في آذار", "في يونيو الماضي"), not "المقبل"
    or "الجاري", is the latest such month: one before the publication month unless it is that month."""
    if a.pub is None:
        return False
    end = min(f.hi, f.trigger.end + 120)
    for m in _month_year().finditer(a.norm, f.trigger.end, end):
        if m.group("alone") is not None and not m.group("fi"):
            continue  # a bare month name without "في" may be another word ("مارس": he practised)
        between = a.norm[f.trigger.end : m.start()]
        if CLAUSE_MARK.search(between) or len(between.split()) > MONTH_YEAR_WORDS:
            return False
        if any(f.trigger.end <= t.start < m.start() for t in a.triggers.get(f.sentence, ())):
            return False
        month = vocabulary().month_of[m.group("m")]
        if m.group("y") is None:
            return month != a.pub.month
        return (int(m.group("y")), month) < (a.pub.year, a.pub.month)
    return False


# A plan cannot lie this many days or more before the publication day.
PAST_PLAN_DAYS = 30


def _past_written_day(a: Article, date: DateMention | None) -> bool:
    """The contact's day is written in full, year and all, a month or more before publication: a
    contact held then, whatever plan the sentence tells of something else."""
    if date is None or not date.date or not a.pub or date.basis != "explicit" or date.said:
        return False
    return (a.pub - date.date).days >= PAST_PLAN_DAYS and bool(YEAR.search(a.norm, date.start, date.end))


# The particle of the pluperfect stands at most this many words before the contact word ("قد أجريا اتصالا").
PLUPERFECT_PARTICLE_WORDS = 2


def pluperfect(a: Article, lo: int, trigger: Match) -> bool:
    """The contact word follows a pluperfect ("وكان الرئيسان قد تحادثا", "وكانت قد التقت"): an
    auxiliary, a few words, the particle, at most two words before the contact word. Read in a
    bounded window before the trigger. Asked only of a sentence that names nobody (it refers back to
    the pair just reported); with a name, "وكان X قد تلقى اتصالا" often retells the lead contact."""
    window = lexicon().pluperfect_words
    words = [w.strip("،,") for w in last_words(a.norm, lo, trigger.word_start, window + 3)]
    return any(j >= len(words) - (PLUPERFECT_PARTICLE_WORDS + 1) for _, j in pluperfects(words, window))


# "وكان الملك عبد الله قد التقى": the pluperfect with its subject between "كان" and "قد" (the background
# cue "كان قد" with a name inside) tells an earlier contact; at most this many words between them.
PLUPERFECT_SUBJECT_WORDS = 6


def pluperfect_subject(a: Article, f: Frame) -> bool:
    """Does a pluperfect with its subject inside ("وكان الملك عبد الله قد التقى") stand before the contact word?"""
    return bool(pluperfects(a.norm[f.lo : f.trigger.start].split(), PLUPERFECT_SUBJECT_WORDS))


def announced_plan(a: Article, f: Frame) -> bool:
    """A plan told in the pluperfect of an announcement ("وكان X قد أبلغ الصحافيين أنه سيجري مكالمة مع
    Y"): the sentence opens with a pluperfect and a clause of what was said ("أنه", ``plan_clause_openers``)
    stands before the contact word. It tells an earlier step: the contact announced beforehand. Asked
    of a frame whose contact is to come."""
    if not _opens_pluperfect(a.norm, f.lo, f.hi):
        return False
    openers = lexicon().plan_clause_openers
    return any(w.strip("،,") in openers for w in a.norm[f.lo : f.trigger.word_start].split())


# The contact word that refers back stands at most this many words after the contrast opener ("لكن تم
# إجراء المكالمة").
CONTRAST_CONTACT_WORDS = 4


def moved_plan(a: Article, f: Frame) -> bool:
    """A plan, then in its sentence a clause of contrast that tells the contact of that kind held ("خطط X
    للاتصال بـ Y يوم 11، لكن تم إجراء المكالمة اليوم"): the plan was moved; the contact held is the
    planned one: the contact word refers back, after a light verb of holding (``another_contact_verbs``).
    Not when the clause denies it ("لكن اللقاء لم يتم": a plan that fell through). Asked
    of a frame whose contact is to come."""
    more = lexicon().status_more
    openers = more.get("contrast_openers", ())
    if not openers or not any_written(a.norm, openers, f.trigger.end, f.hi):
        return False
    m = cue_pattern(openers).search(a.norm, f.trigger.end, f.hi)
    if m is None:
        return False
    negations = set(more.get("negations", ()))
    for t in a.triggers[f.sentence]:
        if t.start < m.end() or t.entry.value != f.type:
            continue
        between = a.norm[m.end() : t.word_start].split()
        after = a.norm[t.end : f.hi].split()[:CONTRAST_CONTACT_WORDS]
        if len(between) > CONTRAST_CONTACT_WORDS or negations & set(between + after):
            return False
        # told held by a light verb of holding before it ("تم إجراء المكالمة", "جرى الاتصال")
        held = any(w.lstrip("وف") in more.get("another_contact_verbs", ()) for w in between)
        return held and a.norm[t.word_start : t.start].endswith("ال")
    return False
