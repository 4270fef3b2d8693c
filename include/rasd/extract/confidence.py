"""How much an event's evidence supports it, as a number in [0, 1].

The score adds up independent pieces of evidence (documented in README, "rasd extract"), each with
its weight in ``rasd/data/confidence.yaml`` (the one home of the figures; the key of each is named
below); the warehouse builds ``calls`` from events at or above 0.5, so an event needs, beside its
trigger, its people resolved and at least one more piece of direct evidence (parties next to the
trigger, a caller, a day in the text) to count:

* ``base`` for a contact trigger with at least two participants (every emitted event has it);
* ``news_trigger`` when a trigger states the contact as news: a verb or an indefinite noun ("أجرى اتصالا",
  "تلقى برقية"), not only a definite noun that refers back to a contact told elsewhere ("الاتصال",
  "اللقاء", "المكالمة");
* up to ``resolved_weight`` for the share of participants resolved to people of the reference data and named
  in the article (a person known only through an office on the day, "ولي العهد" with nobody of
  that office named, counts ``office_only_share``; an unknown name that passed the name test
  ``unknown_name_share``);
* ``near`` when every participant is written close to one of the event's triggers (within
  ``near_chars``: "أجرى X اتصالا هاتفيا مع Y"), ``mid`` when within ``mid_chars``, nothing when a
  participant comes from another sentence (coreference, "الجانبان", the sentence before);
* ``caller`` when the text presents the caller or the sender ("X called Y", "Y received a call from X"),
  or the contact is a meeting or visit (which have no caller);
* ``date_from_text`` when the day comes from the text (a date, "أمس", a weekday),
  ``date_published`` when it is the publication day, 0 when unknown;
* ``repeated`` when more than one sentence states the contact, ``sourced`` when a source is named;
* ``dated_background`` for a call (phone or video) mentioned in passing with a day number of its own and
  no warning flag ("في 27 مارس أجرى X اتصالا مع Y"): a dated earlier call, not a vague recollection;
minus ``flag_penalty`` when the event carries a warning flag (date conflict, initiator conflict, a day that
needs the missing publication date, ``contested``: another sentence of the article denies or doubts
a contact of the same kind, see ``contested``); minus ``weak_kind_penalty`` for each of these weaker
kinds of evidence: a
contact mentioned in passing (``background``: told in a clause of another story, its day and
parties are least certain), more than two participants (a list often mixes the parties with
people only mentioned) unless the text says the contact brought them together ("جمع", "ثلاثي",
"بين X وY وZ"), a ``visit`` (news reports a trip more often than the contact itself), a
meeting or visit told aside (see ``told_aside``: not in the article's lead contact sentence and
without a written date of its own; on the development sets such events were mostly the purpose
of a trip, a plan, or the lead contact retold, and only rarely a meeting that took place);
minus a further ``compound_doubt_penalty`` when two or more doubts about the parties meet in one event (``background``,
more than two participants, told aside, ``contested``: a meeting of three told aside, a contested
meeting told aside); a visit told aside is no such pair (a trip is often told aside);
minus a further ``undated_trip_penalty`` for a visit with no day in the text (publication day or none): on the
development sets such trips were announced or ongoing ("يصل ... في زيارة", "زيارة إلى ...") or the
meeting of the trip, not a trip that took place on the publication day;
at most ``other_kind_cap`` (below the calls threshold) when another event tells the same contact, of the same
people on the same day, as a kind of higher rank (``kind_rank``, ``told_as_other_kind``: "talks" beside "a phone
call", a meeting beside the messages exchanged in it, a trip beside its meeting).

The evidence of an event is one typed record (``Evidence``, built by ``evidence_of`` where the event
is assembled); it also carries structural evidence the sum does not use (lead sentence, heading, a
date in the contact's sentences, how many events the article tells, the status) for
``bench/fit_confidence.py``, which fits a logistic regression on the development sets and validates
it leave-one-set-out against these weights. On extractor 0.12.0 the fit did not carry over (the
development sets hold too few wrong events: 33 of 635; a fitted model ranked held-out events worse
and let nearly every reported event into ``calls``; on the blind sets its calls precision fell), so
the weights stay set by hand; re-run the script when new untuned sets bring more wrong events.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from rasd.config import DATA_DIR, read_yaml
from rasd.extract.events import CALL_TYPES, absorb
from rasd.extract.lexicon import lexicon
from rasd.extract.main_frame import said_by_phone
from rasd.records import Participant

if TYPE_CHECKING:
    from rasd.extract.article import Article
    from rasd.extract.events import Draft

WEIGHTS_FILE = DATA_DIR / "confidence.yaml"
_W: dict[str, Any] = read_yaml(WEIGHTS_FILE)

BASE: float = _W["base"]
NEWS_TRIGGER: float = _W["news_trigger"]
RESOLVED_WEIGHT: float = _W["resolved_weight"]
UNKNOWN_NAME_SHARE: float = _W["unknown_name_share"]
OFFICE_ONLY_SHARE: float = _W["office_only_share"]
NEAR: float = _W["near"]
MID: float = _W["mid"]
NEAR_CHARS: int = _W["near_chars"]
MID_CHARS: int = _W["mid_chars"]
CALLER: float = _W["caller"]
DATE_FROM_TEXT: float = _W["date_from_text"]
DATE_PUBLISHED: float = _W["date_published"]
REPEATED: float = _W["repeated"]
SOURCED: float = _W["sourced"]
DATED_BACKGROUND: float = _W["dated_background"]
FLAG_PENALTY: float = _W["flag_penalty"]
WEAK_KIND_PENALTY: float = _W["weak_kind_penalty"]
COMPOUND_DOUBT_PENALTY: float = _W["compound_doubt_penalty"]
UNDATED_TRIP_PENALTY: float = _W["undated_trip_penalty"]
KIND_RANK: dict[str, int] = dict(_W["kind_rank"])
OTHER_KIND_CAP: float = _W["other_kind_cap"]
FROM_TEXT = frozenset({"explicit", "today", "yesterday", "weekday"})  # date bases the text gives
WARNING_FLAGS = frozenset({"date_conflict", "initiator_conflict", "date_needs_publication", "contested"})


def proximity(participant_spans: Sequence[tuple[int, int]], trigger_spans: Sequence[tuple[int, int]]) -> int:
    """How far the farthest participant is written from the nearest of the event's triggers, in
    characters between the two spans (0 when they touch or overlap); a large number without spans."""
    if not participant_spans or not trigger_spans:
        return 10**9
    return max(
        min(max(0, p_lo - t_hi, t_lo - p_hi) for t_lo, t_hi in trigger_spans) for p_lo, p_hi in participant_spans
    )


@dataclass(frozen=True)
class Evidence:
    """What an event's confidence is computed from (one record per event, built by ``evidence_of``)."""

    n_participants: int
    named_share: float  # share of participants resolved to people the article names
    office_share: float  # ... known only through an office on the day
    distance: int  # ``proximity`` of the participants to the triggers
    news_trigger: bool  # a trigger is a verb or an indefinite noun
    caller: bool  # the text presents the caller or sender
    date_basis: str
    date_in_sentence: bool  # a date is written in one of the event's sentences
    n_frames: int  # sentences that state the contact
    n_sources: int
    flags: tuple[str, ...]
    background: bool
    event_type: str
    status: str = "reported"
    aside: bool = False  # ``told_aside``
    joint: bool = False  # the text says the contact brought its several parties together
    other_kind: bool = False  # ``told_as_other_kind``
    in_lead: bool = False  # one of its sentences is the article's lead contact sentence
    in_heading: bool = False  # one of its sentences is a heading
    n_events: int = 1  # events the article tells
    purpose: bool = False  # what a trip is for ("وصل X إلى القاهرة للقاء Y")


def confidence(e: Evidence) -> float:
    """The event's confidence from its evidence (see the module docstring): ``distance`` is
    ``proximity`` of its participants to its triggers, ``news_trigger`` whether a trigger is a verb or
    an indefinite noun, ``aside`` from ``told_aside``, ``joint`` whether the text says the contact
    brought its several parties together (then more than two participants are no weaker evidence),
    ``other_kind`` from ``told_as_other_kind`` (then the score stays below the calls threshold)."""
    if e.n_participants < 2:
        return 0.0
    unknown = 1.0 - e.named_share - e.office_share
    resolved = e.named_share + OFFICE_ONLY_SHARE * e.office_share + UNKNOWN_NAME_SHARE * unknown
    score = BASE + RESOLVED_WEIGHT * resolved + (NEWS_TRIGGER if e.news_trigger else 0.0)
    score += NEAR if e.distance <= NEAR_CHARS else MID if e.distance <= MID_CHARS else 0.0
    score += CALLER if e.caller or e.event_type not in CALL_TYPES else 0.0
    if e.date_basis in FROM_TEXT:
        score += DATE_FROM_TEXT
    elif e.date_basis == "published":
        score += DATE_PUBLISHED
    score += REPEATED if e.n_frames > 1 else 0.0
    score += SOURCED if e.n_sources else 0.0
    if WARNING_FLAGS.intersection(e.flags):
        score -= FLAG_PENALTY
    elif e.background and e.date_basis == "explicit" and e.event_type in CALL_TYPES:
        score += DATED_BACKGROUND  # "في 27 مارس أجرى X اتصالا مع Y": an earlier call with its own day
    listed = e.n_participants > 2 and not e.joint  # a list the sentence does not say took part together
    # a trip told with no day in the text: an announced or ongoing trip more often than one that took place
    undated_trip = e.event_type == "visit" and e.date_basis not in FROM_TEXT
    weak = (e.background, listed, e.event_type == "visit", e.aside)
    score -= WEAK_KIND_PENALTY * sum(weak) + (UNDATED_TRIP_PENALTY if undated_trip else 0.0)
    # doubts about who took part that compound: a meeting of three told aside, a contested one told aside
    if e.background + listed + e.aside + ("contested" in e.flags) >= 2:
        score -= COMPOUND_DOUBT_PENALTY
    if e.other_kind:
        score = min(score, OTHER_KIND_CAP)
    return round(min(1.0, max(0.0, score)), 3)


def evidence_of(
    a: Article,
    d: Draft,
    participants: list[Participant],
    n_sources: int,
    caller: bool,
    flags: list[str],
    n_events: int,
    other_kind: bool,
) -> Evidence:
    """The evidence record of one event (``caller``: the text presents its caller or sender)."""
    named = frozenset(a.named)
    n = len(participants) or 1
    lead = next((i for i in a.trigger_sentences if not a.sentences[i][2]), None)
    dated = any(a.dates.between(a.sentences[i][0], a.sentences[i][1]) for i in d.sentences if i < len(a.sentences))
    return Evidence(
        n_participants=len(participants),
        named_share=sum(bool(p.person_id) and p.person_id in named for p in participants) / n,
        office_share=sum(bool(p.person_id) and p.person_id not in named for p in participants) / n,
        distance=proximity(
            [(x, y) for _, x, y in d.participants.values()], [(t.word_start, t.end) for t in d.triggers]
        ),
        news_trigger=any(
            not (t.entry.has_article or a.norm[t.word_start : t.start].endswith("ال")) for t in d.triggers
        ),
        caller=caller,
        date_basis=d.date_basis,
        date_in_sentence=dated,
        n_frames=len(d.sentences),
        n_sources=n_sources,
        flags=tuple(flags),
        background=d.background,
        event_type=d.type,
        status=d.status,
        aside=told_aside(a, d),
        joint=d.joint,
        other_kind=other_kind,
        in_lead=lead is not None and lead in d.sentences,
        in_heading=any(i < len(a.sentences) and a.sentences[i][2] for i in d.sentences),
        n_events=n_events,
        purpose=d.purpose,
    )


# Kinds of contact that a report mentions beside its main news (a trip's purpose, a planned summit).
ASIDE_TYPES = frozenset({"meeting", "visit"})


def told_aside(a: Article, d: Draft) -> bool:
    """Is the event a meeting or visit told aside: none of its sentences is the article's lead
    contact sentence (the first one outside headings) and it has no written date of its own?"""
    if d.type not in ASIDE_TYPES or d.explicit_day:
        return False
    lead = next((i for i in a.trigger_sentences if not a.sentences[i][2]), None)
    return lead is not None and lead not in d.sentences


# Contact kinds a denial covers together ("نفى حدوث مكالمة" doubts video calls as well).
_KIND = {"video_call": "phone_call"}


def contested(a: Article, d: Draft) -> bool:
    """Does a sentence of the article outside the event's own deny or doubt a contact of its kind
    ("جاء ذلك عقب نفي الوزير ما تردد عن ذلك اللقاء", "لا يستطيع تأكيد أو نفي")? Then a reported
    event of that kind is less certain: the article is about a disputed report."""
    if d.status != "reported":
        return False
    kind = _KIND.get(d.type, d.type)
    own = set(d.sentences)
    return any(i not in own and kind in kinds for i, kinds in _doubting_sentences(a))


def _doubting_sentences(a: Article) -> list[tuple[int, frozenset[str]]]:
    """The contact sentences with a denial or doubt cue and the kinds of contact they name
    (computed once per article, asked once per event)."""
    found = a.memo.get("doubting_sentences")
    if found is None:
        found = a.memo["doubting_sentences"] = [
            (i, frozenset(_KIND.get(t.entry.value, t.entry.value) for t in a.triggers[i]))
            for i in a.trigger_sentences
            if any(
                m.entry.kind in ("status_cue", "status_cue_after") and m.entry.value in ("denied", "unconfirmed")
                for m in a.index.between(a.sentences[i][0], a.sentences[i][1])
            )
        ]
    return found


# One contact told as two kinds ("أجرى X مباحثات مع Y" and "اتصل X بـ Y هاتفيا"), one home for both outcomes:
# ``fold_neutral_talks`` joins talks told in words that name no medium (``medium_neutral_talks``) to the
# call of the same people (the call says how they talked; nothing in the talks' words says otherwise),
# and ``told_as_other_kind`` keeps a contact told by a kind word of its own (a meeting's place, a trip)
# but doubts it below the calls threshold. They differ on purpose: the fold removes a draft, so it asks
# more (medium-neutral words only, a reported call told as news) and allows the call's announcement a
# day later (``TALKS_CALL_DAYS``); the cap only lowers a score, and asks the same day and status.
TALKS_CALL_DAYS = 1


def fold_neutral_talks(drafts: list[Draft], neutral: frozenset[str]) -> list[Draft]:
    """A reported meeting told only in words that do not say how the leaders talked (``neutral``
    trigger keys: "أجرى X مباحثات مع Y") is the reported call the article tells between the same
    leaders on a near day ("وتحدث X مع Y هاتفيا أمس"): one contact, the call (its day and type stay
    the call's; it takes the meeting's sources). So are planned talks and the planned call ("سيجري X
    محادثات مع Y" then "سيجري محادثات هاتفية مع Y"): the plan of one contact."""
    calls = [d for d in drafts if d.type in CALL_TYPES and d.status in ("reported", "planned") and not d.background]
    if not calls:
        return drafts
    out: list[Draft] = []
    for d in drafts:
        if (
            d.type == "meeting"
            and d.status in ("reported", "planned")
            and d.triggers
            and all(t.entry.key in neutral for t in d.triggers)
        ):
            call = next(
                (
                    c
                    for c in calls
                    if c.status == d.status and set(c.participants) == set(d.participants) and _near_days(c, d)
                ),
                None,
            )
            if call is not None:
                for key, src in d.sources.items():
                    call.sources.setdefault(key, src)
                continue
        out.append(d)
    return out


def fold_in_person_talks(a: Article, drafts: list[Draft], neutral: frozenset[str]) -> list[Draft]:
    """A reported call told only in talk words that also name a talk in person ("أجرى محادثة ممتازة
    مع Y", ``in_person_talk_words``; never with "هاتفيا" after them) and a reported meeting of the same
    two told in a word of meeting ("عقد اجتماعا مع X", "اللقاء"; not only ``neutral`` talks words) on
    a near day: one contact, told first as a talk and then as the meeting it was, a meeting (the mirror
    of ``fold_neutral_talks``). It keeps the day of the one told first: the lead tells the contact's
    day, a later sentence often the day of a statement or post that retells it."""
    talk_words = lexicon().in_person_talk_words
    talks = [
        d
        for d in drafts
        if d.type == "phone_call"
        and d.status == "reported"
        and not d.background
        and d.triggers
        and all(
            t.entry.key in talk_words and not said_by_phone(a.triggers.get(s, []), t)
            for t, s in zip(d.triggers, d.sentences, strict=False)
        )
    ]
    if not talks:
        return drafts
    gone: set[int] = set()
    for talk in talks:
        meeting = next(
            (
                m
                for m in drafts
                if m.type == "meeting"
                and m.status == "reported"
                and not m.background
                and set(m.participants) == set(talk.participants)
                and any(t.entry.key not in neutral for t in m.triggers)
                and _near_days(m, talk)
            ),
            None,
        )
        if meeting is None:
            continue
        first, then = (talk, meeting) if min(talk.sentences) <= min(meeting.sentences) else (meeting, talk)
        first.type = "meeting"
        absorb(first, then)
        gone.add(id(then))
    return [d for d in drafts if id(d) not in gone]


def _near_days(one: Draft, other: Draft) -> bool:
    """Are the two drafts' days at most TALKS_CALL_DAYS apart (an undated one is near any)?"""
    if one.date is None or other.date is None or one.date.date is None or other.date.date is None:
        return True
    return abs((one.date.date - other.date.date).days) <= TALKS_CALL_DAYS


def told_as_other_kind(drafts: Sequence[Draft], pub: dt.date | None) -> set[int]:
    """The indexes of the drafts that tell, as a kind of lower rank (``kind_rank`` in
    ``data/confidence.yaml``), a contact another draft tells of the same people on the same day
    ("مباحثات" and "اتصال هاتفي" between the same two; a meeting and the messages exchanged in it; a
    trip and the meeting of that trip), with the same status (a call that arranged a meeting tells
    two contacts: a planned one and one held). A draft dated only by the day a statement
    reported it ("أعلن الكرملين اليوم إجراء مباحثات") has no day of its own and matches on its people.
    A denied or doubted contact tells no other."""
    ranks: dict[tuple[frozenset[str], str], list[tuple[dt.date | None, int]]] = {}
    for d in drafts:
        if len(d.participants) >= 2 and d.status in ("reported", "planned"):
            ranks.setdefault((frozenset(d.participants), d.status), []).append((_day(d, pub), KIND_RANK.get(d.type, 0)))
    out = set()
    for i, d in enumerate(drafts):
        rank, day, said = KIND_RANK.get(d.type, 0), _day(d, pub), bool(d.date and d.date.said)
        if any(
            r > rank and (said or (day is not None and day == other))
            for other, r in ranks.get((frozenset(d.participants), d.status), ())
        ):
            out.add(i)
    return out


def _day(d: Draft, pub: dt.date | None) -> dt.date | None:
    """The draft's day as its event will carry it: its own, else the publication day (unless it needs one)."""
    return d.date.date if d.date else (None if d.needs_publication else pub)
