"""The polite downloader against a real HTTP server on 127.0.0.1: every awkward case, retries,
Retry-After, redirects, rate limit, incremental re-runs."""

from __future__ import annotations

import time
from collections import Counter

import pytest
from fetch_server import (
    CP1256_TEXT,
    RATE,
    FetchTestServer,
    Reply,
    arabic_html,
    assert_partition,
    html_page,
    make_fetcher,
    make_outlet,
    path_of,
    scenario_routes,
)

from rasd.fetch import (
    FetchResult,
    RawStore,
    canonicalize_url,
    fetch_outlet,
    fetch_urls,
    known_from_log,
    parse_retry_after,
)
from rasd.records import RawPage


def test_parse_retry_after():
    assert parse_retry_after("3") == 3.0
    now = time.time()
    date = time.strftime("%a, %d %b %Y %H:%M:%S GMT", time.gmtime(now + 30))
    assert 28 <= parse_retry_after(date, now=now) <= 31
    assert parse_retry_after("soon") is None and parse_retry_after(None) is None


# ---------------------------------------------------------------------------------------------
# The scenario: one server, every awkward case, one full run + incremental re-runs
# ---------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def scenario(tmp_path_factory):
    with FetchTestServer() as srv:
        expected = scenario_routes(srv)
        store = RawStore(tmp_path_factory.mktemp("raw"))
        sends: list[tuple[str, float]] = []
        fetcher = make_fetcher(on_send=lambda host, url: sends.append((url, time.monotonic())))
        outlet = make_outlet(srv.base_url)
        t0 = time.monotonic()
        result = fetch_outlet(outlet, fetcher, store)
        t1 = time.monotonic()
        yield dict(
            srv=srv,
            expected=expected,
            store=store,
            fetcher=fetcher,
            outlet=outlet,
            result=result,
            t0=t0,
            t1=t1,
            sends=sends,
        )
        fetcher.close()


def _by_path(result: FetchResult):
    pages = {path_of(p.url): p for p in result.pages}
    quarantined = {path_of(q.url): q for q in result.quarantined if q.stage == "fetch"}
    return pages, quarantined


def test_every_case_ends_where_it_should(scenario):
    result, expected = scenario["result"], scenario["expected"]
    pages, quarantined = _by_path(result)
    got = {p: ("page",) for p in pages} | {p: ("quarantined", q.reason) for p, q in quarantined.items()}
    assert got == expected
    assert not result.not_modified
    assert not [q for q in result.quarantined if q.stage != "fetch"]  # feed and sitemaps were fine


def test_each_discovered_url_lands_exactly_once(scenario):
    result = scenario["result"]
    discovered = [row["url"] for row in result.log if row["kind"] == "page"]
    assert_partition(result, discovered)
    dupes = [row for row in result.log if row["status"] == "duplicate"]
    # ok-1 twice (feed + news sitemap); same.html via utm-tagged URL: both deduped silently
    assert sorted(path_of(r["url"]) for r in dupes) == ["/articles/ok-1.html", "/articles/same.html"]
    assert all(r["error"].startswith("duplicate_url") for r in dupes)
    srv = scenario["srv"]
    assert len(srv.log("/articles/same.html", since=scenario["t0"])) == 1  # fetched once


def test_log_rows_have_the_contract_columns(scenario):
    cols = {
        "url",
        "canonical_url",
        "final_url",
        "outlet_id",
        "status",
        "n_bytes",
        "content_hash",
        "elapsed_ms",
        "attempts",
        "error",
        "fetched_at",
    }
    for row in scenario["result"].log:
        assert cols <= set(row)
    kinds = Counter(row["kind"] for row in scenario["result"].log)
    assert kinds["feed"] == 1 and kinds["sitemap"] == 3


def test_pages_are_decoded_stored_and_hinted(scenario):
    pages, _ = _by_path(scenario["result"])
    store = scenario["store"]
    for p in pages.values():
        assert isinstance(p, RawPage) and p.status == 200 and p.outlet_id == "t"
        assert store.get(p.content_hash).decode(p.charset) == p.html  # the store holds the exact body
        assert p.n_bytes == len(store.get(p.content_hash))
    for name in ("cp1256-meta", "cp1256-bare"):
        p = pages[f"/articles/{name}.html"]
        assert p.charset == "windows-1256" and CP1256_TEXT in p.html
    assert "gzip" in pages["/articles/gzip.html"].html and "brotli" in pages["/articles/brotli.html"].html
    assert pages["/articles/ok-1.html"].published_hint == "2024-03-05T10:30:00+03:00"  # RSS pubDate
    assert pages["/articles/ok-2.html"].published_hint == "2024-03-06T09:15:00+03:00"  # news:publication_date
    assert pages["/articles/ok-2.html"].discovered_via == "sitemap"
    assert pages["/articles/same.html"].published_hint == "2024-03-05T11:00:00+03:00"
    assert pages["/articles/etag-only.html"].published_hint is None
    final = pages["/redirect/1"]
    assert path_of(final.final_url) == "/articles/final.html"


def test_brotli_offered_only_when_supported(scenario):
    req = scenario["srv"].log("/articles/brotli.html")[0]
    assert "br" in req.headers["accept-encoding"] and "gzip" in req.headers["accept-encoding"]


def test_robots_fetched_once_and_first(scenario):
    srv, t0 = scenario["srv"], scenario["t0"]
    reqs = srv.log(since=t0)
    assert reqs[0].route == "/robots.txt"
    assert len(srv.log("/robots.txt")) == 1
    assert not srv.log("/private/secret.html")  # disallowed: never requested
    assert reqs[0].headers["user-agent"] == scenario["fetcher"].policy.user_agent
    assert all(r.headers["user-agent"] == scenario["fetcher"].policy.user_agent for r in reqs)


def test_requests_to_one_host_are_spaced_by_the_rate_limit(scenario):
    reqs = scenario["srv"].log(since=scenario["t0"])
    reqs = [r for r in reqs if r.time <= scenario["t1"]]
    gaps = [b.time - a.time for a, b in zip(reqs, reqs[1:])]
    assert len(reqs) > 30
    # as logged by the server (in this process: its threads' scheduling adds a little jitter) ...
    assert min(gaps) >= 1 / RATE - 0.015, sorted(gaps)[:5]
    # ... and exactly, at the moment each request left the client
    sends = [t for _, t in scenario["sends"]]
    assert len(sends) == len(reqs)
    assert min(b - a for a, b in zip(sends, sends[1:])) >= 1 / RATE


def test_retry_after_and_backoff(scenario):
    srv, result = scenario["srv"], scenario["result"]
    first, second = srv.log("/articles/ratelimited.html")[:2]
    assert second.time - first.time >= 0.95  # Retry-After: 1
    rows = {path_of(r["url"]): r for r in result.log if r["kind"] == "page" and r["status"] != "duplicate"}
    assert rows["/articles/ratelimited.html"]["attempts"] == 2
    assert rows["/articles/flaky.html"]["attempts"] == 2 and rows["/articles/flaky.html"]["status"] == "ok"
    assert rows["/articles/broken.html"]["attempts"] == 3  # 1 + retries=2
    assert rows["/redirect/1"]["attempts"] == 4  # three hops + the final page
    assert rows["/articles/slow.html"]["attempts"] == 1  # timeouts are not retried
    assert len(srv.log("/articles/broken.html")) == 3
    assert len(srv.log("/articles/to-metadata")) == 1  # the redirect was requested, its target never
    b1, b2, b3 = srv.log("/articles/broken.html")
    assert b2.time - b1.time >= 0.05 - 0.01 and b3.time - b2.time >= 0.1 - 0.01  # exponential backoff


def test_incremental_rerun_downloads_nothing(scenario):
    srv, store, outlet = scenario["srv"], scenario["store"], scenario["outlet"]
    first = scenario["result"]
    known = known_from_log(first.log)
    assert {canonicalize_url(p.url) for p in first.pages} <= set(known)
    t0 = time.monotonic()
    again = fetch_outlet(outlet, make_fetcher(), store, known=known)
    reqs = srv.log(since=t0)
    page_paths = {path_of(p.url) for p in first.pages}
    assert not [r for r in reqs if r.route in page_paths]  # no page requested at all
    assert not again.pages
    assert sorted(again.not_modified) == sorted(p.url for p in first.pages)
    # discovery documents were revalidated: conditional GET -> 304, URLs re-read from the store
    for route in ("/feed.xml", "/sitemap_index.xml", "/sitemap-news.xml", "/sitemap-pages.xml"):
        [r] = [r for r in reqs if r.route == route]
        assert "if-none-match" in r.headers and "if-modified-since" in r.headers
    assert Counter(r["status"] for r in again.log if r["kind"] in ("feed", "sitemap")) == {"not_modified": 4}
    _, quarantined = _by_path(again)
    assert {p: q.reason for p, q in quarantined.items()} == {
        p: e[1] for p, e in scenario["expected"].items() if e[0] == "quarantined"
    }
    assert_partition(again, [r["url"] for r in again.log if r["kind"] == "page"])


def test_revalidating_rerun_gets_304s(scenario):
    srv, store, outlet = scenario["srv"], scenario["store"], scenario["outlet"]
    first = scenario["result"]
    t0 = time.monotonic()
    again = fetch_urls(
        [p.url for p in first.pages], outlet, make_fetcher(), store, known=known_from_log(first.log), revalidate=True
    )
    assert not again.pages and not again.quarantined
    assert sorted(again.not_modified) == sorted(p.url for p in first.pages)
    statuses = {path_of(r["url"]): r["http_status"] for r in again.log}
    # pages served without ETag/Last-Modified come back 200 with the same hash: still not_modified
    assert statuses == {
        path_of(p.url): 200 if "/articles/gzip" in p.url or "/articles/brotli" in p.url else 304 for p in first.pages
    }
    [etag_req] = srv.log("/articles/etag-only.html", since=t0)
    assert etag_req.headers.get("if-none-match") and "if-modified-since" not in etag_req.headers
    [lm_req] = srv.log("/articles/lastmod-only.html", since=t0)
    assert lm_req.headers.get("if-modified-since") and "if-none-match" not in lm_req.headers


def test_limit_caps_requests(scenario, tmp_path):
    srv = scenario["srv"]
    out = make_outlet(srv.base_url, feeds=(srv.base_url + "/feed.xml",), sitemaps=())
    result = fetch_outlet(out, make_fetcher(), RawStore(tmp_path), limit=2)
    assert len(result.pages) + len(result.quarantined) == 2


# ---------------------------------------------------------------------------------------------
# Smaller behaviours
# ---------------------------------------------------------------------------------------------


def test_retry_after_beyond_cap_gives_up_at_once(tmp_path):
    with FetchTestServer() as srv:
        srv.route("/busy.html", lambda req, s: Reply(503, b"", {"Retry-After": "3600"}))
        t = time.monotonic()
        result = fetch_urls([srv.url("/busy.html")], make_outlet(srv.base_url), make_fetcher(), RawStore(tmp_path))
        assert time.monotonic() - t < 1.0
        [q] = result.quarantined
        assert q.reason == "http_5xx" and "exceeds cap" in q.detail
        assert len(srv.log("/busy.html")) == 1


def test_redirect_that_strips_tracking_params_is_not_a_loop(tmp_path):
    with FetchTestServer() as srv:
        srv.route(
            "/x.html",
            lambda req, s: (
                Reply(301, b"", {"Location": "/x.html"})
                if "?" in req.path
                else html_page(arabic_html("خبر", "نص"))(req, s)
            ),
        )
        r = fetch_urls(
            [srv.url("/x.html?utm_source=rss")], make_outlet(srv.base_url), make_fetcher(), RawStore(tmp_path)
        )
        [page] = r.pages
        assert page.final_url == srv.url("/x.html") and page.url == srv.url("/x.html?utm_source=rss")
