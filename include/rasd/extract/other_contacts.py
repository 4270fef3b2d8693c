"""The phrases of a sentence's other contacts, whose people are no parties of its main one.

People named in the phrase of another contact of the sentence's subject ("بعد محادثاته مع",
"زيارته إلى"), of a relative clause telling a contact of another type, or of a clause planning
another contact are parties of that one; those of a relative clause set off by commas before the
contact word describe its subject (``without_other_contacts``); ``possessed_contact`` tells a
contact noun with a possessive pronoun.
"""

from __future__ import annotations

import bisect
import dataclasses
import itertools
import re

from rasd.extract.article import Article
from rasd.extract.frames import CLAUSE_OR_COLON_MARK, Frame
from rasd.extract.lexicon import (
    any_written,
    lexicon,
    possessed_candidate,
    possessed_noun,
    possessed_stem_words,
    written_spans,
)
from rasd.extract.scan import Match
from rasd.words import last_words


class PhraseEnds:
    """Where the phrase of a contact word at ``at`` ends (``ends(at)``): the next clause mark or contact
    word of the frame's sentence. Built once per frame: the sentence's contact words are searched
    by bisection and the last clause mark found is reused, so a run-on sentence stays linear."""

    def __init__(self, a: Article, f: Frame) -> None:
        self.text, self.hi = a.norm, f.hi
        self.words = sorted(t.word_start for t in a.triggers.get(f.sentence, []))
        self.searched: tuple[int, int] | None = None  # (from, first clause mark at or after it, or hi)

    def __call__(self, at: int) -> int:
        if self.searched is None or not self.searched[0] <= at <= self.searched[1]:
            stop = CLAUSE_OR_COLON_MARK.search(self.text, at, self.hi)
            self.searched = (at, stop.start() if stop else self.hi)
        i = bisect.bisect_right(self.words, at)
        return min(self.searched[1], self.words[i]) if i < len(self.words) else self.searched[1]


def without_other_contacts(a: Article, f: Frame) -> Frame:
    """People named in the phrase of another contact of the sentence's subject are the parties of
    that contact, not of the frame's: the phrase of a possessed contact noun ("أطلع X نظيره Y خلال
    اتصال هاتفي على نتائج محادثاته مع Z", "وضعه في صورة زيارته إلى واشنطن ومحادثاته مع Z"), or a
    later clause that plans a contact ("، مضيفا أنه سيتحدث مع Z"). A phrase runs to the
    next clause mark or contact word (``PhraseEnds``). Kept when fewer than two people would remain (then the phrase
    most likely sets the frame's own contact: "التقى X خلال زيارته لباريس الرئيس Y")."""
    if len({e.person_id or a.norm[e.start : e.end] for e in f.entities}) < 2:
        return f  # fewer than two people to begin with: fewer would remain (a third of the frames)
    starts = _possessed_contacts(a, f) + _later_plans(a, f) + _relative_contacts(a, f)
    asides = _subject_asides(a, f)
    if not starts and not asides:
        return f
    ends = PhraseEnds(a, f)
    owned = sorted([(at, _list_end(a, f, ends, at, ends(at))) for at in starts] + asides)
    los = [lo for lo, _ in owned]
    reach = list(itertools.accumulate((hi for _, hi in owned), max))  # the furthest end of a phrase begun by then
    kept = [e for e in f.entities if not _inside_any(e.start, los, reach)]
    if len(kept) == len(f.entities) or len({e.person_id or a.norm[e.start : e.end] for e in kept}) < 2:
        return f
    return dataclasses.replace(f, entities=kept)


# "مع A، وB": a comma, "و" (a preposition or the article may follow) and the next party's mention
_LIST_COMMA = re.compile(r"[,،]\s*و(?:ب|ل|مع\s+)?(?:ال)?")


def _list_end(a: Article, f: Frame, ends: PhraseEnds, at: int, end: int) -> int:
    """The end of a contact phrase that lists its people ("محادثاته مع الرئيس A، والمستشار B"): a
    comma followed by "و" and the next person's mention continues the list, it does not close the
    phrase (one step per mention of the sentence: linear)."""
    starts = [e.start for e in f.entities]
    i = bisect.bisect_left(starts, at)
    if i == len(starts) or starts[i] >= end:
        return end  # nobody named in the phrase yet: no list to continue
    i = bisect.bisect_left(starts, end, i)
    while i < len(starts) and _LIST_COMMA.fullmatch(a.norm, end, starts[i]):
        end = max(ends(starts[i]), f.entities[i].end)
        i = bisect.bisect_left(starts, end, i + 1)
    return end


def _inside_any(at: int, los: list[int], reach: list[int]) -> bool:
    """Is ``at`` strictly inside one of the phrases (sorted starts ``los``, running maximum of ends ``reach``)?"""
    i = bisect.bisect_left(los, at)  # the phrases begun before ``at``
    return i > 0 and reach[i - 1] > at


def _possessed_contact(a: Article, start: int, end: int) -> bool:
    """Is the word at ``start:end`` a contact noun with a possessive pronoun ("محادثاته", "وزيارته")?"""
    word = a.norm[start:end].strip("،,.")
    nouns = lexicon().possessed_contact_nouns
    if not possessed_candidate(word, nouns):
        return False  # most words: their written form is not read
    return possessed_noun(word, nouns, a.nt.original_span_text(start, end).strip("،,."))


def possessed_contact(a: Article, trigger: Match) -> bool:
    """Is the contact word a noun with a possessive pronoun ("مكالمته الهاتفية", "لقائها")?"""
    first = a.norm[trigger.word_start : trigger.end].split()[0]
    return _possessed_contact(a, trigger.word_start, trigger.word_start + len(first))


def _possessed_contacts(a: Article, f: Frame) -> list[int]:
    """Where the words of the frame's sentence other than its trigger are possessed contact nouns."""
    written = possessed_stem_words(lexicon().possessed_contact_nouns)
    ws, end = f.trigger.word_start, f.trigger.end
    # an exact pre-test around the trigger (its own noun is not asked; the whole sentence when the
    # word before runs into it: "«اتصاله"): most sentences name no other contact noun
    if ws == f.lo or a.norm[ws - 1].isspace():
        if not any_written(a.norm, written, f.lo, ws) and not any_written(a.norm, written, end, f.hi):
            return []
    elif not any_written(a.norm, written, f.lo, f.hi):
        return []
    return [
        at
        for at, stop in words_holding(a.norm, written, f.lo, f.hi)
        if not ws <= at < end and _possessed_contact(a, at, stop)
    ]


_WORD = re.compile(r"\S+")


def words_holding(text: str, written: tuple[str, ...], lo: int, hi: int) -> list[tuple[int, int]]:
    """The words of ``text[lo:hi]`` (``\\S+`` runs, as (start, end)) that hold one of ``written``, in text
    order: the only ones a rule needs to read when each word it accepts holds one."""
    words = [w.span() for w in _WORD.finditer(text, lo, hi)]
    firsts = [at for at, _ in words]
    held = set()
    for x, y in written_spans(text, written, lo, hi):
        i = bisect.bisect_right(firsts, x) - 1
        if i >= 0 and y <= words[i][1]:
            held.add(i)
    return [words[i] for i in sorted(held)]


# A plan or wish opens a clause of its own when a clause mark or "أنه" stands this few words before it.
PLAN_CLAUSE_WORDS = 3


def _relative_contacts(a: Article, f: Frame) -> list[int]:
    """Where a relative clause after the frame's trigger tells a contact of another type ("أطلعه في
    اتصال هاتفي على نتائج القمة التي جمعته بنظيريه X و Y"): its people are that contact's."""
    relative = lexicon().relative_pronouns
    out = []
    for m in a.index.between(f.trigger.end, f.hi):
        if m.entry.kind != "trigger" or m.entry.value in ("not_contact", f.type, "spoke", "talks", "trip"):
            continue
        before = last_words(a.norm, f.trigger.end, m.word_start, 1)
        if before and before[0] in relative:
            out.append(m.word_start)
    return out


# A relative clause set off by commas: a comma, then the relative pronoun.
_ASIDE = re.compile(r"[,،]\s*(\S+)")


def _subject_asides(a: Article, f: Frame) -> list[tuple[int, int]]:
    """The spans of relative clauses set off by commas between the subject and the contact word, which
    describe the subject ("وكان X، الذي تستضيف بلاده قمة تجمع قادة الخليج والرئيس Z، التقى Y"): the
    people they name, also those of a contact they tell, are no parties of the frame's contact. Only a
    clause closed by a clause mark before the contact word (a clause after it may carry the contact's
    own message: "استقبل X الوزير Y، الذي نقل إليه رسالة من Z")."""
    relative = lexicon().relative_pronouns
    out = []
    for m in _ASIDE.finditer(a.norm, f.lo, f.trigger.word_start):
        close = CLAUSE_OR_COLON_MARK.search(a.norm, m.end(), f.trigger.word_start)
        if m.group(1) in relative and close is not None:
            out.append((m.start(1), close.start()))
    return out


def _later_plans(a: Article, f: Frame) -> list[int]:
    """Where a clause after the frame's trigger plans another contact ("، مضيفا أنه سيتحدث مع Z").
    Not an invitation ("تلبية لدعوة من Y": the host of the trip itself)."""
    out = []
    openers = lexicon().plan_clause_openers
    mark = CLAUSE_OR_COLON_MARK.search(a.norm, f.trigger.end, f.hi)  # the first clause mark after the trigger
    for m in a.index.between(f.trigger.end, f.hi):
        if m.entry.kind != "status_cue" or m.entry.value != "planned":
            continue
        if (mark is not None and mark.start() < m.word_start) or any(
            w.strip("،,") in openers for w in last_words(a.norm, f.trigger.end, m.word_start, PLAN_CLAUSE_WORDS)
        ):
            out.append(m.word_start)
    return out
