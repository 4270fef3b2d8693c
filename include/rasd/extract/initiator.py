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
from rasd.extract.lexicon import any_written, cue_pattern, lexicon
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
        "from": re.compile(WORD_START + "من" + WORD_END),
        "for_call": re.compile(r"علي (?:ال)?(?:اتصال|مكالم|مبادر|تواصل)"),
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


def _subject_of(text: str, people: People, verb: re.Match[str], trigger: Match, lo: int) -> str | None:
    """The verb's subject: the first participant between the verb and the trigger (VSO order), else
    the nearest one before the verb in the sentence (SVO: "الرئيس X يجري اتصالا"). When the verb is
    the trigger ("اتصل X بـ Y"), the first participant after it unless it is the marked object."""
    before = [p for p in people if lo <= p[0] < verb.start()]
    if verb.start() >= trigger.word_start:
        after = [p for p in people if verb.end() <= p[0] <= verb.end() + 80]
        if after and not (_object_marked(text, after[0][0]) and before):
            return _one(people, after[0])
        return _one(people, before[-1]) if before else None
    between = [p for p in people if verb.end() <= p[0] < trigger.word_start]
    if between:
        return _one(people, between[0])
    return _one(people, before[-1]) if before else None


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


def _after_trigger(text: str, hi: int, trigger: Match, people: People) -> str | None:
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
        if kind == "caller_after" and after and _object_marked(text, after[0][0]):
            # "الاتصال الذي أجراه فخامته بـ Y": the subject is a pronoun, the marked one was called
            others = {key for _, _, key in people if key != after[0][2]}
            if len(others) == 1:
                return others.pop()
        before = [p for p in people if p[0] < trigger.word_start]
        subject = after[0] if after and not _object_marked(text, after[0][0]) else (before[-1] if before else None)
        if subject is None:
            return None
        if kind == "caller_after":
            return _one(people, subject)
        others = {key for _, _, key in people if key != subject[2]}
        return others.pop() if len(others) == 1 else None
    return None


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
    relative = _after_trigger(text, hi, trigger, people)
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
        return _receiver_call(text, people, trigger, hi)
    if callers:
        return _subject_of(text, people, callers[-1], trigger, lo)
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
