"""Who placed the call: the participant the text presents as the caller.

"أجرى X اتصالا بـ Y" / "اتصل X بـ Y" (caller verb: its subject), "تلقى Y اتصالا من X" (receiver
verb: the participant after "من"), "بمبادرة من X", "شكر Y X على الاتصال" (the one thanked).
Neutral forms ("جرى اتصال بين", "تباحثا هاتفيا", "محادثة") name no caller; when the frames of one
event disagree the event has no initiator (``initiator_conflict``). Cue words live in
``data/extract_words.yaml``.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from rasd.arabic import WORD_END, WORD_START
from rasd.extract.lexicon import WITH, any_written, cue_pattern, lexicon, word_pattern
from rasd.extract.scan import Match

# A caller or receiver verb governs a trigger this many characters after it at most
# ("أجرى الرئيس ... اتصالا": the subject with its titles sits between).
VERB_BEFORE_TRIGGER_CHARS = 140
# "من X" after a receiver's trigger: the caller's mention starts within this many characters.
FROM_AFTER_TRIGGER_CHARS = 90
# The caller's mention after "من" (names and titles may come first: "من كل من X نائب رئيس ...").
FROM_NAME_CHARS = 80
# "شكر Y X على الاتصال": "على الاتصال" follows the thanked one within this many characters.
THANKS_SPAN_CHARS = 160

People = list[tuple[int, int, str]]  # (start, end, participant key) in the normalised text


@lru_cache(maxsize=1)
def _patterns() -> dict[str, re.Pattern[str]]:
    lex = lexicon()
    return {
        "caller": cue_pattern(lex.caller_verbs),
        "receiver": cue_pattern(lex.receiver_verbs),
        "initiative": cue_pattern(lex.initiative),
        "thanks": cue_pattern(lex.thanks),
        "caller_after": cue_pattern(lex.caller_after),
        "receiver_after": cue_pattern(lex.receiver_after),
        "neutral": cue_pattern(lex.neutral),
        "from": word_pattern(("من",)),
        "for_call": re.compile(r"علي (?:ال)?(?:اتصال|مكالم|مبادر|تواصل)"),
        # the text is normalised (إلى -> الي): a preposition word, and a complementizer opening a clause
        "preposition": word_pattern(("الي", *WITH, "لدي")),
        "that": word_pattern(("ان", "بان", "لان")),
    }


def _first_after(people: People, pos: int, limit: int) -> str | None:
    return next((key for start, _, key in people if pos <= start <= pos + limit), None)


def _object_marked(text: str, start: int) -> bool:
    """The mention at ``start`` carries the object preposition ("بالرئيس", "بنظيره", "بأخيه")."""
    begin = start
    while begin > 0 and text[begin - 1].isalpha():
        begin -= 1
    return text[begin:start].startswith(("ب", "وب")) or text[max(0, begin - 3) : begin].strip() in ("مع", "ب")


def _one(people: People, chosen: tuple[int, int, str]) -> str | None:
    """The key of a subject mention; None for a dual title ("أجرى الرئيسان اتصالا": both)."""
    same = {key for start, _, key in people if start == chosen[0]}
    return chosen[2] if len(same) == 1 else None


def _preposition_between(text: str, lo: int, hi: int) -> bool:
    """A preposition word stands between the verb and the first participant after it ("تحدث إلى
    قادة X", "اتصل هاتفيا مع X"): that participant is the object, the subject came before."""
    return _patterns()["preposition"].search(text, lo, hi) is not None


def _subject_before(text: str, before: People, verb_start: int, obj: str | None) -> tuple[int, int, str] | None:
    """The SVO subject: the nearest participant before the verb that is not its object (nobody calls
    himself: "نظيره ... تحدث مع X" when X is the object) and is not cut off from the verb by a
    complementizer ("زعم X أن Y اتصل به": X said it; Y, not a participant here, called)."""
    for p in reversed(before):
        if p[2] == obj:
            continue
        if _patterns()["that"].search(text, p[1], verb_start):
            return None
        return p
    return None


def _subject_of(text: str, people: People, verb: re.Match[str], trigger: Match, lo: int) -> str | None:
    """The verb's subject: the first participant between the verb and the trigger (VSO order), else
    the nearest one before the verb in the sentence (SVO: "الرئيس X يجري اتصالا"). When the verb is
    the trigger ("اتصل X بـ Y"), the first participant after it unless it is the marked object."""
    before = [p for p in people if lo <= p[0] < verb.start()]
    if before and _present_right_after(text, before[-1], verb):
        return _one(people, before[-1])  # "السيسي يهاتف العاهل الأردني": a headline's subject, then its verb
    if verb.start() >= trigger.word_start:
        after = [p for p in people if verb.end() <= p[0] <= verb.end() + 80]
        marked = bool(after) and (
            _object_marked(text, after[0][0]) or _preposition_between(text, verb.end(), after[0][0])
        )
        if after and not (marked and before):
            return _one(people, after[0])
        subject = _subject_before(text, before, verb.start(), after[0][2] if marked else None)
        return _one(people, subject) if subject else None
    between = [p for p in people if verb.end() <= p[0] < trigger.word_start]
    if between:
        if _coordinated(text, between):
            # "أجرى X ونظيره Y اتصالا هاتفيا": both subjects, nobody presented as calling; with a third
            # party called after the contact word ("أجرى A وB اتصالا مع C") each subject called C: the
            # first stands for the subjects, ``group_caller`` gives each split pair its own
            called = _marked_after(text, people, trigger.end, 40)
            subjects = {key for _, _, key in between}
            return between[0][2] if called is not None and called not in subjects else None
        return _one(people, between[0])
    if before and _continues(text, before, verb.start()):
        return _one(people, before[0])
    return _one(people, before[-1]) if before else None


# A present-tense verb this close after a participant's mention has it as its subject (SVO).
SVO_GAP_CHARS = 3


def _present_right_after(text: str, subject: tuple[int, int, str], verb: re.Match[str]) -> bool:
    """A present-tense verb ("يهاتف", "يجري", "تتصل") right after a participant's mention: SVO, the
    headline order ("السيسي يهاتف العاهل الأردني"); the mention is the subject."""
    word = verb.group().lstrip("وف")
    return (
        word[:1] in ("ي", "ت")
        and 0 <= verb.start() - subject[1] <= SVO_GAP_CHARS
        and not text[subject[1] : verb.start()].strip(" ")
    )


_AND_GAP = re.compile(r"[\s\"«»“”]*و[\s\"«»“”]*")


def _coordinated(text: str, between: People) -> bool:
    """Two participants joined by "و" stand between the verb and the contact word: a joint subject."""
    first = between[0]
    second = next((p for p in between if p[0] >= first[1] and p[2] != first[2]), None)
    return second is not None and _AND_GAP.fullmatch(text, first[1], second[0]) is not None


def _continues(text: str, before: People, verb_start: int) -> bool:
    """The verb follows a continuation word ("كما أجرى", "فيما أجرى") with names before it: its subject is
    elided, the clause's first-named subject ``before[0]`` (no complementizer after it)."""
    words = text[max(0, verb_start - 12) : verb_start].split()
    if not words or words[-1] not in lexicon().continuation:
        return False
    return _patterns()["that"].search(text, before[0][1], verb_start) is None


def _receiver_call(text: str, people: People, trigger: Match, hi: int, start: int | None = None) -> str | None:
    """The participant after "من" that follows the trigger (or ``start``): "تلقى Y اتصالا من X"."""
    pats = _patterns()
    start = trigger.end if start is None else start
    for m in pats["from"].finditer(text, start, min(hi, start + FROM_AFTER_TRIGGER_CHARS)):
        key = _first_after(people, m.end(), FROM_NAME_CHARS)
        if key is not None:
            return key
    return None


# A relative verb ("أجراه", "تلقاه") governs the trigger it follows within this many characters.
VERB_AFTER_TRIGGER_CHARS = 30


def _after_trigger(text: str, lo: int, hi: int, trigger: Match, people: People) -> str | None:
    """ "اتصال هاتفي أجراه X بـ Y" (X called), "اتصال تلقاه X من Y" (Y called); a verb without a
    subject after it ("اتصالات أجراها مع ...") has the sentence's earlier participant as subject."""
    pats = _patterns()
    end = min(hi, trigger.end + VERB_AFTER_TRIGGER_CHARS)
    lex = lexicon()
    for kind, words in (("caller_after", lex.caller_after), ("receiver_after", lex.receiver_after)):
        if not any_written(text, words, trigger.word_start, end):
            continue
        m = pats[kind].search(text, trigger.word_start, end)  # the verb may close the trigger phrase
        if m is None:
            continue
        if kind == "receiver_after":  # "اتصال هاتفي تلقاه من X": X called
            caller = _receiver_call(text, people, trigger, hi, start=m.end())
            if caller is not None:
                return caller
        after = [p for p in people if m.end() <= p[0] <= m.end() + 25]
        # "برقية بعث بها إلى X": X, after a preposition word, is the object as much as "بـX"
        marked = bool(after) and (_object_marked(text, after[0][0]) or _preposition_between(text, m.end(), after[0][0]))
        if kind == "caller_after" and marked:
            # "الاتصال الذي أجراه فخامته بـ Y": the subject is a pronoun, the marked one was called
            others = {key for _, _, key in people if key != after[0][2]}
            if len(others) == 1:
                return others.pop()
        before = [p for p in people if p[0] < trigger.word_start]
        subject = after[0] if after and not marked else _clause_subject(text, before, trigger, lo)
        if subject is None:
            return None
        if kind == "caller_after":
            return _one(people, subject)
        others = {key for _, _, key in people if key != subject[2]}
        return others.pop() if len(others) == 1 else None
    return None


def _clause_subject(text: str, before: People, trigger: Match, lo: int) -> tuple[int, int, str] | None:
    """The unnamed subject of a relative verb after the contact word ("أكد X دعمه لـ Y خلال اتصال
    أجراه معه", "... تلقاه منه"): the clause's first-named participant, the first one not cut off
    from the contact word by a complementizer ("قال X إن Y ..." : Y); none named: None."""
    if before and before[-1][0] < lo:
        return before[0]  # "جاء ذلك خلال اتصال أجراه": the sentence before names the subject first
    that = _patterns()["that"]
    for p in before:
        if that.search(text, p[1], trigger.word_start) is None:
            return p
    return before[-1] if before else None


# "اتصال أمير قطر بولي العهد": the caller's mention follows the noun within this many characters.
GENITIVE_GAP_CHARS = 3


def _genitive_caller(text: str, trigger: Match, people: People) -> str | None:
    """ "باتصال X بـ Y" (the call of X to Y): X, when Y carries the object preposition."""
    after = [p for p in people if p[0] >= trigger.end]
    if len(after) < 2 or after[0][0] - trigger.end > GENITIVE_GAP_CHARS + 2:
        return None
    if _object_marked(text, after[0][0]) or not _object_marked(text, after[1][0]):
        return None
    return _one(people, after[0])


def frame_initiator(text: str, lo: int, hi: int, trigger: Match, people: People) -> str | None:
    """The caller a trigger sentence presents, or None (neutral form, or no caller in reach)."""
    pats = _patterns()
    relative = _after_trigger(text, lo, hi, trigger, people)
    if relative is not None:
        return relative
    genitive = _genitive_caller(text, trigger, people)
    if genitive is not None:
        return genitive
    window_lo = max(lo, trigger.word_start - VERB_BEFORE_TRIGGER_CHARS)
    lex = lexicon()
    # each scan only where one of its words is written at all (``any_written``: a cheap exact pre-test)
    m = pats["initiative"].search(text, lo, hi) if any_written(text, lex.initiative, lo, hi) else None
    if m:
        key = _first_after(people, m.end(), 60)
        if key is not None:
            return key
    receivers, callers, neutral = (
        list(pats[kind].finditer(text, window_lo, trigger.end))
        if any_written(text, words, window_lo, trigger.end)
        else []
        for kind, words in (
            ("receiver", lex.receiver_verbs),
            ("caller", lex.caller_verbs),
            ("neutral", lex.neutral),
        )
    )
    last_receiver = receivers[-1].start() if receivers else -1
    last_caller = callers[-1].start() if callers else -1
    last_neutral = neutral[-1].start() if neutral else -1
    if neutral and last_neutral >= max(last_receiver, last_caller):
        return None  # "جرى اتصال هاتفي بين", "تباحثا هاتفيا": no side presented as calling
    if last_receiver > last_caller:
        caller = _receiver_call(text, people, trigger, hi)
        if caller is None:  # "تلقى Y، من نظيره X، اتصالا": "من" between the verb and the contact word
            caller = _receiver_call(text, people, trigger, trigger.word_start, start=receivers[-1].end())
        return caller
    if callers and _during(text, lo, trigger):
        callers = []  # "لم يتحدث خلال الاتصال عن ...": what was said during the call, not who placed it
    if callers:
        return _subject_of(text, people, callers[-1], trigger, lo)
    from_to = _from_to(text, people, trigger, hi)
    if from_to is not None:
        return from_to  # "اتصال هاتفي من X إلى Y": a headline's call with its direction
    for t in pats["thanks"].finditer(text, lo, hi) if any_written(text, lex.thanks, lo, hi) else ():
        tail = pats["for_call"].search(text, t.end(), min(hi, t.end() + THANKS_SPAN_CHARS))
        if tail is None:
            continue
        after = [key for start, _, key in people if t.end() <= start < tail.start()]
        if len(after) >= 2:
            return after[1]  # "شكر Y X على الاتصال": the object was thanked for calling
        if len(after) == 1:
            before = [key for start, _, key in people if lo <= start < t.start()]
            return after[0] if before else None
    return None


def _during(text: str, lo: int, trigger: Match) -> bool:
    """The contact word follows "خلال"/"أثناء": a verb before it tells what happened during the call."""
    words = text[max(lo, trigger.word_start - 12) : trigger.word_start].split()
    return bool(words) and words[-1] in lexicon().during_words


_FROM_AT = re.compile(r"\s*من\s")
_TO_WORD = re.compile(WORD_START + r"(?:الي|لـ?)" + WORD_END)


def _from_to(text: str, people: People, trigger: Match, hi: int) -> str | None:
    """ "اتصال هاتفي من X إلى Y": "من" right after the contact word, a participant, then "إلى" and
    another: the first placed the call."""
    m = _FROM_AT.match(text, trigger.end)
    if m is None:
        return None
    after = [p for p in people if m.end() <= p[0] <= m.end() + FROM_NAME_CHARS and p[0] < hi]
    if len(after) < 2 or after[1][2] == after[0][2]:
        return None
    to = _TO_WORD.search(text, after[0][1], after[1][0] + 3)
    return _one(people, after[0]) if to is not None else None


def _marked_after(text: str, people: People, pos: int, limit: int) -> str | None:
    """The first participant within ``limit`` characters after ``pos`` when it is an object
    ("بالرئيس X", "مع الرئيس X"), else None."""
    after = [p for p in people if pos <= p[0] <= pos + limit]
    if not after:
        return None
    first = after[0]
    if _object_marked(text, first[0]) or _preposition_between(text, pos, first[0]):
        return _one(people, first)
    return None


def frame_called(text: str, lo: int, hi: int, trigger: Match, people: People) -> str | None:
    """The participant a caller verb with an unnamed (pronoun) subject called: "علما أنه أجرى مكالمة
    مع الرئيس X", "الاتصال الذي أجراه فخامته بالرئيس X". The sentence names nobody as the subject,
    so the caller is the event's other party (the caller of a pair is then the one not called). Also
    the contact word with the caller's pronoun ("خلال اتصاله الهاتفي بالمستشارة X": X was called)."""
    pats = _patterns()
    lex = lexicon()
    word = text[trigger.word_start : trigger.end].split()[0] if trigger.end > trigger.word_start else ""
    if word in lex.caller_possessive:  # "خلال اتصاله بالمستشارة X": X was called
        return _marked_after(text, people, trigger.end, 40)
    end = min(hi, trigger.end + VERB_AFTER_TRIGGER_CHARS)
    if any_written(text, lex.caller_after, trigger.word_start, end):
        m = pats["caller_after"].search(text, trigger.word_start, end)
        if m is not None and not any(lo <= p[0] < trigger.word_start for p in people):
            return _marked_after(text, people, m.end(), 40)
    window_lo = max(lo, trigger.word_start - VERB_BEFORE_TRIGGER_CHARS)
    if not any_written(text, lex.caller_verbs, window_lo, trigger.word_start):
        return None
    if any_written(text, lex.receiver_verbs, window_lo, trigger.end) or any_written(
        text, lex.neutral, window_lo, trigger.end
    ):
        return None
    verbs = list(pats["caller"].finditer(text, window_lo, trigger.word_start))
    if not verbs or any(lo <= p[0] < trigger.word_start for p in people):
        return None  # a named subject (before the verb or between it and the contact word)
    return _marked_after(text, people, trigger.end, 40)


# A receiving verb this close before a contact word governs it ("ومازال يتلقى اتصالات").
RECEIVER_BEFORE_CHARS = 20


def received_at(text: str, lo: int, trigger: Match) -> bool:
    """A receiving verb governs this trigger (in it or just before it): its caller is read after "من",
    a weaker reading than a caller verb's subject."""
    start = max(lo, trigger.word_start - RECEIVER_BEFORE_CHARS)
    if not any_written(text, lexicon().receiver_verbs, start, trigger.end):
        return False
    return _patterns()["receiver"].search(text, start, trigger.end) is not None


def event_initiator(votes: list[str | None], keys: set[str]) -> tuple[str | None, bool]:
    """One initiator from the frames of an event: (key, conflict). Frames that name no caller
    abstain; the caller most frames name wins; a tie between different callers is a contradiction
    (no initiator, flagged)."""
    counts = Counter(v for v in votes if v is not None and v in keys)
    if not counts:
        return None, False
    ranked = counts.most_common()
    if len(ranked) > 1 and ranked[0][1] == ranked[1][1]:
        return None, True
    return ranked[0][0], len(ranked) > 1
