"""Who the parties of a contact sentence are.

The frame's mentions resolve to participants, less the people only talked about ("على صحة",
"تحيات"); a role alone is its own holder named right after it or someone the sentence does not name;
parties are named before the clause that tells what was said; "الجانبان", "جاء ذلك في اتصال" and
"خلال الاتصال" refer back to people already reported.
"""

from __future__ import annotations

import bisect
import dataclasses
import datetime as dt
import itertools
import re
from functools import lru_cache

from rasd.arabic import WORD_END, WORD_START
from rasd.config import titles
from rasd.dates import bare_that_words
from rasd.extract.article import Article
from rasd.extract.events import Draft, Drafts, PeopleMap
from rasd.extract.frames import CLAUSE_MARK, CLAUSE_OR_COLON_MARK, Frame
from rasd.extract.lexicon import (
    any_written,
    cue_pattern,
    has_cue,
    lexicon,
    possessed_candidate,
    possessed_noun,
    possessed_stem_words,
    strip_clitic,
    written_spans,
)
from rasd.extract.mentions import EntityMention
from rasd.extract.refdata import HEAD_OF_STATE_ROLES
from rasd.extract.resolve import context_role, resolve
from rasd.extract.scan import Match
from rasd.records import Participant, participant_key
from rasd.words import alternation, bare_or_conjoined, last_words

# How far before a mention a "not a party" word may stand ("على صحة أخيه السلطان").
NOT_PARTY_CHARS = 40


@lru_cache(maxsize=1)
def _not_party_pattern() -> re.Pattern[str]:
    """The not-a-party words, also after "بـ"/"لـ" ("بوفاة الملكة", "لصحة السلطان")."""
    words = alternation(lexicon().not_party_after)
    return re.compile(WORD_START + rf"[وف]?[بل]?(?:{words})" + WORD_END)


# A list joins the mention to the one before it: "و" after at most a comma ("تحيات الملك A، وولي العهد B").
_LIST_JOIN = re.compile(r"\s*[،,]?\s*و\s*")
# The mention before stands this close (the comma, the space and "و").
LIST_JOIN_CHARS = 4


def talked_about(a: Article, start: int) -> bool:
    """The mention at ``start`` follows a word that makes it a topic ("صحة", "تحيات", "مبعوث"), with
    at most one other word or only honorifics between ("تحيات حضرة صاحب السمو أمير البلاد"); or it
    goes on a list whose first name is one ("نقل تحيات الملك A، وولي العهد B": both are greeted
    from, neither is a party). Read once per mention (the article's antecedents and each frame ask)."""
    seen = a.memo.setdefault("talked_about", {})
    found = seen.get(start)
    if found is None:
        found = seen[start] = _talked_about(a, start)
    return found


def _talked_about(a: Article, start: int) -> bool:
    if _topic_word_before(a, start) or _match_opponent(a, start):
        return True
    at = start
    for _ in range(MAX_LIST_STEPS):
        prev = [m for m in a.mentions.between(max(0, at - NOT_PARTY_CHARS * 4), at) if m.end <= at]
        if not prev:
            return False
        last = max(prev, key=lambda m: m.end)
        if at - last.end > LIST_JOIN_CHARS or not _LIST_JOIN.fullmatch(a.norm, last.end, at):
            return False
        if _topic_word_before(a, last.start):
            return True
        at = last.start
    return False


# How many names back a list is followed to its first ("تحيات A وB وC").
MAX_LIST_STEPS = 4


def _topic_word_before(a: Article, start: int) -> bool:
    """A not-a-party word right before the mention at ``start`` (``talked_about``'s first reading)."""
    before = a.norm[max(0, start - NOT_PARTY_CHARS) : start]
    before = before[before.rfind("\n") + 1 :]  # a word of the line before (a section label) is no topic word
    if not any_written(before, lexicon().not_party_after):
        return False  # none of the words is written before the mention: no scan
    not_names = lexicon().not_names
    for m in _not_party_pattern().finditer(before):
        between = [w.strip(" ،,") for w in before[m.end() :].split()]
        if len(between) <= 1 or all(w in not_names or w == "ال" for w in between[:-1]):
            return True
    return False


# A match word stands among this many words before the opponent word ("فوز المنتخب الأول على").
MATCH_WORDS_BEFORE = 3


def _match_opponent(a: Article, start: int) -> bool:
    """The mention at ``start`` is the other side of a match ("فوز المنتخب على نظيره التونسي", "خسر
    فريقنا أمام نظيره"): an opponent word right before it and a match word among the few words before
    that, in one clause (extract_words.yaml ``status_more``: ``match_words``, ``opponent_words``)."""
    more = lexicon().status_more
    before = a.norm[max(0, start - NOT_PARTY_CHARS * 2) : start]
    before = before[max((m.end() for m in CLAUSE_MARK.finditer(before)), default=0) :]
    words = [w.strip("،,") for w in before.split()]
    if not words or words[-1].removeprefix("و") not in more.get("opponent_words", ()):
        return False
    return any(w.removeprefix("و") in more.get("match_words", ()) for w in words[-1 - MATCH_WORDS_BEFORE : -1])


# A non-leader title stands at most this many characters before the name it goes with.
NON_LEADER_TITLE_CHARS = 60


def speaker_out_of_office(a: Article, ent: EntityMention, day: dt.date | None) -> bool:
    """A person named right after the title of a legislature's head ("رئيس مجلس الأمة الجزائري عبد
    القادر بن صالح") or of another office that makes no leader ("وزير الدفاع الأمير X") who holds no
    office of the reference data on the day: a speaker, a minister or a prince, no leader then; or
    named as a member of a collective head of state ("عضو المجلس الرئاسي البوسني X"), in office or not."""
    lex = lexicon()
    person = a.ref.people.get(ent.person_id or "")
    if person is None or day is None:
        return False
    # "عضو المجلس الرئاسي X": a member of a collective head of state, whatever office he shares
    titles = lex.collective_member_titles if person.offices_on(day) else lex.non_leader_titles
    return _title_right_before(a, ent, titles)


def _title_right_before(a: Article, ent: EntityMention, titles: tuple[str, ...]) -> bool:
    """Is one of ``titles`` written right before the mention (no clause mark, few words between)?"""
    lex = lexicon()
    lo = max(0, ent.start - NON_LEADER_TITLE_CHARS)
    if not titles or not any_written(a.norm, titles, lo, ent.start):
        return False
    for m in cue_pattern(titles).finditer(a.norm, lo, ent.start):
        between = a.norm[m.end() : ent.start]
        if not CLAUSE_MARK.search(between) and len(between.split()) <= lex.non_leader_title_words:
            return True
    return False


# A role's own holder may be named this many characters after it ("وزير الخارجية وشؤون المغتربين X").
ROLE_NAME_CHARS = 40


def role_candidates(ent: EntityMention, f: Frame, elsewhere: list[str], norm: str) -> list[str]:
    """Who a role alone in a contact sentence may be: the person named right after it (its own
    holder, with words between), else only people the sentence does not name ("الملك" receiving a
    cable "من الملك سلمان" is not Salman)."""
    # mentions are in text order: look only from the role's end, and stop past the window (linear time)
    i = bisect.bisect_left(f.entities, ent.end, key=lambda e: e.start)
    for e in f.entities[i:]:
        if e.start - ent.end > ROLE_NAME_CHARS:
            break
        if e.person_id:
            if has_cue(norm[ent.end : e.start], lexicon().clause_breakers) or ent.end <= f.trigger.start < e.start:
                # "وإن الرئيس أكد خلاله ... الرئيس بايدن": a person of a clause of its own; "تلقى الرئيس
                # اتصالا من نظيره X": the other party, across the contact word
                break
            return [e.person_id, *elsewhere]
    return elsewhere


def antecedents(a: Article) -> list[str]:
    """The people a title may stand for: those the article names, less those it names only as a
    topic ("بوفاة الشيخ X", "على صحة الملك Y"): "أمير البلاد" is not the late emir (computed once)."""
    found = a.memo.get("antecedents")
    if found is None:
        party = {
            m.person_id for m in a.mentions.between(0, len(a.norm)) if m.person_id and not talked_about(a, m.start)
        }
        found = a.memo["antecedents"] = [pid for pid in a.named if pid in party]
    return found


def discussed_visit(a: Article, lo: int, t: Match) -> bool:
    """The visit word ``t`` is the object of a verb of talks ("بحثا زيارة الأخير إلى إسرائيل", "ناقشا
    ترتيبات زيارة X"): what talks were about, not a trip (``lo``: where its sentence or clause begins)."""
    lex = lexicon()
    written = a.norm[t.start : t.end]
    if not written.removeprefix("و").removeprefix("ال").startswith(lex.visit_noun_stem):
        return False
    words = [w.strip("،,") for w in a.norm[lo : t.word_start].split()[-3:]]
    if words and words[-1] in lex.visit_topic_nouns:
        words.pop()
    if len(words) >= 2 and words[-1] in lex.pair_references:
        words.pop()  # the dual subject between the verb and its object ("وناقش الزعيمان زيارة X")
    if not words:
        return False
    return bare_or_conjoined(words[-1], lex.talks_with_verbs)


def _visitor_of_discussed_visit(a: Article, f: Frame, ent: EntityMention) -> bool:
    """ "التقى X نظيره Y وبحثا زيارة الرئيس Z المرتقبة": Z, named right after a visit word that the
    talks of another kind of contact are about, is that visit's traveller, a topic, no party."""
    if f.type == "visit":
        return False  # a visit frame's own visit word is read by the frame (contact_tests.visit_discussed)
    for t in a.triggers.get(f.sentence, []):
        if t.entry.value != "visit" or not f.lo <= t.word_start < ent.start or t.end > ent.start:
            continue
        if a.norm[t.end : ent.start].strip() in ("", "ال") and (
            discussed_visit(a, f.lo, t) or _after_topic_preposition(a, f.lo, t)
        ):
            return True
    return False


# "مع" right before the partner's mention (the article of a title may stand outside it: "مع ال|رئيس").
_WITH_BEFORE = re.compile(r"(?:^|\s)مع\s+(?:ال)?$")


def _topic_after_partner(a: Article, f: Frame, ent: EntityMention, people: PeopleMap) -> bool:
    """ "بحث X في اتصال هاتفي مع Y موقف الرئيس Z" / "ناقش X مع Y تصريحات الرئيس Z": after a verb of
    talks, its partner after "مع" and then one bare noun (no article, no "و", no preposition) that
    governs the next name, that name is the object talked about, not a third party (one not named
    otherwise; a list goes on with "و")."""
    if len(people) < 2 or any(e.person_id and e.person_id == ent.person_id for e in f.entities if e.start < ent.start):
        return False
    partner = max((v for v in people.values() if v[2] <= ent.start), key=lambda v: v[2], default=None)
    if partner is None or not _WITH_BEFORE.search(a.norm[max(f.lo, partner[1] - 8) : partner[1]]):
        return False
    between = a.norm[partner[2] : ent.start].split()
    if between[-1:] == ["ال"]:
        between.pop()
    if len(between) != 1:
        return False
    noun = between[0]
    lex = lexicon()
    if not noun.isalpha() or noun.startswith(("ال", "و", "ف", "ب", "ل", "ك")) or noun in lex.not_names:
        return False
    words = [w.strip("،,") for w in a.norm[f.lo : partner[1]].split()]
    return any(bare_or_conjoined(w, lex.talks_with_verbs) for w in words)


def _after_topic_preposition(a: Article, lo: int, t: Match) -> bool:
    """The visit word ``t`` right after "بشأن"/"بخصوص" ("اتصال بشأن زيارة الرئيس X"): the topic of
    the contact the sentence tells (extract_words.yaml ``status_more``: ``visit_topic_prepositions``)."""
    words = a.norm[lo : t.word_start].split()[-1:]
    preps = lexicon().status_more.get("visit_topic_prepositions", ())
    return bool(words) and bare_or_conjoined(words[0].strip("،,"), frozenset(preps))


def frame_people(a: Article, f: Frame, day: dt.date | None) -> tuple[PeopleMap, list[tuple[int, int, str]]]:
    """The frame's participants by key, and (start, end, key) per mention for the caller."""
    role = context_role(f.entities, a.ref, day)
    people: PeopleMap = {}
    spans = []
    named_here = {e.person_id for e in f.entities if e.person_id}
    named = antecedents(a)
    # A role alone ("الملك") is never the other party named in the same sentence ("... من الملك سلمان").
    elsewhere = [pid for pid in named if pid not in named_here]
    for ent in f.entities:
        if talked_about(a, ent.start) or speaker_out_of_office(a, ent, day):
            continue
        if _visitor_of_discussed_visit(a, f, ent) or _topic_after_partner(a, f, ent, people):
            continue
        candidates = role_candidates(ent, f, elsewhere, a.norm) if ent.role_only else named
        p = resolve(ent, a.ref, day, role, a.nt.original_span_text(ent.start, ent.end), candidates)
        if p is None and ent.role_only and a.home and ent.role in (titles().get("home_roles_alone") or ()):
            # "رسالة لولي العهد" with nobody of that office named in the article: the office of the
            # article's own country (its dateline, outlet or bare-titled head of state), as "سمو ولي العهد"
            home = dataclasses.replace(ent, country=a.home, via_home=True, role_only=False)
            p = resolve(home, a.ref, day, role, a.nt.original_span_text(ent.start, ent.end), candidates)
        if p is None:
            continue
        key = participant_key(p)
        people.setdefault(key, (p, ent.start, ent.end))
        spans.append((ent.start, ent.end, key))
    return people, spans


@lru_cache(maxsize=1)
def _health_of() -> re.Pattern[str]:
    """The health words (extract_words.yaml ``health_asked_words``) right before a mention."""
    return re.compile(WORD_START + rf"(?:{alternation(lexicon().health_asked_words)})\s*$")


def health_asked(a: Article, f: Frame, people: PeopleMap, day: dt.date | None) -> PeopleMap | None:
    """A call or cable with one party named whose purpose is another leader's health ("أجرى الملك X
    اتصالا هاتفيا للاطمئنان على صحة أمير الكويت", "اطمأن X في اتصال هاتفي على صحة الرئيس Y"): the
    leader asked after is the one called, when the sentence names nobody else the call went to. Not
    when another topic word stands before him in the sentence ("اتصالا بنجل الأمير للاطمئنان على
    صحة الأمير": the son was called)."""
    if len(people) != 1 or f.type not in ("phone_call", "video_call", "message"):
        return None
    role = context_role(f.entities, a.ref, day)
    named_here = {e.person_id for e in f.entities if e.person_id}
    elsewhere = [pid for pid in antecedents(a) if pid not in named_here]
    for ent in f.entities:
        before = a.norm[max(f.lo, ent.start - NOT_PARTY_CHARS) : ent.start]
        if not _health_of().search(before):
            continue
        others = [m.group() for m in _not_party_pattern().finditer(a.norm, f.lo, ent.start)]
        if len(others) > 1:  # the health word itself, and another topic word before it
            return None
        candidates = role_candidates(ent, f, elsewhere, a.norm) if ent.role_only else antecedents(a)
        p = resolve(ent, a.ref, day, role, a.nt.original_span_text(ent.start, ent.end), candidates)
        if p is None or participant_key(p) in people:
            return None
        return {**people, participant_key(p): (p, ent.start, ent.end)}
    return None


# "خلال الاتصال", "في هذا الاتصال", "ويأتي هذا الاتصال بعد": the contact just reported
@lru_cache(maxsize=4)
def _during(settings: tuple[str, ...], demonstratives: tuple[str, ...]) -> re.Pattern[str]:
    """A setting word, perhaps with a demonstrative, or a demonstrative alone, right before a contact
    word (extract_words.yaml ``setting_words``, ``demonstratives``)."""
    setting = "|".join(re.escape(w) for w in settings)
    this = "|".join(re.escape(w) for w in demonstratives)
    return re.compile(rf"(?:(?:{setting})\s*(?:(?:{this})\s*)?|" + WORD_START + rf"(?:{this})\s*)$")


def back_reference(a: Article, f: Frame) -> bool:
    """ "وخلال الاتصال، ..." / "أثناء المكالمة" / "خلال اتصاله" / "هذا الاتصال": the sentence tells more of
    the contact just reported; the people it names (greetings passed on, a health asked about) make no
    new contact. Not when another contact word of its type reports a contact of its own ("هذا الاتصال
    جاء عقب الاتصال الذي جرى بين X وY")."""
    triggers = [t for t in a.triggers.get(f.sentence, []) if t.start != f.trigger.start and t.entry.value == f.type]
    return _refers_to_reported(a, f.trigger) and all(_refers_to_reported(a, t) for t in triggers)


def _refers_to_reported(a: Article, trigger: Match) -> bool:
    # "خلال اتصاله الهاتفي": his call, the one reported (read in the original text, where the
    # pronoun ه is not the folded ة of "مكالمة"); "خلال لقائهما" (their meeting) may be an earlier one
    word = (a.nt.original_span_text(trigger.word_start, trigger.end).split() or [""])[0]
    possessive = word.endswith(("ه", "ها")) and not word.endswith("هما")
    if not a.norm[trigger.word_start : trigger.start].endswith("ال") and not possessive:
        return False
    lex = lexicon()
    before = a.norm[max(0, trigger.word_start - 14) : trigger.word_start]
    if trigger.entry.key in lex.reception_pronoun_triggers and before.rstrip().endswith(" في"):
        return False  # "وكان X في استقباله": X received the visitor (the pronoun), a reception told
    return _during(lex.setting_words, lex.demonstratives).search(before) is not None


_THAT_CAME = re.compile(r"\W*(?:و)?(?:جاء ذلك|جاءت تصريحات|جاء هذا|جاءت هذه)")


def that_came(a: Article, f: Frame) -> bool:
    """ "جاء ذلك في اتصال هاتفي ...": the contact of what the sentence before reported."""
    return _THAT_CAME.match(a.norm, f.lo) is not None


def people_before(a: Article, f: Frame, day: dt.date | None) -> PeopleMap:
    """The participants named in the sentence before the frame's."""
    if f.sentence == 0:
        return {}
    lo, hi, _ = a.sentences[f.sentence - 1]
    before = Frame(
        f.sentence - 1, f.type, f.status, f.trigger, a.mentions.between(lo, hi), None, [], [], False, False, lo, hi
    )
    return frame_people(a, before, day)[0]


# "that" after a verb of saying ("قال X إن", "عن X قوله إن", "أفاد بأن"): dates.bare_that_words,
# never with a pronoun ("أعلن X أنه أجرى"): then the speaker is the clause's own subject.


def quoted_parties(a: Article, f: Frame, people: PeopleMap) -> PeopleMap:
    """ "نقلت القناة عن وزير الخارجية X قوله إن مكالمة A مع B ...": when the trigger stands in the
    clause after "إن/أن" and that clause names two parties, the speaker before it is no party; so is
    one who speaks "about" a contact ("عن لقاء جمع A بـB") that names two parties after it."""
    if len(people) <= 2:
        return people
    about = last_words(a.norm, f.lo, f.trigger.word_start, 1)
    if about and about[0] in lexicon().report_about_words and not _own_contact(a, f):
        # "نفى X ما تداولته وسائل إعلام عن لقاء جمع A بـB": the contact the speaker talks about
        after = {k: v for k, v in people.items() if v[1] >= f.trigger.word_start}
        if len(after) >= 2:
            return after
    words = list(re.finditer(r"\S+", a.norm[f.lo : f.trigger.word_start]))
    bare_that = bare_that_words()
    that = next((m for m in reversed(words) if m.group().strip("،,") in bare_that), None)
    if that is None:
        return people
    cut = f.lo + that.end()
    after = {k: v for k, v in people.items() if v[1] >= cut}
    return after if len(after) >= 2 else people


def _own_contact(a: Article, f: Frame) -> bool:
    """The contact word, or the word after it, carries a pronoun for the speaker ("عن لقائه مع",
    "عن لقاء جمعه بـ"), read in the original text (where ه is not the folded ة)."""
    words = a.nt.original_span_text(f.trigger.word_start, min(f.hi, f.trigger.end + 30)).split()[:2]
    return any(w.strip("،,.").endswith(("ه", "ها")) for w in words)


def core_parties(a: Article, f: Frame, people: PeopleMap) -> PeopleMap:
    """The parties of a contact sentence: people named before the clause that tells what was said
    during the contact ("، بحثا خلاله ...", "، نقل خلاله تحيات ..."); all of them when fewer than two
    are named before it. A speaker quoted before "إن" is no party (``quoted_parties``)."""
    people = quoted_parties(a, f, people)
    if len(people) <= 2:
        return people
    if f.type not in ("phone_call", "message") and not _dual_subject(a, f, people):
        return people  # a visit's host follows "خلالها"
    if f.type == "message" and (ends := from_to(a, f, people)) is not None:
        return ends
    cuts = [m.start() for m in [cue_pattern(lexicon().clause_breakers).search(a.norm, f.trigger.end, f.hi)] if m]
    cuts += [c for c in [other_happening(a, f.trigger.end, f.hi)] if c is not None]
    if not cuts or has_cue(a.norm[min(cuts) : f.hi], lexicon().joined_contact):
        return people  # "أثناء وجوده برفقة Z، الذي شارك أيضا في المكالمة": Z joined the call
    core = {k: v for k, v in people.items() if v[1] < min(cuts)}
    if len(core) < 2:
        return people
    return {**core, **{k: v for k, v in people.items() if v[1] >= min(cuts) and _listed_again(a, f, v[1])}}


def _dual_subject(a: Article, f: Frame, people: PeopleMap) -> bool:
    """A dual subject names the two parties before the contact word ("عقد الرئيسان A وB لقاء"): the
    meeting is theirs, and people of a clause about another happening after it ("، بعد أن فشل وزيرا
    خارجية البلدين C وD") are no parties, as after a call."""
    if sum(1 for v in people.values() if v[1] < f.trigger.word_start) < 2:
        return False
    return has_cue(a.norm[f.lo : f.trigger.word_start], lexicon().pair_references)


# The word that lists one more contact opens its clause: it is among the clause's first words.
ANOTHER_CONTACT_WORDS = 2


def _listed_again(a: Article, f: Frame, at: int) -> bool:
    """The person at ``at`` is named in a clause that lists one more of the contacts ("، والثاني مع
    B", "، وآخر من B")."""
    marks = [m.end() for m in CLAUSE_MARK.finditer(a.norm, f.trigger.end, at)]
    if not marks:
        return False
    words = a.norm[marks[-1] : at].split()[:ANOTHER_CONTACT_WORDS]
    return any(w in lexicon().another_contact_words for w in words)


def other_happening(a: Article, lo: int, hi: int) -> int | None:
    """Where a clause about another happening opens after a call ("قبيل وصول الحريري", "بعد إلغاء
    القمة"); "بعد ظهر اليوم" is a time, not a clause."""
    lex = lexicon()
    for m in cue_pattern(lex.other_happening).finditer(a.norm, lo, hi):
        following = a.norm[m.end() : m.end() + 24].split()
        time_head = following and (following[0] in lex.time_words or following[0] in lex.other_happening_time_heads)
        if time_head and following[1:2] != ["من"]:
            continue  # "بعد ظهر اليوم": a time; "بعد ساعات من محادثة": a clause about another happening
        return m.start()
    return None


def timing_contact_parties(a: Article, f: Frame, people: PeopleMap) -> PeopleMap:
    """The frame's contact word stands a few words after "بعد/قبل/عقب" in a clause that follows the
    main contact ("أجرى X مكالمة مع Y، بعد يوم من لقاء عبر الفيديو مع Z"): that other contact is
    the subject's (the first person named, before the opener) with the people named after its word
    ("مع Z" right after it; "اتصال بين A وB" names its own people)."""
    lex = lexicon()
    if len(people) < 3 or not lex.timing_openers:
        return people
    words = last_words(a.norm, f.lo, f.trigger.word_start, lex.timing_opener_words)
    opener = next(
        (
            i
            for i, w in enumerate(words)
            if w.strip("،,") in lex.timing_openers or (w[:1] in "وف" and w[1:].strip("،,") in lex.timing_openers)
        ),
        None,
    )
    if opener is None or "مع" not in a.norm[f.trigger.end : f.trigger.end + 40].split()[:4]:
        return people  # "بعد يوم من اتصال بين A وB", "من قمة جمعت A وB": a contact of the people it names
    at = f.trigger.word_start
    for w in reversed(words[opener:]):  # word by word back to the opener (not inside a later word: "مقبل")
        at = a.norm.rfind(w, f.lo, at)
    before = sorted((v[1], k) for k, v in people.items() if v[1] < at)
    after = {k: v for k, v in people.items() if v[1] >= f.trigger.end}
    if not before or not after or before[0][1] in after:
        return people
    return {before[0][1]: people[before[0][1]], **after}


def without_attendees(a: Article, f: Frame, people: PeopleMap, day: dt.date | None) -> PeopleMap:
    """People named in a phrase of attendance after the contact word ("استقبل X الرئيس Y بحضور ولي
    العهد ووزير الخارجية", "، ورافق Y خلال اللقاء وزير خارجيته"), or in a phrase of company before it
    ("سيكون X مرفوقا بوزير خارجيته Y، وسيلتقي Z"): they attend the contact or travel
    with a party, and are no parties, when two or more parties remain. A phrase runs from its cue to
    the next clause mark (a contact word inside it, "خلال اللقاء", is the contact attended); one that
    says its people took part ("الذي شارك أيضا في المحادثة") keeps them, and so does one naming a
    leader of a country none of the remaining parties speaks for."""
    lex = lexicon()
    if len(people) < 3:
        return people
    people = _without_own_foreign_ministers(a, people, day)
    if len(people) < 3:
        return people
    lo = min(f.lo, a.sentences[f.sentence][0]) if 0 <= f.sentence < len(a.sentences) else f.lo
    after = any_written(a.norm, lex.attendance_cues, f.trigger.end, f.hi)
    before = any_written(a.norm, lex.attendance_cues_before, lo, f.trigger.word_start)
    if not after and not before:
        return people
    spans = [(lex.attendance_cues, f.trigger.end, f.hi)] if after else []
    if before:  # "سيكون X مرفوقا بوزير خارجيته Y، وسيلتقي Z": a phrase before the contact word
        spans.append((lex.attendance_cues_before, lo, f.trigger.word_start))
    phrases = []
    for cues, start, stop_at in spans:
        for m in cue_pattern(cues).finditer(a.norm, start, stop_at):
            stop = CLAUSE_OR_COLON_MARK.search(a.norm, m.end(), stop_at)
            end = stop.start() if stop else stop_at
            if not has_cue(a.norm[m.end() : end], lex.attendance_joins):  # "برفقة X الذي شارك في المحادثة"
                phrases.append((m.start(), end))
    kept = {k: v for k, v in people.items() if not any(p_lo <= v[1] < p_hi for p_lo, p_hi in phrases)}
    if len(kept) < 2:
        return people
    # only a side's own people attend or travel with it ("بحضور ولي العهد"); a third country's leader
    # who "attended" a summit ("قمة حضرها الرئيس Z") is one of its parties
    homes = {home_of(a, p, day) for p, _, _ in kept.values()}
    # a head of state does not attend the contact of their own premier or crown prince ("مراسم
    # الاستقبال بحضور رئيسة الهند ورئيس الوزراء"): the head of state receives with them
    heads = {home_of(a, p, day) for p, _, _ in kept.values() if _head_of_state(a, p, day)}
    return {
        k: v
        for k, v in people.items()
        if k in kept
        or home_of(a, v[0], day) not in homes
        or (_head_of_state(a, v[0], day) and home_of(a, v[0], day) not in heads)
    }


def _without_own_foreign_ministers(a: Article, people: PeopleMap, day: dt.date | None) -> PeopleMap:
    """A foreign minister joined by "و" right after a leader of his own country ("استقبل X الرئيس Y
    ووزير خارجيته Z", "الرئيس Y ووزير الخارجية Z"): he comes with his leader, who is the side; he
    is no party of his own (no second meeting with him) when two or more parties remain. A visiting
    foreign minister of another country is his counterpart: "يلتقي الصفدي خلالها الرئيس Y ووزير
    الخارجية Z" meets both, and Z stays a party."""
    by_end = {end: p for p, _, end in people.values()}
    drop = set()
    for key, (p, start, _) in people.items():
        if p.role != "foreign_minister" or any(
            _foreign_minister(a, q, day) and home_of(a, q, day) != home_of(a, p, day) for q, _, _ in people.values()
        ):
            continue
        leader = next(
            (
                by_end[cut]
                for cut in range(max(0, start - LIST_JOIN_CHARS), start)
                if cut in by_end and _LIST_JOIN.fullmatch(a.norm[cut:start])
            ),
            None,
        )
        if leader is not None and leader.role != "foreign_minister" and home_of(a, leader, day) == home_of(a, p, day):
            drop.add(key)
    kept = {k: v for k, v in people.items() if k not in drop}
    return kept if len(kept) >= 2 else people


def _foreign_minister(a: Article, p: Participant, day: dt.date | None) -> bool:
    """Named as a foreign minister, or holding that office on the day (a name alone: "الصفدي")."""
    if p.role == "foreign_minister":
        return True
    person = a.ref.people.get(p.person_id or "")
    return person is not None and day is not None and any(o.role == "foreign_minister" for o in person.offices_on(day))


def _head_of_state(a: Article, p: Participant, day: dt.date | None) -> bool:
    person = a.ref.people.get(p.person_id or "")
    return person is not None and day is not None and any(o.role in HEAD_OF_STATE_ROLES for o in person.offices_on(day))


def without_successors(a: Article, people: PeopleMap, day: dt.date | None) -> PeopleMap:
    """A person not yet in office on the day ("بعد انتخاب X رئيسا") whose coming office another party
    of the same contact holds that day (the incumbent): the incumbent is the party, the successor is
    talked about."""
    if day is None or len(people) < 3:
        return people
    held = {
        (o.role, o.country)
        for p, _, _ in people.values()
        if p.person_id in a.ref.people
        for o in a.ref.people[p.person_id].offices_on(day)
    }
    out = {}
    for key, value in people.items():
        person = a.ref.people.get(value[0].person_id or "")
        if person is not None and not person.offices_on(day):
            coming = {(o.role, o.country) for o in person.offices if o.start is not None and o.start > day}
            if coming & held:
                continue
        out[key] = value
    return out if len(out) >= 2 else people


def pair_reference(a: Article, f: Frame, drafts: Drafts, day: dt.date | None = None) -> PeopleMap | None:
    """ "وكان الزعيمان قد تحادثا": a contact sentence that names nobody new but refers to "the two"
    takes the two participants of the latest event with exactly two; or, when the sentence right
    before tells no contact and names exactly two people ("أكد الملك X والمستشارة Y أهمية ... .
    وشدد الجانبان خلال اتصال هاتفي على ..."), those two: the pair "the two" was just said of."""
    dual_suffix = a.norm[f.trigger.start : f.trigger.end + 4].split(" ")[0].endswith("هما")  # "اجتماعهما"
    if not dual_suffix and not has_cue(a.norm[f.lo : f.hi], lexicon().pair_references) and not _dual_verb(a, f):
        return None
    if f.sentence > 0 and not a.triggers.get(f.sentence - 1) and f.lo == a.sentences[f.sentence][0]:
        named = people_before(a, f, day)
        if len(named) == 2:
            return named
    latest = next((d for d in reversed(drafts.shared) if len(d.participants) == 2), None)
    return dict(latest.participants) if latest else None


def _dual_verb(a: Article, f: Frame) -> bool:
    """The contact word is, or follows, a dual verb ("وسبق أن أجريا مكالمة", "قد تحادثا") and the
    sentence names nobody: "the two" of the contact just reported."""
    if f.entities:
        return False
    lex = lexicon()
    head = a.norm[f.trigger.word_start : f.trigger.end].split()[:1]
    before = a.norm[f.lo : f.trigger.word_start]
    clause = before[max((m.end() for m in CLAUSE_MARK.finditer(before)), default=0) :].split()
    opened = [i for i, w in enumerate(clause) if w in lex.subordinators]
    clause = clause[opened[-1] :] if opened else clause  # "..., والثالث هذا العام إذ أجريا مكالمة"
    for i, w in enumerate([*clause, *head]):
        if any(form in lex.dual_contact_verbs for form in strip_clitic(w)):
            # only function words before the verb in its clause: "the two" are its subject
            return all(x in lex.dual_verb_openers for x in clause[:i])
    return False


# "برقية تعزية مماثلة": the "similar" word follows the contact word within this many words.
SIMILAR_AFTER_WORDS = 3


def similar_contact(a: Article, f: Frame, people: PeopleMap, drafts: list[Draft]) -> PeopleMap | None:
    """ "كما بعث ولي العهد برقية مماثلة": a contact like the one just reported, from the sender the
    sentence names to that contact's receiver (the party who was not its caller, else the one of
    another country than the senders). Several senders named before the contact word ("وبعث ولي العهد
    X ورئيس الوزراء Y ببرقيتين مماثلتين") send one each (``similar_receiver`` tells the receiver
    added). Not when the similar message goes to someone the sentence names after it ("سلم رسالة
    مماثلة إلى سلطنة عمان": a new addressee, not a person of the data) or is handed over by the one
    named ("وكان الوزير سلم رسالة مماثلة": the carrier, no sender)."""
    words = [w.strip("،,.") for w in a.norm[f.trigger.end : f.hi].split()[:SIMILAR_AFTER_WORDS]]
    if len(people) == 1 and any(w in lexicon().reply_contact for w in words):
        return _reply_to(f, people, drafts)
    similar = next((i for i, w in enumerate(words) if w in lexicon().similar_contact), None)
    if not people or similar is None:
        return None
    if len(people) > 1 and any(at >= f.trigger.word_start for _, at, _ in people.values()):
        return None  # a receiver is named: no list of senders
    if len(people) == 1:
        ((_, named_at, _),) = people.values()
        if _no_subject(a, f, named_at):
            return None  # "كما بعث برقية مماثلة إلى Z": Z receives it; the sender is the subject dropped
    if f.type == "message" and (_handed_over(a, f) or _to_someone_after(a, f, similar)):
        return None
    latest = next((d for d in reversed(drafts) if d.type == f.type and len(d.participants) == 2), None)
    if latest is None:
        return None
    caller = next((c for c in latest.initiators if c), None)
    others = [k for k in latest.participants if k not in people and k != caller]
    if caller is None:
        countries = {sender.country for sender, _, _ in people.values()}
        others = [k for k in others if latest.participants[k][0].country not in countries]
    if len(others) != 1:
        return None
    return {**people, others[0]: latest.participants[others[0]]}


def similar_receiver(before: PeopleMap, after: PeopleMap) -> str | None:
    """The receiver ``similar_contact`` added to a list of two or more senders: every sender's
    contact is with him (one each), None when it added nobody to such a list."""
    added = [k for k in after if k not in before]
    return added[0] if len(before) >= 2 and len(added) == 1 else None


def _handed_over(a: Article, f: Frame) -> bool:
    """The verb right before the message word hands it over ("سلم", "نقل", "حمل"): its subject carries it."""
    words = a.norm[max(f.lo, f.trigger.word_start - 20) : f.trigger.word_start].split()
    return bool(words) and any(form in lexicon().message_carriers for form in strip_clitic(words[-1]))


def _to_someone_after(a: Article, f: Frame, similar: int) -> bool:
    """ "رسالة مماثلة إلى سلطنة عمان": the word after the similar word sends the message to someone no
    mention names (a country, an unnamed office): a new addressee, not the receiver before ("برقية
    مماثلة إلى جلالة الملك" names him again)."""
    found = list(re.finditer(r"\S+", a.norm[f.trigger.end : f.hi]))[similar + 1 : similar + 2]
    if not found or found[0].group().strip("،,.") not in lexicon().destination_words:
        return False
    at = f.trigger.end + found[0].end()
    return not any(at <= e.start <= at + ADDRESSEE_CHARS for e in f.entities)


# "إلى جلالة الملك": the addressee's mention starts this close after "إلى" (honorifics between).
ADDRESSEE_CHARS = 24


# "و" between two names of a list, the article of a title perhaps outside the mention ("، وال|رئيس").
_AND_JOIN = re.compile(r"\s*[،,]?\s*و(?:ال)?\s*")


def lone_of_list(a: Article, people: PeopleMap) -> str | None:
    """ "التقى A وB الملك C، كل على حدة": of three or more parties named in two runs, one a list
    joined by "و" and the other a single name, the single one (the party each of the list met)."""
    if len(people) < 3:
        return None
    runs: list[list[str]] = []
    last_end = None
    for key, (_, start, end) in sorted(people.items(), key=lambda kv: kv[1][1]):
        if last_end is not None and last_end <= start and _AND_JOIN.fullmatch(a.norm, last_end, start):
            runs[-1].append(key)
        else:
            runs.append([key])
        last_end = end
    singles = [run[0] for run in runs if len(run) == 1]
    return singles[0] if len(runs) == 2 and len(singles) == 1 else None


def attended_contact(a: Article, f: Frame, people: PeopleMap, drafts: Drafts, day: dt.date | None) -> PeopleMap | None:
    """ "كما حضر اللقاء رئيس الوزراء Z" after a reported meeting: a sentence opened by a verb of
    attendance whose object is the definite contact word names who else was at that contact. A
    leader of a country none of its parties speaks for joins it as one more party; the parties' own
    people attend it and make no contact of their own (the contact's parties alone)."""
    if not people or not a.norm[f.trigger.word_start : f.trigger.start].lstrip("وف").startswith("ال"):
        return None
    lex = lexicon()
    words = [w.strip("،,") for w in a.norm[f.lo : f.trigger.word_start].split()]
    verbs = [w for w in words if w not in lex.attended_contact_links]
    if (
        len(verbs) != 1
        or len(words) > 3
        or not any(form in lex.attended_contact_verbs for form in strip_clitic(verbs[0]))
    ):
        return None
    latest = next((d for d in reversed(drafts.shared) if d.type == f.type), None)
    if latest is None:
        return None
    homes = {home_of(a, p, day) for p, _, _ in latest.participants.values()}
    new = {
        k: v for k, v in people.items() if k not in latest.participants and home_of(a, v[0], day) not in homes | {None}
    }
    return {**latest.participants, **new}


def _reply_to(f: Frame, people: PeopleMap, drafts: list[Draft]) -> PeopleMap | None:
    """ "وبعث X ببرقية جوابية": X replies to the latest contact of this type X took part in."""
    ((key, _),) = people.items()
    latest = next((d for d in reversed(drafts) if d.type == f.type and key in d.participants), None)
    if latest is None or len(latest.participants) != 2:
        return None
    return {**people, **{k: v for k, v in latest.participants.items() if k != key}}


_FROM_TO = re.compile(WORD_START + r"(من|الي|إلى)\s")
# "رسالة من X إلى Y": "من" follows the message word within this many characters.
FROM_AFTER_CHARS = 40


def from_to(a: Article, f: Frame, people: PeopleMap) -> PeopleMap | None:
    """ "سلّم نظيره رسالة من الرئيس X إلى الرئيس Y": the sender after "من" and the receiver after
    "إلى" are the message's parties; whoever hands it over is not."""
    marks = list(_FROM_TO.finditer(a.norm, f.trigger.end, min(f.hi, f.trigger.end + 4 * FROM_AFTER_CHARS)))
    source = next((m for m in marks if m.group(1) == "من" and m.start() - f.trigger.end <= FROM_AFTER_CHARS), None)
    target = next((m for m in marks if m.group(1) != "من" and source is not None and m.start() > source.end()), None)
    if source is None:
        return _addressed_then_from(a, f, people)
    if target is None:
        return _to_before_from(a, f, people, source) or _addressed_then_from(a, f, people)
    first = {k: v for k, v in people.items() if source.end() <= v[1] < target.start()}
    second = {k: v for k, v in people.items() if v[1] >= target.end()}
    if not first or not second:
        return None
    s_key = min(first, key=lambda k: first[k][1])
    t_key = min(second, key=lambda k: second[k][1])
    return {s_key: people[s_key], t_key: people[t_key]}


# "رسالة لخادم الحرمين ...", "رسالة موجهة إلى الرئيس ...": the addressee's preposition right after the
# message word ("لـ" written onto the name, "للرئيس" with its article folded in).
_ADDRESSED = re.compile(r"\s+(?:موجهه\s+|موجهة\s+)?(?:ل(?=\S)|الي\s+|إلى\s+)")
# The addressee's mention starts this close after the preposition ("للرئيس": the article's lam).
ADDRESSED_CHARS = 3


def _addressed_then_from(a: Article, f: Frame, people: PeopleMap) -> PeopleMap | None:
    """ "تسلم ولي العهد رسالة لخادم الحرمين الملك X، من أخيه الرئيس Y": the message's addressee follows
    the message word with "لـ" / "إلى" and its sender follows "من" after the addressee's name (too far
    for ``from_to``'s window); the one who took it in for the addressee is no party."""
    to = _ADDRESSED.match(a.norm, f.trigger.end)
    if to is None:
        return None
    spans = sorted(_mentions_of(a, f, people))
    receivers = [(s, e, k) for s, e, k in spans if to.end() <= s <= to.end() + ADDRESSED_CHARS]
    if not receivers:
        return None
    _, r_end, r_key = receivers[0]
    source = next((m for m in _FROM_TO.finditer(a.norm, r_end, min(f.hi, r_end + FROM_AFTER_CHARS))), None)
    if source is None or source.group(1) != "من":
        return None
    senders = [k for s, e, k in spans if source.end() <= s < source.end() + FROM_AFTER_CHARS and k != r_key]
    if not senders:
        return None
    return {senders[0]: people[senders[0]], r_key: people[r_key]}


def _to_before_from(a: Article, f: Frame, people: PeopleMap, source: re.Match[str]) -> PeopleMap | None:
    """ "سلّم الوزير إلى الرئيس Y رسالة من الرئيس X": the receiver follows "إلى" before the message
    word, the sender follows "من" after it; the one who hands it over is no party."""
    before = [m for m in _FROM_TO.finditer(a.norm, f.lo, f.trigger.word_start) if m.group(1) != "من"]
    if not before:
        return None
    to = before[-1]
    # the sender's mention after "من" (the person may be named earlier in the sentence as well)
    senders = [(s, k) for s, e, k in _mentions_of(a, f, people) if source.end() <= s < source.end() + FROM_AFTER_CHARS]
    receivers = [(s, k) for s, e, k in _mentions_of(a, f, people) if to.end() <= s < f.trigger.word_start]
    if not senders or not receivers:
        return None
    s_key, t_key = min(senders)[1], min(receivers)[1]
    if s_key == t_key:
        return None
    return {s_key: people[s_key], t_key: people[t_key]}


def _mentions_of(a: Article, f: Frame, people: PeopleMap) -> list[tuple[int, int, str]]:
    """(start, end, key) of every mention in the frame of a person among ``people``."""
    spans = []
    for e in f.entities:
        for k, (p, _, _) in people.items():
            if e.person_id and e.person_id == p.person_id:
                spans.append((e.start, e.end, k))
    return spans


# A lead sentence stands at most this many sentences before the contact word that refers back to it.
LEAD_SENTENCES = 3


def refers_back(a: Article, f: Frame) -> bool:
    """The contact word points at a contact already told of: definite ("الاتصال"), possessive
    ("اتصاله") or the head of a definite construct ("برقية التهنئة")."""
    word = (a.nt.original_span_text(f.trigger.word_start, f.trigger.end).split() or [""])[0]
    if a.norm[f.trigger.word_start : f.trigger.start].endswith("ال") or word.endswith(("ه", "ها", "هما")):
        return True
    following = a.norm[f.trigger.end : f.trigger.end + 12].split()
    return bool(following) and following[0].startswith("ال") and following[0] not in lexicon().stop_words


def lead_parties(a: Article, f: Frame, people: PeopleMap, day: dt.date | None) -> PeopleMap | None:
    """ "هنأ X نظيره Y بإعادة انتخابه" then "وقال X في برقية التهنئة": the parties of the nearest lead
    sentence before (a lead verb, two or more people, among them those the frame names)."""
    if not refers_back(a, f):
        return None
    lex = lexicon()
    for s_index in range(f.sentence - 1, max(-1, f.sentence - 1 - LEAD_SENTENCES), -1):
        lo, hi, _ = a.sentences[s_index]
        if a.is_trigger_sentence(s_index) or not has_cue(a.norm[lo:hi], lex.lead_verbs):
            continue
        lead = Frame(
            s_index, f.type, f.status, f.trigger, a.mentions.between(lo, hi), None, [], [], False, False, lo, hi
        )
        found = frame_people(a, lead, day)[0]
        if len(found) >= 2 and set(people) <= set(found):
            return found
    return None


# The sentence before whose one person a pronoun may stand for: at most this many sentences back.
ANTECEDENT_SENTENCES = 3


def pronoun_subject(a: Article, f: Frame, people: PeopleMap, drafts: Drafts, day: dt.date | None) -> PeopleMap | None:
    """ "وتلقى سموه اتصالا من X", "كما أجرى اتصالا مع X", "كما أجرى الرئيس اتصالا مع X": a contact
    sentence that stands for its subject with a pronoun, drops it, or names it by a bare title that
    fits several people of the article, adds the article's protagonist (for a bare title, only one
    who holds that office). The people it names are one ("... من X") or several objects after the
    contact word ("كما تلقى سيادته اتصالا من X، واتصالا ثالثا من Y": one contact each); so does a reception word whose pronoun is the visitor ("وكان X في
    استقباله")."""
    if not people:
        return None
    named_at = min(start for _, start, _ in people.values())
    if (
        len(people) > 1
        and not _pronoun_object(a, f, named_at)
        and (
            named_at < f.trigger.end
            or not _prepositional(a.norm, named_at)
            or (f.type == "message" and from_to(a, f, people) is not None)
        )
    ):
        return None  # several people: all of them the objects after the contact word, not "من X إلى Y"
    lex = lexicon()
    before = a.norm[f.lo : named_at]
    received = f.type == "meeting" and f.trigger.entry.key in lex.reception_pronoun_triggers
    title = _bare_title(a, f, people)
    if not (received or has_cue(before, lex.pronoun_subjects) or _no_subject(a, f, named_at) or title is not None):
        return None
    counts: dict[str, int] = {}
    found: PeopleMap = {}
    # the protagonist: the one in most of the contacts told so far that took place; before any took
    # place, in the contacts to come ("يزور X أسمرة غدا لمباحثات مع Y. ... زار مصر والتقى بالرئيس Z")
    told = [d for d in drafts.shared if d.status == "reported"] or [d for d in drafts.shared if d.status == "planned"]
    for d in told:
        for k, v in d.participants.items():
            counts[k] = counts.get(k, 0) + 1
            found.setdefault(k, v)
    for key in people:
        counts.pop(key, None)
    if title is not None:  # "الرئيس": only a protagonist who holds the office
        counts = {k: n for k, n in counts.items() if _holds_title(a, found[k][0], title, day)}
    if counts:
        top = max(counts.values())
        best = [k for k in found if counts.get(k) == top]
        if len(best) > 1:  # a tie: the subject of the latest contact among them (named first in it)
            # "تلقى X اتصالا من A. كما تلقى اتصالا من B": the subject X goes on, whoever placed the call
            latest = next(d for d in reversed(drafts) if set(best) & set(d.participants))
            best = sorted((k for k in best if k in latest.participants), key=lambda k: latest.participants[k][1])
        return {best[0]: _at_title(found[best[0]], title), **people}
    for s_index in range(f.sentence - 1, max(-1, f.sentence - 1 - ANTECEDENT_SENTENCES), -1):
        lo, hi, _ = a.sentences[s_index]
        ante = Frame(
            s_index, f.type, f.status, f.trigger, a.mentions.between(lo, hi), None, [], [], False, False, lo, hi
        )
        found = {k: v for k, v in frame_people(a, ante, day)[0].items() if k not in people}
        if title is not None:
            found = {k: v for k, v in found.items() if _holds_title(a, v[0], title, day)}
        if found:
            return {**{k: _at_title(v, title) for k, v in found.items()}, **people} if len(found) == 1 else None
    return None


# A pronoun object stands among the first words of the contact word and what follows it.
PRONOUN_OBJECT_WORDS = 2


def _pronoun_object(a: Article, f: Frame, named_at: int) -> bool:
    """ "فقد اتصل به A وB", "هاتفه A وB": the contact verb takes a pronoun object (the protagonist)
    before the people it names, who are then its subjects, each one a caller."""
    if named_at < f.trigger.end:
        return False
    words = a.norm[f.trigger.word_start : named_at].split()[: PRONOUN_OBJECT_WORDS + 1]
    return any(w in lexicon().pronoun_objects for w in words)


def _at_title(value: tuple[Participant, int, int], title: EntityMention | None) -> tuple[Participant, int, int]:
    """The protagonist as the bare title names them in this sentence (where its caller is read)."""
    return value if title is None else (value[0], title.start, title.end)


def _bare_title(a: Article, f: Frame, people: PeopleMap) -> EntityMention | None:
    """The sentence's subject is a title alone that named nobody ("كما أجرى الرئيس اتصالا مع X" in an
    article that names two presidents; "وفي اتصال آخر، بحث الرئيس مع X"): a title with no country,
    before the people the sentence names and no object of a preposition, that resolved to none of them."""
    starts = {start for _, start, _ in people.values()}
    named_at = min(starts)
    return next(
        (
            e
            for e in f.entities
            if f.lo <= e.start < named_at
            and (e.start < f.trigger.word_start or not _prepositional(a.norm, e.start))
            and e.person_id is None
            and e.role not in (None, "counterpart")
            and e.country is None
            and e.org is None
            and e.start not in starts
        ),
        None,
    )


def _holds_title(a: Article, p: Participant, title: EntityMention, day: dt.date | None) -> bool:
    """The protagonist ``p`` holds the office a bare title names (of its country when it gives one)."""
    person = a.ref.people.get(p.person_id or "")
    if person is None or title.role in (None, "counterpart"):
        return False
    place = title.country or title.org
    return any(
        o.role == title.role and (place is None or place in (o.country, o.org)) and (day is None or o.held_on(day))
        for o in person.offices
    )


def _no_subject(a: Article, f: Frame, named_at: int) -> bool:
    """The sentence opens with connectors and a contact verb right before its trigger, and names its
    one person after the trigger ("كما أجرى اتصالا هاتفيا مع X", "وتلقى اتصالا من X")."""
    if named_at < f.trigger.end or not _prepositional(a.norm, named_at):
        return False  # "وتسلم الرسالة X": a subject after the object
    lex = lexicon()
    words = [w.strip("،,") for w in a.norm[f.lo : f.trigger.word_start].split()]
    while words and words[0] in lex.sentence_connectors:
        words.pop(0)
    verbs = set(lex.caller_verbs) | set(lex.receiver_verbs)
    if not words:  # the trigger is the verb phrase itself ("وتلقى اتصالا", "واتصل")
        head = a.norm[f.trigger.word_start : f.trigger.end].split()[0]
        return any(form in verbs for form in strip_clitic(head))
    return (len(words) == 1 and any(form in verbs for form in strip_clitic(words[0]))) or _opens_with_contact(a, f)


def _opens_with_contact(a: Article, f: Frame) -> bool:
    """ "زار مصر في أغسطس والتقى بالرئيس X": the sentence opens (after connectors) with another contact
    word of its own whose subject is dropped, in one clause with the trigger; both share that subject."""
    lex = lexicon()
    for m in re.finditer(r"\S+", a.norm[f.lo : f.trigger.word_start]):
        if m.group().strip("،,") in lex.sentence_connectors:
            continue
        first = f.lo + m.start()
        break
    else:
        return False
    if CLAUSE_MARK.search(a.norm, first, f.trigger.word_start):
        return False
    return any(t.word_start == first and t.start != f.trigger.start for t in a.triggers_of(f.lo))


@lru_cache(maxsize=1)
def _preposition() -> re.Pattern[str]:
    """A preposition that governs the next word (``object_prepositions``), ending a span."""
    return re.compile(rf"(?:^|\s)(?:{alternation(lexicon().object_prepositions)})\s+$")


# At most this many honorifics and titles stand between a preposition and the mention it governs.
PREPOSITION_TITLE_WORDS = 4


def _prepositional(norm: str, start: int) -> bool:
    """The mention at ``start`` is the object of a preposition ("مع X", "من X", "بالرئيس", "لنظيره"),
    also over honorifics before it that are not part of the mention ("لكل من صاحب السمو الملكي الأمير X")."""
    word_start = norm.rfind(" ", 0, start) + 1
    titles = lexicon().title_words
    for _ in range(PREPOSITION_TITLE_WORDS if norm[word_start:start] in ("", "ال") else 0):
        if word_start < 2:
            break
        prev = norm.rfind(" ", 0, word_start - 1) + 1
        word = norm[prev : word_start - 1]
        if word[:1] in ("ب", "ل") and word[1:] in titles:
            return True  # "لصاحب السمو الأمير X"
        if word not in titles:
            break
        word_start = prev
    if norm[word_start:start] in ("ب", "ل", "بال", "لل"):
        return True
    return _preposition().search(norm[max(0, word_start - 8) : word_start]) is not None


# A contact word stands at most this many words after the opener of another happening ("بعد مباحثات").
PRIOR_CONTACT_WORDS = 2


def prior_contact(a: Article, f: Frame, named: PeopleMap, core: PeopleMap) -> PeopleMap:
    """People ``core_parties`` left out because they follow "بعد"/"قبل"/"عقب" + a contact word ("تحدث
    إلى قادة ...، بعد مباحثات أجراها في شكل منفصل مع X وY"): the subject's own contacts with them,
    told as separate ones (empty unless the sentence says so)."""
    dropped = {k: v for k, v in named.items() if k not in core}
    if not dropped or len(core) < 2 or not has_cue(a.norm[f.lo : f.hi], lexicon().separate_contacts):
        return {}
    cut = other_happening(a, f.trigger.end, f.hi)
    if cut is None or any(v[1] < cut for v in dropped.values()):
        return {}
    words = [w.strip("،,") for w in a.norm[cut : cut + 60].split()[1 : 1 + PRIOR_CONTACT_WORDS]]
    nouns = lexicon().contact_nouns
    return dropped if any(form in nouns for w in words for form in strip_clitic(w)) else {}


def home_of(a: Article, p: Participant, day: dt.date | None) -> str | None:
    """The country a participant speaks for on ``day``: "org:<body>" while holding an office of an
    international body (the first such office held then, even beside a country office), else the
    country of an office held then, else the country of the mention."""
    person = a.ref.people.get(p.person_id or "")
    if person is not None and day is not None:
        held = person.offices_on(day)
        org = next((o.org for o in held if o.org), None)
        if org:
            return f"org:{org}"
        countries = [o.country for o in held if o.country]
        if countries:
            return countries[0]
    if person is not None:
        return person.country_on(day) or p.country
    return p.country


def domestic(a: Article, people: PeopleMap, day: dt.date | None) -> bool:
    """Are all the parties of one country (a president and his own foreign minister, a king and his
    crown prince)? A contact inside one government is no diplomatic contact: a minister carrying his
    president's message, a delegation member named beside the leader he travels with."""
    if len(people) < 2:
        return False
    homes = {home_of(a, p, day) for p, _, _ in people.values()}
    return len(homes) == 1 and None not in homes


def _possessed_contact(a: Article, start: int, end: int) -> bool:
    """Is the word at ``start:end`` a contact noun with a possessive pronoun ("محادثاته", "وزيارته")?"""
    word = a.norm[start:end].strip("،,.")
    nouns = lexicon().possessed_contact_nouns
    if not possessed_candidate(word, nouns):
        return False  # most words: their written form is not read
    return possessed_noun(word, nouns, a.nt.original_span_text(start, end).strip("،,."))


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
        for at, stop in _words_holding(a.norm, written, f.lo, f.hi)
        if not ws <= at < end and _possessed_contact(a, at, stop)
    ]


_WORD = re.compile(r"\S+")


def _words_holding(text: str, written: tuple[str, ...], lo: int, hi: int) -> list[tuple[int, int]]:
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


def without_other_contacts(a: Article, f: Frame) -> Frame:
    """People named in the phrase of another contact of the sentence's subject are the parties of
    that contact, not of the frame's: the phrase of a possessed contact noun ("أطلع X نظيره Y خلال
    اتصال هاتفي على نتائج محادثاته مع Z", "وضعه في صورة زيارته إلى واشنطن ومحادثاته مع Z"), or a
    later clause that plans a contact ("، مضيفا أنه سيتحدث مع Z"). A phrase runs to the
    next clause mark or contact word (``PhraseEnds``). Kept when fewer than two people would remain (then the phrase
    most likely sets the frame's own contact: "التقى X خلال زيارته لباريس الرئيس Y")."""
    starts = _possessed_contacts(a, f) + _later_plans(a, f) + _relative_contacts(a, f)
    if not starts:
        return f
    ends = PhraseEnds(a, f)
    owned = sorted((at, ends(at)) for at in starts)
    los = [lo for lo, _ in owned]
    reach = list(itertools.accumulate((hi for _, hi in owned), max))  # the furthest end of a phrase begun by then
    kept = [e for e in f.entities if not _inside_any(e.start, los, reach)]
    if len(kept) == len(f.entities) or len({e.person_id or a.norm[e.start : e.end] for e in kept}) < 2:
        return f
    return dataclasses.replace(f, entities=kept)


def _inside_any(at: int, los: list[int], reach: list[int]) -> bool:
    """Is ``at`` strictly inside one of the phrases (sorted starts ``los``, running maximum of ends ``reach``)?"""
    i = bisect.bisect_left(los, at)  # the phrases begun before ``at``
    return i > 0 and reach[i - 1] > at


# A plan or wish opens a clause of its own when a clause mark or "أنه" stands this few words before it.
PLAN_CLAUSE_WORDS = 3


def _relative_contacts(a: Article, f: Frame) -> list[int]:
    """Where a relative clause after the frame's trigger tells a contact of another type ("أطلعه في
    اتصال هاتفي على نتائج القمة التي جمعته بنظيريه X و Y"): its people are that contact's."""
    relative = lexicon().relative_pronouns
    out = []
    for m in a.index.between(f.trigger.end, f.hi):
        if m.entry.kind != "trigger" or m.entry.value in ("not_contact", f.type, "spoke", "talks"):
            continue
        before = last_words(a.norm, f.trigger.end, m.word_start, 1)
        if before and before[0] in relative:
            out.append(m.word_start)
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
