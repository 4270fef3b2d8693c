"""The contact's day: the date a frame's sentence gives it, or one read around it.

``frame_date`` reads the sentence's own date (a denial's day, a vague time, "اليوم" inside reported
speech, the sentence before a fragment); a reported contact without one takes, in this order, the day
of the contact its sentence refers to (``referred_date``), of the happening it is set in
(``setting_date``), of the contact it goes on from (``follow_on_date``), of the headline
(``headline_date``) or of the history the article tells (``history_date``). ``own_date`` and
``later_clause`` give each of a sentence's several contacts its own day.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from functools import lru_cache

from rasd.dates import DateMention, bare_that_words, bound_day, denial_day
from rasd.extract.article import Article
from rasd.extract.events import Draft, PeopleMap
from rasd.extract.frames import CLAUSE_MARK, Frame, OtherClauses, page_stamp, pick_date
from rasd.extract.lexicon import any_written, has_cue, lexicon
from rasd.extract.referred_parties import that_came
from rasd.extract.resolve import HISTORY_BEFORE_YEAR
from rasd.words import alternation, bare_or_conjoined, without_object


def frame_date(a: Article, f: Frame, drafts: list[Draft]) -> DateMention | None:
    date = f.date
    if date is not None and date.basis == "same_day":  # "في اليوم نفسه", "في اليوم السابق": the story's
        previous = next((d.date for d in reversed(drafts) if d.date is not None and d.date.date), None)
        shift = dt.timedelta(days=date.story_offset)
        date = dataclasses.replace(previous, date=previous.date + shift) if previous and previous.date else None
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
    if date is not None and date.date and a.pub and f.status == "planned" and _trip_made_day(a, f, date):
        # "وصل X اليوم إلى الكويت في زيارة يجري خلالها مباحثات مع Y": the day of the arrival, not of the
        # talks still to come, which have no day of their own (the publication day)
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
        and not YEAR.search(a.norm, date.start, date.end)
    ):
        # "سيلتقيان في 30 أكتوبر": a plan's day and month without a year is the next such day.
        date = dataclasses.replace(date, date=next_year(date.date), future=True)
    return date


# The verb of a trip made stands at most this many words before the day it dates ("وصل إلى الكويت، اليوم"
# "وصل الوزير الأول X مساء اليوم").
TRIP_VERB_WORDS = 6


def _trip_made_day(a: Article, f: Frame, date: DateMention) -> bool:
    """The planned contact's day, at most the publication day and before the contact word, follows a past
    verb of a trip made within a few words of its sentence (``trip_made_verbs``: "وصل", "توجه"),
    and no contact word but the trip's visit word stands between the day and the contact: it dates the
    trip, not the contact to come."""
    if date.date is None or a.pub is None or date.date > a.pub or date.future:
        return False
    if not f.lo <= date.start < f.trigger.word_start:
        return False
    verbs = lexicon().trip_made_verbs
    words = a.norm[max(f.lo, date.start - 80) : date.start].split()[-TRIP_VERB_WORDS:]
    if not any(bare_or_conjoined(w.strip("،,"), verbs) for w in words):
        return False
    return not any(
        date.end <= t.start < f.trigger.start and t.entry.value != "visit" for t in a.triggers.get(f.sentence, ())
    )


YEAR = re.compile(r"\d{4}")


def next_year(day: dt.date) -> dt.date:
    try:
        return day.replace(year=day.year + 1)
    except ValueError:  # 29 February
        return day + dt.timedelta(days=365)


# A sentence of at most this many words before a contact sentence is a fragment of its lead split
# off by punctuation ("أمس الاثنين.").
LEAD_FRAGMENT_WORDS = 4


def _continuation_date(a: Article, f: Frame) -> DateMention | None:
    """A date for a trigger sentence that has none: the one of the sentence just before it when that
    sentence is not itself about a contact and leads to it: a fragment split off by punctuation ("أمس
    الاثنين."), a lead about a person the reference data knows ("أعرب الرئيس شي اليوم (الجمعة) عن ..."
    then "وخلال محادثة هاتفية مع ستارمر، أكد شي"), or the sentence the contact sentence refers back to
    ("جاء ذلك خلال اتصال"), also when it tells a contact of its own ("تسلم X أمس رسالة من Z. جاء ذلك
    خلال لقائه Y": the message was handed over at that meeting, on its day). A sentence about a
    happening that names no such person (an earthquake, a storm, a quote "اليوم نقول للعالم") dates that
    happening, not the contact; a date in the sentences after it mostly dates something else (a trip),
    so it is not taken."""
    s_index = f.sentence
    if s_index > 0 and (not a.is_trigger_sentence(s_index - 1) or that_came(a, f)):
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


# The contact a definite contact word points at is among the last few told (a bound keeps it O(1)).
REFERRED_DRAFTS = 8


ARTICLE_CLITICS = ("و", "ف", "ب", "ل", "وب", "فب", "ول", "فل")


@lru_cache(maxsize=1)
def referring_nouns() -> frozenset[str]:
    """The referring contact nouns, bare or after one of ``ARTICLE_CLITICS`` (one set look-up a word)."""
    nouns = lexicon().status_more.get("referring_contact_nouns", ())
    return frozenset(nouns) | {c + n for c in ARTICLE_CLITICS for n in nouns}


def referred_date(a: Article, f: Frame, drafts: list[Draft]) -> DateMention | None:
    """A contact without a day of its own in a sentence that names, with the article, the in-person
    contact told just before ("وإنه سلم نظيره رسالة خلال المحادثات", "تناول الغداء مع الملكة قبل
    اللقاء"): the day of that contact, the nearest earlier reported one with a day."""
    if not drafts:
        return None
    nouns = referring_nouns()
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


# A happening a contact is set in ("وخلال المأدبة") is named at most this many sentences before it.
SETTING_SENTENCES = 4


# The clitics and article a happening's noun takes when named ("في مأدبة", "العشاء", "للقمة").
_SETTING_CLITICS = frozenset({"ال", "وال", "بال", "فال", "لل", "ول", "ب", "و", "ل", "وب", "ف"})


def setting_date(a: Article, f: Frame) -> DateMention | None:
    """A contact without a day of its own set "during" or "on the sidelines of" a happening named with
    the article, before or after the contact word ("وخلال المأدبة، تبادل X الحديث مع Y", "والتقى X على
    هامش أعمال القمة Y"), that an earlier sentence names with its day ("شارك X في مأدبة عشاء أقامها Z
    مساء السبت", "افتتحت أمس أعمال القمة"): that day, from the nearest such sentence that has one."""
    more = lexicon().status_more
    nouns = more.get("setting_occasion_nouns", ())
    if not any_written(a.norm, nouns, f.lo, f.hi):
        return None  # an exact pre-test: the happening's noun is written in the sentence (most: none)
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


# A follow-on sentence is at most this many sentences after the contact whose day it takes.
FOLLOW_ON_SENTENCES = 2


CALLS = {"video_call": "phone_call"}


def follow_on_date(a: Article, f: Frame, drafts: list[Draft]) -> DateMention | None:
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
    kind = CALLS.get(f.type, f.type)
    previous = next(
        (
            d
            for d in reversed(drafts[-REFERRED_DRAFTS:])
            if d.date is not None
            and d.date.date
            and (reception or CALLS.get(d.type, d.type) == kind)  # "كما تلقى برقيات": not a call's day
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
    checked by ``follow_on_date``: the last of its kind, reported, at most two sentences before.)"""
    opener = a.norm[f.lo : f.trigger.word_start].split()[:1]
    if not opener or f.sentence == 0:
        return False
    joiners = lexicon().status_more.get("follow_on_joiners", ())
    verb = next((opener[0][len(j) :] for j in joiners if opener[0].startswith(j)), "")
    if len(verb) < 4:  # "وفي", "وقد": no verb
        return False
    lex = lexicon()
    if verb in lex.time_setting_words or verb in lex.stop_words:
        return False  # "وخلال اتصال هاتفي بين X وZ": a preposition, no verb of the round told again
    # ... also with a pronoun object ("هنأ X Y" then "وهنأه أيضا Z": the verb, its object the one just named)
    forms = without_object(verb)
    for index in range(f.sentence - 1, max(-1, f.sentence - 1 - FOLLOW_ON_SENTENCES), -1):
        lo, hi, heading = a.sentences[index]
        if not heading and forms & set(a.norm[lo:hi].split()):
            return True
    return False


def headline_day(a: Article, f: Frame) -> bool:
    """Does a headline's frame give its contact a day a body sentence may take? A reported one's own day
    (not a statement's), and a day gone by in a headline written in the present, as headlines tell
    news ("السيسي يستقبل العاهل الأردني الأحد" over "استقبل الرئيس ... العاهل الأردني"): a weekday on or
    before publication or a written day before it, never one marked as to come ("غدا", "المقبل"); a body
    sentence takes that one only when it tells the meeting as held ("استقبل", ``status.held_form``)."""
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


def headline_date(f: Frame, told: set[str], headline: dict[str, DateMention]) -> DateMention | None:
    """The day the headline gives a contact ("ماكرون وبايدن يبحثان هاتفيا الأربعاء ...") for the first
    body sentence that tells a contact of its type without a day of its own."""
    kind = CALLS.get(f.type, f.type)
    date = headline.get(kind)
    if date is None or f.background_cue or kind in told:
        return None
    return date


def history_date(drafts: list[Draft]) -> DateMention | None:
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


# A day written out names it better than a relative word ("غداة مكالمة ... يوم الثلاثاء").
_NAMED_DAY_FIRST = {"explicit": 0, "weekday": 1}


def own_date(
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


def later_clause(a: Article, f: Frame, group: PeopleMap, groups: list[PeopleMap]) -> int | None:
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
