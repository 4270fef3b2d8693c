"""One fetch over an outlet: feeds, sitemaps, discovery failures, the bundled sample site."""

from __future__ import annotations

from fetch_server import (
    FetchTestServer,
    arabic_html,
    html_page,
    make_fetcher,
    make_outlet,
    rss,
)

from rasd.fetch import (
    Discovered,
    RawStore,
    discover,
    fetch_outlet,
    known_from_log,
    load_outlets,
)


def test_feed_304_without_stored_body_refetches(tmp_path):
    with FetchTestServer() as srv:
        srv.route("/a.html", html_page(arabic_html("خبر", "نص")))
        srv.route("/rss.xml", html_page(rss([(srv.url("/a.html"), None)]), "application/rss+xml"))
        outlet = make_outlet(srv.base_url, feeds=(srv.url("/rss.xml"),), sitemaps=())
        first = fetch_outlet(outlet, make_fetcher(), RawStore(tmp_path / "raw1"))
        again = fetch_outlet(outlet, make_fetcher(), RawStore(tmp_path / "raw2"), known=known_from_log(first.log))
        assert [r.headers.get("if-none-match") is not None for r in srv.log("/rss.xml")] == [False, True, False]
        # the known page is not in this store either, so it is asked for conditionally (304 -> not_modified)
        assert again.not_modified == [srv.url("/a.html")] and not again.pages
        assert srv.log("/a.html")[-1].headers.get("if-none-match")


def test_discover_public_api_and_index_cycles():
    with FetchTestServer() as srv:
        b = srv.base_url
        srv.route(
            "/rss.xml",
            html_page(
                rss([(b + "/x.html", "Wed, 06 Mar 2024 08:00:00 GMT"), ("/rel.html", None)]), "application/rss+xml"
            ),
        )
        srv.route(
            "/self-index.xml",
            html_page(
                f'<?xml version="1.0"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
                f"<sitemap><loc>{b}/self-index.xml</loc></sitemap></sitemapindex>".encode(),
                "text/xml",
            ),
        )
        outlet = make_outlet(b, feeds=(b + "/rss.xml",), sitemaps=(b + "/self-index.xml",), urls=(b + "/u.html",))
        found = discover(outlet, make_fetcher())
        assert found == [
            Discovered(b + "/x.html", "t", "feed", "2024-03-06T08:00:00+00:00"),
            Discovered(b + "/rel.html", "t", "feed", None),
            Discovered(b + "/u.html", "t", "urls", None),
        ]
        assert len(srv.log("/self-index.xml")) == 1


def test_bad_feed_is_quarantined_at_discovery(tmp_path):
    with FetchTestServer() as srv:
        srv.route("/rss.xml", html_page(b"<html><body>not a feed</body></html>", "text/html"))
        result = fetch_outlet(
            make_outlet(srv.base_url, feeds=(srv.url("/rss.xml"),), sitemaps=(srv.url("/nope.xml"),)),
            make_fetcher(),
            RawStore(tmp_path),
        )
        assert sorted((q.stage, q.reason) for q in result.quarantined) == [
            ("discover", "http_404"),
            ("discover", "parse_error"),
        ]
        assert not result.pages and not result.not_modified


def test_sample_site_outlet_end_to_end(sample_site, tmp_path):
    from rasd.sample_site import site

    outlets = {o.id: o for o in load_outlets(sample_base_url=sample_site, enabled_only=True)}
    oid = site.outlets()[0]["id"]
    result = fetch_outlet(outlets[oid], make_fetcher(per_host_rate=100), RawStore(tmp_path))
    n_articles = sum(1 for a in site.load_articles() if a["outlet"] == oid)
    assert len(result.pages) == n_articles and not result.quarantined
    assert all(p.published_hint and p.charset == "utf-8" for p in result.pages)
