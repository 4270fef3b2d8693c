"""Who placed the call, per frame and per pair, and how a sentence's people split into contacts.

The caller a sentence presents (``caller``; ``frame_initiator`` reads each trigger), one named by
country or as the one asked to call (``initiative_side``, ``asked_to_call``), the callee of a pronoun
caller (``called``), the caller of each pair split from a sentence (``pair_caller``) and the headline's
caller vote (``headline_caller``). Whether the sentence tells separate contacts or one joint one
(``separate``, ``counted``, ``joint``, ``meets_hosts``) and the hub each of a list contacted
(``each_of_object``, ``each_of_callers``, ``pronoun_object_hub``, ``lone_of_list``).
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from functools import lru_cache

from rasd.arabic import WORD_START
from rasd.extract.article import Article
from rasd.extract.events import Draft, PeopleMap, group_caller
from rasd.extract.frames import Frame, intention_before
from rasd.extract.initiator import frame_called, frame_initiator, received_at
from rasd.extract.lexicon import any_written, cue_pattern, has_cue, lexicon, strip_clitic

# How many call triggers of one sentence are read for its caller.
MAX_TRIGGERS_READ = 6


def sentence_caller(a: Article, f: Frame, spans: list[tuple[int, int, str]]) -> str | None:
    """The caller (the sender of a message) the frame's sentence presents, read at each of its
    triggers of that type in turn."""
    if f.type not in ("phone_call", "video_call", "message"):
        return None
    triggers = [m for m in a.triggers[f.sentence] if m.entry.value == f.type]
    # Each reading scans the sentence; a real sentence names its call a few times at most, so a bound
    # keeps a run-on "sentence" of thousands of triggers linear.
    for trigger in (triggers or [f.trigger])[:MAX_TRIGGERS_READ]:
        caller = frame_initiator(a.norm, f.lo, f.hi, trigger, spans)
        if caller is not None:
            return caller
    return None


# After an initiative cue ("بمبادرة من", "بناء على طلب"), the side's country is named within this many
# characters ("بمبادرة من الجانب التركي", "بطلب من أنقرة").
SIDE_CHARS = 30


def initiative_side(a: Article, f: Frame, people: PeopleMap) -> str | None:
    """The call placed at the initiative or request of a side named by its country, not by a person
    ("بمبادرة من الجانب التركي", "بناء على طلب من أنقرة", "بطلب من فرنسا"): the one participant of
    that country."""
    lex = lexicon()
    if f.type not in ("phone_call", "video_call") or len(people) < 2:
        return None
    if not any_written(a.norm, lex.initiative, f.lo, f.hi):
        return None
    for cue in cue_pattern(lex.initiative).finditer(a.norm, f.lo, f.hi):
        end = min(f.hi, cue.end() + SIDE_CHARS)
        if any(m.start < end for m in a.mentions.between(cue.end(), end) if m.person_id or m.role):
            return None  # a person follows the cue: the sentence's own reading names them
        country = next(
            (m.entry.value for m in a.index.between(cue.end(), end) if m.entry.kind in ("country_adj", "country_name")),
            None,
        )
        words = [w.strip(".,،:؛;()") for w in a.norm[cue.end() : end].split()]
        words = words[1:] if words[:1] == ["من"] else words  # "بناء على طلب من أنقرة"
        if country is None and words:
            first = strip_clitic(words[0])
            country = next((a.ref.capitals[w] for w in first if w in a.ref.capitals), None)
        keys = [k for k, (p, _, _) in people.items() if country and p.country == country]
        if len(keys) == 1:
            return keys[0]
    return None


_FROM_WORD = re.compile(WORD_START + r"من" + r"(?=\s)")


# "طلب X من Y إجراء مكالمة": the request verb stands at most this many characters before the call word.
REQUEST_CHARS = 120


def asked_to_call(a: Article, f: Frame, people: PeopleMap) -> str | None:
    """ "طلب X من Y إجراء مكالمة هاتفية معه", "يطلب من Y الاتصال به": the one asked to place the call
    (named after "من", before the call word) is its caller."""
    more = lexicon().status_more
    verbs = more.get("request_verbs", ())
    lo = max(f.lo, f.trigger.word_start - REQUEST_CHARS)
    if (
        f.type not in ("phone_call", "video_call")
        or not verbs
        or not any_written(a.norm, verbs, lo, f.trigger.word_start)
    ):
        return None
    requests = list(cue_pattern(verbs).finditer(a.norm, lo, f.trigger.word_start))
    if not requests:
        return None
    request = requests[-1]
    from_ = _FROM_WORD.search(a.norm, request.end(), f.trigger.word_start)
    if from_ is None:
        return None
    asked = [k for k, (_, x, _) in people.items() if from_.end() <= x < f.trigger.word_start]
    return min(asked, key=lambda k: people[k][1]) if asked else None


def called_party(a: Article, f: Frame, spans: list[tuple[int, int, str]]) -> str | None:
    """The participant a call with a pronoun caller was placed to ("أنه أجرى مكالمة مع X"), or None."""
    if f.type not in ("phone_call", "video_call"):
        return None
    return frame_called(a.norm, f.lo, f.hi, f.trigger, spans)


def caller_of_pair(
    a: Article, f: Frame, spans: list[tuple[int, int, str]], caller: str | None, group: PeopleMap
) -> str | None:
    """The caller of one pair split from a sentence. When the sentence's first caller is outside the
    pair, a later trigger of the sentence may name this pair's own caller by a calling verb ("تلقى X
    اتصالا من A، كما أجرى اتصالا مع B": X called B); else ``group_caller`` (each caller on the far side
    of a list)."""
    if caller is not None and caller not in group:
        triggers = [m for m in a.triggers[f.sentence] if m.entry.value == f.type][:MAX_TRIGGERS_READ]
        for trigger in triggers[1:]:
            if received_at(a.norm, f.lo, trigger):
                continue  # "ومازال يتلقى اتصالات من نظرائه": no caller of this pair named
            own = frame_initiator(a.norm, f.lo, f.hi, trigger, spans)
            if own is not None and own in group:
                return own
    return group_caller(caller, group)


def received(a: Article, f: Frame) -> bool:
    """The sentence's subject received the contact: a receiving verb before or in its trigger."""
    return received_by(a, f.lo, f.trigger.end)


def received_by(a: Article, lo: int, end: int) -> bool:
    """A receiving verb ("تلقى", "تسلم") is written in ``a.norm[lo:end]`` (a sentence up to its contact word)."""
    words = [w.strip("،,") for w in a.norm[lo:end].split()]
    verbs = set(lexicon().receiver_verbs)
    return any(form in verbs for w in words for form in strip_clitic(w))


def vote_headline_caller(drafts: list[Draft], caller: str | None) -> None:
    """The caller a headline presents ("العاهل الأردني يتلقى اتصالا من الرئيس المصري") votes for the
    body's first call when no body sentence names one ("بحث X وY هاتفيا")."""
    if caller is None:
        return
    first = next((d for d in drafts if d.type in ("phone_call", "video_call") and len(d.participants) >= 2), None)
    if first is not None and caller in first.participants and not any(first.initiators) and not first.background:
        first.initiators.append(caller)


def told_separate(a: Article, f: Frame, lone: str | None = None) -> bool:
    """Does the sentence report separate contacts of its first participant? Yes on a cue ("اتصالين",
    "ثم مع"); for calls and messages also by default, as calls and cables are one-to-one unless the
    text says they brought several parties together ("جمعت", "ثلاثي", "مشترك"). So for a meeting whose
    people stand as one subject, ``lone``, and a list of partners ("استقبل X كلا من A وB وC", "التقى X
    بـ A وB"; ``party_positions.lone_subject``): outlets tell one meeting per guest unless they say
    the guests met the subject together (``_met_together``). No for other meetings, video summits
    and visits unless a cue says so."""
    sentence = a.norm[f.lo : f.hi]
    lex = lexicon()
    if has_cue(sentence, lex.separate_contacts) or _announced_series(a, f):
        return True
    if f.type == "meeting" and lone is not None:
        return not _met_together(a, f)
    joint, together = _joint_words(lex.joint_contacts, lex.joint_calls)
    if f.type in ("phone_call", "message") and has_cue(sentence, lex.each_of) and not _told_together(a, f, together):
        return True  # "بين X وكل من A وB": one contact each
    if f.type == "message":
        return not has_cue(sentence, lex.joint_contacts)
    if f.type == "phone_call":
        return not (has_cue(sentence, joint) or between_list(a, f))
    return False


# The words of a side phrase ("على هامش القمة الثلاثية") that tell where a meeting took place, not what it was.
SIDE_PHRASE_WORDS = 3
# A verb that gathers the parties stands this many words at most from the contact word ("وضم الاجتماع",
# "اجتماعا يجمعه مع").
GATHERING_WORDS = 3
# A contact noun that refers back to the meeting opens one of the next ``BACK_SENTENCES`` sentences within
# this many words ("وتناول اللقاء ...").
BACK_WORDS = 3
BACK_SENTENCES = 3
# "معا" right after the last name of the list stands within this many characters of its end.
TOGETHER_CHARS = 12


def _met_together(a: Article, f: Frame) -> bool:
    """Does the text say that the partners of one subject met it together?

    - a joint word ("جمعت", "ثلاثية", "مشترك", "بين A وB وC"), also with its article ("الاجتماع
      الرباعي"); not in a side phrase ("على هامش القمة الثلاثية" tells where the meetings were held);
    - one gathering as the contact itself: a summit, a banquet, a meeting noun in the singular ("عقد X
      قمة مع A وB", "أقام X مأدبة تكريما لـ A وB", "عقد X لقاء مع A وB"); a summit named as the
      setting ("خلال قمة بغداد") is not, and talks ("أجرى X مباحثات مع A وB") are one with each;
    - a verb in the dual or plural ("يلتقيان خلالها A وB"), or one that gathers them next to a contact
      word ("وضم الاجتماع A وB", "اجتماعا يجمعه مع A وB");
    - the partners as one after the contact word ("وبحث معهما"), "together" right after their names
      ("التقى X A وB معا"), the meeting referred back to as one ("، وخلال اللقاء ...") or so told in
      the sentences after it (``_told_as_one_after``)."""
    lex = lexicon()
    more = lex.status_more
    joint = _joint_adjectives(lex.joint_contacts, lex.contact_words)
    words = _outside_side_phrases(a.norm[f.lo : f.hi].split(), lex.side_meeting)
    if has_cue(" ".join(words), joint) or between_list(a, f):
        return True
    adjectives = more.get("joint_adjectives", ())
    if any(w.strip("،,.")[2:] in adjectives for w in words if w.startswith("ال")):
        return True  # "الاجتماع الرباعي" (not "الجمعة", Friday, whose letters a joint verb shares)
    gatherings = lex.joint_contacts + more.get("gathering_contacts", ()) + more.get("one_contact_nouns", ())
    if not _verbal_noun(a, f) and any(
        form in gatherings for w in a.norm[f.trigger.word_start : f.trigger.end].split() for form in strip_clitic(w)
    ):
        return True  # "قمة مع", "مأدبة عشاء على شرف", "عقد X لقاء مع A وB": one gathering is the contact
    if has_cue(a.norm[f.lo : f.trigger.end], more.get("plural_meeting_verbs", ())):
        return True  # "يلتقيان خلالها A وB": two met them
    if _gathered(a, f, more.get("gathering_verbs", ()), lex.contact_words):
        return True
    after = a.norm[f.trigger.end : f.hi].split()
    if _one_contact_back(after, more.get("one_contact_nouns", ()), lex.during_words):
        return True
    if any(w.strip("،,.") in more.get("together_pronouns", ()) for w in after):
        return True  # "وبحث معهما ...": the two talked with as one
    together = more.get("together_after_list", ())
    if any(w.strip("،,.") in together for e in f.entities for w in a.norm[e.end : e.end + TOGETHER_CHARS].split()[:1]):
        return True  # "التقى X A وB معا": together, right after the names ("العمل معا" is a topic)
    return _told_as_one_after(a, f)


def _verbal_noun(a: Article, f: Frame) -> bool:
    """Is the contact word a verbal noun right after a verb of intention ("ينوي لقاء A وB";
    ``frames.intention_before``)? It stands for the verb ("ينوي أن يلتقي A وB"), not for one gathering
    ("ينوي عقد لقاء مع A وB")."""
    at = intention_before(a.norm, f.lo, f.trigger.word_start)
    return at is not None and len(a.norm[at : f.trigger.word_start].split()) == 1


def _told_as_one_after(a: Article, f: Frame) -> bool:
    """Do the sentences right after the meeting's (up to ``BACK_SENTENCES``, until one names someone
    the meeting's sentence does not) refer back to it as one? A singular contact noun opening one
    ("وتناول اللقاء ..."), its parties as one group ("وأكد القادة الثلاثة", "وجدد الرؤساء ...") or one
    meeting of theirs ("خلال لقائهم"). Not a joint adjective there: "قبل عقد القمة الثلاثية" names the
    summit the sideline meetings came before."""
    lex = lexicon()
    more = lex.status_more
    own = {e.person_id for e in f.entities}
    for index in range(f.sentence + 1, min(len(a.sentences), f.sentence + 1 + BACK_SENTENCES)):
        lo, hi, _ = a.sentences[index]
        words = [w.strip('،,.:"«»“”') for w in a.norm[lo:hi].split()]
        opening = " ".join(words[:BACK_WORDS]) + " "
        if any(w.startswith("ال") and w in more.get("one_contact_nouns", ()) for w in words[:BACK_WORDS]):
            return True  # "وتناول اللقاء ...": the meeting just told, one
        if has_cue(opening, more.get("together_openers", ())) or has_cue(
            a.norm[lo:hi], more.get("together_references", ())
        ):
            return True  # "وجدد الرؤساء ...", "وأكد القادة الثلاثة"
        if any(w in more.get("their_contact", ()) for w in words):
            return True  # "خلال لقائهم"
        if any(m.person_id not in own for m in a.mentions.between(lo, hi) if m.person_id):
            return False  # the next sentences tell of someone else
    return False


@lru_cache(maxsize=4)
def _joint_adjectives(contacts: tuple[str, ...], nouns: frozenset[str]) -> tuple[str, ...]:
    """The joint-contact cues that are no contact noun ("جمعت", "ثلاثية"; not "قمة")."""
    return tuple(w for w in contacts if w not in nouns)


def _gathered(a: Article, f: Frame, verbs: tuple[str, ...], nouns: frozenset[str]) -> bool:
    """A verb that gathers the parties stands next to the contact word or another contact noun of the
    sentence ("وضم الاجتماع A وB", "يعقد X غدا اجتماعا يجمعه مع A وB")."""
    if not verbs:
        return False
    words = [w.strip("،,") for w in a.norm[f.lo : f.hi].split()]
    at = len(a.norm[f.lo : f.trigger.word_start].split())
    contact = {at} | {
        i
        for i, w in enumerate(words)
        if any(form in nouns or form.removesuffix("ا") in nouns for form in strip_clitic(w))
    }
    return any(w in verbs and any(abs(i - c) <= GATHERING_WORDS for c in contact) for i, w in enumerate(words))


def _outside_side_phrases(words: list[str], side: tuple[str, ...]) -> list[str]:
    """``words`` without those of side phrases ("على هامش القمة الثلاثية": the phrase's first
    ``SIDE_PHRASE_WORDS`` words after "هامش")."""
    heads = {p.split()[-1] for p in side}
    out, skip = [], 0
    for w in words:
        if skip:
            skip -= 1
            continue
        out.append(w)
        if w in heads:
            skip = SIDE_PHRASE_WORDS
    return out


def _one_contact_back(words: list[str], nouns: tuple[str, ...], during: frozenset[str]) -> bool:
    """ "، وخلال اللقاء بحث الجانبان": after the contact word, a singular contact noun after "during",
    with no adjective or genitive of its own (the contact just told, not a gathering: "خلال الاجتماع
    الوزاري")."""
    for i, w in enumerate(words[1:], 1):
        if w.startswith("ال") and w.strip("،,") in nouns and words[i - 1] in during:
            following = words[i + 1] if i + 1 < len(words) else ""
            if w[-1] in "،," or not following.startswith("ال"):
                return True
    return False


# The sentence that announces a series of bilateral talks stands at most this many sentences before
# the one that lists their partners.
SERIES_SENTENCES = 3


def _announced_series(a: Article, f: Frame) -> bool:
    """ "سيعقد X عدة لقاءات ثنائية خلال القمة. ففي اليوم الأول يجري محادثات مع A وB وC": the contact
    sentence just before (at most ``SERIES_SENTENCES`` back) announced bilateral talks and named one
    person only, who is named here too: the partners listed now are met one by one. A meeting's list
    of three or more only (a pair is one contact either way)."""
    if f.type != "meeting" or len(f.entities) < 3:
        return False
    at = bisect.bisect_left(a.trigger_sentences, f.sentence)
    if at == 0 or f.sentence - a.trigger_sentences[at - 1] > SERIES_SENTENCES:
        return False
    lo, hi, _ = a.sentences[a.trigger_sentences[at - 1]]
    named = {m.person_id for m in a.mentions.between(lo, hi)}
    if len(named) != 1 or None in named or not named & {e.person_id for e in f.entities}:
        return False
    return has_cue(a.norm[lo:hi], lexicon().bilateral_series)


@lru_cache(maxsize=4)
def _joint_words(contacts: tuple[str, ...], calls: tuple[str, ...]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The joint-contact and joint-call cues, and those of them without "بين" (built once, not per frame)."""
    joint = contacts + calls
    return joint, tuple(w for w in joint if "بين" not in w)


# "قادة"/"زعماء" open the list of those called when they stand this close before "كل من" or its first name.
LEADERS_OPEN_CHARS = 24


def _told_together(a: Article, f: Frame, together: tuple[str, ...]) -> bool:
    """A cue that the listed people shared one contact: a joint word ("جمعت", "مشترك") anywhere in the
    sentence; "leaders" ("قادة", "زعماء") only where it opens the list ("تحدث إلى قادة كل من A وB").
    Elsewhere it counts the subject's contacts ("اتصاله السابع مع زعماء دول خلال أيام، إذ تحدث مع كل من
    A وB"): each of the list was one of them."""
    sentence = a.norm[f.lo : f.hi]
    lex = lexicon()
    if has_cue(sentence, tuple(w for w in together if w not in lex.joint_calls)):
        return True
    opened = _each_of_at(sentence, len(sentence))
    first = min((e.start - f.lo for e in f.entities if e.start >= f.trigger.end), default=len(sentence))
    head = min(opened, first)
    return has_cue(sentence[max(0, head - LEADERS_OPEN_CHARS) : head + 1], lex.joint_calls)


_BETWEEN = re.compile(WORD_START + r"بين\s+\S{0,3}$")  # "بين الرئيس": the key may start after "ال"


def between_list(a: Article, f: Frame) -> bool:
    """ "مكالمة جرت الإثنين بين ميرتس وماكرون وزيلينسكي": the parties follow "بين" after the trigger."""
    first = next((e for e in f.entities if e.start >= f.trigger.end), None)
    return first is not None and _BETWEEN.search(a.norm, max(f.trigger.end, first.start - 12), first.start) is not None


# A word that counts several contacts stands this close to the contact word ("اتصالين هاتفيين").
COUNTED_CHARS = 12


def counts_several(a: Article, f: Frame) -> bool:
    """The contact word counts several contacts ("اتصالين", "مكالمات هاتفية", "كل على حدة" next to it)."""
    near = a.norm[max(f.lo, f.trigger.word_start - COUNTED_CHARS) : min(f.hi, f.trigger.end + COUNTED_CHARS)]
    return has_cue(near, lexicon().separate_contacts)


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


def _each_of_at(text: str, default: int) -> int:
    """Where "كل من" (each of) first opens a list in ``text``, as whole words: "كل منهما الآخر" (each
    other) opens none; ``default`` when it is not written."""
    found = cue_pattern(lexicon().each_of).search(text)
    return found.start() if found else default


def each_of_object(a: Article, f: Frame, people: PeopleMap) -> str | None:
    """ "هنأ كل من A وB الرئيس C في اتصالين": the person named right after the list that "كل من" opens,
    not joined to it by "و", is the object every listed subject contacted (before the contact word)."""
    at = _each_of_at(a.norm[f.lo : f.trigger.word_start], -1)
    if at < 0:
        return None
    named = sorted((v[1], k) for k, v in people.items() if f.lo + at < v[1] < f.trigger.word_start)
    for start, key in named[1:]:
        word_at = a.norm.rfind(" ", f.lo, start) + 1  # the mention's word, with its clitics ("والرئيس")
        if a.norm.startswith("و", word_at) or a.norm[f.lo : word_at].rstrip().endswith(("،", ",")):
            continue  # one more of the list
        return key
    return None


# "اتصل كل من A وB بـ C": "كل من" opens the list at most this many characters after the contact verb.
EACH_OF_AFTER_CHARS = 12


def each_of_callers(a: Article, f: Frame, people: PeopleMap) -> str | None:
    """ "اتصل كل من A وB بالرئيس C", "هاتف كل من A وB الرئيس C": the list "كل من" opens right after the
    contact verb is its subjects, each calling the one marked as its object after the list (with
    "بـ"), who is every contact's other party."""
    after = a.norm[f.trigger.end : min(f.hi, f.trigger.end + EACH_OF_AFTER_CHARS)]
    if not has_cue(after, lexicon().each_of):
        return None
    named = sorted((v[1], k) for k, v in people.items() if v[1] > f.trigger.end)
    for n, (start, key) in enumerate(named):
        word_at = a.norm.rfind(" ", f.lo, start) + 1
        if n >= 2 and a.norm[word_at:start] in ("ب", "وب", "بال", "وبال"):  # "بالرئيس", "بنظيره"
            return key
    return None


# A pronoun object stands among the first words after a calling verb ("اتصل به", "اتصل بسيادته").
OBJECT_PRONOUN_WORDS = 2


def pronoun_object_hub(a: Article, f: Frame, people: PeopleMap) -> str | None:
    """ "توالت الاتصالات على X، إذ اتصل به A، وB، وC": a calling verb whose object is a pronoun, with
    one person named before it and two or more after it: the one before is everyone's callee (the
    hub), each one after a caller of their own call."""
    if len(people) < 3 or f.type not in ("phone_call", "video_call"):
        return None
    lex = lexicon()
    for t in a.triggers[f.sentence][:MAX_TRIGGERS_READ]:
        if t.entry.value != f.type:
            continue
        words = a.norm[t.word_start : min(f.hi, t.end + 40)].split()[1 : 1 + OBJECT_PRONOUN_WORDS]
        if not any(w.strip("،,") in lex.pronoun_objects for w in words):
            continue
        before = [k for k, (_, start, _) in people.items() if start < t.word_start]
        after = [k for k, (_, start, _) in people.items() if start >= t.end]
        if len(before) == 1 and len(after) >= 2:
            return before[0]
    return None


def told_joint(a: Article, f: Frame) -> bool:
    """The sentence says its contact brought its parties together ("اتصال جمع X وY وZ", "قمة ثلاثية",
    "مكالمة بين X وY وZ"): its list of people is the list of parties."""
    return has_cue(a.norm[f.lo : f.hi], lexicon().joint_contacts) or between_list(a, f)


def meets_hosts(a: Article, f: Frame, people: PeopleMap) -> bool:
    """ "التقت فيها الرئيس X ورئيسة الحكومة Y": one visitor meeting two or more leaders of one other
    country (its head of state and head of government) holds a meeting with each, wherever they stand
    in the sentence. A subject meeting a list of guests of several countries is read by
    ``party_positions.lone_subject`` and ``told_separate``."""
    if f.type != "meeting" or len(people) < 3 or has_cue(a.norm[f.lo : f.hi], lexicon().joint_contacts):
        return False
    keys = list(people)
    before = [k for k in keys if people[k][1] < f.trigger.word_start]
    after = [k for k in keys if people[k][1] >= f.trigger.word_start]
    if len(before) == 1 and len(after) >= 2:
        hub, others = before[0], after
    elif len(after) == 1 and len(before) >= 2:
        hub, others = after[0], before
    elif not before:  # "التقى X الرئيس Y ورئيس الحكومة Z": the verb's subject first
        hub, others = keys[0], keys[1:]
    else:
        return False
    countries = [people[k][0].country for k in others]
    hosts = Counter(c for c in countries if c and c != people[hub][0].country)
    return any(n >= 2 for n in hosts.values())
