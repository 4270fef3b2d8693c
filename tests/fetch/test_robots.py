"""robots.txt: RFC 9309 failure rules, the cross-run cache, Crawl-delay."""

from __future__ import annotations

from fetch_server import (
    FetchTestServer,
    Reply,
    arabic_html,
    html_page,
    make_fetcher,
    make_outlet,
)

from rasd.fetch import (
    RawStore,
    fetch_urls,
)


def test_robots_5xx_means_disallow_and_4xx_means_allow(tmp_path):
    with FetchTestServer() as srv:
        srv.route("/robots.txt", lambda req, s: Reply(500, b""))
        srv.route("/a.html", html_page(arabic_html("خبر", "نص")))
        r = fetch_urls([srv.url("/a.html")], make_outlet(srv.base_url), make_fetcher(retries=0), RawStore(tmp_path))
        assert [q.reason for q in r.quarantined] == ["robots_disallowed"] and not srv.log("/a.html")
    with FetchTestServer() as srv:  # no robots.txt at all (404): everything allowed
        srv.route("/a.html", html_page(arabic_html("خبر", "نص")))
        r = fetch_urls([srv.url("/a.html")], make_outlet(srv.base_url), make_fetcher(), RawStore(tmp_path))
        assert len(r.pages) == 1


def test_robots_cache_is_shared_across_runs(tmp_path):
    with FetchTestServer() as srv:
        srv.route("/robots.txt", html_page(b"User-agent: *\nDisallow: /private/\n", "text/plain"))
        srv.route("/a.html", html_page(arabic_html("خبر", "نص")))
        urls = [srv.url("/a.html"), srv.url("/private/b.html")]
        for _ in range(2):  # two runs, two fetchers, one cache directory
            r = fetch_urls(
                urls,
                make_outlet(srv.base_url),
                make_fetcher(robots_cache=tmp_path / "robots"),
                RawStore(tmp_path / "raw"),
            )
            assert [q.reason for q in r.quarantined] == ["robots_disallowed"] and len(r.pages) == 1
        assert len(srv.log("/robots.txt")) == 1
        r = fetch_urls(
            urls[:1],
            make_outlet(srv.base_url),
            make_fetcher(robots_cache=tmp_path / "robots", robots_ttl=0),
            RawStore(tmp_path / "raw"),
        )
        assert len(srv.log("/robots.txt")) == 2  # expired: fetched again


def test_crawl_delay_slows_the_host_down(tmp_path):
    with FetchTestServer() as srv:
        srv.route("/robots.txt", html_page(b"User-agent: *\nCrawl-delay: 2\n", "text/plain"))
        srv.route("/a.html", html_page(arabic_html("خبر", "نص")))
        fetcher = make_fetcher()
        assert fetch_urls([srv.url("/a.html")], make_outlet(srv.base_url), fetcher, RawStore(tmp_path)).pages
        assert fetcher._slot("127.0.0.1").interval == 2.0
