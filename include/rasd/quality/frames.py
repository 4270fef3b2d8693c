"""Frames: one row per item at a stage boundary, with the derived columns the suites check."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence
from typing import Any

import pandas as pd

from rasd.records import CleanArticle, Event, Outlet, Participant, RawPage, participant_key

RECENT_CALL_DAYS = 14


def raw_pages_frame(pages: Sequence[RawPage], canonical: dict[str, str] | None = None) -> pd.DataFrame:
    canonical = canonical or {}
    return pd.DataFrame(
        [
            {
                "url": p.url,
                "canonical_url": canonical.get(p.url, p.url),
                "outlet_id": p.outlet_id,
                "content_hash": p.content_hash,
                "n_bytes": p.n_bytes,
                "content_type": p.content_type or "",
            }
            for p in pages
        ],
        columns=["url", "canonical_url", "outlet_id", "content_hash", "n_bytes", "content_type"],
    )


def articles_frame(
    articles: Sequence[CleanArticle], outlets: dict[str, Outlet], today: dt.date | None = None
) -> pd.DataFrame:
    today_iso = (today or dt.date.today()).isoformat()
    rows = []
    for a in articles:
        founded = outlets[a.outlet_id].founded if a.outlet_id in outlets else None
        rows.append(
            {
                "article_id": a.article_id,
                "url": a.url,
                "outlet_id": a.outlet_id,
                "published_date": a.published_date,
                "published_basis": a.published_basis,
                "text": a.text,
                "not_in_future": not (a.published_date and a.published_date > today_iso),
                "after_outlet_founded": not (founded and a.published_date and a.published_date < str(founded)),
                "month_names_agree": not a.month_conflicts,
            }
        )
    columns = [
        "article_id",
        "url",
        "outlet_id",
        "published_date",
        "published_basis",
        "text",
        "not_in_future",
        "after_outlet_founded",
        "month_names_agree",
    ]
    return pd.DataFrame(rows, columns=columns)


def _offices_ok(event: Event, ref) -> bool:
    """Every participant resolved through an office held it on the event date."""
    if not event.date:
        return True
    day = dt.date.fromisoformat(event.date)
    for p in event.participants:
        if not p.person_id or p.person_id not in ref.people:
            continue
        person = ref.people[p.person_id]
        if p.role and p.role != "counterpart" and (p.country or p.org):
            place = p.country or p.org
            if not any(
                o.held_on(day) and o.role == p.role and (o.country == place or o.org == place) for o in person.offices
            ):
                return False
    return True


def identity(p: Participant, ref, day: dt.date | None) -> str:
    """Who a participant is, for the self-contact check: ``participant_key()``, except that a
    role without a name ("the Egyptian president") counts as the person holding that office on
    the event's day, so "X called the Egyptian president" with X that president is caught."""
    if not p.person_id and p.role and p.role != "counterpart" and (p.country or p.org) and day is not None:
        holder = ref.holder_of(p.role, p.country or p.org, day)
        if holder is not None:
            return holder.person_id
    return participant_key(p)


def _event_row(article: CleanArticle, index: int, e: Event, ref, known_sources: set[str]) -> dict[str, Any]:
    from rasd.warehouse.load import event_id  # the warehouse key is the gate's row id

    published = article.published_date
    day = dt.date.fromisoformat(e.date) if e.date else None
    people = [identity(p, ref, day) for p in e.participants]
    reported = e.status == "reported"
    age = (dt.date.fromisoformat(published) - day).days if day and published else None
    # A first-fetch time or no date at all bounds the publication only from above: the age of a
    # call cannot be judged against it (a backfill fetches years later).
    published_exact = article.published_basis not in ("fetched", "none")
    return {
        "event_key": event_id(article.article_id, index, e),
        "article_id": article.article_id,
        "url": article.url,
        "outlet_id": article.outlet_id,
        "type": e.type,
        "status": e.status,
        "event_date": e.date,
        "published_date": published,
        "participants": " | ".join(p.name_en or p.name_ar or p.mention for p in e.participants),
        "n_participants": len(set(people)),
        "no_self_contact": len(set(people)) == len(people),
        "participants_identified": all(p.person_id or (p.name_ar and p.country) for p in e.participants),
        "offices_held_on_date": _offices_ok(e, ref),
        "not_after_publication": not (reported and age is not None and age < 0),
        "within_14_days_or_background": not (
            reported
            and published_exact
            and e.type in ("phone_call", "video_call")
            and not e.background
            and age is not None
            and age > RECENT_CALL_DAYS
        ),
        "has_attribution": bool(e.sources) or not reported,
        "sources_known": all(s.name_en in known_sources or s.kind == "official" for s in e.sources),
        "month_names_agree": not (e.date_conflict or article.month_conflicts),
        # what the extractor found, kept with a quarantined row so a person can read it
        "context": json.dumps(
            {
                "title": article.title,
                "type": e.type,
                "event_date": e.date,
                "participants": [{"name_en": p.name_en, "name_ar": p.name_ar or p.mention} for p in e.participants],
            },
            ensure_ascii=False,
        ),
    }


EVENT_COLUMNS = [
    "event_key",
    "article_id",
    "url",
    "outlet_id",
    "type",
    "status",
    "event_date",
    "published_date",
    "participants",
    "n_participants",
    "no_self_contact",
    "participants_identified",
    "offices_held_on_date",
    "not_after_publication",
    "within_14_days_or_background",
    "has_attribution",
    "sources_known",
    "month_names_agree",
    "context",
]


def events_frame(
    batch: Sequence[tuple[CleanArticle, Sequence[Event]]], ref, outlets: dict[str, Outlet]
) -> pd.DataFrame:
    known_sources = set(ref.source_kinds)
    rows = [_event_row(article, i, e, ref, known_sources) for article, events in batch for i, e in enumerate(events)]
    return pd.DataFrame(rows, columns=EVENT_COLUMNS)


def warehouse_frame(con) -> pd.DataFrame:
    """What the warehouse suite checks, one row per call (read in ``rasd.warehouse.queries``)."""
    from rasd.warehouse.queries import warehouse_check_frame

    return warehouse_check_frame(con)


def outlets_frame(con, today: dt.date | None = None) -> pd.DataFrame:
    """One row per enabled outlet: how much it gave and how recent its latest article is."""
    from rasd.warehouse.queries import outlet_check_frame

    return outlet_check_frame(con, today or dt.date.today())
