"""Fetch stage: outlet registry, URL discovery (feeds, sitemaps, lists, WARC) and a polite downloader.

The package reads as the stage does:

* ``registry``  sources.yaml as a pydantic model -> ``Outlet`` records, per-host rates, host groups
* ``urls``      canonical URLs (the identity used for dedupe and incremental runs)
* ``policy``    ``FetchPolicy``: the fetcher's frozen configuration
* ``guard``     SSRF guard: every address vetted before sending and again at connect time
* ``limiter``   politeness per host: one limiter per host, whichever outlet asks
* ``robots``    robots.txt per origin (RFC 9309), Crawl-delay honoured, cached across runs
* ``http``      ``Fetcher``: retries, Retry-After, redirects by hand, size caps, deadlines
* ``outcomes``  how one exchange is judged: statuses, content types, exceptions -> outcomes
* ``charset``   decoding of HTML bodies (BOM, header, meta, UTF-8, guess)
* ``discovery`` feeds and sitemaps -> ``Discovered`` URLs
* ``run``       one fetch over an outlet: every URL ends in pages, quarantine or not_modified
* ``warc``      backfill from WARC archives, admitted by the same rules as live pages
* ``rawstore``  content-addressed store of raw bodies

The library never imports Airflow.
"""

from rasd.fetch.charset import HTML_TYPES, DecodeError, charset_from_content_type, charset_label, decode_html
from rasd.fetch.discovery import MAX_SITEMAP_DEPTH, MAX_SITEMAPS, Discovered, Via, parse_feed, parse_sitemap
from rasd.fetch.guard import BlockedAddressError, address_block_reason, ip_block_reason, resolve_host
from rasd.fetch.http import Fetcher, FetchResponse
from rasd.fetch.limiter import HostLimits, HostSlot
from rasd.fetch.outcomes import parse_retry_after
from rasd.fetch.policy import DEFAULT_USER_AGENT, FetchPolicy
from rasd.fetch.rawstore import CorruptBlobError, RawStore, content_hash
from rasd.fetch.registry import (
    SAMPLE_PLACEHOLDER,
    SAMPLE_URL_ENV,
    OutletConfigError,
    Registry,
    group_by_host,
    load_outlets,
    load_registry,
    outlet_hosts,
)
from rasd.fetch.robots import Robots, RobotsBook
from rasd.fetch.run import FetchResult, discover, fetch_outlet, fetch_outlets, fetch_urls, known_from_log
from rasd.fetch.urls import canonicalize_url, is_tracking_param
from rasd.fetch.warc import read_warc

__all__ = [
    "DEFAULT_USER_AGENT",
    "HTML_TYPES",
    "MAX_SITEMAPS",
    "MAX_SITEMAP_DEPTH",
    "SAMPLE_PLACEHOLDER",
    "SAMPLE_URL_ENV",
    "BlockedAddressError",
    "CorruptBlobError",
    "DecodeError",
    "Discovered",
    "FetchPolicy",
    "FetchResponse",
    "FetchResult",
    "Fetcher",
    "HostLimits",
    "HostSlot",
    "OutletConfigError",
    "RawStore",
    "Registry",
    "Robots",
    "RobotsBook",
    "Via",
    "address_block_reason",
    "canonicalize_url",
    "charset_from_content_type",
    "charset_label",
    "content_hash",
    "decode_html",
    "discover",
    "fetch_outlet",
    "fetch_outlets",
    "fetch_urls",
    "group_by_host",
    "ip_block_reason",
    "is_tracking_param",
    "known_from_log",
    "load_outlets",
    "load_registry",
    "outlet_hosts",
    "parse_feed",
    "parse_retry_after",
    "parse_sitemap",
    "read_warc",
    "resolve_host",
]
