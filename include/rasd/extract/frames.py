"""Step 4: one frame per trigger sentence.

A frame holds the sentence's strongest trigger (a video call before a phone call before a message,
a meeting, a visit), its status (planned, denied, unconfirmed cues before the trigger), the
participant mentions in reach, the date phrase that governs the trigger, sources, topics, and
whether the sentence marks the contact as an earlier one.
"""

from __future__ import annotations

import bisect
import dataclasses
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

from rasd.arabic import WORD_END, WORD_START
from rasd.dates import (
    CLOCK_TIME,
    DateMention,
    attributed_day,
    bound_day,
    on_head_line,
    other_clause_day,
    said_day,
    span_start_day,
    vague_time,
)
from rasd.extract.lexicon import (
    WITH,
    any_written,
    cue_pattern,
    has_cue,
    lexicon,
    possessed_noun,
    strip_clitic,
    word_pattern,
)
from rasd.extract.mentions import EntityMention
from rasd.extract.refdata import Entry, reference_data
from rasd.extract.scan import Match
from rasd.records import EventStatus, EventType, SourceRef
from rasd.words import alternation, last_word_spans, last_words, words_at_most

TYPE_PRIORITY: dict[str, int] = {"video_call": 0, "phone_call": 1, "message": 2, "meeting": 3, "visit": 4}
# A status cue this many words or fewer before the trigger governs it ("سيجري اتصالا").
STATUS_CUE_MAX_WORDS = 5
# A hypothetical cue ending in "على" ("يتعين على", "يجب على") names who should make the contact after it:
# their titles and names may stand between the cue and the contact word.
_OBLIGED_ENDINGS = ("علي", "عليهما")
# A planning adjective ("مرتقب", "المزمعة") qualifies the trigger when at most this many words stand
# between them ("زيارة الرئيس المرتقبة").
PLANNED_ADJECTIVE_WORDS = 1
# A meeting or visit noun with the purposive "لـ" ("للقاء بوتين", "للاجتماع مع") is what a trip is
# for, unless a relative clause tells it as held ("للقاء الذي جمعهما").
_PURPOSE_PREFIXES = frozenset({"ل", "لل", "ول", "ولل"})
_RELATIVE_AFTER = re.compile(r"\s*(?:الذي|التي)" + WORD_END)
# A written date beats a relative phrase unless the relative one is nearer the trigger by more than
# this many characters (then the written date most likely dates something else in the sentence).
EXPLICIT_DATE_BONUS_CHARS = 60


@dataclass
class Frame:
    sentence: int
    type: EventType
    status: EventStatus | Literal["refused", "hypothetical"]
    trigger: Match
    entities: list[EntityMention]
    date: DateMention | None
    sources: list[tuple[SourceRef, int, int]]
    topics: list[tuple[str, int, int]]
    background_cue: bool
    heading: bool
    lo: int = 0
    hi: int = 0


def status_of(
    text: str, matches: list[Match], trigger: Match, lo: int
) -> EventStatus | Literal["refused", "hypothetical"]:
    """reported, or the planned / denied / unconfirmed cue that governs the trigger (before it in
    the sentence; "لكنها لم تحدث" after it)."""
    cue_matches = _status_cues(matches)
    if _undated_after(text, matches, trigger):
        return "planned"  # "زيارة ... لم يتم تحديد موعدها بعد": a contact to come whose day is not set
    if any(
        m.entry.kind == "status_cue_after" and m.entry.value == "denied" and m.start >= trigger.end for m in cue_matches
    ):
        if has_cue(
            " ".join(last_words(text, lo, trigger.word_start, PLAN_WORDS)), lexicon().status_more.get("plan_words", ())
        ):
            return "refused"  # "كانت هناك توقعات بمكالمة بين X وY، لكنها لم تحدث": a plan that fell through, no event
        return "denied"
    cues = [m for m in cue_matches if m.entry.kind == "status_cue" and lo <= m.start < trigger.word_start]
    # "we can neither confirm nor deny" contains a denial word: the unconfirmed reading wins.
    if any(m.entry.value == "unconfirmed" for m in cues):
        return "unconfirmed"
    last = text[max(lo, trigger.word_start - 10) : trigger.word_start].split()[-1:]
    in_setting = bool(last) and last[0] in lexicon().setting_words
    if content_told(text, lo, trigger):
        # "نفى المكتب ما نشر عن مضمون الاتصال": what was said is denied, not the contact
        cues = [m for m in cues if m.entry.value != "denied"]
    for m in cues:
        if in_setting and m.entry.value in ("refused", "hypothetical", "denied"):
            # "دعت في اتصال مع X إلى ...": the contact is where she called for something; "لم يتحدث
            # خلال الاتصال عن ...": what was not said during a contact that took place
            continue
        if words_at_most(text, m.end, trigger.word_start, STATUS_CUE_MAX_WORDS):
            if m.entry.key in lexicon().status_more.get("purpose_cues", ()) and _purpose_held(
                text, lo, m.word_start, trigger.end
            ):
                continue  # "وصل X إلى أديس أبابا لإجراء محادثات مع Y": talks of a trip made
            return m.entry.value  # "refused" / "hypothetical": no contact took place (no event)
        if (
            m.entry.value == "refused"
            and not in_setting
            and _unnamed_words(text, matches, m.end, trigger.word_start) <= STATUS_CUE_MAX_WORDS
        ):
            return "refused"  # "رفض الرئيس X فلان الرد على اتصال": the subject's titles and name between
        if (
            m.entry.value == "hypothetical"
            and m.entry.key.endswith(_OBLIGED_ENDINGS)
            and not in_setting
            and _unnamed_words(text, matches, m.end, trigger.word_start) <= STATUS_CUE_MAX_WORDS
        ):
            return "hypothetical"  # "يتعين على الرئيس X والزعيم Y الاجتماع": the people who should meet between
        if (
            m.entry.value == "planned"
            and _future_verb(text, m)
            and _unnamed_words(text, matches, m.end, trigger.word_start) <= STATUS_CUE_MAX_WORDS
        ):
            return (
                "planned"  # "سيجري خادم الحرمين الشريفين الملك سلمان ... اتصالا": the subject's titles and name between
            )
    for m in cues:  # "نفى الكرملين ... أن يكون بوتين قد أجرى اتصالا": a denial further away
        if m.entry.value == "denied" and not in_setting:
            return "denied"
    if promised(text, lo, trigger):
        return "planned"  # "على أن يستقبل X غدا": a contact agreed to come
    if any(m.entry.value == "planned" for m in cues) and _subjunctive(text, matches, lo, trigger):
        return "planned"  # "ومن المقرر، وفق البيان الرئاسي، أن يجري الرئيس اتصالا": the cue's clause, far away
    if any(m.entry.value == "planned" for m in cues) and _subjunctive_adverb(text, matches, lo, trigger):
        return "planned"  # "من المتوقع أن يتحدث X مع Y هاتفيا": the adverb belongs to the verb after "أن"
    if future_trigger(text, trigger) or any(
        m.entry.kind == "status_cue" and m.entry.value == "planned" and trigger.word_start <= m.start < trigger.end
        for m in cue_matches
    ):
        return "planned"  # the trigger is itself a future verb ("سيلتقي", "سيزور", "ستستقبل")
    if any(
        m.entry.kind == "status_cue_after"
        and m.entry.value == "planned"
        and m.word_start >= trigger.end
        and _planning_adjective_of(text, matches, trigger, m)
        for m in cue_matches
    ):
        return "planned"  # "اتصال هاتفي مرتقب", "زيارة الرئيس X الرسمية المقبلة": an expected contact
    if (
        trigger.entry.value in ("meeting", "visit")
        and text[trigger.word_start : trigger.start] in _PURPOSE_PREFIXES
        and (not _RELATIVE_AFTER.match(text, trigger.end) or _scheduled_after(text, trigger))
        and not _reception(text, matches, trigger)
        and not _purpose_held(text, lo, trigger.word_start, trigger.end)
        and not _esteemed(text, trigger)
    ):
        return "planned"  # "يتوجه إلى سوتشي للقاء بوتين": the purpose of a trip, not yet held
    return "reported"


def content_told(text: str, lo: int, trigger: Match) -> bool:
    """The word right before the contact word is a noun of what was said in it ("مضمون الاتصال", "عن
    فحوى المكالمة", extract_words.yaml ``status_more.denied_content_nouns``): a denial before it
    denies the content, not the contact."""
    last = last_words(text, lo, trigger.word_start, 1)
    nouns = lexicon().status_more.get("denied_content_nouns", ())
    return bool(last) and any(w in nouns for w in strip_clitic(last[0].strip('،,«»"')))


# A plan ("توقعات", "كان من المقرر") stands among the last this many words before a contact word that a
# cue after it says did not take place.
PLAN_WORDS = 6


# A past verb of arrival stands among the last this many words before a purposive contact word ("وصل
# فايز السراج، رئيس الحكومة، إلى قصر كيجي، بروما، للقاء كونتي": the name, titles and place between).
ARRIVAL_WORDS = 14
# An outcome verb opens the clause after the contact word within this many characters ("لإجراء مباحثات
# مع نظيره، أسفرت عن موقف مشترك").
OUTCOME_CHARS = 80


def arrived_before(text: str, lo: int, start: int) -> bool:
    """A past verb of arrival ("وصل", ``arrived_verbs``: extract_words.yaml ``travel_verbs`` role
    ``arrived``) stands among the last ARRIVAL_WORDS words of ``text[lo:start]``, with no present or
    future verb after it ("وصل ... ويتوجه غدا"): the trip is told done."""
    lex = lexicon()
    more = lex.status_more
    words = last_words(text, lo, start, ARRIVAL_WORDS)
    verbs = lex.arrived_verbs
    arrived = [i for i, w in enumerate(words) if w.strip("،,") in verbs or w.strip("،,").removeprefix("و") in verbs]
    if not arrived:
        return False
    now = more.get("maybe_verbs", ())
    return not any(w.removeprefix("و") in now or future_form(w.removeprefix("و"), 0) for w in words[arrived[-1] + 1 :])


def _purpose_held(text: str, lo: int, start: int, end: int) -> bool:
    """The purposive contact word (or its purposive cue "لإجراء", at ``start``; the contact word ends at
    ``end``) tells a contact taking place, not the aim of a trip to come: the
    trip is told done with a past verb of arrival ("وصل X إلى أديس أبابا لإجراء محادثات مع Y"; no
    present or future verb after it: "وصل ... ويتوجه غدا ... للقاء" stays planned), or the clause
    after the contact tells what it led to ("توجه X إلى القاهرة لإجراء مباحثات مع نظيره، أسفرت عن
    موقف مشترك") (extract_words.yaml ``travel_verbs`` role ``arrived``, ``status_more.outcome_verbs``)."""
    if arrived_before(text, lo, start):
        return True
    mark = CLAUSE_MARK.search(text, end, end + OUTCOME_CHARS)
    if mark is None or "." in text[end : mark.start()]:
        return False
    nxt = text[mark.end() : mark.end() + 20].split()[:1]
    return bool(nxt) and nxt[0].removeprefix("و") in lexicon().status_more.get("outcome_verbs", ())


def _esteemed(text: str, trigger: Match) -> bool:
    """A verbal noun of esteem right before the contact word with "ل" ("تثمينا لزيارة الرئيس"): the
    contact is what is esteemed, held already, no purpose."""
    before = text[max(0, trigger.word_start - 20) : trigger.word_start].split()
    return bool(before) and before[-1] in lexicon().status_more.get("esteem_nouns", ())


def future_trigger(text: str, trigger: Match) -> bool:
    """The contact verb carries the future particle ("سيلتقيان", "وستستقبل"): a contact to come. The
    particle stands before the trigger's key or opens it (a future form listed as a trigger)."""
    lex = lexicon()
    if text[trigger.word_start : trigger.start] in lex.future_prefixes:
        return True
    return future_form(text, trigger.start)


def future_form(text: str, at: int) -> bool:
    """The word part at ``at`` is the future particle on a present-tense verb ("سي", "ست", "سن":
    ``future_verb_letters``): the one reading of that form."""
    return text[at : at + 1] == "س" and text[at + 1 : at + 2] in lexicon().future_verb_letters


# The guest's title or name starts at most this many characters after the reception word (a space and
# the article: "لاستقبال الرئيس", "لاستقبال نظيره").
GUEST_AFTER_CHARS = 4
_GUEST_KINDS = frozenset({"title", "person", "person_ambiguous", "counterpart"})


def _reception(text: str, matches: list[Match], trigger: Match) -> bool:
    """The purposive contact word is the reception of a leader named right after it ("توجه إلى المطار
    لاستقبال نظيره X"): the host goes to where the guest arrives, and the reception is told as it takes
    place (a future verb or cue before it still makes it one to come); not the reception of a
    gathering prepared for ("استعدت لاستقبال القمة")."""
    if text[trigger.start : trigger.end] not in lexicon().status_more.get("reception_words", ()):
        return False
    return any(
        m.entry.kind in _GUEST_KINDS and trigger.end < m.start <= trigger.end + GUEST_AFTER_CHARS for m in matches
    )


# A planning adjective after the contact noun's genitive subject ("زيارة الرئيس قاسم جومارت توكاييف
# الرسمية المقبلة"): the subject's titles and name stand between, with at most this many words in all.
PLANNED_ADJECTIVE_SPAN = 8


def _planning_adjective_of(text: str, matches: list[Match], trigger: Match, cue: Match) -> bool:
    """The planning adjective after the contact word qualifies it: at most PLANNED_ADJECTIVE_WORDS
    words between them, or the names and titles of the contact's subject and that few other words,
    in one clause."""
    if words_at_most(text, trigger.end, cue.word_start, PLANNED_ADJECTIVE_WORDS):
        return True
    if not words_at_most(text, trigger.end, cue.word_start, PLANNED_ADJECTIVE_SPAN):
        return False  # read no further than the span's words: a run-on sentence stays linear
    if CLAUSE_MARK.search(text, trigger.end, cue.word_start):
        return False
    return _unnamed_words(text, matches, trigger.end, cue.word_start) <= PLANNED_ADJECTIVE_WORDS


# "لم يتم تحديد موعدها" stands at most this many words after the contact word besides the names and
# titles of its parties, and at most this many characters.
UNDATED_WORDS = 4
UNDATED_CHARS = 160
_SENTENCE_END = re.compile(r"[.!?؟\n]")


def _undated_after(text: str, matches: list[Match], trigger: Match) -> bool:
    """A few words after the contact word, in its sentence, a negated scheduling phrase ("لم يحدد
    موعدها", "لم يتم تحديد موعد لها", "دون تحديد موعد"): the contact is still to come, its day not
    set (planned), not a contact denied."""
    words = lexicon().status_more.get("undated_after", ())
    if not words:
        return False
    end = min(len(text), trigger.end + UNDATED_CHARS)
    stop = _SENTENCE_END.search(text, trigger.end, end)
    end = stop.start() if stop else end
    if not any_written(text, words, trigger.end, end):
        return False
    m = cue_pattern(words).search(text, trigger.end, end)
    return m is not None and _unnamed_words(text, matches, trigger.end, m.start()) <= UNDATED_WORDS


# "موعدا للقاء الذي كان مقررا بينهما": a planning word this many words into the relative clause.
SCHEDULED_WORDS = 3


def _scheduled_after(text: str, trigger: Match) -> bool:
    """The relative clause after the contact word tells it as scheduled, not held ("للقاء الذي كان
    مقررا", "للزيارة التي كانت مرتقبة")."""
    words = text[trigger.end : trigger.end + 40].split()[1 : 1 + SCHEDULED_WORDS]
    scheduled = lexicon().status_more.get("scheduled_words", ())
    return any(w.strip("،,.").removeprefix("ال") in scheduled for w in words)


_STATUS_KINDS = frozenset({"status_cue", "status_cue_after"})
# The last list of matches asked and its status cues: the frames of one sentence ask with the same
# list (a run-on sentence has hundreds of frames and thousands of matches). One tuple, swapped whole.
_last_cues: tuple[list[Match], list[Match]] | None = None


def _status_cues(matches: list[Match]) -> list[Match]:
    """The status cues among ``matches`` (lists of matches are not changed once made)."""
    global _last_cues
    last = _last_cues
    if last is not None and last[0] is matches:
        return last[1]
    cues = [m for m in matches if m.entry.kind in _STATUS_KINDS]
    _last_cues = (matches, cues)
    return cues


# The kinds of mention a verb's subject is made of (its titles and name).
_NAME_KINDS = frozenset({"person", "title", "honorific", "country_adj", "country_name"})


def _future_verb(text: str, cue: Match) -> bool:
    """The cue is a future verb ("سيجري", "ستزور", "سيقوم"): "س" + a present-tense prefix; or a verb
    of intention ("يعتزم", "ينوي"), whose subject's titles and name come before the contact word."""
    if future_form(text, cue.start):
        return True
    word = text[cue.word_start : cue.end].lstrip("وف")
    more = lexicon().status_more
    return word in more.get("intention_verbs", ()) or word in more.get("future_particles", ())


def intention_before(text: str, lo: int, word_start: int) -> int | None:
    """Where a verb of intention stands right before the contact word at ``word_start`` ("ينوي لقاء
    X", "ويعتزم إجراء محادثات مع X"), perhaps with one verbal noun of carrying the contact out between
    them (extract_words.yaml ``status_more.request_objects``: "إجراء", "عقد"): the start of that verb
    (with its "و"/"ف"), None when none stands there. Nothing between them names the verb's subject."""
    more = lexicon().status_more
    words = list(re.finditer(r"\S+", text[lo:word_start]))[-2:]
    if len(words) == 2 and words[1].group() in more.get("request_objects", ()):
        words = words[:1]
    elif words:
        words = words[-1:]
    if not words or words[0].group().strip("،,").lstrip("وف") not in more.get("intention_verbs", ()):
        return None
    return lo + words[0].start()


def _unnamed_words(text: str, matches: list[Match], lo: int, hi: int) -> int:
    """How many words between ``lo`` and ``hi`` lie outside every name or title mention."""
    names = [(m.start, m.end) for m in matches if m.entry.kind in _NAME_KINDS and m.end > lo and m.start < hi]
    pious = lexicon().pious_words  # "بمشيئة الله"، "- أيده الله -": a formula, no word of the clause
    count = 0
    for w in re.finditer(r"\S+", text[lo:hi]):
        x, y = lo + w.start(), lo + w.end()
        if w.group() not in pious and not any(a < y and x < b for a, b in names):
            count += 1
    return count


# "أن" + a present verb stands at most this many words before the contact word ("أن يجري الرئيس X اتصالا";
# a four-word name and a day such as "اليوم الخميس" come between: "أن يعقد الرئيس الصيني شي جين بينغ اليوم الخميس مباحثات").
SUBJUNCTIVE_WORDS = 9


# Words read back from the contact word for "أن" + a present verb whose subject's titles and name come
# between ("أن يبحث الرئيس X مع الرئيس Y خلال لقائهما"): at most SUBJUNCTIVE_WORDS of them outside names.
SUBJUNCTIVE_READ_WORDS = 24


def _subjunctive(text: str, matches: list[Match], lo: int, trigger: Match) -> bool:
    """The contact word is governed by "أن" + a present verb ("أن يلتقي", "أن يجري ... اتصالا"): what
    a planning word earlier in the sentence says is to come, however far it stands. The names and
    titles of the verb's subject and object do not count in the words between."""
    that = lexicon().subjunctive_that
    words = last_words(text, lo, trigger.word_start, SUBJUNCTIVE_WORDS)
    if words and words[-1] in that:
        return True  # the contact word is the verb itself ("أن يلتقي")
    if any(w in that and nxt[:1] in ("ي", "ت") for w, nxt in zip(words, words[1:], strict=False)):
        return True
    # further back only a "ي" verb: "ت" also opens past verbs ("بعد أن تعهدت")
    spans = last_word_spans(text, lo, trigger.word_start, SUBJUNCTIVE_READ_WORDS)
    for w, nxt in zip(reversed(spans[:-1]), reversed(spans[1:]), strict=True):
        if w.group() in that and nxt.group()[:1] == "ي":
            if CLAUSE_MARK.search(text, nxt.end(), trigger.word_start):
                return False  # "أن يعود X، وعقد Y اجتماعا": the contact is told in a clause of its own
            return _unnamed_words(text, matches, w.end(), trigger.word_start) <= SUBJUNCTIVE_WORDS
    return False


def _subjunctive_adverb(text: str, matches: list[Match], lo: int, trigger: Match) -> bool:
    """An adverb contact word ("هاتفيا") after "أن" + a present verb, with at most ``SUBJUNCTIVE_WORDS``
    words outside the names between them: the verb's titles and names do not count."""
    if text[trigger.word_start : trigger.end] not in lexicon().status_more.get("contact_adverbs", ()):
        return False
    that = lexicon().subjunctive_that
    words = list(re.finditer(r"\S+", text[lo : trigger.word_start]))
    for w, nxt in zip(reversed(words[:-1]), reversed(words[1:]), strict=True):
        if w.group() in that and nxt.group()[:1] in ("ي", "ت"):
            return _unnamed_words(text, matches, lo + w.end(), trigger.word_start) <= SUBJUNCTIVE_WORDS
    return False


# "على أن" + a present verb stands at most this many words before the contact word.
PROMISED_WORDS = 4


def promised(text: str, lo: int, trigger: Match) -> bool:
    """ "على أن" + a present verb governs the contact word ("على أن يستقبل Y", "على أن يجري اتصالا"):
    a contact to come, agreed or announced."""
    words = last_words(text, lo, trigger.word_start, PROMISED_WORDS)
    verb = text[trigger.word_start : trigger.end].split()[0]
    for i in range(len(words) - 1):
        if words[i].removeprefix("و") == "علي" and words[i + 1] == "ان":
            after = words[i + 2 : i + 3] or [verb]
            return after[0][:1] in ("ي", "ت")
    return False


def pick_date(dates: list[DateMention], anchor: int) -> DateMention | None:
    """The date phrase nearest ``anchor``, a written date preferred over a relative word unless the
    relative word is much nearer."""
    if not dates:
        return None
    dates = [d for d in dates if not d.said] or dates  # the day of a statement only when alone
    return min(dates, key=lambda d: abs(d.start - anchor) - (EXPLICIT_DATE_BONUS_CHARS if d.basis == "explicit" else 0))


# A relative clause opening this close after the trigger describes the contact itself ("الاتصال
# الذي جرى أمس"); further away it describes something else.
RELATIVE_CLAUSE_OWN_CHARS = 12


class OtherClauses:
    """Which dates after ``start`` (and before ``end``) sit in a clause about another event that opens
    after ``start`` and is not closed by a comma before the date (``hold``): a relative clause opening
    later than the trigger's own ("الاتصال الذي جرى أمس" is the contact's) or a phrase of an occasion
    or a scheduled happening ("بمناسبة ذكرى الاستقلال في 5 يوليو", "للقمة المقررة في 20 مارس"), or
    "بعد أن", "منذ", "عقب", "بعد/قبل" + a contact noun ("بعد لقائه مع X") anywhere after it.
    The openers and clause marks are scanned once and each date asks in O(log n): a run-on sentence
    with many dates stays linear (a scan from the trigger to every date was quadratic)."""

    def __init__(self, text: str, start: int, end: int) -> None:
        lex = lexicon()
        own = start + RELATIVE_CLAUSE_OWN_CHARS
        during = _setting_before(text, start, lex.occasion_settings)
        self.openers = [
            ScanUpTo(cue_pattern(words), text, lo, end, _word_reach(words), keep)
            for words, lo, keep in (
                (lex.other_event_openers, start, None),
                (lex.relative_pronouns, own, None),
                (lex.occasion_openers, own, during),
            )
            if any_written(text, words, lo, end)  # an exact pre-test of the scan
        ]
        pattern, words, reach = after_or_before()
        if any_written(text, words, start, end):
            self.openers.append(ScanUpTo(pattern, text, start, end, reach, _contact_noun_after))
        self.marks = [m.start() for m in CLAUSE_MARK.finditer(text, start, end)] if self.openers else []

    def hold(self, date: DateMention) -> bool:
        """Does an opener before the date start a clause that no mark closes before it?"""
        return any(
            not self._mark_between(at, date.start) for scan in self.openers for at in scan.ends_before(date.start)
        )

    def _mark_between(self, lo: int, hi: int) -> bool:
        i = bisect.bisect_left(self.marks, lo)
        return i < len(self.marks) and self.marks[i] < hi


# A contact's setting word ("خلال القمة ...") stands at most this many characters before the occasion's opener.
OCCASION_SETTING_CHARS = 60


def _setting_before(text: str, start: int, settings: frozenset[str]) -> Callable[[re.Match[str]], bool]:
    """Keep an occasion opener unless a setting word ("خلال", "على هامش") after the contact word stands
    before it in the same clause: then the contact takes place during that happening, on its day."""

    def keep(m: re.Match[str]) -> bool:
        lo = max(start, m.start() - OCCASION_SETTING_CHARS)
        between = text[lo : m.start()]
        between = between[max((c.end() for c in CLAUSE_MARK.finditer(between)), default=0) :]
        return not any(w in settings for w in between.split())

    return keep


class ScanUpTo:
    """The ends of ``pattern.finditer(text, start, p)`` (the matches ``keep`` accepts) for any ``p`` up
    to ``end``, from one scan to ``end``. An attempt to match at ``q`` reads the text no further than
    ``q + reach`` unless it matches, so the attempts that start ``reach`` characters or more before
    ``p`` end as in the scan that stops at ``p``; only the rest is scanned again (``reach`` characters
    and the one match of the long scan that crosses there)."""

    def __init__(
        self,
        pattern: re.Pattern[str],
        text: str,
        start: int,
        end: int,
        reach: int,
        keep: Callable[[re.Match[str]], bool] | None = None,
    ) -> None:
        self.pattern, self.text, self.start, self.end, self.reach, self.keep = pattern, text, start, end, reach, keep
        self.matches = list(pattern.finditer(text, start, end))
        self.match_ends = [m.end() for m in self.matches]
        last = -1  # the end of the last kept match so far (matches come in order: the furthest end)
        self.kept_end = []  # kept_end[i]: the end of the last kept match among the first i
        for m in self.matches:
            self.kept_end.append(last)
            last = m.end() if keep is None or keep(m) else last
        self.kept_end.append(last)

    def ends_before(self, p: int) -> list[int]:
        """The end of the last kept match that ends ``reach`` or more before ``p``, and the ends of the
        kept matches after it (every end a clause mark may stand after: the latest is enough of the first)."""
        if p == self.end:  # the long scan is the short one (the last date of a sentence, mostly the only one)
            return self.kept_end[-1:] if self.kept_end[-1] >= 0 else []
        x = p - self.reach
        i = bisect.bisect_right(self.match_ends, x)  # the matches that end by x: the short scan's own
        resume = self.match_ends[i - 1] if i else self.start
        crossing = self.matches[i].start() if i < len(self.matches) else x
        tail = self.pattern.finditer(self.text, max(resume, min(x, crossing)), p)
        out = [self.kept_end[i]] if self.kept_end[i] >= 0 else []
        return out + [m.end() for m in tail if self.keep is None or self.keep(m)]


def _word_reach(words: tuple[str, ...]) -> int:
    """How far past its start an attempt of ``cue_pattern(words)`` reads: a conjunction, the future
    particle, the longest word and the letter after it."""
    return 2 + max(map(len, words), default=0) + 1


# Clause marks (one home; the step modules import them): a comma or semicolon ends a clause;
# with a colon too where what follows a colon is another clause (a contact word's phrase, a plan's head).
CLAUSE_MARK = re.compile(r"[,،;؛]")
CLAUSE_OR_COLON_MARK = re.compile(r"[,،;؛:]")


@lru_cache(maxsize=1)
def after_or_before() -> tuple[re.Pattern[str], tuple[str, ...], int]:
    """ "بعد لقائه مع X في 5 مايو", "قبل اتصالهما": a contact-time word (extract_words.yaml) and a
    contact noun open another contact's clause. Not the words ``other_event_openers`` holds ("عقب",
    "إثر"): they open one before any word. The pattern, its words (one of them is written in every
    match: a pre-test) and how far an attempt of it that fails reads: the conjunction, the longest
    word, a space and the next character, one to spare (or spaces to the end of the scan, which fail
    in a shorter scan as well)."""
    lex = lexicon()
    openers = set(lex.other_event_openers)
    words = tuple(w for w in lex.contact_time_after + lex.contact_time_before if w not in openers)
    alternatives = "|".join(re.escape(w) for w in words)
    return re.compile(WORD_START + rf"[وف]?(?:{alternatives})\s+(\S+)"), words, _word_reach(words) + 1


def _contact_noun_after(m: re.Match[str]) -> bool:
    return _contact_noun(m.group(1))


def _contact_noun(word: str) -> bool:
    """A contact noun, bare, with the article or a possessive pronoun ("لقائه", "اتصالهما")."""
    nouns = lexicon().possessed_contact_nouns
    return any(x in nouns for x in strip_clitic(word)) or possessed_noun(word, nouns)


def governing_date(text: str, dates: list[DateMention], trigger: Match) -> DateMention | None:
    """The date phrase that governs the trigger: dates in a clause about another event after the
    trigger ("بعد الزلزال الذي ضرب البلاد الاثنين") or in an earlier clause about another happening ("الانفجار
    الذي وقع أمس، فيما أرسل X برقية"), and the page's own stamps are left out; the day of
    a statement that reports the contact ("أعلن اليوم أنه أجرى") counts only when no other is written
    (told again, "وخلال الاتصال، ... بحسب ما أعلن X مساء الأربعاء", it dates a contact told before
    without a day of its own and yields to one that has it: ``rasd.extract.events.absorb``); a bound of
    a span of time ("حتى 10 نوفمبر", "منذ 7 أكتوبر") never."""
    # the clauses after the trigger are read only when a date stands there (most sentences: none)
    last = max((d.start for d in dates), default=trigger.end)
    other = OtherClauses(text, trigger.end, last) if last >= trigger.end and dates else None
    kept = [
        dataclasses.replace(d, said=True)
        if said_day(text, d, trigger.word_start) or attributed_day(text, d, trigger.end)
        else d
        for d in dates
        if (d.start < trigger.end or (other is not None and not other.hold(d)))
        and not other_clause_day(text, d, trigger.word_start)
        and not page_stamp(text, d)
        and not (bound_day(text, d) and not _trip_start(text, d, trigger))
        and not _deadline_day(text, d)
        and not _quoted_after(text, d, trigger.end)
        and not _message_content_day(text, d, trigger)
        and not _discussed_visit_day(text, d, trigger)
        and not _trip_or_future_day(text, d, trigger)
        and not _scheduling_day(text, d, trigger)
    ]
    kept = _matrix_days(text, kept, trigger)
    date = pick_date(kept, trigger.start)
    if date is not None and date.said and vague_time(text, date, trigger.end):
        return None  # "كشف الثلاثاء أنه أجرى الأسبوع الماضي اتصالا": an earlier day the text does not give
    return date


def _deadline_day(text: str, d: DateMention) -> bool:
    """A written day right after "قبل"/"قبيل" (``contact_time_before``: "أملا في إقناعه قبل 12 مايو،
    موعد انتهاء المهلة", "قبل الاثنين المقبل"): the bound something must come before, no day a happening
    took place on. Only a day or a date: "قبل ظهر اليوم" is this day's morning."""
    if d.basis not in ("explicit", "weekday"):
        return False
    before = text[max(0, d.start - 12) : d.start].split()[-1:]
    return bool(before) and before[0].removeprefix("و") in lexicon().contact_time_before


# A trip's span opens at most this many characters after its visit word ("بزيارة رسمية تستغرق ثلاثة أيام
# اعتبارا من الثلاثاء").
TRIP_SPAN_CHARS = 80
_STOP = re.compile(r"[.!?؟\n]")


def _trip_start(text: str, d: DateMention, trigger: Match) -> bool:
    """Is ``d`` the day a trip's span opens on, after its visit word in the same sentence ("يقوم X
    بزيارة تستغرق ثلاثة أيام اعتبارا من الثلاثاء")? The trip starts that day (a bound of anything
    else, "تمديد المهلة اعتبارا من", stays no day)."""
    return (
        trigger.entry.value == "visit"
        and 0 <= d.start - trigger.end <= TRIP_SPAN_CHARS
        and not _STOP.search(text, trigger.end, d.start)
        and span_start_day(text, d)
    )


_THAT_WORD = re.compile(WORD_START + r"(?:ان|بان)(?:ه|ها|هما|هم|نا)?" + WORD_END)  # "أن"/"أنه"/"بأنهما"
_CLAUSE_OR_STOP = re.compile(r"[,،;؛.!?؟\n]")


def _matrix_days(text: str, dates: list[DateMention], trigger: Match) -> list[DateMention]:
    """ "صرح X في ختام القمة اليوم الجمعة أنه سيلتقي Y غدا السبت": a day before "أن" that opens the
    contact's clause belongs to the clause above it (a statement, a decision), however far its verb
    stands, when the contact's own clause writes a day of its own right after the contact word (no
    clause mark between): that day is the contact's, the earlier one the statement's."""
    own = [d for d in dates if d.start >= trigger.end and not _CLAUSE_OR_STOP.search(text, trigger.end, d.start)]
    if not own:
        return dates
    return [
        dataclasses.replace(d, said=True)
        if d.end <= trigger.word_start
        and (
            (
                _THAT_WORD.search(text, d.end, trigger.word_start)
                and not _CLAUSE_OR_STOP.search(text, d.end, trigger.word_start)
            )
            # "وصل X إلى القاهرة أمس، ويلتقي غدا Y": the day of an earlier clause, closed before the contact's
            or CLAUSE_MARK.search(text, d.end, trigger.word_start)
        )
        else d
        for d in dates
    ]


def _message_content_day(text: str, d: DateMention, trigger: Match) -> bool:
    """A date after a message word, past the word opening what the message says in the message word's
    own clause ("أظهرت الرسالة أن X اقترح عقد لقاء يوم الخميس"): the day of the content, not of the
    message ("أن" after a comma opens what someone else says)."""
    if trigger.entry.value != "message" or d.start < trigger.end:
        return False
    mark = CLAUSE_MARK.search(text, trigger.end, d.start)
    openers = lexicon().content_openers
    return any(w in openers for w in text[trigger.end : mark.start() if mark else d.start].split())


# A visit word the contact was about stands at most this many words before the date it governs
# ("بشأن زيارة الرئيس X القصيرة، مساء الأحد إلى باريس").
DISCUSSED_VISIT_WORDS = 10


def _discussed_visit_day(text: str, d: DateMention, trigger: Match) -> bool:
    """A date after a contact word of another kind and after a visit word that contact was about
    ("تباحثا في اتصال هاتفي بشأن زيارة الرئيس X، مساء أمس، إلى موسكو"): the day of that visit, not
    of the contact (the topic prepositions: extract_words.yaml ``status_more``:
    ``visit_topic_prepositions``)."""
    if trigger.entry.value == "visit" or d.start < trigger.end:
        return False
    lex = lexicon()
    preps = lex.status_more.get("visit_topic_prepositions", ())
    words = [w.strip("،,") for w in last_words(text, trigger.end, d.start, DISCUSSED_VISIT_WORDS)]
    return any(
        w.removeprefix("و") in preps and nxt.removeprefix("ال").startswith(lex.visit_noun_stem)
        for w, nxt in zip(words, words[1:], strict=False)
    )


# A scheduling noun stands among the last this many words before the contact word ("تواصل مساء أمس
# لتحديد موعد للمكالمة").
SCHEDULING_WORDS = 3


def _scheduling_day(text: str, d: DateMention, trigger: Match) -> bool:
    """A day before a contact word that a scheduling noun governs ("تواصل X مساء أمس لتحديد موعد
    للمكالمة", "اتفقا الأحد على موعد للقاء"; extract_words.yaml ``status_more.scheduling_nouns``), in
    one clause: the day the contact was arranged, not its own."""
    if d.end > trigger.word_start or _CLAUSE_OR_STOP.search(text, d.end, trigger.word_start):
        return False
    words = [
        w.removeprefix("و").removeprefix("ل") for w in last_words(text, d.end, trigger.word_start, SCHEDULING_WORDS)
    ]
    return any(w in lexicon().status_more.get("scheduling_nouns", ()) for w in words)


# "سيعود إلى بلاده يوم الأربعاء وذلك بعد لقاء": the future verb (or trip noun) stands at most this many words before the
# day, and at most FUTURE_DAY_GAP_WORDS words stand between the day and the contact word.
FUTURE_DAY_VERB_WORDS = 6
FUTURE_DAY_GAP_WORDS = 3


def _trip_or_future_day(text: str, d: DateMention, trigger: Match) -> bool:
    """A day after a verb of the future or a trip's noun and before a contact set in its time by
    "بعد"/"قبل" ("قال إنه سيعود إلى بلاده يوم الأربعاء وذلك بعد لقاء جمعه بـ Y", "يعلن عودته إلى بلاده
    الأربعاء بعد لقائه Y"; ``status_more.trip_nouns``): the day of that trip or happening to come, not
    of the contact told before or after it. A statement's day stays ("أعلن في بيان اليوم، عقب
    المحادثة")."""
    if d.end > trigger.word_start or not time_setting(text, trigger):
        return False
    if len(text[d.end : trigger.word_start].split()) > FUTURE_DAY_GAP_WORDS:
        return False
    words = last_words(text, 0, d.start, FUTURE_DAY_VERB_WORDS)
    nouns = lexicon().status_more.get("trip_nouns", ())
    return any(_future_word(w) or w.strip("،,").removeprefix("و") in nouns for w in words)


def _future_word(word: str) -> bool:
    """A present-tense verb with the future particle, bare or after "و"/"ف" ("سيعود", "وستغادر")."""
    w = word.strip("،,")
    if w[:1] in "وف" and w[1:2] == "س":
        w = w[1:]
    return len(w) > 3 and w[0] == "س" and w[1] in lexicon().future_verb_letters


def _quoted_after(text: str, d: DateMention, trigger_end: int) -> bool:
    """The date stands in a quotation that opens after the contact word ("تحدثا هاتفيا: «أدليت بتصريح
    بهذا المعنى أمس»"): the speaker's words date the statement, not the contact."""
    if d.start < trigger_end:
        return False
    between = text[trigger_end : d.start]
    opened = between.count("«") + between.count("“") - between.count("»") - between.count("”")
    if not (opened > 0 or between.count('"') % 2 == 1):
        return False
    return not _quoted_date(text, d)


# A date put in quotes of its own ('يوم الخميس "3 مارس/آذار 2016م"') ends at most this many words
# before the closing quote (the rest of the date: the other month name, the year).
QUOTED_DATE_TAIL_WORDS = 3
_QUOTE_CLOSE = re.compile(r'["»”]')
# Quotation marks that may open a quote right before its first word ("قال إنه \"حمل رسالة").
QUOTE_MARKS = "\"'«“("


def _quoted_date(text: str, d: DateMention) -> bool:
    """The quotation opens right before the date and closes right after its tail: the date itself is
    quoted (a caption's style), no one's words."""
    if not text[max(0, d.start - 2) : d.start].strip().endswith(('"', "«", "“")):
        return False
    close = _QUOTE_CLOSE.search(text, d.end, d.end + 40)
    return (
        close is not None
        and "\n" not in text[d.end : close.start()]
        and (len(text[d.end : close.start()].split()) <= QUOTED_DATE_TAIL_WORDS)
    )


@lru_cache(maxsize=1)
def _stamp_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A stamp's label before a date (``stamp_date_labels``), and the dated label at a line's start
    (``stamp_dated_label``: in a sentence it gives the contact its day)."""
    lex = lexicon()
    labels = alternation(lex.stamp_date_labels)
    dated = re.escape(lex.stamp_dated_label)
    return re.compile(rf"(?:{labels})[^\n]{{0,12}}$"), re.compile(rf"(?:^|\n)[^\S\n]*{dated}[^\n]{{0,12}}$")


# A page stamp's label ("نشر بتاريخ:", "آخر تحديث:") stands this close before its date.
STAMP_LABEL_CHARS = 24


def page_stamp(text: str, d: DateMention) -> bool:
    """A page's own stamp ("نشر بتاريخ: 12/11/2023", "آخر تحديث ...", a date followed by a clock
    time "الساعة 1:02"): not the date of a contact."""
    if _CLOCK_AFTER.match(text, d.end) or on_head_line(text, d) or _date_line(text, d):
        return True
    lead = text[max(0, d.start - STAMP_LABEL_CHARS) : d.start]
    stamp, stamp_dated = _stamp_patterns()
    if stamp.search(lead) is not None:
        return True
    # the line's start within the label's reach (the text's start counts as one)
    dated = lexicon().stamp_dated_label
    return (
        bool(dated)
        and dated in lead
        and stamp_dated.search(text, max(0, d.start - 2 * STAMP_LABEL_CHARS), d.start) is not None
    )


# Bullets and marks a page puts around a date given a line of its own ("- 21 نوفمبر 2024", "| 3/5/2019").
_LINE_MARKS = " \t-–—|•*·:،,()[]"


def _date_line(text: str, d: DateMention) -> bool:
    """A full date alone on its line, but for bullets and marks ("- 21 نوفمبر 2024" among a page's
    widgets): the page's stamp or the site's day, never the day of a contact, which a sentence tells."""
    if d.basis != "explicit" or d.date is None:
        return False
    lo = text.rfind("\n", 0, d.start) + 1
    hi = text.find("\n", d.end)
    hi = len(text) if hi < 0 else hi
    return not text[lo : d.start].strip(_LINE_MARKS) and not text[d.end : hi].strip(_LINE_MARKS)


# A clock time right after a date ("8 أبريل 2021 الساعة 1:02 صباحا", "2023-03-11 10:58"): a page stamp.
_CLOCK_AFTER = re.compile(r"[\s,،\-|]*(?:(?:اخر تحديث|تحديث)\s*:?\s*)?" + CLOCK_TIME + r"(?!\d)|[\s,،]*الساعه")


# "تحدث X مع Y": "مع" / "إلى" follows the verb (and its subject) within this many characters.
SPOKE_WITH_CHARS = 80
# "بحث X اليوم الاثنين 23 سبتمبر في نيويورك مع Y على هامش ...": a talks verb on the side of a gathering
# has its subject, and often a day and a place, before "مع"; "مع" may stand this far after the verb.
TALKS_WITH_CHARS = 160
_ABOUT = re.compile(WORD_START + r"عن" + WORD_END)
_SPOKE_WITH = word_pattern((*WITH, "الي", "لـ", "ل"))  # "تحدث X مع Y" / "إلى Y" / "لـY"


def _spoke_with(text: str, verb: Match, hi: int) -> bool:
    """ "مع"/"إلى" follows a "spoke" verb (not after "عن": "تحدث عن علاقاته مع" names a topic)."""
    with_ = _SPOKE_WITH.search(text, verb.end, min(hi, verb.end + SPOKE_WITH_CHARS))
    return with_ is not None and not _ABOUT.search(text, verb.end, with_.start())


# "تبادل الرئيس X أيضا التهاني بالعام الجديد مع Y": the greetings stand at most this many words after the
# verb (its subject and an adverb between), "مع" at most this many characters after the greetings.
GREETINGS_WORDS = 8
GREETINGS_WITH_CHARS = 80


@lru_cache(maxsize=1)
def _greetings_noun() -> re.Pattern[str]:
    return re.compile(WORD_START + rf"(?:{alternation(lexicon().greetings_nouns)})" + WORD_END)


def _greetings_with(text: str, verb: Match, hi: int) -> bool:
    """An exchange verb ("تبادل", triggers.yaml ``greetings_verbs``) with its subject written before the
    greetings ("تبادل الرئيس X التهاني مع Y"): a word of ``greetings_nouns`` within a few words of the
    verb, no clause mark between, and "مع" after it: an exchange of greetings between the subject and
    those after "مع" (the verb and the greetings written together are a trigger of their own)."""
    noun = _greetings_noun().search(text, verb.end, min(hi, verb.end + GREETINGS_WORDS * 12))
    if noun is None or len(text[verb.end : noun.start()].split()) > GREETINGS_WORDS:
        return False
    if has_cue(text[verb.end : noun.start()], lexicon().clause_breakers) or "." in text[verb.end : noun.start()]:
        return False
    return word_pattern(WITH).search(text, noun.end(), min(hi, noun.end() + GREETINGS_WITH_CHARS)) is not None


def _before_talks_noun(head: str) -> re.Pattern[str]:
    """``head`` (the grammar of what stands before the talks noun, from a word's start), then a talks
    noun (``interjected_talks_nouns``, group ``noun``) as a whole word: the frame of the two talks
    patterns below."""
    return re.compile(WORD_START + head + rf"(?P<noun>{alternation(lexicon().interjected_talks_nouns)})" + WORD_END)


@lru_cache(maxsize=1)
def _interjected_talks_pattern() -> re.Pattern[str]:
    """A dual subject, a clause set off by commas, the talks noun ("الرئيسان، بحضور الوفدين، محادثات")."""
    lex = lexicon()
    duals = alternation(tuple(w.removeprefix("ال") for w in lex.interjected_talks_duals))
    return _before_talks_noun(rf"و?ال(?P<dual>{duals})\s*,[^,.!?؟\n]{{1,{lex.interjection_max_chars}}},\s*")


@lru_cache(maxsize=1)
def _held_talks_pattern() -> re.Pattern[str]:
    """A verb of holding talks, its subjects, the talks noun ("عقد X وY محادثات")."""
    lex = lexicon()
    verbs = alternation(lex.held_talks_verbs)
    return _before_talks_noun(rf"[وف]?(?:{verbs})\s+(?P<subjects>[^.!?؟\n]{{1,{lex.held_talks_subjects_chars}}}?)\s+")


_WITH_WORD = re.compile(WORD_START + r"مع" + WORD_END)
_PARTY_KINDS = frozenset({"title", "person", "person_ambiguous", "counterpart"})
# "أجرى X مباحثات في الرياض مع Y": "مع" stands at most this many words after the talks noun.
HELD_TALKS_WITH_WORDS = 4


def _held_talks(text: str, inside: list[Match], lo: int, hi: int) -> list[Match]:
    """A verb of holding talks, its subject, then the talks noun: the talks are a meeting when two
    subjects are joined by "و" ("سيعقد الرئيس X، والرئيس Y، محادثات": a title or name with the
    conjunction) or "مع" names the other side a few words after the noun ("أجرى X مباحثات في الرياض
    مع Y"); the noun is the contact word (the subjects before it, as in "عقد X وY محادثات")."""
    lex = lexicon()
    if not any_written(text, lex.interjected_talks_nouns, lo, hi) or not any_written(
        text, lex.held_talks_verbs, lo, hi
    ):
        return []
    out = []
    for m in _held_talks_pattern().finditer(text, lo, hi):
        a, b = m.start("subjects"), m.end("subjects")
        if _WITH_WORD.search(text, a, b):
            continue
        joined = any(
            a <= p.word_start < b
            and p.entry.kind in _PARTY_KINDS
            and text[p.word_start] == "و"
            and p.start > p.word_start
            for p in inside
        )
        with_after = _WITH_WORD.search(text, m.end(), min(hi, m.end() + 60))
        if joined or (
            with_after is not None and words_at_most(text, m.end(), with_after.start(), HELD_TALKS_WITH_WORDS)
        ):
            out.append(Match(m.start("noun"), m.end(), m.start("noun"), Entry("trigger", "meeting", m.group("noun"))))
    return out


def _interjected_talks(text: str, lo: int, hi: int) -> list[Match]:
    """A dual subject and its talks noun parted by a clause set off by commas ("أجرى الرئيسان، بحضور
    الوفدين، محادثات"): the contact word the two make together ("الرئيسان محادثات"), a meeting."""
    lex = lexicon()
    if not any_written(text, lex.interjected_talks_nouns, lo, hi):
        return []
    return [
        Match(
            m.start("dual"),
            m.end(),
            m.start(),
            Entry("trigger", "meeting", f"{m.group('dual')} {m.group('noun')}", has_article=True),
        )
        for m in _interjected_talks_pattern().finditer(text, lo, hi)
    ]


# "يتوجه الرئيس X خلال الأيام المقبلة إلى القاهرة": "إلى" stands at most this many words after the verb
# of travel (its subject, a time), the capital or country right after it.
TRIP_TO_WORDS = 12
_TO = re.compile(WORD_START + r"الي" + WORD_END)


def _trip_to_place(text: str, verb: Match, inside: list[Match], hi: int) -> bool:
    """A verb of travel (a "trip" trigger: extract_words.yaml ``travel_verbs`` role ``trip_trigger``)
    followed, within TRIP_TO_WORDS words (its subject, a time), by "إلى" and a capital or a country's
    name: a journey to a country. Not "توجه بالشكر إلى" (a word with "ب" right after the verb: addressed
    thanks, a speech), nor "إلى الشعب"."""
    after = text[verb.end : min(hi, verb.end + 200)].split()
    if not after or after[0].startswith("ب") or after[0][:1] in "،,":
        return False
    to = _TO.search(text, verb.end, min(hi, verb.end + 200))
    if to is None or not words_at_most(text, verb.end, to.start(), TRIP_TO_WORDS):
        return False
    tail = text[to.end() : min(hi, to.end() + 60)]
    place = tail.split(None, 2)[:2]
    if not place:
        return False
    if any(" ".join(place[:n]) in reference_data().capitals for n in (1, 2)):
        return True
    start = to.end() + len(tail) - len(tail.lstrip())
    return any(m.entry.kind == "country_name" and m.word_start == start for m in inside)


def contact_triggers(text: str, inside: list[Match], lo: int, hi: int) -> list[Match]:
    """The sentence's contact triggers; a "spoke" or "talks" verb counts only without another contact
    word: with "مع" on the side of a gathering ("بحث X مع Y على هامش القمة") it is a meeting, and a
    "spoke" verb otherwise only when it reports a call. A dual subject parted from its talks noun by
    an inserted clause makes the trigger the two words make together (``_interjected_talks``)."""
    triggers = [m for m in inside if m.entry.kind == "trigger" and m.entry.value != "not_contact"]
    triggers += _interjected_talks(text, lo, hi)
    if not triggers:
        triggers = _held_talks(text, inside, lo, hi)
    strong = [t for t in triggers if t.entry.value not in ("spoke", "talks", "trip")]
    if strong:
        return strong
    greetings = [m for m in inside if m.entry.kind == "greetings_verb" and _greetings_with(text, m, hi)]
    if greetings:
        return [t._replace(entry=dataclasses.replace(t.entry, kind="trigger", value="message")) for t in greetings]
    if has_cue(text[lo:hi], lexicon().side_meeting):
        return [
            t._replace(entry=dataclasses.replace(t.entry, value="meeting"))
            for t in triggers
            if word_pattern(WITH).search(text, t.end, min(hi, t.end + TALKS_WITH_CHARS))
        ]
    # a "spoke" verb reports a call when "مع"/"إلى" follows and the sentence is about no meeting, press
    # conference or speech (read once for the sentence, not once per verb)
    spoken = [t for t in triggers if t.entry.value == "spoke" and _spoke_with(text, t, hi)]
    if not spoken or _not_call_setting(text, lo, hi):
        trip = next((t for t in triggers if t.entry.value == "trip" and _trip_to_place(text, t, inside, hi)), None)
        return [trip._replace(entry=dataclasses.replace(trip.entry, value="visit"))] if trip else []
    return [t._replace(entry=dataclasses.replace(t.entry, value="phone_call")) for t in spoken]


def _not_call_setting(text: str, lo: int, hi: int) -> bool:
    """Is the sentence about a meeting, press conference or speech (``spoke_not_call``)? Not one that only
    sets the time of the talk ("تحدث X مع Y بعد خطاب Z", "قبل كلمته": ``contact_time_after`` /
    ``contact_time_before`` right before it): the two still spoke by phone."""
    lex = lexicon()
    if not has_cue(text[lo:hi], lex.spoke_not_call):
        return False
    timing = {*lex.contact_time_after, *lex.contact_time_before}
    for m in cue_pattern(lex.spoke_not_call).finditer(text, lo, hi):
        before = text[max(lo, m.start() - 12) : m.start()].split()[-1:]
        if not before or before[0].removeprefix("و") not in timing:
            return True
    return False


def main_trigger(
    text: str, inside: list[Match], triggers: list[Match], lo: int, dates: list[DateMention]
) -> tuple[Match, EventStatus | Literal["refused", "hypothetical"]]:
    """The sentence's trigger and status. A trip framed as a visit ("يبدأ زيارة ... يلتقي خلالها")
    or still to come is a visit even when the meeting is mentioned. A contact word that only sets the
    time of another ("بعد مكالمته مع X، تحدث مع Y عبر الهاتف") gives way to one of its type that does not."""
    again = {t.start for t in triggers if told_again(text, t)}
    # some trigger not told again has another of a different type (O(T): any two types will do)
    if len({t.entry.value for t in triggers}) < 2 or all(t.start in again for t in triggers):
        again = set()  # nothing else to tell: the contact word told again stays the sentence's
    # a contact word that only sets the time of another ("استقبل X Y، بعد أيام من اتصال هاتفي بينهما")
    # gives way to one that does not, of any type; a summit told with its participants ("قمة تجمع قادة
    # أ وب وج، ويشارك فيها الرئيس د عبر الفيديو") is the sentence's contact, whoever joins it by video,
    # unless the video words follow the summit word itself ("قمة عبر تقنية الفيديو": held by video)
    gatherings = [t.end for t in triggers if t.entry.gathering]
    by_video = bool(gatherings) and all(
        t.entry.gathering
        or (t.entry.value == "video_call" and not any(text[g : t.word_start].isspace() for g in gatherings))
        for t in triggers
    )
    scene_end, scene_type = _scene_end(text, triggers)
    trigger = min(
        triggers,
        key=lambda t: (
            t.start in again,
            time_setting(text, t),
            t.end <= scene_end and t.entry.value == scene_type,
            # otherwise any other contact word of the sentence tells it as before the summit was read
            not t.entry.gathering if by_video else t.entry.gathering,
            TYPE_PRIORITY.get(t.entry.value, 9),
            t.start,
        ),
    )
    status = status_of(text, inside, trigger, lo)
    visits = [t for t in triggers if t.entry.value == "visit" and not _during_the_visit(text, t)]
    if (
        trigger.entry.value == "meeting"
        and visits
        and (
            status == "planned"
            or any(d.future for d in dates)
            or (visits[0].start < trigger.start and meeting_to_come(text, trigger))
            or (visits[0].start < trigger.start and status_of(text, inside, visits[0], lo) == "planned")
        )
    ):
        trigger = visits[0]
        status = status_of(text, inside, trigger, lo) if status == "reported" else status
    if trigger.entry.value == "visit" and status == "reported" and len(visits) > 1:
        # "أصدر بيانا حول الزيارة جاء فيه: سيقوم X بزيارة ...": the trip named again with a cue of its own
        later = [t for t in visits if t.start > trigger.start]
        if later and status_of(text, inside, later[0], lo) == "planned":
            status = "planned"
    return trigger, status


def _scene_end(text: str, triggers: list[Match]) -> tuple[int, str | None]:
    """Where the scene a sentence sets before its contact ends, and that contact's type: a scene opener
    ("حيث") right before the sentence's last contact word ("شهدت العاصمة أعمال اجتماع القمة، حيث التقى X
    الرئيس Y": the gathering is where X met Y; a contact word of that type before the opener gives way);
    (-1, None) when there is none."""
    first = min(t.end for t in triggers)
    last = max(triggers, key=lambda t: t.start)
    openers = lexicon().scene_openers
    if len(triggers) < 2 or not any_written(text, openers, first, last.word_start):
        return -1, None
    opener = next(reversed(list(word_pattern(openers).finditer(text, first, last.word_start))), None)
    if opener is None or not text[opener.end() : last.word_start].isspace():
        return -1, None  # "حيث يشارك الوزيران في اجتماع": the opener's own clause tells a gathering
    return opener.start(), last.entry.value


def _during_the_visit(text: str, trigger: Match) -> bool:
    """The visit word sets the time of the meeting, referring to a trip told before ("ومن المقرر أن
    يجري X خلال الزيارة مباحثات مع Y", "أثناء زيارته"): the sentence tells the meeting, not a trip."""
    word = text[trigger.word_start : trigger.end]
    # the pronoun may be part of the visit word itself ("خلال زيارته الرسمية"), or written after it
    possessed = possessed_noun(word.lstrip("وف"), lexicon().possessed_contact_nouns)
    if not (word.startswith("ال") or possessed or text.startswith(("ه", "ها"), trigger.end)):
        return False
    before = text[max(0, trigger.word_start - 10) : trigger.word_start].split()[-1:]
    if before and before[0] in lexicon().during_words:
        return True
    # the visit told before as the subject of its programme ("أن تتضمن الزيارة مباحثات مع Y", "الزيارة
    # تشمل لقاء"): the contact listed is the news, the trip is no second one
    verbs = lexicon().status_more.get("schedule_verbs", ())
    after = text[trigger.end : trigger.end + 12].split()[:1]
    return any(w.strip("،,").lstrip("وف") in verbs for w in before + after)


def told_again(text: str, trigger: Match) -> bool:
    """The contact word is the subject of "يأتي"/"جاء", with the article or "هذا/هذه" ("ويأتي الاتصال
    قبيل ...", "وتأتي هذه الزيارة بعد ..."): the contact told before, whose timing the sentence sets;
    or what a reply or thanks is for ("ردا على الاتصال الذي تلقاه منه", "شكره على الاتصال")."""
    lex = lexicon()
    words = text[max(0, trigger.word_start - 24) : trigger.word_start].split()[-2:]
    if words and words[-1] in lex.told_again_determiners:
        return len(words) == 2 and words[0] in lex.told_again_verbs
    written = text[trigger.word_start : trigger.end]
    if not words or not written.startswith("ال"):
        return False
    if words[-1] in lex.told_again_verbs:
        return True
    # "ردا على الاتصال الذي تلقاه منه", "شكره على الاتصال": a reply to, or thanks for, that contact
    return len(words) == 2 and words[-1] in ("علي", "وعلي") and words[0].strip("،,") in lex.reply_words


@lru_cache(maxsize=1)
def _time_word_before() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A contact-time word after (of an earlier contact), and one before (of a later contact), right
    before a point (extract_words.yaml ``contact_time_after``, ``contact_time_before``)."""
    lex = lexicon()
    after, before = (
        "|".join(re.escape(w) for w in words) for words in (lex.contact_time_after, lex.contact_time_before)
    )
    return re.compile(WORD_START + rf"[وف]?(?:{after})\s+$"), re.compile(WORD_START + rf"[وف]?(?:{before})\s+$")


def time_setting(text: str, trigger: Match, earlier_only: bool = False) -> bool:
    """The contact word follows "بعد"/"عقب" ("بعد مكالمته الهاتفية مع X": an earlier contact) or, unless
    ``earlier_only``, "قبل"/"قبيل" (a later one): it sets the time of another contact."""
    head = max(0, trigger.word_start - 8)
    after, before = _time_word_before()
    if after.search(text, head, trigger.word_start):
        return True
    if not earlier_only and before.search(text, head, trigger.word_start) is not None:
        return True
    return _after_a_gap(text, trigger, earlier_only)


# "بعد أيام من", "قبل أسبوع واحد من": at most this many words between the time word and "من".
GAP_WORDS = 2


def _after_a_gap(text: str, trigger: Match, earlier_only: bool) -> bool:
    """The contact word follows "بعد/قبل" + a span of time + "من" ("بعد أيام من اتصال هاتفي بينهما",
    "قبل أسبوع من لقائهما"): it sets the time of another contact."""
    words = text[max(0, trigger.word_start - 40) : trigger.word_start].split()[-(GAP_WORDS + 3) :]
    if len(words) < 3 or words[-1] != "من":
        return False
    lex = lexicon()
    for i in range(len(words) - 2):
        head = words[i].removeprefix("و")
        if head in lex.contact_time_after or (head in lex.contact_time_before and not earlier_only):
            gap = words[i + 1 : -1]
            return 0 < len(gap) <= GAP_WORDS and gap[0] in lex.time_gap_words
    return False


# A purpose word stands at most this many words before the meeting word ("من أجل عقد لقاء").
PURPOSE_WORDS_BEFORE = 2


def meeting_to_come(text: str, trigger: Match) -> bool:
    """The meeting word states what a trip is for ("يلتقي خلالها", "للقاء", "من أجل عقد لقاء مع")."""
    lex = lexicon()
    if trigger.entry.key in lex.meeting_to_come or text[trigger.word_start : trigger.start] in ("ل", "لل"):
        return True
    before = text[max(0, trigger.word_start - 30) : trigger.word_start].split()[-PURPOSE_WORDS_BEFORE:]
    return any(w in lex.purpose_words for w in before) or _programme_clause(text, trigger)


# The light verb and "خلالها" stand at most this many words before the meeting word ("يجري خلالها
# الرئيس مباحثات").
PROGRAMME_WORDS_BEFORE = 4


def _programme_clause(text: str, trigger: Match) -> bool:
    """A meeting noun in a clause of what a trip holds, a present verb of ``meeting_to_come`` (its first
    word: "يجري", "يعقد") then "خلالها" / "أثناءها" that points back to the trip ("في زيارة يجري خلالها
    مباحثات مع Y"): the trip's programme, a meeting still to come when the trip is told. A past verb
    ("زار ... أجرى خلالها مباحثات") tells the meeting held."""
    lex = lexicon()
    words = [w.strip("،,") for w in text[max(0, trigger.word_start - 60) : trigger.word_start].split()]
    words = words[-PROGRAMME_WORDS_BEFORE:]
    verbs = {key.split()[0] for key in lex.meeting_to_come}
    back = {w + suffix for w in lex.during_words for suffix in ("ه", "ها")}
    for i, w in enumerate(words[:-1]):
        verb = w.removeprefix("و")
        if (verb in verbs or verb.removeprefix("س") in verbs) and words[i + 1] in back:
            return True
    return False
