"""The fetcher's configuration: one frozen, validated policy object."""

from __future__ import annotations

import dataclasses
import os
from dataclasses import dataclass

DEFAULT_USER_AGENT = "RasdBot/0.1 (+research crawler for Arabic diplomatic news; honours robots.txt)"


@dataclass(frozen=True)
class FetchPolicy:
    """How the ``Fetcher`` behaves towards every host.

    user_agent            sent with every request, robots.txt included, and matched against it
    per_host_rate         requests/s per host unless the registry sets one for that host: minimum
                          interval 1/rate between requests leaving
    per_host_concurrency  requests in flight per host
    timeout               connect and read timeout (s); ``total_timeout`` caps one whole body
                          (default: max(4 * timeout, timeout + 5))
    max_bytes             page size cap (decoded); feeds/sitemaps use ``max_doc_bytes``
    max_redirects         hops followed by hand, each re-vetted; loops are detected
    retries               extra attempts on 429/5xx/connection errors (exponential ``backoff``,
                          Retry-After honoured up to ``max_retry_after``; longer asks give up)
    max_crawl_delay       a robots.txt Crawl-delay is honoured up to this many seconds
    respect_robots        False only for tools that fetch one known URL on a user's request
    allow_loopback_hosts  True, or host names/IPs, that may resolve to loopback even for a
                          non-local outlet (outlets with ``local: true`` always may)
    local_allows_private  local outlets may also reach private (RFC 1918) addresses
    robots_cache          directory/fsspec URL where robots.txt is kept ``robots_ttl`` s across runs
    """

    user_agent: str = DEFAULT_USER_AGENT
    per_host_rate: float = 1.0
    per_host_concurrency: int = 2
    timeout: float = 20.0
    total_timeout: float | None = None
    max_bytes: int = 5 * 2**20
    max_doc_bytes: int = 50 * 2**20
    max_redirects: int = 5
    retries: int = 2
    backoff: float = 0.5
    max_retry_after: float = 60.0
    max_crawl_delay: float = 10.0
    respect_robots: bool = True
    allow_loopback_hosts: bool | frozenset[str] = frozenset()
    local_allows_private: bool = False
    robots_cache: str | None = None
    robots_ttl: float = 86400.0

    def __post_init__(self) -> None:
        if self.per_host_rate <= 0:
            raise ValueError("per_host_rate must be > 0 (requests per second per host)")
        if self.timeout <= 0:
            raise ValueError("timeout must be > 0 seconds")
        fix = object.__setattr__
        fix(self, "per_host_concurrency", max(1, int(self.per_host_concurrency)))
        fix(self, "retries", max(0, int(self.retries)))
        fix(self, "max_doc_bytes", max(self.max_doc_bytes, self.max_bytes))
        if self.total_timeout is None:
            fix(self, "total_timeout", max(4 * self.timeout, self.timeout + 5))
        if not isinstance(self.allow_loopback_hosts, bool):
            fix(self, "allow_loopback_hosts", frozenset(h.lower().strip("[]") for h in self.allow_loopback_hosts))
        if self.robots_cache is not None:
            fix(self, "robots_cache", os.fspath(self.robots_cache))

    @property
    def body_deadline(self) -> float:
        """Seconds one whole body may take (``total_timeout`` after defaulting)."""
        return float(self.total_timeout if self.total_timeout is not None else self.timeout)

    def replace(self, **changes: object) -> FetchPolicy:
        return dataclasses.replace(self, **changes)  # type: ignore[arg-type]

    def loopback_allowed(self, host: str, outlet_local: bool) -> bool:
        if outlet_local or self.allow_loopback_hosts is True:
            return True
        hosts = self.allow_loopback_hosts
        return isinstance(hosts, frozenset) and host.lower().strip("[]") in hosts
