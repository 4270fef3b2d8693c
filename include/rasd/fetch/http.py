"""The polite downloader: one ``Fetcher`` per run, shared by all outlets (thread-safe).

Per request: the host is resolved and vetted (``guard``), robots.txt obeyed (``robots``), the
host's turn awaited (``limiter``: one budget per host whatever the outlet), 429/5xx retried with
exponential backoff honouring Retry-After (seconds or HTTP date) and pushing back the whole host,
redirects followed by hand (each hop vetted again, with a hop limit and loop detection), bodies
streamed with a size cap and an overall deadline.
"""

from __future__ import annotations

import datetime as dt
import functools
import http.cookiejar
import socket
import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Literal
from urllib.parse import urldefrag, urljoin, urlsplit

import requests
import urllib3

from rasd.fetch import guard
from rasd.fetch.charset import charset_from_content_type
from rasd.fetch.guard import BlockedAddressError, GuardedAdapter, address_block_reason
from rasd.fetch.limiter import HostLimits, HostSlot
from rasd.fetch.outcomes import (
    REDIRECT_CODES,
    RETRY_CODES,
    Attempt,
    content_type_ok,
    is_blocked,
    is_timeout,
    is_unresolved,
    looks_like_html,
    parse_retry_after,
    short,
    status_reason,
)
from rasd.fetch.policy import FetchPolicy
from rasd.fetch.robots import DEFAULT_PORTS, Robots, RobotsBook

Kind = Literal["page", "feed", "sitemap", "robots"]


@dataclass
class FetchResponse:
    """Outcome of one ``Fetcher.fetch`` call (all hops and retries)."""

    url: str
    final_url: str
    outcome: str  # "ok" | "not_modified" | a quarantine reason (http_404, timeout, ...)
    http_status: int | None = None
    body: bytes = b""
    content_type: str = ""  # mime type only, lower case
    header_charset: str | None = None
    etag: str | None = None
    last_modified: str | None = None
    attempts: int = 0  # HTTP requests sent for this URL (redirect hops and retries included)
    elapsed_ms: float = 0.0  # network time summed over those requests
    error: str | None = None
    redirects: list[str] = field(default_factory=list)
    fetched_at: str = ""

    @property
    def ok(self) -> bool:
        return self.outcome == "ok"

    def fail(self, outcome: str, error: str | None) -> FetchResponse:
        self.outcome, self.error, self.body = outcome, error, b""
        return self


_ACCEPT = {
    "page": "text/html,application/xhtml+xml;q=0.9,*/*;q=0.1",
    "feed": "application/rss+xml,application/atom+xml,application/xml;q=0.9,text/xml;q=0.9,*/*;q=0.1",
    "sitemap": "application/xml,text/xml;q=0.9,*/*;q=0.1",
    "robots": "text/plain,*/*;q=0.1",
}


def _accept_encoding() -> str:
    # urllib3 advertises only the codings it can decode: br when brotli/brotlicffi is importable.
    from urllib3.util.request import ACCEPT_ENCODING

    return ", ".join(t.strip() for t in ACCEPT_ENCODING.split(","))


def utcnow() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds").replace("+00:00", "Z")


class Fetcher:
    """Polite, SSRF-safe HTTP downloader shared by all outlets of a run (thread-safe).

    ``policy`` says how to behave (``FetchPolicy``); ``host_rates`` maps host -> requests/s from
    the registry (``registry.host_rates``), other hosts get ``policy.per_host_rate``; ``on_send``
    is an observer ``(host, url)`` called just before each request leaves.
    """

    def __init__(
        self,
        policy: FetchPolicy | None = None,
        *,
        host_rates: Mapping[str, float] | None = None,
        on_send: Callable[[str, str], None] | None = None,
    ) -> None:
        self.policy = policy = policy or FetchPolicy()
        self.on_send = on_send
        self.limits = HostLimits(policy.per_host_rate, policy.per_host_concurrency, host_rates)
        self.robots = RobotsBook(policy, self._fetch_robots, lambda host, delay: self._slot(host).slow_down(delay))
        self.accept_encoding = _accept_encoding()
        self._lock = threading.Lock()
        self._local = threading.local()
        self._sessions: list[requests.Session] = []

    # -- plumbing ------------------------------------------------------------------------------

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        with self._lock:
            sessions, self._sessions = self._sessions, []
        for s in sessions:
            s.close()

    def _session(self, allow_loopback: bool, allow_private: bool) -> requests.Session:
        key = (allow_loopback, allow_private)
        cache = getattr(self._local, "sessions", None)
        if cache is None:
            cache = self._local.sessions = {}
        s = cache.get(key)
        if s is None:
            s = requests.Session()
            s.trust_env = False  # no proxies from the environment: we vet what we dial
            s.cookies.set_policy(http.cookiejar.DefaultCookiePolicy(allowed_domains=[]))
            adapter = GuardedAdapter(
                allow_loopback,
                allow_private,
                pool_connections=8,
                pool_maxsize=self.policy.per_host_concurrency,
                max_retries=0,
            )
            s.mount("http://", adapter)
            s.mount("https://", adapter)
            s.headers.clear()
            cache[key] = s
            with self._lock:
                self._sessions.append(s)
        return s

    def _slot(self, host: str) -> HostSlot:
        return self.limits.slot(host)

    def loopback_allowed(self, host: str, outlet_local: bool) -> bool:
        return self.policy.loopback_allowed(host, outlet_local)

    def _fetch_robots(self, url: str, allow_loopback: bool) -> FetchResponse:
        return self._fetch(url, kind="robots", allow_loopback=allow_loopback, check_robots=False, max_redirects=5)

    # -- public fetch ----------------------------------------------------------------------------

    def fetch(
        self,
        url: str,
        *,
        kind: Kind = "page",
        allow_loopback: bool = False,
        etag: str | None = None,
        last_modified: str | None = None,
    ) -> FetchResponse:
        """GET ``url`` politely. ``allow_loopback`` is the outlet's ``local`` flag."""
        return self._fetch(
            url,
            kind=kind,
            allow_loopback=allow_loopback,
            etag=etag,
            last_modified=last_modified,
            check_robots=self.policy.respect_robots,
        )

    def _fetch(
        self,
        url: str,
        *,
        kind: str,
        allow_loopback: bool,
        etag: str | None = None,
        last_modified: str | None = None,
        check_robots: bool = True,
        max_redirects: int | None = None,
    ) -> FetchResponse:
        max_redirects = self.policy.max_redirects if max_redirects is None else max_redirects
        res = FetchResponse(url=url, final_url=url, outcome="ok", fetched_at=utcnow())
        current = url
        seen = {urldefrag(url)[0]}  # exact URLs: a redirect that only strips ?utm_... is not a loop
        for _hop in range(max_redirects + 1):
            res.final_url = current
            try:
                parts = urlsplit(current)
                host = (parts.hostname or "").lower()
                scheme = parts.scheme.lower()
                port = parts.port or DEFAULT_PORTS.get(scheme, 0)
            except ValueError as e:
                return res.fail("invalid_url", str(e))
            if scheme not in ("http", "https") or not host:
                return res.fail("invalid_url", f"not an http(s) URL: {current!r}")
            loopback_ok = self.loopback_allowed(host, allow_loopback)
            private_ok = allow_loopback and self.policy.local_allows_private
            refusal = self._refusal(scheme, host, port, current, loopback_ok, private_ok, check_robots)
            if refusal is not None:
                return res.fail(*refusal)
            att = self._with_retries(current, host, kind, loopback_ok, private_ok, etag, last_modified, res)
            res.http_status = att.status
            if att.outcome == "redirect":
                nxt = urljoin(current, att.location or "")
                res.redirects.append(nxt)
                c = urldefrag(nxt)[0]
                if c in seen:
                    return res.fail("redirect_loop", f"{current} -> {nxt} was already visited")
                seen.add(c)
                current = nxt
                continue
            res.final_url = current
            if att.outcome != "ok" and att.outcome != "not_modified":
                return res.fail(att.outcome, att.error)
            res.outcome = att.outcome
            res.body = att.body
            ctype = att.headers.get("content-type", "")
            res.content_type = ctype.split(";", 1)[0].strip().lower()
            res.header_charset = charset_from_content_type(ctype)
            res.etag = att.headers.get("etag")
            res.last_modified = att.headers.get("last-modified")
            if res.outcome == "not_modified" and not (etag or last_modified):
                return res.fail("http_304", "304 Not Modified to an unconditional request")
            return res
        return res.fail("too_many_redirects", f"more than {max_redirects} redirects")

    def _refusal(
        self, scheme: str, host: str, port: int, url: str, loopback_ok: bool, private_ok: bool, check_robots: bool
    ) -> tuple[str, str | None] | None:
        """(outcome, detail) when ``url`` must not be requested (address or robots), else None."""
        try:
            reason = address_block_reason(host, allow_loopback=loopback_ok, allow_private=private_ok)
        except socket.gaierror as e:
            return "connection_error", f"DNS: {e}"
        if reason:
            return "blocked_address", reason
        if check_robots:
            robots: Robots = self.robots.rules(scheme, host, port, loopback_ok)
            if robots.failure:
                return robots.failure, robots.detail
            if not robots.allows(self.policy.user_agent, url):
                return "robots_disallowed", f"robots.txt disallows {url}"
        return None

    def _with_retries(
        self,
        url: str,
        host: str,
        kind: str,
        loopback_ok: bool,
        private_ok: bool,
        etag: str | None,
        last_modified: str | None,
        res: FetchResponse,
    ) -> Attempt:
        p = self.policy
        slot = self._slot(host)
        # Build the request before waiting for the host's turn: only the send happens on the clock.
        session = self._session(loopback_ok, private_ok)
        headers = {
            "User-Agent": p.user_agent,
            "Accept": _ACCEPT.get(kind, "*/*"),
            "Accept-Encoding": self.accept_encoding,
            "Accept-Language": "ar,en;q=0.5",
        }
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        try:
            prepared = session.prepare_request(requests.Request("GET", url, headers=headers))
        except (requests.exceptions.RequestException, urllib3.exceptions.LocationParseError, ValueError) as e:
            att = Attempt()
            att.outcome, att.error = "invalid_url", short(e)
            return att
        hook = slot.sent if self.on_send is None else functools.partial(_observed, self.on_send, host, url, slot)
        tries = 0
        while True:
            tries += 1
            with slot.semaphore:
                slot.wait_turn()
                guard.SEND_HOOK.fn = hook
                try:
                    att = self._attempt(session, prepared, kind)
                finally:
                    guard.SEND_HOOK.fn = None
            res.attempts += 1
            res.elapsed_ms += att.elapsed_ms
            retryable = (att.status in RETRY_CODES) or att.outcome == "connection_error"
            if not retryable or tries > p.retries:
                return att
            retry_after = parse_retry_after(att.headers.get("retry-after")) if att.status else None
            if retry_after is not None and retry_after > p.max_retry_after:
                # The server asked for a longer pause than we will wait in this run: give up on this
                # URL rather than come back early, and keep the host quiet for the capped time.
                slot.defer(p.max_retry_after)
                att.error = f"{att.error}; Retry-After {retry_after:.0f}s exceeds cap {p.max_retry_after:.0f}s"
                return att
            delay = retry_after if retry_after is not None else p.backoff * 2 ** (tries - 1)
            slot.defer(min(delay, p.max_retry_after))

    def _attempt(self, session: requests.Session, prepared: requests.PreparedRequest, kind: str) -> Attempt:
        att = Attempt()
        t0 = time.monotonic()
        resp = None
        try:
            resp = session.send(
                prepared,
                timeout=(self.policy.timeout, self.policy.timeout),
                allow_redirects=False,
                stream=True,
                verify=True,
                proxies={},
            )
            self._read(resp, kind, t0, att)
        except BlockedAddressError as e:
            att.outcome, att.error = "blocked_address", str(e)
        except (requests.exceptions.Timeout, urllib3.exceptions.TimeoutError) as e:
            # urllib3's NameResolutionError is a ConnectTimeoutError: a failed lookup is no timeout
            att.outcome = "connection_error" if is_unresolved(e) else "timeout"
            att.error = short(e)
        except requests.exceptions.ContentDecodingError as e:
            att.outcome, att.error = "decode_error", f"content-encoding: {short(e)}"
        except (
            requests.exceptions.InvalidURL,
            requests.exceptions.InvalidSchema,
            requests.exceptions.MissingSchema,
            urllib3.exceptions.LocationParseError,
        ) as e:
            att.outcome, att.error = "invalid_url", short(e)
        except (
            requests.exceptions.ConnectionError,
            requests.exceptions.ChunkedEncodingError,
            urllib3.exceptions.HTTPError,
            OSError,
        ) as e:
            if is_unresolved(e):  # before _is_timeout: NameResolutionError is a ConnectTimeoutError
                att.outcome, att.error = "connection_error", short(e)
            elif is_timeout(e):
                att.outcome, att.error = "timeout", short(e)
            elif is_blocked(e):
                att.outcome, att.error = "blocked_address", short(e)
            else:
                att.outcome, att.error = "connection_error", short(e)
        finally:
            att.elapsed_ms = (time.monotonic() - t0) * 1000.0
            if resp is not None:
                resp.close()
        return att

    def _read(self, resp: requests.Response, kind: str, t0: float, att: Attempt) -> None:
        """Judge status and headers, then stream the body under the size cap and the deadline."""
        att.status = status = resp.status_code
        att.headers = {k.lower(): v for k, v in resp.headers.items()}
        if status in REDIRECT_CODES and resp.headers.get("location"):
            att.outcome, att.location = "redirect", resp.headers["location"].strip()
            return
        if status == 304:
            att.outcome = "not_modified"
            return
        if not 200 <= status < 300:
            att.outcome, att.error = status_reason(status), f"HTTP {status} {resp.reason or ''}".strip()
            return
        mime = resp.headers.get("content-type", "").split(";", 1)[0].strip().lower()
        if not content_type_ok(kind, mime):
            att.outcome, att.error = "not_html", f"content-type {mime or '(none)'} not accepted for a {kind}"
            return
        p = self.policy
        limit = p.max_bytes if kind == "page" else (512 * 1024 if kind == "robots" else p.max_doc_bytes)
        length = resp.headers.get("content-length")
        if length and length.isdigit() and int(length) > limit and kind != "robots":
            att.outcome, att.error = "too_large", f"Content-Length {length} > {limit}"
            return
        deadline = t0 + p.body_deadline
        buf = bytearray()
        for chunk in resp.iter_content(64 * 1024):
            buf += chunk
            if len(buf) > limit:
                if kind == "robots":  # RFC 9309: parse at least the first 500 KiB
                    del buf[limit:]
                    break
                att.outcome, att.error = "too_large", f"body exceeds {limit} bytes"
                return
            if time.monotonic() > deadline:
                att.outcome, att.error = "timeout", f"body not complete within {p.body_deadline:.1f}s"
                return
        body = bytes(buf)
        if kind == "page" and not mime and not looks_like_html(body):
            att.outcome, att.error = "not_html", "no content-type and the body does not look like HTML"
        elif kind == "page" and not body.strip():
            att.outcome, att.error = "empty_body", f"HTTP {status} with an empty body"
        else:
            att.body = body


def _observed(on_send: Callable[[str, str], None], host: str, url: str, slot: HostSlot) -> None:
    on_send(host, url)
    slot.sent()
