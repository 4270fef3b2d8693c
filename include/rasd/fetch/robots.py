"""robots.txt, per origin: fetched once (same User-Agent), cached (in memory, and optionally across
runs for ``robots_ttl`` seconds), obeyed as RFC 9309 says: 4xx means no rules, 5xx or an
unreachable server means "disallow everything" for this run. A Crawl-delay slows the host down."""

from __future__ import annotations

import json
import logging
import re
import threading
import time
import urllib.robotparser
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from rasd.fetch.policy import FetchPolicy
from rasd.records import stable_id

if TYPE_CHECKING:
    from rasd.fetch.http import FetchResponse

log = logging.getLogger(__name__)

DEFAULT_PORTS = {"http": 80, "https": 443}
# Outcomes of the robots.txt request that RFC 9309 counts as "unavailable": no restrictions.
_UNAVAILABLE = frozenset({"redirect_loop", "too_many_redirects", "not_html", "too_large", "decode_error"})


@dataclass
class Robots:
    parser: urllib.robotparser.RobotFileParser | None  # None: no rules (allow all)
    failure: str | None = None  # outcome to give pages when robots.txt could not be judged
    detail: str | None = None

    def allows(self, user_agent: str, url: str) -> bool:
        return self.parser is None or self.parser.can_fetch(user_agent, url)


_CRAWL_DELAY_RE = re.compile(r"^\s*crawl-delay\s*:\s*([0-9]*\.?[0-9]+)\s*(?:#.*)?$", re.IGNORECASE | re.MULTILINE)


def _fractional_crawl_delay(text: str) -> float | None:
    """urllib's parser drops a Crawl-delay that is not a whole number ("0.5"); read those here,
    taking the largest in the file (a little more polite than the group rules, never less)."""
    values = [float(v) for v in _CRAWL_DELAY_RE.findall(text)]
    return max(values) if values else None


def robots_url(scheme: str, host: str, port: int) -> str:
    netloc = host if ":" not in host else f"[{host}]"
    if port != DEFAULT_PORTS.get(scheme):
        netloc = f"{netloc}:{port}"
    return f"{scheme}://{netloc}/robots.txt"


class RobotsBook:
    """The rules of every origin met in a run (thread-safe; one request per origin).

    ``fetch(url, allow_loopback)`` downloads a robots.txt (no robots check of its own);
    ``on_crawl_delay(host, seconds)`` is told the (capped) Crawl-delay of a host."""

    def __init__(
        self,
        policy: FetchPolicy,
        fetch: Callable[[str, bool], FetchResponse],
        on_crawl_delay: Callable[[str, float], None],
    ) -> None:
        self.policy = policy
        self._fetch = fetch
        self._on_crawl_delay = on_crawl_delay
        self._lock = threading.Lock()
        self._rules: dict[tuple[str, str, int, bool], Robots] = {}
        self._locks: dict[tuple[str, str, int, bool], threading.Lock] = {}
        self._fs: Any = None
        self._root = ""
        if policy.robots_cache is not None:  # robots.txt shared across runs (directory or fsspec URL)
            import fsspec

            self._fs, root = fsspec.core.url_to_fs(policy.robots_cache)
            self._root = root.rstrip("/")
            self._fs.makedirs(self._root, exist_ok=True)

    def rules(self, scheme: str, host: str, port: int, allow_loopback: bool) -> Robots:
        key = (scheme, host, port, allow_loopback)
        with self._lock:
            cached = self._rules.get(key)
            if cached is not None:
                return cached
            lock = self._locks.setdefault(key, threading.Lock())
        with lock:
            with self._lock:
                cached = self._rules.get(key)
            if cached is None:
                cached = self._load(robots_url(scheme, host, port), host, allow_loopback)
                with self._lock:
                    self._rules[key] = cached
            return cached

    def _load(self, url: str, host: str, allow_loopback: bool) -> Robots:
        text = self._cache_get(url)
        if text is not None:
            return self._parse(url, host, text)
        r = self._fetch(url, allow_loopback)
        if r.ok:
            text = r.body.decode("utf-8", "replace")
            self._cache_put(url, text)
            return self._parse(url, host, text)
        status = r.http_status
        if r.outcome in _UNAVAILABLE or (
            r.outcome.startswith("http_") and status is not None and 400 <= status < 500 and status != 429
        ):
            self._cache_put(url, "")  # RFC 9309 2.3.1.2-3: "unavailable" -> no restrictions
            return Robots(None)
        if r.outcome.startswith("http_"):
            return Robots(None, "robots_disallowed", f"robots.txt unreachable (HTTP {status}): assuming full disallow")
        return Robots(None, r.outcome, f"robots.txt: {r.error}")

    def _parse(self, url: str, host: str, text: str) -> Robots:
        if not text.strip():
            return Robots(None)
        parser = urllib.robotparser.RobotFileParser(url)
        parser.parse(text.splitlines())
        delay = parser.crawl_delay(self.policy.user_agent) or _fractional_crawl_delay(text)
        if delay:
            self._on_crawl_delay(host, min(float(delay), self.policy.max_crawl_delay))
        return Robots(parser)

    def _cache_path(self, url: str) -> str:
        return f"{self._root}/{stable_id(url, length=24)}.json"

    def _cache_get(self, url: str) -> str | None:
        """robots.txt text cached by an earlier run (RFC 9309: up to 24 h), or None."""
        if self._fs is None:
            return None
        try:
            with self._fs.open(self._cache_path(url), "r", encoding="utf-8") as f:
                entry = json.load(f)
        except (FileNotFoundError, ValueError, OSError):
            return None
        if entry.get("url") != url or time.time() - float(entry.get("fetched_at", 0)) > self.policy.robots_ttl:
            return None
        return str(entry.get("text") or "")

    def _cache_put(self, url: str, text: str) -> None:
        if self._fs is None:
            return
        path = self._cache_path(url)
        tmp = f"{path}.{threading.get_ident()}.tmp"
        try:
            with self._fs.open(tmp, "w", encoding="utf-8") as f:
                json.dump({"url": url, "fetched_at": time.time(), "text": text}, f)
            self._fs.mv(tmp, path)
        except OSError as e:  # a cache that cannot be written only costs a request next time
            log.warning("robots cache: cannot write %s: %s", path, e)
