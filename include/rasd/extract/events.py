"""Step 5: frames become events, one per real contact.

Frames that share their participants and type merge unless there is evidence of a different
contact (a background cue, two different written dates); a frame naming fewer than two people
continues the nearest event it fits ("وبحث الجانبان ..."). Events stay N-ary: a call "bringing
together X, Y and Z" is one event; one sentence reporting separate calls ("أجرى اتصالين", "ثم مع")
gives one event per pair around its first participant.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from rasd.dates import DateMention
from rasd.extract.lexicon import lexicon
from rasd.extract.scan import Match
from rasd.records import DateBasis, EventStatus, EventType, Participant, SourceRef

# Strength of a date basis: a stronger one replaces a weaker one when frames merge.
BASIS_STRENGTH: dict[str, int] = {
    "explicit": 4,
    "today": 3,
    "yesterday": 3,
    "weekday": 2,
    "published": 1,
    "none": 0,
    "same_day": 0,
}
# A sentence without people continues an event whose sentences are at most this many away.
CONTINUATION_SENTENCES = 3
# Types that one continuing sentence may switch between ("اتصال هاتفي" then "عبر الفيديو").
CALL_TYPES = frozenset({"phone_call", "video_call"})

PeopleMap = dict[str, tuple[Participant, int, int]]  # participant key -> (participant, span)


@dataclass
class Draft:
    type: EventType
    status: EventStatus
    background: bool
    participants: PeopleMap
    date: DateMention | None
    date_basis: DateBasis
    sources: dict[str, tuple[SourceRef, int, int]] = field(default_factory=dict)
    topics: dict[str, tuple[int, int]] = field(default_factory=dict)
    triggers: list[Match] = field(default_factory=list)
    sentences: list[int] = field(default_factory=list)
    initiators: list[str | None] = field(default_factory=list)
    explicit_day: bool = False  # the date is written out (a different written date is another contact)
    needs_publication: bool = False
    split: bool = False  # one pair of a sentence that reports separate contacts
    joint: bool = False  # the sentence says the contact brought its several parties together ("جمع", "ثلاثي")
    refers_back: bool = False  # the contact word points at one told before ("خلال الاتصال الذي جرى الجمعة")
    held: bool = False  # told as having taken place: a past verb or "كان في استقباله" ("استقبل X Y")
    purpose: bool = False  # what a trip is for, by the preposition "لـ" ("وصل X إلى القاهرة للقاء Y")
    day_background: bool = False  # background by its day alone (no background cue in the text)
    vague_day: bool = False  # no day, but a time without one after the contact word ("جرت مؤخرا")
    announced: bool = False  # a plan told in the pluperfect of an announcement ("وكان X قد أعلن أنه سيتصل بـ Y")
    moved: bool = False  # a plan, "but" the contact took place ("خطط للاتصال يوم 11، لكن تم إجراء المكالمة اليوم")
    pluperfect: bool = False  # told in the pluperfect with its subject ("وكان X قد تحدث مع Y الأحد")

    def take_evidence(self, other: Draft) -> None:
        """The sources and topics of ``other`` this draft lacks (its own kept), and all its triggers and
        sentences: ``other`` tells the same contact again."""
        for key, src in other.sources.items():
            self.sources.setdefault(key, src)
        for key, span in other.topics.items():
            self.topics.setdefault(key, span)
        self.triggers.extend(other.triggers)
        self.sentences.extend(other.sentences)


def hub_of(people: PeopleMap, trigger_start: int, caller: str | None) -> str:
    """The participant every pair shares: the one alone on its side of the trigger ("تلقى X اتصالات
    من A وB": X; "أجرى A وB اتصالا بـ X": X), else the caller the sentence names ("اتصالات أجراها X
    مع A وB"), else the first named."""
    keys = list(people)
    before = [k for k in keys if people[k][1] < trigger_start]
    after = [k for k in keys if people[k][1] >= trigger_start]
    if len(before) == 1 and len(after) >= 2:
        return before[0]
    if len(after) == 1 and len(before) >= 2:
        return after[0]
    return caller if caller in people else keys[0]


def participant_groups(
    people: PeopleMap, separate: bool, trigger_start: int = 0, caller: str | None = None
) -> list[PeopleMap]:
    """One group (N-ary event) unless the sentence reports separate contacts of one participant
    ("X held calls with A and then with B"): then one pair per other participant."""
    if len(people) <= 2 or not separate:
        return [people]
    hub = hub_of(people, trigger_start, caller)
    return [{hub: people[hub], key: value} for key, value in people.items() if key != hub]


def group_caller(caller: str | None, group: PeopleMap) -> str | None:
    """The caller of one pair split from a sentence: the sentence's caller when in the pair; when it
    is one of several on the far side of the shared participant ("تلقى X اتصالين من A وB", "أجرى A
    وB اتصالا بـ X"), each pair's other member (pairs list the shared participant first)."""
    if caller is None or caller in group:
        return caller
    keys = list(group)
    return keys[1] if len(keys) == 2 else None


def _same_contact(a: Draft, b: Draft) -> bool:
    """Two frames with the same people and type report one contact unless the text shows another:
    a background cue on one only, a plan (``b``) told after a contact that took place or was denied
    (``a``), or two different written dates. A contact told after the plan of it (``اللقاء`` after
    "سيلتقي") is the planned one."""
    if a.background != b.background and not _undated_and_this_week(a, b) and not _recent_and_dated(a, b):
        return False
    if b.status == "planned" and a.status != "planned" and not _announced_of(a, b):
        return False  # "نفى أن يكونا تحادثا ... وقال إنه سيتصل به": a plan told after a contact is another one
    if a.type == "message" and _senders(a) and _senders(b) and not _senders(a) & _senders(b):
        return False  # a cable and the reply to it ("برقية جوابية"): one each way
    if a.date is None or b.date is None or a.date.date == b.date.date:
        return True
    if _earlier_in_pluperfect(a, b) or _earlier_in_pluperfect(b, a):
        return False  # "تحدث X مع Y اليوم. وكان X قد تحدث مع Y الأحد الماضي": an earlier call
    return not (a.explicit_day and b.explicit_day)


def _earlier_in_pluperfect(later: Draft, earlier: Draft) -> bool:
    """``earlier`` is told in the pluperfect with its subject ("وكان X قد تحدث مع Y يوم الأحد") on a day of
    its own before the day of ``later``: a contact before it, not the same one told again."""
    return bool(
        earlier.pluperfect
        and later.date
        and earlier.date
        and later.date.date
        and earlier.date.date
        and not earlier.date.said
        and earlier.date.date < later.date.date
    )


def _announced_of(held: Draft, plan: Draft) -> bool:
    """``plan`` is the announcement, told in the pluperfect, of the contact ``held`` on its day ("قال X
    الثلاثاء إنه أجرى مكالمة مع Y" then "وكان X قد أبلغ الصحافيين في وقت سابق من اليوم نفسه أنه سيجري
    مكالمة مع Y"): the contact announced beforehand, not another one. A plan with a day of its own
    that is not the contact's is another one. So is a plan moved ("خطط X للاتصال بـ Y يوم 11، لكن تم
    إجراء المكالمة اليوم"), whatever its day."""
    if not (plan.announced or plan.moved) or held.status != "reported" or held.background:
        return False
    if plan.moved:
        return True
    return plan.date is None or (held.date is not None and held.date.date == plan.date.date)


def _undated_and_this_week(a: Draft, b: Draft) -> bool:
    """One reported mention with no day of its own and one dated by a bare weekday of the past week
    ("لقاء الملك ونتنياهو عقد في عمان، الاثنين الماضي"), background by that day alone (no cue such as
    "كان قد"): the article tells one contact twice; the weekday is its day. So it is, with the cue, when
    the undated one is told as held and the weekday is bare ("وكان في استقبال X Y" then "وكانت قد حطت
    طائرته الأحد، حيث كان في استقباله Y"): the arrival's reception told again; "وكان X قد التقى Y
    الاثنين الماضي" is an earlier contact."""
    undated, dated = (a, b) if a.date is None else (b, a)
    return (
        undated.date is None
        and undated.date_basis == "published"
        and not undated.background
        and dated.background
        and (dated.day_background or (undated.held and dated.date is not None and not dated.date.past_marked))
        and dated.date_basis == "weekday"
        and undated.status == dated.status == "reported"
    )


def _recent_and_dated(a: Draft, b: Draft) -> bool:
    """One reported mention with no day but a time without one ("خلال مكالمة جرت بينهما مؤخرا") and one
    with a day of its own that makes it background by that day alone ("أجريا مكالمة في 28 يوليو"):
    the article tells one earlier contact twice, the second time with its day."""
    undated, dated = (a, b) if a.date is None else (b, a)
    return (
        undated.date is None
        and undated.vague_day
        and dated.date is not None
        and dated.background
        and dated.day_background
        and undated.status == dated.status == "reported"
    )


def _senders(d: Draft) -> set[str]:
    return {c for c in d.initiators if c}


class Drafts(list[Draft]):
    """An article's drafts in order, and apart (``shared``) those of two or more participants. A
    draft's participants do not change once it is added (``absorb`` merges only drafts of the same
    two or more), so the look-ups for an earlier contact between people read ``shared``, not every
    draft (one-person drafts never merge and pile up on long inputs: those scans were quadratic)."""

    def __init__(self) -> None:
        super().__init__()
        self.shared: list[Draft] = []

    def append(self, draft: Draft) -> None:
        super().append(draft)
        if len(draft.participants) >= 2:
            self.shared.append(draft)


def merge_or_add(drafts: Drafts, draft: Draft) -> None:
    if len(draft.participants) >= 2:
        for existing in drafts.shared:  # the same two or more participants: never a one-person draft
            if (
                (existing.type == draft.type or {existing.type, draft.type} == CALL_TYPES)
                and set(existing.participants) == set(draft.participants)
                and _same_contact(existing, draft)
                and not _reception_of_trip(drafts, existing, draft)
            ):
                # "مكالمة عن طريق الفيديو" then "خلال المكالمة": one call, a video one
                if {existing.type, draft.type} == CALL_TYPES:
                    existing.type = "video_call"
                absorb(existing, draft)
                return
    drafts.append(draft)


def _reception_of_trip(drafts: Drafts, planned: Draft, held: Draft) -> bool:
    """A trip begun with its talks still to come ("وصل X إلى الكويت في زيارة يجري خلالها مباحثات مع Y":
    a reported visit and a planned meeting, told in one sentence), then the host's reception of the
    guest told as held ("وكان Y على رأس مستقبليه", "استقبله Y لدى وصوله"): the reception is the
    meeting of the visit that took place, the talks stay to come; two contacts, not one. A meeting
    that was the purpose of the trip ("وصل X للقاء Y" then "وكان Y في استقباله") is the one held."""
    if not (planned.type == held.type == "meeting" and planned.status == "planned" and held.status == "reported"):
        return False
    if planned.purpose or not held.held or planned.background or held.background:
        return False
    return any(
        v.type == "visit"
        and v.status == "reported"
        and set(v.participants) == set(planned.participants)
        and set(v.sentences) & set(planned.sentences)
        for v in drafts.shared
    )


# A frame names its own people when they are written this close to its trigger (not taken over from
# an earlier sentence through "الرئيسين" or "الجانبان").
OWN_PEOPLE_CHARS = 200


def _names_own_people(d: Draft) -> bool:
    if len(d.participants) < 2 or not d.triggers:
        return False
    at = d.triggers[0].start
    return all(abs(x - at) <= OWN_PEOPLE_CHARS for _, x, _ in d.participants.values())


def _own_day_of_said(host: Draft, other: Draft) -> bool:
    """``host`` is dated by the day of the statement that reports it ("بحسب ما نقلت الرئاسة السبت") and
    ``other``, naming fewer than two people or only by a reference to the pair ("تحدث الزعيمان خلال
    اتصالهما بالأمس"), refers back to the contact with a day of its own ("خلال الاتصال الذي جرى
    الجمعة"): that day is the contact's."""
    return bool(
        host.date
        and host.date.said
        and other.date
        and other.date.date
        and not other.date.said
        and other.refers_back
        and (len(other.participants) < 2 or not _names_own_people(other))
    )


def _written_day_of_plan(host: Draft, other: Draft) -> bool:
    """Both tell one contact to come; ``host`` is dated "today" (the day the plan is told: "أعرب X اليوم
    عن اعتزازه باستقبال Y، الذي سيحل الأحد"), ``other`` by a later day written out ("سيقوم ابتداء من
    يوم الأحد 6 نوفمبر بزيارة ... يجري خلالها محادثات مع X"): that written day is the contact's."""
    return bool(
        host.status == other.status == "planned"
        and host.date_basis == "today"
        and host.date
        and host.date.date
        and other.explicit_day
        and other.date
        and other.date.date
        and other.date.date > host.date.date
    )


def _reported_by_then(host: Draft, other: Draft) -> bool | None:
    """A contact that took place, told twice with two days, one of them the day of a statement that
    reports it held ("وقال X الجمعة إنه تحدث مع Y"): the contact was held by that day, so a later day
    of the other telling ("تطرقت في تصريحات اليوم السبت إلى المكالمة التي دارت بينهما") is the day of a
    later mention, not the contact's. True when ``other``'s statement day is the earlier one (it wins),
    False when ``host``'s is (it stays), None otherwise (the usual rules decide)."""
    if host.status != "reported" or other.status != "reported" or host.background or other.background:
        return None
    if not (host.date and host.date.date and other.date and other.date.date) or host.date.date == other.date.date:
        return None
    if other.date.said and not host.date.said and other.date.date < host.date.date and not host.explicit_day:
        return True
    if host.date.said and not other.date.said and host.date.date < other.date.date and not other.explicit_day:
        return False
    return None


def absorb(host: Draft, other: Draft) -> None:
    """Merge ``other`` into ``host``: a stronger date basis wins when it does not contradict, and the
    contact's own day, in a frame naming its people, wins over the day of a statement reporting it
    ("أعلن اليوم أنه أجرى"); a contact held is never dated after a statement that reports it held
    (``_reported_by_then``)."""
    recent = _recent_and_dated(host, other)
    said = bool(host.date and host.date.said and other.date and not other.date.said and _names_own_people(other))
    said = said or _own_day_of_said(host, other) or _written_day_of_plan(host, other)
    by_then = _reported_by_then(host, other)
    if by_then is True:
        host.date, host.date_basis, host.explicit_day = other.date, other.date_basis, other.explicit_day
    elif (
        by_then is None
        and other.date
        and not _announced_of(host, other)
        and (said or BASIS_STRENGTH[other.date_basis] > BASIS_STRENGTH[host.date_basis])
    ):
        if said or host.date is None or host.date.date == other.date.date or host.date_basis in ("published", "none"):
            host.date, host.date_basis = other.date, other.date_basis
            host.explicit_day = other.explicit_day
    if _undated_and_this_week(host, other) and len(other.participants) >= 2:
        host.background = host.day_background = False  # the article's own news, told once undated
    if recent:
        host.background = host.day_background = True  # "جرت مؤخرا" with its day told later: an earlier contact
    if (
        host.purpose
        and host.status == "planned"
        and other.held
        and host.type == other.type == "meeting"
        and _names_own_people(other)
    ):
        # "وصل X إلى القصر للقاء Y" then "وكان Y في استقباله": the meeting the trip was for took place
        host.status = "reported"
    if host.status == "reported" and other.status in ("denied", "unconfirmed") and len(other.participants) < 2:
        # "ورفض مكتبه تأكيد الاتصال أو نفيه": a later sentence doubting the contact it refers back to
        host.status = other.status
    for key, value in other.participants.items():
        if len(host.participants) < 2:
            host.participants.setdefault(key, value)
    host.take_evidence(other)
    host.initiators.extend(other.initiators)
    host.needs_publication = host.needs_publication and other.needs_publication
    host.joint = host.joint or (other.joint and set(other.participants) == set(host.participants))


# A frame naming one person continues an event whose sentences are at most this many away.
HOST_SENTENCES = 25


def by_sentence_of(drafts: list[Draft]) -> dict[int, list[Draft]]:
    """Sentence -> the drafts (in order) that a trigger of it tells."""
    by_sentence: dict[int, list[Draft]] = {}
    for d in drafts:
        for s_index in set(d.sentences):
            by_sentence.setdefault(s_index, []).append(d)
    return by_sentence


def host_for(by_sentence: dict[int, list[Draft]], draft: Draft) -> Draft | None:
    """The event a frame with fewer than two people continues, if any: the nearest by sentence
    that has its type (or another call type), its people and a compatible date; for a frame naming
    nobody whose contact word refers back ("الاجتماع", ``Draft.refers_back``), one told before it or in
    its sentence: a definite noun names a contact already told, never one the article tells later."""
    sentence = draft.sentences[0]
    reach = HOST_SENTENCES if draft.participants else CONTINUATION_SENTENCES
    for distance in range(reach + 1):
        for s_index in {sentence - distance, sentence + distance}:
            if s_index > sentence and not draft.participants and draft.refers_back:
                continue  # "وركز الاجتماع على ...": a definite contact word naming nobody refers back, not ahead
            for d in by_sentence.get(s_index, ()):
                if d.type != draft.type and not {d.type, draft.type} <= CALL_TYPES:
                    continue
                if draft.participants and not set(draft.participants) <= set(d.participants):
                    continue
                if (draft.status == "planned") != (d.status == "planned"):
                    continue  # "من المقرر أن تجرى الزيارة في 12 نوفمبر" continues no visit that took place
                if (
                    draft.date
                    and d.date
                    and draft.date.date != d.date.date
                    and not draft.date.said  # a statement about the contact told again: it keeps its own day
                    and not _own_day_of_said(d, draft)
                ):
                    continue
                return d
    return None


def _part_of(small: Draft, big: Draft) -> bool:
    """``small`` names some of the parties of the multi-party contact ``big`` ("مكالمة سرية مع
    زيلينسكي وميرتس" then "المكالمة التي جرت الإثنين بين ميرتس وماكرون وزيلينسكي وروته"): the same
    contact, unless one of them is a pair split from separate contacts or their days differ."""
    if small is big or small.type != big.type or small.split or big.split or len(big.participants) < 3:
        return False
    if not set(small.participants) < set(big.participants) or small.background != big.background:
        return False
    if small.status != big.status:  # a planned meeting of two is not the trilateral held before
        return False
    if _formal_talks(small) and not _formal_talks(big):  # "جلسة مباحثات بين A وB" after the reception
        return False
    return (
        small.date is None
        or big.date is None
        or small.date.date == big.date.date
        or "published"
        in (
            small.date_basis,
            big.date_basis,
        )
    )


def _formal_talks(d: Draft) -> bool:
    """Every contact word of ``d`` names formal talks ("جلسة مباحثات", "عقدا محادثات")."""
    talks = lexicon().separate_talks
    return bool(d.triggers) and all(t.entry.key in talks for t in d.triggers)


def assemble(drafts: list[Draft]) -> list[Draft]:
    """Events with two or more participants; frames with fewer continue one of them; a frame
    naming part of a multi-party contact joins it."""
    final = [d for d in drafts if len(d.participants) >= 2]
    for d in list(final):
        big = next((e for e in final if _part_of(d, e)), None)
        if big is not None:
            absorb(big, d)
            final.remove(d)
    by_sentence = by_sentence_of(final)
    for d in drafts:
        if len(d.participants) < 2:
            host = host_for(by_sentence, d)
            if host is not None:
                for e in series_of(by_sentence, host, d):
                    absorb(e, d)
    return final


def series_of(by_sentence: dict[int, list[Draft]], host: Draft, d: Draft) -> list[Draft]:
    """The events a frame of fewer than two people continues: ``host``, and when it is one pair of a
    sentence of separate contacts ("استقبل X اليوم عددا من القادة" then "واستقبل X كلا من A وB وC"),
    every pair of that series with its type, status and the frame's people: the sentence announces them
    all (their day, its contact word). A frame naming nobody ("في برقيته") continues the nearest only."""
    if not host.split or not d.participants:
        return [host]
    return [
        e
        for e in by_sentence.get(host.sentences[0], ())
        if e is host
        or (
            e.split
            and e.type == host.type
            and e.status == host.status
            and e.background == host.background
            and e.sentences[0] == host.sentences[0]
            and set(d.participants) <= set(e.participants)
        )
    ]
