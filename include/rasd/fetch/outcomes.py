"""How one HTTP exchange is judged: which statuses redirect or retry, which content types a page,
feed or sitemap accepts, Retry-After, and which outcome (timeout, blocked_address,
connection_error, ...) an exception from requests/urllib3 stands for."""

from __future__ import annotations

import codecs
import datetime as dt
import email.utils
import socket
import time
from collections.abc import Iterable, Mapping

import requests
import urllib3

from rasd.fetch.charset import HTML_TYPES
from rasd.fetch.guard import BlockedAddressError

_BINARY_PREFIXES = ("image/", "audio/", "video/", "font/")
_BINARY_TYPES = frozenset(
    {
        "application/pdf",
        "application/zip",
        "application/msword",
        "application/vnd.ms-excel",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "application/javascript",
        "application/json",
        "text/css",
        "text/javascript",
    }
)
REDIRECT_CODES = frozenset({301, 302, 303, 307, 308})
RETRY_CODES = frozenset({429, 500, 502, 503, 504}) | frozenset(range(520, 530))


def parse_retry_after(value: str | None, now: float | None = None) -> float | None:
    """Retry-After as seconds from now (delta-seconds or an HTTP date); None if absent/invalid."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when is None:
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=dt.UTC)
    now = time.time() if now is None else now
    return max(0.0, when.timestamp() - now)


class Attempt:
    """One HTTP exchange (single hop, single try)."""

    __slots__ = ("status", "headers", "body", "error", "outcome", "elapsed_ms", "location")

    def __init__(self) -> None:
        self.status: int | None = None
        self.headers: Mapping[str, str] = {}
        self.body = b""
        self.error: str | None = None
        self.outcome = "ok"
        self.elapsed_ms = 0.0
        self.location: str | None = None


def status_reason(status: int) -> str:
    if 500 <= status < 600:
        return "http_5xx"
    return f"http_{status}"


def content_type_ok(kind: str, mime: str) -> bool:
    if kind == "page":
        return mime in HTML_TYPES or mime == ""
    if kind == "robots":
        return True
    # feeds and sitemaps: anything that may hold XML or text; the parser has the final word
    return not (mime.startswith(_BINARY_PREFIXES) or mime in _BINARY_TYPES)


def looks_like_html(body: bytes) -> bool:
    head = body[:2048].lstrip(codecs.BOM_UTF8).lstrip().lower()
    return head.startswith((b"<!doctype html", b"<html")) or b"<html" in head or b"<body" in head


def short(e: BaseException) -> str:
    text = f"{type(e).__name__}: {e}"
    return text if len(text) <= 300 else text[:297] + "..."


def _chain(e: BaseException) -> Iterable[BaseException]:
    seen = set()
    stack: list[BaseException] = [e]
    while stack:
        cur = stack.pop()
        if id(cur) in seen:
            continue
        seen.add(id(cur))
        yield cur
        stack.extend(a for a in getattr(cur, "args", ()) if isinstance(a, BaseException))
        for nxt in (cur.__cause__, cur.__context__, getattr(cur, "reason", None)):
            if isinstance(nxt, BaseException):
                stack.append(nxt)


def is_timeout(e: BaseException) -> bool:
    return any(
        isinstance(x, (socket.timeout, TimeoutError, urllib3.exceptions.TimeoutError, requests.exceptions.Timeout))
        for x in _chain(e)
    )


def is_unresolved(e: BaseException) -> bool:
    return any(isinstance(x, urllib3.exceptions.NameResolutionError) for x in _chain(e))


def is_blocked(e: BaseException) -> bool:
    return any(isinstance(x, BlockedAddressError) for x in _chain(e))
