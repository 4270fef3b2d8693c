"""Which of a contact sentence's people are the contact's parties, by the clauses they stand in.

Parties are named before the clause that tells what was said (``core_parties``): a quoted speaker
is no party, a dual subject names both, a clause that lists another contact or tells another
happening keeps its people out; a message's sender follows "من" and its receiver "إلى"
(``from_to``); people left out after "بعد"/"قبل" + a contact word are the subject's earlier contacts
(``prior_contact``, ``timing_contact_parties``).
"""

from __future__ import annotations

import re

from rasd.arabic import WORD_START
from rasd.dates import bare_that_words
from rasd.extract.article import Article
from rasd.extract.events import PeopleMap
from rasd.extract.frames import CLAUSE_MARK, Frame
from rasd.extract.lexicon import any_written, cue_pattern, has_cue, lexicon, strip_clitic
from rasd.words import last_words


def core_parties(a: Article, f: Frame, people: PeopleMap) -> PeopleMap:
    """The parties of a contact sentence: people named before the clause that tells what was said
    during the contact ("، بحثا خلاله ...", "، نقل خلاله تحيات ..."); all of them when fewer than two
    are named before it. A speaker quoted before "إن" is no party (``quoted_parties``)."""
    people = happening_agents(a, f, quoted_parties(a, f, people))
    if len(people) <= 2:
        return people
    people = contrast_cut(a, f, people)
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


def contrast_cut(a: Article, f: Frame, people: PeopleMap) -> PeopleMap:
    """The people named before a clause of contrast that follows the contact word after a comma ("والتقى
    X الرئيس Y، بينما توجه إلى موسكو للقاء Z": extract_words.yaml ``contrast_openers``) when two or more
    are: the clause tells what else the subject did, its people are no parties of this contact."""
    words = lexicon().contrast_openers
    if not any_written(a.norm, words, f.trigger.end, f.hi):
        return people
    m = cue_pattern(words).search(a.norm, f.trigger.end, f.hi)
    if m is None or not a.norm[f.trigger.end : m.start()].rstrip().endswith(("،", ",")):
        return people
    before = {k: v for k, v in people.items() if v[1] < m.start()}
    return before if len(before) >= 2 else people


# "بعد أقل من 24 ساعة من": at most this many words stand between "بعد"/"قبل" and the "من" after a span of time.
GAP_CLAUSE_WORDS = 5


def happening_agents(a: Article, f: Frame, people: PeopleMap) -> PeopleMap:
    """ "استقبل X اليوم سفراء أوروبيين، بعد أقل من 24 ساعة من إنهاء Y زيارة للبلاد": after the contact
    word, "بعد"/"قبل" + a span of time + "من" (extract_words.yaml ``contact_time_after``,
    ``contact_time_before``, ``time_gap_words``) opens a clause that dates another happening; one
    named in it (up to the clause's end) is the agent of that happening, no party of this contact,
    when a party is named before it."""
    lex = lexicon()
    openers = set(lex.contact_time_after) | set(lex.contact_time_before)
    words = list(re.finditer(r"\S+", a.norm[f.trigger.end : f.hi]))
    for i, w in enumerate(words[:-2]):
        if w.group().removeprefix("و") not in openers or words[i + 1].group() not in lex.time_gap_words:
            continue
        after = [u.group() for u in words[i + 2 : i + 2 + GAP_CLAUSE_WORDS]]
        if "من" not in after:
            continue
        lo = f.trigger.end + words[i + 2 + after.index("من")].end()
        mark = CLAUSE_MARK.search(a.norm, lo, f.hi)
        hi = mark.start() if mark else f.hi
        opener = f.trigger.end + w.start()
        inside = {k for k, v in people.items() if lo <= v[1] < hi}
        if inside and any(v[1] < opener for v in people.values()):
            return {k: v for k, v in people.items() if k not in inside}
    return people


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
