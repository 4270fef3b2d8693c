"""A trigger sentence's main frame: how far it reaches, its background cue and its type.

A sentence that ends with a colon and bullet lines reaches to the list's end (``list_end``); a
background cue counts unless it belongs to a clause about another happening (``cue_of_other_clause``);
a visit or talk told with the talks held or the person visited is the meeting itself
(``talks_at_visit``, ``visit_to_person``, ``talk_in_person``), and so are talks or meetings told in
the occasion of a visit (``meeting_at_visit``); a gathering told in a relative clause
("القمة التي جمعته بـ") joins the subject and the people named after it (``relative_gathering``).
"""

from __future__ import annotations

import bisect
import dataclasses
import re

from rasd.extract.article import Article
from rasd.extract.days import referring_nouns
from rasd.extract.frames import CLAUSE_MARK, Frame, status_of, told_again
from rasd.extract.lexicon import WITH, any_written, cue_pattern, has_cue, lexicon, word_pattern
from rasd.extract.other_contacts import possessed_contact
from rasd.extract.scan import Match
from rasd.words import last_words

# The group a contact sentence names as its party stands in its last this many characters.
COLLECTIVE_TAIL_CHARS = 60
_BULLET = re.compile(r"\s*(?:[-–—•*·▪●]|\d{1,2}\s*[-).])\s*")


def list_end(a: Article, s_index: int) -> int | None:
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


def members_end(a: Article, s_index: int) -> int | None:
    """A contact sentence whose party is a group of leaders left unnamed ("التقى X عددا من القادة
    الأفارقة") followed by a sentence that opens by naming some of them ("من بين هؤلاء الرئيس Y"): it
    reads on to the end of that sentence (X met Y); None otherwise."""
    lex = lexicon()
    lo, hi, _ = a.sentences[s_index]
    if s_index + 1 >= len(a.sentences) or a.is_trigger_sentence(s_index + 1):
        return None
    tail = a.norm[max(lo, hi - COLLECTIVE_TAIL_CHARS) : hi]
    if not any_written(tail, lex.collective_parties) or not cue_pattern(lex.collective_parties).search(tail):
        return None
    n_lo, n_hi, heading = a.sentences[s_index + 1]
    head = a.norm[n_lo:n_hi].lstrip(" \n\"'«-–")
    if heading or not any(head.startswith(w + " ") for w in lex.member_openers):
        return None
    return n_hi


def cue_of_other_clause(a: Article, cue: Match, trigger: Match, triggers: list[Match]) -> bool:
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
    nouns = referring_nouns()
    if any(m.group().strip('.,،:؛;()«»"') in nouns for m in spans[: at[-1]]):
        return False
    return not CLAUSE_MARK.search(a.norm, pronoun, cue.start)


# A party is named right after "مع" (its titles first) within this many characters.
TALKS_PARTY_CHARS = 60


def talks_at_visit(a: Article, f: Frame) -> bool:
    """A reported visit whose sentence tells that its people held talks ("بحث X مع Y، الذي يزور
    القاهرة حاليا، ..."): a verb of talks with "مع", a party before "مع" and one right after it."""
    if f.type != "visit" or f.status != "reported" or f.background_cue:
        return False
    lex = lexicon()
    first = min((e.start for e in f.entities), default=None)
    starts = sorted(e.start for e in f.entities)
    for m in word_pattern(WITH).finditer(a.norm, f.lo, f.hi):
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


def meeting_at_visit(a: Article, f: Frame) -> bool:
    """A visit word that only sets the occasion of its sentence ("خلال زيارته", "في إطار الزيارة التي
    يقوم بها": ``visit_occasion_words`` right before it) in a sentence that tells talks, meetings or a
    working meal (``visit_occasion_meetings``: "أجرى X محادثات اليوم في قصره مع Y، في إطار زيارة العمل
    التي يقوم بها"، "سيعقد X خلال زيارته عددا من الاجتماعات، منها مع Y"): those are the contact, a
    meeting of the visit's status; the trip is only when it took place. So is a stay as a guest at a
    meal (``_guest_at_meal``)."""
    if f.type != "visit" or f.status not in ("reported", "planned") or f.background_cue:
        return False
    lex = lexicon()
    if _guest_at_meal(a, f):
        return True
    before = last_words(a.norm, f.lo, f.trigger.word_start, 1)
    if not before or before[0].strip("،,").removeprefix("و") not in lex.visit_occasion_words:
        return False
    if not any_written(a.norm, lex.visit_occasion_meetings, f.lo, f.hi):
        return False
    pattern = cue_pattern(lex.visit_occasion_meetings)
    return any(not f.trigger.word_start <= m.start() < f.trigger.end for m in pattern.finditer(a.norm, f.lo, f.hi))


def _guest_at_meal(a: Article, f: Frame) -> bool:
    """The guest's word is followed by a meal ("سيحل X ضيفا على مأدبة غداء يقيمها Y": ``guest_meal_nouns``):
    the guest of a banquet meets its host there."""
    if not a.norm[f.trigger.word_start : f.trigger.end].removeprefix("و").startswith("ضيف"):
        return False
    after = a.norm[f.trigger.end : f.trigger.end + 20].split()[:1]
    return bool(after) and after[0].strip("،,").removeprefix("ال") in lexicon().guest_meal_nouns


# The leader visited stands at most this many characters into the word after "إلى" ("إلى الرئيس") or
# after the visit word ("للرئيس": the clitic and the article before the title).
VISITED_PERSON_CHARS = 3


def visit_to_person(a: Article, f: Frame) -> bool:
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


def talk_in_person(a: Article, f: Frame, triggers: list[Match], inside: list[Match]) -> bool:
    """A reported "محادثة" / "تحادث" in a sentence that also tells a reported visit or meeting ("أجرت
    محادثة مع X في إطار زيارة بدأتها اليوم"): a talk in person, not a call. A visit or meeting still to
    come or only offered ("دعوة X لزيارة الصين العام المقبل") is another contact: the talk stays a call."""
    if f.type != "phone_call" or f.status != "reported" or f.trigger.entry.key not in lexicon().in_person_talk_words:
        return False
    if said_by_phone(triggers, f.trigger):
        return False  # "تحادثا هاتفيا": by phone, said so
    return any(
        t.entry.value in ("meeting", "visit")
        and t.start != f.trigger.start
        and status_of(a.norm, inside, t, f.lo) == "reported"
        and not _invited_before(a, f, t)
        for t in triggers
    )


def said_by_phone(triggers: list[Match], talk: Match) -> bool:
    """A call word stands right after the talk word ("تحادثا هاتفيا", "محادثة هاتفية"): by phone."""
    return any(t.entry.value == "phone_call" and 0 <= t.start - talk.end <= 2 for t in triggers)


# An invitation word stands at most this many words before the visit word it offers ("دعوة X لزيارة").
INVITED_WORDS = 3


def _invited_before(a: Article, f: Frame, t: Match) -> bool:
    """The visit or meeting word is what an invitation offers ("دعوة شي لبوتين لزيارة الصين")."""
    words = last_words(a.norm, f.lo, t.word_start, INVITED_WORDS)
    return has_cue(" ".join(words), lexicon().status_more.get("invitation_words", ()))


def relative_gathering(a: Article, f: Frame) -> Frame:
    """A gathering told in a relative clause with a pronoun ("أطلع X Y على نتائج القمة التي جمعته
    بنظيريه Z و W"): it brought the sentence's subject together with the people named after it; the
    object of the main verb (Y) is no party of it. Without the pronoun ("القمة التي جمعت X بـ Y") it
    brought together the two or more named after it, and nobody named before."""
    if f.type != "meeting":
        return f
    relative = lexicon().relative_pronouns
    if a.norm[f.trigger.word_start : f.trigger.end].split(" ", 1)[0] in relative:
        # "نتائج لقاءات قادة (A وB وC)، والقمة التي جمعت X بنظيره Y": the people named after the
        # relative verb are its parties, not those the sentence named before it
        named_after = [e for e in f.entities if e.start >= f.trigger.end]
        return dataclasses.replace(f, entities=named_after) if len(named_after) >= 2 else f
    words = a.norm[f.lo : f.trigger.word_start].split()[-1:]
    if not words or words[0] not in relative:
        return f
    if not a.norm[f.trigger.word_start : f.trigger.end].endswith(("ه", "هما", "هم")):
        return f
    before = [e for e in f.entities if e.start < f.trigger.word_start]
    after = [e for e in f.entities if e.start >= f.trigger.end]
    if not before or not after:
        return f
    return dataclasses.replace(f, entities=[before[0], *after])
