"""Small readings of extracted events that many test modules of tests/extract share (one home)."""

from __future__ import annotations

from rasd.extract import extract_events
from rasd.records import Event


def people(event: Event) -> list[str]:
    """The event's participants by English name, or "?country:Arabic name" when unresolved, sorted."""
    return sorted(p.name_en or f"?{p.country}:{p.name_ar}" for p in event.participants)


def shapes(events: list[Event]) -> list[tuple[str, str, tuple[str, ...]]]:
    """(type, status, participants) per event, sorted: what a test of event grouping compares."""
    return sorted((e.type, e.status, tuple(people(e))) for e in events)


def sources(text: str, published: str = "2024-05-14") -> set[str]:
    """The English names of every source of every event extracted from ``text``."""
    return {s.name_en for e in extract_events(text, published) for s in e.sources}
