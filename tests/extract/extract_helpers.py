"""Small readings of extracted events that many test modules of tests/extract share (one home)."""

from __future__ import annotations

from rasd.extract import extract_events
from rasd.extract.confidence import Evidence, confidence
from rasd.records import Event, Participant, participant_key


def people(event: Event) -> list[str]:
    """The event's participants by English name, or "?country:Arabic name" when unresolved, sorted."""
    return sorted(p.name_en or f"?{p.country}:{p.name_ar}" for p in event.participants)


def shapes(events: list[Event]) -> list[tuple[str, str, tuple[str, ...]]]:
    """(type, status, participants) per event, sorted: what a test of event grouping compares."""
    return sorted((e.type, e.status, tuple(people(e))) for e in events)


def sources(text: str, published: str = "2024-05-14") -> set[str]:
    """The English names of every source of every event extracted from ``text``."""
    return {s.name_en for e in extract_events(text, published) for s in e.sources}


def names(event: Event) -> frozenset[str]:
    """The event's participants by English name ("" when unresolved)."""
    return frozenset(p.name_en or "" for p in event.participants)


def caller(event: Event) -> str | None:
    """The English name of the participant the event's initiator key names (the caller), or None."""
    return next((p.name_en for p in event.participants if participant_key(p) == event.initiator), None)


def of_type(text: str, published: str, kind: str) -> list[Event]:
    """The events of type ``kind`` extracted from ``text``, in the extractor's order."""
    return [e for e in extract_events(text, published) if e.type == kind]


def statuses(text: str, published: str) -> list[tuple[str, str]]:
    """(type, status) per event extracted from ``text``, in the extractor's order."""
    return [(e.type, e.status) for e in extract_events(text, published)]


def one_reported(text: str, published: str | None) -> Event:
    """The one reported event extracted from ``text`` (asserts there is exactly one)."""
    events = [e for e in extract_events(text, published) if e.status == "reported"]
    assert len(events) == 1
    return events[0]


def scored(
    participants: list[Participant],
    date_basis: str,
    n_frames: int,
    n_sources: int,
    caller: bool,
    flags: list[str],
    distance: int = 0,
    named: frozenset[str] | None = None,
    news_trigger: bool = True,
    background: bool = False,
    event_type: str = "phone_call",
    aside: bool = False,
    joint: bool = False,
    other_kind: bool = False,
) -> float:
    """The confidence of an event with this evidence (``named`` None: every resolved participant is named)."""
    n = len(participants) or 1
    resolved = [p for p in participants if p.person_id]
    by_name = [p for p in resolved if named is None or p.person_id in named]
    return confidence(
        Evidence(
            n_participants=len(participants),
            named_share=len(by_name) / n,
            office_share=(len(resolved) - len(by_name)) / n,
            distance=distance,
            news_trigger=news_trigger,
            caller=caller,
            date_basis=date_basis,
            date_in_sentence=False,
            n_frames=n_frames,
            n_sources=n_sources,
            flags=tuple(flags),
            background=background,
            event_type=event_type,
            aside=aside,
            joint=joint,
            other_kind=other_kind,
        )
    )


# Leaders' English names the sentences of several test modules use
ABDULLAH = "Abdullah II of Jordan"
ERDOGAN = "Recep Tayyip Erdoğan"
MACRON = "Emmanuel Macron"
SISI = "Abdel Fattah el-Sisi"
TAMIM = "Tamim bin Hamad Al Thani"


def party_lists(text: str, published: str) -> list[list[str]]:
    """The English names of each event's participants, one sorted list per event, sorted."""
    return sorted(sorted(p.name_en for p in e.participants) for e in extract_events(text, published))


def summaries_with_background(text: str, pub: str) -> list[tuple[str, str, bool, tuple[str, ...], str | None]]:
    """(type, status, background, parties, day) of each event, sorted."""
    return sorted(
        (e.type, e.status, e.background, tuple(sorted(p.name_en for p in e.participants)), e.date)
        for e in extract_events(text, pub)
    )


def summaries(text: str, pub: str) -> list[tuple[str, str, tuple[str, ...], str | None]]:
    """(type, status, parties, day) of each event, sorted."""
    return sorted(
        (e.type, e.status, tuple(sorted(p.name_en for p in e.participants)), e.date) for e in extract_events(text, pub)
    )


def pairs(events, status="reported"):
    """The participants' English names of each event of ``status``, one sorted tuple per event, sorted."""
    return sorted(tuple(sorted(p.name_en for p in e.participants)) for e in events if e.status == status)


def party_sets(text: str, published: str = "2023-05-10") -> list[frozenset[str]]:
    """The participants of each event extracted from ``text`` by English name, in the extractor's order."""
    return [names(e) for e in extract_events(text, published)]
