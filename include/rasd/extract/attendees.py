"""People at a contact who are no parties of it, and the country each party speaks for.

Those named in a phrase of attendance ("بحضور"; a foreign minister beside his own leader:
``without_attendees``), a person not yet in office whose coming office another party holds
(``without_successors``), those a later sentence says attended (``attended_contact``); ``home_of``
gives a party's country on the day and ``domestic`` tells one government's people apart.
"""

from __future__ import annotations

import datetime as dt
import re

from rasd.extract.article import Article
from rasd.extract.events import Drafts, PeopleMap
from rasd.extract.frames import CLAUSE_OR_COLON_MARK, Frame
from rasd.extract.lexicon import any_written, cue_pattern, has_cue, lexicon, strip_clitic
from rasd.extract.parties import LIST_JOIN, LIST_JOIN_CHARS
from rasd.extract.refdata import HEAD_OF_STATE_ROLES
from rasd.extract.referred_parties import contact_told_before, told_before_people
from rasd.records import Participant


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
    if _pair_named(a, f, kept, phrases):  # "لقاء بين A وB بحضور الرئيس Z": A and B are its sides
        return kept
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


def _pair_named(a: Article, f: Frame, kept: PeopleMap, phrases: list[tuple[int, int]]) -> bool:
    """ "لقاء بين الأسد وأردوغان بحضور الرئيس Z": the contact word names its two sides after "بين"
    right after it, and the others stand in a phrase of "بحضور" after them (not a verb of attendance,
    "قمة حضرها Z", whose leaders take part): Z attends a contact of the two, even a leader of a third
    country."""
    if len(kept) != 2 or not re.match(r"\s*بين\s", a.norm[f.trigger.end : f.hi]):
        return False
    cues = lexicon().attendance_pair_cues
    last = max(v[1] for v in kept.values())
    return any(
        p_lo > last and any(a.norm.startswith(c, p_lo) or a.norm.startswith("و" + c, p_lo) for c in cues)
        for p_lo, _ in phrases
    )


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
                if cut in by_end and LIST_JOIN.fullmatch(a.norm[cut:start])
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
        # the contact attended was told but made no event yet ("أقام X حفل استقبال لقادة الدول. كما حضر
        # حفل الاستقبال A وB"): its guests join the people named with it, never a contact among themselves
        # (its parties' own people attend it and add no contact: "وحضر اللقاء وزير الخارجية")
        if not contact_told_before(a, f):
            return None
        told = told_before_people(a, f, day)
        new = _guests(a, told, people, day)
        return {**told, **new} if new else {}
    return {**latest.participants, **_guests(a, latest.participants, people, day)}


def _guests(a: Article, parties: PeopleMap, people: PeopleMap, day: dt.date | None) -> PeopleMap:
    """Those of ``people`` who speak for a country none of ``parties`` speaks for."""
    homes = {home_of(a, p, day) for p, _, _ in parties.values()}
    return {k: v for k, v in people.items() if k not in parties and home_of(a, v[0], day) not in homes | {None}}


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


def without_reception_line(a: Article, f: Frame, people: PeopleMap, day: dt.date | None) -> PeopleMap:
    """A reception line told with a reception noun ("وكان في استقبال الضيف الملك X وولي العهد Y ورئيس
    الوزراء Z", "على رأس مستقبليه الأمير X وولي عهده Y"): the dignitaries of the host country who lined
    up at the arrival. When the line names that country's head of state, he is the host and the others
    of his country (crown prince, premier, ministers) stand at his side: no parties and no contact of
    their own. A line without its head of state (an airport reception by the crown prince) is theirs."""
    if len(people) < 3:
        return people
    words = a.norm[f.trigger.word_start : f.trigger.end].split()
    if not any(w in lexicon().status_more.get("reception_words", ()) for w in words):
        return people
    heads = {home_of(a, p, day) for p, _, _ in people.values() if _head_of_state(a, p, day)} - {None}
    kept = {k: v for k, v in people.items() if _head_of_state(a, v[0], day) or home_of(a, v[0], day) not in heads}
    return kept if len(kept) >= 2 else people


def reception_joined(a: Article, f: Frame, people: PeopleMap, drafts: Drafts, day: dt.date | None) -> PeopleMap | None:
    """ "كما كان في استقبال X أيضا ولي العهد Y والأمير Z" after the reception of X by the head of state
    told just before: a reception line opened by "كما" names who else of the host's country stood at
    that reception; they are the head of state's people, no parties and no contact of their own (the
    reception told before, its parties alone). An arrival received by the crown prince alone, told
    without "كما" ("ووصل X، وكان في استقباله ولي العهد Y"), is his own contact."""
    lex = lexicon()
    words = a.norm[f.trigger.word_start : f.trigger.end].split()
    if len(people) < 2 or not any(w in lex.status_more.get("reception_words", ()) for w in words):
        return None
    opener = a.norm[f.lo : f.lo + 12].split()[:1]
    if not opener or opener[0] not in lex.status_more.get("follow_on_openers", ()):
        return None
    latest = next((d for d in reversed(drafts.shared) if d.type == "meeting" and d.status == "reported"), None)
    if latest is None or latest.background or not set(people) & set(latest.participants):
        return None
    heads = {home_of(a, p, day) for p, _, _ in latest.participants.values() if _head_of_state(a, p, day)} - {None}
    others = [v[0] for k, v in people.items() if k not in latest.participants]
    if not others or not all(home_of(a, p, day) in heads and not _head_of_state(a, p, day) for p in others):
        return None
    return dict(latest.participants)
