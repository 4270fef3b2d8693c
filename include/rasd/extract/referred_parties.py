"""Parties a contact sentence refers to rather than names.

"خلال الاتصال" / "جاء ذلك في اتصال" tell more of a contact already reported (``back_reference``,
``that_came``, ``people_before``); "الزعيمان" refers to the pair told before (``pair_reference``);
"برقية مماثلة" repeats the last contact for another sender (``similar_contact``); a definite contact
word takes the parties of the nearest lead sentence (``refers_back``, ``lead_parties``); a pronoun or
bare-title subject is the article's protagonist (``pronoun_subject``).
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

from rasd.arabic import WORD_START
from rasd.extract.article import Article
from rasd.extract.callers import COUNTED_CHARS, received, received_by
from rasd.extract.core_parties import from_to
from rasd.extract.events import Draft, Drafts, PeopleMap
from rasd.extract.frames import CLAUSE_MARK, QUOTE_MARKS, Frame, intention_before
from rasd.extract.lexicon import any_written, cue_pattern, has_cue, last_word_pattern, lexicon, strip_clitic
from rasd.extract.mentions import EntityMention
from rasd.extract.parties import frame_people
from rasd.extract.party_positions import listed_runs
from rasd.extract.scan import Match
from rasd.records import Participant
from rasd.words import without_object


def back_reference(a: Article, f: Frame) -> bool:
    """ "وخلال الاتصال، ..." / "أثناء المكالمة" / "خلال اتصاله" / "هذا الاتصال": the sentence tells more of
    the contact just reported; the people it names (greetings passed on, a health asked about) make no
    new contact. Not when another contact word of its type reports a contact of its own ("هذا الاتصال
    جاء عقب الاتصال الذي جرى بين X وY")."""
    triggers = [t for t in a.triggers.get(f.sentence, []) if t.start != f.trigger.start and t.entry.value == f.type]
    told = [f.trigger, *triggers]
    return all(_refers_to_reported(a, t) for t in told) or all(_after_the_contact(a, t) for t in told)


# Words after a contact noun that name its parties or tell which contact it was ("بعد اللقاء مع X",
# "عقب الاجتماع الذي جمع X وY"): not the bare noun of the contact told before.
_SPECIFIERS = ("مع", "بين")


def _after_the_contact(a: Article, trigger: Match) -> bool:
    """The bare contact noun with the article right after a word of time ("وقال الوزير في تصريح عقب
    اللقاء ...", "بعد الاجتماع"): the time after the contact just reported, when what the sentence tells
    was said or done; nothing names its parties or tells which contact it was."""
    if not a.norm[trigger.word_start : trigger.start].endswith("ال"):
        return False
    before = a.norm[max(0, trigger.word_start - 8) : trigger.word_start].split()[-1:]
    if not before or before[0].removeprefix("و") not in lexicon().contact_time_after:
        return False
    after = a.norm[trigger.end : trigger.end + 16].split()[:1]
    return not after or after[0].strip("،,") not in (*_SPECIFIERS, *lexicon().relative_pronouns)


def contact_told_before(a: Article, f: Frame) -> bool:
    """The frame's contact word is definite ("اللقاء") and an earlier sentence holds a contact word of the frame's type, whether or not its contact made an
    event ("استقبل X وزير الدفاع Z. ... وأكد X خلال اللقاء ...": the meeting with a non-leader, told on)."""
    if not a.norm[f.trigger.word_start : f.trigger.start].endswith("ال"):
        return False  # "خلال استقباله": his reception, often the one the sentence itself reports
    return any(t.entry.value == f.type for i in range(f.sentence) for t in a.triggers.get(i, []))


def told_before_people(a: Article, f: Frame, day: dt.date | None) -> PeopleMap:
    """The participants named in the latest earlier sentence holding a contact word of the frame's type."""
    told = [i for i in range(f.sentence) if any(t.entry.value == f.type for t in a.triggers.get(i, []))]
    if not told:
        return {}
    lo, hi, _ = a.sentences[told[-1]]
    trigger = next(t for t in a.triggers[told[-1]] if t.entry.value == f.type)
    before = Frame(told[-1], f.type, f.status, trigger, a.mentions.between(lo, hi), None, [], [], False, False, lo, hi)
    return frame_people(a, before, day)[0]


# "خلال الاتصال", "في هذا الاتصال", "ويأتي هذا الاتصال بعد": the contact just reported
@lru_cache(maxsize=4)
def _during(settings: tuple[str, ...], demonstratives: tuple[str, ...]) -> re.Pattern[str]:
    """A setting word, perhaps with a demonstrative, or a demonstrative alone, right before a contact
    word (extract_words.yaml ``setting_words``, ``demonstratives``)."""
    setting = "|".join(re.escape(w) for w in settings)
    this = "|".join(re.escape(w) for w in demonstratives)
    return re.compile(rf"(?:(?:{setting})\s*(?:(?:{this})\s*)?|" + WORD_START + rf"(?:{this})\s*)$")


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


def pair_reference(
    a: Article, f: Frame, drafts: Drafts, day: dt.date | None = None, named: PeopleMap | None = None
) -> PeopleMap | None:
    """ "وكان الزعيمان قد تحادثا": a contact sentence that names nobody new but refers to "the two"
    takes the two participants of the latest event with exactly two; or, when the sentence right
    before tells no contact and names exactly two people ("أكد الملك X والمستشارة Y أهمية ... .
    وشدد الجانبان خلال اتصال هاتفي على ..."), those two: the pair "the two" was just said of. When the
    sentence names one of the two ("قال X إن الرئيسين سيلتقيان"), "the two" are he and his partner of
    the latest contact told with him (the latest told, by sentence), not the last pair told of others.
    "The two" who talk or meet are never a message's two ends while a contact of two was told."""
    dual_suffix = a.norm[f.trigger.start : f.trigger.end + 4].split(" ")[0].endswith("هما")  # "اجتماعهما"
    if not dual_suffix and not has_cue(a.norm[f.lo : f.hi], lexicon().pair_references) and not _dual_verb(a, f):
        return None
    if f.sentence > 0 and not a.triggers.get(f.sentence - 1) and f.lo == a.sentences[f.sentence][0]:
        before = people_before(a, f, day)
        if len(before) == 2:
            return before
    pairs = [d for d in drafts.shared if len(d.participants) == 2]
    if named:
        pairs = [d for d in pairs if set(named) <= set(d.participants)]
        # the latest told: a draft made before may take a later sentence's telling (a merged call)
        pairs.sort(key=lambda d: max(d.sentences, default=-1))
    if f.type == "meeting" or (f.type != "message" and any(d.type != "message" for d in pairs)):
        # "تسلم منه رسالة من الأمير Y إلى الملك Z. وخلال اللقاء، استعرض الزعيمان": the two who met or
        # talked, not a message's two ends (absent from each other); a meeting never has them, also
        # when the one met was the message's carrier, no leader ("استقبل Z السفير الذي نقل إليه رسالة
        # من Y" then "وأكد Z خلال اللقاء عمق العلاقات بين البلدين")
        pairs = [d for d in pairs if d.type != "message"]
    latest = pairs[-1] if pairs else None
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


def _carried_by_subject(a: Article, f: Frame) -> bool:
    """A carrier's word right before the message word ("إنه حمل رسالة", "توجه لتسليم رسالة"; a quotation
    mark may open the carrier's own words): the subject, named or not, carries the message."""
    words = a.norm[max(f.lo, f.trigger.word_start - 20) : f.trigger.word_start].split()
    return f.type == "message" and bool(words) and words[-1].lstrip(QUOTE_MARKS) in lexicon().carrier_words


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


def _reply_to(f: Frame, people: PeopleMap, drafts: list[Draft]) -> PeopleMap | None:
    """ "وبعث X ببرقية جوابية": X replies to the latest contact of this type X took part in."""
    ((key, _),) = people.items()
    latest = next((d for d in reversed(drafts) if d.type == f.type and key in d.participants), None)
    if latest is None or len(latest.participants) != 2:
        return None
    return {**people, **{k: v for k, v in latest.participants.items() if k != key}}


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
    if not people or _carried_by_subject(a, f):
        return None  # "وقال X إنه حمل رسالة إلى Y": the subject carries the message, no party of it
    named_at = min(start for _, start, _ in people.values())
    received_list = len(people) > 1 and _received_list(a, f, people, named_at)
    if (
        len(people) > 1
        and not received_list
        and not _pronoun_object(a, f, named_at)
        and (
            named_at < f.trigger.end
            or not prepositional(a.norm, named_at)
            or (f.type == "message" and from_to(a, f, people) is not None)
        )
    ):
        return None  # several people: all of them the objects after the contact word, not "من X إلى Y"
    lex = lexicon()
    before = a.norm[f.lo : named_at]
    received = f.type == "meeting" and f.trigger.entry.key in lex.reception_pronoun_triggers
    title = _bare_title(a, f, people)
    if not (
        received
        or received_list
        or has_cue(before, lex.pronoun_subjects)
        or _no_subject(a, f, named_at)
        or title is not None
    ):
        return None
    if _official_said(before):
        return None  # "وأوضح وزير الداخلية أنه تشرف بلقاء الرئيس X": the official met X, no leader
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
            if _verb_again_on_object(a, f, latest):
                # "هنأ A B في اتصال. وهنأه أيضا C": the verb told again, its pronoun object the object
                # of that contact (named after its subject), not its subject
                best = best[::-1]
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


def _verb_again_on_object(a: Article, f: Frame, latest: Draft) -> bool:
    """The sentence opens with the verb of the latest contact's sentence again, now with a pronoun
    object ("هنأ A B" then "وهنأه أيضا C"): the pronoun stands for that verb's object."""
    opener = a.norm[f.lo : f.trigger.word_start].split()[:1]
    if not opener:
        return False
    verb = opener[0][1:] if opener[0][:1] in ("و", "ف") else opener[0]
    forms = without_object(verb) - {verb}
    return bool(forms) and any(forms & set(a.norm[slice(*a.sentences[i][:2])].split()) for i in latest.sentences)


def _received_list(a: Article, f: Frame, people: PeopleMap, named_at: int) -> bool:
    """ "واستقبل أيضا A، وB، إضافة إلى C": a receiving verb (extract_words.yaml
    ``status_more.reception_verbs``) opens the sentence and the people it names stand after it as one
    list: its objects, the subject dropped (one who receives has someone to receive; "التقى A وB",
    whose verb takes no object, tells A and B met). So too after a verb of intention that opens the
    sentence right before the contact word ("كما ينوي لقاء A بالإضافة إلى B"; ``_intention_opens``)."""
    lex = lexicon()
    if named_at < f.trigger.end:
        return False
    if _intention_opens(a, f):
        return len(listed_runs(a, f, people)) == 1
    if f.type != "meeting":
        return False
    words = [w.strip("،,") for w in a.norm[f.lo : f.trigger.word_start].split()]
    if any(w not in lex.sentence_connectors for w in words):
        return False
    head = a.norm[f.trigger.word_start : f.trigger.end].split()[0]
    if not any(form in lex.status_more.get("reception_verbs", ()) for form in strip_clitic(head)):
        return False
    return len(listed_runs(a, f, people)) == 1


def _official_said(before: str) -> bool:
    """The pronoun subject that tells what someone said ("أنه", "إنها") has, before it in the sentence,
    an official of no leader's office as the one who said it ("وأوضح وزير الداخلية X أنه التقى"): the
    pronoun is that official."""
    lex = lexicon()
    if not any_written(before, lex.said_pronouns) or not any_written(before, lex.non_leader_titles):
        return False
    said = list(cue_pattern(lex.said_pronouns).finditer(before))
    return bool(said) and cue_pattern(lex.non_leader_titles).search(before, 0, said[-1].start()) is not None


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
            and (e.start < f.trigger.word_start or not prepositional(a.norm, e.start))
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
    if named_at >= f.trigger.end and _intention_opens(a, f):
        return True  # "كما ينوي لقاء X": the verbal noun's object, the verb's subject dropped
    if named_at < f.trigger.end or not prepositional(a.norm, named_at):
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


def _intention_opens(a: Article, f: Frame) -> bool:
    """The sentence opens (after connectors) with a verb of intention right before its contact word
    ("كما ينوي لقاء X", "ويعتزم إجراء محادثات مع X"; ``frames.intention_before``): its subject is
    dropped, the one of the contact told before, and the people after the contact word are its objects."""
    at = intention_before(a.norm, f.lo, f.trigger.word_start)
    if at is None:
        return False
    connectors = lexicon().sentence_connectors
    return all(w.strip("،,") in connectors for w in a.norm[f.lo : at].split())


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


# At most this many honorifics and titles stand between a preposition and the mention it governs.
PREPOSITION_TITLE_WORDS = 4


def prepositional(norm: str, start: int) -> bool:
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
    # a preposition that governs the next word (``object_prepositions``) ends the span
    return (
        last_word_pattern(lexicon().object_prepositions).search(norm[max(0, word_start - 8) : word_start]) is not None
    )


def senders_receiver(a: Article, f: Frame, people: PeopleMap, drafts: list[Draft]) -> PeopleMap | None:
    """ "تلقى الرئيس Z رسائل من قادة الدول" then "وأعرب A وB في رسالتين عن تعازيهما": two or more
    senders named before a dual or plural message word, with nobody after it, send one message each
    to the receiver of the messages told just before (a message draft whose receiver the article
    named alone, or the other end of the latest one); never one message between the senders. Not
    for greetings exchanged ("تبادل A وB رسالتين": a message between them). So too senders listed after
    a verb of sending ("وأبرق معزيا A وB", ``_listed_after_sender_verb``), also when a lead named them."""
    if f.type != "message" or len(people) < 2:
        return None
    listed = any(at >= f.trigger.word_start for _, at, _ in people.values())
    if listed:
        if not _listed_after_sender_verb(a, f, people):
            return None  # a receiver is named in the sentence
    else:
        last = a.norm[f.trigger.word_start : f.trigger.end].split()[-1:]
        if not last or last[0] not in lexicon().separate_contacts:
            return None
    before = a.norm[f.lo : f.trigger.word_start].split()
    if any(form.startswith("تبادل") for w in before for form in strip_clitic(w)):
        return None
    latest = next((d for d in reversed(drafts) if d.type == "message" and not d.background), None)
    if latest is None or latest.status != f.status or (set(latest.participants) & set(people) and not listed):
        return None  # (senders listed after the verb may have been named in a lead listing them already)
    if len(latest.participants) == 1:
        receiver = next(iter(latest.participants))
    else:
        callers = {c for c in latest.initiators if c}
        ends = [k for k in latest.participants if k not in callers]
        if not callers or len(ends) != 1:
            return None
        receiver = ends[0]
    if receiver in people:
        return None
    return {**people, receiver: latest.participants[receiver]}


# The few characters before a listed sender that may hold its preposition ("إلى", "لـ").
LISTED_BEFORE_CHARS = 12
# What may stand between two listed senders besides "و": punctuation, quotes, spaces, the article of a
# title read without it ("، والرئيس").
_LIST_GAP = re.compile(r"[\s,،«»\"“”]*و?(?:ال)?")


def _listed_after_sender_verb(a: Article, f: Frame, people: PeopleMap) -> bool:
    """ "وأبرق معزيا، بحسب البيان، «A، وB»": every person stands after a verb of sending whose receiver
    takes a preposition (``status_more.listed_sender_verbs``), one list joined by "و" alone, with no
    preposition before the first: the verb's subjects, who each sent a cable to the receiver of the
    messages told before, never one of them to the other."""
    verb = a.norm[f.trigger.word_start : f.trigger.end]
    if verb not in lexicon().status_more.get("listed_sender_verbs", ()):
        return False
    spans = sorted((x, y) for _, x, y in people.values())
    if spans[0][0] < f.trigger.end:
        return False
    for (_, end), (start, _) in zip(spans, spans[1:]):
        if not _LIST_GAP.fullmatch(a.norm, end, start):
            return False
    before = a.norm[max(f.trigger.end, spans[0][0] - LISTED_BEFORE_CHARS) : spans[0][0]].split()
    to = lexicon().destination_words
    return not before or (before[-1] not in to and before[-1] not in ("ل", "لل", "لـ"))


# "تلقى Z برقيات ..." leads the cables quoted or told one by one after it at most this many sentences on
# (each cable's text may run over a few paragraphs), and at most this many drafts back are read.
CABLES_LEAD_SENTENCES = 12
CABLES_LEAD_DRAFTS = 24


def cables_receiver(a: Article, f: Frame, people: PeopleMap, drafts: list[Draft]) -> PeopleMap | None:
    """ "تلقى الرئيس Z برقيات تهنئة من عدد من القادة." then, one by one, "ونصت برقية الملك X على ..." or
    "وبعث الرئيس Y برقية أكد فيها ...": a message sentence that names one person only, after a lead in
    which one receiver got several messages (a receiving verb, a plural or counted message word, the
    receiver the only one named), is that person's message to the receiver. Only while every message
    told since went to that receiver, and never when the sentence has a receiving verb of its own
    ("وتلقى Y برقية": another receiver) or names the receiver himself (his reply, his thanks)."""
    if f.type != "message" or len(people) != 1 or received(a, f):
        return None
    ((sender, _),) = people.items()
    since: list[Draft] = []  # the messages told after the lead, the latest first
    for n, d in enumerate(reversed(drafts)):
        if n >= CABLES_LEAD_DRAFTS or d.sentences[-1] < f.sentence - CABLES_LEAD_SENTENCES:
            return None
        if d.type != "message":
            continue
        if len(d.participants) != 1 or d.background or d.status != f.status or not _cables_lead(a, d):
            # a cable of the list told already, or told on ("وتضمنت البرقية ..."): its receiver is
            # checked once the lead is found
            since.append(d)
            continue
        ((receiver, value),) = d.participants.items()
        if receiver == sender or any(x.participants and receiver not in x.participants for x in since):
            return None  # the receiver's own message, or one to someone else told since the lead
        return {receiver: value, **people}
    return None


def _cables_lead(a: Article, d: Draft) -> bool:
    """The draft's sentence tells its one person receiving several messages ("تلقى X برقيات تهنئة")."""
    trigger = d.triggers[0]
    lo, hi, _ = a.sentences[d.sentences[0]]
    near = a.norm[max(lo, trigger.word_start - COUNTED_CHARS) : min(hi, trigger.end + COUNTED_CHARS)]
    return received_by(a, lo, trigger.end) and has_cue(near, lexicon().separate_contacts)
