"""One fetch over an outlet (or an ad-hoc URL list): discover, dedupe, skip what is known, fetch
pages in parallel (politeness is the shared ``Fetcher``'s), and account for every URL.

Every discovered URL ends in exactly one of ``FetchResult.pages`` / ``quarantined`` (stage
``fetch``) / ``not_modified``; the same canonical URL discovered twice is fetched once and the
extra discovery is a ``duplicate`` log row. Failures of feeds and sitemaps themselves are
quarantined with stage ``discover``. Log rows (``FetchResult.log``) carry url, canonical_url,
final_url, outlet_id, kind (page/feed/sitemap), via, status (ok, not_modified, duplicate or the
quarantine reason), http_status, n_bytes, content_hash, etag, last_modified, elapsed_ms, attempts,
error and fetched_at; ``known_from_log`` turns them into the ``known`` map of the next run.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterable, Mapping
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

from rasd.fetch.charset import DecodeError, decode_html
from rasd.fetch.discovery import MAX_SITEMAP_DEPTH, MAX_SITEMAPS, Discovered, parse_feed, parse_sitemap
from rasd.fetch.http import Fetcher, FetchResponse, Kind, utcnow
from rasd.fetch.urls import canonicalize_url
from rasd.records import Outlet, Quarantined, RawPage, stable_id

log = logging.getLogger(__name__)


@dataclass
class FetchResult:
    pages: list[RawPage] = field(default_factory=list)
    quarantined: list[Quarantined] = field(default_factory=list)
    log: list[dict[str, Any]] = field(default_factory=list)
    not_modified: list[str] = field(default_factory=list)

    def extend(self, other: FetchResult) -> None:
        self.pages.extend(other.pages)
        self.quarantined.extend(other.quarantined)
        self.log.extend(other.log)
        self.not_modified.extend(other.not_modified)


def _log_row(
    url: str,
    outlet_id: str,
    kind: str,
    via: str | None,
    status: str,
    *,
    r: FetchResponse | None = None,
    content_hash: str | None = None,
    n_bytes: int = 0,
    error: str | None = None,
    etag: str | None = None,
    last_modified: str | None = None,
    http_status: int | None = None,
) -> dict[str, Any]:
    return {
        "url": url,
        "canonical_url": canonicalize_url(url),
        "final_url": r.final_url if r else None,
        "outlet_id": outlet_id,
        "kind": kind,
        "via": via,
        "status": status,
        "http_status": r.http_status if r else http_status,
        "n_bytes": n_bytes,
        "content_hash": content_hash,
        "etag": (r.etag if r and r.etag else etag),
        "last_modified": (r.last_modified if r and r.last_modified else last_modified),
        "elapsed_ms": round(r.elapsed_ms, 2) if r else 0.0,
        "attempts": r.attempts if r else 0,
        "error": error if error is not None else (r.error if r else None),
        "fetched_at": r.fetched_at if r else utcnow(),
    }


class _Run:
    """State of one fetch over an outlet (or an ad-hoc URL list)."""

    def __init__(
        self,
        outlet: Outlet,
        fetcher: Fetcher,
        store: Any,
        known: Mapping[str, Mapping[str, Any]] | None,
        revalidate: bool = False,
    ) -> None:
        self.outlet = outlet
        self.fetcher = fetcher
        self.store = store
        self.known = known or {}
        self.revalidate = revalidate
        self.result = FetchResult()
        self._lock = threading.Lock()

    def _known(self, url: str) -> Mapping[str, Any]:
        return self.known.get(canonicalize_url(url)) or {}

    def _stored(self, content_hash: str | None) -> bool:
        if not content_hash or self.store is None:
            return False
        try:
            return bool(self.store.exists(content_hash))
        except Exception:
            return False

    # -- discovery -----------------------------------------------------------------------------

    def fetch_document(self, url: str, kind: Kind) -> tuple[bytes | None, str]:
        """Fetch a feed/sitemap (conditional GET); on 304 reuse the stored previous body."""
        prev = self._known(url)
        r = self.fetcher.fetch(
            url,
            kind=kind,
            allow_loopback=self.outlet.local,
            etag=prev.get("etag"),
            last_modified=prev.get("last_modified"),
        )
        if r.outcome == "not_modified" and not self._stored(prev.get("content_hash")):
            # 304 but the previous body is gone from the store: ask again without validators
            r = self.fetcher.fetch(url, kind=kind, allow_loopback=self.outlet.local)
        if r.outcome == "not_modified":
            h = prev.get("content_hash")
            body = self.store.get(h)
            self.result.log.append(
                _log_row(
                    url,
                    self.outlet.id,
                    kind,
                    None,
                    "not_modified",
                    r=r,
                    content_hash=h,
                    etag=prev.get("etag"),
                    last_modified=prev.get("last_modified"),
                )
            )
            return body, r.final_url
        if not r.ok:
            self.result.quarantined.append(
                Quarantined(
                    stage="discover",
                    reason=r.outcome,
                    detail=f"{kind} {url}: {r.error}",
                    url=url,
                    item_id=stable_id(canonicalize_url(url)),
                    outlet_id=self.outlet.id,
                    value=str(r.http_status) if r.http_status else None,
                )
            )
            self.result.log.append(_log_row(url, self.outlet.id, kind, None, r.outcome, r=r))
            return None, r.final_url
        h = self.store.put(r.body) if self.store is not None else None
        self.result.log.append(
            _log_row(url, self.outlet.id, kind, None, "ok", r=r, content_hash=h, n_bytes=len(r.body))
        )
        return r.body, r.final_url

    def _discovery_failed(self, url: str, kind: str, reason: str, detail: str) -> None:
        self.result.quarantined.append(
            Quarantined(
                stage="discover",
                reason=reason,
                detail=f"{kind} {url}: {detail}",
                url=url,
                item_id=stable_id(canonicalize_url(url)),
                outlet_id=self.outlet.id,
            )
        )
        for row in reversed(self.result.log):
            if row["url"] == url and row["kind"] == kind:
                row["status"], row["error"] = reason, detail
                break

    def discover(self, max_depth: int = MAX_SITEMAP_DEPTH, max_sitemaps: int = MAX_SITEMAPS) -> list[Discovered]:
        out: list[Discovered] = []
        oid = self.outlet.id
        for feed_url in self.outlet.feeds:
            body, final = self.fetch_document(feed_url, "feed")
            if body is None:
                continue
            try:
                out.extend(parse_feed(body, final, oid))
            except ValueError as e:
                self._discovery_failed(feed_url, "feed", "parse_error", str(e))
        seen_maps: set[str] = set()
        queue = [(u, 0) for u in self.outlet.sitemaps]
        while queue:
            sm_url, depth = queue.pop(0)
            c = canonicalize_url(sm_url)
            if c in seen_maps:
                continue
            if len(seen_maps) >= max_sitemaps:
                log.warning("outlet %s: more than %d sitemaps; the rest are skipped", oid, max_sitemaps)
                break
            seen_maps.add(c)
            body, final = self.fetch_document(sm_url, "sitemap")
            if body is None:
                continue
            try:
                kind, entries = parse_sitemap(body, final)
            except ValueError as e:
                self._discovery_failed(sm_url, "sitemap", "parse_error", str(e))
                continue
            if kind == "sitemapindex":
                if depth + 1 > max_depth:
                    self._discovery_failed(
                        sm_url, "sitemap", "sitemap_too_deep", f"sitemap index nested deeper than {max_depth}"
                    )
                    continue
                queue.extend((loc, depth + 1) for loc, _ in entries)
            else:
                out.extend(Discovered(loc, oid, "sitemap", hint) for loc, hint in entries)
        out.extend(Discovered(u, oid, "urls", None) for u in self.outlet.urls)
        return out

    # -- pages -----------------------------------------------------------------------------------

    def fetch_pages(self, discovered: Iterable[Discovered], limit: int | None = None) -> None:
        res = self.result
        to_fetch = self._new_urls(self._dedupe(discovered))
        if limit is not None and len(to_fetch) > limit:
            log.info("outlet %s: %d new URLs, fetching %d (limit)", self.outlet.id, len(to_fetch), limit)
            to_fetch = to_fetch[: max(0, limit)]
        if not to_fetch:
            return
        hosts = {(urlsplit(d.url).hostname or "") for d in to_fetch}
        workers = max(1, min(32, len(to_fetch), self.fetcher.policy.per_host_concurrency * max(1, len(hosts))))
        if workers == 1:
            outcomes = [self._fetch_page(d) for d in to_fetch]
        else:
            with ThreadPoolExecutor(max_workers=workers, thread_name_prefix=f"fetch-{self.outlet.id}") as ex:
                outcomes = list(ex.map(self._fetch_page, to_fetch))
        for kind, obj, row in outcomes:
            res.log.append(row)
            if kind == "page":
                res.pages.append(obj)
            elif kind == "not_modified":
                res.not_modified.append(obj)
            else:
                res.quarantined.append(obj)

    def _dedupe(self, discovered: Iterable[Discovered]) -> dict[str, Discovered]:
        """One entry per canonical URL (the first, with the first publication hint found); the
        other discoveries become ``duplicate`` log rows."""
        res = self.result
        unique: dict[str, Discovered] = {}
        for d in discovered:
            c = canonicalize_url(d.url)
            first = unique.get(c)
            if first is None:
                unique[c] = d
                continue
            if first.published_hint is None and d.published_hint is not None:
                unique[c] = Discovered(first.url, first.outlet_id, first.via, d.published_hint)
            res.log.append(
                _log_row(
                    d.url,
                    self.outlet.id,
                    "page",
                    d.via,
                    "duplicate",
                    error=f"duplicate_url: same canonical URL as {first.url}",
                )
            )
        return unique

    def _new_urls(self, unique: dict[str, Discovered]) -> list[Discovered]:
        """What to request: a known page whose body is still stored is not_modified without a
        request (unless revalidating)."""
        res = self.result
        to_fetch: list[Discovered] = []
        for c, d in unique.items():
            prev = self.known.get(c) or {}
            if prev and not self.revalidate and self._stored(prev.get("content_hash")):
                res.not_modified.append(d.url)
                res.log.append(
                    _log_row(
                        d.url,
                        self.outlet.id,
                        "page",
                        d.via,
                        "not_modified",
                        content_hash=prev.get("content_hash"),
                        etag=prev.get("etag"),
                        last_modified=prev.get("last_modified"),
                        error=None,
                    )
                )
                continue
            to_fetch.append(d)
        return to_fetch

    def _fetch_page(self, d: Discovered) -> tuple[str, Any, dict[str, Any]]:
        oid = self.outlet.id
        prev = self._known(d.url)
        r = self.fetcher.fetch(
            d.url,
            kind="page",
            allow_loopback=self.outlet.local,
            etag=prev.get("etag"),
            last_modified=prev.get("last_modified"),
        )
        if r.outcome == "not_modified":
            row = _log_row(
                d.url,
                oid,
                "page",
                d.via,
                "not_modified",
                r=r,
                content_hash=prev.get("content_hash"),
                etag=prev.get("etag"),
                last_modified=prev.get("last_modified"),
            )
            return "not_modified", d.url, row
        if r.ok:
            try:
                html, charset = decode_html(r.body, r.header_charset and f"text/html; charset={r.header_charset}")
            except DecodeError as e:
                r.outcome, r.error = "decode_error", str(e)
            else:
                h = self.store.put(r.body)
                if prev.get("content_hash") == h:
                    row = _log_row(d.url, oid, "page", d.via, "not_modified", r=r, content_hash=h, n_bytes=len(r.body))
                    return "not_modified", d.url, row
                page = RawPage(
                    url=d.url,
                    outlet_id=oid,
                    final_url=r.final_url,
                    status=r.http_status or 200,
                    content_type=r.content_type or "text/html",
                    charset=charset,
                    content_hash=h,
                    n_bytes=len(r.body),
                    fetched_at=r.fetched_at,
                    elapsed_ms=round(r.elapsed_ms, 2),
                    html=html,
                    discovered_via=d.via,
                    published_hint=d.published_hint,
                )
                return "page", page, _log_row(d.url, oid, "page", d.via, "ok", r=r, content_hash=h, n_bytes=len(r.body))
        q = Quarantined(
            stage="fetch",
            reason=r.outcome,
            detail=r.error or r.outcome,
            url=d.url,
            item_id=stable_id(canonicalize_url(d.url)),
            outlet_id=oid,
            value=str(r.http_status) if r.http_status else None,
        )
        return "quarantined", q, _log_row(d.url, oid, "page", d.via, r.outcome, r=r)


def discover(
    outlet: Outlet, session: Fetcher, *, store: Any = None, known: Mapping[str, Mapping[str, Any]] | None = None
) -> list[Discovered]:
    """Article URLs an outlet currently lists (feeds, sitemaps incl. indexes and News sitemaps, urls).

    ``session`` is the polite ``Fetcher``. Failures of a feed or sitemap are logged and skipped;
    ``fetch_outlet`` reports them as quarantined rows with stage ``discover``."""
    run = _Run(outlet, session, store, known)
    found = run.discover()
    for q in run.result.quarantined:
        log.warning("discover %s: %s %s", outlet.id, q.reason, q.detail)
    return found


def fetch_outlet(
    outlet: Outlet,
    fetcher: Fetcher,
    store: Any,
    known: Mapping[str, Mapping[str, Any]] | None = None,
    limit: int | None = None,
    *,
    revalidate: bool = False,
) -> FetchResult:
    """Discover and fetch one outlet.

    ``known`` maps canonical URL -> {etag, last_modified, content_hash} from earlier runs (see
    ``known_from_log``). A known page whose body is still in ``store`` is not requested at all
    (reported as not_modified) unless ``revalidate`` is set, in which case it gets a conditional GET;
    a 304, or a 200 with the same content hash, is not_modified. Feeds and sitemaps always get a
    conditional GET; on 304 their stored body is re-read so nothing listed is lost. ``limit`` caps
    the number of URLs requested (new ones beyond it are left for a later run and not reported)."""
    run = _Run(outlet, fetcher, store, known, revalidate)
    run.fetch_pages(run.discover(), limit)
    return run.result


def fetch_urls(
    urls: Iterable[str],
    outlet: Outlet,
    fetcher: Fetcher,
    store: Any,
    known: Mapping[str, Mapping[str, Any]] | None = None,
    limit: int | None = None,
    *,
    revalidate: bool = False,
) -> FetchResult:
    """Fetch an ad-hoc list of URLs on behalf of ``outlet`` (its ``local`` flag applies)."""
    run = _Run(outlet, fetcher, store, known, revalidate)
    run.fetch_pages([Discovered(u, outlet.id, "urls", None) for u in urls], limit)
    return run.result


def fetch_outlets(
    outlets: Iterable[Outlet],
    fetcher: Fetcher,
    store: Any,
    known: Mapping[str, Mapping[str, Any]] | None = None,
    limit: int | None = None,
    *,
    max_workers: int = 16,
    revalidate: bool = False,
    only_enabled: bool = True,
) -> dict[str, FetchResult]:
    """``fetch_outlet`` for every (enabled, unless ``only_enabled`` is False) outlet, outlets in
    parallel threads. Hosts stay polite because the per-host limits live in the shared ``fetcher``:
    outlets on one host share its budget."""
    todo = [o for o in outlets if o.enabled or not only_enabled]
    if not todo:
        return {}
    with ThreadPoolExecutor(max_workers=max(1, min(max_workers, len(todo))), thread_name_prefix="outlet") as ex:
        futures = {o.id: ex.submit(fetch_outlet, o, fetcher, store, known, limit, revalidate=revalidate) for o in todo}
        return {oid: f.result() for oid, f in futures.items()}


def known_from_log(rows: Iterable[Mapping[str, Any]]) -> dict[str, dict[str, Any]]:
    """Build ``known`` for the next run from fetch log rows (later rows win)."""
    known: dict[str, dict[str, Any]] = {}
    for row in rows:
        if row.get("status") not in ("ok", "not_modified") or not row.get("content_hash"):
            continue
        known[row["canonical_url"]] = {
            "etag": row.get("etag"),
            "last_modified": row.get("last_modified"),
            "content_hash": row["content_hash"],
        }
    return known
