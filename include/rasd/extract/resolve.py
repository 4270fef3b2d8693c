"""Step 3: mentions become participants (the article's people).

A mention with a name is that person. A title mention ("الرئيس الروسي", "ولي العهد", "نظيره
الإيراني") first looks for a person named in the same article who holds that office (coreference:
this works without a publication date); only when none is named does the office-on-the-day lookup
of the reference data decide, and then only with a day. A role without a country ("ولي العهد") is
resolved by coreference only, never guessed.
"""

from __future__ import annotations

import datetime as dt
from functools import lru_cache

from rasd.config import titles
from rasd.extract.lexicon import lexicon
from rasd.extract.mentions import EntityMention, principal_roles
from rasd.extract.refdata import HEAD_OF_STATE_ROLES, Office, Person, ReferenceData
from rasd.records import Participant


@lru_cache(maxsize=1)
def _role_map(key: str) -> dict[str, tuple[str, ...]]:
    """A role -> other roles map of titles.yaml (``counterpart_roles``: offices of the same rank in other
    countries; ``monarch_titles``: the one title of a monarch of either sex)."""
    return {str(role): tuple(str(r) for r in others) for role, others in (titles().get(key) or {}).items()}


@lru_cache(maxsize=1)
def _emirate_offices() -> frozenset[tuple[str, str, str]]:
    """(person, role, country) of an emirate's office recorded under its country (titles.yaml)."""
    rows = titles().get("emirate_offices") or []
    return frozenset((str(r["person"]), str(r["role"]), str(r["country"])) for r in rows)


@lru_cache(maxsize=1)
def _org_president_roles() -> tuple[str, ...]:
    """Roles of an organisation's head called its "president" (titles.yaml)."""
    return tuple(titles().get("org_president_roles") or ())


def of_emirate(person: Person, role: str, place: str | None) -> bool:
    """``person`` holds ``role`` for one emirate of ``place`` only ("Crown Prince of Dubai"), so a
    title with the country's adjective ("ولي العهد الإماراتي") is not theirs."""
    return place is not None and (person.person_id, role, place) in _emirate_offices()


def country_holder(role: str, place: str, day: dt.date, ref: ReferenceData) -> Person | None:
    """Who held ``role`` for the country ``place`` on ``day``, an emirate's office holder excepted."""
    person = ref.holder_of(role, place, day)
    if person is None or not of_emirate(person, role, place):
        return person
    held = [(o, p) for o, p in ref.holders.get((role, place), []) if o.held_on(day) and not of_emirate(p, role, place)]
    return max(held, key=lambda op: op[0].start or dt.date.min)[1] if held else None


def _holds(person: Person, role: str, place: str | None, day: dt.date | None) -> bool:
    """``person`` holds ``role`` (for ``place`` when given) on ``day``, or ever when the day is unknown."""
    for office in person.offices:
        if office.role != role or (place is not None and place not in (office.country, office.org)):
            continue
        if day is None or office.held_on(day):
            return True
    return False


# A day in a year before this one is a contact of history, before the reference data's lists of office
# holders run (a piece that recalls a visit of 1965 or of a Hijri year long past).
HISTORY_BEFORE_YEAR = 2000


def _history_before(offices: list[Office], day: dt.date | None) -> bool:
    """``day`` is a day of history (a year before HISTORY_BEFORE_YEAR) before every one of ``offices``."""
    if day is None or day.year >= HISTORY_BEFORE_YEAR:
        return False
    return bool(offices) and all(o.start is not None and o.start > day for o in offices)


def before_offices(person: Person, day: dt.date | None) -> bool:
    """``day`` is a day of history before every office ``person`` took up: no leader yet, whatever
    title the article gives them today."""
    return _history_before(list(person.offices), day)


def _later_holder(person: Person, role: str, day: dt.date) -> bool:
    """``day`` is a day of history and ``person`` took up every office of ``role`` after it: the title
    then was someone else's ("الملك" in a piece on 1965 is not today's king named in the same piece)."""
    return _history_before([o for o in person.offices if o.role == role], day)


def _someone_elses(person: Person, role: str, place: str | None, day: dt.date, ref: ReferenceData) -> bool:
    """``person`` was no leader on ``day`` (``out_of_office``: a private person then, or long gone)
    while the reference data has another holder of the office that day: a bare title ("the South
    Korean president" in a 2018 report) is that holder, not a later one the article also names (the
    surname of a future president borne by an aide quoted in it). A former holder named with the title
    stays (``_former_title``: an outlet's slip that the events gate reports)."""
    if place is None or not out_of_office(person, day):
        return False
    if not all(o.start is not None and o.start > day for o in person.offices if o.role == role):
        return False
    holder = country_holder(role, place, day, ref)
    return holder is not None and holder.person_id != person.person_id


def corefer(role: str, place: str | None, day: dt.date | None, named: list[str], ref: ReferenceData) -> Person | None:
    """The one person named in the article who holds ``role`` (of ``place``); None if none or several."""
    named = [pid for pid in named if pid not in ref.people or not of_emirate(ref.people[pid], role, place)]
    found = [ref.people[pid] for pid in named if pid in ref.people and _holds(ref.people[pid], role, place, day)]
    if day is not None and not found:
        # The day may be a wrong guess (no publication date, a background event): any time will do,
        # but not for someone who holds another office that day (the crown prince who has become
        # emir is no longer "ولي العهد").
        found = [
            ref.people[pid]
            for pid in named
            if pid in ref.people
            and _holds(ref.people[pid], role, place, None)
            and not ref.people[pid].offices_on(day)
            and not _later_holder(ref.people[pid], role, day)
            and not _someone_elses(ref.people[pid], role, place, day, ref)
        ]
    return found[0] if len({p.person_id for p in found}) == 1 else None


# How far an "incoming" title ("الرئيس الجديد", "المنتخب") reaches: a holder who took office up to
# this many days before the day, or takes it up to this many days after (an election's result is
# known weeks before the inauguration).
INCOMING_BEFORE_DAYS = 180
INCOMING_AFTER_DAYS = 120


def _incoming(person: Person, role: str, place: str | None, day: dt.date) -> bool:
    """``person``'s term in the office starts close to ``day`` (just before or soon after it)."""
    for office in person.offices:
        if office.role != role or (place is not None and place not in (office.country, office.org)):
            continue
        if office.start is not None and -INCOMING_BEFORE_DAYS <= (office.start - day).days <= INCOMING_AFTER_DAYS:
            return True
    return False


def incoming_holder(
    role: str, place: str | None, day: dt.date | None, named: list[str], ref: ReferenceData
) -> Person | None:
    """The newest holder of an office a "new"/"elect" title names: the one person of the article
    whose term starts close to the day, else (with a day and a place) the reference data's holder
    whose term starts soonest after it within reach, else the one holding it on the day."""
    if day is None:
        return corefer(role, place, None, named, ref)
    found = {pid for pid in named if pid in ref.people and _incoming(ref.people[pid], role, place, day)}
    if len(found) == 1:
        return ref.people[found.pop()]
    if found or place is None:
        return None
    upcoming = [
        (o.start, p)
        for o, p in ref.holders.get((role, place), [])
        if o.start is not None and 0 < (o.start - day).days <= INCOMING_AFTER_DAYS
    ]
    if upcoming:
        return min(upcoming, key=lambda sp: sp[0])[1]
    return country_holder(role, place, day, ref)


# A named person whose every office in the reference data ended more than this many days before
# the contact, and who takes up none within INCOMING_DAYS after it, was no leader that day ("الرئيس
# سعد الحريري" between his terms): not a participant. The margins allow for imprecise dates.
OUT_OF_OFFICE_DAYS = 30
INCOMING_DAYS = 120


# Offices won at the polls: a person whose every office in the reference data is one of these, all begun
# long after the day, was no leader then (a candidate: "المرشح الجمهوري X"). Hereditary and appointed
# offices (a crown prince, a minister) are often held before the first one the data lists.
ELECTED_ROLES = frozenset({"president", "prime_minister"})


def out_of_office(person: Person, day: dt.date | None) -> bool:
    if day is None or not person.offices or person.offices_on(day):
        return False
    if any(o.end is None and o.start is None for o in person.offices):
        return False
    ended = [o.end for o in person.offices if o.end is not None and o.end <= day]
    coming = [o.start for o in person.offices if o.start is not None and o.start > day]
    if coming and (min(coming) - day).days <= INCOMING_DAYS:
        return False  # "الرئيس المنتخب": about to take office
    # not in office yet (no office ended, one to come): a candidate or a private person then, whose
    # first elected office came much later, or a day of history before every office the person took up
    # (``before_offices``: every office starts after the day and, as loaded, ends after its start)
    if not ended and coming and (all(o.role in ELECTED_ROLES for o in person.offices) or before_offices(person, day)):
        return True
    return bool(ended) and (day - max(ended)).days > OUT_OF_OFFICE_DAYS


def _former_title(mention: EntityMention, ref: ReferenceData) -> bool:
    """Named with the title and country of an office the person held before ("الرئيس الإيراني حسن
    روحاني" in 2023): an outlet's slip, kept so that the events gate reports it, not dropped."""
    person = ref.people[mention.person_id] if mention.person_id else None
    if person is None or mention.role is None or mention.country is None:
        return False
    return any(o.role == mention.role and o.country == mention.country for o in person.offices)


def _still_holds(mention: EntityMention, ref: ReferenceData, day: dt.date | None) -> bool:
    """A named person called "former" who holds an office on the day all the same (an outlet's slip,
    "الرئيس الأميركي السابق دونالد ترامب" in 2025): the reference data wins."""
    person = ref.people.get(mention.person_id or "")
    return person is not None and day is not None and bool(person.offices_on(day))


# Offices that do not make their holder a leader whose contacts are events (a vice-president is
# named by the deputy's title, "النائب الأول للرئيس"; Qatar's deputy emir, "نائب الأمير").
NOT_LEADER_ROLES = frozenset({"vice_president", "deputy_emir"})


def _only_deputy(person: Person, day: dt.date | None) -> bool:
    """Every office ``person`` holds on ``day`` is a deputy's (a vice-president) or one emirate's
    ("Crown Prince of Dubai": a ruling family's office, not the country's)."""
    held = person.offices_on(day) if day is not None else []
    return bool(held) and all(o.role in NOT_LEADER_ROLES or of_emirate(person, o.role, o.country) for o in held)


def _acted_for(mention: EntityMention, ref: ReferenceData, day: dt.date | None) -> bool:
    """The person is named right after the office of a leader someone acts for (``agent_of``: "مستشار
    الرئيس الفرنسي X"; a deputy's own title, "نائب الرئيس الأمريكي X", names the office it serves,
    titles.yaml ``principal_roles``) and holds that office on the day, and no deputy's office: the leader,
    not the agent."""
    office = mention.agent_of
    if office is None and mention.role in principal_roles():
        office = (principal_roles()[mention.role], mention.country)
    person = ref.people.get(mention.person_id or "")
    if office is None or person is None or day is None:
        return False
    role, place = office
    held = person.offices_on(day)
    if any(o.role in NOT_LEADER_ROLES for o in held):
        return False  # "النائب الأول لرئيس الجمهورية، X" acting for a late president: the deputy himself
    return any((o.role == role or role == "leader") and (place is None or place in (o.country, o.org)) for o in held)


def _leads(mention: EntityMention, ref: ReferenceData, day: dt.date | None) -> bool:
    """A person named after a deputy's title holds a leader's office on the day all the same."""
    person = ref.people.get(mention.person_id or "")
    if person is None or day is None:
        return person is not None
    return any(o.role not in NOT_LEADER_ROLES for o in person.offices_on(day))


def context_role(entities: list[EntityMention], ref: ReferenceData, day: dt.date | None) -> str | None:
    """The office of the sentence's first participant: what "نظيره" (his counterpart) holds."""
    for ent in entities:
        if ent.role == "counterpart":
            continue
        if ent.role:
            return ent.role
        if ent.person_id in ref.people and day is not None:
            held = ref.people[ent.person_id].offices_on(day)
            if held:
                return held[0].role
    return None


def _known(person: Person, mention: EntityMention, day: dt.date | None, original: str, role: str | None) -> Participant:
    country = mention.country
    if country is None or (mention.via_home and role and not _holds(person, role, country, None)):
        # A named person's country is their own: "الملك سلمان" on an Emirati site is not a king of the
        # UAE (the outlet's country only stands in for a title that names nobody).
        country = person.country_on(day) or (None if mention.via_home else country)
    return Participant(person.person_id, person.name_en, person.name_ar, country, original, role, mention.org)


def _head_of_government_later(role: str, place: str, day: dt.date, ref: ReferenceData) -> bool:
    """The reference data has a premier (``role`` or its counterpart roles) of ``place`` whose term
    runs on or after ``day``: a gap in the office, not a country its president governs."""
    roles = (role, *_role_map("counterpart_roles").get(role, ()))
    return any(o.end is None or o.end >= day for r in roles for o, _ in ref.holders.get((r, place), []))


def vacant(role: str, place: str, day: dt.date | None, ref: ReferenceData) -> bool:
    """Nobody held ``role`` of ``place`` on ``day``, while the reference data has a holder whose term
    ended before it and one whose term began after it (a vacancy, not a gap in the data)."""
    if day is None:
        return False
    terms = [o for o, p in ref.holders.get((role, place), []) if not of_emirate(p, role, place)]
    if any(o.held_on(day) for o in terms):
        return False
    ended = any(o.end is not None and o.end < day for o in terms)
    began = any(o.start is not None and o.start > day for o in terms)
    return ended and began


def leader_role(place: str | None, day: dt.date | None, named: list[str], ref: ReferenceData) -> str:
    """The office of a country's "leader": its head of government where the news calls that one the
    leader, else its head of state (the role of whoever holds one on the day or is named)."""
    if place in lexicon().led_by_head_of_government:
        return "chancellor" if place in ("DE", "AT") else "prime_minister"
    for role in ("supreme_leader", *HEAD_OF_STATE_ROLES):  # Iran's leader is its supreme leader
        if corefer(role, place, day, named, ref) or (place and ref.holder_of(role, place, day)):
            return role
    return "president"


# Offices whose holder a list of a country's "leaders" ("قادة مصر والسعودية") may mean.
LEADING_ROLES = frozenset({"supreme_leader", *HEAD_OF_STATE_ROLES, "prime_minister", "chancellor", "crown_prince"})


def title_may_name(title_role: str, office_role: str) -> bool:
    """May a title of ``title_role`` (titles.yaml; "counterpart" for "نظيره") name the holder of an
    office of ``office_role``? Its own role, a monarch's other title, an organisation's "president",
    a leading office for "the leader"; a counterpart any office (of the other party's rank)."""
    return (
        office_role == title_role
        or title_role == "counterpart"
        or (title_role == "leader" and office_role in LEADING_ROLES)
        or office_role in _role_map("monarch_titles").get(title_role, ())
        or (title_role == "president" and office_role in _org_president_roles())
    )


def _named_leader(place: str | None, day: dt.date | None, named: list[str], ref: ReferenceData) -> Person | None:
    """The one person the article names who leads ``place`` on ``day`` (head of state or government,
    crown prince): who "the leader of" that country is in this article, when it names one only."""
    if place is None or day is None:
        return None
    found = {
        pid
        for pid in named
        if pid in ref.people
        and any(o.role in LEADING_ROLES and place in (o.country, o.org) for o in ref.people[pid].offices_on(day))
        and not any(of_emirate(ref.people[pid], o.role, place) for o in ref.people[pid].offices_on(day))
    }
    return ref.people[found.pop()] if len(found) == 1 else None


def resolve(
    mention: EntityMention,
    ref: ReferenceData,
    day: dt.date | None,
    other_role: str | None,
    original: str,
    named: list[str],
) -> Participant | None:
    """The participant a mention denotes; None for a former office holder, and for a role-only
    mention that finds nobody in the article."""
    if mention.former and not _still_holds(mention, ref, day):
        return None
    if mention.deputy and not _leads(mention, ref, day):
        return None
    if _acted_for(mention, ref, day):
        return None  # "نائب الرئيس الأمريكي دونالد ترامب", "مستشار الملك X": the leader an agent acts for
    if mention.person_id and mention.person_id in ref.people:
        known = ref.people[mention.person_id]
        if out_of_office(known, day) and (not _former_title(mention, ref) or before_offices(known, day)):
            return None  # a former leader; one named with today's title on a day of history
        if _only_deputy(ref.people[mention.person_id], day):
            return None  # a vice-president named in full is no leader: their contacts are no events
        # "الرئيس الأمريكي المنتخب X": named, but not (yet) holding the office the title names
        role = None if mention.not_holder else mention.role
        return _known(ref.people[mention.person_id], mention, day, original, role)
    if mention.role in NOT_LEADER_ROLES:
        return None  # "نائب رئيس الدولة": a deputy's office makes no party
    role = mention.role or "president"
    if role == "counterpart":
        role = other_role or "president"
    place = mention.country or mention.org
    if role == "leader":
        named_leader = _named_leader(place, day, named, ref)
        if named_leader is not None:  # "قادة مصر والسعودية" and "ولي العهد السعودي X" named: X
            return Participant(
                named_leader.person_id,
                named_leader.name_en,
                named_leader.name_ar,
                mention.country,
                original,
                None,
                mention.org,
            )
        role = leader_role(place, day, named, ref)
    if mention.incoming and not mention.former:
        person = incoming_holder(role, place, day, named, ref)
    elif mention.not_holder:
        person = None
    else:
        person = corefer(role, place, day, named, ref)
        if person is None and role == "president" and place:
            # "الرئيس" + adjective of a monarchy: the head of state named in the article.
            monarchs = (corefer(r, place, day, named, ref) for r in ("king", "emir", "sultan"))
            person = next((p for p in monarchs if p is not None), None)
    if person is None and place and day is not None and not mention.not_holder and not mention.role_only:
        person = country_holder(role, place, day, ref)
        if person is None and mention.role == "counterpart":
            # A chancellor's counterpart elsewhere is a prime minister, and the other way round.
            for alt in _role_map("counterpart_roles").get(role, ()):
                person = person or ref.holder_of(alt, place, day)
            if (
                person is None
                and role in _role_map("counterpart_roles")
                and not _head_of_government_later(role, place, day, ref)
            ):
                # a premier's "نظيره التركي" in a country whose president governs (no premier then or
                # since): its head of state
                person = ref.head_of_state(place, day)
        if person is None and role in _role_map("monarch_titles"):
            # "الملكة البريطانية": a reigning queen (or king) under the one monarch's title
            person = next(filter(None, (ref.holder_of(r, place, day) for r in _role_map("monarch_titles")[role])), None)
        if person is None and role == "president" and mention.org:
            # "رئيسة المفوضية الأوروبية": the head of the organisation under its own role
            person = next(filter(None, (ref.holder_of(r, place, day) for r in _org_president_roles())), None)
        if person is None and role == "president":
            person = ref.head_of_state(place, day)
    if person is not None:
        return Participant(
            person.person_id, person.name_en, person.name_ar, mention.country, original, role, mention.org
        )
    if mention.role_only or (mention.via_home and mention.unknown_name is None):
        return None  # "ولي العهد" / "جلالة الملك" with nobody of that office in the article
    if mention.unknown_name is None and place and vacant(role, place, day, ref):
        return None  # "الرئيس اللبناني" while the presidency stood vacant: nobody
    if mention.org and not any(org == mention.org for _, org in ref.holders):
        return None  # "رئيس البنك الدولي": an organisation whose heads the reference data lists as no leaders
    return Participant(None, None, mention.unknown_name or original, mention.country, original, role, mention.org)
