"""Who the parties of a contact sentence are: the frame's people (``frame_people``).

The frame's mentions resolve to participants, less the people only talked about ("على صحة",
"تحيات"); a role alone is its own holder named right after it or someone the sentence does not name.
The steps after it live beside it: ``core_parties`` (parties by clause: named before the clause that
tells what was said, a message's sender and receiver), ``attendees`` (people present who are no
parties; a party's country), ``referred_parties`` ("الجانبان", "جاء ذلك في اتصال", "خلال الاتصال" and
pronoun subjects refer to people already reported) and ``other_contacts`` (people of another contact
the sentence tells).
"""

from __future__ import annotations

import bisect
import dataclasses
import datetime as dt
import re
from functools import lru_cache

from rasd.arabic import WORD_END, WORD_START
from rasd.config import titles
from rasd.extract.article import Article
from rasd.extract.events import PeopleMap
from rasd.extract.frames import CLAUSE_MARK, Frame
from rasd.extract.lexicon import WITH, any_written, cue_pattern, has_cue, last_word_pattern, lexicon
from rasd.extract.mentions import DEFINITE_CLITICS, EntityMention, agent_prefix
from rasd.extract.resolve import context_role, resolve
from rasd.extract.scan import Match
from rasd.normalize import normalize_key
from rasd.records import participant_key
from rasd.words import alternation, bare_or_conjoined

# How far before a mention a "not a party" word may stand ("على صحة أخيه السلطان").
NOT_PARTY_CHARS = 40


@lru_cache(maxsize=1)
def _not_party_pattern() -> re.Pattern[str]:
    """The not-a-party words, also after "بـ"/"لـ" ("بوفاة الملكة", "لصحة السلطان")."""
    words = alternation(lexicon().not_party_after)
    return re.compile(WORD_START + rf"[وف]?[بل]?(?:{words})" + WORD_END)


# A list joins the mention to the one before it: "و" after at most a comma ("تحيات الملك A، وولي العهد B").
LIST_JOIN = re.compile(r"\s*[،,]?\s*و\s*")


# The mention before stands this close (the comma, the space and "و").
LIST_JOIN_CHARS = 4


def talked_about(a: Article, start: int) -> bool:
    """The mention at ``start`` follows a word that makes it a topic ("صحة", "تحيات", "مبعوث"), with
    at most one other word or only honorifics between ("تحيات حضرة صاحب السمو أمير البلاد"); or it
    goes on a list whose first name is one ("نقل تحيات الملك A، وولي العهد B": both are greeted
    from, neither is a party) or names again the person right before it ("من العاهل الأردني الملك X"). Read once per mention (the article's antecedents and each frame ask)."""
    seen = a.memo.setdefault("talked_about", {})
    found = seen.get(start)
    if found is None:
        found = seen[start] = _talked_about(a, start)
    return found


def _talked_about(a: Article, start: int) -> bool:
    if (
        _topic_word_before(a, start)
        or _appointing_agent(a, start)
        or _compared_leader(a, start)
        or _match_opponent(a, start)
        or _greetings_addressee(a, start)
        or _principal_named_after(a, start)
        or _agent_noun_before(a, start)
        or _ranked_title(a, start)
    ):
        return True
    at = start
    for _ in range(MAX_LIST_STEPS):
        prev = [m for m in a.mentions.between(max(0, at - NOT_PARTY_CHARS * 4), at) if m.end <= at]
        if not prev:
            return False
        last = max(prev, key=lambda m: m.end)
        if at - last.end > LIST_JOIN_CHARS:
            return False
        here = [m for m in a.mentions.between(at, at + 1) if m.start == at]
        same = bool(here) and here[0].person_id is not None and here[0].person_id == last.person_id
        if not LIST_JOIN.fullmatch(a.norm, last.end, at) and not (same and a.norm[last.end : at].strip() in ("", "ال")):
            return False  # neither a list nor the same person named again ("العاهل الأردني الملك X")
        if _topic_word_before(a, last.start):
            return True
        at = last.start
    return False


# How many names back a list is followed to its first ("تحيات A وB وC").
MAX_LIST_STEPS = 4


def _topic_word_before(a: Article, start: int) -> bool:
    """A not-a-party word right before the mention at ``start`` (``talked_about``'s first reading); the
    one it is of may be joined by "لـ" ("المبعوث الخاص للرئيس X") or "من" ("مبعوثا خاصا من الرئيس X")."""
    before = a.norm[max(0, start - NOT_PARTY_CHARS) : start]
    before = before[before.rfind("\n") + 1 :]  # a word of the line before (a section label) is no topic word
    if not any_written(before, lexicon().not_party_after):
        return False  # none of the words is written before the mention: no scan
    not_names = lexicon().not_names
    for m in _not_party_pattern().finditer(before):
        between = [w.strip(" ،,") for w in before[m.end() :].split()]
        if between[:1] == ["من"] and len(between) > 1:
            between = between[1:]  # the sender after "من" ("مبعوثا خاصا من الرئيس X"), as after "لـ"
        if len(between) <= 1 or all(w in not_names or w == "ال" for w in between[:-1]):
            return True
    return False


def _agent_noun_before(a: Article, start: int) -> bool:
    """The name at ``start`` follows at once an agent's noun in construct ("نائب ترامب", "بموفد ماكرون",
    "مستشاري بوتين"; extract_words.yaml ``agent_nouns``): the leader the agent acts for, no party. Not
    after the noun with the article, in apposition to its holder's name ("المبعوث X": the agent's own)."""
    here = [m for m in a.mentions.between(start, start + 1) if m.start == start]
    if not here or here[0].role is not None:
        return False
    m = agent_prefix().search(a.norm, max(0, start - NOT_PARTY_CHARS), start)
    return m is not None and DEFINITE_CLITICS.match(m.group().lstrip()) is None


# An appointment noun stands at most this many words before "من قبل", and "من قبل" at most this many
# before the appointer's mention (kin words and honorifics: "من قبل أخي الأعز الأكرم خادم الحرمين").
APPOINTMENT_WORDS = 5
AGENT_WORDS = 4


@lru_cache(maxsize=1)
def _appointment_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The appointment nouns (also after "بـ"/"لـ"/"و") and the markers of their agent
    (extract_words.yaml ``appointing_agent``)."""
    words = lexicon().appointing_agent
    nouns = re.compile(WORD_START + rf"[وف]?[بل]?(?:{alternation(words.get('nouns', ()))})" + WORD_END)
    markers = re.compile(WORD_START + rf"(?:{alternation(words.get('markers', ()))})" + WORD_END)
    return nouns, markers


def _clause_before(a: Article, start: int) -> str:
    """The words of the clause before ``start`` (back to a full stop, colon or new line), at most
    four times ``NOT_PARTY_CHARS``: where an appointment or a comparison that makes the mention no
    party is told."""
    return re.split(r"[.:!؟?\n]", a.norm[max(0, start - NOT_PARTY_CHARS * 4) : start])[-1]


def _appointing_agent(a: Article, start: int) -> bool:
    """The mention at ``start`` is whoever appointed someone ("بعد تكليفه من قبل ملك ماليزيا بتشكيل
    الحكومة", "تعيين سموكم رئيسا لمجلس الوزراء من قبل أخي الملك X"): after an agent marker with at
    most ``AGENT_WORDS`` words between, and an appointment noun at most ``APPOINTMENT_WORDS`` words
    before the marker, all in one clause (no full stop, colon or new line)."""
    before = _clause_before(a, start)
    words = lexicon().appointing_agent
    if not (any_written(before, words.get("markers", ())) and any_written(before, words.get("nouns", ()))):
        return False
    nouns, markers = _appointment_patterns()
    found = list(markers.finditer(before))
    if not found:
        return False
    marker = found[-1]
    if len(before[marker.end() :].split()) > AGENT_WORDS:
        return False
    lead = before[: marker.start()].split()[-(APPOINTMENT_WORDS + 1) :]
    return bool(nouns.search(" ".join(lead)))


# An ordinal and a leader's noun stand at most this many words before "بعد" ("ثاني زعيم من رابطة دول
# جنوب شرق آسيا بعد"), and "بعد" right before the mention (at most one word between: "بعد كل من").
COMPARED_WORDS = 10


@lru_cache(maxsize=1)
def _compared_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """An ordinal followed by a leader's noun ("ثاني رئيس", "وأول زعيم"), and the marker of the one
    compared with (extract_words.yaml ``compared_leader``)."""
    words = lexicon().compared_leader
    ordinal = alternation(words.get("ordinals", ()))
    noun = alternation(words.get("nouns", ()))
    ranked = re.compile(WORD_START + rf"[وف]?(?:ل)?(?:{ordinal})\s+(?:{noun})" + WORD_END)
    marker = re.compile(WORD_START + rf"(?:{alternation(words.get('markers', ()))})" + WORD_END)
    return ranked, marker


def _compared_leader(a: Article, start: int) -> bool:
    """The mention at ``start`` is the leader the subject is ranked after ("سيكون X ثاني رئيس يوجه له
    Y دعوة بعد الرئيس Z"): right after "بعد" (at most one word between), with an ordinal and a
    leader's noun at most ``COMPARED_WORDS`` words before it, in one clause."""
    before = _clause_before(a, start)
    words = lexicon().compared_leader
    if not (any_written(before, words.get("markers", ())) and any_written(before, words.get("ordinals", ()))):
        return False
    ranked, marker = _compared_patterns()
    found = list(marker.finditer(before))
    if not found or len(before[found[-1].end() :].split()) > 1:
        return False
    lead = before[: found[-1].start()].split()[-(COMPARED_WORDS + 2) :]
    return bool(ranked.search(" ".join(lead)))


def _ranked_title(a: Article, start: int) -> bool:
    """The mention at ``start`` is a title with no name right after an ordinal ("هو أول رئيس دولة يزور
    العراق منذ ...", "ليصبح ثاني زعيم عربي يلتقي ...": extract_words.yaml ``compared_leader.ordinals``):
    the predicate of a ranking, which designates nobody."""
    here = [m for m in a.mentions.between(start, start + 1) if m.start == start]
    if not here or here[0].person_id is not None:
        return False
    before = a.norm[max(0, start - NOT_PARTY_CHARS) : start].split()
    if not before:
        return False
    word = before[-1]
    forms = {word, *(word[len(c) :] for c in ("و", "ف", "ل", "ول", "فل") if word.startswith(c))}
    return bool(forms & set(lexicon().compared_leader.get("ordinals", ())))


# The office a not-a-party word governs and the name in apposition to it stand this close
# ("مبعوثا خاصا من رئيس جمهورية السودان الشقيقة، المشير X").
OFFICE_APPOSITION_CHARS = 100

# What may stand between that office and its holder's name: its country or organisation, an honorific.
_OFFICE_GAP_KINDS = ("country_name", "country_adj", "org", "honorific", "topic")


def _principal_named_after(a: Article, start: int) -> bool:
    """The mention at ``start`` names the holder of an office a not-a-party word governs, in apposition
    after it ("استقبل X مبعوثا شخصيا للرئيس الغاني، فخامة Y": Y sent the envoy, no party): the
    not-a-party word right before the office's title (perhaps with "من"), then only the office's country,
    adjectives ("الشقيق"), commas, honorifics and words of the person's own names (a middle name the
    reference data lacks) before the mention, and the person has held an office of that country."""
    lo = max(0, start - OFFICE_APPOSITION_CHARS)
    lo = max(lo, a.norm.rfind("\n", lo, start) + 1)
    if not any_written(a.norm, lexicon().not_party_after, lo, start):
        return False
    here = [m for m in a.mentions.between(start, start + 1) if m.start == start and m.person_id]
    person = a.ref.people.get(here[0].person_id or "") if here else None
    if person is None:
        return False
    matches = a.index.between(lo, start)
    ends = [m.end() for m in _not_party_pattern().finditer(a.norm, lo, start)]
    if not ends:
        return False
    # the office: a title right after the last not-a-party word (perhaps with "من")
    office = next(
        (
            m
            for m in matches
            if m.entry.kind == "title" and m.start >= ends[-1] and a.norm[ends[-1] : m.word_start].strip() in ("", "من")
        ),
        None,
    )
    if office is None or office.end > start:
        return False
    places = {
        m.entry.value for m in matches if m.start >= office.start and m.entry.kind in ("country_name", "country_adj")
    }
    if not any(o.country in places for o in person.offices):
        return False  # "المبعوث الخاص للرئيس الفرنسي، X": the envoy himself, named after his office
    covered = [(m.word_start, m.end) for m in matches if m.entry.kind in _OFFICE_GAP_KINDS and m.start >= office.start]
    own = {w for name in person.names_ar for w in normalize_key(name).split()}
    not_names = lexicon().not_names
    for w in re.finditer(r"[^\s،,]+", a.norm[office.end : start]):
        lo_w, hi_w = office.end + w.start(), office.end + w.end()
        word = w.group()
        if word in not_names or word in own or word == "ال":
            continue
        if not any(x <= lo_w and hi_w <= y for x, y in covered):
            return False
    return True


def _greetings_addressee(a: Article, start: int) -> bool:
    """The mention at ``start`` is whom the subject sends his own greetings on to ("موجها تحياته وتقديره
    إلى الملك X", "حمّله تحياته لأخيه Y"): an absent third, greeted through the counterpart. A
    possessed greetings word (extract_words.yaml ``status_more``: ``own_greetings``), perhaps nouns
    joined by "و" and an adjective or two ("تحياته وتقديره البالغ"), then "إلى" or "لـ" and only
    honorifics or titles before the mention, in one clause."""
    own = lexicon().status_more.get("own_greetings", ())
    before = a.norm[max(0, start - NOT_PARTY_CHARS * 2) : start]
    if not any_written(before, own):
        return False
    before = before[max((m.end() for m in CLAUSE_MARK.finditer(before)), default=0) :]
    words = [w.strip("،,") for w in before.split()]
    at = [i for i, w in enumerate(words) if w.removeprefix("و") in own]
    if not at:
        return False
    rest = words[at[-1] + 1 :]
    adjectives = 0
    while rest and len(rest) > 1:
        if rest[0].startswith("و"):
            rest = rest[1:]  # "تحياته وتقديره", "تحياته وشكره"
        elif _greetings_adjective(rest[0]) and adjectives < GREETINGS_ADJECTIVES:
            rest, adjectives = rest[1:], adjectives + 1  # "تحياته وتقديره البالغ لـ"
        else:
            break
    if not rest or not (rest[0] == "الي" or rest[0].startswith("ل")):
        return False
    head = rest[0] if rest[0] != "الي" else ""
    rest = ([head[1:].removeprefix("ل")] if head[1:] else []) + rest[1:]
    not_names = lexicon().not_names
    return len(rest) <= 1 or all(w in not_names or w in ("ال", "") for w in rest[:-1])


# Adjectives of the greetings ("البالغ", "الخالصة") stand at most this many before "إلى"/"لـ".
GREETINGS_ADJECTIVES = 2


def _greetings_adjective(word: str) -> bool:
    """A definite word after the greetings that is neither "إلى" nor a title: their adjective."""
    return word.startswith("ال") and word != "الي" and word not in lexicon().title_words


# A match word stands among this many words before the opponent word ("فوز المنتخب الأول على").
MATCH_WORDS_BEFORE = 3


def _match_opponent(a: Article, start: int) -> bool:
    """The mention at ``start`` is the other side of a match ("فوز المنتخب على نظيره التونسي", "خسر
    فريقنا أمام نظيره"): an opponent word right before it and a match word among the few words before
    that, in one clause (extract_words.yaml ``status_more``: ``match_words``, ``opponent_words``)."""
    more = lexicon().status_more
    before = a.norm[max(0, start - NOT_PARTY_CHARS * 2) : start]
    if not any_written(before, more.get("match_words", ())):
        return False  # no match word written before the mention (an exact pre-test: most mentions)
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
    if person.offices_on(day):
        return _title_right_before(a, ent, lex.collective_member_titles)
    # the office the article gives him once is his in every mention ("التقى X المبعوث الخاص ...
    # ويقوم X بزيارة"): the non-leader titles before or after any of his names
    named = a.memo.setdefault("non_leader_named", {})
    if person.person_id not in named:
        titles = lex.non_leader_titles
        named[person.person_id] = any(
            _title_right_before(a, e, titles) or _title_right_after(a, e, titles)
            for e in a.mentions.between(0, len(a.norm))
            if e.person_id == person.person_id
        )
    return named[person.person_id]


def _title_right_before(a: Article, ent: EntityMention, titles: tuple[str, ...]) -> bool:
    """Is one of ``titles`` written right before the mention (no clause mark, few words between)?"""
    lex = lexicon()
    lo = max(0, ent.start - NON_LEADER_TITLE_CHARS)
    if not titles or not any_written(a.norm, titles, lo, ent.start):
        return False
    for m in cue_pattern(titles).finditer(a.norm, lo, ent.start):
        between = a.norm[m.end() : ent.start]
        if not CLAUSE_MARK.search(between) and _gap_words(a, m.end(), ent.start) <= lex.non_leader_title_words:
            return True
    return False


# What may stand between a name and a title in apposition after it: spaces and one comma.
_APPOSITION_GAP = re.compile(r"\s*[،,]?\s*")


def _title_right_after(a: Article, ent: EntityMention, titles: tuple[str, ...]) -> bool:
    """Is one of ``titles`` in apposition right after the mention ("التقى X المبعوث الخاص للأمين العام
    ...", "X، سفير ..."): written at once after the name (spaces, one comma), and not the title of a
    name that follows it in its clause ("استقبل X السفير Y": Y's title)?"""
    hi = min(len(a.norm), ent.end + NON_LEADER_TITLE_CHARS)
    if not titles or not any_written(a.norm, titles, ent.end, hi):
        return False
    gap = _APPOSITION_GAP.match(a.norm, ent.end)
    m = cue_pattern(titles).match(a.norm, gap.end()) if gap else None
    if m is None or m.group() not in titles:
        return False  # "X والسفير Y": a conjunction joins another party, no apposition
    clause = CLAUSE_MARK.search(a.norm, m.end(), hi)
    after = a.mentions.between(m.end(), clause.start() if clause else hi)
    words = lexicon().non_leader_title_words
    # a name with a leader's title of its own ("وزير الخارجية الكويتي X") takes no other title
    return not any(e.person_id and not e.role and _gap_words(a, m.end(), e.start) <= words for e in after)


# What may stand between a non-leader title and its holder's name without counting as a word: the
# office's principal, organisation or country ("المنسقة الخاصة للأمين العام للأمم المتحدة في لبنان X").
_TITLE_GAP_KINDS = ("title", "org", "country_name", "country_adj", "honorific")


def _gap_words(a: Article, lo: int, hi: int) -> int:
    """The words between ``lo`` and ``hi`` that no title, organisation, country or honorific covers."""
    covered = [(m.word_start, m.end) for m in a.index.between(lo, hi) if m.entry.kind in _TITLE_GAP_KINDS]
    count = 0
    for w in re.finditer(r"\S+", a.norm[lo:hi]):
        x, y = lo + w.start(), lo + w.end()
        if not any(cx <= x and y <= cy for cx, cy in covered):
            count += 1
    return count


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


def titled_people(a: Article, lo: int, hi: int, day: dt.date | None) -> list[str]:
    """The people the text between ``lo`` and ``hi`` designates by an office and its country or
    organisation only ("رئيس جمهورية إيران", "الأمين العام للأمم المتحدة"), each the holder of that
    office on ``day``: whom a later title alone ("رئيس الجمهورية", "الأمين العام") refers back to
    when the article names nobody of that office by name. Read once per article and day."""
    titled = a.memo.setdefault("titled", {})
    found = titled.get(day)
    if found is None:
        found = []
        for m in a.mentions.between(0, len(a.norm)):
            if m.person_id or not m.role or m.role == "counterpart" or not (m.country or m.org):
                continue
            if m.role_only or m.former or m.not_holder or m.deputy or m.incoming or talked_about(a, m.start):
                continue
            p = resolve(m, a.ref, day, None, "", [])
            if p is not None and p.person_id:
                found.append((m.start, p.person_id))
        titled[day] = found
    i, j = bisect.bisect_left(found, (lo, "")), bisect.bisect_left(found, (hi, ""))
    return list(dict.fromkeys(pid for _, pid in found[i:j]))


def article_people(a: Article) -> PeopleMap:
    """The leaders the article names by name (not by a title alone), each at his first mention, less
    those named only as a topic or out of office on the publication day (computed once)."""
    found = a.memo.get("article_people")
    if found is None:
        found = {}
        for ent in a.mentions.between(0, len(a.norm)):
            if not ent.person_id or ent.role_only or talked_about(a, ent.start):
                continue
            if speaker_out_of_office(a, ent, a.pub):
                continue
            p = resolve(ent, a.ref, a.pub, None, a.nt.original_span_text(ent.start, ent.end), [])
            if p is not None:
                found.setdefault(participant_key(p), (p, ent.start, ent.end))
        a.memo["article_people"] = found
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


def _gap_start(norm: str, at: int) -> int:
    """The earliest offset before ``at`` from which only blanks and one "ال" lead to it."""
    j = at
    while j > 0 and norm[j - 1].isspace():
        j -= 1
    if norm[j - 2 : j] == "ال":
        j -= 2
        while j > 0 and norm[j - 1].isspace():
            j -= 1
    return j


def _visit_words_ending(a: Article, sentence: int, lo: int, hi: int) -> list[Match]:
    """The sentence's visit words that end between ``lo`` and ``hi`` (indexed once per sentence, so a
    run-on sentence with many contact words is read in linear time)."""
    by_sentence = a.memo.setdefault("visit_words", {})
    found = by_sentence.get(sentence)
    if found is None:
        visits = sorted((t for t in a.triggers.get(sentence, []) if t.entry.value == "visit"), key=lambda t: t.end)
        found = by_sentence[sentence] = ([t.end for t in visits], visits)
    ends, visits = found
    return visits[bisect.bisect_left(ends, lo) : bisect.bisect_right(ends, hi)]


def _visitor_of_discussed_visit(a: Article, f: Frame, ent: EntityMention) -> bool:
    """ "التقى X نظيره Y وبحثا زيارة الرئيس Z المرتقبة": Z, named right after a visit word that the
    talks of another kind of contact are about, is that visit's traveller, a topic, no party."""
    if f.type == "visit":
        return False  # a visit frame's own visit word is read by the frame (contact_tests.visit_discussed)
    for t in _visit_words_ending(a, f.sentence, _gap_start(a.norm, ent.start), ent.start):
        if not f.lo <= t.word_start < ent.start:
            continue
        if a.norm[t.end : ent.start].strip() in ("", "ال") and (
            discussed_visit(a, f.lo, t) or _after_topic_preposition(a, f.lo, t)
        ):
            return True
    return False


def _topic_after_partner(a: Article, f: Frame, ent: EntityMention, people: PeopleMap) -> bool:
    """ "بحث X في اتصال هاتفي مع Y موقف الرئيس Z" / "ناقش X مع Y تصريحات الرئيس Z": after a verb of
    talks, its partner after "مع" and then one bare noun (no article, no "و", no preposition) that
    governs the next name, that name is the object talked about, not a third party (one not named
    otherwise; a list goes on with "و")."""
    if len(people) < 2 or any(e.person_id and e.person_id == ent.person_id for e in f.entities if e.start < ent.start):
        return False
    partner = max((v for v in people.values() if v[2] <= ent.start), key=lambda v: v[2], default=None)
    if partner is None or not last_word_pattern(WITH, article=True).search(
        a.norm[max(f.lo, partner[1] - 8) : partner[1]]
    ):
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
        if p is None and ent.role_only:
            # "رئيس جمهورية إيران ... هنأ فيها رئيس الجمهورية": the office holder the article named by
            # office and country, not one the sentence itself designates
            # (never when a person the article names holds that office too: then it is ambiguous)
            here = named_here | set(titled_people(a, f.lo, f.hi, day))
            titled = [pid for pid in titled_people(a, 0, f.lo, day) if pid not in here and pid not in named]
            if titled:
                p = resolve(ent, a.ref, day, role, a.nt.original_span_text(ent.start, ent.end), [*named, *titled])
                p = p if p is not None and p.person_id in titled else None
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
