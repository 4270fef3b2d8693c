"""Title, site name, author, canonical URL and publication day from the page's own metadata.

Read in one walk over the parsed tree, before trafilatura runs (trafilatura prunes the tree it is
given): meta tags, the canonical link, <title>, the first <h1> and the JSON-LD scripts.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from rasd.clean.published import iso_day

# Meta keys (property, name or itemprop, lower-cased) in order of preference.
_PUBLISHED_KEYS = ("article:published_time", "datepublished", "pubdate", "publish-date", "date")
_TITLE_KEYS = ("og:title",)
_SITE_KEYS = ("og:site_name", "application-name")
_AUTHOR_KEYS = ("author", "article:author")
_CANONICAL_META_KEYS = ("og:url",)
_MAX_JSONLD_CHARS = 200_000  # a larger script is not a news article's metadata


@dataclass(frozen=True)
class PageMetadata:
    title: str | None = None
    site_name: str | None = None
    author: str | None = None
    canonical_url: str | None = None
    published: str | None = None  # YYYY-MM-DD from meta tags or JSON-LD


@dataclass
class _Collected:
    meta: dict[str, list[str]] = field(default_factory=dict)
    canonical: str | None = None
    title: str | None = None
    h1: str | None = None
    jsonld: list[str] = field(default_factory=list)


def _squeeze(value: object) -> str | None:
    text = " ".join(str(value).split()) if value is not None else ""
    return text or None


def _collect(tree: Any) -> _Collected:
    found = _Collected()
    for el in tree.iter("meta", "link", "title", "h1", "script"):
        tag = el.tag
        if tag == "meta":
            key = (el.get("property") or el.get("name") or el.get("itemprop") or "").strip().lower()
            value = _squeeze(el.get("content"))
            if key and value:
                found.meta.setdefault(key, []).append(value)
        elif tag == "link":
            if found.canonical is None and "canonical" in (el.get("rel") or "").lower().split():
                found.canonical = _squeeze(el.get("href"))
        elif tag == "title":
            found.title = found.title or _squeeze(el.text_content())
        elif tag == "h1":
            found.h1 = found.h1 or _squeeze(el.text_content())
        elif (el.get("type") or "").strip().lower() == "application/ld+json" and el.text:
            found.jsonld.append(el.text)
    return found


def _first(meta: dict[str, list[str]], keys: tuple[str, ...]) -> str | None:
    for key in keys:
        if key in meta:
            return meta[key][0]
    return None


def _jsonld_items(data: Any, depth: int = 0) -> Iterator[dict]:
    """Objects of a JSON-LD document: the top level, lists and ``@graph``, a few levels deep."""
    if depth > 3:
        return
    if isinstance(data, list):
        for item in data:
            yield from _jsonld_items(item, depth + 1)
    elif isinstance(data, dict):
        yield data
        yield from _jsonld_items(data.get("@graph"), depth + 1)


def _jsonld_published(scripts: list[str]) -> str | None:
    for script in scripts:
        if len(script) > _MAX_JSONLD_CHARS:
            continue
        try:
            data = json.loads(script)
        except (ValueError, RecursionError):
            continue
        for item in _jsonld_items(data):
            day = iso_day(str(item.get("datePublished") or ""))
            if day:
                return day
    return None


def _meta_published(meta: dict[str, list[str]]) -> str | None:
    for key in _PUBLISHED_KEYS:
        for value in meta.get(key, ()):
            if day := iso_day(value):
                return day
    return None


def page_metadata(tree: Any) -> PageMetadata:
    found = _collect(tree)
    return PageMetadata(
        title=_first(found.meta, _TITLE_KEYS) or found.h1 or found.title,
        site_name=_first(found.meta, _SITE_KEYS),
        author=_first(found.meta, _AUTHOR_KEYS),
        canonical_url=found.canonical or _first(found.meta, _CANONICAL_META_KEYS),
        published=_meta_published(found.meta) or _jsonld_published(found.jsonld),
    )
