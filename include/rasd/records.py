"""Typed records passed between stages. Each stage takes and returns these, never loose dicts.

The event fields follow the public ``rasd extract`` JSON contract documented in README.md.
"""

from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass, field
from typing import Any, Literal

EXTRACTOR_VERSION = "rasd-extract-0.18.0"

EventType = Literal["phone_call", "video_call", "meeting", "visit", "message"]
EventStatus = Literal["reported", "planned", "denied", "unconfirmed"]
DateBasis = Literal["explicit", "today", "yesterday", "weekday", "published", "none"]
PublishedBasis = Literal["meta", "htmldate", "dateline", "url", "feed", "given", "fetched", "none"]


def stable_id(*parts: object, length: int = 16) -> str:
    """Deterministic key from its parts: the same input gives the same key in every run."""
    digest = hashlib.sha256("\x1f".join("" if p is None else str(p) for p in parts).encode("utf-8"))
    return digest.hexdigest()[:length]


@dataclass(frozen=True)
class Outlet:
    id: str
    name: str
    country: str | None = None
    feeds: tuple[str, ...] = ()
    sitemaps: tuple[str, ...] = ()
    urls: tuple[str, ...] = ()
    enabled: bool = True
    local: bool = False  # loopback/private addresses allowed (sample site, tests)
    founded: str | None = None  # YYYY-MM-DD; publication dates before it are errors
    name_ar: str | None = None


@dataclass
class RawPage:
    """One fetched URL. ``content_hash`` addresses the body in the raw store."""

    url: str
    outlet_id: str
    final_url: str
    status: int
    content_type: str
    charset: str
    content_hash: str
    n_bytes: int
    fetched_at: str
    elapsed_ms: float
    html: str = field(repr=False, default="")
    discovered_via: str = "urls"
    published_hint: str | None = None  # from the feed or sitemap entry, when it had one


@dataclass
class CleanArticle:
    article_id: str
    url: str
    outlet_id: str
    title: str | None
    published_date: str | None  # YYYY-MM-DD
    published_basis: str  # meta | htmldate | dateline | url | feed | given | none
    text: str  # cleaned display text; evidence spans point into it
    author: str | None = None
    site_name: str | None = None
    canonical_url: str | None = None
    language: str | None = None
    source_line: str | None = None  # the trailing "المصدر: ..." value, parsed out of the body
    photo_credit: str | None = None
    content_hash: str | None = None
    duplicate_of: str | None = None
    month_conflicts: list[str] = field(default_factory=list)
    minhash: list[int] | None = field(default=None, repr=False)  # near-duplicate signature


@dataclass
class Span:
    kind: str  # trigger | participant | date | source | topic
    start: int
    end: int
    text: str


@dataclass
class Participant:
    person_id: str | None
    name_en: str | None
    name_ar: str | None
    country: str | None  # ISO 3166-1 alpha-2, or None for international bodies
    mention: str
    role: str | None = None
    org: str | None = None


def participant_key(p: Participant) -> str:
    """The one identity of a participant, used by extract, load and quality alike.

    A person in the reference data is their ``person_id``; anyone else is the country plus the
    Arabic name as written (or the mention), so two unknown people of one country stay apart.
    """
    if p.person_id:
        return p.person_id
    return f"unk:{p.country or ''}:{p.name_ar or p.mention}"


@dataclass
class SourceRef:
    name_en: str
    mention: str
    kind: str = "agency"


@dataclass
class Event:
    type: EventType
    status: EventStatus
    background: bool
    date: str | None
    date_basis: DateBasis
    participants: list[Participant]
    sources: list[SourceRef]
    topics: list[str]
    evidence: list[Span]
    extractor_version: str = EXTRACTOR_VERSION
    date_conflict: str | None = None  # e.g. paired month names that disagree
    # participant_key() of the side the text presents as placing the call; None when neutral
    initiator: str | None = None
    # 0..1 from the event's evidence (participants resolved, trigger, date basis); see README
    confidence: float = 1.0
    # machine-readable notes, e.g. "date_needs_publication" when the day depends on a missing date
    flags: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class Quarantined:
    stage: str
    reason: str
    detail: str
    url: str | None = None
    item_id: str | None = None
    outlet_id: str | None = None
    value: str | None = None
