"""The extractor's pipeline for one article: scan -> mentions -> frames -> events -> attributes.

Decisions are taken once per article: mentions are read over the whole text first, so that title
mentions resolve by coreference with the people the article names; each trigger sentence makes a
frame; frames merge into events; the day, caller, sources and confidence are then set per event.

This module runs the steps; each step's rules live in a module of their own:

- frames per trigger sentence (``_frames``): ``main_frame`` (its reach, background cue and type),
  ``side_frames`` (other contacts the sentence tells);
- drafts per frame (``_drafts``): ``contact_tests`` (is it a leaders' contact, told already?),
  ``parties`` (who took part), ``days`` (its day), ``status`` (reported, planned, background),
  ``callers`` (who called; one contact or one per pair), ``trips`` (trips and their meetings);
- events (``to_event``): ``events``, ``initiator``, ``sources`` / ``attribution``, ``confidence``.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable, Iterator

from rasd.dates import DateMention, vague_after
from rasd.extract.article import Article, read_article, sentence_sources
from rasd.extract.attendees import (
    attended_contact,
    domestic,
    reception_joined,
    without_attendees,
    without_reception_line,
    without_successors,
)
from rasd.extract.attribution import (
    attach_continuations,
    attach_own_posts,
    contested_reports,
    dateline_sources,
    earlier_step_people,
    head_sources_for,
    official_sources,
    speaking_for,
)
from rasd.extract.callers import (
    asked_to_call,
    called_party,
    caller_of_pair,
    counts_several,
    each_of_callers,
    each_of_object,
    initiative_side,
    lone_of_list,
    meets_hosts,
    pronoun_object_hub,
    received,
    sentence_caller,
    told_joint,
    told_separate,
    vote_headline_caller,
)
from rasd.extract.confidence import (
    confidence,
    contested,
    evidence_of,
    fold_in_person_talks,
    fold_neutral_talks,
    told_as_other_kind,
)
from rasd.extract.contact_tests import (
    body_gathering,
    carrier_reception,
    joined_contact,
    listed_after,
    measured_from_told,
    non_leader_pair,
    non_leader_subject,
    objects_after_marker,
    one_side_after_with,
    plan_of_told_meeting,
    possessor_objects,
    praised_told,
    public_post,
    recalled_meeting,
    same_type_before,
    told_before,
    unnamed_gathering,
    untold_headline,
    visit_discussed,
    with_counterparts,
    without_carriers,
)
from rasd.extract.core_parties import core_parties, prior_contact, timing_contact_parties
from rasd.extract.days import (
    CALLS,
    follow_on_date,
    frame_date,
    headline_date,
    headline_day,
    history_date,
    later_clause,
    own_date,
    referred_date,
    setting_date,
)
from rasd.extract.events import Draft, Drafts, PeopleMap, assemble, hub_of, merge_or_add, participant_groups
from rasd.extract.frames import Frame, governing_date, main_trigger
from rasd.extract.initiator import event_initiator
from rasd.extract.lexicon import lexicon
from rasd.extract.main_frame import (
    cue_of_other_clause,
    list_end,
    meeting_at_visit,
    members_end,
    relative_gathering,
    talk_in_person,
    talks_at_visit,
    visit_to_person,
)
from rasd.extract.other_contacts import without_other_contacts
from rasd.extract.parties import article_people, frame_people, health_asked
from rasd.extract.party_positions import lone_subject, party_positions
from rasd.extract.refdata import ReferenceData, reference_data
from rasd.extract.referred_parties import (
    back_reference,
    cables_receiver,
    contact_told_before,
    lead_parties,
    pair_reference,
    people_before,
    pronoun_subject,
    refers_back,
    senders_receiver,
    similar_contact,
    similar_receiver,
    that_came,
)
from rasd.extract.side_frames import (
    carried_message,
    carrier_contact,
    clause_frames,
    coordinated,
    earlier_contacts,
    message_in_call,
    our_contact,
    reception_trip,
    trips_meetings,
)
from rasd.extract.sources import contextual_source, foreign_body, resolve_source_names
from rasd.extract.sources import source_line as trailing_source_line
from rasd.extract.status import (
    announced_plan,
    dating,
    held_form,
    more_status,
    moved_plan,
    pluperfect,
    pluperfect_subject,
)
from rasd.extract.trips import (
    arrival_day,
    destination_host,
    during_trip,
    envoy_of,
    guest_met,
    host_elsewhere,
    host_met,
    planned_trip_day,
    trip_of_meeting,
    trip_to_host,
    trip_told_on,
    visitor_and_host,
    visitor_met,
    visits_met,
)
from rasd.records import EXTRACTOR_VERSION, Event, Participant, SourceRef, Span, participant_key

# Told each frame a rule of ``_drafts`` skips (``extract_events(drops=...)``, bench/drop_reasons.py):
# the rule's name, the article, the frame and the people read so far (None when the rule skips the
# frame before its people are read).
DropRecorder = Callable[[str, Article, Frame, PeopleMap | None], None]


def _no_drops(rule: str, a: Article, f: Frame, people: PeopleMap | None) -> None:
    """The recorder of an extraction that records no skipped frame."""


_TOPIC, _BACKGROUND_CUE = frozenset({"topic"}), frozenset({"background_cue"})


def _frames(a: Article) -> list[Frame]:
    out = []
    for s_index in a.trigger_sentences:
        lo, hi, heading = a.sentences[s_index]
        listed = list_end(a, s_index)
        if listed is not None:  # "تلقى الرئيس اتصالات من:" and one line per caller
            if not a.mentions.between(lo, hi):
                continue  # the listed callers are one side: with nobody before the colon, no contact
            hi, heading = listed, False
        else:  # "التقى X عددا من القادة. من بين هؤلاء الرئيس Y": X met Y
            hi = members_end(a, s_index) or hi
        inside = a.index.between(lo, hi)
        triggers = a.triggers[s_index]
        s_dates = a.dates.between(lo, hi)
        trigger, status = main_trigger(a.norm, inside, triggers, lo, s_dates)
        out.append(
            Frame(
                sentence=s_index,
                type=trigger.entry.value,
                status=status,
                trigger=trigger,
                entities=a.mentions.between(lo, hi),
                date=governing_date(a.norm, s_dates, trigger),
                sources=sentence_sources(a, lo, hi),
                topics=[(m.entry.value, m.word_start, m.end) for m in a.index.of_kinds(_TOPIC).between(lo, hi)],
                background_cue=any(
                    not cue_of_other_clause(a, m, trigger, triggers)
                    for m in a.index.of_kinds(_BACKGROUND_CUE).between(lo, hi)
                )
                or (not a.mentions.between(lo, hi) and pluperfect(a, lo, trigger)),
                heading=heading,
                lo=lo,
                hi=hi,
            )
        )
        sentence_frame = out[-1]
        if (
            talks_at_visit(a, out[-1])
            or visit_to_person(a, out[-1])
            or talk_in_person(a, out[-1], triggers, inside)
            or meeting_at_visit(a, out[-1])
        ):
            out[-1] = dataclasses.replace(out[-1], type="meeting")  # the meeting itself is reported
        out[-1] = relative_gathering(a, out[-1])
        main = out[-1]
        out += carried_message(a, out, triggers, inside)
        out += carrier_contact(a, out[-1], triggers)
        out += message_in_call(a, out[-1], triggers)
        out += coordinated(a, out, triggers, inside)
        out += clause_frames(a, out[-1], triggers, inside)
        out += trips_meetings(a, main, out[-1], triggers)
        out += reception_trip(a, out[-1], triggers)
        out += earlier_contacts(a, sentence_frame, triggers)
        out += our_contact(a, out, triggers, inside)
    return out


def _drafts(a: Article, frames: list[Frame], drops: DropRecorder | None = None) -> list[Draft]:
    skip = drops or _no_drops
    drafts = Drafts()
    trips: list[tuple[Frame, Draft]] = []  # planned visits that name the visitor only
    trips_told: list[tuple[Frame, Draft]] = []  # ... all of them, also those a meeting took as its visit
    headline: dict[str, DateMention] = {}  # the day a headline gives its contact, by type
    told_present: set[str] = set()  # ... when the headline tells it in the present ("X يستقبل Y الأحد")
    told: set[str] = set()  # the types of contact the body told so far
    headline_caller: dict[str, str | None] = {}  # the caller a headline presents ("X يتلقى اتصالا من Y")
    for f in _and_untold_headlines(a, frames, drafts, skip):
        f = without_other_contacts(a, without_carriers(a, f))
        more = more_status(a, f)
        if more != f.status:  # frames are never changed in place: share the unchanged one
            f = dataclasses.replace(f, status=more)  # type: ignore[arg-type]
        if f.heading and f.date is not None and headline_day(a, f):
            if f.status != "reported" and CALLS.get(f.type, f.type) not in headline:
                told_present.add(CALLS.get(f.type, f.type))
            headline.setdefault(CALLS.get(f.type, f.type), f.date)
        if (
            f.heading
            and f.status == "reported"
            and f.type in ("phone_call", "video_call")
            and "call" not in headline_caller
        ):
            _, head_spans = frame_people(a, f, a.pub)
            headline_caller["call"] = sentence_caller(a, f, head_spans)
        if f.heading:  # the body tells the headline's contact; if it does not, ``_and_untold_headlines``
            continue
        if f.status in ("refused", "hypothetical"):  # declined, tried in vain, only wished
            skip(f.status, a, f, None)
            continue
        if public_post(a, f):  # "وجه رسالة عبر حسابه على منصة إكس": a public post, no contact
            skip("public post", a, f, None)
            continue
        if visit_discussed(a, f, drafts):  # "بحثا زيارة الأخير إلى إسرائيل": the topic of talks, no trip
            skip("visit discussed", a, f, None)
            continue
        if CALLS.get(f.type, f.type) in told and (measured_from_told(a, f) or praised_told(a, f)):
            skip("measured from or praised told", a, f, None)
            continue  # "وقبل الزيارة بأيام، وصف X الزيارة بأنها ...", "شكره لحسن استقبال": the contact told before
        if non_leader_pair(a, f):  # "كان وزيرا اقتصاد البلدين قد أجريا لقاء": no leaders' contact
            skip("non-leader pair", a, f, None)
            continue
        if with_counterparts(a, f):  # "اجتماع تشاوري مع نظرائهما العرب": a gathering of many
            skip("with counterparts", a, f, None)
            continue
        if body_gathering(a, f):  # "الاجتماع الاستثنائي لوزراء الخارجية": a body's gathering
            skip("body gathering", a, f, None)
            continue
        date = frame_date(a, f, drafts)
        if date is None and f.status == "reported":
            date = (
                referred_date(a, f, drafts)
                or setting_date(a, f)
                or follow_on_date(a, f, drafts)
                or (
                    headline_date(f, told, headline)
                    if CALLS.get(f.type, f.type) not in told_present or held_form(a, f)
                    else None
                )
                or history_date(drafts)
            )
        trip_day = during_trip(a, f, trips)
        if trip_day is not None:  # "يلتقي خلال الزيارة": a meeting of the trip to come, on its day
            f = dataclasses.replace(f, status="planned")
            date = date if date and date.date else trip_day
        day = date.date if date and date.date else a.pub
        people, spans = frame_people(a, f, day)
        earlier = bool(drafts.shared)
        named = people
        core = party_positions(a, f, core_parties(a, f, people), spans)
        # "كما حضر اللقاء Z": who else was at the contact just reported (also after "في": "شارك في الاجتماع")
        attended = attended_contact(a, f, core, drafts, day) if earlier or contact_told_before(a, f) else None
        # "خلال اللقاء" tells on a contact told before, also one that made no event (a non-leader's)
        told_again = (earlier or contact_told_before(a, f)) and back_reference(a, f) and not carrier_reception(a, f)
        # "تسلم X رسالة من Z. جاء ذلك خلال لقائه الوزير Y": the occasion of what was told, a contact of its
        # own when no contact of its type was told before, not that contact told again
        told_again = told_again and not (that_came(a, f) and CALLS.get(f.type, f.type) not in told)
        people = attended if attended is not None else ({} if told_again else core)
        people = without_successors(a, without_attendees(a, f, timing_contact_parties(a, f, people), day), day)
        people = without_reception_line(a, f, people, day)
        people = (reception_joined(a, f, people, drafts, day) if earlier else None) or people
        if told_before(a, f, people, drafts):
            skip("told before", a, f, people)
            continue
        prior = prior_contact(a, f, named, people)
        if not earlier and len(people) >= 2:
            people = joined_contact(a, f, people, day)
        if len(people) < 2 and that_came(a, f):  # "جاء ذلك في اتصال هاتفي": the sentence before
            before = people_before(a, f, day)
            if f.type == "meeting" and before and not same_type_before(a, f):
                # "تسلم X رسالة من Z. جاء ذلك خلال لقائه Y": the first-named one's meeting with Y,
                # never a meeting of the message's two ends
                first = min(before, key=lambda k: before[k][1])
                before = {first: before[first]}
            people = {**before, **people}  # the frame's own party ("أجراه مع Y") joins them
            # their mentions there are where the caller of "اتصال أجراه / تلقاه" is read
            seen = {key for _, _, key in spans}
            spans = sorted(spans + [(x, y, key) for key, (_, x, y) in people.items() if key not in seen and x < f.lo])
        similar_hub = None
        cable_sender = None  # "وجاء في برقية X" after "تلقى Z برقيات": X sent it
        if len(people) < 2 or f.type == "message":
            similar = similar_contact(a, f, people, drafts) or senders_receiver(a, f, people, drafts)
            similar_hub = similar_receiver(people, similar) if similar else None
            if similar is None:
                similar = cables_receiver(a, f, people, drafts)
                cable_sender = next(iter(people)) if similar else None
            people = similar or people
        if len(people) < 2 and not earlier:
            people = lead_parties(a, f, people, day) or people
        if len(people) == 1:  # also after other contacts ("كما أجرى الملك Y اتصالا للاطمئنان على صحة Z")
            people = health_asked(a, f, people, day) or people
        if not people:
            people = recalled_meeting(a, f, date, drafts) or people
        if len(people) < 2:
            pair = pair_reference(a, f, drafts, day, people)
            if pair is not None and set(people) <= set(pair):  # nobody outside the pair is named
                people = pair
        if people and not earlier:
            people = listed_after(a, f, people, drafts) or people
        if len(people) == 1 or (len(people) > 1 and set(people) <= set(named)):
            people = pronoun_subject(a, f, people, drafts, day) or people
            seen = {key for _, _, key in spans}  # "كما أجرى الرئيس اتصالا": the title is the caller's mention
            spans += [(x, y, key) for key, (_, x, y) in people.items() if key not in seen and f.lo <= x < f.hi]
        if len(people) >= 2 and (one_side_after_with(a, f, people) or objects_after_marker(a, f, people)):
            skip("one side after with or marker", a, f, people)
            continue  # "لقاءات عقدها المبعوث مع الرئيس A ووزير B": the others met one subject, not each other
        if unnamed_gathering(a, f, people):
            skip("unnamed gathering", a, f, people)
            continue  # "قمة بمشاركة الرئيس X وقادة دول المنطقة": not all its parties are named
        if possessor_objects(a, f, people):
            skip("possessor objects", a, f, people)
            continue  # "جولته التي تشمل لقاءه قادة A وB": those he meets, not a meeting of theirs
        if f.type == "meeting" and len(people) >= 2 and non_leader_subject(a, f, people):
            skip("non-leader subject", a, f, people)
            continue  # "التقى المبعوث X الرئيس A، ثم الرئيس B": each leader met the envoy
        met = visitor_met(a, f, people, trips) if people and f.type == "meeting" else None
        if met is None and len(people) == 1 and f.type == "meeting":
            people = guest_met(a, f, people, drafts) or host_met(f, people, drafts) or people
        people = met or people
        # the day of the trip the visitor's meetings to come are told in, taken before the first of
        # them turns that trip into its visit (``trip_of_meeting``): each meeting without a day has it
        trip_day = trips[-1][1].date if met is not None else None
        if trip_day is None and not (date and date.date) and people:
            trip_day = planned_trip_day(a, f, people, trips_told)  # "كما سيجتمع X أيضا مع Z": the trip's next meeting
        if date is None and f.status == "reported" and f.type == "meeting" and not f.background_cue:
            date = arrival_day(a, f, people, trips)  # "وصل X أمس إلى القاهرة. واستقبله Y في المطار"
            day = date.date if date and date.date else day
        if f.type == "visit" and people and envoy_of(a, f, people):
            skip("envoy", a, f, people)
            continue  # "بتكليف من الرئيس X غادر مبعوثه ... متوجها إلى": the envoy's trip
        # "أطلعه على نتائج زيارة الرئيس X أمس إلى موسكو": the traveller and the destination's leader
        hosted = destination_host(a, f, people, drafts) if f.type == "visit" and len(people) >= 2 else None
        if hosted is None and f.type == "visit":
            hosted = visitor_and_host(a, f, people)  # "X الذي زار تونس قال إن ... الرئيس Z": Z is X's own
        if hosted is not None:
            people = hosted
        elif f.type == "visit" and len(people) >= 2 and host_elsewhere(a, f, people):
            skip("host elsewhere", a, f, people)
            continue  # "مؤتمر بالفيديو بين X وY بعد زيارة X للهند": a trip to a country neither leads
        if len(people) == 1 and f.type == "visit" and f.status in ("planned", "reported") and not f.background_cue:
            status, background, basis = dating(a, f, date)
            if status in ("planned", "reported") and not background:
                trip = Draft("visit", status, background, people, date if date and date.date else None, basis)
                trips.append((f, trip))
                trips_told.append((f, trip))
        if len(people) < 2 <= len(named):
            skip("fewer than two left", a, f, named)
        caller = (
            cable_sender or initiative_side(a, f, people) or asked_to_call(a, f, people) or sentence_caller(a, f, spans)
        )
        called = called_party(a, f, spans) if caller is None else None
        # those who attended one contact ("كما حضر حفل الاستقبال A وB") were at it together
        # separate contacts and counted ones split a list of three or more only (``_groups``): for a
        # pair, neither is read
        several = len(people) > 2
        # one subject and a list of partners ("استقبل X كلا من A وB"): one meeting each, unless told joint
        lone = lone_subject(a, f, people, spans) if several and attended is None else None
        separate = several and (told_separate(a, f, lone) or (attended is None and meets_hosts(a, f, people)))
        counted = several and counts_several(a, f)
        shared = each_of_object(a, f, people) if counted and len(people) > 2 else None
        if shared is None and len(people) > 2:
            shared = each_of_callers(a, f, people)
        if shared is None and similar_hub is not None:
            shared, caller = similar_hub, None  # "وبعث A وB ببرقيتين مماثلتين": one each to the receiver
        callee = pronoun_object_hub(a, f, people) if shared is None else None
        if callee is not None:
            shared, caller = callee, None  # "اتصل به A وB": each one called the hub
        if shared is not None:  # "هنأ كل من A وB الرئيس C في اتصالين": one contact each with C
            groups = [{shared: people[shared], k: v} for k, v in people.items() if k != shared]
        else:
            groups = _groups(a, f, people, separate, caller, counted, lone)
        if prior:  # "بعد مباحثات أجراها في شكل منفصل مع X وY": the subject's other contacts
            hub = hub_of(people, f.trigger.word_start, caller) if len(people) > 1 else next(iter(people))
            groups += participant_groups({hub: people[hub], **prior}, True, f.trigger.word_start, None)
        for group in groups:
            if domestic(a, group, day):  # one government's people: no diplomatic contact
                skip("domestic", a, f, group)
                continue
            own = own_date(a, f, group, groups, date) if len(groups) > 1 else date
            if trip_day is not None and not (own and own.date):
                own = trip_day  # "يتوجه X غدا إلى طهران ... يلتقي خلالها Y وZ": the trip's day
            status, background, basis = dating(a, f, own)
            later = later_clause(a, f, group, groups) if status == "reported" and len(groups) > 1 else None
            if later is not None:
                # "، ويجتمع لاحقا مع C": met later, on a day the clause names, else the publication's
                own = own if own is not None and own.date and own.start >= later else None
                status, background, basis = dating(a, f, own)
                status = "planned"
            d = Draft(f.type, status, background, group, own if own and own.date else None, basis)
            d.explicit_day = bool(own and own.date and own.basis == "explicit")
            d.split = len(group) < len(people)
            d.joint = len(group) > 2 and told_joint(a, f)
            d.refers_back = refers_back(a, f)
            d.held = status == "reported" and not background and held_form(a, f)
            d.announced = status == "planned" and announced_plan(a, f)
            d.moved = status == "planned" and moved_plan(a, f)
            d.pluperfect = status == "reported" and pluperfect_subject(a, f)
            d.purpose = a.norm[f.trigger.word_start : f.trigger.start].lstrip("وف").startswith("ل")
            d.day_background = background and not f.background_cue and not pluperfect_subject(a, f)
            d.needs_publication = a.pub is None and not (own and own.date)
            d.vague_day = not (own and own.date) and vague_after(a.norm, f.trigger.end, f.hi)
            d.triggers.append(f.trigger)
            d.sentences.append(f.sentence)
            pair_caller = caller_of_pair(a, f, spans, caller, group) if len(group) < len(people) else caller
            if pair_caller is None and caller is None and len(group) == 2 < len(people) and received(a, f):
                pair_caller = list(group)[1]  # "تلقى X سلسلة من الاتصالات من A وB": each caller phoned X
            if pair_caller is None and similar_hub is not None and shared == similar_hub and len(group) == 2:
                pair_caller = next(k for k in group if k != shared)  # "وبعث A وB ببرقيتين مماثلتين": each sent his
            if pair_caller is None and callee in group and len(group) == 2:
                pair_caller = next(k for k in group if k != callee)  # "اتصل به A وB": A called, B called
            if pair_caller is None and caller is None and len(group) == 2 and called in group:
                pair_caller = next(k for k in group if k != called)  # "أنه أجرى مكالمة مع X": the other one
            d.initiators.append(pair_caller)
            for src, lo, hi in f.sources:
                d.sources.setdefault(src.name_en, (src, lo, hi))
            for label, lo, hi in f.topics:
                d.topics.setdefault(label, (lo, hi))
            if plan_of_told_meeting(a, f, d, drafts):
                skip("plan of told meeting", a, f, group)
                continue
            merge_or_add(drafts, d)
            told.add(CALLS.get(d.type, d.type))
            visit = trip_of_meeting(a, f, d, trips, met is not None)
            if visit is not None:
                merge_or_add(drafts, visit)
    everyone: PeopleMap | None = None  # the people the whole article names, read once when needed
    for trip_frame, trip in trips:  # trips no meeting sentence gave a host: the host by the destination
        if everyone is None and trip.status == "planned":
            everyone = article_people(a)
        visit = trip_to_host(a, trip_frame, trip, drafts, everyone)
        if visit is not None and not trip_told_on(visit, drafts):
            merge_or_add(drafts, visit)
    vote_headline_caller(drafts, headline_caller.get("call"))
    neutral = lexicon().medium_neutral_talks
    return fold_neutral_talks(fold_in_person_talks(a, visits_met(a, drafts), neutral), neutral)


def _and_untold_headlines(a: Article, frames: list[Frame], drafts: Drafts, skip: DropRecorder) -> Iterator[Frame]:
    """The frames, then, once the body's are drafted, each headline frame whose contact the body does
    not tell (``untold_headline``), read as a body sentence: after the body's contacts, so that those
    come first and the headline's pairs the body told merge with them."""
    yield from frames
    for f in frames:
        if not f.heading:
            continue
        if f.status not in ("refused", "hypothetical") and untold_headline(a, f, drafts):
            yield dataclasses.replace(f, heading=False)
        else:
            skip("headline", a, f, None)


def _groups(
    a: Article,
    f: Frame,
    people: PeopleMap,
    separate: bool,
    caller: str | None,
    counted: bool = False,
    lone: str | None = None,
) -> list[PeopleMap]:
    """The events of one frame's people: separate pairs or one group, except that a list of leaders
    ("تحدث إلى قادة بريطانيا وكندا وفرنسا") is one call with them even beside separate ones ("بعد
    مباحثات أجراها في شكل منفصل مع X وY"); not when the contact word itself counts several contacts
    ("في اتصالين هاتفيين مع قادة الإمارات والبحرين") or is a cable (one each: "برقيات من قادة ...")."""
    caller = lone or caller  # the one subject of a list of partners is every pair's (``lone_subject``)
    joint_at = {e.start for e in f.entities if e.joint}
    joint = {k for k, (_, start, _) in people.items() if start in joint_at}
    if not separate or len(joint) < 2 or counted or f.type == "message":
        if separate and caller not in people:  # "التقى A وB الملك C، كل على حدة": C met each
            caller = lone_of_list(a, people) or caller
        return participant_groups(people, separate, f.trigger.word_start, caller)
    if len(people) - len(joint) < 2:
        return [people]
    rest = {k: v for k, v in people.items() if k not in joint}
    groups = participant_groups(rest, True, f.trigger.word_start, caller)
    hub = hub_of(rest, f.trigger.word_start, caller)
    return [*groups, {hub: people[hub], **{k: v for k, v in people.items() if k in joint}}]  # text order, not set order


def extract_events(
    text: str,
    published: str | dt.date | None = None,
    source_line: str | None = None,
    ref: ReferenceData | None = None,
    home_country: str | None = None,
    drops: DropRecorder | None = None,
) -> list[Event]:
    """Events in one cleaned article. ``published`` anchors relative dates (None: events whose day
    depends on it get no date and the flag ``date_needs_publication``); ``home_country`` (the
    outlet's country) resolves offices named without a country ("جلالة الملك") when the text has
    no dateline that says otherwise; ``drops``, when given, is told each frame a rule skips."""
    a = read_article(text, published, ref or reference_data(), home_country)
    final = contested_reports(assemble(_drafts(a, _frames(a), drops)))
    attach_continuations(a, final)
    attach_own_posts(a, final)
    line = source_line or trailing_source_line(text)
    line_refs = resolve_source_names(line, a.ref) if line else []
    dateline = dateline_sources(a)
    officials = official_sources(a)
    earlier = earlier_step_people(a, officials)
    other_kind = told_as_other_kind(final, a.pub)
    return [
        to_event(
            d,
            a,
            line_refs,
            head_sources_for(d, dateline, a) + speaking_for(d, officials, a.ref, a.home, earlier),
            i in other_kind,
            len(final),
        )
        for i, d in enumerate(final)
    ]


def _caller_and_flags(d: Draft, participants: list[Participant]) -> tuple[str | None, list[str]]:
    """The event's initiator and its warning flags."""
    initiator, conflict = event_initiator(d.initiators, {participant_key(p) for p in participants})
    flags = []
    if d.needs_publication:
        flags.append("date_needs_publication")
    if conflict:
        flags.append("initiator_conflict")
    if d.date and d.date.month_conflict:
        flags.append("date_conflict")
    return initiator, flags


def to_event(
    d: Draft,
    a: Article,
    line_refs: list[SourceRef],
    dateline: list[tuple[SourceRef, int, int]],
    other_kind: bool = False,
    n_events: int = 1,
) -> Event:
    # Assembles one Event field by field with its evidence spans (the ``span`` closure keeps the
    # offset map in one place); a straight sequence with no branching worth a function of its own.
    nt, pub = a.nt, a.pub
    evidence: list[Span] = []

    def span(kind: str, x: int, y: int) -> None:
        ox, oy = nt.to_original(x, y)
        evidence.append(Span(kind, ox, oy, nt.original[ox:oy]))

    for t in d.triggers:
        span("trigger", t.word_start, t.end)
    participants: list[Participant] = []
    for p, x, y in d.participants.values():
        span("participant", x, y)
        participants.append(p)
    if d.date is not None:
        span("date", d.date.start, d.date.end)
    sources: list[SourceRef] = []
    for src, x, y in list(d.sources.values()) + dateline:
        if src.kind.startswith("pending:"):
            resolved = contextual_source(src, participants, a.ref, d.date.date if d.date else pub, a.home)
            if resolved is None:
                continue
            src = resolved
        if any(s.name_en == src.name_en for s in sources) or foreign_body(
            src, participants, a.ref, d.date.date if d.date else pub
        ):
            continue
        span("source", x, y)
        sources.append(SourceRef(src.name_en, nt.original_span_text(x, y), src.kind))
    for line_ref in line_refs:
        by_line: SourceRef | None = line_ref
        if line_ref.kind.startswith("pending:"):
            by_line = contextual_source(line_ref, participants, a.ref, d.date.date if d.date else pub, a.home)
        if (
            by_line
            and all(s.name_en != by_line.name_en for s in sources)
            and not foreign_body(by_line, participants, a.ref, d.date.date if d.date else pub)
        ):
            sources.append(by_line)
    for x, y in d.topics.values():
        span("topic", x, y)
    date = d.date.date if d.date else (None if d.needs_publication else pub)
    basis = d.date_basis
    if d.status != "reported" and d.date is not None and d.date.said and date == pub:
        # "نفى الكرملين اليوم أن يكون بوتين تحدث مع X": the day of the denial, of the plan's announcement,
        # not of a contact that took place; the contact has no day of its own
        basis = "published"
    initiator, flags = _caller_and_flags(d, participants)
    if contested(a, d):
        flags.append("contested")
    not_call = d.type not in ("phone_call", "video_call")
    score = confidence(
        evidence_of(a, d, participants, len(sources), initiator is not None or not_call, flags, n_events, other_kind)
    )
    return Event(
        type=d.type,
        status=d.status,
        background=d.background,
        date=date.isoformat() if date else None,
        date_basis=basis,
        participants=participants,
        sources=sources,
        topics=list(d.topics),
        evidence=evidence,
        extractor_version=EXTRACTOR_VERSION,
        date_conflict=d.date.month_conflict if d.date else None,
        initiator=initiator,
        confidence=score,
        flags=flags,
    )
